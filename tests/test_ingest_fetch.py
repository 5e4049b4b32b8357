"""URL input, against a local HTTP server on 127.0.0.1 started by the test: never the internet."""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from composer.errors import InputError
from composer.ingest import load
from composer.ingest.fetch import USER_AGENT

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
HEGSETH_HTML = (FIXTURES / "hegseth.html").read_text(encoding="utf-8")

# path → (status, headers, body). The article is served as Windows-1252 so the
# charset has to come from the Content-Type header.
ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article": (
        200,
        {"Content-Type": "text/html; charset=windows-1252"},
        HEGSETH_HTML.replace('<meta charset="utf-8">', "").encode("cp1252"),
    ),
    "/old-link": (301, {"Location": "/article"}, b""),
    "/hop": (302, {"Location": "/old-link"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    "/photo": (200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0"),
    "/notes.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, (FIXTURES / "hegseth.txt").read_bytes()),
    "/notes.md": (200, {"Content-Type": "text/markdown"}, (FIXTURES / "hegseth.md").read_bytes()),
    "/untyped": (200, {}, HEGSETH_HTML.encode("utf-8")),
    "/gzipped": (
        200,
        {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
        gzip.compress(HEGSETH_HTML.encode("utf-8")),
    ),
    "/no-canonical": (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        b"<html><body><article><p>Mill Road will close for resurfacing from Monday, the council said.</p>"
        b"</article></body></html>",
    ),
    "/caf%C3%A9?q=%C3%A9t%C3%A9": (
        200,
        {"Content-Type": "text/plain; charset=utf-8"},
        "The café on the quay reopened on Monday after a two-month renovation, its owner said.".encode(),
    ),
    "/gone": (500, {"Content-Type": "text/html"}, b"<h1>Oops</h1>"),
    "/empty": (200, {"Content-Type": "text/html"}, b"<html><body><nav>Home</nav></body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    seen_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/huge":
            return self._stream_forever()
        status, headers, body = ROUTES.get(self.path, (404, {"Content-Type": "text/html"}, b"not here"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)  # the client may stop reading on purpose (size cap, timeout)

    def _stream_forever(self) -> None:
        """No Content-Length: the cap must stop the download, not the header check."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            for _ in range(1000):
                self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>\n")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


def test_the_same_article_in_four_forms_has_one_body(server: str) -> None:
    bodies = {
        "text": load(str(FIXTURES / "hegseth.txt")).body,
        "markdown": load(str(FIXTURES / "hegseth.md")).body,
        "html": load(str(FIXTURES / "hegseth.html")).body,
        "url": load(f"{server}/article").body,
    }
    assert len(set(bodies.values())) == 1, {k: v[:80] for k, v in bodies.items()}
    body = bodies["url"]
    assert body.startswith("Defense Secretary Pete Hegseth on Tuesday flatly ruled out")
    assert body.endswith("His overseas trip is set to conclude with a stop in Poland later this week.")
    assert body.count("\n\n") == 19


def test_url_metadata_and_final_url_after_redirects(server: str) -> None:
    article = load(f"{server}/hop")
    assert article.source.url == f"{server}/article"
    assert article.source.path is None
    assert article.title == "Hegseth rules out sending US troops to Ukraine"
    assert article.url == "https://www.example.com/2025/02/11/us-news/hegseth-rules-out-us-troops-ukraine/"
    assert article.byline == "Dana Whitfield"
    assert str(article.published) == "2025-02-11"


def test_charset_from_the_header_decodes_smart_quotes(server: str) -> None:
    body = load(f"{server}/article").body
    assert "“We are not sending US troops to Ukraine,”" in body
    assert "NATO’s Brussels headquarters" in body


def test_sends_a_composer_user_agent(server: str) -> None:
    Handler.seen_agents.clear()
    load(f"{server}/article")
    assert Handler.seen_agents == [USER_AGENT]
    assert USER_AGENT.startswith("Composer/")


def test_text_and_markdown_urls_use_their_parsers(server: str) -> None:
    text = load(f"{server}/notes.txt")
    markdown = load(f"{server}/notes.md")
    assert text.body == markdown.body
    assert markdown.site_name == "The Daily Ledger"
    assert text.byline == "Dana Whitfield"


def test_a_compressed_page_is_decompressed(server: str) -> None:
    assert load(f"{server}/gzipped").body == load(f"{server}/article").body


def test_without_a_canonical_url_the_final_url_is_the_article_url(server: str) -> None:
    article = load(f"{server}/no-canonical")
    assert article.url == article.source.url == f"{server}/no-canonical"


def test_a_non_ascii_address_is_percent_encoded(server: str) -> None:
    article = load(f"{server}/café?q=été")
    assert article.body.startswith("The café on the quay reopened")


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        ("https://bücher.example/straße?q=ä b", "https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%A4%20b"),
        ("http://[::1]:8080/a b", "http://[::1]:8080/a%20b"),
        ("http://127.0.0.1:8000/already%20encoded?x=1&y=2#frag", "http://127.0.0.1:8000/already%20encoded?x=1&y=2"),
    ],
)
def test_addresses_are_sent_as_ascii(url: str, sent: str) -> None:
    from composer.ingest.fetch import _ascii

    assert _ascii(url) == sent


@pytest.mark.parametrize("url", ["http://[::1", "https://user:pw@example.com/a", "http://exa mple.com:99999/"])
def test_an_invalid_address_is_a_clear_error(url: str) -> None:
    with pytest.raises(InputError, match="not a valid web address"):
        load(url)


def test_a_page_without_content_type_is_sniffed(server: str) -> None:
    assert load(f"{server}/untyped").title == "Hegseth rules out sending US troops to Ukraine"


def test_overrides_win_over_the_page(server: str) -> None:
    article = load(f"{server}/article", overrides={"title": "Our headline", "byline": None})
    assert article.title == "Our headline"
    assert article.byline == "Dana Whitfield"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/missing", "HTTP 404 Not Found (check the address)"),
        ("/gone", "HTTP 500"),
        ("/report.pdf", "a PDF document (application/pdf), not a web page"),
        ("/photo", "an image (image/jpeg)"),
        ("/loop", "too many redirects"),
        ("/empty", "no article text found in this HTML page"),
    ],
)
def test_bad_urls_raise_one_clear_line(server: str, path: str, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        load(f"{server}{path}")
    message = str(caught.value)
    assert message.startswith(f"{server}{path}: ")
    assert expected in message
    assert "\n" not in message


def test_a_slow_server_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"/slow: no answer within 0\.5 s"):
        load(f"{server}/slow", timeout=0.5)
    assert time.monotonic() - started < 1.4


def test_an_oversize_body_is_cut_off(server: str) -> None:
    with pytest.raises(InputError, match=r"/huge: larger than the 100,000-byte limit"):
        load(f"{server}/huge", max_bytes=100_000)


def test_an_oversize_content_length_is_refused_before_reading(server: str) -> None:
    with pytest.raises(InputError, match="larger than the 2,000-byte limit"):
        load(f"{server}/article", max_bytes=2_000)


def test_dns_failure_says_the_host_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(InputError, match=r"^https://news\.invalid/a: cannot find the host"):
        load("https://news.invalid/a")


def test_a_closed_port_is_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(InputError, match="refused the connection"):
        load(f"http://127.0.0.1:{port}/article", timeout=2)
