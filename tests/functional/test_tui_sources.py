"""Adding, editing and removing corroborating sources; the form checks fields as they are typed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select, Static
from tui_helpers import loaded, type_text, until
from tui_snapshot_app import make_app

from verifier.models import Stance
from verifier.tui.screens import Confirm, SourceForm, SourcePicker


def error_text(form: SourceForm, field: str) -> str:
    return str(form.query_one(f"#error-{field}", Static).render())


async def test_add_source_shows_errors_then_saves(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, SourceForm))
        form = app.screen
        assert isinstance(form, SourceForm)
        await type_text(pilot, "javascript:x")  # the URL field has focus
        assert "URL scheme must be http or https (got javascript)" in error_text(form, "url")
        await pilot.press("ctrl+s")  # refused: bad URL, no stance
        assert isinstance(app.screen, SourceForm)
        assert "choose supports, refutes, mixed or context" in error_text(form, "stance")
        form.query_one("#url", Input).value = "https://mid.ru/en/statement"
        await pilot.pause()
        assert error_text(form, "url") == ""
        form.query_one("#published", Input).value = "yesterday"
        await pilot.pause()
        assert "is not YYYY-MM-DD" in error_text(form, "published")
        form.query_one("#published", Input).value = "2024-11-01"
        form.query_one("#stance", Select).value = Stance.SUPPORTS
        form.query_one("#publisher", Input).value = "Russian Foreign Ministry"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: bool(app.desk.claim("p5nd3ke").sources))
        source = app.desk.claim("p5nd3ke").sources[0]
        assert (source.url, source.stance, source.publisher) == (
            "https://mid.ru/en/statement",
            Stance.SUPPORTS,
            "Russian Foreign Ministry",
        )
        await until(
            pilot, lambda: next(r for r in app.table.rows if r.id == "p5nd3ke").supporting == 1
        )


async def test_edit_source_of_a_claim_with_several(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")  # two sources: a picker comes first
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, SourcePicker))
        await pilot.press("down", "enter")  # the second: s7mkx
        await until(pilot, lambda: isinstance(app.screen, SourceForm))
        form = app.screen
        assert form.query_one("#url", Input).value == "https://www.nis.go.kr/press/2024-10-18"
        form.query_one("#stance", Select).value = Stance.CONTEXT
        form.query_one("#title", Input).value = "NIS briefing"
        await pilot.press("ctrl+s")
        await until(
            pilot, lambda: app.desk.claim("k3vqx7a").source("s7mkx").stance is Stance.CONTEXT
        )  # type: ignore[union-attr]
        assert app.desk.claim("k3vqx7a").source("s7mkx").title == "NIS briefing"  # type: ignore[union-attr]


async def test_edit_source_refuses_a_bad_url(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("r6tqa2s")  # one source: straight to the form
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, SourceForm))
        form = app.screen
        assert isinstance(form, SourceForm)
        form.query_one("#url", Input).value = "ftp://think.example/report"
        await pilot.pause()
        assert "URL scheme must be http or https (got ftp)" in error_text(form, "url")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SourceForm)
        await pilot.press("escape")
        assert app.desk.claim("r6tqa2s").sources[0].url == "https://think.example/report"


async def test_remove_source_after_confirming(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("r6tqa2s")
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("n")
        assert app.desk.claim("r6tqa2s").sources
        await pilot.press("d", "y")
        await until(pilot, lambda: not app.desk.claim("r6tqa2s").sources)
        await pilot.press("u")  # and undo brings it back
        await until(pilot, lambda: bool(app.desk.claim("r6tqa2s").sources))


async def test_a_derived_source_is_not_independent(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")  # verified on two independent supporting sources
        assert not next(r for r in app.table.rows if r.id == "k3vqx7a").thin
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, SourcePicker))
        await pilot.press("down", "enter")  # s7mkx
        await until(pilot, lambda: isinstance(app.screen, SourceForm))
        form = app.screen
        form.query_one("#derived_from", Select).value = "sq4ta"  # it only repeats the Pentagon
        form.query_one("#traces_attribution", Select).value = 1
        await pilot.press("ctrl+s")
        await until(pilot, lambda: next(r for r in app.table.rows if r.id == "k3vqx7a").thin)
        source = app.desk.claim("k3vqx7a").source("s7mkx")
        assert source is not None
        assert (source.derived_from, source.traces_attribution) == ("sq4ta", 1)


async def test_escape_asks_before_dropping_a_filled_source_form(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, SourceForm))
        await pilot.press("escape")  # nothing typed: closed at once
        await until(pilot, lambda: not isinstance(app.screen, SourceForm))
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, SourceForm))
        form = app.screen
        await type_text(pilot, "https://mid.ru/en/statement")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("n")  # keep it: back in the form, as typed
        await until(pilot, lambda: app.screen is form)
        assert form.query_one("#url", Input).value == "https://mid.ru/en/statement"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("y")
        await until(pilot, lambda: not isinstance(app.screen, (SourceForm, Confirm)))
        assert not app.desk.claim("p5nd3ke").sources
