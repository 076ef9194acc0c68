"""Which of the claim's sources to edit or remove (skipped when it has only one)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from verifier.models import Source
from verifier.tui.badges import STANCE_STYLE
from verifier.tui.view import one_line


class SourcePicker(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, sources: list[Source]) -> None:
        super().__init__()
        self.title_text = title
        self.sources = sources

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog wide"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            options = []
            for source in self.sources:
                label = Text(f"{source.id} ")
                label.append(f"{source.stance.value:<8}", style=STANCE_STYLE[source.stance])
                label.append(" " + one_line(source.publisher or source.title or source.url))
                options.append(Option(label, id=source.id))
            yield OptionList(*options, id="sources")
            yield Label("enter choose · esc cancel", classes="dialog-help")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
