"""Which event does a date date? A trigger word (event noun or verb) plus a short description.

``EventFinder.find`` works on the date's clause, in this order (first match wins):

1. *Pre-modified event noun*: the date sits inside a noun phrase before an event noun
   ("the March strike", "their spring offensive", "last week's vote").
2. *Noun the date's phrase attaches to*: walking back from the date over nouns, determiners,
   prepositions and "and" without crossing a verb, the nearest event noun
   ("the flooding of the old town and its harbour in May 2019", "the sinking of the ferry ten years
   ago"). Proper names ("the Arab Spring") and stretches of time ("the start of") do not count, nor a
   long state that is a verb's object ("rejoined the alliance in 1955": the rejoining has the date).
3. *List item*: a date alone before a colon ("- 5 May: nominations close") dates what follows the
   colon: the item's first verb group, else step 5 on the item.
4. *Verb*: the verb group before the date in the clause ("the tour she began in June 2021",
   "as their parents did in 1990"), else the first one after it ("On Monday the talks collapsed");
   a clause without a verb borrows the sentence's nearest one ("Late that night, the mayor
   resigned"). A bare "was"/"is" gives way to an event noun in its subject ("The wedding was on
   Saturday").
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
    FUTURE_PREDICATES,
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
# Heads of a subject that only count what follows "of"
_QUANTITIES = frozenset({"percent", "%", "part", "most", "some", "many", "all", "none", "one", "each", "half",
                         "majority", "minority", "number", "dozens", "hundreds", "thousands", "millions", "rest",
                         "two", "three", "four", "five", "several", "both", "either", "neither", "any", "much"})
# Event nouns of long states: as a verb's object, the date dates the verb ("declared war in 1914")
_STATE_NOUNS = frozenset({"war", "wars", "rule", "reign", "regime", "occupation", "era", "conflict", "hostilities",
                          "independence", "alliance", "crisis", "exile"})
# Verbs whose object may be the subject of a clause ("said the satellite ... stopped")
_SAYING = frozenset({"say", "said", "report", "announce", "state", "claim", "add", "note", "believe", "think", "know",
                     "knew", "expect", "fear", "warn", "show", "find", "found", "suggest", "insist", "confirm"})
# Relative pronouns that stand for the subject of their clause ("the man who fled")
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
# Particles that stay after their verb when the date after them is dropped ("broke out", "pulled down")
_PARTICLES = frozenset({"out", "down", "up", "off", "away", "back", "over"})


def _load() -> tuple[frozenset[str], frozenset[str]]:
    with open(_LEXICON, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    nouns = frozenset(str(w).lower() for group in data["event_nouns"].values() for w in group)
    not_events = frozenset(str(w).lower() for w in data["not_events"])
    return nouns, not_events


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
        self._nouns, self._not_events = _load()

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
            return self._noun_event(text, toks, date, h, cs, ce, sent)
        if self._bare_list_item(toks, date, cs, ce):
            # step 3: the item after the colon, its first verb group described within the item
            cs, ce = ce + 1, next((c for c in cuts if c > ce), n)
            g = next((g for g in groups if cs <= g.start < ce), None)
            return self._verb_noun_or_words(text, toks, date, sent, g, (cs, ce), cs, cs, ce)
        g = self._verb(toks, groups, ti, tj, cs, ce)  # step 4
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
        """The event of verb group ``g``, described within the clause ``cs:ce``."""
        return self._event(text, toks, g.head, self._describe_verb(text, toks, date, g, cs, ce), cs, ce, sent)

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
        h = self._attached_noun(toks, date, ti, cs)
        if h is not None and self._state_object(toks, h, cs):
            return None
        return h

    def _premodified(self, toks: Tokens, date: list[bool], ti: int, tj: int, cs: int, ce: int) -> int | None:
        """"the March strike", "their spring offensive", "last week's vote": the last event noun among the
        few nouns right after the date (a capitalised one only after another: "the 2019 Nato Summit")."""
        tags, lows = toks.tags, toks.lows
        before = tags[ti - 1] if ti > cs else "^"
        k = tj
        possessive = k < ce and tags[k] == "POSS"
        if possessive:
            k += 1
        if before not in ("^", "DET", "POSS", "PREP") and not possessive:
            return None
        best = None
        limit = min(ce, k + 4)
        while k < limit and not date[k]:
            t = tags[k]
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
            if t not in _NOUN_WALK and not (t == "VBG" and self.is_event_noun(lows[k])):
                return None
            if t in ("N", "VBG") and self.is_event_noun(lows[k]):
                return k
            if t == "N" and lows[k].endswith("ing") and k > cs and tags[k - 1] in ("DET", "POSS") and (
                k + 1 < len(tags) and lows[k + 1] == "of"
            ):
                return k  # a nominal gerund: "the bombing of the port"
            k -= 1
        return None

    def _state_object(self, toks: Tokens, h: int, cs: int) -> bool:
        """Whether event noun ``h`` names a long state ("war", "rule") and is the object of the verb just
        before its phrase ("declared war", "rejoined the war", "ended their rule")."""
        if toks.lows[h] not in _STATE_NOUNS:
            return False
        k = _back_over(toks.tags, h - 1, cs, ("DET", "POSS", "N", "NUM"))
        return k >= cs and toks.tags[k] in ("VBD", "VBDN", "VBZ", "VB", "VBN")

    def _bare_list_item(self, toks: Tokens, date: list[bool], cs: int, ce: int) -> bool:
        """Whether the date's clause is only the date (and list marks) and a colon follows it."""
        if ce + 1 >= len(toks) or toks.words[ce] != ":" or toks.starts[ce + 1] == toks.ends[ce]:
            return False  # not the colon of a clock time ("19:00")
        return all(date[k] or toks.tags[k] in ("P", "PREP") for k in range(cs, ce))

    def _verb(self, toks: Tokens, groups: list[VerbGroup], ti: int, tj: int, cs: int, ce: int) -> VerbGroup | None:
        """The verb group of step 4: around the date, else the last before it in its clause, else the
        first after it, else the nearest outside the clause (later ones first)."""
        around = [g for g in groups if g.start < ti and g.end >= tj and g.start >= cs]
        if around:
            return around[-1]  # "are now hiring", "will today announce": the date inside the verb group
        before = [g for g in groups if g.end <= ti and g.start >= cs]
        if before:
            g = before[-1]
            if (len(before) > 1 and g.start == g.head and toks.tags[g.head] == "VBG" and before[-2].end == g.start
                    and before[-2].finite and lemma(toks.lows[before[-2].head]) in _ASPECTUAL):
                return before[-2]  # "stopped sending data on March 2": the date dates the stopping
            return g
        after = [g for g in groups if g.start >= tj and g.end <= ce]
        if after:
            return after[0]
        later = [g for g in groups if g.start >= ce]
        if later:
            return later[0]
        earlier = [g for g in groups if g.end <= cs]
        return earlier[-1] if earlier else None

    def _copula_subject(self, toks: Tokens, date: list[bool], g: VerbGroup, cs: int) -> int | None:
        """For a lone "was"/"is", an event noun heading its subject ("The wedding was on Saturday")."""
        if toks.tags[g.head] != "BE" or g.end - g.start != 1:
            return None
        k = g.start - 1
        while k >= cs and (toks.tags[k] in _SUBJECT_TAGS or date[k]):
            if not date[k] and toks.tags[k] == "N" and self.is_event_noun(toks.lows[k]):
                return k
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
                or _opening_participle_clause(toks, g))

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
                 stop_at_verb: bool = False) -> None:
        """Append tokens from ``k`` to the clause end, stopping at punctuation or the word cap; with
        ``stop_at_verb`` (a relative clause) also at a finite verb after a noun, where the main clause
        goes on ("Storms that hit the coast [destroyed] 300 homes")."""
        words = sum(1 for i in keep if toks.tags[i] not in ("P", "POSS"))
        while k < ce and words < MAX_WORDS:
            t = toks.tags[k]
            if stop_at_verb and t in ("VBD", "VBDN", "VBZ", "MD", "VB") and k > 0 and (
                    toks.tags[k - 1] in ("N", "NP", "NUM") or drop[k - 1] and t in ("VB", "VBZ")) \
                    and not (k + 1 < len(toks) and toks.lows[k + 1] == "by"):
                break
            if t == "P" and toks.words[k] not in _INLINE_PUNCT and not drop[k]:
                break
            if t == "CC" and k > 0 and drop[k - 1]:
                break  # "finished [last spring] and moved on": a new predicate
            if not drop[k]:
                keep.append(k)
                if t not in ("P", "POSS"):
                    words += 1
            k += 1

    def _describe_verb(self, text: str, toks: Tokens, date: list[bool], g: VerbGroup, cs: int, ce: int) -> str:
        """The verb group ``g`` with its subject (its own or a borrowed one, see ``_verb_subject``) and
        the words after it in the clause ``cs:ce``."""
        drop = self._drop_set(toks, date)
        tags = toks.tags
        gs = self._governing_start(toks, g, cs)
        relative = cs > 0 and tags[cs] == "SUB" and toks.lows[cs] in _RELATIVE_SUBJECTS and gs == cs + 1
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
                or self._coordinated_subject(toks, drop, gs, cs)
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
        k, subject = self._subject_words(toks, drop, gs, cs, finite)
        if k >= cs and (tags[k] in VERB_TAGS or tags[k] in AUX_TAGS or tags[k] == "PREP"):
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
                                            or after_verb and tags[j] in VERB_TAGS):
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
            # "sold shares, bought bonds", "reported third-quarter sales": a verb with its object
            return []
        k = _back_over(tags, gs - 1, 0, ("ADV",))
        if k < 1 or toks.words[k] != ",":
            return []
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
                if subject:
                    return subject
        return []

    def _describe_noun(self, text: str, toks: Tokens, date: list[bool], h: int, cs: int, ce: int) -> str:
        """The event noun ``h`` with its determiner and modifiers and the words after it in the clause."""
        drop = self._drop_set(toks, date)
        tags = toks.tags
        k = h - 1
        while k >= cs and (tags[k] in _NP_TAGS or date[k]) and h - k <= MAX_SUBJECT:
            k -= 1
        keep = [i for i in range(k + 1, h + 1) if not drop[i]]
        self._forward(toks, drop, keep, h + 1, ce)
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
