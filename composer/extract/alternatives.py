"""Word lists as regex alternations the engine can reject quickly.

Python's regex engine tries the alternatives of `said|says|told|…` one by one at every position it reaches; each
costs a check of its first character even where none can match. Grouped by their first letters
(`s(?:a(?:id|ys)|…)|t(?:old|…)`) a failing position costs a check or two instead of one per word: the 266
speech cues are tried after every word of every lead-in, and this halves the cost of the patterns that hold them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_GROUPED_LEVELS = 2  # a third level of letters saves nothing more on our cue lists
_SMALLEST_GROUP = 4  # fewer alternatives than this are tried one by one


def alternatives(words: Iterable[str], after: Mapping[str, str] | None = None) -> str:
    """An alternation of `words`, longest first, grouped by their first letters; `after` maps a word to a
    pattern that must follow it (a lookahead). Matches exactly what `"|".join(longest first)` matches, and
    picks the same word where one is a prefix of another, since the longer one is still tried first."""
    after = after or {}
    return _grouped([(w, after.get(w, "")) for w in sorted(words, key=len, reverse=True)], _GROUPED_LEVELS)


def _grouped(items: list[tuple[str, str]], levels: int) -> str:
    """`items` are (rest of the word, its lookahead), in the order they are to be tried."""
    if levels == 0 or len(items) < _SMALLEST_GROUP:
        return "|".join(re.escape(rest) + tail for rest, tail in items)
    groups: dict[str, list[tuple[str, str]]] = {}
    for rest, tail in items:  # dicts keep first-seen order: a word's turn within its letter is kept
        groups.setdefault(rest[:1], []).append((rest[1:], tail))
    parts = []
    for letter, members in groups.items():
        if not letter:  # a word used up here is the shortest of its group, so it is tried last, as before
            parts.append("|".join(tail for _, tail in members))
        else:
            parts.append(re.escape(letter) + "(?:" + _grouped(members, levels - 1) + ")")
    return "|".join(parts)
