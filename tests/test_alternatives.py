"""Grouped alternations match exactly what the plain longest-first alternation matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from composer.extract.alternatives import alternatives
from composer.extract.speakers.cues import CUES

# Few letters, so that words share prefixes and one word is often the start of another
_WORDS = st.lists(st.text(alphabet="sat i.", min_size=1, max_size=6), min_size=1, max_size=30, unique=True)


def _plain(words: list[str], after: dict[str, str]) -> str:
    return "|".join(re.escape(w) + after.get(w, "") for w in sorted(words, key=len, reverse=True))


def _found(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(f"(?:{pattern})", text)]


@given(_WORDS, st.text(alphabet="sat i.x", max_size=40))
def test_grouped_alternation_finds_the_same_words_as_the_plain_one(words: list[str], text: str) -> None:
    assert _found(alternatives(words), text) == _found(_plain(words, {}), text)


@given(_WORDS, st.text(alphabet="sat i.x", max_size=40), st.data())
def test_a_word_s_lookahead_still_decides_it(words: list[str], text: str, data: st.DataObject) -> None:
    guarded = data.draw(st.lists(st.sampled_from(words), unique=True))
    after = dict.fromkeys(guarded, r"(?!\s*t)")  # like 'agreed(?!\s+to\b)': not when a 't' follows
    assert _found(alternatives(words, after), text) == _found(_plain(words, after), text)


def test_the_longer_cue_wins_where_one_starts_another() -> None:
    assert CUES.search("Poe says so").group() == "says"
    assert CUES.search("she went on to say").group() == "went on"
    assert CUES.search("once the Senate goes on recess, Poe said").group() == "said"  # 'goes on' wants ':' or 'to'


def test_words_with_regex_characters_are_taken_literally() -> None:
    pattern = re.compile(alternatives(["a.b", "a+", "a(b"]))
    assert pattern.fullmatch("a.b") and pattern.fullmatch("a+") and pattern.fullmatch("a(b")
    assert not pattern.fullmatch("axb")
