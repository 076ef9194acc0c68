"""Notes, tags, assignee and the claim's text, each from a one-line prompt."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input
from tui_helpers import loaded, type_text, until
from tui_snapshot_app import make_app

from verifier.tui.screens import TextPrompt


async def test_add_note(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        await pilot.press("enter")  # empty: refused inline
        assert isinstance(app.screen, TextPrompt)
        await type_text(pilot, "asked")
        app.screen.query_one(Input).value += " TASS for the full quote"
        await pilot.press("enter")
        await until(pilot, lambda: bool(app.desk.claim("p5nd3ke").notes))
        assert app.desk.claim("p5nd3ke").notes[0].text == "asked TASS for the full quote"
        assert app.desk.claim("p5nd3ke").notes[0].by == "Ana Ruiz"


async def test_tags_add_and_remove(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")  # tagged "troops"
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        app.screen.query_one(Input).value = "Casualties, nk -troops"
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("k3vqx7a").tags == ["casualties", "nk"])
        row = next(r for r in app.table.rows if r.id == "k3vqx7a")
        assert row.tags == ("casualties", "nk")


async def test_assign_and_unassign(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("m2xwp4r")
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        await type_text(pilot, "omar")
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("m2xwp4r").assignee == "omar")
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        assert app.screen.query_one(Input).value == "omar"
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("m2xwp4r").assignee is None)


async def test_edit_claim_text(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("m2xwp4r")
        await pilot.press("E")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        prompt_input = app.screen.query_one(Input)
        assert prompt_input.value.startswith("South Korean President")
        prompt_input.value = "Yoon Suk Yeol is weighing sending arms to Ukraine."
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("m2xwp4r").text.startswith("Yoon"))
        row = next(r for r in app.table.rows if r.id == "m2xwp4r")
        assert row.text.startswith("Yoon")
