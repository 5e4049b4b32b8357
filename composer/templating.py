"""The Jinja environment: an ordered, showable template search path.

Order: `--templates DIR`, then `./templates` in the working directory, then the
copy that ships inside the package. Any template can also be reached as
`builtin/<name>` so an override can `{% extends "builtin/x/thread.txt.j2" %}`
and replace a single block.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2

from composer.errors import TemplateError

_AUTOESCAPED = (".html", ".htm", ".mjml", ".xml")


def builtin_dir() -> Path:
    """Templates inside the installed wheel, or the repo's `templates/` in a checkout."""
    packaged = Path(__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "templates"


def search_path(custom: Path | None = None, cwd: Path | None = None) -> list[Path]:
    """The folders searched, first wins; missing ones are left out."""
    local = (cwd or Path.cwd()) / "templates"
    candidates = [custom, local, builtin_dir()]
    seen: list[Path] = []
    for folder in candidates:
        if folder is None:
            continue
        resolved = folder.resolve()
        if resolved.is_dir() and resolved not in seen:
            seen.append(resolved)
    if custom is not None and custom.resolve() not in seen:
        raise TemplateError(f"templates folder not found: {custom}")
    return seen


def autoescape_for(name: str | None) -> bool:
    """Escape by the final extension before `.j2`: html/mjml on, txt/md/json off."""
    if not name:
        return False
    stem = name[:-3] if name.endswith(".j2") else name
    return stem.endswith(_AUTOESCAPED)


class Templates:
    """A thin wrapper that renders by name and turns Jinja errors into TemplateError."""

    def __init__(self, custom: Path | None = None, cwd: Path | None = None) -> None:
        self.folders = search_path(custom, cwd)

    @cached_property
    def env(self) -> jinja2.Environment:
        loader = jinja2.PrefixLoader({"builtin": jinja2.FileSystemLoader(str(builtin_dir()))}, delimiter="/")
        env = jinja2.Environment(
            loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader([str(f) for f in self.folders]), loader]),
            autoescape=autoescape_for,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters.update(FILTERS)
        return env

    def render(self, name: str, **context: Any) -> str:
        try:
            return self.env.get_template(name).render(**context)
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"template not found: {exc.name} (searched {self._searched()})") from None
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}") from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"{name}:{_error_line(exc, name)}: {exc.message}") from None

    def origin(self, name: str) -> Path | None:
        """Which file wins for `name` (for `composer templates list`)."""
        return next((f / name for f in self.folders if (f / name).is_file()), None)

    def is_builtin(self, name: str) -> bool:
        origin = self.origin(name)
        return origin is not None and origin.is_relative_to(builtin_dir().resolve())

    def names(self) -> list[str]:
        found = {p.relative_to(f).as_posix() for f in self.folders for p in f.rglob("*.j2")}
        return sorted(found)

    def _searched(self) -> str:
        return ", ".join(str(f) for f in self.folders)


def _error_line(exc: BaseException, name: str) -> str:
    tb = exc.__traceback__
    line = "?"
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(name):
            line = str(tb.tb_lineno)
        tb = tb.tb_next
    return line


def _oneline(text: str) -> str:
    return " ".join(str(text).split())


def _wrap(text: str, width: int = 72, indent: str = "") -> str:
    """Wrap to `width` columns; lines after the first start with `indent`. Never breaks a word or URL."""
    import textwrap

    return textwrap.fill(
        _oneline(text), width=width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


FILTERS: dict[str, Callable[..., Any]] = {
    "oneline": _oneline,
    "wrap": _wrap,
}
