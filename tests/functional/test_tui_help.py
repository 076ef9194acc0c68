"""What the help says a key does is what it does: space marks the claim and moves down."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Static
from tui_helpers import loaded, until
from tui_snapshot_app import make_app

from verifier.tui.keys import KEYS, markdown_table
from verifier.tui.screens import HelpScreen


async def test_space_marks_and_moves_down_as_the_help_says(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        first, second = (row.id for row in app.table.rows[:2])
        app.table.select(first)
        await pilot.press("space")
        assert app.table.marked == {first}
        assert app.table.current_id == second  # moved down, ready for the next space

        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        console = Console(width=120, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#keys", Static).content)
        space = next(
            line for line in console.export_text().splitlines() if line.startswith("space")
        )
        assert "Mark or unmark the claim and move down to the next" in space

    space_key = next(k for k in KEYS if k.key == "space")
    assert "move down" in space_key.help
    assert f"| `space` | {space_key.help} |" in markdown_table()  # the README's key table
