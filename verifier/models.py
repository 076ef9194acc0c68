"""The fact-checker's records: articles, claims, attributions, sources and their history.

These pydantic models are the boundary of the application: everything read from the store, the
CLI or the TUI is validated here, so the rest of the code can trust what it holds. They know
nothing about storage or presentation.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator


def utcnow() -> datetime:
    """Now, timezone-aware and to the second (history is read by people, not machines)."""
    return datetime.now(UTC).replace(microsecond=0)


class Status(StrEnum):
    UNVERIFIED = "unverified"
    IN_PROGRESS = "in_progress"
    VERIFIED = "verified"
    PARTLY_VERIFIED = "partly_verified"
    DISPUTED = "disputed"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"

    @property
    def is_verdict(self) -> bool:
        return self not in (Status.UNVERIFIED, Status.IN_PROGRESS)

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


VERDICTS: tuple[Status, ...] = tuple(s for s in Status if s.is_verdict)


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    MIXED = "mixed"
    CONTEXT = "context"


class SourceKind(StrEnum):
    PRIMARY_DOCUMENT = "primary_document"
    OFFICIAL_STATEMENT = "official_statement"
    WIRE = "wire"
    NEWS_REPORT = "news_report"
    EXPERT = "expert"
    DATASET = "dataset"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class Sourcing(StrEnum):
    """How the article sources a claim: the first thing a fact-checker weighs."""

    NAMED_PERSON = "named_person"
    NAMED_ORGANISATION = "named_organisation"
    ANONYMOUS = "anonymous"
    VAGUE = "vague"

    @property
    def is_weak(self) -> bool:
        return self in (Sourcing.ANONYMOUS, Sourcing.VAGUE)


class ClaimKind(StrEnum):
    STATISTIC = "statistic"
    EVENT = "event"
    QUOTE = "quote"
    STATEMENT = "statement"
    PREDICTION = "prediction"


class ClaimOrigin(StrEnum):
    EXTRACTED = "extracted"  # the extractor found it
    PROMOTED = "promoted"  # a person promoted a sentence the extractor passed over
    MANUAL = "manual"  # typed in by a person


_CONTROL = re.compile(r"[\x00-\x20\x7f]")
# The common shape, checked in one regex so loading 30,000 stored sources stays fast; anything
# else goes through the careful path below.
_PLAIN_WEB_URL = re.compile(r"https?://[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?(?:/[!#-~]*)?", re.IGNORECASE)


def check_web_url(value: str) -> str:
    """Accept only absolute http(s) URLs with a host; refuse javascript:, file:, data: and the like."""
    if _PLAIN_WEB_URL.fullmatch(value):
        return value
    value = value.strip()
    if not value:
        raise ValueError("URL is empty")
    if _CONTROL.search(value):
        raise ValueError("URL contains spaces or control characters")
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme or "none"
        raise ValueError(f"URL scheme must be http or https (got {shown})")
    if not parts.hostname:
        raise ValueError("URL has no host")
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError as exc:
        raise ValueError(f"URL has a bad port ({exc})") from None
    return value


WebUrl = Annotated[str, AfterValidator(check_web_url)]


def _clean_tag(value: str) -> str:
    tag = value.strip().lower()
    if not tag or any(c.isspace() for c in tag) or "," in tag:
        raise ValueError(f"tag {value!r} must be one word without commas")
    return tag


Tag = Annotated[str, AfterValidator(_clean_tag)]


class Record(BaseModel):
    """Base for every stored record: strict about unknown fields so typos fail loudly."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Span(Record):
    """A character range [start, end) into an article's text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class TextSpan(Span):
    """A span together with the text it covers, as written in the article."""

    text: str


class Quantity(Record):
    """A number a claim asserts, with its hedge ("over 10,000", "around 11,000")."""

    text: str
    value: float | None = None
    unit: str | None = None
    hedge: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Record):
    """A date, place, person or organisation a claim mentions."""

    text: str
    kind: str  # date | place | person | organisation
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Attribution(Record):
    """Who the article says a claim comes from, as written."""

    source: TextSpan
    name: str  # the readable, resolved name ("Andrey Rudenko" for "he")
    cue: TextSpan | None = None  # "estimates", "said", "according to"
    content: Span | None = None
    sourcing: Sourcing

    @property
    def is_weak(self) -> bool:
        return self.sourcing.is_weak


class SentenceScore(Record):
    """One sentence of an article and how check-worthy the extractor thinks it is."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    score: float = Field(ge=0.0, le=1.0)


class HistoryEntry(Record):
    """One change to a claim or an article: who, when, what, from, to. History is append-only."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    at: datetime = Field(default_factory=utcnow)
    by: str
    action: str
    before: Any = None  # JSON values; the store hands out fresh copies
    after: Any = None
    detail: str = ""
    forced: bool = False
    change: int = 0  # entries written by one action share this number (undo reverts them together)


class Article(Record):
    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    url: WebUrl | None = None
    author: str | None = None
    published: date | None = None
    ingested_at: datetime = Field(default_factory=utcnow)
    content_hash: str
    origin: str | None = None  # the file path or URL it was read from
    sentences: list[SentenceScore] = Field(default_factory=list)
    # ingested, new versions, details corrected by hand (schema 2)
    history: list[HistoryEntry] = Field(default_factory=list)

    def sentence_text(self, sentence: SentenceScore) -> str:
        return self.text[sentence.start : sentence.end]


class Source(Record):
    """Corroborating evidence a fact-checker found for (or against) a claim."""

    id: str
    url: WebUrl
    stance: Stance
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: date | None = None
    accessed: date | None = None
    archive_url: WebUrl | None = None
    kind: SourceKind = SourceKind.OTHER
    excerpt: str | None = None
    note: str | None = None
    traces_attribution: int | None = None  # index into the claim's attributions
    derived_from: str | None = None  # id of another source of the same claim
    added_at: datetime = Field(default_factory=utcnow)
    added_by: str = ""


class Note(Record):
    at: datetime = Field(default_factory=utcnow)
    by: str
    text: str


class Claim(Record):
    id: str
    article_id: str | None = None
    text: str
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    kind: ClaimKind = ClaimKind.STATEMENT
    score: float = Field(default=0.0, ge=0.0, le=1.0)
    origin: ClaimOrigin = ClaimOrigin.EXTRACTED
    quantities: list[Quantity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    status: Status = Status.UNVERIFIED
    verdict_note: str | None = None
    sources: list[Source] = Field(default_factory=list)
    tags: list[Tag] = Field(default_factory=list)
    assignee: str | None = None
    notes: list[Note] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    in_article: bool = True  # False once a new version of the article dropped this text

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    @property
    def attributed_to(self) -> list[str]:
        """Who the claim is attributed to, each name once ("he warned, adding…" is one source)."""
        return list(dict.fromkeys(a.name for a in self.attributions))


def parse_date(value: str | date | None) -> date | None:
    """Dates typed by people: ISO (2024-10-31); a full ISO timestamp keeps its date."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError(f"date {value!r} does not exist") from None
        raise ValueError(f"date {value!r} is not YYYY-MM-DD") from None


def dump(record: BaseModel) -> dict[str, Any]:
    """A record as plain JSON-ready data (the form the store keeps)."""
    return record.model_dump(mode="json", exclude_defaults=False)
