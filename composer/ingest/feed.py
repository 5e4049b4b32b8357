"""RSS and Atom feeds (feedparser): the newest items become Articles for a digest newsletter.

An item's own content is used when it carries the story; an item with only a
teaser is fetched from its link.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from composer.blocks import Article, Source
from composer.errors import InputError
from composer.ingest.clean import clean_body
from composer.ingest.fetch import fetch, is_url
from composer.ingest.read import read_bytes

ENOUGH_WORDS = 40  # below this an item is a teaser: fetch the page it links to
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}


def load_feed(source: str, *, limit: int, max_bytes: int, timeout: float) -> list[Article]:
    import feedparser  # only for the digest command

    data = fetch(source, timeout=timeout, max_bytes=max_bytes).data if is_url(source) else read_bytes(source, max_bytes)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise InputError(f"{source}: no items found in this feed{reason}")
    entries = sorted(parsed.entries, key=_published_key, reverse=True)[:limit]
    return [_article(entry, source, max_bytes, timeout) for entry in entries]


def _article(entry: Any, feed: str, max_bytes: int, timeout: float) -> Article:
    from composer.ingest import load

    body = clean_body(fragment_text(_content(entry)))
    link = entry.get("link")
    if len(body.split()) < ENOUGH_WORDS and link and is_url(link):
        overrides = {"title": entry.get("title"), "url": link}
        try:
            return load(link, overrides=overrides, max_bytes=max_bytes, timeout=timeout)
        except InputError:
            if not body.strip():
                raise  # nothing to fall back on
            # the teaser is better than no section at all
    if not body.strip():
        raise InputError(f"{feed}: the item {entry.get('title', '?')!r} has no text and no link")
    source = Source(path=None if is_url(feed) else str(Path(feed)), url=feed if is_url(feed) else None)
    return Article(
        body=body,
        title=entry.get("title"),
        url=link if link and is_url(link) else None,
        byline=entry.get("author"),
        published=_published(entry),
        source=source,
    )


def _content(entry: Any) -> str:
    contents = entry.get("content") or []
    if contents:
        return max((c.get("value", "") for c in contents), key=len)
    return entry.get("summary", "")


def _published_key(entry: Any) -> tuple:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return tuple(stamp) if stamp else ()


def _published(entry: Any) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def fragment_text(html: str) -> str:
    """Text of an HTML fragment with a blank line between blocks; plain text passes through."""
    if "<" not in html:
        return html
    parser = _TextOf()
    parser.feed(html)
    return "".join(parser.parts)
