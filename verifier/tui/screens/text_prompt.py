"""One line of text: a note, tags, an assignee, a claim's new text, a file path."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

Check = Callable[[str], str | None]  # returns an error message, or None when the text is fine


class TextPrompt(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save", priority=True),
    ]

    def __init__(
        self,
        title: str,
        label: str,
        *,
        value: str = "",
        placeholder: str = "",
        check: Check | None = None,
        allow_empty: bool = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.label_text = label
        self.value = value
        self.placeholder = placeholder
        self.check = check
        self.allow_empty = allow_empty

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            yield Label(self.label_text, classes="field-label", markup=False)
            yield Input(self.value, placeholder=self.placeholder, id="text", compact=True)
            yield Static("", id="error", classes="field-error")
            yield Label("enter save · esc cancel", classes="dialog-help")

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#text", Input))

    def _error(self, text: str) -> str | None:
        if not text.strip() and not self.allow_empty:
            return "empty: type something, or press esc to cancel"
        return self.check(text) if self.check else None

    def on_input_changed(self, event: Input.Changed) -> None:
        error = self._error(event.value) if event.value else None
        self.query_one("#error", Static).update(error or "")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        text = self.query_one("#text", Input).value
        error = self._error(text)
        if error:
            self.query_one("#error", Static).update(error)
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)
