"""Bytes in, text out: size cap, binary detection, encoding detection."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from composer.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(source: str, max_bytes: int) -> bytes:
    """Read a file path, or stdin for `-`, refusing anything over `max_bytes`."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "stdin"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file", hint="check the path")
        if path.is_dir():
            raise InputError(f"{source}: is a folder, not an article file")
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(_too_big(source, max_bytes))
            data = path.read_bytes()
        except PermissionError:
            raise InputError(f"{source}: permission denied") from None
        name = source
    if len(data) > max_bytes:
        raise InputError(_too_big(name, max_bytes))
    return data


def decode(data: bytes, name: str, charset: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM, a declared charset, else Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            pass
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if _control_ratio(text) > 0.05:
        raise InputError(f"{name}: looks like a binary file, not an article")
    return text


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / max(1, len(sample))


def _too_big(name: str, max_bytes: int) -> str:
    return f"{name}: larger than the {max_bytes:,}-byte limit (raise max_input_bytes in composer.toml)"
