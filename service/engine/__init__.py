"""The temporal engine: text + context -> temporal expressions and an ordered timeline.

Nothing in here knows about HTTP. Entry point::

    from service.engine import Engine, Context
    analysis = Engine().analyze(text, Context(reference_date=date(2023, 7, 19)))
"""
from .context import DOCUMENT_TYPES, Context
from .model import Analysis, Event, Interval, Span, TimelineEntry, Timex
from .pipeline import SUPPORTED_LANGUAGES, Engine, UnsupportedLanguage

__all__ = [
    "Analysis", "Context", "DOCUMENT_TYPES", "Engine", "Event", "Interval", "Span",
    "SUPPORTED_LANGUAGES", "TimelineEntry", "Timex", "UnsupportedLanguage",
]
