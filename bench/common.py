"""What every benchmark shares: paths, the machine line, timing helpers, corpora."""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
POLNEAR = SHARED / "polnear" / "train"
SAMPLE = REPO / "sources" / "hegseth-nato-ukraine.txt"
COMPOSER = Path(sys.executable).parent / "composer"


def machine() -> str:
    cores = os.cpu_count()
    return f"{platform.machine()}, {cores} cores, Python {platform.python_version()}, {platform.system()}"


def pin_to_one_core() -> None:
    """Measure per-core speed: keep this process on one CPU where the OS allows it."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def median_wall(command: list[str], runs: int = 7, cwd: Path | None = None) -> float:
    """Median wall time in ms of a whole process, after one warm-up run."""
    subprocess.run(command, cwd=cwd, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def cpu_timed(fn: Callable[[], object]) -> float:
    """CPU seconds this process spent in `fn`: on a shared virtual machine, time the host gives to
    other tenants is not the code's."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def corpus_texts(limit: int | None = None) -> list[str]:
    """PolNeAR train texts when ../shared is there, else the sample article alone."""
    folder = POLNEAR / "text"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else [SAMPLE]
    return [f.read_text(encoding="utf-8") for f in files[:limit]]


def replicate(texts: list[str], count: int, folder: Path) -> list[str]:
    """Write `count` article files into `folder`, cycling through `texts`."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    paths = []
    for i in range(count):
        path = folder / f"article-{i:04d}.txt"
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(str(path))
    return paths


def table(headers: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
