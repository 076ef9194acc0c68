"""Importing a colleague's export after one of you ingested a new version of an article.

A new version re-reads where each kept claim sits (and its score, numbers, attributions) without a
claim history entry; the article's history records the version. The merge takes those values from
the side with the new version, whichever way the file goes, and reports a conflict only where a
person on the other side changed the same field (reports/claim_merge.py, NewVersions)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.unit.test_article_versions import ARTICLE
from verifier.config import Config
from verifier.errors import NothingToUndoError
from verifier.history import describe_change
from verifier.ingest import ingest_file
from verifier.models import Claim
from verifier.reports import export_claims, merge_bytes
from verifier.reports.interchange import ImportReport
from verifier.service import Verifier, has_work

# the new version: words added near the top move every claim after them
REVISED = ARTICLE.replace("A Bloomberg poll shows", "A new Bloomberg poll of likely voters shows")


def new_desk(path: Path, user: str) -> Verifier:
    return Verifier(path, config=Config(user=user), durable=False)


def export_bytes(desk: Verifier) -> bytes:
    out = io.StringIO()
    export_claims(desk, desk.claims(), "json", stream=out, articles=desk.articles())
    return out.getvalue().encode("utf-8")


def take(desk: Verifier, other: Verifier, origin: str, **kwargs: object) -> ImportReport:
    return merge_bytes(desk, export_bytes(other), origin=origin, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "poll.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def ana(tmp_path: Path, article_file: Path) -> Verifier:
    desk = new_desk(tmp_path / "ana.json", "Ana")
    ingest_file(desk, article_file)
    return desk


@pytest.fixture
def bob(ana: Verifier, tmp_path: Path) -> Verifier:
    """Bob's copy of Ana's database, taken before the new version."""
    desk = new_desk(tmp_path / "bob.json", "Bob")
    assert take(desk, ana, "ana.json").applied
    return desk


def new_version(ana: Verifier, article_file: Path) -> None:
    article_file.write_text(REVISED, encoding="utf-8")
    assert "updated" in ingest_file(ana, article_file).message


def roper(desk: Verifier) -> Claim:
    return next(c for c in desk.claims() if c.text.startswith("The Roper Center"))


def assert_placed_in_its_article(desk: Verifier) -> None:
    """Every claim still in the article quotes it where its position says."""
    for claim in desk.claims():
        text = desk.article(claim.article_id or "").text
        if claim.in_article:
            assert claim.start is not None and claim.end is not None
            assert text[claim.start : claim.end] == claim.text, claim.id
            for attribution in claim.attributions:
                source = attribution.source
                assert text[source.start : source.end] == source.text, claim.id
        else:
            assert claim.start is None


def assert_same_claims(a: Verifier, b: Verifier) -> None:
    def content(desk: Verifier) -> dict[str, dict[str, object]]:
        return {
            c.id: c.model_dump(mode="json", exclude={"history", "created_at", "updated_at"})
            for c in desk.claims()
        }

    assert content(a) == content(b)


@pytest.mark.parametrize("first", ["bob imports", "ana imports"])
def test_a_new_version_on_one_side_is_taken_without_a_conflict(
    ana: Verifier, bob: Verifier, article_file: Path, first: str
) -> None:
    new_version(ana, article_file)
    order = [(bob, ana, "ana.json"), (ana, bob, "bob.json")]
    for desk, other, origin in order if first == "bob imports" else order[::-1]:
        report = take(desk, other, origin)
        assert not report.conflicts, report.lines()
    assert bob.article(roper(bob).article_id or "").text == REVISED
    assert_placed_in_its_article(bob)
    assert_placed_in_its_article(ana)
    assert_same_claims(ana, bob)
    left = [c for c in bob.claims() if not c.in_article]
    assert [c.text[:20] for c in left] == ["A Bloomberg poll sho"]


def test_bob_taking_the_new_version_records_it_in_the_claims_history(
    ana: Verifier, bob: Verifier, article_file: Path
) -> None:
    before = roper(bob)
    new_version(ana, article_file)
    report = take(bob, ana, "ana.json")
    assert report.applied and report.claims.updated == 4 and report.claims.added == 1
    after = roper(bob)
    assert after.start != before.start
    (entry,) = after.history[len(before.history) :]
    assert (entry.by, entry.action) == ("Bob", "new_version")
    assert set(entry.before) >= {"start", "end"}
    assert describe_change(entry).endswith("re-read from it; by Ana, imported from ana.json"), (
        describe_change(entry)
    )
    left = next(c for c in bob.claims() if not c.in_article)
    assert describe_change(left.history[-1]) == (
        "new version: no longer in the article; by Ana, imported from ana.json"
    )
    # it follows the article: not a change of Bob's to undo, nor work on the claim
    assert not has_work(after)
    with pytest.raises(NothingToUndoError):
        bob.undo(after.id)


@pytest.mark.parametrize("first", ["bob imports", "ana imports"])
def test_a_tag_on_one_side_and_a_new_version_on_the_other_both_stand(
    ana: Verifier, bob: Verifier, article_file: Path, first: str
) -> None:
    """Bob's history continues the claim's: taken whole, it would put the claim back where the
    old version had it (or keep it there), in an article that now has the new text."""
    bob.tag(roper(bob).id, "poll")
    new_version(ana, article_file)
    order = [(bob, ana, "ana.json"), (ana, bob, "bob.json")]
    for desk, other, origin in order if first == "bob imports" else order[::-1]:
        report = take(desk, other, origin)
        assert not report.conflicts, report.lines()
        assert report.applied
        assert_placed_in_its_article(desk)
    assert roper(ana).tags == roper(bob).tags == ["poll"]
    assert_same_claims(ana, bob)


def test_undoing_the_import_keeps_the_claim_where_the_new_version_has_it(
    ana: Verifier, bob: Verifier, article_file: Path
) -> None:
    ana.tag(roper(ana).id, "poll")
    bob.assign(roper(bob).id, "Bob")
    new_version(ana, article_file)
    report = take(bob, ana, "ana.json")
    assert report.claims.merged == 1 and not report.conflicts
    undone = bob.undo(roper(bob).id)  # the import's tag, not the position with the article
    assert undone.tags == [] and undone.assignee == "Bob"
    assert_placed_in_its_article(bob)


def test_an_attribution_corrected_on_the_other_side_is_a_conflict(
    ana: Verifier, bob: Verifier, article_file: Path
) -> None:
    bob.edit_attribution(roper(bob).id, 0, name="Roper Center for Public Opinion Research")
    new_version(ana, article_file)
    blocked = take(bob, ana, "ana.json")
    assert not blocked.applied
    (conflict,) = blocked.conflicts
    assert conflict.fields == ("attributions",)  # its position and score are not in question
    assert (
        "Roper Center for Public Opinion Research here, Roper Center in the file"
        in (conflict.details[0])
    )
    assert take(bob, ana, "ana.json", prefer="ours").applied
    merged = roper(bob)
    assert merged.attributed_to == ["Roper Center for Public Opinion Research"]
    assert merged.start == roper(ana).start  # the rest follows the new version
    declined = merged.history[-1]
    assert declined.action == "import_declined"
    assert declined.detail == "by Ana, imported from ana.json"


def test_the_same_new_version_on_both_sides_is_no_conflict_either(
    ana: Verifier, bob: Verifier, article_file: Path
) -> None:
    """Both ingested the same new version: the same positions on both sides."""
    new_version(ana, article_file)
    ingest_file(bob, article_file)
    report = take(bob, ana, "ana.json")
    assert not report.conflicts and not report.applied, report.lines()
    assert_placed_in_its_article(bob)
    assert_same_claims(ana, bob)


@pytest.mark.parametrize("ana_too", [False, True], ids=["updated", "merged"])
def test_a_colleagues_imported_attribution_correction_outlives_a_new_version(
    ana: Verifier, bob: Verifier, article_file: Path, ana_too: bool
) -> None:
    """Bob's correction, imported, is a correction on Ana's side too: her next new version of the
    article keeps it rather than re-reading the attribution (as it keeps her own)."""
    bob.edit_attribution(roper(bob).id, 0, name="Roper Center for Public Opinion Research")
    if ana_too:
        ana.tag(roper(ana).id, "poll")
    report = take(ana, bob, "bob.json")
    assert (report.claims.merged if ana_too else report.claims.updated) == 1
    new_version(ana, article_file)
    assert roper(ana).attributed_to == ["Roper Center for Public Opinion Research"]
    assert_placed_in_its_article(ana)
