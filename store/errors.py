"""Typed errors of the store. Each names the file and says what is wrong, so the edge of the
application (a CLI, a TUI) can show one clear line and the user knows what to do next."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of everything the store raises on purpose."""


class CorruptStoreError(StoreError):
    """The file exists but cannot be read as a store. It is never overwritten."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"{path}: {problem}; the file was left untouched "
            "(restore it from a backup or move it aside to start a new database)"
        )


class InvalidRecordError(CorruptStoreError):
    """One stored record no longer fits its model (edited by hand, or by a buggy tool).

    The whole file is refused rather than the record skipped: a listing without it would look as
    if the work were gone, and the user can fix or remove that one record by hand.
    """

    def __init__(self, path: Path, collection: str, record_id: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        self.collection = collection
        self.record_id = record_id
        StoreError.__init__(
            self,
            f"{path}: {collection} record {record_id!r} is invalid ({problem}); the file was left "
            "untouched (correct or remove that record by hand, or restore a backup)",
        )


class NewerSchemaError(StoreError):
    """The file was written by a newer version of the application."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"{path}: written by a newer version (schema {found}, this version reads up to "
            f"{supported}); upgrade verifier to open it"
        )


class ForeignStoreError(StoreError):
    """The file is valid JSON but belongs to another application (or is a plain TinyDB file)."""

    def __init__(self, path: Path, found: str | None, expected: str) -> None:
        self.path = path
        what = f"belongs to {found!r}" if found else "is not a database of this application"
        super().__init__(f"{path}: {what} (expected {expected!r}); the file was left untouched")


class UnusablePathError(StoreError):
    """The database path cannot hold a database: it names a directory, a named pipe or a device,
    or a symbolic link whose target's folder does not exist. Nothing is read or written."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}; nothing was read or written")


class LockTimeoutError(StoreError):
    """Another process held the database lock for too long."""

    def __init__(self, path: Path, seconds: float) -> None:
        self.path = path
        super().__init__(
            f"{path}: another process kept the database locked for {seconds:g} s; try again"
        )


class WriteFailedError(StoreError):
    """Writing failed (disk full, permissions); the last good file is still in place."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(f"{path}: could not save ({reason}); the last saved state is intact")


class RecordNotFoundError(StoreError, KeyError):
    def __init__(self, collection: str, record_id: str) -> None:
        self.collection = collection
        self.record_id = record_id
        super().__init__(f"no {collection} record with id {record_id!r}")

    def __str__(self) -> str:  # KeyError quotes its message; we want it plain
        return str(self.args[0])


class DuplicateRecordError(StoreError):
    def __init__(self, collection: str, record_id: str) -> None:
        super().__init__(f"a {collection} record with id {record_id!r} already exists")
