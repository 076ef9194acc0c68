"""Verification reports and interchange formats, headless (the CLI and the TUI both call this).

One entry point, :func:`export_claims`, writes the given claims in one of :data:`FORMATS`:

- ``md`` / ``html``: the verification report (summary, then each claim with its verdict,
  attributions, corroborating sources and history in brief), rendered from Jinja2 templates in
  ``templates/`` (HTML with autoescaping) and streamed claim by claim;
- ``csv``: one row per claim, or one per source with ``sources=True``, formula-safe;
- ``json``: the records themselves with a format version (:mod:`.interchange` merges it back);
- ``claimreview``: schema.org ClaimReview JSON-LD for the claims with a verdict (:mod:`.claimreview`).

Writing to a regular file goes through a temporary file in the same directory that replaces it
only when complete, so a failed export never leaves half a report behind; a symbolic link is
followed (its target is replaced, the link stays), and a named pipe, a terminal or another
character device is written to as a stream (see :func:`_output`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
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


_PROC = Path("/proc")
_REFUSED = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISBLK, "a block device"),
)


def _follow_links(path: Path) -> Path | None:
    """``path`` with its symbolic links followed, or None when they lead into ``/proc``: there
    ``/dev/stdout`` or ``/dev/fd/3`` is a process's open file, not a name that can be replaced."""
    current = Path.cwd() / path
    for _ in range(40):
        folder = Path(os.path.realpath(current.parent))
        if folder == _PROC or _PROC in folder.parents:
            return None
        current = folder / current.name
        if not current.is_symlink():
            return current
        current = folder / os.readlink(current)  # relative to the link's folder, or absolute
    raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))


def _destination(path: Path) -> tuple[Path, bool]:
    """Where an export to ``path`` goes: (the file to write, whether to write it as a stream).

    - A regular file, or a new one, is replaced atomically. A symbolic link is followed: its
      target is replaced and the link stays (a dangling link creates its target, as the shell's
      ``>`` would, when the target's folder exists).
    - A named pipe or a character device (a terminal, ``/dev/null``), or a process's open file
      (``/dev/stdout``, ``/proc/self/fd/N``), is written to directly, appended to, never replaced.
    - A directory, a socket or a block device is refused with a one-line InvalidInputError.
    """
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:  # a link loop, a folder we may not enter
        raise InvalidInputError(f"{path}: {exc.strerror or exc}") from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode):
            return path, True
        kind = next((name for test, name in _REFUSED if test(st.st_mode)), "not a regular file")
        raise InvalidInputError(f"{path}: is {kind}; export to a file, a named pipe or a terminal")
    try:
        real = _follow_links(path)
    except OSError as exc:
        raise InvalidInputError(f"{path}: {exc.strerror or exc}") from None
    if real is None:
        return path, True
    if st is None and not real.parent.is_dir():
        if os.path.islink(path):
            raise InvalidInputError(
                f"{path}: a symbolic link to {real}, whose folder does not exist"
            )
        parent = path.parent if str(path.parent) else Path(".")
        raise InvalidInputError(f"{parent}: no such directory")
    return real, False


@contextlib.contextmanager
def _output(
    path: Path | None, stream: TextIO | None, *, newline: str | None, bom: bool
) -> Iterator[TextIO]:
    """The text stream an export writes to: ``stream`` (default stdout) without a path;
    otherwise what :func:`_destination` decides. A CSV's byte order mark (``bom``, for
    spreadsheets opening a file) is written to regular files only."""
    if path is None:
        out = stream if stream is not None else sys.stdout
        yield out
        out.flush()
        return
    target, as_stream = _destination(Path(path).expanduser())
    if as_stream:
        # append: a FIFO or device ignores it, and `-o /dev/stdout >> log` keeps the log
        with open(target, "a", encoding="utf-8", newline=newline) as out:
            yield out
        return
    tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
    try:
        with open(
            tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline=newline, buffering=1 << 16
        ) as out:
            yield out
        with contextlib.suppress(FileNotFoundError, PermissionError):
            os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))  # keep a replaced file's mode
        os.replace(tmp, target)
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
