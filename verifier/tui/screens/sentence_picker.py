"""Promote a sentence the extractor passed over: the article's other sentences, most check-worthy
first, and after them the lines that are not sentences of the article's text (headings, bylines,
link lines, ...), each saying what it is."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from verifier.extract.segment import line_skip_reason
from verifier.models import Article, Claim
from verifier.tui.view import one_line

Passed = tuple[int, int, float, str, str | None]  # start, end, score, text, why it is no sentence


def passed_over(article: Article, claims: list[Claim]) -> list[Passed]:
    """(start, end, score, text, reason) of sentences no claim of the article covers: sentences
    best first, then lines such as headings or link lines (``reason`` says which), best first."""
    covered = [
        (c.start, c.end) for c in claims if c.article_id == article.id and c.start is not None
    ]
    found = []
    for sentence in article.sentences:
        overlaps = any(
            start is not None and end is not None and start < sentence.end and sentence.start < end
            for start, end in covered
        )
        text = article.sentence_text(sentence).strip()
        if not overlaps and text:
            reason = line_skip_reason(text)
            found.append((sentence.start, sentence.end, sentence.score, text, reason))
    return sorted(found, key=lambda s: (s[4] is not None, -s[2], s[0]))


class SentencePicker(ModalScreen[tuple[int, int] | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, article: Article, sentences: list[Passed]) -> None:
        super().__init__()
        self.article = article
        self.sentences = sentences

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog wide tall"):
            title = one_line(self.article.title or self.article.id)
            yield Label(
                f"Promote a sentence of “{title}” to a claim", classes="dialog-title", markup=False
            )
            options = []
            for start, end, score, text, reason in self.sentences:
                label = Text(f"{score:.2f} ", style="dim")
                if reason is not None:
                    label.append(f"({reason}) ", style="dim italic")
                label.append(one_line(text))
                options.append(Option(label, id=f"{start}:{end}"))
            yield OptionList(*options, id="sentences")
            yield Label("enter promote · esc cancel", classes="dialog-help")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        start, end = (int(n) for n in (event.option.id or "0:0").split(":"))
        self.dismiss((start, end))

    def action_cancel(self) -> None:
        self.dismiss(None)
