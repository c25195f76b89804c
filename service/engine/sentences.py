"""Sentence splitting for news and narrative text.

``split_sentences(text)`` returns ``(start, end)`` offsets (end exclusive) of each sentence with
leading and trailing whitespace excluded. Rules, in the order they are applied at a candidate boundary:

* a line break ends a sentence (headlines, datelines, bylines are one line each), except a single line
  break inside hard-wrapped prose: the line does not end with a full stop and the next one starts
  lower case;
* a news dateline at the start of a line ("LONDON (Reuters) -") is a sentence of its own;
* ``. ! ? …`` followed by optional closing quotes/brackets and white space ends a sentence, unless the
  next word starts lower case, or the full stop belongs to an abbreviation (lexicon
  ``events_sentences.yaml``): titles never end a sentence, "Inc."/"U.S."/"p.m." end one only before
  a typical sentence opener, "Jan." never before a number, single initials ("J. K. Rowling") never.

Numbers such as ``3.5`` never match: a candidate needs white space after its punctuation.

A "sentence" longer than ``MAX_SENTENCE_CHARS`` (a table, a list or a log pasted without full stops;
the longest sentence of the development corpora has about 600 characters) is cut into pieces of at
most that length, at the last ``; : ,`` or else the last white space of each piece. Tense and events
look at every date's whole sentence, so without the cut their cost grows with the square of such a
run's length.
The lexicon is read once at import; the function is pure and thread-safe.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

_LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "en" / "events_sentences.yaml"


def _load() -> dict[str, frozenset[str]]:
    with open(_LEXICON, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


_WORDS = _load()
_NEVER = _WORDS["never_final"]
_MAYBE = _WORDS["maybe_final"]
_BEFORE_NUMBER = _WORDS["before_number"]
_OPENERS = _WORDS["openers"]

_CLOSERS = "\"'”’)]»"
_OPENING = "\"'“‘([«"
# A terminator run plus closing quotes, followed by white space or the end; or a line break. Written
# as one set of first characters, then the rest of either (a lookbehind tells which it started): a
# pattern that starts with a set lets the regex engine scan for candidates fast.
_CANDIDATE = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])[.!?…]*[\"'”’)\]»]*(?=\s|$))")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]\.?$")
_NEXT_WORD = re.compile(r"[\"'“‘(\[«]*([A-Za-z]+)")
# "LONDON (Reuters) -", "WASHINGTON, July 19 (AP) —", "KYIV, Ukraine —" at the start of a line.
_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,3}"
    r"(?:,[^\n()\-–—]{1,40})?\s*(?:\([A-Za-z .&/]+\)\s*)?[-–—]{1,2}(?=\s)"
)
_END_CHARS = frozenset(".!?…:;" + _CLOSERS)

MAX_SENTENCE_CHARS = 1000
_CLAUSE_BREAK = re.compile(r"[;:,](?=\s)")


def _is_boundary(text: str, start: int, m: re.Match) -> bool:
    """Whether the terminator match ``m`` ends the sentence begun at ``start``."""
    n = len(text)
    j = m.end()
    while j < n and text[j] in " \t\r\f\v":
        j += 1
    if j >= n or text[j] == "\n":
        return True
    k = j
    while k < n and text[k] in _OPENING:
        k += 1
    if k < n and text[k].islower():
        return False  # "etc. and", "“Why?” he asked"
    punct = m.group()
    if "." not in punct.rstrip(_CLOSERS) or not punct.startswith("."):
        return True  # ! ? … or a run such as "?." : always a boundary before a non-lower word
    if len(punct.rstrip(_CLOSERS)) > 1:
        return True  # an ellipsis before a capital
    # The word carrying the full stop.
    i = m.start()
    b = i
    while b > start and not text[b - 1].isspace():
        b -= 1
    word = text[b:i].lstrip(_OPENING)
    if not word:
        return True
    low = word.lower()
    if len(word) == 1 and word.isupper():
        return False  # an initial
    if low in _NEVER:
        return False
    nxt = _NEXT_WORD.match(text, j)
    if low in _BEFORE_NUMBER:
        if text[j].isdigit():
            return False
        return bool(nxt) and nxt.group(1).lower() in _OPENERS
    if low in _MAYBE or _DOTTED.match(low + "."):
        return bool(nxt) and nxt.group(1).lower() in _OPENERS
    return True


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def _cut(text: str, a: int, limit: int) -> int:
    """Where to end a piece of an over-long sentence starting at ``a``: after the last clause break
    in the second half of ``text[a:limit]``, else at its last white space, else at ``limit``."""
    half = a + (limit - a) // 2
    last = None
    for m in _CLAUSE_BREAK.finditer(text, half, limit):
        last = m
    if last is not None:
        return last.end()
    k = limit
    while k > half and not text[k - 1].isspace():
        k -= 1
    return k if k > half else limit


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (str offsets, end exclusive, white space trimmed)."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    line_start = True

    def emit(a: int, b: int) -> None:
        s = _trim(text, a, b)
        if s is None:
            return
        a, b = s
        while b - a > MAX_SENTENCE_CHARS:
            cut = _cut(text, a, a + MAX_SENTENCE_CHARS)
            piece = _trim(text, a, cut)
            if piece is not None:
                spans.append(piece)
            a = cut
            while a < b and text[a].isspace():
                a += 1
        spans.append((a, b))

    pos = 0
    while pos <= n:
        if line_start:
            line_start = False
            d = _DATELINE.match(text, start)
            if d is not None:
                emit(start, d.end())
                start = d.end()
        m = _CANDIDATE.search(text, pos)
        if m is None:
            break
        if m.group() == "\n":
            end = m.start()
            # Hard-wrapped prose: single line break, no final punctuation, next line lower case.
            k = m.end()
            while k < n and text[k] in " \t\r":
                k += 1
            prev = end - 1
            while prev >= start and text[prev] in " \t\r":
                prev -= 1
            if (
                k < n
                and text[k].islower()
                and prev >= start
                and text[prev] not in _END_CHARS
            ):
                pos = m.end()
                continue
            emit(start, end)
            start = m.end()
            pos = m.end()
            line_start = True
            continue
        if _is_boundary(text, start, m):
            emit(start, m.end())
            start = m.end()
        pos = m.end()
    emit(start, n)
    return spans
