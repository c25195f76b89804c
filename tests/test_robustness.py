"""Every corpus phrasing, shouted, whispered and tokenised, in both document types: the engine never fails
and every expression it returns is well formed. Case and spacing must not reach code paths that assume the
forms the rules were written for."""
from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from service.engine import Context, Engine
from service.engine.calendar_math import iso_sort_key

CORPUS_DIR = Path(__file__).parent / "corpus" / "en"


def _phrases() -> list[str]:
    out = []
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data.get("cases", []):
            out.extend(p.replace("[", "").replace("]", "") for p in case.get("phrases", []))
        out.extend(p.replace("[", "").replace("]", "") for p in data.get("phrases", []))
    return out


PHRASES = _phrases()
VARIANTS = {
    "upper": str.upper,
    "lower": str.lower,
    "tokenised": lambda s: s.replace(",", " ,").replace(".", " .").replace("'s", " 's"),
}


@pytest.fixture(scope="module")
def engine():
    return Engine()


def test_there_are_phrases_to_vary():
    assert len(PHRASES) > 500


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_variants_are_tagged_without_failing(engine, variant, document_type, caplog):
    context = Context(reference_date=date(2023, 7, 19), language="en", document_type=document_type)
    text = "\n".join(VARIANTS[variant](p) for p in PHRASES)
    with caplog.at_level(logging.WARNING, logger="service.engine.recognise"):
        analysis = engine.analyze(text, context)
    assert not caplog.records, "a rule failed on a match (the recogniser skipped it): " + caplog.text
    assert analysis.expressions, "the variants still contain dates"
    for t in analysis.expressions:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        assert t.type in {"DATE", "TIME", "DURATION", "SET"} and t.value
        if t.interval is not None:
            assert iso_sort_key(t.interval.start) <= iso_sort_key(t.interval.end), (t.text, t.interval)
    keys = [(iso_sort_key(e.interval.start), iso_sort_key(e.interval.end)) for e in analysis.timeline]
    assert keys == sorted(keys)


@pytest.mark.parametrize("reference", [date(1, 1, 1), date(9999, 12, 31)])
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_the_calendar_edges_are_tagged_without_failing(engine, reference, document_type):
    """Reference dates at the first and last day the calendar holds: what would fall outside it is
    dropped, not raised, and every year is written with four digits."""
    context = Context(reference_date=reference, language="en", document_type=document_type)
    text = "\n".join(PHRASES)
    analysis = engine.analyze(text, context)
    assert analysis.expressions
    for t in analysis.expressions:
        if t.interval is not None:
            assert iso_sort_key(t.interval.start) <= iso_sort_key(t.interval.end), (t.text, t.interval)
        if t.type in ("DATE", "TIME") and t.value[:1].isdigit():
            head = re.match(r"\d+", t.value).group()  # a year of four digits, or a bare century or decade
            assert len(head) == 4 or (len(head) in (2, 3) and t.value == head), (t.text, t.value)


def test_a_late_reference_date_is_no_year_before_the_common_era(engine):
    """Narratives keep years BC at stand-in years from 4000 on; with no year BC named, a reference date in
    that range is itself."""
    context = Context(reference_date=date(9999, 12, 31), language="en", document_type="narrative")
    values = [t.value for t in engine.analyze("The day before Jan. 1, the council met.", context).expressions]
    assert values == ["9998-12-31"]


def test_a_rule_that_fails_on_a_match_costs_that_match_only(engine, monkeypatch, caplog):
    """A bug in one rule's build step on an odd match must not turn the request into a 500: the match is
    skipped, the other expressions stay, and the log names the rule."""
    broken = next(c for c in engine.recogniser._compiled if c.rule.name == "month_day")

    def fail(m, text):
        raise TypeError("boom")

    monkeypatch.setattr(broken.rule, "build", fail)
    context = Context(reference_date=date(2023, 7, 19), language="en", document_type="news")
    with caplog.at_level(logging.WARNING, logger="service.engine.recognise"):
        analysis = engine.analyze("The plant opened on July 4. It closed in 2025.", context)
    found = [(t.text, t.value) for t in analysis.expressions]
    assert ("2025", "2025") in found  # the other expressions stay
    assert not any(v.endswith("-07-04") for _, v in found)  # the failed match is skipped (other rules may still
    # take part of it, as "July" alone)
    assert "month_day" in caplog.text


def test_the_cost_of_a_text_without_full_stops_grows_linearly(engine):
    """A table or list pasted without full stops is one long "sentence"; tense and events look at a
    date's whole sentence, so without a bound on sentence length four times the text cost sixteen
    times as much. Measured against the same engine on a quarter of the text, in this run."""
    import time

    def cost(n):
        text = " ".join(["Friday", "March", "12", "May", "June", "1990"][i % 6] for i in range(n))
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            engine.analyze(text, Context(reference_date=date(2020, 5, 5)))
            best = min(best, time.process_time() - t0)
        return best

    small, large = cost(1500), cost(6000)
    assert large < 9 * small, (small, large)  # linear is 4x, quadratic 16x
