"""Event types that hold on unseen text: invented sentences, each naming a general cause of a wrong type."""
from __future__ import annotations

import pytest

from conftest import assert_event_type


@pytest.mark.parametrize("text, trigger, plover, cameo, source", [
    # the parser hangs "to fight" on "sworn" as a purpose clause: what is sworn is the act intended, a threat
    ("Tarsan rebels have sworn to fight until they gain control of the valley, officials said.", "fight",
     "THREATEN", "130", "Tarsan rebels"),
    # CAMEO 1662: inspectors, observers and monitors withdrawn (not relations reduced, 160)
    ("The agency withdrew its inspectors from the nuclear plant.", "withdrew", "SANCTION", "1662", "The agency"),
    # CAMEO 0862: observers admitted or received
    ("Vestia admitted foreign observers ahead of the vote.", "admitted", "RETREAT", "0862", "Vestia"),
    # blockades, sieges and curfews imposed, tightened, extended or reimposed (191, 1723); lifted 0872
    ("The army extended the curfew in the northern city by a week.", "extended", "COERCE", "1723", "The army"),
    ("The junta reimposed the curfew after a night of rioting.", "reimposed", "COERCE", "1723", "The junta"),
    ("The navy tightened its blockade of the rebel-held port.", "tightened", "COERCE", "191", "The navy"),
    ("Veloria laid siege to the rebel stronghold.", "laid", "COERCE", "191", "Veloria"),
    ("The army lifted the blockade of the port city on Tuesday.", "lifted", "RETREAT", "0872", "The army"),
    # a demand restated is a demand (CAMEO 100), not a threat
    ("The opposition renewed its demand for early elections.", "renewed", "REQUEST", "100", "The opposition"),
    # a verdict of guilt is CAMEO 116 (find guilty), not a sanction
    ("A court found the former minister guilty of corruption.", "found", "ACCUSE", "116", "A court"),
    # a journey made for talks is a consultation (CAMEO 04), not a return (084) or a refusal
    ("Norland's envoy returned to Tarsa on Monday for talks with the rebels.", "returned", "CONSULT", "040",
     "Norland's envoy"),
    ("The rebel negotiators headed to Oslo for talks with the government.", "headed", "CONSULT", "040",
     "The rebel negotiators"),
    # a mediation launched is mediation (CAMEO 045)
    ("The emir launched a mediation effort between the two neighbours.", "launched", "CONSULT", "045", "The emir"),
    # a weapon tested is a show of force (CAMEO 150), also when named by "what it called"
    ("Last month the country tested what it called a new cruise missile.", "tested", "MOBILIZE", "150",
     "the country"),
    ("Iran conducted a missile test on Sunday.", "conducted", "MOBILIZE", "150", "Iran"),
    # an appeal to negotiate is a request (CAMEO 02), not a statement; a call to discuss is no appeal
    ("The State Department urged Pyongyang to return to dialogue.", "urged", "REQUEST", "026",
     "The State Department"),
    ("General Qamar Bajwa urged a comprehensive policy to meet security challenges.", "urged", "", "010",
     "General Qamar Bajwa"),
    # a call held is a telephone consultation (CAMEO 041), not a show of force
    ("India and Pakistan held a rare telephone call between their military operations chiefs.", "held", "CONSULT",
     "041", "India"),
    # "respond at a time and place of its choosing": the idiom of armed reprisal, a threat
    ("The spokesman said Pakistan would respond at a time and place of its choosing.", "respond", "THREATEN", "130",
     "Pakistan"),
    # a death in a strike on something is force, not a walkout
    ("Two more people died in a strike on a fuel depot near Dnipro, officials said.", "died", "ASSAULT", "180", None),
])
def test_event_type(code, text, trigger, plover, cameo, source):
    assert_event_type(code(text), trigger, plover, cameo, source)
