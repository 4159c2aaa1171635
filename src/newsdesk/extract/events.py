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

Modules: the classifier and code refinement (2) in :mod:`.event_typing`; processes and the other predicates beyond
the main one (6) in :mod:`.event_candidates`; actor heads (3) in :mod:`.event_arguments`, what a token names in
:mod:`.event_actor_kinds`, actor records in :mod:`.event_actors` and their pairs in :mod:`.event_pairs`; what is no
act in :mod:`.event_non_acts`; one predicate's events with polarity, modality and provenance (4, 7) in
:mod:`.event_assembly`.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsdesk.components.extensions import doc_list
from newsdesk.extract.actor_context import (
    alpha3_of, code_dateline_sentences, code_from_places, code_home, code_local_civilians, code_sides,
    context_country, dateline_country, place_readings,
)
from newsdesk.extract.actor_roles import code_roles
from newsdesk.extract.actors import code_entities
from newsdesk.extract.event_actor_kinds import PROCESS_NOUNS, _fighting
from newsdesk.extract.event_actors import _Mentions
from newsdesk.extract.event_assembly import PARTICIPLE_MIN_CONFIDENCE, _events_for
from newsdesk.extract.event_candidates import (
    FIGHTING_CLASS, PROCESS_CLASS, _cause_of_harm, _contacts_actor, _named_actors_met, _process_subject,
    _speakers_own_appeal, _time_clause,
)
from newsdesk.extract.event_codes import NONE_CLASS, class_codes
from newsdesk.extract.event_features import (
    contrast_clause, find_predicate, marked_no_event, participle_clause, predicate_at, predicate_features,
    secondary_predicates,
)
from newsdesk.extract.event_non_acts import _sports_result
from newsdesk.extract.event_rules import appeal_code, decide, orders_an_envoy_out, statement_trigger
from newsdesk.extract.event_typing import APPEAL_FOR_TALKS, refine_code, type_model
from newsdesk.extract.quote_speaker_parse import speakers_second_act
from newsdesk.extract.situate import dateline_place, gone_to
from newsdesk.records import Entity, Event


def extract_events(doc: Doc) -> tuple[list[Event], list[Entity]]:
    """Return the article's coded events and the entity list with actor codes filled in."""
    date = doc._.newsdesk_published if Doc.has_extension("newsdesk_published") else None
    entities = code_entities(doc_list(doc, "newsdesk_entities"), date)
    places = doc_list(doc, "newsdesk_places")
    entities = code_from_places(entities, places)
    readings = place_readings(places)
    filed_from = dateline_place(doc, places) if Doc.has_extension("newsdesk_dateline") else None
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
    elsewhere: frozenset[int] = frozenset()
    if doc.has_annotation("DEP"):
        entities = code_roles(doc, entities, date if isinstance(date, str) else None, readings)
        # (neither the dateline, "JERUSALEM - Israeli strikes killed 12 people in Gaza", nor a place gone to
        # says where civilians are from)
        elsewhere = frozenset(p.start for p in places if p is filed_from or gone_to(doc, p))
        entities = code_local_civilians(entities, places, sentences, elsewhere, doc.text)
        entities = code_sides(entities, sentences, doc.text)
    home = context_country(entities, dateline_country(filed_from))
    entities = code_home(entities, home)
    if home is None and filed_from is not None and sentences:
        entities = code_dateline_sentences(entities, alpha3_of(filed_from.country), sentences)
    model = type_model()
    if model is None or not len(doc) or not doc.has_annotation("DEP"):
        return [], entities
    spans = _Mentions((m.start, m.end, e) for e in entities for m in e.mentions)
    spans.home = home
    spans.readings = readings
    spans.toponyms = _where_places(doc, places, elsewhere)
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
            code = refine_code(codes[cls], pred)
            if cls.endswith(":REQUEST") and appeal_code(pred) is not None:
                # "called on X to investigate": the appeal is the trigger and X its target (its code read first:
                # what is asked may refine it, "urged X to return to dialogue" 026)
                pred = replace(pred, head=pred.chain[0], chain=pred.chain[:1])
                code = code if code == APPEAL_FOR_TALKS else refine_code(codes[cls], pred)
            if cls == "16:SANCTION" and orders_an_envoy_out(pred):
                # "ordered the ambassador to leave": the order is the expulsion (CAMEO 166), the envoy its target
                pred, code = replace(pred, head=pred.chain[0], chain=pred.chain[:1]), "166"
            # a verb coordinated with the speaker's own ("said ... but accused the army") is no mere sequel
            secondary = n > 0 and speakers_second_act(pred.chain[0]) is None
            events.extend(_events_for(doc, sent, pred, code, confidence,
                                      spans, quotes, date, len(events), secondary=secondary, by_rule=by_rule))
    return events, entities


def _where_places(doc: Doc, places: list, elsewhere: frozenset[int]) -> tuple[tuple[int, str], ...]:
    """Return (start, alpha-3 country) of the places named as places: not those ``elsewhere`` (the dateline's town,
    where the reporter is, and places gone to: "smuggled boat people into Australia"), nor a name modifying a noun
    ("US forces", "Pakistan's army": whose, not where)."""
    out = []
    for p in places:
        if p.kind != "toponym" or not p.country or p.start in elsewhere:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.dep_ in ("compound", "amod", "nmod", "poss"):
            continue
        out.append((p.start, alpha3_of(p.country)))
    return tuple(out)
