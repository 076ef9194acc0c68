"""Literal display of article text, help, command palette, export, ingest and promote."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input
from tui_helpers import loaded, type_text, until
from tui_snapshot_app import make_app

from verifier.models import ClaimOrigin
from verifier.tui.keys import KEYS
from verifier.tui.screens import ExportDialog, HelpScreen, IngestDialog, SentencePicker, TextPrompt
from verifier.tui.view import literal


async def test_markup_and_escapes_are_shown_as_typed(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(160, 40)) as pilot:
        await loaded(pilot)
        app.table.select(
            "w4hjc6v"
        )  # "A source said the [bold]talks[/bold] will resume \\x1b[31mnext week…"
        await pilot.pause()
        detail = app.query_one("#detail-body").render()
        plain = getattr(detail, "plain", str(detail))
        assert "[bold]talks[/bold]" in plain
        assert "␛[31mnext week␛[0m" in plain
        assert "\x1b" not in plain
        screen_text = app.export_screenshot()
        assert "[bold]talks[/bold]" in screen_text
        assert "\x1b" not in screen_text
        row_line = app.table.render_line(1 + [r.id for r in app.table.rows].index("w4hjc6v"))
        assert "[bold]talks[/bold]" in row_line.text


def test_literal_makes_every_control_character_visible() -> None:
    assert literal("a\x1b[2Jb\x07\x7f\x9b") == "a␛[2Jb␇␡�"
    assert literal("tab\tand\nnewline") == "tab\tand\nnewline"


async def test_help_lists_every_key(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = html.unescape(app.export_screenshot()).replace("\xa0", " ")
        for key in KEYS:
            assert key.help[:40] in text, key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_runs_an_action(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "a note")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        assert app.screen.title_text == "Note on claim k3vqx7a"  # type: ignore[attr-defined]


async def test_export_the_current_view(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    out = tmp_path / "view.json"
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.query_one("#search", Input).value = "officials"
        await pilot.pause()
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        assert "json" in app.screen.formats  # type: ignore[attr-defined]
        app.screen.query_one("#path", Input).value = str(out)
        await pilot.press("enter")
        await until(pilot, out.exists)
    data = json.loads(out.read_text())
    claims = data["claims"] if isinstance(data, dict) else data
    assert [c["id"] for c in claims] == ["k3vqx7a"]


async def test_export_refuses_a_missing_directory(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("x")
        app.screen.query_one("#path", Input).value = str(tmp_path / "nope" / "x.json")
        await pilot.press("enter")
        assert isinstance(app.screen, ExportDialog)
        assert "does not exist" in str(app.screen.query_one("#error").render())


async def test_ingest_a_file_from_the_tui(tmp_path: Path) -> None:
    ingest = pytest.importorskip("verifier.ingest")
    app = make_app(tmp_path / "db.json", empty=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, IngestDialog))
        app.screen.query_one("#path", Input).value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        assert isinstance(app.screen, IngestDialog)  # refused inline
        app.screen.query_one("#path", Input).value = str(ingest.seed_path())
        await pilot.press("enter")
        await until(pilot, lambda: app.loads >= 2 and len(app.table.rows) > 3, timeout=30)
        assert not app.screen.has_class("-empty")
        assert app.focused is app.table  # keys act on the new claims, not the search box
        assert app.desk.articles()


async def test_promote_a_sentence_the_extractor_passed_over(tmp_path: Path) -> None:
    pytest.importorskip("verifier.ingest")
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, SentencePicker))
        assert [s[3] for s in app.screen.sentences] == ["The weather in Seoul was mild."]  # type: ignore[attr-defined]
        await pilot.press("enter")
        await until(pilot, lambda: len(app.table.rows) == 6, timeout=10)
        promoted = [c for c in app.desk.claims() if c.origin is ClaimOrigin.PROMOTED]
        assert [c.text for c in promoted] == ["The weather in Seoul was mild."]


def test_the_promote_list_puts_sentences_before_headings_and_says_what_each_line_is(
    tmp_path: Path,
) -> None:
    from verifier.config import Config
    from verifier.ingest import ingest_file
    from verifier.service import Verifier
    from verifier.tui.screens.sentence_picker import passed_over

    desk = Verifier(tmp_path / "db.json", config=Config(user="Ana"), durable=False)
    seed = Path(__file__).resolve().parents[2] / "seeds" / "russia-warns-south-korea.txt"
    article = ingest_file(desk, seed).article
    listed = passed_over(desk.article(article.id), desk.claims())
    reasons = [reason for *_, reason in listed]
    assert reasons[0] is None and "heading" in reasons and "link line" in reasons
    first_line = reasons.index(next(r for r in reasons if r is not None))
    assert all(r is None for r in reasons[:first_line])  # sentences first
    assert all(r is not None for r in reasons[first_line:])  # then the other lines
    assert any(text == "Read also:" for *_, text, _ in listed)


async def test_a_promoted_claim_the_filters_hide_is_counted_and_said(tmp_path: Path) -> None:
    """The review promoted a sentence under a search it did not match: the count stayed at the
    old total and nothing said where the new claim went."""
    pytest.importorskip("verifier.ingest")
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.query_one("#search", Input).value = "officials"
        await until(pilot, lambda: len(app.table.rows) == 1)
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, SentencePicker))
        await pilot.press("enter")
        await until(pilot, lambda: len(app.desk.claims()) == 6, timeout=10)
        await until(
            pilot, lambda: any("the filters hide it" in str(n.message) for n in app._notifications)
        )
        assert len(app.table.rows) == 1
        assert "1/6 shown" in str(app.query_one("#count").render())


async def test_a_search_puts_the_cursor_on_its_best_match(tmp_path: Path) -> None:
    """The review searched with the cursor low in the list and enter landed on the last of the
    matches (the cursor had stayed at its row number), not the top one."""
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("w4hjc6v")  # the last row, which the search leaves out
        app.query_one("#search", Input).value = "korea"
        await until(pilot, lambda: 1 < len(app.table.rows) < 5)
        assert "w4hjc6v" not in [r.id for r in app.table.rows]
        assert app.table.current_id == app.table.rows[0].id  # the first (best) match
        kept = app.table.rows[-1].id
        app.table.select(kept)
        app.query_one("#search", Input).value = "kore"  # still shown: the cursor stays on it
        await pilot.pause(0.2)
        assert app.table.current_id == kept


async def test_the_ingest_dialog_takes_the_author_and_published_date(tmp_path: Path) -> None:
    ingest = pytest.importorskip("verifier.ingest")
    app = make_app(tmp_path / "db.json", empty=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, IngestDialog))
        dialog = app.screen
        dialog.query_one("#path", Input).value = str(ingest.seed_path())
        dialog.query_one("#published", Input).value = "14 March"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, IngestDialog)  # refused inline, the fields kept
        assert "published: date '14 March' is not YYYY-MM-DD" in str(
            dialog.query_one("#error").render()
        )
        dialog.query_one("#published", Input).value = "2024-11-01"
        dialog.query_one("#author", Input).value = "Marta Ilves"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: bool(app.desk.articles()), timeout=30)
    (article,) = app.desk.articles()
    assert (article.author, str(article.published)) == ("Marta Ilves", "2024-11-01")


async def test_export_only_the_claims_with_a_verdict(tmp_path: Path) -> None:
    """The review's report from the TUI held 79 claims and its one verdict at line 1,356."""
    app = make_app(tmp_path / "db.json")
    out = tmp_path / "verdicts.json"
    verdicts = sorted(c.id for c in app.desk.claims() if c.status.is_verdict)
    assert 0 < len(verdicts) < len(app.desk.claims())
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        box = dialog.query_one("#verdicts-only", Checkbox)
        assert f"Only the {len(verdicts)} with a verdict" in str(box.label)
        box.value = True
        dialog.query_one("#path", Input).value = str(out)
        await pilot.press("enter")
        await until(pilot, out.exists)
    data = json.loads(out.read_text())
    claims = data["claims"] if isinstance(data, dict) else data
    assert sorted(c["id"] for c in claims) == verdicts
