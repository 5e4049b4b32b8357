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
from composer.errors import EXIT_CODES, ComposerError

EXIT_HELP = "Exit codes: " + ", ".join(f"{code} {meaning}" for code, meaning in EXIT_CODES.items()) + "."

app = typer.Typer(
    name="composer",
    help=f"Turn a news article into social threads and an email newsletter, never misquoting.\n\n{EXIT_HELP}",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state: dict[str, Any] = {"debug": False}

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
) -> None:
    _state["debug"] = debug


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
        for source in files:
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
    title: TitleOpt = None,
    url: UrlOpt = None,
    date: DateOpt = None,
    byline: BylineOpt = None,
) -> None:
    """Draft every channel for each article into the outbox, one folder per article."""
    from composer import display, pipeline
    from composer.channels import parse_channels

    with user_errors():
        cfg = settings(
            outbox=outbox, templates=templates, overwrite=overwrite or None, channels=parse_channels(channel)
        )
        outcomes = pipeline.compose(files, cfg, overrides(title, url, date, byline))
        display.print_outcomes(outcomes, show_threads=channel is not None)
    failed = sum(1 for o in outcomes if o.error)
    if failed:
        raise typer.Exit(1 if failed < len(outcomes) else 3)


@app.command()
def schema() -> None:
    """Print the JSON schema of the extracted brief (the blocks every stage passes on)."""
    import json

    from composer.blocks import Brief

    typer.echo(json.dumps(Brief.model_json_schema(), indent=2))


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
