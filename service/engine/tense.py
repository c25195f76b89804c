"""The tense of the clause that holds a date ("will meet on Monday" -> future).

The resolver uses it to pick the year of "June" or the week of "Monday" relative to the reference
date, so this module prefers ``None`` to a guess: modals such as "could" or "ought", a past verb
with a "to" complement ("promised to visit in June") and clauses without a finite verb give ``None``
unless a neighbouring clause of the same sentence settles it. "would" looks ahead of a saying that is past
or now ("said repairs would start in June", written in July, is next June), except for a possessive date,
which keeps its own time ("would look for ways around Wednesday's ruling").
"""
from __future__ import annotations

from .clauses import (FUTURE_PARTICIPLES, FUTURE_PREDICATES, FUTURE_VERBS, SCHEDULE_VERBS, TEMPORAL_PREPOSITIONS,
                      WEEKDAY_NAMES, Tokens, VerbGroup, clause_bounds, clause_of, lemma, tag, verb_groups)


def _after_to(toks: Tokens, g: VerbGroup) -> bool:
    return g.start > 0 and toks.tags[g.start - 1] == "TO"


def _expects_object_to(toks: Tokens, gov: VerbGroup, g: VerbGroup) -> bool:
    """An "expect/want/urge/ask ..." whose object (a short noun phrase) is to do ``g`` later."""
    gap = g.start - 1 - gov.end
    return (1 <= gap <= 6 and gov.tense in ("present", "past") and gov.finite
            and lemma(toks.lows[gov.head]) in _EXPECT_OBJECT
            and all(t in _NOMINAL or t == "PRON" for t in toks.tags[gov.end:g.start - 1]))


def _resolve(toks: Tokens, groups: list[VerbGroup], k: int, object_side: bool = False) -> tuple[bool, str | None]:
    """Tense for group ``groups[k]``: (decided, tense). Undecided groups let the search go on."""
    g = groups[k]
    if _after_to(toks, g):
        # An infinitive: the verb before "to" decides ("is expected to sign", "plans to visit").
        if k > 0 and _expects_object_to(toks, groups[k - 1], g):
            # "expects the deal to close on Monday": ahead; "asked the firm to reply by Saturday": ahead of the
            # asking, maybe still ahead
            return True, ("future" if groups[k - 1].tense == "present" else None)
        if g.start >= 2 and toks.tags[g.start - 2] == "N" and toks.lows[g.start - 2] in _PLAN_NOUNS:
            return True, None  # "a plan to cut 6,000 jobs by year end": the plan's time, not the clause's
        if (g.start >= 2 and toks.tags[g.start - 2] == "N" and toks.lows[g.start] == "be" and g.head > g.start
                and toks.lows[g.head] in _HELD):
            return True, "future"  # "a launch to be held on Oct. 12": an arrangement still ahead
        if k == 0:
            if _headline_infinitive(toks, groups, g):
                return True, "future"  # "Nurses to strike on Monday", "Firm to cut 500 jobs in May": a headline's plan
            return False, None
        gov = groups[k - 1]
        pred = gov.end
        while pred < g.start - 1 and toks.tags[pred] == "ADV":
            pred += 1  # "was already planning to go": the adverb does not part the predicate from its verb
        gap = g.start - 1 - pred
        if gap > 1 or (gap == 1 and toks.lows[pred] not in FUTURE_PREDICATES):
            return False, None
        if gov.tense == "future":
            return True, "future"
        if gap == 0 and gov.start == gov.head and toks.tags[gov.head] == "BE":
            # "is to resume trading Tuesday": an arrangement, ahead; "was to resume": undecided
            return True, ("future" if gov.tense == "present" else None)
        if gap == 1 and gov.tense == "past":
            return True, None  # "were planning to drive there on Monday": planned then, maybe still ahead
        if gap == 0 and gov.tense == "past" and gov.head != gov.start and toks.lows[gov.head] in FUTURE_PREDICATES:
            return True, None  # "had been set to expire March 3", "was expected to sign Monday": ahead then, maybe still
        if lemma(toks.lows[gov.head]) in FUTURE_VERBS or toks.lows[gov.head] == "going":
            return True, ("future" if gov.tense == "present" else None)
        if gov.start == gov.head and toks.tags[gov.head] in ("VBDN", "VBN") and toks.lows[gov.head] in FUTURE_PREDICATES:
            return True, "future"  # a reduced relative: "the talks, set to resume Monday"
        return gov.finite, gov.tense
    if not g.finite:
        return False, None
    if (g.tense == "present" and g.end < len(toks) and toks.lows[g.end] == "to"
            and lemma(toks.lows[g.head]) in FUTURE_VERBS):
        return True, "future"  # "On Tuesday, the union plans to announce its vote": the plan is ahead
    if g.tense == "present" and g.start == g.head and toks.lows[g.head] in SCHEDULE_VERBS:
        return True, "future"  # "the offer expires Monday", "talks resume on Tuesday": a timetable, one word
    if object_side and g.tense == "past" and toks.lows[g.head] in _ARRANGE:
        return True, None  # "planned a rally on Saturday": the thing arranged may still be ahead
    return True, g.tense


def _headline_infinitive(toks: Tokens, groups: list[VerbGroup], g: VerbGroup) -> bool:
    """A sentence of a subject and "to" + verb, no finite verb anywhere and no final stop: a headline
    telling what is to happen."""
    s = g.start - 1  # the "to"
    if s < 1 or toks.tags[s - 1] not in ("N", "NP") or any(h.finite and not _after_to(toks, h) for h in groups):
        return False
    if toks.words[-1] in (".", "?", "!") or any(t in ("PREP", "SUB", "VBG") for t in toks.tags[:s]):
        return False  # a sentence, or "Plans for talks to resume ..."
    return all(t in ("N", "NP", "DET", "NUM", "POSS", "P", "CC") for t in toks.tags[:s])


_HELD = frozenset({"held", "staged", "convened", "hosted", "played"})
# verbs whose object is to act later: "expects the deal to close", "urges the council to vote"
_EXPECT_OBJECT = frozenset({"expect", "want", "need", "urge", "ask", "require", "force", "order", "allow"})
_ARRANGE = frozenset({"planned", "scheduled"})
# Nouns whose "to"-infinitive names an action planned or agreed: its date is the plan's, not the clause's
_PLAN_NOUNS = frozenset({"plan", "plans", "agreement", "agreements", "offer", "offers", "bid", "bids", "deal",
                         "proposal", "proposals", "pledge", "promise", "commitment", "decision", "intention",
                         "deadline", "target", "goal", "program", "programme", "effort", "efforts"})
_DEFER = frozenset({"extend", "postpone", "delay", "defer", "adjourn", "give", "suspend", "push", "move"})


def _deferred_until(toks: Tokens, g: VerbGroup, ti: int) -> bool:
    """"extended the offer until 5 p.m. Friday", "postponed the vote until Monday": a deadline
    moved to a day ahead, whatever the tense of the moving."""
    if lemma(toks.lows[g.head]) not in _DEFER and toks.lows[g.head] not in ("given", "extended", "delayed"):
        return False
    # "until", or the new end or date itself: "extended the loans through January", "postponed the
    # vote to Monday", "delayed the launch into 2024"
    return any(w in ("until", "till") for w in toks.lows[g.end:ti]) or (
        ti > 0 and toks.lows[ti - 1] in ("through", "thru", "to", "into"))


_NOMINAL = ("N", "NP", "NUM", "DET", "POSS", "PREP", "CC", "VBG")


def _inside_event_phrase(toks: Tokens, ti: int) -> str | None:
    """The date dates a noun inside an "after/before/since ..." phrase ("safe after the poisoning of
    X in March"): the clause's verb says nothing about when that noun happened. Returns the
    preposition(s) seen, "since" first when present (what follows "since" is past)."""
    k = ti - 1
    immediate = True
    found = None
    while k >= 0 and toks.tags[k] in _NOMINAL + ("ADV",):
        low = toks.lows[k]
        if toks.tags[k] == "ADV":
            if found is None:
                break
        elif low in TEMPORAL_PREPOSITIONS and not immediate:
            found = found or low
            if low == "since":
                return "since"
        if toks.tags[k] != "PREP":
            immediate = False
        k -= 1
    return found


def _after_effective(toks: Tokens, ti: int) -> bool:
    """"named a new chief, effective Feb. 1": the date of a change announced, by the verb's tense
    in the past, is as often still ahead; the nearest such date is the better guess."""
    k = ti - 1
    if k >= 0 and toks.lows[k] in ("on", "from"):
        k -= 1
    if k >= 1 and toks.lows[k] == "of" and toks.lows[k - 1] == "as":
        k -= 2
    return k >= 0 and toks.lows[k] in ("effective", "effectively")


def _payable(toks: Tokens, ti: int) -> bool:
    """"payable Jan. 15 to stock of record Dec. 20": the dates of a dividend or payment being
    declared, which lie ahead of the declaring, whatever its tense."""
    k = ti - 1
    if k >= 0 and toks.lows[k] in ("on", "as"):
        k -= 1
    if k >= 1 and toks.lows[k] == "due" and toks.tags[k - 1] in ("N", "NP", "NUM", "P"):
        return True  # "notes due Dec. 1", "the bonds, due June 30": a maturity ahead of the issuing
    return k >= 0 and (toks.lows[k] == "payable" or toks.lows[k] == "record" and k >= 1 and toks.lows[k - 1] == "of")


def tense_in(toks: Tokens, ti: int, tj: int, groups: list[VerbGroup] | None = None) -> str | None:
    """Tense governing the timex tokens ``[ti, tj)`` of an already tagged sentence."""
    n = len(toks)
    if ti >= tj or ti >= n:
        return None
    if ti >= 3 and toks.lows[ti - 3] == "as" and toks.lows[ti - 2] in ("soon", "early") and toks.lows[ti - 1] == "as":
        return "future"  # "could leave as soon as Tuesday, he said", "as early as Tuesday": the earliest of days ahead
    event_prep = _inside_event_phrase(toks, ti)
    if event_prep == "since":
        return "past"  # "searching for him since the Oct. 23 shooting"
    if (1 < ti and tj < n and toks.tags[ti - 2] == "PREP" and toks.tags[ti - 1] == "DET" and toks.tags[tj] == "N"
            and not (ti == 2 and toks.lows[ti] in WEEKDAY_NAMES)):
        # a date premodifying a noun in a phrase ("under a June agreement"); not a weekday opening the
        # sentence ("In its Friday issue, the paper quoted ..."): the day of what the sentence tells
        return None
    if _payable(toks, ti):
        return "future"
    if _after_effective(toks, ti):
        return None
    if groups is None:
        groups = verb_groups(toks)
    if event_prep:
        # what happened "after" something in a past clause happened before it, and was past too
        # ("crashed shortly after takeoff on Sunday"); other phrases leave the date undecided
        if event_prep in ("after", "following") and _clause_tense(toks, ti, tj, groups) == "past":
            return "past"
        return None
    tense = _clause_tense(toks, ti, tj, groups)
    if tense == "past" and ti >= 2 and toks.lows[ti - 2] == "ahead" and toks.lows[ti - 1] == "of":
        return "future"  # "Ahead of Sunday's final, the coach named ...": what a report looks ahead to
    if tense in (None, "present") and _past_day_possessive(toks, ti, tj):
        return "past"
    if tense == "future" and tj < len(toks) and toks.tags[tj] == "POSS" and "would" in toks.lows[:ti]:
        return None  # "would look for ways around Wednesday's ruling": the ruling's day, not the plan's
    if tense == "present" and ti > 0 and toks.lows[ti - 1] in _UNTIL:
        return "future"  # "has until Monday to reply", "the show runs through January": a state lasting till then
    if tense == "present" and _in_condition(toks, ti):
        return "future"  # "unless a deal is reached by Monday, workers will strike": a condition still ahead
    return tense


_UNTIL = frozenset({"until", "till", "through", "thru"})


def _in_condition(toks: Tokens, ti: int) -> bool:
    """Whether token ``ti`` is in an "if/unless ..." clause."""
    cs, _ = clause_of(clause_bounds(toks), len(toks), ti)
    return toks.lows[cs] in ("if", "unless") and toks.tags[cs] == "SUB"


_AHEAD = frozenset({"ahead", "until", "till", "for", "upcoming", "next", "this", "coming"})


def _past_day_possessive(toks: Tokens, ti: int, tj: int) -> bool:
    """"a premium over Thursday's closing price", "follows Tuesday's ruling": a weekday owning a noun
    names what news reports, a day gone by, whatever the tense of the clause around it; not after
    "ahead of", "until" or "for" ("ahead of Sunday's vote")."""
    if tj - ti != 1 or tj >= len(toks) or toks.tags[tj] != "POSS" or toks.lows[ti] not in WEEKDAY_NAMES:
        return False
    return not any(w in _AHEAD for w in toks.lows[max(0, ti - 3):ti])


def _clause_tense(toks: Tokens, ti: int, tj: int, groups: list[VerbGroup]) -> str | None:
    n = len(toks)
    cs, ce = clause_of(clause_bounds(toks), n, ti)
    before = [k for k, g in enumerate(groups) if g.end <= ti and g.start >= cs]
    after = [k for k, g in enumerate(groups) if g.start >= tj and g.end <= ce]
    # the last finite verb: a participle in between ("extended ... revolving loans through January") is none
    last = groups[before[-1]] if before else None
    if last is not None and last.end == ti and last.start == last.head > 0 and toks.tags[last.head] == "VBN" \
            and toks.lows[last.head] not in FUTURE_PARTICIPLES and toks.tags[last.start - 1] == "N":
        return "past"  # "warnings issued Sunday remain ...": a participle after its noun, done on that day
    finite_before = [k for k in before if groups[k].finite]
    if finite_before and _deferred_until(toks, groups[finite_before[-1]], ti):
        return "future"
    for k in list(reversed(before)) + after:
        decided, tense = _resolve(toks, groups, k, object_side=k in before)
        if decided:
            return tense
    if any(groups[k].finite or toks.tags[groups[k].head] != "VBG" for k in before + after):
        return None
    # Only participles in the date's clause ("after touring Dar es Salaam Thursday, the chief said"):
    # the sentence's finite verb governs it, as for a clause without a verb.
    # No verb in the date's clause (a fronted "On Monday," or "In 1968,"): the sentence's next
    # finite verb governs it, else the previous one.
    rest_after = [k for k, g in enumerate(groups) if g.start >= ce]
    rest_before = [k for k, g in enumerate(groups) if g.end <= cs]
    order = rest_after[:2] + list(reversed(rest_before))[:1]
    if toks.lows[cs] in ("(", "[") and rest_before:
        # a parenthesis glosses what precedes it: "will depart at 6 in the morning (6 a.m. Friday),
        # he said" -- the verb before it governs the date, not the reporting verb after it
        order = list(reversed(rest_before))[:1] + rest_after[:2]
    for k in order:
        decided, tense = _resolve(toks, groups, k)
        if decided:
            return tense
    return None


def clause_tense(text: str, sentence: tuple[int, int], timex: tuple[int, int]) -> str | None:
    """"past", "present", "future" or None for the clause of ``text`` holding ``timex``."""
    if timex[1] <= timex[0]:
        return None
    toks = tag(text, sentence[0], sentence[1])
    ti, tj = toks.covering(timex[0], timex[1])
    return tense_in(toks, ti, tj)
