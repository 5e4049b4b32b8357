"""Every test runs in its own empty working directory with no COMPOSER_* variables,
so no test reads or writes real config or a real outbox."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from composer.blocks import Article, Brief, Fact, Person, Quote, Source, Span, SpeakerRef
from composer.config import Settings

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sources" / "hegseth-nato-ukraine.txt"
FIXED_NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key in [k for k in __import__("os").environ if k.startswith("COMPOSER_") or k.startswith("X_")]:
        monkeypatch.delenv(key)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("COMPOSER_NOW", FIXED_NOW.isoformat())
    monkeypatch.setenv("COLUMNS", "250")  # rich wraps piped output at 80 columns otherwise
    return work


@pytest.fixture
def sample_file(isolated: Path) -> Path:
    target = isolated / SAMPLE.name
    shutil.copy(SAMPLE, target)
    return target


@pytest.fixture
def settings(isolated: Path) -> Settings:
    return Settings(now=FIXED_NOW, outbox=isolated / "outbox")


def span(body: str, text: str, start_at: int = 0) -> dict:
    start = body.index(text, start_at)
    return {"text": text, "start": start, "end": start + len(text)}


@pytest.fixture
def small_brief() -> Brief:
    """A hand-built brief, independent of extraction, for channel and outbox tests."""
    body = (
        "The mayor of Springfield, Ana Ruiz, 52, opened the new bridge on Monday after a $40 million rebuild.\n\n"
        "“This bridge carries 30,000 people a day and it will carry them safely for fifty years,” Ruiz said.\n\n"
        "The old span was closed in 2024 after inspectors found cracks."
    )
    article = Article(body=body, url="https://example.com/news/bridge", source=Source(path="bridge.txt"))
    lede = span(body, body.split("\n\n")[0])
    quote = span(body, "This bridge carries 30,000 people a day and it will carry them safely for fifty years,")
    last = span(body, body.split("\n\n")[2])
    return Brief(
        article=article,
        headline="Springfield opens its rebuilt bridge",
        summary=lede["text"],
        slug="springfield-opens-its-rebuilt-bridge",
        people=(Person(name="Ana Ruiz", role="Mayor", age=52, mentions=2),),
        quotes=(
            Quote(
                id="q1",
                kind="full",
                cue="said",
                speaker=SpeakerRef(name="Ana Ruiz", role="Mayor"),
                context=Span(**span(body, body.split("\n\n")[1])),
                **quote,
            ),
        ),
        facts=(Fact(id="f1", score=1.0, **lede), Fact(id="f2", score=0.6, **last)),
    )


def draft_folders(outbox: Path) -> list[Path]:
    """Draft folders in an outbox, leaving out the lock file and anything hidden."""
    return sorted(p for p in Path(outbox).iterdir() if not p.name.startswith("."))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite golden files from the current output")


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """golden(name, text): compare with tests/goldens/<name>, or rewrite it with --update-goldens."""
    update = request.config.getoption("--update-goldens")

    def check(name: str, text: str) -> None:
        path = Path(__file__).parent / "goldens" / name
        if update or not path.exists():
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            if not update:
                pytest.fail(f"golden file {name} was missing and has been written; read it, then run again")
        assert text == path.read_text(encoding="utf-8"), f"{name} differs (run pytest --update-goldens after reading)"

    return check
