"""Copy that quotes with single marks, the British way: ‘We will not back down,’ she said.

`as_double_marked(body)` returns a copy of the same length in which those outer single marks are double
ones and the double marks nested inside them single, so the rest of extraction reads it as it reads American
copy, and every offset still points into the original. Quote text is always cut from the original.

The hard part is the closing mark, which is also the apostrophe: ’ between letters ('don’t') never closes;
’ after an s and before a word ('the workers’ union') closes only when no better closing mark follows
before the next opening one.
"""

from __future__ import annotations

import re

from composer.extract.sentences import paragraphs

_CLOSING_CURLY = re.compile(r"(?<=\S)’(?![\w])")
_CLOSING_STRAIGHT = re.compile(r"(?<=[^\s'])'(?![\w'])")
_BEFORE_OPENING = frozenset(" \t\n\u00a0([—–/")  # what an opening mark follows, when not the start
_SWAP_NESTED = str.maketrans({"“": "‘", "”": "’", "„": "‘", '"': "'"})
MIN_SINGLE_QUOTES = 2  # one pair is a scare quote in any style; two or more, more than doubles, is a house style


def as_double_marked(body: str) -> str:
    """The body with its outer single quote marks made double, when single marks are its house style;
    otherwise the body itself."""
    curly = body.count("‘")
    straight = curly == 0  # typed on a plain keyboard: 'We will,' she said
    # the common case told by counting alone: too few single marks that may open a quote, or more doubles
    most = body.count(" '") + body.count("\n'") + body.startswith("'") if straight else curly
    if most < MIN_SINGLE_QUOTES:
        return body
    doubles = body.count("“") + body.count("„") + (body.count('"') + body.count("''")) // 2
    if doubles * 2 > most:
        return body
    mark = "'" if straight else "‘"
    openings = [at for at in _marks(body, mark) if _opens(body, at, straight)]
    if len(openings) < MIN_SINGLE_QUOTES or doubles * 2 > len(openings):
        return body
    closing = _CLOSING_STRAIGHT if straight else _CLOSING_CURLY
    chars = list(body)
    for para in paragraphs(body):
        _pair_in(body, chars, para.start, para.end, [o for o in openings if para.start <= o < para.end], closing)
    return "".join(chars)


def _marks(body: str, mark: str) -> list[int]:
    found, at = [], body.find(mark)
    while at >= 0:
        found.append(at)
        at = body.find(mark, at + 1)
    return found


def _opens(body: str, at: int, straight: bool) -> bool:
    """At the start or after a space, bracket or dash, and before a word or a mark ('90s and ''…'' are not)."""
    after = body[at + 1 : at + 2]
    if not after or not (after.isalnum() or after in '“"…$£€('):
        return False
    if straight and (after.isdigit() or after == "'" or body[at - 1 : at] == "'"):
        return False
    return at == 0 or body[at - 1] in _BEFORE_OPENING


def _pair_in(body: str, chars: list[str], start: int, end: int, openings: list[int], closing: re.Pattern[str]) -> None:
    """Make double each opening mark of one paragraph and the mark that closes it."""
    closers = [m.start() for m in closing.finditer(body, start, end)]
    busy_until = start  # the end of the last quote paired: a mark inside it opens nothing ('’em')
    for i, opened in enumerate(openings):
        if opened < busy_until:
            continue
        next_opening = next((o for o in openings[i + 1 :] if o > opened), end)
        close = _closer(body, [c for c in closers if c > opened], next_opening)
        chars[opened] = "“"
        if close is None:  # open to the paragraph's end: a quote going on in the next paragraph
            _swap_nested(chars, opened + 1, end)
            return
        chars[close] = "”"
        _swap_nested(chars, opened + 1, close)
        busy_until = close


def _closer(body: str, candidates: list[int], next_opening: int) -> int | None:
    """The mark that closes a quote: the first that cannot be a plural's apostrophe; failing that, the last
    that can before the next quote opens ('‘the Tories’ mess’ and ‘…’')."""
    weak = None
    for at in candidates:
        if at > next_opening and weak is not None:
            return weak
        if not _plural_apostrophe(body, at):
            return at
        weak = at
    return weak


def _plural_apostrophe(body: str, at: int) -> bool:
    """'the workers’ union': after an s, before a space and a word, the mark may be an apostrophe."""
    return body[at - 1] in "sS" and at + 2 < len(body) and body[at + 1] == " " and body[at + 2].isalnum()


def _swap_nested(chars: list[str], start: int, stop: int) -> None:
    for i in range(start, stop):
        if chars[i] in '“”„"':
            chars[i] = chars[i].translate(_SWAP_NESTED)
