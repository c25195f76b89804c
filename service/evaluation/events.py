"""How well the timeline ties dates to the events they date, against gold TimeML TLINKs.

TimeBank-style corpora link a TIMEX3 to the EVENTs it anchors (``IS_INCLUDED``, ``DURING``,
``BEGINS`` ...: ``documents.ANCHORING``). For every gold expression that the engine also finds (relaxed match), that
the engine puts on its timeline, and that has such a link to an event in the same sentence,
this asks: is the trigger the engine gives for the entry one of the linked events?

* ``linked``: such expressions (the ones the question can be asked of);
* ``with_event``: of those, the ones the engine gives a trigger for;
* ``correct``: of those, the ones whose trigger overlaps a linked event.

Accuracy is correct / linked; precision is correct / with_event. Annotators link only some of
the events a date anchors, so a trigger that is right but unlinked counts as wrong: both
figures are lower bounds.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable, Iterable

from service.engine import Context, Engine, UnsupportedLanguage
from service.engine.model import Analysis
from service.engine.sentences import split_sentences

from .documents import Annotation, Document
from .scorer import align, overlaps, prf

Analyze = Callable[[str, Context], Analysis]


@dataclass
class EventCounts:
    linked: int = 0
    with_event: int = 0
    correct: int = 0

    def add(self, other: "EventCounts") -> None:
        self.linked += other.linked
        self.with_event += other.with_event
        self.correct += other.correct

    def figures(self) -> dict[str, float | int]:
        precision, _, _ = prf(self.correct, self.with_event, self.linked)
        return {"linked": self.linked, "with_event": self.with_event, "correct": self.correct,
                "accuracy": self.correct / self.linked if self.linked else 0.0, "precision": precision}


@dataclass
class EventMiss:
    """One linked expression whose trigger is not a linked event (for the error listing)."""

    document: Document
    gold: Annotation
    trigger: tuple[int, int] | None
    linked: list[tuple[int, int]]


@dataclass
class EventRun:
    name: str = ""
    counts: EventCounts = field(default_factory=EventCounts)
    documents: int = 0  # documents with at least one anchoring link
    misses: list[EventMiss] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"name": self.name, "documents": self.documents, **self.counts.figures()}


def _sentence_of(spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(starts, pos) - 1
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else None


def score_document(doc: Document, analyze: Analyze, document_type: str | None = None) -> tuple[EventCounts,
                                                                                                list[EventMiss]]:
    """The event counts of one document (nothing when it has no anchoring links); ``analyze`` is the
    engine's ``analyze`` (or a stand-in)."""
    counts, misses = EventCounts(), []
    if not doc.event_links or doc.dct is None:
        return counts, misses
    context = Context(reference_date=doc.dct, language=doc.lang,
                      document_type=document_type or doc.document_type or "news")
    analysis = analyze(doc.text, context)
    system = [Annotation(t.start, t.end, t.type, t.value) for t in analysis.expressions]
    ids = {(t.start, t.end): t.id for t in analysis.expressions}
    trigger_of: dict[str, tuple[int, int] | None] = {}
    for entry in analysis.timeline:
        trig = entry.event.trigger if entry.event else None
        for tid in entry.expressions:
            trigger_of[tid] = (trig.start, trig.end) if trig else None
    sentences = split_sentences(doc.text)
    starts = [s for s, _ in sentences]
    for pair in align(doc.gold, system, doc.text).pairs:
        events = doc.event_links.get((pair.gold.start, pair.gold.end))
        tid = ids.get((pair.system.start, pair.system.end))
        if not events or tid not in trigger_of:  # no link, or not on the timeline (a duration, a set)
            continue
        sentence = _sentence_of(sentences, starts, pair.system.start)
        here = [e for e in events if sentence and sentence[0] <= e[0] < sentence[1]]
        if not here:  # the linked events are in other sentences: the engine looks in the date's own
            continue
        trig = trigger_of[tid]
        counts.linked += 1
        counts.with_event += trig is not None
        if trig is not None and overlaps(trig, here):
            counts.correct += 1
        else:
            misses.append(EventMiss(doc, pair.gold, trig, here))
    return counts, misses


def evaluate_events(documents: Iterable[Document], analyze: Analyze | None = None, *,
                    document_type: str | None = None, limit: int | None = None, name: str = "") -> EventRun:
    """Score the engine's event triggers on the documents that have gold timex-event links."""
    analyze = analyze or Engine().analyze
    run = EventRun(name=name)
    for n, doc in enumerate(documents):
        if limit is not None and n >= limit:
            break
        try:
            counts, misses = score_document(doc, analyze, document_type)
        except UnsupportedLanguage:
            continue
        if doc.event_links and doc.dct is not None:
            run.documents += 1
        run.counts.add(counts)
        run.misses.extend(misses)
    return run
