"""EventFinder: the trigger a date dates, its description, offsets; the document's own event."""
from pathlib import Path

import pytest

from service.engine.events import EventFinder
from service.engine.sentences import split_sentences

FINDER = EventFinder()
EXAMPLE = Path("/work/shared/examples/prague-speech.txt")


def find(sentence, timex, others=(), occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(timex, start + 1)
    spans = []
    for o in others:
        a = sentence.index(o)
        spans.append((a, a + len(o)))
    event = FINDER.find(sentence, (0, len(sentence)), (start, start + len(timex)), spans)
    check(sentence, event)
    return event


def check(text, event):
    assert event.description and event.description.strip() == event.description
    assert len(event.description.split()) <= 14
    if event.trigger is not None:
        t = event.trigger
        assert text[t.start:t.end] == t.text
    s = event.sentence
    assert text[s.start:s.end] == s.text


@pytest.mark.parametrize(
    "sentence, timex, trigger",
    [
        # a date pre-modifying an event noun
        ("The June revolt by Wagner Group leader Yevgeny Prigozhin may have failed.", "June", "revolt"),
        ("Ukrainian forces in their summer counter-offensive had recaptured land.", "summer", "counter-offensive"),
        ("Veterans recalled the 1968 invasion of Czechoslovakia.", "1968", "invasion"),
        ("Last year's election was marred by fraud.", "Last year", "election"),
        ("Putin purges generals after June mutiny", "June", "mutiny"),
        ("The 2011 earthquake and tsunami devastated the coast.", "2011", "earthquake"),
        # a date attached to an event noun by a preposition
        ("They will be safe after the Novichok poisoning of Sergei Skripal and his daughter in Salisbury in March 2018.", "March 2018", "poisoning"),
        ("He referred to how the crushing of the Prague Spring 55 years ago was a turning point.", "55 years ago", "crushing"),
        ("Leaders attended the summit in Vilnius in July.", "July", "summit"),
        ("The election was on Sunday.", "Sunday", "election"),
        ("Critics recalled the shelling of the city in 1993.", "1993", "shelling"),
        # the verb of the clause
        ("Putin is waging his war launched in February 2022.", "February 2022", "launched"),
        ("Many Russians face the same dilemmas as their predecessors did in 1968.", "1968", "did"),
        ("At the start of this month, CIA director William Burns said the war was a failure.", "At the start of this month", "said"),
        ("The ministers will meet on Monday.", "Monday", "meet"),
        ("On Monday, the president travelled to Kyiv.", "Monday", "travelled"),
        ("Prices fell sharply in May.", "May", "fell"),
        ("The envoy, who arrived on Sunday, will leave soon.", "Sunday", "arrived"),
        ("The bridge was destroyed on Tuesday.", "Tuesday", "destroyed"),
        ("He said on Monday that talks had stalled.", "Monday", "said"),
        ("A deal is expected to be signed next month.", "next month", "signed"),
        ("I invite them to do what others have already done this past 18 months.", "this past 18 months", "done"),
        ("He said: “We will handle it in June.”", "June", "handle"),
        ("Born in 1942, he fled Hungary in 1956.", "1942", "Born"),
        ("Born in 1942, he fled Hungary in 1956.", "1956", "fled"),
        ("The trial is due to start in October.", "October", "start"),
        ("Her 2016 speech to the convention drew praise.", "2016", "speech"),
        ("The attack on Friday killed three people.", "Friday", "attack"),
        ("Police arrested two men on Friday over the attack.", "Friday", "arrested"),
        # a short participle after "have" is the verb, not "have" ("axed" alone could be a noun)
        ("The minister is now said to have axed two aides last week.", "last week", "axed"),
        # the start of the period is not an event
        ("At the end of the year, the company reported a profit.", "the year", "reported"),
        # a short past tense of a known verb is a verb ("died", "tied"), not a noun
        ("He reached the island in October, where he died in May 1821.", "May 1821", "died"),
        # "that" opening a date is its determiner, not a relative pronoun opening a clause of its own
        ("The king won at the ford that September, but he was killed in the next battle.", "that September", "won"),
        # ... while a date that opens a clause still belongs to that clause
        ("When the regent went to the scaffold in July of that year the crowd cheered.", "July of that year", "went"),
    ],
)
def test_trigger(sentence, timex, trigger):
    event = find(sentence, timex)
    assert event.trigger is not None
    assert event.trigger.text == trigger


@pytest.mark.parametrize(
    "sentence, timex, description",
    [
        ("The June revolt by Wagner Group leader Yevgeny Prigozhin may have failed, but it is widely believed.", "June",
         "The revolt by Wagner Group leader Yevgeny Prigozhin may have failed"),
        ("Putin is waging his war launched in February 2022.", "February 2022", "his war launched"),
        ("He said the crushing of the Prague Spring 55 years ago was a turning point.", "55 years ago",
         "the crushing of the Prague Spring was a turning point"),
        ("Many Russians face the same dilemmas as their predecessors did in 1968.", "1968", "their predecessors did"),
        ("At the start of this month, CIA director William Burns said: “Fine.”", "this month",
         "CIA director William Burns said"),
        ("The ministers will meet in Brussels on Monday to discuss sanctions.", "Monday",
         "The ministers will meet in Brussels to discuss sanctions"),
        ("Last year's election was marred by fraud.", "Last year", "election was marred by fraud"),
        ("The trial is due to start in October.", "October", "The trial is due to start"),
        ("Shares rose 5% on Wednesday.", "Wednesday", "Shares rose 5%"),
        ("The attack on Friday killed three people.", "Friday", "The attack killed three people"),
    ],
)
def test_description(sentence, timex, description):
    assert find(sentence, timex).description == description


def test_description_drops_date_and_dangling_preposition():
    event = find("The ministers met in Paris on Monday.", "Monday")
    assert "Monday" not in event.description
    assert not event.description.endswith(" on")
    assert event.description == "The ministers met in Paris"


def test_description_drops_other_dates():
    event = find("Troops advanced from March to June.", "March", others=["June"])
    assert event.trigger.text == "advanced"
    assert "June" not in event.description and "March" not in event.description


def test_description_is_capped():
    s = ("The Novichok poisoning of former Russian double agent Sergei Skripal and his daughter Yulia "
         "in Salisbury in March 2018 shocked Britain.")
    event = find(s, "March 2018")
    assert event.trigger.text == "poisoning"
    assert len(event.description.split()) <= 12
    assert event.description.startswith("The Novichok poisoning of former Russian double agent")


def test_no_verb_no_event_noun_falls_back_to_text():
    event = find("19 July 2023", "19 July 2023")
    assert event.trigger is None
    assert event.description


def test_headline_without_verb():
    event = find("Elections in June", "June")
    assert event.trigger.text == "Elections"
    assert event.description == "Elections"


def test_offsets_inside_larger_text():
    text = "Headline here\nThe talks, which began on Monday, collapsed. Officials left."
    sents = split_sentences(text)
    a = text.index("Monday")
    s = next(sp for sp in sents if sp[0] <= a < sp[1])
    event = FINDER.find(text, s, (a, a + 6), [])
    check(text, event)
    assert event.trigger.text == "began"
    assert event.sentence.start == s[0] and event.sentence.end == s[1]


def test_empty_timex_is_tolerated():
    s = "The ministers will meet on Monday."
    event = FINDER.find(s, (0, len(s)), (3, 3), [])
    assert event.description


def test_document_event_skips_headline_and_dateline():
    text = ("Spy chief appeals to Russians\nLONDON (Reuters) - Britain's top spy has appealed to potential "
            "Russian defectors dismayed at the war. He spoke in Prague.")
    event = FINDER.document_event(text, split_sentences(text))
    check(text, event)
    assert event.trigger.text == "appealed"
    assert event.description.startswith("Britain's top spy has appealed")


def test_document_event_main_clause_not_subordinate():
    text = "When the talks collapsed, the minister resigned from the cabinet. Nobody was surprised."
    event = FINDER.document_event(text, split_sentences(text))
    assert event.trigger.text == "resigned"


def test_document_event_none_without_sentences():
    assert FINDER.document_event("", []) is None
    text = "Breaking news\nMore soon"
    assert FINDER.document_event(text, split_sentences(text)) is None


@pytest.mark.skipif(not EXAMPLE.exists(), reason="example article not available")
def test_prague_speech_example():
    text = EXAMPLE.read_text(encoding="utf-8")
    sentences = split_sentences(text)

    def trigger(phrase, start_at=0):
        a = text.index(phrase, start_at)
        s = next(sp for sp in sentences if sp[0] <= a < sp[1])
        event = FINDER.find(text, s, (a, a + len(phrase)), [])
        check(text, event)
        return event.trigger.text if event.trigger else None

    assert trigger("1968") in ("did", "crushing")
    assert trigger("55 years ago") == "crushing"
    assert trigger("March 2018") == "poisoning"
    assert trigger("February 2022") in ("launched", "war")
    assert trigger("June revolt") == "revolt" or trigger("June") == "revolt"
    assert trigger("summer") == "counter-offensive"
    assert trigger("At the start of this month") == "said"
    doc = FINDER.document_event(text, sentences)
    assert doc.trigger.text == "appealed"


def test_finder_is_reusable_and_stateless():
    s = "The ministers will meet on Monday."
    a = s.index("Monday")
    first = FINDER.find(s, (0, len(s)), (a, a + 6), [])
    second = FINDER.find(s, (0, len(s)), (a, a + 6), [])
    assert first == second


def test_names_in_any_script_are_kept_whole_in_descriptions():
    event = find("Zoë Müller joined Société Générale in 2019.", "2019")
    assert event.trigger.text == "joined"
    assert event.description == "Zoë Müller joined Société Générale"
    event = find("The Swedes won at Lützen on 16 November 1632.", "16 November 1632")
    assert event.description == "The Swedes won at Lützen"
