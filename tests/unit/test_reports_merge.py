"""Merging a colleague's export when both of you changed the same claim (reports/claim_merge.py):
both sides' sources and tags are kept, only values set differently on both sides conflict, and
what the file brought is recorded in the history as one undoable change."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from verifier.config import Config
from verifier.history import describe_change, own_detail
from verifier.models import Claim, Stance, Status
from verifier.reports import export_claims, merge_bytes
from verifier.reports.interchange import ImportReport
from verifier.service import Verifier

TEXT = "Officials estimate that more than 10,000 North Korean troops are in Russia."
PENTAGON = "https://www.defense.gov/News/briefing"
REUTERS = "https://www.reuters.com/world/troops"
WIRE = "https://apnews.com/article/troops"


def new_desk(path: Path, user: str) -> Verifier:
    return Verifier(path, config=Config(user=user), durable=False)


def export_bytes(desk: Verifier) -> bytes:
    out = io.StringIO()
    export_claims(desk, desk.claims(), "json", stream=out, articles=desk.articles())
    return out.getvalue().encode("utf-8")


@pytest.fixture
def me(tmp_path: Path) -> Verifier:
    desk = new_desk(tmp_path / "mine.json", "Me")
    article, _ = desk.add_article(TEXT + "\n", title="Troops")
    claim, _ = desk.add_claim(TEXT, article=article.id)
    desk.set_status(claim.id, Status.IN_PROGRESS)
    return desk


@pytest.fixture
def ana(me: Verifier, tmp_path: Path) -> Verifier:
    """Ana's copy of my database, taken before either of us went on."""
    desk = new_desk(tmp_path / "ana.json", "Ana")
    assert merge_bytes(desk, export_bytes(me)).applied
    return desk


@pytest.fixture
def claim_id(me: Verifier) -> str:
    return me.claims()[0].id


def import_ana(
    me: Verifier, ana: Verifier, prefer: str | None = None, **kwargs: object
) -> ImportReport:
    return merge_bytes(me, export_bytes(ana), prefer=prefer, origin="ana.json", **kwargs)  # type: ignore[arg-type]


def new_entries(before: Claim, after: Claim) -> list[str]:
    return [e.action for e in after.history[len(before.history) :]]


def test_both_adding_a_source_and_a_tag_merges_without_a_conflict(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    me.tag(claim_id, "mine")
    ana.add_source(claim_id, REUTERS, Stance.REFUTES, title="Reuters")
    ana.tag(claim_id, "urgent")
    ana.add_note(claim_id, "Called the embassy")
    before = me.claim(claim_id)

    report = import_ana(me, ana)

    assert report.applied and not report.conflicts
    assert (report.claims.merged, report.claims.conflicting) == (1, 0)
    merged = me.claim(claim_id)
    assert [s.url for s in merged.sources] == [PENTAGON, REUTERS]
    assert merged.tags == ["mine", "urgent"]
    assert [n.text for n in merged.notes] == ["Called the embassy"]
    assert new_entries(before, merged) == ["tags", "source_added", "note"]
    added = merged.history[-1]
    assert (added.by, added.detail) == ("Me", "by Ana, imported from ana.json")
    [line] = [line for line in report.lines() if line.startswith("merged:")]
    assert line == (
        f"merged: claim {claim_id}: from the file: tags +urgent; source added: Reuters (refutes); "
        "1 note added · kept from here: tag mine; source Pentagon briefing (supports)"
    )
    assert report.as_json()["merged"] == [
        {
            "id": claim_id,
            "from_file": ["tags +urgent", "source added: Reuters (refutes)", "1 note added"],
            "kept": ["tag mine", "source Pentagon briefing (supports)"],
        }
    ]
    undone = me.undo(claim_id)  # the import of the claim is one change
    assert (undone.sources, undone.tags, undone.notes) == (before.sources, before.tags, [])


def test_prefer_theirs_decides_the_verdict_and_keeps_my_source_and_tag(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    me.tag(claim_id, "mine")
    me.set_status(claim_id, Status.VERIFIED, "DoD confirms")
    ana.add_source(claim_id, REUTERS, Stance.REFUTES, title="Reuters")
    ana.set_status(claim_id, Status.FALSE, "Reuters says otherwise")

    refused = import_ana(me, ana)
    assert not refused.applied
    [conflict] = refused.unresolved
    assert conflict.fields == ("status", "verdict_note")
    assert conflict.details == (
        "status verified here, false in the file",
        "verdict note DoD confirms here, Reuters says otherwise in the file",
    )
    assert conflict.describe().startswith(
        f"claim {claim_id}: both changed status, verdict note (not imported): "
    )

    report = import_ana(me, ana, prefer="theirs")
    assert report.applied and report.conflicts[0].resolution == "theirs"
    merged = me.claim(claim_id)
    assert (merged.status, merged.verdict_note) == (Status.FALSE, "Reuters says otherwise")
    assert [s.url for s in merged.sources] == [PENTAGON, REUTERS]
    assert merged.tags == ["mine"]
    status = next(e for e in reversed(merged.history) if e.action == "status")
    assert status.detail == (
        "by Ana, imported from ana.json; both sides changed it, the file's version taken"
    )
    source = next(e for e in reversed(merged.history) if e.action == "source_added")
    assert source.detail.endswith("; by Ana, imported from ana.json")


def test_a_source_edited_only_in_the_file_takes_the_edit(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    _, source = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    ana_copy = new_desk(ana.path, "Ana")
    assert merge_bytes(ana_copy, export_bytes(me)).claims.updated == 1  # Ana has it too
    ana.edit_source(claim_id, source.id, stance="refutes")
    me.tag(claim_id, "mine")

    report = import_ana(me, ana)

    assert not report.conflicts
    merged = me.claim(claim_id)
    assert merged.source(source.id).stance is Stance.REFUTES  # type: ignore[union-attr]
    assert merged.tags == ["mine"]
    assert describe_change(merged.history[-1]) == (
        "source edited: Pentagon briefing: stance supports → refutes — by Ana, imported from ana.json"
    )
    assert "source edited: Pentagon briefing: stance supports → refutes" in report.lines()[2]


def test_a_source_edited_differently_on_both_sides_is_a_conflict_prefer_decides(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    _, source = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    merge_bytes(ana, export_bytes(me))
    me.edit_source(claim_id, source.id, stance="mixed")
    ana.edit_source(claim_id, source.id, stance="refutes")
    ana.tag(claim_id, "urgent")

    refused = import_ana(me, ana)
    [conflict] = refused.unresolved
    assert conflict.fields == ("sources",)
    assert conflict.details == (
        "source Pentagon briefing (mixed): stance mixed here, refutes in the file",
    )
    kept = import_ana(me, ana, prefer="ours")
    assert kept.applied
    claim = me.claim(claim_id)
    assert claim.source(source.id).stance is Stance.MIXED  # type: ignore[union-attr]
    assert claim.tags == ["urgent"]  # the rest still merges

    taken = import_ana(me, ana, prefer="theirs")
    assert taken.conflicts[0].fields == ("sources",)
    assert me.claim(claim_id).source(source.id).stance is Stance.REFUTES  # type: ignore[union-attr]


def test_a_removal_in_the_file_is_followed_and_a_link_to_it_cleared(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    _, origin = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    merge_bytes(ana, export_bytes(me))
    _, copy = me.add_source(claim_id, WIRE, Stance.SUPPORTS, title="AP", derived_from=origin.id)
    ana.remove_source(claim_id, origin.id)  # a dead link, say

    report = import_ana(me, ana)

    assert not report.conflicts
    merged = me.claim(claim_id)
    assert [s.id for s in merged.sources] == [copy.id]
    assert merged.source(copy.id).derived_from is None  # type: ignore[union-attr]
    removal = [e for e in merged.history if e.detail.startswith(f"{origin.id}; by Ana, imported")]
    assert [e.action for e in removal] == ["source_removed"]
    unlink = merged.history[-1]
    assert describe_change(unlink, history=merged.history) == (  # the import did it: no author
        "source edited: AP (supports): derived-from cleared (source Pentagon briefing removed)"
        " — imported from ana.json"
    )
    assert any(
        "derived-from cleared (source Pentagon briefing removed)" in x for x in report.lines()
    )


def test_a_source_removed_there_but_edited_here_is_a_conflict(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    _, source = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    merge_bytes(ana, export_bytes(me))
    me.edit_source(claim_id, source.id, note="the 4 Nov briefing")
    ana.remove_source(claim_id, source.id)
    [conflict] = import_ana(me, ana).unresolved
    assert conflict.fields == ("sources",)
    assert conflict.details == (
        "source Pentagon briefing (supports): removed in the file, edited here",
    )
    import_ana(me, ana, prefer="ours")
    assert me.claim(claim_id).source(source.id) is not None
    import_ana(me, ana, prefer="theirs")
    assert me.claim(claim_id).source(source.id) is None


def test_a_source_removed_here_stays_removed(me: Verifier, ana: Verifier, claim_id: str) -> None:
    _, source = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    merge_bytes(ana, export_bytes(me))
    me.remove_source(claim_id, source.id)
    ana.tag(claim_id, "urgent")
    report = import_ana(me, ana)
    assert not report.conflicts
    assert me.claim(claim_id).sources == [] and me.claim(claim_id).tags == ["urgent"]
    assert "kept from here: the removal of source Pentagon briefing (supports)" in report.lines()[2]


@pytest.mark.parametrize("their_url", [PENTAGON, "http://defense.gov/News/briefing/"])
def test_the_same_page_added_on_both_sides_is_one_source(
    me: Verifier, ana: Verifier, claim_id: str, their_url: str
) -> None:
    _, mine = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    ana.add_source(claim_id, their_url, Stance.SUPPORTS, title="Pentagon briefing")
    report = import_ana(me, ana)
    assert not report.conflicts
    assert me.claim(claim_id).sources == [mine]


@pytest.mark.parametrize("their_url", [PENTAGON, "http://defense.gov/News/briefing/"])
def test_the_same_page_added_with_different_stances_is_a_conflict(
    me: Verifier, ana: Verifier, claim_id: str, their_url: str
) -> None:
    _, mine = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    ana.add_source(claim_id, their_url, Stance.REFUTES, title="Pentagon briefing")
    [conflict] = import_ana(me, ana).unresolved
    assert conflict.details == (
        "source Pentagon briefing (supports): stance supports here, refutes in the file",
    )
    import_ana(me, ana, prefer="theirs")
    [source] = me.claim(claim_id).sources
    assert (source.id, source.stance) == (mine.id, Stance.REFUTES)  # still one source, our id


def test_tags_removed_in_the_file_go_and_both_additions_stay(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    me.tag(claim_id, "korea", "ukraine")
    merge_bytes(ana, export_bytes(me))
    me.tag(claim_id, "mine")
    ana.untag(claim_id, "ukraine")
    ana.tag(claim_id, "urgent")
    report = import_ana(me, ana)
    assert not report.conflicts
    assert me.claim(claim_id).tags == ["korea", "mine", "urgent"]
    assert "tags +urgent −ukraine" in report.lines()[2]


def test_importing_a_later_export_again_takes_the_later_changes(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    me.tag(claim_id, "mine")
    _, source = ana.add_source(claim_id, REUTERS, Stance.SUPPORTS, title="Reuters")
    ana.tag(claim_id, "urgent")
    ana.assign(claim_id, "Ana")
    assert not import_ana(me, ana).conflicts
    # Ana goes on with her copy; I import her newer export: no conflict with what I took before
    ana.edit_source(claim_id, source.id, stance="mixed")
    ana.untag(claim_id, "urgent")
    ana.assign(claim_id, "Ben")
    report = import_ana(me, ana)
    assert not report.conflicts and report.claims.merged == 1
    merged = me.claim(claim_id)
    assert merged.source(source.id).stance is Stance.MIXED  # type: ignore[union-attr]
    assert (merged.tags, merged.assignee) == (["mine"], "Ben")


def test_a_merge_that_leaves_a_verdict_without_its_evidence_warns(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    _, source = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    me.set_status(claim_id, Status.VERIFIED, "DoD confirms")
    merge_bytes(ana, export_bytes(me))
    ana.remove_source(claim_id, source.id)
    me.tag(claim_id, "mine")
    report = import_ana(me, ana)
    assert not report.conflicts and me.claim(claim_id).sources == []
    assert report.warnings == [
        f"claim {claim_id}: after the merge its verified verdict does not meet its rule: "
        "no supporting source"
    ]
    assert f"warning: {report.warnings[0]}" in report.lines()


def test_a_dry_run_reports_the_merge_and_writes_nothing(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    me.tag(claim_id, "mine")
    ana.tag(claim_id, "urgent")
    before = me.claim(claim_id)
    report = import_ana(me, ana, dry_run=True)
    assert report.claims.merged == 1 and not report.applied
    assert f"would merge: claim {claim_id}: from the file: tags +urgent" in report.lines()[2]
    assert me.claim(claim_id) == before


def test_what_the_file_undid_is_not_taken_and_a_verdict_set_only_here_stays(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    _, source = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    merge_bytes(ana, export_bytes(me))
    ana.edit_source(claim_id, source.id, stance="refutes")
    ana.undo(claim_id)  # Ana changed her mind
    ana.tag(claim_id, "urgent")
    me.set_status(claim_id, Status.VERIFIED, "DoD confirms")
    report = import_ana(me, ana)
    assert not report.conflicts
    merged = me.claim(claim_id)
    assert merged.source(source.id).stance is Stance.SUPPORTS  # type: ignore[union-attr]
    assert (merged.status, merged.tags) == (Status.VERIFIED, ["urgent"])


# -- the audit trail: who made each imported change, and what the import declined ----------------

BBC = "https://www.bbc.com/news/troops"


def diverge_on_the_verdict(me: Verifier, ana: Verifier, claim_id: str) -> None:
    """I verify the claim; Ana disputes it, with a refuting BBC source and a note."""
    me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    merge_bytes(ana, export_bytes(me))  # Ana has the Pentagon source too
    me.set_status(claim_id, Status.VERIFIED, "DoD confirms")
    ana.add_source(claim_id, BBC, Stance.REFUTES, title="BBC")
    ana.set_status(claim_id, Status.DISPUTED, "BBC says otherwise")
    ana.add_note(claim_id, "Ana's note")


def test_prefer_ours_names_who_made_each_imported_change_and_records_the_declined_verdict(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    diverge_on_the_verdict(me, ana, claim_id)
    before = me.claim(claim_id)

    assert import_ana(me, ana, prefer="ours").applied

    merged = me.claim(claim_id)
    assert (merged.status, merged.verdict_note) == (Status.VERIFIED, "DoD confirms")
    new = merged.history[len(before.history) :]
    assert [(e.by, e.action) for e in new] == [
        ("Me", "import_declined"),  # by: who changed this database (and can undo it)
        ("Me", "source_added"),
        ("Me", "note"),
    ]
    assert len({e.change for e in new}) == 1
    assert [describe_change(e, detailed=True, history=merged.history) for e in new] == [
        "import: kept status verified, verdict note “DoD confirms”; the file had status "
        "disputed, verdict note “BBC says otherwise” — by Ana, imported from ana.json",
        f"source added: BBC (refutes) {BBC} — by Ana, imported from ana.json",
        "note: Ana's note — by Ana, imported from ana.json",
    ]
    declined = new[0]
    assert declined.before == {"status": "verified", "verdict_note": "DoD confirms"}
    assert declined.after == {"status": "disputed", "verdict_note": "BBC says otherwise"}
    # a report's brief history names the file, not its whole path
    assert describe_change(new[1]) == "source added: BBC (refutes) — by Ana, imported from ana.json"

    # importing the same file again records no second, identical decision
    import_ana(me, ana, prefer="ours")
    assert [e.action for e in me.claim(claim_id).history].count("import_declined") == 1

    undone = me.undo(claim_id)  # the import is still one change; the declined verdict no bar
    assert (undone.status, undone.verdict_note) == (Status.VERIFIED, "DoD confirms")
    assert (undone.sources, undone.notes) == (before.sources, before.notes)
    assert undone.history[-1].detail == "undid import declined, source added: BBC, note"


def test_prefer_theirs_says_who_set_the_verdict_and_that_it_overrode_ours(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    diverge_on_the_verdict(me, ana, claim_id)
    import_ana(me, ana, prefer="theirs")
    merged = me.claim(claim_id)
    status = next(e for e in reversed(merged.history) if e.action == "status")
    assert status.by == "Me"
    assert describe_change(status, detailed=True) == (
        "status verified → disputed — by Ana, imported from ana.json (both sides changed it, "
        "the file's version taken)"
    )
    assert "import_declined" not in [e.action for e in merged.history]
    undone = me.undo(claim_id)
    assert undone.status is Status.VERIFIED
    assert [s.url for s in undone.sources] == [PENTAGON]


def test_a_declined_import_alone_is_undone_as_a_no_op_not_my_own_verdict(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    me.set_status(claim_id, Status.VERIFIED, "DoD confirms")
    ana.set_status(claim_id, Status.FALSE, "Wrong", force=True)
    report = import_ana(me, ana, prefer="ours")
    assert report.applied
    claim = me.claim(claim_id)
    assert claim.history[-1].action == "import_declined"
    undone = me.undo(claim_id)  # undoes the import (which changed nothing), not my verdict
    assert (undone.status, undone.verdict_note) == (Status.VERIFIED, "DoD confirms")


def test_a_source_conflict_kept_ours_is_recorded_with_the_files_version(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    _, source = me.add_source(claim_id, PENTAGON, Stance.SUPPORTS, title="Pentagon briefing")
    merge_bytes(ana, export_bytes(me))
    me.edit_source(claim_id, source.id, stance="mixed")
    ana.edit_source(claim_id, source.id, stance="refutes")
    import_ana(me, ana, prefer="ours")
    last = me.claim(claim_id).history[-1]
    assert describe_change(last) == (
        "import: kept source Pentagon briefing (mixed); the file had stance refutes"
        " — by Ana, imported from ana.json"
    )


def test_the_original_author_survives_a_chain_of_imports(
    me: Verifier, ana: Verifier, claim_id: str, tmp_path: Path
) -> None:
    """Ben's source reaches me through Ana's copy: it still says Ben added it."""
    ben = new_desk(tmp_path / "ben.json", "Ben")
    merge_bytes(ben, export_bytes(me))
    ben.add_source(claim_id, BBC, Stance.REFUTES, title="BBC")
    ana.tag(claim_id, "urgent")
    merge_bytes(ana, export_bytes(ben), origin="ben.json")  # Ana merges Ben's work
    me.tag(claim_id, "mine")
    import_ana(me, ana)
    merged = me.claim(claim_id)
    [added] = [e for e in merged.history if e.action == "source_added"]
    assert describe_change(added) == "source added: BBC (refutes) — by Ben, imported from ana.json"
    [tags] = [e for e in merged.history if e.action == "tags" and e.by == "Me" and e.detail]
    assert tags.detail == "by Ana, imported from ana.json"


# -- a claim only the file changed (updated): recorded as an import too -----------------------------


def test_a_claim_only_the_file_changed_names_its_author_and_the_file_in_every_entry(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    ana.add_source(claim_id, REUTERS, Stance.SUPPORTS, title="Reuters")
    ana.set_status(
        claim_id, Status.FALSE, "Reuters says otherwise", force=True
    )  # no refuting source
    ana.tag(claim_id, "urgent")
    ana.add_note(claim_id, "called the ministry")
    before = me.claim(claim_id)

    report = import_ana(me, ana)

    assert report.claims.updated == 1 and not report.merged and not report.conflicts
    assert not report.warnings  # the file's own forced verdict is no news of the import's
    updated = me.claim(claim_id)
    entries = updated.history[len(before.history) :]
    assert {e.action for e in entries} == {"source_added", "status", "verdict_note", "tags", "note"}
    assert all(
        e.by == "Me" and e.detail.endswith("by Ana, imported from ana.json") for e in entries
    )
    [status] = [e for e in entries if e.action == "status"]
    assert describe_change(status) == (
        "status in progress → false (forced) — by Ana, imported from ana.json"
    )
    # why it was forced, carried over; the provenance once, after it
    assert status.detail == "forced past: no refuting source; by Ana, imported from ana.json"
    assert own_detail(status) == "forced past: no refuting source"
    exclude = {"history", "updated_at"}
    assert updated.model_dump(exclude=exclude) == ana.claim(claim_id).model_dump(exclude=exclude)
    undone = me.undo(claim_id)  # the whole import of the claim, as for a merge
    assert undone.model_dump(exclude=exclude) == before.model_dump(exclude=exclude)


def test_exchanging_updates_back_and_forth_stays_updated_and_names_only_new_changes(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    """My copy of Ana's changes is recorded in my name: our histories differ from there on, yet
    her next export is still an update, crediting her with her new change alone."""
    _, source = ana.add_source(claim_id, REUTERS, Stance.SUPPORTS, title="Reuters")
    assert import_ana(me, ana).claims.updated == 1
    assert merge_bytes(ana, export_bytes(me)).claims.identical == 1  # nothing new for her
    ana.edit_source(claim_id, source.id, stance="mixed")
    before = me.claim(claim_id)

    report = import_ana(me, ana)

    assert report.claims.updated == 1 and not report.merged
    (entry,) = me.claim(claim_id).history[len(before.history) :]
    assert describe_change(entry) == (
        "source edited: Reuters: stance supports → mixed — by Ana, imported from ana.json"
    )
    me.tag(claim_id, "mine")  # and now mine is the later one
    assert merge_bytes(ana, export_bytes(me), origin="me.json").claims.updated == 1
    assert import_ana(me, ana).claims.identical == 1  # she has everything I have


def test_a_note_the_colleague_took_back_after_i_imported_it_goes_here_too(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    ana.add_note(claim_id, "wrong claim, sorry")
    assert import_ana(me, ana).claims.updated == 1
    ana.undo(claim_id)  # she takes her note back
    before = me.claim(claim_id)

    report = import_ana(me, ana)

    assert report.claims.updated == 1 and not report.conflicts
    updated = me.claim(claim_id)
    assert updated.notes == []
    (entry,) = updated.history[len(before.history) :]
    assert describe_change(entry) == "imported: notes changed — by Ana, imported from ana.json"
    assert [n.text for n in me.undo(claim_id).notes] == ["wrong claim, sorry"]


def test_a_note_i_took_back_is_not_brought_back_by_her_file(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    me.add_note(claim_id, "mine, withdrawn")
    assert merge_bytes(ana, export_bytes(me)).claims.updated == 1
    me.undo(claim_id)
    ana.tag(claim_id, "urgent")
    report = import_ana(me, ana)
    assert report.claims.merged == 1 and not report.conflicts
    assert me.claim(claim_id).notes == [] and me.claim(claim_id).tags == ["urgent"]
    assert "kept from here: the removal of a note by Me" in report.lines()[2]


def test_a_file_whose_history_continues_mine_is_taken_even_where_it_records_nothing(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    """A change no history entry records (written by hand, or an older verifier) on the side
    that is later: taken, as the whole claim was before, not a conflict."""
    with ana.repo.transaction():
        claim = ana.repo.claims.get(claim_id)
        claim.score, claim.assignee = 0.42, "Zed"
        ana.repo.claims.put(claim)
    ana.assign(claim_id, "Ana")  # recorded as from Zed, which I never had
    report = import_ana(me, ana)
    assert report.claims.updated == 1 and not report.conflicts
    updated = me.claim(claim_id)
    assert (updated.score, updated.assignee) == (0.42, "Ana")
    assert describe_change(updated.history[-1]) == (  # whose change, no history says
        "imported: score changed — imported from ana.json"
    )


def test_after_a_settled_conflict_a_change_on_one_side_is_an_update(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    """The review settled a verdict conflict with --prefer (ours here, theirs there), then Ana
    changed the verdict: every later exchange reported a conflict on that claim, though only she
    had changed it since they agreed."""
    me.add_source(claim_id, PENTAGON, Stance.SUPPORTS)
    me.set_status(claim_id, Status.VERIFIED, "the briefing")
    ana.add_source(claim_id, REUTERS, Stance.REFUTES)
    ana.set_status(claim_id, Status.FALSE, "the wire")
    assert import_ana(me, ana, prefer="ours").conflicts  # settled: mine kept
    merge_bytes(ana, export_bytes(me), prefer="theirs", origin="me.json")  # Ana takes mine
    assert ana.claim(claim_id).status is Status.VERIFIED
    ana.set_status(claim_id, Status.DISPUTED, "briefing and wire differ")
    report = import_ana(me, ana)
    assert not report.conflicts and report.applied
    claim = me.claim(claim_id)
    assert (claim.status, claim.verdict_note) == (Status.DISPUTED, "briefing and wire differ")
    # and the other way round: my later change reaches Ana as an update too
    me.set_status(claim_id, Status.PARTLY_VERIFIED, "the wire corrected itself")
    back = merge_bytes(ana, export_bytes(me), origin="me.json")
    assert not back.conflicts
    assert ana.claim(claim_id).verdict_note == "the wire corrected itself"


def test_a_rewording_from_the_file_warns_that_the_verdict_was_for_the_old_words(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    me.add_source(claim_id, PENTAGON, Stance.SUPPORTS)
    me.set_status(claim_id, Status.VERIFIED, "the briefing")
    ana.edit_text(
        claim_id, "Officials estimate that about 11,000 North Korean troops are in Russia."
    )
    report = import_ana(me, ana)
    assert not report.conflicts
    assert me.claim(claim_id).text.startswith("Officials estimate that about 11,000")
    assert any(
        "the file rewords it, so its verified verdict was given to the earlier wording" in w
        for w in report.warnings
    )
