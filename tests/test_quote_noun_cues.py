"""Attributions cued by a noun or an adjective (quote_noun_cues), on invented sentences."""
from __future__ import annotations

import pytest

from newsdesk.extract.quote_noun_cues import load_noun_cues


@pytest.fixture(scope="module")
def attribute():
    """Return text -> quotes, using entities + quotes only."""
    from newsdesk.pipeline import load_nlp

    nlp = load_nlp(components=("newsdesk_entities", "newsdesk_quotes"))
    return lambda text: list(nlp(text)._.newsdesk_quotes or [])


# (sentence, source, cue, content, stance) for the one attribution whose cue is the noun or adjective
NOUN_CUES = {
    "complaints from a named party, that-clause": (
        "The port authority dismissed complaints from local fishermen that the new pier had ruined the harbour.",
        "local fishermen", "complaints", "that the new pier had ruined the harbour", "accuses"),
    "complaints held by no one": (
        "Despite complaints that the ferry timetable was confusing, ridership rose by a third in the spring.",
        None, "complaints", "that the ferry timetable was confusing", "accuses"),
    "a possessor's hope that": (
        "The mayor's hope that the bridge would reopen in March proved too optimistic.",
        "The mayor's", "hope", "that the bridge would reopen in March", "believes"),
    "confident that, the subject holds it": (
        "The coach was confident that his team would recover from the early defeat.",
        "The coach", "confident", "that his team would recover from the early defeat", "believes"),
    "critical of, the subject holds it": (
        "Several council members have been critical of the parking plan for months.",
        "Several council members", "critical of", "the parking plan", "accuses"),
    "worried about": (
        "Shop owners on the high street are worried about the cost of the new rates.",
        "Shop owners on the high street", "worried about", "the cost of the new rates", "believes"),
    "a possessor's concerns about": (
        "Despite the union's concerns about the safety of the night shifts, the factory hired more staff.",
        "the union's", "concerns about", "the safety of the night shifts", "believes"),
    "a thing raising concerns holds none": (
        "A leaked memo raised fresh concerns about the safety of the reactor.",
        None, "concerns about", "the safety of the reactor", "believes"),
    "skeptical of": (
        "Economists at the bank remain skeptical of the forecast.",
        "Economists at the bank", "skeptical of", "the forecast", "believes"),
    "speculation that, held by no one": (
        "The minister's absence from the summit added to speculation that she would soon resign.",
        None, "speculation", "that she would soon resign", "suggests"),
    "unaware that": (
        "The council was unaware that the contract had expired.",
        "The council", "unaware", "that the contract had expired", "believes"),
}


@pytest.mark.parametrize("name", list(NOUN_CUES))
def test_noun_and_adjective_cues(attribute, name):
    text, source, cue, content, stance = NOUN_CUES[name]
    quotes = [q for q in attribute(text) if q.cue is not None and q.cue.text == cue]
    assert [(q.source.text if q.source else None, q.content.text, q.stance) for q in quotes] == [
        (source, content, stance)]


@pytest.mark.parametrize("text", [
    # a relative clause: the concern is what someone raised, not a statement
    "The concern that the minister raised on Tuesday was answered by the board.",
    # the speculation is what the leak fuelled: a relative clause
    "The speculation that the leak fuelled was unfounded.",
    # inside a quotation the stance is the quoted speaker's words, left to the verb cue
    '"We have real concerns about the budget," the treasurer said.',
    # a question put by others is not listed: "answered questions about" reports no stance of the speaker
    "The candidate answered questions about the tax plan for an hour.",
])
def test_no_noun_cue(attribute, text):
    nouns = {"concern", "concerns", "questions", "speculation"}
    assert not [q for q in attribute(text) if q.cue is not None and q.cue.text.split()[0] in nouns]


def test_the_lexicon_is_data():
    assert load_noun_cues()


# (sentence, source, cue, content): "in X's view" attributes the clause it stands in to X
VIEWS = {
    "opening the sentence: the clause after it": (
        "In the coach's view, the team had been unlucky in both matches.",
        "the coach's", "In the coach's view", "the team had been unlucky in both matches"),
    "inside the clause: the whole clause, as PolNeAR marks its extent": (
        "The new stadium, in the eyes of many residents, would bring only traffic.",
        "many residents", "in the eyes", "The new stadium, in the eyes of many residents, would bring only traffic"),
}


@pytest.mark.parametrize("name", list(VIEWS))
def test_in_someones_view(attribute, name):
    text, source, cue, content = VIEWS[name]
    quotes = [q for q in attribute(text) if q.cue is not None and q.cue.text == cue]
    assert [(q.source.text if q.source else None, q.content.text, q.stance) for q in quotes] == [
        (source, content, "believes")]


def test_in_a_view_held_by_no_one_is_no_attribution(attribute):
    # "in view of" is a reason, not a holder's view
    quotes = attribute("In view of the storm, the ferry company cancelled all sailings.")
    assert not [q for q in quotes if q.cue is not None and "view" in q.cue.text]
