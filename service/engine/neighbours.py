"""Reading a mention with its neighbours, before it is resolved: what the text says of it around its span.

A clock time is on the day named right after it ("6:10 a.m. on May 3"); a month or day takes the year of the
date that closes its range ("March and May 1961") or of a year just before it ("their 1967 winter raids"); in
histories a season naming an operation takes the year of a date after it, and a count set off by a comma before
a date is that date; in news "the night of Nov. 14" is tagged as its date and "the past year" is the calendar
year before. resolve.py then resolves the Partial read here in the story.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .recognise import Mention
from .recognise.grammar import Partial

_TO = r"-|–|—|to|until|till|through|thru"
RANGE_TO = re.compile(r"\s*(?:" + _TO + r")\s*", re.IGNORECASE)  # between the ends of a range
# between the members of a list of weekdays: "Sat and Sun", "sat n sun", "Mon, Tue"
WEEKDAY_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|and|&|n|or|/|\+)\s*", re.IGNORECASE)
_RANGE_LINK = re.compile(r"\s*(?:" + _TO + r"|and|or)\s*", re.IGNORECASE)  # ... or the members of a list
_OF = re.compile(r"\bof\s+", re.IGNORECASE)


def _names_one_day(q: Partial) -> bool:
    """A month with its day, a weekday, or a day counted from the anchor ("May 3", "Friday", "tomorrow"):
    what the first clock of a pair can be on ("from 9:00 to 17:30 on Friday")."""
    return q.month is not None and q.day is not None or q.dow is not None or q.rel is not None and q.rel[0] == "day"


def _clock_without_day(q: Partial) -> bool:
    """A clock time that names no day of its own ("at 6:10", "4 a.m. local time"), though it may give a
    year-less day number; unlike bare_clock it needs an hour and allows a year."""
    return q.hour is not None and q.rel is None and q.month is None and q.dow is None


def _day_for_a_clock(q: Partial) -> bool:
    """What a clock time just before it can be on ("5 a.m. on March 20", "2 a.m. Tuesday", "6 p.m.
    tomorrow"): a DATE that names one day in any way (month and day, a weekday, a holiday, a day counted
    from the anchor), with nothing that makes it more than that day (a fixed value, a span, a mod, a part
    of day, a year BC, "the ..." naming the period last mentioned). One of three readings of a day date, each
    for its own use; the other two are report_period._closing_day and resolve._day_without_year."""
    if (q.type != "DATE" or q.value is not None or q.dur is not None or q.mod or q.bc or q.pod or q.definite
            or q.grain not in (None, "day")):
        return False
    return (_names_one_day(q) or q.holiday is not None
            or q.day is not None and q.month is None and q.year is None and q.rel is None)  # "9 p.m. on the 13th"


def _takes_a_year(p: Partial) -> bool:
    """A date with no year of its own, not counted from another ("May", "the spring"): it may take the year
    of a neighbour."""
    return p.year is None and p.rel is None


def _lends_its_year(q: Partial) -> bool:
    """A neighbour whose year is written, not counted ("June 1911", "1967"), so it can lend it."""
    return q.year is not None and q.rel is None


def _date_of_part(mm: Mention, text: str) -> Mention:
    """News (TimeBank) tags only the date of 'the night of Nov. 14'; histories tag the part of that day."""
    cut = _OF.search(text, mm.start, mm.end).end() - mm.start
    return Mention(mm.start + cut, mm.end, replace(mm.partial, pod=None, grain="day"), mm.rule)


_CLOCK_TO_DAY = re.compile(r"\s*(?:[A-Za-z]+\s+time\s*)?\)?,?\s*(?:on\s+)?")  # ... "(0546 GMT) on Friday"
_CLOCK_TO_CLOCK = re.compile(r"\s*(?:-|–|—|to|until|till|and)\s*(?:at\s+)?", re.IGNORECASE)  # "10:05 and 10:52"
_CLOCK_GLOSS = re.compile(r"\s*\(\s*")  # "2:46 p.m. (0546 GMT)": the same moment on another clock
_AND = re.compile(r"\s*and\b", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _a_range(mm: Mention, nxt: Mention, text: str) -> bool:
    """Whether two clock times are the ends of one span ("from 8pm until 2am", "10pm-2am", "between 10pm and
    2am"), not two times of a list ("at 11pm and 1am")."""
    return (not _AND.match(text, mm.end, nxt.start)
            or _BETWEEN_BEFORE.search(text, max(0, mm.start - 10), mm.start) is not None)


def _clock_on_day(p: Partial, mm: Mention, nxt: Mention | None, text: str, nxt2: Mention | None = None) -> Partial:
    """'At 6:10 AM Lisbon time on May 3, 2011', '4 a.m. local time on Friday', '7:45 a.m. Tuesday,
    June 12': a clock time is on the day named right after it, read the way that day is read; so are both
    clocks of '2:46 p.m. (0546 GMT) on Friday'."""
    if nxt is None or not _clock_without_day(p):
        return p
    q = nxt.partial
    if (nxt2 is not None and q.type == "TIME" and _clock_without_day(q)
            and _CLOCK_GLOSS.fullmatch(text, mm.end, nxt.start)
            and text[nxt.end:nxt2.start].lstrip().startswith(")")):
        mm, nxt, q = nxt, nxt2, nxt2.partial  # the day after the clock in brackets
    if (q.type == "TIME" and q.hour is not None and q.value is None and q.dur is None
            and _CLOCK_TO_CLOCK.fullmatch(text, mm.end, nxt.start)):
        # "between 10:05 and 10:52 UTC on 14 June", "from 14:00 to 16:30 on Saturday": the first clock of a
        # range or pair is on the day (and on the clock) of the second
        day = q
        if _clock_without_day(q):  # "from 14:00 to 16:30 on Saturday": the day after the second clock
            if nxt2 is None or not _day_for_a_clock(nxt2.partial) or not _CLOCK_TO_DAY.fullmatch(
                    text, nxt.end, nxt2.start):
                return p
            day = nxt2.partial
        elif not _names_one_day(q):
            return p
        first = replace(day, type=p.type, hour=p.hour, minute=p.minute, second=p.second, tz=p.tz or q.tz,
                        grain=p.grain, mod=p.mod, pod=None)
        if p.hour == 24:  # "from midnight until 6am on Saturday": the start of that day
            return replace(first, hour=0)
        if (p.hour, p.minute or 0) > (q.hour, q.minute or 0) and _a_range(mm, nxt, text):
            # "from 8pm until 2am on Saturday": through midnight, so the first clock is on the day before the
            # second's (Friday night into Saturday): that day, read as the second reads it, one day back (a
            # list, "sail at 11pm and 1am on Saturday", names two times of that day)
            return p if day.shift is not None else replace(first, shift=("day", -1))
        return first
    if not _day_for_a_clock(q) or not _CLOCK_TO_DAY.fullmatch(text, mm.end, nxt.start):
        return p
    return replace(q, type=p.type, hour=p.hour, minute=p.minute, second=p.second, tz=p.tz, grain=p.grain,
                   mod=p.mod)


_GLOSSING_DATE = re.compile(r"[ \t]*,[ \t]*(?:on|in)[ \t]+", re.IGNORECASE)


def _count_glossed_by_date(p: Partial, mm: Mention, nxt: Mention, text: str) -> Partial:
    """Narratives: "Two days before the final assault, on 9 May, the guns opened fire", "Three years later,
    in 1686, the allies took the town": a count, from an event or from the story's last date, set off by a
    comma and followed by the date it falls on, is that date (the event is not the story's last date, and
    the date the writer gives wins over the count where the two disagree)."""
    q = nxt.partial
    # (a hedged count, "almost a century later, in AD 43", keeps its own value: it does not name the date)
    counted = mm.rule == "count_from_event" or (mm.rule == "ago" and p.anchor == "prev" and p.rel is not None
                                                and p.mod is None)
    if (not counted or q.type != "DATE" or q.value is not None or q.rel is not None
            or q.month is None and q.year is None or not _GLOSSING_DATE.fullmatch(text, mm.end, nxt.start)):
        return p
    return replace(q, mod=p.mod)


def _year_from_range_end(p: Partial, mm: Mention, nxt: Mention, text: str) -> Partial:
    """"March and May 1961", "12 May - 3 July 1948", "between April and June 1911": a month or day
    without its year takes the year of the date that closes the range (the year before if its month
    comes later in the year: "November to January 1917")."""
    q = nxt.partial
    if not _takes_a_year(p) or not _lends_its_year(q) or q.bc or not _RANGE_LINK.fullmatch(text, mm.end, nxt.start):
        return p
    if p.season is not None and (q.season is not None or q.month is not None):  # "spring and summer 1911"
        return replace(p, year=q.year)
    if p.month is None or q.month is None:
        return p
    return replace(p, year=q.year - 1 if (p.month, p.day or 0) > (q.month, q.day or 0) else q.year)


_SEASON_NAMES = re.compile(r"[ \t]+(?!(?:of|in|on|at|and|or|to|the|a|an|was|were|had|is)\b)[A-Za-z]+[^.;:!?\n]{0,50}$")


def _year_of_named_season(p: Partial, mm: Mention, nxt: Mention, text: str) -> Partial:
    """Histories: 'the Autumn Campaign of 1809', 'their great winter push ... in January 1915': a season
    naming an operation takes the year of the date that follows in its clause."""
    q = nxt.partial
    if (p.season is None or not _takes_a_year(p) or not _lends_its_year(q)
            or nxt.start - mm.end > 60 or not _SEASON_NAMES.match(text[mm.end:nxt.start])):
        return p
    return replace(p, year=q.year, bc=q.bc)


def _year_from_modifier(p: Partial, prev: Mention, mm: Mention, text: str) -> Partial:
    """'their 1967 winter raids', 'the 1903 autumn manoeuvres': the year just before a season or
    month name is its year."""
    q = prev.partial
    if (p.season is None and p.month is None or not _takes_a_year(p) or not _lends_its_year(q)
            or q.month is not None or q.bc or text[prev.end:mm.start].strip()):
        return p
    return replace(p, year=q.year)


_IS = re.compile(r"\s*,\s*|\s+(?:is\s+|'s\s+|was\s+)?", re.IGNORECASE)


def _last_day_named_before(p: Partial, prev: Mention, mm: Mention, text: str) -> Partial:
    """'today last day to register', 'Friday is last day for entries': a bare "last day" right after a day
    it names is that day (the final day of something), not the day before the reference date."""
    q = prev.partial
    if (p.rel != ("day", -1) or p.type != "DATE" or text[mm.start:mm.end].lower() != "last day"
            or q.type != "DATE" or q.grain not in (None, "day") or q.value is not None or q.mod
            or not (q.rel is not None and q.rel[0] == "day" or q.dow is not None or q.day is not None)
            or not _IS.fullmatch(text, prev.end, mm.start)):
        return p
    return q


def _news_period(p: Partial) -> Partial:
    """News: "the past year", "the last quarter" name the calendar period before the reference one
    (a DATE), not a span of one unit ending now. "The last day" stays a span ("the last day of the
    session" is no yesterday)."""
    if p.type == "DURATION" and p.rel is not None and p.rel[0] != "day":
        return replace(p, type="DATE", dur=None, dur_anchor=None, grain=p.rel[0])
    return p


def read(mm: Mention, before: Mention | None, nxt: Mention | None, nxt2: Mention | None, text: str,
         narrative: bool) -> tuple[Mention, Partial]:
    """What the mention says once its neighbours are read (``before`` it, the next two after it): the day a
    clock time is on, the year of a range's closing date or of a year just before it; in narratives a
    season's year from a date after it and a count glossed by a date; in news, the date alone of "the night
    of Nov. 14" and "the past year" as the calendar year before."""
    if not narrative and mm.rule == "part_of_date":
        mm = _date_of_part(mm, text)
    p = mm.partial
    if nxt is not None:
        p = _year_from_range_end(_clock_on_day(p, mm, nxt, text, nxt2), mm, nxt, text)
        if narrative:
            p = _year_of_named_season(p, mm, nxt, text)
            p = _count_glossed_by_date(p, mm, nxt, text)
    if before is not None:
        p = _year_from_modifier(p, before, mm, text)
        p = _last_day_named_before(p, before, mm, text)
    if not narrative:
        p = _news_period(p)
    return mm, p
