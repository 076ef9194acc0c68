"""How statuses, stances and attributions look: one place for the colours."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from verifier.marks import GONE, RULE_NOT_MET, THIN, WEAK_SOURCING
from verifier.models import Attribution, ClaimKind, Stance, Status
from verifier.tui.view import one_line

STATUS_STYLE: dict[Status, Style] = {
    Status.UNVERIFIED: Style(color="black", bgcolor="grey70"),
    Status.IN_PROGRESS: Style(color="black", bgcolor="cornflower_blue"),
    Status.VERIFIED: Style(color="black", bgcolor="green3"),
    Status.PARTLY_VERIFIED: Style(color="black", bgcolor="dark_sea_green2"),
    Status.DISPUTED: Style(color="black", bgcolor="orange1"),
    Status.FALSE: Style(color="white", bgcolor="red3", bold=True),
    Status.UNVERIFIABLE: Style(color="white", bgcolor="medium_purple3"),
}

STANCE_STYLE: dict[Stance, str] = {
    Stance.SUPPORTS: "green3",
    Stance.REFUTES: "red1",
    Stance.MIXED: "orange1",
    Stance.CONTEXT: "grey70",
}

SHORT_KIND: dict[ClaimKind, str] = {
    ClaimKind.STATISTIC: "stat",
    ClaimKind.EVENT: "event",
    ClaimKind.QUOTE: "quote",
    ClaimKind.STATEMENT: "stmt",
    ClaimKind.PREDICTION: "pred",
}

# The marks of the claims table are the CLI's (one vocabulary, in verifier.marks): only the
# colours are the TUI's.
THIN_MARK = THIN.symbol  # the verdict rests on fewer than two independent sources
RULE_MARK = RULE_NOT_MET.symbol  # the verdict does not meet its rule (forced, or evidence removed)
GONE_MARK = GONE.symbol  # the claim's text is no longer in the article
WEAK_MARK = WEAK_SOURCING.symbol  # the article attributes the claim vaguely or anonymously


def status_badge(status: Status) -> Text:
    return Text(f" {status.label} ", style=STATUS_STYLE[status])


def attribution_line(attribution: Attribution) -> Text:
    """One attribution as the claim's detail and the attributions dialog show it: the name, the
    words the article uses if they differ, the cue, and the sourcing (marked when weak)."""
    out = Text()
    out.append(one_line(attribution.name), style="bold")
    if attribution.source.text != attribution.name:
        out.append(f" (“{one_line(attribution.source.text)}”)")
    if attribution.cue is not None:
        out.append(f" {one_line(attribution.cue.text)}", style="dim")
    sourcing = attribution.sourcing.value.replace("_", " ")
    if attribution.is_weak:
        out.append(f"  {WEAK_MARK} {sourcing}", style="bold yellow")
    else:
        out.append(f"  {sourcing}", style="dim")
    return out
