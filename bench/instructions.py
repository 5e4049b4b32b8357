"""Extraction's cost in machine instructions, counted by valgrind: the same on a busy host as on a quiet one.

    python -m bench.instructions [--every N] [--against REV]

Times on this shared virtual machine swing by ±15% with other tenants' load, so a change
that saves 3% cannot be seen in articles per second. Instructions can: valgrind's callgrind
counts them exactly, the same on every run. Each count is a run of two passes over every Nth
PolNeAR train article less a run of one pass (so start-up and the first pass, which fills the
caches, drop out). With --against, the same is counted for another revision of `composer/`
(taken with `git archive`), side by side on the two cores. Slow: about a minute and a half a count.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.common import POLNEAR, REPO

PASSES = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from composer.blocks import Article
from composer.extract import extract
files = sorted(Path(sys.argv[2]).glob("*.txt"))[:: int(sys.argv[3])]
articles = [Article(body=t) for t in (f.read_text(encoding="utf-8") for f in files) if t.strip()]
for _ in range(int(sys.argv[4])):
    for article in articles:
        extract(article)
print(len(articles))
"""
COLLECTED = re.compile(r"Collected : (\d+)")


def count(root: Path, every: int, passes: int) -> tuple[int, int]:
    """(instructions, articles) for `passes` passes of extraction with the code under `root`."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", PASSES]
    run = subprocess.run(
        [*command, str(root), str(POLNEAR / "text"), str(every), str(passes)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # sets iterate in one order: the same count every run
    )
    return int(COLLECTED.search(run.stderr).group(1)), int(run.stdout.split()[-1])


def per_pass(root: Path, every: int) -> tuple[float, int]:
    """Million instructions for one warm pass, and the number of articles in it."""
    (one, articles), (two, _) = count(root, every, 1), count(root, every, 2)
    return (two - one) / 1e6, articles


def archived(rev: str, folder: Path) -> Path:
    folder.mkdir()
    archive = subprocess.run(["git", "archive", rev, "composer"], cwd=REPO, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=4, help="count every Nth article (default 4: 210 of 840)")
    parser.add_argument("--against", metavar="REV", help="also count this git revision, for a comparison")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: instruction counts skipped (apt-get install valgrind).")
        return
    if not (POLNEAR / "text").is_dir():
        print(f"PolNeAR corpus not found at {POLNEAR}: instruction counts skipped.")
        return
    with tempfile.TemporaryDirectory() as tmp:
        # a copy, so that an edit made while the counts run (minutes) does not change what is counted
        working = Path(tmp, "working")
        shutil.copytree(REPO / "composer", working / "composer", ignore=shutil.ignore_patterns("__pycache__"))
        roots = {"working tree": working}
        if args.against:
            roots[args.against] = archived(args.against, Path(tmp, "against"))
        with ThreadPoolExecutor(max_workers=2) as pool:
            counts = dict(zip(roots, pool.map(lambda root: per_pass(root, args.every), roots.values()), strict=True))
    for name, (millions, articles) in counts.items():
        print(f"{name}: {millions:,.0f} M instructions a pass of {articles} articles, {millions / articles:.2f} M each")
    if args.against:
        ours, theirs = counts["working tree"][0], counts[args.against][0]
        print(f"working tree vs {args.against}: {100 * (ours - theirs) / theirs:+.1f}%")


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
