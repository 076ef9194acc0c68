"""One line: how many claims are in each status, how many verdicts break their rules or rest on
thin evidence, and how many claims are no longer in their article."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from verifier.models import Status
from verifier.tui.badges import RULE_MARK, STATUS_STYLE, THIN_MARK
from verifier.tui.view import Summary


class SummaryBar(Static):
    def show(self, summary: Summary, marked: int = 0) -> None:
        text = Text(f" {summary.total} claims ", style="bold")
        for status in Status:
            count = summary.counts.get(status, 0)
            if count:
                text.append(f" {status.label} {count} ", style=STATUS_STYLE[status])
                text.append(" ")
        if summary.unmet:
            text.append(
                f" {RULE_MARK} {summary.unmet} verdict(s) break their rules ",
                style="bold red",
            )
        if summary.thin:
            text.append(
                f" {THIN_MARK} {summary.thin} verdict(s) on <2 independent sources ",
                style="bold yellow",
            )
        if summary.gone:
            text.append(f" {summary.gone} no longer in the article ", style="dim")
        if marked:
            text.append(f"  ● {marked} marked", style="bold")
        self.update(text)
