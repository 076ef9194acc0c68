"""What kind of claim a sentence makes: quote, statistic, prediction, event or statement.

The kind tells a fact-checker where to look: a quote is checked against a recording or transcript,
a statistic against a dataset, an event against records and reporting, a prediction cannot be
checked yet (only whether someone made it), and a statement needs its own judgement.

Precedence follows that usefulness: a sentence that quotes someone is first a quote (whatever the
quote says, the first check is that it was said), then a number makes it a statistic, a modal or
future marker a prediction, a completed action an event; everything else is a statement.
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


def classify(text: str, quantities: Sequence[Quantity] = ()) -> ClaimKind:
    """The kind of claim ``text`` (one sentence) makes, given the quantities found in it."""
    if has_quote(text):
        return ClaimKind.QUOTE
    if is_statistical(quantities):
        return ClaimKind.STATISTIC
    if _PREDICTION.search(text):
        return ClaimKind.PREDICTION
    if _EVENT.search(text):
        return ClaimKind.EVENT
    return ClaimKind.STATEMENT
