"""The only way to change the fact-checker's records.

Every change a person can make (from the CLI, the TUI or a script) is one method here. Each
validates its input, applies the workflow rules, appends a history entry (who, when, what, from,
to) and saves, all inside one store transaction: it starts from the latest file and either saves
completely or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from verifier import ids
from verifier.config import Config
from verifier.config import load as load_config
from verifier.errors import (
    ChangedSinceError,
    InvalidInputError,
    NothingToUndoError,
    VerifierError,
    WorkflowRefusedError,
)
from verifier.history import short, source_name
from verifier.models import (
    Article,
    Attribution,
    Claim,
    ClaimKind,
    ClaimOrigin,
    HistoryEntry,
    Mention,
    Note,
    Quantity,
    Source,
    Sourcing,
    Stance,
    Status,
    TextSpan,
    check_web_url,
    parse_date,
    utcnow,
)
from verifier.repository import Repository
from verifier.workflow import Corroboration, corroborate, earlier_wording, unmet_rules

# Fields of a source a person may set or edit.
SOURCE_FIELDS = (
    "url",
    "stance",
    "title",
    "publisher",
    "author",
    "published",
    "accessed",
    "archive_url",
    "kind",
    "excerpt",
    "note",
    "traces_attribution",
    "derived_from",
)


# What a verdict is: a status dialog refuses to save over a colleague's change to these.
VERDICT_FIELDS = ("status", "verdict_note")


def validation_message(exc: ValidationError) -> str:
    """pydantic's errors as one line in a fact-checker's words: 'a source needs a URL',
    'URL scheme must be http or https (got javascript)', 'stance must be one of: supports, …'."""
    record = RECORD_WORDS.get(exc.title, exc.title.lower())
    return "; ".join(error_text(error, record) for error in exc.errors())


# How records and their fields are named in messages.
RECORD_WORDS = {"TextSpan": "span", "SentenceScore": "sentence", "HistoryEntry": "history entry"}
FIELD_WORDS = {
    "url": "URL",
    "archive_url": "archive URL",
    "published": "published date",
    "accessed": "accessed date",
    "traces_attribution": "traced attribution",
    "derived_from": "derived-from source",
    "verdict_note": "verdict note",
    "article_id": "article",
}


def field_words(name: str) -> str:
    return FIELD_WORDS.get(name, name.replace("_", " "))


def _a(words: str) -> str:
    if words in ("text", "status"):  # "a claim needs text"
        return words
    return ("an " if words[:1] in "aeio" else "a ") + words


def named(name: str, message: str) -> str:
    """A problem with one field, naming it unless the message already does."""
    words = field_words(name)
    return message if words.lower() in message.lower() else f"{words}: {message}"


def error_text(error: Any, record: str = "record") -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) as a sentence."""
    name = next((str(p) for p in reversed(error["loc"]) if not isinstance(p, int)), "value")
    words, kind, got = field_words(name), error["type"], error.get("input")
    shown = f" (got {got!r})" if isinstance(got, str | int | float) else ""
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"{_a(record)} needs {_a(words)}"
    if kind == "extra_forbidden":
        return f"{_a(record)} has no {words}"
    if kind == "enum":
        choices = str(ctx.get("expected", "")).replace("'", "")
        return f"{words} must be one of: {choices}{shown}"
    if kind.startswith("int_"):
        return f"{words} must be a whole number{shown}"
    if kind.startswith(("date_", "datetime_")):
        return f"{words} must be a date, YYYY-MM-DD{shown}"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        limit = next(iter(ctx.values()), "")
        at = "at least" if kind.startswith("greater") else "at most"
        return f"{words} must be {at} {limit}{shown}"
    return named(name, str(error["msg"]).removeprefix("Value error, "))


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to list. Every field narrows; None means any."""

    status: Status | None = None
    statuses: frozenset[Status] | None = (
        None  # any of these (``--status`` repeated, ``--verdicts``)
    )
    article: str | None = None
    tag: str | None = None
    assignee: str | None = None
    kind: ClaimKind | None = None
    min_score: float | None = None
    text: str | None = None  # free text over claim, attributions and sources

    def matches(self, claim: Claim) -> bool:
        if self.status is not None and claim.status is not self.status:
            return False
        if self.statuses is not None and claim.status not in self.statuses:
            return False
        if self.article is not None and claim.article_id != self.article:
            return False
        if self.tag is not None and self.tag.lower() not in claim.tags:
            return False
        if self.assignee is not None and person_key(claim.assignee or "") != person_key(
            self.assignee
        ):
            return False
        if self.kind is not None and claim.kind is not self.kind:
            return False
        if self.min_score is not None and claim.score < self.min_score:
            return False
        return not self.text or self.text.lower() in searchable_text(claim)


def person_key(name: str) -> str:
    """A person's name as filters compare it: "Ana  Ruiz" is "ana ruiz"."""
    return " ".join(name.split()).casefold()


# Words before a surname that are no part of a person's name ("Dr Okafor" is "Okafor").
HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"])


def name_words(name: str, *, people: bool = False) -> list[str]:
    """A name's words as duplicates are compared: case and punctuation ignored, leading
    honorifics dropped ("Dr. Daniel  Okafor," is ["daniel", "okafor"]) and, for a body, a
    leading "the" ("The Treasury" is ["treasury"]; not for people: "A. Smith" keeps its "a")."""
    words = ["".join(ch for ch in word if ch.isalnum()) for word in name.casefold().split()]
    words = [word for word in words if word]
    while len(words) > 1 and (words[0] in HONORIFICS or (not people and words[0] == "the")):
        words = words[1:]
    return words


def same_source(known: str, new: str, *, people: bool = False) -> bool:
    """Whether ``new`` names the source ``known`` names: the same words ignoring case and
    punctuation, or, for two named people, one is the other's surname ("Okafor" and
    "Daniel Okafor")."""
    a, b = name_words(known, people=people), name_words(new, people=people)
    if not a or not b:
        return known.casefold() == new.casefold()
    if a == b:
        return True
    return people and (len(a) == 1 or len(b) == 1) and a[-1] == b[-1]


def searchable_text(claim: Claim) -> str:
    """Everything free-text search looks at, lower-cased."""
    parts = [claim.text, claim.verdict_note or "", " ".join(claim.tags), claim.assignee or ""]
    for attribution in claim.attributions:
        parts += [attribution.name, attribution.source.text]
    for source in claim.sources:
        parts += [source.url, source.title or "", source.publisher or "", source.excerpt or ""]
    return "\n".join(parts).lower()


@dataclass(frozen=True)
class Undone:
    """What an undo did: the claim as it now is, or (``removed``) as it was before it went."""

    claim: Claim
    removed: bool = False


class Verifier:
    """The fact-checker's desk: one database and the person working at it."""

    def __init__(
        self,
        db_path: str | Path,
        *,
        user: str | None = None,
        config: Config | None = None,
        durable: bool = True,
    ) -> None:
        self.config = config or load_config()
        self.user = user or self.config.user
        self.repo = Repository(db_path, durable=durable)

    @property
    def path(self) -> Path:
        return self.repo.path

    def revision(self) -> Any:
        """Changes whenever any process saves the database (poll it to refresh a view)."""
        return self.repo.db.revision()

    # -- reading ------------------------------------------------------------------------------
    def resolve_claim(self, ref: str) -> str:
        return ids.resolve("claim", ref, self.repo.claims.ids())

    def resolve_article(self, ref: str) -> str:
        return ids.resolve("article", ref, self.repo.articles.ids())

    def claim(self, ref: str) -> Claim:
        return self.repo.claims.get(self.resolve_claim(ref))

    def article(self, ref: str) -> Article:
        return self.repo.articles.get(self.resolve_article(ref))

    def articles(self) -> list[Article]:
        return sorted(self.repo.articles.all(), key=lambda a: a.ingested_at)

    def claims(self, where: ClaimFilter | None = None) -> list[Claim]:
        claims = self.repo.claims.all()
        if where is not None:
            claims = [c for c in claims if where.matches(c)]
        return claims

    @staticmethod
    def corroboration(claim: Claim) -> Corroboration:
        return corroborate(claim)

    def status_counts(self, claims: Iterable[Claim] | None = None) -> dict[Status, int]:
        counts = dict.fromkeys(Status, 0)
        for claim in self.claims() if claims is None else claims:
            counts[claim.status] += 1
        return counts

    # -- the one place claims change ---------------------------------------------------------
    def _change(self, ref: str, change: Callable[[Claim], list[HistoryEntry]]) -> Claim:
        """Apply ``change`` to the latest claim under the lock; it returns the history to append."""
        with self.repo.transaction():
            claim = self.claim(ref)
            try:
                entries = change(claim)  # assignments are validated (validate_assignment=True)
            except ValidationError as exc:
                raise InvalidInputError(validation_message(exc)) from None
            if not entries:
                return claim
            self.record(claim, entries)
            try:
                claim = Claim.model_validate(claim.model_dump())
            except ValidationError as exc:
                raise InvalidInputError(validation_message(exc)) from None
            self.repo.claims.put(claim)
            return claim

    @staticmethod
    def record(claim: Claim, entries: list[HistoryEntry]) -> None:
        """Append entries to a claim's history as one change (undo treats them together)."""
        number = 1 + max((e.change for e in claim.history), default=0)
        for entry in entries:
            entry.change = number
        claim.history.extend(entries)
        claim.updated_at = utcnow()

    def _entry(
        self, action: str, before: Any = None, after: Any = None, **extra: Any
    ) -> HistoryEntry:
        return HistoryEntry(by=self.user, action=action, before=before, after=after, **extra)

    # -- articles and claims ------------------------------------------------------------------
    def add_article(
        self,
        text: str,
        *,
        title: str | None = None,
        publisher: str | None = None,
        url: str | None = None,
        author: str | None = None,
        published: str | date | None = None,
        origin: str | None = None,
    ) -> tuple[Article, bool]:
        """Store an article; the same text again is a no-op (returns the existing one, False)."""
        if not text.strip():
            raise InvalidInputError("the article is empty")
        digest = ids.content_hash(text)
        with self.repo.transaction():
            for existing in self.repo.articles.all():
                if existing.content_hash == digest:
                    return existing, False
            try:
                article = Article(
                    id=ids.article_id(digest),
                    text=text,
                    title=title,
                    publisher=publisher,
                    url=url,
                    author=author,
                    published=parse_date(published),
                    content_hash=digest,
                    origin=origin,
                )
            except (ValidationError, ValueError) as exc:
                message = validation_message(exc) if isinstance(exc, ValidationError) else str(exc)
                raise InvalidInputError(message) from None
            self.repo.articles.put(article)
            return article, True

    def edit_article(self, ref: str, **fields: Any) -> tuple[Article, list[str]]:
        """Correct an article's details (title, publisher, url, author, published); a field given
        as "" is emptied. Returns the article and the names of the fields that changed."""
        allowed = (
            "title",
            "publisher",
            "url",
            "author",
            "published",
        )  # the order they are reported in
        unknown = set(fields) - set(allowed)
        if unknown:
            raise InvalidInputError(f"unknown article field(s): {', '.join(sorted(unknown))}")
        with self.repo.transaction():
            article = self.article(ref)
            changes: dict[str, Any] = {}
            for name in allowed:
                value = fields.get(name)
                if value is None:
                    continue
                value = " ".join(str(value).split()) or None
                try:
                    if name == "url" and value is not None:
                        value = check_web_url(value)
                    elif name == "published" and value is not None:
                        value = parse_date(value)
                except ValueError as exc:
                    raise InvalidInputError(named(name, str(exc))) from None
                if getattr(article, name) != value:
                    changes[name] = value
            if not changes:
                return article, []
            updated = Article.model_validate({**article.model_dump(), **changes})
            changed = set(changes)
            entry = self._entry(
                "details_edited",
                article.model_dump(mode="json", include=changed),
                updated.model_dump(mode="json", include=changed),
            )
            updated.history = [*article.history, entry]
            self.repo.articles.put(updated)
            return updated, list(changes)

    def undo_article_edit(self, ref: str, position: int | None = None) -> tuple[Article, list[str]]:
        """Put back the details the article's latest correction not yet undone changed (recorded
        too). Repeated, it undoes earlier corrections in turn.

        Refused once a new version was ingested after that correction (the old details may no
        longer be the right ones). With ``position`` (the correction's index in the article's
        history), undo only if that is still the one to undo: a person undoing their own
        correction must not revert a colleague's later one.
        """
        with self.repo.transaction():
            article = self.article(ref)
            index = _article_correction_to_undo(article)
            if index is None or (position is not None and index != position):
                latest = next(
                    (e.action for e in reversed(article.history) if e.action not in CLAIM_REMOVALS),
                    None,
                )
                if index is not None and position is not None and index > position:
                    raise ChangedSinceError(
                        f"article {article.id}: its details were corrected by "
                        f"{article.history[index].by} after that edit; nothing was undone "
                        "(undo would revert their correction)"
                    )
                if index is not None:  # ours is no longer pending: undone already (CLI, say)
                    why = "that correction was already undone; nothing was undone"
                elif latest in (None, "undo", "ingested"):
                    why = "no correction of its details left to undo"
                else:
                    why = (
                        f"the latest change is not a correction of its details "
                        f"({latest.replace('_', ' ')}); nothing was undone"
                    )
                raise NothingToUndoError(f"article {article.id}: {why}")
            target = article.history[index]
            restored = Article.model_validate({**article.model_dump(), **(target.before or {})})
            fields = list((target.before or {}).keys())
            entry = self._entry(
                "undo",
                target.after,
                target.before,
                detail=f"undid the correction of {', '.join(fields)}",
            )
            restored.history = [*article.history, entry]
            self.repo.articles.put(restored)
            return restored, fields

    def remove_article(self, ref: str) -> tuple[Article, int]:
        """Remove an article and its claims: only when no claim of it carries work (a verdict, a
        source, a note, a tag, an assignee, a claim typed by hand), which would be lost.

        For an article ingested twice by mistake. Returns the article and how many claims went.
        """
        with self.repo.transaction():
            article = self.article(ref)
            claims = [c for c in self.repo.claims.all() if c.article_id == article.id]
            worked = [c.id for c in claims if has_work(c)]
            if worked:
                listed = ", ".join(worked[:5]) + (" …" if len(worked) > 5 else "")
                raise InvalidInputError(
                    f"article {article.id} has {len(worked)} claim(s) with work on them ({listed}); "
                    "nothing was removed"
                )
            for claim in claims:
                self.repo.claims.delete(claim.id)
            self.repo.articles.delete(article.id)
            return article, len(claims)

    def save_article(self, article: Article) -> None:
        """Replace an article record (used by ingest when a new version of it arrives)."""
        with self.repo.transaction():
            self.repo.articles.put(article)

    def add_claim(
        self,
        text: str,
        *,
        article: str | None = None,
        start: int | None = None,
        end: int | None = None,
        kind: ClaimKind = ClaimKind.STATEMENT,
        score: float = 0.0,
        origin: ClaimOrigin = ClaimOrigin.MANUAL,
        quantities: list[Quantity] | None = None,
        mentions: list[Mention] | None = None,
        attributions: list[Attribution] | None = None,
    ) -> tuple[Claim, bool]:
        """Create a claim (the same text in the same article again returns the existing one)."""
        text = text.strip()
        if not text:
            raise InvalidInputError("the claim text is empty")
        with self.repo.transaction():
            article_id = self.resolve_article(article) if article else None
            if article_id and start is None:
                found = self.repo.articles.get(article_id).text.find(text)
                if found >= 0:
                    start, end = found, found + len(text)
            existing = self.repo.claims.ids()
            same = self._same_claim(article_id, text, existing)
            if same is not None:
                return same, False
            try:
                claim = Claim(
                    id=ids.claim_id(article_id, text, taken=existing),
                    article_id=article_id,
                    text=text,
                    start=start,
                    end=end,
                    kind=kind,
                    score=score,
                    origin=origin,
                    quantities=quantities or [],
                    mentions=mentions or [],
                    attributions=attributions or [],
                )
            except ValidationError as exc:
                raise InvalidInputError(validation_message(exc)) from None
            claim.history.append(self._entry("created", after=text, detail=origin.value))
            self.repo.claims.insert(claim)
            return claim, True

    def _same_claim(self, article_id: str | None, text: str, existing: list[str]) -> Claim | None:
        """The claim already recorded for this text in this article, if any.

        Ids are derived from content, so the same text maps to the same id, or to a longer form of
        it when the short form was taken by another text; compare texts to tell which.
        """
        full = ids.claim_id(article_id, text, taken=())  # the shortest form
        key = ids.normalise_text(text)
        for candidate in existing:
            if candidate.startswith(full) or full.startswith(candidate):
                claim = self.repo.claims.get(candidate)
                if claim.article_id == article_id and ids.normalise_text(claim.text) == key:
                    return claim
        return None

    def edit_text(self, ref: str, text: str) -> Claim:
        text = text.strip()
        if not text:
            raise InvalidInputError("the claim text is empty")

        def change(claim: Claim) -> list[HistoryEntry]:
            if claim.text == text:
                return []
            before, claim.text = claim.text, text
            entries = [self._entry("text_edited", before, text)]
            placed = self._place(claim)
            if placed is not None:
                entries.append(placed)
            return entries

        return self._change(ref, change)

    def _place(self, claim: Claim) -> HistoryEntry | None:
        """After an edit, where the claim sits in its article and the numbers it asserts.

        If the new wording is in the article, the span follows it; if not (a paraphrase), the
        claim no longer quotes the article and its span is dropped. Quantities and mentions are
        found again in the new wording (offsets into the article, or into the claim's own text
        when it has no span).
        """
        from verifier.extract.mentions import find_mentions  # extraction loads on first use
        from verifier.extract.quantities import find_quantities

        old = _placement(claim)
        found = -1
        if claim.article_id is not None:
            article = self.repo.articles.find(claim.article_id)
            found = article.text.find(claim.text) if article is not None else -1
        if found >= 0:
            claim.start, claim.end = found, found + len(claim.text)
        else:
            claim.start = claim.end = None
        offset = claim.start or 0
        claim.quantities = [
            q.model_copy(update={"start": q.start + offset, "end": q.end + offset})
            for q in find_quantities(claim.text)
        ]
        claim.mentions = [
            m.model_copy(update={"start": m.start + offset, "end": m.end + offset})
            for m in find_mentions(claim.text)
        ]
        new = _placement(claim)
        return None if new == old else self._entry("placed", old, new)

    # -- status --------------------------------------------------------------------------------
    def set_status(
        self, ref: str, status: Status | str, note: str | None = None, *, force: bool = False
    ) -> Claim:
        """Move a claim through the workflow; a verdict without its evidence needs ``force``."""
        try:
            status = Status(status)
        except ValueError:
            raise InvalidInputError(
                f"unknown status {status!r} (one of: {', '.join(s.value for s in Status)})"
            ) from None
        note = (note or "").strip() or None  # a blank note is no note: it never replaces one

        def change(claim: Claim) -> list[HistoryEntry]:
            reasons = unmet_rules(claim, status, note) if status.is_verdict else []
            if reasons and not force:
                raise WorkflowRefusedError(status.value, reasons)
            entries = []
            wording = earlier_wording(claim) if claim.status is status else None
            if wording is not None:  # the same verdict, set again for the new wording
                entries.append(
                    self._entry(
                        "verdict_confirmed",
                        wording,
                        claim.text,
                        forced=bool(reasons),
                        detail=("forced past: " + "; ".join(reasons)) if reasons else "",
                    )
                )
            if claim.status is not status:
                entries.append(
                    self._entry(
                        "status",
                        claim.status.value,
                        status.value,
                        forced=bool(reasons),
                        detail=("forced past: " + "; ".join(reasons)) if reasons else "",
                    )
                )
                claim.status = status
            if not status.is_verdict:
                # no verdict, no verdict note: the old one stays in the history (undo restores it),
                # and a note given with a working status is a working note
                if claim.verdict_note is not None:
                    entries.append(self._entry("verdict_note", claim.verdict_note, None))
                    claim.verdict_note = None
                if note is not None:
                    working = Note(by=self.user, text=note)
                    claim.notes.append(working)
                    entries.append(self._entry("note", None, working.model_dump(mode="json")))
            elif note is not None and note != claim.verdict_note:
                entries.append(self._entry("verdict_note", claim.verdict_note, note))
                claim.verdict_note = note
            return entries

        return self._change(ref, change)

    def set_status_many(
        self,
        refs: Iterable[str],
        status: Status | str,
        note: str | None = None,
        *,
        force: bool = False,
        seen: dict[str, Claim] | None = None,
    ) -> tuple[list[Claim], dict[str, VerifierError]]:
        """Set one status on several claims; returns the changed claims and {id: the refusal}.

        Every id is resolved first: an unknown or ambiguous one changes nothing at all (a typo in
        a script must not leave half the claims changed). Then each claim the rules refuse is
        reported (a WorkflowRefusedError; ``force`` would pass it) and the others are set. With
        ``seen`` (id -> the claim as the person saw it), a claim whose status or verdict note
        someone changed since is refused too (:meth:`refuse_if_changed`)."""
        done: list[Claim] = []
        refused: dict[str, VerifierError] = {}
        with self.repo.transaction():
            resolved = [self.resolve_claim(ref) for ref in refs]
            for ref in dict.fromkeys(resolved):
                try:
                    if seen is not None and ref in seen:
                        self.refuse_if_changed(ref, seen[ref], VERDICT_FIELDS)
                    done.append(self.set_status(ref, status, note, force=force))
                except VerifierError as exc:  # refused, unknown or ambiguous: report, go on
                    refused[ref] = exc
        return done, refused

    def refuse_if_changed(
        self, ref: str, seen: Claim, fields: Iterable[str], *, source: str | None = None
    ) -> None:
        """Refuse (:class:`ChangedSinceError`) a change a person made from what they saw when
        one of ``fields`` of the claim (with ``source``: of that source of it) differs now from
        ``seen``, the claim as read when they began (a dialog opened before a colleague, or
        another window, changed it). Other fields may have changed: the change does not touch
        them. Call it in the transaction that makes the change, so nobody can change it between.
        """
        claim = self.claim(ref)
        names = list(fields)
        current: BaseModel | None = claim
        earlier: BaseModel | None = seen
        if source is not None:
            current, earlier = claim.source(source), seen.source(source)
            if current is None or earlier is None:
                raise ChangedSinceError(
                    f"claim {claim.id}: source {source} was removed since you opened it; "
                    "nothing was saved"
                )
        assert current is not None and earlier is not None
        now = current.model_dump(mode="json", include=set(names))
        then = earlier.model_dump(mode="json", include=set(names))
        changed = [n for n in names if now.get(n) != then.get(n)]
        if not changed:
            return
        newer = claim.history[len(seen.history) :]
        who = f" by {newer[-1].by}" if newer else ""
        what = ", ".join("wording" if n == "text" else field_words(n) for n in changed)
        where = f"source {source}: " if source else ""
        now_status = f", now {claim.status.label}" if "status" in changed else ""
        raise ChangedSinceError(
            f"claim {claim.id}: {where}{what} changed{who} since you opened it{now_status}; "
            "nothing was saved (look at it again, then redo your change)"
        )

    # -- sources ---------------------------------------------------------------------------
    def _build_source(self, claim: Claim, fields: dict[str, Any], source_id: str) -> Source:
        unknown = set(fields) - set(SOURCE_FIELDS)
        if unknown:
            raise InvalidInputError(f"unknown source field(s): {', '.join(sorted(unknown))}")
        data = {k: v for k, v in fields.items() if v is not None and v != ""}
        try:
            for key in ("published", "accessed"):
                if key in data:
                    data[key] = parse_date(data[key])
            source = Source(id=source_id, added_by=self.user, **data)
        except ValidationError as exc:
            raise InvalidInputError(validation_message(exc)) from None
        except ValueError as exc:
            raise InvalidInputError(str(exc)) from None
        if source.accessed is not None and source.accessed > date.today():
            raise InvalidInputError(f"accessed: {source.accessed} is in the future")
        if source.derived_from is not None:
            by_id = {s.id: s for s in claim.sources if s.id != source.id}
            derived = source.derived_from
            if derived not in by_id:
                raise InvalidInputError(f"derived_from: no source {derived!r} on this claim")
            ancestor: str | None = derived  # walking up from its parent must not reach it again
            seen: set[str] = set()
            while ancestor is not None and ancestor not in seen:
                seen.add(ancestor)
                parent = by_id.get(ancestor)
                ancestor = parent.derived_from if parent is not None else None
                if ancestor == source.id:
                    raise InvalidInputError(
                        f"derived_from: {derived} already derives from {source.id} "
                        "(a source cannot derive from itself)"
                    )
        if source.traces_attribution is not None and not (
            0 <= source.traces_attribution < len(claim.attributions)
        ):
            raise InvalidInputError(
                f"traces_attribution: the claim has {len(claim.attributions)} attribution(s)"
            )
        return source

    def add_source(
        self, ref: str, url: str, stance: Stance | str, **fields: Any
    ) -> tuple[Claim, Source]:
        added: list[Source] = []

        def change(claim: Claim) -> list[HistoryEntry]:
            self._refuse_duplicate_url(claim, url)
            source_id = ids.source_id(claim.id, url, taken=[s.id for s in claim.sources])
            source = self._build_source(claim, {"url": url, "stance": stance, **fields}, source_id)
            claim.sources.append(source)
            added.append(source)
            return [
                self._entry("source_added", None, source.model_dump(mode="json"), detail=source.id)
            ]

        claim = self._change(ref, change)
        return claim, added[0]

    @staticmethod
    def _refuse_duplicate_url(claim: Claim, url: str, besides: str | None = None) -> None:
        """One page is one source: the same URL twice would count as two independent sources."""
        try:
            key = ids.normalise_url(url)
        except ValueError:
            return  # not a URL at all: the Source model refuses it with the reason
        for source in claim.sources:
            if source.id != besides and ids.normalise_url(source.url) == key:
                raise InvalidInputError(
                    f"{url.strip()} is already a source of claim {claim.id} "
                    f"(source {source.id}, {source.stance.value})"
                )

    def resolve_source(self, claim: Claim, ref: str) -> Source:
        source_id = ids.resolve("source", ref, [s.id for s in claim.sources])
        source = claim.source(source_id)
        assert source is not None
        return source

    def edit_source(self, ref: str, source_ref: str, **changes: Any) -> tuple[Claim, Source]:
        """Change the fields given; one given as None (or "") is emptied. Recorded and undoable.

        A field a source must have (url, stance) cannot be emptied: the source would not be valid.
        """
        edited: list[Source] = []

        def change(claim: Claim) -> list[HistoryEntry]:
            old = self.resolve_source(claim, source_ref)
            data = old.model_dump(include=set(SOURCE_FIELDS), mode="json")
            data.update({k: v for k, v in changes.items()})
            data = {k: v for k, v in data.items() if v is not None and v != ""}
            new = self._build_source(claim, data, old.id)
            self._refuse_duplicate_url(claim, new.url, besides=old.id)
            new = new.model_copy(update={"added_at": old.added_at, "added_by": old.added_by})
            if new == old:
                edited.append(old)
                return []
            claim.sources[claim.sources.index(old)] = new
            edited.append(new)
            before = old.model_dump(mode="json")
            after = new.model_dump(mode="json")
            return [self._entry("source_edited", before, after, detail=old.id)]

        claim = self._change(ref, change)
        return claim, edited[0]

    def remove_source(self, ref: str, source_ref: str) -> Claim:
        def change(claim: Claim) -> list[HistoryEntry]:
            source = self.resolve_source(claim, source_ref)
            claim.sources.remove(source)
            entries = [
                self._entry(
                    "source_removed", source.model_dump(mode="json"), None, detail=source.id
                )
            ]
            for other in claim.sources:  # sources derived from it now stand alone: record that too
                if other.derived_from == source.id:
                    before = other.model_dump(mode="json")
                    other.derived_from = None
                    after = other.model_dump(mode="json")
                    entries.append(self._entry("source_edited", before, after, detail=other.id))
            return entries

        return self._change(ref, change)

    # -- attributions: correcting what extraction got wrong ------------------------------------
    def _attribution_at(self, claim: Claim, number: int) -> Attribution:
        if not 0 <= number < len(claim.attributions):
            have = len(claim.attributions)
            listed = f"0-{have - 1}" if have else "none"
            raise InvalidInputError(
                f"claim {claim.id} has no attribution {number} (its attributions: {listed})"
            )
        return claim.attributions[number]

    def _attributions_changed(
        self, claim: Claim, before: list[Attribution], detail: str
    ) -> list[HistoryEntry]:
        dump = [a.model_dump(mode="json") for a in before]
        after = [a.model_dump(mode="json") for a in claim.attributions]
        return [] if dump == after else [self._entry("attributions", dump, after, detail=detail)]

    def edit_attribution(
        self,
        ref: str,
        number: int,
        *,
        name: str | None = None,
        sourcing: Sourcing | str | None = None,
    ) -> Claim:
        """Correct who a claim is attributed to (its readable name, its sourcing class).

        Recorded and undoable; a corrected attribution survives a new version of the article.
        """
        name = None if name is None else " ".join(name.split())
        if name == "":
            raise InvalidInputError("the name is empty")
        kind = None if sourcing is None else _sourcing(sourcing)
        if name is None and kind is None:
            raise InvalidInputError("nothing to change: give a name or a sourcing")

        def change(claim: Claim) -> list[HistoryEntry]:
            old = self._attribution_at(claim, number)
            before = list(claim.attributions)
            new = old.model_copy(
                update={k: v for k, v in (("name", name), ("sourcing", kind)) if v is not None}
            )
            claim.attributions[number] = new
            what = ", ".join(
                f"{field} {getattr(old, field)!s} → {getattr(new, field)!s}".replace("_", " ")
                for field in ("name", "sourcing")
                if getattr(old, field) != getattr(new, field)
            )
            return self._attributions_changed(claim, before, f"attribution {number}: {what}")

        return self._change(ref, change)

    def remove_attribution(self, ref: str, number: int) -> Claim:
        """Drop an attribution extraction got wrong; sources that traced it no longer do."""

        def change(claim: Claim) -> list[HistoryEntry]:
            old = self._attribution_at(claim, number)
            before = list(claim.attributions)
            del claim.attributions[number]
            entries = self._attributions_changed(
                claim, before, f"attribution {number} removed: {old.name}"
            )
            for source in claim.sources:  # indexes after the removed one move down by one
                traced = source.traces_attribution
                if traced is None or traced < number:
                    continue
                was = source.model_dump(mode="json")
                source.traces_attribution = None if traced == number else traced - 1
                entries.append(
                    self._entry(
                        "source_edited", was, source.model_dump(mode="json"), detail=source.id
                    )
                )
            return entries

        return self._change(ref, change)

    def add_attribution(
        self, ref: str, words: str, sourcing: Sourcing | str, *, name: str | None = None
    ) -> Claim:
        """Attribute a claim to a source the article names (``words`` as written in it).

        The words must be in the article (or, for a claim without one, in the claim): an
        attribution is who the article says a claim comes from, not who a fact-checker thinks.
        The occurrence nearest before the claim is used (or the first within it).
        """
        words = " ".join(words.split())
        if not words:
            raise InvalidInputError("the source words are empty")
        kind = _sourcing(sourcing)
        readable = " ".join((name or words).split())

        def change(claim: Claim) -> list[HistoryEntry]:
            for number, known in enumerate(claim.attributions):
                person = kind is Sourcing.NAMED_PERSON and known.sourcing is Sourcing.NAMED_PERSON
                if same_source(known.name, readable, people=person):
                    raise InvalidInputError(
                        f"claim {claim.id} is already attributed to {known.name} (attribution "
                        f"{number}, {known.sourcing.value.replace('_', ' ')}); nothing was added "
                        "(edit or remove that one instead)"
                    )
            span = self._find_words(claim, words)
            before = list(claim.attributions)
            claim.attributions.append(Attribution(source=span, name=readable, sourcing=kind))
            number = len(claim.attributions) - 1
            return self._attributions_changed(
                claim, before, f"attribution {number} added: {readable}"
            )

        return self._change(ref, change)

    def _find_words(self, claim: Claim, words: str) -> TextSpan:
        article = self.repo.articles.find(claim.article_id) if claim.article_id else None
        if article is None or claim.start is None:
            at = claim.text.find(words)
            if at < 0:
                raise InvalidInputError(f"“{words}” is not in the claim's text")
            return TextSpan(start=at, end=at + len(words), text=words)
        text = article.text
        inside = text.find(words, claim.start, claim.end)
        at = inside if inside >= 0 else text.rfind(words, 0, claim.start)
        if at < 0:
            at = text.find(words)
        if at < 0:
            raise InvalidInputError(f"“{words}” is not in the article (type it as written there)")
        return TextSpan(start=at, end=at + len(words), text=words)

    # -- notes, tags, assignee ---------------------------------------------------------------
    def add_note(self, ref: str, text: str) -> Claim:
        text = text.strip()
        if not text:
            raise InvalidInputError("the note is empty")

        def change(claim: Claim) -> list[HistoryEntry]:
            note = Note(by=self.user, text=text)
            claim.notes.append(note)
            return [self._entry("note", None, note.model_dump(mode="json"))]

        return self._change(ref, change)

    def tag(self, ref: str, *tags: str) -> Claim:
        return self._retag(ref, add=tags, remove=())

    def untag(self, ref: str, *tags: str) -> Claim:
        return self._retag(ref, add=(), remove=tags)

    def _retag(self, ref: str, add: Iterable[str], remove: Iterable[str]) -> Claim:
        cleaned_add = [t.strip().lower() for t in add if t.strip()]
        cleaned_remove = [t.strip().lower() for t in remove if t.strip()]
        if not cleaned_add and not cleaned_remove:
            raise InvalidInputError("no tag given")

        def change(claim: Claim) -> list[HistoryEntry]:
            before = list(claim.tags)
            missing = [t for t in cleaned_remove if t not in before]
            if missing and len(missing) == len(cleaned_remove) and not cleaned_add:  # nothing to do
                raise InvalidInputError(
                    f"claim {claim.id} has no tag {', '.join(missing)} (its tags: {', '.join(before) or 'none'})"
                )
            tags = [t for t in claim.tags if t not in cleaned_remove]
            tags += [t for t in dict.fromkeys(cleaned_add) if t not in tags]
            if tags == before:
                return []
            claim.tags = tags
            return [self._entry("tags", before, list(tags))]

        return self._change(ref, change)

    def assign(self, ref: str, person: str | None) -> Claim:
        person = (person or "").strip() or None

        def change(claim: Claim) -> list[HistoryEntry]:
            if claim.assignee == person:
                return []
            before, claim.assignee = claim.assignee, person
            return [self._entry("assigned", before, person)]

        return self._change(ref, change)

    # -- undo ------------------------------------------------------------------------------------
    def undo(self, ref: str, change: int | None = None) -> Claim:
        """Revert the claim's most recent change that has not been undone; it is recorded too.

        With ``change`` (a number from the history), undo only if that is still the latest
        change: a person undoing their own edit must not revert someone else's later one. A claim
        added by hand or promoted that has no change left to undo is removed (see
        :meth:`undo_change`); the claim returned is then the one removed.
        """
        return self.undo_change(ref, change).claim

    def undo_change(self, ref: str, change: int | None = None) -> Undone:
        """:meth:`undo`, saying whether the undo removed the claim.

        The last thing to undo on a claim a person added by hand or promoted is its creation
        (``change`` 0 asks for exactly that): the claim goes, recorded in its article's history
        as :meth:`remove_claim` records it, and refused like it when work on the claim would be
        lost. An extracted claim's creation is the article's, not a person's: never undone.
        """
        with self.repo.transaction():
            claim = self.claim(ref)
            if (
                change in (None, 0)
                and last_change(claim) == 0
                and claim.origin is not ClaimOrigin.EXTRACTED
            ):
                return Undone(self._remove(claim, undo=True), removed=True)
            return Undone(self._change(claim.id, self._reverter(change)))

    def _reverter(self, change: int | None) -> Callable[[Claim], list[HistoryEntry]]:
        def revert(claim: Claim) -> list[HistoryEntry]:
            latest = last_change(claim)
            if latest == 0:
                raise NothingToUndoError(f"claim {claim.id} has no change to undo")
            if change is not None and latest != change:
                later = next(e for e in reversed(claim.history) if e.change == latest)
                raise ChangedSinceError(
                    f"claim {claim.id} was changed by {later.by} after that edit; "
                    "nothing was undone (undo would revert their change)"
                )
            group = [e for e in claim.history if e.change == latest]
            for done in reversed(group):
                _revert(claim, done)
            return [self._entry("undo", None, latest, detail=f"undid {undone_words(group)}")]

        return revert

    def redo(self, ref: str, undo: int | None = None) -> Claim:
        """Do again what an undo took back: the latest undo not redone yet, when nothing but
        undos and redos came after it (``undo``: that undo's change number; refused when it is
        not the one, because someone changed the claim since).

        The change's entries are recorded again, as a new change in this person's name whose
        details end "redone (undo N)", so history, reports, merging and a further undo read it
        like any change.
        """

        def again(claim: Claim) -> list[HistoryEntry]:
            target = redoable(claim)
            if target is None:
                raise NothingToUndoError(f"claim {claim.id}: no undo left to redo")
            if undo is not None and target != undo:
                later = claim.history[-1]
                raise ChangedSinceError(
                    f"claim {claim.id} was changed by {later.by} after that undo; "
                    "nothing was redone"
                )
            undone_change = next(e.after for e in claim.history if e.change == target)
            entries = []
            for done in claim.history:
                if done.change != undone_change or done.action == "undo":
                    continue
                _reapply(claim, done)
                mark = f"redone (undo {target})"
                detail = f"{done.detail}; {mark}" if done.detail else mark
                entries.append(
                    self._entry(
                        done.action, done.before, done.after, detail=detail, forced=done.forced
                    )
                )
            return entries

        return self._change(ref, again)

    def undo_many(self, changes: dict[str, int]) -> tuple[list[Undone], dict[str, VerifierError]]:
        """Undo one action that changed several claims ({claim id: the change it made there}),
        in one save. Each claim is undone only while that change is still its latest (see
        :meth:`undo`); the others are reported ({id: why}) and the rest is undone all the same.
        """
        done: list[Undone] = []
        refused: dict[str, VerifierError] = {}
        with self.repo.transaction():
            for claim_id, number in changes.items():
                try:
                    done.append(self.undo_change(claim_id, number))
                except VerifierError as exc:
                    refused[claim_id] = exc
        return done, refused

    # -- removing a claim a person added -----------------------------------------------------
    def remove_claim(self, ref: str) -> Claim:
        """Remove a claim added by hand or promoted by mistake; returns it as it was.

        Refused (with the reason) for a claim extraction found, which the article's next version
        would bring back, and for one with work on it (:func:`work_on`), which would be lost. The
        claim as it was goes into its article's history (``claim_removed``), so
        :meth:`restore_claim` can put it back; a promoted sentence can be promoted again.
        """
        with self.repo.transaction():
            return self._remove(self.claim(ref), undo=False)

    def _remove(self, claim: Claim, *, undo: bool) -> Claim:
        why = removal_refusal(claim)
        if why is not None:
            raise InvalidInputError(why)
        article = self.repo.articles.find(claim.article_id) if claim.article_id else None
        if article is not None:
            entry = self._entry(
                "claim_removed",
                claim.model_dump(mode="json"),
                None,
                detail=f"undid {creation_undone(claim)}" if undo else "",
            )
            article.history = [*article.history, entry]
            self.repo.articles.put(article)
        self.repo.claims.delete(claim.id)
        return claim

    def removed_claims(self) -> dict[str, tuple[Article, HistoryEntry]]:
        """Claims removed (recorded in their article's history) and not put back since: id ->
        the article and the entry that recorded the removal."""
        found: dict[str, tuple[Article, HistoryEntry]] = {}
        for article in self.repo.articles.all():
            for entry in article.history:
                if entry.action == "claim_removed" and isinstance(entry.before, dict):
                    found[str(entry.before.get("id"))] = (article, entry)
                elif entry.action == "claim_restored":
                    found.pop(str(entry.after), None)
        return found

    def removal_note(self, ref: str) -> tuple[str, str] | None:
        """For a claim that was removed and not put back: its id and who removed it, when, from
        which article ("claim X was removed by bob on 2026-03-01 10:00 UTC from article a1b2
        (“T”)"); None if ``ref`` names no removed claim."""
        removed = self.removed_claims()
        try:
            claim_id = ids.resolve("removed claim", ref, removed)
        except VerifierError:
            return None
        article, removal = removed[claim_id]
        where = f"article {article.id}" + (f" (“{article.title}”)" if article.title else "")
        how = f" ({removal.detail})" if removal.detail else ""
        return claim_id, (
            f"claim {claim_id} was removed{how} by {removal.by} on "
            f"{removal.at:%Y-%m-%d %H:%M} UTC from {where}"
        )

    def restore_claim(self, ref: str) -> Claim:
        """Put back a removed claim as it was (its history says so, and so does its article's)."""
        with self.repo.transaction():
            removed = self.removed_claims()
            claim_id = ids.resolve("removed claim", ref, removed)
            if claim_id in self.repo.claims.ids():
                raise InvalidInputError(
                    f"claim {claim_id} is in the database again (added or promoted since); "
                    "nothing was put back"
                )
            article, removal = removed[claim_id]
            claim = Claim.model_validate(removal.before)
            when = f"{removal.at:%Y-%m-%d %H:%M} UTC"
            # the claim's history says who removed it and when (history.py: "removed by bob on
            # …; put back"): the removal itself is recorded in the article's history
            claim.history.append(
                self._entry("restored", detail=f"removed by {removal.by} on {when}")
            )
            claim.updated_at = utcnow()
            article.history = [*article.history, self._entry("claim_restored", None, claim_id)]
            self.repo.articles.put(article)
            self.repo.claims.insert(claim)
            return claim


def creation_undone(claim: Claim) -> str:
    """What undoing a claim's last change undoes when nothing but how it came is left: "the
    put-back" (it was removed and put back since), "its promotion" or "its addition by hand"."""
    undone = {e.after for e in claim.history if e.action == "undo"}
    for entry in reversed(claim.history):
        if entry.action == "restored" and entry.change not in undone:
            return "the put-back"
        if entry.action == "created":
            break
    return "its promotion" if claim.origin is ClaimOrigin.PROMOTED else "its addition by hand"


def undone_words(group: list[HistoryEntry]) -> str:
    """The change one undo reverts, in words: "the text edit" (its position in the article
    moves with it), "status, verdict note", "source added: Reuters (refutes)"."""
    actions = [e.action for e in group]
    edited = "text_edited" in actions
    words = {"text_edited": "the text edit", "placed": "the position change"}
    parts = []
    for entry in group:
        if edited and entry.action == "placed":
            continue
        if entry.action in ("source_added", "source_removed", "source_edited"):
            # which source: "source added: Caldera Bay replanting"
            data = entry.before if entry.action == "source_removed" else entry.after
            verb = entry.action.replace("source_", "source ")
            parts.append(f"{verb}: {short(source_name(data), 40)}")
        else:
            parts.append(words.get(entry.action, entry.action.replace("_", " ")))
    return ", ".join(dict.fromkeys(parts))


def _sourcing(value: Sourcing | str) -> Sourcing:
    try:
        return Sourcing(str(value).replace(" ", "_").replace("-", "_").lower())
    except ValueError:
        choices = ", ".join(s.value for s in Sourcing)
        raise InvalidInputError(f"unknown sourcing {value!r} (one of: {choices})") from None


# What an article's history records about its claims (a claim removed, and put back).
CLAIM_REMOVALS = ("claim_removed", "claim_restored")


def _article_correction_to_undo(article: Article) -> int | None:
    """The index of the article's latest details correction not undone yet, if nothing but
    corrections and their undos came after it (None otherwise)."""
    pending = 0
    for index in range(len(article.history) - 1, -1, -1):
        action = article.history[index].action
        if action in CLAIM_REMOVALS:  # about a claim of the article, not its details
            continue
        if action == "undo":
            pending += 1
        elif action == "details_edited":
            if pending == 0:
                return index
            pending -= 1
        else:  # ingested, a new version: the details before it are not ours to put back
            return None
    return None


def work_on(claim: Claim) -> list[str]:
    """What a person did to the claim that removing it would lose, in words ("a verdict
    (verified)", "2 sources"); empty: nothing. Changes since undone are not work."""
    found: list[str] = []
    if claim.status.is_verdict:
        found.append(f"a verdict ({claim.status.label})")
    elif claim.status is not Status.UNVERIFIED:
        found.append(f"status {claim.status.label}")
    for items, one in ((claim.sources, "source"), (claim.notes, "note")):
        if items:
            found.append(f"{len(items)} {one}{'s' if len(items) != 1 else ''}")
    if claim.tags:
        found.append(f"tags ({', '.join(claim.tags)})")
    if claim.assignee:
        found.append(f"assigned to {claim.assignee}")
    undone = {e.after for e in claim.history if e.action == "undo"}
    live = {e.action for e in claim.history if e.change not in undone}
    for action, words in _EDITS:
        if action in live:
            found.append(words)
    return found


# Changes a claim's present state does not show as work of their own (a source shows as a source).
_EDITS = (
    ("text_edited", "its text edited"),
    ("attributions", "its attributions corrected"),
    ("imported", "changes imported from a colleague's file"),
)


def has_work(claim: Claim) -> bool:
    """Whether a person did anything to the claim that removing it would lose (a claim typed
    by hand or promoted is work in itself, and so is any change, even one undone since)."""
    return (
        bool(work_on(claim))
        or claim.origin is not ClaimOrigin.EXTRACTED
        or any(e.action not in NOT_UNDOABLE for e in claim.history)
    )


def removal_refusal(claim: Claim) -> str | None:
    """Why :meth:`Verifier.remove_claim` refuses this claim, in one line (None: it may go)."""
    if claim.origin is ClaimOrigin.EXTRACTED:
        return (
            f"claim {claim.id} was extracted from its article: only a claim added by hand or "
            "promoted can be removed (the article's next version would bring it back); "
            "nothing was removed"
        )
    work = work_on(claim)
    if work:
        return (
            f"claim {claim.id} has work on it ({', '.join(work)}): undo or remove that first; "
            "nothing was removed"
        )
    return None


def attributions_corrected(claim: Claim) -> bool:
    """Whether a person changed the claim's attributions (and did not undo it): here, or in a
    colleague's file an import took them from (an ``imported`` entry; what a new version of the
    article re-read comes as ``new_version`` instead)."""
    undone = {e.after for e in claim.history if e.action == "undo"}
    return any(
        e.change not in undone
        and (
            e.action == "attributions"
            or (
                e.action == "imported" and isinstance(e.before, dict) and "attributions" in e.before
            )
        )
        for e in claim.history
    )


def _placement(claim: Claim) -> dict[str, Any]:
    """Where a claim sits and what it asserts, as JSON (for the history of an edit)."""
    data = claim.model_dump(mode="json", include={"start", "end", "quantities", "mentions"})
    return data


# History that records what happened to the article rather than a person's change ("new_version":
# what an article's new version, imported from a colleague's file, re-read in the claim).
NOT_UNDOABLE = frozenset(
    {
        "undo",
        "created",
        "left_article",
        "back_in_article",
        "revises",
        "new_version",
        "restored",
    }
)


def last_change(claim: Claim) -> int:
    """The number of the claim's latest change that can still be undone (0: none)."""
    undone = {e.after for e in claim.history if e.action == "undo"}
    for entry in reversed(claim.history):
        if entry.action not in NOT_UNDOABLE and entry.change not in undone:
            return entry.change
    return 0


_REDONE = re.compile(r"redone \(undo (\d+)\)$")


def redoable(claim: Claim) -> int | None:
    """The change number of the undo a redo would take back: the latest undo not redone yet,
    when only undos and redos came after it (a person's own change since ends the chain)."""
    redone = {int(m.group(1)) for e in claim.history if (m := _REDONE.search(e.detail))}
    numbers = list(dict.fromkeys(e.change for e in claim.history))
    for number in reversed(numbers):
        group = [e for e in claim.history if e.change == number]
        if all(e.action == "undo" for e in group):
            if number not in redone:
                return number
        elif not all(_REDONE.search(e.detail) for e in group):
            return None
    return None


def _reapply(claim: Claim, entry: HistoryEntry) -> None:
    """Do again what ``entry`` did (a redo): :func:`_revert` of its inverse."""
    if entry.action == "note":
        if isinstance(entry.after, dict):
            claim.notes.append(Note.model_validate(entry.after))
        return
    inverse = {"source_added": "source_removed", "source_removed": "source_added"}
    _revert(
        claim,
        entry.model_copy(
            update={
                "action": inverse.get(entry.action, entry.action),
                "before": entry.after,
                "after": entry.before,
            }
        ),
    )


def _revert(claim: Claim, entry: HistoryEntry) -> None:
    """Put back what ``entry`` changed (the inverse of each service action)."""
    action, before, after = entry.action, entry.before, entry.after
    if action == "status":
        claim.status = Status(before)
    elif action == "verdict_note":
        claim.verdict_note = before
    elif action == "text_edited":
        claim.text = before
    elif action == "placed":
        restored = Claim.model_validate({**claim.model_dump(mode="json"), **before})
        claim.start, claim.end = restored.start, restored.end
        claim.quantities, claim.mentions = restored.quantities, restored.mentions
    elif action == "tags":
        claim.tags = list(before)
    elif action == "assigned":
        claim.assignee = before
    elif action == "attributions":
        claim.attributions = [Attribution.model_validate(a) for a in before]
    elif action == "note":
        dumped = [n.model_dump(mode="json") for n in claim.notes]
        if after in dumped:  # the last equal note: a double submit leaves the first one
            del claim.notes[len(dumped) - 1 - dumped[::-1].index(after)]
    elif action == "source_added":
        claim.sources = [s for s in claim.sources if s.id != after["id"]]
    elif action == "source_removed":
        claim.sources.append(Source.model_validate(before))
    elif action == "source_edited":
        claim.sources = [
            Source.model_validate(before) if s.id == before["id"] else s for s in claim.sources
        ]
    elif action == "imported":  # fields an import replaced: {field: value} before and after
        restored = Claim.model_validate({**claim.model_dump(mode="json"), **before})
        for name in before:
            setattr(claim, name, getattr(restored, name))
    elif action in ("import_declined", "verdict_confirmed"):  # a record: no field changed
        pass
    else:
        raise NothingToUndoError(f"a {action!r} change cannot be undone")
