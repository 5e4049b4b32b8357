"""Front matter at the top of a Markdown file: YAML between `---` lines, or TOML between `+++`.

Article front matter is flat: `key: value` pairs and lists of strings. This
reads that subset of YAML safely (plain, 'single' and "double" quoted scalars,
`[a, b]` and `- item` lists, `|` and `>` block scalars, comments) and skips
nested mappings it has no use for. Values stay strings: a date is read later.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from composer.errors import InputError

_YAML = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY = re.compile(r"^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_ITEM = re.compile(r"^[ \t]*-(?:[ \t]+(.*?))?[ \t]*$")
_COMMENT = re.compile(r"[ \t]+#.*$")
_QUOTED = re.compile(r"""^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')(?=[ \t]*(?:#.*)?$)""")
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "0": "\0", " ": " "}


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """(front matter as a dict, the rest of the text); ({}, text) when there is none."""
    if match := _YAML.match(text):
        return parse_yaml(match.group(1) or "", name), text[match.end() :]
    if match := _TOML.match(text):
        try:
            return tomllib.loads(match.group(1) or ""), text[match.end() :]
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{name}: cannot read the +++ front matter: {exc}") from None
    return {}, text


def has_front_matter(text: str) -> bool:
    return bool(_YAML.match(text) or _TOML.match(text))


def parse_yaml(text: str, name: str) -> dict[str, Any]:
    """The flat subset of YAML that article front matter uses."""
    lines = text.split("\n")
    out: dict[str, Any] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY.match(line)
        if not match:
            raise InputError(f"{name}: front matter line {i} is not `key: value`: {line.strip()[:60]!r}")
        nested, i = _indented(lines, i)
        out[match.group(1)] = _value(match.group(2) or "", nested, name)
    return out


def _indented(lines: list[str], i: int) -> tuple[list[str], int]:
    """The lines under a key: indented, list items, or blank lines between them."""
    start = i
    while i < len(lines) and (lines[i][:1] in (" ", "\t") or lines[i].startswith("-") or not lines[i].strip()):
        i += 1
    while i > start and not lines[i - 1].strip():
        i -= 1
    return lines[start:i], i


def _value(raw: str, nested: list[str], name: str) -> Any:
    raw = _strip_comment(raw)
    if raw[:1] in "|>" and re.fullmatch(r"[|>][+-]?\d?", raw):
        return _block_scalar(raw[0], nested)
    if raw.startswith("["):
        return [_scalar(x, name) for x in _split_flow(raw.strip("[]")) if x.strip()]
    if raw:
        continuation = [x.strip() for x in nested if x.strip()]
        return _scalar(" ".join([raw, *continuation]), name)
    items = [_ITEM.match(x) for x in nested if x.strip()]
    if items and all(items):
        return [_scalar(m.group(1) or "", name) for m in items if m]
    return None  # a nested mapping: not something an article field uses


def _block_scalar(style: str, nested: list[str]) -> str:
    lines = [x.strip() for x in nested]
    if style == "|":
        return "\n".join(lines).strip()
    return re.sub(r"\n(\n*)", lambda m: m.group(1) or " ", "\n".join(lines)).strip()


def _scalar(raw: str, name: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return re.sub(r"\\u([0-9a-fA-F]{4})|\\(.)", _unescape, raw[1:-1])
    if raw[:1] in "'\"":
        raise InputError(f"{name}: unclosed quote in front matter: {raw[:60]!r}")
    return raw


def _unescape(match: re.Match[str]) -> str:
    if match.group(1):
        return chr(int(match.group(1), 16))
    return _ESCAPES.get(match.group(2), match.group(2))


def _strip_comment(raw: str) -> str:
    raw = raw.strip()
    quoted = _QUOTED.match(raw)
    if quoted:
        return quoted.group(0)
    return raw if raw[:1] in "'\"" else _COMMENT.sub("", raw)


def _split_flow(raw: str) -> list[str]:
    """Split `a, "b, c", d` on commas outside quotes."""
    return [m.group(0) for m in re.finditer(r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,])+""", raw)]
