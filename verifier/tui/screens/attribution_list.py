"""Who the article says a claim comes from, to correct: what ClaimReview publishes as the claim's
author, so extraction's mistakes (a place taken for a person, a source missed) must not stay.

The dialog lists the claim's attributions as its detail shows them. Edit and add open
:class:`AttributionForm`; removing asks first. A removal is asked of the app
(:class:`AttributionCorrection`) and the dialog stays open: it shows the claim as the desk saved
it, or the desk's reason for refusing.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from verifier.models import Claim
from verifier.tui.badges import attribution_line
from verifier.tui.messages import AttributionCorrection, ChangeRefused, ChangeSaved
from verifier.tui.screens.attribution_form import AttributionForm
from verifier.tui.screens.confirm import Confirm
from verifier.tui.view import one_line


class AttributionsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "Edit"),
        Binding("a", "add", "Add"),
        Binding("d,delete", "remove", "Remove"),
        Binding("escape", "close", "Close"),
    ]

    def __init__(self, claim: Claim) -> None:
        super().__init__()
        self.claim = claim
        self.saving = False  # a removal is with the desk: another waits for its answer

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog wide"):
            yield Label(
                f"Attributions of claim {self.claim.id}", classes="dialog-title", markup=False
            )
            yield Static(Text(one_line(self.claim.text), style="italic"), id="claim-text")
            yield Static(
                "Who the article says the claim comes from: what ClaimReview publishes as its "
                "author. Every change is recorded; u on the main screen undoes it.",
                classes="dialog-note",
                markup=False,
            )
            yield OptionList(id="attributions")
            yield Static("", id="error", classes="field-error")
            yield Label("enter/e edit · a add · d remove · esc close", classes="dialog-help")

    def on_mount(self) -> None:
        self.show(self.claim)
        self.set_focus(self.query_one("#attributions", OptionList))

    def show(self, claim: Claim, highlight: int | None = None) -> None:
        """The claim's attributions as they now are, the cursor on ``highlight`` (else where it
        was, or near)."""
        self.claim = claim
        options = self.query_one("#attributions", OptionList)
        was = (options.highlighted or 0) if highlight is None else highlight
        if not claim.attributions:
            none = Text("none: the article does not say who makes this claim (a adds one)")
            options.set_options([Option(none, disabled=True)])
            return
        items = []
        for number, attribution in enumerate(claim.attributions):
            label = Text(f"{number}  ", style="dim")
            label.append_text(attribution_line(attribution))
            items.append(Option(label, id=str(number)))
        options.set_options(items)
        options.highlighted = min(was, len(items) - 1)

    @property
    def chosen(self) -> int | None:
        """The number of the highlighted attribution (None: the claim has none)."""
        if not self.claim.attributions:
            return None
        highlighted = self.query_one("#attributions", OptionList).highlighted
        return highlighted if highlighted is not None else 0

    def _say(self, error: str) -> None:
        self.query_one("#error", Static).update(Text(error))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    def action_edit(self) -> None:
        number = self.chosen
        if number is None:
            self._say("no attribution to edit: a adds one")
            return
        self._say("")
        self.app.push_screen(AttributionForm(self.claim, number), self._saved)

    def action_add(self) -> None:
        self._say("")
        self.app.push_screen(AttributionForm(self.claim), self._saved)

    def _saved(self, claim: Claim | None) -> None:
        if claim is None:
            return
        added = len(claim.attributions) > len(self.claim.attributions)
        self.show(claim, highlight=len(claim.attributions) - 1 if added else None)

    def action_remove(self) -> None:
        number = self.chosen
        if number is None:
            self._say("no attribution to remove")
            return
        if self.saving:
            return
        name = one_line(self.claim.attributions[number].name)
        claim_id = self.claim.id

        def answered(yes: bool | None) -> None:
            if yes:
                self.saving = True
                self._say("")
                self.post_message(AttributionCorrection(self, claim_id, number, remove=True))

        traced = [s.id for s in self.claim.sources if s.traces_attribution == number]
        untraced = (
            f"\n\nSource(s) {', '.join(traced)} trace it; they will trace nothing."
            if traced
            else ""
        )
        self.app.push_screen(
            Confirm(
                f"Remove attribution {number} ({name}) from claim {claim_id}?{untraced}",
                yes="Remove",
            ),
            answered,
        )

    def on_change_saved(self, message: ChangeSaved) -> None:
        self.saving = False
        if message.claim is not None:
            self.show(message.claim)

    def on_change_refused(self, message: ChangeRefused) -> None:
        self.saving = False
        self._say(message.reason)

    def action_close(self) -> None:
        self.dismiss(None)
