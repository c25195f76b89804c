"""Durations: 18 months, a decade, three-year, the past two years, several weeks, for years."""
from __future__ import annotations

import re
from itertools import pairwise

from .grammar import (AMOUNT, DIGIT_UNIT, DIGITS, END, GLOSS, GUARDS, NOT_VERB_LAST, NUMWORD, START, UNIT, UNITS,
                      VERB_LAST, Partial, Rule, alt, day_part_compound, key, number, short_unit_without_digits, unit_of)

_PERIOD_ANCHOR = {"the past": -1, "the last": -1, "this past": -1, "past": -1, "last": -1, "the previous": -1,
                  "the next": 1, "the coming": 1, "next": 1, "the first": 0, "the final": 0, "the latest": -1,
                  "the following": 1, "the remaining": 1, "another": 0, "the": 0, "those": 0, "these": 0,
                  "the recent": -1, "recent": -1, "the past few": -1, "the last few": -1, "the next few": 1}


def _dur(n, u) -> Partial | None:
    if u == "fortnight":
        u, n = "week", (n * 2 if n is not None else None)
    if u == "night":
        u = "day"
    if u == "weekend":
        return None
    return Partial(type="DURATION", dur=(n, u), grain=None)


_RECORD_BEFORE = re.compile(r"(?<![\w-])" + alt(GUARDS["minutes_record_before"]) + r"['’]?s?\s+$", re.I)
_RECORD_AFTER = re.compile(r"\s+(?:of\s+(?:the|its|a|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|hearing)s?\b|"
                           + alt(GUARDS["minutes_record_after"]) + r"(?![\w'’-]))", re.I)
_OFF_HOURS_BEFORE = re.compile(r"(?<![\w-])(?:after|out[- ]of)[- ]$", re.I)
_OFF_HOURS_AFTER = re.compile(r"\s+" + alt(GUARDS["off_hours_heads"]) + r"(?![\w'’-])", re.I)
_STOP_IDIOM = re.compile(r"(?<![\w-])" + alt(GUARDS["stop_idioms"]) + r"\s+$", re.I)
_DAY_COMPOUND = re.compile(r"\s+" + alt(GUARDS["day_compounds"]) + r"(?![\w'’-])", re.I)
_MINUTE_ADJECTIVE = re.compile(r"\s+(?:[a-z]+ly\s+)?" + alt(GUARDS["minute_adjective_nouns"]) + r"(?![\w'’-])", re.I)
# "a second, deadlier wave", "a second, more powerful quake": the ordinal before a comparative and its noun
_SECOND_OF_A_SERIES = re.compile(r",\s+(?:(?:much|even|far|still)\s+)?(?:(?!(?:after|under|over|ever|never|either|neither|"
                                 r"rather|whether|however|other|later|earlier|sooner)\b)[a-z]+(?:er|est)|(?:more|less)\s+"
                                 r"[a-z]+)\s+(?!than\b)[a-z]+\b")
# "Wait a minute, ...", "hang on a sec!", "just a second.": asked for at the start of a clause, with nothing after
_PAUSE_BEFORE = re.compile(r"(?:^|[.!?,;:\"“(]\s*|\b(?:oh|but|now|so|ok|okay|please|hey|no|well)\s+)"
                           + alt(GUARDS["pause_markers"]) + r"\s+$", re.I)
_PAUSE_AFTER = re.compile(r"\s*(?:[,.!?…:;)\"”]|$)|\s+(?:please|pls|plz|guys|folks|now|though)\b", re.I)


def amount_unit(m, text):
    amount, unitw = m["n"], m["u"]
    k = key(amount)
    u = unit_of(unitw)
    n = number(amount)
    if short_unit_without_digits(amount, unitw):
        return None  # "a min", "one sec" may be other words; "15 min", "2 hr" are units
    if k in ("a", "an", "one") and u == "second":
        # "a second public speech", "one second thought" — ordinal 'second', not a unit
        if not re.match(r"\s*(?:[,.;:)!?]|$|(?:ago|later|earlier|or|and|of|to|in|before|after|for|longer|"
                        r"left|too)\b)", text[m.end():m.end() + 10]) or _SECOND_OF_A_SERIES.match(text, m.end()):
            return None
    if k in ("a", "an") and u in ("minute", "second") and (
            unitw.lower() == "minute" and _MINUTE_ADJECTIVE.match(text, m.end())
            or _PAUSE_BEFORE.search(text, max(0, m.start() - 24), m.start()) and _PAUSE_AFTER.match(text, m.end())):
        return None  # "a minute amount": the adjective; "wait a minute!", "just a sec": a discourse marker
    if k in ("a", "an") and (u == "night" and day_part_compound(text, m.end())
                             or u == "day" and unitw.lower() == "day" and _DAY_COMPOUND.match(text, m.end())):
        return None  # "a night club", "a night shift", "a day trip", "a day laborer"
    if k in ("a", "an") and u in ("day", "night") and _STOP_IDIOM.search(text, max(0, m.start() - 12), m.start()):
        return None  # "let's call it a day": an idiom for stopping
    after = text[m.end():m.end() + 12]
    if re.match(r"[-‐](?:over|on|to)[-‐]", after, re.I):
        return None  # "on a year-over-year basis", "a month-on-month rise": a comparison, no amount of time
    if re.match(r"\s*[-‐]?\s*olds?\b", after):
        return None  # an age: "a 6-year-old boy", "52 years old" (a baby's age in days is the age rule's)
    if u == "quarter" and n is None and k in ("several", "few", "a few", "the past few"):
        # not "some", "many": "in some quarters", "from many quarters" are circles of opinion
        # "several quarters of losses": a vague count is never a fraction, unless of a whole ("many quarters of the city")
        if re.match(r"\s*(?:-\s*)?(?:of\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b|"
                    r"mile|inch|pound|point|hour|century)\b", after, re.I):
            return None
    elif u == "quarter" and k in ("a", "one") and re.search(r"\bby\s+$", text[max(0, m.start() - 4):m.start()], re.I):
        return None  # "rose by a quarter": a fraction of an amount, no three months
    elif u == "quarter" and (re.match(r"\s*(?:-\s*)?(?:of|mile|inch|pound|point|hour|century|[a-z]+s)\b", after)
                           or n is None or n != 1 and not re.match(r"\s*(?:[,.;:)]|$|ago|later|earlier|in|to)", after)):
        return None  # "a quarter of the population", "a quarter mile", "three quarters of"
    if k in ("a", "an") and re.search(r"(?:\d(?:[\d,.]*\d)?\s*(?:million|billion|thousand)?|\$\S*|\b(?:two|three|four|five|six|"
                                      r"seven|eight|nine|ten|twelve|twenty|fifty|hundred|several|many|few))"
                                      r"\s+(?:[a-z]+\s+){0,2}$",
                                      text[max(0, m.start() - 30):m.start()], re.I) and not re.match(
            r"\s+(?:ago|later|earlier|before|after)", text[m.end():m.end() + 8]):
        return None  # a rate: "four flights a week", "$500 million a year"
    if u == "minute" and unitw[:1].isupper() and not text[max(0, m.start() - 2):m.start()].strip(" ") in ("", "\n"):
        return None  # "60 Minutes", a title
    if k in ("a", "an") and re.search(r"(?:\btimes?|\bonce|\btwice|\d|%|\$\S*|per)\s+$",
                                      text[max(0, m.start() - 12):m.start()], re.I):
        return None  # "twice a year", "$5 a day": a set, handled by the sets rules
    if k in ("a", "an") and re.match(r"\s+(?:ago|later|earlier)(?!\s+than\b)", text[m.end():m.end() + 14]):
        return None  # "a day later" is a date (relative.ago); "a day later than planned" the amount of a delay
    if k in ("a", "an") and unitw.lower().endswith("s"):
        return None  # "a years", ungrammatical: skip
    if k in ("a", "an") and re.search(r"\b(?:calendar|academic|financial|fiscal|school|tax)\s", m.group(0), re.I):
        # "changed to a calendar year", "in a tax year": a kind of year ("one calendar month", "two academic years",
        # "30 calendar days" count)
        return None
    if k == "one" and u == "day" and not m["anc"] and re.search(
            r"\b(?:will|would|could|might|may|can|shall|should|must)\s+$", text[max(0, m.start() - 10):m.start()], re.I):
        return Partial(value="FUTURE_REF", grain=None)  # "will one day be": some day in the future
    p = _dur(n, u)
    if p is None:
        return None
    if m["plus"]:
        p.mod = "EQUAL_OR_MORE"  # "4+ hours"
    anchorw = key(m["anc"]) if m["anc"] else None
    if anchorw:
        p.dur_anchor = _PERIOD_ANCHOR.get(anchorw, 0) or None
    return p


def range_head(m, text):
    """The first count of a range whose unit is written once, after the second: "[10]-12 hours",
    "[ten] or fifteen years", "[two] to three weeks", "between [two] and six days" (TimeML tags the two
    counts as two durations)."""
    n, n2 = number(m["n"]), number(m["n2"])
    if n is None or n2 is None or not n < n2 or short_unit_without_digits(m["n2"], m["u"]):
        return None
    before = text[max(0, m.start() - 24):m.start()]
    if key(m["sep"]) == "and" and not re.search(r"\bbetween\s+$", before, re.I):
        return None  # "and" joins a range only after "between": "two and three years" is a list
    if re.search(r"\b(?:the|next|past|last|first|coming|previous|another|these|those)\s+$", before, re.I):
        return None  # "the next 9 to 15 months": one anchored span of unknown length, not two durations
    return _dur(n, unit_of(m["u"]))


def list_item(m, text):
    """A count in a list whose unit is written once, after the last: "at [3], [6] and 12 months", "[6] and 12
    months", "[ten], [fifteen], and twenty years" (TimeML tags each count as a duration of that unit; the last
    count is amount_unit's, and "between two and six days" or "two or three days" range_head's). Two counts in
    words joined by "and" alone are not taken (see negative.yaml)."""
    before = text[max(0, m.start() - 24):m.start()]
    if not m["comma"] and re.search(r"\bbetween\s+$", before, re.I):
        return None  # "between two and six days": range_head's
    if re.search(r"\b(?:the|next|past|last|first|coming|previous|another|these|those)\s+$", before, re.I):
        return None  # "the next 6 and 12 months": an anchored span
    if (m["n"][-1:].isdigit()) != (m["n2"][-1:].isdigit()):
        return None  # "one of us, 3 and 4 years": counts of one list are written alike
    if not m["comma"] and not m["n"][-1:].isdigit():
        return None  # "they served two and three years": two counts in words are left as the corpus has them
    n = number(m["n"])
    if n is None or number(m["n2"]) is None or short_unit_without_digits(m["n2"], m["u"]):
        return None
    return _dur(n, unit_of(m["u"]))


def another_unit(m, text):
    """'for another week', 'another day of talks': one more unit, as 'another two weeks' is two."""
    if key(m["u"]).endswith("s"):
        return None  # "another days": no count of one
    if re.search(r"(?:\bon|\b(?:story|topic|question|matter|debate|discussion|fight|post|time)s?\s+for)\s+$",
                 text[max(0, m.start() - 24):m.start()], re.I):
        return None  # "on another day he might have won", "a story for another day": another occasion
    return _dur(1, unit_of(m["u"]))


def counted_span(m, text):
    """A count of units inside a longer span: 'the year-earlier nine months' (the span compared, measured
    like 'the nine months'), 'a three-year period', 'its one-year term' (the noun measured is in the span)."""
    n = number(m["n"])
    return _dur(n, unit_of(m["u"])) if n is not None else None


# a fraction of a unit in whole smaller units, for "half a century ago" (50 years back)
_SMALLER = {"century": (100, "year"), "decade": (10, "year"), "year": (12, "month"), "month": (30, "day"),
            "week": (7 * 24, "hour"),
            "day": (24, "hour"), "hour": (60, "minute"), "minute": (60, "second")}


def _fraction(n: float, u: str, m) -> Partial | None:
    """A duration of ``n`` units; 'ago/earlier/later/from now' after it makes it the date that far off."""
    d = key(m["dir"]) if m["dir"] else None
    mult, small = _SMALLER.get(u, (None, None))
    if d is None:
        if float(n * 2).is_integer() or mult is None or not float(n * mult).is_integer():
            return _dur(n, u)  # halves are written by duration_value: "half an hour" PT30M
        return _dur(int(n * mult), small)  # "a quarter century" P25Y, "three quarters of an hour" PT45M
    if mult is None or not float(n * mult).is_integer():
        return None
    sign = -1 if d in ("ago", "earlier") else 1
    return Partial(rel=(small, sign * int(n * mult)), anchor="ref" if d in ("ago", "from now", "hence") else "prev",
                   grain=small)


def half_unit(m, text):
    u = unit_of(m["u"])
    amount = m["n"]
    n = number(amount) if amount else 0
    if n is None:
        return None
    return _fraction(n + 0.5, u, m)


def quarter_unit(m, text):
    """'a quarter century', 'a quarter of an hour', 'three quarters of a century'."""
    n = 0.75 if key(m["n"]) == "three" else 0.25
    return _fraction(n, unit_of(m["u"]), m)


def bare_units(m, text):
    """'for years', 'in months', 'over the decades', 'recent months', 'the past few years'."""
    u = unit_of(m["u"])
    before = text[max(0, m.start() - 24):m.start()]
    # "the days", "these years", "our hours", "two days" (numbers are amount_unit's), "happy days", "the wee
    # hours", "the small hours" (the first hours after midnight: a part of the night, no amount of hours)
    if not m["anc"] and re.search(r"(?:\b(?:the|these|those|their|his|her|its|our|my|your|early|final|last|first|"
                                  r"some|many|few|several|all|what|those|happy|good|old|working|business|wee|small|"
                                  r"\d+))"
                                  r"\s+$", before, re.I) and not VERB_LAST.search(before):
        return None  # but "the talks could last days" is the verb and a bare count
    if not m["anc"] and key(m["u"]) == "minutes" and (_RECORD_BEFORE.search(before)
                                                      or _RECORD_AFTER.match(text, m.end())):
        return None  # "the meeting minutes", "Fed minutes showed": the record of a meeting
    if not m["anc"] and key(m["u"]) == "hours" and _OFF_HOURS_BEFORE.search(before) and (
            before.endswith("-") or _OFF_HOURS_AFTER.match(text, m.end())):
        return None  # "after-hours trading", "an out-of-hours clinic": outside opening hours, no amount of hours
    if not m["anc"] and re.search(r"\bmatter\s+of\s+$", before, re.I):
        return None  # "a matter of days": a hedge for "soon", like "the foreseeable future"
    if not m["anc"] and re.match(r"\s+(?:when|in\s+which)\b", text[m.end():m.end() + 12], re.I):
        return None  # "on days when prices fall": a kind of day, no stretch of time
    p = _dur(None, u)
    if m["anc"]:
        p.dur_anchor = -1
    return p


def unit_long(m, text):
    """'a month-long strike', 'decades-long feud', 'a three-hour-long debate': the compound adjective alone."""
    unitw = m["u"]
    u = unit_of(unitw)
    if m["n"]:
        n = number(m["n"])
        if n is None:
            return None
    else:
        n = None if key(unitw).endswith(("s", "ia")) else 1
        if n is None and u in ("decade", "century"):
            u = "year"  # "decades-long": TimeBank and MEANTIME write an unknown count of decades as PXY
    return _dur(n, u)


def unit_and_half(m, text):
    """'a minute and a half', 'an hour and a half', 'a year and a half'."""
    u = unit_of(m["u"])
    n = number(m["n"]) or 1
    return _dur(n + 0.5, u)


# Units of a compound duration, largest first; weeks next to days are counted in days (ISO 8601 has no P2W3D)
_COMPOUND_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")
_COMPOUND_CODES = {"year": "Y", "month": "M", "day": "D", "hour": "H", "minute": "M", "second": "S"}


# How many of the next smaller unit one unit holds, where that is fixed
_IN_NEXT = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60),
            "minute": ("second", 60)}


def _in_unit(amounts: dict, small: str) -> int | None:
    """'two years and three months' in months (27); None where a unit does not divide evenly into the next
    ('a month and two days')."""
    order = [u for u in _COMPOUND_ORDER if u in amounts]
    n = 0
    for big, nxt in zip(order, order[1:] + [None], strict=True):
        n += amounts[big]
        if nxt is None:
            break
        step = _IN_NEXT.get(big)
        if step is None or step[0] != nxt:
            return None
        n *= step[1]
    return n if order[-1] == small else None


def compound(m, text):
    """'two years and three months' P2Y3M, '3 hours and 20 minutes' PT3H20M, 'one year, two months and five
    days' P1Y2M5D, '2 hours 30 minutes' PT2H30M (counts in digits need no 'and'): TimeML tags a duration written
    in several units as one expression. The units must fall from the largest to the smallest ("3 days and 2 nights"
    is a list, no sum)."""
    parts = []
    for i in ("1", "2", "3"):
        if not m["n" + i]:
            continue
        n, unitw = number(m["n" + i]), m["u" + i]
        if n is None or not float(n).is_integer() or short_unit_without_digits(m["n" + i], unitw):
            return None
        u = unit_of(unitw)
        if u == "fortnight":
            u, n = "week", n * 2
        if u in ("decade", "century"):
            u, n = "year", n * (10 if u == "decade" else 100)
        if u not in _COMPOUND_ORDER:
            return None
        parts.append((int(n), u))
    order = [_COMPOUND_ORDER.index(u) for _, u in parts]
    if any(a >= b for a, b in pairwise(order)):
        return None
    amounts = dict((u, n) for n, u in parts)
    if m["dir"]:
        # "two years and three months ago", "a week and two days later": the date that far away, in the
        # smaller unit
        small = _COMPOUND_ORDER[max(order)]
        n = _in_unit(amounts, small)
        if n is None:
            return None
        d = key(m["dir"])
        return Partial(rel=(small, n if d == "later" else -n), anchor="ref" if d == "ago" else "prev", grain=small)
    if re.match(r"\s*(?:[-‐]|(?:ago|later|earlier|before|after|old|from|hence|back)\b)", text[m.end():m.end() + 8], re.I):
        return None  # "two years and three months before the war": no compound date rule
    if "week" in amounts and "day" in amounts:
        amounts["day"] += 7 * amounts.pop("week")
    if "week" in amounts and len(amounts) > 1:
        return None  # "two weeks and three hours": no ISO form mixes weeks with other units
    date_part = "".join(f"{amounts[u]}{'W' if u == 'week' else _COMPOUND_CODES[u]}"
                        for u in ("year", "month", "week", "day") if u in amounts)
    time_part = "".join(f"{amounts[u]}{_COMPOUND_CODES[u]}" for u in ("hour", "minute", "second") if u in amounts)
    return Partial(type="DURATION", value="P" + date_part + ("T" + time_part if time_part else ""), grain=None)


_COMPOUND_AMOUNT = r"(?:" + DIGITS + r"|" + NUMWORD + r"|a|an)"


# "the two day rally": a count before a singular unit is an unhyphenated compound adjective; "the" is the noun's
_COUNT_SINGULAR = (r"\s+(?!(?:one|a|an|1)\s)\S+\s+(?:year|quarter|month|week|day|hour|minute)(?![\w'’-])|\s+\d+h\s+(?!(?:of|after|before|since|to|in|and|or|ago|later)\b)[a-z]"
                   r"|\s+\S+\s+(?:year|quarter|month|week|day|hour|minute)s?['’]s?\s(?!time\b)")
_ANC = (r"(?:(?P<anc>the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|this\s+past|the\s+past|the\s+last|"
        r"the\s+previous|the\s+next|the\s+coming|the\s+first|the\s+final|the\s+latest|the\s+following|"
        r"the\s+remaining|the\s+recent|another|the(?!\s+\w+-)(?!" + _COUNT_SINGULAR + r")|those|these|past|next|"
        r"(?<![\w'’]\s)last(?:\s+few)?)\s+)?")

_FRACTION_DIR = r"(?:\s+(?P<dir>ago|earlier|later|from\s+now|hence)" + END + ")?"

# "five more days", "three trading days", "two bloody weeks": words between a count and its unit
_UNIT_ADJ = r"(?:" + alt(UNITS["count_adjectives"]) + r"\s+)?"

# a count in a list, where a comma may follow it ("at 3, 6 and 12 months"), unlike DIGITS (no "1,000")
_LIST_DIGITS = r"(?<![\w.,$£€/])\d{1,3}(?!\d|[.,/]\d)"

RULES = [
    Rule("amount_unit", START + _ANC + r"(?P<n>" + AMOUNT + r")" + GLOSS + r"(?P<plus>\+)?\s*(?:-\s*)?"
         + _UNIT_ADJ + r"(?P<u>" + DIGIT_UNIT + r")", amount_unit, "18 months"),
    Rule("another_unit", START + r"another\s+(?P<u>" + UNIT + r")(?![-‐'’])", another_unit, "another week"),
    Rule("range_head", START + r"(?P<n>" + AMOUNT + r")(?=\s*(?P<sep>[-–]|or|to|and)\s*(?P<n2>" + AMOUNT + r")\s*"
         + _UNIT_ADJ + r"(?P<u>"
         + DIGIT_UNIT + r")(?!\s+(?:ago|later|earlier|old)\b|[-‐]))", range_head, "10-12 hours"),
    Rule("list_item", START + r"(?P<n>" + _LIST_DIGITS + "|" + NUMWORD + r")(?=(?P<comma>\s*,\s*(?:" + _LIST_DIGITS
         + "|" + NUMWORD + r"))?(?:\s*,\s*(?:" + _LIST_DIGITS + "|" + NUMWORD + r"))*\s*,?\s*(?:and|&)\s+(?P<n2>" + DIGITS + "|" + NUMWORD + r")\s*(?P<u>" + DIGIT_UNIT
         + r")(?!\s+(?:ago|later|earlier|old|of\s+age)\b|[-‐'’]))", list_item, "3, 6 and 12 months"),
    # A young age: "she's 16 days old", "2 months old" (the span includes "old", as TimeML tags ages; ages
    # in years are left alone: TimeBank leaves "52 years old" untagged)
    Rule("age_young", START + r"(?P<n>" + AMOUNT + r")\s*(?P<u>days|weeks|months)\s+old" + END,
         lambda m, t: _dur(number(m["n"]), unit_of(m["u"])) if number(m["n"]) is not None else None, "16 days old"),
    Rule("year_ago_span", START + r"(?:the\s+)?year[- ](?:earlier|ago)\s+(?P<n>" + AMOUNT + r")\s+(?P<u>months|weeks)"
         + END, counted_span, "the year-earlier nine months"),
    Rule("unit_period", START + r"(?:(?:a|an|the)\s+)?(?P<n>" + AMOUNT + r")\s*[-‐]\s*(?P<u>" + UNIT + r")\s+"
         r"(?:period|term|span|stretch|timeframe|time\s+frame)" + END, counted_span, "a three-year period"),
    Rule("unit_long", START + r"(?:(?P<n>" + AMOUNT + r")\s*[-‐]\s*)?(?P<u>" + UNIT + r")\s*[-‐]\s*long" + END,
         unit_long, "a month-long strike"),
    Rule("compound", START + r"(?P<n1>" + _COMPOUND_AMOUNT + r")\s*(?P<u1>" + DIGIT_UNIT + r")"
         r"(?:(?:\s*,\s*|\s+)(?P<n2>" + _COMPOUND_AMOUNT + r")\s*(?P<u2>" + DIGIT_UNIT + r"))?"
         r",?\s+and\s+(?P<n3>" + _COMPOUND_AMOUNT + r")\s*(?P<u3>" + DIGIT_UNIT + r")(?:\s+(?P<dir>ago|earlier|later)"
         + END + ")?", compound,
         "two years and three months"),
    # counts in digits need no "and": "2 hours 30 minutes", "1 week 1 day", "10 years 2 months 3 days"
    Rule("compound_digits", START + r"(?P<n1>" + DIGITS + r")\s*(?P<u1>" + DIGIT_UNIT + r")(?:(?:\s*,\s*|\s+)(?P<n2>"
         + DIGITS + r")\s*(?P<u2>" + DIGIT_UNIT + r"))?(?:\s*,\s*|\s+)(?:and\s+)?(?P<n3>" + DIGITS + r")\s*(?P<u3>"
         + DIGIT_UNIT + r")(?:\s+(?P<dir>ago|earlier|later)" + END + ")?", compound, "2 hours 30 minutes"),
    Rule("unit_and_half", START + r"(?P<n>a|an|one)\s+(?P<u>" + UNIT + r")\s+and\s+a\s+half" + END, unit_and_half,
         "a year and a half"),
    Rule("half_unit", START + r"(?:(?P<n>" + AMOUNT + r")\s+and\s+)?(?:a\s+)?half[- ](?:an?\s+)?(?P<u>" + UNIT
         + r"|(?-i:hr|yr|wk|mth)" + END + ")" + _FRACTION_DIR,
         half_unit, "half an hour"),
    Rule("quarter_unit", START + r"(?P<n>a|one|three)\s+quarters?(?:[- ]|\s+of\s+an?\s+)(?P<u>century|hour)" + END
         + _FRACTION_DIR, quarter_unit, "a quarter century"),
    Rule("bare_units", START + r"(?:(?P<anc>(?:the\s+)?(?:past|" + NOT_VERB_LAST + r"last|recent|coming|next)"
         r"(?:\s+few)?\s+)|"
         r"(?P<over>(?:(?<=over\s)|(?<=through\s)|(?<=down\s))the\s+(?=(?:years|decades|centuries)\b(?!\s*\d))))?"
         r"(?P<u>years|months|weeks|decades|days|hours|minutes|centuries)" + END
         + r"(?!\s+(?:of|ago|later|earlier|old|before|after)\b|\s*[-‐]|['’])",
         bare_units, "for years"),
]
