"""Bytes in, text out: size cap, binary detection, encoding detection."""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from composer.errors import InputError
from composer.ingest.patterns import CP1252_LABELS, MAGIC

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_MOJIBAKE = re.compile("â€[\u0080-\u00ff\u0152-\u2122]|Ã[\u0080-\u00bf\u0152-\u2122]|Â[\u00a0-\u00bf]")
_CP1252_BYTES = {bytes([b]).decode("cp1252", errors="ignore"): b for b in range(256)}
_CP1252_BYTES.pop("", None)
_SIZE_HINT = "raise max_input_bytes in composer.toml or COMPOSER_MAX_INPUT_BYTES"


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_bytes(source: str, max_bytes: int) -> bytes:
    """Read a file path, or stdin for `-`, refusing anything over `max_bytes`."""
    if source == "-":
        return _capped(sys.stdin.buffer.read(max_bytes + 1), "stdin", max_bytes)
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file", hint="check the path, or give a URL starting with https://")
    if path.is_dir():
        raise InputError(f"{source}: is a folder, not an article file")
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(too_big(source, max_bytes), hint=_SIZE_HINT)
        with path.open("rb") as handle:
            return _capped(handle.read(max_bytes + 1), source, max_bytes)
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None


def decode(data: bytes, name: str, *, declared: str | None = None, html: bool = False) -> str:
    """Bytes to text: BOM, then the declared or <meta> charset, then UTF-8, else Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if utf16 := _utf16_without_bom(data):
        return data.decode(utf16, errors="replace")
    refuse_binary(data, name)
    charset = _codec(declared) or (_codec(_meta_charset(data)) if html else None)
    if charset:
        try:
            return repair_mojibake(data.decode(charset))
        except UnicodeDecodeError:
            pass  # servers and <meta> tags do lie; sniff instead
    try:
        return repair_mojibake(data.decode("utf-8"))
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if _control_ratio(text) > 0.05:
        raise InputError(f"{name}: looks like a binary file, not an article")
    return text


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was once read as Windows-1252 (`â€œ` → `“`, `Ã©` → `é`).

    Only when the telltale pairs are present and the whole text round-trips
    cleanly; otherwise the text is returned untouched.
    """
    if not _MOJIBAKE.search(text):
        return text
    # "”" is E2 80 9D, and 0x9D has no Windows-1252 character: it often arrives as U+FFFD.
    text_in = text.replace("â€\ufffd", "â€\x9d")
    try:
        raw = bytes(_CP1252_BYTES.get(ch, ord(ch)) for ch in text_in)
        return raw.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return text


def refuse_binary(data: bytes, name: str) -> None:
    """Raise for PDFs, images, archives and anything with NUL bytes."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise InputError(
                f"{name}: binary data that looks like {what}, not an article",
                hint="save the article text as .txt or .html",
            )
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not an article")


def too_big(name: str, max_bytes: int) -> str:
    return f"{name}: larger than the {max_bytes:,}-byte limit"


def _capped(data: bytes, name: str, max_bytes: int) -> bytes:
    if len(data) > max_bytes:
        raise InputError(too_big(name, max_bytes), hint=_SIZE_HINT)
    return data


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    """A Python codec for a charset label; Latin-1 and ASCII labels mean Windows-1252, as in browsers."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in CP1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has a NUL in every other byte: LE puts it second, BE first."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / max(1, len(sample))
