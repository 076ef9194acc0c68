"""Train the check-worthiness model shipped as ``verifier/extract/checkworthiness.json``.

Data: the ClaimBuster dataset, 3xNCS file (Arslan, Hassan, Li & Tremayne, "A Benchmark Dataset of
Check-worthy Factual Claims", ICWSM 2020; Zenodo doi:10.5281/zenodo.3609356), read from
``../shared/data/claimbuster_3xNCS.csv`` relative to the repository root. The data is never copied
into the repository; only the learned weights are.

Model: NB-LR (logistic regression over features scaled by their naive-Bayes log-count ratio, Wang &
Manning 2012). On this data it ranks held-out sentences better than plain logistic regression, and
the scaling folds into the weights, so the runtime scorer is a plain sparse dot product in pure
Python. Features come from :func:`verifier.extract.features.sentence_features`, the very function
the scorer calls.

Protocol: a stratified 80/20 split (seed 0); C chosen by 5-fold cross-validated average precision on
the 80 %; held-out F1/accuracy/AP reported on the 20 %; the shipped model is then refit on all rows.

Needs numpy and scikit-learn (training only; not runtime dependencies):
    .venv/bin/pip install numpy scikit-learn
    .venv/bin/python bench/train_checkworthiness.py
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, diags
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, average_precision_score, f1_score
from sklearn.model_selection import StratifiedKFold, train_test_split

from verifier.extract.features import sentence_features

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "../shared/data/claimbuster_3xNCS.csv"
OUT = ROOT / "verifier/extract/checkworthiness.json"
ALPHA = 1.0  # naive-Bayes smoothing for the log-count ratio
MIN_DF = 2  # drop features seen in fewer sentences: noise, and they bloat the shipped file
C_GRID = (0.3, 1.0, 3.0)


def _int32(matrix: Any) -> csr_matrix:
    """scikit-learn's liblinear wants 32-bit sparse indices; DictVectorizer may give 64-bit."""
    m = csr_matrix(matrix)
    m.indices = m.indices.astype(np.int32)
    m.indptr = m.indptr.astype(np.int32)
    return m


class NBLR:
    """Logistic regression on NB-scaled binary features, exportable as one weight per feature."""

    def __init__(self, c: float) -> None:
        self.c = c
        self.vec = DictVectorizer()
        self.model = LogisticRegression(C=c, max_iter=5000)
        self.ratio: np.ndarray = np.zeros(0)

    def fit(self, feats: list[dict[str, float]], labels: np.ndarray) -> NBLR:
        df: dict[str, int] = {}
        for f in feats:
            for k in f:
                df[k] = df.get(k, 0) + 1
        kept = [
            {k: v for k, v in f.items() if df[k] >= MIN_DF or k.startswith("h:")} for f in feats
        ]
        x = _int32(self.vec.fit_transform(kept))
        present = (x > 0).astype(float)
        p = np.asarray(present[labels == 1].sum(0)).ravel() + ALPHA
        q = np.asarray(present[labels == 0].sum(0)).ravel() + ALPHA
        self.ratio = np.log((p / p.sum()) / (q / q.sum()))
        self.model.fit(_int32(x @ diags(self.ratio)), labels)
        return self

    def decision(self, feats: list[dict[str, float]]) -> np.ndarray:
        x = _int32(self.vec.transform(feats))
        return np.asarray(self.model.decision_function(_int32(x @ diags(self.ratio))))

    def export(self) -> dict[str, Any]:
        coef = self.model.coef_[0] * self.ratio
        weights = {
            name: round(float(w), 4)
            for name, w in zip(self.vec.get_feature_names_out(), coef, strict=True)
            if abs(w) >= 5e-4
        }
        return {"bias": round(float(self.model.intercept_[0]), 4), "weights": weights}


def load(path: Path) -> tuple[list[str], np.ndarray]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r["text"] for r in rows], np.array([int(r["label"]) for r in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    texts, labels = load(args.data)
    feats = [sentence_features(t) for t in texts]
    idx = np.arange(len(texts))
    train_idx, test_idx = train_test_split(idx, test_size=0.2, random_state=0, stratify=labels)

    best_c, best_ap = C_GRID[0], -1.0
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for c in C_GRID:
        aps = []
        for a, b in folds.split(train_idx, labels[train_idx]):
            tr, va = train_idx[a], train_idx[b]
            m = NBLR(c).fit([feats[i] for i in tr], labels[tr])
            aps.append(average_precision_score(labels[va], m.decision([feats[i] for i in va])))
        ap = float(np.mean(aps))
        print(f"C={c:<4} 5-fold CV average precision {ap:.4f}")
        if ap > best_ap:
            best_c, best_ap = c, ap

    held = NBLR(best_c).fit([feats[i] for i in train_idx], labels[train_idx])
    scores = held.decision([feats[i] for i in test_idx])
    pred = scores >= 0.0  # probability 0.5
    y = labels[test_idx]
    print(f"chosen C={best_c}")
    print(
        f"held-out (20%, n={len(test_idx)}): F1 {f1_score(y, pred):.3f}  "
        f"accuracy {accuracy_score(y, pred):.3f}  AP {average_precision_score(y, scores):.3f}  "
        f"(majority-class accuracy {1 - y.mean():.3f})"
    )

    final = NBLR(best_c).fit(feats, labels)
    model = final.export()
    model["meta"] = {
        "dataset": "ClaimBuster 3xNCS (Arslan et al., ICWSM 2020, doi:10.5281/zenodo.3609356)",
        "model": "NB-LR over verifier.extract.features.sentence_features",
        "C": best_c,
        "alpha": ALPHA,
        "min_df": MIN_DF,
        "rows": len(texts),
    }
    args.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n")
    size = args.out.stat().st_size
    print(
        f"wrote {args.out.relative_to(ROOT)}: {len(model['weights'])} weights, {size / 1024:.0f} KiB"
    )
    assert math.isfinite(model["bias"])


if __name__ == "__main__":
    main()
