"""Scoring the engine against annotated corpora (TempEval-3 task A).

``documents`` reads JSON Lines and TimeML, ``scorer`` aligns and counts, ``runner`` runs
a tagger over documents, ``events`` scores the timeline's event triggers against gold
timex-event TLINKs, ``report`` formats tables and error listings. The command line
is ``service.evaluate``.
"""
from .documents import Annotation, Document, read_jsonl, read_paths, read_tml
from .runner import Run, Tagger, engine_tagger, evaluate
from .scorer import Score, align, prf

__all__ = ["Annotation", "Document", "Run", "Score", "Tagger", "align", "engine_tagger",
           "evaluate", "prf", "read_jsonl", "read_paths", "read_tml"]
