"""LinkedIn: one post of up to 3,000 characters."""

from composer.blocks import Brief, Draft
from composer.channels.length import char_length
from composer.channels.social import Network, render_social
from composer.config import Settings
from composer.templating import Templates

NETWORK = Network(name="linkedin", title="LinkedIn post", limit=3000, count=char_length, thread=False)


def render(brief: Brief, templates: Templates, settings: Settings) -> Draft:
    return render_social(NETWORK, brief, templates, settings)
