"""Where the fact-checker's records live: the store file with its two collections.

Schema history (bump ``SCHEMA_VERSION`` and add a migration for every change to what is saved):

1. articles and claims (sources, notes and history inside each claim).
2. articles have a history too (ingested, new versions, details corrected): ``history: []``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from store import Collection, Database, Migration
from verifier.models import Article, Claim

APPLICATION = "verifier"
SCHEMA_VERSION = 2


def _articles_get_history(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 -> 2: every article gets an empty history (what happened before is unknown)."""
    for article in (data.get("articles") or {}).values():
        article.setdefault("history", [])
    return data


MIGRATIONS: dict[int, Migration] = {1: _articles_get_history}


class Repository:
    def __init__(self, path: str | Path, *, durable: bool = True) -> None:
        self.db = Database(
            path,
            application=APPLICATION,
            schema_version=SCHEMA_VERSION,
            migrations=MIGRATIONS,
            durable=durable,
        )
        self.articles: Collection[Article] = self.db.collection("articles", Article)
        self.claims: Collection[Claim] = self.db.collection("claims", Claim)

    @property
    def path(self) -> Path:
        return self.db.path

    def transaction(self) -> AbstractContextManager[None]:
        """Lock, start from the latest file, save once at the end (see store.Database)."""
        return self.db.transaction()
