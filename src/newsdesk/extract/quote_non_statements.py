"""Verb cues that report no statement: acts on a party or a thing, meetings held, force, ceremonies.

"fined Apple 1.8 billion euros", "resumed talks", "fired tear gas", "the yacht was towed to St Helens", "swore in
X", "issued an arrest warrant", "refused to sign a deal" and the paper speaking of itself are no attributions,
however the cue model scores their parse.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from newsdesk.extract.event_actor_kinds import MUNITION_NOUNS
from newsdesk.extract.quote_lexicon import SPEECH_VERBS
from newsdesk.extract.quote_stance import STANCE_OF
from newsdesk.extract.speakers import ORG_TYPES, PERSON_TYPES

# "refused to sign a deal" reports an act, not a statement; "refused to comment / to endorse X" is a stance
REFUSALS = frozenset({"refuse", "decline", "fail"})
SPEECH_ACTS = frozenset(STANCE_OF) | SPEECH_VERBS | frozenset({
    "comment", "discuss", "answer", "endorse", "disavow", "apologize", "apologise", "elaborate", "specify",
    "respond", "speak", "talk", "name", "identify", "back", "support", "recognize", "recognise", "rule",
    "divulge", "release", "detail", "explain", "testify", "mention", "address", "concede", "retract", "withdraw",
})


def _unknown_act_on_a_thing(verb: Token, ctype: str, weights: dict[str, float]) -> bool:
    """True when a verb the cue model never learned acts on a named party, not on words or views:
    "fined Apple 1.8 billion euros" reports nothing ("poohed the consensus that ..." may). Such a
    verb would be scored on its parse alone."""
    lemma = verb.lemma_.lower()
    if ctype != "obj" or f"l={lemma}" in weights or lemma in SPEECH_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return False
    # "fined Apple 1.8 billion euros": the parser hangs the party on the amount
    parties = [obj] + [c for c in obj.children if c.dep_ in ("nmod", "dative") and c.i < obj.i]
    return any(p.ent_type_ in _PARTY_ENTITY_TYPES or p.pos_ == "PRON" for p in parties)


# entity types of a party acted on, never of a statement
_PARTY_ENTITY_TYPES = PERSON_TYPES | ORG_TYPES


def _this_article(doc: Doc, source: Optional[tuple[int, int]]) -> bool:
    """Return True for the paper speaking of itself: "An earlier version of this article listed ..."."""
    if source is None:
        return False
    words = [t.lower_ for t in doc[source[0]:source[1]]]
    return any(a == "this" and b in OWN_PIECES for a, b in zip(words, words[1:]))


OWN_PIECES = frozenset({"article", "story", "post", "piece", "column"})


# "resumed talks", "held negotiations": the talks are an event (CONSULT), not something said
TALK_NOUNS = frozenset("talk talks negotiation negotiations meeting meetings summit discussion discussions "
                       "consultation consultations dialogue".split())


def _holds_talks(doc: Doc, verb, cand) -> bool:
    """Return True for a verb whose object is a meeting noun: no statement is reported."""
    if cand.ctype != "obj" or verb.lemma_.lower() in SPEECH_ACTS:
        return False
    head = doc[cand.content[0]:cand.content[1]].root
    return head.lemma_.lower() in TALK_NOUNS or head.lower_ in TALK_NOUNS


# verbs of physical force: on an object they report nothing ("drones strike Ukraine's power grid"); with a
# particle or a reply they may ("shot back", "fired back at")
FORCE_VERBS = frozenset("strike bomb shell shoot kill wound injure storm raid destroy damage".split())


# what is fired, dropped or launched reports nothing: "fired tear gas and live rounds" ("proposed drones" may)
DISCHARGE_VERBS = frozenset("fire launch drop lob hurl throw shoot use spray".split())


# what an armed attack hits: "attacked ships linked to Israel", "attacked an armoured vehicle" report nothing,
# where "attacked Clinton for ..." may
ARMED_ATTACK_VERBS = frozenset(("attack", "target", "hit"))
ARMED_TARGET_NOUNS = frozenset("vehicle target ship vessel tanker boat base convoy position outpost post village town "
                               "camp airport airfield port checkpoint barracks depot patrol troops soldier forces "
                               "plant facility pipeline bridge hospital station headquarters building embassy "
                               "consulate church mosque".split())


def _force_on_a_thing(verb, ctype: str) -> bool:
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MUNITION_NOUNS for c in verb.children):
        return True  # "Indian missiles struck what New Delhi called ...": a munition says nothing
    if ctype != "obj":
        return False
    if verb.lemma_.lower() in ARMED_ATTACK_VERBS and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ARMED_TARGET_NOUNS for c in verb.children):
        return True
    if verb.lemma_.lower() in DISCHARGE_VERBS and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MUNITION_NOUNS for c in verb.children):
        return True  # ("fired a barrage of rockets": the barrage is a munition too)
    return verb.lemma_.lower() in FORCE_VERBS and not any(
        c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "back" for c in verb.children)


# prepositions of place, time, company or instrument: after a passive they tell where, when or with what something
# was done to the subject ("were admitted to hospital", "was deposed in a coup", "was attacked with hoses")
SETTING_PREPS = frozenset("in at on with to from into during after before between among within over through "
                          "under near across since".split())
# passives that put a charge or a question to their subject: "is charged with intimidation", "was challenged over"
CHARGED_PASSIVES = frozenset("charge accuse implicate challenge press question criticize criticise fault blame "
                             "quiz grill sue".split())


def _passive_event(verb, ctype: str) -> bool:
    """True for a passive with no agent whose only complement is a setting: "the yacht was towed to St Helens"
    reports an event done to its subject, not anyone's statement (PolNeAR train: 20 of 94 such predictions
    were attributions, nearly all charges or challenges, which are kept)."""
    if not ctype.startswith("prep:") or ctype[5:] not in SETTING_PREPS or verb.tag_ != "VBN":
        return False
    if verb.lemma_.lower() in CHARGED_PASSIVES:
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps and "agent" not in deps


# phrasal verbs that name a ceremony or an act, not speech: "swore in X as interim president"
CEREMONIES = frozenset({("swear", "in"), ("call", "off"), ("sign", "off")})


def _a_ceremony(verb) -> bool:
    # (the parser often reads the particle as a preposition: "swore in [congressional leader X]")
    return any((verb.lemma_.lower(), c.lower_) in CEREMONIES for c in verb.children
               if c.dep_ == "prt" or c.dep_ == "prep" and c.i == verb.i + 1)


# papers a body issues that say nothing: "issued an arrest warrant for X" reports no statement ("issued a statement",
# "issued an apology" do)
ISSUED_PAPERS = frozenset("warrant visa passport licence license permit bond bonds ticket fine subpoena summons "
                          "currency banknote stamp".split())


def _paper_issued(verb, ctype: str) -> bool:
    return ctype == "obj" and verb.lemma_.lower() == "issue" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ISSUED_PAPERS for c in verb.children)


def _refused_act(verb, ctype: str) -> bool:
    """Return True for "refused to sign a deal": a refusal whose complement is no speech act."""
    if verb.lemma_.lower() not in REFUSALS or ctype != "xcomp":
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    return bool(acts) and acts[0].lemma_.lower() not in SPEECH_ACTS
