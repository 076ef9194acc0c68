"""The store's guarantees: fresh copies, typed errors for bad files (left untouched), schema
versions and migrations, and a failed write that keeps the last good state."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest
from pydantic import BaseModel

from store import (
    CorruptStoreError,
    Database,
    DuplicateRecordError,
    ForeignStoreError,
    InvalidRecordError,
    NewerSchemaError,
    RecordNotFoundError,
    WriteFailedError,
)


class Note(BaseModel):
    id: str
    text: str
    tags: list[str] = []


def open_db(path: Path, version: int = 1, migrations=None) -> Database:  # type: ignore[no-untyped-def]
    return Database(path, application="notes", schema_version=version, migrations=migrations)


def test_put_get_update_delete(tmp_path: Path) -> None:
    notes = open_db(tmp_path / "db.json").collection("notes", Note)
    notes.put(Note(id="a", text="first"))
    notes.insert(Note(id="b", text="second"))
    with pytest.raises(DuplicateRecordError):
        notes.insert(Note(id="a", text="again"))
    notes.update("a", lambda n: n.model_copy(update={"text": "changed"}))
    assert notes.get("a").text == "changed"
    notes.delete("b")
    assert notes.ids() == ["a"]
    with pytest.raises(RecordNotFoundError, match="no notes record with id 'b'"):
        notes.get("b")
    # reopened from disk, the same
    again = open_db(tmp_path / "db.json").collection("notes", Note)
    assert again.all() == [Note(id="a", text="changed")]


def test_put_replaces_rather_than_merges(tmp_path: Path) -> None:
    class Loose(BaseModel):
        id: str
        extra: str | None = None

    items = open_db(tmp_path / "db.json").collection("items", Loose)
    items.put(Loose(id="x", extra="keep?"))
    items.put(Loose(id="x"))
    assert items.get("x").extra is None


def test_reads_are_fresh_copies(tmp_path: Path) -> None:
    notes = open_db(tmp_path / "db.json").collection("notes", Note)
    notes.put(Note(id="a", text="t", tags=["one"]))
    got = notes.get("a")
    got.tags.append("two")
    got.text = "edited"
    listed = notes.all()[0]
    listed.tags.clear()
    assert notes.get("a") == Note(id="a", text="t", tags=["one"])


def test_a_reader_sees_another_writers_changes(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    first = open_db(path).collection("notes", Note)
    second = open_db(path).collection("notes", Note)
    first.put(Note(id="a", text="1"))
    assert second.get("a").text == "1"
    second.update("a", lambda n: n.model_copy(update={"text": "2"}))
    assert first.get("a").text == "2"


def test_file_is_stamped_with_application_and_schema(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    open_db(path, version=3).collection("notes", Note).put(Note(id="a", text="t"))
    data = orjson.loads(path.read_bytes())
    assert data["_meta"]["store"] == {"application": "notes", "schema_version": 3}


BAD_FILES = {
    "empty": (b"", "empty"),
    "whitespace": (b"  \n", "empty"),
    "truncated": (b'{"_meta": {"store": {"application": "notes", "schema_version": 1}}, "notes": {"a": {"id"', "not valid JSON"),
    "not json": (b"hello, world", "not valid JSON"),
    "non-utf8": (b'{"notes": {"a": {"text": "caf\xe9"}}}', "not UTF-8"),
    "a list": (b"[1, 2, 3]", "not a set of tables"),
    "an export": (
        b'{"format": "verifier", "format_version": 1, "claims": []}',
        "not a set of tables but a 'verifier' document (an export?",
    ),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_files_are_refused_and_left_untouched(tmp_path: Path, name: str) -> None:
    raw, problem = BAD_FILES[name]
    path = tmp_path / "db.json"
    path.write_bytes(raw)
    with pytest.raises(CorruptStoreError) as caught:
        open_db(path)
    assert problem in str(caught.value)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == raw


def test_corruption_after_opening_is_refused_on_write(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    notes = open_db(path).collection("notes", Note)
    notes.put(Note(id="a", text="t"))
    path.write_bytes(b'{"truncated": ')
    with pytest.raises(CorruptStoreError):
        notes.put(Note(id="b", text="u"))
    assert path.read_bytes() == b'{"truncated": '


def test_a_record_that_no_longer_fits_its_model_is_named_and_left_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "db.json"
    notes = open_db(path).collection("notes", Note)
    notes.put_many([Note(id="a", text="t"), Note(id="b", text="u"), Note(id="c", text="v")])
    data = orjson.loads(path.read_bytes())
    data["notes"]["b"]["tags"] = "not a list"  # edited by hand
    path.write_bytes(orjson.dumps(data))
    raw = path.read_bytes()
    notes = open_db(path).collection("notes", Note)
    reads = (notes.all, lambda: notes.get("b"), lambda: notes.update("b", lambda n: n))
    for read in reads:
        with pytest.raises(InvalidRecordError) as caught:
            read()
        message = str(caught.value)
        assert str(path) in message and "notes record 'b'" in message and "tags" in message
        assert isinstance(caught.value, CorruptStoreError)  # the edges treat it as a bad file
    assert path.read_bytes() == raw
    assert notes.get("a").text == "t"  # the other records still read one by one


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    open_db(path, version=5).collection("notes", Note).put(Note(id="a", text="t"))
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_db(path, version=4)
    assert path.read_bytes() == before


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    raw = b'{"_default": {"1": {"a": 1}}}'  # a stock TinyDB file
    path.write_bytes(raw)
    with pytest.raises(ForeignStoreError):
        open_db(path)
    other = tmp_path / "other.json"
    Database(other, application="someone-else", schema_version=1).collection("x", Note).put(Note(id="a", text=""))
    with pytest.raises(ForeignStoreError, match="someone-else"):
        open_db(other)
    assert path.read_bytes() == raw


def test_migration_runs_once_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    old = open_db(path, version=1)
    old.collection("notes", Note).put(Note(id="a", text="t"))
    old_bytes = path.read_bytes()

    def add_tags(data):  # type: ignore[no-untyped-def]
        for doc in data.get("notes", {}).values():
            doc["tags"] = ["migrated"]
        return data

    new = open_db(path, version=2, migrations={1: add_tags})
    assert new.collection("notes", Note).get("a").tags == ["migrated"]
    assert new.stored_schema_version() == 2
    assert (tmp_path / "db.json.schema1.bak").read_bytes() == old_bytes


def test_missing_migration_is_an_error_not_a_guess(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    open_db(path, version=1).collection("notes", Note).put(Note(id="a", text="t"))
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError):
        open_db(path, version=3, migrations={1: lambda d: d})
    assert path.read_bytes() == before


def test_failed_write_keeps_the_last_good_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.json"
    notes = open_db(path).collection("notes", Note)
    notes.put(Note(id="a", text="good"))
    before = path.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(WriteFailedError, match="No space left"):
        notes.put(Note(id="a", text="lost"))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert notes.get("a").text == "good"  # the in-memory view was dropped too
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_exception_inside_a_transaction_saves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    notes = db.collection("notes", Note)
    notes.put(Note(id="a", text="good"))
    before = path.read_bytes()
    with pytest.raises(RuntimeError), db.transaction():
        notes.put(Note(id="a", text="half"))
        notes.put(Note(id="b", text="done"))
        raise RuntimeError("boom")
    assert path.read_bytes() == before
    assert [n.text for n in notes.all()] == ["good"]


def test_transaction_saves_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    notes = db.collection("notes", Note)
    notes.put(Note(id="seed", text=""))
    calls = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda *a: (calls.append(a), real(*a)))
    with db.transaction():
        for n in range(20):
            notes.put(Note(id=str(n), text="x"))
    assert len(calls) == 1
    assert len(notes) == 21


def test_revision_changes_on_every_save(tmp_path: Path) -> None:
    db = open_db(tmp_path / "db.json")
    notes = db.collection("notes", Note)
    assert db.revision() is None
    notes.put(Note(id="a", text="1"))
    first = db.revision()
    notes.put(Note(id="a", text="2"))
    assert db.revision() != first


def test_put_many_inserts_and_replaces_in_one_save(tmp_path: Path) -> None:
    db = open_db(tmp_path / "db.json")
    notes = db.collection("notes", Note)
    notes.put(Note(id="keep", text="old"))
    notes.put(Note(id="swap", text="old", tags=["x"]))
    notes.put_many([Note(id="swap", text="new"), *(Note(id=f"n{i}", text=str(i)) for i in range(500))])
    again = open_db(tmp_path / "db.json").collection("notes", Note)
    assert len(again) == 502
    assert again.get("swap") == Note(id="swap", text="new")  # replaced, not merged
    assert again.get("keep").text == "old"
    assert again.get("n499").text == "499"


def test_a_read_never_sees_a_record_half_changed_by_another_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TinyDB changes cached records in place; a read copies them out under the lock, so a writer
    in another thread cannot change a record between the read finding it and copying it."""
    import threading

    import store.collection

    db = open_db(tmp_path / "db.json")
    notes = db.collection("notes", Note)
    notes.put(Note(id="a", text="before", tags=["x"]))
    reader_found_it, half_done, finish = threading.Event(), threading.Event(), threading.Event()
    real_dumps = store.collection.orjson.dumps

    def slow_copy(obj: object) -> bytes:  # the reader pauses between finding and copying
        reader_found_it.set()
        half_done.wait(0.5)  # a writer that could get in would have half-changed it by now
        return real_dumps(obj)

    def write() -> None:
        reader_found_it.wait(5)
        with db.transaction():
            record = notes._raw()["a"]
            record.clear()  # what TinyDB's in-place update does first ...
            half_done.set()
            finish.wait(5)
            record.update(Note(id="a", text="after").model_dump(mode="json"))  # ... then this

    monkeypatch.setattr(store.collection.orjson, "dumps", slow_copy)
    seen: list[object] = []

    def read() -> None:
        try:
            seen.append(notes.get("a"))
        except Exception as exc:  # a half-changed record fails validation
            seen.append(exc)

    writer, reader = threading.Thread(target=write), threading.Thread(target=read)
    writer.start()
    reader.start()
    reader.join(5)
    monkeypatch.undo()
    finish.set()
    writer.join(5)
    assert seen == [Note(id="a", text="before", tags=["x"])]
    assert notes.get("a") == Note(id="a", text="after")


def test_a_read_only_database_file_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    notes = open_db(path).collection("notes", Note)
    notes.put(Note(id="a", text="frozen"))
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(WriteFailedError, match="read-only"):
        notes.put(Note(id="b", text="refused"))
    assert path.read_bytes() == before
    assert notes.ids() == ["a"]
