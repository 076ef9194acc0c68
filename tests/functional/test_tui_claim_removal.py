"""Taking back a claim added by mistake (a wrong sentence promoted, a claim typed by hand), one
undo for one action on several claims, and the small things around them in the triage screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Input
from tui_helpers import loaded, type_text, until
from tui_snapshot_app import make_app

from verifier.models import ClaimOrigin, Status
from verifier.tui import VerifierApp
from verifier.tui.screens import Confirm, ExportDialog, SentencePicker, StatusPicker, TextPrompt
from verifier.tui.widgets import ArticleList

TYPED = "Seoul weighs arms for Kyiv, a colleague typed."


def said(app: VerifierApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def all_articles(app: VerifierApp) -> str:
    """The first line of the article list: "All articles (N)"."""
    prompt = app.query_one(ArticleList).get_option_at_index(0).prompt
    return prompt.plain if isinstance(prompt, Text) else str(prompt)


def article_count(app: VerifierApp) -> str:
    prompt = app.query_one(ArticleList).get_option_at_index(1).prompt
    return (prompt.plain if isinstance(prompt, Text) else str(prompt)).rsplit(" ", 1)[-1]


async def test_u_takes_back_a_promotion_and_the_article_counts_follow(tmp_path: Path) -> None:
    pytest.importorskip("verifier.ingest")
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        assert all_articles(app) == "All articles (5)" and article_count(app) == "(5)"
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, SentencePicker))
        await pilot.press("enter")
        await until(pilot, lambda: len(app.table.rows) == 6, timeout=10)
        promoted = next(c for c in app.desk.claims() if c.origin is ClaimOrigin.PROMOTED)
        assert "u takes it back" in said(app)
        assert all_articles(app) == "All articles (6)" and article_count(app) == "(6)"
        await pilot.press("u")
        await until(pilot, lambda: len(app.table.rows) == 5)
        assert promoted.id not in app.desk.repo.claims.ids()
        assert f"{promoted.id}: removed (undid its promotion)" in said(app)
        assert all_articles(app) == "All articles (5)" and article_count(app) == "(5)"
        removal = app.desk.article(promoted.article_id or "").history[-1]
        assert (removal.action, removal.by, removal.detail) == (
            "claim_removed",
            "Ana Ruiz",
            "undid its promotion",
        )
        await pilot.press("p")  # the sentence can be promoted again
        await until(pilot, lambda: isinstance(app.screen, SentencePicker))


async def test_shift_d_removes_a_claim_typed_by_hand_and_u_puts_it_back(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    article_id = app.desk.articles()[0].id
    typed, _ = app.desk.add_claim(TYPED, article=article_id)
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        app.table.select(typed.id)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        question = app.screen.question  # type: ignore[attr-defined]
        assert f"Remove claim {typed.id} (added by hand)?" in question and TYPED in question
        await pilot.press("n")  # not removed
        assert typed.id in app.desk.repo.claims.ids()
        await pilot.press("D", "y")
        await until(pilot, lambda: typed.id not in [r.id for r in app.table.rows])
        assert typed.id not in app.desk.repo.claims.ids()
        assert f"{typed.id}: removed (u puts it back)" in said(app)
        assert all_articles(app) == "All articles (5)"
        await pilot.press("u")
        await until(pilot, lambda: typed.id in [r.id for r in app.table.rows])
        assert app.desk.claim(typed.id).history[-1].action == "restored"
        assert all_articles(app) == "All articles (6)"


async def test_shift_d_on_an_extracted_or_worked_claim_says_why_and_asks_nothing(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await pilot.press("D")
        await pilot.pause()
        assert not isinstance(app.screen, Confirm)
        assert "claim k3vqx7a was extracted from its article" in said(app)
        assert "k3vqx7a" in app.desk.repo.claims.ids()


async def test_removing_a_claim_is_in_the_command_palette(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "remove a claim")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: "was extracted from its article" in said(app))


async def test_one_u_undoes_a_status_set_on_several_marked_claims(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    marked = ("m2xwp4r", "p5nd3ke", "r6tqa2s")  # in progress, unverified, partly verified
    before = {c.id: (c.status, c.verdict_note) for c in app.desk.claims()}
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        app.table.select("m2xwp4r")
        await pilot.press("space", "space", "space")
        assert app.table.marked == set(marked)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        await pilot.press("7")  # unverifiable: the note says why
        app.screen.query_one("#note", Input).value = "no public record"
        await pilot.press("enter")
        await until(pilot, lambda: "3 claim(s) set to unverifiable" in said(app))
        assert {app.desk.claim(i).status for i in marked} == {Status.UNVERIFIABLE}
        await pilot.press("u")
        await until(pilot, lambda: "undid the status change of 3 claims at once" in said(app))
        assert {c.id: (c.status, c.verdict_note) for c in app.desk.claims()} == before
        assert [r.status for r in app.table.rows if r.id in marked] == [
            Status.IN_PROGRESS,
            Status.UNVERIFIED,
            Status.PARTLY_VERIFIED,
        ]
        await pilot.press("u")  # one action, one undo: nothing left
        await until(pilot, lambda: "nothing to undo in this session" in said(app))


async def test_undo_of_a_status_set_leaves_a_claim_it_did_not_change(tmp_path: Path) -> None:
    """p5nd3ke already was unverified: u must not take back its earlier change (its tag)."""
    app = make_app(tmp_path / "db.json")
    app.desk.tag("p5nd3ke", "quote")
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        app.table.select("m2xwp4r")
        await pilot.press("space", "space", "s")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        await pilot.press("1", "enter")  # unverified
        await until(pilot, lambda: "2 claim(s) set to unverified" in said(app))
        await pilot.press("u")
        await until(pilot, lambda: "undid the status change of claim m2xwp4r" in said(app))
        assert app.desk.claim("m2xwp4r").status is Status.IN_PROGRESS
        assert app.desk.claim("p5nd3ke").tags == ["quote"]


async def test_enter_in_the_search_goes_to_the_claims_it_found(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await type_text(pilot, "officials")
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.table
        assert [r.id for r in app.table.rows] == ["k3vqx7a"]
        assert app.query_one("#search", Input).value == "officials"  # the search stays
        await pilot.press("x")  # and the keys act on the claims found
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        title = str(app.screen.query_one(".dialog-title").render())
        assert title == "Export the claim in this view"


async def test_a_reworded_verdict_is_flagged_until_set_again(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")  # verified on two independent sources: no mark
        assert not app.table.current.unmet  # type: ignore[union-attr]
        await pilot.press("E")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        app.screen.query_one(Input).value = "Over 10,000 North Korean soldiers went to Russia."
        await pilot.press("enter")
        await until(pilot, lambda: app.table.current.unmet)  # type: ignore[union-attr]
        assert app.table.render_line(1).text.rstrip().endswith("✗")
        detail = str(app.query_one("#detail-body").render())
        assert "✗ verdict given to an earlier wording: “Reports from U.S." in detail
        await pilot.press("s", "3", "enter")  # verified again, for the new words
        await until(pilot, lambda: not app.table.current.unmet)  # type: ignore[union-attr]
        assert app.desk.claim("k3vqx7a").history[-1].action == "verdict_confirmed"


def test_u_right_after_a_put_back_says_removed_again(tmp_path: Path) -> None:
    """The last change was the put-back, not the claim's addition: say what was undone."""
    from verifier.tui import tasks
    from verifier.tui.messages import ClaimRemoved

    app = make_app(tmp_path / "db.json")
    typed, _ = app.desk.add_claim(TYPED, article=app.desk.articles()[0].id)
    app.desk.remove_claim(typed.id)
    app.desk.restore_claim(typed.id)
    done = tasks.undo(app.desk, typed.id, 0)
    assert isinstance(done, ClaimRemoved)
    assert done.done == f"{typed.id}: removed again (undid the put-back)"


async def test_undo_of_a_status_set_a_colleague_changed_since_says_what_was_kept(
    tmp_path: Path,
) -> None:
    """One claim undone, the other kept (bob changed it): said without contradicting itself."""
    from verifier.config import Config
    from verifier.service import Verifier

    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        app.table.select("m2xwp4r")
        await pilot.press("space", "space", "s")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        await pilot.press("7")
        app.screen.query_one("#note", Input).value = "no public record"
        await pilot.press("enter")
        await until(pilot, lambda: "2 claim(s) set to unverifiable" in said(app))
        bob = Verifier(tmp_path / "db.json", user="bob", config=Config(user="bob"))
        bob.add_note("p5nd3ke", "asked the ministry")
        await pilot.press("u")
        await until(pilot, lambda: "kept its status" in said(app))
        assert said(app).endswith(
            "undid the status change of claim m2xwp4r; p5nd3ke kept its status: "
            "bob changed it since (undo would revert their change)"
        ), said(app)
        assert "nothing was undone" not in said(app)
        assert app.desk.claim("p5nd3ke").status is Status.UNVERIFIABLE
