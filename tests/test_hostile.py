"""Text written by strangers: it is shown, never evaluated, and never breaks a draft."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.cli import app
from tests.conftest import draft_folders

runner = CliRunner()

INJECTION = (
    "Mayor Ana Ruiz spoke on Monday about {{ 7*7 }} and {% for x in y %}loops{% endfor %} and {{ config }}.\n\n"
    "“We will print <script>alert(1)</script> and <img src=x onerror=alert(2)> as text, never as code,” Ruiz said.\n\n"
    'The council met <a href="javascript:alert(3)">here</a> to vote on {{ 6*7 }} proposals.'
)


def draft_all(isolated: Path, text: str, *extra: str) -> Path:
    (isolated / "hostile.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["draft", "hostile.txt", *extra])
    assert result.exit_code == 0, result.output
    [folder] = draft_folders(isolated / "outbox")
    return folder


def test_template_syntax_in_the_article_is_printed_literally(isolated):
    folder = draft_all(isolated, INJECTION)
    outputs = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir() if p.suffix in (".md", ".txt", ".json")}
    assert any("{{ 7*7 }}" in text for text in outputs.values())
    for name, text in outputs.items():
        assert not re.search(r"\b49\b", text) and "42 proposals" not in text, name
        assert "<Config" not in text and "Settings(" not in text, name


def test_markup_in_the_article_is_escaped_in_the_newsletter(isolated):
    folder = draft_all(isolated, INJECTION)
    html = (folder / "newsletter.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "onerror=alert(2)>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "ftp://x.org/a"])
def test_a_link_that_is_not_a_web_page_is_refused(isolated, url):
    (isolated / "a.txt").write_text(INJECTION, encoding="utf-8")
    result = runner.invoke(app, ["draft", "a.txt", "--url", url])
    assert result.exit_code == 2 and "http" in result.stderr
    assert not (isolated / "outbox").exists() or draft_folders(isolated / "outbox") == []


def test_a_header_link_that_is_not_a_web_page_is_dropped(isolated):
    folder = draft_all(isolated, "URL: javascript:alert(1)\n\n" + INJECTION)
    for path in folder.iterdir():
        assert "alert(1)\n" not in path.read_text(encoding="utf-8"), path.name
    html = (folder / "newsletter.html").read_text(encoding="utf-8")
    assert 'href="javascript:' not in html and "&lt;a href=" in html


UNICODE = (
    "👩🏽‍💻 Engineer Li Wei 李伟 said the 🇺🇦 flag flew over Kyiv while العربية text ran right to left.\n\n"
    "“Café ﬁnal naïve e\u0301 — ÅÅ, we shipped 🏳️‍🌈 and 👨‍👩‍👧‍👦 today,” Li Wei said.\n\n"
    "Zero\u200bwidth and soft\u00adhyphen and a lone surrogate \ud800 are all in this sentence."
)


def test_unicode_everywhere_drafts_and_counts(isolated):
    (isolated / "u.txt").write_bytes(UNICODE.encode("utf-8", "surrogatepass"))
    result = runner.invoke(app, ["draft", "u.txt"])
    assert result.exit_code == 0, result.output
    [folder] = draft_folders(isolated / "outbox")
    for channel in ("x", "bluesky", "mastodon", "threads", "linkedin"):
        data = json.loads((folder / f"{channel}.json").read_text(encoding="utf-8"))
        assert data["posts"] and all(0 < p["length"] <= data["limit"] for p in data["posts"])


def test_hostile_outbox_option_is_used_as_given_and_nothing_escapes(isolated, sample_file):
    target = isolated / "a" / ".." / "drafts"
    result = runner.invoke(app, ["draft", str(sample_file), "--channel", "x", "--outbox", str(target)])
    assert result.exit_code == 0, result.output
    assert len(list(draft_folders(isolated / "drafts"))) >= 1


def test_hostile_title_becomes_a_safe_folder_name(isolated, sample_file):
    result = runner.invoke(app, ["draft", str(sample_file), "--channel", "x", "--title", "../../../etc/passwd\x00 CON"])
    assert result.exit_code == 0, result.output
    [folder] = draft_folders(isolated / "outbox")
    assert folder.parent == isolated / "outbox" and ".." not in folder.name


# --- the bad-input matrix of docs/reliability.md ------------------------------------------------


def test_article_with_no_quotes_and_no_people_still_drafts(isolated):
    folder = draft_all(isolated, "the river rose two metres overnight and the lower town flooded again.")
    brief = json.loads((folder / "brief.json").read_text())
    assert brief["quotes"] == [] and brief["people"] == []
    assert json.loads((folder / "x.json").read_text())["posts"]


def test_a_ten_thousand_word_quote(isolated):
    words = " ".join(["word"] * 10_000)
    folder = draft_all(isolated, f"Ana Ruiz spoke.\n\n“{words}.” Ruiz said.")
    brief = json.loads((folder / "brief.json").read_text())
    assert len(brief["quotes"][0]["text"].split()) == 10_000
    for channel in ("x", "bluesky", "mastodon", "threads", "linkedin"):
        data = json.loads((folder / f"{channel}.json").read_text())
        assert all(p["length"] <= data["limit"] for p in data["posts"])


def test_a_thousand_paragraphs(isolated):
    text = "\n\n".join(f"Paragraph {i} says the council met on Monday to vote." for i in range(1000))
    folder = draft_all(isolated, text, "--channel", "x,newsletter")
    assert len((folder / "newsletter.html").read_bytes()) < 102 * 1024


def test_a_missing_template_is_one_clear_error_and_writes_nothing(isolated, sample_file):
    (isolated / "templates" / "x").mkdir(parents=True)
    (isolated / "templates" / "x" / "thread.txt.j2").write_text('{% include "x/missing.txt.j2" %}')
    result = runner.invoke(app, ["draft", str(sample_file), "--channel", "x"])
    assert result.exit_code == 5 and "template not found: x/missing.txt.j2" in result.stderr
    assert not (isolated / "outbox").exists() or draft_folders(isolated / "outbox") == []


def test_an_outbox_that_is_not_a_folder(isolated, sample_file):
    (isolated / "outbox").write_text("not a folder")
    result = runner.invoke(app, ["draft", str(sample_file), "--channel", "x"])
    assert result.exit_code != 0 and "cannot write to outbox" in result.stderr
    assert (isolated / "outbox").read_text() == "not a folder"


def test_credentials_never_show_in_a_debug_traceback(monkeypatch):
    from composer.publish.credentials import load_credentials

    secrets = {
        "X_API_KEY": "AKEY123",
        "X_API_SECRET": "ASECRET456",
        "X_ACCESS_TOKEN": "ATOK789",
        "X_ACCESS_TOKEN_SECRET": "ATS000",
    }
    for key, value in secrets.items():
        monkeypatch.setenv(key, value)
    credentials = load_credentials()
    shown = repr(credentials) + str(credentials)
    assert not any(v in shown for v in secrets.values())
