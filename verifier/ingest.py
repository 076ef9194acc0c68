"""Ingest: an article goes in (a file, a URL or standard input), its claims come out as records.

Reading is strict, because everything downstream points into the text by character offset: the
text is stored exactly as decoded, and input that is not text (binary, undecodable, empty, too
large, a directory) is refused with a one-line reason before anything is written. HTML goes
through trafilatura, which finds the main text and the metadata (title, author, date, site).

Ingesting is idempotent: the same text again changes nothing. A new version of an article (same
URL or same file) replaces its text, and every claim whose text is still there keeps the work
done on it (status, sources, notes, history); a claim whose text disappeared is kept and marked
as no longer in the article.
"""

from __future__ import annotations

import json
import re
import socket
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import urlsplit

import platformdirs

from verifier import ids
from verifier.errors import InvalidInputError, VerifierError
from verifier.models import (
    Article,
    Attribution,
    Claim,
    ClaimKind,
    ClaimOrigin,
    HistoryEntry,
    SentenceScore,
    Span,
    Status,
    TextSpan,
    check_web_url,
    parse_date,
    utcnow,
)
from verifier.service import Verifier, attributions_corrected, has_work

if TYPE_CHECKING:  # extraction itself loads on first use
    from verifier.extract.segment import Segment

MAX_BYTES = 10 * 1024 * 1024  # 10 MB: far beyond any article, small enough to never hang the desk
FETCH_TIMEOUT = 20.0
Progress = Callable[[str, float], None]

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file (save the article as text or HTML first)",
    b"PK\x03\x04": "a ZIP/Office file (save the article as text or HTML first)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


class IngestError(VerifierError):
    """Input that cannot become an article; the database is untouched."""


@dataclass
class ArticleMeta:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None

    def merged(self, overrides: ArticleMeta) -> ArticleMeta:
        """What was detected, with every override a person gave taking precedence."""
        return ArticleMeta(
            **{k: getattr(overrides, k) or getattr(self, k) for k in self.__dataclass_fields__}
        )


@dataclass
class Document:
    text: str
    origin: str  # a resolved path, a URL, or "<stdin>"
    meta: ArticleMeta = field(default_factory=ArticleMeta)


@dataclass
class IngestResult:
    article: Article
    created: bool
    claims_added: int = 0
    claims_kept: int = 0
    claims_dropped: int = 0
    unchanged: bool = False
    message: str = ""
    # claims that left the article while carrying a verdict: (id, status), for the summary
    dropped_verdicts: list[tuple[str, str]] = field(default_factory=list)
    # (claim no longer in the article, the new claim that likely rewords it)
    revisions: list[tuple[str, str]] = field(default_factory=list)
    # the same, for claims with work on them (a verdict, sources, notes, corrections)
    reworded: list[tuple[str, str]] = field(default_factory=list)
    # reworded claims given attribution corrections
    carried: list[str] = field(default_factory=list)


# -- reading -----------------------------------------------------------------------------------
# The sample article's headline (the file holds only the body, as pasted from the page).
SEED_TITLE = "Russia warns South Korea against arms supplies to Ukraine"


def seed_path() -> Path:
    """The bundled sample article (inside an installed wheel, or the repository's seeds/)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        path = candidate / "russia-warns-south-korea.txt"
        if path.is_file():
            return path
    raise IngestError("the bundled sample article is missing from this installation")


def _is_seed_text(text: str) -> bool:
    """Whether ``text`` is the bundled sample article's."""
    try:
        return seed_path().read_text(encoding="utf-8") == text
    except (IngestError, OSError, UnicodeDecodeError):
        return False


def demo_database_path() -> Path:
    return Path(platformdirs.user_data_dir("verifier")) / "demo.json"


def decode(raw: bytes, origin: str, charset: str | None = None) -> str:
    """Bytes to text, refusing what is not text. Only a leading BOM is dropped."""
    if not raw.strip():
        raise IngestError(f"{origin}: the file is empty")
    for signature, what in _BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            raise IngestError(f"{origin}: this is {what}, not an article")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        if b"\x00" in raw[:65536]:
            raise IngestError(f"{origin}: binary data (NUL bytes), not a text article")
        encodings = ["utf-8-sig"] if charset is None else [charset, "utf-8-sig"]
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    else:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise IngestError(
                f"{origin}: not UTF-8 text (undecodable byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                "convert it to UTF-8 first"
            ) from None
        raise IngestError(f"{origin}: cannot decode the text")
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise IngestError(f"{origin}: mostly control characters, not a text article")
    if not text.strip():
        raise IngestError(f"{origin}: the file holds only whitespace")
    return text


def looks_like_html(text: str, name: str = "", content_type: str = "") -> bool:
    if "html" in content_type.lower() or name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def from_html(html: str, origin: str) -> Document:
    """Main text and metadata of a web page, by trafilatura (no hand-written tag stripping).

    Four corrections to what trafilatura gives: the published date is only one the page states
    (see ``published_date``), never one its date search found in the text; its headings (the
    ``<h1>`` headline, ``<h2>`` subheads) stand alone as paragraphs in the text, as in a
    plain-text article, so extraction sees them as headings, not claims; the author is kept as
    the page writes it (trafilatura drops the full stops of initials: "Priya K. Raman" came out
    "Priya K Raman"); and without a site name the publisher is the site the ``<title>`` names
    after the headline ("... | The Daily Ledger"), not the domain.
    """
    import trafilatura  # imported here: it takes a moment to load and plain text does not need it
    from trafilatura.utils import load_html

    tree = load_html(html)
    page_title = (
        " ".join((tree.findtext(".//head//title") or "").split()) if tree is not None else ""
    )
    if tree is not None and not _has_text_outside_links(tree):
        # a menu, a list of links: trafilatura would give their words ("Home") as the text
        raise IngestError(f"{origin}: no article text found in this HTML page")
    # read before trafilatura works on the tree; its own date is not used (see published_date)
    stated = _stated_dates(tree) if tree is not None else []
    extracted = trafilatura.bare_extraction(
        tree if tree is not None else html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # no search of the text for a date (its date is ignored anyway: this only saves the time)
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None:
        data: dict[str, Any] = {}
    elif isinstance(extracted, dict):
        data = extracted
    else:
        data = extracted.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise IngestError(f"{origin}: no article text found in this HTML page")
    url = data.get("url")
    try:
        url = check_web_url(url) if url else None
    except ValueError:
        url = None
    title = data.get("title")
    text = _set_off_headings(text, data.get("body"), title)
    publisher = data.get("sitename")
    hosts = _hosts(data.get("hostname"), url)
    if not publisher or publisher.lower().removeprefix("www.") in hosts:
        publisher = _site_from_title(page_title, hosts) or publisher
    author = data.get("author")
    page_url = url or (origin if origin.lower().startswith(("http://", "https://")) else None)
    published = published_date(stated + ([page_url] if page_url else []))
    meta = ArticleMeta(
        title=_strip_site(title, publisher) if title else title,
        publisher=publisher,
        url=url,
        author=_as_written(author, html) if author else byline_author(text),
        published=published.isoformat() if published else None,
    )
    return Document(text=text + "\n", origin=origin, meta=meta)


# elements whose words are never an article's: links, menus, the page's footer, code, controls
# (not <header>, which may hold an article's standfirst, nor <form>, which may wrap a whole page)
_NOT_ARTICLE_TEXT = (
    "a", "nav", "footer", "menu", "script", "style", "noscript", "template", "button", "select",
    "option", "svg",
)  # fmt: skip
_TEXT_OUTSIDE_LINKS = (
    "//body//text()[not(" + " or ".join(f"ancestor::{tag}" for tag in _NOT_ARTICLE_TEXT) + ")]"
)


def _has_text_outside_links(tree: Any) -> bool:
    """Whether the page's body has any word that is not in a link, a menu or a footer:
    a page whose body is only navigation ("<nav><a href="/">Home</a></nav>") has no article, and
    an article of one short paragraph has one. A page without a <body> is left to trafilatura."""
    try:
        if tree.find(".//body") is None:
            return True
        return any(re.search(r"\w", str(t)) for t in tree.xpath(_TEXT_OUTSIDE_LINKS))
    except (AttributeError, ValueError):
        return True


# -- the published date ---------------------------------------------------------------------------
# A page's published date is a published fact (ClaimReview's datePublished), so it is taken only
# from what the page states as its date: its meta tags, its JSON-LD, a <time datetime>, its URL.
# Never from the text: trafilatura's date search (htmldate) takes a year from anywhere ("2000
# soldiers" gave 2000-01-01), and a date the text mentions is not the date it was published.
EARLIEST_PUBLISHED = date(1990, 1, 1)

# meta tags (property, name or itemprop, lower-cased) that give the date a page was first published
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "article.published",
    "article_date_original",
    "datepublished",
    "date_published",
    "published_time",
    "published-date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "pub_date",
    "publication_date",
    "originalpublicationdate",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "citation_online_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
)
_ARTICLE_TYPES = re.compile(r"article|posting|report|claimreview", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T|$)")
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)(?:/(\d\d?)/(\d\d?)|-(\d\d)-(\d\d)|(\d\d)(\d\d))(?=[/_.-]|$)"
)
_MONTHS = {
    m: n
    for n, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        1,
    )
    for m in names
}
_WORD_DATE = re.compile(
    r"(?:(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))",
    re.IGNORECASE,
)


def _stated_dates(tree: Any) -> list[str]:
    """The dates a page states as its publication date, most trusted first: its meta tags, its
    JSON-LD ``datePublished``, microdata ``datePublished``, a ``<time datetime>`` marked as the
    publication time, then another ``<time datetime>`` outside the running text. Text only."""
    metas: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        key = (
            element.get("property") or element.get("name") or element.get("itemprop") or ""
        ).lower()
        value = (element.get("content") or "").strip()
        if key in _PUBLISHED_META and value:
            metas.setdefault(key, []).append(value)
    found = [value for key in _PUBLISHED_META for value in metas.get(key, [])]
    found += _json_ld_dates(tree)
    for element in tree.iter():
        if (
            isinstance(element.tag, str)
            and element.tag != "meta"
            and (element.get("itemprop") or "").lower() == "datepublished"
        ):
            value = element.get("datetime") or element.get("content")
            if value:
                found.append(value)
    marked, other = [], []
    for element in tree.iter("time"):
        value = element.get("datetime")
        if not value:
            continue
        hints = " ".join(element.get(a) or "" for a in ("class", "id", "itemprop")).lower()
        if element.get("pubdate") is not None or "publish" in hints:
            marked.append(value)
        elif not any(parent.tag in ("p", "li", "blockquote") for parent in element.iterancestors()):
            other.append(value)  # a <time> in a paragraph marks a date the text mentions
    return found + marked + other


def _json_ld_dates(tree: Any) -> list[str]:
    """``datePublished`` in the page's JSON-LD: the outermost first (the page's own, not that of a
    thing it reviews), an article's before another type's."""
    found: list[tuple[int, bool, int, str]] = []

    def walk(node: Any, depth: int, article: bool) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, depth, article)
        elif isinstance(node, dict):
            kinds = node.get("@type")
            kinds = " ".join(kinds) if isinstance(kinds, list) else str(kinds or "")
            is_article = bool(_ARTICLE_TYPES.search(kinds))
            value = node.get("datePublished")
            if isinstance(value, str) and value.strip():
                found.append((depth, not is_article, len(found), value))
            for key, child in node.items():
                if key != "datePublished":
                    walk(child, depth + (0 if key == "@graph" else 1), is_article)

    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            walk(json.loads(script.text or "", strict=False), 0, False)
        except ValueError:
            continue
    return [value for *_, value in sorted(found)]


def _parse_stated(value: str) -> tuple[date, datetime | None] | None:
    """The date a metadata value or a URL states, with its time when it gives one with a zone."""
    value = value.strip()
    if "://" in value or value.startswith("/"):
        path = urlsplit(value).path
        m = _URL_DATE.search(path)
        if m is None:
            return None
        year = m.group(1)
        month, day = next((m.group(i), m.group(i + 1)) for i in (2, 4, 6) if m.group(i))
        parts: tuple[str, str, str] | None = (year, month, day)
        value = ""
    else:
        parts = None
    moment: datetime | None = None
    try:
        if parts is None:
            m = _ISO_DATE.match(value) or _COMPACT_DATE.match(value)
            if m is not None:
                parts = (m.group(1), m.group(2), m.group(3))
                try:
                    moment = datetime.fromisoformat(value)
                except ValueError:
                    moment = None
        if parts is None:
            m = _WORD_DATE.search(value)
            if m is not None:
                day, month, year = (
                    (m.group(1), m.group(2), m.group(3))
                    if m.group(1)
                    else (m.group(5), m.group(4), m.group(6))
                )
                number = _MONTHS.get(month.lower())
                if number is None:
                    return None
                parts = (year, str(number), day)
        if parts is None:
            try:
                moment = parsedate_to_datetime(value)  # "Tue, 11 Feb 2025 08:00:00 GMT"
            except (TypeError, ValueError, IndexError):
                return None
            return moment.date(), moment if moment.tzinfo is not None else None
        stated = date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return stated, moment if moment is not None and moment.tzinfo is not None else None


def published_date(stated: list[str], now: datetime | None = None) -> date | None:
    """The first of the stated dates (metadata values, the page's URL) that is a real date from
    1990 on and not in the future; None when there is none. The date is the one written: a time
    given with a zone is not moved to another zone (a page says it was published on the 11th)."""
    now = now or datetime.now(UTC)
    # a date with no time is in the future only once it is tomorrow everywhere (UTC+14)
    latest = (now + timedelta(hours=14)).date()
    for value in stated:
        parsed = _parse_stated(value)
        if parsed is None:
            continue
        day, moment = parsed
        if day < EARLIEST_PUBLISHED or day > latest or (moment is not None and moment > now):
            continue
        return day
    return None


def from_text(text: str, origin: str) -> Document:
    """A plain-text or Markdown article, exactly as decoded; its byline gives the author, its
    wire dateline's agency the publisher ("LONDON, March 12 (Reuters) - ..."). Never a published
    date: a date in the text (even the byline's) is not taken as one (see ``published_date``)."""
    from verifier.extract.segment import segment  # extraction loads on first use

    segments = segment(text)  # once, for the byline and the dateline
    meta = ArticleMeta(author=byline_author(text, segments), publisher=wire_agency(text, segments))
    return Document(text=text, origin=origin, meta=meta)


BYLINE_WITHIN = 6  # a byline sits under the headline: among the first sentences of the text


def byline_author(text: str, segments: Sequence[Segment] | None = None) -> str | None:
    """The author(s) the article's byline names ("By Margaret L. Okafor"; two or more joined by
    "; ", as trafilatura joins them), else the reporters its wire credit line names
    ("(Reporting by A; Editing by B)" gives A), else None. ``segments``: ``segment(text)``,
    when the caller has it."""
    from verifier.extract.segment import byline_names, segment  # extraction loads on first use

    credited: list[str] = []
    for number, s in enumerate(segment(text) if segments is None else segments):
        if s.skip_reason == "byline" and number < BYLINE_WITHIN:
            names = byline_names(text[s.start : s.end])
            if names:
                return "; ".join(names)
        elif s.skip_reason == "credit line" and not credited:
            credited = byline_names(text[s.start : s.end])
    return "; ".join(credited) or None


def wire_agency(text: str, segments: Sequence[Segment]) -> str | None:
    """The agency a wire story's dateline names ("KYIV (Reuters) - ..." gives "Reuters") when
    the dateline opens the story (among its first ``segments`` of ``text``), else None."""
    from verifier.extract.segment import dateline_agency  # extraction loads on first use

    for number, s in enumerate(segments):
        if number >= BYLINE_WITHIN:
            break
        if s.skip_reason == "dateline":
            line_end = text.find("\n", s.start)
            line = text[s.start : len(text) if line_end < 0 else line_end]
            agency = dateline_agency(line)  # the dateline with the words after it
            if agency:
                return agency
    return None


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _set_off_headings(text: str, body: Any, title: str | None) -> str:
    """The text with an empty line before and after each heading line (trafilatura puts one
    block on each line, so a heading is otherwise a line like any paragraph's)."""
    headings: dict[str, int] = {}
    if body is not None:
        for head in body.iter("head"):
            key = _collapse("".join(head.itertext()))
            if key:
                headings[key] = headings.get(key, 0) + 1
    lines = text.split("\n")
    marked = []
    for i, line in enumerate(lines):
        key = _collapse(line)
        is_head = headings.get(key, 0) > 0 or (
            i == 0 and title is not None and key == _collapse(title)
        )
        if is_head and key in headings:
            headings[key] -= 1
        marked.append(is_head and bool(key))
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and (marked[i] or marked[i - 1]) and line.strip() and lines[i - 1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


_TITLE_SITE = re.compile(r"^(?P<head>.*\S)\s+(?:\||-|–|—|·|::)\s+(?P<site>\S.*)$")


def _site_from_title(page_title: str, hosts: set[str]) -> str | None:
    """The site a page's ``<title>`` names after its headline ("Headline | The Daily Ledger",
    "Headline - BBC News"): a short name in capitals after the last separator, which the domain
    spells when the page's domain is known (so "Election night - Live Updates" names no site)."""
    m = _TITLE_SITE.match(page_title)
    if m is None:
        return None
    site = m.group("site").strip()
    words = site.split()
    if len(words) > 5 or len(site) > 60 or site[-1] in ".!?:;,\"'”’":
        return None
    small = {"the", "of", "and", "&", "for", "on", "in", "de", "la", "le", "a"}
    if not (site[0].isupper() or site[0].isdigit()) or not all(
        w[0].isupper() or w[0].isdigit() or w.lower() in small for w in words
    ):
        return None
    if hosts:
        spelt = {re.sub(r"[^a-z0-9]", "", h) for h in hosts}
        parts = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in words]
        keys = [w for w in parts if len(w) >= 3 and w not in small]
        keys += ["".join(parts), "".join(w[:1] for w in parts if w not in small)]
        if not any(len(k) >= 3 and k in h for k in keys for h in spelt):
            return None
    return site


def _strip_site(title: str, site: str | None) -> str:
    """The title without the site name it ends with ("Headline | The Daily Ledger")."""
    if not site:
        return title
    m = _TITLE_SITE.match(title)
    if m is not None and _collapse(m.group("site")).lower() == _collapse(site).lower():
        return m.group("head")
    return title


def _hosts(hostname: str | None, url: str | None) -> set[str]:
    """The page's domain names, lower-cased, without "www."."""
    found = (hostname, urlsplit(url).hostname if url else None)
    return {h.lower().removeprefix("www.") for h in found if h}


def _as_written(authors: str, html: str) -> str:
    """trafilatura's author names ("Priya K Raman; Tom R Delgado") as the page writes them, with
    the full stops it dropped ("Priya K. Raman; Tom R. Delgado"). A name not found is kept."""
    source = unescape(html)
    names = []
    for name in authors.split(";"):
        words = name.split()
        if not words:
            continue
        # an initial's full stop may touch the next word ("J.R.R. Tolkien"); others are spaced
        gaps = [r"(?:\.\s*|\s+)" if len(w) == 1 else r"\.?\s+" for w in words[:-1]]
        pattern = "".join(re.escape(w) + gap for w, gap in zip(words, gaps, strict=False))
        found = re.search(r"(?<![\w.@])" + pattern + re.escape(words[-1]) + r"(?![\w@])", source)
        written = _collapse(found.group()) if found else " ".join(words)
        last = words[-1]
        if (
            found
            and source[found.end() : found.end() + 1] == "."
            and (len(last) == 1 or last in ("Jr", "Sr"))
        ):
            written += "."
        names.append(written)
    return "; ".join(names)


def read_bytes_capped(handle: BinaryIO, origin: str, limit: int = MAX_BYTES) -> bytes:
    raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise IngestError(
            f"{origin}: larger than {limit // (1024 * 1024)} MB; that is not a single article"
        )
    return raw


def read_file(path: Path) -> Document:
    origin = str(path)
    if not path.exists():
        raise IngestError(f"{origin}: no such file")
    if path.is_dir():
        raise IngestError(f"{origin}: is a directory (give the article files inside it)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(
                f"{origin}: {size / (1024 * 1024):.0f} MB is larger than {MAX_BYTES // (1024 * 1024)} MB; "
                "that is not a single article"
            )
        with path.open("rb") as handle:
            raw = read_bytes_capped(handle, origin)
    except PermissionError:
        raise IngestError(f"{origin}: permission denied") from None
    except OSError as exc:
        raise IngestError(f"{origin}: cannot read ({exc.strerror or exc})") from None
    text = decode(raw, origin)
    resolved = str(path.resolve())
    if looks_like_html(text, path.name):
        doc = from_html(text, resolved)
        return doc
    return from_text(text, resolved)


def read_stdin(stream: BinaryIO | None = None) -> Document:
    handle = stream if stream is not None else sys.stdin.buffer
    raw = read_bytes_capped(handle, "<stdin>")
    text = decode(raw, "standard input")
    if looks_like_html(text):
        return from_html(text, "<stdin>")
    return from_text(text, "<stdin>")


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a page must not bounce the fetch to ftp: or file:."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        try:
            check_web_url(newurl)
        except ValueError:
            raise IngestError(
                f"{req.full_url}: redirected to {newurl}, which is not an http(s) URL"
            ) from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_WebOnlyRedirects)


def fetch_url(url: str, *, timeout: float = FETCH_TIMEOUT, limit: int = MAX_BYTES) -> Document:
    """GET an http(s) URL with a timeout and a size cap; any network failure is one clear line."""
    try:
        url = check_web_url(url)
    except ValueError as exc:
        raise IngestError(f"{url}: {exc}") from None
    request = urllib.request.Request(
        url, headers={"User-Agent": "verifier/0.1 (fact-checking tool)"}
    )
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise IngestError(f"{url}: the page is larger than {limit // (1024 * 1024)} MB")
            raw = read_bytes_capped(response, url, limit)
            content_type = response.headers.get("Content-Type", "")
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise IngestError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            raise IngestError(f"{url}: no answer within {timeout:g} s") from None
        raise IngestError(
            f"{url}: cannot reach it ({getattr(reason, 'strerror', None) or reason})"
        ) from None
    except TimeoutError:
        raise IngestError(f"{url}: no answer within {timeout:g} s") from None
    except OSError as exc:
        raise IngestError(f"{url}: network error ({exc.strerror or exc})") from None
    text = decode(raw, url, charset)
    if looks_like_html(text, content_type=content_type):
        doc = from_html(text, final_url)
    else:
        doc = from_text(text, final_url)
    doc.meta.url = doc.meta.url or final_url
    return doc


def read_input(spec: str, stdin: BinaryIO | None = None) -> Document:
    """A path, an http(s) URL, or "-" for standard input."""
    if spec == "-":
        return read_stdin(stdin)
    if spec.lower().startswith(("http://", "https://")):
        return fetch_url(spec)
    if "://" in spec or spec.lower().startswith(("javascript:", "file:", "data:")):
        raise IngestError(f"{spec}: only http and https URLs can be fetched (or give a file path)")
    return read_file(Path(spec).expanduser())


# -- extracting and saving -----------------------------------------------------------------------
def _extract(text: str) -> Any:
    from verifier.extract import extract  # the extractor loads its model on first use

    return extract(text)


def ingest_document(
    desk: Verifier,
    doc: Document,
    overrides: ArticleMeta | None = None,
    progress: Progress | None = None,
    *,
    version_of: str | None = None,
) -> IngestResult:
    """Store the document as an article and its claims; see the module docstring for the rules.

    ``version_of`` names the article this document is a new version of, when neither its URL nor
    its file says so (a revision saved under another name).
    """
    report = progress or (lambda _message, _fraction: None)
    if version_of is not None:
        version_of = desk.article(version_of).id  # an unknown id fails before any work
    meta = doc.meta.merged(overrides or ArticleMeta())
    try:
        published = parse_date(meta.published) if meta.published else None
        url = check_web_url(meta.url) if meta.url else None
    except ValueError as exc:
        raise InvalidInputError(f"{doc.origin}: {exc}") from None
    digest = ids.content_hash(doc.text)

    existing = [a for a in desk.repo.articles.all()]
    same = next((a for a in existing if a.content_hash == digest), None)
    if same is not None:
        given = overrides or ArticleMeta()
        fields = {k: getattr(given, k) for k in given.__dataclass_fields__ if getattr(given, k)}
        if fields:  # the same text with details a person gave: correct the article's metadata
            updated, changed_fields = desk.edit_article(same.id, **fields)
            what = ", ".join(changed_fields) or "nothing changed"
            return IngestResult(
                article=updated,
                created=False,
                unchanged=not changed_fields,
                message=f"{doc.origin}: already ingested as article {same.id}; details updated: {what}",
            )
        return IngestResult(
            article=same,
            created=False,
            unchanged=True,
            message=f"{doc.origin}: already ingested as article {same.id}; nothing changed",
        )

    report(f"extracting claims from {doc.origin}", 0.1)
    extraction = _extract(doc.text)
    report("saving", 0.8)

    with desk.repo.transaction():
        articles = desk.repo.articles.all()  # the latest, under the lock
        same = next((a for a in articles if a.content_hash == digest), None)
        if same is not None:
            return IngestResult(
                same,
                False,
                unchanged=True,
                message=f"{doc.origin}: already ingested as article {same.id}",
            )
        previous: Article | None
        if version_of is not None:
            previous = desk.article(version_of)
        else:
            previous = _previous_version(articles, url, doc.origin)
        if previous is None:
            earlier = next((a for a in articles if a.id == ids.article_id(digest)), None)
            if earlier is not None:
                # the text this article was first ingested from, after it was updated: never
                # silently take the article back to it (nor overwrite it as a new article)
                return IngestResult(
                    earlier,
                    False,
                    unchanged=True,
                    message=(
                        f"{doc.origin}: an earlier version of article {earlier.id}, which has been "
                        "updated since; nothing changed (to go back to this text, ingest it with "
                        f"--version-of {earlier.id})"
                    ),
                )
        similar = _similar_article(articles, desk, extraction) if previous is None else None
        article = Article(
            id=previous.id if previous else ids.article_id(digest),
            text=doc.text,
            title=meta.title or (previous.title if previous else None) or _fallback_title(doc),
            publisher=meta.publisher or (previous.publisher if previous else None),
            url=url or (previous.url if previous else None),
            author=meta.author or (previous.author if previous else None),
            published=published or (previous.published if previous else None),
            content_hash=digest,
            origin=doc.origin,
            sentences=[
                SentenceScore(start=s.start, end=s.end, score=s.score) for s in extraction.sentences
            ],
            history=list(previous.history) if previous else [],
        )
        desk.repo.articles.put(article)
        result = _save_claims(desk, article, extraction, replacing=previous is not None)
        if previous is None:
            entry = _entry(desk, "ingested", None, doc.origin, detail=doc.origin)
        else:
            entry = _entry(
                desk,
                "new_version",
                previous.content_hash,
                digest,
                detail=f"{doc.origin}: {result.claims_added} new claims, {result.claims_kept} kept, "
                f"{result.claims_dropped} no longer in the article",
            )
        article.history.append(entry)
        desk.repo.articles.put(article)
    report("done", 1.0)
    result.created = previous is None
    if previous is None:
        result.message = (
            f"article {article.id}: {_count(result.claims_added, 'claim')} "
            f"from {_count(len(extraction.sentences), 'sentence')}"
        )
        headline = next((s for s in extraction.sentences if s.skip_reason == "heading"), None)
        if (
            not meta.title
            and headline is not None
            and headline.start == _first_line_start(doc.text)
        ):
            result.message += (
                f"; its first line is taken as the headline (the title, not a claim): "
                f"“{article.title}” (`verifier article edit {article.id} --title` to change it)"
            )
        if similar is not None:
            result.message += (
                f"; it looks like a new version of article {similar[0].id} "
                f"({similar[1]} of its claims are the same). To make it one instead: "
                f"`verifier article remove {article.id}`, then ingest this file again with "
                f"--version-of {similar[0].id}"
            )
    else:
        result.message = (
            f"article {article.id} updated: {result.claims_added} new claims, {result.claims_kept} kept with their work, "
            f"{result.claims_dropped} no longer in the article"
        )
        if result.dropped_verdicts:
            revised = dict(result.revisions)
            listed = ", ".join(
                f"{i} ({st.replace('_', ' ')}"
                + (f", reworded as {revised[i]})" if i in revised else ")")
                for i, st in result.dropped_verdicts
            )
            result.message += (
                f"; {_count(len(result.dropped_verdicts), 'verdict')} on claims no longer in the "
                f"article: {listed} (see `verifier show ID`)"
            )
        with_verdict = {i for i, _ in result.dropped_verdicts}
        others = [(o, n) for o, n in result.reworded if o not in with_verdict]
        if others:
            listed = ", ".join(f"{o} → {n}" for o, n in others)
            result.message += f"; reworded, with work on the old wording: {listed}"
        if result.carried:
            result.message += (
                f"; attribution corrections carried over to {', '.join(result.carried)}"
            )
    return result


def _first_line_start(text: str) -> int:
    return len(text) - len(text.lstrip())


def _similar_article(
    articles: list[Article], desk: Verifier, extraction: Any
) -> tuple[Article, int] | None:
    """An article most of whose claims this text repeats (at least half, at least 3)."""
    new = {ids.normalise_text(s.text) for s in extraction.claims}
    if not new:
        return None
    by_article: dict[str, set[str]] = {}
    for claim in desk.repo.claims.all():
        if claim.article_id is not None and claim.in_article:
            by_article.setdefault(claim.article_id, set()).add(ids.normalise_text(claim.text))
    best: tuple[Article, int] | None = None
    for article in articles:
        old = by_article.get(article.id, set())
        same = len(old & new)
        if same >= 3 and same * 2 >= len(old) and (best is None or same > best[1]):
            best = (article, same)
    return best


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _fallback_title(doc: Document) -> str | None:
    """A title when none was given or found: the headline line, a short first line, else the
    file's name. The bundled sample article is the body alone, so it gets its known headline
    here, the same wherever it is ingested from (`verifier demo`, the CLI, a copy)."""
    from verifier.extract.segment import headline_span, markup_span  # loads on first use

    if _is_seed_text(doc.text):
        return SEED_TITLE
    headline = headline_span(doc.text)
    if headline is not None:
        line = doc.text[headline[0] : headline[1]].lstrip("#").strip()  # "# Headline" in Markdown
        a, b, _ = markup_span(line)  # "**Headline**"
        line = line[a:b]
        return line[:-1] if line.endswith(".") and not line.endswith("..") else line
    first = doc.text.strip().splitlines()[0].strip() if doc.text.strip() else ""
    if first and len(first) <= 120 and not first.endswith((".", "!", "?", ":")):
        return first
    if doc.origin and doc.origin != "<stdin>" and "://" not in doc.origin:
        stem = Path(doc.origin).stem.replace("-", " ").replace("_", " ").strip()
        return stem[:1].upper() + stem[1:] if stem else None
    return None


def _previous_version(articles: list[Article], url: str | None, origin: str) -> Article | None:
    """The article this document is a new version of: same URL, else same file."""
    if url:
        match = next((a for a in articles if a.url == url), None)
        if match:
            return match
    if origin and origin != "<stdin>":
        return next((a for a in articles if a.origin == origin), None)
    return None


def _relocate(attribution: Attribution, text: str, delta: int, near: int) -> Attribution:
    """A kept attribution's spans in a new version of the article: moved with its claim, or to
    the nearest place its words now are (left moved when they are gone)."""

    def move(span: TextSpan) -> TextSpan:
        start = max(0, min(len(text), span.start + delta))
        if text[start : start + len(span.text)] != span.text:
            before = text.rfind(span.text, 0, near + 1)
            after = text.find(span.text, near)
            found = [i for i in (before, after) if i >= 0]
            if found:
                start = min(found, key=lambda i: abs(i - near))
        return TextSpan(start=start, end=min(len(text), start + len(span.text)), text=span.text)

    content = attribution.content
    if content is not None:
        lo = max(0, min(len(text), content.start + delta))
        content = Span(start=lo, end=max(lo, min(len(text), content.end + delta)))
    return attribution.model_copy(
        update={
            "source": move(attribution.source),
            "cue": move(attribution.cue) if attribution.cue else None,
            "content": content,
        }
    )


def _save_claims(
    desk: Verifier, article: Article, extraction: Any, *, replacing: bool
) -> IngestResult:
    result = IngestResult(article=article, created=True)
    old_claims: dict[str, Claim] = {}
    for claim in desk.repo.claims.all():
        if claim.article_id == article.id:
            # a claim is found again by its text as extracted, even after a person corrected it
            for text in (_extracted_text(claim), claim.text):
                old_claims.setdefault(ids.normalise_text(text), claim)
    seen: set[str] = set()
    changed: list[Claim] = []
    new_claims: list[Claim] = []
    for sentence in extraction.claims:
        key = ids.normalise_text(sentence.text)
        seen.add(key)
        old = old_claims.get(key)
        if old is not None:
            # same claim text: keep every bit of work, refresh where it sits and what was extracted
            moved = (old.start, old.end) != (sentence.start, sentence.end)
            delta = sentence.start - old.start if old.start is not None else 0
            old.start, old.end = sentence.start, sentence.end
            if attributions_corrected(old):  # a person's correction outlives re-extraction
                old.attributions = [
                    _relocate(a, extraction.text, delta, sentence.start) for a in old.attributions
                ]
            else:
                old.attributions = list(sentence.attributions)
            old.quantities = list(sentence.quantities)
            old.mentions = list(sentence.mentions)
            old.score = sentence.score
            if not old.in_article:
                old.in_article = True
                desk.record(old, [_entry(desk, "back_in_article", False, True)])
            elif moved:
                old.updated_at = utcnow()
            changed.append(old)
            result.claims_kept += 1
            continue
        added, _ = add_extracted_claim(desk, article.id, sentence, ClaimOrigin.EXTRACTED)
        new_claims.append(added)
        result.claims_added += 1
    if replacing:
        for old in {c.id: c for c in old_claims.values()}.values():
            keys = {ids.normalise_text(_extracted_text(old)), ids.normalise_text(old.text)}
            if keys & seen or not old.in_article:
                continue
            if old.origin is not ClaimOrigin.EXTRACTED:
                found = article.text.find(old.text)
                if found >= 0 and old.start is not None:  # a promoted or typed claim: move it
                    old.start, old.end = found, found + len(old.text)
                    changed.append(old)
                    result.claims_kept += 1
                    continue
                if found >= 0 or old.start is None:
                    continue  # still there, or never placed in the text (a paraphrase typed by hand)
            old.in_article = False
            old.start = old.end = None
            revised = _likely_revision(old, new_claims)
            why = "not in the new version of the article"
            if revised is not None:
                why += f"; likely reworded as claim {revised.id}: “{revised.text}”"
            desk.record(old, [_entry(desk, "left_article", True, False, detail=why)])
            changed.append(old)
            result.claims_dropped += 1
            if old.status not in (Status.UNVERIFIED, Status.IN_PROGRESS):
                result.dropped_verdicts.append((old.id, old.status.value))
            if revised is not None:  # point the new wording at the work done on the old one
                desk.record(
                    revised, [_entry(desk, "revises", None, old.id, detail=_revision_note(old))]
                )
                carried = _carry_corrections(desk, old, revised)
                if carried:  # its own change: undo takes back the carry-over alone
                    desk.record(revised, [carried])
                    result.carried.append(revised.id)
                result.revisions.append((old.id, revised.id))
                if has_work(old):
                    result.reworded.append((old.id, revised.id))
                if revised not in changed:
                    changed.append(revised)
    desk.repo.claims.put_many(changed)
    return result


# share of words two wordings have in common (Jaccard) to call one a revision
REVISION_OVERLAP = 0.6


def _words(text: str) -> set[str]:
    return set(ids.normalise_text(text).split())


def _likely_revision(old: Claim, candidates: list[Claim]) -> Claim | None:
    """The new claim that most likely rewords ``old`` (a corrected figure, a changed verb)."""
    words = _words(old.text)
    best: tuple[float, Claim] | None = None
    for claim in candidates:
        other = _words(claim.text)
        union = words | other
        overlap = len(words & other) / len(union) if union else 0.0
        if overlap >= REVISION_OVERLAP and (best is None or overlap > best[0]):
            best = (overlap, claim)
    return best[1] if best else None


def _carry_corrections(desk: Verifier, old: Claim, new: Claim) -> HistoryEntry | None:
    """A person's corrections of the old wording's attributions, applied to the new wording's
    where the source is written the same way (recorded, so it can be undone)."""
    if not attributions_corrected(old):
        return None
    corrected = {(a.source.text, a.cue.text if a.cue else None): a for a in old.attributions}
    original = list(new.attributions)
    updated = []
    for a in original:
        fix = corrected.get((a.source.text, a.cue.text if a.cue else None))
        if fix is not None and (fix.name, fix.sourcing) != (a.name, a.sourcing):
            a = a.model_copy(update={"name": fix.name, "sourcing": fix.sourcing})
        updated.append(a)
    names = ", ".join(
        dict.fromkeys(a.name for a, b in zip(updated, original, strict=True) if a != b)
    )
    if not names:
        return None
    new.attributions = updated
    return _entry(
        desk,
        "attributions",
        [a.model_dump(mode="json") for a in original],
        [a.model_dump(mode="json") for a in updated],
        detail=f"corrections carried over from claim {old.id}: {names}",
    )


def _revision_note(old: Claim) -> str:
    status = old.status.value.replace("_", " ")
    return f"likely a revision of claim {old.id} ({status}): “{old.text}”"


def add_extracted_claim(
    desk: Verifier, article_id: str, sentence: Any, origin: ClaimOrigin
) -> tuple[Claim, bool]:
    """A claim record from an extracted sentence, with everything the extractor found in it."""
    return desk.add_claim(
        sentence.text,
        article=article_id,
        start=sentence.start,
        end=sentence.end,
        kind=sentence.kind,
        score=sentence.score,
        origin=origin,
        quantities=list(sentence.quantities),
        mentions=list(sentence.mentions),
        attributions=list(sentence.attributions),
    )


def _extracted_text(claim: Claim) -> str:
    """The claim's text as first recorded (before any correction by a person)."""
    created = next((e for e in claim.history if e.action == "created"), None)
    return created.after if created is not None and isinstance(created.after, str) else claim.text


def _entry(desk: Verifier, action: str, before: Any, after: Any, detail: str = "") -> HistoryEntry:
    return HistoryEntry(by=desk.user, action=action, before=before, after=after, detail=detail)


def ingest(
    desk: Verifier,
    spec: str,
    overrides: ArticleMeta | None = None,
    progress: Progress | None = None,
    stdin: BinaryIO | None = None,
    *,
    version_of: str | None = None,
) -> IngestResult:
    """Read one input (path, URL or "-") and ingest it."""
    if progress:
        progress(f"reading {spec}", 0.0)
    doc = read_input(spec, stdin)
    return ingest_document(desk, doc, overrides, progress, version_of=version_of)


def ingest_file(
    desk: Verifier, path: Path, *, progress: Progress | None = None, **meta: Any
) -> IngestResult:
    """Ingest one file (the TUI's entry point); ``meta`` overrides title, publisher, url, author, published."""
    return ingest_document(desk, read_file(Path(path)), ArticleMeta(**meta), progress)


def promote_sentence(desk: Verifier, article_id: str, start: int, end: int) -> Claim:
    """Make a sentence the extractor passed over into a claim, with what extraction finds in it."""
    article = desk.article(article_id)
    if not (0 <= start < end <= len(article.text)):
        raise InvalidInputError(f"characters {start}-{end} are outside article {article.id}")
    extraction = _extract(article.text)
    sentence = next((s for s in extraction.sentences if s.start == start and s.end == end), None)
    text = article.text[start:end].strip()
    if sentence is None:
        claim, _ = desk.add_claim(
            text, article=article.id, start=start, end=end, origin=ClaimOrigin.PROMOTED
        )
        return claim
    claim, created = add_extracted_claim(desk, article.id, sentence, ClaimOrigin.PROMOTED)
    if not created:
        raise InvalidInputError(f"that sentence is already claim {claim.id}")
    return claim


def add_claim_by_hand(
    desk: Verifier, text: str, article_ref: str | None = None, kind: ClaimKind | None = None
) -> tuple[Claim, bool]:
    """A claim a person typed. When its words are in the article, it gets what extraction finds
    there (who it is attributed to, its numbers, its kind and score), as if it had been promoted."""
    text = text.strip()
    if article_ref is None or not text:
        return desk.add_claim(text, kind=kind or ClaimKind.STATEMENT)
    article = desk.article(article_ref)
    start = article.text.find(text)
    sentence = None
    if start >= 0:
        end = start + len(text)
        sentence = next(
            (s for s in _extract(article.text).sentences if s.start <= start and end <= s.end), None
        )
    if sentence is None:
        return desk.add_claim(text, article=article.id, kind=kind or ClaimKind.STATEMENT)
    from verifier.extract.kinds import classify

    quantities = [q for q in sentence.quantities if start <= q.start and q.end <= end]
    return desk.add_claim(
        text,
        article=article.id,
        start=start,
        end=end,
        kind=kind or classify(text, quantities, start),
        score=sentence.score,
        quantities=quantities,
        mentions=[m for m in sentence.mentions if start <= m.start and m.end <= end],
        attributions=list(sentence.attributions),
    )
