"""Stage 1: turn a file, URL or stdin into a clean `Article`.

read (file, stdin) or fetch (URL)  →  bytes
decode                              →  text
text | markdown | html parser       →  raw paragraphs + metadata + links
clean.finish                        →  body: paragraphs joined by "\\n\\n"
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import ValidationError

from composer.blocks import Article, Link, Source
from composer.errors import InputError, UsageError
from composer.ingest.clean import finish, read_date
from composer.ingest.frontmatter import has_front_matter
from composer.ingest.patterns import EXTENSIONS
from composer.ingest.read import decode, is_url, read_bytes

Kind = Literal["auto", "text", "markdown", "html"]
KINDS = ("auto", "text", "markdown", "html")
# The same defaults as Settings.max_input_bytes and Settings.fetch_timeout (a test keeps them equal).
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_TIMEOUT = 15.0
OVERRIDABLE = ("title", "url", "published", "byline", "site_name", "description", "image", "tags")
_HTML_START = ("<!doctype html", "<html")
_FEED_TAGS = ("<rss", "<feed", "<rdf:rdf")
_HTML_TAGS = ("<html", "<head", "<body", "<article", "<meta ")


def load(
    source: str,
    *,
    overrides: dict[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    kind: Kind = "auto",
) -> Article:
    """Load `source` (a path, an http(s) URL, or `-` for stdin) into an Article.

    `overrides` (title, url, published, byline; also site_name, description,
    image, tags) win over anything detected; empty values are ignored.
    `kind` forces the parser; "auto" decides by URL content type, file
    extension, then content. Every user mistake raises InputError.
    """
    given = check_overrides(overrides)
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    name = "stdin" if source == "-" else source
    text, kind, origin = _read(source, name, max_bytes, timeout, kind)
    paras, meta, links = _parse(text, kind, name, origin.url)
    body = finish(paras, meta)
    if not body:
        raise _empty(name, kind)
    if meta.get("url") and not is_web_link(meta["url"]):
        del meta["url"]  # a relative or javascript: link is not the article's address
    meta.update(given)
    if origin.url:
        meta.setdefault("url", origin.url)
    meta["links"] = _links_in(body, links)
    return _article(body, meta, origin, name)


def check_overrides(overrides: dict[str, Any] | None) -> dict[str, Any]:
    """The overrides that are set. A bad `url` is the user's mistake; an unknown key is a bug."""
    unknown = set(overrides or {}) - set(OVERRIDABLE)
    if unknown:
        raise ValueError(f"cannot override {', '.join(sorted(unknown))}; choose from {', '.join(OVERRIDABLE)}")
    given = {k: v for k, v in (overrides or {}).items() if v}
    if isinstance(given.get("tags"), str):
        given["tags"] = tuple(t.strip() for t in given["tags"].split(",") if t.strip())
    if given.get("url") and not is_web_link(given["url"]):
        raise UsageError(f"--url must be an http:// or https:// link, not {given['url']!r}")
    return given


def is_web_link(url: str) -> bool:
    return urlsplit(str(url)).scheme in ("http", "https") and bool(urlsplit(str(url)).netloc)


def detect_kind(name: str, text: str) -> Literal["text", "markdown", "html"]:
    """By extension first (.html, .md…), then by content; plain text otherwise."""
    by_extension = EXTENSIONS.get(Path(name.split("?")[0].split("#")[0]).suffix.lower())
    if by_extension:
        return by_extension  # type: ignore[return-value]
    head = text.lstrip("\ufeff \t\r\n")[:1024].lower()
    if head.startswith("<") and any(t in head for t in _FEED_TAGS):
        raise InputError(
            f"{name}: looks like an RSS or Atom feed, not an article", hint="give one article's URL or file"
        )
    if head.startswith(_HTML_START) or (head.startswith("<") and any(t in head for t in _HTML_TAGS)):
        return "html"
    return "markdown" if has_front_matter(text.lstrip("\ufeff")) else "text"


def _read(source: str, name: str, max_bytes: int, timeout: float, kind: Kind) -> tuple[str, str, Source]:
    """(text, kind, origin) for a URL, a file or stdin. A <meta charset> is honoured unless the kind is forced."""
    if is_url(source):
        return _read_url(source, max_bytes, timeout, kind)
    text = decode(read_bytes(source, max_bytes), name, html=kind in ("auto", "html"))
    found = kind if kind != "auto" else detect_kind(name, text)
    return text, found, Source(path=None if source == "-" else str(Path(source)))


def _read_url(url: str, max_bytes: int, timeout: float, kind: Kind) -> tuple[str, str, Source]:
    from composer.ingest.fetch import fetch  # urllib.request and ssl only when needed

    page = fetch(url, max_bytes=max_bytes, timeout=timeout)
    text = decode(page.data, url, declared=page.charset, html=kind in ("auto", "html"))
    if kind == "auto":
        kind = detect_kind(page.url, text) if page.kind in (None, "text") else page.kind  # type: ignore[assignment]
    return text, kind, Source(url=page.url)


def _parse(text: str, kind: str, name: str, url: str | None) -> tuple[list[str], dict[str, Any], list[Link]]:
    if kind == "html":
        from composer.ingest.html import parse_html

        return parse_html(text, name, url)
    if kind == "markdown":
        from composer.ingest.markdown import parse_markdown

        return parse_markdown(text, name)
    from composer.ingest.text import parse_text

    paras, meta = parse_text(text)
    return paras, meta, []


def _empty(name: str, kind: str) -> InputError:
    if kind == "html":
        hint = "give the article page itself, not a section front or a page that needs JavaScript or a login"
        return InputError(f"{name}: no article text found in this HTML page", hint=hint)
    return InputError(f"{name}: no article text found (the input is empty or only boilerplate)")


def _links_in(body: str, links: list[Link]) -> tuple[Link, ...]:
    """Links whose text survived clean-up, first occurrence of each (text, url) pair."""
    seen: dict[tuple[str, str], Link] = {}
    for link in links:
        text = " ".join(link.text.split())
        if text and text in body and is_web_link(link.url):
            seen.setdefault((text, link.url), Link(text=text, url=link.url))
    return tuple(seen.values())


def _article(body: str, meta: dict[str, Any], origin: Source, name: str) -> Article:
    meta = dict(meta)
    meta["published"] = parse_date(meta.get("published"), name)
    try:
        return Article(body=body, source=origin, **meta)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"])
        raise InputError(f"{name}: bad metadata: {field}: {error['msg']}") from None


def parse_date(value: Any, name: str) -> date | None:
    """ISO 8601 (`2025-02-11`, `2025-02-11T09:12:00-05:00`) or a common written form."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = " ".join(str(value).split())
    found = read_date(text)
    if found is None:
        raise InputError(f"{name}: cannot read the date {text!r}", hint="write it as YYYY-MM-DD")
    return found
