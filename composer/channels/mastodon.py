"""Mastodon: 500 characters by default (set social.mastodon_limit for your instance)."""

from composer.blocks import Brief, Draft
from composer.channels.length import mastodon_length
from composer.channels.social import Network, render_social
from composer.config import Settings
from composer.templating import Templates


def render(brief: Brief, templates: Templates, settings: Settings) -> Draft:
    network = Network(
        name="mastodon", title="Mastodon thread", limit=settings.social.mastodon_limit, count=mastodon_length
    )
    return render_social(network, brief, templates, settings)
