"""RSS/Atom feeds for the digest: full items become Articles; a teaser is fetched from its link (local server)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from composer.errors import InputError
from composer.ingest.feed import load_feed

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
FULL = (
    "<p>The island ferry resumed its normal timetable on Sunday, three days after a storm damaged the pier at "
    "Westhaven. Engineers worked through the night to make the landing ramp safe, and the first crossing left "
    "on time at 7:15 a.m. with about forty passengers and a delivery van on board.</p>"
    "<p>“We worked through the night to get the ramp safe again,” said harbour master Liam Byrne.</p>"
)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def rss(tmp_path: Path, items: str) -> str:
    path = tmp_path / "feed.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>{items}</channel></rss>')
    return str(path)


def test_full_items_newest_first(tmp_path: Path) -> None:
    from html import escape

    feed = rss(
        tmp_path,
        "<item><title>Old story</title><link>https://example.com/old</link>"
        f"<pubDate>Sat, 01 Mar 2025 08:00:00 GMT</pubDate><description>{escape(FULL)}</description></item>"
        "<item><title>Ferry is back</title><link>https://example.com/ferry</link>"
        f"<pubDate>Sun, 02 Mar 2025 08:00:00 GMT</pubDate><description>{escape(FULL)}</description></item>",
    )
    articles = load_feed(feed, limit=5, max_bytes=1_000_000, timeout=2)
    assert [a.title for a in articles] == ["Ferry is back", "Old story"]
    assert articles[0].published == date(2025, 3, 2)
    assert articles[0].url == "https://example.com/ferry"
    assert articles[0].body.split("\n\n")[1].startswith("“We worked through the night")
    assert len(load_feed(feed, limit=1, max_bytes=1_000_000, timeout=2)) == 1


def test_a_teaser_is_fetched_from_its_link(tmp_path: Path, server: str) -> None:
    link = f"{server}/hegseth.html"
    feed = rss(
        tmp_path, f"<item><title>Hegseth and Ukraine</title><link>{link}</link><description>Short.</description></item>"
    )
    [article] = load_feed(feed, limit=5, max_bytes=1_000_000, timeout=2)
    assert (article.title, article.url) == ("Hegseth and Ukraine", link)
    assert article.body.startswith("Defense Secretary Pete Hegseth on Tuesday")


def test_an_empty_feed_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no items found in this feed"):
        load_feed(rss(tmp_path, ""), limit=5, max_bytes=1_000_000, timeout=2)
