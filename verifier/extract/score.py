"""Check-worthiness: how much a sentence looks like a factual claim worth checking, in [0, 1].

The weights in ``checkworthiness.json`` were learned by ``bench/train_checkworthiness.py`` from the
ClaimBuster dataset, 3xNCS file: Arslan, Hassan, Li & Tremayne, "A Benchmark Dataset of
Check-worthy Factual Claims", ICWSM 2020, Zenodo doi:10.5281/zenodo.3609356. Only the weights ship;
the dataset itself is not part of this repository.

Scoring is a logistic model over sparse named features (pure Python, no numpy), so it loads in a
few tens of milliseconds and scores tens of thousands of sentences a second.

ClaimBuster is transcribed debate speech; articles are reported speech. A debate-trained model
does not know that "Analysts suggest that Moscow may be offering ..." is exactly what a
fact-checker checks in a news story: a claim the article puts in someone's mouth. So the learned
log-odds get a small, hand-set news prior (:data:`NEWS_PRIOR`, not learned: there is no labelled
news check-worthiness data here) for reported speech and quotations. On the CLEF 2019 debates it
costs about 0.007 MAP (debates rarely report speech); ``bench/checkworthiness_bench.py``
prints both.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from verifier.extract.features import sentence_features
from verifier.extract.kinds import has_quote

WEIGHTS_FILE = "checkworthiness.json"

# Log-odds added for news evidence the debate data cannot teach (see the module docstring).
NEWS_PRIOR = {"reported_speech": 2.0, "quotation": 1.0}

_REPORTED = re.compile(
    r"(?<!\bI )(?<!\bwe )(?<!\byou )\b(?:(?:suggest|estimate|note|report|claim|warn|indicate|"
    r"believe|argue|speculate|say|state|announce|confirm|insist|allege|acknowledge|admit|assert|"
    r"contend|maintain|show|reveal)(?:s|ed|d)?|said|told \w+|found|showed|shown)\s+that\b"
    r"|\baccording to\b"
    r"|[,”\"]\s*(?:he|she|they|[A-Z]\w+(?: [A-Z]\w+)*)\s+(?:said|says|warned|added|told|noted|wrote)\b"
)


def news_evidence(text: str) -> float:
    """Log-odds to add for reported speech and quotations (0.0 for neither)."""
    z = 0.0
    if _REPORTED.search(text):
        z += NEWS_PRIOR["reported_speech"]
    if has_quote(text):
        z += NEWS_PRIOR["quotation"]
    return z


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)  # the stable branch: no overflow for very negative z
    return e / (1.0 + e)


class CheckWorthinessModel(BaseModel):
    """A linear model: ``sigmoid(bias + sum(weight[f] * value[f]))``."""

    model_config = ConfigDict(frozen=True)

    bias: float
    weights: dict[str, float]

    def logit(self, text: str) -> float:
        """The learned log-odds that ``text`` is check-worthy (no news prior)."""
        weights = self.weights
        z = self.bias
        for name, value in sentence_features(text).items():
            w = weights.get(name)
            if w is not None:
                z += w * value
        return z

    def score(self, text: str, *, news: bool = True) -> float:
        """Check-worthiness in [0, 1]; ``news=False`` gives the learned model alone."""
        z = self.logit(text)
        if news:
            z += news_evidence(text)
        return _sigmoid(z)


@lru_cache(maxsize=1)
def load_model() -> CheckWorthinessModel:
    """The shipped model, read once per process."""
    raw = resources.files("verifier.extract").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)
    return CheckWorthinessModel(bias=data["bias"], weights=data["weights"])


def score(text: str) -> float:
    """Check-worthiness of one sentence in [0, 1]."""
    return load_model().score(text)


def score_many(texts: Iterable[str]) -> list[float]:
    """Check-worthiness of each sentence, in order."""
    model = load_model()
    return [model.score(t) for t in texts]
