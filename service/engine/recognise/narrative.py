"""Rules and span conventions of history annotation (document_type ``narrative``) only.

Histories are annotated in the TIMEX2 tradition, which differs from news annotation (TimeML) in what a
span holds; news corpora do the opposite in each case, so none of this runs on news:

* temporal premodifiers of a noun are expressions: "the former regime", "recent victories", "future wars";
* a span of time keeps its "of" complement: "two months of bitter fighting", "the first ten months of
  1915", "the first week of July", "26 years of age" (news tags "two months" alone);
* a count of units before or after an event names a date and keeps the event: "five days after the fall
  of the city", "a year after Marathon" (news tags "five days" as a duration);
* an age is a duration: "18 years old";
* a few words before a count are part of it: "over a year", "just seven hours", "close to two years";
* a capitalised count names a period and goes without its article: "the [Hundred Days]";
* "by this time", "at this time" are the story's present (PRESENT_REF); "the decade", "the century" are
  the story's (news leaves them).

How these dates resolve against the story (its last date, quotations, asides) is resolve.py's.
"""
from __future__ import annotations

import re

from ..calendar_math import duration_value
from ..clauses import IRREGULAR_PAST
from .grammar import (AMOUNT, CAL, DAYNUM, DIGIT_UNIT, END, MODS, MONTH, REFS, SEASON, START, W_MONTH, W_WEEKDAY, YEAR4,
                      Partial, Rule, alt, daynum, is_capitalised, key, month_of, number, unit_of)

_PREMODIFIERS = REFS["narrative_premodifiers"]
# what follows "former" when it is no premodifier: "the former an option", "the former was ..."
_NO_NOUN_NEXT = re.compile(r"\s+(?:a|an|the|and|or|but|nor|of|in|on|at|to|by|for|with|as|than|that|which|who|is|was|"
                           r"were|are|be|been|had|has|have|would|will|could|can|did|does|do)\b", re.I)


def premodifier(m, text):
    """'the former regime', 'recent victories', 'future wars', 'present-day Belize', 'the now-isolated colony'."""
    w = key(m["w"])
    after = text[m.end():m.end() + 16]
    if w == "now":
        if not re.match(r"[-‐][a-z]", after):
            return None
    elif not re.match(r"[ \t]+[\w\"“]", after) or _NO_NOUN_NEXT.match(after):
        return None
    return Partial(value=_PREMODIFIERS[w], grain=None)


_EVENT_DIR = {"after": 1, "following": 1, "before": -1, "prior to": -1}
# "held out for (over) a year before the city fell", "lasted two days after ...", "in the two days after
# the battle": a span, not a date
_SPAN_BEFORE = re.compile(r"\b(?:for|lasted|lasting|last|took|take|takes|spent|spend|within|during|the|those|these|"
                          r"first|next|following|previous|final)\s+"
                          r"(?:(?:about|around|nearly|almost|over|some|just|only|more\s+than|less\s+than|"
                          r"at\s+least|roughly|barely)\s+)?$", re.I)


def count_from_event(m, text):
    """'five days after the surrender of the fort', 'a year after the treaty', 'eight days before the new year':
    the event is the story's last date, so the count moves from it (like 'five days later')."""
    amount, unitw = m["n"], m["u"]
    if _SPAN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None
    u = unit_of(unitw)
    if u in ("fortnight", "night", "weekend") or key(amount) in ("min", "sec", "hr", "yr"):
        return None
    n = number(amount)
    sign = _EVENT_DIR[key(m["dir"])]
    if n is None:
        return Partial(value="PAST_REF" if sign < 0 else "FUTURE_REF", anchor="prev")
    if n != int(n):
        return None
    return Partial(rel=(u, sign * int(n)), anchor="prev", grain=u)


def count_on(m, text):
    """'Two years on, the army starved': a count of units from the story's last date, as 'two years later'."""
    n, u = number(m["n"]), unit_of(m["u"])
    if n is None or n != int(n) or u in ("fortnight", "night", "weekend") or key(m["n"]) in ("min", "sec", "hr", "yr"):
        return None
    return Partial(rel=(u, int(n)), anchor="prev", grain=u)


def this_time(m, text):
    """'by this time', 'at this time', 'around this time': the story's present (PRESENT_REF, as history
    annotation writes it); 'this time' on its own ('this time led by ...') is an occasion."""
    return Partial(value="PRESENT_REF", grain=None)


_AMOUNT_BEFORE = re.compile(r"\d[\d,.]*%?\s*(?:million|billion|thousand)?\s*/?$")


def rate(m, text):
    """'attacks averaging 30 a day', '$1 billion a year', 'deaths rose to 3.14/day': a rate's unit is a
    set (P1D, as 'per day')."""
    if not _AMOUNT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None
    return Partial(type="SET", value=duration_value(1, unit_of(m["u"])))


def history_short_year(m, text):
    """"in '78 and '79": a year written without its century after any space or "(", read by the resolver in
    the century that puts it nearest the story's date, as every two-digit year in a narrative (see
    Resolver._date). After a word that takes a date ("the Club of '89", "the '99 Boys") absolute.short_year,
    an earlier rule, takes the same span first; this one adds the others, in histories only: news and
    tweets name products so ("iLife '11")."""
    return Partial(year=int(m["y"]), vague_year=True, grain="year", aside=True)  # a name: the story stays


# what a year of three digits needs before it: "founded in 618", "until 763", "c. 1150" (not "about 500": a count)
_YEAR3_BEFORE = re.compile(r"(?:\b(?:in|until|till|since|from|circa)|\b(?:c|ca|fl|r|b|d)\.)\s+$", re.IGNORECASE)
_YEAR3_LIST = re.compile(r"\b(?:in|until|till|since|from)\s+[1-9]\d{2}(?:,\s*[1-9]\d{2})*(?:,\s*|,?\s+(?:and|or)\s+)$",
                         re.IGNORECASE)  # "in 793, 794 and 795"
_YEAR3_RANGE_HEAD = re.compile(r"\b(?:from|between)\s+[1-9]\d{2}\s+(?:to|and|until|till)\s+$", re.IGNORECASE)
# "prices rose from 200 to 450": a quantity that changes, not a span of years
_CHANGE_FROM = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|growing|increased|decreased|dropped|"
                          r"declined|climbed|jumped|swelled|shrank|raised|reduced|cut|doubled|tripled|went\s+up|"
                          r"went\s+down)\s+(?:\w+\s+){0,2}from\s+(?:[1-9]\d{2}\s*(?:to|and|-|–)\s*)?$", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"(?:\b(?:one|a)|\d)\s+in\s+$", re.IGNORECASE)  # "one in 500": a ratio
# ... and after it: the end of a clause or a word that cannot be the noun the number counts
_CLAUSE_GOES_ON = (r"\s*(?:[,.;:!?)]|$)|\s+(?:and|or|when|while|but|after|before|until|as|under|with|the|a|an|he|she|"
                   r"it|they|his|her|its|their|this|that|there|was|were|had)\b")
# (the head of a range "from 618 to 907" when the range's end is followed so too: not "from 300 to 500 men")
_YEAR3_AFTER = re.compile(r"(?:\s*(?:[-–]|to|and|until)\s*[1-9]\d{2}(?![\w%]|[.,]\d))?(?:" + _CLAUSE_GOES_ON + ")")
_ERA_TAIL = re.compile(r"\s*(?:[-–]|to|and|until|till)\s*\d{1,4}\s*(?:BCE?|B\.|AD|A\.|CE)", re.IGNORECASE)
# "In 751 Pepin was crowned": a year opening its sentence may be followed by a name
_YEAR3_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)In\s+$")


def history_year3(m, text):
    """"The dynasty was founded in 618 and lasted until 907": a year of three digits, which histories of the
    first millennium name as often as news names four-digit ones. Only right after a preposition that takes
    a date and before the end of its clause, as a count ("in 300 ships", "one in 500", "about 500 men") is
    far likelier otherwise; news never gets here (it names such years with AD, or not at all)."""
    before = text[max(0, m.start() - 24):m.start()]
    if not (_YEAR3_BEFORE.search(before) or _YEAR3_RANGE_HEAD.search(before)
            or _YEAR3_LIST.search(text, max(0, m.start() - 40), m.start())) or _RATIO_BEFORE.search(before) \
            or _CHANGE_FROM.search(text, max(0, m.start() - 60), m.start()):
        return None
    if _ERA_TAIL.match(text, m.end()):
        return None  # "from 499 to 493 BC": the head of a range of years of an era (absolute.era_year's)
    if not (_YEAR3_AFTER.match(text, m.end()) or _YEAR3_OPENS.search(before) and re.match(r"\s+[A-Z]", text[m.end():])):
        return None
    return Partial(year=int(m["y"]), grain="year")


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def history_date3(m, text):
    """"on 8 June 793", "in May 878", "June 8, 793": a day or month of a year of three digits (see
    history_year3), the month capitalised and the end of the clause after the year ("On 8 June 300 men
    landed" is a count)."""
    mon = m["mon"] or m["mon2"] or m["mon3"]
    if not is_capitalised(mon):
        return None
    if not _YEAR3_AFTER.match(text, m.end()):
        w = _NEXT_WORD.match(text, m.end())  # a verb may follow a full date: "on 8 June 793 opened the age"
        if w is None or not (w[1].endswith("ed") and len(w[1]) > 4 or w[1].lower() in IRREGULAR_PAST):
            return None
    d = m["d"] or m["d2"]
    if d is None:
        return Partial(year=int(m["y"]), month=month_of(mon), grain="month")
    return Partial(year=int(m["y"]), month=month_of(mon), day=daynum(d), grain="day")


def history_season3(m, text):
    """"the spring of 542", "in the winter of 878": a season of a year of three digits (see history_year3)."""
    if not _YEAR3_AFTER.match(text, m.end()):
        return None
    return Partial(year=int(m["y"]), season=CAL["seasons"][key(m["s"])], grain="season")


# what may follow "mid-century": the end of the clause or a function word, not a noun ("mid-century houses")
_MID_SPAN_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|as|the|a|an|it|they|he|she|its|their|there|was|were|"
                             r"had|when|with|in|on|at|to|of|for)\b", re.IGNORECASE)


# ... or anything after a preposition of time other than "in" ("By mid-decade prices had doubled")
_MID_SPAN_BEFORE = re.compile(r"\b(?:by|at|around|until|till|since|towards?|after|before)\s+$", re.IGNORECASE)


def mid_span(m, text):
    """'by mid-century', 'at mid-decade': the middle of the century or decade the story is in (mod MID), as
    'the century' is the story's; not before a noun ('mid-century furniture')."""
    if not (_MID_SPAN_AFTER.match(text, m.end()) or _MID_SPAN_BEFORE.search(text, max(0, m.start() - 10), m.start())):
        return None
    u = key(m["u"])
    return Partial(rel=(u, 0), anchor="prev", grain=u, definite=True, mod="MID")


def definite_span(m, text):
    """'by the end of the decade', 'later in the century': the decade or century the story is in, as 'the
    end of the year' is its year."""
    u = key(m["u"])
    return Partial(rel=(u, 0), anchor="prev", grain=u, definite=True)


_ORDINAL_SPAN = {"week": (1, "week"), "fortnight": (2, "week"), "month": (1, "month")}


def ordinal_span(m, text):
    """'the first week of July 1945', 'the second month of the siege': one stretch of a period, a span of
    its length with its "of" complement (history annotation gives 'the last week of August' P1W)."""
    return Partial(type="DURATION", dur=_ORDINAL_SPAN[key(m["u"])], grain=None)


def edge_stretch(m, text):
    """'the last days of the siege', 'the first months of 1799', 'the final years of the reign': a stretch of
    unstated length at an edge of a period, with its "of" complement (PXD, PXM ... as history annotation gives
    them)."""
    return Partial(type="DURATION", dur=(None, key(m["u"])[:-1]), grain=None)


def night_of_two_days(m, text):
    """'the night of 14-15 April 1912', 'the night of April 14/15': the night from one day into the next, one
    expression on the first day (history annotation gives 'the night of 20 June' ...TNI; news keeps splitting
    the range into its days)."""
    mon, d, dn = (m["mon"], m["d"], m["dn"]) if m["mon"] else (m["mon2"], m["d2"], m["dn2"])
    if daynum(dn) != daynum(d) + 1 or mon[0].islower() and key(mon) in ("may", "march"):
        return None
    return Partial(type="DATE", pod="NI", month=month_of(mon), day=daynum(d), year=int(m["y"]) if m["y"] else None,
                   grain="part_of_day")


def age(m, text):
    """'18 years old', 'nineteen years old': an age is a duration."""
    n = number(m["n"])
    if n is None:
        return None
    return Partial(type="DURATION", dur=(n, "year"), grain=None)


RULES = [
    Rule("narrative_premodifier", START + r"(?P<w>" + alt(_PREMODIFIERS.keys()) + r")" + END, premodifier,
         "the former regime", takes_mods=False, narrative_only=True),
    Rule("count_from_event", START + r"(?P<n>" + AMOUNT + r")\s*[- ]?\s*(?P<u>" + DIGIT_UNIT + r")\s+"
         r"(?P<dir>after|before|following|prior\s+to)" + END + r"(?=[ \t]+[\w\"“])", count_from_event,
         "five days after the surrender of the fort", narrative_only=True),
    Rule("count_on", START + r"(?P<n>" + AMOUNT + r")\s*[- ]?\s*(?P<u>" + DIGIT_UNIT + r")\s+on(?=\s*[,;.])", count_on,
         "two years on,", narrative_only=True),
    Rule("this_time", r"(?:(?<=\bat )|(?<=\bby )|(?<=\bduring )|(?<=\baround )|(?<=\bfrom ))this\s+time" + END
         + r"(?![-‐]|\s+of\b)", this_time, "by this time", takes_mods=False, narrative_only=True),
    Rule("rate", r"(?:(?<![\w])an?\s+|(?<=\d/))(?P<u>day|week|month|year)" + END
         + r"(?!\s+(?:ago|earlier|later|before|after|or|and)\b|[-‐])", rate, "30 a day", takes_mods=False,
         narrative_only=True),
    Rule("history_short_year", r"(?:(?<=\s)|(?<=\())['’](?P<y>\d{2})(?![\d%'’]|s\b|[a-zA-Z])", history_short_year, "the Club of '89",
         takes_mods=False, narrative_only=True),
    Rule("history_year3", r"(?<![\w.,$£€#/:+-])(?P<y>[1-9]\d{2})(?![\w%°/:'’]|-[^\d\s]|[.,]\d|\s*(?:BCE?|AD|CE|B\.|A\.))",
         history_year3, "founded in 618", narrative_only=True),
    Rule("history_date3", START + r"(?:(?P<d>" + DAYNUM + r")\s+(?:of\s+)?(?P<mon>" + MONTH + r")|(?P<mon2>" + MONTH
         + r")\s+(?P<d2>" + DAYNUM + r")\s*,?|(?P<mon3>" + MONTH + r"))\s+(?P<y>[1-9]\d{2})"
         r"(?![\w%°/:'’]|-[^\d\s]|[.,]\d|\s*(?:BCE?|AD|CE|B\.|A\.))", history_date3, "on 8 June 793",
         narrative_only=True),
    Rule("history_season3", START + r"(?P<s>" + SEASON + r")\s+of\s+(?P<y>[1-9]\d{2})"
         r"(?![\w%°/:'’]|-[^\d\s]|[.,]\d|\s*(?:BCE?|AD|CE|B\.|A\.))", history_season3, "the spring of 542", takes_the=True,
         narrative_only=True),
    Rule("mid_span", START + r"mid[-‐]?\s?(?P<u>century|decade)" + END + r"(?![-‐])", mid_span, "by mid-century",
         takes_mods=False, narrative_only=True),
    Rule("definite_span", START + r"the\s+(?P<u>decade|century)" + END + r"(?![- ](?:ago|earlier|later|old|long)\b)",
         definite_span, "the end of the decade", narrative_only=True),
    Rule("ordinal_span", START + r"the\s+(?:first|second|third|fourth|fifth|opening|closing|final)\s+"
         r"(?P<u>week|fortnight|month)(?=[ \t]+of[ \t])", ordinal_span, "the first week of July 1945",
         takes_mods=False, narrative_only=True),
    Rule("edge_stretch", START + r"the\s+(?:very\s+)?(?:first|last|final|closing|opening|dying)\s+"
         r"(?P<u>days|weeks|months|years)(?=[ \t]+of[ \t])", edge_stretch, "the last days of the siege",
         takes_mods=False, narrative_only=True),
    Rule("night_of_two_days", START + r"the\s+night\s+of\s+(?:(?P<mon>" + MONTH + r")\s+(?P<d>" + DAYNUM
         + r")\s*[-–/]\s*(?P<dn>" + DAYNUM + r")|(?:the\s+)?(?P<d2>" + DAYNUM + r")\s*[-–/]\s*(?P<dn2>" + DAYNUM
         + r")\s+(?:of\s+)?(?P<mon2>" + MONTH + r"))(?:,?\s+(?P<y>" + YEAR4 + r"))?" + END, night_of_two_days,
         "the night of 14-15 April 1912", narrative_only=True),
    Rule("age", START + r"(?P<n>\d{1,3}(?:\.\d)?|" + AMOUNT + r")\s+years?\s+old" + END, age, "18 years old",
         narrative_only=True),
]

# -- span tails ------------------------------------------------------------------------------------
_TAIL_STOP = re.compile(r"[,.;:!?()\[\]\"“”\n]")
_CLAUSE_WORD = frozenset("was were is are be been being had has have did does do would could will should might must "
                         "can which who whom whose that when while as for because but whereas although though where "
                         "then so yet".split())
_PREPOSITION = frozenset("of in on at since from to until till with by into onto under over between during following "
                         "near against across along through throughout toward towards upon without within".split())
_ARTICLE = frozenset("the a an".split())
# before an -ing word, what makes it a noun ("the landing the Germans ...": a new clause follows it), not a
# gerund taking an object ("after leaving the city")
_NOUN_MARKER = frozenset("the a an his her its their our this that".split())
_CLAUSE_PREPOSITION = frozenset("before after".split())  # "two days of marching before the army ..."
_PRONOUN = frozenset("there it he she they we i you".split())  # a new clause's subject, past the first word
_WORD = re.compile(r"\S+")
_YEAR_WORD = re.compile(r"[1-9]\d{2,3}")
_TAIL_WORDS = 10  # an "of" complement or an event phrase longer than this is not followed to its end


def _tail_end(text: str, pos: int, event: bool) -> int | None:
    """Where the phrase starting at ``pos`` (after "of", "after", "before") ends: at punctuation, at a
    word that starts a new clause, at an article that does not follow a preposition ("the last week of
    August the pressure grew"), at "and" in an event ("two days after the invasion and three months
    before ..."), at a past-tense verb after a noun in an "of" complement ("the last weeks of that campaign
    proved ..."). None when no end comes within _TAIL_WORDS words."""
    stop = _TAIL_STOP.search(text, pos, pos + 160)
    limit = stop.start() if stop else min(len(text), pos + 160)
    kept: list[tuple[str, int]] = []  # the phrase's words and where each ends
    prev = None
    for w in _WORD.finditer(text, pos, limit):
        word = w.group().lower()
        if kept and (word in _CLAUSE_WORD or word in _PRONOUN
                     or (word in _ARTICLE and prev not in _PREPOSITION
                         and (not prev.endswith("ing") or len(kept) > 1 and kept[-2][0] in _NOUN_MARKER))
                     or (event and word == "and")
                     or (not event and word in _CLAUSE_PREPOSITION)
                     or (not event and (word.endswith("ed") and len(word) > 4 or word in IRREGULAR_PAST)
                         and prev not in _PREPOSITION and prev not in _ARTICLE)):
            break
        if not kept and (word in _CLAUSE_WORD or word == "and"):
            return None
        if not event and kept and _YEAR_WORD.fullmatch(prev) and w.group()[:1].isupper():
            break  # "in the first ten months of 1799 Napoleon marched ...": a name after the year opens the clause
        if len(kept) == _TAIL_WORDS:
            return None
        kept.append((word, w.end()))
        prev = word
    # a phrase does not end on a word that needs one after it ("26 years of age and ...")
    while kept and (kept[-1][0] in _ARTICLE or kept[-1][0] in _PREPOSITION or kept[-1][0] in ("and", "or")):
        kept.pop()
    return kept[-1][1] if kept else None


# words that name a date on their own (not "new year", "good", "independence": events too) ...
_DATE_WORDS = (W_MONTH | {"christmas", "xmas", "easter", "thanksgiving", "halloween"}) - {"may", "march"}
# ... and words that always do
_TIME_WORDS = (W_WEEKDAY | {"noon", "midnight", "midday", "dawn", "dusk", "sunrise", "sunset", "today", "yesterday",
                            "tomorrow"}) - {"sun", "sat", "wed", "mon"}
_DATE_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th)?$")


def _names_a_date(phrase: str) -> bool:
    """Whether an event phrase opens with a date ("before Christmas 1776", "after 8 August"): the count
    is then from that date, which the expressions inside say; the story's last date is not it."""
    words = re.findall(r"\w+", phrase.lower())[:3]
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return False
    if _DATE_NUMBER.match(words[0]) or words[0] in _TIME_WORDS:
        return True
    # a month or a holiday alone or before its day or year ("before Christmas 1776"), not naming an
    # event ("before the October uprising")
    return words[0] in _DATE_WORDS and (len(words) == 1 or _DATE_NUMBER.match(words[1]) is not None)


_OF = re.compile(r"[ \t]+of[ \t]+")
_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")
_LONG = re.compile(r"[ \t]+long\b(?![ \t]+(?:as|before|after|ago|enough)\b)")
_EDGE_UNIT = re.compile(r"the\s+(?:very\s+)?(?:first|last|final)\s+day", re.IGNORECASE)
_CALENDAR_PERIOD = re.compile(r"(?:(?:the|this|that|next|last|following|previous)\s+(?:year|month|quarter)|"
                              + MONTH + r"|(?:1[0-9]{3}|20[0-9]{2})(?!\w))", re.IGNORECASE)
_NAMED_COUNT = re.compile(r"(?i:the) [A-Z]\w*[ -][A-Z]")
_NARRATIVE_PREFIX = MODS["narrative_prefix"]
_PREFIX = re.compile(r"(?<![\w-])(?P<p>" + alt(_NARRATIVE_PREFIX.keys()) + r")[ \t]+$", re.IGNORECASE)


_PERIOD_NAMED = re.compile(r"(?:(?P<mon>" + MONTH + r")(?:,?[ \t]+(?P<y>" + YEAR4 + r"))?|(?P<y2>" + YEAR4 + r"))",
                           re.IGNORECASE)


def _named_period(text: str, start: int, end: int) -> Partial | None:
    """The month or year that an "of" complement is, whole ("of August", "of August 1941", "of 1916"):
    the story is there, though the span around it is a duration; None for any other complement."""
    m = _PERIOD_NAMED.fullmatch(text, start, end)
    if m is None:
        return None
    if m["mon"]:
        return Partial(month=month_of(m["mon"]), year=int(m["y"]) if m["y"] else None, grain="month")
    return Partial(year=int(m["y2"]), grain="year")


def history_span(text: str, start: int, end: int, p: Partial, rule: str) -> tuple[int, int] | None:
    """The span history annotation gives a candidate (None: the candidate is not one in histories)."""
    if rule == "count_from_event":
        e = _tail_end(text, end, event=True)
        if e is None or _names_a_date(text[end:e]):
            return None  # "two days before Christmas 1776": counted from that date, not the story's
        end = e
    elif p.type == "DURATION" and p.value is None:
        m = _OF.match(text, end)
        if m and _EDGE_UNIT.fullmatch(text, start, end) and _CALENDAR_PERIOD.match(text, m.end()):
            m = None  # "the last day of the year", "the first day of August": a date (see _EDGE_OF_DATE)
        long_ = _LONG.match(text, end)
        if long_:
            end = long_.end()  # "a 3 year long blockade": the span is measured
        elif m:
            e = _tail_end(text, m.end(), event=False)
            named = _PERIOD_NAMED.match(text, m.end())
            if (e is not None and named and named.end() < e and not text[m.end()].islower()
                    and _LOWER_WORD_NEXT.match(text, named.end())):
                e = named.end()  # "the last week of October declarations were made": the month ends it
            if e is not None:
                end = e
                p.within = _named_period(text, m.end(), e)
    if p.type == "DURATION" and _NAMED_COUNT.match(text, start, end):
        start += 4  # "the Hundred Days", "the Seven Years": a name; the article is not part of it
    if p.type == "DURATION" or rule in ("count_from_event", "ago"):
        m = _PREFIX.search(text, max(0, start - 24), start)
        if m and not text[start:start + 4].lower().startswith("the "):
            mod = _NARRATIVE_PREFIX[key(m["p"])]
            if mod and p.mod is None:
                p.mod = mod
            start = m.start()
    return start, end
