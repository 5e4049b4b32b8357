"""The naive reference: every quoted stretch of 3+ words, speaker = nearest capitalised two-word name
in the paragraph. It shows how much of the score a regex gets for free."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def naive_quotes(text: str) -> list[dict[str, str | None]]:
    out = []
    for para in text.split("\n\n"):
        names = [(m.start(), m.group()) for m in _NAME.finditer(para)]
        for match in _QUOTED.finditer(para):
            if len(match.group(1).split()) < 3:
                continue
            outside = [n for n in names if not match.start() <= n[0] < match.end()]
            nearest = min(outside, key=lambda n: abs(n[0] - match.start()), default=(0, None))
            out.append({"text": match.group(1), "speaker": nearest[1]})
    return out
