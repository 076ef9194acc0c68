"""The verdict rules and the corroboration count, as pure functions over a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.models import Claim, Source, Stance, Status
from verifier.workflow import corroborate, evidence_needed, origin_of, unmet_rules

_counter = iter(range(10_000))


def src(stance: str, sid: str | None = None, derived_from: str | None = None) -> Source:
    sid = sid or f"s{next(_counter):04d}"
    return Source(
        id=sid, url=f"https://example.com/{sid}", stance=Stance(stance), derived_from=derived_from
    )


def claim(*sources: Source, status: Status = Status.UNVERIFIED, note: str | None = None) -> Claim:
    return Claim(id="cabcdef", text="x", sources=list(sources), status=status, verdict_note=note)


# -- verdict rules -----------------------------------------------------------------------------------

RULES = [
    # (status, stances present, expected reasons)
    (Status.VERIFIED, [], ["no supporting source"]),
    (Status.VERIFIED, ["refutes", "mixed", "context"], ["no supporting source"]),
    (Status.VERIFIED, ["supports"], []),
    (Status.FALSE, [], ["no refuting source"]),
    (Status.FALSE, ["supports", "mixed", "context"], ["no refuting source"]),
    (Status.FALSE, ["refutes"], []),
    (Status.DISPUTED, [], ["no supporting source", "no refuting source"]),
    (Status.DISPUTED, ["supports"], ["no refuting source"]),
    (Status.DISPUTED, ["refutes", "mixed"], ["no supporting source"]),
    (Status.DISPUTED, ["supports", "refutes"], []),
    (Status.PARTLY_VERIFIED, [], ["no supporting or mixed source"]),
    (Status.PARTLY_VERIFIED, ["refutes", "context"], ["no supporting or mixed source"]),
    (Status.PARTLY_VERIFIED, ["supports"], []),
    (Status.PARTLY_VERIFIED, ["mixed"], []),
]


@pytest.mark.parametrize(("status", "stances", "reasons"), RULES)
def test_verdicts_need_their_evidence(
    status: Status, stances: list[str], reasons: list[str]
) -> None:
    record = claim(*(src(s) for s in stances))
    assert unmet_rules(record, status, None) == reasons


def test_unverifiable_needs_a_note_saying_why() -> None:
    # sources do not help: unverifiable is about why there is no answer
    record = claim(src("supports"), src("refutes"))
    assert unmet_rules(record, Status.UNVERIFIABLE, None) == [
        "a verdict note saying why is required"
    ]
    assert unmet_rules(record, Status.UNVERIFIABLE, "   ") == [
        "a verdict note saying why is required"
    ]
    assert unmet_rules(record, Status.UNVERIFIABLE, "no records exist") == []


def test_unverifiable_accepts_the_claims_existing_verdict_note() -> None:
    record = claim(note="The ministry does not publish these figures.")
    assert unmet_rules(record, Status.UNVERIFIABLE, None) == []


@pytest.mark.parametrize("status", [Status.UNVERIFIED, Status.IN_PROGRESS])
def test_non_verdicts_need_nothing(status: Status) -> None:
    assert unmet_rules(claim(), status, None) == []


def test_a_note_does_not_stand_in_for_evidence() -> None:
    assert unmet_rules(claim(), Status.VERIFIED, "I am sure") == ["no supporting source"]


# -- corroboration -----------------------------------------------------------------------------------


def test_counts_by_stance() -> None:
    c = corroborate(
        claim(
            src("supports"),
            src("supports"),
            src("refutes"),
            src("mixed"),
            src("context"),
            src("context"),
        )
    )
    assert (c.supporting, c.refuting, c.mixed, c.context) == (2, 1, 1, 2)
    assert c.total == 6
    assert c.summary == "+2 -1 ±1"  # mixed sources are counted where a listing has room
    assert (c.independent_supporting, c.independent_refuting) == (2, 1)


def test_a_derived_source_is_not_independent() -> None:
    wire = src("supports", "swire")
    copy = src("supports", "scopy", derived_from="swire")
    c = corroborate(claim(wire, copy, status=Status.VERIFIED))
    assert c.supporting == 2
    assert c.independent_supporting == 1
    assert c.thin


def test_a_chain_of_derived_sources_counts_once() -> None:
    chain = [
        src("supports", "sa"),
        src("supports", "sb", derived_from="sa"),
        src("supports", "sc", derived_from="sb"),
        src("supports", "sd", derived_from="sc"),
    ]
    c = corroborate(claim(*chain))
    assert c.supporting == 4 and c.independent_supporting == 1


def test_two_chains_from_two_origins_count_twice() -> None:
    sources = [
        src("supports", "sa"),
        src("supports", "sb", derived_from="sa"),
        src("supports", "sx"),
        src("supports", "sy", derived_from="sx"),
    ]
    c = corroborate(claim(*sources, status=Status.VERIFIED))
    assert c.independent_supporting == 2
    assert not c.thin


def test_derived_sources_trace_through_an_origin_of_another_stance() -> None:
    # two supporting write-ups of the same dataset are one piece of evidence, not two
    dataset = src("context", "sdata")
    one = src("supports", "sone", derived_from="sdata")
    two = src("supports", "stwo", derived_from="sdata")
    assert corroborate(claim(dataset, one, two)).independent_supporting == 1


def test_a_dangling_derived_from_link_stops_the_walk() -> None:
    lone = src("supports", "sa", derived_from="sgone")
    other = src("supports", "sb")
    by_id = {s.id: s for s in (lone, other)}
    assert origin_of(lone, by_id) == "sa"
    assert corroborate(claim(lone, other)).independent_supporting == 2


def test_a_cycle_terminates() -> None:
    a = src("supports", "sa", derived_from="sc")
    b = src("supports", "sb", derived_from="sa")
    c_ = src("supports", "sc", derived_from="sb")
    by_id = {s.id: s for s in (a, b, c_)}
    for s in (a, b, c_):
        assert origin_of(s, by_id) in by_id  # returns rather than looping forever
    self_loop = src("supports", "sself", derived_from="sself")
    assert origin_of(self_loop, {"sself": self_loop}) == "sself"


def test_sources_in_a_cycle_are_not_independent_of_each_other() -> None:
    a = src("supports", "sa", derived_from="sb")
    b = src("supports", "sb", derived_from="sa")
    c = corroborate(claim(a, b, status=Status.VERIFIED))
    assert c.independent_supporting == 1
    assert c.thin


# -- the "thin" flag --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "stances", "thin"),
    [
        (Status.VERIFIED, ["supports"], True),
        (Status.VERIFIED, ["supports", "supports"], False),
        (Status.VERIFIED, ["supports", "refutes", "refutes"], True),
        (Status.PARTLY_VERIFIED, ["supports"], True),
        (Status.PARTLY_VERIFIED, ["supports", "supports"], False),
        (Status.FALSE, ["refutes"], True),
        (Status.FALSE, ["refutes", "refutes"], False),
        (Status.FALSE, ["supports", "supports", "refutes"], True),
        (Status.DISPUTED, ["supports", "refutes"], False),
        (Status.DISPUTED, ["supports"], True),
        (Status.VERIFIED, [], True),  # a forced verdict with no evidence at all
        # not verdicts resting on sources: never thin
        (Status.UNVERIFIED, [], False),
        (Status.IN_PROGRESS, ["supports"], False),
        (Status.UNVERIFIABLE, [], False),
    ],
)
def test_thin_when_a_verdict_rests_on_fewer_than_two_independent_sources(
    status: Status, stances: list[str], thin: bool
) -> None:
    assert corroborate(claim(*(src(s) for s in stances), status=status)).thin is thin


def test_two_copies_of_one_source_are_still_thin() -> None:
    origin = src("refutes", "sorig")
    echo = src("refutes", "secho", derived_from="sorig")
    c = corroborate(claim(origin, echo, status=Status.FALSE))
    assert c.refuting == 2 and c.independent_refuting == 1 and c.thin


def test_evidence_needed_per_verdict() -> None:
    assert evidence_needed(Status.VERIFIED) is Stance.SUPPORTS
    assert evidence_needed(Status.PARTLY_VERIFIED) is Stance.SUPPORTS
    assert evidence_needed(Status.FALSE) is Stance.REFUTES
    assert evidence_needed(Status.DISPUTED) is None
    assert evidence_needed(Status.UNVERIFIED) is None


def test_a_verdict_that_lost_its_evidence_is_flagged(tmp_path: Path) -> None:
    from verifier.config import Config
    from verifier.service import Verifier

    desk = Verifier(tmp_path / "db.json", config=Config(user="ana"))
    claim, _ = desk.add_claim("The bridge opened in 1998.")
    _, source = desk.add_source(claim.id, "https://example.org/bridge", "supports")
    claim = desk.set_status(claim.id, "verified", "opening ceremony report")
    assert corroborate(claim).unmet == ()
    claim = desk.remove_source(claim.id, source.id)
    assert corroborate(claim).unmet == ("no supporting source",)
    forced = desk.set_status(desk.add_claim("Another claim.")[0].id, "false", force=True)
    assert corroborate(forced).unmet == ("no refuting source",)
