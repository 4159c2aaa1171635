"""Group mentions: "Western and Afghan officials", "protesters in Islamabad", "dock workers".

A plural head noun of the group lexicon with its modifiers is a group entity of its own, one per
set of modifiers; a nationality that only ever modifies a group or an institution is then no
entity of its own.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsdesk.extract.entity_clusters import _Cluster
from newsdesk.extract.entity_lexicon import GROUP_HEADS
from newsdesk.extract.token_scan import indices_of
from newsdesk.records import Mention


_GROUP_TAGS = frozenset({"NNS", "NNPS", "NN"})


_GROUP_MODS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod", "poss", "quantmod"})


def _group_span(doc: Doc, head: Token, name_ends: dict[int, int]) -> Span:
    """Return the group phrase ending at ``head``: its left modifiers, coordinated ones included."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _GROUP_MODS:
            start = min(start, child.left_edge.i)
    # Cut at punctuation or a date ("March 3, 2021 - Dock workers") and drop "its"/"their".
    for j in range(head.i - 1, start - 1, -1):
        if doc[j].is_punct or doc[j].ent_type_ in ("DATE", "TIME") or doc[j].tag_ == "PRP$":
            start = j + 1
            break
    while start < head.i and doc[start].dep_ in ("cc", "punct", "det", "predet"):
        start += 1
    return doc[start : _group_end(head, name_ends) + 1]


_PLACE_OR_BODY = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


def _group_end(head: Token, name_ends: dict[int, int]) -> int:
    """Return the last token of a group phrase: "officials in Islamabad" keeps its named place or body
    (``name_ends``: the end of each named mention by its start, in characters)."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "at") and prep.i == head.i + 1:
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in _PLACE_OR_BODY and objects[0].ent_iob_ != "O":
                end = objects[0].i
                while end + 1 < len(head.doc) and head.doc[end + 1].ent_iob_ == "I":
                    end += 1
                # a name joined from two the model split: "from the Organization for ... in Europe"
                for t in head.doc[prep.i + 1:end + 1]:
                    joined = name_ends.get(t.idx)
                    if joined is not None and joined > head.doc[end].idx:
                        span = head.doc.char_span(t.idx, joined, alignment_mode="expand")
                        return span.end - 1 if span is not None else end
                return end
    return head.i


def _add_groups(doc: Doc, clusters: list[_Cluster], taken: set[int]) -> None:
    name_ends = {m.start: m.end for c in clusters if not c.group for m in c.mentions if m.kind == "name"}
    for start in indices_of(doc, GROUP_HEADS, _GROUP_TAGS):
        head = doc[start]
        if head.idx in taken or (head.dep_ == "compound" and head.head.lower_ in GROUP_HEADS):
            continue
        span = _group_span(doc, head, name_ends)
        modifiers = sorted(t.lower_ for t in span if t.is_alpha and t.dep_ != "cc" and t.i != head.i
                           and not (t.dep_ == "prep" and t.head.i == head.i))
        key = " ".join(modifiers + [head.lemma_.lower()])
        target = None
        for c in reversed(clusters):
            if not c.group:
                continue
            if key in c.keys or (not modifiers and head.lemma_.lower() in c.parts):
                target = c
                break
        if target is None:
            target = _Cluster("PERSON", group=True)
            target.names.append(span.text)
            clusters.append(target)
        target.mentions.append(Mention(span.start_char, span.end_char, span.text, "name" if modifiers else "nominal"))
        target.keys.add(key)
        target.parts.add(head.lemma_.lower())
        taken.update(range(span.start_char, span.end_char))


def _drop_group_modifiers(clusters: list[_Cluster]) -> list[_Cluster]:
    """Drop a NORP cluster whose every mention is a modifier inside a group's or an institution's mention.

    "Western and Afghan officials" is one group, "the Afghan government" one institution; "Western" there is no entity of its own
    (a nationality also used elsewhere, "the Afghan president", keeps its cluster).
    """
    spans = [(m.start, m.end) for c in clusters if (c.group and c.label == "PERSON") or c.institution
             for m in c.mentions]
    if not spans:
        return clusters

    def inside(m: Mention) -> bool:
        return any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in spans)
    return [c for c in clusters
            if not (c.label == "NORP" and c.mentions and all(inside(m) for m in c.mentions))]
