"""Reading real-world input: text, Markdown, saved HTML, URLs, stdin, odd encodings, bad input."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from composer.errors import InputError, UsageError
from composer.extract import extract
from composer.ingest import load
from composer.ingest.clean import clean_body
from tests.conftest import SAMPLE

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_same_article_as_text_markdown_html_and_url_gives_the_same_body_and_quotes(server):
    as_text = load(str(SAMPLE))
    others = [load(str(FIXTURES / "hegseth.md")), load(str(FIXTURES / "hegseth.html")), load(server + "/article")]
    for article in others:
        assert article.body == as_text.body
    quotes = [[(q.text, q.speaker) for q in extract(a).quotes] for a in (as_text, *others)]
    assert all(q == quotes[0] for q in quotes)


def test_sample_trailing_junk_is_dropped():
    body = load(str(SAMPLE)).body
    assert not body.endswith(("Share.", "Exit mobile version")) and "Exit mobile version" not in body
    assert body.endswith("His overseas trip is set to conclude with a stop in Poland later this week.")


def test_html_metadata_and_no_page_furniture():
    article = load(str(FIXTURES / "hegseth.html"))
    assert article.title == "Hegseth rules out sending US troops to Ukraine"
    assert article.byline == "Jordan Reyes" and article.site_name == "The Daily Example"
    assert str(article.published) == "2025-02-11"
    assert article.url == "https://news.example.com/2025/02/11/hegseth-ukraine-troops/"
    assert article.image == "https://news.example.com/img/hegseth.jpg"
    for junk in ("cookies", "Share on", "Advertisement", "Comments", "patriot1776", "Privacy", "Five things"):
        assert junk not in article.body


def test_markdown_front_matter_formatting_and_links():
    article = load(str(FIXTURES / "hegseth.md"))
    assert article.tags == ("Defense", "Ukraine", "NATO") and article.byline == "Jordan Reyes"
    assert [(link.text, link.url) for link in article.links] == [
        ("Ukraine Defense Contact Group", "https://www.defense.gov/udcg")
    ]
    assert "](" not in article.body and "*" not in article.body and "Ukraine Defense Contact Group" in article.body


def test_markdown_formatting_is_stripped(isolated):
    (isolated / "a.md").write_text(
        "## A heading\n\nSome **bold**, _italic_ and `code` with a [link](https://x.org) and snake_case_name.\n\n"
        "- first item\n- second item\n\n> a quoted line\n\n![photo](p.jpg)\n",
        encoding="utf-8",
    )
    body = load("a.md").body
    assert body.split("\n\n") == [
        "A heading",
        "Some bold, italic and code with a link and snake_case_name.",
        "first item",
        "second item",
        "a quoted line",
    ]


def test_text_header_lines_become_metadata(isolated):
    (isolated / "a.txt").write_text(
        "Title: Bridge opens\nURL: https://e.com/b\nDate: 2026-11-20\nBy: Ana Ruiz\n\nThe bridge opened today.\n"
    )
    article = load("a.txt")
    assert (article.title, article.url, str(article.published), article.byline) == (
        "Bridge opens", "https://e.com/b", "2026-11-20", "Ana Ruiz",
    )  # fmt: skip
    assert article.body == "The bridge opened today."


def test_overrides_win_over_detected_metadata():
    article = load(str(FIXTURES / "hegseth.html"), overrides={"title": "Mine", "published": "2026-01-02"})
    assert article.title == "Mine" and str(article.published) == "2026-01-02"


@pytest.mark.parametrize(
    "line",
    ["Share.", "Exit mobile version", "Advertisement", "Read more", "Sign up for our newsletter to get more",
     "Photo credit: AP", "Related: Five other stories", "Story continues below advertisement"],
)  # fmt: skip
def test_boilerplate_lines_are_removed(line):
    assert clean_body(f"The bridge opened.\n\n{line}\n\nIt is safe.") == "The bridge opened.\n\nIt is safe."


def test_boilerplate_words_inside_a_sentence_stay():
    text = "Readers can share. Read more about it in the advertisement section."
    assert clean_body(text) == text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("“Smart” quotes".encode() , "“Smart” quotes"),
        (b"\xef\xbb\xbf" + "“BOM” here".encode(), "“BOM” here"),
        ("“UTF-16” text".encode("utf-16"), "“UTF-16” text"),
        (b"\x93Windows\x94 quotes \x96 dash", "“Windows” quotes – dash"),
        (b"line one\r\nline two\r\n\r\nnext", "line one line two\n\nnext"),
        ("Cafe\u0301 zero\u200bwidth soft\u00adhyphen".encode(), "Café zerowidth softhyphen"),
    ],
)  # fmt: skip
def test_encodings_and_invisible_characters(isolated, data, expected):
    (isolated / "a.txt").write_bytes(data)
    assert load("a.txt").body == expected


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.read_bytes())))
    article = load("-")
    assert article.source.path is None and article.body == load(str(SAMPLE)).body


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "no article text"), (b"  \n\n \t ", "no article text"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
     (b"Share.\n\nExit mobile version\n", "no article text")],
)  # fmt: skip
def test_bad_files_are_one_clear_error(isolated, content, message):
    (isolated / "bad.txt").write_bytes(content)
    with pytest.raises(InputError, match=message):
        load("bad.txt")


def test_size_cap(isolated):
    (isolated / "big.txt").write_bytes(b"word " * 3000)
    with pytest.raises(InputError, match="larger than the 10,000-byte limit"):
        load("big.txt", max_bytes=10_000)


def test_missing_and_folder(isolated):
    with pytest.raises(InputError, match="no such file"):
        load("nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        load(str(isolated))


def test_html_with_no_article_text(isolated):
    (isolated / "empty.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(InputError, match="no article text found in this HTML page"):
        load("empty.html")


def test_bad_url_override_is_a_usage_error():
    with pytest.raises(UsageError, match="http"):
        load(str(SAMPLE), overrides={"url": "javascript:alert(1)"})


# --- URLs, against a server on 127.0.0.1 started here -------------------------------------------


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        route = ROUTES.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        status, headers, body, delay = route
        time.sleep(delay)
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))

    def log_message(self, *args) -> None:  # keep test output clean
        pass


SEEN_AGENTS: list[str] = []
HTML = (FIXTURES / "hegseth.html").read_bytes()
ROUTES = {
    "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, HTML, 0),
    "/moved": (301, {"Location": "/article"}, b"", 0),
    "/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4", 0),
    "/slow": (200, {"Content-Type": "text/html"}, HTML, 2.0),
    "/huge": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 300_000 + b"</p>", 0),
    "/latin1": (200, {"Content-Type": "text/plain; charset=iso-8859-1"}, "Café au lait for all.".encode("latin-1"), 0),
}  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_url_redirects_are_followed_and_recorded(server):
    article = load(server + "/moved")
    assert article.source.url == server + "/article" and article.title.startswith("Hegseth rules out")


def test_url_sends_a_proper_user_agent(server):
    SEEN_AGENTS.clear()
    load(server + "/article")
    assert SEEN_AGENTS and SEEN_AGENTS[-1].startswith("Composer/0.") and "python" not in SEEN_AGENTS[-1].lower()


def test_url_http_error(server):
    with pytest.raises(InputError, match="HTTP 404"):
        load(server + "/missing")


def test_url_not_html(server):
    with pytest.raises(InputError, match="application/pdf"):
        load(server + "/pdf")


def test_url_timeout(server):
    with pytest.raises(InputError, match=r"no answer within 0\.5 s|timed out"):
        load(server + "/slow", timeout=0.5)


def test_url_size_cap(server):
    with pytest.raises(InputError, match="larger than"):
        load(server + "/huge", max_bytes=100_000)


def test_url_charset_from_headers(server):
    assert load(server + "/latin1").body == "Café au lait for all."
