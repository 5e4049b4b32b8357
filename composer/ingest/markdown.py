"""Markdown articles: front matter for metadata, formatting stripped to plain paragraphs.

Headings, list items, block quotes and code blocks each become a paragraph
of their own; emphasis, code spans and inline HTML keep only their text;
links keep their text in the body and their target in `links`; images and
horizontal rules disappear. This is deliberately not a full CommonMark
renderer: it is the subset newsroom Markdown uses, turned back into prose.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urljoin

from composer.blocks import Link
from composer.ingest.clean import join_names, normalize
from composer.ingest.frontmatter import split_front_matter
from composer.ingest.patterns import FRONT_MATTER_KEYS

_COMMENT = re.compile(r"<!--.*?-->|<(script|style|iframe|noscript|svg)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
# Hugo shortcodes, Liquid/Jinja tags and Kramdown attribute lists: the tags go, text between them stays.
_TEMPLATE_TAG = re.compile(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}|\{:[^}\n]*\}", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_REF_DEF = re.compile(r"^ {0,3}\[([^\]^]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+.*)?$")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]]+\]:")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_HARD_BREAK = re.compile(r"(\\| {2,})$")

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_URL = r"(?:<([^<>\n]*)>|((?:[^()\s<>]|\([^()\s]*\))+))"
_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*" + _URL + r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
_LINK = re.compile(r"\[([^\]]*)\]\(\s*" + _URL + r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
_REF_IMAGE = re.compile(r"!\[([^\]]*)\]\[([^\]]*)\]")
_REF_LINK = re.compile(r"\[([^\]]+)\](?:\[([^\]]*)\])?")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+|[\w.+-]+@[\w-]+\.[\w.-]+)>")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_EMPHASIS = (
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"),
)
# Escaped punctuation hides in the Private Use Area while emphasis and links are read.
_PRIVATE = 0xE000


def parse_markdown(text: str, name: str) -> tuple[list[str], dict[str, Any], list[Link]]:
    """Return (paragraphs, metadata, links) for a Markdown document."""
    front, rest = split_front_matter(normalize(text).lstrip("\n"), name)
    meta = front_matter_meta(front)
    raw_blocks, refs, first_heading = _blocks(_TEMPLATE_TAG.sub("", _COMMENT.sub("", rest)))
    if first_heading and not meta.get("title"):
        meta["title"] = strip_inline(first_heading, {}, [], None)
    links: list[Link] = []
    paras = [strip_inline(b, refs, links, meta.get("url")) for b in raw_blocks]
    return paras, meta, links


def front_matter_meta(front: dict[str, Any]) -> dict[str, Any]:
    """Map front matter keys onto Article fields; first key wins."""
    meta: dict[str, Any] = {}
    for key, value in front.items():
        field = FRONT_MATTER_KEYS.get(key.lower())
        if field and value not in (None, "", []) and field not in meta:
            meta[field] = _field_value(field, value)
    return {k: v for k, v in meta.items() if v not in (None, "", ())}


def _field_value(field: str, value: Any) -> Any:
    if field == "tags":
        items = value if isinstance(value, list) else str(value).split(",")
        return tuple(str(x).strip() for x in items if str(x).strip())
    if isinstance(value, list):
        names = [str(x).strip() for x in value if str(x).strip()]
        if field != "byline":
            return names[0] if names else None
        return join_names(names)
    if isinstance(value, dict):
        return value.get("name") or value.get("url") or None
    return value if field == "published" else str(value).strip()


def _blocks(text: str) -> tuple[list[str], dict[str, str], str | None]:
    """Group lines into paragraph-sized blocks; collect reference definitions."""
    out: list[str] = []
    refs: dict[str, str] = {}
    current: list[str] = []
    fence: str | None = None
    first_heading: str | None = None

    def flush() -> None:
        if current:
            out.append(" ".join(current))
            current.clear()

    for line in text.split("\n"):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                flush()
            elif line.strip():
                current.append(line.strip())
            continue
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if fence_match := _FENCE.match(line):
            flush()
            fence = fence_match.group(1)
        elif not line.strip() or _RULE.match(line) or _TABLE_RULE.match(line) or _FOOTNOTE_DEF.match(line):
            flush()
        elif ref := _REF_DEF.match(line):
            refs[ref.group(1).strip().casefold()] = ref.group(2)
        elif atx := _ATX.match(line):
            flush()
            heading = (atx.group(2) or "").strip()
            if heading and atx.group(1) == "#" and not out and first_heading is None:
                first_heading = heading
            out.append(heading)
        elif current and _SETEXT.match(line):
            flush()
        elif item := _ITEM.match(line):
            flush()
            current.append(line[item.end() :].strip())
        else:
            current.append(_HARD_BREAK.sub("", line.strip()).strip().strip("|").strip())
    flush()
    return out, refs, first_heading


def strip_inline(text: str, refs: dict[str, str], links: list[Link], base: str | None) -> str:
    """Inline Markdown to plain text; link targets are appended to `links`."""
    text = _ESCAPED.sub(lambda m: chr(_PRIVATE + ord(m.group(1))), text)
    text = _CODE_SPAN.sub(lambda m: m.group(2).strip(), text)
    text = _IMAGE.sub("", _REF_IMAGE.sub("", text))
    text = _LINK.sub(lambda m: _keep(m.group(1), m.group(2) or m.group(3), links, base), text)
    text = _REF_LINK.sub(lambda m: _ref(m, refs, links, base), text)
    text = _AUTOLINK.sub(lambda m: _keep(m.group(1), m.group(1), links, None), text)
    text = _TAG.sub("", _FOOTNOTE.sub("", text))
    for _ in range(3):  # nested emphasis such as ***bold italic***
        for pattern in _EMPHASIS:
            text = pattern.sub(lambda m: m.group(m.lastindex or 0), text)
    text = re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - _PRIVATE), text)
    return html.unescape(text) if "&" in text else text


def _keep(label: str, url: str, links: list[Link], base: str | None) -> str:
    label = label.strip()
    if label and url:
        links.append(Link(text=strip_inline(label, {}, [], None), url=urljoin(base or "", url)))
    return label


def _ref(match: re.Match[str], refs: dict[str, str], links: list[Link], base: str | None) -> str:
    label = match.group(1)
    key = (match.group(2) or label).strip().casefold()
    if key not in refs:
        return match.group(0)  # "[sic]", "They [Ukraine] may": brackets that are text
    return _keep(label, refs[key], links, base)
