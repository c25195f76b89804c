"""The English corpus: the specification by example (see tests/corpus/README.md).

Every file in tests/corpus/en/ gives, at one fixed reference date, expected TIMEX3
values (with type, mod and grain) and the phrasings that must produce them.
``negative.yaml`` (news) and ``negative_narrative.yaml`` (histories) list phrasings in
which bracketed text (or, without brackets, the whole phrase) must not be covered by any
expression.

A phrase without brackets is itself the expected span; ``[...]`` marks the exact
expected span inside a longer sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from service.engine import Context, Engine

CORPUS_DIR = Path(__file__).parent / "corpus" / "en"
NEGATIVE_FILE = "negative.yaml"
# negatives of other document types, one file each (same format, its own header)
NEGATIVE_FILES = (NEGATIVE_FILE, "negative_narrative.yaml")
MIN_POSITIVE_PHRASINGS = 300

TYPES = {"DATE", "TIME", "DURATION", "SET"}
GRANULARITIES = {
    "year", "season", "quarter", "half", "month", "week", "weekend", "day",
    "part_of_day", "hour", "minute", "second", "decade", "century",
}
# TimeML 1.2 mod values.
MODS = {
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
    "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
}
DOCUMENT_TYPES = {"news", "narrative"}
BRACKETS = re.compile(r"\[([^\[\]]*)\]")


# --------------------------------------------------------------------------- loading

def parse_brackets(phrase: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip ``[...]`` markers; return the plain text and the marked spans (end exclusive)."""
    text_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in BRACKETS.finditer(phrase):
        before = phrase[pos:m.start()]
        text_parts.append(before)
        length += len(before)
        inner = m.group(1)
        spans.append((length, length + len(inner)))
        text_parts.append(inner)
        length += len(inner)
        pos = m.end()
    text_parts.append(phrase[pos:])
    text = "".join(text_parts)
    if "[" in text or "]" in text:
        raise ValueError(f"unbalanced or nested brackets in {phrase!r}")
    return text, spans


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@dataclass(frozen=True)
class Positive:
    file: str
    reference_date: date
    document_type: str
    phrase: str  # as written in the corpus, with brackets
    text: str  # what the engine sees
    start: int
    end: int
    value: str
    type: str
    mod: str | None
    granularity: str | None

    @property
    def id(self) -> str:
        return f"{self.file}:{self.value}:{self.phrase}"


@dataclass(frozen=True)
class Negative:
    file: str
    reference_date: date
    document_type: str
    phrase: str
    text: str
    spans: tuple[tuple[int, int], ...]  # empty: nothing may be found at all

    @property
    def id(self) -> str:
        return f"{self.file}:{self.phrase}"


def _load_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: top level must be a mapping")
    return data


def _header(path: Path, data: dict) -> tuple[date, str]:
    if "reference_date" not in data:
        raise ValueError(f"{path.name}: reference_date is missing")
    doc_type = data.get("document_type", "news")
    if doc_type not in DOCUMENT_TYPES:
        raise ValueError(f"{path.name}: unknown document_type {doc_type!r}")
    return _as_date(data["reference_date"]), doc_type


def load_positives() -> list[Positive]:
    out: list[Positive] = []
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        if path.name in NEGATIVE_FILES:
            continue
        data = _load_yaml(path)
        ref, doc_type = _header(path, data)
        for i, case in enumerate(data.get("cases") or []):
            where = f"{path.name} case #{i} ({case.get('value')!r})"
            value = case.get("value")
            if not isinstance(value, str) or not value:
                raise ValueError(f"{where}: value must be a non-empty quoted string")
            if case.get("type") not in TYPES:
                raise ValueError(f"{where}: type must be one of {sorted(TYPES)}")
            mod = case.get("mod")
            if mod is not None and mod not in MODS:
                raise ValueError(f"{where}: unknown mod {mod!r}")
            gran = case.get("granularity")
            if gran is not None and gran not in GRANULARITIES:
                raise ValueError(f"{where}: unknown granularity {gran!r}")
            unknown = set(case) - {"value", "type", "mod", "granularity", "phrases", "note"}
            if unknown:
                raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
            phrases = case.get("phrases") or []
            if not phrases:
                raise ValueError(f"{where}: no phrases")
            for phrase in phrases:
                text, spans = parse_brackets(phrase)
                if not spans:
                    start, end = 0, len(text)
                elif len(spans) == 1:
                    start, end = spans[0]
                else:
                    raise ValueError(f"{where}: more than one bracketed span in {phrase!r}")
                if start == end or text[start:end] != text[start:end].strip():
                    raise ValueError(f"{where}: empty span or span with outer spaces in {phrase!r}")
                out.append(Positive(path.stem, ref, doc_type, phrase, text, start, end,
                                    value, case["type"], mod, gran))
    return out


def load_negatives() -> list[Negative]:
    out = []
    for name in NEGATIVE_FILES:
        path = CORPUS_DIR / name
        if not path.exists():
            continue
        data = _load_yaml(path)
        ref, doc_type = _header(path, data)
        for phrase in data.get("phrases") or []:
            text, spans = parse_brackets(phrase)
            out.append(Negative(path.stem, ref, doc_type, phrase, text, tuple(spans)))
    return out


POSITIVES = load_positives()
NEGATIVES = load_negatives()


# --------------------------------------------------------------------------- helpers

@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _describe(expressions) -> str:
    if not expressions:
        return "    (no expressions found)"
    lines = []
    for e in expressions:
        lines.append(
            f"    [{e.start}:{e.end}] {e.text!r} type={e.type} value={e.value!r} "
            f"mod={e.mod!r} granularity={e.granularity!r}"
        )
    return "\n".join(lines)


def _analyze(engine: Engine, text: str, ref: date, doc_type: str):
    ctx = Context(reference_date=ref, language="en", document_type=doc_type)
    return list(engine.analyze(text, ctx).expressions)


# --------------------------------------------------------------------------- tests

@pytest.mark.parametrize("case", POSITIVES, ids=[c.id for c in POSITIVES])
def test_positive(engine: Engine, case: Positive) -> None:
    found = _analyze(engine, case.text, case.reference_date, case.document_type)
    expected = (
        f"type={case.type} value={case.value!r} mod={case.mod!r}"
        + (f" granularity={case.granularity!r}" if case.granularity else "")
    )
    header = (
        f"\n  phrase:   {case.phrase!r}"
        f"\n  text:     {case.text!r}"
        f"\n  context:  reference_date={case.reference_date} document_type={case.document_type}"
        f"\n  expected: [{case.start}:{case.end}] {case.text[case.start:case.end]!r} {expected}"
        f"\n  found:\n{_describe(found)}"
    )
    match = [e for e in found if e.start == case.start and e.end == case.end]
    if not match:
        pytest.fail("no expression with exactly the expected span" + header, pytrace=False)
    e = match[0]
    problems = []
    if e.type != case.type:
        problems.append(f"type {e.type!r} != {case.type!r}")
    if e.value != case.value:
        problems.append(f"value {e.value!r} != {case.value!r}")
    if (e.mod or None) != case.mod:
        problems.append(f"mod {e.mod!r} != {case.mod!r}")
    if case.granularity is not None and e.granularity != case.granularity:
        problems.append(f"granularity {e.granularity!r} != {case.granularity!r}")
    if problems:
        pytest.fail("; ".join(problems) + header, pytrace=False)


@pytest.mark.parametrize("case", NEGATIVES, ids=[c.id for c in NEGATIVES])
def test_negative(engine: Engine, case: Negative) -> None:
    found = _analyze(engine, case.text, case.reference_date, case.document_type)
    info = f"\n  phrase: {case.phrase!r}\n  text:   {case.text!r}\n  found:\n{_describe(found)}"
    if not case.spans:
        if found:
            pytest.fail("no expression may be found in this phrase" + info, pytrace=False)
        return
    for start, end in case.spans:
        bad = [e for e in found if e.start < end and start < e.end]
        if bad:
            pytest.fail(
                f"expression overlaps the forbidden text [{start}:{end}] {case.text[start:end]!r}" + info,
                pytrace=False,
            )


def test_corpus_is_large_enough() -> None:
    assert len(POSITIVES) >= MIN_POSITIVE_PHRASINGS, (
        f"only {len(POSITIVES)} positive phrasings; want at least {MIN_POSITIVE_PHRASINGS}"
    )


def test_every_corpus_file_loads() -> None:
    files = sorted(p.name for p in CORPUS_DIR.glob("*.yaml"))
    assert NEGATIVE_FILE in files
    loaded = {c.file for c in POSITIVES} | {c.file for c in NEGATIVES}
    assert {Path(f).stem for f in files} == loaded, "a corpus file has no phrases"


def test_bracket_parsing() -> None:
    assert parse_brackets("The talks ended on [July 19, 2023].") == (
        "The talks ended on July 19, 2023.", [(19, 32)]
    )
    assert parse_brackets("Prices [may] [fall]") == ("Prices may fall", [(7, 10), (11, 15)])
    assert parse_brackets("no brackets") == ("no brackets", [])
    with pytest.raises(ValueError):
        parse_brackets("broken [bracket")
