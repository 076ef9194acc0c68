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
from verifier.errors import NothingToUndoError
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
    with pytest.raises(NothingToUndoError, match="corrected again since"):
        desk.undo_article_edit(article.id, position=second - 1)  # not the latest correction
    assert desk.undo_article_edit(article.id, position=second)[1] == ["title", "publisher"]
    assert desk.article(article.id).title == "First fix"
    assert desk.undo_article_edit(article.id)[1] == ["title"]
    assert desk.article(article.id).title == article.title
    with pytest.raises(NothingToUndoError):
        desk.undo_article_edit(article.id)
