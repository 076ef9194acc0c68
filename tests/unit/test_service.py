"""The desk (``Verifier``): every change validated, ruled on, recorded in the history and saved,
or refused with nothing written."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from verifier import ids
from verifier.config import Config
from verifier.errors import (
    AmbiguousIdError,
    ChangedSinceError,
    InvalidInputError,
    NotFoundError,
    NothingToUndoError,
    WorkflowRefusedError,
)
from verifier.history import describe_change
from verifier.models import Claim, ClaimOrigin, HistoryEntry, Stance, Status
from verifier.service import ClaimFilter, Verifier

ARTICLE_TEXT = (
    "Seoul weighs arms for Kyiv.\n"
    "The Defense Ministry estimates that more than 10,000 North Korean troops are in Russia.\n"
    'A spokesman said "we will respond" to any deliveries.\n'
)
CLAIM_TEXT = (
    "The Defense Ministry estimates that more than 10,000 North Korean troops are in Russia."
)


def fresh(desk: Verifier) -> Verifier:
    """Another desk on the same file: what a second process (or the next CLI call) would see."""
    return Verifier(desk.path, user="someone-else", config=Config(user="someone-else"))


@pytest.fixture
def article_id(desk: Verifier) -> str:
    article, created = desk.add_article(
        ARTICLE_TEXT, title="Seoul weighs arms", publisher="Example"
    )
    assert created
    return article.id


@pytest.fixture
def claim_id(desk: Verifier, article_id: str) -> str:
    claim, created = desk.add_claim(CLAIM_TEXT, article=article_id)
    assert created
    return claim.id


def entries(desk: Verifier, claim_id: str) -> list[tuple[str, object, object]]:
    return [(e.action, e.before, e.after) for e in desk.claim(claim_id).history]


def assert_recent(moment: datetime) -> None:
    assert moment.tzinfo is not None
    assert abs(datetime.now(UTC) - moment) < timedelta(minutes=1)


# -- articles and claims ----------------------------------------------------------------------------


def test_add_article_is_idempotent_on_the_same_text(desk: Verifier) -> None:
    first, created = desk.add_article(ARTICLE_TEXT, title="First title")
    again, created_again = desk.add_article(ARTICLE_TEXT, title="Another title")
    assert created and not created_again
    assert again.id == first.id and again.title == "First title"
    assert [a.id for a in fresh(desk).articles()] == [first.id]
    other, created_other = desk.add_article(ARTICLE_TEXT + "One more line.\n")
    assert created_other and other.id != first.id
    assert len(fresh(desk).articles()) == 2


def test_add_article_keeps_the_text_exactly_and_validates_metadata(desk: Verifier) -> None:
    text = "  Leading space, “curly quotes”,\r\nCRLF and trailing blanks   \n"
    article, _ = desk.add_article(text, published="2024-10-31", url="https://example.com/a")
    stored = fresh(desk).article(article.id)
    assert stored.text == text
    assert stored.published.isoformat() == "2024-10-31"
    assert stored.url == "https://example.com/a"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"url": "javascript:alert(1)"}, "URL scheme must be http or https"),
        ({"published": "31/10/2024"}, "is not YYYY-MM-DD"),
    ],
)
def test_add_article_refuses_bad_metadata_and_writes_nothing(
    desk: Verifier, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        desk.add_article(ARTICLE_TEXT, **kwargs)
    assert not desk.path.exists()


def test_add_article_refuses_empty_text(desk: Verifier) -> None:
    with pytest.raises(InvalidInputError, match="empty"):
        desk.add_article(" \n\t ")
    assert not desk.path.exists()


def test_add_claim_finds_its_span_in_the_article_and_records_creation(
    desk: Verifier, article_id: str
) -> None:
    claim, created = desk.add_claim(f"  {CLAIM_TEXT}  ", article=article_id[:3])
    assert created and claim.text == CLAIM_TEXT
    assert claim.article_id == article_id
    assert ARTICLE_TEXT[claim.start : claim.end] == CLAIM_TEXT
    assert claim.origin is ClaimOrigin.MANUAL and claim.status is Status.UNVERIFIED
    [entry] = fresh(desk).claim(claim.id).history
    assert (entry.by, entry.action, entry.after) == ("ana", "created", CLAIM_TEXT)
    assert_recent(entry.at)


def test_add_claim_again_returns_the_same_claim(
    desk: Verifier, article_id: str, claim_id: str
) -> None:
    again, created = desk.add_claim(CLAIM_TEXT.replace(" ", "  "), article=article_id)
    assert not created and again.id == claim_id
    quoted, created = desk.add_claim(
        'A spokesman said "we will respond" to any deliveries.', article=article_id
    )
    assert created
    typographic, created = desk.add_claim(
        "A spokesman said “we will respond” to any deliveries.", article=article_id
    )
    assert not created and typographic.id == quoted.id
    assert len(fresh(desk).claims()) == 2


def test_add_claim_refuses_empty_text_and_unknown_article(desk: Verifier) -> None:
    with pytest.raises(InvalidInputError, match="empty"):
        desk.add_claim("   ")
    with pytest.raises(NotFoundError, match="no article with id 'azzzz'"):
        desk.add_claim("Something", article="azzzz")
    assert not desk.path.exists()


def test_add_claim_with_a_colliding_short_id_creates_a_second_claim(desk: Verifier) -> None:
    first, _ = desk.add_claim("Claim number 473991")
    second, created = desk.add_claim("Claim number 511143")  # same 7-character id, other text
    assert first.id == "scocm47"
    assert created
    assert second.text == "Claim number 511143"
    assert second.id != first.id and second.id.startswith(first.id)


def test_claims_and_prefix_resolution(desk: Verifier) -> None:
    made = [desk.add_claim(f"Claim {n}")[0].id for n in range(40)]
    by_first: dict[str, list[str]] = {}
    for cid in made:
        by_first.setdefault(cid[0], []).append(cid)
    shared = next(group for group in by_first.values() if len(group) > 1)
    with pytest.raises(AmbiguousIdError) as caught:
        desk.claim(shared[0][0])
    assert sorted(shared) == [c for c in caught.value.candidates]
    assert desk.claim(made[7].upper()).id == made[7]
    with pytest.raises(NotFoundError):
        desk.claim("9")  # 9 is not in the id alphabet


def test_claim_filter(desk: Verifier, claim_id: str) -> None:
    other, _ = desk.add_claim("Unrelated claim about rainfall")
    desk.tag(other.id, "Weather")
    desk.assign(claim_id, "bo")
    assert [c.id for c in desk.claims(ClaimFilter(tag="weather"))] == [other.id]
    assert [c.id for c in desk.claims(ClaimFilter(assignee="bo"))] == [claim_id]
    assert [c.id for c in desk.claims(ClaimFilter(text="NORTH KOREAN"))] == [claim_id]
    assert desk.claims(ClaimFilter(status=Status.VERIFIED)) == []
    assert desk.status_counts()[Status.UNVERIFIED] == 2


# -- status and the verdict rules ---------------------------------------------------------------


def test_status_change_appends_history(desk: Verifier, claim_id: str) -> None:
    desk.set_status(claim_id, "in_progress")
    claim = fresh(desk).claim(claim_id)
    assert claim.status is Status.IN_PROGRESS
    entry = claim.history[-1]
    assert (entry.by, entry.action, entry.before, entry.after, entry.forced) == (
        "ana",
        "status",
        "unverified",
        "in_progress",
        False,
    )
    assert_recent(entry.at)


def test_a_refused_verdict_raises_with_the_reason_and_changes_nothing(
    desk: Verifier, claim_id: str
) -> None:
    desk.add_source(claim_id, "https://example.com/refute", "refutes")
    before = desk.path.read_bytes()
    with pytest.raises(WorkflowRefusedError) as caught:
        desk.set_status(claim_id, Status.VERIFIED, note="looks right")
    assert caught.value.status == "verified"
    assert caught.value.reasons == ["no supporting source"]
    assert "cannot set verified: no supporting source" in str(caught.value)
    assert desk.path.read_bytes() == before
    claim = fresh(desk).claim(claim_id)
    assert claim.status is Status.UNVERIFIED and claim.verdict_note is None


@pytest.mark.parametrize(
    ("status", "reasons"),
    [
        ("false", ["no refuting source"]),
        ("disputed", ["no supporting source", "no refuting source"]),
        ("partly_verified", ["no supporting or mixed source"]),
        ("unverifiable", ["a verdict note saying why is required"]),
    ],
)
def test_every_verdict_rule_is_enforced_by_the_desk(
    desk: Verifier, claim_id: str, status: str, reasons: list[str]
) -> None:
    before = desk.path.read_bytes()
    with pytest.raises(WorkflowRefusedError) as caught:
        desk.set_status(claim_id, status)
    assert caught.value.reasons == reasons
    assert desk.path.read_bytes() == before


def test_a_blank_note_cannot_leave_an_unverifiable_claim_without_a_note(
    desk: Verifier, claim_id: str
) -> None:
    desk.set_status(claim_id, "in_progress", note="Asked the ministry on Monday")
    with contextlib.suppress(WorkflowRefusedError):
        desk.set_status(claim_id, "unverifiable", note="   ")
    claim = fresh(desk).claim(claim_id)
    assert not (claim.status is Status.UNVERIFIABLE and not (claim.verdict_note or "").strip())


def test_force_overrides_and_records_the_unmet_rule(desk: Verifier, claim_id: str) -> None:
    desk.set_status(claim_id, "verified", note="Ministry confirmed by phone", force=True)
    claim = fresh(desk).claim(claim_id)
    assert claim.status is Status.VERIFIED
    assert claim.verdict_note == "Ministry confirmed by phone"
    status_entry, note_entry = claim.history[-2:]
    assert status_entry.action == "status" and status_entry.forced is True
    assert "no supporting source" in status_entry.detail
    assert (note_entry.action, note_entry.before, note_entry.after) == (
        "verdict_note",
        None,
        "Ministry confirmed by phone",
    )
    assert status_entry.change == note_entry.change  # one action, undone together


def test_force_when_the_rules_are_met_is_not_recorded_as_forced(
    desk: Verifier, claim_id: str
) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    claim = desk.set_status(claim_id, "verified", force=True)
    assert claim.history[-1].forced is False and claim.history[-1].detail == ""


def test_verdicts_with_their_evidence_are_allowed(desk: Verifier, claim_id: str) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    assert desk.set_status(claim_id, "verified").status is Status.VERIFIED
    desk.add_source(claim_id, "https://example.com/b", "refutes")
    assert desk.set_status(claim_id, "disputed").status is Status.DISPUTED
    assert desk.set_status(claim_id, "false").status is Status.FALSE
    assert (
        desk.set_status(claim_id, "unverifiable", note="records sealed").status
        is Status.UNVERIFIABLE
    )
    assert [e.after for e in fresh(desk).claim(claim_id).history if e.action == "status"] == [
        "verified",
        "disputed",
        "false",
        "unverifiable",
    ]


def test_unknown_status_is_invalid_input(desk: Verifier, claim_id: str) -> None:
    before = desk.path.read_bytes()
    with pytest.raises(InvalidInputError, match="unknown status 'approved'"):
        desk.set_status(claim_id, "approved")
    assert desk.path.read_bytes() == before


def test_setting_the_same_status_records_nothing(desk: Verifier, claim_id: str) -> None:
    desk.set_status(claim_id, "in_progress")
    before = desk.path.read_bytes()
    desk.set_status(claim_id, "in_progress")
    assert desk.path.read_bytes() == before


def test_set_status_many_reports_refusals_and_saves_the_rest(desk: Verifier) -> None:
    good, _ = desk.add_claim("Claim with a source")
    desk.add_source(good.id, "https://example.com/a", "supports")
    bare, _ = desk.add_claim("Claim without a source")
    also_good, _ = desk.add_claim("Another claim with a source")
    desk.add_source(also_good.id, "https://example.com/b", "supports")
    before = desk.path.read_bytes()
    with pytest.raises(NotFoundError, match="no claim with id 'zzzzzzz'"):  # a typo: nothing set
        desk.set_status_many([good.id, bare.id, "zzzzzzz", also_good.id], "verified")
    assert desk.path.read_bytes() == before
    done, refused = desk.set_status_many([good.id, bare.id, also_good.id], "verified")
    assert sorted(c.id for c in done) == sorted([good.id, also_good.id])
    assert set(refused) == {bare.id}
    assert isinstance(refused[bare.id], WorkflowRefusedError)  # force would pass it
    assert "no supporting source" in str(refused[bare.id])
    seen = fresh(desk)
    assert seen.claim(good.id).status is Status.VERIFIED
    assert seen.claim(also_good.id).status is Status.VERIFIED
    assert seen.claim(bare.id).status is Status.UNVERIFIED
    assert [e.action for e in seen.claim(bare.id).history] == ["created"]


def test_set_status_many_with_an_ambiguous_prefix_sets_nothing(desk: Verifier) -> None:
    made = [desk.add_claim(f"Claim {n}")[0].id for n in range(40)]
    groups: dict[str, list[str]] = {}
    for cid in made:
        groups.setdefault(cid[0], []).append(cid)
    prefix = next(first for first, group in groups.items() if len(group) > 1)
    other = next(cid for cid in made if cid[0] != prefix)
    with pytest.raises(AmbiguousIdError):  # nothing is set: the prefix could mean several
        desk.set_status_many([other, prefix], "in_progress")
    assert fresh(desk).claim(other).status is Status.UNVERIFIED


def test_set_status_many_with_force_records_each_override(desk: Verifier) -> None:
    one, _ = desk.add_claim("One")
    two, _ = desk.add_claim("Two")
    done, refused = desk.set_status_many([one.id, two.id], "false", force=True)
    assert refused == {} and len(done) == 2
    for cid in (one.id, two.id):
        assert fresh(desk).claim(cid).history[-1].forced is True


# -- sources ---------------------------------------------------------------------------------------


def test_add_source_records_it_with_its_fields(desk: Verifier, claim_id: str) -> None:
    _, source = desk.add_source(
        claim_id,
        "https://example.com/report",
        "supports",
        title="Report",
        publisher="Ministry",
        kind="official_statement",
        excerpt="10,200 troops",
        published="2024-10-30",
        note="primary",
    )
    stored = fresh(desk).claim(claim_id)
    assert stored.sources == [source]
    assert source.stance is Stance.SUPPORTS and source.added_by == "ana"
    assert source.published.isoformat() == "2024-10-30"
    entry = stored.history[-1]
    assert (entry.by, entry.action, entry.before, entry.detail) == (
        "ana",
        "source_added",
        None,
        source.id,
    )
    assert entry.after["url"] == "https://example.com/report"
    assert entry.after["title"] == "Report"


@pytest.mark.parametrize(
    "url", ["https://example.com/a", "  https://example.com/a  "], ids=["same", "padded"]
)
def test_a_duplicate_url_is_refused(desk: Verifier, claim_id: str, url: str) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    before = desk.path.read_bytes()
    with pytest.raises(InvalidInputError, match="already a source"):
        desk.add_source(claim_id, url, "refutes")
    assert desk.path.read_bytes() == before


def test_two_urls_whose_source_ids_collide_are_both_accepted(desk: Verifier) -> None:
    claim, _ = desk.add_claim("Claim for source ids")
    seen: dict[str, str] = {}
    for n in range(100_000):  # a birthday search over 20 bits: about a thousand URLs
        url = f"https://example.com/{n}"
        sid = ids.source_id(claim.id, url)
        if sid in seen:
            break
        seen[sid] = url
    first, second = seen[sid], url
    desk.add_source(claim.id, first, "supports")
    _, added = desk.add_source(claim.id, second, "supports")
    assert added.url == second
    assert len({s.id for s in desk.claim(claim.id).sources}) == 2


def test_the_same_url_may_support_two_different_claims(desk: Verifier, claim_id: str) -> None:
    other, _ = desk.add_claim("Another claim")
    desk.add_source(claim_id, "https://example.com/a", "supports")
    _, source = desk.add_source(other.id, "https://example.com/a", "refutes")
    assert source.stance is Stance.REFUTES


@pytest.mark.parametrize(
    ("url", "fields", "message"),
    [
        ("javascript:alert(1)", {}, "^URL scheme must be http or https (got javascript)$"),
        ("file:///etc/passwd", {}, "got file"),
        ("http://", {}, "no host"),
        (
            "https://example.com/a",
            {"stance": "agrees"},
            "^stance must be one of: supports, refutes, mixed or context (got 'agrees')$",
        ),
        ("https://example.com/a", {"archive_url": "ftp://x/y"}, "archive URL: URL scheme"),
        ("https://example.com/a", {"kind": "blog"}, "kind"),
        ("https://example.com/a", {"published": "yesterday"}, "is not YYYY-MM-DD"),
        ("https://example.com/a", {"derived_from": "sgone"}, "derived_from: no source 'sgone'"),
        ("https://example.com/a", {"traces_attribution": 0}, "traces_attribution"),
        ("https://example.com/a", {"colour": "red"}, "unknown source field"),
    ],
)
def test_bad_sources_are_refused_with_nothing_written(
    desk: Verifier, claim_id: str, url: str, fields: dict[str, object], message: str
) -> None:
    stance = fields.pop("stance", "supports")
    before = desk.path.read_bytes()
    with pytest.raises(InvalidInputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        desk.add_source(claim_id, url, stance, **fields)
    assert desk.path.read_bytes() == before


def test_derived_from_must_name_a_source_of_the_claim(desk: Verifier, claim_id: str) -> None:
    _, origin = desk.add_source(claim_id, "https://wire.example/story", "supports")
    _, copy = desk.add_source(
        claim_id, "https://paper.example/copy", "supports", derived_from=origin.id
    )
    assert copy.derived_from == origin.id
    other, _ = desk.add_claim("Another claim")
    with pytest.raises(InvalidInputError, match="derived_from"):
        desk.add_source(other.id, "https://x.example/", "supports", derived_from=origin.id)
    c = desk.corroboration(desk.claim(claim_id))
    assert (c.supporting, c.independent_supporting) == (2, 1)


def test_edit_source_records_before_and_after(desk: Verifier, claim_id: str) -> None:
    _, source = desk.add_source(claim_id, "https://example.com/a", "supports", title="Old")
    _, edited = desk.edit_source(claim_id, source.id[:3], stance="mixed", title="New")
    assert edited.id == source.id and edited.stance is Stance.MIXED and edited.title == "New"
    assert edited.added_at == source.added_at and edited.added_by == "ana"
    entry = fresh(desk).claim(claim_id).history[-1]
    assert entry.action == "source_edited" and entry.detail == source.id
    assert (entry.before["stance"], entry.after["stance"]) == ("supports", "mixed")
    assert (entry.before["title"], entry.after["title"]) == ("Old", "New")


def test_edit_source_empties_a_field_given_as_none_and_undo_restores_it(
    desk: Verifier, claim_id: str
) -> None:
    _, origin = desk.add_source(claim_id, "https://wire.example/story", "supports")
    _, source = desk.add_source(
        claim_id,
        "https://example.com/a",
        "supports",
        note="n",
        accessed="2024-11-05",
        archive_url="https://web.archive.org/a",
        derived_from=origin.id,
    )
    _, edited = desk.edit_source(
        claim_id, source.id, note=None, accessed=None, archive_url=None, derived_from=None
    )
    assert (edited.note, edited.accessed, edited.archive_url, edited.derived_from) == (
        None,
        None,
        None,
        None,
    )
    claim = fresh(desk).claim(claim_id)
    assert desk.corroboration(claim).independent_supporting == 2
    entry = claim.history[-1]
    assert entry.action == "source_edited" and entry.detail == source.id
    assert (entry.before["note"], entry.after["note"]) == ("n", None)
    assert (entry.before["derived_from"], entry.after["derived_from"]) == (origin.id, None)
    desk.undo(claim_id)
    assert fresh(desk).claim(claim_id).source(source.id) == source
    with pytest.raises(InvalidInputError, match=r"^a source needs a URL$"):
        desk.edit_source(claim_id, source.id, url=None)


def test_edit_source_refuses_a_bad_url_and_no_change_records_nothing(
    desk: Verifier, claim_id: str
) -> None:
    _, source = desk.add_source(claim_id, "https://example.com/a", "supports")
    before = desk.path.read_bytes()
    with pytest.raises(InvalidInputError, match="got javascript"):
        desk.edit_source(claim_id, source.id, url="javascript:alert(1)")
    desk.edit_source(claim_id, source.id, stance="supports")
    assert desk.path.read_bytes() == before
    with pytest.raises(NotFoundError, match="no source"):
        desk.edit_source(claim_id, "szzzz", stance="refutes")


def test_edit_source_refuses_a_url_another_source_already_has(
    desk: Verifier, claim_id: str
) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    _, other = desk.add_source(claim_id, "https://example.com/b", "refutes")
    with pytest.raises(InvalidInputError):
        desk.edit_source(claim_id, other.id, url="https://example.com/a")


def test_remove_source_records_what_was_removed(desk: Verifier, claim_id: str) -> None:
    _, origin = desk.add_source(claim_id, "https://wire.example/story", "supports")
    _, copy = desk.add_source(
        claim_id, "https://paper.example/copy", "supports", derived_from=origin.id
    )
    claim = desk.remove_source(claim_id, origin.id)
    assert [s.id for s in claim.sources] == [copy.id]
    assert claim.sources[0].derived_from is None  # it now stands alone
    history = fresh(desk).claim(claim_id).history
    entry, unlinked = history[-2], history[-1]  # one change: the removal, then the cleared link
    assert entry.change == unlinked.change
    assert (entry.action, entry.after, entry.detail) == ("source_removed", None, origin.id)
    assert entry.before["url"] == "https://wire.example/story"
    assert (unlinked.action, unlinked.detail) == ("source_edited", copy.id)
    assert (unlinked.before["derived_from"], unlinked.after["derived_from"]) == (origin.id, None)
    with pytest.raises(NotFoundError):
        desk.remove_source(claim_id, origin.id)


# -- notes, tags, assignee, text ----------------------------------------------------------------------


def test_note_is_recorded_with_its_author(desk: Verifier, claim_id: str) -> None:
    desk.add_note(claim_id, "  Called the ministry, waiting.  ")
    claim = fresh(desk).claim(claim_id)
    [note] = claim.notes
    assert (note.by, note.text) == ("ana", "Called the ministry, waiting.")
    entry = claim.history[-1]
    assert entry.action == "note" and entry.after["text"] == "Called the ministry, waiting."
    with pytest.raises(InvalidInputError, match="empty"):
        desk.add_note(claim_id, "  ")


def test_tag_and_untag(desk: Verifier, claim_id: str) -> None:
    desk.tag(claim_id, "Ukraine", "troops", "ukraine")
    assert fresh(desk).claim(claim_id).tags == ["ukraine", "troops"]
    desk.tag(claim_id, "troops")  # already there: no change, no entry
    desk.untag(claim_id, "UKRAINE", "absent")
    claim = fresh(desk).claim(claim_id)
    assert claim.tags == ["troops"]
    assert [(a, b, c) for a, b, c in entries(desk, claim_id) if a == "tags"] == [
        ("tags", [], ["ukraine", "troops"]),
        ("tags", ["ukraine", "troops"], ["troops"]),
    ]
    with pytest.raises(InvalidInputError, match="no tag given"):
        desk.tag(claim_id, " ")


@pytest.mark.parametrize("tag", ["two words", "a,b"])
def test_a_tag_that_is_not_one_word_is_invalid_input(
    desk: Verifier, claim_id: str, tag: str
) -> None:
    with pytest.raises(InvalidInputError, match="one word"):
        desk.tag(claim_id, tag)


def test_assign_and_clear(desk: Verifier, claim_id: str) -> None:
    desk.assign(claim_id, "  bo ")
    desk.assign(claim_id, "bo")  # no change
    desk.assign(claim_id, None)
    assert fresh(desk).claim(claim_id).assignee is None
    assert [(a, b, c) for a, b, c in entries(desk, claim_id) if a == "assigned"] == [
        ("assigned", None, "bo"),
        ("assigned", "bo", None),
    ]


def test_edit_text_keeps_the_old_text_in_history(desk: Verifier, claim_id: str) -> None:
    desk.edit_text(claim_id, "More than 10,000 North Korean troops are in Russia.")
    claim = fresh(desk).claim(claim_id)
    assert claim.text == "More than 10,000 North Korean troops are in Russia."
    edited = next(e for e in reversed(claim.history) if e.action == "text_edited")
    assert edited.before == CLAIM_TEXT
    assert claim.history[-1].change == edited.change  # with where it now sits, as one change
    with pytest.raises(InvalidInputError, match="empty"):
        desk.edit_text(claim_id, "   ")


def test_user_comes_from_the_config_unless_given(tmp_path: Path) -> None:
    by_config = Verifier(tmp_path / "a.json", config=Config(user="carla"))
    claim, _ = by_config.add_claim("x")
    assert claim.history[0].by == "carla"
    explicit = Verifier(tmp_path / "a.json", user="dev", config=Config(user="carla"))
    assert explicit.add_note(claim.id, "n").notes[0].by == "dev"


def test_every_change_is_numbered_and_stored(desk: Verifier, claim_id: str) -> None:
    desk.set_status(claim_id, "in_progress")
    desk.add_note(claim_id, "n")
    desk.tag(claim_id, "t")
    history = fresh(desk).claim(claim_id).history
    assert [e.action for e in history] == ["created", "status", "note", "tags"]
    assert [e.change for e in history[1:]] == [1, 2, 3]
    assert all(e.by == "ana" for e in history)


# -- undo --------------------------------------------------------------------------------------------


def test_undo_a_status_change_with_its_note_as_one(desk: Verifier, claim_id: str) -> None:
    desk.set_status(claim_id, "in_progress")
    desk.set_status(claim_id, "unverifiable", note="Ministry refuses to comment")
    claim = desk.undo(claim_id)
    assert claim.status is Status.IN_PROGRESS and claim.verdict_note is None
    stored = fresh(desk).claim(claim_id)
    assert stored.status is Status.IN_PROGRESS and stored.verdict_note is None
    undo = stored.history[-1]
    assert undo.action == "undo" and undo.by == "ana"
    assert undo.detail == "undid status, verdict note"
    desk.undo(claim_id)
    assert fresh(desk).claim(claim_id).status is Status.UNVERIFIED


def test_undo_source_add_edit_and_remove(desk: Verifier, claim_id: str) -> None:
    _, source = desk.add_source(claim_id, "https://example.com/a", "supports", title="T")
    desk.edit_source(claim_id, source.id, stance="refutes")
    desk.remove_source(claim_id, source.id)
    assert desk.claim(claim_id).sources == []
    restored = desk.undo(claim_id).sources  # undo the removal
    assert [(s.id, s.stance) for s in restored] == [(source.id, Stance.REFUTES)]
    restored = desk.undo(claim_id).sources  # undo the edit
    assert [(s.id, s.stance, s.title) for s in restored] == [(source.id, Stance.SUPPORTS, "T")]
    assert desk.undo(claim_id).sources == []  # undo the add
    assert fresh(desk).claim(claim_id).sources == []


def test_undo_note_tags_assignee_and_text(desk: Verifier, claim_id: str) -> None:
    desk.add_note(claim_id, "first")
    desk.tag(claim_id, "a")
    desk.assign(claim_id, "bo")
    desk.edit_text(claim_id, "Shorter text.")
    assert desk.undo(claim_id).text == CLAIM_TEXT
    assert desk.undo(claim_id).assignee is None
    assert desk.undo(claim_id).tags == []
    assert desk.undo(claim_id).notes == []


def test_undo_of_a_repeated_note_removes_only_that_note(desk: Verifier) -> None:
    for attempt in range(
        5
    ):  # both notes must fall in the same second (timestamps are to the second)
        claim, _ = desk.add_claim(f"Claim for attempt {attempt}")
        desk.add_note(claim.id, "Called the ministry")
        notes = desk.add_note(claim.id, "Called the ministry").notes
        if notes[0].at == notes[1].at:
            break
    else:
        pytest.fail("could not add two notes within one second")
    assert [n.text for n in desk.undo(claim.id).notes] == ["Called the ministry"]


def test_nothing_to_undo(desk: Verifier, article_id: str) -> None:
    """An extracted claim's creation is the article's: undo never takes it back."""
    claim, _ = desk.add_claim(CLAIM_TEXT, article=article_id, origin=ClaimOrigin.EXTRACTED)
    claim_id = claim.id
    before = desk.path.read_bytes()
    with pytest.raises(NothingToUndoError, match=f"claim {claim_id} has no change to undo"):
        desk.undo(claim_id)
    assert desk.path.read_bytes() == before
    desk.add_note(claim_id, "n")
    desk.undo(claim_id)
    with pytest.raises(NothingToUndoError):
        desk.undo(claim_id)


def test_undo_of_a_source_removal_restores_the_links_to_it(desk: Verifier, claim_id: str) -> None:
    _, origin = desk.add_source(claim_id, "https://wire.example/story", "supports")
    _, copy = desk.add_source(
        claim_id, "https://paper.example/copy", "supports", derived_from=origin.id
    )
    desk.remove_source(claim_id, origin.id)
    claim = desk.undo(claim_id)
    assert claim.source(copy.id).derived_from == origin.id
    assert desk.corroboration(claim).independent_supporting == 1


# -- the store is not the caller's to edit -----------------------------------------------------------


def test_editing_a_returned_claim_does_not_change_the_store(desk: Verifier, claim_id: str) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    claim = desk.claim(claim_id)
    claim.text = "tampered"
    claim.tags.append("tampered")
    claim.sources[0].title = "tampered"
    claim.history.clear()
    listed = desk.claims()[0]
    listed.status = Status.FALSE
    stored = desk.claim(claim_id)
    assert stored.text == CLAIM_TEXT and stored.tags == [] and stored.status is Status.UNVERIFIED
    assert stored.sources[0].title is None and len(stored.history) == 2
    article = desk.articles()[0]
    article.text = "tampered"
    assert desk.article(article.id).text == ARTICLE_TEXT


def test_editing_a_returned_history_entry_does_not_change_the_store(
    desk: Verifier, claim_id: str
) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    returned = desk.claim(claim_id)
    returned.history[-1].after["url"] = "https://tampered.example/"
    desk.add_note(claim_id, "an unrelated change that saves the file")
    assert fresh(desk).claim(claim_id).history[1].after["url"] == "https://example.com/a"


def test_a_claim_read_back_validates(desk: Verifier, claim_id: str) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    desk.set_status(claim_id, "verified", note="ok")
    raw = fresh(desk).claim(claim_id).model_dump(mode="json")
    assert Claim.model_validate(raw).status is Status.VERIFIED


def test_undo_of_a_given_change_refuses_when_someone_changed_the_claim_since(
    desk: Verifier, claim_id: str
) -> None:
    from verifier.errors import ChangedSinceError
    from verifier.service import last_change

    mine = desk.set_status(claim_id, "in_progress")
    my_change = last_change(mine)
    colleague = Verifier(desk.path, config=Config(user="bo"))
    colleague.add_note(claim_id, "called the ministry")
    before = desk.path.read_bytes()
    with pytest.raises(ChangedSinceError, match="changed by bo"):
        desk.undo(claim_id, change=my_change)
    assert desk.path.read_bytes() == before
    colleague.undo(claim_id)  # the colleague takes their note back
    undone = desk.undo(claim_id, change=my_change)  # now mine is the latest again
    assert undone.status is Status.UNVERIFIED and undone.notes == []


@pytest.mark.parametrize(
    "again", ["HTTPS://Example.COM/a/", "http://www.example.com/a", "https://example.com:443/a#top"]
)
def test_the_same_page_under_another_spelling_is_one_source(
    desk: Verifier, claim_id: str, again: str
) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    with pytest.raises(InvalidInputError, match="already a source"):
        desk.add_source(claim_id, again, "refutes")
    _, other = desk.add_source(claim_id, "https://example.com/b", "supports")
    with pytest.raises(InvalidInputError, match="already a source"):
        desk.edit_source(claim_id, other.id, url=again)
    assert len(desk.claim(claim_id).sources) == 2


def test_leaving_a_verdict_clears_its_note_and_a_working_note_is_kept_as_a_note(
    desk: Verifier, claim_id: str
) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    desk.set_status(claim_id, "verified", "the ministry confirms")
    reopened = desk.set_status(claim_id, "in_progress", "a second figure turned up")
    assert reopened.verdict_note is None
    assert [n.text for n in reopened.notes] == ["a second figure turned up"]
    restored = desk.undo(claim_id)  # one change: status, note cleared, working note
    assert restored.status is Status.VERIFIED
    assert restored.verdict_note == "the ministry confirms" and restored.notes == []


def test_editing_the_text_moves_the_span_and_finds_the_numbers_again(tmp_path: Path) -> None:
    desk = Verifier(tmp_path / "db.json", config=Config(user="ana"))
    text = "Officials said 200 homes flooded. Later reports said 450 homes flooded in March.\n"
    article, _ = desk.add_article(text)
    claim, _ = desk.add_claim("Officials said 200 homes flooded.", article=article.id)
    assert claim.start == 0
    moved = desk.edit_text(claim.id, "Later reports said 450 homes flooded in March.")
    assert text[moved.start : moved.end] == moved.text
    assert [q.value for q in moved.quantities] == [450]
    assert text[moved.quantities[0].start : moved.quantities[0].end].startswith("450")
    paraphrase = desk.edit_text(claim.id, "About 500 homes flooded.")
    assert paraphrase.start is None and [q.value for q in paraphrase.quantities] == [500]
    assert paraphrase.history[-1].action == "placed"
    back = desk.undo(claim.id)
    assert (back.text, back.start, [q.value for q in back.quantities]) == (
        moved.text,
        moved.start,
        [450],
    )


def test_a_source_cannot_derive_from_its_own_copy_nor_be_read_in_the_future(
    desk: Verifier, claim_id: str
) -> None:
    _, wire = desk.add_source(claim_id, "https://wire.example/a", "supports")
    _, copy = desk.add_source(claim_id, "https://paper.example/b", "supports", derived_from=wire.id)
    with pytest.raises(InvalidInputError, match="already derives from"):
        desk.edit_source(claim_id, wire.id, derived_from=copy.id)
    with pytest.raises(InvalidInputError, match="in the future"):
        desk.add_source(claim_id, "https://c.example/", "supports", accessed="2999-01-01")


def test_removing_a_tag_the_claim_does_not_have_says_so(desk: Verifier, claim_id: str) -> None:
    desk.tag(claim_id, "troops")
    with pytest.raises(InvalidInputError, match="has no tag nope"):
        desk.untag(claim_id, "nope")


# -- removing a claim added by hand or promoted; undoing its creation --------------------------------


def test_a_claim_added_by_hand_is_removed_into_its_articles_history_and_put_back(
    desk: Verifier, article_id: str, claim_id: str
) -> None:
    as_added = desk.claim(claim_id)
    removed = desk.remove_claim(claim_id[:4])
    assert removed == as_added
    reader = fresh(desk)
    assert claim_id not in reader.repo.claims.ids()
    entry = reader.article(article_id).history[-1]
    assert (entry.action, entry.by, entry.detail) == ("claim_removed", "ana", "")
    assert entry.before == as_added.model_dump(mode="json")  # nothing lost: the claim as it was
    assert list(reader.removed_claims()) == [claim_id]
    back = desk.restore_claim(claim_id[:4])
    assert back.model_dump(exclude={"history", "updated_at"}) == as_added.model_dump(
        exclude={"history", "updated_at"}
    )
    assert back.history[:-1] == as_added.history
    assert back.history[-1].action == "restored" and "removed by ana on" in back.history[-1].detail
    assert fresh(desk).claim(claim_id) == back
    assert fresh(desk).article(article_id).history[-1].action == "claim_restored"
    assert desk.removed_claims() == {}
    with pytest.raises(NotFoundError):
        desk.restore_claim(claim_id)


def test_each_put_back_in_the_claims_history_says_who_removed_it(
    desk: Verifier, article_id: str, claim_id: str
) -> None:
    """Removed and put back twice: each put-back in the claim's own history says who removed it
    and when (not only the article's); a removed claim is named as removed, with who and where."""
    for _ in range(2):
        desk.remove_claim(claim_id)
        note = desk.removal_note(claim_id[:4])
        assert note is not None and note[0] == claim_id
        assert note[1].startswith(f"claim {claim_id} was removed by ana on ")
        assert note[1].endswith(f"UTC from article {article_id} (“Seoul weighs arms”)")
        desk.restore_claim(claim_id)
    assert desk.removal_note(claim_id) is None
    lines = [describe_change(e, detailed=True) for e in fresh(desk).claim(claim_id).history]
    assert len(lines) == 3
    assert all(line.startswith("removed by ana on ") for line in lines[1:])
    assert all(line.endswith(" UTC; put back") for line in lines[1:])


def test_a_put_back_says_who_removed_it_when_listed_in_full() -> None:
    entry = HistoryEntry(
        by="ana", action="restored", detail="removed by bob on 2026-03-01 10:00 UTC"
    )
    assert describe_change(entry, detailed=True) == (
        "removed by bob on 2026-03-01 10:00 UTC; put back"
    )
    assert describe_change(entry) == "put back"


def test_removing_an_extracted_claim_or_one_with_work_on_it_is_refused(
    desk: Verifier, article_id: str, claim_id: str
) -> None:
    extracted, _ = desk.add_claim(
        "Seoul weighs arms for Kyiv.", article=article_id, origin=ClaimOrigin.EXTRACTED
    )
    desk.add_source(claim_id, "https://example.com/a", "supports")
    desk.tag(claim_id, "troops")
    before = desk.path.read_bytes()
    with pytest.raises(InvalidInputError) as refused:
        desk.remove_claim(extracted.id)
    assert str(refused.value) == (
        f"claim {extracted.id} was extracted from its article: only a claim added by hand or "
        "promoted can be removed (the article's next version would bring it back); "
        "nothing was removed"
    )
    with pytest.raises(InvalidInputError) as refused:
        desk.remove_claim(claim_id)
    assert str(refused.value) == (
        f"claim {claim_id} has work on it (1 source, tags (troops)): undo or remove that first; "
        "nothing was removed"
    )
    assert desk.path.read_bytes() == before
    desk.undo(claim_id)  # the tag
    desk.undo(claim_id)  # the source: undone work is not work
    assert desk.remove_claim(claim_id).id == claim_id


def test_work_on_names_what_removing_a_claim_would_lose(desk: Verifier, claim_id: str) -> None:
    from verifier.service import has_work, work_on

    claim = desk.claim(claim_id)
    assert work_on(claim) == [] and has_work(claim)  # typed by hand: work in itself
    desk.edit_text(claim_id, "Reworded.")
    desk.set_status(claim_id, "in_progress", "asking")
    desk.assign(claim_id, "Ben")
    assert work_on(desk.claim(claim_id)) == [
        "status in progress",
        "1 note",
        "assigned to Ben",
        "its text edited",
    ]


def test_undo_of_a_promotion_removes_the_claim_and_says_so(desk: Verifier, article_id: str) -> None:
    promoted, _ = desk.add_claim(
        "Seoul weighs arms for Kyiv.", article=article_id, origin=ClaimOrigin.PROMOTED
    )
    desk.tag(promoted.id, "todo")
    assert desk.undo(promoted.id).tags == []  # its changes first, one by one
    undone = desk.undo_change(promoted.id)
    assert undone.removed and undone.claim.id == promoted.id
    assert promoted.id not in fresh(desk).repo.claims.ids()
    entry = fresh(desk).article(article_id).history[-1]
    assert (entry.action, entry.detail) == ("claim_removed", "undid its promotion")
    assert desk.restore_claim(promoted.id).tags == []


def test_undo_right_after_a_put_back_says_it_undid_the_put_back(
    desk: Verifier, article_id: str, claim_id: str
) -> None:
    desk.remove_claim(claim_id)
    desk.restore_claim(claim_id)
    assert desk.undo_change(claim_id).removed
    entry = fresh(desk).article(article_id).history[-1]
    assert (entry.action, entry.detail) == ("claim_removed", "undid the put-back")
    desk.restore_claim(claim_id)
    desk.tag(claim_id, "todo")
    desk.undo(claim_id)  # the tag: the put-back is the last thing left
    desk.undo_change(claim_id)
    assert fresh(desk).article(article_id).history[-1].detail == "undid the put-back"


def test_undo_of_a_text_edit_says_so_in_words(desk: Verifier, claim_id: str) -> None:
    desk.edit_text(claim_id, "Officials say 10,000 troops are in Russia.")
    undo = desk.undo(claim_id).history[-1]
    assert undo.detail == "undid the text edit"


def test_undo_of_a_creation_asked_for_by_number_refuses_after_a_colleagues_change(
    desk: Verifier, article_id: str
) -> None:
    """The TUI undoes its promotion as change 0: not once someone else has changed the claim."""
    promoted, _ = desk.add_claim(
        "Seoul weighs arms for Kyiv.", article=article_id, origin=ClaimOrigin.PROMOTED
    )
    fresh(desk).add_note(promoted.id, "mine now")
    before = desk.path.read_bytes()
    with pytest.raises(ChangedSinceError, match="was changed by someone-else after that edit"):
        desk.undo_change(promoted.id, change=0)
    assert desk.path.read_bytes() == before


def test_undo_many_undoes_one_action_on_several_claims_in_one_save(
    desk: Verifier, article_id: str, claim_id: str
) -> None:
    from verifier.service import last_change

    other, _ = desk.add_claim("Seoul weighs arms for Kyiv.", article=article_id)
    third, _ = desk.add_claim("A spokesman said it.", article=article_id)
    done, refused = desk.set_status_many([claim_id, other.id, third.id], "in_progress")
    assert not refused
    changes = {c.id: last_change(c) for c in done}
    fresh(desk).assign(third.id, "Ben")  # a colleague's later change: theirs stays
    revision = desk.revision()
    undone, refused = desk.undo_many(changes)
    assert desk.revision() != revision
    assert sorted(u.claim.id for u in undone) == sorted([claim_id, other.id])
    assert list(refused) == [third.id] and "changed by someone-else" in str(refused[third.id])
    reader = fresh(desk)
    assert reader.claim(claim_id).status is Status.UNVERIFIED
    assert reader.claim(other.id).status is Status.UNVERIFIED
    assert reader.claim(third.id).status is Status.IN_PROGRESS


# -- a verdict given to an earlier wording --------------------------------------------------------


def test_a_verdict_given_to_an_earlier_wording_is_flagged_until_set_again(
    desk: Verifier, claim_id: str
) -> None:
    from verifier.workflow import REWORDED, earlier_wording

    desk.add_source(claim_id, "https://example.com/a", "supports")
    desk.add_source(claim_id, "https://example.org/b", "supports")
    desk.set_status(claim_id, "verified", "two sources")
    assert desk.corroboration(desk.claim(claim_id)).unmet == ()
    edited = desk.edit_text(claim_id, "More than 10,000 North Korean troops are in Russia.")
    assert desk.corroboration(edited).unmet == (REWORDED,)
    assert earlier_wording(edited) == CLAIM_TEXT
    confirmed = desk.set_status(claim_id, "verified")  # the same verdict again: confirmed
    entry = confirmed.history[-1]
    assert (entry.action, entry.before, entry.after) == (
        "verdict_confirmed",
        CLAIM_TEXT,
        "More than 10,000 North Korean troops are in Russia.",
    )
    assert desk.corroboration(confirmed).unmet == ()
    assert desk.set_status(claim_id, "verified").history == confirmed.history  # nothing to confirm
    assert desk.corroboration(desk.undo(claim_id)).unmet == (REWORDED,)  # the confirmation undone
    assert desk.corroboration(desk.undo(claim_id)).unmet == ()  # the edit undone: the old words


def test_a_text_put_back_as_it_was_or_a_new_verdict_is_not_flagged(
    desk: Verifier, claim_id: str
) -> None:
    from verifier.workflow import REWORDED

    desk.add_source(claim_id, "https://example.com/a", "supports")
    desk.set_status(claim_id, "verified", force=False)
    desk.edit_text(claim_id, "Reworded.")
    back = desk.edit_text(claim_id, CLAIM_TEXT)
    assert REWORDED not in desk.corroboration(back).unmet
    desk.edit_text(claim_id, "Reworded.")
    desk.add_source(claim_id, "https://example.org/r", "refutes")
    disputed = desk.set_status(claim_id, "disputed", "both")
    assert desk.corroboration(disputed).unmet == ()
    assert desk.edit_text(claim_id, "Reworded again.").status is Status.DISPUTED
    assert REWORDED in desk.corroboration(desk.claim(claim_id)).unmet


# -- small ones ---------------------------------------------------------------------------------


def test_the_assignee_filter_ignores_case_and_spacing(desk: Verifier, claim_id: str) -> None:
    desk.assign(claim_id, "Ana Ruiz")
    for asked in ("ana ruiz", "ANA  RUIZ", " Ana Ruiz "):
        assert [c.id for c in desk.claims(ClaimFilter(assignee=asked))] == [claim_id], asked
    assert desk.claims(ClaimFilter(assignee="ana")) == []


@pytest.mark.parametrize(
    ("url", "fields", "message"),
    [
        ("", {}, "a source needs a URL"),
        ("https://example.com/a", {"traces_attribution": "x"}, "traced attribution must be a "),
        ("https://example.com/a", {"kind": "blog"}, "kind must be one of: primary_document, "),
    ],
)
def test_a_refused_source_is_said_in_a_fact_checkers_words(
    desk: Verifier, claim_id: str, url: str, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        desk.add_source(claim_id, url, "supports", **fields)
    assert str(refused.value).startswith(message)
    assert "Field required" not in str(refused.value) and "Input should" not in str(refused.value)


def test_removing_a_claim_does_not_stop_undoing_the_articles_correction(
    desk: Verifier, article_id: str, claim_id: str
) -> None:
    desk.edit_article(article_id, title="Corrected")
    desk.remove_claim(claim_id)
    article, restored = desk.undo_article_edit(article_id)
    assert restored == ["title"] and article.title == "Seoul weighs arms"


def test_a_change_made_from_an_older_read_is_refused_only_for_the_fields_it_touches(
    desk: Verifier, claim_id: str
) -> None:
    seen = desk.claim(claim_id)
    other = Verifier(desk.path, config=Config(user="omar"), durable=False)
    other.tag(claim_id, "troops")  # not a verdict field: a status change may go ahead
    desk.refuse_if_changed(claim_id, seen, ("status", "verdict_note"))
    other.add_source(claim_id, "https://wire.example/a", Stance.SUPPORTS)
    other.set_status(claim_id, Status.VERIFIED, "wire report")
    with pytest.raises(
        ChangedSinceError, match=r"status, verdict note changed by omar .*now verified"
    ):
        desk.refuse_if_changed(claim_id, seen, ("status", "verdict_note"))
    # several claims: the changed one is refused, the others set
    second, _ = desk.add_claim("Another claim about the border", article=None)
    seen_both = {claim_id: seen, second.id: desk.claim(second.id)}
    done, refused = desk.set_status_many([claim_id, second.id], Status.IN_PROGRESS, seen=seen_both)
    assert [c.id for c in done] == [second.id]
    assert isinstance(refused[claim_id], ChangedSinceError)
    assert desk.claim(claim_id).status is Status.VERIFIED


def test_a_source_edit_from_an_older_read_is_refused_for_a_field_changed_since(
    desk: Verifier, claim_id: str
) -> None:
    _, source = desk.add_source(claim_id, "https://wire.example/a", Stance.SUPPORTS, title="A")
    seen = desk.claim(claim_id)
    other = Verifier(desk.path, config=Config(user="omar"), durable=False)
    other.edit_source(claim_id, source.id, title="A, corrected")
    desk.refuse_if_changed(claim_id, seen, ("excerpt",), source=source.id)  # untouched field
    with pytest.raises(ChangedSinceError, match=rf"source {source.id}: title changed by omar"):
        desk.refuse_if_changed(claim_id, seen, ("title",), source=source.id)
    other.remove_source(claim_id, source.id)
    with pytest.raises(ChangedSinceError, match="was removed since you opened it"):
        desk.refuse_if_changed(claim_id, seen, ("excerpt",), source=source.id)


def test_redo_does_again_what_undos_took_back_latest_first(desk: Verifier, claim_id: str) -> None:
    """A review undid twice to take back a verdict and lost the refuting source before it, with
    its title and excerpt, and no way to get it back but typing it again."""
    desk.add_source(
        claim_id, "https://wire.example/a", Stance.REFUTES, title="Wire", excerpt="no troops"
    )
    desk.add_source(claim_id, "https://wire.example/b", Stance.SUPPORTS)
    desk.set_status(claim_id, Status.DISPUTED, "one each way")
    verdict_undo = desk.undo(claim_id).history[-1].change  # the verdict
    desk.undo(claim_id)  # the second source
    desk.undo(claim_id)  # the first source
    assert desk.claim(claim_id).sources == []
    desk.redo(claim_id)
    assert [(s.title, s.excerpt) for s in desk.claim(claim_id).sources] == [("Wire", "no troops")]
    desk.redo(claim_id)
    claim = desk.redo(claim_id)
    assert (claim.status, claim.verdict_note, len(claim.sources)) == (
        Status.DISPUTED,
        "one each way",
        2,
    )
    assert claim.history[-1].detail.endswith(f"redone (undo {verdict_undo})")
    with pytest.raises(NothingToUndoError, match="no undo left to redo"):
        desk.redo(claim_id)
    desk.undo(claim_id)  # a redo is a change like any: undone in turn
    assert desk.claim(claim_id).status is not Status.DISPUTED


def test_a_change_after_an_undo_ends_what_can_be_redone(desk: Verifier, claim_id: str) -> None:
    desk.tag(claim_id, "troops")
    undone = desk.undo(claim_id).history[-1].change
    other = Verifier(desk.path, config=Config(user="omar"), durable=False)
    other.assign(claim_id, "omar")
    with pytest.raises(NothingToUndoError):
        desk.redo(claim_id)
    with pytest.raises(NothingToUndoError):
        desk.redo(claim_id, undone)
    assert desk.claim(claim_id).tags == []
