"""Messages the widgets post as the cursor moves or a filter is typed can still be on their way
when the app exits; handled with the widgets gone they must do nothing (not raise NoMatches)."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import loaded
from tui_snapshot_app import make_app

from verifier.tui.view import ViewFilter
from verifier.tui.widgets import ArticleList, ClaimsTable, FilterBar


async def test_widget_messages_arriving_after_exit_are_dropped(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        table = app.table
        views = app.views
        await pilot.press("q")
    assert app.closing
    # what a message handled after the screens were torn down meets
    app.on_claims_table_highlighted(ClaimsTable.Highlighted(table, "k3vqx7a"))
    app.on_filter_bar_changed(FilterBar.Changed(ViewFilter(text="rudenko")))
    app.on_article_list_chosen(ArticleList.Chosen("a7ksq2"))
    assert app.views == views
    assert app.where == ViewFilter()
