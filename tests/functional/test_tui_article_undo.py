"""`u` undoes the session's latest change, whichever it was: a change to a claim, or a correction
of an article's details (shift+i). A correction that changed nothing is not undoable; one the desk
will not undo (a new version of the article was ingested since) is refused in one line."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Static
from tui_helpers import loaded, until
from tui_snapshot_app import ARTICLE_TEXT, make_app

from verifier.config import Config
from verifier.ingest import ingest
from verifier.service import Verifier
from verifier.tui import VerifierApp
from verifier.tui.screens import ArticleForm
from verifier.tui.widgets import ArticleList

OLD_TITLE = "Russia warns South Korea over arms for Ukraine"
NEW_TITLE = "Russia warns Seoul over arms for Kyiv"


def said(app: VerifierApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def detail_text(app: VerifierApp) -> str:
    return str(app.query_one("#detail-body", Static).render())


async def correct(pilot: Pilot[None], app: VerifierApp, **fields: str) -> None:
    """shift+i on the selected claim's article; type the fields into the form, save."""
    await pilot.press("I")
    await until(pilot, lambda: isinstance(app.screen, ArticleForm))
    form = app.screen
    assert isinstance(form, ArticleForm)
    for name, value in fields.items():
        form.query_one(f"#{name}", Input).value = value
    await pilot.press("ctrl+s")
    await until(pilot, lambda: not isinstance(app.screen, ArticleForm))


async def test_undo_restores_an_article_correction(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await correct(pilot, app, title=NEW_TITLE)
        await until(pilot, lambda: NEW_TITLE in detail_text(app))
        assert app.desk.article("a7ksq2").title == NEW_TITLE
        await pilot.press("u")
        await until(pilot, lambda: app.desk.article("a7ksq2").title == OLD_TITLE)
        await until(pilot, lambda: "article a7ksq2: restored title" in said(app))
        assert app.desk.article("a7ksq2").history[-1].action == "undo"
        # the detail and the article list show the restored title
        assert OLD_TITLE in detail_text(app) and NEW_TITLE not in detail_text(app)
        articles = app.query_one(ArticleList)
        assert OLD_TITLE in str(articles.get_option_at_index(1).prompt)
        await pilot.press("u")  # nothing left from this session
        await until(pilot, lambda: "nothing to undo in this session" in said(app))


async def test_undo_says_every_field_it_restored(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        url = "https://news.example/2024/russia-warns-seoul"
        await correct(pilot, app, title=NEW_TITLE, url=url)
        await until(pilot, lambda: app.desk.article("a7ksq2").url == url)
        await pilot.press("u")
        await until(pilot, lambda: "article a7ksq2: restored title, url" in said(app))
        article = app.desk.article("a7ksq2")
        assert (article.title, article.url) == (OLD_TITLE, "https://news.example/russia-warns")


async def test_a_correction_that_changes_nothing_is_not_undone(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await pilot.press("w")  # a claim change first: assign it
        await until(pilot, lambda: isinstance(app.screen.focused, Input))
        app.screen.query_one(Input).value = "omar"
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("k3vqx7a").assignee == "omar")
        await correct(pilot, app, title=NEW_TITLE)
        await until(pilot, lambda: app.desk.article("a7ksq2").title == NEW_TITLE)
        await pilot.press("u")  # the correction
        await until(pilot, lambda: app.desk.article("a7ksq2").title == OLD_TITLE)
        history = list(app.desk.article("a7ksq2").history)
        # typed differently, the same date: the form sends it (the text differs from what is
        # recorded), the desk saves nothing
        await correct(pilot, app, published="2024-11-01T09:00")
        await until(pilot, lambda: "nothing changed" in said(app))
        assert app.desk.article("a7ksq2").history == history
        await pilot.press("u")  # undoes the assignment, not the correction that was none
        await until(pilot, lambda: app.desk.claim("k3vqx7a").assignee == "ana")
        assert app.desk.article("a7ksq2").history == history
        assert app.desk.article("a7ksq2").title == OLD_TITLE
        assert not [s for s in said(app) if "nothing was undone" in s]


async def test_undo_after_a_claim_change_and_a_correction_goes_back_in_order(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen.focused, Input))
        app.screen.query_one(Input).value = "omar"
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("k3vqx7a").assignee == "omar")
        await correct(pilot, app, title=NEW_TITLE)
        await until(pilot, lambda: app.desk.article("a7ksq2").title == NEW_TITLE)
        await pilot.press("u")  # the latest: the correction
        await until(pilot, lambda: app.desk.article("a7ksq2").title == OLD_TITLE)
        assert app.desk.claim("k3vqx7a").assignee == "omar"
        await pilot.press("u")  # then the claim change
        await until(pilot, lambda: app.desk.claim("k3vqx7a").assignee == "ana")
        assert app.desk.article("a7ksq2").title == OLD_TITLE


async def test_undo_is_refused_after_a_new_version_was_ingested(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json", poll=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await correct(pilot, app, title=NEW_TITLE)
        await until(pilot, lambda: app.desk.article("a7ksq2").title == NEW_TITLE)
        other = Verifier(app.desk.path, user="omar", config=Config(user="omar"), durable=False)
        revised = tmp_path / "revised.txt"
        revised.write_text(ARTICLE_TEXT + " Seoul summoned the Russian ambassador.")
        ingest(other, str(revised), version_of="a7ksq2")
        assert app.desk.article("a7ksq2").history[-1].action == "new_version"
        await pilot.press("u")
        reason = (
            "article a7ksq2: the latest change is not a correction of its details (new version); "
            "nothing was undone"
        )
        await until(pilot, lambda: reason in said(app))
        assert app.desk.article("a7ksq2").title == NEW_TITLE
        assert app.desk.article("a7ksq2").history[-1].action == "new_version"


async def test_undo_never_reverts_someone_elses_later_correction(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json", poll=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await correct(pilot, app, title=NEW_TITLE)
        await until(pilot, lambda: app.desk.article("a7ksq2").title == NEW_TITLE)
        other = Verifier(app.desk.path, user="omar", config=Config(user="omar"), durable=False)
        other.edit_article("a7ksq2", publisher="Yonhap")  # theirs, after ours
        await pilot.press("u")
        await until(pilot, lambda: any("corrected by omar after that edit" in s for s in said(app)))
        article = app.desk.article("a7ksq2")
        assert (article.title, article.publisher) == (NEW_TITLE, "Yonhap")
