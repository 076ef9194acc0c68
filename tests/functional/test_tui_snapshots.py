"""What the triage screen looks like: snapshots (pytest-textual-snapshot) of the main screen, a
claim's detail with its sources, the status picker, the source form with an error, the
attributions dialog, the help screen and the empty state. Every database comes from the shared factory, with fixed ids,
timestamps and user, and the cursor does not blink.

Update after a deliberate change of look: ``pytest tests/functional/test_tui_snapshots.py
--snapshot-update``, then open the report and look at every changed picture.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from tui_helpers import loaded, type_text, until
from tui_snapshot_app import make_app

from verifier.tui.screens import AttributionsScreen, HelpScreen, SourceForm, StatusPicker

SnapCompare = Callable[..., bool]


def select(claim_id: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        app = await loaded(pilot)
        app.table.select(claim_id)
        await pilot.pause()

    return run_before


class TestMainScreen:
    def test_main_screen(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = make_app(tmp_path / "db.json")
        assert snap_compare(app, terminal_size=(120, 36), run_before=select("k3vqx7a"))

    def test_main_screen_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = make_app(tmp_path / "db.json")
        assert snap_compare(app, terminal_size=(80, 24), run_before=select("k3vqx7a"))

    def test_main_screen_80x24_with_article_list(
        self, snap_compare: SnapCompare, tmp_path: Path
    ) -> None:
        """A small terminal with the article list asked for (ctrl+l): the list is narrower and
        the table drops columns rather than cut its marks off."""
        app = make_app(tmp_path / "db.json")

        async def run_before(pilot: Pilot[Any]) -> None:
            await select("r6tqa2s")(pilot)  # thin: the ⚠ at the right end
            await pilot.press("ctrl+l")
            await pilot.pause()

        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)

    def test_claim_detail_with_sources(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = make_app(tmp_path / "db.json")

        async def run_before(pilot: Pilot[Any]) -> None:
            await select("k3vqx7a")(pilot)
            pilot.app.query_one("#detail").scroll_to(y=9, animate=False)
            await pilot.pause()

        assert snap_compare(app, terminal_size=(120, 50), run_before=run_before)

    def test_markup_shown_literally(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = make_app(tmp_path / "db.json")
        assert snap_compare(app, terminal_size=(120, 36), run_before=select("w4hjc6v"))

    def test_empty_state(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = make_app(tmp_path / "db.json", empty=True)

        async def run_before(pilot: Pilot[Any]) -> None:
            await loaded(pilot)

        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


class TestDialogs:
    def test_status_picker_with_refusal(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = make_app(tmp_path / "db.json")

        async def run_before(pilot: Pilot[Any]) -> None:
            await select("p5nd3ke")(pilot)
            await pilot.press("s")
            await until(pilot, lambda: isinstance(pilot.app.screen, StatusPicker))
            await pilot.press("3")  # verified, with no supporting source
            await pilot.pause()

        assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)

    def test_source_form_with_error(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = make_app(tmp_path / "db.json")

        async def run_before(pilot: Pilot[Any]) -> None:
            await select("p5nd3ke")(pilot)
            await pilot.press("a")
            await until(pilot, lambda: isinstance(pilot.app.screen, SourceForm))
            await type_text(pilot, "javascript:x")
            await pilot.press("ctrl+s")
            await pilot.pause()

        assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)

    def test_attributions_screen(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """A claim's attributions to correct, as its detail shows them (numbered as the CLI
        numbers them)."""
        app = make_app(tmp_path / "db.json")

        async def run_before(pilot: Pilot[Any]) -> None:
            await select("k3vqx7a")(pilot)
            await pilot.press("A")
            await until(pilot, lambda: isinstance(pilot.app.screen, AttributionsScreen))
            await pilot.press("down")
            await pilot.pause()

        assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)

    def test_help_screen(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = make_app(tmp_path / "db.json")

        async def run_before(pilot: Pilot[Any]) -> None:
            await loaded(pilot)
            await pilot.press("question_mark")
            await until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))

        assert snap_compare(app, terminal_size=(100, 36), run_before=run_before)
