"""Terminal output with rich: tables for people, quotes and facts; thread previews.

Imported only by commands that print, so `composer --help` does not pay for rich.
Colour follows rich's rules: off when piped, off with NO_COLOR.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from composer.blocks import Brief, Draft, Post, Quote
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
    """People first, then organisations, each by how often the article names them."""
    table = Table(title="People and organisations", title_justify="left", expand=False)
    for col in ("name", "role", "age", "mentions", "kind"):
        table.add_column(col, justify="right" if col in ("age", "mentions") else "left")
    for p in sorted(brief.people, key=lambda p: (p.kind != "person", -p.mentions)):
        table.add_row(escape(p.name), escape(p.role or ""), str(p.age or ""), str(p.mentions), p.kind)
    return table


def _quotes_table(brief: Brief) -> Table:
    table = Table(title=f"Quotes ({len(brief.quotes)})", title_justify="left", show_lines=True, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("quote", ratio=9, overflow="fold")
    table.add_column("speaker", ratio=4, overflow="fold")
    table.add_column("cue", ratio=3, overflow="fold")  # "declared", not "decla|red", at 80 columns
    table.add_column("kind", no_wrap=True)
    for q in brief.quotes:
        speaker = _speaker_cell(q)
        table.add_row(q.id, escape(f"“{q.text}”"), speaker, escape(q.cue or ""), q.kind)
    return table


def _speaker_cell(quote: Quote) -> str:
    if quote.speaker is None:
        return "[dim]unattributed[/dim]"
    if not quote.speaker.named:  # the article describes the source without a name
        return f"[italic]{escape(quote.speaker.name)}[/italic] [dim](unnamed)[/dim]"
    return escape(quote.speaker.name)


def _facts_table(brief: Brief) -> Table:
    table = Table(title="Key facts", title_justify="left", show_lines=True, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("score", no_wrap=True)
    table.add_column("fact", ratio=1, overflow="fold")
    for f in brief.facts:
        table.add_row(f.id, f"{f.score:.2f}", escape(f.text))
    return table


@contextlib.contextmanager
def progress(total: int, *, enabled: bool) -> Iterator[Callable[[Outcome], None]]:
    """A progress bar on a terminal for batches; a no-op when piped, quiet or for one article."""
    if not (enabled and total > 1 and console.is_terminal):
        yield lambda outcome: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("drafting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("draft", total=total)
        yield lambda outcome: bar.advance(task)


def print_outcomes(
    outcomes: list[Outcome], *, mode: str = "rich", show_threads: bool = False, verbose: bool = False
) -> None:
    """rich: a readable summary; plain: `ok<TAB>source<TAB>folder` lines; json: one object a line."""
    for outcome in outcomes:
        if verbose and outcome.brief is not None and mode in ("rich", "plain"):
            errors.print(f"  {outcome.source}: {brief_stats(outcome.brief)}", soft_wrap=True)
        if mode == "json":
            print_json_line(outcome_record(outcome))
        elif outcome.error:
            errors.print(f"[red]✗[/red] {outcome.source}: {outcome.error}", soft_wrap=True)
        elif mode == "plain":
            print(f"ok\t{outcome.source}\t{outcome.folder}")
            _print_plain_threads(outcome, show_threads)
        elif mode == "rich":
            _print_rich_outcome(outcome, show_threads)
    done = [o for o in outcomes if o.folder]
    if mode == "rich" and done:
        failed = len(outcomes) - len(done)
        tail = f", {failed} failed" if failed else ""
        console.print(f"\n{len(done)} drafted{tail}. Preview: composer preview {done[-1].folder}")


def brief_stats(brief: Brief) -> str:
    """What extraction found, in one line (for --verbose)."""
    named = sum(1 for q in brief.quotes if q.speaker)
    people = sum(1 for p in brief.people if p.kind == "person")
    return f"{people} people, {len(brief.quotes)} quotes ({named} attributed), {len(brief.facts)} facts"


def outcome_record(outcome: Outcome) -> dict[str, Any]:
    record: dict[str, Any] = {"source": outcome.source, "ok": outcome.error is None}
    if outcome.error:
        record["error"] = outcome.error
    else:
        record["folder"] = str(outcome.folder)
        record["channels"] = {d.channel: sorted(d.files) for d in outcome.drafts}
    return record


def _print_plain_threads(outcome: Outcome, show_threads: bool) -> None:
    for draft in outcome.drafts if show_threads else ():
        for i, post in enumerate(draft.posts, 1):
            print(f"{draft.channel}\t{i}\t{post.length}/{draft.limit}\t{' '.join(post.text.split())}")


def _print_rich_outcome(outcome: Outcome, show_threads: bool) -> None:
    console.print(f"[green]✓[/green] {outcome.source} → {outcome.folder}/")
    for draft in outcome.drafts:
        console.print("    " + _draft_line(draft))
        if show_threads and draft.posts:
            print_thread(draft)


def _draft_line(draft: Draft) -> str:
    if draft.posts:
        longest = max(p.length for p in draft.posts)
        return f"{draft.channel:<10} {len(draft.posts)} post(s), longest {longest}/{draft.limit}"
    return f"{draft.channel:<10} " + ", ".join(sorted(draft.files))


def print_thread(draft: Draft) -> None:
    """Each post as a card, the way it will read, with its length counted as the network counts."""
    from rich.padding import Padding
    from rich.panel import Panel

    total = len(draft.posts)
    for i, post in enumerate(draft.posts, 1):
        over = draft.limit is not None and post.length > draft.limit
        colour = "red" if over else "green"
        card = Panel(
            escape(post.text),
            title=f"{draft.channel} {i}/{total}",
            title_align="left",
            subtitle=f"[{colour}]{post.length}/{draft.limit}[/{colour}]",
            subtitle_align="right",
            border_style="red" if over else "dim",
            width=min(72, console.width - 6),
        )
        console.print(Padding(card, (0, 0, 0, 4)))


def print_draft_list(rows: list[dict[str, Any]], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        console.print("No drafts yet. Make one with: composer draft ARTICLE")
        return
    table = Table(title=f"Drafts ({len(rows)})", title_justify="left")
    for col in ("created", "draft", "channels", "state"):
        table.add_column(col, overflow="fold")
    for row in rows:
        posted = [c for c, s in row["state"].items() if s != "drafted"]
        state = ", ".join(f"{c}: {row['state'][c]}" for c in posted) or "drafted"
        table.add_row((row["created"] or "")[:16], row["name"], ", ".join(row["channels"]), state)
    console.print(table)


def print_draft(folder: Path, manifest: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"folder": str(folder), "manifest": manifest}, indent=2, ensure_ascii=False))
        return
    console.print(f"[bold]{manifest.get('headline', folder.name)}[/bold]\n{folder}/")
    console.print(f"created {manifest.get('created')} · composer {manifest.get('composer_version')}")
    for name in manifest.get("files", {}):
        console.print(f"  {name}")
    for channel, info in manifest.get("channels", {}).items():
        console.print(f"[bold]{channel}[/bold]: {info.get('state', 'drafted')}")
        thread = folder / f"{channel}.json"
        if thread.is_file():
            data = json.loads(thread.read_text(encoding="utf-8"))
            posts = tuple(Post(**p) for p in data.get("posts", []) if p.get("text"))
            print_thread(Draft(channel=channel, limit=data.get("limit"), posts=posts))


def print_templates(rows: list[tuple[str, Path | None, bool]], *, as_json: bool) -> None:
    if as_json:
        data = [{"name": n, "file": str(p), "builtin": b} for n, p, b in rows]
        print(json.dumps(data, indent=2))
        return
    table = Table(title="Templates", title_justify="left")
    for col in ("template", "from", "file"):
        table.add_column(col, overflow="fold")
    for name, path, builtin in rows:
        table.add_row(name, "built-in" if builtin else "[bold]override[/bold]", str(path))
    console.print(table)


def confirm_thread(texts: list[str], ask: Callable[[str], bool]) -> bool:
    """Show the thread with X's counts, then ask."""
    from composer.channels.length import x_length

    posts = tuple(Post(text=t, length=x_length(t)) for t in texts)
    print_thread(Draft(channel="x", limit=280, posts=posts))
    return ask(f"Post these {len(texts)} posts to X?")


def print_post_result(result: Any) -> None:
    if result.planned:
        console.print(f"Dry run: {len(result.planned)} request(s) would be sent, nothing is touched.")
        for request in result.planned:
            print(f"{request['method']} {request['url']} {json.dumps(request['json'], ensure_ascii=False)}")
    elif result.cancelled:
        errors.print("Not posted.")
    elif result.complete_before:
        console.print(f"The thread is already complete ({len(result.urls)} posts); nothing to do.")
        console.print(f"First post: {result.urls[0]}" if result.urls else "")
    elif result.urls:
        console.print(f"Thread complete: {result.urls[0]}")
    else:
        console.print("Nothing left to post.")
