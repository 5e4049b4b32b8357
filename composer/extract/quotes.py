"""Quoted stretches of the body: paired marks per paragraph, multi-paragraph quotes.

Marks: curly “…”, straight "…", and the doubled apostrophe ''…'' some papers use.
Single quotes are never top-level quotes: they are apostrophes, scare quotes,
or a quote nested inside a double-quoted one, where they stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.extract.sentences import Segment, paragraphs

_MARK = re.compile(r"“|”|\"|''|„")
_OPENERS = ("“", "„")
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "with", "is", "vs", "&"}


@dataclass(slots=True)
class Quoted:
    """The inside of one pair of quote marks (stripped of spaces), and the marks' span."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: Segment
    closed: bool
    continues: bool = False
    continued: bool = False  # this segment continues the previous paragraph's quote


def find_quoted(body: str) -> list[Quoted]:
    found: list[Quoted] = []
    paras = paragraphs(body)
    for index, para in enumerate(paras):
        segments = _pair_marks(body, para)
        if found and found[-1].continues and segments and segments[0].outer_start == para.start:
            segments[0].continued = True
        if segments and not segments[-1].closed and _opens_next(body, paras, index):
            segments[-1].continues = True
        found.extend(segments)
    return found


def _opens_next(body: str, paras: list[Segment], index: int) -> bool:
    return (index + 1 < len(paras) and body[paras[index + 1].start] in '“"„') or (
        index + 1 < len(paras) and body.startswith("''", paras[index + 1].start)
    )


def _pair_marks(body: str, para: Segment) -> list[Quoted]:
    out: list[Quoted] = []
    open_at: int | None = None
    open_len = 0
    nested = False  # inside a curly quote within a straight one: '"… not about “Equal Justice” anymore."'
    for match in _MARK.finditer(body, para.start, para.end):
        mark, at = match.group(), match.start()
        if nested:
            nested = mark != "”"
            continue
        if open_at is None:
            if (
                mark in _OPENERS
                or (mark in ('"', "''") and _can_open(body, match.end(), para))
                or _opens_by_mistake(body, mark, match)
            ):
                open_at, open_len = at, len(mark)
        elif body[at - 1].isdigit() and _inch_mark(body, match, para.end):
            continue  # '… the size of someone who is 5’2”. You can’t trust them.”': feet and inches
        elif mark == "“" and body[open_at] == '"' and not body[open_at + 1 : at].strip():
            open_at, open_len = at, len(mark)  # '"“You don’t win …,” Rubio responded."': a stray straight mark
        elif mark == "“" and body[open_at] == '"' and _straight_quote_goes_on(body, match.end(), para):
            nested = True
        elif _closes(body, mark, match):
            _add(out, body, para, open_at, open_len, at, match.end(), closed=True)
            open_at = None
        elif mark in _OPENERS:
            open_at, open_len = at, len(mark)  # an unclosed quote restarted: keep the newer one
    if open_at is not None:
        _add(out, body, para, open_at, open_len, para.end, para.end, closed=False)
    return out


def _straight_quote_goes_on(body: str, after: int, para: Segment) -> bool:
    """A curly quote inside a straight one nests when the straight quote closes later in its paragraph or runs
    on into the next paragraph ('"… isn’t about “Equal Justice Under Law” anymore.¶"The latest …'); else the
    straight mark was a stray one and the curly marks are the quote."""
    inner_end = body.find("”", after, para.end)
    if inner_end >= 0 and body.find('"', inner_end + 1, para.end) >= 0:
        return True
    return body[para.end : para.end + 4].lstrip().startswith('"')


def _inch_mark(body: str, match: re.Match[str], end: int) -> bool:
    """A double mark after feet and inches (`5’2”`, `6'1"`) is the inch sign, when the same mark closes the
    quote later in its paragraph."""
    at, mark = match.start(), match.group()
    return (
        mark in ("”", '"')
        and at >= 3
        and body[at - 1].isdigit()
        and _FEET_AND_INCHES.search(body, max(0, at - 5), at) is not None
        and body.find(mark, match.end(), end) >= 0
    )


_FEET_AND_INCHES = re.compile(r"\d[’']\d{1,2}$")


def _can_open(body: str, after: int, para: Segment) -> bool:
    return after < para.end and not body[after].isspace()


def _can_close(body: str, at: int) -> bool:
    return at > 0 and not body[at - 1].isspace()


def _closes(body: str, mark: str, match: re.Match[str]) -> bool:
    if mark in ("”", '"'):
        return True
    return (mark == "''" and _can_close_doubled(body, match.start())) or _closes_by_mistake(body, mark, match)


def _can_close_doubled(body: str, at: int) -> bool:
    """''…'' closes after a word; or, standing between spaces, after a nested quote or a comma:
    ''I hate the term 'Manhattan poor,' '' she said; ''… coalitions, '' said Mr. Gunnels."""
    if _can_close(body, at):
        return True
    spaced = at + 2 >= len(body) or body[at + 2].isspace()
    return spaced and body[max(0, at - 4) : at].rstrip().endswith(("'", "’", ",", ".", "?", "!"))


def _opens_by_mistake(body: str, mark: str, match: re.Match[str]) -> bool:
    """'Doing so ”appeared to be an attempt …”': a closing mark typed where the opening one belongs, after a
    space and before a word."""
    at, after = match.start(), match.end()
    return mark == "”" and (at == 0 or body[at - 1].isspace()) and after < len(body) and body[after].isalpha()


def _closes_by_mistake(body: str, mark: str, match: re.Match[str]) -> bool:
    """'“It's unusual,“ said Poe': an opening mark typed where the closing one belongs, after a word and
    before a space."""
    after = match.end()
    return (
        mark == "“"
        and _can_close(body, match.start())
        and (after >= len(body) or body[after].isspace() or body[after] in ".,;:!?")
    )


def _add(out: list[Quoted], body: str, para: Segment, open_at: int, open_len: int, close_at: int, end: int,
         *, closed: bool) -> None:  # fmt: skip
    start, stop = open_at + open_len, close_at
    while start < stop and body[start].isspace():
        start += 1
    while stop > start and body[stop - 1].isspace():
        stop -= 1
    if closed and open_at == para.start and end >= para.end - 1:
        stop = _before_signature(body, start, stop)
    if stop > start:
        out.append(Quoted(start, stop, open_at, end, para, closed))


# '“I worry that … tax cuts.¶Dean Baker, Center for Economic and Policy Research.”': a pull quote whose
# last line, inside the marks, is who said it
SIGNED_INSIDE = re.compile(
    r"\n[ \t]*[-—–]?[ \t]*(?P<who>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,4})(?:,[^\n,]{1,80})?\.?[ \t]*$"
)


def _before_signature(body: str, start: int, stop: int) -> int:
    """Where a quote filling its paragraph ends when its last line is a signature."""
    newline = body.rfind("\n", start, stop)
    if newline < 0 or len(body[start:newline].split()) < 4 or not SIGNED_INSIDE.match(body, newline, stop):
        return stop
    while newline > start and body[newline - 1].isspace():
        newline -= 1
    return newline


def words(text: str) -> list[str]:
    return text.split()


MAX_TITLE_WITH_STOP = 8  # words: 'Yuge!: 30 Years of Doonesbury on Trump.' is a book's title
# 'Backfire: Carly Fiorina's High-Stakes Battle for the Soul of Hewlett-Packard.': a title and its subtitle
SUBTITLED = re.compile(r"[^:]+: [A-Z0-9][^:]*[.!]")


def is_title_like(text: str) -> bool:
    """'Saturday Night Live', 'Make America Great Again', 'Bridget Jones’s Diary.': Title Case with no
    closing punctuation, or a short one with a full stop inside the marks (American style)."""
    text = text.removesuffix(",")  # American style puts the comma inside: “Face the Nation,”
    if text[-1:] in ".!" and text[:-1].isupper():
        return False  # 'THIS IS NOT OK.': shouted, not a title (a title in capitals has no stop)
    if SUBTITLED.fullmatch(text):
        text = text[:-1]
    elif len(words(text)) <= MAX_TITLE_WITH_STOP:
        text = text.removesuffix(".")
    tokens = words(text)
    if not tokens or len(tokens) > 14 or text[-1] in ".,!?;:…":
        return False
    return all(t[:1].isupper() or t.lower() in _SMALL_WORDS or not t[:1].isalpha() for t in tokens)
