"""History entries in words: one phrase per change, the same in the CLI, the TUI and reports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from verifier.models import Claim, HistoryEntry


def short(value: Any, width: int = 60) -> str:
    """One line, cut to ``width`` with an ellipsis."""
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


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


def describe_change(
    entry: HistoryEntry, *, detailed: bool = False, history: Sequence[HistoryEntry] | None = None
) -> str:
    """One history entry as a short phrase: 'status unverified → verified'.

    ``detailed`` adds the values a brief report leaves out (old and new text, the note itself).
    ``history`` (the claim's whole history) lets a source edit that another change caused say so:
    'derived-from cleared (source Pentagon briefing removed)' rather than naming the removed
    source by its id.
    """
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
    if action == "text_edited":
        return f"text edited: “{before}” → “{after}”" if detailed else "text edited"
    if action == "placed":
        where = after.get("start") if isinstance(after, dict) else None
        return "position in the article updated" if where is not None else "no longer quotes the article"
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
    if action == "attributions":  # "attribution 0: name mayor → Bill de Blasio"
        return (entry.detail if detailed else short(entry.detail, 70)) or "attributions corrected"
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
