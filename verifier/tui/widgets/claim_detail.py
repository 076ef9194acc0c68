"""The selected claim in full: text, the article around it, attributions, sources, verdict, notes,
tags, assignee and history. Every piece of article or source text is shown literally."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from verifier.history import author_column, describe_change, own_detail, status_entry
from verifier.models import Article, Claim, HistoryEntry
from verifier.reports.reliability import reliability_of
from verifier.tui.badges import (
    RULE_MARK,
    STANCE_STYLE,
    THIN_MARK,
    attribution_line,
    status_badge,
)
from verifier.tui.view import literal, one_line, paragraph_around
from verifier.workflow import REWORDED, corroborate, earlier_wording

HEADING = Style(bold=True, underline=True)
DIM = Style(dim=True)


def _when(entry_at: Any) -> str:
    return entry_at.strftime("%Y-%m-%d %H:%M") if entry_at is not None else ""


def _history_line(entry: HistoryEntry, history: list[HistoryEntry] | None = None) -> Text:
    """One entry as the CLI's `verifier history` words it (the phrase carries the detail: who
    made an imported change, which attribution was corrected), plus why a change was forced."""
    line = Text(f"{_when(entry.at)}  {author_column(literal(entry.by))}  ", style=DIM)
    line.append(one_line(describe_change(entry, detailed=True, history=history)))
    reason = own_detail(entry) if entry.forced else ""  # the provenance is in the phrase already
    if reason:
        line.append(f"  ({one_line(reason)})", style=DIM)
    if entry.forced and entry.action != "status":  # a status line already says "(forced)"
        line.append("  FORCED", style="bold red")
    return line


def rule_banner(claim: Claim) -> str | None:
    """ "✗ verdict does not meet its rule: no supporting source (forced)", and/or "✗ verdict given
    to an earlier wording: “…”", or None."""
    unmet = corroborate(claim).unmet
    lines = []
    rules = [reason for reason in unmet if reason != REWORDED]
    if rules:
        set_by = status_entry(claim)
        forced = " (forced)" if set_by is not None and set_by.forced else ""
        lines.append(f"{RULE_MARK} verdict does not meet its rule: {'; '.join(rules)}{forced}")
    wording = earlier_wording(claim) if REWORDED in unmet else None
    if wording is not None:
        lines.append(
            f"{RULE_MARK} verdict given to an earlier wording: “{one_line(wording)}” "
            "(s sets it again to confirm it)"
        )
    return "\n".join(lines) or None


def describe(
    claim: Claim, article: Article | None, reliability: Mapping[str, str] | None = None
) -> Text:
    """The claim's detail as one rich Text (no markup is parsed anywhere in it).

    ``reliability``: the config's domain → level, shown next to each source it rates."""
    out = Text()
    out.append(f"{claim.id} ", style="bold")
    out.append_text(status_badge(claim.status))
    out.append(f"  {claim.kind.value} · check-worthiness {claim.score:.2f} · {claim.origin.value}")
    if not claim.in_article:
        out.append("  (no longer in the article)", style="italic red")
    out.append("\n")
    banner = rule_banner(claim)
    if banner is not None:
        out.append(banner, style="bold red")
        out.append("\n")
    out.append("\n")
    out.append(literal(claim.text), style="bold")
    out.append("\n")

    if article is not None:
        out.append("\nIn the article", style=HEADING)
        title = literal(article.title or article.origin or article.id)
        out.append(f"  {one_line(title)}\n", style=DIM)
        if claim.start is not None and claim.end is not None and claim.end <= len(article.text):
            p_start, p_end = paragraph_around(article.text, claim.start, claim.end)
            out.append(literal(article.text[p_start : claim.start]))
            out.append(literal(article.text[claim.start : claim.end]), style="reverse bold")
            out.append(literal(article.text[claim.end : p_end]))
            out.append("\n")
        else:
            out.append("(the claim's place in the article is not known)\n", style=DIM)

    out.append("\nAttributions\n", style=HEADING)
    if not claim.attributions:
        out.append("  none: the article does not say who makes this claim", style="yellow")
        out.append("  (shift+a adds one)\n", style=DIM)
    for attribution in claim.attributions:
        out.append("  • ")
        out.append_text(attribution_line(attribution))
        out.append("\n")

    corroboration = corroborate(claim)
    out.append("\nSources", style=HEADING)
    out.append(
        f"  {corroboration.supporting} supporting ({corroboration.independent_supporting} independent),"
        f" {corroboration.refuting} refuting ({corroboration.independent_refuting} independent),"
        f" {corroboration.mixed} mixed, {corroboration.context} context\n",
        style=DIM,
    )
    if corroboration.thin:
        out.append(
            f"  {THIN_MARK} this verdict rests on fewer than two independent sources\n",
            style="bold yellow",
        )
    if not claim.sources:
        out.append("  none yet: press a to add one\n", style=DIM)
    for source in claim.sources:
        out.append(f"  {source.id} ", style=DIM)
        out.append(f"{source.stance.value:<8}", style=STANCE_STYLE[source.stance])
        out.append(f" {source.kind.value.replace('_', ' ')}", style=DIM)
        level = reliability_of(source.url, reliability or {})
        if level:
            out.append(f"  reliability: {one_line(level)}", style="bold")
        who = " · ".join(one_line(p) for p in (source.publisher, source.title, source.author) if p)
        if who:
            out.append(f"  {who}")
        if source.published:
            out.append(f"  {source.published.isoformat()}", style=DIM)
        out.append("\n    ")
        out.append(one_line(source.url), style=Style(underline=True, color="cyan"))
        if source.archive_url:
            out.append(f"  archived: {one_line(source.archive_url)}", style=DIM)
        if source.derived_from:
            out.append(f"  derived from {source.derived_from}", style=DIM)
        out.append("\n")
        if source.excerpt:
            out.append(f"    “{one_line(source.excerpt)}”\n", style="italic")
        if source.note:
            out.append(f"    {one_line(source.note)}\n", style=DIM)

    out.append("\nVerdict note  ", style=HEADING)
    out.append(literal(claim.verdict_note) if claim.verdict_note else "—")
    out.append("\nTags  ", style=HEADING)
    out.append(", ".join(literal(t) for t in claim.tags) or "—")
    out.append("\nAssigned to  ", style=HEADING)
    out.append(literal(claim.assignee) if claim.assignee else "nobody")
    out.append("\n")

    if claim.notes:
        out.append("\nNotes\n", style=HEADING)
        for note in claim.notes:
            out.append(f"  {_when(note.at)} {one_line(note.by)}: ", style=DIM)
            out.append(literal(note.text))
            out.append("\n")

    out.append("\nHistory\n", style=HEADING)
    for entry in reversed(claim.history):
        out.append("  ")
        out.append_text(_history_line(entry, claim.history))
        out.append("\n")
    return out


class ClaimDetail(VerticalScroll):
    """Scrollable detail of one claim."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(Text("Select a claim to see it in full.", style="dim"), id="detail-body")

    def show(
        self,
        claim: Claim | None,
        article: Article | None,
        reliability: Mapping[str, str] | None = None,
    ) -> None:
        body = self.query_one("#detail-body", Static)
        if claim is None:
            body.update(Text("No claim selected.", style="dim"))
            return
        body.update(describe(claim, article, reliability))
