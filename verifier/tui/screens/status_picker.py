"""Pick a status (number keys) and write the verdict note; the rules' objections show as you pick."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from verifier.models import Claim, Status
from verifier.tui.badges import status_badge
from verifier.workflow import unmet_rules


@dataclass(frozen=True)
class StatusChoice:
    status: Status
    note: str | None
    force: bool = False


STATUSES = tuple(Status)


class StatusPicker(ModalScreen[StatusChoice | None]):
    """For one claim (``claims`` has one) or several marked claims."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *[
            Binding(str(n), f"pick({n - 1})", status.label, show=False, priority=True)
            for n, status in enumerate(STATUSES, 1)
        ],
        Binding("ctrl+s", "save(False)", "Save", priority=True),
        Binding("ctrl+f", "save(True)", "Force verdict", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, claims: list[Claim]) -> None:
        super().__init__()
        self.claims = claims
        first = claims[0]
        self.initial: Status = first.status
        self.initial_note = first.verdict_note or "" if len(claims) == 1 else ""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            if len(self.claims) == 1:
                title = f"Status of claim {self.claims[0].id}"
            else:
                title = f"Status of {len(self.claims)} marked claims"
            yield Label(title, classes="dialog-title", markup=False)
            options = []
            for number, status in enumerate(STATUSES, 1):
                label = Text(f" {number} ")
                label.append_text(status_badge(status))
                if status.is_verdict:
                    label.append("  verdict", style="dim")
                options.append(Option(label, id=status.value))
            yield OptionList(*options, id="statuses")
            yield Label("Verdict note (why; shown in reports)", classes="field-label")
            yield Input(
                self.initial_note,
                placeholder="e.g. the ministry's own figures say 11,000",
                id="note",
                compact=True,
            )
            yield Static("", id="rules", classes="field-error")
            yield Label(
                "1-7 pick · enter/ctrl+s save · ctrl+f force · esc cancel", classes="dialog-help"
            )

    def on_mount(self) -> None:
        options = self.query_one("#statuses", OptionList)
        options.highlighted = STATUSES.index(self.initial)
        self.set_focus(options)  # now, not later: a key typed next may move it on
        self._check()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # number keys pick a status (at once, even typed fast), except while writing the note
        if action == "pick" and isinstance(self.focused, Input):
            return None
        return True

    @property
    def chosen(self) -> Status:
        """The highlighted status (read when needed, so fast typing cannot race a message)."""
        highlighted = self.query_one("#statuses", OptionList).highlighted
        return STATUSES[highlighted] if highlighted is not None else self.initial

    def action_pick(self, index: int) -> None:
        self.query_one("#statuses", OptionList).highlighted = index
        self._check()
        self.set_focus(self.query_one("#note", Input))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._check()

    # enter saves: from the list or from the note, after what was typed before it (an enter
    # handled ahead of the field's own queue could save a note missing its last letters)
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_save(False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save(False)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._check()

    @property
    def note(self) -> str | None:
        return self.query_one("#note", Input).value.strip() or None

    def reasons(self) -> list[str]:
        """Why the workflow rules refuse the chosen status (checked for each claim)."""
        found: list[str] = []
        if not self.chosen.is_verdict:
            return found
        for claim in self.claims:
            for reason in unmet_rules(claim, self.chosen, self.note):
                prefix = f"{claim.id}: " if len(self.claims) > 1 else ""
                if prefix + reason not in found:
                    found.append(prefix + reason)
        return found

    def _check(self) -> None:
        reasons = self.reasons()
        rules = self.query_one("#rules", Static)
        if reasons:
            shown = "; ".join(reasons[:3]) + (" …" if len(reasons) > 3 else "")
            rules.update(
                Text(f"The rules refuse {self.chosen.label}: {shown}. ctrl+f forces it (recorded).")
            )
        else:
            rules.update("")

    def action_save(self, force: bool) -> None:
        self.dismiss(StatusChoice(self.chosen, self.note, force))

    def action_cancel(self) -> None:
        self.dismiss(None)
