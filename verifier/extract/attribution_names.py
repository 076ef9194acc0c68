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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

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
from verifier.extract.gazetteer import PLACES
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


def _key(surname: str) -> str:
    """One spelling per surname: "O’Neill" and "O'Neill" are the same person."""
    return surname.replace("’", "'")


@dataclass
class People:
    """The people an article names, in order of mention, with their fullest names."""

    starts: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    full_by_surname: dict[str, str] = field(default_factory=dict)
    titled: set[str] = field(default_factory=set)
    # each title word ("mayor", "commissioner") -> (start, surname) of the people it introduced
    by_title: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def add(self, start: int, words: list[str], titled: bool, titles: Sequence[str] = ()) -> None:
        surname = _key(words[-1])
        full = " ".join(words)
        known = self.full_by_surname.get(surname)
        # a later full name with this surname is the person meant from here on ("Gary Johnson",
        # then "Homeland Security Secretary Jeh Johnson"); a lone surname never replaces one
        if known is None or (len(words) > 1 and not _within(words, known)):
            self.full_by_surname[surname] = full
        if titled:
            self.titled.add(surname)
        for title in titles:
            self.by_title.setdefault(title, []).append((start, surname))
        self.starts.append(start)
        self.names.append(surname)

    def knows(self, surname: str) -> bool:
        return _key(surname) in self.full_by_surname

    def full_name(self, surname: str) -> str:
        return self.full_by_surname.get(_key(surname), surname)

    def is_person(self, surname: str) -> bool:
        surname = _key(surname)
        full = self.full_by_surname.get(surname)
        return full is not None and (len(full.split()) > 1 or surname in self.titled)

    def with_title_before(self, title: str, pos: int) -> str | None:
        """The full name of the last person introduced with ``title`` before ``pos``."""
        found = [surname for start, surname in self.by_title.get(title, ()) if start < pos]
        return self.full_name(found[-1]) if found else None

    def before(self, pos: int) -> str | None:
        """The full name of the last person mentioned before character `pos`."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            surname = self.names[i]
            if self.is_person(surname):
                return self.full_name(surname)
            i -= 1
        return None


def find_people(tokens: list[Token], text: str, quoted: list[bool]) -> People:
    """Scan the whole article once for runs of capitalised words that name people.

    ``quoted`` is :func:`~verifier.extract.attribution_rules.quote_mask` of the tokens.

    Names inside quotations are left out: a speaker's epithet ("Crooked Hillary Clinton") is not
    the name the article gives. Party labels and epithets before a name ("Republican Donald
    Trump", "Democrat Hillary Clinton") are not part of it.
    """
    people = People()
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if quoted[i] or (
            not (tok.is_word and _is_name_token(tok)) and tok.low not in PERSON_TITLES
        ):
            i += 1
            continue
        j = i
        while j < n and tokens[j].is_word and (
            _is_name_token(tokens[j])
            or (tokens[j].low in PERSON_TITLES and j < n - 1)
            or _particle_in_name(tokens, j)
        ):
            j += 1
            if j < n and "\n" in text[tokens[j - 1].end : tokens[j].start]:
                break  # a heading and the next paragraph are not one name
        run = tokens[i:j]
        start_i = i
        i = max(j, i + 1)
        while run and (run[0].low in NOT_NAMES or run[0].low in NAME_PREFIXES):
            run = run[1:]
        if not run:
            continue
        words, titled = _strip_titles(run)
        if not words or any(
            w.low in ORG_WORDS
            or w.low in NOT_NAMES
            or (w.low in PLACE_WORDS and not (w.low in NAME_PARTICLES and w is not words[-1]))
            for w in words
        ):
            continue
        before = tokens[start_i - 1] if start_i > 0 else None
        if not titled and _names_a_place(words, before):
            continue  # "at an event in Colorado Springs"
        while words and words[-1].low in NAME_PARTICLES:
            words = words[:-1]
        if not words:
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
            titles = [_title_word(w.low) for w in run if w.low in PERSON_TITLES]
            people.add(words[0].start, [w.text for w in words], titled, titles)
        elif len(words) == 1 and people.knows(words[0].text):
            people.add(words[0].start, [words[0].text], False)
    return people


# Words before a name that are not part of it: party labels and common epithets.
NAME_PREFIXES = frozenset(
    {
        "republican", "democrat", "democratic", "independent", "libertarian", "green",
        "conservative", "liberal", "progressive", "gop", "crooked", "lyin'", "lyin", "little",
        "sleepy", "crazy", "low-energy", "nominee", "candidate", "challenger", "incumbent",
    }
)

# Lower-case particles inside a surname ("Bill de Blasio", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "du", "van", "von", "bin", "al", "la", "le", "ter"})
_LOCATIVES = frozenset({"in", "at", "near", "from", "outside", "across", "to", "into", "around"})


def _particle_in_name(tokens: list[Token], j: int) -> bool:
    """A lower-case particle between two capitalised name words ("Bill de Blasio")."""
    tok = tokens[j]
    return (
        tok.low in NAME_PARTICLES
        and tok.text.islower()
        and j > 0
        and _is_name_token(tokens[j - 1])
        and j + 1 < len(tokens)
        and tokens[j + 1].is_word
        and _is_name_token(tokens[j + 1])
    )


def _names_a_place(words: list[Token], before: Token | None) -> bool:
    """A known place ("Colorado", "New York City"), or a run after "in"/"at" that starts with one
    ("in Colorado Springs"): not a person."""
    written = " ".join(w.text for w in words)
    if written in PLACES:
        return True
    return before is not None and before.low in _LOCATIVES and words[0].text in PLACES


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


# A source named earlier in the article with this head word, before this position (or None).
Earlier: TypeAlias = Callable[[str, int], Who | None]

_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half", "most"]
)


def classify(
    words: list[Token],
    people: People,
    text: str,
    sentence: tuple[int, int],
    earlier: Earlier | None = None,
) -> Who:
    """Name and sourcing for a source phrase (already cut to the source, no cue).

    A description without a name is resolved when the article made it clear: "the mayor" is the
    last person introduced as Mayor ("Mayor Bill de Blasio"), "the poll" the last source whose head
    is "poll" ("A Bloomberg poll"), "his campaign" the campaign of the last person mentioned.
    Unresolved, it names nobody: "the mayor" is anonymous, "the poll" vague, and so is a share of
    people ("Twelve percent indicated ...").
    """
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
    if _a_share_of_people(core, head):
        return Who(_until_comma(words, text), Sourcing.VAGUE)
    if len(core) == 1 and head.low in NAME_PREFIXES and first.low in DETERMINERS:
        return Who(_until_comma(words, text), Sourcing.ANONYMOUS)  # "The Republican said"
    if proper and not _is_name_token(head) and _person_noun(head.low):
        # "The Indiana governor", "the New York businessman": a person described, not named
        full = people.with_title_before(_title_word(head.low), first.start)
        if full is not None:
            return Who(full, Sourcing.NAMED_PERSON)
        return Who(_until_comma(words, text), Sourcing.ANONYMOUS)
    if proper:
        phrase = core[: head_i + 1]
        name_words, titled = _strip_titles(phrase)
        name_words = [w for w in name_words if _is_name_token(w)]
        while len(name_words) > 1 and name_words[0].low in NAME_PREFIXES:
            name_words = name_words[1:]  # "Republican Donald Trump"
        # A titled name is a person even when the title names a body ("Russian Foreign Ministry
        # spokeswoman Maria Zakharova"); untitled, an organisation word makes it a body.
        if name_words and not any(w.low in ORG_WORDS for w in (name_words if titled else phrase)):
            surname = name_words[-1].text
            if people.is_person(surname):
                return Who(_fullest(name_words, people, text), Sourcing.NAMED_PERSON)
            if titled or len(name_words) >= 2:
                return Who(_join(name_words, text), Sourcing.NAMED_PERSON)
        return Who(written, Sourcing.NAMED_ORGANISATION)
    return _describe(words, core, head, people, text, earlier)


def _fullest(name_words: list[Token], people: People, text: str) -> str:
    """The article's full name for a name as written: "Rudenko" is "Andrey Rudenko", but a name
    written in full is never replaced by another person's ("Jeh Johnson" is not "Gary Johnson")."""
    known = people.full_name(name_words[-1].text)
    if len(name_words) == 1:
        return known
    if _within([w.text for w in name_words], known):
        return known
    return _join(name_words, text)


def _within(words: Sequence[str], full: str) -> bool:
    """Whether ``words``, in order, are part of the name ``full`` ("De Blasio" of "Bill de
    Blasio"; not "Jeh Johnson" of "Gary Johnson")."""
    it = iter(_key(w).lower() for w in full.split())
    return all(_key(word).lower() in it for word in words)


# Heads that describe a person ("the governor", "the businessman") rather than name a body.
_PERSON_NOUNS = frozenset(
    {
        "businessman", "businesswoman", "billionaire", "politician", "lawmaker", "legislator",
        "nominee", "candidate", "congressman", "congresswoman", "senator", "governor", "mayor",
        "president", "secretary", "minister", "ambassador", "general", "judge", "host", "anchor",
        "man", "woman", "veteran", "activist", "author", "mogul", "star", "actor", "actress",
        "singer", "chief", "leader", "director", "commissioner", "spokesman", "spokeswoman",
    }
)
# Abbreviated titles as written before names ("Gov. Mike Pence"), for "the governor".
_TITLE_ABBREVIATIONS = {
    "gov": "governor", "gov.": "governor", "sen": "senator", "sen.": "senator",
    "rep": "representative", "rep.": "representative", "gen": "general", "gen.": "general",
    "sec": "secretary", "sec.": "secretary", "pres": "president", "pres.": "president",
}


def _person_noun(low: str) -> bool:
    return low in _PERSON_NOUNS


def _title_word(low: str) -> str:
    return _TITLE_ABBREVIATIONS.get(low, low)


def _a_share_of_people(core: list[Token], head: Token) -> bool:
    """'Twelve percent', '40%', 'Two-thirds of voters': a number of unnamed people."""
    first = core[0]
    return (
        first.text[:1].isdigit()
        or first.low.split("-")[0] in _NUMBER_WORDS
        or head.low in ("percent", "%")
    )


def _describe(
    words: list[Token],
    core: list[Token],
    head: Token,
    people: People,
    text: str,
    earlier: Earlier | None,
) -> Who:
    """A source with no name in it: resolved to who the article said it is, else unnamed."""
    as_written = _until_comma(words, text)
    first = words[0]
    if first.low in ("the", "this", "that"):
        if head.low in PERSON_TITLES:
            full = people.with_title_before(_title_word(head.low), first.start)
            if full is not None:
                return Who(full, Sourcing.NAMED_PERSON)
            return Who(as_written, Sourcing.ANONYMOUS)
        found = earlier(head.low, first.start) if earlier is not None else None
        if found is not None:
            return found
        return Who(as_written, Sourcing.VAGUE)
    if first.low in ("his", "her"):
        owner = people.before(first.start)
        if owner is not None and head.low in ORG_WORDS:
            return Who(f"{owner}'s {_until_comma(core, text)}", Sourcing.NAMED_ORGANISATION)
    return Who(as_written, Sourcing.VAGUE)
