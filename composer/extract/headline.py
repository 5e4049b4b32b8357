"""A short, faithful headline and a summary made of the article's own sentences."""

from __future__ import annotations

import re

from composer.extract.sentences import DATELINE

MAX_HEADLINE = 100
MIN_HEADLINE_WORDS = 3  # a break sooner leaves a fragment: 'Last month', 'Sanders's victory'
# Cut the lede at its first subordinate break: ' — as the war…', ', as …', '; …'.
_BREAK = re.compile(r"\s+[—–-]\s+|;\s|,\s+(?:as|while|after|before|when|amid|despite|though|but|which)\s")
_DANGLING = frozenset(
    "a an the to of in on for with and or but by at as from his her their its our my that this these those who"
    " which whose is are was were be will would has have had".split()
)  # a trimmed headline does not end on a word that needs the next one
_TIME_WORDS = re.compile(
    r"\s+on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?\b"
)
# 'Mexico City (AFP) – ': a wire dateline in mixed case (`DATELINE` has the ones in capitals)
_WIRE_DATELINE = re.compile(r"[A-Z][\w.' ]{1,30}(?:, [A-Z][\w.]+)? \((?:AP|AFP|Reuters|UPI)\) ?(?:—|–|--|-) ?")
# 'Sanders's victory, which Clinton conceded at 8 p.m., confirmed …': an aside between commas, left out
_ASIDE = re.compile(r",\s+(?:which|who)\s[^,;—–]{1,80},\s")


def headline_from_lede(lede: str) -> str:
    """The lede's main clause without its dateline or an aside, trimmed at a clause break or a word
    boundary; no words invented."""
    text = " ".join(lede.split())
    dateline = DATELINE.match(text) or _WIRE_DATELINE.match(text)
    if dateline and dateline.end() < len(text) and not _is_a_hyphen(text[: dateline.end()].rstrip()):
        text = text[dateline.end() :]  # 'WASHINGTON (AP) — ' is where, not what
    text = _ASIDE.sub(" ", text, count=1)
    text = _main_clause(text)
    text = _TIME_WORDS.sub("", text, count=1)
    text = text.rstrip(" .,;:—–-")
    if len(text) <= MAX_HEADLINE:
        return text
    words = text[: MAX_HEADLINE + 1].split()[:-1]
    while len(words) > 4 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:—–-")


def _is_a_hyphen(dateline: str) -> bool:
    """'AP-' of 'AP-GfK Poll': a dash with no space before it, inside a name, is no dateline's."""
    return dateline.endswith("-") and not dateline.endswith((" -", "--"))


def _main_clause(text: str) -> str:
    """The text up to its first clause break that leaves a headline's worth of words before it."""
    for match in _BREAK.finditer(text):
        if len(text[: match.start()].split()) >= MIN_HEADLINE_WORDS:
            return text[: match.start()].strip()
    return text.strip()


def summary_from(facts: list[str], limit: int = 3, max_chars: int = 480) -> str:
    """The top facts in article order, as one paragraph, within `max_chars` where possible."""
    chosen: list[str] = []
    for fact in facts[:limit]:
        if chosen and sum(len(f) + 1 for f in chosen) + len(fact) > max_chars:
            break
        chosen.append(fact)
    return " ".join(chosen)
