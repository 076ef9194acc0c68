"""A TinyDB storage that is safe to crash and cheap to re-read.

Stock ``JSONStorage`` rewrites the file in place: a crash half-way leaves a torn file (tinydb
#467/#468), and every read parses the whole file again. This storage

* writes to a temporary file in the same directory, flushes and fsyncs it, then ``os.replace``s
  it over the database (and fsyncs the directory), so a reader or a crash only ever sees the old
  file or the new one;
* keeps the parsed data and re-reads only when the file's identity (inode, size, mtime) changed,
  which is how a change by another process is noticed;
* never "repairs" a file it cannot parse: it raises :class:`CorruptStoreError` and leaves the
  bytes alone.

Locking is not done here but in :mod:`store.database`, around whole read-modify-write cycles.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from store.errors import CorruptStoreError, WriteFailedError
from store.gcpause import gc_paused

Data = dict[str, dict[str, Any]]
Signature = tuple[int, int, int]


def file_signature(path: Path) -> Signature | None:
    """What identifies one version of the file; None when there is no file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def parse(path: Path, raw: bytes) -> Data:
    """Bytes to tables, or a CorruptStoreError that says what is wrong with them."""
    if not raw.strip():
        raise CorruptStoreError(path, "the file is empty (a database is never saved empty)")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorruptStoreError(path, f"not UTF-8 text (bad byte at offset {exc.start})") from None
    try:
        with gc_paused():
            data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        hint = " (truncated?)" if exc.pos >= len(raw.rstrip()) - 1 else ""
        raise CorruptStoreError(path, f"not valid JSON{hint}: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise CorruptStoreError(path, "JSON is not a set of tables")
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage: orjson, atomic replace, and a parse cache keyed by the file's signature."""

    def __init__(self, path: str | Path, *, durable: bool = True) -> None:
        self.path = Path(path)
        self.durable = durable
        self._data: Data | None = None
        self._signature: Signature | None = None

    # -- TinyDB's Storage interface -------------------------------------------------------
    def read(self) -> Data | None:
        """The tables, parsed again only when the file changed since we last saw it."""
        signature = file_signature(self.path)
        if signature is None:
            self._data, self._signature = None, None
            return None
        if signature != self._signature or self._data is None:
            self._data = parse(self.path, self.path.read_bytes())
            self._signature = signature
        return self._data

    def write(self, data: Data) -> None:
        """Replace the file atomically; on failure the old file and our view of it survive."""
        try:
            payload = orjson.dumps(data)
            self._replace(payload)
        except (OSError, TypeError) as exc:
            self.forget()  # the in-memory tables may hold the failed change: re-read next time
            raise WriteFailedError(self.path, str(exc)) from exc
        self._data = data
        self._signature = file_signature(self.path)

    def close(self) -> None:
        self.forget()

    # -- helpers ------------------------------------------------------------------------------
    def forget(self) -> None:
        """Drop the cache so the next read comes from disk (after a failed or aborted change)."""
        self._data, self._signature = None, None

    def _refuse_read_only(self) -> None:
        """A database file someone made read-only stays as it is (rename would replace it anyway,
        since that needs only the directory's permission; and root ignores permissions)."""
        try:
            mode = os.stat(self.path).st_mode
        except FileNotFoundError:
            return
        if not mode & 0o222 or not os.access(self.path, os.W_OK):
            raise PermissionError(13, "the database file is read-only (chmod u+w it to allow changes)")

    def _replace(self, payload: bytes) -> None:
        self._refuse_read_only()
        directory = self.path.parent
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                if self.durable:
                    os.fsync(handle.fileno())
            if self.path.exists():
                # keep the file's permissions (mkstemp creates 0600)
                with contextlib.suppress(OSError):
                    os.chmod(tmp_name, os.stat(self.path).st_mode & 0o777)
            else:
                os.chmod(tmp_name, 0o644)
            os.replace(tmp_name, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
        if self.durable:
            self._fsync_directory(directory)

    @staticmethod
    def _fsync_directory(directory: Path) -> None:
        """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
        try:
            dir_fd = os.open(directory, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(dir_fd)
        except OSError:
            pass
        finally:
            os.close(dir_fd)
