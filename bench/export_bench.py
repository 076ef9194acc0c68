"""Export benchmark: 10,000 claims with 3 sources each, in every format.

    .venv/bin/python bench/export_bench.py [--claims N] [--repeat R] [--no-memory]

Builds a throw-away database (models constructed directly and written with
``desk.repo.claims.put_many`` in one transaction), then times each export to a file. Baselines
measured in the same run:

- *load*: reading and validating the N claims from the store (what any export must do first);
- *naive html*: the same template rendered to one string with ``render()`` and written at once
  (no streaming), the way a report is often written.

Figures are best-of-R wall times; ratios are against the baselines. The target is HTML for
10,000 claims in under 2 s. With memory on (the default), a second pass measures the peak
Python memory (tracemalloc) of streamed vs naive HTML, which is what streaming is for.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

from verifier import ids
from verifier.config import Config
from verifier.models import (
    Attribution,
    Claim,
    ClaimKind,
    HistoryEntry,
    Source,
    SourceKind,
    Sourcing,
    Stance,
    Status,
    TextSpan,
)
from verifier.reports import FORMATS, export_claims
from verifier.reports.documents import report_context, template
from verifier.reports.sample import ARTICLE_URL, seed_text
from verifier.reports.views import STATUS_ORDER, ArticleIndex, claim_sort_key
from verifier.service import Verifier

TARGET_HTML_SECONDS = 2.0
STATUSES = STATUS_ORDER  # every status, in the reports' order
STANCES = (Stance.SUPPORTS, Stance.SUPPORTS, Stance.REFUTES, Stance.MIXED, Stance.CONTEXT)


def make_claims(article_id: str, text: str, n: int) -> list[Claim]:
    sentences = [s.strip() for s in text.replace("\n", " ").split(". ") if len(s.strip()) > 30]
    start = datetime(2024, 11, 1, 9, 0, tzinfo=UTC)
    claims: list[Claim] = []
    taken: set[str] = set()
    for i in range(n):
        sentence = f"{sentences[i % len(sentences)]} (variant {i})"
        claim_id = ids.claim_id(article_id, sentence, taken=taken)
        taken.add(claim_id)
        status = STATUSES[i % len(STATUSES)]
        at = start + timedelta(minutes=i)
        sources = [
            Source(
                id=ids.source_id(claim_id, f"https://news{k}.example.com/{i}/{k}"),
                url=f"https://news{k}.example.com/{i}/{k}",
                stance=STANCES[(i + k) % len(STANCES)],
                title=f"Report {k} on claim {i} <with markup & quotes \"'>",
                publisher=f"Publisher {k}",
                published=date(2024, 10, 1 + k),
                kind=SourceKind.NEWS_REPORT,
                excerpt="An excerpt of the source that supports or refutes the claim in some detail.",
                added_at=at,
                added_by="bench",
            )
            for k in range(3)
        ]
        history = [
            HistoryEntry(
                at=at, by="bench", action="created", after=sentence, detail="extracted", change=1
            ),
            *(
                HistoryEntry(
                    at=at,
                    by="bench",
                    action="source_added",
                    after=s.model_dump(mode="json"),
                    change=2 + k,
                )
                for k, s in enumerate(sources)
            ),
        ]
        if status is not Status.UNVERIFIED:
            history.append(
                HistoryEntry(
                    at=at,
                    by="bench",
                    action="status",
                    before="unverified",
                    after=status.value,
                    change=5,
                )
            )
        claims.append(
            Claim(
                id=claim_id,
                article_id=article_id,
                text=sentence,
                start=(i * 7) % max(1, len(text) - 100),
                end=(i * 7) % max(1, len(text) - 100) + 80,
                kind=ClaimKind.STATEMENT,
                score=(i % 100) / 100,
                attributions=[
                    Attribution(
                        source=TextSpan(
                            start=0, end=8, text="Analysts" if i % 3 else "Deputy Minister Rudenko"
                        ),
                        name="analysts" if i % 3 else "Andrey Rudenko",
                        sourcing=Sourcing.VAGUE if i % 3 else Sourcing.NAMED_PERSON,
                    )
                ],
                status=status,
                verdict_note="A verdict note explaining the decision."
                if status.is_verdict
                else None,
                sources=sources,
                tags=["bench"],
                history=history,
                created_at=at,
                updated_at=at,
            )
        )
    return claims


def best_of(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def naive_html(desk: Verifier, claims: list[Claim], path: Path) -> None:
    """The non-streaming way: render the whole document to a string, then write it."""
    index = ArticleIndex(desk.articles())
    ordered = sorted(claims, key=claim_sort_key(index.order))
    context = report_context(ordered, index, desk.config)
    context["claims"] = list(context["claims"])
    path.write_text(template("html").render(**context), encoding="utf-8")


def peak_memory(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = Config(
            user="bench",
            organisation_name="Bench Desk",
            organisation_url="https://bench.example",
            url_template="https://bench.example/checks/{id}",
        )
        desk = Verifier(folder / "bench.json", config=config, durable=False)
        text = seed_text()
        article, _ = desk.add_article(text, title="Seed article", url=ARTICLE_URL)
        started = time.perf_counter()
        built = make_claims(article.id, text, args.claims)
        with desk.repo.transaction():
            desk.repo.claims.put_many(built)
        setup = time.perf_counter() - started
        size = (folder / "bench.json").stat().st_size
        print(
            f"database: {args.claims:,} claims x 3 sources, {size / 1e6:.1f} MB, built in {setup:.1f} s"
        )

        loaded: list[Claim] = []

        def load() -> None:
            loaded[:] = desk.claims()

        load_time = best_of(args.repeat, load)
        naive_time = best_of(args.repeat, lambda: naive_html(desk, loaded, folder / "naive.html"))
        print(f"baseline  load {args.claims:,} claims from the store: {load_time:6.3f} s")
        print(f"baseline  naive html (render to one string):   {naive_time:6.3f} s")
        print()
        print(f"{'format':<12} {'seconds':>8} {'MB':>7} {'x load':>7} {'x naive html':>13}")
        html_time = 0.0
        for fmt in FORMATS:
            target = folder / f"out.{fmt}"
            seconds = best_of(args.repeat, partial(export_claims, desk, loaded, fmt, target))
            if fmt == "html":
                html_time = seconds
            print(
                f"{fmt:<12} {seconds:8.3f} {target.stat().st_size / 1e6:7.1f} "
                f"{seconds / load_time:7.2f} {seconds / naive_time:13.2f}"
            )
        print()
        verdict = "met" if html_time < TARGET_HTML_SECONDS else "NOT met"
        print(
            f"target: html for {args.claims:,} claims under {TARGET_HTML_SECONDS:.0f} s: {verdict} ({html_time:.3f} s)"
        )
        if not args.no_memory:
            streamed = peak_memory(lambda: export_claims(desk, loaded, "html", folder / "m.html"))
            naive = peak_memory(lambda: naive_html(desk, loaded, folder / "n.html"))
            print(
                f"peak Python memory while writing html: streamed {streamed / 1e6:.1f} MB, "
                f"naive {naive / 1e6:.1f} MB ({naive / max(streamed, 1):.1f}x)"
            )
    return 0 if html_time < TARGET_HTML_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
