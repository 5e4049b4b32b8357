"""Slugs that are safe as folder names on every OS and readable in a URL."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG = 60
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def slugify(text: str, max_length: int = MAX_SLUG) -> str:
    """ASCII, lowercase, hyphen-separated, bounded, never empty or reserved.

    'Hegseth rules out US troops in Ukraine' -> 'hegseth-rules-out-us-troops-in-ukraine'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    if not slug and words:
        slug = words[0][:max_length]
    if not slug or slug in _RESERVED:
        slug = f"article-{slug}" if slug else "article"
    return slug
