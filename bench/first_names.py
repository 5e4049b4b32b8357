"""Make composer/extract/data/first_names.txt from the US Census Bureau's 1990 first-name lists.

    python -m bench.first_names MALE FEMALE LAST [--min-percent P]

MALE, FEMALE and LAST are the Census files dist.male.first, dist.female.first and dist.all.last (public domain;
the `names` package on PyPI ships them). A name borne by at least P percent of one sex (default 0.004: 1,219
men's names, about 1,500 women's) is kept with that sex, unless the other sex bears it a fifth as often or more
(then it tells no gender), more people have it as their surname ('Williams', 'Parker', 'Mason'), or it is a
word the news writes in lower case ('Will', 'Rose', 'Chase'), a place, a title or another word the name finder
never takes for a name. The names already listed in patterns.py stay as they are.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.common import REPO

OUT = REPO / "composer" / "extract" / "data" / "first_names.txt"
MIN_PERCENT = 0.004
RIVAL_SHARE = 0.2  # the other sex's share above which a name tells no gender


def read_census(path: Path, min_percent: float) -> dict[str, float]:
    """Name -> percent of the sex bearing it ('JAMES 3.318 3.318 1' -> 'James': 3.318)."""
    names = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, percent, *_ = line.split()
        if float(percent) >= min_percent:
            names[name.capitalize()] = float(percent)
    return names


def first_names(men: dict[str, float], women: dict[str, float], surnames: dict[str, float]) -> list[tuple[str, str]]:
    from composer.extract import names, patterns

    never = (
        patterns.common_words()
        | {w.lower() for w in patterns.NON_NAME_WORDS | patterns.PLACE_NAMES | patterns.PLACE_WORDS}
        | {w.lower() for w in patterns.ORG_WORDS | patterns.SENTENCE_STARTERS | patterns.THING_WORDS}
        | {w.lower() for w in names.SURNAMES_TOO | names.PLACE_SURNAMES}
        | names.TITLE_WORDS
        | {"dallas"}  # a city in the news, a first name rarely
    )
    listed = patterns.MALE_FIRST_NAMES | patterns.FEMALE_FIRST_NAMES
    kept = []
    for name in sorted(set(men) | set(women)):
        if name in listed or name.lower() in never or len(name) < 3:
            continue
        man, woman = men.get(name, 0.0), women.get(name, 0.0)
        if min(man, woman) > RIVAL_SHARE * max(man, woman):
            continue  # 'Jessie', 'Marion': both sexes bear it
        if surnames.get(name, 0.0) > max(man, woman) / 2:
            continue  # each sex is half the people: 'Williams' is a surname far more often than a first name
        kept.append((name, "m" if man > woman else "f"))
    return kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("male", type=Path)
    parser.add_argument("female", type=Path)
    parser.add_argument("last", type=Path)
    parser.add_argument("--min-percent", type=float, default=MIN_PERCENT)
    args = parser.parse_args()
    kept = first_names(
        read_census(args.male, args.min_percent),
        read_census(args.female, args.min_percent),
        read_census(args.last, 0.0),
    )
    header = "# Census 1990 first names not listed in patterns.py, with the sex that bears them: bench/first_names.py\n"
    OUT.write_text(header + "".join(f"{name} {sex}\n" for name, sex in kept), encoding="utf-8")
    print(f"{len(kept)} names ({sum(s == 'm' for _, s in kept)} men's) -> {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
