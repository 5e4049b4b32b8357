"""Stage 1: turn a file, URL or stdin into a clean `Article`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from composer.blocks import Article, Link, Source
from composer.errors import InputError, UsageError
from composer.ingest.html import looks_like_html, parse_html
from composer.ingest.markdown import has_front_matter, parse_markdown
from composer.ingest.read import decode, read_bytes
from composer.ingest.text import parse_text
from composer.ingest.url import fetch, is_url


def load(
    source: str,
    *,
    overrides: dict[str, Any] | None = None,
    max_bytes: int = 20_000_000,
    timeout: float = 15.0,
) -> Article:
    """Load `source` (a path, an http(s) URL, or `-` for stdin) into an Article.

    `overrides` (title, url, published, byline) win over anything detected.
    """
    given = check_overrides(overrides)
    name = "stdin" if source == "-" else source
    text, kind, fetched_url = _read(source, name, max_bytes, timeout)
    body, meta, links = _parse(text, kind, name, fetched_url)
    if not body.strip():
        raise InputError(f"{name}: no article text found (the input is empty or only boilerplate)")
    if meta.get("url") and not is_web_link(meta["url"]):
        del meta["url"]  # a detected link that is not a web page is not worth keeping
    meta.setdefault("url", fetched_url)
    meta.update(given)
    origin = Source(path=None if source == "-" or fetched_url else str(Path(source)), url=fetched_url)
    meta["links"] = tuple(Link(text=t, url=u) for t, u in links if is_web_link(u))
    return _article(body, meta, origin, name)


def _read(source: str, name: str, max_bytes: int, timeout: float) -> tuple[str, str, str | None]:
    """(text, kind, final URL): kind is html, markdown or text."""
    if is_url(source):
        fetched = fetch(source, timeout=timeout, max_bytes=max_bytes)
        text = decode(fetched.data, name, charset=fetched.charset)
        kind = "markdown" if fetched.content_type == "text/markdown" else _kind(text, source)
        return text, kind, fetched.url
    text = decode(read_bytes(source, max_bytes), name)
    return text, _kind(text, source), None


def _kind(text: str, source: str) -> str:
    suffix = Path(source).suffix.lower() if source != "-" else ""
    if suffix in (".html", ".htm", ".xhtml") or (suffix not in (".md", ".markdown") and looks_like_html(text)):
        return "html"
    if suffix in (".md", ".markdown") or has_front_matter(text):
        return "markdown"
    return "text"


def _parse(text: str, kind: str, name: str, url: str | None) -> tuple[str, dict[str, Any], list[tuple[str, str]]]:
    if kind == "html":
        body, meta = parse_html(text, name, url)
        return body, meta, []
    if kind == "markdown":
        return parse_markdown(text)
    body, meta = parse_text(text)
    return body, meta, []


def check_overrides(overrides: dict[str, Any] | None) -> dict[str, Any]:
    """The overrides that are set, refusing a link that is not a web page."""
    given = {k: v for k, v in (overrides or {}).items() if v}
    if given.get("url") and not is_web_link(given["url"]):
        raise UsageError(f"--url must be an http:// or https:// link, not {given['url']!r}")
    return given


def is_web_link(url: str) -> bool:
    return urlsplit(str(url)).scheme in ("http", "https")


def _article(body: str, meta: dict[str, Any], origin: Source, name: str) -> Article:
    meta = dict(meta)
    meta["published"] = _parse_date(meta.get("published"), name)
    try:
        return Article(body=body, source=origin, **meta)
    except ValidationError as exc:
        raise InputError(f"{name}: bad metadata: {exc.errors()[0]['msg']}") from None


def _parse_date(value: Any, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{name}: cannot read the date {text!r}; use YYYY-MM-DD") from None
