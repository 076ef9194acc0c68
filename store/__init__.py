"""A generic, durable document store on TinyDB; it knows nothing about claims.

``Database`` is one JSON file holding named ``Collection``s of pydantic models. It closes the
stock TinyDB failure modes: writes are atomic (temp file, fsync, rename), every
read-modify-write holds a cross-process lock and starts from the latest file, a schema version
is stamped and migrated, and a file that cannot be read is refused with a typed error and left
untouched.
"""

from store.collection import Collection
from store.database import Database, Migration
from store.errors import (
    CorruptStoreError,
    DuplicateRecordError,
    ForeignStoreError,
    InvalidRecordError,
    LockTimeoutError,
    NewerSchemaError,
    RecordNotFoundError,
    StoreError,
    UnusablePathError,
    WriteFailedError,
)

__all__ = [
    "Collection",
    "CorruptStoreError",
    "Database",
    "DuplicateRecordError",
    "ForeignStoreError",
    "InvalidRecordError",
    "LockTimeoutError",
    "Migration",
    "NewerSchemaError",
    "RecordNotFoundError",
    "StoreError",
    "UnusablePathError",
    "WriteFailedError",
]
