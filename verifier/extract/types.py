"""What extraction returns: every sentence of a text, scored, with what it asserts.

All sentences are kept (not only claims) so a fact-checker can promote one the extractor passed
over; ``skip_reason`` says why a sentence is not a claim, so the interface can explain it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from verifier.models import Attribution, ClaimKind, Mention, Quantity


class ExtractedSentence(BaseModel):
    """One sentence: its span into the text, check-worthiness, kind and what it mentions."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    score: float = Field(ge=0.0, le=1.0)
    claim: bool
    kind: ClaimKind = ClaimKind.STATEMENT
    quantities: list[Quantity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    skip_reason: str | None = None  # "heading", "link line", "byline", ..., "below threshold"


class Extraction(BaseModel):
    """The sentences of one text, in order, and the threshold that made some of them claims."""

    model_config = ConfigDict(extra="forbid")

    text: str
    threshold: float
    sentences: list[ExtractedSentence] = Field(default_factory=list)

    @property
    def claims(self) -> list[ExtractedSentence]:
        """The sentences that are claims, in order."""
        return [s for s in self.sentences if s.claim]
