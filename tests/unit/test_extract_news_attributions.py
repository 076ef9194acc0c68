"""Attributions in ordinary news copy: economics and health reporting, the way wires write it.

A reviewer read whole articles (a jobs report, a diet study) and listed what a fact-checker
would publish wrongly as ``itemReviewed.author``: a wire's poll credited with an agency's
figures, a share of people taken for an organisation, a spokesperson's body taken for the
speaker, "the bank" left unresolved, a quotation's second sentence left unattributed. Each test
is a short snippet written for it.
"""

from __future__ import annotations

import pytest

from verifier.extract import extract
from verifier.extract.attribution import find_attributions
from verifier.extract.segment import segment
from verifier.models import Attribution, Sourcing


def per_sentence(text: str) -> list[tuple[str, list[Attribution]]]:
    """Each sentence's text and its attributions."""
    spans = [(s.start, s.end) for s in segment(text)]
    found = find_attributions(text, spans)
    return [(text[a:b], atts) for (a, b), atts in zip(spans, found, strict=True)]


def run(text: str) -> list[Attribution]:
    """All attributions, each once, in order of appearance."""
    out: list[Attribution] = []
    for _, atts in per_sentence(text):
        for a in atts:
            if all(a is not b for b in out):
                out.append(a)
    return out


def who(text: str) -> list[tuple[str, Sourcing]]:
    """(name, sourcing) of every attribution."""
    return [(a.name, a.sourcing) for a in run(text)]


def of_sentence(text: str, starting: str) -> list[Attribution]:
    """The attributions of the sentence that starts with ``starting``."""
    return next(atts for sentence, atts in per_sentence(text) if sentence.startswith(starting))


def content(text: str, att: Attribution) -> str:
    assert att.content is not None
    return text[att.content.start : att.content.end]


# -- 1. wrong authors ----------------------------------------------------------------------------


def test_an_agency_reporting_keeps_its_attribution_over_a_poll_in_a_relative_clause() -> None:
    text = (
        "The Census Bureau reported on Tuesday that retail sales rose 0.8% in May, above the "
        "0.4% that economists surveyed by Bloomberg had forecast."
    )
    (att,) = run(text)
    assert (att.name, att.sourcing) == ("Census Bureau", Sourcing.NAMED_ORGANISATION)
    assert content(text, att).startswith("retail sales rose 0.8%")


def test_a_trailing_source_after_a_comma_is_still_the_outer_one() -> None:
    text = "The protocol called for a recount of 40,000 ballots, election officials said."
    (att,) = run(text)
    assert att.name == "election officials"


def test_a_poll_with_a_participle_is_the_source_not_the_share_it_found() -> None:
    text = (
        "A YouGov survey conducted June 2-9 found that 58% of British adults say the country "
        "is heading in the wrong direction."
    )
    assert who(text) == [("YouGov survey", Sourcing.NAMED_ORGANISATION)]


def test_a_share_of_people_is_vague_with_its_number() -> None:
    text = "Nearly 40% of voters say the economy is their top issue."
    assert who(text) == [("Nearly 40% of voters", Sourcing.VAGUE)]


def test_a_noun_before_the_subject_is_not_part_of_it() -> None:
    text = (
        "Obesity now affects about 890 million adults, a number the World Obesity Federation "
        "projects will climb to 1.1 billion by 2035."
    )
    (att,) = run(text)
    assert (att.source.text, att.name) == (
        "the World Obesity Federation",
        "World Obesity Federation",
    )
    assert att.sourcing is Sourcing.NAMED_ORGANISATION


def test_some_of_the_and_economists_at_the_still_reach_back() -> None:
    text = "Some of the officials said that the talks had stalled."
    assert who(text) == [("Some of the officials", Sourcing.ANONYMOUS)]  # not "of the officials"
    text = "Economists at the Bank of England wrote that inflation will ease."
    assert run(text)[0].source.text == "Economists at the Bank of England"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Treasury Department spokesperson said the review was routine.",
         "Treasury Department spokesperson"),
        ("A Ministry of Defence spokesman said the report was inaccurate.",
         "Ministry of Defence spokesman"),
        ("A Goldman Sachs spokesperson said the note was accurate.",
         "Goldman Sachs spokesperson"),
        ("A Department of Health official said the plan was sound.",
         "Department of Health official"),
    ],
)
def test_an_unnamed_person_of_a_named_body_is_anonymous(text: str, name: str) -> None:
    assert who(text) == [(name, Sourcing.ANONYMOUS)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wells Fargo will close 40 branches this year, the bank said on Monday.", "Wells Fargo"),
        ("The University of Oregon's enrolment fell 3% this autumn, the university said.",
         "University of Oregon"),
        (
            "The Road Haulage Federation, which represents freight firms, met ministers on "
            "Monday. Fuel costs rose 9% last year, the federation said.",
            "Road Haulage Federation",
        ),
        ("Acme Holdings Inc. posted a loss of $40 million, the company said.",
         "Acme Holdings Inc."),
        (
            "Goldman Sachs cut 3,200 jobs in January. The firm said that more cuts were not "
            "planned.",
            "Goldman Sachs",
        ),
    ],
)
def test_the_bank_is_the_bank_the_article_named(text: str, name: str) -> None:
    att = run(text)[-1]
    assert (att.name, att.sourcing) == (name, Sourcing.NAMED_ORGANISATION)


def test_a_definite_description_with_no_such_body_named_stays_vague() -> None:
    text = "The University of Oregon opened a campus. Prices rose 4%, the bank said."
    assert who(text) == [("the bank", Sourcing.VAGUE)]
    text = "Wells Fargo raised its prime rate. Rates will stay high, the central bank said."
    assert who(text)[-1] == ("the central bank", Sourcing.VAGUE)


def test_a_compound_title_before_a_name_is_all_title() -> None:
    text = "Chief Executive Jane R. Doe told investors that sales would recover."
    assert who(text) == [("Jane R. Doe", Sourcing.NAMED_PERSON)]
    text = "Chief Operating Officer Mark T. Bell said that costs had peaked."
    assert who(text) == [("Mark T. Bell", Sourcing.NAMED_PERSON)]


def test_figures_is_no_cue_and_an_adjective_is_no_part_of_a_name() -> None:
    text = (
        "Stocks rallied after new Commerce Department figures showed retail sales rising "
        "1.2% in April."
    )
    (att,) = run(text)
    assert att.cue is not None and att.cue.text == "showed"
    assert (att.name, att.sourcing) == ("Commerce Department", Sourcing.NAMED_ORGANISATION)


def test_a_capitalised_word_of_a_name_is_no_data_noun() -> None:
    text = "The Bureau of Labor Statistics reported that employers added 62,000 jobs."
    assert who(text) == [("Bureau of Labor Statistics", Sourcing.NAMED_ORGANISATION)]


def test_a_document_seen_by_the_newsroom_is_not_seen() -> None:
    text = "Profits fell 12%, according to an internal memo seen by this newspaper."
    (att,) = run(text)
    assert att.source.text == "an internal memo"
    assert att.sourcing is Sourcing.VAGUE


def test_records_kept_by_a_named_body_name_it() -> None:
    text = "It was the wettest June since 1910, according to records kept by the Met Office."
    (att,) = run(text)
    assert att.source.text == "records kept by the Met Office"
    assert att.sourcing is Sourcing.NAMED_ORGANISATION


def test_a_demonym_before_a_study_names_no_body() -> None:
    text = "Sleep loss raises the risk by 9%, according to a large Nordic study published Monday."
    (att,) = run(text)
    assert att.source.text == "a large Nordic study"
    assert att.sourcing is Sourcing.VAGUE


def test_said_the_study_with_a_quotation_after_it_is_no_inverted_subject() -> None:
    text = (
        "The Food and Drink Federation, which represents manufacturers, said the study "
        "“cannot show cause and effect.”"
    )
    (att,) = run(text)
    assert (att.name, att.sourcing) == ("Food and Drink Federation", Sourcing.NAMED_ORGANISATION)
    assert content(text, att).startswith("the study")


def test_an_organisation_with_and_in_its_name_is_one_source() -> None:
    text = "The Food and Drug Administration said that the drug was safe."
    assert who(text) == [("Food and Drug Administration", Sourcing.NAMED_ORGANISATION)]
    text = "Clinton and Trump said that the debate was fair."
    assert [name for name, _ in who(text)] == ["Clinton", "Trump"]


# -- 2. a quotation that runs on -------------------------------------------------------------------


def test_the_next_sentence_of_the_same_quotation_keeps_its_speaker() -> None:
    text = (
        '"Freight volumes fell for a third month," said Ana P. Ruiz, an economist at Northline. '
        '"We expect a weak summer, and that worries me."'
    )
    first = of_sentence(text, '"Freight')
    (att,) = of_sentence(text, '"We expect')
    assert (att.name, att.sourcing) == ("Ana P. Ruiz", Sourcing.NAMED_PERSON)
    assert att.source == first[0].source and att.cue == first[0].cue
    assert content(text, att) == '"We expect a weak summer, and that worries me."'


def test_a_quotation_run_on_over_sentences_and_paragraphs_keeps_its_speaker() -> None:
    text = (
        "“Prices will keep rising,” the minister, Olga K. Berg, said. “We cannot stop that "
        "alone. Nobody can.\n\n"
        "“Only a joint answer will work.”\n\n"
        "The talks resume on Friday.\n"
    )
    for start in ("“We cannot", "Nobody", "“Only"):
        (att,) = of_sentence(text, start)
        assert att.name == "Olga K. Berg", start
    (att,) = of_sentence(text, "“Only")
    assert content(text, att) == "“Only a joint answer will work.”"
    assert of_sentence(text, "The talks") == []


def test_a_pronoun_speaker_carries_on_too() -> None:
    text = (
        "Julia M. Reyes spoke in Leeds. “Rents are too high,” she said. “We will build 9,000 "
        "homes.”"
    )
    (att,) = of_sentence(text, "“We will")
    assert (att.source.text, att.name) == ("she", "Julia M. Reyes")


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph after a closed quotation may be anyone's
        '"We will win," he said.\n\n"It is over."\n',
        # not wholly a quotation
        '"We will win," he said. The crowd cheered.',
        '"We will win," he said. "Maybe," the minister said, "but not this year."',
        # the earlier quotation was not the attribution's content
        'Tom K. Hale said that taxes would fall. "Nonsense."',
    ],
)
def test_no_carry_on_when_it_is_not_clear(text: str) -> None:
    sentences = per_sentence(text)
    last_text, last = sentences[-1]
    if last_text.startswith('"Maybe'):
        assert [a.name for a in last] == ["the minister"]
    else:
        assert last == []


def test_carried_attributions_reach_the_pipeline() -> None:
    text = (
        "“Rates will stay where they are,” said Lena V. Ortiz, the bank's governor. “Inflation "
        "is still 4.1%.”"
    )
    sentence = next(s for s in extract(text).sentences if s.text.startswith("“Inflation"))
    assert [a.name for a in sentence.attributions] == ["Lena V. Ortiz"]


# -- 3. vague sourcing ---------------------------------------------------------------------------


def test_critics_including_unnamed_members_are_vague_critics() -> None:
    text = "Critics of the plan, including two former ministers, say it will raise prices."
    assert who(text) == [("Critics of the plan", Sourcing.VAGUE)]


def test_a_named_member_after_including_is_still_the_source() -> None:
    text = "Republicans, including Sen. Ted Cruz, said that the bill would fail."
    assert who(text) == [("Ted Cruz", Sourcing.NAMED_PERSON)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysts say the slowdown is broader than the storms alone would explain.", "Analysts"),
        ("Some observers believe the central bank may be too slow to act.", "observers"),
    ],
)
def test_analysts_and_observers_are_vague(text: str, name: str) -> None:
    assert who(text) == [(name, Sourcing.VAGUE)]


# -- 4. titles and surnames ----------------------------------------------------------------------


def test_former_alone_is_no_title() -> None:
    text = (
        "Hikers reached a former Patriot mountaintop mine on Monday. "
        "Jane Kowalski said that the site was unsafe. Patriot said that it had been sealed."
    )
    assert who(text)[-1] == ("Patriot", Sourcing.NAMED_ORGANISATION)
    text = "The former President Barack Obama spoke. Obama said that the law worked."
    assert who(text)[-1] == ("Barack Obama", Sourcing.NAMED_PERSON)


@pytest.mark.parametrize("person", ["Michael J. Fox", "Anita Hill", "Emily Post", "Betty White"])
def test_a_surname_that_is_also_an_org_word_stays_a_person(person: str) -> None:
    surname = person.split()[-1]
    text = f"{person} said that research needs money. {surname} said that 9 labs had closed."
    assert who(text) == [(person, Sourcing.NAMED_PERSON), (person, Sourcing.NAMED_PERSON)]


def test_the_org_words_still_name_bodies_alone() -> None:
    assert who("The Hill reported that the vote was delayed.") == [
        ("Hill", Sourcing.NAMED_ORGANISATION)
    ]
    assert who("Fox News said that the poll was flawed.") == [
        ("Fox News", Sourcing.NAMED_ORGANISATION)
    ]


# -- review 3: a politics story and a health explainer -------------------------------------------


def test_a_possessive_office_is_no_named_body_with_the_same_head_word() -> None:
    text = (
        "Last year, the National Audit Office found that 23 percent was spent on advisers. "
        "The minister's office did not respond to a request for comment."
    )
    assert who(text)[-1] == ("The minister's office", Sourcing.ANONYMOUS)


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        (
            "LONDON, March 14 (Newswire) - Finance Minister Daniel Okafor on Thursday defended "
            "a 4.2 billion pound increase in rail spending.",
            "Finance Minister Daniel Okafor",
            "Daniel Okafor",
        ),
        (
            "WASHINGTON (Reuters) - Treasury Secretary Janet Yellen said on Monday that growth "
            "would slow.",
            "Treasury Secretary Janet Yellen",
            "Janet Yellen",
        ),
    ],
)
def test_a_dateline_is_cut_off_the_source(text: str, source: str, name: str) -> None:
    (att,) = run(text)
    assert (att.source.text, att.name, att.sourcing) == (source, name, Sourcing.NAMED_PERSON)


def test_people_with_knowledge_of_talks_are_anonymous() -> None:
    text = "Two people with knowledge of the discussions said the cabinet was split."
    assert who(text)[0][1] is Sourcing.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to the Institute for Fiscal Studies, rail subsidies rose. The think tank "
            "said in a briefing note that the increase was large.",
            "Institute for Fiscal Studies",
        ),
        (
            "Last year, the National Audit Office found waste. The watchdog said that costs rose.",
            "National Audit Office",
        ),
    ],
)
def test_the_think_tank_is_the_body_the_article_named(text: str, name: str) -> None:
    att = run(text)[-1]
    assert (att.name, att.sourcing) == (name, Sourcing.NAMED_ORGANISATION)
    assert content(text, att) in ("the increase was large.", "costs rose.")


@pytest.mark.parametrize("cue", ["argue", "contend", "warn"])
def test_critics_of_a_plan_are_vague(cue: str) -> None:
    text = f"Critics of the plan {cue} that much of the money will go to consultants."
    assert who(text) == [("Critics of the plan", Sourcing.VAGUE)]


def test_what_the_research_says_in_a_framing_sentence_is_no_attribution() -> None:
    text = "Claims have spread widely. We looked at what the research actually says."
    assert who(text) == []


def test_a_platform_inside_a_videos_modifier_is_not_the_source() -> None:
    text = (
        "A video shared more than 2 million times on TikTok in January said that people who "
        "fast live longer."
    )
    (att,) = run(text)
    assert (att.source.text, att.sourcing) == ("A video", Sourcing.VAGUE)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Russia and the European Union said on Monday that the talks had failed.",
         ["Russia", "European Union"]),
        ("Russia, China and the European Union said on Monday that the talks had failed.",
         ["Russia", "China", "European Union"]),
    ],
)
def test_a_coordinated_subject_keeps_a_member_under_the(text: str, names: list[str]) -> None:
    assert who(text) == [(n, Sourcing.NAMED_ORGANISATION) for n in names]


def test_economists_at_a_named_body_say_like_they_write() -> None:
    text = "Economists at the Bank of England say inflation will fall to 2% next year."
    (att,) = run(text)
    assert (att.name, att.sourcing) == (
        "Economists at the Bank of England",
        Sourcing.NAMED_ORGANISATION,
    )
    assert content(text, att).startswith("inflation will fall")
    ref = "Economists at Morgan Stanley wrote in a research note that inflation will fall."
    assert who(ref) == [("Economists at Morgan Stanley", Sourcing.NAMED_ORGANISATION)]
