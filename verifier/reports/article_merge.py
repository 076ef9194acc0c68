"""Merging an article changed on both sides (an import): field by field, as claims are merged.

Both copies share the history up to where they diverged. After that, each side's history says what
it changed: ``details_edited`` (and the undo of one) names the detail fields, ``new_version`` the
text. A field only the file changed is taken from the file, one only we changed is kept, one both
changed to different values is a conflict that ``--prefer`` decides (a decision against the file is
recorded as ``import_declined``). A field that differs with no history saying who changed it is a
conflict too: nothing is guessed. What the file brought is recorded in the article's history, in
the importer's name, with the original author and the file in the detail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from verifier.history import import_detail, provenance
from verifier.models import Article, HistoryEntry
from verifier.reports.claim_merge import NewVersions, common_history

DETAILS = ("title", "publisher", "url", "author", "published")
TEXT = ("text", "sentences", "content_hash", "origin")  # a new version: these move together


@dataclass
class ArticleMerge:
    article: Article
    changed: bool = False
    conflicts: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # "title “A” here, “B” in the file"
    from_file: list[str] = field(default_factory=list)


def _touched(entries: Sequence[HistoryEntry]) -> tuple[set[str], list[str]]:
    """The fields these entries changed, and who changed them."""
    fields: set[str] = set()
    people: list[str] = []
    for e in entries:
        if e.action in ("details_edited", "undo") and isinstance(e.after, dict):
            fields |= set(e.after) & set(DETAILS)
        elif e.action == "new_version":
            fields |= set(TEXT)
        else:
            continue
        if e.by not in people:
            people.append(e.by)
    return fields, people


def new_versions(ours: Article, theirs: Article) -> NewVersions:
    """Who ingested a new version of the article on each side since the copies diverged (for
    merging its claims, whose positions a new version re-reads without a claim history entry)."""
    k = common_history(ours.history, theirs.history)

    def who(entries: Sequence[HistoryEntry]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(change_author(e) for e in entries if e.action == "new_version"))

    return NewVersions(who(ours.history[k:]), who(theirs.history[k:]))


def change_author(entry: HistoryEntry) -> str:
    """Who made a change: for one an import brought (its detail says so), the original author."""
    found = provenance(entry.model_copy(update={"action": "imported"}))
    return found.who if found is not None and found.who else entry.by


def _shown(value: Any) -> str:
    return f"“{value}”" if value not in (None, "", []) else "—"


def merge_article(
    ours: Article, theirs: Article, *, prefer: str | None, by: str, origin: str
) -> ArticleMerge:
    """``ours`` with what ``theirs`` changed since the copies diverged (see the module docstring)."""
    k = common_history(ours.history, theirs.history)
    mine, _ = _touched(ours.history[k:])
    their_fields, authors = _touched(theirs.history[k:])
    data_ours = ours.model_dump(mode="json")
    data_theirs = theirs.model_dump(mode="json")
    result = ArticleMerge(ours)
    take: dict[str, Any] = {}
    declined_before: dict[str, Any] = {}
    declined_after: dict[str, Any] = {}
    for name in (*DETAILS, *TEXT):
        if data_ours[name] == data_theirs[name]:
            continue
        if name in their_fields and name not in mine:
            take[name] = data_theirs[name]
            continue
        if name in mine and name not in their_fields:
            continue  # ours is the later value
        label = "text" if name in TEXT else name
        if label not in result.conflicts:
            result.conflicts.append(label)
            if name in TEXT:
                result.details.append("text: another version here than in the file")
            else:
                shown = f"{_shown(data_ours[name])} here, {_shown(data_theirs[name])} in the file"
                result.details.append(f"{name} {shown}")
        if prefer == "theirs":
            take[name] = data_theirs[name]
        elif name in DETAILS:
            declined_before[name] = data_ours[name]
            declined_after[name] = data_theirs[name]
    entries: list[HistoryEntry] = []
    details_taken = {n: v for n, v in take.items() if n in DETAILS}
    if details_taken:
        entries.append(
            HistoryEntry(
                by=by,
                action="details_edited",
                before={n: data_ours[n] for n in details_taken},
                after=details_taken,
                detail=import_detail(
                    authors, origin, conflict=bool(set(details_taken) & set(result.conflicts))
                ),
            )
        )
        result.from_file.append("details: " + ", ".join(details_taken))
    if "text" in take:
        entries.append(
            HistoryEntry(
                by=by,
                action="new_version",
                before=data_ours["content_hash"],
                after=data_theirs["content_hash"],
                detail=import_detail(authors, origin),
            )
        )
        result.from_file.append("a new version of the text")
    if declined_before and prefer == "ours":
        entries.append(
            HistoryEntry(
                by=by,
                action="import_declined",
                before=declined_before,
                after=declined_after,
                detail=import_detail(authors, origin),
            )
        )
    if not entries:
        return result
    merged = Article.model_validate(
        {
            **data_ours,
            **take,
            "history": [*data_ours["history"], *(e.model_dump(mode="json") for e in entries)],
        }
    )
    result.article, result.changed = merged, True
    return result
