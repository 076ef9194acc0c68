"""Merging one claim that changed both here and in an imported file (see :mod:`.interchange`).

Two people working on copies of a database usually change the same claim in compatible ways:
each adds a source, a tag, a note. Those are combined; only a genuine conflict (a field set to
different values on both sides) is left for ``prefer`` to decide.

Who changed what is read from the two histories. They agree up to the point where the copies
diverged; after it, each side's entries say which fields it changed and through which values. For
each field (and each source, and each tag) the *path* of values a side went through since the
divergence is compared with the other side's:

- equal now: nothing to do;
- one side's path extends the other's (the other never touched it, or already holds a value the
  first went through, e.g. from an earlier import of its file): that side's value is taken;
- otherwise both changed it to different values: a **conflict**, decided by ``prefer``
  (``"theirs"``: the file's value; ``"ours"`` or undecided: ours).

Sources (matched by id, else by normalised URL, as the service identifies them) and tags are
merged element by element: both sides' additions are kept; a removal is followed only when the
history shows it (a source the file removed and we did not edit since goes; a source the history
says nothing about is kept, so the result is the union). The verdict (status and verdict note) is
decided as one: taking one side's status with the other's note would say something neither said.
Notes are merged as the union, less a note the history shows one side took back (an undo).

A new version of the claim's article re-reads where the claim sits and what extraction finds in
it (position, score, numbers, mentions, attributions, whether it is still in the article) without
a claim history entry: the article's history records the version. So when exactly one side
ingested a new version since the copies diverged (:class:`NewVersions`, from the articles'
histories), those values on that side are taken to have gone on from the other side's: the other
side's stand only where a person there changed them (an attribution corrected, the text edited
and so placed), and that is a conflict. A side whose history has nothing since the copies
diverged changed nothing but what such a new version re-read (the file is simply newer, or
older). Values taken this way follow the article's version: they are recorded as one
``new_version`` entry of their own, which undo passes over (undoing the import's other changes
must not put the claim back at its place in a version of the article no longer there).

Changes taken from the file are recorded as history entries in the importing person's name (who
changed this database, and can undo it) with the service's own actions, as one change, so
``verifier undo`` reverts the whole import of the claim. Each entry's detail names who made the
change in the file (read from the file's history: the entries that changed that field, that
source, those tags; a note's own author) and the file: "by Ben, imported from ben.json" (see
:func:`verifier.history.import_detail`). A conflict decided against the file is recorded too, as an
``import_declined`` entry holding our kept values (``before``) and the file's (``after``), so a
colleague's rejected verdict does not vanish; it changes nothing, and undo passes over it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from verifier import ids
from verifier.errors import InvalidInputError
from verifier.history import (
    IMPORT_DECLINED,
    describe_change,
    import_detail,
    original_author,
    own_detail,
    short,
    source_changes,
    source_name,
)
from verifier.models import Claim, HistoryEntry, Note, Source, dump
from verifier.service import Verifier, validation_message
from verifier.workflow import earlier_wording, unmet_rules

Prefer = Literal["theirs", "ours"]
Decision = Literal["same", "ours", "theirs", "conflict"]

# Claim fields that say when, not what: never a reason to call two versions different.
CLAIM_BOOKKEEPING = ("history", "created_at", "updated_at")

# History actions that set one field of the claim, and that field.
_FIELD_ACTIONS = {
    "status": "status",
    "verdict_note": "verdict_note",
    "text_edited": "text",
    "tags": "tags",
    "assigned": "assignee",
    "attributions": "attributions",
}
_SOURCE_ACTIONS = ("source_added", "source_removed", "source_edited")
# History actions that record what a new version of the article did, not a person's change.
_ARTICLE_ACTIONS = ("left_article", "back_in_article", "new_version")
# Claim fields a new version of the article re-reads (ingest writes no claim history for them).
ARTICLE_DERIVED = ("start", "end", "score", "quantities", "mentions", "attributions", "in_article")
_PLACEMENT = ("start", "end", "quantities", "mentions")
# A page added on both sides under different ids (the URL written differently) is the same source
# when these are all that differ.
_SOURCE_IDENTITY = ("id", "url", "added_at", "added_by")


def differing_fields(
    ours: BaseModel, theirs: BaseModel, ignore: Iterable[str] = ()
) -> tuple[str, ...]:
    a, b = dump(ours), dump(theirs)
    skip = set(ignore)
    return tuple(k for k in a if k not in skip and a[k] != b.get(k))


# -- what each side changed since the copies diverged -------------------------------------------


def common_history(ours: Sequence[HistoryEntry], theirs: Sequence[HistoryEntry]) -> int:
    """How many entries the two histories share from the start (where the copies diverged)."""
    n = 0
    for a, b in zip(ours, theirs, strict=False):
        if dump(a) != dump(b):
            break
        n += 1
    return n


def _effects(entry: HistoryEntry, history: Sequence[HistoryEntry]) -> list[tuple[str, Any, Any]]:
    """(key, before, after) for each thing an entry changed: a claim field, or "source:<id>"."""
    action, before, after = entry.action, entry.before, entry.after
    if action == "undo":  # puts back what its change set: each effect of that change, reversed
        group = [e for e in history if e.change == after and e.action != "undo"]
        return [(key, a, b) for e in reversed(group) for key, b, a in _effects(e, history)]
    if action in _FIELD_ACTIONS:
        return [(_FIELD_ACTIONS[action], before, after)]
    if action == "note" and isinstance(after, dict):  # undone: the note is gone again
        return [(note_key(after), before, after)]
    if action in _SOURCE_ACTIONS:
        data = after if action == "source_added" else before
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            return [(f"source:{data['id']}", before, after)]
        return []
    if action == "placed" and isinstance(before, dict) and isinstance(after, dict):
        return [(name, before.get(name), after.get(name)) for name in _PLACEMENT]
    if action in ("left_article", "back_in_article"):
        return [("in_article", before, after)]
    if (
        action in ("imported", "new_version")
        and isinstance(before, dict)
        and isinstance(after, dict)
    ):
        effects = [(n, before.get(n), after.get(n)) for n in before if n != "notes"]
        if isinstance(before.get("notes"), list) and isinstance(after.get("notes"), list):
            effects += _note_effects(before["notes"], after["notes"])
        return effects
    return []


def note_key(note: dict[str, Any]) -> str:
    """A note's identity in merge paths (notes have no id: when, by whom, what)."""
    return f"note:{note.get('at')}|{note.get('by')}|{note.get('text')}"


def _note_effects(before: list[Any], after: list[Any]) -> list[tuple[str, Any, Any]]:
    """The notes an import removed or added, each as a change of its own key."""
    old = {note_key(n): n for n in before if isinstance(n, dict)}
    new = {note_key(n): n for n in after if isinstance(n, dict)}
    return [(k, n, None) for k, n in old.items() if k not in new] + [
        (k, None, n) for k, n in new.items() if k not in old
    ]


def changes_since(
    base: Sequence[HistoryEntry], history: Sequence[HistoryEntry]
) -> list[HistoryEntry]:
    """The changes a person made in ``history`` since it and ``base`` diverged (what a new
    version of the article re-read is not one, nor a record that an import declined something).
    Used for a claim removed on one side: its removal record (``base``) against the other
    side's claim, which was worked on since when this is not empty."""
    start = common_history(base, history)
    return [e for e in history[start:] if e.action not in (*_ARTICLE_ACTIONS, IMPORT_DECLINED)]


def person_keys(suffix: Sequence[HistoryEntry], history: Sequence[HistoryEntry]) -> set[str]:
    """The keys a person changed in ``suffix`` (not what a new version of the article did)."""
    return {
        key
        for entry in suffix
        if entry.action not in _ARTICLE_ACTIONS
        for key, _, _ in _effects(entry, history)
    }


def value_paths(
    suffix: Sequence[HistoryEntry], history: Sequence[HistoryEntry]
) -> dict[str, list[Any]]:
    """For each key a side changed in ``suffix``, the values it went through (from the one it
    had where the copies diverged)."""
    paths: dict[str, list[Any]] = {}
    for entry in suffix:
        for key, before, after in _effects(entry, history):
            path = paths.setdefault(key, [before])
            if after != path[-1]:
                path.append(after)
    return paths


def _ending(path: list[Any] | None, now: Any) -> list[Any]:
    if path is None:
        return [now]
    return path if path[-1] == now else [*path, now]  # a change the history does not record


def _extends(longer: list[Any], shorter: list[Any]) -> bool:
    return len(longer) > len(shorter) and longer[: len(shorter)] == shorter


def _went_past(longer: list[Any], shorter: list[Any]) -> bool:
    """``longer`` went through ``shorter``'s current value and on to one ``shorter`` never held:
    the other side came to our value later than the copies diverged (it took it from our file,
    or a conflict was settled our way) and has not moved since."""
    # (not the value both had where the copies diverged: going back to it is a change too)
    return shorter[-1] in longer[1:-1] and longer[-1] not in shorter


def decide(path_ours: list[Any], path_theirs: list[Any]) -> Decision:
    """Whose value stands, from the values each side went through (each ends at its current one).

    A side whose path extends the other's, or went past the other's current value (which that
    side took from it since the copies diverged: two colleagues who settled a conflict go on from
    the value they agreed), is ahead; otherwise both changed it: a conflict."""
    if path_ours[-1] == path_theirs[-1]:
        return "same"
    if _extends(path_theirs, path_ours) or _went_past(path_theirs, path_ours):
        return "theirs"
    if _extends(path_ours, path_theirs) or _went_past(path_ours, path_theirs):
        return "ours"
    return "conflict"


# -- the merge -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewVersions:
    """Who ingested a new version of the claim's article since the copies diverged, on each
    side (empty: that side did not; both empty when the file does not hold the article)."""

    ours: tuple[str, ...] = ()
    theirs: tuple[str, ...] = ()

    @property
    def side(self) -> Literal["ours", "theirs"] | None:
        """The one side that did, if only one did."""
        if bool(self.ours) == bool(self.theirs):
            return None
        return "ours" if self.ours else "theirs"


@dataclass
class ClaimMerge:
    """Ours with the file's compatible changes merged in, and what could not be merged."""

    claim: Claim
    changed: bool = False  # ``claim`` differs from ours (entries were added to its history)
    # the claim fields both sides changed to different values, and the values in words
    conflict_fields: list[str] = field(default_factory=list)
    conflict_details: list[str] = field(default_factory=list)
    from_file: list[str] = field(default_factory=list)  # what the file brought, in words
    kept: list[str] = field(default_factory=list)  # what only this side had, kept
    warnings: list[str] = field(default_factory=list)

    @property
    def conflicting(self) -> bool:
        return bool(self.conflict_fields)


class _Merger:
    def __init__(
        self,
        ours: Claim,
        theirs: Claim,
        prefer: Prefer | None,
        by: str,
        origin: str,
        versions: NewVersions,
    ):
        self.ours, self.theirs, self.prefer, self.by = ours, theirs, prefer, by
        self.start = start = common_history(ours.history, theirs.history)
        self.paths_ours = value_paths(ours.history[start:], ours.history)
        self.paths_theirs = value_paths(theirs.history[start:], theirs.history)
        self.person_ours = person_keys(ours.history[start:], ours.history)
        self.person_theirs = person_keys(theirs.history[start:], theirs.history)
        # a side whose history has nothing since the copies diverged
        self.quiet_ours = start == len(ours.history)
        self.quiet_theirs = start == len(theirs.history)
        self.versions = versions
        self.authors = authors(theirs.history[start:], theirs.history, known=self.paths_ours)
        if versions.side == "theirs":  # what the new version re-read: whoever ingested it
            for key in ARTICLE_DERIVED:
                people = self.authors.setdefault(key, [])
                people += [name for name in versions.theirs if name not in people]
        self.origin = origin
        self.plain_ours, self.plain_theirs = dump(ours), dump(theirs)
        self.claim = ours.model_copy(deep=True)
        self.entries: list[HistoryEntry] = []
        self.article_entries: list[HistoryEntry] = []  # values that follow the article's version
        self.result = ClaimMerge(claim=ours)

    # helpers
    def paths(self, key: str, now_ours: Any, now_theirs: Any) -> tuple[list[Any], list[Any]]:
        """The values each side went through since the copies diverged, ending at its current
        one: what its history records, and what the history cannot (see the module docstring)."""
        ours, theirs = self.paths_ours.get(key), self.paths_theirs.get(key)
        derived = key in ARTICLE_DERIVED
        side = self.versions.side
        if derived and side == "theirs" and theirs is None:
            theirs = _went_on(ours, key in self.person_ours, now_ours)
        elif derived and side == "ours" and ours is None:
            ours = _went_on(theirs, key in self.person_theirs, now_theirs)
        # a side with no history since the copies diverged did not change it (unless it took a
        # new version of the article and this is a value that re-reads): what the other side has
        # came after, whatever its history says (or does not)
        still_ours = self.quiet_ours and not (derived and self.versions.ours)
        still_theirs = self.quiet_theirs and not (derived and self.versions.theirs)
        if still_ours and not still_theirs:
            ours, theirs = None, [now_ours, *(theirs or [])]
        elif still_theirs and not still_ours:
            ours, theirs = [now_theirs, *(ours or [])], None
        return _ending(ours, now_ours), _ending(theirs, now_theirs)

    def decision(self, key: str, now_ours: Any, now_theirs: Any) -> Decision:
        return decide(*self.paths(key, now_ours, now_theirs))

    def follows_article(self, key: str, decision: Decision) -> bool:
        """Whether the file's value of ``key`` is taken because the file has the article's new
        version (not because a person there changed it)."""
        return (
            decision == "theirs"
            and key in ARTICLE_DERIVED
            and self.versions.side == "theirs"
            and key not in self.person_theirs
        )

    def who(self, *keys: str) -> list[str]:
        """Who changed these keys in the file since the copies diverged (history order)."""
        return list(dict.fromkeys(name for key in keys for name in self.authors.get(key, ())))

    def record(
        self,
        action: str,
        before: Any,
        after: Any,
        *,
        conflict: bool,
        keys: Iterable[str] = (),
        source: str = "",
        who: Sequence[str] | None = None,
        forced: bool = False,
    ) -> HistoryEntry:
        """An entry for a change taken from the file, naming who made it there and the file."""
        people = list(who) if who is not None else self.who(*keys)
        entry = HistoryEntry(
            by=self.by,
            action=action,
            before=before,
            after=after,
            detail=import_detail(people, self.origin, conflict=conflict, source=source),
            forced=forced,
        )
        self.entries.append(entry)
        return entry

    def declined(self, before: dict[str, Any], after: dict[str, Any], *keys: str) -> None:
        """Record a conflict decided against the file: our values kept, the file's (and who set
        them there) in the history. Once per decision: importing the same file again adds none."""
        detail = import_detail(self.who(*keys), self.origin)
        if already_declined(self.ours.history, before, after, detail):
            return
        self.entries.append(
            HistoryEntry(
                by=self.by, action=IMPORT_DECLINED, before=before, after=after, detail=detail
            )
        )

    def conflict(self, name: str, detail: str = "") -> bool:
        """Note a conflict on a claim field; True when the file's version is to be taken."""
        if name not in self.result.conflict_fields:
            self.result.conflict_fields.append(name)
        if detail:
            self.result.conflict_details.append(detail)
        return self.prefer == "theirs"

    # the parts of a claim
    def verdict(self) -> None:
        """Status and verdict note, decided together."""
        names = ("status", "verdict_note")
        decisions = {n: self.decision(n, self.plain_ours[n], self.plain_theirs[n]) for n in names}
        differ = [n for n in names if decisions[n] != "same"]
        kinds = {decisions[n] for n in differ}
        if not kinds or kinds == {"ours"}:
            return
        if kinds == {"theirs"}:
            take, conflict = True, False
        else:
            take, conflict = False, True
            for n in differ:
                take = self.conflict(n, _both(self.ours, self.theirs, [n]))
        if not take:
            self.declined(
                {n: self.plain_ours[n] for n in differ},
                {n: self.plain_theirs[n] for n in differ},
                *differ,
            )
            return
        for n in differ:
            before, after = self.plain_ours[n], self.plain_theirs[n]
            setattr(self.claim, n, getattr(self.theirs, n))
            setter = self.set_in_file(after) if n == "status" else None
            forced = setter is not None and setter.forced
            # why it was forced there, carried over (the provenance is read after its "; ")
            why = own_detail(setter).replace("; ", ", ") if setter is not None and forced else ""
            entry = self.record(
                n, before, after, conflict=conflict, keys=[n], forced=forced, source=why
            )
            self.result.from_file.append(describe_change(entry, imported=False))

    def set_in_file(self, status: str) -> HistoryEntry | None:
        """The file's entry that set its verdict ``status`` since the copies diverged."""
        return next(
            (
                e
                for e in reversed(self.theirs.history[self.start :])
                if e.action == "status" and e.after == status
            ),
            None,
        )

    def scalar(self, name: str, action: str) -> None:
        before, after = self.plain_ours[name], self.plain_theirs[name]
        decision = self.decision(name, before, after)
        if decision in ("same", "ours"):
            return
        conflict = decision == "conflict"
        if conflict and not self.conflict(name, _both(self.ours, self.theirs, [name])):
            self.declined({name: before}, {name: after}, name)
            return
        setattr(self.claim, name, getattr(self.theirs, name))
        entry = self.record(action, before, after, conflict=conflict, keys=[name])
        self.result.from_file.append(describe_change(entry, imported=False))

    def tags(self) -> None:
        ours, theirs = list(self.ours.tags), list(self.theirs.tags)
        if ours == theirs:
            return
        path_ours, path_theirs = self.paths("tags", ours, theirs)

        def presence(path: list[Any], tag: str) -> list[bool]:
            out: list[bool] = []
            for value in path:
                has = isinstance(value, list) and tag in value
                if not out or out[-1] != has:
                    out.append(has)
            return out

        merged = list(ours)
        added, dropped = [], []
        for tag in dict.fromkeys([*ours, *theirs]):
            if (tag in ours) == (tag in theirs):
                continue
            decision = decide(presence(path_ours, tag), presence(path_theirs, tag))
            if decision == "theirs":  # the file added it, or removed it since we last agreed
                if tag in theirs:
                    merged.append(tag)
                    added.append(tag)
                else:
                    merged.remove(tag)
                    dropped.append(tag)
            elif tag in ours:  # ours (added or kept here), or no record either way: keep it
                self.result.kept.append(f"tag {tag}")
            elif decision == "ours":  # removed here since
                self.result.kept.append(f"the removal of tag {tag}")
            elif decision == "conflict":  # the history says nothing: the union keeps it
                merged.append(tag)
                added.append(tag)
        if merged == ours:
            return
        self.claim.tags = merged
        self.record("tags", ours, list(merged), conflict=False, keys=["tags"])
        words = [f"+{t}" for t in added] + [f"−{t}" for t in dropped]
        self.result.from_file.append("tags " + " ".join(words))

    def sources(self) -> None:
        ours_by_id = {s.id: s for s in self.ours.sources}
        their_ids = {s.id for s in self.theirs.sources}
        unpaired_by_url = {_url_key(s.url): s for s in self.ours.sources if s.id not in their_ids}
        pairs: dict[str, Source] = {}  # our id -> their version
        alias: dict[str, str] = {}  # their id -> our id (the same page under another id)
        theirs_only: list[Source] = []
        for source in self.theirs.sources:
            mine = ours_by_id.get(source.id) or unpaired_by_url.pop(_url_key(source.url), None)
            if mine is None:
                theirs_only.append(source)
                continue
            pairs[mine.id] = source
            if mine.id != source.id:
                alias[source.id] = mine.id

        result: list[Source] = []
        taken: set[str] = set()  # ids of sources whose version came from the file
        for mine in self.ours.sources:
            their = pairs.get(mine.id)
            if their is None:
                if self._keep_ours_only(mine):
                    result.append(mine)
                continue
            chosen = self._paired(mine, their)
            if chosen is not mine:
                taken.add(mine.id)
            result.append(chosen)
        for their in theirs_only:
            if self._take_theirs_only(their):
                result.append(their)
                taken.add(their.id)
        # links between the file's sources follow them to the ids they have here
        for i, source in enumerate(result):
            if source.id in taken and source.derived_from in alias:
                result[i] = source.model_copy(update={"derived_from": alias[source.derived_from]})
        self.claim.sources = result
        self._fix_links()

    def _describe_source(self, source: Source) -> str:
        return f"{short(source_name(dump(source)), 50)} ({source.stance.value})"

    def _keep_ours_only(self, mine: Source) -> bool:
        """A source only we have: ours (kept), or one the file removed (gone, unless we edited it)."""
        key = f"source:{mine.id}"
        decision = self.decision(key, dump(mine), None)
        name = self._describe_source(mine)
        conflict = decision == "conflict" and key in self.paths_theirs
        if decision == "theirs" or (
            conflict
            and self.conflict("sources", f"source {name}: removed in the file, edited here")
        ):
            entry = self.record(
                "source_removed", dump(mine), None, conflict=conflict, keys=[key], source=mine.id
            )
            self.result.from_file.append(describe_change(entry, imported=False))
            return False
        if conflict:
            self.declined({"source": dump(mine)}, {"source": None}, key)
        self.result.kept.append(f"source {name}")
        return True

    def _take_theirs_only(self, their: Source) -> bool:
        """A source only the file has: added there (taken), or one we removed (stays removed)."""
        key = f"source:{their.id}"
        decision = self.decision(key, None, dump(their))
        name = self._describe_source(their)
        if decision == "ours":
            self.result.kept.append(f"the removal of source {name}")
            return False
        conflict = decision == "conflict" and key in self.paths_ours  # removed here, edited there
        if conflict and not self.conflict(
            "sources", f"source {name}: removed here, edited in the file"
        ):
            self.declined({"source": None}, {"source": dump(their)}, key)
            return False
        entry = self.record(
            "source_added", None, dump(their), conflict=conflict, keys=[key], source=their.id
        )
        self.result.from_file.append(describe_change(entry, imported=False))
        return True

    def _paired(self, mine: Source, their: Source) -> Source:
        """One source on both sides: the version that stands."""
        name = self._describe_source(mine)
        if all(
            getattr(mine, f) == getattr(their, f)
            for f in Source.model_fields
            if f not in _SOURCE_IDENTITY
        ):
            return mine  # the same page with the same details (added on both sides, say)
        if mine.id == their.id:
            decision = self.decision(f"source:{mine.id}", dump(mine), dump(their))
        elif self.quiet_ours != self.quiet_theirs:  # one side changed nothing: the other's
            decision = "theirs" if self.quiet_ours else "ours"
        else:  # the same page, added on both sides under differently written URLs
            decision = "conflict"
        if decision == "ours":
            return mine
        conflict = decision == "conflict"
        if conflict:
            differ = [f for f in source_changes(dump(mine), dump(their)) if f != "url"]
            if not self.conflict("sources", f"source {name}: {_both(mine, their, differ)}"):
                self.declined({"source": dump(mine)}, {"source": dump(their)}, f"source:{their.id}")
                return mine
        chosen = their.model_copy(update={"id": mine.id}) if mine.id != their.id else their
        entry = self.record(
            "source_edited",
            dump(mine),
            dump(chosen),
            conflict=conflict,
            keys=[f"source:{their.id}"],
            source=mine.id,
        )
        self.result.from_file.append(describe_change(entry, imported=False))
        return chosen

    def _fix_links(self) -> None:
        """A source deriving from one no longer here stands alone, as when the service removes
        its origin; a source tracing an attribution the claim no longer has traces none."""
        present = {s.id for s in self.claim.sources}
        for i, source in enumerate(self.claim.sources):
            update: dict[str, Any] = {}
            if source.derived_from is not None and source.derived_from not in present:
                update["derived_from"] = None
            traced = source.traces_attribution
            if traced is not None and traced >= len(self.claim.attributions):
                update["traces_attribution"] = None
            if not update:
                continue
            fixed = source.model_copy(update=update)
            self.claim.sources[i] = fixed
            # a consequence of what the import took (the origin removed): the import did it
            entry = self.record(
                "source_edited",
                dump(source),
                dump(fixed),
                conflict=False,
                source=source.id,
                who=[],
            )
            self.result.from_file.append(
                describe_change(entry, history=self.entries, imported=False)
            )

    def notes(self) -> None:
        """Both sides' notes, less one a side's history shows it took back (and the other kept)."""
        ours = {note_key(dump(n)): n for n in self.ours.notes}
        theirs = {note_key(dump(n)): n for n in self.theirs.notes}
        count = 0
        for key, note in theirs.items():
            if key in ours:
                continue
            if self.decision(key, None, dump(note)) == "ours":  # taken back here since
                self.result.kept.append(f"the removal of a note by {note.by}")
                continue
            self.record("note", None, dump(note), conflict=False, who=[note.by])
            self.claim.notes.append(Note.model_validate(dump(note)))
            count += 1
        if count:
            self.result.from_file.append(f"{count} note{'s' if count != 1 else ''} added")
        gone = [
            key
            for key, note in ours.items()
            if key not in theirs and self.decision(key, dump(note), None) == "theirs"
        ]
        if not gone:
            return
        before = [dump(n) for n in self.claim.notes]
        self.claim.notes = [n for n in self.claim.notes if note_key(dump(n)) not in gone]
        after = [dump(n) for n in self.claim.notes]  # no action removes one note: undo restores
        self.record("imported", {"notes": before}, {"notes": after}, conflict=False, keys=gone)
        self.result.from_file.append(f"{len(gone)} note{'s' if len(gone) != 1 else ''} removed")

    def rest(self, covered: Iterable[str]) -> None:
        """Fields no person's action sets one by one (attributions, kind, position, ...)."""
        names = differing_fields(self.ours, self.theirs, ignore=(*CLAIM_BOOKKEEPING, *covered))
        taken: list[str] = []
        refused: list[str] = []
        following: list[str] = []  # taken with the article's new version
        conflict = False
        for name in names:
            decision = self.decision(name, self.plain_ours[name], self.plain_theirs[name])
            if self.follows_article(name, decision):
                following.append(name)
            elif decision == "theirs" or (
                decision == "conflict"
                and self.conflict(name, _both(self.ours, self.theirs, [name]))
            ):
                taken.append(name)
                conflict = conflict or decision == "conflict"
            elif decision == "conflict":
                refused.append(name)
        if following:
            self.new_version(following)
        if refused:
            self.declined(
                {n: self.plain_ours[n] for n in refused},
                {n: self.plain_theirs[n] for n in refused},
                *refused,
            )
        if not taken:
            return
        before = {n: self.plain_ours[n] for n in taken}
        after = {n: self.plain_theirs[n] for n in taken}
        self.record("imported", before, after, conflict=conflict, keys=taken)
        self.claim = self.claim.model_copy(update={n: getattr(self.theirs, n) for n in taken})
        self.result.from_file.append(f"{', '.join(n.replace('_', ' ') for n in taken)} changed")

    def new_version(self, names: list[str]) -> None:
        """Take what the file's new version of the article re-read, as one entry of its own."""
        if "in_article" in names:
            what = "back in the article" if self.theirs.in_article else "no longer in the article"
        else:
            words = list(dict.fromkeys(_DERIVED_WORDS[n] for n in names))
            what = f"{', '.join(words)} re-read from it"
        self.article_entries.append(
            HistoryEntry(
                by=self.by,
                action="new_version",
                before={n: self.plain_ours[n] for n in names},
                after={n: self.plain_theirs[n] for n in names},
                detail=f"{what}; {import_detail(self.versions.theirs, self.origin)}",
            )
        )
        self.claim = self.claim.model_copy(update={n: getattr(self.theirs, n) for n in names})
        self.result.from_file.append(f"the article's new version: {what}")

    def run(self) -> ClaimMerge:
        self.verdict()
        self.scalar("text", "text_edited")
        self.scalar("assignee", "assigned")
        self.tags()
        self.sources()
        self.notes()
        self.rest(("status", "verdict_note", "text", "assignee", "tags", "sources", "notes"))
        result = self.result
        if not self.entries and not self.article_entries:
            return result
        self.claim.history = list(self.ours.history)
        for entries in (self.article_entries, self.entries):  # undo reverts the second alone
            if entries:
                Verifier.record(self.claim, entries)
        try:
            result.claim = Claim.model_validate(dump(self.claim))
        except ValidationError as exc:
            raise InvalidInputError(f"claim {self.ours.id}: {validation_message(exc)}") from None
        result.changed = True
        merged = result.claim
        if merged.status.is_verdict:
            unmet = unmet_rules(merged, merged.status, None)
            before = (
                unmet_rules(self.ours, self.ours.status, None)
                if self.ours.status is merged.status
                else []
            )
            if unmet and unmet != before:
                result.warnings.append(
                    f"claim {merged.id}: after the merge its {merged.status.label} verdict does "
                    f"not meet its rule: {'; '.join(unmet)}"
                )
            if earlier_wording(merged) is not None and earlier_wording(self.ours) is None:
                result.warnings.append(
                    f"claim {merged.id}: the file rewords it, so its {merged.status.label} "
                    "verdict was given to the earlier wording (✗ until it is set again)"
                )
        return result


def authors(
    suffix: Sequence[HistoryEntry],
    history: Sequence[HistoryEntry],
    known: dict[str, list[Any]] | None = None,
) -> dict[str, list[str]]:
    """For each key a side changed in ``suffix`` (as :func:`value_paths`), who changed it: the
    entries' authors, or for a change that came to that side by import, its original author.

    ``known``: the values the other side went through (its :func:`value_paths`); a change to a
    value it changed to as well is no news from this side (both took it from the same place, one
    of them by an import that recorded it anew), so its author is not named again."""
    found: dict[str, list[str]] = {}
    for entry in suffix:
        who = original_author(entry)
        for key, _, after in _effects(entry, history):
            people = found.setdefault(key, [])
            if who not in people and after not in (known or {}).get(key, [])[1:]:
                people.append(who)
    return found


def already_declined(
    history: Iterable[HistoryEntry], before: Any, after: Any, detail: str
) -> bool:
    """Whether ``history`` already records this decision against a file (``import_declined``
    with these values): importing the same file again records it once."""
    return any(
        e.action == IMPORT_DECLINED and (e.before, e.after, e.detail) == (before, after, detail)
        for e in history
    )


def _went_on(path: list[Any] | None, changed_by_person: bool, now: Any) -> list[Any]:
    """The values the side that ingested a new version of the article went through, before its
    current one, for a value that version re-read: the other side's (it had that version of the
    article too), or only where they started, when a person there changed them since."""
    values = path if path is not None else [now]
    return [values[0]] if changed_by_person else list(values)


# How the values a new version of the article re-reads are named in its history entry.
_DERIVED_WORDS = {
    "start": "position",
    "end": "position",
    "score": "score",
    "quantities": "numbers",
    "mentions": "mentions",
    "attributions": "attributions",
}


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list) and all(isinstance(v, dict) and "name" in v for v in value):
        return short(", ".join(dict.fromkeys(str(v["name"]) for v in value)), 60)  # attributions
    if isinstance(value, list | dict):
        return "(changed)"  # quantities, mentions: too long for one line
    return short(value, 40)


def _both(ours: BaseModel, theirs: BaseModel, names: Iterable[str]) -> str:
    """'status verified here, false in the file' for each field named."""
    a, b = dump(ours), dump(theirs)
    words = []
    for n in names:
        mine, their = _shown(a.get(n)), _shown(b.get(n))
        if n in ("status", "stance", "kind"):
            mine, their = mine.replace("_", " "), their.replace("_", " ")
        words.append(f"{n.replace('_', ' ')} {mine} here, {their} in the file")
    return "; ".join(words)


def _url_key(url: str) -> str:
    try:
        return ids.normalise_url(url)
    except ValueError:
        return url


def merge_claim(
    ours: Claim,
    theirs: Claim,
    *,
    prefer: Prefer | None,
    by: str,
    origin: str,
    versions: NewVersions | None = None,
) -> ClaimMerge:
    """Merge the file's version of a claim into ours (module docstring). ``versions``: who
    ingested a new version of its article on each side since the copies diverged."""
    return _Merger(ours, theirs, prefer, by, origin, versions or NewVersions()).run()
