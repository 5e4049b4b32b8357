"""Paragraphs and sentences as offsets into the body."""

from __future__ import annotations

import re
from typing import NamedTuple

from composer.extract.patterns import ABBREVIATIONS, SENTENCE_STARTERS

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")
# A sentence ends at . ! ? (or …), maybe followed by closing quotes/brackets, then space and a
# capital, digit or opening quote.
# (not before a wire service's tag: 'SPRINGFIELD, Ill. (AP) — ' is one dateline)
_BOUNDARY = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s+[\"“‘'(\[A-Z0-9])(?!\s+\((?:AP|AFP|UPI|Reuters)\))")


# 'WASHINGTON (AP) — ', 'MANCHESTER, N.H. - ', 'WASHINGTON, June 24 (UPI) — ': where a wire story opens
DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}"  # the place in capitals
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:, [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?)?"  # its state, the date
    r"(?: ?/[A-Za-z ]{2,30}/)?"  # a press release's wire: ' /PRNewswire/'
    r"(?:--\([A-Z ]{2,20}\)--|(?: \([A-Za-z ]{2,20}\))? ?(?:—|–|--|-) ?)"  # '--(BUSINESS WIRE)--'
)
_LETTERS_AND_DOTS = re.compile(r"[A-Za-z.]+$")
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))


class Segment(NamedTuple):  # a tuple, built in C: there is one for every sentence and paragraph
    start: int
    end: int


def paragraphs(body: str) -> list[Segment]:
    return [Segment(m.start(), m.end()) for m in _PARAGRAPH.finditer(body)]


def sentences(body: str, para: Segment) -> list[Segment]:
    """Sentences of one paragraph, abbreviation- and initial-aware."""
    out: list[Segment] = []
    start = para.start
    for match in _BOUNDARY.finditer(body, para.start, para.end):
        end = match.end()
        if body[match.start()] == "." and _is_abbreviation(body, match.start(), match.group()):
            continue
        out.append(Segment(start, end))
        start = _skip_space(body, end, para.end)
    if start < para.end:
        out.append(Segment(start, para.end))
    return out


def _is_abbreviation(body: str, at: int, mark: str) -> bool:
    if not mark.startswith(".") or len(mark.rstrip("”\"’')]")) > 1:
        return False
    word_end = body[at - _LONGEST_ABBREVIATION - 1 : at]
    if at > _LONGEST_ABBREVIATION and word_end.isalpha() and word_end.isascii():
        return False  # the common case, a long word ('election.'), told without a regex
    run = _LETTERS_AND_DOTS.search(body, max(0, at - 11), at)  # the run before this full stop: 'U.S', 'Mr', 'J'
    token = run.group().lstrip(".").lower() if run else ""
    if not token or not token[0].isalpha():
        return False
    if not (token in ABBREVIATIONS or len(token) == 1 or ("." in token and len(token) <= 5)):
        return False
    # '… entering the U.S. While Clinton …': no abbreviation is followed by 'While'
    return _next_word(body, at + len(mark)) not in SENTENCE_STARTERS


def _next_word(body: str, at: int) -> str:
    at = _skip_space(body, at, min(len(body), at + 3))
    end = at
    while end < len(body) and end - at < 12 and body[end].isalpha():
        end += 1
    return body[at:end]


def _skip_space(body: str, at: int, limit: int) -> int:
    while at < limit and body[at].isspace():
        at += 1
    return at


def all_sentences(body: str) -> list[Segment]:
    return [s for p in paragraphs(body) for s in sentences(body, p)]


_STOP = re.compile(r"[.!?](?=\s|$)")


def first_sentence_end(text: str) -> int | None:
    """Offset just past the first real sentence end in `text` (not 'U.S.', 'Mr.' or 'J.')."""
    for match in _STOP.finditer(text):
        if match.group() == "." and _is_abbreviation(text, match.start(), "."):
            continue
        return match.end()
    return None


def last_sentence_end(text: str) -> int:
    """Offset just past the last real sentence end in `text`, or 0."""
    last = 0
    for match in _STOP.finditer(text):
        if match.group() == "." and _is_abbreviation(text, match.start(), "."):
            continue
        last = match.end()
    return last
