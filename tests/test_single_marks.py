"""Copy that quotes with single marks, the British way, reads as copy that quotes with double ones."""

from hypothesis import given
from hypothesis import strategies as st

from composer.blocks import Article
from composer.extract import extract
from composer.extract.single_marks import as_double_marked

BRITISH = (
    "Labour’s Ana Ruiz met the workers’ union in Leeds on Monday.\n\n"
    "‘We will not back down,’ Ms Ruiz said. ‘This is about jobs, and the Tories’ record on them.’\n\n"
    "The shadow chancellor, Tom Berg, called the plan ‘a fantasy that nobody can pay for’.\n\n"
    "‘I told him “no”, and I meant it,’ said Mr Berg. ‘People’s savings matter.\n\n"
    "‘They always have.’\n\n"
    "Mr Berg’s office declined to comment on the students’ protest."
)


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract(Article(body=text)).quotes]


def test_single_marks_are_quotes_with_their_speakers_and_apostrophes_are_not():
    assert quotes(BRITISH) == [
        ("We will not back down,", "Ana Ruiz"),
        ("This is about jobs, and the Tories’ record on them.", "Ana Ruiz"),
        ("a fantasy that nobody can pay for", "Tom Berg"),
        ("I told him “no”, and I meant it,", "Tom Berg"),  # the nested double marks kept as written
        ("People’s savings matter.", "Tom Berg"),
        ("They always have.", "Tom Berg"),  # the quote going on into the next paragraph
    ]


def test_every_quote_and_fact_of_single_marked_copy_is_the_article_s_own_text():
    brief = extract(Article(body=BRITISH))
    for block in (*brief.quotes, *brief.facts):
        assert BRITISH[block.start : block.end] == block.text
    assert all(BRITISH[q.context.start : q.context.end] == q.context.text for q in brief.quotes)


def test_straight_single_marks_typed_on_a_plain_keyboard_are_quotes_too():
    text = (
        "Ana Ruiz spoke in the '90s-style hall.\n\n"
        "'We don't give up on jobs,' Ruiz said. 'Not now, not ever.'\n\n"
        "Tom Berg said the plan 'would cost us all dearly' and left."
    )
    assert quotes(text) == [
        ("We don't give up on jobs,", "Ana Ruiz"),
        ("Not now, not ever.", "Ana Ruiz"),
        ("would cost us all dearly", "Tom Berg"),
    ]


def test_a_he_finds_a_man_the_british_call_mr_without_a_full_stop_and_mr_is_no_role():
    text = "Mr Berg and Ana Ruiz met.\n\n‘The plan is sound and costed,’ he said. ‘It will work.’"
    assert quotes(text)[0] == ("The plan is sound and costed,", "Berg")
    assert {p.name: p.role for p in extract(Article(body=BRITISH)).people} == {
        "Ana Ruiz": None,
        "Tom Berg": "shadow chancellor",
    }


def test_american_copy_with_single_marks_nested_in_double_ones_is_read_as_it_is():
    text = (
        "“He told me ‘no way,’ and that was that,” Ruiz said. “I said ‘fine’ and left.”\n\n"
        "“Nothing more to say,” she added, ‘not today’."
    )
    assert as_double_marked(text) is text
    assert [q for q, _ in quotes(text)] == ["He told me ‘no way,’ and that was that,", "I said ‘fine’ and left.",
                                           "Nothing more to say,"]  # fmt: skip


def test_a_plural_s_apostrophe_closes_a_quote_only_when_nothing_better_does():
    assert as_double_marked("She called it ‘the Tories’ mess’ and ‘the unions’ fault’.") == (
        "She called it “the Tories’ mess” and “the unions’ fault”."
    )
    assert as_double_marked("They blamed ‘the bosses’ and ‘the banks’ for it.") == (
        "They blamed “the bosses” and “the banks” for it."
    )


@given(st.text(alphabet="ab s.,\n‘’'“”\"", max_size=120))
def test_only_quote_marks_ever_change_and_every_offset_stays_where_it_was(text):
    marked = as_double_marked(text)
    assert len(marked) == len(text)
    assert all(a == b or {a, b} <= set("‘’'“”\"„") for a, b in zip(text, marked, strict=True))
