"""Settings: command-line options > COMPOSER_* environment > composer.toml > defaults.

One `Settings` object is built by the CLI and handed to the pipeline; nothing
else reads the environment or the config file.
"""

from __future__ import annotations

import os
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from composer.errors import ConfigError

CONFIG_FILE = "composer.toml"
ENV_PREFIX = "COMPOSER_"
ALL_CHANNELS = ("x", "bluesky", "mastodon", "threads", "linkedin", "newsletter")

Strict = ConfigDict(extra="forbid", frozen=True)


class NewsletterSettings(BaseModel):
    model_config = Strict

    name: str = "The Composer Briefing"
    sender: str = "Composer Newsroom <newsletter@example.com>"
    address: str = "1 Newsroom Plaza, Springfield"
    unsubscribe_url: str = "https://example.com/unsubscribe"
    logo_url: str | None = None
    accent_color: str = Field(default="#1a56db", pattern=r"^#[0-9a-fA-F]{6}$")
    text_color: str = Field(default="#1f2328", pattern=r"^#[0-9a-fA-F]{6}$")
    background_color: str = Field(default="#f4f5f7", pattern=r"^#[0-9a-fA-F]{6}$")
    recipient: str = "Subscribers <subscribers@example.com>"
    lang: str = Field(default="en", pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$")
    pull_quotes: int = Field(default=2, ge=0, le=5)
    facts: int = Field(default=4, ge=1, le=10)


class SocialSettings(BaseModel):
    model_config = Strict

    numbering: bool = True
    hashtags: bool = False
    max_hashtags: int = Field(default=2, ge=0, le=5)
    mastodon_limit: int = Field(default=500, ge=100, le=100_000)
    max_posts: int = Field(default=8, ge=1, le=25)


class UtmSettings(BaseModel):
    model_config = Strict

    enabled: bool = True
    medium: str = "social"
    newsletter_medium: str = "email"


class Settings(BaseModel):
    model_config = Strict

    outbox: Path = Path("outbox")
    templates: Path | None = None
    channels: tuple[str, ...] = ALL_CHANNELS
    max_input_bytes: int = Field(default=20_000_000, ge=1_000)
    fetch_timeout: float = Field(default=15.0, gt=0)
    overwrite: bool = False
    now: datetime | None = None
    newsletter: NewsletterSettings = NewsletterSettings()
    social: SocialSettings = SocialSettings()
    utm: UtmSettings = UtmSettings()

    def clock(self) -> datetime:
        """The injected time if there is one, else now (local, tz-aware)."""
        return self.now or datetime.now().astimezone()


def load_settings(
    options: dict[str, Any] | None = None,
    *,
    config_path: Path | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Merge the layers, lowest first, and validate once."""
    path = config_path or Path(CONFIG_FILE)
    merged: dict[str, Any] = {}
    for layer in (_read_toml(path, required=config_path is not None), _read_env(environ)):
        _deep_merge(merged, layer)
    _deep_merge(merged, {k: v for k, v in (options or {}).items() if v is not None})
    try:
        return Settings.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(
            f"invalid settings: {flatten_errors(exc)}", hint=f"check {path} and COMPOSER_* variables"
        ) from None


def flatten_errors(exc: ValidationError) -> str:
    """`field.sub: problem` lines joined into one, the way a user wants to read them."""
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())


def _read_toml(path: Path, *, required: bool) -> dict[str, Any]:
    if not path.is_file():
        if required:
            raise ConfigError(f"config file not found: {path}")
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None


def _read_env(environ: dict[str, str] | None) -> dict[str, Any]:
    """COMPOSER_OUTBOX=x → outbox; COMPOSER_NEWSLETTER__NAME=y → newsletter.name."""
    env = os.environ if environ is None else environ
    out: dict[str, Any] = {}
    for key, value in env.items():
        if not key.startswith(ENV_PREFIX):
            continue
        parts = key[len(ENV_PREFIX) :].lower().split("__")
        node = out
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value.split(",") if parts == ["channels"] else value
    return out


def _deep_merge(into: dict[str, Any], layer: dict[str, Any]) -> None:
    for key, value in layer.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _deep_merge(into[key], value)
        else:
            into[key] = value
