"""The triage view as plain data: claims turned into table rows, filtered and sorted.

Nothing here imports textual, so the logic is unit-testable and runs in worker threads. A reload
builds one :class:`ClaimRow` per claim (with its searchable text lower-cased once); typing in the
filter bar then only scans these cached rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from verifier.models import Article, Claim, ClaimKind, Status
from verifier.printable import printable
from verifier.service import person_key, searchable_text
from verifier.workflow import Corroboration, corroborate, counts_summary, verdict_problems


def literal(text: str) -> str:
    """Text made safe to display exactly as typed: control characters become visible symbols."""
    return printable(text)


def one_line(text: str) -> str:
    """Literal text on one line (for table cells)."""
    return " ".join(literal(text).split())


STATUS_ORDER: dict[Status, int] = {status: index for index, status in enumerate(Status)}


class SortKey(StrEnum):
    SCORE = "score"
    POSITION = "position"
    STATUS = "status"
    UPDATED = "updated"

    @property
    def label(self) -> str:
        return {
            SortKey.SCORE: "check-worthiness",
            SortKey.POSITION: "position in article",
            SortKey.STATUS: "status",
            SortKey.UPDATED: "last updated",
        }[self]

    @property
    def short(self) -> str:
        return {SortKey.SCORE: "cw", SortKey.POSITION: "place"}.get(self, self.value)

    def next(self) -> SortKey:
        members = list(SortKey)
        return members[(members.index(self) + 1) % len(members)]


@dataclass(frozen=True)
class ClaimRow:
    """One claim as the table shows it, plus what filtering and sorting need."""

    id: str
    status: Status
    score: float
    kind: ClaimKind
    text: str
    attributed: str
    weak_attribution: bool
    supporting: int
    refuting: int
    mixed: int
    thin: bool
    # the verdict is flagged: it does not meet its rule (forced, or its evidence removed since),
    # or it was given to an earlier wording of the claim
    unmet: bool
    in_article: bool  # False: a new version of the article dropped the claim's text
    article_id: str | None
    position: int
    updated_at: datetime
    tags: tuple[str, ...]
    assignee: str
    search: str  # lower-cased claim text, attributions, sources, tags, assignee, note

    @property
    def corroboration(self) -> str:
        """The CLI's evidence column: "+2 -1", "+0 -0 ±1"."""
        return counts_summary(self.supporting, self.refuting, self.mixed)


_NO_SOURCES: dict[Status, Corroboration] = {}


def _corroboration(claim: Claim) -> Corroboration:
    """corroborate(), with the answer for a claim without sources (most of them) computed once."""
    if claim.sources:
        return corroborate(claim)
    found = _NO_SOURCES.get(claim.status)
    if found is None:
        found = _NO_SOURCES[claim.status] = corroborate(
            Claim(id="-", text="-", status=claim.status)
        )
    return found


def claim_row(claim: Claim) -> ClaimRow:
    corroboration = _corroboration(claim)
    return ClaimRow(
        id=claim.id,
        status=claim.status,
        score=claim.score,
        kind=claim.kind,
        text=one_line(claim.text),
        attributed=one_line(", ".join(claim.attributed_to)),
        weak_attribution=any(a.is_weak for a in claim.attributions),
        supporting=corroboration.supporting,
        refuting=corroboration.refuting,
        mixed=corroboration.mixed,
        thin=corroboration.thin,
        # computed here, not taken from the cached corroboration: an unverifiable verdict's rule
        # depends on its note, and a verdict on the claim's wording, which the cache (keyed by
        # status) does not see
        unmet=bool(verdict_problems(claim)),
        in_article=claim.in_article,
        article_id=claim.article_id,
        position=claim.start if claim.start is not None else 1 << 30,
        updated_at=claim.updated_at,
        tags=tuple(claim.tags),
        assignee=claim.assignee or "",
        search=searchable_text(claim),
    )


@dataclass(frozen=True)
class ViewFilter:
    """What the filter bar asks for. Empty fields mean any."""

    text: str = ""
    status: Status | None = None
    kind: ClaimKind | None = None
    article: str | None = None
    tag: str = ""
    assignee: str = ""
    min_score: float | None = None

    def matches(self, row: ClaimRow) -> bool:
        if self.status is not None and row.status is not self.status:
            return False
        if self.kind is not None and row.kind is not self.kind:
            return False
        if self.article is not None and row.article_id != self.article:
            return False
        if self.tag and self.tag.strip().lower() not in row.tags:
            return False
        if self.assignee.strip() and person_key(self.assignee) != person_key(row.assignee):
            return False
        if self.min_score is not None and row.score < self.min_score:
            return False
        needle = self.text.strip().lower()
        return not needle or needle in row.search

    @property
    def active(self) -> bool:
        return self != ViewFilter()


def sort_rows(rows: list[ClaimRow], key: SortKey) -> list[ClaimRow]:
    if key is SortKey.SCORE:
        return sorted(rows, key=lambda r: (-r.score, r.article_id or "", r.position, r.id))
    if key is SortKey.POSITION:
        return sorted(rows, key=lambda r: (r.article_id or "", r.position, r.id))
    if key is SortKey.STATUS:
        return sorted(rows, key=lambda r: (STATUS_ORDER[r.status], -r.score, r.id))
    return sorted(rows, key=lambda r: (r.updated_at, r.id), reverse=True)


def apply(rows: list[ClaimRow], where: ViewFilter) -> list[ClaimRow]:
    """The rows the filter lets through, in the order given (rows are kept sorted).

    One pass per active field, each a list comprehension over what is left: at 10,000 claims a
    keystroke in the search box costs a few milliseconds.
    """
    if not where.active:
        return list(rows)
    out = rows
    if where.status is not None:
        out = [r for r in out if r.status is where.status]
    if where.kind is not None:
        out = [r for r in out if r.kind is where.kind]
    if where.article is not None:
        out = [r for r in out if r.article_id == where.article]
    if tag := where.tag.strip().lower():
        out = [r for r in out if tag in r.tags]
    if assignee := person_key(where.assignee):
        out = [r for r in out if person_key(r.assignee) == assignee]
    if where.min_score is not None:
        minimum = where.min_score
        out = [r for r in out if r.score >= minimum]
    if needle := where.text.strip().lower():
        out = [r for r in out if needle in r.search]
    return out if out is not rows else list(rows)


@dataclass(frozen=True)
class Summary:
    counts: dict[Status, int]
    thin: int
    total: int
    unmet: int = 0  # verdicts that do not meet their rules
    gone: int = 0  # claims no longer in their article

    def line(self) -> str:
        parts = [f"{self.total} claims"]
        parts += [f"{status.label} {n}" for status, n in self.counts.items() if n]
        if self.unmet:
            parts.append(f"{self.unmet} verdict(s) break their rules")
        if self.thin:
            parts.append(f"{self.thin} verdict(s) on <2 independent sources")
        if self.gone:
            parts.append(f"{self.gone} no longer in the article")
        return " · ".join(parts)


def summarise(rows: list[ClaimRow]) -> Summary:
    counts = dict.fromkeys(Status, 0)
    thin = unmet = gone = 0
    for row in rows:
        counts[row.status] += 1
        thin += row.thin
        unmet += row.unmet
        gone += not row.in_article
    return Summary(counts=counts, thin=thin, total=len(rows), unmet=unmet, gone=gone)


@dataclass
class Snapshot:
    """Everything one reload read from the desk, already turned into rows (built off the UI thread)."""

    claims: dict[str, Claim]
    articles: dict[str, Article]
    rows: list[ClaimRow]  # every claim, in the sort order asked for
    sort: SortKey
    revision: object = None
    claim_counts: dict[str, int] = field(default_factory=dict)  # per article

    @classmethod
    def build(
        cls, claims: list[Claim], articles: list[Article], sort: SortKey, revision: object = None
    ) -> Snapshot:
        counts: dict[str, int] = {}
        for claim in claims:
            if claim.article_id:
                counts[claim.article_id] = counts.get(claim.article_id, 0) + 1
        return cls(
            claims={c.id: c for c in claims},
            articles={a.id: a for a in articles},
            rows=sort_rows([claim_row(c) for c in claims], sort),
            sort=sort,
            revision=revision,
            claim_counts=counts,
        )

    def replace_claim(self, claim: Claim) -> ClaimRow:
        """Take in one changed claim (after our own change); its row keeps its place."""
        row = claim_row(claim)
        self.claims[claim.id] = claim
        for index, old in enumerate(self.rows):
            if old.id == claim.id:
                self.rows[index] = row
                break
        else:
            self.rows.append(row)
            self.rows = sort_rows(self.rows, self.sort)
            if claim.article_id:
                self.claim_counts[claim.article_id] = self.claim_counts.get(claim.article_id, 0) + 1
        return row

    def remove_claim(self, claim_id: str) -> None:
        """Take out a removed claim (after our own removal)."""
        claim = self.claims.pop(claim_id, None)
        self.rows = [row for row in self.rows if row.id != claim_id]
        if claim is not None and claim.article_id in self.claim_counts:
            self.claim_counts[claim.article_id] -= 1

    def resort(self, sort: SortKey) -> None:
        self.sort = sort
        self.rows = sort_rows(self.rows, sort)


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the paragraph (blank-line or line separated) that holds [start, end)."""
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    para_start = 0 if before < 0 else before + 1
    para_end = len(text) if after < 0 else after
    return para_start, para_end
