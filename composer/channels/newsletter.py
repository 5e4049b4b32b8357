"""The email newsletter: Jinja renders MJML, mjml-python compiles it, plus plain text and .eml."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from composer.blocks import Brief, Draft
from composer.channels.context import base_context, postable_quotes, tracked_link
from composer.config import Settings
from composer.errors import TemplateError
from composer.templating import Templates


def render(brief: Brief, templates: Templates, settings: Settings) -> Draft:
    context = newsletter_context(brief, settings)
    source = templates.render("newsletter/email.mjml.j2", **context)
    html = compile_mjml(source, "newsletter/email.mjml.j2")
    text = templates.render("newsletter/email.txt.j2", **context)
    eml = build_eml(context, html, text, settings)
    files = {"newsletter.mjml": source, "newsletter.html": html, "newsletter.txt": text, "newsletter.eml": eml}
    return Draft(channel="newsletter", files=files)


def newsletter_context(brief: Brief, settings: Settings) -> dict[str, Any]:
    news = settings.newsletter
    context = base_context(brief, settings)
    context.update(
        brand=news.model_dump(),
        subject=brief.headline,
        preheader=brief.summary[:140],
        byline=brief.article.byline,
        facts=context["facts"][: news.facts],
        quotes=postable_quotes(brief, news.pull_quotes),
        link=tracked_link(
            brief.article.url,
            source="newsletter",
            medium=settings.utm.newsletter_medium,
            campaign=brief.slug,
            enabled=settings.utm.enabled,
        ),
    )
    return context


def compile_mjml(source: str, name: str) -> str:
    import mjml  # a compiled extension: load only when an email is built

    try:
        return mjml.mjml2html(source)
    except Exception as exc:  # mjml raises a bare ValueError-like error with the parser's message
        raise TemplateError(f"{name}: invalid MJML: {exc}") from None


def build_eml(context: dict[str, Any], html: str, text: str, settings: Settings) -> str:
    """A multipart/alternative UTF-8 message a mail client opens as it is."""
    message = EmailMessage()
    message["Subject"] = context["subject"]
    message["From"] = settings.newsletter.sender
    message["To"] = "subscribers@example.com"
    message["Date"] = format_datetime(settings.clock())
    message["Message-ID"] = make_msgid(idstring=context["slug"][:30], domain="composer.invalid")
    message["List-Unsubscribe"] = f"<{settings.newsletter.unsubscribe_url}>"
    message.set_content(text, charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    return message.as_string()
