"""`make bench`: every benchmark, printed and written to docs/benchmarks.md.

python -m bench [--corpus DIR] [--skip-speed]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from bench import quotes, shapes, speed
from bench.common import POLNEAR, REPO, machine

DOC = REPO / "docs" / "benchmarks.md"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=POLNEAR, type=Path)
    parser.add_argument("--skip-speed", action="store_true", help="quality only")
    args = parser.parse_args(argv)
    sections = [f"# Benchmarks\n\nMeasured on {date.today().isoformat()}: {machine()}.\n"
                "Benchmarks never fail the build; they state what was measured and how.\n"]  # fmt: skip
    quality = quotes.run(args.corpus)
    if quality is None:
        text = f"PolNeAR corpus not found at `{args.corpus}`: the quality benchmark was skipped."
    else:
        text = quotes.report(quality)
    sections.append(f"## Quote extraction on PolNeAR train\n\nCommand: `python -m bench.quotes`\n\n{text}\n")
    print(text)
    if not args.skip_speed:
        result = speed.report(speed.run())
        sections.append(f"## Speed and memory\n\nCommand: `python -m bench.speed`\n\n{result}\n")
        print(result)
        result = shapes.report(shapes.run())
        sections.append(f"## Hostile shapes\n\nCommand: `python -m bench.shapes`\n\n{result}\n")
        print(result)
    sections.append((Path(__file__).parent / "notes.md").read_text(encoding="utf-8"))  # read by a human
    DOC.write_text("\n".join(sections), encoding="utf-8")
    print(f"\nwrote {DOC}")


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
