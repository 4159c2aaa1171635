"""Role, nominal and institution mentions: "the spokesman", "a senior official", "the paper", "the Afghan government".

Role words given to people are collected first ("President X", "X, a former minister"); a definite
nominal then refers back to the entity it fits ("the spokesman" to the person introduced as one,
"the paper" to the newspaper, "the country" to a country), an indefinite role becomes a person of
its own, and an institution named by its country ("Pakistan's army") becomes an organisation.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from newsdesk.extract.entity_clusters import _Cluster, _a_capital, _names_a_country, _place_known
from newsdesk.extract.entity_lexicon import (
    COUNTRY_NOMINALS,
    INSTITUTION_HEADS,
    INSTITUTION_MODIFIERS,
    ORG_NOMINALS,
    PERSON_ROLES,
    SPOKES_WORDS,
)
from newsdesk.extract.entity_names import _has_words, _head_word, _norm, _trim
from newsdesk.extract.entity_spans import _titled
from newsdesk.extract.token_scan import indices_of
from newsdesk.records import Mention


def _collect_roles(doc: Doc, clusters: list[_Cluster]) -> None:
    """Record role words given to people: titles ("President X"), appositions ("X, a former minister")."""
    by_char = {m.start: c for c in clusters if c.label == "PERSON" for m in c.mentions}
    for ent in doc.ents:
        if ent.label_ != "PERSON" and not _titled(ent):
            continue
        c = by_char.get(_trim(ent).start_char)
        if c is None:
            continue
        # Titles and descriptors just before the name: "Karzai's spokesman Aimal Faizi".
        for tok in doc[max(0, ent.start - 4) : ent.start]:
            if tok.lemma_.lower() in PERSON_ROLES:
                c.roles.add(tok.lemma_.lower())
                c.role_words.update(t.lower_ for t in doc[max(0, ent.start - 4) : ent.start] if t.is_alpha)
        # Titles inside the entity span ("President Karzai" tagged whole).
        for tok in ent:
            if tok.lower_ in PERSON_ROLES:
                c.roles.add(tok.lower_)
        # Appositions: "Aimal Faizi, Karzai's spokesman, said".
        for tok in ent.root.children:
            if tok.dep_ == "appos":
                for t in tok.subtree:
                    if t.lemma_.lower() in PERSON_ROLES:
                        c.roles.add(t.lemma_.lower())
                c.role_words.update(t.lower_ for t in tok.subtree if t.is_alpha)


@lru_cache(maxsize=8)
def _nominal_matcher(vocab) -> Matcher:
    matcher = Matcher(vocab)
    heads = sorted(PERSON_ROLES | set(ORG_NOMINALS) | COUNTRY_NOMINALS)
    det = {"LOWER": {"IN": ["the", "this", "that"]}}
    mod = {"POS": {"IN": ["ADJ", "PROPN", "NOUN", "NUM"]}, "TAG": {"NOT_IN": ["NNS", "NNPS"]}}
    head = {"LOWER": {"IN": heads}}
    for n_mods in range(0, 3):
        matcher.add("DEF_NOMINAL", [[det] + [mod] * n_mods + [head]])
    # "the service" after "Illawarra Area Health Service": a head noun naming an earlier organisation.
    matcher.add("DEF_HEADWORD", [[det, {"TAG": "NN", "IS_LOWER": True}]])
    indef = {"LOWER": {"IN": ["a", "an", "one", "another"]}}
    for n_mods in range(0, 3):
        matcher.add("INDEF_ROLE", [[indef] + [mod] * n_mods + [{"LOWER": {"IN": sorted(PERSON_ROLES | {"source"})}}]])
    return matcher


def _longest_per_head(matches: Iterable[tuple[int, int, int]]) -> dict[int, tuple[int, int, int]]:
    best: dict[int, tuple[int, int, int]] = {}
    for match_id, start, end in matches:
        if end not in best or start < best[end][1]:
            best[end] = (match_id, start, end)
    return best


def _add_nominals(doc: Doc, clusters: list[_Cluster], taken: set[int]) -> None:
    matcher = _nominal_matcher(doc.vocab)
    strings = doc.vocab.strings
    for match_id, start, end in sorted(_longest_per_head(matcher(doc)).values(), key=lambda m: m[1]):
        span = doc[start:end]
        head = span[-1]
        if span.start_char in taken or head.idx in taken:
            continue
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
            continue  # a title before a name: "the Afghan president Hamid Karzai"
        word = head.lower_
        if word in PERSON_ROLES and head.dep_ in ("compound", "amod") and head.head.i == end \
                and head.head.pos_ == "NOUN":
            continue  # a role naming a kind of thing: "a local activist group", "an official statement"
        named = _apposed_person(clusters, span)
        if named is not None and word in PERSON_ROLES:
            # "The envoy, Omar Haddad, said": the role and the name are one person
            named.mentions.append(Mention(span.start_char, span.end_char, span.text, "nominal"))
            named.roles.add(word)
            named.role_words.update(t.lower_ for t in span if t.is_alpha)
            taken.update(range(span.start_char, span.end_char))
            continue
        if strings[match_id] == "INDEF_ROLE":
            _new_role_entity(clusters, span, word)
            continue
        if strings[match_id] == "DEF_HEADWORD":
            target = _resolve_headword(clusters, span, word)
            if target is not None:
                target.mentions.append(Mention(span.start_char, span.end_char, span.text, "nominal"))
                taken.update(range(span.start_char, span.end_char))
            continue
        target = _resolve_nominal(clusters, span, word)
        if target is None and word in PERSON_ROLES:
            _new_role_entity(clusters, span, word, kind="nominal")
            continue
        if target is not None:
            target.mentions.append(Mention(span.start_char, span.end_char, span.text, "nominal"))
        taken.update(range(span.start_char, span.end_char))


# Qualifiers that do not make another body: "Afghanistan's new interim government" is its government.
_PASSING_QUALIFIERS = frozenset({"new", "current", "interim", "transitional", "caretaker", "provisional"})
_INSTITUTION_TAGS = frozenset({"NN", "NNS", "NNP"})
_MAX_NAME_WORDS = 6  # words looked at before an institution noun for its country


def _name_run_start(doc: Doc, head: int) -> int:
    """Return the first token of the title-case words, "'s" and modifiers just before ``head``."""
    start = head
    while start > 0 and head - start < _MAX_NAME_WORDS:
        t = doc[start - 1]
        if not (t.is_title or t.lower_ == "'s" or t.lower_ in INSTITUTION_MODIFIERS):
            break
        start -= 1
    return start


def _country_start(doc: Doc, start: int, head: int, place_ends: dict[int, int]) -> Optional[int]:
    """Return where the country or nationality before an institution noun starts, or None.

    The words from there must be one country/nationality mention followed only by "'s" and
    modifiers ("Central African Republic's interim government", "the Iranian Foreign Ministry")."""
    for i in range(start, head):
        mention_end = place_ends.get(doc[i].idx)
        if mention_end is None:
            continue
        j = i
        while j < head and doc[j].idx < mention_end:
            j += 1
        if all(t.lower_ == "'s" or t.lower_ in INSTITUTION_MODIFIERS for t in doc[j:head]):
            return i
    return None


def _add_institutions(doc: Doc, clusters: list[_Cluster], taken: set[int]) -> None:
    """Add "the Afghan government", "Pakistan's army", "the Iranian foreign ministry" as organisations.

    The small model tags only the nationality; without this the nationality entity would be the
    speaker of "the Afghan government said". One entity per (country word, institution) key;
    "the government" later resolves to it as a nominal."""
    # where each country or nationality mention starts and ends: the model may tag "Chad" a
    # person at its second mention, but the entity layer has already put it in Chad's cluster
    place_ends = {m.start: m.end for c in clusters if c.label in ("GPE", "NORP") for m in c.mentions}
    if not place_ends:
        return
    # the head nouns only; the words before each are read from the entity clusters
    for head_i in indices_of(doc, INSTITUTION_HEADS, _INSTITUTION_TAGS):
        end = head_i + 1
        start = _country_start(doc, _name_run_start(doc, head_i), head_i, place_ends)
        if start is None:
            continue
        span = doc[start:end]
        head = span[-1]
        if head.idx in taken or head.dep_ == "compound" or (end < len(doc) and doc[end].ent_type_ == "PERSON"):
            continue  # "Afghan government officials" is a group; "Afghan army chief X" a person
        # "Afghanistan's new interim government" and "Afghanistan's government" are one body
        key = _norm(" ".join(t.text for t in span if t.text != "'s" and t.lower_ not in _PASSING_QUALIFIERS))
        target = next((c for c in clusters if c.institution and key in c.keys), None)
        if target is None:
            target = _Cluster("ORG", institution=True)
            target.names.append(span.text)
            target.keys.add(key)
            clusters.append(target)
        mention_start = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
        m = doc[mention_start:end]
        target.mentions.append(Mention(m.start_char, m.end_char, m.text, "name"))
        taken.update(range(m.start_char, m.end_char))


def _apposed_person(clusters: list[_Cluster], span: Span) -> Optional[_Cluster]:
    """Return the person named in apposition right after a role nominal ("the envoy, Omar Haddad,")."""
    doc = span.doc
    starts = [t.idx for t in span.root.children if t.dep_ == "appos" and t.i >= span.end]
    # "A spokesman for the Afghan government, Aimal Faizi, said": the parser hangs the name on
    # the object of the role's preposition, which a person's name cannot be in apposition to
    starts += [a.idx for p in span.root.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "to", "at")
               for o in p.children if o.dep_ == "pobj" and o.ent_type_ != "PERSON"
               for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"]  # a person cluster, checked below
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "PERSON":
        starts.append(doc[span.end + 1].idx)
    for c in clusters:
        if c.label == "PERSON" and not c.group and any(m.start in starts or m.start <= s < m.end
                                                      for m in c.mentions for s in starts):
            return c
    return None


def _apposed_body(clusters: list[_Cluster], span: Span) -> Optional[_Cluster]:
    """Return the named body a nominal stands in apposition to ("Spotify, the Swedish firm that ..."): the
    firm is Spotify, not the company named last. A body the model took for a place becomes a body."""
    root = span.root
    if root.dep_ != "appos" or root.head.i >= span.start:
        return None
    at = root.head.idx
    owner = next((c for c in clusters if any(m.start <= at < m.end for m in c.mentions)), None)
    if owner is None or owner.label not in ("ORG", "GPE") or (owner.label == "GPE" and _place_known(owner)):
        return None
    owner.label = "ORG"
    return owner


def _resolve_headword(clusters: list[_Cluster], span: Span, word: str) -> Optional[_Cluster]:
    """Return the latest organisation/facility named "... <word>" before the span, if any."""
    pos = span.start_char
    candidates = [
        c for c in clusters
        if c.label in ("ORG", "FAC") and c.last_before(pos) >= 0
        and any(len(k.split()) > 1 and word in (_head_word(k), k.split()[-1]) for k in c.keys)
    ]
    return max(candidates, key=lambda c: c.last_before(pos), default=None)


def _new_role_entity(clusters: list[_Cluster], span: Span, word: str, kind: str = "name") -> None:
    c = _Cluster("PERSON")
    c.mentions.append(Mention(span.start_char, span.end_char, span.text, kind))
    c.roles.add(word)
    c.role_words.update(t.lower_ for t in span if t.is_alpha)
    name = " ".join(t.text for t in span if t.lower_ not in ("a", "an", "one", "another", "the", "this", "that"))
    c.names.append(name + _principal_named(span[-1]))
    clusters.append(c)


def _principal_named(role: Token) -> str:
    """Return " for <body>" when a spokesperson or envoy names whom they speak for ("A spokesman for the European
    Union"): the name then carries the body, and its coding with it."""
    if role.lower_ not in SPOKES_WORDS + ("envoy", "representative", "emissary"):
        return ""
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            body = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if body is not None and (body.ent_type_ in ("ORG", "GPE", "NORP") or body.pos_ == "PROPN" or any(
                    c.ent_type_ in ("ORG", "GPE", "NORP") for c in body.children)):
                return " for " + role.doc[body.left_edge.i:body.i + 1].text  # (not an apposed name after it)
    return ""


def _resolve_nominal(clusters: list[_Cluster], span: Span, word: str) -> Optional[_Cluster]:
    """Return the cluster a definite nominal ("the spokesman", "the paper") refers back to."""
    pos = span.start_char
    modifiers = {t.lower_ for t in span[1:-1]}
    if word in PERSON_ROLES:
        candidates = [c for c in clusters if c.label == "PERSON" and word in c.roles and c.last_before(pos) >= 0]
        if modifiers:
            fitting = [c for c in candidates if modifiers & c.role_words]
            candidates = fitting or candidates
        return max(candidates, key=lambda c: c.last_before(pos), default=None)
    if word in COUNTRY_NOMINALS:  # "the country" is a country, not a province named before it
        candidates = [c for c in clusters if c.label == "GPE" and c.last_before(pos) >= 0
                      and any(_names_a_country(k) for k in c.keys)]
        found = max(candidates, key=lambda c: c.last_before(pos), default=None)
        if found is not None and _unnamed_country_before(span, word, found.first):
            return None  # "the country" the story began with is its own unnamed country, not one named later
        return found
    apposed = _apposed_body(clusters, span)
    if apposed is not None:
        return apposed
    hints = ORG_NOMINALS.get(word, ())
    candidates = [
        c for c in clusters
        if c.label == "ORG" and c.last_before(pos) >= 0
        and (any(_has_words(k, h) for k in c.keys for h in hints) if hints else not c.institution)
        and not (word in BUSINESS_NOMINALS and (c.outlet or any(w in NON_BUSINESS_WORDS for k in c.keys
                                                               for w in k.split())))
        and not (word == "group" and c.outlet)  # the paper reporting on "the group" is not the group
        # "accuse Kinshasa of ...", tagged a body, is the government in its city: never "the group"
        and not (word in GROUP_NOMINALS and _a_capital(c))
        # nor is a state's own body ("Army spokesman ... operations against the group")
        and not (word in GROUP_NOMINALS and any(_head_word(k) in INSTITUTION_HEADS for k in c.keys))
    ]
    if _introduced_as_subject(span, word):
        return None  # "An al Qaeda-affiliated group said ... on Telegram ... the group said": that group
    named = {t.lower_.replace(".", "") for t in span[1:-1] if t.ent_type_ in ("ORG", "GPE")}
    if named:  # "the U.N. refugee agency" is no wire agency named before it: a body it names must be theirs
        # (a nationality or a person only describes it: "the radical Palestinian movement", "the Bush administration")
        candidates = [c for c in candidates if any(w in k.replace(".", "").split() for k in c.keys for w in named)]
    return max(candidates, key=lambda c: c.last_before(pos), default=None)


# nominals that refer back to a movement or an armed group, never to a government named by its capital
GROUP_NOMINALS = frozenset({"group", "movement", "militants", "insurgents", "organization", "organisation"})


def _unnamed_country_before(span: Span, word: str, first_named: int) -> bool:
    """True when "the country" was already used before ``first_named`` (the offset of the country found for it):
    a story from Niamey that opens with "closed the country's borders" means Niger by it, and a later "the
    country's internal affairs" does not turn into France because France was named in between."""
    return any(t.lower_ == word and t.i > 0 and t.nbor(-1).lower_ == "the" and t.idx < first_named
               for t in span.doc[:span.start])


# how far back "the group" may look for "a group" that introduced it
INTRODUCED_WINDOW = 600


def _introduced_as_subject(span: Span, word: str) -> bool:
    """Return True when a subject phrase headed by ``word`` with "a"/"an" ("An al Qaeda-affiliated group said")
    comes shortly before the nominal ``span``: "the group" refers back to that unnamed group, which the
    attribution layer makes an entity, not to a named organisation mentioned in passing."""
    doc = span.doc
    start = span.start_char - INTRODUCED_WINDOW
    return any(t.lemma_.lower() == word and t.pos_ == "NOUN" and t.idx >= start and t.dep_ in ("nsubj", "nsubjpass")
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               for t in doc[:span.start])


# "the company" is no party, ministry or army ("the Socialist Party ... the company's offices")
BUSINESS_NOMINALS = frozenset(("company", "firm"))
NON_BUSINESS_WORDS = frozenset("party ministry department council commission court army police government "
                               "movement front league committee union nations forces agency office parliament "
                               "assembly senate congress church federation organization organisation".split())
