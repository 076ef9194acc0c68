"""The verification workflow's rules, as pure functions over a claim.

A verdict must rest on the evidence it claims: ``verified`` needs a supporting source, ``false``
a refuting one, ``disputed`` one of each, ``partly_verified`` a supporting or mixed one, and
``unverifiable`` a note saying why. A person may force a verdict past these rules; the service
records that it was forced. Two independent supporting sources are the newsroom norm for a
verdict: :func:`corroborate` counts them, and flags a verdict that rests on fewer.
"""

from __future__ import annotations

from dataclasses import dataclass

from verifier.models import Claim, HistoryEntry, Source, Stance, Status


@dataclass(frozen=True)
class Corroboration:
    """How much evidence a claim has, counting a chain of derived sources once."""

    supporting: int
    refuting: int
    mixed: int
    context: int
    independent_supporting: int
    independent_refuting: int
    thin: bool  # the claim's verdict rests on fewer than two independent sources
    unmet: tuple[
        str, ...
    ] = ()  # rules the current verdict no longer meets (forced, or evidence removed)

    @property
    def total(self) -> int:
        return self.supporting + self.refuting + self.mixed + self.context

    @property
    def summary(self) -> str:
        """Compact form for tables: "+2 -1" (supporting, refuting), "+0 -0 ±1" with mixed ones."""
        return counts_summary(self.supporting, self.refuting, self.mixed)


MIXED_SIGN = "±"


def counts_summary(supporting: int, refuting: int, mixed: int) -> str:
    """The CLI's and the TUI's evidence column: "+2 -1", and "±N" when N sources are mixed (a
    partly verified verdict may rest on them alone)."""
    text = f"+{supporting} -{refuting}"
    return f"{text} {MIXED_SIGN}{mixed}" if mixed else text


def origin_of(source: Source, by_id: dict[str, Source]) -> str:
    """The source at the root of ``derived_from`` links.

    A dangling link ends the walk. Sources that derive from each other in a cycle share one
    origin (the smallest id in the cycle), so they count once, not once each.
    """
    path = [source.id]
    current = source
    while current.derived_from and current.derived_from in by_id:
        parent = by_id[current.derived_from]
        if parent.id in path:
            return min(path[path.index(parent.id) :])
        path.append(parent.id)
        current = parent
    return current.id


def independent_count(sources: list[Source], stance: Stance, all_sources: list[Source]) -> int:
    """How many independent origins the sources of this stance trace back to."""
    by_id = {s.id: s for s in all_sources}
    return len({origin_of(s, by_id) for s in sources if s.stance == stance})


def evidence_needed(status: Status) -> Stance | None:
    """The stance whose independent sources a verdict rests on (None: no such count applies)."""
    return {
        Status.VERIFIED: Stance.SUPPORTS,
        Status.PARTLY_VERIFIED: Stance.SUPPORTS,
        Status.FALSE: Stance.REFUTES,
    }.get(status)


def corroborate(claim: Claim) -> Corroboration:
    sources = claim.sources
    count = {stance: sum(1 for s in sources if s.stance == stance) for stance in Stance}
    ind_sup = independent_count(sources, Stance.SUPPORTS, sources)
    ind_ref = independent_count(sources, Stance.REFUTES, sources)
    thin = False
    needed = evidence_needed(claim.status)
    if needed is Stance.SUPPORTS:
        thin = ind_sup < 2
    elif needed is Stance.REFUTES:
        thin = ind_ref < 2
    elif claim.status is Status.DISPUTED:
        thin = ind_sup + ind_ref < 2
    return Corroboration(
        supporting=count[Stance.SUPPORTS],
        refuting=count[Stance.REFUTES],
        mixed=count[Stance.MIXED],
        context=count[Stance.CONTEXT],
        independent_supporting=ind_sup,
        independent_refuting=ind_ref,
        thin=thin,
        unmet=tuple(verdict_problems(claim)),
    )


def unmet_rules(claim: Claim, status: Status, note: str | None) -> list[str]:
    """Why the rules refuse this status for this claim (an empty list: allowed)."""
    stances = {s.stance for s in claim.sources}
    reasons: list[str] = []
    if status is Status.VERIFIED and Stance.SUPPORTS not in stances:
        reasons.append("no supporting source")
    elif status is Status.PARTLY_VERIFIED and not stances & {Stance.SUPPORTS, Stance.MIXED}:
        reasons.append("no supporting or mixed source")
    elif status is Status.FALSE and Stance.REFUTES not in stances:
        reasons.append("no refuting source")
    elif status is Status.DISPUTED:
        if Stance.SUPPORTS not in stances:
            reasons.append("no supporting source")
        if Stance.REFUTES not in stances:
            reasons.append("no refuting source")
    elif status is Status.UNVERIFIABLE and not (note or claim.verdict_note or "").strip():
        reasons.append("a verdict note saying why is required")
    return reasons


# Why a verdict given before the claim was reworded is flagged (one of Corroboration.unmet).
REWORDED = "the claim was reworded after the verdict"


def verdict_problems(claim: Claim) -> list[str]:
    """Why the claim's current verdict is flagged (empty: it is not, or there is no verdict):
    the rules it no longer meets, and whether it was given to an earlier wording."""
    if not claim.status.is_verdict:
        return []
    problems = unmet_rules(claim, claim.status, None)
    if earlier_wording(claim) is not None:
        problems.append(REWORDED)
    return problems


def earlier_wording(claim: Claim) -> str | None:
    """The wording the claim's current verdict was given to, when its text has changed since
    (None: no verdict, or given to this wording).

    The verdict counts from the latest change that set it: the status change to it, or a
    ``verdict_confirmed`` (setting the same verdict again after an edit). Text edits after it
    that were undone do not count, nor does an edit that put the old words back.
    """
    if not claim.status.is_verdict:
        return None
    undone = {e.after for e in claim.history if e.action == "undo"}
    wording: str | None = None
    for entry in reversed(claim.history):
        if entry.action != "undo" and entry.change in undone:
            continue
        if _gives_verdict(entry, claim.status):
            break
        before = _text_before(entry)
        if before is not None:
            wording = before  # going back: the earliest edit since the verdict wins
    if wording is None or " ".join(wording.split()) == " ".join(claim.text.split()):
        return None
    return wording


def _gives_verdict(entry: HistoryEntry, status: Status) -> bool:
    if entry.action == "status":
        return entry.after == status.value
    if entry.action == "verdict_confirmed":
        return True
    if entry.action == "imported" and isinstance(entry.after, dict):
        return entry.after.get("status") == status.value
    return False


def _text_before(entry: HistoryEntry) -> str | None:
    """The claim's text before this entry changed it (None: it did not change the text)."""
    if entry.action == "text_edited" and isinstance(entry.before, str):
        return entry.before
    if entry.action == "imported" and isinstance(entry.before, dict):
        text = entry.before.get("text")
        return text if isinstance(text, str) else None
    return None
