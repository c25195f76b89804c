"""Readable tables and the error listing."""
from __future__ import annotations

from typing import Iterable, TextIO

from .documents import Annotation
from .events import EventRun
from .runner import Run

CONTEXT = 60
CATEGORIES = ("MISSED", "SPURIOUS", "WRONG_TYPE", "WRONG_VALUE", "BOUNDARY")
_ABOUT = {
    "MISSED": "gold expressions the system did not overlap",
    "SPURIOUS": "system expressions overlapping no gold expression",
    "WRONG_TYPE": "relaxed matches with the wrong type",
    "WRONG_VALUE": "relaxed matches with the wrong value",
    "BOUNDARY": "relaxed matches that are not strict (span differs)",
}


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


_NOTATION_HEAD = f" {'notation':>8}"
_NOTATION_NOTE = ("notation: value F1 once gold and system values are spelt the standard TIMEX3 way "
                  "(service/evaluation/scorer.py, notation()); a diagnostic, not the TempEval-3 value F1")


def _notation_cell(f: dict, show: bool) -> str:
    return f" {_pct(f['value_notation_f1']):>8}" if show else ""


def score_table(run: Run, notation: bool = False) -> str:
    """Overall and per-gold-type figures of one run; ``notation`` adds the notation-lenient value F1."""
    head = (f"{'':10} {'gold':>5} {'sys':>5} | {'strict P':>8} {'R':>5} {'F1':>5} | "
            f"{'relax P':>7} {'R':>5} {'F1':>5} | {'type F1':>7} {'value F1':>8}"
            + (_NOTATION_HEAD if notation else ""))
    lines = [head, "-" * len(head)]
    rows = [("overall", run.score.overall)]
    rows += sorted(run.score.by_type.items(), key=lambda kv: _order(kv[0]))
    for label, counts in rows:
        f = counts.figures()
        lines.append(
            f"{label:10} {f['gold']:5d} {f['system']:5d} | {_pct(f['strict_p']):>8} {_pct(f['strict_r'])} "
            f"{_pct(f['strict_f1'])} | {_pct(f['relaxed_p']):>7} {_pct(f['relaxed_r'])} {_pct(f['relaxed_f1'])} | "
            f"{_pct(f['type_f1']):>7} {_pct(f['value_f1']):>8}" + _notation_cell(f, notation))
    lines.append(f"{run.score.documents} documents, {run.seconds:.2f} s in the tagger. "
                 "Per-type rows are keyed by the gold type (spurious expressions by their own type).")
    if notation:
        lines.append(_NOTATION_NOTE)
    if run.skipped:
        lines.append("skipped documents: "
                     + ", ".join(f"{reason}: {n}" for reason, n in sorted(run.skipped.items())))
    if run.note:
        lines.append(f"note: {run.note}")
    return "\n".join(lines)


def corpora_table(runs: Iterable[Run], notation: bool = False) -> str:
    """One row per corpus; ``notation`` adds the notation-lenient value F1."""
    head = (f"{'corpus':26} | {'strict P':>8} {'R':>5} {'F1':>5} | {'relax P':>7} {'R':>5} {'F1':>5} | "
            f"{'type F1':>7} {'value F1':>8}" + (_NOTATION_HEAD if notation else "")
            + f" | {'docs':>5} {'gold':>5} {'seconds':>8}")
    lines = [head, "-" * len(head)]
    notes = []
    for run in runs:
        f = run.score.overall.figures()
        mark = ""
        if run.note:
            notes.append(run.note)
            mark = "*" * len(notes)
        lines.append(
            f"{run.name:26} | {_pct(f['strict_p']):>8} {_pct(f['strict_r'])} {_pct(f['strict_f1'])} | "
            f"{_pct(f['relaxed_p']):>7} {_pct(f['relaxed_r'])} {_pct(f['relaxed_f1'])} | "
            f"{_pct(f['type_f1']) + mark:>7} {_pct(f['value_f1']):>8}{_notation_cell(f, notation)} | "
            f"{run.score.documents:5d} {f['gold']:5d} {run.seconds:8.2f}")
    for i, note in enumerate(notes, 1):
        lines.append(f"{'*' * i} {note}")
    if notation:
        lines.append(_NOTATION_NOTE)
    return "\n".join(lines)


def _order(t: str):
    from .scorer import TYPES
    return (TYPES.index(t) if t in TYPES else len(TYPES), t)


def _flat(s: str) -> str:
    return s.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """``... left [[expression]] right ...`` on one line."""
    return (_flat(text[max(0, start - width):start]) + "[[" + _flat(text[start:end]) + "]]"
            + _flat(text[end:end + width]))


def _describe(a: Annotation | None) -> str:
    if a is None:
        return "-"
    mod = f" mod={a.mod}" if a.mod else ""
    rule = f" rule={a.rule}" if a.rule else ""
    return f'{a.type} {a.value}{mod} "{_flat(a.text)}" {a.start}-{a.end}{rule}'


def error_lines(run: Run) -> dict[str, list[str]]:
    """Every error of the run, by category. Each line is tab separated:
    CATEGORY, corpus/run name, document id, gold, system, context (gold span in [[ ]],
    or the system span when there is no gold)."""
    out: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for r in run.results:
        doc, al = r.document, r.alignment

        def line(cat, gold, system):
            a = gold or system
            ctx = context(doc.text, a.start, a.end)
            out[cat].append("\t".join([cat, run.name or doc.source, doc.id,
                                       "gold=" + _describe(gold), "system=" + _describe(system), ctx]))

        for g in al.missed:
            line("MISSED", g, None)
        for s in al.spurious:
            line("SPURIOUS", None, s)
        for p in al.pairs:
            if p.system.type != p.gold.type:
                line("WRONG_TYPE", p.gold, p.system)
            if p.system.value != p.gold.value:
                line("WRONG_VALUE", p.gold, p.system)
            if not p.strict:
                line("BOUNDARY", p.gold, p.system)
    return out


def write_errors(runs: Iterable[Run], fh: TextIO) -> int:
    """Write the errors of ``runs`` grouped by category; returns how many were written.

    Every line starts with its category, so ``grep ^WRONG_VALUE`` selects one kind.
    """
    merged: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for run in runs:
        for cat, lines in error_lines(run).items():
            merged[cat].extend(lines)
    total = 0
    for cat in CATEGORIES:
        fh.write(f"# {cat}: {len(merged[cat])} ({_ABOUT[cat]})\n")
        fh.write("# columns: category, corpus, document, gold, system, context\n")
        for line in merged[cat]:
            fh.write(line + "\n")
        fh.write("\n")
        total += len(merged[cat])
    return total


def events_table(runs: Iterable[EventRun]) -> str:
    """One row per corpus: how often the timeline's trigger for a date is an event the gold links it to."""
    head = (f"{'events':26} | {'linked':>6} {'trigger':>7} {'correct':>7} | {'accuracy':>8} {'precision':>9} | "
            f"{'docs':>5}")
    lines = [head, "-" * len(head)]
    for run in runs:
        f = run.counts.figures()
        lines.append(f"{run.name:26} | {f['linked']:6d} {f['with_event']:7d} {f['correct']:7d} | "
                     f"{_pct(f['accuracy']):>8} {_pct(f['precision']):>9} | {run.documents:5d}")
    lines.append("linked: gold expressions found, on the timeline, and linked (TLINK: IS_INCLUDED, DURING, ...) to "
                 "an event in their sentence; trigger: the timeline gives one; correct: it is a linked event. "
                 "Annotators link only some of the events a date anchors, so both figures are lower bounds.")
    return "\n".join(lines)


def write_event_errors(runs: Iterable[EventRun], fh: TextIO) -> int:
    """``EVENT`` lines: a linked expression whose trigger is none of the events it is linked to."""
    fh.write("# EVENT: linked expressions whose timeline trigger is not a linked event\n")
    fh.write("# columns: category, corpus, document, gold expression and linked events, system trigger, context\n")
    n = 0
    for run in runs:
        for m in run.misses:
            text = m.document.text
            linked = ", ".join(f'"{_flat(text[a:b])}" {a}-{b}' for a, b in m.linked)
            trig = f'"{_flat(text[m.trigger[0]:m.trigger[1]])}" {m.trigger[0]}-{m.trigger[1]}' if m.trigger else "-"
            fh.write("\t".join(["EVENT", run.name or m.document.source, m.document.id,
                                f"gold={_describe(m.gold)} events: {linked}", "system=" + trig,
                                context(text, m.gold.start, m.gold.end)]) + "\n")
            n += 1
    fh.write("\n")
    return n
