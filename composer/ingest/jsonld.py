"""schema.org JSON-LD in an HTML page: the article node's metadata, read with the stdlib.

trafilatura reads JSON-LD for author and date; the description, lead image and
canonical URL often live only there, so this fills what it leaves empty.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from composer.ingest.clean import join_names

_SCRIPT = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|LiveBlogPosting)$")


def jsonld_meta(page: str) -> dict[str, Any]:
    """Article fields from the first schema.org *Article node in the page, if any."""
    node = next((n for n in _nodes(page) if _is_article(n)), None)
    if node is None:
        return {}
    meta = {
        "title": _text(node.get("headline")),
        "description": _text(node.get("description")),
        "published": _text(node.get("datePublished")),
        "image": _url(node.get("image") or node.get("thumbnailUrl")),
        "url": _url(node.get("url") or node.get("mainEntityOfPage")),
        "byline": _names(node.get("author")),
        "site_name": _names(node.get("publisher")),
    }
    return {k: v for k, v in meta.items() if v}


def _nodes(page: str) -> Iterator[dict[str, Any]]:
    for script in _SCRIPT.finditer(page):
        try:
            data = json.loads(script.group(1).strip().removeprefix("<!--").removesuffix("-->"))
        except ValueError:
            continue  # broken JSON-LD is common; the page may still be fine
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph", []))


def _is_article(node: dict[str, Any]) -> bool:
    types = node.get("@type", [])
    return any(_ARTICLE_TYPE.search(str(t)) for t in (types if isinstance(types, list) else [types]))


def _text(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _url(value: Any) -> str | None:
    if isinstance(value, list):
        return _url(value[0]) if value else None
    if isinstance(value, dict):
        return _url(value.get("url") or value.get("@id"))
    text = _text(value)
    return text if text and text.startswith(("http://", "https://")) else None


def _names(value: Any) -> str | None:
    items = value if isinstance(value, list) else [value]
    return join_names(n for n in (_text(i.get("name")) if isinstance(i, dict) else _text(i) for i in items) if n)
