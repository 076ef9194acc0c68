"""The marks that flag a claim in a listing: one vocabulary for ``verifier claims`` and the TUI.

A fact-checker who reads ``⚠`` in the CLI and then opens the TUI must read the same thing there,
so each mark is defined once, with the words that explain it in a legend. Plain characters only:
the CLI prints them as they are, the TUI colours them. ``✗`` (something is wrong) outranks ``⚠``
(something is weak): a listing with room for one mark shows the worse.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    symbol: str
    meaning: str  # for a legend: "<symbol> <meaning>"

    def legend(self) -> str:
        return f"{self.symbol} {self.meaning}"


RULE_NOT_MET = Mark(
    "✗",
    "verdict does not meet its rule (forced, its evidence changed, or the claim reworded since)",
)
THIN = Mark("⚠", "verdict rests on fewer than two independent sources")
GONE = Mark("~", "no longer in the article")
WEAK_SOURCING = Mark("?", "the article attributes the claim only vaguely or anonymously")


def verdict_mark(*, unmet: bool, thin: bool) -> Mark | None:
    """The one mark a verdict earns: a broken rule before thin evidence, else none."""
    if unmet:
        return RULE_NOT_MET
    if thin:
        return THIN
    return None
