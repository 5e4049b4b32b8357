"""Sources an article describes but does not name: 'a Twitter spokesman', 'one senior Democrat',
'the Florida senator'. Beside a speech cue, such a source speaks as the article puts it."""

from __future__ import annotations

import re

from composer.extract.alternatives import alternatives
from composer.extract.people import Cast
from composer.extract.speakers.cues import CLAUSE_WORDS, PREPOSITIONS

# What a named person's source may be: 'Rubio’s campaign', 'Hoff’s letter', 'The Sanders campaign'.
SOURCE_NOUNS = frozenset(
    """campaign camp team staff office administration spokesman spokeswoman spokesperson aide aides adviser
    advisers lawyer lawyers attorney attorneys ad ads memo statement letter website""".split()
)
# 'a Twitter spokesman', 'one senior Democrat', 'the Florida senator': a source described, not named
DESCRIBED = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)(?:\s+[\w’'.-]+)+"
    r"|(?:[A-Z][\w.-]+\s+)*[A-Z][\w.-]+[’'](?:s|(?<=s[’']))(?:\s+[a-z][\w-]+){0,2}\s+"  # 'Rubio’s campaign'
    rf"(?:{alternatives(SOURCE_NOUNS)}))$"
)
NOT_IN_A_DESCRIPTION = frozenset(
    "has have had is are was were be been would will can could should may might must do does did ever what read".split()
)
LEAD_IN = re.compile(r".*(?:,|\s[-—–])\s+(?=\S)")  # up to the last comma or dash
# 'one Democrat familiar with the talks', 'an adviser to Bill Clinton': the rest of the description
# (a period only after an initial: 'the chairman of the U.S. Senate', 'George W. Bush')
DESCRIPTION_ENDS = frozenset(
    "familiar involved close briefed knowledgeable opposed loyal allied aligned sympathetic tied linked".split()
)
DESCRIPTION_TAIL = re.compile(
    r"\s+(?P<preposition>with|in|to|on|about|for|of|at|from|inside)\s+(?:[^,.;:!?“”\"()]|(?<=\b[A-Z])\.){1,60}?"
    r"(?=[,;:!?“”\"]|(?<!\b[A-Z])\.|\s+(?:said|says|told)\b|$)"
)
TAIL_PREPOSITIONS = frozenset("to for of at from inside".split())  # not 'on Monday', 'in a statement'
MAX_DESCRIBED_WORDS = 7
# Who a description's tail may follow in one phrase: 'a spokesman for committee Democrats', 'an aide to Poe'
TAKES_A_TAIL = frozenset(
    "spokesman spokeswoman spokesperson adviser advisor aide aides official officials source sources member staffer"
    " strategist consultant ally lawyer attorney".split()
)


def described_source(body: str, cast: Cast, phrase: str, at: int) -> str | None:
    """'a Twitter spokesman', 'the Russian leader', 'one Trump confidant': a source the article describes
    but does not name is the speaker as the article puts it."""
    lead = LEAD_IN.match(phrase)
    if lead:  # 'At the town hall in Hudson on Monday, the Christie supporter'
        separator = at + len(phrase[: lead.end()].rstrip().rstrip(",-—–").rstrip())
        if _person_ends_at(cast, separator, since=at):
            return None  # 'Ann Poe, the founder of a group': an appositive; the name, found elsewhere, speaks
        at += lead.end()
        phrase = phrase[lead.end() :]
    if _appositive_of_a_name(body, cast, at):
        return None  # 'Nelson Diaz, a former aide to Mr. Rubio …, said': he speaks
    words = phrase.split()
    opening = next((i for i, w in enumerate(words[1:-1], 1) if w in DESCRIPTION_ENDS), None)
    if opening:  # 'Another source familiar with Cruz’s thinking': the description, then its tail (below)
        phrase = phrase[: phrase.index(words[opening], len(words[0])) + len(words[opening])]
        words = words[: opening + 1]
    cut = next((i for i, w in enumerate(words[1:-1], 1) if w in TAIL_PREPOSITIONS), None)
    if lead or not cut or words[cut - 1].lower() not in TAKES_A_TAIL:
        cut = None  # 'The Florida senator sought to …' is a clause; '…, an influential paper catering to …' an aside
    head = phrase[: len(phrase) - len(phrase.split(None, cut)[-1])].rstrip() if cut else phrase
    if cut and DESCRIPTION_TAIL.match(body, at + len(head)):
        phrase, words = head, words[:cut]  # 'a spokesman for committee Democrats said': its tail is read below
    if not DESCRIBED.match(phrase) or len(words) > MAX_DESCRIBED_WORDS:
        return None
    lowered = [w.lower() for w in words]
    if any(w in CLAUSE_WORDS or w in PREPOSITIONS or w in NOT_IN_A_DESCRIPTION for w in lowered[1:]):
        return None  # 'The State Department has' is a clause cut short, not who spoke
    if lowered[-1].endswith(("’s", "'s")) or any(
        w in ("a", "an", "the") and lowered[i] != "of" for i, w in enumerate(lowered[1:])
    ):
        return None  # 'One of Grayson’s', 'The town released a statement Wednesday'
    tail = DESCRIPTION_TAIL.match(body, at + len(phrase))
    ends_open = lowered[-1] in DESCRIPTION_ENDS or lowered[-1].endswith("ed")  # 'a poll conducted in February'
    if tail and (ends_open or tail.group("preposition") in TAIL_PREPOSITIONS):
        phrase += tail.group()
        words = phrase.split()
    if not any(w[:1].isupper() for w in words[1:]) and not lowered[0].endswith(("’s", "'s")):
        return None  # 'a spokesman' tells a reader little, and is more often someone named nearby
    cast.names.setdefault(phrase, tuple(words))
    cast.sources.add(phrase)
    return phrase


def _appositive_of_a_name(body: str, cast: Cast, at: int) -> bool:
    """Does the phrase at `at` follow a person's name and a comma ('Ann Poe, a lawyer for the city')?"""
    before = body[max(0, at - 4) : at].rstrip()
    if not before.endswith(","):
        return False
    comma = at - (len(body[max(0, at - 4) : at]) - len(before)) - 1
    return _person_ends_at(cast, comma, since=max(0, comma - 60))


def _person_ends_at(cast: Cast, end: int, since: int) -> bool:
    """Does a mention of a person (no organisation) that starts after `since` end at `end`?"""
    return any(m.end == end and k not in cast.orgs for m, k in cast.within(since, end))
