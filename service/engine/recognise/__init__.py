"""Recognition: every rule family scans the text; modifiers are attached; overlaps are settled.

Order of the steps, and why:
1. each rule's regex scans the whole text and builds a Partial (rules may reject a match by context);
2. prefixes ("the", "early", "about", "the end of") and suffixes ("or so") are attached to each candidate,
   because they change both the span (TimeML includes them) and the mod;
3. overlapping candidates are settled longest first, so "July 19, 2023" beats "July" and "2023".
"""
from __future__ import annotations

import calendar
import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from . import absolute, durations, narrative, relative, sets, times
from .narrative import history_span
from .prefilter import first_char_skipper, grouped, with_first_char_test
from .grammar import (AMOUNT, CAL, DIGIT_UNIT, DIGITS, MODS, MONTH, NUMWORD, REFS, UNITS, W_HOLIDAY, W_MONTH, W_POD,
                      W_SEASON, W_UNIT, W_WEEKDAY, WEEKDAY, Partial, Rule, alt, key, weekday_of, words_of)
from .times import AMPM

_log = logging.getLogger(__name__)

RULES: list[Rule] = [*absolute.RULES, *times.RULES, *relative.RULES, *durations.RULES, *sets.RULES, *narrative.RULES]

DIGIT = "DIGIT"  # any token with a digit
# Which tokens can occur in a match of each rule. A rule runs only in windows around its triggers,
# so the cost of recognition grows with the number of candidate words, not with the text length.
TRIGGERS: dict[str, frozenset[str]] = {
    "iso_date": frozenset({DIGIT}),
    "us_numeric": frozenset({DIGIT}),
    "month_slash_year": frozenset({DIGIT}),
    "day_first_numeric": frozenset({DIGIT}),
    "other_full_date": frozenset({DIGIT}),
    "month_day": W_MONTH,
    "day_month": W_MONTH,
    "day_month_glued": W_MONTH,
    "month_year": W_MONTH,
    "week_of": W_MONTH,
    "week_of_day_month": W_MONTH,
    "day_of_month_deed": W_MONTH,
    "week_commencing_abbrev": W_MONTH,
    "nth_weekday_of_month": W_WEEKDAY | {"weekend"},
    "month_alone": W_MONTH,
    "month_of": frozenset({"month"}),
    "month_rel_year": W_MONTH,
    "month_that_year": W_MONTH,
    "year": frozenset({DIGIT}),
    "short_year": frozenset({DIGIT}),
    "era_year": frozenset({"bc", "b", "bce", "ad", "a", "ce", "c"}),
    "named_era_year": frozenset({"bc", "b", "bce"}),
    "decade": frozenset({DIGIT, "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                         "nineties"}),
    "century": frozenset({"century", "centuries"}),
    "century_head": frozenset({"centuries", "century"}),
    "turn_of_century": frozenset({"turn"}),
    "decade_of_century": frozenset({"decade"}),
    "quarter": frozenset({"quarter", "q1", "q2", "q3", "q4"}),
    "half": frozenset({"half", "h1", "h2"}),
    "fiscal": frozenset({"fiscal", DIGIT}),
    "season": W_SEASON,
    "season_that_year": W_SEASON,
    "season_rel_year": W_SEASON,
    "period_of_rel_year": frozenset({"quarter", "half"}),
    "months_quarter": frozenset({"quarter"}),
    "before_last": frozenset({"last", "next"}),
    "weekday_before_last": frozenset({"last", "next"}),
    "mid_period": frozenset({"mid", "midweek", "midmonth", "midyear", "midsummer", "midwinter"}),
    "day_ordinal": frozenset({DIGIT}),
    "day_of_rel_month": frozenset({"month"}),
    "holiday": W_HOLIDAY,
    "year_words": frozenset({"nineteen", "twenty", "thousand"}),
    "clock_ampm": frozenset({DIGIT}),
    "clock24": frozenset({DIGIT}),
    "clock_tonight": frozenset({"tonight", "tonite", "2nite", "evening"}),
    "oclock": frozenset({"clock"}),
    "clock_in_part": frozenset({"morning", "afternoon", "evening", "night"}),
    "noon": frozenset({"noon", "midnight", "midday"}),
    "clock_day_part": frozenset({"morning", "afternoon", "evening", "night", "tonight"}),
    "past_to": frozenset({"quarter", "half", "minutes", "past"}),
    "day_part": W_POD | {"tonight", "tonite", "2nite"},  # holidays before a part of day end in one too
    "part_of_date": W_POD | {"hours"},  # "the early hours of 6 June"
    "period_end": frozenset({"year", "month", "week"}),
    "day_offset": words_of(REFS["day_offsets"].keys()) - {"the", "day", "before", "after"},
    "fixed_ref": words_of(REFS["fixed_values"].keys()) - {"the", "at", "in", "just", "right", "this", "s", "more", "day"},
    "plural_period": frozenset({"days", "weeks", "months", "years", "decades", "quarters"}),
    "shifted": words_of(relative.SHIFT_WORDS) - {"the"},  # every match starts with its direction word
    "ago": frozenset({"ago", "earlier", "later", "now", "hence", "before", "after", "afterwards", "afterward",
                      "back", "previously", "prior"}),
    "anaphoric": W_UNIT,
    "year_ago": frozenset({"earlier", "ago"}),
    "count_from_day": frozenset({"day", "days", "week", "weeks", "fortnight", "fortnights"}),
    "weekday_week": frozenset({"week"}),
    "bare_ago": frozenset({"ago", "later", "earlier", "afterwards", "afterward"}),
    "anaphoric_name": W_SEASON | W_MONTH,
    "unit_before": frozenset({"before", "after"}),
    "season_before": W_SEASON,
    "period_year_ago": frozenset({"year", "year-ago"}),
    "definite_period": frozenset({"quarter", "year", "month", "week", "period"}),
    "weekday": W_WEEKDAY,
    "period_ahead": frozenset({"ahead"}),
    "year_end": frozenset({"end"}),
    "anaphoric_weekday": W_WEEKDAY,
    "year_period": frozenset({"quarter", "period"}),
    "weekend": frozenset({"weekend", "wkend", "wknd"}),
    "numbered_day": frozenset({"day", "week"}),
    "day_moment": words_of(CAL["day_moments"].keys()) - {"first", "time"},
    "small_hours": frozenset({"hours"}),
    "bare_calendar_noun": frozenset({"day", "week", "month", "year", "night", "nite", "morning", "afternoon", "evening",
                                     "future"}),
    "amount_unit": W_UNIT,
    "unit_long": W_UNIT,
    "unit_period": W_UNIT,
    "range_head": W_UNIT,
    "list_item": W_UNIT,
    "another_unit": frozenset({"another"}),
    "age_young": frozenset({"days", "weeks", "months"}),
    "year_ago_span": frozenset({"year-earlier", "year-ago", "earlier", "ago"}),
    "compound": W_UNIT,  # each count has its unit, and the whole reaches no further than _MARGIN from one
    "compound_digits": W_UNIT,
    "unit_and_half": frozenset({"half"}),
    "half_unit": frozenset({"half"}),
    "quarter_unit": frozenset({"quarter", "quarters"}),
    "bare_units": W_UNIT,
    "every_unit": frozenset({"every", "each", "per"}),
    "every_name": frozenset({"every", "each"}),
    "weekend_set": frozenset({"weekends"}),
    "weekdays_plural": frozenset({w + "days" for w in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")}),
    "frequency": words_of(UNITS["frequencies"].keys()),
    "times_frequency": frozenset({"once", "twice", "thrice", "times"}),
    "times_per": frozenset({"once", "twice", "thrice", "times", "x"}),
    "dosing_interval": frozenset({DIGIT, "q"}),
    "narrative_premodifier": words_of(REFS["narrative_premodifiers"].keys()),
    "count_from_event": frozenset({"after", "before", "following", "prior"}),
    "count_on": W_UNIT,
    "age": frozenset({"old"}),
    "night_of_two_days": frozenset({"night"}),
    "ordinal_span": frozenset({"week", "fortnight", "month"}),
    "definite_span": frozenset({"decade", "century"}),
    "history_short_year": frozenset({DIGIT}),
    "history_year3": frozenset({DIGIT}),
    "history_date3": W_MONTH,
    "history_season3": W_SEASON,
    "mid_span": frozenset({"mid", "midcentury"}),
    "edge_stretch": frozenset({"days", "weeks", "months", "years"}),
    "rate": frozenset({"day", "week", "month", "year"}),
    "this_time": frozenset({"time"}),
}
# Text that every match of a rule holds (in its span or in a lookahead, both inside the window): a
# window where this pattern (compiled with the rule's flags) finds nothing cannot hold a match, so the
# rule's regex is not run there. Speed only: the matches do not change. Only rules whose regex is
# costly and whose windows rarely hold their match are listed.
NEEDS: dict[str, str] = {
    "unit_long": r"[-‐]\s*long(?![\w])",
    "unit_period": r"\s(?:period|term|span|stretch|timeframe|time\s+frame)(?![\w])",
    "range_head": r"(?:[-–]|or|to|and)\s*(?:" + AMOUNT + r")\s*(?:\w+\s+)?(?:" + DIGIT_UNIT + ")",
    "age_young": r"(?:days|weeks|months)\s+old(?![\w])",
    "decade": r"0\s?['’]?s|ties",  # "1990s", "'60s", "the sixties", "1990 's" (tokenised text)
    # "19.07.2023", "2023/7/19", "19-Jul-2023", "Jul-19-2023"
    "other_full_date": r"[/.]\d|-(?:" + MONTH + r")|-\d\d?-\d",
    "clock_ampm": r"\d\+?\s*" + AMPM,
    "iso_date": r"-\d\d-\d",
    "us_numeric": r"/\d",
    "month_slash_year": r"/[12]\d\d\d",
    "day_first_numeric": r"/\d",
    "fiscal": r"fiscal|fy|financial",
    "era_year": r"B\.?\s?C|A\.?\s?D|C\.?E",  # case-sensitive, as the rule
    "month_rel_year": r"(?:this|last|next)\s+year(?![\w])",
    "month_that_year": r"(?:that|same|following|next|previous|preceding)\s+year(?![\w])",
    "count_on": r"\s+on\s*[,;.]",
    "nth_weekday_of_month": r"(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+\S+\s+(?:in|of)\s",
    "past_to": r"quarter|half|minutes|(?:five|ten|twenty)\s+past\s",  # "ten past six" needs its count word
    "count_from_day": r"(?:from|on)\s+(?:today|tomorrow|yesterday|mon|tue|wed|thu|fri|sat|sun)|\s(?:today|tomorrow)",
    "bare_ago": r"s\s+(?:ago|later|earlier|afterwards?)",  # "months ago", "days later"
    "months_quarter": r"(?:[-–/]|\bto\b)\s*[a-z]+\.?\s+quarter",  # "the April-June quarter"
    "compound": r"and\s+\S+(?:[- ]\S+)?\s*" + DIGIT_UNIT,  # "... and three months", "... and 20 minutes"
    # the unit and the direction word after it: "years ago", "a week earlier", "two days and a half before"
    "ago": "(?:" + DIGIT_UNIT + r")(?:\s+and\s+a\s+half(?=\s))?\s+(?:or\s+so\s+)?(?:ago|earlier|later|from\s+now|hence|"
           r"afterwards?|back|previously|before|after|prior)",
    "compound_digits": r"\d\s*[a-z]+\s*,?\s*(?:and\s+)?\d",  # "2 hours 30 ...", "1 week, 2 days"
    # the last count of the list and its unit, as the rule's lookahead has them: "... and 12 months"
    "list_item": r"(?:and|&)\s+(?:" + DIGITS + "|" + NUMWORD + r")\s*(?:" + DIGIT_UNIT + ")",
    "history_date3": r"(?<=\s)[1-9]\d\d(?![\w])",  # the three-digit year: "8 June 793"
    "day_of_month_deed": r"\d(?:st|nd|rd|th)\s+day\s+of\s",  # "the 3rd day of March"
    "day_ordinal": r"\d(?:st|nd|rd|th)(?![\w])",  # "the 14th"
    "count_from_event": "(?:" + DIGIT_UNIT + r")\s+(?:after|before|following|prior)",  # "five days after"
    "bare_units": r"(?:years|months|weeks|decades|days|hours|minutes|centuries)(?![\w])",  # the plural unit
}
_TOKEN = re.compile(r"\w+")
_DIGIT_TO_TOKEN_END = re.compile(r"[0-9_]\w*", re.ASCII)  # from the first digit (or "_") of a token to its end
# Any non-ASCII character: a range test per character (a set with \W in it asks the Unicode database
# about every character of the text); whether the one found is a word character is asked of it alone.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD_CHARS = re.compile(r"\w*")


def _non_ascii_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the tokens (\\w+) holding a non-ASCII word character. Found from that character (a fast
    set scan; a pattern for the whole token would be tried at every position of the text)."""
    out = []
    pos = 0
    while m := _NON_ASCII.search(text, pos):
        a = m.start()
        if not text[a].isalnum():  # not a word character ("–", "’"); \w is also "_", which is ASCII
            pos = a + 1
            continue
        while a and (text[a - 1].isalnum() or text[a - 1] == "_"):  # what \w matches
            a -= 1
        pos = _WORD_CHARS.match(text, m.end()).end()
        out.append((a, pos))
    return out


_YEAR_TAIL = re.compile(r"\s*(?:[-–]|to|and|or|through)\s*(?P<y>\d{4}|\d{3}|\d{2})(?![\w%]|[.,]\d)")
_YEAR_HEAD = re.compile(r"(?<![\w.,])(?P<y>\d{1,4})\s*(?:[-–]|to|and|or|until|through)\s*$")
_DAY_FIRST = re.compile(r"(?:the\s+)?\d", re.IGNORECASE)  # a date written day first: "7 January", "the 19th of October"
_DAY_TAIL = re.compile(r"\s*(?:[-–&]|and|or|to|through)\s*(?P<d>3[01]|[12]\d|0?[1-9])(?P<sfx>st|nd|rd|th)?(?![\w%:]|[.,]\d)"
                       r"(?:,?\s+(?P<y>1\d{3}|20\d{2})(?![\w%]|[.,]\d))?")
# The second of two ordinal days without a month: "on the 27th and [28th]."
_ORDINAL_TAIL = re.compile(r"\s*(?:[-–]|to|and|or|through|until|till)\s*(?P<d>(?:the\s+)?(?P<n>3[01]|[12]\d|[1-9])"
                           r"(?:st|nd|rd|th))\s*(?:[,.;:!?)]|$)", re.IGNORECASE)
# The first day of a range written day-first: "[10]-12 October", "from [3] - 5 October", "[2]-4 July 2013".
_DAY_HEAD = re.compile(r"(?<![\w.,/:$£€+-])(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?P<suf>st|nd|rd|th)?\s*"
                       r"(?:[-–&]|to|and|or|through|until|till)\s*$")  # "19 & 20 feb" too
# The first clock time of a range whose a.m./p.m. is written once, after the second: "between [2] and 4 p.m.",
# "from [9:30] to 11 a.m.", "[2]-4 p.m."
_CLOCK_HEAD = re.compile(r"(?:\b(?:between|from)\s+(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?:[-–]|to|and|until|till)"
                         r"|(?<![\w.,:/$£€+-])(?P<h2>1[0-2]|0?[1-9])(?::(?P<mi2>[0-5]\d))?\s*[-–])\s*$", re.IGNORECASE)
# Further pairs in a list of day ranges: "May 6 - 7, [13] - [14], [20] - [21]".
_PAIR_TAIL = re.compile(r",\s*(?:and\s+)?(?P<d1>3[01]|[12]\d|0?[1-9])\s*[-–]\s*(?P<d2>3[01]|[12]\d|0?[1-9])"
                        r"(?![\w%:/]|[.,]\d)(?=\s*(?:[,;.)(]|and\b|$))")  # not a count: "12-14 people"


def _day(year: int | None, month: int, day: int) -> Partial | None:
    """A member of a day range or list ("6-7 January", "May 4 and 5"), or None if the month has no such day."""
    if not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    return Partial(year=year, month=month, day=day, grain="day")


_MARGIN = 48  # characters a match may extend before / after its trigger token

# The regexes with long lists of words below are compiled grouped (see prefilter.py): same matches, faster.
_PREFIX = grouped(re.compile(r"(?<![\w.-])(?P<p>" + alt(MODS["prefix"].keys()) + r")(?:\s*-\s*|\s+)$", re.IGNORECASE))
_POSSESSIVE = re.compile(r"['’]s(?!\w)|(?<=s)['’](?!\w)")  # "Tuesday's", "the Smiths'"
_DEICTIC_START = re.compile(r"(?:this|that|last|next|the)\b", re.IGNORECASE)
_NAMED_PERIOD = re.compile(r"(?:this|that|last|next|the|past|previous|coming|current|yesterday|today|tomorrow|"
                           r"tonight)\b", re.IGNORECASE)
_COMPOUND = re.compile(r"\w-(?:year|quarter|month|week|day|hour|minute|second)s?$", re.IGNORECASE)
_PREMODIFIED = re.compile(r"\s+" + alt(CAL["premodified_nouns"]) + r"(?![\w'’-])")
_THE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
# "on a Sunday", "for an afternoon": after a preposition the article is part of a day or part of day
_A_AFTER_PREP = re.compile(r"(?:(?<![\w-])(?:on|for|in|at|during|over|of)\s+|^\s*)(?P<a>an?)\s+$", re.IGNORECASE)
_TAKES_A = {"weekday", "day_part", "bare_calendar_noun"}
# ... unless the day is a premodifier ("in a Wednesday media event"): then a function word or punctuation follows
_WD_BEFORE_CLOCK = grouped(re.compile(r"(?<![\w])(?:(?P<dir>this|next|last|coming)\s+)?(?P<wd>" + WEEKDAY
                                      + r"),?\s*$", re.IGNORECASE))
# "the day after Christmas", "the night before the 4th of July", "the week after Easter": one unit before or
# after a date named right behind it (the day before, the week after ... on their own are relative.unit_before).
_UNIT_OF_DATE = re.compile(r"(?<![\w])the\s+(?P<u>day|week|month|year|night|morning|afternoon|evening)\s+"
                           r"(?P<d>before|after)\s+$", re.IGNORECASE)
_YEAR_OF_OTHER_START = re.compile(r"\b(?:" + alt(CAL["years_of_other_start"]) + r")\b", re.I)
# "the first day of", "the last day of": the day at one edge of the month / year / quarter that follows
# ... and "the first week of", "the last week of" (see resolve._reframed for which week)
# (the article may be left out, as notes and chat do: "closes last day of June")
_EDGE_OF_DATE = re.compile(r"(?<![\w])(?:the\s+)?(?:very\s+)?(?P<w>first|last|final)\s+(?P<u>day|week)\s+of\s+$",
                           re.IGNORECASE)
_EDGE_GRAINS = ("month", "year", "quarter", "half")
_PRONOUN_BEFORE = re.compile(r"\b(?:i|we|you|he|she|they|it|who)\s+$", re.IGNORECASE)
_DATE_BEFORE_CLOCK = re.compile(r"\s*,?\s+|,")
_ON = re.compile(r"\s+on\s+", re.IGNORECASE)  # "noon on Easter Monday": the clock time of that day
# "Easter Monday, 24 April 1916": the words before the weekday of a holiday named by one ("Easter", "Good")
_HOLIDAY_HEAD_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(
    {r"\s+".join(re.escape(w.title()) for w in k.split()[:-1]) for k in CAL["holidays"] if len(k.split()) > 1
     and k.split()[-1].lower() in {d.lower() for d in calendar.day_name}}, key=len, reverse=True)) + r")\s+$")
_AT = re.compile(r"\s+at\s+", re.IGNORECASE)  # "every Wednesday at 9pm": the clock time of each day of a set
_SET_BEFORE_CLOCK = re.compile(r"XXXX-(?:XX-XX|WXX-[1-7])(?:T(?:MO|AF|EV|NI))?|P1D")
_A_END = grouped(re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:of|in|at|on|and|or|with|to|for|when|while|i|we|you|he|she|"
                            r"they|it|is|was|will|has|had)\b", re.IGNORECASE))
_SUFFIX = grouped(re.compile(r"\s+(?P<s>" + alt(MODS["suffix"].keys()) + r")(?![\w])", re.IGNORECASE))
_DURATION_MODS = set(MODS["duration_only"])
# a half of these is the start or the end of the period ("the second half of August", "the first half of the 1990s",
# "the first half of next week"); a year's half has a value of its own (2022-H1)
_HALVED_GRAINS = ("decade", "century", "month", "week")
_DATE_MODS = set(MODS["date_only"])


@dataclass
class Mention:
    start: int
    end: int
    partial: Partial
    rule: str


def _mod_fits(mod: str, p: Partial, word: str, core: str) -> bool:
    is_duration = p.type == "DURATION"
    if word in ("earlier", "later") and not _DEICTIC_START.match(core):
        return False  # "earlier this year" is one expression; in "Earlier Friday" the adverb stays outside
    if mod in _DATE_MODS:
        return p.type in ("DATE", "TIME") and p.value is None
    if mod in _DURATION_MODS:
        # "over the weekend", "under Monday" are not modifiers of a date; nor is a comparison with a named period
        # ("$50 less than last year", "more than yesterday"): only a count from now is ("more than a year ago")
        return is_duration or (p.rel is not None and word not in ("over", "under") and not _NAMED_PERIOD.match(core))
    if word in ("some",):
        return is_duration
    return p.value is None or p.type == "DURATION"


def _extend(text: str, start: int, end: int, p: Partial, rule: Rule) -> tuple[int, int]:
    for _ in range(3):
        window = text[max(0, start - 30):start]
        m = _PREFIX.search(window)
        if m and rule.takes_mods:
            word = key(m["p"])
            mod = MODS["prefix"].get(word) or MODS["prefix"][word + "."]
            if word.endswith("half of") and p.grain not in _HALVED_GRAINS:
                break  # "the first half of 2022" is the half's own value (2022-H1), not the year's start
            if word in ("pre", "post") and not (window.endswith("-") and p.grain == "year"):
                break  # only "pre-2008", "post-1975" ("the Washington Post Sunday", "the post-holiday lull")
            if word == "end" and not (window.endswith("-") and p.grain in ("year", "month", "quarter")):
                break  # only "end-June", "end-2019"
            if word == "about" and re.search(r"\b(?:how|what)\s+$", window[:m.start()], re.I):
                break  # "how about Friday night?": a suggestion, not an approximation
            if word in ("about", "around") and (
                    _POSSESSIVE.match(text, end) or word == "about" and _DEICTIC_START.match(text, start)):
                break  # "get around Wednesday's ruling", "asked about last week's vote": a preposition
            if p.mod is None and _mod_fits(mod, p, word, text[start:end]):
                p.mod = mod
                start -= len(window) - m.start()
                continue
        if _COMPOUND.search(text, start, end):
            break  # "the eight-year [war]", "the third-quarter [results]": the article goes with the noun
        if rule.takes_the or (p.mod in _DATE_MODS and text[start:start + 3].lower() in ("mid", "ear", "lat")):
            m = _THE.search(window)
            if m and rule.name in ("season", "holiday") and _PREMODIFIED.match(text, end):
                break  # "the [summer] holidays", "the [Christmas] period": the article is the noun's
            if m:
                start -= len(window) - m.start()
                m = _PREFIX.search(text[max(0, start - 30):start])
                if m and rule.takes_mods and p.mod is None and (key(m["p"]).endswith(" in") or key(m["p"]).endswith(
                        " of") and not (key(m["p"]).endswith("half of") and p.grain not in _HALVED_GRAINS)):
                    # "later in the summer", "early in the morning", "the end of the 1990s", "the second half of
                    # the 20th century": the phrase before the article
                    word = key(m["p"])
                    mod = MODS["prefix"][word]
                    if _mod_fits(mod, p, word, text[start:end]):
                        p.mod = mod
                        start -= min(30, start) - m.start()
                break
        if rule.name in _TAKES_A and p.type in ("DATE", "TIME") and p.value is None and _A_END.match(text, end):
            m = _A_AFTER_PREP.search(window)
            if m:
                start -= len(window) - m.start("a")
        break
    m = _SUFFIX.match(text, end)
    if m and p.mod is None:
        mod = MODS["suffix"][key(m["s"])]
        if mod in ("ON_OR_AFTER", "ON_OR_BEFORE"):  # "1994 or later", "1990 and beyond": dates only
            fits = p.type in ("DATE", "TIME") and p.value is None
        else:
            fits = p.type == "DURATION" or p.rel is not None
        if fits:
            p.mod = mod
            end = m.end()
    return start, end


@dataclass(frozen=True)
class _Compiled:
    """A rule with what finds its matches fast, built once per Recogniser (see prefilter.py)."""

    rule: Rule
    triggers: frozenset[str]
    regex: re.Pattern  # the matches of rule.regex (alternations grouped; a first-character test if no skipper)
    skipper: re.Pattern | None  # finds where regex matches, see finditer_skipping
    need: re.Pattern | None  # see NEEDS


def _compile(rule: Rule) -> _Compiled:
    skipper = first_char_skipper(rule.regex)
    if skipper is not None:
        regex = grouped(rule.regex)  # run where the skipper stops
    else:
        regex = with_first_char_test(rule.regex)
        if regex is rule.regex:
            regex = grouped(rule.regex)
    need = None
    if rule.name in NEEDS:
        need = re.compile(NEEDS[rule.name], rule.regex.flags)
        need = first_char_skipper(need) or with_first_char_test(need)
    return _Compiled(rule, TRIGGERS[rule.name], regex, skipper, need)


class Recogniser:
    """Finds temporal expressions; holds only compiled, read-only rules."""

    def __init__(self, rules: list[Rule] | None = None) -> None:
        self.rules = rules or RULES
        missing = [r.name for r in self.rules if r.name not in TRIGGERS]
        if missing:
            raise ValueError(f"rules without trigger words: {missing}")
        self._all_triggers = frozenset().union(*TRIGGERS.values())
        # A trigger word made of letters, as a whole token, in a lower-case text (after the character
        # before it): see _windows_ascii_words. Both regexes there are only run on texts whose word
        # characters are all ASCII, so \w and \W can be ASCII's: a table lookup per character
        # instead of a query of the Unicode database.
        self._trigger_words = grouped(re.compile(r"\W(?:" + "|".join(
            sorted(w for w in self._all_triggers if w.isascii() and w.isalpha())) + r")(?!\w)", re.ASCII))
        self._compiled = [_compile(r) for r in self.rules]
        # the rules that run on news and on narratives, with their priorities: no per-rule test in find
        self._plans = {narrative: [(prio, c) for prio, c in enumerate(self._compiled)
                                   if narrative or not c.rule.narrative_only] for narrative in (False, True)}

    def _windows(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Trigger word -> positions of its tokens (DIGIT for tokens holding a digit)."""
        low = text.lower()
        if text.isascii():
            return self._windows_ascii_words(low)
        if len(low) == len(text):
            # Tokens holding a non-ASCII letter ("Müller", "café") are rare: find them, file the rest of
            # the text as ASCII words (a Python step per word fewer), then mend those tokens' places.
            mixed = _non_ascii_tokens(text)
            if mixed == _non_ascii_tokens(low):
                return self._windows_mixed(text, low, mixed)
        index: dict[str, list[tuple[int, int]]] = {}
        for m in _TOKEN.finditer(text):
            self._file_token(index, m.group().lower(), m.span())
        return index

    def _file_token(self, index, w: str, span: tuple[int, int]) -> None:
        """Files the token ``w`` (lower case): under itself if it is a trigger word, else, if it is not
        all letters, under DIGIT."""
        if w in self._all_triggers:
            index.setdefault(w, []).append(span)
        elif not w.isalpha():
            index.setdefault(DIGIT, []).append(span)
            rest = w.lstrip("0123456789")
            if rest in self._all_triggers:  # a unit glued to its number: "7months", "24hr", "5pm"
                index.setdefault(rest, []).append(span)

    def _windows_ascii_words(self, low: str) -> dict[str, list[tuple[int, int]]]:
        """``_windows`` of a text whose word characters are all ASCII, given in lower case (``low``;
        lowering kept every position). Same result as filing every token, found faster: the regex
        engine finds the trigger words and the tokens that hold a digit or "_", and skips the other
        words (most of the text) without a Python step each."""
        index: dict[str, list[tuple[int, int]]] = {}
        for m in self._trigger_words.finditer(" " + low):  # the space: a word at the very start has one before it
            index.setdefault(m.group()[1:], []).append((m.start(), m.end() - 1))
        glued = set()
        for m in _DIGIT_TO_TOKEN_END.finditer(low):
            s, e = m.span()
            while s and low[s - 1].isalpha():  # back to the start of the token ("q3", "fy98")
                s -= 1
            w = low[s:e]
            self._file_token(index, w, (s, e))
            glued.add(w.lstrip("0123456789"))
        for w in glued & index.keys():
            index[w].sort()  # "months" and "7months" were filed by the two loops: back in text order
        return index

    def _windows_mixed(self, text: str, low: str, mixed: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
        """``_windows`` of a text whose tokens with a non-ASCII word character are ``mixed`` (the same
        spans in ``text`` and in its lower case ``low``). Every other token is all ASCII between
        characters that are no word characters, so the ASCII scan of ``low`` files it as filing the
        token would; what that scan filed inside a mixed token (its ASCII pieces) is dropped, and each
        mixed token is filed whole, as ``_windows`` files every token."""
        index = self._windows_ascii_words(low)
        if not mixed:
            return index
        starts = [s for s, _ in mixed]

        def outside(span: tuple[int, int]) -> bool:
            i = bisect_right(starts, span[0]) - 1
            return i < 0 or span[0] >= mixed[i][1]

        for w in list(index):
            kept = [sp for sp in index[w] if outside(sp)]
            if kept:
                index[w] = kept
            else:
                del index[w]
        for s, e in mixed:
            self._file_token(index, text[s:e].lower(), (s, e))
        for spans in index.values():
            spans.sort()  # the mixed tokens were filed last: back in text order
        return index

    @staticmethod
    def _merged(text: str, triggers: frozenset[str], index) -> list[tuple[int, int]]:
        """The text ranges within _MARGIN of a token of ``triggers``, overlapping ones merged."""
        spans = sorted(sp for w in triggers if w in index for sp in index[w])
        if not spans:
            return []
        n = len(text)
        lo, hi = max(0, spans[0][0] - _MARGIN), spans[0][1] + _MARGIN
        merged = []
        for s, e in spans[1:]:
            if s - _MARGIN <= hi:
                hi = max(hi, e + _MARGIN)
            else:
                merged.append((lo, hi))
                lo, hi = max(0, s - _MARGIN), e + _MARGIN
        merged.append((lo, hi))
        out = []
        for lo, hi in merged:
            while hi < n and text[hi].isalnum():  # never cut a word: lookaheads must see its end
                hi += 1
            out.append((lo, min(hi, n)))
        return out

    def _windows_of(self, triggers: frozenset[str], text: str, index, windows,
                    words: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """The merged windows of ``triggers`` in ``text``; ``windows`` caches them for this text, by
        set of trigger words: many rules share one. ``words`` is ``frozenset(index)``, made once per
        text by the caller (made here when not given)."""
        spans = windows.get(triggers)
        if spans is None:
            # The windows depend only on the trigger words the text holds (most often none at all),
            # so rules whose sets differ only in words absent from the text share them too. (Two sets
            # intersect by walking the smaller; a set and the index, a dict, by walking every key of
            # the index, for each rule.)
            present = triggers & (frozenset(index) if words is None else words)
            spans = windows.get(present)
            if spans is None:
                spans = windows[present] = self._merged(text, present, index)
            windows[triggers] = spans
        return spans

    @staticmethod
    def _matches(c: _Compiled, text: str, spans: list[tuple[int, int]]) -> list[re.Match]:
        """Matches of the rule in the windows ``spans`` (those of its trigger words), in text order."""
        if c.need is not None:
            need = c.need.search
            spans = [(lo, hi) for lo, hi in spans if need(text, lo, hi)]
        out: list[re.Match] = []
        if c.skipper is not None:
            # finditer_skipping over every window, unrolled here: one function call per rule rather
            # than a generator per window (most windows hold no match)
            search, match = c.skipper.search, c.regex.match
            for pos, endpos in spans:
                while (cand := search(text, pos, endpos)) is not None:
                    m = match(text, cand.start(), endpos)
                    if m is None:  # cannot happen: the skipper matched only where regex matches
                        pos = cand.start() + 1
                        continue
                    out.append(m)
                    pos = m.end()
        else:
            for lo, hi in spans:
                out.extend(c.regex.finditer(text, lo, hi))
        return out

    def find(self, text: str, narrative: bool = False) -> list[Mention]:
        """The expressions in ``text``; ``narrative`` adds the rules of history annotation."""
        cands: list[tuple[int, int, int, Mention]] = []
        index = self._windows(text)
        words = frozenset(index)
        windows: dict[frozenset[str], list[tuple[int, int]]] = {}
        for prio, c in self._plans[bool(narrative)]:
            rule = c.rule
            spans = self._windows_of(c.triggers, text, index, windows, words)
            if not spans:
                continue  # none of the rule's trigger words: most rules in most texts
            for m in self._matches(c, text, spans):
                ms, me = m.span()
                if me == ms:
                    continue
                if ms and text[ms - 1] == "#" and not (
                        rule.name == "clock_ampm" and not text[me:me + 1].isalnum()):
                    continue  # a hashtag is a topic label ("#Friday drinks", "#Christmas"), not a date; a
                    # hashtag that is only a clock time ("#720pm") still gives the time
                try:
                    p = rule.build(m, text)
                except (ValueError, TypeError, IndexError, KeyError, OverflowError):
                    # a rule's bug on one odd match costs that match, not the whole request; the log says which
                    _log.warning("rule %s failed on %r", rule.name, m.group(), exc_info=True)
                    continue
                if p is None:
                    continue
                s, e = _extend(text, ms, me, p, rule)
                if narrative:
                    span = history_span(text, s, e, p, rule.name)
                    if span is None:
                        continue
                    s, e = span
                cands.append((s, e, prio, Mention(s, e, p, rule.name)))
        # Longest first; on equal length the earlier rule (more specific families come first).
        cands.sort(key=lambda c: (c[0] - c[1], c[2]))
        # Taken spans are disjoint, so kept sorted by start their ends are sorted too: a candidate
        # overlaps one iff the last taken span starting before its end ends after its start.
        starts: list[int] = []
        ends: list[int] = []
        out: list[Mention] = []
        for s, e, _, mention in cands:
            i = bisect_left(starts, e)
            if i and ends[i - 1] > s:
                continue
            starts.insert(i, s)
            ends.insert(i, e)
            out.append(mention)
        out.sort(key=lambda mm: mm.start)
        return self._unit_or_edge_of_date(text, self._coordinate(text, self._join_neighbours(text, out)))

    @staticmethod
    def _unit_or_edge_of_date(text: str, mentions: list[Mention]) -> list[Mention]:
        """'the day after Christmas', 'the week before Easter', 'the night before last Tuesday's hearing':
        the unit and the date are one expression, a unit away from that date (rule 'unit_of_date'); 'the
        last day of the year', 'the first day of August': the day at that edge of the period named (rule
        'edge_of_date'). A mention that took 'the week' or 'the last day' alone is dropped."""
        out: list[Mention] = []
        for mm in mentions:
            p = mm.partial
            m = None
            if (p.type == "DATE" and p.value is None and p.dur is None and p.mod is None and not p.definite
                    and (p.holiday is not None or p.dow is not None or p.day is not None or p.month is not None
                         or p.year is not None or p.season is not None or p.rel is not None)):
                m = _UNIT_OF_DATE.search(text, max(0, mm.start - 24), mm.start)
            e = None
            if not m and p.type == "DATE" and p.value is None and p.dur is None and p.mod is None and p.dow is None \
                    and p.day is None and p.grain in _EDGE_GRAINS \
                    and not _YEAR_OF_OTHER_START.search(text, mm.start, mm.end):
                e = _EDGE_OF_DATE.search(text, max(0, mm.start - 24), mm.start)
            if e:
                while out and out[-1].end > e.start():
                    out.pop()  # "the last day" taken on its own
                q = replace(p, edge=(e["u"].lower(), 0 if e["w"].lower() == "first" else -1))
                out.append(Mention(e.start(), mm.end, q, "edge_of_date"))
                continue
            if m:
                while out and out[-1].end > m.start():
                    out.pop()  # "The week" taken on its own
                u, off = m["u"].lower(), -1 if m["d"].lower() == "before" else 1
                if u in CAL["parts_of_day"]:  # "the night before Thanksgiving"
                    q = replace(p, type="TIME", pod=CAL["parts_of_day"][u], shift=("day", off), grain="part_of_day")
                else:
                    q = replace(p, shift=(u, off), grain=u)
                mm = Mention(m.start(), mm.end, q, "unit_of_date")
            out.append(mm)
        return out

    @staticmethod
    def _join_neighbours(text: str, mentions: list[Mention]) -> list[Mention]:
        """Adjacent mentions that are one expression, joined:

        * 'the weekend next week': that week's weekend;
        * '14th December Friday': a weekday after a date is part of it;
        * 'every night 10pm', 'every Monday 9am': the set of those clock times;
        * 'tmr 8pm', 'today 3:30pm': a day word and the clock time after it are one TIME;
        * 'May 10, 2014 2pm': a date and the clock time after it are one TIME;
        * 'Sat 7pm', 'this Sat, 430pm', 'Wed 9:00am': a weekday right before a clock time makes one TIME on
          that day (the weekday alone may not have been taken: 'Sat' is also a word);
        * 'noon on Easter Monday', '10 a.m. on Christmas Day': a clock time on a holiday is one TIME;
        * 'Easter Monday, 24 April 1916': a holiday named by a weekday, glossed by its date, is one DATE.
        """
        out: list[Mention] = []
        for mm in mentions:
            p = mm.partial
            # a clock time of no day of its own, right after (a comma or a space) the last mention
            clock_after_last = (mm.rule in ("clock_ampm", "clock24") and bool(out) and p.dow is None and p.rel is None
                                and p.month is None and _DATE_BEFORE_CLOCK.fullmatch(text, out[-1].end, mm.start))
            if (mm.rule == "shifted" and out and out[-1].rule == "weekend" and p.rel is not None and p.rel[0] == "week"
                    and not p.weekend and re.fullmatch(r"\s+(?:of\s+)?", text[out[-1].end:mm.start])):
                # "the weekend next week", "weekend of next week": that week's weekend
                out[-1] = Mention(out[-1].start, mm.end, Partial(rel=p.rel, weekend=True, grain="weekend"), "shifted")
                continue
            if (mm.rule == "weekday" and out and p.type == "DATE" and p.day is None
                    and _DATE_BEFORE_CLOCK.fullmatch(text, out[-1].end, mm.start)):
                q = out[-1].partial
                if (q.type == "DATE" and q.grain == "day" and q.month is not None and q.day is not None
                        and q.dow is None and q.value is None and q.rel is None):
                    q.dow = p.dow  # "14th December Friday": the weekday after a date is part of it
                    out[-1] = Mention(out[-1].start, mm.end, q, out[-1].rule)
                    continue
            set_clock = (mm.rule in ("clock_ampm", "clock24") and bool(out) and p.dow is None and p.rel is None
                         and p.month is None and (clock_after_last or _AT.fullmatch(text, out[-1].end, mm.start)))
            if (set_clock and out[-1].rule in ("every_name", "every_unit")
                    and _SET_BEFORE_CLOCK.fullmatch(out[-1].partial.value or "") and p.hour is not None):
                # "every night 10pm", "every Monday 9am": the set of those clock times
                base = "XXXX-XX-XX" if out[-1].partial.value == "P1D" else out[-1].partial.value.split("T")[0]
                out[-1] = Mention(out[-1].start, mm.end, Partial(type="SET", value=f"{base}T{p.hour:02d}:"
                                                                 f"{p.minute or 0:02d}"), out[-1].rule)
                continue
            q = out[-1].partial if out else None
            if (mm.rule == "holiday" and q is not None and q.type == "TIME" and q.hour is not None and q.dow is None
                    and q.month is None and q.rel is None and q.holiday is None and p.holiday is not None
                    and p.type == "DATE" and p.shift is None and p.mod is None and not p.weekend and p.grain == "day"
                    and _ON.fullmatch(text, out[-1].end, mm.start)):
                # "noon on Easter Monday", "10 a.m. on Christmas Day": one TIME on that day
                out[-1] = Mention(out[-1].start, mm.end, replace(q, holiday=p.holiday, year=p.year), out[-1].rule)
                continue
            if (p.dow is not None and p.day is not None and p.month is not None and p.type == "DATE"
                    and text[mm.start:mm.start + 3].lower() == calendar.day_name[p.dow - 1][:3].lower()
                    and (not out or out[-1].end <= mm.start)):
                head = _HOLIDAY_HEAD_BEFORE.search(text, max(0, mm.start - 30), mm.start)
                if head and (not out or out[-1].end <= head.start()):
                    # "Easter Monday, 24 April 1916": the holiday glossed by its date, one DATE
                    mm = Mention(head.start(), mm.end, p, mm.rule)
            if (mm.rule == "day_offset" and q is not None and out[-1].rule == "ago" and q.rel is not None
                    and q.anchor == "ref" and q.rel[0] in ("year", "month", "week") and q.rel[1] < 0
                    and p.rel == ("day", 0) and p.type == "DATE" and re.fullmatch(r"\s+", text[out[-1].end:mm.start])):
                # "10 years ago today", "a year ago today": that calendar day so many units back (a day, not the year)
                out[-1] = Mention(out[-1].start, mm.end, Partial(rel=("day", 0), shift=q.rel, grain="day"), "ago")
                continue
            if (mm.rule == "shifted" and q is not None and out[-1].rule == "ago" and q.rel is not None
                    and q.anchor == "ref" and q.rel[0] == "year" and q.rel[1] < 0 and q.mod is None
                    and p.rel == ("month", 0) and p.type == "DATE" and p.mod is None
                    and re.fullmatch(r"\s+", text[out[-1].end:mm.start])):
                # "150 years ago this month": this calendar month so many years back (a month, not the year)
                out[-1] = Mention(out[-1].start, mm.end, Partial(rel=("month", 0), shift=q.rel, grain="month"), "ago")
                continue
            if (clock_after_last and out[-1].rule == "day_offset"
                    and out[-1].partial.rel is not None and out[-1].partial.type == "DATE"):
                # "tmr 8pm", "today 3:30pm": the day word and the clock time after it are one TIME
                p.rel, p.anchor = out[-1].partial.rel, "ref"
                out[-1] = Mention(out[-1].start, mm.end, p, mm.rule)
                continue
            if clock_after_last:
                q = out[-1].partial
                if (q.type == "DATE" and q.grain == "day" and q.month is not None and q.day is not None
                        and q.value is None and q.rel is None and q.mod is None and q.pod is None):
                    # "May 10, 2014 2pm", "May 8 1:00AM": the date and the clock time after it are one TIME
                    p.year, p.month, p.day, p.anchor = q.year, q.month, q.day, "ref"
                    if q.dow is not None:
                        p.dow = q.dow
                    out[-1] = Mention(out[-1].start, mm.end, p, mm.rule)
                    continue
            if mm.rule == "clock_ampm" and p.dow is None and p.rel is None:
                m = _WD_BEFORE_CLOCK.search(text, max(0, mm.start - 24), mm.start)
                if m and m["wd"].islower() and _PRONOUN_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                    m = None  # "we sat 8pm till late": the verb
                if m and not (out and out[-1].end > m.start() and not (
                        out[-1].start == m.start() and out[-1].partial.dow is not None)):
                    if out and out[-1].start == m.start():
                        out.pop()  # the weekday (or "this Sat") joins the time
                    p.dow, p.anchor = weekday_of(m["wd"]), "ref"
                    if m["dir"]:
                        p.direction = {"this": 0, "next": 1, "coming": 1, "last": -1}[key(m["dir"])]
                    mm = Mention(m.start(), mm.end, p, mm.rule)
            out.append(mm)
        return out

    @staticmethod
    def _pairs(text: str, pos: int, limit: int, last: Partial) -> list[Mention]:
        """Day ranges listed after a first range of the same month: "May 6 - 7, 13 - 14, 20 - 21"."""
        out: list[Mention] = []
        day = last.day
        while True:
            m = _PAIR_TAIL.match(text, pos)
            if not m or m.end() > limit:
                return out
            d1, d2 = int(m["d1"]), int(m["d2"])
            if not day < d1 < d2:
                return out
            pair = []
            for g, d in (("d1", d1), ("d2", d2)):
                q = _day(last.year, last.month, d)
                if q is None:
                    return out
                pair.append(Mention(m.start(g), m.end(g), q, "day_list"))
            out.extend(pair)
            day, pos = d2, m.end()

    @staticmethod
    def _coordinate(text: str, mentions: list[Mention]) -> list[Mention]:
        """Second members of ranges and lists: '1915-17', '1861-1863', '499-493 BC', 'May 4 and 5', '6-7 January 1916'.

        The tail borrows what the head stated (century, month, year); a year or era stated only on the
        tail ("6-7 January 1916", "499-493 BC") is lent back to the head.
        """
        out: list[Mention] = []
        skip = -1
        for i, mm in enumerate(mentions):
            if i == skip:
                continue
            p = mm.partial
            prev_end = out[-1].end if out else 0
            if p.grain == "year" and p.year is not None and (p.bc or mm.rule == "era_year"):
                m = _YEAR_HEAD.search(text, max(prev_end, mm.start - 16), mm.start)
                if m:
                    y1 = int(m["y"])
                    if (y1 > p.year) if p.bc else (y1 < p.year):
                        out.append(Mention(m.start("y"), m.end("y"), Partial(year=y1, bc=p.bc, grain="year"),
                                           "era_range"))
            if (p.grain == "day" and p.day is not None and p.month is not None and p.type == "DATE"
                    and p.value is None and _DAY_FIRST.match(text, mm.start)):
                m = _DAY_HEAD.search(text, max(prev_end, mm.start - 16), mm.start)
                if m and int(m["d"]) < p.day:  # "6-7 January 1916", "from 15 to 22 February": the first day
                    q = _day(p.year, p.month, int(m["d"]))
                    if q is not None:
                        out.append(Mention(m.start(), m.end("suf") if m["suf"] else m.end("d"), q, "day_range"))
            if mm.rule == "clock_ampm" and p.type == "TIME" and p.hour is not None and p.mod is None:
                m = _CLOCK_HEAD.search(text, max(prev_end, mm.start - 24), mm.start)
                if m:
                    h, mi = int(m["h"] or m["h2"]), int(m["mi"] or m["mi2"] or 0)
                    h = h % 12 + (12 if p.hour >= 12 else 0)
                    if (h, mi) >= (p.hour, p.minute or 0):
                        h -= 12  # "from 11 to 1 p.m.": the first is before noon
                    if h >= 0:
                        g = "h" if m["h"] else "h2"
                        end = m.end("mi" if m["mi"] else "mi2") if (m["mi"] or m["mi2"]) else m.end(g)
                        q = replace(p, hour=h, minute=mi, grain="minute" if (m["mi"] or m["mi2"]) else p.grain)
                        out.append(Mention(m.start(g), end, q, "clock_range"))
            out.append(mm)
            p = mm.partial
            nxt_start = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
            if p.type != "DATE" or p.value is not None or p.mod:
                continue
            if mm.rule == "day_ordinal" and p.day is not None and p.month is None:
                m = _ORDINAL_TAIL.match(text, mm.end)
                if m and m.end("d") <= nxt_start and int(m["n"]) > p.day:
                    out.append(Mention(m.start("d"), m.end("d"), replace(p, day=int(m["n"])), "day_ordinal"))
            elif p.grain == "year" and p.year is not None and p.rel is None:
                m = _YEAR_TAIL.match(text, mm.end)
                if m and m.end() <= nxt_start:
                    tail = m["y"]
                    if len(tail) == 3 and p.year >= 1000:
                        tail = ""  # "1914-915": no range of years
                    y2 = (int(tail) if len(tail) >= 3 else p.year // 100 * 100 + int(tail)) if tail else -1
                    if y2 > p.year and y2 - p.year < 100:
                        out.append(Mention(m.start("y"), m.end("y"), Partial(year=y2, grain="year"), "year_range"))
            elif p.grain == "day" and p.month is not None and p.day is not None:
                m = _DAY_TAIL.match(text, mm.end)
                owns_year = bool(m and m["y"] and i + 1 < len(mentions) and mentions[i + 1].start == m.start("y"))
                if owns_year:
                    nxt_start = m.end()  # the year belongs to the pair, not on its own
                if m and m.end() <= nxt_start and int(m["d"]) > p.day:
                    year = p.year
                    if m["y"] and year is None:
                        year = p.year = int(m["y"])  # "May 4 and 5, 1865": the year is the pair's
                    q = _day(year, p.month, int(m["d"]))
                    if q is not None:
                        out.append(Mention(m.start("d"), m.end("y") if m["y"] else m.end("sfx") if m["sfx"] else m.end("d"),
                                           q, "day_list"))
                        if owns_year:
                            skip = i + 1
                        elif not m["y"] and re.match(r"\s*[-–]", text[mm.end:m.start("d")]):
                            out.extend(Recogniser._pairs(text, m.end(), nxt_start, q))
        return out
