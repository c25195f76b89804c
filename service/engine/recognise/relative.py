"""Deictic and anaphoric dates: today, last week, next Tuesday, 55 years ago, two days later, the next day."""
from __future__ import annotations

import re

from .absolute import holiday_names_a_thing
from .grammar import (AMOUNT, CAL, DIGIT_UNIT, END, GLOSS, GUARDS, MONTH, NOT_VERB_LAST, NUM, NUMWORD, ORDINAL_WORD,
                      REFS, SEASON, START, UNIT, UNITS, VAGUE, WEEKDAY, Partial, Rule, alt, day_part_compound, heads_a_title, is_capitalised, key, month_of,
                      names_a_show, number, short_unit_without_digits, unit_of, weekday_of)

_FIXED = REFS["fixed_values"]
_GUARDED = set(REFS["guarded"])
_GRAIN_UNITS = {"day", "week", "weekend", "month", "quarter", "year", "decade", "century", "hour", "minute",
                "second", "night", "fortnight"}


_FUTURE_HEAD = re.compile(r"\s+" + alt(GUARDS["future_heads"]) + r"(?![\w'’-])", re.IGNORECASE)


_PRESENT_DOCUMENT = re.compile(r"\s+" + alt(GUARDS["present_document_heads"]) + r"(?![\w'’-])", re.IGNORECASE)


# a year (alone, after a month or with a month number) and a range word right before "present"
_RANGE_TO_PRESENT = re.compile(r"(?:\b\d{4}|\b\d{1,2}/\d{4})\s*(?:[-–—]\s*|\s+(?:to|until|till|through|thru)\s+)$")
_RANGE_END = re.compile(r"\s*(?:[,.;:)\]\n]|$|\s+(?:and|but|when|while|with|in|at|as)\b)")


def fixed(m, text):
    w = key(m["w"])
    after = text[m.end():m.end() + 20]
    before = text[max(0, m.start() - 20):m.start()]
    if w in _GUARDED:
        if w == "current":
            # "current" alone dates something only as a premodifier of a time-bound noun
            if not re.match(r"\s+(?:levels?|rates?|prices?|situation|conditions?|status|state|crisis|"
                            r"president|chairman|leaders?|government|administration|regime|"
                            r"session|form|plans?|policy|policies|talks|negotiations|contract|proposal)\b",
                            after, re.I):
                return None
        elif w == "recent":
            if not re.match(r"\s+(?:days|weeks|months|years|decades|times|history|past|memory)\b", after, re.I):
                return None
        elif w in ("present", "present day"):
            # only as the open end of a range: "2019-present", "from 1990 to present", "06/2018 - present"
            if not (_RANGE_TO_PRESENT.search(text, max(0, m.start() - 40), m.start())
                    and (w == "present day" or _RANGE_END.match(text, m.end()))):  # not "to present the award"
                return None
        elif w == "future":
            if not re.search(r"\b(?:the|near|distant|in)\s+$", before, re.I):  # not "foreseeable": untagged
                return None
            if re.match(r"\s+(?!(?:years|decades|generations|days|weeks|months|quarters|periods|seasons|centuries|"
                        r"times)\b)[a-z]+s\b", after):
                return None  # "in future versions", "in future elections": an adjective before a plural noun
    if w == "the future" and _FUTURE_HEAD.match(text, m.end()):
        return None  # "the future king", "the future site of": an adjective of a role or a place
    if w == "the present" and _PRESENT_DOCUMENT.match(text, m.end()):
        return None  # "the present version", "the present study": this one
    if w == "recently" and re.search(r"(?:\b(?:has|have|had|was|were|is|are|been|most)|['’]ve)\s+$", before, re.I):
        # "has recently moved", "was recently extended": the perfect or passive already places the event;
        # "most recently last October": the date follows. TimeBank and MEANTIME leave these untagged (5 of 5)
        return None
    if w.endswith(" term") and not re.match(r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|or|but|as|is|was|will|would|at|for|to|"
                                            r"because|if|when|while|than|though|although|it|we|they|he|she|i|you|"
                                            r"the|a|an|this|that|there|sales|prices|profits?|demand|rates?)\b",
                                            after, re.I):
        return None  # "the short term outlook": an unhyphenated adjective, no time
    if w == "right now" and re.search(r"\ball\s+$", before, re.I):
        return None  # "all right now, let's go": a discourse marker, not a time
    if w == "the other day" and (re.match(r"\s+(?:of|care|trip|pass|job|shift|off)\b", after) or re.search(
            r"\b(?:one|first)\b[^.!?]*$", text[max(0, m.start() - 60):m.start()], re.I)):
        return None  # "the other day of the trip", "one day to rest, the other day to pack": the second of two
    if w in ("now", "the present") and re.match(r"[-‐]", after):
        return None  # "now-defunct", "the present-day border"
    if w == "the past" and re.match(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s+"
                                    r"(?!(?:summers|winters|springs|autumns|falls|seasons|days|weeks|months|years|"
                                    r"decades|centuries|hours|minutes|nights|weekends|quarters|terms|semesters)\b)",
                                    text[m.end():m.end() + 40], re.I):
        return None  # "for the past three trainings": a determiner of a count, not the past
    return Partial(value=_FIXED[w], grain=None)


# "today's world", "many of today's computers": today's in the sense of "contemporary" names no day
_GENERIC_TODAYS = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:world|society|youth|young|generations?|children|kids|"
                             r"teenagers|students|standards|terms|dollars|culture|technology|computers|economy|"
                             r"families|women|men|people|consumers|workers)\b", re.I)
_MANY_OF = re.compile(r"\b(?:many|most|some|all|much|few)\s+of\s+$", re.I)


_STAY = re.compile(r"\b(?:stay|stays|stayed|staying|sleep|sleeps|slept|sleeping|camp|camped|camping|remain|remained|"
                   r"remaining|kept|keep|park|parked)\s+(?:\w+\s+)?$", re.I)


# figures near "ytd" make it year-to-date, not yesterday
_YEAR_TO_DATE = re.compile(r"[^.!?]*?(?:%|\$|\bpercent\b|\b(?:returns?|gains?|performance|sales|revenues?|growth|profits?|"
                           r"losses|stocks?|shares|index|funds?|earnings|ytd)\b)", re.IGNORECASE)


def day_offset(m, text):
    w = key(m["w"])
    if w == "today" and (_GENERIC_TODAYS.match(text, m.end())
                         or (text[m.end():m.end() + 1] in "'’" and _MANY_OF.search(text, max(0, m.start() - 12),
                                                                                  m.start()))):
        return None
    if names_a_show(m["w"], text, m.end()):
        return None  # "the Today show", "on the Tonight Show"
    if w.endswith("day after tomorrow") and re.search(r"Day After Tomorrow", m["w"]):
        return None  # "The Day After Tomorrow", the film: a title in title case
    if w == "ytd" and (not m["w"].islower() or _YEAR_TO_DATE.search(text, max(0, m.start() - 30), m.start())
                       or _YEAR_TO_DATE.match(text[m.end():m.end() + 30])):
        return None  # "YTD", "up 12% ytd", "ytd returns": year-to-date
    if w in ("tomo", "tml") and not m["w"].islower():
        return None  # "Tomo" is a name; the chat form of "tomorrow" is written in lower case
    if w == "overnight" and not _STAY.search(text, max(0, m.start() - 24), m.start()):
        return None  # only a stay names the night ("staying overnight"); "struck overnight", "overnight losses" vary
    n = REFS["day_offsets"][w]
    p = Partial(rel=("day", n), grain="day")
    if w in REFS["night_words"]:
        p.type, p.pod, p.grain = "TIME", "NI", "part_of_day"
    return p


_DIR = {"last last": -2, "next next": 2, "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "nxt": 1, "coming": 1, "upcoming": 1,
        "the coming": 1, "the next": 1, "the last": -1, "the past": -1, "the previous": -1, "the current": 0,
        "this past": -1, "this coming": 1, "the upcoming": 1, "this upcoming": 1, "the present": 0, "this current": 0}


# "compared with $3 million last year", "up from 16 cents last year", "higher than last year": a figure
# (or nothing) between the comparison word and "last year"
_COMPARED = re.compile(r"\b(?:(?:compared\s+(?:with|to)|from|than|versus|vs\.)\s[^.;:]*?[\d$£€%][^.;:]*|(?:than|from))\s+$",
                       re.I)


def _title_inside_sentence(m, text, what: str, k: str) -> bool:
    """A quoted 'This Week' in mid-sentence (ABC's "This Week") names a show or a work. Title-case
    headlines ("Apple To Ship Phone Next Week") are not quoted and stay dates."""
    if k in CAL["weekdays"] or k in CAL["months"] or not (m["dir"][:1].isupper() and what[:1].isupper()):
        return False
    if m["dir"].isupper():
        return False  # a headline in capitals
    before = text[max(0, m.start() - 12):m.start()]
    if not re.search(r"[\"“‘]\s*$", before) and not re.search(r"(?<!')'\s*$", before):
        return False
    before = before.rstrip(" \"“'‘")
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;:")


_OF_AFTER = re.compile(r"\s+of\b", re.I)
_ONE_UNIT_PERIODS = ("year", "month", "week", "day", "decade", "century", "quarter")


def shifted(m, text):
    """last/this/next + unit / weekday / month / season."""
    d = _DIR[key(m["dir"])]
    what = m["what"]
    k = key(what)
    if abs(d) == 2 and (k in CAL["weekdays"] or k in CAL["months"] or k in CAL["seasons"]):
        return None  # "last last" counts units ("last last week"); a named day or month has no such reading
    p = Partial()
    if m["fy"] and k not in UNITS["units"]:
        return None  # "next fiscal year", "the last financial quarter"; not "last fiscal March"
    if _title_inside_sentence(m, text, what, k):
        return None  # a title: ABC's "This Week"
    if k in CAL["weekdays"]:
        p.dow, p.direction, p.grain = weekday_of(what), d, "day"
    elif k in CAL["months"]:
        if k in ("may", "march", "mar") and not is_capitalised(what):
            return None
        if re.match(r"\s*\d{1,2}(?!\d)", text[m.end():m.end() + 4]):
            return None  # "last Oct. 23": the month day is the date; the month-day rule takes it
        p.month, p.direction, p.grain = month_of(what), d, "month"
    elif k in CAL["seasons"]:
        p.season, p.direction, p.grain = CAL["seasons"][k], d, "season"
    elif k in CAL["holidays"]:
        if key(m["dir"]).startswith("the ") or key(m["dir"]) == "past" or holiday_names_a_thing(text, m.end()):
            # "the last Christmas before the war": counted back from a later one; "sailed past
            # Christmas Island": a place
            return None
        # "last Thanksgiving", "next Christmas"; "this Easter" is the nearest one, on the tense's side
        p.holiday, p.direction, p.grain = CAL["holidays"][k], d or None, "day"
    else:
        u = unit_of(what)
        if m["fy"] and u not in ("year", "quarter"):
            return None
        if u == "hour" and key(m["dir"]) in ("the past", "the last", "the next", "the coming", "past", "next") \
                and key(what) == "hour":
            # "in the past hour", "within the next hour": the hour up to or from now, a duration
            return Partial(type="DURATION", dur=(1, "hour"), dur_anchor=-1 if d < 0 else 1)
        if u not in _GRAIN_UNITS or u in ("hour", "minute", "second"):
            return None
        if u == "night":
            return Partial(type="TIME", rel=("day", -1 if d == -1 else d), pod="NI", grain="part_of_day")
        if u == "fortnight":
            u = "week"
        if key(m["dir"]) == "the last" and _OF_AFTER.match(text, m.end()) and u in _ONE_UNIT_PERIODS:
            # "the last day of the trial", "the last year of his reign": one unit at the end of that
            # period, not the unit before now
            return Partial(type="DURATION", dur=(1, u), grain=None)
        p.rel, p.grain = (u, d), u
        if u == "year" and d == -1 and key(m["dir"]) == "last" and _COMPARED.search(text, max(0, m.start() - 60),
                                                                                  m.start()):
            p.compare = True  # "up from $5 million last year": the period compared, a year before
        if u == "weekend":
            p.rel, p.weekend, p.grain = ("week", d), True, "weekend"
        if d == -1 and u in ("decade", "century") and "past" in key(m["dir"]):
            # "over the past decade": the ten years up to now (TimeBank and MEANTIME P10Y), not the previous
            # calendar decade, which "the last decade" names (TimeBank 198 in 1989)
            return Partial(type="DURATION", dur=(1, u), dur_anchor=-1)
        if key(m["dir"]).startswith("the ") and d != 0 and u in _ONE_UNIT_PERIODS:
            # "the past year", "the last month" — a period of one unit ending now: a duration reading in a
            # narrative; news (TimeBank, MEANTIME) reads it as the calendar period, kept in ``rel``
            p = Partial(type="DURATION", dur=(1, u), dur_anchor=d, grain=None, rel=(u, d))
    return p


_COMPARISON_CUE = re.compile(r"[\d$£€%]|\b(?:than|compared|from|versus|up|down|higher|lower|rose|fell|increased|"
                             r"decreased|gained|dropped|declined|earned|lost|net|profit|loss|sales|revenue)\b", re.I)


def _comparing(m, text) -> bool:
    """'a year earlier' compares figures ('net was $2 million a year earlier', 'higher than a year ago')
    rather than dating an event ('A year ago, she moved to Paris')."""
    lo, hi = max(0, m.start() - 200), m.end() + 200  # the sentence around it, at most 200 characters each way
    s = max(text.rfind(".", lo, m.start()), text.rfind("\n", lo, m.start()), m.start() - 200) + 1
    e = min([i for i in (text.find(".", m.end(), hi), text.find("\n", m.end(), hi)) if i >= 0] + [hi])
    return bool(_COMPARISON_CUE.search(text, s, m.start()) or _COMPARISON_CUE.search(text, m.end(), e))


def ago(m, text):
    """'55 years ago', 'two days later', 'a year earlier', 'three weeks from now'."""
    amount, u = m["n"], unit_of(m["u"])
    if short_unit_without_digits(amount, m["u"]):
        return None
    n = number(amount)
    word = key(m["dir"] or m["dir2"])
    sign = -1 if word in ("ago", "earlier", "before", "back", "previously", "prior") else 1
    anchor = "ref" if word in ("ago", "from now", "hence", "back") else "prev"
    if u == "fortnight":
        u, n = "week", (n or 0) * 2 or None
    if u == "night":
        u = "day"
    if n is None:  # "years ago", "several weeks later": vague
        return Partial(value="PAST_REF" if sign < 0 else "FUTURE_REF", anchor=anchor)
    if n * {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(u, 0) >= 2000:
        # "10,000 years ago", "30 centuries ago": before the calendar's first years, only "the past"
        return Partial(value="PAST_REF" if sign < 0 else "FUTURE_REF", anchor=anchor)
    if m["half"] or m["half2"] or m["half3"]:
        # "half a century later", "two and a half years ago", "a year and a half earlier": in the next smaller
        # unit that holds the half whole (TimeML gives the date at that unit's precision)
        n = (0 if m["half"] else n) + 0.5
    if n != int(n):
        if u not in ("year", "decade", "century"):
            return None  # "2 1/2 days ago": no calendar unit holds the half
        n, u = (n * 12, "month") if u == "year" else (n * (10 if u == "decade" else 100), "year")
        if n != int(n):
            return None
    if u == "decade" and n == 1:
        # "a decade later", "a decade ago": ten years on, the year it reaches (TimeBank gives "a decade ago" a
        # year's value, WikiWars "a decade earlier" too); "two decades earlier" keeps the decade, as annotated
        return Partial(rel=("year", sign * 10), anchor=anchor, grain="year")
    return Partial(rel=(u, sign * int(n)), anchor=anchor, grain=u,
                   compare=(u == "year" and n == 1 and word in ("ago", "earlier") and _comparing(m, text)))


_SINCE_COUNT = re.compile(r"\b(?:been|for|spent|spend|lasted|took|taken|over|in)\s+$", re.IGNORECASE)


def count_from_day(m, text):
    """'a week from today', 'two weeks from Friday', 'a week on Friday' (British): the day that many days or weeks
    after the day named."""
    n = number(m["n"])
    if n is None or n != int(n) or n < 1:
        return None
    u = unit_of(m["u"])
    if m["on"] and key(m["on"]) == "on" and u == "day":
        return None  # "spent two days on Sunday ...": only "a week on Friday" counts on from a day
    if re.search(r"\b(?:for|lasting|lasts|last|lasted)\s+$", text[max(0, m.start() - 10):m.start()], re.I) or \
            re.match(r"\s*(?:[-–]|to|until|till|through|thru)\b", text[m.end():m.end() + 8], re.I):
        return None  # "for two weeks from Monday", "three days from Monday to Wednesday": a span from that day
    days = int(n) * {"day": 1, "week": 7, "fortnight": 14}[u]
    if m["d2"]:
        # "a week tomorrow", "a fortnight today" (British): that many weeks after the day; not a count of days
        # ("worked two days today") nor the time since ("it has been a week today")
        if u == "day" or _SINCE_COUNT.search(text, max(0, m.start() - 20), m.start()):
            return None
        return Partial(rel=("day", REFS["day_offsets"][key(m["d2"])]), shift=("day", days), grain="day")
    d = key(m["d"])
    if d in REFS["day_offsets"]:
        if key(m["on"]) == "on":
            return None  # "a week on today" is not idiomatic; "a week on Friday" is
        return Partial(rel=("day", REFS["day_offsets"][d]), shift=("day", days), grain="day")
    return Partial(dow=weekday_of(m["d"]), shift=("day", days), grain="day")


def weekday_week(m, text):
    """'Tuesday week', 'on Friday week' (British): that weekday a week after the coming one."""
    if not is_capitalised(m["wd"]):
        return None
    return Partial(dow=weekday_of(m["wd"]), direction=1, shift=("day", 7), grain="day")


def bare_ago(m, text):
    """'months ago', 'days later', 'years earlier': an unstated count of units from now or from the last date, as
    'several months ago' (PAST_REF / FUTURE_REF)."""
    if re.search(r"\b(?:the|these|those|their|his|her|its|our|my|your)\s+$", text[max(0, m.start() - 8):m.start()],
                 re.I):
        return None  # "in the years later abandoned": a noun phrase
    word = key(m["dir"])
    return Partial(value="PAST_REF" if word in ("ago", "earlier") else "FUTURE_REF",
                   anchor="ref" if word == "ago" else "prev")


_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


# "on the 27th and 28th.": a second ordinal day with no month after it; the pair is two days of the month
# last mentioned (recognise._ORDINAL_TAIL takes the second)
_ORDINAL_PAIR_END = re.compile(r"\s*(?:[-–]|to|and|or|through|until|till)\s*(?:the\s+)?(?:3[01]|[12]\d|[1-9])"
                               r"(?:st|nd|rd|th)\s*(?:[,.;:!?)]|$)", re.IGNORECASE)


def day_ordinal(m, text):
    """'on the 14th', 'by the 20th', 'since the 3rd', 'on 29th': a day of the month last mentioned (of the reference
    month in news) when nothing after the ordinal makes it a count of something else ("the 5th Battalion",
    "the 49th parallel", "the 20th century")."""
    if not re.search(r"\b(?:on|by|until|till|since|from|before|after)\s+$", text[max(0, m.start() - 8):m.start()], re.I):
        return None  # chat drops the article ("back at work on 29th"), after the same prepositions
    if re.match(r"\s*(?:[-–]|to|and|or|through|until|till)\s*(?:the\s+)?\d", text[m.end():m.end() + 16], re.I) \
            and not _ORDINAL_PAIR_END.match(text, m.end()):
        return None  # "from the 3rd to the 9th of May": the range's head (recognise._DAY_HEAD)
    d = int(m["d"])
    if m["suf"].lower() != _ORDINAL_SUFFIX.get(d % 10 if d // 10 != 1 else 0, "th"):
        return None  # "the 14st": no ordinal
    if not re.match(r"\s*(?:[,.;:!?)]|$)|\s+(?:the|a|an|he|she|it|they|we|i|his|her|its|their|was|were|is|are|had|"
                    r"has|and|or|but|when|at|in|with|to|until|till|through|as|after|before|there)\b",
                    text[m.end():m.end() + 10], re.I):
        return None
    return Partial(day=d, anchor="prev", grain="day")


def mid_period(m, text):
    """'midweek', 'by mid-month', 'at midyear', 'in midsummer': the middle of the week, month, year or season
    the text is in (mod MID), unless it premodifies a noun ('a midweek match', 'the mid-year review')."""
    if not re.match(r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|or|but|as|is|was|will|would|at|for|to|in|on|of|with|"
                    r"because|if|when|while|than|it|we|they|he|she|i|you|the|a|an|this|that|there|last|next|"
                    r"\d)\b", text[m.end():m.end() + 12], re.I):
        return None
    u = key(m["u"])
    if u in ("summer", "winter"):
        return Partial(season=CAL["seasons"][u], grain="season", mod="MID")
    return Partial(rel=(u, 0), anchor="prev", grain=u, mod="MID")


def before_last(m, text):
    """'the year before last', 'the week before last', 'the night before last': two units back from now;
    'the week after next', 'the year after next': two units on."""
    u = key(m["u"])
    n = 2 if key(m["w"]).startswith("after") else -2
    if u == "night":
        return Partial(type="TIME", rel=("day", n), pod="NI", grain="part_of_day")
    if u == "weekend":
        return Partial(rel=("week", n), weekend=True, grain="weekend")
    return Partial(rel=(u, n), grain=u)


def weekday_before_last(m, text):
    """'the Friday before last', 'the Tuesday after next': a week before the weekday 'last Friday' names, a week
    after the one 'next Tuesday' names."""
    after = key(m["w"]).startswith("after")
    return Partial(dow=weekday_of(m["wd"]), direction=1 if after else -1, shift=("day", 7 if after else -7),
                   grain="day")


# "the 14th of that month", "the 3rd of the following month": a month counted from the story's last date
_THAT_MONTH = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}


def day_of_rel_month(m, text):
    """'the 1st of next month', 'the 15th of this month', 'the 30th of last month': that day of that month;
    'the 14th of the next month', 'the 3rd of that month': of the month after (or of) the last date's."""
    d = int(m["d"]) if m["d"] else NUM["ordinals"].get(key(m["dw"]))
    if d is None or not 1 <= d <= 31:
        return None
    if m["that"]:
        return Partial(rel=("month", _THAT_MONTH[key(m["that"])]), day=d, anchor="prev", grain="day")
    return Partial(rel=("month", _DIR[key(m["dir"])]), day=d, grain="day")


def anaphoric(m, text):
    """'the next day', 'the following year', 'that week', 'the same month', 'the previous day'."""
    word = key(m["which"])
    u = unit_of(m["u"])
    if u == "hour" and key(m["which"]) in ("the next", "the following") and key(m["u"]) == "hour":
        return Partial(type="DURATION", dur=(1, "hour"), dur_anchor=1)  # "within the next hour"
    if u not in _GRAIN_UNITS or u in ("hour", "minute", "second"):
        return None
    off = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0, "that": 0,
           "the next": 1, "the following": 1, "the previous": -1, "the preceding": -1, "the prior": -1,
           "the same": 0, "that same": 0, "the very next": 1, "the very same": 0}[word]
    if off and key(m["u"]).endswith("s") and u not in ("night", "weekend"):
        # "the following days", "the previous months": an unstated number of units on one side of the last date
        return Partial(type="DURATION", dur=(None, u), dur_anchor=off, anchor="prev", grain=None)
    if u == "night":
        return Partial(type="TIME", rel=("day", off), pod="NI", anchor="prev", grain="part_of_day")
    if u == "weekend":
        return Partial(rel=("week", off), weekend=True, anchor="prev", grain="weekend")
    return Partial(rel=(u, off), anchor="prev", grain=u)


def plural_period(m, text):
    """'the coming months' (FUTURE_REF), 'recent years' (PAST_REF), 'the past few weeks' (a vague duration)."""
    d = key(m["dir"])
    u = unit_of(m["u"])
    few = "few" in key(m.group(0)) or "several" in key(m.group(0))
    if d in ("coming", "next") and not few:
        return Partial(value="FUTURE_REF") if u in ("months", "quarters", "month", "quarter") else \
            Partial(type="DURATION", dur=(None, u), dur_anchor=1)
    if d == "recent" and u in ("day", "year", "decade"):
        return Partial(value="PAST_REF")
    return Partial(type="DURATION", dur=(None, u), dur_anchor=-1 if d != "next" and d != "coming" else 1)


_LIVED = re.compile(r"\b(?:long|great|good|fun|busy|hard|big|nice|tough|whole|entire|lovely|perfect|wonderful|full|"
                    r"crazy|amazing|awesome|beautiful|bad|rough|productive|short|hectic|tiring|exhausting|fantastic|"
                    r"brilliant|lazy|sad|happy|memorable|special|blessed|wonderful|terrible|horrible|what\s+a|all|"
                    r"hot|cold|chilly|rainy|sunny|snowy|windy|quality|successful|relaxing|stressful)\s+$",
                    re.IGNORECASE)


_DAY_NAMED_AFTER = re.compile(r"\s+(?:on\s+)?(?:" + alt(REFS["day_offsets"].keys()) + "|" + WEEKDAY + ")", re.I)


def small_hours(m, text):
    """'in the small hours', 'the wee small hours': the first hours after midnight of the day in view, its
    morning (as 'the small hours of 3 May' is that day's); with 'of' after it, part_of_date's when a date
    follows, else no time of day ('the small hours of the campaign')."""
    return Partial(type="TIME", rel=("day", 0), pod="MO", anchor="prev", grain="part_of_day")


def bare_calendar_noun(m, text):
    """A calendar noun on its own, the last resort when no longer expression covers it: "a long
    day" (P1D), "at night" (that day's night), "the weekend", "my future"."""
    w = key(m["w"])
    word = m["w"]
    before = text[max(0, m.start() - 20):m.start()]
    after = text[m.end():m.end() + 12]
    if re.match(r"\s+to\b", after) and not m["whole"] and not (
            w in CAL["parts_of_day"] and re.search(r"\b(?:in|during)\s+the\s+$", before, re.I)):
        return None  # "from morning to night", "day to day"; not "sold heavily in the morning to lock in gains"
    if re.match(r"\s+of\b", after) and not (w in ("day", "week", "month", "year") and (
            m["whole"] or _LIVED.search(before)) or w in ("morning", "afternoon", "evening", "night")
            and re.search(r"(?<![\w-])(?:for|on|in|spend|spent|enjoy|enjoyed)\s+an?\s+$", before, re.I)):
        return None  # "the day of the attack", "the week of March 6"; but "a crazy week of school" was lived
    if m["whole"]:
        # "the whole morning", "the entire day": the article and adjective belong to the expression
        if w == "future" or _DAY_NAMED_AFTER.match(text, m.end()):
            return None  # "the whole day tomorrow": the day named after it dates the expression
        if w in ("day", "week", "month", "year"):
            return Partial(type="DURATION", dur=(1, w))
        return Partial(type="TIME", rel=("day", 0), pod=CAL["parts_of_day"][w], anchor="prev", grain="part_of_day")
    if word[:1].isupper() and not word.isupper() and re.search(r"(?:[A-Z][\w.]*|['’]s)\s+$", before):
        return None  # a name or a named day: "Sandra Day O'Connor", "Women's Day"
    if re.search(r"\b(?:good|a|an|per|each|every|['’]s)\s+$", before, re.I) and w in CAL["parts_of_day"] and not \
            re.search(r"(?:(?<![\w-])(?:on|for|in|at|during|over)\s+|^\s*)an?\s+$", before, re.I):
        return None  # greetings ("good evening"), rates ("$35 a night"), "the show's morning slot"
    if w == "future" and re.search(r"\bforeseeable\s+$", before, re.I):
        return None  # "for the foreseeable future": a hedge, untagged in TimeBank
    if w == "future" and not re.match(r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:is|was|will|of|for|in|and|or|ahead|that|as|with|"
                                      r"at|looks|holds|lies|remains|depends|does|doesn['’]?t|don['’]?t)\b", after, re.I):
        return None  # an adjective: "future payments"
    if w in ("day", "week", "month", "year"):
        # A period lived through: "a long day", "what a week", "DAY 1". Other bare uses ("calendar year",
        # "his day in court", "Easter week") name no period; "a day" and "last week" are other rules'.
        if not (_LIVED.search(before) or word.isupper() or re.search(r"(?:^|[\n.!?:]\s*)$", before)):
            return None
        return Partial(type="DURATION", dur=(1, w))
    if w in CAL["parts_of_day"]:
        if re.match(r"\s*(?:night|nite)\b", after, re.I) and w in ("night", "nite") or re.search(
                r"\b(?:night|nite)\s*$", before, re.I) and w in ("night", "nite"):
            return None  # "night night", "nite nite": a goodnight, no night named
        if day_part_compound(text, m.end()):
            return None  # "the night shift", "a night club", "the morning star": the first half of a noun
        return Partial(type="TIME", rel=("day", 0), pod=CAL["parts_of_day"][w], anchor="prev", grain="part_of_day")
    if w == "future":
        return Partial(value="FUTURE_REF")
    return None


def anaphoric_name(m, text):
    """'that summer', 'that July', 'the same month name': the name in the year of the last mentioned date;
    'the previous April', 'the next spring': the one before / after it."""
    w = m["w"]
    k = key(w)
    d = 0 if not m["d"] else -1 if key(m["d"]) in ("previous", "preceding") else 1
    if k in CAL["seasons"]:
        return Partial(season=CAL["seasons"][k], anchor="prev", direction=d, grain="season")
    if k in ("may", "march", "mar") and not is_capitalised(w):
        return None
    return Partial(month=month_of(w), anchor="prev", direction=d, grain="month")


def period_end(m, text):
    """"at month's end", "by year's end": the end of the period the story is in ("year-end" is year_end)."""
    u = key(m["u"])
    return Partial(rel=(u, 0), anchor="prev", grain=u, definite=True, mod="END")


def unit_before(m, text):
    """'the day before', 'the week after' used on their own: one unit before/after the last date."""
    u = key(m["u"])
    off = -1 if key(m["d"]) == "before" else 1
    if u in ("night", "morning", "evening"):
        pod = CAL["parts_of_day"][u]
        return Partial(type="TIME", rel=("day", off), pod=pod, anchor="prev", grain="part_of_day")
    return Partial(rel=(u, off), anchor="prev", grain=u)


def season_before(m, text):
    """'the winter before', 'the summer after' used on their own: the previous or next season of that name,
    as 'the previous winter', 'the following summer'."""
    return Partial(season=CAL["seasons"][key(m["w"])], anchor="prev", direction=-1 if key(m["d"]) == "before" else 1,
                   grain="season")


def year_ago(m, text):
    """'year-earlier', 'the year-ago quarter', 'a year earlier' in finance style."""
    u = unit_of(m["u"])
    what = m["what"]
    if m["ord"]:  # "the year-ago third quarter": that quarter of the year before
        return Partial(rel=(u, -1), anchor="prev", grain="quarter", quarter=_QUARTER_ORD[key(m["ord"])],
                       aside=True)
    grain = ("quarter" if key(what) == "period" else unit_of(what)) if what else u
    return Partial(rel=(u, -1), anchor="prev", grain=grain, direction=None, compare=not what and u == "year",
                   aside=True, definite=grain == "quarter" and u == "year")  # the reported quarter, a year back


_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def period_year_ago(m, text):
    """'the corresponding period last year', 'last year's quarter', 'the quarter a year ago', 'the prior-year
    quarter': the period just reported, a year before."""
    u = key(m["u"] or m["u2"] or m["u3"] or m["u4"])
    grain = "month" if u == "month" else "quarter"
    return Partial(rel=("year", -1), anchor="prev", grain=grain, aside=True, definite=True)


# "the year to March 2019", "the year to 31 March" (British): a span of a year ending then, as "the year ended"
_YEAR_TO = re.compile(r"\s+to\s+(?:the\s+end\s+of\s+)?(?:" + MONTH + r"|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + ")",
                      re.IGNORECASE)
# a change figure before "on the month/quarter/year" (British economic news: "rose 0.4% on the quarter")
_CHANGE_ON = re.compile(r"(?:\d%|\d\s*(?:per\s*cent|percent|points?|pence|p|cents?|bps|basis\s+points)|\b(?:higher|lower|"
                        r"up|down|flat|unchanged|steady))\s+on\s+$", re.IGNORECASE)


def definite_period(m, text):
    """'the quarter', 'the year', 'the week' when they denote the current one; 'the latest quarter'."""
    u = unit_of(m["u"])
    before = text[max(0, m.start() - 12):m.start()]
    after = text[m.end():m.end() + 10]
    if u == "quarter" and re.match(r"\s*[-‐]?\s*finals?\b", after, re.I):
        return None  # "the quarter-finals", "the quarter final": a round of a contest
    if text[m.start():m.end()].lower().endswith("period") and not m["lat"] and re.match(
            r"\s+(?:of|since|between|from|when|where|in\s+which|during|after|before|until|up\s+to|to|\d)", after, re.I):
        return None  # "the period of martial law", "the period 2001-2010", "the period to 2030": no quarter
    if not m["lat"] and _CHANGE_ON.search(text, max(0, m.start() - 24), m.start()):
        return None  # "prices rose 0.1% on the month", "up 2% on the quarter": a comparison with the period before
    if re.match(r"\s+(?:from\s+)?\d{3,4}(?!\d)", after):
        return None  # "the period 1618-48", "the year 1762": a name for the years that follow, not a reported period
    if m["lat"] and key(m["lat"]) == "current":  # "the current quarter": the one the reference date is in
        return Partial(rel=(u, 0), grain=u)
    if m["lat"]:
        # "the latest quarter": the period being reported, i.e. the one just mentioned, else the last one
        return Partial(rel=(u, 0), anchor="prev", grain=u, latest=True, definite=True)
    if u == "year" and (re.match(r"\s+(?:ended|ending|to\s+date)\b", after)
                        or _YEAR_TO.match(text, m.end())) or re.search(
            r"\b(?:over|throughout|all|whole|entire)\s+$", before, re.I):
        return Partial(type="DURATION", dur=(1, u), grain=None)  # "the year ended March 31": a span of a year
    # "for the quarter", "in the year": the period the story is about, i.e. the one last mentioned
    return Partial(rel=(u, 0), anchor="prev", grain=u, definite=True)


def definite_span(m, text):
    """'by the end of the decade', 'later in the century': the decade or century the story is in (news: the
    reference one, unless one was named), as 'the end of the year' is its year."""
    u = key(m["u"])
    return Partial(rel=(u, 0), anchor="prev", grain=u, definite=True)


def year_period(m, text):
    """'the 1988 quarter', 'the 1989 period': the quarter the story is about, in that year."""
    return Partial(rel=("quarter", 0), anchor="prev", grain="quarter", definite=True, year=int(m["y"]),
                   aside=True)  # a comparison: the story stays with the period it reports


_WD_LINK = r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&|/|-|–|to|till|until)\s*|\s+n\s+)"  # chat: "sat n sun"
_WD_NEXT = re.compile(_WD_LINK + "(?P<o>" + WEEKDAY + ")", re.IGNORECASE)
_WD_PREV = re.compile("(?P<o>" + WEEKDAY + r")(?:\s+(?:morning|afternoon|evening|night))?" + _WD_LINK + "$",
                      re.IGNORECASE)
_EVERY_LIST = re.compile(r"\b(?:every|each)\s+(?:" + WEEKDAY + _WD_LINK + r")+$", re.IGNORECASE)
_WD_ON = re.compile(r"\b(?:on|by|until|till|since|from|every|each|this|next|last|nxt)\s+$", re.IGNORECASE)


# "it's only tues", "happy thurs", "today is fri": a chat abbreviation that is no other word names the day after these
_WD_IS = re.compile(r"(?:\b(?:it['’]?s|its|is|was|only|happy|hello|finally|today)|\bit\s+is)\s+$", re.IGNORECASE)


# after a lower-case "on sat": what may follow the weekday ("on sat at 8", "on mon lah"), not a noun ("on sat nav")
_WD_END = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:and|or|at|to|till|until|so|then|morning|afternoon|evening|night|nite|"
                     r"lah|leh|lor|too|also|only|i|we|you|he|she|they|can|cannot|will|got|with|for|in|or|\d)\b",
                     re.IGNORECASE)


def _in_weekday_list(text: str, m) -> bool:
    """'on Mon and tues', 'every mon, wed, thur', '(Sat-Sun 1:00pm)': another weekday next to it."""
    dow = weekday_of(m["wd"])
    other = _WD_NEXT.match(text, m.end(), m.end() + 16) or _WD_PREV.search(text, max(0, m.start() - 26), m.start())
    return bool(other) and weekday_of(other["o"]) != dow  # "we sat and sat": a repeated word is no list


def weekday(m, text):
    w = m["wd"]
    k = key(w)
    if len(k) <= 4 and k not in ("tues", "thur", "thurs"):
        # Abbreviations that are also words (sun, sat, wed, mon): dotted, or in a list or range of weekdays
        dotted_or_safe = w.endswith(".") or k not in ("sun", "sat", "wed", "mon") or bool(m["dn"])  # "Sat 26th"
        if k in ("tue", "thu", "fri") and _WD_IS.search(text, max(0, m.start() - 12), m.start()):
            pass  # "its only fri", "happy fri": no other word is spelt so
        elif not (is_capitalised(w) and dotted_or_safe) and not _in_weekday_list(text, m) and not (
                (is_capitalised(w) or re.search(r"\bon\s+$", text[max(0, m.start() - 4):m.start()], re.I) and (
                    k not in ("sun", "sat", "wed", "mon") or _WD_END.match(text, m.end())))
                and _WD_ON.search(text, max(0, m.start() - 8), m.start())):
            return None
    elif len(k) <= 5 and not is_capitalised(w) and not (_in_weekday_list(text, m) or _WD_ON.search(
            text, max(0, m.start() - 8), m.start()) or _WD_IS.search(text, max(0, m.start() - 12), m.start())):
        return None  # "tues", "thur" lower-case: after a preposition or in a list
    # full names date in any case: "have a good sunday", "can tuesday come already"
    if _EVERY_LIST.search(text, max(0, m.start() - 40), m.start()):
        return Partial(type="SET", value=f"XXXX-WXX-{weekday_of(w)}")  # "every mon, wed, thur": each is a set
    if re.match(r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Journal|Star)\b",
                text[m.end():m.end() + 16]) or heads_a_title(text, m.end()) \
            or w[:1].isupper() and holiday_names_a_thing(text, m.end(), things=False) \
            or k == "sunday" and re.search(r"\b(?:Mail|Independent|Sport|People)\s+on\s+$",
                                           text[max(0, m.start() - 16):m.start()]):
        return None  # newspapers, shows and names ("the Good Friday Agreement", "the Mail on Sunday")
    if m["dn"] and not re.match(r"\s*(?:[,.;:!?)(\-–]|$)|\s+(?:the|a|an|at|in|on|and|or|to|for|from|with|till|until|"
                                r"we|i|you|he|she|they|it|is|was|will|\d)\b", text[m.end():m.end() + 10], re.I):
        return None  # "The Sun 5th edition": an ordinal counting a noun, no day
    p = Partial(dow=weekday_of(w), grain="day")
    if m["dn"]:
        p.day = int(m["dn"])  # "Friday the 13th", "Sat 26th": the month where that day is that weekday
    return p


def year_end(m, text):
    """'by year-end', 'since year end' used as a noun: the last day of the year, year chosen like any
    month day (tense), strictly past after 'since'. As a premodifier ('year-end bonus') it names no date."""
    since = re.search(r"\bsince\s+$", text[max(0, m.start() - 8):m.start()], re.I)
    return Partial(month=12, day=31, grain="day", direction=-1 if since else None, aside=True)


def anaphoric_weekday(m, text):
    """'the previous Friday', 'the following Monday': that weekday before / after the last mentioned date."""
    d = -1 if key(m["d"]) in ("previous", "preceding") else 1
    return Partial(dow=weekday_of(m["wd"]), direction=d, anchor="prev", grain="day")


_WEEKEND_COMPOUND = re.compile(r"\s+" + alt(GUARDS["weekend_compounds"]) + r"(?![\w'’-])", re.IGNORECASE)


def weekend(m, text):
    if _WEEKEND_COMPOUND.match(text, m.end()):
        return None  # "weekend editions", "a weekend warrior": a kind of thing
    if re.search(r"\b(?:first|second|third|fourth|fifth|opening|final)\s+$", text[max(0, m.start() - 10):m.start()],
                 re.IGNORECASE):
        return None  # "its opening weekend", "the first weekend of sales": counted from an event, no weekend of ours
    return Partial(weekend=True, grain="weekend")


# "1 week 1 day", "a day 2 hours later", "per day 3 times": the number before counts the unit
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:" + NUMWORD + "|" + VAGUE + r"|per|each|every|this|that|next|last|same))\s*$",
                             re.IGNORECASE)


_MOMENT_PREP = re.compile(r"(?<![\w-])(?:at|by|before|after|until|till|til|from|since|around|about|toward|towards|"
                          r"near|to|till|through)\s+$", re.IGNORECASE)
# what may follow a guarded moment: punctuation, the end, a date or a function word ("at dawn on Monday",
# "at dusk they withdrew"); not a noun it modifies ("after dawn prayers") nor "of" ("the dawn of an era")
_MOMENT_END = re.compile(r"\s*(?:[^\w\s'’-]|$)|\s+(?:on|in|and|or|but|the|a|an|to|until|till|at|for|from|by|when|as|"
                         r"with|outside|inside|near|over|across|into|along|around|behind|through|under|while|after|"
                         r"before|so|again|that|this|then|i|we|you|he|she|it|they|there|was|were|is|are|had|has|would|"
                         r"will)\b",
                         re.IGNORECASE)
# ... but a day named right after it dates the moment, and TimeBank then tags only the day ("at dawn on Monday",
# "as dawn broke Saturday" tag the day alone)
_MOMENT_DAY = re.compile(r",?\s+(?:on\s+)?(?:the\s+)?(?:" + WEEKDAY + "|" + MONTH + r"|\d|today|yesterday|tomorrow|"
                         r"tonight)", re.IGNORECASE)


def day_moment(m, text):
    """A moment of the day named on its own ("watching the sunset", "crabs for teatime", "at dawn"): that day."""
    w = m["w"]
    before = text[max(0, m.start() - 12):m.start()]
    if CAL["day_moments"][key(w)] == "guarded":
        if not (_MOMENT_PREP.search(before) and _MOMENT_END.match(text, m.end()) and not w[:1].isupper()) \
                or _MOMENT_DAY.match(text, m.end()):
            return None  # "the dawn of an era", "a dusk curfew", "Dawn said": only "at dawn", "until nightfall"
        return Partial(rel=("day", 0), anchor="prev", grain="day")
    if w[:1].isupper() and not w.isupper() and not re.search(r"(?:^|[.!?:\n]\s*|\b(?:The|At|By|From|Till|Until|"
                                                             r"Before|After)\s+)$", before):
        return None  # "Sunset Boulevard", "Tequila Sunrise": a name
    if re.match(r"\s+(?:clauses?|provisions?|rules?|laws?|dates?|boulevard|strip|industr\w+)\b", text[m.end():m.end() + 14],
                re.I) or re.search(r"\b(?:to|will|would|should|must|can|could)\s+$", before, re.I):
        return None  # "a sunset clause", "plans to sunset the program"
    return Partial(rel=("day", 0), anchor="prev", grain="day")


_HOLIDAY = alt(CAL["holidays"].keys()) + END
_SING_UNIT = alt([u for u in UNITS["units"] if not u.endswith("s") and u not in ("min", "sec", "hr")]) + END
SHIFT_WORDS = ["last", "past", "previous", "this", "next", "coming", "current", "this past", "this coming",
               "upcoming", "the upcoming", "this upcoming", "the coming", "the last", "the past", "the current",
               "this current", "nxt", "last last", "next next"]  # Singapore chat: "last last week", the one before
_DIRW = alt(SHIFT_WORDS)

def period_ahead(m, text):
    """'the weeks ahead': some weeks from now (PXW); 'the year ahead': the twelve months from now (P1Y)."""
    if m["one"]:
        return Partial(type="DURATION", dur=(1, unit_of(m["one"])), dur_anchor=1)
    return Partial(type="DURATION", dur=(None, unit_of(m["u"])), dur_anchor=1)


RULES = [
    Rule("mid_period", START + r"mid[-‐]?\s?(?P<u>week|month|year|summer|winter)" + END + r"(?![-‐])", mid_period,
         "midweek"),
    Rule("before_last", START + r"(?:the\s+)?(?P<u>year|month|week|weekend|day|night)\s+(?P<w>before\s+last|after\s+next)"
         + END
         + r"(?!\s+(?:" + WEEKDAY + "|" + MONTH + r"|year|month|week|weekend|night|time|season|summer|winter|spring|"
         r"autumn|fall)\b)", before_last, "the year before last"),
    Rule("weekday_before_last", START + r"(?:the\s+)?(?P<wd>" + WEEKDAY + r")\s+(?P<w>before\s+last|after\s+next)"
         + END + r"(?=\s*(?:[^\w\s]|$)|\s+(?:when|and|but|or|as|at|in|on|to|with|the|a|an|that|this|he|she|they|it|we|"
         r"I|you|\w+ed)\b)", weekday_before_last, "the Friday before last"),
    Rule("day_of_rel_month", START + r"the\s+(?:(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)|(?P<dw>" + ORDINAL_WORD
         + r"))\s+of\s+(?:(?P<dir>this|next|last|the\s+coming|the\s+current)|(?P<that>that|the\s+same|the\s+following|"
         r"the\s+next|the\s+previous|the\s+preceding))\s+month" + END, day_of_rel_month,
         "the 1st of next month"),
    Rule("day_ordinal", START + r"(?:the\s+)?(?P<d>3[01]|[12]\d|[1-9])"
         r"(?P<suf>st|nd|rd|th)" + END, day_ordinal, "on the 14th"),
    Rule("day_offset", START + r"(?P<w>" + alt(REFS["day_offsets"].keys()) + r")" + END, day_offset, "yesterday"),
    Rule("fixed_ref", START + r"(?P<w>" + alt(_FIXED.keys()) + r")" + END, fixed, "now"),
    Rule("plural_period", START + r"(?:the\s+)?(?P<dir>coming|next|recent|past|" + NOT_VERB_LAST + r"last|previous)\s+"
         r"(?:(?:few|several)\s+)?"
         r"(?P<u>days|weeks|months|years|decades|quarters)(?:\s+(?:and|or)\s+(?P<u2>weeks|months|years))?" + END
         + r"(?!\s+(?:of|ago|later|earlier|old)\b)", plural_period, "the coming months"),
    Rule("period_ahead", START + r"the\s+(?:(?:(?:next\s+)?(?:few|several)\s+)?(?P<u>days|weeks|months|years)|(?P<one>day|week|"
         r"month|year))\s+ahead" + END, period_ahead, "the weeks ahead"),
    Rule("shifted", START + r"(?P<dir>" + _DIRW + r")\s+(?:(?P<fy>fiscal|financial)[- ])?(?P<what>" + _SING_UNIT + "|"
         + WEEKDAY + "|" + MONTH + "|"
         + SEASON + "|" + _HOLIDAY + ")", shifted, "last week"),
    Rule("ago", START + r"(?:(?P<half>half)\s+(?=an?\s))?(?P<n>" + AMOUNT + r")" + GLOSS
         + r"(?P<half2>\s+and\s+a\s+half)?\+?\s*[- ]?\s*"
         r"(?P<u>" + DIGIT_UNIT + r")(?P<half3>\s+and\s+a\s+half(?=\s))?\s+(?:or\s+so\s+)?"
         r"(?:(?P<dir>ago|earlier|later|from\s+now|hence|afterwards?|back|previously)" + END
         # "two weeks earlier than planned": the amount of a shift, a duration (amount_unit), no date
         + r"(?!\s+than\b)|(?P<dir2>before|after|prior)"
         + END + r"(?!\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|I|you|[A-Z\d])))", ago,
         "55 years ago"),
    Rule("count_from_day", START + r"(?P<n>" + AMOUNT + r")\s+(?P<u>days?|weeks?|fortnights?)\s+(?:(?P<on>from|on)\s+"
         r"(?P<d>today|tomorrow|yesterday|" + WEEKDAY + r")|(?P<d2>today|tomorrow))" + END, count_from_day,
         "a week from today"),
    Rule("weekday_week", START + r"(?P<wd>" + WEEKDAY + r")\s+week" + END + r"(?![-‐'’]|\s*\d|\s+(?:of|end|day|days|"
         r"long|after|before|ago|later|earlier)\b)", weekday_week, "Tuesday week"),
    Rule("bare_ago", START + r"(?P<u>days|weeks|months|years|decades|hours|minutes|centuries)\s+"
         r"(?P<dir>ago|later|earlier|afterwards?)" + END + r"(?!\s+than\b)", bare_ago, "months ago"),
    Rule("anaphoric", START + r"(?P<which>(?:the\s+)?(?:very\s+)?(?:next|following|previous|preceding|prior|same)|"
         r"that(?:\s+same)?)\s+(?P<u>" + UNIT + ")", anaphoric, "the next day"),
    Rule("anaphoric_name", START + r"(?:that(?:\s+same)?|the\s+same|the\s+(?P<d>previous|preceding|next|following))\s+"
         r"(?P<w>" + SEASON + "|" + MONTH + ")", anaphoric_name,
         "that summer"),
    Rule("period_end", START + r"(?P<u>year|month|week)['’]s\s+end" + END, period_end, "month's end"),
    Rule("unit_before", START + r"the\s+(?P<u>day|week|month|year|night|morning|evening)\s+(?P<d>before|after)"
         + END + r"(?=\s*[,.;:)]|\s+(?:that|this|he|she|they|it|we|I|you|the|a|an|[A-Z]\w*)\s+\w+(?:ed|s)\b)",
         unit_before, "the day before"),
    Rule("season_before", START + r"the\s+(?P<w>" + SEASON + r")\s+(?P<d>before|after)" + END
         + r"(?=\s*[,.;:)]|\s+(?:that|this|he|she|they|it|we|I|you|the|a|an|[A-Z]\w*)\s+\w+(?:ed|s)\b)",
         season_before, "the winter before"),
    Rule("year_ago", START + r"(?:(?:the|a)\s+(?:(?:comparable|corresponding)\s+)?(?=\w+[- ]\w+(?:\s+(?:first|second|"
         r"third|fourth|quarter|period|month|year|week)\b|\s*(?:[^\w\s]|$))))?(?P<u>year|month|quarter|week)[- ]"
         r"(?:earlier|ago)"
         r"(?:\s+(?:(?P<ord>first|second|third|fourth)[- ]quarter|(?P<what>quarter|period|month|year|week)))?" + END,
         year_ago, "the year-ago quarter"),
    Rule("period_year_ago", START + r"(?:(?:the\s+)?(?:corresponding|comparable|same|year-ago)\s+(?P<u>quarter|period|month)"
         r"\s+(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year"
         r"|last\s+year['’]s\s+(?:(?:corresponding|comparable|same)\s+)?(?P<u2>quarter|period)"
         r"|the\s+(?P<u3>quarter|period)\s+a\s+year\s+(?:ago|earlier)"
         r"|the\s+(?:prior|previous)[- ]year(?:['’]s)?\s+(?P<u4>quarter|period|month))" + END, period_year_ago,
         "the corresponding period last year"),
    # chat drops the article after "end of" ("by end of month"): the prefix is attached as for "the end of the month"
    # (not a numbered year: "the beginning of Year One")
    Rule("definite_period", START + r"(?:the\s+|(?:(?<=end of )|(?<=start of )|(?<=beginning of )|(?<=middle of ))"
         r"(?!\w+\s+(?:one|two|three|four|\d)))"
         r"(?:(?P<lat>latest|most\s+recent|recent|current)\s+)?(?:(?:fiscal|full|"
         r"calendar)[- ])?(?P<u>quarter|year|month|week|period)" + END + r"(?![- ](?:ago|earlier|old|long|end)\b)",
         lambda m, t: definite_period(_Per(m), t), "the quarter"),
    Rule("definite_span", START + r"the\s+(?P<u>decade|century)" + END + r"(?![- ](?:ago|earlier|later|old|long)\b)",
         definite_span, "the end of the decade"),
    Rule("year_period", START + r"the\s+(?P<y>(?:1[5-9]|20)\d{2})\s+(?:fiscal\s+)?(?:quarter|period)" + END, year_period,
         "the 1988 quarter"),
    Rule("anaphoric_weekday", START + r"the\s+(?P<d>previous|preceding|following)\s+(?P<wd>" + WEEKDAY + ")",
         anaphoric_weekday, "the previous Friday"),
    Rule("year_end", START + r"(?:the\s+)?year[- ]end" + END + r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:and|or|but|when|to|in|at|"
         r"for|with|as|because|after|before|if|while|(?-i:[A-Z])\w*)\b)", year_end, "by year-end"),
    Rule("weekday", START + r"(?P<wd>" + WEEKDAY + r")(?:,?\s+(?:the\s+)?(?P<dn>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
         + END
         + ")?", weekday, "Friday"),
    Rule("weekend", START + r"(?:the\s+)?(?:weekend|wkend|wknd)" + END, weekend, "the weekend"),
    # moments of a day named on their own: "watching the sunset", "crabs for teatime" (that day, a DATE)
    Rule("day_moment", START + r"(?P<w>" + alt(CAL["day_moments"].keys()) + ")" + END + r"(?![-‐])", day_moment,
         "sunset"),
    # a numbered day or week of an event or a stay: "Day 3 of the camp", "cny day 2" (one day lived through)
    Rule("numbered_day", START + r"(?P<u>day|week)\s+(?P<n>[1-9]\d?)(?![\d:.,/]\d|\w|\s*(?:%|[-–]\s*\d|"
         r"(?:days|weeks|hours|minutes|months|years|percent|am|pm|a\.m|p\.m)\b))",
         lambda m, t: None if _COUNTED_BEFORE.search(t, max(0, m.start() - 12), m.start()) else
         Partial(type="DURATION", dur=(1, key(m["u"]))), "Day 3"),
    # "whole day": chat drops the article
    Rule("small_hours", START + r"the\s+(?:wee\s+(?:small\s+)?|small\s+)hours" + END + r"(?!\s+of\b)", small_hours,
         "in the small hours"),
    Rule("bare_calendar_noun", START + r"(?P<whole>(?:(?:the|a|an)\s+)?(?:whole|entire)\s+)?"
         r"(?P<w>day|week|month|year|night|nite|morning|afternoon|evening|future)" + END
         + r"(?![-‐]|['’]s?\s|\s+(?:after|before|ago|earlier|later|long|old)\b)",
         bare_calendar_noun, "all night", takes_the=True),
]


class _Per:
    def __init__(self, m):
        self.m = m

    def start(self):
        return self.m.start()

    def end(self):
        return self.m.end()

    def __getitem__(self, k):
        if k == "u":
            u = self.m["u"].lower()
            return "quarter" if u == "period" else u
        return self.m[k]
