"""End-to-end extraction throughput over the PolNeAR dev articles, against pysbd in the same run.

"End to end" is ``verifier.extract.extract``: segmentation, check-worthiness, kinds, quantities,
mentions and attributions. The baseline is pysbd's segmentation alone (``char_span=True``, the
segmenter this project would otherwise use), timed on the same texts. Target: >= 1,000
sentences/s end to end. The last row extracts all the articles' words as one paragraph of about
400,000 characters, to show the cost stays linear in the text (it was quadratic in a paragraph's
length before the segmenter looked back only at the word a full stop ends).

    .venv/bin/python bench/extract_throughput.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "../shared/data/polnear_dev.jsonl"


def best_of(repeat: int, run: Callable[[], int]) -> tuple[int, float]:
    """Sentences counted and the fastest wall time of ``repeat`` runs (least disturbed by noise)."""
    times, count = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = run()
        times.append(time.perf_counter() - t0)
    return count, min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"data not found: {DATA}", file=sys.stderr)
        return 1
    with DATA.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    chars = sum(len(t) for t in texts)

    t0 = time.perf_counter()
    from verifier.extract import extract, segment
    from verifier.extract.score import load_model

    load_model()
    extract("Warm-up: 5 people said so.")
    startup = time.perf_counter() - t0

    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    n_pysbd, t_pysbd = best_of(args.repeat, lambda: sum(len(seg.segment(t)) for t in texts))
    n_seg, t_seg = best_of(args.repeat, lambda: sum(len(segment(t)) for t in texts))
    n_all, t_all = best_of(args.repeat, lambda: sum(len(extract(t).sentences) for t in texts))
    # The same words as one paragraph (every line break a space): a text pasted without breaks
    # must cost what its sentences cost, not grow with the square of the paragraph's length.
    flat = " ".join(" ".join(t.split()) for t in texts)
    n_flat, t_flat = best_of(1, lambda: len(extract(flat).sentences))

    print(
        f"PolNeAR dev: {len(texts)} articles, {chars:,} characters; import + model load {startup * 1000:.0f} ms"
    )
    print(f"{'stage':<36} {'sentences':>9} {'seconds':>8} {'sent/s':>9} {'x pysbd':>8}")
    base = n_pysbd / t_pysbd
    for name, n, t in (
        ("pysbd segmentation only (baseline)", n_pysbd, t_pysbd),
        ("verifier segmentation only", n_seg, t_seg),
        ("verifier extract, end to end", n_all, t_all),
        (f"... all {len(texts)} as one paragraph", n_flat, t_flat),
    ):
        print(f"{name:<36} {n:>9,} {t:8.3f} {n / t:9,.0f} {n / t / base:8.2f}")
    per_flat, per_all = n_flat / t_flat, n_all / t_all
    print(f"one paragraph vs articles: {per_flat / per_all:.2f}x the sentences/s (1.00 = linear)")
    print("target: >= 1,000 sentences/s end to end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
