"""Actor records for an event's source and target heads: the phrase, its entity and its actor code.

:func:`make_actor` codes one phrase (its own words, the entity layer's coding, an "of" country, a possessor,
the article's home country); coordinated heads give one actor each, a group of several countries' members one
per country. The remaining helpers read an actor as the text around it does: a pronoun in a quotation is its
speaker, a capital its government, "his counterpart" the other side's.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Token

from newsdesk.extract.actor_context import DOMESTIC_SECTORS, reread_country, side_country
from newsdesk.extract.actors import ROLE_NOUNS, Coding, code_text, join_code, without_given_place_name
from newsdesk.extract.date_dateline import after_last_dash
from newsdesk.extract.event_actor_kinds import ACTOR_POS, QUANTITY_NOUNS, _counted, _relational
from newsdesk.gazetteer import capital_country
from newsdesk.records import Actor, Entity, Quote, TextSpan

MAX_PAIRS = 6  # coordinated actors: at most this many events per predicate


class _Mentions(list):
    """The article's entity mentions as (start, end, entity), with the article's single country, if any,
    and the country names its places layer read as places elsewhere (actors.place_readings)."""

    home: Optional[str] = None
    readings: Optional[dict[str, str]] = None
    toponyms: tuple[tuple[int, str], ...] = ()  # (start, alpha-3 country) of the places named by name


# prepositions the parser reads as modifiers of the noun after them
STRAY_PREPOSITIONS = frozenset(("outside", "inside", "near", "beside", "behind", "across", "around", "opposite"))


def noun_phrase(tok: Token) -> tuple[int, int]:
    """Return the token range [start, end) of ``tok``'s phrase: its left dependents and compounds."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("cc", "punct", "preconj"):
            continue
        start = min(start, c.left_edge.i)
    # "TBILISI, Georgia - Tens of thousands": a dateline the parser hung on the phrase stays out
    start = after_last_dash(tok.doc, start, tok.i)
    while start < tok.i and tok.doc[start].lower_ in STRAY_PREPOSITIONS and not tok.doc[start + 1].like_num:
        start += 1  # "gathered outside parliament" ("outside" read as an adjective); not "around 1,000 people"
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "nummod", "case") and c.i == end:
            end = c.i + 1
        else:
            break
    if tok.ent_iob_ in ("B", "I"):  # "the Bureau of Meteorology": a name runs on through its "of" phrase
        for prep in tok.rights:
            if prep.i != end or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "on"):
                break
            last = prep.right_edge.i
            if not all(t.ent_iob_ == "I" and t.ent_type_ == tok.ent_type_ for t in tok.doc[prep.i:last + 1]):
                break  # (the phrase must lie inside the name: not "the Department" + "of the ministry's ...")
            end = last + 1
    # "thousands of protesters", "ten of the 12 challengers", "some of Bolsonaro's allies"
    if tok.lower_ in QUANTITY_NOUNS or tok.pos_ == "NUM" or tok.lower_ in PARTITIVES:
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None:
            end = noun_phrase(obj)[1]
    return start, end


# words that take a part of a group named after "of"
PARTITIVES = frozenset("some many several most few all none each both".split())


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    counted = _counted(tok)  # "scores of Sierra Leonean and Liberian refugees": the refugees too
    for c in tok.conjuncts + (counted.conjuncts if counted is not tok else ()):
        # (not the pieces of one hyphenated name the parser coordinated: "Lashkar-e-Taiba")
        if c.pos_ in ACTOR_POS and c not in out and any(ch.isalpha() for ch in c.text) and not _same_name(tok, c) \
                and not (c.i > 0 and c.doc[c.i - 1].text == "-" and not c.doc[c.i - 1].whitespace_):
            out.append(c)
    return out[:MAX_PAIRS]


def _same_name(first: Token, other: Token) -> bool:
    """Return True when ``other`` continues the named entity ``first`` opens or lies in."""
    lo, hi = sorted((first.i, other.i))
    doc = first.doc
    # (not across "and" or a comma: the model may run "Gondor and Osgiliath" into one name)
    return first.ent_iob_ in ("B", "I") and all(t.ent_iob_ == "I" and t.dep_ != "cc" and t.text != ","
                                                for t in doc[lo + 1:hi + 1])


def _known_name(tok: Token, spans: _Mentions) -> bool:
    """Return True for a proper noun the entity layer holds as (part of) an entity's mention."""
    return tok.pos_ == "PROPN" and _entity_at(spans, tok.idx, tok.idx + len(tok.text), tok.idx) is not None


def _entity_at(spans: list[tuple[int, int, Entity]], start: int, end: int, head_start: int) -> Optional[Entity]:
    best = None
    for s, e, ent in spans:
        if s < end and start < e:
            if s <= head_start < e:
                return ent
            best = best or ent
    return best


def make_actor(doc: Doc, rng: tuple[int, int], head: Token, spans: _Mentions, date: Optional[str]) -> Actor:
    """Return the Actor record for the token range ``rng`` with its entity and coding."""
    span = doc[rng[0]:rng[1]]
    ent = _entity_at(spans, span.start_char, span.end_char, head.idx)
    named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None:  # "Karzai's spokesman Aimal Faizi": the spokesman, not Karzai
        ent = _entity_at(spans, named.idx, named.idx + len(named.text), named.idx) or ent
    text = span.text
    if ent is not None and ent.type == "PERSON" and not ent.group:  # "Energy Minister German Galushchenko"
        for m in ent.mentions:
            if span.start_char <= m.start and m.end <= span.end_char:
                text = text.replace(m.text, without_given_place_name(m.text, True))
    coding = code_text(text, date)
    # "the foreign minister of Egypt", "the army of Mali": the "of" country is the actor's;
    # "the president of the European Commission" is the body's (over any home-country guess)
    of_owner = _of_coding(head, date) if coding.country is None and coding.prefix is None and coding.sector else None
    if coding.country is None and coding.prefix is None:  # (before a home-country guess the entity got)
        owner = _possessor_country(head, spans)
        if owner is not None:  # "the defence ministry said its forces had struck": the ministry's forces
            coding = Coding(owner, coding.sector, join_code(owner, coding.sector), coding.group, owner)
    if ent is not None:
        country = coding.country or ent.country
        sector = coding.sector or ent.sector
        prefix = country or coding.prefix or (_prefix(ent.code) if ent.code != ent.sector else None)
        coding = Coding(country, sector, join_code(prefix, sector), coding.group, prefix)
    if coding.country is None and coding.prefix is None and head.lemma_.lower() in SERVING_NOUNS:
        # "the office of President Karzai", "Karzai's office": the principal's country and sector
        owner = next((_entity_at(spans, t.idx, t.idx + len(t.text), t.idx) for t in _owners(head)), None)
        if owner is not None and owner.country:
            sector = owner.sector or coding.sector
            coding = Coding(owner.country, sector, join_code(owner.country, sector), coding.group, owner.country)
    if of_owner is not None and of_owner.country:  # (computed only for a text with a sector, which stays ...
        # ... unless the text names only membership: "leaders of the banned TTP" are the group's, PAK INS)
        sector = of_owner.sector if of_owner.sector and head.lemma_.lower() in MEMBER_NOUNS else coding.sector
        coding = Coding(of_owner.country, sector, join_code(of_owner.country, sector), coding.group, of_owner.country)
    elif of_owner is not None and of_owner.sector == "IGO":
        coding = of_owner
    reread = reread_country(span.text, coding.country, spans.readings or {})
    if reread != coding.country:  # "Georgia Governor Brian Kemp" beside Savannah: the US state's governor
        coding = Coding(reread, coding.sector, join_code(reread, coding.sector), coding.group, reread)
    if coding.country is None and coding.prefix is None and coding.sector in DOMESTIC_SECTORS:
        # the side the sentence names ("45 civilians died on the Israeli side"), else for "officials" or "the
        # police" in an article about one country its country: the best inference from context
        country = side_country(head.sent.text) or (_sentence_country(head, spans) if coding.sector == "CVL" else None) \
            or getattr(spans, "home", None)
        if country:
            coding = Coding(country, coding.sector, join_code(country, coding.sector), coding.group, country)
    return Actor(start=span.start_char, end=span.end_char, text=span.text,
                 entity=ent.id if ent is not None else None,
                 code=coding.code, country=coding.country, sector=coding.sector)


def _sentence_country(head: Token, spans: _Mentions) -> Optional[str]:
    """Return the one country the places of ``head``'s sentence lie in ("Pakistan said 31 civilians were killed in
    the Indian strikes": PAK, whatever the article's country), else None: civilians are where they are harmed."""
    sent = head.sent
    found = {country for start, country in spans.toponyms if sent.start_char <= start < sent.end_char}
    return found.pop() if len(found) == 1 else None


# nouns that say only that people belong to the body their "of" phrase names
MEMBER_NOUNS = frozenset(("leader", "member", "head", "chief"))


def _possessor_country(head: Token, spans: _Mentions) -> Optional[str]:
    """Return the country of whoever "its", "their" or "his" stands for in "X said its forces had struck",
    "the president added that his government had asked": the subject of a verb above the noun, nearest first."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")), None)
    if owner is None or _relational(head):
        return None  # ("stood with its ally": an ally is someone else's)
    for verb in head.ancestors:
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i and c != head):
            ent = _entity_at(spans, subj.idx, subj.idx + len(subj.text), subj.idx)
            if ent is not None and ent.country:
                return ent.country
    if owner.lower_ in ("his", "her") and head.sent.start > 0:
        # "Zelenskiy thanked the senators. His forces are running short": the person the sentence before named
        before = head.doc[head.sent.start - 1].sent
        people = [e for s, _, e in spans if before.start_char <= s < before.end_char and e.type == "PERSON"
                  and not e.group and e.country]
        if people:
            return people[0].country
    return None


def _of_coding(head: Token, date: Optional[str]) -> Optional[Coding]:
    """Return the coding of ``head``'s "of" phrase ("minister of Egypt": EGY), or None when it has none."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    start, end = noun_phrase(obj)
                    return code_text(head.doc[start:end].text, date)
    return None


# Material conflict: their target is struck, so a capital there is the city itself.
STRUCK_ROOTS = frozenset(("18", "19", "20"))


def _capital_as_government(actor: Optional[Actor]) -> Optional[Actor]:
    """Return a capital named as an actor as its country's government ("Moscow denied", "urged Beijing")."""
    country = capital_country(actor.text) if actor is not None and not actor.sector else None
    if country is None:
        return actor
    return replace(actor, country=country, sector="GOV", code=join_code(country, "GOV"))


FIRST_PERSON = frozenset(("i", "we", "me", "us"))


def _actors_of(doc: Doc, heads: list[Token], spans: _Mentions, date: Optional[str]) -> list[Optional[Actor]]:
    """Return the actors of coordinated heads; one group of several countries' members is one actor per country."""
    # "the ministers of Saudi Arabia and Egypt": the parser may hang "Egypt" on "ministers" as a conjunct
    strays = heads[1:] if all(h.ent_type_ == "GPE" and h.n_lefts == 0 for h in heads[1:]) else None
    if heads and strays is not None:
        members = _member_actors(doc, heads[0], spans, date, strays)
        if members:
            return members
    return _shared_nationality(heads, [make_actor(doc, noun_phrase(t), t, spans, date) for t in heads]) or [None]


def _shared_nationality(heads: list[Token], actors: list[Actor]) -> list[Actor]:
    """"Israeli jets and helicopters": a nationality before the first of coordinated nouns is the others' too,
    when they have no modifier of their own and no country from the entity layer."""
    if len(heads) < 2 or actors[0].country is None or not any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in heads[0].children):
        return actors
    country = actors[0].country
    return [actors[0]] + [
        replace(a, country=country, code=join_code(country, a.sector))
        if a.country is None and a.entity is None and not any(c.dep_ in ("amod", "compound") for c in h.children)
        else a for h, a in zip(heads[1:], actors[1:])]


def _member_actors(doc: Doc, head: Token, spans: _Mentions, date: Optional[str],
                   strays: list[Token]) -> list[Actor]:
    """"The foreign ministers of France, Germany and Britain", "Nigerian and British troops": as GDELT
    counts them, one actor per country, each with the group's sector; [] for any other phrase."""
    listed = next((c for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                   and any(x.dep_ == "conj" for x in c.children)), None)
    if listed is None:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        listed = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if listed is None or not (strays or any(x.dep_ == "conj" for x in listed.children)):
        return []
    sector = code_text(doc[head.left_edge.i:head.i + 1].text, date).sector
    if sector is None:
        return []
    members = []
    listed_set = {listed, *listed.conjuncts, *strays}
    if listed.dep_ != "pobj":  # "British, German and Australian officers": the parser hangs "British" apart
        listed_set |= {c for c in head.children if c.dep_ == listed.dep_ and c.i < listed.i and c.ent_type_ == "NORP"}
    for tok in sorted(listed_set, key=lambda t: t.i):
        actor = make_actor(doc, noun_phrase(tok) if tok.pos_ in ACTOR_POS else (tok.i, tok.i + 1), tok, spans, date)
        if actor.country is None or code_text(actor.text, date).country is None:
            return []  # "leaders of business and labour", "Mine Safety and Health Administration": no countries
        members.append(replace(actor, sector=sector, code=join_code(actor.country, sector)))
    return members[:MAX_PAIRS]


def _counterpart_of(actor: Optional[Actor], other: Optional[Actor]) -> Optional[Actor]:
    """"The minister met his German counterpart": a counterpart holds the other side's sector."""
    if (actor is None or other is None or actor.sector or not other.sector
            or actor.text.split()[-1].lower() not in ("counterpart", "counterparts")):
        return actor
    return replace(actor, sector=other.sector, code=join_code(actor.country, other.sector))


# a nation's own bodies, named by no country: whoever addresses them addresses their own
OWN_BODIES = frozenset("parliament legislature cabinet nation lawmakers legislators parliamentarians".split())


def _own_body(actor: Optional[Actor], source: Optional[Actor]) -> Optional[Actor]:
    """"Netanyahu told parliament": the parliament is Israel's, not the dateline country's (Doha)."""
    if (actor is None or source is None or actor.entity is not None or not source.country
            or actor.text.lower().removeprefix("the ") not in OWN_BODIES or actor.country == source.country):
        return actor
    return replace(actor, country=source.country, code=join_code(source.country, actor.sector))


def _cue_speaker(actor: Optional[Actor], trigger: TextSpan, quotes: list[Quote], spans: _Mentions) -> Optional[Actor]:
    """Return a pronoun source as the speaker the attribution layer found for the same cue: in ""We have the
    proof," she told supporters" the telling is Machado's."""
    if actor is None or actor.entity is not None or actor.text.lower() not in CUE_PRONOUNS:
        return actor
    speaker = next((q.speaker for q in quotes if q.cue is not None and q.speaker
                    and q.cue.start <= trigger.start < q.cue.end), None)
    return _as_entity(actor, speaker, spans)


def _as_entity(actor: Actor, entity_id: Optional[str], spans: _Mentions) -> Actor:
    """Return the actor as the entity ``entity_id`` with its coding (unchanged when the entity is unknown)."""
    entity = next((e for _, _, e in spans if e.id == entity_id), None) if entity_id else None
    if entity is None:
        return actor
    return replace(actor, entity=entity.id, code=entity.code, country=entity.country, sector=entity.sector)


# third-person pronouns a cue's speaker resolution may name
CUE_PRONOUNS = frozenset(("he", "she", "they", "it"))


def _speaker_side(actor: Optional[Actor], speaker: Optional[str], spans: _Mentions) -> Optional[Actor]:
    """Return a first-person actor inside a quotation as its speaker: "'We hope ...,' Faizi said"."""
    if actor is None or speaker is None or actor.entity is not None or actor.text.lower() not in FIRST_PERSON:
        return actor
    return _as_entity(actor, speaker, spans)


# Nouns for the staff or office of an actor, which act for it: the people of ROLE_NOUNS and their offices.
SERVING_NOUNS = ROLE_NOUNS | frozenset("office camp team staff".split())


def _owners(head: Token) -> list[Token]:
    """The possessor or "of X" / "for X" object of a noun: whose office, whose spokesman."""
    out = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    out += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return out


def _prefix(code: Optional[str]) -> Optional[str]:
    if not code or code in ("IGO", "NGO"):
        return code
    return code[:3]
