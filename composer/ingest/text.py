"""Plain-text articles: optional `Title:`/`URL:`/`Date:`/`By:` header lines, then paragraphs."""

from __future__ import annotations

import re
from typing import Any

from composer.ingest.clean import blocks, normalize
from composer.ingest.patterns import HEADER_KEYS

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
    return blocks("\n".join(lines)), meta
