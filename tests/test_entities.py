"""The entity layer end to end on the sample wire: clusters, mention offsets, ids and entity_at."""
from __future__ import annotations

import pytest

from conftest import entity_named, mention_texts
from newsdesk.extract.entities import entity_at


@pytest.fixture(scope="module")
def kabul(analyze):
    from pathlib import Path

    import newsdesk

    text = (Path(newsdesk.__file__).parent / "samples" / "kabul_talks.txt").read_text(encoding="utf-8")
    return analyze(text, published="2014-02-04")


def test_person_full_name_surname_and_role_nominal_are_one_entity(kabul):
    karzai = entity_named(kabul, "Hamid Karzai")
    assert karzai.type == "PERSON"
    assert {"Hamid Karzai", "Karzai", "the Afghan president"} <= set(mention_texts(karzai))


def test_newspaper_and_the_paper_are_one_entity(kabul):
    nyt = entity_named(kabul, "New York Times")
    assert nyt.type == "ORG"
    assert "the paper" in mention_texts(nyt)


def test_spokesman_nominal_joins_the_person_introduced_as_spokesman(kabul):
    faizi = entity_named(kabul, "Aimal Faizi")
    assert {"Faizi", "The spokesman"} <= set(mention_texts(faizi))
    kinds = {m.text: m.kind for m in faizi.mentions}
    assert kinds["The spokesman"] == "nominal" and kinds["Faizi"] == "surname"


def test_group_sources_are_entities_of_their_own(kabul):
    western = entity_named(kabul, "Western and Afghan officials")
    american = entity_named(kabul, "American officials")
    assert western.group and american.group and western.id != american.id
    # "the officials said" later refers back to the latest group of officials.
    assert "officials" in mention_texts(american)


def test_mention_offsets_index_the_text(kabul):
    for entity in kabul.entities:
        for m in entity.mentions:
            assert kabul.text[m.start : m.end] == m.text


def test_entity_ids_follow_first_mention_order(kabul):
    firsts = [min(m.start for m in e.mentions) for e in kabul.entities]
    assert firsts == sorted(firsts)
    assert [e.id for e in kabul.entities] == [f"E{i}" for i in range(1, len(kabul.entities) + 1)]


def test_entity_at_finds_the_overlapping_mention(kabul):
    start = kabul.text.index("Faizi acknowledged")
    assert entity_at(kabul.entities, start, start + 5).name == "Aimal Faizi"
    assert entity_at(kabul.entities, 0, 0) is None


def test_upper_case_dateline_is_a_place(kabul):
    kabul_entity = entity_named(kabul, "KABUL")
    assert kabul_entity.type == "GPE" and kabul_entity.mentions[0].kind == "name"
