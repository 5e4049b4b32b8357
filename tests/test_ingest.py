"""composer.ingest.load: input kinds, stdin, overrides, encodings and bad input."""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from composer.config import Settings
from composer.errors import InputError
from composer.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, check_overrides, detect_kind, load
from composer.ingest.read import repair_mojibake

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE = """Title: Ferry service resumes after storm
Date: 2025-03-02
By: Ana Costa

The island ferry resumed its normal timetable on Sunday, three days after a storm damaged the pier at Westhaven.

“We worked through the night to get the ramp safe again,” said harbour master Liam Byrne.
"""
BODY = (
    "The island ferry resumed its normal timetable on Sunday, three days after a storm damaged the pier at Westhaven."
    "\n\n“We worked through the night to get the ramp safe again,” said harbour master Liam Byrne."
)


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def use_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- plain text --------------------------------------------------------------


def test_plain_text_with_header_lines(tmp_path: Path) -> None:
    article = load(write(tmp_path, "ferry.txt", ARTICLE))
    assert article.body == BODY
    assert article.title == "Ferry service resumes after storm"
    assert article.published == date(2025, 3, 2)
    assert article.byline == "Ana Costa"
    assert article.source.path == str(tmp_path / "ferry.txt")
    assert article.source.url is None


def test_body_format_is_single_spaced_paragraphs(tmp_path: Path) -> None:
    messy = "  First   paragraph\nwrapped\there.  \n\n\n\n Second\u00a0one.\n \n\t\nThird.\n"
    body = load(write(tmp_path, "a.txt", messy)).body
    assert body == "First paragraph wrapped here.\n\nSecond one.\n\nThird."


def test_written_dates_are_understood(tmp_path: Path) -> None:
    article = load(write(tmp_path, "a.txt", "Date: Feb. 11, 2025\n\nSome text here."))
    assert article.published == date(2025, 2, 11)


def test_an_unreadable_date_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"a\.txt: cannot read the date 'last Tuesday'") as caught:
        load(write(tmp_path, "a.txt", "Date: last Tuesday\n\nSome text here."))
    assert caught.value.hint == "write it as YYYY-MM-DD"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stdin(monkeypatch, ARTICLE.encode("utf-8"))
    article = load("-")
    assert article.body == BODY
    assert article.source.path is None


def test_stdin_with_front_matter_is_markdown(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stdin(monkeypatch, b"---\ntitle: Ferry\n---\n\nThe **ferry** is [back](https://example.com/ferry).\n")
    article = load("-")
    assert (article.title, article.body) == ("Ferry", "The ferry is back.")
    assert article.links[0].url == "https://example.com/ferry"


def test_stdin_with_html_is_html(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stdin(monkeypatch, (FIXTURES / "hegseth.html").read_bytes())
    assert load("-").byline == "Dana Whitfield"


def test_overrides_win_over_detected_metadata(tmp_path: Path) -> None:
    overrides = {"title": "Our title", "url": "https://example.com/x", "published": "2025-03-03", "byline": "Desk"}
    article = load(write(tmp_path, "a.txt", ARTICLE), overrides=overrides)
    assert article.title == "Our title"
    assert article.url == "https://example.com/x"
    assert article.published == date(2025, 3, 3)
    assert article.byline == "Desk"


def test_empty_overrides_do_not_erase_metadata(tmp_path: Path) -> None:
    article = load(write(tmp_path, "a.txt", ARTICLE), overrides={"title": None, "byline": ""})
    assert article.title == "Ferry service resumes after storm"
    assert article.byline == "Ana Costa"


def test_unknown_override_keys_are_a_bug() -> None:
    with pytest.raises(ValueError, match="cannot override author"):
        load(str(FIXTURES / "hegseth.txt"), overrides={"author": "x"})


def test_a_bad_override_date_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the date '31/31/2025'"):
        load(write(tmp_path, "a.txt", ARTICLE), overrides={"published": "31/31/2025"})


# --- kinds -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("a.html", "just text", "html"),
        ("a.HTM", "just text", "html"),
        ("a.md", "just text", "markdown"),
        ("a.markdown", "just text", "markdown"),
        ("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("a.txt", "\n  <html lang=en><head>", "html"),
        ("a.txt", '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "html"),
        ("stdin", "---\ntitle: x\n---\nbody", "markdown"),
        ("stdin", "+++\ntitle = 'x'\n+++\nbody", "markdown"),
        ("a.txt", "---\nnot front matter, just a rule", "text"),
        ("a.txt", "Use <b> for bold, the memo said.", "text"),
        ("https://example.com/story.md?ref=x", "body", "markdown"),
    ],
)
def test_detect_kind(name: str, text: str, kind: str) -> None:
    assert detect_kind(name, text) == kind


@pytest.mark.parametrize(
    "head", ['<?xml version="1.0"?>\n<rss version="2.0">', '<feed xmlns="http://www.w3.org/2005/Atom">']
)
def test_a_feed_is_not_an_article(head: str) -> None:
    with pytest.raises(InputError, match=r"^feed\.xml: looks like an RSS or Atom feed, not an article"):
        detect_kind("feed.xml", head + "<channel><item><title>x</title></item></channel>")


def test_kind_can_be_forced(tmp_path: Path) -> None:
    source = write(tmp_path, "page.txt", (FIXTURES / "hegseth.html").read_text(encoding="utf-8"))
    assert load(source, kind="html").byline == "Dana Whitfield"
    assert "<p>" in load(source, kind="text").body
    with pytest.raises(ValueError, match="kind must be one of"):
        load(source, kind="pdf")  # type: ignore[arg-type]


# --- encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
        lambda s: s.replace("\n", "\r\n").encode("utf-8"),
        lambda s: s.replace("\n", "\r").encode("utf-8"),
        lambda s: s.encode("cp1252"),
        lambda s: s.encode("utf-16-le"),
        lambda s: s.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "crlf", "cr", "cp1252", "utf16-le", "utf16-be"],
)
def test_encodings_and_line_endings_give_the_same_body(tmp_path: Path, encode) -> None:
    assert load(write(tmp_path, "a.txt", encode(ARTICLE))).body == BODY


def test_windows_1252_smart_quotes(tmp_path: Path) -> None:
    raw = b"\x93We are not sending US troops,\x94 he said. It\x92s final \x96 for now.\n"
    assert load(write(tmp_path, "a.txt", raw)).body == "“We are not sending US troops,” he said. It’s final – for now."


def test_a_wrong_declared_charset_falls_back_to_sniffing(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><article>'
    page += "<p>\x93Yes,\x94 said the mayor of the town on Tuesday.</p>"
    article = load(write(tmp_path, "a.html", page.encode("latin-1")))
    assert article.body == "“Yes,” said the mayor of the town on Tuesday."


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    article = load(str(FIXTURES / "council-budget-cp1252.html"))
    assert "“We are spending money we will not have next year,” Alvarez said" in article.body


def test_text_is_nfc_without_invisible_characters(tmp_path: Path) -> None:
    raw = (
        "Si\u0061\u0302n Lloyd met Heg\u00adseth and Pete\u200b Hegseth\u2060"
        " at\u00a0noon \ufeffin Caf\u0065\u0301 Ni\u200cce.\n"
    )
    body = load(write(tmp_path, "a.txt", raw)).body
    assert body == "Siân Lloyd met Hegseth and Pete Hegseth at noon in Café Nice."
    assert unicodedata.is_normalized("NFC", body)


def test_noncharacters_are_dropped(tmp_path: Path) -> None:
    # U+FFFE and its like are no text; left in, the MJML compiler rejects the newsletter
    raw = "Ann Poe\ufffe opened the bridge\uffff on Monday\ufdd0, as promised\U0010fffe.\n"
    body = load(write(tmp_path, "a.txt", raw)).body
    assert body == "Ann Poe opened the bridge on Monday, as promised."


def test_persian_zero_width_non_joiner_is_kept(tmp_path: Path) -> None:
    raw = "می\u200cخواهم این خبر را بخوانم و آن را با دوستانم به اشتراک بگذارم.\n"
    assert "\u200c" in load(write(tmp_path, "fa.txt", raw)).body


# --- bad input ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "no article text found"),
        (b"   \n\n\t\r\n  ", "no article text found"),
        (b"Share.\n\nAdvertisement\n\nExit mobile version\n", "no article text found"),
        (bytes(range(256)) * 8, "looks like a binary file"),
        (b"%PDF-1.7\n1 0 obj\n", "binary data that looks like a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data that looks like a PNG image"),
        (b"PK\x03\x04\x14\x00", "binary data that looks like a zip archive or Word/ODF document"),
    ],
    ids=["empty", "whitespace", "only-boilerplate", "binary", "pdf", "png", "docx"],
)
def test_bad_files_raise_one_clear_line(tmp_path: Path, data: bytes, expected: str) -> None:
    source = write(tmp_path, "article.txt", data)
    with pytest.raises(InputError) as caught:
        load(source)
    assert str(caught.value).startswith(f"{source}: {expected}")
    assert "\n" not in str(caught.value)


def test_an_html_page_without_article_text(tmp_path: Path) -> None:
    source = str(FIXTURES / "section-front.html")
    with pytest.raises(InputError, match=r"section-front\.html: no article text found in this HTML page"):
        load(source)


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: no 50 MB is written
    with pytest.raises(InputError, match=r"huge\.txt: larger than the 20,000,000-byte limit") as caught:
        load(str(path))
    assert "max_input_bytes" in (caught.value.hint or "")


def test_the_size_cap_is_configurable(tmp_path: Path) -> None:
    source = write(tmp_path, "a.txt", ARTICLE * 20)
    with pytest.raises(InputError, match="larger than the 1,000-byte limit"):
        load(source, max_bytes=1_000)
    assert load(source, max_bytes=100_000).title


def test_stdin_over_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stdin(monkeypatch, b"x" * 5_000)
    with pytest.raises(InputError, match=r"^stdin: larger than the 1,000-byte limit"):
        load("-", max_bytes=1_000)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        load(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a folder, not an article file"):
        load(str(tmp_path))


def test_defaults_match_settings() -> None:
    assert Settings().max_input_bytes == DEFAULT_MAX_BYTES
    assert Settings().fetch_timeout == DEFAULT_TIMEOUT


def test_importing_ingest_does_not_load_trafilatura() -> None:
    code = (
        "import importlib.util, sys, composer.ingest; from composer.ingest import load;"
        "importlib.util.find_spec('composer.cli') and __import__('composer.cli');"
        f"load({str(FIXTURES / 'hegseth.txt')!r});"
        "bad = [m for m in ('trafilatura', 'lxml', 'htmldate') if m in sys.modules]; print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=FIXTURES.parents[2]
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- a headline pasted without a Title: line ---------------------------------


def test_a_pasted_headline_and_byline_become_metadata(tmp_path: Path) -> None:
    text = "Ferry service resumes after storm\n\nBy Ana Costa\n\n" + BODY
    article = load(write(tmp_path, "a.txt", text))
    assert (article.title, article.byline, article.body) == ("Ferry service resumes after storm", "Ana Costa", BODY)


@pytest.mark.parametrize(
    "dateline", ["SPRINGFIELD (AP) — ", "WESTHAVEN, Maine — ", "SPRINGFIELD, Ill., Feb. 11 (UPI) -- "]
)
def test_a_line_before_a_wire_storys_dateline_is_the_headline_even_with_a_full_stop(
    tmp_path: Path, dateline: str
) -> None:
    story = f"{dateline}The island ferry resumed service on Tuesday after the storm.\n\n{BODY}"
    article = load(write(tmp_path, "a.txt", f"Ferry service resumes after the storm.\n\n{story}"))
    assert (article.title, article.body) == ("Ferry service resumes after the storm", story)


def test_a_headline_under_a_share_bar_is_still_the_headline(tmp_path: Path) -> None:
    article = load(write(tmp_path, "a.txt", "Share\n\nFerry service resumes after storm\n\n" + BODY))
    assert (article.title, article.body) == ("Ferry service resumes after storm", BODY)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Ferry Service Resumes After the Storm.", "Ferry Service Resumes After the Storm"),
        ("Is the Island Ferry Back for Good?", "Is the Island Ferry Back for Good?"),
        ("Mayor: ‘The Ferry Will Run All Winter.’", "Mayor: ‘The Ferry Will Run All Winter.’"),
        ("Ferry Returns to the U.S.", "Ferry Returns to the U.S."),
    ],
)
def test_a_headline_in_title_case_pasted_with_a_full_stop_is_still_the_headline(
    tmp_path: Path, first: str, title: str
) -> None:
    article = load(write(tmp_path, "a.txt", f"{first}\n\n{BODY}"))
    assert (article.title, article.body) == (title, BODY)


@pytest.mark.parametrize(
    "first",
    [
        "WESTHAVEN — The island ferry is back.",  # a lede, not a headline
        "The island ferry is back for good.",  # a sentence, in sentence case
        "“We worked through the night,” he said:",
        "By Ana Costa",
    ],
)
def test_sentences_are_not_mistaken_for_headlines(tmp_path: Path, first: str) -> None:
    article = load(write(tmp_path, "a.txt", f"{first}\n\n{BODY}"))
    assert article.title is None


def test_the_sample_source_has_no_headline_line() -> None:
    sample = FIXTURES.parents[2] / "sources" / "hegseth-nato-ukraine.txt"
    if not sample.exists():
        pytest.skip("sample article not shipped")
    article = load(str(sample))
    assert article.title is None
    assert article.body.startswith("Defense Secretary Pete Hegseth on Tuesday")
    assert article.body == load(str(FIXTURES / "hegseth.txt")).body


# --- mojibake ----------------------------------------------------------------

GOOD = "“We are not sending US troops,” he said at the Café in Kraków — 3% of GDP."


@pytest.mark.parametrize(
    "bad",
    [
        GOOD.encode("utf-8").decode("cp1252", errors="replace"),  # ” arrives as â€ + U+FFFD
        "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in GOOD.encode()),
    ],
    ids=["replacement-char", "c1-control"],
)
def test_utf8_read_as_windows_1252_is_repaired(tmp_path: Path, bad: str) -> None:
    assert repair_mojibake(bad) == GOOD
    assert load(write(tmp_path, "a.txt", bad.encode("utf-8"))).body == GOOD


@pytest.mark.parametrize("text", ["Ã la carte, said the chef.", "â€œ mixed with real “quotes” stays as is", GOOD])
def test_text_that_is_not_mojibake_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_text_copied_from_a_browser_page() -> None:
    article = load(str(FIXTURES / "pasted-from-browser.txt"))
    assert article.title == "Mill Road bridge to close for six months as repairs begin"
    assert article.byline == "Ana Costa"
    assert article.published == date(2025, 3, 3)
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("The Mill Road bridge will close to all traffic")
    assert paragraphs[-1] == "The county said it would hold a public meeting on March 20 at Oakfield Library."
    for furniture in (
        "Skip to content",
        "Listen",
        "Share",
        "Advertisement",
        "Photo by",
        "Related",
        "Sign up",
        "Most Read",
    ):
        assert furniture not in article.body


def test_a_url_override_must_be_a_web_link() -> None:
    from composer.errors import UsageError

    with pytest.raises(UsageError, match="--url must be an http:// or https:// link"):
        load(str(FIXTURES / "hegseth.txt"), overrides={"url": "javascript:alert(1)"})
    assert check_overrides({"title": "T", "byline": None}) == {"title": "T"}
    assert check_overrides({"tags": "NATO, Ukraine,"}) == {"tags": ("NATO", "Ukraine")}


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Ferry service resumes after storm;", "Ferry service resumes after storm"),  # headline; deck
        ("Ferry Service Resumes After the Storm", "Ferry Service Resumes After the Storm"),
    ],
)
def test_a_headline_on_the_line_right_above_the_story_is_the_headline(tmp_path: Path, first: str, title: str) -> None:
    deck = "After a week of gales, the island is connected again."
    article = load(write(tmp_path, "a.txt", f"{first}\n{deck}\n\n{BODY}"))
    assert (article.title, article.body) == (title, f"{deck}\n\n{BODY}")


def test_a_wrapped_first_paragraph_is_no_headline(tmp_path: Path) -> None:
    wrapped = "The island ferry resumed service on Tuesday after\nThe Storm Authority lifted its warning."
    article = load(write(tmp_path, "a.txt", f"{wrapped}\n\n{BODY}"))
    assert article.title is None
    assert article.body.startswith("The island ferry resumed service on Tuesday after The Storm Authority")


def test_a_news_databases_labels_are_dropped(tmp_path: Path) -> None:
    article = load(write(tmp_path, "a.txt", f"ABSTRACT.\n\nThe ferry is back.\n\nFULL TEXT.\n\n{BODY}"))
    assert article.body == f"The ferry is back.\n\n{BODY}"
