"""Dates, places, people and organisations by rules and gazetteers."""

from __future__ import annotations

from verifier.extract.mentions import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.kind, m.text) for m in found]


def test_dates() -> None:
    text = "In October it began; in June it ended, earlier this year, on Sunday, in 2016 and 31 October 2024."
    assert [t for k, t in pairs(text) if k == "date"] == [
        "In October",
        "in June",
        "earlier this year",
        "on Sunday",
        "in 2016",
        "31 October 2024",
    ]


def test_people_after_titles_and_known_surnames() -> None:
    text = (
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un. "
        "Deputy Foreign Minister Andrey Rudenko spoke. Later Putin left and Mr. Burman stayed."
    )
    people = [t for k, t in pairs(text) if k == "person"]
    assert people == ["Vladimir Putin", "Kim Jong Un", "Andrey Rudenko", "Putin", "Burman"]


def test_organisations_and_places() -> None:
    text = (
        "The U.S. Department of Defense estimates that troops are in the Kursk region. "
        "Analysts from the Institute of War (ISW) and NATO in Seoul agree."
    )
    assert pairs(text) == [
        ("organisation", "U.S. Department of Defense"),
        ("place", "Kursk region"),
        ("organisation", "Institute of War (ISW)"),
        ("organisation", "NATO"),
        ("place", "Seoul"),
    ]


def test_demonyms_are_not_places_and_capitals_do_not_cross_lines() -> None:
    text = "North Korean troops entered North Korea’s border zone.\nDeputy Minister Rudenko spoke."
    assert pairs(text) == [("place", "North Korea"), ("person", "Rudenko")]


def test_middle_initials_stay_in_the_name() -> None:
    text = (
        "George W. Bush met Julie A. Smith in Texas. "
        "Leonard E. Burman of the Tax Policy Center and House Speaker Paul D. Ryan spoke."
    )
    assert [(k, t) for k, t in pairs(text) if k != "place"] == [
        ("person", "George W. Bush"),
        ("person", "Julie A. Smith"),
        ("person", "Leonard E. Burman"),
        ("organisation", "Tax Policy Center"),
        ("person", "Paul D. Ryan"),
    ]


def test_companies_named_like_people_are_organisations() -> None:
    text = "Wells Fargo and Goldman Sachs paid fines; Planned Parenthood did not."
    assert pairs(text) == [
        ("organisation", "Wells Fargo"),
        ("organisation", "Goldman Sachs"),
        ("organisation", "Planned Parenthood"),
    ]


def test_former_alone_is_no_title_and_surnames_that_head_bodies_stay_people() -> None:
    assert pairs("Hikers reached a former Patriot mountaintop mine.") == []
    assert pairs("The former President Barack Obama spoke.") == [("person", "Barack Obama")]
    assert pairs("Emily Post wrote the rules.") == [("person", "Emily Post")]
    assert pairs("The Washington Post reported it.") == [("organisation", "Washington Post")]
    text = "Chief Executive Charles W. Scharf told analysts."
    assert pairs(text) == [("person", "Charles W. Scharf")]
