"""Clock times and parts of days: 3:30 p.m., noon, 14:30 GMT, this morning, Friday night."""
from __future__ import annotations

import re

from .grammar import (CAL, DAYNUM, END, GUARDS, MONTH, NUMWORD, POD, REFS, START, WEEKDAY, YEAR4, ZONES, Partial, Rule,
                      alt, daynum, is_house_number, key, month_of, names_a_show, number, starts_a_name, weekday_of)

_TZ = (r"(?:\s*(?P<tzp>\()?(?P<tz>" + alt(ZONES["zones"].keys()) + r")(?:(?<=[uU][tT][cC]|[gG][mM][tT])(?P<tzo>[+\-−](?:1[0-4]|0?\d)"
       r"(?::?[0-5]\d)?)(?![\d:]))?(?(tzp)\))" + END + ")?")
AMPM = r"(?P<ampm>[ap]\.\s?m\b\.?|[ap]\s?m\b)"  # "p.m." keeps its dot; in "11pm." the dot ends the sentence
_DAYREF = alt(list(REFS["day_offsets"].keys()))


def _tz(m) -> str | None:
    z = m["tz"]
    if not z:
        return None
    off = ZONES["zones"][key(z)]
    if "tzo" in m.re.groupindex and m["tzo"] and key(z) in ("utc", "gmt"):
        # "19:45 GMT+1", "UTC-05:30": an offset from UTC written out
        o = m["tzo"].replace("−", "-")
        hm = re.match(r"([+-])(\d{1,2}):?(\d{2})?$", o)
        off = (1 if hm[1] == "+" else -1) * (int(hm[2]) + int(hm[3] or 0) / 60)
    if isinstance(off, (list, tuple)):  # "ET": EST or EDT, known once the date is (calendar_math.zone_offset)
        return f"US{off[0]:+d}/{off[1]:+d}"
    if off == 0:
        return "Z"
    sign = "+" if off > 0 else "-"
    h = int(abs(off))
    mi = int(round((abs(off) - h) * 60))
    return f"{sign}{h:02d}:{mi:02d}"


def _day_part(p: Partial, m) -> Partial:
    """Attach an optional day word after a time: '10 a.m. Monday', '3 p.m. yesterday', '7:45 this morning'.

    A clock time with no day word is on the day last mentioned ("was shot at 10 p.m.").
    """
    d = m["dayw"] if "dayw" in m.re.groupindex else None
    p.anchor = "prev"
    if "ana" in m.re.groupindex and m["ana"]:  # "noon the next day", "at 6 p.m. that day": from the last date
        k = key(m["ana"])
        p.rel = ("day", 1 if ("next" in k or "following" in k) else -1 if "previous" in k else 0)
    elif "dpod" in m.re.groupindex and m["dpod"]:
        k = key(m["dpod"])
        p.rel, p.anchor = ("day", -1 if k.startswith("last") else 0), "ref"
    elif "mon" in m.re.groupindex and m["mon"]:  # "4 p.m. EST Oct. 2": that day, by tense like any month day
        p.month, p.day, p.anchor = month_of(m["mon"]), int(re.match(r"\d+", m["md"]).group()), "ref"
    elif "dmon" in m.re.groupindex and m["dmon"]:  # "11.45pm on 30 June"
        p.month, p.day, p.anchor = month_of(m["dmon"]), int(re.match(r"\d+", m["dmd"]).group()), "ref"
    elif d:
        k = key(d)
        p.anchor = "ref"
        if k in REFS["day_offsets"]:
            p.rel = ("day", REFS["day_offsets"][k])
        else:
            p.dow = weekday_of(d)
    pod = (m["dwpod"] if "dwpod" in m.re.groupindex else None) or (
        m["dpod"] if "dpod" in m.re.groupindex else None) or (
        "night" if d and key(d) in REFS["night_words"] else None)
    if pod and p.hour is not None and p.hour < 12:
        # "7:30 Friday evening", "3:30 this afternoon", "11 last night": the part of day sets the dial's half
        # ("9 tonight" 21:00; "3 tonight", like "3 tomorrow night", is 3 a.m. of that night)
        k = key(pod).split()[-1]
        p.hour = _on_dial(p.hour, "night" if k == "tonight" else k)
    return p


def clock_ampm(m, text):
    h = int(m["h"])
    mi = int(m["mi"]) if m["mi"] else 0
    if not 1 <= h <= 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    h = (h % 12) + (12 if pm else 0)
    p = Partial(type="TIME", hour=h, minute=mi, grain="minute" if m["mi"] else "hour", tz=_tz(m))
    if m["sec"]:  # "10:30:15 p.m."
        p.second, p.grain = int(m["sec"]), "second"
    return _day_part(p, m)


def clock_compact(m, text):
    """'at 2250', 'abt 1015', '1400 hrs', '(0842 GMT)', '2359 tonight': four digits as a 24-hour time, only after a
    clock preposition or before 'hrs', a time zone or a day word (a year otherwise: 'at 2014 levels', 'by 2020')."""
    if len(m["h"]) < 2 or m.start() and text[m.start() - 1] in "#+-" or is_house_number(text, m.end()):
        return None  # "at 1215 Oak Street": a house number
    h, mi = int(m["h"]), int(m["cmi"])
    zoned = bool(m["tz"]) and m["tz"].isupper() and len(m["tz"]) >= 3 and (  # "0842 GMT", "(1930 GMT)"
        not 1900 <= h * 100 + mi <= 2099 or re.search(r"(?:\b(?:at|abt)\s+|\()$", text[max(0, m.start() - 8):m.start()]))
    if not m["hrs"] and not zoned:
        # after a clock preposition, or before "tonight" ("2359 tonight"), or with a leading zero before a day word
        # ("0700 tmr"); a count otherwise ("sold 1500 yesterday", "flight 1230 tomorrow"), or a year ("2014 today")
        night = bool(m["dpod"]) or bool(m["dayw"]) and key(m["dayw"]) in REFS["night_words"]
        if 1900 <= h * 100 + mi <= 2099 or not (re.search(r"\b(?:at|abt)\s+$", text[max(0, m.start() - 8):m.start()],
                                                           re.I) or night or m["dayw"] and m["h"].startswith("0")):
            return None
        if re.match(r"\s*(?:[a-z]+s\b|km|kg|ft|mph|kph|cc|ml|rpm|m\b|feet|foot|sq|per\b)", text[m.end():m.end() + 8]) \
                or re.search(r"\b(?:closed?|closing|ended|stood|rose|fell|dropped|gained|traded|trading|priced|index|"
                             r"level|rate|capped|pegged|valued|set)\b[^.;]*$", text[max(0, m.start() - 40):m.start()],
                             re.I):
            return None  # a quantity or a level: "at 1230 km", "the index closed at 1500"
    p = Partial(type="TIME", hour=h, minute=mi, grain="minute", tz=_tz(m))
    return _day_part(p, m)


# a race or a run before a clock-like figure after "in": "did the 2.4km in 10:45", "ran 21km in 1:35:10"; or a pace
# after it: "at 4:30 pace" ("after my run at 6:30" keeps its time)
_RACE_BEFORE = re.compile(r"(?:\d\s*(?:km|k|mi|miles?|m)|\b(?:ran|run|runs|running|jog|jogged|marathon|race|raced|lap|laps|"
                          r"swim|swam|clocked|timing|pb|ippt|finished|completed?))\b[^.!?;]{0,30}?"
                          r"\bin\s+(?:(?:abt|about|around|under|just)\s+)?$", re.IGNORECASE)
_PACE_AFTER = re.compile(r"\s*(?:min(?:ute)?s?\s*)?(?:/\s*km|per\s+(?:km|mile)|pace|splits?|min/km)\b", re.IGNORECASE)


# a dotted number after these is a price or a level ("closed at 12.30", "sold at $3.50"), not a clock time
_FIGURE_BEFORE = re.compile(r"(?:[$£€¥]|\b(?:rm|usd|sgd|closed?|closing|traded?|trading|priced?|prices?|rates?|index|level|stood|"
                            r"rose|fell|dropped|gained|ended|opened|valued|cost|costs|paid|sells?|sold|bought|buy|yield|"
                            r"scored?|averaged?|points?|odds|rated|ratings?|dollar|yen|euro|pound|currency|inflation|unemployment|growth|"
                            r"gdp|interest|percentage|ratio|average|estimated?|forecast|valuation|record)\b)[^.;!?]*$",
                            re.IGNORECASE)
_FIGURE_AFTER = re.compile(r"\s*(?:%|percent|per\b|pts?\b|points?\b|cents?\b|million|billion|bn\b|kg\b|km\b|m\b|"
                           r"mm\b|cm\b|litres?|liters?|dollars?|euros?|yen\b|marks\b|pounds?\b|francs?\b|yuan\b|rupees?\b|ringgit\b|"
                           r"pesos?\b|times\b|stars?\b|(?:a\s+)?shares?\b|apiece|each)", re.IGNORECASE)


def clock24(m, text):
    if m["cmi"] is not None:
        return clock_compact(m, text)
    h, mi = int(m["h"]), int(m["mi"])
    if m["sep"] == "." and (
            m["h"] == "0" or not re.search(r"\b(?:at|by|until|till|from|around|abt|about|before|after|since)\s+$",
                          text[max(0, m.start() - 8):m.start()], re.I)
            or _FIGURE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _FIGURE_AFTER.match(text, m.end())):
        return None  # the British dotted clock ("lunch at 12.30") only after a preposition of time, and not a figure
        # ("fell 6.43 on Friday", "rose $5.41 yesterday", "about 0.55 share")
    if not (m["tz"] or m["hrs"]) and (
            _RACE_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _PACE_AFTER.match(text, m.end())):
        return None  # a race time or a pace ("2.4km in 10:45", "at 4:30 pace"): a duration, no time of day
    # A ratio or score ("won 3:1") has no leading zero and no zone; need two-digit hours or a zone/"hours".
    if len(m["h"]) == 1 and not (m["tz"] or m["hrs"] or m["dpod"] or m["dayw"] or re.search(
            r"\b(?:at|by|until|till|from|around|about|before|after|since)\s+$", text[max(0, m.start() - 8):m.start()],
            re.I)):
        return None
    p = Partial(type="TIME", hour=h, minute=mi, grain="minute", tz=_tz(m))
    if m["s"]:
        p.second, p.grain = int(m["s"]), "second"
    return _day_part(p, m)


def oclock(m, text):
    n = number(m["n"])
    if n is None or not 1 <= n <= 12:
        return None
    h = int(n)
    if m["ampm"]:
        h = (h % 12) + (12 if m["ampm"].lower().startswith("p") else 0)
    return _day_part(Partial(type="TIME", hour=h, minute=0, grain="hour"), m)


_TIME_PREPOSITION = re.compile(r"\b(?:at|around|about|until|till|by|before|after|from|since|to)\s+$", re.I)


def _after_time_preposition(text: str, start: int) -> bool:
    """Whether a preposition of time ends right before ``start`` ("at 4 in the morning", "by 10 tonight")."""
    return _TIME_PREPOSITION.search(text[max(0, start - 8):start]) is not None


def _on_dial(h: int, part: str) -> int:
    """Hour ``h`` of the 12-hour dial (24 for midnight) in a part of day: 'four in the morning' 4, 'ten in the
    evening' 22, 'eleven at night' 23, 'two at night' 2."""
    return h % 12 + (12 if part in ("afternoon", "evening") or part == "night" and h >= 6 else 0)


def clock_in_part(m, text):
    """'4 in the morning', 'ten o'clock in the evening', '2:30 in the afternoon': a clock hour on the
    12-hour dial made definite by the part of day."""
    n = number(m["n"])
    if n is None or not 1 <= n <= 12 or n != int(n):
        return None
    dotted = m["mi"] is not None and text[m.end("n")] == "."
    if not (m["oc"] or m["mi"] and not dotted) and not _after_time_preposition(text, m.start()):
        return None  # "won 4 in the morning session", "rose 3.45 in the morning": a number needs a preposition of time
    h = _on_dial(int(n), key(m["part"]))
    minute = int(m["mi"]) if m["mi"] else 0
    return _day_part(Partial(type="TIME", hour=h, minute=minute, grain="minute" if m["mi"] else "hour"), m)


_PAST_MINUTES = {"quarter": 15, "a quarter": 15, "half": 30}


def past_to(m, text):
    """'half past ten', 'a quarter to five', '20 minutes past six', 'ten past six', 'ten minutes to midnight': minutes
    counted from or to an hour on the 12-hour dial (a.m./p.m. or a part of day after it makes it definite)."""
    mins = _PAST_MINUTES.get(key(m["q"])) if m["q"] else None
    if m["qw"]:  # "ten past six": minutes without the word, after a preposition of time only ("won ten past six"?)
        mins = number(m["qw"])
        if not _after_time_preposition(text, m.start()):
            return None
    if mins is None:
        mins = number(m["qn"])
    h = 24 if m["hw"] and key(m["hw"]) == "midnight" else 12 if m["hw"] else number(m["h"])
    if mins is None or h is None or mins != int(mins) or not 1 <= mins <= 59 or h != int(h) or not 1 <= h <= 24 \
            or (not m["hw"] and h > 12):
        return None
    if key(m["q"] or "") == "half" and key(m["dir"]) != "past":
        return None  # "from half to ten": a fraction, no clock
    if not (m["ampm"] or m["part"] or m["tz"] or m["dayw"] or m["dpod"] or m["mon"] or m["dmon"]
            or m.group(0).lower().endswith("clock")) \
            and not re.match(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|and|when|as|the|he|she|they|we|i|it|local|"
                             r"this|that|tonight|today|yesterday|tomorrow)\b", text[m.end():m.end() + 12], re.I):
        return None  # "from a quarter to 12 percent", "5 minutes to 10 seconds": counts, no clock
    h, mins = int(h), int(mins)
    if m["ampm"]:
        h = (h % 12) + (12 if m["ampm"].lower().startswith("p") else 0)
    elif m["part"]:  # "a quarter past nine in the morning", "half past eight in the evening"
        h = _on_dial(h, key(m["part"]))
    if m["dir"].lower() in ("to", "before"):
        h, mins = (h - 1) % 24, 60 - mins
    elif h == 24:
        h = 0  # "ten minutes past midnight": the start of the day, 00:10
    return _day_part(Partial(type="TIME", hour=h, minute=mins, grain="minute"), m)


def clock_day_part(m, text):
    """'at 3 this afternoon', 'by 10 tomorrow morning', 'at 9 tonight', 'at 7:30 Friday evening', 'at 7.45 this
    morning' (the British dot): a clock hour
    on the 12-hour dial made definite by the day and part of day after it."""
    if not _after_time_preposition(text, m.start()):
        return None  # "won 3 this afternoon": a bare number needs a preposition of time
    n = number(m["h"])
    if n is None or n != int(n) or not 1 <= n <= 12:
        return None
    h = _on_dial(int(n), key(m["part"] or m["part2"] or "night"))
    mi = int(m["mi"]) if m["mi"] else 0
    return _day_part(Partial(type="TIME", hour=h, minute=mi, grain="minute" if m["mi"] else "hour"), m)


def noon(m, text):
    w = key(m["w"])
    if w == "noon" and re.search(r"\bhigh\s+$", text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "High Noon", "high noon for the alliance": a showdown, no clock time
    if starts_a_name(m["w"], text, m.end("w")) and re.search(r"\w[\s\"“]+$", text[max(0, m.start() - 3):m.start()]):
        return None  # "saw Midnight Oil", "the Noon Show": a name (at the start of a sentence a tweet's
        # "Midnight Hungergames" can be the showing's time)
    h = 12 if w in ("noon", "midday") else 24
    return _day_part(Partial(type="TIME", hour=h, minute=0, grain="minute", tz=_tz(m)), m)


# "every Monday to [Thursday morning]", "each mon, wed and [fri night]": a weekday list under "every"
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+(?:" + WEEKDAY + r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&|/|-|–|to|till|"
                           r"until)\s*)+$", re.IGNORECASE)


_TITLE_HEAD = re.compile(r"\s+" + alt(GUARDS["day_title_heads"]) + r"(?![\w])")


def day_with_part(m, text):
    """'this morning', 'yesterday afternoon', 'Friday night', 'last night', 'tonight'."""
    d, part = m["d"], m["part"]
    if part and part[:1].isupper() and _TITLE_HEAD.match(text, m.end()) or not part and names_a_show(d, text, m.end()):
        return None  # "Saturday Night Live", "the Tonight Show": titles
    pod = CAL["parts_of_day"][key(part)] if part else "NI"
    p = Partial(type="TIME", pod=pod, grain="part_of_day")
    k = key(d)
    if k == "this":
        p.rel = ("day", 0)
    elif k == "last":
        if pod not in ("NI", "EV"):
            return None  # "last morning" is not idiomatic; "last evening" is yesterday's, as "last night"
        p.rel = ("day", -1)
    elif k in ("tonight", "tonite", "2nite"):
        p.rel, p.pod = ("day", 0), "NI"
    elif k in REFS["day_offsets"]:
        if k == "ytd" and not d.islower():
            return None  # "YTD": year-to-date
        p.rel = ("day", REFS["day_offsets"][k])
    elif k in ("that", "the same", "that same", "that very"):  # "that same evening", "that very night"
        p.rel, p.anchor = ("day", 0), "prev"
    elif k in ("the next", "the following"):
        p.rel, p.anchor = ("day", 1), "prev"
    elif k in ("the previous",):
        p.rel, p.anchor = ("day", -1), "prev"
    elif k in CAL["holidays"]:  # "Christmas evening", "New Year's Eve night"
        p.holiday = CAL["holidays"][k]
    else:
        if part and key(part).endswith("s") and d[:1].isupper() or _EVERY_BEFORE.search(
                text, max(0, m.start() - 40), m.start()):
            # "on Tuesday nights", "Monday mornings", "every Monday to Thursday morning": the part of every
            # such day, a set
            return Partial(type="SET", value=f"XXXX-WXX-{weekday_of(d)}T{pod}")
        # "Friday night": TimeBank annotates a named day with its part as a DATE (value keeps the part)
        p.dow, p.type = weekday_of(d), "DATE"
        if m["wdir"]:  # "last Saturday night", "this Sat nite": that weekday as "last Saturday" reads it
            p.direction = {"last": -1, "this": 0, "next": 1, "coming": 1}[key(m["wdir"])]
    if m["el"]:  # "tmr early morning", "sat late night": as "early tomorrow morning"
        p.mod = "START" if key(m["el"]) == "early" else "END"
    return p


def part_of_date(m, text):
    """'the night of March 3, 1802', 'the morning of 14 February 1917', 'early in the morning of 12 June':
    that part of that day (a DATE, as for 'Friday night'); 'the early hours of 6 June 1944', 'the small hours of
    3 May' are its morning, as 'the early morning hours of' (news keeps only the date, see resolve)."""
    pod = "MO" if m["hrs"] else CAL["parts_of_day"][key(m["part"])]
    if m["d3"]:  # "the evening of the 18th": that day of the month the story or text is in
        return Partial(type="DATE", pod=pod, day=int(m["d3"]), anchor="prev", grain="part_of_day")
    mon, d = (m["mon"], m["d"]) if m["mon"] else (m["mon2"], m["d2"])
    if mon[0].islower() and key(mon) in ("may", "march"):
        return None
    return Partial(type="DATE", pod=pod, month=month_of(mon), day=daynum(d),
                   year=int(m["y"]) if m["y"] else None, grain="part_of_day")


# A day word after a clock time joins it, unless it only glosses a date that follows ("6:30 a.m. Monday, March 18":
# the time is on that date, see resolve._clock_on_day).
_DAYW = (r"(?:,?\s+(?P<ana>the\s+(?:next|following|previous|same)\s+day|that\s+(?:same\s+)?day)" + END
         + r"|,?\s+(?:on\s+)?(?P<dayw>" + WEEKDAY + "|" + _DAYREF + r")" + END
         # "6 a.m. yesterday morning", "10:30 Tuesday night": the part of day only repeats the clock's
         + r"(?:\s+(?P<dwpod>morning|afternoon|evening|night)" + END + r")?(?!,?\s+(?:" + MONTH + "|"
         + DAYNUM + r"))|\s+(?P<dpod>this\s+(?:morning|"
         r"afternoon|evening)|tonight|last\s+night)" + END + r"|,?\s+(?:on\s+)?(?P<mon>" + MONTH + r")\s*(?P<md>" + DAYNUM + r")"
         r"(?!,?\s*\d)"
         # "11.45pm on 30 June": the day first
         r"|,?\s+(?:on\s+)?(?P<dmd>" + DAYNUM + r")\s+(?P<dmon>" + MONTH + r")(?!,?\s*\d))?")

def clock_tonight(m, text):
    """'tonight at 8', 'tonite around 10.30', 'this evening at 7': a bare hour after an evening word is on the
    evening's dial (8 is 20:00); the day word is its own expression, as with 'tonight at 8pm'. Not 12."""
    h = int(m["h"])
    mi = int(m["mi"]) if m["mi"] else 0
    return Partial(type="TIME", hour=_on_dial(h, "evening"), minute=mi, grain="minute" if m["mi"] else "hour",
                   rel=("day", 0))


_EVENING_AT = "".join(f"(?<={w} {p} )|" for w in ("tonight", "tonite", "2nite", "this evening")
                      for p in ("at", "around", "abt", "about", "by", "till", "until"))[:-1]

RULES = [
    Rule("part_of_date", START + r"(?:(?:early|late)\s+in\s+)?the\s+(?:(?:(?:early|late|small)\s+)?(?P<part>" + POD
         + r")(?:\s+hours)?|(?P<hrs>early|small|wee(?:\s+small)?)\s+hours)\s+of\s+(?:(?:(?P<mon>" + MONTH
         + r")\s+(?P<d>" + DAYNUM + r")|(?:the\s+)?(?P<d2>" + DAYNUM + r")\s+(?:of\s+)?(?P<mon2>" + MONTH + r"))(?:,?\s+(?P<y>"
         + YEAR4 + r"))?|the\s+(?P<d3>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![\w-]|\s+(?:of\s+)?" + MONTH + r"))" + END, part_of_date,
         "the night of March 3, 1802"),
    Rule("clock_ampm", START + r"(?P<h>\d{1,2})(?:[:.]?(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?)?\+?\s*" + AMPM + _TZ + _DAYW, clock_ampm,
         "3:30 p.m."),
    Rule("clock_tonight", r"(?:" + _EVENING_AT + r")(?P<h>1[01]|[1-9])(?:[:.](?P<mi>[0-5]\d))?"
         r"(?![\d%]|\s*(?:[ap]\.?\s?m\b|o['’]clock|[:.]\d|hours?|hrs?|mins?|minutes|days?|people|pax)|[:.][0-5]?\d\d)",
         clock_tonight, "tonight at 8", flags=re.IGNORECASE),
    Rule("clock24", r"(?<![\w:.,/$])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<mi>[0-5]\d)(?:(?<=:\d\d):(?P<s>[0-5]\d))?(?![\d:]|\.\d)"
         r"|(?P<cmi>[0-5]\d)(?!(?!hrs?\b|hours\b|h\b)[\w%/]|[.,]\d|\s*\d))"
         r"(?P<hrs>\s*(?:hours|hrs|h)\b)?" + _TZ + _DAYW, clock24, "14:30 GMT"),
    Rule("oclock", START + r"(?P<n>\d{1,2}|" + NUMWORD + r")\s+o['’]clock(?:\s*" + AMPM + ")?" + _DAYW, oclock,
         "ten o'clock"),
    Rule("clock_in_part", START + r"(?P<n>\d{1,2}|" + NUMWORD + r")(?:[:.](?P<mi>[0-5]\d))?(?P<oc>\s+o['’]clock)?\s+in\s+the\s+"
         r"(?P<part>morning|afternoon|evening|night)" + END, clock_in_part, "four in the morning"),
    Rule("past_to", START + r"(?:(?P<q>(?:a\s+)?quarter|half)|(?P<qn>\d{1,2}|" + NUMWORD + r")\s+minutes|"
         r"(?P<qw>five|ten|twenty(?:[- ]five)?)(?=\s+past\s))\s+"
         r"(?P<dir>past|to|before|after)\s+(?:(?P<hw>noon|midnight)|(?P<h>\d{1,2}|" + NUMWORD + r"))(?!\s*[:.]?\d)"
         + END + r"(?:\s+o['’]clock)?(?:\s*" + AMPM + r"|\s+in\s+the\s+(?P<part>morning|afternoon|evening|night)" + END
         + r")?" + _TZ + _DAYW, past_to, "half past ten"),
    Rule("clock_day_part", START + r"(?P<h>1[0-2]|0?[1-9]|" + NUMWORD + r")(?:[:.](?P<mi>[0-5]\d))?(?:\s+o['’]clock)?\s+"
         r"(?:(?P<dpod>this\s+(?P<part>morning|afternoon|evening)|tonight|last\s+night)|(?P<dayw>" + WEEKDAY + "|"
         + _DAYREF + r")\s+(?P<part2>morning|afternoon|evening|night))" + END, clock_day_part, "at 3 this afternoon"),
    Rule("noon", START + r"(?:12\s+)?(?P<w>noon|midnight|midday)" + END + _TZ + _DAYW, noon, "noon"),
    Rule("day_part", START + r"(?:(?P<wdir>last|this|next|coming)\s+(?=" + WEEKDAY + r"))?"
         r"(?P<d>this|last|that(?:\s+(?:same|very))?|the\s+same|the\s+next|the\s+following|the\s+previous|"
         + _DAYREF + "|" + WEEKDAY + "|" + alt(CAL["holidays"].keys()) + r")\s+(?:(?P<el>early|late)\s+)?(?P<part>" + POD
         + r")|" + START + r"(?P<d2>tonight|tonite|2nite)" + END
         + "|" + START + r"(?P<part2>morning|afternoon|evening)\s+(?P<d3>yesterday|today|tomorrow)" + END,
         lambda m, t: day_with_part(_DP(m), t), "this morning"),
]


class _DP:
    def __init__(self, m):
        self.m = m
        self.re = m.re

    def __getitem__(self, k):
        if k == "d":
            return self.m["d"] or self.m["d2"] or self.m["d3"]
        if k == "part":
            return self.m["part"] or self.m["part2"]
        return self.m[k]

    def start(self):
        return self.m.start()

    def end(self):
        return self.m.end()
