"""The errors a user can cause. Each carries its exit code and a one-line message.

Anything that is not a ComposerError is a bug and may show a traceback.
"""

from __future__ import annotations


class ComposerError(Exception):
    """A user mistake: printed as one line, exits with `exit_code`, no traceback."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class InputError(ComposerError):
    """The article could not be read: missing, empty, binary, too large, unreachable."""

    exit_code = 3


class UsageError(ComposerError):
    """A bad option or option value (unknown channel, bad date...)."""

    exit_code = 2


class ConfigError(ComposerError):
    """composer.toml or a COMPOSER_* variable is invalid."""

    exit_code = 4


class TemplateError(ComposerError):
    """A template is missing or broken; the message names the file and line."""

    exit_code = 5


class OutboxError(ComposerError):
    """The outbox cannot be written, or a draft folder is not what we expect."""

    exit_code = 6


class PublishError(ComposerError):
    """Posting failed or was refused; what was posted is recorded and resumable."""

    exit_code = 7


class CredentialsError(PublishError):
    """Credentials are missing, rejected, or lack the needed permission."""

    exit_code = 8


EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "some articles failed in a batch",
    2: "bad command-line usage",
    3: "input could not be read",
    4: "invalid configuration",
    5: "template missing or broken",
    6: "outbox problem",
    7: "posting failed or was refused (resumable)",
    8: "missing or rejected credentials",
}
