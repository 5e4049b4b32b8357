"""Quote and speaker quality on a PolNeAR-format folder, scored by PolNeAR's own scorer.

    python -m bench.quotes [--corpus DIR] [--details FILE]

DIR holds text/<id>.txt; the gold file is DIR/../<name>.jsonl and the scorer
DIR/../score.py (the layout of ../shared/polnear). Extraction speed is measured
on one core over the same articles.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import sys
from pathlib import Path

from bench.common import POLNEAR, REPO, cpu_timed, pin_to_one_core, table
from bench.naive import naive_quotes

SPEED_PASSES = 3  # timed passes over the corpus; the fastest is reported (the others measure the machine's noise)
METRICS = ("precision", "recall", "f1", "speaker_accuracy", "speaker_named_precision", "e2e_f1")
REFERENCES = {
    "naive regex (PolNeAR README)": (0.96, 0.98, 0.971, 0.356, None, 0.345, None),
    "textacy 0.13 + spaCy en_core_web_sm (PolNeAR README)": (0.99, 0.78, 0.872, 0.809, None, 0.711, 7.0),
}


def load_scorer(corpus: Path):
    spec = importlib.util.spec_from_file_location("polnear_score", corpus.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def composer_predictions(texts: dict[str, str]) -> tuple[list[dict], float]:
    from composer.blocks import Article, Source
    from composer.extract import extract

    articles = {k: Article(body=v, source=Source(path=f"{k}.txt")) for k, v in texts.items() if v.strip()}
    briefs = {k: extract(a) for k, a in articles.items()}  # untimed: the results, and warm caches
    gc.collect()
    gc.freeze()  # the scorer's gold data is not extraction's garbage to collect

    def extract_each() -> None:  # each Brief dropped as it is made, as a run of the CLI drops it
        for article in articles.values():
            extract(article)  # (holding all 840 would time Python's cycle collector walking them: ~7%)

    fastest = min(cpu_timed(extract_each) for _ in range(SPEED_PASSES))
    per_second = len(articles) / fastest
    preds = [
        {"id": k, "quotes": [{"text": q.text, "speaker": q.speaker.name if q.speaker else None} for q in b.quotes]}
        for k, b in briefs.items()
    ]
    return preds, per_second


def run(corpus: Path = POLNEAR, details: Path | None = None) -> dict[str, object] | None:
    if not (corpus / "text").is_dir():
        print(f"PolNeAR corpus not found at {corpus}: quality benchmark skipped.")
        return None
    scorer = load_scorer(corpus)
    gold = scorer.load_jsonl(corpus.parent / f"{corpus.name}.jsonl")
    texts = {g["id"]: (corpus / "text" / f"{g['id']}.txt").read_text(encoding="utf-8") for g in gold}
    pin_to_one_core()
    preds, per_second = composer_predictions(texts)
    ours, per_article = scorer.score(gold, preds)
    naive, _ = scorer.score(gold, [{"id": k, "quotes": naive_quotes(t)} for k, t in texts.items()])
    if details:
        details.write_text(json.dumps(per_article, indent=1, ensure_ascii=False), encoding="utf-8")
    return {"composer": ours, "naive": naive, "per_second": per_second, "articles": len(texts), "corpus": str(corpus)}


def report(result: dict[str, object]) -> str:
    headers = ["system", "quote P", "quote R", "quote F1", "speaker acc", "named-precision", "e2e F1", "articles/s"]
    rows = []
    for name, key in (("Composer", "composer"), ("naive regex, same run", "naive")):
        metrics = result[key]
        speed = f"{result['per_second']:.0f}" if key == "composer" else "—"
        rows.append([f"**{name}**" if key == "composer" else name, *(f"{metrics[m]:.3f}" for m in METRICS), speed])
    for name, values in REFERENCES.items():
        rows.append([name, *("—" if v is None else f"{v:.3f}" for v in values[:-1]), values[-1] or "—"])
    ratio = result["composer"]["e2e_f1"] / max(result["naive"]["e2e_f1"], 1e-9)
    return (
        f"{result['articles']} articles from `{result['corpus']}`; end-to-end F1 ×{ratio:.2f} the naive one.\n\n"
        + table(headers, rows)
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=POLNEAR)
    parser.add_argument("--details", type=Path, help="write every miss and speaker error as JSON")
    args = parser.parse_args(argv)
    result = run(args.corpus, args.details)
    if result:
        print(report(result))


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
