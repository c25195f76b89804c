"""Scoring event triggers against gold timex-event TLINKs: readers, hand-worked counts, the CLI.

The fixture document is made up for these tests; none comes from a corpus.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

from service.engine.model import Analysis, Event, Interval, Span, Timex, TimelineEntry
from service.evaluate import main
from service.evaluation.documents import read_jsonl, read_tml
from service.evaluation.events import evaluate_events

FIXTURES = Path(__file__).parent / "fixtures" / "eval_events"
TEXT_LINKS = {(23, 29): [(11, 19)],               # Friday -> reopened (an event-to-timex link, turned round)
              (56, 60): [(61, 72)],               # 1998 -> restoration (its BEFORE link to "cost" left out)
              (109, 115): [(101, 105), (126, 132)]}  # Monday -> said, and "queued" in the next sentence


def test_both_readers_give_the_anchoring_links_only():
    """IS_INCLUDED/INCLUDES links are read in either direction; AFTER, BEFORE, event-event links and
    links to unknown events are not anchoring links."""
    from_jsonl = next(read_jsonl(FIXTURES / "linked.jsonl"))
    from_tml = read_tml(FIXTURES / "linked.tml")
    assert from_jsonl.text == from_tml.text
    assert from_jsonl.event_links == from_tml.event_links == TEXT_LINKS


class FakeEngine:
    """Gives the gold expressions back, each on the timeline with the trigger chosen here."""

    def __init__(self, triggers):
        self.triggers = triggers  # expression text -> trigger word (None: no trigger; absent: no entry)

    def analyze(self, text, context):
        expressions, timeline = [], []
        for n, (word, value) in enumerate([("Friday", "2024-03-08"), ("1998", "1998"), ("Monday", "2024-03-11")], 1):
            start = text.index(word)
            t = Timex(f"t{n}", word, start, start + len(word), "DATE", value, interval=Interval(value, value))
            expressions.append(t)
            if word in self.triggers:
                trig = self.triggers[word]
                span = Span(trig, text.index(trig), text.index(trig) + len(trig)) if trig else None
                timeline.append(TimelineEntry(value, t.interval, "day", [t.id],
                                              Event(trig or "", span, Span("", 0, len(text)))))
        return Analysis(expressions, timeline)


def test_counts_worked_out_by_hand():
    doc = next(read_jsonl(FIXTURES / "linked.jsonl"))
    # Friday: "reopened" is linked -> correct; 1998: "cost" is not (only its BEFORE link) -> wrong;
    # Monday: no trigger -> linked, without one
    run = evaluate_events([doc], FakeEngine({"Friday": "reopened", "1998": "cost", "Monday": None}).analyze)
    f = run.to_dict()
    assert (f["documents"], f["linked"], f["with_event"], f["correct"]) == (1, 3, 2, 1)
    assert f["accuracy"] == 1 / 3 and f["precision"] == 1 / 2
    assert [(m.gold.text, m.trigger) for m in run.misses] == [("1998", (73, 77)), ("Monday", None)]
    # "queued" is linked to Monday but lies in the next sentence: a trigger there would not count
    assert run.misses[1].linked == [(101, 105)]


def test_expressions_off_the_timeline_are_not_asked():
    doc = next(read_jsonl(FIXTURES / "linked.jsonl"))
    f = evaluate_events([doc], FakeEngine({"Friday": "reopened"}).analyze).to_dict()
    assert (f["linked"], f["with_event"], f["correct"]) == (1, 1, 1)


def test_cli_events_table_json_and_errors(tmp_path):
    engine = FakeEngine({"Friday": "reopened", "1998": "cost", "Monday": "said"})
    tagger = lambda text, context: engine.analyze(text, context).expressions  # noqa: E731
    out = io.StringIO()
    errors = tmp_path / "errors.txt"
    assert main([str(FIXTURES / "linked.jsonl"), "--events", "--errors", str(errors)], tagger=tagger, out=out,
                engine=engine) == 0
    table = out.getvalue()
    assert "accuracy" in table and "lower bounds" in table
    row = next(line for line in table.splitlines() if line.startswith("given documents"))
    assert row.split("|")[1].split() == ["3", "3", "2"]
    lines = [line.split("\t") for line in errors.read_text(encoding="utf-8").splitlines()
             if line.startswith("EVENT")]
    assert len(lines) == 1 and '"restoration"' in lines[0][3] and lines[0][4] == 'system="cost" 73-77'
    out = io.StringIO()
    assert main([str(FIXTURES / "linked.tml"), "--events", "--json"], tagger=tagger, out=out, engine=engine) == 0
    assert json.loads(out.getvalue())["events"]["correct"] == 2
