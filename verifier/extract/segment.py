"""Sentence segmentation with exact character offsets, and the lines that are not claims.

Why our own segmenter rather than pysbd: extraction must run at well over 1,000 sentences a second
including everything after segmentation, pysbd alone manages about 2,000, and its ``char_span``
offsets come from searching for each sentence's text (they go wrong when a sentence repeats). This
one never rewrites text: it only chooses boundaries, so every span indexes the original string.

Rules, in order of authority:

1. A line break always ends a sentence (articles put headings, captions and link lines on lines of
   their own; a sentence never legitimately spans one in the texts we read).
2. Inside a line, ``.``, ``!``, ``?`` or ``…`` (plus any closing quotes or brackets) followed by
   whitespace and something that can start a sentence (a capital, a digit, an opening quote or
   bracket) is a boundary, unless the word before the full stop is an abbreviation that does not
   end sentences ("Mr.", "Gen.", "Sept.") or an acronym ("U.S.") or an initial ("Julie A.
   Smith") followed by a word that does not start sentences.

Each line is also classified: headings, bylines, link lines ("Read also:", and the title line after
a bare "Read also:"), datelines, photo credits, wire credit lines ("(Reporting by ...; Editing by
...)") and correction notices ("Correction: An earlier version of this article ...") are marked
with a skip reason so the pipeline never offers them as claims, while still keeping them as
sentences a person can see. A heading is a title-cased line, the headline (:func:`headline_span`),
or a short line standing alone as a paragraph without final punctuation ("Jobs data disappoint").

Markup and wire datelines are left out of a sentence by where its span starts and ends, never by
rewriting the text: a Markdown list or blockquote marker ("- ", "1. ", "> ") and emphasis wrapping
a whole line or sentence ("**...**", "_..._") are outside the span, and lines are classified by
their words without the markup ("*By Leo Brandt*" is a byline). A wire dateline opening a line
("LONDON, March 12 (Reuters) - ", "WASHINGTON — ") is a sentence of its own, marked "dateline".
Emphasis inside a sentence ("in *outer* districts") stays in its text.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Segment(NamedTuple):
    """One sentence: ``text[start:end]`` (stripped), and why it is not a claim if it cannot be."""

    start: int
    end: int
    skip_reason: str | None = None


# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
_NEVER_FINAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "cpl",
        "pvt",
        "gov",
        "sen",
        "sens",
        "rep",
        "reps",
        "rev",
        "st",
        "fr",
        "hon",
        "pres",
        "supt",
        "insp",
        "det",
        "messrs",
        "mme",
        "mlle",
        "jr",
        "sr",
        "vs",
        "v",
        "etc",
        "al",
        "approx",
        "est",
        "dept",
        "univ",
        "assn",
        "bros",
        "ft",
        "mt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ed",
        "eds",
    ]
)
# Abbreviations that often do end a sentence ("... of Smith & Co. The firm ...") are only split
# before a word that typically starts one.
_SOMETIMES_FINAL = frozenset(["inc", "ltd", "co", "corp", "llc", "plc", "am", "pm", "a.m", "p.m"])
# Abbreviations that only abbreviate before a number ("No. 10", "Fig. 3"); "No." alone is a word.
_BEFORE_NUMBER = frozenset(["no", "nos", "fig", "figs", "vol", "pp", "p", "art", "sec", "ch"])
_SENTENCE_STARTERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "there",
        "here",
        "in",
        "on",
        "at",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "as",
        "for",
        "however",
        "meanwhile",
        "also",
        "according",
        "some",
        "many",
        "most",
        "several",
        "one",
        "two",
        "three",
        "no",
        "not",
        "what",
        "who",
        "why",
        "how",
        "where",
    ]
)

# closers and openers include Markdown emphasis: "**Output fell.** The ..." ends after the "**"
_TERMINAL = re.compile(r"(?:[.!?…]+)[\"'”’»)\]*_]*(?=\s+[\"'“‘«(\[*_]{0,3}[A-Z0-9À-Ý])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[*_]{0,3}([A-Za-z]+)")
_INITIAL_NEXT = re.compile(r"\s+[A-Z]\.")
_LONGEST_WORD = 64  # characters looked back from a full stop for the word it ends


def _ends_sentence(line: str, dot_at: int, after: int) -> bool:
    """Whether the full stop at ``line[dot_at]`` ends a sentence; ``after`` is past the closers."""
    # Only the word before the stop matters: searching from the line's start made a long
    # one-paragraph text quadratic (every full stop rescanned everything before it).
    m = _WORD_BEFORE.search(line, max(0, dot_at - _LONGEST_WORD), dot_at + 1)
    if m is None:
        return True
    word = m.group(1)
    low = word.lower()
    nxt = _NEXT_WORD.match(line, after)
    next_word = nxt.group(1).lower() if nxt else ""
    if len(word) == 1 and word.isupper():
        # An initial ("John F. Kennedy", "Julie A. Smith", "J. A. Smith") unless a word that
        # starts sentences follows, and it is not another initial: "Malcolm X. He said",
        # "... took vitamin D. The study ..." end there.
        return next_word in _SENTENCE_STARTERS and not _INITIAL_NEXT.match(line, after)
    if "." in word:  # an acronym with dots: "U.S.", "a.m."
        return low in _SENTENCE_STARTERS or next_word in _SENTENCE_STARTERS
    if low in _NEVER_FINAL:
        return False
    if low in _BEFORE_NUMBER:
        return not line[after:].lstrip()[:1].isdigit()
    if low in _SOMETIMES_FINAL:
        return next_word in _SENTENCE_STARTERS
    return True


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans inside one line, shifted by ``offset`` and stripped of whitespace."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _TERMINAL.finditer(line):
        punct_end = m.start() + len(m.group().rstrip("\"'”’»)]*_"))
        single_stop = line[punct_end - 1] == "." and punct_end - m.start() == 1
        if single_stop and not _ends_sentence(line, punct_end - 1, m.end()):
            continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, len(line)))
    out = []
    for a, b in spans:
        chunk = line[a:b]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            inner_a, inner_b = _unwrap_emphasis(stripped)
            out.append((offset + a + lead + inner_a, offset + a + lead + inner_b))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as stripped ``(start, end)`` spans (any of \\n, \\r\\n, \\r, U+2028/9)."""
    out = []
    for m in re.finditer(r"[^\n\r\u2028\u2029]+", text):
        chunk = m.group()
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((m.start() + lead, m.start() + lead + len(stripped)))
    return out


# ---- Markdown markup and wire datelines before a sentence ------------------------------------
# The text is never rewritten: markup is left out of a sentence by starting its span after it.

# "- ", "* ", "+ ", "• ", "1. ", "2) " (a list item) and "> " (a blockquote), nested in any order
_LINE_MARKER = re.compile(r"(?:>[ \t]*|(?:[-*+•]|\d{1,3}[.)])[ \t]+)")
# What may stand between a line's start and a list item's first sentence: indentation, blockquote
# marks, the item's marker ("- ", "* ", "+ ", "• ", "1. ", "2) ") and opening emphasis.
_ITEM_PREFIX = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\*{1,3}|_{1,3})?")


def opens_list_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a Markdown list item (only its marker, and maybe
    opening emphasis, before it on its line)."""
    return _ITEM_PREFIX.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
# emphasis around a whole sentence or line: "*x*", "_x_", "**x**", "__x__", "***x***"
_EMPHASIS_OPEN = re.compile(r"(\*{1,3}|_{1,3})(?=[^\s*_])")


def _unwrap_emphasis(s: str) -> tuple[int, int]:
    """``s[a:b]`` without the emphasis markers wrapping all of it ("**Output fell 3%.**")."""
    a, b = 0, len(s)
    while True:
        m = _EMPHASIS_OPEN.match(s, a, b)
        if m is None:
            return a, b
        run = m.group(1)
        inner_a, inner_b = a + len(run), b - len(run)
        if (
            inner_b <= inner_a
            or s[inner_b:b] != run
            or s[inner_b - 1].isspace()
            or run in s[inner_a:inner_b]  # "*a* and *b*": two emphases, not one around both
        ):
            return a, b
        a, b = inner_a, inner_b


def markup_span(line: str) -> tuple[int, int, bool]:
    """Where a line's words are, without its Markdown markup: ``line[a:b]``, and whether it has a
    list or blockquote marker ("- Bus journeys ..." gives the span of "Bus journeys ...";
    "*By Leo Brandt*" that of "By Leo Brandt"). A line that is only markup ("* * *") is kept."""
    a = 0
    while True:
        m = _LINE_MARKER.match(line, a)
        if m is None or m.end() >= len(line):
            break
        a = m.end()
    marked = a > 0
    inner_a, inner_b = _unwrap_emphasis(line[a:])
    a, b = a + inner_a, a + inner_b
    if not any(c.isalnum() for c in line[a:b]):
        return 0, len(line), False
    return a, b, marked


_CAPS_WORD = r"[A-Z][A-Z'’-]+\.?"  # "LONDON", "ST. LOUIS"; not "U.S."
_PLACE_WORD = r"[A-Z][A-Za-z.'’-]*"
_WIRE_DATELINE = re.compile(
    # where it was filed: "LONDON", "NEW YORK", "KYIV, Ukraine"; "Kyiv" only before an agency
    r"(?:(?P<caps>" + _CAPS_WORD + r"(?:\s+" + _CAPS_WORD + r"){0,3})"
    r"|(?P<place>" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,3}))"
    r"(?:,\s*" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,2})??"
    # when: ", March 12", ", 12 March 2025"
    r"(?P<date>,\s*(?i:" + r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r")\s+\d{1,2}(?:,?\s+\d{4})?|,\s*\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)?"
    # who: "(Reuters)", "(AP)", "(Newswire)"
    r"(?P<agency>\s*\([A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,3}\))?"
    # a dash: "-", "--", "–", "—"
    r"(?P<dash>\s+-{1,2}\s+|\s*[–—]\s*)"
    r"(?=[\"'“‘]?[A-Z0-9])"
)


# news agencies, for a dateline whose place is not in capitals ("Kyiv (Reuters) - ")
_AGENCIES = frozenset(
    [
        "reuters",
        "ap",
        "afp",
        "upi",
        "dpa",
        "ani",
        "pti",
        "ians",
        "efe",
        "ansa",
        "xinhua",
        "kyodo",
        "yonhap",
        "tass",
        "interfax",
        "bloomberg",
        "ukrinform",
        "newswire",
    ]
)


def dateline_prefix(line: str) -> int:
    """The length of the wire dateline a line opens with ("LONDON, March 12 (Newswire) - ",
    "KYIV (Reuters) – ", "WASHINGTON — "), or 0. A place in capitals stands alone only before an
    en or em dash ("NATO - The ..." is no dateline); one in title case only before a news agency
    in brackets ("Kyiv (Reuters) - ", not "Apple (AAPL) - ")."""
    m = _WIRE_DATELINE.match(line)
    if m is None:
        return 0
    agency = m.group("agency")
    if m.group("place") is not None:
        if agency is None or agency.strip(" ()").lower() not in _AGENCIES:
            return 0
    elif agency is None and m.group("date") is None and "-" in m.group("dash"):
        return 0
    return m.end()


def dateline_agency(line: str) -> str | None:
    """The agency a wire dateline names ("Reuters" in "KYIV (Reuters) - ..."), or None."""
    m = _WIRE_DATELINE.match(line)
    if m is None or not dateline_prefix(line) or m.group("agency") is None:
        return None
    return m.group("agency").strip().strip("()").strip() or None


# ---- lines that are not claims -------------------------------------------------------------

_LINK_CUE = re.compile(
    r"^(?:read (?:also|more|next)|also read|see also|related(?: articles?| stories| coverage)?|"
    r"more on this|more from|recommended|watch|listen|further reading)\b\s*[:>»\-–—]?",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?i:(?:(?:written|reported|reporting|edited|editing|words|text) )?by)\s+[A-Z][\w.'’-]*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|and|&|,|de|van|von|al))*"
    # where the reporter filed from: "By Jane Smith in Kyiv", "By A and B in New York"
    r"(?:,?\s+(?:in|from)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|of|the))*)?"
    r"\s*(?:[,|/–—-].*)?$"
)
# A wire credit line: "(Reporting by A; Additional reporting by B in New York; Editing by C)",
# "--additional reporting from D.", "The Associated Press contributed to this report."
_CREDIT = re.compile(
    r"^[(\[\s\-–—]*(?:(?:(?:additional|further) )?(?:reporting|writing|editing|research|compiled)"
    r" by\b|(?:additional|further) reporting (?:by|from)\b)",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed (?:reporting )?to this (?:report|article|story)\W*$", re.IGNORECASE
)
# A notice about the article rather than a statement of it: "Correction: An earlier version ...",
# "(This story has been corrected to show ...)", "Editor's note: ...", "Correction Appended."
_ARTICLE = r"(?:article|story|piece|column|headline)"  # not "post", "video": a claim's subject
_CORRECTION = re.compile(
    r"^[(\[*_\s]*(?:"
    r"(?:corrections?|clarifications?|editor[’']?s[’']? notes?|notes? to readers)"
    r"(?:\s*\([^)]{0,40}\)|,?\s+(?:[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4}))?"
    r"\s*[:—–]"
    r"|corrections? appended\b"
    r"|this " + _ARTICLE + r"\b.{0,60}?\b(?:has|have|had|was|were|is)(?: been)? "
    r"(?:updated|corrected|amended|revised|changed|edited|clarified|modified)\b"
    r"|an? (?:earlier|previous|prior|original) version of this " + _ARTICLE + r"\b"
    r")",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted|last updated|first published)\s*(?:on|at)?:?\s*)?"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s*)?"
    r"(?:\d{1,2}\s+" + _MONTH + r",?\s+\d{4}|" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|"
    r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:\s*(?:,|at|-|–|\|)?\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\.?$",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"^(?:published|updated|posted|last updated)\b.{0,60}$", re.I)
_PHOTO = re.compile(
    r"^(?:\(?(?:photo|image|picture|photograph|illustration|video|credit)s?"
    r"(?:\s+(?:credit|by|courtesy))?\s*[:/]|\(?photo by\b)|"
    r"(?:getty images|\bap photo\b|\bafp\b|/\s*reuters|shutterstock|\bepa\b|\bfile photo\b)\W*$",
    re.IGNORECASE,
)
_TITLE_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "under",
        "over",
        "as",
        "vs",
        "via",
        "into",
        "onto",
        "upon",
        "amid",
        "after",
        "before",
        "about",
        "against",
        "between",
        "through",
        "per",
        "is",
        "are",
        "was",
        "be",
    ]
)
_FINAL_PUNCT = ".!?:;…\"'”’)]"
_WORDISH = re.compile(r"[^\s]+")


def is_heading(line: str) -> bool:
    """A short line without final punctuation whose words are mostly capitalised."""
    if not line or line[-1] in _FINAL_PUNCT or len(line) > 120:
        return False
    words = _WORDISH.findall(line)
    if not words or len(words) > 14:
        return False
    if line.isupper() and any(c.isalpha() for c in line):
        return True
    significant = [w for w in words if w.lower().strip("-–—,:") not in _TITLE_SMALL]
    if not significant:
        return False
    capitalised = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return capitalised / len(significant) >= 0.75 and words[0][0].isupper()


# A line that is a link: a Markdown link or a bare URL first (after a list marker), with at most a
# few words after it ("- [NEJM trial, 2022](https://...)", "* https://who.int/... (WHO)").
_LINK_ITEM = re.compile(
    r"^(?:[-*+•]|\d{1,3}[.)])?[ \t]*(?:\[[^\]\n]*\]\([^)\s]*(?:\([^)\s]*\)[^)\s]*)*\)|<?https?://\S+)"
)


def _is_link_item(line: str) -> bool:
    m = _LINK_ITEM.match(line)
    return m is not None and len(_WORDISH.findall(line[m.end() :])) <= 4


def line_skip_reason(line: str) -> str | None:
    """Why a whole line cannot be a claim, or None if it may hold claims."""
    if _is_link_item(line):
        return "link line"
    if _CORRECTION.match(line):
        return "correction notice"
    if len(line) <= 300 and (_CREDIT.match(line) or _CONTRIBUTED.search(line)):
        return "credit line"
    if len(line) <= 200:
        if _LINK_CUE.match(line) and (len(line) < 90 or line.rstrip().endswith(":")):
            return "link line"
        if len(line) < 80 and _BYLINE.match(line):
            return "byline"
        if _DATELINE.match(line) or (len(line) < 70 and _PUBLISHED.match(line)):
            return "dateline"
        if _PHOTO.search(line) and len(line) < 160:
            return "photo credit"
    if is_heading(line) or _MARKDOWN_HEADING.match(line):
        return "heading"
    return None


_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+\S")  # "## Jobs data disappoint"; not "#hashtag"


_HEADLINE_MAX_WORDS = 14  # PolNeAR's headlines: 5-19 words, 77 of 84 at most 14; leads run longer


def _blank_line(gap: str) -> bool:
    """Whether the whitespace between two lines holds an empty line."""
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2


def headline_span(text: str, spans: list[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """The document's headline: its first line when that line stands alone as a paragraph.

    A plain-text article (a copy-paste, a wire story) opens with its headline on a line of its own,
    a blank line, then the body; the headline may be in sentence case and end with a full stop
    ("De Blasio says Chelsea explosion was an 'intentional act.'"), so the heading test for lines
    inside the text does not find it. Taken only when it is short (at most 14 words, one sentence),
    the body follows after a blank line, and it does not report in the past tense: headlines say
    "says", a one-sentence lead paragraph says "said" ("Officials said that ...").
    """
    spans = _lines(text) if spans is None else spans
    if len(spans) < 2:
        return None
    (a, b), (next_a, _) = spans[0], spans[1]
    line = text[a:b]
    if not _blank_line(text[b:next_a]):
        return None  # no blank line after it: the first line of the body
    if len(line) > 150 or len(_WORDISH.findall(line)) > _HEADLINE_MAX_WORDS:
        return None
    if len(_split_line(line, a)) > 1 or _PAST_REPORTING.search(line):
        return None  # a lead paragraph, not a headline
    return a, b


_PAST_REPORTING = re.compile(r"\b(?:said|told|reported|announced|added)\b", re.IGNORECASE)

_SUBHEADING_MAX_WORDS = 10
_HEADLINE_MAX_WORDS_UNPUNCTUATED = 25  # a first line with no full stop is no lead paragraph


def is_subheading(
    text: str, spans: list[tuple[int, int]], i: int, span: tuple[int, int] | None = None
) -> bool:
    """A heading in sentence case: a short line standing alone as a paragraph (an empty line, or
    the text's start or end, on both sides), one sentence, without final punctuation ("Jobs data
    disappoint", an HTML ``<h2>``). The first line may be as long as a headline (an HTML ``<h1>``
    of 20 words). A line of a paragraph never is one, so a hard-wrapped text keeps its lines.
    ``span``: line ``i``'s words without their markup, when they differ from ``spans[i]``."""
    a, b = span or spans[i]
    line = text[a:b]
    longest = (150, _HEADLINE_MAX_WORDS_UNPUNCTUATED) if i == 0 else (100, _SUBHEADING_MAX_WORDS)
    if line[-1] in _FINAL_PUNCT or not (line[0].isupper() or line[0].isdigit()):
        return False
    if len(line) > longest[0] or len(_WORDISH.findall(line)) > longest[1]:
        return False
    if i > 0 and not _blank_line(text[spans[i - 1][1] : a]):
        return False
    if i + 1 < len(spans) and not _blank_line(text[b : spans[i + 1][0]]):
        return False
    return len(_split_line(line, a)) == 1


_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w'’.-]*|de|van|von|der|den|al|bin|da|del|della|di|du|la|le|y)$"
)
# words that describe a reporter or a desk, not a name: "Priya K. Raman, Health Correspondent"
_ROLE_WORDS = frozenset(
    [
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "editor",
        "editors",
        "writer",
        "writers",
        "staff",
        "columnist",
        "contributor",
        "contributors",
        "bureau",
        "chief",
        "analyst",
        "producer",
        "journalist",
        "journalists",
        "desk",
        "news",
        "wire",
        "press",
        "agency",
        "service",
        "team",
        "updated",
        "published",
        "photographer",
        "photos",
        "anchor",
        "host",
        "presenter",
        "commentator",
        "intern",
        "fellow",
    ]
)
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:written|reported|reporting|edited|editing|words|text|story|writing) )?by\s+", re.I
)
_NAME_END = re.compile(r"\s+(?:in|at|for|from|with|via|on)\s+.*$|\s*(?:\||·|•|/|\s[-–—]\s).*$")


def _names(part: str) -> list[str]:
    """Person names in a list ("A, B and C"), up to the first thing that is not one."""
    names: list[str] = []
    for piece in re.split(r"\s*(?:,|;|\band\b|&)\s*", part):
        piece = _NAME_END.sub("", piece.strip()).strip(" .,;")
        words = piece.split()
        if not piece and not names:
            continue
        if (
            not 1 <= len(words) <= 5
            or not words[0][0].isupper()
            or not all(_NAME_TOKEN.match(w) for w in words)
            or any(w.lower().strip(".") in _ROLE_WORDS for w in words)
        ):
            break
        if len(words) == 1 and names:
            break  # "By Jane Smith, Reuters": a lone capitalised word after a name is a desk
        # a name ending in an initial or "Jr." keeps its full stop: "Ann B.", "John Smith Jr."
        end = part.find(piece) + len(piece)
        if part[end : end + 1] == "." and (len(words[-1]) == 1 or words[-1] in ("Jr", "Sr")):
            piece += "."
        names.append(piece)
    return names


def byline_names(line: str) -> list[str]:
    """The authors a byline or credit line names, as written.

    "By Margaret L. Okafor" gives one name, "By Mary J. Blige and Tom R. Delgado" two; a role or
    date after them is left out ("By Priya K. Raman, Health Correspondent · February 11, 2025").
    In a credit line only the reporters and writers count ("(Reporting by A; Additional reporting
    by B; Editing by C)" gives A). A line that is neither gives no names.
    """
    line = line.strip()
    a, b, _ = markup_span(line)  # "*By Leo Brandt — Metro Desk*", "> By Jane Smith"
    line = line[a:b].strip("()[]").strip()
    reason = line_skip_reason(line)
    if reason == "byline":
        return _names(_BYLINE_PREFIX.sub("", line, count=1))
    if reason != "credit line":
        return []
    names: list[str] = []
    for clause in re.split(r"\s*;\s*", line.lstrip("-–— ")):
        m = re.match(r"(?:reporting|writing|written) by\s+(.*)$", clause, re.I)
        if m:
            names += [n for n in _names(m.group(1)) if n not in names]
    return names


def _bare_link_cue(line: str) -> bool:
    """A link cue with nothing after it ("Read also:"), so the next line is the link's title."""
    m = _LINK_CUE.match(line)
    return m is not None and not line[m.end() :].strip()


def segment(text: str, *, lines: bool = False) -> list[Segment]:
    """Split ``text`` into sentences with offsets into it.

    With ``lines=True`` every non-blank line is one sentence as given (the caller already split the
    claims, one per line), and no line is marked: the caller decided each line is worth scoring.
    """
    if lines:
        return [Segment(a, b) for a, b in _lines(text)]
    out: list[Segment] = []
    after_link_cue = False
    spans = _lines(text)
    headline = headline_span(text, spans)
    for i, (a, b) in enumerate(spans):
        line = text[a:b]
        # the words without Markdown markup: a list item's "- ", a blockquote's "> ", "*...*"
        inner_a, inner_b, marked = markup_span(line)
        inner = line[inner_a:inner_b]
        reason = "heading" if (a, b) == headline else line_skip_reason(line)
        if reason is None and inner != line:
            reason = line_skip_reason(inner)  # "*By Leo Brandt — Metro Desk, 4 April 2025*"
        if reason is None and not marked:  # a loose list's short items are no subheadings
            words = (a + inner_a, a + inner_b) if inner != line else None  # "**Key findings**"
            if is_subheading(text, spans, i, words):
                reason = "heading"
        if (after_link_cue and reason is None) or (after_link_cue and reason == "heading"):
            reason = "link line"
        after_link_cue = reason == "link line" and _bare_link_cue(line)
        if reason is not None:
            out.append(Segment(a, b, reason))  # a line that is no claim is kept whole
            continue
        start = a + inner_a
        dateline = dateline_prefix(inner)  # "LONDON, March 12 (Newswire) - " opens the story
        if dateline:
            out.append(Segment(start, start + len(inner[:dateline].rstrip()), "dateline"))
            start += dateline
        out.extend(Segment(s, e) for s, e in _split_line(text[start : a + inner_b], start))
    return out
