"""A TinyDB storage that is safe to crash and cheap to re-read.

Stock ``JSONStorage`` rewrites the file in place: a crash half-way leaves a torn file (tinydb
#467/#468), and every read parses the whole file again. This storage

* writes to a temporary file in the same directory, flushes and fsyncs it, then ``os.replace``s
  it over the database (and fsyncs the directory), so a reader or a crash only ever sees the old
  file or the new one;
* keeps the parsed data and re-reads only when the file's identity (inode, size, mtime) changed,
  which is how a change by another process is noticed;
* never "repairs" a file it cannot parse: it raises :class:`CorruptStoreError` and leaves the
  bytes alone;
* follows a symbolic link: the path is resolved once, when the storage is created (see
  :func:`real_path`), and every read, temporary file, replace and directory fsync is on the file
  the link points to, so a database shared through a link is changed in place and the link stays
  a link. A path that is not a regular file (a directory, a named pipe, a device) is refused, so
  it is never read as a database nor replaced by one.

Locking is not done here but in :mod:`store.database`, around whole read-modify-write cycles.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from store.errors import CorruptStoreError, UnusablePathError, WriteFailedError
from store.gcpause import gc_paused

Data = dict[str, dict[str, Any]]
Signature = tuple[int, int, int]


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _signature(st: os.stat_result) -> Signature:
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def file_signature(path: Path) -> Signature | None:
    """What identifies one version of the file; None when there is no file."""
    st = _stat(path)
    return None if st is None else _signature(st)


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def real_path(path: str | Path) -> Path:
    """The file a database path names: absolute, with every symbolic link followed.

    A database is often shared through a link (``ln -s shared/team.json mine.json``); writing the
    link's name would replace the link with a private copy, and a lock taken on the link's name
    would not exclude someone working on the target. So the store works on the target.

    A dangling link (its target does not exist yet) is a new database: it is created through the
    link, as the shell's ``>`` would, provided the target's folder exists. When that folder is
    missing too (an unmounted shared drive, a moved folder) the link is refused with
    :class:`UnusablePathError` rather than silently starting an empty database somewhere else.
    A path that exists but is not a regular file is refused too.
    """
    given = Path(path).expanduser()
    try:
        real = Path(os.path.realpath(given, strict=True))
    except FileNotFoundError:
        real = Path(os.path.realpath(given))
        _refuse_dangling_link(given, real)
        return real  # a new database
    except OSError as exc:  # a link loop, a folder on the way we may not enter
        raise UnusablePathError(given, exc.strerror or str(exc)) from None
    mode = os.stat(real).st_mode
    if not stat.S_ISREG(mode):
        what = _kind(mode)
        if real != Path(os.path.abspath(given)):
            what = f"a symbolic link to {real}, which is {what}"
        raise UnusablePathError(given, f"{what}, not a database file")
    return real


def _refuse_dangling_link(given: Path, real: Path) -> None:
    """A missing database may be created, missing folders on its way too, but not behind a link
    that points nowhere: that is more likely a drive not mounted than a place to start afresh."""
    absolute = given.absolute()
    for step in (absolute, *absolute.parents):
        if os.path.islink(step) and not os.path.exists(step):
            break
    else:
        return  # no link points nowhere: a new database, its folders created at the first save
    if step == absolute:
        if real.parent.is_dir():
            return  # the link's target is created through it, as the shell's ">" would
        problem = f"a symbolic link to {real}, whose folder does not exist"
    else:
        problem = f"{step} is a symbolic link to {os.readlink(step)}, which does not exist"
    raise UnusablePathError(given, f"{problem} (is the drive it is on mounted?)")


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
    if isinstance(data, dict) and isinstance(data.get("format"), str):  # an export, say
        raise CorruptStoreError(
            path,
            f"JSON is not a set of tables but a {data['format']!r} document (an export? an "
            "export is read with import, not opened as a database)",
        )
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise CorruptStoreError(path, "JSON is not a set of tables")
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage: orjson, atomic replace, and a parse cache keyed by the file's signature."""

    def __init__(self, path: str | Path, *, durable: bool = True) -> None:
        self.path = real_path(path)  # resolved once: a symlinked database is changed in place
        self.durable = durable
        self._data: Data | None = None
        self._signature: Signature | None = None

    # -- TinyDB's Storage interface -------------------------------------------------------
    def read(self) -> Data | None:
        """The tables, parsed again only when the file changed since we last saw it."""
        st = _stat(self.path)
        if st is None:
            self._data, self._signature = None, None
            return None
        signature = _signature(st)
        if signature != self._signature:
            self._refuse_special_file(st.st_mode)
        if signature != self._signature or self._data is None:
            self._data = parse(self.path, self.path.read_bytes())
            self._signature = signature
        return self._data

    def write(self, data: Data) -> None:
        """Replace the file atomically; on failure the old file and our view of it survive."""
        try:
            payload = orjson.dumps(data)
            self._replace(payload)
        except UnusablePathError:
            self.forget()
            raise
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

    def _refuse_special_file(self, mode: int | None) -> None:
        """Something other than a regular file now stands where the database was (someone put a
        pipe or a directory there): never read it as a database, never replace it. ``mode``: the
        file's, None when there is none."""
        if mode is not None and not stat.S_ISREG(mode):
            raise UnusablePathError(self.path, f"{_kind(mode)}, not a database file")

    def _refuse_read_only(self, mode: int | None) -> None:
        """A database file someone made read-only stays as it is (rename would replace it anyway,
        since that needs only the directory's permission; and root ignores permissions)."""
        if mode is None:
            return
        if not mode & 0o222 or not os.access(self.path, os.W_OK):
            raise PermissionError(
                13, "the database file is read-only (chmod u+w it to allow changes)"
            )

    def _replace(self, payload: bytes) -> None:
        st = _stat(self.path)
        mode = None if st is None else st.st_mode
        self._refuse_special_file(mode)
        self._refuse_read_only(mode)
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
