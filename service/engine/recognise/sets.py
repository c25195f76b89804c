"""Sets (recurring times): every Monday, daily, twice a year, each month, on Sundays."""
from __future__ import annotations

import calendar
import re

from ..calendar_math import duration_value
from .grammar import (AMOUNT, CAL, DIGIT_UNIT, END, GUARDS, MONTH, POD, SEASON, START, UNITS, WEEKDAY, Partial, Rule, alt, key,
                      number, unit_of)

_ABBREV = {"sec", "secs", "min", "mins", "hr", "hrs", "yr", "yrs"}
# "90 miles per hour", "50 million instructions per second": the measure counted before "per" makes a speed or a
# rate of that measure, not a recurring time
_MEASURE_BEFORE = re.compile(r"(?<![\w-])" + alt(GUARDS["rate_measures"]) + r"\s+$", re.IGNORECASE)
_URGENCY_AFTER = re.compile(r"\s+" + alt(GUARDS["urgency_verbs"]) + r"(?![\w'’-])", re.IGNORECASE)


def _period(n, u) -> str | None:
    return None if u == "weekend" else duration_value(n or 1, u)


def every_unit(m, text):
    u = unit_of(m["u"])
    if u in ("hour", "minute", "second") and key(m.group(0)).startswith("per") and _MEASURE_BEFORE.search(
            text, max(0, m.start() - 16), m.start()):
        return None  # "90 miles per hour", "80 words per minute": a speed or rate, not a set
    if not m["n"] and not m["other"] and _URGENCY_AFTER.match(text, m.end()):
        return None  # "every second counts": a saying about urgency
    if u == "night" and not m["n"] and not m["other"] and key(m["u"]) in CAL["parts_of_day"]:
        return None  # "every night": the part of day recurring (XXXX-XX-XXTNI), as "every morning"
    n = number(m["n"]) if m["n"] else 1
    if m["other"]:
        n = 2
    if n is None:
        if u == "weekend" or not key(m["u"]).endswith("s"):
            return None
        # "every few years", "every several months": a set whose period is an unstated number of units
        return Partial(type="SET", value=duration_value(None, u))
    v = _period(n, u)
    return Partial(type="SET", value=v) if v else None


def every_name(m, text):
    w = m["w"] if not m["d"] else text[m.start("w"):m.start("d")].rstrip()
    if m["wpod"]:
        w = text[m.start("w"):m.start("wpod")].rstrip()
    k = key(w)
    if k in CAL["weekdays"]:
        v = f"XXXX-WXX-{CAL['weekdays'][k]}"
        if m["wpod"]:  # "every Sunday morning"
            v += "T" + CAL["parts_of_day"][key(m["wpod"])]
    elif k in CAL["months"]:
        v = f"XXXX-{CAL['months'][k]:02d}"
        if m["d"]:  # "every March 1", "each July 4th"
            d = int(m["d"])
            if not 1 <= d <= calendar.monthrange(2000, CAL["months"][k])[1]:  # a leap year: "every Feb. 29"
                return None
            v += f"-{d:02d}"
    elif k in CAL["parts_of_day"]:
        v = f"XXXX-XX-XXT{CAL['parts_of_day'][k]}"
    elif k in CAL["seasons"]:
        v = f"XXXX-{CAL['seasons'][k]}"
    elif k in ("weekend", "wkend", "wknd"):
        v = "XXXX-WXX-WE"
    else:
        return None
    return Partial(type="SET", value=v)


def weekdays_plural(m, text):
    w = m["w"]
    base = key(w)[:-1]
    if base not in CAL["weekdays"]:
        return None  # lower case too: chat writes "i hate mondays", "on sundays"
    return Partial(type="SET", value=f"XXXX-WXX-{CAL['weekdays'][base]}")


# A word after "quarterly" that makes it an adjective: anything but a function word or punctuation.
_NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|but|in|on|at|by|from|to|since|until|till|through|thereafter|for|"
                        r"with|as|if|when|while|because|so|instead|the|a|an|this|that)\b)[A-Za-z]")


# what may follow "everyday" used as an adverb ("I go gym everyday", "everyday also same"): the end of a clause or a
# function word, not the noun the adjective would modify
_ADVERB_END = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:and|or|but|also|too|so|then|at|in|on|for|from|to|till|until|since|"
                         r"i|we|you|he|she|they|it|is|was|are|were|will|can|must|got|lah|leh|lor|without|after|before|"
                         r"just|only|like|with)\b", re.IGNORECASE)


_COUNT_BEFORE = re.compile(r"\d\s*(?:" + DIGIT_UNIT + r")\s*$", re.IGNORECASE)


def frequency(m, text):
    w = key(m["w"])
    if w == "annual":
        return None  # adjective: "annual report" — not a set expression by itself
    if w == "quarterly" and _NOUN_NEXT.match(text, m.end()):
        return None  # adjective: "its quarterly dividend", "quarterly results" (TimeBank leaves these)
    if w == "everyday" and (not _ADVERB_END.match(text, m.end()) or _COUNT_BEFORE.search(text, max(0, m.start() - 12),
                                                                                         m.start())):
        # "everyday life", "an everyday matter": the adjective; "12hrs everyday": one frequency phrase (a set of
        # 12 hours a day) whose count is tagged already, which a second expression would split
        return None
    if w == "daily" and (re.search(r"\bthe\s+$", text[max(0, m.start() - 12):m.start()])
                         or re.search(r"\b[A-Z]\w+\s+$", text[max(0, m.start() - 12):m.start()])
                         and (m["w"][0] == "D" or re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]))):
        # "the daily", "China Daily", "the party daily Granma": a newspaper (not "Standup daily at 9:30")
        return None
    if m["w"][:1].isupper() and not m["w"].isupper() and re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]) and \
            re.search(r"\bthe\s+$", text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "The Weekly Standard", "the Monthly Review": a title (not "Daily and Weekly Winners")
    before = text[max(0, m.start() - 16):m.start()]
    if re.search(r"(?:%|\bper\s*cent|\bpercent)\s+$", before, re.I):
        return None  # "to rise 8% annually": a growth rate, like "8% a year" (untagged)
    if re.search(r"\baverage\s+$", before, re.I):
        return None  # "the average daily volume": a statistic's period, like "the average annual rate"
    return Partial(type="SET", value=UNITS["frequencies"][w])


def times_per(m, text):
    u = unit_of(m["u"])
    v = _period(1, u)
    return Partial(type="SET", value=v) if v else None


def dosing_interval(m, text):
    """Prescriptions: 'q6h', 'q4h' (Latin quaque, every N hours): a set of that period."""
    n = int(m["n"])
    return Partial(type="SET", value=f"PT{n}H") if 1 <= n <= 72 else None


RULES = [
    Rule("every_unit", START + r"(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>" + AMOUNT + r")\s+|single\s+)?"
         r"(?:calendar\s+)?(?P<u>"
         + alt([u for u in UNITS["units"] if u not in _ABBREV] + ["min", "hr"]) + r")" + END, every_unit,
         "every two weeks"),
    Rule("every_name", START + r"(?:every|each)\s+(?:other\s+|alternate\s+)?(?P<w>" + WEEKDAY + r"(?:\s+(?P<wpod>morning|afternoon|evening|night)" + END + ")?|" + MONTH
         + r"(?:\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?(?![\w:.,/]\d|[\w:/]))?|" + POD + "|" + SEASON
         + r"|weekend|wkend|wknd)",
         every_name, "every Monday"),
    Rule("dosing_interval", START + r"q\.?(?P<n>\d{1,2})\s?(?:h|hr|hrs)" + END, dosing_interval, "q6h", flags=0),
    Rule("weekdays_plural", START + r"(?P<w>(?:mon|tues|wednes|thurs|fri|satur|sun)days)" + END, weekdays_plural,
         "on Mondays", flags=0 | re.IGNORECASE),
    Rule("weekend_set", START + r"(?:on\s+)?weekends" + END, lambda m, t: Partial(type="SET", value="XXXX-WXX-WE"),
         "on weekends"),
    Rule("frequency", START + r"(?P<w>" + alt(UNITS["frequencies"].keys()) + r")" + END, frequency, "daily"),
    Rule("times_frequency", START + r"(?:once|twice|thrice|(?:\d+|" + AMOUNT + r")\s+times)\s+(?P<w>"
         + alt(k for k in UNITS["frequencies"].keys() if k != "annual") + r")" + END,
         lambda m, t: Partial(type="SET", value=UNITS["frequencies"][key(m["w"])]), "twice daily"),
    Rule("times_per", START + r"(?:once|twice|thrice|(?:\d+|" + AMOUNT + r")\s+times|\d{1,2}\s?x)\s+(?:a|an|per|each|every)\s+"
         r"(?P<u>" + alt([u for u in UNITS["units"] if u not in _ABBREV and not u.endswith("s")]) + r")" + END,
         times_per, "twice a year"),
]
