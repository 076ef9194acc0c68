"""How the triage TUI scales: 10,000 claims against 100, in the same run.

For each size it builds a database (Claim models written through the repository in one
transaction), then runs the app headless (``App.run_test``) and measures

* start: from creating the app to the claims table populated and painted;
* filter: one keystroke in the search box until the table shows the filtered rows (median and
  worst of several keystrokes, each narrowing the view);
* status: a status change, from the request to the claim's row redrawn (the desk saves the whole
  file, so this grows with the database);
* status via keys: ``s``, a number, ``enter`` until the row is redrawn (what a person feels).

Targets at 10,000 claims: start < 1.5 s, filter < 100 ms, status < 100 ms.

    .venv/bin/python bench/tui_bench.py [--large 10000] [--small 100]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from textual.widgets import Input

from verifier.config import Config
from verifier.models import (
    Article,
    Attribution,
    Claim,
    ClaimKind,
    Source,
    Sourcing,
    Stance,
    Status,
    TextSpan,
)
from verifier.service import Verifier
from verifier.tui import VerifierApp

T0 = datetime(2024, 11, 2, 9, 0, tzinfo=UTC)
WORDS = [
    "officials",
    "said",
    "troops",
    "arrived",
    "near",
    "the",
    "border",
    "while",
    "analysts",
    "warned",
    "of",
    "wider",
    "escalation",
]
KINDS = list(ClaimKind)
STATUSES = [Status.UNVERIFIED, Status.UNVERIFIED, Status.IN_PROGRESS, Status.VERIFIED, Status.FALSE]


def build(path: Path, count: int) -> tuple[Verifier, float]:
    """A database of ``count`` claims over count/50 articles; returns the desk and seconds taken."""
    started = time.perf_counter()
    desk = Verifier(path, user="bench", config=Config(user="bench"))
    articles = []
    claims = []
    per_article = 50
    for a in range(max(count // per_article, 1)):
        sentences = []
        for i in range(per_article):
            n = a * per_article + i
            if n >= count:
                break
            words = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(12))
            sentences.append(f"Claim {n}: {words} {n * 7} soldiers.")
        text = " ".join(sentences)
        article_id = f"a{a:05d}"
        articles.append(
            Article(
                id=article_id,
                text=text,
                title=f"Article {a}",
                content_hash=f"{a:064d}",
                ingested_at=T0,
            )
        )
        offset = 0
        for i, sentence in enumerate(sentences):
            n = a * per_article + i
            status = STATUSES[n % len(STATUSES)]
            sources = []
            if status in (Status.VERIFIED, Status.FALSE):
                stance = Stance.SUPPORTS if status is Status.VERIFIED else Stance.REFUTES
                sources.append(
                    Source(
                        id=f"s{n:04d}", url=f"https://example.org/{n}", stance=stance, added_at=T0
                    )
                )
            who = "officials" if "officials" in sentence else "analysts"
            start = sentence.find(who)
            attributions = []
            if start >= 0:
                attributions.append(
                    Attribution(
                        source=TextSpan(
                            start=offset + start, end=offset + start + len(who), text=who
                        ),
                        name=who,
                        sourcing=Sourcing.VAGUE,
                    )
                )
            claims.append(
                Claim(
                    id=f"c{n:06d}",
                    article_id=article_id,
                    text=sentence,
                    start=offset,
                    end=offset + len(sentence),
                    kind=KINDS[n % len(KINDS)],
                    score=((n * 37) % 100) / 100,
                    status=status,
                    sources=sources,
                    attributions=attributions,
                    created_at=T0,
                    updated_at=T0 + timedelta(seconds=n),
                )
            )
            offset += len(sentence) + 1
    with desk.repo.transaction():
        desk.repo.articles.put_many(articles)
        desk.repo.claims.put_many(claims)
    return desk, time.perf_counter() - started


async def measure(desk: Verifier, count: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    started = time.perf_counter()
    app = BenchApp(desk, poll_interval=None)
    async with app.run_test(size=(160, 50)) as pilot:
        while not (app.loads and len(app.table.rows) == count):
            await asyncio.sleep(0.005)
        await redrawn(app)
        figures["start"] = time.perf_counter() - started

        # filter: each keystroke narrows "claim 12…" further. The key goes to the search box as a
        # person's would (Input.Changed -> FilterBar.Changed -> the table refilled); we time until
        # the table holds the new rows and the screen has been redrawn. (Pilot.press would add
        # its own idle waits of 20 ms and more.)
        await pilot.press("slash")
        search = app.query_one("#search", Input)
        timings = []
        for key in "claim 12":
            views = app.views
            key_start = time.perf_counter()
            search.insert_text_at_cursor(key)
            while app.views == views:
                await asyncio.sleep(0)
            await redrawn(app)
            timings.append(time.perf_counter() - key_start)
        figures["filter (median)"] = statistics.median(timings)
        figures["filter (worst)"] = max(timings)
        print(
            f"{count}: filter keystrokes (ms): " + " ".join(f"{t * 1000:.0f}" for t in timings),
            file=sys.stderr,
        )
        figures["shown after filter"] = len(app.table.rows)
        await pilot.press("escape")
        app.query_one("#search").value = ""  # type: ignore[attr-defined]
        await pilot.pause()

        # status change: desk call to the row redrawn
        timings = []
        for n, status in enumerate((Status.IN_PROGRESS, Status.UNVERIFIABLE, Status.IN_PROGRESS)):
            row = app.table.rows[n]
            change_start = time.perf_counter()
            app.run_set_status([row.id], status, "bench", True)
            while next(r for r in app.table.rows if r.id == row.id).status is not status:
                await asyncio.sleep(0.001)
            await redrawn(app)
            timings.append(time.perf_counter() - change_start)
        figures["status (median)"] = statistics.median(timings)

    return figures


class BenchApp(VerifierApp):
    """Counts the screen's paints (Textual calls post_display_hook after each one)."""

    paints = 0

    def post_display_hook(self) -> None:
        self.paints += 1


async def redrawn(app: BenchApp) -> None:
    """Wait for the next paint: what a person would see (Textual repaints at up to 60 fps)."""
    paints = app.paints
    while app.paints == paints:
        await asyncio.sleep(0)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--large", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=100)
    args = parser.parse_args()
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in (args.small, args.large):
            desk, seconds = build(Path(tmp) / f"bench-{count}.json", count)
            size = (Path(tmp) / f"bench-{count}.json").stat().st_size
            print(f"built {count} claims in {seconds:.1f} s ({size / 1e6:.1f} MB)", file=sys.stderr)
            results[count] = asyncio.run(measure(desk, count))
    small, large = results[args.small], results[args.large]
    targets = {"start": 1.5, "filter (median)": 0.1, "filter (worst)": 0.1, "status (median)": 0.1}
    print(f"\n{'':26}{args.small:>10} {args.large:>10} {'ratio':>8}  target at {args.large}")
    for name in large:
        if name.startswith("shown"):
            print(f"{name:26}{small[name]:>10.0f} {large[name]:>10.0f}")
            continue
        ratio = large[name] / small[name] if small[name] else float("nan")
        target = targets.get(name)
        verdict = (
            ""
            if target is None
            else (f"< {target * 1000:.0f} ms " + ("ok" if large[name] < target else "MISSED"))
        )
        print(
            f"{name:26}{small[name] * 1000:>8.0f}ms {large[name] * 1000:>8.0f}ms {ratio:>7.1f}x  {verdict}"
        )


if __name__ == "__main__":
    main()
