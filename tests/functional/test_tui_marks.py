"""One vocabulary of marks: a claim flagged in ``verifier claims`` carries the same mark, meaning
the same thing, in the TUI's table, summary line, detail and help."""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console
from textual.widgets import Static
from tui_helpers import loaded, until
from tui_snapshot_app import make_app

from tests.conftest import RunCli
from verifier.marks import GONE, RULE_NOT_MET, THIN, WEAK_SOURCING
from verifier.models import Status
from verifier.tui import VerifierApp
from verifier.tui.screens import HelpScreen
from verifier.tui.widgets import SummaryBar

# "p5nd3ke  verified        0.55 +0 -0 ✗  Deputy …": the two mark cells follow the +/- column
# "r6tqa2s  partly_verified 0.43 +0 -0 ±1 ⚠  Analysts …": mixed sources counted with ±
CLI_LINE = re.compile(
    r"^(?P<id>\S+)\s+\S+\s+[\d.]+ (?P<counts>\+\d+ -\d+(?: ±\d+)?) *(?P<marks>[^\sA-Za-z]*)"
)


def row_text(app: VerifierApp, claim_id: str) -> str:
    index = next(i for i, row in enumerate(app.table.rows) if row.id == claim_id)
    return app.table.render_line(index + 1 - round(app.table.scroll_offset.y)).text


def cli_columns(run_cli: RunCli, path: Path, column: str) -> dict[str, str]:
    listed = run_cli("claims", db=path)
    assert listed.returncode == 0, listed.stderr
    found = {}
    for line in listed.stdout.splitlines():
        match = CLI_LINE.match(line)
        assert match, line
        found[match["id"]] = match[column]
    return found


def cli_marks(run_cli: RunCli, path: Path) -> dict[str, str]:
    return cli_columns(run_cli, path, "marks")


async def test_the_table_flags_a_claim_with_the_cli_listings_mark(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = tmp_path / "db.json"
    app = make_app(path)
    app.desk.set_status("p5nd3ke", Status.VERIFIED, force=True)  # no source: rule not met
    # r6tqa2s is partly verified on one mixed source: thin; k3vqx7a has two independent sources
    listed = cli_marks(run_cli, path)
    assert listed["p5nd3ke"] == RULE_NOT_MET.symbol == "✗"
    assert listed["r6tqa2s"] == THIN.symbol == "⚠"
    assert listed["k3vqx7a"] == ""
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        for claim_id, marks in listed.items():
            last = row_text(app, claim_id).rstrip()[-1]
            if marks:
                assert last == marks, (claim_id, last, marks)
            else:
                assert last not in (RULE_NOT_MET.symbol, THIN.symbol), claim_id
        bar = app.query_one(SummaryBar)
        summary = str(bar.render())  # one line: the short wording at 120 columns
        assert f"{RULE_NOT_MET.symbol} 1 break rules" in summary
        assert f"{THIN.symbol} 2 on <2 sources" in summary  # and p5nd3ke
        assert "1 verdict(s) break their rules" in str(bar.tooltip)  # the full one on hover
        assert "2 verdict(s) on <2 independent sources" in str(bar.tooltip)
        app.table.select("p5nd3ke")
        await pilot.pause()
        detail = str(app.query_one("#detail-body").render())
        assert f"{RULE_NOT_MET.symbol} verdict does not meet its rule" in detail
        counts = cli_columns(run_cli, path, "counts")
        assert counts["r6tqa2s"] == "+0 -0 ±1"  # its one source is mixed: counted, not "+0 -0"
        assert counts["k3vqx7a"] == "+2 -0"
        for claim_id, shown in counts.items():  # the TUI's +/- column says the same
            assert f" {shown} " in row_text(app, claim_id), claim_id
        app.table.select("r6tqa2s")  # "Analysts suggest": vague sourcing, ? as in the table
        await pilot.pause()
        detail = str(app.query_one("#detail-body").render())
        assert f"{WEAK_SOURCING.symbol} vague" in detail
        assert f"{WEAK_SOURCING.symbol}Analysts" in row_text(app, "r6tqa2s")


async def test_a_claim_gone_from_the_article_has_the_cli_listings_mark(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = tmp_path / "db.json"
    app = make_app(path)
    desk = app.desk
    with desk.repo.transaction():
        desk.repo.claims.put(desk.claim("w4hjc6v").model_copy(update={"in_article": False}))
    assert cli_marks(run_cli, path)["w4hjc6v"] == GONE.symbol
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        assert f" {GONE.symbol} A source said" in row_text(app, "w4hjc6v")


async def test_help_explains_each_mark_in_the_cli_legends_words(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(140, 60)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        console = Console(width=140, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#keys", Static).content)
        lines = console.export_text().splitlines()
        for mark in (RULE_NOT_MET, THIN, GONE):
            line = next(line for line in lines if line.lstrip().startswith(mark.symbol + " "))
            assert mark.meaning[:40] in line, (mark, line)
