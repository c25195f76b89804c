"""Absolute and name-based dates: full dates, months, years, decades, centuries, quarters, seasons, holidays."""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import IRREGULAR_PAST
from .grammar import (CAL, DAYNUM, END, GUARDS, MONTH, NUM, ORDINAL_WORD, SEASON, START, WEEKDAY, YEAR4, Partial, Rule,
                      alt, ambiguous_month, daynum, is_capitalised, is_house_number, key, month_of, weekday_of)

# Words before a bare month / season / year that make a date reading safe ("in May", "last spring").
_DATE_CONTEXT = re.compile(
    r"(?:\b(?:in|on|of|since|until|till|by|during|through|throughout|from|to|before|after|last|next|this|"
    r"that|early|late|mid|the|between|and|or|until|till|each|every|around|about|into|for|past|coming|"
    r"previous|following|end|start|beginning|middle|ending|starting|as|their|his|her|its|our|my|your|a|an|"
    r"at|within|throughout|spent|all|circa)|\b(?:ca|c|fl|r|b|d)\.|[-–(,])\s*$",
    re.IGNORECASE,
)


def _context_before(text: str, start: int) -> bool:
    return bool(_DATE_CONTEXT.search(text[max(0, start - 14):start]))


def _year(s: str | None) -> int | None:
    return int(s) if s else None


def _valid(y, m, d) -> bool:
    import calendar

    if m is None or not 1 <= m <= 12:
        return False
    if d is None:
        return True
    days = calendar.monthrange(y if y else 2000, m)[1]
    return 1 <= d <= days


def iso_date(m, text):
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not _valid(y, mo, d):
        return None
    p = Partial(year=y, month=mo, day=d, grain="day")
    if m["h"]:
        p.type, p.hour, p.minute, p.grain = "TIME", int(m["h"]), int(m["mi"]), "minute"
        if m["s"]:
            p.second, p.grain = int(m["s"]), "second"
        p.tz = m["tz"]
    return p


@lru_cache(maxsize=4096)
def _dateparser_day(s: str):
    """dateparser normalises the less common written forms of a full date (its strength: formats and
    language data); only a found expression is passed, never the whole text."""
    import dateparser

    d = dateparser.parse(s, languages=["en"], settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False,
                                                        "REQUIRE_PARTS": ["day", "month", "year"]})
    return (d.year, d.month, d.day) if d else None


def other_full_date(m, text):
    """'2023/07/19', '19-Jul-2023', 'Jul-19-2023', '2023.07.19' (parsed by dateparser); '27.03.15'."""
    if m["d"]:
        return dotted_dmy(m, text)
    ymd = _dateparser_day(m.group(0))
    if ymd is None or not _valid(*ymd):
        return None
    return Partial(year=ymd[0], month=ymd[1], day=ymd[2], grain="day")


def dotted_dmy(m, text):
    """'27.03.15', '27.03.2015': day first, as dotted dates are written outside the US."""
    d, mo, y = int(m["d"]), int(m["mo"]), int(m["y"])
    if re.search(r"(?:\bv|\bver|version|release|build|firmware|ios|android)\.?\s*$", text[max(0, m.start() - 10):m.start()],
                 re.I):
        return None  # a version number: "version 10.12.15"
    if len(m["y"]) == 2:
        y += 1900 if y >= 40 else 2000
    if not _valid(y, mo, d):
        return None
    return Partial(year=y, month=mo, day=d, grain="day")


def us_numeric(m, text):
    mo, d, y = int(m["mo"]), int(m["d"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 1900 if y >= 40 else 2000
    if not _valid(y, mo, d):
        return None
    return Partial(year=y, month=mo, day=d, grain="day")


def month_slash_year(m, text):
    if re.match(r"\s*(?:points?|votes?|people|of\b)", text[m.end():m.end() + 8], re.I):
        return None  # a count or a score, not a date
    if len(m["mo"]) == 1 and m["y"].endswith("00"):
        return None  # a fraction: "a 1/2000 chance"
    return Partial(year=int(m["y"]), month=int(m["mo"]), grain="month")
# what follows the verb "march": its path ("3 march past the stand", "5 march on the capital")
_MARCH_PATH = re.compile(r"\s+(?:past|on|to|into|in|through|along|down|up|across|towards?|for|with|from|off|out|away|"
                         r"back|home|forward|ahead|around|together|miles?|km)\b", re.IGNORECASE)


_DAY_FIRST_CONTEXT = re.compile(r"\b(?:on|by|till|til|until|from|since|before|after|b4|due|dated?|deadline|closes|closing|"
                                r"ends|ending|starts|starting|opens|opening|begins|launches|releases?)\s*:?\s+$", re.IGNORECASE)


def day_first_numeric(m, text):
    """'25/12/2014', 'on 25/12': a numeric date whose first number cannot be a month (13-31) is day first, as
    written outside the US; both numbers up to 12 ('05/03') stay ambiguous and untagged. Without a year it needs
    a preposition of time before it ('24/7', a score '28/3', a rating '15/10' are no dates)."""
    d, mo = int(m["d"]), int(m["mo"])
    if m["y"] is None:
        if not (m["wd"] or _DAY_FIRST_CONTEXT.search(text, max(0, m.start() - 16), m.start())) or (d, mo) == (24, 7):
            return None  # a weekday before it ("Sun 24/11") dates it too
        y = None
    else:
        y = int(m["y"])
        if len(m["y"]) == 2:
            y += 1900 if y >= 40 else 2000
    if not _valid(y, mo, d):
        return None
    p = Partial(year=y, month=mo, day=d, grain="day")
    if m["wd"]:
        p.dow = weekday_of(m["wd"])
    return p


def _month_ok(m, text) -> bool:
    """Reject lower-case 'may'/'march' and bare capitalised ones in no date context."""
    word = m["mon"]
    if ambiguous_month(word) and not is_capitalised(word):
        has_day = "d" in m.re.groupindex and m["d"]
        day_first = has_day and m.start("d") < m.start("mon")
        if not has_day and key(word) not in ("may", "march", "mar") and any(
                g in m.re.groupindex and m[g] for g in ("y", "yw", "sy")):
            return True  # "dec 2012", "jan '15": a year after it
        if not day_first:
            if has_day and re.search(r"\d(?:st|nd|rd|th)$", m["d"], re.I):
                # "jan 1st", "may 1st", "dec 31st"; not the verbs after a subject ("you may 1st try")
                return key(word) not in ("may", "march", "mar") or not re.search(
                    r"\b(?:i|u|you|we|they|he|she|it|who|which|that|this|one|people)\s+$", text[max(0, m.start() - 8):m.start()],
                    re.I)
            # "jan 15", "aug 9" (not "march 15 miles": the verbs need the ordinal)
            return bool(has_day) and m["d"].isdigit() and key(word) not in ("may", "march", "mar")
        if key(word) in ("may", "march", "mar"):
            # the verbs: only after "the Nth of" ("the 5th of march"; not "the 3rd may be", "5 march on"), and
            # "march" right after a day when no path of a march follows ("term ends 13 march"; not "3 march past")
            if re.search(r"\d(?:st|nd|rd|th)\s+of\s+$", text[m.start("d"):m.start("mon")], re.I):
                return True
            return key(word) == "march" and re.fullmatch(r"\s+", text[m.end("d"):m.start("mon")]) is not None \
                and not _MARCH_PATH.match(text, m.end("mon")) and not re.search(
                    r"\b(?:the|a|an|their|his|her|its|our|my|your)\s+$", text[max(0, m.start("d") - 8):m.start("d")], re.I)
        # chat writes a day and a lower-case abbreviation: "2 jan", "3rd dec" (not a clock or a count: "at 2 jan")
        return bool(re.search(r"\d(?:st|nd|rd|th)$", m["d"], re.I)) or m["d"].isdigit()
    return True


def month_day(m, text):
    if not _month_ok(m, text):
        return None
    mo, d, y = month_of(m["mon"]), daynum(m["d"]), _year(m["y"])
    era_year = _group(m, "ey") or _group(m, "ey2")
    bc = False
    if era_year:  # "15 March 44 BC", "24 August AD 79"
        y, bc = int(era_year), (_group(m, "era") or "").upper().startswith("B")
        if y == 0:
            return None
    if not _valid(y, mo, d):
        return None
    p = Partial(year=y, month=mo, day=d, grain="day", bc=bc)
    if m["wd"]:
        p.dow = weekday_of(m["wd"])
    return p


def _group(m, name: str) -> str | None:
    """A named group of a match, None where the rule's pattern has no such group."""
    try:
        return m[name]
    except IndexError:
        return None


class _DayMonth:
    """A match with its day and month in either order (groups d/mon or d2/mon2), read like month_day's."""

    def __init__(self, m):
        self.m = m
        self.re = m.re

    def __getitem__(self, k):
        if k in ("d", "mon"):
            return self.m[k] or self.m[k + "2"]
        if k == "wd":
            return None
        return self.m[k]

    def start(self, g=0):
        if g in ("d", "mon"):
            return self.m.start(g) if self.m[g] else self.m.start(g + "2")
        return self.m.start(g)

    def end(self, g=0):
        return self.m.end(g)


class _NoWeekday:
    """A match read like month_day's, without its weekday group."""

    def __init__(self, m):
        self.m = m

    def __getitem__(self, k):
        return None if k == "wd" else self.m[k]


def month_year(m, text):
    if not _month_ok(m, text):
        return None
    if m["sy"]:  # "March '03": the century is the reader's (see the resolver)
        return Partial(year=int(m["sy"]), month=month_of(m["mon"]), grain="month", vague_year=True)
    y = int(m["y"]) if m["y"] else _words_year(m["yw"])
    if y is None:
        return None
    return Partial(year=y, month=month_of(m["mon"]), grain="month")


_SHORT_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|until|till|by|during|through|from|before|after|the|early|late|"
                                r"mid|circa|class|back)\s+$", re.IGNORECASE)


def short_year(m, text):
    """"in '89", "the class of '99", "since '15": a year written with two digits after an apostrophe, after a
    word that takes a date (a quote mark opening a number in other places)."""
    if not _SHORT_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "alumni J. Su ('13)", "a '10' score": no word that takes a year
    return Partial(year=int(m["sy"]), grain="year", vague_year=True)


# "this/last/next year": the year's offset from the reference year
_REL_YEAR = {"this": 0, "last": -1, "next": 1}
# "that year", "the following year", "the previous year": the offset from the story's year
_THAT_YEAR = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}


def month_rel_year(m, text):
    if not _month_ok(m, text):
        return None
    off = _REL_YEAR[key(m["rel"])]
    if m["d0"] and m["d"]:
        return None  # "10 May 12 last year": no one date
    if m["d0"] or m["d"]:  # "on November 26 last year", "3 March this year"
        day = daynum(m["d0"] or m["d"])
        if not _valid(2000, month_of(m["mon"]), day):
            return None
        return Partial(month=month_of(m["mon"]), day=day, rel=("year", off), grain="day")
    return Partial(month=month_of(m["mon"]), rel=("year", off), grain="month")


def month_that_year(m, text):
    """'August of that year', 'July 25 of the same year', '10 May of the following year': the month (day)
    in the year of the story's last date, or the one after/before it."""
    if not _month_ok(m, text):
        return None
    off = _THAT_YEAR[key(m["which"] or "that")]
    if m["d0"] and m["d"]:
        return None  # "10 May 12 of that year": no one date
    day = daynum(m["d0"] or m["d"]) if m["d0"] or m["d"] else None
    return Partial(month=month_of(m["mon"]), day=day, rel=("year", off), anchor="prev",
                   grain="day" if day else "month")


def season_that_year(m, text):
    """'the spring of next year', 'the summer of that year', 'the autumn of the following year': the season
    in the year of the story's last date (or of the reference date: 'next year'), or the one after/before."""
    if m["dir"]:  # "the spring of next year": as season_rel_year reads "spring next year"
        off, anchor = _REL_YEAR[key(m["dir"])], "ref"
    else:
        off, anchor = _THAT_YEAR[key(m["which"] or "that")], "prev"
    return Partial(season=CAL["seasons"][key(m["s"])], rel=("year", off), anchor=anchor, grain="season")


def season_rel_year(m, text):
    """'the spring of last year', 'summer next year': the season in the year before or after the reference
    year, like 'June last year'."""
    off = _REL_YEAR[key(m["rel"])]
    return Partial(season=CAL["seasons"][key(m["s"])], rel=("year", off), grain="season")


# "late April", "the end of May": words that only a month can follow, so the next word cannot make it a name
_MONTH_PART_BEFORE = re.compile(r"\b(?:early|late|mid|(?:start|end|beginning|middle)\s+of)\s*-?\s*$", re.IGNORECASE)


# Words before a lower-case month abbreviation that make it a month: "since jan", "end of aug", "this dec"
_MONTH_PREP_BEFORE = re.compile(r"\b(?:in|till|til|until|since|by|during|early|late|mid|(?:end|start|beginning|middle)\s+of|"
                                r"next|last|this|coming)\s*-?\s*$", re.IGNORECASE)


# ... "march" too after these ("in march", "since march"; not "will march", "this march", a protest)
_MARCH_BEFORE = re.compile(r"\b(?:in|till|til|until|since|early|late|mid)\s*-?\s*$", re.IGNORECASE)
# a month closing a list of months: "in nov and dec", "jan to mar"
_MONTH_LIST_BEFORE = re.compile(r"(?<![\w])" + MONTH + r"\s*(?:and|or|&|to|till|until|-|–|/)\s*$", re.IGNORECASE)
# a month opening a range of months: "jan-mar", "sep to dec"
_MONTH_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|till|until|thru|through)\s*" + MONTH, re.IGNORECASE)
# a part of a month named: "the last week of march", "end of may", "the first day of dec"
_MONTH_OF_BEFORE = re.compile(r"\b(?:days?|weeks?|weekend|end|start|beginning|middle|half|rest|part)\s+of\s+$", re.IGNORECASE)


# Things named after the month they belong to: "the March issue", "Shop March Collection", "our Aug sale"
_MONTH_THING = re.compile(r"\s+(?:collections?|issues?|editions?|sales?|promos?|promotions?|newsletters?|catalog(?:ue)?s?|"
                          r"lookbooks?|giveaways?|intakes?|arrivals)\b", re.IGNORECASE)


def month_alone(m, text):
    word = m["mon"]
    k = key(word)
    if k == "april" and re.match(r"\s+fools?\b", text[m.end():m.end() + 8], re.I):
        return None  # "April fool!": the joke (its day, "April Fool's Day", is a holiday)
    if is_capitalised(word) and not word.endswith(".") and _MONTH_THING.match(text, m.end()):
        return Partial(month=month_of(word), grain="month")
    if ambiguous_month(word) or (len(k) <= 4 and k not in ("june", "july")):
        # "May", "March" or an abbreviation standing alone: need capitalisation and a date context; chat writes
        # abbreviations in lower case, and after a preposition of time they are months ("till jan", "in aug"; not
        # "apr", the interest rate)
        if not is_capitalised(word) and not (
                k not in ("may", "march", "mar", "apr") and _MONTH_PREP_BEFORE.search(text, max(0, m.start() - 16), m.start())
                or k == "march" and _MARCH_BEFORE.search(text, max(0, m.start() - 16), m.start())
                or k != "may" and _MONTH_LIST_BEFORE.search(text, max(0, m.start() - 16), m.start())
                or k not in ("may", "march", "mar") and _MONTH_RANGE_AFTER.match(text, m.end())
                or _MONTH_OF_BEFORE.search(text, max(0, m.start() - 24), m.start())):
            return None
        if not _context_before(text, m.start()) and not (k not in ("may", "march", "mar")
                                                         and _MONTH_RANGE_AFTER.match(text, m.end())):
            return None  # a range of months needs no other context: "Jan-Mar very busy"
        if k in ("march", "may") and re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()]) and re.match(
                r"\s*[.,;:!?]", text[m.end():m.end() + 2]):
            return None  # "no raids along the March.": the noun
        if k in ("may", "march") and not _MONTH_PART_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
                and not re.search(r"\b(?:in|since|until|till|during|by|from|last|next|this|early|late)\s+$",
                                  text[max(0, m.start() - 8):m.start()], re.I) \
                and re.match(r"\s+(?:have|be|not|well|also|never|still|yet|the|a|an|to)\b",
                             text[m.end():m.end() + 8], re.I):
            return None
    elif not is_capitalised(word) and k == "august" and not re.search(
            r"\b(?:in|on|of|since|until|till|by|during|from|to|last|next|this|early|late|mid)\s+$",
            text[max(0, m.start() - 10):m.start()], re.I):
        return None  # "an august body"; other full names are months even lower-case ("waiting for november")
    # "Theresa May", "Mike Pence and June Smith": a capitalised word before or after is a name.
    before = text[max(0, m.start() - 20):m.start()]
    if is_capitalised(word) and re.search(r"[A-Z][a-z]+\s$", before) and not re.search(
            r"(?:In|On|Of|Since|Until|Till|By|During|Last|Next|This|Early|Late|From|Through|Throughout|Between|Around|"
            r"Before|After|The|Their|"
            r"His|Her|Its|Our|Every|Each|That|Mid|A|An|And|Or|To|Your|My)\s$", before) and not (
            k not in ("june", "april", "august") and re.search(r"(?:Hello|Hi|Hey|Bye|Goodbye|Welcome)\s$", before)):
        return None  # greetings: "Hello February" (but "Hi June," greets a person)
    if re.match(r"\s+[A-Z](?:[a-z]|\.(?![A-Z]))", text[m.end():m.end() + 4]) and not word.endswith(".") \
            and not _MONTH_PART_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
            and not re.search(r"\b(?:in|since|until|till|during)\s+$" if k in ("april", "may", "june") else
                              r"\b(?:in|since|until|till|during|by)\s+$", text[max(0, m.start() - 8):m.start()], re.I):
        # "in April Nixon appointed": after a preposition of time the month stands before a name
        return None  # "June Carter", "thanks to Jun V."; after "Aug." a capital starts the next sentence
    if ambiguous_month(word) and _OF_NAME.match(text, m.end()):
        return None  # "the March of Dimes", "the March of Time": a name, not "March of 1943" / "of that year"
    return Partial(month=month_of(word), grain="month")


_OF_NAME = re.compile(r"\s+of\s+(?!" + MONTH + r")[A-Z][a-z]")
_HOUSE_NOUN = alt(GUARDS["house_number_nouns"]) + r"\s+of\b"
# "Hill 1304", "Gate 1212": a number naming one of these is no year
_IDENTIFIER_BEFORE = re.compile(r"(?<![\w-])" + alt(GUARDS["identifier_nouns"]) + r"\s*$", re.IGNORECASE)
# "Windows 2000", "SQL Server 2019": software named with a year
_PRODUCT_BEFORE = re.compile(r"(?<![\w-])" + alt(GUARDS["products_before_year"]) + r"\s+$")


_IN_OPENS = re.compile(r"(?:^|[.!?\n]\s*)In\s+$")
_NOUN_THEN_VERB = re.compile(r"\s+[a-z]+s\s+(?:[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")


# "sold 1500 yesterday", "added 2000 on Monday": a number right before a day named from now is what was counted
# on that day, unless a word that introduces a year comes before it ("in 1990 today's", "since 2001")
_DAY_NAMED_NEXT = re.compile(r"\s+(?:yesterday|today|tomorrow|tonight|(?:last|this)\s+(?:week|month|morning|afternoon|"
                             r"evening)|on\s+" + WEEKDAY + r")(?![\w'’-])", re.IGNORECASE)
_WORD_NOT_OF_YEAR = re.compile(r"(?<![\w'’-])(?!(?:in|since|by|of|from|until|till|to|during|for|the|year|fy|early|late|mid|"
                               r"around|before|after|circa|c|between|through|thru|ca|happy|welcome|"
                               r"bye|hello|goodbye)\s)[a-z]+\s+$", re.IGNORECASE)


def year_alone(m, text):
    y = int(m["y"])
    after = text[m.end():m.end() + 25]
    before = text[max(0, m.start() - 12):m.start()]
    # Quantities and identifiers: "1500 soldiers", "Flight 1201", "No. 1990".
    if re.match(r"\s+(?:people|troops|men|women|soldiers|workers|employees|students|members|tons?|feet|meters|"
                r"miles|km|points|votes|shares|barrels|acres|pounds|dollars|yuan|euros|kilometers|kg|mm|cc|pence|"
                r"yen|euro)\b", after):
        return None
    if re.search(r"\bpoints?\s+(?:to|at)\s+$|\b(?:closed|ended|finished|settled)\s+at\s+$",
                 text[max(0, m.start() - 30):m.start()]):
        return None  # an index level: "rose 12 points to 1545", "closed at 1980"
    if re.match(r"\s+[a-z]+s\b(?!:)", after) and not (  # not a link: "... 2015 https://t.co/..."
            # a verb or function word, not a counted noun: "in 2008 was", "since 1882 as part of", "2014 marks"
            re.match(r"\s+(?:was|is|has|does|as|its|his|this|thus|plus|us|yes|whereas|unless|across|"
                     r"perhaps|always|afterwards|onwards|towards|marks|brings|sees|begins|starts|ends|promises|looks|"
                     r"comes|means|holds|remains|becomes)\b", after)
            # a year premodifying a noun after a determiner or a preposition of time: "the 1992 protests",
            # "its 2006 highs", "since 1989 sales"
            or re.search(r"\b(?:the|its|their|his|her|our|since|until|till|during)\s+$", before, re.I)
            or re.search(r"\b(?:pre|post)-$", before, re.I)  # "many post-1975 buildings"
            # "In 2005 excavations found ...": a sentence-opening "In" and a verb after the plural noun
            or _IN_OPENS.search(text, max(0, m.start() - 6), m.start()) and _NOUN_THEN_VERB.match(after)
            or re.search(r"\b(?:happy|hello|bye|goodbye|welcome)\s+$", before, re.I)  # "happy 2014 guys": a greeting
            # "53% of 1913 levels", "up 3 percent from 2011 levels": a year dating a measure
            or re.search(r"\b(?:of|from|to|above|below|over|than|near)\s+$", before) and re.match(r"\s+(?:levels|highs|lows|figures|totals|prices|rates|"
                                                           r"results|standards|borders|frontiers|lines)\b", after)):
        return None
    if is_house_number(text, m.end()) and re.search(r"\b(?:at|to|on|the)\s+$", before, re.I):
        # "lives at 1600 Pennsylvania Avenue", "the 2000 block of Elm Street"; not "in 1987 Wall Street ..."
        # ("the 2008 Wall Street crash" is no house number: after "the" only "block of" counts)
        if not re.search(r"\bthe\s+$", before, re.I) or re.match(r"\s+" + _HOUSE_NOUN, text[m.end():]):
            return None
    if re.search(r"(?:No\.|number|#|flight|route|room|page|pp?\.|model|version|rule|article|section|"
                 r"\$|£|€|US\$|chapter)\s*$", before, re.IGNORECASE) or _IDENTIFIER_BEFORE.search(before) \
            or _PRODUCT_BEFORE.search(before):
        return None
    if re.match(r"\s*(?:-|–|to)\s*\d{1,2}(?!\d)", after) and not re.match(r"\s*(?:-|–)\s*\d{2}\b", after):
        return None  # a score "1990-3"? (a range 1990-91 stays)
    if y < 1500 and not _context_before(text, m.start()):
        return None
    if _DAY_NAMED_NEXT.match(text, m.end()) and _WORD_NOT_OF_YEAR.search(text, max(0, m.start() - 20), m.start()):
        return None
    if y < 1900 and y % 100 < 60 and re.search(r"\b(?:at|abt)\s+$", before, re.I) and not \
            m.group(0).lower().startswith("the"):
        return None  # "left at 1015", "at 1530": a 24-hour clock time (recognised in times.py)
    return Partial(year=y, grain="year")


def era_year(m, text):
    y = int(m["y"] or m["y2"])
    era = key(m["era"] or m["era2"]).replace(".", "").replace(" ", "")
    if y == 0:
        return None
    return Partial(year=y, bc=era in ("bc", "bce"), grain="year")


_BC_AFTER = re.compile(r"\s+(?:BCE?|B\.\s?C\.(?:\s?E\.)?|B\.\s?C(?![.\w]))(?![\w])")


def named_era_year(m, text):
    """'August 480 BC', 'the spring of 480 BC', 'autumn of 481 B.C.': a month or season of a year BC."""
    if not m["era"][0].isupper() or (m["mon"] and not _month_ok(m, text)):
        return None
    y = int(m["y"])
    if y == 0:
        return None
    if m["y3"]:
        # "the winter of 53-52 BC": one winter across the turn of a year BC, named by its first year (as
        # "the winter of 1941-42"); any other range of years is two years, not one season
        y3 = m["y3"]
        if m["mon"] or key(m["s"]) not in ("winter", "wintertime") or int(str(y)[:-len(y3)] + y3) != y - 1:
            return None
    if m["mon"]:
        return Partial(year=y, month=month_of(m["mon"]), bc=True, grain="month")
    return Partial(year=y, season=CAL["seasons"][key(m["s"])], bc=True, grain="season")


_DECADE_NEXT = re.compile(r"\s*(?:and|or|to|through|-|–)\s*(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?\d{3}0s",
                          re.IGNORECASE)
_DECADE_BEFORE = re.compile(r"\d{3}0s\s*(?:,|and|or|to|through|-|–)\s*(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?$",
                            re.IGNORECASE)


def decade(m, text):
    if m["bcd"]:  # "the 470s BC"
        return Partial(decade=int(m["bcd"][:-1]), bc=True, grain="decade")
    if m["dy"]:
        if m["dy"].endswith("00") and m["dy"] != "2000" and not _DECADE_NEXT.match(text, m.end()) \
                and not _DECADE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # "the 1800s", "the early 1600s": the century (the 19th, the 17th), as "the 1800s" is read; a
            # decade only in a list of decades ("the 1900s and 1910s"), and "the 2000s" is the decade
            return Partial(century=int(m["dy"][:2]), grain="century")
        return Partial(decade=int(m["dy"][:3]), grain="decade")
    if m["dy2"]:
        return Partial(decade=int(m["dy2"][0]), grain="decade", vague_year=True)
    if m["dy3"]:  # "the 90s", "the 80's", "the 80s and 90s": a decade without its apostrophe, after "the" only
        before = text[max(0, m.start() - 50):m.start()]
        if not (re.search(r"\bthe\s+(?:(?:early|mid|late)\s*-?\s*)?$", before, re.I)
                or re.search(r"\bthe\s+[1-9]0['’]?s\s*(?:and|or|to|&|-|–)\s*$", before, re.I)):
            return None  # "in his 90s", "aged 60s": an age
        if _DECADE_MEASURE.search(before) or re.match(r"\s*(?:%|°|percent|percentile|degrees?)", text[m.end():m.end() + 12],
                                                      re.I):
            return None  # "temperatures in the 90s", "scores in the 80s", "the 90s percentile": a measure
        return Partial(decade=int(m["dy3"][0]), grain="decade", vague_year=True)
    if re.search(r"\b(?:in|into|to|reached|reach|turned|hit|past)\s+(?:his|her|their|my|your|our|its|whose)\s+"
                 r"(?:(?:early|mid|late)(?:\s*-?\s*to\s*-?\s*(?:mid|late))?\s*-?\s*)?$",
                 text[max(0, m.start() - 40):m.start()], re.I):
        return None  # "in her early thirties": an age
    word = key(m["dw"])
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
            "eighties": 8, "nineties": 9}[word]
    if m["cw"]:  # "the nineteen-sixties": the century is written out
        return Partial(decade={"seventeen": 170, "eighteen": 180, "nineteen": 190}[key(m["cw"])] + tens,
                       grain="decade")
    return Partial(decade=tens, grain="decade", vague_year=True)


# a measure before "the 90s": degrees, scores, speeds
_DECADE_MEASURE = re.compile(r"\b(?:temperatures?|temps?|highs?|lows?|degrees?|heat|weather|thermometer|fahrenheit|"
                             r"scores?|scored|marks|grades?|percent|mph|km/?h|speeds?|rated|rating|aged?|ages)\b|[°%]",
                             re.IGNORECASE)


_CENTURY_HEAD = re.compile(r"(?:" + ORDINAL_WORD + r"|\d{1,2}(?:st|nd|rd|th))\s*(?:,|and|or|to|-|–)\s*(?:the\s+)?$",
                           re.IGNORECASE)


_CENTURY_NAME = re.compile(r"\s+" + alt(GUARDS["century_name_heads"]) + r"(?![\w])")


def century(m, text):
    """'the 19th century', 'the fifth century BC'; '13th centuries' closing a pair ('the 12th and 13th
    centuries') is the second century of it."""
    s = key(m["n"])
    n = NUM["ordinals"].get(s) or int(re.match(r"\d+", s).group())
    if not 1 <= n <= 21:
        return None
    if m.groupdict().get("u") == "Century" and _CENTURY_NAME.match(text, m.end()):
        return None  # "20th Century Fox", "the 21st Century Fund": a company
    plural = key(m.groupdict().get("u") or "") == "centuries"
    if plural and not _CENTURY_HEAD.search(text, max(0, m.start() - 24), m.start()):
        return None
    if m["bc"]:  # "the fifth century BC"
        return Partial(century=n - 1, bc=True, grain="century")
    return Partial(century=n - 1, grain="century")


def decade_of_century(m, text):
    """'the first decade of the 20th century' (the 1900s, 190), 'the last decade of the 19th century' (189)."""
    s = key(m["n"])
    c = NUM["ordinals"].get(s) or int(re.match(r"\d+", s).group())
    o = key(m["o"])
    k = 10 if o in ("last", "final") else NUM["ordinals"].get(o)
    if not 1 <= c <= 21 or k is None or not 1 <= k <= 10:
        return None
    return Partial(decade=(c - 1) * 10 + k - 1, grain="decade")


def turn_of_century(m, text):
    """'the turn of the century' (the turn nearest the anchor's year), 'the turn of the 20th century' (1900),
    'the turn of the millennium' (2000): the year at that turn, about (mod APPROX)."""
    size = 1000 if key(m["u"]).startswith("millenni") else 100
    if m["n"] is None:
        return Partial(turn=size, mod="APPROX", grain="year")
    s = key(m["n"])
    n = NUM["ordinals"].get(s) or int(re.match(r"\d+", s).group())
    if not 1 <= n <= (3 if size == 1000 else 21):
        return None
    return Partial(year=(n - 1) * size, mod="APPROX", grain="year")


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "final": 4, "last": 4}


_DOW_CODE = {1: "MON", 2: "TUE", 3: "WED", 4: "THU", 5: "FRI", 6: "SAT", 7: "SUN"}


def nth_weekday_of_month(m, text):
    """'the first Monday in September', 'the last Sunday of June 2021', 'the first weekend in May': that day
    of the month (a holiday spec, resolved like 'Labor Day'); a weekend counts by its Saturday, the last one by
    its Sunday (so it lies inside the month)."""
    if not _month_ok(m, text):
        return None
    n = -1 if key(m["n"]) in ("last", "final") else _ORD[key(m["n"])]
    mon = month_of(m["mon"])
    if m["wd"]:
        return Partial(holiday=[mon, n, _DOW_CODE[weekday_of(m["wd"])]], year=_year(m["y"]), grain="day")
    spec = [mon, -1, "SUN", -1] if n == -1 else [mon, n, "SAT"]
    return Partial(holiday=spec, year=_year(m["y"]), grain="weekend")


def week_of(m, text):
    """'the week of March 6': the calendar week holding that day."""
    p = month_day(m, text)
    if p is not None:
        p.grain = "week"
    return p


def quarter(m, text):
    q = m["q"]
    n = int(q[1]) if q.lower().startswith("q") else _ORD[key(q)]
    p = Partial(quarter=n, year=_year(m["y"]), grain="quarter")
    if m["ry"]:  # "next year's first quarter"
        p.rel = ("year", _REL_YEAR[key(m["ry"])])
    return p


_MATCH_WORDS = re.compile(
    r"(?<![\w-])(?:" + alt(GUARDS["match_words"]) + r"|(?:the|a|this|that|their|his|its|\w+['’]s)\s+"
    + alt(GUARDS["match_nouns"]) + r"|\d{1,3}(?:st|nd|rd|th)\s+minute|(?:won|lost|led|leading|trailed|trailing|drew)"
    r"\s+\d{1,2}\s*[-–]\s*\d{1,2})(?![\w-])", re.IGNORECASE)
_MATCH_HALF_HEAD = re.compile(r"\s+" + alt(GUARDS["match_half_heads"]) + r"(?![\w-])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_MATCH_REACH = 300  # characters looked at on each side of a half for what says it is a match's


def _match_half(m, text) -> bool:
    """"a second-half goal", "scored in the first half" (in that sentence or the one before): the half of a
    match, not of the year."""
    if _MATCH_HALF_HEAD.match(text, m.end(), m.end() + 30):
        return True
    lo = max(0, m.start() - _MATCH_REACH)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, m.start())]
    after = _SENTENCE_END.search(text, m.end(), m.end() + _MATCH_REACH)
    return _MATCH_WORDS.search(text, ends[-2] if len(ends) >= 2 else lo,
                               after.start() if after else m.end() + _MATCH_REACH) is not None


def half(m, text):
    m = _HalfMatch(m)
    if m["h2"]:  # "H2 2024", "H1 results"
        return Partial(half=int(m["h2"][1]), year=_year(m["y"]), grain="half")
    h = key(m["h"])
    if h in ("1st", "2nd") and m["y"] is None and not re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()],
                                                                 re.I):
        return None  # "ran fast in 1st half": a half of a game or race, not of the year
    if m["y"] is None and _match_half(m, text):
        return None
    return Partial(half=2 if h in ("last", "latter") else _ORD[h], year=_year(m["y"]), grain="half")


def months_quarter(m, text):
    """'the April-June quarter', 'the July-to-September quarter': a calendar quarter named by its first and last
    month (a fiscal quarter of other months has no calendar value and is left to the month rules)."""
    m1, m2 = month_of(m["m1"]), month_of(m["m2"])
    if m1 % 3 != 1 or m2 != m1 + 2:
        return None
    return Partial(quarter=(m1 + 2) // 3, year=_year(m["y"]), grain="quarter")


def period_of_rel_year(m, text):
    """'the fourth quarter of last year', 'the first half of the year', 'the second half of next year': that
    quarter or half of the year named (the year of the story's date for 'the/that year')."""
    o, u, rel = key(m["o"]), key(m["u"]), key(m["rel"])
    if u == "half":
        if o not in ("first", "second", "1st", "2nd", "last", "latter", "back", "front"):
            return None
        n = 2 if o in ("last", "latter", "back") else 1 if o == "front" else _ORD[o]
    else:
        if o in ("latter", "back", "front"):
            return None
        n = _ORD[o]
    off = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(rel, 0)
    anchor = "prev" if rel in ("the", "that", "the previous", "the following") else "ref"
    p = Partial(rel=("year", off), anchor=anchor, grain=u)
    if u == "half":
        p.half = n
    else:
        p.quarter = n
    return p


def fiscal(m, text):
    y = m["y"]
    yr = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 40 else 2000 + int(y))
    return Partial(year=yr, grain="year")


_SEASON_EVENT = re.compile(r"\s+(?:offensives?|counter-?offensives?|campaigns?|quarters|fighting|rains|"
                           r"assault|attacks?|retreat)\b", re.IGNORECASE)


def season(m, text):
    word = m["s"]
    before = text[max(0, m.start() - 30):m.start()]
    after = text[m.end():m.end() + 20]
    if re.search(r"mid[-‐ ]?$", before, re.I) and re.match(r"\s+festival\b", after, re.I):
        return None  # the Mid-Autumn Festival: a lunar feast, no part of the season
    if m["sy"]:
        pass  # "the summer of '69": the year makes it a season; the checks of a bare season below do not apply
    elif m["y"] is None and m["yw"] is None and _SEASON_EVENT.match(after):
        pass  # "their summer offensive", "the Spring Offensive": a season dating a campaign
    elif m["y"] is None and m["yw"] is None:
        if is_capitalised(word) and re.search(r"[A-Z][\w'’]*\s$", before) and not re.search(
                r"(?:^|\s)(?:In|This|Last|Next|Early|Late|By|The|During|Since|Until|Your|My|Our|His|Her|Their|"
                r"Its|A|An)\s$", before):
            return None  # "Prague Spring", "Arab Spring": part of a name
        k = key(word)
        if k in ("fall", "spring"):
            # Also words: lower-case they need a date context; capitalised, not at the start of a sentence
            # ("Fall back!") they are the season ("florals in hues of Spring").
            if not _context_before(text, m.start()) and not (
                    is_capitalised(word) and not re.search(r"(?:^|[.!?:\n\"“`'‘]\s*)$", before)
                    and not re.match(r"\s+of\s+[A-Z]", text[m.end():m.end() + 6])):
                return None
        if re.match(r"\s*(?:-|–)?\s*(?:palace|olympics|games|wheat|solstice|equinox)\b", text[m.end():m.end() + 14],
                    re.I):
            return None  # names and things; otherwise winter, summer, autumn date on their own: "winter storm"
        if is_capitalised(word) and re.match(r"\s+Statements?\b", after):
            return None  # "the Autumn Statement", "the Spring Statement": a British budget speech, a name
        if is_capitalised(word) and re.match(r"\s+[A-Z][a-z]", after) and not _context_before(text, m.start()):
            return None  # a first name or a place: "Summer Glau said", "Autumn Reeser"
        if k in ("fall", "spring") and re.search(r"(?:^|[^\w\s]\s*|\b(?!in\b|during\b|by\b|since\b|until\b|till\b|"
                                                 r"through\b|throughout\b|over\b|of\b|for\b|from\b|to\b|last\b|"
                                                 r"next\b|this\b|spent\b|spend\b|spending\b)"
                                                 r"\w+\s+)the\s+$", before, re.I):
            return None  # "The spring in the mattress": a bare "the" is not enough for these two
        if k in ("fall", "spring") and not is_capitalised(word) and re.search(r"\b(?:a|an)\s+$", before, re.I):
            return None  # "showed a fall in sales", "a spring in their step": the noun, never the season
        if k in ("fall", "spring") and re.search(r"(?:\bto|\bwill|\bcould|\bmay|\bmight|\bwould|\bdid|"
                                                 r"\bdoes|\bnot|\bto)\s+$", before, re.I):
            return None  # a verb: "prices could fall", "hopes spring"
    if m["y"] is None and m["yw"] is None and key(word) == "fall" and re.match(
            r"\s+of\s+(?:the\s+)?(?:[A-Z]|(?:[a-z]+\s+)?(?:city|capital|town|fortress|fort|government|regime|empire|republic|"
            r"monarchy|dynasty|wall|garrison|port)\b)", text[m.end():m.end() + 40]):
        return None  # "the fall of Rome", "the fall of the old fortress": a city's fall, not autumn
    if m["sy"]:  # "the summer of '69"
        return Partial(season=CAL["seasons"][key(word)], year=int(m["sy"]), grain="season", vague_year=True)
    year = _year(m["y"]) if m["y"] else (_words_year(m["yw"]) if m["yw"] else None)
    if m["y2"] and int(m["y2"]) % (100 if len(m["y2"]) == 2 else 10000) != (year + 1) % (
            100 if len(m["y2"]) == 2 else 10000):
        return None  # "winter 1941-45": a range of years, no one winter
    return Partial(season=CAL["seasons"][key(word)], year=year, grain="season")


# "Christmas Island", "the Good Friday Agreement" (names, capitalised); "a Christmas tree", "Easter eggs", "New
# Year's resolutions" (things, in either case)
_HOLIDAY_NAME = re.compile(r"\s+" + alt(GUARDS["holiday_name_heads"]) + r"(?![\w'’-])")
_HOLIDAY_THING = re.compile(r"\s+" + alt(GUARDS["holiday_things"]) + r"(?![\w'’-])", re.IGNORECASE)


def holiday_names_a_thing(text: str, end: int, things: bool = True) -> bool:
    """'Christmas Island', 'Easter Rising', 'a Christmas tree' (before 'Gift Guide' it still dates). With
    ``things`` false only names count ("Good Friday Agreement"; "on Friday trees were felled" dates)."""
    return _HOLIDAY_NAME.match(text, end) is not None or things and _HOLIDAY_THING.match(text, end) is not None


def holiday(m, text):
    if m["y"] is None and holiday_names_a_thing(text, m.end()):
        return None
    k = key(m["hol"])
    if k == "election day" and not m["hol"][0].isupper():
        return None  # "on election day" in any country is no fixed date; capitalised it is the US one
    if k in ("valentine's", "valentines") and re.search(
            r"\b(?:my|your|his|her|our|their|secret|a|an|the|some|many|no|of|\d+)\s+$", text[max(0, m.start() - 10):m.start()],
            re.I):
        return None  # "my valentine's card", "sent 20 valentines": the person or the cards, not the day
    if k == "nye" and (m["hol"] not in ("NYE", "nye") or re.search(r"\bbill\s+$", text[max(0, m.start() - 6):m.start()],
                                                                    re.I)):
        return None  # "Bill Nye": the surname; New Year's Eve is "NYE" or, in chat, "nye"
    spec = CAL["holidays"][k]
    if m["wk"]:  # "Easter week", "Christmas week": the (ISO) week the holiday falls in;
        # "the Labor Day weekend", "Thanksgiving weekend": the weekend next to it
        return Partial(holiday=spec, grain=key(m["wk"]))
    return Partial(holiday=spec, year=_year(m["y"]), grain="day")


# after a round number in words, a word that makes it a count: "about two thousand people", "nineteen hundred men"
_COUNTED_NEXT = re.compile(r"\s+(?!(?:in|on|at|and|or|to|the|a|an|when|was|were|is|are|had|has|he|she|they|it|we|"
                           r"i|you|as|by|for|with|from|after|before|until|saw|brought)\b)[a-z]")
_ROUND = re.compile(r"(?:the\s+year\s+)?(?:two\s+thousand|\w+\s+hundred)", re.IGNORECASE)


def year_words(m, text):
    """'nineteen ninety-six', 'two thousand and five'; a round number before a noun is a count ('about two
    thousand people')."""
    if _ROUND.fullmatch(m.group(0)) and _COUNTED_NEXT.match(text, m.end()):
        return None
    y = _words_year(m.group(0))
    return Partial(year=y, grain="year") if y else None


def _words_year(s: str) -> int | None:
    s = key(s).replace("-", " ")
    s = re.sub(r"^the year\s+", "", s)
    words = s.split()
    card = NUM["cardinals"]
    try:
        if words[:2] == ["two", "thousand"]:
            rest = [w for w in words[2:] if w != "and"]
            y = 2000 + (sum(card[w] for w in rest) if rest else 0)
        else:
            hi = card[words[0]]
            rest = [w for w in words[1:] if w not in ("hundred", "and", "oh")]
            lo = sum(card[w] for w in rest) if rest else 0
            y = hi * 100 + lo
    except KeyError:
        return None
    return y


_HOLIDAY = alt(CAL["holidays"].keys()) + END
_Y = f"(?P<y>{YEAR4})"
_SHORT_Y = r"['’](?P<sy>\d{2})(?![\w'’%]|[.,:/]\d)"
_WINTER = alt(k for k, v in CAL["seasons"].items() if v == "WI") + END
# "the winter of 1941-42": a winter named by the two years it spans is one season, that of its first year
_WINTER_TAIL = r"(?(wi)(?:\s*[-–/]\s*(?P<y2>\d{4}|\d{2})(?![\w%]|[.,]\d))?)"
# ... also with a slash ("winter 1914/15"), which after any other year is no year ("2020/21" of a sports season)
_WINTER_Y = "(?P<y>" + YEAR4.replace(r"(?![\w%/]", r"(?![\w%]|(?(wi)/(?!\s*\d)|/)") + ")"
assert "(?(wi)" in _WINTER_Y, "YEAR4's lookahead changed: update _WINTER_Y"
_WD = f"(?:(?P<wd>{WEEKDAY})\\s?,?\\s+)?"
# a year with its era after a day and month: "15 March 44 BC", "24 August AD 79", "1 May 1066 AD"
_ERA_Y = (r"(?:(?P<ey>\d{1,4})\s*(?P<era>(?-i:B\.\s?C\.(?:\s?E\.)?|BCE|BC|A\.\s?D\.|AD|C\.E\.|CE))(?![\w])"
          r"|(?-i:A\.?\s?D\.?)\s*(?P<ey2>\d{1,4})(?![\w,.]\d|\w))")
_TEENS = alt(["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
              "nineteen"])
_TENS = alt(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
_ONES = alt(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
_YEAR_WORDS = (r"(?:(?:nineteen|twenty)[- ](?:hundred(?:\s+and\s+" + _ONES + ")?|" + _TENS + r"(?:[- ]" + _ONES
               + r")?|" + _TEENS + r"|oh[- ]" + _ONES + r")|two\s+thousand(?:\s+and)?(?:[- ]" + _ONES + r"|\s+"
               + _TEENS + r")?)" + END)

RULES = [
    Rule("iso_date", r"(?<![\w/.-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
         r"(?:[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?(?![\w-])",
         iso_date, "2023-07-19"),
    Rule("us_numeric", r"(?<![\w/.-])(?P<mo>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\w/])",
         us_numeric, "07/19/2023"),
    # "6/2023", "06/2019 - 03/2021": a month and a four-digit year, as forms and CVs write them (the year
    # shows which number is which; "12/25" could be either and is left)
    Rule("month_slash_year", r"(?<![\w/.,$£€-])(?P<mo>1[0-2]|0?[1-9])/(?P<y>1[89]\d\d|20\d\d)(?![\w/.,]\d|[\w/%])",
         month_slash_year, "06/2023"),
    Rule("day_first_numeric", r"(?<![\w/.-])" + _WD + r"(?P<d>1[3-9]|2\d|3[01])/(?P<mo>1[0-2]|0?[1-9])(?:/(?P<y>\d{4}|\d{2}))?"
         r"(?![\w/]|[.,]\d)", day_first_numeric, "25/12/2014"),
    Rule("other_full_date", r"(?<![\w/.-])(?:(?<!,)(?P<d>3[01]|[12]\d|0[1-9])\.(?P<mo>1[0-2]|0[1-9])\.(?P<y>\d{4}|\d{2})"
         r"|\d{4}([/.])(?:1[0-2]|0?[1-9])\4(?:3[01]|[12]\d|0?[1-9])"
         r"|(?:3[01]|[12]\d|0?[1-9])-(?:" + MONTH + r")-(?:\d{4}|\d{2})|(?:" + MONTH + r")-(?:3[01]|[12]\d|0?[1-9])-\d{4})"
         r"(?![\w/-]|\.\d)", other_full_date, "19-Jul-2023"),
    Rule("month_day", START + _WD + r"(?P<mon>" + MONTH + r")\s*(?:the\s+)?(?P<d>" + DAYNUM + "|" + ORDINAL_WORD + END
         + r"(?!\s+(?!of\b|and\b|in\b|at\b|to\b|on\b|when\b|with\b|is\b|was\b|will\b)[a-z]))(?:\s?,?\s*(?:of\s+)?"
         + "(?:" + _ERA_Y + "|" + _Y + "))?",
         month_day, "July 19, 2023", flags=0 | re.IGNORECASE),
    Rule("day_month", START + _WD + r"(?:the\s+)?(?P<d>" + DAYNUM + "|" + ORDINAL_WORD + r")\s+(?:of\s+)?(?P<mon>"
         + MONTH + r")"
         r"(?:\s?,?\s*(?:" + _ERA_Y + "|" + _Y + "))?", month_day, "19 July 2023"),
    # chat and label style, the day glued to the month: "26nov 2015", "3Jan"
    Rule("day_month_glued", r"(?<![\w/.#@:-])(?P<d>3[01]|[12]\d|0?[1-9])(?P<mon>" + MONTH + r")(?:\s?,?\s*" + _Y + ")?",
         lambda m, t: month_day(_NoWeekday(m), t), "26nov 2015"),
    Rule("nth_weekday_of_month", START + r"(?P<n>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?:(?P<wd>"
         + WEEKDAY + r")|weekend" + END + r")\s+(?:in|of)\s+(?P<mon>" + MONTH + r")(?:,?\s+" + _Y + ")?",
         nth_weekday_of_month, "the first Monday in September", takes_the=True),
    Rule("week_of", START + r"the\s+week\s+of\s+(?:" + _WD + r")?(?P<mon>" + MONTH + r")\s*(?P<d>" + DAYNUM + r")(?:\s?,?\s*"
         + _Y + ")?", week_of, "the week of March 6"),
    Rule("week_of_day_month", START + r"the\s+week\s+of\s+(?:" + _WD + r")?(?P<d>" + DAYNUM + r")\s+(?:of\s+)?(?P<mon>"
         + MONTH + r")(?:,?\s+" + _Y + ")?" + END, week_of, "the week of 6 March"),
    # planning documents: "w/c 24 July", "w/b 3 July" (week commencing / beginning): the week holding that day
    Rule("week_commencing_abbrev", r"(?<![\w/])w/[cb]\.?\s*(?:" + _WD + r")?(?:(?P<d>" + DAYNUM + r")\s+(?:of\s+)?(?P<mon>"
         + MONTH + r")|(?P<mon2>" + MONTH + r")\s+(?P<d2>" + DAYNUM + r"))(?:,?\s+" + _Y + ")?" + END,
         lambda m, t: week_of(_DayMonth(m), t), "w/c 24 July"),
    # deeds and contracts: "this 3rd day of March 2023", "on the 21st day of June"
    Rule("day_of_month_deed", START + r"(?:the\s+)?(?P<d>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th))\s+day\s+of\s+(?P<mon>" + MONTH + r")(?:,?\s+"
         + _Y + ")?" + END + r"(?P<wd>(?!))?", month_day, "the 3rd day of March 2023"),
    Rule("month_year", START + r"(?:this\s+)?(?P<mon>" + MONTH + r"),?\s+(?:of\s+)?(?:" + _Y + "|(?P<yw>" + _YEAR_WORDS + ")|" + _SHORT_Y + ")",
         month_year, "February 2022"),
    Rule("short_year", START + _SHORT_Y, short_year, "in '89"),
    Rule("month_rel_year", START + r"(?:(?:the\s+)?(?P<d0>" + DAYNUM + r")\s+(?:of\s+)?)?(?P<mon>" + MONTH + r")(?:\s+(?P<d>"
         + DAYNUM + r"))?,?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year" + END, month_rel_year, "June last year"),
    Rule("month_that_year", START + r"(?:(?P<d0>" + DAYNUM + r")\s+)?(?P<mon>" + MONTH + r")(?:\s+(?P<d>" + DAYNUM
         + r"))?,?\s+of\s+"
         r"(?:that|the\s+(?P<which>same|following|next|previous|preceding))\s+year" + END, month_that_year,
         "August of that year"),
    Rule("season_that_year", START + r"(?P<s>" + SEASON + r")\s+of\s+(?:(?P<dir>next|last|this)|that|the\s+(?P<which>"
         r"same|following|next|previous|preceding))\s+year" + END, season_that_year, "the spring of next year",
         takes_the=True),
    Rule("season_rel_year", START + r"(?:the\s+)?(?P<s>" + SEASON + r"),?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year" + END,
         season_rel_year, "the spring of last year"),
    Rule("month_of", START + r"the\s+month\s+of\s+(?P<mon>" + MONTH + r")(?:,?\s+" + _Y + ")?",
         lambda m, t: Partial(month=month_of(m["mon"]), year=_year(m["y"]), grain="month") if _month_ok(m, t) else None,
         "the month of April"),
    Rule("month_alone", START + r"(?P<mon>" + MONTH + r")", month_alone, "June"),
    Rule("era_year", START + r"(?:(?P<y>\d{1,4})\s*(?P<era>B\.\s?C\.(?:\s?E\.)?|B\.\s?C(?![.\w])|BCE|BC|A\.\s?D\.|AD|C\.E\.|CE)(?![\w])"
         r"|(?P<era2>A\.?D\.?)\s*(?P<y2>\d{1,4})(?![\w,.]\d))", era_year, "499 BC", flags=0),
    Rule("named_era_year", START + r"(?:(?P<mon>" + MONTH + r")|(?P<s>" + SEASON + r"))\s+(?:of\s+)?(?P<y>\d{1,4})"
         r"(?:\s*[-–]\s*(?P<y3>\d{1,4}))?\s*(?P<era>B\.\s?C\.(?:\s?E\.)?|BCE|BC)(?![\w])", named_era_year,
         "August 480 BC", takes_the=True),
    Rule("year", r"(?:(?<![\w])the\s+year\s+)?(?P<y>" + YEAR4 + ")", year_alone, "1968"),
    Rule("decade", START + r"(?:(?P<bcd>[1-9]\d{0,2}0)s(?:" + _BC_AFTER.pattern + r")|(?P<dy>1[0-9]{2}0|20[0-9]0)(?:['’]?s|\s['’]s)|['’](?P<dy2>\d0)['’]?s|(?<![\w'’.,$£€#/-])(?P<dy3>[1-9]0)['’]?s"
         r"|(?:(?P<cw>seventeen|eighteen|nineteen)[- ]?)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|"
         r"nineties))" + END,
         decade, "the 1990s", takes_the=True),
    # the first of a pair of centuries: "the [12th] and 13th centuries", "the [fifth] to third centuries BC"
    Rule("century_head", START + r"(?P<n>" + ORDINAL_WORD + r"|\d{1,2}(?:st|nd|rd|th))(?=\s*(?:,|and|or|to|-|–)\s*"
         r"(?:the\s+)?(?:" + ORDINAL_WORD + r"|\d{1,2}(?:st|nd|rd|th))[- ]centur(?:ies|y)" + END
         + r"(?P<bc>" + _BC_AFTER.pattern + r")?)", century, "the 12th and 13th centuries", takes_the=True),
    Rule("century", START + r"(?P<n>" + ORDINAL_WORD + r"|\d{1,2}(?:st|nd|rd|th))[- ](?P<u>century|centuries)" + END
         + r"(?:(?P<bc>" + _BC_AFTER.pattern + r")|\s+(?:AD|A\.D\.|CE|C\.E\.)(?![\w]))?",
         century, "the 19th century", takes_the=True),
    Rule("decade_of_century", START + r"the\s+(?P<o>" + ORDINAL_WORD + r"|last|final)\s+decade\s+of\s+the\s+"
         r"(?P<n>" + ORDINAL_WORD + r"|\d{1,2}(?:st|nd|rd|th))[- ]century" + END + r"(?![-‐])", decade_of_century,
         "the first decade of the 20th century"),
    Rule("turn_of_century", START + r"the\s+turn\s+of\s+the\s+(?:(?P<n>" + ORDINAL_WORD + r"|\d{1,2}(?:st|nd|rd|th))"
         r"[- ])?(?P<u>century|millennium|millenium)" + END + r"(?![-‐])", turn_of_century,
         "the turn of the century"),
    Rule("quarter", START + r"(?:(?P<y0>" + YEAR4 + r")\s+|(?P<ry>this|last|next)\s+year['’]s\s+)?(?:fiscal[- ])?"
         r"(?:(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter"
         r"|(?P<q2>Q[1-4]))(?:(?:\s+of\s+(?:fiscal\s+)?|,?\s*)" + _Y
         + r"|(?:\s+of)?\s+FY\s?['’]?(?P<fy>\d{2}(?!\d)|(?:19|20)\d{2}))?" + END,
         lambda m, t: quarter(_QMatch(m), t), "the third quarter of 2021", takes_the=True),
    Rule("months_quarter", START + r"(?P<m1>" + MONTH + r")\s*(?:[-–]to[-–]|[-–/]|\s+to\s+)\s*(?P<m2>" + MONTH
         + r")\s+quarter" + END + r"(?:\s+of\s+" + _Y + ")?", months_quarter, "the April-June quarter", takes_the=True),
    Rule("period_of_rel_year", START + r"(?:the\s+)?(?P<o>first|second|third|fourth|final|last|latter|back|front|1st|"
         r"2nd|3rd|4th)[- ]"
         r"(?P<u>quarter|half)\s+of\s+(?P<rel>the|this|last|next|that|the\s+current|the\s+previous|the\s+following)\s+"
         r"(?:fiscal\s+)?year" + END, period_of_rel_year, "the fourth quarter of last year"),
    Rule("half", START + r"(?:(?P<h>first|second|1st|2nd|last|latter)[- ]half|(?-i:(?P<h2>H[12])))(?:(?:\s+of\s+"
         r"(?:fiscal\s+)?|,?\s+)" + _Y + r"|(?:\s+of)?\s+FY\s?['’]?(?P<fy>\d{2}(?!\d)|(?:19|20)\d{2}))?" + END + r"(?![- ](?:an?\s+)?(?:hour|time|century|decade|dozen|point|mile|"
         r"of\s+(?:the|a|an|his|her|its|their|this|next|last|that)\b|of\s+(?:" + MONTH + r")" + END + "))", half,
         "the first half of 2021", takes_the=True),
    Rule("fiscal", START + r"(?:(?:fiscal(?:\s+year)?|financial\s+year)\s+(?P<y>" + YEAR4 + r"|\d{2}(?!\d))"
         r"|FY\s?['’]?(?P<y2>\d{4}|\d{2})(?!\d)|(?P<y3>" + YEAR4 + r")\s+(?:fiscal|financial)\s+year" + END + ")",
         lambda m, t: fiscal(_FYMatch(m), t), "fiscal 1989", takes_the=True),
    Rule("season", START + r"(?P<s>(?P<wi>" + _WINTER + r")|" + SEASON + r")(?:\s+(?:of\s+)?(?:" + _WINTER_Y
         + _WINTER_TAIL + "|(?P<yw>" + _YEAR_WORDS + ")|" + _SHORT_Y + r")|\s+months" + END + ")?", season,
         "summer 2020",
         takes_the=True),
    Rule("holiday", START + r"(?P<hol>" + _HOLIDAY + r")(?:\s+(?P<wk>week|weekend)(?![\w-])|(?:,?\s+" + _Y + "))?", holiday,
         "Christmas Day", takes_the=True),
    Rule("year_words", START + r"(?:the\s+year\s+)?" + _YEAR_WORDS, year_words, "nineteen ninety-six"),
]


class _QMatch:
    """Adapter: the quarter rule has two spellings (third quarter / Q3) with different group names."""

    def __init__(self, m):
        self.m = m

    def __getitem__(self, k):
        m = self.m
        if k == "q":
            return m["q"] or m["q2"]
        if k == "y":
            fy = m["fy"] if "fy" in m.re.groupindex else None
            if fy and len(fy) == 2:  # "Q4 FY24": the fiscal year's number, the quarter as a calendar one
                fy = str((2000 if int(fy) < 50 else 1900) + int(fy))
            return m["y"] or m["y0"] or fy
        if k == "ry":
            return m["ry"] if "ry" in m.re.groupindex else None
        return m[k]


class _HalfMatch(_QMatch):
    """Adapter: "the first half of FY24", "H1 FY2024": the fiscal year's number, the half as a calendar one
    (as "Q4 FY24" is a calendar quarter)."""

    def __getitem__(self, k):
        if k == "y":
            fy = self.m["fy"]
            if fy and len(fy) == 2:
                fy = str((2000 if int(fy) < 50 else 1900) + int(fy))
            return self.m["y"] or fy
        return self.m[k]

    def start(self):
        return self.m.start()

    def end(self):
        return self.m.end()


class _FYMatch(_QMatch):
    def __getitem__(self, k):
        if k == "y":
            return self.m["y"] or self.m["y2"] or self.m["y3"]
        return self.m[k]
