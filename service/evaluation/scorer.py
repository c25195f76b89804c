"""TempEval-3 task A scoring of TIMEX3 extents, types and values.

* strict: the system span equals a gold span once white space at either end is trimmed;
  one-to-one (a duplicate system span counts once).
* relaxed: the spans overlap. Pairs are aligned one-to-one, largest overlap first, so
  one system span covering two gold spans matches only the one it overlaps most.
* type and value: attribute F1 among relaxed matches, P = correct / system expressions,
  R = correct / gold expressions.

Counts are summed over documents before dividing (micro average), as TempEval-3 does.

A second value count, ``value_notation``, compares values after :func:`notation` rewrites
spellings that annotated corpora use outside the TIMEX3 notation for a value that has a
standard spelling ("2000-W7" for 2000-W07, "P12H" for PT12H). It is a diagnostic of how many
wrong values differ in spelling only; the value F1 of TempEval-3 is ``value``.
Per-type figures are keyed by the gold type: a matched system expression counts under
the type of the gold it matched, a spurious one under its own type, so the per-type
counts add up to the overall ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from .documents import Annotation

TYPES = ("DATE", "TIME", "DURATION", "SET")


# Each rewrite turns one non-standard spelling into the standard one for the same value; it never
# changes what a value names (a "T24:00" stays the end of its day, a zone stays).
_NOTATION = (
    (re.compile(r"^(\d{4})(?:-XX){1,2}$"), r"\1"),  # "2014-XX-XX", "1949-XX" written for the year 2014, 1949
    (re.compile(r"^(\d{4}-\d\d-\d\d)-WXX-[1-7]"), r"\1"),  # "2014-06-13-WXX-5": the date with its weekday restated
    (re.compile(r"^(\d{4})-\d\d-(W\d\d)"), r"\1-\2"),  # "2014-07-W27": the ISO week with its month restated
    (re.compile(r"-W(\d)(?!\d)"), r"-W0\1"),  # "2000-W7": an unpadded week number
    (re.compile(r"^P(\d+(?:\.\d+)?|X)([HS])$"), r"PT\1\2"),  # "P12H": hours and seconds without the T
    (re.compile(r"T(\d\d)$"), r"T\1:00"),  # "1989-10-27T24", "...T17": an hour without its minutes
    (re.compile(r"^XXXX-WE$"), "XXXX-WXX-WE"),  # weekends in general, without the week
)


def notation(value: str) -> str:
    """The standard TIMEX3 spelling of ``value`` where it is written in one of the non-standard
    ways listed in ``_NOTATION``; any other value as it is."""
    for pattern, standard in _NOTATION:
        value = pattern.sub(standard, value)
    return value


def trimmed(a: Annotation, text: str | None) -> tuple[int, int]:
    """The span without surrounding white space (needs the document text)."""
    start, end = a.start, a.end
    if text is None:
        return start, end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def overlaps(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


@dataclass
class Pair:
    gold: Annotation
    system: Annotation
    strict: bool


@dataclass
class Alignment:
    """How one document's system expressions line up with its gold ones."""

    pairs: list[Pair]
    missed: list[Annotation]  # gold without a relaxed match
    spurious: list[Annotation]  # system without a relaxed match

    @property
    def strict(self) -> int:
        return sum(p.strict for p in self.pairs)


def align(gold: Sequence[Annotation], system: Sequence[Annotation], text: str | None = None) -> Alignment:
    """One-to-one relaxed alignment, largest overlap first (exact spans win ties).

    Every strict match is also one of the pairs: an exact pair's overlap is the full
    length of both spans, so no other candidate for either span can beat it, and ties go
    to exact pairs. So the strict count is the number of pairs whose trimmed spans agree.
    """
    gspans = [trimmed(g, text) for g in gold]
    sspans = [trimmed(s, text) for s in system]
    candidates = []
    for gi, (gs, ge) in enumerate(gspans):
        for si, (ss, se) in enumerate(sspans):
            ov = min(ge, se) - max(gs, ss)
            if ov > 0:
                exact = (gs, ge) == (ss, se)
                candidates.append((-ov, not exact, gi, si))
    candidates.sort()
    g_used, s_used, pairs = set(), set(), []
    for _, not_exact, gi, si in candidates:
        if gi in g_used or si in s_used:
            continue
        g_used.add(gi)
        s_used.add(si)
        pairs.append(Pair(gold[gi], system[si], not not_exact))
    pairs.sort(key=lambda p: (p.gold.start, p.gold.end))
    return Alignment(
        pairs=pairs,
        missed=[g for i, g in enumerate(gold) if i not in g_used],
        spurious=[s for i, s in enumerate(system) if i not in s_used],
    )


def prf(correct: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 as fractions; an empty denominator gives 0 (nothing to find
    and nothing found gives P = R = F1 = 0 rather than a division by zero)."""
    p = correct / n_system if n_system else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0  # relaxed matches with the right type
    value: int = 0  # relaxed matches with the right value
    value_notation: int = 0  # ... with the right value once both are spelt the standard way (notation())

    def add(self, other: "Counts") -> None:
        for k in ("gold", "system", "strict", "relaxed", "type", "value", "value_notation"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def figures(self) -> dict[str, float | int]:
        sp, sr, sf = prf(self.strict, self.system, self.gold)
        rp, rr, rf = prf(self.relaxed, self.system, self.gold)
        tp, tr, tf = prf(self.type, self.system, self.gold)
        vp, vr, vf = prf(self.value, self.system, self.gold)
        _, _, nf = prf(self.value_notation, self.system, self.gold)
        return {
            "gold": self.gold, "system": self.system,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_p": tp, "type_r": tr, "type_f1": tf,
            "value_p": vp, "value_r": vr, "value_f1": vf, "value_notation_f1": nf,
            "type_accuracy": self.type / self.relaxed if self.relaxed else 0.0,
            "value_accuracy": self.value / self.relaxed if self.relaxed else 0.0,
        }


@dataclass
class Score:
    """Counts overall and per gold type, accumulated over documents."""

    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    documents: int = 0

    def _for(self, t: str) -> Counts:
        return self.by_type.setdefault(t or "?", Counts())

    def add_document(self, gold: Sequence[Annotation], system: Sequence[Annotation],
                     text: str | None = None) -> Alignment:
        al = align(gold, system, text)
        self.documents += 1
        for g in gold:
            self._for(g.type).gold += 1
        for p in al.pairs:
            c = self._for(p.gold.type)
            c.system += 1
            c.relaxed += 1
            c.strict += p.strict
            c.type += p.system.type == p.gold.type
            c.value += p.system.value == p.gold.value
            c.value_notation += same_notation(p)
        for s in al.spurious:
            self._for(s.type).system += 1
        doc = Counts(len(gold), len(system), al.strict, len(al.pairs),
                     sum(p.system.type == p.gold.type for p in al.pairs),
                     sum(p.system.value == p.gold.value for p in al.pairs),
                     sum(same_notation(p) for p in al.pairs))
        self.overall.add(doc)
        return al

    def add(self, other: "Score") -> None:
        self.overall.add(other.overall)
        self.documents += other.documents
        for t, c in other.by_type.items():
            self._for(t).add(c)

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "overall": self.overall.figures(),
            "by_type": {t: c.figures() for t, c in sorted(self.by_type.items(), key=_type_order)},
        }


def same_notation(p: Pair) -> bool:
    """The pair's values are equal once both are spelt the standard way."""
    return notation(p.system.value) == notation(p.gold.value)


def _type_order(item):
    t = item[0]
    return (TYPES.index(t) if t in TYPES else len(TYPES), t)
