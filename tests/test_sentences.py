"""Sentence splitter: positive cases, abbreviations, quotes, line breaks, offsets."""
import pytest

from service.engine.sentences import split_sentences


def texts(text):
    spans = split_sentences(text)
    for a, b in spans:
        assert 0 <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks failed. Both sides left.", ["The talks failed.", "Both sides left."]),
        ("Did it work? Nobody knows! We wait.", ["Did it work?", "Nobody knows!", "We wait."]),
        ("  Leading space. Trailing space.   ", ["Leading space.", "Trailing space."]),
        ("No final stop here", ["No final stop here"]),
        ("", []),
        ("   \n\n  ", []),
        # abbreviations
        ("Mr. Smith met Dr. Jones at St. Paul's. They talked.",
         ["Mr. Smith met Dr. Jones at St. Paul's.", "They talked."]),
        ("The U.S. President arrived. He spoke.", ["The U.S. President arrived.", "He spoke."]),
        ("He moved to the U.S. The move was costly.", ["He moved to the U.S.", "The move was costly."]),
        ("The meeting starts at 3 p.m. on Friday.", ["The meeting starts at 3 p.m. on Friday."]),
        ("It ended at 5 p.m. The crowd left.", ["It ended at 5 p.m.", "The crowd left."]),
        ("It opened on Jan. 5 and closed on Sept. 30, 2021. Sales fell.",
         ["It opened on Jan. 5 and closed on Sept. 30, 2021.", "Sales fell."]),
        ("Acme Inc. The company said no.", ["Acme Inc.", "The company said no."]),
        ("Acme Inc. Chief Executive Jo Bell quit.", ["Acme Inc. Chief Executive Jo Bell quit."]),
        ("Books by J. K. Rowling sold well. Films followed.",
         ["Books by J. K. Rowling sold well.", "Films followed."]),
        ("Apples, pears, etc. are sold. Prices rose.", ["Apples, pears, etc. are sold.", "Prices rose."]),
        ("Gen. Mark Milley and Lt. Col. Vindman spoke. No. 10 declined.",
         ["Gen. Mark Milley and Lt. Col. Vindman spoke.", "No. 10 declined."]),
        ("It was e.g. a test. Fine.", ["It was e.g. a test.", "Fine."]),
        # numbers
        ("Growth was 3.5 per cent. Inflation hit 2.1%.", ["Growth was 3.5 per cent.", "Inflation hit 2.1%."]),
        ("It cost $1.2bn in 2019. In 2020 it fell.", ["It cost $1.2bn in 2019.", "In 2020 it fell."]),
        ("He left in 2019. 2020 was worse.", ["He left in 2019.", "2020 was worse."]),
        # quotes
        ("He said: “We will win.” Then he left.", ["He said: “We will win.”", "Then he left."]),
        ('She said "It is over." Nobody replied.', ['She said "It is over."', "Nobody replied."]),
        ("“Why?” he asked. “Because,” she said.", ["“Why?” he asked.", "“Because,” she said."]),
        ("He wrote: 'Enough.' Then silence.", ["He wrote: 'Enough.'", "Then silence."]),
        ("(The report was leaked.) It caused a row.", ["(The report was leaked.)", "It caused a row."]),
        # ellipsis
        ("Well... maybe not. Later... Yes.", ["Well... maybe not.", "Later...", "Yes."]),
        # line breaks
        ("Spy chief appeals to Russians\nBritain's top spy has appealed to defectors.",
         ["Spy chief appeals to Russians", "Britain's top spy has appealed to defectors."]),
        ("By Jane Doe\n19 July 2023\n\nThe war goes on.",
         ["By Jane Doe", "19 July 2023", "The war goes on."]),
        ("First paragraph ends.\r\n\r\nSecond one.", ["First paragraph ends.", "Second one."]),
        ("This prose was hard\nwrapped at a column. It goes on.",
         ["This prose was hard\nwrapped at a column.", "It goes on."]),
        # datelines
        ("LONDON (Reuters) - Britain's top spy appealed to Russians.",
         ["LONDON (Reuters) -", "Britain's top spy appealed to Russians."]),
        ("WASHINGTON, July 19 (AP) — The Senate voted.",
         ["WASHINGTON, July 19 (AP) —", "The Senate voted."]),
        ("KYIV, Ukraine — Drones struck overnight.", ["KYIV, Ukraine —", "Drones struck overnight."]),
    ],
)
def test_split(text, expected):
    assert texts(text) == expected


def test_no_split_inside_lowercase_continuation():
    assert texts("The vote (held in Dec. last year) was close.") == ["The vote (held in Dec. last year) was close."]


def test_spans_are_ordered_and_disjoint():
    text = "A b. C d!\nE f? G h.\n\nI j."
    spans = split_sentences(text)
    assert spans == sorted(spans)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2


def test_headline_without_stop_is_own_sentence():
    text = "Putin purges generals after mutiny\nMoscow, 19 July\nThe Kremlin said nothing."
    assert texts(text) == ["Putin purges generals after mutiny", "Moscow, 19 July", "The Kremlin said nothing."]


def test_an_over_long_run_is_cut_at_clause_breaks_into_bounded_pieces():
    from service.engine.sentences import MAX_SENTENCE_CHARS

    run = ", ".join(f"item {i} shipped on May {i % 28 + 1}" for i in range(400))  # no full stop at all
    pieces = texts(run)
    assert len(pieces) > 1
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(p.endswith(",") for p in pieces[:-1])  # cut after a comma, never inside "May 5"
    assert " ".join(pieces) == run  # nothing lost between the pieces


def test_an_over_long_run_without_breaks_or_spaces_is_still_cut():
    from service.engine.sentences import MAX_SENTENCE_CHARS

    words = " ".join(["March"] * 900)
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in texts(words))
    blob = "7" * (3 * MAX_SENTENCE_CHARS + 5)
    assert [len(p) for p in texts(blob)] == [MAX_SENTENCE_CHARS] * 3 + [5]


def test_real_sentences_are_never_cut():
    long_sentence = ("The committee, which met on Monday, Tuesday and Wednesday of last week in the old town hall, "
                     "said that the report, first drafted in March 2019, revised in June and again in September, "
                     "would be published before the end of the year, once the ministers had read it. ")
    assert texts(long_sentence * 2) == [long_sentence.strip()] * 2
