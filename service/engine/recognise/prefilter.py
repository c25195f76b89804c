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

try:  # the parser's internals moved in Python 3.11; without them nothing is changed
    from re import _constants as C, _parser
except ImportError:  # pragma: no cover
    C = _parser = None


class _Unknown(Exception):
    pass


def _categories() -> dict:
    return {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_WORD: r"\w",
            C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S"}


def _first(seq, out: list[str]) -> bool:
    """Add to ``out`` set items for every character a match of ``seq`` can start with; return
    whether ``seq`` can match the empty string (then what follows it can start a match too)."""
    for op, av in seq:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero width: the next item consumes the first character
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
            return False
        if op is C.IN:
            cats = _categories()
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.append(re.escape(chr(iav)))
                elif iop is C.RANGE:
                    out.append(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
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


def with_first_char_test(regex: re.Pattern) -> re.Pattern:
    """``regex`` with a leading first-character lookahead, or ``regex`` itself when unsure."""
    if _parser is None or not isinstance(regex.pattern, str):
        return regex
    try:
        items: list[str] = []
        if _first(_parser.parse(regex.pattern, regex.flags), items):
            return regex  # may match the empty string
        tail = "\n)" if regex.flags & re.VERBOSE else ")"  # a trailing comment must not hide the ")"
        test = "[" + "".join(dict.fromkeys(items)) + "]"
        return re.compile("(?=" + test + ")(?:" + regex.pattern + tail, regex.flags)
    except Exception:  # noqa: BLE001 - anything unexpected: keep the rule's own regex
        return regex
