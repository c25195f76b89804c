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


@pytest.mark.parametrize(
    "sentence, timex, trigger, description",
    [
        # the tagger: an object's head after its verb is not an -s verb; a hyphenated or re- verb is a verb
        ("The lender raised mortgage rates in March.", "March", "raised", "The lender raised mortgage rates"),
        ("Mr Olen was elected in 2012 and re-elected in 2017.", "2017", "re-elected", "Mr Olen re-elected"),
        ("The old mill was rebuilt in 1921.", "1921", "rebuilt", "The old mill was rebuilt"),
        # a passive with "get"
        ("my bike got stolen last night", "last night", "stolen", "my bike got stolen"),
        # a verb group with the date inside it
        ("The ferry is now sailing twice a day.", "now", "sailing", "The ferry is sailing twice a day"),
        # a verb of stopping or starting with an -ing complement
        ("The probe stopped transmitting on 9 May.", "9 May", "stopped", "The probe stopped transmitting"),
        # "to" just before the date is its preposition
        ("Scholars date the drought to 1580-1584.", "1580-1584", "drought", "Scholars date the drought"),
        # particles stay with their verb; "late" that only placed the date goes
        ("Talks broke off in August.", "August", "broke", "Talks broke off"),
        ("A storm blew up late on Friday.", "Friday", "blew", "A storm blew up"),
    ],
)
def test_trigger_and_description_of_unseen_sentences(sentence, timex, trigger, description):
    event = find(sentence, timex)
    assert event.trigger.text == trigger
    assert event.description == description


def test_to_between_two_dates_is_dropped():
    event = find("The gallery is shut from 3 to 9 June for painting.", "9 June", others=("3",))
    assert event.description == "The gallery is shut for painting"


def test_chat_days_and_adjectives_are_not_verbs():
    from service.engine.clauses import tag
    text = "so tired today, sat n sun off"
    toks = tag(text, 0, len(text))
    tags = dict(zip(toks.lows, toks.tags))
    assert tags["tired"] == "N" and tags["sat"] == "N"
    event = find(text, "sun", others=("today", "sat"))
    assert event.trigger is None or event.trigger.text not in ("sat", "tired")


@pytest.mark.parametrize(
    "sentence, timex, description",
    [
        # the noun a participle set off by commas describes
        ("The tower, completed in 1931, still dominates the skyline.", "1931", "The tower, completed"),
        ("The minister, speaking on Friday, ruled out new taxes.", "Friday", "The minister, speaking"),
        # not a verb with its object in a list of verbs
        ("The firm cut jobs, closed plants in 2009 and sold its fleet.", "2009", "closed plants"),
        # the noun a relative pronoun stands for; the main clause's verb is not part of it
        ("The singer, who retired in 2015, has a new album.", "2015", "The singer, who retired"),
        ("Floods that swept the valley in April ruined the crops.", "April", "Floods that swept the valley"),
        # the subject of a verb joined by "and"
        ("The ship was launched in 1911 and sank in 1912.", "1912", "The ship sank"),
        # a long subject keeps its head, not the end of its modifier
        ("Talks between the two unions and the city council stalled on Monday.", "Monday", "Talks stalled"),
        ("Forty percent of the town's voters stayed home on Sunday.", "Sunday", "the town's voters stayed home"),
        # names with "the"; two phrases that meet are not one subject
        ("Alfred the Great defeated the Danes in 878.", "878", "Alfred the Great defeated the Danes"),
        ("After a long debate the assembly voted on Tuesday.", "Tuesday", "the assembly voted"),
    ],
)
def test_description_subjects(sentence, timex, description):
    assert find(sentence, timex).description == description


def test_document_event_leaves_out_the_dates_of_its_sentence():
    text = "The council approved the new budget on Tuesday after a long debate."
    a = text.index("Tuesday")
    event = FINDER.document_event(text, split_sentences(text), [(a, a + len("Tuesday"))])
    assert event.trigger.text == "approved"
    assert event.description == "The council approved the new budget after a long debate"


def test_document_event_is_not_a_participle_set_off_by_commas():
    text = "The match, first planned for May, has been moved to the autumn by the league."
    event = FINDER.document_event(text, split_sentences(text))
    assert event.trigger.text == "moved"
    assert event.description.startswith("The match has been moved")


def test_document_event_of_an_arrangement_is_the_verb_arranged():
    text = "The inquiry into the collapse of the bridge is due to open in September."
    event = FINDER.document_event(text, split_sentences(text))
    assert event.trigger.text == "open"


@pytest.mark.parametrize(
    "sentence, timex, description",
    [
        # the subject before a phrase set off by two commas
        ("Mr Dace, 61, was appointed in 2019.", "2019", "Mr Dace was appointed"),
        ("The dam, built in 1960, burst on Monday.", "Monday", "The dam burst"),
        # the preposition of a noun a date modifies stays
        ("Crowds basked in Sunday's sunshine.", "Sunday", "Crowds basked in sunshine"),
        ("Shares jumped on third-quarter profit.", "third-quarter", "Shares jumped on profit"),
    ],
)
def test_description_across_dates_and_appositions(sentence, timex, description):
    assert find(sentence, timex).description == description


@pytest.mark.parametrize(
    "sentence, timex, others, trigger, description",
    [
        # an -s verb after a relative pronoun is a verb; the relative clause set off by commas ends there
        ("The toll, which rises on Monday, was agreed in May.", "Monday", ("May",), "rises", "The toll, which rises"),
        ("The toll, which rises on Monday, was agreed in May.", "May", ("Monday",), "agreed", "The toll was agreed"),
        # a long state named as a verb's object: the verb has the date
        ("France declared war on Prussia on 19 July 1870.", "19 July 1870", (), "declared",
         "France declared war on Prussia"),
        # a list item "date: what happens"
        ("Schedule: - 4 June: entries open - 9 June: judging", "4 June", ("9 June",), None, "entries open"),
    ],
)
def test_relatives_states_and_list_items(sentence, timex, others, trigger, description):
    event = find(sentence, timex, others=others)
    assert (event.trigger.text if event.trigger else None) == trigger
    assert event.description == description


def test_document_event_after_a_relative_set_off_by_commas():
    text = "The coach, who joined in March, said the team would improve."
    event = FINDER.document_event(text, split_sentences(text))
    assert event.trigger.text == "said"
    assert event.description.startswith("The coach said")


def test_main_verb_after_a_relative_set_off_by_commas():
    event = find("The fair, which was cancelled in 2020, returns on 9 August.", "9 August", others=("2020",))
    assert event.trigger.text == "returns"
    assert event.description == "The fair returns"


@pytest.mark.parametrize(
    "sentence, timex, others, trigger, description",
    [
        ("Staff returned to work on Monday.", "Monday", (), "returned", "Staff returned to work"),
        ("Road closures ordered Friday remain in place until Sunday.", "Friday", ("Sunday",), "ordered",
         "Road closures ordered"),
        ("Road closures ordered Friday remain in place until Sunday.", "Sunday", ("Friday",), "remain",
         "remain in place"),
        ("This year's harvest was poor.", "This year", (), "harvest", "harvest was poor"),
    ],
)
def test_routine_places_reduced_relatives_and_harvests(sentence, timex, others, trigger, description):
    event = find(sentence, timex, others=others)
    assert event.trigger.text == trigger
    assert event.description == description


@pytest.mark.parametrize(
    "sentence, timex, description",
    [
        # the noun before "to" does what the infinitive says
        ("Analysts expect the bank to cut rates in June.", "June", "the bank to cut rates"),
        # a participle with a "to" complement set off by commas
        ("The ship, due to sail on Friday, was held in port.", "Friday", "due to sail"),
        ("Drake, ordered to return in 1580, sailed home.", "1580", "Drake, ordered to return"),
    ],
)
def test_infinitive_and_participle_subjects(sentence, timex, description):
    assert find(sentence, timex).description == description


def test_document_event_is_not_a_participle_inside_an_opening_phrase():
    text = "In a report published late on Monday, the regulator criticised the bank."
    event = FINDER.document_event(text, split_sentences(text))
    assert event.trigger.text == "criticised"
    text = "About 300 people attended a vigil on Monday, a week after the fire."
    assert FINDER.document_event(text, split_sentences(text)).trigger.text == "attended"


@pytest.mark.parametrize(
    "sentence, timex, others, description",
    [
        # an object may have a relative too
        ("Police arrested a driver who fled on Monday.", "Monday", (), "a driver who fled"),
        # a participle describing the object of a verb of saying, and that object as the next verb's subject
        ("Nasa said the probe, launched in 2006, stopped working in May.", "2006", ("May",), "the probe, launched"),
        ("Nasa said the probe, launched in 2006, stopped working in May.", "May", ("2006",),
         "the probe stopped working"),
        # a verb after 'and' borrows a subject found across an apposition
        ("Mr Pell, 70, was jailed in 2019 and freed in 2020.", "2020", ("2019",), "Mr Pell freed"),
        # not a finite verb after an object ('compared with' is not a participle describing a noun)
        ("Profit was $5 million, or 40 cents a share, compared with $3 million in 2022.", "2022", (),
         "compared with $3 million"),
    ],
)
def test_subjects_of_relatives_and_participles_after_objects(sentence, timex, others, description):
    assert find(sentence, timex, others=others).description == description


def test_document_event_after_a_whose_relative():
    text = "The bank, whose profits have doubled since 2021, refused to comment on Monday."
    event = FINDER.document_event(text, split_sentences(text))
    assert event.trigger.text == "refused"


def test_document_event_is_not_an_opening_participle_clause():
    text = "Asked on Friday about the merger, the chief executive refused to comment."
    assert FINDER.document_event(text, split_sentences(text)).trigger.text == "refused"
    text = "Suspected looters were arrested near the port on Friday."
    assert FINDER.document_event(text, split_sentences(text)).trigger.text == "arrested"
