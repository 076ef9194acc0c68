"""Who a source is: people named in the article, pronoun resolution and the sourcing class.

A fact-checker reads "he warned" as "Andrey Rudenko warned", so every person the article names is
collected once, in order, with the fullest form of the name seen anywhere ("Deputy Minister
Rudenko" and "Rudenko" both map to "Andrey Rudenko"). Without a tagger, a person is a run of
capitalised words that follows a title or has two to four name-like words and no organisation
word; a lone capitalised word is a person only when it is the surname of one of those. Pronouns
resolve to the most recent person mentioned before them (gender is not modelled: a deliberate
simplification that is right for the common one-speaker-per-passage case).

Two capitalised words are as often a company or a programme as a person ("Wells Fargo", "Pell
Grants", "Patriot Coal"), and a pronoun must never resolve to one. An untitled run is taken for
a thing, not a person, on evidence (:meth:`People.is_thing`): a known body or programme; else,
when its first word is not a known given name, a last word that heads names of things ("Coal",
"Act", "Grants"), an abstract noun ("Parenthood"), a plural the article also uses as a common
noun, or the article treating it as a thing ("Wells Fargo said its ...", "Patriot Coal, which
..."). Evidence of a person wins over all but the known names: a title anywhere ("Chief
Putney"), a middle initial, "X, who ...".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from verifier.extract.attribution_tokens import Token
from verifier.extract.cues import (
    ANONYMOUS_HEADS,
    AUXILIARIES,
    CUE_FORMS,
    DESCRIPTIONS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PLACE_WORDS,
    POSTMODIFIERS,
    SURNAME_ORG_WORDS,
    TITLE_MODIFIERS,
    UNNAMED_PEOPLE,
    VAGUE_HEADS,
)
from verifier.extract.gazetteer import (
    BANKS,
    COMPANIES,
    DEMONYMS,
    FIRST_NAMES,
    ORG_HEADS,
    ORGANISATIONS,
    PLACES,
    THING_HEADS,
    THINGS,
)
from verifier.models import Sourcing

_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "ic", "i")


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    return text[0].isupper() and (text[-1] != "." or len(text) <= 4 or "." in text[:-1])


def _org_word(tok: Token) -> bool:
    """An organisation word; a two-letter one only in capitals ("UN", not the "Un" of "Kim Jong
    Un")."""
    return tok.low in ORG_WORDS and (len(tok.text) != 2 or tok.text.isupper())


def initial_dot(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is the full stop of a middle initial inside a name ("Julie A. Smith"):
    right after a single capital letter and followed by another name word ("Malcolm X. He said"
    ends there)."""
    if tokens[j].text != "." or j == 0 or j + 1 >= len(tokens):
        return False
    initial, nxt = tokens[j - 1], tokens[j + 1]
    return (
        len(initial.text) == 1
        and initial.text.isupper()
        and initial.end == tokens[j].start
        and nxt.is_word
        and _is_name_token(nxt)
        and nxt.low not in NOT_NAMES
    )


def _is_initial(tok: Token, text: str) -> bool:
    """A single capital with a full stop: the "A." of "Julie A. Smith" (not the article "a")."""
    return len(tok.text) == 1 and tok.text.isupper() and text[tok.end : tok.end + 1] == "."


def _names_as_written(words: Sequence[Token], text: str) -> list[str]:
    """Each word of a name as written, an initial with its full stop ("A." of "Julie A. Smith")."""
    last = len(words) - 1
    return [
        w.text + "." if i < last and _is_initial(w, text) else w.text for i, w in enumerate(words)
    ]


def _strip_titles(words: list[Token]) -> tuple[list[Token], bool]:
    """Drop titles and leading modifiers ("Deputy Foreign Minister", "Mr."); say if any.

    A plural title counts before a full name ("Senators Charles E. Grassley"). A modifier of a
    title alone is none ("a former Patriot mine": "Patriot" is no person), but is dropped.
    """
    last_title = -1
    for i, tok in enumerate(words):
        if tok.low in TITLE_MODIFIERS:
            continue
        if tok.low in PERSON_TITLES or (
            tok.low[-1:] == "s" and tok.low[:-1] in PERSON_TITLES and len(words) - i > 2
        ):
            last_title = i
    if last_title >= 0:
        return words[last_title + 1 :], True
    lead = 0
    while lead < len(words) - 1 and words[lead].low in TITLE_MODIFIERS:
        lead += 1
    return words[lead:], False


def _a_body_word(tok: Token, personal: bool) -> bool:
    """An organisation word in a run of names; one that is also a common surname ("Fox",
    "Hill", "Post") only when nothing marks the run as a person's name."""
    return _org_word(tok) and not (personal and tok.low in SURNAME_ORG_WORDS)


def _a_body_after_title(words: list[Token]) -> bool:
    """A title before a body's head word names the body: "General Assembly", not a person
    called Assembly."""
    return len(words) == 1 and (words[0].text in ORG_HEADS or words[0].text in THING_HEADS)


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
    # Evidence from the whole article about runs of capitalised words (see is_thing): surnames
    # written the way only people are ("Mr. Sachs", "Julie A. Smith", "Jeh Johnson, who"), runs
    # written the way only things are ("Wells Fargo said its", "Patriot Coal, which"), and the
    # words the article uses in lower case ("grants").
    person_marks: set[str] = field(default_factory=set)
    thing_marks: set[str] = field(default_factory=set)
    lower_words: set[str] = field(default_factory=set)

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

    def is_thing(self, words: Sequence[str]) -> bool:
        """Whether an untitled run of capitalised words names a body or a thing, not a person.

        A known body or programme always does ("Goldman Sachs", "Pell Grants"). Otherwise the run
        must not be written elsewhere the way only people are ("Chief Putney"), must not start
        with a known given name ("Jeff Sessions", "Emily Post" stay people), and needs positive
        evidence: a last word that heads names of things ("Patriot Coal"), an
        abstract noun ("Parenthood"), a plural the article also writes in lower case ("Pell
        Grants ... the grants"), or the article's own treatment ("said its", ", which"). An
        unknown given name alone is no evidence ("Jeh Johnson" is a person).
        """
        written = " ".join(words)
        if written in ORGANISATIONS or written in THINGS:
            return True
        if _key(words[-1]) in self.person_marks or _key(words[-1]) in self.titled:
            return False
        if len(words) < 2 or words[0] in FIRST_NAMES:
            return False
        last = words[-1]
        return (
            words[0].lower() in _ORDINALS
            or last in THING_HEADS
            or last in ORG_HEADS
            or written.lower() in self.thing_marks
            or _abstract_noun(last)
            or _common_plural(last.lower(), self.lower_words)
        )

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
    """Scan the whole article for runs of capitalised words that name people.

    ``quoted`` is :func:`~verifier.extract.attribution_rules.quote_mask` of the tokens.

    Names inside quotations are left out: a speaker's epithet ("Crooked Hillary Clinton") is not
    the name the article gives. Party labels and epithets before a name ("Republican Donald
    Trump", "Democrat Hillary Clinton") are not part of it. Two passes: the first collects the
    candidate runs and what the whole article says about them ("Mr. Stanley" late in the text
    makes an early "Morgan Stanley" a person), the second decides in order of mention.
    """
    people = People(lower_words={t.low for t in tokens if t.is_word and t.text.islower()})
    for run in list(_name_runs(tokens, text, quoted, people)):
        words = _names_as_written(run.words, text)
        if run.titled or (2 <= len(words) <= 4 and not people.is_thing(words)):
            people.add(run.words[0].start, words, run.titled, run.titles)
        elif len(words) == 1 and people.knows(words[0]):
            people.add(run.words[0].start, words, False)
    return people


@dataclass(slots=True)
class _Run:
    """A run of capitalised words that may name a person: its name words (no titles, no party
    labels, no full stops of initials) and the titles it was written with."""

    words: list[Token]
    titled: bool
    titles: list[str]


def _name_runs(
    tokens: list[Token], text: str, quoted: list[bool], people: People
) -> Iterator[_Run]:
    """The candidate names, in order; marks the evidence about each in ``people`` on the way."""
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
        while j < n and (
            initial_dot(tokens, j)
            or (
                tokens[j].is_word
                and (
                    _is_name_token(tokens[j])
                    or (tokens[j].low in PERSON_TITLES and j < n - 1)
                    or _particle_in_name(tokens, j)
                )
            )
        ):
            j += 1
            if j < n and "\n" in text[tokens[j - 1].end : tokens[j].start]:
                break  # a heading and the next paragraph are not one name
        run = tokens[i:j]
        start_i = i
        i = max(j, i + 1)
        while run and (
            run[0].low in NOT_NAMES or run[0].low in NAME_PREFIXES or run[0].low in NOT_FIRST
        ):
            run = run[1:]
        initialled = any(t.text == "." for t in run)
        run = [t for t in run if t.text != "."]
        if not run:
            continue
        if len(run) > 1 and " ".join(_names_as_written(run, text)) in ORGANISATIONS:
            continue  # "General Motors": a company, though it starts like a title
        words, titled = _strip_titles(run)
        personal = (
            titled
            or initialled
            or (len(words) >= 2 and words[0].text in FIRST_NAMES)
            or (bool(words) and _key(words[-1].text) in people.person_marks)
        )
        if (
            not words
            or (titled and _a_body_after_title(words))
            or any(
                _a_body_word(w, personal)
                or (w.low in NOT_NAMES and not (initialled and _is_initial(w, text)))
                or (
                    w.low in PLACE_WORDS
                    and not (w.low in NAME_PARTICLES and w is not words[-1])
                    and not (personal and w.low in SURNAME_ORG_WORDS)  # "Anita Hill"
                )
                for w in words
            )
        ):
            continue
        before = tokens[start_i - 1] if start_i > 0 else None
        if not titled and _names_a_place(words, before):
            continue  # "at an event in Colorado Springs"
        if not (titled or initialled) and _inside_body_name(tokens, start_i):
            continue  # "University of Porto Novo", "Bank of England": the body's, no person
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
        _mark_evidence(tokens, before, j, words, titled or initialled, people)
        titles = [_title_word(w.low) for w in run if w.low in PERSON_TITLES]
        yield _Run(words, titled, titles)


# Words between a name and an "its" that refers back to it ("Wells Fargo said its ...").
_TO_ITS = frozenset({",", "and", "has", "had", "have", "also", "just", "previously"})


def _mark_evidence(
    tokens: list[Token],
    before: Token | None,
    j: int,
    words: list[Token],
    personal: bool,
    people: People,
) -> None:
    """Record what this mention of a run says about it: a title or middle initial, or ", who"
    after it, is said of people; ", which", "its" right after it and its reporting verb ("Wells
    Fargo said its"), or "the" before it when no noun follows ("the Goldman Sachs said"), of
    things."""
    n = len(tokens)
    nxt = [tokens[q].low for q in range(j, min(n, j + 4))]
    if personal or nxt[:2] == [",", "who"]:
        people.person_marks.add(_key(words[-1].text))
        return
    thing = nxt[:2] == [",", "which"]
    for low in nxt:
        if low == "its":
            thing = True
        if low not in CUE_FORMS and low not in _TO_ITS:
            break
    if before is not None and before.low == "the" and nxt:
        first = tokens[j]
        thing = thing or not first.is_word or first.low in CUE_FORMS or first.low in AUXILIARIES
    if thing:
        people.thing_marks.add(" ".join(w.text for w in words).lower())


# Endings of abstract nouns, which name things, not people ("Planned Parenthood", "Professional
# Responsibility"); the stem must be long enough that surnames ("Clement") are not caught.
_ABSTRACT_ENDINGS = ("hood", "ship", "tion", "sion", "ism", "ment", "ity", "ogy")


def _abstract_noun(word: str) -> bool:
    low = word.lower()
    return any(low.endswith(e) and len(low) >= len(e) + 4 for e in _ABSTRACT_ENDINGS)


def _common_plural(low: str, lower_words: set[str]) -> bool:
    """A plural the article also writes as an ordinary lower-case word ("Pell Grants" and "the
    grants"); surnames in -s ("Sanders", "Cummings") are not written in lower case."""
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    return (
        low in lower_words
        or low[:-1] in lower_words
        or (low.endswith("ies") and low[:-3] + "y" in lower_words)
    )


# Capitalised at the start of a sentence or headline, never the first word of a name ("Although
# Trump said", "Beyond Trump, ...", "Now Melania ...").
NOT_FIRST = frozenset(
    {
        "although", "though", "whether", "beyond", "unlike", "like", "now", "only", "even",
        "just", "everything", "other", "others", "say", "because", "despite", "including",
        "then", "perhaps", "indeed", "instead", "unless", "until", "once", "during", "without",
        "within", "among", "against", "whereas", "amid", "rival", "fellow",
    }
)

# Ordinals never begin a given name ("Sixth Circuit", "Second Amendment").
_ORDINALS = frozenset(
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth",
    }
)

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


# Capitalised words that open a body's or a place's name before "of" ("Port of Rotterdam"), besides
# the organisation words and heads ("University of Porto Novo", "Bank of England").
_OPENS_BODY_OF = frozenset({"port", "museum", "harbour", "harbor", "friends", "sisters", "knights"})


def _inside_body_name(tokens: list[Token], i: int) -> bool:
    """Whether the capitalised run starting at token i ends a body's name it is joined to by
    "of" / "for" ("University of Porto Novo", "Bank of England", "Port of Rotterdam", "Center
    for Marine Studies"): the words name the body, or the place it is of, never a person."""
    if i < 2 or tokens[i - 1].low not in ("of", "for") or not tokens[i - 1].text.islower():
        return False
    opener = tokens[i - 2]
    return opener.is_word and opener.is_cap and (
        _org_word(opener)
        or opener.text in ORG_HEADS
        or opener.text in THING_HEADS
        or opener.low in _OPENS_BODY_OF
    )


def _names_a_place(words: list[Token], before: Token | None) -> bool:
    """A known place ("Colorado", "New York City"), or a run after "in"/"at" that starts with one
    ("in Colorado Springs"): not a person."""
    written = " ".join(w.text for w in words)
    if written in PLACES:
        return True
    return before is not None and before.low in _LOCATIVES and words[0].text in PLACES


@dataclass
class Bodies:
    """The organisations an article names, in order, and what it may later call each ("Wells
    Fargo" may be "the bank", "the firm", "the company"; "The University of Michigan" "the
    university"), so a bare description resolves to the last body of its kind before it."""

    starts: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    kinds: list[frozenset[str]] = field(default_factory=list)

    def called(self, description: str, pos: int) -> tuple[int, str] | None:
        """(start, name) of the last body before ``pos`` that ``description`` may stand for."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            if description in self.kinds[i]:
                return self.starts[i], self.names[i]
            i -= 1
        return None


# Lower-case words inside a capitalised name ("University of Michigan", "Food and Drink
# Federation", "Wells Fargo & Co").
_BODY_INNER = frozenset({"of", "for", "and", "&", "on"})
_KNOWN_KINDS = (
    (BANKS, frozenset({"bank", "lender", "firm", "company"})),
    (COMPANIES, frozenset({"company", "firm"})),
)


def find_bodies(
    tokens: list[Token], text: str, quoted: list[bool], starts: list[int] | None = None
) -> Bodies:
    """Every run of capitalised words (with "of", "and" ... inside) that names a body of a kind
    in :data:`~verifier.extract.cues.DESCRIPTIONS`: by its head word ("Federation", "Inc.") or
    as a bank or company the gazetteer knows. ``starts`` are the tokens' start offsets.

    Only runs around a word that may make one are looked at (a regex finds them), so the cost
    is in the few bodies an article names, not in its every word.
    """
    bodies = Bodies()
    if starts is None:
        starts = [t.start for t in tokens]
    n = len(tokens)
    done = -1
    for m in _BODY_HINT.finditer(text):
        h = bisect_left(starts, m.start())
        if h >= n or h <= done or tokens[h].start != m.start() or not tokens[h].is_cap:
            continue
        i = h
        while i > 0 and _continues_body(tokens, i, text) and _may_start(tokens, i - 1):
            i -= 1
        while i < h and not (tokens[i].is_word and tokens[i].is_cap):
            i += 1
        j = h + 1
        while j < n and _continues_body(tokens, j, text):
            j += 1
        done = j - 1
        if quoted[i]:
            continue
        run = tokens[i:j]
        while run and (run[0].low in NOT_NAMES or run[0].low in NOT_FIRST):
            run = run[1:]
        if not run:
            continue
        name, kinds = _body_kinds(run, text)
        if kinds:
            bodies.starts.append(run[0].start)
            bodies.names.append(name)
            bodies.kinds.append(kinds)
    return bodies


def _may_start(tokens: list[Token], i: int) -> bool:
    """Whether token i may be part of a capitalised name, left of a word that continues it."""
    tok = tokens[i]
    return (
        (tok.is_word and tok.is_cap)
        or tok.low in _BODY_INNER
        or tok.low == "the"
        or (tok.text in ("’s", "'s") and i > 0 and tokens[i - 1].is_cap)
    )


def _hint_words() -> list[str]:
    heads = {h for hs in DESCRIPTIONS.values() for h in hs}
    words = {h[:1].upper() + h[1:] for h in heads} | {h.upper() for h in heads if len(h) <= 4}
    words |= {name.split()[0] for name in BANKS | COMPANIES}
    return sorted(words, key=len, reverse=True)


# A word that may make a capitalised run a body: a head word ("Bank", "Inc.") or the first word
# of a bank or company the gazetteer knows.
_BODY_HINT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _hint_words()) + r")(?![\w-])")


def _continues_body(tokens: list[Token], j: int, text: str) -> bool:
    """Whether token j continues the capitalised name before it: a capitalised word, or "of",
    "and" ... before one ("University of Michigan"), or "the" after "of" ("Bank of the West")."""
    t = tokens[j]
    if "\n" in text[tokens[j - 1].end : t.start]:
        return False
    if t.is_word and t.is_cap:
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None or not (nxt.is_word and nxt.is_cap):
        return False
    if t.text in ("’s", "'s"):  # "Alzheimer's Society", "King's College"; not "Britain's"
        before = tokens[j - 1]
        return before.is_cap and before.text not in PLACES and before.text not in DEMONYMS
    return t.low in _BODY_INNER or (t.low == "the" and tokens[j - 1].low in ("of", "for"))


def _body_kinds(run: list[Token], text: str) -> tuple[str, frozenset[str]]:
    """The readable name of a run and the descriptions that may stand for it."""
    written = _join(run, text)
    for known, kinds in _KNOWN_KINDS:
        for size in (3, 2, 1):
            for q in range(len(run) - size + 1):
                part = _join(run[q : q + size], text)
                if part in known:
                    return (written if q == 0 else part), kinds
    head_i = next((q - 1 for q, w in enumerate(run) if q > 0 and w.low in _BODY_INNER), None)
    if head_i is None or run[head_i + 1].low in ("and", "&"):
        head_i = len(run) - 1  # "Food and Drink Federation": the last word
    head = run[head_i].low
    return written, frozenset(d for d, heads in DESCRIPTIONS.items() if head in heads)


@dataclass(frozen=True)
class Who:
    """A source's readable name and how it is sourced."""

    name: str
    sourcing: Sourcing


def _head_index(words: list[Token]) -> int:
    """The head of a noun phrase: the last word before a preposition, comma or parenthesis.

    An unnamed person after a body's name is the head, though the name has an "of" ("Department
    of Health spokesperson", "Bank of England officials").
    """
    last = words[-1]
    if (
        len(words) > 2
        and last.low in ANONYMOUS_HEADS
        and not last.is_cap
        and words[0].is_cap
        and all(w.is_cap or w.low in _IN_NAMES for w in words[:-1])
    ):
        return len(words) - 1
    for i, tok in enumerate(words):
        if i > 0 and (tok.low in ("of", "from", "at", "for", "with", "in", "who", "(", ",")):
            return i - 1
        if i > 0 and i + 1 < len(words) and words[i + 1].low in POSTMODIFIERS.get(tok.low, ()):
            return i - 1  # "a source familiar with the matter", "sources close to the ministry"
    return len(words) - 1


# Lower-case words inside a body's name ("Department of Health", "Food and Drug Administration").
_IN_NAMES = frozenset({"of", "the", "and", "for", "&", "on", "-"})


def _object_of_head(core: list[Token], head_i: int, proper: list[Token]) -> bool:
    """ "Critics of the Fed", "supporters of Trump": the name is what the people are critics of,
    not the body they speak for ("Economists at Morgan Stanley", "Goldman Sachs economists")."""
    return (
        head_i + 1 < len(core)
        and core[head_i + 1].low in ("of", "on", "about", "against")
        and not any(w in proper for w in core[:head_i])
    )


def _postmodified(words: list[Token], head_i: int) -> bool:
    """ "source familiar with ...", "people close to ...", "people with knowledge of ...": the
    head is post-modified."""
    if head_i + 2 >= len(words):
        return False
    prep, nxt = words[head_i + 1].low, words[head_i + 2:head_i + 4]
    return words[head_i + 2].low in POSTMODIFIERS.get(prep, ()) or (
        prep == "with" and any(w.low in _ACCESS_NOUNS for w in nxt)
    )


# "people with (direct) knowledge of the talks", "people with access to the report"
_ACCESS_NOUNS = frozenset({"knowledge", "access", "understanding"})


def _join(words: list[Token], text: str) -> str:
    """The words as written in the article (original spacing and punctuation)."""
    return text[words[0].start : words[-1].end] if words else ""


# Lower-case words after a body's name that say what of it is quoted ("Labor Department figures").
_DATA_NOUNS = frozenset({"figures", "data", "statistics", "numbers", "records"})
_PREPOSITIONS = frozenset({"of", "at", "for", "from", "in", "with", "by", "to", "on", "about"})


def _body_name(words: list[Token], text: str) -> str:
    """A body's readable name: "Labor Department" of "new Labor Department figures" (lower-case
    adjectives before the name and a data noun after it dropped), else the phrase as written."""
    out: list[Token] = []
    for w in words:
        if w.text in (",", "(", ";", ":"):
            break
        out.append(w)
    first_cap = next((i for i, w in enumerate(out) if w.is_cap), None)
    if first_cap is not None and all(
        w.is_word and w.low not in _PREPOSITIONS for w in out[:first_cap]
    ):
        out = out[first_cap:]
    while len(out) > 1 and out[-1].text in _DATA_NOUNS and out[-2].is_cap:  # not "Statistics"
        out = out[:-1]
    return _join(out, text)


def _until_comma(words: list[Token], text: str) -> str:
    out: list[Token] = []
    for w in words:
        if w.text in (",", "(", ";", ":"):
            break
        out.append(w)
    return _join(out, text)


# A source named earlier in the article with this head word, before this position (or None);
# the flag says the description is bare ("the bank", not "the central bank"), so a body the
# article named of that kind may be meant too; the words before the head of a description that
# is not bare ("port" of "the port authority") must all be in that source's name.
Earlier: TypeAlias = Callable[[str, int, bool, tuple[str, ...]], Who | None]

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
    is "poll" ("A Bloomberg poll"), "the bank" the last bank named ("Wells Fargo", see
    :class:`Bodies`), "his campaign" the campaign of the last person mentioned.
    Unresolved, it names nobody: "the mayor" is anonymous, "the poll" vague, and so is a share of
    people ("Twelve percent indicated ...").
    """
    possessed = any(w.text in ("’s", "'s") for w in words[1:-1])
    if possessed and earlier is not None:
        owned = _owned_by_body(words, text, earlier)
        if owned is not None:
            return owned
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
    partitive = len(core) > 1 and core is not words and core[0].low == "of"
    if partitive:  # "Some of the officials": the officials, named with the quantifier
        core = core[1:]
        while core and core[0].low in DETERMINERS:
            core = core[1:]
    if not core:
        return Who(_join(words, text), Sourcing.VAGUE)
    written = _until_comma(words if partitive else core, text)
    head_i = _head_index(core)
    head = core[head_i]
    proper = [w for w in core if _is_name_token(w) and w.low not in NOT_NAMES]
    if head.low in DOCUMENT_NOUNS and all(_demonym(w) for w in proper):
        proper = []  # "a large European study": a nationality, no body named
    if head.low in ANONYMOUS_HEADS or (
        head.low in UNNAMED_PEOPLE and _postmodified(core, head_i)
    ):
        # Unnamed people, even of a named body: in "U.S. officials", "Pentagon officials" or
        # "officials in Seoul" the organisation is named but the people speaking are not.
        return Who(written, Sourcing.ANONYMOUS)
    if head.low in VAGUE_HEADS and (
        not (proper and proper != [head]) or _object_of_head(core, head_i, proper)
    ):
        if len(core) == 1 and first.low == "the" and earlier is not None:
            found = earlier(head.low, first.start, False, ())  # "the report": the one named
            if found is not None:
                return found
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
        if " ".join(_names_as_written(proper, text)) in ORGANISATIONS:
            return Who(_body_name(core, text), Sourcing.NAMED_ORGANISATION)  # "Wells Fargo"
        name_words, titled = _strip_titles(phrase)
        name_words = [w for w in name_words if _is_name_token(w)]
        while len(name_words) > 1 and (
            name_words[0].low in NAME_PREFIXES or name_words[0].low in NOT_FIRST
        ):
            name_words = name_words[1:]  # "Republican Donald Trump", "Although Trump"
        if titled and _a_body_after_title(name_words):
            return Who(written, Sourcing.NAMED_ORGANISATION)  # "The U.N. General Assembly"
        # A titled name is a person even when the title names a body ("Russian Foreign Ministry
        # spokeswoman Maria Zakharova"); untitled, an organisation word makes it a body, and so
        # does what the article says of it ("Pell Grants", "Wells Fargo said its").
        surname = name_words[-1].text if name_words else ""
        personal = titled or people.is_person(surname)
        if name_words and not any(
            _a_body_word(w, personal) for w in (name_words if titled else phrase)
        ):
            if people.is_person(surname):
                return Who(_fullest(name_words, people, text), Sourcing.NAMED_PERSON)
            if titled or (
                len(name_words) >= 2 and not people.is_thing(_names_as_written(name_words, text))
            ):
                return Who(_join(name_words, text), Sourcing.NAMED_PERSON)
        return Who(_body_name(core, text), Sourcing.NAMED_ORGANISATION)
    if possessed and head.low in ORG_WORDS:
        # "the minister's office": an office of someone, never a named body whose head word
        # happens to match ("National Audit Office")
        return Who(_until_comma(words, text), Sourcing.ANONYMOUS)
    return _describe(words, core, head, people, text, earlier)


def _owned_by_body(words: list[Token], text: str, earlier: Earlier) -> Who | None:
    """ "The audit office's interim report": what a body the article named before makes ("the
    National Audit Office") is named with it, as "National Audit Office's interim report" is.
    Only a description of a body ("the office", "the port authority"), never a person's office
    ("the minister's office")."""
    mark = next(i for i, w in enumerate(words) if i > 0 and w.text in ("’s", "'s"))
    owner, owned = words[:mark], words[mark + 1 :]
    if owner[0].low != "the" or not owned or any(w.is_cap for w in owner[1:]):
        return None
    core = owner[1:]
    if not core or not all(w.is_word for w in core) or not _org_word(core[-1]):
        return None
    modifiers = tuple(w.low for w in core[:-1])
    found = earlier(core[-1].low, owner[0].start, not modifiers, modifiers)
    if found is None or found.sourcing is not Sourcing.NAMED_ORGANISATION:
        return None
    return Who(f"{found.name}'s {_until_comma(owned, text)}", Sourcing.NAMED_ORGANISATION)


def _demonym(tok: Token) -> bool:
    """A nationality or region as an adjective ("European", "Nordic"), not a party label."""
    return tok.low not in NAME_PREFIXES and (
        tok.text in DEMONYMS or tok.low.endswith(_DEMONYM_ENDINGS)
    )


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
    it = iter(_key(w).lower().rstrip(".") for w in full.split())
    return all(_key(word).lower().rstrip(".") in it for word in words)


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
        bare = len(core) == 1 or [w.low for w in core] == ["think", "tank"]
        modifiers = () if bare else tuple(w.low for w in core[: core.index(head)])
        found = earlier(head.low, first.start, bare, modifiers) if earlier is not None else None
        if found is not None:
            return found
        return Who(as_written, Sourcing.VAGUE)
    if first.low in ("his", "her"):
        owner = people.before(first.start)
        if owner is not None and head.low in ORG_WORDS:
            return Who(f"{owner}'s {_until_comma(core, text)}", Sourcing.NAMED_ORGANISATION)
    return Who(as_written, Sourcing.VAGUE)
