"""A short, faithful headline and a summary made of the article's own sentences."""

from __future__ import annotations

import re

MAX_HEADLINE = 100
# Cut the lede at its first subordinate break: ' — as the war…', ', as …', '; …'.
_BREAK = re.compile(r"\s+[—–-]\s+|;\s|,\s+(?:as|while|after|before|when|amid|despite|though|but|which)\s")
_DANGLING = {"a", "an", "the", "to", "of", "in", "on", "for", "with", "and", "or", "but", "by", "at", "as", "from"}
_TIME_WORDS = re.compile(r"\s+on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def headline_from_lede(lede: str) -> str:
    """The lede's main clause, trimmed at a clause break or a word boundary; no words invented."""
    text = _BREAK.split(" ".join(lede.split()), maxsplit=1)[0].strip()
    text = _TIME_WORDS.sub("", text, count=1)
    text = text.rstrip(" .,;:—–-")
    if len(text) <= MAX_HEADLINE:
        return text
    words = text[: MAX_HEADLINE + 1].split()[:-1]
    while len(words) > 4 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:—–-")


def summary_from(facts: list[str], limit: int = 3, max_chars: int = 480) -> str:
    """The top facts in article order, as one paragraph, within `max_chars` where possible."""
    chosen: list[str] = []
    for fact in facts[:limit]:
        if chosen and sum(len(f) + 1 for f in chosen) + len(fact) > max_chars:
            break
        chosen.append(fact)
    return " ".join(chosen)
