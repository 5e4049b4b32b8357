"""The stages in order. The CLI calls these and nothing else does the work.

compose: ingest.load -> extract.extract -> channels.render -> outbox.save
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
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

    article = load(source, overrides=overrides, max_bytes=settings.max_input_bytes, timeout=settings.fetch_timeout)
    return extract(article)


def render_drafts(brief: Brief, settings: Settings, channels: tuple[str, ...], templates: Any = None) -> list[Draft]:
    from composer.channels import render

    templates = templates or templates_for(settings.templates, Path.cwd())
    return [render(name, brief, templates, settings) for name in channels]


@lru_cache(maxsize=8)
def templates_for(custom: Path | None, cwd: Path) -> Any:
    """One Jinja environment per search path, so templates compile once per run (Jinja still
    notices edited files by their modification time)."""
    from composer.templating import Templates

    return Templates(custom, cwd)


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


ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def expand_sources(args: list[str]) -> list[str]:
    """Files as given; folders become their article files; unexpanded globs are expanded."""
    from glob import glob

    sources: list[str] = []
    for arg in args:
        path = Path(arg)
        if arg == "-" or "://" in arg:
            sources.append(arg)
        elif path.is_dir():
            sources += sorted(str(p) for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
        elif not path.exists() and any(ch in arg for ch in "*?["):
            sources += sorted(glob(arg)) or [arg]
        else:
            sources.append(arg)
    return sources


def compose(
    sources: list[str],
    settings: Settings,
    overrides: dict[str, Any] | None = None,
    *,
    jobs: int = 1,
    on_done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Draft every source, in input order; a bad one is recorded and skipped, the rest complete."""
    from composer.ingest import check_overrides

    check_overrides(overrides)  # a bad option fails the whole run, not each article
    report = on_done or (lambda outcome: None)
    if jobs <= 1 or len(sources) <= 1:
        outcomes = []
        for source in sources:
            outcomes.append(_compose_safely(source, settings, overrides))
            report(outcomes[-1])
        return outcomes
    return _compose_parallel(sources, settings, overrides, jobs, report)


def _compose_parallel(
    sources: list[str],
    settings: Settings,
    overrides: dict[str, Any] | None,
    jobs: int,
    report: Callable[[Outcome], None],
) -> list[Outcome]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(_compose_safely, s, settings, overrides): i for i, s in enumerate(sources)}
        results: dict[int, Outcome] = {}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
            report(results[futures[future]])
    return [results[i] for i in range(len(sources))]


def _compose_safely(source: str, settings: Settings, overrides: dict[str, Any] | None) -> Outcome:
    """A bad article is recorded and skipped; a broken template or outbox stops the batch."""
    from composer.errors import InputError

    try:
        return compose_one(source, settings, overrides)
    except InputError as exc:
        return Outcome(source=source, error=str(exc))


def brief_record(brief: Brief) -> dict[str, Any]:
    """The `extract --json` contract of ARCHITECTURE.md: one object per article."""
    data = brief.model_dump(mode="json")
    article = data.pop("article")
    article["body"] = article.pop("body")  # metadata first, the long body last
    return {
        "source": article.pop("source"),
        "article": article,
        "headline": data["headline"],
        "summary": data["summary"],
        "quotes": data["quotes"],
        "facts": data["facts"],
        "people": data["people"],
    }


@dataclass
class PostResult:
    """What `post` did: the requests it would send (dry run), or the URLs of the thread's posts."""

    folder: Path
    planned: list[dict[str, Any]] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    complete_before: bool = False
    cancelled: bool = False


def post(
    draft: str,
    settings: Settings,
    *,
    dry_run: bool = False,
    no_wait: bool = False,
    force_restart: bool = False,
    confirm: Callable[[list[str]], bool] = lambda texts: True,
    hooks: Any = None,
) -> PostResult:
    """Post a draft's X thread: dry run, confirmation, resume, never a duplicate."""
    from composer import outbox
    from composer.publish import poster
    from composer.publish.thread import check_unchanged, load_thread, published, state

    folder = outbox.find_draft(settings.outbox, draft)
    thread = load_thread(folder)
    if not force_restart:
        check_unchanged(thread, published(folder))
    if dry_run:
        return PostResult(folder, planned=poster.planned_requests(thread, restart=force_restart))
    if not force_restart and not poster.remaining(thread) and not state(folder).get("pending"):
        return PostResult(folder, urls=[e["url"] for e in published(folder)], complete_before=True)
    if not confirm([thread.texts[i] for i in range(len(thread.texts))]):
        return PostResult(folder, cancelled=True)
    api = connect()
    options, run_hooks = poster.PostOptions(no_wait=no_wait, force_restart=force_restart), hooks or poster.Hooks()
    poster.prepare(thread, options, run_hooks)
    return PostResult(folder, urls=poster.post_thread(thread, api, options, run_hooks))


def connect():
    """An X API client with the user's credentials (environment or .env)."""
    from composer.publish.api import XApi
    from composer.publish.credentials import load_credentials

    return XApi(load_credentials())


def auth_check() -> str:
    """Call the API once; return the account's @handle."""
    from composer.errors import CredentialsError, PublishError
    from composer.publish.api import Refused, Unknown

    try:
        _, handle = connect().me()
    except Refused as exc:
        raise CredentialsError(f"X rejected the credentials ({exc.detail})", hint="check the four X_* keys") from None
    except Unknown as exc:
        raise PublishError(f"could not reach X ({exc})") from None
    return handle


def redraft(folder: Path, settings: Settings) -> list[str]:
    """Render a draft's channels again from its brief.json (templates changed); posted channels are left alone."""
    from composer import outbox
    from composer.templating import Templates

    manifest = outbox.read_manifest(folder)
    if not (folder / outbox.BRIEF).is_file():
        return []  # a digest issue: redraw it with `composer newsletter` again
    brief = Brief.model_validate_json((folder / outbox.BRIEF).read_text(encoding="utf-8"))
    channels = tuple(c for c, info in manifest.get("channels", {}).items() if info.get("state", "drafted") == "drafted")
    fresh = Templates(settings.templates)  # a ./templates folder made since the last render counts too
    outbox.rewrite(folder, render_drafts(brief, settings, channels, fresh))
    return list(channels)


def preview(draft: str, settings: Settings, *, static: bool) -> Any:
    """The static preview file's path, or a ready PreviewServer for the draft."""
    from composer import outbox
    from composer.preview import PreviewServer, write_static
    from composer.templating import Templates

    folder = outbox.find_draft(settings.outbox, draft)
    if static:
        return write_static(folder, Templates(settings.templates))
    return PreviewServer(folder, lambda: Templates(settings.templates), refresh=lambda: redraft(folder, settings))


def digest(
    sources: list[str],
    settings: Settings,
    *,
    feed: str | None = None,
    limit: int = 5,
    subject: str | None = None,
) -> Path:
    """One newsletter issue from several articles (files, URLs, or a feed's newest items)."""
    from composer import outbox
    from composer.channels.newsletter import render_digest
    from composer.errors import UsageError
    from composer.extract import extract
    from composer.ingest.feed import load_feed
    from composer.slugs import slugify
    from composer.templating import Templates

    briefs = [load_brief(s, settings) for s in expand_sources(sources)]
    if feed:
        articles = load_feed(feed, limit=limit, max_bytes=settings.max_input_bytes, timeout=settings.fetch_timeout)
        briefs += [extract(a) for a in articles]
    if not briefs:
        raise UsageError("give article files or --feed for the newsletter")
    when = settings.clock()
    subject = subject or f"{settings.newsletter.name} · {when.strftime('%-d %B %Y')}"
    slug = slugify(subject)
    draft = render_digest(briefs, Templates(settings.templates), settings, subject, slug)
    return outbox.save_issue(briefs, draft, settings.outbox, subject=subject, slug=slug, when=when,
                             overwrite=settings.overwrite)  # fmt: skip
