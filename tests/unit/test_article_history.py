"""Articles have a history: ingested, new versions, details corrected (and undone). Files written
before articles had one are migrated once, with a backup of the file as it was."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import orjson
import pytest

from tests.conftest import SEED
from verifier.config import Config
from verifier.errors import ChangedSinceError, NothingToUndoError
from verifier.ingest import ingest_file
from verifier.reports import export_claims, merge_bytes
from verifier.repository import SCHEMA_VERSION
from verifier.service import Verifier


def test_ingest_edit_and_undo_are_in_the_articles_history(desk: Verifier, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    shutil.copy(SEED, path)
    article = ingest_file(desk, path).article
    assert [e.action for e in desk.article(article.id).history] == ["ingested"]
    desk.edit_article(article.id, title="Russia warns Seoul", url="https://news.example/a")
    edited = desk.article(article.id).history[-1]
    assert edited.action == "details_edited" and edited.by == "ana"
    assert edited.before == {"title": article.title, "url": None}
    assert edited.after == {"title": "Russia warns Seoul", "url": "https://news.example/a"}

    restored, fields = desk.undo_article_edit(article.id)
    assert fields == ["title", "url"] and restored.title == article.title and restored.url is None
    with pytest.raises(NothingToUndoError):
        desk.undo_article_edit(article.id)  # the latest change is the undo itself

    desk.edit_article(article.id, publisher="Wire")
    path.write_text("UPDATE: revised.\n" + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    ingest_file(desk, path)
    history = desk.article(article.id).history
    assert history[-1].action == "new_version" and "kept" in history[-1].detail
    with pytest.raises(NothingToUndoError, match="new version"):
        desk.undo_article_edit(article.id)  # the details may belong to the older version


def test_a_schema_1_file_gets_article_history_once_with_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    desk = Verifier(db, user="ana", config=Config(user="ana"))
    ingest_file(desk, SEED)
    data = orjson.loads(db.read_bytes())
    for article in data["articles"].values():
        del article["history"]
    data["_meta"]["store"]["schema_version"] = 1
    db.write_bytes(orjson.dumps(data))
    old = db.read_bytes()

    reopened = Verifier(db, user="ana", config=Config(user="ana"))
    (article,) = reopened.articles()
    assert article.history == []
    assert orjson.loads(db.read_bytes())["_meta"]["store"]["schema_version"] == SCHEMA_VERSION == 2
    assert (tmp_path / "claims.json.schema1.bak").read_bytes() == old


def test_a_colleagues_correction_of_an_article_is_imported_without_a_conflict(
    desk: Verifier, tmp_path: Path
) -> None:
    article = ingest_file(desk, SEED).article
    colleague = Verifier(tmp_path / "theirs.json", user="bo", config=Config(user="bo"))
    out = io.StringIO()
    export_claims(desk, desk.claims(), "json", stream=out, articles=desk.articles())
    assert merge_bytes(colleague, out.getvalue().encode()).applied
    colleague.edit_article(article.id, publisher="Yonhap")
    theirs = io.StringIO()
    export_claims(colleague, colleague.claims(), "json", stream=theirs, articles=colleague.articles())
    report = merge_bytes(desk, theirs.getvalue().encode())
    assert report.applied and not report.conflicts and report.articles.updated == 1
    assert desk.article(article.id).publisher == "Yonhap"


def test_corrections_are_undone_in_turn_and_only_the_one_meant(desk: Verifier) -> None:
    article = ingest_file(desk, SEED).article
    desk.edit_article(article.id, title="First fix")
    desk.edit_article(article.id, title="Second fix", publisher="Wire")
    second = len(desk.article(article.id).history) - 1
    with pytest.raises(ChangedSinceError, match=r"corrected by \w+ after that edit"):
        desk.undo_article_edit(article.id, position=second - 1)  # not the latest correction
    assert desk.undo_article_edit(article.id, position=second)[1] == ["title", "publisher"]
    with pytest.raises(NothingToUndoError, match="that correction was already undone"):
        desk.undo_article_edit(article.id, position=second)  # undone just now (the CLI, say)
    assert desk.article(article.id).title == "First fix"
    assert desk.undo_article_edit(article.id)[1] == ["title"]
    assert desk.article(article.id).title == article.title
    with pytest.raises(NothingToUndoError):
        desk.undo_article_edit(article.id)


def _export(desk: Verifier) -> bytes:
    out = io.StringIO()
    export_claims(desk, desk.claims(), "json", stream=out, articles=desk.articles())
    return out.getvalue().encode()


def _two_colleagues(desk: Verifier, tmp_path: Path) -> tuple[str, Verifier]:
    article = ingest_file(desk, SEED).article
    bob = Verifier(tmp_path / "bob.json", user="bob", config=Config(user="bob"))
    assert merge_bytes(bob, _export(desk)).applied
    desk.edit_article(article.id, title="Russia warns South Korea", publisher="Ana Times")
    bob.edit_article(article.id, title="Russia threatens Seoul", published="2024-11-05")
    return article.id, bob


def test_an_article_changed_on_both_sides_merges_field_by_field(desk: Verifier, tmp_path: Path) -> None:
    ref, bob = _two_colleagues(desk, tmp_path)
    blocked = merge_bytes(desk, _export(bob))
    assert not blocked.applied
    (conflict,) = blocked.conflicts
    assert conflict.fields == ("title",)  # publisher and date were each changed on one side only
    assert "“Russia warns South Korea” here, “Russia threatens Seoul” in the file" in conflict.details[0]

    taken = merge_bytes(desk, _export(bob), prefer="theirs")
    assert taken.applied
    article = desk.article(ref)
    assert article.title == "Russia threatens Seoul"
    assert article.publisher == "Ana Times"  # ours, only we changed it
    assert str(article.published) == "2024-11-05"  # theirs, only they changed it
    actions = [e.action for e in article.history]
    assert actions.count("details_edited") == 2  # ana's own correction stays in the history
    imported = article.history[-1]
    assert "bob" in imported.detail and "imported from" in imported.detail


def test_prefer_ours_keeps_our_title_takes_their_date_and_records_the_decision(
    desk: Verifier, tmp_path: Path
) -> None:
    ref, bob = _two_colleagues(desk, tmp_path)
    assert merge_bytes(desk, _export(bob), prefer="ours").applied
    article = desk.article(ref)
    assert article.title == "Russia warns South Korea" and str(article.published) == "2024-11-05"
    declined = next(e for e in article.history if e.action == "import_declined")
    assert declined.before == {"title": "Russia warns South Korea"}
    assert declined.after == {"title": "Russia threatens Seoul"}
