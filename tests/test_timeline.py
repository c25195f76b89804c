"""Timeline order across the common era: years before it are placed, and placed first."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from service.engine import Context, Engine
from service.engine.calendar_math import astronomical_year, iso_sort_key

NARRATIVE = Context(reference_date=date(2009, 12, 19), language="en", document_type="narrative")


def test_astronomical_years():
    assert astronomical_year(2023) == "2023"
    assert astronomical_year(0) == "0000"  # 1 BC
    assert astronomical_year(-498) == "-0498"  # 499 BC


def test_sort_key_orders_signed_years():
    values = ["0410-01-01", "-0498-01-01", "2023-07-19T14:30", "0000-12-31", "-0043-03-15", "2023-07-19"]
    assert sorted(values, key=iso_sort_key) == [
        "-0498-01-01", "-0043-03-15", "0000-12-31", "0410-01-01", "2023-07-19", "2023-07-19T14:30"]


def test_years_before_the_common_era_have_intervals_and_come_first():
    text = ("Rome was sacked in AD 410. The revolt began in 499 BC. Athens fell in 404 BC. "
            "The league was strongest in the 470s BC, in the fifth century BC.")
    analysis = Engine().analyze(text, NARRATIVE)
    by_value = {t.value: t.interval for t in analysis.expressions}
    assert (by_value["BC0499"].start, by_value["BC0499"].end) == ("-0498-01-01", "-0498-12-31")
    assert (by_value["BC047"].start, by_value["BC047"].end) == ("-0478-01-01", "-0469-12-31")
    assert (by_value["BC04"].start, by_value["BC04"].end) == ("-0499-01-01", "-0400-12-31")
    assert [e.value for e in analysis.timeline] == ["BC04", "BC0499", "BC047", "BC0404", "0410"]


def test_months_and_seasons_before_the_common_era_and_what_follows_them():
    text = "The revolt began in 499 BC. The following year ships sailed. In August 480 BC the fleet came."
    analysis = Engine().analyze(text, NARRATIVE)
    got = {t.value: (t.interval.start, t.interval.end) for t in analysis.expressions}
    assert got == {"BC0499": ("-0498-01-01", "-0498-12-31"), "BC0498": ("-0497-01-01", "-0497-12-31"),
                   "BC0480-08": ("-0479-08-01", "-0479-08-31")}
    assert [e.value for e in analysis.timeline] == ["BC0499", "BC0498", "BC0480-08"]


def test_the_interval_of_a_midnight_is_the_instant_its_value_names():
    """A midnight read as the day's start (T00:00) is on that day; one read as its end (T24:00) is the
    next day's first instant, and the timeline places each there."""
    news = Context(reference_date=date(2023, 7, 19))
    for text, value, instant in [
            ("Police said the fire broke out at midnight.", "2023-07-19T00:00", "2023-07-19T00:00"),
            ("The offer will expire at midnight.", "2023-07-19T24:00", "2023-07-20T00:00")]:
        (t,) = Engine().analyze(text, news).expressions
        assert (t.value, t.interval.start, t.interval.end) == (value, instant, instant)


def test_a_reference_clock_time_is_the_moment_of_writing_in_news():
    """A reference date-time (as the API passes it, with its offset) dates a count of hours or minutes
    from now to the clock time it reaches, on the day it reaches, in the reference's own local time; a
    date alone keeps the day. A narrative ignores the clock."""
    cest = timezone(timedelta(hours=2))
    afternoon = Context(reference_date=datetime(2023, 7, 19, 14, 35, tzinfo=cest))
    just_after_midnight = Context(reference_date=datetime(2023, 7, 19, 0, 35, tzinfo=timezone.utc))
    cases = [
        ("The suspect was arrested two hours ago.", afternoon, ("TIME", "2023-07-19T12:35")),
        ("Ten minutes ago the power went out.", afternoon, ("TIME", "2023-07-19T14:25")),
        ("The suspect was arrested two hours ago.", just_after_midnight, ("TIME", "2023-07-18T22:35")),
        ("The suspect was arrested two hours ago.", Context(reference_date=date(2023, 7, 19)),
         ("DATE", "2023-07-19")),
        ("Three days ago the plant closed.", afternoon, ("DATE", "2023-07-16")),
        # a bare midnight in a verbless note: the coming one after noon, else the one the day began with
        ("Midnight screening with friends", afternoon, ("TIME", "2023-07-19T24:00")),
        ("Midnight screening with friends", just_after_midnight, ("TIME", "2023-07-19T00:00")),
        ("We left at midnight.", afternoon, ("TIME", "2023-07-19T00:00")),
        ("The suspect was arrested two hours ago.",
         Context(reference_date=datetime(2023, 7, 19, 14, 35, tzinfo=cest), document_type="narrative"),
         ("DATE", "2023-07-19")),
    ]
    engine = Engine()
    for text, context, expected in cases:
        (t,) = engine.analyze(text, context).expressions
        assert (t.type, t.value) == expected, text
