"""Score the engine on annotated documents (TempEval-3 task A).

    python -m service.evaluate FILE_OR_DIR... [--document-type news|narrative]
                               [--errors FILE] [--json] [--limit N] [--notation] [--events]
    python -m service.evaluate --corpora [DIR]     # the standard English development sets

Files are JSON Lines in the shared corpora format or TimeML ``.tml``; directories are
searched for both. Each document is tagged with its creation date as reference date.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from service.engine import DOCUMENT_TYPES, Engine
from service.evaluation.documents import read_jsonl, read_paths
from service.evaluation.events import EventRun, evaluate_events
from service.evaluation.report import corpora_table, events_table, score_table, write_errors, write_event_errors
from service.evaluation.runner import Run, Tagger, evaluate

REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Corpus:
    file: str
    document_type: str | None  # None: each document's own (default news)
    note: str = ""


# The English development sets and how to run them (see shared/corpora/README.md).
STANDARD_CORPORA = (
    Corpus("tbaq_cleaned.jsonl", "news"),
    Corpus("meantime_en_apple.jsonl", "news"),
    Corpus("wikiwars_en_train.jsonl", "narrative",
           "wikiwars_en_train: every gold type is DATE in this conversion, so its type F1 is meaningless"),
    Corpus("tweets_train.jsonl", None),
)


def default_corpora_dir() -> Path:
    env = os.environ.get("TIMELINE_CORPORA")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "corpora"


def run_corpora(directory: Path, tagger: Tagger, limit: int | None = None,
                out=sys.stdout) -> list[Run]:
    runs = []
    for corpus in STANDARD_CORPORA:
        path = directory / corpus.file
        if not path.is_file():
            print(f"skipping {corpus.file}: not found in {directory}", file=out)
            continue
        run = evaluate(read_jsonl(path), tagger, document_type=corpus.document_type,
                       limit=limit, name=path.stem)
        run.note = corpus.note
        runs.append(run)
    return runs


def run_events(args, paths_or_dir, corpora: bool, analyze) -> list[EventRun]:
    """The event-trigger scores, per corpus (``--corpora``) or over the given paths."""
    if corpora:
        return [evaluate_events(read_jsonl(paths_or_dir / c.file), analyze, document_type=c.document_type,
                                limit=args.limit, name=Path(c.file).stem)
                for c in STANDARD_CORPORA if (paths_or_dir / c.file).is_file()]
    return [evaluate_events(read_paths(paths_or_dir), analyze, document_type=args.document_type,
                            limit=args.limit, name="given documents")]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="timeline-evaluate", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", help=".jsonl or .tml files, or directories holding them")
    p.add_argument("--document-type", choices=DOCUMENT_TYPES,
                   help="override every document's type (default: the document's own, else news)")
    p.add_argument("--errors", metavar="FILE",
                   help="write every miss, spurious expression, wrong type/value with context")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--notation", action="store_true",
                   help="also show value F1 with gold and system values spelt the standard TIMEX3 way "
                        "('2000-W7' as 2000-W07, 'P12H' as PT12H, ...): how many wrong values differ in "
                        "spelling only (always in --json as value_notation_f1)")
    p.add_argument("--events", action="store_true",
                   help="also score the timeline's event triggers against the gold TLINKs that tie an "
                        "expression to the events it dates (documents that have them)")
    p.add_argument("--limit", type=int, metavar="N",
                   help="score at most N documents (per corpus with --corpora, per run otherwise)")
    p.add_argument("--corpora", nargs="?", const="", metavar="DIR",
                   help="run the standard English development sets from DIR (default: "
                        "$TIMELINE_CORPORA or ../shared/corpora from the repo root)")
    return p


def main(argv: Sequence[str] | None = None, tagger: Tagger | None = None, out=None, engine=None) -> int:
    """Command line entry point; ``tagger`` replaces the engine's expressions and ``engine`` the engine
    whose timeline ``--events`` scores (tests)."""
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.corpora is None and not args.paths:
        parser.error("give files or directories to score, or --corpora")
    if args.corpora is not None and args.paths:
        parser.error("give either paths or --corpora, not both")
    if engine is None and (tagger is None or args.events):
        engine = Engine()  # one for both scores: building it compiles every rule
    analyze = None
    if engine is not None:
        # with --events, each document is analysed once for both scores (the expressions and the timeline)
        analyze = functools.lru_cache(maxsize=None)(engine.analyze) if args.events else engine.analyze
    tagger = tagger or (lambda text, context: analyze(text, context).expressions)

    if args.corpora is not None:
        directory = Path(args.corpora) if args.corpora else default_corpora_dir()
        if not directory.is_dir():
            print(f"corpora directory not found: {directory}", file=sys.stderr)
            return 2
        log = sys.stderr if args.json else out
        runs = run_corpora(directory, tagger, args.limit, out=log)
        event_runs = [r for r in run_events(args, directory, True, analyze) if r.documents] if args.events else []
        if args.json:
            d = {r.name: r.to_dict() for r in runs}
            for r in event_runs:
                d[r.name]["events"] = r.to_dict()
            json.dump(d, out, indent=2)
            out.write("\n")
        else:
            print(corpora_table(runs, notation=args.notation), file=out)
            if event_runs:
                print("\n" + events_table(event_runs), file=out)
    else:
        try:
            runs = [evaluate(read_paths(args.paths), tagger, document_type=args.document_type,
                             limit=args.limit, name="")]
            event_runs = run_events(args, args.paths, False, analyze) if args.events else []
        except (FileNotFoundError, ValueError) as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        if args.json:
            d = runs[0].to_dict()
            if event_runs:
                d["events"] = event_runs[0].to_dict()
            json.dump(d, out, indent=2)
            out.write("\n")
        else:
            print(score_table(runs[0], notation=args.notation), file=out)
            if event_runs:
                print("\n" + events_table(event_runs), file=out)

    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as fh:
            n = write_errors(runs, fh)
            if event_runs:
                n += write_event_errors(event_runs, fh)
        print(f"{n} errors written to {args.errors}", file=sys.stderr if args.json else out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
