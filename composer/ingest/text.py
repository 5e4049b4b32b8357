"""Plain-text articles: optional `Title:`/`URL:`/`Date:`/`By:` header lines, then paragraphs."""

from __future__ import annotations

import re
from typing import Any

from composer.ingest.clean import blocks, byline_names, normalize
from composer.ingest.patterns import (
    HEADER_KEYS,
    HEADLINE_MAX_WORDS,
    HEADLINE_NOT_ENDING,
    HEADLINE_SMALL_WORDS,
    PLACE_DATELINE,
)

_HEADER = re.compile(r"^([A-Za-z]+):\s*(.+?)\s*$")


def parse_text(text: str) -> tuple[list[str], dict[str, Any]]:
    """Split leading header lines from the body; return (text blocks, metadata)."""
    lines = normalize(text).lstrip("\n").split("\n")
    meta: dict[str, Any] = {}
    while lines:
        match = _HEADER.match(lines[0].strip())
        if not match or match.group(1).lower() not in HEADER_KEYS:
            break
        meta.setdefault(HEADER_KEYS[match.group(1).lower()], match.group(2))
        lines.pop(0)
    if "title" not in meta:
        lines = _headline_on_its_own_line(lines)
    paras = blocks("\n".join(lines))
    if "title" not in meta and looks_like_headline(paras):
        head = next(p for p in paras if p.strip())
        # clean.finish drops it from the body as a repeated title
        meta["title"] = _without_full_stop(" ".join(head.split()))
    return paras, meta


def _headline_on_its_own_line(lines: list[str]) -> list[str]:
    """'Obama lays out stakes for a divided nation;⏎At convention, he revisits …': a headline on the first line,
    with the deck or the story on the very next one, is a paragraph of its own (read as the headline below)
    when it ends with a semicolon or is in Title Case, and the next line opens with a capital. A paragraph of
    wrapped prose ends its first line mid-sentence, in no such way."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or start + 1 >= len(lines):
        return lines
    head, following = lines[start].strip(), lines[start + 1].strip()
    if not following[:1].isupper() or len(head.split()) > HEADLINE_MAX_WORDS:
        return lines
    if head.endswith(";"):
        head = head[:-1].rstrip()
    elif head.endswith(HEADLINE_NOT_ENDING) or not _title_case(head):
        return lines
    return [*lines[:start], head, "", *lines[start + 1 :]]


def looks_like_headline(paras: list[str]) -> bool:
    """A short first line, followed by the article, that is not a sentence, or is in Title Case throughout
    ('Clinton’s Poll Numbers Jump Post-Democratic Convention.'), or comes before a wire story's dateline
    ('Poll finds Clinton would beat Trump.' ¶ 'WASHINGTON (AP) — …'): a headline pasted with a full stop."""
    first = [p for p in paras if p.strip()]
    if len(first) < 2:
        return False
    head = " ".join(first[0].split())
    return (
        len(head.split()) <= HEADLINE_MAX_WORDS
        and (not head.endswith(HEADLINE_NOT_ENDING) or _title_case(head) or PLACE_DATELINE.match(first[1]) is not None)
        and byline_names(head) is None
        and max(len(p) for p in first[1:]) > len(head)
    )


def _title_case(line: str) -> bool:
    """Every word capitalised but the small ones, in a line of three words or more."""
    words = line.split()
    return (
        len(words) >= 3
        and all(w[:1].isupper() or not w[:1].isalpha() or w in HEADLINE_SMALL_WORDS for w in words[1:])
        and words[0][:1].isupper()
    )


def _without_full_stop(title: str) -> str:
    """'Trump Wins Nevada.' → 'Trump Wins Nevada'; 'Troops Leave the U.S.' keeps its abbreviation."""
    if not title.endswith(".") or title.endswith(".."):
        return title
    return title[:-1] if title.rsplit(None, 1)[-1].count(".") == 1 else title
