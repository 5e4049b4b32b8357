"""The newsletter: MJML that the reference validator accepts, HTML that mail clients take, a real
plain-text part, and an .eml that opens."""

from __future__ import annotations

import email
import os
import shutil
import subprocess
from email import policy
from pathlib import Path

import pytest

from composer.channels import newsletter
from composer.config import NewsletterSettings, Settings
from composer.errors import TemplateError
from composer.extract import extract
from composer.ingest import load
from composer.templating import Templates
from tests.conftest import FIXED_NOW, SAMPLE


@pytest.fixture(scope="module")
def sample_brief():
    article = load(str(SAMPLE), overrides={"url": "https://news.example.com/hegseth"})
    return extract(article)


@pytest.fixture
def files(sample_brief, settings) -> dict[str, str]:
    return newsletter.render(sample_brief, Templates(), settings).files


def test_all_four_outputs(files):
    assert set(files) == {"newsletter.mjml", "newsletter.html", "newsletter.txt", "newsletter.eml"}


def test_html_has_what_a_reader_needs(files, sample_brief):
    html = files["newsletter.html"]
    assert sample_brief.headline in html
    assert "“We are not sending US troops to Ukraine”" in html and "Pete Hegseth, Defense Secretary" in html
    assert "Read the full story" in html
    assert "utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=" in html
    assert "Unsubscribe" in html and "1 Newsroom Plaza" in html


def test_email_client_realities(files):
    html = files["newsletter.html"]
    assert len(html.encode("utf-8")) < 40_000  # Gmail clips at 102 KB; stay far below
    assert '<html lang="en"' in html
    assert 'name="color-scheme" content="light dark"' in html and "prefers-color-scheme: dark" in html
    assert 'name="viewport"' in html
    assert "style=" in html  # inline styles from MJML attributes


def test_preheader_is_the_summary(files, sample_brief):
    mjml = files["newsletter.mjml"]
    assert f"<mj-preview>{sample_brief.summary[:60]}" in mjml


def test_logo_gets_alt_text(sample_brief):
    settings = Settings(now=FIXED_NOW, newsletter=NewsletterSettings(logo_url="https://e.com/logo.png", name="Daily"))
    html = newsletter.render(sample_brief, Templates(), settings).files["newsletter.html"]
    assert 'src="https://e.com/logo.png"' in html and 'alt="Daily"' in html


def test_branding_comes_from_settings(sample_brief):
    brand = NewsletterSettings(name="Morning Wire", accent_color="#aa0000", address="9 Elm St")
    html = newsletter.render(sample_brief, Templates(), Settings(now=FIXED_NOW, newsletter=brand)).files
    assert "MORNING WIRE" in html["newsletter.html"] and "#aa0000" in html["newsletter.html"]
    assert "9 Elm St" in html["newsletter.txt"]


def test_plain_text_is_readable_with_links_written_out(files):
    text = files["newsletter.txt"]
    assert "<" not in text.replace("<id", "")
    assert "https://news.example.com/hegseth?utm_source=newsletter" in text
    assert "Unsubscribe: https://example.com/unsubscribe" in text
    long_lines = [line for line in text.splitlines() if len(line) > 72 and "://" not in line]
    assert long_lines == []


def test_eml_opens_with_both_parts_and_the_headers(files, sample_brief):
    message = email.message_from_string(files["newsletter.eml"], policy=policy.default)
    for header in ("Subject", "From", "To", "Date", "Message-ID", "MIME-Version", "List-Unsubscribe"):
        assert message[header], header
    assert message["Subject"] == sample_brief.headline
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "Key facts:" in plain and "Read the full story" in html
    assert message["Date"] == "Tue, 24 Nov 2026 09:30:00 +0000"


def test_output_is_deterministic(sample_brief, settings):
    first = newsletter.render(sample_brief, Templates(), settings).files
    second = newsletter.render(sample_brief, Templates(), settings).files
    assert first == second


def test_a_quote_is_said_once_in_a_story_not_again_as_a_pull_quote_or_a_key_fact(settings):
    from composer.blocks import Article
    from tests.test_channels import QUOTED_FACT

    text = newsletter.render(extract(Article(body=QUOTED_FACT)), Templates(), settings).files["newsletter.txt"]
    assert text.count("We are closing the old bridge") == 1  # the summary holds it: no pull quote repeats it


def test_article_markup_is_escaped(settings):
    from composer.blocks import Article

    brief = extract(Article(body="The <b>mayor</b> said <script>alert(1)</script> was {{ 7*7 }} fine today."))
    html = newsletter.render(brief, Templates(), settings).files["newsletter.html"]
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html and "{{ 7*7 }}" in html


def test_a_broken_template_names_file_and_line(isolated, sample_brief, settings):
    folder = isolated / "templates" / "newsletter"
    folder.mkdir(parents=True)
    (folder / "email.mjml.j2").write_text("<mjml>\n<mj-body>\n{{ nope }}\n</mj-body></mjml>")
    with pytest.raises(TemplateError, match=r"email\.mjml\.j2:3: 'nope' is undefined"):
        newsletter.render(sample_brief, Templates(), settings)


def test_invalid_mjml_is_one_clear_error(isolated, sample_brief, settings):
    folder = isolated / "templates" / "newsletter"
    folder.mkdir(parents=True)
    (folder / "email.mjml.j2").write_text("<mjml><mj-body><mj-section>")
    with pytest.raises(TemplateError, match="invalid MJML"):
        newsletter.render(sample_brief, Templates(), settings)


def test_digest_has_a_table_of_contents_and_a_section_each(sample_brief, settings, small_brief):
    draft = newsletter.render_digest([sample_brief, small_brief], Templates(), settings, "This week", "this-week")
    html, text = draft.files["newsletter.html"], draft.files["newsletter.txt"]
    assert "IN THIS ISSUE" in html and html.count("Read the full story") == 2
    assert text.index("IN THIS ISSUE") < text.index(small_brief.headline.split()[0])
    assert sample_brief.headline.split()[0] in text and "Springfield opens" in text


def _mjml_validator() -> str | None:
    candidate = os.environ.get("COMPOSER_MJML_BIN") or str(Path(__file__).parents[1] / ".ci/node_modules/.bin/mjml")
    if Path(candidate).is_file() and shutil.which("node"):
        return candidate
    return shutil.which("mjml")


@pytest.mark.node
def test_reference_mjml_validator_accepts_the_template(files, tmp_path):
    validator = _mjml_validator()
    if validator is None:
        pytest.skip("node and the npm mjml package are not installed (.ci/run installs them)")
    source = tmp_path / "newsletter.mjml"
    source.write_text(files["newsletter.mjml"], encoding="utf-8")
    result = subprocess.run([validator, "--validate", str(source)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.node
def test_reference_validator_would_catch_a_bad_attribute(tmp_path):
    validator = _mjml_validator()
    if validator is None:
        pytest.skip("node and the npm mjml package are not installed (.ci/run installs them)")
    source = tmp_path / "bad.mjml"
    source.write_text('<mjml><mj-body><mj-section><mj-column><mj-text colour="red">x</mj-text></mj-column>'
                      "</mj-section></mj-body></mjml>")  # fmt: skip
    result = subprocess.run([validator, "--validate", str(source)], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "colour" in result.stdout + result.stderr


FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def test_digest_from_a_feed_takes_the_newest_items(isolated):
    from typer.testing import CliRunner

    from composer.cli import app

    result = CliRunner().invoke(app, ["newsletter", "--feed", str(FEEDS / "city.rss"), "--limit", "2"])
    assert result.exit_code == 0, result.output
    [folder] = [p for p in (isolated / "outbox").iterdir() if not p.name.startswith(".")]
    text = (folder / "newsletter.txt").read_text(encoding="utf-8")
    assert "Council approves new library budget" in text and "Bridge repairs finish early" in text
    assert "An older story" not in text
    assert text.index("Council approves") < text.index("Bridge repairs")
    assert "— Maria Lopez" in text or "Lopez" in text
    assert (folder / "briefs.json").is_file()


def test_digest_needs_something_to_send(isolated):
    from typer.testing import CliRunner

    from composer.cli import app

    result = CliRunner().invoke(app, ["newsletter"])
    assert result.exit_code == 2 and "--feed" in result.stderr


def test_an_empty_feed_is_a_clear_error(isolated):
    from typer.testing import CliRunner

    from composer.cli import app

    (isolated / "empty.rss").write_text("<rss><channel><title>x</title></channel></rss>")
    result = CliRunner().invoke(app, ["newsletter", "--feed", "empty.rss"])
    assert result.exit_code == 3 and "no items found" in result.stderr


def test_a_teaser_item_is_fetched_from_its_link(isolated):
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from composer.ingest.feed import load_feed

    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(Path(__file__).parent / "fixtures" / "ingest"))
    handler.log_message = lambda *args: None
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        link = f"http://127.0.0.1:{httpd.server_port}/hegseth.html"
        (isolated / "teaser.rss").write_text(
            f"<rss><channel><title>t</title><item><title>Hegseth and Ukraine</title><link>{link}</link>"
            "<description>Short teaser.</description></item></channel></rss>"
        )
        [article] = load_feed("teaser.rss", limit=5, max_bytes=10_000_000, timeout=5)
    finally:
        httpd.shutdown()
    assert article.title == "Hegseth and Ukraine" and article.url == link
    assert article.body.startswith("Defense Secretary Pete Hegseth on Tuesday")
