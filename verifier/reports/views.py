"""What a report says about a claim, computed once and shared by the Markdown and HTML templates.

The templates only lay out these plain values; every decision (which link is safe, how a
history entry reads, where the claim sits in its article) is made here, in Python, where it is
typed and tested. Views are built one claim at a time, so a report streams.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from verifier.config import Config
from verifier.history import describe_change, host_of, short, status_entry
from verifier.marks import verdict_mark
from verifier.models import Article, Claim, HistoryEntry, Source, Sourcing, Stance, Status
from verifier.reports.reliability import reliability_of
from verifier.workflow import Corroboration, corroborate

# How many history lines a report shows per claim (the first and the most recent ones).
HISTORY_HEAD = 1
HISTORY_TAIL = 5

STATUS_ORDER: tuple[Status, ...] = (
    Status.VERIFIED,
    Status.PARTLY_VERIFIED,
    Status.DISPUTED,
    Status.FALSE,
    Status.UNVERIFIABLE,
    Status.IN_PROGRESS,
    Status.UNVERIFIED,
)

SOURCING_LABELS: dict[Sourcing, str] = {
    Sourcing.NAMED_PERSON: "named person",
    Sourcing.NAMED_ORGANISATION: "named organisation",
    Sourcing.ANONYMOUS: "anonymous sourcing",
    Sourcing.VAGUE: "vague sourcing",
}


_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def safe_url(url: str | None) -> str | None:
    """The url if it may become a link (absolute http or https with a host), else None.

    Stored urls were already checked by the models; this is the last guard at the anchor, so a
    record that bypassed validation can still never produce a ``javascript:`` or relative link.
    """
    if not url:
        return None
    url = url.strip()
    head = url[:8].lower()
    if head.startswith("https://"):
        rest = url[8:]
    elif head.startswith("http://"):
        rest = url[7:]
    else:
        return None
    if not rest or rest[0] in "/?#@:" or _CONTROL.search(url):
        return None
    return url


def claim_sort_key(article_order: dict[str, int]) -> Any:
    """Claims in reading order: by article (as ingested), then position, then id."""

    def key(claim: Claim) -> tuple[int, int, str]:
        order = article_order.get(claim.article_id or "", len(article_order))
        return (order, claim.start if claim.start is not None else 1 << 60, claim.id)

    return key


@dataclass(slots=True)
class AttributionView:
    name: str
    as_written: str
    cue: str | None
    sourcing: str
    sourcing_label: str
    weak: bool


@dataclass(slots=True)
class SourceView:
    id: str
    stance: str
    stance_label: str
    url: str
    href: str | None  # only http(s) urls become links
    title: str
    publisher: str | None
    author: str | None
    published: str | None
    accessed: str | None
    kind_label: str
    archive_href: str | None
    excerpt: str | None
    note: str | None
    derived_from: str | None
    traces: str | None  # the attribution this source traces to its origin
    reliability: str | None  # the site's level from the config's [reliability] (None: unrated)
    meta: str  # "publisher · author · date · kind", the line under the title


@dataclass(slots=True)
class HistoryLine:
    at: str
    by: str
    text: str
    forced: bool = False
    gap: bool = False  # stands for the entries left out

    @property
    def line(self) -> str:
        """The entry as one line: '2024-11-01 09:30 Ana Ruiz: status unverified → verified'."""
        return self.text if self.gap else f"{self.at} {self.by}: {self.text}"


@dataclass(slots=True)
class ClaimView:
    id: str
    anchor: str
    text: str
    status: str
    status_label: str
    is_verdict: bool
    verdict_label: str | None
    verdict_note: str | None
    kind: str
    score: float
    article_title: str | None
    article_href: str | None
    location: str
    in_article: bool
    attributions: list[AttributionView]
    weak_only: bool  # attributed only to vague or anonymous sources
    sources: list[SourceView]
    corroboration: Corroboration
    thin: bool
    unmet: list[str]  # rules the current verdict does not meet ("no supporting source")
    forced: bool  # the status change that set the current verdict was forced past the rules
    evidence: str  # "2 supporting (2 independent), 1 refuting"
    tags: list[str]
    assignee: str | None
    history: list[HistoryLine]
    history_hidden: int  # entries left out between the first and the most recent ones

    @property
    def rule_warning(self) -> str | None:
        """'verdict does not meet its rule: no supporting source (forced)', or None."""
        if not self.unmet:
            return None
        text = f"verdict does not meet its rule: {'; '.join(self.unmet)}"
        return text + (" (forced)" if self.forced else "")


def claim_anchor(claim_id: str) -> str:
    """The HTML id of a claim's card, which the head's verdict lines link to."""
    return f"claim-{claim_id}"


@dataclass(frozen=True)
class VerdictLine:
    """One verdict in the report's head: what an editor reads first, linked to its claim."""

    id: str
    anchor: str
    status: str
    label: str
    text: str
    flag: str  # "✗" a rule not met, "⚠" fewer than two independent sources, else ""


VERDICT_LINES = 200  # the head lists this many verdicts at most ("… and N more below")


@dataclass
class Summary:
    """The report's head: claims by status and how many rest on thin or weak sourcing."""

    total: int = 0
    counts: dict[Status, int] = field(default_factory=lambda: dict.fromkeys(STATUS_ORDER, 0))
    thin: int = 0  # verdicts resting on fewer than two independent sources
    unmet: int = 0  # verdicts that do not meet their rules (forced, or evidence since removed)
    gone: int = 0  # claims no longer in the current version of their article
    weak_only: int = 0  # claims the article attributes only to vague or anonymous sources
    unattributed: int = 0
    # each claim's corroboration, computed once here and taken (popped) by its view
    corroborations: dict[str, Corroboration] = field(default_factory=dict, repr=False)
    verdict_lines: list[VerdictLine] = field(default_factory=list)  # the first VERDICT_LINES

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> Summary:
        summary = cls()
        for claim in claims:
            summary.total += 1
            summary.counts[claim.status] += 1
            corroboration = summary.corroborations[claim.id] = corroborate(claim)
            if corroboration.thin:
                summary.thin += 1
            if corroboration.unmet:
                summary.unmet += 1
            if not claim.in_article:
                summary.gone += 1
            if not claim.attributions:
                summary.unattributed += 1
            elif all(a.is_weak for a in claim.attributions):
                summary.weak_only += 1
            if claim.status.is_verdict and len(summary.verdict_lines) < VERDICT_LINES:
                mark = verdict_mark(unmet=bool(corroboration.unmet), thin=corroboration.thin)
                summary.verdict_lines.append(
                    VerdictLine(
                        id=claim.id,
                        anchor=claim_anchor(claim.id),
                        status=claim.status.value,
                        label=claim.status.label,
                        text=short(claim.text, 90),
                        flag=mark.symbol if mark else "",
                    )
                )
        return summary

    @property
    def rows(self) -> list[tuple[str, str, int]]:
        """(status value, label, count) in report order, including zero rows."""
        return [(s.value, s.label, self.counts[s]) for s in STATUS_ORDER]

    @property
    def verdicts(self) -> int:
        return sum(n for s, n in self.counts.items() if s.is_verdict)


@dataclass(slots=True)
class ChartBar:
    status: str
    label: str
    count: int
    y: int
    width: float


def chart_bars(summary: Summary, *, width: float = 260.0, row: int = 22) -> list[ChartBar]:
    """Bars of the summary chart (the template draws them as inline SVG)."""
    biggest = max(summary.counts.values(), default=0) or 1
    return [
        ChartBar(value, label, count, i * row, round(width * count / biggest, 1))
        for i, (value, label, count) in enumerate(summary.rows)
    ]


class ArticleIndex:
    """Articles by id, with their paragraph offsets, for 'where the claim appears'."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.articles: dict[str, Article] = {a.id: a for a in articles}
        self.order = {
            a.id: i
            for i, a in enumerate(sorted(self.articles.values(), key=lambda a: a.ingested_at))
        }
        self._paragraphs: dict[str, list[int]] = {}

    def get(self, article_id: str | None) -> Article | None:
        return self.articles.get(article_id) if article_id else None

    def paragraph(self, article: Article, offset: int) -> int:
        """1-based number of the (non-empty) paragraph holding ``offset``."""
        starts = self._paragraphs.get(article.id)
        if starts is None:
            starts, position = [], 0
            for line in article.text.split("\n"):
                if line.strip():
                    starts.append(position)
                position += len(line) + 1
            self._paragraphs[article.id] = starts
        return max(1, bisect_right(starts, offset))

    def location(self, claim: Claim, *, gone: bool = True) -> str:
        """Where the claim appears; ``gone`` adds "no longer in the article" when it was dropped
        (the reports show that as a flag of its own instead)."""
        article = self.get(claim.article_id)
        if claim.article_id and article is None:
            return f"article {claim.article_id} (not in this database)"
        if article is None:
            return "not from an article (typed in by hand)"
        if claim.start is None:
            where = "not located in the article text"
        else:
            paragraph = self.paragraph(article, claim.start)
            where = f"paragraph {paragraph}, characters {claim.start}–{claim.end}"
        if gone and not claim.in_article:
            where += "; no longer in the article"
        return where


def _when(moment: datetime) -> str:
    return moment.isoformat(sep=" ")[:16]  # "2024-11-01 09:30" (strftime is 3x slower)


def _line(entry: HistoryEntry, history: Sequence[HistoryEntry]) -> HistoryLine:
    text = describe_change(entry, history=history)
    return HistoryLine(_when(entry.at), entry.by, text, entry.forced)


# What a verdict rests on: never left out of a report's history, however long it is.
EVIDENCE_ACTIONS = frozenset(
    {
        "status",
        "verdict_note",
        "verdict_confirmed",
        "source_added",
        "source_edited",
        "source_removed",
        "text_edited",
        "attributions",
        "undo",  # else a source added twice reads as two sources, the undo between them hidden
    }
)


def history_lines(history: Sequence[HistoryEntry]) -> tuple[list[HistoryLine], int]:
    """The history in brief: the first entry, the most recent ones and every step the verdict
    rests on (:data:`EVIDENCE_ACTIONS`: status changes, verdict notes, sources, corrections of
    the wording or the attributions), with a "… N more changes" line for each run left out
    (tags, assignments, notes, moves within the article). Returns the lines and how many
    entries were left out."""
    if len(history) <= HISTORY_HEAD + HISTORY_TAIL + 1:
        return [_line(e, history) for e in history], 0
    tail_start = len(history) - HISTORY_TAIL
    lines: list[HistoryLine] = []
    hidden = run = 0
    for index, entry in enumerate(history):
        if index < HISTORY_HEAD or index >= tail_start or entry.action in EVIDENCE_ACTIONS:
            if run:
                lines.append(_gap(run))
                hidden, run = hidden + run, 0
            lines.append(_line(entry, history))
        else:
            run += 1
    return lines, hidden


def _gap(count: int) -> HistoryLine:
    return HistoryLine("", "", f"… {count} more change{'s' if count != 1 else ''}", gap=True)


def _evidence(c: Corroboration) -> str:
    parts = []
    if c.supporting:
        parts.append(f"{c.supporting} supporting ({c.independent_supporting} independent)")
    if c.refuting:
        parts.append(f"{c.refuting} refuting ({c.independent_refuting} independent)")
    if c.mixed:
        parts.append(f"{c.mixed} mixed")
    if c.context:
        parts.append(f"{c.context} context")
    return ", ".join(parts) if parts else "no sources yet"


def _source_view(source: Source, claim: Claim, config: Config) -> SourceView:
    reliability = reliability_of(source.url, config.reliability)
    kind_label = source.kind.value.replace("_", " ")
    traces = None
    if source.traces_attribution is not None and 0 <= source.traces_attribution < len(
        claim.attributions
    ):
        traces = claim.attributions[source.traces_attribution].name
    return SourceView(
        id=source.id,
        stance=source.stance.value,
        stance_label=source.stance.value,
        url=source.url,
        href=safe_url(source.url),
        title=source.title or host_of(source.url),
        publisher=source.publisher,
        author=source.author,
        published=source.published.isoformat() if source.published else None,
        accessed=source.accessed.isoformat() if source.accessed else None,
        kind_label=kind_label,
        archive_href=safe_url(source.archive_url),
        excerpt=source.excerpt,
        note=source.note,
        derived_from=source.derived_from,
        traces=traces,
        reliability=reliability,
        meta=" · ".join(
            part
            for part in (
                source.publisher or "publisher unknown",
                source.author,
                source.published.isoformat() if source.published else "undated",
                kind_label,
                f"reliability: {reliability}" if reliability else None,
            )
            if part
        ),
    )


_STANCE_ORDER = {Stance.SUPPORTS: 0, Stance.REFUTES: 1, Stance.MIXED: 2, Stance.CONTEXT: 3}


def claim_view(
    claim: Claim,
    articles: ArticleIndex,
    config: Config,
    corroboration: Corroboration | None = None,
) -> ClaimView:
    corroboration = corroboration or corroborate(claim)
    article = articles.get(claim.article_id)
    verdict = config.verdicts.get(claim.status)
    attributions = [
        AttributionView(
            name=a.name,
            as_written=a.source.text,
            cue=a.cue.text if a.cue else None,
            sourcing=a.sourcing.value,
            sourcing_label=SOURCING_LABELS[a.sourcing],
            weak=a.is_weak,
        )
        for a in claim.attributions
    ]
    sources = sorted(claim.sources, key=lambda s: (_STANCE_ORDER[s.stance], s.added_at, s.id))
    history, hidden = history_lines(claim.history)
    set_by = status_entry(claim) if corroboration.unmet else None
    return ClaimView(
        id=claim.id,
        anchor=claim_anchor(claim.id),
        text=claim.text,
        status=claim.status.value,
        status_label=claim.status.label,
        is_verdict=claim.status.is_verdict,
        verdict_label=verdict.label if verdict and claim.status.is_verdict else None,
        verdict_note=claim.verdict_note,
        kind=claim.kind.value,
        score=claim.score,
        article_title=(article.title or article.id) if article else None,
        article_href=safe_url(article.url) if article else None,
        location=articles.location(claim, gone=False),
        in_article=claim.in_article,
        attributions=attributions,
        weak_only=bool(attributions) and all(a.weak for a in attributions),
        sources=[_source_view(s, claim, config) for s in sources],
        corroboration=corroboration,
        thin=corroboration.thin,
        unmet=list(corroboration.unmet),
        forced=set_by is not None and set_by.forced,
        evidence=_evidence(corroboration),
        tags=list(claim.tags),
        assignee=claim.assignee,
        history=history,
        history_hidden=hidden,
    )


def claim_views(
    claims: Iterable[Claim],
    articles: ArticleIndex,
    config: Config,
    known: dict[str, Corroboration] | None = None,
) -> Iterator[ClaimView]:
    """Views built lazily, one claim at a time (the templates stream over this)."""
    known = known if known is not None else {}
    for claim in claims:
        yield claim_view(claim, articles, config, known.pop(claim.id, None))
