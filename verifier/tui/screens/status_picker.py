"""Pick a status (number keys) and write the verdict note; the rules' objections show as you pick.

Number keys choose a status until a person writes the note, and a digit meant as a choice never
ends up in the note: after a choice the rules refuse for want of evidence (which no note can
supply) the list keeps the focus, so the next digit chooses again; the note takes the focus after
a choice the rules accept, or one that waits only for the note (unverifiable), and there, while
the note is still empty, a digit still chooses.

Once in the note, the focus stays there: tab and shift+tab do not hand it back to the list (where
the next digit of the note, "DoD 11000", would silently choose another status); ↑ and ↓ choose
another status from the note, visibly, and the help line says which keys do what where the focus is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import events
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


class NoteInput(Input):
    """The verdict note. It types what it is given, but lets a digit go to the picker's number
    keys while ``digits_choose()`` says a digit is a choice, not the first letter of the note
    (Textual gives a focused field every printable key before any binding otherwise).

    Tab and shift+tab keep the focus here (the picker's hint says "tab note": pressed in the note,
    it must not send the note's next digits to the list as choices); ↑ and ↓ move the status."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab,shift+tab", "stay", show=False),
        Binding("up", "screen.step(-1)", show=False),
        Binding("down", "screen.step(1)", show=False),
    ]

    def __init__(self, *args: Any, digits_choose: Callable[[], bool], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.digits_choose = digits_choose

    def check_consume_key(self, key: str, character: str | None) -> bool:
        if character is not None and character in "1234567" and self.digits_choose():
            return False
        return super().check_consume_key(key, character)

    def action_stay(self) -> None:
        """Tab in the note: the note is the last stop."""


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

    LIST_HELP = "1-7 pick · tab note · enter save · ctrl+f force · esc cancel"
    NOTE_HELP = "note · ↑↓ status · enter save · ctrl+f force · esc cancel"

    def __init__(
        self, claims: list[Claim], *, status: Status | None = None, note: str | None = None
    ) -> None:
        """``status`` and ``note``: what was chosen and typed before (back from "Force?")."""
        super().__init__()
        self.claims = claims
        first = claims[0]
        self.initial: Status = status or first.status
        self.initial_note = first.verdict_note or "" if len(claims) == 1 else ""
        if note is not None:
            self.initial_note = note
        self.returning = status is not None
        # the claim's verdict note, shown as it is: written for its current verdict, so a hint
        # says so while another status is chosen and the note is still that one, untouched
        self.own_note = first.verdict_note if len(claims) == 1 and not self.returning else None

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            if len(self.claims) == 1:
                title = f"Status of claim {self.claims[0].id}"
            else:
                ids = ", ".join(c.id for c in self.claims[:6])
                more = f", … ({len(self.claims)} in all)" if len(self.claims) > 6 else ""
                title = f"Status of {len(self.claims)} marked claims: {ids}{more}"
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
            yield NoteInput(
                self.initial_note,
                placeholder="e.g. the ministry's own figures say 11,000",
                id="note",
                compact=True,
                digits_choose=self.digit_chooses_in_note,
            )
            yield Static("", id="note-origin", classes="field-error")
            yield Static("", id="replacing", classes="field-error")
            yield Static("", id="rules", classes="field-error")
            yield Label(self.LIST_HELP, id="help", classes="dialog-help")

    def on_mount(self) -> None:
        options = self.query_one("#statuses", OptionList)
        options.highlighted = STATUSES.index(self.initial)
        self.set_focus(options)  # now, not later: a key typed next may move it on
        self._check()
        if self.returning:
            self._focus_after_choice()

    def digit_chooses_in_note(self) -> bool:
        """Number keys pick a status (at once, even typed fast), but in the note a digit is text,
        unless the note is empty and the chosen status waits only for it (unverifiable)."""
        return self.note is None and self.waits_for_note()

    @property
    def chosen(self) -> Status:
        """The highlighted status (read when needed, so fast typing cannot race a message)."""
        highlighted = self.query_one("#statuses", OptionList).highlighted
        return STATUSES[highlighted] if highlighted is not None else self.initial

    def in_note(self) -> bool:
        return isinstance(self.focused, NoteInput)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.query_one("#help", Label).update(self.NOTE_HELP if self.in_note() else self.LIST_HELP)
        self._check()

    def action_step(self, direction: int) -> None:
        """↑/↓ in the note: the status above or below, chosen in view; the focus stays in the
        note, so what is typed next is still text."""
        options = self.query_one("#statuses", OptionList)
        if direction < 0:
            options.action_cursor_up()
        else:
            options.action_cursor_down()
        self._check()

    def action_pick(self, index: int) -> None:
        self.query_one("#statuses", OptionList).highlighted = index
        self._check()  # now, before the next key: it may be the note's first letter
        self._focus_after_choice()

    def _focus_after_choice(self) -> None:
        """The note, unless the rules refuse the choice whatever the note says: then the list,
        where the next digit chooses again."""
        if self.refused_whatever_the_note():
            self.set_focus(self.query_one("#statuses", OptionList))
        else:
            self.set_focus(self.query_one("#note", Input))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._check()

    def _show_replaced(self) -> None:
        """Marked claims that already have another verdict: setting one status on all of them
        replaces those verdicts (and their notes), so the picker says which before it does."""
        if len(self.claims) < 2:
            return
        chosen, note = self.chosen, self.note
        replaced = [  # another verdict, or this one with another note typed over its own
            c
            for c in self.claims
            if c.status.is_verdict
            and (c.status is not chosen or (note is not None and note != c.verdict_note))
        ]
        hint = self.query_one("#replacing", Static)
        words = ", ".join(f"{c.id} {c.status.label}" for c in replaced[:4])
        more = f", … {len(replaced)} in all" if len(replaced) > 4 else ""
        hint.update(f"Replaces the verdict (and note) of {words}{more}." if replaced else "")
        hint.set_class(bool(replaced), "-shown")

    def _follow_own_note(self) -> None:
        """A verdict note kept from the claim's current verdict would go out as the reason for
        another one: say so under the note while another status is chosen and the note is still
        the old one (the person may keep it, when it fits, or rewrite it)."""
        hint = self.query_one("#note-origin", Static)
        field = self.query_one("#note", Input)
        current = self.claims[0].status
        stale = bool(self.own_note) and self.chosen is not current and field.value == self.own_note
        hint.update(
            f"This note was written for {current.label}: does it say why {self.chosen.label}?"
            if stale
            else ""
        )
        hint.set_class(stale, "-shown")

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

    def reasons(self, note: str | None = None, *, typed: bool = True) -> list[str]:
        """Why the workflow rules refuse the chosen status (checked for each claim), with the
        note as typed, or (``typed=False``) with ``note`` instead."""
        found: list[str] = []
        if not self.chosen.is_verdict:
            return found
        for claim in self.claims:
            for reason in unmet_rules(claim, self.chosen, self.note if typed else note):
                prefix = f"{claim.id}: " if len(self.claims) > 1 else ""
                if prefix + reason not in found:
                    found.append(prefix + reason)
        return found

    def refused_whatever_the_note(self) -> bool:
        """The evidence is missing: no note makes the rules accept the chosen status."""
        return bool(self.reasons("a note", typed=False))

    def waits_for_note(self) -> bool:
        """The rules refuse the chosen status only until a note says why (unverifiable)."""
        return bool(self.reasons()) and not self.refused_whatever_the_note()

    def _check(self) -> None:
        """Everything shown under the list follows the choice and the note: the old verdict's
        note, the verdicts the choice replaces, the rules' objections."""
        self._follow_own_note()
        self._show_replaced()
        reasons = self.reasons()
        rules = self.query_one("#rules", Static)
        if not reasons:
            rules.update("")
            return
        shown = "; ".join(reasons[:3]) + (" …" if len(reasons) > 3 else "")
        if self.refused_whatever_the_note() and self.in_note():
            then = "↑↓ picks another · ctrl+f forces it (recorded)"
        elif self.refused_whatever_the_note():
            then = "1-7 picks another · tab to the note · ctrl+f forces it (recorded)"
        else:
            then = "type the note, or ctrl+f forces it (recorded)"
        rules.update(Text(f"The rules refuse {self.chosen.label}: {shown}. {then}."))

    def action_save(self, force: bool) -> None:
        self.dismiss(StatusChoice(self.chosen, self.note, force))

    def action_cancel(self) -> None:
        self.dismiss(None)
