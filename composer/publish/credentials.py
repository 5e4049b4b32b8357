"""X credentials: from the environment, or a `.env` file beside composer.toml. Never printed or stored."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from composer.errors import CredentialsError

NAMES = ("X_API_KEY", "X_API_SECRET", "X_ACCESS_TOKEN", "X_ACCESS_TOKEN_SECRET")


@dataclass(frozen=True)
class XCredentials:
    """OAuth 1.0a user-context keys. `repr` shows no secret, so no traceback or log can leak one."""

    api_key: str = field(repr=False)
    api_secret: str = field(repr=False)
    access_token: str = field(repr=False)
    access_token_secret: str = field(repr=False)

    def secrets(self) -> tuple[str, ...]:
        return (self.api_key, self.api_secret, self.access_token, self.access_token_secret)


def load_credentials(folder: Path | None = None, environ: dict[str, str] | None = None) -> XCredentials:
    """Environment first, then `.env` in `folder` (the working directory, beside composer.toml)."""
    env = dict(os.environ if environ is None else environ)
    dotenv = read_dotenv((folder or Path.cwd()) / ".env")
    values = {name: env.get(name) or dotenv.get(name) for name in NAMES}
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise CredentialsError(
            f"missing X credential{'s' if len(missing) > 1 else ''}: {', '.join(missing)}",
            hint="set them in the environment or in a .env file beside composer.toml (see docs/publishing.md)",
        )
    return XCredentials(*(values[name] for name in NAMES))


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; `export`, quotes and comments allowed."""
    if not path.is_file():
        return {}
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.removeprefix("export ").split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        else:
            value = value.split(" #")[0].strip()
        values[key.strip()] = value
    return values
