"""X (Twitter): 280 weighted characters per post, counted by X's own rules."""

from composer.blocks import Brief, Draft
from composer.channels.length import x_length
from composer.channels.social import Network, render_social
from composer.config import Settings
from composer.templating import Templates

NETWORK = Network(name="x", title="X thread", limit=280, count=x_length)


def render(brief: Brief, templates: Templates, settings: Settings) -> Draft:
    return render_social(NETWORK, brief, templates, settings)
