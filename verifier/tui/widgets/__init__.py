"""The triage screen's widgets, one a file."""

from verifier.tui.widgets.article_list import ArticleList
from verifier.tui.widgets.claim_detail import ClaimDetail
from verifier.tui.widgets.claims_table import ClaimsTable
from verifier.tui.widgets.empty_state import EmptyState
from verifier.tui.widgets.filter_bar import FilterBar
from verifier.tui.widgets.load_error import LoadError
from verifier.tui.widgets.summary_bar import SummaryBar

__all__ = [
    "ArticleList",
    "ClaimDetail",
    "ClaimsTable",
    "EmptyState",
    "FilterBar",
    "LoadError",
    "SummaryBar",
]
