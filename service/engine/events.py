"""Which event does a date date? A trigger word (event noun or verb) plus a short description.

``EventFinder.find`` works on the date's clause, in this order (first match wins):

1. *Pre-modified event noun*: the date sits inside a noun phrase before an event noun
   ("the June revolt", "their summer counter-offensive", "last year's election").
2. *Noun the date's phrase attaches to*: walking back from the date over nouns, determiners,
   prepositions and "and" without crossing a verb, the nearest event noun
   ("the Novichok poisoning of ... in Salisbury in March 2018", "the crushing of the Prague Spring
   55 years ago"). Proper names ("Prague Spring") and stretches of time ("the start of") do not count.
3. *Verb*: the verb group before the date in the clause ("his war launched in February 2022",
   "as their predecessors did in 1968"), else the first one after it ("At the start of this month,
   ... Burns said"); a clause without a verb borrows the sentence's nearest one. A bare "was"/"is"
   gives way to an event noun in its subject ("The election was on Sunday").

The description is the trigger's subject or determiner plus the trigger and a few following words
of the same clause, without the date, without prepositions left dangling by removing it, at most
twelve words; it falls back to the clause and then the sentence, so it is never empty.

Lexicons are read once in ``__init__``; the finder is immutable afterwards and thread-safe.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .clauses import (
    AUX_TAGS,
    FUTURE_PREDICATES,
    VERB_TAGS,
    Tokens,
    VerbGroup,
    clause_bounds,
    clause_of,
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
        # "won at the ford that September, but ...": a "that" opening a date is its determiner, not a
        # relative pronoun opening a clause
        cuts = [c for c in clause_bounds(toks)
                if c == 0 or not (date[c] and not date[c - 1] and toks.lows[c] == "that")]
        cs, ce = clause_of(cuts, n, ti)
        groups = verb_groups(toks)

        h = self._premodified(toks, date, ti, tj, cs, ce)
        if h is None:
            h = self._attached_noun(toks, date, ti, cs)
        if h is not None:
            desc = self._describe_noun(text, toks, date, h, cs, ce)
            return self._event(text, toks, h, desc, cs, ce, sent)

        g = self._verb(toks, groups, ti, tj, cs, ce)
        if g is not None:
            noun = self._copula_subject(toks, date, g, cs)
            if noun is not None:
                desc = self._describe_noun(text, toks, date, noun, cs, ce)
                return self._event(text, toks, noun, desc, cs, ce, sent)
            gcs, gce = clause_of(cuts, n, g.head)
            desc = self._describe_verb(text, toks, date, g, gcs, gce)
            return self._event(text, toks, g.head, desc, gcs, gce, sent)

        h = self._any_event_noun(toks, date, ti, cs, ce)
        if h is not None:
            desc = self._describe_noun(text, toks, date, h, cs, ce)
            return self._event(text, toks, h, desc, cs, ce, sent)
        return Event(self._fallback(text, toks, cs, ce, sent, date), None, sent)

    def document_event(self, text: str, sentences: list[tuple[int, int]]) -> Event | None:
        """The main predicate of the first real sentence (not a headline, dateline or byline)."""
        for s0, s1 in sentences[:12]:  # the first sentence that qualifies; later ones are never tagged
            body = text[s0:s1]
            if not body or body[-1] not in _END_PUNCT:
                continue
            toks = tag(text, s0, s1)
            words = sum(1 for t in toks.tags if t != "P")
            if words < 6:
                continue
            g = self._main_group(toks)
            if g is None:
                continue
            n = len(toks)
            cs, ce = clause_of(clause_bounds(toks), n, g.head)
            sent = Span(text[s0:s1], s0, s1)
            desc = self._describe_verb(text, toks, [False] * n, g, cs, ce)
            return self._event(text, toks, g.head, desc, cs, ce, sent)
        return None

    # ------------------------------------------------------------------ triggers

    def is_event_noun(self, low: str) -> bool:
        if low in self._not_events:
            return False
        if low in self._nouns:
            return True
        if "-" in low:
            return self.is_event_noun(low.rsplit("-", 1)[1])
        if low.endswith("s") and len(low) > 3:
            return low[:-1] in self._nouns  # "polls", "summits"
        return False

    def _premodified(self, toks: Tokens, date: list[bool], ti: int, tj: int, cs: int, ce: int) -> int | None:
        """"the June revolt", "their summer counter-offensive", "last year's election"."""
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
            if t in ("N", "NP") or (t in VERB_TAGS and self.is_event_noun(lows[k])):
                if self.is_event_noun(lows[k]) and t != "NP" or (t == "NP" and self.is_event_noun(lows[k]) and k > tj):
                    best = k
                k += 1
                continue
            break
        if best is None:
            return None
        if before == "PREP" and not possessive:
            # "in June elections were held": the date is the preposition's object, not a modifier.
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
            if t == "CC" and lows[k] in ("and", "or"):
                k -= 1
                continue
            if t not in _NOUN_WALK and not (t == "VBG" and self.is_event_noun(lows[k])):
                return None
            if t in ("N", "VBG") and self.is_event_noun(lows[k]):
                return k
            if t == "N" and lows[k].endswith("ing") and k > cs and tags[k - 1] in ("DET", "POSS") and (
                k + 1 < len(tags) and lows[k + 1] == "of"
            ):
                return k  # a nominal gerund: "the shelling of the city"
            k -= 1
        return None

    def _verb(self, toks: Tokens, groups: list[VerbGroup], ti: int, tj: int, cs: int, ce: int) -> VerbGroup | None:
        before = [g for g in groups if g.end <= ti and g.start >= cs]
        if before:
            return before[-1]
        after = [g for g in groups if g.start >= tj and g.end <= ce]
        if after:
            return after[0]
        later = [g for g in groups if g.start >= ce]
        if later:
            return later[0]
        earlier = [g for g in groups if g.end <= cs]
        return earlier[-1] if earlier else None

    def _copula_subject(self, toks: Tokens, date: list[bool], g: VerbGroup, cs: int) -> int | None:
        """For a lone "was"/"is", an event noun heading its subject ("The election was on Sunday")."""
        if toks.tags[g.head] != "BE" or g.end - g.start != 1:
            return None
        k = g.start - 1
        while k >= cs and (toks.tags[k] in _SUBJECT_TAGS or date[k]):
            if not date[k] and toks.tags[k] == "N" and self.is_event_noun(toks.lows[k]):
                return k
            k -= 1
        return None

    def _any_event_noun(self, toks: Tokens, date: list[bool], ti: int, cs: int, ce: int) -> int | None:
        best = None
        for k in range(cs, ce):
            if not date[k] and toks.tags[k] in ("N", "VBG") and self.is_event_noun(toks.lows[k]):
                if best is None or abs(k - ti) < abs(best - ti):
                    best = k
        return best

    def _main_group(self, toks: Tokens) -> VerbGroup | None:
        """First finite verb group outside quotes and subordinate clauses."""
        tags, words = toks.tags, toks.words
        cuts = clause_bounds(toks)
        n = len(toks)
        quoted = [False] * n
        inside = False
        for i in range(n):
            w = words[i]
            if w in ("“", "«"):
                inside = True
            elif w in ("”", "»"):
                inside = False
            elif w == '"':
                inside = not inside
            quoted[i] = inside
        first_finite = None
        for g in verb_groups(toks):
            if not g.finite or quoted[g.start] or tags[g.start] == "VBG":
                continue
            if first_finite is None:
                first_finite = g
            cs, _ = clause_of(cuts, n, g.start)
            if tags[cs] == "SUB" or (tags[cs] == "P" and cs > 0):
                continue
            if g.start > 0 and tags[g.start - 1] == "TO":
                continue
            return g
        return first_finite

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
        tags, lows = toks.tags, toks.lows
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
            if i < n and tags[i] == "POSS":
                drop[i] = True
            k = a - 1
            while k >= 0 and not date[k]:
                if tags[k] == "PREP":
                    drop[k] = True
                    k -= 1
                    continue
                if lows[k] in self._not_events and k > 0 and tags[k - 1] in ("DET", "PREP"):
                    drop[k] = True
                    k -= 1
                    while k >= 0 and tags[k] == "DET":
                        drop[k] = True
                        k -= 1
                    continue
                break
        return drop

    def _render(self, text: str, toks: Tokens, keep: list[int], head: int = -1) -> str:
        tags = toks.tags
        while keep and keep[0] != head and tags[keep[0]] in _LEADING_DROP:
            keep.pop(0)
        while keep and keep[-1] != head and (
            (tags[keep[-1]] in _TRAILING_DROP and toks.words[keep[-1]] != "%")
            or tags[keep[-1]] in ("BE", "HAVE", "DO")
        ):
            keep.pop()
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

    def _forward(self, toks: Tokens, drop: list[bool], keep: list[int], k: int, ce: int) -> None:
        """Append tokens from ``k`` to the clause end, stopping at punctuation or the word cap."""
        words = sum(1 for i in keep if toks.tags[i] not in ("P", "POSS"))
        while k < ce and words < MAX_WORDS:
            t = toks.tags[k]
            if t == "P" and toks.words[k] not in _INLINE_PUNCT:
                if not drop[k]:
                    break
            if t == "CC" and k > 0 and drop[k - 1]:
                break  # "done [this past 18 months] and join hands": a new predicate
            if not drop[k]:
                keep.append(k)
                if t not in ("P", "POSS"):
                    words += 1
            k += 1

    def _describe_verb(self, text: str, toks: Tokens, date: list[bool], g: VerbGroup, cs: int, ce: int) -> str:
        drop = self._drop_set(toks, date)
        tags, lows = toks.tags, toks.lows
        gs = g.start
        while gs - 1 > cs and tags[gs - 1] == "TO":
            # "The trial is due to start": describe from the governing verb.
            j = gs - 2
            while j >= cs and (
                tags[j] in VERB_TAGS or tags[j] in AUX_TAGS or tags[j] in ("ADV", "NEG")
                or lows[j] in FUTURE_PREDICATES
            ):
                j -= 1
            if j == gs - 2:
                break
            gs = j + 1
        k = gs - 1
        subject: list[int] = []
        while k >= cs:
            t = tags[k]
            if drop[k]:
                k -= 1
                continue
            if t in _SUBJECT_TAGS or (lows[k] in ("of", "and") and k - 1 >= cs and tags[k - 1] in _NP_TAGS):
                subject.append(k)
                k -= 1
                continue
            break
        subject.reverse()
        subject = [i for i in subject if tags[i] != "P"][-MAX_SUBJECT:]
        while subject and tags[subject[0]] in ("PREP", "CC"):
            subject.pop(0)
        keep = subject + [i for i in range(gs, g.end) if not drop[i]]
        self._forward(toks, drop, keep, g.end, ce)
        return self._render(text, toks, keep, g.head)

    def _describe_noun(self, text: str, toks: Tokens, date: list[bool], h: int, cs: int, ce: int) -> str:
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
        if date is not None and ce > cs:
            drop = self._drop_set(toks, date)
            keep = [i for i in range(cs, ce) if not drop[i]]
            desc = self._render(text, toks, keep[: MAX_WORDS * 2])
            if desc:
                return desc
        return sent.text.strip(_STRIP) or sent.text or text.strip() or "event"

    def _event(self, text: str, toks: Tokens, h: int, desc: str, cs: int, ce: int, sent: Span) -> Event:
        if not desc:
            a = toks.starts[cs] if cs < len(toks) else sent.start
            b = toks.ends[ce - 1] if ce - 1 < len(toks) and ce > cs else sent.end
            desc = text[a:b].strip(_STRIP) or sent.text.strip(_STRIP) or toks.words[h]
        trigger = Span(toks.words[h], toks.starts[h], toks.ends[h])
        return Event(desc, trigger, sent)

