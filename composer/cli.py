"""The `composer` command: parse options into Settings, call the pipeline, print.

Keep this file free of logic and of slow imports: `composer --help` must start fast.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from composer import __version__
from composer.errors import EXIT_CODES, ComposerError, UsageError

EXIT_HELP = "Exit codes: " + ", ".join(f"{code} {meaning}" for code, meaning in EXIT_CODES.items()) + "."

app = typer.Typer(
    name="composer",
    help=f"Turn a news article into social threads and an email newsletter, never misquoting.\n\n{EXIT_HELP}",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state: dict[str, Any] = {"debug": False, "quiet": False, "verbose": False}

Files = Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html), URLs, or - for stdin.")]
ChannelOpt = Annotated[
    str | None,
    typer.Option(
        "--channel",
        "-c",
        help="Comma-separated channels: x,bluesky,mastodon,threads,linkedin,newsletter (default: all).",
    ),
]
OutboxOpt = Annotated[Path | None, typer.Option("--outbox", "-o", help="Folder for draft folders (default: ./outbox).")]
TemplatesOpt = Annotated[Path | None, typer.Option("--templates", help="Folder of template overrides, searched first.")]
TitleOpt = Annotated[str | None, typer.Option("--title", help="Headline to use instead of the detected one.")]
UrlOpt = Annotated[str | None, typer.Option("--url", help="Article link for the posts and the newsletter button.")]
DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date, YYYY-MM-DD.")]
BylineOpt = Annotated[str | None, typer.Option("--byline", help="Author line.")]


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """The one place a ComposerError becomes `Error: ...` on stderr and an exit code."""
    try:
        yield
    except ComposerError as exc:
        if _state["debug"]:
            raise
        typer.echo(f"Error: {exc.message}", err=True)
        if exc.hint:
            typer.echo(f"Hint: {exc.hint}", err=True)
        raise typer.Exit(exc.exit_code) from None


def settings(**options: Any):
    from composer.config import load_settings

    return load_settings(options)


def overrides(title: str | None, url: str | None, date: str | None, byline: str | None) -> dict[str, Any]:
    return {"title": title, "url": url, "published": date, "byline": byline}


def _mode(json_lines: bool) -> str:
    """How to print results: json, quiet, plain (piped) or rich (a terminal)."""
    if json_lines:
        return "json"
    if _state["quiet"]:
        return "quiet"
    return "rich" if sys.stdout.isatty() else "plain"


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"composer {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print more detail.")] = False,
) -> None:
    _state.update(debug=debug, quiet=quiet, verbose=verbose)


@app.command()
def extract(
    files: Files,
    json_lines: Annotated[bool, typer.Option("--json", help="Print JSON Lines, one object per article.")] = False,
    title: TitleOpt = None,
    url: UrlOpt = None,
    date: DateOpt = None,
    byline: BylineOpt = None,
) -> None:
    """Show the people, quotes (with speakers) and key facts found in each article."""
    from composer import display, pipeline

    with user_errors():
        cfg = settings()
        for source in pipeline.expand_sources(files):
            brief = pipeline.load_brief(source, cfg, overrides(title, url, date, byline))
            if json_lines:
                display.print_json_line(pipeline.brief_record(brief))
            else:
                display.print_brief(brief)


@app.command()
def draft(
    files: Files,
    channel: ChannelOpt = None,
    outbox: OutboxOpt = None,
    templates: TemplatesOpt = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace today's draft of the same article.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Draft in N processes (large batches).")] = 1,
    json_lines: Annotated[bool, typer.Option("--json", help="Print one JSON object per article.")] = False,
    title: TitleOpt = None,
    url: UrlOpt = None,
    date: DateOpt = None,
    byline: BylineOpt = None,
) -> None:
    """Draft every channel for each article (files, folders, globs) into the outbox, one folder per article.

    A bad article is reported and skipped; the exit code is 1 when some failed, 3 when all did.
    """
    from composer import display, pipeline
    from composer.channels import parse_channels

    with user_errors():
        cfg = settings(
            outbox=outbox, templates=templates, overwrite=overwrite or None, channels=parse_channels(channel)
        )
        sources = pipeline.expand_sources(files)
        with display.progress(len(sources), enabled=not (json_lines or _state["quiet"])) as advance:
            outcomes = pipeline.compose(sources, cfg, overrides(title, url, date, byline), jobs=jobs, on_done=advance)
        display.print_outcomes(
            outcomes, mode=_mode(json_lines), show_threads=channel is not None, verbose=_state["verbose"]
        )
    failed = sum(1 for o in outcomes if o.error)
    if failed:
        raise typer.Exit(1 if failed < len(outcomes) else 3)


@app.command()
def schema() -> None:
    """Print the JSON schema of the extracted brief (the blocks every stage passes on)."""
    import json

    from composer.blocks import Brief

    typer.echo(json.dumps(Brief.model_json_schema(), indent=2))


outbox_app = typer.Typer(help="List, inspect and clean draft folders.", no_args_is_help=True)
templates_app = typer.Typer(help="See which template files are used.", no_args_is_help=True)
app.add_typer(outbox_app, name="outbox")
app.add_typer(templates_app, name="templates")
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]


@outbox_app.command("list")
def outbox_list(outbox: OutboxOpt = None, json_out: JsonOpt = False) -> None:
    """Every draft: date, slug, channels and posting state, newest first."""
    from composer import display
    from composer import outbox as drafts

    with user_errors():
        cfg = settings(outbox=outbox)
        rows = [drafts.draft_summary(f, m) for f, m in drafts.list_drafts(cfg.outbox)]
        display.print_draft_list(rows, as_json=json_out)


@outbox_app.command("show")
def outbox_show(
    draft: Annotated[str, typer.Argument(help="Draft folder, or its name in the outbox.")],
    outbox: OutboxOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """One draft's manifest, files and threads."""
    from composer import display
    from composer import outbox as drafts

    with user_errors():
        folder = drafts.find_draft(settings(outbox=outbox).outbox, draft)
        display.print_draft(folder, drafts.read_manifest(folder), as_json=json_out)


@outbox_app.command("clean")
def outbox_clean(
    older_than: Annotated[str, typer.Option("--older-than", help="Age like 30d, 12h or 2w.")] = "30d",
    outbox: OutboxOpt = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before deleting.")] = False,
) -> None:
    """Delete drafts older than an age (asks first)."""
    from composer import outbox as drafts

    with user_errors():
        cfg = settings(outbox=outbox)
        old = drafts.older_than(cfg.outbox, drafts.parse_age(older_than), cfg.clock())
        if not old:
            typer.echo(f"No drafts older than {older_than} in {cfg.outbox}.")
            return
        typer.echo("\n".join(f"  {f.name}" for f in old))
        if not yes and not _confirm(f"Delete these {len(old)} draft(s)?"):
            raise typer.Exit(1)
        drafts.remove_drafts(old)
        typer.echo(f"Deleted {len(old)} draft(s).")


@templates_app.command("list")
def templates_list(templates: TemplatesOpt = None, json_out: JsonOpt = False) -> None:
    """Every template name and the file that wins for it (override or built-in)."""
    from composer import display
    from composer.templating import Templates

    with user_errors():
        found = Templates(settings(templates=templates).templates)
        display.print_templates([(n, found.origin(n), found.is_builtin(n)) for n in found.names()], as_json=json_out)


@app.command()
def init(
    with_templates: Annotated[
        bool, typer.Option("--templates", help="Also copy the built-in templates to ./templates.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing composer.toml or template.")] = False,
) -> None:
    """Write a commented composer.toml (and optionally editable templates) in this folder."""
    from composer import scaffold

    with user_errors():
        for path in scaffold.init(Path.cwd(), with_templates=with_templates, force=force):
            typer.echo(f"wrote {path}")


auth_app = typer.Typer(help="Check the credentials used for posting.", no_args_is_help=True)
app.add_typer(auth_app, name="auth")


@app.command()
def post(
    draft: Annotated[str, typer.Argument(help="Draft folder, or its name in the outbox.")],
    to: Annotated[str, typer.Option("--to", help="Where to post. Only x for now.")] = "x",
    outbox: OutboxOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the exact requests; send nothing.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Post without asking.")] = False,
    no_wait: Annotated[bool, typer.Option("--no-wait", help="On a rate limit, stop and say when to resume.")] = False,
    force_restart: Annotated[bool, typer.Option("--force-restart", help="Post the whole thread again as new.")] = False,
) -> None:
    """Post a draft's thread to X. Safe to run again: it resumes and never posts the same post twice.

    Credentials: X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET (environment or .env).
    """
    from composer import display, pipeline

    with user_errors():
        if to != "x":
            raise UsageError(f"cannot post to {to!r}; only x is supported")
        ask = (lambda texts: True) if yes else (lambda texts: display.confirm_thread(texts, _confirm))
        result = pipeline.post(draft, settings(outbox=outbox), dry_run=dry_run, no_wait=no_wait,
                               force_restart=force_restart, confirm=ask)  # fmt: skip
        display.print_post_result(result)
    if result.cancelled:
        raise typer.Exit(1)


@auth_app.command("check")
def auth_check() -> None:
    """Call the X API once with your credentials and print the account's handle."""
    from composer import pipeline

    with user_errors():
        typer.echo(f"Credentials work: posting as @{pipeline.auth_check()}")


@app.command()
def newsletter(
    files: Annotated[list[str] | None, typer.Argument(help="Article files, folders or URLs, one section each.")] = None,
    feed: Annotated[str | None, typer.Option("--feed", help="An RSS or Atom feed (file or URL).")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=50, help="How many of the feed's newest items.")] = 5,
    title: Annotated[str | None, typer.Option("--title", help="Subject line (default: name and date).")] = None,
    outbox: OutboxOpt = None,
    templates: TemplatesOpt = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace today's issue of the same name.")] = False,
) -> None:
    """Build one newsletter issue from several articles, with a table of contents."""
    from composer import pipeline

    with user_errors():
        cfg = settings(outbox=outbox, templates=templates, overwrite=overwrite or None)
        folder = pipeline.digest(files or [], cfg, feed=feed, limit=limit, subject=title)
    typer.echo(f"wrote {folder}/  (preview: composer preview {folder})")
    size = (folder / "newsletter.html").stat().st_size
    if size > 102 * 1024:
        typer.echo(f"Warning: the email is {size // 1024} KB; Gmail clips messages over 102 KB (use --limit)", err=True)


@app.command()
def preview(
    draft: Annotated[str, typer.Argument(help="Draft folder, or its name in the outbox.")],
    outbox: OutboxOpt = None,
    templates: TemplatesOpt = None,
    static: Annotated[bool, typer.Option("--static", help="Write preview.html into the draft instead.")] = False,
    no_open: Annotated[bool, typer.Option("--no-open", help="Do not open a browser.")] = False,
) -> None:
    """Preview the email (600 and 375 px, dark mode, plain text) and the threads in a browser.

    Serves on 127.0.0.1 and reloads when the draft or a template changes; Ctrl-C stops it.
    """
    from composer import pipeline

    with user_errors():
        result = pipeline.preview(draft, settings(outbox=outbox, templates=templates), static=static)
    if static:
        typer.echo(f"wrote {result}")
        return
    typer.echo(f"Previewing {result.folder} at {result.url} (Ctrl-C to stop)")
    if not no_open and _has_display():
        import webbrowser

        webbrowser.open(result.url)
    try:
        result.serve_forever()
    except KeyboardInterrupt:
        typer.echo("\nStopped.")
    finally:
        result.shutdown()


def _has_display() -> bool:
    """Open a browser only where there is a screen; on a server, webbrowser would start lynx in the terminal."""
    import os

    return sys.platform in ("darwin", "win32") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        typer.echo("Not asking on a non-interactive input; pass --yes to confirm.", err=True)
        return False
    return typer.confirm(question, default=False)


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
