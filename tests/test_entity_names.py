"""Surface forms of names: trimmed spans, name words, acronyms in parentheses."""
from __future__ import annotations

from conftest import entity_named, mention_texts


def test_half_a_bracket_or_quotation_is_not_part_of_a_name(analyze):
    # the small English model tags "Office of Coastal Affairs and Fisheries (" and '"Harbour Plan' here
    a = analyze('The Office of Coastal Affairs and Fisheries (OCAF) said on Monday that the plan would fail. '
                'They backed the "Harbour Plan" on Monday.')
    names = {e.name for e in a.entities}
    assert "Office of Coastal Affairs and Fisheries" in names and "Harbour Plan" in names
    assert not [n for n in names if "(" in n or '"' in n]


def test_headline_verb_is_not_part_of_a_name(analyze):
    a = analyze("Lorne Says Bridge Will Reopen\n\nCouncil member Ida Lorne said on Monday that the bridge would reopen.")
    lorne = entity_named(a, "Ida Lorne")
    assert "Lorne" in mention_texts(lorne)
    assert not [e for e in a.entities if "Says" in e.name]


def test_an_acronym_spelled_out_in_parentheses_joins_the_name(analyze):
    """"the Corruption Eradication Commission (KPK)": its initials are not KPK, the parentheses say it is."""
    a = analyze("The Corruption Eradication Commission (KPK) welcomed the ruling. \"No one is above the law,\" "
                "KPK deputy chairman Agus Salim said. The KPK will appeal.")
    kpk = entity_named(a, "Corruption Eradication Commission")
    assert "KPK" in set(mention_texts(kpk))
    assert not any(e.name == "KPK" for e in a.entities)


def test_a_name_ending_in_an_honorifics_spelling_is_whole(analyze):
    """"Hun Sen" is not "Hun" after the honorific "Sen.": he and his son "Hun Manet" stay two people, while an
    opening honorific is still dropped ("Sen. Marco Rubio")."""
    article = analyze("Prime Minister Hun Sen said last week that he would hand power to his son, army chief Hun "
                      "Manet. Sen. Marco Rubio objected.", published="2023-07-24")
    assert sorted(e.name for e in article.entities if e.type == "PERSON") == ["Hun Manet", "Hun Sen", "Marco Rubio"]
    (quote,) = [q for q in article.quotes if q.cue.text == "said"]
    assert next(e.name for e in article.entities if e.id == quote.speaker) == "Hun Sen"
