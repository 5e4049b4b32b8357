"""The text around a quote that its rules read: the sentence before it, the words after it, its line and
its paragraph. Bounded, so that time grows with the article and not with its square."""

from __future__ import annotations

from composer.extract.quotes import Quoted
from composer.extract.sentences import DATELINE, first_sentence_end, last_sentence_end

MAX_DATELINE = 60
MAX_LABEL_WORDS = 3
MAX_LABELS_PASSED = 2  # and only so far: a paragraph of 6,000 scare quotes must not cost 6,000² steps
AFTER_WINDOW = 400  # characters after a quote where its cue may stand


def after_text(body: str, quote: Quoted, quotes: list[Quoted], index: int) -> str:
    """The text after a quote where its cue may stand: to the sentence end, past at most two scare quotes."""
    limit, after = quote.paragraph.end, quote.outer_end
    labels = []
    for passed, later in enumerate(quotes[index + 1 : index + 2 + MAX_LABELS_PASSED]):
        if later.paragraph != quote.paragraph:
            break
        between = body[after : later.outer_start]
        if passed == MAX_LABELS_PASSED or not is_label(body, later) or "\n" in between or first_sentence_end(between):
            limit = later.outer_start
            break
        after = later.outer_end  # '“…” and the “grass-roots firepower” they need, Poe said': read past a label
        labels.append(later)
    limit = min(limit, quote.outer_end + AFTER_WINDOW)
    text = body[quote.outer_end : limit]
    end = first_sentence_end(text)
    text = text[: end - 1] if end else text
    for label in labels:  # 'Bill Eastland, wearing “Ted Cruz” pins, said': the label's marks, blanked, part no one
        text = _blanked(text, label.outer_start - quote.outer_end, label.start - quote.outer_end)
        text = _blanked(text, label.end - quote.outer_end, label.outer_end - quote.outer_end)
    return text


def _blanked(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (min(end, len(text)) - start) + text[end:] if start < len(text) else text


def before_text(body: str, quote: Quoted, quotes: list[Quoted], index: int) -> tuple[str, int]:
    """The quote's own sentence before its opening mark, and where that text starts in the body."""
    start = quote.paragraph.start
    if index > 0 and quotes[index - 1].paragraph == quote.paragraph:
        start = quotes[index - 1].outer_end
    elif quote.outer_start == start and body[:start].rstrip().endswith(":"):
        previous = body.rfind("\n\n", 0, start - 2)
        start = previous + 2 if previous >= 0 else 0  # 'Jared Potts echoed:' ends the paragraph before
    text = body[start : quote.outer_start]
    cut = last_sentence_end(text)
    if start >= quote.paragraph.start:  # a line break inside the paragraph ends a sentence too
        line = text.rfind("\n")
        if line >= 0 and not text[line:].strip() and text[:line].rstrip().endswith(":"):
            line = text.rfind("\n", 0, line)  # 'Frank quotes Alfred Kahn:' ends the line before
        cut = max(cut, line + 1)
    while cut < len(text) and text[cut].isspace():  # the patterns anchor at the sentence's first word
        cut += 1
    if start + cut <= quote.paragraph.start + MAX_DATELINE and body[quote.paragraph.start].isupper():
        dateline = DATELINE.match(body, quote.paragraph.start, quote.outer_start)
        if dateline and start + cut < dateline.end():  # 'WASHINGTON (AP) — Trump said': the sentence starts after it
            cut = dateline.end() - start
    return text[cut:], start + cut


def before_past_titles(body: str, quote: Quoted, quotes: list[Quoted], index: int) -> tuple[str, int] | None:
    """The quote's sentence before it read past the titles and scare quotes in it, their marks blanked
    ('Hemsley, the co-author of “Going Viral,” said …'), and where that text starts; None when no title
    stands in the sentence."""
    if index == 0 or quotes[index - 1].paragraph != quote.paragraph or not is_label(body, quotes[index - 1]):
        return None  # the common case, answered at once
    start, passed = quote.paragraph.start, 0
    for earlier in reversed(quotes[max(0, index - 1 - MAX_LABELS_PASSED) : index]):
        between = body[earlier.outer_end : quotes[index - passed].outer_start]
        if earlier.paragraph != quote.paragraph:
            break
        if passed == MAX_LABELS_PASSED or not is_label(body, earlier) or "\n" in between or last_sentence_end(between):
            start = earlier.outer_end
            break
        passed += 1
    if not passed:
        return None
    text = list(body[start : quote.outer_start])
    for label in quotes[index - passed : index]:  # blanked, so that the title reads as words
        text[label.outer_start - start : label.start - start] = " " * (label.start - label.outer_start)
        text[label.end - start : label.outer_end - start] = " " * (label.outer_end - label.end)
    joined = "".join(text)
    cut = last_sentence_end(joined)
    while cut < len(joined) and joined[cut].isspace():
        cut += 1
    return (joined[cut:], start + cut) if start + cut < quotes[index - passed].outer_start else None


def is_label(body: str, quote: Quoted) -> bool:
    """One to three words in marks: a scare quote or a name, not a voice of its own."""
    return len(body[quote.start : quote.end].split()) <= MAX_LABEL_WORDS


def fills_its_line(body: str, quote: Quoted) -> bool:
    """Is the quote all of its line (some copy breaks paragraphs with a single line break)?"""
    line_start = body.rfind("\n", 0, quote.outer_start) + 1
    line_end = body.find("\n", quote.outer_end)
    line_end = len(body) if line_end < 0 else line_end
    before, after = body[line_start : quote.outer_start], body[quote.outer_end : line_end]
    return not before.strip() and not after.strip()


def fills_its_paragraph(quote: Quoted) -> bool:
    """Is the quote all of its paragraph?"""
    para = quote.paragraph
    return quote.outer_start == para.start and quote.outer_end >= para.end - 1


def ends_sentence(body: str, quote: Quoted) -> bool:
    """Does the quote's own text end its sentence ('… a long time.”')?"""
    return body[quote.end - 1 : quote.end] in ".!?"


def first_in_paragraph(quotes: list[Quoted], index: int) -> bool:
    return index == 0 or quotes[index - 1].paragraph != quotes[index].paragraph
