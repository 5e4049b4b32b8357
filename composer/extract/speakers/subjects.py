"""Sentence subjects: the people a later 'he' or 'she' most likely stands for."""

from __future__ import annotations

import re

from composer.extract.names import TITLE_WORDS, without_possessive
from composer.extract.people import Cast, speech_after, speech_before
from composer.extract.sentences import DATELINE, Segment
from composer.extract.speakers.cues import SUBJECT, SUBJECT_FIRST, VERBS
from composer.extract.speakers.described import SOURCE_NOUNS, described_source
from composer.extract.speakers.resolver import DESCRIBED_SPEAKS, JOINT, Resolver
from composer.extract.speakers.resolver import SOMEONE_FEMALE as SHE
from composer.extract.speakers.resolver import SOMEONE_MALE as HE

MAX_LEAD = 400  # characters: a lead-in of twelve words and a title fit; a longer one is no lead (and costly)


def sentence_subjects(body: str, cast: Cast, sentences: list[Segment]) -> list[tuple[int, str]]:
    """People named at the start of a sentence (after a title or a short lead-in), beside a speech verb
    ('…, said Wilcox') or before an appositive and a verb, in order: the likeliest antecedents of a
    later 'he' or 'she'; and, with an empty key, the sentences someone described opens with a speech verb."""
    starts = [s.start for s in sentences]
    subjects = []
    index = 0
    opening_end = -1  # where the name opening the last sentence ends
    subject_sentence = -1  # the sentence of the last subject: a name after its speech verb is what it said
    for mention, key in cast.mentions:
        if key in cast.orgs:
            continue
        if mention.start == opening_end + 2 and body.startswith(", ", opening_end):
            continue  # 'Armstrong Williams, Carson’s longtime friend, suggested': an appositive, not a subject
        while index + 1 < len(starts) and starts[index + 1] <= mention.start:
            index += 1
        lead = body[starts[index] : mention.start] if starts and mention.start - starts[index] <= MAX_LEAD else "…"
        if lead[:1].isupper() and lead[1:2].isupper():  # 'WASHINGTON — Sen. Bernie Sanders defended'
            dateline = DATELINE.match(lead)
            lead = lead[dateline.end() :] if dateline else lead
        elif lead[:1] == "(":  # '(John Schlafly defended his mother …)'
            lead = lead[1:]
        if (
            subject_sentence == index
            and not body.startswith(("’s", "'s"), opening_end)  # 'Bloomberg's pollster, Douglas Schoen, says'
            and _appositive_after_a_noun(body, lead, mention.end)
        ):
            continue  # 'Tom Berg was asked by the host, Dan Cole, whether': Berg is the subject, Cole his asker
        if is_subject_lead(lead) and not (", " in lead and _SAID_THEN.search(lead, max(0, len(lead) - 40))):
            subjects.append((mention.start, key))
            opening_end = mention.end
            subject_sentence = index
            continue
        if body.endswith(", like ", 0, mention.start) and _GROUP_OPENS.match(lead):
            subjects.append((mention.start, key))  # 'Some defenders of trade, like Gary Hufbauer, …': their voice
            subject_sentence = index
            continue
        if AFTER_PREPOSITION.search(body, max(0, mention.start - 8), mention.start):
            continue  # 'a philanthropist from Monsey, New York, said'
        verb_before = speech_before(body, mention.start)
        if verb_before == "inverted" and _CLAUSE_GOES_ON.match(body, mention.end):
            verb_before = "plain"  # 'Murphy, the chairman, for example, said Trump continued to hurt …'
        if (
            verb_before == "plain"
            and (subject_sentence == index or _PRONOUN_SAID.search(body, max(0, mention.start - 30), mention.start))
            and not _asked(body, mention.start)
        ):
            continue  # 'Cox says Obama is trying', 'he said Ryan.': what was said
        if verb_before != "inverted" and _IN_A_CLAUSE.search(body, max(0, mention.start - 10), mention.start):
            continue  # 'Ryan did not exude confidence when Tapper asked whether …': the clause's, not the sentence's
        if (
            verb_before == "inverted"
            or speech_after(body, mention.end)
            or APPOSITIVE_THEN_VERB.match(body, mention.end)
        ):
            subjects.append((mention.start, key))
            subject_sentence = index
        elif verb_before and (subject_sentence != index or _asked(body, mention.start)):
            subjects.append((mention.start, key))  # 'aides say Ivanka Trump advises', but not 'Cox says Obama is'
    described = [
        (start, "")
        for start in starts
        if body.startswith(_DESCRIBED_OPENS, start) and DESCRIBED_SPEAKS.match(body, start)
    ]
    for start in starts:
        someone = _SOMEONE_GENDERED.match(body, start)
        if someone:  # 'his wife, Jane Poe, said' is Jane Poe, when the cast knows her
            named = cast.within(someone.end() + 2, someone.end() + 3) if body.startswith(", ", someone.end()) else []
            key = named[0][1] if named and named[0][1] not in cast.orgs else SOMEONE[someone.group("noun").lower()]
            described.append((someone.start("noun"), key))
    return sorted(subjects + described) if described else subjects


# 'On CNN, his wife, Jane, called for …. “…,” she said': a sentence opened by someone its noun gives a
# gender to. Kept as a subject with a key of its own, so that the 'she' after it is not a woman named before.
SOMEONE = {
    **dict.fromkeys("wife mother daughter sister widow woman girlfriend grandmother aunt niece mom girl".split(), SHE),
    **dict.fromkeys("husband father son brother widower man boyfriend grandfather uncle nephew dad boy".split(), HE),
}
_SOMEONE_GENDERED = re.compile(  # a lead-in of time or place, not a clause: 'He was born in Japan, the son of'
    r"(?:(?:On|At|In|Later|Earlier|Meanwhile|Then|Still|But|And|After|Before|During|Last|This)\b[^,.;“”\"\n]{0,60},\s+)?"
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]|(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*(?:[’']s|(?<=s)[’']))"
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{'|'.join(SOMEONE)})(?=,|\s+(?!of\b)[a-z])"
)


# 'One California delegate said he …': a sentence opened by someone described, not named, who speaks. It is
# kept as a subject with no key, so that a later 'he' is not the name before it.
_DESCRIBED_OPENS = ("One ", "Another ", "A ", "An ")


# 'Like his comments about Curiel, Mr. Graham said, Mr. Trump's jabs were …': a name after an interjected cue is
# inside what was said, not the sentence's speaker
_SAID_THEN = re.compile(
    r"\b(?:said|says|added|adds|argued|argues|noted|notes|wrote|writes),\s+(?:[A-Z][\w.]*\s+){0,3}$"
)
# A group opening the sentence, whose example a name after ', like' gives ('Some staunch defenders …, like')
_GROUP_OPENS = re.compile(r"(?:Some|Many|Several|Other|Most|A few|Few)\s+[^,.;:“”\"]{1,80},\s+like\s+$")
_PRONOUN_SAID = re.compile(r"\b(?:he|she|they|I|we)\s+(?:\w+ly\s+)?\w+\s$")  # 'he said ', 'she quickly told '
# After 'said Wilcox': a verb of what was said, not the end of an attribution ('said Wilcox, 42,', 'of Texas')
_CLAUSE_GOES_ON = re.compile(r" (?!(?:of|from|at|in|on|who|and|to|after|before|during|while|as)\b)[a-z]+\b")


def _appositive_after_a_noun(body: str, lead: str, end: int) -> bool:
    """A name set off by commas right after a common noun ('the host, Dan Cole, whether')."""
    return body.startswith(",", end) and lead.endswith(", ") and lead[:-2].rpartition(" ")[2].islower()


def _asked(body: str, start: int) -> bool:
    """'Hannity asked Trump how high …': the one asked answers next."""
    return body.endswith(("asked ", "asks "), max(0, start - 6), start)


# 'Roberta Lange, the state party chairwoman, said …': a name, an appositive, then its verb.
APPOSITIVE_THEN_VERB = re.compile(
    rf",\s[^,.;:“”\"]{{1,100}},\s+(?:[a-z]+ly\s+)?(?:{VERBS}|[a-z]+ed|was|is|has|had|would|will|did|does)\b"
)


# 'when Tapper asked', 'as Poe said': a name opening a clause inside a sentence is that clause's subject
_IN_A_CLAUSE = re.compile(r"[a-z,] (?:when|while|as|after|before|because|since|until|if|though|although) $")
# 'a philanthropist from Monsey, New York, said': a name after a preposition is not who speaks
AFTER_PREPOSITION = re.compile(r"\b(?:from|of|in|at|to|with|by|for|near)\s+$")


def is_subject_lead(lead: str) -> bool:
    """'', 'Sen.', 'But former Gov.', 'On Tuesday,', 'There, the district GOP Chairman': nothing between
    the sentence start (or a short lead-in ending in a comma) and the name but capitalised or title words."""
    head, comma, rest = lead.rpartition(",")
    if len(rest) > 80 or (comma and head.count(" ") > 14 and len(head.split()) > 12 and not _opens_a_clause(head)):
        return False  # five title words fit in 80 characters
    words = rest.split()
    if len(words) > 5 or not all(w[:1].isupper() or w.lower() in LEAD_WORDS or w.lower() in TITLE_WORDS for w in words):
        return False
    # 'Gray, who served under Mr. Bush's father, George Bush, ticked': an appositive (the costlier test last)
    return not (comma and _RELATIVE_IN_HEAD.search(head))


_RELATIVE_IN_HEAD = re.compile(r"\b(?:who|whose|which)\b")
# 'Having sputtered in his own run …, Mr. Christie nevertheless gave': a clause before the subject, of any length
_CLAUSE_OPENERS = frozenset("Having After Before Since Although Though While When Despite Unlike Because".split())


def _opens_a_clause(head: str) -> bool:
    first = head.lstrip().split(" ", 1)[0]
    return first in _CLAUSE_OPENERS and "," not in head


LEAD_WORDS = frozenset(
    {"and", "but", "former", "the", "then", "for", "even", "also"}
)  # "As for Trump, he …", "And even Obama"


def named_subject(
    resolver: Resolver, sentence: str, offset: int, quote_start: int, match: re.Match[str] | None = None
) -> tuple[re.Match[str] | None, str | None]:
    """The sentence's subject and the speaker it names: after a lead-in ('Later, Berg …'), else from the
    first word ('Ted Nordhaus, co-founder of the …, welcomed'), where the lead-in was the subject."""
    match = match or SUBJECT.match(sentence)
    if not match:
        return None, None
    who = match.group("who")
    joint = _AND_ANOTHER.match(sentence, match.end("who"))
    if joint:  # 'Trump and Ryan issued a statement': two voices, neither alone
        return match, _joint_source(resolver, sentence, offset, match, joint)
    speaker = resolver.resolve(who, offset + match.start("who"), quote_start)
    modifier = speaker and _name_as_a_modifier(who) and resolver.is_person(speaker)
    if modifier or (speaker is None and who.endswith(("’s", "'s"))):
        noun = _WORD.match(sentence, match.end("who"))  # 'The Sanders campaign projects …', 'Ryan’s campaign shrugged'
        if noun and noun.group(1) in SAYINGS and not modifier:  # 'Barrett’s dictum to his interns was, “…”'
            named = resolver.resolve(without_possessive(who), offset + match.start("who"), quote_start)
            return match, named if named and resolver.is_person(named) else None
        if not noun or noun.group(1) not in SOURCE_NOUNS:
            return match, None  # 'The Archie Bunker stereotype of …'
        title = _WORD.match(sentence, noun.end())
        if title and title.group(1) in TITLE_WORDS:  # 'Mr. Trump's campaign chairman, Paul Manafort, dismissed'
            named = _APPOSITIVE_NAME.match(sentence, title.end())
            speaker = named and resolver.resolve(named.group(1), offset + named.start(1), quote_start)
            return match, speaker if speaker and resolver.is_person(speaker) else None  # him, not the campaign
        phrase = sentence[match.start("who") : noun.end()]
        return match, described_source(resolver.body, resolver.cast, phrase, offset + match.start("who"))
    if speaker is None and match.start("who") > 0:
        match = SUBJECT_FIRST.match(sentence)
        speaker = match and resolver.resolve(match.group("who"), offset + match.start("who"), quote_start)
    return match, speaker


SAYINGS = frozenset("dictum motto mantra slogan refrain catchphrase advice reply response answer words".split())
_WORD = re.compile(r"\s+([a-z]+)\b")
_APPOSITIVE_NAME = re.compile(
    r",\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+[a-z]"
)  # ', Paul Manafort, dismissed'
_AND_ANOTHER = re.compile(r"\s+and\s+(?P<other>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)")


def _joint_source(
    resolver: Resolver, sentence: str, offset: int, match: re.Match[str], joint: re.Match[str]
) -> str | None:
    """'Trump and Ryan issued a statement', 'Two analysts, Patrick Megahan and Chris Harman, found': the two
    people as the article names them together, a source of its own."""
    phrase = sentence[match.start("who") : joint.end("other")]
    return resolver.joint(phrase, offset + match.start("who")) if JOINT.match(phrase) else None


def _name_as_a_modifier(who: str) -> bool:
    """'The Archie Bunker stereotype of …', 'The Sanders campaign': no one takes 'the' before their name, so the
    name describes the noun after it ('The Rev. Al Sharpton' and 'The senator' are titles, and 'The Blaze’s Matt
    Walsh' is the Blaze's)."""
    words = who.split()
    return (
        len(words) > 1
        and words[0] == "The"
        and words[1].lower() not in TITLE_WORDS
        and not any(w.endswith(("’s", "'s")) for w in words)
    )
