"""Pack rendered segments into posts that fit a limit.

Each segment starts a new post. A segment too long for one post is broken
at sentence ends, then clause ends, then spaces: never inside a word, URL,
@mention, #hashtag or number, because those contain no spaces.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Counter = Callable[[str], int]
ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][”\"’)]))\s+")
_CLAUSE_END = re.compile(r"(?<=[,;:—])\s+")


def pack(segments: list[str], limit: int, count: Counter) -> list[str]:
    posts: list[str] = []
    for segment in segments:
        text = segment.strip()
        if text:
            posts.extend(split_segment(text, limit, count))
    return posts


def split_segment(text: str, limit: int, count: Counter) -> list[str]:
    if count(text) <= limit:
        return [text]
    for pattern in (_SENTENCE_END, _CLAUSE_END):
        pieces = pattern.split(text)
        if len(pieces) > 1 and all(count(p) <= limit for p in pieces):
            return _greedy(pieces, limit, count, " ")
    return _by_words(text, limit, count)


def _greedy(pieces: list[str], limit: int, count: Counter, joiner: str) -> list[str]:
    posts: list[str] = []
    for piece in pieces:
        if posts and count(posts[-1] + joiner + piece) <= limit:
            posts[-1] = posts[-1] + joiner + piece
        else:
            posts.append(piece)
    return posts


def _by_words(text: str, limit: int, count: Counter) -> list[str]:
    """Word-level split; every part but the last ends with an ellipsis to show it goes on."""
    posts: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and count(candidate + ELLIPSIS) > limit:
            posts.append(current + ELLIPSIS)
            current = word
        else:
            current = candidate
    if current:
        posts.append(current)
    return posts
