"""Resolution where the calendar's edges meet the story: years BC, days that only some years have, clock times
across midnight. Each checks value and interval together, which the corpus files do not."""
from __future__ import annotations

from datetime import date

import pytest

from service.engine import Context, Engine


def _analyze(text: str, doc: str = "narrative", ref: date = date(2009, 12, 19)):
    return Engine().analyze(text, Context(reference_date=ref, document_type=doc)).expressions


# -- decades and centuries of a story among years BC: value and interval from the same years -------------------
@pytest.mark.parametrize("text, value, interval", [
    ("The first fleet was built in 263 BC. That decade the city learned to fight at sea.",
     "BC026", ("-0268-01-01", "-0259-12-31")),  # 269 to 260 BC
    ("The first fleet was built in 263 BC. The next decade brought a string of wrecks.",
     "BC025", ("-0258-01-01", "-0249-12-31")),
    ("The colony was planted in 52 BC. Three decades later its walls were rebuilt.",
     "BC002", ("-0028-01-01", "-0019-12-31")),  # 29 to 20 BC
    ("The colony was planted in 7 BC. Two decades later its walls were rebuilt.",
     "001", ("0010-01-01", "0019-12-31")),  # AD 14: AD 10 to 19
    ("The first fleet was built in 263 BC. The next century saw the fleets grow.",
     "BC01", ("-0199-01-01", "-0100-12-31")),  # 200 to 101 BC
    ("The colony was planted in 130 BC. The next century brought peace.",
     "BC00", ("-0099-01-01", "0000-12-31")),  # 100 to 1 BC
])
def test_decade_counted_from_a_year_bc(text, value, interval):
    t = _analyze(text)[-1]
    assert (t.value, (t.interval.start, t.interval.end)) == (value, interval)


# -- 29 February without a year: a leap year, chosen as other names without a year are -------------------------
@pytest.mark.parametrize("text, ref, values", [
    # the nearest leap year on the tense's side, and the other dates of the text kept
    ("Orders slipped on Feb. 29 and recovered by March 4.", date(2023, 7, 19), ["2020-02-29", "2023-03-04"]),
    ("Output fell in the week ended Feb. 29.", date(2023, 7, 19), ["2020-W09", "2020-02-29"]),
    ("The quarter ended Feb. 29.", date(2023, 7, 19), ["2020-Q1", "2020-02-29"]),
    ("The board will vote on Feb. 29.", date(2026, 5, 2), ["2028-02-29"]),  # 2027 has none either
    ("The board voted on Feb. 29.", date(2026, 5, 2), ["2024-02-29"]),
])
def test_february_29_without_a_year(text, ref, values):
    assert [t.value for t in _analyze(text, "news", ref)] == values


def test_february_29_in_a_story_of_a_common_year():
    """A history's 29 February in a year without one: the nearest leap year (1901's is 1904's; 1900 had none)."""
    assert _analyze("The mill opened in 1901. On 29 February the roof fell in.")[-1].value == "1904-02-29"


# -- a clock range through midnight: the night of the day before into the day named ------------------------------
@pytest.mark.parametrize("text, starts", [
    ("The gala ran from 8pm until 2am on Saturday.", ["2023-07-14T20:00", "2023-07-15T02:00"]),  # past: 15 July
    ("The gala will run from 8pm until 2am on Saturday.", ["2023-07-21T20:00", "2023-07-22T02:00"]),
    ("The gala ran from 6pm until 11pm on Saturday.", ["2023-07-15T18:00", "2023-07-15T23:00"]),  # same evening
    ("The vigil runs from 9pm until 1am tomorrow.", ["2023-07-19T21:00", "2023-07-20T01:00"]),
    ("Riots raged between 10pm and 2am on Jan. 1.", ["2022-12-31T22:00", "2023-01-01T02:00"]),  # across a year
])
def test_clock_range_through_midnight(text, starts):
    assert [t.interval.start for t in _analyze(text, "news", date(2023, 7, 19))] == starts


def test_a_decade_bc_named_outright_is_counted_from():
    """"The 350s BC ... the next decade": the 340s BC (349 to 340 BC); a mod narrows the decade BC's interval
    as it does a decade of the era (its start: 349 BC to part of 346 BC)."""
    first, nxt = _analyze("Through the 350s BC the kingdom grew. At the start of the next decade its king turned "
                          "south.")
    assert (first.value, first.interval.start, first.interval.end) == ("BC035", "-0358-01-01", "-0349-12-31")
    assert (nxt.value, nxt.mod, nxt.interval.start, nxt.interval.end[:5]) == ("BC034", "START", "-0348-01-01",
                                                                              "-0345")
