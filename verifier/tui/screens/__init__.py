"""Dialogs of the triage screen, one a file. Each only collects what the person wants; the app
does the work in a worker."""

from verifier.tui.screens.article_form import ArticleForm
from verifier.tui.screens.attribution_form import AttributionForm
from verifier.tui.screens.attribution_list import AttributionsScreen
from verifier.tui.screens.confirm import Confirm
from verifier.tui.screens.export_dialog import ExportDialog, ExportRequest
from verifier.tui.screens.help import HelpScreen
from verifier.tui.screens.ingest_dialog import IngestDialog, IngestRequest
from verifier.tui.screens.sentence_picker import SentencePicker, passed_over
from verifier.tui.screens.source_form import SourceForm
from verifier.tui.screens.source_picker import SourcePicker
from verifier.tui.screens.status_picker import StatusChoice, StatusPicker
from verifier.tui.screens.text_prompt import TextPrompt

__all__ = [
    "ArticleForm",
    "AttributionForm",
    "AttributionsScreen",
    "Confirm",
    "ExportDialog",
    "ExportRequest",
    "HelpScreen",
    "IngestDialog",
    "IngestRequest",
    "SentencePicker",
    "SourceForm",
    "SourcePicker",
    "StatusChoice",
    "StatusPicker",
    "TextPrompt",
    "passed_over",
]
