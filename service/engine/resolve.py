"""Resolution: Partial (what the text said) -> TIMEX3 value, interval and granularity, in one place.

Anchors: in news, deictic expressions ("yesterday", "last week", "55 years ago") resolve against the
reference date and anaphoric ones ("two days later", "the next day", "that year") against the most
recently mentioned date; in narratives both resolve against the most recently mentioned date. Names
without a year ("June", "Monday", "summer") take the anchor's year (or week), moved by the tense of
their clause: a past-tense "June" after the reference month is last year's June.

Narratives keep the story's own line apart from dates that do not move it: dates inside a quotation,
years named in passing or years away from the story, seasons naming a kind of thing ("winter quarters");
a deictic date in a present-tense clause ("this year the country spends ...") is the writer's present.

The Resolver takes each mention in turn: it reads it with its neighbours (neighbours.py), chooses its anchor
(from the Story, story.py, and for news reports the period reported, report_period.py), resolves it against that
anchor (partial_value.py, the calendar's part) and corrects the value by the story around it; then the date
moves the Story on.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from . import calendar_math as cm
from .context import Context
from .model import Interval, Timex
from .neighbours import RANGE_TO, WEEKDAY_LIST_LINK, read
from .partial_value import (BC_BASE, BC_FLOOR, Resolved, bare_clock, bc_iso, interval_of, next_valid_year, period_of,
                            resolve_partial, time_on_day)
from .recognise import Mention
from .recognise.grammar import Partial
from .report_period import latest_completed, latest_year, quarter_ended, reported, reported_period, week_of_named_day
from .story import (ASIDE_YEARS, TIME_OF_DAY_GRAINS, Story, bc_stand_in, before_main_verb, closes_a_span, far_aside,
                    in_passing, named_without_year, off_main_line, past_perfect_before, quoted, steps_forward)

_ENDED = re.compile(r"\bended\s+$", re.IGNORECASE)
_GLOSS = re.compile(r"\s*[(,–-]?\s*")  # between a date and a weekday that glosses it
_COMPARE_REACH = 400  # characters within which "a year earlier" compares with the period just mentioned
_PERIOD_REACH = 1200  # ... and within which it compares with the period reported, across day dates
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_COARSE_GRAINS = ("year", "half", "decade", "century")  # a last date of these grains names no month or week
_THREE_DIGIT_RULES = ("history_year3", "history_date3", "history_season3")  # years of three digits (narrative.py)
_AFTER_WINTER = ("SP", "SU")  # seasons named after a winter: the ones that follow it
_SENTENCE_END = re.compile(r"[.!?\n]")
_WHEN_CLAUSE = re.compile(r"[ \t]*,[ \t]*when\b", re.IGNORECASE)
_GLOSS_COMMA = re.compile(r"[ \t]*,[ \t]*(?:(?:some|about|around|nearly|almost|just|only|exactly|roughly)[ \t]+)?",
                          re.IGNORECASE)  # "in 1814, eight years later": a count glossing the date before it ...
# ... set off by punctuation after it too (after a pronoun object: "seven months after leaving it.")
_GLOSS_CLOSE = re.compile(r"[ \t]*(?:(?:it|them|him|her|home)[ \t]*)?(?:[,.;:)]|$)")
# what a count's unit may gloss: a date of its grain or a finer one ("in 1572, four decades after ..." is 157)
_GRAIN_ORDER = ("day", "week", "month", "year", "decade")
# a season naming a kind of thing, not a time of the story: "winter quarters", "summer uniforms"
_GENERIC_SEASON = re.compile(r"[ \t]+(?:quarters|clothing|clothes|uniforms?|supplies|supply|food|provisions|gear|"
                             r"equipment|pasture|pastures|camps?|residence|palace|capital)\b", re.IGNORECASE)


def _bare_weekday(p: Partial) -> bool:
    """A weekday named alone ("on Friday", "by Monday"): no date, count or "last"/"next" with it, so the
    tense or its neighbours place it."""
    return (p.dow is not None and p.month is None and p.day is None and p.rel is None
            and p.direction is None)


def _unit_glosses(unit: str, grain: str | None) -> bool:
    """Whether a count in ``unit`` can gloss a date of ``grain``: a unit no finer than the date's ("in 1572,
    four decades after ..." glosses the year; "in 1572, three days later" does not)."""
    return (unit in _GRAIN_ORDER and grain in _GRAIN_ORDER
            and _GRAIN_ORDER.index(unit) >= _GRAIN_ORDER.index(grain))


def _mid_year(d: date) -> date:
    """Where a season of a year named as a whole is read from: the year's middle ("in 1802 ... over the
    winter" is the winter that year ends in, not the one it opens with)."""
    return date(d.year, 7, 1)


def _main_line_anchor(p: Partial, story: Story) -> date:
    """Narratives: where a month or season named without its year is read from on the story's main line: the
    main line's own date, but the middle of a year named as a whole for a season, and the next January after a
    winter for what lies past that winter's turn of the year."""
    main = story.main
    if p.season is not None and story.main_grain == "year" and story.main_mod != "START":
        # "in 212 BC ... over the winter": a season of a year named as a whole is read from its middle (the
        # winter is the one that year ends in, not the one it opens with; "early 1915 ... in the depth of
        # winter" is the one under way, read from its start)
        return _mid_year(main)
    if (story.main_grain == "season" and main.month == 12
            and (p.season in _AFTER_WINTER or p.month is not None and p.month <= 8)):
        # "through the winter of 1948-49 ... by the spring", "... in March", "that August": the story is past
        # the turn of the year its winter spans (an autumn month may look back to the autumn before the
        # winter, and a December is the winter's own: both are left)
        return date(main.year + 1, 1, 1)
    return main


# -- the third of three readings of "a day date", each for its own use ------------------------------------------
# They differ on purpose: a clock time can sit on any one day, however named (neighbours._day_for_a_clock); the
# day that closes a reported quarter must be a calendar date (report_period._closing_day); and only a day whose
# year was not written may have its year moved (here).

def _day_without_year(p: Partial) -> bool:
    """A month and a day that reach resolution without a year ("Nov. 30"): the resolver chose the year, so
    a later check (an "ended" before it) may still move it; a year the text gave, or one a range or list
    lent it, is never moved. Unlike _closing_day it does not look at ``rel``: "August 9 of that year" counts
    too (its year is the anchor's, not written)."""
    return p.year is None and p.month is not None and p.day is not None


class Resolver:
    """Stateless between calls: ``resolve`` keeps where the story is (its running anchor) in a Story of its own."""

    def resolve(self, mentions: list[Mention], text: str, ctx: Context, tense_of) -> list[Timex]:
        """The mentions (in text order) as Timexes. They are resolved in text order because each may move
        the story on for the ones after it; ``tense_of(start, end)`` gives the tense of a span's clause."""
        story = Story.begin(text, ctx.ref_day, ctx.document_type == "narrative", ctx.ref_time)
        out: list[Timex] = []
        for i, mm in enumerate(mentions):
            before = mentions[i - 1] if i > 0 else None
            nxt, nxt2 = (mentions[i + 1:i + 3] + [None, None])[:2]  # the next two mentions, if any
            try:
                timex = self._one(mm, before, nxt, nxt2, text, story, tense_of, len(out) + 1)
            except (ValueError, OverflowError):
                # the date would fall before 1 January of year 1 or after 31 December 9999 (reference dates
                # at the calendar's edges): the expression is left out rather than failing the request
                continue
            if timex is not None:
                out.append(timex)
        return out

    def _one(self, mm: Mention, before: Mention | None, nxt: Mention | None, nxt2: Mention | None, text: str,
             story: Story, tense_of, n: int) -> Timex | None:
        """One mention: read it with its neighbours, choose its anchor, resolve it in the story, let it
        move the story on; None when it names nothing that can be resolved."""
        mm, p = read(mm, before, nxt, nxt2, text, story.narrative)
        if mm.rule == "day_ordinal" and story.last is not None and not story.month_in_view():
            return None  # "on the 20th" after a year: no month to take the day from (a week's is its first day's)
        tense = lambda: tense_of(mm.start, mm.end)  # noqa: E731
        p, anchor, tense = self._anchor(p, mm, nxt, text, story, tense)
        r = self._resolve_in_story(p, mm, anchor, text, story, tense)
        if r is None:
            return None
        interval = Interval(*r.bounds) if r.bounds else None
        if p.within is not None and story.narrative:
            self._enter_named_period(p.within, mm, text, story, tense)
        if r.start is not None:
            s, e = cm.narrow(r.start, r.end, p.mod)
            interval = (Interval(bc_iso(s), bc_iso(e)) if story.bc and r.start.year >= BC_FLOOR
                        else interval_of(s, e, r, p))
            self._advance(story, p, r, e, mm, text, tense)
        return Timex(
            id=f"t{n}", text=text[mm.start:mm.end], start=mm.start, end=mm.end,
            type=p.type, value=r.value, mod=p.mod, interval=interval,
            granularity=r.granularity, rule=mm.rule,
        )

    # -- choosing the anchor: _anchor and its steps, in the order it runs them -------------------------
    def _anchor(self, p: Partial, mm: Mention, nxt: Mention | None, text: str, story: Story, tense):
        """The date the mention counts from (the reference date, the last date, the story's main line, the
        period a report is about ...), and the partial and tense as that choice leaves them.

        A definite period ("the quarter") has an anchor of its own; every other mention starts from the
        running one. A report's comparisons then override either, as they name their period outright. The
        steps after that read the anchor chosen so far, so they come last."""
        if p.definite:
            anchor, p = self._definite_anchor(p, story)
        else:
            anchor = self._running_anchor(p, mm, text, story, tense)
            p = self._writers_present_aside(p, story, anchor)
            anchor = self._year_of_its_sentence(p, mm, text, story, anchor)
            anchor = self._year_of_when_clause(p, mm, text, story, anchor)
            p = self._count_glossing_date(p, mm, text, story)
        anchor = self._after_named_span(p, story, anchor)
        p = self._since_bound(p, mm, text, story)
        anchor, p = self._reported_anchor(p, mm, nxt, text, story, anchor)
        self._forget_compared_span(p, story)
        anchor = self._next_after_year(p, mm, story, anchor)
        anchor = self._part_of_no_day(p, mm, story, anchor)
        p = self._nothing_in_view(p, mm, text, story)
        p = self._bc_stand_in_year(p, mm, story)
        p = self._year_of_day_list(p, mm, story)
        p, anchor = self._count_from_clock(p, story, anchor)
        p = self._midnight(p, story, anchor, tense)
        tense = self._count_from_coming_weekday(p, mm, tense)
        p, anchor, tense = self._glossed_weekday(p, mm, text, story, anchor, tense)
        return p, anchor, self._weekday_forward(p, mm, text, story, anchor, tense)

    @staticmethod
    def _definite_anchor(p: Partial, story: Story) -> tuple[date, Partial]:
        """"The quarter", "the year", "the latest period": the last period of that grain the story named;
        where it named none, news takes the period a report dated on the reference date is about (the
        latest completed quarter or half, the reference year). The order of the tests is their priority."""
        narrative, ref, last = story.narrative, story.ref, story.last
        if p.latest and not narrative and p.grain == "quarter" and story.told_quarter is not None:
            return story.told_quarter, p  # "reported fourth-quarter earnings ... in the latest period"
        if p.latest and not narrative:
            return latest_completed(p, ref)
        if p.grain == "year" and not narrative:
            return ref, p  # news: "for the year", "the end of the year" are the reference year
        if p.grain in ("decade", "century") and not narrative:
            # news: "by the end of the century" is this one, unless the text named one ("the 19th century")
            return (story.span[1] if story.span is not None and story.span[0] == p.grain else ref), p
        if narrative and p.grain in ("year", "month") and last is not None:
            # "by the end of the month", "later in the year": the month or year the story is in,
            # though the last month or year it named on its own may lie further back
            return story.main or last, p
        if p.grain in story.by_grain:
            return story.by_grain[p.grain], p
        if p.grain in ("quarter", "half") and not narrative and p.rel and p.rel[0] != p.grain:
            # news: "the year-ago quarter", none named yet: the latest completed one, a year back
            return cm.shift(p.grain, ref, -1), p
        if p.grain in ("quarter", "half") and not narrative:
            return latest_completed(p, ref)  # news: "for the quarter", none named yet
        if last is not None and not p.latest and (narrative or story.last_grain not in _COARSE_GRAINS):
            return last, p  # news: "the end of the month" after a year alone ("late 2025") is this month
        if p.latest:
            return latest_completed(p, ref)
        return ref, p

    @staticmethod
    def _running_anchor(p: Partial, mm: Mention, text: str, story: Story, tense) -> date:
        """News counts deictic expressions ("last week") from the reference date and anaphoric ones ("two
        days later") from the last date; a narrative counts both from the last date, and a month or season
        without its year from the story's main line (a year named in passing does not move it). A deictic
        date in a narrative's present or future clause is the writer's present."""
        narrative, ref, last = story.narrative, story.ref, story.last
        anchor = ref
        if (narrative or p.anchor == "prev") and last is not None:
            anchor = last
            if narrative and story.main is not None and named_without_year(p):
                anchor = _main_line_anchor(p, story)
            if not narrative and bare_clock(p):
                anchor = story.by_grain.get("day", ref)  # "arrived at 10 p.m.": on the day last named, not Jan 1
        if (narrative and mm.rule in ("shifted", "day_offset") and p.anchor == "ref"
                and not quoted(story, text, mm.start) and tense() in ("present", "future")):
            anchor = ref  # "this year alone, the region produces ...": the writer's present
        return anchor

    @staticmethod
    def _writers_present_aside(p: Partial, story: Story, anchor: date) -> Partial:
        """Narratives: "The castle fell in 1461. Today the site is a museum.": the writer's present, far from the
        story, is an aside; the story goes on from its own last date ("Two years later ..." counts from that). A
        present near the story's ("This year alone, ..." in a history of last year) is where the story is."""
        if (story.narrative and anchor is story.ref and story.last is not None
                and abs(story.ref.year - story.last.year) > ASIDE_YEARS):
            return replace(p, aside=True)
        return p

    @staticmethod
    def _year_of_its_sentence(p: Partial, mm: Mention, text: str, story: Story, anchor: date) -> date:
        """Narratives: "the dynasty fell in 1644, when rebels took the capital in April": a month or season
        without its year, in the sentence of a year that dates its verb, is in that year, though the year
        lies too far from the story to move its main line (the month would otherwise take the main line's
        year, centuries away). A year inside the sentence's subject ("papers released in 2005 showed that
        ... on 4 August") dates nothing else in it. Runs after _running_anchor, whose main-line choice it
        overrides, and before the steps that read the anchor chosen."""
        last = story.last
        # (_running_anchor took the main line for such a name: its own day, or the middle of a year)
        if (not story.narrative or story.main is None or last is None or story.last_end != story.far_end
                or not named_without_year(p) or _SENTENCE_END.search(text, story.last_end, mm.start)
                or before_main_verb(text, story.last_end)):
            return anchor
        # a season of a year named as a whole is read from its middle, as on the main line
        return _mid_year(last) if p.season is not None and story.last_grain == "year" else last

    @staticmethod
    def _year_of_when_clause(p: Partial, mm: Mention, text: str, story: Story, anchor: date) -> date:
        """Narratives: "the war went on until 1783, when a peace was signed in September": a date named as a
        bound stays off the story's line, but a clause that opens ", when" right after it is set at that date,
        so a month or season without its year there is in that year. Runs after the main-line choice of
        _running_anchor, which it overrides."""
        bound = story.bound
        if (not story.narrative or bound is None or bound[2] <= story.last_end or bound[1] != "year"
                or not named_without_year(p) or not _WHEN_CLAUSE.match(text, bound[2])
                or _SENTENCE_END.search(text, bound[2], mm.start)):
            return anchor
        return _mid_year(bound[0]) if p.season is not None else bound[0]

    @staticmethod
    def _count_glossing_date(p: Partial, mm: Mention, text: str, story: Story) -> Partial:
        """Narratives: "the journals were published in 1814, eight years later.", "he had left on 5 December,
        three days earlier,": a count set off by commas right after a date says how far that date lies from an
        earlier one, so it names the date it follows (at the count's grain), not a date that far from it; and
        being that date again, it does not move the story. Only a count in units no finer than the date's."""
        last = story.last
        if (not story.narrative or mm.rule not in ("ago", "count_from_event") or p.rel is None or last is None
                or not _unit_glosses(p.rel[0], story.last_grain)
                or not _GLOSS_COMMA.fullmatch(text, story.last_end, mm.start)
                or not _GLOSS_CLOSE.match(text, mm.end)):
            return p
        return replace(p, rel=(p.rel[0], 0), aside=True)

    @staticmethod
    def _after_named_span(p: Partial, story: Story, anchor: date) -> date:
        """"In the 1840s ... the following decade", "the 12th century ... by the end of the century": a decade
        or century counted from the last date (or that date's own: "the decade") counts from the decade or
        century named after that date (a decade or century does not move the story's last date, being too
        coarse for "two days later"). Runs for definite periods too, after either anchor is chosen."""
        span = story.span
        if (span is None or span[2] <= story.last_end  # no decade or century named after the last date
                or not (anchor is story.last or story.narrative and story.last is None)):  # not counted from it
            return anchor
        if p.rel is not None and (span[0] == p.rel[0]
                                  or story.narrative and span[0] == "decade" and p.rel[0] == "century"):
            return span[1]  # (a century from a decade: "the 1640s ... by mid-century" is the 17th's middle)
        if p.turn and story.narrative:
            # "the 1840s and 1850s ... around the turn of the century": the turn nearest the middle of the
            # decade or century the story is in (1900), not the reader's
            return span[1].replace(year=span[1].year + (5 if span[0] == "decade" else 50))
        return anchor

    @staticmethod
    def _since_bound(p: Partial, mm: Mention, text: str, story: Story) -> Partial:
        """News: "since September", "since March 3", "ever since early June": a month or day named without its
        year after "since" is the latest one on or before the reference date, whatever the tense's leeway (a
        state that began then reaches the present)."""
        if (story.narrative or p.year is not None or p.rel is not None or p.direction is not None or p.month is None
                or p.holiday is not None or not _SINCE_BEFORE.search(text, max(0, mm.start - 12), mm.start)):
            return p
        return replace(p, year=latest_year(p.month, p.day, story.ref))

    @staticmethod
    def _reported_anchor(p: Partial, mm: Mention, nxt: Mention | None, text: str, story: Story,
                         anchor: date) -> tuple[date, Partial]:
        """Financial news names its period outright: "the quarter ended April 30" is a calendar quarter, and
        "a year earlier" after "the third quarter" is that quarter a year before (the period reported stays
        in view across the day dates that follow it). Either overrides the anchor chosen before."""
        quarter_end = quarter_ended(p, mm, nxt, text, story.ref) if not story.narrative else None
        if quarter_end is not None:
            # "the quarter ended April 30": the calendar quarter of most of its three months
            anchor, p = quarter_end, replace(p, rel=("quarter", 0))
        week_day = week_of_named_day(p, mm, nxt, text, story.ref) if not story.narrative else None
        if week_day is not None:  # "the week ended Friday", "the week commencing 24 July": the week of that day
            anchor, p = week_day, replace(p, rel=("week", 0))
        if (p.compare and story.last_grain in ("quarter", "half", "month")
                and mm.start - story.last_end < _COMPARE_REACH):
            # "revenue rose in the second quarter from $3.2 million a year earlier": the same quarter a year before
            p = replace(p, grain=story.last_grain)
            anchor = story.last
        elif (p.compare and not story.narrative and story.period is not None
              and mm.start - story.period[2] < _PERIOD_REACH):
            p, anchor = replace(p, grain=story.period[0]), story.period[1]
        return anchor, p

    @staticmethod
    def _forget_compared_span(p: Partial, story: Story) -> None:
        """"in the first six months, ... a year earlier": after a span of months, quarters or years, a comparison
        is with the span, so the period named before it is forgotten. One of the two steps here that change the
        story (with _bc_stand_in_year): it runs before the steps below (and _resolve_in_story) that read the last
        grain."""
        if p.type == "DURATION" and p.dur and p.dur[1] in ("month", "quarter", "year"):
            story.period = story.last_grain = None

    @staticmethod
    def _next_after_year(p: Partial, mm: Mention, story: Story, anchor: date) -> date:
        """"In 1802 ... the next spring": a name counted from a year named as a whole counts from that
        year's last day (or, going back, its first), so it is the one after that year, not the one in it."""
        last = story.last
        if mm.rule == "anaphoric_name" and p.direction and anchor is last and story.last_grain == "year":
            return date(last.year, 12, 31) if p.direction > 0 else date(last.year, 1, 1)
        return anchor

    @staticmethod
    def _part_of_no_day(p: Partial, mm: Mention, story: Story, anchor: date) -> date:
        """News: a bare part of day ("karaoke night") after a week, month or longer period ("this week") names
        no day of it, so it is the writer's own day, not the period's first."""
        if (not story.narrative and mm.rule == "bare_calendar_noun" and p.pod and anchor is story.last
                and story.last_grain in _COARSE_GRAINS + ("week", "weekend", "month", "quarter", "season")):
            return story.ref
        return anchor

    @staticmethod
    def _nothing_in_view(p: Partial, mm: Mention, text: str, story: Story) -> Partial:
        """Narratives: a part of day or a season that names no particular one gets a value with its date
        unknown, rather than the anchor's."""
        if not story.narrative:
            return p
        if mm.rule == "bare_calendar_noun" and p.pod and not story.day_in_view():
            # "marched only by night", "a night raid": no day is in view, so no day is named (after "that
            # afternoon" or "at 4 p.m." the day is in view: "in the evening" is that day's)
            p = replace(p, value=f"XXXX-XX-XXT{p.pod}", rel=None)
        if (p.season is not None and p.year is None and p.rel is None and p.value is None
                and _GENERIC_SEASON.match(text, mm.end)):
            # "went into winter quarters", "burned the winter stores": any winter, none in particular
            p = replace(p, value=f"XXXX-{p.season}")
        return p

    @staticmethod
    def _bc_stand_in_year(p: Partial, mm: Mention, story: Story) -> Partial:
        """Narratives: a month or season of a year BC ("the spring of 212 BC") resolves in its stand-in year
        (see BC_BASE), written back as a year BC by bc_stand_in; from here on the story reads years from
        BC_FLOOR on as stand-ins."""
        if mm.rule in _THREE_DIGIT_RULES and story.last is not None and BC_FLOOR <= story.last.year < BC_BASE:
            # "the war began in 264 BC. In 218 ...": a story among years BC drops the era (not once it
            # has named a year of the common era: "AD 43 ... in 122")
            p = replace(p, bc=True)
        if story.narrative and p.bc and (p.month or p.season) and p.year < BC_BASE - BC_FLOOR:
            story.bc = True
            return replace(p, year=BC_BASE - p.year, bc=False)
        return p

    @staticmethod
    def _year_of_day_list(p: Partial, mm: Mention, story: Story) -> Partial:
        """"June 4 and 5", "June 4 - 5, 11 - 12": a later day of a list takes the first day's year."""
        if mm.rule == "day_list" and p.year is None and story.last is not None:
            return replace(p, year=story.last.year)
        return p

    @staticmethod
    def _count_from_clock(p: Partial, story: Story, anchor: date) -> tuple[Partial, date]:
        """A count of hours or minutes from a clock time is the clock time it reaches (a TIME, on the day it
        falls on): "at 3 p.m. on Friday ... Two hours later", "kicks off at 7.45pm ... doors open 30 minutes
        before" count from the clock time just named, of the finer grain of the two; in news with a reference
        clock time, "two hours ago", "45 minutes ago" count from the moment of writing. Without a clock time
        to count from, the count keeps the day it falls on."""
        if p.rel is None or p.rel[0] not in ("hour", "minute") or p.type != "DATE" or p.shift is not None:
            return p, anchor
        if p.anchor == "prev" and story.clock is not None and anchor is story.last:
            day, hour, minute, grain = story.clock  # (the day is the last date's: _advance sets both together)
            start = datetime(day.year, day.month, day.day, hour, minute)
        elif p.anchor == "ref" and story.now is not None and anchor is story.ref:
            start, grain = story.now, None  # (the reference's own grain does not count)
        else:
            return p, anchor
        t = start + timedelta(**{p.rel[0] + "s": p.rel[1]})
        grain = "minute" if p.rel[0] == "minute" or grain == "minute" or t.minute else "hour"
        return replace(p, type="TIME", rel=None, grain=grain, hour=t.hour, minute=t.minute), t.date()

    @staticmethod
    def _midnight(p: Partial, story: Story, anchor: date, tense) -> Partial:
        """News: a bare "midnight" (no day named, none in view) in a past clause ("we left at midnight") is
        the one the reference day began with, T00:00; so is one in a clause with no tense (a verbless
        "Midnight screening with friends") unless the reference clock time is past noon. One ahead
        ("will expire at midnight", "open until midnight"), or verbless after noon, is the coming one, the
        day's end (T24:00)."""
        if p.hour != 24 or not bare_clock(p) or p.day is not None or story.narrative or anchor is not story.ref:
            return p
        t = tense()
        if t == "past" or t is None and (story.now is None or story.now.hour < 12):
            return replace(p, hour=0)
        return p

    @staticmethod
    def _count_from_coming_weekday(p: Partial, mm: Mention, tense):
        """"The vote is a week on Tuesday", "two weeks from Friday": the count runs on from the coming
        weekday unless the clause is in the past ("was a week from Friday": the latest one); a present tense,
        which leaves a bare weekday at the nearest, reads as the schedule it is here."""
        if mm.rule == "count_from_day" and p.dow is not None and p.direction is None and tense() != "past":
            return lambda: "future"
        return tense

    @staticmethod
    def _glossed_weekday(p: Partial, mm: Mention, text: str, story: Story, anchor: date, tense):
        """"June 8 - 9 (Thu-Fri 10am)", "on July 19, Wednesday": a weekday right after a day date is the
        weekday of that date, whatever the tense says (so the tense is dropped)."""
        last = story.last
        if (p.dow is not None and p.month is None and p.rel is None and p.direction is None and last is not None
                and story.last_grain == "day" and _GLOSS.fullmatch(text, story.last_end, mm.start)):
            return p, last, lambda: None
        return p, anchor, tense

    @staticmethod
    def _weekday_forward(p: Partial, mm: Mention, text: str, story: Story, anchor: date, tense):
        """Narratives: "on 1 July 1863 ... By Friday the army had withdrawn": a bare weekday after a day
        of the story is the first such day on or after it (the story moves forward), not the latest before it
        that the past tense would give; in a past-perfect clause ("he had left on Monday") the tense still
        rules. Read as a future from the anchor, so it comes after _glossed_weekday, which drops the tense
        for a weekday that glosses a date."""
        if (not story.narrative or not _bare_weekday(p) or p.weekend or anchor is not story.last
                or not story.day_in_view()  # ("by the morning")
                or tense() != "past"):
            return tense
        if past_perfect_before(text, mm.start):
            return tense
        return lambda: "future"

    # -- resolving in the story: _resolve_in_story and its corrections, in the order it runs them ------
    def _resolve_in_story(self, p: Partial, mm: Mention, anchor: date, text: str, story: Story,
                          tense) -> Resolved | None:
        """The value against the anchor, corrected by what the story around it says. Each correction
        applies to its own kind of mention and reads the value as the one before left it; the years BC
        are written back last, once the value is final."""
        r = self._resolve_on_main_line(p, anchor, story, tense)
        if r is None:
            return None
        if not story.narrative:
            r = self._ended_in_the_past(r, p, mm, text, story)
            r = self._range_forward(r, p, mm, anchor, text, story, tense)
            r = self._weekday_range_forward(r, p, mm, text, story, tense)
        r = self._day_of_named_period(r, p, mm, anchor, story)
        if story.narrative:
            r = self._count_in_named_period(r, p, mm, anchor, story)
            r = bc_stand_in(r, p, story)
        return r

    @staticmethod
    def _resolve_on_main_line(p: Partial, anchor: date, story: Story, tense) -> Resolved | None:
        """The value against the anchor; in a narrative, a month that would step back from the story's
        main line goes to the year just named in passing when that lies ahead ("plan a campaign for 1803
        ... marched in June"), or to the year of the end of a span the main line is at the start of ("from
        21 November 1948 to 31 January 1949 ... On April 21": 1949, after the span's start)."""
        narrative, ref, last, main = story.narrative, story.ref, story.last, story.main
        r = resolve_partial(p, anchor, ref, tense, narrative, story.bc)
        if (narrative and anchor is main and last > main and (story.last_grain == "year" or story.in_span)
                and r is not None
                and r.start is not None and not steps_forward(r, main, story.main_grain)):
            r = resolve_partial(p, last, ref, tense, narrative, story.bc)
        return r

    @staticmethod
    def _ended_in_the_past(r: Resolved, p: Partial, mm: Mention, text: str, story: Story) -> Resolved:
        """News: "the quarter ended Nov. 30": a period already over ends on or before the reference date,
        so a day whose year was chosen after it is the latest year before that has the day (a February 29's
        leap year)."""
        if (_day_without_year(p) and r.start is not None and r.start > story.ref
                and _ENDED.search(text, max(0, mm.start - 12), mm.start)):
            d = r.start
            return period_of("day", d.replace(year=next_valid_year(lambda y: date(y, d.month, d.day), d.year - 1, -1)))
        return r

    @staticmethod
    def _range_forward(r: Resolved, p: Partial, mm: Mention, anchor: date, text: str, story: Story,
                       tense) -> Resolved:
        """News: "from April 1 through Sept. 30", "November to February": a range does not end before it
        starts, so its end goes to the next year (narratives are not moved: there the first member is as
        likely to be the one misread)."""
        last = story.last
        if (p.year is None and p.month is not None and p.rel is None and r.start is not None
                and last is not None and r.start < last and story.last_grain == r.granularity
                and RANGE_TO.fullmatch(text, story.last_end, mm.start)):
            later = resolve_partial(replace(p, year=r.start.year + 1), anchor, story.ref, tense, story.narrative)
            return later if later is not None else r
        return r

    @staticmethod
    def _weekday_range_forward(r: Resolved, p: Partial, mm: Mention, text: str, story: Story, tense) -> Resolved:
        """News: "will strike from Monday to Friday": the closing weekday of a range is the first one on or
        after the opening day, whatever the tense chose for it alone; so is a later weekday of a list ("this
        Saturday and Sunday", "on sat n sun"). A list in falling order in a past clause ("statements made
        Friday and Thursday") keeps the tense's days; one in the week's order is read forward whatever the
        tense, as chat misleads it ("sat n sun" reads "sat" as a verb)."""
        last = story.last
        clock = p.type == "TIME" and p.hour is not None and r.time is not None  # "Mon-Fri 9am-5pm": Friday's 9am
        if (_bare_weekday(p) and (p.type == "DATE" and r.granularity == "day" or clock) and r.start is not None
                and last is not None and r.start < last and story.day_in_view()):
            ahead = r.start + timedelta(days=7 * -(-(last - r.start).days // 7))  # the first on or after last
            if RANGE_TO.fullmatch(text, story.last_end, mm.start) or (
                    WEEKDAY_LIST_LINK.fullmatch(text, story.last_end, mm.start) and (ahead - last).days < 7
                    and (p.dow > last.isoweekday() or tense() != "past")):
                day = period_of("day", ahead)
                return time_on_day(p, day) if clock else day
        return r

    @staticmethod
    def _day_of_named_period(r: Resolved, p: Partial, mm: Mention, anchor: date, story: Story) -> Resolved:
        """"That day" when the story last named only a month or a year: that month or year, the day unknown
        ("signed that same day" after "in May 2004": 2004-05-XX); with a part of day, that part of the unknown
        day ("the next morning" after "in May 1940": 1940-05-XXTMO). News and narratives alike."""
        last = story.last
        if ((mm.rule == "anaphoric" and p.type == "DATE" or mm.rule in ("anaphoric", "day_part") and p.pod)
                and p.rel is not None and p.rel[0] == "day"
                and anchor is last and story.last_grain in ("month", "year") and r.start is not None
                and r.start.year < BC_FLOOR):
            pv, ps, pe = cm.period(story.last_grain, last)
            value = pv + ("-XX" if story.last_grain == "month" else "-XX-XX") + (f"T{p.pod}" if p.pod else "")
            return Resolved(value, ps, pe, story.last_grain)
        return r

    @staticmethod
    def _count_in_named_period(r: Resolved, p: Partial, mm: Mention, anchor: date, story: Story) -> Resolved:
        """Narratives: "three days later" when the story last named only a month, a quarter or a year: the
        year the count reaches, the day (week) unknown ("in April ... three days later": 1980-XX-XX), over the
        period last named (the story stays in it). Unlike "that day" above, a count may leave that period,
        so the value keeps the year counted to, not the period's own value."""
        last = story.last
        if (mm.rule in ("ago", "count_from_event") and p.rel is not None and p.rel[0] in ("day", "week")
                and p.type == "DATE" and anchor is last and story.last_grain in ("month", "quarter", "half", "year")
                and r.start is not None and r.start.year < BC_FLOOR):
            _, ps, pe = cm.period(story.last_grain, last)
            return Resolved(f"{r.start.year:04d}" + ("-XX-XX" if p.rel[0] == "day" else "-WXX"), ps, pe,
                            story.last_grain)
        return r

    @staticmethod
    def _advance(story: Story, p: Partial, r: Resolved, e: date, mm: Mention, text: str, tense) -> None:
        """A resolved date moves the story on: its last date, in a narrative its main line too (unless the
        date is off it: see story.off_main_line), the last date of each grain and the period a report is about.
        A duration, "now", a comparison, an aside or a narrative's quoted date moves nothing; a narrative's
        bound of a state ("until 1783") is kept only as the last bound, a decade or century only as the span
        named."""
        narrative = story.narrative
        if p.type == "DURATION" or r.value == "PRESENT_REF":  # (now: the reference day, no story date)
            return
        if narrative and not p.compare and not p.aside and in_passing(text, mm.start, r.granularity):
            story.bound = r.start, r.granularity, mm.end  # "until 1783, when ...": see _year_of_when_clause
            return
        if p.compare or p.aside or narrative and quoted(story, text, mm.start):
            return
        if r.granularity in ("decade", "century"):
            # too coarse to count days from, but "the following decade" counts from it
            if p.rel is None and r.start is not None:
                story.span = r.granularity, r.start, mm.end
            return
        story.last = r.start if p.mod != "END" else e  # "late 1990": the story is at the end of that year
        story.clock = ((r.start, p.hour, p.minute or 0, r.granularity) if p.type == "TIME" and p.hour is not None
                       and p.hour < 24 and not p.tz and r.granularity in ("hour", "minute") else None)
        closes = narrative and closes_a_span(text, mm, story)  # (reads the previous date's offsets)
        if not narrative or not (closes or off_main_line(text, mm, r, p, story.main)):
            # the main line moves too, unless a narrative names the date in passing or as part of a name
            story.main, story.main_grain, story.main_mod = story.last, r.granularity, p.mod
            story.in_span = False
        elif closes:
            story.in_span = True
        elif far_aside(text, mm, r, p, story.main):
            story.far_end = mm.end
        story.last_grain, story.last_start, story.last_end = r.granularity, mm.start, mm.end
        if narrative or r.granularity != "quarter" or not reported(story.by_grain.get("quarter"), story.ref):
            # news: "the quarter" is the first completed one the report names; later
            # quarters ("after a weak second quarter") are context
            story.by_grain[r.granularity] = r.start
        if r.granularity in TIME_OF_DAY_GRAINS and p.type == "TIME":
            # "Sat 1:00pm-6:00pm", "10 a.m. Monday ... until 4 p.m.": a later bare clock time is on that day
            story.by_grain["day"] = r.start
        story.period = reported_period(story.period, r, mm.end)
        if (not narrative and story.told_quarter is None and r.granularity == "quarter"
                and p.rel is None and tense() == "past"):
            story.told_quarter = r.start

    def _enter_named_period(self, within: Partial, mm: Mention, text: str, story: Story, tense) -> None:
        """Narratives: "in the last week of August 1941", "during the first ten months of 1916": a span is a
        duration and does not move the story, but the month or year of its "of" complement does, as if named
        alone ("... On 3 September" is then 1941's). Runs when the span itself is resolved, so a date named
        after it counts from the period it names."""
        anchor = self._running_anchor(within, mm, text, story, tense)
        r = self._resolve_on_main_line(within, anchor, story, tense)
        if r is not None and r.start is not None:
            self._advance(story, within, r, r.end, mm, text, tense)
