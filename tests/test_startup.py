"""`composer --help` must stay fast: slow libraries load only inside the commands that need them."""

import subprocess
import sys

SLOW = ("tweepy", "trafilatura", "twitter_text", "requests", "mjml", "lxml", "rich", "feedparser", "pydantic", "jinja2")


def test_importing_the_cli_loads_no_slow_library():
    code = f"import sys, composer.cli; print(' '.join(m for m in {SLOW!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []


def test_help_runs_as_a_module():
    result = subprocess.run([sys.executable, "-m", "composer", "--help"], capture_output=True, text=True, check=True)
    assert "extract" in result.stdout and "draft" in result.stdout
