"""The TUI flags verdicts that break their rules, claims no longer in the article, source
reliability, and keeps claims a multi-claim status change refused marked."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import loaded, until
from tui_snapshot_app import make_app

from verifier.models import Claim, Status
from verifier.tui import VerifierApp
from verifier.tui.screens import Confirm
from verifier.tui.view import claim_row, summarise
from verifier.tui.widgets import SummaryBar


def detail_text(app: VerifierApp) -> str:
    return str(app.query_one("#detail-body").render())


def row_text(app: VerifierApp, claim_id: str) -> str:
    index = next(i for i, row in enumerate(app.table.rows) if row.id == claim_id)
    return app.table.render_line(index + 1 - round(app.table.scroll_offset.y)).text


def said(app: VerifierApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def test_forced_verdict_banner_table_flag_and_summary(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    app.desk.set_status("p5nd3ke", Status.VERIFIED, force=True)  # p5nd3ke has no source
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")
        await pilot.pause()
        assert "✗ verdict does not meet its rule: no supporting source (forced)" in detail_text(app)
        assert row_text(app, "p5nd3ke").rstrip().endswith("✗")
        summary = str(app.query_one(SummaryBar).render())
        assert "✗ 1 break rules" in summary  # one line: the short wording
        assert "1 verdict(s) break their rules" in str(app.query_one(SummaryBar).tooltip)
        app.table.select("k3vqx7a")  # verified with two supporting sources
        await pilot.pause()
        assert "does not meet its rule" not in detail_text(app)
        assert not row_text(app, "k3vqx7a").rstrip().endswith("✗")


async def test_removed_evidence_banner_without_forced(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    app.desk.remove_source("k3vqx7a", "sq4ta")
    app.desk.remove_source("k3vqx7a", "s7mkx")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await pilot.pause()
        text = detail_text(app)
        assert "✗ verdict does not meet its rule: no supporting source" in text
        assert "no supporting source (forced)" not in text


async def test_claim_gone_from_the_article_is_marked_in_the_table(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    desk = app.desk
    with desk.repo.transaction():
        desk.repo.claims.put(desk.claim("w4hjc6v").model_copy(update={"in_article": False}))
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        assert " ~ A source said" in row_text(app, "w4hjc6v")  # the CLI's mark, text struck
        assert "~" not in row_text(app, "k3vqx7a")
        assert "~ 1 gone" in str(app.query_one(SummaryBar).render())  # one line: short
        assert "1 no longer in the article" in str(app.query_one(SummaryBar).tooltip)


async def test_sources_show_their_reliability(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    app.desk.config.reliability["defense.gov"] = "high"  # matches www.defense.gov
    async with app.run_test(size=(120, 50)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await pilot.pause()
        lines = detail_text(app).splitlines()
        pentagon = next(line for line in lines if "sq4ta" in line)
        nis = next(line for line in lines if "s7mkx" in line)
        assert "reliability: high" in pentagon
        assert "reliability" not in nis


async def test_claims_refused_in_a_multi_claim_change_stay_marked(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")  # two supporting sources
        await pilot.press("space")
        app.table.select("p5nd3ke")  # none
        await pilot.press("space")
        assert app.table.marked == {"k3vqx7a", "p5nd3ke"}
        await pilot.press("s", "4", "enter")  # partly verified
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        question = app.screen.question  # type: ignore[attr-defined]
        assert "\np5nd3ke: " in question  # one line per refused claim, with what it lacks
        assert app.desk.claim("k3vqx7a").status is Status.PARTLY_VERIFIED
        assert "not set" not in said(app)  # the refusal is reported once answered, not before
        await pilot.press("n")  # not now
        await pilot.pause()
        assert app.table.marked == {"p5nd3ke"}  # the refused one, ready to retry
        text = said(app)
        assert "p5nd3ke" in text and "ctrl+f forces" in text
        assert "--force" not in text
        await pilot.press("s", "4", "ctrl+f")  # the marked claim again, forced
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.PARTLY_VERIFIED)
        assert app.desk.claim("p5nd3ke").history[-1].forced
        await until(pilot, lambda: not app.table.marked)  # done: the mark is cleared


async def test_forcing_the_refused_claims_from_the_dialog_clears_their_marks(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")  # no source: refused
        await pilot.press("space")
        assert app.table.marked == {"p5nd3ke"}
        await pilot.press("s", "3", "enter")  # verified, one marked claim
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        assert app.table.marked == {"p5nd3ke"}
        await pilot.press("y")  # force
        await until(pilot, lambda: app.desk.claim("p5nd3ke").status is Status.VERIFIED)
        await until(pilot, lambda: not app.table.marked)


def test_row_flags_unmet_rule_per_claim_not_per_status() -> None:
    """Unverifiable needs a note: two sourceless unverifiable claims differ in their flag."""
    with_note = Claim(id="a", text="a", status=Status.UNVERIFIABLE, verdict_note="no record")
    without = Claim(id="b", text="b", status=Status.UNVERIFIABLE)
    gone = Claim(id="c", text="c", in_article=False)
    rows = [claim_row(c) for c in (with_note, without, gone)]
    assert [r.unmet for r in rows] == [False, True, False]
    summary = summarise(rows)
    assert (summary.unmet, summary.gone) == (1, 1)
    assert "1 verdict(s) break their rules" in summary.line()
