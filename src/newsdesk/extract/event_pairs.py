"""The (source, target) pairs of one predicate: one event per pair, reciprocal for joint actions.

"India and Pakistan agreed ..." codes each with the other, "Nigerian and British forces held exercises" the
group with itself, "X met Y" goes both ways, "X and Y troops exchanged fire" each on the other.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newsdesk.extract.event_actor_kinds import ACTOR_ENTS, _target_score
from newsdesk.extract.event_arguments import MEETING_NOUNS
from newsdesk.extract.event_features import Predicate, lexicon_codes
from newsdesk.extract.event_typing import ONE_WAY_INTENTS

# verbs whose coordinated subjects act on each other, whatever the act: "exchanged fire", "traded accusations"
MUTUAL_VERBS = frozenset(("exchange", "trade", "swap"))
# verbs of sending something away: coordinated senders each send, to no one of them
SENDING_VERBS = frozenset(("send", "dispatch", "deliver", "ship", "give", "provide", "supply", "donate"))
# Joint actions whose actors all act on each other: "India and Pakistan agreed to a cease-fire",
# "Jordan and Britain held joint exercises", "X met Y" (reciprocal: both are source and target).
RECIPROCAL_ROOTS = frozenset(("03", "04", "05", "06"))
# acts two parties can only do together: "Argentina and Brazil signed a swap agreement" (057) binds each to the other
JOINT_CODES = frozenset(("057",))
MEETING_VERBS = frozenset(("meet", "host", "confer"))


def _several(tok: Token) -> bool:
    """Return True for one phrase naming several actors: "Nigerian and British forces", "the armies of A and B"."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and any(x.dep_ == "conj" for x in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(g.dep_ == "pobj" and any(x.dep_ == "conj" for x in g.children) for g in c.children):
                return True
    return False


def _pairs(src_head: Optional[Token], tgt_head: Optional[Token], sources: list, targets: list,
           cameo: str, pred: Predicate) -> list[tuple]:
    """Return the (source, target) actor pairs of one predicate, reciprocal for joint actions."""
    pairs = [(s, t) for s in sources for t in targets]
    if src_head is not None and len(sources) > 1 and pred.head.lemma_.lower() in MUTUAL_VERBS:
        return [(s, t) for s in sources for t in sources if t is not s]  # "X and Y troops exchanged fire"
    if src_head is None or cameo[:2] not in RECIPROCAL_ROOTS or pred.passive:
        return pairs
    if cameo in JOINT_CODES and len(sources) > 1 and not _signed_with(tgt_head):
        # "Congo and Rwanda signed a peace agreement ..., pledging to end fighting that has killed thousands":
        # each signed with the other, whatever a clause after it names
        return [(s, t) for s in sources for t in sources if t is not s]
    if cameo[:2] in ("04", "05") and not _consults(pred) and cameo not in JOINT_CODES:
        return pairs  # "Egypt and Jordan welcomed the truce" (051): each welcomed it, not each other
    if cameo in ONE_WAY_INTENTS:
        return pairs  # "Egypt and Turkey said they would send rescue teams" (033): each gives, to neither
    if len(pred.chain) == 1 and pred.head.lemma_.lower() in SENDING_VERBS:
        # "Brazil and Colombia sent their ambassadors to the ceremony": each sent, to neither ("agreed to give
        # concessions to the other side" is a joint agreement)
        return pairs
    # a thing of a named actor ("the OPCW visit") is a target; "a joint military exercise" is not
    weak = tgt_head is None or (_target_score(tgt_head) < 2 and not any(
        c.ent_type_ in ACTOR_ENTS for c in tgt_head.subtree))
    if weak and len(sources) > 1:  # "India and Pakistan agreed ...": each with the others
        return [(s, t) for s in sources for t in sources if t is not s]
    if weak and _several(src_head):  # "Nigerian and British armed forces agreed ...": the group with itself
        return [(s, s) for s in sources]
    if not weak and targets[0] is not None and _meeting(pred):  # "X met Y": Y met X too
        return pairs + [(t, s) for s in sources for t in targets]
    return pairs


def _signed_with(tgt_head: Optional[Token]) -> bool:
    """Return True for a party the agreement was signed with: "signed an accord with the EU"."""
    return tgt_head is not None and tgt_head.dep_ == "pobj" and tgt_head.head.lower_ == "with"


def _consults(pred: Predicate) -> bool:
    """Return True for a consultation between parties: a meeting, or a verb or object the lexicon codes 04."""
    return _meeting(pred) or any(code[:2] == "04" for t in pred.chain for _, code in lexicon_codes(t))


def _meeting(pred: Predicate) -> bool:
    """Return True for a meeting of two parties: "met Y", "hosted Y", "held talks with Y"."""
    head = pred.head
    lemma = head.lemma_.lower()
    if lemma in MEETING_VERBS:
        return True
    return lemma == "hold" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MEETING_NOUNS for c in head.children)
