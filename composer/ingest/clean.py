"""Body clean-up: normalise text and drop boilerplate paragraphs."""

from __future__ import annotations

import re
import unicodedata

from composer.ingest.patterns import BOILERPLATE_LINES, BOILERPLATE_PATTERNS

# Characters that are invisible but break quote and name matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff\u00ad"))
# Control characters (C0 but tab and newline, DEL, C1) never belong in article text and break HTML/MJML.
_INVISIBLE.update(dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]))
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def normalize(text: str) -> str:
    """NFC, Unix line endings, no invisible characters, no lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    return unicodedata.normalize("NFC", text)


def paragraphs(text: str) -> list[str]:
    """Split on blank lines; fold runs of spaces and single newlines inside a paragraph."""
    out = []
    for block in _PARAGRAPH_BREAK.split(text):
        lines = (line.strip() for line in block.split("\n"))
        para = _SPACES.sub(" ", " ".join(x for x in lines if not is_boilerplate(x))).strip()
        if para:
            out.append(para)
    return out


def is_boilerplate(paragraph: str) -> bool:
    folded = paragraph.strip().casefold()
    return folded in BOILERPLATE_LINES or any(p.search(folded) for p in BOILERPLATE_PATTERNS)


def clean_body(text: str) -> str:
    """The article body as extraction sees it: paragraphs joined by one blank line."""
    return "\n\n".join(p for p in paragraphs(normalize(text)) if not is_boilerplate(p))


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)
