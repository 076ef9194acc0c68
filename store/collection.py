"""A named collection of pydantic models, kept as one TinyDB table keyed by the model's id.

Reads validate the stored data into new model objects, so editing what a read returned never
changes the store or its cache (tinydb #516). Writes go through TinyDB's table operations inside
the database's transaction, which holds the cross-process lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, MutableMapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import orjson
from pydantic import BaseModel, TypeAdapter, ValidationError
from tinydb.table import Document, Table

from store.errors import DuplicateRecordError, InvalidRecordError, RecordNotFoundError
from store.gcpause import gc_paused

if TYPE_CHECKING:
    from store.database import Database

M = TypeVar("M", bound=BaseModel)


class KeyedTable(Table):
    """A TinyDB table whose document ids are the records' own string ids, not counters."""

    document_id_class = str  # type: ignore[assignment]


class Collection(Generic[M]):
    """All records of one model type. Every record has a string field ``id``."""

    def __init__(self, database: Database, name: str, model: type[M]) -> None:
        self.database = database
        self.name = name
        self.model = model
        self._table: Table = database.tinydb.table(name, cache_size=0)
        self._many = TypeAdapter(list[model])  # type: ignore[valid-type]

    # -- reads: fresh, validated models -----------------------------------------------------
    # Every read copies what it needs out of the cache while holding the database's thread lock
    # (a writer in another thread mutates the cached tables in place), as JSON bytes. Validating
    # from those bytes then guarantees that nothing in a returned model is shared with the cache,
    # whatever its fields' types (``Any`` and ``dict`` fields would otherwise hold the cache's own
    # objects: tinydb #516), and it is no slower than validating the dicts.
    def _raw(self) -> dict[str, Any]:
        """The cached table; only call with the database's lock held (reads) or in a transaction."""
        tables = self.database.read()
        return tables.get(self.name, {}) if tables else {}

    def _snapshot(self, record_id: str | None = None) -> bytes | None:
        with self.database.reading():
            table = self._raw()
            if record_id is None:
                return orjson.dumps(list(table.values()))
            raw = table.get(record_id)
            return None if raw is None else orjson.dumps(raw)

    def ids(self) -> list[str]:
        with self.database.reading():
            return list(self._raw().keys())

    def __len__(self) -> int:
        with self.database.reading():
            return len(self._raw())

    def __contains__(self, record_id: object) -> bool:
        with self.database.reading():
            return record_id in self._raw()

    def get(self, record_id: str) -> M:
        found = self.find(record_id)
        if found is None:
            raise RecordNotFoundError(self.name, record_id)
        return found

    def find(self, record_id: str) -> M | None:
        payload = self._snapshot(record_id)
        if payload is None:
            return None
        try:
            return self.model.model_validate_json(payload)
        except ValidationError as exc:
            raise self._invalid(record_id, exc, skip=0) from None

    def all(self) -> list[M]:
        payload = self._snapshot()
        assert payload is not None
        try:
            with gc_paused():
                return self._many.validate_json(payload)
        except ValidationError as exc:
            # the first error's location starts with the record's index in the list
            index = exc.errors()[0]["loc"][0] if exc.errors() else 0
            records = orjson.loads(payload)
            position = index if isinstance(index, int) and index < len(records) else 0
            raw = records[position] if records else {}
            record_id = str(raw.get("id", f"#{position + 1}")) if isinstance(raw, dict) else "?"
            raise self._invalid(record_id, exc, skip=1) from None

    def __iter__(self) -> Iterator[M]:
        return iter(self.all())

    def where(self, predicate: Callable[[M], bool]) -> list[M]:
        return [record for record in self.all() if predicate(record)]

    # -- writes: call inside ``database.transaction()`` (each opens one if needed) -------------
    def insert(self, record: M) -> M:
        with self.database.transaction():
            record_id = self._id(record)
            if record_id in self._raw():
                raise DuplicateRecordError(self.name, record_id)
            self._table.insert(Document(self._dump(record), doc_id=record_id))  # type: ignore[arg-type]
        return record

    def put(self, record: M) -> M:
        """Insert or replace the whole record."""
        with self.database.transaction():
            record_id = self._id(record)
            data = self._dump(record)
            if record_id in self._raw():
                # replace, not merge: TinyDB's update would keep keys the new record dropped
                self._table.update(_replace_with(data), doc_ids=[record_id])  # type: ignore[list-item]
            else:
                self._table.insert(Document(data, doc_id=record_id))  # type: ignore[arg-type]
        return record

    def put_many(self, records: Iterable[M]) -> None:
        """Insert or replace many records in one pass over the table (not one pass each)."""
        with self.database.transaction():
            data = {self._id(record): self._dump(record) for record in records}
            stored = self._raw()
            replaced = {record_id: doc for record_id, doc in data.items() if record_id in stored}
            added = [
                Document(doc, doc_id=record_id)  # type: ignore[arg-type]
                for record_id, doc in data.items()
                if record_id not in stored
            ]
            if replaced:
                self._table.update(_replace_each(replaced), doc_ids=list(replaced))  # type: ignore[arg-type]
            if added:
                self._table.insert_multiple(added)

    def update(self, record_id: str, change: Callable[[M], M | None]) -> M:
        """Read the latest version under the lock, apply ``change``, validate and save it."""
        with self.database.transaction():
            record = self.get(record_id)
            changed = change(record)
            record = changed if changed is not None else record
            record = self.model.model_validate(self._dump(record))  # re-validate the result
            self.put(record)
        return record

    def delete(self, record_id: str) -> None:
        with self.database.transaction():
            if record_id not in self._raw():
                raise RecordNotFoundError(self.name, record_id)
            self._table.remove(doc_ids=[record_id])  # type: ignore[list-item]

    # -- helpers ---------------------------------------------------------------------------
    def _invalid(self, record_id: str, exc: ValidationError, *, skip: int) -> InvalidRecordError:
        """The error naming the file, the record and its first bad field (``skip``: list index)."""
        errors = exc.errors()
        first = errors[0] if errors else None
        if first is None:
            problem = "does not fit its model"
        else:
            field = ".".join(str(part) for part in first["loc"][skip:]) or "record"
            problem = f"{field}: {first['msg']}"
            if len(errors) > 1:
                problem += f"; {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''}"
        return InvalidRecordError(self.database.real_path, self.name, record_id, problem)

    @staticmethod
    def _id(record: BaseModel) -> str:
        record_id = getattr(record, "id", None)
        if not isinstance(record_id, str) or not record_id:
            raise ValueError(f"{type(record).__name__} has no string id")
        return record_id

    @staticmethod
    def _dump(record: BaseModel) -> dict[str, Any]:
        return record.model_dump(mode="json")


def _replace_with(data: dict[str, Any]) -> Callable[[MutableMapping[Any, Any]], None]:
    def replace(document: MutableMapping[Any, Any]) -> None:
        document.clear()
        document.update(data)

    return replace


def _replace_each(by_id: dict[str, dict[str, Any]]) -> Callable[[MutableMapping[Any, Any]], None]:
    """Replace each stored document with its new version (records carry their id in ``id``)."""

    def replace(document: MutableMapping[Any, Any]) -> None:
        new = by_id[document["id"]]
        document.clear()
        document.update(new)

    return replace
