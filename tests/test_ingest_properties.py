"""Whatever text comes in, the body keeps its promised shape (a bounded hypothesis run)."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.ingest.clean import clean_body
from composer.ingest.markdown import parse_markdown

ALPHABET = st.characters(
    blacklist_categories=("Cs",),
    whitelist_categories=("L", "M", "N", "P", "S", "Z", "Cc", "Cf"),
) | st.sampled_from(["\n", "\r", " ", "\t", "\u00a0", "\u200b", "\u00ad", "*", "_", "[", "]", "#", ">"])


def assert_body_shape(body: str) -> None:
    assert unicodedata.is_normalized("NFC", body)
    assert "\n\n\n" not in body and "\r" not in body
    for para in body.split("\n\n") if body else []:
        assert para and para == para.strip() and "\n" not in para and "  " not in para
    assert not any(ch in body for ch in "\u200b\u00ad\ufeff\u2060\x00")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(ALPHABET, max_size=400))
def test_plain_text_body_shape(text: str) -> None:
    assert_body_shape(clean_body(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(ALPHABET, max_size=400))
def test_markdown_never_crashes_and_keeps_the_shape(text: str) -> None:
    paras, _, links = parse_markdown(text, "fuzz.md")
    assert_body_shape(clean_body("\n\n".join(paras)))
    assert all(link.text and link.url for link in links)
