"""Calendar arithmetic on periods: values, intervals and shifts at a granularity. Pure functions."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..lexicon import load

_CAL = load("en", "calendar")
_CODES = load("en", "units")["duration_codes"]
SEASON_BOUNDS = _CAL["season_bounds"]
POD_HOURS = _CAL["part_of_day_hours"]


def astronomical_year(y: int) -> str:
    """ISO 8601 year, with the expanded signed form for years before 1 (1 BC is 0000, 2 BC is -0001)."""
    return f"{y:04d}" if y >= 0 else f"-{-y:04d}"


_ISO_YEAR = re.compile(r"(-?\d{4,})")


def iso_sort_key(s: str) -> tuple[int, str]:
    """Order ISO 8601 dates and date-times, including signed years, chronologically."""
    m = _ISO_YEAR.match(s)
    return (int(m.group(1)), s[m.end():]) if m else (0, s)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, its day cut to the month's last (January 31 + 1 month: February 28/29)."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def last_day(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y``."""
    return date(y, m, calendar.monthrange(y, m)[1])


def monday(d: date) -> date:
    """The Monday of ``d``'s ISO week."""
    return d - timedelta(days=d.weekday())


def week_value(d: date) -> str:
    """The ISO week of ``d`` as a TIMEX3 value ("2023-W29"); its year is the ISO week-numbering year."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def clamp_year(y: int) -> bool:
    """Whether ``date`` can hold year ``y``."""
    return 1 <= y <= 9999


_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200, "millennium": 12000}
_SECONDS_IN = {"hour": 3600, "minute": 60, "second": 1}
# Periods of whole years and how many digits of the first year their value keeps: "199" (the 1990s), "18"
# (the 1800s), "2" (the 2000s)
_YEARS_IN = {"decade": (10, 3), "century": (100, 2), "millennium": (1000, 1)}


def shift(unit: str, d: date, n: int) -> date:
    """Move ``d`` by ``n`` units (calendar-aware)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    if unit in _MONTHS_IN:
        return add_months(d, _MONTHS_IN[unit] * n)
    if unit in _SECONDS_IN:
        return d + timedelta(days=int(_SECONDS_IN[unit] * n / 86400))
    raise ValueError(unit)


def period(unit: str, d: date) -> tuple[str, date, date]:
    """The ``unit``-long calendar period containing ``d``: (TIMEX3 value, first day, last day)."""
    if unit in ("day", "hour", "minute", "second"):
        return d.isoformat(), d, d
    if unit == "week":
        s = monday(d)
        return week_value(d), s, s + timedelta(days=6)
    if unit == "weekend":
        s = monday(d) + timedelta(days=5)
        return week_value(d) + "-WE", s, s + timedelta(days=1)
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}", d.replace(day=1), last_day(d.year, d.month)
    if unit == "quarter":
        q = (d.month - 1) // 3 + 1
        return f"{d.year:04d}-Q{q}", date(d.year, 3 * q - 2, 1), last_day(d.year, 3 * q)
    if unit == "half":
        h = 1 if d.month <= 6 else 2
        return f"{d.year:04d}-H{h}", date(d.year, 6 * h - 5, 1), last_day(d.year, 6 * h)
    if unit == "year":
        return f"{d.year:04d}", date(d.year, 1, 1), date(d.year, 12, 31)
    if unit in _YEARS_IN:
        years, digits = _YEARS_IN[unit]
        s = d.year // years * years
        # the first such period starts in year 0, which `date` cannot hold: it starts on 1 January of year 1
        return f"{s // years:0{digits}d}", date(max(s, 1), 1, 1), date(s + years - 1, 12, 31)
    raise ValueError(unit)


def season_interval(code: str, year: int) -> tuple[date, date]:
    """First and last day of season ``code`` opening in ``year`` (a winter ends in the next year), by the
    lexicon's season bounds; a bound given as day 28 or later is the month's last day."""
    (sm, sd), (em, ed) = SEASON_BOUNDS[code]
    start = date(year, sm, sd)
    ey = year + 1 if em < sm else year
    end = last_day(ey, em) if ed >= 28 else date(ey, em, ed)
    return start, end


def nth_weekday(year: int, month: int, n: int, dow: int) -> date:
    """The n-th (1-based; -1 = last) ISO weekday ``dow`` of a month."""
    if n > 0:
        d = date(year, month, 1)
        d += timedelta(days=(dow - d.isoweekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = last_day(year, month)
    return d - timedelta(days=(d.isoweekday() - dow) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)


_DOW = {"MON": 1, "TUE": 2, "WED": 3, "THU": 4, "FRI": 5, "SAT": 6, "SUN": 7}


def holiday_date(spec, year: int) -> date:
    """The day of a holiday in ``year``, from its calendar.yaml spec: fixed [month, day], the n-th weekday of
    a month (optionally a few days after it), or a day counted from Easter."""
    if isinstance(spec, str):  # EASTER, EASTER-2, EASTER+1
        off = int(spec[6:]) if len(spec) > 6 else 0
        return easter(year) + timedelta(days=off)
    if len(spec) >= 3:  # [month, n, weekday] or [month, n, weekday, days after it]
        return nth_weekday(year, spec[0], spec[1], _DOW[spec[2]]) + timedelta(days=spec[3] if len(spec) > 3 else 0)
    return date(year, spec[0], spec[1])


def us_daylight_time(d: date) -> bool:
    """Whether US clocks are on daylight time on ``d`` (rules of 2007 on, of 1987-2006 before)."""
    if d.year >= 2007:
        return nth_weekday(d.year, 3, 2, 7) <= d < nth_weekday(d.year, 11, 1, 7)
    if d.year >= 1987:
        return nth_weekday(d.year, 4, 1, 7) <= d < nth_weekday(d.year, 10, -1, 7)
    return False


def zone_offset(tz: str, d: date) -> str:
    """The ISO offset of a zone on day ``d``: "US-5/-4" (ET) is -05:00 or -04:00 by daylight time."""
    if not tz.startswith("US"):
        return tz
    std, dst = (int(x) for x in tz[2:].split("/"))
    return f"{dst if us_daylight_time(d) else std:+03d}:00"


def narrow(start: date, end: date, mod: str | None) -> tuple[date, date]:
    """START / MID / END: the first, middle or last third of an interval (at least a day)."""
    if mod not in ("START", "MID", "END"):
        return start, end
    days = (end - start).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "END":
        return end - timedelta(days=third - 1), end
    if days < 3:  # a day or two has no middle day: "mid-afternoon yesterday" narrows by its part of day
        return start, end
    mid = start + timedelta(days=third)
    return mid, min(end, mid + timedelta(days=third - 1))


_HALF = {"year": ("Y", 6, "M"), "month": ("M", 15, "D"), "day": ("D", 12, "TH"), "hour": ("TH", 30, "M"),
         "minute": ("TM", 30, "S")}


def duration_value(n, unit: str) -> str:
    """The TIMEX3 duration of ``n`` units (``n`` None: an unknown amount, X). Halves are written in the next
    smaller unit, decades and centuries in years, quarters and weekends in their own TimeBank codes."""
    code, mult = _CODES[unit]
    if n is not None and mult == 1 and unit in _HALF and float(n) * 2 == int(float(n) * 2) and not float(n).is_integer():
        # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
        big, small, small_code = _HALF[unit]
        whole = int(n)
        t = "T" if big.startswith("T") or small_code.startswith("T") else ""
        big_part = f"{whole}{big[-1]}" if whole else ""
        if big.startswith("T") or not small_code.startswith("T"):
            return f"P{t}{big_part}{small}{small_code[-1]}"
        return f"P{big_part}T{small}{small_code[-1]}"
    if n is None:
        amount = "X"
    else:
        n = n * mult
        amount = str(int(n)) if float(n).is_integer() else f"{n:g}"
    if code.startswith("T"):
        return f"PT{amount}{code[1]}"
    if code in ("DE", "CE"):  # in years: "two decades" P20Y, "half a century" P50Y
        if amount == "X":
            return "PX" + code
        years = n * (10 if code == "DE" else 100)
        return f"P{int(years) if float(years).is_integer() else f'{years:g}'}Y"
    if code == "Q":  # TimeBank writes quarters as quarters: "the past two quarters" = P2Q
        return f"P{amount}Q"
    if code == "WE":
        return f"P{amount}WE"
    return f"P{amount}{code}"
