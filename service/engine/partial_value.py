"""What one Partial is worth against one anchor, without the story around it: the calendar's part of resolution.

resolve.py reads a mention with its neighbours, chooses the date it counts from (the reference date, the story's
last date, the period a report is about ...) and the tense of its clause; here that Partial becomes a value, an
interval and a granularity: dates counted from the anchor, names without a year placed by the tense, centuries,
decades and years BC, durations, clock times and parts of day.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from . import calendar_math as cm
from .calendar_math import duration_value
from .model import Interval
from .recognise.grammar import Partial

_PAST_SLACK_DAYS = 60  # how far on the "wrong" side of the reference date a tensed day name may fall;
# less in a future clause: "will be played on May 30" written in July is next year's (a past clause keeps more
# room, as reports tell of arrangements still ahead in the past tense: "the offer was extended to Aug. 20")
_FUTURE_SLACK_DAYS = 14
# Narratives before the common era: the calendar types cannot hold such years, so the running anchor
# holds a stand-in year BC_BASE - n for n BC (later years stay later) and values are written back as BCnnnn.
BC_BASE = 9000
BC_FLOOR = 4000  # stand-in years from here on are years before the common era
# What a shifted date may be named by: a day moves from a day, a month from a day, week or month ...
_SHIFTABLE = {"day": {"day"}, "week": {"day", "week"}, "month": {"day", "week", "month"},
              "year": {"day", "week", "month", "season", "quarter", "half", "year"}}


@dataclass
class Resolved:
    """A resolved value with its interval (first and last day) and granularity; what a Timex is built from."""

    value: str
    start: date | None = None
    end: date | None = None
    granularity: str | None = None
    time: str | None = None  # "T15:30", "TMO": the time part for TIME values
    bounds: tuple[str, str] | None = None  # an interval that `date` cannot hold (years before the common era)


def period_of(unit: str, d: date) -> Resolved:
    """The calendar period of ``unit`` ("day", "week", "month", ... "century") that contains ``d``: every
    value of a whole period is written by calendar_math.period, so that value and interval agree."""
    v, s, e = cm.period(unit, d)
    return Resolved(v, s, e, unit)


def _quarter_of(y: int, q: int) -> Resolved:
    """Quarter ``q`` (1-4) of year ``y``."""
    return period_of("quarter", date(y, 3 * q - 2, 1))


def _half_of(y: int, h: int) -> Resolved:
    """Half ``h`` (1-2) of year ``y``."""
    return period_of("half", date(y, 6 * h - 5, 1))


_FAR_AHEAD_MONTHS = 9  # a quarter or half this far ahead of the anchor's, even in a future clause, is last year's


def _reported_year(n: int, months: int, A: date, direction: int | None) -> int:
    """The year of the ``n``-th quarter or half (``months`` long) of a year named without it. Such periods
    are reported after they end, so one later in the year than the anchor's own is last year's; a future
    clause keeps it in this year unless it is three quarters off ("will report fourth-quarter results" in
    January is last year's fourth quarter). A half is never that far ahead, so only the tense moves it."""
    current = (A.month - 1) // months + 1
    if n > current and (direction != 1 or (n - current) * months >= _FAR_AHEAD_MONTHS):
        return A.year - 1
    return A.year


def _season_of(y: int, season: str) -> Resolved:
    """The season ("SP", "SU", "FA", "WI") named by year ``y`` (a winter by the year it opens)."""
    s, e = cm.season_interval(season, y)
    return Resolved(f"{y:04d}-{season}", s, e, "season")


def bc_iso(d: date) -> str:
    """A day of a stand-in year (BC_BASE - n for n BC) in ISO 8601 astronomical numbering, which ``date``
    cannot hold: 1 BC is 0000, 2 BC is -0001."""
    return cm.astronomical_year(d.year - BC_BASE + 1) + d.isoformat()[4:]


def stand_in_period(unit: str, d: date) -> Resolved:
    """The decade or century holding day ``d`` of a story among years BC (a stand-in year, see BC_BASE), as
    years BC count them (the 210s BC, BC021, are 219 to 210 BC; the 3rd century BC, BC02, 300 to 201 BC) or,
    once counted on past 1 BC, as years of the common era do (AD 10 to 19 are 001; the 1st century, 00, is
    AD 1 to 99). Stand-in years run on from 1 BC to AD 1 as years do, but their calendar decades do not
    fall where these do (8780 to 8789 are 220 to 211 BC), so the period is found in years BC or AD."""
    years, digits = (10, 3) if unit == "decade" else (100, 2)
    first_in = 0 if unit == "decade" else 1  # the last digits of a period's last year BC: 210s BC end in 210
    n = BC_BASE - d.year  # the year n BC, or, from 0 down, the year 1 - n AD
    if n >= 1:
        k = (n - first_in) // years
        earliest, latest = k * years + years - 1 + first_in, max(k * years + first_in, 1)
        return Resolved(f"BC{k:0{digits}d}", date(BC_BASE - earliest, 1, 1), date(BC_BASE - latest, 12, 31), unit)
    k = (1 - n) // years
    first, last = max(k * years, 1), k * years + years - 1
    return Resolved(f"{k:0{digits}d}", date(BC_BASE - 1 + first, 1, 1), date(BC_BASE - 1 + last, 12, 31), unit)


def _bc_bounds(first: int, last: int) -> tuple[str, str]:
    """The interval from the year ``first`` BC to the year ``last`` BC."""
    return cm.astronomical_year(1 - first) + "-01-01", cm.astronomical_year(1 - last) + "-12-31"


def _valid_year(make, y: int) -> bool:
    """Whether ``make(y)`` gives a date in year ``y`` (no February 29 in a common year, no year 0 or 10000)."""
    try:
        make(y)
        return True
    except ValueError:
        return False


def _tense_direction(tense: str | None) -> int | None:
    """Past -> the latest such name, future -> the next, present or unknown -> no direction (the
    nearest one). Weekdays too: a present tense with a weekday is a schedule as often as a headline's
    past ("resumes Monday", "says Monday"), and on TBAQ the nearest day is right more often than the next."""
    return {"past": -1, "future": 1}.get(tense or "", None)


_TURN_DAYS = 45  # how far past the anchor a month or day across New Year still counts as ahead


def _turn_of_year(y: int, month: int, day: int | None, A: date) -> int:
    """Narratives move forward: a month or day a little after the anchor across New Year ("On November 28,
    1805, ... In January, ...") is in the next year, not eleven months before the anchor."""
    try:
        ahead = date(y + 1, month, day or 1)
    except ValueError:
        return y
    return y + 1 if y == A.year and 0 < (ahead - A).days <= _TURN_DAYS else y


def bare_clock(p: Partial) -> bool:
    """A clock time or part of day with no day of its own ("at 10 p.m."): it is on a day named before."""
    return p.type == "TIME" and p.rel is None and p.dow is None and p.month is None and p.year is None


def valid_day(y: int, month: int, day: int) -> bool:
    """Whether ``day`` ``month`` exists in year ``y`` (see _valid_year)."""
    return _valid_year(lambda yy: date(yy, month, day), y)


def _year_of_weekday(y: int, month: int, day: int, dow: int) -> int:
    """News: "Monday 3 June" written without its year is in the year chosen if that day is a Monday there, else
    in the year before or after where it is (the one nearer the year chosen: only one of them can be, as a
    date's weekday moves by one or two a year; a 29 February's, by five from one leap year to the next)."""
    def fits(yy: int) -> bool:
        return valid_day(yy, month, day) and date(yy, month, day).isoweekday() == dow

    if fits(y):
        return y
    make = lambda yy: date(yy, month, day)  # noqa: E731
    return next((yy for yy in (next_valid_year(make, y + 1, 1), next_valid_year(make, y - 1, -1)) if fits(yy)), y)


def interval_of(s: date, e: date, r: Resolved, p: Partial) -> Interval:
    """The interval from day ``s`` to day ``e``, with the clock time or the hours of the part of day of
    a TIME (24:00 is the next day's 00:00)."""
    if r.time and p.hour is not None:
        t = f"T{p.hour % 24:02d}:{(p.minute or 0):02d}"
        if r.time.startswith("T24"):  # (a bare midnight read as the day's start is T00:00, on the day)
            s2 = s + timedelta(days=1)
            return Interval(f"{s2.isoformat()}T00:00", f"{s2.isoformat()}T00:00")
        return Interval(s.isoformat() + t, e.isoformat() + t)
    if r.time and p.pod:
        lo, hi = cm.POD_HOURS.get(p.pod, (0, 23))
        return Interval(f"{s.isoformat()}T{lo:02d}:00", f"{e.isoformat()}T{hi:02d}:59")
    return Interval(s.isoformat(), e.isoformat())


# -- the entry point, then its steps: the date, reframed, with its time of day ---------------------------
def resolve_partial(p: Partial, anchor: date, ref: date, tense, narrative: bool,
                    stand_ins: bool = False) -> Resolved | None:
    """The value of one partial against ``anchor``, without the story around it: fixed values and
    durations as they are, dates by _date against the anchor, then moved ("the day after"), cut to an edge
    ("the last day of") or widened ("the week of") as the text says, and given their time of day last.
    ``tense()`` gives the tense of the mention's clause, asked only where a name needs it; ``ref`` is the
    reference date ("now", the edge of a duration anchored there: "the past 18 months"); ``stand_ins``: the
    story is among years BC, so years from BC_FLOOR on are stand-ins (see BC_BASE)."""
    if p.value is not None:
        if p.value == "PRESENT_REF":
            return Resolved(p.value, ref, ref, None)
        return Resolved(p.value)
    if p.type == "DURATION":
        return _duration(p, ref)
    try:
        r = _date(p, anchor, tense, narrative, stand_ins)
    except (ValueError, OverflowError):
        return None
    if r is None:
        return None
    r = _reframed(p, r)
    if r is not None and r.start is not None and (p.type == "TIME" or p.pod or p.hour is not None):
        r = time_on_day(p, r)  # last: a clock time is on the day the steps above settled
    return r


def _reframed(p: Partial, r: Resolved) -> Resolved | None:
    """The date named, turned into the period the text asks for: moved by a unit ("the day after"), cut
    to an edge ("the last day of"), or widened to its week or weekend ("the week of"); None when the move
    leaves the calendar."""
    if p.shift is not None and r.start is not None and r.granularity in _SHIFTABLE[p.shift[0]]:
        # "the day after Christmas", "the week before Easter": the date named, a unit on
        unit, n = p.shift
        try:
            # "the week before Easter": a period of the unit moved; "a year ago today": the day moved, "150
            # years ago this month": the month
            r = period_of(p.grain if p.grain in ("day", "month") else unit, cm.shift(unit, r.start, n))
        except (ValueError, OverflowError):  # past the calendar's first or last day
            return None
    elif p.edge is not None and r.start is not None and r.end is not None and r.granularity in (
            "month", "year", "quarter", "half"):
        # "the last day of the year", "the first day of August": the day at the edge of the period named;
        # "the first week of March": the week with most of its days in it, as ISO 8601 takes the week of
        # 4 January for a year's first (the week holding the period's fourth day, or its fourth-last)
        d = r.start if p.edge[1] == 0 else r.end
        if p.edge[0] == "week":
            d += timedelta(days=3 if p.edge[1] == 0 else -3)
        r = period_of(p.edge[0], d)
    elif p.grain == "week" and r.granularity == "day" and p.rel is None:  # "the week of April 9"
        r = period_of("week", r.start)
    elif p.grain == "weekend" and r.granularity == "day" and p.rel is None:
        # "the Labor Day weekend", "Thanksgiving weekend": the weekend nearest the holiday
        d = r.start
        back, ahead = d - timedelta(days=(d.weekday() - 5) % 7), d + timedelta(days=(5 - d.weekday()) % 7)
        r = period_of("weekend", back if d - back <= ahead - d else ahead)
    return r


def _duration(p: Partial, ref: date) -> Resolved:
    """A duration; one anchored at the reference date ("the past 18 months") also gets the interval it
    covers, when that is a whole number of days or longer units."""
    n, unit = p.dur
    v = duration_value(n, unit)
    if p.dur_anchor and n is not None and unit not in ("hour", "minute", "second") and float(n).is_integer():
        n = int(n)
        try:
            if p.dur_anchor < 0:
                return Resolved(v, cm.shift(unit, ref, -n) + timedelta(days=1), ref, None)
            return Resolved(v, ref, cm.shift(unit, ref, n) - timedelta(days=1), None)
        except (ValueError, OverflowError):  # the span runs past the calendar's first or last day
            pass
    return Resolved(v)


def time_on_day(p: Partial, r: Resolved) -> Resolved:
    """A TIME on the day ``r`` resolved to: the clock time (with its zone's offset on that day) or the
    part of day."""
    d = r.start
    if p.hour is not None:
        if p.hour == 24:
            t = "T24:00"
        else:
            t = f"T{p.hour:02d}:{(p.minute or 0):02d}"
            if p.second is not None:
                t += f":{p.second:02d}"
        if p.tz:
            t += cm.zone_offset(p.tz, d)
        gran = p.grain or "minute"
    else:
        t = f"T{p.pod}"
        gran = "part_of_day"
    return Resolved(d.isoformat() + t, d, d, gran, time=t)


def _date(p: Partial, A: date, tense, narrative: bool, stand_ins: bool = False) -> Resolved | None:
    """A DATE (or the day of a TIME) from its partial, against anchor ``A``: what is counted from the
    anchor first, then what names its own year (centuries, decades, years BC), then names without a year,
    placed by the tense."""
    # 1. Relative to the anchor: "yesterday", "last week", "55 years ago", "the next day".
    if p.rel is not None:
        return _relative(p, A, stand_ins)
    if p.turn:  # "the turn of the century": the turn nearest the anchor
        return period_of("year", date((A.year + p.turn // 2) // p.turn * p.turn, 1, 1))
    # 2. Explicit year (or decade/century) given.
    y = p.year
    if p.vague_year and p.decade is None and y is not None and y < 100:
        # "in '89", "March '03": news, the latest such year up to five years ahead; histories, the one
        # nearest the story's date ("the dispute began in 1771 ... by '89")
        y += A.year // 100 * 100
        if narrative:
            y = min((y - 100, y, y + 100), key=lambda c: abs(c - A.year))
        elif y > A.year + 5:
            y -= 100
        p = replace(p, year=y, vague_year=False)
    if p.century is not None or p.decade is not None:
        return _century_or_decade(p, A)
    if p.bc:
        return _year_bc(p)
    if y is not None and not cm.clamp_year(y):
        return None
    direction, strict = p.direction, p.direction is not None  # "last June" is strictly before now
    if y is None and direction is None and (p.month or p.dow or p.season or p.holiday or p.quarter or p.half
                                            or p.weekend):
        # (a narrative's past tense says nothing of which year: "On Tuesday, 8 December" is in the story's
        # year even when that lies after the story's last date; a bare weekday still takes the tense)
        direction = (None if narrative and (p.dow is None or p.month is not None)
                     else _tense_direction(tense()))
    if p.weekend:  # "the weekend": by tense, like a weekday name (its Saturday)
        return period_of("weekend", _weekday(6, A, direction if direction is not None else 0, strict))
    # 3. Weekdays.
    if p.dow is not None and p.month is None:
        if p.day is not None:  # "Friday the 13th": the nearest such day (on the tense's side, if any)
            d = _weekday_day(p.dow, p.day, A, direction)
            if d is None:
                return None
        else:
            d = _weekday(p.dow, A, direction, strict)
        return period_of("day", d)
    if p.holiday is not None:
        yy = y if y is not None else _year_for(lambda yr: cm.holiday_date(p.holiday, yr), A, direction,
                                                     strict=strict, nearest=not narrative)
        return period_of("day", cm.holiday_date(p.holiday, yy))
    if p.season is not None:
        if y is None:
            y = _season_year(p.season, A, direction, strict)
            if p.season == "WI" and (narrative or A.month <= 2):
                # A winter by the year its January falls in: histories name them so (Dec 1804 - Feb
                # 1805: 1805-WI), and news dated in January or February names the winter under way
                # by the year one is in ("a winter storm" in January 2024: 2024-WI), as it would in
                # December; the winters before and after it take the year of their January too
                s, e = cm.season_interval(p.season, y)
                return Resolved(f"{y + 1:04d}-WI", s, e, "season")
        return _season_of(y, p.season)
    if p.quarter is not None:
        return _quarter_of(y if y is not None else _reported_year(p.quarter, 3, A, direction), p.quarter)
    if p.half is not None:
        return _half_of(y if y is not None else _reported_year(p.half, 6, A, direction), p.half)
    if p.month is not None:
        if y is None:  # (a month alone is tried on its first day; _year_for reads it at month grain)
            y = _year_for(lambda yr: date(yr, p.month, p.day or 1), A, direction, month_grain=p.day is None,
                               strict=strict, nearest=not narrative)
            if narrative and direction is None:
                y = _turn_of_year(y, p.month, p.day, A)
            elif not narrative and p.dow is not None and p.day is not None:
                y = _year_of_weekday(y, p.month, p.day, p.dow)
        if p.day is not None:
            return period_of("day", date(y, p.month, p.day))
        return period_of("month", date(y, p.month, 1))
    if p.day is not None and y is None:  # (a month or weekday with the day has returned above)
        # "on the 14th": that day of the month the story is in
        return period_of("day", date(A.year, A.month, p.day))
    if y is not None:
        return period_of("year", date(y, 1, 1))
    if p.type == "TIME":  # a bare clock time: on the anchor day
        return period_of("day", A)
    return None


def _relative(p: Partial, A: date, stand_ins: bool = False) -> Resolved:
    """The anchor's period of ``p.rel[0]``, moved by ``p.rel[1]`` units; a quarter, season, half, month
    or day named with it is taken in the year reached ("the spring of next year", "August 9 of that year").
    A decade or century reached in a story among years BC (``stand_ins``) is one of years BC or AD."""
    unit, off = p.rel
    d = cm.shift(unit, A, off)
    if p.definite and p.year is not None:  # "the 1996 quarter": the quarter in question, that year
        d = date(p.year, d.month, 1)
    if p.quarter is not None:  # "next year's first quarter"
        return _quarter_of(d.year, p.quarter)
    if p.season is not None:  # "the spring of next year", "the autumn of that year"
        return _season_of(d.year, p.season)
    if p.half is not None:  # "the second half of next year"
        return _half_of(d.year, p.half)
    if p.month is not None and p.day is not None:  # "August 9 of that year"
        return period_of("day", date(d.year, p.month, p.day))
    if p.day is not None and unit == "month":  # "the 1st of next month"
        return period_of("day", date(d.year, d.month, p.day))
    if p.month is not None:  # "June last year"
        return period_of("month", date(d.year, p.month, 1))
    if p.weekend:
        return period_of("weekend", d)
    grain = p.grain if p.grain in ("day", "week", "month", "quarter", "half", "year", "decade",
                                   "century") else "day"
    if p.type == "TIME":
        grain = "day"
    if unit in ("hour", "minute", "second"):
        grain = "day"
    if stand_ins and grain in ("decade", "century") and d.year >= BC_FLOOR:
        r = stand_in_period(grain, d)  # "218 BC ... the next decade": the 200s BC, 209 to 200 BC
        if r.start.year >= BC_FLOOR:  # (not the decade of 5000 BC, which starts before the stand-ins do)
            return r
    # "a year ago" (year grain) names the year; "a year-earlier quarter" names a quarter.
    return period_of(grain, d)


def _century_or_decade(p: Partial, A: date) -> Resolved:
    """A century or decade, BC or not; "the '90s" without its century is the latest such decade not
    after the anchor."""
    if p.century is not None:
        c = p.century
        if p.bc:  # "the 5th century BC": 500 to 401 BC
            return Resolved(f"BC{c:02d}", None, None, "century", bounds=_bc_bounds((c + 1) * 100, c * 100 + 1))
        return period_of("century", date(max(c * 100, 1), 1, 1))
    dec = p.decade
    if p.bc:  # "the 330s BC": 339 to 330 BC
        return Resolved(f"BC{dec:03d}", None, None, "decade", bounds=_bc_bounds(dec * 10 + 9, dec * 10))
    if p.vague_year:  # "the '90s", "the nineties": the latest such decade not in the future
        dec = (A.year // 100) * 10 + dec
        if dec * 10 > A.year:
            dec -= 10
    return period_of("decade", date(dec * 10, 1, 1))


def _year_bc(p: Partial) -> Resolved:
    """A year BC, or a month, day or season of one. `date` cannot hold these years, so the interval is
    written out from a stand-in year (see BC_BASE); from 5000 BC on not even that, and no interval
    is given."""
    y = p.year
    if y >= BC_BASE - BC_FLOOR:
        return Resolved(f"BC{y:04d}", None, None, "year")
    sy = BC_BASE - y
    if p.month is not None and p.day is not None:  # "15 March 44 BC"
        d = date(sy, p.month, p.day)
        return Resolved(f"BC{y:04d}-{p.month:02d}-{p.day:02d}", None, None, "day", bounds=(bc_iso(d), bc_iso(d)))
    if p.month is not None:
        s, e = date(sy, p.month, 1), cm.last_day(sy, p.month)
        return Resolved(f"BC{y:04d}-{p.month:02d}", None, None, "month", bounds=(bc_iso(s), bc_iso(e)))
    if p.season is not None:
        s, e = cm.season_interval(p.season, sy)
        return Resolved(f"BC{y:04d}-{p.season}", None, None, "season", bounds=(bc_iso(s), bc_iso(e)))
    return Resolved(f"BC{y:04d}", None, None, "year", bounds=_bc_bounds(y, y))


def _weekday_day(dow: int, day: int, A: date, direction: int | None) -> date | None:
    """"Friday the 13th": the nearest day ``day`` of a month that falls on weekday ``dow``, within 14
    months of the anchor and on the direction's side of it; None if none does."""
    cands = []
    for k in range(-14, 15):
        y, m = divmod(A.year * 12 + A.month - 1 + k, 12)
        try:
            d = date(y, m + 1, day)
        except ValueError:
            continue
        if d.isoweekday() == dow and (direction is None or direction == 0 or (d - A).days * direction >= 0):
            cands.append(d)
    return min(cands, key=lambda d: abs((d - A).days), default=None)


def _weekday(dow: int, A: date, direction: int | None, strict: bool) -> date:
    """Weekday ``dow`` near the anchor: in its week (direction 0), the latest on or before it (-1), the
    next on or after it (+1), else the nearer of those (the earlier on a tie); ``strict`` ("last
    Monday") never takes the anchor's own day."""
    delta = dow - A.isoweekday()
    back = A - timedelta(days=(-delta) % 7)  # on or before the anchor
    fwd = A + timedelta(days=delta % 7)  # on or after
    if direction == 0:
        return A + timedelta(days=delta)
    if direction == -1:
        return back - timedelta(days=7) if strict and back == A else back
    if direction == 1:
        return fwd + timedelta(days=7) if strict and fwd == A else fwd
    return back if (A - back) <= (fwd - A) else fwd


_LEAP_GAP = 8  # the most years between two years that have a 29 February (1896 and 1904)


def next_valid_year(make, y: int, step: int) -> int:
    """The first year from ``y`` on, going by ``step`` (-1 back, 1 ahead), in which ``make(year)`` is a date:
    ``y`` itself but for a 29 February, which only leap years have; ``y`` when none is near."""
    for yy in range(y, y + step * (_LEAP_GAP + 1), step):
        if _valid_year(make, yy):
            return yy
    return y


def _year_for(make, A: date, direction: int | None, month_grain: bool = False, strict: bool = False,
              nearest: bool = False) -> int:
    """Year of a month, day or holiday named without one (``make(year)`` gives its date). News (``nearest``):
    the year of the occurrence nearest the anchor, unless the tense puts that one well on the wrong side of it
    (_PAST_SLACK_DAYS, _FUTURE_SLACK_DAYS; half a month more for a month). Otherwise, and always after "last"
    or "next" (``strict``): the anchor's year, moved by the direction, to the latest on or before the anchor
    (past) or the next on or after it (future); ``strict`` never takes the anchor's own day or month. Only
    years that have the day count: a 29 February is in the nearest leap year on the tense's side."""
    y = A.year
    years = [yy for yy in range(y - _LEAP_GAP, y + _LEAP_GAP + 1) if _valid_year(make, yy)]
    if not years:
        return y  # (the date fails where it is made)

    def pos(yy):  # a month counts from its middle
        d = make(yy)
        return d.replace(day=15) if month_grain else d

    if nearest and not strict:
        # News: a month or day named without its year is near the reference date (writers add the
        # year otherwise); the tense only overrules a nearest date well on the wrong side of it.
        _, ny, nd = min((abs((pos(yy) - A).days), yy, pos(yy)) for yy in years)
        extra = 15 if month_grain else 0  # (a month, counted from its middle, has half a month more room)
        if direction == -1 and (nd - A).days > _PAST_SLACK_DAYS + extra:
            return next_valid_year(make, ny - 1, -1)
        if direction == 1 and (A - nd).days > _FUTURE_SLACK_DAYS + extra:
            return next_valid_year(make, ny + 1, 1)
        return ny
    if y not in years:  # "on 29 February" in a common year: the leap year on the direction's side, else the nearest
        if direction in (-1, 1):
            return next_valid_year(make, y + direction, direction)
        return min(years, key=lambda yy: (abs((pos(yy) - A).days), yy))
    cand = make(y)
    if month_grain:
        cmp_a = date(A.year, A.month, 1)
        cand = cand.replace(day=1)
    else:
        cmp_a = A
    if direction == -1 and (cand > cmp_a or strict and cand == cmp_a):
        return next_valid_year(make, y - 1, -1)
    if direction == 1 and (cand < cmp_a or strict and cand == cmp_a):
        return next_valid_year(make, y + 1, 1)
    return y


def _season_year(code: str, A: date, direction: int | None, strict: bool) -> int:
    """Year of a season named without one (a winter by the year it opens): past tense, the latest one
    begun; future, the next not yet over; "last"/"next" (strict), one wholly before or after the
    anchor; no direction, the anchor's (in January or February, the winter under way)."""
    y = A.year
    s, e = cm.season_interval(code, y)
    if direction == -1:
        if strict:  # "last summer": the latest one already over
            while e >= A:
                y -= 1
                s, e = cm.season_interval(code, y)
            return y
        return y - 1 if s > A else y  # past tense: the latest one already begun
    if direction == 1:
        if strict:  # "next winter": the first one not yet begun
            while s <= A:
                y += 1
                s, e = cm.season_interval(code, y)
            return y
        return y + 1 if e < A else y
    if code == "WI" and A.month <= 2:
        return y - 1
    return y
