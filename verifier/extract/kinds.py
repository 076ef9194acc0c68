"""What kind of claim a sentence makes: quote, statistic, prediction, event or statement.

The kind tells a fact-checker where to look: a quote is checked against a recording or transcript,
a statistic against a dataset, an event against records and reporting, a prediction cannot be
checked yet (only whether someone made it), and a statement needs its own judgement.

Precedence follows that usefulness: a sentence that quotes someone is first a quote (whatever the
quote says, the first check is that it was said), then a number makes it a statistic, a modal or
future marker a prediction, a completed action an event; everything else is a statement. What a
sentence only asks ("It is unclear whether ...") is not asserted, so its numbers and futures do not
count; nor does an inability ("could not prove") make a prediction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.models import ClaimKind, Quantity

_QUOTED = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|‘([^’]{12,})’|''(.{12,}?)''")
_QUOTE_MIN_WORDS = 4  # shorter quoted phrases are usually scare quotes or titles

_PREDICTION = re.compile(
    r"\b(?:will|won't|would|could|may|might|shall|is (?:expected|likely|set|poised|due|going) to|"
    r"are (?:expected|likely|set|poised|due|going) to|expects? to|plans? to|intends? to|"
    r"forecasts?|predicts?|predicted|projected|projections?|is bound to|next year|in the future)\b"
)
# "could not prove", "couldn't be reached", "could never show": an inability (past, or a
# backshifted "cannot" after "cautioned that"), not a possibility or a future
_INABILITY = re.compile(r"\bcould(?:\s+not|n[’']t|\s+never)\b", re.I)
# "It is unclear whether ...", "It remains to be seen if ...": the sentence says nobody knows yet;
# the number or future in the open question is not asserted ("It is unclear whether the
# government will meet its target of 300,000 homes" is no statistic and no prediction).
_OPEN_QUESTION = re.compile(
    r"\b(?:it\s+(?:is|was|remains|remained|'s|’s)\s+(?:still\s+|also\s+)?(?:unclear|uncertain|"
    r"not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unknown|too\s+(?:early|soon)\s+to\s+(?:say|tell))"
    r"|it\s+remains\s+to\s+be\s+seen|nobody\s+knows|no\s+one\s+knows)"
    r"\s*,?\s+(?:whether|if|how|when|what|why|who|where|which)\b",
    re.I,
)
_EVENT = re.compile(
    r"\b(?:signed|killed|attacked|launched|announced|dispatched|deployed|sent|met|visited|passed|"
    r"voted|won|lost|died|arrested|struck|fired|held|approved|rejected|invaded|captured|seized|"
    r"elected|appointed|resigned|banned|imposed|lifted|released|published|founded|opened|closed|"
    r"began|started|ended|collapsed|crashed|exploded|erupted|occurred|happened|took place|"
    r"withdrew|entered|arrived|left|fled|shot|bombed|destroyed|damaged|hit|raided|detained|"
    r"charged|convicted|sentenced|sued|fined|agreed|signalled|signaled|confirmed|"
    r"made|carried out|broke out|took office|stepped down|vetoed|enacted|ratified|declared)\b"
)


def has_quote(text: str) -> bool:
    """Whether the sentence quotes someone's words (not a scare-quoted phrase)."""
    for m in _QUOTED.finditer(text):
        quoted = next(g for g in m.groups() if g is not None)
        if len(quoted.split()) >= _QUOTE_MIN_WORDS:
            return True
    return False


def is_statistical(quantities: Sequence[Quantity]) -> bool:
    """A number worth checking against data: digits, a unit, a large or vague amount."""
    for q in quantities:
        if q.unit or q.value is None or q.value >= 100 or any(c.isdigit() for c in q.text):
            return True
    return False


def classify(text: str, quantities: Sequence[Quantity] = (), start: int = 0) -> ClaimKind:
    """The kind of claim ``text`` (one sentence) makes, given the quantities found in it
    (``start``: where ``text`` begins in the document their offsets count in)."""
    if has_quote(text):
        return ClaimKind.QUOTE
    question = _OPEN_QUESTION.search(text)
    if question is not None:  # only what comes before the open question is asserted
        text = text[: question.start()]
        quantities = [q for q in quantities if q.end <= start + question.start()]
    if is_statistical(quantities):
        return ClaimKind.STATISTIC
    if _PREDICTION.search(_INABILITY.sub("", text)):
        return ClaimKind.PREDICTION
    if _EVENT.search(text):
        return ClaimKind.EVENT
    return ClaimKind.STATEMENT
