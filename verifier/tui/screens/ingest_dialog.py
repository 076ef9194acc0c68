"""Ingest an article file: this dialog collects the path and what is known about the article
(title, publisher, url, author, published date: each overrides what the file says)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from verifier.models import check_web_url, parse_date


@dataclass(frozen=True)
class IngestRequest:
    path: Path
    meta: dict[str, str] = field(default_factory=dict)


def path_error(text: str) -> str | None:
    if not text.strip():
        return "type the path of an article file"
    path = Path(text.strip()).expanduser()
    if not path.exists():
        return f"no such file: {path}"
    if not path.is_file():
        return f"not a file: {path}"
    return None


class IngestDialog(ModalScreen[IngestRequest | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Ingest", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog wide"):
            yield Label("Ingest an article file", classes="dialog-title")
            for name, label, placeholder in (
                ("path", "File", "path/to/article.txt or .html"),
                ("title", "Title", "optional"),
                ("publisher", "Publisher", "optional"),
                ("url", "URL", "optional: where it was published"),
                ("author", "Author", "optional: as the byline gives it"),
                ("published", "Published", "optional: YYYY-MM-DD"),
            ):
                with Horizontal(classes="field"):
                    yield Label(label, classes="field-name")
                    yield Input(placeholder=placeholder, id=name, compact=True)
            yield Static("", id="error", classes="field-error")
            yield Label("enter/ctrl+s ingest · esc cancel", classes="dialog-help")

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#path", Input))

    def _error(self) -> str | None:
        error = path_error(self.query_one("#path", Input).value)
        url = self.query_one("#url", Input).value.strip()
        if error is None and url:
            try:
                check_web_url(url)
            except ValueError as exc:
                error = f"url: {exc}"
        published = self.query_one("#published", Input).value.strip()
        if error is None and published:
            try:
                parse_date(published)
            except ValueError as exc:
                error = f"published: {exc}"
        return error

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#error", Static).update(self._error() or "" if event.value else "")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        error = self._error()
        if error:
            self.query_one("#error", Static).update(error)
            return
        meta = {
            name: value
            for name in ("title", "publisher", "url", "author", "published")
            if (value := self.query_one(f"#{name}", Input).value.strip())
        }
        path = Path(self.query_one("#path", Input).value.strip()).expanduser()
        self.dismiss(IngestRequest(path, meta))

    def action_cancel(self) -> None:
        self.dismiss(None)
