"""A TUI action that changes nothing must not go on the undo list: `u` would then revert the
claim's earlier change instead."""

from __future__ import annotations

from verifier.service import Verifier
from verifier.tui import tasks
from verifier.tui.messages import ClaimChanged


def test_a_change_that_changes_nothing_is_not_undoable(desk: Verifier) -> None:
    claim, _ = desk.add_claim("Unemployment fell to 3.9 percent in May.")
    tagged = tasks.change(desk, lambda: desk.tag(claim.id, "economy"), lambda c: "tagged")
    assert isinstance(tagged, ClaimChanged) and tagged.undoable
    again = tasks.change(desk, lambda: desk.tag(claim.id, "economy"), lambda c: "tagged")
    assert isinstance(again, ClaimChanged) and not again.undoable
    other = Verifier(desk.path, user="bo")
    other.add_note(claim.id, "a colleague's note")
    # a no-op of ours after someone else's change: still not ours to undo
    third = tasks.change(desk, lambda: desk.tag(claim.id, "economy"), lambda c: "tagged")
    assert isinstance(third, ClaimChanged) and not third.undoable
