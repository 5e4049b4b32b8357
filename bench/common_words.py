"""Make composer/extract/data/common_words.txt: the words PolNeAR's train articles write in lower case.

    python -m bench.common_words [--corpus DIR] [--min-articles N]

A word written in lower case in at least N articles (default 3 of 840) is a common English word of the news;
a run of capitalised words made only of such words ('Desert Storm', 'Conservative Solutions') names no person.
The list is made once and shipped: extraction never reads ../shared.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from bench.common import POLNEAR, REPO

OUT = REPO / "composer" / "extract" / "data" / "common_words.txt"
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")  # as composer.extract.people reads them


def common_words(corpus: Path, min_articles: int) -> list[str]:
    counts: Counter[str] = Counter()
    for path in sorted((corpus / "text").glob("*.txt")):
        counts.update(set(_LOWER_WORD.findall(path.read_text(encoding="utf-8"))))
    return sorted(word for word, n in counts.items() if n >= min_articles)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=POLNEAR)
    parser.add_argument("--min-articles", type=int, default=3)
    args = parser.parse_args()
    if not (args.corpus / "text").is_dir():
        print(f"no corpus at {args.corpus} (../shared/polnear is missing): nothing made", file=sys.stderr)
        return 1
    words = common_words(args.corpus, args.min_articles)
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
