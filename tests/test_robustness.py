"""Every corpus phrasing, shouted, whispered and tokenised, in both document types: the engine never fails
and every expression it returns is well formed. Case and spacing must not reach code paths that assume the
forms the rules were written for."""
from __future__ import annotations

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
def test_variants_are_tagged_without_failing(engine, variant, document_type):
    context = Context(reference_date=date(2023, 7, 19), language="en", document_type=document_type)
    text = "\n".join(VARIANTS[variant](p) for p in PHRASES)
    analysis = engine.analyze(text, context)
    assert analysis.expressions, "the variants still contain dates"
    for t in analysis.expressions:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        assert t.type in {"DATE", "TIME", "DURATION", "SET"} and t.value
        if t.interval is not None:
            assert iso_sort_key(t.interval.start) <= iso_sort_key(t.interval.end), (t.text, t.interval)
    keys = [(iso_sort_key(e.interval.start), iso_sort_key(e.interval.end)) for e in analysis.timeline]
    assert keys == sorted(keys)
