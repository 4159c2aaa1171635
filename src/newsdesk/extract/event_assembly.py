"""One predicate's Event records: actors chosen and gated, polarity, modality and provenance set.

:func:`_events_for` takes a classified predicate to its events: it finds the actor heads, drops what is no act
(nature, markets, a thing complying, an actorless or unnamed act the classifier is unsure of), builds the actor
records and their pairs, and sets ``negated``, ``hypothetical``, ``scheduled`` and, from the innermost quote
whose content covers the trigger, ``attributed_to`` and ``via``.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from newsdesk.extract.event_actor_kinds import ACTOR_ENTS, _actor_like, _actorish, _agent_noun, _is_process, _named
from newsdesk.extract.event_actors import (
    MAX_PAIRS, STRUCK_ROOTS, _Mentions, _actors_of, _capital_as_government, _conjuncts, _counterpart_of,
    _cue_speaker, _known_name, _own_body, _speaker_side,
)
from newsdesk.extract.event_arguments import (
    RULING_VERBS, SEIZING_VERBS, WARNING_VERBS, _asked_of, find_actor_heads, warned_party,
)
from newsdesk.extract.event_candidates import ASPECTUAL_VERBS
from newsdesk.extract.event_codes import goldstein, plover_of, quad_class
from newsdesk.extract.event_features import NOBODY, SCHEDULE_WORDS, Predicate, lexicon_codes, marked_no_event
from newsdesk.extract.event_non_acts import (
    CASUALTY_VERBS, COMPLYING_VERBS, INDICATOR_NOUNS, MEASURED_VERBS, PRICE_NOUNS, _named_storm, _natural_force,
    _natural_harm,
)
from newsdesk.extract.event_pairs import _pairs
from newsdesk.extract.event_rules import CONFLICT_ROOTS, refused_by_negation
from newsdesk.records import Actor, Event, Quote, TextSpan

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


def _glued_prefix(tok: Token) -> bool:
    """Return True for the first part of a hyphenated word the tokenizer split ("re" in "re-open")."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-"
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha)


def _by_object(verb: Token, cameo: str) -> bool:
    """Return True when the verb lexicon codes the verb by its object into this event's root."""
    return any(kind == "o" and code[:2] == cameo[:2] for kind, code in lexicon_codes(verb, wide=True))


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


# Protests named as things: "rallies were held", "staged a sit-in".
PROTEST_NOUNS = frozenset("rally protest demonstration march strike sit-in vigil boycott walkout".split())
# Shows of force named as things: "launched drills", "held exercises"
EXERCISE_NOUNS = frozenset("drill drills exercise exercises manoeuvre manoeuvres maneuver maneuvers war-game "
                           "wargame".split())


def _around(noun: Token) -> Optional[Token]:
    """Return the actor a show of force is held around or near: "drills around Taiwan" -> Taiwan."""
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("around", "near", "off", "against")
                 for g in p.children if g.dep_ == "pobj" and _actor_like(g)), None)


def _names_an_actor(actors: list[Actor], heads: list[Token]) -> bool:
    """Return True when an actor is one of the article's entities, has an actor code, or is a named actor."""
    return any(a.entity or a.code for a in actors) or any(_named(t) for t in heads)


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
        tgt_head = warned_party(trig) if plover == "THREATEN" else _asked_of(trig)
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
