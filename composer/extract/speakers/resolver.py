"""From a speaker phrase to a person: names with their titles, roles, organisations, and the person
'he' or 'she' stands for. When unsure, None: a wrong name is worse than none."""

from __future__ import annotations

import bisect
import re

from composer.extract.patterns import KNOWN_ORGANISATIONS, PRONOUNS, spelled_out
from composer.extract.people import COMPANY_SUFFIXES, PARTIES, Cast
from composer.extract.sentences import first_sentence_end, last_sentence_end
from composer.extract.speakers.cues import (
    ADVERBS_ONLY,
    AUX_TAIL,
    CLAUSE_WORDS,
    LEADING,
    PREPOSITIONS,
    TIME_ENDINGS,
    TIME_LEAD,
    TIME_TAIL,
    names_org,
)
from composer.extract.speakers.described import described_source

QUOTED_AS = re.compile(r".{1,80}?\squoted\s+(?P<who>.{1,80}?)\s+as$")  # 'the Times quoted Ann Poe as (saying)'
APPOSITIVE_BREAK = re.compile(r",|\s[—–]\s")  # 'Jason Sims — a teacher from Mount Pleasant — says'
ADVERBS_BEFORE_PRONOUN = re.compile(
    r"(?:(?:[a-z]+|[A-Z][a-z]+ly|[A-Z][a-z]+day|And|But|So|Yet|Then|Now)\s+){1,4}(?=(?:he|she|He|She)(?:[’']s)?$)"
)
JOINT = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*$")
LAST_NAMED_WINDOW = 300  # characters before a 'he said' in which the last person named may be 'he'
OPENING_OF_AN_ORGANISATION = re.compile(r"(?:[A-Z][a-z]+,\s+)?(?:[Tt]he\s+)?")  # 'Still, the Business Council'
# Subject keys for someone a noun gives a gender to ('his wife', 'the man'), not a name
SOMEONE_FEMALE, SOMEONE_MALE = "\0f", "\0m"
SOMEONE_GENDER = {SOMEONE_FEMALE: "f", SOMEONE_MALE: "m"}
MAX_PAIR_OPENING = 80  # characters: 'Professors Nancy Foner and Richard Alba' fit
IT_WINDOW = 400  # characters before an 'it said': its sentence and the one before
# 'One California delegate said he …': a sentence opened by someone described, not named, who speaks
DESCRIBED_SPEAKS = re.compile(r"(?P<who>(?:One|Another|An?)\s+(?:[\w’'-]+\s+){0,4}?)(?:said|says|told)\b")


class Resolver:
    """Resolves speaker phrases found at body offsets, with the article's sentence subjects and
    speakers so far as the antecedents of pronouns."""

    def __init__(self, body: str, cast: Cast, subjects: list[tuple[int, str]]) -> None:
        self.body = body
        self.cast = cast
        self.subjects = subjects  # (position, key), in order

    def remember(self, position: int, key: str) -> None:
        """A speaker is the likeliest 'he' or 'she' of the next sentences, like a subject."""
        # 'the Global Times tabloid noted', 'Xinhua wrote': no 'he' or 'she' of the sentences after
        if key not in self.cast.sources and key not in self.cast.orgs:
            bisect.insort(self.subjects, (position, key))

    def is_person(self, key: str) -> bool:
        """A person of the cast, not an organisation or a source described in words ('the statement')."""
        return key not in self.cast.orgs and key not in self.cast.sources

    def resolve(self, phrase: str, at: int, quote_start: int, described: bool = False) -> str | None:
        """A speaker key for `phrase` found at body offset `at`, or None when unsure. With `described`, the
        phrase sits right before or after a speech cue, so an unnamed source described there speaks."""
        at += len(phrase) - len(phrase.lstrip())
        phrase = phrase.lstrip()
        for leading in (LEADING, TIME_LEAD):
            lead = leading.match(phrase)
            if lead:
                at += lead.end()
                phrase = phrase[lead.end() :]
        phrase = ADVERBS_ONLY.sub("", phrase).rstrip(" ,")
        document = _DOCUMENT_FROM.match(phrase) if " from " in phrase or " by " in phrase else None
        if document:  # 'according to a statement from the Springfield Water Board': the board's words
            found = self.resolve(document.group("who"), at + document.start("who"), quote_start, described)
            if found and (found in self.cast.orgs or self.is_person(found)):
                return found
        quoted = QUOTED_AS.match(phrase) if "quoted" in phrase else None
        if quoted:  # 'the Times quoted Ann Poe as saying': she speaks, the paper reports her
            return self.resolve(quoted.group("who"), at + quoted.start("who"), quote_start, described)
        if phrase.endswith(TIME_ENDINGS):  # 'Priebus later Thursday', but 'the order released Friday'
            timeless = TIME_TAIL.sub("", phrase)
            found = timeless and timeless != phrase and self.resolve(timeless, at, quote_start, described)
            if found:
                return found
        without_aux = AUX_TAIL.sub("", phrase)
        if _pronoun(without_aux):  # 'he had posted:', 'she has written'
            phrase = without_aux
        head, comma, tail = phrase.rpartition(",")
        if comma and _pronoun(tail.strip()):  # 'Asked what he believed about it, he said'
            at += len(head) + 1 + len(tail) - len(tail.lstrip())
            phrase = tail.strip()
        adverbs = ADVERBS_BEFORE_PRONOUN.match(phrase)
        if adverbs:  # 'Recently she', 'And online he', 'on Tuesday night he'
            at += adverbs.end()
            phrase = phrase[adverbs.end() :]
        if phrase in ("it", "It"):  # 'The Post reported that …. It added, “…”'
            return self._organisation_before(min(at, quote_start))
        word = _pronoun(phrase)
        if word == "they":
            return self._pair_before(min(at, quote_start))
        if word:
            return self._antecedent(PRONOUNS[word], min(at, quote_start)) if word in ("he", "she") else None
        if " and " in phrase and JOINT.match(phrase):
            return self.joint(phrase, at)
        named = self._named_in(phrase, at)
        if named is not None:
            return named
        return self._by_role(phrase, at) or (described_source(self.body, self.cast, phrase, at) if described else None)

    def joint(self, phrase: str, at: int) -> str | None:
        """'Trump and Ryan', 'Edward-Isaac Dovere and Gabriel Debenedetti': two people as the article names
        them together, a source of its own (neither alone said it)."""
        first, _, other = phrase.partition(" and ")
        one = self._named_in(first, at)
        two = self._named_in(other, at + len(first) + 5)
        if not one or not two or one == two or not (self.is_person(one) and self.is_person(two)):
            return None
        pair = f"{self.cast.display(one)} and {self.cast.display(two)}"  # 'Blumenthal and Cohen' in full
        self.cast.names.setdefault(pair, tuple(pair.split()))
        self.cast.sources.add(pair)  # no 'he' later on, and no person of `people`
        self.cast.pairs.add(pair)
        return pair

    def _named_in(self, phrase: str, at: int) -> str | None:
        """A name, maybe with a title before it ('Huckabee spokeswoman Alice Stewart') or an
        appositive around it ('Google's recruiter, Laszlo Bock,' / 'Ross, the commissioner,')."""
        if first_sentence_end(phrase) not in (None, len(phrase)):
            return None
        parts, offset = [], at
        for separator in (*APPOSITIVE_BREAK.finditer(phrase), None):
            end = separator.start() if separator else len(phrase)
            part = phrase[offset - at : end]
            lead = LEADING.match(part.lstrip())
            skip = (len(part) - len(part.lstrip())) + (lead.end() if lead else 0)
            parts.append((part[skip:], offset + skip))  # ', while Cruz' -> 'Cruz'
            offset = at + (separator.end() if separator else len(phrase))
        exact = [(p, o) for p, o in parts if self.exactly_a_name(p, o)]
        if exact:  # 'Giovanni Vian, the editor of L’Osservatore Romano, said': the bare name speaks
            return self._name_part(*exact[-1])  # 'Trump, Sexton said, has': the one beside the cue
        for part, start in reversed(parts):  # else the name nearest the cue: 'Google’s recruiter, Laszlo Bock,'
            key = self._name_part(part, start)
            if key is not None:
                return key
        return None

    def exactly_a_name(self, part: str, at: int) -> bool:
        stripped = part.strip()
        if not stripped:
            return False
        begin = at + part.index(stripped)
        return any(
            m.end == begin + len(stripped) and k not in self.cast.orgs for m, k in self.cast.within(begin, begin + 1)
        )

    def titled_name(self, part: str, at: int) -> bool:
        """'Texas delegate Bill Eastland': a person's name after the title the article gives them."""
        stripped = part.strip()
        end = at + part.index(stripped) + len(stripped) if stripped else at
        for mention, key in self.cast.within(end - len(stripped), end):
            if mention.end == end and key not in self.cast.orgs:
                role = (self.cast.roles.get(key) or "").lower().split()
                title = self.body[end - len(stripped) : mention.start].split()
                # the role's words and places: 'Texas delegate', not 'after Iowa Sen.'
                return (
                    bool(role)
                    and 0 < len(title) <= 4
                    and all(w.lower() in role or w[:1].isupper() for w in title)
                    and role[-1] in (w.lower() for w in title)
                )
        return False

    def _name_part(self, part: str, at: int) -> str | None:
        end = at + len(part.rstrip())
        inside = [(m, k) for m, k in self.cast.within(at, end) if m.end <= end]
        people = [(m, k) for m, k in inside if k not in self.cast.orgs] or inside
        for mention, key in people:  # 'Jeffrey Lewis of the James Martin Center': the first that fits
            before = self.body[at : mention.start].strip()
            after = self.body[mention.end : end].strip()
            if after and not after.startswith(("(", "Jr", "Sr", "II", "IV")) and not is_place_tail(after):
                continue
            if before and not is_title_words(before):
                continue
            if key in self.cast.orgs and before.lower() not in ("", "the"):
                continue  # 'co-founder of the Breakthrough Institute' describes a person, not the institute
            return key
        return None

    def _by_role(self, phrase: str, at: int) -> str | None:
        """'the defense secretary' -> the one person whose role is Defense Secretary; else the person the
        article just made the subject, when their title says it."""
        lowered = phrase.lower()
        words = lowered.removeprefix("the ").strip()
        if not words or words == lowered:
            return self._organisation(phrase)
        holders = [k for k, role in self.cast.roles.items() if _role_says(role.lower(), words)]
        if not holders:  # 'the former Arkansas governor' after 'Mike Huckabee, the former Arkansas governor,'
            described = " ".join(words.split())
            holders = [k for k, descriptions in self.cast.described.items() if described in descriptions]
        if len(holders) == 1:
            return holders[0]
        words = " ".join(words.split())
        return (
            self._organisation(phrase)
            or self._titled_before(words, at)
            or self._placed_title_before(phrase.strip()[len("the ") :], at)
            or self._organisation_named(words.partition(",")[0], at)  # 'according to the budget office, the …'
            or self._organisations_own(words, at)
            or self._kind_named_before(words, at)
        )

    def _kind_named_before(self, noun: str, position: int) -> str | None:
        """'Acme Corp. cut 1,200 jobs. “…,” the company said': the one organisation of that kind ('company',
        'agency', 'union') named in this paragraph or the one before; none when two are ('Acme bought Beta Inc.'),
        or when the article used the noun again after the name, for something else."""
        kind = _KINDS_OF_ORGANISATION.get(noun)
        if kind is None:
            return None
        start = self._paragraph_start(position, back=1)
        named = [(m, k) for m, k in self.cast.within(start, position) if k in self.cast.orgs and kind & set(k.split())]
        if len({k for _, k in named}) != 1:
            return None
        mention, key = named[-1]
        if re.search(rf"\b{noun}\b", self.body[mention.end : position], re.IGNORECASE):
            return None  # 'UnitedHealth Group …. the trade group for the plans …, the group wrote': the other group
        return key

    def _organisations_own(self, words: str, position: int) -> str | None:
        """'the Wall Street Journal editorial board …. “…,” the editorial board writes': the words the article
        last used right after an organisation's name stand for that organisation."""
        if not words.islower() or " " not in words or len(words) > 40:
            return None  # 'the editorial board', 'the ballot commission': not a lone 'the group'
        last = self.body.rfind(" " + words, 0, position)
        while last > 0 and self.body[max(0, last - 4) : last].lower().endswith(" the"):
            last = self.body.rfind(" " + words, 0, last)  # back past the article's own 'the editorial board'
        if last <= 0:
            return None
        before = self.cast.within(max(0, last - 80), last)
        if not before or before[-1][0].end != last or before[-1][1] not in self.cast.orgs:
            return None
        return before[-1][1]

    def _organisation_named(self, words: str, position: int) -> str | None:
        """'the budget office' after 'the Congressional Budget Office': the last words of an organisation named
        before, in lower case, stand for it when its name is the last place the article used them. 'The trade
        group for the plans …. the group wrote' is not 'UnitedHealth Group' of the paragraph before."""
        if not words.islower() or words in _NO_ORGANISATION_NAMED:
            return None
        head = words.rsplit(None, 1)[-1]
        last = position
        while True:  # back past the article's own earlier uses of the words: 'the budget office said'
            last = max(self.body.rfind(head, 0, last), self.body.rfind(head.capitalize(), 0, last))
            if last < 0 or not self.body[max(0, last - len(words)) : last + len(head)].lower().endswith("the " + words):
                break
            if any(m.end > last for m, _ in self.cast.within(max(0, last - 80), last + 1)):
                break  # 'The Institute for Safe Pipes': the name itself, not a use of 'the institute'

        before = self.cast.within(max(0, last - 80), last + 1)
        if not before or before[-1][0].end <= last:
            return None  # no name holds the word where the article last used it
        key = before[-1][1]
        name = key.lower()
        heads = (name, name.partition(" of ")[0], name.partition(" for ")[0])  # 'the board' of '… Board of Elections'
        return key if key in self.cast.orgs and any((" " + h).endswith(" " + words) for h in heads) else None

    def _titled_before(self, words: str, position: int) -> str | None:
        """The latest subject, when its title says `words`: 'Sen. Bernie Sanders defended …. “…,” the senator
        said'; but 'Rubio sought …. the senator said' is no one, as Rubio's title is not known."""
        index = bisect.bisect_left(self.subjects, (position,)) - 1
        if index < 0 or self.subjects[index][0] < self._paragraph_start(position, back=2):
            return None
        key = self.subjects[index][1]
        return key if _role_says(spelled_out(self.cast.roles.get(key) or ""), words) else None

    def _placed_title_before(self, description: str, position: int) -> str | None:
        """'Sen. Marco Rubio responded first. “…,” the Florida senator and Republican presidential candidate
        said': the latest subject, when the description's first part is their title after a place or a word
        of tenure ('the independent Vermont senator'); a party may be any of the article's senators."""
        words = description.split(" and ")[0].split()
        modifiers = words[:-1]
        if not modifiers or not all(
            (w[:1].isupper() and w.lower() not in PARTIES) or w in _TENURE_WORDS for w in modifiers
        ):
            return None  # 'the Republican senator' may be any of the article's Republican senators
        return self._titled_before(words[-1].lower(), position)

    def _organisation(self, phrase: str) -> str | None:
        """'the Pentagon', 'the Democratic National Committee' (found as 'National Committee'), 'the White House'."""
        name = phrase.strip()
        name = name[4:] if name.lower().startswith("the ") else name
        words = name.lower()
        orgs = [k for k in self.cast.orgs if _same_organisation(name, words, k) or names_org(name, k)]
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
        for index in range(bisect.bisect_left(self.subjects, (position,)) - 1, -1, -1):  # the latest first
            at, key = self.subjects[index]
            if at < horizon:
                break
            if key in SOMEONE_GENDER:  # 'His wife called for …. “…,” she said': someone no name stands for
                if SOMEONE_GENDER[key] == gender:
                    return None
                continue  # '… “…,” he said': not her
            if not key:  # 'One delegate said he …': someone described, not a name before
                last, known = self._last_named(position, since=at)
                if last:
                    return last if known == gender else None
                return self._described_at(at)  # 'One California delegate said he tried …. “…,” he said'
            known = self.cast.gender(key)
            if known is None or known == gender:
                return key  # a later subject of that gender would have come first: none is in between
        last, known = self._last_named(position)
        if last and known == gender:
            return last
        if last and known is None:
            return None  # 'Deja Stewart … when she called him': she may well be the one just named
        return self._only_one(gender, position)

    def _described_at(self, at: int) -> str | None:
        """The source described at the start of the sentence at `at` ('One California delegate said'), as the
        article puts it, when its words say more than 'One delegate'."""
        described = DESCRIBED_SPEAKS.match(self.body, at)
        who = described.group("who").rstrip() if described else None
        return described_source(self.body, self.cast, who, at) if who else None

    def _organisation_before(self, position: int) -> str | None:
        """The organisation that opens the sentence of an 'it said', or the one before it: 'it' speaks
        only for an organisation the article just made the subject."""
        for begin in self._openings_before(position):
            begin = OPENING_OF_AN_ORGANISATION.match(self.body, begin).end()  # 'Still, the Business Council …'
            opening = self.cast.within(begin, begin + 1)
            if opening:
                mention, key = opening[0]
                if key in self.cast.orgs:
                    return key
                body = _BODY_OF_A_NAME.match(self.body, mention.end)  # 'Trump’s campaign … ¶ …, it said'
                return described_source(self.body, self.cast, self.body[begin : body.end()], begin) if body else None
        return None

    def _openings_before(self, position: int, lines: bool = False) -> list[int]:
        """Where the sentence holding `position` starts, then the one before it (within `IT_WINDOW`), at their
        first word. With `lines`, a line break ends a sentence too ('… mainstream norms.”¶In the …')."""
        before = self.body[max(0, position - IT_WINDOW) : position]
        base = position - len(before)
        own = max(last_sentence_end(before), before.rfind("\n") + 1 if lines else 0)
        if not own:
            starts = [own]
        elif lines:
            ended = len(before[:own].rstrip()) - 1  # the full stop ending the sentence before, cut off
            starts = [own, max(last_sentence_end(before[:ended]), before.rfind("\n", 0, ended) + 1)]
        else:
            starts = [own, last_sentence_end(before[: own - 1])]
        return [base + start + len(before[start:]) - len(before[start:].lstrip()) for start in starts]

    def _pair_before(self, position: int) -> str | None:
        """'Professors Foner and Alba suggest …. In the United States, they write, “…”': two people who open
        the sentence of a 'they said', or the one before it, together; else no one ('they' is most often a
        group the article does not name)."""
        for begin in self._openings_before(position, lines=True):
            opening = self.cast.within(begin, min(position, begin + MAX_PAIR_OPENING))
            if len(opening) < 2:
                continue
            (one, _), (two, _) = opening[:2]
            title = self.body[begin : one.start]  # 'Professors Foner and Alba', 'Sens. Ann Poe and Tom Berg'
            if (not title or is_title_words(title)) and self.body[one.end : two.start] == " and ":
                return self.joint(self.body[begin : two.end], begin)
        return None

    def _last_named(self, position: int, since: int = 0) -> tuple[str | None, str | None]:
        """'Yet there in the back was Garcia, the grocery store worker. “…,” he said': with no subject to go
        by, the person named last, just before (and after `since`), and their gender."""
        for mention, key in reversed(self.cast.within(max(since, position - LAST_NAMED_WINDOW), position)):
            if key in self.cast.orgs or self.body.startswith(("’s", "'s"), mention.end):
                continue  # 'Obama addressed Trump’s concerns': a possessive is not who goes on speaking
            return key, self.cast.gender(key)
        return None, None

    def _only_one(self, gender: str | None, position: int) -> str | None:
        named = {k for m, k in self.cast.mentions if m.start < position and k not in self.cast.orgs}
        recent = {k for m, k in self.cast.within(self._paragraph_start(position, back=2), position)}
        fitting = [k for k in named if self.cast.gender(k) == gender]
        unknown = [k for k in named if self.cast.gender(k) is None]
        if len(fitting) == 1 and len(unknown) <= 1 and fitting[0] in recent:
            return fitting[0]
        # 'I met with Sanders in his office … “…,” he told me': Trump, named once far above, is not 'he'
        recent -= self.cast.orgs
        near = [k for k in recent if self.cast.gender(k) == gender]
        return near[0] if len(near) == 1 and all(self.cast.gender(k) is not None for k in recent) else None

    def _paragraph_start(self, position: int, back: int) -> int:
        start = position
        for _ in range(back + 1):
            found = self.body.rfind("\n\n", 0, start)
            if found < 0:
                return 0
            start = found
        return start


# What a person's 'it' may be: 'Trump’s campaign', 'Clinton's office'
_BODY_OF_A_NAME = re.compile(r"[’']s\s+(?:campaign|office|administration|team|staff)\b")


_NO_ORGANISATION_NAMED = frozenset({"house", "post", "times", "news", "press"})  # 'the house', 'the press': words


_TENURE_WORDS = frozenset("independent junior senior longtime veteran freshman first-term two-term three-term".split())


_COMPANY_WORDS = COMPANY_SUFFIXES | frozenset("Airlines Motors Technologies Systems Industries Pharmaceuticals".split())
_AGENCY_WORDS = frozenset("Agency Service Administration Bureau Commission Department Office Authority".split())
_GROUP_WORDS = frozenset(
    "Group Coalition Alliance Association Project Network Watch Institute Foundation Center Centre Council Committee"
    " Fund Society League Action".split()
)
# 'a statement from the Springfield Water Board', 'a letter issued by Ann Poe': a document, and whose it is
_DOCUMENT_FROM = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:statement|letter|memo|release|email|post|filing)\s+(?:from|issued by|by)\s+"
    r"(?P<who>[^,;:]+)$"
)
# What the article may call an organisation after naming it, and the words of the names of that kind
_KINDS_OF_ORGANISATION = {
    "company": _COMPANY_WORDS,
    "firm": _COMPANY_WORDS,
    "carmaker": _COMPANY_WORDS,
    "airline": _COMPANY_WORDS,
    "agency": _AGENCY_WORDS,
    "department": frozenset({"Department"}),
    "ministry": frozenset({"Ministry"}),
    "union": frozenset({"Union", "Federation"}),
    "group": _GROUP_WORDS | frozenset({"Holdings", "plc", "PLC"}),  # 'Calloway Holdings …. the group said'
    "club": frozenset("Club FC United Rovers Athletic Wanderers Rangers Albion City Town".split()),
    "organization": _GROUP_WORDS | _AGENCY_WORDS,
    "organisation": _GROUP_WORDS | _AGENCY_WORDS,
    "university": frozenset({"University", "College"}),
    "bank": frozenset({"Bank"}),
    "utility": frozenset("Power Energy Electric Gas Water Utilities".split()),
}


def _role_says(role: str, words: str) -> bool:
    """'deputy defense secretary' says 'defense secretary'; 'secretary of defense' does not say 'defense'."""
    return role == words or role.endswith(" " + words)


def _pronoun(phrase: str) -> str | None:
    """'he', 'She', and 'he’s' or 'she'd' before a participle ('he’s said')."""
    word = phrase.lower()
    if word[-2:-1] in ("'", "’"):
        word = word[:-2]
    return word if word in PRONOUNS else None


def is_title_words(text: str) -> bool:
    """'Defense Secretary', 'the economist', 'Concord resident', 'Blaze co-host': what may precede a
    name in a speaker phrase: short, few lower-case words, no clause or preposition."""
    words = text.split()
    lower = [w for w in words if not w[:1].isupper()]
    return (
        len(words) <= 7
        and len(lower) <= 4
        and words[0].lower() != "of"  # 'of Trump' is no title; 'Secretary of State' is
        and not any(
            (w.lower() in CLAUSE_WORDS or w.lower() in PREPOSITIONS or w in _TAKES_AN_OBJECT)
            and not _inside_a_name(words, i)
            for i, w in enumerate(words)
        )
    )


# 'a super PAC supporting Cruz', 'a lawyer representing Trump': the name after one is its object, not the speaker
_TAKES_AN_OBJECT = frozenset(
    """supporting backing opposing embracing praising attacking targeting criticizing criticising representing
    defending advising endorsing watching interviewing covering hosting""".split()
)


def _inside_a_name(words: list[str], i: int) -> bool:
    """'Fight for $15 organizing director', 'Council on American-Islamic Relations director': a preposition
    between capitalised words belongs to an organisation's name ('an interview with Fox News host' does not)."""
    return (
        words[i] in ("for", "on")  # not 'insults with Mr. Hannity over Mr. Trump'
        and 0 < i < len(words) - 1
        and words[i - 1][:1].isupper()
        and words[i + 1][:1] in _NAME_OPENINGS
    )


_NAME_OPENINGS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ$0123456789")


def is_place_tail(text: str) -> bool:
    """'of North Carolina', 'of the law firm Mayer Brown': what may follow a name in a speaker phrase."""
    words = text.split()
    return len(words) <= 8 and words[0] in ("of", "from", "at") and not any(w in CLAUSE_WORDS for w in words)


def _same_organisation(name: str, lowered: str, key: str) -> bool:
    """'the pentagon' is the Pentagon, but an acronym only in capitals: 'At' is not AT (of AT&T)."""
    return name == key if key.isupper() else lowered == key.lower()
