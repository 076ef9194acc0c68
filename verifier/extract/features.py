"""Sentence features for check-worthiness, shared by the trainer and the runtime scorer.

The training script (``bench/train_checkworthiness.py``) and :mod:`verifier.extract.score` both
call :func:`sentence_features`, so the weights shipped in ``checkworthiness.json`` always line up
with what the scorer computes. Pure Python and cheap: a handful of regular expressions and dict
insertions per sentence, because scoring runs over every sentence of every article.

Features are named strings with a float value (``"w:percent"``, ``"b:<num>_percent"``,
``"h:digits"``). Words are lower-cased and numbers collapse to shape tokens (``<num>``,
``<year>``), so the model learns "a number was asserted" rather than particular numbers. Words in
a hand-listed class (:data:`WORD_CLASS`: economy, voting record, government, foreign affairs,
time, social policy, third person, hedges, groups of people) also set that class (``"k:econ"``).

:func:`char_ngrams` gives the second feature family: the distinct character 2- to 5-grams of each
lower-cased, space-padded word (like scikit-learn's ``char_wb`` analyser). They catch word stems
and spelling variants the word features miss; the scorer weights each by ``1/sqrt(count)``.
"""

from __future__ import annotations

import math
import re

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*|[%$€£?!\"“”]")
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
_DIGIT = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s?%|\bper ?cent\b", re.IGNORECASE)
_MONEY = re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s(?:dollars|euros|pounds)\b", re.IGNORECASE)
_NUMBER_WORD = re.compile(
    r"\b(?:hundred|thousand|million|billion|trillion|dozens?|half|twice|double|triple)\b",
    re.IGNORECASE,
)
_COMPARATIVE = re.compile(
    r"\b(?:more|less|fewer|most|least|largest|biggest|highest|lowest|increase[ds]?|"
    r"decrease[ds]?|rose|fell|doubled|tripled|record)\b",
    re.IGNORECASE,
)
# Promises ("we will", "I'm going to") are rarely checked; past and perfect tense assertions are.
_PROMISE = re.compile(
    r"\b(?:we|i)(?:'ll| will| are going to| 're going to|'m going to| am going to)\b", re.IGNORECASE
)
_PAST = re.compile(r"\b(?:was|were|had|did|\w+ed)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have) (?:\w+ed|been|gone|grown|risen|fallen)\b", re.IGNORECASE)
_SMALL_NUMBER = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b",
    re.IGNORECASE,
)
CHAR_MIN, CHAR_MAX = 2, 5
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "i'm", "i've", "i'll", "i'd"})
_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "we're", "we've", "we'll"})
_SECOND_PERSON = frozenset({"you", "your", "yours", "you're", "you've"})
_REPORTING = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "stated",
        "reported",
        "reports",
        "according",
        "announced",
        "estimates",
        "estimated",
        "claimed",
        "claims",
        "confirmed",
        "warned",
    }
)
_OPINION = frozenset(
    {
        "think",
        "believe",
        "feel",
        "hope",
        "want",
        "should",
        "must",
        "need",
        "going",
        "thank",
        "thanks",
        "great",
        "wonderful",
        "question",
        "answer",
    }
)


# Word classes: topics and verbs fact-checkers check, so that a word the debates never used with a
# label (a new program, country or policy) still counts through its class. Hand-listed, not learned;
# each class is one feature ("k:econ") that the model weights like any other (grouped CV on
# ClaimBuster: +0.0024 AP, +0.0076 AP at a 2 % positive rate over the model without them).
_WORD_CLASSES = {
    "econ": "jobs job tax taxes deficit debt unemployment wages wage income trade budget spending "
    "economy economic inflation growth gdp percent dollars dollar billion million trillion poverty "
    "insurance medicare medicaid social security oil energy prices price",
    "record": "voted vote votes cut cuts raised signed passed supported opposed increased reduced "
    "created lost lose doubled tripled spent",
    "gov": "congress senate house administration government federal state states president senator "
    "governor law bill legislation",
    "world": "iran iraq china russia mexico israel syria afghanistan korea soviet isis nuclear "
    "military troops war",
    "time": "years year ago since last today now decade century",
    "social": "health care healthcare obamacare immigration immigrants illegal border crime police "
    "guns gun abortion education schools students college drugs",
    "third": "he she his her him opponent",
    "hedge": "maybe perhaps probably might may could think believe feel",
    "people": "americans people families workers women children kids veterans seniors citizens",
}
WORD_CLASS = {w: "k:" + c for c, ws in _WORD_CLASSES.items() for w in ws.split()}


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens with numbers reduced to their shape."""
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        c = tok[0]
        if c.isdigit():
            out.append("<year>" if _YEAR.match(tok) else "<num>")
        else:
            out.append(tok.lower().replace("’", "'").replace("“", '"').replace("”", '"'))
    return out


def sentence_features(text: str) -> dict[str, float]:
    """The features of one sentence (sparse; absent means 0)."""
    toks = tokens(text)
    feats: dict[str, float] = {}
    for tok in toks:
        feats["w:" + tok] = 1.0
        cls = WORD_CLASS.get(tok)
        if cls is not None:
            feats[cls] = 1.0
    prev = "<s>"
    for tok in toks:
        feats["b:" + prev + "_" + tok] = 1.0
        prev = tok
    feats["b:" + prev + "_</s>"] = 1.0

    n = len(toks)
    words = set(toks)
    feats["h:len"] = math.log1p(n) / 4.0
    if n < 6:
        feats["h:short"] = 1.0
    if _DIGIT.search(text):
        feats["h:digits"] = 1.0
    if _PERCENT.search(text):
        feats["h:percent"] = 1.0
    if _MONEY.search(text):
        feats["h:money"] = 1.0
    if _NUMBER_WORD.search(text):
        feats["h:number_word"] = 1.0
    if _COMPARATIVE.search(text):
        feats["h:comparative"] = 1.0
    caps = len(_CAPITALISED.findall(text))
    if caps:
        feats["h:capitals"] = min(caps, 5) / 5.0
    if words & _FIRST_PERSON:
        feats["h:first_person"] = 1.0
    if words & _FIRST_PLURAL:
        feats["h:first_plural"] = 1.0
    if words & _SECOND_PERSON:
        feats["h:second_person"] = 1.0
    if words & _REPORTING:
        feats["h:reporting"] = 1.0
    if words & _OPINION:
        feats["h:opinion"] = 1.0
    if text.rstrip().endswith("?"):
        feats["h:question"] = 1.0
    if _PROMISE.search(text):
        feats["h:promise"] = 1.0
    if _PAST.search(text):
        feats["h:past"] = 1.0
    if _PERFECT.search(text):
        feats["h:perfect"] = 1.0
    if _SMALL_NUMBER.search(text):
        feats["h:small_number"] = 1.0
    return feats


def char_ngrams(text: str) -> set[str]:
    """Distinct character 2- to 5-grams of each lower-cased word padded with spaces."""
    grams: set[str] = set()
    add = grams.add
    for word in text.lower().split():
        w = " " + word + " "
        size = len(w)
        for n in range(CHAR_MIN, CHAR_MAX + 1):
            for i in range(size - n + 1):
                add(w[i : i + n])
    return grams


def char_features(text: str) -> dict[str, float]:
    """:func:`char_ngrams` as features named ``"c:<gram>"``, each ``1/sqrt(count)`` (unit norm)."""
    grams = char_ngrams(text)
    if not grams:
        return {}
    value = 1.0 / math.sqrt(len(grams))
    return {"c:" + g: value for g in grams}
