"""The repository holds no text of the development corpora.

The shared corpora are for measuring; their licences (several research-only) forbid copying them, and
a test phrasing lifted from them would also hide overfitting: the engine would be tested on the very
sentences it was tuned on. So no tracked text file may share a run of RUN consecutive words with a
corpus document. Common phrases ("by the end of the month") are shorter than that; a copied sentence
is not. Skipped where the corpora are absent (a fresh checkout elsewhere).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("TIMELINE_CORPORA") or REPO_ROOT.parent / "shared" / "corpora")
RUN = 8  # words
TEXT_SUFFIXES = (".py", ".yaml", ".yml", ".md", ".html", ".txt", ".toml", ".cfg", ".json")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

pytestmark = pytest.mark.skipif(not any(CORPORA.glob("*.jsonl")), reason="shared corpora not present")


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _runs(words: list[str]):
    for i in range(len(words) - RUN + 1):
        yield hash(tuple(words[i:i + RUN]))


def _tracked_text_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout
        names = out.split("\n")
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: every file under the project
        names = [str(p.relative_to(REPO_ROOT)) for p in REPO_ROOT.rglob("*") if ".venv" not in p.parts]
    return [REPO_ROOT / n for n in names if n.endswith(TEXT_SUFFIXES) and (REPO_ROOT / n).is_file()]


def test_no_tracked_file_repeats_a_run_of_corpus_words():
    corpus_runs: set[int] = set()
    for path in CORPORA.glob("*.jsonl"):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                corpus_runs.update(_runs(_words(json.loads(line).get("text", ""))))
    found = []
    for path in _tracked_text_files():
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if any(h in corpus_runs for h in _runs(_words(line))):
                found.append(f"{path.relative_to(REPO_ROOT)}:{n}: {line.strip()[:120]}")
    assert not found, f"{len(found)} lines share {RUN}+ consecutive words with a corpus text:\n" + "\n".join(found)


def test_the_check_finds_a_copied_run():
    # the check itself: a run of RUN words found in one text is found in another, whatever the case
    # and punctuation around it
    a = "One two three four five six seven eight nine."
    b = "x ONE two, three four five six seven eight"
    assert set(_runs(_words(a))) & set(_runs(_words(b)))
    assert not set(_runs(_words(a))) & set(_runs(_words("one two three four five six seven")))
