"""Toponyms: detection, disambiguation by context, and the Place records (invented sentences)."""
from __future__ import annotations

import pytest
from conftest import parse_with_ents

from newsdesk.extract.places import extract_places


@pytest.fixture(scope="module")
def places_nlp():
    """The model plus the two layers places need: fast, and independent of later components."""
    from newsdesk.pipeline import load_nlp

    return load_nlp(components=("newsdesk_entities", "newsdesk_places"))


@pytest.fixture(scope="module")
def places_of(places_nlp):
    def run(text: str, **kwargs):
        return extract_places(places_nlp(text), **kwargs)

    return run


def _find(places, text):
    found = [p for p in places if p.text == text]
    assert found, f"{text!r} not found among {[p.text for p in places]}"
    return found[0]


# (sentence, toponym as written, expected geonameid, country, lat, lon)
RESOLVED = [
    # Georgia beside Tbilisi is the country; beside Atlanta the US state.
    ("Georgia recalled its ambassador after protesters marched through Tbilisi on Sunday.",
     "Georgia", 614540, "GE", 42.0, 43.5),
    ("Turnout in Atlanta was high, and officials said Georgia would certify the count by Friday.",
     "Georgia", 4197000, "US", 32.3, -83.1),
    # at the head of a list of US states, Georgia is one of them (one comma is no "Town, State" here)
    ("The senator carried Georgia, Virginia, Alabama and Tennessee in the primaries.",
     "Georgia", 4197000, "US", 32.3, -83.1),
    # Washington in politics is the capital; "Washington state" is the state.
    ("Officials in Washington said the sanctions on the shipping firm would stay in place.",
     "Washington", 4140963, "US", 38.9, -77.04),
    ("Most voters in Washington state backed the measure, and Seattle turnout was the highest.",
     "Washington state", 5815135, "US", 47.3, -120.2),
    ("Tech firms prefer western states such as California or Washington for their offices.",
     "Washington", 5815135, "US", 47.3, -120.2),
    # Countries resolve to the country's own point, not the capital.
    ("Iran and Russia signed a new energy agreement in the capital.", "Iran", 130758, "IR", 32.0, 53.0),
    ("Iran and Russia signed a new energy agreement in the capital.", "Russia", 2017370, "RU", 60.0, 100.0),
    ("Jordan and Egypt agreed to share the cost of the new pipeline.", "Jordan", 248816, "JO", 31.0, 36.0),
    # Cities that share a name with their province are the city.
    ("The two delegations met in Dubai and in Riyadh over the past month.", "Dubai", 292223, "AE", 25.1, 55.3),
    ("The two delegations met in Dubai and in Riyadh over the past month.", "Riyadh", 108410, "SA", 24.7, 46.7),
    ("Afghan and European envoys met in Kandahar on Tuesday to discuss the prisoner swap.",
     "Kandahar", 1138336, "AF", 31.6, 65.7),
    ("The talks in Kandahār ended without agreement.", "Kandahār", 1138336, "AF", 31.6, 65.7),
    # A bare famous name is the famous place; a qualified one is the qualified place, all article long.
    ("Paris hosted the climate summit, and delegates from forty nations attended.",
     "Paris", 2988507, "FR", 48.85, 2.35),
    ("The fire in Paris, Texas, spread overnight and destroyed two barns.", "Paris", 4717560, "US", 33.66, -95.56),
    ("Flights from St. Louis to Manchester were cancelled because of the storm.",
     "St. Louis", 4407066, "US", 38.63, -90.2),
    ("Flights from St. Louis to Manchester were cancelled because of the storm.",
     "Manchester", 2643123, "GB", 53.48, -2.24),
    # A town named by its institutions is the town, in the state the article names; small
    # places vote for the state they share.
    ("The Palestine Independent School District board met on Monday. Palestine voters approved the bond.",
     "Palestine", 4717232, "US", 31.76, -95.63),
    ("Deputies from Prince William County searched Woodbridge and Manassas before officers in "
     "Alexandria made the arrest.", "Alexandria", 4744091, "US", 38.8, -77.05),
    ("The Dublin City Council approved the park plan on Monday, and the Ohio suburb welcomed it.",
     "Dublin", 5152333, "US", 40.1, -83.11),
    ("Walker County deputies arrested two men near Huntsville, Texas, on Monday.",
     "Huntsville", 4699540, "US", 30.72, -95.55),
    # ... as is a name its townspeople follow: "a Lebanon woman" is from a town (the country's would be Lebanese).
    ("A Lebanon woman was charged on Monday, the prosecutor said.", "Lebanon", 4636045, "US", 36.21, -86.29),
    # Only a US state has a Bureau of Investigation: Georgia is the state, and Albany the Georgia city.
    ("Albany police and Georgia Bureau of Investigation agents searched the house on Tuesday.",
     "Georgia", 4197000, "US", 32.33, -83.11),
    ("Albany police and Georgia Bureau of Investigation agents searched the house on Tuesday.",
     "Albany", 4179320, "US", 31.58, -84.16),
    # In US local news a famous city's name votes too, for the states of its US namesakes: Columbus beside
    # Kearney and Grand Island is the Nebraska town.
    ("Deputies from Columbus, Kearney and Grand Island joined the search on Monday, the sheriff said, and the "
     "mayor thanked them.", "Columbus", 5066001, "US", 41.43, -97.37),
    # Before a city office, "City" is the office's: "Dublin City Manager" names Dublin, here the Ohio one, not
    # "Dublin City" (another name of the Irish capital only).
    ("Dublin City Manager Ann Cole resigned on Friday, a year after the Ohio suburb hired her.",
     "Dublin City", 5152333, "US", 40.1, -83.11),
    # An upper-case dateline names a city.
    ("NEW YORK (AP) - Stocks fell sharply on Monday.", "NEW YORK", 5128581, "US", 40.71, -74.01),
    ("BEIRUT (Reuters) - Lebanese officials said the border crossing would reopen next week.",
     "BEIRUT", 276781, "LB", 33.89, 35.5),
    # "New York" beside other world cities is the city; beside towns of the state, the state.
    ("Murder rates in London fell below those of New York last year, the mayor said.",
     "New York", 5128581, "US", 40.71, -74.01),
    ("Voters in Albany and Buffalo said New York should raise the minimum wage.",
     "New York", 5128638, "US", 43.0, -75.5),
    # A listed name that its own qualifier follows keeps its reading: Washington, D.C. is the capital.
    ("The guard unit has flown to Alaska, Florida and Washington, D.C., this year.",
     "Washington", 4140963, "US", 38.9, -77.04),
    # Each further mention of a state counts: Houston and Walker County make Huntsville Texan.
    ("Walker County deputies searched a house in Huntsville on Monday. A Houston lawyer represents "
     "the Walker County man.", "Huntsville", 4699540, "US", 30.72, -95.55),
    # An upper-case name inside a sentence is no dateline: "FLORIDA" here is the state, not a town.
    ("Congressman Mario Ruiz (12th District of FLORIDA) spoke on Friday about Florida roads.",
     "Florida", 4155751, "US", 28.75, -82.5),
    # "Jackson and Barrow counties" names two counties, which vote for the state they share.
    ("Enrollment has slowed in Jackson and Barrow counties this year.", "Jackson", None, "US", 34.18, -83.57),
    # ... however long the list, and a county's name may take two words: "Otter Tail" is one county.
    ("Snowmelt has closed roads in Becker, Clay, Otter Tail and Wilkin counties, the state said.",
     "Otter Tail", None, "US", 46.39, -95.71),
    ("Snowmelt has closed roads in Becker, Clay, Otter Tail and Wilkin counties, the state said.",
     "Clay", None, "US", 46.88, -96.56),
    # ... and a capitalised word before a county's name is not part of it.
    ("Both Houston and Anderson counties reported flooding on Tuesday.", "Houston", None, "US", 31.34, -95.39),
    # "Georgia" first read as the country, then as the US state, backs Atlanta, Georgia over
    # Atlanta, Texas although Texas is named too.
    ("ATLANTA - A statewide help line could reach more families in Georgia, officials said. Georgia "
     "joins Texas, where state funds pay for most calls. The Atlanta office opened in March.",
     "Atlanta", 4180439, "US", 33.75, -84.39),
    # A bare name is the article's county of that name: "Suffolk" after "Suffolk County".
    ("Suffolk County detectives found the car on Monday. Police in Suffolk said the owner had left.",
     "Suffolk", None, "US", 40.84, -73.04),
    # Counties sit at the middle of their ZIP codes, not at their state's point.
    ("Deputies from Anderson County arrested the driver on Friday.", "Anderson County", None, "US", 31.8, -95.65),
]


@pytest.mark.parametrize("sentence, toponym, geonameid, country, lat, lon", RESOLVED)
def test_toponyms_resolve_by_context(places_of, sentence, toponym, geonameid, country, lat, lon):
    # Short sentences give little context: check the reading, whatever its confidence.
    place = _find(places_of(sentence, min_confidence=0.0), toponym)
    if geonameid is not None:
        assert place.geonameid == geonameid
    assert place.country == country
    assert place.lat == pytest.approx(lat, abs=0.3)
    assert place.lon == pytest.approx(lon, abs=0.3)


@pytest.mark.parametrize("sentence, not_places", [
    ("Afghan and European envoys met in Kandahar on Tuesday.", {"Afghan", "European"}),
    ("Russian officials denied that the convoy had crossed into Ukraine.", {"Russian"}),
    ("The Mexicans and the Canadians left the summit early.", {"Mexicans", "Canadians"}),
    ("The choir sang at Easter Mass while the Centre announced new funding for farmers.", {"Mass", "Centre"}),
    ("Coach Ripley said the team carried it out. Ripley praised the defence.", {"Ripley"}),
    ("Andrew Trapani moved to Los Angeles in May. Trapani now runs a studio.", {"Trapani"}),
    ("The truck stopped at 6016 Dublin Road before dawn.", {"Dublin"}),
])
def test_demonyms_and_common_words_are_not_place_names(places_of, sentence, not_places):
    assert not {p.text for p in places_of(sentence) if p.kind == "toponym"} & not_places


# Toponyms and demonyms that open an organisation's name count as places (GeoWebNews: Embedded_Non_Lit).
@pytest.mark.parametrize("sentence, toponym, country, kind", [
    ("A reporter from the New York Times asked the governor about the budget.", "New York", "US", "embedded"),
    ("He worked with Seattle Fire and Police at every home game.", "Seattle", "US", "embedded"),
    ("Troops of the Nigerian Army crossed the river at dawn.", "Nigerian", "NG", "demonym"),
    ("Canadian Blood Services runs the kidney donor programme.", "Canadian", "CA", "demonym"),
])
def test_places_inside_organisation_names(places_of, sentence, toponym, country, kind):
    place = _find(places_of(sentence), toponym)
    assert (place.country, place.kind) == (country, kind)


def test_a_long_person_span_gives_no_surname(places_nlp):
    # A headline mistagged as one person ("Freemason Petrov Joins Sochi") does not make Sochi a surname.
    from spacy.tokens import Span

    from newsdesk.extract.place_detect import _surnames
    from newsdesk.gazetteer import load_gazetteer

    doc = places_nlp("Banker Oleg Petrov Joins Sochi Race. Ann Lee spoke.")
    spans = [Span(doc, 0, 5, label="PERSON"), Span(doc, 7, 9, label="PERSON")]
    assert _surnames(doc, spans, load_gazetteer()) == {"lee"}


@pytest.mark.parametrize("text, ents, expected", [
    # a small town abroad, in a country the story names nowhere else, never where a place stands: a person
    ("Donors in Dallas, Ohio and Texas wrote to the director. He would have to tell Obama. I waited to see if "
     "Obama would appoint a prosecutor in Chicago.",
     [("Dallas", "GPE"), ("Ohio", "GPE"), ("Texas", "GPE"), ("Obama", "GPE"), ("Obama", "GPE"), ("Chicago", "GPE")],
     ["Dallas", "Ohio", "Texas", "Chicago"]),
    # the same town where a place stands stays
    ("The monk was born in Obama and later preached in Dallas, Ohio and Texas.",
     [("Obama", "GPE"), ("Dallas", "GPE"), ("Ohio", "GPE"), ("Texas", "GPE")],
     ["Obama", "Dallas", "Ohio", "Texas"]),
])
def test_a_small_town_abroad_never_placed_is_a_stray(nlp, text, ents, expected):
    doc = parse_with_ents(nlp, text, ents)
    assert [p.text for p in extract_places(doc)] == expected


def test_a_persons_surname_is_no_town_the_states_vouch_for(places_of):
    """Sanders, Arizona is a town; in a story about Bernie Sanders touring Arizona his surname is not it, and no
    place ever takes the full stop after a name ("Sanders.")."""
    text = ("Senator Bernie Sanders toured Arizona, Texas and Colorado on Monday. The governor endorsed Clinton over "
            "Sanders. Aides to Sanders said the race was close.")
    assert [p.text for p in places_of(text)] == ["Arizona", "Texas", "Colorado"]


def test_the_amazon_with_its_article_is_the_region(places_of):
    assert _find(places_of("Fires raged across the Amazon this week, officials in Brasilia said."), "Amazon").country == "BR"


def test_a_surname_tagged_as_a_site_is_no_place(nlp):
    """The model names "Elena Rubio’s" with its possessive, then tags her surname a facility."""
    from newsdesk.extract.place_detect import detect_toponyms

    text = ("Senator Elena Rubio’s uneven debate emboldened her rivals in Nevada. Governor Tomas Hale tripped up "
            "Rubio in Saturday’s debate.")
    doc = parse_with_ents(nlp, text, [("Elena Rubio’s", "PERSON"), ("Nevada", "GPE"), ("Tomas Hale", "PERSON"),
                                      ("Rubio", "FAC"), ("Saturday", "DATE")])
    assert [t.text for t in detect_toponyms(doc)] == ["Nevada"]


def test_the_entity_layers_people_give_surnames(places_nlp):
    """A person the entity layer knows by full name ("Elena Rubio") makes her surname no town, whatever the
    model tagged; a group source ("Police in Karachi") gives none."""
    from newsdesk.extract.place_detect import _surnames
    from newsdesk.gazetteer import load_gazetteer
    from newsdesk.records import Entity

    doc = places_nlp("Rubio spoke. Police in Karachi spoke.")
    doc._.newsdesk_entities = [Entity(id="E1", name="Elena Rubio", type="PERSON"),
                               Entity(id="E2", name="Police in Karachi", type="PERSON", group=True)]
    assert _surnames(doc, [], load_gazetteer()) == {"rubio"}


def test_another_name_of_a_place_does_not_vote_for_it(places_of):
    # "Dublin City" is an alternate name of the Irish capital only; it must not pull "Dublin"
    # to Ireland in a story about a US town's council.
    sentence = ("The Dublin City Council approved the budget on Monday. The city manager said Dublin "
                "would hire two police officers, and the school board agreed.")
    assert {p.country for p in places_of(sentence, min_confidence=0.0) if p.text == "Dublin"} == {"US"}


def test_demonyms_refer_to_their_country_marked_as_demonyms(places_of):
    sentence = "Russian officials denied that the convoy had crossed into Ukraine."
    russian = _find(places_of(sentence), "Russian")
    assert (russian.name, russian.country, russian.feature_class, russian.kind) == ("Russia", "RU", "A", "demonym")
    assert _find(places_of(sentence), "Ukraine").kind == "toponym"
    assert "Russian" not in {p.text for p in places_of(sentence, demonyms=False)}


def test_country_names_resolve_to_countries(places_of):
    for place in places_of("Mexico, Canada and the United States renewed the trade pact."):
        assert place.feature_class == "A" and place.geonameid in (3996063, 6251999, 6252001)


def test_records_carry_offsets_names_and_entities(places_nlp):
    text = "Georgia recalled its ambassador after protesters marched through Tbilisi on Sunday."
    doc = places_nlp(text)
    places = extract_places(doc)
    assert [p.text for p in places] == ["Georgia", "Tbilisi"]
    mentions = {(m.start, m.end): e.id for e in doc._.newsdesk_entities for m in e.mentions}
    for place in places:
        assert text[place.start:place.end] == place.text
        assert place.entity == mentions[(place.start, place.end)]
    tbilisi = places[1]
    assert (tbilisi.name, tbilisi.feature_class, tbilisi.country) == ("Tbilisi", "P", "GE")


def test_pipeline_component_fills_places(places_nlp):
    doc = places_nlp("Talks resumed in Kabul on Monday.")
    assert [(p.text, p.geonameid) for p in doc._.newsdesk_places] == [("Kabul", 1138958)]


@pytest.mark.parametrize("text", ["", "   ", "and then nothing happened at all", "ZZZZ QQQQ, Xyzzy."])
def test_articles_without_places_give_nothing(places_nlp, text):
    assert extract_places(places_nlp(text)) == []


def test_place_inside_an_organisation_name_is_marked_embedded(places_nlp):
    doc = places_nlp("The Kessel Herald and the New York Times reported the strike in Chicago on Monday.")
    kinds = {p.text: p.kind for p in extract_places(doc)}
    assert kinds.get("New York") == "embedded"
    assert kinds.get("Chicago") == "toponym"


# Modifiers the model leaves untagged or files under another label still name their place.
@pytest.mark.parametrize("sentence, toponym, name", [
    ("The library was drawn by the prominent Slovak architect Pavel Kundrik in 1971.", "Slovak", "Slovakia"),
    ("Officials said the mines were laid by Azerbaijani soldiers during the war.", "Azerbaijani", "Azerbaijan"),
    ("Local papers called the vote a sign of anti-Russian feeling in the capital.", "Russian", "Russia"),
    ("Her grandfather was a Bosnian Serb farmer from the hills.", "Serb", "Serbia"),
    ("A caravan of Central American migrants reached the border town at dusk.", "Central American",
     "Central America"),
    ("Envoys wanted to revise the North American Free Trade Agreement before the vote.", "North American",
     "North America"),
])
def test_untagged_demonyms_are_found(places_of, sentence, toponym, name):
    place = _find(places_of(sentence), toponym)
    assert (place.name, place.kind) == (name, "demonym")


def test_a_word_across_a_continent_names_no_country(places_of):
    """"Inter-American", "Pan-African": not the United States, not any one African country."""
    found = places_of("She took the case to the Inter-American Commission and the Pan-African Parliament.")
    assert [p.name for p in found if p.kind == "demonym"] == []


def test_an_acronym_inside_a_sentence_is_no_town(places_of):
    """"the CHU in Montpellier" (a hospital): capitals mark a town only where a dateline stands ("OWERRI, ...")."""
    found = places_of("Doctors at the CHU in Montpellier said the patient was stable.")
    assert [p.text for p in found] == ["Montpellier"]


def test_a_datelines_month_is_no_town(places_of):
    """"JERUSALEM, Nov 19": Nov is a town in Israel, and "Nov" here its month."""
    found = places_of("JERUSALEM, Nov 19 (Wire) - Talks resumed in the city on Sunday.")
    assert [p.text for p in found] == ["JERUSALEM"]


def test_a_dateline_after_a_byline_is_a_place(places_of):
    text = ("Court bars former leader from race\n\nBy Ana Velez\n\nLA PAZ, Dec 30 - The court barred the "
            "former president from running.")
    assert [(p.text, p.name, p.country) for p in places_of(text)] == [("LA PAZ", "La Paz", "BO")]


@pytest.mark.parametrize("sentence, toponym, present", [
    ("Moscow said relations between Russia and the West were at a low point.", "West", True),
    ("Ministers from several Western countries signed the letter on Monday.", "Western", True),
    ("The convoy drove into the West Bank before dawn.", "West", False),
    ("Dinner at the Percy French Hotel was served at eight.", "French", False),
])
def test_the_west_is_western_europe_and_names_are_not_demonyms(places_of, sentence, toponym, present):
    found = [p for p in places_of(sentence) if p.text == toponym]
    assert bool(found) == present
    if present:
        assert found[0].name == "Western Europe" and found[0].lat == pytest.approx(50.2, abs=0.3)


@pytest.mark.parametrize("sentence, toponym, country", [
    # A metropolis ten times any namesake keeps its reading beside one foreign country's mentions ...
    ("The Canadian company said it would move forty staff to London next year.", "London", "GB"),
    # ... but not when the article names the namesake's own province.
    ("Fans in London, Ontario, cheered as the team came home.", "London", "CA"),
    # Major airports are landmarks of their city, not the small towns that share the name.
    ("Cargo piled up at Heathrow after the strike by baggage handlers.", "Heathrow", "GB"),
])
def test_world_cities_provinces_and_airports(places_of, sentence, toponym, country):
    assert _find(places_of(sentence), toponym).country == country


def test_a_famous_city_beats_a_province_of_its_name_when_both_countries_are_named(places_of):
    # La Paz is also a Honduran department: naming Honduras does not make it so when Bolivia is named too
    text = "Honduras and Bolivia signed a coffee pact in La Paz on Monday."
    place = _find(places_of(text, min_confidence=0.0), "La Paz")
    assert place.country == "BO" and place.feature_class == "P"


# A demonym's span is the word alone, not the dateline's dash or the full stop before it.
@pytest.mark.parametrize("text, demonym", [
    ("KARACHI, May 3 - Pakistani police arrested four men near the port.", "Pakistani"),
    ("The ridge is a war grave. Flemish officials want a road through it.", "Flemish"),
])
def test_a_demonym_span_holds_no_punctuation_before_it(places_of, text, demonym):
    place = _find(places_of(text), demonym)
    assert text[place.start:place.end] == demonym and place.kind == "demonym"


# A world region's demonym refers to the region, not to its continent.
@pytest.mark.parametrize("text, demonym, lat, lon", [
    ("Ministers of the South Asian trade bloc met in Colombo.", "South Asian", 22.0, 78.0),
    ("Southeast Asian navies held drills near the strait.", "Southeast Asian", 8.0, 110.0),
    ("West African leaders met in Abuja to discuss the coup.", "West African", 12.0, -3.0),
])
def test_region_demonyms_refer_to_their_region(places_of, text, demonym, lat, lon):
    place = _find(places_of(text), demonym)
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=0.5), pytest.approx(lon, abs=0.5))


def test_a_name_found_as_a_place_is_one_at_its_other_mentions(places_of):
    # the model reads the second "Hill Top" as a person; the first is framed as a town
    text = ("Floodwaters cut the road into the town of Hill Top overnight. "
            "Police said Hill Top would be cut off until Friday.")
    found = [p for p in places_of(text) if p.text == "Hill Top"]
    assert [p.start for p in found] == [text.index("Hill Top"), text.rindex("Hill Top")]
    assert all(p.country == "AU" and p.lat == pytest.approx(-34.35, abs=0.1) for p in found)


def test_a_repeated_name_before_a_feature_word_is_not_repeated(places_of):
    text = ("Floodwaters cut the road into the town of Hill Top overnight. Walkers left the Hill Top National Park, "
            "and the Hill Top River broke its banks.")
    assert [p.start for p in places_of(text) if p.text == "Hill Top"] == [text.index("Hill Top")]


def test_a_town_listed_inside_a_mislabelled_entity_is_found(places_of):
    # the model runs "Kharkiv, Odesa" into one organisation's name
    text = ("In Ukraine, Russian drones struck Kharkiv, Odesa and Dnipro, and Kyiv said fighting continued near "
            "Bakhmut and Zaporizhzhia.")
    place = _find(places_of(text), "Odesa")
    assert place.country == "UA" and place.lat == pytest.approx(46.48, abs=0.2)


@pytest.mark.parametrize("text, capital, country", [
    ("Jamaica's finance minister said Kingston would host the regional bank's meeting next spring.", "Kingston", "JM"),
    ("Guyana's president said Georgetown would send engineers to the oil fields.", "Georgetown", "GY"),
])
def test_the_capital_of_a_named_country_is_kept(places_of, text, capital, country):
    assert _find(places_of(text), capital).country == country


def test_a_city_listed_beside_a_province_abroad_stays_a_city(places_of):
    # listing US states makes a name a state ("California or Washington"); a Syrian governorate does not make
    # the city before it one
    place = _find(places_of("Government forces shelled Homs and Hama overnight, activists said."), "Homs")
    assert place.feature_class == "P" and (place.lat, place.lon) == (pytest.approx(34.73, abs=0.1),
                                                                      pytest.approx(36.72, abs=0.1))


@pytest.mark.parametrize("text, name, lat, lon", [
    # the model tags only "Mazar"; the gazetteer knows the hyphenated name
    ("An earthquake damaged homes near Mazar-i-Sharif and Kunduz on Tuesday.", "Mazar-i-Sharif", 36.71, 67.11),
    # the model misses the name: Arabic particles join a name's words
    ("Kurdish-led forces in Raqqa and Deir ez-Zor reported drone attacks.", "Deir ez-Zor", 35.34, 40.14),
])
def test_hyphenated_and_particle_names_are_found_whole(places_of, text, name, lat, lon):
    place = _find(places_of(text), name)
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=0.2), pytest.approx(lon, abs=0.2))


# A famous city's small namesake takes no bonus from a state the story names among many others, nor from lying near
# one of its metropolises; in a story about the namesake's own region it still wins.
@pytest.mark.parametrize("sentence, toponym, lat, lon", [
    ("Storms knocked out power in Oregon and Texas. Officials in Phoenix and Las Vegas warned of heat, "
     "and Portland closed its parks.", "Phoenix", 33.45, -112.07),
    ("The singer flew from Florida to Atlanta and then on to Memphis, where her tour ended.", "Memphis", 35.15, -90.05),
    ("The chancellor travelled from Berlin to Munich and Frankfurt to meet bankers.", "Frankfurt", 50.12, 8.68),
    ("A nursing student at a Nashville college, who grew up in Paris, spent her break building a clinic in "
     "Guatemala.", "Paris", 36.3, -88.33),
])
def test_famous_cities_overshadow_small_namesakes(places_of, sentence, toponym, lat, lon):
    place = _find(places_of(sentence, min_confidence=0.0), toponym)
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=0.5), pytest.approx(lon, abs=0.5))


# Rivers (at their mouths, as GeoNames places streams), islands and war-time districts the packaged data lack.
@pytest.mark.parametrize("sentence, toponym, lat, lon", [
    ("Farmers asked for the Cauvery Management Board to be set up before the monsoon.", "Cauvery", 11.14, 79.85),
    ("Barges carrying grain were stuck on the Danube for a week.", "Danube", 45.16, 29.65),
    ("Surf schools on Oahu closed early because of the swell.", "Oahu", 21.47, -157.98),
    ("Aid lorries reached Eastern Ghouta on Friday.", "Eastern Ghouta", 33.55, 36.42),
    # towns and valleys of conflict news under the spelling the wires use, not GeoNames' ("Al Hudaydah")
    ("Warplanes struck targets near the port of Hodeidah on Wednesday.", "Hodeidah", 14.8, 42.95),
    ("Kurdish fighters held the city of Qamishli through the winter.", "Qamishli", 37.05, 41.23),
    ("Shelling hit three villages in the Bekaa Valley overnight.", "Bekaa Valley", 33.85, 35.9),
    ("Troops traded fire along the Line of Control overnight.", "Line of Control", 34.0, 74.0),
    ("The junta met in Naypyitaw on Monday.", "Naypyitaw", 19.75, 96.13),
    ("Air strikes hit Khan Younis and Rafah in southern Gaza overnight.", "Khan Younis", 31.34, 34.31),
    ("Rockets landed in Kiryat Shmona, near the northern border, on Sunday.", "Kiryat Shmona", 33.21, 35.57),
    ("Special forces searched caves around Tora Bora for a third week.", "Tora Bora", 34.12, 70.22),
    ("Detainees held at Woomera in the outback began a hunger strike.", "Woomera", -31.2, 136.83),
    ("A ferry crossing Bass Strait turned back in five-metre seas.", "Bass Strait", -39.5, 146.0),
])
def test_rivers_islands_and_districts_resolve(places_of, sentence, toponym, lat, lon):
    place = _find(places_of(sentence), toponym)
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=0.1), pytest.approx(lon, abs=0.1))


# A model span that is part of a longer known name grows into it.
@pytest.mark.parametrize("sentence, toponym, country, lat, lon", [
    ("Repairs to the sewage plant in Baja California will start in ten days.", "Baja California", "MX", 30.0, -115.2),
    ("NEW MIAMI - After a year of calm, the village of New Miami is reeling again.", "NEW MIAMI", "US", 39.43, -84.54),
])
def test_partial_model_spans_grow_into_the_longer_name(places_of, sentence, toponym, country, lat, lon):
    place = _find(places_of(sentence), toponym)
    assert place.country == country
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=1.0), pytest.approx(lon, abs=1.0))


# Disambiguation principles: weak regional votes, context countries, datelines, county names.
@pytest.mark.parametrize("sentence, toponym, country, lat, lon", [
    # Two ambiguous names that could both lie in Pennsylvania do not outweigh a big city's population.
    ("The Denver company will open a plant in Richmond. Wayne County officials and Indiana lawmakers welcomed it.",
     "Denver", "US", 39.74, -104.98),
    # A famous city abroad does not hide a county in a story about its own country.
    ("Police in Surrey and Kent said several roads in England were closed by snow.", "Surrey", "GB", 51.25, -0.4),
    # English counties the packaged regions split up, and their short forms.
    ("Ambulances from Berkshire and Oxfordshire attended the crash.", "Berkshire", "GB", 51.45, -1.17),
    ("Crews from Essex and Herts Air Ambulance flew the cyclist to hospital.", "Herts", "GB", 51.8, -0.2),
    # Irish counties are written "County Cork" and "Co. Cavan".
    ("Flooding closed roads across County Cork on Monday.", "County Cork", "IE", 51.9, -8.7),
    # A dateline in parentheses names a city, not a state.
    ("(NEW YORK) - Police officers responding to reports of a man with a knife found him on a train.",
     "NEW YORK", "US", 40.71, -74.01),
    # A metropolis does not make its state the story's: "Boston" stays the Massachusetts city.
    ("Maria Lenz grew up in New York City. Her business partner is a Boston native.", "Boston", "US", 42.36, -71.06),
    # A national capital's own name beats another town's old name for it, even in a story set near that town.
    ("SRINAGAR, India - Shelling hit villages in Poonch and Rajouri and near Srinagar and Pahalgam in Kashmir. "
     "India blamed Pakistan, and Islamabad denied any role.", "Islamabad", "PK", 33.72, 73.04),
])
def test_disambiguation_principles(places_of, sentence, toponym, country, lat, lon):
    place = _find(places_of(sentence), toponym)
    assert place.country == country
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=1.0), pytest.approx(lon, abs=1.0))


@pytest.mark.parametrize("sentence, not_places", [
    ("Talks on the North American Free Trade Agreement resumed in Ottawa.", {"Free"}),
    ("Traffic backed up on Main Street on Friday.", {"Main Street"}),  # no town to place it at
])
def test_words_of_longer_names_are_not_places(places_of, sentence, not_places):
    assert not {p.text for p in places_of(sentence)} & not_places


# Streets and venues are placed at the town written after them, else at the article's main town.
@pytest.mark.parametrize("sentence, site, lat, lon", [
    ("Council workers in Harare began renaming Third Street on Monday. Harare's mayor backed the plan.",
     "Third Street", -17.83, 31.05),
    ("Fans packed Jamsil Stadium in Seoul for the opening game.", "Jamsil Stadium", 37.57, 126.98),
    ("The 2018 calendar opens at Oulton Park, Cheshire, in June.", "Oulton Park", 53.2, -2.6),
    ("Two men were arrested on McCandless Street. Belfast police said both men were from Belfast.",
     "McCandless Street", 54.6, -5.93),
])
def test_streets_and_venues_take_their_towns_point(places_of, sentence, site, lat, lon):
    place = _find(places_of(sentence), site)
    assert (place.kind, place.geonameid, place.feature_class) == ("site", None, "S")
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=0.5), pytest.approx(lon, abs=0.5))


def test_sites_can_be_left_out(places_of):
    places = places_of("Fans packed Jamsil Stadium in Seoul for the opening game.", sites=False)
    assert [p.text for p in places] == ["Seoul"]


@pytest.mark.parametrize("text, local", [
    ("Doors open at 7 p.m. and the show ends at 9 p.m. in the capital.", False),  # clock times count once
    ("Doors open at 7 p.m., the county sheriff said, and the Sheriff will attend.", True),
])
def test_us_local_news_cues(text, local):
    from newsdesk.extract.places import _reads_us_local

    assert _reads_us_local(text) is local


# Towns too small to match anywhere are found where the article's other places vouch for them.
@pytest.mark.parametrize("sentence, toponym, country, lat, lon", [
    ("Housing lists in County Tipperary grew again. There are 26 applicants in Nenagh, and Nenagh councillors "
     "want more homes.", "Nenagh", "IE", 52.86, -8.2),
    ("A cyclist was hurt in a crash at Coggeshall, Essex, on Friday.", "Coggeshall", "GB", 51.87, 0.69),
])
def test_small_towns_vouched_for_by_the_article(places_of, sentence, toponym, country, lat, lon):
    found = [p for p in places_of(sentence) if p.text == toponym]
    assert found and all(p.country == country for p in found)
    assert (found[0].lat, found[0].lon) == (pytest.approx(lat, abs=0.3), pytest.approx(lon, abs=0.3))


def test_towns_the_article_vouches_for_read_the_others(places_of):
    # O'Connor and Wanniassa, suburbs of Canberra the model does not take for places, are vouched for by nearby
    # Queanbeyan; they make Red Hill the Canberra suburb, not the bigger Queensland town that Black Mountain's
    # Queensland namesake would back
    places = places_of("Strong winds fanned grass fires on Tuesday in several areas near Queanbeyan, including "
                       "O'Connor, Mount Wanniassa, Red Hill and Black Mountain.")
    red_hill = _find(places, "Red Hill")
    assert (red_hill.country, red_hill.geonameid) == ("AU", 9973374)
    assert (red_hill.lat, red_hill.lon) == (pytest.approx(-35.33, abs=0.01), pytest.approx(149.12, abs=0.01))


@pytest.mark.parametrize("sentence, town, kept", [
    # a given name opening a university's name is the person it is named after, not George in South Africa
    ("The rector of George Mason University met students in Baltimore on Monday.", "George", False),
    ("Records kept by George Washington University's archive were released on Friday.", "George", False),
    # ... but a town's own bodies keep their town
    ("The Eugene Police Department closed two streets after the parade on Sunday.", "Eugene", True),
])
def test_a_given_name_opening_an_organisation_is_a_persons(places_of, sentence, town, kept):
    assert any(p.text == town for p in places_of(sentence)) is kept


@pytest.mark.parametrize("sentence, expected", [
    # the model tags the Syrian town a date; after "in" it is the place
    ("The medic had been posted with coalition forces in Manbij near the Turkish border since spring.",
     [("Manbij", "SY"), ("Turkish", "Turkey")]),
    # a month after "in" stays a date
    ("The envoys will meet again in March near the border.", []),
])
def test_a_place_the_model_took_for_a_date(places_of, sentence, expected):
    assert [(p.text, p.country if p.kind != "demonym" else p.name) for p in places_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a saint's feast is no Caribbean parish of the saint's name
    ("Police in Boston will add patrols on St. Patrick's Day and on St. Andrew's Day.", ["Boston"]),
    # a car maker before its model is no Japanese town; the town itself still is
    ("A Toyota Corolla hit a fence in Lyon on Friday; the driver worked in Toyota, Japan.", ["Lyon", "Toyota", "Japan"]),
])
def test_feasts_and_car_makers_are_no_places(places_of, sentence, expected):
    assert [p.text for p in places_of(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # the model tags the girlfriend's name a place; after "girlfriend" it is her name, not Olivia, Minnesota
    "The medic, who grew up in St. Cloud, Minnesota, leaves his mother Michelle, his brother Alex and girlfriend "
    "Olivia.",
    # ... and after "his wife," too
    "The medic, who grew up in St. Cloud, Minnesota, was driving with his wife, Olivia, when the truck hit them.",
])
def test_a_given_name_after_a_relative_is_a_persons(places_of, sentence):
    assert [p.text for p in places_of(sentence)] == ["St. Cloud", "Minnesota"]


def test_an_upper_case_saints_town_in_a_dateline(places_of):
    # the tokenizer splits "ST." from "LOUIS"; the full stop belongs to the name
    places = places_of("ST. LOUIS – Police in St. Louis arrested two men on Tuesday after a break-in at a Missouri "
                       "bakery.")
    assert [(p.text, p.name) for p in places] == [("ST. LOUIS", "St. Louis"), ("St. Louis", "St. Louis"),
                                                  ("Missouri", "Missouri")]


def test_a_big_city_the_model_took_for_a_person_after_a_comma(places_of):
    # the model tags Owerri a person at both mentions; after a comma, as an address is written, it is the city
    places = places_of("Stanley Okafor, Owerri. The rector of the Federal University of Technology, Owerri, "
                       "Prof. Francis Obi, said fees would rise.")
    assert [(p.text, p.country) for p in places] == [("Owerri", "NG"), ("Owerri", "NG")]


def test_a_small_town_needs_a_neighbour_in_the_article(places_nlp):
    from newsdesk.extract.place_local import find_vouched_towns
    from newsdesk.gazetteer import load_gazetteer

    doc = places_nlp("A cyclist was hurt in a crash at Coggeshall on Friday.")
    assert find_vouched_towns(doc, [], [], load_gazetteer()) == []


@pytest.mark.parametrize("sentence, not_places", [
    # The model files the curator under ORG, then her surname under GPE.
    ("Yevgenia Petrova curated the show in Moscow. Petrova said the paintings were rarely lent.", {"Petrova"}),
    # a person the model missed: a given name before a surname, and the half of a hyphenated given name
    ("Jan-Michael Hollis scored a decisive victory over Spain.", {"Michael"}),
    # a bank's name and the planet are no towns
    ("Workers at the Commonwealth Bank, ANZ and the Bank of Queensland will strike.", {"Bank"}),
    ("A tenor sang of peace on Earth at the memorial in New York.", {"Earth"}),
    # a company named like a region English names with "the", and a faith's adjective
    ("The memoir is sold through Amazon, and its author spoke to the Republican Jewish Coalition in Denver.",
     {"Amazon", "Jewish"}),
])
def test_people_named_like_towns_are_not_places(places_of, sentence, not_places):
    assert not {p.text for p in places_of(sentence)} & not_places


# Confidence: how likely the point lies within 161 km of the place meant.
@pytest.mark.parametrize("sentence, toponym, low, high", [
    ("Talks resumed in Kabul on Tuesday.", "Kabul", 0.8, 1.0),  # far namesakes are tiny
    ("Officials in Ouagadougou said the border was closed.", "Ouagadougou", 0.9, 1.0),
    ("Russia and China signed the deal.", "Russia", 0.95, 1.0),
    ("The mayor of Springfield said the road would reopen.", "Springfield", 0.0, 0.5),  # dozens of them
    ("The mayor of Springfield, Illinois, said the road would reopen.", "Springfield", 0.9, 1.0),
    ("Officials in Washington said the sanctions would stay.", "Washington", 0.5, 0.95),
])
def test_confidence_follows_the_evidence(places_of, sentence, toponym, low, high):
    place = _find(places_of(sentence, min_confidence=0.0), toponym)
    assert low <= place.confidence <= high


def test_unsure_resolutions_are_left_out_by_default(places_of):
    sentence = "The mayor of Springfield said the road would reopen."
    assert "Springfield" not in {p.text for p in places_of(sentence)}
    kept = _find(places_of(sentence, min_confidence=0.0), "Springfield")
    assert kept.country == "US" and kept.confidence < 0.5


def test_sites_share_their_towns_confidence(places_of):
    places = places_of("Fans packed Jamsil Stadium in Seoul for the opening game.", min_confidence=0.0)
    assert _find(places, "Jamsil Stadium").confidence == _find(places, "Seoul").confidence


def test_confidence_grows_with_the_margin_over_far_namesakes():
    from newsdesk.extract.place_confidence import Evidence, confidence

    values = [confidence(Evidence(margin=m, rivals=r, kind="city", supported=False, source="ner",
                                  population=20_000))
              for m, r in [(0.2, 20), (1.5, 20), (4.0, 20), (None, 0)]]
    assert values == sorted(values) and len(set(values)) == 4
    assert all(0.0 < v < 1.0 for v in values)
    supported = confidence(Evidence(margin=0.2, rivals=20, kind="city", supported=True, source="ner",
                                    population=20_000))
    assert supported > values[0]


def test_a_city_and_its_province_are_not_rivals():
    from newsdesk.extract.place_confidence import evidence
    from newsdesk.gazetteer import KIND, load_gazetteer

    gaz = load_gazetteer()
    found = gaz.lookup("Kandahar")
    city = next(i for i, _ in found if gaz.entry(i)[KIND] == "city" and gaz.entry(i)[2] > 31)
    ranked = tuple((10.0 - n, i) for n, (i, _) in enumerate(found))
    ev = evidence(gaz, city, ranked, False, "ner", frozenset())
    assert ev.rivals == sum(1 for i, _ in found if abs(gaz.entry(i)[2] - gaz.entry(city)[2]) > 2)


# One name, two places: "Washington, D.C." is the capital, but in a story about Washington
# state (datelined "Wash.", about Seattle) the bare "Washington" is the state.
def test_a_qualified_name_does_not_override_the_state_the_story_is_about(places_of):
    text = ("OLYMPIA, Wash. - The team trains at home in Washington. Its members flew to Florida and "
            "Washington, D.C., last year, and worked with Seattle police at every home game. "
            "In May the team travelled to central Washington.")
    found = [p for p in places_of(text, min_confidence=0.0) if p.text == "Washington"]
    assert [p.feature_class for p in found] == ["A", "P", "A"]
    assert [round(p.lat) for p in found] == [47, 39, 47]


def test_a_qualified_name_holds_for_its_later_mentions(places_of):
    text = ("PARIS, Texas - A fire destroyed a barn outside Paris, Texas, on Sunday. "
            "Paris firefighters said nobody was hurt.")
    found = [p for p in places_of(text, min_confidence=0.0) if p.text == "Paris"]
    assert found and all(p.country == "US" for p in found)


def test_an_upper_case_state_code_with_its_full_stop_is_the_state(places_of):
    found = places_of("INDEPENDENCE, MO. (AP) -- Poland and Hungary joined the alliance.", min_confidence=0.0)
    assert ("MO", "Missouri") in {(p.text, p.name) for p in found}


def test_an_unqualified_dateline_is_the_metropolis_not_a_small_namesake(places_of):
    # the story names Florida and Missouri, where small towns called Havana and Warsaw lie
    text = ("HAVANA (AP) -- Cuban officials and relatives in Miami, Florida, watched the rally in Havana on "
            "Thursday.")
    assert {p.country for p in places_of(text, min_confidence=0.0) if p.text.lower() == "havana"} == {"CU"}
    text = "WARSAW, February 26 (Xinhua) -- Poland joined the alliance at a ceremony in Independence, Missouri."
    assert {p.country for p in places_of(text, min_confidence=0.0) if p.text.lower() == "warsaw"} == {"PL"}


def test_a_region_named_through_its_metropolis_does_not_take_a_world_city(places_of):
    # "Toronto" names Ontario only through its metropolis: Paris, Ontario must not win over Paris
    text = ("The airliner crashed en route from Paris to Cairo on Thursday. Passengers from France, Belgium and "
            "Canada were aboard; one engineer lived in Toronto. Investigators flew to Cairo from Paris.")
    assert not [p for p in places_of(text, min_confidence=0.0) if p.text == "Paris" and p.country != "FR"]


def test_a_country_or_state_name_is_not_the_small_town_named_after_it(places_of):
    # a national political story that reads like US local news (Sen., Gov., Republican, p.m.)
    text = ("9:30 p.m. Republican Donald Trump has won Virginia, Georgia, Alabama, Massachusetts and Tennessee. "
            "Democrat Bernie Sanders won Minnesota, Oklahoma and Vermont, the AP said. Former Florida Gov. Jeb Bush "
            "praised the voters of New York and Missouri. Sen. Ann Doyle (R-Mo.) listed Caracas, Venezuela; and "
            "Acapulco, Mexico, as violent cities, and said Jordan and Egypt are allies.")
    found = {p.text: (p.country, p.feature_class) for p in places_of(text, min_confidence=0.0)}
    assert found["Mexico"] == ("MX", "A") and found["Jordan"] == ("JO", "A")
    assert found["Virginia"] == found["Georgia"] == found["Alabama"] == found["Florida"] == ("US", "A")


@pytest.mark.parametrize("text, country, lat", [
    # without the possessive, the Ohio story would pull "London" to London, Ohio
    ("Voters in Ohio went to the polls. Canada's London also held a vote on Tuesday.", "CA", 42.98),
    ("Voters in Ohio went to the polls. Canada\u2019s London also held a vote on Tuesday.", "CA", 42.98),
])
def test_a_possessive_qualifier_places_the_name_inside_it(places_of, text, country, lat):
    london = next(p for p in places_of(text, min_confidence=0.0) if p.text == "London")
    assert (london.country, round(london.lat, 2)) == (country, lat)


# "Arab" names a people across two dozen countries, not a place: no point is right for it.
@pytest.mark.parametrize("sentence", [
    "Arab leaders met in Cairo to discuss the ceasefire.",
    "The Arab intervention in Yemen has not ended the war.",
])
def test_ethnonyms_are_not_demonyms_of_a_place(places_of, sentence):
    places = places_of(sentence, min_confidence=0.0)
    assert "Arab" not in {p.text for p in places}
    assert {p.text for p in places} & {"Cairo", "Yemen"}


# Only a US state has a National Guard, a State Patrol or a General Assembly.
@pytest.mark.parametrize("sentence, toponym, country, lat, lon", [
    ("The volunteers were invited to join the Georgia National Guard in March.", "Georgia", "US", 32.7, -83.4),
    ("The Washington State Patrol closed the road on Friday.", "Washington State", "US", 47.3, -120.2),
    ("Lawmakers in the Kentucky General Assembly passed the bill.", "Kentucky", "US", 37.5, -85.3),
])
def test_state_institutions_name_states(places_of, sentence, toponym, country, lat, lon):
    place = _find(places_of(sentence, min_confidence=0.0), toponym)
    assert (place.country, place.feature_class) == (country, "A")
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=1.5), pytest.approx(lon, abs=1.5))


def test_the_country_of_georgia_keeps_its_reading_without_state_institutions(places_of):
    place = _find(places_of("Officials in Georgia and Armenia met in Tbilisi."), "Georgia")
    assert place.country == "GE"


def test_extract_places_is_place_evidence_above_the_confidence_cut(nlp):
    from newsdesk.extract.places import MIN_CONFIDENCE, extract_places, place_evidence

    doc = nlp("Officials met in Springfield and later flew from Kabul to Dubai, then on to Paris.")
    pairs = place_evidence(doc)
    assert [p.text for p, _ in pairs if p.confidence >= MIN_CONFIDENCE] == [p.text for p in extract_places(doc)]
    assert all(0.0 < p.confidence < 1.0 and ev is not None for p, ev in pairs if p.kind != "site")
    # a capital with no distant namesake is safe; a name shared by dozens of towns is not
    confidence = {p.text: p.confidence for p, _ in pairs}
    assert confidence["Kabul"] > 0.8 > MIN_CONFIDENCE > confidence["Springfield"]
    assert "Springfield" not in {p.text for p in extract_places(doc)}


# Towns the model files under PERSON, ORG or NORP are places when the words around them say so
# (place_frames): a settlement noun, a dateline, a qualifying state, a list of places, a local
# institution or resident, a person's home town; countries opening a hyphenated modifier too.
@pytest.mark.parametrize("sentence, toponym, country", [
    ("Rain kept shoppers home in the small town of Ellensburg on Saturday.", "Ellensburg", "US"),
    ("WAXAHACHIE — The school board approved the new calendar on Tuesday.", "WAXAHACHIE", "US"),
    ("A 31-year-old Elkhart man was charged with burglary on Friday.", "Elkhart", "US"),
    ("Grovetown police questioned the driver after the crash.", "Grovetown", "US"),
    ("The fair drew families from Wamego and Manhattan, Kan., last weekend.", "Wamego", "US"),
    ("The award went to Marta Quist, 41, of Pewaukee, who founded the shelter.", "Pewaukee", "US"),
    ("Planes of the U.S.-led coalition struck the depot overnight.", "U.S.", "US"),
])
def test_towns_framed_as_places_whatever_the_model_label(places_of, sentence, toponym, country):
    place = _find(places_of(sentence, min_confidence=0.0), toponym)
    assert place.country == country


@pytest.mark.parametrize("sentence, not_places", [
    ("One girl grabbed the scissors. Four officers were treated at the scene.", {"One", "Four"}),
    ("Still, the plan drew support from Hawaii lawmakers.", {"Still"}),
    ("Vice Mayor Ann Boring voted against the plan.", {"Vice"}),
    ("Officials notified Miami-Dade Schools police on Monday.", {"Dade"}),
    ("The rally in Jerusalem called it the capital of Arab culture.", {"Arab"}),
    ("Harold Rogers and Mitch Doyle voted for the bill in Frankfort.", {"Rogers"}),
    ("Doctors at Northwestern Memorial Hospital treated the boy in Chicago.", {"Northwestern"}),
    ("The case was heard at the Airport Courthouse in Los Angeles on Monday.", {"Airport"}),
])
def test_frames_do_not_make_common_words_places(places_of, sentence, not_places):
    assert not {p.text for p in places_of(sentence, min_confidence=0.0)} & not_places


def test_a_framed_word_inside_a_longer_name_is_not_the_town(places_of):
    # "Guma" is a town in China; "Guma Local Government Area" is a Nigerian district the gazetteer lacks.
    found = places_of("She was displaced from her home in the district of Guma Local Government Area.",
                      min_confidence=0.0)
    assert "Guma" not in {p.text for p in found}


@pytest.mark.parametrize("sentence, toponym, lat, lon", [
    # Manhattan beside Wamego and Junction City is the Kansas town, not the New York borough.
    ("The new flight links Manhattan with Dallas. Travellers from Wamego and Junction City "
     "are expected to use it, the airport manager said.", "Manhattan", 39.18, -96.57),
    # Columbus across the river from Phenix City (Alabama) is Columbus, Georgia, not the bigger
    # Ohio capital, although no state is named: nearness, not a shared region, decides.
    ("Firefighters from Phenix City crossed the river to help crews in Columbus on Sunday.",
     "Columbus", 32.46, -84.99),
])
def test_an_ambiguous_town_lies_near_the_articles_other_towns(places_of, sentence, toponym, lat, lon):
    place = _find(places_of(sentence, min_confidence=0.0), toponym)
    assert place.country == "US"
    assert place.lat == pytest.approx(lat, abs=0.3)
    assert place.lon == pytest.approx(lon, abs=0.3)


@pytest.mark.parametrize("sentence, demonym, country", [
    ("Togolese officials closed the border crossing on Monday.", "Togolese", "TG"),
    ("A Bruneian diplomat chaired the regional meeting.", "Bruneian", "BN"),
    ("The Glaswegian singer returned home for the final concert.", "Glaswegian", "GB"),
    ("Minnesotan farmers asked for help after the flood.", "Minnesotan", "US"),
])
def test_demonyms_of_small_countries_cities_and_states(places_of, sentence, demonym, country):
    place = _find(places_of(sentence, min_confidence=0.0), demonym)
    assert (place.kind, place.country) == ("demonym", country)


# Islands, seas, lakes and mountains resolve to the feature, not to a namesake village or the
# region inside their name ("Lake Ontario" is no province, "Gulf of Alaska" no state).
@pytest.mark.parametrize("sentence, toponym, feature_class, lat, lon", [
    ("Typhoon winds battered northern Luzon overnight, officials said.", "Luzon", "T", 16.0, 121.0),
    ("The ferry crossed from Wellington to the South Island in rough seas.", "South Island", "T", -43.5, 170.5),
    ("Boats on Lake Ontario were told to return to port before the storm.", "Lake Ontario", "H", 43.7, -77.9),
    ("A tanker was seized near the Strait of Hormuz on Friday.", "Strait of Hormuz", "H", 26.6, 56.3),
    ("Climbers reached the summit of Mount Everest on Tuesday.", "Mount Everest", "T", 28.0, 86.9),
])
def test_physical_features_resolve_to_the_feature(places_of, sentence, toponym, feature_class, lat, lon):
    place = _find(places_of(sentence, min_confidence=0.0), toponym)
    assert place.feature_class == feature_class
    assert place.lat == pytest.approx(lat, abs=0.5)
    assert place.lon == pytest.approx(lon, abs=0.5)


@pytest.mark.parametrize("sentence, not_places", [
    # A generic word joins the name into another place the gazetteer does not know.
    ("Deputies patrolled Tennessee Colony after the storm knocked out power.", {"Tennessee"}),
    ("Boaters returned to Lake Cumberland once the water level rose.", {"Cumberland"}),
    ("NEW MIAMI — The village council met on Monday to discuss the budget.", {"MIAMI", "Miami"}),
])
def test_part_of_an_unknown_longer_name_is_not_the_place(places_of, sentence, not_places):
    assert not {p.text for p in places_of(sentence, min_confidence=0.0)} & not_places


def test_a_neighbourhood_keeps_its_towns_name(places_of):
    # "St. Louis Hills" is part of St. Louis: the town's name still places it.
    found = places_of("Thieves broke into a deli in the St. Louis Hills area on Monday.", min_confidence=0.0)
    assert "St. Louis" in {p.text for p in found}


def test_evidence_records_a_nearby_town(nlp):
    from newsdesk.extract.places import place_evidence

    doc = nlp("Firefighters from Phenix City crossed the river to help crews in Columbus on Sunday.")
    found = {place.text: ev for place, ev in place_evidence(doc)}
    assert found["Columbus"].near and found["Phenix City"].near
    lone = {place.text: ev for place, ev in place_evidence(nlp("Crews in Columbus cleared the roads on Sunday."))}
    assert not lone["Columbus"].near


@pytest.mark.parametrize("sentence, toponym, lat, lon", [
    # "X in Y": a namesake of X inside Y, else (X inside an institution's name) Y itself
    ("A researcher at Loyola University in Los Angeles reviewed the ballots.", "Loyola", 34.05, -118.24),
    ("The plant in Dublin in Ohio closed last year.", "Dublin", 40.10, -83.11),
    ("Floods hit the city of Victoria in British Columbia.", "Victoria", 48.43, -123.35),
    # "X of Y" with Y a region: the Papua New Guinea province is not meant; the part goes to its region
    ("Bushfires burned across the Southern Highlands of New South Wales.", "Southern Highlands", -33.0, 146.0),
])
def test_a_place_named_in_another_lies_inside_it(places_of, sentence, toponym, lat, lon):
    place = _find(places_of(sentence, min_confidence=0.0), toponym)
    assert place.lat == pytest.approx(lat, abs=0.3)
    assert place.lon == pytest.approx(lon, abs=0.3)


def test_a_town_the_text_puts_in_a_province_is_kept(places_of):
    """"the city of Victoria in British Columbia" is sure enough to pass the confidence cut, as "Paris, Texas" is."""
    (victoria,) = [p for p in places_of("Floods hit the city of Victoria in British Columbia.") if p.text == "Victoria"]
    assert victoria.country == "CA"


def test_x_in_y_leaves_demonyms_and_unrelated_countries_alone(places_of):
    found = {p.text: p.country for p in places_of("Americans in Iraq and the role of Russia in Syria.",
                                                  min_confidence=0.0)}
    assert found == {"Americans": "US", "Iraq": "IQ", "Russia": "RU", "Syria": "SY"}


def test_x_of_y_never_moves_a_country_or_a_place_inside_y(places_of):
    found = {p.text: p.country for p in places_of("The embassy of Canada in Kabul and the suburbs of Sydney "
                                                  "of New South Wales.", min_confidence=0.0)}
    assert found == {"Canada": "CA", "Kabul": "AF", "Sydney": "AU", "New South Wales": "AU"}


def test_a_six_token_official_name_is_one_toponym(places_of):
    found = places_of("Talks with the Democratic People's Republic of Korea resumed.", min_confidence=0.0)
    assert [(p.text, p.country) for p in found] == [("Democratic People's Republic of Korea", "KP")]


@pytest.mark.parametrize("sentence, absent", [
    ("The pope celebrated the vigil in St. Peter's Basilica on Saturday.", "St. Peter"),
])
def test_buildings_named_after_saints_are_no_places(places_of, sentence, absent):
    assert absent not in {p.text for p in places_of(sentence, min_confidence=0.0)}


@pytest.mark.parametrize("sentence, absent", [
    ("Sir Allan is putting his trust in God.", "God"),  # not Göd, Hungary
    ("Ministers face suspension from the Commonwealth over the vote.", "Commonwealth"),  # not a Manila district
    ('She starred in the musical "Moulin Rouge" last year.', "Rouge"),  # not the Estonian parish
    ("They choose china patterns and send our answer to all of us.", "china"),  # a name is capitalised
    ("They choose china patterns and send our answer to all of us.", "us"),
    ("Briefing.\n\nDESPITE THE RAIN, THE PARADE GOES ON.\n\nCrowds gathered.", "GOES"),  # a headline, no dateline
    ("Ruth Siegel died on Friday. Her children, Michael, Stephen and Robin, survive her.", "Stephen"),  # people
    ("U.N. inspectors left Baghdad as NATO members met.", "U.N."),  # bodies, not villages in India
    ("U.N. inspectors left Baghdad as NATO members met.", "NATO"),  # ... and the Philippines
])
def test_common_words_and_the_tail_of_a_longer_name_are_no_places(places_of, sentence, absent):
    assert absent not in {p.text for p in places_of(sentence, min_confidence=0.0)}


@pytest.mark.parametrize("sentence, toponym, country", [
    ("Wildfires raged across Southern California on Monday.", "California", "US"),  # an opener, not a longer name
    ("In Brussels, the US Defence Secretary met his allies.", "Brussels", "BE"),  # ", the US" qualifies nothing
    ("Police in Jackson, the Mississippi capital, closed roads.", "Jackson", "US"),  # ", the Mississippi capital" does
])
def test_what_follows_a_name_qualifies_it_only_as_a_place(places_of, sentence, toponym, country):
    assert _find(places_of(sentence, min_confidence=0.0), toponym).country == country


def test_an_upper_case_line_opening_is_still_a_dateline(places_of):
    found = places_of("TIJUANA & SAN DIEGO, March 3 - Crowds crossed the border on Sunday.", min_confidence=0.0)
    assert ("TIJUANA", "MX") in {(p.text, p.country) for p in found}


def test_a_site_is_not_put_in_a_town_named_once_in_a_story_about_several_countries():
    from newsdesk.extract.place_sites import place_sites
    from newsdesk.records import Place
    from newsdesk.extract.place_detect import Toponym

    text = "Banks on Wall Street fell. Pyongyang tested a rocket, and Brazil and Japan protested."
    town = Place(start=27, end=36, name="Pyongyang", text="Pyongyang", lat=39.03, lon=125.75, geonameid=1871859,
                 country="KP", feature_class="P", kind="toponym", confidence=0.9)
    brazil = Place(start=58, end=64, name="Brazil", text="Brazil", lat=-10.0, lon=-55.0, geonameid=3469034,
                   country="BR", feature_class="A", kind="toponym", confidence=0.9)
    site = Toponym(9, 20, "Wall Street", "site")
    assert place_sites(text, [site], [town, brazil]) == []
    # the same town named twice is the story's town
    again = Place(**{**town.__dict__, "start": 80, "end": 89})
    assert [p.country for p in place_sites(text, [site], [town, brazil, again])] == ["KP"]


def test_a_possessive_that_is_part_of_the_name_stays(places_of):
    found = places_of("The plane landed in St. John's on Monday.", min_confidence=0.0)
    assert [(p.text, p.country) for p in found] == [("St. John's", "CA")]


# (sentence, landmark, lat, lon, country): a landmark something happens at is placed at its town.
LANDMARKS = [
    ("The two leaders met at the White House on Tuesday to discuss the tariffs.", "White House", 38.9, -77.0, "US"),
    ("Reporters waited outside the Kremlin for hours after the ceremony.", "Kremlin", 55.75, 37.6, "RU"),
    ("The envoy visited the Knesset before flying home.", "Knesset", 31.8, 35.2, "IL"),
    ("Hundreds of farmers protested in Red Square and outside the Bundestag.", "Red Square", 55.75, 37.6, "RU"),
]


@pytest.mark.parametrize("sentence, landmark, lat, lon, country", LANDMARKS)
def test_a_landmark_in_literal_use_is_placed_at_its_town(places_of, sentence, landmark, lat, lon, country):
    place = _find(places_of(sentence), landmark)
    assert (place.kind, place.feature_class, place.country, place.geonameid) == ("site", "S", country, None)
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=0.3), pytest.approx(lon, abs=0.3))


@pytest.mark.parametrize("sentence", [
    "The White House said on Monday that the talks would resume.",  # the institution speaking
    "White House aides disputed the account of the meeting.",  # a modifier
    "The Kremlin denied that its diplomats had been expelled.",
    "Analysts blamed the Kremlin for the outage.",  # the object of a verb that goes nowhere
])
def test_a_landmark_standing_for_its_institution_is_no_place(places_of, sentence):
    assert [p.text for p in places_of(sentence) if p.kind == "site"] == []


def test_a_landmark_is_never_the_small_town_of_the_same_name(places_of):
    # White House, Tennessee (11,000 people) is what the gazetteer alone would give
    place = _find(places_of("The bill was signed at the White House in front of the families."), "White House")
    assert place.country == "US" and place.lat == pytest.approx(38.9, abs=0.1)


def test_every_landmark_names_a_town_of_the_gazetteer():
    from newsdesk.extract.place_landmarks import _town, landmark_towns

    towns = set(landmark_towns().values())
    assert len(towns) >= 15
    assert [town for town in towns if _town(*town) is None] == []


@pytest.mark.parametrize("sentence, literal", [
    ("Eight militants were killed, according to the Pentagon.", False),
    ("The senators sent a letter to the White House on Friday.", False),
    ("A statement from the Kremlin called the vote illegal.", False),
    ("The delegation flew to the Kremlin by helicopter.", True),
    ("The adviser was barred from the White House for a week.", True),
])
def test_to_and_from_put_something_at_a_landmark_only_after_a_verb_of_going(places_of, sentence, literal):
    assert bool([p for p in places_of(sentence) if p.kind == "site"]) is literal


def test_a_short_name_after_a_place_preposition(places_of):
    """"Gao" is a three-letter name the model tags a person: after "in" it is the Malian town; "Lot No. 5" is a plot."""
    found = places_of("The army of Mali attacked rebels in Gao on Sunday.")
    assert [(p.text, p.country) for p in found] == [("Mali", "ML"), ("Gao", "ML")]
    found = places_of("Randall lives at Lot No. 5 and has known the family for years.")
    assert found == []


def test_a_region_word_inside_an_organisations_name_is_no_place(places_of):
    """"Maritime" of "the United States Maritime Alliance" is not Togo's Maritime region; "Texas" opening "the
    Texas Department of Transportation" is still Texas."""
    found = {p.text: p.country for p in places_of("The United States Maritime Alliance denied that talks had "
                                                  "collapsed.", min_confidence=0.0)}
    assert "Maritime" not in found and found.get("United States") == "US"
    found = {p.text: p.country for p in places_of("The Texas Department of Transportation closed the road.",
                                                  min_confidence=0.0)}
    assert found.get("Texas") == "US"


def test_a_city_the_model_took_for_a_people_is_a_place(analyze):
    """"trapped in Khartoum and Omdurman": the small model tags Omdurman NORP; a big city's name where a place
    stands is a place, while a demonym stays one ("Afghans" is no city)."""
    article = analyze("Aid cannot reach civilians trapped in Khartoum and Omdurman, the agency said.",
                      published="2023-05-20")
    assert [(p.text, p.country) for p in article.places] == [("Khartoum", "SD"), ("Omdurman", "SD")]


def test_a_dateline_town_is_kept_and_a_group_speaker_names_its_places_one_by_one(analyze):
    """"GENEVA, Aug 14 (Wire) -" is a place by its position even where several towns share the name; and
    "Burundi, Kenya, Rwanda and Uganda have confirmed cases", one group speaker, still names four places."""
    article = analyze("GENEVA, Aug 14 (Wire) - The World Health Organization on Wednesday declared an emergency.",
                      published="2024-08-14")
    assert [(p.text, p.country) for p in article.places] == [("GENEVA", "CH")]
    article = analyze("Burundi, Kenya, Rwanda and Uganda have confirmed cases in recent weeks.",
                      published="2024-08-14")
    assert [p.text for p in article.places] == ["Burundi", "Kenya", "Rwanda", "Uganda"]


def test_a_place_the_model_took_for_a_people_is_a_place_before_its_kind(analyze):
    """"in Afghanistan's western Herat province": the small model tags Herat NORP; a known place's name before a
    word for a kind of place is that place."""
    article = analyze("A strong earthquake killed hundreds of people in Afghanistan's western Herat province on "
                      "Saturday, officials said.", published="2023-10-08")
    assert [(p.text, p.country) for p in article.places] == [("Afghanistan", "AF"), ("Herat", "AF")]


def test_a_region_far_abroad_in_a_one_country_story_is_dropped(places_of):
    """"the island of Flores" in an Indonesian story: the gazetteer has no such island, and Uruguay's Flores
    department is no place the story means; a famous city abroad stays."""
    text = ("JAKARTA, Indonesia (AP) — A volcano on the island of Flores erupted on Monday, officials in Indonesia "
            "said. Airlines cancelled flights to Bali and Denpasar, and Virgin Australia halted flights from Sydney.")
    found = [(p.text, p.country) for p in places_of(text)]
    assert ("Flores", "UY") not in found
    assert ("Sydney", "AU") in found and ("Bali", "ID") in found, found


def test_a_name_before_the_kind_of_place_it_is_is_a_place(analyze):
    """"the Kharkiv and Odesa regions": the model tags neither; the kind after them says they are places."""
    article = analyze("Russia launched drones at Ukraine overnight, damaging energy facilities in the Kharkiv and "
                      "Odesa regions, the air force said.", published="2025-03-18")
    assert {"Kharkiv", "Odesa"} <= {p.text for p in article.places}


def test_a_town_visited_is_a_place_whatever_the_model_tagged(nlp):
    """"who visited Shepparton on Thursday", tagged an organisation."""
    from newsdesk.extract.place_detect import detect_toponyms

    text = "Prime Minister Anthony Albanese, who visited Shepparton on Thursday, promised disaster payments."
    doc = parse_with_ents(nlp, text, [("Anthony Albanese", "PERSON"), ("Shepparton", "ORG"), ("Thursday", "DATE")])
    assert "Shepparton" in [t.text for t in detect_toponyms(doc)]


@pytest.mark.parametrize("text, places", [
    # a union's initials are no Slovenian municipality
    ("The IG Metall union, which represents workers in Germany, called the plan a declaration of war.", ["Germany"]),
    # abbreviations of longer names stay places, and a dateline in capitals stays a town
    ("GAO, Mali - Troops in NY and the US were ready.", ["GAO", "Mali", "NY", "US"]),
])
def test_short_capitals_that_only_spell_a_small_place_are_acronyms(nlp, text, places):
    from newsdesk.extract.place_detect import detect_toponyms

    assert [t.text for t in detect_toponyms(nlp(text))] == places


def test_each_qualified_mention_keeps_its_own_reading(places_of):
    # two namesakes, each qualified once: the bare mention after both follows the nearer one before it
    text = ("Engineers from Alexandria, Egypt, inspected the harbour; a court in Alexandria, Virginia, heard the "
            "fraud case. Jurors in Alexandria reached a verdict.")
    found = [(p.text, p.country) for p in places_of(text) if p.text == "Alexandria"]
    assert found == [("Alexandria", "EG"), ("Alexandria", "US"), ("Alexandria", "US")]


def test_a_qualifier_that_is_also_a_country_may_name_the_us_state(places_of):
    # "Georgia" alone reads as the country, but no Athens lies there: the US state holds the town
    places = places_of("A tornado damaged homes in Athens, Georgia, on Monday, the county said.")
    athens = _find(places, "Athens")
    assert (athens.country, round(athens.lat)) == ("US", 34)
    assert _find(places, "Georgia").country == "US"
    # ... but a small namesake under a famous city's name is not reached for: this lists countries
    assert _find(places_of("Envoys from Berlin, Georgia and Moldova met."), "Berlin").country == "DE"


@pytest.mark.parametrize("text, nth, country", [
    # the sentence about Libya names only Libyan places: its Tripoli is Libya's
    ("Gunmen attacked a bank in Tripoli, Lebanon, on Friday. In Libya, officials in Tripoli and Misrata "
     "announced a curfew.", 1, "LY"),
    ("Gunmen attacked a bank in Tripoli, Lebanon, on Friday. In Libya, officials in Tripoli and Misrata "
     "announced a curfew.", 0, "LB"),
    ("Growers rallied in Cordoba, Argentina, over taxes. In Spain, farmers near Cordoba and Granada held "
     "tractor marches.", 1, "ES"),
    # a sentence naming both countries decides nothing
    ("Growers rallied in Cordoba, Argentina, over taxes, while Spain watched Cordoba prices.", 1, "AR"),
])
def test_a_sentence_about_one_country_reads_a_name_there(places_of, text, nth, country):
    name = text.split(" in ")[1].split(",")[0]
    found = [p for p in places_of(text) if p.text == name]
    assert found[nth].country == country


def test_a_sentence_does_not_move_a_name_to_an_overshadowed_namesake(places_of):
    # London, Ontario is 25 times smaller than London: "from London to Toronto" is the British capital
    places = places_of("British ministers met in London and Leeds on Monday. On Tuesday the minister flew from "
                       "London to Toronto.")
    assert [p.country for p in places if p.text == "London"] == ["GB", "GB"]


@pytest.mark.parametrize("sentence, toponym, country, lat, lon", [
    # ranges, peaks and volcanoes: not the small towns that share a name ("Andes", Colombia)
    ("Two hikers went missing in the Andes after a snowstorm.", "Andes", None, -20.0, -67.0),
    ("Snow closed passes through the Hindu Kush for a week.", "Hindu Kush", None, 35.5, 70.5),
    ("The quake's epicentre lay in the High Atlas, officials said.", "High Atlas", "MA", 31.5, -6.0),
    ("Ash rose from Mount Merapi as villagers fled.", "Mount Merapi", "ID", -7.54, 110.45),
    # disputed and breakaway territories
    ("Ethnic Armenians fled Nagorno-Karabakh in long convoys.", "Nagorno-Karabakh", "AZ", 39.83, 46.75),
    ("Russian troops remain in South Ossetia, the envoy said.", "South Ossetia", "GE", 42.33, 44.0),
    ("The president of Somaliland signed a port deal.", "Somaliland", "SO", 9.5, 46.0),
    ("Rebels seized a town in North Kivu overnight.", "North Kivu", "CD", -0.8, 29.0),
    ("Coast guard vessels collided near the Spratly Islands on Monday.", "Spratly Islands", None, 10.0, 114.33),
    # seas and rivers, rivers at their mouths; "Zambezi" alone is the river, not a Namibian region
    ("Tankers were turned back at the Bab el-Mandeb strait.", "Bab el-Mandeb", None, 12.58, 43.33),
    ("Fishermen said the Zambezi had burst its banks.", "Zambezi", None, -18.8, 36.3),
    ("Barges on the Volga River were stuck in the ice.", "Volga River", "RU", 45.8, 47.9),
])
def test_ranges_territories_seas_and_rivers_news_names(places_of, sentence, toponym, country, lat, lon):
    place = _find(places_of(sentence), toponym)
    assert (place.country, place.lat, place.lon) == (country, lat, lon)


def test_the_republic_of_congo_is_not_its_bigger_neighbour(places_of):
    assert _find(places_of("Voters in the Republic of Congo chose a new parliament."),
                 "Republic of Congo").country == "CG"


@pytest.mark.parametrize("sentence, absent", [
    ("Sailors aboard the USS Peleliu trained for a week.", "Peleliu"),
    ("HMS Belfast fired a salute.", "Belfast"),
    ("Witnesses saw a red Dodge Durango leave the scene.", "Durango"),
    ("The thief drove off in a silver Hyundai Tucson.", "Tucson"),
])
def test_a_ship_or_a_car_named_after_a_place_is_no_place(places_of, sentence, absent):
    assert absent not in [p.text for p in places_of(sentence)]


def test_a_small_town_abroad_listed_among_one_countrys_towns_is_a_stray(places_of):
    # a misspelt Sydney suburb is not the Scottish town of that spelling
    places = places_of("Storm damage was worst in Campbeltown, Hornsby and Turramurra, in Sydney's north, the "
                       "New South Wales premier said.")
    assert "Campbeltown" not in [p.text for p in places]
    assert {"Hornsby", "Turramurra", "Sydney"} <= {p.text for p in places}
    # islands and states listed with a town are no towns of one country: Saipan stays
    assert "Saipan" in [p.text for p in places_of("Cruise ships called at Saipan, Guam and Honolulu this spring.")]


@pytest.mark.parametrize("sentence, toponym", [
    # a capitalised article or particle opens a town's name the model took for something else
    ("Shelling moved from El Fasher to Nyala overnight, medics said.", "El Fasher"),
])
def test_a_name_opened_by_an_article_or_particle_is_found_in_running_text(places_of, sentence, toponym):
    assert _find(places_of(sentence), toponym).country == "SD"


def test_a_capitalised_the_opens_no_place_name(places_of):
    assert "The Boston" not in [p.text for p in places_of("He wrote for The Boston Globe for a decade.")]


@pytest.mark.parametrize("sentence, toponym, country", [
    # bases and airports whose names hold no town's
    ("Tanker aircraft took off from Al Udeid Air Base before dawn.", "Al Udeid Air Base", "QA"),
    ("The last detainees left Guantanamo Bay in a military plane.", "Guantanamo Bay", "CU"),
    ("Passengers were stranded at Ben Gurion Airport for hours.", "Ben Gurion Airport", "IL"),
])
def test_bases_and_airports_are_places(places_of, sentence, toponym, country):
    assert _find(places_of(sentence), toponym).country == country


def test_a_state_naming_an_institution_places_the_town_it_stands_in(places_of):
    # the institution is in the town, so the town is in the state: Moscow, Idaho, not Russia's capital
    moscow = _find(places_of("Classes at the University of Idaho in Moscow were cancelled after a threat."), "Moscow")
    assert (moscow.country, round(moscow.lat)) == ("US", 47)


def test_a_dateline_town_qualified_by_its_small_country_stays_there(places_of):
    # the parish named like the capital reads first; the country written after it decides
    hamilton = _find(places_of("HAMILTON, Bermuda (Wire) - The island's premier raised fees on reinsurers."),
                     "HAMILTON")
    assert (hamilton.country, round(hamilton.lat)) == ("BM", 32)


def test_a_town_off_which_something_lies_is_placed(places_of):
    assert _find(places_of("A cargo ship caught fire off Hodeidah on Sunday."), "Hodeidah").country == "YE"


def test_a_region_of_one_country_qualifies_a_town_as_its_country_does(places_of):
    # Scotland is a region of the United Kingdom in the gazetteer, not a country: it still decides Perth
    perth = _find(places_of("PERTH, Scotland (Wire) - Flooding closed the town's bridges, the council said."), "PERTH")
    assert (perth.country, round(perth.lat)) == ("GB", 56)


def test_a_list_passes_its_place_frame_on_from_name_to_name(places_of):
    # the model takes the first two for people; the third, a place, vouches for the one before it, and so on
    places = places_of("Forecasters warned of more storms for Darwin, Cairns and Townsville this week.")
    assert {"Darwin", "Cairns", "Townsville"} <= {p.text for p in places}


@pytest.mark.parametrize("text", [
    "The act requires Apple, Alphabet's Google, Meta and other large tech companies to open their platforms.",
    "Regulators want platforms such as Meta to remove the videos faster.",
])
def test_a_name_listed_among_companies_is_no_place(places_of, text):
    # Meta is also a department of Colombia: a list of companies says which Meta it is
    assert "Meta" not in {p.text for p in places_of(text)}


def test_a_list_of_cities_closing_on_other_cities_keeps_its_places(places_of):
    assert {"Paris", "Lyon"} <= {p.text for p in places_of("Paris, Lyon and other cities were hit by strikes.")}


def test_the_dateline_town_of_a_story_about_another_country_is_kept(analyze):
    """A Sudan story filed from GENEVA, where the UN agencies speak, names Sudanese places four times: Geneva is
    still the dateline's town (it had been dropped as a stray abroad)."""
    a = analyze("GENEVA, Feb 14 (Wire) - Fighting has displaced 200,000 people from El Fasher this month, the "
                "International Organization for Migration said.\n\nThe agency's chief of mission in Sudan said "
                "families were arriving exhausted.\n\nThe World Food Programme warned that it would run out of food "
                "in North Darfur by the end of March.", published="2025-02-14")
    assert [(p.text, p.country) for p in a.places if p.text in ("GENEVA", "El Fasher")] == [
        ("GENEVA", "CH"), ("El Fasher", "SD")]
