"""Entities of one article: NER mentions clustered into actors, with nominal and group mentions.

"President Hamid Karzai", "Karzai" and "the Afghan president" become one entity;
"the New York Times", "NYT" and "the paper" another; "Western and Afghan
officials" is a group entity of its own. No coreference model is available, so
clustering runs on surface forms, the parse and a small role lexicon.
Pronouns are left to the attribution layer, which resolves them per speaker.

This module runs the steps in order and writes the records; each step lives in its own module:
``entity_spans`` (the model's spans repaired), ``entity_clusters`` (named mentions clustered),
``entity_nominals`` (roles, nominals and institutions), ``entity_groups`` (group mentions) and
``entity_names`` (surface forms of names).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from newsdesk.extract.entity_clusters import (
    _Cluster,
    _add_missed_surnames,
    _add_other,
    _add_person,
    _add_untagged_full_names,
    _fold_one_word_persons,
    _fold_persons_named_for_a_body,
    _fold_short_company_names,
    _merge_short_persons,
    _relabel_named_places,
    _relabel_places_tagged_person,
)
from newsdesk.extract.entity_groups import _add_groups, _drop_group_modifiers
from newsdesk.extract.entity_lexicon import ALIASES, ENTITY_LABELS
from newsdesk.extract.entity_names import _is_acronym
from newsdesk.extract.entity_nominals import _add_institutions, _add_nominals, _collect_roles
from newsdesk.extract.entity_spans import (
    BODY_WORDS,
    _a_letter,
    _apposed_names,
    _join_split_names,
    _missed_dateline,
    _office_holder,
    _portfolio_of_a_title,
    _titled,
    _widened_to_known_bodies,
    titled_person,
    _without_amount,
    _without_slug,
    outlet_named,
)
from newsdesk.records import Entity


def extract_entities(doc: Doc) -> list[Entity]:
    """Return the article's entities: each with a canonical name, a type and all its mentions."""
    clusters: list[_Cluster] = []
    persons, others = [], []
    dateline = _missed_dateline(doc)
    tagged = [e for e in doc.ents if not any(d.start < e.end and e.start < d.end for d in dateline)]
    for e in _join_split_names(_widened_to_known_bodies(tagged)) + _apposed_names(doc) + dateline:
        e = _without_slug(_without_amount(e))
        if e is None or _a_letter(e) or _portfolio_of_a_title(e):
            continue
        if e.label_ == "PERSON" and outlet_named(e):
            others.append(e)  # "the newspaper Gazeta", tagged a person: an outlet
        elif e.label_ == "PERSON" and e[-1].lower_ in BODY_WORDS:
            others.append(Span(doc, e.start, e.end, label="ORG"))  # "Cambodian People's Party" tagged a person
        elif e.label_ == "PERSON" or _titled(e):
            persons.append(e)
        elif _office_holder(e):
            persons.append(Span(doc, e.start, e.end, label="PERSON"))  # "Trump envoy" tagged a body
        elif e.label_ in ENTITY_LABELS:
            others.append(e)
    for ent in persons:
        # (a title is evidence too: "Prime Minister Sheikh Hasina" stays a person when "Hasina" is later tagged
        # a body or a place)
        _add_person(clusters, ent, evidenced=ent.label_ != "PERSON" or titled_person(ent))
    _merge_short_persons(clusters)
    for ent in others:
        _add_other(clusters, ent)
    _fold_one_word_persons(clusters)
    _fold_persons_named_for_a_body(clusters)
    _fold_short_company_names(clusters)
    if not (doc.has_annotation("TAG") and doc.has_annotation("DEP")):
        return _to_records(clusters)  # roles, nominals and groups need the tagger and parser
    _relabel_places_tagged_person(doc, clusters)
    _relabel_named_places(doc, clusters)
    _add_missed_surnames(doc, clusters)
    _add_untagged_full_names(doc, clusters)
    _collect_roles(doc, clusters)
    taken = _taken_chars(clusters)
    _add_institutions(doc, clusters, taken)
    _add_nominals(doc, clusters, taken)
    _add_groups(doc, clusters, taken)
    return _to_records(_drop_group_modifiers(clusters))


def _taken_chars(clusters: list[_Cluster]) -> set[int]:
    return {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}


def _canonical(c: _Cluster) -> str:
    if not c.names:
        return c.mentions[0].text
    if c.label == "PERSON" and not c.group:
        return max(c.names, key=lambda n: (len(n.split()), len(n)))
    for name in c.names:
        if name.lower() in ALIASES.values() or name in ALIASES.values():
            return name
    full = [n for n in c.names if not _is_acronym(n)]
    # a dateline's capitals ("BEIJING") give way to the name as the text writes it ("Beijing")
    return max(full or c.names, key=lambda n: (not (n.isupper() and not _is_acronym(n)), len(n)))


def _to_records(clusters: list[_Cluster]) -> list[Entity]:
    ordered = sorted(clusters, key=lambda c: c.first)
    entities = []
    for i, c in enumerate(ordered, start=1):
        mentions = sorted(set(c.mentions), key=lambda m: (m.start, m.end))
        entities.append(Entity(id=f"E{i}", name=_canonical(c), type=c.label, mentions=mentions, group=c.group))
    return entities


def entity_at(entities: list[Entity], start: int, end: int) -> Optional[Entity]:
    """Return the entity with a mention overlapping ``[start, end)`` most, or None."""
    best, best_overlap = None, 0
    for entity in entities:
        for m in entity.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
    return best
