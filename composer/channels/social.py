"""What every social channel shares: render the thread template, split, number."""

from __future__ import annotations

import json
from dataclasses import dataclass

from composer.blocks import Brief, Draft, Post
from composer.channels.context import thread_context
from composer.channels.split import Counter, pack
from composer.config import Settings
from composer.templating import Templates

SEGMENT_BREAK = "\n---\n"


@dataclass(frozen=True)
class Network:
    name: str
    title: str
    limit: int
    count: Counter
    thread: bool = True  # False: everything in one post (LinkedIn)


def render_social(network: Network, brief: Brief, templates: Templates, settings: Settings) -> Draft:
    context = thread_context(brief, settings, network.name)
    rendered = templates.render(f"{network.name}/thread.txt.j2", **context)
    segments = [s.strip() for s in f"\n{rendered}\n".split(SEGMENT_BREAK)]
    if not network.thread:
        segments = ["\n\n".join(s for s in segments if s)]
    texts = _numbered(pack(segments, network.limit, network.count), network, settings)
    posts = tuple(Post(text=t, length=network.count(t)) for t in texts)
    return Draft(channel=network.name, limit=network.limit, posts=posts, files=_files(network, posts))


def _numbered(texts: list[str], network: Network, settings: Settings) -> list[str]:
    """Add ` 1/7` counters, re-packing with room for them when needed."""
    if not (settings.social.numbering and network.thread and len(texts) > 1):
        return texts
    room = len(f" {len(texts) + 9}/{len(texts) + 9}")
    texts = pack(texts, network.limit - room, network.count)
    total = len(texts)
    return [f"{t} {i}/{total}" for i, t in enumerate(texts, 1)]


def _files(network: Network, posts: tuple[Post, ...]) -> dict[str, str]:
    data = {
        "channel": network.name,
        "limit": network.limit,
        "posts": [p.model_dump() for p in posts],
    }
    lines = [f"# {network.title} draft ({len(posts)} post{'s' if len(posts) != 1 else ''})", ""]
    for i, post in enumerate(posts, 1):
        lines += [f"## Post {i} · {post.length}/{network.limit}", "", post.text, ""]
    return {
        f"{network.name}.json": json.dumps(data, indent=2, ensure_ascii=False) + "\n",
        f"{network.name}.md": "\n".join(lines),
    }
