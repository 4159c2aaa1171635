"""Temporal expressions: detection and TIMEX3 values against a fixed publication date."""
from __future__ import annotations

import pytest

from conftest import parse_without_newsdesk

from newsdesk.extract.date_dateline import find_dateline
from newsdesk.extract.dates import extract_dates
from newsdesk.extract.timex_normalise import TimexContext, normalise
from datetime import date

PUBLISHED = "2014-02-04"  # a Tuesday


@pytest.fixture(scope="module")
def parse(nlp):
    """Return text -> Doc run through the spaCy model only, with the publication date set."""

    def run(text: str, published: str | None = PUBLISHED):
        doc = parse_without_newsdesk(nlp, text, published)
        return doc

    return run


def _values(doc):
    return [(d.text, d.value, d.type) for d in extract_dates(doc)]


# (sentence, expression text, TIMEX3 value, type) for an article published on 2014-02-04.
EXPRESSIONS = [
    # relative month names: "last November", bare months by tense
    ("Secret contacts with the insurgents began last November.", "last November", "2013-11", "DATE"),
    ("Presidential elections are due in April.", "April", "2014-04", "DATE"),
    ("The ministry published the figures in December.", "December", "2013-12", "DATE"),
    ("The pact was signed last March.", "last March", "2013-03", "DATE"),
    # weekdays: the governing verb's tense picks the week
    ("The minister met the envoy on Monday.", "Monday", "2014-02-03", "DATE"),
    ("The minister will meet the envoy on Monday.", "Monday", "2014-02-10", "DATE"),
    ("The minister will meet the envoy on Thursday.", "Thursday", "2014-02-06", "DATE"),
    ("Rebels shelled the town on Saturday.", "Saturday", "2014-02-01", "DATE"),
    ("The president met the envoy last Friday.", "last Friday", "2014-01-31", "DATE"),
    # vague references and kept durations
    ("In recent weeks, the two sides met in Dubai.", "recent weeks", "PXW", "DURATION"),
    ("In recent years the port has grown.", "recent years", "PAST_REF", "DATE"),
    ("Prices rose sharply over the last two months.", "the last two months", "P2M", "DURATION"),
    ("The talks are now stalled.", "now", "PRESENT_REF", "DATE"),
    ("Officials recently visited the camp.", "recently", "PAST_REF", "DATE"),
    ("Nobody knows what the future holds for the town.", "the future", "FUTURE_REF", "DATE"),
    # post-2014, years, decades, centuries
    ("Troops will stay in a post-2014 mission.", "post-2014", "2014", "DATE"),
    ("Troops withdrew from the valley in 2011.", "2011", "2011", "DATE"),
    ("The economy boomed in the 1990s.", "the 1990s", "199", "DATE"),
    ("He was born in the 20th century.", "the 20th century", "19", "DATE"),
    # seasons and quarters
    ("Fighting usually peaks in the summer of 2014.", "the summer of 2014", "2014-SU", "DATE"),
    ("The offensive began last spring.", "last spring", "2013-SP", "DATE"),
    ("Profits rose in the first quarter of 2014.", "the first quarter of 2014", "2014-Q1", "DATE"),
    ("Sales fell in the third quarter.", "the third quarter", "2013-Q3", "DATE"),
    # deictic days and weeks
    ("The president spoke today.", "today", "2014-02-04", "DATE"),
    ("The president spoke yesterday.", "yesterday", "2014-02-03", "DATE"),
    ("Talks will resume tomorrow.", "tomorrow", "2014-02-05", "DATE"),
    ("The envoy will return next week.", "next week", "2014-W07", "DATE"),
    ("The deal was done late last week.", "late last week", "2014-W05", "DATE"),
    ("The law was passed last year.", "last year", "2013", "DATE"),
    ("The vote is expected next month.", "next month", "2014-03", "DATE"),
    ("The bill passed earlier this month.", "earlier this month", "2014-02", "DATE"),
    ("The talks collapsed two weeks ago.", "two weeks ago", "2014-W04", "DATE"),
    ("The dam was finished a decade ago.", "a decade ago", "2004", "DATE"),
    # durations
    ("The war lasted three years.", "three years", "P3Y", "DURATION"),
    ("The truce lasted 48 hours.", "48 hours", "PT48H", "DURATION"),
    ("Talks will continue for several weeks.", "several weeks", "PXW", "DURATION"),
    ("He has lived there for decades.", "decades", "PXE", "DURATION"),
    # sets
    ("The council meets every week.", "every week", "P1W", "SET"),
    ("The station broadcasts daily.", "daily", "P1D", "SET"),
    # times
    ("The blast happened at 10:30 a.m. on Monday.", "10:30 a.m. on Monday", "2014-02-03T10:30", "TIME"),
    ("The rebels attacked on Sunday night.", "Sunday night", "2014-02-02TNI", "TIME"),
    # explicit dates in common formats
    ("The talks were held on Feb. 3, 2014.", "Feb. 3, 2014", "2014-02-03", "DATE"),
    ("The deal was signed on 3 February 2014.", "3 February 2014", "2014-02-03", "DATE"),
    ("The deal was signed on 2014-01-15.", "2014-01-15", "2014-01-15", "DATE"),
    ("The deal was signed on 01/15/2014.", "01/15/2014", "2014-01-15", "DATE"),
    ("The agreement was signed in March 2013.", "March 2013", "2013-03", "DATE"),
    ("Markets were closed on Christmas Day.", "Christmas Day", "2013-12-25", "DATE"),
    # a modal perfect looks back: the weekday is the past one (published Tuesday 2014-02-04)
    ("Saturday night's debate could not have been more awkward, critics said.", "Saturday night",
     "2014-02-01TNI", "TIME"),
    # what could be heard or seen was perceptible then: the weekday past, not ahead (published Tuesday 2014-02-04)
    ("Residents said shelling could be heard across the city on Sunday night.", "Sunday night", "2014-02-02TNI",
     "TIME"),
    # a law that "takes effect" on a weekday starts on the coming one (published Tuesday 2014-02-04)
    ("The fine comes days before the act takes effect on Thursday.", "Thursday", "2014-02-06", "DATE"),
    # a name the model ran into the date is not part of it
    ("He had a private meeting with Rubio a year ago.", "a year ago", "2013", "DATE"),
    ("Rebels shelled a military base near Humera overnight.", "overnight", "2014-02-04TNI", "TIME"),
    # nor a noun phrase of its own: the model tags "the outskirts hours later" as one time
    ("Shelling was reported on the outskirts hours later.", "hours later", "PTXH", "DURATION"),
    # nor over a comma into the next phrase's unit: "shortly after midnight, hours after X declined"
    ("The vote came shortly after midnight, hours after the minister declined to appear.",
     "shortly after midnight", "2014-02-04T24:00", "TIME"),
    # "the week of" a day is that day's ISO week (2014-02-10 is a Monday of week 7)
    ("A vote is planned for the week of Feb. 10.", "the week of Feb. 10", "2014-W07", "DATE"),
    # the year or month a verb ends or begins is the one under way, not a length of time
    ("Ministers hope to end the year with a deal.", "the year", "2014", "DATE"),
    ("The company began the month with a loss.", "the month", "2014-02", "DATE"),
    ("Profits were flat for the year.", "the year", "P1Y", "DURATION"),
    # "than expected" compares, it points nowhere: the summer the market cooled over is the last one
    ("The labour market had cooled more than expected over the summer.", "the summer", "2013-SU", "DATE"),
    # a past tense in a condition of a "would" clause looks ahead (published 2014-02-04)
    ("The party said it would file a motion if the minister did not resign by the end of August.",
     "the end of August", "2014-08", "DATE"),
    # a weekday counted within a month is one day; a comparison after a comma is no part of it
    ("The council set the vote for the last Sunday of July, weeks earlier than planned.",
     "the last Sunday of July", "2014-07-27", "DATE"),
    ("Talks are due to open on the first Monday in March.", "the first Monday in March", "2014-03-03", "DATE"),
    # "since" always looks back, in a present perfect too (published 2014-02-04: May 2013, not May 2014)
    ("The rebels, who have besieged the city since May, said the army had attacked.", "May", "2013-05", "DATE"),
]


def test_this_week_ahead_on_a_sunday_is_the_week_that_starts(parse):
    """Published Sunday 2025-08-03, the last day of ISO week 31: "later this week" lies in week 32."""
    assert ("later this week", "2025-W32", "DATE") in _values(parse("The envoy is expected in Moscow later this "
                                                                   "week.", published="2025-08-03"))
    assert ("earlier this week", "2025-W31", "DATE") in _values(parse("The envoy met the president earlier this "
                                                                     "week.", published="2025-08-03"))


@pytest.mark.parametrize("sentence,text,value,type_", EXPRESSIONS, ids=[e[1] for e in EXPRESSIONS])
def test_expression_values(parse, sentence, text, value, type_):
    found = _values(parse(sentence))
    assert (text, value, type_) in found, found


def test_offsets_index_the_text(parse):
    text = "Officials said on Tuesday that contacts began last November."
    for d in extract_dates(parse(text)):
        assert text[d.start:d.end] == d.text
        assert d.anchored


# Pure normaliser cases that need no parse: (text, tense, value).
NORMALISER = [
    ("the last twenty four hours", None, "PT24H"),
    ("5 1/2 hours", None, "PT5H30M"),
    ("a year ago", None, "2013"),
    ("the fourth quarter", "past", "2013-Q4"),
    ("the winter of nineteen ninety-four", None, "1994-WI"),
    ("each Thursday", None, "XXXX-WXX-4"),
    ("the year two thousand", None, "2000"),
    ("early next year", None, "2015"),
    ("this week", None, "2014-W06"),
    ("the weekend", "past", "2014-W05-WE"),
    ("mid-2012", None, "2012"),
    ("noon Thursday", "past", "2014-01-30T12:00"),
    ("Jan. 14", "past", "2014-01-14"),
    ("Jan. 14", "future", "2015-01-14"),
    ("Dec. 7", "future", "2014-12-07"),
    ("Dec. 7", "past", "2013-12-07"),
    # two months by a dash that make a quarter or a half are that quarter; two years running are the first
    ("the January-March quarter", None, "2014-Q1"),
    ("April-June", "past", "2013-Q2"),
    ("July-December", None, "2014-H2"),
    ("2008-09", None, "2008"),
    ("2008-10", None, "2008-10"),
    # a plural unit with no number says no amount: "days later" is some days, "a week later" one
    ("days later", "past", "PXD"),
    ("a week later", "past", "P1W"),
]


@pytest.mark.parametrize("text,tense,value", NORMALISER, ids=[n[0] for n in NORMALISER])
def test_normaliser(text, tense, value):
    result = normalise(text, TimexContext(anchor=date(2014, 2, 4), tense=tense))
    assert result is not None and result[0] == value, result


# A winter is named by the year of its December: in May the coming one is this year's, in February
# the one we are in is last year's. (anchor, text, tense, value)
SEASONS = [
    (date(2024, 5, 2), "winter", "future", "2024-WI"),
    (date(2024, 5, 2), "next winter", None, "2024-WI"),
    (date(2024, 5, 2), "last winter", None, "2023-WI"),
    (date(2024, 5, 2), "next spring", None, "2025-SP"),
    (date(2014, 2, 4), "this winter", "past", "2013-WI"),
    (date(2014, 2, 4), "last winter", None, "2012-WI"),
    (date(2014, 2, 4), "next winter", None, "2014-WI"),
    (date(2024, 12, 15), "next winter", None, "2025-WI"),
    (date(2024, 12, 15), "this summer", "past", "2024-SU"),
]


@pytest.mark.parametrize("anchor,text,tense,value", SEASONS, ids=[f"{s[0]}-{s[1]}-{s[2]}" for s in SEASONS])
def test_seasons_follow_the_season_year(anchor, text, tense, value):
    result = normalise(text, TimexContext(anchor=anchor, tense=tense))
    assert result is not None and result[0] == value, result


@pytest.mark.parametrize("text", ["the 6-year-old boy", "aged 52", "52 years old"])
def test_ages_are_not_dates(text):
    assert normalise(text, TimexContext(anchor=date(2014, 2, 4))) is None


def test_a_story_filed_from_two_cities_has_the_first_as_its_dateline():
    text = "DOHA/JERUSALEM, Feb. 20, 2024 (Wire) - Negotiators will resume talks next week, Qatar said."
    published, place, offsets = find_dateline(text)
    assert (published, place) == ("2024-02-20", "DOHA")
    assert text[offsets[0]:offsets[1]] == "DOHA"


def test_dateline_gives_publication_date_and_place(parse):
    text = ("KABUL, Feb. 4, 2014 (Reuters) - Afghan officials said on Tuesday that contacts "
            "with the insurgents began last November.")
    doc = parse(text, published=None)
    found = _values(doc)
    assert doc._.newsdesk_published == "2014-02-04"
    assert doc._.newsdesk_dateline == "KABUL"
    assert ("last November", "2013-11", "DATE") in found
    assert ("Tuesday", "2014-02-04", "DATE") in found
    assert all(d.anchored for d in extract_dates(doc))
    assert not doc._.newsdesk_warnings


def test_dateline_date_stops_before_the_lede(parse):
    # the small model's DATE entity runs on into the lede: "Feb. 4, 2014 - The"
    doc = parse("KABUL, Feb. 4, 2014 - The office of the president has held talks with the rebels.", published=None)
    assert ("Feb. 4, 2014", "2014-02-04", "DATE") in _values(doc)


def test_date_in_first_line_without_place():
    published, place, _ = find_dateline("Posted February 4, 2014\n\nThe ministry said talks would resume.")
    assert published == "2014-02-04"
    assert place is None


def test_a_date_in_the_lede_is_not_a_dateline():
    text = ("The ceasefire that the two armies signed on March 3, 2012 in a border town collapsed after "
            "fresh shelling, officials said, and both sides blamed each other for the breakdown.")
    assert find_dateline(text)[0] is None


def test_metadata_date_wins_over_dateline(parse):
    doc = parse("WASHINGTON, March 3, 2014 (AP) - The talks ended yesterday.", published="2014-03-04")
    assert doc._.newsdesk_published == "2014-03-04"
    assert ("yesterday", "2014-03-03", "DATE") in _values(doc)
    assert doc._.newsdesk_dateline == "WASHINGTON"


def test_no_publication_date_leaves_relative_dates_unresolved(parse):
    doc = parse("Contacts began last November and the envoy met the minister on Tuesday. "
                "The war lasted three years, and talks resumed in 2011.", published=None)
    dates = {d.text: d for d in extract_dates(doc)}
    assert doc._.newsdesk_published is None
    assert dates["last November"].value == "XXXX-11" and not dates["last November"].anchored
    assert dates["Tuesday"].value == "XXXX-WXX-2" and not dates["Tuesday"].anchored
    # absolute values and durations need no anchor
    assert dates["three years"].value == "P3Y" and dates["three years"].anchored
    assert dates["2011"].value == "2011" and dates["2011"].anchored
    assert any("unresolved" in w for w in doc._.newsdesk_warnings)


def test_unresolved_never_uses_today():
    ctx = TimexContext(anchor=None, tense="past")
    assert normalise("yesterday", ctx) == ("XXXX-XX-XX", "DATE")
    assert normalise("last year", ctx) == ("XXXX", "DATE")
    assert normalise("next week", ctx) == ("XXXX-WXX", "DATE")
    assert normalise("a week ago", ctx) == ("XXXX-WXX", "DATE")
    assert normalise("November", ctx) == ("XXXX-11", "DATE")


def test_empty_and_odd_docs_do_not_raise(parse):
    assert extract_dates(parse("...")) == []
    assert isinstance(extract_dates(parse("1998 1999 2000 -- ???", published="not a date")), list)


def test_unparsed_doc_still_works(nlp):
    doc = nlp.make_doc("Talks began last November and resume on Monday.")
    doc._.newsdesk_published = PUBLISHED
    doc._.newsdesk_dateline = None
    found = _values(doc)
    assert ("last November", "2013-11", "DATE") in found


def test_analyze_records_dates(analyze):
    article = analyze("The ministry said on Monday that the elections are due in April.", published=PUBLISHED)
    values = {(d.text, d.value) for d in article.dates}
    assert ("Monday", "2014-02-03") in values
    assert ("April", "2014-04") in values


INTERVALS = [
    # (value, type, text, earliest, latest) against a publication date of 2014-02-04
    ("2013-11", "DATE", "last November", "2013-11-01", "2013-11-30"),
    ("2014-02", "DATE", "February", "2014-02-01", "2014-02-28"),
    ("2012-02", "DATE", "February 2012", "2012-02-01", "2012-02-29"),
    ("2014-04-07", "DATE", "April 7", "2014-04-07", "2014-04-07"),
    ("2014-02-04TMO", "TIME", "Tuesday morning", "2014-02-04", "2014-02-04"),
    ("2014", "DATE", "this year", "2014-01-01", "2014-12-31"),
    ("199", "DATE", "the 1990s", "1990-01-01", "1999-12-31"),
    ("19", "DATE", "the 20th century", "1900-01-01", "1999-12-31"),
    ("2014-W06", "DATE", "this week", "2014-02-03", "2014-02-09"),
    ("2014-W06-WE", "DATE", "this weekend", "2014-02-08", "2014-02-09"),
    ("2013-Q4", "DATE", "the fourth quarter", "2013-10-01", "2013-12-31"),
    ("2014-H2", "DATE", "the second half", "2014-07-01", "2014-12-31"),
    ("2013-WI", "DATE", "this winter", "2013-12-01", "2014-02-28"),
    ("2014-SU", "DATE", "this summer", "2014-06-01", "2014-08-31"),
    ("PRESENT_REF", "DATE", "now", "2014-02-04", "2014-02-04"),
    ("PAST_REF", "DATE", "in the past", None, "2014-02-04"),
    ("FUTURE_REF", "DATE", "in the future", "2014-02-04", None),
    # durations tied to the publication date are intervals; a bare duration is not
    ("P2M", "DURATION", "the last two months", "2013-12-04", "2014-02-04"),
    ("P3W", "DURATION", "the past three weeks", "2014-01-14", "2014-02-04"),
    ("PXW", "DURATION", "recent weeks", None, "2014-02-04"),
    ("P10D", "DURATION", "the next 10 days", "2014-02-04", "2014-02-14"),
    ("PXM", "DURATION", "the coming months", "2014-02-04", None),
    ("P1Y", "DURATION", "the past year", "2013-02-04", "2014-02-04"),
    ("P2M", "DURATION", "two-month", None, None),
    ("P5Y", "DURATION", "five years", None, None),
    ("XXXX-11", "DATE", "November", None, None),
    ("XXXX-WXX-1", "SET", "every Monday", None, None),
    (None, "DATE", "some time", None, None),
]


@pytest.mark.parametrize("value,type_,text,earliest,latest", INTERVALS, ids=[i[2] for i in INTERVALS])
def test_calendar_interval(value, type_, text, earliest, latest):
    from newsdesk.extract.timex_interval import interval

    assert interval(value, type_, text, date(2014, 2, 4)) == (earliest, latest)


def test_month_arithmetic_keeps_the_day_inside_the_month():
    from newsdesk.extract.timex_interval import interval

    assert interval("P1M", "DURATION", "the past month", date(2014, 3, 31)) == ("2014-02-28", "2014-03-31")


def test_unanchored_expressions_have_no_interval():
    from newsdesk.extract.timex_interval import interval

    assert interval("PAST_REF", "DATE", "recently", None) == (None, None)
    assert interval("P2M", "DURATION", "the last two months", None) == (None, None)


def test_dates_and_events_carry_their_interval(analyze):
    article = analyze("KABUL, Feb. 4, 2014 - Officials said the envoys met in Dubai in recent weeks. "
                      "The contacts began last November.", published="2014-02-04")
    found = {d.text: (d.earliest, d.latest) for d in article.dates}
    assert found["last November"] == ("2013-11-01", "2013-11-30")
    assert found["recent weeks"] == (None, "2014-02-04")
    assert found["Feb. 4, 2014"] == ("2014-02-04", "2014-02-04")
    began = next(e for e in article.events if e.trigger and e.trigger.text == "began")
    assert (began.date.value, began.date.earliest, began.date.latest) == ("2013-11", "2013-11-01", "2013-11-30")


def test_dateline_date_stops_at_its_dash(parse):
    # the small model's DATE entity "Feb. 4, 2014 - Officials" runs across the dash into the lede
    doc = parse("KABUL, Feb. 4, 2014 - Officials said the talks had stalled.", published=None)
    assert ("Feb. 4, 2014", "2014-02-04", "DATE") in _values(doc)
    # a range across a dash keeps both ends
    doc = parse("The war lasted from 1990 - 1995, officials said.", published="2014-02-04")
    assert {v for _, v, _ in _values(doc)} >= {"1990", "1995"}
    # an unspaced hyphen is part of the word
    doc = parse("Profit rose 8% from the year-earlier quarter, the company said.", published="2014-02-04")
    assert any("year-earlier" in t for t, _, _ in _values(doc))


def test_dateline_date_stops_before_a_credit_in_brackets(parse):
    # the small model's DATE entity runs on into a wire credit it does not know: "June 12, 2024 (Wire"
    doc = parse("KHARTOUM, June 12, 2024 (Wire) — The army said its aircraft had struck the camp.", published=None)
    assert ("June 12, 2024", "2024-06-12", "DATE") in _values(doc)


PARTS = [
    # (text, tense, value) against a publication date of Friday 2025-01-10
    ("the first half of next year", None, "2026-H1"),
    ("the fourth quarter of last year", None, "2024-Q4"),
    ("the second half of 2019", None, "2019-H2"),
    ("the 15th", "future", "2025-01-15"),
    ("the 15th", "past", "2024-12-15"),
    ("the 5th", "future", "2025-02-05"),
    ("the 5th", "past", "2025-01-05"),
    ("the 3rd of this month", "past", "2025-01-03"),
    # a weekday counted within a month: the month's year by the tense, the day by the calendar
    ("the last Sunday of July", "future", "2025-07-27"),
    ("the first Monday of May", "past", "2024-05-06"),
    ("the second Tuesday in November 2026", None, "2026-11-10"),
]


@pytest.mark.parametrize("text,tense,value", PARTS, ids=[f"{p[0]}-{p[1]}" for p in PARTS])
def test_parts_of_a_year_or_month(text, tense, value):
    assert normalise(text, TimexContext(anchor=date(2025, 1, 10), tense=tense)) == (value, "DATE")


def test_a_weekday_the_month_has_too_few_of_is_no_day():
    from newsdesk.extract.timex_parts import nth_weekday_of_month

    assert nth_weekday_of_month("fifth friday of february 2025", TimexContext(anchor=date(2025, 1, 10))) is None


def test_parts_without_a_publication_date_stay_underspecified():
    assert normalise("the first half of next year", TimexContext(anchor=None)) == ("XXXX-H1", "DATE")
    assert normalise("the 15th", TimexContext(anchor=None)) == ("XXXX-XX-15", "DATE")
    assert normalise("the third half of 2019", TimexContext(anchor=date(2025, 1, 10))) != ("2019-H3", "DATE")


@pytest.mark.parametrize("text, expression, value", [
    # a hope or plan looks ahead even in the past tense ("hoped" has the small model's lemma "hop")
    ("The paper added that the government hoped to reach an agreement before the end of March.",
     "the end of March", "2025-03"),
    # a when-clause of a future act is future, though its verb is present
    ("He said the opposition would demand a debate when parliament meets on Tuesday.", "Tuesday", "2025-02-25"),
    ("The army will withdraw after the talks end on Friday.", "Friday", "2025-02-21"),
    # a day something starts on or is set for looks ahead ("agreed to a ceasefire starting Monday")
    ("The two sides agreed to a ceasefire starting Monday.", "Monday", "2025-02-24"),
    ("The opposition called a nationwide strike for Monday.", "Monday", "2025-02-24"),
    # reported speech shifts an expectation back without making it past
    ("A second source said an announcement was expected before the end of June.", "the end of June", "2025-06"),
    # a past act stays past
    ("The minister said he met the envoy on Tuesday.", "Tuesday", "2025-02-18"),
])
def test_what_is_hoped_for_or_awaited_is_in_the_future(analyze, text, expression, value):
    article = analyze(text, published="2025-02-20")
    assert [(d.text, d.value) for d in article.dates] == [(expression, value)]


def test_an_ordinal_that_numbers_a_thing_is_no_date(analyze):
    # the small model tags "12th" DATE; "the 12th of May" stays a date
    article = analyze("The president thanked the bloc and called for a 12th package. Talks will resume on the 12th of May.",
                      published="2023-06-23")
    assert [(d.text, d.value) for d in article.dates] == [("the 12th of May", "2024-05-12")]


def test_a_quarter_named_by_its_months_is_one_expression(analyze):
    article = analyze("The economy shrank in the January-March quarter, data showed on Thursday.", published="2024-05-16")
    assert [(d.text, d.value) for d in article.dates][0] == ("January-March quarter", "2024-Q1")



@pytest.mark.parametrize("text, expression, value", [
    ("The judge set a trial date of March 4 and released him on bond.", "March 4", "2024-03-04"),
    ("The council postponed the vote until May.", "May", "2024-05"),
    ("He was jailed in March.", "March", "2023-03"),
])
def test_a_date_something_is_set_for_looks_ahead(analyze, text, expression, value):
    article = analyze(text, published="2023-10-02")
    assert (expression, value) in [(d.text, d.value) for d in article.dates]


def test_years_later_in_a_past_story_count_from_the_date_told_before(analyze):
    """"resigned in November 2019 ... returned a year later" is 2020, not a year after publication."""
    article = analyze("The president resigned in November 2019 and fled abroad. He returned a year later.",
                      published="2023-12-30")
    assert [(d.text, d.value) for d in article.dates] == [("November 2019", "2019-11"), ("a year later", "2020")]


@pytest.mark.parametrize("text, expression, value", [
    # the year after the date told, not after publication
    ("The two countries signed a peace deal in 2018, earning their leader the Nobel Peace Prize the following year.",
     "the following year", "2019"),
    ("Rebels seized the town on March 3, 2021. The army retook it the next day.", "the next day", "2021-03-04"),
    # a week is precise enough to anchor the week after it
    ("Officials will meet next week and the following week they will vote.", "the following week", "2023-W43"),
    # "2018" cannot anchor a day: the day after publication
    ("The deal was signed in 2018. Talks resume the next day, officials said.", "the next day", "2023-10-15"),
])
def test_the_following_unit_counts_from_the_date_told_before(analyze, text, expression, value):
    article = analyze(text, published="2023-10-14")
    assert (expression, value) in [(d.text, d.value) for d in article.dates]


def test_what_someone_is_asked_to_do_lies_ahead(analyze):
    """"called on Georgians to rally in Tbilisi on Monday evening", on a Sunday: the next day, not last week."""
    article = analyze("The president said the vote had been rigged and called on Georgians to rally in Tbilisi on "
                      "Monday evening.", published="2024-10-27")
    assert [(d.text, d.value) for d in article.dates] == [("Monday evening", "2024-10-28TEV")]


def test_a_time_of_day_naming_no_day_is_on_the_day_told_before(analyze):
    """"voted on Thursday night ... shortly before midnight", published on the Friday: Thursday's midnight."""
    article = analyze("Congress voted on Thursday night to remove the president. Lawmakers approved the motion "
                      "shortly before midnight.", published="2025-10-10")
    assert ("shortly before midnight", "2025-10-09T24:00") in [(d.text, d.value) for d in article.dates]


def test_a_four_digit_clock_reading_is_no_year(analyze):
    article = analyze('Peskov said the call would take place "between 1300 and 1500 GMT". The war ended in 1945.',
                      published="2025-03-18")
    assert [(d.text, d.value) for d in article.dates] == [("1945", "1945")]
    assert not any(e.name == "GMT" for e in article.entities)


def test_what_is_warned_of_lies_ahead(analyze):
    """"warned of strikes from December", published in October: this December, not last year's."""
    article = analyze("The union called the plan a declaration of war and warned of strikes from December.",
                      published="2024-10-30")
    assert [(d.text, d.value) for d in article.dates] == [("December", "2024-12")]


@pytest.mark.parametrize("text, expected", [
    ("The battle raged from July to November 1917.", [("July", "1917-07"), ("November 1917", "1917-11")]),
    ("Exports fell between December and March 2024.", [("December", "2023-12"), ("March 2024", "2024-03")]),
])
def test_a_month_opening_a_range_takes_the_year_that_closes_it(analyze, text, expected):
    article = analyze(text, published="2002-01-01")
    assert [(d.text, d.value) for d in article.dates] == expected


def test_a_deadline_reported_as_due_lies_ahead(analyze):
    """"Diplomats said the next review was due in late January", published in November: next January."""
    article = analyze("Diplomats said the next review was due in late January.", published="2025-11-26")
    assert [(d.text, d.value) for d in article.dates] == [("late January", "2026-01")]
