"""The claims table on a small terminal: the +/- and ✗/⚠ marks are never cut off, and the claim
text keeps room to be read, with or without the article list beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tui_helpers import loaded
from tui_snapshot_app import make_app

from verifier.marks import verdict_mark
from verifier.models import Stance
from verifier.tui import VerifierApp
from verifier.tui.widgets import ArticleList
from verifier.tui.widgets.claims_table import MIN_TEXT


def lines(app: VerifierApp) -> list[str]:
    return [app.table.render_line(y).text for y in range(len(app.table.rows) + 1)]


def assert_readable(app: VerifierApp) -> None:
    header, *rows = lines(app)
    assert header.rstrip().endswith("+/-"), header
    for row, line in zip(app.table.rows, rows, strict=True):
        mark = verdict_mark(unmet=row.unmet, thin=row.thin)
        end = re.escape(row.corroboration) + (rf" +{mark.symbol}" if mark else "")
        assert re.search(end + "$", line.rstrip()), (line, end)
        assert row.text[: MIN_TEXT - 1] in line, line  # not "According t…"


@pytest.mark.parametrize(
    ("size", "articles"),
    [((80, 24), True), ((80, 24), False), ((100, 30), True), ((120, 36), True)],
)
async def test_marks_are_never_cut_off(
    tmp_path: Path, size: tuple[int, int], articles: bool
) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        if articles:
            await pilot.press("ctrl+l")  # the article list, asked for on a small screen
            await pilot.pause()
            assert app.query_one(ArticleList).display
        assert_readable(app)


async def test_the_article_list_gives_a_small_screen_room(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert app.query_one(ArticleList).size.width <= 18
        assert app.table.size.width >= 60


async def test_ten_sources_fit_the_corroboration_column(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    for n in range(10):
        app.desk.add_source("p5nd3ke", f"https://example.com/report-{n}", Stance.SUPPORTS)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert "+10 -0" in lines(app)[1 + [r.id for r in app.table.rows].index("p5nd3ke")]
        assert_readable(app)
