"""Threads (Meta): 500 characters per post."""

from composer.blocks import Brief, Draft
from composer.channels.length import char_length
from composer.channels.social import Network, render_social
from composer.config import Settings
from composer.templating import Templates

NETWORK = Network(name="threads", title="Threads thread", limit=500, count=char_length)


def render(brief: Brief, templates: Templates, settings: Settings) -> Draft:
    return render_social(NETWORK, brief, templates, settings)
