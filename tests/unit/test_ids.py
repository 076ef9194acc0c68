"""Ids are short, stable, derived from content, and typed by unique prefix."""

from __future__ import annotations

import re

import pytest

from verifier import ids
from verifier.errors import AmbiguousIdError, NotFoundError

# Two different claim texts (no article) whose 7-character claim ids are the same; found by
# brute force over "Claim number N", so claim_id's lengthening can be exercised for real.
COLLIDING = ("Claim number 473991", "Claim number 511143")
COLLIDING_ID = "scocm47"

ID_ALPHABET = re.compile(r"^[a-z2-7]+$")  # lower-case base32: no 0, 1, 8, 9


def test_the_colliding_pair_really_collides() -> None:
    assert ids.claim_id(None, COLLIDING[0]) == ids.claim_id(None, COLLIDING[1]) == COLLIDING_ID


# -- stable and derived from content ------------------------------------------------------------


def test_article_id_is_stable_and_depends_only_on_content() -> None:
    text = "Russia warns South Korea.\nSecond paragraph.\n"
    first = ids.article_id(ids.content_hash(text))
    assert first == ids.article_id(ids.content_hash(str(text)))
    assert first != ids.article_id(ids.content_hash(text + " "))
    assert len(first) == ids.ARTICLE_ID_LENGTH and first.startswith("a")
    assert ID_ALPHABET.match(first)


def test_known_values_do_not_drift_between_versions() -> None:
    # Ids are stored in files and typed by people; a change here breaks every existing database.
    assert (
        ids.content_hash("abc")
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
    assert ids.claim_id(None, COLLIDING[0]) == COLLIDING_ID


def test_claim_id_is_stable_for_the_same_text_in_the_same_article() -> None:
    one = ids.claim_id("a2bcde", "More than 10,000 troops have moved.")
    assert one == ids.claim_id("a2bcde", "More than 10,000 troops have moved.")
    assert len(one) == ids.CLAIM_ID_LENGTH and ID_ALPHABET.match(one)


def test_claim_id_differs_between_articles_and_texts() -> None:
    text = "More than 10,000 troops have moved."
    assert ids.claim_id("a2bcde", text) != ids.claim_id("a3bcde", text)
    assert ids.claim_id("a2bcde", text) != ids.claim_id(None, text)
    assert ids.claim_id("a2bcde", text) != ids.claim_id("a2bcde", text.replace("10,000", "11,000"))


@pytest.mark.parametrize(
    "variant",
    [
        "He said “we will respond” to the move.",
        'He said "we will respond" to the move.',
        'He said  "we will respond"\n to the move. ',
        "\tHe said \u201cwe will respond\u201d to the move.",
    ],
)
def test_typographic_quotes_and_whitespace_do_not_change_a_claim_id(variant: str) -> None:
    base = 'He said "we will respond" to the move.'
    assert ids.claim_id("a2bcde", variant) == ids.claim_id("a2bcde", base)


def test_apostrophes_and_unicode_composition_are_normalised() -> None:
    assert ids.normalise_text("Korea’s  ‘aid’") == "Korea's 'aid'"
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    assert ids.claim_id(None, composed) == ids.claim_id(None, decomposed)


def test_normalisation_does_not_erase_real_differences() -> None:
    assert ids.claim_id(None, "Troops moved.") != ids.claim_id(None, "troops moved.")
    assert ids.claim_id(None, "10,000 troops") != ids.claim_id(None, "10.000 troops")


def test_source_id_depends_on_claim_and_url_and_ignores_surrounding_space() -> None:
    sid = ids.source_id("cabcdef", "https://example.com/a")
    assert sid == ids.source_id("cabcdef", "  https://example.com/a\n")
    assert sid != ids.source_id("cabcdef", "https://example.com/b")
    assert sid != ids.source_id("cxyzxyz", "https://example.com/a")
    assert sid.startswith("s") and len(sid) == ids.SOURCE_ID_LENGTH


# -- collision lengthening -------------------------------------------------------------------------


def test_claim_id_lengthens_when_the_short_form_is_taken() -> None:
    first, second = COLLIDING
    taken = [ids.claim_id(None, first)]
    longer = ids.claim_id(None, second, taken=taken)
    assert longer != COLLIDING_ID
    assert longer.startswith(COLLIDING_ID) and len(longer) == ids.CLAIM_ID_LENGTH + 1
    # stable: the same situation gives the same lengthened id
    assert ids.claim_id(None, second, taken=taken) == longer


def test_claim_id_keeps_lengthening_past_every_taken_prefix() -> None:
    short = ids.claim_id(None, "x")
    one_longer = ids.claim_id(None, "x", taken=[short])
    two_longer = ids.claim_id(None, "x", taken=[short, one_longer])
    assert len(two_longer) == ids.CLAIM_ID_LENGTH + 2
    assert two_longer.startswith(one_longer) and one_longer.startswith(short)


def test_unrelated_taken_ids_do_not_lengthen() -> None:
    short = ids.claim_id(None, "x")
    assert ids.claim_id(None, "x", taken=["zzzzzzz", short + "q"]) == short


# -- prefix resolution -----------------------------------------------------------------------------

IDS = ["abcdefg", "abcxyzq", "kqrstuv", "abc"]


def test_a_unique_prefix_resolves() -> None:
    assert ids.resolve("claim", "kq", IDS) == "kqrstuv"
    assert ids.resolve("claim", "abcd", IDS) == "abcdefg"


def test_prefix_resolution_ignores_case_and_surrounding_space() -> None:
    assert ids.resolve("claim", "  KQR ", IDS) == "kqrstuv"


def test_an_exact_id_wins_over_longer_ids_it_prefixes() -> None:
    assert ids.resolve("claim", "abc", IDS) == "abc"
    assert ids.resolve("claim", "abc", list(reversed(IDS))) == "abc"


def test_an_ambiguous_prefix_lists_the_candidates() -> None:
    with pytest.raises(AmbiguousIdError) as caught:
        ids.resolve("claim", "ab", IDS)
    assert caught.value.candidates == ["abc", "abcdefg", "abcxyzq"]
    message = str(caught.value)
    assert "claim id 'ab' is ambiguous" in message
    for candidate in ("abc", "abcdefg", "abcxyzq"):
        assert candidate in message
    assert "kqrstuv" not in message


def test_a_long_ambiguous_list_is_shortened_in_the_message() -> None:
    many = [f"zz{n:02d}" for n in range(15)]
    with pytest.raises(AmbiguousIdError) as caught:
        ids.resolve("source", "zz", many)
    assert len(caught.value.candidates) == 15
    assert str(caught.value).endswith("…")
    assert "zz14" not in str(caught.value)


@pytest.mark.parametrize("ref", ["q", "abcdefgh", "kqx"])
def test_an_unknown_id_is_not_found(ref: str) -> None:
    with pytest.raises(NotFoundError, match=f"no claim with id '{ref}'"):
        ids.resolve("claim", ref, IDS)


def test_an_empty_reference_is_not_found_rather_than_matching_everything() -> None:
    with pytest.raises(NotFoundError, match="no article id given"):
        ids.resolve("article", "  ", IDS)


def test_ambiguity_is_not_a_not_found() -> None:
    # the CLI and TUI tell these apart: one lists candidates, the other says "no such id"
    assert not issubclass(AmbiguousIdError, NotFoundError)
