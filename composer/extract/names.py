"""Name mentions: runs of capitalised words that name a person or an organisation, with their offsets.

'Defense Secretary Pete Hegseth' -> 'Pete Hegseth'; 'Fox News’ Bret Baier' -> 'Fox News', 'Bret Baier';
'The', 'Monday', 'Ukraine' and a dateline in capitals are not names. `people` links the mentions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from composer.extract.patterns import (
    ABBREVIATED_TITLES,
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    NON_NAME_WORDS,
    ORG_SPEAKERS,
    ORG_WORDS,
    PLACE_NAMES,
    PLACE_PHRASES,
    PLACE_WORDS,
    SENTENCE_STARTERS,
    THING_WORDS,
    TITLES,
    common_words,
)

# A name token: Capitalised word (O'Brien, Jean-Luc, McCain, Özil, Wałęsa), initials (J., H.W.), or an acronym
# (NATO; not the HB of a bill 'HB2'). Letters reach past ASCII to Latin-1 and Latin Extended-A ('Lazăr',
# 'Erdoğan', 'Šefčovič').
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOW = "a-zß-öø-ÿĀ-ſ"
# 'SpaceX', 'OpenAI', 'PhRMA': a company's capitals at the end of a word (then a space or a mark; not the 'A'
# of a mangled 'PeÃ±a')
_CAPITALS_AT_THE_END = r"(?:[A-Z]{1,4}(?=[\s.,;:!?’'\"”)\]-]|$))?"
_NAME_TOKEN = (
    rf"(?:(?:[DO]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)*{_CAPITALS_AT_THE_END}(?:['’\-][A-Za-z{_LOW}]+)*"
    r"|(?:[A-Z]\.)+|[A-Z]{2,}(?:-[A-Z]{2,})*(?![A-Z\d]))(?:['’]s?)?"
)
_PARTICLE = r"(?:de|van|von|da|del|der|bin|al|la|le|du|di)"
_ARTICLE = r"(?:al|el)-"  # 'Bashar al-Assad', 'Anwar al-Awlaki': the Arabic article, joined to the surname
_ARTICLE_OPENS = ("al-", "Al-", "el-", "El-")


def surname(token: str) -> str:
    """The word a surname is known by: 'Assad' for 'al-Assad' and 'Al-Assad' ('Assad said' is Bashar al-Assad)."""
    return token[3:] if token.startswith(_ARTICLE_OPENS) and token[3:4].isupper() else token


# The first token again, written to open with its capital: a pattern that starts with a plain character class
# lets the regex engine skip straight to the next capital instead of trying every position.
_FIRST_TOKEN = (
    rf"[{_UP}](?<!\w[{_UP}])"
    rf"(?:(?<=[DO])['’][{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)*(?:['’\-][A-Za-z{_LOW}]+)*"
    rf"|[{_LOW}]+(?:[{_UP}][{_LOW}]+)*{_CAPITALS_AT_THE_END}(?:['’\-][A-Za-z{_LOW}]+)*|\.(?:[A-Z]\.)*"
    rf"|[A-Z]{{2,}}(?:-[A-Z]{{2,}})+(?![A-Z\d])"
    rf"|[A-Z]+(?![A-Z\d]))(?:['’]s?)?"  # 'AFL-CIO' is one acronym; 'R-TX' is a party and a state
)
# 'AT&T', 'Procter & Gamble': an ampersand joins the words of a company's name
_CAPS = re.compile(rf"{_FIRST_TOKEN}(?:[ \u00a0]+(?:&[ ]+)?(?:{_PARTICLE}[ ]+|{_ARTICLE})?{_NAME_TOKEN}|&[A-Z][\w]*)*")


_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def without_possessive(word: str) -> str:
    """'Trump’s' -> 'Trump', 'Jones'' -> 'Jones' (str methods: this runs for every capitalised word)."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
# 'U.S. District Judge …', 'N.J. Gov. …', 'Washington D.C.': places written as initials, never part of a name
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. D.C. N.Y. N.J. N.H. N.C. S.C. N.M. N.D. S.D. R.I. L.A.".split())


def is_first_name(word: str) -> bool:
    """A common first name from the lists ('Thomas', 'Hillary'), whichever its gender."""
    return word in MALE_FIRST_NAMES or word in FEMALE_FIRST_NAMES


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    tokens: tuple[str, ...]
    org: bool


def _first_name_like_a_word(tokens: list[str], first: int, last: int) -> bool:
    """'April Mellody', 'Jan Brewer', 'Christian Pardo', 'German Ortega': a month or a common word that is a first
    name, before a surname and nothing else."""
    return (
        tokens[first] in _FIRST_NAMES_TOO
        and last - first == 2
        and tokens[first + 1].rstrip(".") not in NON_NAME_WORDS
        and tokens[first + 1] not in ORG_WORDS  # 'German Council'
        and tokens[first + 1].lower() not in _TITLE_WORDS
        and tokens[first + 1].lower() + "." not in _TITLE_WORDS  # 'Christian Rev. …'
        and not tokens[first + 1].endswith(("al", "ic", "ian", "ist"))  # 'Christian Evangelical': an adjective
    )


# (not "May": "May Day"); 'German Ortega' is Germán, not a German
_FIRST_NAMES_TOO = frozenset({"April", "June", "Jan", "Christian", "German"})


def _title_before_a_name(tokens: list[str], first: int, title: int, last: int) -> bool:
    """'Texas Gov. Greg Abbott', 'Judiciary Committee Chairman Bob Goodlatte': the name after the title is
    the person; in 'Criminal Defense Lawyers' or 'Israel Defense Forces' the title word is the organisation's."""
    if any(t in ORG_WORDS for t in tokens[title:last]):
        return False
    return last - title > 2 or not any(t in ORG_WORDS for t in tokens[first:title])


def _surname_after_a_first_name(tokens: list[str], first: int, last: int) -> bool:
    """'David French', 'Theresa May', 'Mark White': a common word that is a surname after a first name."""
    return last - first == 2 and tokens[last - 1] in SURNAMES_TOO and is_first_name(tokens[first])


_HONORIFICS = ("Mr. ", "Ms. ", "Mrs. ", "Dr. ")
# Common words that are surnames after a first name ('David French', 'Ian Read'). Alone, they are a name after
# Mr. or Ms.; the cast finds the rest ('White said' after 'Richardson White').
SURNAMES_TOO = frozenset({"French", "White", "English", "May", "Christian", "House", "Price", "Young", "Read", "From"})
_ORG_SURNAMES = frozenset({"Hall", "Church", "Post", "Banks", "Borders", "Star", "Sun", "Browns"})
PLACE_SURNAMES = frozenset({"West", "North", "Bay", "Park", "Lake"})  # place words that are surnames after a first name


def _middle_name_like_a_place(tokens: list[str]) -> bool:
    """'Kathleen Hall Jamieson': a first name, then a place word inside the name, not at its end."""
    return (
        len(tokens) >= 3
        and is_first_name(tokens[0])
        and tokens[-1] not in PLACE_WORDS
        and not any(t.lower() in TITLE_WORDS for t in tokens)
    )


def outside(body: str, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of the body between the `blocked` spans (sorted, not overlapping)."""
    stretches, at = [], 0
    for start, end in blocked:
        if start > at:
            stretches.append((at, start))
        at = max(at, end)
    stretches.append((at, len(body)))
    return stretches


def find_mentions(body: str, stretches: list[tuple[int, int]]) -> list[Mention]:
    """Name mentions in the given stretches of the body (outside quotes and Title Case lines)."""
    out = []
    for start, end in stretches:
        _mentions_in(body, start, end, out)
    return out


def title_case_lines(body: str) -> list[tuple[int, int]]:
    """Lines in Title Case throughout, headlines and subheads ('Bernie Sanders Isn’t Impressed By The Deal.'):
    their capitals are style, not names ('Impressed By The Deal')."""
    spans = []
    for line in _LINE.finditer(body):
        if line.end() - line.start() > 300:
            continue  # 25 words of a headline fit in 300 characters: a longer line is a paragraph
        if _styled(line.group().split(None, 4)[:4]):  # most lines show a lower-case word at once
            words = line.group().split()
            if 4 <= len(words) <= 25 and _styled(words):
                spans.append((line.start(), line.end()))
    return spans


def _styled(words: list[str]) -> bool:
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _HEADLINE_SMALL_WORDS for w in words)


_LINE = re.compile(r"[^\n]+")


_HEADLINE_SMALL_WORDS = frozenset(
    "a an the of to in on for and or at by with vs from as after over into about up than".split()
)


def _mentions_in(body: str, start: int, end: int, out: list[Mention]) -> None:
    joined_to = start  # past the end of an organisation's name read on past 'of'
    for match in _CAPS.finditer(body, start, end):
        text = match.group()
        if match.start() and body[match.start() - 1] in "@#/" and _handle_or_link(body, match.start(), match.end()):
            continue  # '@HillaryClinton', '#NeverTrump', a link's 't.co/SkKglwQycb': no one named in the story
        found = _run_mentions(text)
        if not found and text not in SURNAMES_TOO:
            if text in _OUTLETS and body.endswith(("the ", "The "), max(0, match.start() - 4), match.start()):
                out.append(Mention(match.start(), match.end(), (text,), True))  # 'the Post reported'
            elif (word := text.removeprefix("The ")) in _INSTITUTIONS and match.start() >= joined_to:
                out.append(Mention(match.end() - len(word), match.end(), (word,), True))  # 'Centers for Disease …'
                if _join_of(body, end, out):
                    joined_to = out[-1].end
                else:
                    out.pop()
            continue  # 'The', 'But', 'Monday': most runs, so the cheapest way out comes first
        at = match.start()
        if at < joined_to and (not found or at + found[-1][1] <= joined_to):
            continue  # read already: 'British Columbia' in 'Business Council of British Columbia'
        if _is_dateline(body, at, text):
            continue
        if text in SURNAMES_TOO and body.endswith(_HONORIFICS, max(0, at - 5), at):
            out.append(Mention(at, match.end(), (text,), False))  # 'Ms. White'
            continue
        for first, last, tokens, org in found:
            if at + first >= joined_to:  # 'Thomas Frieden' after 'Centers for Disease Control Director'
                out.append(Mention(at + first, at + last, tokens, org))
        if found and found[-1][3] and at + found[-1][1] == match.end() and _join_of(body, end, out):
            joined_to = out[-1].end


_WIRE_TAG_END = re.compile(r"\w*/")  # the rest of '/PRNewswire/'


def _handle_or_link(body: str, at: int, end: int) -> bool:
    """Is the run of capitals at `at`, after '@', '#' or '/', part of a handle, a hashtag, a link or a press
    release's ' /PRNewswire/'? (Not the 'Getty Images' of 'Reuters/Getty Images', or the 'ORC' of a 'CNN/ORC'
    poll.)"""
    if body[at - 1] != "/" or (at > 1 and body[at - 2].isspace() and _WIRE_TAG_END.match(body, end)):
        return True  # not the 'Wall Street Journal' of 'NBC/Wall Street Journal/Marist'
    word = body[max(0, at - 40) : at].rsplit(None, 1)[-1] if body[max(0, at - 40) : at].strip() else ""
    return "." in word or ":" in word  # 't.co/…', 'https://…/'


# Words that name an institution alone, before 'of' or 'for' and the rest of its name ('University of Chicago',
# 'Club for Growth'); not the words of 'News of PGA’s decision' or 'Campaign for Trump'.
_INSTITUTIONS = frozenset(
    """University Institute Institutes Academy Academies Consortium Center Centers Centre Office Department Ministry
    Club Union Bank Organization Foundation Council Committee Commission Federation League Museum Society
    Association Bureau Agency Board Court School College Coalition Alliance Fund Airlines Conference""".split()
)
# ' of the Interior', ' for Disease Control', ' for Strategic and International Studies': up to four capitalised
# words, maybe joined by 'and', not a possessive's 's or a full stop
_OF_WHAT = re.compile(r" (of|for) ((?:the )?[A-Z][\w&-]*(?:(?: &| and)? [A-Z][\w&-]*){0,3})\b")


def _join_of(body: str, end: int, out: list[Mention]) -> bool:
    """'Business Council of British Columbia', 'Centers for Disease Control', 'Foundation for Defense of
    Democracies': an organisation's name goes on past 'of' or 'for' (the next runs are then read again, and their
    own mentions, if any, are dropped). Whether it went on at all."""
    joined = False
    while (org := out[-1]).tokens[-1] in ORG_WORDS:  # not 'RNC Chief of Staff Katie Walsh': a title goes on
        of = _OF_WHAT.match(body, org.end, end)
        if not of or (of.group(1) == "for" and not _for_goes_on(body, org, of)):
            break
        words = _before_another_name(of.group(2).split())
        person = next((k for k in range(len(words)) if _names_a_person(words, k)), len(words))
        if person < len(words) and (person == 0 or words[person - 1] == "the"):
            break  # 'Chief of Staff Katie Walsh': a person's title, not the rest of the name
        words = words[:person]  # 'Department of Defense' of 'Department of Defense Chief of Staff Dana Bash'
        if len(words) > 1 and words[-1].lower() in _ONE_WORD_TITLES and _NAME_NEXT.match(body, of.end()):
            words.pop()  # '… for Disease Control and Prevention' of '… and Prevention Director Tom Frieden'
        out[-1] = Mention(org.start, of.start(2) + len(" ".join(words)), (*org.tokens, of.group(1), *words), True)
        joined = True
    return joined


_NAME_NEXT = re.compile(r" [A-Z][a-z]")


def _before_another_name(words: list[str]) -> list[str]:
    """'Management and Budget', 'Health and Human Services' go on; 'Chicago and Harvard', 'Journalists and National
    Association', 'Zurich and Gordon Hanson', 'Springfield and Lakeside College' are two names: the words before
    the 'and'."""
    if "and" not in words:
        return words
    at = words.index("and")
    before, after = words[at - 1], words[at + 1]
    if (
        before in PLACE_NAMES
        or before.endswith("ists")
        or after in _ORG_OPENERS
        or _names_a_person(words, at + 1)
        or words[-1] in _INSTITUTIONS  # 'University of Springfield and Lakeside College'
    ):
        return words[:at]
    return words


def _for_goes_on(body: str, org: Mention, of: re.Match) -> bool:
    """'Center for Security Policy', 'Club for Growth'; not 'Edison Research for the Associated Press', a client,
    or 'the Marriott for Trump’s watch party', a person's."""
    return org.tokens[-1] in _INSTITUTIONS and " the " not in of.group() and not body.startswith(("'", "’"), of.end())


def _names_a_person(words: list[str], k: int) -> bool:
    """'Katie', 'Director Tom Frieden' or 'Chief of Staff' past 'of': a person or a person's title; not 'Health'
    or 'Homeland', words of a title ('health secretary') that are no title alone, or the 'Justice' that ends
    'Coalition for Real Justice'."""
    word = words[k].lower()
    return is_first_name(words[k]) or word in _TITLE_OPENERS or (word in _ONE_WORD_TITLES and k + 1 < len(words))


_ONE_WORD_TITLES = frozenset(t for t in TITLES if " " not in t)
_TITLE_OPENERS = frozenset({"chief", "deputy", "assistant", "acting", "vice"})  # 'Chief of Staff'


@functools.lru_cache(maxsize=1 << 16)
def _run_mentions(text: str) -> tuple[tuple[int, int, tuple[str, ...], bool], ...]:
    """The mentions in a run of capitalised words, as (start, end, tokens, org) relative to the run.
    A run's verdict depends on its text alone, and the same runs come back article after article."""
    if " " not in text and "\u00a0" not in text:
        word = without_possessive(text)
        org = _single_word_is_org(word)
        return () if org is None else ((0, len(word), (word,), org),)
    found = []
    for offsets, tokens in _groups(text):
        span = _name_span(tuple(tokens))
        if span is not None:
            first, last, org = span
            kept = (*tokens[first : last - 1], without_possessive(tokens[last - 1]))  # 'Magistrates' Court' kept
            found.append((offsets[first], offsets[last - 1] + len(kept[-1]), kept, org))
    return tuple(found)


def _is_dateline(body: str, start: int, text: str) -> bool:
    """'WASHINGTON —', 'COLUMBIA, S.C.': a place in capitals opening a paragraph, never a speaker."""
    return (start == 0 or body[start - 1] == "\n") and len(text) > 3 and text.isupper()


def _camel_case(word: str) -> bool:
    """'BlackRock', 'FedEx', 'SpaceX', 'PhRMA': a capital inside the word, as companies and groups write their
    names; not a surname's ('McDonald', 'DeSantis', 'LaGuardia', 'MacArthur') nor a first name's ('LeBron',
    'RoseAnn', 'JoAnne': first names run together)."""
    if word.isupper() or word[1:].islower() or word.startswith(_INNER_CAPITAL_NAMES):
        return False
    inner = [i for i in range(1, len(word)) if word[i - 1].islower() and "A" <= word[i] <= "Z"]  # 'RaÃºl' has none
    if not inner:
        return False
    parts = [word[a:b] for a, b in zip([0, *inner], [*inner, len(word)], strict=True)]
    return not (is_first_name(parts[-1]) and (len(parts[0]) <= 3 or is_first_name(parts[0])))


_INNER_CAPITAL_NAMES = tuple("Mc Mac De Di Da Du La Le Van Von Ja Ke Ta St Fitz O' O’ D' D’".split())


def _single_word_is_org(word: str) -> bool | None:
    """None when a lone capitalised word cannot be a name; else whether it names an organisation."""
    if len(word) < 2 or _never_a_name(word) or word in _SUFFIXES or word.endswith(".") or word in CAPS_NO_NAME:
        return None
    if word.lower() + "." in ABBREVIATED_TITLES:
        return None  # 'Col' of 'Lt. Col. Ann Poe': a title, its full stop read as the run's end
    if _camel_case(word):
        return True
    org = word in ORG_WORDS or word.isupper() or word.lower() in ORG_SPEAKERS
    if (word in PLACE_WORDS or word in PLACE_NAMES) and not org:
        return None
    if org and not word.isupper() and word.lower() not in ORG_SPEAKERS:
        return None  # 'Committee', 'Party' alone
    return org


# Capitals that abbreviate no organisation: US states ('Sen. Ted Cruz (R-TX)'), time zones, and the like
CAPS_NO_NAME = frozenset(
    """AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH
    OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY TV VP EST EDT PST PDT CST CDT MST AM PM GIF SUV DNA IT HB QA CD
    MP PIC LGBT LGBTQ WWI WWII FOIA""".split()
)


def _never_a_name(word: str) -> bool:
    return word.rstrip(".") in NON_NAME_WORDS or word.lower() in _TITLE_WORDS


def _groups(text: str) -> list[tuple[list[int], list[str]]]:
    """Split 'Fox News’ Bret Baier' at the possessive: two groups of (token offsets, tokens). A plural's
    apostrophe before an organisation's word is inside the name: 'Leeds Magistrates' Court', 'Teachers’ Union'."""
    groups: list[tuple[list[int], list[str]]] = []
    position = 0
    offsets: list[int] = []
    current: list[str] = []
    tokens = text.split()
    for i, token in enumerate(tokens):
        at = text.index(token, position)
        position = at + len(token)
        offsets.append(at)
        current.append(token)
        if token.endswith(_POSSESSIVE_ENDS) and not _plural_in_a_name(token, tokens[i + 1 :]):
            groups.append((offsets, current))
            offsets, current = [], []
    if current:
        groups.append((offsets, current))
    return groups


def _plural_in_a_name(token: str, following: list[str]) -> bool:
    """'Magistrates' Court', 'Teachers’ Union', 'Women's Tennis Association': a plural noun's apostrophe in a
    name an organisation's word ends (not 'Sanders’ Senate', a person's, nor 'Fox News’ Bret Baier')."""
    if not following or not token.endswith(("'", "’", "'s", "’s")) or following[-1] not in ORG_WORDS:
        return False
    plural = token.lower().replace("’", "'")
    if plural.endswith("'s"):
        return plural[:-2] in _IRREGULAR_PLURALS
    return plural[:-1] in common_words() or plural[:-1] in _PLURALS_IN_NAMES


_IRREGULAR_PLURALS = frozenset({"women", "men", "children", "people"})


_PLURALS_IN_NAMES = frozenset({"magistrates", "peoples", "builders", "miners", "chiefs"})


def _name_span(raw: tuple[str, ...]) -> tuple[int, int, bool] | None:
    """Which of a run of capitalised tokens are a name, tokens[first:last], and whether it is an
    organisation; None when none are."""
    tokens = [without_possessive(t) for t in raw]
    first, last = 0, len(tokens)
    while first < last and (
        tokens[first].rstrip(".") in NON_NAME_WORDS
        or tokens[first].lower() in _TITLE_WORDS
        or tokens[first] in _PLACE_INITIALS
        or ("-" in tokens[first] and _COMPOUND_ADJECTIVE.match(tokens[first]))
    ):
        if _first_name_like_a_word(tokens, first, last):
            break
        first += 1
    while last > first and (
        ("-" in tokens[last - 1] and _COMPOUND_ADJECTIVE.match(tokens[last - 1]))
        or tokens[last - 1].rstrip(".") in NON_NAME_WORDS
        or tokens[last - 1] in _SUFFIXES
        or tokens[last - 1] in _PLACE_INITIALS
        or tokens[last - 1].lower() + "." in ABBREVIATED_TITLES  # 'Texas Lt' of 'Texas Lt. Gov. Dan Patrick'
        or _shouted_after(tokens, first, last)
        or _title_after_an_organisation(tokens, first, last)
    ):
        if tokens[last - 1] in ORG_WORDS and last - first > 1:
            break  # 'Judicial Watch', 'Human Rights Watch': a word that ends an organisation's name
        if _surname_after_a_first_name(tokens, first, last):
            break
        last -= 1
    inner = [k for k in range(first, last - 1) if tokens[k].lower() in _TITLE_WORDS]
    if inner and _title_before_a_name(tokens, first, inner[-1], last):
        first = inner[-1] + 1
    named = [k for k in range(first, last - 2) if tokens[k] in ORG_WORDS and is_first_name(tokens[k + 1])]
    if named:  # 'Undersecretary for Political Affairs Wendy Sherman': the office ends where the person begins
        first = named[-1] + 1
    breaks = [k for k in range(first, last - 1) if tokens[k] in SENTENCE_STARTERS or tokens[k] in _INNER_BREAKS]
    if breaks:  # 'U.S. While Clinton', 'Clinton Sides With George W. Bush': such a word is never inside a name
        first = breaks[-1] + 1
    kept = tokens[first:last]
    if "&" in kept:  # 'Procter & Gamble', 'Johnson & Johnson': a company
        return (first, last, True) if kept[0] != "&" and kept[-1] != "&" else None
    if not kept or any(len(t) == 1 for t in kept):
        return None
    words = set(kept)
    parts = words | {part for t in kept if "-" in t for part in t.split("-")}  # 'Chicago Sun-Times'
    org = (
        not parts.isdisjoint(ORG_WORDS)
        or any(t.isupper() and t.replace("-", "").isalpha() and len(t) > 1 for t in kept)  # "FBI", "AFL-CIO"
        or (len(kept) == 2 and kept[0].lower() in ORG_SPEAKERS and kept[1] in PLACE_NAMES)  # 'Breitbart London'
        or any(_camel_case(t) for t in kept)  # 'SiriusXM Patriot', 'BlackRock Capital'
    )
    if org and len(kept) == 2 and kept[1] in _ORG_SURNAMES and kept[0] in MALE_FIRST_NAMES | FEMALE_FIRST_NAMES:
        org = False  # 'Max Hall', 'Frank Church': a first name and a surname that is also an organisation's word
    place = (not words.isdisjoint(PLACE_WORDS) and not _middle_name_like_a_place(kept)) or (
        len(kept) == 1 and kept[0] in PLACE_NAMES  # 'But California offered', 'In Texas,'
    )
    if not place and len(kept) == 2:
        place = f"{kept[0]} {kept[1]}" in PLACE_PHRASES  # 'Capitol Hill', 'Des Moines'
    elif place and len(kept) == 2 and kept[1] in PLACE_SURNAMES and is_first_name(kept[0]):
        place = False  # 'Cornel West', 'Oliver North', 'Michael Bay'; not 'Boca West'
    if place and not org:
        return None
    if (
        kept[-1] in THING_WORDS
        and not org
        and not (len(kept) == 2 and is_first_name(kept[0]) and kept[-1] in _THING_WORDS_THAT_ARE_SURNAMES)
    ):
        return None  # 'World War', 'Election Day', 'Rose Bowl', 'Kelly File'; not 'Kristen Day', 'John Tower'
    if all(t.endswith(".") for t in kept):
        return None
    while org and first > 0 and tokens[first - 1] in _ORG_OPENERS and (len(kept) > 1 or kept[0] in ORG_WORDS):
        first -= 1  # 'Democratic National Committee', 'American Federation': part of the name
    if (
        org
        and last - first == 1
        and not kept[0].isupper()
        and kept[0].lower() not in ORG_SPEAKERS
        and not (kept[0] in _OUTLETS and first > 0 and tokens[first - 1] == "The")  # 'The Times reported'
    ):
        return None
    return first, last, org


# Titles an organisation gives ('Committee Chairman'); not 'Leader', which ends 'New Hampshire Union Leader'
OFFICE_TITLES = frozenset("chairman chairwoman chair director spokesman spokeswoman spokesperson secretary".split())
_ENDING_TITLES = OFFICE_TITLES | {"chief"}


# The words of THING_WORDS that are surnames too, after a first name: 'Kristen Day', 'John Tower', 'Henry Lodge'
_THING_WORDS_THAT_ARE_SURNAMES = frozenset("Day Time Heart Eve Core Harbor Creek Tower Lodge Palace Inn Shoal".split())


def _title_after_an_organisation(tokens: list[str], first: int, last: int) -> bool:
    """'House Oversight Committee Chairman' before 'Rep. Jason Chaffetz', 'NSA Director', 'Clinton Chief' of
    'Clinton Chief of Staff Cheryl Mills': a name, and a title of its own (no name ends in one)."""
    return last - first > 1 and tokens[last - 1].lower() in _ENDING_TITLES


def _shouted_after(tokens: list[str], first: int, last: int) -> bool:
    """'Ann Poe COULD win': a common word in capitals after a name that is not in capitals is emphasis."""
    word = tokens[last - 1]
    return len(word) > 2 and word.isupper() and not tokens[first].isupper() and word.lower() in common_words()


# 'Chicago-based', 'Indiana-born', 'Prize-winning', 'Botox-maker': a word made an adjective, no part of a name
_COMPOUND_ADJECTIVE = re.compile(
    r"(?:Anti|Co|Pro)-[a-z][a-z-]*$|[A-Z][\w’']*-(?:based|born|bred|backed|backing|winning|led|linked|style|type|era|held"
    r"|controlled|themed|endorsing|supporting|sponsored|maker|leaning|owned|run|funded|aligned|allied|friendly"
    r"|inspired|made|ers)$"
)  # not 'Ban Ki-moon', 'Han Min-koo'
# A newspaper's last word, which stands for the paper after 'the' ('the Post', 'The Times reported').
_OUTLETS = frozenset(
    "Post Times Journal Globe Tribune Herald Examiner Guardian Telegraph Independent Observer Chronicle Inquirer"
    " Courier Dispatch".split()
)
# Words that are no names of people but open an organisation's ('Democratic National Committee').
_ORG_OPENERS = frozenset(
    "Democratic Republican American National White Senate House Russian Chinese British European German French "
    "Israeli Iranian Mexican Canadian Hispanic Latino Arab Jewish Catholic African Asian Soviet Saudi General".split()
)  # 'General Electric', 'General Motors': a title word that opens a company's name
# Capitalised only in Title Case text, never inside a name (lower-case 'of' in 'Bank of America' is fine).
_INNER_BREAKS = frozenset("With To For Of In On At By From Are Is Was Were Says Said Over Against Into About".split())
TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())
_TITLE_WORDS = TITLE_WORDS
