"""Place resolution on names the benchmarks never showed: namesakes a story's countries must not pull away
from the place a desk expects (invented sentences)."""
from __future__ import annotations

import pytest

from newsdesk.extract.places import extract_places


@pytest.fixture(scope="module")
def resolve_nlp():
    from newsdesk.pipeline import load_nlp

    return load_nlp(components=("newsdesk_entities", "newsdesk_places"))


def _reading(nlp, sentence: str, toponym: str):
    found = [p for p in extract_places(nlp(sentence), min_confidence=0.0) if p.text == toponym]
    assert found, f"{toponym!r} not found"
    return found[0]


# A story that names a country as an actor says nothing for one of that country's several towns of a name
# against the town abroad it was named after; a named state or province still does.
@pytest.mark.parametrize("sentence, toponym, geonameid, country", [
    ("Diplomats from the United States and Russia met in Geneva on Monday.", "Geneva", 2660646, "CH"),
    ("The United States and the European Union sent envoys to Athens for talks on the debt crisis.",
     "Athens", 264371, "GR"),
    ("The U.S. Navy said the destroyer had docked in Manchester.", "Manchester", 2643123, "GB"),
    ("U.S. troops left Naples after a NATO exercise.", "Naples", 3172394, "IT"),
    ("The US envoy travelled to Belfast for peace talks.", "Belfast", 2655984, "GB"),
    ("The U.S. embassy in Lisbon issued a security alert.", "Lisbon", 2267057, "PT"),
    # the state decides: Athens, Georgia and Manchester, New Hampshire
    ("Students in Athens cheered as Georgia beat Alabama, and Atlanta celebrated.", "Athens", 4180386, "US"),
    ("Voters in Manchester lined up early across New Hampshire on Tuesday.", "Manchester", 5089178, "US"),
    # a country's single town of the name keeps its country's support: Lebanon's Tripoli, Spain's Cordoba
    ("The U.S. ambassador arrived in Lebanon and met officials in Tripoli.", "Tripoli", 266826, "LB"),
    ("Spanish police said a fire in Cordoba had killed three people.", "Cordoba", 2519240, "ES"),
    # ... as does one ten times its country's other towns of the name: Costa Rica's capital, Canada's Victoria
    ("Costa Rica's president said San Jose would host the talks.", "San Jose", 3621849, "CR"),
    ("Canada's prime minister flew to Victoria on Friday.", "Victoria", 6174041, "CA"),
])
def test_country_alone_does_not_pick_a_borrowed_name(resolve_nlp, sentence, toponym, geonameid, country):
    place = _reading(resolve_nlp, sentence, toponym)
    assert (place.geonameid, place.country) == (geonameid, country)


# A story that dwells on a region keeps its small town of a famous name, unless it also names the famous
# city's country: then the name is the famous city's.
@pytest.mark.parametrize("sentence, toponym, geonameid, country", [
    ("The Texas governor said the state would send aid to Paris, where floods have killed 12 people in France.",
     "Paris", 2988507, "FR"),
    ("Oregon farmers sold wheat in Portland. England's dockers unloaded it in Liverpool and Manchester.",
     "Liverpool", 2644210, "GB"),
    # no country of the famous namesake named: the Texas story's Paris
    ("Deputies in Lamar County said the fire in Paris was set. Texas investigators are on the scene.",
     "Paris", 4717560, "US"),
])
def test_famous_namesakes_country_outweighs_a_region(resolve_nlp, sentence, toponym, geonameid, country):
    place = _reading(resolve_nlp, sentence, toponym)
    assert (place.geonameid, place.country) == (geonameid, country)


# A region of one country that has no admin-1 code (Scotland, New England) backs the towns near its point.
@pytest.mark.parametrize("sentence, toponym, geonameid, country", [
    ("Scottish police closed roads around Perth after the flood.", "Perth", 2640358, "GB"),
    ("Snow fell across New England overnight, and schools in Manchester stayed shut.", "Manchester", 5089178, "US"),
    # without the region, the bigger namesake
    ("Police closed roads around Perth after the flood.", "Perth", 2063523, "AU"),
])
def test_a_named_region_backs_its_towns(resolve_nlp, sentence, toponym, geonameid, country):
    place = _reading(resolve_nlp, sentence, toponym)
    assert (place.geonameid, place.country) == (geonameid, country)
