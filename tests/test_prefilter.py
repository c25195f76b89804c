"""The first-character test in front of the rule regexes changes their speed, never their matches."""
import re

import pytest

from service.engine.recognise import NEEDS, RULES
from service.engine.recognise.prefilter import finditer_skipping, first_char_skipper, grouped, with_first_char_test

SAMPLES = [
    "On July 19, 2023 the talks, set to resume next Monday at 10:30 a.m., failed; a year earlier, in 1998-99,",
    "the fiscal 1998 results (Q3) came 2 weeks ago, every Sunday since the 1990s, 499 BC - 493 BC, 2023-07-19.",
    "ſeptember KELVIN \u212a, “Christmas Eve” – from the 4th to the 11th of September 1923, #Friday, 5pm tonite",
    # backreferences and conditional groups: a separator used twice, a time zone in brackets
    "2023/07/19, 2023.07.19, 2023/07.19, 19.07.2023 at 10:30 (EST), 5 p.m. (GMT, noon (CET) and 1730 GMT)",
]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_same_matches_as_the_rule_regex(rule):
    fast = with_first_char_test(rule.regex)
    group = grouped(rule.regex)
    assert group.pattern == rule.regex.pattern and group.groupindex == rule.regex.groupindex
    for text in SAMPLES + [rule.example]:
        for lo in range(0, len(text), 7):
            hi = min(len(text), lo + 60)
            old = [m.regs for m in rule.regex.finditer(text, lo, hi)]
            assert [m.regs for m in fast.finditer(text, lo, hi)] == old
            assert [m.regs for m in group.finditer(text, lo, hi)] == old
            skipper = first_char_skipper(rule.regex)
            if skipper is not None:
                assert [m.regs for m in finditer_skipping(group, skipper, text, lo, hi)] == old


@pytest.mark.parametrize("pattern, flags, text", [
    # the first alternative that leads to a match wins, also once grouped: "a" before "an", "mon" before "monday"
    (r"(a|an)(\w*)", 0, "an ant a"),
    (r"(?:may|june|mon|march|monday|ma)(.?)", re.I, "MAY March Monday mAx ma"),
    (r"(?:May|march|MON)\b", re.I, "may MARCH mon"),  # one letter written in both cases
    (r"(?:s|k|ſ|\u212a)x", re.I, "sx Sx ſx kx Kx \u212ax"),  # non-ASCII: nothing moves past them
    (r"(?:ab|a[bc]|(?:ab)c|abc)+", 0, "ab ac abc abab"),
    (r"(?<=(?:jan|feb|jun))\.", re.I, "Jan. feb. JUN. ja."),  # a lookbehind keeps its fixed width
    (r"x(?:ab|ac|ad)", 0, "xab xac xad xae"),  # becomes a(?:[bcd])
])
def test_grouped_alternatives_keep_the_matches(pattern, flags, text):
    old = re.compile(pattern, flags)
    assert [m.regs for m in grouped(old).finditer(text)] == [m.regs for m in old.finditer(text)]


@pytest.mark.parametrize("pattern, flags", [
    (r"(?:ab)?c", re.I),  # a lookahead on [ac]
    (r"(?<![\w])(?:may|june)\b", re.I),
    (r"\d{4}-\d{2}", 0),
    (r"[^a]b", 0),  # a negated set: unchanged
    (r"x*", 0),  # may match the empty string: unchanged
    (r"(a)\1", 0),
])
def test_first_character_test_is_exact(pattern, flags):
    old = re.compile(pattern, flags)
    new = with_first_char_test(old)
    text = "Ab c abc MAY june 2023-07 1999-1 ba bb aa xx x ſ"
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    skipper = first_char_skipper(old)
    if skipper is not None:
        assert [m.span() for m in finditer_skipping(old, skipper, text, 0, len(text))] == [
            m.span() for m in old.finditer(text)]
    if pattern in (r"[^a]b", r"x*"):
        assert new is old and skipper is None


def test_most_rules_get_the_test():
    assert sum(with_first_char_test(r.regex) is not r.regex for r in RULES) > len(RULES) // 2
    assert sum(first_char_skipper(r.regex) is not None for r in RULES) > len(RULES) // 2


def test_case_variants_outside_ascii_are_candidates():
    old = re.compile(r"(?<!\w)sk(?!\w)", re.IGNORECASE)
    text = "sk SK \u017fk s\u212a Sk"  # long s, Kelvin sign
    skipper = first_char_skipper(old)
    assert [m.span() for m in finditer_skipping(old, skipper, text, 0, len(text))] == [
        m.span() for m in old.finditer(text)]
    assert len(list(old.finditer(text))) == 5


def test_non_ascii_first_characters_add_only_their_ascii_case_variants():
    for pattern, text in [(r"[’']s", "’s 's ſ's"), (r"ſx", "sx Sx ſx"), (r"[–-]x", "–x -x Ax")]:
        old = re.compile(pattern, re.IGNORECASE)
        skipper = first_char_skipper(old)
        assert [m.span() for m in finditer_skipping(old, skipper, text, 0, len(text))] == [
            m.span() for m in old.finditer(text)]
    test = first_char_skipper(re.compile(r"[’']\d0s", re.IGNORECASE)).pattern.split("(?<=")[0]
    assert re.fullmatch(test, "’") and not re.match(test, "A") and not re.match(test, "s")


@pytest.mark.parametrize("name", sorted(NEEDS))
def test_a_rule_matches_only_where_its_need_is_found(name):
    rule = next(r for r in RULES if r.name == name)
    need = re.compile(NEEDS[name], rule.regex.flags)
    texts = SAMPLES + [rule.example, "a 10-12 hour shift, 3 or four days, a month-long strike, the '60s, 5 p.m.",
                       "1999-07-19, 7/19/99, fiscal 1998, FY99, 480 B.C., AD 9, May of that year, June last year",
                       "a three-year period, 16 days old, 19-Jul-2023, 19.07.2023, 2023/7/19, Jul-19-2023, the sixties"]
    found = 0
    for text in texts:
        for lo in range(0, len(text), 5):
            for hi in (min(len(text), lo + 30), len(text)):
                if rule.regex.search(text, lo, hi):
                    found += 1
                    assert need.search(text, lo, hi), (text[lo:hi], name)
    assert found


@pytest.mark.parametrize("text", [
    "Sales rose 5% in May; on Monday, 7months later, at 5pm (Q3) and fy98 the WEEKEND came.",
    "May 2023 x_1 _months 2nite 24HR q1 monday_ 12th 1990s mid-1990s 2023-07-19",
    "Curly quotes “May” — ’90s, £5m, Monday’s vote",  # non-ASCII, but no non-ASCII word character
    "Ünter den Linden in May, ſeptember, wee\u212aend, \u0130stanbul, Ⅻ, 5², naïve 3pm",  # non-ASCII words
    # tokens with a non-ASCII letter among ASCII ones, the lower case as long as the text
    "Müller left the café at 7é or é3 in Mayé, x²y 2² ΣΑΣ 12; Δ_may weekend 5pm, émay 2023 Zoë",
    "", "5", "may", " x ",
])
def test_token_index_is_every_token_filed(text):
    """The trigger-word index equals filing every \\w+ token in turn (what the fast path for ASCII words skips)."""
    from service.engine.recognise import DIGIT, Recogniser
    recogniser = Recogniser()
    triggers = recogniser._all_triggers
    expected: dict = {}
    for m in re.finditer(r"\w+", text):
        w = m.group().lower()
        if w in triggers:
            expected.setdefault(w, []).append(m.span())
        elif not w.isalpha():
            expected.setdefault(DIGIT, []).append(m.span())
            if w.lstrip("0123456789") in triggers:
                expected.setdefault(w.lstrip("0123456789"), []).append(m.span())
    assert recogniser._windows(text) == expected


def test_recogniser_matches_are_the_rule_regex_matches_in_its_windows():
    """Recogniser._matches (skipper, need and windows together) finds what the rule's own regex finds there."""
    from service.engine.recognise import Recogniser
    recogniser = Recogniser()
    for text in SAMPLES:
        index = recogniser._windows(text)
        windows = {}
        for c in recogniser._compiled:
            spans = recogniser._windows_of(c.triggers, text, index, windows)
            old = [m.regs for lo, hi in spans for m in c.rule.regex.finditer(text, lo, hi)]
            assert [m.regs for m in recogniser._matches(c, text, spans)] == old, c.rule.name
