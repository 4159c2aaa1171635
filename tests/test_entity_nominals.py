"""Role, nominal and institution mentions: what "the spokesman", "the group", "the country" refer to."""
from __future__ import annotations

import pytest

from conftest import entity_named, mention_texts, read_article


def test_the_group_is_not_the_paper_reporting_on_it(analyze):
    a = analyze("The newspaper La Voz reported on Monday that the ministry had held secret talks with the rebels. "
                "It added that the group had asked for the release of 14 jailed members.")
    paper = entity_named(a, "La Voz")
    assert "the group" not in mention_texts(paper)


def test_the_group_is_not_a_capital_tagged_as_an_organisation_and_a_coded_name_is_a_group(analyze):
    """"accuse Kinshasa of breaking a truce", tagged a body, is the government in its capital: "the group" after it
    is the rebel movement, whose name "M23" (tagged a place) names no place."""
    a = analyze("The M23 rebels accuse Kinshasa of breaking a truce signed in July. The government demanded that "
                "the group withdraw to its positions of June.")
    m23 = entity_named(a, "M23")
    assert m23.type == "ORG" and "the group" in mention_texts(m23)
    assert "the group" not in mention_texts(entity_named(a, "Kinshasa"))


def test_a_nominal_naming_another_body_is_not_the_wire_agency(analyze):
    """"the U.N. refugee agency" is no "agency" named before it (the wire service Reuters)."""
    a = analyze("THE HAGUE (Reuters) - The court issued a warrant on Thursday. A spokesman for the U.N. refugee agency "
                "said the ruling sent a strong message.")
    assert "the U.N. refugee agency" not in mention_texts(entity_named(a, "Reuters"))


def test_indefinite_role_source_becomes_an_entity(analyze):
    a = analyze(read_article("contested_talks.txt"))
    diplomat = [e for e in a.entities if "diplomat" in e.name]
    assert len(diplomat) == 1 and diplomat[0].type == "PERSON" and not diplomat[0].group


def test_head_noun_nominal_refers_to_the_named_organisation(analyze):
    text = ("Nurses at Kessel General Hospital were suspended on Monday. The Kessel Regional Health Service "
            "said an inquiry had begun, and the service promised a report. Patients at the hospital were not at risk.")
    a = analyze(text)
    service = entity_named(a, "Kessel Regional Health Service")
    hospital = entity_named(a, "Kessel General Hospital")
    assert "the service" in mention_texts(service)
    assert "the hospital" in mention_texts(hospital)


@pytest.mark.parametrize("text,name,mentions", [
    ("The envoy, Omar Haddad, said the talks were positive.", "Omar Haddad", ["The envoy", "Omar Haddad"]),
    ("A senior envoy, Omar Haddad, said the talks were positive.", "Omar Haddad", ["A senior envoy", "Omar Haddad"]),
])
def test_role_nominal_in_apposition_with_a_name_is_that_person(analyze, text, name, mentions):
    article = analyze(text)
    (person,) = [e for e in article.entities if e.type == "PERSON"]
    assert (person.name, [m.text for m in person.mentions]) == (name, mentions)
    assert article.quotes[0].speaker == person.id


def test_a_role_and_a_name_joined_by_and_stay_two_people(analyze):
    article = analyze("The minister met the envoy, and Omar Haddad said nothing.")
    names = {e.name for e in article.entities}
    assert {"envoy", "Omar Haddad"} <= names


@pytest.mark.parametrize(
    "text, name, code, mentions",
    [
        ("The Ruritanian government said on Monday it had opened talks with the rebels. The government later "
         "denied it.", "Ruritanian government", "GOV", ["The Ruritanian government", "The government"]),
        ("Pakistan's army said the border was calm.", "Pakistan's army", "PAKMIL", ["Pakistan's army"]),
        ("The Iranian foreign ministry summoned the envoy.", "Iranian foreign ministry", "IRNGOV",
         ["The Iranian foreign ministry"]),
    ],
)
def test_institution_named_by_its_country_is_one_organisation(analyze, text, name, code, mentions):
    article = analyze(text, published="2014-02-04")
    inst = next(e for e in article.entities if e.name == name)
    assert inst.type == "ORG" and not inst.group
    assert inst.code is not None and inst.code.endswith(code)
    assert [m.text for m in inst.mentions] == mentions
    # the nationality word inside is no speaker or entity of its own
    assert not any(e.type == "NORP" for e in article.entities)


def test_institution_is_the_speaker_and_government_officials_stay_a_group(analyze):
    article = analyze("The Afghan government said the talks would resume. Afghan government officials "
                      "said they had stalled.", published="2014-02-04")
    by_id = {e.id: e for e in article.entities}
    speakers = [by_id[q.speaker].name for q in article.quotes]
    assert speakers == ["Afghan government", "Afghan government officials"]


def test_spokesman_for_an_institution_named_in_apposition(analyze):
    article = analyze("A spokesman for the Afghan government, Aimal Faizi, said the talks were very positive.",
                      published="2014-02-04")
    faizi = next(e for e in article.entities if e.name == "Aimal Faizi")
    assert "A spokesman" in [m.text for m in faizi.mentions]
    assert faizi.code == "AFGGOV"
    (quote,) = article.quotes
    assert quote.speaker == faizi.id


def test_passing_qualifiers_do_not_split_an_institution(analyze):
    article = analyze("Chad's new interim government took office. Chad's government then met the "
                      "rebels, and the company that runs the port agreed.", published="2014-02-04")
    (gov,) = [e for e in article.entities if e.type == "ORG" and "government" in e.name]
    assert [m.text for m in gov.mentions] == ["Chad's new interim government", "Chad's government"]


def test_the_country_is_a_country_not_a_province_named_after_it(analyze):
    a = analyze("Peru's president faces a vote. The watches were lent by the governor of Ayacucho, officials said. "
                "Critics say she has lied to the country.")
    peru = entity_named(a, "Peru")
    assert "the country" in set(mention_texts(peru))
    assert "the country" not in set(mention_texts(entity_named(a, "Ayacucho")))


def test_the_country_a_story_opens_with_is_not_a_country_named_later(analyze):
    """A Niamey story that begins "closed the country's borders" means Niger by "the country"; France, named in
    between, does not take the later "interfering in the country's internal affairs"."""
    a = analyze("NIAMEY, March 9 (Wire) - Soldiers closed the country's borders on Monday. France halted budget "
                "support. The junta expelled the French ambassador, accusing him of interfering in the country's "
                "internal affairs.")
    assert "the country" not in set(mention_texts(entity_named(a, "France")))


def test_a_nominal_in_apposition_is_the_body_it_describes(analyze):
    """"Spotify, the Swedish firm that filed the complaint": the firm is Spotify, not Apple named before,
    and a firm is a body whatever the model tagged it."""
    article = analyze("Apple said it would appeal and accused Spotify, the Swedish firm that filed the original "
                      "complaint in 2019, of wanting to use its tools for free.", published="2024-03-04")
    firm = next(e for e in article.entities if any(m.text == "the Swedish firm" for m in e.mentions))
    assert (firm.name, firm.type) == ("Spotify", "ORG")


def test_the_agency_is_the_un_agency_named_before_not_a_name_holding_the_letters(analyze):
    """"the agency" after UNICEF is UNICEF; "Rapid" holds the letters of AP but names no news agency."""
    article = analyze("Fighters from the Rapid Support Forces stormed the village. UNICEF said 35 children were "
                      "among the dead. The agency's executive director called it a horrific attack.",
                      published="2024-06-06")
    agency = next(e for e in article.entities if any(m.text == "The agency" for m in e.mentions))
    assert agency.name == "UNICEF"


def test_a_role_word_naming_a_kind_of_thing_is_no_person(analyze):
    article = analyze("The Wad Madani Resistance Committee, a local activist group, said the village was stormed. "
                      "The army denied an official withdrawal.", published="2024-06-06")
    assert not [e.name for e in article.entities if e.type == "PERSON" and not e.group]
