"""Export never replaces an existing file without asking (the default ./claims.md included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input
from tui_helpers import loaded, until
from tui_snapshot_app import make_app

from verifier.tui.screens import Confirm, ExportDialog

KEEP = "# My hand-edited report\n\nDo not lose this.\n"


async def test_the_default_file_is_not_replaced_without_asking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        default = Path(app.screen.query_one("#path", Input).value)
        assert default.parent == tmp_path
        default.write_text(KEEP, encoding="utf-8")  # e.g. ./claims.md from yesterday
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        assert str(default) in app.screen.question  # type: ignore[attr-defined]
        await pilot.press("n")  # keep it: back in the export dialog, to pick another name
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        assert "kept as it is" in str(app.screen.query_one("#error").render())
        assert app.focused is app.screen.query_one("#path", Input)
        await pilot.press("enter", "escape")  # enter on the "No" button is no, too
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is app.screen_stack[0])
        await pilot.pause(0.3)
    assert default.read_text(encoding="utf-8") == KEEP


async def test_replacing_an_existing_file_when_asked_to(tmp_path: Path) -> None:
    out = tmp_path / "view.json"
    out.write_text(KEEP, encoding="utf-8")
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("y")
        await until(pilot, lambda: out.read_text(encoding="utf-8") != KEEP)
    assert '"k3vqx7a"' in out.read_text(encoding="utf-8")


async def test_a_new_file_is_written_without_a_question(tmp_path: Path) -> None:
    out = tmp_path / "new.json"
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#path", Input).value = str(out)
        await pilot.press("enter")
        await until(pilot, out.exists)
        assert not isinstance(app.screen, Confirm)
