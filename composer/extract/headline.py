"""A short, faithful headline and a summary made of the article's own sentences."""

from __future__ import annotations

import re

from composer.extract.sentences import DATELINE

MAX_HEADLINE = 100
MIN_HEADLINE_WORDS = 3  # a break sooner leaves a fragment: 'Last month', 'Sanders's victory'
MIN_WORDS_BEFORE_A_COMMA = 6  # a lede too long for a headline is cut at a comma only after a clause's worth
# Cut the lede at its first subordinate break: ' — as the war…', ', as …', '; …'.
_BREAK = re.compile(r"\s+[—–-]\s+|;\s|,\s+(?:as|while|after|before|when|amid|despite|though|but|which)\s")
_DANGLING = frozenset(
    "a an the to of in on for with and or but by at as from his her their its our my that this these those who"
    " which whose is are was were be will would has have had before after during over into than about against"
    " under between through amid since until via per not".split()
)  # a trimmed headline does not end on a word that needs the next one
_TIME_WORDS = re.compile(
    r"\s+on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?\b"
)
# ', averting a shutdown', ', saying it is time', ', and it’s', ', with Fox News projecting', ', if …', ', who …'
# (not ', wheezing gasp', ', the press': an adjective, an appositive)
_CLAUSE_AFTER_A_COMMA = re.compile(
    r", (?:and|but|with|if|who|which|while|as|after|before|when|amid|despite|though)\s"
    r"|, [a-z]+ing (?=(?:a|an|the|to|it|that|this|his|her|their|its|on|in|for|up|out|with|by|from|[A-Z])\b)"
)
# Words that open a phrase before the sentence's subject: 'In …, Trump', 'Monday at …, Cruz', 'If …, they'
_OPENERS = frozenset(
    """In At On During After Before With Without If When While Whether As Since Despite Although Though Amid
    Following According For From Under Over Like Unlike Asked Speaking Once Until Because Upon Within Across
    Months Days Weeks Years Hours Last Earlier Later Each Every Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Yesterday Today Tonight This""".split()
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
    comma = _last_clause_comma(text)
    if comma is not None:
        return text[:comma]  # '… spending bill, averting a shutdown hours before …': the clause before the comma
    words = text[: MAX_HEADLINE + 1].split()[:-1]
    while len(words) > 4 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:—–-")


def _last_clause_comma(text: str) -> int | None:
    """The last comma within a headline's length before a clause that adds to the one before it ('…, averting
    a shutdown', '…, and …', '…, with …'): not one closing a phrase that opens the sentence ('In our last
    epistle from the Pit, we mocked …'), nor one inside a quote."""
    opener = text.split(None, 1)[0].rstrip(",") in _OPENERS
    first = text.find(", ")
    for match in reversed(list(_CLAUSE_AFTER_A_COMMA.finditer(text, 0, MAX_HEADLINE + 12))):
        comma = match.start()
        if comma > MAX_HEADLINE or (opener and comma == first):
            continue
        if len(text[:comma].split()) < MIN_WORDS_BEFORE_A_COMMA:
            return None
        inside_a_quote = text.count("“", 0, comma) > text.count("”", 0, comma) or text.count('"', 0, comma) % 2
        return None if inside_a_quote else comma
    return None


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
