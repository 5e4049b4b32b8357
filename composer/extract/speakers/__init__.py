"""Who said it: the cue next to a quote and the speaker it names.

A quote is attributed only when a speech cue sits right beside it ("…,” Hegseth
said / said Hegseth / Hegseth said: “…”), or when it continues a quote that was.
The speaker phrase must be exactly a name, a pronoun with a clear antecedent, a
role held by one named person, an organisation, or a description beside the cue
that carries a name ('a Pentagon spokesman'); anything else gives None, because a
wrong name is worse than none.

Modules: `cues` (the patterns of speech around a quote, as data), `subjects` (who
a sentence is about), `resolver` (from a phrase to a person), `described` (a source
the article describes without naming it: 'a Twitter spokesman'), `windows` (the
bounded text around a quote that the rules read), `attributor` (the cue beside a
quote, and where to look in which order), `continuations` (a quote with no cue
beside it: the quote it goes on from, a signature, the sentence before it),
`attribution` (the result).
"""

from composer.extract.speakers.attribution import Attribution
from composer.extract.speakers.attributor import Attributor

__all__ = ["Attribution", "Attributor"]
