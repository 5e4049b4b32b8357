"""The stages in order. The CLI calls these and nothing else does the work.

compose: ingest.load -> extract.extract -> channels.render -> outbox.save
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer.blocks import Brief, Draft
from composer.config import Settings


@dataclass
class Outcome:
    """What happened to one input in a batch: a draft folder or an error message."""

    source: str
    folder: Path | None = None
    brief: Brief | None = None
    drafts: list[Draft] = field(default_factory=list)
    error: str | None = None


def load_brief(source: str, settings: Settings, overrides: dict[str, Any] | None = None) -> Brief:
    from composer.extract import extract
    from composer.ingest import load

    article = load(source, overrides=overrides, max_bytes=settings.max_input_bytes)
    return extract(article)


def render_drafts(brief: Brief, settings: Settings, channels: tuple[str, ...]) -> list[Draft]:
    from composer.channels import render
    from composer.templating import Templates

    templates = Templates(settings.templates)
    return [render(name, brief, templates, settings) for name in channels]


def compose_one(source: str, settings: Settings, overrides: dict[str, Any] | None = None) -> Outcome:
    """Draft one article into the outbox; raises ComposerError on bad input."""
    from composer import outbox

    brief = load_brief(source, settings, overrides)
    drafts = render_drafts(brief, settings, settings.channels)
    folder = outbox.save(
        brief,
        drafts,
        settings.outbox,
        when=settings.clock(),
        source_sha256=outbox.sha256(brief.article.body),
        overwrite=settings.overwrite,
    )
    return Outcome(source=source, folder=folder, brief=brief, drafts=drafts)


def compose(sources: list[str], settings: Settings, overrides: dict[str, Any] | None = None) -> list[Outcome]:
    """Draft every source; a bad one is recorded and skipped, the rest complete."""
    from composer.errors import ComposerError

    outcomes = []
    for source in sources:
        try:
            outcomes.append(compose_one(source, settings, overrides))
        except ComposerError as exc:
            outcomes.append(Outcome(source=source, error=str(exc)))
    return outcomes


def brief_record(brief: Brief) -> dict[str, Any]:
    """The `extract --json` contract of ARCHITECTURE.md: one object per article."""
    data = brief.model_dump(mode="json")
    article = data.pop("article")
    return {
        "source": article.pop("source"),
        "article": article,
        "headline": data["headline"],
        "summary": data["summary"],
        "quotes": data["quotes"],
        "facts": data["facts"],
        "people": data["people"],
    }
