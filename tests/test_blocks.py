import pytest
from pydantic import ValidationError

from composer.blocks import Article, Brief, Quote, Span


def test_span_text_must_fit_its_offsets():
    with pytest.raises(ValidationError):
        Span(text="abc", start=0, end=5)


def test_quote_text_cannot_be_empty():
    with pytest.raises(ValidationError):
        Quote(id="q1", text="", start=0, end=0, kind="full")


def test_brief_refuses_a_quote_that_is_not_in_the_body(small_brief):
    forged = small_brief.quotes[0].model_copy(
        update={"text": "This bridge carries 31,000 people a day and it will carry them safely for fifty years,"}
    )
    with pytest.raises(ValidationError, match="not verbatim"):
        Brief(**{**small_brief.__dict__, "quotes": (forged,)})


def test_brief_refuses_offsets_that_point_elsewhere(small_brief):
    fact = small_brief.facts[0]
    moved = fact.model_copy(update={"start": fact.start + 1, "end": fact.end + 1})
    with pytest.raises(ValidationError):
        Brief(**{**small_brief.__dict__, "facts": (moved,)})


def test_blocks_are_frozen(small_brief):
    with pytest.raises(ValidationError):
        small_brief.headline = "changed"


def test_article_needs_a_body():
    with pytest.raises(ValidationError):
        Article(body="")


def test_schema_names_the_contract_fields():
    schema = Brief.model_json_schema()
    quote = schema["$defs"]["Quote"]["properties"]
    assert {"id", "text", "start", "end", "kind", "cue", "speaker"} <= set(quote)
