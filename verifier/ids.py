"""Short, stable, readable ids.

Ids are derived from content (an article's url or text, a claim's article and text, a source's
claim and url), so re-ingesting the same article yields the same ids and two databases can be
merged without collisions. They use lower-case base32 (no 0/1/8/9, so no O/I/B/g confusion when
read aloud) and a person may type any unique prefix.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlsplit

from verifier.errors import AmbiguousIdError, NotFoundError

CLAIM_ID_LENGTH = 7
ARTICLE_ID_LENGTH = 6
SOURCE_ID_LENGTH = 5


def digest(*parts: str, length: int) -> str:
    raw = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return base64.b32encode(raw).decode("ascii").lower()[:length]


_QUOTES = str.maketrans("“”‘’", "\"\"''")


def normalise_text(text: str) -> str:
    """Text as compared for identity: NFC, typographic quotes folded, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


def normalise_url(url: str) -> str:
    """A URL as compared for "the same page": host lower-cased without "www.", scheme, default
    port, trailing slash and fragment dropped (HTTPS://www.X.com/ and http://x.com are one page)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"{host}:{port}" if port else host
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"//{netloc}{path}{query}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id(key: str) -> str:
    return "a" + digest("article", key, length=ARTICLE_ID_LENGTH - 1)


def claim_id(article: str | None, text: str, taken: Iterable[str] = ()) -> str:
    """The claim's id; lengthened in the (rare) case the short form is taken by other content."""
    full = digest("claim", article or "", normalise_text(text), length=20)
    taken_set = set(taken)
    for length in range(CLAIM_ID_LENGTH, len(full) + 1):
        if full[:length] not in taken_set:
            return full[:length]
    return full


def source_id(claim: str, url: str, taken: Iterable[str] = ()) -> str:
    """The source's id within its claim; lengthened when the short form is taken by another URL."""
    full = "s" + digest("source", claim, url.strip(), length=20)
    taken_set = set(taken)
    for length in range(SOURCE_ID_LENGTH, len(full) + 1):
        if full[:length] not in taken_set:
            return full[:length]
    return full


def resolve(what: str, ref: str, ids: Iterable[str]) -> str:
    """The one id equal to ``ref`` or starting with it; a clear error if none or several."""
    ref = ref.strip().lower()
    if not ref:
        raise NotFoundError(f"no {what} id given")
    candidates = []
    for candidate in ids:
        if candidate == ref:
            return candidate
        if candidate.startswith(ref):
            candidates.append(candidate)
    if not candidates:
        raise NotFoundError(f"no {what} with id {ref!r}")
    if len(candidates) > 1:
        raise AmbiguousIdError(what, ref, sorted(candidates))
    return candidates[0]
