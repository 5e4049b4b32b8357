"""Where to look for a quote's speaker, and in which order: the cue after it, the cue before it, the
sentence's subject; then, with no cue beside it, `continuations` (the quote it goes on from, …)."""

from __future__ import annotations

import bisect
import functools
import re

from composer.extract.names import TITLE_WORDS, Mention
from composer.extract.people import Cast, speech_beside
from composer.extract.quotes import Quoted
from composer.extract.sentences import Segment, first_sentence_end
from composer.extract.speakers.attribution import Attribution
from composer.extract.speakers.continuations import Continuations
from composer.extract.speakers.cues import (
    ADDRESSING,
    AFTER_CUE,
    AFTER_WHO_CUE,
    ASKED_BY,
    AUX_TAIL,
    BEFORE_ACCORDING,
    BEFORE_LABEL,
    BEFORE_SUBJECT,
    BEFORE_WHO_CUE,
    COMMA_THEN_CAPITAL,
    COORDINATED,
    CUES,
    IN_THE_EYES_OF,
    IN_THE_VIEW_OF,
    INTRODUCES_A_QUOTE,
    JOINED,
    LONG_LEAD,
    NAMELESS_PHRASE,
    NEW_CLAUSE,
    NEW_CLAUSE_AFTER,
    PARENTHETICAL,
    PARTICIPLE,
    PASSIVE_ENDINGS,
    PASSIVE_NAMING,
    PASSIVE_REACH,
    PLACE_BEFORE_COMMA,
    RELATIVE,
    RELATIVE_TAIL,
    SUBJECT,
    SUBJECT_FIRST,
    SUBJECT_THEN_PARTICIPLE,
    SUBORDINATORS,
    TRAILING,
    WHO_STOP,
    WHO_TAIL,
    WITH_SUBJECT,
    before_patterns,
    clause_start,
    cue_text,
    has_cue,
    is_participle,
    participle_after_comma,
    subject_of,
    who_and_cue,
)
from composer.extract.speakers.resolver import JOINT, Resolver
from composer.extract.speakers.subjects import named_subject, sentence_subjects
from composer.extract.speakers.windows import (
    after_text,
    before_past_titles,
    before_text,
    ends_sentence,
    fills_its_paragraph,
    is_label,
)

_WHICH_TAIL = re.compile(r",\s+which\s*$")


def _ends_in_a_title(words: str, names: int = 0) -> bool:
    """Is the last word of `words`, before `names` capitalised words of a name, a title's ('Gov.', 'Chairman')?"""
    split = words.split()
    return len(split) > names and split[len(split) - names - 1].lower() in TITLE_WORDS


class Attributor:
    """Attributes the quotes of one article, in order (a speaker found is an antecedent for the next)."""

    def __init__(self, body: str, cast: Cast, sentences: list[Segment]) -> None:
        self.body = body
        self.cast = cast
        self.resolver = Resolver(body, cast, sentence_subjects(body, cast, sentences))
        self.resolve = functools.partial(self.resolver.resolve, described=True)  # a phrase beside a cue
        self.continuations = Continuations(body, cast, self.resolver)

    def attribute(self, quotes: list[Quoted]) -> list[Attribution]:
        results: list[Attribution] = []
        for index, quote in enumerate(quotes):
            found = self._beside(quote, quotes, index)
            if found.speaker is None and not found.settled:
                found = self.continuations.find(quote, quotes, index, results) or found
            if found.speaker is not None and not found.asker:
                self.resolver.remember(quote.outer_start, found.speaker)
            results.append(found)
        for index in range(len(quotes) - 2, -1, -1):  # from the end: '“A”, “B” and “C,” Poe said'
            following = results[index + 1]
            if (
                results[index].speaker is None
                and not results[index].settled
                and following.speaker
                and (self._joined(*quotes[index : index + 2]) or quotes[index + 1].continued)
            ):  # '“A” and “B,” Poe said'; a quote over two paragraphs whose cue comes in the second
                results[index] = following
        for index in range(len(quotes) - 1):
            if results[index].speaker is None and not results[index].settled:
                between = self._between_voices(quotes, results, index)
                if between:
                    results[index] = Attribution(None, between)
        return results

    def _between_voices(self, quotes: list[Quoted], results: list[Attribution], index: int) -> str | None:
        """'Poe is upbeat about the bridge. ¶ “It will open in May.” ¶ “And it will pay for itself,” Poe
        says.': a paragraph that is only a quote, after one about its speaker, before one the speaker's cue
        gives to the same person."""
        quote, following = quotes[index], quotes[index + 1]
        speaker = results[index + 1].speaker
        if not speaker or not self.resolver.is_person(speaker) or results[index + 1].asker:
            return None
        if not fills_its_paragraph(quote) or following.outer_start != quote.paragraph.end + 2:
            return None
        start = self.body.rfind("\n\n", 0, quote.paragraph.start - 2) + 2
        end = quote.paragraph.start - 2
        if (index and quotes[index - 1].outer_end > start) or end - start < 20:
            return None  # the paragraph before holds a quote of its own
        subjects = self.resolver.subjects
        at = bisect.bisect_left(subjects, (start,))
        keys = {k for position, k in subjects[at : at + 20] if position < end}
        return speaker if keys == {speaker} else None

    def _joined(self, quote: Quoted, following: Quoted) -> bool:
        """'Guns are “a crisis” and “a scourge,” Poe said': two quotes joined by 'and' share the cue after."""
        return following.paragraph == quote.paragraph and bool(
            JOINED.fullmatch(self.body, quote.outer_end, following.outer_start)
        )

    def _beside(self, quote: Quoted, quotes: list[Quoted], index: int) -> Attribution:
        after = after_text(self.body, quote, quotes, index)
        cued = has_cue(after)  # no speech word after the quote, no pattern after it to try
        found = self._after(quote, after) if cued or IN_THE_VIEW_OF.match(after) else Attribution(None, None)
        after_is_new_sentence = ends_sentence(self.body, quote) and after.strip()[:1].isupper()
        if after_is_new_sentence and "\n" in after[: len(after) - len(after.lstrip())]:
            found = Attribution(None, None)  # '“…?”⏎The Brennan Center noted that …': the next line's own news
        if found.settled and not after_is_new_sentence:
            return found
        if found.settled:  # '“….” At the same time, the person added, “…”': the next quote's cue
            found = Attribution(None, None)
        before, offset = before_text(self.body, quote, quotes, index)
        if not found.speaker and _named_passively(before):
            return found  # 'what has been described as a “political army”': by no one the sentence names
        if found.speaker and not after_is_new_sentence:
            if found.cue != "according to" or found.speaker not in self.cast.orgs:
                return found  # 'according to Ruiz', 'according to a Pentagon readout': the words are theirs
            # 'Francis made clear …, saying those who … should “…,” according to Reuters': Reuters reports him
            own = self._own_sentence(quote, quotes, index, (after, cued), before, offset, Attribution(None, None))
            return own if own.speaker and self.resolver.is_person(own.speaker) else found
        return self._own_sentence(quote, quotes, index, (after, cued), before, offset, found)

    def _own_sentence(
        self,
        quote: Quoted,
        quotes: list[Quoted],
        index: int,
        following: tuple[str, bool],
        before: str,
        offset: int,
        found: Attribution,
    ) -> Attribution:
        """The speaker the quote's own sentence gives before it, when the cue after it (`found`) did not settle
        who spoke. `following` is the text after the quote and whether a cue word is in it."""
        after, cued = following
        cue = AFTER_CUE.match(after) if cued and found.speaker is None else None
        subject = cue and SUBJECT_THEN_PARTICIPLE.match(before)
        if subject:  # 'Mr. Manafort, citing “…,” said the candidate could …'
            speaker = self.resolve(subject.group("who"), offset + subject.start("who"), quote.outer_start)
            if speaker:
                return Attribution(cue_text(cue.group("cue")), speaker)
        owned = _words_owned(before) if found.speaker is None else None
        if owned:  # 'he said that Clinton’s call earlier in the night to “…”': her words, which he quotes
            at = offset + max(0, len(before) - POSSESSED_REACH) + owned.start("who")
            speaker = self.resolve(owned.group("who"), at, quote.outer_start)
            if speaker and self.resolver.is_person(speaker):
                return Attribution(None, speaker)
        # '“….” He warns that …' opens the next sentence: a cue in the quote's own sentence comes first
        patterns = before_patterns(before)
        if patterns:
            own = self._before(quote, before, offset, patterns)
            if own.speaker or own.settled:
                return own
        if not found.speaker:
            past = before_past_titles(self.body, quote, quotes, index)
            own = self._before_titles(quote, *past) if past else None
            if own:
                return own
        if found.speaker or self._mid_sentence(quotes, index, offset):
            return found  # 'Cruz says his “friend” Rubio ran “…”': Rubio is no sentence's subject
        if cued and self._unnamed_after(quote, after):
            return found  # '…: “…” the pitch on Kickstarter says': not the sentence's subject, Echo Point
        if _asked_of(before):
            return found  # 'Ruiz was asked by a caller, “…?”': not the one asked, at any rate
        return self._subject(quote, before, offset)

    def _unnamed_after(self, quote: Quoted, after: str) -> bool:
        """Does a cue after the quote give it a speaker no name stands for ('the pitch on Kickstarter
        says', 'the statement said')?"""
        match = AFTER_WHO_CUE.match(after)
        if not match or not self._after_fits(quote, match):
            return False
        words = match.group("who").split()
        # 'the senator says' may be the sentence's subject, 'the pitch says' is not
        return 0 < len(words) <= 6 and words[0] in UNNAMED_DETERMINERS and not any(w.lower() in _ROLES for w in words)

    def _mid_sentence(self, quotes: list[Quoted], index: int, offset: int) -> bool:
        """Does the text before the quote start right after a quote that did not end its sentence?"""
        if index == 0 or quotes[index - 1].paragraph != quotes[index].paragraph:
            return False
        previous = quotes[index - 1]
        comma = self.body[previous.end - 1 : previous.end] == "," or self.body.startswith(",", previous.outer_end)
        if comma and is_label(self.body, previous):
            return False  # 'in a clip that Mosman called “distasteful,” Santilli expressed': a new clause
        return not self.body[previous.outer_end : offset].strip() and not ends_sentence(self.body, previous)

    def _after(self, quote: Quoted, after: str) -> Attribution:
        match = AFTER_WHO_CUE.match(after)
        if match and COORDINATED.search(match.group("who")):
            match = None  # '“attacked” Clinton, and said he': the one who said it is named before the quote
        if match and self._after_fits(quote, match) and not participle_after_comma(match):
            speaker = self.resolve(match.group("who"), quote.outer_end + match.start("who"), quote.outer_start)
            if speaker:
                return Attribution(cue_text(match.group("cue")), speaker)
        match = AFTER_CUE.match(after)
        if match:
            rest = after[match.end() :]
            who = WHO_STOP.split(rest, maxsplit=1)[0]
            speaker = self.resolve(who, quote.outer_end + match.end(), quote.outer_start)
            if speaker is None or not self.resolver.is_person(speaker):
                place = PLACE_BEFORE_COMMA.match(rest, len(who))
                if place:  # 'said his best friend at Lehigh, Bruce Turry': the place goes with him
                    who = rest[: place.end() - 1]
                speaker = self._name_after_description(quote, rest, who, quote.outer_end + match.end(), speaker)
            if speaker:
                return Attribution(cue_text(match.group("cue")), speaker)
        view = IN_THE_VIEW_OF.match(after)
        if view:  # '“…,” in Bolton’s view'
            speaker = self.resolve(view.group("who"), quote.outer_end + view.start("who"), quote.outer_start)
            if speaker:
                return Attribution(None, speaker)
        return self._trailing(quote, after)

    def _before(self, quote: Quoted, before: str, offset: int, patterns: list[re.Pattern[str]]) -> Attribution:
        for pattern in patterns:
            match = pattern.search(before)
            if match and participle_after_comma(match):
                continue  # 'Cruz backed Rubio, saying …': the participle belongs to the subject
            if match and pattern is BEFORE_WHO_CUE and "by" in before and ASKED_BY.search(before, match.start("who")):
                continue  # 'Ruiz was asked by the host, Tom Berg, “…”': the one asking speaks, below
            if match and pattern is BEFORE_WHO_CUE and WITH_SUBJECT.search(before, 0, match.start("cue")):
                continue  # 'supporters of Clinton, with the AFT calling her “…”': who calls is after 'with
            if match and pattern is BEFORE_LABEL and _label_heard(before[: match.start("who")]):
                continue  # 'telling CNBC: “…”', 'broke it down to the Dutch paper NRC: “…”': who heard it
            if match and COORDINATED.search(match.groupdict().get("who") or ""):
                continue  # 'Ruiz met Berg, Cole and Poe and said', 'had ever “attacked” Clinton, and said': below
            if match:
                who, cue = who_and_cue(match)
                if has_cue(before[match.end(cue) :]):
                    continue  # 'After Berg criticized the plan, Ana shot back': the nearer cue has its own subject
                speaker = self.resolve(subject_of(match, who, cue), offset + match.start(who), quote.outer_start)
                if speaker is None and pattern is BEFORE_LABEL and match.group(who).isupper():
                    speaker = self._shouted(match.group(who))  # a transcript's 'MAYOR RUIZ: “…”'
                if speaker:
                    return Attribution(cue_text(match.group(cue)), speaker)
        return self._cue_subject(quote, before, offset)

    def _shouted(self, label: str) -> str | None:
        """'MAYOR RUIZ', 'RUIZ': the one person of the cast whose surname a label in capitals ends with (and whose
        first name, if the label gives one, it opens with); a name the cast does not know is no one."""
        words = label.replace("\u00a0", " ").split()
        fitting = [
            key
            for key, tokens in self.cast.names.items()
            if self.resolver.is_person(key)
            and tokens[-1].upper() == words[-1]
            and (len(words) == 1 or words[0].lower() in TITLE_WORDS or tokens[0].upper() == words[0])
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _before_titles(self, quote: Quoted, before: str, offset: int) -> Attribution | None:
        """'Washington, star of “Scandal,” thanked Obama for “…”': a subject whose appositive holds a title
        (tried only when the text after the title named no one: 'Conceding a deal “down the line” he warned')."""
        worth = before_patterns(before)  # no speech verb among the words, no regex to run
        for pattern in (p for p in (BEFORE_ACCORDING, BEFORE_SUBJECT) if p in worth):
            match = pattern.search(before)
            if not match or participle_after_comma(match):
                continue
            who, cue = who_and_cue(match)
            if has_cue(before[match.end(cue) :]):
                continue
            speaker = self.resolve(subject_of(match, who, cue), offset + match.start(who), quote.outer_start)
            if speaker:
                return Attribution(cue_text(match.group(cue)), speaker)
        return None

    def _cue_subject(self, quote: Quoted, before: str, offset: int) -> Attribution:
        """The subject of the speech verb nearest the quote: 'Trump has said a race would be “…”',
        'so heated that New Jersey Gov. Chris Christie said, “…”', 'Said Ann Poe, who grew up here, “…”'."""
        passive = _asked_of(before)
        if passive:  # 'Sanders was asked by host Bill Maher, who …, “…”': the one asking speaks
            who, at = passive.group("who"), offset + passive.start("who")
            speaker = self.resolve(who, at, quote.outer_start)
            if speaker is None or not self.resolver.is_person(speaker):  # 'asked by the host, Tom Berg, “…”'
                speaker = self._name_after_description(quote, before[passive.start("who") :], who, at, speaker)
            if speaker:
                return Attribution("asked", speaker, asker=True)
        for cue in reversed(list(CUES.finditer(before))[-MAX_CUES_READ:]):
            aside = PARENTHETICAL.match(before, cue.start()) if before.endswith(", ", 0, cue.start()) else None
            if aside:  # 'The paradox of Nancy, says Carl Anthony, historian at …, is that she was “…”'
                speaker = self.resolve(aside.group("who"), offset + aside.start("who"), quote.outer_start)
                if speaker:
                    return Attribution(cue_text(cue.group()), speaker)
            if is_participle(cue.group()):
                named = self._doing_just_before(before, offset, cue)
                if named:  # 'as Justice Sonia Sotomayor referring to herself as “…”': the participle is hers
                    return Attribution(cue_text(cue.group()), named)
                named = WITH_SUBJECT.search(before, 0, cue.start())
                speaker = named and self.resolve(named.group("who"), offset + named.start("who"), quote.outer_start)
                if speaker:  # 'with Trump reportedly yelling: “…”'
                    return Attribution(cue_text(cue.group()), speaker)
                continue  # 'Sanders endorsed Clinton, saying …': the participle's subject is the sentence's
            left = RELATIVE_TAIL.sub(",", AUX_TAIL.sub("", before[: cue.start()]))
            who = WHO_TAIL.search(left)
            if who:  # 'Donald Trump - who previously said he would “…”': the one 'who' stands for
                left = left[: who.start()]
                speaker = self._named_just_before(offset + len(left))
                if speaker:  # 'would involve Attorney General Ann Poe, who told Congress: “…”'
                    return Attribution(cue_text(cue.group()), speaker)
                described = DESCRIBED_TAIL.search(left) if not _object_then_colon(before[cue.end() :]) else None
                if described:  # 'a lecture from the Mexican president, who said': him, whoever the sentence is about
                    at = offset + described.start("who")
                    speaker = self.resolve(described.group("who"), at, quote.outer_start)
                    return Attribution(cue_text(cue.group()), speaker, settled=speaker is None)
            which = _WHICH_TAIL.search(left)
            if which:  # 'a statement from the Springfield Water Board, which called it “…”': the body named
                named = self._mention_ending_at(offset + which.start(), organisations=True)
                if named and named[1] in self.cast.orgs:
                    return Attribution(cue_text(cue.group()), named[1])
            start = clause_start(left)
            if left[start:].strip() and not COORDINATED.search(left):
                speaker = self.resolve(left[start:], offset + start, quote.outer_start)
            else:  # 'Bush thought for a moment and said', '…, but now said': the subject of the clause before
                speaker = self._coordinated_subject(quote, left, offset)
            if speaker:
                return Attribution(cue_text(cue.group()), speaker)
            if _NAMELESS.match(left[start:].rpartition(",")[2]):
                # 'While Ruiz praised the plan, the engineers say “…”': the nearest cue's subject is no name
                return Attribution(cue_text(cue.group()), None, settled=True)
        return Attribution(None, None)

    def _doing_just_before(self, before: str, offset: int, cue: re.Match[str]) -> str | None:
        """'footage of Trump saying, “…”', 'Sotomayor referring to herself as “…”': a person named right before a
        participle that leads into the quote, not after a preposition ('responded on Facebook writing')."""
        if before[cue.start() - 1 : cue.start()] != " " or len(before[cue.end() :].split()) > MAX_PARTICIPLE_WORDS:
            return None
        named = self._mention_ending_at(offset + cue.start() - 1)
        if not named or not self.resolver.is_person(named[1]):
            return None
        mention, key = named
        return None if PLACE_PREPOSITION.search(self.body, max(0, mention.start - 4), mention.start) else key

    def _named_just_before(self, end: int) -> str | None:
        """The person (not an organisation) whose name ends at `end`."""
        named = self._mention_ending_at(end)
        return named[1] if named else None

    def _mention_ending_at(self, end: int, organisations: bool = False) -> tuple[Mention, str] | None:
        for mention, key in reversed(self.cast.within(max(0, end - 80), end)):
            if mention.end == end and (organisations or key not in self.cast.orgs):
                return mention, key
        return None

    def _coordinated_subject(self, quote: Quoted, left: str, offset: int) -> str | None:
        joined = COORDINATED.search(left)
        if not joined:
            return None
        head = left[: joined.start()]
        clause = clause_start(head)
        leads = [m.end() for m in COMMA_THEN_CAPITAL.finditer(head)][-1:]  # 'When told Perez was …, Bush thought'
        # the clause's subject; else the sentence's, its first words ('Ruiz met Berg, Cole and Poe and said') before
        # a lead-in ('Later, Berg'), then after a long one
        tries = [(clause, SUBJECT), (0, SUBJECT_FIRST), (0, SUBJECT), *((lead, SUBJECT_FIRST) for lead in leads)]
        for start, pattern in dict.fromkeys(tries):
            start += len(head[start:]) - len(head[start:].lstrip())
            match = pattern.match(head[start:])  # '^' anchors at the clause, not at a `pos`
            if match:
                speaker = self.resolve(match.group("who"), offset + start + match.start("who"), quote.outer_start)
                if speaker:
                    return speaker
        return None

    def _after_fits(self, quote: Quoted, match: re.Match[str]) -> bool:
        """'“…” X said:' introduces the next quote; after '“….”' a long phrase starts a new sentence
        ('“… a long time.” Political analyst David Bositis agreed')."""
        words = len(match.group("who").split())
        if INTRODUCES_A_QUOTE.match(self.body, quote.outer_end + match.end()):
            return False
        head = match.group("who").split(",")[0]
        at = quote.outer_end + match.start("who")
        named_first = (
            self.resolver.exactly_a_name(head, at)
            or self.resolver.titled_name(head, at)  # 'Texas delegate Bill Eastland, wearing …, said'
            or (" and " in head and bool(JOINT.fullmatch(head.strip())))
        )  # '“…” Edward-Isaac Dovere and Gabriel Debenedetti wrote
        if not named_first and NEW_CLAUSE_AFTER.search(match.group("who")):  # '“…” for instance, and Trump vowed'
            return False
        last = self.body[quote.end - 1 : quote.end]
        if last == "." or (last in "!?" and match.group("who") in ("He", "She")):  # '“…!” She replied to him that …'
            return words <= 3 and not self._goes_on(quote.outer_end + match.end(), quote.paragraph.end)
        if words > 12 and "," in match.group("who"):  # 'Robert Poe, a lawyer for one of the four groups, said'
            return words <= 30 and named_first
        return words <= 12

    def _goes_on(self, cue_end: int, limit: int) -> bool:
        """'“….” Trump has also announced a kind of solidarity …': a new sentence with its own content,
        not an attribution ('“….” Trump said Tuesday in Iowa.')."""
        rest = self.body[cue_end : min(limit, cue_end + 200)]  # nine words are all it takes
        end = first_sentence_end(rest)
        words = rest[: end or len(rest)].split()
        return len(words) > 8 or (bool(words) and words[0] in ("that", "a", "an", "the", "his", "her"))

    def _name_after_description(self, quote: Quoted, rest: str, who: str, at: int, speaker: str | None) -> str | None:
        """'said a lawyer, Ann Poe of …', 'said the bureau’s director, James B. Comey': the name after the
        description speaks, not the bureau (`rest` starts with `who`, at body offset `at`)."""
        if speaker is None and rest.startswith(" and ", len(who)) and _ends_in_a_title(who):
            # 'said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell': two titles
            second = WHO_STOP.split(rest[len(who) + 5 :], maxsplit=1)[0]
            named = self.resolve(second, at + len(who) + 5, quote.outer_start) if _ends_in_a_title(second, 2) else None
            return named if named and self.resolver.is_person(named) else None
        if rest[len(who) : len(who) + 1] != ",":
            return speaker
        longer = who + "," + WHO_STOP.split(rest[len(who) + 1 :], maxsplit=1)[0]
        named = self.resolve(longer, at, quote.outer_start)
        return named if named and (speaker is None or self.resolver.is_person(named)) else speaker

    def _trailing(self, quote: Quoted, after: str) -> Attribution:
        match = TRAILING.search(after)
        if not match:
            mark = _NEXT_MARK.search(after)  # '“A big truck” plowed through …, he said, and “everyone …”'
            match = TRAILING.search(after, 0, mark.start()) if mark else None
        if not match:
            return Attribution(None, None)
        who, cue = who_and_cue(match)
        at = quote.outer_end + match.start(who)
        speaker = self.resolve(match.group(who), at, quote.outer_start)
        if speaker is None or not self.resolver.is_person(speaker):  # '…, said the bureau’s director, James B. Comey'
            speaker = self._name_after_description(quote, after[match.start(who) :], match.group(who), at, speaker)
        if speaker:
            return Attribution(cue_text(match.group(cue)), speaker)
        # '… is an “articulate conservative” who has won twice, the editorial board writes': not the subject's
        return Attribution(cue_text(match.group(cue)), None, settled=bool(_NAMELESS.fullmatch(match.group(who))))

    def _subject(self, quote: Quoted, before: str, offset: int, pattern: re.Pattern[str] = SUBJECT) -> Attribution:
        """'Kasich cautioned “let’s not …”': the sentence's subject, when no one else is named before the quote."""
        clauses = list(NEW_CLAUSE.finditer(before))
        if clauses:  # 'Jindal signed an order, while Huckabee proposed “…”', '…; Barrett’s dictum was, “…”'
            cut = clauses[-1].end()
            return self._subject(quote, before[cut:], offset + cut)  # never the first clause's subject
        view = IN_THE_EYES_OF.match(before)
        if view:  # 'To Sharp, Trump is the “kind-hearted and caring” man': the view is Sharp's
            speaker = self.resolver.resolve(view.group("who"), offset + view.start("who"), quote.outer_start)
            if speaker and speaker not in self.cast.orgs:
                return Attribution(None, speaker)
        doing = WITH_DOING.search(before)
        if doing:  # 'Cruz and Trump used harsh words, with Cruz recently promising to “…”': the one doing it
            speaker = self.resolver.resolve(doing.group("who"), offset + doing.start("who"), quote.outer_start)
            if speaker and self.resolver.is_person(speaker):
                return Attribution(None, speaker)
        match = pattern.match(before)
        if not match or (match.group("who").split()[0] in SUBORDINATORS and "," in before[match.end("who") :]):
            return self._after_long_lead(quote, before, offset)
        match, speaker = named_subject(self.resolver, before, offset, quote.outer_start, match)
        if not speaker:
            return self._after_long_lead(quote, before, offset)
        # 'Clinton spoke near the Taj, where 50 protesters had gathered, chanting “…”': not Clinton
        where = WHERE_CLAUSE.search(before, match.end("who"))
        if where and not has_cue(before[match.end("who") : where.start()]):
            return Attribution(None, None)
        rest_start = offset + match.end("who")
        others = [
            k
            for m, k in self.cast.within(rest_start, quote.outer_start)
            if k != speaker and self._could_speak(m, quote.outer_start)
        ]
        participle = PARTICIPLE.search(before[match.end("who") :])
        if participle:  # 'Schlafly endorsed Trump, saying he had “the courage”': the subject speaks
            return Attribution(participle.group(1), speaker)
        return Attribution(None, speaker) if not others else Attribution(None, None)

    def _after_long_lead(self, quote: Quoted, before: str, offset: int) -> Attribution:
        """'Speaking on Sunday in Concord, which votes next, Bush referred to Rubio as “…”': the subject after
        a long adverbial lead-in, which runs to the last comma."""
        if not LONG_LEAD.match(before):
            return Attribution(None, None)
        for comma in [m.end() for m in COMMA_THEN_CAPITAL.finditer(before)][-1 : -1 - MAX_LEAD_COMMAS : -1]:
            found = self._subject(quote, before[comma:], offset + comma, SUBJECT_FIRST)
            if found.speaker:  # 'On Thursday, after remaining neutral, Warren appeared with …, saying'
                return found
        return Attribution(None, None)

    def _could_speak(self, mention: Mention, quote_start: int) -> bool:
        """Is a name between a subject and a quote a rival speaker ('Ruiz met Berg, whose plan was “…”',
        'Berg said'), rather than an object ('Lewandowski ripped Comey for acting as “…”', 'Cruz praised
        Bush, who ended his bid, as “…”')?"""
        if self.body.startswith(("’s", "'s", "’ ", "' "), mention.end):  # 'Trump’s remarks'
            return False
        relative = RELATIVE.match(self.body, mention.end)
        if relative:  # a relative clause that runs on into the quote
            return "," not in self.body[relative.end() : quote_start]
        return speech_beside(self.body, mention.start, mention.end)


UNNAMED_DETERMINERS = frozenset("the a an one another his her its their".split())
_ROLES = TITLE_WORDS - UNNAMED_DETERMINERS


def _named_passively(before: str) -> bool:
    """'… what has been described as a ' right before the quote (its ending tested first: the pattern is
    costly to try on every quote)."""
    return before.endswith(PASSIVE_ENDINGS) and PASSIVE_NAMING.search(before[-PASSIVE_REACH:]) is not None


def _asked_of(before: str) -> re.Match[str] | None:
    """'Ruiz was asked by a caller, ' right before the quote, with no speech after the asking."""
    passive = ASKED_BY.search(before) if "by" in before else None  # the search is rarely needed
    return passive if passive and not has_cue(before[passive.end() :]) else None


def _object_then_colon(text: str) -> bool:
    """'a candidate who promised mass deportation: “…”': the relative clause has its object; the colon gives the
    quote to the sentence, not to the one 'who' stands for."""
    return text.rstrip().endswith(":") and bool(text.strip(" :"))


def _words_owned(before: str) -> re.Match[str] | None:
    """'Clinton’s call earlier in the night to ', 'Trump’s claim that ', 'Cruz's description was ' right before
    the quote: the words are the possessor's (tested for the possessive first: the pattern is costly)."""
    tail = before[-POSSESSED_REACH:]
    return POSSESSED_WORDS.search(tail) if ("’s " in tail or "'s " in tail) else None


# A person's words named by a noun of speech, then what they are ('to', 'that', 'was'); not 'as' or 'are', which
# give someone else's view of them ('called Trump’s remarks “…”', 'Trump’s comments are “…”')
POSSESSED_WORDS = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*)[’']s\s+(?:(?!campaign|office|administration|team|staff)[a-z]+\s+)?"
    r"(?:(?:call|calls|promise|pledge|vow|claim|assertion|suggestion|warning|plea|demand|boast)\b[^.;:“”\"]{0,40}?"
    r"\s(?:to|for|that|of)(?:\s[^.;:,“”\"]{0,40}?[^\s.;:,“”\"](?<!\sis)(?<!\swas)(?<!\sare)(?<!\swere)(?<!\sas))?"
    r"|(?:phrase|words|description|slogan|motto|line)(?:\s+(?:was|is))?),?\s*$"
)
POSSESSED_REACH = 80  # characters before the quote: the noun and its few words


def _label_heard(text: str) -> bool:
    """Do the words before a label make it the one spoken to or of ('telling CNBC: ', 'wrote of Ms. Merkel: ')?"""
    words = text.rpartition(",")[2].split()
    if [w.lstrip("-—–") for w in words[-2:]] == ["More", "from"]:
        return False  # 'More from Blumenthal and Cohen: “…”': a digest's next excerpt, theirs
    if any(w.lower() in ADDRESSING for w in words[-4:]):
        return True
    while words and words[-1][:1].isupper():  # the label matched only the end of a name: 'Merkel' of 'Ms. Merkel'
        words.pop()
    return bool(words) and words[-1] in LABEL_PREPOSITIONS


# 'a message to President Obama: '; not 'by': 'by the Post’s Ann Poe: “…”' is hers
LABEL_PREPOSITIONS = frozenset("to on at in of for with from about".split())


# 'the Mexican president' right before ', who said': a description 'who' stands for
DESCRIBED_TAIL = re.compile(rf"(?<!,\s)\b(?P<who>{NAMELESS_PHRASE})\s*$")  # not after a comma: an appositive

_NEXT_MARK = re.compile(r"[“\"]|''")  # the next quote the text after a quote runs into
WHERE_CLAUSE = re.compile(r"\swhere\s")  # a clause of a place, with a subject of its own
# ', with Cruz recently promising to “…”': a participle clause after 'with' and its own subject
WITH_DOING = re.compile(
    r",\s+with\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?:\w+ly\s+)?[a-z]+ing\b[^,;“”\"]{0,80}$"
)
PLACE_PREPOSITION = re.compile(r"\b(?:on|in|at)\s+$")  # 'responded on Facebook writing': where, not who
MAX_PARTICIPLE_WORDS = 4  # 'referring to herself as “…”'
MAX_CUES_READ = 4  # the nearest speech verbs before a quote; a sentence of 2,000 of them must stay linear
MAX_LEAD_COMMAS = 4  # the subject after a lead-in is found after one of its last few commas


# 'the engineers', 'her husband', 'the first lady': a subject no name stands for (but 'The company said' opening
# a sentence is as often the one just quoted: Twitter, so it is not read as nameless)
_NAMELESS = re.compile(rf"\s*(?:(?:some|many|other|several)\s+(?:[a-z]+\s+)?[a-z]+s|{NAMELESS_PHRASE})\s*$")
