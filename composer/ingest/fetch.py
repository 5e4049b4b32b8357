"""Fetch an article URL with the standard library: timeout, size cap, redirects, charset."""

from __future__ import annotations

import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from http.client import HTTPException
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlsplit, urlunsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from composer import __version__
from composer.errors import InputError
from composer.ingest.patterns import CONTENT_TYPE_NAMES, CONTENT_TYPES
from composer.ingest.read import is_url, refuse_binary, too_big

__all__ = ["MAX_REDIRECTS", "USER_AGENT", "Fetched", "fetch", "is_url"]

USER_AGENT = f"Composer/{__version__} (newsroom-composer; article-to-drafts tool)"
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_SAFE = "/%:@!$&'()*+,;=-._~"
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8"


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    kind: str | None  # "html", "text", "markdown", or None when the server did not say
    charset: str | None


class _Redirects(HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


def fetch(url: str, *, max_bytes: int, timeout: float) -> Fetched:
    """GET `url`; every failure is an InputError that names the URL and the problem."""
    try:
        request = Request(
            _ascii(url), headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": "identity"}
        )
    except (ValueError, UnicodeError):
        raise InputError(f"{url}: not a valid web address") from None
    deadline = time.monotonic() + timeout
    try:
        with build_opener(_Redirects()).open(request, timeout=timeout) as response:
            kind = _kind(url, response.headers.get_content_type() if response.headers.get("Content-Type") else None)
            _check_length(url, response.headers.get("Content-Length"), max_bytes)
            data = _read(response, url, max_bytes, deadline, timeout)
            data = _decompress(data, response.headers.get("Content-Encoding"), url, max_bytes)
            refuse_binary(data, url)
            return Fetched(data, response.geturl(), kind, response.headers.get_content_charset())
    except HTTPError as exc:
        raise InputError(_http_error(url, exc)) from None
    except URLError as exc:
        raise InputError(_network_error(url, exc.reason, timeout)) from None
    except (TimeoutError, HTTPException, OSError) as exc:
        raise InputError(_network_error(url, exc, timeout)) from None


def _ascii(url: str) -> str:
    """An IRI as browsers send it: IDNA host, percent-encoded path and query."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host.encode("idna").decode("ascii")
    netloc = host + (f":{parts.port}" if parts.port else "")
    if parts.username:
        raise ValueError("credentials in the address")
    path = quote(parts.path or "/", safe=_SAFE)
    return urlunsplit((parts.scheme, netloc, path, quote(parts.query, safe=_SAFE + "?"), ""))


def _kind(url: str, content_type: str | None) -> str | None:
    if content_type is None:
        return None
    if content_type in CONTENT_TYPES:
        return CONTENT_TYPES[content_type]
    what = CONTENT_TYPE_NAMES.get(content_type) or _describe(content_type)
    raise InputError(f"{url}: the server sent {what} ({content_type}), not a web page; Composer reads HTML or text")


def _describe(content_type: str) -> str:
    major = content_type.split("/")[0]
    return {"image": "an image", "video": "a video", "audio": "audio"}.get(major, "a file")


def _check_length(url: str, length: str | None, max_bytes: int) -> None:
    if length and length.isdigit() and int(length) > max_bytes:
        raise InputError(too_big(url, max_bytes) + " (raise max_input_bytes to read it)")


def _read(response: object, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """Read in chunks, stopping as soon as the cap or the deadline is passed."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):  # type: ignore[attr-defined]
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(too_big(url, max_bytes) + " (raise max_input_bytes to read it)")
        if time.monotonic() > deadline:
            raise InputError(f"{url}: the page did not finish downloading within {timeout:g} s")
    return b"".join(chunks)


def _decompress(data: bytes, encoding: str | None, url: str, max_bytes: int) -> bytes:
    """Some servers compress even when asked not to; undo gzip/deflate within the size cap."""
    if (encoding or "").strip().lower() not in ("gzip", "x-gzip", "deflate"):
        return data
    try:
        inflater = zlib.decompressobj(wbits=47)  # gzip or zlib header, detected
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise InputError(f"{url}: the server sent a corrupt compressed page") from None
    if len(out) > max_bytes:
        raise InputError(too_big(url, max_bytes) + " (raise max_input_bytes to read it)")
    return out


def _http_error(url: str, exc: HTTPError) -> str:
    if 300 <= exc.code < 400:
        return f"{url}: too many redirects (more than {MAX_REDIRECTS}) or a redirect loop"
    hint = {401: "the page needs a login", 403: "the site refused the request", 404: "check the address"}
    why = hint.get(exc.code) or ("the site has a problem; try again later" if exc.code >= 500 else "")
    return f"{url}: HTTP {exc.code} {exc.reason}" + (f" ({why})" if why else "")


def _network_error(url: str, reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"{url}: no answer within {timeout:g} s (raise fetch_timeout, or save the page and give the file)"
    if isinstance(reason, socket.gaierror):
        return f"{url}: cannot find the host (check the address and your connection)"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: the server refused the connection"
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return f"{url}: secure connection failed ({reason})"
    return f"{url}: cannot fetch the page ({reason})"
