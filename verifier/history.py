"""History entries in words: one phrase per change, the same in the CLI, the TUI and reports."""

from __future__ import annotations

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


def describe_change(entry: HistoryEntry, *, detailed: bool = False) -> str:
    """One history entry as a short phrase: 'status unverified → verified'.

    ``detailed`` adds the values a brief report leaves out (old and new text, the note itself).
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
    if action == "attributions":  # "attribution 0: name mayor → Bill de Blasio"
        return (entry.detail if detailed else short(entry.detail, 70)) or "attributions corrected"
    if action == "undo":
        if detailed:
            return f"undo ({entry.detail})" if entry.detail else "undo"
        return entry.detail or "undo"
    text = action.replace("_", " ")
    return f"{text}: {short(entry.detail)}" if entry.detail else text
