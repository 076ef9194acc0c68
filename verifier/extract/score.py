"""Check-worthiness: how much a sentence looks like a factual claim worth checking, in [0, 1].

The weights in ``checkworthiness.json`` were learned by ``bench/train_checkworthiness.py`` from the
ClaimBuster dataset, 3xNCS file: Arslan, Hassan, Li & Tremayne, "A Benchmark Dataset of
Check-worthy Factual Claims", ICWSM 2020, Zenodo doi:10.5281/zenodo.3609356. Only the weights ship;
the dataset itself is not part of this repository.

Scoring is a logistic model over sparse named features (pure Python, no numpy): word uni/bigrams,
hand features and word classes (:func:`~verifier.extract.features.sentence_features`); the shipped
weights fold a mix of NB-LR and naive Bayes into one weight per feature. And, if the weights file
has any (``train_checkworthiness.py --chars``; not shipped, it did not help), character 2-5-grams
(:func:`~verifier.extract.features.char_ngrams`, each weighted ``1/sqrt(count)``). It loads in tens
of milliseconds and scores about twenty thousand sentences a second.

Within a document (:func:`score_many`, which ``extract()`` uses), a sentence's log-odds also move
with its neighbours' (check-worthy sentences come in runs): the strength and window were chosen by
cross-validation on ClaimBuster and ship in the weights file. :func:`score` scores one sentence
alone.

ClaimBuster is transcribed debate speech; articles are reported speech. A debate-trained model
does not know that "Analysts suggest that Moscow may be offering ..." is exactly what a
fact-checker checks in a news story: a claim the article puts in someone's mouth. So the learned
log-odds get a small, hand-set news prior (:data:`NEWS_PRIOR`, not learned: there is no labelled
news check-worthiness data here) for reported speech and quotations. A sentence the article
attributes to an anonymous or vague source ("Analysts say ...", "officials believe ...") counts as
reported speech even when the pattern misses it: ``extract()`` passes what the attribution rules
found (``thinly_sourced``), so such claims come out marked for their sourcing.

The prior is for reporting, so a document that reads as a transcript of speech (a debate, a
speech, an interview printed as Q&A) does not get it: there "they say that ..." is the speaker
talking, not the article attributing. A document reads as speech (:func:`reads_as_speech`) when at
least :data:`SPEECH_FIRST_PERSON` of its sentences speak in the first person outside quotation
marks. That share was set from the training-side data alone: on the PolNeAR news articles its
median is 0.04 and its 95th percentile 0.34 (2 of 84 articles exceed 0.40); on ClaimBuster's debate
transcripts (blocks of 40 sentences in order) its 5th percentile is 0.50 and its median 0.68; 0.40
sits between. On the CLEF 2019 debates the prior cost 0.011 MAP before the gate and 0.004 with it
(5 of the 7 read as speech); ``bench/checkworthiness_bench.py`` prints the scorer with and without
it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from verifier.extract.features import char_ngrams, sentence_features
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


# A document reads as speech (no news prior) when at least this share of its sentences are in the
# first person outside quotation marks; shorter documents than SPEECH_MIN_SENTENCES read as news
# (too few sentences to tell, and an article is what this tool is given).
SPEECH_FIRST_PERSON = 0.40
SPEECH_MIN_SENTENCES = 20

# "I" in capitals only; "us" but not "US" (the country).
_FIRST_PERSON = re.compile(r"\bI\b|\b(?i:me|my|mine|we|our|ours)\b|\b[Uu]s\b")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def speaks_in_first_person(text: str) -> bool:
    """Whether the sentence says I / we / my / our ... outside quotation marks."""
    return _FIRST_PERSON.search(_QUOTED.sub(" ", text)) is not None


def reads_as_speech(texts: Sequence[str]) -> bool:
    """Whether a document's sentences read as a transcript of speech rather than a news report."""
    if len(texts) < SPEECH_MIN_SENTENCES:
        return False
    first = sum(1 for t in texts if speaks_in_first_person(t))
    return first >= SPEECH_FIRST_PERSON * len(texts)


def news_evidence(text: str, *, thinly_sourced: bool = False) -> float:
    """Log-odds to add for reported speech and quotations (0.0 for neither).

    ``thinly_sourced``: the article attributes the sentence to an anonymous or vague source
    ("Analysts say the weakness is broader", "officials believe ..."), which the pattern for
    reported speech misses without a "that"; such a claim is what a fact-checker most needs to
    see, marked for its sourcing, so it counts as reported speech.
    """
    z = 0.0
    if thinly_sourced or _REPORTED.search(text):
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
    """A linear model, ``sigmoid(bias + sum(weight[f] * value[f]))``, plus document context.

    In a document (:meth:`score_many`), each sentence's log-odds also get
    ``context_alpha * (mean log-odds of the sentences within context_window of it -
    context_centre)``: check-worthy sentences come in runs. The centre is the mean log-odds on the
    training data, so the context moves a sentence up or down but not the whole document.
    """

    model_config = ConfigDict(frozen=True)

    bias: float
    weights: dict[str, float]
    context_alpha: float = 0.0
    context_window: int = 1
    context_centre: float = 0.0
    chars: bool = False  # whether any character n-gram ("c:") weights are present

    def logit(self, text: str) -> float:
        """The learned log-odds that ``text`` is check-worthy (no news prior)."""
        weights = self.weights
        z = self.bias
        for name, value in sentence_features(text).items():
            w = weights.get(name)
            if w is not None:
                z += w * value
        if not self.chars:
            return z
        grams = char_ngrams(text)
        if grams:
            total = 0.0
            for gram in grams:
                w = weights.get("c:" + gram)
                if w is not None:
                    total += w
            z += total / math.sqrt(len(grams))
        return z

    def score(self, text: str, *, news: bool = True) -> float:
        """Check-worthiness of a sentence on its own in [0, 1]; ``news=False``: no news prior."""
        z = self.logit(text)
        if news:
            z += news_evidence(text)
        return _sigmoid(z)

    def add_context(self, logits: Sequence[float]) -> list[float]:
        """Each log-odds plus ``alpha * (mean of its neighbours' - centre)``, neighbours in order."""
        alpha, window, centre = self.context_alpha, self.context_window, self.context_centre
        n = len(logits)
        if not alpha or n < 2:
            return list(logits)
        prefix = [0.0]
        for z in logits:
            prefix.append(prefix[-1] + z)
        out = []
        for i, z in enumerate(logits):
            lo, hi = max(0, i - window), min(n, i + window + 1)
            mean = (prefix[hi] - prefix[lo] - z) / (hi - lo - 1)
            out.append(z + alpha * (mean - centre))
        return out

    def score_many(
        self,
        texts: Sequence[str],
        *,
        news: bool = True,
        context: bool = True,
        thinly_sourced: Sequence[bool] | None = None,
    ) -> list[float]:
        """Check-worthiness of each sentence of one document, given in document order.

        ``context=False`` scores each sentence on its own; ``news=False`` leaves out the news prior
        (which is added after the context, for the sentence's own text only). A document that
        :func:`reads_as_speech` never gets the news prior. ``thinly_sourced`` marks the sentences
        the article attributes to anonymous or vague sources (see :func:`news_evidence`).
        """
        logits = [self.logit(t) for t in texts]
        if context:
            logits = self.add_context(logits)
        if news and not reads_as_speech(texts):
            thin = thinly_sourced if thinly_sourced is not None else [False] * len(texts)
            logits = [
                z + news_evidence(t, thinly_sourced=th)
                for z, t, th in zip(logits, texts, thin, strict=True)
            ]
        return [_sigmoid(z) for z in logits]


@lru_cache(maxsize=1)
def load_model() -> CheckWorthinessModel:
    """The shipped model, read once per process."""
    raw = resources.files("verifier.extract").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)
    context = data.get("context", {})
    return CheckWorthinessModel(
        bias=data["bias"],
        weights=data["weights"],
        context_alpha=context.get("alpha", 0.0),
        context_window=context.get("window", 1),
        context_centre=context.get("centre", 0.0),
        chars=any(name.startswith("c:") for name in data["weights"]),
    )


def score(text: str) -> float:
    """Check-worthiness of one sentence in [0, 1]."""
    return load_model().score(text)


def score_many(texts: Iterable[str], *, context: bool = True) -> list[float]:
    """Check-worthiness of each sentence of one document, in order (with document context)."""
    return load_model().score_many(list(texts), context=context)
