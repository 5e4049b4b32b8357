"""The content blocks passed between stages.

Every piece of article text that reaches a draft (a quote, a fact, the
context sentence) is stored with the character offsets it came from, and the
`Brief` refuses to exist if any of them is not an exact slice of the body.
That check is the product's promise: it never misquotes.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Frozen = ConfigDict(frozen=True, extra="forbid")


class Source(BaseModel):
    model_config = Frozen

    path: str | None = None
    url: str | None = None


class Link(BaseModel):
    model_config = Frozen

    text: str
    url: str


class Article(BaseModel):
    """A cleaned article: the body every offset refers to, plus metadata."""

    model_config = Frozen

    body: str = Field(min_length=1)
    title: str | None = None
    published: date | None = None
    byline: str | None = None
    url: str | None = None
    site_name: str | None = None
    description: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    source: Source = Source()


class Span(BaseModel):
    """A verbatim stretch of the article body: `text == body[start:end]`."""

    model_config = Frozen

    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not fit text of length {len(self.text)}")
        return self


class SpeakerRef(BaseModel):
    """Who said a quote: a person or organisation in `Brief.people`, two of them named together ('Trump and
    Ryan'), or, when the article does not name them, the source as the article describes it ('a Twitter
    spokesman'; `named` is False)."""

    model_config = Frozen

    name: str
    role: str | None = None
    named: bool = True


class Person(BaseModel):
    model_config = Frozen

    name: str
    role: str | None = None
    age: int | None = None
    mentions: int = Field(default=1, ge=0)
    kind: Literal["person", "organization"] = "person"
    gender: Literal["m", "f"] | None = None


class Quote(Span):
    id: str
    kind: Literal["full", "partial"]
    cue: str | None = None
    speaker: SpeakerRef | None = None
    context: Span | None = None
    continues: bool = False


class Number(BaseModel):
    model_config = Frozen

    text: str
    value: float
    unit: Literal["count", "percent", "money", "age", "year", "date", "ordinal"] = "count"


class Fact(Span):
    id: str
    score: float = Field(ge=0.0, le=1.0)
    numbers: tuple[Number, ...] = ()


class Brief(BaseModel):
    """Everything a channel needs, extracted from one article."""

    model_config = Frozen

    article: Article
    headline: str
    summary: str
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()
    people: tuple[Person, ...] = ()
    slug: str = Field(min_length=1)

    @model_validator(mode="after")
    def _verbatim(self) -> Brief:
        body = self.article.body
        for span in (*self.quotes, *self.facts, *(q.context for q in self.quotes if q.context)):
            if body[span.start : span.end] != span.text:
                raise ValueError(f"not verbatim at {span.start}:{span.end}: {span.text[:40]!r}")
        return self

    def speaker_of(self, quote: Quote) -> Person | None:
        if quote.speaker is None:
            return None
        return next((p for p in self.people if p.name == quote.speaker.name), None)


class Post(BaseModel):
    model_config = Frozen

    text: str = Field(min_length=1)
    length: int = Field(ge=0)


class Draft(BaseModel):
    """One channel's output: posts for a social channel, files for every channel.

    `files` maps a file name inside the draft folder to its content; the
    outbox writes exactly these.
    """

    model_config = Frozen

    channel: str
    limit: int | None = None
    posts: tuple[Post, ...] = ()
    files: dict[str, str | bytes] = Field(default_factory=dict)
