"""The boilerplate rules in composer/ingest/patterns.py, one example each, plus prose they must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from composer.ingest.clean import blocks, byline_names, clean_body, finish, has_prose, is_boilerplate, join_names
from composer.ingest.patterns import BOILERPLATE_LINES

PROSE = "The council approved the budget on Tuesday after a long debate."


@pytest.mark.parametrize("line", sorted(BOILERPLATE_LINES))
def test_every_boilerplate_line_is_dropped(line: str) -> None:
    assert is_boilerplate(line)
    assert is_boilerplate(line.upper())
    assert clean_body(f"{PROSE}\n\n{line.title()}\n\n{PROSE}") == f"{PROSE}\n\n{PROSE}"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sign up for our newsletter",
        "Sign up for our Morning Report newsletter — the day's top stories, every weekday.",
        "Sign up for The Briefing newsletter to get the news in your inbox.",
        "Get the Courier Daily newsletter in your inbox.",
        "Subscribe to The Ledger for $1 a week.",
        "Photo: Ledger staff",
        "Photo credit: Jane Roe",
        "Image: Getty",
        "(Photo by Sean Gallup/Getty Images)",
        "Sean Gallup/Getty Images",
        "Andrew Harnik/AP",
        "AP Photo/Markus Schreiber",
        "Getty Images",
        "Related: Library hours could be cut under draft budget",
        "RELATED: Zelensky open to minerals deal",
        "Related stories",
        "Read more: Zelensky open to minerals deal with US in exchange for aid",
        "READ MORE: Ukraine's minerals",
        "See also: How NATO spending works",
        "More: The full transcript",
        "Click here to read the full report.",
        "Follow us on Facebook",
        "Follow Harbour Times on Facebook and X for the latest local news.",
        "Follow @ledger on X",
        "Copyright © 2025 The Daily Ledger",
        "© 2025 The Daily Ledger. All rights reserved.",
        "All rights reserved.",
        "Filed under Pete Hegseth, NATO, Ukraine",
        "We use cookies to improve your experience.",
        "This website uses cookies to ensure you get the best experience on our website.",
        "Updated Feb. 11, 2025, 11:40 a.m. ET",
        "Workers on the bridge in February. (Photo by Tom Becker/Westhaven Herald)",
        "Skip to content",
        "Read the rest of the story at The Westhaven Herald.",
        "Read the full interview here.",
        "Watch the video above.",
        "Watch a clip of the council meeting below:",
        "See the full map of the new ferry routes above.",
        "Story by Ana Costa Video produced by Sam Ortiz",
        "Reporting by Ana Costa; editing by Sam Ortiz",
        "Associated Press writer Mary Jo Kellan contributed to this report.",
        "Ana Costa contributed reporting from Lisbon.",
        "Sam Ortiz and Ana Costa contributed to this story",
        "___.",
        "* * *",
        "Getty.",
        "Twitter: @costa.",
        "X.",
    ],
)
def test_boilerplate_paragraphs(paragraph: str) -> None:
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        PROSE,
        "Copyright law has long protected newspapers from this kind of copying, the judge wrote.",
        "Subscribers to the service will pay more from March.",
        "Sign up for the draft was mandatory, the historian said.",
        "Follow-up talks are planned for next month.",
        "Related parties must disclose their interests, the regulator said.",
        "Share prices fell 3% on the news.",
        "Photographers were kept behind a barrier.",
        "More than 30 residents spoke against the fee.",
        "Print editions will continue on Sundays.",
        "Email records show the order was sent on Monday.",
        "Read the rest of the budget and you will see the cuts, the mayor said.",
        "Watch the ferry come in above the harbour wall at dawn, and you will see why people stay.",
        "Reporting by the Herald prompted the inquiry, the council said.",
        "Residents contributed to this report by the council, which found the fee unfair.",
        "“Everyone contributed to this report,” the mayor said.",
        "Getty Images bought the archive in 2019, the museum said.",
        "X marks the spot, she said.",
        # a promo pattern at the start of a long paragraph is prose, not a promo
        "Subscribe to the idea that the city can grow forever and you will end up where Millbrook is now: "
        "with roads it cannot repave, a library it cannot staff on Sundays, and a reserve fund that council "
        "members Ruth Alvarez and Tom Becker say will be empty by the end of 2026 if nothing changes.",
    ],
)
def test_prose_is_not_boilerplate(paragraph: str) -> None:
    assert not is_boilerplate(paragraph)


def test_boilerplate_lines_inside_a_block_are_dropped() -> None:
    assert clean_body(f"{PROSE}\n\nShare.\nExit mobile version\n") == PROSE


def test_wrapped_prose_lines_are_kept_even_if_they_look_like_promos() -> None:
    wrapped = "Many economists now\nsubscribe to the view that\nrates will fall this year."
    assert clean_body(wrapped) == "Many economists now subscribe to the view that rates will fall this year."


def test_a_pasted_caption_ending_in_a_credit_is_dropped() -> None:
    text = f"Hegseth speaks to reporters in Stuttgart.\nPhoto: Ledger staff\n\n{PROSE}"
    assert clean_body(text) == PROSE


def test_a_credit_line_inside_a_long_paragraph_is_dropped_alone() -> None:
    long = " ".join([PROSE] * 6)
    assert clean_body(f"{long}\nPhoto: Ledger staff\nMore text follows here.") == f"{long} More text follows here."


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Ann Poe and Tom Berg; Editing by Max Hall)",
        "(Reporting by Ann Poe; Additional reporting by Tom Berg in BEIJING; Writing by Max Hall.)",
        "(Additional reporting by Tom Berg)",
    ],
)
def test_a_wire_storys_reporting_credit_is_dropped(credit: str) -> None:
    assert clean_body(f"{PROSE}\n\n{PROSE}\n\n{credit}") == f"{PROSE}\n\n{PROSE}"
    # run into the last paragraph, it goes too: its names are no people of the story
    assert clean_body(f"{PROSE}\n\n{PROSE} {credit}") == f"{PROSE}\n\n{PROSE}"


def test_a_press_releases_furniture_is_dropped() -> None:
    text = (
        f"{PROSE}\n\n{PROSE}\n\n{PROSE}\n\nAbout Calloway Corp.\nCalloway Corp. makes pumps in 40 countries.\n\n"
        "Media contact: Sam Price, press@calloway.example\n\nSOURCE Calloway Corp.\n\n###"
    )
    assert clean_body(text) == f"{PROSE}\n\n{PROSE}\n\n{PROSE}"
    # a subhead over the story going on is no company's boilerplate
    story = f"{PROSE}\n\n{PROSE}\n\nAbout The Candidates\n\nAna Ruiz leads the race by four points."
    assert clean_body(story) == story
    # 'About' opening a sentence is prose
    prose = f"{PROSE}\n\n{PROSE}\n\nAbout 40 people came to the meeting, the council said."
    assert clean_body(prose) == prose


def test_reporting_by_inside_a_sentence_is_prose() -> None:
    text = f"{PROSE}\n\nThe paper (reporting by its Moscow desk) was right, the council said."
    assert clean_body(text) == text


def test_blocks_split_on_blank_lines_with_spaces() -> None:
    assert blocks("a\n \t\nb\n\n\nc") == ["a", "b", "c"]


# --- lead and tail furniture -------------------------------------------------


def test_lead_title_byline_and_dateline_are_dropped() -> None:
    meta: dict[str, object] = {"title": "Council passes budget"}
    paras = ["Council passes budget", "By Maria Okafor", "Posted Dec. 4, 2024", PROSE, PROSE]
    assert finish(paras, meta) == f"{PROSE}\n\n{PROSE}"
    assert meta["byline"] == "Maria Okafor"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Dana Whitfield | Feb. 11, 2025", "Dana Whitfield"),
        ("By Owen Pryce and Siân Lloyd · 17 January 2025", "Owen Pryce and Siân Lloyd"),
        ("By Maria Okafor — Updated Dec. 4, 2024, 9:15 a.m.", "Maria Okafor"),
    ],
)
def test_byline_and_date_on_one_line(line: str, names: str) -> None:
    meta: dict[str, object] = {}
    assert finish([line, PROSE], meta) == PROSE
    assert meta["byline"] == names


def test_a_lede_with_a_dash_is_not_a_byline() -> None:
    lede = "By late Tuesday — after four hours of debate — the council had a budget."
    assert finish([lede, PROSE], {}) == f"{lede}\n\n{PROSE}"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Posted Dec. 4, 2024", date(2024, 12, 4)),
        ("By Ana Costa | March 3, 2025", date(2025, 3, 3)),
        ("By Owen Pryce · 17 January 2025", date(2025, 1, 17)),
        ("Published 2025-02-11 09:12", date(2025, 2, 11)),
        ("Updated Dec. 5, 2024", None),  # a modification date is not the publication date
    ],
)
def test_a_dateline_fills_the_publication_date(line: str, published: date | None) -> None:
    meta: dict[str, object] = {}
    assert finish([line, PROSE], meta) == PROSE
    assert meta.get("published") == published


def test_a_detected_byline_does_not_replace_a_known_one() -> None:
    meta: dict[str, object] = {"byline": "Desk"}
    finish(["By Maria Okafor", PROSE], meta)
    assert meta["byline"] == "Desk"


def test_the_title_is_only_dropped_at_the_top() -> None:
    meta = {"title": "Budget passes"}
    assert finish([PROSE, "Budget passes", PROSE], meta) == f"{PROSE}\n\nBudget passes\n\n{PROSE}"


def test_a_lone_paragraph_is_never_dropped_as_lead_furniture() -> None:
    assert finish(["Budget passes"], {"title": "Budget passes"}) == "Budget passes"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Maria Okafor", "Maria Okafor"),
        ("BY MARIA OKAFOR", "MARIA OKAFOR"),
        ("By Owen Pryce and Siân Lloyd", "Owen Pryce and Siân Lloyd"),
        ("By: Ana Costa, Reuters", "Ana Costa, Reuters"),
        ("By Ludwig van Beethoven.", "Ludwig van Beethoven"),
        ("By the time he arrived, the troops had left.", None),
        ("By Tuesday the talks had collapsed and both sides were blaming each other.", None),
        ("Byron Smith said no.", None),
    ],
)
def test_byline_names(line: str, names: str | None) -> None:
    assert byline_names(line) == names


def test_tail_markers_cut_the_rest_of_the_page() -> None:
    paras = [PROSE, PROSE, PROSE, "More from Harbour Times", "Winter ferry timetable confirmed", "Comments (3)"]
    assert finish(paras, {}) == "\n\n".join([PROSE] * 3)


def test_a_tail_marker_pasted_with_its_headlines_cuts_too() -> None:
    paras = [PROSE, PROSE, PROSE, "Most Read County fair dates announced High school wins state title"]
    assert finish(paras, {}) == "\n\n".join([PROSE] * 3)


def test_prose_that_starts_like_a_tail_marker_is_kept() -> None:
    paras = [PROSE, PROSE, "More from the hearing is expected on Thursday.", "Recommended changes were approved."]
    assert finish(paras, {}) == "\n\n".join(paras)


def test_tail_markers_in_the_first_half_are_kept() -> None:
    paras = ["Recommended", PROSE, PROSE, PROSE]
    assert finish(paras, {}) == "\n\n".join(paras)


def test_join_names_and_prose() -> None:
    assert join_names(["A", " B ", "C"]) == "A, B and C"
    assert join_names([]) is None
    assert has_prose([PROSE])
    assert not has_prose(["Home News World Politics Subscribe World News Hegseth rules out"])


def test_a_pointer_sentence_on_its_own_line_inside_a_block_is_dropped() -> None:
    assert clean_body(f"{PROSE}\nWatch a clip of the interview above.") == PROSE
    # a wrapped line that only starts like one, mid-sentence, is prose
    wrapped = "The mayor urged everyone to\nwatch the video above the fold, she said."
    assert clean_body(wrapped) == "The mayor urged everyone to watch the video above the fold, she said."
