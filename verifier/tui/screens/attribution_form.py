"""Correct one attribution (its readable name, its sourcing) or add one the article names.

The form stays open while the desk saves: it asks the app with an
:class:`AttributionCorrection` and closes on :class:`ChangeSaved`, returning the claim as saved.
On :class:`ChangeRefused` (words the article does not contain, say) the reason shows in the
form, with everything typed still there.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from verifier.models import Attribution, Claim, Sourcing
from verifier.tui.messages import AttributionCorrection, ChangeRefused, ChangeSaved
from verifier.tui.view import one_line

# What each sourcing means, in the words a desk uses (the README's).
SOURCING_CHOICES: tuple[tuple[str, Sourcing], ...] = (
    ("named person", Sourcing.NAMED_PERSON),
    ("named organisation", Sourcing.NAMED_ORGANISATION),
    ("anonymous (a source said; U.S. officials)", Sourcing.ANONYMOUS),
    ("vague (reports, analysts, observers)", Sourcing.VAGUE),
)


class AttributionForm(ModalScreen[Claim | None]):
    """Edits attribution ``number`` of the claim, or (``number`` None) adds one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, claim: Claim, number: int | None = None) -> None:
        super().__init__()
        self.claim = claim
        self.number = number
        self.attribution: Attribution | None = (
            claim.attributions[number] if number is not None else None
        )
        self.saving = False  # asked of the desk: a second save waits for its answer

    def compose(self) -> ComposeResult:
        attribution = self.attribution
        with Vertical(id="dialog", classes="dialog wide"):
            if attribution is None:
                title = f"Add an attribution to claim {self.claim.id}"
            else:
                title = f"Correct attribution {self.number} of claim {self.claim.id}"
            yield Label(title, classes="dialog-title", markup=False)
            if attribution is None:
                with Horizontal(classes="field"):
                    yield Label("Words", classes="field-name")
                    yield Input(
                        placeholder="who the article names, as written there",
                        id="words",
                        compact=True,
                    )
            else:
                written = Text(f"“{one_line(attribution.source.text)}”")
                if attribution.cue is not None:
                    written.append(f" {one_line(attribution.cue.text)}", style="dim")
                with Horizontal(classes="field"):
                    yield Label("Written", classes="field-name")
                    yield Static(written, id="written")
            with Horizontal(classes="field"):
                yield Label("Name", classes="field-name")
                yield Input(
                    attribution.name if attribution else "",
                    placeholder="optional: the readable name, if not the words"
                    if attribution is None
                    else "",
                    id="name",
                    compact=True,
                )
            with Horizontal(classes="field"):
                yield Label("Sourcing", classes="field-name")
                yield Select(
                    SOURCING_CHOICES,
                    prompt="how does the article source it?",
                    value=attribution.sourcing if attribution else Select.NULL,
                    allow_blank=attribution is None,
                    id="sourcing",
                    compact=True,
                )
            yield Static("", id="error", classes="field-error")
            yield Label("enter/ctrl+s save · esc cancel · tab next field", classes="dialog-help")

    def on_mount(self) -> None:
        first = "#words" if self.attribution is None else "#name"
        self.set_focus(self.query_one(first, Input))

    def _say(self, error: str) -> None:
        self.query_one("#error", Static).update(Text(error))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        if self.saving:
            return
        name = " ".join(self.query_one("#name", Input).value.split())
        chosen = self.query_one("#sourcing", Select).value
        sourcing = chosen if isinstance(chosen, Sourcing) else None
        old = self.attribution
        if old is None:
            words = " ".join(self.query_one("#words", Input).value.split())
            if not words:
                self._say("words: type who the article names, as written there")
                self.set_focus(self.query_one("#words", Input))
                return
            if sourcing is None:
                self._say("sourcing: choose how the article sources it")
                self.set_focus(self.query_one("#sourcing", Select))
                return
            correction = AttributionCorrection(
                self, self.claim.id, None, name=name or None, sourcing=sourcing, words=words
            )
        else:
            if not name:
                self._say("name: type who the article attributes the claim to")
                self.set_focus(self.query_one("#name", Input))
                return
            new_name = name if name != old.name else None
            new_sourcing = sourcing if sourcing is not old.sourcing else None
            if new_name is None and new_sourcing is None:
                self.dismiss(None)  # nothing to correct
                return
            correction = AttributionCorrection(
                self, self.claim.id, self.number, name=new_name, sourcing=new_sourcing
            )
        self.saving = True
        self._say("")
        self.post_message(correction)

    def on_change_saved(self, message: ChangeSaved) -> None:
        self.dismiss(message.claim)

    def on_change_refused(self, message: ChangeRefused) -> None:
        self.saving = False
        self._say(message.reason)

    def action_cancel(self) -> None:
        self.dismiss(None)
