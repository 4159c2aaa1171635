"""Constructions that decide an event's type whatever the classifier says (newsdesk.extract.event_constructions):
invented sentences, one or more per construction, and near misses that must keep their type."""
from __future__ import annotations

import pytest

from conftest import assert_event_type

from newsdesk.extract.event_codes import classes
from newsdesk.extract.event_constructions import construction_class
from newsdesk.extract.event_features import find_predicate


@pytest.mark.parametrize("text, trigger, plover, cameo, source", [
    # an obligation a speaker puts on a named party is a demand (CAMEO 10), not the act demanded
    ("Vestia's prime minister insisted that Norland must withdraw its warships from the strait.", "withdraw",
     "REQUEST", "100", "Vestia's prime minister"),
    # a demand (CAMEO 10) or an appeal (02) made or restated, and a message that demands
    ("The opposition renewed its call that the electoral commission publish the results.", "renewed",
     "REQUEST", "020", "The opposition"),
    ("The students reaffirmed their demand that the university reinstate the expelled lecturers.", "reaffirmed",
     "REQUEST", "100", "The students"),
    ("The miners' federation released a letter demanding that the company reopen the pits.", "released",
     "REQUEST", "100", "The miners' federation"),
    # a protest ended is dissent eased (CONCEDE), not a protest
    ("Students at Vestia University ended their occupation protest and their boycott of classes.", "ended",
     "CONCEDE", "080", "Students"),
    # forces put on alert: a show of readiness (MOBILIZE)
    ("The government put the navy on alert after the collision.", "put", "MOBILIZE", "150", "The government"),
    # an authority ordering someone else to stop: coercion
    ("The governor ordered the opposition party to close its offices in the province.", "close",
     "COERCE", "170", "The governor"),
    ("The court ordered the television channel to stop airing the program.", "airing", "COERCE", "170",
     "The court"),
    # forces getting ready to use force: MOBILIZE, not a threat
    ("Norland's navy prepared to bombard the harbour.", "bombard", "MOBILIZE", "150", "Norland's navy"),
    ("The Tarsan garrison was preparing to attack the rebel positions, residents said.", "attack",
     "MOBILIZE", "150", "The Tarsan garrison"),
    # a mission or an agency forced out: an expulsion that reduces relations (SANCTION); people forced from their
    # homes are no expulsion of a group
    ("The junta kicked the monitoring mission out of the capital.", "kicked", "SANCTION", "160", "The junta"),
    ("Tarsa forced the relief agency out of the country after the election.", "forced", "SANCTION", "160", "Tarsa"),
    # a protest kept from happening, by a ban or by the police: coercion, not a sanction or a concession
    ("The governor barred the teachers from marching to the parliament.", "barred", "COERCE", "170", "The governor"),
    ("Police stopped the protest with tear gas.", "stopped", "COERCE", "170", "Police"),
    # a resignation is RETREAT in PLOVER's codebook (CAMEO 0831), not CONCEDE
    ("Vestia's interior minister resigned on Friday after the riots.", "resigned", "RETREAT", "0831",
     "Vestia's interior minister"),
    ("The Tarsan prime minister stepped down amid mass protests.", "stepped", "RETREAT", "0831",
     "The Tarsan prime minister"),
    # near misses that keep their type: an ultimatum threatens, an agreement to end a strike agrees, an order to
    # one's own troops is no coercion, a demand rejected is a rejection
    ("Vestia issued an ultimatum to Norland to withdraw its troops from the border.", "issued", "THREATEN", "139",
     "Vestia"),
    ("Protest leaders agreed to end the strike.", "end", "AGREE", "030", "Protest leaders"),
    ("The commander ordered his troops to halt the advance.", "halt", "MOBILIZE", "150", "The commander"),
    ("The government rejected the demand of the strikers.", "rejected", "REJECT", "124", "The government"),
])
def test_construction_type(code, text, trigger, plover, cameo, source):
    assert_event_type(code(text), trigger, plover, cameo, source)


def test_no_demand_on_a_team(code):
    """"must" under a reporting verb on a verb that names no act is nobody's demand."""
    assert [e.plover for e in code("The coach said Vestia must win the next match.")] == []


@pytest.mark.parametrize("text, expected", [
    # roads blocked by people who are neither forces nor the state: obstruction (CAMEO 144), a protest
    ("Hundreds of taxi drivers blocked the streets of the capital.", "14:PROTEST"),
    ("Norland troops blocked the roads into the border town.", None),  # a blockade: the classifier's
    # a grant refused is a refusal, not a denial of a charge
    ("The city council denied permission for the construction of a new mosque.", "12:REJECT"),
    ("The minister denied the allegations.", None),
    # an apology made (CAMEO 055), not a refusal to make one
    ("Tarsa's president apologised for the killing of the two fishermen.", "05:SUPPORT"),
    ("Tarsa refused to apologize for the remarks.", None),
    # a passive puts no demand on its subject; protests that demand are still protests suspended
    ("The minister said Norland should be praised for its restraint.", None),
    ("Fishermen suspended protests demanding a ban on trawlers.", "08:CONCEDE"),
    # censorship is no obstruction of passage; a threat to deny is the threat
    ("The security service blocked access to three news websites.", None),
    ("Vestia threatened to deny the observers access to the mine.", None),
    # the union's own strike called off concedes; the police stopping a protest coerces
    ("The union called off the strike.", "08:CONCEDE"),
    ("Police stopped the protest with tear gas.", "17:COERCE"),
])
def test_construction_class(nlp, text, expected):
    doc = nlp(text)
    sent = next(iter(doc.sents))
    assert construction_class(find_predicate(sent), classes()) == expected
