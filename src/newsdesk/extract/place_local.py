"""Small towns the article's other places vouch for: "Coggeshall" in a story about Essex.

Names of towns under MATCH_MIN_POPULATION people are not matched in running text:
too many of them are also common words or surnames. Once the article's places are
resolved, though, a capitalised name in a place's frame ("in Nenagh", "Clarinda,
Iowa") that names a small town lying in a state the article names, or near a
place it names, is that town; every other mention of the name is too.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from newsdesk.components.extensions import doc_list
from newsdesk.extract.place_detect import FALSE_FRIENDS, Toponym, given_names
from newsdesk.extract.place_misreadings import PLACE_PREPOSITIONS
from newsdesk.gazetteer import ADMIN1, COUNTRY, KIND, POP, Gazetteer, entry_km, normalize

# A town this close to a place the article names is in the story's neighbourhood.
NEAR_KM = 60.0
MAX_TOKENS = 3
# Entity labels whose words are never a town's name here.
_NOT_TOWN_LABELS = frozenset({"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                              "ORDINAL", "LANGUAGE", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
_ANCHOR_KINDS = frozenset({"city", "county", "admin1"})


def find_vouched_towns(doc: Doc, toponyms: list[Toponym], chosen: list[Optional[int]],
                       gaz: Gazetteer) -> list[tuple[Toponym, int]]:
    """Return (toponym, entry number) for the mentions of small towns the article's places vouch for."""
    anchors = [gaz.entry(n) for n in set(chosen) if n is not None and gaz.entry(n)[KIND] in _ANCHOR_KINDS]
    if not anchors:
        return []
    regions = {(e[COUNTRY], e[ADMIN1]) for e in anchors if e[ADMIN1]}
    taken = _taken_tokens(doc, toponyms)
    licensed: dict[str, int] = {}
    for token in doc:
        if not _may_open_name(token, taken) or not _in_place_frame(token):
            continue
        for size in range(MAX_TOKENS, 0, -1):
            span = doc[token.i:token.i + size]
            if len(span) < size or any(t.i in taken or not t.text[:1].isupper() for t in span):
                continue
            key = normalize(span.text)
            if key in licensed:
                break
            if len(span) == 1 and key in FALSE_FRIENDS:
                continue
            town = _vouched(gaz, key, regions, anchors)
            if town is not None:
                licensed[key] = town
                break
    if not licensed:
        return []
    found = []
    for token in doc:
        if not _may_open_name(token, taken):
            continue
        for size in range(MAX_TOKENS, 0, -1):
            span = doc[token.i:token.i + size]
            if len(span) == size and not any(t.i in taken or not t.text[:1].isupper() for t in span):
                number = licensed.get(normalize(span.text))  # ("Sanders." is no two-word name)
                if number is not None:
                    found.append((Toponym(span.start_char, span.end_char, span.text, "gazetteer"), number))
                    taken.update(range(span.start, span.end))
                    break
    return found


def _taken_tokens(doc: Doc, toponyms: list[Toponym]) -> set[int]:
    """Return the indices of tokens already in a toponym or in an entity that cannot be a town."""
    taken: set[int] = set()
    for toponym in toponyms:
        span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    for ent in doc.ents:
        if ent.label_ in _NOT_TOWN_LABELS:
            taken.update(range(ent.start, ent.end))
    # a person the entity layer knows by a given name and a surname, at every mention: "Sanders" is no town in
    # Arizona where the model tagged the surname an organisation ("Greater Sydney" taken for a person is no name)
    for entity in doc_list(doc, "newsdesk_entities"):
        words = entity.name.split()
        if entity.type == "PERSON" and not entity.group and len(words) > 1 and normalize(words[0]) in given_names():
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    taken.update(range(span.start, span.end))
    return taken


def _may_open_name(token, taken: set[int]) -> bool:
    return (token.i not in taken and token.text[:1].isupper() and not token.is_stop and not token.is_punct
            and len(token.text) > 2)


def _in_place_frame(token) -> bool:
    """Return True for "in Nenagh", "from Nenagh" or "Clarinda, Iowa"."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in PLACE_PREPOSITIONS:
        return True
    end = token.i + 1
    while end < len(doc) and end - token.i < MAX_TOKENS and doc[end].text[:1].isupper():
        end += 1
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text[:1].isupper()


def _vouched(gaz: Gazetteer, key: str, regions: set, anchors: list[tuple]) -> Optional[int]:
    """Return the most populous town named ``key`` in a region the article names or near one of its places."""
    best, best_pop = None, -1
    for number in gaz.numbers(key):
        entry = gaz.entry(number)
        if entry[KIND] != "city":
            continue
        near = (entry[COUNTRY], entry[ADMIN1]) in regions or any(
            a[COUNTRY] == entry[COUNTRY] and entry_km(a, entry) <= NEAR_KM for a in anchors)
        if near and entry[POP] > best_pop:
            best, best_pop = number, entry[POP]
    return best
