"""The JSON interchange file: the database's records with a format version, and merging one back.

Export writes ``{"format": "verifier", "format_version": 1, …, "articles": [...], "claims":
[...]}``; claims carry their sources, notes and history. Records are written one at a time.

:func:`merge` brings such a file into a database, in one store transaction through ``desk.repo``
(all or nothing). Record by record (by id):

- not in the database: **added** exactly as in the file (its own history comes with it), so an
  export imported into an empty database gives back the same data;
- equal: **identical**, skipped;
- a claim whose history in the file *extends* ours (ours is a prefix of theirs): **updated** to the
  file's version, its changes recorded as a merge records them (below), so every change an import
  writes names its original author and the file; one whose history here extends the file's:
  **kept** (the file is older);
- a claim changed on both sides (the histories diverged) is **merged** field by field by
  :mod:`.claim_merge`: what only one side changed is taken from that side, both sides' sources,
  tags and notes are kept (the union, less what the history shows a side removed), and what both
  changed to different values (the verdict, an assignee, one source edited differently, ...) is a
  **conflict**, reported with the fields and the values on each side and never silently
  overwritten. Without ``prefer`` nothing at all is written while conflicts remain;
  ``prefer="ours"`` keeps the database's value of each conflicting field, ``prefer="theirs"``
  takes the file's; either way the compatible changes are merged. What the file brought is
  recorded as history entries in the importing person's name with the service's own actions
  (``status``, ``verdict_note``, ``text_edited``, ``tags``, ``assigned``, ``source_added``,
  ``source_removed``, ``source_edited``, ``note``; fields no action covers in one ``imported``
  entry), each detail naming who made the change in the file and the file ("by Ben, imported
  from ben.json"); a conflict decided for ours is recorded as an ``import_declined`` entry with
  the file's values; all as one change, so ``verifier undo`` reverts the whole import of that
  claim.

A claim merged field by field is reported by what came of it: **kept** when nothing was taken,
**updated** when it is now the file's version, **merged** when it combines both.

Articles have a history of their own (ingested, new versions, details corrected): when one side's
continues the other's, that side's article is taken whole (a colleague corrected the title, or
ingested a new version); otherwise it is merged field by field by :mod:`.article_merge`. A new
version re-reads its claims' positions without a claim history entry: a claim's merge takes them
from the side that has the new version (:class:`.claim_merge.NewVersions`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TextIO

import orjson
from pydantic import BaseModel, ValidationError

from verifier import __version__
from verifier.errors import InvalidInputError
from verifier.history import (
    IMPORT_DECLINED,
    TOOK_THEIRS,
    describe_change,
    import_detail,
    names,
    provenance,
    short,
)
from verifier.models import Article, Claim, HistoryEntry, dump, utcnow
from verifier.reports.article_merge import change_author, merge_article, new_versions
from verifier.reports.claim_merge import (
    ARTICLE_DERIVED,
    CLAIM_BOOKKEEPING,
    ClaimMerge,
    NewVersions,
    Prefer,
    already_declined,
    changes_since,
    common_history,
    differing_fields,
    merge_claim,
)
from verifier.service import Verifier, validation_message

FORMAT_NAME = "verifier"
FORMAT_VERSION = 1

# -- export ----------------------------------------------------------------------------------


def _indented(record: BaseModel) -> str:
    text = orjson.dumps(record.model_dump(mode="json"), option=orjson.OPT_INDENT_2).decode("utf-8")
    return "    " + text.replace("\n", "\n    ")


def write_json(
    out: TextIO,
    articles: Iterable[Article],
    claims: Iterable[Claim],
    *,
    exported_by: str | None = None,
    now: datetime | None = None,
) -> tuple[int, int]:
    """Write the interchange file record by record; returns (articles, claims) written."""
    head = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": f"verifier {__version__}",
        "exported_at": (now or datetime.now(UTC)).replace(microsecond=0).isoformat(),
        "exported_by": exported_by,
    }
    out.write("{\n")
    for key, value in head.items():
        out.write(f"  {orjson.dumps(key).decode()}: {orjson.dumps(value).decode()},\n")
    counts = []
    for name, records in (("articles", articles), ("claims", claims)):
        out.write(f'  "{name}": [')
        n = 0
        for record in records:
            out.write(("\n" if n == 0 else ",\n") + _indented(record))
            n += 1
        out.write("\n  ]" if n else "]")
        out.write(",\n" if name == "articles" else "\n")
        counts.append(n)
    out.write("}\n")
    return counts[0], counts[1]


# -- reading a file ----------------------------------------------------------------------------


@dataclass
class Interchange:
    articles: list[Article]
    claims: list[Claim]
    format_version: int
    exported_by: str | None = None
    exported_at: str | None = None


def parse(data: Any, *, origin: str = "the file") -> Interchange:
    """Validate an interchange file's content; a clear one-line error for anything wrong."""
    if isinstance(data, list) or (isinstance(data, dict) and "@context" in data):
        raise InvalidInputError(
            f"{origin} is ClaimReview markup or a plain list, not a verifier JSON export"
        )
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidInputError(f'{origin} is not a verifier JSON export (no "format": "verifier")')
    version = data.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise InvalidInputError(f"{origin} has no valid format_version")
    if version > FORMAT_VERSION:
        raise InvalidInputError(
            f"{origin} is format version {version}, newer than this verifier reads ({FORMAT_VERSION}): upgrade verifier"
        )
    parsed: dict[str, list[Any]] = {}
    for name, model in (("articles", Article), ("claims", Claim)):
        raw = data.get(name, [])
        if not isinstance(raw, list):
            raise InvalidInputError(f"{origin}: {name} must be a list")
        records: list[Any] = []
        seen: set[str] = set()
        for i, item in enumerate(raw):
            try:
                record = model.model_validate(item)
            except ValidationError as exc:
                raise InvalidInputError(
                    f"{origin}: {name}[{i}]: {validation_message(exc)}"
                ) from None
            if record.id in seen:
                raise InvalidInputError(f"{origin}: {name}[{i}]: id {record.id!r} appears twice")
            seen.add(record.id)
            records.append(record)
        parsed[name] = records
    return Interchange(
        articles=parsed["articles"],
        claims=parsed["claims"],
        format_version=version,
        exported_by=data.get("exported_by") if isinstance(data.get("exported_by"), str) else None,
        exported_at=data.get("exported_at") if isinstance(data.get("exported_at"), str) else None,
    )


def load_bytes(raw: bytes, *, origin: str = "the file") -> Interchange:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidInputError(f"{origin}: not valid JSON ({exc})") from None
    return parse(data, origin=origin)


# -- merging -------------------------------------------------------------------------------------


class Outcome(StrEnum):
    ADDED = "added"
    IDENTICAL = "identical"
    UPDATED = "updated"  # the file's version is newer (its history extends ours)
    KEPT = "kept"  # ours is newer (our history extends the file's)
    MERGED = "merged"  # changed on both sides, in ways that combine
    CONFLICT = "conflict"  # changed on both sides, some field to different values


@dataclass(frozen=True)
class Conflict:
    kind: str  # "article" | "claim"
    id: str
    fields: tuple[str, ...]  # the fields both sides changed to different values
    resolution: str  # "unresolved" | "theirs" | "ours"
    details: tuple[str, ...] = ()  # the values on each side, which source, in words
    summary: str = ""  # what happened on each side, when it is not a field both changed

    def describe(self) -> str:
        how = {
            "unresolved": "not imported",
            "theirs": "took the file's version",
            "ours": "kept ours",
        }
        names = ", ".join(f.replace("_", " ") for f in self.fields)
        what = self.summary or f"both changed {names}"
        text = f"{self.kind} {self.id}: {what} ({how[self.resolution]})"
        return text + (f": {'; '.join(self.details)}" if self.details else "")


@dataclass(frozen=True)
class Merged:
    """A claim changed on both sides: what came from the file, what only this side had."""

    id: str
    from_file: tuple[str, ...]
    kept: tuple[str, ...]
    kind: str = "claim"

    def describe(self) -> str:
        parts = []
        if self.from_file:
            parts.append("from the file: " + "; ".join(self.from_file))
        if self.kept:
            parts.append("kept from here: " + "; ".join(self.kept))
        return f"{self.kind} {self.id}: " + " · ".join(parts or ["nothing to take from the file"])


@dataclass
class Tally:
    added: int = 0
    identical: int = 0
    updated: int = 0
    kept: int = 0
    merged: int = 0
    conflicting: int = 0
    # claims removed here that the file still has, unchanged since: not brought back
    not_brought_back: int = 0
    # claims the file's article history records removed (and not worked on here since): removed
    removed: int = 0

    def count(self, outcome: Outcome) -> None:
        name = "conflicting" if outcome is Outcome.CONFLICT else outcome.value
        setattr(self, name, getattr(self, name) + 1)

    def describe(self) -> str:
        text = (
            f"{self.added} added, {self.identical} identical, {self.updated} updated (newer in file), "
            f"{self.kept} kept (newer here), {self.merged} merged (changed on both sides), "
            f"{self.conflicting} conflicting"
        )
        if self.not_brought_back:
            text += f", {self.not_brought_back} removed here, not brought back"
        if self.removed:
            text += f", {self.removed} removed as in the file"
        return text


@dataclass
class ImportReport:
    articles: Tally = field(default_factory=Tally)
    claims: Tally = field(default_factory=Tally)
    conflicts: list[Conflict] = field(default_factory=list)
    merged: list[Merged] = field(default_factory=list)
    # claims removed on one side, in words: "claim X: removed here, unchanged in the file since"
    removals: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    applied: bool = False  # something was written (False for a dry run or unresolved conflicts)
    dry_run: bool = False

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.resolution == "unresolved"]

    def lines(self) -> list[str]:
        return [
            f"articles: {self.articles.describe()}",
            f"claims: {self.claims.describe()}",
            *(
                f"{'merged' if self.applied else 'would merge'}: {m.describe()}"
                for m in self.merged
            ),
            *(f"removal: {r}" for r in self.removals),
            *(f"conflict: {c.describe()}" for c in self.conflicts),
            *(f"warning: {w}" for w in self.warnings),
        ]

    def as_json(self) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "dry_run": self.dry_run,
            "articles": self.articles.__dict__,
            "claims": self.claims.__dict__,
            "merged": [
                {"id": m.id, "from_file": list(m.from_file), "kept": list(m.kept)}
                for m in self.merged
            ],
            "conflicts": [
                {
                    "kind": c.kind,
                    "id": c.id,
                    "fields": list(c.fields),
                    "resolution": c.resolution,
                    "details": list(c.details),
                    **({"summary": c.summary} if c.summary else {}),
                }
                for c in self.conflicts
            ],
            "removals": list(self.removals),
            "warnings": list(self.warnings),
        }


def _by_history(ours: Sequence[HistoryEntry], theirs: Sequence[HistoryEntry]) -> Outcome:
    """Whose record is the later one: the side whose history continues the other's."""
    shared = common_history(ours, theirs)
    if shared == len(ours) < len(theirs):
        return Outcome.UPDATED
    if shared == len(theirs) < len(ours):
        return Outcome.KEPT
    return Outcome.CONFLICT


def classify_claim(ours: Claim | None, theirs: Claim) -> tuple[Outcome, tuple[str, ...]]:
    if ours is None:
        return Outcome.ADDED, ()
    if dump(ours) == dump(theirs):
        return Outcome.IDENTICAL, ()
    fields = differing_fields(ours, theirs, ignore=CLAIM_BOOKKEEPING)
    if not fields:
        return Outcome.IDENTICAL, ()  # same content; only bookkeeping differs: keep ours
    return _by_history(ours.history, theirs.history), fields


def classify_article(ours: Article | None, theirs: Article) -> tuple[Outcome, tuple[str, ...]]:
    if ours is None:
        return Outcome.ADDED, ()
    fields = tuple(f for f in differing_fields(ours, theirs) if f != "ingested_at")
    if not fields or fields == ("history",):
        return Outcome.IDENTICAL, ()  # the same article (ingested at another time): keep ours
    # one side's history continues the other's: that side's details are the later ones
    return _by_history(ours.history, theirs.history), fields


def _field_by_field(outcome: Outcome, fields: Sequence[str], versions: NewVersions) -> bool:
    """Whether a claim in the database and in the file goes through the field-by-field merge:
    when it changed on both sides; when the file's is the later version (what it changed is
    recorded here as the merge records it, with who made each change and the file); and when
    our history continues the file's but a new version of its article on one side re-read its
    position (recorded in the article's history, not the claim's), which keeping ours whole
    would undo."""
    if outcome in (Outcome.CONFLICT, Outcome.UPDATED):
        return True
    rereads = bool(versions.ours or versions.theirs) and bool(set(fields) & set(ARTICLE_DERIVED))
    return outcome is Outcome.KEPT and rereads


def _merged_outcome(merged: ClaimMerge, theirs: Claim) -> Outcome:
    """What a field-by-field merge came to: nothing taken (ours is the later version), the
    file's version (nothing of ours differs from it), or a combination."""
    if merged.conflicting:
        return Outcome.CONFLICT
    if not merged.changed:
        return Outcome.KEPT
    if not differing_fields(merged.claim, theirs, ignore=CLAIM_BOOKKEEPING):
        return Outcome.UPDATED
    return Outcome.MERGED


# -- claims removed on one side ------------------------------------------------------------------

REMOVED = "removed"  # a conflict's field: one side removed the claim, the other worked on it


def removed_claims(history: Sequence[HistoryEntry]) -> dict[str, HistoryEntry]:
    """Claims an article's history records removed and not put back since: id -> the entry
    (its ``before`` is the claim as it was), read as :meth:`Verifier.removed_claims` reads them."""
    found: dict[str, HistoryEntry] = {}
    for entry in history:
        if entry.action == "claim_removed" and isinstance(entry.before, dict):
            found[str(entry.before.get("id"))] = entry
        elif entry.action == "claim_restored":
            found.pop(str(entry.after), None)
    return found


def _removed_history(removal: HistoryEntry) -> list[HistoryEntry]:
    """The history of the claim as its removal recorded it (unreadable: none, so that every
    change on the other side counts as one made since)."""
    raw = removal.before.get("history") if isinstance(removal.before, dict) else None
    try:
        return [HistoryEntry.model_validate(e) for e in raw or []]
    except ValidationError:
        return []


def _in_words(entries: Sequence[HistoryEntry], limit: int = 3) -> str:
    words = list(dict.fromkeys(describe_change(e, imported=False) for e in entries))
    more = f" (+{len(words) - limit} more)" if len(words) > limit else ""
    return "; ".join(words[:limit]) + more


class _Removals:
    """What an import does with a claim removed on one side and still on the other.

    Removed here (our article's history records it, ``claim_removed``), still in the file: if
    the file's claim is unchanged since the copies diverged (its history adds no person's change
    to the one the removal kept), it stays removed, reported and recorded in the article's history
    as ``import_declined``; if it was changed there since (put back after a removal there too),
    it is a conflict: ``prefer="theirs"`` brings the file's version back (``restored`` in the
    claim's history, ``claim_restored`` in the article's), ``"ours"`` keeps it removed (recorded
    as declined, with the file's version).

    Removed in the file (its article's history records it since the copies diverged, and the
    file has no such claim), still here: if nobody worked on it here since, it is removed here
    too, recorded as a removal is (the claim as it was here kept in our article's history, so
    ``verifier undo``/restore can put it back); otherwise a conflict: ``"theirs"`` removes it
    (recorded the same way), ``"ours"`` keeps it (``import_declined`` in the claim's history).
    """

    def __init__(self, desk: Verifier, report: ImportReport, prefer: Prefer | None, origin: str):
        self.user, self.report, self.prefer, self.origin = desk.user, report, prefer, origin
        self.resolution = prefer or "unresolved"
        self.article_entries: dict[str, list[HistoryEntry]] = {}
        self.gone: list[str] = []  # ids of claims to delete

    def _entry(self, article_id: str, action: str, **values: Any) -> None:
        entry = HistoryEntry(by=self.user, action=action, **values)
        self.article_entries.setdefault(article_id, []).append(entry)

    def _conflict(self, claim_id: str, summary: str, detail: str) -> None:
        """Removed on one side, worked on on the other: reported as a conflict."""
        self.report.conflicts.append(
            Conflict("claim", claim_id, (REMOVED,), self.resolution, (detail,), summary=summary)
        )

    # removed here, still in the file
    def removed_here(
        self, theirs: Claim, article_id: str, removal: HistoryEntry
    ) -> tuple[Outcome | None, Claim | None]:
        """The outcome (None: not brought back, counted apart) and the claim to write."""
        cid, text = theirs.id, short(theirs.text, 60)
        removed_history = _removed_history(removal)
        changes = changes_since(removed_history, theirs.history)
        if not changes:
            self.report.claims.not_brought_back += 1
            self.report.removals.append(
                f"claim {cid} “{text}”: removed here by {removal.by}, unchanged in the file "
                "since: not brought back"
            )
            self._declined_here(theirs, article_id, [], changed=False)
            return None, None
        who = list(dict.fromkeys(change_author(e) for e in changes))
        self._conflict(
            cid,
            f"removed here by {removal.by}, changed in the file since",
            f"changed in the file by {names(who)}: {_in_words(changes)}",
        )
        if self.prefer == "theirs":
            back = self._bring_back(theirs, article_id, removal, removed_history, who)
            return Outcome.CONFLICT, back
        if self.prefer == "ours":
            self._declined_here(theirs, article_id, who, changed=True)
        return Outcome.CONFLICT, None

    def _bring_back(
        self,
        theirs: Claim,
        article_id: str,
        removal: HistoryEntry,
        ours: list[HistoryEntry],
        who: Sequence[str],
    ) -> Claim:
        """The file's claim put back here (a conflict decided for the file), its history ours as
        the removal kept it (``ours``: nothing of it lost), then the put-back in the importer's
        name, then the file's entries since the copies diverged, as imported entries (by the
        importer, naming their author and the file)."""
        start = common_history(ours, theirs.history)
        since = theirs.history[start:]
        verb = "added" if any(e.action == "created" for e in since) else "changed"
        when = f"{removal.at:%Y-%m-%d %H:%M} UTC"
        detail = (
            f"the file has it, {verb} {import_detail(who, self.origin)}; "
            f"removed here by {removal.by} on {when}; {TOOK_THEIRS}"
        )
        claim = theirs.model_copy(deep=True)
        number = 1 + max((e.change for e in ours), default=0)
        history = [e.model_copy(deep=True) for e in ours]
        history.append(HistoryEntry(by=self.user, action="restored", detail=detail, change=number))
        renumbered: dict[int, int] = {}
        for entry in since:
            change = renumbered.setdefault(entry.change, number + 1 + len(renumbered))
            history.append(self._imported(entry, change))
        claim.history = history
        claim.updated_at = utcnow()
        self._entry(article_id, "claim_restored", after=theirs.id, detail=detail)
        return claim

    def _imported(self, entry: HistoryEntry, change: int) -> HistoryEntry:
        """One of the file's entries as an import records it: in the importer's name, its
        author and the file in the detail (once: an entry that came by import already says)."""
        if provenance(entry.model_copy(update={"action": "imported"})) is not None:
            detail = entry.detail
        else:
            # a detail of its own (a source's id, why a verdict was forced) comes first; the
            # provenance is read from what follows its first "; "
            detail = import_detail([entry.by], self.origin, source=entry.detail.replace("; ", ", "))
        update = {"by": self.user, "at": utcnow(), "detail": detail, "change": change}
        return entry.model_copy(update=update)

    def _declined_here(
        self, theirs: Claim, article_id: str, who: Sequence[str], *, changed: bool
    ) -> None:
        since = "changed since" if changed else "unchanged since"
        self._entry(
            article_id,
            IMPORT_DECLINED,
            before={"claim": f"{theirs.id} removed"},
            after={"claim": f"{theirs.id} {since}", "as_in_file": dump(theirs)},
            detail=import_detail(who, self.origin),
        )

    # removed in the file, still here
    def removed_there(self, mine: Claim, article_id: str, removal: HistoryEntry) -> Claim | None:
        """Decide a claim the file removed; returns ours to write (kept, with a record)."""
        cid, text = mine.id, short(mine.text, 60)
        who = [change_author(removal)]
        changes = changes_since(_removed_history(removal), mine.history)
        if not changes:
            self.report.claims.removed += 1
            self.report.removals.append(
                f"claim {cid} “{text}”: removed in the file by {names(who)}, not worked on here "
                "since: removed here too"
            )
            self._remove(mine, article_id, who, conflict=False)
            return None
        self.report.claims.conflicting += 1
        self._conflict(
            cid,
            f"removed in the file by {names(who)}, worked on here since",
            f"changed here: {_in_words(changes)}",
        )
        if self.prefer == "theirs":
            self._remove(mine, article_id, who, conflict=True)
            return None
        if self.prefer != "ours":
            return None
        before, after = {"claim": "here, worked on since"}, {"claim": "removed"}
        detail = import_detail(who, self.origin)
        # the file's removal may come into our article's history with it: the claim stays
        self._entry(
            article_id,
            "claim_restored",
            after=cid,
            detail=f"kept here, worked on since its removal in the file; {detail}",
        )
        if already_declined(mine.history, before, after, detail):
            return None
        claim = mine.model_copy(deep=True)
        entry = HistoryEntry(
            by=self.user, action=IMPORT_DECLINED, before=before, after=after, detail=detail
        )
        Verifier.record(claim, [entry])
        return claim

    def _remove(self, mine: Claim, article_id: str, who: Sequence[str], *, conflict: bool) -> None:
        self.gone.append(mine.id)
        self._entry(
            article_id,
            "claim_removed",
            before=dump(mine),
            detail=import_detail(who, self.origin, conflict=conflict),
        )

    def finish(self, final: dict[str, Article], ours: Mapping[str, Article]) -> None:
        """Add the entries to the articles as they will be written (``final``, else ours): a
        claim put back only where the article still records it removed, a declined change once."""
        for article_id, entries in self.article_entries.items():
            article = final.get(article_id) or ours.get(article_id)
            if article is None:
                continue
            history = list(article.history)
            for entry in entries:
                if entry.action == "claim_restored" and str(entry.after) not in removed_claims(
                    history
                ):
                    continue
                if entry.action == IMPORT_DECLINED and already_declined(
                    history, entry.before, entry.after, entry.detail
                ):
                    continue
                history.append(entry)
            if len(history) != len(article.history):
                final[article_id] = article.model_copy(update={"history": history})


def merge(
    desk: Verifier,
    incoming: Interchange,
    *,
    prefer: Prefer | None = None,
    dry_run: bool = False,
    origin: str = "a file",
) -> ImportReport:
    """Merge an interchange file into the desk's database (see the module docstring)."""
    if prefer not in (None, "theirs", "ours"):
        raise InvalidInputError(f"prefer must be 'theirs' or 'ours' (got {prefer!r})")
    report = ImportReport(dry_run=dry_run)
    resolution = prefer or "unresolved"
    repo = desk.repo
    with repo.transaction():
        ours_articles = {a.id: a for a in repo.articles.all()}
        ours_claims = {c.id: c for c in repo.claims.all()}
        new_articles: list[Article] = []
        new_claims: list[Claim] = []
        for article in incoming.articles:
            outcome, _ = classify_article(ours_articles.get(article.id), article)
            if outcome in (Outcome.ADDED, Outcome.UPDATED):
                new_articles.append(article)
            elif outcome is Outcome.CONFLICT:  # changed on both sides: merge field by field
                mine = ours_articles[article.id]
                joined = merge_article(mine, article, prefer=prefer, by=desk.user, origin=origin)
                if joined.conflicts:
                    report.conflicts.append(
                        Conflict(
                            "article",
                            article.id,
                            tuple(joined.conflicts),
                            resolution,
                            tuple(joined.details),
                        )
                    )
                else:
                    outcome = Outcome.MERGED if joined.changed else Outcome.KEPT
                if joined.from_file:
                    report.merged.append(
                        Merged(article.id, tuple(joined.from_file), (), kind="article")
                    )
                if joined.changed:
                    new_articles.append(joined.article)
            report.articles.count(outcome)
        known_articles = set(ours_articles) | {a.id for a in incoming.articles}
        removals = _Removals(desk, report, prefer, origin)
        removed_here = {
            claim_id: (a.id, entry)
            for a in ours_articles.values()
            for claim_id, entry in removed_claims(a.history).items()
        }
        # who ingested a new version of each article since the copies diverged, on each side
        article_versions = {
            a.id: new_versions(ours_articles[a.id], a)
            for a in incoming.articles
            if a.id in ours_articles
        }
        for claim in incoming.claims:
            if claim.article_id is not None and claim.article_id not in known_articles:
                raise InvalidInputError(
                    f"claim {claim.id} belongs to article {claim.article_id}, which is neither in "
                    "the file nor in the database"
                )
            ours = ours_claims.get(claim.id)
            removal = removed_here.get(claim.id)
            if ours is None and removal is not None:  # removed here, still in the file
                article_id, entry = removal
                decided, back = removals.removed_here(claim, article_id, entry)
                if back is not None:
                    new_claims.append(back)
                if decided is not None:
                    report.claims.count(decided)
                continue
            outcome, fields = classify_claim(ours, claim)
            versions = article_versions.get(claim.article_id or "", NewVersions())
            if ours is not None and _field_by_field(outcome, fields, versions):
                merged = merge_claim(
                    ours, claim, prefer=prefer, by=desk.user, origin=origin, versions=versions
                )
                outcome = _merged_outcome(merged, claim)
                if merged.conflicting:
                    report.conflicts.append(
                        Conflict(
                            "claim",
                            claim.id,
                            tuple(merged.conflict_fields),
                            resolution,
                            tuple(merged.conflict_details),
                        )
                    )
                if outcome is not Outcome.UPDATED:  # the file's version: nothing more to say
                    if merged.from_file or merged.conflicting:
                        report.merged.append(
                            Merged(claim.id, tuple(merged.from_file), tuple(merged.kept))
                        )
                    report.warnings.extend(merged.warnings)
                if merged.changed:
                    new_claims.append(merged.claim)
            elif outcome in (Outcome.ADDED, Outcome.UPDATED):
                new_claims.append(claim)
            report.claims.count(outcome)
        # claims the file's article history records removed since the copies diverged
        in_file = {c.id for c in incoming.claims}
        for article in incoming.articles:
            mine_article = ours_articles.get(article.id)
            if mine_article is None:
                continue
            since = article.history[common_history(mine_article.history, article.history) :]
            for claim_id, entry in removed_claims(since).items():
                here = ours_claims.get(claim_id)
                if claim_id in in_file or here is None:
                    continue
                kept = removals.removed_there(here, article.id, entry)
                if kept is not None:
                    new_claims.append(kept)
        final = {a.id: a for a in new_articles}
        removals.finish(final, ours_articles)
        new_articles = list(final.values())
        if dry_run or report.unresolved or not (new_articles or new_claims or removals.gone):
            return report
        repo.articles.put_many(new_articles)
        repo.claims.put_many(new_claims)
        for claim_id in removals.gone:
            repo.claims.delete(claim_id)
        report.applied = True
    return report


def merge_bytes(
    desk: Verifier,
    raw: bytes | Mapping[str, Any],
    *,
    prefer: Prefer | None = None,
    dry_run: bool = False,
    origin: str = "a file",
) -> ImportReport:
    """Parse and merge in one step (``raw`` is the file's bytes or its decoded content)."""
    incoming = (
        load_bytes(raw, origin=origin) if isinstance(raw, bytes) else parse(raw, origin=origin)
    )
    return merge(desk, incoming, prefer=prefer, dry_run=dry_run, origin=origin)
