"""A process that writes to a store in a loop, for the crash and concurrency tests.

Usage: python writer.py DB PREFIX COUNT
Each iteration inserts record PREFIX-N in its own transaction, then prints "committed N" and
flushes, so the parent knows which writes it may rely on.
"""

from __future__ import annotations

import sys

from pydantic import BaseModel

from store import Database


class Item(BaseModel):
    id: str
    n: int
    payload: str


def main() -> None:
    path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    db = Database(path, application="crash-test", schema_version=1)
    items = db.collection("items", Item)
    for n in range(count):
        # a payload large enough that a write takes a while and a kill lands mid-write
        items.put(Item(id=f"{prefix}-{n}", n=n, payload="x" * 2000))
        print(f"committed {n}", flush=True)


if __name__ == "__main__":
    main()
