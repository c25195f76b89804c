"""Run a tagger over annotated documents and score it.

The tagger is any callable ``(text, Context) -> expressions`` whose items have
``start``, ``end``, ``type``, ``value`` (and optionally ``mod``): the engine by default,
a fake in tests.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from service.engine import Context, Engine, UnsupportedLanguage

from .documents import Annotation, Document
from .scorer import Alignment, Score, overlaps

Tagger = Callable[[str, Context], Sequence[object]]


def engine_tagger(engine: Engine | None = None) -> Tagger:
    engine = engine or Engine()
    return lambda text, context: engine.analyze(text, context).expressions


def to_annotation(t: object, text: str) -> Annotation:
    start, end = int(t.start), int(t.end)
    return Annotation(start, end, getattr(t, "type", "") or "", getattr(t, "value", "") or "",
                      getattr(t, "mod", None) or None, text[start:end], getattr(t, "rule", "") or "")


@dataclass
class DocumentResult:
    document: Document
    system: list[Annotation]
    alignment: Alignment


@dataclass
class Run:
    """The score of one tagger over a set of documents, and what it needs for an error report."""

    name: str = ""
    score: Score = field(default_factory=Score)
    results: list[DocumentResult] = field(default_factory=list)
    seconds: float = 0.0  # time spent in the tagger only
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> documents not scored
    note: str = ""

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def to_dict(self) -> dict:
        d = self.score.to_dict()
        d.update(name=self.name, seconds=round(self.seconds, 3), skipped=self.skipped)
        if self.note:
            d["note"] = self.note
        return d


def evaluate(documents: Iterable[Document], tagger: Tagger | None = None, *,
             document_type: str | None = None, limit: int | None = None, name: str = "") -> Run:
    """Tag and score ``documents``.

    Each document is tagged with its creation date as reference date, its language and
    its document type; ``document_type`` overrides the latter for all of them (default
    news). Documents in a language the engine does not support, or without a creation
    date, are skipped and counted in ``Run.skipped``.
    System expressions overlapping a span that states the creation date are dropped.
    """
    tagger = tagger or engine_tagger()
    run = Run(name=name)
    for n, doc in enumerate(documents):
        if limit is not None and n >= limit:
            break
        if doc.dct is None:
            run.skip("no creation date")
            continue
        context = Context(reference_date=doc.dct, language=doc.lang,
                          document_type=document_type or doc.document_type or "news")
        t0 = time.perf_counter()
        try:
            found = tagger(doc.text, context)
        except UnsupportedLanguage:
            run.skip(f"unsupported language {doc.lang}")
            continue
        except Exception as e:  # say which document, then fail: a crash is a bug to fix
            raise RuntimeError(f"tagger failed on document {doc.id} ({doc.source}): {e!r}") from e
        finally:
            run.seconds += time.perf_counter() - t0
        system = [a for a in (to_annotation(t, doc.text) for t in found)
                  if not overlaps((a.start, a.end), doc.dct_spans)
                  and (doc.scope_end is None or a.start < doc.scope_end)]
        alignment = run.score.add_document(doc.gold, system, doc.text)
        run.results.append(DocumentResult(doc, system, alignment))
    return run
