"""Filtering, searching, sorting, the article list, the empty state and outside changes."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select
from tui_helpers import loaded, type_text, until
from tui_snapshot_app import build_database, make_app

from tests.conftest import RunCli
from verifier.models import ClaimKind, Status
from verifier.tui import VerifierApp
from verifier.tui.widgets import ArticleList


def shown(app: VerifierApp) -> list[str]:
    return [row.id for row in app.table.rows]


async def test_search_covers_text_attributions_and_sources(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        assert app.focused is app.query_one("#search")
        await type_text(pilot, "rudenko")
        assert shown(app) == ["p5nd3ke"]
        assert "1/5 shown" in str(app.query_one("#count").render())
        app.query_one("#search", Input).value = "defense.gov"  # a source's URL
        await pilot.pause()
        assert shown(app) == ["k3vqx7a"]
        app.query_one("#search", Input).value = "ANALYSTS"  # an attribution, any case
        await pilot.pause()
        assert shown(app) == ["r6tqa2s"]
        await pilot.press("escape")  # back to the table; the filter stays
        assert app.focused is app.table
        assert shown(app) == ["r6tqa2s"]


async def test_filters_status_kind_tag_assignee_score(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.query_one("#status-filter", Select).value = Status.UNVERIFIED
        await pilot.pause()
        assert sorted(shown(app)) == ["p5nd3ke", "w4hjc6v"]
        app.query_one("#kind-filter", Select).value = ClaimKind.QUOTE
        await pilot.pause()
        assert shown(app) == ["p5nd3ke"]
        app.query_one("#status-filter", Select).clear()
        app.query_one("#kind-filter", Select).clear()
        app.query_one("#tag-filter", Input).value = "troops"
        await pilot.pause()
        assert shown(app) == ["k3vqx7a"]
        app.query_one("#tag-filter", Input).value = ""
        app.query_one("#assignee-filter", Input).value = "ana"
        await pilot.pause()
        assert shown(app) == ["k3vqx7a"]
        app.query_one("#assignee-filter", Input).value = ""
        app.query_one("#score-filter", Input).value = "0.5"
        await pilot.pause()
        assert shown(app) == ["k3vqx7a", "m2xwp4r", "p5nd3ke"]
        app.query_one("#score-filter", Input).value = "abc"
        await pilot.pause()
        assert "min cw must be a number" in str(app.query_one("#count").render())
        assert len(shown(app)) == 5


async def test_sort_cycles_through_orders(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        assert shown(app) == [
            "k3vqx7a",
            "m2xwp4r",
            "p5nd3ke",
            "r6tqa2s",
            "w4hjc6v",
        ]  # check-worthiness
        app.table.select("r6tqa2s")
        await pilot.press("o")  # position in the article
        assert shown(app) == ["p5nd3ke", "m2xwp4r", "k3vqx7a", "r6tqa2s", "w4hjc6v"]
        assert app.table.current_id == "r6tqa2s"  # the selection survives
        await pilot.press("o")  # status, in workflow order
        assert [r.status for r in app.table.rows] == sorted(
            (r.status for r in app.table.rows), key=list(Status).index
        )
        await pilot.press("o")  # last updated first
        assert shown(app)[0] in ("k3vqx7a", "m2xwp4r", "r6tqa2s")
        assert "updated" in str(app.query_one("#count").render())


async def test_article_list_narrows_to_one_article(tmp_path: Path) -> None:
    desk = build_database(tmp_path / "db.json")
    other, _ = desk.add_article("Officials said 5,000 troops arrived.", title="Second article")
    desk.add_claim("Officials said 5,000 troops arrived.", article=other.id, score=0.7)
    app = VerifierApp(desk, poll_interval=None)
    async with app.run_test(size=(160, 50)) as pilot:
        await loaded(pilot)
        assert len(shown(app)) == 6
        articles = app.query_one(ArticleList)
        assert articles.display and articles.option_count == 3
        articles.focus()
        await pilot.press("down", "down", "enter")  # the second article
        await until(pilot, lambda: len(shown(app)) == 1)
        await pilot.press("home", "enter")  # all articles again
        await until(pilot, lambda: len(shown(app)) == 6)


async def test_empty_database_says_how_to_ingest(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json", empty=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert app.screen.has_class("-empty")
        assert "verifier ingest" in str(app.query_one("#empty").render())
        await pilot.press("s")  # nothing to act on: a warning, no crash
        await pilot.pause()
        assert not app.screen.is_modal


async def test_change_by_another_process_appears_and_keeps_selection(
    db_path: Path, run_cli: RunCli
) -> None:
    app = make_app(db_path, poll=0.2)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")
        await pilot.pause()
        # the CLI, in another process, changes the claim while the TUI is open
        added = run_cli(
            "source", "add", "p5nd3ke", "https://tass.com/politics/1", "--stance", "supports"
        )
        assert added.returncode == 0, added.stderr
        done = run_cli("status", "p5nd3ke", "verified")
        assert done.returncode == 0, done.stderr
        await until(
            pilot, lambda: app.snapshot.claims["p5nd3ke"].status is Status.VERIFIED, timeout=3
        )  # type: ignore[union-attr]
        assert app.table.current_id == "p5nd3ke"
        row = next(r for r in app.table.rows if r.id == "p5nd3ke")
        assert (row.status, row.supporting, row.thin) == (Status.VERIFIED, 1, True)
        assert "tass.com" in str(app.query_one("#detail-body").render())


async def test_own_change_does_not_reload_everything(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json", poll=0.1)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        loads = app.loads
        app.table.select("p5nd3ke")
        await pilot.press("s", "2", "enter")
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.IN_PROGRESS)
        await pilot.pause(0.4)
        assert app.loads == loads
