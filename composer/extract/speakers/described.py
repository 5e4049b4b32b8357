"""Sources an article describes but does not name: 'a Twitter spokesman', 'one senior Democrat',
'the Florida senator'. Beside a speech cue, such a source speaks as the article puts it."""

from __future__ import annotations

import functools
import re

from composer.extract.alternatives import alternatives
from composer.extract.people import Cast
from composer.extract.speakers.cues import CLAUSE_WORDS, PREPOSITIONS, VERBS

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
    rf"(?=[,;:!?“”\"]|(?<!\b[A-Z])\.|\s+(?:{VERBS}|{alternatives(NOT_IN_A_DESCRIPTION)})\b|$)"
)  # it ends where the clause's verb starts: 'a spokesman for Ann Poe quipped', '… could only say'

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
    if phrase.startswith(("even ", "Even ")):  # 'even a top GOP strategist said'
        at += 5
        phrase = phrase[5:]
    if appositive_of_a_name(body, cast, at):
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
        if lowered[0] == "the" and len(words) <= 3 and not tail:
            return _introduced_before(body, cast, lowered[1:], at)  # 'A Republican aide …. The aide said'
        return None  # 'a spokesman' tells a reader little, and is more often someone named nearby
    cast.names.setdefault(phrase, tuple(words))
    cast.sources.add(phrase)
    return phrase


INTRODUCED_WINDOW = 1500  # characters back to the sentence that introduced 'the aide' as 'a Republican aide'
_INTRODUCTION = (  # 'a senior Obama administration official', 'Mrs. Clinton’s presidential campaign'
    r"(?<![\w’'])(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+|(?:[A-Z][\w.-]+\s+)*[A-Z][\w.-]+[’']s\s+{the_name})"
    r"(?:[\w’'.-]+\s+){{0,4}}?{noun}\b"
)
# What no person named since can be: 'The Clinton campaign suggested …. Mr. Band …. the campaign said' is the campaign
NOT_A_PERSON = frozenset("campaign camp team staff office administration".split())


@functools.lru_cache(maxsize=256)
def _introduction(noun: str) -> re.Pattern[str]:
    """The pattern of an introduction of a source by `noun` ('aide', 'official'), compiled once."""
    the_name = r"|[Tt]he\s+(?:[A-Z][\w.-]+\s+)+" if noun in NOT_A_PERSON else ""  # 'The Clinton campaign'
    return re.compile(_INTRODUCTION.format(noun=re.escape(noun), the_name=the_name))


def _introduced_before(body: str, cast: Cast, words: list[str], at: int) -> str | None:
    """'A Republican committee aide blasted the statement. “…,” the aide said': the source a definite
    description ('the aide', 'the senior official') goes back to, when the article introduced it in words
    a reader can place. An introduction a name owns ('Ann Poe, an aide,') gives that person; anyone
    named since leaves it open."""
    noun, modifiers = words[-1], words[:-1]
    introductions = _introduction(noun).finditer(body, max(0, at - INTRODUCED_WINDOW), at)
    last = None
    for match in introductions:  # the latest introduction
        last = match
    if last is None or any(m not in last.group().lower().split() for m in modifiers):
        return None  # 'the senior official' is not 'an administration official'
    owner = appositive_of_a_name(body, cast, last.start())
    if owner:  # 'Tom Berg, a Springfield official, …. The official said': he is the official
        later = {k for _, k in cast.within(last.end(), at) if k not in cast.orgs and k not in cast.sources}
        return owner if later <= {owner} else None
    known = last.group() in cast.sources
    found = described_source(body, cast, last.group(), last.start())
    if not found:
        return None
    if not known and len(found) > len(last.group()):
        found = _trim_tail(cast, found, len(last.group()))
    since = cast.within(last.start() + len(found), at)
    if noun not in NOT_A_PERSON and any(k not in cast.orgs and k not in cast.sources for _, k in since):
        if not known:  # 'An aide …. Ann Poe, the chief of staff, …. The aide said': which one?
            _forget(cast, found)
        return None
    return found


# 'the Pentagon', 'the Department of Defense', 'Bill Clinton': the name a description's tail ends with
_NAME_RUN = re.compile(r"\b[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w’'.&-]*)*")


def _trim_tail(cast: Cast, found: str, head: int) -> str:
    """'A spokesman for the Pentagon left early', 'A CIA officer at Benghazi that evening backed Ann': no cue
    ends an introduction's tail, the first name in it does."""
    name = _NAME_RUN.search(found, head)
    trimmed = found[: name.end()] if name else found[:head]
    if trimmed != found:
        _forget(cast, found)
        cast.names.setdefault(trimmed, tuple(trimmed.split()))
        cast.sources.add(trimmed)
    return trimmed


def _forget(cast: Cast, source: str) -> None:
    """Undo `described_source`'s noting of a source that is not used after all."""
    cast.sources.discard(source)
    cast.names.pop(source, None)


def appositive_of_a_name(body: str, cast: Cast, at: int) -> str | None:
    """The person whose name and a comma the phrase at `at` follows ('Ann Poe, a lawyer for the city')."""
    before = body[max(0, at - 4) : at].rstrip()
    if not before.endswith(","):
        return None
    comma = at - (len(body[max(0, at - 4) : at]) - len(before)) - 1
    return _person_ends_at(cast, comma, since=max(0, comma - 60))


def _person_ends_at(cast: Cast, end: int, since: int) -> str | None:
    """The person (no organisation) whose mention starts after `since` and ends at `end`."""
    return next((k for m, k in cast.within(since, end) if m.end == end and k not in cast.orgs), None)
