"""When and where an event happened, read beyond its own sentence.

Two things a sentence alone does not settle:

* **The account's time frame.** A news account dates its lede and then tells the rest in
  the past tense without repeating the date: "X has held secret contacts with the Taliban in
  recent weeks, the paper reported ... Envoys from both sides met in Dubai, it added." An
  undated past event takes the date of the nearest earlier dated event *of the same account*
  (same speaker, same reporting chain) a few sentences back, flagged ``inherited``, instead
  of the publication date. A date that only marks when something started ("the contacts
  began last November") does not date what follows.
* **Several places.** "met in Dubai and in Riyadh" is two meetings, one in each city: the
  event is given once per coordinated place, as an event table of GDELT's kind expects
  (one action place per row).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Optional, Sequence, Union

from spacy.tokens import Doc, Span, Token

from newsdesk.records import DateValue, Event, EventDate, Place

# Verbs whose date marks the start of a process, not the process: "began last November".
_START_VERBS = frozenset({"begin", "start", "commence", "launch", "initiate", "open", "resume"})
# How many sentences back an account's date still frames an undated event.
MAX_SENTENCES_BACK = 3
_PAST_TAGS = frozenset({"VBD", "VBN"})
# Prepositions whose coordinated objects are each a place where the event happened.
_SPLIT_PREPS = frozenset({"in", "at", "near", "across", "throughout", "around", "inside", "outside", "including"})
# Reporting verbs: when something was said is no frame for what happened, nor the other way round.
_STATEMENT_ROOT = "01"


def _text_length(doc: Doc) -> int:
    """len(doc.text) without building the text."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def span_at(doc: Doc, start: Optional[int], end: Optional[int]) -> Optional[Span]:
    """The Doc span over characters [start, end), widened to whole tokens; None when out of range."""
    if start is None or end is None or not (0 <= start < end <= _text_length(doc)):
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def _token_at(doc: Doc, start: Optional[int], end: Optional[int]) -> Optional[Token]:
    span = span_at(doc, start, end)
    return span.root if span is not None and len(span) else None


def dates_a_start(doc: Doc, date: EventDate) -> bool:
    """True when the expression dates the start of a process: "The contacts began last November"."""
    tok = _token_at(doc, date.start, date.end)
    if tok is None:
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head  # "began in November" / "began last November"
    return head.lemma_.lower() in _START_VERBS


def bounds_a_span(doc: Doc, date: Union[DateValue, EventDate]) -> bool:
    """True for an expression after "from" or "until": "imposed a nightly curfew from 10 p.m." bounds the
    curfew, and does not time the account's next act ("promised elections")."""
    tok = _token_at(doc, date.start, date.end)
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("from", "until", "till")


def is_statement(event: Event) -> bool:
    return (event.cameo or "").startswith(_STATEMENT_ROOT)


def _is_past_fact(doc: Doc, event: Event) -> bool:
    if event.negated or event.hypothetical or event.scheduled or event.trigger is None or is_statement(event):
        return False
    tok = _token_at(doc, event.trigger.start, event.trigger.end)
    if tok is None or tok.tag_ not in _PAST_TAGS:
        return False
    # "has held", "had met" are past; "will have met" is not; "have long accused" is a habit, no one act in time
    return not any(c.lower_ in ("will", "would", "shall", "'ll") for c in tok.children if c.dep_ == "aux") \
        and not any(c.lower_ in HABIT_ADVERBS for c in tok.children if c.dep_ == "advmod")


HABIT_ADVERBS = frozenset({"long", "repeatedly", "often", "always", "routinely", "frequently", "consistently",
                           "regularly", "persistently"})


def _same_account(a: Event, b: Event) -> bool:
    return a.attributed_to == b.attributed_to and list(a.via) == list(b.via)


def _sentence_number(event: Event, sentence_starts: Sequence[int]) -> Optional[int]:
    return bisect_right(sentence_starts, event.trigger.start) - 1 if event.trigger else None


def _new_paragraph_between(doc: Doc, a: Event, b: Event) -> bool:
    return "\n" in doc.text[a.trigger.end:b.trigger.start]


def _same_source(a: Event, b: Event) -> bool:
    ea = a.source_actor.entity if a.source_actor else None
    return ea is not None and ea == (b.source_actor.entity if b.source_actor else None)


def account_date(doc: Doc, event: Event, earlier: Sequence[Event], published: Optional[str],
                 sentence_starts: Sequence[int]) -> Optional[EventDate]:
    """Return the date an undated past event takes from its account's earlier dated event, or None.

    ``sentence_starts`` are the character offsets of the Doc's sentences, in order."""
    if not doc.has_annotation("DEP") or not _is_past_fact(doc, event):
        return None
    here = _sentence_number(event, sentence_starts)
    if here is None:
        return None
    for prev in reversed(earlier):
        number = _sentence_number(prev, sentence_starts)
        if number is None or number >= here:
            continue
        if here - number > MAX_SENTENCES_BACK:
            break
        date = prev.date
        if not _same_account(prev, event) or is_statement(prev) or date is None or date.inherited or date.start is None:
            continue
        if _new_paragraph_between(doc, prev, event) and not _same_source(prev, event):
            continue  # a new paragraph about someone else starts a new thread, not the last one's day
        if prev.scheduled or prev.hypothetical:
            continue  # "will hand over control by the end of the year": a deadline frames no act already done
        if dates_a_start(doc, date) or bounds_a_span(doc, date):
            continue
        if published and date.earliest and date.earliest > published[:10]:
            continue  # a future date frames nothing that already happened
        return replace(date, inherited=True)
    return None


def coordinated_places(doc: Doc, start: int, end: int, places: Sequence[Place]) -> list[Place]:
    """Return the places coordinated with the one at start:end: "in Dubai and in Riyadh", "in Cairo, Alexandria and Suez"."""
    tok = _token_at(doc, start, end)
    if tok is None:
        return []
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head if first.dep_ == "pobj" else None
    while prep is not None and prep.dep_ == "conj" and prep.head.lower_ == prep.lower_:
        prep = prep.head  # "in Dubai and in Riyadh": the second "in" hangs on the first
    if prep is None or prep.lower_ not in _SPLIT_PREPS:
        return []  # "between India and Pakistan", "a border with X and Y": the places together, not each
    partners = set(tok.conjuncts)
    if tok.dep_ == "pobj":
        for prep in tok.head.conjuncts:
            partners.update(o for o in prep.children if o.dep_ == "pobj")
    if not partners:
        return []
    out = []
    for p in places:
        if (p.start, p.end) == (start, end):
            continue
        other = _token_at(doc, p.start, p.end)
        if other is not None and other in partners and all((q.start, q.end) != (p.start, p.end) for q in out):
            out.append(p)
    return out


def renumber(events: list[Event]) -> list[Event]:
    """Give events ids V1, V2, ... in order after some were split by place (a copy follows its original)."""
    return [replace(e, id=f"V{i}") for i, e in enumerate(events, start=1)]
