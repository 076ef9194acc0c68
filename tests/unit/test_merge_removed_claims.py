"""Importing a colleague's export when one of you removed a claim (`verifier claim remove`) and
the other still has it: a removal stands unless the other side worked on the claim since the
copies diverged, which is a conflict that ``prefer`` decides; nothing is lost either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.models import Stance
from verifier.reports import merge_bytes
from verifier.reports.interchange import ImportReport
from verifier.service import Verifier

from .test_reports_merge import REUTERS, export_bytes, new_desk

TEXT = "Officials estimate that more than 10,000 North Korean troops are in Russia."


@pytest.fixture
def me(tmp_path: Path) -> Verifier:
    desk = new_desk(tmp_path / "mine.json", "Me")
    article, _ = desk.add_article(TEXT + "\n", title="Troops")
    desk.add_claim(TEXT, article=article.id)  # by hand, no work on it yet: it may be removed
    return desk


@pytest.fixture
def ana(me: Verifier, tmp_path: Path) -> Verifier:
    desk = new_desk(tmp_path / "ana.json", "Ana")
    assert merge_bytes(desk, export_bytes(me)).applied
    return desk


@pytest.fixture
def claim_id(me: Verifier) -> str:
    return me.claims()[0].id


def import_file(
    desk: Verifier, raw: bytes, prefer: str | None = None, **kw: object
) -> ImportReport:
    return merge_bytes(desk, raw, prefer=prefer, origin="ana.json", **kw)  # type: ignore[arg-type]


def article_actions(desk: Verifier) -> list[str]:
    return [e.action for e in desk.articles()[0].history]


# -- removed here, still in the file ------------------------------------------------------------


def test_a_claim_removed_here_stays_removed_when_the_file_has_it_unchanged(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    old_file = export_bytes(ana)  # made before the removal
    me.remove_claim(claim_id)

    dry = import_file(me, old_file, dry_run=True)
    assert (dry.applied, dry.claims.added, dry.claims.not_brought_back) == (False, 0, 1)
    assert article_actions(me)[-1] == "claim_removed"  # nothing written

    report = import_file(me, old_file)
    assert report.claims.added == 0 and report.claims.not_brought_back == 1
    assert not report.conflicts
    assert me.claims() == [] and claim_id in me.removed_claims()
    lines = report.lines()
    assert any("1 removed here, not brought back" in line for line in lines)
    assert any(line.startswith(f"removal: claim {claim_id} ") for line in lines)
    declined = me.articles()[0].history[-1]
    assert (declined.action, declined.by, declined.before) == (
        "import_declined",
        "Me",
        {"claim": f"{claim_id} removed"},
    )
    assert declined.after["as_in_file"]["id"] == claim_id  # the file's version is kept

    import_file(me, old_file)  # the same file again: reported, recorded once
    assert article_actions(me).count("import_declined") == 1
    assert me.claims() == []


def test_a_claim_removed_here_and_worked_on_in_the_file_is_a_conflict_prefer_decides(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    ana.add_source(claim_id, REUTERS, Stance.REFUTES, title="Reuters")
    their_file = export_bytes(ana)
    me.remove_claim(claim_id)

    report = import_file(me, their_file)
    assert not report.applied and me.claims() == []
    [conflict] = report.unresolved
    assert (conflict.id, conflict.fields) == (claim_id, ("removed",))
    assert conflict.describe() == (
        f"claim {claim_id}: removed here by Me, changed in the file since (not imported): "
        "changed in the file by Ana: source added: Reuters (refutes)"
    )

    kept = import_file(me, their_file, prefer="ours")
    assert kept.applied and me.claims() == [] and claim_id in me.removed_claims()
    declined = me.articles()[0].history[-1]
    assert declined.action == "import_declined"
    assert declined.after["as_in_file"]["sources"][0]["url"] == REUTERS  # her work is on record

    back = import_file(me, their_file, prefer="theirs")
    assert back.applied and back.claims.conflicting == 1
    [claim] = me.claims()
    assert [s.url for s in claim.sources] == [REUTERS]
    restored, source = claim.history[-2:]
    assert (restored.action, restored.by) == ("restored", "Me")
    assert restored.detail.startswith("the file has it, changed by Ana, imported from ana.json;")
    assert (source.action, source.by) == ("source_added", "Me")  # hers, as imported
    assert source.detail.endswith("; by Ana, imported from ana.json")
    assert article_actions(me)[-1] == "claim_restored"
    assert claim_id not in me.removed_claims()


def test_bringing_back_a_claim_removed_here_keeps_both_histories(tmp_path: Path) -> None:
    """I added a claim by hand, worked on it and removed it; Ana added the same sentence by hand
    (the same id). Taking hers keeps my history of it (from the removal record), then the
    put-back in my name, then her entries since the histories diverged, as imported ones."""
    me = new_desk(tmp_path / "mine.json", "Me")
    article, _ = me.add_article(TEXT + "\n", title="Troops")
    ana = new_desk(tmp_path / "ana.json", "Ana")
    assert merge_bytes(ana, export_bytes(me)).applied  # the article only
    claim_id = me.add_claim(TEXT, article=article.id)[0].id
    me.add_note(claim_id, "ask the ministry")
    me.tag(claim_id, "urgent")
    me.undo(claim_id)
    me.undo(claim_id)  # no work left on it: it may be removed
    mine = me.claims()[0].history
    me.remove_claim(claim_id)
    assert ana.add_claim(TEXT, article=article.id)[0].id == claim_id
    ana.add_source(claim_id, REUTERS, Stance.REFUTES, title="Reuters")
    hers = ana.claims()[0].history

    report = import_file(me, export_bytes(ana), prefer="theirs")
    assert report.applied
    [claim] = me.claims()
    assert [s.url for s in claim.sources] == [REUTERS]
    history = claim.history
    assert history[: len(mine)] == mine  # mine, nothing lost
    restored, *imported = history[len(mine) :]
    assert (restored.action, restored.by) == ("restored", "Me")
    assert restored.detail.startswith("the file has it, added by Ana, imported from ana.json;")
    assert "removed here by Me on " in restored.detail
    assert [(e.action, e.before, e.after) for e in imported] == [
        (e.action, e.before, e.after) for e in hers
    ]
    assert all(e.by == "Me" and "by Ana, imported from ana.json" in e.detail for e in imported)
    assert imported[0].detail == "manual; by Ana, imported from ana.json"
    assert imported[1].detail.startswith(claim.sources[0].id + "; ")
    assert all(e.change > restored.change > mine[-1].change for e in imported)
    assert claim_id not in me.removed_claims()


def test_a_file_that_followed_my_removal_and_put_the_claim_back_is_a_conflict(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    me.remove_claim(claim_id)
    assert merge_bytes(ana, export_bytes(me)).claims.removed == 1  # she follows my removal
    assert ana.claims() == []
    ana.restore_claim(claim_id)  # and puts it back: a decision of hers, against mine
    report = import_file(me, export_bytes(ana))
    [conflict] = report.unresolved
    assert "changed in the file by Ana: put back" in conflict.describe()
    assert import_file(me, export_bytes(ana), prefer="theirs").applied
    assert [c.id for c in me.claims()] == [claim_id]
    assert claim_id not in me.removed_claims()


# -- removed in the file, still here ------------------------------------------------------------


def test_a_claim_the_colleague_removed_goes_here_too_and_can_be_put_back(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    ana.remove_claim(claim_id)
    their_file = export_bytes(ana)

    dry = import_file(me, their_file, dry_run=True)
    assert (dry.applied, dry.claims.removed) == (False, 1)
    assert [c.id for c in me.claims()] == [claim_id]

    report = import_file(me, their_file)
    assert report.applied and report.claims.removed == 1 and not report.conflicts
    assert any("1 removed as in the file" in line for line in report.lines())
    assert me.claims() == []
    removal = me.articles()[0].history[-1]
    assert (removal.action, removal.by) == ("claim_removed", "Me")
    assert removal.detail == "by Ana, imported from ana.json"
    assert me.restore_claim(claim_id).id == claim_id  # nothing lost

    again = import_file(me, their_file)  # put back here since: the file's removal is older
    assert again.claims.removed == 0 and [c.id for c in me.claims()] == [claim_id]


def test_a_claim_removed_in_the_file_but_worked_on_here_is_a_conflict_prefer_decides(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    ana.remove_claim(claim_id)
    their_file = export_bytes(ana)
    me.tag(claim_id, "urgent")

    report = import_file(me, their_file)
    assert not report.applied and report.claims.conflicting == 1
    [conflict] = report.unresolved
    assert conflict.describe() == (
        f"claim {claim_id}: removed in the file by Ana, worked on here since (not imported): "
        "changed here: tags: urgent"
    )
    assert [c.id for c in me.claims()] == [claim_id]

    kept = import_file(me, their_file, prefer="ours")
    assert kept.applied
    [claim] = me.claims()
    assert claim.tags == ["urgent"] and claim.history[-1].action == "import_declined"
    assert claim_id not in me.removed_claims()
    assert import_file(me, their_file, prefer="ours").applied is False  # recorded once


def test_prefer_theirs_removes_a_claim_worked_on_here_keeping_it_on_record(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    ana.remove_claim(claim_id)
    me.tag(claim_id, "urgent")
    report = import_file(me, export_bytes(ana), prefer="theirs")
    assert report.applied and me.claims() == []
    assert "took the file's version" in report.conflicts[0].describe()
    assert me.restore_claim(claim_id).tags == ["urgent"]  # my version, from the removal record


def test_keeping_a_claim_the_file_removed_stays_consistent_when_its_article_comes_whole(
    me: Verifier, ana: Verifier, claim_id: str
) -> None:
    """Her article (title corrected) is taken with its history, her removal in it: the claim
    kept here is recorded as put back, so it is not listed as removed while it is here."""
    ana.edit_article(me.articles()[0].id, title="Troops in Russia")
    ana.remove_claim(claim_id)
    me.tag(claim_id, "urgent")

    report = import_file(me, export_bytes(ana), prefer="ours")
    assert report.applied and report.articles.updated == 1
    [article] = me.articles()
    assert article.title == "Troops in Russia"
    assert [e.action for e in article.history][-2:] == ["claim_removed", "claim_restored"]
    assert "kept here" in article.history[-1].detail
    assert [c.id for c in me.claims()] == [claim_id]
    assert claim_id not in me.removed_claims()
