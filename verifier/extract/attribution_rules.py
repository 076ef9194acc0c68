"""The sentence-level rules that find a cue, its source and its content.

`SentenceRules.run` walks one sentence's tokens once. Each cue type has one small method that
either returns a `Found` or declines; declining is the common case, so every method checks its
cheapest condition first. Cues inside quotation marks are skipped: the words of a quoted speaker
("We do not see a link," the mayor said) belong to the quotation's attribution, not to a new one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from verifier.extract.attribution_names import initial_dot
from verifier.extract.attribution_tokens import DASHES, QUOTE_CHARS, Token, token_range
from verifier.extract.cues import (
    ANONYMOUS_HEADS,
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    HEAD_PREPOSITIONS,
    LEMMA_OF,
    NP_STOP,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    POSTMODIFIERS,
    RELATIVES,
    SPEECH_FORMS,
    SUBJECT_NOUNS,
    UNNAMED_PEOPLE,
    VAGUE_HEADS,
    WEAK_FORMS,
)
from verifier.models import Sourcing

_PRONOUNS = PERSON_PRONOUNS | OTHER_PRONOUNS
# A Markdown list item's marker at the start of a line: "- ", "* ", "+ ", "• ", "1. ", "2) "
_LIST_MARKER = re.compile(r"(?:[-*+•]|\d{1,3}[.)])[ \t]+")
# Unions of head-word sets, built once (they are tested for every word of a subject phrase):
# unnamed people, and unnamed or vague sources.
_UNNAMED_HEADS = ANONYMOUS_HEADS | UNNAMED_PEOPLE
_PEOPLE_HEADS = VAGUE_HEADS | ANONYMOUS_HEADS
_BE = frozenset({"is", "are", "was", "were", "been", "be", "being", "’s", "'s"})
# Finite auxiliaries and modals: a clause before a colon has one ("is", "has been", "would").
_FINITE = frozenset(
    {
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "did",
        "does",
        "do",
        "not",
        "n't",
        "n’t",
        "seems",
        "seem",
        "remains",
        "remain",
    }
)
_NP_INNER = frozenset({"’s", "'s", "(", ")", "&", "-", ".", "%"})
# Words an article ("the", "a") may follow inside one noun phrase: "Some of the officials",
# "Economists at the Fed". After any other word it starts a new phrase: "a number the
# Federation projects" is a noun and then the subject.
_INTO_PHRASE = frozenset({"of", "at", "for", "from", "in", "with", "including", "among"})
_INTO_OR_STOP = _INTO_PHRASE | NP_STOP
# Participles after such a noun whose "by" names the author: "records kept by the Fed" is the
# Fed's; "a memo seen by Reuters" is not Reuters'.
_AUTHOR_PARTICIPLES = frozenset(
    {
        "kept", "compiled", "published", "released", "prepared", "issued", "conducted",
        "written", "commissioned", "produced", "collected", "gathered", "maintained", "carried",
        "run", "led", "authored", "funded", "done",
    }
)
# "Economists polled by Newswire": people asked by a body are the source, not the body.
_POLL_PARTICIPLES = frozenset(
    {"polled", "surveyed", "interviewed", "questioned", "consulted", "canvassed", "asked"}
)
_POLLED_PEOPLE = frozenset(
    {
        "economists",
        "analysts",
        "experts",
        "forecasters",
        "respondents",
        "investors",
        "traders",
        "executives",
        "managers",
        "businesses",
        "firms",
        "companies",
        "voters",
        "adults",
        "people",
        "households",
        "consumers",
        "strategists",
        "officials",
        "doctors",
        "teachers",
        "scientists",
        "researchers",
        "members",
        "employers",
        "workers",
    }
)
_RIGHT_END = frozenset({",", ".", ";", ":", "!", "?", "“", "”", '"', "—", "―", "–", "--", ")"})
_HEADINGS = frozenset(
    {
        "read", "note", "update", "watch", "related", "photo", "photos", "editor", "correction",
        "via", "credit", "image", "video", "listen", "see", "more", "also", "click", "subscribe",
        "follow", "share", "source", "sources", "tags", "topics", "advertisement", "caption",
        "latest", "transcript", "excerpt", "excerpts", "full",
    }
)
_REPORT_LEAD = frozenset(
    {
        "follows", "follow", "followed", "following", "amid", "after", "despite", "with", "of",
        "on", "to", "denied", "confirmed", "the", "about", "dismissed", "by", "and", "over",
    }
)
_HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
_TIME_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "week", "month", "year",
        "morning", "afternoon", "evening", "night", "earlier", "later",
    }
)
_TIME_PREPS = frozenset({"in", "on", "last", "this", "earlier", "early", "late", "next"})
# Words of a short time adverbial between a document's participle and its "by": "figures
# published on Wednesday by", "data released last week by".
_ADVERBIAL = _TIME_PREPS | _TIME_WORDS | {"at", "the", "of", "a", "an"}
_PRONOUN_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you", "it"})
# Words of a short adverbial between a cue and its "that": "reported on Friday that", "said in
# a statement that", "wrote in an email that".
_BEFORE_THAT = frozenset(
    {
        "on", "in", "last", "this", "a", "an", "statement", "interview", "email", "post", "letter",
        "briefing", "note", "report",
    }
)
# Words after "X said" that begin a trailing adverbial, not the content ("said Friday").
_TRAILERS = frozenset(
    {
        "on", "in", "at", "of", "from", "with", "for", "who", "during", "after", "before", "to",
        "about", "via", "while", "as", "when", "last", "this", "earlier", "later", "then",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "recently", "afterward", "afterwards", "repeatedly", "again",
        "through", "by", "under", "outside", "inside", "near", "shortly", "late", "early",
    }
)
_NOMINAL_CUES = frozenset(
    {
        "claim", "claims", "statement", "assertion", "argument", "belief", "promise", "pledge",
        "warning", "suggestion", "proposal", "plan", "plans", "call", "demand", "insistence",
        "contention", "allegation", "accusation", "view", "position", "vow", "threat", "hope",
        "fear", "prediction", "assessment", "estimate", "conclusion", "admission", "denial",
        "decision", "desire", "intention", "goal", "refusal", "suggestions", "promises",
    }
)
# A lead-in that attributes the list or paragraph after it: "The committee has made several
# specific claims:", "The mayor set out three promises:" (a verb of making or listing, then what
# was claimed, then the colon that ends the sentence).
_LEAD_IN_VERBS = frozenset(
    {
        "made", "make", "makes", "making", "set", "sets", "put", "puts", "listed", "lists",
        "list", "gave", "give", "gives", "offered", "offers", "offer", "outlined", "outlines",
        "raised", "raises", "laid", "lays", "issued", "issues", "advanced", "advances",
        "presented", "presents", "included", "includes",
    }
)
_LEAD_IN_PARTICLES = frozenset({"out", "forward", "up"})
_LEAD_IN_NOUNS = frozenset(
    {
        "claim", "claims", "point", "points", "argument", "arguments", "assertion", "assertions",
        "statement", "statements", "allegation", "allegations", "promise", "promises", "pledge",
        "pledges", "prediction", "predictions", "finding", "findings", "conclusion",
        "conclusions", "recommendation", "recommendations", "demand", "demands", "proposal",
        "proposals", "warning", "warnings", "accusation", "accusations", "charges", "criticisms",
        "reasons", "objections", "complaints", "concerns", "figures", "estimates", "forecasts",
        "following",
    }
)
# words that cannot be in the object of a lead-in ("made these claims" can)
_NOT_IN_OBJECT = NP_STOP - DETERMINERS - {"these", "those", "both", "all"}
# "said the following:", "argued as follows:": the content is what comes after the colon
_FOLLOWING = (("the", "following"), ("as", "follows"), ("following",))
_CLAUSE_JOINERS = frozenset({"but", "though", "although", "and", "while", "yet", "whereas"})
_NOUN_ENDINGS = (
    "er", "or", "ist", "ian", "ment", "tion", "sion", "ity", "ship", "ency", "ance", "man",
    "woman", "person",
)
_NOT_VERBS = frozenset(
    {"was", "has", "is", "does", "this", "his", "its", "us", "means", "ensures", "seems",
     "needed", "proved", "proves", "so", "less", "unless", "towards", "perhaps", "always",
     "as", "yes", "ones", "ways", "days", "years", "times", "facts", "things", "ideas",
     "hopes", "fears", "claims", "reports", "concerns", "signs", "evidence", "ensured"}
)
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_OBJECT_VERBS = frozenset({"told", "tell", "tells", "telling", "asked", "informed", "assured"})
_PARTICIPLES = frozenset({"said", "told", "written", "quoted", "shown", "seen", "known", "found"})

# "a senior official who asked not to be named said": the verb describes the source, no cue.
_ANONYMITY_VERBS = frozenset({"ask", "request", "decline", "refuse", "speak", "talk"})
_ANONYMITY_TAILS = (
    "not to be", "to not be", "to be named", "to be identified", "anonymity", "for anonymity",
    "to remain anonymous", "that his name", "that her name", "that their name", "on condition",
    "on the condition",
)


def _anonymity_clause(words: list[Token]) -> bool:
    """Whether a relative clause is a newsroom anonymity formula ("who spoke on condition of
    anonymity", "who asked not to be named", "who was not authorized to speak")."""
    lows = {w.low for w in words}
    return bool(lows & {"anonymity", "anonymously", "named", "identified", "authorized",
                        "authorised"})


def _agent_by(words: list[Token], by: Token) -> bool:
    """ "records kept | by the Fed": the "by" that names who made a document."""
    return (
        by.low == "by"
        and len(words) >= 2
        and words[-1].low in _AUTHOR_PARTICIPLES
        and words[-2].low in DOCUMENT_NOUNS
    )


def _reduced_participle(tok: Token) -> bool:
    """A word that may open a reduced relative after a document noun ("conducted", "seen")."""
    return tok.low.endswith("ed") or tok.low in _PARTICIPLES or tok.low in _AUTHOR_PARTICIPLES


def _cut_participle(words: list[Token]) -> list[Token]:
    """A document noun's source without the reduced relative after it: "A Gallup poll"
    of "A Gallup poll conducted in March", "a memo" of "a memo seen by this newspaper"; kept
    whole when its "by" names the author ("records kept by the Fed")."""
    for q in range(1, len(words)):
        w = words[q]
        if w.is_cap or not w.is_word or words[q - 1].low not in DOCUMENT_NOUNS:
            continue
        if not _reduced_participle(w):
            continue
        if q + 1 < len(words) and _agent_by(words[: q + 1], words[q + 1]):
            return words
        return words[:q]
    return words


def _postmodifier_at(before: Token, prep: Token) -> bool:
    """Whether `prep` continues an unnamed person's phrase: "familiar | with", "officials | in"."""
    return prep.low in POSTMODIFIERS.get(before.low, ()) or (
        prep.low in HEAD_PREPOSITIONS and before.low in _UNNAMED_HEADS
    )


def _head_of(source: list[Token]) -> int:
    """Index of the head of a subject phrase: the word before a relative clause ("officials who
    spoke ...") or a post-modifier ("a source familiar with ...", "officials in Seoul")."""
    for q in range(1, len(source)):
        w = source[q]
        if w.low == "who":
            return q - 1
        nxt = source[q + 1].low if q + 1 < len(source) else ""
        if nxt in POSTMODIFIERS.get(w.low, ()):
            return q - 1
        if w.low in HEAD_PREPOSITIONS and source[q - 1].low in _UNNAMED_HEADS:
            return q - 1
        before = source[q - 1].low
        if w.low == "of" and before in VAGUE_HEADS and before.endswith("s"):
            return q - 1  # "Critics of the plan argue": critics, not the plan
    return len(source) - 1


@dataclass(slots=True)
class Found:
    """One attribution found in a sentence, as token and character spans."""

    source: list[Token]
    cue: tuple[int, int] | None
    content: tuple[int, int] | None
    antecedent: list[Token] | None = None
    sourcing: Sourcing | None = None
    participle: bool = False
    new_clause: bool = False  # "..., but she noted that": a speaker of its own, not nested
    name: str | None = None  # the readable name, when the rule knows it better than the words


def quote_mask(text: str, tokens: list[Token]) -> list[bool]:
    """For each token, whether it lies inside a quotation (curly or straight quotes)."""
    mask: list[bool] = []
    inside = False
    straight_open = False
    prev_end = 0
    for tok in tokens:
        ch = tok.text
        if "\n" in text[prev_end : tok.start]:  # quotations reopen at each paragraph
            inside = straight_open = False
        prev_end = tok.end
        if ch == "“":
            inside = True
            mask.append(False)
            continue
        if ch == "”":
            inside = False
            straight_open = False
            mask.append(False)
            continue
        if ch in ('"', "''", "``"):
            straight_open = not straight_open
            inside = straight_open
            mask.append(False)
            continue
        mask.append(inside)
    return mask


def _unclosed_quote(chunk: str) -> str | None:
    """The outermost quotation mark ``chunk`` opens and does not close (“ or "), if any.

    Typists mix the marks ('"more hours”', '“no evidence"'), so any closer closes the innermost
    open quotation. A straight mark is a closer when it ends a word (a letter or punctuation before
    it, none after), or when it pairs with a straight opener; otherwise it opens.
    """
    stack: list[str] = []
    last = len(chunk) - 1
    for i, ch in enumerate(chunk):
        if ch == "“":
            stack.append(ch)
        elif ch == "”":
            if stack:
                stack.pop()
        elif ch == '"':
            before = chunk[i - 1] if i > 0 else " "
            after = chunk[i + 1] if i < last else " "
            ends_word = not before.isspace() and not after.isalnum()
            if stack and (stack[-1] == '"' or ends_word):
                stack.pop()
            else:
                stack.append(ch)
    return stack[0] if stack else None


class SentenceRules:
    """Rules over one article's tokens; `run` applies them to one sentence."""

    def __init__(self, text: str, tokens: list[Token], starts: list[int]) -> None:
        self.text = text
        self.toks = tokens
        self.starts = starts
        self.quoted = quote_mask(text, tokens)
        self.floor = 0  # content before a cue starts no earlier than this (set per sentence)

    # -- spans -------------------------------------------------------------------------------

    def _trim(self, start: int, end: int) -> tuple[int, int] | None:
        text = self.text
        while end > start and text[end - 1] in " \t\n\u00a0,;—–―-":
            end -= 1
        while start < end and text[start] in " \t\n\u00a0,;:":
            start += 1
        return (start, end) if end - start >= 3 else None

    def _open_quote_before(self, pos: int, close: str) -> int | None:
        opener = "“" if close == "”" else close
        if close == "'":  # NYT style: ''quoted''; pos is the second apostrophe of the closer
            opener = "''"
            pos -= 1
        found = self.text.rfind(opener, max(0, pos - 3000), pos)
        return found if found >= 0 else None

    def _extend_quote(self, start: int, end: int) -> int:
        """Move `end` to the closing quotation mark when the content opens one it doesn't close."""
        chunk = self.text[start:end]
        opened = _unclosed_quote(chunk)
        if opened == "“":
            close = self.text.find("”", end, end + 3000)
            return close + 1 if close >= 0 else end
        if opened == '"':  # a straight opener may be closed by either mark ('"more hours”')
            found = [i for i in (self.text.find(q, end, end + 3000) for q in '"”') if i >= 0]
            return min(found) + 1 if found else end
        if chunk.count("''") % 2 == 1:
            close = self.text.find("''", end, end + 3000)
            return close + 2 if close >= 0 else end
        return end

    def _content_after(self, r: int, hi: int, s_end: int) -> tuple[int, int] | None:
        toks = self.toks
        if r + 1 < hi and toks[r].text == "," and toks[r + 1].text in ("“", '"'):
            r += 1
        if r < hi and toks[r].text == ":" and r + 1 >= hi:
            return self._next_paragraph(toks[r].end)
        if hi - 1 > r and toks[hi - 1].text == ":" and tuple(
            t.low for t in toks[r : hi - 1]
        ) in _FOLLOWING:
            return self._next_paragraph(toks[hi - 1].end)  # "said the following:"
        if r >= hi or toks[r].text in (",", ".", ";", "!", "?", ")"):
            return None
        for q in range(r, min(hi, r + 6)):
            tq = toks[q]
            if tq.low == "that":
                r = q + 1
                break
            if not tq.is_word or not (
                tq.is_cap or tq.low in _PRONOUN_OBJECTS or tq.low in _TIME_WORDS
                or tq.low in ("the", "reporters", "journalists", "supporters", "voters")
                or tq.low in _BEFORE_THAT  # "said on Tuesday that", "said in a statement that"
            ):
                break
        if r < hi and toks[r].text == ":":
            r += 1
        if r >= hi:
            return None
        span = self._trim(toks[r].start, s_end)
        if span is None:
            return None
        return span[0], self._extend_quote(span[0], span[1])

    def _next_paragraph(self, pos: int) -> tuple[int, int] | None:
        """After "X said:" at the end of a line, the content is the next paragraph."""
        text = self.text
        start = pos
        while start < len(text) and text[start] in " \t\n\u00a0":
            start += 1
        marker = _LIST_MARKER.match(text, start)
        if marker is not None:  # "- Bus journeys ...": the item, not its marker
            start = marker.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        span = self._trim(start, end)
        return (span[0], self._extend_quote(span[0], span[1])) if span else None

    def _quote_before(self, pos: int) -> tuple[int, int] | None:
        """The quotation that ends just before `pos` ('"...?" Trump said' split after '?"')."""
        text = self.text
        back = pos
        while back > 0 and text[back - 1] in " \t\n\u00a0":
            back -= 1
        if back == 0 or text[back - 1] not in "”\"'" or pos - back > 3:
            return None
        if text[back - 1] == "'" and text[back - 2 : back] != "''":
            return None
        opened = self._open_quote_before(back - 1, text[back - 1])
        return (opened, back) if opened is not None else None

    def _content_before(self, s_start: int, end: int) -> tuple[int, int] | None:
        if self.floor > s_start and self.floor < end:
            s_start = self.floor  # not back over an earlier attribution in the sentence
        span = self._trim(s_start, end)
        if span is None:
            return self._quote_before(s_start) if self.text[s_start:end].strip() == "" else None
        start, stop = span
        chunk = self.text[start:stop]
        last = chunk.rstrip()[-1:]
        if last in ("”", '"', "'") and (
            (last == "”" and chunk.count("“") < chunk.count("”"))
            or (last == '"' and chunk.count('"') % 2 == 1)
            or (last == "'" and chunk.rstrip().endswith("''") and chunk.count("''") % 2 == 1)
        ):
            opened = self._open_quote_before(start, last)
            if opened is not None:
                start = opened
        return start, stop

    # -- noun phrases --------------------------------------------------------------------------

    def _np_left(self, k: int, lo: int) -> int | None:
        """Start index of the noun phrase ending at token k, or None when it is no subject.

        A post-modified unnamed person is one phrase: "a source familiar with the matter",
        "sources close to the ministry", "officials in Seoul" start at the head's determiner, not
        at the object of the preposition.
        """
        start = self._np_scan(k, lo)
        if start is None:
            return None
        head = self._postmodified_head(start, lo)
        if head is not None:
            outer = self._np_scan(head, lo)
            if outer is not None and self._is_subject(outer, head):
                return outer
        return start if self._is_subject(start, k) else None

    def _postmodified_head(self, start: int, lo: int) -> int | None:
        """The head before the preposition that precedes token `start`, when the two words
        before `start` post-modify an unnamed person ("source familiar with", "officials in")."""
        toks = self.toks
        p = start - 1
        if p - 1 < lo or not toks[p].is_word:
            return None
        prep = toks[p].low
        before = toks[p - 1]
        if prep in POSTMODIFIERS.get(before.low, ()):
            head = p - 2
        elif prep in HEAD_PREPOSITIONS:
            head = p - 1
        else:
            return None
        if head < lo or toks[head].low not in _UNNAMED_HEADS:
            return None
        return head

    def _np_scan(self, k: int, lo: int) -> int | None:
        """Leftmost token of the plain noun phrase ending at token k (no subject check)."""
        toks = self.toks
        j = k
        seen_conj = False
        while j >= lo and k - j < 12:
            t = toks[j]
            if t.is_word:
                if (
                    t.text in ("the", "a", "an")  # not the initial of "Julie A. Su"
                    and j - 1 >= lo
                    and j < k
                    and toks[j - 1].is_word
                    and toks[j - 1].low not in _INTO_PHRASE
                    and toks[j - 1].low not in NP_STOP
                ):
                    j -= 1
                    break  # "a number the Federation projects": the phrase starts at "the"
                if t.low in NP_STOP:
                    if (
                        t.low in ("and", "or")
                        and lo <= j - 1
                        and j < k
                        and (
                            toks[j + 1].is_cap
                            or (  # "Russia and the European Union"
                                toks[j + 1].low == "the" and j + 2 <= k and toks[j + 2].is_cap
                            )
                        )
                        and (toks[j - 1].is_cap or toks[j - 1].text == ",")
                    ):
                        seen_conj = True
                        j -= 1
                        continue
                    break
                j -= 1
                continue
            if t.text == "-" and self._spaced(t):
                break  # "LONDON, March 14 (Newswire) - Finance Minister X": a dateline's dash
            if t.text in _NP_INNER:
                j -= 1
                continue
            if t.text == "," and seen_conj and j - 1 >= lo and toks[j - 1].is_cap and j < k:
                j -= 1
                continue
            break
        start = j + 1
        while start <= k and (toks[start].text in (",", ")", "’s", "'s") or toks[start].low in (
            "and", "or"
        )):
            start += 1
        if start > k:
            return None
        return start

    def _spaced(self, tok: Token) -> bool:
        """Whether a token stands apart, with space on both sides (" - " used as a dash)."""
        text = self.text
        return text[tok.start - 1 : tok.start].isspace() and text[tok.end : tok.end + 1].isspace()

    def _is_subject(self, start: int, k: int) -> bool:
        toks = self.toks
        head = toks[k]
        if (
            start < k
            and toks[start].low in VAGUE_HEADS
            and _head_of(toks[start : k + 1]) < k - start
        ):
            return True  # "Critics of the plan": the head is "critics"
        if (
            not head.is_cap
            and head.low in CUE_FORMS
            and head.low not in VAGUE_HEADS
            and head.low not in ANONYMOUS_HEADS
        ):
            return False
        if head.low.endswith("ly"):
            return False
        words = toks[start : k + 1]
        if head.is_cap or head.low in VAGUE_HEADS or head.low in ANONYMOUS_HEADS:
            return True
        if not head.is_word and any(w.is_cap for w in words):
            return True  # "Mike Pence (R-IN)"
        if head.low.endswith("s") and not head.low.endswith(("ss", "us", "is")):
            return True
        if head.low in SUBJECT_NOUNS or head.low.endswith(_NOUN_ENDINGS):
            return any(w.low in DETERMINERS or w.low[0].isdigit() for w in words)
        return head.low[0].isdigit() or head.low in ("percent", "majority", "half", "third")

    def _opens_quote(self, q: int) -> bool:
        """Whether token q opens a quotation (“, or a straight mark with a word right after)."""
        tok = self.toks[q]
        if tok.text == "“":
            return True
        return tok.text == '"' and self.text[tok.end : tok.end + 1].isalnum()

    def _np_right(self, r: int, hi: int) -> list[Token]:
        toks = self.toks
        out: list[Token] = []
        while r < hi and len(out) < 12:
            t = toks[r]
            stop = t.text in _RIGHT_END or (t.is_word and t.low in NP_STOP and t.low != "of")
            if stop and not (
                out and (_postmodifier_at(out[-1], t) or initial_dot(toks, r) or _agent_by(out, t))
            ):
                break  # but "a source familiar with ...", "officials in Seoul", "Julie A. Smith"
            if "\n" in self.text[toks[r - 1].end : t.start] and out:
                break
            out.append(t)
            r += 1
        while out and not out[-1].is_word:
            out.pop()
        return _cut_participle(out)

    # -- cue rules -----------------------------------------------------------------------------

    def _verb(self, i: int, lo: int, hi: int, s: tuple[int, int], found: list[Found]) -> Found | None:
        toks = self.toks
        tok = toks[i]
        low = tok.low
        cue_start = i
        if i + 2 < hi and toks[i + 1].low == "on" and toks[i + 2].low == "condition":
            return None  # "spoke on condition of anonymity" describes the source
        lemma = LEMMA_OF.get(low, low)
        if lemma in _ANONYMITY_VERBS and self.text[tok.end : tok.end + 40].lower().lstrip(
        ).startswith(_ANONYMITY_TAILS):
            return None  # "who asked not to be named" describes the source
        nxt = toks[i + 1].low if i + 1 < hi else ""
        if (
            i > lo
            and nxt in POSTMODIFIERS.get(low, ())
            and toks[i - 1].low in _UNNAMED_HEADS
        ):
            return None  # "officials briefed on the plan said": a post-modifier, not a cue
        if lemma in ("speak", "talk") and nxt not in ("about", "of", "out", "on"):
            return None  # "spoke in a cottage": speaking, not saying something
        if lemma == "see" and not any(t.low in ("as", "that") for t in toks[i + 1 : i + 6]):
            return None  # "America has seen its biggest boom"
        if i > lo:
            prev = toks[i - 1].low
            if prev in DETERMINERS or prev == "to":
                return None
            if low == "saying" and prev == "as" and i - 2 >= lo and toks[i - 2].low == "quoted":
                cue_start = i - 2
        k = cue_start - 1
        timed: set[int] = set()
        while k >= lo:
            kl = toks[k].low
            if kl in AUXILIARIES and kl not in _HEDGE_ADVERBS:
                k -= 1
            elif kl in _TIME_WORDS and k - 1 >= lo and toks[k - 1].low in _TIME_PREPS:
                timed.update((k - 1, k))
                k -= 2  # "who in June cautioned"
            else:
                break
        auxes = [
            toks[q].low
            for q in range(k + 1, cue_start)
            if toks[q].low not in _TIME_WORDS and q not in timed  # not the "this" of "this week"
        ]
        if low.endswith("ing") and not auxes and not (k >= lo and toks[k].text == ","):
            return None  # "a stark warning", "for saying": a noun or a gerund
        if auxes and auxes[0] in ("’s", "'s") and not low.endswith(("ing", "ed")):
            return None  # "the bloc's support": a possessive, not "is"
        if k >= lo and toks[k].low in _HEDGE_ADVERBS:
            return None  # "reportedly views": the hedge is the attribution
        c0 = cue_start
        while c0 - 1 > k and toks[c0 - 1].low in AUXILIARIES:
            c0 -= 1
        cue = (toks[c0].start, tok.end)
        passive = cue_start == i and any(a in _BE for a in auxes) and (
            low.endswith("ed") or low in _PARTICIPLES
        )
        if passive:
            return self._passive(i, k, lo, hi, s, cue)
        weak = low in WEAK_FORMS and not auxes
        kt = toks[k] if k >= lo else None
        if kt is None or not (kt.is_word or kt.text == ")"):
            if kt is not None and kt.text == "," and low.endswith("ing"):
                return self._participle(i, lo, hi, s, found, cue)
            if low in SPEECH_FORMS:
                inverted = self._inverted(i, k, lo, hi, s, cue)
                if inverted is not None:
                    return inverted
            if kt is not None and kt.text == "," and (not weak or self._including(k, lo)):
                return self._appositive(i, k, lo, hi, s, cue)
            return None
        antecedent: list[Token] | None = None
        if k - 1 >= lo and toks[k - 1].low == "what" and kt.low in _PRONOUNS:
            return None  # "what she calls a war of words": a label, not a statement
        if kt.low in _PRONOUNS:
            source = [kt]
        elif kt.low in RELATIVES:
            source = [kt]
            a_end = k - 2 if k - 1 >= lo and toks[k - 1].text == "," else k - 1
            a_start = self._np_left(a_end, lo) if a_end >= lo else None
            if a_start is None:
                return None
            antecedent = toks[a_start : a_end + 1]
            cut = max(
                (q for q, t in enumerate(antecedent) if t.low in ("of", "from", "by", "for")),
                default=-1,
            )
            antecedent = antecedent[cut + 1 :] or antecedent
        else:
            start = self._np_left(k, lo)
            if start is None or any(
                t.low == "who" for t in toks[max(lo, start - 3) : start]
            ):  # "One of the docs who sent the letter called"
                start = self._before_relative(k, lo)
            if start is None:
                return None
            polled = self._polled_people(start, lo)
            if polled is not None:  # "Economists polled by Newswire had expected"
                source = toks[polled : k + 1]
                name = self.text[source[0].start : source[-1].end]
                r = i + 1
                content = self._pick_content(r, low, lo, hi, s, source[0].start, True)
                if content is None:
                    return None
                return Found(source, cue, content, sourcing=Sourcing.VAGUE, name=name)
            outer = self._document_before(start, lo)
            if outer is not None:
                start = outer  # "A video shared ... on TikTok said": the video, not TikTok
            if toks[start].low in ("including", "among") and start - 1 >= lo and (
                toks[start - 1].text == ","
            ):  # "Critics of the Fed, including several lawmakers, say"
                return self._appositive(i, k + 1, lo, hi, s, cue)
            if start - 1 >= lo and toks[start - 1].low == "what" and (
                i + 1 >= hi or not toks[i + 1].is_word
            ):
                return None  # "We looked at what the research says.": a clause, no claim
            source = _cut_participle(toks[start : k + 1])
            if all(t.text[0].isdigit() or t.text in (",", ".") for t in source):
                return None  # "the Chamber's £3,400 estimate": a number is never a source
            core = source[: _head_of(source) + 1]  # without "who ..." or "familiar with ..."
            if (
                not auxes
                and low == LEMMA_OF.get(low)
                and not core[-1].low.endswith("s")
                and core[-1].low not in ("people", "police", "media", "staff", "public")
                and not (  # "Economists at the Bank of England say": the head is "economists"
                    len(core) > 2
                    and core[0].low in _PEOPLE_HEADS
                    and core[0].low.endswith("s")
                    and core[1].low in ("at", "from", "of")
                )
                and core[-1].is_word
                and not core[-1].low[0].isdigit()
            ):
                return None  # "a Donald Trump tweet", "Republican support": a singular noun
            rest = source[len(core) :]
            if rest and rest[0].low == "who" and _anonymity_clause(rest):
                rest = []  # "who asked not to be named": a description, not a verb phrase
            if any(
                not w.is_cap and w.low.endswith(("ing", "ed")) and len(w.low) > 4
                and w.low not in POSTMODIFIERS
                for w in core[1:] + rest
            ):
                return None  # "defending his early-morning tweets": a verb phrase
            head = core[-1].low
            if (
                not auxes
                and low.endswith("s")
                and not low.endswith("ss")
                and head.endswith("s")
                and not core[-1].is_cap
                and head not in ("news", "has", "this", "its", "his", "us")
            ):
                return None  # "Moscow faces challenges": a plural before a verb in -s
            if weak and not any(w.is_cap for w in core) and core[-1].low not in _PEOPLE_HEADS:
                return None
        r = i + 1
        if low in _OBJECT_VERBS:
            r = self._skip_object(r, hi)
        content = self._pick_content(r, low, lo, hi, s, source[0].start, antecedent is None)
        if content is None:
            return None
        if antecedent is not None and content[0] > tok.start:
            comma = next((t.start for t in toks[r:hi] if t.text in (",", "—", "--")), None)
            if comma is not None and comma > content[0]:
                content = (content[0], comma)  # "Obama, who understood that X, told ..."
        return Found(source, cue, content, antecedent)

    def _pick_content(
        self, r: int, low: str, lo: int, hi: int, s: tuple[int, int], src_start: int,
        may_trail: bool,
    ) -> tuple[int, int] | None:
        """What follows the cue (from token r), unless the attribution trails its content:
        after a quotation ('"...," she said on Friday') or a long clause (", the source added")."""
        toks = self.toks
        src_i = bisect_left(self.starts, src_start)
        before_src = toks[src_i - 1] if src_i > lo else None
        trailing = may_trail and before_src is not None and (
            before_src.text in ("”", '"', "''")
            or (
                before_src.text == ","
                and low in SPEECH_FORMS
                and (r >= hi or toks[r].low in _TRAILERS)
                and src_i - lo >= 5
            )
        )
        if trailing:
            return self._content_before(s[0], src_start) or self._content_after(r, hi, s[1])
        return self._content_after(r, hi, s[1]) or self._content_before(s[0], src_start)

    def _including(self, k: int, lo: int) -> bool:
        """Whether the comma at k closes an ", including ..." list ("Critics of the Fed,
        including several lawmakers, say")."""
        toks = self.toks
        for q in range(k - 1, max(lo, k - 10) - 1, -1):
            if toks[q].text == ",":
                return q + 1 < k and toks[q + 1].low in ("including", "among")
        return False

    def _document_before(self, start: int, lo: int) -> int | None:
        """The start of a document noun with a reduced relative that ends in a preposition before
        `start`: "A video shared 2 million times on | TikTok said" is the video's claim."""
        toks = self.toks
        p = start - 1
        if p - 2 < lo or not toks[p].is_word or toks[p].low not in _INTO_OR_STOP:
            return None
        for d in range(p - 2, max(lo, p - 12) - 1, -1):
            t = toks[d]
            if not t.is_word or t.low in CUE_FORMS:
                return None
            if t.low in DOCUMENT_NOUNS and not t.is_cap:
                part = toks[d + 1]
                if (
                    part.is_cap
                    or not _reduced_participle(part)
                    or _agent_by(toks[d : d + 2], toks[d + 2])
                ):
                    return None
                outer = self._np_scan(d, lo)
                return outer if outer is not None and self._is_subject(outer, d) else None
        return None

    def _polled_people(self, start: int, lo: int) -> int | None:
        """The start of "economists polled by" before the body at token ``start``: the people
        asked are the source, the body that asked them only reports their view."""
        toks = self.toks
        p = start - 1
        if p - 2 < lo or toks[p].low != "by" or toks[p - 1].low not in _POLL_PARTICIPLES:
            return None
        head = p - 2
        if toks[head].low not in _POLLED_PEOPLE:
            return None
        outer = self._np_scan(head, lo)
        return outer if outer is not None else head

    def _before_relative(self, k: int, lo: int) -> int | None:
        """ "Officials who spoke on condition of anonymity said": the subject before "who"."""
        toks = self.toks
        for w in range(k, max(lo, k - 12) - 1, -1):
            if not toks[w].is_word:
                return None
            if toks[w].low == "who" and w - 1 >= lo:
                return self._np_left(w - 1, lo)
        return None

    def _skip_object(self, r: int, hi: int) -> int:
        """Past the listener of "told USA Today" / "told him", if only punctuation follows."""
        toks = self.toks
        q = r
        while q < hi and toks[q].is_word and (
            toks[q].is_cap or toks[q].low in _PRONOUN_OBJECTS or toks[q].low in _TIME_WORDS
            or toks[q].low in ("the", "reporters", "journalists", "then", "on", "in", "last")
        ):
            q += 1
        return q if q > r and (q >= hi or not toks[q].is_word) else r

    def _passive(
        self, i: int, k: int, lo: int, hi: int, s: tuple[int, int], cue: tuple[int, int]
    ) -> Found | None:
        toks = self.toks
        if i + 1 < hi and toks[i + 1].low == "by":
            source = self._np_right(i + 2, hi)
            if not source or not (source[0].is_cap or source[0].low in DETERMINERS):
                return None
            content = self._content_before(s[0], cue[0]) or self._content_after(
                i + 2 + len(source), hi, s[1]
            )
            return Found(source, cue, content) if content else None
        if k >= lo and toks[k].low == "it":
            content = self._content_after(i + 1, hi, s[1])
            if content is None:
                return None
            return Found([toks[k]], cue, content, sourcing=Sourcing.VAGUE)
        return None

    def _inverted(
        self, i: int, k: int, lo: int, hi: int, s: tuple[int, int], cue: tuple[int, int]
    ) -> Found | None:
        source = self._np_right(i + 1, hi)
        if not source or source[0].low == "that":
            return None
        after = i + 1 + len(source)
        if after < hi and self.toks[after].is_word and self.toks[after].low not in _TRAILERS:
            return None  # "said he cannot comment": not an inverted subject
        if after < hi and self._opens_quote(after):
            return None  # 'said the study "cannot show ..."': the study is what was said about
        first = source[0]
        if not (first.is_cap or first.low in DETERMINERS) or first.low in _POSSESSIVES:
            return None
        if self.toks[i].low in _OBJECT_VERBS:
            return None  # "told his advisers": an object, not an inverted subject
        core = source[: _head_of(source) + 1]  # "a source" of "a source familiar with ..."
        plain = [t for t in core if t.is_word and not t.is_cap and t.low not in DETERMINERS]
        if len(plain) > 2 or any(t.low.endswith(("ed", "ing")) for t in plain):
            return None  # "said the union expected production": a clause, not a name
        if k < lo:
            end = s[0]
        else:
            kt = self.toks[k]
            end = kt.end if kt.text in ("”", '"', "''") else kt.start
        content = self._content_before(s[0], end) or self._content_after(after, hi, s[1])
        if content is None:
            return None
        return Found(source, cue, content)

    def _appositive(
        self, i: int, k: int, lo: int, hi: int, s: tuple[int, int], cue: tuple[int, int]
    ) -> Found | None:
        """ "Sean Spicer, chief strategist for the RNC, said": the head before the first comma."""
        toks = self.toks
        c = k - 1
        while c >= lo and toks[c].text not in QUOTE_CHARS and toks[c].text not in (";", ":"):
            c -= 1
        c += 1
        first_comma = next((q for q in range(c, k) if toks[q].text == ","), None)
        if first_comma is None or first_comma == c or first_comma - c > 10:
            return None
        head = toks[c:first_comma]
        if not (head[0].is_cap or head[0].low in DETERMINERS) or any(
            t.low in ("said", "says", "told", "tells") for t in head
        ):
            return None
        if head[0].low in NP_STOP or head[0].low in ("in", "at", "for", "after", "on"):
            return None
        between = toks[first_comma + 1 : k]
        source = head
        if between and len(between) <= 5 and all(t.is_cap for t in between if t.is_word):
            source = between  # "The state's campaign chairman, Phil Lovas, said": the name
        members: list[Token] = []
        if between and between[0].low in ("including", "among"):
            members = between[1:]
        elif between and between[0].low == "such" and len(between) > 2:
            members = between[2:]
        if members:  # a named member is the source ("Republicans, including Sen. Ted Cruz")
            source = members if any(t.is_cap for t in members) else head
        if not source:
            return None
        r = self._skip_object(i + 1, hi) if toks[i].low in _OBJECT_VERBS else i + 1
        content = self._pick_content(r, toks[i].low, lo, hi, s, head[0].start, True)
        return Found(source, cue, content) if content else None

    def _participle(
        self, i: int, lo: int, hi: int, s: tuple[int, int], found: list[Found],
        cue: tuple[int, int],
    ) -> Found | None:
        """ ", adding that ...": the subject is the main clause's source or subject."""
        content = self._content_after(i + 1, hi, s[1])
        if content is None:
            return None
        if found and found[-1].cue is not None and found[-1].cue[0] >= s[0]:
            prev = found[-1]
            return Found(prev.source, cue, content, prev.antecedent)
        toks = self.toks
        r = lo
        while r < hi and toks[r].text in QUOTE_CHARS:
            r += 1
        source = self._np_right(r, hi)
        if not source or not (source[0].is_cap or source[0].low in _PRONOUNS):
            return None
        return Found(source, cue, content)

    def _document_source(
        self, r: int, hi: int
    ) -> tuple[list[Token], int, str | None, list[Token] | None] | None:
        """The source of a document phrase at token r, after "according to": (source words,
        index past the phrase, readable name or None, the maker's words or None), or None for no
        document phrase. The source words are the whole phrase; its maker names it.

        Who made the document is the source: "figures published on Wednesday by the Office for
        National Statistics", "data released by X", "a report from X", "a study by X". A study
        only placed in a journal stays the study, named with its venue ("study published in JAMA
        Neurology": the journal printed it, its unnamed authors claim it); a study described by
        its sample ("a study of more than 78,000 people") is the study, not a fragment of it.
        """
        toks = self.toks
        d = r
        while (
            d < hi
            and d - r < 4
            and toks[d].is_word
            and not toks[d].is_cap
            and (toks[d].low not in DOCUMENT_NOUNS)
        ):
            d += 1
        if d >= hi or toks[d].low not in DOCUMENT_NOUNS or toks[d].is_cap:
            return None
        if any(t.low in NP_STOP for t in toks[r:d]):
            return None
        q = d + 1
        participle: Token | None = None
        while q < hi and q - d <= 14:
            t = toks[q]
            if t.text in _RIGHT_END and not self._in_number(q):
                break
            if t.low in ("by", "from") and (participle is not None or q == d + 1):
                agent = self._np_right(q + 1, hi)
                if not agent or not (
                    agent[0].is_cap
                    or agent[0].low in DETERMINERS
                    or agent[0].low in _POLLED_PEOPLE  # "a study by researchers at Harvard"
                ):
                    return None
                return toks[r : q + 1 + len(agent)], q + 1 + len(agent), None, agent
            if participle is None and t.low in _AUTHOR_PARTICIPLES:
                participle = t
            elif participle is not None and participle.low == "published" and t.low == "in":
                v = q + 1
                while v < hi and toks[v].text in ("the", "journal", "medical", "scientific"):
                    v += 1
                venue = self._np_right(v, hi)
                if venue and venue[0].is_cap:
                    end = v + len(venue)
                    name = (
                        f"{toks[d].text} published in {self.text[venue[0].start : venue[-1].end]}"
                    )
                    return toks[r:end], end, name, None
                return None
            elif participle is not None and t.low not in _ADVERBIAL and not t.is_cap:
                break
            q += 1
        if d + 1 < hi and toks[d + 1].low == "of" and participle is None:
            return toks[r : d + 1], q, None, None  # "a study of more than 78,000 people"
        return None

    def _in_number(self, q: int) -> bool:
        """Whether token q is the comma or point inside a number ("78,000", "3.2")."""
        toks = self.toks
        return (
            toks[q].text in (",", ".")
            and 0 < q < len(toks) - 1
            and toks[q - 1].end == toks[q].start
            and toks[q + 1].start == toks[q].end
            and toks[q - 1].text[-1:].isdigit()
            and toks[q + 1].text[:1].isdigit()
        )

    def _according(self, i: int, lo: int, hi: int, s: tuple[int, int]) -> Found | None:
        toks = self.toks
        document = self._document_source(i + 2, hi)
        agent: list[Token] | None = None
        if document is not None:
            source, past, name, agent = document
        else:
            source = self._np_right(i + 2, hi)
            past, name = i + 2 + len(source), None
        if not source:
            return None
        cue = (toks[i].start, toks[i + 1].end)
        before = self._trim(s[0], toks[i].start)
        words_before = sum(1 for t in toks[lo:i] if t.is_word)
        if before is not None and words_before >= 3:
            content: tuple[int, int] | None = self._content_before(s[0], toks[i].start)
        else:
            r = past
            if r < hi and toks[r].text == ",":
                r += 1
            content = self._content_after(r, hi, s[1])
        if not content:
            return None
        sourcing = Sourcing.VAGUE if name else None
        return Found(source, cue, content, antecedent=agent, sourcing=sourcing, name=name)

    def _hedge(self, i: int, s: tuple[int, int]) -> Found | None:
        tok = self.toks[i]
        content = self._trim(s[0], s[1])
        if content is None:
            return None
        return Found([tok], (tok.start, tok.end), content, sourcing=Sourcing.VAGUE)

    def _colon(self, i: int, lo: int, hi: int, s: tuple[int, int]) -> Found | None:
        toks = self.toks
        r = lo
        while r < i and toks[r].text in QUOTE_CHARS:
            r += 1
        head = toks[r:i]
        if not head or len(head) > 6 or not any(t.is_cap for t in head):
            return None
        if any(t.low in _HEADINGS or t.low in CUE_FORMS for t in head):
            return None
        if any(t.text in (",", ".", ";", "?", "!") for t in head):
            return None
        if any(t.text in _BE or t.text in _FINITE for t in head):
            return None  # "The figure is broadly accurate: ...": a verdict, not a speaker
        content = self._content_after(i + 1, hi, s[1])
        if content is None:
            return None
        return Found(head, (toks[i].start, toks[i].end), content)

    def _lead_in(self, i: int, lo: int, hi: int, s: tuple[int, int]) -> Found | None:
        """ "The committee has made several specific claims:" (the colon ending the sentence):
        the subject is the source of what follows (a list, a paragraph)."""
        toks = self.toks
        if i + 1 < hi or i - 2 < lo or toks[i - 1].low not in _LEAD_IN_NOUNS:
            return None
        v = i - 2
        while v > lo and i - v <= 6 and toks[v].low not in _LEAD_IN_VERBS:
            if not toks[v].is_word or toks[v].is_cap or toks[v].low in _NOT_IN_OBJECT:
                return None  # "several specific", "three": only a short object phrase
            v -= 1
        if toks[v].low in _LEAD_IN_PARTICLES and v - 1 > lo:  # "set out", "put forward"
            v -= 1
        if toks[v].low not in _LEAD_IN_VERBS:
            return None
        k = v - 1
        while k >= lo and toks[k].low in AUXILIARIES and toks[k].low not in _HEDGE_ADVERBS:
            k -= 1
        if k < lo or not toks[k].is_word:
            return None
        if toks[k].low in _PRONOUNS:
            start: int | None = k
        else:
            start = self._np_left(k, lo)
        if start is None:
            return None
        c0 = k + 1
        content = self._next_paragraph(toks[i].end)
        if content is None:
            return None
        return Found(toks[start : k + 1], (toks[c0].start, toks[i - 1].end), content)

    def _signature(self, i: int, lo: int, hi: int, s: tuple[int, int]) -> Found | None:
        """ '"...quote." ― Sonya Herridge': a dash under a quotation names its speaker."""
        toks = self.toks
        text = self.text
        back = toks[i].start
        while back > 0 and text[back - 1] in " \u00a0\t":
            back -= 1
        if back == 0 or text[back - 1] not in "”\"":
            return None
        source = self._np_right(i + 1, hi)
        if not source or not source[0].is_cap or len(source) > 6:
            return None
        close = back - 1
        opened = self._open_quote_before(close, text[close])
        if opened is None:
            return None
        return Found(source, (toks[i].start, toks[i].end), (opened, close + 1))

    def _nominal(self, i: int, lo: int, hi: int, s: tuple[int, int]) -> Found | None:
        """ "Trump's claim that ...", "his promise to ...": the possessor is the source."""
        toks = self.toks
        if i + 1 >= hi or toks[i + 1].low not in ("that", "to", ":"):
            return None
        prev = toks[i - 1]
        if prev.low in ("his", "her", "their", "its"):
            source = [prev]
        elif prev.text in ("’s", "'s") and i - 2 >= lo and toks[i - 2].is_cap:
            start = self._np_left(i - 2, lo)
            if start is None:
                return None
            source = toks[start : i - 1]
        else:
            return None
        content = self._trim(toks[i + 1].end if toks[i + 1].low != "to" else toks[i + 1].start,
                             s[1])
        if content is None:
            return None
        return Found(source, (toks[i].start, toks[i].end), content)

    def _report_noun(self, i: int, lo: int, hi: int, s: tuple[int, int]) -> Found | None:
        toks = self.toks
        if i + 1 >= hi or toks[i + 1].low not in ("that", "of"):
            return None
        if i > lo and toks[i - 1].low not in _REPORT_LEAD and toks[i - 1].text != ",":
            return None
        content = self._trim(toks[i + 1].end, s[1])
        if content is None:
            return None
        return Found([toks[i]], None, content, sourcing=Sourcing.VAGUE)

    # -- driver --------------------------------------------------------------------------------

    def run(self, s_start: int, s_end: int) -> list[Found]:
        """Every attribution whose cue lies in the sentence [s_start, s_end)."""
        toks = self.toks
        lo, hi = token_range(self.starts, s_start, s_end)
        s = (s_start, s_end)
        found: list[Found] = []
        self.floor = s_start
        used_until = -1
        for i in range(lo, hi):
            if i <= used_until or (self.quoted[i] and toks[i].text != ":"):
                continue
            tok = toks[i]
            low = tok.low
            f: Found | None = None
            if low in ("reports", "report"):
                f = self._report_noun(i, lo, hi, s)
            elif low in _NOMINAL_CUES and i > lo:
                f = self._nominal(i, lo, hi, s)
            if f is None and low in CUE_FORMS and not (tok.is_cap and i > lo and toks[i - 1].is_word):
                f = self._verb(i, lo, hi, s, found)
            elif (
                i + 1 < hi
                and toks[i + 1].low == "that"
                and not tok.is_cap
                and low.endswith(("ed", "s"))
                and low not in NP_STOP
                and low not in _NOT_VERBS
                and i > lo
            ):
                f = self._verb(i, lo, hi, s, found)  # any "X <verb>s/ed that ...": a new cue
            elif low == "according" and i + 1 < hi and toks[i + 1].low == "to":
                f = self._according(i, lo, hi, s)
            elif low in _HEDGE_ADVERBS:
                f = self._hedge(i, s)
            elif tok.text == ":":
                f = self._lead_in(i, lo, hi, s) or self._colon(i, lo, hi, s)
            elif tok.text in DASHES:
                f = self._signature(i, lo, hi, s)
            if f is not None:
                ends = [f.source[-1].end] + ([f.cue[1]] if f.cue else [])
                if max(ends) <= s_end and f.content is not None and f.content[1] <= tok.start:
                    self.floor = max(self.floor, max(ends))
                f.participle = low.endswith("ing") and i > lo and toks[i - 1].text == ","
                src_i = bisect_left(self.starts, f.source[0].start)
                f.new_clause = (
                    src_i - 1 > lo
                    and toks[src_i - 1].low in _CLAUSE_JOINERS
                    and toks[src_i - 2].text in (",", "—", "–", "--", ";")
                )
                found.append(f)
                if f.source and f.source[-1].start > tok.start:  # inverted: skip the source
                    used_until = i + len(f.source)
        return _outermost(found, self.text) if len(found) > 1 else found


def _contains(span: tuple[int, int] | None, pos: int) -> bool:
    return span is not None and span[0] <= pos < span[1]


def _trails(f: Found, text: str) -> bool:
    """Whether ``f`` is a trailing attribution set off from its content ("..., sources said",
    '"...," he said'), not a clause whose subject merely comes late ("the 0.4% that economists
    polled by Reuters had expected")."""
    if f.content is None:
        return False
    pos = min(f.source[0].start, f.cue[0] if f.cue else f.source[0].start)
    end = f.content[1]
    return end <= pos and any(ch in ",”\"’'—–-:;" for ch in text[max(0, end - 1) : pos])


def _outermost(found: list[Found], text: str) -> list[Found]:
    """Drop attributions nested in another's content ("Clinton said she thinks ..." is one).

    PolNeAR gives each token one role, and a fact-checker wants the article's source, not the
    reported speaker's own attributions. When two contain each other's cue ("Protocol called
    for X, sources said"), the trailing one set off by a comma or a quotation mark is the outer
    one; when neither trails so ("The Bureau reported that ... the 0.4% that economists polled
    by Reuters had expected"), the first. Participles after a comma (", adding that ...") are
    kept: they extend the same speaker.
    """
    keep: list[Found] = []
    for a in found:
        pos = a.cue[0] if a.cue else a.source[0].start
        nested = False
        for b in found:
            if b is a or b.cue is None or b.content is None or _contains(b.content, b.cue[0]):
                continue
            if not _contains(b.content, pos) or a.participle or a.new_clause:
                continue
            if a.content is not None and _contains(a.content, b.cue[0]):
                if a.content[1] <= pos and _trails(a, text):
                    continue  # a is the trailing "..., sources said" that contains b
                if pos < b.cue[0] and not _trails(b, text):
                    continue  # neither trails: the first is the outer one
            nested = True
            break
        if not nested:
            keep.append(a)
    return keep
