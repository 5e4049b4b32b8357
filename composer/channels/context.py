"""Build each template's context in one place. Templates loop and format; they decide nothing."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from composer.blocks import Brief, Quote
from composer.config import Settings


def tracked_link(url: str | None, *, source: str, medium: str, campaign: str, enabled: bool = True) -> str | None:
    """The article link with UTM tags added (existing query kept); only http(s) links pass."""
    if not url or urlsplit(url).scheme not in ("http", "https"):
        return None
    if not enabled:
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("utm_")]
    query += [("utm_source", source), ("utm_medium", medium), ("utm_campaign", campaign)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def quote_view(brief: Brief, quote: Quote, text: str | None = None) -> dict[str, Any]:
    """What a template shows of a quote: `text` is the quote's words, or the article's words from it through
    the next part of a quote split by its attribution (`whole_quotes`)."""
    speaker = quote.speaker
    return {
        "text": (text or quote.text).removesuffix(","),  # it led into '…,” he said': a post has no 'he said'
        "kind": quote.kind,
        "speaker": speaker.name if speaker else None,
        "role": speaker.role if speaker else None,
        "named": speaker.named if speaker else False,  # False for 'a Pentagon spokesman'
        "cue": quote.cue,
    }


def postable_quotes(brief: Brief, limit: int, apart_from: str = "") -> list[dict[str, Any]]:
    """Quotes worth posting: full, attributed, 5 to 60 words, and not in `apart_from` (the summary they go
    under); one per speaker first (named voices before sources the article leaves unnamed), then the rest in
    article order."""
    whole = whole_quotes(brief)
    pool = [
        q
        for q, text in whole.items()
        if q.kind == "full" and q.speaker and 5 <= len(text.split()) <= 60 and q.text not in apart_from
    ]
    chosen: list[Quote] = []
    for named in (True, False):  # the first quote of each speaker
        for quote in pool:
            if quote.speaker.named is named and len(chosen) < limit and all(c.speaker != quote.speaker for c in chosen):
                chosen.append(quote)
    for quote in pool:  # then fill in article order
        if len(chosen) < limit and quote not in chosen:
            chosen.append(quote)
    return [quote_view(brief, q, whole[q]) for q in sorted(chosen, key=lambda q: q.start)]


# Between the parts of a quote split by its attribution: '…,” the judge said, “…'
_BETWEEN_PARTS = re.compile(r"[”\"]\s+[^“”\"\n]{1,60},\s+[“\"]")


def whole_quotes(brief: Brief) -> dict[Quote, str]:
    """Each quote with the text to post: the quote's words, or, for a quote split by its attribution, the
    article's words from its first part through its second ('Everything I have said,” the judge said, “has
    overlapped.'), so that no post ends on half a sentence. The second part is not posted again."""
    body, quotes, out = brief.article.body, brief.quotes, {}
    skip = None
    for index, quote in enumerate(quotes):
        after = quotes[index + 1] if index + 1 < len(quotes) else None
        if quote is skip:
            continue
        out[quote] = quote.text
        if (
            after is not None
            and quote.text.endswith(",")
            and after.text[:1].islower()
            and after.speaker is not None
            and after.speaker == quote.speaker
            and _BETWEEN_PARTS.fullmatch(body, quote.end, after.start)
        ):
            out[quote], skip = body[quote.start : after.end], after
    return out


def base_context(brief: Brief, settings: Settings) -> dict[str, Any]:
    article = brief.article
    facts = [{"text": f.text, "numbers": [n.model_dump() for n in f.numbers]} for f in brief.facts]
    return {
        "headline": brief.headline,
        "summary": brief.summary,
        "has_title": bool(article.title),
        "article": article.model_dump(mode="json", exclude={"body"}),
        "lede": facts[0]["text"] if facts else brief.summary,
        "facts": facts,
        "people": [p.model_dump() for p in brief.people],
        "slug": brief.slug,
    }


def thread_context(brief: Brief, settings: Settings, channel: str) -> dict[str, Any]:
    social = settings.social
    context = base_context(brief, settings)
    quotes = postable_quotes(brief, 3)
    context.update(
        channel=channel,
        link=tracked_link(
            brief.article.url,
            source=channel,
            medium=settings.utm.medium,
            campaign=brief.slug,
            enabled=settings.utm.enabled,
        ),
        quotes=quotes,
        pull_quotes=postable_quotes(brief, 2, apart_from=brief.summary),  # LinkedIn's, under the summary
        more_facts=facts_apart_from(context["facts"][1:], quotes)[:2],
        hashtags=hashtags(brief, social.max_hashtags) if social.hashtags else [],
    )
    return context


def facts_apart_from(facts: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The facts that hold none of the quotes posted beside them: a quote is not said twice."""
    return [f for f in facts if not any(q["text"] in f["text"] for q in quotes)]


def hashtags(brief: Brief, limit: int) -> list[str]:
    """#Surname tags for the most-mentioned people."""
    people = sorted(brief.people, key=lambda p: -p.mentions)
    tags = ["#" + "".join(p.name.split()[-1:]) for p in people if p.kind == "person"]
    return [t for t in dict.fromkeys(tags) if t[1:].isalnum()][:limit]
