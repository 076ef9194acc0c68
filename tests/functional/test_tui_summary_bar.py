"""The summary bar is one line at 80 columns, so a dialog never pushes the key footer off screen:
the full wording where it fits, the warnings first and in short words where it does not, and the
least important counts (the statuses) cut last of all."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Footer
from tui_helpers import loaded, until
from tui_snapshot_app import make_app

from verifier.models import Stance, Status
from verifier.tui import VerifierApp
from verifier.tui.screens import StatusPicker
from verifier.tui.view import Summary
from verifier.tui.widgets import SummaryBar
from verifier.tui.widgets.summary_bar import summary_line


def bar_text(app: VerifierApp) -> str:
    return str(app.screen_stack[0].query_one(SummaryBar).render())


def assert_one_line_above_the_footer(app: VerifierApp, height: int) -> None:
    main = app.screen_stack[0]
    bar = main.query_one(SummaryBar)
    assert bar.size.height == 1
    assert cell_len(bar_text(app)) <= bar.size.width
    footer = main.query_one(Footer)
    assert footer.region.bottom == height  # the last line of the terminal, on screen


async def test_the_summary_is_one_line_at_80x24_with_the_status_dialog_open(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        await pilot.pause()
        assert_one_line_above_the_footer(app, 24)
        text = bar_text(app)
        assert "⚠ 1 on <2 sources" in text  # the warning, shorter, and first after the total
        assert text.index("⚠") < text.index("unver 2")
        assert "partly 1" in text  # every count still there


async def test_a_busy_desk_still_fits_one_line_keeping_the_warnings(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    desk = app.desk
    desk.add_source("p5nd3ke", "https://ropercenter.example/poll", Stance.REFUTES)
    desk.set_status("p5nd3ke", Status.FALSE)
    desk.set_status("w4hjc6v", Status.VERIFIED, force=True)  # breaks its rule
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await pilot.press("space")
        await until(pilot, lambda: "marked" in bar_text(app))
        assert_one_line_above_the_footer(app, 24)
        text = bar_text(app)
        assert "✗ 1 break rules" in text and "● 1 marked" in text
        assert "verdict(s)" not in text
        tooltip = str(app.query_one(SummaryBar).tooltip)
        assert "1 verdict(s) break their rules" in tooltip  # the full wording, on hover


async def test_the_full_wording_where_it_fits(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        assert app.query_one(SummaryBar).size.height == 1
        assert "⚠ 1 verdict(s) on <2 independent sources" in bar_text(app)
        assert "partly verified 1" in bar_text(app)


@pytest.mark.parametrize("width", [80, 60, 40, 20])
def test_too_narrow_even_abbreviated_the_statuses_are_cut_first(width: int) -> None:
    summary = Summary(counts=dict.fromkeys(Status, 12), thin=3, total=84, unmet=2, gone=1)
    line = summary_line(summary, marked=5, width=width)
    assert cell_len(line.plain) <= width
    assert line.plain.startswith(" 84 claims  ✗ 2 break rules"[: width - 1])
    if cell_len(line.plain) == width and width < 80:
        assert line.plain.endswith("…")
