"""Body clean-up shared by every input kind: normalise text, drop boilerplate.

Each loader turns its input into text blocks (roughly paragraphs) plus
metadata; `finish` turns those blocks into the body extraction relies on:
paragraphs joined by exactly one blank line, single-spaced, NFC.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from composer.ingest.patterns import (
    ABOUT_HEADING,
    BOILERPLATE_LINES,
    BOILERPLATE_MAX_CHARS,
    BOILERPLATE_PATTERNS,
    BYLINE,
    BYLINE_SEPARATORS,
    CAPTION_MAX_CHARS,
    CREDIT_LINES,
    DATE_FORMATS,
    DATE_IN_LINE,
    DATELINE,
    LEAD_LINES_CHECKED,
    LEAD_PARTS,
    NAME_PARTICLES,
    PROSE_MIN_WORDS,
    TAIL_MARKERS,
    TAIL_MAX_CHARS,
)

# Invisible characters that split words and break quote and name matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u180e"))
# A zero-width non-joiner matters in Persian or Indic scripts; between Latin letters it is noise.
_LATIN_ZWNJ = re.compile(r"(?<=[\x00-\x7f])\u200c|\u200c(?=[\x00-\x7f])")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# The noncharacters Unicode keeps out of text (U+FDD0…U+FDEF, U+FFFE, U+FFFF and their like in every plane): the
# MJML compiler rejects the newsletter that holds one
_NONCHARACTERS = dict.fromkeys(
    [*range(0xFDD0, 0xFDF0), *(plane << 16 | end for plane in range(17) for end in (0xFFFE, 0xFFFF))]
)
_DROPPED = {**_INVISIBLE, **_NONCHARACTERS}  # one translate table for both
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n", "\x0b": "\n", "\x0c": "\n\n", "\x85": "\n"})
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(\s|$)")
_TITLE_NOISE = re.compile(r"[\s\"'“”‘’.!?:]+")


def normalize(text: str) -> str:
    """NFC, Unix line endings, no invisible or control characters, no noncharacters, no lone surrogates."""
    if _has_surrogates(text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS).translate(_DROPPED)
    text = _CONTROLS.sub("", _LATIN_ZWNJ.sub("", text))
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """One paragraph on one line: runs of spaces and newlines become one space."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def blocks(text: str) -> list[str]:
    """Split plain text on blank lines; drop boilerplate lines and captions."""
    out = []
    for block in _PARAGRAPH_BREAK.split(text):
        lines = [x for x in (line.strip() for line in block.split("\n")) if x]
        kept = [
            x
            for i, x in enumerate(lines)
            if x.casefold() not in BOILERPLATE_LINES and not is_credit(x) and not _boilerplate_sentence(lines, i)
        ]
        if len(kept) > 1 and ABOUT_HEADING.fullmatch(kept[0]):  # 'About Calloway Corp.' on a line of its own
            out.append(kept.pop(0))  # stays a paragraph apart, where the tail of a press release starts
        if not (lines and kept != lines and is_credit(lines[-1]) and len(" ".join(kept)) <= CAPTION_MAX_CHARS):
            out.append(" ".join(kept))
    return out


def _boilerplate_sentence(lines: list[str], i: int) -> bool:
    """'…hopefuls.⏎Watch a clip of the interview above.': a line that is a whole sentence of its own after one
    that ended a sentence, and is boilerplate (a line of wrapped prose never starts after a sentence's end)."""
    return i > 0 and lines[i - 1][-1] in _LAST_MARKS and lines[i][-1] in _LAST_MARKS and is_boilerplate(lines[i])


_LAST_MARKS = frozenset('.!?”"')  # what a line that ends a sentence ends with


def is_credit(line: str) -> bool:
    return any(p.search(line) for p in CREDIT_LINES)


def is_boilerplate(paragraph: str) -> bool:
    folded = paragraph.strip().casefold()
    if folded in BOILERPLATE_LINES:
        return True
    return len(folded) <= BOILERPLATE_MAX_CHARS and any(p.search(folded) for p in BOILERPLATE_PATTERNS)


def finish(raw_blocks: Iterable[str], meta: dict[str, Any]) -> str:
    """The article body: clean paragraphs, lead and tail furniture removed.

    A byline found at the top fills `meta["byline"]` when nothing else did.
    """
    paras = [p for p in (fold(normalize(b)) for b in raw_blocks) if p]
    paras = [p for p in _drop_lead(paras, meta) if not is_boilerplate(p)]
    paras = _drop_tail(paras)
    if paras:  # '… foreign governments. (Reporting by Ann Poe; Editing by Tom Berg.)' run into the last paragraph
        paras[-1] = _TRAILING_CREDIT.sub("", paras[-1]) or paras[-1]
    return "\n\n".join(paras)


_TRAILING_CREDIT = re.compile(r"(?<=[.!?”\"])\s+\((?:additional )?reporting by\b[^()]{0,300}\)\.?$", re.IGNORECASE)


def clean_body(text: str) -> str:
    """Plain text straight to a body, with no metadata involved."""
    return finish(blocks(normalize(text)), {})


def join_names(names: Iterable[str]) -> str | None:
    """["A", "B", "C"] → "A, B and C"; None when there are none."""
    names = [" ".join(n.split()) for n in names if n and n.strip()]
    if len(names) > 1:
        return ", ".join(names[:-1]) + " and " + names[-1]
    return names[0] if names else None


def has_prose(paras: Iterable[str]) -> bool:
    """True if some paragraph reads like a sentence rather than a menu."""
    return any(len(p.split()) >= PROSE_MIN_WORDS and _SENTENCE_END.search(p) for p in paras)


def byline_names(paragraph: str) -> str | None:
    """`By Dana Whitfield and Sam Ortiz` → `Dana Whitfield and Sam Ortiz`; None for prose."""
    match = BYLINE.match(paragraph.strip())
    if not match:
        return None
    names = match.group("names").strip()
    words = [w for part in BYLINE_SEPARATORS.split(names) for w in part.split()]
    if words and all(w[0].isupper() or w.casefold() in NAME_PARTICLES for w in words):
        return names
    return None


def same_title(paragraph: str, title: str | None) -> bool:
    if not title:
        return False
    return _TITLE_NOISE.sub(" ", paragraph).strip().casefold() == _TITLE_NOISE.sub(" ", title).strip().casefold()


def read_date(text: str) -> date | None:
    """ISO 8601 (`2025-02-11`, `2025-02-11T09:12:00-05:00`) or a form in DATE_FORMATS; None otherwise."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _drop_lead(paras: list[str], meta: dict[str, Any]) -> list[str]:
    """Drop a repeated headline, a byline and a dateline from the top of the body (boilerplate between them too)."""
    start = checked = 0
    while start < len(paras) - 1 and checked < LEAD_LINES_CHECKED:
        para = paras[start]
        if same_title(para, meta.get("title")) or _byline_or_dateline(para, meta):
            checked += 1
        elif not is_boilerplate(para):
            break
        start += 1
    return paras[start:]


def _byline_or_dateline(para: str, meta: dict[str, Any]) -> bool:
    """`By A`, `Feb. 11, 2025`, or both on one line (`By A | Feb. 11, 2025`)."""
    parts = LEAD_PARTS.split(para)
    names = byline_names(parts[0])
    if not all(DATELINE.match(p) for p in parts[1 if names else 0 :]):
        return False
    if names:
        meta.setdefault("byline", names)
    for part in parts:
        if not part.casefold().startswith(("updated", "last updated")) and (found := _date_in(part)):
            meta.setdefault("published", found)
    return True


def _date_in(dateline: str) -> date | None:
    match = DATE_IN_LINE.search(dateline)
    return read_date(match.group(0)) if match else None


def _drop_tail(paras: list[str]) -> list[str]:
    """Cut at the first "Related stories"-like marker in the second half of the body."""
    for i in range(max(1, len(paras) // 2), len(paras)):
        if _is_tail_marker(paras[i]) or _about_the_company(paras[i], paras[i + 1 : i + 2]):
            return paras[:i]
    return paras


def _about_the_company(para: str, following: list[str]) -> bool:
    """'About Calloway Corp.' over 'Calloway Corp. makes pumps …': a press release's boilerplate starts; not a
    subhead such as 'About The Candidates' over the story going on."""
    if not ABOUT_HEADING.fullmatch(para):
        return False
    name = para.removeprefix("About ").removeprefix("the ").rstrip(". ")
    return not following or following[0].startswith(name.split()[0])


def _is_tail_marker(para: str) -> bool:
    if len(para) > TAIL_MAX_CHARS:
        return False
    ends_sentence = _SENTENCE_END.search(para[-3:]) is not None
    return any(m.fullmatch(para) or (m.match(para) and not ends_sentence) for m in TAIL_MARKERS)


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)
