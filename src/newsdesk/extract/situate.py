"""When and where each event happened.

An event takes the temporal expression of its sentence that attaches to its trigger
(one in the trigger's own clause first, then the one closest to the trigger in the
dependency tree, so "said on Tuesday that contacts began last November" dates the
contacts to last November, and "have held contacts in recent weeks, the paper reported
on Tuesday" to recent weeks), else its account's time frame (``situate_context``), else
the article's publication date; both flagged ``inherited``. Its place is a toponym of the
sentence, preferring one in an "in/at X" phrase of the trigger's clause, never
one of the event's own actors nor one inside a modifier of a noun ("militants held at
Bagram" says where the militants are), else the dateline place, flagged ``inherited``.
An event with coordinated places ("met in Dubai and in Riyadh") is given once per place.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from spacy.tokens import Doc, Span, Token

from newsdesk.components.extensions import doc_list
from newsdesk.extract.date_dateline import dateline_end
from newsdesk.extract.place_frames import SETTLEMENT_NOUNS
from newsdesk.extract.quote_speaker_parse import speakers_second_act
from newsdesk.extract.quote_content_shape import opened_by
from newsdesk.extract.dates import parse_published
from newsdesk.extract.timex_detect import set_for_later
from newsdesk.extract.situate_context import (
    account_date, bounds_a_span, coordinated_places, is_statement, renumber, span_at,
)
from newsdesk.records import DateValue, Event, EventDate, EventPlace, Place

# Prepositions that put a toponym where the event happened.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "on",
                            "within", "into", "to", "from"})
_STRONG_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "throughout", "within"})
# Durations that place an event in time: a stretch ending (or starting) now.
_RANGE_TO_NOW = re.compile(r"\b(?:recent|past|last|coming|next)\b", re.I)
# How far (in dependency edges) an expression may be from the trigger and still attach to it.
MAX_TREE_DISTANCE = 8


def _head_text(doc: Doc, tokens: int = 120) -> str:
    return doc[: min(len(doc), tokens)].text


def _ancestors_with_self(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 64:
        chain.append(chain[-1].head)
    return chain


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency edges between two tokens of one sentence (large when unrelated)."""
    up_a = _ancestors_with_self(a)
    index_a = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate(_ancestors_with_self(b)):
        if t.i in index_a:
            return index_a[t.i] + n
    return 99


def _anchor_token(doc: Doc, event: Event, sent: Optional[Span]) -> Optional[Token]:
    if event.trigger is not None:
        span = span_at(doc, event.trigger.start, event.trigger.end)
        if span is not None and len(span):
            return _intending_verb(span.root, event) or span.root
    return sent.root if sent is not None else None


# roots of acts done by saying what one will or will not do: agreeing to, threatening to, refusing to
INTENT_ROOTS = frozenset(("03", "12", "13"))


def _intending_verb(trigger: Token, event: Event) -> Optional[Token]:
    """Return the verb that voices an intent the trigger names ("agreed on Wednesday to raise spending by 2035"):
    the agreement, the threat or the refusal is made when that verb says, not by the deadline of what it intends."""
    if event.cameo[:2] not in INTENT_ROOTS or trigger.dep_ != "xcomp" or trigger.head.i == trigger.i:
        return None
    return trigger.head if trigger.head.pos_ == "VERB" else None


def _event_sentence(doc: Doc, event: Event) -> Optional[Span]:
    if event.sentence is not None:
        span = span_at(doc, event.sentence.start, event.sentence.end)
        if span is not None:
            return span
    if event.trigger is not None and doc.has_annotation("SENT_START"):
        span = span_at(doc, event.trigger.start, event.trigger.end)
        if span is not None and len(span):
            return span[0].sent
    return None


def _within(start: int, end: int, sent: Span, floor: int = 0) -> bool:
    return max(sent.start_char, floor) <= start and end <= sent.end_char


def _score(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> Optional[tuple[int, int]]:
    """(tree distance, token distance) of an expression from the trigger; None when unrelated."""
    span = span_at(doc, start, end)
    if span is None or not len(span):
        return None
    if anchor is None:
        return (0, span.start)
    dist = tree_distance(span.root, anchor)
    if dist > MAX_TREE_DISTANCE:
        return None
    gap = min(abs(span.start - anchor.i), abs(span.end - 1 - anchor.i))
    return (dist, gap)


CLAUSE_DEPS = frozenset(("ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "pcomp", "csubj"))
# Modifiers of a noun: a place inside one ("militants held at Bagram") describes the noun, not the event.
NOUN_MODIFIER_DEPS = frozenset(("acl", "relcl"))


def clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` belongs to (itself for a clause verb)."""
    cur = tok
    for _ in range(64):
        if cur.pos_ in ("VERB", "AUX") and (cur.dep_ in CLAUSE_DEPS or cur.head.i == cur.i):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _same_clause(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True when the expression at [start, end) attaches to the anchor's own clause."""
    if anchor is None:
        return True
    span = span_at(doc, start, end)
    if span is None or not len(span):
        return False
    return clause_head(span.root).i == clause_head(anchor).i


def _clause_above(doc: Doc, start: int, end: int, anchor: Optional[Token], accept) -> Optional[Token]:
    """Return the nearest clause over the expression at [start, end) that ``accept`` takes and that does not
    hold the anchor (None when the anchor or the sentence root comes first, or the clause holds the anchor)."""
    span = span_at(doc, start, end)
    if span is None or not len(span) or anchor is None:
        return None
    cur = span.root
    for _ in range(64):
        if cur.i == anchor.i or cur.head.i == cur.i:
            return None
        if accept(cur):
            # the anchor inside that clause: the expression is the clause's own
            return None if cur.left_edge.i <= anchor.i <= cur.right_edge.i else cur
        cur = cur.head
    return None


def _describes_noun(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True for an expression inside a relative/participial modifier of a noun that does not contain the anchor."""
    return _clause_above(doc, start, end, anchor, lambda t: t.dep_ in NOUN_MODIFIER_DEPS and t.head.pos_ in (
        "NOUN", "PROPN", "PRON")) is not None


def _in_a_report_apart(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True for an expression inside a reported clause that does not hold the anchor: in "spoke with
    Manalo and reaffirmed that the treaty covers the South China Sea" the sea is no place of the call, and in
    "accused Paris and said the envoy had ignored an invitation last Friday" the Friday dates no accusation."""
    return _clause_above(doc, start, end, anchor, lambda t: t.dep_ == "ccomp") is not None


def _in_another_clause(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True for an expression of a clause apart from the anchor's: a report, a gerund acted on, a
    coordinated clause of its own, or a reason given (the checks below); it neither dates nor places the event."""
    return (_in_a_report_apart(doc, start, end, anchor) or _in_an_act_apart(doc, start, end, anchor)
            or _in_a_clause_of_its_own(doc, start, end, anchor) or _in_a_reason(doc, start, end, anchor)
            or _in_a_clause_beside(doc, start, end, anchor)
            or _in_the_report_before_a_second_act(doc, start, end, anchor))


def _in_the_clause_over_a_report(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True for an expression of a clause that holds the event only as something reported: with "fired
    missiles at a tanker in the Red Sea, CENTCOM said, the latest of attacks in solidarity with Gaza" parsed
    with the firing under "are", Gaza is the frame's, not where the missiles flew."""
    span = span_at(doc, start, end)
    if span is None or not len(span) or anchor is None:
        return False
    frame = clause_head(span.root)
    cur, reported = anchor, False
    for _ in range(64):
        if cur.i == frame.i:
            return reported
        if cur.head.i == cur.i:
            return False
        reported = reported or cur.dep_ == "ccomp"
        cur = cur.head
    return False


def _in_the_report_before_a_second_act(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True for an expression of the reported clause the parser hung the speaker's second act on: in "said
    the rebels had shelled villages last week and demanded that they withdraw" last week is the shelling's."""
    if anchor is None or speakers_second_act(anchor) is None:
        return False
    span = span_at(doc, start, end)
    if span is None or not len(span):
        return False
    report = anchor.head
    return (report.left_edge.i <= span.root.i <= report.right_edge.i
            and not anchor.left_edge.i <= span.root.i <= anchor.right_edge.i)


# marks of a clause whose act comes before, after or beside the main one: its time and place are its own
APART_MARKS = frozenset(("after", "before", "since", "until", "while", "whereas"))


def _in_a_clause_beside(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True for an expression inside an "after", "before" or "while" clause with a subject of its own: in
    "Japan lodged a protest after two Chinese ships entered waters near the Senkaku Islands on Sunday" Sunday is
    the ships'."""
    return _clause_above(doc, start, end, anchor, lambda t: opened_by(t, APART_MARKS) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children)) is not None


# nouns of a reason given for an act: "in retaliation for", "in response to", "in revenge for"
REASON_NOUNS = frozenset(("retaliation", "response", "revenge", "reprisal", "retribution"))


def _in_a_reason(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True for an expression inside "in retaliation for ..." : "targeted an air base in retaliation for
    the killing of its commander in Beirut earlier this month" dates and places the killing, not the strike."""
    return _clause_above(doc, start, end, anchor, lambda t: t.dep_ == "pobj" and t.lemma_.lower() in REASON_NOUNS
                         and t.head.lower_ == "in") is not None


def _in_a_clause_of_its_own(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True for an expression inside a coordinated clause with a subject of its own that does not hold
    the anchor: in "his forces are running short of shells, and Russian troops captured Avdiivka on Saturday"
    Saturday and Avdiivka are the capture's."""
    return _clause_above(doc, start, end, anchor, _finite_clause_of_its_own) is not None


def _finite_clause_of_its_own(verb: Token) -> bool:
    """A coordinated clause with its own subject and tense ("and Russian troops captured"), not a gapped one
    sharing the first clause's auxiliary ("Four people were killed and eight others injured when ...")."""
    return (verb.pos_ in ("VERB", "AUX") and _finite_conjunct(verb)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _party_of_a_coordinated_act(doc: Doc, place: Place, anchor: Optional[Token]) -> bool:
    """True for a place that is a party, not a setting, of a verb coordinated with the event's: in "stood with its
    ally and called on Beijing to comply" Beijing is whom the call is to, no place of the standing ("and
    launched raids in the West Bank" may still place the first act)."""
    span = span_at(doc, place.start, place.end)
    if span is None or not len(span):
        return False
    verb = _clause_above(doc, place.start, place.end, anchor, _coordinated_finite_act)
    if verb is None:
        return False
    # a setting on the way up ("abducted 30 in a raid on a village in Borno state") places both acts
    path = _ancestors_with_self(span.root)
    return not any(t.dep_ == "prep" and t.lower_ in _STRONG_LOCATIVE for t in path[:path.index(verb)])


def _dates_a_thing_apart(doc: Doc, date: DateValue, anchor: Optional[Token]) -> bool:
    """True for a year naming a thing of a coordinated verb's: in "stood with its ally and called on Beijing to
    comply with a 2016 arbitration ruling" 2016 is the ruling's ("were killed in the 1999 disaster" keeps it)."""
    span = span_at(doc, date.start, date.end)
    if span is None or not len(span) or span.root.dep_ not in ("nummod", "compound", "amod"):
        return False
    return _clause_above(doc, date.start, date.end, anchor, _coordinated_finite_act) is not None


def _coordinated_finite_act(verb: Token) -> bool:
    """A coordinated verb with a tense of its own, sharing the subject or not."""
    return verb.pos_ == "VERB" and _finite_conjunct(verb)


def _finite_conjunct(verb: Token) -> bool:
    """A conjunct with a tense or an auxiliary of its own (not a participle sharing the first verb's)."""
    return verb.dep_ == "conj" and (verb.tag_ in ("VBD", "VBZ", "VBP")
                                    or any(c.dep_ in ("aux", "auxpass") for c in verb.children))


# prepositions that make a gerund the thing acted on ("accused X of shelling", "blamed Y for leaking")
ARGUMENT_PREPS = frozenset({"of", "for", "about", "over", "against"})


def _in_an_act_apart(doc: Doc, start: int, end: int, anchor: Optional[Token]) -> bool:
    """Return True for an expression inside a gerund clause, the thing acted on, that does not hold the anchor:
    in "said it would respect the truce but accused the army of shelling Omdurman on Saturday night" the night
    is the shelling's ("made an address after blasting Jenin on Monday" keeps Monday: a time clause)."""
    return _clause_above(doc, start, end, anchor, lambda t: t.dep_ == "pcomp" and t.pos_ == "VERB"
                         and t.head.lower_ in ARGUMENT_PREPS) is not None


def _dates_a_thing(doc: Doc, start: int, end: int, statement: bool = False) -> bool:
    """Return True for a date naming when a thing acted on happened: "investigate the January killings",
    "discussed last year's election", "expected a cut by Christmas" (a subject's date stays the event's:
    "Thursday's attack killed five")."""
    span = span_at(doc, start, end)
    if span is None or not len(span):
        return False
    root = span.root
    noun = root.head
    if root.dep_ == "pobj" and noun.dep_ == "prep":
        # "expected a first cut by Christmas": the cut's date, not the statement's ("begins a match on Thursday"
        # is the beginning's: only a statement's object is dated apart)
        noun = noun.head
        return statement and noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj")
    return (root.dep_ in ("compound", "amod", "nmod", "poss") and noun.i != root.i
            and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ not in ("nsubj", "nsubjpass"))


def pick_date(doc: Doc, event: Event, sent: Optional[Span], dates: Sequence[DateValue],
              floor: int = 0) -> Optional[EventDate]:
    """The temporal expression of the event's sentence that attaches to its trigger, if any.

    Expressions before ``floor`` (the dateline header) are not the event's own.
    """
    if sent is None:
        return None
    anchor = _anchor_token(doc, event, sent)
    best = None
    for d in dates:
        if not _within(d.start, d.end, sent, floor) or d.type == "SET":
            continue
        if d.type == "DURATION" and not _RANGE_TO_NOW.search(d.text):
            continue  # "for three hours" says how long, not when; "in recent weeks" says when
        if _dates_a_thing(doc, d.start, d.end, event.cameo[:2] == "01") \
                or _in_another_clause(doc, d.start, d.end, anchor) or _dates_a_thing_apart(doc, d, anchor) \
                or _describes_noun(doc, d.start, d.end, anchor) \
                or _in_a_deed_spoken_of(doc, d.start, d.end, event, anchor) or bounds_a_span(doc, d) \
                or _set_for(doc, d):
            continue  # ("DMM, which announced last week that it would close, did not respond": the announcement's;
            # "agreed to extend sanctions until mid-2027": when they end, not when they were extended;
            # "set the election for July 28": when the election is, not when it was set)
        score = _score(doc, d.start, d.end, anchor)
        if score is None:
            continue
        # a date in the event's own clause beats one of the reporting verb ("reported on Tuesday")
        own = 0 if _same_clause(doc, d.start, d.end, anchor) else 1
        key = (own, score[0] + (2 if d.type == "DURATION" else 0), score[1])
        if best is None or key < best[0]:
            best = (key, d)
    if best is None:
        return None
    d = best[1]
    return EventDate(value=d.value, start=d.start, end=d.end, inherited=False, earliest=d.earliest, latest=d.latest)


def _set_for(doc: Doc, d: DateValue) -> bool:
    span = span_at(doc, d.start, d.end)
    return span is not None and len(span) > 0 and set_for_later(span)


def _overlaps_actor(event: Event, start: int, end: int, target: bool = True) -> bool:
    """Return True when [start, end) overlaps the event's source actor (or, with ``target``, its target)."""
    actors = (event.source_actor, event.target_actor) if target else (event.source_actor,)
    return any(a is not None and a.start < end and start < a.end for a in actors)


def _in_an_of_phrase(doc: Doc, place: Place, event: Optional[Event] = None) -> bool:
    """Return True for a place in an "of" phrase of one of the event's actors ("the ministers of Egypt"),
    or, with no event, of any noun that is no place."""
    span = span_at(doc, place.start, place.end)
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(3):
        if tok.dep_ not in ("pobj", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ == "of":
            owner = tok.head
            if event is None:  # "the city of Kharkiv" names the place; "the people of Kharkiv" do not
                return (owner.pos_ in ("NOUN", "PROPN") and owner.ent_type_ not in ("GPE", "LOC", "FAC")
                        and owner.lemma_.lower() not in SETTLEMENT_NOUNS)
            return any(a is not None and a.start <= owner.idx < a.end
                       for a in (event.source_actor, event.target_actor))
    return False


# fighting and mass violence: a place they are done to is where they happened
ATTACK_ROOTS = frozenset(("18", "19", "20"))
# acts done from afar, whatever their target: statements, appeals, demands, accusations, refusals, threats,
# sanctions (an arrest, a protest, an attack, aid or a meeting happens where its target is)
MADE_FROM_AFAR = frozenset(("01", "02", "10", "11", "12", "13", "16"))
# acts about a deed they name: accusations, refusals, sanctions ("blames militants for an attack in Pahalgam")
ABOUT_A_DEED = frozenset(("11", "12", "16"))


# prepositions that name what an accusation, a complaint or a sanction is about ("blames X for an attack in Y")
DEED_PREPS = frozenset(("for", "over", "about", "of"))


def _in_a_deed_spoken_of(doc: Doc, start: int, end: int, event: Event, anchor: Optional[Token]) -> bool:
    """Return True for an expression inside what an accusation, a refusal or a sanction is about: "blames militants
    for an attack in Pahalgam last month" was said neither in Pahalgam nor last month."""
    if anchor is None or event.cameo[:2] not in ABOUT_A_DEED:
        return False
    prep = _clause_above(doc, start, end, anchor,
                         lambda t: t.dep_ == "prep" and t.lower_ in DEED_PREPS and t.head.i == anchor.i)
    # ("ruled it out over the weekend": a time the preposition itself governs is the act's)
    return prep is not None and prep.i != span_at(doc, start, end).root.head.i


# acts of asking: where what is asked for would happen is not where the asking was
ASKING_ROOTS = frozenset(("01", "02", "10"))


def _in_the_act_asked_for(doc: Doc, start: int, end: int, event: Event, anchor: Optional[Token]) -> bool:
    """Return True for a place inside what an appeal asks of its addressee: "urged both sides to return to talks in
    Jeddah" was not said in Jeddah."""
    if anchor is None or event.cameo[:2] not in ASKING_ROOTS:
        return False
    addressed = any(c.dep_ in ("dobj", "obj") for c in anchor.children)
    return addressed and _clause_above(doc, start, end, anchor,
                                       lambda t: t.dep_ == "xcomp" and t.head.i == anchor.i) is not None


def _where_the_target_is(doc: Doc, place: Place, event: Event) -> bool:
    """Return True for a place in a phrase of the target's noun ("sanctions on eight companies in Hong Kong and
    the UAE", "urged residents in Gaza to leave"): where the target is, not where a statement, a demand or a sanction
    was made (see MADE_FROM_AFAR)."""
    target = event.target_actor
    if target is None or event.cameo[:2] not in MADE_FROM_AFAR:
        return False
    root = _coordination_root(doc, place)  # ("in Hong Kong and the UAE")
    prep = root.head if root is not None and root.dep_ == "pobj" else None
    return (prep is not None and prep.lower_ in ("in", "from", "at", "inside") and prep.head.i != prep.i
            and target.start <= prep.head.idx < target.end)


def _acts_elsewhere(doc: Doc, place: Place, anchor: Optional[Token]) -> bool:
    """Return True for a place named as the subject or object of another verb than the event's ("while Moscow
    claimed", "accused Kyiv of"), an actor of that verb, or as where people come from ("envoys from Mali"):
    not where the event happened."""
    root = _coordination_root(doc, place)  # "Saudi Arabia and the United States said"
    if root is None or anchor is None:
        return False
    if root.head.i == anchor.i:
        return False
    if any(a.lower_ == "according" for a in root.ancestors):
        return True  # "..., according to U.S. and Ukrainian officials": who says so, not where
    if root.dep_ in ("compound", "amod") and root.head.dep_ == "dobj" and root.head.head.i != anchor.i:
        return True  # "said Biden would sign the bill and urged Congress to pass Ukraine aid": a kind of aid
    holder = next((a for a in root.ancestors if a.dep_ in ("nsubj", "nsubjpass", "dobj")), None) \
        if root.dep_ in ("poss", "appos") else None
    if holder is not None and holder.head.i != anchor.i:
        # "Qatar's minister said both sides had agreed", "summoned China's ambassador and lodged a protest", "a
        # spokesman for China's Taiwan Affairs Office said", "..., mediators Qatar and Egypt said": whose minister or
        # office, or who speaks, not where another verb's act was
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ in ("NOUN", "PROPN"):
        return True  # "met envoys from Mali in Abuja": where the envoys come from
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.i != anchor.i:
        return True  # "in retaliation for what Tehran called the theft of its oil by the United States": an agent
    if root.dep_ == "pobj" and root.head.lower_ in DESTINATION_PREPS and root.head.head.pos_ == "VERB" \
            and root.head.head.i != anchor.i:
        return True  # "resigned amid protests and fled to Mexico": where another verb's mover went
    # an object only of a verbal act: "visited Kabul and met X", "bombed Gaza, killing 20" stay there
    return root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "dobj" and root.head.lemma_.lower() in ADDRESS_VERBS


DESTINATION_PREPS = frozenset(("to", "into", "toward", "towards"))


def gone_to(doc: Doc, place: Place) -> bool:
    """Return True for a place a verb's movement goes to ("fled toward the border town of Gisenyi"): not where the
    movers are from."""
    span = span_at(doc, place.start, place.end)
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(4):  # up to the noun the place names: "the town of X", "the X border"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head.head
        elif tok.dep_ in ("appos", "compound"):
            tok = tok.head
        else:
            break
    return tok.dep_ == "pobj" and tok.head.lower_ in DESTINATION_PREPS and tok.head.head.pos_ == "VERB"


# verbs whose object is addressed, not a site: "accused Kyiv of", "urged Beijing to"
ADDRESS_VERBS = frozenset("accuse blame criticise criticize condemn urge warn praise thank support back ask press "
                          "call".split())


def _visited(event: Event, place: Place) -> bool:
    """Return True when the place is what a visit goes to ("visited Kabul", "flew to London", "will travel to
    Beijing to meet", CAMEO 036) or what an attack hits ("a drone hit Kharkiv"): where it happened, or will, too."""
    target = event.target_actor
    # (a show of force too: "launched drills around Taiwan" happened around Taiwan)
    if target is None or not (event.plover == "CONSULT" or event.cameo == "036" or event.cameo[:2] in ATTACK_ROOTS
                              or event.cameo[:2] == "15"):
        return False
    overlaps = target.start < place.end and place.start < target.end
    # (the place may be qualified: "struck dozens of targets in southern Lebanon" hits southern Lebanon; not
    # "Alei Sinai", a settlement named after the Sinai)
    qualified = target.end == place.end and target.start < place.start and target.text[:place.start - target.start] \
        .strip().islower()
    return overlaps and (target.end - target.start <= place.end - place.start + 4 or qualified)


def _owns_a_finer_place(doc: Doc, place: Place, places: Sequence[Place]) -> int:
    """Return 1 for a country named as the owner of a finer place ("a village in Nigeria's Borno state"): the
    finer place is where; 0 otherwise."""
    span = span_at(doc, place.start, place.end)
    if span is None or not len(span) or span.root.dep_ != "poss":
        return 0
    noun = span.root.head
    inner = [t.i for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")]
    starts = {t.idx for t in doc[min(inner):noun.i + 1]} if inner else set()
    return int(any(q is not place and q.start in starts for q in places))


def _a_partner(doc: Doc, place: Place) -> bool:
    """Return True for a place named as a partner ("open negotiations with Ukraine and Moldova"): whom the talks
    are with, not where they are held."""
    root = _coordination_root(doc, place)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("with", "between")


# dealings a place may be a party to: "talks with the United States", "tensions between India and Pakistan" (not
# "its border with Afghanistan" or "the highway between Penrith and Springwood", which are places)
DEALINGS_NOUNS = frozenset("talk talks negotiation negotiations meeting meetings dialogue deal agreement relations "
                           "ties cooperation dispute tension tensions trade contact contacts".split())


def _a_party_to_dealings(doc: Doc, place: Place) -> bool:
    """Return True for a place a verb or a noun of dealings is with or between: whom with, not where."""
    root = _coordination_root(doc, place)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("with", "between"):
        return False
    head = root.head.head
    return head.pos_ == "VERB" or head.lemma_.lower() in DEALINGS_NOUNS or head.lower_ in DEALINGS_NOUNS


def _coordination_root(doc: Doc, place: Place) -> Optional[Token]:
    """Return the head of the place's phrase, or of the first conjunct it is coordinated with ("in Ukraine and
    Moldova": Ukraine for both); None when the place has no tokens."""
    span = span_at(doc, place.start, place.end)
    if span is None or not len(span):
        return None
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def _locative_bonus(doc: Doc, place: Place) -> int:
    span = span_at(doc, place.start, place.end)
    if span is None or not len(span):
        return 0
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ in _STRONG_LOCATIVE:
        return -3
    if span.root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return -1
    if span.root.dep_ in ("compound", "amod", "poss", "nmod"):
        return 2  # "the Kabul government": a modifier, weaker as a place of the event
    return 0


def _as_event_place(p: Place, inherited: bool) -> EventPlace:
    return EventPlace(name=p.name, lat=p.lat, lon=p.lon, geonameid=p.geonameid, country=p.country,
                      start=p.start, end=p.end, inherited=inherited)


def pick_place(doc: Doc, event: Event, sent: Optional[Span], places: Sequence[Place],
               floor: int = 0, siblings: Sequence[Event] = ()) -> Optional[EventPlace]:
    """The toponym of the event's sentence that best attaches to its trigger, if any (none before ``floor``).

    ``siblings`` are the other events of the same trigger ("The United States and the EU urged"):
    their actors are no place of this one either."""
    if sent is None:
        return None
    anchor = _anchor_token(doc, event, sent)
    best = None
    for p in places:
        if not _within(p.start, p.end, sent, floor):
            continue
        if any(_overlaps_actor(e, p.start, p.end, target=False) for e in (event, *siblings)):
            continue  # "Argentina and Brazil met in Geneva": a party that acts is never where it happened
        if any(_overlaps_actor(e, p.start, p.end) for e in (event, *siblings)) and not (
                _visited(event, p) and not _in_an_of_phrase(doc, p) and not _a_partner(doc, p)):
            continue  # (unless visited: "visited Kabul"; "the ministers of Egypt" are whom, not where)
        if _in_an_of_phrase(doc, p, event):
            continue  # "the foreign minister of Egypt met ...": Egypt says whose minister, not where
        if _a_party_to_dealings(doc, p) and event.cameo[:2] not in ATTACK_ROOTS:
            continue  # "to handle tariff talks with the United States": whom with, not where
        if _where_the_target_is(doc, p, event) or _in_a_deed_spoken_of(doc, p.start, p.end, event, anchor) \
                or _in_the_act_asked_for(doc, p.start, p.end, event, anchor):
            continue  # "imposed sanctions on eight companies in Hong Kong": where the companies are
        if _describes_noun(doc, p.start, p.end, anchor):
            continue  # "the release of militants held at Bagram": where the militants are held
        if _acts_elsewhere(doc, p, anchor) or _in_another_clause(doc, p.start, p.end, anchor) \
                or _party_of_a_coordinated_act(doc, p, anchor) \
                or _in_the_clause_over_a_report(doc, p.start, p.end, anchor):
            continue  # "..., while Moscow claimed ...": Moscow acts there; it is not where the event was
        score = _score(doc, p.start, p.end, anchor)
        if score is None:
            continue
        key = (score[0] + _locative_bonus(doc, p) + _owns_a_finer_place(doc, p, places), score[1])
        if best is None or key < best[0]:
            best = (key, p)
    return _as_event_place(best[1], inherited=False) if best else None


def dateline_place(doc: Doc, places: Sequence[Place]) -> Optional[Place]:
    """The resolved place the article's dateline names, when the places layer resolved it."""
    name = doc._.newsdesk_dateline
    if not name or not isinstance(name, str):
        return None
    key = name.strip().lower()
    for p in places:
        if p.start < 300 and (p.text or "").strip().lower() == key:
            return p
    for p in places:
        if (p.text or "").strip().lower() == key or (p.name or "").strip().lower() == key:
            return p
    return None


def situate_events(doc: Doc) -> list[Event]:
    """Return the Doc's events with ``date`` and ``place`` filled from its dates and places."""
    events = doc_list(doc, "newsdesk_events")
    if not events:
        return []
    dates = doc_list(doc, "newsdesk_dates")
    # A demonym ("Afghan officials") names who, and New York in "the New York Times" names a
    # newspaper: neither is where an event happened. Streets and landmarks ("at the White House") are.
    places = [p for p in doc_list(doc, "newsdesk_places") if p.kind in ("toponym", "site")]
    published = doc._.newsdesk_published if isinstance(doc._.newsdesk_published, str) else None
    parsed = doc.has_annotation("DEP")
    home = dateline_place(doc, places)
    floor = dateline_end(_head_text(doc), doc._.newsdesk_dateline if isinstance(doc._.newsdesk_dateline, str) else None)
    out: list[Event] = []
    split = False
    sentence_starts = [s.start_char for s in doc.sents] if parsed else []
    day = parse_published(published)
    published_day = day.isoformat() if day else None
    for event in events:
        sent = _event_sentence(doc, event) if parsed else None
        date = event.date or pick_date(doc, event, sent, dates, floor)
        if date is None:
            date = account_date(doc, event, out, published, sentence_starts)
        if date is None and published:
            date = EventDate(value=published[:10], inherited=True, earliest=published_day, latest=published_day)
        siblings = [e for e in events if e.trigger == event.trigger and e is not event]
        place = event.place or pick_place(doc, event, sent, places, floor, siblings)
        if place is None and home is not None:
            place = _as_event_place(home, inherited=True)
        out.append(replace(event, date=date, place=place))
        if parsed and event.place is None and place is not None and not place.inherited and place.start is not None \
                and not is_statement(event):
            # places that are some event's actors ("marched on Cairo, Alexandria and Suez" as targets) split nothing
            for other in coordinated_places(doc, place.start, place.end, places):
                if any(_overlaps_actor(e, other.start, other.end) for e in (event, *siblings)):
                    continue
                out.append(replace(event, date=date, place=_as_event_place(other, inherited=False)))
                split = True
    return renumber(out) if split else out
