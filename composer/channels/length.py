"""Post length, counted the way each network counts it."""

from __future__ import annotations

import re
from functools import lru_cache

URL_WEIGHT = 23
_URL = re.compile(r"https?://\S+")
_MASTODON_MENTION = re.compile(r"(@\w+)@[\w.-]+\w")


@lru_cache(maxsize=4096)
def x_length(text: str) -> int:
    """X's weighted length (twitter-text config v3), via the conformance-tested port."""
    return _parse_tweet()(text).weightedLength


@lru_cache(maxsize=1)
def _parse_tweet():
    from twitter_text import parse_tweet  # costs ~200 ms to import: only when counting for X

    return parse_tweet


def mastodon_length(text: str) -> int:
    """Grapheme clusters (Mastodon's StatusLengthValidator), every URL as 23, `@user@host` as `@user`."""
    text = _MASTODON_MENTION.sub(r"\1", text)
    return grapheme_length(_URL.sub("x" * URL_WEIGHT, text))


def grapheme_length(text: str) -> int:
    """Bluesky counts grapheme clusters (what a reader sees as one character)."""
    import regex

    return len(regex.findall(r"\X", text))


def char_length(text: str) -> int:
    return len(text)
