"""How reliable the newsroom rates a source's site: ``[reliability]`` in the config.

Pure lookup, no presentation (the reports and the TUI both call it). A source's host matches a
configured domain when it is that domain or any subdomain of it: with ``"reuters.com" = "high"``,
``www.reuters.com`` and ``uk.reuters.com`` are "high". The most specific configured domain wins
(``"blogs.example.com" = "low"`` beats ``"example.com" = "high"``). Unknown sites have no level.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.rstrip(".").lower() if host else None


def _domain(key: str) -> str:
    """A configured domain as written ("Reuters.com.", "www.reuters.com", "*.reuters.com")."""
    return key.strip().lower().rstrip(".").removeprefix("*.").removeprefix("www.")


def reliability_of(url: str | None, levels: Mapping[str, str]) -> str | None:
    """The reliability level of the source at ``url`` (None: its site is not rated)."""
    if not url or not levels:
        return None
    host = _host(url)
    if not host:
        return None
    if any(key != _domain(key) for key in levels):  # rare: keys written unusually
        levels = {_domain(key): level for key, level in levels.items()}
    labels = host.split(".")
    for start in range(len(labels)):
        level = levels.get(".".join(labels[start:]))
        if level:
            return level
    return None
