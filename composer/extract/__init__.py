"""Stage 2: an Article in, a Brief out. Pure, deterministic, offline.

from composer.extract import extract
brief = extract(article)
"""

from __future__ import annotations

import bisect
import re

from composer.blocks import Article, Brief, Fact, Quote, Span, SpeakerRef
from composer.extract import facts as fact_rank
from composer.extract.headline import headline_from_lede, summary_from
from composer.extract.people import Cast, find_cast
from composer.extract.quotes import Quoted, find_quoted, is_title_like, words
from composer.extract.sentences import DATELINE, Segment, all_sentences
from composer.extract.single_marks import as_double_marked
from composer.extract.speakers import Attribution, Attributor
from composer.slugs import slugify

# Where a sentence may end before a quote: after '. ', or after '.” ' (a full stop inside the marks)
_SENTENCE_ENDS = tuple(mark + close + " " for mark in ".!?" for close in ("", "”", '"', "’"))
MIN_QUOTE_WORDS = 3  # one- and two-word quotes are scare quotes or labels, not something said
MAX_FACTS = 8
LEAD_WINDOW = 300  # characters before a quote that decide whether it is introduced (full) or inside a sentence
FACT_WINDOW = 25  # sentences further down rarely outrank the top of the story; not scoring them saves time


def extract(article: Article) -> Brief:
    body = article.body
    marked = as_double_marked(body)  # read with its quote marks made double; every text cut from `body`
    quoted = find_quoted(marked)
    cast = find_cast(marked, [(q.outer_start, q.end) for q in quoted])  # a signature inside the marks is read
    sentences = all_sentences(marked)
    attributions = Attributor(marked, cast, sentences).attribute(quoted)
    quotes = _quotes(marked, quoted, attributions, cast, sentences, body)
    cued = {item.outer_start for item, attribution in zip(quoted, attributions, strict=True) if attribution.cue}
    facts = _facts(marked, sentences, quoted, cast, body, cued)
    headline = article.title or headline_from_lede(facts[0].text if facts else body[:200])
    by_position = sorted(facts[:3], key=lambda f: f.start)
    return Brief(
        article=article,
        headline=headline,
        summary=summary_from([f.text for f in by_position]) or headline,
        quotes=tuple(quotes),
        facts=tuple(facts),
        people=cast.people(frozenset(a.speaker for a in attributions if a.speaker)),
        slug=slugify(headline),
    )


def is_quote(body: str, quoted: Quoted) -> bool:
    text = body[quoted.start : quoted.end]
    return len(words(text)) >= MIN_QUOTE_WORDS and not is_title_like(text)


def _quotes(
    body: str,
    quoted: list[Quoted],
    attributions: list[Attribution],
    cast: Cast,
    sentences: list[Segment],
    original: str,
) -> list[Quote]:
    out: list[Quote] = []
    for item, attribution in zip(quoted, attributions, strict=True):
        if not is_quote(body, item):
            continue
        speaker = None
        if attribution.speaker is not None:
            key = attribution.speaker
            named = key not in cast.sources or key in cast.pairs  # 'Trump and Ryan' are named, 'a spokesman' not
            speaker = SpeakerRef(name=cast.display(key), role=cast.role(key), named=named)
        context = _containing(sentences, item.outer_start)
        out.append(
            Quote(
                id=f"q{len(out) + 1}",
                text=original[item.start : item.end],
                start=item.start,
                end=item.end,
                kind=_kind(body, item, context),
                cue=attribution.cue,
                speaker=speaker,
                context=Span(text=original[context.start : context.end], start=context.start, end=context.end),
                continues=item.continues,
            )
        )
    return out


def _containing(sentences: list[Segment], position: int) -> Segment:
    index = bisect.bisect_right(sentences, position, key=lambda s: s.start) - 1
    if index >= 0 and position < sentences[index].end:
        return sentences[index]
    return next((s for s in sentences if s.start <= position < s.end), sentences[-1])


def _kind(body: str, item: Quoted, sentence: Segment) -> str:
    """Full when the quote is a sentence of its own or is introduced by a cue and a colon or comma."""
    text = body[item.start : item.end]
    start = max(min(sentence.start, item.outer_start), item.outer_start - LEAD_WINDOW)  # only its end matters
    lead = body[_sentence_start(body, start, item.outer_start) : item.outer_start].rstrip()
    if item.continued or not lead or lead.endswith(":"):
        return "full"
    if lead.endswith(",") and text[:1].isupper():
        return "full"
    return "partial"


def _facts(
    body: str, sentences: list[Segment], quoted: list[Quoted], cast: Cast, original: str, cued: set[int]
) -> list[Fact]:
    """The sentences a reader needs first, ranked; a dateline left out ('SAN FRANCISCO (Reuters) - '), and no
    sentence that is a quote and its cue ('“We have candles,” she said with a laugh.'): the quotes have their
    own posts. `cued` holds the outer starts of the quotes a speech cue gives to someone."""
    scored = []
    ends = [q.outer_end for q in quoted]
    for position, sentence in enumerate(sentences[:FACT_WINDOW]):
        text = body[sentence.start : sentence.end]
        words = len(text.split())
        if words < 5 or text.startswith(_EDITORS_NOTE):
            continue  # a fragment; a note about the story, not a fact of it
        dateline = DATELINE.match(text) if text[:2].isupper() else None  # 'WASHINGTON', checked cheaply first
        told = Segment(sentence.start + dateline.end(), sentence.end) if dateline else sentence
        share, cut = _quoted_share(told, quoted, ends)  # a dateline before a quote is no words of the article's
        if share > 0.6 or cut or (("<" in text or "/" in text or "(@" in text) and _embedded_post(text)):
            continue  # mostly quote, or half of one ('Beck said, “Ted and I were just driving in.'), or a post
        if told.start in cued and _quote_and_its_cue(body, told, quoted, ends):
            continue
        named = cast.count_between(sentence.start, sentence.end)
        scored.append((fact_rank.score(text, words, position, share, named), told))
    # The lede leads (the posts open with it), whatever its score; the rest by score
    ranked = scored[:1] + sorted(scored[1:], key=lambda pair: (-pair[0], pair[1].start))[: MAX_FACTS - 1]
    return [
        Fact(
            id=f"f{i}",
            text=original[s.start : s.end],
            start=s.start,
            end=s.end,
            score=value,
            numbers=fact_rank.numbers(original[s.start : s.end]),
        )
        for i, (value, s) in enumerate(ranked, 1)
    ]


_EDITORS_NOTE = ("Editor’s note", "Editor's note", "Editor’s Note", "Editor's Note", "EDITOR’S NOTE", "EDITOR'S NOTE")
# An embedded post pasted with the story: its markup, its links, or its signature '— Ann Poe (@annpoe) May 2, 2016'
_EMBEDDED_POST = re.compile(r"</?tweet\b|pic\.twitter\.com/|https?://t\.co/|\(@\w+\) [A-Z][a-z]+ \d{1,2}, \d{4}")


def _embedded_post(text: str) -> bool:
    """Is the sentence part of a social post embedded in the article? Its words are the post's, not a fact.
    (Its caller tests first for a '<', '/' or '(@': one is in each of its forms, and in few other sentences.)"""
    return _EMBEDDED_POST.search(text) is not None


def _sentence_start(body: str, start: int, end: int) -> int:
    """Just past the last sentence end in body[start:end] (a handful of `rfind`s: this runs for every quote)."""
    return max((at + len(mark) for mark in _SENTENCE_ENDS if (at := body.rfind(mark, start, end)) >= 0), default=start)


def _quote_and_its_cue(body: str, sentence: Segment, quoted: list[Quoted], ends: list[int]) -> bool:
    """Does the sentence open with a quote and go on only for its cue ('“…,” she told a radio station.')?"""
    opening = quoted[bisect.bisect_right(ends, sentence.start)]
    return len(body[opening.outer_end : sentence.end].split()) <= MAX_CUE_WORDS


MAX_CUE_WORDS = 8  # '“…,” said Lt. Dan Morales of the state police.'; a longer rest tells something of its own


def _quoted_share(sentence: Segment, quoted: list[Quoted], ends: list[int]) -> tuple[float, bool]:
    """How much of the sentence lies inside quote marks (quotes in body order; `ends` their outer ends), and
    whether a quote runs on past either of its ends (its sentence was cut inside the quote)."""
    first = bisect.bisect_right(ends, sentence.start)
    inside, cut = 0, False
    for q in quoted[first:]:
        if q.outer_start >= sentence.end:
            break
        inside += min(q.outer_end, sentence.end) - max(q.outer_start, sentence.start)
        cut = cut or q.outer_start < sentence.start or q.outer_end > sentence.end
    return inside / max(1, sentence.end - sentence.start), cut
