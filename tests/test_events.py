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


@pytest.mark.parametrize("sentence, timex, trigger", [
    # an -ing word between a verb and a noun modifies the noun: the verb before it has the date
    ("The bank last raised borrowing costs in August 2023.", "August 2023", "raised"),
    ("The council cut parking fees in May.", "May", "cut"),
    # ... unless the verb takes an -ing clause: then the clause's verb is dated through the verb before it
    ("The firm started building homes in 2019.", "2019", "started"),
    # an -ing word the lexicon keeps as an adjective ("rising prices") is a verb after "before", "after" ...
    ("Prices fell sharply before rising again in June.", "June", "rising"),
    # ... but not when a noun follows it, nor a noun in -ing ("since morning")
    ("Sales slowed after rising prices hit demand in May.", "May", "hit"),
])
def test_an_ing_modifier_after_a_verb_is_not_the_event(sentence, timex, trigger):
    assert find(sentence, timex).trigger.text == trigger


@pytest.mark.parametrize("sentence, timex, description", [
    # the cap falls inside "with long careers": the description ends before the phrase, not on "long"
    ("On Monday the club's new owner fired three of its most senior coaches with long careers at the club.",
     "Monday", "the club's new owner fired three of its most senior coaches"),
    # ... also where the tagger reads the cut plural as a verb ("ties")
    ("The regulator has now fined two of the country's largest private banks with deep ties to the state.",
     "now", "The regulator has fined two of the country's largest private banks"),
    # a phrase that ends at the cap is kept whole
    ("On Monday the club's owner fired three of its senior coaches with long careers.",
     "Monday", "the club's owner fired three of its senior coaches with long careers"),
])
def test_a_description_cut_by_the_cap_does_not_end_inside_a_phrase(sentence, timex, description):
    assert find(sentence, timex).description == description


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
        ("Shares jumped on third-quarter guidance.", "third-quarter", "Shares jumped on guidance"),
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


@pytest.mark.parametrize(
    "sentence, timex, trigger",
    [
        # a measure a report dates is the event as an object; as the subject of a verb of change, the change is
        ("The chain reported a second-half loss of $7 million.", "second-half", "loss"),
        ("The 2019 results included a one-off charge.", "2019", "results"),
        ("Second-half net profit fell 12% to $40 million.", "Second-half", "fell"),
        ("The bank said first-quarter earnings rose 9% to $2 billion.", "first-quarter", "rose"),
        ("The bank said profit in the first quarter slipped 3%.", "the first quarter", "slipped"),
        ("The chain has doubled its profits since 2015.", "2015", "doubled"),
        ("Growers saw a sharp rise in their income during the spring.", "the spring", "rise"),
        # a verb of saying without "that": a date in the reported clause's subject dates its verb
        ("Officials said Monday's figures showed broad support.", "Monday", "showed"),
        ("Officials said Monday the vote was close.", "Monday", "said"),
        ("Officials said on Monday the vote was close.", "Monday", "said"),
        # after "be" alone, the predicate is the event
        ("Exports were weaker a year ago.", "a year ago", "weaker"),
        ("The coupon is redeemable on 3 March at par.", "3 March", "redeemable"),
        ("They will be home on Sunday after the tour.", "Sunday", "home"),
        ("In 2019 there had been a modest gain.", "2019", "gain"),
        ("The choir is now singing in the hall.", "now", "singing"),
        ("In 2030 the plan is likely to change.", "2030", "is"),
        # an -ing word inside a noun phrase is no verb; a participle after its noun is
        ("In heavy trading on Friday, the shares fell 4%.", "Friday", "fell"),
        ("A tanker sailing under guard in May was seized.", "May", "sailing"),
        ("Fans queued with the first group arriving Tuesday.", "Tuesday", "arriving"),
        # "to death": the verb is the event
        ("He was beaten to death on 4 May.", "4 May", "beaten"),
        ("The driver was sentenced to death in 1990.", "1990", "sentenced"),
        # an adverb between the subject and its -s verb
        ("The museum now owns three of his paintings.", "now", "owns"),
        ("The shop currently lends rare books.", "currently", "lends"),
    ],
)
def test_measures_predicates_and_nominal_forms(sentence, timex, trigger):
    event = find(sentence, timex)
    assert event.trigger is not None
    assert event.trigger.text == trigger


@pytest.mark.parametrize(
    "sentence, timex, description",
    [
        # the subject of a verb after a relative clause is the relative's antecedent
        ("Players who scored in two of the finals retired in 2020.", "2020", "Players retired"),
        ("Voters in the north, who backed him in 2019, turned away.", "2019", "Voters in the north, who backed him"),
        # the subject of the clause a verb of saying reports, whole
        ("The group said its operating deficit for the usually weak first half narrowed sharply.", "first half",
         "its operating deficit narrowed sharply"),
        # a currency sign stays with its amount; the subject of a change
        ("The bank posted a $20 million loss over the half.", "the half", "a $20 million loss"),
        ("Second-half net profit fell 12% to $40 million.", "Second-half", "net profit fell 12% to $40 million"),
        # the predicate's trigger does not change the description
        ("Exports were weaker a year ago.", "a year ago", "Exports were weaker"),
    ],
)
def test_descriptions_of_relatives_reports_and_measures(sentence, timex, description):
    assert find(sentence, timex).description == description


def test_document_event_is_not_in_an_opening_adverbial_clause():
    text = "After the storm passed, the town began to clear the roads at once."
    assert FINDER.document_event(text, split_sentences(text)).trigger.text == "began"
    text = "Since the war ended, the town has grown quickly."
    assert FINDER.document_event(text, split_sentences(text)).trigger.text == "grown"


def test_a_measure_with_a_date_of_its_own_takes_no_other():
    event = find("The firm plans to publish first-half results in early August.", "early August",
                 others=("first-half",))
    assert event.trigger.text == "publish"


@pytest.mark.parametrize(
    "sentence, timex, others, trigger",
    [
        # an amount does not stop the walk back to the measure it follows
        ("The unit made a profit of $2 million after a loss of $1 million in 2020.", "2020", (), "loss"),
        # "the period ended <date>": the period's events, not the ending; the end date keeps the ending
        ("The firm booked a loss of $4 million in the half ended 30 June.", "the half", ("30 June",), "loss"),
        ("Over the half ended 30 June, the firm booked a loss.", "the half", ("30 June",), "booked"),
        ("The firm booked a loss of $4 million in the half ended 30 June.", "30 June", ("the half",), "ended"),
        # an adverb of time between a subject and its verb dates that verb, also after a verb of saying
        ("The agency said it now expects growth to slow.", "now", (), "expects"),
        ("The firm said it currently employs 300 people.", "currently", (), "employs"),
        ("First-half sales dropped 7% to $3 billion.", "First-half", (), "dropped"),
    ],
)
def test_amounts_periods_and_adverbs(sentence, timex, others, trigger):
    event = find(sentence, timex, others=others)
    assert event.trigger is not None and event.trigger.text == trigger


def test_the_end_of_a_period_named_with_two_dates_is_left_out_of_descriptions():
    event = find("The firm booked a loss of $4 million in the half ended 30 June.", "the half", others=("30 June",))
    assert event.description == "a loss of $4 million"


@pytest.mark.parametrize(
    "sentence, timex, trigger, description",
    [
        # nouns of events of business and others
        ("The group completed its recapitalization in 2016.", "2016", "recapitalization", "its recapitalization"),
        ("Analysts see a turnaround by next spring.", "next spring", "turnaround", "a turnaround"),
        ("The city ordered a 10% cutback in water use in July.", "July", "cutback", "a 10% cutback in water use"),
        # an adjective of schedule right after its noun; after an event noun, the noun
        ("The firm will redeem its notes due 9 July 2031.", "9 July 2031", "due", "its notes due"),
        ("The vote due in May was postponed.", "May", "vote", "The vote due was postponed"),
        # a date adverb before a participle describing a noun
        ("They paid in bonds, currently priced at $5 million.", "currently", "priced", "priced at $5 million"),
        # an event noun that only modifies another noun ("the bankruptcy court") is not the event
        ("The union paid the bills from its strike fund in May.", "May", "paid",
         "The union paid the bills from its strike fund"),
        ("Troops began the withdrawal date talks in May.", "May", "talks", "the withdrawal date talks"),
    ],
)
def test_business_nouns_schedule_adjectives_and_modifiers(sentence, timex, trigger, description):
    event = find(sentence, timex)
    assert event.trigger is not None and event.trigger.text == trigger
    assert event.description == description


@pytest.mark.parametrize(
    "sentence, timex, trigger",
    [
        # a lasting text as a verb's object: the verb has the date
        ("Parliament endorsed the pact on 4 June.", "4 June", "endorsed"),
        ("The council released a statement on 2 May.", "2 May", "released"),
        ("The treaty of 1648 ended the war.", "1648", "treaty"),
        # a date between a subject that opens the clause and its verb dates the verb
        ("The board late last week cut its forecast.", "late last week", "cut"),
        ("The drop in rents last spring has worried tenants.", "last spring", "drop"),
    ],
)
def test_documents_and_dates_between_subject_and_verb(sentence, timex, trigger):
    event = find(sentence, timex)
    assert event.trigger is not None and event.trigger.text == trigger


@pytest.mark.parametrize(
    "sentence, timex, trigger, description",
    [
        # an opening date before a subject with a relative set off by commas dates the main verb
        ("In May, the firm, which is based in Ohio, posted a loss.", "May", "posted", "the firm posted a loss"),
        ("On 9 March the mayor, who had opposed the plan, signed it.", "9 March", "signed", "the mayor signed it"),
        # ... but a "when" clause after the date describes it
        ("Unlike Sunday, when the police made arrests, the march was calm.", "Sunday", "made",
         "the police made arrests"),
        # a date between a relative pronoun and its verb
        ("The network, which now serves ten million homes, grew.", "now", "serves",
         "The network, which serves ten million homes"),
        # meals are events
        ("The board met at a dinner on 2 May.", "2 May", "dinner", "a dinner"),
    ],
)
def test_main_verbs_after_relatives_and_meals(sentence, timex, trigger, description):
    event = find(sentence, timex)
    assert event.trigger is not None and event.trigger.text == trigger
    assert event.description == description


@pytest.mark.parametrize(
    "sentence, timex, trigger",
    [
        # a lawsuit is filed: the filing has the date
        ("The band brought a lawsuit over the songs on Monday.", "Monday", "brought"),
        # adjectives before a date inside a noun phrase
        ("After their bold spring offensive the rebels held the pass.", "spring", "offensive"),
        ("The strong Christmas sales lifted the chain.", "Christmas", "sales"),
        # a name in camel case is a name, not a verb after "to"
        ("Fans switched to iStream in 2016.", "2016", "switched"),
    ],
)
def test_lawsuits_adjectives_before_dates_and_camel_case_names(sentence, timex, trigger):
    event = find(sentence, timex)
    assert event.trigger is not None and event.trigger.text == trigger


@pytest.mark.parametrize(
    "sentence, timex, trigger",
    [
        # a verb of finding or seeing with an -ing complement has the date
        ("The hiker was found sheltering in a cave on 5 May.", "5 May", "found"),
        ("Found drifting off the cape in June, the yacht was towed home.", "June", "Found"),
        # decisions, requests and slayings are events; a decision someone makes is dated by the making
        ("Monday's decision surprised the league.", "Monday", "decision"),
        ("The panel made its decision on Monday.", "Monday", "made"),
        ("Police are studying the slaying of two guards in March.", "March", "slaying"),
    ],
)
def test_perception_verbs_and_decisions(sentence, timex, trigger):
    event = find(sentence, timex)
    assert event.trigger is not None and event.trigger.text == trigger


@pytest.mark.parametrize(
    "sentence, timex, trigger, description",
    [
        # an event noun arranged for a date by a participle of schedule
        ("Leaders prepared for talks scheduled for Oslo in June.", "June", "talks", "talks scheduled for Oslo"),
        # "found" with a participle: the finding
        ("The van was found burnt out near the depot on 3 May.", "3 May", "found",
         "The van was found burnt out near the depot"),
        # a full date closed by a comma before the noun it modifies; an adjective in -ly
        ("Police reopened the March 3, 1971, fire at the depot.", "March 3, 1971", "fire", "fire at the depot"),
        ("Nobody forgot last spring's costly floods.", "last spring", "floods", "floods"),
        # the dot of an abbreviated name neither stops the walk back nor the description
        ("Crowds recalled the raid on the U.K. consulate last month.", "last month", "raid",
         "the raid on the U.K. consulate"),
    ],
)
def test_schedules_findings_full_dates_and_abbreviations(sentence, timex, trigger, description):
    event = find(sentence, timex)
    assert event.trigger is not None and event.trigger.text == trigger
    assert event.description == description


@pytest.mark.parametrize(
    "sentence, timex, trigger",
    [
        # a modal alone gives the trigger to the verb after it, across a date and a quote, even one the
        # lexicon does not know; not to the subject after an inverted modal
        ('The rebels will now "regroup in the hills", he said.', "now", "regroup"),
        ("The merger would dilute our margins in 2031.", "2031", "dilute"),
        # an event noun opening the sentence is the subject of a lone "be"
        ("Revenue over the half was $2 billion.", "the half", "Revenue"),
    ],
)
def test_modals_and_sentence_initial_subjects(sentence, timex, trigger):
    event = find(sentence, timex)
    assert event.trigger is not None and event.trigger.text == trigger


def test_an_inverted_modal_does_not_give_its_trigger_to_the_subject():
    event = find("May fortune favour you on Friday.", "Friday")
    assert event.trigger is None or event.trigger.text != "fortune"


@pytest.mark.parametrize(
    "sentence, timex, trigger",
    [
        # a date that bounds a stretch, then "when": what happened at the date
        ("The king ruled until 1410, when his nephew seized the throne.", "1410", "seized"),
        ("Prices have halved since May, when the mine reopened.", "May", "reopened"),
        # otherwise the main clause keeps the date
        ("The truce collapsed in June, when the talks failed.", "June", "collapsed"),
    ],
)
def test_when_clauses_after_bounds_and_verbs_after_relatives(sentence, timex, trigger):
    event = find(sentence, timex)
    assert event.trigger is not None and event.trigger.text == trigger


@pytest.mark.parametrize(
    "sentence, timex, description",
    [
        # adverbs of the middle position between a subject and its verb keep the subject
        ("The council also approved the budget on Monday.", "Monday", "The council also approved the budget"),
        ("The fort finally surrendered on 3 October.", "3 October", "The fort finally surrendered"),
        # ... not "early", which places a time, nor the adverbs of another verb joined by "and"
        ("The ships arrived and quickly docked on Monday.", "Monday", "The ships docked"),
        # an -ly adjective is no adverb: "that daily attacks rose" keeps its noun
        ("Officials found that daily flights rose in May.", "May", "flights rose"),
    ],
)
def test_subjects_across_middle_adverbs(sentence, timex, description):
    assert find(sentence, timex).description == description
