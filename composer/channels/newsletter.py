"""The email newsletter: Jinja renders MJML, mjml-python compiles it, plus plain text and .eml.

One article makes a one-section issue; `render_digest` makes one issue of many.
"""

from __future__ import annotations

import hashlib
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from composer.blocks import Brief, Draft
from composer.channels.context import base_context, facts_apart_from, postable_quotes, tracked_link
from composer.config import Settings
from composer.errors import TemplateError
from composer.templating import Templates

MJML_TEMPLATE = "newsletter/email.mjml.j2"
TEXT_TEMPLATE = "newsletter/email.txt.j2"
GMAIL_CLIP_BYTES = 102 * 1024


def render(brief: Brief, templates: Templates, settings: Settings) -> Draft:
    return render_issue([brief], templates, settings, subject=brief.headline, slug=brief.slug)


def render_digest(briefs: list[Brief], templates: Templates, settings: Settings, subject: str, slug: str) -> Draft:
    return render_issue(briefs, templates, settings, subject=subject, slug=slug)


def render_issue(briefs: list[Brief], templates: Templates, settings: Settings, *, subject: str, slug: str) -> Draft:
    context = issue_context(briefs, settings, subject, slug)
    source = templates.render(MJML_TEMPLATE, **context)
    html = compile_mjml(source, MJML_TEMPLATE)
    text = templates.render(TEXT_TEMPLATE, **context)
    eml = build_eml(context, html, text, settings)
    files = {"newsletter.mjml": source, "newsletter.html": html, "newsletter.txt": text, "newsletter.eml": eml}
    return Draft(channel="newsletter", files=files)


def issue_context(briefs: list[Brief], settings: Settings, subject: str, slug: str) -> dict[str, Any]:
    sections = [section_context(b, settings, slug) for b in briefs]
    return {
        "brand": settings.newsletter.model_dump(),
        "lang": settings.newsletter.lang,
        "subject": subject,
        "slug": slug,
        "preheader": _preheader(sections),
        "sections": sections,
    }


def section_context(brief: Brief, settings: Settings, campaign: str) -> dict[str, Any]:
    """One story: headline, summary, key facts not already in the summary or the pull quotes, pull quotes, the
    link."""
    news = settings.newsletter
    context = base_context(brief, settings)
    quotes = postable_quotes(brief, news.pull_quotes, apart_from=brief.summary)
    facts = facts_apart_from([f for f in context["facts"] if f["text"] not in brief.summary], quotes)[: news.facts]
    return {
        "headline": brief.headline,
        "summary": brief.summary,
        "byline": brief.article.byline,
        "published": brief.article.published.isoformat() if brief.article.published else None,
        "facts": facts,
        "quotes": quotes,
        "link": tracked_link(
            brief.article.url,
            source="newsletter",
            medium=settings.utm.newsletter_medium,
            campaign=campaign,
            enabled=settings.utm.enabled,
        ),
    }


def _preheader(sections: list[dict[str, Any]]) -> str:
    first = sections[0]["summary"] if sections else ""
    return first if len(first) <= 140 else first[:139].rsplit(" ", 1)[0] + "…"


def compile_mjml(source: str, name: str) -> str:
    import mjml  # a compiled extension: load only when an email is built

    try:
        return mjml.mjml2html(source)
    except Exception as exc:  # mrml reports parse errors as a plain exception with the position
        raise TemplateError(f"{name}: invalid MJML: {exc}") from None


def build_eml(context: dict[str, Any], html: str, text: str, settings: Settings) -> str:
    """A multipart/alternative UTF-8 message a mail client opens as it is. Deterministic:
    the date is the settings clock and the Message-ID a hash of the content."""
    digest = hashlib.sha256((html + text).encode("utf-8")).hexdigest()[:20]
    message = EmailMessage()
    message["Subject"] = " ".join(context["subject"].split())
    message["From"] = settings.newsletter.sender
    message["To"] = settings.newsletter.recipient
    message["Date"] = format_datetime(settings.clock())
    message["Message-ID"] = f"<{digest}.{context['slug'][:40]}@composer.invalid>"
    message["List-Unsubscribe"] = f"<{settings.newsletter.unsubscribe_url}>"
    message.set_content(text, charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    message.set_boundary(f"=_composer_{digest}")  # the default boundary is random
    return message.as_string()
