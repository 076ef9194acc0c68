"""Attribution extraction: who the article says each claim comes from.

Rules, not a model: the machine has no tagger or parser to lean on, and the pipeline must run at
well over a thousand sentences a second. The rules are the ones a copy editor applies:

* a reporting cue ("said", "estimates", "warned", "according to", a colon after a name, a dash
  before a name under a quotation) marks an attribution (lexicon: `verifier.extract.cues`);
* its source is the noun phrase before the cue (skipping auxiliaries and adverbs: "has also
  said"), after it when inverted ('"...," said Trump'), before an appositive ("Sean Spicer, the
  party's strategist, said"), or the subject of the main verb for a trailing participle
  (", adding that ...");
* its content is what follows the cue ("said that ..."), or else what precedes the source
  ('"...," he warned'), widened to the whole quotation when the quote spans several sentences;
* the source is then split when coordinated ("U.S., South Korean, and Ukrainian officials"),
  resolved when it is a pronoun or "who", and classed as named person, named organisation,
  anonymous or vague (`verifier.extract.attribution_names`).

Each attribution is listed under every sentence its cue or content touches, so a claim sentence
inside a multi-sentence quotation carries the attribution whose cue comes sentences later. A
quotation that runs on after its attribution ('"...," said Swonk. "We have lost 200,000 jobs."',
or over paragraphs left open by the typographic convention) gives its later sentences the same
speaker (:func:`_carry_quotations`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from verifier.extract.attribution_names import (
    Bodies,
    People,
    Who,
    classify,
    find_bodies,
    find_people,
)
from verifier.extract.attribution_rules import Found, SentenceRules
from verifier.extract.attribution_split import split_coordination
from verifier.extract.attribution_tokens import tokenize
from verifier.extract.segment import opens_list_item
from verifier.models import Attribution, Sourcing, Span, TextSpan

__all__ = ["find_attributions"]


@dataclass(frozen=True, slots=True)
class _Article:
    text: str
    people: People
    bodies: Bodies
    # named sources so far, in order: (start, head word, who), for "the poll" after "A Bloomberg poll"
    named: list[tuple[int, str, Who]] = field(default_factory=list)

    def earlier(
        self, head: str, pos: int, bare: bool = False, modifiers: tuple[str, ...] = ()
    ) -> Who | None:
        """The source a description ("the poll", "the bank") stands for: the last named source
        with that head word before ``pos`` or, for a bare description, the last body of that kind
        the article named (a source or not: "Wells Fargo set aside $1.3 billion, the bank said"),
        whichever comes later. A description's ``modifiers`` must all be words of the source's
        name: "the port authority" is the "Caldera Bay Port Authority", "the health authority"
        is not."""
        source: tuple[int, Who] | None = None
        for start, known_head, who in reversed(self.named):
            if start < pos and known_head == head and _names_with(who.name, modifiers):
                source = (start, who)
                break
        body = self.bodies.called(head, pos) if bare else None
        if body is not None and (source is None or body[0] > source[0]):
            return Who(body[1], Sourcing.NAMED_ORGANISATION)
        return source[1] if source is not None else None

    def remember(self, start: int, name: str, who: Who) -> None:
        if who.sourcing in (Sourcing.NAMED_PERSON, Sourcing.NAMED_ORGANISATION):
            head = name.split()[-1].lower() if name.split() else ""
            self.named.append((start, head, who))


def _names_with(name: str, modifiers: tuple[str, ...]) -> bool:
    """Whether every modifier of a description is a word of the name ("port" of "Caldera Bay
    Port Authority")."""
    if not modifiers:
        return True
    words = set(re.findall(r"[\w’'-]+", name.lower()))
    return all(m in words for m in modifiers)


def _to_models(found: Found, article: _Article, sentence: tuple[int, int]) -> list[Attribution]:
    """One Attribution per coordinated part of the found source."""
    text = article.text
    cue = (
        TextSpan(start=found.cue[0], end=found.cue[1], text=text[found.cue[0] : found.cue[1]])
        if found.cue
        else None
    )
    content = Span(start=found.content[0], end=found.content[1]) if found.content else None
    out: list[Attribution] = []
    parts = split_coordination(found.source, text)
    for part in parts:
        earlier = article.earlier
        if found.antecedent is not None:  # "who" / "which": the phrase it refers to
            who = classify(found.antecedent, article.people, text, sentence, earlier)
        elif part.name is not None:  # "U.S." of "U.S., ... officials": class the whole member
            who = classify(parts[-1].words, article.people, text, sentence, earlier)
        else:
            who = classify(part.words, article.people, text, sentence, earlier)
        name = part.name if part.name is not None else (found.name or who.name)
        start, end = part.words[0].start, part.words[-1].end
        if part.name is None and found.sourcing is None:
            article.remember(start, text[start:end], who)
        out.append(
            Attribution(
                source=TextSpan(start=start, end=end, text=text[start:end]),
                name=name,
                cue=cue,
                content=content,
                sourcing=found.sourcing or who.sourcing,
            )
        )
    return out


def find_attributions(
    text: str, sentences: Sequence[tuple[int, int]]
) -> list[list[Attribution]]:
    """For each sentence span (start, end) into text, the attributions whose cue or content lies
    in it.

    An attribution whose content spans several sentences (a long quotation before "he said") is
    listed under each of them; the same object appears in each list, so callers can deduplicate
    by identity or by (source, cue) span.
    """
    result: list[list[Attribution]] = [[] for _ in sentences]
    if not sentences:
        return result
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    rules = SentenceRules(text, tokens, starts)  # it marks which tokens are quoted, once
    article = _Article(
        text, find_people(tokens, text, rules.quoted), find_bodies(tokens, text, rules.quoted, starts)
    )
    order = sorted(range(len(sentences)), key=lambda k: sentences[k][0])
    sent_starts = [sentences[k][0] for k in order]
    for k in order:
        s_start, s_end = sentences[k]
        for found in rules.run(s_start, s_end):
            attributions = _to_models(found, article, (s_start, s_end))
            targets = {k}
            if found.content is not None:
                c_start, c_end = found.content
                first = max(bisect_right(sent_starts, c_start) - 1, 0)
                last = max(bisect_right(sent_starts, max(c_end - 1, c_start)) - 1, 0)
                for pos in range(first, last + 1):
                    other = order[pos]
                    o_start, o_end = sentences[other]
                    if o_start < c_end and c_start < o_end:
                        targets.add(other)
            for target in sorted(targets):
                result[target].extend(attributions)
    _carry_quotations(text, sentences, order, result)
    _carry_lead_ins(text, sentences, order, result)
    return result


_OPENERS = "“\""
_QUOTE_MARKS = re.compile('[“”"]')
_AFTER_CLOSE = ".,;:!?)"


def _scan_quotes(chunk: str, inside: bool) -> tuple[bool, bool]:
    """(whether the chunk is wholly quotation, whether a quotation is open at its end), starting
    inside a quotation or not. Closing punctuation after the mark counts as quotation ('"...".');
    single quotes are apostrophes as often as quotation marks and are ignored."""
    if not _QUOTE_MARKS.search(chunk):  # most sentences: no quotation mark at all
        return inside and bool(chunk), inside
    wholly = inside or chunk[:1] in _OPENERS
    for ch in chunk:
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch == '"':
            inside = not inside
        elif not inside and not ch.isspace() and ch not in _AFTER_CLOSE:
            wholly = False
    return wholly, inside


def _quoting_speaker(text: str, atts: list[Attribution]) -> Attribution | None:
    """The one speaker of a sentence whose content is a quotation ('"...," said X', 'X said:
    "..."'), or None: no attribution, two speakers, or content that is not a quotation."""
    speakers = {(a.source.start, a.source.end) for a in atts}
    if len(speakers) != 1:
        return None
    att = atts[-1]
    if att.content is None:
        return None
    quoted = text[att.content.start : att.content.end].lstrip()
    return att if quoted[:1] in _OPENERS else None


def _carry_quotations(
    text: str,
    sentences: Sequence[tuple[int, int]],
    order: list[int],
    result: list[list[Attribution]],
) -> None:
    """Give the later sentences of a speaker's quotation that speaker's attribution.

    '"We have lost 200,000 jobs," said Diane Swonk. "The rate remains low."': the second
    sentence is the same speaker's, and so is every sentence while the quotation stays open,
    across paragraphs too when a paragraph leaves it open and the next opens with a quotation
    mark (the typographic convention for a quotation over several paragraphs). Only when it is
    clear: the sentence is wholly quotation, has no attribution of its own, directly follows the
    speaker's quoted sentence (or another such sentence) and, after a paragraph break, continues
    a quotation left open. The attribution keeps the speaker's source and cue; its content is
    the sentence.
    """
    speaker: Attribution | None = None
    was_open = False
    prev_end = 0
    for k in order:
        s_start, s_end = sentences[k]
        chunk = text[s_start:s_end].strip()
        if "\n" in text[prev_end:s_start]:  # a new paragraph reopens a quotation with a mark
            continues = was_open and chunk[:1] in _OPENERS
            was_open = False
        else:
            continues = was_open or chunk[:1] in _OPENERS
        wholly, was_open = _scan_quotes(chunk, was_open)
        prev_end = s_end
        if result[k]:
            speaker = _quoting_speaker(text, result[k])
        elif speaker is not None and continues and wholly and chunk:
            start = s_start + (len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip()))
            result[k].append(
                speaker.model_copy(update={"content": Span(start=start, end=start + len(chunk))})
            )
        else:
            speaker = None


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _lead_in_speaker(
    text: str, span: tuple[int, int], atts: list[Attribution]
) -> Attribution | None:
    """The attribution of a lead-in: a sentence ending with a colon whose own source and cue
    attribute what follows it ("The committee has made several specific claims:", "X said:",
    "According to X:"), or None."""
    s_start, s_end = span
    if not text[s_start:s_end].rstrip().endswith(":"):
        return None
    own = [
        a
        for a in atts
        if a.cue is not None
        and s_start <= a.source.start < s_end
        and s_start <= a.cue.start < s_end
        and (a.content is None or a.content.start >= s_end)  # it attributes what comes after
    ]
    return own[-1] if len({(a.source.start, a.source.end) for a in own}) == 1 else None


def _carry_lead_ins(
    text: str,
    sentences: Sequence[tuple[int, int]],
    order: list[int],
    result: list[list[Attribution]],
) -> None:
    """Give each item of a list directly under a lead-in the lead-in's attribution.

    "The council's transport committee has made several specific claims:" followed by "- Bus
    journeys ... are 25% slower ...", "- The zone would cut ...": every item is the committee's
    claim, as every sentence of a quotation is its speaker's (:func:`_carry_quotations`). The list
    must start right after the lead-in (blank lines aside); it runs while each sentence opens an
    item or continues one on the same line, and ends at the first other sentence. An item with an
    attribution of its own keeps only that. The attribution keeps the lead-in's source and cue;
    its content is the sentence.
    """
    lead: Attribution | None = None
    item_line = -1
    for pos, k in enumerate(order):
        s_start, s_end = sentences[k]
        if lead is not None:
            line = _line_start(text, s_start)
            if opens_list_item(text, s_start):
                item_line = line
            elif line != item_line:
                lead = None  # the list ended
        if lead is not None:
            if not result[k]:  # an item with an attribution of its own keeps it
                chunk = text[s_start:s_end]
                start = s_start + (len(chunk) - len(chunk.lstrip()))
                end = start + len(chunk.strip())
                result[k].append(lead.model_copy(update={"content": Span(start=start, end=end)}))
            continue
        found = _lead_in_speaker(text, (s_start, s_end), result[k]) if result[k] else None
        if found is not None and pos + 1 < len(order):
            nxt = sentences[order[pos + 1]][0]
            if opens_list_item(text, nxt) and text[s_end : _line_start(text, nxt)].strip() == "":
                lead, item_line = found, -1
