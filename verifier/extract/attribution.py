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
inside a multi-sentence quotation carries the attribution whose cue comes sentences later.
"""

from __future__ import annotations

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
from verifier.models import Attribution, Sourcing, Span, TextSpan

__all__ = ["find_attributions"]


@dataclass(frozen=True, slots=True)
class _Article:
    text: str
    people: People
    bodies: Bodies
    # named sources so far, in order: (start, head word, who), for "the poll" after "A Bloomberg poll"
    named: list[tuple[int, str, Who]] = field(default_factory=list)

    def earlier(self, head: str, pos: int, bare: bool = False) -> Who | None:
        """The source a description ("the poll", "the bank") stands for: the last named source
        with that head word before ``pos`` or, for a bare description, the last body of that kind
        the article named (a source or not: "Wells Fargo set aside $1.3 billion, the bank said"),
        whichever comes later."""
        source: tuple[int, Who] | None = None
        for start, known_head, who in reversed(self.named):
            if start < pos and known_head == head:
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
        name = part.name if part.name is not None else who.name
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
        text, find_people(tokens, text, rules.quoted), find_bodies(tokens, text, rules.quoted)
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
    return result
