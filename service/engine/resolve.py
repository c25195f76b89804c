"""Resolution: Partial (what the text said) -> TIMEX3 value, interval and granularity, in one place.

Anchors: in news, deictic expressions ("yesterday", "last week", "55 years ago") resolve against the
reference date and anaphoric ones ("two days later", "the next day", "that year") against the most
recently mentioned date; in narratives both resolve against the most recently mentioned date. Names
without a year ("June", "Monday", "summer") take the anchor's year (or week), moved by the tense of
their clause: a past-tense "June" after the reference month is last year's June.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from . import calendar_math as cm
from .calendar_math import duration_value
from .context import Context
from .model import Interval, Timex
from .recognise import Mention
from .recognise.grammar import Partial

_REF_INTERVAL = {"PRESENT_REF"}
_TENSE_SLACK_DAYS = 60  # how far on the "wrong" side of the reference date a tensed day name may fall
_PERIOD_REACH = 1200  # ... and within which it compares with the period reported, across day dates
_COMPARE_REACH = 400  # characters within which "a year earlier" compares with the period just mentioned


@dataclass
class Resolved:
    value: str
    start: date | None = None
    end: date | None = None
    granularity: str | None = None
    time: str | None = None  # "T15:30", "TMO": the time part for TIME values


def _valid_year(make, y: int) -> bool:
    try:
        make(y)
        return True
    except ValueError:
        return False


def _tense_direction(tense: str | None, weekday: bool = False) -> int | None:
    """Past -> the latest such name, future -> the next, present or unknown -> no direction (the
    nearest weekday). A present tense with a weekday is a schedule as often as a headline's past
    ("resumes Monday", "says Monday"): on TBAQ the nearest day is right more often than the next."""
    return {"past": -1, "future": 1}.get(tense or "", None)


def _latest_completed(p: Partial, ref: date) -> tuple[date, Partial]:
    """News: "the latest quarter", "the most recent fiscal year" is the last period of that grain
    completed before the reference date (the one a report dated then covers)."""
    return ref, replace(p, rel=(p.rel[0], -1))


def _reported(quarter_start: date | None, ref: date) -> bool:
    """A quarter already over at the reference date: one a news report can be about."""
    return quarter_start is not None and cm.period("quarter", quarter_start)[2] < ref


def _bare_clock(p: Partial) -> bool:
    return p.type == "TIME" and p.rel is None and p.dow is None and p.month is None and p.year is None


def _news_period(p: Partial) -> Partial:
    """News: "the past year", "the last quarter" name the calendar period before the reference one
    (a DATE), not a span of one unit ending now. "The last day" stays a span ("the last day of the
    session" is no yesterday)."""
    if p.type == "DURATION" and p.rel is not None and p.rel[0] != "day":
        return replace(p, type="DATE", dur=None, dur_anchor=None, grain=p.rel[0])
    return p


def _reported_period(period, r: Resolved, end: int):
    """The quarter, half or month a financial report is about: the last one named, kept across the
    day dates that follow it ("the quarter ended Sept. 30"), dropped when a year is named."""
    if r.granularity in ("quarter", "half", "month"):
        return r.granularity, r.start, end
    if r.granularity in ("year", "decade", "century"):
        return None
    return period


class Resolver:
    """Stateless between calls: ``resolve`` keeps its running anchor in local variables."""

    def resolve(self, mentions: list[Mention], text: str, ctx: Context, tense_of) -> list[Timex]:
        ref = ctx.ref_day
        narrative = ctx.document_type == "narrative"
        last: date | None = None  # most recently mentioned date
        last_grain, last_end = None, -10**9
        by_grain: dict[str, date] = {}  # last mentioned date per granularity
        period = None  # news: (grain, start, end offset) of the quarter/half/month the report is about
        out: list[Timex] = []
        for i, mm in enumerate(mentions, 1):
            p = mm.partial
            if not narrative:
                p = _news_period(p)
            anchor = ref
            if (narrative or p.anchor == "prev") and last is not None:
                anchor = last
                if not narrative and _bare_clock(p):
                    anchor = by_grain.get("day", ref)  # "shot at 10 p.m.": on the day last named, not Jan 1 of a year
            if p.definite:
                # "the quarter", "the latest period": the last period of that grain the story named
                if p.latest and not narrative:
                    anchor, p = _latest_completed(p, ref)
                elif p.grain == "year" and not narrative:
                    anchor = ref  # news: "for the year", "the end of the year" are the reference year
                elif p.grain in by_grain:
                    anchor = by_grain[p.grain]
                elif p.grain in ("quarter", "half") and not narrative:
                    anchor, p = _latest_completed(p, ref)  # news: "for the quarter", none named yet
                elif last is not None and not p.latest:
                    anchor = last
                else:
                    anchor = ref
                    if p.latest:
                        p = replace(p, rel=(p.rel[0], -1))
            if p.compare and last_grain in ("quarter", "half", "month") and mm.start - last_end < _COMPARE_REACH:
                # "profit rose in the third quarter from $5 million a year earlier": the same quarter a year before
                p = replace(p, grain=last_grain)
                anchor = last
            elif p.compare and not narrative and period is not None and mm.start - period[2] < _PERIOD_REACH:
                p, anchor = replace(p, grain=period[0]), period[1]
            if p.type == "DURATION" and p.dur and p.dur[1] in ("month", "quarter", "year"):
                period = last_grain = None  # "in the nine months, ... a year earlier": the span is what is compared
            r = self._resolve_one(p, anchor, ref, lambda mm=mm: tense_of(mm.start, mm.end), narrative)
            if r is None:
                continue
            interval = None
            if r.start is not None:
                s, e = cm.narrow(r.start, r.end, p.mod)
                interval = self._interval(s, e, r, p)
                if p.type != "DURATION" and r.value not in _REF_INTERVAL and r.granularity not in (
                        "decade", "century"):
                    if not (p.compare or p.aside):
                        last = r.start if p.mod != "END" else e
                        last_grain, last_end = r.granularity, mm.end
                        if narrative or r.granularity != "quarter" or not _reported(by_grain.get("quarter"), ref):
                            # news: "the quarter" is the first completed one the report names; later
                            # quarters ("after a flat second quarter") are context
                            by_grain[r.granularity] = r.start
                        period = _reported_period(period, r, mm.end)
            out.append(Timex(
                id=f"t{len(out) + 1}", text=text[mm.start:mm.end], start=mm.start, end=mm.end,
                type=p.type, value=r.value, mod=p.mod, interval=interval,
                granularity=r.granularity, rule=mm.rule,
            ))
        return out

    @staticmethod
    def _interval(s: date, e: date, r: Resolved, p: Partial) -> Interval:
        if r.time and p.hour is not None:
            t = f"T{p.hour % 24:02d}:{(p.minute or 0):02d}"
            if p.hour == 24:
                s2 = s + timedelta(days=1)
                return Interval(f"{s2.isoformat()}T00:00", f"{s2.isoformat()}T00:00")
            return Interval(s.isoformat() + t, e.isoformat() + t)
        if r.time and p.pod:
            lo, hi = cm.POD_HOURS.get(p.pod, (0, 23))
            return Interval(f"{s.isoformat()}T{lo:02d}:00", f"{e.isoformat()}T{hi:02d}:59")
        return Interval(s.isoformat(), e.isoformat())

    # -- one expression --------------------------------------------------------------------------
    def _resolve_one(self, p: Partial, anchor: date, ref: date, tense, narrative: bool) -> Resolved | None:
        if p.value is not None:
            if p.value == "PRESENT_REF":
                return Resolved(p.value, ref, ref, None)
            return Resolved(p.value)
        if p.type == "DURATION":
            return self._duration(p, ref)
        try:
            r = self._date(p, anchor, tense, narrative)
        except (ValueError, OverflowError):
            return None
        if r is None:
            return None
        if p.grain == "week" and r.granularity == "day" and p.rel is None:  # "the week of March 6"
            v, s, e = cm.period("week", r.start)
            r = Resolved(v, s, e, "week")
        if (p.type == "TIME" or p.pod or p.hour is not None) and r.start is not None:
            r = self._time(p, r)
        return r

    @staticmethod
    def _duration(p: Partial, ref: date) -> Resolved:
        n, unit = p.dur
        v = duration_value(n, unit)
        if p.dur_anchor and n is not None and unit not in ("hour", "minute", "second") and float(n).is_integer():
            n = int(n)
            if p.dur_anchor < 0:
                return Resolved(v, cm.shift(unit, ref, -n) + timedelta(days=1), ref, None)
            return Resolved(v, ref, cm.shift(unit, ref, n) - timedelta(days=1), None)
        return Resolved(v)

    def _time(self, p: Partial, r: Resolved) -> Resolved:
        d = r.start
        if p.hour is not None:
            if p.hour == 24:
                t = "T24:00"
            else:
                t = f"T{p.hour:02d}:{(p.minute or 0):02d}"
                if p.second is not None:
                    t += f":{p.second:02d}"
            if p.tz:
                t += p.tz
            gran = p.grain or "minute"
        else:
            t = f"T{p.pod}"
            gran = "part_of_day"
        return Resolved(d.isoformat() + t, d, d, gran, time=t)

    def _date(self, p: Partial, A: date, tense, narrative: bool) -> Resolved | None:
        # 1. Relative to the anchor: "yesterday", "last week", "55 years ago", "the next day".
        if p.rel is not None:
            unit, off = p.rel
            d = cm.shift(unit, A, off)
            if p.definite and p.year is not None:  # "the 1988 quarter": the quarter in question, that year
                d = date(p.year, d.month, 1)
            if p.quarter is not None:  # "next year's first quarter"
                s = date(d.year, 3 * p.quarter - 2, 1)
                return Resolved(f"{d.year:04d}-Q{p.quarter}", s, cm.last_day(d.year, 3 * p.quarter), "quarter")
            if p.month is not None:  # "June last year"
                return Resolved(f"{d.year:04d}-{p.month:02d}", date(d.year, p.month, 1), cm.last_day(d.year, p.month),
                                "month")
            if p.weekend:
                v, s, e = cm.period("weekend", d)
                return Resolved(v, s, e, "weekend")
            grain = p.grain if p.grain in ("day", "week", "month", "quarter", "half", "year", "decade",
                                           "century") else "day"
            if p.type == "TIME":
                grain = "day"
            if unit in ("hour", "minute", "second"):
                grain = "day"
            # "a year ago" (year grain) names the year; "a year-earlier quarter" names a quarter.
            v, s, e = cm.period(grain, d)
            return Resolved(v, s, e, grain)
        # 2. Explicit year (or decade/century) given.
        y = p.year
        if p.century is not None:
            c = p.century
            return Resolved(f"{c:02d}", date(max(c * 100, 1), 1, 1), date(c * 100 + 99, 12, 31), "century")
        if p.decade is not None:
            dec = p.decade
            if p.vague_year:  # "the '90s", "the nineties": the latest such decade not in the future
                dec = (A.year // 100) * 10 + dec
                if dec * 10 > A.year:
                    dec -= 10
            return Resolved(f"{dec:03d}", date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31), "decade")
        if p.bc:  # no interval: the calendar types here cannot hold years before the common era
            return Resolved(f"BC{y:04d}", None, None, "year")
        if y is not None and not cm.clamp_year(y):
            return None
        direction, strict = p.direction, p.direction is not None  # "last June" is strictly before now
        if y is None and direction is None and (p.month or p.dow or p.season or p.holiday or p.quarter or p.half
                                                or p.weekend):
            direction = None if narrative and p.dow is None else _tense_direction(tense(), p.dow is not None
                                                                                   or p.weekend)
        if p.weekend:  # "the weekend": by tense, like a weekday name (its Saturday)
            d = self._weekday(6, A, direction if direction is not None else 0, strict)
            v_, s, e = cm.period("weekend", d)
            return Resolved(v_, s, e, "weekend")
        # 3. Weekdays.
        if p.dow is not None and p.month is None:
            d = self._weekday(p.dow, A, direction, strict)
            return Resolved(d.isoformat(), d, d, "day")
        if p.holiday is not None:
            yy = y if y is not None else self._year_for(lambda yr: cm.holiday_date(p.holiday, yr), A, direction,
                                                         strict=strict, nearest=not narrative)
            d = cm.holiday_date(p.holiday, yy)
            return Resolved(d.isoformat(), d, d, "day")
        if p.season is not None:
            if y is None:
                y = self._season_year(p.season, A, direction, strict)
            s, e = cm.season_interval(p.season, y)
            return Resolved(f"{y:04d}-{p.season}", s, e, "season")
        if p.quarter is not None:
            if y is None:
                y = A.year
                aq = (A.month - 1) // 3 + 1
                if p.quarter > aq and direction != 1:
                    y -= 1  # quarters are reported after they end: a later quarter is last year's
            s = date(y, 3 * p.quarter - 2, 1)
            return Resolved(f"{y:04d}-Q{p.quarter}", s, cm.last_day(y, 3 * p.quarter), "quarter")
        if p.half is not None:
            if y is None:
                y = A.year
                ah = 1 if A.month <= 6 else 2
                if p.half > ah and direction != 1:
                    y -= 1
            s = date(y, 6 * p.half - 5, 1)
            return Resolved(f"{y:04d}-H{p.half}", s, cm.last_day(y, 6 * p.half), "half")
        if p.month is not None:
            if y is None:
                day = p.day or 1
                y = self._year_for(lambda yr: date(yr, p.month, min(day, 28) if p.day is None else day), A,
                                   direction, month_grain=p.day is None, strict=strict, nearest=not narrative)
            if p.day is not None:
                d = date(y, p.month, p.day)
                return Resolved(d.isoformat(), d, d, "day")
            return Resolved(f"{y:04d}-{p.month:02d}", date(y, p.month, 1), cm.last_day(y, p.month), "month")
        if y is not None:
            return Resolved(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")
        if p.type == "TIME":  # a bare clock time: on the anchor day
            return Resolved(A.isoformat(), A, A, "day")
        return None

    @staticmethod
    def _weekday(dow: int, A: date, direction: int | None, strict: bool) -> date:
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

    @staticmethod
    def _year_for(make, A: date, direction: int | None, month_grain: bool = False, strict: bool = False,
                  nearest: bool = False) -> int:
        """Year of a month/day/holiday name: the anchor's year, moved by the direction (tense)."""
        y = A.year
        try:
            cand = make(y)
        except ValueError:
            return y
        if nearest and not strict:
            # News: a month or day named without its year is near the reference date (writers add the
            # year otherwise); the tense only overrules a nearest date well on the wrong side of it.
            def pos(yy):  # a month counts from its middle
                d = make(yy)
                return d.replace(day=15) if month_grain else d

            near = min(((abs((pos(yy) - A).days), yy, pos(yy)) for yy in (y - 1, y, y + 1)
                        if _valid_year(make, yy)), default=None)
            if near is not None:
                _, ny, nd = near
                slack = _TENSE_SLACK_DAYS + (15 if month_grain else 0)
                if direction == -1 and (nd - A).days > slack:
                    return ny - 1
                if direction == 1 and (A - nd).days > slack:
                    return ny + 1
                return ny
        if month_grain:
            cmp_a = date(A.year, A.month, 1)
            cand = cand.replace(day=1)
        else:
            cmp_a = A
        if direction == -1 and (cand > cmp_a or strict and cand == cmp_a):
            return y - 1
        if direction == 1 and (cand < cmp_a or strict and cand == cmp_a):
            return y + 1
        return y

    @staticmethod
    def _season_year(code: str, A: date, direction: int | None, strict: bool) -> int:
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
