"""Where a quote with no cue beside it finds its speaker: the quote it goes on from, a signature, the
sentence just before it. Each rule names a speaker only where the copy leaves no doubt."""

from __future__ import annotations

import bisect
import functools
import re

from composer.extract.people import Cast
from composer.extract.quotes import SIGNED_INSIDE, Quoted
from composer.extract.sentences import first_sentence_end, last_sentence_end
from composer.extract.speakers.attribution import Attribution
from composer.extract.speakers.cues import (
    CUES,
    NAMELESS_PHRASE,
    SIGNATURE,
    SUBJECT_FIRST,
    TRAILING,
    cue_text,
    has_cue,
    is_participle,
    who_and_cue,
)
from composer.extract.speakers.described import appositive_of_a_name
from composer.extract.speakers.resolver import Resolver
from composer.extract.speakers.subjects import named_subject
from composer.extract.speakers.windows import ends_sentence, fills_its_line, fills_its_paragraph, first_in_paragraph

# A sentence that opens with someone described, not named, and introduces the next quote with a colon
_SOMEONE_DESCRIBED_INTRODUCES = re.compile(
    r"(?:[A-Z][a-z]+,\s+)?(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+[a-z][^.!?“”\"]{0,200}:\s*$"
)


_POINTS_BACK = ("That ", "This ", "His ", "Her ", "Their ", "Its ")


def _opens_with_a_name(between: str) -> bool:
    """'“… carefully.” eBay said in a statement that it “…”', '… OpenAI said': a sentence opening with a name
    the cast may not know; not '“…?” asked Mr. Manafort', nor 'The company said', which may be the one just
    quoted."""
    first = between.split(None, 1)[0] if between.strip() else ""
    if first in ("The", "A", "An") or (first + " ").startswith(_POINTS_BACK):
        return False
    return first[:1].isupper() or (first[:1].islower() and any(c.isupper() for c in first[1:]))


class Continuations:
    """The rules for a quote with no cue beside it, in the order they are tried."""

    def __init__(self, body: str, cast: Cast, resolver: Resolver) -> None:
        self.body = body
        self.cast = cast
        self.resolver = resolver
        self.resolve = functools.partial(resolver.resolve, described=True)

    def find(self, quote: Quoted, quotes: list[Quoted], index: int, results: list[Attribution]) -> Attribution | None:
        """The attribution a quote takes from its surroundings, or None. A pull quote signed by someone
        unknown gets an attribution with no speaker: nothing else may speak for it."""
        return self.signed_inside(quote) or (
            self.inherited(quote, quotes, index, results)
            or self.said_just_before(quote, quotes, index)
            or self.signed(quote)
            or self.introduced(quote)
        )

    def inherited(
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
                for m in CUES.finditer(between)
                if not is_participle(m.group()) and not between[: m.start()].endswith("who ")
            ]
            if "\n" in between:  # a line break is a paragraph break in some copy: a quote line goes on the one before
                goes_on = fills_its_line(self.body, quote) and not between.rstrip().endswith(":")
                return Attribution(prior.cue, prior.speaker) if goes_on else None
            fresh = ends_sentence(self.body, previous) and _opens_with_a_name(between)
            goes_on = len(between.split()) <= 45 and len(finite) <= 1 and not self._cued_anew(between, fresh)
            if goes_on and not self._someone_else_opens(between, previous, prior):
                return Attribution(prior.cue, prior.speaker)
            if (
                self._opens_after_its_attribution(between)
                and finite  # '“… mask.” For Chait, Poe is exposing ….' attributes nothing
                and not _another_voice_ends(between)
            ):
                return Attribution(prior.cue, prior.speaker)
        return None

    def _cued_anew(self, between: str, fresh: bool) -> bool:
        """'Poe said she liked “loyalty.” The campaign’s statement declares “…”': the sentence opening the quote
        has a speech verb of its own, and a subject the resolver did not name: not Poe's words going on. ('Poe
        wrote of “a lawsuit.” That letter demanded “…”' points back to her letter, 'His assumption, confidently
        stated, was that “…”' to him.) With `fresh`, the quote before ended its sentence, so `between` opens a new
        one."""
        last = between[last_sentence_end(between.rstrip()) :]
        if (last == between and not fresh) or last.lstrip().startswith(_POINTS_BACK):
            return False
        return any(not is_participle(m.group()) for m in CUES.finditer(last))

    def _quote_only_paragraph(self, quote: Quoted, previous: Quoted) -> bool:
        """A paragraph that is nothing but a quote goes on with the speaker of the paragraph before."""
        return fills_its_paragraph(quote) and previous.paragraph.end + 2 == quote.paragraph.start

    def _someone_else_opens(self, between: str, previous: Quoted, prior: Attribution) -> bool:
        """'… a “rigged economy.” Ben Carson struggled …. And Marco Rubio, after a video on the “…”': a new
        sentence about another person stands between the two quotes."""
        cut = first_sentence_end(between)
        if ends_sentence(self.body, previous) and (cut is not None or SUBJECT_FIRST.match(between.lstrip())):
            # a new sentence right after the quote: '“… worse than amnesty.” And Rick Santorum turned …', or a
            # whole one between: '“… mask.” For Chait, Williamson is exposing …. “…”' (not 'For Ruiz, “…”')
            cut = 0
        if self.body[previous.end - 1] in ".!?" and _SOMEONE_DESCRIBED_INTRODUCES.match(
            between, len(between) - len(between.lstrip())
        ):
            return True  # '“….” Likewise, a paper from the Brookings Institution had this to say: “…”'
        if cut is None or cut == len(between.rstrip()):
            return False
        start, end = previous.outer_end + cut, previous.outer_end + len(between)
        subjects = self.resolver.subjects
        index = bisect.bisect_left(subjects, (start,))
        return any(k != prior.speaker for at, k in subjects[index : index + 5] if at < end)

    def _opens_after_its_attribution(self, between: str) -> bool:
        """'“A,” Poe told the Journal, after Ruiz stated her view. “B.”': B opens the sentence right after the
        one attributing A, so it is the same voice, whatever other cues that sentence holds."""
        sentence = between.rstrip()
        return bool(sentence) and sentence[-1] in ".!?" and first_sentence_end(sentence) == len(sentence)

    def said_just_before(self, quote: Quoted, quotes: list[Quoted], index: int) -> Attribution | None:
        """'…, dos Santos says. “If the government …”': a quote opening the sentence after one that ends
        with its speaker and a cue (after the paragraph's quote before, if there is one)."""
        start = quote.paragraph.start if first_in_paragraph(quotes, index) else quotes[index - 1].outer_end
        previous = self.body[start : quote.outer_start].rstrip()
        if not previous.endswith("."):
            return self._reported_just_before(quote, previous, start)
        if _another_voice_ends(previous):
            return None
        previous = previous[:-1]
        cut = last_sentence_end(previous)
        return (
            self._ends_with_its_speaker(quote, previous, start, cut)
            or self._subject_spoke_just_before(quote, previous, start, cut)
            or self._its_subject_said(quote, previous, start, cut)
        )

    def _ends_with_its_speaker(self, quote: Quoted, previous: str, start: int, cut: int) -> Attribution | None:
        """The speaker of the sentence `previous[cut:]` (at body offset `start`) if it ends with a cue."""
        match = TRAILING.search(previous, cut)
        if not match:
            return None
        who, cue = who_and_cue(match)
        speaker = self.resolve(match.group(who), start + match.start(who), quote.outer_start)
        if not speaker and match.group(who).startswith(("the ", "a ", "an ")):
            # 'Sam Lau, the communications director for the party said in a statement. “…”': the name owns it
            speaker = appositive_of_a_name(self.body, self.cast, start + match.start(who))
        return Attribution(cue_text(match.group(cue)), speaker) if speaker else None

    def _reported_just_before(self, quote: Quoted, before: str, start: int) -> Attribution | None:
        """'This makes it hard to dislodge misinformation, he said. Good information can drive out bad, but only
        when “the truth is sexier than the lie.”': a partial quote in the sentence after one that ends with its
        speaker and a cue, when its own sentence names no one and has no cue of its own."""
        own = last_sentence_end(before)
        if not own or has_cue(before[own:]) or self.cast.within(start + own, quote.outer_start):
            return None
        previous = before[: own - 1]
        cut = last_sentence_end(previous)
        return self._ends_with_its_speaker(quote, previous, start, cut) or self._its_subject_said(
            quote, previous, start, cut
        )

    def _its_subject_said(self, quote: Quoted, previous: str, start: int, cut: int) -> Attribution | None:
        """'Jahangir said she was angered by the media …. Doing so “appeared to be an attempt …”': the sentence
        before is one of reported speech, its subject and a speech verb opening it."""
        cut += len(previous[cut:]) - len(previous[cut:].lstrip())
        sentence = previous[cut:]
        if not sentence or any(mark in sentence for mark in '“”"'):
            return None
        first = SUBJECT_FIRST.match(sentence)  # 'Coan, Santilli's attorney, argues': Coan, not a lead-in
        first = first if first and SAID_NEXT.match(sentence, first.end("who")) else None
        match, speaker = named_subject(self.resolver, sentence, start + cut, quote.outer_start, first)
        if not speaker or not self.resolver.is_person(speaker) or not SAID_NEXT.match(sentence, match.end("who")):
            return None
        return Attribution(None, speaker)

    def _subject_spoke_just_before(self, quote: Quoted, previous: str, start: int, cut: int) -> Attribution | None:
        """'Sen. Ann Poe (D-Vt.) tweeted a warning. “…”': a quote ending its paragraph after a sentence whose
        subject spoke."""
        if quote.outer_end < quote.paragraph.end - 1 or quote.continues:
            return None
        cut += len(previous[cut:]) - len(previous[cut:].lstrip())
        sentence = previous[cut:]
        if not sentence or any(mark in sentence for mark in '“”"') or not has_cue(sentence):
            return None
        _, speaker = named_subject(self.resolver, sentence, start + cut, quote.outer_start)
        return Attribution(None, speaker) if speaker else None

    def signed(self, quote: Quoted) -> Attribution | None:
        """'“I will look into it.” ¶ - Hillary Clinton.': a quote standing alone, signed on the next line, or
        after a dash on its own ('“Every dollar is accounted for” — Lisa Park, city engineer.')."""
        para = quote.paragraph
        if fills_its_paragraph(quote):
            line_end = self.body.find("\n", para.end + 2)
            at = para.end
            line = self.body[at : line_end if line_end > 0 else len(self.body)]
        elif quote.outer_start == para.start and quote.closed:
            at = quote.outer_end
            line = self.body[at : para.end]
        else:
            return None
        signature = SIGNATURE.match(line)
        if not signature:
            return None
        speaker = self.resolve(signature.group("who"), at + signature.start("who"), quote.outer_start)
        return Attribution(None, speaker) if speaker else None

    def signed_inside(self, quote: Quoted) -> Attribution | None:
        """'“I worry that ….¶Dean Baker, Center for Economic and Policy Research.”': a pull quote signed on
        its last line, inside the marks (`quotes` ends the quote before the signature). A signature that
        names no one known speaks for no one: the voice before does not go on."""
        close = quote.outer_end
        if "\n" not in self.body[quote.end : close]:
            return None  # the common case: nothing but the closing mark
        while close > quote.end and self.body[close - 1] in "”\"'":
            close -= 1
        signature = SIGNED_INSIDE.match(self.body, quote.end, close)
        if not signature:
            return None
        who = signature.group("who").rstrip(".")  # 'Donald Trump.'
        speaker = self.resolve(who, signature.start("who"), quote.outer_start) or next(
            (k for k in self.cast.names if k not in self.cast.orgs and f" {who}".endswith(f" {self.cast.display(k)}")),
            None,
        )  # a signature in Title Case is read as a headline, not for names: the full name, known elsewhere
        return Attribution(None, speaker)

    def introduced(self, quote: Quoted) -> Attribution | None:
        """'Valastro praised Christie’s record in the state. ¶ “We need someone who …”': a quote filling its
        paragraph after a paragraph whose last sentence has a person as its subject and a speech verb."""
        if not fills_its_paragraph(quote) or quote.continued:
            return None
        end = quote.paragraph.start - 2
        start = self.body.rfind("\n\n", 0, end) + 2
        previous = self.body[start:end].rstrip()
        if not previous.endswith("."):
            return None
        cut = last_sentence_end(previous[:-1])
        cut += len(previous[cut:]) - len(previous[cut:].lstrip())
        sentence = previous[cut:]
        if not has_cue(sentence) or any(mark in sentence for mark in '“”"'):
            return None
        _, speaker = named_subject(self.resolver, sentence, start + cut, quote.outer_start)
        interjected = None if speaker else INTERJECTED_CUE.match(sentence)
        if interjected:  # 'Rather, he said, continued struggles will …. ¶ “…”'
            who = interjected.group("who")
            speaker = self.resolve(who, start + cut + interjected.start("who"), quote.outer_start)
        return Attribution(None, speaker) if speaker else None


def _another_voice_ends(sentence: str) -> bool:
    """'“A,” Ebeling said, and her husband cut in. “B.”': the sentence's last clause gives B a voice of its own."""
    clause = NAMELESS_LAST_CLAUSE.search(sentence.rstrip())
    return bool(clause) and has_cue(clause.group("rest"))


# 'Jahangir said she …', 'Poe also told reporters that …': a speech verb right after the subject
SAID_NEXT = re.compile(  # 'Coan, Santilli's attorney, argues that …': an appositive may stand between
    r"(?:,[^,“”\"]{1,140},)?\s+(?:also\s+|\w+ly\s+)?(?:said|says|told|tells|argued|argues|added|noted|wrote|writes)\b"
)
# 'Rather, he said, …', 'In short, Poe argues, …': the speaker and a cue set off after the sentence's first words
INTERJECTED_CUE = re.compile(
    r"[A-Z][\w’']*(?:\s+[\w’']+){0,3},\s+(?P<who>he|she|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:also\s+)?"
    r"(?:said|says|added|adds|argued|argues|noted|notes|wrote|writes|explained|explains),\s"
)
# ', and her husband cut in.': a last clause whose subject no name stands for, and its verb
NAMELESS_LAST_CLAUSE = re.compile(rf"(?:,\s+(?:and|but)|;)\s+{NAMELESS_PHRASE}\s+(?P<rest>[a-z][^,;]*)[.!?]$")
