"""The docs tell the truth: every command the README shows exists, and every setting is documented."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from typer.testing import CliRunner

from composer.cli import app
from composer.config import Settings
from composer.scaffold import DEFAULT_CONFIG

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


def readme_commands() -> list[list[str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^composer ([a-z][^#\n]*?)\s*(?:#.*)?$", text, flags=re.MULTILINE)
    return [line.split() for line in lines]


def test_every_readme_command_exists_and_accepts_its_options():
    commands = readme_commands()
    assert len(commands) >= 8
    for words in commands:
        path = [w for w in words if not w.startswith("-") and "/" not in w and "." not in w and "<" not in w]
        head = path[:2] if path[:1] in (["outbox"], ["templates"], ["auth"]) else path[:1]
        result = runner.invoke(app, [*head, "--help"])
        assert result.exit_code == 0, f"composer {' '.join(head)}: {result.output}"
        for option in (w.split("=")[0] for w in words if w.startswith("--")):
            assert option in result.stdout, f"{option} is not an option of composer {' '.join(head)}"


def test_every_setting_is_in_the_init_file_and_the_docs():
    written = tomllib.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    docs = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert Settings.model_validate(written)  # the file `composer init` writes is valid
    for section in ("newsletter", "social", "utm"):
        fields = set(type(getattr(Settings(), section)).model_fields)
        assert fields <= set(written[section]) | {"logo_url"}, section
        for field in fields:
            assert f"`{field}`" in docs, f"{section}.{field} is not in docs/configuration.md"


def test_exit_codes_in_help_match_the_readme():
    from composer.errors import EXIT_CODES

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for code, meaning in EXIT_CODES.items():
        assert f"| {code} |" in readme
        assert meaning.split()[0] in runner.invoke(app, ["--help"]).stdout
    assert "Exit codes" in runner.invoke(app, ["--help"]).stdout
