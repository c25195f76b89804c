"""Which event does a date date? A trigger word (event noun or verb) plus a short description.

``EventFinder.find`` works on the date's clause, in this order (first match wins):

1. *Pre-modified event noun*: the date sits inside a noun phrase before an event noun
   ("the March strike", "their spring offensive", "last week's vote").
2. *Noun the date's phrase attaches to*: walking back from the date over nouns, determiners,
   prepositions and "and" without crossing a verb, the nearest event noun
   ("the flooding of the old town and its harbour in May 2019", "the sinking of the ferry ten years
   ago"). Proper names ("the Arab Spring") and stretches of time ("the start of") do not count, nor a
   long state that is a verb's object ("rejoined the alliance in 1955": the rejoining has the date),
   nor a resultative "to death" after a verb. Measures a report dates ("a first-half loss", "a
   deficit of $5 million in 2019") are event nouns, but as the subject or object of a verb of change
   the change has the date ("second-half net profit slid 9%", "has tripled its revenue since
   2015"), after "a rise in" the rise, and a measure dated already ("first-half results") takes
   no second date. A lasting text as a verb's object leaves the date to the verb ("signed the
   pact on 4 June"); an event noun that only modifies another noun is passed ("the strike
   fund in May"); an event arranged by "set"/"scheduled" is taken ("talks scheduled for June");
   "due"/"payable" right after a noun is the event ("notes due 9 July 2031").
3. *List item*: a date alone before a colon ("- 5 May: nominations close") dates what follows the
   colon: the item's first verb group, else step 5 on the item.
4. *Verb*: the verb group before the date in the clause ("the tour she began in June 2021",
   "as their parents did in 1990"), else the first one after it ("On Monday the talks collapsed");
   a clause without a verb borrows the sentence's nearest one ("Late that night, the mayor
   resigned"). A bare "was"/"is" gives way to an event noun in its subject ("The wedding was on
   Saturday"). Not verbs here: an -ing noun inside a prepositional phrase ("In heavy trading
   on Monday, the stock slipped"), the "ended" of "the half ended 30 June" for the period. After a
   verb of saying without "that", a date in the reported clause's subject dates that clause's verb
   ("said first-half sales slipped"), and so does an adverb of time between a subject and its verb
   ("said it now employs"). A lone "be" gives the trigger to its predicate ("exports were weaker", "is
   redeemable", "will be home"), a lone modal to the verb after it ("will now “regroup”"). An opening
   date with no verb of its own skips a relative set off by commas ("In May, the firm, which is
   based in Ohio, posted ..."); after "since/until/from ..." + date, a "when" clause right after it
   is what happened at the date ("reigned until 1410, when his nephew seized the throne").
5. *Any event noun* of the clause, the nearest to the date; else no trigger, and the clause's own
   words describe the date.

The description is the trigger's subject or determiner plus the trigger and a few following words
of the same clause, without the date, without prepositions left dangling by removing it, at most
twelve words; it falls back to the clause and then the sentence, so it is never empty. A verb with
no subject of its own borrows one: a relative pronoun's antecedent ("The festival, which was
cancelled"), the noun a participle set off by commas describes ("The museum, founded"), the subject
of the verb before "and", or the noun before a phrase set off by two commas ("Ms Varga, 54, was
elected" -> "Ms Varga was elected").

Lexicons are read once in ``__init__``; the finder is immutable afterwards and thread-safe.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .clauses import (
    AUX_TAGS,
    BASE_VERBS,
    FUTURE_PARTICIPLES,
    FUTURE_PREDICATES,
    PREPOSITION_LIKE,
    TEMPORAL_PREPOSITIONS,
    VERB_TAGS,
    Tokens,
    VerbGroup,
    clause_bounds,
    clause_of,
    lemma,
    tag,
    verb_groups,
)
from .model import Event, Span

_LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "en" / "events.yaml"
MAX_WORDS = 12
MAX_SUBJECT = 6
_STRIP = " \t\r\n,;:—–-\"“”‘’'()[]«»"
_TRAILING_DROP = frozenset({"DET", "PREP", "CC", "SUB", "POSS", "TO", "P", "MD", "NEG"})
_LEADING_DROP = frozenset({"CC", "SUB", "P", "PREP", "TO"})
_NOUN_WALK = frozenset({"N", "NP", "NUM", "DET", "POSS", "PREP", "PRON", "ADV"})
_SUBJECT_TAGS = frozenset({"N", "NP", "NUM", "DET", "POSS", "PRON"})
_NP_TAGS = frozenset({"N", "NP", "NUM", "DET", "POSS"})
_END_PUNCT = ".!?\"”’)»"
_INLINE_PUNCT = frozenset({"-", "'", "’", "%", "$", "€", "£", "&", "/"})
_PAST_PARTICIPLE = ("VBN", "VBDN")
_PARTICIPLE = ("VBN", "VBDN", "VBG")
# What opens a noun phrase that is a subject rather than an object
_PHRASE_OPENERS = (";", ":", "(", "\"", "“")

# Verbs of beginning, going on and ending: with an -ing complement they are what the date dates
_ASPECTUAL = frozenset({"stop", "start", "begin", "finish", "continue", "keep", "resume", "quit", "cease", "end"})
# Adverbs of the middle position, between a subject and its verb ("they also said", "it still works")
_MID_ADVERBS = frozenset({"also", "still", "just", "never", "already", "then", "finally", "even", "again", "ever",
                          "often", "always", "thus", "further", "once", "soon", "jointly", "now"})
# Prepositions that make a date the bound of a stretch ("ruled until 1910", "has grown since 2001")
_BOUNDS = frozenset({"since", "until", "till", "through", "from", "by"})
# Verbs whose object may be an -ing clause ("began building homes", "enjoys painting landscapes"): an -ing
# word after them is that clause's verb, not a noun's modifier
_TAKES_GERUND = _ASPECTUAL | frozenset({"like", "love", "hate", "enjoy", "prefer", "avoid", "consider", "suggest",
                                        "recommend", "risk", "miss", "mind", "deny", "admit", "practise", "practice",
                                        "try", "spend", "go", "come", "imagine", "propose", "discuss", "mention",
                                        "postpone", "delay", "escape", "find", "see", "hear", "catch", "notice", "be",
                                        "get"})
# Verbs of finding and seeing: with an -ing complement they are what the date dates ("was found sheltering")
_PERCEPTION = frozenset({"find", "found", "see", "spot", "catch", "hear", "notice", "observe", "discover"})
# Heads of a subject that only count what follows "of"
_QUANTITIES = frozenset({"percent", "%", "part", "most", "some", "many", "all", "none", "one", "each", "half",
                         "majority", "minority", "number", "dozens", "hundreds", "thousands", "millions", "rest",
                         "two", "three", "four", "five", "several", "both", "either", "neither", "any", "much"})
# Event nouns of long states: as a verb's object, the date dates the verb ("declared war in 1914")
_STATE_NOUNS = frozenset({"war", "wars", "rule", "reign", "regime", "occupation", "era", "conflict", "hostilities",
                          "independence", "alliance", "crisis", "exile"})
# Event nouns of texts that last: as a verb's object, the date dates the verb ("signed the pact on 4 June")
_DOCUMENT_NOUNS = frozenset({"treaty", "treaties", "agreement", "accord", "pact", "law", "laws", "bill", "bills",
                             "legislation", "budget", "decree", "amendment", "statement", "warning", "warnings",
                             "report", "reports", "policy", "lawsuit", "lawsuits", "complaint", "petition", "decision",
                             "decisions"})
# Verbs whose object may be the subject of a clause ("said the satellite ... stopped")
_SAYING = frozenset({"say", "said", "report", "announce", "state", "claim", "add", "note", "believe", "think", "know",
                     "knew", "expect", "fear", "warn", "show", "find", "found", "suggest", "insist", "confirm"})
# Relative pronouns that stand for the subject of their clause ("the man who fled")
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
# What a noun phrase with its modifiers is made of ("profit in the first half", "a loss of $2 million")
_MEASURE_PHRASE = frozenset({"N", "NP", "NUM", "DET", "POSS", "PREP", "ADV"})
# Adjectives that say when something falls ("notes due 2030", "payable on 2 March", "effective 1 May")
_SCHEDULE_ADJECTIVES = frozenset({"due", "payable", "effective", "valid", "outstanding"})
_CURRENCY = frozenset({"$", "€", "£", "¥"})
# Adverbs that are the predicate after "be" ("rents were up", "I'm away", "we'll be home")
_PREDICATE_ADVERBS = frozenset({"up", "down", "here", "back", "home", "away", "off", "ahead", "behind"})
# Particles that stay after their verb when the date after them is dropped ("broke out", "pulled down")
_PARTICLES = frozenset({"out", "down", "up", "off", "away", "back", "over"})


def _load() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    with open(_LEXICON, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    measures = frozenset(str(w).lower() for w in data["measure_nouns"])
    nouns = frozenset(str(w).lower() for group in data["event_nouns"].values() for w in group) | measures
    not_events = frozenset(str(w).lower() for w in data["not_events"])
    changes = frozenset(str(w).lower() for w in data["change_verbs"])
    return nouns, not_events, measures, changes


def _date_tokens(toks: Tokens, s0: int, s1: int, timex: tuple[int, int],
                 other_timexes: list[tuple[int, int]]) -> list[bool]:
    """Which tokens of the sentence belong to a date: the one being placed and the others.

    Every date of a sentence gives the same mask, so it is built once per sentence and shared (read
    it, never change it): a list or table of many dates would otherwise cost the square of its size.
    """
    key = ("date_tokens", frozenset(other_timexes).union((timex,)))  # the timex may be among the others
    date = toks.memo.get(key)
    if date is None:
        date = [False] * len(toks)
        for a, b in key[1]:
            if b <= a or a >= s1 or b <= s0:
                continue
            i, j = toks.covering(a, b)
            for k in range(i, j):
                date[k] = True
        toks.memo[key] = date
    return date


def _clause_cuts(toks: Tokens, date: list[bool]) -> list[int]:
    """The sentence's clause boundaries, except a "that" opening a date: "left the town that spring,
    and ..." has "that" as the date's determiner, not as a relative pronoun opening a clause."""
    return [c for c in clause_bounds(toks)
            if c == 0 or not (date[c] and not date[c - 1] and toks.lows[c] == "that")]


def _back_over(tags: tuple[str, ...], k: int, lo: int, skip) -> int:
    """From token ``k`` back to ``lo`` at the lowest, the first token whose tag is not in ``skip``
    (``lo - 1`` when all are)."""
    while k >= lo and tags[k] in skip:
        k -= 1
    return k


def _quoted(toks: Tokens) -> list[bool]:
    """Which tokens stand inside quotation marks ("The coach said “we will win” and left")."""
    quoted = [False] * len(toks)
    inside = False
    for i, w in enumerate(toks.words):
        if w in ("“", "«"):
            inside = True
        elif w in ("”", "»"):
            inside = False
        elif w == '"':
            inside = not inside
        quoted[i] = inside
    return quoted


def _lone_participle(toks: Tokens, g: VerbGroup, tags: tuple[str, ...] = _PAST_PARTICIPLE) -> bool:
    """Whether the verb group is one participle alone (no auxiliary before it)."""
    return g.start == g.head and toks.tags[g.head] in tags


def _in_subordinate_clause(toks: Tokens, cuts: list[int], g: VerbGroup) -> bool:
    """"Because the road flooded, ...", "The ferry, which sailed at noon, ...": the group's clause opens
    with a subordinator, or with punctuation inside the sentence."""
    cs, _ = clause_of(cuts, len(toks), g.start)
    return toks.tags[cs] == "SUB" or (toks.tags[cs] == "P" and cs > 0)


def _after_to(toks: Tokens, g: VerbGroup) -> bool:
    """"The club wants to sign him": an infinitive, not the sentence's verb."""
    return g.start > 0 and toks.tags[g.start - 1] == "TO"


def _participle_in_opening_phrase(toks: Tokens, g: VerbGroup) -> bool:
    """"In a letter sent on Friday, the club thanked its fans": a participle after the noun of an
    opening prepositional phrase, followed by its own complement and a comma."""
    tags, words = toks.tags, toks.words
    return (_lone_participle(toks, g) and tags[0] == "PREP" and tags[g.start - 1] == "N"
            and "," not in words[:g.start] and "," in words[g.end:] and g.end < len(toks)
            and (tags[g.end] in ("PREP", "ADV", "TO") or toks.lows[g.end] in ("late", "early")))


def _nominal_gerund(toks: Tokens, date: list[bool], g: VerbGroup) -> bool:
    """"In heavy trading on Monday", "the bank lending market": an -ing form alone after the
    modifiers of a noun phrase opened by a preposition, before a date, punctuation or a preposition of
    place, or one opened by a determiner or a possessive, before a noun, is a noun ("a tanker sailing
    under guard", "a rule going back to" are participles)."""
    if not _lone_participle(toks, g, ("VBG",)) or g.start == 0:
        return False
    tags, lows = toks.tags, toks.lows
    k = g.start - 1
    compound = g.end < len(toks) and tags[g.end] == "N" and lows[g.end] not in _PARTICLES
    if (compound and tags[k] in ("VBD", "VBZ", "VB", "VBDN") and lemma(lows[k]) not in _TAKES_GERUND
            and not date[g.end]):
        return True  # "last raised borrowing costs", "cut lending rates": a noun's modifier after a verb's
    if tags[k] not in ("N", "NP") or date[k] or lows[k].endswith("s") and not lows[k].endswith("ss"):
        return False  # "prices rising": a participle after its noun; "weekend shopping": the date's event
    j = _back_over(tags, k, 0, ("N", "NP", "NUM"))
    if j < 0 or not (tags[j] == "PREP" or tags[j] in ("DET", "POSS") and compound):
        return False  # "a column of troops arriving Monday": a participle after its noun
    return (compound or g.end >= len(toks) or date[g.end] or tags[g.end] == "P"
            or lows[g.end] in ("on", "in", "at", "of", "for"))


def _in_relative_set_off(toks: Tokens, cuts: list[int], g: VerbGroup) -> bool:
    """"the firm, which is based in Ohio, ...": the group is in a relative clause set off by a comma."""
    cs, _ = clause_of(cuts, len(toks), g.start)
    return (cs > 0 and toks.tags[cs] == "SUB" and toks.lows[cs] in ("who", "which", "whose")
            and toks.words[cs - 1] == ",")


def _mid_adverb(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is an adverb that may stand between a subject and its verb ("also", "still",
    "finally", "strongly"; not "early" or "late", which place a time)."""
    low = toks.lows[k]
    return (toks.tags[k] == "NEG" or toks.tags[k] == "ADV"
            and (low in _MID_ADVERBS or low.endswith("ly") and low not in ("early", "only", "daily")))


def _abbreviation_dot(toks: Tokens, k: int, ce: int) -> bool:
    """Whether token ``k`` is the dot of an abbreviated name inside the clause ("U.K. consulates")."""
    return (toks.words[k] == "." and 0 < k < ce - 1 and toks.starts[k] == toks.ends[k - 1]
            and toks.tags[k - 1] == "NP" and toks.tags[k + 1] in ("N", "NP", "NUM"))


def _reduced_relative(toks: Tokens, g: VerbGroup) -> bool:
    """"a panel led by two judges": a past participle alone after a noun, with its agent."""
    return (_lone_participle(toks, g) and g.start > 0 and toks.tags[g.start - 1] in ("N", "NP")
            and g.end < len(toks) and toks.lows[g.end] == "by")


def _period_end(toks: Tokens, date: list[bool], g: VerbGroup) -> bool:
    """"the half ended 30 June", "the year ending in June": a participle of "end" between two dates
    belongs to the period they name, not to the events the first date holds (the second is the end)."""
    if not (_lone_participle(toks, g, _PARTICIPLE) and lemma(toks.lows[g.head]) == "end"):
        return False
    after = g.end + 1 if g.end < len(toks) and toks.tags[g.end] == "PREP" else g.end
    return g.start > 0 and date[g.start - 1] and after < len(toks) and date[after]


def _in_opening_adverbial(toks: Tokens, g: VerbGroup) -> bool:
    """"After the storm passed, the town began ...": a clause opened by "after", "before", "since",
    "until" or "as" and closed by the sentence's first comma, with a finite verb after that comma."""
    if not toks.lows or toks.lows[0] not in PREPOSITION_LIKE or "," not in toks.words:
        return False
    c = toks.words.index(",")
    return g.start < c and any(h.start > c and h.finite for h in verb_groups(toks))


def _opening_participle_clause(toks: Tokens, g: VerbGroup) -> bool:
    """"Pressed on Monday about the delay, the minister blamed the weather": a participle opening the
    sentence, with a complement, a comma and a finite verb after it."""
    tags = toks.tags
    return (g.start == 0 and _lone_participle(toks, g, _PARTICIPLE) and g.end < len(toks)
            and tags[g.end] in ("PREP", "ADV", "SUB", "TO") and "," in toks.words[g.end:]
            and any(h.start > g.end and h.finite for h in verb_groups(toks)))


class EventFinder:
    """Finds the event a date dates. Build once, share freely (immutable, thread-safe)."""

    def __init__(self) -> None:
        self._nouns, self._not_events, self._measures, self._changes = _load()

    # ------------------------------------------------------------------ public API

    def find(
        self,
        text: str,
        sentence: tuple[int, int],
        timex: tuple[int, int],
        other_timexes: list[tuple[int, int]],
    ) -> Event:
        """The event that the date at ``timex`` dates in its ``sentence``. ``other_timexes`` are the
        other dates of the text (those outside the sentence are ignored; ``timex`` itself may be among
        them), so that no date is taken for the event."""
        s0, s1 = sentence
        sent = Span(text[s0:s1], s0, s1)
        toks = tag(text, s0, s1)
        n = len(toks)
        ti, tj = toks.covering(timex[0], timex[1]) if timex[1] > timex[0] else (n, n)
        if ti >= tj:
            return Event(self._fallback(text, toks, 0, n, sent), None, sent)
        date = _date_tokens(toks, s0, s1, timex, other_timexes)
        cuts = _clause_cuts(toks, date)
        cs, ce = clause_of(cuts, n, ti)
        groups = verb_groups(toks)

        h = self._dated_noun(toks, date, ti, tj, cs, ce)  # steps 1 and 2
        if h is not None:
            g = self._change_of_measure(toks, groups, date, h, ce)
            if g is not None:  # "second-half net profit slid 9%": the slide
                return self._verb_event(text, toks, date, g, *clause_of(cuts, n, g.head), sent)
            return self._noun_event(text, toks, date, h, cs, ce, sent)
        if self._bare_list_item(toks, date, cs, ce):
            # step 3: the item after the colon, its first verb group described within the item
            cs, ce = ce + 1, next((c for c in cuts if c > ce), n)
            g = next((g for g in groups if cs <= g.start < ce), None)
            return self._verb_noun_or_words(text, toks, date, sent, g, (cs, ce), cs, cs, ce)
        g = self._verb(toks, groups, date, ti, tj, cs, ce)  # step 4
        if g is not None:
            h = self._copula_subject(toks, date, g, cs)
            if h is not None:
                return self._noun_event(text, toks, date, h, cs, ce, sent)
        verb_clause = clause_of(cuts, n, g.head) if g is not None else None
        return self._verb_noun_or_words(text, toks, date, sent, g, verb_clause, ti, cs, ce)

    def document_event(self, text: str, sentences: list[tuple[int, int]],
                       dates: list[tuple[int, int]] = ()) -> Event | None:
        """The main predicate of the first real sentence (not a headline, dateline or byline). The
        ``dates`` of the text (character spans) are left out of its description, as for any event."""
        for s0, s1 in sentences[:12]:  # the first sentence that qualifies; later ones are never tagged
            body = text[s0:s1]
            if not body or body[-1] not in _END_PUNCT:
                continue  # a headline or byline has no closing stop
            toks = tag(text, s0, s1)
            if sum(1 for t in toks.tags if t != "P") < 6:
                continue  # a dateline
            g = self._main_group(toks)
            if g is None:
                continue
            g = self._infinitive_of_predicate(toks, g)
            n = len(toks)
            cs, ce = clause_of(clause_bounds(toks), n, g.head)
            inside = [d for d in dates if s0 <= d[0] < s1]
            date = _date_tokens(toks, s0, s1, inside[0], inside) if inside else [False] * n
            return self._verb_event(text, toks, date, g, cs, ce, Span(body, s0, s1))
        return None

    # ------------------------------------------------------------------ events

    def _noun_event(self, text: str, toks: Tokens, date: list[bool], h: int, cs: int, ce: int,
                    sent: Span) -> Event:
        """The event of event noun ``h``, described within the clause ``cs:ce``."""
        return self._event(text, toks, h, self._describe_noun(text, toks, date, h, cs, ce), cs, ce, sent)

    def _verb_event(self, text: str, toks: Tokens, date: list[bool], g: VerbGroup, cs: int, ce: int,
                    sent: Span) -> Event:
        """The event of verb group ``g``, described within the clause ``cs:ce``; its trigger is the
        group's head, or for a form of "be" its predicate (``_predicate``)."""
        return self._event(text, toks, self._predicate(toks, date, g),
                           self._describe_verb(text, toks, date, g, cs, ce), cs, ce, sent)

    def _verb_noun_or_words(self, text: str, toks: Tokens, date: list[bool], sent: Span, g: VerbGroup | None,
                            verb_clause: tuple[int, int] | None, near: int, cs: int, ce: int) -> Event:
        """Steps 4 and 5 once the verb is chosen, for a date's clause and for a list item alike: the verb
        group ``g`` described within ``verb_clause``; without one, the event noun of the clause ``cs:ce``
        nearest token ``near``; without that, no trigger and the clause's own words."""
        if g is not None:
            return self._verb_event(text, toks, date, g, *verb_clause, sent)
        h = self._any_event_noun(toks, date, near, cs, ce)
        if h is not None:
            return self._noun_event(text, toks, date, h, cs, ce, sent)
        return Event(self._fallback(text, toks, cs, ce, sent, date), None, sent)

    def _event(self, text: str, toks: Tokens, h: int, desc: str, cs: int, ce: int, sent: Span) -> Event:
        """The event with trigger token ``h``; an empty description becomes the clause's text."""
        if not desc:
            a = toks.starts[cs] if cs < len(toks) else sent.start
            b = toks.ends[ce - 1] if ce - 1 < len(toks) and ce > cs else sent.end
            desc = text[a:b].strip(_STRIP) or sent.text.strip(_STRIP) or toks.words[h]
        trigger = Span(toks.words[h], toks.starts[h], toks.ends[h])
        return Event(desc, trigger, sent)

    # ------------------------------------------------------------------ triggers

    def is_event_noun(self, low: str) -> bool:
        """Whether the lower-case word names an event: listed, or a hyphenated word whose last part is
        ("pre-election"), or the plural of a listed one ("strikes"); never a word of ``not_events``."""
        if low in self._not_events:
            return False
        if low in self._nouns:
            return True
        if "-" in low:
            return self.is_event_noun(low.rsplit("-", 1)[1])
        if low.endswith("s") and len(low) > 3:
            return low[:-1] in self._nouns  # "polls", "summits"
        return False

    def _dated_noun(self, toks: Tokens, date: list[bool], ti: int, tj: int, cs: int, ce: int) -> int | None:
        """Steps 1 and 2: the event noun the date pre-modifies, else the one its phrase attaches to,
        unless that is a long state named as a verb's object ("left the alliance in 1966": the leaving)."""
        h = self._premodified(toks, date, ti, tj, cs, ce)
        if h is not None:
            return h
        h = self._due(toks, ti, cs)
        if h is not None:
            return h
        h = self._attached_noun(toks, date, ti, cs)
        if h is not None and self._state_object(toks, h, cs):
            return None
        if h is not None and h - 2 >= cs and toks.tags[h - 1] == "TO" and toks.tags[h - 2] in VERB_TAGS:
            return None  # "was beaten to death in May", "was sentenced to death": the verb, its result after "to"
        if h is not None and toks.lows[h] in self._measures:
            return self._attached_measure(toks, date, h, cs)
        return h

    def _due(self, toks: Tokens, ti: int, cs: int) -> int | None:
        """"notes due 9 July 2031", "a coupon payable on 2 March": an adjective of schedule right
        before the date (its preposition aside), after the noun it describes, is the event; after an
        event noun, that noun ("the vote due in May")."""
        tags, lows = toks.tags, toks.lows
        k = ti - 1
        if k >= cs and tags[k] == "PREP" and lows[k] in ("on", "by", "in", "from"):
            k -= 1
        if k > cs and lows[k] in _SCHEDULE_ADJECTIVES and tags[k] == "N" and tags[k - 1] in ("N", "NP", "NUM"):
            # (not after a comma: "announced a bonus, payable 1 May" dates the whole clause)
            return k - 1 if tags[k - 1] == "N" and self.is_event_noun(lows[k - 1]) else k
        return None

    def _attached_measure(self, toks: Tokens, date: list[bool], h: int, cs: int) -> int | None:
        """A measure noun the date's phrase attaches to: "a jump in their income over the winter" dates
        the jump (an event noun before "in" or "of"); "to publish first-half results in May" dates
        the release (a measure that has a date of its own takes no other: None, the verb's)."""
        tags = toks.tags
        k = h - 1
        while k >= cs and (tags[k] in ("DET", "POSS", "N", "NUM") or date[k]):
            if date[k]:
                return None
            k -= 1
        if k > cs and toks.lows[k] in ("in", "of") and tags[k - 1] == "N" and not date[k - 1] \
                and self.is_event_noun(toks.lows[k - 1]) and toks.lows[k - 1] not in self._measures:
            return k - 1
        return h

    def _premodified(self, toks: Tokens, date: list[bool], ti: int, tj: int, cs: int, ce: int) -> int | None:
        """"the March strike", "their spring offensive", "last week's vote": the last event noun among the
        few nouns right after the date (a capitalised one only after another: "the 2019 Nato Summit")."""
        tags, lows = toks.tags, toks.lows
        before = tags[ti - 1] if ti > cs else "^"
        if before == "N":  # "of strong Easter sales": adjectives before the date inside the phrase
            j = _back_over(tags, ti - 1, cs, ("N",))
            before = tags[j] if j >= cs else "^"
            before = before if before in ("DET", "POSS", "PREP") else "N"
        k = tj
        possessive = k < ce and tags[k] == "POSS"
        if possessive:
            k += 1
        elif k + 1 < ce and toks.words[k] == "," and tags[tj - 1] == "NUM" and before in ("DET", "POSS"):
            k += 1  # "the March 3, 1971, fire": the comma that closes a full date
        if before not in ("^", "DET", "POSS", "PREP") and not possessive:
            return None
        best = None
        limit = min(ce, k + 4)
        while k < limit and not date[k]:
            t = tags[k]
            if t == "ADV" and lows[k].endswith("ly") and k + 1 < limit and tags[k + 1] in ("N", "NP"):
                k += 1  # an adjective in -ly ("last spring's costly floods")
                continue
            if t not in ("N", "NP") and t not in VERB_TAGS:
                break
            event = self.is_event_noun(lows[k])
            if t in VERB_TAGS and not event:
                break
            if event and (t != "NP" or k > tj):
                best = k
            k += 1
        if best is None:
            return None
        if before == "PREP" and not possessive:
            # "in May talks were held": the date is the preposition's object, not a modifier.
            nxt = tags[best + 1] if best + 1 < len(tags) else "P"
            if nxt in VERB_TAGS or nxt in AUX_TAGS:
                return None
        return best

    def _attached_noun(self, toks: Tokens, date: list[bool], ti: int, cs: int) -> int | None:
        """Nearest event noun before the date, reached without crossing a verb or a comma."""
        tags, lows = toks.tags, toks.lows
        k = ti - 1
        steps = 0
        while k >= cs and steps < 24:
            steps += 1
            if date[k]:
                k -= 1
                continue
            t = tags[k]
            if t == "CC" and lows[k] in ("and", "or") or t == "TO" and date[k + 1]:
                k -= 1  # "to" just before the date is its preposition ("date the drought to 1930-36")
                continue
            if (t in _PAST_PARTICIPLE and lows[k] in FUTURE_PARTICIPLES and k > cs and tags[k - 1] == "N"
                    and self.is_event_noun(lows[k - 1])):
                return k - 1  # "talks scheduled for Oslo in June": the event so arranged
            if toks.words[k] == "." and k > cs and toks.starts[k] == toks.ends[k - 1] and tags[k - 1] == "NP":
                k -= 1  # the dot of an abbreviation ("U.K. consulates")
                continue
            if t not in _NOUN_WALK and not (t == "VBG" and self.is_event_noun(lows[k])) \
                    and toks.words[k] not in _CURRENCY:  # (over an amount: "a deficit of $5 million in 2019")
                return None
            if t in ("N", "VBG") and self.is_event_noun(lows[k]):
                if (k + 1 < ti and tags[k + 1] == "N" and not date[k + 1] and not self.is_event_noun(lows[k + 1])
                        and lows[k + 1] not in self._not_events):
                    # "the strike fund in May": the modifier of a noun that names no event (but "the
                    # withdrawal date" is the withdrawal's time)
                    k -= 1
                    continue
                return k
            if t == "N" and lows[k].endswith("ing") and k > cs and tags[k - 1] in ("DET", "POSS") and (
                k + 1 < len(tags) and lows[k + 1] == "of"
            ):
                return k  # a nominal gerund: "the bombing of the port"
            k -= 1
        return None

    def _state_object(self, toks: Tokens, h: int, cs: int) -> bool:
        """Whether event noun ``h`` names a long state ("war", "rule") or a text that lasts ("treaty",
        "statement") and is the object of the verb just before its phrase ("declared war", "ended their
        rule", "ratified the treaty", "issued a statement")."""
        if toks.lows[h] not in _STATE_NOUNS and toks.lows[h] not in _DOCUMENT_NOUNS:
            return False
        k = _back_over(toks.tags, h - 1, cs, ("DET", "POSS", "N", "NUM"))
        return k >= cs and toks.tags[k] in ("VBD", "VBDN", "VBZ", "VB", "VBN")

    def _bare_list_item(self, toks: Tokens, date: list[bool], cs: int, ce: int) -> bool:
        """Whether the date's clause is only the date (and list marks) and a colon follows it."""
        if ce + 1 >= len(toks) or toks.words[ce] != ":" or toks.starts[ce + 1] == toks.ends[ce]:
            return False  # not the colon of a clock time ("19:00")
        return all(date[k] or toks.tags[k] in ("P", "PREP") for k in range(cs, ce))

    def _verb(self, toks: Tokens, groups: list[VerbGroup], date: list[bool], ti: int, tj: int, cs: int,
              ce: int) -> VerbGroup | None:
        """The verb group of step 4: around the date, else the last before it in its clause, else the
        first after it, else the nearest outside the clause (later ones first)."""
        verbs = [g for g in groups if not (_nominal_gerund(toks, date, g) and not self.is_event_noun(toks.lows[g.head])
                                           or g.start >= tj and _period_end(toks, date, g))]
        # without the -ing nouns ("in heavy trading on Monday, the stock slipped"); with them when there
        # is no other verb ("a long day of shopping with friends today")
        return self._choose_verb(toks, verbs, date, ti, tj, cs, ce) or (
            self._choose_verb(toks, groups, date, ti, tj, cs, ce) if len(verbs) < len(groups) else None)

    @staticmethod
    def _bare_subject(toks: Tokens, k: int, cs: int) -> bool:
        """Whether the noun phrase ending at ``k`` may be a subject: a pronoun, or a phrase that opens
        the clause or follows a verb of saying, not the object of a verb or a preposition ("the slide
        in prices [this month] has turned", "brought him to power [in 1959] gathered")."""
        tags = toks.tags
        if tags[k] == "PRON":
            return True
        j = _back_over(tags, k, cs, ("N", "NP", "NUM", "DET", "POSS"))
        return (j < cs or tags[j] in ("SUB", "P", "CC") or tags[j] == "PREP" and toks.lows[j] in PREPOSITION_LIKE
                or tags[j] in VERB_TAGS and lemma(toks.lows[j]) in _SAYING)

    def _choose_verb(self, toks: Tokens, groups: list[VerbGroup], date: list[bool], ti: int, tj: int, cs: int,
                     ce: int) -> VerbGroup | None:
        """``_verb`` among the given groups."""
        w = tj + 1 if tj + 1 < len(toks) and toks.words[tj] == "," else tj
        if (w < len(toks) and toks.lows[w] == "when" and toks.tags[w] == "SUB" and ti > cs
                and toks.lows[ti - 1] in _BOUNDS):
            g = next((g for g in groups if g.start > w), None)
            if g is not None:
                # "reigned until 1410, when his nephew seized the throne", "since May, when the mine reopened": the
                # clause before lasts up to or from the date; the "when" clause is what happened at it
                return g
        around = [g for g in groups if g.start < ti and g.end >= tj and g.start >= cs]
        if around:
            return around[-1]  # "are now hiring", "will today announce": the date inside the verb group
        if ti > cs and (toks.tags[ti - 1] in ("PRON", "N", "NP") and self._bare_subject(toks, ti - 1, cs)
                        or toks.tags[ti - 1] == "SUB" and toks.lows[ti - 1] in _RELATIVE_SUBJECTS
                        or toks.words[ti - 1] == "," and tj == ti + 1 and toks.tags[ti] == "ADV"):
            g = next((g for g in groups
                      if g.start == tj and (g.finite or _lone_participle(toks, g, _PARTICIPLE))), None)
            if g is not None:
                # "she now doubts", "it currently rents", "bonds, currently priced at": an adverb between a
                # subject and its verb, or before a participle describing a noun
                return g
        before = [g for g in groups if g.end <= ti and g.start >= cs]
        if before:
            g = before[-1]
            c = self._complement_verb(toks, groups, date, g, ti, tj, ce)
            if c is not None:
                return c
            if (len(before) > 1 and g.start == g.head and toks.tags[g.head] == "VBG" and before[-2].end == g.start
                    and (before[-2].finite and lemma(toks.lows[before[-2].head]) in _ASPECTUAL
                         or lemma(toks.lows[before[-2].head]) in _PERCEPTION)
                    or len(before) > 1 and _lone_participle(toks, g) and before[-2].end == g.start
                    and toks.lows[before[-2].head] in ("found", "seen", "left")):
                # ("was found burnt out near the depot in May": the finding)
                # "stopped sending data on March 2", "was found sheltering in a barn on 3 May": the date dates
                # the stopping, the finding
                return before[-2]
            return g
        after = [g for g in groups if g.start >= tj and g.end <= ce]
        if after:
            return after[0]
        later = [g for g in groups if g.start >= ce]
        if later:
            # "In May, the firm, which is based in Ohio, posted a loss": the main clause's verb, not a
            # relative's or a participle's after the subject
            cuts = clause_bounds(toks)
            if toks.lows[clause_of(cuts, len(toks), later[0].start)[0]] in ("when", "where"):
                return later[0]  # "On Thursday, when the talks failed, ...": the clause that describes the date
            main = [g for g in later if not (_in_relative_set_off(toks, cuts, g) or _reduced_relative(toks, g))]
            return main[0] if main else later[0]
        earlier = [g for g in groups if g.end <= cs]
        return earlier[-1] if earlier else None

    def _is_change(self, low: str) -> bool:
        """Whether the verb form is one of a verb of change in amount ("fell", "jumped", "slipped")."""
        if lemma(low) in self._changes:
            return True
        for suffix in ("ed", "d", "es", "s", "ing"):
            if low.endswith(suffix):
                b = low[:-len(suffix)]
                if b in self._changes or b + "e" in self._changes or (
                        len(b) > 2 and b[-1] == b[-2] and b[:-1] in self._changes):
                    return True
        return False

    def _change_of_measure(self, toks: Tokens, groups: list[VerbGroup], date: list[bool], h: int,
                           ce: int) -> VerbGroup | None:
        """"Second-half net profit slid 9%", "profit in the first half rose": a measure noun that is
        the subject of a verb of change is dated through that verb; the verb group, else None (as an
        object, "booked a first-half loss", the measure is the event)."""
        if toks.lows[h] not in self._measures:
            return None
        tags = toks.tags
        k = _back_over(tags, h - 1, 0, ("DET", "POSS", "N", "NUM", "ADV"))
        if k >= 0 and not date[k]:
            g = next((g for g in groups if g.end == k + 1), None)
            if g is not None and not _lone_participle(toks, g, ("VBG",)) and self._is_change(toks.lows[g.head]):
                return g  # "has tripled its revenue since 2015": the object of a verb of change
        k = h + 1
        while k < ce and k <= h + 10 and (date[k] or tags[k] in _MEASURE_PHRASE or toks.words[k] in _INLINE_PUNCT):
            k += 1
        if k < ce and tags[k] == "TO":
            k += 1  # "expects first-half profit to slip"
        g = next((g for g in groups if g.start == k), None)
        return g if g is not None and self._is_change(toks.lows[g.head]) else None

    def _complement_verb(self, toks: Tokens, groups: list[VerbGroup], date: list[bool], g: VerbGroup,
                         ti: int, tj: int, ce: int) -> VerbGroup | None:
        """"said first-half sales slipped", "said net profit in May rose", "said Friday's vote
        showed": after a verb of saying without "that", a date inside the subject of the clause it
        reports dates that clause's verb; the group, else None. A date right after the verb modifies
        it ("said Friday the plan ...") unless it is the possessive or the modifier of a noun."""
        tags, lows = toks.tags, toks.lows
        if g.end > ti or lemma(lows[g.head]) not in _SAYING or tags[g.head] == "VBG":
            return None
        if g.end == ti:
            modifier = tj < ce and (tags[tj] == "POSS" or tags[tj] == "N" and (
                "-" in lows[tj - 1] or tags[tj - 1] == "NUM" and len(lows[tj - 1]) == 4))
            if not modifier:
                return None
        elif tags[g.end] not in ("DET", "POSS", "N", "NP", "NUM") or any(
                not date[k] and tags[k] not in _MEASURE_PHRASE and toks.words[k] not in _INLINE_PUNCT
                for k in range(g.end, ti)):
            return None  # "said on Monday ...", or not one noun phrase between the verb and the date
        k = tj
        while k < ce and k <= tj + 8 and (date[k] or tags[k] in _MEASURE_PHRASE or toks.words[k] in _INLINE_PUNCT):
            k += 1
        return next((h for h in groups if h.start == k and h.finite and h.start < ce), None)

    def _predicate(self, toks: Tokens, date: list[bool], g: VerbGroup) -> int:
        """The trigger of verb group ``g``: its head, but for a form of "be" alone the predicate after
        it ("exports were weaker", "is redeemable", "was chair of", "were up", "will be home", "was a
        one-time gain"): an adjective or noun, the head of a noun phrase, or an adverb of place."""
        tags, lows = toks.tags, toks.lows
        n = len(toks)
        if tags[g.head] == "MD":
            # a modal alone: the verb after it, across a date, adverbs and an opening quote ("will now
            # “regroup”", "would dilute": a verb the lexicon does not know)
            k = g.end
            while k < n and (date[k] or tags[k] in ("ADV", "NEG") or toks.words[k] in ("\"", "“", "``", "`")):
                k += 1
            if k >= n or tags[k] not in ("N", "VB") or lows[k] in self._not_events:
                return g.head
            inverted = g.start == 0 or tags[g.start - 1] in ("P", "SUB", "CC")  # "May God bless you"
            return k if not inverted or lemma(lows[k]) in BASE_VERBS else g.head
        if tags[g.head] != "BE":
            return g.head
        k = g.end
        while k < n and tags[k] in ("ADV", "NEG") and lows[k] not in _PREDICATE_ADVERBS:
            k += 1
        if k >= n or date[k]:
            return g.head
        if lows[k] in _PREDICATE_ADVERBS:
            return k
        if lows[k] in FUTURE_PREDICATES and k + 1 < n and tags[k + 1] == "TO" or lows[k] in ("gonna", "going"):
            return g.head  # "is likely to ...", "is gonna ...": the verb after is the event, not "likely"
        if tags[k] not in ("N", "DET", "NUM", "POSS"):
            return g.head
        if tags[k] == "N" and lows[k].endswith("ing"):
            return k  # "is sitting", "is now winning": a progressive the tagger took for a noun
        head = None
        while k < n and not date[k] and (tags[k] in _NP_TAGS or toks.words[k] in ("-", "'", "’")):
            if tags[k] == "N":
                head = k
            elif head is not None and tags[k] != "POSS":
                break  # a second phrase begins ("was a gain this year")
            k += 1
        return head if head is not None else g.head

    def _copula_subject(self, toks: Tokens, date: list[bool], g: VerbGroup, cs: int) -> int | None:
        """For a lone "was"/"is", an event noun heading its subject ("The wedding was on Saturday")."""
        if toks.tags[g.head] != "BE" or g.end - g.start != 1:
            return None
        k = g.start - 1
        while k >= cs and (toks.tags[k] in _SUBJECT_TAGS or date[k] or toks.tags[k] == "PREP" and k > cs
                           and toks.tags[k - 1] in _NP_TAGS):  # (over a modifier: "Revenue over the half was")
            if not date[k] and (toks.tags[k] == "N" or k == 0) and self.is_event_noun(toks.lows[k]):
                return k  # (a capital at the sentence's start is no name: "Revenue in May was ...")
            k -= 1
        return None

    def _any_event_noun(self, toks: Tokens, date: list[bool], ti: int, cs: int, ce: int) -> int | None:
        """Step 5: the clause's event noun (or -ing event word) nearest token ``ti``, the first on a tie."""
        best = None
        for k in range(cs, ce):
            if (not date[k] and toks.tags[k] in ("N", "VBG") and self.is_event_noun(toks.lows[k])
                    and (best is None or abs(k - ti) < abs(best - ti))):
                best = k
        return best

    # ------------------------------------------------------------------ the document's own event

    def _main_group(self, toks: Tokens) -> VerbGroup | None:
        """The sentence's own verb: the first finite verb group outside quotes (not an -ing form) that
        none of the ``_dependent`` cases holds for; else the first finite one outside quotes."""
        cuts = clause_bounds(toks)
        quoted = _quoted(toks)
        first_finite = None
        for g in verb_groups(toks):
            if not g.finite or quoted[g.start] or toks.tags[g.start] == "VBG":
                continue
            if first_finite is None:
                first_finite = g
            if not self._dependent(toks, cuts, g):
                return g
        return first_finite

    def _dependent(self, toks: Tokens, cuts: list[int], g: VerbGroup) -> bool:
        """Whether the finite group ``g`` belongs to a part of the sentence other than its main clause:
        a subordinate clause, an infinitive, a participle set off by commas ("The match, first set for
        June, was moved"), or a participle inside an opening phrase or opening the sentence."""
        return (_in_subordinate_clause(toks, cuts, g)
                or _after_to(toks, g)
                or _lone_participle(toks, g) and self._appositive_of(toks, [False] * len(toks), g, g.start)
                or _participle_in_opening_phrase(toks, g)
                or _opening_participle_clause(toks, g)
                or _in_opening_adverbial(toks, g))

    def _infinitive_of_predicate(self, toks: Tokens, g: VerbGroup) -> VerbGroup:
        """"The bridge is due to reopen": for "be" + a predicate of the future + "to", the verb after
        "to" (when it is a group of its own); otherwise ``g``."""
        if toks.tags[g.head] == "BE" and g.end + 2 < len(toks) and toks.lows[g.end] in FUTURE_PREDICATES \
                and toks.lows[g.end + 1] == "to":
            return next((h for h in verb_groups(toks) if h.start == g.end + 2), g)
        return g

    # ------------------------------------------------------------------ descriptions

    def _drop_set(self, toks: Tokens, date: list[bool]) -> list[bool]:
        """Date tokens plus what only introduced them ("in", "at the start of", "'s").

        The same for every date of the sentence (``date`` marks them all): worked out once for the
        sentence's current mask. The result is shared: read it, never change it."""
        cached = toks.memo.get("drop_set")
        if cached is not None and cached[0] is date:
            return cached[1]
        drop = self._introducers_dropped(toks, date)
        toks.memo["drop_set"] = (date, drop)
        return drop

    def _introducers_dropped(self, toks: Tokens, date: list[bool]) -> list[bool]:
        """The date tokens and, for each run of them in text order, the words joined to it that only
        served the date (``_drop_after_date``, ``_drop_before_date``)."""
        n = len(toks)
        drop = list(date)
        i = 0
        while i < n:
            if not date[i]:
                i += 1
                continue
            a = i
            while i < n and date[i]:
                i += 1
            possessive = self._drop_after_date(toks, date, drop, i)
            self._drop_before_date(toks, date, drop, a, i, possessive)
        return drop

    def _drop_after_date(self, toks: Tokens, date: list[bool], drop: list[bool], i: int) -> bool:
        """Marks in ``drop`` what follows the date ending before token ``i`` and only served it: its
        "'s" ("after [Monday]'s vote"), and a word that only joins it to the next date ("[Monday] and
        [Tuesday]", "sat n sun"). Whether the date modifies the noun after it ("'s", "the jump in
        [first-half] profit"): then the preposition before it belongs to that noun."""
        tags, lows = toks.tags, toks.lows
        n = len(toks)
        possessive = i < n and (tags[i] == "POSS" or tags[i] == "N" and "-" in lows[i - 1])
        if possessive and tags[i] == "POSS":
            drop[i] = True
        if i + 1 < n and date[i + 1] and (tags[i] == "CC" or lows[i] in ("n", "&", "/")):
            drop[i] = True

        return possessive

    def _drop_before_date(self, toks: Tokens, date: list[bool], drop: list[bool], a: int, i: int,
                          possessive: bool) -> None:
        """Marks in ``drop`` what precedes the date ``a:i`` and only placed it: "all"/"whole" ("all
        morning"), a "to" between two dates ("from 2 to 6 May", not "a change to June's figures"), and
        unless the date modifies a noun, the prepositions, "late"/"early" and words of time that are not
        events before it ("at the end of", "late on Friday")."""
        tags, lows = toks.tags, toks.lows
        n = len(toks)
        k = a - 1
        if k >= 0 and tags[k] == "DET" and lows[k] in ("all", "whole"):
            drop[k] = True
            k -= 1
        j = i + 1 if i < n and tags[i] == "POSS" else i
        if k >= 0 and tags[k] == "TO" and not (j < n and tags[j] == "N"):
            drop[k] = True
            k -= 1
        while k >= 0 and not date[k] and not possessive:
            particle = k < a - 1 and lows[k] in _PARTICLES and k > 0 and tags[k - 1] in VERB_TAGS
            if tags[k] == "PREP" and not particle:
                drop[k] = True
                k -= 1
                continue
            if lows[k] in ("late", "early") and drop[k + 1] and not date[k + 1]:
                drop[k] = True  # "late on Friday": it only placed the date
                k -= 1
                continue
            if lows[k] in self._not_events and k > 0 and tags[k - 1] in ("DET", "PREP"):
                drop[k] = True  # "the end of", "the middle of": a stretch of time, not an event
                k -= 1
                while k >= 0 and tags[k] == "DET":
                    drop[k] = True
                    k -= 1
                continue
            break

    def _render(self, text: str, toks: Tokens, keep: list[int], head: int = -1) -> str:
        """The text of the ``keep`` tokens (joined by one space where tokens were left out), without
        words left hanging at either end; the ``head`` always stays."""
        tags = toks.tags
        while keep and keep[0] != head and tags[keep[0]] in _LEADING_DROP:
            keep.pop(0)
        while keep and keep[-1] != head and (
            (tags[keep[-1]] in _TRAILING_DROP and toks.words[keep[-1]] != "%")
            or tags[keep[-1]] in ("BE", "HAVE", "DO")
        ):
            last = keep[-1]
            if (tags[last] == "PREP" and toks.lows[last] in _PARTICLES and last - 1 in keep
                    and (last - 1 == head or tags[last - 1] in VERB_TAGS)):
                break  # "broke out", "were pulled down": the verb's particle, not a preposition left hanging
            keep.pop()
        if not keep:
            return ""
        # a comma or stop standing alone between kept stretches ("bored [today], n ...") says nothing
        keep = [k for k in keep if toks.words[k] not in (",", ";", "!", "?") or (k - 1 in keep and k + 1 in keep)]
        if not keep:
            return ""
        parts = []
        run_start = keep[0]
        prev = keep[0]
        for k in keep[1:]:
            if k != prev + 1:
                parts.append(text[toks.starts[run_start]:toks.ends[prev]])
                run_start = k
            prev = k
        parts.append(text[toks.starts[run_start]:toks.ends[prev]])
        return " ".join(parts).strip(_STRIP)

    def _forward(self, toks: Tokens, drop: list[bool], keep: list[int], k: int, ce: int,
                 stop_at_verb: bool = False, after_object: bool = False) -> None:
        """Append tokens from ``k`` to the clause end, stopping at punctuation or the word cap; with
        ``stop_at_verb`` (a relative clause) also at a finite verb after a noun, where the main clause
        goes on ("Storms that hit the coast [destroyed] 300 homes"); with ``after_object`` (a noun that is
        a preposition's object) at a finite verb right after a date or a modal or -s verb ("who scored
        in the finals [in 2019] retired"), not at a participle ("the deal reached in May")."""
        words = sum(1 for i in keep if toks.tags[i] not in ("P", "POSS"))

        def date_between(j: int) -> bool:
            after = j + 2 if j + 2 < len(toks) and toks.tags[j + 1] == "PREP" else j + 1
            return drop[j - 1] and after < len(toks) and drop[after] and lemma(toks.lows[j]) == "end"

        while k < ce and words < MAX_WORDS:
            t = toks.tags[k]
            if stop_at_verb and t in ("VBD", "VBDN", "VBZ", "MD", "VB") and k > 0 and (
                    toks.tags[k - 1] in ("N", "NP", "NUM") or drop[k - 1] and t in ("VB", "VBZ")) \
                    and not (k + 1 < len(toks) and toks.lows[k + 1] == "by"):
                break
            if after_object and k > 0 and (t in ("VBZ", "MD") or t in ("VBD", "VBDN") and drop[k - 1]):
                break
            if t in _PARTICIPLE and k > 0 and date_between(k):
                k += 1  # "[the half] ended [30 June]": part of the period's name, left out with it
                continue
            if t == "P" and toks.words[k] not in _INLINE_PUNCT and not drop[k] and not _abbreviation_dot(toks, k, ce):
                break
            if t == "CC" and k > 0 and drop[k - 1]:
                break  # "finished [last spring] and moved on": a new predicate
            if not drop[k]:
                keep.append(k)
                if t not in ("P", "POSS"):
                    words += 1
            k += 1
        if words >= MAX_WORDS and k < ce and not drop[k] and (
                toks.tags[k] in ("N", "NP", "NUM") or toks.tags[k] == "VBZ" and toks.tags[keep[-1]] == "N"):
            # cut by the cap inside a phrase ("... fired three coaches with long [careers]"; the tagger may
            # call such a plural a verb): end before the phrase's preposition, not on a dangling modifier
            for j in range(len(keep) - 1, max(len(keep) - 5, 0), -1):
                if toks.tags[keep[j]] == "PREP":
                    del keep[j:]
                    break

    def _describe_verb(self, text: str, toks: Tokens, date: list[bool], g: VerbGroup, cs: int, ce: int) -> str:
        """The verb group ``g`` with its subject (its own or a borrowed one, see ``_verb_subject``) and
        the words after it in the clause ``cs:ce``."""
        drop = self._drop_set(toks, date)
        tags = toks.tags
        gs = self._governing_start(toks, g, cs)
        relative = (cs > 0 and tags[cs] == "SUB" and toks.lows[cs] in _RELATIVE_SUBJECTS and gs > cs
                    and all(drop[i] for i in range(cs + 1, gs)))  # (a date between: "which now serves")
        keep = self._verb_subject(toks, drop, g, gs, cs, relative) + [i for i in range(gs, g.end) if not drop[i]]
        reduced = g.start == g.head and tags[g.head] == "VBN" and g.start > 0 and tags[g.start - 1] == "N"
        # (a participle after its noun, "warnings issued Sunday [remain]", stops at the main verb as a relative does)
        self._forward(toks, drop, keep, g.end, ce, stop_at_verb=relative or reduced)
        return self._render(text, toks, keep, g.head)

    def _governing_start(self, toks: Tokens, g: VerbGroup, cs: int) -> int:
        """Where the description of an infinitive starts: "The vote is expected to take place": at the
        verbs and future predicates governing "to" ("is expected"); else at the group itself."""
        tags, lows = toks.tags, toks.lows
        gs = g.start
        while gs - 1 > cs and tags[gs - 1] == "TO":
            j = gs - 2
            while j >= cs and (
                tags[j] in VERB_TAGS or tags[j] in AUX_TAGS or tags[j] in ("ADV", "NEG")
                or lows[j] in FUTURE_PREDICATES
            ):
                j -= 1
            if j == gs - 2:
                break
            gs = j + 1
        return gs

    def _verb_subject(self, toks: Tokens, drop: list[bool], g: VerbGroup, gs: int, cs: int,
                      relative: bool) -> list[int]:
        """The subject of the verb group ``g`` (described from ``gs``): its own noun phrase, else the
        noun before an infinitive's "to", else one borrowed: a relative pronoun's antecedent, the noun a
        participle describes, the subject of the verb before "and", the noun before an apposition."""
        return (self._subject(toks, drop, gs, cs, g.finite)
                or self._infinitive_subject(toks, drop, gs, cs)
                or (self._antecedent(toks, drop, cs) if relative else None)
                or self._appositive_of(toks, drop, g, gs)
                or (self._coordinated_subject(toks, drop, gs, cs) if g.finite else [])
                or self._across_apposition(toks, drop, gs, cs))

    def _infinitive_subject(self, toks: Tokens, drop: list[bool], gs: int, cs: int) -> list[int]:
        """"They want the council to approve the plan by June": the noun phrase between a verb and the
        "to" of the infinitive at ``gs``, with the "to"."""
        tags = toks.tags
        if not (gs - 1 > cs and tags[gs - 1] == "TO"):
            return []
        np = []
        k = gs - 2
        while k >= cs and tags[k] in _NP_TAGS and not drop[k] and len(np) < MAX_SUBJECT:
            np.insert(0, k)
            k -= 1
        if np and tags[np[-1]] in ("N", "NP") and k >= cs and tags[k] in VERB_TAGS:
            return np + [gs - 1]
        return []

    def _subject(self, toks: Tokens, drop: list[bool], gs: int, cs: int, finite: bool = True) -> list[int]:
        """The noun phrase just before the verb group starting at ``gs``, within the clause: its
        modifiers with "of", "and" or another preposition ("Delays on the line between the two cities");
        when that is too long, its head (see ``_shortened``)."""
        tags = toks.tags
        adverbs = []  # "it still works": adverbs between the subject and its verb stay with the subject
        while gs - 1 > cs and _mid_adverb(toks, gs - 1) and not drop[gs - 1] and len(adverbs) < 2:
            gs -= 1
            adverbs.insert(0, gs)
        k, subject = self._subject_words(toks, drop, gs, cs, finite)
        if not subject or tags[subject[-1]] not in ("N", "NP", "PRON", "NUM"):
            adverbs = []
        subject = self._subject_phrase(toks, drop, k, subject, cs, finite)
        return subject + adverbs if subject else []

    def _subject_phrase(self, toks: Tokens, drop: list[bool], k: int, subject: list[int], cs: int,
                        finite: bool) -> list[int]:
        """``_subject`` once the words are gathered: an antecedent for a relative's adjunct, the last
        object after a verb or a preposition, a long phrase shortened."""
        tags = toks.tags
        if subject and k > cs and tags[k] == "PREP" and tags[k - 1] in VERB_TAGS:
            # "Players who scored in two of the finals retired": the words before the verb are the adjunct of
            # a relative clause's verb; the subject is what the relative pronoun stands for
            j = _back_over(tags, k - 2, cs, ("ADV", "NEG", "BE", "HAVE", "DO", "MD"))
            if j > 0 and tags[j] == "SUB" and toks.lows[j] in _RELATIVE_SUBJECTS and toks.words[j - 1] != ",":
                antecedent = self._noun_phrase_before(toks, drop, j - 1, anywhere=True)
                if antecedent:
                    return antecedent
        if k >= cs and tags[k] in VERB_TAGS and lemma(toks.lows[k]) in _SAYING and subject \
                and tags[subject[0]] not in ("PREP", "CC"):
            pass  # "said its deficit for the half narrowed": the subject of the clause reported, whole
        elif k >= cs and (tags[k] in VERB_TAGS or tags[k] in AUX_TAGS or tags[k] == "PREP"):
            subject = self._last_object(toks, subject)
        if len(subject) > MAX_SUBJECT:
            subject = self._shortened(toks, subject, finite)
        while subject and tags[subject[0]] in ("PREP", "CC"):
            subject.pop(0)
        return subject

    def _subject_words(self, toks: Tokens, drop: list[bool], gs: int, cs: int,
                       finite: bool) -> tuple[int, list[int]]:
        """Walking back from the verb at ``gs``: the words of the phrase before it (in text order) and
        the index where the walk stopped. It goes over nouns, determiners, pronouns and what joins
        them ("of", "and", and before a finite verb any preposition but a temporal one), and stops
        where two phrases meet ("after the match with the visitors [the coach] resigned", "the prize
        [we] won"), but not inside a name with "the" ("Peter the Great")."""
        tags, lows = toks.tags, toks.lows
        k = gs - 1
        subject: list[int] = []
        while k >= cs:
            t = tags[k]
            if drop[k]:
                k -= 1
                continue
            if t == "ADV" and subject and k - 1 >= cs and tags[k - 1] in ("DET", "POSS") and tags[k + 1] == "N":
                subject.append(k)  # "the usually weak half": an adverb inside the phrase
                k -= 1
                continue
            if t in _SUBJECT_TAGS:
                if subject and self._phrases_meet(toks, subject, t):
                    break
                subject.append(k)
                k -= 1
                continue
            if ((lows[k] in ("of", "and") or finite and t == "PREP" and lows[k] not in TEMPORAL_PREPOSITIONS)
                    and k - 1 >= cs and tags[k - 1] in _NP_TAGS and not drop[k - 1]):
                subject.append(k)
                k -= 1
                continue
            break
        subject.reverse()
        return k, subject

    @staticmethod
    def _phrases_meet(toks: Tokens, subject: list[int], t: str) -> bool:
        """Whether a word tagged ``t`` before the ``subject`` gathered so far (in reverse) ends another
        phrase: the subject opens with a determiner (and ``t`` is no determiner, nor a name's first
        part before "the"), or with a pronoun other than "us"."""
        tags = toks.tags
        last = subject[-1]
        name = t == "NP" and len(subject) == 2 and tags[subject[0]] == "NP"
        return (tags[last] == "DET" and t != "DET" and not name
                or tags[last] == "PRON" and toks.lows[last] != "us")

    @staticmethod
    def _last_object(toks: Tokens, subject: list[int]) -> list[int]:
        """A phrase after a verb or a preposition is an object ("players who scored in two of the
        finals"): only what follows its last preposition other than "of" ("two of the finals")."""
        cut = [n for n, i in enumerate(subject) if toks.tags[i] == "PREP" and toks.lows[i] != "of"]
        return subject[cut[-1] + 1:] if cut else subject

    @staticmethod
    def _shortened(toks: Tokens, subject: list[int], finite: bool) -> list[int]:
        """A subject over ``MAX_SUBJECT`` words: before a finite verb its head phrase, up to the first
        preposition ("Delays on the line between the two cities" -> "Delays"), or for a quantity what
        follows "of" ("half of the shops on the main street" -> "the shops on the main street"); else
        its last words."""
        tags, lows = toks.tags, toks.lows
        head = []
        for i in subject:
            if tags[i] == "PREP":
                break
            head.append(i)
        if head and (tags[head[-1]] == "NUM" or lows[head[-1]] in _QUANTITIES):
            of = next((n for n, i in enumerate(subject) if lows[i] == "of"), len(subject))
            head = subject[of + 1:]
        return head if finite and 0 < len(head) <= MAX_SUBJECT else subject[-MAX_SUBJECT:]

    def _noun_phrase_before(self, toks: Tokens, drop: list[bool], k: int, anywhere: bool = False,
                            after_verb: bool = False) -> list[int]:
        """A whole noun phrase ending at ``k`` that opens its sentence or clause, not a verb's or
        preposition's object (``anywhere``: wherever it stands; ``after_verb``: also after a verb); at
        most ``MAX_SUBJECT`` words; empty when there is none."""
        tags = toks.tags
        j = k
        while j >= 0 and (tags[j] in _NP_TAGS or drop[j] and tags[j] != "P") and k - j < MAX_SUBJECT:
            j -= 1
        phrase = [i for i in range(j + 1, k + 1) if not drop[i]]
        if not phrase or tags[phrase[-1]] not in ("N", "NP", "NUM"):
            return []
        if j >= 0 and not anywhere and not (tags[j] == "SUB" or tags[j] == "P" and toks.words[j] in _PHRASE_OPENERS
                                            or after_verb and tags[j] in VERB_TAGS
                                            or drop[j] or toks.words[j] == "," and j > 0 and drop[j - 1]):
            # (after a date: "On 9 March the mayor", "In 1850, the general")
            return []  # the object of a verb or a preposition ("rose 3 percent, ending ..."), not a subject
        while phrase and tags[phrase[0]] not in ("DET", "POSS", "N", "NP", "NUM"):
            phrase.pop(0)
        return phrase

    def _antecedent(self, toks: Tokens, drop: list[bool], cs: int) -> list[int]:
        """"Storms that hit the coast", "The festival, which was cancelled": the noun a relative
        pronoun stands for, with the pronoun."""
        k = cs - 1
        comma = k >= 0 and toks.words[k] == ","
        if comma:
            k -= 1
        # an object may have a relative too: "stopped a man who ran", "to my uncle who turned 60"
        phrase = self._noun_phrase_before(toks, drop, k, anywhere=True) if k >= 0 else []
        if not phrase:
            return []
        p = phrase[0] - 1
        if p > 0 and toks.tags[p] == "PREP" and toks.lows[p] not in TEMPORAL_PREPOSITIONS and not drop[p]:
            # "Voters in the north, who ...": the head the prepositional phrase belongs to, when it opens the clause
            head = self._noun_phrase_before(toks, drop, p - 1)
            if head and len(head) + len(phrase) < MAX_SUBJECT and (
                    head[0] == 0 or toks.words[head[0] - 1] == "," or toks.tags[head[0] - 1] == "SUB"):
                phrase = head + [p] + phrase
        return phrase + ([cs - 1] if comma else []) + [cs]

    def _appositive_of(self, toks: Tokens, drop: list[bool], g: VerbGroup, gs: int) -> list[int]:
        """"The museum, founded in 1887, ...", "The president, speaking on Monday, ...": a participle
        set off by a comma after the noun it describes; the noun, the comma and adverbs between."""
        tags = toks.tags
        if gs < g.start:  # "told to leave in 1990": the participle that governs the infinitive
            if tags[gs] not in _PARTICIPLE:
                return []
            nxt = gs + 1
        else:
            if not _lone_participle(toks, g, _PARTICIPLE) or g.end >= len(toks):
                return []
            nxt = g.end
        after = nxt
        while after < len(toks) and drop[after] and tags[after] != "PREP":
            after += 1
        if (not (drop[nxt] or tags[nxt] in ("PREP", "ADV", "P", "TO"))
                or after > nxt and after < len(toks) and tags[after] == "N"):
            # "sold shares, bought bonds", "reported first-half sales": a verb with its object
            return []
        k = _back_over(tags, gs - 1, 0, ("ADV",))
        if k < 1 or toks.words[k] != ",":
            return []
        j = k - 1
        while j > 0 and toks.words[j] != "," and tags[j] != "SUB":
            j -= 1
        if tags[j] == "SUB" and toks.lows[j] in _RELATIVE_SUBJECTS and j > 0 and toks.words[j - 1] == ",":
            return []  # "The general, who led the guard, plotted": the verb after a relative set off by commas
        advs = list(range(k + 1, gs))
        # "said the rover, landed in 2021, ...", "sold the house, built in 1950": a past participle may
        # describe an object; an -ing form after an object is the clause's own ("rose 3%, ending ...")
        h = gs if gs < g.start else g.head
        participle = tags[h] in _PAST_PARTICIPLE and toks.lows[h] != "compared"
        phrase = self._noun_phrase_before(toks, drop, k - 1, after_verb=participle)
        return phrase + [k] + advs if phrase else []

    def _across_apposition(self, toks: Tokens, drop: list[bool], gs: int, cs: int) -> list[int]:
        """"The museum, founded in 1887, reopened", "Ms Varga, 54, was elected": the subject before a
        phrase set off by two commas."""
        tags, words = toks.tags, toks.words
        k = _back_over(tags, gs - 1, cs, ("ADV",))
        if k < max(cs - 1, 1) or words[k] != ",":
            return []  # (the clause may start after the comma: "..., which opens on Friday, | was")
        j = k - 1
        finite = False
        while j > 0 and k - j <= 16 and words[j] != "," and (drop[j] or tags[j] not in ("SUB", "CC", "P", "MD")):
            finite = finite or tags[j] in ("VBD", "VBZ", "BE", "HAVE")
            j -= 1
        if tags[j] == "SUB" and toks.lows[j] in _RELATIVE_SUBJECTS and j > 0 and words[j - 1] == ",":
            j -= 1  # "The fee, which rises on Friday, was set"
        elif finite:
            return []  # a clause of its own between the commas, not a phrase set off
        if j <= 0 or words[j] != "," or j == k - 1:
            return []
        # the noun before the phrase set off has the verb after it, also after a verb of saying ("said the
        # rover, landed ..., stopped")
        phrase = self._noun_phrase_before(toks, drop, j - 1, after_verb=True)
        if (phrase and phrase[0] > 0 and tags[phrase[0] - 1] in VERB_TAGS
                and lemma(toks.lows[phrase[0] - 1]) not in _SAYING):
            return []  # "toured Chile, in 2010 and 2014, said": an object, not a subject
        return phrase

    def _coordinated_subject(self, toks: Tokens, drop: list[bool], gs: int, cs: int) -> list[int]:
        """"The plant was built in the 1970s and closed in 2009": a verb joined by "and", "or" or "but"
        has the subject of the verb before it."""
        tags = toks.tags
        k = _back_over(tags, gs - 1, cs + 1, ("ADV",))
        if k != cs or cs == 0 or tags[cs] != "CC":
            return []
        cuts = clause_bounds(toks)
        pcs, _ = clause_of(cuts, len(toks), cs - 1)
        for g in verb_groups(toks):  # "Raised in 1950, Hale moved ... and opened": the first verb with a subject
            if pcs <= g.start < cs:
                subject = self._subject(toks, drop, g.start, pcs) or self._across_apposition(toks, drop, g.start, pcs)
                while subject and tags[subject[-1]] in ("ADV", "NEG"):
                    subject = subject[:-1]  # (the other verb's adverbs are its own: "they then marched")
                if subject:
                    return subject
        return []

    def _describe_noun(self, text: str, toks: Tokens, date: list[bool], h: int, cs: int, ce: int) -> str:
        """The event noun ``h`` with its determiner and modifiers and the words after it in the clause."""
        drop = self._drop_set(toks, date)
        tags = toks.tags
        k = h - 1
        while k >= cs and (tags[k] in _NP_TAGS or date[k] or toks.words[k] in _CURRENCY or toks.words[k] == "%") \
                and h - k <= MAX_SUBJECT:
            k -= 1  # (with a currency or per cent sign: "a $20 million loss", "a 10% cut")
        keep = [i for i in range(k + 1, h + 1) if not drop[i]]
        # an object ("scored in the finals [in 2019] retired") stops where the sentence's verb follows it
        self._forward(toks, drop, keep, h + 1, ce, after_object=k >= cs and tags[k] == "PREP")
        return self._render(text, toks, keep, h)

    def _fallback(
        self, text: str, toks: Tokens, cs: int, ce: int, sent: Span, date: list[bool] | None = None
    ) -> str:
        """A description without a trigger: the clause's words without the dates, else the sentence."""
        if date is not None and ce > cs:
            drop = self._drop_set(toks, date)
            keep = [i for i in range(cs, ce) if not drop[i]]
            desc = self._render(text, toks, keep[: MAX_WORDS * 2])
            if desc:
                return desc
        return sent.text.strip(_STRIP) or sent.text or text.strip() or "event"
