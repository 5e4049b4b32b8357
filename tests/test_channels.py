"""Social drafts: counted the way each network counts, split where a reader expects, never over a limit."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.blocks import Article
from composer.channels import parse_channels, render
from composer.channels.bluesky import bluesky_length
from composer.channels.context import postable_quotes
from composer.channels.length import grapheme_length, mastodon_length, x_length
from composer.channels.split import ELLIPSIS, pack
from composer.config import Settings, SocialSettings, UtmSettings
from composer.errors import UsageError
from composer.extract import extract
from composer.ingest import load
from composer.templating import Templates
from tests.conftest import FIXED_NOW, SAMPLE

CONFORMANCE = json.loads((Path(__file__).parent / "data" / "twitter_text_weighted.json").read_text(encoding="utf-8"))
SOCIAL = ("x", "bluesky", "mastodon", "threads", "linkedin")


@pytest.mark.parametrize(
    "case", CONFORMANCE["WeightedTweetsWithDiscountedEmojiCounterTest"], ids=lambda c: c["description"][:50]
)
def test_x_length_matches_x_conformance_cases(case):
    assert x_length(case["text"]) == case["weightedLength"]
    assert (x_length(case["text"]) <= 280) == case["valid"] or not case["valid"]


# Pieces that keep the fast count honest: plain letters, marks that weigh 2, emoji, links.
PLAIN_AND_TRICKY = [*"aZ09 .,:;!?/@#*-\n\t", "é", "×", "—", "“", "”", "’", "…", "©", "®", "e\u0301", "👍", "李"]
PLAIN_AND_TRICKY += [".com", "://", "t.co/x", "U.S.", "$1.2", "www.", "ab.cd"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PLAIN_AND_TRICKY), max_size=40).map("".join))
def test_x_length_counts_plain_text_exactly_as_twitter_text_does(text):
    from twitter_text import parse_tweet

    assert x_length(text) == parse_tweet(text).weightedLength


@pytest.mark.parametrize(
    ("text", "expected"),
    [("hello", 5), ("👩‍👩‍👧‍👦", 1), ("🇺🇦", 1), ("e\u0301", 1), ("李伟", 2), ("👍🏽 ok", 4), ("مرحبا", 5)],
)
def test_bluesky_counts_graphemes(text, expected):
    assert grapheme_length(text) == expected


def test_bluesky_byte_limit_is_respected_too():
    text = "𝔘" * 300  # 300 graphemes but 1,200 bytes: within both limits
    assert bluesky_length(text) == 300
    assert bluesky_length("👩‍👩‍👧‍👦" * 125) > 300  # 125 graphemes but 3,125 bytes


def test_mastodon_counts_urls_as_23_mentions_without_the_host_and_graphemes():
    assert mastodon_length("see https://example.com/" + "a" * 200) == 4 + 23
    assert mastodon_length("hi @anna@social.example.org") == len("hi @anna")
    assert mastodon_length("👩‍👩‍👧‍👦 e\u0301") == 3


def test_split_prefers_sentences_then_clauses():
    text = "First sentence is here. Second one, with a clause, is longer than the first one."
    assert pack([text], 40, len) == [
        "First sentence is here.",
        "Second one, with a clause,",
        "is longer than the first one.",
    ]
    assert pack([text], 100, len) == [text]
    assert pack(["aaa, bbb, ccc ddd"], 10, len) == ["aaa, bbb,", "ccc ddd"]


def test_split_never_cuts_a_url_mention_hashtag_or_number():
    tokens = ["https://example.com/a/b?c=d", "@someone", "#Hashtag", "1,234,567.89", "$40 million"]
    text = " ".join(["word"] * 30 + tokens + ["word"] * 30)
    posts = pack([text], 60, len)
    for token in tokens[:4]:
        assert sum(token in p for p in posts) == 1


def test_a_quote_is_kept_whole_when_it_fits_and_keeps_its_attribution_when_it_cannot():
    short = "“We will build it.” — Ana Ruiz, Mayor"
    assert pack([short], 280, x_length) == [short]
    long_quote = (
        "“" + " ".join(["We will build the bridge, and it will stand for fifty years."] * 9) + "” — Ana Ruiz, Mayor"
    )
    posts = pack([long_quote], 280, x_length)
    assert len(posts) > 1 and all(x_length(p) <= 280 for p in posts)
    assert posts[0].startswith("“We will") and posts[0].endswith(f"{ELLIPSIS}”")
    assert all(p.startswith("“…") for p in posts[1:])
    assert posts[-1].endswith("” — Ana Ruiz, Mayor") and sum("Ana Ruiz" in p for p in posts) == 1


def test_a_quote_split_by_its_attribution_is_posted_whole_in_the_articles_words():
    text = (
        "Mayor Ana Ruiz spoke at the Springfield town hall on Monday.\n\n"
        "“Everything the board has said about the old bridge,” the mayor said, “has turned out to be true.”\n\n"
        "“We built this bridge for fifty years,” Ruiz said, adding that the board had “no idea at all.”"
    )
    posts = "\n".join(
        p.text for p in render("x", extract(Article(body=text)), Templates(), Settings(now=FIXED_NOW)).posts
    )
    whole = "“Everything the board has said about the old bridge,” the mayor said, “has turned out to be true.”"
    assert f"{whole} — Ana Ruiz, Mayor" in posts
    # only the words of an attribution stand between the parts: a clause of the writer's own does not
    assert "“We built this bridge for fifty years” — Ana Ruiz, Mayor" in posts and "adding that" not in posts


def test_a_posted_quote_drops_the_comma_that_led_into_its_attribution():
    brief = extract(Article(body="“We will keep the old bridge open for fifty years,” Mayor Ana Ruiz said on Monday."))
    posts = [p.text for p in render("x", brief, Templates(), Settings(now=FIXED_NOW)).posts]
    assert "“We will keep the old bridge open for fifty years” — Ana Ruiz, Mayor" in "\n".join(posts)
    assert brief.quotes[0].text == "We will keep the old bridge open for fifty years,"  # the Brief keeps it verbatim


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The Springfield Water Board moved closer to a vote on the old bridge over the river this weekend as "
            "Mayor Ana Ruiz and Sen. Tom Berg met the residents who cross it every day in a town hall that is likely "
            "to decide the fate of the bridge and of the ferry that would replace it for good.",
            "Sen.",
        ),
        (  # in brackets too
            "The Springfield Water Board and its history of rewarding candidates from neighbouring towns (Sen. Tom "
            "Berg of Westhaven won the 1992 vote here, although Ana Ruiz won the spin by calling herself the comeback"
            " kid) make this a vote that the mayor must win, and one that the board cannot afford to lose this year.",
            "(Sen.",
        ),
    ],
)
def test_a_title_before_a_name_ends_no_post(sentence, title):
    posts = pack([sentence], 280, x_length)
    assert len(posts) == 2 and not any(p.endswith(title) for p in posts)


def test_a_headline_and_a_lede_too_long_for_one_post_part_at_the_blank_line():
    lede = (
        "SPRINGFIELD — The Springfield Water Board voted on Monday to close the old bridge over the river to all "
        "traffic and to build a ferry landing in its place, a plan that residents who cross it every day have "
        "fought against for two long years in the courts."
    )
    posts = pack([f"Water Board Votes to Close the Old Bridge\n\n{lede}"], 280, x_length)
    assert posts == ["Water Board Votes to Close the Old Bridge", lede]


def test_a_sentence_cut_by_words_is_cut_evenly():
    # no sentence end and no clause break: the words are shared out, not one word left for the last post
    sentence = "The Springfield Water Board moved closer to a vote on the old bridge " * 4 + "today."
    posts = pack([sentence], 280, x_length)
    assert len(posts) == 2 and all(x_length(p) <= 280 for p in posts)
    assert min(map(x_length, posts)) > 0.8 * max(map(x_length, posts))
    assert " ".join(p.removesuffix(ELLIPSIS) for p in posts) == sentence.strip()


def test_a_word_longer_than_a_post_is_cut_with_an_ellipsis():
    posts = pack(["x" * 700], 280, x_length)
    assert all(x_length(p) <= 280 for p in posts) and "".join(p.rstrip(ELLIPSIS) for p in posts) == "x" * 700


SEGMENT = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
        st.sampled_from(
            ["https://example.com/path?q=1", "@user", "#tag", "👩🏽‍💻", "李伟", "e\u0301", "3.5%", "…", "—"]
        ),
    ),
    min_size=1,
    max_size=120,
).map(" ".join)
QUOTE = SEGMENT.map(lambda s: f"“{s}” — Ana Ruiz, Mayor")
COUNTERS = [(280, x_length), (300, bluesky_length), (500, mastodon_length), (500, len)]


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(segments=st.lists(st.one_of(SEGMENT, QUOTE), min_size=1, max_size=5), which=st.sampled_from(COUNTERS))
def test_every_post_fits_none_is_empty_and_no_word_is_lost(segments, which):
    limit, count = which
    posts = pack(segments, limit, count)
    assert all(p.strip() and count(p) <= limit for p in posts)

    def letters(text: str) -> str:
        return re.sub(r"[\s…“”]", "", text)

    assert letters("".join(posts)) == letters("".join(s.strip() for s in segments))


@pytest.fixture(scope="module")
def sample_brief():
    return extract(load(str(SAMPLE), overrides={"url": "https://news.example.com/hegseth"}))


@pytest.mark.parametrize("channel", SOCIAL)
def test_sample_thread_golden(sample_brief, channel, golden):
    draft = render(channel, sample_brief, Templates(), Settings(now=FIXED_NOW))
    golden(f"{channel}.md", draft.files[f"{channel}.md"])
    data = json.loads(draft.files[f"{channel}.json"])
    assert data["channel"] == channel and data["posts"]


@pytest.mark.parametrize("channel", SOCIAL)
def test_sample_thread_is_valid_and_every_quote_is_verbatim_and_attributed(sample_brief, channel):
    draft = render(channel, sample_brief, Templates(), Settings(now=FIXED_NOW))
    counts = {"x": x_length, "bluesky": bluesky_length, "mastodon": mastodon_length}
    count = counts.get(channel, len)
    body = sample_brief.article.body
    for post in draft.posts:
        assert post.text.strip() and count(post.text) == post.length <= draft.limit
        for quoted in re.findall(r"“(.+?)” — ([^,\n]+)", post.text):
            assert quoted[0] in body and quoted[1] in ("Pete Hegseth", "Trump")


def test_x_thread_shape(sample_brief):
    posts = [p.text for p in render("x", sample_brief, Templates(), Settings(now=FIXED_NOW)).posts]
    assert posts[0].startswith("Defense Secretary Pete Hegseth on Tuesday flatly ruled out")
    assert all(p.endswith(f"\n{i}/{len(posts)}") for i, p in enumerate(posts, 1))
    assert "“We are not sending US troops to Ukraine” — Pete Hegseth, Defense Secretary" in " ".join(posts)
    assert "utm_source=x&utm_medium=social&utm_campaign=" in posts[-1]


def test_linkedin_is_one_post(sample_brief):
    draft = render("linkedin", sample_brief, Templates(), Settings(now=FIXED_NOW))
    assert len(draft.posts) == 1 and draft.limit == 3000


QUOTED_FACT = (
    "The Springfield Water Board voted on Monday to close the old bridge over the river.\n\n"
    "“We are closing the old bridge for good and building a ferry,” board chairman Tom Berg said after the vote "
    "of five to two on Monday night in the town hall.\n\n"
    "Repairs would have cost the city $4 million over two years, the board said.\n\n"
    "Residents will meet the board at the town hall in the spring."
)


def test_a_quote_posted_in_the_thread_is_not_posted_again_inside_a_fact():
    brief = extract(Article(body=QUOTED_FACT))
    assert any("We are closing" in f.text for f in brief.facts[1:3])  # a fact the thread would post
    posts = [p.text for p in render("x", brief, Templates(), Settings(now=FIXED_NOW)).posts]
    assert sum("We are closing the old bridge" in p for p in posts) == 1
    assert "“We are closing the old bridge for good and building a ferry” — Tom Berg, Chairman" in posts[-1]
    assert any(p.startswith("Residents will meet the board") for p in posts)


def test_linkedin_opens_with_the_sources_title_but_does_not_repeat_a_headline_made_from_the_lede(sample_brief):
    [post] = render("linkedin", sample_brief, Templates(), Settings(now=FIXED_NOW)).posts
    assert post.text.startswith(sample_brief.summary) and sample_brief.headline not in post.text[1:]
    titled = extract(load(str(SAMPLE), overrides={"title": "Hegseth rules out US troops for Ukraine"}))
    [post] = render("linkedin", titled, Templates(), Settings(now=FIXED_NOW)).posts
    assert post.text.startswith(f"Hegseth rules out US troops for Ukraine\n\n{titled.summary}")


def test_switches_numbering_hashtags_utm_and_max_posts(sample_brief):
    social = SocialSettings(numbering=False, hashtags=True, max_posts=4)
    config = Settings(now=FIXED_NOW, social=social, utm=UtmSettings(enabled=False))
    posts = [p.text for p in render("x", sample_brief, Templates(), config).posts]
    assert len(posts) == 4 and not re.search(r"\d+/\d+$", posts[0])
    assert "#Hegseth" in posts[-1] and "https://news.example.com/hegseth" in posts[-1] and "utm_" not in posts[-1]


def test_mastodon_limit_is_configurable(sample_brief):
    draft = render("mastodon", sample_brief, Templates(), Settings(social=SocialSettings(mastodon_limit=200)))
    assert draft.limit == 200 and all(p.length <= 200 for p in draft.posts)


def test_unknown_channel_names_the_choices():
    with pytest.raises(UsageError, match="choose from x, bluesky"):
        parse_channels("x,friendster")
    assert parse_channels("all") == parse_channels(None) and parse_channels(" X , newsletter ") == ("x", "newsletter")


def test_editors_change_the_shape_in_a_template(sample_brief, isolated):
    (isolated / "templates" / "x").mkdir(parents=True)
    (isolated / "templates" / "x" / "thread.txt.j2").write_text("{{ headline }}\n---\n{{ quotes[0].text }}")
    posts = [p.text for p in render("x", sample_brief, Templates(), Settings(now=FIXED_NOW)).posts]
    assert posts == [f"{sample_brief.headline}\n1/2", "We are not sending US troops to Ukraine\n2/2"]


def test_named_voices_are_posted_before_sources_the_article_leaves_unnamed():
    body = (
        "“The bridge will carry the whole town safely for fifty years,” a Springfield official said.\n\n"
        "“We built this bridge for our children and their children,” Mayor Ana Ruiz said."
    )
    brief = extract(Article(body=body))
    assert [q["speaker"] for q in postable_quotes(brief, 1)] == ["Ana Ruiz"]
    assert [(q["speaker"], q["named"]) for q in postable_quotes(brief, 2)] == [
        ("a Springfield official", False),
        ("Ana Ruiz", True),
    ]
