"""Correct an article's details (title, publisher, URL, author, date published), filled in with
what is recorded; emptying a field clears it. The URL and the date are checked as they are typed.

Like the attribution form, it stays open while the desk saves (:class:`ArticleCorrection`) and
shows the desk's reason for refusing in place, with what was typed kept.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from verifier.models import Article, check_web_url, parse_date
from verifier.tui.messages import ArticleCorrection, ChangeRefused, ChangeSaved
from verifier.tui.view import one_line

# (field, label, placeholder), in the order the desk reports changes
ARTICLE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("title", "Title", ""),
    ("publisher", "Publisher", "e.g. Reuters"),
    ("url", "URL", "https://… where it was published"),
    ("author", "Author", ""),
    ("published", "Published", "YYYY-MM-DD"),
)


def article_field_error(name: str, value: str) -> str | None:
    """The problem with a field's text as typed (an empty one clears the field), or None."""
    value = value.strip()
    if not value:
        return None
    try:
        if name == "url":
            check_web_url(value)
        elif name == "published":
            parse_date(value)
    except ValueError as exc:
        return f"{name}: {exc}"
    return None


def recorded(article: Article, name: str) -> str:
    """A field of the article as the form shows it ("" when it is not recorded)."""
    value = getattr(article, name)
    if isinstance(value, date):
        return value.isoformat()
    return str(value or "")


class ArticleForm(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.saving = False  # asked of the desk: a second save waits for its answer

    def compose(self) -> ComposeResult:
        article = self.article
        with Vertical(id="dialog", classes="dialog wide"):
            yield Label(
                f"Correct the details of article {article.id}", classes="dialog-title", markup=False
            )
            if article.origin:
                yield Static(Text(f"read from {one_line(article.origin)}", style="dim"))
            for name, label, placeholder in ARTICLE_FIELDS:
                with Horizontal(classes="field"):
                    yield Label(label, classes="field-name")
                    yield Input(
                        recorded(article, name), placeholder=placeholder, id=name, compact=True
                    )
            yield Static("", id="error", classes="field-error")
            yield Label(
                "enter/ctrl+s save · esc cancel · an emptied field is cleared",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#title", Input))

    def _say(self, error: str) -> None:
        self.query_one("#error", Static).update(Text(error))

    def on_input_changed(self, event: Input.Changed) -> None:
        name = event.input.id or ""
        if name in ("url", "published") and not self.saving:
            self._say(article_field_error(name, event.value) or "")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @property
    def changed(self) -> dict[str, str]:
        """The fields typed differently from what is recorded ("" clears one)."""
        fields = {}
        for name, _, _ in ARTICLE_FIELDS:
            typed = " ".join(self.query_one(f"#{name}", Input).value.split())
            if typed != " ".join(recorded(self.article, name).split()):
                fields[name] = typed
        return fields

    def action_save(self) -> None:
        if self.saving:
            return
        fields = self.changed
        for name, value in fields.items():
            error = article_field_error(name, value)
            if error:
                self._say(error)
                self.set_focus(self.query_one(f"#{name}", Input))
                return
        if not fields:
            self.dismiss(None)  # nothing to correct
            return
        self.saving = True
        self._say("")
        self.post_message(ArticleCorrection(self, self.article.id, fields))

    def on_change_saved(self, message: ChangeSaved) -> None:
        self.dismiss(None)

    def on_change_refused(self, message: ChangeRefused) -> None:
        self.saving = False
        self._say(message.reason)

    def action_cancel(self) -> None:
        self.dismiss(None)
