"""The database: one file, a cross-process lock, transactions, and a schema version.

Every read-modify-write runs inside :meth:`Database.transaction`, which

1. takes a thread lock and the file lock (``<db>.lock`` beside the database), so two processes
   (the CLI and the TUI) never interleave their changes (tinydb #91, #176, #487); when the path
   is a symbolic link, the database and its lock are the link's target (see
   :func:`store.storage.real_path`), so a process using the link and one using the target's own
   name exclude each other;
2. re-reads the file if another process replaced it since we last looked, so we change the
   latest state and no update is lost;
3. collects the transaction's writes in memory and saves them once, atomically, on success; on
   an exception it drops them and the file keeps the last good state.

There is no write-behind cache: when ``transaction()`` returns, the change is on disk (unlike
TinyDB's CachingMiddleware, tinydb #631).
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock
from filelock import Timeout as FileLockTimeout
from pydantic import BaseModel
from tinydb import TinyDB

from store.collection import Collection, KeyedTable
from store.errors import ForeignStoreError, LockTimeoutError, NewerSchemaError
from store.storage import AtomicJSONStorage, Data, Signature, file_signature

M = TypeVar("M", bound=BaseModel)
Migration = Callable[[Data], Data]

META_TABLE = "_meta"
META_ID = "store"


class _Tiny(TinyDB):
    table_class = KeyedTable


class _DeferredStorage(AtomicJSONStorage):
    """Inside a transaction, TinyDB's writes land in memory and are saved once at commit."""

    def __init__(self, path: str | Path, *, durable: bool = True) -> None:
        super().__init__(path, durable=durable)
        self.deferred = False
        self.dirty = False

    def read(self) -> Data | None:
        if self.deferred and self.dirty:
            return self._data  # our own unsaved changes; nobody else can write while we lock
        return super().read()

    def write(self, data: Data) -> None:
        if self.deferred:
            self._data = data
            self.dirty = True
        else:
            super().write(data)


class Database:
    """A store file holding named collections of pydantic models.

    ``application`` and ``schema_version`` are stamped into the file. ``migrations[n]`` turns the
    raw tables of schema ``n`` into schema ``n + 1``; a file from a newer schema is refused.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        application: str,
        schema_version: int,
        migrations: Mapping[int, Migration] | None = None,
        lock_timeout: float = 15.0,
        durable: bool = True,
    ) -> None:
        self.path = Path(path).expanduser()  # as given: what a person recognises
        self.application = application
        self.schema_version = schema_version
        self.migrations = dict(migrations or {})
        self.lock_timeout = lock_timeout
        self._storage = _DeferredStorage(self.path, durable=durable)
        # the file itself, symbolic links followed once: what is read, replaced and locked
        self.real_path = self._storage.path
        self.tinydb = _Tiny(storage=lambda: self._storage)
        self._file_lock = FileLock(str(self.real_path) + ".lock", timeout=lock_timeout)
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._checked: Signature | None = None
        self.read()  # refuse a corrupt, foreign or newer file now, not at the first write
        self._migrate_if_needed()

    # -- reading ---------------------------------------------------------------------------
    def read(self) -> Data | None:
        """The current tables (None for a database not yet written), checked once per version."""
        with self._thread_lock:
            data = self._storage.read()
            if data is not None and self._storage._signature != self._checked:
                self._check_meta(data)
                self._checked = self._storage._signature
            return data

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Hold off writers in this process while a read copies data out of the cache."""
        with self._thread_lock:
            yield

    def revision(self) -> Signature | None:
        """Changes whenever any process saves the file: poll it to notice outside changes."""
        return file_signature(self.real_path)

    def collection(self, name: str, model: type[M]) -> Collection[M]:
        if name == META_TABLE:
            raise ValueError(f"{META_TABLE!r} is reserved")
        return Collection(self, name, model)

    @property
    def exists(self) -> bool:
        return self.real_path.exists()

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Lock, refresh, run the body, save once. Re-entrant within a thread."""
        with self._thread_lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            try:
                self._file_lock.acquire()
            except FileLockTimeout:
                raise LockTimeoutError(self.real_path, self.lock_timeout) from None
            try:
                self._depth = 1
                self._storage.deferred, self._storage.dirty = True, False
                data = self.read()  # the latest state, re-read if another process saved
                if data is None:  # a new database: its first save carries the stamp
                    self._storage._data = {}
                    self._stamp()
                try:
                    yield
                except BaseException:
                    self._storage.forget()  # drop half-made changes; the file is untouched
                    raise
                self._storage.deferred = False
                if self._storage.dirty:
                    assert self._storage._data is not None
                    self._storage.write(self._storage._data)
                    self._checked = self._storage._signature
            finally:
                self._storage.deferred, self._storage.dirty = False, False
                self._depth = 0
                self._file_lock.release()

    def close(self) -> None:
        self._storage.close()

    # -- schema ------------------------------------------------------------------------------
    def _meta(self, data: Data) -> dict[str, Any] | None:
        meta = data.get(META_TABLE, {}).get(META_ID)
        return meta if isinstance(meta, dict) else None

    def _stamp(self) -> None:
        data = self._storage._data
        assert data is not None
        data[META_TABLE] = {
            META_ID: {"application": self.application, "schema_version": self.schema_version}
        }
        self._storage.dirty = True

    def _check_meta(self, data: Data) -> None:
        meta = self._meta(data)
        if meta is None or meta.get("application") != self.application:
            found = meta.get("application") if meta else None
            raise ForeignStoreError(self.real_path, found, self.application)
        found_version = meta.get("schema_version")
        if not isinstance(found_version, int):
            raise ForeignStoreError(self.real_path, None, self.application)
        if found_version > self.schema_version:
            raise NewerSchemaError(self.real_path, found_version, self.schema_version)

    def stored_schema_version(self) -> int | None:
        data = self.read()
        meta = self._meta(data) if data else None
        return meta.get("schema_version") if meta else None

    def _migrate_if_needed(self) -> None:
        version = self.stored_schema_version()
        if version is None or version == self.schema_version:
            return
        with self.transaction():
            data = self._storage._data
            assert data is not None
            version = self._meta(data)["schema_version"]  # type: ignore[index]
            if version == self.schema_version:
                return  # another process migrated it while we waited for the lock
            real = self.real_path
            backup = real.with_name(f"{real.name}.schema{version}.bak")
            if not backup.exists():
                shutil.copy2(real, backup)  # the file as it was, before any migration
            while version < self.schema_version:
                step = self.migrations.get(version)
                if step is None:
                    raise NewerSchemaError(self.real_path, version, self.schema_version)
                data = step(data)
                version += 1
            self._storage._data = data
            self._stamp()
