"""The evaluation command: scorer figures worked out by hand, the readers, the CLI.

Every document here is made up for these tests; none comes from a corpus.
"""
from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from service.evaluate import REPO_ROOT, default_corpora_dir, main
from service.evaluation import Annotation, Document, Score, align, evaluate, read_jsonl, read_tml
from service.evaluation.scorer import notation

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


@dataclass
class T:
    """A stand-in for the engine's Timex: what the scorer reads of it."""

    start: int
    end: int
    type: str
    value: str


def A(start, end, type="DATE", value="X"):
    return Annotation(start, end, type, value)


def figures(gold, system, text=None):
    score = Score()
    score.add_document(gold, system, text)
    return score.to_dict()["overall"]


def approx(x):
    return pytest.approx(x, abs=1e-9)


# ---------------------------------------------------------------- scorer


def test_strict_versus_relaxed():
    text = "We met on Friday 3 May and on 9 May."
    #                 10          22      30 35
    gold = [A(10, 22), A(30, 35)]  # "Friday 3 May", "9 May"
    system = [A(17, 22), A(30, 35)]  # "3 May" (overlaps, not exact), "9 May" (exact)
    f = figures(gold, system, text)
    # strict: 1 exact of 2 system, 2 gold -> P = R = F1 = 1/2
    assert (f["strict_p"], f["strict_r"], f["strict_f1"]) == (approx(0.5), approx(0.5), approx(0.5))
    # relaxed: both overlap -> 2/2, 2/2
    assert (f["relaxed_p"], f["relaxed_r"], f["relaxed_f1"]) == (1.0, 1.0, 1.0)


def test_one_system_span_overlapping_two_gold_spans_matches_only_one():
    gold = [A(0, 5), A(6, 10)]
    system = [A(0, 10)]  # overlaps the first by 5, the second by 4
    al = align(gold, system)
    assert [(p.gold.start, p.system.start) for p in al.pairs] == [(0, 0)]  # largest overlap wins
    assert al.missed == [gold[1]] and al.spurious == []
    f = figures(gold, system)
    # relaxed: P = 1/1, R = 1/2, F1 = 2 * 1 * 0.5 / 1.5 = 2/3; strict: nothing exact -> 0
    assert (f["relaxed_p"], f["relaxed_r"], f["relaxed_f1"]) == (1.0, 0.5, approx(2 / 3))
    assert f["strict_f1"] == 0.0


def test_largest_overlap_first_and_the_rest_is_spurious():
    gold = [A(0, 10)]
    system = [A(0, 3), A(2, 10)]  # overlaps 3 and 8
    al = align(gold, system)
    assert al.pairs[0].system == system[1] and al.spurious == [system[0]]
    f = figures(gold, system)
    # relaxed: P = 1/2, R = 1/1, F1 = 2 * .5 * 1 / 1.5 = 2/3
    assert (f["relaxed_p"], f["relaxed_r"], f["relaxed_f1"]) == (0.5, 1.0, approx(2 / 3))


def test_exact_span_wins_a_tie_so_strict_matches_stay_aligned():
    gold = [A(0, 4)]
    system = [A(0, 8), A(0, 4)]  # both overlap by 4; the exact one must be the pair
    al = align(gold, system)
    assert al.pairs[0].system == system[1] and al.pairs[0].strict
    assert figures(gold, system)["strict_p"] == 0.5  # 1 exact / 2 system


def test_duplicate_system_span_counts_once():
    gold = [A(0, 4)]
    system = [A(0, 4), A(0, 4)]
    f = figures(gold, system)
    # strict: 1 match, P = 1/2, R = 1/1
    assert (f["strict_p"], f["strict_r"]) == (0.5, 1.0)


def test_wrong_value():
    gold = [A(0, 5, "DATE", "2021-03-03"), A(10, 15, "DATE", "2021-W10")]
    system = [A(0, 5, "DATE", "2021-03-03"), A(10, 15, "DATE", "2021-W11"), A(20, 25, "DATE", "2021")]
    f = figures(gold, system)
    # 2 relaxed matches, 1 with the right value; 3 system, 2 gold:
    # value P = 1/3, R = 1/2, F1 = 2 * (1/3) * (1/2) / (5/6) = 0.4
    assert (f["value_p"], f["value_r"], f["value_f1"]) == (approx(1 / 3), 0.5, approx(0.4))
    # types all right: type P = 2/3, R = 2/2, F1 = 2 * (2/3) / (5/3) = 0.8
    assert (f["type_p"], f["type_r"], f["type_f1"]) == (approx(2 / 3), 1.0, approx(0.8))
    assert f["value_accuracy"] == 0.5  # 1 of 2 matches


@pytest.mark.parametrize("written, standard", [
    ("2014-XX-XX", "2014"), ("1949-XX", "1949"),            # a year with unknown parts written out
    ("2014-06-13-WXX-5", "2014-06-13"),                     # the weekday restated after the date
    ("2013-04-12-WXX-5T23:59", "2013-04-12T23:59"),
    ("2014-07-W27", "2014-W27"),                            # the month restated before the week
    ("2000-W7", "2000-W07"),                                # an unpadded week
    ("P12H", "PT12H"), ("PXH", "PTXH"), ("P30S", "PT30S"),  # hours and seconds without the T
    ("1989-10-27T24", "1989-10-27T24:00"), ("2001-05-01T17", "2001-05-01T17:00"),
    ("XXXX-WE", "XXXX-WXX-WE"),
    # standard values, and values that differ in meaning, stay as they are
    ("2014-06", "2014-06"), ("P3M", "P3M"), ("PT3M", "PT3M"), ("2023-07-19T24:00", "2023-07-19T24:00"),
    ("2023-07-19T17:00-05:00", "2023-07-19T17:00-05:00"), ("199X", "199X"), ("1998-W02", "1998-W02"),
    ("XXXX-WXX-1", "XXXX-WXX-1"), ("P1D-#1", "P1D-#1"),
])
def test_notation_rewrites_spelling_only(written, standard):
    assert notation(written) == standard


def test_value_f1_in_standard_notation_is_a_second_count():
    gold = [A(0, 5, "DATE", "2014-XX-XX"), A(10, 15, "DURATION", "P12H"), A(20, 25, "DATE", "2014-XX")]
    system = [A(0, 5, "DATE", "2014"), A(10, 15, "DURATION", "PT12H"), A(20, 25, "DATE", "2014-05")]
    f = figures(gold, system)
    # TempEval-3 value: no value is equal as written -> 0; in standard notation 2 of 3 both ways
    assert f["value_f1"] == 0.0 and f["value_notation_f1"] == approx(2 / 3)


def test_wrong_type():
    gold = [A(0, 9, "DURATION", "P2Y")]
    system = [A(0, 9, "DATE", "P2Y")]
    f = figures(gold, system)
    # type: 0 correct -> 0; value right: 1/1, 1/1 -> 1
    assert f["type_f1"] == 0.0 and f["value_f1"] == 1.0 and f["strict_f1"] == 1.0


def test_empty_system():
    f = figures([A(0, 4), A(5, 9)], [])
    # nothing found: P = 0/0 taken as 0, R = 0/2 = 0
    assert f["gold"] == 2 and f["system"] == 0
    assert f["strict_f1"] == f["relaxed_f1"] == f["relaxed_p"] == f["relaxed_r"] == 0.0


def test_empty_gold():
    f = figures([], [A(0, 4)])
    # every system expression is spurious: P = 0/1, R = 0/0 -> 0
    assert f["gold"] == 0 and f["system"] == 1 and f["relaxed_p"] == 0.0 and f["relaxed_f1"] == 0.0


def test_both_empty_gives_zeros_not_an_error():
    f = figures([], [])
    assert f["strict_f1"] == 0.0 and f["gold"] == f["system"] == 0


def test_strict_ignores_surrounding_white_space():
    text = "on  Monday\n, then"
    #       0  3      10
    gold = [A(3, 11)]  # " Monday\n": annotated with white space around it
    system = [A(4, 10)]  # "Monday"
    assert figures(gold, system, text)["strict_f1"] == 1.0
    assert figures(gold, system)["strict_f1"] == 0.0  # without the text nothing can be trimmed


def test_per_type_counts_are_keyed_by_gold_type_and_add_up():
    gold = [A(0, 4, "DATE", "2021"), A(5, 9, "SET", "P1W"), A(10, 14, "DURATION", "P1D")]
    system = [A(0, 4, "DATE", "2021"), A(5, 9, "DATE", "P1W"), A(20, 24, "TIME", "T10:00")]
    score = Score()
    score.add_document(gold, system)
    by = score.to_dict()["by_type"]
    # the DATE-typed system span on the SET gold counts under SET (type wrong, value right);
    # the spurious TIME counts under its own type; the missed DURATION has no system
    assert (by["SET"]["gold"], by["SET"]["system"], by["SET"]["type_f1"], by["SET"]["value_f1"]) == (1, 1, 0.0, 1.0)
    assert (by["TIME"]["gold"], by["TIME"]["system"]) == (0, 1)
    assert (by["DURATION"]["gold"], by["DURATION"]["system"]) == (1, 0)
    assert sum(v["system"] for v in by.values()) == 3 and sum(v["gold"] for v in by.values()) == 3


def test_system_expressions_on_the_creation_date_line_are_dropped():
    doc = Document("d", "June 1, 2021 - open now.", date(2021, 6, 1),
                   gold=[A(20, 23, "DATE", "PRESENT_REF")], dct_spans=[(0, 12)])

    run = evaluate([doc], lambda text, ctx: [T(0, 6, "DATE", "XXXX-06"), T(20, 23, "DATE", "PRESENT_REF")])
    assert run.score.overall.system == 1 and run.score.overall.strict == 1


def test_tagger_gets_the_documents_settings():
    seen = []
    doc = Document("d", "x", date(2001, 2, 3), lang="en", document_type="narrative")
    evaluate([doc], lambda text, ctx: seen.append(ctx) or [])
    evaluate([doc], lambda text, ctx: seen.append(ctx) or [], document_type="news")
    assert seen[0].reference_date == date(2001, 2, 3) and seen[0].document_type == "narrative"
    assert seen[1].document_type == "news"


def test_unsupported_language_is_skipped_with_the_real_engine():
    run = evaluate([Document("d", "el 3 de mayo", date(2020, 1, 1), lang="es", gold=[A(3, 12)])])
    assert run.score.documents == 0 and run.skipped == {"unsupported language es": 1}


# ---------------------------------------------------------------- readers


def test_read_tml_offsets_with_entities_and_nested_tags():
    doc = read_tml(FIXTURES / "story.tml")
    assert doc.id == "story-1" and doc.dct == date(2020, 5, 4)
    # "&amp;" and "&#233;" are one character each, "&lt;see notes&gt;" is literal text,
    # EVENT tags and the SIGNAL inside a TIMEX3 contribute only their words
    assert doc.text.startswith("Smith & Sons café opened on Monday")
    assert "<see notes>" in doc.text and "<" not in doc.text.replace("<see notes>", "")
    # "Smith & Sons café opened on " is 5+1+1+1+4+1+4+1+6+1+2+1 = 28 characters
    t1, t2, t3 = doc.gold
    assert (t1.start, t1.end, t1.type, t1.value) == (28, 51, "DATE", "2019-01-07")
    assert doc.text[t1.start:t1.end] == "Monday, January 7, 2019"
    assert doc.text[t2.start:t2.end] == "two years" and (t2.value, t2.mod) == ("P2Y", "APPROX")
    assert doc.text[t3.start:t3.end] == "today" and t3.value == "PRESENT_REF"
    assert doc.dct_spans == []  # the creation date sits in <DCT>, outside <TEXT>


def test_read_tml_creation_time_inside_text_is_not_gold(tmp_path):
    f = tmp_path / "d.tml"
    f.write_text('<TimeML><TEXT><TIMEX3 tid="t0" type="DATE" value="2011-04-09T10:00" '
                 'functionInDocument="CREATION_TIME">9 April 2011</TIMEX3>: rain &quot;<TIMEX3 tid="t1" '
                 'type="DATE" value="2011-04-08">yesterday</TIMEX3>&quot;</TEXT></TimeML>', encoding="utf-8")
    doc = read_tml(f)
    assert doc.id == "d" and doc.dct == date(2011, 4, 9)
    assert doc.text == '9 April 2011: rain "yesterday"'
    assert doc.dct_spans == [(0, 12)]
    assert [(g.start, g.end, g.text) for g in doc.gold] == [(20, 29, "yesterday")]


def test_read_jsonl():
    docs = list(read_jsonl(FIXTURES / "news.jsonl"))
    assert [d.id for d in docs] == ["n1", "n2"]
    n1, n2 = docs
    assert n1.dct == date(2021, 3, 5) and n1.lang == "en" and n1.document_type is None
    assert [(g.text, g.type, g.value) for g in n1.gold] == [
        ("March 3, 2021", "DATE", "2021-03-03"), ("next week", "DATE", "2021-W10"),
        ("three hours", "DURATION", "PT3H")]
    assert all(d.text[g.start:g.end] == g.text for d in docs for g in d.gold)
    assert n2.dct_spans == [(0, 12)] and n2.gold[1].mod == "START"


# ---------------------------------------------------------------- command line

# What the fake tagger finds in the fixtures, against the gold there:
#   n1     "March 3"       gold "March 3, 2021"  relaxed only, value right
#          "next week"     exact, value wrong (W11 for W10)
#          "three hours"   exact, right
#   n2     "June 1, 2021"  the creation-date line: dropped
#          "every Sunday"  exact, type wrong (DATE for SET), value right
#          gold "now" is missed
#   story  "January 7, 2019"  gold "Monday, January 7, 2019": relaxed only, value right
#          "two years"     exact, right;  "today"  exact, value wrong;  "may"  spurious
FAKE = {
    "March 3": ("DATE", "2021-03-03"),
    "next week": ("DATE", "2021-W11"),
    "three hours": ("DURATION", "PT3H"),
    "June 1, 2021": ("DATE", "2021-06-01"),
    "every Sunday": ("DATE", "XXXX-WXX-7"),
    "January 7, 2019": ("DATE", "2019-01-07"),
    "two years": ("DURATION", "P2Y"),
    "today": ("DATE", "2020-05-04"),
    "may": ("DATE", "XXXX-05"),
}


@dataclass
class FakeTimex:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    rule: str = ""


def fake_tagger(text, context):
    out = []
    for phrase, (type_, value) in FAKE.items():
        i = text.find(phrase)
        while i >= 0:
            out.append(FakeTimex(i, i + len(phrase), type_, value))
            i = text.find(phrase, i + 1)
    return out


def run_cli(args, tagger=fake_tagger):
    out = io.StringIO()
    assert main(args, tagger=tagger, out=out) == 0
    return out.getvalue()


def test_cli_json_figures_on_the_fixtures():
    d = json.loads(run_cli([str(FIXTURES), "--json"]))
    o = d["overall"]
    # gold 3 + 2 + 3 = 8; system 3 + 1 + 4 = 8 (the creation-date line dropped)
    assert (d["documents"], o["gold"], o["system"]) == (3, 8, 8)
    # strict: next week, three hours, every Sunday, two years, today = 5 -> 5/8 both ways
    assert (o["strict_p"], o["strict_r"], o["strict_f1"]) == (0.625, 0.625, approx(0.625))
    # relaxed: those 5 + "March 3" + "January 7, 2019" = 7 -> 7/8
    assert (o["relaxed_p"], o["relaxed_r"]) == (0.875, 0.875)
    # type: 7 matches less "every Sunday" = 6 -> 6/8; value: 7 less next week, today = 5 -> 5/8
    assert o["type_f1"] == approx(0.75) and o["value_f1"] == approx(0.625)
    by = d["by_type"]
    # DATE: gold March 3 2021, next week, now, Monday..., today = 5;
    #       system 4 matched + spurious "may" = 5; strict next week, today = 2; relaxed 4;
    #       values right: March 3, January 7 = 2
    assert (by["DATE"]["gold"], by["DATE"]["system"]) == (5, 5)
    assert (by["DATE"]["strict_f1"], by["DATE"]["relaxed_f1"], by["DATE"]["value_f1"]) == (
        approx(0.4), approx(0.8), approx(0.4))
    assert by["DURATION"]["strict_f1"] == by["DURATION"]["value_f1"] == 1.0
    assert (by["SET"]["relaxed_f1"], by["SET"]["type_f1"], by["SET"]["value_f1"]) == (1.0, 0.0, 1.0)


def test_cli_table_and_errors_file(tmp_path):
    errors = tmp_path / "errors.txt"
    out = run_cli([str(FIXTURES / "news.jsonl"), str(FIXTURES / "story.tml"), "--errors", str(errors)])
    assert "strict P" in out and "relax P" in out and "value F1" in out
    overall = next(line for line in out.splitlines() if line.startswith("overall"))
    assert overall.split()[1:3] == ["8", "8"] and "62.5" in overall and "87.5" in overall
    assert "7 errors written" in out
    lines = errors.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    kinds = sorted(r[0] for r in rows)
    assert kinds == ["BOUNDARY", "BOUNDARY", "MISSED", "SPURIOUS", "WRONG_TYPE", "WRONG_VALUE", "WRONG_VALUE"]
    missed = next(r for r in rows if r[0] == "MISSED")
    assert missed[2] == "n2" and 'PRESENT_REF' in missed[3] and missed[4] == "system=-"
    assert "every Sunday from [[now]] on." in missed[5]
    wrong = [r for r in rows if r[0] == "WRONG_VALUE"]
    assert {r[2] for r in wrong} == {"n1", "story-1"}
    today = next(r for r in wrong if r[2] == "story-1")
    assert "PRESENT_REF" in today[3] and "2020-05-04" in today[4] and "[[today]]" in today[5]
    # context is at most 60 characters either side and stays on one line
    assert all(len(r[5]) <= 60 + 60 + 4 + 30 for r in rows)
    assert "\n" not in "".join(r[5] for r in rows)


def test_cli_notation_adds_a_column_and_says_what_it_is():
    plain = run_cli([str(FIXTURES / "news.jsonl")])
    out = run_cli([str(FIXTURES / "news.jsonl"), "--notation"])
    assert "notation" not in plain.splitlines()[0] and "notation" in out.splitlines()[0]
    overall = next(line for line in out.splitlines() if line.startswith("overall"))
    assert len(overall.split()) == len(next(line for line in plain.splitlines()
                                            if line.startswith("overall")).split()) + 1
    assert "not the TempEval-3 value F1" in out


def test_cli_document_type_override_reaches_the_tagger():
    seen = set()
    run_cli([str(FIXTURES), "--document-type", "narrative"], tagger=lambda t, c: seen.add(c.document_type) or [])
    assert seen == {"narrative"}


def test_cli_with_the_real_engine_prints_the_table(capsys):
    assert main([str(FIXTURES)]) == 0
    out = capsys.readouterr().out
    assert "strict P" in out and out.splitlines()[2].startswith("overall")


def test_a_tagger_crash_names_the_document():
    def broken(text, ctx):
        raise KeyError("boom")

    with pytest.raises(RuntimeError, match="n1"):
        evaluate(read_jsonl(FIXTURES / "news.jsonl"), broken)


def test_errors_show_the_rule_that_found_a_system_expression(tmp_path):
    errors = tmp_path / "e.txt"
    run_cli([str(FIXTURES / "story.tml"), "--errors", str(errors)],
            tagger=lambda t, c: [FakeTimex(t.find("may"), t.find("may") + 3, "DATE", "XXXX-05", rule="month_name")])
    spurious = [line for line in errors.read_text().splitlines() if line.startswith("SPURIOUS")]
    assert len(spurious) == 1 and "rule=month_name" in spurious[0] and "[[may]]" in spurious[0]


def test_cli_missing_path_is_an_error():
    assert main([str(FIXTURES / "nope.jsonl")], tagger=fake_tagger) == 2


def test_cli_corpora_with_a_directory_of_copies(tmp_path):
    # --corpora on a directory holding one standard file (our fixture under its name):
    # runs it, skips the others with a message
    (tmp_path / "tbaq_cleaned.jsonl").write_text((FIXTURES / "news.jsonl").read_text())
    out = run_cli(["--corpora", str(tmp_path)])
    assert "skipping meantime_en_apple.jsonl" in out and "skipping tweets_train.jsonl" in out
    row = next(line for line in out.splitlines() if line.startswith("tbaq_cleaned"))
    assert row.split()[-3:-1] == ["2", "5"]  # docs, gold


CORPORA = Path(os.environ.get("TIMELINE_CORPORA") or REPO_ROOT.parent / "shared" / "corpora")


@pytest.mark.skipif(not (CORPORA / "tbaq_cleaned.jsonl").is_file(), reason="shared corpora not present")
def test_cli_corpora_runs_on_the_shared_corpora(capsys):
    assert default_corpora_dir() == CORPORA
    assert main(["--corpora", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    for name in ("tbaq_cleaned", "meantime_en_apple", "wikiwars_en_train", "tweets_train"):
        assert any(line.startswith(name) for line in out.splitlines()), name
    assert "type F1 is meaningless" in out


def test_partially_annotated_corpus_scores_only_its_annotated_sentences(tmp_path):
    # MEANTIME-style: only the first sentence carries annotations; the second is out of scope.
    text = "Sales rose on Monday. They fell on Tuesday."
    line = {"id": "m1", "corpus": "meantime_en", "dct": "2021-06-02", "text": text,
            "sentences": {"0": [0, 21], "1": [22, 43]},
            "timexes": [{"start": 14, "end": 20, "type": "DATE", "value": "2021-05-31"}],
            "events": [{"start": 6, "end": 10, "eid": "e1"}]}
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (doc,) = list(read_jsonl(path))
    assert doc.scope_end == 21

    run = evaluate([doc], lambda text, ctx: [T(14, 20, "DATE", "2021-05-31"), T(35, 42, "DATE", "2021-06-01")])
    # the Tuesday in the unannotated sentence is neither spurious nor counted: P = R = 1/1
    assert run.score.overall.system == 1 and run.score.overall.strict == 1
