"""Where a document's story is, and the narrative tests that decide whether a date moves it.

resolve.py reads the mentions in text order; each date it resolves may move the Story on (its last date, the
narrative's main line, the period a report is about ...), and what follows counts from there. In a narrative the
main line is kept apart from dates that do not move it: years named in passing or far from the story, flashbacks
in the past perfect, the end of a span named whole, the bound of a state ("since 1945"), dated names, quotations.
These tests read the text around the date and the story's own dates; years BC go through stand-in years here too
(bc_stand_in), as the story counts on from them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from .clauses import DETERMINERS, IRREGULAR_PART, IRREGULAR_PAST
from .partial_value import BC_BASE, BC_FLOOR, Resolved, stand_in_period
from .recognise import Mention
from .recognise.grammar import Partial

# a TIME of these grains names the day that later bare clock times are on
TIME_OF_DAY_GRAINS = frozenset({"hour", "minute", "second", "part_of_day"})


@dataclass
class Story:
    """Where a document's story is, read in text order: what relative expressions count from."""

    ref: date
    narrative: bool
    last: date | None = None  # most recently mentioned date
    main: date | None = None  # narratives: the story's own last date, without years named in passing
    main_grain: str | None = None
    main_mod: str | None = None  # ... and its mod ("early 1915": the story is at the year's start)
    last_grain: str | None = None
    last_start: int = -10**9  # where the last date's text started ...
    last_end: int = -10**9  # ... and ended
    by_grain: dict[str, date] = field(default_factory=dict)  # last mentioned date per granularity
    period: tuple | None = None  # news: (grain, start, end offset) of the quarter/half/month reported on
    quotes: list[int] = field(default_factory=list)  # narratives: where quotation marks and line breaks are
    bc: bool = False  # narratives: a year BC was named, so years from BC_FLOOR on are its stand-ins
    far_end: int = -1  # narratives: where a year kept off the main line only for being far from it ended
    in_span: bool = False  # narratives: the main line is at the start of a span whose end was named last
    bound: tuple | None = None  # narratives: (first day, grain, end offset) of the last date named as a bound
    span: tuple | None = None  # (grain, first day, end offset) of the last decade or century named
    clock: tuple | None = None  # (day, hour, minute, grain) of the last date when it was a clock time (day == last)
    now: datetime | None = None  # news: the reference date-time's local clock time, when one was given
    told_quarter: date | None = None  # news: the first quarter named in a past-tense clause (a fiscal
    # quarter may be over though its calendar namesake is not: "reported fourth-quarter earnings")

    @classmethod
    def begin(cls, text: str, ref: date, narrative: bool, now: datetime | None = None) -> Story:
        """The story before its first date: at the reference date (a narrative notes where its quotations are;
        news keeps the reference clock time ``now``, when there is one)."""
        story = cls(ref=ref, narrative=narrative, now=None if narrative else now)
        if narrative:
            story.quotes = [m.start() for m in _QUOTE_OR_LINE.finditer(text)]
        return story

    def day_in_view(self) -> bool:
        """Whether the last date names one day: the day itself, or a clock time or part of day on it ("on 2
        May", "at 4 p.m.", "that afternoon"), so that "in the evening" or "by Friday" can count from it."""
        return self.last_grain == "day" or self.last_grain in TIME_OF_DAY_GRAINS

    def month_in_view(self) -> bool:
        """Whether the last date lies within one month ("on 2 May", "that week"; a week's is its first
        day's), so that "on the 20th" can take its month from it."""
        return self.last_grain in ("week", "weekend", "month") or self.day_in_view()


# -- narratives: the story's main line, kept apart from dates named in passing, quoted or BC -----------
_PASSING_GRAINS = ("year",)  # grains of the dates that "since" / "until" make asides
_PASSING = re.compile(r"\b(?:since|until|till|ever since)\s+"
                      r"(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)\W*)?$", re.IGNORECASE)


def steps_forward(r: Resolved, main: date, grain: str | None) -> bool:
    """Whether a month, day or season resolved against the story's last date lies after it (a month
    counts from the day's own month: 'On 4 May ... by the end of May')."""
    if grain == "day" and r.granularity != "day":
        return (r.start.year, r.start.month) >= (main.year, main.month)
    if grain in ("day", "month", "season"):
        return r.start > main
    return True


def named_without_year(p: Partial) -> bool:
    """A month or season named without a year, decade or century and not counted from the anchor: what in a
    narrative takes the year of the story's main line."""
    return p.rel is None and p.year is None and p.decade is None and p.century is None and (
        p.month is not None or p.season is not None)


_FRAME_WORDS = frozenset("in by during through throughout early late mid the start end beginning middle of from after "
                         "before until since around about circa at spring summer autumn fall winter for first "
                         "last final few several months weeks days years part half course rest two three four "
                         "five six seven eight nine ten eleven twelve".split())
_CLAUSE_START = re.compile(r"[.;:!?\n(]")


def _clause_start(text: str, lo: int, end: int) -> int:
    """Where the clause that runs to ``end`` starts: just after the last sentence or clause mark in
    ``text[lo:end]`` ("The siege ended; the fleet had sailed": after the semicolon), else ``lo``."""
    return max((c.end() for c in _CLAUSE_START.finditer(text, lo, end)), default=lo)


def past_perfect_before(text: str, pos: int) -> bool:
    """Whether the clause that runs to ``pos`` is in the past perfect: a "had" or "'d" between its start
    (within 120 characters) and ``pos`` ("the garrison had left on Monday")."""
    return _PLUPERFECT.search(text, _clause_start(text, max(0, pos - 120), pos), pos) is not None


def _year_level(r: Resolved, p: Partial) -> bool:
    """A year, or a season named with its year ('the spring of 1702'): dates whose place in the story
    depends on where they stand in the sentence."""
    return r.granularity == "year" or (r.granularity == "season" and p.year is not None and p.rel is None)


# a year more than this many years from the story's own date, not framing its sentence, is an aside
ASIDE_YEARS = 10


def _far_from_story(r: Resolved, main: date | None) -> bool:
    """A date years away from the story's own ("a letter published in 1998" in a story of 1941)."""
    return main is not None and r.start is not None and abs(r.start.year - main.year) > ASIDE_YEARS


def _year_in_passing(text: str, start: int, r: Resolved, main: date | None, end: int = -1) -> bool:
    """A year neither opening its sentence nor dating the clause's verb ("a canal planned for 1889",
    "ships that had sailed from the colony in late 1806", "the trade congress of 1867"), or one that dates a
    verb but lies years away from the story's own date, is named in passing: a month named next still
    belongs to the story's own year. A year dating the noun phrase that opens its sentence, right before the
    verb ("a second attempt in 1865 broke ..."), dates the sentence (``end``: where the year's span ends)."""
    if _parenthetical(text, start):
        return True
    if _frames(text, start):
        return False
    if _far_from_story(r, main):
        return True
    return not (_after_verb(text, _year_after_in(text, start)) or end >= 0 and _subject_event(text, start, end))


# a span that holds its own "in": "early in 1919", "late in 1812"
_MOD_IN = re.compile(r"(?:early|late|later|earlier|mid|midway)\s+in\s+", re.IGNORECASE)


def _year_after_in(text: str, start: int) -> int:
    """Where the date proper starts in a span that holds its "in" ("a third wave followed early in 1919"):
    the verb before the span dates it as it would "followed in 1919"."""
    m = _MOD_IN.match(text, start)
    return m.end() if m else start


def off_main_line(text: str, mm: Mention, r: Resolved, p: Partial, main: date | None) -> bool:
    """Narratives: a date that becomes the last date but leaves the story's main line where it was: part of
    a name ("the leader of the May 1871 strike"), a flashback ("the fleet had sailed in October 1904"), or a
    year named in passing ("a canal planned for 1889")."""
    return (_names_a_thing(text, mm) or _flashback(text, mm, r, main)
            or _year_level(r, p) and _year_in_passing(text, mm.start, r, main, mm.end))


def far_aside(text: str, mm: Mention, r: Resolved, p: Partial, main: date | None) -> bool:
    """A year kept off the story's main line only for lying years away from it: it dates its clause's verb
    ("the dynasty fell in 1644, when ..."), neither framing the sentence nor bracketed, nor naming a thing."""
    return (_year_level(r, p) and _far_from_story(r, main) and not _parenthetical(text, mm.start)
            and not _frames(text, mm.start) and not _names_a_thing(text, mm)
            and _after_verb(text, _year_after_in(text, mm.start)))


_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_SPAN_TO = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)


def closes_a_span(text: str, mm: Mention, story: Story) -> bool:
    """'The siege lasted from October 1854 to September 1855. Through the winter ...': the date that closes
    a span the story names as a whole is where the span ends, not where the story goes on; it stays at the
    span's start, so the winter, January, 'that spring' that follow are the ones inside the span."""
    return (story.last is not None and story.last_start >= 0
            and _SPAN_TO.fullmatch(text, story.last_end, mm.start) is not None
            and _FROM_BEFORE.search(text, max(0, story.last_start - 10), story.last_start) is not None)


def _flashback(text: str, mm: Mention, r: Resolved, main: date | None) -> bool:
    """'In 1905 the strait saw a battle. The fleet had sailed in October 1904 ... it reached the strait on
    27 May': a date in a past-perfect clause before the story's own date looks back; the story stays where
    it was, so a later month or day without its year is still in the story's year."""
    if main is None or r.start is None or r.end is None or r.end >= main:
        return False
    return past_perfect_before(text, mm.start)


# what follows a date inside its sentence's subject: the sentence's own verb ("papers released in 2005,
# however, showed ...")
_VERB_NEXT = re.compile(r"\s*,?\s*(?:[A-Za-z]+\s*,\s*)?([A-Za-z]+)\b")
_WORD_NEXT = re.compile(r"\s+([A-Za-z]+)\b")
_FINITE = frozenset("was were is are has had have".split())


def before_main_verb(text: str, end: int) -> bool:
    """'Papers released in 2005 showed ...': a date followed by its sentence's verb sits in the subject,
    so it says nothing of when the rest of the sentence happens."""
    first = _WORD_NEXT.match(text, end)  # the verb itself may be followed by a comma: "in 1529 failed, and"
    m = _VERB_NEXT.match(text, end)
    return any(w in _FINITE or w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)
               for w in (x[1].lower() for x in (first, m) if x is not None))


_SUBJECT_IN = re.compile(r"(?:^|[.!?\n]\s*)(?:[A-Za-z'’]+\s+){1,6}in\s+$")  # up to 'The siege of the capital in'


def _subject_event(text: str, start: int, end: int) -> bool:
    """'A second attempt in 1865 broke in mid-ocean': a sentence that opens with a noun phrase dated by
    'in YEAR' right before its verb is about that year."""
    return _SUBJECT_IN.search(text, max(0, start - 50), start) is not None and before_main_verb(text, end)


_PLUPERFECT = re.compile(r"\b(?:had|'d)\b", re.IGNORECASE)


# the clause's verb, then the date: "regrouped in 1802", "grew worse through 1920" (that one only before a
# year in digits: "achieved during the previous year" looks back)
_VERB_IN = re.compile(r"(?:(?P<comma>,)\s*|(?P<words>(?:\b[A-Za-z'’]+\s+){1,4}))"
                      r"(?:in\s+(?:(?:early|late|mid)-?\s*)?|(?P<through>during|throughout|through)\s+)$")
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)


def _after_verb(text: str, start: int) -> bool:
    """'regrouped in 1802', 'the duke besieged the port in the spring of 1811', 'the new capital,
    in 1795': the date dates the clause's own verb (not one in a relative clause: 'ships that had
    sailed from the colony in late 1806')."""
    m = _VERB_IN.search(text, max(0, start - 60), start)
    if m is None or m["through"] and not text[start:start + 1].isdigit():
        return False
    if m["comma"]:
        return True
    words = m["words"].split()
    for k, w in enumerate(words):
        w = w.lower()
        if k and words[k - 1].lower() in DETERMINERS:
            continue  # "a planned campaign in 1976", "the besieged town in 1811": an adjective, not the verb
        if (w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST or w in IRREGULAR_PART:
            # a relative pronoun between the clause's start and the verb puts the verb in a relative clause
            cut = _clause_start(text, max(0, start - 120), m.start())
            return _RELATIVE.search(text, cut, m.start() + len(" ".join(words[:k]))) is None
    return False


_PAREN_YEAR = re.compile(r"\(\s*(?:[A-Za-z]+\.?\s+)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:BC|AD|BCE|CE))?\s*\)"
                         r"[ \t]*(?=[^\s])")


def _parenthetical(text: str, start: int) -> bool:
    """'the new land charter (1788) ...': a year in brackets inside a sentence is an
    aside (a heading's '(1815-1830)' is not: it ends its line)."""
    lo = text.rfind("(", max(0, start - 12), start)
    return lo >= 0 and _PAREN_YEAR.match(text, lo) is not None


_NOUN_NEXT = re.compile(r"\s+[a-z]")  # a common noun right after the date: "the March 1871 strike"
_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.IGNORECASE)


def _names_a_thing(text: str, mm: Mention) -> bool:
    """'the organiser of the March 1871 strike': a dated name ('the DATE noun') is not the story's date."""
    return (mm.partial.year is not None and _DET_BEFORE.search(text, max(0, mm.start - 8), mm.start) is not None
            and _NOUN_NEXT.match(text[mm.end:mm.end + 2]) is not None)


def _frames(text: str, start: int) -> bool:
    """A year that opens its sentence ("In 1958, ...", "By 1916 the ...") or closes a heading sets the story's
    time; one further in ("a canal planned for 1889", "the trade congress of 1867") is in passing."""
    if _closes_a_heading(text, start):
        return True
    lo = max(0, start - 60)
    cut = _clause_start(text, lo, start)
    if cut == lo > 0:  # no clause mark within reach, and not the text's start: well inside its sentence
        return False
    words = re.findall(r"[A-Za-z]+", text[cut:start])
    return len(words) <= 6 and all(w.lower() in _FRAME_WORDS for w in words)


# a year that closes its line, no full stop after it: "Autumn Campaign of 1809", "Reform and Reaction (1815-1830)"
_HEADING_END = re.compile(r"\d{1,4}(?:\s*(?:BCE?|AD|B\.C\.|A\.D\.))?\)?[ \t]*\n")
# a sentence that ends inside a line: a word, then its full stop and the next sentence's capital ("... the war.
# The treaty ..."; not an initial: "John F. Kennedy")
_SENTENCE_INSIDE = re.compile(r"[a-z0-9][)\"'’”]*[.!?][\"'’”)]*\s+[\"'‘“(]*[A-Z]")


def _closes_a_heading(text: str, start: int) -> bool:
    """A year that closes a heading: it ends its line with no full stop after it, on a line that holds no
    sentence of its own before it ("The quarrel between the provinces and the crown over the tariffs of 1815").
    What makes a heading is how it ends, not its length: a long one is as much a heading as a short one."""
    if _HEADING_END.match(text, start) is None:
        return False
    return _SENTENCE_INSIDE.search(text, text.rfind("\n", 0, start) + 1, start) is None


_CLAUSE_VERB = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)
_PASSING_EVENT = re.compile(r"\b(?:since|until|till)\s+the\s+[^,.;:()\n]{1,40}?\s+(?:in|on|of)\s+$", re.IGNORECASE)


def in_passing(text: str, start: int, grain: str | None) -> bool:
    """Narratives: a date named only as the bound of a state ("a colony since 212 BC", "on the
    throne until 1868") is not where the story is; the next "that summer" or "the following year" still
    counts from the story's own last date."""
    if grain in _PASSING_GRAINS and _PASSING.search(text, max(0, start - 40), start) is not None:
        return True
    # "held out until the siege of the harbour in March 1811": the bound of a state, dated by its event (not
    # a clause with a verb of its own: "until the peace was signed in 1783" dates the signing, the story's)
    m = _PASSING_EVENT.search(text, max(0, start - 60), start)
    return m is not None and _CLAUSE_VERB.search(m.group()) is None


def bc_stand_in(r: Resolved, p: Partial, story: Story) -> Resolved:
    """Narratives: "212 BC" anchors what follows ("the following year", "that summer") at a stand-in
    year; values resolved against such an anchor are written back as years before the common era
    (only once the story has named a year BC: until then a year from 4000 on is itself)."""
    if p.bc and r.start is None and p.year is not None and p.month is None and p.year < BC_BASE - BC_FLOOR:
        d = date(BC_BASE - p.year, 1, 1)
        story.bc = True
        return replace(r, start=d, end=date(d.year, 12, 31))
    if p.bc and r.start is None and (p.decade is not None or p.century is not None):
        # "the 470s BC ... the next decade": the decade or century named is the span counted from, in stand-ins
        first = p.decade * 10 + 9 if p.decade is not None else (p.century + 1) * 100  # (its first year BC)
        if first < BC_BASE - BC_FLOOR:
            story.bc = True
            return stand_in_period(r.granularity, date(BC_BASE - first, 1, 1))
    v = r.value
    if (story.bc and r.start is not None and r.start.year >= BC_FLOOR and v[:4].isdigit()
            and r.granularity not in ("decade", "century")):  # (those are BC or AD already: stand_in_period)
        by = BC_BASE - r.start.year
        if by <= 0:  # counted on past 1 BC ("30 BC ... forty years later"): a year of the common era
            return replace(r, value=f"{1 - by:04d}{v[4:]}")
        return replace(r, value=f"BC{BC_BASE - int(v[:4]):04d}{v[4:]}")
    return r


_QUOTE_OR_LINE = re.compile(r'["“”\n]')


def quoted(story: Story, text: str, pos: int) -> bool:
    """Narratives: whether ``pos`` lies inside a quotation (an odd number of quotation marks before it on
    its line): what a speaker says ("we sail home by next spring") is not where the story is."""
    j = i = bisect_right(story.quotes, pos)
    n = 0
    while i > 0 and text[story.quotes[i - 1]] != "\n":
        n += 1
        i -= 1
    # ... and one closes on the same line (a paragraph may open a quotation it never closes)
    return n % 2 == 1 and j < len(story.quotes) and text[story.quotes[j]] != "\n"


