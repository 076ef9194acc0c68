"""Attribution extraction measured on PolNeAR v1.0.0 dev (Newell, Margolin & Ruths, LREC 2018).

A predicted attribution matches a gold one (primary annotator, gold attributions with a source)
when their source spans overlap and their content spans overlap; matching is one-to-one (maximum
bipartite matching per article). A naive "X said" regex attributor runs in the same process as
the baseline, and the figures are printed side by side with their ratio.

Honesty note: the cue lexicon and the rules were tuned while reading errors on the first 60
articles ("tune"); the last 24 ("held out") were not looked at while tuning. The "all" row mixes
both and is optimistic.

Usage: .venv/bin/python bench/attribution_bench.py [--errors N] [--data PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from verifier.extract.attribution import find_attributions

Spans = list[tuple[int, int]]
Pred = tuple[Spans, Spans]  # (source spans, content spans)

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear_dev.jsonl"
TUNE_ARTICLES = 60


def _segmenter() -> Callable[[str], list[tuple[int, int]]]:
    try:
        from verifier.extract.segment import segment

        return lambda text: [(s.start, s.end) for s in segment(text)]
    except ImportError:  # the pipeline's segmenter is not there yet
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        return lambda text: [(s.start, s.end) for s in seg.segment(text)]


def gold_of(article: dict[str, Any]) -> list[Pred]:
    out: list[Pred] = []
    for att in article["annotations"][article["primary_annotator"]]["attributions"]:
        if att.get("no_source") or not att.get("source") or not att.get("content"):
            continue
        content = [tuple(s) for s in att["content"]["spans"]]
        if att.get("content2"):
            content += [tuple(s) for s in att["content2"]["spans"]]
        out.append(([tuple(s) for s in att["source"]["spans"]], content))
    return out


def ours(text: str, sentences: Sequence[tuple[int, int]]) -> list[Pred]:
    seen: set[tuple[int, int, int]] = set()
    out: list[Pred] = []
    for per_sentence in find_attributions(text, sentences):
        for a in per_sentence:
            key = (a.source.start, a.source.end, a.cue.start if a.cue else -1)
            if key in seen or a.content is None:
                continue
            seen.add(key)
            out.append(([(a.source.start, a.source.end)], [(a.content.start, a.content.end)]))
    return out


_NAIVE = re.compile(
    r"(?P<src>\b(?:[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*))\s+"
    r"(?P<cue>said|says|told)\b"
    r"|\b(?P<cue2>said|says)\s+(?P<src2>(?:[A-Z][\w.’'-]*\s*){1,4})"
)


def naive(text: str, sentences: Sequence[tuple[int, int]]) -> list[Pred]:
    """The baseline: "X said/says/told ..." and "... said X", content = the rest of the sentence."""
    out: list[Pred] = []
    for start, end in sentences:
        for m in _NAIVE.finditer(text, start, end):
            if m.group("src"):
                src, cue_end = m.span("src"), m.end("cue")
            else:
                src, cue_end = m.span("src2"), m.end("src2")
            after = (cue_end, end)
            before = (start, m.start())
            content = after if after[1] - after[0] > 3 else before
            out.append(([src], [content]))
    return out


def _overlap(a: Spans, b: Spans) -> bool:
    return any(s < f2 and s2 < f for s, f in a for s2, f2 in b)


def match(pred: list[Pred], gold: list[Pred]) -> int:
    """Size of a maximum one-to-one matching (Kuhn's augmenting paths; articles are small)."""
    edges = [
        [g for g, gd in enumerate(gold) if _overlap(p[0], gd[0]) and _overlap(p[1], gd[1])]
        for p in pred
    ]
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = p
                return True
        return False

    return sum(1 for p in range(len(pred)) if augment(p, set()))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(
    articles: list[dict[str, Any]],
    segs: list[list[tuple[int, int]]],
    system: Callable[[str, Sequence[tuple[int, int]]], list[Pred]],
) -> tuple[tuple[float, float, float], int, float]:
    tp = n_pred = n_gold = 0
    elapsed = 0.0
    for article, sents in zip(articles, segs, strict=True):
        gold = gold_of(article)
        t0 = time.perf_counter()
        pred = system(article["text"], sents)
        elapsed += time.perf_counter() - t0
        tp += match(pred, gold)
        n_pred += len(pred)
        n_gold += len(gold)
    return prf(tp, n_pred, n_gold), n_pred, elapsed


def show_errors(articles: list[dict[str, Any]], segs: list[list[tuple[int, int]]], n: int) -> None:
    """Print unmatched gold and unmatched predictions (tuning articles only)."""
    for article, sents in zip(articles[:TUNE_ARTICLES], segs[:TUNE_ARTICLES], strict=True):
        text = article["text"]
        gold = gold_of(article)
        pred = ours(text, sents)
        for kind, items, other in (("MISS", gold, pred), ("FP", pred, gold)):
            for src, content in items:
                if any(_overlap(src, o[0]) and _overlap(content, o[1]) for o in other):
                    continue
                if n <= 0:
                    return
                n -= 1
                s0 = src[0]
                print(f"{kind} src={text[s0[0]:s0[1]]!r} content={text[content[0][0]:content[0][1]][:90]!r}")
                print(f"     ctx={text[max(0, s0[0] - 100):s0[1] + 80]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--errors", type=int, default=0, help="print N errors on tuning articles")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 1
    articles = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    split = _segmenter()
    segs = [split(a["text"]) for a in articles]
    if args.errors:
        show_errors(articles, segs, args.errors)
    n_sent = sum(len(s) for s in segs)
    print(f"PolNeAR dev: {len(articles)} articles, {n_sent} sentences, "
          f"{sum(len(gold_of(a)) for a in articles)} gold attributions with a source")
    print(f"{'subset':<10} {'system':<8} {'P':>6} {'R':>6} {'F1':>6}")
    subsets = {
        "all": slice(None),
        "tune": slice(0, TUNE_ARTICLES),
        "held out": slice(TUNE_ARTICLES, None),
    }
    for label, part in subsets.items():
        (p, r, f), n_pred, elapsed = evaluate(articles[part], segs[part], ours)
        (bp, br, bf), _, b_elapsed = evaluate(articles[part], segs[part], naive)
        print(f"{label:<10} {'ours':<8} {p:6.3f} {r:6.3f} {f:6.3f}")
        print(f"{'':<10} {'naive':<8} {bp:6.3f} {br:6.3f} {bf:6.3f}   F1 ratio {f / bf:.2f}x")
        if label == "all":
            ours_rate, naive_rate = n_sent / elapsed, n_sent / b_elapsed
            print(f"speed: {n_sent / elapsed:,.0f} sentences/s, {n_pred / elapsed:,.0f} "
                  f"attributions/s ({1000 * elapsed / n_sent:.3f} ms/sentence); naive regex "
                  f"{naive_rate:,.0f} sentences/s (ours at {ours_rate / naive_rate:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
