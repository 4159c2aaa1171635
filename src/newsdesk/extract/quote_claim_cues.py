"""Attributions cued by a noun: a claim noun with its statement as a complement clause ("Trump's claim that
...", "his pledge to ..."), and a noun of crying out naming a quotation ("chants of "Lock her up!"").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import NOUN as NOUN_POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from newsdesk.extract.quote_attribution import _Attribution, _chars
from newsdesk.extract.quote_lexicon import SPEECH_VERBS
from newsdesk.extract.quote_marks import QuoteSpan
from newsdesk.extract.quote_noun_cues import named_holder
from newsdesk.extract.quote_speaker_parse import phrase_bounds, strip_punct

# "Trump's claim that ...", "his pledge to ...": a statement named by a noun, with the verb lemma that gives its stance
CLAIM_NOUNS = {
    "claim": "claim", "allegation": "allege", "assertion": "assert", "contention": "contend", "argument": "argue",
    "insistence": "insist", "denial": "deny", "admission": "admit", "acknowledgment": "acknowledge",
    "acknowledgement": "acknowledge", "warning": "warn", "threat": "threaten", "promise": "promise",
    "pledge": "pledge", "vow": "vow", "assurance": "promise", "suggestion": "suggest", "prediction": "predict",
    "accusation": "accuse", "charge": "charge", "announcement": "announce", "statement": "say",
    "demand": "demand", "call": "call", "insinuation": "imply",
}
# nouns whose statement can be an infinitive ("his pledge to build a wall"), not only a "that" clause
INFINITIVE_NOUNS = frozenset({"promise", "pledge", "vow", "threat", "demand", "call"})
NOUN_CUE_CONFIDENCE = 0.6


def _noun_attributions(doc: Doc) -> list[_Attribution]:
    """Return attributions whose cue is a noun with its statement as a complement clause.

    "Tulsa police's earlier claim that Crutcher had refused" reports the police's claim; the
    possessor is the source ("his warning that ..." resolves like any pronoun), else a "by"/"from"
    phrase ("allegations by former aides that ..."), else there is none ("allegations that he lied").
    A relative clause ("the claim that he made") states nothing and is not taken.
    """
    out = []
    wanted = _claim_lemma_ids()
    # token attributes as an array: no Token objects for the thousands of words that are no claim noun
    lemmas = doc.to_array([LEMMA, POS]).tolist() if len(doc) else []
    for i, (lemma_id, pos) in enumerate(lemmas):
        if lemma_id not in wanted or pos != NOUN_POS:
            continue
        noun = doc[i]
        lemma = noun.lemma_.lower()
        clause = _statement_clause(noun, lemma)
        if clause is None:
            continue
        start, end = strip_punct(doc, clause.left_edge.i, min(clause.right_edge.i + 1, noun.sent.end))
        if end - start < 3:
            continue
        verb = _speech_verb_of_medium(noun)
        if verb is not None:  # "The White House said in a statement that ...": the verb's statement
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            out.append(_Attribution(
                content=_chars(doc, (start, end)), cue=(verb.idx, verb.idx + len(verb.text)),
                source=phrase_bounds(subject) if subject is not None else None,
                source_head=subject.i if subject is not None else None, lemma=verb.lemma_.lower(),
                confidence=NOUN_CUE_CONFIDENCE,
            ))
            continue
        source_head = named_holder(noun)
        bounds = phrase_bounds(source_head) if source_head is not None else None
        if source_head is None:
            source_head = _verb_read_as_noun(noun)
            bounds = (source_head.left_edge.i, source_head.i + 1) if source_head is not None else None
        out.append(_Attribution(
            content=_chars(doc, (start, end)), cue=(noun.idx, noun.idx + len(noun.text)),
            source=bounds, source_head=source_head.i if source_head is not None else None,
            lemma=CLAIM_NOUNS[lemma], confidence=NOUN_CUE_CONFIDENCE,
        ))
    return out


def _speech_verb_of_medium(noun: Token) -> Optional[Token]:
    """Return the speech verb of "said in a statement" when the parser hung the that-clause on the noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "through") or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS else None


# "chants of "Lock her up!"", "cries of "Shame!"": a noun of crying out names a quotation as what was cried
_CRIES_OF = re.compile(r"\b(?:chants?|cries|shouts|chorus|refrain)[ \t]+of[ \t]*$", re.I)
CRY_GATHERING_PREPS = frozenset({"with", "in", "into"})


def _chants(doc: Doc, text: str, marks: list[QuoteSpan]) -> list[_Attribution]:
    """Return the quotations cried out in "the crowd broke into chants of "..."": the noun is the cue, its
    possessor or the subject of the verb it is joined in with ("responded with chants of") the source; after a
    passive ("was met with chants of") there is none."""
    out = []
    for q in marks:
        if len(text[q.start:q.end].split()) < 2:
            continue  # 'chants of "Bobby!"': a lone word cheered, a name most often, states nothing
        m = _CRIES_OF.search(text, max(0, q.start - 30), q.start)
        noun = doc.char_span(m.start(), m.start() + len(m.group().split()[0])) if m is not None else None
        if noun is None or len(noun) != 1:
            continue
        noun = noun[0]
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        prep = noun.head
        if source is None and noun.dep_ == "pobj" and prep.lower_ in CRY_GATHERING_PREPS and prep.head.pos_ == "VERB":
            source = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        out.append(_Attribution(
            content=(q.start, q.end), cue=(noun.idx, noun.idx + len(noun.text)),
            source=phrase_bounds(source) if source is not None else None,
            source_head=source.i if source is not None else None, lemma="say", confidence=NOUN_CUE_CONFIDENCE,
        ))
    return out


def _verb_read_as_noun(noun: Token) -> Optional[Token]:
    """Return the name the parser made the root when it read a sentence's verb as its object: "Trump charges
    that countries ... donated millions" (root "Trump", object "charges")."""
    if not noun.lower_.endswith("s") or noun.i == 0:
        return None
    head = noun.head
    if (noun.dep_ == "dobj" and head.i == noun.i - 1 and head.dep_ == "ROOT"
            and head.pos_ in ("PROPN", "NOUN") and head.left_edge.is_sent_start):
        return head
    # ... or the root itself, with the name as its modifier: "Kessler charges that ..."
    name = noun.doc[noun.i - 1]
    if (noun.dep_ == "ROOT" and name.dep_ == "compound" and name.head.i == noun.i and name.pos_ == "PROPN"
            and name.left_edge.is_sent_start):
        return name
    return None


@lru_cache(maxsize=1)
def _claim_lemma_ids() -> frozenset:
    """Return the string hashes of the claim nouns' lemmas (and their capitalised forms)."""
    return frozenset(hash_string(form) for lemma in CLAIM_NOUNS for form in (lemma, lemma.capitalize()))


# verbs that take a statement as their object, so "a claim that X VERBed" with no object is relative
ANSWERING_VERBS = frozenset({
    "deny", "reject", "dismiss", "dispute", "rebut", "refute", "contest", "challenge", "question", "repeat", "echo",
    "make", "level", "raise", "voice", "issue", "deliver", "offer", "call", "describe", "support", "back",
    "welcome", "criticize", "criticise", "condemn", "hear", "receive",
})


def _statement_clause(noun, lemma: str):
    """Return the clause a claim noun introduces: "that"-marked, or an infinitive for a pledge-like noun."""
    for c in noun.rights:
        if c.dep_ not in ("acl", "ccomp", "relcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        marks = [m for m in c.children if m.dep_ == "mark" and m.i < c.i]
        if marks and marks[0].lower_ == "that" and marks[0].i == _after_noun_phrase(noun):
            if c.lemma_.lower() in ANSWERING_VERBS and not any(o.dep_ in ("dobj", "ccomp") for o in c.children):
                return None  # "a charge that party leaders denied": a relative clause, the charge its object
            return c
        if (lemma in INFINITIVE_NOUNS and c.dep_ == "acl" and c.i >= noun.i + 2 and noun.doc[noun.i + 1].lower_ == "to"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            return c
    return None


def _after_noun_phrase(noun) -> int:
    """Return the index after the noun and any "by"/"from" phrase of it ("allegations by former aides")."""
    end = noun.i + 1
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i == end:
            end = c.right_edge.i + 1
    return end
