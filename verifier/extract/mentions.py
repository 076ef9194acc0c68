"""Dates, places, people and organisations a text mentions, found by rules and short lists.

Why rules: no statistical tagger is available offline, and what a fact-checker needs from a claim is
narrow: *when* ("in October", "earlier this year"), *where* ("Kursk region"), *who* ("Vladimir
Putin") and *which body* ("U.S. Department of Defense"). Capitalised phrases are found once, then
classified: an organisation head word or a known organisation; a title before a name ("President
Yoon", "leader Kim Jong Un") or a known first name for a person; a gazetteer place or "X region".
A surname seen in a full name earlier in the text is a person when it recurs alone ("Putin").

:func:`find_mentions` runs over a whole article once; offsets index the text it was given.
"""

from __future__ import annotations

import re

from verifier.extract.gazetteer import (
    DEMONYMS,
    FIRST_NAMES,
    ORG_HEADS,
    ORGANISATIONS,
    PLACES,
    SURNAME_HEADS,
    TITLES,
)
from verifier.models import Mention

_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
_WEEKDAY = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PREP = (
    r"(?:(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)?"
)
_YEAR = r"(?:1[89]|20)\d\d"
_DATE = re.compile(
    r"(?:"
    + _PREP
    + r"(?:(?:"
    + _MONTH_NAMES
    + "|"
    + _MONTH_ABBR
    + r")\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH_NAMES + r")(?:,?\s+\d{4})?"
    r"|(?:" + _MONTH_NAMES + r")(?:,?\s+\d{4})?"
    r"|(?:" + _WEEKDAY + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\d{4}-\d\d-\d\d)"
    r"|(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter)\s+(?:the\s+)?"
    + _YEAR
    + r"(?:s|/\d\d)?"
    r"|" + _YEAR + r"(?=\s+(?:election|elections|campaign|census|budget|summit|war)\b))\b"
)
_RELATIVE_DATE = re.compile(
    r"\b(?:(?:earlier|later|late|early)\s+(?:this|last|next)\s+(?:year|month|week|decade)"
    r"|(?:this|last|next|past|coming)\s+(?:year|month|week|weekend|decade|century|spring|summer|"
    r"autumn|fall|winter|" + _WEEKDAY + r")"
    r"|yesterday|today|tonight|tomorrow"
    r"|in\s+recent\s+(?:years|months|weeks|days)"
    r"|(?:in\s+)?the\s+(?:past|last|coming|next)\s+(?:few|several|two|three|four|five|six|"
    r"\d+)\s+(?:years|months|weeks|days|decades)"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
    r"(?:years|months|weeks|days|decades)\s+ago)\b",
    re.IGNORECASE,
)

_TOKEN = r"(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z]*(?:-[A-Za-z]+)*)"
# A middle initial inside a name ("George W. Bush", "Julie A. Smith"), not a capital letter that
# ends a sentence before the next one starts ("... of Malcolm X. He said").
_INITIAL = r"[A-Z]\.(?=[ \t]+(?!(?:The|A|An|He|She|It|They|We|I|In|But|This)\b)[A-Z])"
_CHUNK = re.compile(
    r"(?<![\w.])"
    + _TOKEN
    + r"(?:(?:[ \t]+(?:of|for|on|the|de|al|bin|von|van)){0,2}[ \t]+(?:"
    + _INITIAL
    + r"[ \t]+)*"
    + _TOKEN
    + r")*(?:[ \t]*\((?:[A-Z]{2,}|(?:[A-Z]\.){2,})\))?"
)
_PART = re.compile(_INITIAL + "|" + _TOKEN + r"|\([A-Z.]+\)|\S+")
_INITIAL_WORD = re.compile(r"[A-Z]\.")
_PLACE_SUFFIX = re.compile(
    r"\s+(?:region|regions|province|oblast|district|county|state|city|peninsula|border|"
    r"governorate|prefecture)\b"
)
_STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Since",
        "As",
        "For",
        "However",
        "Meanwhile",
        "Also",
        "According",
        "Some",
        "Many",
        "Most",
        "Several",
        "One",
        "Two",
        "No",
        "Not",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "There",
        "Here",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Speaking",
        "Reports",
        "Analysts",
        "Observers",
        "Officials",
        "Read",
        "Related",
        "Such",
        "Both",
        "Each",
        "Every",
        "Any",
        "All",
        "Despite",
        "Although",
        "Though",
        "Because",
        "Under",
        "Over",
        "From",
        "With",
        "Without",
        "Among",
        "Between",
        "During",
        "Until",
        "By",
        "Even",
        "Still",
        "Only",
        "Just",
        "Then",
        "Now",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Dear",
        "Yes",
        "Well",
        "Oh",
    ]
)
_MONTH_SET = frozenset(_MONTH_NAMES.split("|")) | frozenset(_WEEKDAY.split("|"))
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:"
    # not "former" alone: "a former Patriot mine" names no person
    + "|".join(sorted((t for t in TITLES if t.islower() and t != "former"), key=len, reverse=True))
    + r")|\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Gov|Gen|Prof|Rev|Lt|Col|Sgt|Capt)\.)[ \t]+$"
)


_CONNECTORS = frozenset(["of", "for", "on", "the"])


def _a_persons_name(names: list[str]) -> bool:
    """A known given name and a surname, or a name with a middle initial ("Julie A. Smith").

    A surname that is also an organisation's head word ("Emily Post") is allowed last."""
    if not 2 <= len(names) <= 5 or any(
        (w in ORG_HEADS and not (w is names[-1] and w in SURNAME_HEADS)) or w in PLACES
        for w in names
    ):
        return False
    if " ".join(names) in ORGANISATIONS:
        return False
    initialled = len(names) >= 3 and any(_INITIAL_WORD.fullmatch(w) for w in names[1:-1])
    return initialled or (names[0] in FIRST_NAMES and len(names) <= 4)


def _tokens(chunk: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(), base + m.start(), base + m.end()) for m in _PART.finditer(chunk)]


def _span(toks: list[tuple[str, int, int]]) -> tuple[int, int]:
    return toks[0][1], toks[-1][2]


class _Finder:
    """One pass over an article; remembers full names so a later bare surname is a person."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.surnames: set[str] = set()
        self.found: list[Mention] = []

    def add(self, kind: str, start: int, end: int) -> None:
        self.found.append(Mention(text=self.text[start:end], kind=kind, start=start, end=end))

    def person(self, toks: list[tuple[str, int, int]]) -> None:
        start, end = _span(toks)
        self.add("person", start, end)
        if len(toks) >= 2:
            self.surnames.add(toks[-1][0])

    def chunk(self, m: re.Match[str]) -> None:
        toks = _tokens(m.group(), m.start())
        # Months and weekdays belong to dates; split the chunk around them.
        groups: list[list[tuple[str, int, int]]] = [[]]
        for tok in toks:
            if tok[0] in _MONTH_SET:
                groups.append([])
            else:
                groups[-1].append(tok)
        for group in groups:
            while group and (
                group[0][0] in _STOP or group[0][0].lower() in ("of", "the", "for", "on")
            ):
                group = group[1:]
            while group and group[-1][0].lower() in ("of", "the", "for", "on", "de", "al"):
                group = group[:-1]
            if group:
                self.classify(group)

    def classify(self, toks: list[tuple[str, int, int]]) -> None:
        words = [t[0] for t in toks]
        phrase = " ".join(words)
        start, end = _span(toks)
        of = next((k for k, w in enumerate(words) if w in _CONNECTORS), len(words))
        if 2 <= of < len(words) and _a_persons_name(words[:of]):
            self.classify(toks[:of])  # "Leonard E. Burman of the Tax Policy Center": two
            rest = toks[of:]
            while rest and rest[0][0] in _CONNECTORS:
                rest = rest[1:]
            if rest:
                self.classify(rest)
            return
        if phrase in ORGANISATIONS or phrase.removeprefix("the ") in ORGANISATIONS:
            self.add("organisation", start, end)
            return
        if (
            any(w in ORG_HEADS for w in words)
            and not (len(words) == 1 and words[0] in PLACES)
            and not (words[-1] in SURNAME_HEADS and _a_persons_name(words))
        ):
            self.add("organisation", start, end)
            return
        # Peel nationality adjectives and titles: "South Korean President Yoon Suk Yeol".
        titled = False
        rest = toks
        while rest:
            pair = " ".join(t[0] for t in rest[:2])
            if len(rest) >= 2 and pair in DEMONYMS:
                rest = rest[2:]
            elif rest[0][0] in DEMONYMS:
                rest = rest[1:]
            elif rest[0][0] in TITLES or (rest[0][0][:-1] in TITLES and len(rest) > 2):
                titled, rest = True, rest[1:]  # "President", "Senators Charles E. Grassley"
            elif titled and rest[0][0] in _CONNECTORS:
                rest = rest[1:]  # "Secretary of State John F. Kerry"
            else:
                break
        if not rest:
            return
        if not titled and _a_persons_name([t[0] for t in rest]):
            # a title after a body's name: "House Speaker Paul D. Ryan"
            last = max((k for k, t in enumerate(rest[:-2]) if t[0] in TITLES), default=-1)
            titled, rest = last >= 0, rest[last + 1 :]
        names = [t[0] for t in rest]
        name = " ".join(names)
        before = self.text[max(0, start - 30) : start]
        if (titled or _TITLE_BEFORE.search(before)) and name not in PLACES:
            self.person(rest)
            return
        suffix = _PLACE_SUFFIX.match(self.text, rest[-1][2])
        if suffix and len(rest) <= 3:
            self.add("place", rest[0][1], suffix.end())
            return
        if name in PLACES:
            self.add("place", *_span(rest))
            return
        if names[0] in FIRST_NAMES and len(names) >= 2 and len(names) <= 4:
            self.person(rest)
            return
        if _a_persons_name(names):
            self.person(rest)  # a middle initial: "Julie A. Smith", "Leonard E. Burman"
            return
        if len(names) == 1 and names[0] in self.surnames:
            self.person(rest)
            return
        if name in ORGANISATIONS:
            self.add("organisation", *_span(rest))
            return
        if (
            len(rest) >= 2
            and rest is toks
            and rest[0][0] not in PLACES
            and self._sentence_initial(start)
        ):
            self.classify(rest[1:])  # "Officially Putin ...": the capital was the sentence's
            return
        self.places_inside(rest)

    def _sentence_initial(self, start: int) -> bool:
        head = self.text[max(0, start - 3) : start].rstrip(" \t\"“‘'(")
        return not head or head[-1] in ".!?\n\r:;”"

    def places_inside(self, toks: list[tuple[str, int, int]]) -> None:
        """Gazetteer places within an unclassified phrase ("Russia-Ukraine", "Seoul Alleges")."""
        i = 0
        while i < len(toks):
            for n in (3, 2, 1):
                window = toks[i : i + n]
                if len(window) == n and " ".join(t[0] for t in window) in PLACES:
                    self.add("place", *_span(window))
                    i += n
                    break
            else:
                word, s, _ = toks[i]
                if "-" in word:
                    pos = s
                    for part in word.split("-"):
                        if part in PLACES:
                            self.add("place", pos, pos + len(part))
                        pos += len(part) + 1
                i += 1


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Earliest, then longest, wins where two mentions overlap."""
    out: list[Mention] = []
    last_end = -1
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    return out


def find_mentions(text: str) -> list[Mention]:
    """All mentions in ``text``, in order, non-overlapping, with offsets into it."""
    finder = _Finder(text)
    for m in _DATE.finditer(text):
        finder.add("date", m.start(), m.end())
    for m in _RELATIVE_DATE.finditer(text):
        finder.add("date", m.start(), m.end())
    for m in _CHUNK.finditer(text):
        finder.chunk(m)
    return _dedupe(finder.found)
