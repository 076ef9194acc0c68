"""Correcting attributions: what ClaimReview publishes as a claim's author must be fixable, with
history and undo, and a correction must survive a new version of the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED
from verifier.errors import InvalidInputError
from verifier.ingest import ingest_file
from verifier.models import Sourcing
from verifier.service import Verifier


def rudenko_claim(desk: Verifier) -> str:
    return next(c.id for c in desk.claims() if "fully destroy" in c.text)


def test_edit_an_attribution_and_undo_it(desk: Verifier) -> None:
    ingest_file(desk, SEED)
    ref = rudenko_claim(desk)
    before = desk.claim(ref).attributions[0]
    claim = desk.edit_attribution(ref, 0, name="Deputy FM Andrey Rudenko", sourcing="named_person")
    assert claim.attributions[0].name == "Deputy FM Andrey Rudenko"
    assert claim.attributions[0].source == before.source  # where it is written does not move
    entry = claim.history[-1]
    assert entry.action == "attributions" and "→ Deputy FM Andrey Rudenko" in entry.detail
    undone = desk.undo(ref)
    assert undone.attributions[0] == before


def test_remove_an_attribution_untraces_sources(desk: Verifier) -> None:
    ingest_file(desk, SEED)
    ref = next(c.id for c in desk.claims() if "over 10,000" in c.text)
    count = len(desk.claim(ref).attributions)
    assert count >= 3  # U.S., South Korean and Ukrainian officials
    desk.add_source(ref, "https://example.org/a", "supports", traces_attribution=0)
    desk.add_source(ref, "https://example.org/b", "supports", traces_attribution=2)
    claim = desk.remove_attribution(ref, 0)
    assert len(claim.attributions) == count - 1
    assert [s.traces_attribution for s in claim.sources] == [None, 1]
    restored = desk.undo(ref)  # one change: the attribution and both sources come back
    assert len(restored.attributions) == count
    assert [s.traces_attribution for s in restored.sources] == [0, 2]


def test_add_needs_words_the_article_has(desk: Verifier) -> None:
    ingest_file(desk, SEED)
    ref = rudenko_claim(desk)
    for number in reversed(range(len(desk.claim(ref).attributions))):  # "he": to be re-pointed
        desk.remove_attribution(ref, number)
    claim = desk.add_attribution(ref, "Andrey Rudenko", Sourcing.NAMED_PERSON)
    added = claim.attributions[-1]
    article = desk.article(claim.article_id or "")
    assert article.text[added.source.start : added.source.end] == "Andrey Rudenko"
    assert added.source.start < (claim.start or 0)  # the mention nearest before the claim
    with pytest.raises(InvalidInputError, match="not in the article"):
        desk.add_attribution(ref, "Vladimir Nabokov", "named_person")
    with pytest.raises(InvalidInputError, match="unknown sourcing"):
        desk.add_attribution(ref, "Andrey Rudenko", "famous")
    with pytest.raises(InvalidInputError, match="no attribution 9"):
        desk.edit_attribution(ref, 9, name="x")
    with pytest.raises(InvalidInputError, match="nothing to change"):
        desk.edit_attribution(ref, 0)


def test_a_correction_survives_a_new_version_of_the_article(desk: Verifier, tmp_path: Path) -> None:
    article_file = tmp_path / "article.txt"
    original = SEED.read_text(encoding="utf-8")
    article_file.write_text(original, encoding="utf-8")
    ingest_file(desk, article_file)
    ref = rudenko_claim(desk)
    untouched = next(c.id for c in desk.claims() if "around 11,000" in c.text)
    desk.edit_attribution(ref, 0, name="Andrey Y. Rudenko")
    changed = "UPDATE: this article was revised.\n" + original
    article_file.write_text(changed, encoding="utf-8")
    ingest_file(desk, article_file)
    claim = desk.claim(ref)
    assert claim.attributions[0].name == "Andrey Y. Rudenko"
    a = claim.attributions[0]
    assert changed[a.source.start : a.source.end] == a.source.text  # moved with the text
    if a.cue is not None:
        assert changed[a.cue.start : a.cue.end] == a.cue.text
    other = desk.claim(untouched).attributions[0]  # not corrected: re-extracted
    assert changed[other.source.start : other.source.end] == other.source.text


def test_an_attribution_corrected_differently_on_both_sides_reads_as_names(
    desk: Verifier, tmp_path: Path
) -> None:
    import io

    from verifier.config import Config
    from verifier.history import describe_change
    from verifier.reports import export_claims, merge_bytes

    def export(d: Verifier) -> bytes:
        out = io.StringIO()
        export_claims(d, d.claims(), "json", stream=out, articles=d.articles())
        return out.getvalue().encode()

    ingest_file(desk, SEED)
    ref = rudenko_claim(desk)
    bob = Verifier(tmp_path / "bob.json", user="bob", config=Config(user="bob"))
    assert merge_bytes(bob, export(desk)).applied
    desk.edit_attribution(ref, 0, name="Andrey Rudenko (deputy FM)")
    bob.edit_attribution(ref, 0, name="A. Rudenko")
    blocked = merge_bytes(desk, export(bob))
    (conflict,) = blocked.conflicts
    shown = " ".join(conflict.details)
    assert "Andrey Rudenko (deputy FM)" in shown and "A. Rudenko" in shown
    assert merge_bytes(desk, export(bob), prefer="theirs").applied
    line = describe_change(desk.claim(ref).history[-1], detailed=True)
    assert "A. Rudenko" in line and "bob" in line, line


def test_adding_an_attribution_the_claim_already_has_is_refused(desk: Verifier) -> None:
    """The same name again (any case) would be a duplicate: refused in one line, nothing written."""
    ingest_file(desk, SEED)
    ref = next(c.id for c in desk.claims() if "soberly assess" in c.text)
    known = desk.claim(ref).attributions
    assert [a.name for a in known] == ["Andrey Rudenko"]
    before = desk.path.read_bytes()
    with pytest.raises(InvalidInputError) as refused:
        desk.add_attribution(ref, "Rudenko", "named_person", name="andrey rudenko")
    assert str(refused.value) == (
        f"claim {ref} is already attributed to Andrey Rudenko (attribution 0, named person); "
        "nothing was added (edit or remove that one instead)"
    )
    assert desk.path.read_bytes() == before
    assert desk.add_attribution(ref, "Seoul", "named_organisation").attributed_to == [
        "Andrey Rudenko",
        "Seoul",
    ]


OKAFOR = (
    "Port traffic falls\n"
    "Daniel Okafor, the harbour master, said traffic fell by a third in March.\n"
    "Okafor said the fall would not last.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Daniel Okafor", "Okafor"),
        ("Okafor", "Daniel Okafor"),
        ("Daniel Okafor", "daniel okafor."),
        ("Daniel Okafor", "Dr. Okafor"),
    ],
)
def test_a_named_person_by_surname_is_the_same_person(
    desk: Verifier, first: str, second: str
) -> None:
    """'Okafor' is Daniel Okafor (and the reverse): refused like the same name, nothing written."""
    article, _ = desk.add_article(OKAFOR, title="Port traffic falls")
    claim, _ = desk.add_claim("Okafor said the fall would not last.", article=article.id)
    desk.add_attribution(claim.id, "Okafor", "named_person", name=first)
    before = desk.path.read_bytes()
    with pytest.raises(InvalidInputError) as refused:
        desk.add_attribution(claim.id, "Okafor", "named_person", name=second)
    assert str(refused.value) == (
        f"claim {claim.id} is already attributed to {first} (attribution 0, named person); "
        "nothing was added (edit or remove that one instead)"
    )
    assert desk.path.read_bytes() == before


def test_another_person_with_the_same_surname_or_a_body_is_added(desk: Verifier) -> None:
    article, _ = desk.add_article(OKAFOR, title="Port traffic falls")
    claim, _ = desk.add_claim("Okafor said the fall would not last.", article=article.id)
    desk.add_attribution(claim.id, "Okafor", "named_person", name="Daniel Okafor")
    desk.add_attribution(claim.id, "Okafor", "named_person", name="Grace Okafor")
    done = desk.add_attribution(claim.id, "Okafor", "named_organisation", name="Okafor")
    assert done.attributed_to == ["Daniel Okafor", "Grace Okafor", "Okafor"]


def test_a_body_named_with_or_without_its_article_is_the_same_source(desk: Verifier) -> None:
    """The review added "The council's transport committee" and then "council's transport
    committee": the export listed two authors for one body."""
    text = "The council's transport committee said bus journeys are 25% slower than in 2015."
    article, _ = desk.add_article(text, title="Congestion zone")
    claim, _ = desk.add_claim("bus journeys are 25% slower than in 2015", article=article.id)
    desk.add_attribution(claim.id, "The council's transport committee", "named_organisation")
    with pytest.raises(InvalidInputError, match="is already attributed to The council's"):
        desk.add_attribution(claim.id, "council's transport committee", "named_organisation")
    assert [a.name for a in desk.claim(claim.id).attributions] == [
        "The council's transport committee"
    ]


def test_people_with_the_same_surname_and_other_initials_are_two_sources(desk: Verifier) -> None:
    """Dropping a leading article must not eat an initial ("A. Smith") or a given name ("An")."""
    text = "A. Smith and B. Smith said the port was closed; An Nguyen and Binh Nguyen agreed."
    article, _ = desk.add_article(text, title="Port")
    claim, _ = desk.add_claim("the port was closed", article=article.id)
    for words in ("A. Smith", "B. Smith", "An Nguyen", "Binh Nguyen"):
        desk.add_attribution(claim.id, words, "named_person")
    assert [a.name for a in desk.claim(claim.id).attributions] == [
        "A. Smith",
        "B. Smith",
        "An Nguyen",
        "Binh Nguyen",
    ]
