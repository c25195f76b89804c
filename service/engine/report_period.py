"""News: the period a report is about ("the quarter ended April 30", "the week to January 25", "the latest
quarter"), and what a news date named without its year counts back to.

Financial news names its period as the one just completed, or by the day it ends on, whatever fiscal calendar
the company keeps; resolve.py chooses such a period as the anchor of "the quarter" and of the comparisons that
follow ("a year earlier"), and keeps the period last reported in its Story.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import calendar_math as cm
from .partial_value import Resolved, next_valid_year, valid_day
from .recognise import Mention
from .recognise.grammar import Partial


def _closing_day(q: Partial) -> bool:
    """The day a reported period ends on ("the quarter ended April 30", "... ending Nov. 30, 2004"): a month
    and a day, with or without the year, not counted from another date (a weekday or "yesterday" there
    names no quarter)."""
    return q.month is not None and q.day is not None and q.rel is None


def latest_completed(p: Partial, ref: date) -> tuple[date, Partial]:
    """News: "the latest quarter", "the most recent fiscal year" is the last period of that grain
    completed before the reference date (the one a report dated then covers)."""
    return ref, replace(p, rel=(p.rel[0], -1))


def latest_year(month: int, day: int | None, ref: date) -> int:
    """The year of the latest ``day`` of ``month`` on or before ``ref`` (with no day, of the latest ``month``
    not after ref's): from 19 July 2023, "since September" is 2022's, "the week ended 14 July" 2023's, "the
    week ended Feb. 29" 2020's (the latest year that has one)."""
    y = ref.year - 1 if (month, day or 1) > (ref.month, ref.day if day else 1) else ref.year
    return next_valid_year(lambda yy: date(yy, month, day or 1), y, -1)


def reported(quarter_start: date | None, ref: date) -> bool:
    """A quarter already over at the reference date: one a news report can be about."""
    return quarter_start is not None and cm.period("quarter", quarter_start)[2] < ref


_ENDED_NEXT = re.compile(r"\s+(?:ended|ending)\s+(?:on\s+)?", re.IGNORECASE)


def quarter_ended(p: Partial, mm: Mention, nxt: Mention | None, text: str, ref: date) -> date | None:
    """News: 'the quarter ended April 30', 'the latest period ending Feb. 28': a day in the middle month of
    the three months that end on that day (February-April: March, so the first quarter), whatever fiscal
    quarter the company counts; None when the quarter is not given so."""
    if not (p.definite and p.grain == "quarter" and p.quarter is None and p.year is None and nxt is not None):
        return None
    q = nxt.partial
    if not _closing_day(q) or not _ENDED_NEXT.fullmatch(text, mm.end, nxt.start):
        return None
    # a period already over ends on or before the reference date
    y = q.year if q.year is not None else latest_year(q.month, q.day, ref)
    m = q.month - 1 or 12
    return date(y if q.month > 1 else y - 1, m, 1)


_WEEK_STARTING_NEXT = re.compile(r"\s+(?:commencing|beginning|starting)\s+(?:on\s+)?", re.IGNORECASE)
_WEEK_ENDED_NEXT = re.compile(r"\s+(?:ended|ending|to)\s+(?:on\s+)?", re.IGNORECASE)


def week_of_named_day(p: Partial, mm: Mention, nxt: Mention | None, text: str, ref: date) -> date | None:
    """News: 'the week ended Friday', 'in the week to January 25': the day of the (ISO) week it ends on, a week
    already over (the day on or before the reference date unless its year is given); 'the week commencing 24
    July': the day it starts on, the one nearest the reference date. None when the week is not given so."""
    if not (p.definite and p.grain == "week" and p.rel == ("week", 0) and not p.latest and nxt is not None):
        return None
    q = nxt.partial
    if _WEEK_STARTING_NEXT.fullmatch(text, mm.end, nxt.start) and _closing_day(q):
        # "the week commencing 24 July", "the week beginning 3 March": the week of the day it starts on, the
        # occurrence nearest the reference date unless the year is given
        if q.year is not None:
            return date(q.year, q.month, q.day) if valid_day(q.year, q.month, q.day) else None
        make = lambda y: date(y, q.month, q.day)  # noqa: E731  (a 29 February: the leap years either side)
        years = {next_valid_year(make, ref.year - 1, -1), ref.year, next_valid_year(make, ref.year + 1, 1)}
        near = [make(y) for y in years if valid_day(y, q.month, q.day)]
        return min(near, key=lambda d: abs((d - ref).days)) if near else None
    if not _WEEK_ENDED_NEXT.fullmatch(text, mm.end, nxt.start):
        return None
    if _closing_day(q):
        y = q.year if q.year is not None else latest_year(q.month, q.day, ref)
        return date(y, q.month, q.day)
    if q.dow is not None and q.month is None and q.day is None and q.rel is None:
        return ref - timedelta(days=(ref.isoweekday() - q.dow) % 7)
    return None


def reported_period(period, r: Resolved, end: int):
    """The quarter, half or month a financial report is about: the last one named, kept across the
    day dates that follow it ("the quarter ended Nov. 30"), dropped when a year is named."""
    if r.granularity in ("quarter", "half", "month"):
        return r.granularity, r.start, end
    if r.granularity in ("year", "decade", "century"):
        return None
    return period
