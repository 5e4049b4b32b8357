"""Post length, counted the way each network counts it."""

from __future__ import annotations

import re
from functools import lru_cache

URL_WEIGHT = 23
_URL = re.compile(r"https?://\S+")
_MASTODON_MENTION = re.compile(r"(@\w+)@[\w.-]+\w")


# Characters whose X weight is plain (twitter-text config v3) and which never take part in an
# emoji or change under NFC: ASCII, Latin-1 letters, dashes and curly quotes weigh 1; '…' weighs 2.
_PLAIN_WEIGHT = {chr(c): 1 for c in (*range(0x80), *range(0xC0, 0x100), *range(0x2010, 0x2020))}
_PLAIN_WEIGHT["\u2026"] = 2
# twitter-text counts 'example.com' as a 23-character link even without a scheme; every TLD is
# two letters or more, so text with neither of these cannot hold a link.
_MAY_HOLD_LINK = re.compile(r"\.[A-Za-z]{2}|://")


@lru_cache(maxsize=4096)
def x_length(text: str) -> int:
    """X's weighted length (twitter-text config v3), via the conformance-tested port."""
    if _MAY_HOLD_LINK.search(text) is None:
        weights = [_PLAIN_WEIGHT.get(char) for char in text]
        if None not in weights:
            # Same count as twitter-text, without the quarter second its import costs.
            return sum(weights)
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
