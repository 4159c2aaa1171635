"""Actor coding from the parse: principals of spokesmen and envoys, titles, owners."""
from __future__ import annotations

import pytest

from conftest import entity_named


@pytest.mark.parametrize(
    "text, person, country, sector",
    [
        ("Karzai's spokesman Rahim Baheer praised the plan on Monday.", "Rahim Baheer", "AFG", "GOV"),
        ("Rahim Baheer, a spokesman for the Taliban, denied the report.", "Rahim Baheer", "AFG", "INS"),
        ("A Taliban spokesman, Qari Nasrat, rejected the offer.", "Qari Nasrat", "AFG", "INS"),
        # an envoy is the sender's, not the country he is sent to
        ("The United Nations envoy for Sudan, Ramtane Lamamra, called for a truce.", "Ramtane Lamamra", None, "IGO"),
    ],
)
def test_spokesman_inherits_the_principal(analyze, text, person, country, sector):
    article = analyze(text, published="2014-02-04")
    ent = entity_named(article, person)
    assert (ent.country, ent.sector) == (country, sector)


def test_spokesman_event_actor_is_the_spokesman(analyze):
    article = analyze("Karzai's spokesman Rahim Baheer rejected the proposal on Monday.", published="2014-02-04")
    ev = next(e for e in article.events if e.trigger and e.trigger.text == "rejected")
    baheer = entity_named(article, "Rahim Baheer")
    assert ev.source_actor.entity == baheer.id and ev.source_actor.country == "AFG"


def test_country_after_the_name_codes_the_person(analyze):
    # three countries named once each: no home country decides it, the "of" phrase does
    article = analyze("King Idris of Morocco told Spanish and French envoys that he would host the talks.",
                      published="1990-05-01")
    assert entity_named(article, "Idris").country == "MAR"


def test_an_institution_named_with_its_country_is_that_countrys(analyze):
    """"Brazil's Senate", "the Brazilian Senate ... the Senate" are Brazil's, not the USA Senate the bare name
    defaults to; a bare Senate in a story that names no other stays the USA's."""
    article = analyze("BRASILIA - Brazil's Senate approved the bill on Tuesday. The Senate vote was 45 to 26.",
                      published="2024-08-07")
    assert {(e.name, e.code) for e in article.entities if e.name == "Senate"} == {("Senate", "BRALEG")}
    article = analyze("The Brazilian Senate voted on Tuesday. The Senate later adjourned.", published="2024-08-07")
    assert {(e.name, e.code, len(e.mentions)) for e in article.entities if "Senate" in e.name} == {
        ("Brazilian Senate", "BRALEG", 2)}  # the only senate named
    article = analyze("The Senate voted on the bill on Tuesday.", published="2024-08-07")
    assert [e.code for e in article.entities if e.name == "Senate"] == ["USALEG"]


def test_an_agency_is_an_outlet_only_as_a_news_agency(analyze):
    """"the space agency INPE" is no news outlet; "the news agency Tass" is."""
    article = analyze("Deforestation rose 12 percent, according to the space agency INPE. The state news agency "
                      "Tass reported the figure.", published="2024-08-07")
    sectors = {e.name: e.sector for e in article.entities}
    assert sectors.get("INPE") != "MED"
    assert sectors.get("Tass") == "MED"


def test_a_spokesperson_for_a_named_body_takes_its_coding(analyze):
    article = analyze("A spokesman for the European Union said the bloc would study the reports. A spokeswoman for "
                      "the Gabonese government said the vote was fair. A spokesman for the Hare Krishna group said "
                      "the temple would reopen.", published="2025-04-14")
    codes = {e.name: e.code for e in article.entities if e.name.startswith("spokes")}
    assert codes == {"spokesman for the European Union": "IGO", "spokeswoman for the Gabonese government": "GABGOV",
                     "spokesman for the Hare Krishna group": None}


def test_a_spokesperson_speaks_for_the_state_body_the_sentence_before_names(analyze):
    article = analyze("The Kremlin dismissed the decision. Spokesman Dmitry Peskov said the measures were illegal.",
                      published="2025-01-27")
    assert [e.code for e in article.entities if e.name == "Dmitry Peskov"] == ["RUSGOV"]


def test_a_body_across_a_continent_has_no_owner_country(analyze):
    article = analyze("Lawyers took the case to the Inter-American Commission on Human Rights in Washington.")
    (body,) = [e for e in article.entities if e.name.startswith("Inter-American")]
    assert (body.country, body.code) == (None, "IGO")


def test_a_title_the_parser_hung_elsewhere_still_codes_the_name(analyze):
    """"IAEA chief Rafael Grossi travelled to Tehran": the parser made "chief" an object of "IAEA"; the title still
    makes him the agency's (IGO)."""
    article = analyze("IAEA chief Rafael Grossi travelled to Tehran last month and met the president.",
                      published="2025-09-12")
    assert entity_named(article, "Rafael Grossi").code == "IGO"


def test_an_organisation_owned_by_a_coded_actor_is_coded_like_it(analyze):
    """"the U.S. military's Central Command" serves the U.S. military; "his office" serves the president named
    before it."""
    article = analyze("Rebels attacked a base on Monday, the U.S. military's Central Command said. Chadian President "
                      "Mahamat Deby will visit the region on Friday, his office said.", published="2025-02-10")
    assert entity_named(article, "Central Command").code == "USAMIL"
    assert entity_named(article, "office").code == "TCDGOV"


def test_a_party_leader_is_a_party_actor_not_a_government_one(analyze):
    article = analyze("Party leader Aung Min told reporters the vote had been rigged.", published="2025-02-10")
    assert entity_named(article, "Aung Min").sector == "PTY"


def test_leaders_of_a_coded_body_are_coded_like_it(analyze):
    """"talks with leaders of the banned Tehreek-e-Taliban Pakistan": the leaders are the group's (PAK INS), not
    Pakistan's government; "the group" later is not the army either."""
    article = analyze("ISLAMABAD - Pakistan's army held talks with leaders of the banned Tehreek-e-Taliban Pakistan, "
                      "officials said. Army spokesman Asif Khan said operations against the group would go on.",
                      published="2025-03-04")
    assert entity_named(article, "leaders").code == "PAKINS"
    held = [e for e in article.events if e.trigger.text == "held"]
    assert [e.target_actor.code for e in held if e.target_actor and e.target_actor.text == "leaders"] == ["PAKINS"]
    assert not any(m.text == "the group" for m in entity_named(article, "Army").mentions)


def test_its_minister_serves_the_country_the_sentence_before_was_about(analyze):
    a = analyze("KINSHASA (Wire) - Rwanda has long denied backing the rebels, who seized two towns in Congo this year. "
                "Its foreign minister, Olivier Nduhungirehe, told reporters that the hard work starts now.",
                published="2025-06-28")
    assert entity_named(a, "Olivier Nduhungirehe").code == "RWAGOV"


def test_a_rebel_spokesman_is_coded_a_rebel_without_a_country(analyze):
    a = analyze("A rebel spokesman, Lawrence Kanyuka, accused the army of bombing villages overnight.",
                published="2025-06-28")
    kanyuka = entity_named(a, "Lawrence Kanyuka")
    assert (kanyuka.country, kanyuka.sector) == (None, "REB")


def test_an_officer_apposed_to_an_agencys_title_is_the_agencys(analyze):
    """The parser hangs the name on "Sudan", the title's last noun; the title's owner is the agency, the IOM."""
    a = analyze("The International Organization for Migration said 20,000 people had fled. \"They arrive with "
                "nothing,\" said the agency's chief of mission in Sudan, Mohamed Refaat.", published="2025-02-14")
    assert entity_named(a, "Mohamed Refaat").code == "IGO"
    assert {m.text for m in entity_named(a, "International Organization for Migration").mentions} == {
        "International Organization for Migration", "the agency"}
