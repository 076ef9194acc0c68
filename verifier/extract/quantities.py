"""Numbers a text asserts, with the hedge that qualifies them ("over 10,000", "around 11,000").

A fact-checker checks the number *and* its hedge: "over 10,000" is true of 12,000 and false of
9,000. So the hedge is kept apart from the value and the span covers both, as written.

Recognised: digits with thousands separators or decimals, scale words ("2.5 million", "$4bn"),
percentages, money ($, €, £, "dollars"), cardinal words ("two", "twenty-five", "three million"),
measurement units ("11.2 mph", "40 km/h", "3 tonnes", "2,000 barrels a day"; counted nouns such
as "jobs" or "units" are not units), fractions ("two-thirds of adults", "a quarter of the
workforce", "half of all firms") and ratios ("1 in 8 shops", "nine out of ten"). A share of a
whole is stored like a percentage, on the same scale: "two-thirds" is 66.67 "percent" and "1 in
8" is 12.5 "percent" (rounded to two decimals; ``text`` keeps the wording), so it compares
directly with "67%". A fraction of something else is that thing: "a quarter of a percentage
point" is 0.25 "percentage points", "half a million" is 500,000. "Quarter" and "half" as periods
("the first quarter", "last quarter", "quarter-on-quarter", "the second half", "half-time",
"half an hour") are not quantities.
Vague amounts ("dozens", "hundreds", "millions of") are kept with ``value=None``: the article
asserts an order of magnitude, not a number, and inventing one would mislead. Years and the
day of a date ("Sept. 11", "in 2016") are dates, not quantities, and are left to the mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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

# Measurement units, as written -> as stored. Counted nouns ("jobs", "homes", "units") are not
# units here: the noun a number counts is left to the sentence, as it always was.
_UNITS = {
    "mph": "mph",
    "miles per hour": "mph",
    "miles an hour": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "kmh": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "kilometres an hour": "km/h",
    "kilometers an hour": "km/h",
    "knots": "knots",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "miles": "miles",
    "mile": "miles",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "cm": "cm",
    "centimetres": "cm",
    "centimeters": "cm",
    "mm": "mm",
    "millimetres": "mm",
    "millimeters": "mm",
    "feet": "feet",
    "foot": "feet",
    "ft": "feet",
    "inches": "inches",
    "kg": "kg",
    "kilograms": "kg",
    "kilogram": "kg",
    "kilos": "kg",
    "grams": "g",
    "tonnes": "tonnes",
    "tonne": "tonnes",
    "metric tons": "tonnes",
    "tons": "tons",
    "ton": "tons",
    "lb": "lb",
    "lbs": "lb",
    "ounces": "oz",
    "oz": "oz",
    "litres": "litres",
    "liters": "litres",
    "litre": "litres",
    "liter": "litres",
    "gallons": "gallons",
    "barrels a day": "barrels per day",
    "barrels per day": "barrels per day",
    "bpd": "barrels per day",
    "barrels": "barrels",
    "hectares": "hectares",
    "acres": "acres",
    "square kilometres": "km²",
    "square kilometers": "km²",
    "square km": "km²",
    "sq km": "km²",
    "km²": "km²",
    "square miles": "square miles",
    "sq mi": "square miles",
    "°c": "°C",
    "degrees celsius": "°C",
    "°f": "°F",
    "degrees fahrenheit": "°F",
    "kw": "kW",
    "mw": "MW",
    "gw": "GW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "megawatts": "MW",
    "gigawatts": "GW",
}
_ABBR_UNITS: tuple[str, ...] = (
    *("mph", "km/h", "kph", "kmh", "km²", "km", "cm", "mm", "ft", "kg", "lbs", "lb", "oz"),
    *("bpd", "°c", "°f", "kwh", "mwh", "gwh", "twh", "kw", "mw", "gw"),
)
_MEASURE_ABBR = "|".join(re.escape(u) for u in sorted(_ABBR_UNITS, key=len, reverse=True))
_MEASURE_WORDS = "|".join(
    re.escape(u).replace(r"\ ", r"\s+")
    for u in sorted(set(_UNITS) - set(_ABBR_UNITS), key=len, reverse=True)
)

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
    r"\s(?:dollars?|euros?|pounds|yen|rubles|roubles|won)\b|"
    r"(?P<measure>\s?(?:" + _MEASURE_ABBR + r")(?![\w/])|\s(?:" + _MEASURE_WORDS + r")\b))?"
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


_DENOMINATORS = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_NUMERATORS = {"a": 1, "an": 1, "one": 1} | {w: v for w, v in _SMALL.items() if 2 <= v <= 9}
# Only a sentence with one of these (lower-cased) pays for the passes they start.
_FRACTION_HINTS = tuple(_DENOMINATORS)
_RATIO_HINTS = (" in ", " out of ")
_VAGUE_HINTS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions")
_HEDGE_BEFORE = re.compile(r"(?:^|(?<=[^\w.,/-]))(?:" + _HEDGES + r")\s+$", re.IGNORECASE)
# "two-thirds", "a quarter", "one fifth", "half", then what it is a fraction of when that is
# not a share of a population: "of a percentage point", "a million", "a dozen".
_FRACTION = re.compile(
    r"(?<![\w.,/-])(?:(?P<num>an?|one|two|three|four|five|six|seven|eight|nine)(?P<sep>[- ])"
    r"(?P<den>(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?)|(?P<half>half))"
    r"(?:\s+(?:of\s+)?(?:an?|one|1)\s?(?:(?P<pp>percentage\s+points?)|(?P<pct>per\s?cent|percent|%)|(?P<pt>points?)|"
    r"(?P<scale>dozen|hundred|thousand|million|billion|trillion)"
    r"(?P<cur>\s(?:dollars?|euros?|pounds|yen|rubles|roubles|won))?)(?!\w))?"
    r"(?![\w-])",
    re.IGNORECASE,
)
# What may follow a bare fraction for it to be a share: "half of", "half the", "a third said".
_SHARE_AFTER = re.compile(
    r"\s+(?:of|the|all|their|its|his|her|our|your|these|those|them|us)\b|"
    r"\s+(?:said|say|says|think|thought|believe|believed|want|wanted|support|supported|oppose|"
    r"opposed|voted|were|are|was|is|have|had|did|do|would|will|could|agreed|disagreed|reported|"
    r"expect|expected|favou?r|favou?red|back|backed)\b|\s*[.,;:)!?]",
    re.IGNORECASE,
)
# A word before "quarter"/"half" that makes it a period: "first quarter", "last three quarters".
_PERIOD_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|final|last|this|next|past|previous|prior|preceding|same|"
    r"latter|former|each|every|per|consecutive|straight|successive|fiscal|financial|calendar)"
    r"(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten))?\s+$",
    re.IGNORECASE,
)
_PERIOD_OF = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:(?:fiscal|financial|calendar)\s+)?"
    r"(?:year|century|decade|season|match|game|(?:1[5-9]|20)\d\d)\b",
    re.IGNORECASE,
)
# "1 in 8", "one in every five", "nine out of ten"; found from the " in " / " out of ".
_NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])(?:\d+(?:\.\d+)?|" + _WORD_NUM + r")$", re.IGNORECASE)
_RATIO = re.compile(
    r"(?<![\w.,/-])(?P<n>\d+(?:\.\d+)?|" + _WORD_NUM + r")\s+(?P<rel>in|out\s+of)\s+"
    r"(?:every\s+)?(?P<d>\d{1,3}(?:,\d{3})+|\d+|" + _WORD_NUM + r")"
    r"(?![\w/]|[.,]\d|-)",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|games?|matches|"
    r"attempts?|starts?|appearances?|innings|races?)\b",
    re.IGNORECASE,
)


def _number(token: str) -> float:
    return float(token.replace(",", "")) if token[0].isdigit() else _word_value(token)


def _hedge(text: str, begin: int, at: int) -> tuple[str | None, int]:
    """The hedge written just before ``at`` (not before ``begin``), and where it starts."""
    h = _HEDGE_BEFORE.search(text, max(begin, at - 24), at)
    if h is None:
        return None, at
    word = h.group().strip()
    return word.lower(), at - len(h.group())


def _ratios(text: str, start: int, end: int, low: str) -> Iterator[re.Match[str]]:
    """Matches of ``_RATIO`` in ``text[start:end]``, whose lower-cased text is ``low``."""
    for hint in _RATIO_HINTS:
        at = low.find(hint)
        while at >= 0:
            pos = start + at
            number = _NUMBER_BEFORE.search(text, max(start, pos - 24), pos)
            if number is not None:
                m = _RATIO.match(text, number.start(), end)
                if m is not None:
                    yield m
            at = low.find(hint, at + 1)


def _shares(text: str, start: int, end: int, low: str) -> list[Quantity]:
    """Fractions and ratios in ``text[start:end]`` (lower-cased: ``low``): "two-thirds", "1 in 8"."""
    out: list[Quantity] = []
    fractions = (
        _FRACTION.finditer(text, start, end) if any(h in low for h in _FRACTION_HINTS) else ()
    )
    for m in fractions:
        num, den, sep = m.group("num"), m.group("den"), m.group("sep")
        word = "half" if m.group("half") else den.lower().rstrip("s")
        tail = m.group("pp") or m.group("pct") or m.group("pt") or m.group("scale")
        head = text[max(start, m.start() - 40) : m.start()]
        if word in ("quarter", "half") and _PERIOD_BEFORE.search(head):
            continue  # "the first quarter", "the second half", "the last three quarters"
        if head.lower().endswith(("and a ", "-and-a-")):
            continue  # "two and a half": the whole number is found on its own
        if not tail:
            if word in ("quarter", "half") and _PERIOD_OF.match(text, m.end()):
                continue  # "a quarter of the year", "half of the season" are periods
            after = _SHARE_AFTER.match(text, m.end(), end)
            if word == "quarter" or (sep == " " and num.lower() not in ("a", "an")):
                # "in two quarters", "one fifth place": only "... of" makes it a share
                if after is None or after.group().strip().lower() != "of":
                    continue
            elif after is None:
                continue  # "a third time", "a fifth term", "half an hour"
        value = (_NUMERATORS[num.lower()] if num else 1) / _DENOMINATORS[word]
        unit: str | None
        if m.group("pp"):
            unit = "percentage points"
        elif m.group("pct"):
            unit = "percent"
        elif m.group("pt"):
            unit = "points"  # "a quarter of a point": of a rate, an index, a score
        elif m.group("scale"):
            value *= 12 if m.group("scale").lower() == "dozen" else _SCALE[m.group("scale").lower()]
            unit = _CURRENCY[m.group("cur").strip().lower()] if m.group("cur") else None
        else:
            value, unit = round(100 * value, 2), "percent"
        hedge, qstart = _hedge(text, start, m.start())
        out.append(_span(text, qstart, m.end(), value, unit, hedge))
    for m in _ratios(text, start, end, low):
        d_text = m.group("d")
        if m.group("rel").lower() == "in" and _YEAR.match(d_text):
            continue  # "3 in 2016"
        if _TIME_AFTER.match(text, m.end()):
            continue  # "5 in 10 minutes", "3 in 4 games" is a count over a period
        n, d = _number(m.group("n")), _number(d_text)
        if d == 0 or n > d:
            continue
        hedge, qstart = _hedge(text, start, m.start())
        out.append(_span(text, qstart, m.end(), round(100 * n / d, 2), "percent", hedge))
    return out


def _span(
    text: str, start: int, end: int, value: float | None, unit: str | None, hedge: str | None
) -> Quantity:
    """The quantity written at ``text[start:end]`` (its hedge included)."""
    return Quantity(text=text[start:end], value=value, unit=unit, hedge=hedge, start=start, end=end)


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


# A vote's tally ("voted 6-3", "a 31 to 17 vote", "a 5–4 ruling"): one figure, not two numbers.
_TALLY_HINTS = ("vot", "rul", "margin", "split", "decision")
_TALLY = re.compile(
    r"(?<!from )\b(?P<a>\d{1,3})\s*(?:-|–|—|\bto\b)\s*(?P<b>\d{1,3})\b(?![.,]\d)"
    r"(?!\s*(?:%|per\s*cent|percent|points?|million|billion|thousand|hours?|days?|weeks?"
    r"|months?|years?|minutes?)\b|\s*%)"  # a range of amounts or times, not a tally
    r"(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",  # "12-14 March"
    re.IGNORECASE,
)
_TALLY_NEAR = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|rul(?:ed|ing)|margin|split|decision)\b", re.IGNORECASE
)


def _tallies(text: str, start: int, end: int, low: str) -> list[Quantity]:
    """Vote counts written as a tally, when a vote word is within a few words of it."""
    if not any(h in low for h in _TALLY_HINTS):
        return []
    out = []
    for m in _TALLY.finditer(text, start, end):
        around = text[max(start, m.start() - 30) : min(end, m.end() + 20)]
        if _TALLY_NEAR.search(around):
            out.append(_span(text, m.start(), m.end(), None, None, None))
    return out


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities in ``text[start:end]``, with offsets into ``text``."""
    end = len(text) if end is None else end
    lowered = text[start:end].lower()
    out = _shares(text, start, end, lowered) + _tallies(text, start, end, lowered)
    taken: list[tuple[int, int]] = [(q.start, q.end) for q in out]
    for m in _QUANTITY.finditer(text, start, end):
        if taken and any(a < m.end() and m.start() < b for a, b in taken):
            continue  # part of a fraction or ratio: "two" of "two-thirds", "8" of "1 in 8"
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
        elif m.group("measure"):
            unit = _UNITS[" ".join(unit_text.split())]
        elif unit_text:
            unit = _CURRENCY.get(unit_text)
        if m.group("cur"):
            unit = _CURRENCY[m.group("cur").lower()]
        hedge = m.group("hedge").lower() if m.group("hedge") else None
        qstart = m.start()
        out.append(_span(text, qstart, m.end(), value, unit, hedge))
        taken.append((qstart, m.end()))
    vague = _VAGUE.finditer(text, start, end) if any(h in lowered for h in _VAGUE_HINTS) else ()
    for m in vague:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        hedge = m.group("hedge").lower() if m.group("hedge") else None
        out.append(_span(text, m.start(), m.end(), None, None, hedge))
    out.sort(key=lambda q: q.start)
    return out
