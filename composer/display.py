"""Terminal output with rich: tables for people, quotes and facts; thread previews.

Imported only by commands that print, so `composer --help` does not pay for rich.
Colour follows rich's rules: off when piped, off with NO_COLOR.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from composer.blocks import Brief, Draft
from composer.pipeline import Outcome

console = Console(highlight=False, soft_wrap=False)
errors = Console(stderr=True, highlight=False)


def print_json_line(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False))


def print_brief(brief: Brief) -> None:
    article = brief.article
    console.print(f"[bold]{brief.headline}[/bold]")
    meta = [f"{k}: {v}" for k, v in _metadata(brief).items() if v]
    if meta:
        console.print("[dim]" + " · ".join(meta) + "[/dim]")
    console.print(f"\n{brief.summary}\n")
    console.print(_people_table(brief))
    console.print(_quotes_table(brief))
    console.print(_facts_table(brief))
    if not article.title:
        console.print("[dim]No title in the source: the headline was made from the lede.[/dim]")


def _metadata(brief: Brief) -> dict[str, Any]:
    a = brief.article
    return {
        "source": a.source.path or a.source.url or "stdin",
        "url": a.url,
        "published": a.published,
        "byline": a.byline,
        "site": a.site_name,
    }


def _people_table(brief: Brief) -> Table:
    table = Table(title="People", title_justify="left", expand=False)
    for col in ("name", "role", "age", "mentions"):
        table.add_column(col, justify="right" if col in ("age", "mentions") else "left")
    for p in brief.people:
        table.add_row(p.name, p.role or "", str(p.age or ""), str(p.mentions))
    return table


def _quotes_table(brief: Brief) -> Table:
    table = Table(title=f"Quotes ({len(brief.quotes)})", title_justify="left", show_lines=True)
    for col in ("id", "quote", "speaker", "cue", "kind"):
        table.add_column(col, overflow="fold")
    for q in brief.quotes:
        speaker = q.speaker.name if q.speaker else "[dim]unattributed[/dim]"
        table.add_row(q.id, f"“{q.text}”", speaker, q.cue or "", q.kind)
    return table


def _facts_table(brief: Brief) -> Table:
    table = Table(title="Key facts", title_justify="left", show_lines=True)
    for col in ("id", "score", "fact"):
        table.add_column(col, overflow="fold")
    for f in brief.facts:
        table.add_row(f.id, f"{f.score:.2f}", f.text)
    return table


def print_outcomes(outcomes: list[Outcome], *, show_threads: bool = False) -> None:
    for outcome in outcomes:
        if outcome.error:
            errors.print(f"[red]✗[/red] {outcome.source}: {outcome.error}")
            continue
        console.print(f"[green]✓[/green] {outcome.source} → {outcome.folder}/")
        for draft in outcome.drafts:
            console.print("    " + _draft_line(draft))
            if show_threads and draft.posts:
                print_thread(draft)
    done = [o for o in outcomes if o.folder]
    if done:
        console.print(f"\nPreview: composer preview {done[-1].folder}")


def _draft_line(draft: Draft) -> str:
    if draft.posts:
        longest = max(p.length for p in draft.posts)
        return f"{draft.channel:<10} {len(draft.posts)} post(s), longest {longest}/{draft.limit}"
    return f"{draft.channel:<10} " + ", ".join(sorted(draft.files))


def print_thread(draft: Draft) -> None:
    for i, post in enumerate(draft.posts, 1):
        colour = "green" if post.length <= (draft.limit or post.length) else "red"
        console.print(f"      [{colour}]{i}. [{post.length}/{draft.limit}][/{colour}] {post.text}")
