"""Every key, from the same table the bindings are made from."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from verifier.marks import GONE, RULE_NOT_MET, THIN, WEAK_SOURCING
from verifier.tui.keys import KEYS, PICKER_KEYS, TABLE_KEYS

# What the claims table's marks mean (the last column, the attribution and the claim text): the
# same marks and words as the legend of `verifier claims`.
MARKS: tuple[tuple[str, str], ...] = (
    (RULE_NOT_MET.symbol, RULE_NOT_MET.meaning),
    (THIN.symbol, THIN.meaning),
    (GONE.symbol, f"{GONE.meaning} (its text struck through)"),
    (f"{WEAK_SOURCING.symbol}name", WEAK_SOURCING.meaning),
    ("●", "marked: s sets the status of every marked claim"),
)


def keys_table() -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
    table.add_column("key", style="bold", no_wrap=True)
    table.add_column("what it does", ratio=1)
    for key in KEYS:
        table.add_row(Text(key.display), Text(key.help))
    table.add_row("", "")
    for shown, text in TABLE_KEYS + PICKER_KEYS:
        table.add_row(Text(shown), Text(text))
    table.add_row("", "")
    table.add_row(Text("In the claims table", style="bold underline"), "")
    for shown, text in MARKS:
        table.add_row(Text(shown), Text(text))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog wide tall"):
            yield Label("verifier: keys", classes="dialog-title")
            with VerticalScroll():
                yield Static(keys_table(), id="keys")
            yield Label("esc close · ctrl+p finds any action by name", classes="dialog-help")

    def action_close(self) -> None:
        self.dismiss(None)
