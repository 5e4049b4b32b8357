"""Stage 1: turn a file, URL or stdin into a clean `Article`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from composer.blocks import Article, Source
from composer.errors import InputError, UsageError
from composer.ingest.read import decode, read_bytes
from composer.ingest.text import parse_text


def load(source: str, *, overrides: dict[str, Any] | None = None, max_bytes: int = 20_000_000) -> Article:
    """Load `source` (a path or `-` for stdin) into an Article.

    `overrides` (title, url, published, byline) win over anything detected.
    """
    name = "stdin" if source == "-" else source
    text = decode(read_bytes(source, max_bytes), name)
    body, meta = parse_text(text)
    if not body.strip():
        raise InputError(f"{name}: no article text found (the file is empty or only boilerplate)")
    given = check_overrides(overrides)
    if meta.get("url") and not is_web_link(meta["url"]):
        del meta["url"]  # a detected link that is not a web page is not worth keeping
    meta.update(given)
    origin = Source(path=None if source == "-" else str(Path(source)), url=meta.get("url"))
    return _article(body, meta, origin, name)


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
