"""Plain-text articles: optional `Title:`/`URL:`/`Date:`/`By:` header lines, then paragraphs."""

from __future__ import annotations

import re
from typing import Any

from composer.ingest.clean import blocks, byline_names, normalize
from composer.ingest.patterns import HEADER_KEYS, HEADLINE_MAX_WORDS, HEADLINE_NOT_ENDING

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
    paras = blocks("\n".join(lines))
    if "title" not in meta and looks_like_headline(paras):
        meta["title"] = paras[0]  # clean.finish drops it from the body as a repeated title
    return paras, meta


def looks_like_headline(paras: list[str]) -> bool:
    """A short first line that is not a sentence, followed by the article."""
    first = [p for p in paras if p.strip()]
    if len(first) < 2:
        return False
    head = " ".join(first[0].split())
    return (
        len(head.split()) <= HEADLINE_MAX_WORDS
        and not head.endswith(HEADLINE_NOT_ENDING)
        and byline_names(head) is None
        and max(len(p) for p in first[1:]) > len(head)
    )
