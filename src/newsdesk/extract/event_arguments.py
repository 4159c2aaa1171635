"""The source and target of a predicate, as head tokens in the dependency tree.

Subject -> source; target = the first actor-like object or prepositional object, else the best actor among
their modifiers, breadth-first; in the passive the by-agent is the source. See :func:`find_actor_heads`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newsdesk.extract.date_dateline import past_dateline
from newsdesk.extract.event_actor_kinds import (
    ACTOR_POS, MUNITION_NOUNS, NON_ACTOR_ENTS, _actorish, _aimed_at, _counted, _named_thing, _target_score,
)
from newsdesk.extract.event_features import OBJ_DEPS, PASSIVE_SUBJ_DEPS, SUBJ_DEPS, Predicate, gapped_passive
from newsdesk.extract.quote_lexicon import CITING_VERBS, FINITE_TAGS
from newsdesk.extract.quote_speaker_parse import speakers_second_act
from newsdesk.extract.situate import REASON_NOUNS
from newsdesk.extract.speakers import person_noun

# Prepositions whose object is the target of the action ("fired at", "talks with", "aid to").
TARGET_PREPS = ("against", "to", "at", "with", "on", "toward", "towards", "into", "upon", "over", "for", "from", "of", "in")
LOCATIVE_PREPS = frozenset(("in", "inside", "within", "near", "outside", "across", "throughout", "around"))
PLACE_ENTS = frozenset(("GPE", "LOC", "FAC"))
# verbs whose object is the means of the act: "used force", "employed tear gas"
MEANS_VERBS = frozenset(("use", "employ"))
# verbs of taking property (CAMEO 171): what they take is the target, where they take it the place
SEIZING_VERBS = frozenset("seize confiscate impound hijack commandeer".split())
# verbs whose "in" phrase is an argument, not a location ("intervened in Syria")
IN_ARGUMENT_VERBS = frozenset("intervene interfere meddle invest involve engage participate".split())
# "X said it will ...": a subject pronoun under a reporting verb is taken to be the reporter
SPEAKER_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))


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


NESTED_PREPS = ("between", "with", "against", "to", "of", "by", "from", "on", "in", "for", "into", "about", "over", "at")


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
# what is known or told of something: its "on" or "about" phrase is the subject matter
INFORMATION_NOUNS = frozenset("intelligence information data evidence details report reports findings".split())
# Targets are actors: a thing ("the agreement", "responsibility") is not coded as a target,
# except the decisions and documents of an actor, which stand for it.
FALLBACK_TO_OBJECT = False
ACT_NOUNS = frozenset(
    "decision proposal legislation resolution announcement recommendation action ruling verdict bill law "
    "policy plan move visit measure decree order request demand".split()
)


def _object(chain: list[Token], subj: Optional[Token], venue: bool = False) -> Optional[Token]:
    """Return the target head: an actor-like object first, then the best actor among their modifiers."""
    addressee = _addressee(chain[0])
    if addressee is not None:
        return addressee  # "told supporters in Valencia", "urged the two sides to meet in Doha": whom it is said to
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


# verbs whose object is whom they are said to ("told supporters", "urged the two sides to ...")
ADDRESSING_VERBS = frozenset("tell inform brief assure urge ask press implore beg".split())
# nouns for the parties to a dispute
PARTY_NOUNS = frozenset(("side", "party", "faction", "belligerent"))


def _addressee(verb: Token) -> Optional[Token]:
    """Return the people a verb of telling or appeal addresses when its object names people but no actor the
    target rules know ("supporters", "the two sides"), else None."""
    if verb.lemma_.lower() not in ADDRESSING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.ent_type_ or _target_score(obj) >= 2:
        return None  # (named or plainly an actor: the general rules find it)
    return obj if person_noun(obj) or obj.lemma_.lower() in PARTY_NOUNS else None


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
        if subj.lemma_.lower() in MUNITION_NOUNS:
            return source, None  # "the missiles were launched from near Pyongyang": what is fired is acted on by no one
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


# what a warned party would undergo: "warned that Iran would face military action"
SUFFERING_VERBS = frozenset("face suffer pay regret bear receive risk".split())


def warned_party(verb: Token) -> Optional[Token]:
    """Return who a warning threatens when its clause says what they would undergo ("warned that Iran would face
    military action", "... that the rebels would be crushed"); not the warner's own side acting ("warned that
    Pyongyang would take overwhelming countermeasures")."""
    subj = _asked_of(verb)
    if subj is None:
        return None
    clause = subj.head
    undergoes = subj.dep_ in PASSIVE_SUBJ_DEPS or clause.lemma_.lower() in SUFFERING_VERBS
    return subj if undergoes else None


def _shared_subject_passive(verb: Token, subj: Token) -> bool:
    """True for a passive verb coordinated with an active one whose subject it shares: "Troops tried to enter
    the building, but were blocked by parliamentary staff" (the staff blocked the troops)."""
    own_passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    return (verb.dep_ == "conj" and subj.head.i != verb.i and (own_passive or gapped_passive(verb))
            and not any(c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS for c in verb.children))


MEETING_NOUNS = frozenset(("talk", "talks", "meeting", "discussion", "negotiation", "consultation", "summit", "call"))
# gatherings an act happens at: "pledged $100 million at a donor conference in London" (London is where)
GATHERING_NOUNS = frozenset(("conference", "forum", "gathering", "session", "ceremony", "meeting", "summit"))
# a pact "signed in Buenos Aires" was signed there (a ceasefire "in Hodeidah" is about the place: not here)
PACT_NOUNS = frozenset(("agreement", "deal", "accord", "treaty", "pact", "memorandum", "contract", "declaration"))
