"""History entries in words: one phrase per change, the same in the CLI, the TUI and reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from verifier.models import Claim, HistoryEntry


def short(value: Any, width: int = 60) -> str:
    """One line, cut to ``width`` with an ellipsis."""
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


AUTHOR_WIDTH = 12  # the author column of a history listing; a longer name is cut with "…"


def author_column(name: str, width: int = AUTHOR_WIDTH) -> str:
    """Who made a change, exactly ``width`` characters wide, so the changes line up after it."""
    return short(name, width).ljust(width)


def host_of(url: str) -> str:
    """The site a URL points at, without "www.": what a person recognises a source by."""
    try:
        host = urlsplit(url).hostname or url
    except ValueError:
        return url
    return host.removeprefix("www.")


def source_name(data: Any) -> str:
    """A stored source (as JSON) by its title, else publisher, else site."""
    if isinstance(data, dict):
        for key in ("title", "publisher"):
            if data.get(key):
                return str(data[key])
        if data.get("url"):
            return host_of(str(data["url"]))
    return "a source"


def status_entry(claim: Claim) -> HistoryEntry | None:
    """The history entry that set the claim's current status (the latest such), if recorded."""
    for entry in reversed(claim.history):
        if entry.action == "status" and entry.after == claim.status.value:
            return entry
    return None


def _detail(values: Any, field: str, width: int) -> str:
    value = values.get(field) if isinstance(values, dict) else None
    return f"“{short(value, width)}”" if value not in (None, "") else "—"


# -- changes that came by import (reports/claim_merge.py writes them) -----------------------------

# An import records what it took from a colleague's file in the importing person's name (``by``:
# who changed this database, and who can undo it) with the original author and the file in the
# detail: "by Ben, imported from ben.json", "; both sides changed it, the file's version taken"
# when that was a conflict decided for the file. A source entry's detail starts with the source
# id, as the service writes it ("s-1a2b; by Ben, imported from ben.json").
IMPORTED_FROM = "imported from "
TOOK_THEIRS = "both sides changed it, the file's version taken"
# A conflict decided against the file: before = our values (kept), after = the file's; see
# :func:`_declined`. It changes nothing, so undoing it (with the rest of its import) is a no-op.
IMPORT_DECLINED = "import_declined"
_PROVENANCE = re.compile(
    rf"^(?:[^;]*; )?(?:by (?P<who>.+?), )?{IMPORTED_FROM}(?P<origin>.+?)"
    rf"(?P<conflict>; {re.escape(TOOK_THEIRS)})?$",
    re.DOTALL,
)
_LEGACY = re.compile(r"^(?:[^;]*; )?(?=import from )")
# Actions whose phrase already is (or already contains) their detail.
_OWN_DETAIL = (
    "created",
    "ingested",
    "new_version",
    "attributions",
    "undo",
    "claim_removed",
    "restored",
)


@dataclass(frozen=True)
class Provenance:
    """Where a change that came by import came from: who made it, in which file."""

    who: str | None  # None: the file's history does not say
    origin: str
    conflict: bool  # both sides had changed it; the file's version was taken

    def describe(self, *, detailed: bool) -> str:
        where = self.origin if detailed else _file_name(self.origin)
        text = (f"by {self.who}, " if self.who else "") + IMPORTED_FROM + where
        return text + (f" ({TOOK_THEIRS})" if self.conflict else "")


def names(people: Sequence[str]) -> str:
    """'Ana', 'Ana and Ben', 'Ana, Ben and Cy'."""
    if len(people) <= 1:
        return "".join(people)
    return f"{', '.join(people[:-1])} and {people[-1]}"


def import_detail(
    authors: Sequence[str], origin: str, *, conflict: bool = False, source: str = ""
) -> str:
    """The detail of a history entry an import wrote (see :data:`IMPORTED_FROM`)."""
    text = (f"by {names(authors)}, " if authors else "") + IMPORTED_FROM + origin
    text += f"; {TOOK_THEIRS}" if conflict else ""
    return f"{source}; {text}" if source else text


def provenance(entry: HistoryEntry) -> Provenance | None:
    """Who made a change that came by import, and from which file (None: not imported)."""
    if entry.action in _OWN_DETAIL or IMPORTED_FROM not in entry.detail:
        return None
    found = _PROVENANCE.match(entry.detail)
    if found is None:
        return None
    return Provenance(found["who"], found["origin"], bool(found["conflict"]))


def own_detail(entry: HistoryEntry) -> str:
    """An entry's detail without what an import added to it (who made it, from which file):
    "forced past: no supporting source" for a forced verdict that came by import."""
    found = provenance(entry)
    if found is None:
        return entry.detail
    added = import_detail([found.who] if found.who else [], found.origin, conflict=found.conflict)
    return entry.detail.removesuffix(added).removesuffix("; ")


def original_author(entry: HistoryEntry) -> str:
    """Who made the change: the entry's author, or for one that came by import, its author."""
    found = provenance(entry)
    return found.who if found is not None and found.who else entry.by


def _file_name(origin: str) -> str:
    name = PurePath(origin).name
    return name or origin


def _shown(name: str, value: Any, width: int) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list) and all(isinstance(v, dict) and "name" in v for v in value):
        return short(", ".join(dict.fromkeys(str(v["name"]) for v in value)), width)  # attributions
    if isinstance(value, list | dict):
        return "(changed)"  # quantities, mentions: too long for one line
    if name in ("status", "kind"):
        return str(value).replace("_", " ")
    text = short(value, width)
    return f"“{text}”" if name in ("verdict_note", "text") else text


def _declined(before: Any, after: Any, *, detailed: bool) -> str:
    """'import: kept status verified; the file had status disputed'."""
    width = 70 if detailed else 40
    if not isinstance(before, dict) or not isinstance(after, dict):
        return "import: kept this side's version"
    if "source" in before:
        mine, theirs = before.get("source"), after.get("source")
        if not isinstance(mine, dict):
            stance = theirs.get("stance", "") if isinstance(theirs, dict) else ""
            name = f"{short(source_name(theirs), 50)} ({stance})"
            return f"import: kept the removal of source {name}; the file had edited it"
        name = f"{short(source_name(mine), 50)} ({mine.get('stance', '')})"
        if not isinstance(theirs, dict):
            return f"import: kept source {name}; the file had removed it"
        changed = [f for f in source_changes(mine, theirs) if f not in ("id", "url")]
        had = ", ".join(
            f"{SOURCE_FIELD_NAMES[f]} {_value(f, theirs.get(f), width)}" for f in changed
        )
        return f"import: kept source {name}; the file had {had or 'another version'}"

    def values(side: dict[str, Any]) -> str:
        return ", ".join(f"{n.replace('_', ' ')} {_shown(n, side.get(n), width)}" for n in before)

    return f"import: kept {values(before)}; the file had {values(after)}"


def describe_change(
    entry: HistoryEntry,
    *,
    detailed: bool = False,
    history: Sequence[HistoryEntry] | None = None,
    imported: bool = True,
) -> str:
    """One history entry as a short phrase: 'status unverified → verified'.

    ``detailed`` adds the values a brief report leaves out (old and new text, the note itself).
    ``history`` (the claim's whole history) lets a source edit that another change caused say so:
    'derived-from cleared (source Pentagon briefing removed)' rather than naming the removed
    source by its id. A change that came by import says who made it and from which file
    ('source added: BBC (refutes) — by Ben, imported from ben.json'; the whole path when
    ``detailed``); ``imported=False`` leaves that out (the import's own report).
    """
    text = _phrase(entry, detailed=detailed, history=history)
    if not imported:
        return text
    found = provenance(entry)
    if found is not None:
        return f"{text} — {found.describe(detailed=detailed)}"
    if entry.action not in (*_OWN_DETAIL, "imported") and _LEGACY.match(entry.detail):
        # written by an earlier version: "import from FILE: merged, changed in the file (…)"
        detail = _LEGACY.sub("", entry.detail)
        return f"{text} — {detail if detailed else short(detail, 90)}"
    return text


def _phrase(entry: HistoryEntry, *, detailed: bool, history: Sequence[HistoryEntry] | None) -> str:
    action, before, after = entry.action, entry.before, entry.after
    if action == "created":
        return f"created ({entry.detail})" if entry.detail else "created"
    if action == "status":
        text = f"status {str(before).replace('_', ' ')} → {str(after).replace('_', ' ')}"
        return text + (" (forced)" if entry.forced else "")
    if action == "verdict_note":
        if detailed:
            return f"verdict note: {short(after or '—', 70)}"
        return "verdict note set" if not before else "verdict note changed"
    if action == "source_edited" and isinstance(before, dict) and isinstance(after, dict):
        return _source_edit(entry, before, after, detailed=detailed, history=history)
    if action in ("source_added", "source_removed", "source_edited"):
        data = before if action == "source_removed" else after
        stance = data.get("stance", "") if isinstance(data, dict) else ""
        verb = action.replace("source_", "source ")
        text = f"{verb}: {short(source_name(data), 50)}" + (f" ({stance})" if stance else "")
        if detailed and isinstance(data, dict) and data.get("url"):
            text += f" {data['url']}"
        return text
    if action == "note":
        note = after.get("text", "") if isinstance(after, dict) else ""
        return f"note: {short(note, 70)}" if detailed and note else "note added"
    if action == "tags":
        tags = ", ".join(after) if isinstance(after, list) else ""
        if detailed:
            old = ", ".join(before) if isinstance(before, list) else ""
            return f"tags {old or '—'} → {tags or '—'}"
        return f"tags: {tags}" if tags else "tags removed"
    if action == "assigned":
        return f"assigned to {after}" if after else "unassigned"
    if action == "verdict_confirmed":
        text = "verdict confirmed for the new wording"
        if detailed and isinstance(before, str):
            text += f" (it was given to “{short(before, 70)}”)"
        return text
    if action == "claim_removed":  # in the article's history: the claim as it was is kept
        data = before if isinstance(before, dict) else {}
        text = f"claim {data.get('id', '?')} removed"
        text += f" ({entry.detail})" if entry.detail else ""
        return text + f": “{short(data.get('text', ''), 200 if detailed else 60)}”"
    if action == "claim_restored":
        return f"claim {after} put back"
    if action == "restored":
        if entry.detail.startswith("removed by "):  # the removal is in the article's history
            # said in full where a claim's history is listed (the short form sums up changes)
            return f"{entry.detail}; put back" if detailed else "put back"
        return f"put back ({entry.detail})" if entry.detail else "put back"
    if action == "text_edited":
        return f"text edited: “{before}” → “{after}”" if detailed else "text edited"
    if action == "placed":
        where = after.get("start") if isinstance(after, dict) else None
        return (
            "position in the article updated"
            if where is not None
            else "no longer quotes the article"
        )
    if action == "ingested":
        return f"ingested from {entry.detail}" if entry.detail else "ingested"
    if action == "new_version":
        return f"new version: {entry.detail}" if entry.detail else "new version ingested"
    if action == "details_edited":
        width = 300 if detailed else 50
        changes = [
            f"{field} {_detail(before, field, width)} → {_detail(after, field, width)}"
            for field in (after or {})
        ]
        return "details: " + "; ".join(changes)
    if action in ("revises", "left_article") and entry.detail:
        label = "revises" if action == "revises" else "left the article"
        return f"{label}: {entry.detail if detailed else short(entry.detail, 90)}"
    if action == "attributions":  # "attribution 0: name mayor → Bill de Blasio"
        return (entry.detail if detailed else short(entry.detail, 70)) or "attributions corrected"
    if action == IMPORT_DECLINED:
        return _declined(before, after, detailed=detailed)
    if action == "imported" and isinstance(before, dict) and provenance(entry) is not None:
        width = 70 if detailed else 40
        changes = [
            f"{n.replace('_', ' ')} {_shown(n, before.get(n), width)} → "
            f"{_shown(n, (after or {}).get(n), width)}"
            if isinstance(before.get(n), list)
            and isinstance((after or {}).get(n), list)
            and _shown(n, before.get(n), width) != "(changed)"
            else f"{n.replace('_', ' ')} changed"
            for n in before
        ]
        return "imported: " + "; ".join(changes)
    if action == "undo":
        if detailed:
            return f"undo ({entry.detail})" if entry.detail else "undo"
        return entry.detail or "undo"
    text = action.replace("_", " ")
    return f"{text}: {short(entry.detail)}" if entry.detail else text


# How a source's fields are named in words, in the order a person reads a source.
SOURCE_FIELD_NAMES: dict[str, str] = {
    "stance": "stance",
    "url": "url",
    "title": "title",
    "publisher": "publisher",
    "author": "author",
    "published": "published",
    "accessed": "accessed",
    "archive_url": "archive url",
    "kind": "kind",
    "excerpt": "excerpt",
    "note": "note",
    "traces_attribution": "traces attribution",
    "derived_from": "derived from",
}
_LONG_TEXT = ("excerpt", "note")  # a brief history says they changed, not what they say
_QUOTED = ("title", "publisher", "author", "excerpt", "note")
BRIEF_FIELDS = 3  # a brief history names this many changed fields, then "+N more"


def source_changes(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The fields (keys of :data:`SOURCE_FIELD_NAMES`) a source edit changed, in reading order."""
    return [f for f in SOURCE_FIELD_NAMES if before.get(f) != after.get(f)]


def _value(name: str, value: Any, width: int) -> str:
    if value is None or value == "":
        return "—"
    if name in ("url", "archive_url"):
        parts = urlsplit(str(value))
        value = f"{host_of(str(value))}{parts.path if parts.path not in ('', '/') else ''}"
    elif name in ("stance", "kind"):
        value = str(value).replace("_", " ")
    text = short(value, width)
    return f"“{text}”" if name in _QUOTED else text


def _removed_source(
    entry: HistoryEntry, source_id: Any, history: Sequence[HistoryEntry] | None
) -> Any | None:
    """The source (as stored) removed by the same change as ``entry``, if it was ``source_id``."""
    for other in history or ():
        if (
            other.change == entry.change
            and other.action == "source_removed"
            and isinstance(other.before, dict)
            and other.before.get("id") == source_id
        ):
            return other.before
    return None


def _field_change(
    name: str,
    old: Any,
    new: Any,
    *,
    detailed: bool,
    entry: HistoryEntry,
    history: Sequence[HistoryEntry] | None,
) -> str:
    label = SOURCE_FIELD_NAMES[name]
    if name == "derived_from" and new is None:
        removed = _removed_source(entry, old, history)
        if removed is not None:
            return f"derived-from cleared (source {short(source_name(removed), 40)} removed)"
        return f"derived-from cleared (was {old})"
    if name in _LONG_TEXT and not detailed:
        done = "added" if old in (None, "") else "cleared" if new in (None, "") else "changed"
        return f"{label} {done}"
    width = 40 if detailed else 30
    return f"{label} {_value(name, old, width)} → {_value(name, new, width)}"


def _source_edit(
    entry: HistoryEntry,
    before: dict[str, Any],
    after: dict[str, Any],
    *,
    detailed: bool,
    history: Sequence[HistoryEntry] | None,
) -> str:
    """'source edited: Pentagon briefing: stance supports → refutes' (what changed, compactly)."""
    changed = source_changes(before, after)
    name = short(source_name(after), 50)
    stance = after.get("stance")
    if not changed:
        return f"source edited: {name}" + (f" ({stance})" if stance else "")
    shown = changed if detailed else changed[:BRIEF_FIELDS]
    parts = [
        _field_change(
            f, before.get(f), after.get(f), detailed=detailed, entry=entry, history=history
        )
        for f in shown
    ]
    if len(changed) > len(shown):
        parts.append(f"+{len(changed) - len(shown)} more")
    head = f"source edited: {name}" + (f" ({stance})" if stance and "stance" not in changed else "")
    return f"{head}: {', '.join(parts)}"
