"""Markdown with optional YAML front matter: metadata from the front matter, plain text body, links kept."""

from __future__ import annotations

import re
from typing import Any

from composer.ingest.clean import clean_body, normalize

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEYS = {
    "title": "title",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "date": "published",
    "published": "published",
    "author": "byline",
    "byline": "byline",
    "authors": "byline",
    "image": "image",
    "description": "description",
    "summary": "description",
    "tags": "tags",
    "site": "site_name",
    "site_name": "site_name",
}
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_REFERENCE_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_FIRST_H1 = re.compile(r"\A\s*#[ \t]+(.*?)[ \t]*#*[ \t]*(?:\n|\Z)")
_SETEXT = re.compile(r"^(.+)\n[=-]{3,}[ \t]*$", re.MULTILINE)
_LIST = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE)
_QUOTE_BLOCK = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_FENCE = re.compile(r"^(```|~~~).*?^\1\s*$", re.MULTILINE | re.DOTALL)
_EMPHASIS = re.compile(r"(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")
_CODE = re.compile(r"`([^`]+)`")
_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def has_front_matter(text: str) -> bool:
    return bool(_FRONT_MATTER.match(normalize(text).lstrip("\ufeff")))


def parse_markdown(text: str) -> tuple[str, dict[str, Any], list[tuple[str, str]]]:
    """(clean body, metadata, links as (text, url))."""
    text = normalize(text)
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _metadata(parse_front_matter(match.group(1)))
        text = text[match.end() :]
    heading = _FIRST_H1.match(text)
    if heading and (not meta.get("title") or _same(heading.group(1), meta["title"])):
        meta.setdefault("title", strip_markdown(heading.group(1)).strip())
        text = text[heading.end() :]
    links = [(m.group(1), m.group(2)) for m in _LINK.finditer(text)]
    links += [(m.group(1), m.group(1)) for m in _AUTOLINK.finditer(text)]
    return clean_body(strip_markdown(text)), meta, links


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(str(b).split()).casefold()


def strip_markdown(text: str) -> str:
    """Markdown to plain paragraphs: formatting goes, the words stay."""
    text = _FENCE.sub("", text)
    text = _REFERENCE_DEF.sub("", text)
    text = _RULE.sub("", text)
    text = _SETEXT.sub(r"\1", text)
    text = _HEADING.sub(r"\1", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _QUOTE_BLOCK.sub("", text)
    text = _LIST.sub("\n", text)  # each list item becomes a paragraph of its own
    text = _CODE.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    for _ in range(2):  # nested emphasis: ***x*** and **_x_**
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    return text


def parse_front_matter(block: str) -> dict[str, Any]:
    """The flat YAML that front matter uses: `key: value`, `key: [a, b]`, and `- item` lists."""
    data: dict[str, Any] = {}
    key: str | None = None
    for line in block.split("\n"):
        item = re.match(r"^\s+-\s+(.*)$", line) or re.match(r"^-\s+(.*)$", line)
        if item and key is not None:
            existing = data.get(key)
            data[key] = [*(existing if isinstance(existing, list) else []), _scalar(item.group(1))]
            continue
        pair = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if pair:
            key, value = pair.group(1).lower(), pair.group(2).strip()
            data[key] = _inline_list(value) if value.startswith("[") else (_scalar(value) if value else [])
    return data


def _inline_list(value: str) -> list[str]:
    return [_scalar(v) for v in value.strip("[]").split(",") if v.strip()]


def _scalar(value: str) -> str:
    value = value.split(" #")[0].strip() if not value.startswith(("'", '"')) else value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _metadata(raw: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key, value in raw.items():
        field = _KEYS.get(key)
        if field is None or value in ("", []):
            continue
        if field == "tags":
            meta["tags"] = tuple(value if isinstance(value, list) else [v.strip() for v in str(value).split(",")])
        elif isinstance(value, list):
            meta[field] = ", ".join(value)
        else:
            meta[field] = value
    return meta
