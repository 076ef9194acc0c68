"""How statuses, stances and sourcing look: one place for the colours."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from verifier.models import ClaimKind, Stance, Status

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

THIN_MARK = "⚠"
RULE_MARK = "!"  # a verdict that does not meet its rule (forced, or its evidence removed)
GONE_MARK = "gone"  # the claim's text is no longer in the article


def status_badge(status: Status) -> Text:
    return Text(f" {status.label} ", style=STATUS_STYLE[status])
