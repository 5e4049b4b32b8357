"""Pack rendered segments into posts that fit a limit.

Each segment starts a new post. A segment too long for one post is broken at
blank lines, then sentence ends, then clause ends, then spaces, so a URL, @mention, #hashtag or
number (which hold no spaces) is never cut. A quote segment (`“…” — Speaker`)
is split only when it cannot fit whole: its parts end with an ellipsis and the
attribution stays on the last part. Only a single "word" longer than a whole
post is cut inside, with an ellipsis, since there is no other way to post it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Counter = Callable[[str], int]
ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"((?:(?<=[.!?…])|(?<=[.!?…][”\"’)]))\s+)")
_CLAUSE_END = re.compile(r"((?<=[,;:—])\s+)")
_QUOTE = re.compile(r"\A“(?P<body>.+)”(?P<attribution>\s+—\s+[^“”]+)\Z", re.DOTALL)
_PARAGRAPH_END = re.compile(r"(\n[ \t]*\n\s*)")  # the template's own break: a headline, then the lede
_LEVELS = (_PARAGRAPH_END, _SENTENCE_END, _CLAUSE_END)
# A title before a name or an initial: its full stop ends no sentence ('as she and Sen. Bernie Sanders …')
_BEFORE_A_NAME = re.compile(r"(?<![\w.])(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St)\.\Z")


def pack(segments: list[str], limit: int, count: Counter) -> list[str]:
    posts: list[str] = []
    for segment in segments:
        text = segment.strip()
        if text:
            posts.extend(split_segment(text, limit, count))
    return [p for p in posts if p.strip()]


def split_segment(text: str, limit: int, count: Counter) -> list[str]:
    if count(text) <= limit:
        return [text]
    quote = _QUOTE.match(text)
    if quote:
        return _split_quote(quote.group("body"), quote.group("attribution"), limit, count)
    return _split(text, limit, count, _LEVELS)


def _split(text: str, limit: int, count: Counter, levels: tuple[re.Pattern[str], ...]) -> list[str]:
    if count(text) <= limit:
        return [text]
    if not levels:
        return _by_words(text, limit, count)
    parts = levels[0].split(text)  # [piece, separator, piece, separator, ...]
    if levels[0] is _SENTENCE_END:
        parts = _rejoined_after_titles(parts)
    if len(parts) == 1:
        return _split(text, limit, count, levels[1:])
    pieces: list[str] = []
    for index in range(0, len(parts), 2):
        split = _split(parts[index], limit, count, levels[1:])
        separator = parts[index + 1] if index + 1 < len(parts) else ""
        split[-1] += separator
        pieces.extend(split)
    return [p.strip() for p in _greedy(pieces, limit, count)]


def _rejoined_after_titles(parts: list[str]) -> list[str]:
    """Join back each piece that ends with a title or an initial to the piece after it."""
    joined = [parts[0]]
    for index in range(1, len(parts), 2):
        if _BEFORE_A_NAME.search(joined[-1]):
            joined[-1] += parts[index] + parts[index + 1]
        else:
            joined += parts[index : index + 2]
    return joined


def _greedy(pieces: list[str], limit: int, count: Counter) -> list[str]:
    """Join neighbouring pieces while they fit (each piece keeps its trailing separator)."""
    posts: list[str] = []
    for piece in pieces:
        if posts and count((posts[-1] + piece).strip()) <= limit and not posts[-1].endswith(ELLIPSIS):
            posts[-1] += piece
        else:
            posts.append(piece)
    return posts


def _by_words(text: str, limit: int, count: Counter) -> list[str]:
    """Word by word, in as few posts as fit and as even as can be (no 'battle.' left alone in the last);
    every part but the last ends with an ellipsis to show it goes on."""
    posts = _fill_by_words(text, limit, count)
    longest_word = max(count(word + ELLIPSIS) for word in text.split())
    if len(posts) < 2 or longest_word > limit:
        return posts
    low, high = max(longest_word, count(text) // len(posts)), limit - 1
    while low <= high:  # the smallest length a post may take that needs no more posts
        middle = (low + high) // 2
        trial = _fill_by_words(text, middle, count)
        if len(trial) == len(posts):
            posts, high = trial, middle - 1
        else:
            low = middle + 1
    return posts


def _fill_by_words(text: str, limit: int, count: Counter) -> list[str]:
    """Word by word, each post as full as it goes."""
    posts: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if count(candidate + ELLIPSIS) <= limit or (not current and count(candidate) <= limit):
            current = candidate
            continue
        if current:
            posts.append(current + ELLIPSIS)
        current = word
        while count(current) > limit:  # one word longer than a post: cut it, there is no other way
            head, current = _cut(current, limit, count)
            posts.append(head + ELLIPSIS)
    if current:
        posts.append(current)
    return posts


def _cut(word: str, limit: int, count: Counter) -> tuple[str, str]:
    size = max(1, len(word) // 2)
    low, high = 1, len(word) - 1
    while low <= high:  # the longest head that fits with its ellipsis
        middle = (low + high) // 2
        if count(word[:middle] + ELLIPSIS) <= limit:
            size, low = middle, middle + 1
        else:
            high = middle - 1
    return word[:size], word[size:]


def _split_quote(body: str, attribution: str, limit: int, count: Counter) -> list[str]:
    """“Part one…” / “…part two” — Speaker: the attribution rides on the last part."""
    room = limit - count("“…" + ELLIPSIS + "”" + attribution)
    parts = _split(body, max(room, 20), count, _LEVELS)
    out = []
    for index, part in enumerate(parts):
        part = part.removesuffix(ELLIPSIS)
        head = "“" if index == 0 else "“…"
        tail = f"”{attribution}" if index == len(parts) - 1 else f"{ELLIPSIS}”"
        out.append(f"{head}{part}{tail}")
    return out
