"""Resolution: Partial (what the text said) -> TIMEX3 value, interval and granularity, in one place.

Anchors: in news, deictic expressions ("yesterday", "last week", "55 years ago") resolve against the
reference date and anaphoric ones ("two days later", "the next day", "that year") against the most
recently mentioned date; in narratives both resolve against the most recently mentioned date. Names
without a year ("June", "Monday", "summer") take the anchor's year (or week), moved by the tense of
their clause: a past-tense "June" after the reference month is last year's June.

Narratives keep the story's own line apart from dates that do not move it: dates inside a quotation,
years named in passing or years away from the story, seasons naming a kind of thing ("winter quarters");
a deictic date in a present-tense clause ("this year the country spends ...") is the writer's present.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from . import calendar_math as cm
from .calendar_math import duration_value
from .clauses import IRREGULAR_PART, IRREGULAR_PAST
from .context import Context
from .model import Interval, Timex
from .recognise import Mention
from .recognise.grammar import Partial

_REF_INTERVAL = {"PRESENT_REF"}
_ENDED = re.compile(r"\bended\s+$", re.IGNORECASE)
_GLOSS = re.compile(r"\s*[(,–-]?\s*")  # between a date and a weekday that glosses it
_TENSE_SLACK_DAYS = 60  # how far on the "wrong" side of the reference date a tensed day name may fall
_PERIOD_REACH = 1200  # ... and within which it compares with the period reported, across day dates
_COMPARE_REACH = 400  # characters within which "a year earlier" compares with the period just mentioned
_PASSING_GRAINS = ("year",)  # grains of the dates that "since" / "until" make asides
_COARSE_GRAINS = ("year", "half", "decade", "century")  # a last date of these grains names no month or week
# Narratives before the common era: the calendar types cannot hold such years, so the running anchor
# holds a stand-in year _BC_BASE - n for n BC (later years stay later) and values are written back as BCnnnn.
_BC_BASE = 9000
_BC_FLOOR = 4000  # stand-in years from here on are years before the common era


@dataclass
class Resolved:
    value: str
    start: date | None = None
    end: date | None = None
    granularity: str | None = None
    time: str | None = None  # "T15:30", "TMO": the time part for TIME values
    bounds: tuple[str, str] | None = None  # an interval that `date` cannot hold (years before the common era)


def _quarter_of(y: int, q: int) -> Resolved:
    """Quarter ``q`` (1-4) of year ``y``."""
    return Resolved(f"{y:04d}-Q{q}", date(y, 3 * q - 2, 1), cm.last_day(y, 3 * q), "quarter")


def _half_of(y: int, h: int) -> Resolved:
    """Half ``h`` (1-2) of year ``y``."""
    return Resolved(f"{y:04d}-H{h}", date(y, 6 * h - 5, 1), cm.last_day(y, 6 * h), "half")


def _season_of(y: int, season: str) -> Resolved:
    """The season ("SP", "SU", "FA", "WI") named by year ``y`` (a winter by the year it opens)."""
    s, e = cm.season_interval(season, y)
    return Resolved(f"{y:04d}-{season}", s, e, "season")


def _bc_iso(d: date) -> str:
    """A day of a stand-in year (_BC_BASE - n for n BC) in ISO 8601 astronomical numbering, which ``date``
    cannot hold: 1 BC is 0000, 2 BC is -0001."""
    return cm.astronomical_year(d.year - _BC_BASE + 1) + d.isoformat()[4:]


def _bc_bounds(first: int, last: int) -> tuple[str, str]:
    """The interval from the year ``first`` BC to the year ``last`` BC."""
    return cm.astronomical_year(1 - first) + "-01-01", cm.astronomical_year(1 - last) + "-12-31"


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


# -- helpers for the running anchor (narratives keep a main line apart from dates named in passing) ----
_PASSING = re.compile(r"\b(?:since|until|till|ever since)\s+"
                      r"(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)\W*)?$", re.IGNORECASE)
_TO = r"-|–|—|to|until|till|through|thru"
_RANGE_TO = re.compile(r"\s*(?:" + _TO + r")\s*", re.IGNORECASE)  # between the ends of a range
_RANGE_LINK = re.compile(r"\s*(?:" + _TO + r"|and|or)\s*", re.IGNORECASE)  # ... or the members of a list
_OF = re.compile(r"\bof\s+", re.IGNORECASE)


def _date_of_part(mm: Mention, text: str) -> Mention:
    """News (TimeBank) tags only the date of 'the night of Oct. 23'; histories tag the part of that day."""
    cut = _OF.search(text, mm.start, mm.end).end() - mm.start
    return Mention(mm.start + cut, mm.end, replace(mm.partial, pod=None, grain="day"), mm.rule)


_CLOCK_TO_DAY = re.compile(r"\s*(?:[A-Za-z]+\s+time\s*)?,?\s*(?:on\s+)?")


def _clock_on_day(p: Partial, mm: Mention, nxt: Mention | None, text: str) -> Partial:
    """'At 5:34 AM Baghdad time on March 20, 2003', '2 a.m. local time on Tuesday', '6:30 a.m. Monday,
    March 18': a clock time is on the day named right after it, read the way that day is read."""
    if nxt is None or p.hour is None or p.rel is not None or p.month is not None or p.dow is not None:
        return p
    q = nxt.partial
    if (q.type != "DATE" or q.value is not None or q.dur is not None or q.mod or q.bc or q.pod or q.definite
            or q.grain not in (None, "day")):
        return p
    if not (q.month is not None and q.day is not None or q.dow is not None or q.holiday is not None
            or q.rel is not None and q.rel[0] == "day"):
        return p
    if not _CLOCK_TO_DAY.fullmatch(text, mm.end, nxt.start):
        return p
    return replace(q, type=p.type, hour=p.hour, minute=p.minute, second=p.second, tz=p.tz, grain=p.grain,
                   mod=p.mod)


def _year_from_range_end(p: Partial, mm: Mention, nxt: Mention, text: str) -> Partial:
    """"April and June 1955", "26 June - 4 August 1952", "between March and April 1918": a month or day
    without its year takes the year of the date that closes the range (the year before if its month
    comes later in the year: "December to February 1943")."""
    q = nxt.partial
    if (p.year is not None or p.rel is not None or q.year is None or q.rel is not None or q.bc
            or not _RANGE_LINK.fullmatch(text, mm.end, nxt.start)):
        return p
    if p.season is not None and (q.season is not None or q.month is not None):  # "summer and autumn 1918"
        return replace(p, year=q.year)
    if p.month is None or q.month is None:
        return p
    return replace(p, year=q.year - 1 if (p.month, p.day or 0) > (q.month, q.day or 0) else q.year)


_TURN_DAYS = 45  # how far past the anchor a month or day across New Year still counts as ahead


def _turn_of_year(y: int, month: int, day: int | None, A: date) -> int:
    """Narratives move forward: a month or day a little after the anchor across New Year ("On December 7,
    1941, ... In January, ...") is in the next year, not eleven months before the anchor."""
    try:
        ahead = date(y + 1, month, day or 1)
    except ValueError:
        return y
    return y + 1 if y == A.year and 0 < (ahead - A).days <= _TURN_DAYS else y


def _steps_forward(r: Resolved, main: date, grain: str | None) -> bool:
    """Whether a month, day or season resolved against the story's last date lies after it (a month
    counts from the day's own month: 'On 10 March ... by the end of March')."""
    if grain == "day" and r.granularity != "day":
        return (r.start.year, r.start.month) >= (main.year, main.month)
    if grain in ("day", "month", "season"):
        return r.start > main
    return True


def _named_without_year(p: Partial) -> bool:
    return p.rel is None and p.year is None and p.decade is None and p.century is None and (
        p.month is not None or p.season is not None)


_FRAME_WORDS = frozenset("in by during throughout early late mid the start end beginning middle of from after "
                         "before until since around about circa at spring summer autumn fall winter for first "
                         "last final few several months weeks days years part half course rest two three four "
                         "five six seven eight nine ten eleven twelve".split())
_CLAUSE_START = re.compile(r"[.;:!?\n(]")


def _year_level(r: Resolved, p: Partial) -> bool:
    """A year, or a season named with its year ('the spring of 1684'): dates whose place in the story
    depends on where they stand in the sentence."""
    return r.granularity == "year" or (r.granularity == "season" and p.year is not None and p.rel is None)


# a year more than this many years from the story's own date, not framing its sentence, is an aside
_ASIDE_YEARS = 10


def _far_from_story(r: Resolved, main: date | None) -> bool:
    """A date years away from the story's own ("a report declassified in 2005" in a story of 1964)."""
    return main is not None and r.start is not None and abs(r.start.year - main.year) > _ASIDE_YEARS


def _year_in_passing(text: str, start: int, r: Resolved, main: date | None) -> bool:
    """A year neither opening its sentence nor dating the clause's verb ("a campaign planned for 1976",
    "troops that had invaded Burma in late 1943", "the Geneva Conference of 1954"), or one that dates a
    verb but lies years away from the story's own date, is named in passing: a month named next still
    belongs to the story's own year."""
    if _parenthetical(text, start):
        return True
    if _frames(text, start):
        return False
    if _far_from_story(r, main):
        return True
    return not _after_verb(text, start)


_VERB_IN = re.compile(r"(?:(?P<comma>,)\s*|(?P<words>(?:\b[A-Za-z'’]+\s+){1,4}))in\s+(?:(?:early|late|mid)-?\s*)?$")
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)


def _after_verb(text: str, start: int) -> bool:
    """'converged in 1781', 'McClellan attacked Virginia in the spring of 1862', 'the seat of government,
    in 1777': the date dates the clause's own verb (not one in a relative clause: 'troops that had
    invaded Burma in late 1943')."""
    m = _VERB_IN.search(text, max(0, start - 60), start)
    if m is None:
        return False
    if m["comma"]:
        return True
    words = m["words"].split()
    for k, w in enumerate(words):
        w = w.lower()
        if (w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST or w in IRREGULAR_PART:
            cut = max((c.end() for c in _CLAUSE_START.finditer(text, max(0, start - 120), m.start())), default=0)
            return _RELATIVE.search(text, cut, m.start() + len(" ".join(words[:k]))) is None
    return False


_PAREN_YEAR = re.compile(r"\(\s*(?:[A-Za-z]+\.?\s+)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:BC|AD|BCE|CE))?\s*\)"
                         r"[ \t]*(?=[^\s])")


def _parenthetical(text: str, start: int) -> bool:
    """'the Civil Constitution of the Clergy (1790) ...': a year in brackets inside a sentence is an
    aside (a heading's '(1792-1797)' is not: it ends its line)."""
    lo = text.rfind("(", max(0, start - 12), start)
    return lo >= 0 and _PAREN_YEAR.match(text, lo) is not None


_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.IGNORECASE)


def _names_a_thing(text: str, mm: Mention) -> bool:
    """'the leader of the August 1792 uprising': a dated name ('the DATE noun') is not the story's date."""
    return (mm.partial.year is not None and _DET_BEFORE.search(text, max(0, mm.start - 8), mm.start) is not None
            and re.match(r"\s+[a-z]", text[mm.end:mm.end + 2]) is not None)


def _frames(text: str, start: int) -> bool:
    """A year that opens its sentence or heading ("In 1970, ...", "By 1943 the ...") sets the story's
    time; one further in ("a campaign planned for 1976", "the Geneva Conference of 1954") is in passing."""
    lo = max(0, start - 60)
    cut = max((m.end() for m in _CLAUSE_START.finditer(text, lo, start)), default=lo if lo == 0 else None)
    if cut is None:
        return False
    words = re.findall(r"[A-Za-z]+", text[cut:start])
    return len(words) <= 6 and all(w.lower() in _FRAME_WORDS for w in words) or _HEADING_END.match(text, start)


# a heading that a year closes: "Spring Offensive of 1918", "War and Counter-Revolution (1792-1797)"
_HEADING_END = re.compile(r"\d{1,4}(?:\s*(?:BCE?|AD|B\.C\.|A\.D\.))?\)?[ \t]*\n")


_SEASON_NAMES = re.compile(r"[ \t]+(?!(?:of|in|on|at|and|or|to|the|a|an|was|were|had|is)\b)[A-Za-z]+[^.;:!?\n]{0,50}$")


def _year_of_named_season(p: Partial, mm: Mention, nxt: Mention, text: str) -> Partial:
    """Histories: 'the Spring Offensive of 1918', 'their main summer offensive ... in June 1942': a season
    naming an operation takes the year of the date that follows in its clause."""
    q = nxt.partial
    if (p.season is None or p.year is not None or p.rel is not None or q.year is None or q.rel is not None
            or nxt.start - mm.end > 60 or not _SEASON_NAMES.match(text[mm.end:nxt.start])):
        return p
    return replace(p, year=q.year, bc=q.bc)


def _year_from_modifier(p: Partial, prev: Mention, mm: Mention, text: str) -> Partial:
    """'their 1982 summer offensives', 'the 1944 spring campaign': the year just before a season or
    month name is its year."""
    q = prev.partial
    if (p.season is None and p.month is None) or p.year is not None or p.rel is not None or q.year is None \
            or q.month is not None or q.rel is not None or q.bc or text[prev.end:mm.start].strip():
        return p
    return replace(p, year=q.year)


_PASSING_EVENT = re.compile(r"\b(?:since|until|till)\s+the\s+[^,.;:()\n]{1,40}?\s+(?:in|on|of)\s+$", re.IGNORECASE)


def _in_passing(text: str, start: int, grain: str | None) -> bool:
    """Narratives: a date named only as the bound of a state ("part of the empire since 513 BC", "in
    office until 1975") is not where the story is; the next "that summer" or "the following year" still
    counts from the story's own last date."""
    if grain in _PASSING_GRAINS and _PASSING.search(text, max(0, start - 40), start) is not None:
        return True
    # "lasted until the fall of Budapest in February 1945": the bound of a state, dated by its event
    return _PASSING_EVENT.search(text, max(0, start - 60), start) is not None


def _bc_stand_in(r: Resolved, p: Partial, story: "_Story") -> Resolved:
    """Narratives: "480 BC" anchors what follows ("the following year", "that summer") at a stand-in
    year; values resolved against such an anchor are written back as years before the common era
    (only once the story has named a year BC: until then a year from 4000 on is itself)."""
    if p.bc and r.start is None and p.year is not None and p.month is None and p.year < _BC_BASE - _BC_FLOOR:
        d = date(_BC_BASE - p.year, 1, 1)
        story.bc = True
        return replace(r, start=d, end=date(d.year, 12, 31))
    v = r.value
    if story.bc and r.start is not None and r.start.year >= _BC_FLOOR and v[:4].isdigit():
        by = _BC_BASE - r.start.year
        if r.granularity == "decade":
            return replace(r, value=f"BC{by // 10:03d}")
        if r.granularity == "century":  # stand-in centuries straddle two BC ones: name by the middle year
            return replace(r, value=f"BC{(by - 50) // 100:02d}")
        return replace(r, value=f"BC{_BC_BASE - int(v[:4]):04d}{v[4:]}")
    return r


_QUOTE_OR_LINE = re.compile(r'["“”\n]')


def _quoted(story: "_Story", text: str, pos: int) -> bool:
    """Narratives: whether ``pos`` lies inside a quotation (an odd number of quotation marks before it on
    its line): what a speaker says ("withdraw by next summer") is not where the story is."""
    j = i = bisect_right(story.quotes, pos)
    n = 0
    while i > 0 and text[story.quotes[i - 1]] != "\n":
        n += 1
        i -= 1
    # ... and one closes on the same line (a paragraph may open a quotation it never closes)
    return n % 2 == 1 and j < len(story.quotes) and text[story.quotes[j]] != "\n"


# a season naming a kind of thing, not a time of the story: "winter quarters", "summer uniforms"
_GENERIC_SEASON = re.compile(r"[ \t]+(?:quarters|clothing|clothes|uniforms?|supplies|supply|food|provisions|gear|"
                             r"equipment|pasture|pastures|camps?|residence|palace|capital)\b", re.I)


def _latest_completed(p: Partial, ref: date) -> tuple[date, Partial]:
    """News: "the latest quarter", "the most recent fiscal year" is the last period of that grain
    completed before the reference date (the one a report dated then covers)."""
    return ref, replace(p, rel=(p.rel[0], -1))


def _reported(quarter_start: date | None, ref: date) -> bool:
    """A quarter already over at the reference date: one a news report can be about."""
    return quarter_start is not None and cm.period("quarter", quarter_start)[2] < ref


_TIME_OF_DAY_GRAINS = frozenset({"hour", "minute", "second", "part_of_day"})


def _bare_clock(p: Partial) -> bool:
    return p.type == "TIME" and p.rel is None and p.dow is None and p.month is None and p.year is None


def _news_period(p: Partial) -> Partial:
    """News: "the past year", "the last quarter" name the calendar period before the reference one
    (a DATE), not a span of one unit ending now. "The last day" stays a span ("the last day of the
    session" is no yesterday)."""
    if p.type == "DURATION" and p.rel is not None and p.rel[0] != "day":
        return replace(p, type="DATE", dur=None, dur_anchor=None, grain=p.rel[0])
    return p


_ENDED_NEXT = re.compile(r"\s+(?:ended|ending)\s+(?:on\s+)?", re.IGNORECASE)


def _quarter_ended(p: Partial, mm: Mention, nxt: Mention | None, text: str, ref: date) -> date | None:
    """News: 'the quarter ended July 31', 'the latest period ending Feb. 28': a day in the middle month of
    the three months that end on that day (May-July: June, so the second quarter), whatever fiscal
    quarter the company counts; None when the quarter is not given so."""
    if not (p.definite and p.grain == "quarter" and p.quarter is None and p.year is None and nxt is not None):
        return None
    q = nxt.partial
    if q.month is None or q.day is None or q.rel is not None or not _ENDED_NEXT.fullmatch(text, mm.end, nxt.start):
        return None
    y = q.year
    if y is None:  # a period already over ends on or before the reference date
        y = ref.year if (q.month, q.day) <= (ref.month, ref.day) else ref.year - 1
    m = q.month - 1 or 12
    return date(y if q.month > 1 else y - 1, m, 1)


def _reported_period(period, r: Resolved, end: int):
    """The quarter, half or month a financial report is about: the last one named, kept across the
    day dates that follow it ("the quarter ended Sept. 30"), dropped when a year is named."""
    if r.granularity in ("quarter", "half", "month"):
        return r.granularity, r.start, end
    if r.granularity in ("year", "decade", "century"):
        return None
    return period


# What a shifted date may be named by: a day moves from a day, a month from a day, week or month ...
_SHIFTABLE = {"day": {"day"}, "week": {"day", "week"}, "month": {"day", "week", "month"},
              "year": {"day", "week", "month", "season", "quarter", "half", "year"}}


@dataclass
class _Story:
    """Where a document's story is, read in text order: what relative expressions count from."""

    ref: date
    narrative: bool
    last: date | None = None  # most recently mentioned date
    main: date | None = None  # narratives: the story's own last date, without years named in passing
    main_grain: str | None = None
    last_grain: str | None = None
    last_end: int = -10**9  # where the last date's text ended
    by_grain: dict[str, date] = field(default_factory=dict)  # last mentioned date per granularity
    period: tuple | None = None  # news: (grain, start, end offset) of the quarter/half/month reported on
    quotes: list[int] = field(default_factory=list)  # narratives: where quotation marks and line breaks are
    bc: bool = False  # narratives: a year BC was named, so years from _BC_FLOOR on are its stand-ins
    told_quarter: date | None = None  # news: the first quarter named in a past-tense clause (a fiscal
    # quarter may be over though its calendar namesake is not: "reported fourth-quarter earnings")


class Resolver:
    """Stateless between calls: ``resolve`` keeps where the story is (its running anchor) in a _Story of its own."""

    def resolve(self, mentions: list[Mention], text: str, ctx: Context, tense_of) -> list[Timex]:
        story = _Story(ref=ctx.ref_day, narrative=ctx.document_type == "narrative")
        if story.narrative:
            story.quotes = [m.start() for m in _QUOTE_OR_LINE.finditer(text)]
        out: list[Timex] = []
        for i, mm in enumerate(mentions, 1):
            nxt = mentions[i] if i < len(mentions) else None
            try:
                timex = self._one(mm, nxt, mentions[i - 2] if i > 1 else None, text, story, tense_of, len(out) + 1)
            except (ValueError, OverflowError):
                # the date would fall before 1 January of year 1 or after 31 December 9999 (reference dates
                # at the calendar's edges): the expression is left out rather than failing the request
                continue
            if timex is not None:
                out.append(timex)
        return out

    def _one(self, mm: Mention, nxt: Mention | None, before: Mention | None, text: str, story: _Story, tense_of,
             n: int) -> Timex | None:
        mm, p = self._read(mm, nxt, before, text, story)
        if mm.rule == "day_ordinal" and story.last is not None and story.last_grain not in ("day", "month"):
            return None  # "on the 20th" after a year or a week: no month to take the day from
        tense = lambda: tense_of(mm.start, mm.end)  # noqa: E731
        p, anchor, tense = self._anchor(p, mm, nxt, text, story, tense)
        r = self._resolve_in_story(p, mm, anchor, text, story, tense)
        if r is None:
            return None
        interval = Interval(*r.bounds) if r.bounds else None
        if r.start is not None:
            s, e = cm.narrow(r.start, r.end, p.mod)
            interval = (Interval(_bc_iso(s), _bc_iso(e)) if story.bc and r.start.year >= _BC_FLOOR
                        else self._interval(s, e, r, p))
            self._advance(story, p, r, e, mm, text, tense)
        return Timex(
            id=f"t{n}", text=text[mm.start:mm.end], start=mm.start, end=mm.end,
            type=p.type, value=r.value, mod=p.mod, interval=interval,
            granularity=r.granularity, rule=mm.rule,
        )

    # -- the steps of one mention, in text order -----------------------------------------------------
    @staticmethod
    def _read(mm: Mention, nxt: Mention | None, before: Mention | None, text: str,
              story: _Story) -> tuple[Mention, Partial]:
        """What the mention says once its neighbours are read: a range's closing year, a year before it."""
        if not story.narrative and mm.rule == "part_of_date":
            mm = _date_of_part(mm, text)
        p = mm.partial
        if nxt is not None:
            p = _year_from_range_end(_clock_on_day(p, mm, nxt, text), mm, nxt, text)
            if story.narrative:
                p = _year_of_named_season(p, mm, nxt, text)
        if before is not None:
            p = _year_from_modifier(p, before, mm, text)
        if not story.narrative:
            p = _news_period(p)
        return mm, p

    @staticmethod
    def _anchor(p: Partial, mm: Mention, nxt: Mention | None, text: str, story: _Story, tense):
        """The date the mention counts from (the reference date, the last date, the story's main line, the
        period a report is about ...), and the partial and tense as that choice leaves them."""
        narrative, ref, last = story.narrative, story.ref, story.last
        anchor = ref
        if (narrative or p.anchor == "prev") and last is not None:
            anchor = last
            if narrative and story.main is not None and _named_without_year(p):
                anchor = story.main
                if p.season is not None and story.main_grain == "year":
                    # "in 483 BC ... over the winter": a season of a year named as a whole is read from
                    # its middle (the winter is the one that year ends in, not the one it opens with)
                    anchor = date(anchor.year, 7, 1)
            if not narrative and _bare_clock(p):
                anchor = story.by_grain.get("day", ref)  # "shot at 10 p.m.": on the day last named, not Jan 1
        if (narrative and mm.rule in ("shifted", "day_offset") and p.anchor == "ref" and not _quoted(story, text, mm.start)
                and tense() in ("present", "future")):
            anchor = ref  # "this year alone, the country accounts for ...": the writer's present
        if p.definite:
            # "the quarter", "the latest period": the last period of that grain the story named
            if p.latest and not narrative and p.grain == "quarter" and story.told_quarter is not None:
                anchor = story.told_quarter  # "reported fourth-quarter earnings ... in the latest period"
            elif p.latest and not narrative:
                anchor, p = _latest_completed(p, ref)
            elif p.grain == "year" and not narrative:
                anchor = ref  # news: "for the year", "the end of the year" are the reference year
            elif narrative and p.grain in ("year", "month") and last is not None:
                # "by the end of the month", "later in the year": the month or year the story is in,
                # though the last month or year it named on its own may lie further back
                anchor = story.main or last
            elif p.grain in story.by_grain:
                anchor = story.by_grain[p.grain]
            elif p.grain in ("quarter", "half") and not narrative and p.rel and p.rel[0] != p.grain:
                # news: "the year-ago quarter", none named yet: the latest completed one, a year back
                anchor = cm.shift(p.grain, ref, -1)
            elif p.grain in ("quarter", "half") and not narrative:
                anchor, p = _latest_completed(p, ref)  # news: "for the quarter", none named yet
            elif last is not None and not p.latest and (narrative or story.last_grain not in _COARSE_GRAINS):
                anchor = last  # news: "the end of the month" after a year alone ("late 2025") is this month
            elif p.latest:
                anchor, p = _latest_completed(p, ref)
            else:
                anchor = ref
        quarter_end = _quarter_ended(p, mm, nxt, text, ref) if not narrative else None
        if quarter_end is not None:
            # "the quarter ended July 31": the calendar quarter of most of its three months
            anchor, p = quarter_end, replace(p, rel=("quarter", 0))
        if p.compare and story.last_grain in ("quarter", "half", "month") and mm.start - story.last_end < _COMPARE_REACH:
            # "profit rose in the third quarter from $5 million a year earlier": the same quarter a year before
            p = replace(p, grain=story.last_grain)
            anchor = last
        elif p.compare and not narrative and story.period is not None and mm.start - story.period[2] < _PERIOD_REACH:
            p, anchor = replace(p, grain=story.period[0]), story.period[1]
        if p.type == "DURATION" and p.dur and p.dur[1] in ("month", "quarter", "year"):
            story.period = story.last_grain = None  # "in the nine months, ... a year earlier": the span is compared
        if mm.rule == "anaphoric_name" and p.direction and anchor is last and story.last_grain == "year":
            # "in 1777 ... the next spring": the one after that year, not the spring of it
            anchor = date(last.year, 12, 31) if p.direction > 0 else date(last.year, 1, 1)
        if (not narrative and mm.rule == "bare_calendar_noun" and p.pod and anchor is last
                and story.last_grain in _COARSE_GRAINS + ("week", "weekend", "month", "quarter", "season")):
            anchor = ref  # news: "karaoke night" after "this week": no day is named, so the writer's day
        if narrative and mm.rule == "bare_calendar_noun" and p.pod and story.last_grain != "day":
            # "moved only at night", "night attacks": no day is in view, so no day is named
            p = replace(p, value=f"XXXX-XX-XXT{p.pod}", rel=None)
        if (narrative and p.season is not None and p.year is None and p.rel is None and p.value is None
                and _GENERIC_SEASON.match(text, mm.end)):
            # "entered winter quarters", "destroyed their winter food supplies": any winter, none in particular
            p = replace(p, value=f"XXXX-{p.season}")
        if narrative and p.bc and (p.month or p.season) and p.year < _BC_BASE - _BC_FLOOR:
            p = replace(p, year=_BC_BASE - p.year, bc=False)  # a stand-in year, written back below
            story.bc = True
        if mm.rule == "day_list" and p.year is None and last is not None:
            p = replace(p, year=last.year)  # "May 4 and 5", "May 2 - 3, 9 - 10": the first day's year
        if (p.dow is not None and p.month is None and p.rel is None and p.direction is None and last is not None
                and story.last_grain == "day" and _GLOSS.fullmatch(text, story.last_end, mm.start)):
            # "May 5 - 6 (Tues-Wed 9am)", "on July 19, Wednesday": the weekday of the date just given
            anchor, tense = last, lambda: None
        return p, anchor, tense

    def _resolve_in_story(self, p: Partial, mm: Mention, anchor: date, text: str, story: _Story,
                          tense) -> Resolved | None:
        """The value against the anchor, corrected by what the story around it says."""
        narrative, ref, last, main = story.narrative, story.ref, story.last, story.main
        r = self._resolve_one(p, anchor, ref, tense, narrative)
        if (narrative and anchor is main and last > main and story.last_grain == "year" and r is not None
                and r.start is not None and not _steps_forward(r, main, story.main_grain)):
            # a month that would step back from the story's main line goes to the year just named in
            # passing when that lies ahead ("plan operations for 1777 ... set off in June")
            r = self._resolve_one(p, last, ref, tense, narrative)
        if r is None:
            return None
        if (not narrative and p.year is None and p.month is not None and p.day is not None and r.start is not None
                and r.start > ref and _ENDED.search(text, max(0, mm.start - 12), mm.start)):
            # "the quarter ended Oct. 31": a period already over ends on or before the reference date
            d = r.start.replace(year=r.start.year - 1) if (r.start.month, r.start.day) != (2, 29) else None
            if d is not None:
                r = Resolved(d.isoformat(), d, d, "day")
        if (not narrative and p.year is None and p.month is not None and p.rel is None and r.start is not None
                and last is not None and r.start < last and story.last_grain == r.granularity
                and _RANGE_TO.fullmatch(text, story.last_end, mm.start)):
            # news: "from April 1 through Sept. 30", "November to February": a range does not end before it
            # starts (narratives are not moved: there the first member is as likely to be the one misread)
            later = self._resolve_one(replace(p, year=r.start.year + 1), anchor, ref, tense, narrative)
            r = later if later is not None else r
        if (not narrative and p.dow is not None and p.month is None and p.day is None and p.rel is None
                and p.direction is None and p.type == "DATE" and r.start is not None and last is not None
                and r.start < last and story.last_grain == "day" and r.granularity == "day"
                and _RANGE_TO.fullmatch(text, story.last_end, mm.start)):
            # news: "will strike from Monday to Friday": the closing weekday is the first on or after the
            # opening day
            d = r.start + timedelta(days=7 * -(-(last - r.start).days // 7))
            r = Resolved(d.isoformat(), d, d, "day")
        if (mm.rule == "anaphoric" and p.rel is not None and p.rel[0] == "day" and p.type == "DATE"
                and anchor is last and story.last_grain in ("month", "year") and r.start is not None
                and r.start.year < _BC_FLOOR):
            # "that day" when the story last named only a month or a year: that month or year, the day
            # unknown ("crossed out that same day" after "in October 1998": 1998-10-XX)
            pv, ps, pe = cm.period(story.last_grain, last)
            r = Resolved(pv + ("-XX" if story.last_grain == "month" else "-XX-XX"), ps, pe, story.last_grain)
        if (narrative and mm.rule in ("ago", "count_from_event") and p.rel is not None
                and p.rel[0] in ("day", "week") and p.type == "DATE" and anchor is last and story.last_grain in ("month", "quarter", "half", "year")
                and r.start is not None and r.start.year < _BC_FLOOR):
            # "three days later" when the story last named only a month, a quarter or a year: that year,
            # the day (week) unknown ("in April ... three days later": 1980-XX-XX)
            # (the story stays in the period it last named)
            _, ps, pe = cm.period(story.last_grain, last)
            r = Resolved(f"{r.start.year:04d}" + ("-XX-XX" if p.rel[0] == "day" else "-WXX"), ps, pe, story.last_grain)
        if narrative:
            r = _bc_stand_in(r, p, story)
        return r

    @staticmethod
    def _advance(story: _Story, p: Partial, r: Resolved, e: date, mm: Mention, text: str, tense) -> None:
        """A resolved date moves the story on, unless it is a span, a comparison or an aside."""
        narrative = story.narrative
        if p.type == "DURATION" or r.value in _REF_INTERVAL or r.granularity in ("decade", "century"):
            return
        if p.compare or p.aside or narrative and (_in_passing(text, mm.start, r.granularity)
                                                  or _quoted(story, text, mm.start)):
            return
        story.last = r.start if p.mod != "END" else e
        if not narrative or not (_names_a_thing(text, mm) or _year_level(r, p)
                                 and _year_in_passing(text, mm.start, r, story.main)):
            story.main, story.main_grain = story.last, r.granularity
        story.last_grain, story.last_end = r.granularity, mm.end
        if narrative or r.granularity != "quarter" or not _reported(story.by_grain.get("quarter"), story.ref):
            # news: "the quarter" is the first completed one the report names; later
            # quarters ("after a flat second quarter") are context
            story.by_grain[r.granularity] = r.start
        if r.granularity in _TIME_OF_DAY_GRAINS and p.type == "TIME":
            # "Sat 1:00pm-6:00pm", "10 a.m. Monday ... until 4 p.m.": a later bare clock time is on that day
            story.by_grain["day"] = r.start
        story.period = _reported_period(story.period, r, mm.end)
        if (not narrative and story.told_quarter is None and r.granularity == "quarter"
                and p.rel is None and tense() == "past"):
            story.told_quarter = r.start

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
        if p.shift is not None and r.start is not None and r.granularity in _SHIFTABLE[p.shift[0]]:
            # "the day after Christmas", "the week before Easter": the date named, a unit on
            unit, n = p.shift
            try:
                v, s, e = cm.period(unit, cm.shift(unit, r.start, n))
            except (ValueError, OverflowError):  # past the calendar's first or last day
                return None
            r = Resolved(v, s, e, unit)
        elif p.edge is not None and r.start is not None and r.end is not None and r.granularity in (
                "month", "year", "quarter", "half"):
            # "the last day of the year", "the first day of August": the day at the edge of the period named
            d = r.start if p.edge[1] == 0 else r.end
            v, s, e = cm.period(p.edge[0], d)
            r = Resolved(v, s, e, p.edge[0])
        elif p.grain == "week" and r.granularity == "day" and p.rel is None:  # "the week of March 6"
            v, s, e = cm.period("week", r.start)
            r = Resolved(v, s, e, "week")
        elif p.grain == "weekend" and r.granularity == "day" and p.rel is None:
            # "the Labor Day weekend", "Thanksgiving weekend": the weekend nearest the holiday
            d = r.start
            back, ahead = d - timedelta(days=(d.weekday() - 5) % 7), d + timedelta(days=(5 - d.weekday()) % 7)
            v, s, e = cm.period("weekend", back if d - back <= ahead - d else ahead)
            r = Resolved(v, s, e, "weekend")
        if (p.type == "TIME" or p.pod or p.hour is not None) and r.start is not None:
            r = self._time(p, r)
        return r

    @staticmethod
    def _duration(p: Partial, ref: date) -> Resolved:
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
                t += cm.zone_offset(p.tz, d)
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
                return _quarter_of(d.year, p.quarter)
            if p.season is not None:  # "the spring of next year", "the autumn of that year"
                return _season_of(d.year, p.season)
            if p.half is not None:  # "the second half of next year"
                return _half_of(d.year, p.half)
            if p.month is not None and p.day is not None:  # "July 25 of that year"
                d = date(d.year, p.month, p.day)
                return Resolved(d.isoformat(), d, d, "day")
            if p.day is not None and unit == "month":  # "the 1st of next month"
                d = date(d.year, d.month, p.day)
                return Resolved(d.isoformat(), d, d, "day")
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
        if p.turn:  # "the turn of the century": the turn nearest the anchor
            y = (A.year + p.turn // 2) // p.turn * p.turn
            return Resolved(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")
        # 2. Explicit year (or decade/century) given.
        y = p.year
        if p.vague_year and p.decade is None and y is not None and y < 100:
            # "in '89", "March '03": news, the latest such year up to five years ahead; histories, the one
            # nearest the story's date ("the war began in 1775 ... by '89")
            y += A.year // 100 * 100
            if narrative:
                y = min((y - 100, y, y + 100), key=lambda c: abs(c - A.year))
            elif y > A.year + 5:
                y -= 100
            p = replace(p, year=y, vague_year=False)
        if p.century is not None:
            c = p.century
            if p.bc:  # "the 5th century BC": 500 to 401 BC
                return Resolved(f"BC{c:02d}", None, None, "century", bounds=_bc_bounds((c + 1) * 100, c * 100 + 1))
            return Resolved(f"{c:02d}", date(max(c * 100, 1), 1, 1), date(c * 100 + 99, 12, 31), "century")
        if p.decade is not None:
            dec = p.decade
            if p.bc:  # "the 470s BC": 479 to 470 BC
                return Resolved(f"BC{dec:03d}", None, None, "decade", bounds=_bc_bounds(dec * 10 + 9, dec * 10))
            if p.vague_year:  # "the '90s", "the nineties": the latest such decade not in the future
                dec = (A.year // 100) * 10 + dec
                if dec * 10 > A.year:
                    dec -= 10
            return Resolved(f"{dec:03d}", date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31), "decade")
        if p.bc:  # `date` cannot hold these years: the interval is written out from a stand-in year
            if y >= _BC_BASE - _BC_FLOOR:
                return Resolved(f"BC{y:04d}", None, None, "year")
            sy = _BC_BASE - y
            if p.month is not None:
                s, e = date(sy, p.month, 1), cm.last_day(sy, p.month)
                return Resolved(f"BC{y:04d}-{p.month:02d}", None, None, "month", bounds=(_bc_iso(s), _bc_iso(e)))
            if p.season is not None:
                s, e = cm.season_interval(p.season, sy)
                return Resolved(f"BC{y:04d}-{p.season}", None, None, "season", bounds=(_bc_iso(s), _bc_iso(e)))
            return Resolved(f"BC{y:04d}", None, None, "year", bounds=_bc_bounds(y, y))
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
            if p.day is not None:  # "Friday the 13th": the nearest such day (on the tense's side, if any)
                d = self._weekday_day(p.dow, p.day, A, direction)
                if d is None:
                    return None
            else:
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
                if p.season == "WI" and (narrative or A.month <= 2):
                    # A winter by the year its January falls in: histories name them so (Dec 1777 - Feb
                    # 1778: 1778-WI), and news dated in January or February names the winter under way
                    # by the year one is in ("a winter storm" in January 2024: 2024-WI), as it would in
                    # December; the winters before and after it take the year of their January too
                    s, e = cm.season_interval(p.season, y)
                    return Resolved(f"{y + 1:04d}-WI", s, e, "season")
            return _season_of(y, p.season)
        if p.quarter is not None:
            if y is None:
                y = A.year
                aq = (A.month - 1) // 3 + 1
                if p.quarter > aq and (direction != 1 or p.quarter - aq >= 3):
                    # quarters are reported after they end: a later quarter is last year's, even in a
                    # future clause when it is three quarters off ("will report fourth-quarter results"
                    # in January)
                    y -= 1
            return _quarter_of(y, p.quarter)
        if p.half is not None:
            if y is None:
                y = A.year
                ah = 1 if A.month <= 6 else 2
                if p.half > ah and direction != 1:
                    y -= 1
            return _half_of(y, p.half)
        if p.month is not None:
            if y is None:
                day = p.day or 1
                y = self._year_for(lambda yr: date(yr, p.month, min(day, 28) if p.day is None else day), A,
                                   direction, month_grain=p.day is None, strict=strict, nearest=not narrative)
                if narrative and direction is None:
                    y = _turn_of_year(y, p.month, p.day, A)
            if p.day is not None:
                d = date(y, p.month, p.day)
                return Resolved(d.isoformat(), d, d, "day")
            return Resolved(f"{y:04d}-{p.month:02d}", date(y, p.month, 1), cm.last_day(y, p.month), "month")
        if p.day is not None and p.month is None and p.dow is None and y is None:
            # "on the 14th": that day of the month the story is in
            d = date(A.year, A.month, p.day)
            return Resolved(d.isoformat(), d, d, "day")
        if y is not None:
            return Resolved(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")
        if p.type == "TIME":  # a bare clock time: on the anchor day
            return Resolved(A.isoformat(), A, A, "day")
        return None

    @staticmethod
    def _weekday_day(dow: int, day: int, A: date, direction: int | None) -> date | None:
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
