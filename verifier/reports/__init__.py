"""Verification reports and interchange formats, headless (the CLI and the TUI both call this).

One entry point, :func:`export_claims`, writes the given claims in one of :data:`FORMATS`:

- ``md`` / ``html``: the verification report (summary, then each claim with its verdict,
  attributions, corroborating sources and history in brief), rendered from Jinja2 templates in
  ``templates/`` (HTML with autoescaping) and streamed claim by claim;
- ``csv``: one row per claim, or one per source with ``sources=True``, formula-safe;
- ``json``: the records themselves with a format version (:mod:`.interchange` merges it back);
- ``claimreview``: schema.org ClaimReview JSON-LD for the claims with a verdict (:mod:`.claimreview`).

Writing to a path goes through a temporary file in the same directory that replaces the target
only when complete, so a failed export never leaves half a report behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from verifier.errors import InvalidInputError
from verifier.models import Article, Claim
from verifier.reports.claimreview import ClaimReviewSettingsError, check_settings, write_claimreview
from verifier.reports.documents import write_report
from verifier.reports.interchange import ImportReport, merge, merge_bytes, write_json
from verifier.reports.tabular import write_csv
from verifier.reports.views import ArticleIndex, claim_sort_key
from verifier.service import Verifier

FORMATS: tuple[str, ...] = ("md", "html", "csv", "json", "claimreview")

# The usual file name ending of each format (the CLI guesses the format from ``-o``'s suffix).
SUFFIXES: dict[str, str] = {
    "md": ".md",
    "html": ".html",
    "csv": ".csv",
    "json": ".json",
    "claimreview": ".jsonld",
}

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "ClaimReviewSettingsError",
    "ExportResult",
    "ImportReport",
    "export_claims",
    "format_for_path",
    "merge",
    "merge_bytes",
]


@dataclass
class ExportResult:
    """What an export wrote, and what a person should know about it."""

    format: str
    path: Path | None  # None: written to the given stream (stdout by default)
    claims: int = 0  # claims written
    rows: int = 0  # CSV rows (claims, or sources with ``sources=True``)
    articles: int = 0  # JSON: articles written
    skipped: int = 0  # ClaimReview: claims without a verdict, left out
    gone: int = 0  # ClaimReview: claims no longer in their article, left out (with a warning)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        where = str(self.path) if self.path else "standard output"
        text = f"exported {self.claims} claim{'s' if self.claims != 1 else ''} as {self.format} to {where}"
        if self.format == "json":
            text += f" (with {self.articles} article{'s' if self.articles != 1 else ''})"
        if self.format == "csv" and self.rows != self.claims:
            text += f" ({self.rows} rows)"
        if self.skipped:
            text += f"; skipped {self.skipped} without a verdict"
        if self.gone:
            text += f"; skipped {self.gone} no longer in the article"
        if self.warnings:
            n = len(self.warnings)
            text += f"; {n} warning{'s' if n != 1 else ''}"
        return text


def format_for_path(path: Path) -> str | None:
    """The format a file name suggests (``.md``, ``.html``/``.htm``, ``.csv``, ``.json``, ``.jsonld``)."""
    suffix = path.suffix.lower()
    if suffix in (".htm", ".html"):
        return "html"
    if suffix in (".markdown", ".md"):
        return "md"
    for fmt, ending in SUFFIXES.items():
        if suffix == ending:
            return fmt
    return None


_ARTICLE_IN_SCOPE = re.compile(r"\barticle: ([0-9A-Za-z_-]+)")


def readable_scope(scope: str | None, index: ArticleIndex) -> str | None:
    """The scope line with "article: <id>" (as the CLI and the TUI write it) naming the article
    by its title, which is what a reader of the report knows it by."""
    if not scope or "article: " not in scope:
        return scope

    def title(match: re.Match[str]) -> str:
        article = index.get(match.group(1))
        return f"article: {article.title}" if article is not None and article.title else match[0]

    return _ARTICLE_IN_SCOPE.sub(title, scope)


@contextlib.contextmanager
def _output(
    path: Path | None, stream: TextIO | None, *, newline: str | None, bom: bool
) -> Iterator[TextIO]:
    if path is None:
        out = stream if stream is not None else sys.stdout
        yield out
        out.flush()
        return
    path = Path(path).expanduser()
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InvalidInputError(f"{parent}: no such directory")
    if path.is_dir():
        raise InvalidInputError(f"{path}: is a directory")
    tmp = parent / f".{path.name}.{os.getpid()}.tmp"
    try:
        with open(
            tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline=newline, buffering=1 << 16
        ) as out:
            yield out
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def export_claims(
    desk: Verifier,
    claims: Sequence[Claim],
    fmt: str,
    path: Path | None = None,
    *,
    stream: TextIO | None = None,
    title: str | None = None,
    scope: str | None = None,
    sources: bool = False,
    org: str | None = None,
    url_template: str | None = None,
    articles: Sequence[Article] | None = None,
    **options: Any,
) -> ExportResult:
    """Write ``claims`` as ``fmt`` to ``path`` (or ``stream``, default stdout).

    Options: ``title`` and ``scope`` (a line saying which claims, e.g. "status: verified") for
    md/html; ``sources`` for csv (one row per source); ``org`` and ``url_template`` override the
    config for claimreview; ``articles`` for json (default: the articles the claims belong to;
    pass ``desk.articles()`` to include every article). Claims are written in reading order (by
    article, then position) except json, which keeps them sorted by id.

    Raises :class:`~verifier.errors.InvalidInputError` for an unknown format or option, and
    :class:`ClaimReviewSettingsError` when ClaimReview lacks its publisher settings; both before
    anything is written.
    """
    if fmt not in FORMATS:
        raise InvalidInputError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    if options:
        raise InvalidInputError(f"unknown export option(s): {', '.join(sorted(options))}")
    if path is not None and Path(path).expanduser().resolve() == desk.path.expanduser().resolve():
        raise InvalidInputError(f"{path} is the database itself: choose another output file")
    config = desk.config
    publisher = (
        check_settings(config, org=org, url_template=url_template) if fmt == "claimreview" else None
    )
    index = ArticleIndex(desk.articles())
    result = ExportResult(format=fmt, path=Path(path) if path is not None else None)

    if fmt == "json":
        wanted = {c.article_id for c in claims if c.article_id}
        chosen = (
            list(articles)
            if articles is not None
            else [a for a in index.articles.values() if a.id in wanted]
        )
        chosen.sort(key=lambda a: (a.ingested_at, a.id))
        with _output(path, stream, newline=None, bom=False) as out:
            result.articles, result.claims = write_json(
                out, chosen, sorted(claims, key=lambda c: c.id), exported_by=desk.user
            )
        return result

    ordered = sorted(claims, key=claim_sort_key(index.order))
    if fmt in ("md", "html"):
        with _output(path, stream, newline=None, bom=False) as out:
            write_report(
                fmt, out, ordered, index, config, title=title, scope=readable_scope(scope, index)
            )
        result.claims = len(ordered)
    elif fmt == "csv":
        with _output(path, stream, newline="", bom=path is not None) as out:
            result.rows = write_csv(out, ordered, index, config, sources=sources)
        result.claims = len(ordered)
    else:
        assert publisher is not None
        with _output(path, stream, newline=None, bom=False) as out:
            outcome = write_claimreview(out, ordered, publisher, config, index)
        result.claims, result.skipped, result.gone = outcome.written, outcome.skipped, outcome.gone
        result.warnings.extend(outcome.warnings)
    return result
