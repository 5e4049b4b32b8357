"""Boilerplate that newsroom copy drags along, as data. Matched per paragraph,
after stripping and case-folding; grow these lists without touching the logic."""

from __future__ import annotations

import re

# Whole paragraphs that are never article text.
BOILERPLATE_LINES: tuple[str, ...] = (
    "share",
    "share.",
    "share this article",
    "share on facebook",
    "share on x",
    "share on twitter",
    "exit mobile version",
    "advertisement",
    "advertisement.",
    "story continues below advertisement",
    "skip advertisement",
    "read more",
    "read more.",
    "continue reading",
    "comments",
    "print",
    "email",
    "tweet",
)

# Paragraphs that start like this are promos, credits or navigation.
BOILERPLATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^sign up for (our|the) .*newsletter",
        r"^subscribe (to|for) ",
        r"^(photo|image|video) ?(credit)?s?\s*:",
        r"^\(?(photo|image)s? (by|courtesy of)\b",
        r"^related\s*:",
        r"^(read|see) (more|also)\s*:",
        r"^click here to\b",
        r"^follow (us|@\w+) on\b",
        r"^copyright\s|^©",
        r"^getty images$|^ap photo\b|^reuters$",
    )
)

# Optional header lines at the top of a plain-text article: `Title: ...`.
HEADER_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "date": "published",
    "published": "published",
    "by": "byline",
    "byline": "byline",
    "author": "byline",
}
