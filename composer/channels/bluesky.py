"""Bluesky: 300 graphemes and at most 3,000 UTF-8 bytes per post; URLs count in full."""

import math

from composer.blocks import Brief, Draft
from composer.channels.length import grapheme_length
from composer.channels.social import Network, render_social
from composer.config import Settings
from composer.templating import Templates

GRAPHEMES = 300
BYTES = 3000


def bluesky_length(text: str) -> int:
    """Graphemes, or the byte budget scaled to graphemes when that is the tighter rule."""
    return max(grapheme_length(text), math.ceil(len(text.encode("utf-8")) * GRAPHEMES / BYTES))


NETWORK = Network(name="bluesky", title="Bluesky thread", limit=GRAPHEMES, count=bluesky_length)


def render(brief: Brief, templates: Templates, settings: Settings) -> Draft:
    return render_social(NETWORK, brief, templates, settings)
