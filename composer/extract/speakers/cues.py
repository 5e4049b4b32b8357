"""Speech around a quote as regular expressions, and the small helpers that read them.

'“…,” Hegseth said', 'said Hegseth', 'Hegseth told reporters: “…”', 'According to Hegseth, “…”':
the patterns live here, the order they are tried in lives in `attributor`.
"""

from __future__ import annotations

import re

from composer.extract.alternatives import alternatives
from composer.extract.names import TITLE_WORDS
from composer.extract.patterns import (
    NOT_SPEECH_BEFORE_TO,
    OBJECT_CUES,
    PLAIN_SPEECH_VERBS,
    SPEECH_PHRASES,
    SPEECH_VERBS,
)

# 'He went on: “…”', 'went on to say'; not 'once the Senate goes on recess'. 'As Poe put it, …', 'Poe put it
# bluntly: “…”'; not 'Poe put it on the table'.
_GOING_ON = r"(?=\s*[,:—]|\s*$|\s+to\b)"
_PUT_IT = r"(?=\s*[,:—]|\s*$|\s+\w+ly\b|\s+this\s+way\b)"
_ONLY_THEN = {
    "went on": _GOING_ON, "goes on": _GOING_ON, "put it": _PUT_IT, "puts it": _PUT_IT,
    **dict.fromkeys(NOT_SPEECH_BEFORE_TO, r"(?!\s+to\b)"),  # 'Lynch agreed to participate' is consent
}  # fmt: skip


VERBS = alternatives(SPEECH_VERBS | PLAIN_SPEECH_VERBS | SPEECH_PHRASES, _ONLY_THEN)
# Cues a speaker may follow ('said Poe'); 'praised Poe' names the one praised.
VERBS_AFTER = alternatives((SPEECH_VERBS | PLAIN_SPEECH_VERBS | SPEECH_PHRASES) - OBJECT_CUES, _ONLY_THEN)
PLATFORM = r"(?:\s+on\s+(?:X|Twitter|Facebook|Instagram|Truth Social|Threads|Bluesky|TikTok|Telegram))?"
ADVERB = r"(?:\w+ly\s+|also\s+|later\s+|then\s+|again\s+|once\s+|simply\s+|just\s+|often\s+|never\s+|always\s+)"
AUX = r"(?:(?:has|had|have|would|is|was)\s+)?"  # 'Bill Clinton has said', 'Braynard is quoted as saying'
WHO = r"(?P<who>[^!?;:“”\"]{1,100}?)"
# After the closing mark: ', Hegseth said', ' he tersely told', ' said Hegseth', ', according to Hegseth'
WHO_LONG = r"(?P<who>[^!?;:“”\"]{1,180}?)"  # room for an appositive: ', Ann Poe, a lawyer for the city, said'
AFTER_WHO_CUE = re.compile(rf"^[\s,—–'’\"”-]*{WHO_LONG}\s+{AUX}{ADVERB}*(?P<cue>(?:{VERBS})\b{PLATFORM})")
AFTER_CUE = re.compile(rf"^[\s,—–'’\"”-]*{ADVERB}*(?P<cue>(?:{VERBS_AFTER}|[Aa]ccording to)\b{PLATFORM})\s+")
WHO_STOP = re.compile(
    r",|;|:|—|\s(?:in|on|at|to|during|after|before|when|while|who|as|about|last|this|that|earlier|later|"
    r"told|and|but|with|because)\b",
    re.IGNORECASE,
)
# 'said an economist at Moody’s, Mark Zandi': where a description ends, before the name
PLACE_BEFORE_COMMA = re.compile(r"\s(?:at|in|with)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3},")
# At the end of the sentence after a partial quote: '… “drew well” in 2008, said Paul Beck' / ', Beck said'
TRAILING = re.compile(
    rf",(?:''|[”\"])?\s+(?:{ADVERB}*(?P<cue>(?:{VERBS_AFTER})\b{PLATFORM})\s+(?P<who>[^,]{{1,80}}?)"
    rf"|(?P<who2>[^,]{{1,80}}?)\s+{ADVERB}*(?P<cue2>(?:{VERBS})\b{PLATFORM}))"
    r"(?:,[^“”\"]*|\s+(?:in|on|at|during)\s[^,“”\"]{1,40})?\s*$"  # '…, Wolverton wrote in a court filing'
)
# Before the opening mark: 'Hegseth said: ', 'he said, ', 'Hegseth told reporters: ', 'According to X, '
# The sentence's subject, when it is the one speaking: 'Clinton, who …, told her supporters, “…”'
BEFORE_SUBJECT = re.compile(
    rf"^(?:[^,“”\"]{{0,60}},\s+)??(?P<who>[^,“”\"]{{1,80}}?)(?:(?:,[^,“”\"]{{1,200}})+,)?\s+{ADVERB}*"
    rf"(?P<cue>(?:{VERBS})\b{PLATFORM})"
)
BEFORE_WHO_CUE = re.compile(
    rf"(?:^|[,;—]\s+|\band\s+|\bbut\s+){WHO}\s+{AUX}{ADVERB}*(?P<cue>(?:{VERBS})\b{PLATFORM})"
    r"(?P<tail>(?:,?\s+[\w’'.-]+){0,6}?)\s*[,:]?\s*(?:that\s+)?$"
)
BEFORE_ACCORDING = re.compile(
    rf"(?:(?P<cue>[Aa]ccording to)\s+{WHO}"
    rf"|\bas\s+(?P<who2>[^“”\"]{{1,160}}?),?\s+(?P<cue2>put it|puts it|said|says|wrote|writes|noted)),?\s*:?\s*$"
)
CUES = re.compile(rf"\b(?:{VERBS})\b")
# A sentence's subject and its (lower-case) verb: 'Donald Trump is promising to “…”'.
# Lower-case words of a title inside a subject: 'Republican presidential nominee Donald Trump'.
# Title words in lower case before a name in a cue's subject ('former senator Ann Poe'); not 'seal', which
# the article writes 'Navy SEAL' (an alternative tried at every word: each one costs)
TITLE_LOWER = alternatives({w for w in TITLE_WORDS if w.replace("-", "").isalpha() and w != "seal"} | {"presidential"})
# A noun phrase no name stands for: 'the Mexican president', 'her husband', 'a campaign surrogate'
NAMELESS_PHRASE = r"(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*"  # shortest first
# A capital opening a sentence that is no name: 'Alongside BLM calls for action, …', 'At a conference, …'
_LEAD_PREPOSITIONS = (
    "(?:At|In|On|For|From|With|By|To|Of|After|Before|During|Since|Despite|Amid|Amidst|Alongside|Unlike|Among|Under"
    "|Through|Without|Within|Although|Though|Because|Until|Upon|Following|Against|Toward|Towards|Beyond|Across"
    "|Around|Inside|Outside|Behind|Besides|Beside|Regarding|Including|Throughout|Into)"
)
_SUBJECT_NAME = (
    # 'And then Trump went on the attack', 'That’s why he wanted to “…”'
    r"(?:(?:And|But|So|Yet|Then|That[’']s why|This is why|That is why)\s+(?:then\s+)?)?"
    rf"(?!{_LEAD_PREPOSITIONS}\s)(?P<who>(?:(?:[A-Z][\w’'.-]*|{TITLE_LOWER})\s+){{0,6}}[A-Z][\w’'.-]*|[Hh]e|[Ss]he)"
    r"(?:\s+\([^()]{1,24}\))?(?:,[^,“”\"]{1,140},)?\s+[a-z]"
)
SUBJECT = re.compile(r"^(?:[^,“”\"]{0,60},\s+)?" + _SUBJECT_NAME)  # an optional lead-in: 'In the email, '
SUBJECT_FIRST = re.compile("^" + _SUBJECT_NAME)  # 'Ted Nordhaus, co-founder of the …, welcomed “…”'

# 'Donald Trump: “…”', 'Clinton’s response was: “…”': a name labelling what follows.
BEFORE_LABEL = re.compile(  # not after a preposition: 'a message to Trump: “…”', 'an ad on Iowa TV: “…”';
    # a pair whole: 'Mark Blumenthal and Jon Cohen: “…”', never the second alone
    r"(?:^|[.;]\s+|\bMore from\s+"  # 'More from Blumenthal and Cohen: “…”': a digest's next excerpt
    r"|(?<!\bto)(?<!\bon)(?<!\bat)(?<!\bin)(?<!\bof)(?<!\bfor)(?<!\bwith)(?<!\bfrom)(?<!\bby)(?<!\band)\s)"
    r"(?P<who>(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s+and\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w'.-]*?)"
    r"(?:\s*\([^()]{1,24}\))?"  # 'Rep. Trey Gowdy (R-S.C.):'
    r"(?:(?:’s|'s)\s+(?P<cue>response|reply|answer|message|statement|tweet|email|post)\s+(?:was|read|said))?\s*:\s*$"
)
PARTICIPLE = re.compile(
    r"(?:,|\sby)\s+(saying|tweeting|adding|noting|arguing|telling|writing|explaining|insisting|warning|declaring|calling|claiming)\b"
)
# 'Said Comey, “…”': the cue first, at the start of the sentence.
BEFORE_CUE_WHO = re.compile(
    r"(?:^|[,;]\s+)(?P<cue>said|says|added|adds|wrote|writes|asked|asks|explained|noted|stated|continued|declared)"
    r"\s+(?P<who>[^,“”\"]{1,80}?)"
    r"(?:,\s+(?:who|a|an|the)\s[^“”\"]{1,120}?)?,?\s*:?\s*$",  # 'Said Ann Poe, who grew up here, “…”'
    re.IGNORECASE,
)
# What may stand between a speaker and the speech verb: 'Trump has also said', 'Mr. Trump was prompted to say'.
AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|would|will|did|does|then|later|once|again|just|now|still|\w+ly|"
    r"was\s+prompted\s+to|went\s+on\s+to|continued\s+to|went\s+so\s+far\s+as\s+to|was\s+quick\s+to|(?:has|have)\s+been))+"
    r"\s*$"
)
# ', says Carl Anthony, historian at …,': a cue set off by commas inside a sentence, its speaker after it
PARENTHETICAL = re.compile(r"(?:says|said|writes|wrote|argues|argued|notes|noted)\s+(?P<who>[^,“”\"]{1,80}?),")
# 'Mr. Manafort, citing ''the unique magic of Trump,'' said …': the quote inside a participle after the subject
SUBJECT_THEN_PARTICIPLE = re.compile(
    r"^(?P<who>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*),\s+[a-z]+ing\b[^,“”\"]{0,60}$"
)
# After a quote, words that start another clause rather than name its speaker: ', and Trump vowed',
# ' of Trump, whom he called'.
NEW_CLAUSE_AFTER = re.compile(r"^[\s,—–-]*(?:of|and|but|while)\s|\b(?:whom|which)\s|,\s+(?:and|but|while)\s")
INTRODUCES_A_QUOTE = re.compile(r"\s*:\s*[“\"']")  # '“…” Rubio said: “…”' (not 'Rubio said: That Cruz …')
WHO_TAIL = re.compile(r"(?:,|\s[-—–])?\s+who\s*$")
# '- Hillary Clinton.', '-Michelle Marks, Philadelphia.', '-President Obama, tweeting after the speech.'
SIGNATURE = re.compile(r"\s*[-—–]\s*(?P<who>[A-Z][^.,\n]{1,60}?)(?:[.,]?\s*|,[^\n]{1,80})$")
# 'with Trump reportedly yelling: “…”': the name before a participle after 'with'.
IN_THE_VIEW_OF = re.compile(  # '“…,” in Bolton’s view', '“…” — in Ruiz's words'
    r"^[\s,—–-]*(?:[^,“”\"]{1,80},\s+)?in\s+(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:view|words|opinion)\b"
)
# 'To Sharp, Trump is the “kind-hearted” man': whose view the sentence gives (not 'For': 'For African-Americans, …')
IN_THE_EYES_OF = re.compile(r"^(?:To|In the eyes of)\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s")
SUBORDINATORS = frozenset("While When After Before Because If Although Though Since Once Until Unless".split())
WITH_SUBJECT = re.compile(
    r"\bwith\s+(?P<who>(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:of\s+)?){0,4}[A-Z][\w’'.-]*)\s+(?:\w+ly\s+)?$"
)  # 'with the American Federation of Teachers calling her “…”
COORDINATED = re.compile(r"\s(?:and|but|then)\s*$")
# 'Ann Poe, who grew up here,', 'Gingrich — mentioned by Newsmax as a choice for running mate —': an aside
RELATIVE_TAIL = re.compile(r",\s+(?:who|which)\s[^,“”\"]{1,120},\s*$|\s[—–]\s[^—–“”\"]{1,160}\s[—–]\s*$")
CLAUSE_BOUNDARY = re.compile(  # '(' only before a name: '(Raphael Lemkin … said', not 'Sen. Reed (D-R.I.) said'
    r"[;:—–]\s*|\s-\s|\((?=[A-Z][a-z])|\s(?:that|and|but|as|when|while|which|where|after|before|because|with|if|so|then"
    r"|whom|who|what|said|says|argued|argues|insisted|insists|claimed|claims)\s"  # 'Poe said Ruiz had called it'
)


def names_org(phrase: str, org: str) -> bool:
    """'Democratic National Committee' names 'National Committee'; 'Here in Columbia' does not name 'COLUMBIA'."""
    if not phrase.lower().endswith(" " + org.lower()):
        return False
    extra = phrase[: len(phrase) - len(org)].split()
    return all(w[:1].isupper() for w in extra)


def clause_start(text: str) -> int:
    """Where the last clause of `text` starts: after its last conjunction, relative word or semicolon."""
    last = 0
    for match in CLAUSE_BOUNDARY.finditer(text):
        last = match.end()
    return last


NEW_CLAUSE = re.compile(
    r"(?:,\s+(?:while|but|and|whereas|in which|during which)|;)\s+(?=[A-Z])"
)  # ', in which Clinton said'
RELATIVE = re.compile(r",?\s+(?:who|whose|whom|which)\b")
LEADING = re.compile(
    r"^(?:and|but|as|while|whereas|so|then|yet|when|after|before|because|if|since|though|although|once)\s+",
    re.IGNORECASE,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# 'In 2010 she said', 'On Monday, Ruiz told': when, before who
TIME_LEAD = re.compile(
    rf"^(?:(?:in|on|during|by)\s+(?:\d{{4}}|[A-Z][a-z]+day|(?:{_MONTHS})(?:\s+\d{{1,2}})?)"
    r"|(?:last|this|earlier|later)\s+(?:week|month|year|night|morning|spring|summer|fall|winter|[A-Z][a-z]+day))"
    r",?\s+",
    re.IGNORECASE,
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# 'Priebus later Thursday told', 'Ryan on Sunday said': when, after who
TIME_TAIL = re.compile(
    r"(?:\s+(?:later|earlier|again|also|on|early|late))*"
    rf"\s+(?:(?:{_DAYS})(?:\s+(?:night|morning|afternoon|evening))?|(?:last|this|that)\s+(?:week|weekend|month|year))$"
)
TIME_ENDINGS = ("day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year")
ADVERBS_ONLY = re.compile(rf"\s+(?:{ADVERB}|(?:himself|herself)\s*)*$")  # 'Sanders himself'


def before_patterns(before: str) -> list[re.Pattern[str]]:
    """The patterns worth trying on the text before a quote (each costs a regex search)."""
    patterns = []
    words = before.split()
    if _cue_among(words):
        if _cue_among(words[-CUE_REACH:]):  # the cue of 'Poe told reporters on Monday:' stands near the end
            patterns.append(BEFORE_WHO_CUE)
        if "ccording to" in before or "as " in before:
            patterns.append(BEFORE_ACCORDING)
        patterns += [BEFORE_CUE_WHO, BEFORE_SUBJECT]
    if before.rstrip().endswith(":"):
        patterns.append(BEFORE_LABEL)
    return patterns


_OPENING_CUES = "said says added adds wrote writes explained noted stated continued declared according"  # not 'Asked'

# 'Said Comey, “…”', 'Stated Stone: “…”': the cues that may open a sentence count capitalised too
CUE_WORDS = (
    SPEECH_VERBS
    | PLAIN_SPEECH_VERBS
    | {p.split()[0] for p in SPEECH_PHRASES}
    | {"put"}
    | {w for cue in _OPENING_CUES.split() for w in (cue, cue.capitalize())}
)


def has_cue(text: str) -> bool:
    """A cheap first look: no speech word, no pattern to try."""
    return _cue_among(text.split())


def _cue_among(words: list[str]) -> bool:
    return any(word.strip(",.:;—\"”“'’()") in CUE_WORDS for word in words)


# BEFORE_WHO_CUE ends in a cue of up to three words, a platform of up to three, six more words, a colon
# and 'that': its cue's first word is one of the last 14.
CUE_REACH = 14


_PERFECT = re.compile(r"\s+(?:has|had|have)$")
_PROGRESSIVE = re.compile(r"\s+(?:is|was|are|were)$")


def subject_of(match: re.Match[str], who: str, cue: str) -> str:
    """'Poe has' before 'said', 'The Florida senator is' before 'telling': the subject without its
    auxiliary (the passive 'was asked' keeps it, and names no one)."""
    phrase = _PERFECT.sub("", match.group(who))
    return _PROGRESSIVE.sub("", phrase) if is_participle(match.group(cue) or "") else phrase


def who_and_cue(match: re.Match[str]) -> tuple[str, str]:
    """Patterns with two alternatives name their groups who/cue and who2/cue2."""
    return ("who", "cue") if match.group("who") else ("who2", "cue2")


def participle_after_comma(match: re.Match[str]) -> bool:
    who, cue = who_and_cue(match)
    return is_participle(match.group(cue) or "") and match.group(who).rstrip().endswith(",")


def is_participle(cue: str) -> bool:
    """'saying', 'referring to': a cue whose verb is a participle."""
    return cue.partition(" ")[0].lower().endswith("ing")


def cue_text(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


PREPOSITIONS = frozenset(
    "after before from in on at to with by for during into over under about against between through since "
    "until upon via like unlike despite amid among including without".split()
)


CLAUSE_WORDS = (
    SPEECH_VERBS
    | PLAIN_SPEECH_VERBS
    | {"and", "or", "but", "he", "she", "they", "who", "which", "that", "when", "while"}
)


# 'what has been described as a “political army”', 'a plan widely called “…”': named so by no one in particular
PASSIVE_VERBS = ("described", "called", "dubbed", "labeled", "labelled", "termed", "branded", "nicknamed")
PASSIVE_NAMING = re.compile(
    r"\b(?:has been|have been|had been|was|were|is|are|being|been|widely|often|sometimes|commonly)\s+"
    rf"(?:\w+ly\s+)?(?:{'|'.join(PASSIVE_VERBS)})\s+(?:as\s+)?(?:an?\s+|the\s+)?$"
)
PASSIVE_ENDINGS = (" as ", " as a ", " as an ", " as the ", *(f"{verb} " for verb in PASSIVE_VERBS))
PASSIVE_REACH = 50  # characters: 'has been repeatedly described as the ' and a little more
# 'Sanders was asked by host Bill Maher, “…?”': the one asking speaks
ASKED_BY = re.compile(
    r"\b(?:was|were|is|are|being|been)\s+(?:\w+ly\s+)?(?:asked|pressed|questioned|challenged)\s+by\s+"
    r"(?P<who>[^,;:“”\"]{1,80}?)(?=,|\s+(?:whether|if|about|why|how|what|to|on|in)\b|\s*$)"
)
COMMA_THEN_CAPITAL = re.compile(r",\s+(?=[A-Z])")  # where a clause may open after a lead-in
# 'Speaking on Sunday in Concord, …,': an adverbial lead-in before the subject
LONG_LEAD = re.compile(
    r"(?:[A-Z][a-z]+ing|In|At|On|After|Before|During|With|Since|From|Despite|Amid)\s"
    r"|(?:Moreover|However|Meanwhile|Still|Instead|Indeed|Later|Earlier|Also|Yet|Then|Now),\s"  # 'Moreover, as …,'
)
# '“…” and “…,” Poe said': quotes joined before one cue
# '“A” and “B,” Poe said', '“A” but needed “B,” Poe said', '“A” -- that the plan is dead -- “B,” Poe said':
# one voice on both sides
JOINED = re.compile(
    r"\s*,?\s*(?:and|or|and then|but(?:\s+[a-z]+)?)\s*|\s*(?:--|—|–)\s*[^“”\"\n—–]{1,160}?\s*(?:--|—|–)\s*"
)
# 'telling CNBC: “…”', 'broke it down to the Dutch paper NRC: “…”': a label after these words heard the quote
ADDRESSING = frozenset({"to", "telling", "told", "tells", "asking", "asked", "asks"})
