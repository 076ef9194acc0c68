"""Setting statuses from the TUI: the picker, refusal and force, several claims at once, undo."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input
from tui_helpers import loaded, until
from tui_snapshot_app import make_app

from verifier.config import Config
from verifier.models import Status
from verifier.service import Verifier
from verifier.tui import VerifierApp
from verifier.tui.screens import Confirm, StatusPicker


async def test_status_picker_sets_status_and_note(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("m2xwp4r")
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        await pilot.press("2")  # in progress; focus moves to the note
        app.screen.query_one("#note").value = "calling the ministry"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await until(
            pilot, lambda: app.snapshot.claims["m2xwp4r"].status is Status.IN_PROGRESS
        )  # type: ignore[union-attr]
        claim = app.desk.claim("m2xwp4r")
        assert claim.status is Status.IN_PROGRESS
        # no verdict, so no verdict note: the note given with a working status is a working note
        assert claim.verdict_note is None
        assert claim.notes[-1].text == "calling the ministry"
        row = next(r for r in app.table.rows if r.id == "m2xwp4r")
        assert row.status is Status.IN_PROGRESS


async def test_refused_verdict_shows_reason_and_can_be_forced(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")  # no sources
        await pilot.press("s", "3")  # verified
        picker = app.screen
        assert isinstance(picker, StatusPicker)
        assert "no supporting source" in str(picker.query_one("#rules").render())
        await pilot.press("enter")  # save without force: the desk refuses
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        assert "no supporting source" in app.screen.question  # type: ignore[attr-defined]
        assert app.desk.claim("p5nd3ke").status is Status.UNVERIFIED
        await pilot.press("y")
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.VERIFIED)
        entry = app.desk.claim("p5nd3ke").history[-1]
        assert entry.forced and "no supporting source" in entry.detail


async def test_force_from_the_picker(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")
        await pilot.press("s", "6")  # false, no refuting source
        await pilot.press("ctrl+f")
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.FALSE)
        assert app.desk.claim("p5nd3ke").history[-1].forced


async def test_mark_several_claims_and_set_status_at_once(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("m2xwp4r")
        await pilot.press("space", "space")  # marks m2xwp4r and p5nd3ke (space moves down)
        assert app.table.marked == {"m2xwp4r", "p5nd3ke"}
        await pilot.press("s")
        assert "2 marked claims" in str(app.screen.query_one(".dialog-title").render())
        await pilot.press("1", "enter")  # unverified
        await until(pilot, lambda: app.desk.claim("m2xwp4r").status is Status.UNVERIFIED)
        assert app.desk.claim("p5nd3ke").status is Status.UNVERIFIED
        assert not app.table.marked
        await pilot.press("space", "space", "s", "4", "enter")  # partly verified: refused for both
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("n")
        assert app.desk.claim("p5nd3ke").status is Status.UNVERIFIED


async def test_undo_reverts_the_last_change_of_the_session(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("m2xwp4r")
        await pilot.press("s", "7")
        app.screen.query_one("#note").value = "no public record"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("m2xwp4r").status is Status.UNVERIFIABLE)
        await pilot.press("u")
        await until(pilot, lambda: app.desk.claim("m2xwp4r").status is Status.IN_PROGRESS)
        assert app.desk.claim("m2xwp4r").verdict_note is None
        row = next(r for r in app.table.rows if r.id == "m2xwp4r")
        assert row.status is Status.IN_PROGRESS
        await pilot.press("u")  # nothing left from this session
        await pilot.pause()
        assert app.desk.claim("m2xwp4r").status is Status.IN_PROGRESS


async def test_undo_never_reverts_someone_elses_later_change(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json", poll=0.1)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")
        await pilot.press("s", "2", "enter")  # ours: in progress
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.IN_PROGRESS)
        other = Verifier(app.desk.path, user="omar", config=Config(user="omar"), durable=False)
        other.assign("p5nd3ke", "omar")  # theirs, after ours
        await until(pilot, lambda: app.snapshot.claims["p5nd3ke"].assignee == "omar")  # type: ignore[union-attr]
        await pilot.press("u")
        await pilot.pause(0.3)
        claim = app.desk.claim("p5nd3ke")
        assert (claim.status, claim.assignee) == (Status.IN_PROGRESS, "omar")


# Deadline for the burst test's waits, in ``until``'s 20 ms pauses (so at least that long on the
# wall clock, more on a loaded machine): generous, as only a failing run ever waits it out.
BURST_DEADLINE = 30.0


def detail_id(app: VerifierApp) -> str:
    """The id of the claim the detail pane shows (its first word)."""
    shown = str(app.query_one("#detail-body").render()).split(maxsplit=1)
    return shown[0] if shown else ""


async def test_keys_typed_fast_reach_the_dialog_they_open(tmp_path: Path) -> None:
    """ "s", "7", a note and enter arriving in one burst (a fast typist, a paste, tmux send-keys)
    set the status; nothing is lost while the picker opens.

    Robust under load: every wait is for app state, never for time. The burst is posted at once
    (the app orders it, whatever the machine's speed), and the deadlines are generous: ``until``
    counts its 20 ms pauses, not the wall clock, so a starved process gets more time, not less;
    a lost key still fails the test (its effect never appears). The test ends only once the app
    has taken in its last message (the detail follows the cursor), so the app is not shut down
    with a Highlighted message still on its way: handled after the widgets are gone, it raised
    NoMatches out of ``run_test`` (seen under load).
    """
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: app.loads >= 1, timeout=BURST_DEADLINE)
        app.table.select("k3vqx7a")
        await until(pilot, lambda: detail_id(app) == "k3vqx7a", timeout=BURST_DEADLINE)
        for key in ["j", "s", "7", *"no record", "enter"]:  # j: down to m2xwp4r
            app.post_message(
                events.Key("space" if key == " " else key, None if key == "enter" else key)
            )
        await until(
            pilot,
            lambda: app.desk.claim("m2xwp4r").status is Status.UNVERIFIABLE,
            timeout=BURST_DEADLINE,
        )
        assert app.desk.claim("m2xwp4r").verdict_note == "no record"
        assert not isinstance(app.screen, StatusPicker)  # enter saved and closed the picker
        for key in ["slash", *"rudenko"]:
            app.post_message(events.Key(key, "/" if key == "slash" else key))
        # the whole word reached the view ("rud" alone may already leave one row), then the
        # detail followed the cursor
        await until(pilot, lambda: app.where.text == "rudenko", timeout=BURST_DEADLINE)
        assert app.query_one("#search", Input).value == "rudenko"
        assert [r.id for r in app.table.rows] == ["p5nd3ke"]
        await until(pilot, lambda: detail_id(app) == "p5nd3ke", timeout=BURST_DEADLINE)
