"""Correcting an article's details (shift+i): a form filled in with what is recorded; a bad URL
is refused in the form, a good one saved; an emptied field is cleared."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input, Static
from tui_helpers import loaded, until
from tui_snapshot_app import make_app

from verifier.tui.screens import ArticleForm
from verifier.tui.widgets import ArticleList


def error_text(form: ArticleForm) -> str:
    return str(form.query_one("#error", Static).render())


async def test_article_edit_refuses_a_bad_url_then_saves(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("k3vqx7a")
        await pilot.press("I")
        await until(pilot, lambda: isinstance(app.screen, ArticleForm))
        form = app.screen
        assert isinstance(form, ArticleForm)
        shown = {n: form.query_one(f"#{n}", Input).value for n in ("title", "url", "published")}
        assert shown == {
            "title": "Russia warns South Korea over arms for Ukraine",
            "url": "https://news.example/russia-warns",
            "published": "2024-11-01",
        }
        form.query_one("#url", Input).value = "javascript:alert(1)"
        await pilot.pause()
        assert error_text(form) == "url: URL scheme must be http or https (got javascript)"
        await pilot.press("ctrl+s")
        assert app.screen is form  # refused: nothing saved, the form stays
        assert app.desk.article("a7ksq2").url == "https://news.example/russia-warns"
        form.query_one("#url", Input).value = "https://news.example/2024/russia-warns-seoul"
        form.query_one("#title", Input).value = "Russia warns Seoul over arms for Kyiv"
        form.query_one("#publisher", Input).value = ""  # cleared
        form.query_one("#published", Input).value = "2024-11-02"
        await pilot.pause()
        assert error_text(form) == ""
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, ArticleForm))
        article = app.desk.article("a7ksq2")
        assert article.url == "https://news.example/2024/russia-warns-seoul"
        assert article.title == "Russia warns Seoul over arms for Kyiv"
        assert article.publisher is None
        assert article.published == date(2024, 11, 2)
        # the detail and the article list show the corrected title
        await until(
            pilot,
            lambda: (
                "Russia warns Seoul over arms for Kyiv"
                in str(app.query_one("#detail-body", Static).render())
            ),
        )
        articles = app.query_one(ArticleList)
        assert "Russia warns Seoul" in str(articles.get_option_at_index(1).prompt)


async def test_article_edit_refuses_a_bad_date(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select("p5nd3ke")
        await pilot.press("I")
        await until(pilot, lambda: isinstance(app.screen, ArticleForm))
        form = app.screen
        assert isinstance(form, ArticleForm)
        form.query_one("#published", Input).value = "last Friday"
        await pilot.press("ctrl+s")
        assert error_text(form) == "published: date 'last Friday' is not YYYY-MM-DD"
        assert app.screen is form
        await pilot.press("escape")
        assert app.desk.article("a7ksq2").published == date(2024, 11, 1)


async def test_article_edit_acts_on_the_article_highlighted_in_the_list(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    second, _ = app.desk.add_article("Seoul said nothing.", title="Seoul silent")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        articles = app.query_one(ArticleList)
        app.screen.set_focus(articles)
        ids = [articles.get_option_at_index(i).id for i in range(articles.option_count)]
        articles.highlighted = ids.index(second.id)
        await pilot.pause()
        await pilot.press("I")  # not the selected claim's article: the one in the list
        await until(pilot, lambda: isinstance(app.screen, ArticleForm))
        form = app.screen
        assert isinstance(form, ArticleForm)
        assert form.article.id == second.id
        form.query_one("#publisher", Input).value = "Yonhap"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.desk.article(second.id).publisher == "Yonhap")
        assert app.desk.article("a7ksq2").publisher == "Example Wire"
