"""clause_tense: the tense of the verb group governing a date's clause, None when unsure."""
import pytest

from service.engine.tense import clause_tense


def tense(sentence, timex, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(timex, start + 1)
    return clause_tense(sentence, (0, len(sentence)), (start, start + len(timex)))


@pytest.mark.parametrize(
    "sentence, timex, expected",
    [
        # past
        ("The June revolt by Wagner Group leader Yevgeny Prigozhin may have failed, but it is widely believed to have weakened Putin.", "June", "past"),
        ("The minister said on Monday that talks had stalled.", "Monday", "past"),
        ("He is waging his war launched in February 2022.", "February 2022", "past"),
        ("Russian forces have seized the town in March.", "March", "past"),
        ("In 1968, Soviet tanks rolled into Prague.", "1968", "past"),
        ("Many Russians face the same dilemmas as their predecessors did in 1968, he said.", "1968", "past"),
        ("The bridge was destroyed on Tuesday.", "Tuesday", "past"),
        ("Prices fell sharply in May.", "May", "past"),
        ("She had resigned in January.", "January", "past"),
        ("He didn't attend the meeting on Friday.", "Friday", "past"),
        ("The plant, which closed in April, employed 300 people.", "April", "past"),
        ("Fighting broke out on Sunday.", "Sunday", "past"),
        ("At a Thursday news conference, the mayor defended the budget.", "Thursday", "past"),
        ("Touring the port city Tuesday and meeting local officials, the envoy said he was hopeful.", "Tuesday", "past"),
        ("The two blasts came miles apart but only seconds apart on Sunday, shattering windows across town.", "Sunday", "past"),
        ("Officials on Tuesday condemned three car bomb attacks in the capital Monday.", "Monday", "past"),
        ("A rally scheduled for Saturday was called off.", "Saturday", "past"),
        ("The notes carry a 30% premium over Wednesday's closing price.", "Wednesday", "past"),
        ("The board's decision follows Monday's vote by shareholders.", "Monday", "past"),
        ("At the close of business Friday, 2 million ordinary shares, or 40% of the stock, had been sold.", "Friday", "past"),
        ("The fund said Monday that 35,000 common shares, not 50,000, were offered.", "Monday", "past"),
        # future
        ("The ministers will meet on Monday.", "Monday", "future"),
        ("A deal is expected to be signed next month.", "next month", "future"),
        ("On Monday, the president will travel to Kyiv.", "Monday", "future"),
        ("He plans to visit Paris in June.", "June", "future"),
        ("The vote is scheduled for Tuesday.", "Tuesday", "future"),
        ("The leaders are set to meet in July.", "July", "future"),
        ("Parliament is going to vote on Thursday.", "Thursday", "future"),
        ("Talks may resume in September.", "September", "future"),
        ("We'll know more by Friday.", "Friday", "future"),
        ("The hearings, which are supposed to end by May, drew large crowds.", "May", "future"),
        ("Negotiators are supposed to finish on Friday.", "Friday", "future"),
        ("On Thursday, the union plans to stage a rally outside the factory.", "Thursday", "future"),
        ("The league announced a playoff game to be played on Sunday.", "Sunday", "future"),
        ("Trade is expected to top the agenda of a summit set for Geneva in May.", "May", "future"),
        ("The fund said it will also accept any shares tendered by holders in Zurich through Dec. 3.", "Dec. 3", "future"),
        ("The board declared a dividend of 12 cents, payable Jan. 15 to holders of record Dec. 20.", "Jan. 15", "future"),
        ("The board declared a dividend of 12 cents, payable Jan. 15 to holders of record Dec. 20.", "Dec. 20", "future"),
        ("Acme Corp. plans to close the plant in March.", "March", "future"),
        ("Widget Co. expects to report results on Tuesday.", "Tuesday", "future"),
        ("The trial is due to start in October.", "October", "future"),
        ("Voters are likely to go to the polls in May.", "May", "future"),
        ("Agencies will want to reassure defectors that they will be safe after the poisoning of a spy in March.", "March", None),
        ("The central bank won't raise rates in March.", "March", "future"),
        ("By 2030, the country will have phased out coal.", "2030", "future"),
        # present
        ("The talks, which begin on Monday, are crucial.", "Monday", "present"),
        ("The company doesn't expect profits before June.", "June", "present"),
        ("The museum opens on Saturdays.", "Saturdays", "present"),
        ("The warrants, which expire Jan. 31, can be exercised at $5 each.", "Jan. 31", "present"),
        ("A 20 percent stake costs about $3 billion at Friday prices.", "Friday", "present"),
        ("Both parties are campaigning hard ahead of Sunday's vote.", "Sunday", "present"),
        ("In the 2024 season the club plays its home games on Sundays.", "Sundays", "present"),
        ("Putin purges generals after June mutiny", "June", "present"),
        # unsure
        # "would": ahead of the saying, which is in the past or now: ahead (a possessive date keeps its own time)
        ("He said the summit would take place in June.", "June", "future"),
        ("They would look for ways around Wednesday's ruling.", "Wednesday", None),
        ("She promised to visit in June.", "June", None),
        ("Elections in June", "June", None),
        ("The attack could happen on Monday.", "Monday", None),
        ("The envoy was supposed to arrive on Monday.", "Monday", None),
        ("The tender offer had been set to end on Dec. 2.", "Dec. 2", None),
        ("The merger was expected to close on Friday.", "Friday", None),
        ("dinner thursday night or sat?", "thursday night", None),
        ("Still free on sat, or on Sunday?", "Sunday", None),
        ("19 July 2023", "19 July 2023", None),
    ],
)
def test_clause_tense(sentence, timex, expected):
    assert tense(sentence, timex) == expected


def test_nearest_clause_wins():
    s = "He said on Monday that the ministers will meet on Friday."
    assert tense(s, "Monday") == "past"
    assert tense(s, "Friday") == "future"


def test_relative_clause_is_its_own_clause():
    s = "The envoy, who arrived on Sunday, will leave on Wednesday."
    assert tense(s, "Sunday") == "past"
    assert tense(s, "Wednesday") == "future"


def test_sentence_inside_larger_text_and_quotes():
    text = "Intro line.\nHe said: “We will handle it in June.” Then he left."
    s0 = text.index("He")
    s1 = text.index("Then") - 1
    j = text.index("June")
    assert clause_tense(text, (s0, s1), (j, j + 4)) == "future"


def test_empty_timex_gives_none():
    s = "The ministers will meet on Monday."
    assert clause_tense(s, (0, len(s)), (5, 5)) is None


def test_sentences_are_tagged_once_per_document_and_not_kept_after_it():
    from service.engine import clauses

    text = "Talks resumed on Monday. The deal was signed on Friday."
    first = clauses.tag(text, 0, 24)
    assert clauses.tag(text, 0, 24) is not first  # outside an analysis: tagged afresh each time
    with clauses.per_document():
        inside = clauses.tag(text, 0, 24)
        assert clauses.tag(text, 0, 24) is inside  # tense and events reuse the same tagging
        assert clauses.verb_groups(inside) == clauses.verb_groups(inside)
        assert clauses.tag(text, 25, len(text)).words[1] == "deal"
    with clauses.per_document():  # a new analysis starts empty
        assert clauses.tag(text, 0, 24) is not inside
    assert inside == first  # same tokens and tags either way


@pytest.mark.parametrize(
    "sentence, timex, expected",
    [
        # a headline of a subject and "to" + verb: what is to happen
        ("Dockers to walk out on Friday over pensions", "Friday", "future"),
        ("City council to vote on zoning plan in June", "June", "future"),
        # not a sentence with a stop, nor a plan named by a preposition phrase
        ("Plans for the pier to reopen in June", "June", None),
        # the simple present of a timetable verb
        ("The exhibition begins on Saturday.", "Saturday", "future"),
        ("The quiz show returns in October.", "October", "future"),
        # the main verb after a relative set off by commas
        ("The fair, which was cancelled in 2020, returns on 9 August.", "9 August", "future"),
    ],
)
def test_headlines_timetables_and_relatives(sentence, timex, expected):
    assert tense(sentence, timex) == expected


def test_participle_after_its_noun_before_a_present_verb():
    s = "Road closures ordered Friday remain in place until Sunday."
    assert tense(s, "Friday") == "past"
    assert tense(s, "Sunday") == "future"


def test_chat_plural_subject_and_timetable_verb_before_a_day():
    assert tense("ugh finals start monday n i havent revised", "monday") == "future"


def test_ahead_of_a_day_looks_forward():
    assert tense("Ahead of Saturday's derby, the manager praised his squad.", "Saturday") == "future"
    assert tense("Traders sold ahead of the holiday on Friday.", "Friday") != "future"
