"""Speed and memory: start-up, draft time per article, scaling, --jobs speed-up, peak RSS.

python -m bench.speed
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import COMPOSER, REPO, SAMPLE, corpus_texts, median_wall, replicate, table, timed

TARGETS = {
    "help": 200.0,
    "sample": 600.0,
    "draft_ms": 50.0,
    "rss_mb": 150.0,
    "extract_per_s": 500.0,
}


def startup_rows(work: Path) -> list[list[object]]:
    help_ms = median_wall([str(COMPOSER), "--help"])
    draft = [str(COMPOSER), "draft", str(SAMPLE), "--overwrite", "--outbox", str(work / "outbox")]
    sample_ms = median_wall(draft)
    return [
        ["`composer --help` (whole process, median of 7)", f"{help_ms:.0f} ms", f"< {TARGETS['help']:.0f} ms"],
        [
            "`composer draft <sample>` all channels (whole process)",
            f"{sample_ms:.0f} ms",
            f"< {TARGETS['sample']:.0f} ms",
        ],
    ]


def in_process_draft_ms(texts: list[str], work: Path) -> float:
    """Mean ms per article for load → extract → all channels (MJML compiled) → outbox, in one process."""
    from composer.config import Settings
    from composer.pipeline import compose

    paths = replicate(texts, len(texts), work / "inproc")
    settings = Settings(outbox=work / "inproc-out", overwrite=True)
    compose(paths[:2], settings)  # warm-up: imports, template compilation
    elapsed = timed(lambda: compose(paths, settings))
    return elapsed * 1000 / len(paths)


# Runs a command and prints its wall seconds and the peak RSS (KB) of its largest process. A fresh, small
# parent matters:
# a child forked from this (large) benchmark process briefly counts the parent's pages as its own.
_WALL_AND_PEAK_RSS = (
    "import resource, subprocess, sys, time; start = time.perf_counter();"
    "subprocess.run(sys.argv[1:], capture_output=True);"
    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def batch_run(paths_dir: Path, out: Path, jobs: int = 1) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, largest process) of `composer draft DIR` as a child process."""
    command = [str(COMPOSER), "--quiet", "draft", str(paths_dir), "--outbox", str(out), "--jobs", str(jobs)]
    helper = [sys.executable, "-c", _WALL_AND_PEAK_RSS, *command]
    wall, peak_kb = subprocess.run(helper, capture_output=True, text=True, check=True).stdout.split()
    return float(wall), int(peak_kb) / 1024


def scaling_rows(texts: list[str], work: Path) -> list[list[object]]:
    rows = []
    for count in (10, 100, 1000):
        folder = work / f"scale-{count}"
        replicate(texts, count, folder)
        wall, _ = batch_run(folder, work / f"scale-out-{count}")
        rows.append([count, f"{wall:.2f} s", f"{wall * 1000 / count:.1f} ms"])
    return rows


def run() -> dict[str, object]:
    texts = corpus_texts(limit=100)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        results: dict[str, object] = {"startup": startup_rows(work)}
        results["draft_ms"] = in_process_draft_ms(texts, work)
        batch = work / "batch-100"
        replicate(texts, 100, batch)
        wall1, rss = batch_run(batch, work / "b1", jobs=1)
        wall2, _ = batch_run(batch, work / "b2", jobs=2)
        results["batch"] = {"wall1": wall1, "wall2": wall2, "rss_mb": rss}
        results["scaling"] = scaling_rows(texts, work)
    return results


def report(results: dict[str, object]) -> str:
    batch = results["batch"]
    speedup = batch["wall1"] / batch["wall2"]
    rows = [
        *results["startup"],
        [
            "full draft in-process (all channels, MJML compiled), per article",
            f"{results['draft_ms']:.1f} ms",
            "≤ 50 ms",
        ],
        ["peak RSS, `composer draft` of 100 articles", f"{batch['rss_mb']:.0f} MB", "< 150 MB"],
        [
            "100 articles, `--jobs 1` → `--jobs 2`",
            f"{batch['wall1']:.2f} s → {batch['wall2']:.2f} s (×{speedup:.2f})",
            "—",
        ],
    ]
    scaling = table(["articles", "wall", "per article"], results["scaling"])
    headline = table(["measure", "result", "target"], rows)
    return f"{headline}\n\nScaling (`composer draft DIR`, whole process, one job):\n\n{scaling}"


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    print(report(run()))
