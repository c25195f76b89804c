"""Shared fixtures for the HTTP tests: an app built by the factory and its test client."""
from __future__ import annotations

import pytest

from service import create_app
from service.engine import Analysis, Event, Interval, Span, TimelineEntry, Timex


@pytest.fixture
def app():
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


class FakeEngine:
    """Stands in for the engine where a test needs a known, non-empty result (the real one
    is still being written) or needs to watch what the view passes in."""

    ready = True

    def __init__(self, analysis: Analysis | None = None, error: Exception | None = None):
        self.analysis = analysis or sample_analysis()
        self.error = error
        self.calls: list[tuple[str, object]] = []

    def analyze(self, text, context):
        self.calls.append((text, context))
        if self.error is not None:
            raise self.error
        return self.analysis


def sample_analysis() -> Analysis:
    """What the engine would say about "The meeting was held on 19 July 2023. It lasted two hours."."""
    day = Timex(id="t1", text="19 July 2023", start=24, end=36, type="DATE", value="2023-07-19",
                interval=Interval("2023-07-19", "2023-07-19"), granularity="day", rule="absolute.day_month_year")
    hours = Timex(id="t2", text="two hours", start=48, end=57, type="DURATION", value="PT2H",
                  mod="APPROX", rule="durations.number_unit")
    sentence = Span("The meeting was held on 19 July 2023.", 0, 37)
    return Analysis(
        expressions=[day, hours],
        timeline=[
            TimelineEntry(value="2023-07-19", interval=Interval("2023-07-19", "2023-07-19"),
                          granularity="day", expressions=["t1"],
                          event=Event("The meeting was held", Span("held", 16, 20), sentence)),
            TimelineEntry(value="2023-07-20", interval=Interval("2023-07-20", "2023-07-20"),
                          granularity="day", expressions=[], event=None, source="reference_date"),
            TimelineEntry(value="2023-07", interval=Interval("2023-07-01", "2023-07-31"),
                          granularity=None, expressions=["t1"], mod="END",
                          event=Event("meeting", None, sentence)),
        ],
    )


@pytest.fixture
def fake_engine(app):
    engine = FakeEngine()
    app.extensions["engine"] = engine
    return engine


@pytest.fixture
def install_engine(app):
    """Put a FakeEngine with the given result or error on the app and return it."""
    def install(**kwargs) -> FakeEngine:
        engine = FakeEngine(**kwargs)
        app.extensions["engine"] = engine
        return engine
    return install
