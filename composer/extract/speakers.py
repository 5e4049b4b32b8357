"""Who said it: the cue next to a quote and the speaker it names.

A quote is attributed only when a speech cue sits right beside it ("…,” Hegseth
said / said Hegseth / Hegseth said: “…”), or when it continues a quote that was.
The speaker phrase must be exactly a name, a pronoun with a clear antecedent, a
role held by one named person, or an organisation; anything else gives None,
because a wrong name is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.extract.patterns import KNOWN_ORGANISATIONS, OBJECT_CUES, PRONOUNS, SPEECH_PHRASES, SPEECH_VERBS
from composer.extract.people import TITLE_WORDS, Cast, Mention, speech_beside
from composer.extract.quotes import Quoted
from composer.extract.sentences import Segment, first_sentence_end, last_sentence_end

_VERBS = "|".join(sorted(SPEECH_VERBS | SPEECH_PHRASES, key=len, reverse=True))
_VERBS_AFTER = "|".join(sorted((SPEECH_VERBS | SPEECH_PHRASES) - OBJECT_CUES, key=len, reverse=True))
_PLATFORM = r"(?:\s+on\s+(?:X|Twitter|Facebook|Instagram|Truth Social|Threads|Bluesky|TikTok|Telegram))?"
_ADVERB = r"(?:\w+ly\s+|also\s+|later\s+|then\s+|again\s+|once\s+|simply\s+|just\s+)"
_AUX = r"(?:(?:has|had|have|would)\s+)?"  # 'Bill Clinton has said'
_WHO = r"(?P<who>[^!?;:“”\"]{1,100}?)"
# After the closing mark: ', Hegseth said', ' he tersely told', ' said Hegseth', ', according to Hegseth'
_WHO_LONG = r"(?P<who>[^!?;:“”\"]{1,180}?)"  # room for an appositive: ', Ann Poe, a lawyer for the city, said'
_AFTER_WHO_CUE = re.compile(rf"^[\s,—–'’\"-]*{_WHO_LONG}\s+{_AUX}{_ADVERB}*(?P<cue>(?:{_VERBS})\b{_PLATFORM})")
_AFTER_CUE = re.compile(rf"^[\s,—–'’\"-]*{_ADVERB}*(?P<cue>(?:{_VERBS_AFTER}|[Aa]ccording to)\b{_PLATFORM})\s+")
_WHO_STOP = re.compile(
    r",|;|:|—|\s(?:in|on|at|to|during|after|before|when|while|who|as|about|last|this|that|earlier|later|"
    r"told|and|but|with|because)\b",
    re.IGNORECASE,
)
# At the end of the sentence after a partial quote: '… “drew well” in 2008, said Paul Beck' / ', Beck said'
_TRAILING = re.compile(
    rf",\s+(?:{_ADVERB}*(?P<cue>(?:{_VERBS_AFTER})\b{_PLATFORM})\s+(?P<who>[^,]{{1,80}}?)"
    rf"|(?P<who2>[^,]{{1,80}}?)\s+{_ADVERB}*(?P<cue2>(?:{_VERBS})\b{_PLATFORM}))(?:,[^“”\"]*)?\s*$"
)
# Before the opening mark: 'Hegseth said: ', 'he said, ', 'Hegseth told reporters: ', 'According to X, '
# The sentence's subject, when it is the one speaking: 'Clinton, who …, told her supporters, “…”'
_BEFORE_SUBJECT = re.compile(
    rf"^(?:[^,“”\"]{{0,60}},\s+)??(?P<who>[^,“”\"]{{1,80}}?)(?:(?:,[^,“”\"]{{1,140}})+,)?\s+{_ADVERB}*"
    rf"(?P<cue>(?:{_VERBS})\b{_PLATFORM})"
)
_BEFORE_WHO_CUE = re.compile(
    rf"(?:^|[,;—]\s+|\band\s+|\bbut\s+){_WHO}\s+{_AUX}{_ADVERB}*(?P<cue>(?:{_VERBS})\b{_PLATFORM})"
    r"(?P<tail>(?:,?\s+[\w’'.-]+){0,6}?)\s*[,:]?\s*(?:that\s+)?$"
)
_BEFORE_ACCORDING = re.compile(
    rf"(?:(?P<cue>[Aa]ccording to)\s+{_WHO}"
    rf"|\bas\s+(?P<who2>[^“”\"]{{1,160}}?),?\s+(?P<cue2>put it|puts it|said|says|wrote|writes|noted)),?\s*:?\s*$"
)
_CUES = re.compile(rf"\b(?:{_VERBS})\b")
# A sentence's subject and its (lower-case) verb: 'Donald Trump is promising to “…”'.
# Lower-case words of a title inside a subject: 'Republican presidential nominee Donald Trump'.
_TITLE_LOWER = "|".join(sorted({w for w in TITLE_WORDS if w.isalpha()} | {"presidential"}, key=len, reverse=True))
_SUBJECT = re.compile(
    r"^(?:[^,“”\"]{0,60},\s+)?"  # an optional lead-in: 'In the email, '
    r"(?:(?:And|But|So|Yet|Then)\s+(?:then\s+)?)?"  # 'And then Trump went on the attack'
    rf"(?P<who>(?:(?:[A-Z][\w’'.-]*|{_TITLE_LOWER})\s+){{0,6}}[A-Z][\w’'.-]*|[Hh]e|[Ss]he)"
    r"(?:\s+\([^()]{1,24}\))?(?:,[^,“”\"]{1,140},)?\s+[a-z]"
)
# 'Donald Trump: “…”', 'Clinton’s response was: “…”': a name labelling what follows.
_BEFORE_LABEL = re.compile(  # not after a preposition: 'a message to Trump: “…”', 'an ad on Iowa TV: “…”'
    r"(?:^|[.;]\s+|(?<!\bto)(?<!\bon)(?<!\bat)(?<!\bin)(?<!\bof)(?<!\bfor)(?<!\bwith)(?<!\bfrom)(?<!\bby)\s)(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w'.-]*?)"
    r"(?:\s*\([^()]{1,24}\))?"  # 'Rep. Trey Gowdy (R-S.C.):'
    r"(?:(?:’s|'s)\s+(?P<cue>response|reply|answer|message|statement|tweet|email|post)\s+(?:was|read|said))?\s*:\s*$"
)
_PARTICIPLE = re.compile(
    r"(?:,|\sby)\s+(saying|tweeting|adding|noting|arguing|telling|writing|explaining|insisting|warning|declaring|calling|claiming)\b"
)
# 'Said Comey, “…”': the cue first, at the start of the sentence.
_BEFORE_CUE_WHO = re.compile(
    r"(?:^|[,;]\s+)(?P<cue>said|says|added|adds|wrote|writes|asked|asks|explained|noted)\s+(?P<who>[^,“”\"]{1,80}?)"
    r"(?:,\s+(?:who|a|an|the)\s[^“”\"]{1,120}?)?,?\s*:?\s*$",  # 'Said Ann Poe, who grew up here, “…”'
    re.IGNORECASE,
)
# What may stand between a speaker and the speech verb: 'Trump has also said', 'Mr. Trump was prompted to say'.
_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|would|will|did|does|then|later|once|again|just|\w+ly|"
    r"was\s+prompted\s+to|went\s+on\s+to|continued\s+to|(?:has|have)\s+been))+\s*$"
)
# After a quote, words that start another clause rather than name its speaker: ', and Trump vowed',
# ' of Trump, whom he called'.
_NEW_CLAUSE_AFTER = re.compile(r"^[\s,—–-]*(?:of|and|but|while)\s|\b(?:whom|which)\s|,\s+(?:and|but|while)\s")
_INTRODUCES_A_QUOTE = re.compile(r"\s*:\s*[“\"']")  # '“…” Rubio said: “…”' (not 'Rubio said: That Cruz …')
_WHO_TAIL = re.compile(r"(?:,|\s[-—–])?\s+who\s*$")
_SIGNATURE = re.compile(r"\s*[-—–]\s*(?P<who>[A-Z][^.,\n]{1,60}?)[.,]?\s*$")  # '- Hillary Clinton.'
_COORDINATED = re.compile(r"\s(?:and|but|then)\s*$")
_RELATIVE_TAIL = re.compile(r",\s+(?:who|which)\s[^,“”\"]{1,120},\s*$")  # 'Ann Poe, who grew up here,'
_CLAUSE_BOUNDARY = re.compile(
    r"[;:—–]\s*|\s(?:that|and|but|as|when|while|which|where|after|before|because|with|if|so|then|whom|who)\s"
)


def _names_org(phrase: str, org: str) -> bool:
    """'Democratic National Committee' names 'National Committee'; 'Here in Columbia' does not name 'COLUMBIA'."""
    if not phrase.lower().endswith(" " + org.lower()):
        return False
    extra = phrase[: len(phrase) - len(org)].split()
    return all(w[:1].isupper() for w in extra)


def _clause_start(text: str) -> int:
    """Where the last clause of `text` starts: after its last conjunction, relative word or semicolon."""
    last = 0
    for match in _CLAUSE_BOUNDARY.finditer(text):
        last = match.end()
    return last


_NEW_CLAUSE = re.compile(r"(?:,\s+(?:while|but|and|whereas)|;)\s+(?=[A-Z])")
_RELATIVE = re.compile(r",?\s+(?:who|whose|whom|which)\b")
_LEADING = re.compile(r"^(?:and|but|as|while|whereas|so|then|yet)\s+", re.IGNORECASE)
_ADVERBS_ONLY = re.compile(rf"\s+(?:{_ADVERB}|(?:himself|herself)\s*)*$")  # 'Sanders himself'


@dataclass(slots=True)
class Attribution:
    cue: str | None
    speaker: str | None  # a cast key


LAST_NAMED_WINDOW = 300  # characters before a 'he said' in which the last person named may be 'he'
RIVAL_WINDOW = 200  # characters before a 'he said' in which another man makes 'he' ambiguous


class Attributor:
    def __init__(self, body: str, cast: Cast, sentences: list[Segment]) -> None:
        self.body = body
        self.cast = cast
        self.subjects = _sentence_subjects(body, cast, sentences)  # (position, key), in order
        self._subject_set = set(self.subjects)

    def attribute(self, quotes: list[Quoted]) -> list[Attribution]:
        results: list[Attribution] = []
        for index, quote in enumerate(quotes):
            found = self._beside(quote, quotes, index)
            if found.speaker is None:
                found = (
                    self._inherited(quote, quotes, index, results)
                    or self._said_just_before(quote)
                    or self._signed(quote)
                    or found
                )
            if found.speaker is not None:
                self._remember_speaker(quote.outer_start, found.speaker)
            results.append(found)
        return results

    def _remember_speaker(self, position: int, key: str) -> None:
        """A speaker is the likeliest 'he' or 'she' of the next sentences, like a subject."""
        import bisect

        bisect.insort(self.subjects, (position, key))

    def _beside(self, quote: Quoted, quotes: list[Quoted], index: int) -> Attribution:
        after = self._after_text(quote, quotes, index)
        found = self._after(quote, after) if _has_cue(after) else Attribution(None, None)
        before, offset = self._before_text(quote, quotes, index)
        if found.speaker and not (self._ends_sentence(quote) and after.strip()[:1].isupper()):
            return found
        # '“….” He warns that …' opens the next sentence: a cue in the quote's own sentence comes first
        patterns = _before_patterns(before)
        if patterns:
            own = self._before(quote, before, offset, patterns)
            if own.speaker:
                return own
        return found if found.speaker else self._subject(quote, before, offset)

    def _signed(self, quote: Quoted) -> Attribution | None:
        """'“I will look into it.” ¶ - Hillary Clinton.': a quote standing alone, signed on the next line."""
        para = quote.paragraph
        if not (quote.outer_start == para.start and quote.outer_end >= para.end - 1):
            return None
        line_end = self.body.find("\n", para.end + 2)
        line = self.body[para.end : line_end if line_end > 0 else len(self.body)]
        signature = _SIGNATURE.match(line)
        if not signature:
            return None
        speaker = self.resolve(signature.group("who"), para.end + signature.start("who"), quote.outer_start)
        return Attribution(None, speaker) if speaker else None

    def _said_just_before(self, quote: Quoted) -> Attribution | None:
        """'…, dos Santos says. “If the government …”': a quote opening the sentence after one that ends
        with its speaker and a cue."""
        start = quote.paragraph.start
        previous = self.body[start : quote.outer_start].rstrip()
        if not previous.endswith(".") or any(mark in previous for mark in '“”"'):
            return None
        previous = previous[:-1]
        match = _TRAILING.search(previous, last_sentence_end(previous))
        if not match:
            return None
        who, cue = _who_and_cue(match)
        speaker = self.resolve(match.group(who), start + match.start(who), quote.outer_start)
        return Attribution(_cue(match.group(cue)), speaker) if speaker else None

    def _ends_sentence(self, quote: Quoted) -> bool:
        return self.body[quote.end - 1 : quote.end] in ".!?"

    def _after(self, quote: Quoted, after: str) -> Attribution:
        match = _AFTER_WHO_CUE.match(after)
        if match and self._after_fits(quote, match):
            speaker = self.resolve(match.group("who"), quote.outer_end + match.start("who"), quote.outer_start)
            if speaker:
                return Attribution(_cue(match.group("cue")), speaker)
        match = _AFTER_CUE.match(after)
        if match:
            rest = after[match.end() :]
            who = _WHO_STOP.split(rest, maxsplit=1)[0]
            speaker = self.resolve(who, quote.outer_end + match.end(), quote.outer_start)
            if speaker is None and rest[len(who) : len(who) + 1] == ",":  # 'said a lawyer, Ann Poe of …'
                who += "," + _WHO_STOP.split(rest[len(who) + 1 :], maxsplit=1)[0]
                speaker = self.resolve(who, quote.outer_end + match.end(), quote.outer_start)
            if speaker:
                return Attribution(_cue(match.group("cue")), speaker)
        return self._trailing(quote, after)

    def _before(self, quote: Quoted, before: str, offset: int, patterns: list[re.Pattern[str]]) -> Attribution:
        for pattern in patterns:
            match = pattern.search(before)
            if match and _participle_after_comma(match):
                continue  # 'Cruz backed Rubio, saying …': the participle belongs to the subject
            if match:
                who, cue = _who_and_cue(match)
                speaker = self.resolve(match.group(who), offset + match.start(who), quote.outer_start)
                if speaker:
                    return Attribution(_cue(match.group(cue)), speaker)
        return self._cue_subject(quote, before, offset)

    def _cue_subject(self, quote: Quoted, before: str, offset: int) -> Attribution:
        """The subject of the speech verb nearest the quote: 'Trump has said a race would be “…”',
        'so heated that New Jersey Gov. Chris Christie said, “…”', 'Said Ann Poe, who grew up here, “…”'."""
        for cue in reversed(list(_CUES.finditer(before))):
            if cue.group().endswith("ing"):
                continue  # 'Sanders endorsed Clinton, saying …': the participle's subject is the sentence's
            left = _RELATIVE_TAIL.sub(",", _AUX_TAIL.sub("", before[: cue.start()]))
            who = _WHO_TAIL.search(left)
            if who:  # 'Donald Trump - who previously said he would “…”': the one 'who' stands for
                left = left[: who.start()]
            start = _clause_start(left)
            if left[start:].strip():
                speaker = self.resolve(left[start:], offset + start, quote.outer_start)
            else:  # 'Bush thought for a moment and said': the subject of the clause before the 'and'
                speaker = self._coordinated_subject(quote, left, offset)
            if speaker:
                return Attribution(_cue(cue.group()), speaker)
        return Attribution(None, None)

    def _coordinated_subject(self, quote: Quoted, left: str, offset: int) -> str | None:
        joined = _COORDINATED.search(left)
        if not joined:
            return None
        head = left[: joined.start()]
        start = _clause_start(head)
        start += len(head[start:]) - len(head[start:].lstrip())
        match = _SUBJECT.match(head[start:])  # '^' anchors at the clause, not at a `pos`
        if not match:
            return None
        return self.resolve(match.group("who"), offset + start + match.start("who"), quote.outer_start)

    def _after_fits(self, quote: Quoted, match: re.Match[str]) -> bool:
        """'“…” X said:' introduces the next quote; after '“….”' a long phrase starts a new sentence
        ('“… a long time.” Political analyst David Bositis agreed')."""
        words = len(match.group("who").split())
        if _INTRODUCES_A_QUOTE.match(self.body, quote.outer_end + match.end()):
            return False
        head = match.group("who").split(",")[0]
        named_first = self._exactly_a_name(head, quote.outer_end + match.start("who"))
        if not named_first and _NEW_CLAUSE_AFTER.search(match.group("who")):  # '“…” for instance, and Trump vowed'
            return False
        if self.body[quote.end - 1 : quote.end] == ".":
            return words <= 3 and not self._goes_on(quote.outer_end + match.end(), quote.paragraph.end)
        if words > 12 and "," in match.group("who"):  # 'Robert Poe, a lawyer for one of the four groups, said'
            return words <= 30 and named_first
        return words <= 12

    def _goes_on(self, cue_end: int, limit: int) -> bool:
        """'“….” Trump has also announced a kind of solidarity …': a new sentence with its own content,
        not an attribution ('“….” Trump said Tuesday in Iowa.')."""
        rest = self.body[cue_end:limit]
        end = first_sentence_end(rest)
        words = rest[: end or len(rest)].split()
        return len(words) > 8 or (bool(words) and words[0] in ("that", "a", "an", "the", "his", "her"))

    def _trailing(self, quote: Quoted, after: str) -> Attribution:
        match = _TRAILING.search(after)
        if not match:
            return Attribution(None, None)
        who, cue = _who_and_cue(match)
        speaker = self.resolve(match.group(who), quote.outer_end + match.start(who), quote.outer_start)
        return Attribution(_cue(match.group(cue)), speaker) if speaker else Attribution(None, None)

    def _subject(self, quote: Quoted, before: str, offset: int) -> Attribution:
        """'Kasich cautioned “let’s not …”': the sentence's subject, when no one else is named before the quote."""
        clauses = list(_NEW_CLAUSE.finditer(before))
        if clauses:  # 'Jindal signed an order, while Huckabee proposed “…”': the last clause's subject
            cut = clauses[-1].end()
            found = self._subject(quote, before[cut:], offset + cut)
            if found.speaker is not None:
                return found
        match = _SUBJECT.match(before)
        if not match:
            return Attribution(None, None)
        speaker = self.resolve(match.group("who"), offset + match.start("who"), quote.outer_start)
        if speaker is None:
            return Attribution(None, None)
        rest_start = offset + match.end("who")
        others = [
            k
            for m, k in self.cast.within(rest_start, quote.outer_start)
            if k != speaker and self._could_speak(m, quote.outer_start)
        ]
        participle = _PARTICIPLE.search(before[match.end("who") :])
        if participle:  # 'Schlafly endorsed Trump, saying he had “the courage”': the subject speaks
            return Attribution(participle.group(1), speaker)
        return Attribution(None, speaker) if not others else Attribution(None, None)

    def _could_speak(self, mention: Mention, quote_start: int) -> bool:
        """Is a name between a subject and a quote a rival speaker ('Ruiz met Berg, whose plan was “…”',
        'Berg said'), rather than an object ('Lewandowski ripped Comey for acting as “…”', 'Cruz praised
        Bush, who ended his bid, as “…”')?"""
        if self.body.startswith(("’s", "'s", "’ ", "' "), mention.end):  # 'Trump’s remarks'
            return False
        relative = _RELATIVE.match(self.body, mention.end)
        if relative:  # a relative clause that runs on into the quote
            return "," not in self.body[relative.end() : quote_start]
        return speech_beside(self.body, mention.start, mention.end)

    def _inherited(
        self, quote: Quoted, quotes: list[Quoted], index: int, results: list[Attribution]
    ) -> Attribution | None:
        """'"A," he said. "B."' and multi-paragraph quotes keep the speaker of the part before."""
        if index == 0:
            return None
        previous, prior = quotes[index - 1], results[index - 1]
        if prior.speaker is None:
            return None
        if quote.continued or self._quote_only_paragraph(quote, previous):
            return Attribution(prior.cue, prior.speaker)
        if previous.paragraph == quote.paragraph:
            between = self.body[previous.outer_end : quote.outer_start]
            finite = [  # 'explaining', 'who said' are the same voice going on
                m.group()
                for m in _CUES.finditer(between)
                if not m.group().endswith("ing") and not between[: m.start()].endswith("who ")
            ]
            if len(between.split()) <= 45 and len(finite) <= 1:
                return Attribution(prior.cue, prior.speaker)
            if self._opens_after_its_attribution(between):
                return Attribution(prior.cue, prior.speaker)
        return None

    def _opens_after_its_attribution(self, between: str) -> bool:
        """'“A,” Poe told the Journal, after Ruiz stated her view. “B.”': B opens the sentence right after the
        one attributing A, so it is the same voice, whatever other cues that sentence holds."""
        sentence = between.rstrip()
        return bool(sentence) and sentence[-1] in ".!?" and first_sentence_end(sentence) == len(sentence)

    def _quote_only_paragraph(self, quote: Quoted, previous: Quoted) -> bool:
        """A paragraph that is nothing but a quote goes on with the speaker of the paragraph before."""
        para = quote.paragraph
        whole = quote.outer_start == para.start and quote.outer_end >= para.end - 1
        return whole and previous.paragraph.end + 2 == para.start

    def _after_text(self, quote: Quoted, quotes: list[Quoted], index: int) -> str:
        limit = quote.paragraph.end
        if index + 1 < len(quotes) and quotes[index + 1].paragraph == quote.paragraph:
            limit = quotes[index + 1].outer_start
        text = self.body[quote.outer_end : limit]
        end = first_sentence_end(text)
        return text[: end - 1] if end else text

    def _before_text(self, quote: Quoted, quotes: list[Quoted], index: int) -> tuple[str, int]:
        start = quote.paragraph.start
        if index > 0 and quotes[index - 1].paragraph == quote.paragraph:
            start = quotes[index - 1].outer_end
        elif quote.outer_start == start and self.body[:start].rstrip().endswith(":"):
            previous = self.body.rfind("\n\n", 0, start - 2)
            start = previous + 2 if previous >= 0 else 0  # 'Jared Potts echoed:' ends the paragraph before
        text = self.body[start : quote.outer_start]
        cut = last_sentence_end(text)
        while cut < len(text) and text[cut].isspace():  # the patterns anchor at the sentence's first word
            cut += 1
        return text[cut:], start + cut

    def resolve(self, phrase: str, at: int, quote_start: int) -> str | None:
        """A speaker key for `phrase` found at body offset `at`, or None when unsure."""
        at += len(phrase) - len(phrase.lstrip())
        phrase = phrase.lstrip()
        lead = _LEADING.match(phrase)
        if lead:
            at += lead.end()
            phrase = phrase[lead.end() :]
        phrase = _ADVERBS_ONLY.sub("", phrase).rstrip(" ,")
        head, comma, tail = phrase.rpartition(",")
        if comma and tail.strip().lower() in PRONOUNS:  # 'Asked what he believed about it, he said'
            at += len(head) + 1 + len(tail) - len(tail.lstrip())
            phrase = tail.strip()
        word = phrase.lower()
        if word in PRONOUNS:
            return self._antecedent(PRONOUNS[word], min(at, quote_start)) if word in ("he", "she") else None
        named = self._named_in(phrase, at)
        if named is not None:
            return named
        return self._by_role(phrase)

    def _named_in(self, phrase: str, at: int) -> str | None:
        """A name, maybe with a title before it ('Huckabee spokeswoman Alice Stewart') or an
        appositive around it ('Google's recruiter, Laszlo Bock,' / 'Ross, the commissioner,')."""
        if first_sentence_end(phrase) not in (None, len(phrase)):
            return None
        parts, offset = [], at
        for part in phrase.split(","):
            lead = _LEADING.match(part.lstrip())
            skip = (len(part) - len(part.lstrip())) + (lead.end() if lead else 0)
            parts.append((part[skip:], offset + skip))  # ', while Cruz' -> 'Cruz'
            offset += len(part) + 1
        exact = [(p, o) for p, o in parts if self._exactly_a_name(p, o)]
        if exact:  # 'Giovanni Vian, the editor of L’Osservatore Romano, said': the bare name speaks
            return self._name_part(*exact[0])
        for part, start in reversed(parts):  # else the name nearest the cue: 'Google’s recruiter, Laszlo Bock,'
            key = self._name_part(part, start)
            if key is not None:
                return key
        return None

    def _exactly_a_name(self, part: str, at: int) -> bool:
        stripped = part.strip()
        if not stripped:
            return False
        begin = at + part.index(stripped)
        return any(
            m.end == begin + len(stripped) and k not in self.cast.orgs for m, k in self.cast.within(begin, begin + 1)
        )

    def _name_part(self, part: str, at: int) -> str | None:
        end = at + len(part.rstrip())
        inside = [(m, k) for m, k in self.cast.within(at, end) if m.end <= end]
        people = [(m, k) for m, k in inside if k not in self.cast.orgs] or inside
        for mention, key in people:  # 'Jeffrey Lewis of the James Martin Center': the first that fits
            before = self.body[at : mention.start].strip()
            after = self.body[mention.end : end].strip()
            if after and not after.startswith(("(", "Jr", "Sr")) and not _is_place_tail(after):
                continue
            if before and not _is_title_words(before):
                continue
            return key
        return None

    def _by_role(self, phrase: str) -> str | None:
        """'the defense secretary' -> the one person whose role is Defense Secretary."""
        lowered = phrase.lower()
        words = lowered.removeprefix("the ").strip()
        if not words or words == lowered:
            return self._organisation(phrase)
        holders = [
            k for k, role in self.cast.roles.items() if role.lower() == words or role.lower().endswith(" " + words)
        ]
        return holders[0] if len(holders) == 1 else self._organisation(phrase)

    def _organisation(self, phrase: str) -> str | None:
        """'the Pentagon', 'the Democratic National Committee' (found as 'National Committee'), 'the White House'."""
        name = phrase.strip()
        name = name[4:] if name.lower().startswith("the ") else name
        words = name.lower()
        orgs = [k for k in self.cast.orgs if words == k.lower() or _names_org(name, k)]
        if len(orgs) == 1:
            return orgs[0]
        if words in KNOWN_ORGANISATIONS and name[:1].isupper():
            self.cast.names.setdefault(name, tuple(name.split()))
            self.cast.orgs.add(name)
            return name
        return None

    def _antecedent(self, gender: str | None, position: int) -> str | None:
        """The latest subject or speaker before `position`, within the last few paragraphs, whose gender fits;
        failing that, the only person of that gender named so far."""
        horizon = self._paragraph_start(position, back=2)
        for at, key in reversed(self.subjects):
            if at >= position:
                continue
            if at < horizon:
                break
            known = self.cast.gender(key)
            if known is None or known == gender:
                return key if not self._rival_between(at, position, key, gender) else None
        return self._last_named(gender, position) or self._only_one(gender, position)

    def _last_named(self, gender: str | None, position: int) -> str | None:
        """'Yet there in the back was Garcia, the grocery store worker. “…,” he said': with no subject to go
        by, the person of that gender named last, just before, when no one else who might fit was named since."""
        for mention, key in reversed(self.cast.within(max(0, position - LAST_NAMED_WINDOW), position)):
            if key in self.cast.orgs or self.body.startswith(("’s", "'s"), mention.end):
                continue  # 'Obama addressed Trump’s concerns': a possessive is not who goes on speaking
            known = self.cast.gender(key)
            return key if known == gender else None
        return None

    def _only_one(self, gender: str | None, position: int) -> str | None:
        named = {k for m, k in self.cast.mentions if m.start < position and k not in self.cast.orgs}
        fitting = [k for k in named if self.cast.gender(k) == gender]
        unknown = [k for k in named if self.cast.gender(k) is None]
        return fitting[0] if len(fitting) == 1 and len(unknown) <= 1 else None

    def _rival_between(self, start: int, end: int, key: str, gender: str | None) -> bool:
        """Another person of the same gender named since the subject makes 'he' ambiguous."""
        since = max(start, end - RIVAL_WINDOW)
        return any(
            other != key
            and other not in self.cast.orgs
            and self.cast.gender(other) == gender
            and (mention.start, other) in self._subject_set
            for mention, other in self.cast.within(since + 1, end)
        )

    def _paragraph_start(self, position: int, back: int) -> int:
        start = position
        for _ in range(back + 1):
            found = self.body.rfind("\n\n", 0, start)
            if found < 0:
                return 0
            start = found
        return start


def _before_patterns(before: str) -> list[re.Pattern[str]]:
    """The patterns worth trying on the text before a quote (each costs a regex search)."""
    patterns = []
    if _has_cue(before):
        patterns.append(_BEFORE_WHO_CUE)
        if "ccording to" in before or "as " in before:
            patterns.append(_BEFORE_ACCORDING)
        patterns += [_BEFORE_CUE_WHO, _BEFORE_SUBJECT]
    if before.rstrip().endswith(":"):
        patterns.append(_BEFORE_LABEL)
    return patterns


def _sentence_subjects(body: str, cast: Cast, sentences: list[Segment]) -> list[tuple[int, str]]:
    """People named at the start of a sentence (after a title or a short lead-in) or beside a speech
    verb ('…, said Wilcox'), in order: the likeliest antecedents of a later 'he' or 'she'."""
    starts = [s.start for s in sentences]
    subjects = []
    index = 0
    for mention, key in cast.mentions:
        if key in cast.orgs:
            continue
        while index + 1 < len(starts) and starts[index + 1] <= mention.start:
            index += 1
        lead = body[starts[index] : mention.start] if starts else ""
        if (
            _is_subject_lead(lead)
            or speech_beside(body, mention.start, mention.end)
            or _APPOSITIVE_THEN_VERB.match(body, mention.end)
        ):
            subjects.append((mention.start, key))
    return subjects


# 'Roberta Lange, the state party chairwoman, said …': a name, an appositive, then its verb.
_APPOSITIVE_THEN_VERB = re.compile(
    rf",\s[^,.;:“”\"]{{1,100}},\s+(?:[a-z]+ly\s+)?(?:{_VERBS}|[a-z]+ed|was|is|has|had|would|will|did|does)\b"
)


def _is_subject_lead(lead: str) -> bool:
    """'', 'Sen.', 'But former Gov.', 'On Tuesday,', 'There, the district GOP Chairman': nothing between
    the sentence start (or a short lead-in ending in a comma) and the name but capitalised or title words."""
    head, comma, rest = lead.rpartition(",")
    if len(rest) > 80 or (comma and head.count(" ") > 14 and len(head.split()) > 12):
        return False  # five title words fit in 80 characters
    words = rest.split()
    return len(words) <= 5 and all(
        w[:1].isupper() or w.lower() in _LEAD_WORDS or w.lower() in TITLE_WORDS for w in words
    )


_LEAD_WORDS = frozenset({"and", "but", "former", "the", "then", "for"})  # "As for Trump, he …"


def _is_title_words(text: str) -> bool:
    """'Defense Secretary', 'the economist', 'Concord resident', 'Blaze co-host': what may precede a
    name in a speaker phrase: short, few lower-case words, no clause or preposition."""
    words = text.split()
    lower = [w for w in words if not w[:1].isupper()]
    return (
        len(words) <= 7
        and len(lower) <= 4
        and words[0].lower() != "of"  # 'of Trump' is no title; 'Secretary of State' is
        and not any(w.lower() in _CLAUSE_WORDS or w.lower() in _PREPOSITIONS for w in words)
    )


_PREPOSITIONS = frozenset(
    "after before from in on at to with by for during into over under about against between through since "
    "until upon via".split()
)


_CLAUSE_WORDS = SPEECH_VERBS | {"and", "or", "but", "he", "she", "they", "who", "which", "that", "when", "while"}


def _is_place_tail(text: str) -> bool:
    """'of North Carolina', 'of the law firm Mayer Brown': what may follow a name in a speaker phrase."""
    words = text.split()
    return len(words) <= 8 and words[0] in ("of", "from", "at") and not any(w in _CLAUSE_WORDS for w in words)


_CUE_WORDS = SPEECH_VERBS | {p.split()[0] for p in SPEECH_PHRASES} | {"according", "put", "said", "Said", "According"}


def _has_cue(text: str) -> bool:
    """A cheap first look: no speech word, no pattern to try."""
    return any(word.strip(",.:;—\"”“'’") in _CUE_WORDS for word in text.split())


def _who_and_cue(match: re.Match[str]) -> tuple[str, str]:
    """Patterns with two alternatives name their groups who/cue and who2/cue2."""
    return ("who", "cue") if match.group("who") else ("who2", "cue2")


def _participle_after_comma(match: re.Match[str]) -> bool:
    who, cue = _who_and_cue(match)
    return (match.group(cue) or "").lower().endswith("ing") and match.group(who).rstrip().endswith(",")


def _holds(role: str, words: str) -> bool:
    role = role.lower()
    return role == words or role.endswith(" " + words)


def _cue(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None
