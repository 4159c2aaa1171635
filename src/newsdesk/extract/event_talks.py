"""Talks as events: appeals for them, refusals to hold them, journeys made for them, and talks at a distance.

"urged Pyongyang to return to dialogue" asks for talks (CAMEO 026); "Iran would not negotiate under pressure"
declines them (125); "returned to Geneva for talks" travels for them (04); "spoke by telephone" holds them at a
distance (041).
"""
from __future__ import annotations

from newsdesk.extract.event_features import INTENT_MODALS, Predicate
from newsdesk.extract.speakers import person_noun


# verbs of talks: an actor who says it will not hold them rejects them (CAMEO 125)
NEGOTIATING_VERBS = frozenset(("negotiate", "talk"))


def declines_to_talk(pred: Predicate) -> bool:
    """Return True for talks an actor says it will not hold: "Iran would not negotiate under pressure"."""
    return (pred.negated and (pred.future or pred.modal in INTENT_MODALS)
            and pred.head.lemma_.lower() in NEGOTIATING_VERBS)


PHONE_NOUNS = frozenset(("telephone", "phone", "call", "videoconference", "video"))


def phoned(verb) -> bool:
    """Return True for a verb done "by telephone", "over the phone", "by video call": talks at a distance."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in PHONE_NOUNS for g in c.children) for c in verb.children)


# going somewhere ("return to Geneva for talks", "flew to Cairo for a summit")
MOTION_VERBS = frozenset("return travel go head fly come arrive leave".split())
TALK_NOUNS = frozenset("talk talks negotiation negotiations consultation consultations meeting meetings summit "
                       "discussion discussions".split())


# "return to the negotiating table", "come back to dialogue"
TALK_PLACES = TALK_NOUNS | frozenset(("dialogue", "dialog", "table", "negotiating"))
TALKING_VERBS = frozenset("negotiate talk meet discuss".split())


def asks_for_talks(pred: Predicate) -> bool:
    """Return True when what an appeal asks for is talking: "to negotiate", "to return to dialogue"."""
    deed = pred.chain[-1]
    lemma = deed.lemma_.lower()
    if pred.chain[0].lemma_.lower() == "call":
        return False  # "called Lavrov to discuss Syria" is a telephone call, talks already
    if lemma in TALKING_VERBS:
        # "to meet security challenges" meets no one
        return not any(c.dep_ in ("dobj", "obj") and not c.ent_type_ and not person_noun(c) for c in deed.children)
    return lemma in MOTION_VERBS | {"resume", "rejoin"} and any(
        g.lower_ in TALK_PLACES for c in deed.children
        for g in ([c] if c.dep_ in ("dobj", "obj") else c.children if c.dep_ == "prep" else ()))


def _travels_for_talks(verb) -> bool:
    """Return True for a journey made for talks: "return to Geneva this week for talks on missiles"."""
    return verb.lemma_.lower() in MOTION_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in TALK_NOUNS for g in c.children)
        for c in verb.children)
