"""People and organisations: canonical names, roles, ages, gender, linked from the mentions `names` finds."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from composer.blocks import Person
from composer.extract.alternatives import alternatives
from composer.extract.names import (
    CAPS_NO_NAME,
    OFFICE_TITLES,
    PLACE_SURNAMES,
    SURNAMES_TOO,
    Mention,
    find_mentions,
    is_first_name,
    outside,
    surname,
    title_case_lines,
)
from composer.extract.patterns import (
    ABBREVIATED_TITLES,
    ABBREVIATIONS,
    FEMALE_FIRST_NAMES,
    GENDERED,
    MALE_FIRST_NAMES,
    NON_NAME_WORDS,
    NOT_SPEECH_BEFORE_TO,
    OBJECT_CUES,
    ORG_WORDS,
    PLACE_NAMES,
    SENTENCE_STARTERS,
    SPEECH_VERBS,
    TITLES,
    US_STATES,
    census_first_names,
    common_words,
    spelled_out,
)
from composer.extract.sentences import DATELINE, first_sentence_end

_TITLE_SET = frozenset(t for t in TITLES if t)
_TITLE_MAX_WORDS = max(len(t.split()) for t in _TITLE_SET)
_TITLE_LAST_WORDS = frozenset(t.split()[-1] for t in _TITLE_SET)


def title_before(text: str) -> str | None:
    """The longest known title that `text` ends with ('… Defense Secretary ' -> 'Defense Secretary')."""
    if not text.endswith((" ", "\u00a0")):
        return None
    words = text.split()[-_TITLE_MAX_WORDS:]
    if words and words[-1][:1] in "-—–":
        words[-1] = words[-1].lstrip("-—–")  # '-President Obama, tweeting …': a signature's dash
    if not words or words[-1].lower() not in _TITLE_LAST_WORDS:  # most names follow 'said', 'the', 'and'
        return None
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[-size:])
        if candidate.lower() in _TITLE_SET:
            return candidate
    return None


_AGE = re.compile(r"^,\s*(\d{1,3})(?:,|\.(?!\d))")  # "Hegseth, 44,", and at a sentence end: "said Berg, 54."
_GENDER_WORD = re.compile(  # he, him, his, himself, she, her, hers, herself, Mr., Mrs., Ms.; opens with its letter
    r"[HhSsM](?<!\w[HhSsM])(?:(?<=[Hh])(?:e|im|is|imself|er|ers|erself)\b|(?<=[Ss])he\b"
    r"|(?<=M)(?:r|rs|s)(?:\.|(?=[ \u00a0][A-Z])))"  # 'Mr Starmer', as the British write it, too
)


@dataclass
class Cast:
    """Everyone named in an article and every place they are mentioned."""

    body: str = ""
    mentions: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, canonical key)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> fullest tokens
    roles: dict[str, str] = field(default_factory=dict)
    ages: dict[str, int] = field(default_factory=dict)
    described: dict[str, set[str]] = field(default_factory=dict)  # key -> 'the former arkansas governor', …
    genders: dict[str, Counter] = field(default_factory=dict)
    orgs: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)  # unnamed speakers as described: 'a Twitter spokesman'
    pairs: set[str] = field(default_factory=set)  # sources that name two people: 'Trump and Ryan'
    appositives: dict[str, str] = field(default_factory=dict)  # key -> 'former Arkansas governor', as written
    parties: dict[str, str] = field(default_factory=dict)  # key -> 'Democrat' ('Democrat Ann Poe'): a last resort
    _lists: tuple[int, dict[str, set[str]]] | None = None  # (mentions seen, list neighbours), built when asked
    acronyms: dict[str, str] = field(default_factory=dict)  # key -> 'DNC', the article's short form of it
    _starts: list[int] = field(default_factory=list)

    def display(self, key: str) -> str:
        name = " ".join(self.names[key])
        acronym = self.acronyms.get(key)  # 'Democratic National Committee (DNC)': both forms a reader meets
        return f"{name} ({acronym})" if acronym else name

    def role(self, key: str) -> str | None:
        """The title before the name ('Defense Secretary', 'Sen.' read as 'Senator'), else the first description
        after it ('Mike Huckabee, the former Arkansas governor,')."""
        title = self.roles.get(key)
        if title:
            abbreviated = any(word.lower() in ABBREVIATED_TITLES for word in title.split())
            return spelled_out(title, as_written=True) if abbreviated else title  # '— Ann Poe, Sen.' reads badly
        return self.appositives.get(key) or self.parties.get(key)

    def gender(self, key: str) -> str | None:
        tally = self.genders.get(key)
        if not tally:
            return None
        men, women = tally["m"], tally["f"]  # a Counter, so a missing side is 0
        return "m" if men > women else "f" if women > men else None

    def count_between(self, start: int, end: int) -> int:
        starts = self._mention_starts()
        return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)

    def within(self, start: int, end: int) -> list[tuple[Mention, str]]:
        """Mentions that start in [start, end), in order."""
        starts = self._mention_starts()
        return self.mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def _mention_starts(self) -> list[int]:
        if len(self._starts) != len(self.mentions):
            self._starts = [m.start for m, _ in self.mentions]
        return self._starts

    def before(self, position: int) -> list[tuple[Mention, str]]:
        return [(m, k) for m, k in self.mentions if m.end <= position]

    def people(self, speakers: frozenset[str] = frozenset()) -> tuple[Person, ...]:
        """The people and organisations named, most mentioned first; `speakers` (cast keys) are people whatever
        their names look like."""
        counts = Counter(k for _, k in self.mentions)  # in order of first mention, which breaks ties
        places = self._places()
        listed = self._organisations_listed()
        return tuple(
            self._person(k, counts[k], listed)
            for k in sorted(counts, key=lambda k: -counts[k])
            if k not in places
            and not self._group(k)
            and (k in speakers or not (self._common_phrase(k) or self._shouted_word(k)))
            and k not in _KINDS_OF_ORGANISATION  # 'a super PAC': no one organisation, unless linked to its name
        )

    def _shouted_word(self, key: str) -> bool:
        """'COULD', 'BREAKING', 'TODAY': a common word in capitals, for emphasis or a headline's style, is no
        organisation's acronym (`_link_acronyms` has given any that the article spells out their full name)."""
        return (
            key in self.orgs
            and key.isupper()
            and " " not in key
            and key.lower() in common_words()
            and key not in _ACRONYMS_THAT_ARE_WORDS
        )

    def _common_phrase(self, key: str) -> bool:
        """'Morning Consult Poll', 'International Economics', 'Special Prosecutor': capitalised words ending in
        one the article also writes in lower case, with no first name, role or age, are no one's name."""
        tokens = self.names[key]
        if len(tokens) < 2 or key in self.orgs or key in self.roles or key in self.ages or is_first_name(tokens[0]):
            return False
        last = tokens[-1].lower()
        if _writes_in_lower_case(self.body, last):
            return True
        # 'Sporting Goods', 'Fox Business', 'Animal Farm': no first name, no initial, ending in a common
        # word, and nothing in the article that makes it someone ('she said', a role, an age, a quote)
        return (
            last in common_words()
            and self.gender(key) is None
            and not any(is_first_name(t) or t.endswith(".") for t in tokens)
            and not self._listed_with_people(key)  # 'Okonkwo Green, Tom Rice and Mark White spoke'
        )

    def _listed_with_people(self, key: str) -> bool:
        """Is a mention of `key` in a list with a person's mention right before or after it?"""
        return any(k not in self.orgs for k in self._listed_with(key))

    def _listed_with(self, key: str) -> set[str]:
        """The keys of the mentions listed right before or after a mention of `key` ('A, B and C')."""
        if self._lists is None or self._lists[0] != len(self.mentions):
            self._lists = (len(self.mentions), self._list_neighbours())
        return self._lists[1].get(key, set())

    def _list_neighbours(self) -> dict[str, set[str]]:
        """Each key's neighbours in lists, from one pass over the mentions (one pass, not one a key)."""
        neighbours: dict[str, set[str]] = {}
        for (one, first), (two, second) in itertools.pairwise(self.mentions):
            if first != second and self.body[one.end : two.start] in (", ", " and ", ", and "):
                neighbours.setdefault(first, set()).add(second)
                neighbours.setdefault(second, set()).add(first)
        return neighbours

    def _listed_among(self, key: str, organisations: set[str]) -> bool:
        """Is `key` listed only beside organisations, in a list of three or more ('A, B and C')?"""
        beside = self._listed_with(key)
        return (
            bool(beside)
            and beside <= organisations
            and (len(beside) > 1 or any(len(self._listed_with(b)) > 1 for b in beside))
        )

    def _organisations_listed(self) -> set[str]:
        """'Bank of America, Credit Suisse, Goldman Sachs and UBS': names with no first name, role, age or pronoun
        listed between organisations (or names found so) are organisations too."""
        found: set[str] = set()
        candidates = [
            k
            for k in dict.fromkeys(k for _, k in self.mentions)
            if k not in self.orgs
            and k not in self.roles
            and k not in self.ages
            and not self.gender(k)
            and not any(is_first_name(t) or t in census_first_names() for t in self.names[k])
        ]
        while True:
            more = {k for k in candidates if k not in found and self._listed_among(k, self.orgs | found)}
            if not more:
                return found
            found |= more

    def _group(self, key: str) -> bool:
        """'Latinos say' beside 'a Latino voter', 'the Khans' beside 'Khizr Khan': a lone plural of a word the
        article also uses is a group, not a person of the list (it may still speak, and it still stands
        between a 'he' and the name before it)."""
        tokens = self.names[key]
        return len(tokens) == 1 and key not in self.orgs and key not in self.roles and _plural_of_a_word(self.body, key)

    def _places(self) -> set[str]:
        """'in Coral Gables', 'at Trump Tower', 'near Des Moines': a name the article only ever puts after a
        preposition of place, with no first name and no role, is somewhere, not someone ('in Jackson Park':
        a first name before a place word that may be a surname does not count)."""
        places = {
            k
            for k in self.names
            if k not in self.orgs
            and k not in self.roles
            and (not is_first_name(self.names[k][0]) or self.names[k][-1] in PLACE_SURNAMES)
        }
        for mention, key in self.mentions:
            if key in places and not _WORD_BEFORE_A_PLACE.search(self.body, max(0, mention.start - 6), mention.start):
                places.discard(key)
        return places

    def _person(self, key: str, mentions: int, listed_organisations: set[str]) -> Person:
        kind = "organization" if key in self.orgs or key in listed_organisations else "person"
        return Person(
            name=self.display(key),
            role=self.role(key),
            age=self.ages.get(key),
            mentions=mentions,
            kind=kind,
            gender=self.gender(key) if kind == "person" else None,
        )


_KINDS_OF_ORGANISATION = frozenset({"PAC", "PACs"})
_WORD_BEFORE_A_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|near)[ \u00a0]$")


def find_cast(body: str, blocked: list[tuple[int, int]]) -> Cast:
    """Find name mentions outside `blocked` spans (quotes), then link surnames to full names."""
    stretches = outside(body, sorted(blocked + title_case_lines(body)))
    raw = _without_capitalised_words(body, _with_nicknames(body, find_mentions(body, stretches)))
    raw = [m for m in raw if not _of_common_words(m)]
    cast = Cast(body=body)
    full: dict[str, dict[tuple[str, ...], list[int]]] = {}  # last word -> multi-word forms -> their starts
    for m in raw:
        if len(m.tokens) > 1 and not m.org:
            full.setdefault(surname(m.tokens[-1]), {}).setdefault(m.tokens, []).append(m.start)
    absorbed = _absorbed_forms(full, body)
    raw = _with_surnames_alone(body, stretches, raw, full)
    raw = _lone_organisations(body, raw, full)
    lone = _lone_names(body, raw, full)
    by_first = _by_first_word(full)
    by_family = _by_family_word(full)
    forms: dict[tuple, Forms] = {}  # a name's compatible fuller forms
    headline = _headline(body)
    for mention in sorted(raw, key=lambda m: -len(m.tokens)):
        honorific = _honorific_gender(body, mention) if len(mention.tokens) == 1 else None
        if (mention.tokens, honorific) not in forms:
            candidates = _candidates(mention.tokens, full, by_first)
            forms[mention.tokens, honorific] = Forms(
                {t: starts for t, starts in candidates if _compatible(mention.tokens, t) and _fits(honorific, t)}
                or absorbed.get(mention.tokens)
                or _by_first_name(mention.tokens, honorific, full)
                or _by_family_name(mention, by_family, cast),
                headline,
            )
        key = _link(mention, forms[mention.tokens, honorific], cast, lone)
        if key is None:
            continue
        cast.mentions.append((mention, key))
        _note_role_and_age(body, mention, key, cast)
    cast.mentions.sort(key=lambda mk: mk[0].start)
    _link_acronyms(body, cast)
    _names_after_the(body, cast)
    _learn_genders(body, cast, stretches)
    _first_name_genders(cast)
    _kin_genders(body, cast)
    return cast


def _names_after_the(body: str, cast: Cast) -> None:
    """'Officers were called to the Red Lion', 'Ana Ruiz met the Rolling Stones': a name of several words with
    no first name, which the article only ever writes after 'the', names a pub, a band or a body, not a person
    (no one takes 'the' before a name)."""
    after_the: dict[str, bool] = {}
    modifiers: set[str] = set()  # 'the Independent Vermont senator': words before a title, no name at all
    for mention, key in cast.mentions:
        if key in cast.orgs or len(cast.names[key]) < 2 or is_first_name(cast.names[key][0]):
            continue
        the = body.endswith(("the ", "The "), 0, mention.start)
        after_the[key] = after_the.get(key, True) and the
        if the and body[mention.end : mention.end + 1] == " " and _word_after(body, mention.end) in _TITLE_LAST_WORDS:
            modifiers.add(key)
    cast.orgs.update(key for key, always in after_the.items() if always and key not in modifiers)
    gone = {key for key in modifiers if after_the[key]}
    if gone:
        cast.mentions = [(m, k) for m, k in cast.mentions if k not in gone]


def _word_after(body: str, end: int) -> str:
    """The lower-case word after a space at `end` ('senator' of '… Vermont senator'), or ''."""
    word = body[end + 1 : end + 20].split(None, 1)
    return word[0].rstrip(",.;:") if word and word[0][:1].islower() else ""


_ACRONYMS_THAT_ARE_WORDS = frozenset({"ICE", "WHO", "BET", "NOW", "CARE", "AIM"})  # agencies, a network, groups
_ACRONYM_AFTER = re.compile(r" \(([A-Z]{2,6})\)")  # 'the National Rifle Association (NRA)'


def _link_acronyms(body: str, cast: Cast) -> None:
    """'the Department of Government Efficiency (DOGE) … welcomes DOGE': an organisation's acronym, given in
    brackets after its name, is that organisation wherever it stands alone."""
    aliases = {}
    for mention, key in cast.mentions:
        if key in cast.orgs and len(mention.tokens) > 1:
            acronym = _ACRONYM_AFTER.match(body, mention.end)
            if acronym and acronym.group(1) != key and _initials_fit(acronym.group(1), mention.tokens):
                aliases.setdefault(acronym.group(1), key)
    # 'the Democratic National Committee … the DNC', with no brackets: the one organisation of those initials
    named = {k for _, k in cast.mentions if k in cast.orgs and len(cast.names[k]) > 1}
    for key in {k for _, k in cast.mentions if k in cast.orgs and k.isupper() and 2 <= len(k) <= 6} - set(aliases):
        # not the Democratic National Convention: 'the DNC' is its committee, whichever the article names
        fitting = [k for k in named if _initials_fit(key, cast.names[k]) and cast.names[k][-1] != "Convention"]
        if len(fitting) == 1:  # not 'ABC' beside both the Alpha Beta Council and the Alpha Beta Club
            aliases[key] = fitting[0]
    if aliases:
        cast.mentions = [(m, aliases.get(k, k) if m.tokens == (k,) else k) for m, k in cast.mentions]
        for acronym, key in aliases.items():
            cast.acronyms.setdefault(key, acronym)


def _initials_fit(acronym: str, tokens: tuple[str, ...]) -> bool:
    """'DOGE' of 'Department of Government Efficiency', 'UNHCR' of 'United Nations High Commissioner for
    Refugees', 'TPP' of 'Trans-Pacific Partnership': the first letters of all its words, or of its capitalised
    words."""
    words = [part for token in tokens[tokens[0] == "The" :] for part in token.split("-") if part]
    return acronym in ("".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[:1].isupper()))


_NICKNAME = re.compile(r" [“\"‘'][A-Z][a-z]+[”\"’'] ")  # ' “Jay” ' between a first name and a surname
_NICKNAME_OPENS = (" “", ' "', " ‘", " '")


def _of_common_words(mention: Mention) -> bool:
    """'Desert Storm', 'Conservative Solutions', 'Really Happened', 'Last Man Standing': capitalised words that
    are all common words, with no first name, are an operation, a group, a title or a slogan, not a person;
    in capitals ('JUST TOO EARLY' of a digest's shouted headline), no organisation either."""
    shouted = all(token.isupper() for token in mention.tokens) and not any(
        token.title() in ORG_WORDS for token in mention.tokens
    )  # 'WEEKLY STANDARD', 'USA TODAY NETWORK' stay
    if (mention.org and not shouted) or len(mention.tokens) < 2 or is_first_name(mention.tokens[0]):
        return False
    common = common_words()
    return all(token.lower() in common for token in mention.tokens)


def _with_nicknames(body: str, mentions: list[Mention]) -> list[Mention]:
    """'George “Jay” Keyworth', 'Juan "Chico" Manriquez': a nickname in marks splits no name (the marks hid
    it from the name finder); the first name and the surname are one person, not two. (A test at each
    mention's end costs fewer instructions than a pattern run over the whole body.)"""
    joins = [
        k
        for k in range(1, len(mentions))
        if body.startswith(_NICKNAME_OPENS, mentions[k - 1].end)  # the cheap test first: most names have none
        and _NICKNAME.fullmatch(body, mentions[k - 1].end, mentions[k].start)
        and len(mentions[k - 1].tokens) == 1
        and is_first_name(mentions[k - 1].tokens[0])
        and not mentions[k].org
    ]
    if not joins:
        return mentions
    joined = list(mentions)
    for k in reversed(joins):
        first, last = joined[k - 1], joined.pop(k)
        joined[k - 1] = Mention(first.start, last.end, (*first.tokens, *last.tokens), False)
    return joined


def _with_surnames_alone(
    body: str, stretches: list[tuple[int, int]], raw: list[Mention], full: dict[str, dict[tuple[str, ...], list[int]]]
) -> list[Mention]:
    """'Richardson White …. White said', 'Jeremy Paris …. Paris, who …, said': a common word or a place
    that is the surname of someone named in full (`SURNAMES_TOO`, `PLACE_NAMES`) names them when it stands
    alone after them and a speech verb, a title or an age shows it is a person; 'White voters', 'in May',
    'the White House' and 'flights to Paris' stay words."""
    words = [word for word in full if word in SURNAMES_TOO or word in PLACE_NAMES or word in PLACE_SURNAMES]
    if not words:
        return raw  # most articles name no one White, May, Read or Paris
    taken = {m.start for m in raw}
    added = []
    for word in words:
        first = min(starts[0] for starts in full[word].values())
        for match in re.compile(rf"\b{word}\b").finditer(body, first + 1):
            at, end = match.start(), match.end()
            index = bisect.bisect_right(stretches, (at, len(body))) - 1
            if at in taken or index < 0 or end > stretches[index][1]:
                continue  # a mention already ('Ms. White'), or inside a quote
            before = body[max(0, at - 30) : at].split()
            if (before and before[-1][:1].isupper() and before[-1][-1].isalpha()) or _NEXT_CAPITAL.match(body, end):
                continue  # part of a longer name: 'Richardson White', 'White House'
            mention = Mention(at, end, (word,), False)
            if _single_is_person(body, mention) or (word in PLACE_SURNAMES and _acts(body, at, end)):
                added.append(mention)
    return sorted(raw + added, key=lambda m: m.start) if added else raw


_NEXT_CAPITAL = re.compile(r"[ \u00a0]+[A-Z]")
_VERB_AFTER = re.compile(r" (?:[a-z]+ly )?[a-z]{2,}(?:ed|s)\b")  # 'West landed', 'North quickly answers'


def _acts(body: str, at: int, end: int) -> bool:
    """'Cornel West …. West landed a dig': a place word that is someone's surname, then a verb, is them;
    not 'the West faces' or 'out West. Things'."""
    return bool(_VERB_AFTER.match(body, end)) and not body.endswith(("the ", "The "), max(0, at - 4), at)


def _by_first_name(
    tokens: tuple[str, ...], honorific: str | None, full: dict[str, dict[tuple[str, ...], list[int]]]
) -> dict[tuple[str, ...], list[int]]:
    """'Hillary shot back': a common first name alone is the one person of the article who has it."""
    if len(tokens) != 1 or honorific or not is_first_name(tokens[0]):
        return {}
    fitting = {last: named for last, named in full.items() if any(t[0] == tokens[0] for t in named)}
    if len(fitting) != 1:
        return {}
    ((_, named),) = fitting.items()
    return {t: starts for t, starts in named.items() if t[0] == tokens[0]}


def _by_family_word(full: dict[str, dict[tuple[str, ...], list[int]]]) -> dict[str, list[tuple]]:
    """The two-word names by their first word, for `_by_family_name`."""
    index: dict[str, list[tuple]] = {}
    for named in full.values():
        for tokens, starts in named.items():
            if len(tokens) == 2:
                index.setdefault(tokens[0], []).append((tokens, starts))
    return index


def _by_family_name(
    mention: Mention, by_family: dict[str, list[tuple]], cast: Cast
) -> dict[tuple[str, ...], list[int]]:
    """'Secretary-General Ban Ki-moon … Ban said', 'Shen Xincheng, a columnist, … Shen wrote': a word alone that
    opens one two-word name named before it with a role, a description or an age, and is no first name of the
    lists (those are `_by_first_name`'s), is a family name written first. 'Trump Train' is no one introduced."""
    word = mention.tokens[0]
    if len(mention.tokens) != 1 or is_first_name(word) or not word.isalpha():
        return {}  # 'North-Rhine' alone is no family name of 'North-Rhine Westphalia'
    fitting = [(tokens, starts) for tokens, starts in by_family.get(word, ()) if starts[0] < mention.start]
    if len(fitting) != 1:
        return {}
    ((tokens, starts),) = fitting
    key = " ".join(tokens)
    described = _INTRODUCED.match(cast.body, starts[0] + len(key))  # 'Shen Xincheng, a doctoral candidate'
    introduced = described or key in cast.roles or key in cast.appositives or key in cast.ages
    given = tokens[1]
    if not introduced or given in ORG_WORDS or given.isupper() or _writes_in_lower_case(cast.body, given.lower()):
        return {}
    return {tokens: starts}


_INTRODUCED = re.compile(r", (?:a|an|the) ")


def _absorbed_forms(full: dict[str, dict[tuple[str, ...], list[int]]], body: str) -> dict[tuple, dict]:
    """Two words that end a fuller name, taken out of `full`, with the fuller forms each stands for: 'Wasserman
    Schultz said' is 'Debbie Wasserman Schultz', a surname of two words ('Le Pen', 'Vargas Llosa'). Each
    surname's forms are indexed once: 5,000 of them must not cost 5,000² steps."""
    absorbed = {}
    for named in full.values():
        if len(named) < 2:
            continue  # most surnames come in one form
        ends: dict[tuple[str, ...], dict] = {}  # the last two words of the longer forms
        for tokens, starts in named.items():
            if len(tokens) > 2:
                ends.setdefault(tokens[-2:], {})[tokens] = starts
        for tokens in named:
            if len(tokens) == 2 and tokens in ends and not is_first_name(tokens[0]):
                absorbed[tokens] = ends[tokens]
    for tokens in absorbed:
        del full[surname(tokens[-1])][tokens]
    return absorbed


def _honorific_gender(body: str, mention: Mention) -> str | None:
    """'Mrs. Clinton' and 'Clinton herself' are a woman, 'Mr. Clinton' and 'Clinton himself' a man."""
    if body.startswith(" herself", mention.end):
        return "f"
    if body.startswith(" himself", mention.end):
        return "m"
    if body[mention.start - 2 : mention.start] != ". " and not body.startswith("Miss ", mention.start - 5):
        return None  # the common case, checked without slicing
    before = body[max(0, mention.start - 5) : mention.start]
    if before.endswith(("Mrs. ", "Ms. ", "Miss ")):
        return "f"
    return "m" if before.endswith("Mr. ") else None


def _fits(gender: str | None, tokens: tuple[str, ...]) -> bool:
    """Can the full name `tokens` be the one a 'Mrs.' (f) or 'Mr.' (m) refers to?"""
    if gender is None or tokens[0] in _EITHER_GENDER:  # 'Ms. Epstein' after 'Lee Epstein'
        return True
    return tokens[0] not in (MALE_FIRST_NAMES if gender == "f" else FEMALE_FIRST_NAMES)


def _first_name_genders(cast: Cast) -> None:
    """A common first name is strong evidence of how the article will refer to someone; one only the Census
    lists decides only where the pronouns after the name do not."""
    for key, tokens in cast.names.items():
        if key in cast.orgs or len(tokens) < 2:
            continue
        gender = "m" if tokens[0] in MALE_FIRST_NAMES else "f" if tokens[0] in FEMALE_FIRST_NAMES else None
        if gender and tokens[0] not in _EITHER_GENDER:
            cast.genders.setdefault(key, Counter())[gender] += 1000
        elif tokens[0] in census_first_names():  # 'Denis McDonough': less than any one pronoun says
            cast.genders.setdefault(key, Counter())[census_first_names()[tokens[0]]] += 0.5


def _kin_genders(body: str, cast: Cast) -> None:
    """'Her husband, Paul, handles the money': the kin word before a name says more than any pronoun after it
    (the 'she says' that follows is hers, not his)."""
    for mention, key in cast.mentions:
        if key not in cast.orgs and body.endswith(", ", 0, mention.start):
            kin = _KIN_BEFORE.search(body, max(0, mention.start - 16), mention.start)
            if kin:
                gender = "f" if kin.group(1) in _FEMALE_KIN else "m"
                cast.genders.setdefault(key, Counter())[gender] += 1000


_FEMALE_KIN = frozenset("wife widow daughter mother sister niece granddaughter".split())


# First names of the lists that men and women both bear: the article's pronouns decide ('Lee Epstein … she')
_EITHER_GENDER = frozenset(
    "Lee Jordan Jesse Terry Chris Pat Alex Sam Morgan Jamie Leslie Kelly Robin Dana Kim Tracy Lynn Jean Marty".split()
)


def _lone_organisations(body: str, raw: list[Mention], full: dict[str, dict]) -> list[Mention]:
    """'The Hill reported', 'as The Atlantic recently noted': a lone word the article always writes after 'the',
    and once before a speech verb, names an outlet or a body, not a person (no one takes 'the' before a name);
    one before 'factory', 'employees' or 'parent company' names a company."""
    speaks: dict[str, bool] = {}  # word after 'the' -> whether a mention of it is before a speech verb
    bare: set[str] = set()  # words written once without 'the'
    for m in raw:
        word = m.tokens[0]
        if len(m.tokens) > 1 or m.org or word in full or is_first_name(word) or word.endswith(("s", "an")):
            continue  # 'The Donald', 'the Ebelings', 'the Texan said': a person or people after all
        if body.endswith(("the ", "The "), max(0, m.start - 4), m.start):
            speaks[word] = speaks.get(word, False) or speech_after(body, m.end)
        else:
            bare.add(word)
    outlets = {word for word, speaking in speaks.items() if speaking and word not in bare}
    companies = {  # 'a Carrier factory', 'Nabisco’s parent company', 'Fox executives'
        m.tokens[0]
        for m in raw
        if len(m.tokens) == 1
        and not m.org
        and m.tokens[0] not in full
        and not is_first_name(m.tokens[0])
        and _COMPANY_NOUN_AFTER.match(body, m.end)
    }
    # 'Acme Corp. said … Acme expects': the company's name without its suffix
    companies |= {m.tokens[0] for m in raw if m.org and len(m.tokens) == 2 and m.tokens[1] in COMPANY_SUFFIXES}
    companies -= full.keys()
    if companies:  # those that would have been people ('Carrier has said it will'), not 'Brooklyn headquarters'
        lone = {
            m.tokens[0] for m in raw if len(m.tokens) == 1 and m.tokens[0] in companies and _single_is_person(body, m)
        }
        outlets |= lone
    if not outlets:
        return raw
    return [
        Mention(m.start, m.end, m.tokens, True) if len(m.tokens) == 1 and m.tokens[0] in outlets else m for m in raw
    ]


COMPANY_SUFFIXES = frozenset(
    "Corp Corp. Corporation Inc Inc. Co Co. Company Ltd Ltd. plc PLC LLC Group Holdings".split()
)
_COMPANY_NOUN_AFTER = re.compile(
    r"(?:['’]s)? (?:workers?|employees?|plants?|factory|factories|products|customers|headquarters|parent company"
    r"|subsidiary|executives\b|executive(?! (?:order|action|authority|branch|power|privilege|amnesty)))\b"
)


def _lone_names(body: str, raw: list[Mention], full: dict[str, dict]) -> dict[str, bool]:
    """Each name that only ever stands alone, and whether some mention shows it to be a person ('Obama said'):
    then 'And Obama, for all that, …' is him too."""
    lone: dict[str, bool] = {}
    starts: dict[str, list[int]] = {}
    for m in raw:
        word = m.tokens[0]
        if len(m.tokens) == 1 and not m.org and word not in full:
            starts.setdefault(word, []).append(m.start)
            if not lone.get(word):
                lone[word] = _single_is_person(body, m)
    for word, is_person in lone.items():
        if is_person and _common_word(body, word, starts[word]):
            lone[word] = False
    return lone


def _writes_in_lower_case(body: str, word: str) -> bool:
    """Does the body write `word` in lower case ('poll' for 'Morning Consult Poll')? (A substring test first:
    most surnames are not there at all.)"""
    return word in body and re.search(rf"\b{re.escape(word)}\b", body) is not None


def lower_case_words(body: str) -> frozenset[str]:
    """The words the body writes in lower case ('does', 'poll'; not the parts of 'doesn’t' or 'policy-making')."""
    return frozenset(_LOWER_WORD.findall(body))


def _plural_of_a_word(body: str, word: str) -> bool:
    """'Latinos say' beside 'a Latino voter', 'the Khans' beside 'Khizr Khan': a group, not a person."""
    if not word.endswith("s") or len(word) < 4:
        return False
    stems = [word[:-1]]
    if word.endswith("es"):  # 'Witnesses', 'Companies'
        stems += [word[:-2], word[:-3] + "y"]
    return any(re.search(rf"\b{re.escape(stem)}\b", body, re.IGNORECASE) for stem in stems)


def _common_word(body: str, word: str, starts: list[int]) -> bool:
    """'Prosecutors said', 'Rather, he said': a word capitalised only where it opens a sentence, and written in
    lower case elsewhere in the article, is a common word, not a name (a first name from the lists stays)."""
    if is_first_name(word) or not all(_opens_sentence(body, start) for start in starts):
        return False
    return _writes_in_lower_case(body, word.lower())


def _opens_sentence(body: str, start: int) -> bool:
    before = body[max(0, start - 4) : start].rstrip(" \u00a0“\"'‘")
    return not before or before[-1] in ".!?:\n"


def _link(mention: Mention, forms: Forms, cast: Cast, lone: dict[str, bool]) -> str | None:
    """Canonical key: the fullest form of this name seen in the article."""
    if mention.org:
        longer = [k for k in cast.orgs if cast.names[k][-len(mention.tokens) :] == mention.tokens] or [
            k for k in cast.orgs if cast.names[k][:-1] == mention.tokens and cast.names[k][-1] in COMPANY_SUFFIXES
        ]  # 'Acme' is 'Acme Corp.'
        key = (
            max(longer, key=len) if longer else " ".join(mention.tokens)
        )  # 'the Water Board' is 'Springfield Water Board'
        cast.names.setdefault(key, mention.tokens)
        cast.orgs.add(key)
        return key
    if forms.starts:
        best = forms.nearest(mention, cast.body)
    else:
        word = mention.tokens[0]
        if len(mention.tokens) == 1 and not (lone[word] if word in lone else _single_is_person(cast.body, mention)):
            return None
        best = mention.tokens
    key = " ".join(best)
    if len(best) >= len(cast.names.get(key, ())):
        cast.names[key] = best
    return key


def _without_capitalised_words(body: str, raw: list[Mention]) -> list[Mention]:
    """'Does Rubio …?', 'Had Sanders won', 'Top Sanders aides', 'More Hillary Clinton': a name run that opens a
    sentence with a word the article also writes in lower case, before a first name or the surname of someone
    named in full ('Marco Rubio'), is the name without that word. A first name from the lists stays ('Will',
    'Mark'), and so do a word never written in lower case ('Khizr Khan') and an organisation ('Black Lives
    Matter')."""
    named: set[str] | None = None  # surnames named in full with a first name, gathered once if a name asks
    lower: frozenset[str] | None = None  # the body's lower-case words, likewise
    out = []
    for mention in raw:
        tokens = mention.tokens
        if len(tokens) > 1 and not mention.org and not _given_name(tokens):
            if named is None:
                named = {m.tokens[-1] for m in raw if len(m.tokens) > 1 and not m.org and _given_name(m.tokens)}
            if _given_name(tokens[1:]) and _PEOPLES.search(tokens[0]):  # 'fellow Floridians Jeb Bush and …'
                at = body.index(tokens[1], mention.start + len(tokens[0]))
                mention = Mention(at, mention.end, tokens[1:], mention.org)
            elif _given_name(tokens[1:]) or (len(tokens) == 2 and tokens[1] in named):
                word = tokens[0]
                if (word.endswith("ing") or word in _NO_GIVEN_NAMES) and tokens[-1] in named:
                    cut = True  # 'Painting Trump as …', 'the Stop Trump movement', 'Longtime Clinton aide': anywhere
                elif _opens_a_sentence(body, mention.start):
                    lower = lower_case_words(body) if lower is None else lower
                    # 'Does', 'Continued': the sentence's word (a speech verb is one wherever it stands)
                    cut = word.lower() in lower or word.lower() in SPEECH_VERBS
                elif _given_name(tokens[1:]) and word.lower() in common_words():
                    # 'Liar of the Year Barack Obama': a title's last word, not his (one word looked for, not all)
                    cut = word.lower() in lower if lower is not None else _writes_in_lower_case(body, word.lower())
                else:
                    cut = False
                if cut:
                    at = body.index(tokens[1], mention.start + len(word))
                    mention = Mention(at, mention.end, tokens[1:], mention.org)
        out.append(mention)
    return out


# Words that open a sentence or a phrase before a surname and are no first name, whether or not the article
# also writes them in lower case ('Whereas Clinton …', 'Top Sanders aides', 'Half Clinton’s speech')
_NO_GIVEN_NAMES = frozenset("Between Whereas Stop Hail First Top Longtime Absent Half Can Regarding".split())
_PEOPLES = re.compile(r"(?:ans|ites)$")  # 'Floridians', 'Iowans', 'Texans', 'Republicans', 'Muscovites'


def _opens_a_sentence(body: str, start: int) -> bool:
    before = body[max(0, start - 3) : start]
    return start == 0 or before.endswith(("\n", ". ", "? ", "! ", "“", '"', ".” ", "?” "))


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")  # 'does', 'had', 'top'; not 'doesn’t'


def _by_first_word(full: dict[str, dict[tuple[str, ...], list[int]]]) -> dict[tuple[str, str], list[tuple]]:
    """The full forms of each surname by their first word and by its first letter (for an initial): a full
    name need only be checked against those (2,000 people sharing a surname must not cost 2,000² checks)."""
    index: dict[tuple[str, str], list[tuple]] = {}
    for family, named in full.items():
        for tokens, starts in named.items():
            index.setdefault((family, tokens[0]), []).append((tokens, starts))
            if len(tokens[0]) > 1:
                index.setdefault((family, tokens[0][0]), []).append((tokens, starts))
    return index


def _candidates(tokens: tuple[str, ...], full: dict, by_first: dict) -> Iterable[tuple]:
    """The forms `_compatible` may accept: all of a lone surname's; for a full name, those opening with its
    first word, or with its initial ('J. Smith')."""
    if len(tokens) == 1:
        return full.get(surname(tokens[0]), {}).items()
    first = tokens[0].rstrip(".")
    if len(first) == 1:
        return by_first.get((surname(tokens[-1]), first), [])
    return by_first.get((surname(tokens[-1]), tokens[0]), [])


def _compatible(short: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """'Pete Hegseth' fits 'Pete Hegseth' and 'Hegseth'; 'Eric Trump' does not fit 'Donald Trump'."""
    return len(short) == 1 or short[0] == longer[0] or short[0].rstrip(".") == longer[0][0]


class Forms:
    """The full forms a name may stand for, with where each is named, indexed (when there are several) for
    the question every mention of the name asks: which of them is it?"""

    __slots__ = ("_at", "_main", "_named", "headline", "starts")

    def __init__(self, starts: dict[tuple[str, ...], list[int]], headline: str = "") -> None:
        self.starts = starts
        self.headline = headline
        self._named: list[tuple[int, tuple[str, ...]]] | None = None  # built on the first question

    def nearest(self, mention: Mention, body: str) -> tuple[str, ...]:
        """Which full name a lone surname stands for: one named earlier in its own paragraph, else the
        article's main bearer of the name: the one its headline names, else the one it named first
        ('Murphy said' is Sen. Chris Murphy, not the victim Anne Marie Murphy named in the paragraph before;
        'Fiorina' is Carly, not her husband Frank; 'Clinton' under 'Hillary Clinton Accused Of …' is Hillary).
        Counting full names would not do: writers spell out the other person's name to tell them apart. A
        form that opens with a first name comes before one a sentence or a headline capitalised ('Does
        Rubio')."""
        if len(self.starts) == 1:  # the common case: one full name
            return next(iter(self.starts))
        if self._named is None:
            self._named = sorted((at, tokens) for tokens, ats in self.starts.items() for at in ats)
            self._at = [at for at, _ in self._named]
            self._main = max(
                self.starts, key=lambda t: (_given_name(t), " ".join(t) in self.headline, -self.starts[t][0])
            )
        index = bisect.bisect_right(self._at, mention.start)
        if index:
            at, tokens = self._named[index - 1]
            if "\n\n" not in body[at : mention.start]:
                return tokens  # 'Ann Poe and her husband, Tom Poe, … Poe said': the nearest in the paragraph
        return self._main


HEADLINE_LENGTH = 150


def _headline(body: str) -> str:
    """The article's first paragraph when it is short enough to be a headline ('Hillary Clinton Accused Of …')."""
    end = body.find("\n\n")
    first = body[: end if end >= 0 else len(body)].strip()
    return first if len(first) <= HEADLINE_LENGTH else ""


def _given_name(tokens: tuple[str, ...]) -> bool:
    """Does the form open with a common first name ('Thomas Perez'), not a word a headline capitalised
    ('Understated Perez', 'De Blasio')?"""
    return is_first_name(tokens[0])


_WORDS_AFTER = re.compile(r"^[ \u00a0](\w+)(?:[ \u00a0](\w+))?")


_AUXILIARIES = frozenset({"has", "had", "have", "would", "also", "then", "later"})  # 'Sotomayor has said'


def _speech_beside(before: str, after: str) -> bool:
    """'Trump mused', 'Trump tersely told', 'said Trump' (set lookups: this runs for every lone word)."""
    return _verb_after(after) or _verb_before(before) is not None


def _verb_after(after: str) -> bool:
    """'Trump mused', 'Trump tersely told', 'Sotomayor has said'."""
    words = _WORDS_AFTER.match(after)
    if not words:
        return False
    first, second = words.groups()
    if second == "to" and first in NOT_SPEECH_BEFORE_TO:
        return False  # 'because Mr. Lynch agreed to participate': consent, not speech
    return first in SPEECH_VERBS or ((first.endswith("ly") or first in _AUXILIARIES) and second in SPEECH_VERBS)


def _verb_before(before: str) -> str | None:
    """'said Trump': 'inverted' for an attribution after a quote or a comma ('…,” said Wilcox'), 'plain' where
    the name may open what was said ('Murphy said Trump continued …'), None with no speech verb before."""
    parts = before.rsplit(None, 1)
    last = parts[-1] if parts else ""
    if not before.endswith((" ", "\u00a0")) or last not in SPEECH_VERBS or last in OBJECT_CUES or last in _TOLD:
        return None  # 'telling Mic in an interview': the one told is no speaker
    return "inverted" if len(parts) == 2 and parts[0].endswith((",", "”", '"', "''", "—")) else "plain"


_TOLD = frozenset({"telling", "told", "tells"})  # not "asking": the one asked answers next


def speech_beside(body: str, start: int, end: int) -> bool:
    """Is the name at body[start:end] next to a speech verb ('Trump mused', 'said Trump')?"""
    return _speech_beside(body[max(0, start - 40) : start], body[end : end + 30])


def speech_after(body: str, end: int) -> bool:
    """Is the name ending at `end` followed by a speech verb ('Trump mused')?"""
    return _verb_after(body[end : end + 30])


def speech_before(body: str, start: int) -> str | None:
    """How the name starting at `start` follows a speech verb ('said Trump'), if it does; see `_verb_before`."""
    return _verb_before(body[max(0, start - 40) : start])


def _single_is_person(body: str, mention: Mention) -> bool:
    """A lone capitalised word is a person only with a title, an age, Mr./Ms., or a speech verb beside it
    or after an appositive ('Humphrey, for example, said')."""
    before = body[max(0, mention.start - 40) : mention.start]
    after = body[mention.end : mention.end + 30]
    title = title_before(before)
    if _AGE.match(after) or (title and title.lower() not in PARTIES):  # not 'Republican Sens.'
        return True
    if _NO_SUBJECT_AFTER.search(before) or _MODIFIES_A_NOUN.match(after):
        return False  # 'organizers in Cleveland say', 'said Concord resident Whit Symms': the verb is another's
    if mention.tokens[0] in _CAPITALS_NAMED_LIKE_PEOPLE:
        return False  # 'Washington has accused China': the government, unless a title or an age says otherwise
    if before.endswith(", ") and _KIN_BEFORE.search(before) and after[:1] == "," and is_first_name(mention.tokens[0]):
        return True  # 'Trump's wife, Melania, is scheduled to speak': she is named by her first name
    return bool(
        _speech_beside(before, after)
        or (after.startswith(",") and _APPOSITIVE_THEN_SPEECH.match(body, mention.end))
        or ("self" in after and _REFLEXIVE.match(after) is not None)  # 'Sanders compared himself to …'
        or (_WHO_AFTER.match(after) is not None and mention.tokens[0][:-1] not in NON_NAME_WORDS)
        or _speaks_as_he_next(body, mention, before)
    )  # 'Meanwhile Rihanna, who was honoured': bodies take 'which'; not 'Hispanics, who back'


_KIN_BEFORE = re.compile(
    r"\b(wife|husband|widow|widower|daughter|son|mother|father|sister|brother|niece|nephew|granddaughter|grandson)"
    r", $"
)
# Capitals that are also surnames, so not places of the lists: alone, with no fuller name, they stand for a
# government ('Washington believes Beijing has …'); 'Denzel Washington … Washington said' links to him first
_CAPITALS_NAMED_LIKE_PEOPLE = frozenset({"Washington"})
_WHO_AFTER = re.compile(r",[ \u00a0]who(?:se)?[ \u00a0]")
_SUBJECT_VERB = re.compile(r"[ \u00a0](?:\w+ly[ \u00a0])?[a-z]+ed\b")  # 'Carson defied', 'Poe quietly declined'
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_HE_SAID = re.compile(r"[,.?!]?[”\"][ \u00a0]+(?:he|she)[ \u00a0]+(?:\w+ly[ \u00a0]+)?[a-z]+")


def _speaks_as_he_next(body: str, mention: Mention, before: str) -> bool:
    """'Carson defied the question, and didn’t make a choice. “…,” he said.': a lone word opening the
    sentence, doing something, then a quote 'he' said in the same paragraph with no other name between."""
    if before.rstrip(" \u00a0")[-1:] not in ("", "\n", ".", "!", "?") or not _SUBJECT_VERB.match(body, mention.end):
        return False
    end = body.find("\n", mention.end)
    paragraph = body[mention.end : end if end >= 0 else len(body)]
    said = _HE_SAID.search(paragraph)
    if not said:
        return False
    between = _QUOTED.sub("", paragraph[: said.start() + 2])
    return not re.search(r"[A-Z]", between) and len(between) < 200


# A word after these is no subject: 'the cities of Blackpool and Liverpool said', 'a statement to Wired explaining',
# 'Dublin-based Shire called off', 'the mid-Atlantic states'; nor is one after 'the' a person ('The Hill reported')
_NO_SUBJECT_AFTER = re.compile(r"(?:\b(?:of|in|to|on|at|from|for|with|by|into|the|The)[ \u00a0]|-based[ \u00a0]|-)$")
# 'said Virginia delegate Beau Correll', 'wrote Time magazine': the word describes the noun after it
_MODIFIES_A_NOUN = re.compile(
    r"[ \u00a0](?:resident|delegate|spokesman|spokeswoman|co-host|host|executive|official"
    r"|officials|magazine|newspaper|aide|adviser|chairman|chairwoman|director|ranking)\b"
)


# 'Sanders himself', 'Sanders compared himself'; not 'the Lord's Prayer to herself'
_REFLEXIVE = re.compile(
    r"(?:\s+(?!(?:to|for|with|about|of|by|at|from|on|in|upon|against)\b)[a-z]+)?\s+(?:himself|herself)\b"
)


PARTIES = frozenset({"republican", "democrat", "democratic", "gop"})  # no title for a lone word


_APPOSITIVE_THEN_SPEECH = re.compile(
    r",\s[^,.;:“”\"]{1,60},\s+(?:\w+ly\s+)?(?:" + alternatives(SPEECH_VERBS - OBJECT_CUES) + r")\b"
)


def _word_before(body: str, start: int) -> str:
    """The word just before `start` (cheap: this runs for every mention)."""
    if start < 2 or body[start - 1] not in " \u00a0":
        return ""
    space = max(body.rfind(" ", max(0, start - 30), start - 1), body.rfind("\u00a0", max(0, start - 30), start - 1))
    newline = body.rfind("\n", space + 1, start - 1)  # 'President' of '… this year.¶President Obama'
    return body[max(space, newline) + 1 : start - 1]


def _note_role_and_age(body: str, mention: Mention, key: str, cast: Cast) -> None:
    if mention.org:
        return
    word = _word_before(body, mention.start).lower()
    if word in _TITLE_LAST_WORDS and (key not in cast.roles or word in _PLACED_TITLES):
        title = title_before(body[max(0, mention.start - 50) : mention.start])
        at = body.rfind(title, max(0, mention.start - 50), mention.start) if title else -1  # where the title starts
        if title and key not in cast.roles and title.lower() not in _NO_ROLE_TITLES:
            role = _title_case(_singular(_with_organisation(body, at, title)))
            if role.lower() in PARTIES:  # 'Democrat Ann Poe': her party, a role only if no title says more
                cast.parties.setdefault(key, role)
            else:  # 'Senate Intelligence Ranking Democrat' is a role
                cast.roles[key] = role
        placed = title and (_place_and_title(body, at, title) or _state_after(body, mention.end, title))
        if placed:  # 'Florida Sen. Marco Rubio', 'Sen. Marco Rubio (R-Fla.)' is 'the Florida senator' later on
            cast.described.setdefault(key, set()).add(placed)
    if body.startswith(", the ", mention.end):  # 'Mike Huckabee, the former Arkansas governor,'
        appositive = _APPOSITIVE.match(body, mention.end)
        # 'said José Núñez, the mayor of San Cristóbal.', 'Robert Ford, the U.S. ambassador to Syria,'
        text = appositive.group(1) if appositive else _titled_to_the_end(body, mention.end)
        if text:
            words = text.split()
            cast.described.setdefault(key, set()).add(" ".join(words).lower())
            if _role_like(words):
                cast.appositives.setdefault(key, " ".join(words))
            if len(mention.tokens) == 1 and words[-1].lower() in _ORGANISATION_NOUNS and "of" not in words:
                cast.orgs.add(key)  # 'Xinhua, the official Chinese news agency,': no 'he' of a later sentence
    elif body.startswith(",", mention.end):
        if body.endswith(", ", 0, mention.start):
            _note_appositive_before(body, mention, key, cast)
        if (  # cheap tests first: this runs for every name followed by a comma
            body.startswith((", a ", ", an "), mention.end)
            or _POSSESSOR_OPENS.match(body, mention.end)
            or _BARE_OPENS.match(body, mention.end)
        ):  # ', an analyst at …,', ', Apple's chief executive,', ', CEO of Acme Corp.', ', 44, director of …'
            _note_appositive_after(body, mention, key, cast)
    if key not in cast.ages and body.startswith(",", mention.end):
        age = _AGE.match(body[mention.end : mention.end + 8])
        if age and 0 < int(age.group(1)) < 120:
            cast.ages[key] = int(age.group(1))


def _note_appositive_after(body: str, mention: Mention, key: str, cast: Cast) -> None:
    """'Jordan Blake, an analyst at Meridian Securities, said', 'Tim Cook, Apple's chief executive, said': what the
    person is, by a role's word ('analyst') before what it is of or at; not a clause ('a man who …') or a group
    ('a Boston group')."""
    appositive = _appositive_words(body, mention.end)
    if not appositive:
        return
    words = appositive.split()
    relative = next((i for i, w in enumerate(words) if w in _RELATIVE_WORDS), None)
    if relative:  # 'an astronomer whose work reshaped the field', 'a governor who is close to …': the role before
        words = words[:relative]
    if (
        len(words) > MAX_ROLE_WORDS + 2
        or any("''" in w or (w in SPEECH_VERBS and w not in _NAMING_WORDS) for w in words)  # '… association stated'
        or not _titles_joined(words)
    ):
        return  # 'a lawyer and activist' (two roles, or a list), a title in doubled apostrophes
    head = _title_head(words)
    if head and _role_like([w for w in words[:head] if w != "and"]):
        if len(words) == 1 and words[0].lower() in PARTIES:  # 'John Kasich, a Republican,': his party
            cast.parties.setdefault(key, words[0])
        else:
            cast.appositives.setdefault(key, " ".join(words))


def _title_head(words: list[str]) -> int:
    """How many words, up to what the role is of or at, make its head, when the head ends in a title's word
    ('analyst' of 'analyst at Meridian'); else 0."""
    head = next((i for i, w in enumerate(words) if w in _ROLE_PREPOSITIONS), len(words))
    return head if head and words[head - 1].lower() in _TITLE_LAST_WORDS else 0


def _appositive_words(body: str, at: int, opens: re.Pattern[str] | None = None) -> str | None:
    """The words of ', a spokesman for Mrs. Ruiz,', ', Apple's chief executive,' or ', CEO of Acme Corp.' after a
    name ending at `at` (with `opens`, after that opening instead): up to a comma or the sentence's end (not the
    full stop of 'Mrs.'); None when no such opening follows the name."""
    if opens is not None:
        opening = opens.match(body, at)
    else:
        opening = _INDEFINITE_OPENS.match(body, at) or _POSSESSOR_OPENS.match(body, at) or _BARE_OPENS.match(body, at)
    if not opening:
        return None
    window = body[opening.end() : opening.end() + 70]
    end = first_sentence_end(window)
    if end:  # not cut at 'Mrs.' or 'U.S.'; the full stop of 'M.I.T.' kept
        window = window[:end] if "." in window[: end - 1].rsplit(" ", 1)[-1] else window[: end - 1]
    stop = _APPOSITIVE_STOPS.search(window)
    if stop and stop.group() in '“"' and window[: stop.start()].rstrip().endswith("."):
        return window[: stop.start()].rstrip()  # 'said Jane Doe, CEO of Acme Corp. “Our customers …”'
    if stop and stop.group() != ",":
        return None  # '(', ';', a quote mark: no plain description
    if not stop and not end:
        return None  # cut off by the window: too long for a role
    words = window[: stop.start()] if stop else window
    return words if len(words) >= 3 else None


def _titled_to_the_end(body: str, at: int) -> str | None:
    """', the mayor of San Cristóbal.', ', the U.S. ambassador to Syria,': a description by a title's word that
    the plain pattern does not take (it ends the sentence, or holds an abbreviation's full stop)."""
    text = _appositive_words(body, at, _THE_OPENS)
    return text if text and _title_head(text.split()) else None


_INDEFINITE_OPENS = re.compile(r",\s+an?\s+")
_THE_OPENS = re.compile(r",\s+the\s+")
# ', CEO of Acme', ', president of the union', ', 44, director of …': a title with no article, then what of
_BARE_OPENS = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?!(?:as|his|her|their|its|and|or|but|who|which|then|also|not)\s)"  # not 'his chief of staff'
    r"(?=(?:[a-z][\w-]*\s+){0,4}(?:[a-z][\w-]*|CEO|CFO|COO)\s+(?:of|for|at)\s)"
)
_POSSESSOR_OPENS = re.compile(r",\s+(?=[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}['’]s\s[a-z])")  # ', Apple's chief'
_APPOSITIVE_STOPS = re.compile(r"[,;:()“”\"\n]")
_ROLE_PREPOSITIONS = frozenset("at of for with in from on to".split())


def _titles_joined(words: list[str]) -> bool:
    """Does every 'and' join two titles ('president and chief executive officer of Calloway'), not two roles
    or a list ('a lawyer and activist')?"""
    return all(words[i - 1].lower() in _TITLE_LAST_WORDS for i, w in enumerate(words) if w == "and" and i)


_NAMING_WORDS = frozenset({"called", "named", "dubbed"})  # 'organizer of a group called Citizens for Trump'
_RELATIVE_WORDS = frozenset("who whose whom which that where when".split())


def _note_appositive_before(body: str, mention: Mention, key: str, cast: Cast) -> None:
    """'The shadow chancellor, Tom Berg, called …': a role that opens the sentence before the name it
    describes, ending in a title's word (not 'The next day, Berg, …')."""
    before = _APPOSITIVE_BEFORE.search(body, max(0, mention.start - 70), mention.start)
    if not before:
        return
    words = before.group(1).split()
    if words[-1].lower() in _TITLE_LAST_WORDS and _role_like(words):
        cast.described.setdefault(key, set()).add(" ".join(words).lower())
        cast.appositives.setdefault(key, " ".join(words))


def _role_like(words: list[str]) -> bool:
    """'former Arkansas governor', 'mayor of Oakland'; not a list of names ('Philadelphia Phillies'), a clause
    ('community immediately began calling …'), or a group ('two other political outsiders', 'liberals')."""
    lowered = [w.lower() for w in words]
    return (
        len(words) <= MAX_ROLE_WORDS
        and (len(words) > 1 or lowered[0] in _TITLE_LAST_WORDS)  # 'the governor', not 'the brusque'
        and (
            not all(w[:1].isupper() for w in words) or (len(words) == 1 and lowered[0] in _TITLE_SET)
        )  # 'The Chancellor'
        and not any(w in _NOT_IN_A_ROLE or w in SPEECH_VERBS or w.endswith("ed") or "''" in w for w in lowered)
        and not (lowered[-1].endswith("s") and not lowered[-1].endswith("ss") and "of" not in lowered)
    )


MAX_ROLE_WORDS = 6
# What an appositive calls an organisation ('the Canadian mining company'); not a person's 'director of the agency'
_ORGANISATION_NOUNS = frozenset(
    "agency company firm newspaper network broadcaster channel magazine tabloid website outlet group organization "
    "nonprofit charity publisher".split()
)
_NOT_IN_A_ROLE = frozenset(
    "who whom whose which that and or two three other began is are was were has have includes".split()
)
_APPOSITIVE = re.compile(r",\s+the\s+([^,.;:()“”\"]{3,60}?),")
_APPOSITIVE_BEFORE = re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))The\s+([^,.;:()“”\"\n]{3,60}),\s+$")
_ORGANISATION_BEFORE = re.compile(r"(?:[A-Z][\w.&’'-]*\s+){1,5}$")


# Titles a place may come before ('Florida Sen.', 'Boston Mayor'): worth reading again after the first role
_PLACED_TITLES = frozenset("sen. senator gov. governor rep. representative mayor congressman congresswoman".split())


def _place_and_title(body: str, at: int, title: str) -> str | None:
    """'Florida Sen.' -> 'florida senator', 'former Indiana Gov.' -> 'former indiana governor': the place
    written before the title starting at `at`, as a later 'the Florida senator' would put it."""
    place = _PLACE_BEFORE.search(body, max(0, at - 40), at) if at > 0 else None
    if place is None or place.group("place").split()[0] in _NOT_A_PLACE:
        return None
    return f"{place.group().lower()}{spelled_out(title)}"


# 'Florida ', 'former New York ': one or two capitalised words right before a title
_PLACE_BEFORE = re.compile(r"(?<![\w.])(?:former )?(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) $")
_NOT_A_PLACE = frozenset(
    "The A An And But Or When While As If So Then Now Republican Democratic Democrat GOP Independent".split()
)


def _state_after(body: str, end: int, title: str) -> str | None:
    """'Sen. Marco Rubio (R-Fla.)', 'Rep. Ann Poe, D-Calif.,', 'Sen. Ted Cruz of Texas' -> 'florida senator',
    'california representative', 'texas senator': the state a party code or 'of' gives after the name."""
    code = _PARTY_AND_STATE.match(body, end)
    if code is None:
        return None
    state = US_STATES.get((code.group("code") or code.group("name")).lower())
    return f"{state} {spelled_out(title)}" if state else None


# ' (R-Fla.)', ', D-N.Y.,', ' (R-TX)', ' of Texas' right after a titled name
_PARTY_AND_STATE = re.compile(
    r"(?: \(|, )[RDI]-(?P<code>[A-Z][A-Za-z.]{1,6}(?: ?[A-Z][a-z]*\.?)?)(?=\)|,)"
    r"| of (?P<name>(?:New |North |South |West |Rhode )?[A-Z][a-z]+)\b"
)


def _with_organisation(body: str, at: int, title: str) -> str:
    """'House Judiciary Committee Chairman', 'Fox News host': the organisation named before the title
    starting at `at`."""
    run = _ORGANISATION_BEFORE.search(body, max(0, at - 60), at) if at > 0 else None
    if run is None:
        return title
    words = run.group().split()
    ends = [i for i, w in enumerate(words) if _ends_a_sentence(w)]
    words = words[ends[-1] + 1 :] if ends else words  # 'Clinton. Republican National Committee spokesman'
    shouted = [i for i, w in enumerate(words) if len(w) > 2 and w.isupper() and w.lower() in common_words()]
    words = words[shouted[-1] + 1 :] if shouted else words  # 'IN DEADLY ISTANBUL EXPLOSION Turkish President'
    while words and words[0] in _OPENING_WORDS:
        words = words[1:]  # 'But UNH pollster', 'Even HBO comedian'
    if not any(w in ORG_WORDS or _is_acronym(w) for w in words):
        return title  # 'Fox News host', 'FBI Director'; not 'Florida'
    if words[-1].lower() in OFFICE_TITLES and title.lower() in ABBREVIATED_TITLES:
        return " ".join(words)  # 'House Oversight Committee Chairman Rep. Jason Chaffetz': the chairman, not 'Rep.'
    return " ".join(words) + " " + title


_OPENING_WORDS = SENTENCE_STARTERS | {"Even", "Also", "Only", "Just"}


def _is_acronym(word: str) -> bool:
    """'FBI', 'AFL-CIO': an organisation's initials (not 'TX', 'TV' or a lone capital)."""
    return len(word) > 1 and word.isupper() and word.replace("-", "").isalpha() and word not in CAPS_NO_NAME


def _ends_a_sentence(word: str) -> bool:
    """'Clinton.', 'Gutter.’': a capitalised word with a full stop; not 'U.S.', 'J.' or 'Gov.'."""
    if "." not in word:
        return False
    bare = word.rstrip("’'”\"")
    return bare.endswith(".") and "." not in bare[:-1] and len(bare) > 2 and bare[:-1].lower() not in ABBREVIATIONS


# 'Mr.' or 'Dr.' is no role, nor is a title shared with others ('Sens. Ana Ruiz and Tom Berg')
# Titles that are no role to print beside the name: honorifics, plurals, and a relation ('Trump's rival
# Hillary Clinton' is no 'Hillary Clinton, Rival')
_NO_ROLE_TITLES = frozenset(
    {"mr.", "mrs.", "ms.", "miss", "dr.", "mr", "mrs", "ms", "dr", "senators", "sens.", "reps.", "justices", "rival"}
)


# Titles of two or more people ('Professors Foner and Alba', 'Sens. Ann Poe and Tom Berg'): each holds one
_PLURAL_TITLES = frozenset("professors senators sens. reps. representatives governors drs. pastors justices".split())


def _singular(title: str) -> str:
    """'Professors' -> 'Professor', 'Democratic Sens.' -> 'Democratic Sen.': the role of each person titled."""
    head, _, last = title.rpartition(" ")
    if last.lower() not in _PLURAL_TITLES:
        return title
    one = last[:-2] + "." if last.endswith(".") else last[:-1]
    return f"{head} {one}" if head else one


def _title_case(title: str) -> str:
    """As written, with a capital first letter: 'Defense Secretary', 'Russian leader'."""
    return title[:1].upper() + title[1:]


def _after_quote(body: str, at: int) -> bool:
    """'…,” she said': that pronoun is the speaker, who need not be the person last named."""
    before = body[max(0, at - 4) : at]
    return "”" in before or '"' in before or "''" in before


def _learn_genders(body: str, cast: Cast, outside: list[tuple[int, int]]) -> None:
    """A gendered pronoun usually refers to the person last named before it."""
    people = [(m.end, k) for m, k in cast.mentions if k not in cast.orgs]
    count = len(people)
    index = 0
    last: str | None = None
    for start, end in outside:
        for match in _GENDER_WORD.finditer(body, start, end):
            at = match.start()
            if _after_quote(body, at):
                continue
            while index < count and people[index][0] <= at:
                last = people[index][1]
                index += 1
            word = match.group().lower()
            if word in _HONORIFICS:
                if index < count:
                    cast.genders.setdefault(people[index][1], Counter())[GENDERED[word]] += 2
            elif last is not None:
                if word in ("him", "her") and _object_of_their_verb(body, people[index - 1][0], at):
                    continue  # 'President Obama backed her up': her is someone else, him too
                if _cataphoric(body, people[index - 1][0], at):
                    continue  # 'With Mayor Marty Walsh by her side, Clinton …': her is Clinton's
                cast.genders.setdefault(last, Counter())[GENDERED[word]] += 1
                last = None  # the first pronoun after a name: later ones may be someone else's


_HONORIFICS = frozenset({"mr.", "mrs.", "ms."})
_OPENING_PREPOSITIONS = frozenset(
    "With Without In At After Before During Despite About Alongside Unlike Like For On Under Among Beside".split()
)


def _cataphoric(body: str, name_end: int, at: int) -> bool:
    """'With Mayor Marty Walsh by her side, Hillary Clinton turned', 'In an interview with Ana Ruiz about his
    film, the actor said': a pronoun inside the phrase that opens a sentence, name and all, stands for the
    subject after the comma, not for the name before it."""
    if "," in body[name_end:at] or "," not in body[at : at + 80]:
        return False  # the phrase ended between the name and the pronoun, or nothing closes it after
    begin = max(0, at - 250)
    window = body[begin:at]
    start = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    if (start < 0 and begin > 0) or "," in window[max(0, start) :]:
        return False  # no sentence start in reach (the body's own start is one), or a comma: the phrase has ended
    opening = window[start + 1 :].lstrip(' \n“"')
    dateline = DATELINE.match(opening)  # 'BOSTON —Standing in front of …'
    opening = opening[dateline.end() :] if dateline else opening
    first = opening.split(None, 1)[0] if opening else ""
    phrase_start = at - len(opening)
    opens = first in _OPENING_PREPOSITIONS or (first.endswith("ing") and first[:1].isupper())  # 'Standing with'
    return opens and name_end > phrase_start


def _object_of_their_verb(body: str, name_end: int, at: int) -> bool:
    """'Obama backed her', 'Trump called him': one verb between a name and 'her' or 'him' makes the pronoun
    its object, someone else ('Clinton and her campaign', 'Clinton said her plan' are hers)."""
    between = body[name_end:at]
    word = between.strip()
    return (
        len(between) < 16
        and between.startswith(" ")
        and between.endswith(" ")
        and word.isalpha()
        and word.islower()
        and word not in _NOT_A_VERB
        and word not in SPEECH_VERBS
    )


_NOT_A_VERB = frozenset("and or but with for of to in on at by from as than like about after before without".split())
