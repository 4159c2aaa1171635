"""Which predicates of a sentence give events, beyond the one :func:`find_predicate` picks.

Processes are no actors: an aspectual verb whose subject is a thing ("the contacts began") takes its "when X
did Y" clause as the event, else a consultation or fighting with no source; harm told in an agentless passive
takes its cause ("were killed when police opened fire"); a verb of contact with an actor as object is a
consultation; a speaker's coordinated appeal is an act of its own.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newsdesk.extract.event_actor_kinds import ACTOR_ENTS, _actor_like, _fighting, _named, _target_score
from newsdesk.extract.event_arguments import _agent, _subject
from newsdesk.extract.event_codes import NONE_CLASS
from newsdesk.extract.event_features import OBJ_DEPS, SUBJ_DEPS, Predicate, lexicon_codes, predicate_at
from newsdesk.extract.event_pairs import MEETING_VERBS
from newsdesk.extract.quote_speaker_parse import speakers_second_act


def _named_actors_met(verb: Token, cls: str) -> bool:
    """Return True for a meeting of named actors ("after Trump and Xi met in Busan"): an act however unsure the
    classifier is of a clause of its own."""
    subj = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
    return cls[:2] == "04" and verb.lemma_.lower() in MEETING_VERBS and subj is not None and _named(subj)


def _speakers_own_appeal(pred: Predicate) -> str:
    """Return the REQUEST class of a speaker's second act the lexicon reads as an appeal or a demand, which the
    model, seeing the sentence's "said", takes for a statement; else no class (a coordinated statement is only
    the first one's sequel)."""
    first = pred.chain[0]
    if speakers_second_act(first) is None:
        return NONE_CLASS
    roots = {code[:2] for _, code in lexicon_codes(first)}
    return next((f"{root}:REQUEST" for root in ("02", "10") if root in roots), NONE_CLASS)


# Aspectual verbs: their subject is a process ("the talks began"), not an actor.
ASPECTUAL_VERBS = frozenset("begin start continue end resume proceed".split())
# Verbs of making contact: with an actor as object they are a consultation ("rebels approached the governor").
CONTACT_VERBS = frozenset("approach contact".split())
PROCESS_CLASS = "04:CONSULT"
FIGHTING_CLASS = "19:ASSAULT"
# verbs that say fighting goes on: "fighting raged / erupted / broke out / intensified"
FLARE_VERBS = frozenset("rage erupt break flare intensify escalate spread".split())
TIME_MARKERS = frozenset(("when", "as", "after", "before", "while", "since"))


def _process_subject(pred: Predicate) -> Optional[Token]:
    """The subject of an aspectual predicate when it is a thing, not an actor ("the contacts began")."""
    top = pred.chain[0]
    lemmas = {top.lemma_.lower(), pred.head.lemma_.lower()}
    if not lemmas & (ASPECTUAL_VERBS | FLARE_VERBS):
        return None
    if any(c.dep_ in OBJ_DEPS for t in pred.chain for c in t.children) or len(pred.chain) > 1:
        return None  # "continued their hunger strike", "began to shell": the subject acts
    subj = pred.subject if pred.subject is not None else _subject(top)
    if subj is None or subj.ent_type_ in ACTOR_ENTS or _actor_like(subj):
        return None
    if subj.pos_ != "NOUN" and not _fighting(subj):  # "fighting" is often tagged a verb
        return None
    if not lemmas & ASPECTUAL_VERBS and not _fighting(subj):
        return None  # "rage", "erupt" make a process only of fighting ("fighting raged"), not "the crowd raged"
    return subj


def _contacts_actor(pred: Predicate) -> bool:
    """Return True for "approached/contacted <an actor>": a verb of contact with an actor as object."""
    head = pred.head
    if head.lemma_.lower() not in CONTACT_VERBS or pred.negated:
        return False
    return any(c.dep_ in OBJ_DEPS and _target_score(c) >= 2 for c in head.children)


# harm told in the passive, often with what caused it in a when-clause
HARM_VERBS = frozenset("kill wound injure hurt attack hit destroy damage shoot strike".split())


def _cause_of_harm(pred: Predicate) -> Optional[Predicate]:
    """The "when X did Y" clause of a passive with no agent ("were killed when police opened fire"), if any."""
    head = pred.chain[-1]
    if head.lemma_.lower() not in HARM_VERBS or _agent(head) is not None \
            or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    clause = _time_clause(pred)
    return clause if clause is not None and clause.head.i != head.i else None


def _time_clause(pred: Predicate) -> Optional[Predicate]:
    """The "when X did Y" clause under an aspectual predicate, with an actor as subject, if any."""
    top = pred.chain[-1]
    for tok in top.subtree:
        if tok.dep_ not in ("advcl", "relcl") or tok.pos_ != "VERB" or tok.i == top.i:
            continue
        if not any(c.lower_ in TIME_MARKERS and c.dep_ in ("advmod", "mark") for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
        if subj is not None and (subj.ent_type_ in ACTOR_ENTS or _actor_like(subj)):
            found = predicate_at(tok)
            found.reporter = pred.reporter
            return found
    return None
