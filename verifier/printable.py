"""Text from articles and sources, made safe to show in a terminal.

Article text, titles and notes come from outside (a web page, a pasted file); a control character
in them (ESC starting a colour or cursor sequence, a bell, a carriage return that overwrites the
line) would act on the fact-checker's terminal instead of being shown. Each becomes a visible
symbol, so the text reads exactly as stored: ESC as ␛, NUL as ␀, DEL as ␡, C1 controls as �.
Newlines and tabs are kept.
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
