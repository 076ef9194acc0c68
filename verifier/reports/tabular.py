"""CSV: one row per claim (its sources' stances and urls in one cell), or with ``sources`` one
row per corroborating source.

The file is RFC 4180 CSV (comma, double quotes, CRLF) in UTF-8; written to a file it starts with
a byte-order mark so spreadsheet programs detect the encoding. Text cells that begin with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return (after any leading spaces) are prefixed with an
apostrophe, so a spreadsheet shows them as text instead of running them as formulas (CSV
formula injection, OWASP). Numbers we compute are written as numbers and left alone.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from verifier.config import Config
from verifier.history import status_entry
from verifier.models import Claim
from verifier.reports.views import ArticleIndex
from verifier.workflow import corroborate

CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "status",
    "verdict_label",
    "verdict_note",
    "claim_text",
    "kind",
    "score",
    "article_id",
    "article_title",
    "article_url",
    "location",
    "no_longer_in_article",
    "attributions",
    "weak_sourcing_only",
    "sources",
    "supporting",
    "refuting",
    "mixed",
    "context",
    "source_urls",
    "independent_supporting",
    "independent_refuting",
    "fewer_than_two_independent",
    "rule_not_met",
    "unmet_rules",
    "verdict_forced",
    "tags",
    "assignee",
    "notes",
    "created_at",
    "updated_at",
)

SOURCE_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "claim_status",
    "claim_text",
    "source_id",
    "stance",
    "url",
    "title",
    "publisher",
    "author",
    "published",
    "accessed",
    "kind",
    "archive_url",
    "derived_from",
    "traces_attribution",
    "excerpt",
    "note",
    "added_by",
    "added_at",
)

_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A cell value safe to open in a spreadsheet: formula-like text gets a leading apostrophe."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    if value.lstrip(" ").startswith(_DANGEROUS_START):
        return "'" + value
    return value


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def attribution_cell(claim: Claim) -> str:
    """Attributions as written, joined: 'U.S. Department of Defense (named organisation); …'."""
    parts = []
    for a in claim.attributions:
        kind = a.sourcing.value.replace("_", " ")
        written = a.source.text if a.source.text == a.name else f"{a.source.text} = {a.name}"
        parts.append(f"{written} ({kind})")
    return "; ".join(parts)


def source_urls(claim: Claim) -> str:
    """Each corroborating source as 'stance url', joined: 'supports https://…; refutes https://…'
    (the full records, one row each, come with ``--sources``)."""
    return "; ".join(f"{s.stance.value} {s.url}" for s in claim.sources)


def claim_row(claim: Claim, articles: ArticleIndex, config: Config) -> list[Any]:
    """The claim's cells. The flags are the reports' (``views``): a verdict's unmet rules come
    from ``corroborate``, "forced" from the history entry that set the verdict, and "no longer in
    the article" from the claim, so the location says only where it was."""
    c = corroborate(claim)
    article = articles.get(claim.article_id)
    is_verdict = claim.status.is_verdict
    verdict = config.verdicts.get(claim.status) if is_verdict else None
    set_by = status_entry(claim) if is_verdict else None
    row: list[Any] = [
        claim.id,
        claim.status.value,
        verdict.label if verdict else "",
        claim.verdict_note or "",
        claim.text,
        claim.kind.value,
        round(claim.score, 3),
        claim.article_id or "",
        (article.title or "") if article else "",
        (article.url or "") if article else "",
        articles.location(claim, gone=False),
        _yes_no(not claim.in_article),
        attribution_cell(claim),
        _yes_no(bool(claim.attributions) and all(a.is_weak for a in claim.attributions)),
        c.total,
        c.supporting,
        c.refuting,
        c.mixed,
        c.context,
        source_urls(claim),
        c.independent_supporting,
        c.independent_refuting,
        _yes_no(c.thin) if is_verdict else "",
        _yes_no(bool(c.unmet)) if is_verdict else "",
        "; ".join(c.unmet),
        _yes_no(set_by is not None and set_by.forced) if is_verdict else "",
        ", ".join(claim.tags),
        claim.assignee or "",
        len(claim.notes),
        claim.created_at.isoformat(),
        claim.updated_at.isoformat(),
    ]
    return [neutralise(v) for v in row]


def source_rows(claim: Claim) -> Iterable[list[Any]]:
    """One row per source; a claim without sources still gets one row (source columns empty)."""
    head: list[Any] = [claim.id, claim.status.value, claim.text]
    if not claim.sources:
        yield [neutralise(v) for v in head] + [""] * (len(SOURCE_COLUMNS) - len(head))
        return
    for s in claim.sources:
        traces = ""
        if s.traces_attribution is not None and 0 <= s.traces_attribution < len(claim.attributions):
            traces = claim.attributions[s.traces_attribution].name
        row = [
            *head,
            s.id,
            s.stance.value,
            s.url,
            s.title,
            s.publisher,
            s.author,
            s.published.isoformat() if s.published else "",
            s.accessed.isoformat() if s.accessed else "",
            s.kind.value,
            s.archive_url,
            s.derived_from,
            traces,
            s.excerpt,
            s.note,
            s.added_by,
            s.added_at.isoformat(),
        ]
        yield [neutralise(v) for v in row]


def write_csv(
    out: TextIO,
    claims: Iterable[Claim],
    articles: ArticleIndex,
    config: Config,
    *,
    sources: bool = False,
) -> int:
    """Write the rows, one claim at a time; returns how many rows (without the header)."""
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    rows = 0
    if sources:
        writer.writerow(SOURCE_COLUMNS)
        for claim in claims:
            for row in source_rows(claim):
                writer.writerow(row)
                rows += 1
    else:
        writer.writerow(CLAIM_COLUMNS)
        for claim in claims:
            writer.writerow(claim_row(claim, articles, config))
            rows += 1
    return rows
