"""Markdown input: front matter, formatting stripped to prose, links kept as data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from composer.blocks import Link
from composer.errors import InputError
from composer.ingest import load
from composer.ingest.frontmatter import parse_yaml, split_front_matter
from composer.ingest.markdown import parse_markdown, strip_inline

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def body_of(markdown: str) -> str:
    paras, _, _ = parse_markdown(markdown, "test.md")
    return "\n\n".join(p for p in paras if p)


# --- the sample --------------------------------------------------------------


def test_sample_metadata_from_front_matter() -> None:
    article = load(str(FIXTURES / "hegseth.md"))
    assert article.title == "Hegseth rules out sending US troops to Ukraine"
    assert article.url == "https://www.example.com/2025/02/11/us-news/hegseth-rules-out-us-troops-ukraine/"
    assert article.published == date(2025, 2, 11)
    assert article.byline == "Dana Whitfield"
    assert article.image == "https://cdn.example.com/images/2025/02/hegseth-germany.jpg"
    assert article.site_name == "The Daily Ledger"
    assert article.tags == ("Pete Hegseth", "NATO", "Ukraine")
    assert article.description.startswith("Defense Secretary Pete Hegseth said the US will not send troops to Ukraine")
    assert "\n" not in article.description


def test_sample_links_are_data_and_their_text_is_in_the_body() -> None:
    article = load(str(FIXTURES / "hegseth.md"))
    assert article.links == (
        Link(text="Ukraine Defense Contact Group", url="https://www.example.com/tag/ukraine-defense-contact-group/"),
        Link(text="Elon Musk", url="https://www.example.com/tag/elon-musk/"),
    )
    assert all(link.text in article.body for link in article.links)
    assert "[" + "sic]" in article.body and "[Ukraine]" in article.body  # brackets that are text survive


# --- formatting --------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("**bold** and __strong__", "bold and strong"),
        ("*italic* and _emphasis_", "italic and emphasis"),
        ("***both*** and ~~struck~~", "both and struck"),
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
        ("use `code` here", "use code here"),
        ("a [link](https://example.com/a) here", "a link here"),
        ("a [link](<https://example.com/a b>) here", "a link here"),
        ('a [link](https://example.com "Title") here', "a link here"),
        ("[Foo](https://en.wikipedia.org/wiki/Foo_(bar)) wiki", "Foo wiki"),
        ("see <https://example.com>", "see https://example.com"),
        ("an ![image](https://example.com/i.jpg) gone", "an gone"),
        ("[![badge](https://example.com/b.svg)](https://example.com)", ""),
        ("escaped \\*stars\\* and \\_under\\_", "escaped *stars* and _under_"),
        ("H<sub>2</sub>O and <span class='x'>span</span>", "H2O and span"),
        ("a footnote[^1] here", "a footnote here"),
        ("AT&amp;T and &ldquo;quotes&rdquo; and AT&T", "AT&T and “quotes” and AT&T"),
        ("They [Ukraine] may [sic] agree", "They [Ukraine] may [sic] agree"),
        ("a < b and c > d", "a < b and c > d"),
    ],
)
def test_inline_formatting(markdown: str, text: str) -> None:
    assert strip_inline(markdown, {}, [], None).strip().replace("  ", " ") == text


def test_blocks_become_paragraphs() -> None:
    markdown = """# Title

## A subhead ##

Paragraph one
wrapped over lines.\\
Hard break.

- first item
- second item
  continued
* [x] done item
1. numbered
2) also numbered

> A quoted line
> continues here.
>
> > Nested quote.

---
***

```python
print("code")
```

Setext heading
==============

| Team | Score |
|------|------:|
| Reds | 3     |
"""
    assert body_of(markdown).split("\n\n") == [
        "Title",
        "A subhead",
        "Paragraph one wrapped over lines. Hard break.",
        "first item",
        "second item continued",
        "done item",
        "numbered",
        "also numbered",
        "A quoted line continues here.",
        "Nested quote.",
        'print("code")',
        "Setext heading",
        "Team | Score",
        "Reds | 3",
    ]


def test_reference_links_and_html_comments() -> None:
    markdown = (
        "See [the report][r1] and [NATO].\n\n<!-- editor: check\nthis -->\n\n"
        "[r1]: https://example.com/r\n[nato]: /nato\n"
    )
    paras, _, links = parse_markdown("---\nurl: https://example.com/story/\n---\n" + markdown, "a.md")
    assert [p for p in paras if p] == ["See the report and NATO."]
    assert links == [
        Link(text="the report", url="https://example.com/r"),
        Link(text="NATO", url="https://example.com/nato"),
    ]


def test_embedded_scripts_and_styles_are_dropped() -> None:
    markdown = 'Text before.\n\n<script async src="https://platform.example/widgets.js">var x = 1;</script>\n\n'
    markdown += "<style>\n.ad { display: none }\n</style>\n\nText after."
    assert body_of(markdown) == "Text before.\n\nText after."


def test_static_site_template_tags_are_dropped() -> None:
    markdown = (
        '{{< figure src="/img/bridge.jpg" caption="The bridge" >}}\n\n'
        "{{% note %}}The bridge reopens in May.{{% /note %}}\n\n"
        "{% include ad.html %}\n\nThe council voted on Tuesday.\n{: .lede}\n"
    )
    assert body_of(markdown) == "The bridge reopens in May.\n\nThe council voted on Tuesday."


def test_first_heading_is_the_title_when_front_matter_has_none(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Ferry is back\n\nThe island ferry resumed its normal timetable on Sunday.\n", encoding="utf-8")
    article = load(str(path))
    assert article.title == "Ferry is back"
    assert article.body == "The island ferry resumed its normal timetable on Sunday."


# --- front matter ------------------------------------------------------------


def test_yaml_subset() -> None:
    yaml = """# a comment
title: "Quote: \\"yes\\" \\u2014 ok"  # trailing comment
single: 'it''s fine'
plain: Hegseth rules out troops # comment
url: https://example.com/a#fragment
inline: [NATO, "Ukraine, Kyiv", 'US']
block:
  - one
  - "two"
flush:
- three
folded: >
  first line
  second line

  new paragraph
literal: |
  keep
  lines
author:
  name: Nested Mapping
empty:
"""
    assert parse_yaml(yaml, "a.md") == {
        "title": 'Quote: "yes" — ok',
        "single": "it's fine",
        "plain": "Hegseth rules out troops",
        "url": "https://example.com/a#fragment",
        "inline": ["NATO", "Ukraine, Kyiv", "US"],
        "block": ["one", "two"],
        "flush": ["three"],
        "folded": "first line second line\nnew paragraph",
        "literal": "keep\nlines",
        "author": None,
        "empty": None,
    }


def test_toml_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        '+++\ntitle = "Ferry"\ndate = 2025-03-02T10:00:00Z\nauthors = ["Ana Costa", "Liam Byrne"]\n'
        'tags = ["ferries"]\n+++\n\nThe ferry is back.\n',
        encoding="utf-8",
    )
    article = load(str(path))
    assert (article.title, article.published, article.byline) == ("Ferry", date(2025, 3, 2), "Ana Costa and Liam Byrne")
    assert article.tags == ("ferries",)


def test_comma_separated_tags_and_author_list(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\nkeywords: ferries, storms\nauthors: [Ana Costa, Liam Byrne, Siân Lloyd]\n---\nBody text.\n",
        encoding="utf-8",
    )
    article = load(str(path))
    assert article.tags == ("ferries", "storms")
    assert article.byline == "Ana Costa, Liam Byrne and Siân Lloyd"


def test_no_front_matter() -> None:
    assert split_front_matter("Just text", "a.md") == ({}, "Just text")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: ok\nthis line is not yaml\n---\nBody\n", "front matter line 2 is not `key: value`"),
        ('---\ntitle: "unclosed\n---\nBody\n', "unclosed quote in front matter"),
        ("+++\ntitle = \n+++\nBody\n", "cannot read the +++ front matter"),
    ],
)
def test_broken_front_matter_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("+", r"\+")) as caught:
        load(str(path))
    assert str(caught.value).startswith(f"{path}: ")
