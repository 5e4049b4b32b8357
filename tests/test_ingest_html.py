"""HTML input: saved pages with navigation, ads, share bars, cookie banners, comments and JSON-LD."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from composer.blocks import Link
from composer.errors import InputError
from composer.ingest import load
from composer.ingest.jsonld import jsonld_meta

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
# Text that is on the saved pages but is not the article.
FURNITURE = (
    "cookies",
    "Accept all",
    "Subscribe",
    "Advertisement",
    "Share on",
    "Read more",
    "Related",
    "Sign up",
    "newsletter",
    "Comments",
    "Europe needs to step up",  # a reader comment
    "Join the conversation",
    "Leave a Reply",
    "Glad they kept the library",  # a reader comment
    "All rights reserved",
    "©",
    "Photo:",
    "Filed under",
    "Follow Harbour Times",
    "More from",
    "Winter ferry timetable",
    "Copy link",
    "Library hours could be cut",  # a related-story link
)


@pytest.fixture(scope="module")
def hegseth():
    return load(str(FIXTURES / "hegseth.html"))


@pytest.fixture(scope="module")
def council():
    return load(str(FIXTURES / "council-budget-cp1252.html"))


@pytest.fixture(scope="module")
def harbour():
    return load(str(FIXTURES / "harbor-jsonld.html"))


def test_open_graph_metadata(hegseth) -> None:
    assert hegseth.title == "Hegseth rules out sending US troops to Ukraine"
    assert hegseth.byline == "Dana Whitfield"
    assert hegseth.published == date(2025, 2, 11)
    assert hegseth.site_name == "The Daily Ledger"
    assert hegseth.url == "https://www.example.com/2025/02/11/us-news/hegseth-rules-out-us-troops-ukraine/"
    assert hegseth.image == "https://cdn.example.com/images/2025/02/hegseth-germany.jpg"
    assert hegseth.description.startswith("Defense Secretary Pete Hegseth said the US will not send troops")
    assert hegseth.tags == ("Pete Hegseth", "NATO", "Ukraine")
    assert hegseth.source.path == str(FIXTURES / "hegseth.html")


def test_links_in_the_article_are_kept(hegseth) -> None:
    assert Link(text="Elon Musk", url="https://www.example.com/tag/elon-musk/") in hegseth.links
    assert not any("zelensky" in link.url for link in hegseth.links)  # the "Read more" promo went with its text


@pytest.mark.parametrize("page", ["hegseth", "council", "harbour"])
def test_page_furniture_is_gone(page: str, request: pytest.FixtureRequest) -> None:
    body = request.getfixturevalue(page).body
    for text in FURNITURE:
        assert text.casefold() not in body.casefold(), text


@pytest.mark.parametrize("page", ["hegseth", "council", "harbour"])
def test_body_format(page: str, request: pytest.FixtureRequest) -> None:
    article = request.getfixturevalue(page)
    paragraphs = article.body.split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    assert not paragraphs[0].startswith(article.title)  # the headline is metadata, not body
    assert not article.body.startswith("By ")


def test_windows_1252_page_metadata_and_structure(council) -> None:
    assert council.title == "Council passes $48.2 million budget after late-night debate"
    assert council.byline == "Maria Okafor"
    assert council.published == date(2024, 12, 4)
    assert council.site_name == "Millbrook Courier"
    paragraphs = council.body.split("\n\n")
    assert paragraphs[0].startswith("The Millbrook City Council approved a $48.2 million budget")
    assert "Library hours restored" in paragraphs  # a subhead is its own paragraph
    assert "$1.1 million to repave Oak Street and Mill Road." in paragraphs  # a list item too
    assert "“This is the most careful budget I have seen in twelve years on this council,” said" in council.body
    assert paragraphs[-1] == "The new budget takes effect Jan. 1."


def test_json_ld_only_metadata(harbour) -> None:
    assert harbour.title == "Harbour dredging to start in March after two-year delay"
    assert harbour.byline == "Owen Pryce and Siân Lloyd"
    assert harbour.published == date(2025, 1, 17)
    assert harbour.url == "https://harbourtimes.example/news/2025/01/17/harbour-dredging-march"
    assert harbour.image == "https://harbourtimes.example/img/dredger.jpg"
    assert harbour.description.startswith("Work to deepen the shipping channel")
    assert "Story continues below advertisement" not in harbour.body
    assert harbour.body.count("\n\n") == 4


def test_a_section_front_has_no_article_text() -> None:
    with pytest.raises(InputError, match=r"section-front\.html: no article text found in this HTML page"):
        load(str(FIXTURES / "section-front.html"))


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html></html>",
        "<!DOCTYPE html><html><head><title>Just a title</title></head><body></body></html>",
        "<html><body><script>var article = 'not text';</script><nav>Home News</nav></body></html>",
    ],
)
def test_pages_without_text(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(InputError, match="no article text found"):
        load(str(path))


def test_a_short_brief_is_still_an_article(tmp_path: Path) -> None:
    path = tmp_path / "brief.html"
    path.write_text(
        "<html><head><title>Road closed</title></head><body><article><h1>Road closed</h1>"
        "<p>Mill Road will close for resurfacing from Monday, the council said.</p></article></body></html>",
        encoding="utf-8",
    )
    assert load(str(path)).body == "Mill Road will close for resurfacing from Monday, the council said."


def test_line_breaks_inside_a_paragraph_become_spaces(tmp_path: Path) -> None:
    path = tmp_path / "poem.html"
    text = "The harbour master read the notice aloud to the crowd on the quay.<br>Nobody moved.<br/>Then they cheered."
    path.write_text(f"<html><body><article><p>{text}</p><p>{text}</p></article></body></html>", encoding="utf-8")
    assert load(str(path)).body.split("\n\n")[0] == text.replace("<br>", " ").replace("<br/>", " ")


def test_double_line_breaks_separate_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "br.html"
    first = "The first paragraph of the story runs here and has enough words to count as prose."
    second = "The second paragraph continues the story with more words in it."
    third = "A third paragraph whose source HTML\n\nhas a blank line inside the element, which is only a space."
    page = f'<div class="story">{first}<br><br>\n{second}<br>Same paragraph.<br/> <br/><br>{third}</div>'
    path.write_text(f"<html><body>{page}</body></html>")
    assert load(str(path)).body.split("\n\n") == [first, f"{second} Same paragraph.", " ".join(third.split())]


def test_json_ld_parser_tolerates_broken_scripts() -> None:
    page = (
        '<script type="application/ld+json">{broken</script>'
        '<script type="application/ld+json">[{"@type": ["NewsArticle"], "headline": " A  headline ",'
        ' "author": "Ana Costa", "image": ["https://example.com/a.jpg"], "url": "not a url"}]</script>'
    )
    assert jsonld_meta(page) == {"title": "A headline", "byline": "Ana Costa", "image": "https://example.com/a.jpg"}
    assert jsonld_meta("<p>no scripts</p>") == {}


def test_a_parser_failure_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from composer.ingest import html

    def broken(text: str, url: str | None) -> None:
        raise ValueError("Unicode strings with encoding declaration are not supported")

    monkeypatch.setattr(html, "_extract", broken)
    path = tmp_path / "odd.html"
    path.write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"odd\.html: cannot read this HTML page \(Unicode strings"):
        load(str(path))


def test_html_is_read_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("HTML ingest tried to use the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    for name in ("hegseth.html", "harbor-jsonld.html", "council-budget-cp1252.html"):
        assert load(str(FIXTURES / name)).body
