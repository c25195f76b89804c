"""Timeline: dated expressions -> events, merged and ordered.

Only expressions with a resolved interval (DATE/TIME, PRESENT_REF) are placed. Entries with the same
value in the same sentence are one entry with several expression ids. Order: interval start, then
interval end, then position in the text; the reference-date entry (news) comes after expression
entries that share its interval.
"""
from __future__ import annotations

from bisect import bisect_right

from .calendar_math import iso_sort_key
from .model import Event, Interval, TimelineEntry, Timex

# Triggers that say little about what happened: a merged entry prefers another one.
_LIGHT = {"do", "did", "does", "done", "be", "is", "was", "were", "are", "been", "have", "has", "had", "said",
          "say", "says", "told", "tell", "added", "add", "happened", "happen", "came", "come"}


def sentence_of(sentences: list[tuple[int, int]], starts: list[int], pos: int, text_len: int) -> tuple[int, int]:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return (0, text_len) if not sentences else (max(0, pos - 100), min(text_len, pos + 100))


def _weight(ev: Event | None) -> int:
    if ev is None or ev.trigger is None:
        return 0
    return 1 if ev.trigger.text.lower() in _LIGHT else 2


def build_timeline(text: str, timexes: list[Timex], sentences: list[tuple[int, int]], finder,
                   reference: tuple[str, Interval] | None) -> list[TimelineEntry]:
    starts = [s for s, _ in sentences]
    spans_by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    placed: list[tuple[Timex, tuple[int, int]]] = []
    for t in timexes:
        sent = sentence_of(sentences, starts, t.start, len(text))
        spans_by_sentence.setdefault(sent, []).append((t.start, t.end))
        if t.interval is not None and t.type in ("DATE", "TIME"):
            placed.append((t, sent))
    entries: list[tuple[tuple, TimelineEntry]] = []
    merged: dict[tuple[str, tuple[int, int]], tuple[tuple, TimelineEntry]] = {}
    for t, sent in placed:
        # all the sentence's dates, this one included: the event finder marks them all the same way
        ev = finder.find(text, sent, (t.start, t.end), spans_by_sentence[sent]) if finder else None
        k = (t.value, sent)
        if k in merged:
            _, entry = merged[k]
            entry.expressions.append(t.id)
            if _weight(ev) > _weight(entry.event):
                entry.event = ev
            continue
        entry = TimelineEntry(value=t.value, interval=t.interval, granularity=t.granularity, expressions=[t.id],
                              event=ev, mod=t.mod)
        item = ((iso_sort_key(t.interval.start), iso_sort_key(t.interval.end), t.start), entry)
        merged[k] = item
        entries.append(item)
    if reference is not None:
        value, interval = reference
        ev = finder.document_event(text, sentences, [(t.start, t.end) for t in timexes]) if finder else None
        entries.append(((iso_sort_key(interval.start), iso_sort_key(interval.end), len(text)),
                        TimelineEntry(value=value, interval=interval, granularity="day", expressions=[], event=ev,
                                      source="reference_date")))
    entries.sort(key=lambda it: it[0])
    return [e for _, e in entries]

