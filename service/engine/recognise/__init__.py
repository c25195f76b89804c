"""Recognition: every rule family scans the text; modifiers are attached; overlaps are settled.

Order of the steps, and why:
1. each rule's regex scans the whole text and builds a Partial (rules may reject a match by context);
2. prefixes ("the", "early", "about", "the end of") and suffixes ("or so") are attached to each candidate,
   because they change both the span (TimeML includes them) and the mod;
3. overlapping candidates are settled longest first, so "July 19, 2023" beats "July" and "2023".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import absolute, durations, relative, sets, times
from .grammar import MODS, Partial, Rule, alt, key

RULES: list[Rule] = [*absolute.RULES, *times.RULES, *relative.RULES, *durations.RULES, *sets.RULES]

_PREFIX = re.compile(r"(?<![\w-])(?P<p>" + alt(MODS["prefix"].keys()) + r")(?:\s*-\s*|\s+)$", re.IGNORECASE)
_THE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+(?P<s>" + alt(MODS["suffix"].keys()) + r")(?![\w])", re.IGNORECASE)
_DURATION_MODS = set(MODS["duration_only"])
_DATE_MODS = set(MODS["date_only"])


@dataclass
class Mention:
    start: int
    end: int
    partial: Partial
    rule: str


def _mod_fits(mod: str, p: Partial, word: str) -> bool:
    is_duration = p.type == "DURATION" or (p.rel is not None and p.anchor and p.grain and p.dur is None and False)
    if mod in _DATE_MODS:
        return p.type in ("DATE", "TIME") and p.value is None
    if mod in _DURATION_MODS:
        # "over the weekend", "under Monday" are not modifiers of a date
        return is_duration or (p.rel is not None and word not in ("over", "under"))
    if word in ("some",):
        return is_duration
    return p.value is None or p.type == "DURATION"


def _extend(text: str, start: int, end: int, p: Partial, rule: Rule) -> tuple[int, int]:
    for _ in range(3):
        window = text[max(0, start - 30):start]
        m = _PREFIX.search(window)
        if m and rule.takes_mods:
            word = key(m["p"])
            mod = MODS["prefix"][word]
            if p.mod is None and _mod_fits(mod, p, word):
                p.mod = mod
                start -= len(window) - m.start()
                continue
        if rule.takes_the or (p.mod in _DATE_MODS and text[start:start + 3].lower() in ("mid", "ear", "lat")):
            m = _THE.search(window)
            if m:
                start -= len(window) - m.start()
        break
    m = _SUFFIX.match(text, end)
    if m and p.mod is None and (p.type == "DURATION" or p.rel is not None):
        p.mod = MODS["suffix"][key(m["s"])]
        end = m.end()
    return start, end


class Recogniser:
    """Finds temporal expressions; holds only compiled, read-only rules."""

    def __init__(self, rules: list[Rule] | None = None) -> None:
        self.rules = rules or RULES

    def find(self, text: str) -> list[Mention]:
        cands: list[tuple[int, int, int, Mention]] = []
        for prio, rule in enumerate(self.rules):
            for m in rule.regex.finditer(text):
                if m.end() == m.start():
                    continue
                p = rule.build(m, text)
                if p is None:
                    continue
                s, e = _extend(text, m.start(), m.end(), p, rule)
                cands.append((s, e, prio, Mention(s, e, p, rule.name)))
        # Longest first; on equal length the earlier rule (more specific families come first).
        cands.sort(key=lambda c: (c[0] - c[1], c[2]))
        taken: list[tuple[int, int]] = []
        out: list[Mention] = []
        for s, e, _, mention in cands:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append(mention)
        out.sort(key=lambda mm: mm.start)
        return out
