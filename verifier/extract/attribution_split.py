"""Splitting coordinated sources: "U.S., South Korean, and Ukrainian officials" is three sources.

A fact-checker counts sources, so a list must become one attribution per member. When the
earlier members are bare modifiers ("U.S.", "South Korean") they share the head of the last one
("officials"), and the readable name gets that head back ("U.S. officials"). Lists whose members
are all names ("Clinton and Trump") split as they are; anything else (a lower-case phrase that
merely contains "and") stays whole, because splitting it would invent sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from verifier.extract.attribution_tokens import Token
from verifier.extract.gazetteer import ORG_HEADS

_SEPARATORS = frozenset({",", "and", "or"})
_NAME_JOINERS = frozenset({"for", "of", "on", "at", "in"})


@dataclass(frozen=True, slots=True)
class Part:
    """One member of a coordinated source, and its name when the shared head was added back."""

    words: list[Token]
    name: str | None = None


def _text(words: list[Token], text: str) -> str:
    return text[words[0].start : words[-1].end]


def _one_body(parts: list[list[Token]]) -> bool:
    """ "The Food and Drink Federation", "the Food and Drug Administration": one body's name, with
    a single capitalised word before "and" and an organisation's head word last (under one
    "the", when it has one: "the Pentagon and the State Department" are two)."""
    last = parts[-1]
    if len(last) < 2 or last[-1].text not in ORG_HEADS or any(p[0].low == "the" for p in parts[1:]):
        return False
    firsts = [p[1:] if p[0].low == "the" else p for p in parts[:-1]]
    return all(len(p) == 1 and p[0].is_cap and p[0].text not in ORG_HEADS for p in firsts)


def _named(part: list[Token]) -> bool:
    """A member that is a name, bare or under "the" ("Russia", "the European Union")."""
    return part[0].is_cap or (part[0].low == "the" and len(part) > 1 and part[1].is_cap)


def _one_long_name(parts: list[list[Token]]) -> bool:
    """ "the Center for Media and Public Affairs": a member with "for", "of" ... inside it, then
    a bare name; one body (while "the Federation of Teachers and the AFL-CIO" are two)."""
    return any(
        any(w.low in _NAME_JOINERS for w in p[1:]) and nxt[0].low != "the"
        for p, nxt in pairwise(parts)
    )


def split_coordination(words: list[Token], text: str) -> list[Part]:
    """The members of a coordinated source phrase (the phrase itself when not coordinated)."""
    if not any(w.low in ("and", "or") for w in words) or any(w.text == "(" for w in words):
        return [Part(words)]
    parts: list[list[Token]] = [[]]
    for w in words:
        if w.low in _SEPARATORS:
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(w)
    parts = [p for p in parts if p]
    if len(parts) < 2 or _one_body(parts):
        return [Part(words)]
    last = parts[-1]
    tail_at = len(last)
    while tail_at > 0 and not last[tail_at - 1].is_cap:
        tail_at -= 1
    tail = last[tail_at:]
    named = last[0].low == "the" and tail_at == 1  # "Russia and the European Union": a name
    if tail and tail_at > 0 and not named and all(all(w.is_cap for w in p) for p in parts[:-1]):
        head = _text(tail, text)
        return [Part(p, f"{_text(p, text)} {head}") for p in parts[:-1]] + [Part(last)]
    if all(_named(p) and len(p) <= 5 for p in parts) and not _one_long_name(parts):
        return [Part(p) for p in parts]
    return [Part(words)]
