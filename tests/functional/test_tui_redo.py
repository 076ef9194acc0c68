"""shift+u redoes what u took back on a claim, latest first, until a new change is made."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import loaded, type_text, until
from tui_snapshot_app import make_app

from verifier.models import Stance, Status
from verifier.tui import VerifierApp

CLAIM = "m2xwp4r"  # in progress, no source, no verdict note


def said(app: VerifierApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_shift_u_redoes_what_u_took_back_until_a_new_change(tmp_path: Path) -> None:
    """The review pressed u twice to take back a verdict and lost the refuting source before it."""
    app = make_app(tmp_path / "db.json")
    app.desk.add_source(CLAIM, "https://wire.example/a", Stance.REFUTES, title="Wire")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select(CLAIM)
        await pilot.press("t")
        await type_text(pilot, "bridge")
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim(CLAIM).tags == ["bridge"])
        await pilot.press("s", "7")  # unverifiable, with a note
        await type_text(pilot, "no record")
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim(CLAIM).status is Status.UNVERIFIABLE)
        await pilot.press("u")
        await until(pilot, lambda: app.desk.claim(CLAIM).status is not Status.UNVERIFIABLE)
        await pilot.press("u")
        await until(pilot, lambda: app.desk.claim(CLAIM).tags == [])
        assert any("shift+u redoes it" in s for s in said(app))
        await pilot.press("U")
        await until(pilot, lambda: app.desk.claim(CLAIM).tags == ["bridge"])
        await pilot.press("U")
        await until(pilot, lambda: app.desk.claim(CLAIM).status is Status.UNVERIFIABLE)
        assert app.desk.claim(CLAIM).verdict_note == "no record"
        await pilot.press("u")  # the redo, undone like any change
        await until(pilot, lambda: app.desk.claim(CLAIM).status is not Status.UNVERIFIABLE)
        await pilot.press("n")  # a new change: what was undone stays undone
        await type_text(pilot, "called the council")
        await pilot.press("enter")
        await until(pilot, lambda: bool(app.desk.claim(CLAIM).notes))
        await pilot.press("U")
        await until(pilot, lambda: any("nothing to redo" in s for s in said(app)))
        assert app.desk.claim(CLAIM).status is not Status.UNVERIFIABLE
