"""Attributions a fact-checker review found wrong: what the desk sees as a claim's source.

Each test is a short snippet written for one finding: the maker of a document inside "according
to" ("figures published by X"), a study never clipped to a fragment, people polled by a wire, a
verdict before a colon, a number, a vote, "the charity" after a named charity, and "a survey by
X showed".
"""

from __future__ import annotations

from verifier.extract.attribution import find_attributions
from verifier.extract.segment import segment
from verifier.models import Attribution, Sourcing


def run(text: str) -> list[Attribution]:
    """All attributions, each once, in order of appearance."""
    spans = [(s.start, s.end) for s in segment(text)]
    out: list[Attribution] = []
    for atts in find_attributions(text, spans):
        for a in atts:
            if all(a is not b for b in out):
                out.append(a)
    return out


def who(text: str) -> list[tuple[str, Sourcing]]:
    """(name, sourcing) of every attribution."""
    return [(a.name, a.sourcing) for a in run(text)]


def cue(att: Attribution) -> str | None:
    return att.cue.text if att.cue else None


# -- 1. the maker of a document after "according to" ----------------------------------------------


def test_figures_published_by_a_body_are_the_bodys() -> None:
    text = (
        "Manufacturing output fell 3.2% in February, according to figures published on "
        "Wednesday by the Office for National Statistics."
    )
    assert who(text) == [("Office for National Statistics", Sourcing.NAMED_ORGANISATION)]


def test_data_released_by_and_a_report_from_name_the_body() -> None:
    assert who(
        "Output fell 3.2%, according to data released by the Office for National Statistics."
    ) == [("Office for National Statistics", Sourcing.NAMED_ORGANISATION)]
    assert who("Output fell 3.2%, according to a report from the International Monetary Fund.") == [
        ("International Monetary Fund", Sourcing.NAMED_ORGANISATION)
    ]
    assert who("Output fell 3.2%, according to a study by the University of Michigan.") == [
        ("University of Michigan", Sourcing.NAMED_ORGANISATION)
    ]


def test_unattributed_figures_stay_vague() -> None:
    assert who("Output fell 3.2%, according to official figures.") == [
        ("official figures", Sourcing.VAGUE)
    ]


# -- 2. a study is never clipped -------------------------------------------------------------------


def test_a_study_published_in_a_journal_is_named_with_its_venue() -> None:
    text = (
        "Walking 9,800 steps a day cut the risk of dementia by 51%, according to a study of more "
        "than 78,000 people published in the journal JAMA Neurology."
    )
    (att,) = run(text)
    assert (att.name, att.sourcing) == ("study published in JAMA Neurology", Sourcing.VAGUE)
    assert att.source.text == (
        "a study of more than 78,000 people published in the journal JAMA Neurology"
    )
    assert text[att.content.start : att.content.end].startswith("Walking 9,800 steps")  # type: ignore[union-attr]


def test_a_study_described_by_its_sample_is_the_study() -> None:
    assert who("Walking cut the risk by 51%, according to a study of 78,000 people.") == [
        ("study", Sourcing.VAGUE)
    ]
    assert who(
        "Walking cut the risk by 51%, according to a new study published in The Lancet."
    ) == [("study published in The Lancet", Sourcing.VAGUE)]


# -- 3. people polled by a body ---------------------------------------------------------------------


def test_economists_polled_by_a_wire_are_the_source_not_the_wire() -> None:
    (att,) = run("Economists polled by Newswire had expected a decline of 1.5%.")
    assert (att.name, att.sourcing) == ("Economists polled by Newswire", Sourcing.VAGUE)
    assert att.source.text == "Economists polled by Newswire"
    assert who("Analysts surveyed by Bloomberg expect growth of 2%.") == [
        ("Analysts surveyed by Bloomberg", Sourcing.VAGUE)
    ]


# -- 4. a colon after a verdict is no speech cue ----------------------------------------------------


def test_a_colon_after_an_evaluative_clause_is_not_a_cue() -> None:
    text = (
        "The Stockholm figure is broadly accurate: a 2009 evaluation by the Swedish Transport "
        "Administration found congestion fell by 20%."
    )
    (att,) = run(text)
    assert (att.name, att.sourcing) == (
        "Swedish Transport Administration",
        Sourcing.NAMED_ORGANISATION,
    )
    assert cue(att) == "found"


def test_a_colon_after_a_name_is_still_a_cue() -> None:
    (att,) = run("Theresa May: the deal protects jobs across the country.")
    assert cue(att) == ":"
    assert att.name == "Theresa May"


# -- 5. a number is never a source ------------------------------------------------------------------


def test_a_number_before_a_nominal_cue_is_no_source() -> None:
    assert run("It is not clear where the Chamber's £3,400 estimate comes from.") == []


# -- 6. a vote is an act, not a report of speech -----------------------------------------------------


def test_a_vote_is_not_an_attribution() -> None:
    assert run("The city council voted 31 to 17 to extend the zone.") == []


# -- 7. "the charity" resolves to the charity named before ---------------------------------------------


def test_the_charity_resolves_to_a_society_named_before() -> None:
    text = (
        "The figures were compiled by the Alzheimer's Society. Dementia costs the UK economy an "
        "estimated £42 billion a year, the charity said."
    )
    assert who(text) == [("Alzheimer's Society", Sourcing.NAMED_ORGANISATION)]


def test_a_country_possessive_is_not_part_of_a_body_name() -> None:
    text = (
        "Britain's Office for National Statistics published the data. Output fell 3%, the "
        "charity said."
    )
    assert who(text) == [("the charity", Sourcing.VAGUE)]


def test_the_society_and_the_party_resolve_to_the_body_named_before() -> None:
    text = "The Royal Society met on Monday. Funding rose by 8% last year, the society said."
    assert who(text)[-1] == ("Royal Society", Sourcing.NAMED_ORGANISATION)
    text = "The Green Party met on Monday. Fares should fall by 10%, the party said."
    assert who(text)[-1] == ("Green Party", Sourcing.NAMED_ORGANISATION)


# -- 8. a survey by a body -----------------------------------------------------------------------------


def test_a_survey_by_a_body_showed_is_the_bodys() -> None:
    text = (
        "A survey by the Confederation of British Industry showed retail sales volumes fell at "
        "the fastest pace since 2020."
    )
    (att,) = run(text)
    assert (att.name, att.sourcing) == (
        "Confederation of British Industry",
        Sourcing.NAMED_ORGANISATION,
    )
    assert cue(att) == "showed"
    assert who("A poll by YouGov found that 40% of voters back the plan.") == [
        ("YouGov", Sourcing.NAMED_ORGANISATION)
    ]
    assert who("A report by the Resolution Foundation suggested incomes would fall.") == [
        ("Resolution Foundation", Sourcing.NAMED_ORGANISATION)
    ]
