"""One line: how many claims are in each status, how many verdicts break their rules or rest on
thin evidence, and how many claims are no longer in their article.

Always one line, so that a narrow terminal (80 columns) keeps the key footer on screen: the full
wording when it fits; else the warnings come first, in short words; else the statuses are
abbreviated too; else the line is cut with an ellipsis, losing the least important counts (the
statuses, which the table shows anyway). The full wording is the bar's tooltip.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import Static

from verifier.models import Status
from verifier.tui.badges import GONE_MARK, RULE_MARK, STATUS_STYLE, THIN_MARK
from verifier.tui.view import Summary

SHORT_LABEL: dict[Status, str] = {
    Status.UNVERIFIED: "unver",
    Status.IN_PROGRESS: "in prog",
    Status.VERIFIED: "verif",
    Status.PARTLY_VERIFIED: "partly",
    Status.DISPUTED: "disput",
    Status.FALSE: "false",
    Status.UNVERIFIABLE: "unverifbl",
}


def _statuses(summary: Summary, *, short: bool) -> Text:
    text = Text()
    for status in Status:
        count = summary.counts.get(status, 0)
        if count:
            label = SHORT_LABEL[status] if short else status.label
            text.append(f" {label} {count} ", style=STATUS_STYLE[status])
            text.append(" ")
    return text


def _warnings(summary: Summary, marked: int, *, short: bool) -> Text:
    text = Text()
    if summary.unmet:
        words = "break rules" if short else "verdict(s) break their rules"
        text.append(f" {RULE_MARK} {summary.unmet} {words} ", style="bold red")
    if summary.thin:
        words = "on <2 sources" if short else "verdict(s) on <2 independent sources"
        text.append(f" {THIN_MARK} {summary.thin} {words} ", style="bold yellow")
    if summary.gone:
        if short:
            text.append(f" {GONE_MARK} {summary.gone} gone ", style="dim")
        else:
            text.append(f" {summary.gone} no longer in the article ", style="dim")
    if marked:
        text.append(f"  ● {marked} marked", style="bold")
    return text


def summary_line(summary: Summary, marked: int = 0, width: int | None = None) -> Text:
    """The bar's text, fitted to ``width`` cells (``None``: the full wording)."""
    total = f" {summary.total} claims "
    full = Text.assemble(
        total,
        _statuses(summary, short=False),
        _warnings(summary, marked, short=False),
        style="bold",
    )
    if width is None or cell_len(full.plain) <= width:
        return full
    line = full
    for short_statuses in (False, True):  # the warnings first, then the statuses, shorter
        line = Text.assemble(
            total,
            _warnings(summary, marked, short=True),
            " ",
            _statuses(summary, short=short_statuses),
            style="bold",
        )
        line.rstrip()
        if cell_len(line.plain) <= width:
            return line
    line.truncate(max(width, 1), overflow="ellipsis")
    return line


class SummaryBar(Static):
    summary: Summary | None = None
    marked: int = 0

    def show(self, summary: Summary, marked: int = 0) -> None:
        self.summary, self.marked = summary, marked
        full = summary.line() + (f" · {marked} marked" if marked else "")
        self.tooltip = full
        self._fit(self.content_size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        if self.summary is not None:
            # before the first layout the width is 0: the full line, fitted on the first resize
            self.update(summary_line(self.summary, self.marked, width or None))
