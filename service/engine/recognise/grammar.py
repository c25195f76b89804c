"""Shared building blocks of the recognisers: the underspecified value, rules, regex fragments.

Recognition never looks at the reference date. Each rule turns a regex match into a
:class:`Partial` (what the text *said*: fields it stated, shifts relative to an anchor);
``resolve.py`` later turns Partials into TIMEX3 values in one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ...lexicon import load

LANG = "en"
CAL = load(LANG, "calendar")
NUM = load(LANG, "numbers")
UNITS = load(LANG, "units")
REFS = load(LANG, "references")
MODS = load(LANG, "modifiers")
ZONES = load(LANG, "timezones")
GUARDS = load(LANG, "guards")  # context words that keep a date-like word from being tagged


@dataclass
class Partial:
    """An underspecified temporal value, as recognised (before resolution)."""

    type: str = "DATE"
    value: str | None = None  # a value that needs no resolution (PRESENT_REF, P18M, XXXX-WXX-1)
    # Fields the text states explicitly.
    year: int | None = None
    month: int | None = None
    day: int | None = None
    dow: int | None = None  # ISO weekday 1..7
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 18 for the 19th century
    pod: str | None = None  # part of day: MO AF EV NI
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    tz: str | None = None
    weekend: bool = False
    holiday: object = None  # calendar.yaml holiday spec
    # Relative: the anchor's period of ``rel[0]`` shifted by ``rel[1]`` units.
    rel: tuple[str, int] | None = None
    anchor: str = "ref"  # "ref": reference date (news) / "prev": last mentioned date
    direction: int | None = None  # for underspecified names: -1 last, 0 this, +1 next, None: by tense
    grain: str | None = None
    mod: str | None = None
    # Durations: (amount, unit) and whether they are anchored at the reference time.
    dur: tuple[float | None, str] | None = None
    dur_anchor: int | None = None  # -1: ends at the anchor ("the past 18 months"), +1: starts there
    vague_year: bool = False  # a two-digit decade ('90s) or year without century
    bc: bool = False  # the year is before the common era
    definite: bool = False  # "the quarter": the period of that grain last mentioned
    latest: bool = False  # "the latest quarter": the last mentioned one, else the one before the anchor
    aside: bool = False  # a comparison ("the year-ago quarter"): does not move the story's anchor
    compare: bool = False  # "a year ago/earlier" in a comparison: takes the grain of the period compared
    shift: tuple[str, int] | None = None  # "the day after Christmas": the date resolved, then moved by (unit, n)
    turn: int | None = None  # "the turn of the century": the year, a multiple of this, nearest the anchor's year
    edge: tuple[str, int] | None = None  # "the last day of March": (unit, 0 first / -1 last) of the period named
    within: Partial | None = None  # narratives: the month or year a span's "of" complement names ("the last
    # week of August 1941"), where the story moves though the span itself is a duration


@dataclass
class Rule:
    """A named pattern and the function that turns its match into a Partial (or None to reject)."""

    name: str
    pattern: str
    build: Callable[[re.Match, str], Partial | None]
    example: str = ""
    flags: int = re.IGNORECASE
    takes_the: bool = False  # a preceding "the" belongs to the expression
    takes_mods: bool = True
    narrative_only: bool = False  # histories only: a convention of history annotation that news does not share
    regex: re.Pattern = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.regex = re.compile(self.pattern, self.flags)


def alt(words, abbrev_dot=()) -> str:
    """A regex alternation of ``words`` (longest first, spaces flexible, optional dot after abbreviations)."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        p = re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
        if w in abbrev_dot:
            p += r"(?:\.(?!\.))?"  # "Dec." but not the first dot of an ellipsis ("SINGAPORE, Dec...")
        out.append(p)
    return "(?:" + "|".join(out) + ")"


_SPACES = re.compile(r"\s+")


def key(s: str) -> str:
    """Normalise matched words to a lexicon key."""
    low = s.lower()
    if low.isalpha():
        return low  # one plain word (most calls): no space, apostrophe or dot to normalise
    return _SPACES.sub(" ", low.replace("’", "'")).strip(" .")


END = r"(?![\w])"  # a word ends here (works after a trailing dot, unlike \b)
START = r"(?<![\w])"
# "last" as a verb after a modal or "to" ("talks could last days", "expected to last weeks"): not the
# adjective of "the last few days"; put before "last" in a pattern (fixed-width lookbehinds, one per word)
_VERB_LAST_BEFORE = ("to", "could", "would", "may", "might", "will", "can", "should", "must", "shall", "not")
NOT_VERB_LAST = "".join([r"(?<!\b" + w + r"\s)" for w in _VERB_LAST_BEFORE]
                        + [r"(?<!" + w + r"\s)" for w in ("n't", "n’t", "'ll", "’ll")])
VERB_LAST = re.compile(r"(?:\b(?:" + "|".join(_VERB_LAST_BEFORE) + r")|n['’]t|['’]ll)\s+last\s+$", re.IGNORECASE)
FULL_MONTHS = [m for m, n in CAL["months"].items() if len(m) > 4 or m in ("may", "june", "july")]
MONTH = alt(CAL["months"].keys(), abbrev_dot=set(CAL["month_abbreviations"])) + END
WEEKDAY = alt(CAL["weekdays"].keys(), abbrev_dot=set(CAL["weekday_abbreviations"])) + END
SEASON = alt(CAL["seasons"].keys()) + END
POD = alt(CAL["parts_of_day"].keys()) + END
ORDINAL_WORD = alt(k for k in NUM["ordinals"] if k != "last")
DAYNUM = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
YEAR4 = (r"(?<![\w$£€#.,/])(?:(?<=mid-)|(?<=end-)|(?<=pre-)|(?<=post-)|(?<!-))(?:1[0-9]{3}|20[0-9]{2})"
         r"(?![\w%/]|[.,]\d|\s*(?:%|percent))")
_SHORT_UNITS = ("h", "min", "sec", "yr", "hr", "wk", "wks", "mth", "mths", "mnth", "mnths")
_UNITS = [u for u in UNITS["units"] if u not in _SHORT_UNITS]
UNIT = alt(_UNITS) + END
# After digits the short forms are units too ("15 min", "2 hr", "24hr"); alone they are other words.
DIGIT_UNIT = alt(UNITS["units"]) + END


def short_unit_without_digits(amount: str, unit_word: str) -> bool:
    """A DIGIT_UNIT match whose short unit form does not follow digits ("a min", "one sec"): not a unit."""
    k = key(unit_word)
    if k in ("hr", "yr", "wk", "mth", "mnth") and unit_word.islower() and key(amount) in ("a", "an", "one"):
        return False  # chat: "waited an hr", "a yr ago" (capitalised "an HR manager" is no unit)
    if k == "h" and unit_word != "h":
        return True  # "24 h" in a methods section; a capital H after a number is a grade or a name
    return k in _SHORT_UNITS and not amount[-1:].isdigit()
_SMALL = [k for k, v in NUM["cardinals"].items() if " " not in k and k not in ("a", "an", "couple") and v < 20]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMWORD = (
    "(?:" + alt(_TENS) + r"(?:[- ]" + alt(k for k in _SMALL if NUM["cardinals"][k] < 10) + ")?"
    + "|" + alt(k for k in NUM["cardinals"] if k not in _TENS and k != "couple")
    # chat drops the article ("couple days ago"); after a determiner or an adjective "couple" is the noun
    + r"|(?<!the )(?<!this )(?<!that )(?<!happy )(?<!young )(?<!old )(?<!married )(?<!same )couple" + ")" + END
)
# a count of up to three digits, or one grouped in thousands
# ("1,200 years"; four digits only before "years": "3000 years ago", where a bare "1200" might be a year)
DIGITS = (r"(?<![\w.,$£€/])(?:\d{1,3}(?:,\d{3})+(?![.,]\d)|\d{4}(?=\s+years\b)|\d{1,3}(?:\.\d+|\s+1/2|\s*½)?)"
          r"(?![\d,/])")
VAGUE = alt(NUM["vague"].keys()) + END
AMOUNT = f"(?:{DIGITS}|{NUMWORD}|{VAGUE})"
# A count glossed with its digits or its words, as contracts write it: "thirty (30) days", "30 (thirty) days".
GLOSS = r"(?:\s*\((?:\d{1,4}|" + NUMWORD + r")\))?"


def _word_number(s: str) -> float | None:
    s = key(s).replace("-", " ")
    card = NUM["cardinals"]
    if s in card:
        return card[s]
    parts = s.split()
    if len(parts) == 2 and parts[0] in card and parts[1] in card:
        return card[parts[0]] + card[parts[1]]
    return None


def number(s: str) -> float | None:
    """The value of a matched amount: 18, 2.5, 'two', 'twenty-four', 'a'; None for a vague one."""
    k = key(s)
    if k in NUM["vague"]:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", k):
        return int(k.replace(",", ""))  # "1,200"
    half = re.match(r"(\d+)\s*(?:1/2|½)$", k)
    if half:
        return int(half.group(1)) + 0.5
    try:
        return float(k) if "." in k else int(k)
    except ValueError:
        return _word_number(k)


def month_of(s: str) -> int:
    return CAL["months"][key(s)]


def weekday_of(s: str) -> int:
    return CAL["weekdays"][key(s)]


def unit_of(s: str) -> str:
    return UNITS["units"][key(s)]


def daynum(s: str) -> int:
    m = re.match(r"\d+", s)
    return int(m.group()) if m else NUM["ordinals"][key(s)]


def ambiguous_month(word: str) -> bool:
    """A month word that is also an ordinary word (may, march) or an unsafe abbreviation."""
    return key(word) in CAL["ambiguous_months"]


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


# Trigger words: a rule's regex only runs near a token from its trigger set (speed). Tokens are
# lower-cased \w+ runs, so "o'clock" gives "o" and "clock", "p.m." gives "p" and "m".
def words_of(keys) -> frozenset[str]:
    out = set()
    for k in keys:
        out.update(re.findall(r"\w+", k.lower()))
    return frozenset(out)


W_MONTH = words_of(CAL["months"].keys())
W_WEEKDAY = words_of(CAL["weekdays"].keys())
W_SEASON = words_of(CAL["seasons"].keys())
W_POD = words_of(CAL["parts_of_day"].keys())
W_UNIT = words_of(UNITS["units"].keys())
# A holiday name's first word (its second after "St."): every match holds it, and the rest of the name
# lies within reach of it; common later words ("day", "night", "year", "monday") would wake the rule everywhere
W_HOLIDAY = frozenset(next(w for w in re.findall(r"\w+", k.lower()) if w not in ("st", "s"))
                      for k in CAL["holidays"].keys())


# "1600 Pennsylvania Avenue", "12 Downing St.", "the 2000 block of Elm Street": a house number
_HOUSE_NUMBER = re.compile(r"\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}" + alt(GUARDS["street_words"]) + r"(?![\w])|"
                           + alt(GUARDS["house_number_nouns"]) + r"\s+of\b)")


def is_house_number(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is followed by a street name or "block of"."""
    return _HOUSE_NUMBER.match(text, end) is not None


_SHOW_AFTER = re.compile(r"\s+" + alt(GUARDS["show_words"]) + r"(?![\w])")
# "Saturday Night Live", "Friday Night Lights": a day's part, capitalised, heading a title
_TITLE_AFTER_PART = re.compile(r"\s+(?:Morning|Afternoon|Evening|Night)\s+" + alt(GUARDS["day_title_heads"])
                               + r"(?![\w])")


def names_a_show(word: str, text: str, end: int) -> bool:
    """'the Today show', 'the Tonight Show': a capitalised day word naming a programme (at the start of a
    sentence only before a capitalised 'Show': "Today show business is slow" keeps its day)."""
    if not word[:1].isupper() or not (m := _SHOW_AFTER.match(text, end)):
        return False
    if m.group(0).strip()[:1].isupper():
        return True
    start = end - len(word)
    before = text[max(0, start - 3):start]
    # inside a sentence: something before the word, and it does not end a sentence
    return re.search(r"\S\s*$", before) is not None and re.search(r"[.!?:\n\"“]\s*$", before) is None


def heads_a_title(text: str, end: int) -> bool:
    """Whether a day name ending at ``end`` starts a title such as 'Saturday Night Live'."""
    return _TITLE_AFTER_PART.match(text, end) is not None


_DAY_PART_COMPOUND = re.compile(r"\s+" + alt(GUARDS["day_part_compounds"]) + r"(?![\w'’-])", re.I)


def day_part_compound(text: str, end: int) -> bool:
    """Whether a part of day ending at ``end`` is the first half of a noun: "the night shift", "a night club"."""
    return _DAY_PART_COMPOUND.match(text, end) is not None


# A capitalised word after a capitalised time word, other than a date word or one of the exceptions, makes a name
_NAME_AFTER = re.compile(r"\s+(?!(?i:" + WEEKDAY + "|" + MONTH + "|" + alt(GUARDS["time_name_exceptions"])
                         + r")(?![\w]))[A-Z][a-z]")


def starts_a_name(word: str, text: str, end: int) -> bool:
    """'Midnight Oil', 'the Noon Show': a capitalised (not all-capital) time word heading a name."""
    return word[:1].isupper() and not word.isupper() and _NAME_AFTER.match(text, end) is not None
