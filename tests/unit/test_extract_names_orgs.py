"""Who a source is: companies and programmes named like people, people with middle initials.

Two capitalised words are as often a body or a programme as a person ("Wells Fargo", "Pell
Grants"); a fact-checker must see them as organisations, and "he said" must never mean one. Real
people with unusual or foreign given names stay people, and a middle initial stays in the name.
"""

from __future__ import annotations

import pytest

from verifier.extract.attribution import find_attributions
from verifier.extract.segment import segment
from verifier.models import Attribution, Sourcing


def run(text: str) -> list[Attribution]:
    """All attributions, each once, in order of appearance."""
    out: list[Attribution] = []
    for per_sentence in find_attributions(text, [(s.start, s.end) for s in segment(text)]):
        for a in per_sentence:
            if all(a is not b for b in out):
                out.append(a)
    return out


def named(text: str) -> list[tuple[str, str, Sourcing]]:
    """(source as written, name, sourcing) of every attribution."""
    return [(a.source.text, a.name, a.sourcing) for a in run(text)]


# -- organisations named like people ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    ["Wells Fargo", "Goldman Sachs", "Morgan Stanley", "Planned Parenthood", "General Motors"],
)
def test_a_company_named_like_a_person_is_an_organisation(body: str) -> None:
    (att,) = run(f"{body} said that 5,000 jobs would be cut.")
    assert (att.name, att.sourcing) == (body, Sourcing.NAMED_ORGANISATION)


def test_he_never_means_a_company_named_before() -> None:
    text = "Wells Fargo said that it would pay $185 million. He said that the fine was fair."
    company, pronoun = run(text)
    assert company.sourcing is Sourcing.NAMED_ORGANISATION
    assert pronoun.source.text == "He"
    assert (pronoun.name, pronoun.sourcing) == ("He", Sourcing.ANONYMOUS)


def test_he_means_the_person_not_the_company_named_after_him() -> None:
    text = (
        "Jeh Johnson spoke in Ohio on Monday. "
        "Goldman Sachs had estimated the cost at $2 billion. "
        "He said that the estimate was wrong."
    )
    (pronoun,) = [a for a in run(text) if a.source.text == "He"]
    assert (pronoun.name, pronoun.sourcing) == ("Jeh Johnson", Sourcing.NAMED_PERSON)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a last word that heads the names of companies and laws
        ("Patriot Coal said that 40 mines would close.", "Patriot Coal"),
        ("Stellar Airways said that fares would rise.", "Stellar Airways"),
        # an abstract noun is no surname
        (
            "Professional Responsibility said that the complaint had merit.",
            "Professional Responsibility",
        ),
        # a plural the article also uses as a common noun
        (
            "Halvorsen Grants said that 9 million students applied. The grants cover tuition.",
            "Halvorsen Grants",
        ),
        # the article treats it as a thing
        ("Crestline Harvest said its profits rose 4 percent.", "Crestline Harvest"),
        ("Crestline Harvest, which runs 40 farms, said that profits rose.", "Crestline Harvest"),
        # ordinals never begin a given name
        ("The Sixth Circuit said that the law was unconstitutional.", "Sixth Circuit"),
    ],
)
def test_what_the_article_says_of_a_name_makes_it_a_thing(text: str, source: str) -> None:
    att = run(text)[0]
    assert source in att.name
    assert att.sourcing is Sourcing.NAMED_ORGANISATION


def test_a_title_before_a_bodys_name_does_not_make_a_person() -> None:
    text = (
        "Hillary Clinton spoke in Iowa. "
        "The U.N. General Assembly voted on Monday. "
        "She said that the vote was historic."
    )
    (pronoun,) = [a for a in run(text) if a.source.text == "She"]
    assert pronoun.name == "Hillary Clinton"


# -- people stay people --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "person",
    ["Jeh Johnson", "Bill de Blasio", "Andrey Rudenko", "Kim Jong Un", "Hillary Clinton"],
)
def test_people_stay_people_and_pronouns_resolve_to_them(person: str) -> None:
    text = f"{person} said that the threat was real. He said that 10 people were arrested."
    first, second = run(text)
    assert (first.name, first.sourcing) == (person, Sourcing.NAMED_PERSON)
    assert (second.source.text, second.name) == ("He", person)
    assert second.sourcing is Sourcing.NAMED_PERSON


def test_a_title_anywhere_makes_a_name_a_person() -> None:
    text = (
        "Kerr Putney said its officers had acted lawfully. "
        "Chief Putney added that the video would be released."
    )
    first, second = run(text)
    assert (first.name, first.sourcing) == ("Kerr Putney", Sourcing.NAMED_PERSON)
    assert (second.name, second.sourcing) == ("Kerr Putney", Sourcing.NAMED_PERSON)


def test_a_known_given_name_keeps_a_plural_surname_a_person() -> None:
    text = "Jeff Sessions said that the sessions would resume. He said that 3 bills passed."
    first, second = run(text)
    assert (first.name, first.sourcing) == ("Jeff Sessions", Sourcing.NAMED_PERSON)
    assert second.name == "Jeff Sessions"


def test_sentence_openers_are_not_part_of_a_name() -> None:
    text = (
        "Donald Trump spoke in Ohio on Monday. "
        "Although Trump said that taxes would fall, the deficit grew."
    )
    (att,) = run(text)
    assert (att.name, att.sourcing) == ("Donald Trump", Sourcing.NAMED_PERSON)


# -- middle initials -----------------------------------------------------------------------------


def test_a_middle_initial_stays_in_the_name() -> None:
    text = (
        '"The tax is fair," said Julie A. Smith, a Miami lawyer. '
        '"It will pass," she said. '
        "Smith said that 40 people had signed."
    )
    assert named(text) == [
        ("Julie A. Smith", "Julie A. Smith", Sourcing.NAMED_PERSON),
        ("she", "Julie A. Smith", Sourcing.NAMED_PERSON),
        ("Smith", "Julie A. Smith", Sourcing.NAMED_PERSON),
    ]


def test_a_middle_initial_under_a_quotation() -> None:
    (att,) = run("“He is a disgrace.” ― Edwin G. Monroy\n")
    assert (att.source.text, att.name) == ("Edwin G. Monroy", "Edwin G. Monroy")


def test_a_later_surname_means_the_name_with_its_initial() -> None:
    text = "George W. Bush said that taxes fell. Bush said that 3 million jobs came back."
    assert [a.name for a in run(text)] == ["George W. Bush", "George W. Bush"]
