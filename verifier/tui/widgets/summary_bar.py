"""One line: how many claims are in each status, and how many verdicts rest on thin evidence."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from verifier.models import Status
from verifier.tui.badges import STATUS_STYLE, THIN_MARK
from verifier.tui.view import Summary


class SummaryBar(Static):
    def show(self, summary: Summary, marked: int = 0) -> None:
        text = Text(f" {summary.total} claims ", style="bold")
        for status in Status:
            count = summary.counts.get(status, 0)
            if count:
                text.append(f" {status.label} {count} ", style=STATUS_STYLE[status])
                text.append(" ")
        if summary.thin:
            text.append(
                f" {THIN_MARK} {summary.thin} verdict(s) on <2 independent sources ",
                style="bold yellow",
            )
        if marked:
            text.append(f"  ● {marked} marked", style="bold")
        self.update(text)
