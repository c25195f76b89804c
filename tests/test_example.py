"""Acceptance: the specification example (../shared/examples/prague-speech.*), reference date 2023-07-19.

The article lives outside the repository; this test skips where it is absent.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from service.engine import Context, Engine

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "prague-speech.request.json"
pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="shared example not available")


@pytest.fixture(scope="module")
def result():
    req = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    ctx = Context(reference_date=date.fromisoformat(req["reference_date"]), document_type=req["document_type"])
    return req["text"], Engine().analyze(req["text"], ctx)


def test_timeline_order(result):
    text, a = result
    dated = [(e.value, e.mod) for e in a.timeline if e.source == "expression" and e.value != "PRESENT_REF"]
    assert dated == [("1968", None), ("2018-03", None), ("2022-02", None), ("2023-06", None), ("2023-SU", None),
                     ("2023-07", "START")]
    last = a.timeline[-1]
    assert last.source == "reference_date" and last.value == "2023-07-19"
    assert last.event is not None and last.event.trigger is not None
    # whatever sits between the last dated entry and the speech is at the reference date itself
    tail = a.timeline[len(dated):-1]
    assert all(e.interval.start == "2023-07-19" for e in tail)


def test_1968_and_55_years_ago_are_one_entry(result):
    text, a = result
    entry = a.timeline[0]
    texts = {t.id: t.text for t in a.expressions}
    assert sorted(texts[i] for i in entry.expressions) == ["1968", "55 years ago"]
    assert entry.granularity == "year" and entry.interval.start == "1968-01-01"


@pytest.mark.parametrize("phrase, trigger", [
    ("March 2018", "poisoning"), ("June", "revolt"), ("summer", "counter-offensive"),
    ("February 2022", "launched"), ("the start of this month", "said"),
])
def test_events(result, phrase, trigger):
    text, a = result
    t = next(t for t in a.expressions if t.text == phrase)
    entry = next(e for e in a.timeline if t.id in e.expressions)
    assert entry.event.trigger.text == trigger
    assert entry.event.description and phrase not in entry.event.description


def test_durations_not_dates(result):
    text, a = result
    by_text = {t.text: t for t in a.expressions}
    d18 = by_text["this past 18 months"]
    assert (d18.type, d18.value) == ("DURATION", "P18M")
    assert d18.interval.end == "2023-07-19" and d18.interval.start == "2022-01-20"
    assert (by_text["a month"].type, by_text["a month"].value) == ("DURATION", "P1M")
    assert (by_text["a year"].type, by_text["a year"].value) == ("DURATION", "P1Y")
    # durations are not placed on the timeline
    placed = {i for e in a.timeline for i in e.expressions}
    assert not placed & {d18.id, by_text["a month"].id, by_text["a year"].id}


def test_no_false_dates(result):
    text, a = result
    for m in re.finditer(r"\bmay\b|2,000|MI6|tens of thousands|second public", text):
        assert not any(t.start < m.end() and m.start() < t.end for t in a.expressions), m.group()
    for t in a.expressions:
        assert text[t.start:t.end] == t.text
