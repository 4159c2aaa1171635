"""Named mentions clustered: full names and surnames, acronyms and short forms, places relabelled."""
from __future__ import annotations

import pytest

from conftest import entity_named, mention_texts, parse_with_ents, read_article


def test_acronym_joins_the_full_name(analyze):
    text = ("The New York Times published the memo on Monday. "
            "A spokeswoman for the NYT said the paper stood by its reporting.")
    a = analyze(text)
    nyt = entity_named(a, "New York Times")
    assert {"NYT", "the paper"} <= set(mention_texts(nyt))


def test_country_aliases_fold_to_one_entity(analyze):
    a = analyze("The United States imposed new tariffs. U.S. officials said the US would review them in March.")
    us = entity_named(a, "United States")
    assert {"United States", "U.S.", "US"} <= set(mention_texts(us))


def test_one_word_place_tagged_person_is_repaired(analyze):
    a = analyze(read_article("contested_talks.txt"))
    ardania = entity_named(a, "Ardania")
    assert ardania.type == "GPE" and len(ardania.mentions) == 3
    varga = entity_named(a, "Lena Varga")
    assert {"Varga", "The minister"} <= set(mention_texts(varga))


@pytest.mark.parametrize("text, town", [
    ("The contacts were arranged through a Catholic bishop in Ayacucho and took place in Huanta and in the "
     "capital, the newspaper La Voz said on Monday.", "Huanta"),
    ("The militia shelled a displacement camp near El Fasher on Tuesday, killing at least 19 people, a local aid "
     "group said.", "El Fasher"),
])
def test_town_tagged_organisation_after_a_preposition_of_setting_is_a_place(analyze, text, town):
    # the small model tags the town an organisation; every mention stands bare after "in" or "near" and the
    # gazetteer knows a town of that name
    assert entity_named(analyze(text), town).type == "GPE"


def test_a_body_after_in_stays_a_body_when_only_a_village_shares_its_name(analyze):
    # "Congress" is also a village in Arizona: too small to read the body as a place
    a = analyze("The harbour bill has such strong support in Congress that the port board gave up, officials said.")
    assert entity_named(a, "Congress").type == "ORG"


def test_title_before_a_name_codes_the_person_and_is_no_organisation(analyze):
    article = analyze("U.S. Secretary of State Ann Holloway said Washington would not accept a bad deal.",
                      published="2015-03-12")
    names = {e.name: e for e in article.entities}
    assert names["Ann Holloway"].code == "USAGOV"
    assert "State" not in names


def test_titled_name_is_a_person_even_after_a_locative_preposition(analyze):
    article = analyze("The vote dealt a setback to President Varga. The president said he would try again.",
                      published="2026-10-22")
    varga = next(e for e in article.entities if e.name == "Varga")
    assert varga.type == "PERSON"
    assert [m.text for m in varga.mentions] == ["Varga", "The president"]


def test_the_house_is_not_the_white_house(analyze):
    article = analyze("The White House said it would keep pushing. Earlier, the House passed a similar bill.",
                      published="2026-10-22")
    names = {e.name: [m.text for m in e.mentions] for e in article.entities}
    assert names["White House"] == ["White House"]
    assert names["House"] == ["House"]


def test_a_name_that_ends_a_longer_name_is_the_same_person(analyze):
    """"Osama bin Laden" ... "bin Laden": the shorter name that ends the longer one is the same person."""
    article = analyze("US officials believe Osama bin Laden is hiding in the mountains. Pakistan says bin Laden is "
                      "not in its territory.", published="2001-12-24")
    persons = [e for e in article.entities if e.type == "PERSON" and not e.group]
    assert [(e.name, len(e.mentions)) for e in persons] == [("Osama bin Laden", 2)]


@pytest.mark.parametrize("label", ["ORG", "PERSON", "NORP"])
def test_a_name_the_text_calls_a_town_is_a_place_whatever_the_model_tagged(nlp, label):
    from newsdesk.extract.entities import extract_entities

    text = "The convoy reached the town of Tessaly before dawn."
    entities = extract_entities(parse_with_ents(nlp, text, [("Tessaly", label)]))
    assert [(e.name, e.type) for e in entities] == [("Tessaly", "GPE")]


def test_a_name_beside_a_kind_of_place_it_does_not_belong_to_keeps_its_type(nlp):
    from newsdesk.extract.entities import extract_entities

    text = "Tessaly Holdings bought the town hall."
    entities = extract_entities(parse_with_ents(nlp, text, [("Tessaly Holdings", "ORG")]))
    assert [(e.name, e.type) for e in entities] == [("Tessaly Holdings", "ORG")]


def test_a_short_body_name_is_the_only_body_so_named(analyze):
    """"The Commission said" after "the European Commission" is that commission, when no other was named;
    after two committees "the Committee" stays apart."""
    article = analyze("The European Commission fined the bank on Monday. The Commission said the bank had misled "
                      "clients.", published="2024-03-04")
    assert [(e.name, len(e.mentions)) for e in article.entities if e.type == "ORG" and "ommission" in e.name] == [
        ("European Commission", 2)]
    article = analyze("The Senate Judiciary Committee and the House Ethics Committee met. The Committee said it "
                      "would vote.", published="2024-03-04")
    assert not any(m.text == "Committee" for e in article.entities if len(e.mentions) > 1 for m in e.mentions)


def test_a_known_person_opening_a_title_is_split_from_it(analyze):
    """"earning Abiy the Nobel Peace Prize", tagged one work of art: the person, then the prize."""
    article = analyze("Prime Minister Abiy Ahmed signed a peace deal in 2018, earning Abiy the Nobel Peace Prize "
                      "the following year.", published="2023-10-14")
    names = {e.name: len(e.mentions) for e in article.entities}
    assert names.get("Abiy Ahmed") == 2 and "Abiy the Nobel Peace Prize" not in names


def test_a_person_named_as_a_party_without_its_last_word_is_the_party(nlp):
    """The model tags "Georgian Dream" a person after "the ruling Georgian Dream party"."""
    from newsdesk.extract.entities import extract_entities

    text = "The ruling Georgian Dream party won the election. Orban congratulated Georgian Dream on Sunday."
    entities = extract_entities(parse_with_ents(nlp, text, [("Georgian Dream party", "ORG"), ("Orban", "PERSON"),
                                                            ("Georgian Dream", "PERSON")]))
    party = next(e for e in entities if e.name.startswith("Georgian Dream"))
    assert party.type == "ORG" and [m.text for m in party.mentions] == ["Georgian Dream party", "Georgian Dream"]


def test_a_company_called_by_the_first_word_of_its_name_is_the_company(analyze):
    # the model tags the short form a person; it is the first word of the one two-word company named
    a = analyze("The tanker is operated by Pelagos Maritime, an Athens-based company. Pelagos rejected the account.")
    company = entity_named(a, "Pelagos Maritime")
    assert company.type == "ORG" and "Pelagos" in mention_texts(company)
    assert [e.name for e in a.entities if e.name == "Pelagos"] == []


def test_a_city_tagged_person_after_towards_is_a_place(analyze):
    a = analyze("The tanker was boarded by armed men and escorted towards Bandar Abbas, the company said.")
    assert entity_named(a, "Bandar Abbas").type == "GPE"


def test_a_middle_name_used_alone_is_the_person(analyze):
    article = analyze("President Luiz Inácio Lula da Silva flew over the flooded areas on Thursday. "
                      '"We will not spare any effort," Lula told reporters in Santa Maria.', published="2024-05-03")
    lula = next(e for e in article.entities if e.name == "Luiz Inácio Lula da Silva")
    assert sorted(m.text for m in lula.mentions) == ["Luiz Inácio Lula da Silva", "Lula"]
    assert [q.content.text for q in article.quotes if q.speaker == lula.id] == ['"We will not spare any effort,"']


def test_the_full_name_the_model_left_untagged_joins_the_one_word_person(analyze):
    """"MELBOURNE (Wire) - Jannik Sinner beat ..." the model leaves untagged; "Sinner told reporters" it tags."""
    article = analyze('MELBOURNE (Wire) - Jannik Sinner beat Alexander Zverev in straight sets on Sunday. "I am very '
                      'happy," Sinner told reporters.', published="2025-01-27")
    (sinner,) = [e for e in article.entities if "Sinner" in e.name]
    assert (sinner.name, sorted(m.text for m in sinner.mentions)) == ("Jannik Sinner", ["Jannik Sinner", "Sinner"])


def test_a_titled_person_stays_a_person_when_the_surname_is_tagged_a_body(analyze):
    """"Prime Minister Sheikh Hasina" is a person; "Hasina" alone, tagged an organisation and a place further on,
    is still she (the entity had become an organisation with no code)."""
    a = analyze("DHAKA, Aug 6 (Wire) - The army chief said an interim government would be formed, a day after Prime "
                "Minister Sheikh Hasina resigned and fled to India.\n\nIndia's foreign minister told parliament that "
                "Hasina had asked for permission to come to India at very short notice.\n\nHasina's son said in a "
                "post that his mother would not return to politics.", published="2024-08-06")
    hasina = entity_named(a, "Hasina")
    assert (hasina.type, hasina.code) == ("PERSON", "BGDGOV")
    assert {"Sheikh Hasina", "Hasina"} <= set(mention_texts(hasina))


def test_a_body_named_without_its_of_phrase_is_the_same_body(analyze):
    a = analyze("South Korea's Joint Chiefs of Staff said the rockets fell into the sea. The Joint Chiefs said the "
                "launch site was near the coast.", published="2025-03-12")
    chiefs = entity_named(a, "Joint Chiefs of Staff")
    assert sorted(mention_texts(chiefs)) == ["Joint Chiefs", "Joint Chiefs of Staff"]
    assert [e.name for e in a.entities if e.name == "Joint Chiefs"] == []


def test_the_north_is_the_divided_country_the_story_named(analyze):
    a = analyze("North Korea fired two rockets on Wednesday. Last month, the North tested a new engine, and "
                "Seoul said more launches were likely.", published="2025-03-12")
    north = entity_named(a, "North Korea")
    assert ("North" in mention_texts(north), north.code) == (True, "PRK")


def test_two_relatives_with_one_surname_are_two_people(analyze):
    """"Senator Flavio Bolsonaro, his eldest son" is not Jair Bolsonaro, and the bare "Bolsonaro" used for the
    father goes on meaning him after the son is named."""
    a = analyze("Police accused former President Jair Bolsonaro of plotting a coup. Bolsonaro denied it. \"This is a "
                "witch hunt,\" said Senator Flavio Bolsonaro, his eldest son. Bolsonaro is due in court next week.",
                published="2024-11-21")
    people = {e.name: sorted(m.text for m in e.mentions) for e in a.entities if "Bolsonaro" in e.name}
    assert people == {"Jair Bolsonaro": ["Bolsonaro", "Bolsonaro", "Jair Bolsonaro"],
                      "Flavio Bolsonaro": ["Flavio Bolsonaro"]}
