"""The filter bar: free-text search, status, kind, tag, assignee and minimum score, and the count."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label, Select

from verifier.models import ClaimKind, Status
from verifier.tui.view import SortKey, ViewFilter


class FilterBar(Horizontal):
    """Posts :class:`FilterBar.Changed` whenever a field changes; ``article`` is set from outside."""

    @dataclass
    class Changed(Message):
        where: ViewFilter

    class Accepted(Message):
        """Enter in a field: the filter is as wanted, back to the claims."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: str | None = None
        self.score_error = False

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="/ search claims, attributions, sources",
            id="search",
            compact=True,
            select_on_focus=False,  # keys typed right after / must not be replaced
        )
        yield Label("", id="count", markup=False)
        yield Select(
            [(s.label, s) for s in Status], prompt="any status", id="status-filter", compact=True
        )
        yield Select(
            [(k.value, k) for k in ClaimKind], prompt="any kind", id="kind-filter", compact=True
        )
        yield Input(placeholder="tag", id="tag-filter", compact=True)
        yield Input(placeholder="assignee", id="assignee-filter", compact=True)
        yield Input(placeholder="min cw", id="score-filter", compact=True)

    @property
    def where(self) -> ViewFilter:
        status = self.query_one("#status-filter", Select).value
        kind = self.query_one("#kind-filter", Select).value
        score_text = self.query_one("#score-filter", Input).value.strip()
        min_score: float | None = None
        self.score_error = False
        if score_text:
            try:
                min_score = float(score_text)
            except ValueError:
                self.score_error = True
        return ViewFilter(
            text=self.query_one("#search", Input).value,
            status=status if isinstance(status, Status) else None,
            kind=kind if isinstance(kind, ClaimKind) else None,
            article=self.article,
            tag=self.query_one("#tag-filter", Input).value,
            assignee=self.query_one("#assignee-filter", Input).value,
            min_score=min_score,
        )

    def set_article(self, article_id: str | None) -> None:
        self.article = article_id
        self.post_message(self.Changed(self.where))

    def set_count(self, shown: int, total: int, sort: SortKey) -> None:
        text = f"{shown}/{total} shown · by {sort.short}"
        if self.score_error:
            text = "min cw must be a number 0-1"
        self.query_one("#count", Label).update(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self.where))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Accepted())

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self.where))
