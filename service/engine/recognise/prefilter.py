"""A cheap first-character test in front of each rule's regex (speed only: the matches do not change).

The regex engine tries a pattern at every position of a window; for a pattern that starts with a
long alternation of words ("January|February|...") under IGNORECASE each failed try is costly.
``with_first_char_test(regex)`` returns ``(?=[S])(?:pattern)`` where ``S`` holds every character
a match can start with (read off the parsed pattern; zero-width lookarounds and anchors are
skipped), so most positions fail on one character-set test. A match of the new pattern is a match
of the old one at the same position with the same groups, and every old match starts with a
character of ``S``, so ``finditer`` yields exactly the same matches.

When the start cannot be read with certainty (a pattern that may match the empty string, a
backreference, ``.``, a negated set, an inline flag change) the regex is returned unchanged.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser's internals moved in Python 3.11; without them nothing is changed
    from re import _constants as C, _parser
except ImportError:  # pragma: no cover
    C = _parser = None


class _Unknown(Exception):
    pass


def _categories() -> dict:
    return {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_WORD: r"\w",
            C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S"}


def _first(seq, out: list[tuple]) -> bool:
    """Add to ``out`` set items (``(first, last)`` code point ranges or a category such as ``\\d``)
    for every character a match of ``seq`` can start with; return
    whether ``seq`` can match the empty string (then what follows it can start a match too)."""
    for op, av in seq:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero width: the next item consumes the first character
        if op is C.LITERAL:
            out.append((av, av))
            return False
        if op is C.IN:
            cats = _categories()
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.append((iav, iav))
                elif iop is C.RANGE:
                    out.append(tuple(iav))
                elif iop is C.CATEGORY and iav in cats:
                    out.append(cats[iav])
                else:
                    raise _Unknown(iop)  # NEGATE and the rest
            return False
        if op is C.BRANCH:
            nullable = False
            for alternative in av[1]:
                nullable |= _first(alternative, out)
            if not nullable:
                return False
            continue
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown("inline flags")
            if not _first(sub, out):
                return False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            least, _most, sub = av
            if not _first(sub, out) and least > 0:
                return False
            continue
        if op is C.ATOMIC_GROUP:
            if not _first(av, out):
                return False
            continue
        raise _Unknown(op)
    return True


def _first_items(regex: re.Pattern) -> list | None:
    """The set items a match of ``regex`` can start with; None when they cannot be read with certainty."""
    if _parser is None or not isinstance(regex.pattern, str) or regex.flags & re.LOCALE:
        return None
    try:
        items: list = []
        if _first(_parser.parse(regex.pattern, regex.flags), items):
            return None  # may match the empty string
        return items
    except Exception:  # noqa: BLE001 - anything unexpected: no test
        return None


def _render(item) -> str:
    if isinstance(item, str):
        return item
    lo, hi = item
    return re.escape(chr(lo)) if lo == hi else re.escape(chr(lo)) + "-" + re.escape(chr(hi))


def _wrapped(regex: re.Pattern) -> str:
    tail = "\n)" if regex.flags & re.VERBOSE else ")"  # a trailing comment must not hide the ")"
    return "(?:" + regex.pattern + tail


# Both are pure functions of the pattern and its flags (what re.Pattern hashes on): each Recogniser
# (one per Engine) then reuses the compiled result instead of compiling again.
@lru_cache(maxsize=512)
def with_first_char_test(regex: re.Pattern) -> re.Pattern:
    """``regex`` with a leading first-character lookahead, or ``regex`` itself when unsure."""
    items = _first_items(regex)
    if items is None:
        return regex
    try:
        test = "[" + "".join(dict.fromkeys(map(_render, items))) + "]"
        return re.compile("(?=" + test + ")" + _wrapped(regex), regex.flags)
    except Exception:  # noqa: BLE001 - anything unexpected: keep the rule's own regex
        return regex


@lru_cache(maxsize=512)
def first_char_skipper(regex: re.Pattern) -> re.Pattern | None:
    r"""A regex that matches one character at exactly the positions where ``regex`` matches (with
    the same ``endpos``), or None when unsure; see ``finditer_skipping``.

    It is ``[S](?<=(?=P)[\s\S])``: the set test comes first and is case-sensitive, so the regex
    engine skips non-candidate positions in its fast character-set scan instead of trying the
    pattern there; the lookbehind steps back over that character and the lookahead runs the
    whole pattern ``P`` from it. Under IGNORECASE ``S`` holds both cases of ASCII letters, every
    non-ASCII character (their case variants are rare and are left to ``P``) and, when ``P`` may
    start with a non-ASCII character, the ASCII letters the regex engine matches to it under
    IGNORECASE (asked of the engine itself: "s" for the long s, "k" for the Kelvin sign, none
    for "’" or "–").
    """
    items = _first_items(regex)
    if items is None:
        return None
    flags = regex.flags
    if flags & re.IGNORECASE:
        cased = []
        for item in items:
            if isinstance(item, str):
                continue
            lo, hi = item
            if hi > 0x7F:
                # the ASCII letters the regex engine itself takes for a case variant of a character of
                # the item ("ſ" for "s", the Kelvin sign for "k"); none for "’" or "–"
                probe = re.compile("[" + _render(item) + "]", re.IGNORECASE)
                cased += [(c, c) for c in [*range(0x41, 0x5B), *range(0x61, 0x7B)] if probe.match(chr(c))]
            cased += [(ord(chr(c).swapcase()),) * 2 for c in range(lo, min(hi, 0x7F) + 1) if chr(c).isalpha()]
        items = items + cased + [(0x80, 0x10FFFF)]
        inner = "(?i:" + regex.pattern + ("\n)" if flags & re.VERBOSE else ")")
        flags &= ~re.IGNORECASE
    else:
        inner = _wrapped(regex)
    try:
        test = "[" + "".join(dict.fromkeys(map(_render, items))) + "]"
        return re.compile(test + "(?<=(?=" + inner + ")[\\s\\S])", flags)
    except Exception:  # noqa: BLE001 - a pattern this cannot wrap: no skipper
        return None


def finditer_skipping(regex: re.Pattern, skipper: re.Pattern, text: str, pos: int, endpos: int):
    """``regex.finditer(text, pos, endpos)`` for a regex that never matches the empty string, with
    the candidate positions found by its ``first_char_skipper``."""
    while True:
        c = skipper.search(text, pos, endpos)
        if c is None:
            return
        m = regex.match(text, c.start(), endpos)
        if m is None:  # cannot happen: the skipper matched only where regex matches
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()
