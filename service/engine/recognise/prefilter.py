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

``grouped(regex)`` compiles a regex again with its alternations grouped by first character: the
rules' long lists of words ("september|february|...|may|...|march") become "...|ma(?:y|rch)|...",
so a try at a position no longer walks every word of the list.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser's internals moved in Python 3.11; without them nothing is changed
    import _sre
    from re import _compiler, _constants as C, _parser
except ImportError:  # pragma: no cover
    C = _compiler = _parser = _sre = None


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


def _first_literal(seq, ignorecase: bool):
    """What the first item of ``seq`` must match when it is one literal character, else None: the
    character, or under IGNORECASE its lower case when it is ASCII (two different ASCII letters
    never match the same character, whatever the case rules of the rest of Unicode)."""
    if not seq.data:
        return None
    op, av = seq.data[0]
    if op is not C.LITERAL:
        return None
    if not ignorecase:
        return av
    return chr(av).lower() if av < 0x80 else None


def _grouped_alternatives(alternatives: list, ignorecase: bool, state) -> list:
    """The alternatives of a branch with those that start with the same literal character merged
    into one, "c(?:rest1|rest2|...)", recursively.

    The regex engine tries the alternatives in order and keeps the first that leads to a match.
    Only alternatives that can match at the same position compete, and two that start with
    different literal characters never do; so moving an alternative up past others that start
    with another literal, next to the earlier ones of its own first character, never changes which
    one wins. An alternative that does not start with a literal (a set, a group, an empty one) may
    compete with any: nothing is moved past it.
    """
    groups: list[list] = []  # in order of first appearance; each a list of alternatives
    open_groups: dict = {}  # first character -> its group, since the last alternative nothing moves past
    for alt in alternatives:
        first = _first_literal(alt, ignorecase)
        if first is None:
            groups.append([alt])
            open_groups = {}
        elif first in open_groups:
            open_groups[first].append(alt)
        else:
            open_groups[first] = [alt]
            groups.append(open_groups[first])
    out = []
    for group in groups:
        if len(group) == 1:
            out.append(group[0])
            continue
        # same first character (under IGNORECASE the literals of one letter compile alike)
        rests = [_parser.SubPattern(state, alt.data[1:]) for alt in group]
        out.append(_parser.SubPattern(state, [group[0].data[0], *_branch_items(
            _grouped_alternatives(rests, ignorecase, state))]))
    return out


def _branch_items(alternatives: list) -> list:
    """Items matching one of ``alternatives``: the alternative itself when there is one, a character set when
    each is one character (as the regex parser does), else a branch."""
    if len(alternatives) == 1:
        return list(alternatives[0].data)
    chars = []
    for alt in alternatives:
        if len(alt.data) != 1:
            break
        op, av = alt.data[0]
        if op is C.LITERAL:
            chars.append((op, av))
        elif op is C.IN and av[0][0] is not C.NEGATE:
            chars.extend(av)
        else:
            break
    else:
        return [(C.IN, list(dict.fromkeys(chars)))]
    return [(C.BRANCH, (None, alternatives))]


def _group_alternatives(seq, ignorecase: bool) -> None:
    """Group the alternatives of every branch in the parsed pattern ``seq``, in place."""
    data = seq.data
    i = 0
    while i < len(data):
        op, av = data[i]
        if op is C.BRANCH:
            for alt in av[1]:
                _group_alternatives(alt, ignorecase)
            items = _branch_items(_grouped_alternatives(av[1], ignorecase, seq.state))
            data[i:i + 1] = items  # a branch is a sequence item: its replacement items take its place
            i += len(items)
            continue
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            _group_alternatives(sub, (ignorecase or bool(add_flags & re.IGNORECASE))
                                and not del_flags & re.IGNORECASE)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _group_alternatives(av[2], ignorecase)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _group_alternatives(av[1], ignorecase)
        elif op is C.ATOMIC_GROUP:
            _group_alternatives(av, ignorecase)
        elif op is C.GROUPREF_EXISTS:
            _group_alternatives(av[1], ignorecase)
            if av[2] is not None:
                _group_alternatives(av[2], ignorecase)
        i += 1
    seq.width = None  # recomputed from the new items


def _compile(pattern: str, flags: int, tree=None) -> re.Pattern:
    """``re.compile(pattern, flags)`` with its alternations grouped by first character (see
    ``_grouped_alternatives``): the same matches with the same groups, found faster. ``tree`` is
    the pattern already parsed, when the parser cannot read it from ``pattern`` (see
    ``first_char_skipper``)."""
    if _parser is None or flags & re.LOCALE:
        return re.compile(pattern, flags)
    try:
        if tree is None:
            tree = _parser.parse(pattern, flags)
        _group_alternatives(tree, bool(tree.state.flags & re.IGNORECASE))
        # what re._compiler.compile does with a parsed pattern, keeping the source text for repr()
        state = tree.state
        indexgroup = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        return _sre.compile(pattern, flags | state.flags, _compiler._code(tree, flags), state.groups - 1,
                            state.groupdict, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - anything unexpected: compiled as it is
        return re.compile(pattern, flags)


def _wrapped(regex: re.Pattern) -> str:
    tail = "\n)" if regex.flags & re.VERBOSE else ")"  # a trailing comment must not hide the ")"
    return "(?:" + regex.pattern + tail


# All three are pure functions of the pattern and its flags (what re.Pattern hashes on): each
# Recogniser (one per Engine) then reuses the compiled result instead of compiling again.
@lru_cache(maxsize=512)
def grouped(regex: re.Pattern) -> re.Pattern:
    """``regex`` with its alternations grouped by first character, or ``regex`` itself when its
    pattern cannot be read."""
    if not isinstance(regex.pattern, str):
        return regex
    new = _compile(regex.pattern, regex.flags)
    if (new.flags, new.groups, new.groupindex) != (regex.flags, regex.groups, regex.groupindex):
        return regex  # pragma: no cover
    return new


@lru_cache(maxsize=512)
def with_first_char_test(regex: re.Pattern) -> re.Pattern:
    """``regex`` with a leading first-character lookahead (and its alternations grouped), or
    ``regex`` itself when unsure."""
    items = _first_items(regex)
    if items is None:
        return regex
    try:
        test = "[" + "".join(dict.fromkeys(map(_render, items))) + "]"
        return _compile("(?=" + test + ")" + _wrapped(regex), regex.flags)
    except Exception:  # noqa: BLE001 - anything unexpected: keep the rule's own regex
        return regex


@lru_cache(maxsize=512)
def first_char_skipper(regex: re.Pattern) -> re.Pattern | None:
    r"""A regex that matches one character at exactly the positions where ``regex`` matches (with
    the same ``endpos``), or None when unsure; see ``finditer_skipping``.

    It is ``[S](?<=(?=P)[\s\S])``: the set test comes first and is case-sensitive, so the regex
    engine skips non-candidate positions in its fast character-set scan instead of trying the
    pattern there; the lookbehind steps back over that character and the lookahead runs the
    whole pattern ``P`` (its alternations grouped) from it. Under IGNORECASE ``S`` holds both
    cases of ASCII letters, every non-ASCII character (their case variants are rare and are left
    to ``P``) and, when ``P`` may start with a non-ASCII character, the ASCII letters the regex
    engine matches to it under IGNORECASE (asked of the engine itself: "s" for the long s, "k"
    for the Kelvin sign, none for "’" or "–"). ``S`` is then written as the negated set of the
    ASCII characters it leaves out, which compiles much faster than a set with the range of all
    non-ASCII characters in it.
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
        in_s = re.compile("[" + "".join(dict.fromkeys(map(_render, items + cased))) + "]")
        left_out: list[list[int]] = []  # ranges of ASCII code points not in S
        for c in range(0x80):
            if in_s.match(chr(c)):
                continue
            if left_out and left_out[-1][1] == c - 1:
                left_out[-1][1] = c
            else:
                left_out.append([c, c])
        test = "[^" + "".join(map(_render, left_out)) + "]" if left_out else r"[\s\S]"
        inner = "(?i:" + regex.pattern + ("\n)" if flags & re.VERBOSE else ")")
        flags &= ~re.IGNORECASE
    else:
        test = "[" + "".join(dict.fromkeys(map(_render, items))) + "]"
        inner = _wrapped(regex)
    try:
        # Parsed in parts: the parser refuses a backreference or a conditional group inside a
        # lookbehind, because it cannot know the width such a lookbehind steps back. This one always
        # steps back one character, and P runs forward in its lookahead, where both work as anywhere.
        inner_tree = _parser.parse(inner, flags)
        state = inner_tree.state
        step_back = _parser.SubPattern(state, [(C.ASSERT, (1, inner_tree)), *_parser.parse(r"[\s\S]", flags).data])
        tree = _parser.SubPattern(state, [*_parser.parse(test, flags).data, (C.ASSERT, (-1, step_back))])
        return _compile(test + "(?<=(?=" + inner + ")[\\s\\S])", flags, tree)
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
