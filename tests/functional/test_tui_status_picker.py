"""The status picker as a fact-checker types into it: a digit meant as a status never lands in the
verdict note, and declining to force a refused verdict returns to the picker with the note kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList
from tui_helpers import loaded, type_text, until
from tui_snapshot_app import make_app

from verifier.history import status_entry
from verifier.models import Stance, Status
from verifier.tui import VerifierApp
from verifier.tui.screens import Confirm, StatusPicker

ROPER = "Roper data shows no such poll"


def picker(app: VerifierApp) -> StatusPicker:
    screen = app.screen
    assert isinstance(screen, StatusPicker)
    return screen


def note(app: VerifierApp) -> str:
    return picker(app).query_one("#note", Input).value


async def open_picker(app: VerifierApp, pilot: Pilot[None], claim_id: str) -> None:
    app.table.select(claim_id)
    await pilot.press("s")
    await until(pilot, lambda: isinstance(app.screen, StatusPicker))


async def test_a_digit_after_a_refused_choice_chooses_again(tmp_path: Path) -> None:
    """The review's case: s, 3 (refused: no supporting source), then 6 for false. The 6 chose
    false; it was typed into the note ("6Roper data…") and verified was tried instead."""
    app = make_app(tmp_path / "db.json")
    app.desk.set_status("p5nd3ke", Status.UNVERIFIABLE, ROPER)
    app.desk.add_source("p5nd3ke", "https://ropercenter.example/poll", Stance.REFUTES)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        await open_picker(app, pilot, "p5nd3ke")
        await pilot.press("3")  # verified: refused whatever the note says
        assert picker(app).chosen is Status.VERIFIED
        assert "no supporting source" in str(picker(app).query_one("#rules").render())
        assert isinstance(app.focused, OptionList)  # the refusal did not move into the note
        await pilot.press("6")  # false: a refuting source, so allowed
        assert picker(app).chosen is Status.FALSE
        assert note(app) == ROPER
        assert isinstance(app.focused, Input)  # allowed: on to the note
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.FALSE)
        assert app.desk.claim("p5nd3ke").verdict_note == ROPER


async def test_digits_choose_while_the_note_a_status_waits_for_is_empty(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        await open_picker(app, pilot, "m2xwp4r")  # in progress, no source, no verdict note
        await pilot.press("7")  # unverifiable: refused until a note says why
        assert isinstance(app.focused, Input)  # so the note takes the focus
        assert "type the note" in str(picker(app).query_one("#rules").render())
        await pilot.press("6")  # changed my mind: false (refused: no refuting source)
        assert picker(app).chosen is Status.FALSE
        assert note(app) == ""
        assert isinstance(app.focused, OptionList)
        await pilot.press("2")  # in progress: allowed, so on to the note, where digits are text
        assert picker(app).chosen is Status.IN_PROGRESS
        await type_text(pilot, "11000 per the ministry")
        assert note(app) == "11000 per the ministry"
        assert picker(app).chosen is Status.IN_PROGRESS


async def test_a_note_written_after_a_refusal_takes_digits_and_can_be_forced(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        await open_picker(app, pilot, "p5nd3ke")  # no source
        await pilot.press("3", "tab")  # verified is refused; tab to the note to say why anyway
        assert isinstance(app.focused, Input)
        rules = picker(app).query_one("#rules")
        await until(pilot, lambda: "↑↓ picks another" in str(rules.render()))  # not "1-7"
        await type_text(pilot, "10000 per DoD briefing")
        assert note(app) == "10000 per DoD briefing"
        assert picker(app).chosen is Status.VERIFIED
        await pilot.press("ctrl+f")
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.VERIFIED)
        claim = app.desk.claim("p5nd3ke")
        set_by = status_entry(claim)
        assert claim.verdict_note == "10000 per DoD briefing"
        assert set_by is not None and set_by.forced


async def test_declining_to_force_returns_to_the_picker_with_the_note(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        await open_picker(app, pilot, "p5nd3ke")
        await pilot.press("3", "tab")
        await type_text(pilot, "per DoD briefing")
        await pilot.press("enter")  # save without force: refused, "Force?"
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        assert picker(app).chosen is Status.VERIFIED
        assert note(app) == "per DoD briefing"  # what was typed is kept
        assert isinstance(app.focused, OptionList)  # a digit chooses another status
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("escape")  # esc on the question is "not now" too: back to the picker
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        assert note(app) == "per DoD briefing"
        await pilot.press("2", "enter")  # in progress instead, with the note as a working note
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.IN_PROGRESS)
        assert app.desk.claim("p5nd3ke").notes[-1].text == "per DoD briefing"
        assert app.screen is app.screen_stack[0]


async def test_declining_to_force_marked_claims_returns_to_the_picker_for_those(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")  # two supporting sources
        await pilot.press("space")
        app.table.select("p5nd3ke")  # none
        await pilot.press("space", "s", "4", "tab")  # partly verified
        await type_text(pilot, "figures differ")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        assert app.desk.claim("k3vqx7a").status is Status.PARTLY_VERIFIED
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        assert [c.id for c in picker(app).claims] == ["p5nd3ke"]
        assert (picker(app).chosen, note(app)) == (Status.PARTLY_VERIFIED, "figures differ")
        await pilot.press("ctrl+f")
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.PARTLY_VERIFIED)
        assert app.desk.claim("p5nd3ke").verdict_note == "figures differ"
        await until(pilot, lambda: not app.table.marked)


def disputable_false_claim(app: VerifierApp) -> None:
    """p5nd3ke marked false with a supporting and a refuting source (so disputed is allowed), no
    verdict note."""
    app.desk.add_source("p5nd3ke", "https://ropercenter.example/poll", Stance.REFUTES)
    app.desk.add_source("p5nd3ke", "https://www.defense.gov/briefing", Stance.SUPPORTS)
    app.desk.set_status("p5nd3ke", Status.FALSE)
    assert app.desk.claim("p5nd3ke").verdict_note is None


@pytest.mark.parametrize("key", ["tab", "shift+tab"])
async def test_tab_from_the_note_does_not_let_the_note_change_the_status(
    tmp_path: Path, key: str
) -> None:
    """The review's case: s, 5 (disputed; the note takes the focus), then tab as the hint says
    ("tab note"). The tab went back to the list, so the "1" of "DoD 11000" picked unverified and
    the note saved was "1000"."""
    app = make_app(tmp_path / "db.json")
    disputable_false_claim(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await open_picker(app, pilot, "p5nd3ke")
        await pilot.press("5", key)
        await type_text(pilot, "DoD 11000")
        assert (picker(app).chosen, note(app)) == (Status.DISPUTED, "DoD 11000")
        assert isinstance(app.focused, Input)  # the note kept the focus
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is not Status.FALSE)
        claim = app.desk.claim("p5nd3ke")
        assert (claim.status, claim.verdict_note) == (Status.DISPUTED, "DoD 11000")


async def test_arrows_in_the_note_choose_another_status_and_the_hint_follows_the_focus(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "db.json")
    disputable_false_claim(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await open_picker(app, pilot, "p5nd3ke")
        help_line = picker(app).query_one("#help", Label)
        assert "tab note" in str(help_line.render())
        await pilot.press("5")
        await until(pilot, lambda: "↑↓" in str(help_line.render()))
        assert "tab" not in str(help_line.render())  # tab stays in the note: the hint says so
        await type_text(pilot, "DoD 11000")
        await pilot.press("up")  # partly verified: chosen visibly, with the note kept
        assert picker(app).chosen is Status.PARTLY_VERIFIED
        assert isinstance(app.focused, Input)
        await pilot.press("up")  # verified (a supporting source): the focus stays in the note
        assert picker(app).chosen is Status.VERIFIED
        assert isinstance(app.focused, Input)
        await type_text(pilot, " 2")
        assert note(app) == "DoD 11000 2"
        await pilot.press("down", "down")
        assert picker(app).chosen is Status.DISPUTED
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.DISPUTED)
        assert app.desk.claim("p5nd3ke").verdict_note == "DoD 11000 2"
