"""Who a source is: people named in the article, pronoun resolution and the sourcing class.

A fact-checker reads "he warned" as "Andrey Rudenko warned", so every person the article names is
collected once, in order, with the fullest form of the name seen anywhere ("Deputy Minister
Rudenko" and "Rudenko" both map to "Andrey Rudenko"). Without a tagger, a person is a run of
capitalised words that follows a title or has two or three name-like words and no organisation
word; a lone capitalised word is a person only when it is the surname of one of those. Pronouns
resolve to the most recent person mentioned before them (gender is not modelled: a deliberate
simplification that is right for the common one-speaker-per-passage case).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from verifier.extract.attribution_tokens import Token
from verifier.extract.cues import (
    ANONYMOUS_HEADS,
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PLACE_WORDS,
    POSTMODIFIERS,
    UNNAMED_PEOPLE,
    VAGUE_HEADS,
)
from verifier.models import Sourcing

_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "ic", "i")


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    return text[0].isupper() and (text[-1] != "." or len(text) <= 4 or "." in text[:-1])


def _strip_titles(words: list[Token]) -> tuple[list[Token], bool]:
    """Drop titles and leading modifiers ("Deputy Foreign Minister", "Mr."); say if any."""
    last_title = -1
    for i, tok in enumerate(words):
        if tok.low in PERSON_TITLES:
            last_title = i
    if last_title >= 0:
        return words[last_title + 1 :], True
    return words, False


@dataclass
class People:
    """The people an article names, in order of mention, with their fullest names."""

    starts: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    full_by_surname: dict[str, str] = field(default_factory=dict)
    titled: set[str] = field(default_factory=set)

    def add(self, start: int, words: list[str], titled: bool) -> None:
        surname = words[-1]
        full = " ".join(words)
        known = self.full_by_surname.get(surname)
        if known is None or len(known.split()) < len(words):
            self.full_by_surname[surname] = full
        if titled:
            self.titled.add(surname)
        self.starts.append(start)
        self.names.append(surname)

    def full_name(self, surname: str) -> str:
        return self.full_by_surname.get(surname, surname)

    def is_person(self, surname: str) -> bool:
        full = self.full_by_surname.get(surname)
        return full is not None and (len(full.split()) > 1 or surname in self.titled)

    def before(self, pos: int) -> str | None:
        """The full name of the last person mentioned before character `pos`."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            surname = self.names[i]
            if self.is_person(surname):
                return self.full_name(surname)
            i -= 1
        return None


def find_people(tokens: list[Token], text: str) -> People:
    """Scan the whole article once for runs of capitalised words that name people."""
    people = People()
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if not (tok.is_word and _is_name_token(tok)) and tok.low not in PERSON_TITLES:
            i += 1
            continue
        j = i
        while j < n and tokens[j].is_word and (
            _is_name_token(tokens[j]) or (tokens[j].low in PERSON_TITLES and j < n - 1)
        ):
            j += 1
            if j < n and "\n" in text[tokens[j - 1].end : tokens[j].start]:
                break  # a heading and the next paragraph are not one name
        run = tokens[i:j]
        i = max(j, i + 1)
        while run and run[0].low in NOT_NAMES:
            run = run[1:]
        if not run:
            continue
        words, titled = _strip_titles(run)
        if not words or any(
            w.low in ORG_WORDS or w.low in NOT_NAMES or w.low in PLACE_WORDS for w in words
        ):
            continue
        follower = tokens[j] if j < n else None
        if (
            not titled
            and follower is not None
            and follower.is_word
            and follower.low not in CUE_FORMS
            and follower.low not in AUXILIARIES
            and words[-1].low.endswith(_DEMONYM_ENDINGS)
        ):
            continue  # "North Korean soldiers": an adjective, not a name
        if titled or 2 <= len(words) <= 4:
            people.add(words[0].start, [w.text for w in words], titled)
        elif len(words) == 1 and words[0].text in people.full_by_surname:
            people.add(words[0].start, [words[0].text], False)
    return people


@dataclass(frozen=True)
class Who:
    """A source's readable name and how it is sourced."""

    name: str
    sourcing: Sourcing


def _head_index(words: list[Token]) -> int:
    """The head of a noun phrase: the last word before a preposition, comma or parenthesis."""
    for i, tok in enumerate(words):
        if i > 0 and (tok.low in ("of", "from", "at", "for", "with", "in", "who", "(", ",")):
            return i - 1
        if i > 0 and i + 1 < len(words) and words[i + 1].low in POSTMODIFIERS.get(tok.low, ()):
            return i - 1  # "a source familiar with the matter", "sources close to the ministry"
    return len(words) - 1


def _postmodified(words: list[Token], head_i: int) -> bool:
    """ "source familiar with ...", "people close to ...": the head is post-modified."""
    return head_i + 2 < len(words) and words[head_i + 2].low in POSTMODIFIERS.get(
        words[head_i + 1].low, ()
    )


def _join(words: list[Token], text: str) -> str:
    """The words as written in the article (original spacing and punctuation)."""
    return text[words[0].start : words[-1].end] if words else ""


def _until_comma(words: list[Token], text: str) -> str:
    out: list[Token] = []
    for w in words:
        if w.text in (",", "(", ";", ":"):
            break
        out.append(w)
    return _join(out, text)


def classify(words: list[Token], people: People, text: str, sentence: tuple[int, int]) -> Who:
    """Name and sourcing for a source phrase (already cut to the source, no cue)."""
    words = [w for w in words if w.text not in ("’s", "'s")] or words
    first = words[0]
    if len(words) == 1 and first.low in PERSON_PRONOUNS:
        full = people.before(first.start)
        if full is not None:
            return Who(full, Sourcing.NAMED_PERSON)
        return Who(first.text, Sourcing.ANONYMOUS)
    if first.low == "reportedly":
        return Who("unnamed reports", Sourcing.VAGUE)
    core = words
    while core and core[0].low in DETERMINERS:
        core = core[1:]
    if not core:
        return Who(_join(words, text), Sourcing.VAGUE)
    written = _until_comma(core, text)
    head_i = _head_index(core)
    head = core[head_i]
    proper = [w for w in core if _is_name_token(w) and w.low not in NOT_NAMES]
    if head.low in ANONYMOUS_HEADS or (
        head.low in UNNAMED_PEOPLE and _postmodified(core, head_i)
    ):
        # Unnamed people, even of a named body: in "U.S. officials", "Pentagon officials" or
        # "officials in Seoul" the organisation is named but the people speaking are not.
        return Who(written, Sourcing.ANONYMOUS)
    if head.low in VAGUE_HEADS and not (proper and proper != [head]):
        return Who(written, Sourcing.VAGUE)
    if len(core) == 1 and core[0].low in ("it", "they", "we", "you", "who", "which"):
        return Who(core[0].text, Sourcing.VAGUE)
    if proper:
        phrase = core[: head_i + 1]
        name_words, titled = _strip_titles(phrase)
        name_words = [w for w in name_words if _is_name_token(w)]
        # A titled name is a person even when the title names a body ("Russian Foreign Ministry
        # spokeswoman Maria Zakharova"); untitled, an organisation word makes it a body.
        if name_words and not any(w.low in ORG_WORDS for w in (name_words if titled else phrase)):
            surname = name_words[-1].text
            if people.is_person(surname):
                return Who(people.full_name(surname), Sourcing.NAMED_PERSON)
            if titled or len(name_words) >= 2:
                return Who(_join(name_words, text), Sourcing.NAMED_PERSON)
        return Who(written, Sourcing.NAMED_ORGANISATION)
    if words[0].low in ("the", "his", "her", "their", "its", "our"):
        return Who(written, Sourcing.NAMED_ORGANISATION)
    return Who(written, Sourcing.VAGUE)
