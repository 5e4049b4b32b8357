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
    segments = [s.strip() for s in f"\n{rendered}\n".split(SEGMENT_BREAK) if s.strip()]
    if not network.thread:
        segments = ["\n\n".join(segments)]
    texts = _thread(segments, network, settings)
    posts = tuple(Post(text=t, length=network.count(t)) for t in texts)
    return Draft(channel=network.name, limit=network.limit, posts=posts, files=_files(network, posts))


NUMBER_ROOM = len("\n99/99")


def _thread(segments: list[str], network: Network, settings: Settings) -> list[str]:
    """Pack, drop middle segments past `max_posts` (the hook and the link stay), then number."""
    numbered = settings.social.numbering and network.thread
    limit = network.limit - (NUMBER_ROOM if numbered else 0)
    texts = pack(segments, limit, network.count)
    while network.thread and len(texts) > settings.social.max_posts and len(segments) > 2:
        segments = segments[:-2] + segments[-1:]
        texts = pack(segments, limit, network.count)
    if not numbered or len(texts) < 2:
        return texts
    # The counter gets a line of its own: after '— Pete Hegseth, Defense Secretary' it would read as the role.
    return [f"{t}\n{i}/{len(texts)}" for i, t in enumerate(texts, 1)]


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
