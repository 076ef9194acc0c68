"""A fact-checker review: "she" resolved to "Porto Novo", the place in "University of Porto Novo",
and descriptions of bodies the article had named ("the port authority", "the audit office's
interim report", "the report") left vague.

A pronoun resolves to a person the article introduced, never to words inside an organisation's
name; with no person to resolve to it stays unresolved. A description resolves to a body named
before only when its head and every modifier are in that body's name.
"""

from __future__ import annotations

from tests.unit.test_attribution_desk_review import who
from verifier.extract.attribution_names import find_people
from verifier.extract.attribution_rules import quote_mask
from verifier.extract.attribution_tokens import tokenize
from verifier.models import Sourcing


def people(text: str) -> list[str]:
    tokens = tokenize(text)
    found = find_people(tokens, text, quote_mask(text, tokens))
    return [found.full_name(s) for s in found.names]


# -- pronouns resolve to people, not to the place in a body's name -------------------------------


def test_she_resolves_to_the_titled_speaker_not_the_university_place() -> None:
    text = (
        "Dr. Ana Ferreira, a marine biologist at the University of Porto Novo, said the meadows "
        "had lost a third of their area since 2010. "
        "She said that seagrass replanting could restore half of the losses within a decade."
    )
    assert who(text) == [
        ("Ana Ferreira", Sourcing.NAMED_PERSON),
        ("Ana Ferreira", Sourcing.NAMED_PERSON),
    ]


def test_he_resolves_to_the_professor_of_a_university_of_x() -> None:
    text = (
        "Prof. John Mensah of the University of Cape Coast said the same trend was visible in "
        "West Africa. He told reporters that funding had fallen by 40 percent."
    )
    assert who(text)[-1] == ("John Mensah", Sourcing.NAMED_PERSON)


def test_words_after_of_in_a_body_name_are_no_person() -> None:
    text = (
        "The University of Porto Novo, the Bank of Santa Lucia and the Port of Rio Grande "
        "signed the deal. The Center for Ocean Studies joined later."
    )
    assert people(text) == []


def test_a_title_after_a_body_name_still_introduces_a_person() -> None:
    text = "The Bank of England Governor Andrew Bailey spoke first. He said rates would hold."
    assert people(text) == ["Andrew Bailey"]
    assert who(text)[-1] == ("Andrew Bailey", Sourcing.NAMED_PERSON)


def test_a_speaker_after_a_body_name_with_of_is_still_found() -> None:
    text = (
        "Maria Lopes, a researcher at the University of Porto Novo, said 12 sites were lost. "
        "She said the rest were stable."
    )
    assert who(text)[-1] == ("Maria Lopes", Sourcing.NAMED_PERSON)


def test_she_stays_unresolved_when_only_organisations_were_named() -> None:
    text = (
        "The Bank of England said inflation fell to 3 percent. "
        "The University of Porto Novo said enrolment rose by 12 percent. "
        "She said the decline would continue."
    )
    assert who(text)[-1] == ("She", Sourcing.ANONYMOUS)


def test_he_stays_unresolved_after_a_port_of_x() -> None:
    text = (
        "The Port of Rotterdam handled 400 million tonnes last year, officials said. "
        "He said volumes would fall."
    )
    assert who(text)[-1] == ("He", Sourcing.ANONYMOUS)


# -- descriptions of bodies named before ----------------------------------------------------------


def test_the_port_authority_is_the_port_authority_named_before() -> None:
    text = (
        "The Caldera Bay Port Authority said cargo volumes rose 12 percent in 2023. "
        "The port authority said the figures were preliminary."
    )
    assert who(text)[-1] == ("Caldera Bay Port Authority", Sourcing.NAMED_ORGANISATION)


def test_a_description_with_another_modifier_is_not_that_body() -> None:
    text = (
        "The Caldera Bay Port Authority said cargo volumes rose 12 percent in 2023. "
        "The health authority said 12 people were ill."
    )
    assert who(text)[-1] == ("The health authority", Sourcing.VAGUE)


def test_the_audit_office_and_its_report_are_the_office_named_before() -> None:
    text = (
        "The National Audit Office found that 30 percent of contracts were awarded without "
        "tender. The audit office said costs had doubled to 4 million euros. "
        "The audit office's interim report said costs had doubled. "
        "The report said the ministry had ignored 12 warnings."
    )
    assert who(text) == [
        ("National Audit Office", Sourcing.NAMED_ORGANISATION),
        ("National Audit Office", Sourcing.NAMED_ORGANISATION),
        ("National Audit Office's interim report", Sourcing.NAMED_ORGANISATION),
        ("National Audit Office's interim report", Sourcing.NAMED_ORGANISATION),
    ]


def test_a_report_with_no_report_named_before_stays_vague() -> None:
    text = (
        "The National Audit Office found that 30 percent of contracts were awarded without "
        "tender. The report said the ministry had ignored 12 warnings."
    )
    assert who(text)[-1] == ("report", Sourcing.VAGUE)


def test_a_ministers_office_is_not_a_body_named_before() -> None:
    text = (
        "The National Audit Office found that 30 percent of contracts were awarded without "
        "tender. The minister's office said the figures were wrong."
    )
    assert who(text)[-1][1] is Sourcing.ANONYMOUS


def test_an_office_with_no_body_named_before_stays_unresolved() -> None:
    text = "The audit office's interim report said costs had doubled to 4 million euros."
    assert who(text)[0][1] is Sourcing.VAGUE
