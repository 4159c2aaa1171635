"""PLOVER/CAMEO events with actor coding and provenance.

Events per sentence predicate (see :mod:`newsdesk.extract.event_features`):

1. the predicate is the sentence's main verb, or the complement of a reporting verb
   ("officials said the Taliban initiated contacts" -> "initiated"), followed through
   xcomp chains ("refused to sign" -> trigger "sign", features "refuse_sign"); verbs
   coordinated with it ("killed five and wounded 40") are coded too;
2. a linear classifier (``data/events/type_model.npz``, trained by ``scripts/train_events.py``)
   gives a (CAMEO root, PLOVER type) class, adjusted for intent by ``event_rules``
   ("will support" -> AGREE, "would tighten the blockade" -> THREATEN); the CAMEO code is the class's representative
   code, refined by the verb lexicon ``data/events/verbs.tsv``; PLOVER type, mode,
   QuadClass and Goldstein value then follow from the CAMEO code (``event_codes``);
3. actors come from the dependency tree: subject -> source; target = the first actor-like
   object or prepositional object ("to" parsed as a dative included), else the best actor
   among their modifiers ("the rift between Qatar and ...", "a loan guarantee to Ukraine");
   a mere thing ("the agreement") is not a target, but a thing named after an actor ("a U.S.
   Supreme Court decision") or an actor's act ("condemned the ruling") is; in the passive,
   the by-agent is the source and the subject the target, unless the subject is a thing and
   an actor is named ("a statue was returned to Egypt"); a pronoun subject under a
   reporting verb is the reporter; "X says Y must ..." is X's demand of Y; coordinated
   actors give one event per source/target pair; joint actions are reciprocal ("India and
   Pakistan agreed ..." codes each with the other, "Nigerian and British forces held
   exercises" the group with itself) and meetings go both ways ("X met Y"); a coordinated
   verb's target is kept only when it is a named actor;
4. polarity and modality: an explicit negation ("have not yielded any deal") keeps the
   event with ``negated=True`` (consumers filter on it); modals and conditionals set
   ``hypothetical``; "will", "due", "scheduled to", "set to" set ``scheduled``;
5. non-triggers: a copula or auxiliary is never a trigger (the verb it governs may be:
   "were guilty of violating"), and a CAMEO 01 statement needs a statement verb, else the
   reporting verb above it is the trigger ("said they are confident") or there is no event;
6. processes are no actors: an aspectual verb ("began", "are continuing") whose subject is a
   thing takes its "when X did Y" clause as the event ("the contacts began when the Taliban
   approached the president" -> CONSULT Taliban -> president), else, for a consultation noun
   ("the talks are continuing"), CONSULT with no source; a process noun is never a source;
   a verb of contact with an actor as object ("approached the governor") is CONSULT; the
   staff or office of a coded actor ("the office of President X") takes its coding;
7. provenance: the innermost Quote whose content covers the trigger gives
   ``attributed_to`` (its speaker) and ``via`` (its reporting chain).

Event date and place are left to the ``newsdesk_event_context`` component.
"""
from __future__ import annotations

import re

from dataclasses import replace
from functools import lru_cache
from typing import Optional

import numpy as np
from spacy.tokens import Doc, Span, Token

from newsdesk.components.extensions import doc_list
from newsdesk.extract.actor_context import (
    DOMESTIC_SECTORS, alpha3_of, code_dateline_sentences, code_from_places, code_home, code_local_civilians,
    code_sides, context_country, place_readings, reread_country, side_country,
)
from newsdesk.extract.actor_roles import code_roles
from newsdesk.extract.actor_tables import country_names, sector_words
from newsdesk.extract.actors import (
    NATURAL_FEATURES, ROLE_NOUNS, Coding, code_entities, code_text, join_code, without_given_place_name,
)
from newsdesk.extract.date_dateline import after_last_dash, past_dateline
from newsdesk.extract.event_codes import (
    DATA_DIR, NONE_CLASS, cameo_table, class_codes, goldstein, plover_of, quad_class,
)
from newsdesk.extract.event_features import (
    NOBODY, OBJ_DEPS, PASSIVE_SUBJ_DEPS, SCHEDULE_WORDS, SUBJ_DEPS, Predicate, contrast_clause, find_predicate,
    gapped_passive, lexicon_codes, marked_no_event, participle_clause, predicate_at, predicate_features,
    secondary_predicates, verb_codes,
)
from newsdesk.extract.event_rules import (
    CONFLICT_ROOTS, PENALTY_VERBS, appeal_code, decide, declines_to_talk, declines_to_yield, intends, no_comment,
    orders_an_envoy_out, phoned, refused_by_negation, statement_trigger,
)
from newsdesk.extract.quote_lexicon import CITING_VERBS, FINITE_TAGS
from newsdesk.extract.quote_speaker_parse import speakers_second_act
from newsdesk.extract.situate import REASON_NOUNS, dateline_place, gone_to
from newsdesk.extract.speakers import person_noun
from newsdesk.gazetteer import capital_country
from newsdesk.records import Actor, Entity, Event, Quote, TextSpan

# Prepositions whose object is the target of the action ("fired at", "talks with", "aid to").
TARGET_PREPS = ("against", "to", "at", "with", "on", "toward", "towards", "into", "upon", "over", "for", "from", "of", "in")
ACTOR_POS = frozenset(("NOUN", "PROPN", "PRON", "NUM"))
LOCATIVE_PREPS = frozenset(("in", "inside", "within", "near", "outside", "across", "throughout", "around"))
PLACE_ENTS = frozenset(("GPE", "LOC", "FAC"))
# verbs whose object is the means of the act: "used force", "employed tear gas"
MEANS_VERBS = frozenset(("use", "employ"))
# verbs of taking property (CAMEO 171): what they take is the target, where they take it the place
SEIZING_VERBS = frozenset("seize confiscate impound hijack commandeer".split())
# verbs whose "in" phrase is an argument, not a location ("intervened in Syria")
IN_ARGUMENT_VERBS = frozenset("intervene interfere meddle invest involve engage participate".split())
MAX_PAIRS = 6  # coordinated actors: at most this many events per predicate
# An event needs an actor: with neither source nor target an actor ("winds fanned blazes",
# "some roads are closed"), only a classifier this sure keeps it
ACTORLESS_MIN_CONFIDENCE = 0.5
# Below this confidence a classified event (other than a statement) also needs an actor that is one of the
# article's entities or has an actor code: "opening batsmen have put the side in a dominant position", "they
# will move all the big boats" are no events, "Envoys from both sides met" is; so is an event whose verb the
# verb lexicon codes the same way ("140 protesters arrested"). Chosen on held-out benchmark
# folds (no loss there) and a hand-read sample of real news (docs/benchmarks.md).
UNNAMED_MIN_CONFIDENCE = 0.35
# A participle clause ("..., killing one person and arresting 12") is an event of its own only when the
# classifier is this sure: on real news most of those below it are sport and manner ("..., bouncing him").
PARTICIPLE_MIN_CONFIDENCE = 0.5
# "X said it will ...": a subject pronoun under a reporting verb is taken to be the reporter
SPEAKER_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))


class _Mentions(list):
    """The article's entity mentions as (start, end, entity), with the article's single country, if any,
    and the country names its places layer read as places elsewhere (actors.place_readings)."""

    home: Optional[str] = None
    readings: Optional[dict[str, str]] = None


class TypeModel:
    """The event-type classifier: sparse features -> class probabilities."""

    def __init__(self, vocab: list[str], classes: list[str], weights: np.ndarray) -> None:
        self.index = {f: i for i, f in enumerate(vocab)}
        self.classes = classes
        self.weights = weights.astype(np.float32)
        # bag-of-words features count half, as in training
        self.scale = np.array([0.5 if f.startswith("w=") else 1.0 for f in vocab], dtype=np.float32)

    def predict(self, feats: list[str]) -> np.ndarray:
        """Return the class probabilities for one predicate's features."""
        rows = [self.index[f] for f in feats if f in self.index]
        if not rows:
            return np.full(len(self.classes), 1.0 / len(self.classes), dtype=np.float32)
        scores = self.scale[rows] @ self.weights[rows]
        scores -= scores.max()
        p = np.exp(scores)
        return p / p.sum()


@lru_cache(maxsize=1)
def type_model() -> Optional[TypeModel]:
    """Return the shipped classifier, or None when the model file is missing."""
    path = DATA_DIR / "type_model.npz"
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        vocab = bytes(z["vocab"]).decode("utf-8").split("\n")
        classes = bytes(z["classes"]).decode("utf-8").split("\n")
        weights = z["weights"]
    return TypeModel(vocab, classes, weights)


# CAMEO codes an intention by the act intended: "will visit Beijing to meet" is 036 (express intent to
# meet or negotiate), "will support the resolution" 032, "will train its troops" 031, "will send aid" 033,
# "will release the prisoners" 035.
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# intentions that go from the actors to someone else, not between them (support, aid, concessions)
ONE_WAY_INTENTS = frozenset(("032", "033", "035"))


def refine_code(code: str, pred: Predicate) -> str:
    """Return a finer CAMEO code under ``code``'s root when the verb lexicon knows the trigger."""
    root = code[:2]
    if root == "04" and phoned(pred.head):
        return "041"  # discuss by telephone
    if root == "01" and no_comment(pred):
        return "011"  # decline comment
    if root == "17" and pred.head.lemma_.lower() in PENALTY_VERBS:
        return "172"  # a fine: administrative sanctions
    for first, then in zip(pred.chain, pred.chain[1:]):  # "declined to comment": the pair's code, 011
        found = verb_codes().get(f"{first.lemma_.lower()} {then.lemma_.lower()}")
        if found and found[:2] == root and found in cameo_table():
            return found
    for tok in reversed(pred.chain):
        # wide: "talks were held" and "pledged $200,000 in assistance" name their object too
        for _, found in lexicon_codes(tok, wide=True):
            if found[:2] == root and found in cameo_table():
                if found == "030":
                    break  # "offered to mediate": the general intent; what is intended may say more
                return found
    if code == "120" and declines_to_yield(pred):
        return "124"  # "would not give up territory": decline to yield
    if code == "120" and declines_to_talk(pred):
        return "125"  # "would not negotiate under pressure": reject proposal to meet or negotiate
    if code == "130" and any(found[:2] == "14" for _, found in lexicon_codes(pred.head)):
        return "133"  # "vowed to keep protesting": threaten with political dissent, protest
    if code == "030" and intends(pred):
        intended = next((found for tok in reversed(pred.chain) for _, found in lexicon_codes(tok)), None)
        if intended == "045":
            return "039"  # "offered to mediate": intent to mediate, not to meet
        if intended and intended[:2] in INTENT_CODES and INTENT_CODES[intended[:2]] in cameo_table():
            return INTENT_CODES[intended[:2]]
    return code


# ---------------------------------------------------------------- actors

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
    if tok.lower_ in QUANTITY_NOUNS or tok.pos_ == "NUM":  # "thousands of protesters", "ten of the 12 challengers"
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None:
            end = noun_phrase(obj)[1]
    return start, end


QUANTITY_NOUNS = frozenset("thousands hundreds dozens tens scores millions crowds".split())


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    counted = _counted(tok)  # "scores of Sierra Leonean and Liberian refugees": the refugees too
    for c in tok.conjuncts + (counted.conjuncts if counted is not tok else ()):
        # (not the pieces of one hyphenated name the parser coordinated: "Lashkar-e-Taiba")
        if c.pos_ in ACTOR_POS and c not in out and any(ch.isalpha() for ch in c.text) and not _same_name(tok, c) \
                and not (c.i > 0 and c.doc[c.i - 1].text == "-" and not c.doc[c.i - 1].whitespace_):
            out.append(c)
    return out[:MAX_PAIRS]


def _named_actors_met(verb: Token, cls: str) -> bool:
    """Return True for a meeting of named actors ("after Trump and Xi met in Busan"): an act however unsure the
    classifier is of a clause of its own."""
    subj = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
    return cls[:2] == "04" and verb.lemma_.lower() in MEETING_VERBS and subj is not None and _named(subj)


def _glued_prefix(tok: Token) -> bool:
    """Return True for the first part of a hyphenated word the tokenizer split ("re" in "re-open")."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-"
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha)


def _same_name(first: Token, other: Token) -> bool:
    """Return True when ``other`` continues the named entity ``first`` opens or lies in."""
    lo, hi = sorted((first.i, other.i))
    doc = first.doc
    # (not across "and" or a comma: the model may run "Gondor and Osgiliath" into one name)
    return first.ent_iob_ in ("B", "I") and all(t.ent_iob_ == "I" and t.dep_ != "cc" and t.text != ","
                                                for t in doc[lo + 1:hi + 1])


def _subject(verb: Token) -> Optional[Token]:
    cur = speakers_second_act(verb) or verb  # "said ... but accused the army": the speaker accused
    for _ in range(4):
        subjects = [c for c in cur.children if c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS]
        if subjects:
            # "KABUL - The Taliban initiated ...": a dateline parsed as a second subject; take the nearest
            before = [c for c in subjects if c.i < cur.i]
            return past_dateline(before[-1] if before else subjects[0])
        if cur.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl") and cur.head.i != cur.i:
            if cur.dep_ in ("acl", "relcl"):
                return cur.head
            cur = cur.head
        else:
            break
    return None


def _agent(verb: Token) -> Optional[Token]:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


ACTOR_ENTS = frozenset(("GPE", "ORG", "NORP", "PERSON"))
NON_ACTOR_ENTS = frozenset(("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"))
# pronouns that do not stand for an actor ("ease some of its restrictions")
NON_ACTOR_PRONOUNS = frozenset(
    "it this that which what itself some any all none each both many few most much several either neither".split()
)
NESTED_PREPS = ("between", "with", "against", "to", "of", "by", "from", "on", "in", "for", "into", "about", "over", "at")


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
    return _sector_or_nation(tok)


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


def _candidates(verb: Token, venue: bool = False) -> list[Token]:
    """Return the verb's possible targets; with ``venue``, a place in a locative phrase is left out."""
    # ("used excessive force against protesters": what is used is the means, not the target)
    described = any(c.dep_ in ("dobj", "obj") for c in verb.children)
    out = [_apposed_name(c) for c in verb.children if c.dep_ in OBJ_DEPS and _apposed_name(c).pos_ in ACTOR_POS
           and not (c.dep_ in ("dobj", "obj") and verb.lemma_.lower() in MEANS_VERBS and c.tag_ == "NN"
                    and not c.ent_type_)
           and not (c.dep_ == "oprd" and described)]  # "calling the reports a media operation": what they are called
    # "provide support to refugees": the parser often labels that "to" dative
    # (not a phrase set before the subject: "In Batumi, on the Black Sea coast, supporters gathered" sets the scene)
    subject_at = min((c.i for c in verb.children if c.dep_ in SUBJ_DEPS), default=-1)
    lodged = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in COMPLAINT_NOUNS for c in verb.children)
    preps = [c for c in verb.children if c.dep_ in ("prep", "dative") and not c.i < subject_at and (
        c.lower_ in TARGET_PREPS or c.lower_ == "between" and verb.lemma_.lower() in MEDIATING_VERBS)
        and not (lodged and c.lower_ == "with")]  # "filed a complaint with the WTO over X": the WTO hears it
    # "mediating between Hamas and Israel over the release of hostages": the parties, not the hostages
    preps.sort(key=lambda c: -1 if c.lower_ == "between" else TARGET_PREPS.index(c.lower_))
    locative = venue and verb.lemma_.lower() not in IN_ARGUMENT_VERBS
    for p in preps:
        # "met in Dubai": a place in a locative phrase is where a meeting happens, not its target
        # ("in retaliation for the killing of its commander": a reason, whoever it names)
        out += [g for g in p.children if g.dep_ == "pobj" and g.pos_ in ACTOR_POS
                and g.lemma_.lower() not in REASON_NOUNS
                and not (p.lower_ == "on" and g.lower_ in PLATFORM_NAMES)  # "wrote on Telegram": the medium
                and not (locative and p.lower_ in LOCATIVE_PREPS and g.ent_type_ in PLACE_ENTS)]
    # ("struck dozens of targets in Lebanon": a count stays, scored and searched as what it counts)
    return [t for t in out if t.ent_type_ not in NON_ACTOR_ENTS or _counted(t) is not t]


def _apposed_name(tok: Token) -> Token:
    """Return the name a modifier the parser made the head stands before: "blamed the paramilitary Rapid Support
    Forces" (the adjective as object, the name apposed to it)."""
    if tok.pos_ != "ADJ":
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)


def _counted(tok: Token) -> Token:
    """Return what a quantity counts: "dozens of targets" -> "targets", "hundreds of young men" -> "men"."""
    if tok.lower_ not in QUANTITY_NOUNS and tok.pos_ != "NUM":
        return tok
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), tok)


def _nested(tok: Token, venue: bool = False) -> list[Token]:
    out = []
    for p in tok.children:
        if p.lower_ == "on" and tok.lemma_.lower() in POST_NOUNS:
            continue  # "said in a post on Telegram": the platform it was said on is nobody acted on
        if p.lower_ in ("on", "about") and tok.lemma_.lower() in INFORMATION_NOUNS:
            continue  # "agreed to share intelligence on Russian troop movements": what it tells of, not with whom
        if p.dep_ in ("prep", "dative") and p.lower_ in NESTED_PREPS:
            # "held talks in Geneva": with ``venue``, the place of a meeting is where, not whom
            # (a ceasefire or attacks "in Hodeidah" are coded against the place, as ConfliBERT's coders do)
            # (and a tanker seized "in the Gulf of Oman" is seized there)
            where = venue and p.lower_ in LOCATIVE_PREPS and (
                tok.lemma_.lower() in MEETING_NOUNS | PACT_NOUNS | GATHERING_NOUNS
                or tok.dep_ in OBJ_DEPS and tok.head.lemma_.lower() in SEIZING_VERBS)
            out += [g for g in p.children if g.dep_ == "pobj" and g.pos_ in ACTOR_POS
                    and not (where and g.ent_type_ in PLACE_ENTS)]
        elif p.dep_ == "poss" and p.pos_ in ACTOR_POS:
            out.append(p)
        elif p.dep_ in ("acl", "relcl") and p.pos_ == "VERB" and not _own_subject(p):
            out += _candidates(p)  # "an effort to resolve the rift between ..." (not "an offer that the union called")
    return out


def _own_subject(clause: Token) -> bool:
    """Return True for a clause with a subject of its own, not a relative pronoun ("that the union called")."""
    return any(c.dep_ in SUBJ_DEPS and c.lower_ not in ("that", "which", "who", "whom") for c in clause.children)


# verbs of a court's finding ("ruled that Turkey had violated his rights": a finding against Turkey)
RULING_VERBS = frozenset(("rule",))
# verbs of keeping to a rule
COMPLYING_VERBS = frozenset(("comply", "conform", "abide", "adhere"))
# what is filed or lodged with a court or body, against someone else
COMPLAINT_NOUNS = frozenset("complaint complaints case lawsuit suit petition grievance appeal protest".split())
# what a statement is posted or broadcast as
POST_NOUNS = frozenset("post posting tweet message video broadcast statement comment comments thread".split())
# platforms a statement is posted on, never whom it is addressed to
PLATFORM_NAMES = frozenset("telegram twitter x facebook instagram whatsapp tiktok youtube weibo wechat vk "
                           "bluesky threads".split())
# verbs whose "between" phrase names the parties acted for
MEDIATING_VERBS = frozenset(("mediate", "broker", "arbitrate", "intercede", "intermediate"))
# what a crowd waves, carries or chants is a prop of its act, not whom the act is aimed at
DISPLAY_VERBS = frozenset("wave carry hold brandish chant sing display hoist wear".split())
MOVE_VERBS = frozenset(
    "send deploy dispatch mobilize mobilise move station withdraw pull deliver provide return transfer supply donate ship".split()
)
OWN_POSSESSIVES = frozenset(("its", "their", "his", "her", "our", "my"))
# what is known or told of something: its "on" or "about" phrase is the subject matter
INFORMATION_NOUNS = frozenset("intelligence information data evidence details report reports findings".split())
# Targets are actors: a thing ("the agreement", "responsibility") is not coded as a target,
# except the decisions and documents of an actor, which stand for it.
FALLBACK_TO_OBJECT = False
ACT_NOUNS = frozenset(
    "decision proposal legislation resolution announcement recommendation action ruling verdict bill law "
    "policy plan move visit measure decree order request demand".split()
)


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


def _object(chain: list[Token], subj: Optional[Token], venue: bool = False) -> Optional[Token]:
    """Return the target head: an actor-like object first, then the best actor among their modifiers."""
    # "sent troops to Syria", "provided shelter to 1.5 million people": the object is what moves
    found = [(v, t) for v in reversed(chain) for t in _candidates(v, venue)]
    direct = [t for v, t in found if not (t.dep_ in ("dobj", "obj") and v.lemma_.lower() in MOVE_VERBS)]
    for t in direct:  # objects and prepositional objects, in order: the first actor wins
        if _target_score(t) >= 2:
            return t
    levels = [direct]
    # what moves is searched for its recipient ("a loan guarantee to Ukraine")
    frontier = [t for _, t in found]
    # clauses of the predicate: "..., killing dozens of fighters", "funding to fight Ebola in West Africa"
    # (not a clause with a subject of its own: "resigned after ... that he had approved a contract for X")
    clauses = [t for v in chain for c in v.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
               and c not in chain and c.lemma_.lower() not in CITING_VERBS  # whom a report cites is no target
               and c.lemma_.lower() not in DISPLAY_VERBS  # "rallied ..., waving Russian flags": a prop
               and not any(g.dep_ in SUBJ_DEPS for g in c.children)
               # (nor a finite one whose subject the parser hung elsewhere: "after fighting ... killed 40 civilians")
               and c.tag_ not in FINITE_TAGS for t in _candidates(c)
               # ("launched drills around Taiwan, sending warships": what is sent moves, as in the verb's own object)
               if not (t.dep_ in ("dobj", "obj") and c.lemma_.lower() in MOVE_VERBS)]
    for depth in range(3):  # breadth-first through the objects' modifiers ("the rift between Qatar and ...")
        frontier = [n for t in frontier for n in _nested(t, venue)] + (clauses if depth == 0 else [])
        if subj is not None:
            frontier = [t for t in frontier if not (subj.left_edge.i <= t.i <= subj.right_edge.i)]
        levels.append(frontier)
    best, best_score = None, 0
    for level in levels:
        for t in level:  # within a level the first actor wins ("airstrikes on ISIL fighters in Mosul")
            score = _target_score(t)
            if score > best_score:
                best, best_score = t, score
            if best_score >= 2:
                break
        if best_score >= 2 or (level is direct and best is not None and (_named_thing(best) or _aimed_at(best))
                               and not (best.dep_ == "pobj" and best.head.lower_ == "over")):
            break  # "condemned a U.S. Supreme Court decision to reinstate X's ban": the decision (not a reason:
            # "imposed sanctions on five companies over Washington's arms sale" hits the companies)
    if best is not None:
        return best
    if FALLBACK_TO_OBJECT and direct:
        return direct[0]
    # an act of an actor ("condemned the decision", "rejected the proposal") stands for its author
    return next((t for t in direct if t.lemma_.lower() in ACT_NOUNS), None)


def _aimed_at(tok: Token) -> bool:
    """Return True for a nation's thing an act is aimed at: "fired water cannon at a Philippine supply boat"."""
    return (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "against")
            and any(c.dep_ == "amod" and (c.ent_type_ == "NORP" or any(g.ent_type_ == "NORP" for g in c.children))
                    for c in tok.children))  # (also "at a Liberian-flagged tanker")


def _named_thing(tok: Token) -> bool:
    """Return True for a thing named after an actor: "a U.S. Supreme Court decision", "the OPCW visit"."""
    return any(c.dep_ in ("compound", "poss", "nmod") and c.ent_type_ in ACTOR_ENTS for c in tok.children)


def _agrees_in_number(pronoun: Token, reporter: Token) -> bool:
    """Return False for "officials said he went on a rampage": a singular pronoun is not a plural reporter ("we"
    and "they" may stand for one speaker's side: "Mr McDonald said we got ...")."""
    # (a common noun's tag only: the tagger makes "Lyndon Schneiders" plural)
    plural = reporter.tag_ == "NNS" or any(c.dep_ == "conj" for c in reporter.children)
    # (a name the model typed a body may be a person's: "Dr Hollingworth", tagged ORG)
    body = reporter.ent_type_ in ("GPE", "NORP", "LOC") or (reporter.pos_ == "NOUN" and not person_noun(reporter))
    if pronoun.lower_ in ("he", "she") and body:
        return False  # "the electoral commission declared ... two years after he seized power": he is no body
    return not (plural and pronoun.lower_ in ("he", "she", "it"))


def find_actor_heads(pred: Predicate, venue: bool = False) -> tuple[Optional[Token], Optional[Token]]:
    """Return the head tokens of the source and target of ``pred`` (either may be None).

    With ``venue`` (events that are not material conflict) a place in a locative phrase of the
    predicate is where the event happens, not its target: "met in Dubai".
    """
    top = pred.chain[0]
    subj = pred.subject if pred.subject is not None else _subject(top)
    if subj is not None and pred.reporter is not None and subj.dep_ in SUBJ_DEPS and subj.lower_ in SPEAKER_PRONOUNS \
            and _agrees_in_number(subj, pred.reporter):
        subj = pred.reporter  # "the government announced it will return ...": it = the government
    # "were killed by insurgents": passive; "are scheduled to meet": the subject still acts
    last = pred.chain[-1]
    passive = subj is not None and ((subj.head.i == last.i and (subj.dep_ in PASSIVE_SUBJ_DEPS or gapped_passive(last)))
                                    or (last.dep_ == "acl" and last.tag_ == "VBN" and subj.i == last.head.i
                                        and not any(c.dep_ in ("dobj", "obj") for c in last.children))
                                    or _shared_subject_passive(last, subj))
    # (a passive participle's noun is what is acted on: "opposition leader charged with treason")
    if passive:
        source = next((a for a in (_agent(t) for t in reversed(pred.chain)) if a is not None), None)
        if source is None and gapped_passive(last):
            source = _agent(last.head)  # "was boarded by armed men and escorted to port": the men escorted it
        if _target_score(subj) < 2:
            # "a sarcophagus was returned to Egypt", "sanctions against Iran were lifted": the actor affected
            other = _object(pred.chain, source, venue) or next(
                (t for t in _nested(subj) if _target_score(t) >= 2), None)
            if other is not None and other.i != subj.i:
                return source, other
        return source, subj
    subj = _deed_by(subj) or subj
    target = _object(pred.chain, subj, venue)
    if target is not None and subj is not None and target.i == subj.i:
        target = None
    return subj, target


# verbs of warning whose clause names who is threatened: "warned that Iran would face military action"
WARNING_VERBS = frozenset(("warn", "threaten"))
# deeds of force whose "by" phrase names who did them
FORCE_DEED_NOUNS = frozenset("attack raid strike airstrike bombing shelling assault offensive ambush operation "
                             "crackdown blast explosion killing".split())


def _deed_by(subj: Optional[Token]) -> Optional[Token]:
    """Return the doer of a deed named as the subject: "Attacks by the TTP killed 700 soldiers" (the TTP)."""
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in FORCE_DEED_NOUNS:
        return None  # (not "a report by the institute shows ...": a document, no doer of the act)
    return next((g for p in subj.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
                 if g.dep_ == "pobj" and _actorish(g)), None)


def _asked_of(verb: Token) -> Optional[Token]:
    """Return whom a demand is made of when it is a clause: the actor subject of "demanded that X release Y"."""
    for clause in verb.children:
        if clause.dep_ == "ccomp":  # (any tag: the tagger reads "apologise" as a noun)
            subj = next((c for c in clause.children if c.dep_ in SUBJ_DEPS), None)
            if subj is not None and subj.pos_ != "PRON" and _actorish(subj):
                return subj  # ("demanded that the group withdraw": a body named by its kind too)
    return None


def _shared_subject_passive(verb: Token, subj: Token) -> bool:
    """True for a passive verb coordinated with an active one whose subject it shares: "Troops tried to enter
    the building, but were blocked by parliamentary staff" (the staff blocked the troops)."""
    own_passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    return (verb.dep_ == "conj" and subj.head.i != verb.i and (own_passive or gapped_passive(verb))
            and not any(c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS for c in verb.children))


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
        country = side_country(head.sent.text) or getattr(spans, "home", None)
        if country:
            coding = Coding(country, coding.sector, join_code(country, coding.sector), coding.group, country)
    return Actor(start=span.start_char, end=span.end_char, text=span.text,
                 entity=ent.id if ent is not None else None,
                 code=coding.code, country=coding.country, sector=coding.sector)


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


# Natural forces: what they do ("the flood swamped", "winds fanned the blazes") is no event between actors.
NATURAL_FORCES = frozenset("flood flooding floodwater storm cyclone hurricane typhoon tornado earthquake quake tsunami "
                           "avalanche landslide mudslide bushfire wildfire blaze drought heatwave wind rain snow "
                           "lightning virus disease epidemic weather".split())
# economic measures that rise and fall by themselves: never the source of an event
INDICATOR_NOUNS = frozenset("inflation price rate growth unemployment joblessness currency dollar euro yen "
                            "peso rupee rouble ruble yuan share stock index output export import deficit surplus gdp "
                            "production sale profit revenue earning yield bond market".split())


# verbs of harm whose agentless passive a natural force may stand behind
CASUALTY_VERBS = frozenset("kill injure wound hurt maim".split())


def _natural_harm(doc: Doc, sent: Span) -> bool:
    """True when the sentence names a natural force or the story opens with one acting ("A magnitude 6.8
    earthquake struck western Nepal"): its agentless casualties are the disaster's."""
    if any(_natural_force(t) and t.pos_ == "NOUN" for t in sent):
        return True
    # the lede: the first sentence with a verb ("KATHMANDU, Nepal (Wire) --" may stand alone)
    lede = next((s for _, s in zip(range(3), doc.sents) if s.root.pos_ in ("VERB", "AUX")), None)
    return lede is not None and any(_natural_force(t) and t.dep_ in SUBJ_DEPS for t in lede)


# how an economy moves by itself
MEASURED_VERBS = frozenset("grow shrink contract expand slow recover rebound stagnate fall rise decline".split())


# what a central bank or a market moves: cutting or raising them acts on no one
PRICE_NOUNS = frozenset("rate price yield inflation".split())


def _natural_force(tok: Token) -> bool:
    """Return True for a natural force, also when the tagger took a capitalised plural for a name ("Floodwaters")."""
    lemma = tok.lemma_.lower()
    return lemma in NATURAL_FORCES or (lemma.endswith("s") and lemma[:-1] in NATURAL_FORCES)


def _named_storm(tok: Token) -> bool:
    """"Hurricane Delia", "Typhoon Haiyan": a name whose title is a natural force (whatever the tagger calls it)."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and _natural_force(c) for c in tok.children)


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


def _by_object(verb: Token, cameo: str) -> bool:
    """Return True when the verb lexicon codes the verb by its object into this event's root."""
    return any(kind == "o" and code[:2] == cameo[:2] for kind, code in lexicon_codes(verb, wide=True))


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


# ---------------------------------------------------------------- provenance and modality

# verbs that report a match's result, and the words that say a sentence is about a match
RESULT_VERBS = frozenset("beat defeat win lose draw score edge thrash hammer crush rout clinch trail upset "
                         "eliminate overcome".split())
# (only words no battle, vote or bill shares: not "final", "race", "title", "season", "goal")
SPORT_WORDS = frozenset("match tournament championship cup league semi-final semifinal quarter-final penalty "
                        "penalties hat-trick innings wicket wickets seed coach striker goalkeeper midfielder "
                        "olympics medal lap".split())
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def _sports_result(sent: Span, pred: Predicate) -> bool:
    """Return True for a match result: a result verb in a sentence with a sport word, or with two scores
    ("6-3, 6-4"); one score alone may be a vote ("defeated the bill 52-48")."""
    verb = pred.head
    if verb.lemma_.lower() not in RESULT_VERBS:
        return False
    if any(c.dep_ in OBJ_DEPS and c.pos_ == "NOUN" and _sector_or_nation(c) for c in verb.children):
        return False  # "police beat protesters after the match": people beaten, not a side defeated
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    return bool(words & SPORT_WORDS) or len(_SCORE.findall(sent.text)) >= 2


def _provenance(quotes: list[Quote], start: int, end: int) -> tuple[Optional[str], list[str]]:
    best = None
    for q in quotes:
        c = q.content
        if q.cue is not None and q.cue.start <= start < q.cue.end:
            continue  # '"...," said Ruth Gregory. "...": a content running over its own cue does not report it
        if c is not None and c.start <= start and end <= c.end:
            if best is None or (c.end - c.start) < (best.content.end - best.content.start):
                best = q
    if best is None:
        return None, []
    return best.speaker, list(best.via)


def _scheduled(pred: Predicate) -> bool:
    """Return True for a future or planned event: "will meet", "is scheduled to meet", "due to sign"."""
    if pred.future:
        return True
    for t in pred.chain[:-1]:  # "scheduled/set/due/expected to <event>"
        if t.lemma_.lower() in SCHEDULE_WORDS:
            return True
    for t in pred.chain:
        for c in t.children:
            if c.dep_ in ("acomp", "advmod") and c.lemma_.lower() == "due":
                return True
    return False


# ---------------------------------------------------------------- main entry

def extract_events(doc: Doc) -> tuple[list[Event], list[Entity]]:
    """Return the article's coded events and the entity list with actor codes filled in."""
    date = doc._.newsdesk_published if Doc.has_extension("newsdesk_published") else None
    entities = code_entities(doc_list(doc, "newsdesk_entities"), date)
    places = doc_list(doc, "newsdesk_places")
    entities = code_from_places(entities, places)
    readings = place_readings(places)
    filed_from = dateline_place(doc, places) if Doc.has_extension("newsdesk_dateline") else None
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
    if doc.has_annotation("DEP"):
        entities = code_roles(doc, entities, date if isinstance(date, str) else None, readings)
        # (neither the dateline, "JERUSALEM - Israeli strikes killed 12 people in Gaza", nor a place gone to
        # says where civilians are from)
        elsewhere = frozenset(p.start for p in places if p is filed_from or gone_to(doc, p))
        entities = code_local_civilians(entities, places, sentences, elsewhere, doc.text)
        entities = code_sides(entities, sentences, doc.text)
    home = context_country(entities, alpha3_of(filed_from.country) if filed_from is not None else None)
    entities = code_home(entities, home)
    if home is None and filed_from is not None and sentences:
        entities = code_dateline_sentences(entities, alpha3_of(filed_from.country), sentences)
    model = type_model()
    if model is None or not len(doc) or not doc.has_annotation("DEP"):
        return [], entities
    spans = _Mentions((m.start, m.end, e) for e in entities for m in e.mentions)
    spans.home = home
    spans.readings = readings
    quotes = doc_list(doc, "newsdesk_quotes")
    codes = class_codes()
    events: list[Event] = []
    for sent in doc.sents:
        main = find_predicate(sent)
        if main is None or main.chain[0].lower_ == "according":
            continue  # "..., according to X": the attribution, no act (the sentence's own verb is a copula)
        forced = None
        if marked_no_event(main.head):
            # "six soldiers died when rebels attacked their base": the attack is the act, not the death
            main = _time_clause(main) or main
        process = _process_subject(main)
        if process is not None:
            # "The contacts began last November, when X approached Y": the process is no actor;
            # the when-clause is the event, else the process noun's own type with no source
            clause = _time_clause(main)
            if clause is not None:
                main = clause
            elif process.lemma_.lower() in PROCESS_NOUNS:
                forced = PROCESS_CLASS
            elif _fighting(process):
                forced = FIGHTING_CLASS  # "fighting continued in El Fasher": fighting, by no named actor
        preds = [main] + secondary_predicates(main)
        cause = _cause_of_harm(main)
        if cause is not None and all(p.head.i != cause.head.i for p in preds):
            preds.append(cause)  # "300 people were killed when police opened fire": the firing is an act too
        for n, pred in enumerate(preds):
            probs = model.predict(predicate_features(sent, pred))
            cls, confidence = decide(pred, model.classes, probs)
            if forced is not None and n == 0:
                if cls == NONE_CLASS:
                    continue
                found = _events_for(doc, sent, pred, codes[forced], confidence, spans, quotes, date, len(events),
                                    by_rule=True)
                events.extend(replace(e, source_actor=None) for e in found[:1])
                continue
            by_rule = _contacts_actor(pred)
            if by_rule:  # "approached/contacted the governor": a consultation
                cls = PROCESS_CLASS
            # (a coordinated statement is the first one's sequel, but an appeal to someone is an act of its own:
            # "condemned the killings and urged the authorities to hold the perpetrators accountable")
            if n and cls.startswith("01") and appeal_code(pred) is None:
                cls = _speakers_own_appeal(pred)  # "said ... and asked the federal government for help"
            if cls == NONE_CLASS or cls not in codes:
                continue
            if _sports_result(sent, pred):
                continue  # "Argentina beat France on penalties": a match, not an assault
            first = pred.chain[0]
            # a participle or contrast clause only when surely an act ("..., while Liesel Jones took the women's event")
            if n and (participle_clause(first) or first.dep_ == "ccomp" and participle_clause(first.head)
                      or contrast_clause(first) or first.dep_ == "ccomp" and contrast_clause(first.head)) \
                    and confidence < PARTICIPLE_MIN_CONFIDENCE and not _named_actors_met(first, cls):
                continue  # "..., bouncing him and then catching the edge": sport and manner, not an act
            verb = statement_trigger(pred, cls)
            if verb is not None:  # "officials said they are confident": the statement is "said"
                reporter = pred.reporter
                pred = predicate_at(verb)
                # ("Japan said it would consider joining": "it", who considers, is still Japan)
                pred.reporter = pred.reporter or reporter
                if verb in pred.chain:  # "is considering playing X": the chain ends at the statement verb
                    pred.chain = pred.chain[: pred.chain.index(verb) + 1]
                    pred.head = verb
            if cls.endswith(":REQUEST") and appeal_code(pred) is not None:
                # "called on X to investigate": the appeal is the trigger and X its target
                pred = replace(pred, head=pred.chain[0], chain=pred.chain[:1])
            code = refine_code(codes[cls], pred)
            if cls == "16:SANCTION" and orders_an_envoy_out(pred):
                # "ordered the ambassador to leave": the order is the expulsion (CAMEO 166), the envoy its target
                pred, code = replace(pred, head=pred.chain[0], chain=pred.chain[:1]), "166"
            # a verb coordinated with the speaker's own ("said ... but accused the army") is no mere sequel
            secondary = n > 0 and speakers_second_act(pred.chain[0]) is None
            events.extend(_events_for(doc, sent, pred, code, confidence,
                                      spans, quotes, date, len(events), secondary=secondary, by_rule=by_rule))
    return events, entities


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
# Processes that are themselves consultations: "the talks are continuing" is CONSULT with no actor named.
PROCESS_NOUNS = frozenset("talk talks contact contacts negotiation negotiations meeting discussion discussions "
                          "consultation dialogue dialog".split())
PROCESS_CLASS = "04:CONSULT"
# Protests named as things: "rallies were held", "staged a sit-in".
PROTEST_NOUNS = frozenset("rally protest demonstration march strike sit-in vigil boycott walkout".split())
# Shows of force named as things: "launched drills", "held exercises"
EXERCISE_NOUNS = frozenset("drill drills exercise exercises manoeuvre manoeuvres maneuver maneuvers war-game "
                           "wargame".split())


def _around(noun: Token) -> Optional[Token]:
    """Return the actor a show of force is held around or near: "drills around Taiwan" -> Taiwan."""
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("around", "near", "off", "against")
                 for g in p.children if g.dep_ == "pobj" and _actor_like(g)), None)


# Fighting named as a process: "the fighting continued", "clashes resumed" (CAMEO 190, no source named).
# (not "bombing" or "airstrikes": "a car bombing by the Islamic State killed" keeps its agent)
FIGHTING_NOUNS = frozenset("fighting clash clashes violence battle hostility hostilities".split())
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
MEETING_NOUNS = frozenset(("talk", "talks", "meeting", "discussion", "negotiation", "consultation", "summit"))
# gatherings an act happens at: "pledged $100 million at a donor conference in London" (London is where)
GATHERING_NOUNS = frozenset(("conference", "forum", "gathering", "session", "ceremony", "meeting", "summit"))
# a pact "signed in Buenos Aires" was signed there (a ceasefire "in Hodeidah" is about the place: not here)
PACT_NOUNS = frozenset(("agreement", "deal", "accord", "treaty", "pact", "memorandum", "contract", "declaration"))


def _several(tok: Token) -> bool:
    """Return True for one phrase naming several actors: "Nigerian and British forces", "the armies of A and B"."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and any(x.dep_ == "conj" for x in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(g.dep_ == "pobj" and any(x.dep_ == "conj" for x in g.children) for g in c.children):
                return True
    return False


def _names_an_actor(actors: list[Actor], heads: list[Token]) -> bool:
    """Return True when an actor is one of the article's entities, has an actor code, or is a named actor."""
    return any(a.entity or a.code for a in actors) or any(_named(t) for t in heads)


def _pairs(src_head: Optional[Token], tgt_head: Optional[Token], sources: list, targets: list,
           cameo: str, pred: Predicate) -> list[tuple]:
    """Return the (source, target) actor pairs of one predicate, reciprocal for joint actions."""
    pairs = [(s, t) for s in sources for t in targets]
    if src_head is not None and len(sources) > 1 and pred.head.lemma_.lower() in MUTUAL_VERBS:
        return [(s, t) for s in sources for t in sources if t is not s]  # "X and Y troops exchanged fire"
    if src_head is None or cameo[:2] not in RECIPROCAL_ROOTS or pred.passive:
        return pairs
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


def _events_for(doc: Doc, sent: Span, pred: Predicate, cameo: str, confidence: float,
                spans: _Mentions, quotes: list[Quote], date: Optional[str], n_before: int,
                secondary: bool = False, by_rule: bool = False) -> list[Event]:
    plover, mode = plover_of(cameo)
    trig = pred.head
    if not any(ch.isalpha() for ch in trig.text):
        return []  # "would not pre-commit": the tokenizer's "-" is no verb
    trigger = TextSpan(trig.idx, trig.idx + len(trig.text), trig.text)
    if _glued_prefix(trig):  # "agreed to re-open its borders": the whole word, not "re"
        word = trig.doc[trig.i:trig.i + 3]
        trigger = TextSpan(word.start_char, word.end_char, word.text)
    attributed_to, via = _provenance(quotes, trigger.start, trigger.end)
    # an attack "in Syria" is on Syria as coders count it; a meeting "in Dubai" is not with Dubai, nor a tanker
    # seized "in the Gulf of Oman" (CAMEO 171) the gulf's
    seizes = cameo[:3] == "171" and trig.lemma_.lower() in SEIZING_VERBS
    venue = cameo[:2] not in CONFLICT_ROOTS or cameo[:2] == "14" or seizes
    src_head, tgt_head = find_actor_heads(pred, venue=venue)
    if marked_no_event(trig) and src_head is not None:
        # "four more people died in clashes between police and protesters": the dead suffered the violence
        src_head, tgt_head = None, src_head
    if (plover == "REQUEST" and pred.reporter is not None and pred.modal in ("must", "should")
            and src_head is not None and src_head.i != pred.reporter.i):
        # "Russia says Israel must end attacks": Russia demands it of Israel
        src_head, tgt_head = pred.reporter, src_head
    elif plover == "REQUEST" and pred.reporter is not None and pred.modal in ("must", "should") and src_head is None:
        # "said the right to protest must be respected": the speaker demands it, of no one named
        src_head, tgt_head = pred.reporter, tgt_head if _actorish(tgt_head) else None
    if (cameo[:2] == "01" and src_head is not None and pred.reporter is not None and src_head.pos_ == "NOUN"
            and not _actorish(src_head) and any(kind == "o" for kind, _ in lexicon_codes(trig, wide=True))):
        src_head = pred.reporter  # "the spokesman said the sentence raises serious concerns": the spokesman's concern
    if tgt_head is None and (plover == "REQUEST" or plover == "THREATEN" and trig.lemma_.lower() in WARNING_VERBS
                             or cameo[:2] == "16" and trig.lemma_.lower() in RULING_VERBS):
        # "demanded that the soldiers release him": asked of the soldiers; "ruled that Turkey had violated": Turkey;
        # "warned that Iran would face military action": Iran is threatened
        tgt_head = _asked_of(trig)
    if confidence < ACTORLESS_MIN_CONFIDENCE and not (
            _actorish(src_head) or _actorish(tgt_head) or _is_process(src_head) or _by_object(trig, cameo)):
        return []  # (the act its object names stands alone: "rallies were held in Batumi")
    if src_head is not None and (_natural_force(src_head) and src_head.ent_type_ not in ACTOR_ENTS
                                 or _named_storm(src_head)):
        return []  # "the flash flood ... killing 18 tourists": nature is no actor, its harm no political event
    if src_head is not None and src_head.lemma_.lower() in INDICATOR_NOUNS and src_head.ent_type_ not in ACTOR_ENTS:
        return []  # "inflation eased", "oil prices jumped": a measure moving is no one's act
    if src_head is not None and src_head.lower_ == "economy" and trig.lemma_.lower() in MEASURED_VERBS:
        return []  # "Russia's economy grew 4.1%" (but "the five biggest economies agreed to share ..." act)
    if tgt_head is None and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PRICE_NOUNS for c in trig.children):
        return []  # "the Federal Reserve cut interest rates": monetary policy, no act on another
    if (trig.lemma_.lower() in COMPLYING_VERBS and src_head is not None and src_head.pos_ == "NOUN"
            and not _actorish(src_head)):
        return []  # "the measures complied with WTO rules": a thing obeys no one (a state complying yields)
    if src_head is not None and src_head.lower_ in NOBODY:
        return []  # "Nobody will be allowed to hold the country hostage": no one acts
    if src_head is None and pred.passive and trig.lemma_.lower() in CASUALTY_VERBS and _natural_harm(doc, sent):
        return []  # "at least 250 people had been injured" in a story about an earthquake: no one's act
    if _is_process(src_head):
        src_head = None  # "the contacts had not yielded any deal": a process is no actor
    if src_head is not None and src_head.lemma_.lower() in PROTEST_NOUNS and trig.lemma_.lower() in ASPECTUAL_VERBS:
        src_head = None  # "as protests continued over X": the protests are the act, not who protests
    drills = tgt_head if tgt_head is not None else next(
        (c for c in trig.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in EXERCISE_NOUNS), None)
    if drills is not None and drills.lemma_.lower() in EXERCISE_NOUNS and drills.ent_type_ not in ACTOR_ENTS:
        tgt_head = _around(drills)  # "launched military drills around Taiwan": aimed at Taiwan, not the drills
    if tgt_head is not None and tgt_head.lemma_.lower() in PROTEST_NOUNS and tgt_head.ent_type_ not in ACTOR_ENTS:
        tgt_head = None  # "rallies were held": the rally is the act, not whom it is against
    if secondary and tgt_head is not None and not (tgt_head.ent_type_ in ACTOR_ENTS or (
            _agent_noun(tgt_head) and confidence >= PARTICIPLE_MIN_CONFIDENCE) or _known_name(tgt_head, spans)):
        # "... and wounded 40", "... and destroyed them": a coordinated verb's target only when named (by the
        # model here or by the entity layer anywhere), or an agent noun when the classifier is sure ("..., killing
        # three rebels")
        tgt_head = None
    src_heads = _conjuncts(src_head) if src_head is not None else []
    tgt_heads = _conjuncts(tgt_head) if tgt_head is not None else []
    sources = _actors_of(doc, src_heads, spans, date)
    targets = _actors_of(doc, tgt_heads, spans, date)
    if (not by_rule and confidence < UNNAMED_MIN_CONFIDENCE and cameo[:2] != "01"
            and not _names_an_actor([a for a in sources + targets if a is not None], src_heads + tgt_heads)
            and all(code[:2] != cameo[:2] and plover_of(code)[0] != plover
                    for _, code in lexicon_codes(trig, wide=True))):
        return []  # the verb lexicon agreeing keeps it: "140 protesters arrested", "bombed" (195, ASSAULT)
    # only now, so that "I think" inside a quotation does not pass the gates above as a named actor
    sources = [_capital_as_government(_speaker_side(_cue_speaker(a, trigger, quotes, spans), attributed_to, spans))
               for a in sources]
    targets = [_own_body(_counterpart_of(_speaker_side(a, attributed_to, spans), sources[0]), sources[0])
               for a in targets]
    if cameo[:2] not in STRUCK_ROOTS:  # a city shelled or attacked is the city, not its government
        targets = [_capital_as_government(a) for a in targets]
    if cameo[:2] == "01":
        # a statement the attribution layer found at this cue is as sure as that attribution ("Bailey told
        # reporters: ..."), however the type classifier spread its probability
        confidence = max([confidence] + [q.confidence for q in quotes
                                         if q.cue is not None and q.cue.start <= trigger.start < q.cue.end])
    sentence = TextSpan(sent.start_char, sent.end_char, sent.text)
    out = []
    for s, t in _pairs(src_head, tgt_head, sources, targets, cameo, pred):
        if len(out) >= MAX_PAIRS:
            break
        out.append(Event(
            plover=plover, cameo=cameo, source_actor=s, target_actor=t,
            id=f"V{n_before + len(out) + 1}", trigger=trigger, sentence=sentence, mode=mode,
            quad_class=quad_class(cameo), goldstein=goldstein(cameo),
            negated=pred.negated and not refused_by_negation(pred, cameo),
            hypothetical=bool(pred.modal) or pred.conditional,
            scheduled=_scheduled(pred), attributed_to=attributed_to, via=via,
            confidence=round(confidence, 3),
        ))
    return out
