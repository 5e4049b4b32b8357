"""A quote's attribution: the cue as written and the speaker it names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Attribution:
    cue: str | None
    speaker: str | None  # a cast key
    settled: bool = False  # no speaker, and none to look for further: 'her husband cut in: “…”'
    asker: bool = False  # 'Rubio was asked by Gerard Baker whether “…”': Baker asks, Rubio is the next 'he'
