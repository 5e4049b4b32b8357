"""Fetching an article from a URL: timeout, size cap, a clear User-Agent, redirects, clear errors."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from composer import __version__
from composer.errors import InputError

USER_AGENT = f"Composer/{__version__} (article-to-drafts tool; +https://pypi.org/project/newsroom-composer/)"
ACCEPTED = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    charset: str | None
    data: bytes


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(ACCEPTED)})
    opener = urllib.request.build_opener(_LimitedRedirects())
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in ACCEPTED:
                raise InputError(f"{url}: not an article page (the server sent {content_type})")
            data = _read_capped(response, max_bytes, url)
            return Fetched(response.geturl(), content_type, response.headers.get_content_charset(), data)
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot fetch ({_reason(exc.reason)})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} s (raise fetch_timeout in composer.toml)") from None


def _read_capped(response, max_bytes: int, url: str) -> bytes:
    chunks, size = [], 0
    while chunk := response.read(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: larger than the {max_bytes:,}-byte limit (raise max_input_bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(reason: object) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "timed out"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    return str(reason)
