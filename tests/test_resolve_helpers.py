"""Narrative main-line helpers of the resolver, checked on their own."""
from __future__ import annotations

from service.engine.story import _after_verb, _closes_a_heading


def _at_last_year(text: str) -> bool:
    return _after_verb(text, text.rindex("18"))


def test_a_verb_dates_its_year():
    assert _at_last_year("The duke besieged the port in 1811.")


def test_a_relative_clause_verb_does_not():
    assert not _at_last_year("The ships that had sailed from the colony in 1806 were lost.")


def test_a_relative_pronoun_in_an_earlier_sentence_does_not_count():
    # the sentence is longer than the window looked at, with no punctuation in it: only the window counts
    text = ("The officers who had served under the old king were dismissed in 1859. After long months of "
            "quarrels between the ministers of the crown and the generals of the northern provinces over pay "
            "and supplies the army regrouped in 1863.")
    assert _at_last_year(text)


def test_a_participle_after_an_article_is_an_adjective():
    # "a planned assault in 1813": the year dates the noun, not a verb of the story
    assert not _at_last_year("The rebels seized the bridge in June 1812, opening the road for a planned assault in 1813.")


def _heading_at_year(text: str) -> bool:
    return _closes_a_heading(text, text.rindex("18"))


def test_a_heading_is_known_by_its_end_not_its_length():
    assert _heading_at_year("Intro.\nThe tariffs of 1815\nIn March ...")
    assert _heading_at_year("Intro.\nThe long quarrel between the provinces and the crown over the tariffs of 1815\nMore.")
    assert _heading_at_year("Intro.\nThe ministry of Charles J. Fox and the crisis of 1806-1807\nMore.")  # an initial
    assert _heading_at_year("Intro.\nReform and Reaction (1815-1830)\nMore.")
    assert not _heading_at_year("Intro.\nThe tariffs of 1815.\nMore.")  # a full stop closes a sentence
    assert not _heading_at_year("Intro.\nThe clerk left. He died in 1815\nMore.")  # a sentence of its own before
    assert not _heading_at_year("Intro.\nThe tariffs of 1815 were raised.\nMore.")  # the year does not close it
