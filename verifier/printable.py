"""Text from articles and sources, made safe to show in a terminal.

Article text, titles and notes come from outside (a web page, a pasted file); a control character
in them (ESC starting a colour or cursor sequence, a bell, a carriage return that overwrites the
line) would act on the fact-checker's terminal instead of being shown. Each becomes a visible
symbol, so the text reads exactly as stored: ESC as ␛, NUL as ␀, DEL as ␡, C1 controls as �.
Newlines and tabs are kept.

:func:`cell` is the same text as one cell of an aligned table: the control characters shown as
those symbols, and every character that would break the line or the alignment (newline, tab, a
Unicode line or paragraph separator, an invisible formatting character such as a zero-width space
or a right-to-left override) as a space, so each character takes one column as before.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ .. ␟ (ESC becomes ␛)
    if code == 0x7F:
        return "␡"
    return "�"


def printable(text: str) -> str:
    """``text`` with every control character but newline and tab shown as a visible symbol."""
    return _CONTROL.sub(_visible, text)


def cell(text: str, width: int) -> str:
    """``text`` as one cell of an aligned table: :func:`printable`, on one line (a line break,
    tab or invisible formatting character becomes a space), cut to ``width`` with an ellipsis."""
    shown = "".join(c if c.isprintable() else " " for c in printable(text))
    return shown if len(shown) <= width else shown[: width - 1] + "…"
