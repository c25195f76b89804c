"""The immutable per-request context the engine resolves against."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

DOCUMENT_TYPES = ("news", "narrative")


@dataclass(frozen=True)
class Context:
    """What a request tells the engine besides the text.

    ``reference_date`` is the "now" of the document (a news article's publication
    date). It is a ``date`` or a timezone-aware/naive ``datetime``; only its
    calendar date is used, and a date-time's local clock time for what counts
    from the moment of writing in news ("two hours ago", a bare "midnight").
    ``document_type`` is ``news`` (relative expressions resolve against the
    reference date) or ``narrative`` (against the most recently mentioned date).
    """

    reference_date: date | datetime
    language: str = "en"
    document_type: str = "news"

    @property
    def ref_day(self) -> date:
        r = self.reference_date
        return r.date() if isinstance(r, datetime) else r

    @property
    def ref_time(self) -> datetime | None:
        """The reference date-time's local clock time (naive), or None for a date."""
        r = self.reference_date
        return r.replace(tzinfo=None) if isinstance(r, datetime) else None
