"""Stage 3: one module per channel turns a Brief into a Draft.

`render(name, brief, templates, settings)` is the only entry point the
pipeline uses; `CHANNELS` lists the names in the order they are drafted.
"""

from __future__ import annotations

from importlib import import_module

from composer.blocks import Brief, Draft
from composer.config import ALL_CHANNELS, Settings
from composer.errors import UsageError
from composer.templating import Templates

CHANNELS: tuple[str, ...] = ALL_CHANNELS


def parse_channels(value: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """'x,newsletter' or ['x', 'bluesky'] -> validated tuple; 'all' or None -> every channel."""
    if value is None:
        return CHANNELS
    items = value.split(",") if isinstance(value, str) else [v for part in value for v in part.split(",")]
    names = [v.strip().lower() for v in items if v.strip()]
    if not names or names == ["all"]:
        return CHANNELS
    unknown = [n for n in names if n not in CHANNELS]
    if unknown:
        raise UsageError(f"unknown channel {unknown[0]!r}; choose from {', '.join(CHANNELS)}")
    return tuple(dict.fromkeys(names))


def render(name: str, brief: Brief, templates: Templates, settings: Settings) -> Draft:
    module = import_module(f"composer.channels.{name}")
    return module.render(brief, templates, settings)
