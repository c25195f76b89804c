"""Plain data the engine returns. No Flask, no I/O: ``to_dict`` gives JSON-ready dicts."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Interval:
    """An inclusive interval, ISO dates (``2023-07-01``) or date-times (``2023-07-19T14:30``)."""

    start: str
    end: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end}


@dataclass
class Timex:
    """One temporal expression found in the text (a TimeML TIMEX3)."""

    id: str
    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2022-02, P18M, PRESENT_REF, XXXX-06 ...
    mod: str | None = None  # START, END, MID, APPROX, BEFORE, AFTER, ...
    interval: Interval | None = None  # resolved span in time, when there is one
    granularity: str | None = None  # year, season, quarter, month, week, day, hour, ...
    rule: str = ""  # the rule that recognised it (debugging aid)

    def to_dict(self, debug: bool = False) -> dict:
        d = {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            d["mod"] = self.mod
        if self.interval is not None:
            d["interval"] = self.interval.to_dict()
        if self.granularity:
            d["granularity"] = self.granularity
        if debug:
            d["rule"] = self.rule
        return d


@dataclass
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Event:
    """What a date dates: a trigger word (verb or event noun) in the date's clause."""

    description: str
    trigger: Span | None
    sentence: Span  # the sentence's offsets (text included for convenience)

    def to_dict(self) -> dict:
        return {
            "description": self.description,
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
        }


@dataclass
class TimelineEntry:
    value: str
    interval: Interval
    granularity: str | None
    expressions: list[str]  # ids of the Timex(es) dating this entry; empty for the reference-date entry
    event: Event | None
    mod: str | None = None
    source: str = "expression"  # "expression" or "reference_date"

    def to_dict(self) -> dict:
        date = {"value": self.value, "interval": self.interval.to_dict(), "granularity": self.granularity}
        if self.mod:
            date["mod"] = self.mod
        return {
            "date": date,
            "expressions": list(self.expressions),
            "event": self.event.to_dict() if self.event else None,
            "source": self.source,
        }


@dataclass
class Analysis:
    expressions: list[Timex] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
