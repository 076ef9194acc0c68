"""The check-worthiness scorer: features, character n-grams and document context."""

from __future__ import annotations

import math

import pytest

from verifier.extract.features import char_features, char_ngrams, sentence_features
from verifier.extract.score import (
    NEWS_PRIOR,
    CheckWorthinessModel,
    load_model,
    score,
    score_many,
)


def test_char_ngrams_are_padded_word_grams() -> None:
    assert char_ngrams("Go") == {" g", "go", "o ", " go", "go ", " go "}
    assert char_ngrams("") == set()
    feats = char_features("Tax cuts")
    assert all(name.startswith("c:") for name in feats)
    assert math.isclose(sum(v * v for v in feats.values()), 1.0)


def test_hand_features() -> None:
    assert "h:promise" in sentence_features("We will build the wall.")
    assert "h:promise" not in sentence_features("The wall was built in 2019.")
    assert "h:past" in sentence_features("The wall was built in 2019.")
    assert "h:perfect" in sentence_features("Wages have risen for two years.")
    assert "h:small_number" in sentence_features("Wages have risen for two years.")


def test_char_weights_count_only_when_present() -> None:
    text = "Unemployment fell."
    plain = CheckWorthinessModel(bias=0.0, weights={"w:fell": 1.0})
    grams = char_ngrams(text)
    with_chars = CheckWorthinessModel(
        bias=0.0, weights={"w:fell": 1.0, "c:fell": 2.0, "c:zzz": 5.0}, chars=True
    )
    assert plain.logit(text) == 1.0
    assert math.isclose(with_chars.logit(text), 1.0 + 2.0 / math.sqrt(len(grams)))


def test_context_moves_a_sentence_with_its_neighbours() -> None:
    model = CheckWorthinessModel(
        bias=0.0,
        weights={"w:rose": 2.0, "w:thanks": -2.0},
        context_alpha=0.5,
        context_window=1,
        context_centre=0.0,
    )
    assert model.add_context([2.0, 0.0, -2.0]) == [2.0, 0.0, -2.0 + 0.5 * 0.0]
    assert model.add_context([1.0, 3.0]) == [2.5, 3.5]
    assert model.add_context([1.0]) == [1.0]
    docs = ["Prices rose.", "Thanks.", "It is so."]  # log-odds 2, -2, 0
    alone = [model.score(t, news=False) for t in docs]
    assert model.score_many(docs, news=False, context=False) == alone
    ctx = model.score_many(docs, news=False)
    assert ctx[0] == pytest.approx(1 / (1 + math.exp(-1.0)))  # 2 + 0.5 * -2
    assert ctx[1] == pytest.approx(1 / (1 + math.exp(1.5)))  # -2 + 0.5 * mean(2, 0)
    assert ctx[2] == pytest.approx(1 / (1 + math.exp(1.0)))  # 0 + 0.5 * -2


def test_shipped_model_scores_documents_deterministically() -> None:
    model = load_model()
    assert model.context_alpha >= 0.0 and model.context_window >= 1
    doc = [
        "Thank you very much, good evening.",
        "Unemployment fell to 3.5 percent, the lowest rate since 1969.",
        "We will make this country great again.",
    ]
    scores = score_many(doc)
    assert scores == score_many(doc)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores[1] > 0.5 > scores[0]
    assert scores[1] > scores[2]
    assert score_many(doc, context=False)[1] == pytest.approx(score(doc[1]))
    assert score_many([]) == []


def test_word_classes_generalise_over_listed_words() -> None:
    feats = sentence_features("He voted to cut Medicaid by 10 percent since 2009.")
    assert {"k:third", "k:record", "k:econ", "k:time"} <= set(feats)
    assert not any(name.startswith("k:") for name in sentence_features("Good evening."))


def test_shipped_model_weights_word_classes_and_stays_small() -> None:
    model = load_model()
    assert any(name.startswith("k:") for name in model.weights)
    assert not model.chars
    assert len(model.weights) < 40_000  # the JSON file stays well under 1 MB


def test_shipped_model_is_distilled_but_pure_python() -> None:
    import json
    import time
    from importlib import resources

    path = resources.files("verifier.extract").joinpath("checkworthiness.json")
    raw = path.read_text(encoding="utf-8")
    assert len(raw.encode()) < 1_000_000
    meta = json.loads(raw)["meta"]
    assert meta["distill"]["teacher"] == "ensemble"  # trained on a MiniLM teacher's soft labels
    assert 0.0 < meta["distill"]["lambda"] < 1.0
    load_model.cache_clear()
    t0 = time.perf_counter()
    model = load_model()
    assert time.perf_counter() - t0 < 1.0
    assert all(isinstance(w, float) for w in model.weights.values())  # a plain dict: no embeddings


def test_first_person_outside_quotes() -> None:
    from verifier.extract.score import speaks_in_first_person

    assert speaks_in_first_person("We cut taxes for working families.")
    assert speaks_in_first_person("They say that I raised the debt.")
    assert speaks_in_first_person("Nobody told us.")
    assert not speaks_in_first_person("US troops left in 2021.")  # the country, not "us"
    assert not speaks_in_first_person('"We will win," the senator said.')
    assert not speaks_in_first_person("The minister said “our patience is running out” today.")


def test_a_transcript_gets_no_news_prior_and_an_article_does() -> None:
    from verifier.extract.score import SPEECH_MIN_SENTENCES, reads_as_speech

    model = load_model()
    reported = "Analysts suggest that Moscow may be offering advanced technologies."
    speech = [reported] + ["We will bring back our jobs."] * SPEECH_MIN_SENTENCES
    article = [reported] + ["The ministry released the figures on Monday."] * SPEECH_MIN_SENTENCES
    assert reads_as_speech(speech) and not reads_as_speech(article)
    assert not reads_as_speech(speech[:5])  # too short to tell: read as news
    assert model.score_many(speech) == model.score_many(speech, news=False)
    assert model.score_many(article)[0] > model.score_many(article, news=False)[0]
    short = speech[:5]
    assert model.score_many(short)[0] > model.score_many(short, news=False)[0]


def test_thin_sourcing_counts_as_reported_speech_in_an_article() -> None:
    """'Analysts say X' has no "that" for the reported-speech pattern; its attribution tells."""
    model = load_model()
    vague = "Analysts say the weakness is broader than the headline figure."
    article = [vague, "The ministry released the figures on Monday."]
    plain = model.score_many(article)
    marked = model.score_many(article, thinly_sourced=[True, False])
    assert marked[0] > plain[0]
    assert marked[1] == plain[1]
    lift = math.log(marked[0] / (1 - marked[0])) - math.log(plain[0] / (1 - plain[0]))
    assert lift == pytest.approx(NEWS_PRIOR["reported_speech"])
    speech = article + ["We will bring back our jobs."] * 40  # a transcript: no news prior at all
    thin = [True] + [False] * (len(speech) - 1)
    assert model.score_many(speech, thinly_sourced=thin) == model.score_many(speech)
