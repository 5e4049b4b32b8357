"""Extraction time on hostile article shapes: time must grow with the article, never with its square.

python -m bench.shapes

Each shape is one paragraph or one sentence built to make a rule look far: thousands of quotes a cue
might reach past, thousands of names a pronoun might weigh. A linear rule reads a few hundred
characters around each; a rule that walks on to the paragraph's end turns 0.1 s into minutes.
"""

from __future__ import annotations

import sys

from bench.common import REPO, cpu_timed, pin_to_one_core, table

COPIES = 6000  # about 60–160 KB in one paragraph


def shapes() -> dict[str, str]:
    return {
        "6,000 scare quotes joined by 'and'": "Ruiz said " + " and ".join(["“on and on”"] * COPIES) + ".",
        "6,000 full quotes, each attributed": " ".join(["“We built it to last,” Ruiz said."] * COPIES),
        "6,000 quotes with no cue": " ".join(["“We built it to last.”"] * COPIES),
        "5,000 names in one sentence": "Ana Ruiz met " + ", ".join(f"Tom {_surname(i)}" for i in range(5000)) + ".",
        "a 10,000-word quote": "Ruiz said: “" + " ".join(["word"] * 10_000) + ".”",
        "4,000 clauses after a lead-in, then a quote": (
            "In Springfield, " + ", ".join(["Then nothing"] * 4000) + " cited “the bridge for fifty years.”"
        ),
        "4,000 speech verbs in the quote's sentence": (
            "Then " + " and ".join(["it said nothing"] * 4000) + " about “the bridge for fifty years.”"
        ),
        "a 20,000-word sentence before a quote": "Ruiz said " + "that " * 20_000 + "“the bridge is safe.”",
        "4,000 people, each then 'he said'": " ".join(
            f"Tom {_surname(i)} spoke. “We built it to last,” he said." for i in range(4000)
        ),
        "5,000 sentences opening with a word and a surname": "Ann Ruiz spoke. "
        + " ".join(f"{_surname(i)} Ruiz spoke." for i in range(5000)),
        "2,000 people sharing a surname, then it alone 2,000 times": (
            " ".join(f"{_surname(i)} Ruiz spoke." for i in range(2000)) + "\n\n" + " ".join(["Ruiz said so."] * 2000)
        ),
    }


def _surname(i: int) -> str:
    """'Baab', 'Bbab', …: 5,000 different capitalised words."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "B" + letters[i % 26] + letters[i // 26 % 26] + letters[i // 676 % 26]


def run() -> list[list[object]]:
    from composer.blocks import Article
    from composer.extract import extract

    pin_to_one_core()
    rows = []
    for name, body in shapes().items():
        article = Article(body=body)
        seconds = min(cpu_timed(lambda a=article: extract(a)) for _ in range(2))
        rows.append([name, f"{len(body) / 1000:.0f} KB", f"{seconds:.2f} s"])
    return rows


def report(rows: list[list[object]]) -> str:
    return table(["shape", "size", "extract (CPU, best of 2)"], rows)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    print(report(run()))
