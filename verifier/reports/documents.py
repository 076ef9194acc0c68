"""The verification report as Markdown or HTML, rendered from Jinja2 templates and streamed.

Both formats share the views in :mod:`verifier.reports.views`. HTML is rendered with autoescaping
on, so every piece of article or source text is escaped; Markdown has no autoescape of its own, so
its environment *finalizes* every ``{{ … }}`` through :func:`md_escape` (the Markdown analogue:
text cannot open a link, emphasis, a heading or raw HTML). Only values wrapped in :class:`MdRaw`
(links built here from http(s) urls) pass through.

The templates loop over a generator of claim views and are rendered with ``generate()``, so each
claim is written to the output as soon as it is rendered: memory stays flat for any size.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

from verifier import __version__
from verifier.config import Config
from verifier.models import Claim
from verifier.reports.views import ArticleIndex, Summary, chart_bars, claim_views, safe_url

TEMPLATES = Path(__file__).parent / "templates"
WRITE_BATCH = 2048  # template chunks joined per write (a few claims' worth)


class MdRaw(str):
    """Markdown that is already safe (built by this module); the finalizer leaves it alone."""

    __slots__ = ()


_MD_ESCAPES = str.maketrans(
    {
        **{c: "\\" + c for c in "\\`*_[]{}|~!"},
        "<": "&lt;",
        ">": "&gt;",
    }
)
_MD_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]{}|~!&<>]")
# Only an "&" that would start a character reference ("&amp;", "&#60;") needs escaping: "AT&T",
# "Q&A" and "R&D" stay as written.
_MD_ENTITY_START = re.compile(r"&(?=#?\w+;)")
_MD_ORDERED = re.compile(r"^(\d+)([.)])")


def md_escape(value: Any) -> str:
    """Text as literal Markdown: one line, no emphasis, links, headings or raw HTML."""
    if value is None:
        return ""
    if isinstance(value, MdRaw):
        return value
    if isinstance(value, int | float):
        return str(value)
    text = " ".join(str(value).split())
    if _MD_NEEDS_ESCAPE.search(text):  # most text needs none: skip the slower translate
        text = _MD_ENTITY_START.sub("&amp;", text).translate(_MD_ESCAPES)
    if not text:
        return text
    first = text[0]
    if first in "#+=-":  # would start a heading, list item or setext underline
        return "\\" + text
    if first.isdigit() and _MD_ORDERED.match(text):  # "1." would start an ordered list
        return _MD_ORDERED.sub(r"\1\\\2", text, count=1)
    return text


def md_link(text: Any, url: str | None) -> MdRaw:
    """``[text](<url>)`` for an http(s) url; just the escaped text otherwise."""
    label = md_escape(text)
    href = safe_url(url)
    if href is None:
        return MdRaw(label)
    href = href.replace("<", "%3C").replace(">", "%3E")
    return MdRaw(f"[{label}](<{href}>)")


@cache
def _environment(kind: str) -> Environment:
    if kind == "html":
        env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    else:
        env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=False,
            finalize=md_escape,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters["link"] = md_link
    env.filters["safe_url"] = safe_url
    return env


def template(kind: str) -> Template:
    name = "report.html.j2" if kind == "html" else "report.md.j2"
    return _environment(kind).get_template(name)


def report_context(
    claims: Sequence[Claim],
    articles: ArticleIndex,
    config: Config,
    *,
    title: str | None = None,
    scope: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    summary = Summary.of(claims)
    generated = (now or datetime.now(UTC)).replace(microsecond=0)
    return {
        "title": title or "Verification report",
        "scope": scope,
        "organisation": config.organisation_name,
        "organisation_href": safe_url(config.organisation_url),
        "generated": generated.strftime("%Y-%m-%d %H:%M UTC"),
        "generator": f"verifier {__version__}",
        "summary": summary,
        "bars": chart_bars(summary),
        "chart_height": 22 * len(summary.rows),
        "claims": claim_views(claims, articles, config, summary.corroborations),
    }


def write_report(
    kind: str,
    out: TextIO,
    claims: Sequence[Claim],
    articles: ArticleIndex,
    config: Config,
    *,
    title: str | None = None,
    scope: str | None = None,
    now: datetime | None = None,
) -> None:
    """Render the report into ``out`` claim by claim (``kind`` is "md" or "html")."""
    context = report_context(claims, articles, config, title=title, scope=scope, now=now)
    tmpl = template(kind)
    # Render claim by claim, but hand the output a few large strings rather than a million tiny
    # ones: the template's generator is consumed in batches, joined in C (itertools.islice).
    chunks = tmpl.root_render_func(tmpl.new_context(context))
    while text := "".join(islice(chunks, WRITE_BATCH)):
        out.write(text)
