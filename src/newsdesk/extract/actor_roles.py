"""Actor coding from the parse: people who serve a coded actor, titles before names, owners of bodies.

"Karzai's spokesman Aimal Faizi" and "a spokesman for the European Union" take their principal's
coding; "U.S. Secretary of State John Kerry" and "King Hassan of Morocco" their title's; "Brazil's
Senate" and "the U.S. military's Central Command" their owner's; a spokesperson who names no
principal, the state body the sentence before names.
"""
from __future__ import annotations

import dataclasses
from typing import Iterator, Optional

from spacy.tokens import Span

from newsdesk.extract.actor_context import reread_country
from newsdesk.extract.actor_tables import country_demonyms, country_names, sector_words
from newsdesk.extract.actors import ROLE_NOUNS, code_text, join_code, without_given_place_name
from newsdesk.extract.entity_lexicon import SPOKES_WORDS
from newsdesk.extract.entity_spans import outlet_named
from newsdesk.gazetteer import spans_a_continent
from newsdesk.records import Entity


NAMED_KINDS = ("name", "acronym", "surname")


def _entity_of(entities: list[Entity], tok, skip: str,
               kinds: Optional[tuple[str, ...]] = NAMED_KINDS) -> Optional[Entity]:
    """Return the entity other than ``skip`` a mention of which (of ``kinds``; any kind with None) covers ``tok``."""
    return next((e for e in entities if e.id != skip for m in e.mentions
                 if m.start <= tok.idx < m.end and (kinds is None or m.kind in kinds)), None)


def _mention_spans(doc, entity: Entity, kinds: Optional[tuple[str, ...]] = None) -> Iterator[Span]:
    """Yield the Doc span of each of the entity's mentions (of ``kinds`` only, when given) that covers tokens."""
    for m in entity.mentions:
        if kinds is not None and m.kind not in kinds:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            yield span


def _outlet(doc, entity: Entity) -> bool:
    """Return True for an organisation named beside an outlet noun: "the newspaper Publico"."""
    return any(outlet_named(span) for span in _mention_spans(doc, entity))


def _role_token(root):
    """The role noun the name is apposed to or modified by: "Karzai's spokesman Aimal Faizi"."""
    if root.dep_ == "appos" and root.head.lemma_.lower() in ROLE_NOUNS:
        return root.head
    # "A spokesman for the Afghan government, Aimal Faizi": the parser hangs the name on "government"
    outer = root.head.head.head if root.dep_ == "appos" and root.head.dep_ == "pobj" else None
    if outer is not None and root.head.head.dep_ == "prep" and outer.lemma_.lower() in ROLE_NOUNS:
        return outer
    for c in root.children:
        if c.dep_ in ("appos", "compound", "nmod") and c.lemma_.lower() in ROLE_NOUNS:
            return c
    return None


def _principal(role, entities: list[Entity], skip: str,
               date: Optional[str]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """The (country, sector) of the actor a role noun serves: its possessor, modifier or "for X"."""
    heads = [c for c in role.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    # "the UN envoy for Sudan": an envoy is sent to the country after "for", not its agent
    preps = ("of",) if role.lemma_.lower() in POSTED_ROLES else ("for", "of", "to")
    heads += [g for c in role.children if c.dep_ == "prep" and c.lower_ in preps
              for g in c.children if g.dep_ == "pobj"]
    for tok in heads:
        ent = _entity_of(entities, tok, skip) if tok.pos_ != "PRON" else _pronoun_owner(tok, entities, skip)
        if ent is not None and (ent.country or ent.sector == "IGO"):
            return ent.country, ent.sector
        coding = code_text(" ".join(t.text for t in tok.subtree), date)
        if coding.country or coding.sector in STATELESS_SECTORS:
            return coding.country, coding.sector  # "a rebel spokesman": the rebels', whatever their country
    return None


# sectors that say whom a spokesman serves without a country: an international body, an armed group
STATELESS_SECTORS = frozenset(("IGO", "REB", "INS"))


POSTED_ROLES = frozenset(("envoy", "emissary"))


def _pronoun_owner(pron, entities: list[Entity], skip: str) -> Optional[Entity]:
    """Return the country or body "its"/"their" stands for when a sentence opens with it: the previous sentence's
    subject ("Rwanda has long denied it. Its foreign minister, X, said ...")."""
    sent = pron.sent
    if pron.lower_ not in ("its", "their") or pron.i - sent.start > 1 or sent.start == 0:
        return None
    before = pron.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    owner = _entity_of(entities, subject, skip)
    return owner if owner is not None and owner.type in ("GPE", "ORG") else None


def _apposed_title(root, date: Optional[str]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """"Portugal's infrastructure minister, Rui Valente": the title the name is apposed to, when it
    names a country and a sector."""
    if root.dep_ != "appos" or root.head.pos_ != "NOUN" or root.head.i > root.i:
        return None
    title = root.doc[root.head.left_edge.i:root.head.i + 1].text
    coding = code_text(title, date)
    return (coding.country, coding.sector) if coding.country and coding.sector else None


def _title_of_its_owner(root, entities: list[Entity], skip: str,
                        date: Optional[str]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """"Its foreign minister, Olivier Nduhungirehe": the title's sector, and the country "its" stands for; "the
    agency's chief of mission in Sudan, Mohamed Refaat": the agency's coding (IGO)."""
    if root.dep_ != "appos" or root.head.i > root.i:
        return None
    title = root.head
    for _ in range(2):  # the parser hangs the name on the title's last noun: "chief of mission in Sudan, X"
        if title.pos_ == "NOUN" or title.dep_ != "pobj" or title.head.dep_ != "prep":
            break
        title = title.head.head
    if title.pos_ != "NOUN":
        return None
    poss = next((c for c in title.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    # (a name or a nominal: "the agency's")
    owner = _pronoun_owner(poss, entities, skip) if poss.pos_ == "PRON" else _entity_of(entities, poss, skip, None)
    if owner is None:
        return None
    if owner.sector in STATELESS_SECTORS and not owner.country:
        return None, owner.sector  # an international body's or an armed group's officer is theirs
    sector = code_text(root.doc[poss.i + 1:title.i + 1].text, date).sector
    return (owner.country, sector) if owner.country and sector else None


def _title_coding(name: Span, date: Optional[str]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """The (country, sector) a title written before a name gives: "U.S. Secretary of State John Kerry".

    The title is the name's noun phrase up to the name (its compounds, modifiers and "of"
    phrase, as the parser attaches them). "President X" gives the sector only; the article's
    country may complete it (``code_home``)."""
    root = name.root
    start = min((c.left_edge.i for c in root.children if c.i < name.start and c.dep_ in _TITLE_DEPS),
                default=_title_hung_elsewhere(name))
    country = _country_after(name, date)  # "King Hassan of Morocco"
    if start >= name.start or name.start - start > 8:
        return (country, None) if country else None
    title = name.doc[start:name.start].text
    coding = code_text(f"{title} {without_given_place_name(name.text, True)}", date)
    country = coding.country or country
    return (country, coding.sector) if country or coding.sector else None


def _country_after(name: Span, date: Optional[str]) -> Optional[str]:
    """The country of an "of X" written right after a name: "King Hassan of Morocco"."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].lower_ != "of":
        return None
    if not name.start <= doc[name.end].head.i < name.end:
        return None  # "of" hangs on something else: "the wife of ..." is no title
    obj = next((c for c in doc[name.end].children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ != "GPE":
        return None
    return code_text(" ".join(t.text for t in obj.subtree), date).country


_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# head words of a title written before a name: "IAEA chief Rafael Grossi"
TITLE_HEADS = frozenset(("chief", "head", "director", "boss"))


def _title_hung_elsewhere(name: Span) -> int:
    """Return where a title right before a name starts when the parser hung it elsewhere ("IAEA chief Rafael
    Grossi" with "chief" the object of "IAEA"), else the name's own start."""
    doc = name.doc
    before = doc[name.start - 1] if name.start > 0 else None
    if before is None or before.dep_ in _TITLE_DEPS or before.lower_ not in TITLE_HEADS:
        return name.start
    start = before.i
    while start > max(0, name.start - 4) and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
        start -= 1  # the body the title names ("IAEA", "U.N. refugee agency")
    return start if start < before.i else name.start


def _owner_country(doc, entity: Entity) -> Optional[str]:
    """Return the country a mention of an institution names as its owner: "Brazil's Senate", "the Brazilian
    Senate" (BRA), whatever country the bare name would default to."""
    names, demonyms = country_names(), country_demonyms()
    for span in _mention_spans(doc, entity):
        for c in span.root.children:
            words = doc[c.left_edge.i:c.i + 1].text.lower()
            if c.dep_ == "poss":
                found = names.get(words) or names.get(c.lower_)
            elif c.dep_ in ("amod", "compound") and c.i < span.root.i and not spans_a_continent(c):
                found = demonyms.get(c.lower_)  # (not the "American" of "Inter-American")
            else:
                continue
            if found:
                return found
    return None


def _owner_entity(doc, entity: Entity, entities: list[Entity]) -> Optional[Entity]:
    """Return the coded actor an uncoded organisation's mention names as its owner: "the U.S. military's Central
    Command" (the U.S. military), "his office" (the person named before it in the sentence)."""
    for span in _mention_spans(doc, entity):
        poss = next((c for c in span.root.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        if poss.pos_ == "PRON":
            if poss.lower_ not in ("his", "her"):
                continue
            people = [(p.start, e) for e in entities if e.type == "PERSON" and not e.group and e.country
                      for p in e.mentions if span.sent.start_char <= p.start < span.start_char]
            owner = max(people, key=lambda p: p[0])[1] if people else None
        else:
            owner = _entity_of(entities, poss, entity.id)
        if owner is not None and owner.country and owner.type != "GPE":
            return owner
    return None


def _fuller_name_country(entity: Entity, entities: list[Entity]) -> Optional[str]:
    """Return the country of the one other ORG whose name ends in this one's: "the Senate" after "the
    Brazilian Senate" is that Senate."""
    suffix = " " + entity.name.lower()
    found = {e.country for e in entities if e.type == "ORG" and e.country and e.name.lower().endswith(suffix)}
    return found.pop() if len(found) == 1 else None


def code_roles(doc, entities: list[Entity], date: Optional[str] = None,
               readings: Optional[dict[str, str]] = None) -> list[Entity]:
    """Return the entities with an uncoded person serving a coded actor coded like that actor.

    ``readings`` (place_readings) re-reads a country name in a title the places layer resolved elsewhere."""
    if not doc.has_annotation("DEP"):
        return entities
    out = []
    for e in entities:
        owner = (_owner_country(doc, e) or _fuller_name_country(e, entities)) if e.type == "ORG" else None
        if owner is not None and owner != e.country:  # "Brazil's Senate" is no USA Senate
            e = dataclasses.replace(e, country=owner, code=join_code(owner, e.sector))
        if e.type == "ORG" and e.sector is None and _outlet(doc, e):
            e = dataclasses.replace(e, sector="MED", code=join_code(e.country, "MED"))
        if e.type == "PERSON" and not e.group and e.country is None:
            for span in _mention_spans(doc, e, ("name", "surname")):
                role = _role_token(span.root)
                found = _principal(role, entities, e.id, date) if role is not None else None
                if found:  # a spokesman without a sector of his principal's is one of the role's own
                    found = (found[0], found[1] or sector_words().get(role.lemma_.lower()))
                else:
                    found = (_title_coding(span, date) or _apposed_title(span.root, date)
                             or _title_of_its_owner(span.root, entities, e.id, date))
                if found:
                    phrase = doc[span.root.left_edge.i:span.end].text  # "Georgia Governor Brian Kemp"
                    found = (reread_country(phrase, found[0], readings or {}), found[1])
                    e = dataclasses.replace(e, country=found[0], sector=found[1], code=join_code(*found))
                    break
        out.append(e)
    out = [_spokesperson_of_the_body_before(doc, e, out) for e in out]
    return [_coded_like_its_owner(doc, _coded_like_the_body_it_belongs_to(doc, e, out), out) for e in out]


def _coded_like_the_body_it_belongs_to(doc, group: Entity, entities: list[Entity]) -> Entity:
    """Return an uncoded group of people "of" a coded body coded like the body: "leaders of the banned
    Tehreek-e-Taliban Pakistan" PAK INS, "members of the security forces"; a place gives its country only
    ("leaders of Iran"); others unchanged."""
    if group.type != "PERSON" or not group.group or group.country is not None:
        return group
    for span in _mention_spans(doc, group):
        body = next((_entity_of(entities, g, group.id) for p in span.root.children if p.dep_ == "prep"
                     and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        if body is not None and body.country:
            sector = body.sector if body.type == "ORG" and body.sector else group.sector
            return dataclasses.replace(group, country=body.country, sector=sector, code=join_code(body.country, sector))
    return group


def _coded_like_its_owner(doc, entity: Entity, entities: list[Entity]) -> Entity:
    """Return an uncoded organisation coded like the actor that owns it ("the U.S. military's Central Command",
    "his office"), else unchanged."""
    held = _owner_entity(doc, entity, entities) if entity.type == "ORG" and entity.country is None else None
    if held is None:
        return entity
    sector = entity.sector or held.sector
    return dataclasses.replace(entity, country=held.country, sector=sector, code=join_code(held.country, sector))


def _spokesperson_of_the_body_before(doc, person: Entity, entities: list[Entity]) -> Entity:
    """Return a spokesperson who names no principal coded as the state body the sentence before names: "The
    Kremlin dismissed the decision. Spokesman Dmitry Peskov said ..." (RUS GOV)."""
    if person.type != "PERSON" or person.group or person.country is not None or " for " in person.name:
        return person  # ("spokesman for the Hare Krishna group" names his principal)
    first = min(m.start for m in person.mentions)
    here = doc.char_span(first, first + 1, alignment_mode="expand")
    if here is None or not len(here):
        return person
    titled = here.start > 0 and doc[here.start - 1].lower_ in SPOKES_WORDS  # "Spokesman Dmitry Peskov"
    if not titled and not any(w in m.text.lower() for m in person.mentions for w in SPOKES_WORDS):
        return person
    sent = here[0].sent
    since = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    bodies = [(m.start, e) for e in entities if e.type == "ORG" and e.country and e.sector in ("GOV", "MIL", "COP")
              for m in e.mentions if since <= m.start < first]
    if not bodies:
        return person
    body = max(bodies, key=lambda b: b[0])[1]
    return dataclasses.replace(person, country=body.country, sector=person.sector or body.sector,
                               code=join_code(body.country, person.sector or body.sector))
