"""Key facts: verbatim sentences ranked by what a thread's reader needs first, with their numbers."""

from __future__ import annotations

import re

from composer.blocks import Number
from composer.extract.alternatives import alternatives

_MONTHS = {
    m: i
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
         "sep sept september", "oct october", "nov november", "dec december"),
        1,
    )
    for m in names.split()
}  # fmt: skip
_NUMBER = re.compile(
    r"(?=[$€£0-9FfSsTtJMAOND])"  # the characters a number starts with, so the engine skips to them
    r"(?:(?P<date>\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (?:[12]\d|3[01]|0?[1-9])\b(?![,.]\d)(?:,? (?:19|20)\d{2}\b)?)"
    r"|(?P<money>[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|thousand))?)"
    r"|(?P<percent>\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b))"
    r"|(?P<year>\b(?:19|20)\d{2}\b)"
    r"|(?P<ordinal>\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|tenth)\b)"
    r"|(?P<count>\b\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|thousand))?\b))",
    re.IGNORECASE,
)
_AGE = re.compile(r"[A-Z][\w’'-]+,\s(\d{1,3}),")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Word stems that mark an event: a sentence with one tells the reader what happened.
EVENT_STEMS = (
    "announc", "ruled", "killed", "died", "won", "lost", "elected", "signed", "approved", "rejected", "launch",
    "arrest", "charged", "voted", "passed", "banned", "fired", "resign", "closed", "opened", "attack", "agreed",
    "visit", "trip", "deal", "war", "election",
)  # fmt: skip
_DIGITS = re.compile(r"[0-9]+")
# Substring tests, cheaper than any regex scan: most sentences hold no number at all
_DIGIT_CHARS = "0123456789"
_ORDINAL_ENDS = ("irst", "econd", "hird", "ourth", "ifth", "enth")  # 'first' … 'tenth', looked for in lower case
_EVENT = re.compile(r"\b(?:" + alternatives(EVENT_STEMS) + ")")


def numbers(text: str) -> tuple[Number, ...]:
    digits = any(map(text.__contains__, _DIGIT_CHARS))
    if not digits and not any(map(text.lower().__contains__, _ORDINAL_ENDS)):
        return ()
    found = (
        [Number(text=m.group(1), value=float(m.group(1)), unit="age") for m in _AGE.finditer(text)] if digits else []
    )
    ages = {n.text for n in found}
    for match in _NUMBER.finditer(text):
        unit = match.lastgroup or "count"
        if unit == "count" and match.group() in ages:
            continue
        value = _value(match.group(), unit)
        if value is not None:
            found.append(Number(text=match.group(), value=value, unit=unit))
    return tuple(found)


def _value(text: str, unit: str) -> float | None:
    lowered = text.lower()
    if unit == "date":
        return _date_value(lowered)
    if unit == "ordinal":
        return float(_ORDINALS.get(lowered) or re.sub(r"\D", "", lowered) or 0) or None
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not digits:
        return None
    value = float(digits.group().replace(",", ""))
    scale = next((v for k, v in _SCALE.items() if k in lowered), 1.0)
    return value * scale


def _date_value(lowered: str) -> float | None:
    """'feb. 27, 2016' -> 20160227, 'june 7' -> 607: the date as YYYYMMDD, or MMDD without its year."""
    month, day, *year = lowered.replace(",", " ").replace(".", " ").split()
    number = _MONTHS.get(month)
    if number is None:
        return None
    return float((int(year[0]) * 10_000 if year else 0) + number * 100 + int(day))


def score(text: str, words: int, position: int, quoted_share: float, named: int) -> float:
    """0..1 for a sentence of `words` words: the lede first, then sentences rich in people, numbers and
    events; quotes sink."""
    value = 0.35 * (1.0 / (1 + position * 0.35))
    value += 0.2 * min(named, 2) / 2
    if any(map(text.__contains__, _DIGIT_CHARS)):  # most sentences have none: a substring test is cheaper
        value += 0.15 * min(len(_DIGITS.findall(text)), 2) / 2
    value += 0.1 * bool(_EVENT.search(text.lower()))
    value += 0.2 * (1 - quoted_share)
    if words < 6 or words > 60:
        value *= 0.5
    return round(max(0.0, min(1.0, value)), 3)
