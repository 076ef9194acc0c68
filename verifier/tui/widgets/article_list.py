"""The articles in the database; choosing one narrows the claims to it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from verifier.models import Article
from verifier.tui.view import one_line

ALL = "__all__"


def article_title(article: Article) -> str:
    return one_line(article.title or article.origin or article.text[:60])


class ArticleList(OptionList):
    @dataclass
    class Chosen(Message):
        article_id: str | None

    def set_articles(self, articles: list[Article], counts: dict[str, int], total: int) -> None:
        chosen = self.highlighted_option.id if self.highlighted_option is not None else ALL
        options = [Option(Text(f"All articles ({total})"), id=ALL)]
        for article in articles:
            label = Text(article_title(article), overflow="ellipsis", no_wrap=True)
            label.append(f" ({counts.get(article.id, 0)})", style="dim")
            options.append(Option(label, id=article.id))
        self.set_options(options)
        ids = [o.id for o in options]
        self.highlighted = ids.index(chosen) if chosen in ids else 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        self.post_message(self.Chosen(None if option_id in (None, ALL) else option_id))
