"""What a token names, for the event coder: an actor, something of an actor's, a process or fighting.

Small predicates over spaCy tokens shared by the source/target finder (:mod:`.event_arguments`), the actor
records (:mod:`.event_actors`) and the event gates; :func:`_target_score` ranks how much a candidate looks like
a target actor.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newsdesk.extract.actor_tables import country_names, sector_words
from newsdesk.extract.actors import NATURAL_FEATURES
from newsdesk.extract.event_features import verb_codes

ACTOR_POS = frozenset(("NOUN", "PROPN", "PRON", "NUM"))


QUANTITY_NOUNS = frozenset("thousands hundreds dozens tens scores millions crowds".split())


ACTOR_ENTS = frozenset(("GPE", "ORG", "NORP", "PERSON"))
NON_ACTOR_ENTS = frozenset(("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"))
# pronouns that do not stand for an actor ("ease some of its restrictions")
NON_ACTOR_PRONOUNS = frozenset(
    "it this that which what itself some any all none each both many few most much several either neither".split()
)


# what is fired, dropped or launched: a means of force, never an actor ("the missiles were launched")
MUNITION_NOUNS = frozenset("gas round bullet shot missile rocket shell bomb grenade mortar drone cannon salvo volley "
                           "artillery projectile munition barrage".split())


def _named(tok: Token) -> bool:
    """Return True for a token of a named actor: an actor entity, or a proper name of no other kind."""
    return tok.ent_type_ in ACTOR_ENTS or (tok.pos_ == "PROPN" and tok.ent_type_ not in NON_ACTOR_ENTS)


def _agent_noun(tok: Token) -> bool:
    """Return True for a noun with an actor sector or a nationality: "rebels", "civilians", "Afghans"."""
    return tok.pos_ in ("NOUN", "PROPN") and _sector_or_nation(tok)


def _sector_or_nation(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in sector_words() or lemma in country_names()


def _actor_like(tok: Token) -> bool:
    """Return True for a token naming a possible actor: a named actor, a pronoun, an agent noun."""
    if _manner_of_force(tok):
        return False
    if _named(tok):
        return True
    if tok.pos_ == "PRON":
        return tok.dep_ != "poss" and tok.lower_ not in NON_ACTOR_PRONOUNS
    return _sector_or_nation(tok) or _parties_to_a_dispute(tok)


def _parties_to_a_dispute(tok: Token) -> bool:
    """Return True for "the two sides", "both sides", "the other side" (not "both sides of the border", a place)."""
    return tok.lemma_.lower() == "side" and not any(c.dep_ == "prep" for c in tok.children) and any(
        c.dep_ in ("det", "nummod", "amod") and c.lower_ in ("two", "both", "other", "either", "opposing", "warring")
        for c in tok.children)


def _manner_of_force(tok: Token) -> bool:
    """"took power by force", "with force": a bare "force" after "by" or "with" is a manner, not armed forces."""
    return (tok.lower_ == "force" and tok.dep_ == "pobj" and tok.head.lower_ in ("by", "with")
            and tok.n_lefts + tok.n_rights == 0)


# bodies and people that act but carry no sector code of their own (the gate below only)
ACTING_NOUNS = frozenset(
    "council committee commission agency board panel club team company firm group association organisation "
    "organization union court tribunal authority inspector investigator scientist researcher expert "
    "doctor crew owner member chief coalition alliance bloc regime junta".split()
)


def _actorish(tok: Optional[Token]) -> bool:
    """Return True for a head that names an actor or something of a named actor ("Israeli bulldozers")."""
    if tok is None:
        return False
    tok = _counted(tok)  # "Hundreds of young men rallied": the men
    return _actor_like(tok) or tok.lemma_.lower() in ACTING_NOUNS or _of_an_actor(tok)


def _of_an_actor(tok: Token) -> bool:
    """Return True for something of an actor's: "an army base", "Palestinian homes", "the rebels' positions"."""
    return any(c.dep_ in ("compound", "amod", "poss", "nmod") and _actor_like(c) for c in tok.children)


def _is_process(tok: Optional[Token]) -> bool:
    """Return True for a process noun standing for its parties ("the talks have not yielded a deal")."""
    return tok is not None and (tok.lemma_.lower() in PROCESS_NOUNS or _fighting(tok)) and tok.ent_type_ not in ACTOR_ENTS


def _fighting(tok: Token) -> bool:
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in WAR_NOUNS:
        # "the war broke out", not "a trade war broke out" or "a war of words erupted"
        return not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in NOT_ARMED for c in tok.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return tok.lower_ in FIGHTING_NOUNS or (tok.pos_ == "NOUN" and tok.lemma_.lower() in FIGHTING_NOUNS)


# wars and armed conflicts as processes: "the war broke out in April" is fighting by no actor named
WAR_NOUNS = frozenset({"war", "conflict", "insurgency", "uprising"})
# what makes a war no fighting: "a trade war", "a price war", "a legal conflict"
NOT_ARMED = frozenset("trade price tariff currency culture cultural legal political diplomatic media propaganda "
                      "bidding turf cold word".split())


def _counted(tok: Token) -> Token:
    """Return what a quantity counts: "dozens of targets" -> "targets", "hundreds of young men" -> "men"."""
    if tok.lower_ not in QUANTITY_NOUNS and tok.pos_ != "NUM":
        return tok
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), tok)


OWN_POSSESSIVES = frozenset(("its", "their", "his", "her", "our", "my"))


# people named by their relation to another actor; "his" does not make them the source's own
# (matched on the lemma and on the lemma less a final "s", so "allies" read as "allie" is listed too)
RELATIONAL_NOUNS = frozenset("counterpart opponent rival enemy partner ally allie donor".split())
# relations whose qualifier names the other side: "Western partners", "his Turkish counterpart"
PARTNER_NOUNS = frozenset("counterpart partner ally allie donor".split())


def _relational(tok: Token) -> bool:
    """"his German counterpart", "the Turkish counterpart", "his rivals", "Western partners"."""
    lemma = tok.lemma_.lower()
    if lemma not in RELATIONAL_NOUNS and lemma.rstrip("s") not in RELATIONAL_NOUNS:
        return False
    # "his German counterpart", "Western partners", "NATO allies" (but "a nationalist rival" or "the only
    # negotiating partner" is anyone)
    if any(c.dep_ == "poss" for c in tok.children):
        return True
    return lemma.rstrip("s") in PARTNER_NOUNS and any(c.dep_ in ("amod", "compound") and (
        c.is_title or c.ent_type_ in ("NORP", "GPE", "ORG")) for c in tok.children)


def _target_score(tok: Token) -> int:
    """Return how much a candidate looks like a target actor: named actor 3, agent noun 2, other 0."""
    tok = _counted(tok)
    if _relational(tok):
        return 2  # "met his German counterpart": the possessor's counterpart is another actor
    if tok.dep_ != "pobj" and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in tok.children):
        return -1  # "its forces", "their weapons": the source's own
    if tok.ent_type_ in ACTOR_ENTS:
        return 3
    if _a_sea_or_a_mountain(tok):
        return 0  # "fired missiles at a tanker in the Red Sea": a sea is where, never whom
    if _actor_like(tok):
        return 2
    # ("accused foreign-funded groups of ..."): a body with no sector of its own that an accusation is made against
    # is an actor still, if a weak one
    acting = tok.dep_ == "dobj" and tok.lemma_.lower() in ACTING_NOUNS and \
        (verb_codes().get(tok.head.lemma_.lower()) or "")[:2] == "11"
    return 1 if _of_an_actor(tok) or _aimed_at(tok) or acting else 0


def _a_sea_or_a_mountain(tok: Token) -> bool:
    """Return True for the head of a natural feature's name: "the Red Sea", "the Gulf of Aden"."""
    return tok.pos_ == "PROPN" and tok.lower_ in NATURAL_FEATURES


def _aimed_at(tok: Token) -> bool:
    """Return True for a nation's thing an act is aimed at: "fired water cannon at a Philippine supply boat"."""
    return (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "against")
            and any(c.dep_ == "amod" and (c.ent_type_ == "NORP" or any(g.ent_type_ == "NORP" for g in c.children))
                    for c in tok.children))  # (also "at a Liberian-flagged tanker")


def _named_thing(tok: Token) -> bool:
    """Return True for a thing named after an actor: "a U.S. Supreme Court decision", "the OPCW visit"."""
    return any(c.dep_ in ("compound", "poss", "nmod") and c.ent_type_ in ACTOR_ENTS for c in tok.children)


# Processes that are themselves consultations: "the talks are continuing" is CONSULT with no actor named.
PROCESS_NOUNS = frozenset("talk talks contact contacts negotiation negotiations meeting discussion discussions "
                          "consultation dialogue dialog".split())


# Fighting named as a process: "the fighting continued", "clashes resumed" (CAMEO 190, no source named).
# (not "bombing" or "airstrikes": "a car bombing by the Islamic State killed" keeps its agent)
FIGHTING_NOUNS = frozenset("fighting clash clashes violence battle hostility hostilities".split())
