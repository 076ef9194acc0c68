"""Numbers a text asserts, with the hedge that qualifies them ("over 10,000", "around 11,000").

A fact-checker checks the number *and* its hedge: "over 10,000" is true of 12,000 and false of
9,000. So the hedge is kept apart from the value and the span covers both, as written.

Recognised: digits with thousands separators or decimals, scale words ("2.5 million", "$4bn"),
percentages, money ($, €, £, "dollars"), cardinal words ("two", "twenty-five", "three million").
Vague amounts ("dozens", "hundreds", "millions of") are kept with ``value=None``: the article
asserts an order of magnitude, not a number, and inventing one would mislead. Years and the
day of a date ("Sept. 11", "in 2016") are dates, not quantities, and are left to the mentions.
"""

from __future__ import annotations

import re

from verifier.models import Quantity

_HEDGES = (
    r"more than|less than|fewer than|greater than|nearly|almost|around|about|approximately|"
    r"roughly|some|up to|at least|at most|as many as|as much as|as few as|close to|"
    r"an estimated|estimated|just over|just under|well over|over|under|below|above|"
    r"upwards of|in excess of|no more than|no fewer than|no less than|only|just|a little over|"
    r"almost exactly|exactly|circa|approx\.|~"
)
_SCALE = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
}
_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a dozen": 12,
    "a hundred": 100,
    "a thousand": 1000,
    "a million": 1e6,
    "a billion": 1e9,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_CURRENCY = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "dollar": "USD",
    "euro": "EUR",
    "yen": "JPY",
    "rubles": "RUB",
    "roubles": "RUB",
    "won": "KRW",
}

_WORD_NUM = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    + "|".join(sorted(_SMALL, key=len, reverse=True))
    + r")"
)
_QUANTITY = re.compile(
    r"(?<![\w.,/-])"
    r"(?:(?P<hedge>" + _HEDGES + r")\s+)?"
    r"(?P<cur>US\$|[$€£])?\s?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>" + _WORD_NUM + r"))"
    r"(?:\s?(?P<scale>hundred|thousand|million|billion|trillion)\b|(?P<abbr>k|m|mn|bn|b|tn)\b)?"
    r"(?P<unit>\s?%|\s(?:per ?cent|percent|percentage points?)\b|"
    r"\s(?:dollars?|euros?|pounds|yen|rubles|roubles|won)\b)?"
    r"(?![\w/]|[.,]\d|-(?:year|old|day|week|month)\b)",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"(?<![\w-])(?:(?P<hedge>" + _HEDGES + r")\s+)?"
    r"(?P<vague>dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands|"
    r"millions|billions|trillions)(?=\s+of\b)",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_AFTER_MONTH = re.compile(_MONTHS + r"\s+$", re.IGNORECASE)
_BEFORE_MONTH = re.compile(r"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d$")
_TIME = re.compile(r"\s?(?:[ap]\.?m\.?|o'clock|GMT|UTC)\b", re.IGNORECASE)


def _is_date_part(text: str, m: re.Match[str]) -> bool:
    """A bare number that is a year, a time, or the day of a date."""
    if m.group("cur") or m.group("scale") or m.group("abbr") or m.group("unit"):
        return False
    num = m.group("num")
    if num is None:
        return False
    if _YEAR.match(num) and not m.group("hedge"):
        return True
    head = text[max(0, m.start() - 12) : m.start()]
    if _AFTER_MONTH.search(head) or _BEFORE_MONTH.match(text, m.end()):
        return True
    return _TIME.match(text, m.end()) is not None


def _word_value(word: str) -> float:
    low = word.lower().replace("-", " ")
    if low in _SMALL:
        return float(_SMALL[low])
    parts = low.split()
    value = float(_TENS[parts[0]])
    if len(parts) > 1:
        value += _SMALL[parts[1]]
    return value


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities in ``text[start:end]``, with offsets into ``text``."""
    end = len(text) if end is None else end
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _QUANTITY.finditer(text, start, end):
        word = m.group("word")
        if word is not None:
            low = word.lower()
            if low == "one" and not m.group("scale"):
                continue  # "one of", "no one": rarely a count worth checking
        if _is_date_part(text, m):
            continue
        value = _word_value(word) if word is not None else float(m.group("num").replace(",", ""))
        scale = (m.group("scale") or m.group("abbr") or "").lower()
        if scale:
            if m.group("abbr") and not m.group("cur"):
                continue  # "5m" without a currency is usually metres
            value *= _SCALE[scale]
        unit: str | None = None
        unit_text = (m.group("unit") or "").strip().lower()
        if unit_text.startswith("percentage"):
            unit = "percentage points"
        elif unit_text in ("%", "per cent", "percent"):
            unit = "percent"
        elif unit_text:
            unit = _CURRENCY.get(unit_text)
        if m.group("cur"):
            unit = _CURRENCY[m.group("cur").lower()]
        hedge = m.group("hedge").lower() if m.group("hedge") else None
        qstart = m.start()
        out.append(
            Quantity(
                text=text[qstart : m.end()],
                value=value,
                unit=unit,
                hedge=hedge,
                start=qstart,
                end=m.end(),
            )
        )
        taken.append((qstart, m.end()))
    for m in _VAGUE.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        out.append(
            Quantity(
                text=m.group(),
                value=None,
                hedge=m.group("hedge").lower() if m.group("hedge") else None,
                start=m.start(),
                end=m.end(),
            )
        )
    out.sort(key=lambda q: q.start)
    return out
