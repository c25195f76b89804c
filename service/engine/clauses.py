"""Tokens, a light part-of-speech tagger, verb groups and clauses of one sentence.

Shared by ``tense.py`` (the tense of the clause that holds a date) and ``events.py`` (the event a
date dates). Everything works inside one sentence, so the cost is linear in the text.

Tags (coarse, only what the two callers need):
``DET PRON PREP TO CC SUB MD BE HAVE DO NEG ADV`` closed classes; ``VB`` base verb, ``VBZ`` -s form,
``VBD`` past, ``VBN`` past participle, ``VBDN`` past or participle (-ed), ``VBG`` -ing verb;
``N`` common noun or adjective, ``NP`` capitalised name, ``NUM`` number, ``POSS`` possessive 's,
``P`` punctuation.

Words live in ``lexicon/en/verbs_*.yaml``; they are read once at import and never changed.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_LEX_DIR = Path(__file__).resolve().parent.parent / "lexicon" / "en"


def _yaml(name: str) -> dict:
    with open(_LEX_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _words(items) -> frozenset[str]:
    return frozenset(str(w).lower() for w in items)


_FW = _yaml("verbs_function_words.yaml")
DETERMINERS = _words(_FW["determiners"])
PRONOUNS = _words(_FW["pronouns"])
SUBJECT_PRONOUNS = _words(_FW["subject_pronouns"])
PREPOSITIONS = _words(_FW["prepositions"])
COORDINATORS = _words(_FW["coordinators"])
SUBORDINATORS = _words(_FW["subordinators"])
PREPOSITION_LIKE = _words(_FW["preposition_like"])
TEMPORAL_PREPOSITIONS = _words(_FW["temporal_prepositions"])
BE = _words(_FW["be"])
HAVE = _words(_FW["have"])
DO = _words(_FW["do"])
MODALS: dict[str, str | None] = {str(k).lower(): v for k, v in _FW["modals"].items()}
NEGATIONS = _words(_FW["negations"])
ADVERBS = _words(_FW["adverbs"])
FUTURE_PREDICATES = _words(_FW["future_predicates"])
FUTURE_PARTICIPLES = _words(_FW["future_participles"])
FUTURE_VERBS = _words(_FW["future_verbs"])
SCHEDULE_VERBS = _words(_FW["schedule_verbs"])
NOT_VERBS = _words(_FW["not_verbs"])

_IRR = _yaml("verbs_irregular.yaml")
IRREGULAR_PAST: frozenset[str] = frozenset(str(v[0]) for v in _IRR.values())
IRREGULAR_PART: frozenset[str] = frozenset(str(p) for v in _IRR.values() for p in v[1:])
_BASES = set(_words(_yaml("verbs_common.yaml")["verbs"])) | {str(k) for k in _IRR}
BASE_VERBS = frozenset(_BASES)


def _s_form(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _ing_forms(base: str) -> set[str]:
    forms = {base + "ing"}
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        forms.add(base[:-1] + "ing")
    if len(base) >= 3 and base[-1] in "bdgklmnprt" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        forms.add(base + base[-1] + "ing")
    return forms


_IRR_BASE = {str(f): str(b) for b, v in _IRR.items() for f in v}


def lemma(low: str) -> str:
    """Base form of a verb form when it can be found ("promised" -> "promise"), else ``low``."""
    if low in BASE_VERBS:
        return low
    if low in _IRR_BASE:
        return _IRR_BASE[low]
    for cut, add in ((1, ""), (2, ""), (3, ""), (3, "y"), (2, "e")):
        b = low[:-cut] + add
        if b in BASE_VERBS:
            return b
    return low


VERB_S_FORMS = frozenset(_s_form(b) for b in BASE_VERBS)
VERB_ING_FORMS = frozenset(f for b in BASE_VERBS for f in _ing_forms(b))

# Tag groups.
VERB_TAGS = frozenset({"VB", "VBZ", "VBD", "VBN", "VBDN", "VBG"})
AUX_TAGS = frozenset({"MD", "BE", "HAVE", "DO"})
FINITE_START = frozenset({"MD", "BE", "HAVE", "DO", "VBZ", "VBD", "VBDN", "VB"})
NOMINAL_TAGS = frozenset({"N", "NP", "NUM", "POSS", "DET"})

_APOS = "'’"
# Words of letters and digits in any script ("Lützen", "Société"; [^\W_] is \w without "_"), with inner
# hyphens and dots in numbers and acronyms; clitics; single non-space characters.
_TOKEN = re.compile(r"[^\W_]+(?:[-.,][^\W_]+)*|[’'](?:s|re|ve|ll|d|m|t)(?![^\W_])|\S")
# The same for a sentence all in ASCII, where [^\W_] is [A-Za-z0-9]: a set the regex engine tests with one
# lookup, instead of asking the Unicode database about each character.
_TOKEN_ASCII = re.compile(r"[A-Za-z0-9]+(?:[-.,][A-Za-z0-9]+)*|[’'](?:s|re|ve|ll|d|m|t)(?![A-Za-z0-9])|\S")
QUOTES = frozenset("\"“”‘«»")
CLAUSE_PUNCT = frozenset(";:()[]—–") | QUOTES


@dataclass(frozen=True, slots=True)
class Tokens:
    """One tagged sentence: parallel tuples, index ``i`` is token ``i``."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    lows: tuple[str, ...]
    tags: tuple[str, ...]
    # What is derived from the tags (verb groups, clause bounds, the event finder's date masks), worked
    # out once on first use.
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __len__(self) -> int:
        return len(self.tags)

    def covering(self, start: int, end: int) -> tuple[int, int]:
        """Token range ``[i, j)`` overlapping the character span; ``(k, k)`` when none does."""
        # Tokens are disjoint and in text order, so both starts and ends are sorted: i is the first
        # token ending after ``start``, j the first from i on starting at or after ``end``.
        i = bisect_right(self.ends, start)
        return i, bisect_left(self.starts, end, i)


def _closed_classes() -> dict[str, str]:
    """Word -> tag of the closed classes, the first class in this order winning (what the chain of
    tests in ``_tag_word`` did, in one dictionary lookup)."""
    order = [({"to"}, "TO"), (MODALS, "MD"), (BE, "BE"), (HAVE, "HAVE"), (DO, "DO"), (NEGATIONS, "NEG"),
             (SUBORDINATORS - PREPOSITIONS, "SUB"), (DETERMINERS, "DET"), (SUBJECT_PRONOUNS | PRONOUNS, "PRON"),
             (PREPOSITIONS, "PREP"), (COORDINATORS, "CC"), (ADVERBS, "ADV")]
    out: dict[str, str] = {}
    for words, t in order:
        for w in words:
            out.setdefault(w, t)
    return out


_CLOSED = _closed_classes()


def _tag_word(low: str, word: str, prev: str, prev_low: str, first: bool) -> str:
    t = _CLOSED.get(low)
    if t is not None:
        return t
    after_det = prev in ("DET", "POSS") or (prev == "N" and prev_low.endswith("-"))
    if low in NOT_VERBS:
        return "NP" if word[0].isupper() and not first else "N"
    capital = word[0].isupper()
    if capital and not first or word[0].islower() and not word[1:].islower() and any(c.isupper() for c in word[1:]):
        return "NP"  # (also a name in camel case: "iStream", "eReader")
    if "-" in low and not first:
        pre, rest = low.split("-", 1)
        if pre in _VERB_PREFIXES and rest and (rest in IRREGULAR_PAST or rest in IRREGULAR_PART
                                               or lemma(rest) in BASE_VERBS or rest.endswith("ed")):
            # "re-elected", "co-founded", "re-opens": the verb the prefix is on
            return _tag_word(rest, word.split("-", 1)[1] or rest, prev, prev_low, False)
    if low[:2] == "re" and len(low) >= 6 and low not in BASE_VERBS and (low[2:] in IRREGULAR_PAST
                                                                        or low[2:] in IRREGULAR_PART):
        return _tag_word(low[2:], word[2:], prev, prev_low, first)  # "redrew", "rebuilt", "retook"
    if prev_low in _INTENSIFIERS and low.endswith("ed"):
        return "N"  # "so bored", "too tired", "very pleased": an adjective, not a past verb
    if low in IRREGULAR_PAST or low in IRREGULAR_PART:
        if after_det:
            return "N"
        if low in IRREGULAR_PAST and low in IRREGULAR_PART:
            return "VBDN"
        return "VBD" if low in IRREGULAR_PAST else "VBN"
    if low in VERB_ING_FORMS or (low.endswith("ing") and len(low) > 5 and "-" not in low):
        return "N" if after_det else "VBG"
    if low.endswith("ed") and "-" not in low and low not in BASE_VERBS and (len(low) > 4 or low[:-1] in BASE_VERBS):
        return "N" if after_det else "VBDN"  # a short one from a known verb too: "died", "sued", "used", "axed"
    if low.endswith("ed") and prev == "HAVE" and "-" not in low and low not in BASE_VERBS:
        return "VBN"  # "to have axed", "has owed": a short participle after "have" (alone, "axed" could be a noun)
    if low in VERB_S_FORMS:
        if prev == "SUB" and prev_low in ("which", "who", "that"):
            return "VBZ"  # "the ban, which takes effect": the relative pronoun is its subject
        if prev in ("PRON", "NP", "N") and prev_low not in ("i", "we", "they", "you"):
            return "VBZ?"  # decided with the next token
        return "N"
    if low in BASE_VERBS:
        if prev in ("MD", "TO", "DO") or (prev == "PRON" and prev_low in ("i", "we", "they", "you", "who")):
            return "VB"
        if prev in ("ADV", "NEG") and prev_low != "so":
            return "VB?"  # decided by what stands before the adverb
        if prev in ("N", "NP") and prev_low.endswith("s") and not prev_low.endswith("ss"):
            return "VBP?"  # "Voters go to the polls": decided with the next token
        return "N"
    if low.endswith("ly") and len(low) > 4:
        return "ADV"
    if capital:
        return "NP?"  # first word: a name unless it is known
    if low[0].isdigit():
        return "NUM"
    return "N"


# Prefixes of verbs written with a hyphen ("re-elected", "co-founded", "pre-recorded")
_VERB_PREFIXES = frozenset({"re", "co", "pre", "un", "mis", "over", "out", "under", "cross", "double"})
# Degree words that make an -ed word after them an adjective ("so bored", "soo tired")
_INTENSIFIERS = frozenset({"so", "soo", "sooo", "too", "very", "really", "rly", "super", "quite", "pretty",
                           "extremely", "bit"})

_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred hundreds thousand thousands million millions billion several many few".split())


_CAL = _yaml("calendar.yaml")
WEEKDAY_NAMES = _words(_CAL["weekdays"])
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "nite", "morn"})
# Weekday abbreviations that are also verb forms ("sat", "wed"): a day after "on" or "till", or joined
# by "or"/"and" to a day just named ("friday night or sat")
_VERB_LIKE_WEEKDAYS = _words(_CAL["ambiguous_weekdays"]) & (IRREGULAR_PAST | IRREGULAR_PART | frozenset({"wed"}))

# words that make "by" a deadline ("holders tendered by Friday"), not an agent
_DAY_WORDS = WEEKDAY_NAMES | _words(_CAL["months"]) | _words(_CAL["month_abbreviations"]) | frozenset(
    {"today", "tomorrow", "yesterday", "tonight", "noon", "midnight", "then", "now", "year", "month", "week"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # "the 1990 model sells": a year, not a count

# The only tags the second pass of ``_tag`` may change.
_SECOND_PASS = frozenset({"VBZ?", "VBZ", "VBP?", "VB?", "N", "VBDN", "VBN", "VBD", "MD", "VB", "VBG"})


def _counted(tags: list[str], lows: list[str], i: int) -> bool:
    """Up to three modifiers between a count and the -s word: "two terrorist bomb attacks"."""
    k = i - 1
    while k >= 0 and k >= i - 3 and tags[k] == "N" and lows[k] not in _NUMBER_WORDS:
        k -= 1
    if k == i - 1 or k < 0:
        return False
    if any(w in ("a", "an", "per", "each", "every") for w in lows[max(0, k - 4):k]):
        return False  # "a 10 percent stake costs": the count modifies a singular noun, the -s word is a verb
    return tags[k] == "NUM" and not _YEAR.fullmatch(lows[k]) or lows[k] in _NUMBER_WORDS


# The sentences of the document being analysed, tagged once each: tense and events both ask for the
# sentences that hold dates, often more than once. One dictionary per analysis (see ``per_document``),
# so nothing is shared between documents or threads and nothing outlives the analysis.
_document_sentences: ContextVar[dict | None] = ContextVar("_document_sentences", default=None)


@contextmanager
def per_document():
    """Within this block, ``tag`` tags each sentence of the document once. The engine enters it
    for each analysis; outside it, every call tags afresh."""
    token = _document_sentences.set({})
    try:
        yield
    finally:
        _document_sentences.reset(token)


def tag(text: str, start: int, end: int) -> Tokens:
    """Tokenise and tag ``text[start:end]`` (one sentence). ``Tokens`` is immutable."""
    sentences = _document_sentences.get()
    if sentences is None:
        return _tag(text[start:end], 0, end - start, start)
    toks = sentences.get((start, end))
    if toks is None:
        toks = sentences[start, end] = _tag(text[start:end], 0, end - start, start)
    return toks


# "returned to work", "went back to school": after these verbs "to" + these words is a place, not an infinitive
_PLACES_OF_ROUTINE = frozenset({"work", "school", "bed", "church", "court", "sea", "power", "office", "class"})
_GOING = frozenset({"return", "go", "come", "get", "head", "walk", "drive", "travel", "rush", "report", "back", "sent",
                    "send", "went", "gone", "came"})


def _noun_then_verb(tags: list[str], i: int) -> bool:
    """Whether nouns from ``i`` on end at a finite verb ("looters were", "Group Inc said")."""
    while i < len(tags) and tags[i] in ("N", "NP"):
        i += 1
    return i < len(tags) and tags[i] in ("BE", "HAVE", "MD", "VBD", "VBDN", "VBZ", "VBZ?")


def _after_comma_relative(tags: list[str], lows: list[str], words: list[str], c: int) -> bool:
    """Whether the comma at ``c`` closes a relative set off by commas (", which ... ,") that has a verb."""
    verb = False
    for k in range(c - 1, 0, -1):
        if tags[k] in ("VBD", "VBDN", "VBZ", "BE", "HAVE", "MD"):
            verb = True
        if words[k] == ",":
            return False
        if tags[k] == "SUB":
            return verb and lows[k] in ("which", "who") and words[k - 1] == ","
    return False


_ARTICLES = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your"})
_PREFERRED_NOUNS = frozenset({"shares", "share", "stock", "stocks", "stockholders", "shareholders", "holders",
                              "dividend", "dividends", "equity", "securities", "issue"})
_LINKING = frozenset({"remain", "stay", "become", "seem", "appear", "get", "keep", "prove", "grow"})
_LINKING_ING = frozenset(f for b in _LINKING for f in _ing_forms(b))  # "getting", which lemma() does not undo


def _after_linking_verb(tags: list[str], lows: list[str], i: int) -> bool:
    """Whether the word at ``i`` follows a linking verb ("remain", "stay", "become" ...), adverbs aside."""
    k = i - 1
    while k >= 0 and tags[k] in ("ADV", "NEG"):
        k -= 1
    return k >= 0 and tags[k] in ("VB", "VBZ", "VBD", "VBDN", "VBN", "VBG") and (
        lemma(lows[k]) in _LINKING or lows[k] in _LINKING_ING)


# Adverbs that may stand between a subject and its -s verb ("now employs", "currently lends", "also plans")
_MID_ADVERBS = frozenset({"also", "already", "still", "just", "now", "never", "always", "often", "even", "only",
                          "nearly", "almost", "usually", "sometimes", "generally", "largely", "increasingly",
                          "reportedly", "allegedly", "apparently", "probably", "rarely", "seldom", "currently"})
# Adjectives in -ly ("daily flights", "early gains"): not adverbs before a verb
_LY_ADJECTIVES = frozenset({"daily", "weekly", "monthly", "yearly", "quarterly", "hourly", "early", "likely", "costly",
                            "deadly", "elderly", "friendly", "lonely", "lovely", "only", "ugly", "holy", "silly"})
# Verbs that link a subject to an adjective ("the polls stay open", "prices remain high"): before one, a base
# form after a plural noun is the verb
_LINKING_VERBS = frozenset({"stay", "remain", "become", "seem", "appear", "look", "feel", "grow", "turn", "prove"})
# Prepositions that take an -ing clause ("before rising again", "after falling to 3%")
_GERUND_PREPOSITIONS = frozenset({"before", "after", "since", "without", "while", "by", "despite"})
_S_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "this", "that", "who", "which", "one"})


def _subject_before_adverb(tags: list[str], lows: list[str], i: int) -> bool:
    """Whether the -s word at ``i`` follows adverbs of the middle position ("currently", "now", or any
    in -ly) that follow a singular noun or a pronoun, its subject ("The shop currently lends")."""
    k = i - 1
    while k >= 0 and tags[k] == "ADV" and (lows[k] in _MID_ADVERBS
                                          or lows[k].endswith("ly") and lows[k] not in _LY_ADJECTIVES):
        k -= 1
    if k == i - 1 or k < 0:
        return False
    return (tags[k] in ("N", "NP") and not _counted(tags, lows, k)
            or tags[k] == "PRON" and lows[k] in _S_SUBJECT_PRONOUNS
            or tags[k] == "SUB" and lows[k] in ("who", "which"))


def _tag(text: str, start: int, end: int, offset: int = 0) -> Tokens:
    matches = list((_TOKEN_ASCII if text.isascii() else _TOKEN).finditer(text, start, end))
    starts = tuple([m.start() + offset for m in matches])
    ends = tuple([m.end() + offset for m in matches])
    words = [m.group() for m in matches]
    n = len(words)
    lows = [w.lower().replace("’", "'") for w in words]
    tags: list[str] = [""] * n
    prev = "P"
    prev_low = ""
    first = True
    for i in range(n):
        w = words[i]
        low = lows[i]
        c = w[0]
        if not c.isalnum():
            if c in _APOS and len(w) > 1:
                if low == "'t":
                    t = "NEG"
                elif low == "'s":
                    t = "BE" if prev == "PRON" else "POSS"
                elif low in ("'ll",):
                    t = "MD"
                elif low == "'d":
                    t = "MD" if prev == "PRON" else "POSS"
                elif low in ("'re", "'m"):
                    t = "BE"
                else:
                    t = "HAVE"
            else:
                t = "P"
        elif c.isdigit():
            t = "NUM"
        else:
            t = _tag_word(low, w, prev, prev_low, first)
            if t == "NP?":
                t = "NP"
        if t != "P":
            first = False
        tags[i] = t
        if low == "." and i + 1 < n and prev in ("NP", "N"):
            continue  # an abbreviation's dot inside the sentence ("Inc. plans to"): the word before stays prev
        prev = t
        prev_low = low
    # Second pass: decisions that need the next token.
    for i in range(n):
        t = tags[i]
        if t not in _SECOND_PASS:
            continue
        if (t == "N" and i > 0 and words[i - 1] != "," and tags[i - 1] not in ("TO", "ADV", "VBG")
                and lows[i - 1] not in _DAY_WORDS and lows[i - 1] not in _GERUND_PREPOSITIONS):
            continue  # the most common tag: each test below that may change an "N" needs one of these before it
        nxt = tags[i + 1] if i + 1 < n else "P"
        if t in ("VBZ?", "VBZ") and i > 0 and (tags[i - 1] == "NUM" or lows[i - 1] in _NUMBER_WORDS
                                               or _counted(tags, lows, i)):
            tags[i] = "N"  # "ten stores", "3 points", "900 common shares": a counted noun, not a verb
        elif (t == "VBDN" and i == 0 and words[0][0].isupper() and lemma(lows[0]) not in BASE_VERBS and i + 1 < n
              and (nxt in ("VBD", "VBDN", "VBZ", "MD", "BE", "HAVE")
                   or lows[1] == "the" and i + 2 < n and tags[2] == "NP")):
            tags[i] = "NP"  # "Alfred the Great defeated", "Ahmed said": a name, not an unknown past verb
        elif t == "VBDN" and i == 0 and words[0][0].isupper() and nxt in ("N", "NP") and _noun_then_verb(tags, 1):
            tags[i] = "N"  # "Suspected looters were arrested", "Harbour Freight Lines Inc said": an adjective
        elif (t == "N" and lows[i].endswith("ing") and lows[i] in NOT_VERBS and lows[i - 1] in _GERUND_PREPOSITIONS
              and nxt in ("ADV", "PREP", "DET", "NUM", "PRON", "P", "TO") and lows[i] in VERB_ING_FORMS):
            tags[i] = "VBG"  # "before rising again", "after falling to 3%": a clause's verb, not "rising prices"
        elif (t == "N" and i == 1 and tags[0] == "VBG" and lows[i] in VERB_S_FORMS
              and nxt in ("DET", "PREP", "NUM", "PRON", "TO", "ADV")):
            tags[i] = "VBZ"  # "Voting closes at midnight", "Swimming helps in summer": a gerund subject and its verb
        elif (t == "N" and lows[i] in VERB_S_FORMS and nxt in ("DET", "PREP", "NUM", "N", "NP", "PRON", "TO")
              and _subject_before_adverb(tags, lows, i)):
            tags[i] = "VBZ"  # "The shop currently lends books", "It now employs 300": adverbs between subject, verb
        elif t == "VBZ?" and i > 1 and tags[i - 1] == "N" and tags[i - 2] in VERB_TAGS and tags[i - 2] != "VBN":
            tags[i] = "N"  # "raised interest rates", "cut fuel prices": the object's head, after its verb
        elif (t == "N" and lows[i] in VERB_S_FORMS and i > 1 and words[i - 1] == "," and nxt in (
                "PREP", "DET", "ADV", "NUM", "TO", "PRON") and _after_comma_relative(tags, lows, words, i - 1)):
            tags[i] = "VBZ"  # "The fair, which closed in 2020, returns on July 12": the main verb after the relative
        elif (t in ("N", "VBP?") and lows[i] in BASE_VERBS and i > 2 and lows[i - 1] in _DAY_WORDS
              and tags[i - 2] == "VBDN" and tags[i - 3] == "N" and lows[i - 3].endswith("s")
              and nxt in ("PREP", "DET", "ADV", "TO", "NUM", "PRON")):
            tags[i - 2], tags[i] = "VBN", "VB"  # "warnings issued Sunday remain in force": a participle, then the verb
        elif (t == "VB" and i > 1 and tags[i - 1] == "TO" and lows[i] in _PLACES_OF_ROUTINE
              and lemma(lows[i - 2]) in _GOING):
            tags[i] = "N"  # "returned to work", "went back to school": the place, not an infinitive
        elif t == "VBG" and i == 0 and nxt in ("VBD", "VBDN", "VBZ") and n > 2:
            tags[i] = "N"  # "meeting moved to 3pm", "Shopping resumes Monday": a noun subject
        elif t == "VBZ?":
            tags[i] = "N" if nxt in VERB_TAGS or nxt in ("MD", "BE", "HAVE", "VBZ?") else "VBZ"
        elif t == "VBP?":
            tags[i] = "VB" if nxt in ("DET", "PREP", "TO", "PRON", "NP", "ADV", "NUM") or (
                i + 1 < n and lows[i + 1] in WEEKDAY_NAMES) or (  # "exams start monday"
                nxt == "N" and lows[i] in _LINKING_VERBS) else "N"  # "the polls stay open", "prices remain high"
        elif t == "VB?":
            k = i - 1
            while k >= 0 and tags[k] in ("ADV", "NEG"):
                k -= 1
            tags[i] = "VB" if k >= 0 and tags[k] in ("MD", "TO", "DO", "PRON") else "N"
        elif t == "N" and i > 0 and tags[i - 1] == "TO" and nxt in ("DET", "PRON", "NP") and lows[i] not in NOT_VERBS:
            tags[i] = "VB"  # "to reassure the ...": an infinitive the lexicon does not know
        elif t in ("VBDN", "VBN", "VBD") and lows[i] in _VERB_LIKE_WEEKDAYS and i > 0 and (
                tags[i - 1] == "PREP" or tags[i - 1] == "CC" and i > 1
                and (lows[i - 2] in WEEKDAY_NAMES or lows[i - 2] in _PARTS_OF_DAY)):
            tags[i] = "N"  # "on sat", "friday night or sat": the day, not the verb
        elif t in ("VBDN", "VBN", "VBD") and lows[i] in _VERB_LIKE_WEEKDAYS and i + 2 < n and (
                lows[i + 1] in ("n", "&", "and", "or", "/", "-", "to") and lows[i + 2] in WEEKDAY_NAMES):
            tags[i] = "N"  # "sat n sun", "sat & sun", "sat or sun": a list of days
        elif (t in ("VBDN", "VBD") and lows[i] in FUTURE_PARTICIPLES and i > 0 and tags[i - 1] in ("N", "NP")
              and nxt == "PREP" and lows[i + 1] == "for"):
            tags[i] = "VBN"  # "a summit set for April", "talks scheduled for Monday": a participle after its noun
        elif (t == "VBDN" and i > 0 and tags[i - 1] in ("N", "NP") and lows[i - 1].endswith("s") and nxt == "PREP"
              and lows[i + 1] == "by" and i + 2 < n and tags[i + 2] in ("N", "NP") and lows[i + 2] not in _DAY_WORDS):
            tags[i] = "VBN"  # "all shares tendered by holders": a participle after its noun, not a past verb
        elif t in ("VBDN", "VBD") and i > 0 and nxt == "N" and (
                lows[i - 1] in _ARTICLES or tags[i - 1] in ("POSS", "NUM")
                or lows[i] == "preferred" and lows[i + 1] in _PREFERRED_NOUNS):
            tags[i] = "N"  # "the proposed merger", "its revised offer", "Series B preferred shares": an adjective
        elif t in ("VBDN", "VBD") and i > 0 and _after_linking_verb(tags, lows, i):
            tags[i] = "VBN"  # "will remain closed", "stayed shut": a predicate participle, not a past verb
        elif t in ("VBDN", "VBN", "VBD") and i > 1 and tags[i - 1] == "ADV" and tags[i - 2] in ("DET", "POSS"):
            tags[i] = "N"  # "a still unspecified date", "the newly built plant": an adjective
        elif t == "MD" and lows[i] == "may" and (i > 0 and tags[i - 1] in ("PREP", "DET")
                                                  or words[i][0] == "M" and nxt in ("NUM", "P")):
            tags[i] = "NP"  # "by May", "in May", "on May 5": the month, not the modal
        elif t == "MD" and lows[i] == "won" and not (i + 1 < n and lows[i + 1] == "'t"):
            tags[i] = "VBDN"  # "won", past of "win"
        elif t == "MD" and lows[i] == "can" and nxt not in ("VB", "NEG", "ADV", "VB?", "BE", "HAVE", "DO"):
            tags[i] = "N"
    return Tokens(starts, ends, tuple(words), tuple(lows), tuple(tags))


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """Token range ``[start, end)`` of a verb group, its head (main verb) and its tense."""

    start: int
    end: int
    head: int
    tense: str | None
    finite: bool


def _group_tense(toks: Tokens, idx: list[int], after: int) -> tuple[str | None, bool]:
    """Tense and finiteness of a verb group given its verb token indices (adverbs removed)."""
    lows, tags = toks.lows, toks.tags
    first = idx[0]
    t0, l0 = tags[first], lows[first]
    nxt_low = lows[after] if after < len(lows) else ""
    rest = [lows[i] for i in idx[1:]]
    if t0 == "MD":
        if "have" in rest and l0 not in ("will", "'ll", "shall", "won"):
            return "past", True  # "may have failed"
        return MODALS.get(l0), True
    if t0 == "HAVE":
        if l0 in ("having",):
            return "past", False
        if len(idx) == 1 and l0 in ("has", "have", "'ve"):
            # "has until Monday to pay", "we have a meeting on Friday": the main verb, not a perfect;
            # "has to leave Monday": ahead
            return ("future" if nxt_low == "to" else "present"), True
        return "past", True  # a perfect ("has left", "had gone", "'d seen")
    if t0 == "DO":
        if l0 in ("did", "didn"):
            return "past", True
        if l0 in ("do", "does", "don", "doesn"):
            return "present", True
        return None, False
    if t0 == "BE":
        if l0 in ("was", "were", "wasn", "weren"):
            return "past", True
        if l0 in ("be", "been", "being"):
            return None, False
        # present form of "be"
        last = lows[idx[-1]]
        if last in FUTURE_PREDICATES and nxt_low == "to":
            return "future", True
        if nxt_low in FUTURE_PREDICATES and after + 1 < len(lows) and lows[after + 1] == "to":
            return "future", True  # "is due to start", "are likely to meet"
        if len(idx) > 1 and last in FUTURE_PARTICIPLES and (
                nxt_low in ("for", "on", "to", "at", "by", "around", "until", "within", "before", "early", "late",
                            "later")
                or nxt_low == "in" and last != "set"):  # "is expected in June"; not "is set in the 1920s" (a story)
            return "future", True
        return "present", True
    if t0 in ("VBD", "VBDN", "VBN"):
        return "past", t0 != "VBN"
    if t0 == "VBZ" or t0 == "VB":
        return "present", True
    return None, False  # VBG alone: a participle clause


def verb_groups(toks: Tokens) -> list[VerbGroup]:
    """All verb groups of the sentence, left to right (see ``_verb_groups``)."""
    groups = toks.memo.get("verb_groups")
    if groups is None:  # tense and events ask again for the sentences that hold several dates
        groups = toks.memo["verb_groups"] = _verb_groups(toks)
    return list(groups)


def _verb_groups(toks: Tokens) -> tuple[VerbGroup, ...]:
    """All verb groups of the sentence, left to right.

    A group is auxiliaries/modals (with adverbs and negations between) ending in a main verb, or a
    lone verb form. ``is expected to sign``: "is expected" is one group and "sign" another; the
    first carries the future tense for both (see ``governing_tense``).
    """
    tags = toks.tags
    n = len(tags)
    groups: list[VerbGroup] = []
    i = 0
    while i < n:
        t = tags[i]
        if t in AUX_TAGS or t in VERB_TAGS:
            idx = [i]
            j = i + 1
            if t in AUX_TAGS:
                while j < n:
                    tj = tags[j]
                    if tj in ("ADV", "NEG"):
                        j += 1
                        continue
                    if tj in AUX_TAGS and tj != "MD":
                        idx.append(j)
                        j += 1
                        continue
                    if tj in VERB_TAGS:
                        idx.append(j)
                        j += 1
                    break
                # trailing adverbs are not part of the group
                j = idx[-1] + 1
            elif toks.lows[i] in _GET_FORMS and i + 1 < n and tags[i + 1] in ("VBN", "VBDN"):
                idx.append(i + 1)  # "got cancelled", "get fired": a passive with "get", the participle its head
                j = i + 2
            head = idx[-1]
            for k in reversed(idx):
                if tags[k] in VERB_TAGS:
                    head = k
                    break
            tense, finite = _group_tense(toks, idx, j)
            groups.append(VerbGroup(i, j, head, tense, finite))
            i = j
        else:
            i += 1
    return tuple(groups)


_GET_FORMS = frozenset({"get", "gets", "got", "gotten", "getting"})
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "what", "how", "why", "where"})


def clause_bounds(toks: Tokens) -> list[int]:
    """Token indices where a new clause starts (always including 0); see ``_clause_bounds``."""
    bounds = toks.memo.get("clause_bounds")
    if bounds is None:
        bounds = toks.memo["clause_bounds"] = _clause_bounds(toks)
    return list(bounds)


def _clause_bounds(toks: Tokens) -> tuple[int, ...]:
    """Token indices where a new clause starts (always including 0).

    Breaks: ``; : ( ) — "`` and quotes; a subordinator or relative pronoun (which, who, that,
    while, ...); "but"; "and"/"or" after a comma or before a verb or a subject pronoun; a
    preposition-like subordinator (as, after, since) followed within a few nominal words by a finite
    verb ("as their predecessors did").
    """
    tags, lows = toks.tags, toks.lows
    n = len(tags)
    cuts = [0]
    # An adverbial clause ("When the talks collapsed, ...") ends at its first comma after a verb.
    adverbial = n > 0 and tags[0] == "SUB" and lows[0] not in _RELATIVES
    parenthetic = False
    seen_verb = False
    for i in range(1, n):
        t = tags[i]
        low = lows[i]
        w = toks.words[i]
        if t in VERB_TAGS or t in AUX_TAGS:
            seen_verb = True
        if (t == "P" and w == "," and parenthetic and seen_verb and i + 1 < n
                and tags[i + 1] in FINITE_START and tags[i + 1] != "VB"):
            cuts.append(i + 1)
            parenthetic = False
            continue
        if t == "P":
            if w in CLAUSE_PUNCT or (w == "-" and toks.starts[i] > toks.ends[i - 1]):
                cuts.append(i)
            elif w == "," and adverbial and seen_verb and i + 1 < n:
                cuts.append(i + 1)
                adverbial = False
            continue
        if t == "SUB":
            cuts.append(i)
            adverbial = low not in _RELATIVES
            # "The minister, who resigned on Friday, said ...": a relative set off by commas ends at the next
            # comma before a finite verb
            parenthetic = low in ("who", "which", "whose") and toks.words[i - 1] == ","
            seen_verb = False
            continue
        if t == "CC":
            if low == "but" or low == "yet":
                cuts.append(i)
                continue
            nxt = tags[i + 1] if i + 1 < n else "P"
            if toks.words[i - 1] == "," or nxt in FINITE_START or nxt in ("MD", "ADV") or (
                nxt == "PRON" and i + 1 < n and lows[i + 1] in SUBJECT_PRONOUNS
            ):
                cuts.append(i)
            continue
        if low in PREPOSITION_LIKE:
            k = i + 1
            while k < n and k <= i + 6 and tags[k] in ("DET", "N", "NP", "NUM", "POSS", "PRON", "ADV"):
                k += 1
            if k < n and k > i + 1 and tags[k] in FINITE_START and tags[k] != "VB":
                cuts.append(i)
    return tuple(cuts)


def clause_of(cuts: list[int], n: int, i: int) -> tuple[int, int]:
    """The clause ``[start, end)`` (token indices) containing token ``i``."""
    start = 0
    end = n
    for c in cuts:
        if c <= i:
            start = c
        else:
            end = c
            break
    return start, end
