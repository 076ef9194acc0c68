"""The claims table: a virtual list that renders only the rows on screen.

Textual's DataTable measures every cell of every new row, which costs about a second at 10,000
claims and again on every filter keystroke. This widget keeps the rows (precomputed
:class:`~verifier.tui.view.ClaimRow` tuples) in a list and draws the visible lines with the Line
API, so a reload, a filter or a sort is a list operation and a status change redraws one line.
Rows are keyed by claim id; the cursor follows its claim across reloads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from verifier.tui.badges import (
    GONE_MARK,
    RULE_MARK,
    SHORT_KIND,
    STATUS_STYLE,
    THIN_MARK,
    WEAK_MARK,
)
from verifier.tui.view import ClaimRow


def fit(text: str, width: int) -> str:
    """Exactly ``width`` cells: padded, or cut with an ellipsis."""
    if width <= 0:
        return ""
    if len(text) <= width and text.isascii():
        return text.ljust(width)
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


MIN_TEXT = 24  # the claim text a narrow table keeps, by dropping the columns it can spare


@dataclass(frozen=True)
class Layout:
    """Column widths for one table width; the claim text takes what is left. A width of 0 hides
    a column."""

    status: int
    score: int
    kind: int
    text: int
    attributed: int
    corroboration: int
    short_kind: bool

    @classmethod
    def for_width(cls, width: int, corroboration: int = 5) -> Layout:
        """The marks at the right end (+/- and ✗/⚠) always fit: a narrow table (80 columns with
        the article list beside it) drops the kind, then the check-worthiness, then the
        attribution, rather than cut them off or squeeze the claim to a few letters."""
        narrow = width < 110
        status = 12 if narrow else 17
        kind = 5 if narrow else 10
        score = 4
        # mark, id, status, the text's gap, corroboration, the flag and the gaps between them
        always = 1 + 1 + 7 + 1 + status + 1 + 1 + corroboration + 1 + 1
        while True:
            rest = width - always - (score + 1 if score else 0) - (kind + 1 if kind else 0)
            attributed = max(min((rest - 1) // 3, 30), 8)
            text = rest - attributed - 1
            if text >= MIN_TEXT:
                break
            if kind:
                kind = 0
            elif score:
                score = 0
            else:
                attributed, text = 0, max(rest, 1)
                break
        return cls(status, score, kind, text, attributed, corroboration, narrow)


class ClaimsTable(ScrollView, can_focus=True):
    """Claims, one a line; ``space`` marks, the cursor row is the selected claim."""

    # priority: handled in the order typed, together with the app's (priority) action keys, so
    # "j j s" opens the status of the claim two rows down
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "Up", show=False, priority=True),
        Binding("down,j", "cursor(1)", "Down", show=False, priority=True),
        Binding("pageup", "page(-1)", "Page up", show=False, priority=True),
        Binding("pagedown", "page(1)", "Page down", show=False, priority=True),
        Binding("home", "jump(0)", "First", show=False, priority=True),
        Binding("end", "jump(-1)", "Last", show=False, priority=True),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claims-table--header",
        "claims-table--cursor",
        "claims-table--marked",
        "claims-table--dim",
        "claims-table--thin",
        "claims-table--rule",
    }

    DEFAULT_CSS = """
    ClaimsTable {
        background: $surface;
        overflow-x: hidden;
        & > .claims-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .claims-table--cursor { background: $block-cursor-blurred-background; }
        &:focus > .claims-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
        & > .claims-table--marked { color: $accent; text-style: bold; }
        & > .claims-table--dim { color: $foreground-muted; }
        & > .claims-table--thin { color: $warning; text-style: bold; }
        & > .claims-table--rule { color: $error; text-style: bold; }
    }
    """

    @dataclass
    class Highlighted(Message):
        """The cursor moved to another claim (None: the table is empty)."""

        table: ClaimsTable
        claim_id: str | None

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.rows: list[ClaimRow] = []
        self._index: dict[str, int] = {}
        self.cursor = 0
        self.marked: set[str] = set()
        self._announced: str | None = None
        self._corroboration = 5  # the widest "+N -M" shown, so ten sources are never cut

    # -- data ------------------------------------------------------------------------------------
    @property
    def current(self) -> ClaimRow | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    @property
    def current_id(self) -> str | None:
        row = self.current
        return row.id if row else None

    def set_rows(self, rows: list[ClaimRow], *, top_if_gone: bool = False) -> None:
        """Show these rows; the cursor stays on its claim if it is still shown, else near where
        it was (``top_if_gone``: on the first row, the best match of a new search or filter)."""
        keep = self.current_id
        self.rows = rows
        self._index = {row.id: i for i, row in enumerate(rows)}
        if keep is not None and keep in self._index:
            self.cursor = self._index[keep]
        elif top_if_gone:
            self.cursor = 0
        else:
            self.cursor = min(self.cursor, max(len(rows) - 1, 0))
        self.marked &= set(self._index)
        self._corroboration = max((len(row.corroboration) for row in rows), default=5)
        self._corroboration = max(self._corroboration, 5)
        self._resize_virtual()
        self._scroll_to_cursor()
        self.refresh()
        self._announce()

    def update_row(self, row: ClaimRow) -> bool:
        """Redraw one claim's line in place; False if it is not shown."""
        index = self._index.get(row.id)
        if index is None:
            return False
        self.rows[index] = row
        if len(row.corroboration) > self._corroboration:  # wider: every line's columns move
            self._corroboration = len(row.corroboration)
            self.refresh()
        else:
            self._refresh_row(index)
        return True

    def select(self, claim_id: str) -> bool:
        index = self._index.get(claim_id)
        if index is None:
            return False
        self._move_to(index)
        return True

    def toggle_mark(self) -> None:
        row = self.current
        if row is None:
            return
        self.marked.symmetric_difference_update({row.id})
        self._refresh_row(self.cursor)

    def mark(self, claim_ids: Iterable[str]) -> None:
        """Mark these claims (those shown), in addition to the marked ones."""
        self.marked.update(i for i in claim_ids if i in self._index)
        self.refresh()

    def clear_marks(self) -> None:
        self.marked.clear()
        self.refresh()

    # -- cursor ------------------------------------------------------------------------------------
    def action_cursor(self, delta: int) -> None:
        self._move_to(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self._move_to(self.cursor + direction * max(self.size.height - 2, 1))

    def action_jump(self, where: int) -> None:
        self._move_to(len(self.rows) - 1 if where < 0 else 0)

    def _move_to(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        if index == self.cursor:
            return
        old, self.cursor = self.cursor, index
        self._refresh_row(old)
        self._refresh_row(index)
        self._scroll_to_cursor()
        self._announce()

    def _announce(self) -> None:
        claim_id = self.current_id
        if claim_id != self._announced:
            self._announced = claim_id
            self.post_message(self.Highlighted(self, claim_id))

    def _scroll_to_cursor(self) -> None:
        visible = max(self.size.height - 1, 1)
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False, immediate=True)

    @property
    def _width(self) -> int:
        return self.scrollable_content_region.width

    def _resize_virtual(self) -> None:
        self.virtual_size = Size(self._width, len(self.rows) + 1)

    def on_resize(self, event: events.Resize) -> None:
        self._resize_virtual()
        self._scroll_to_cursor()

    def on_click(self, event: events.Click) -> None:
        if event.y <= 0:
            return
        self._move_to(round(self.scroll_offset.y) + event.y - 1)

    # -- drawing -----------------------------------------------------------------------------------
    def _refresh_row(self, index: int) -> None:
        y = index - round(self.scroll_offset.y) + 1
        if 1 <= y < self.size.height:
            self.refresh_line(y)

    def render_line(self, y: int) -> Strip:
        width = self._width
        layout = Layout.for_width(width, self._corroboration)
        if y == 0:
            return self._header(layout, width)
        index = round(self.scroll_offset.y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        return self._row(self.rows[index], index, layout, width)

    def _header(self, layout: Layout, width: int) -> Strip:
        style = self.get_component_rich_style("claims-table--header")
        cells = [
            ("", 1),
            ("id", 7),
            ("status", layout.status),
            ("cw", layout.score),
            ("kind", layout.kind),
            ("claim", layout.text),
            ("attributed to", layout.attributed),
            ("+/-", layout.corroboration),
            ("", 1),
        ]
        segments = []
        for index, (label, cell_width) in enumerate(cells):
            if not cell_width:
                continue  # dropped at this width
            if index:
                segments.append(Segment(" ", style))
            segments.append(Segment(fit(label, cell_width), style))
        return Strip(segments).adjust_cell_length(width, style).crop(0, width)

    def _row(self, row: ClaimRow, index: int, layout: Layout, width: int) -> Strip:
        base = self.rich_style
        if index == self.cursor:
            base = base + self.get_component_rich_style("claims-table--cursor")
        marked = row.id in self.marked
        mark_style = (
            base + self.get_component_rich_style("claims-table--marked") if marked else base
        )
        dim = base + self.get_component_rich_style("claims-table--dim")
        kind = SHORT_KIND[row.kind] if layout.short_kind else row.kind.value
        attributed = row.attributed or "—"
        if row.weak_attribution:
            attributed = WEAK_MARK + attributed
        gap = Segment(" ", base)
        segments = [
            Segment("●" if marked else " ", mark_style),
            gap,
            Segment(fit(row.id, 7), mark_style if marked else dim),
            gap,
            Segment(fit(row.status.label, layout.status), STATUS_STYLE[row.status]),
            gap,
        ]
        if layout.score:
            segments += [Segment(f"{row.score:.2f}".rjust(layout.score), base), gap]
        if layout.kind:
            segments += [Segment(fit(kind, layout.kind), dim), gap]
        segments += [*self._text(row, layout.text, base, dim), gap]
        if layout.attributed:
            segments += [Segment(fit(attributed, layout.attributed), dim), gap]
        segments += [
            Segment(fit(row.corroboration, layout.corroboration), base),
            gap,
            self._flag(row, base),
        ]
        strip = Strip(segments)
        return strip.adjust_cell_length(width, base).crop(0, width)

    def _text(self, row: ClaimRow, width: int, base: Style, dim: Style) -> list[Segment]:
        """The claim text; a claim no longer in the article is marked ~ and struck through."""
        if row.in_article:
            return [Segment(fit(row.text, width), base)]
        mark = GONE_MARK + " "
        if width <= len(mark):
            return [Segment(fit(mark, width), dim + Style(italic=True))]
        return [
            Segment(mark, dim + Style(italic=True, bold=True)),
            Segment(fit(row.text, width - len(mark)), dim + Style(strike=True)),
        ]

    def _flag(self, row: ClaimRow, base: Style) -> Segment:
        """The last column: ✗ a verdict that breaks its rule, ⚠ one on thin evidence."""
        if row.unmet:
            return Segment(RULE_MARK, base + self.get_component_rich_style("claims-table--rule"))
        if row.thin:
            return Segment(THIN_MARK, base + self.get_component_rich_style("claims-table--thin"))
        return Segment(" ", base)
