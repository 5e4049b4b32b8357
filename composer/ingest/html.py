"""HTML pages: the main text and metadata, found by trafilatura, offline.

trafilatura (and lxml under it) is imported inside `parse_html` so that
`composer --help` and every non-HTML input stay fast.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from composer.blocks import Link
from composer.errors import InputError
from composer.ingest.clean import fold, has_prose, join_names
from composer.ingest.jsonld import jsonld_meta

# trafilatura's XML elements that hold one paragraph of text each.
_BLOCKS = ("p", "head", "item", "quote", "code")
# A <br> marker: a Unicode noncharacter, legal in XML, never in real text.
_BR = "\ufdd0"
_BR_BREAK = re.compile(r"\ufdd0\s*\ufdd0[\ufdd0\s]*")
# trafilatura field → Article field.
_META = {
    "title": "title",
    "author": "byline",
    "date": "published",
    "sitename": "site_name",
    "url": "url",
    "image": "image",
    "description": "description",
}
# Below this many characters trafilatura gives up on a page; news briefs can be short.
_MIN_EXTRACTED_SIZE = "80"


def parse_html(text: str, name: str, url: str | None = None) -> tuple[list[str], dict[str, Any], list[Link]]:
    """Return (paragraphs, metadata, links) for an HTML page; no paragraphs if it has no article."""
    from lxml.etree import LxmlError

    try:
        doc = _extract(text, url)
    except (ValueError, LxmlError) as exc:
        raise InputError(f"{name}: cannot read this HTML page ({exc})") from None
    meta = {**jsonld_meta(text), **(_metadata(doc) if doc is not None else {})}
    paras, links = _walk(_field(doc, "body"), meta.get("url") or url) if doc is not None else ([], [])
    if not has_prose(fold(p) for p in paras):
        return [], meta, []  # a menu or a list of headlines, not an article
    return paras, meta, links


def _extract(text: str, url: str | None) -> Any:
    """trafilatura offline: main text as an XML tree plus metadata, or None."""
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", _MIN_EXTRACTED_SIZE)
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=True,
        include_formatting=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=config,
    )


def _field(doc: Any, key: str) -> Any:
    """trafilatura 2 returns a Document, 1.x a dict."""
    return doc.get(key) if isinstance(doc, dict) else getattr(doc, key, None)


def _metadata(doc: Any) -> dict[str, Any]:
    meta = {field: _field(doc, key) for key, field in _META.items()}
    if meta["byline"]:
        meta["byline"] = join_names(str(meta["byline"]).split(";"))
    tags = _field(doc, "tags") or _field(doc, "categories") or ()
    if isinstance(tags, str):
        tags = tags.replace(";", ",").split(",")
    meta["tags"] = tuple(t.strip() for t in tags if t and t.strip())
    return {k: v for k, v in meta.items() if v not in (None, "", ())}


def _walk(body: Any, base: str | None) -> tuple[list[str], list[Link]]:
    """Innermost block elements in document order become paragraphs."""
    if body is None:
        return [], []
    paras: list[str] = []
    links: list[Link] = []
    for element in body.iter(*_BLOCKS):
        if next(element.iterdescendants(*_BLOCKS), None) is not None:
            continue
        for br in element.iter("lb"):
            br.tail = _BR + (br.tail or "")
        text = "".join(element.itertext())  # source newlines inside a <p> are only spaces
        paras.extend(part.replace(_BR, " ") for part in _BR_BREAK.split(text))  # <br><br> splits
        links.extend(_links(element, base))
    return paras, links


def _links(element: Any, base: str | None) -> list[Link]:
    out = []
    for ref in element.iter("ref"):
        text = " ".join("".join(ref.itertext()).split())
        target = urljoin(base or "", ref.get("target") or "")
        if text and target.startswith(("http://", "https://")):
            out.append(Link(text=text, url=target))
    return out
