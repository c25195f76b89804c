"""The ordered pipeline: sentences -> recognise -> resolve (with clause tense) -> events -> timeline.

Why this order: sentences come first because tense and events work inside a sentence; recognition
never looks at the reference date, so its output can be resolved in one place; resolution goes in text
order because narratives resolve against the most recently mentioned date; events and the timeline
need resolved intervals.
"""
from __future__ import annotations

from . import clauses
from .context import DOCUMENT_TYPES, Context
from .events import EventFinder
from .model import Analysis, Interval
from .recognise import Recogniser
from .resolve import Resolver
from .sentences import split_sentences
from .tense import clause_tense
from .timeline import build_timeline, sentence_of

SUPPORTED_LANGUAGES = ("en",)


class UnsupportedLanguage(ValueError):
    """The engine has no rules for the requested language."""


class Engine:
    """Loads lexicons and compiles rules once; ``analyze`` keeps no state between calls (thread-safe)."""

    def __init__(self) -> None:
        self.recogniser = Recogniser()
        self.resolver = Resolver()
        self.events = EventFinder()
        self.ready = True

    def tag(self, text: str, context: Context):
        """Temporal expressions only (no events, no timeline): what the evaluation scores."""
        with clauses.per_document():
            return self._tag(text, context, split_sentences(text))

    def _tag(self, text: str, context: Context, sentences):
        if context.language not in SUPPORTED_LANGUAGES:
            raise UnsupportedLanguage(context.language)
        if context.document_type not in DOCUMENT_TYPES:
            raise ValueError(f"unknown document_type {context.document_type!r}")
        mentions = self.recogniser.find(text, narrative=context.document_type == "narrative")
        starts = [s for s, _ in sentences]

        def tense_of(s: int, e: int):
            return clause_tense(text, sentence_of(sentences, starts, s, len(text)), (s, e))

        return self.resolver.resolve(mentions, text, context, tense_of)

    def analyze(self, text: str, context: Context) -> Analysis:
        sentences = split_sentences(text)
        with clauses.per_document():
            timexes = self._tag(text, context, sentences)
            reference = None
            if context.document_type == "news":
                d = context.ref_day.isoformat()
                reference = (d, Interval(d, d))
            timeline = build_timeline(text, timexes, sentences, self.events, reference)
        return Analysis(expressions=timexes, timeline=timeline)
