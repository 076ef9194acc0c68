"""Store benchmark: one durable status change on 10,000 claims x 3 sources, ours vs stock TinyDB.

Prints the median time of one status change
  * through the service layer (verifier's real path: lock, refresh, validate, history, atomic save),
  * through our store's collection (the same update stock TinyDB does, but crash-safe), and
  * with stock ``TinyDB(path)`` + ``JSONStorage`` (rewrites the file in place; not crash-safe),
plus the time to load all 10,000 claims into validated models. Run: python bench/store_bench.py
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import JSONStorage

from verifier.config import Config
from verifier.models import Article, Claim, Source, Stance, Status
from verifier.repository import Repository
from verifier.service import Verifier

STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def make_claims(count: int) -> list[Claim]:
    claims = []
    for n in range(count):
        claims.append(
            Claim(
                id=f"c{n:06d}",
                article_id="a00000",
                text=f"Claim number {n}: over {n * 7} North Korean soldiers were dispatched to Russia in October.",
                start=n * 10,
                end=n * 10 + 9,
                score=(n % 100) / 100,
                sources=[
                    Source(
                        id=f"s{n}{k}",
                        url=f"https://news.example.org/{n}/{k}",
                        stance=[Stance.SUPPORTS, Stance.REFUTES, Stance.CONTEXT][k],
                        title=f"Report {k} on claim {n}",
                        publisher="Example News",
                        excerpt="An excerpt of a few words that bears on the claim. " * 2,
                        added_at=STAMP,
                        added_by="bench",
                    )
                    for k in range(3)
                ],
                created_at=STAMP,
                updated_at=STAMP,
            )
        )
    return claims


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        ours_path = Path(tmp) / "ours.json"
        stock_path = Path(tmp) / "stock.json"
        claims = make_claims(args.claims)

        repo = Repository(ours_path)
        with repo.transaction():
            repo.articles.put(Article(id="a00000", text="x", content_hash="0", ingested_at=STAMP))
            repo.claims.put_many(claims)
        size_mb = ours_path.stat().st_size / 1e6

        stock = TinyDB(stock_path, storage=JSONStorage)
        stock.table("claims").insert_multiple(c.model_dump(mode="json") for c in claims)
        stock.close()

        # full load into validated models (a fresh process would do exactly this)
        loads = []
        for _ in range(5):
            t0 = time.perf_counter()
            loaded = Repository(ours_path).claims.all()  # open (read + parse) and validate
            loads.append(time.perf_counter() - t0)
            assert len(loaded) == args.claims

        desk = Verifier(ours_path, config=Config(user="bench"))
        statuses = [Status.IN_PROGRESS, Status.UNVERIFIED]
        desk.set_status(f"c{args.claims - 1:06d}", Status.IN_PROGRESS)  # warm-up, not timed
        service_times = []
        for n in range(args.repeat):
            t0 = time.perf_counter()
            desk.set_status(f"c{n:06d}", statuses[n % 2])
            service_times.append(time.perf_counter() - t0)

        collection_times = []
        for n in range(args.repeat):
            t0 = time.perf_counter()
            repo.claims.update(f"c{n:06d}", lambda c, n=n: c.model_copy(update={"status": statuses[(n + 1) % 2]}))
            collection_times.append(time.perf_counter() - t0)

        stock_db = TinyDB(stock_path, storage=JSONStorage)
        table = stock_db.table("claims")
        stock_times = []
        for n in range(args.repeat):
            t0 = time.perf_counter()
            table.update({"status": statuses[n % 2].value}, doc_ids=[n + 1])
            stock_times.append(time.perf_counter() - t0)
        stock_db.close()

    stock_ms = median_ms(stock_times)
    print(f"database: {args.claims:,} claims x 3 sources, {size_mb:.1f} MB")
    print(f"full load (open, parse, validate): {median_ms(loads):7.1f} ms (target < 500 ms)")
    print("one durable status change, median of", args.repeat)
    print(f"  stock TinyDB + JSONStorage (in-place, not crash-safe): {stock_ms:7.1f} ms  (baseline)")
    for label, samples in (
        ("our store, collection update (atomic, fsync, locked)", collection_times),
        ("verifier service set_status (+ rules, history)      ", service_times),
    ):
        ms = median_ms(samples)
        print(f"  {label}: {ms:7.1f} ms  ({stock_ms / ms:4.1f}x faster than stock)")


if __name__ == "__main__":
    main()
