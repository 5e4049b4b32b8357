"""Fuzzing ingest → extract → every channel with hypothesis.

Whatever the text, the only exception allowed is a ComposerError; every quote
and fact is an exact slice of the body; every post is within its network's limit.
The `fuzz` run is bounded: a few thousand examples, no deadline per example.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.channels import CHANNELS, render
from composer.config import Settings
from composer.errors import ComposerError
from composer.extract import extract
from composer.ingest import load
from composer.templating import Templates

pytestmark = pytest.mark.fuzz
EXAMPLES = int(os.environ.get("COMPOSER_FUZZ_EXAMPLES", "2000"))

WORDS = st.sampled_from(
    [
        "said",
        "told",
        "Hegseth",
        "Ana Ruiz",
        "he",
        "she",
        "the mayor",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "''",
        "[sic]",
        "44,",
        "3%",
        "$5 million",
        "U.S.",
        "Mr.",
        "—",
        "\n\n",
        ".",
        ",",
        "🇺🇦",
        "👩🏽‍💻",
        "李伟",
        "العربية",
        "https://example.com/a?b=c",
        "@user@host.social",
        "#tag",
        "{{ 7*7 }}",
        "<script>",
        "e\u0301",
    ]
)
TEXT = st.one_of(
    st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=80).map(" ".join),
    st.text(max_size=600),
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(text=TEXT)
def test_pipeline_never_misquotes_or_overflows(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "a.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        brief = extract(load(str(path)))
    except ComposerError:
        return
    body = brief.article.body
    for span in (*brief.quotes, *brief.facts):
        assert body[span.start : span.end] == span.text
    templates, config = _templates(), Settings(outbox=tmp_path_factory.getbasetemp() / "unused")
    for name in CHANNELS:
        draft = render(name, brief, templates, config)
        assert all(p.text.strip() and p.length <= draft.limit for p in draft.posts), name


_cache: dict[str, Templates] = {}


def _templates() -> Templates:
    return _cache.setdefault("t", Templates())
