"""Attributions in an article's headline (quote_headlines), on invented headlines and bodies."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def attribute():
    """Return text -> quotes, using entities + quotes only."""
    from newsdesk.pipeline import load_nlp

    nlp = load_nlp(components=("newsdesk_entities", "newsdesk_quotes"))
    return lambda text: list(nlp(text)._.newsdesk_quotes or [])


BODY = "\n\nThe exchange came on Tuesday at a meeting in the capital, where the budget was also discussed.\n"

# headline -> the headline attributions as (source, cue, content), in text order
HEADLINES = {
    "title case, a verb the tagger reads as a noun": (
        "Harbour Mayor Lena Ortiz Blasts Port Authority On Ferry Fares",
        [("Harbour Mayor Lena Ortiz", "Blasts", "Port Authority")]),
    "sentence case, a plain verb after a plural subject": (
        "Harbour pilots blast port fees",
        [("Harbour pilots", "blast", "port fees")]),
    "a particle belongs to the cue, a setting is the writer's": (
        "Senator Amara Diallo swipes at governor on radio",
        [("Senator Amara Diallo", "swipes at", "governor")]),
    "an aside between commas is no part of the source": (
        "Okafor, touring the north, mocks rival's rail plan",
        [("Okafor", "mocks", "rival's rail plan")]),
    "a label before a dash and two cues joined by and": (
        "EXCLUSIVE – Farm Lobby Backs Tariff And Denounces Import Deal",
        [("Farm Lobby", "Backs", "Tariff"), ("Farm Lobby", "Denounces", "Import Deal")]),
}


@pytest.mark.parametrize("name", list(HEADLINES))
def test_headline_attributions(attribute, name):
    headline, expected = HEADLINES[name]
    text = headline + BODY
    quotes = [q for q in attribute(text) if q.content.start < len(headline)]
    assert [(q.source.text if q.source else None, q.cue.text, q.content.text) for q in quotes] == expected


# headline -> the listed word that cues nothing there
NOT_HEADLINE_CUES = {
    "a noun after a possessive": ("Why the Mayor's Attacks On Ferry Fares Could Backfire", "Attacks"),
    "a plain form after a singular word": ("Minister will back harbour plan, aides expect", "back"),
    "a cue opening the headline": ("Blasts shake the old harbour district", "Blasts"),
}


@pytest.mark.parametrize("name", list(NOT_HEADLINE_CUES))
def test_no_headline_attribution(attribute, name):
    headline, word = NOT_HEADLINE_CUES[name]
    assert [q for q in attribute(headline + BODY) if q.cue is not None and q.cue.text == word] == []


def test_headline_is_a_first_line_with_a_body_after_it(nlp):
    from newsdesk.extract.quote_headlines import headline_span

    one_paragraph = "Dock workers slam shipping firm over pay at a rally in the capital on Tuesday."
    assert headline_span(nlp.make_doc(one_paragraph), one_paragraph) is None
    text = "Dock workers slam shipping firm" + BODY
    assert headline_span(nlp.make_doc(text), text).text == "Dock workers slam shipping firm"


def test_a_headline_label_is_no_speaker(attribute):
    # "The Latest:" labels a live page; the verb after it is the headline's attribution
    headline = "The Latest: Harbour pilots urge ministers to cut port fees"
    quotes = [q for q in attribute(headline + BODY) if q.content.start < len(headline)]
    assert [(q.source.text if q.source else None, q.cue.text, q.content.text) for q in quotes] == [
        ("Harbour pilots", "urge", "ministers to cut port fees")]


def test_a_byline_is_no_speaker(attribute):
    text = ("Ferry fares to rise in spring\n\nBYLINE: Tomas Reyes\n\n"
            "The harbour board approved the new fares on Monday after a short debate.\n")
    assert [q for q in attribute(text) if q.source is not None and q.source.text == "BYLINE"] == []
