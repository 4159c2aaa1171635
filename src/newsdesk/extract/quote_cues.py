"""Attribution candidates on the dependency parse, and the small model that scores them.

Every verb is a candidate cue. Its *source* is its subject (inherited through
``conj``/``xcomp``/``advcl`` chains), its *content* the complement it governs:
a ``ccomp`` clause (with its "that"), else an ``xcomp`` ("vowed to ..."), else
the object with its right-hand arguments ("called the charges baseless",
"blasted him for ..."), else a prepositional argument ("warned against ...").
A speech verb with no complement takes the quotation or the colon-introduced
text beside it. Which verbs really report speech or stance is learnt: a
logistic model over lemma, complement type, subject kind and position; a
second one decides when a content runs on to the end of its sentence. Both
are trained on PolNeAR train by ``scripts/train_quotes.py`` and stored as
feature→weight tables in ``newsdesk/data/quotes/cue_model.json``.
"""
from __future__ import annotations

import json
import math
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

from spacy.tokens import Doc, Span, Token

from newsdesk.extract.date_dateline import after_last_dash, lede_verb, past_dateline, spaced_dash
from newsdesk.extract.speakers import person_noun
from newsdesk.components.extensions import doc_text

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp"})
OBJ_TAIL_DEPS = frozenset({"dobj", "oprd", "xcomp", "ccomp", "dative", "attr", "acomp", "prt"})
# an object's content keeps "blasted X as a disgrace", "accused X of ..." but not "X in a ruling on Thursday"
OBJ_TAIL_PREPS = frozenset({"as", "for", "of", "about", "that", "over", "against"})
# "likened the rules to "burning the Constitution"", "blamed the law on "knuckleheaded politicians"": the
# preposition these verbs take carries the statement
OWN_TAIL_PREPS = {"liken": "to", "compare": "to", "equate": "to", "blame": "on", "pin": "on"}
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "quotes"
SPEECH_VERBS = frozenset({"say", "tell", "add", "tweet", "write", "explain", "continue", "reply", "respond", "recall",
                          "yell", "shout", "insist", "declare", "state", "quip", "joke", "post", "remark", "conclude"})
RAISING = frozenset({"seem", "appear"})
CONCESSIVE = frozenset({"though", "although"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
WH_RELATIVES = RELATIVE_WORDS - {"that"}
CONTENT_PUNCT = frozenset({",", ".", ";", ":", "—", "–", "-", "(", ")"})
QUOTE_CHARS = frozenset('"“”„«»‟')
# What a plea in court says of the charge: "pleaded not guilty" denies it, "pleaded guilty" admits it.
PLEAS = (("not guilty", "denies"), ("innocent", "denies"), ("guilty", "acknowledges"), ("no contest", "acknowledges"))


def plea_stance(after: str) -> Optional[str]:
    """Return the stance of a plea from the text after "pleaded", or None when no plea to a charge follows."""
    after = after.lstrip().lower()
    return next((stance for words, stance in PLEAS if after.startswith(words)), None)


# What a statement is made in: "said in a statement it regretted ..." frames the cue, not the content.
SPEECH_MEDIA = frozenset({"statement", "interview", "letter", "email", "e-mail", "speech", "post", "tweet",
                          "briefing", "conference", "message", "video", "broadcast", "release", "filing"})


class Candidate(NamedTuple):
    """One verb read as a possible attribution cue, with the spans the parse gives it."""

    verb: int  # token index of the cue verb
    cue: tuple[int, int]  # character offsets
    source: Optional[tuple[int, int]]  # token offsets [start, end) of the subject phrase
    source_head: Optional[int]  # token index of the subject's head
    content: Optional[tuple[int, int]]  # token offsets [start, end) of the complement
    ctype: str  # ccomp | lccomp | xcomp | obj | prep:<word> | para | colon | quote | none
    tail: Optional[tuple[int, int]] = None  # "X, officials said, and Y": token offsets of Y (same speaker)


def subject_of(verb: Token, depth: int = 0, raised: bool = False) -> Optional[Token]:
    """Return the subject of ``verb``, inherited from governing verbs when it has none.

    A passive's agent is its source ("was criticized by his rivals"); the passive subject of a governing
    verb is the subject of its infinitive ("The Times is expected to endorse", ``raised``).
    """
    subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS and (c.dep_ != "nsubjpass" or raised)]
    aside = _inverted_aside_clause(verb) if subjects else None
    if aside is not None:
        return _nsubj_before(aside)
    if subjects:
        # a misparse may give two: the nearer; a dateline taken for the subject gives way to its apposition
        return past_dateline(min(subjects, key=lambda c: abs(c.i - verb.i)))
    stranded = (_subject_of_relative_misparse(verb) or _speaker_read_as_a_clause(verb)
                or _share_read_as_a_modifier(verb) or _subject_of_a_misread_description(verb)
                or _name_read_as_a_modifier(verb) or _speaker_read_as_a_conjunct(verb))
    if stranded is not None:
        return stranded
    if label_read_as_participle(verb):  # "Varga, a Dahl ally, called ...": the apposed name speaks
        return verb.head.head if verb.head.dep_ == "appos" else verb.head
    cue = coordinated_with_cue(verb)
    if cue is not None and depth < 3:
        return subject_of(cue, depth + 1)
    if not raised:
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        participle = verb.tag_ == "VBN" or verb.dep_ == "advcl" and _past_participle_lead(verb)
        if participle and (verb.dep_ in ("advcl", "acl") or any(c.dep_ in ("nsubjpass", "auxpass")
                                                                for c in verb.children)):
            # "when it was revealed", "Asked about it, ...", "a shutdown ordered for security reasons": the
            # passive names no speaker (the noun a participle describes is what was ordered; the tagger may
            # read an opening "Asked" as a past tense)
            return None
    if depth < 3 and verb.dep_ == "acomp" and verb.head.i != verb.i:  # "voters are likely to say"
        return subject_of(verb.head, depth + 1, raised=True)
    if depth < 3 and verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.tag_ in ("VBN", "JJ"):
        return subject_of(verb.head, depth + 1, raised=True)
    controller = _object_controller(verb)
    if controller is not None:
        return controller  # "protests forced the government to withdraw the plan": the government withdrew it
    reporter = _reporter_of_a_participle(verb)
    if reporter is not None:
        return reporter
    clause = _clause_of_a_participle_read_as_subject(verb)
    if clause is not None and depth < 3:  # the participle goes on from the cue: its speaker says it
        return subject_of(clause.head, depth + 1)
    if depth < 3 and verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i:
        head = verb.head
        for _ in range(3):  # "steered clear of criticizing him": the subject of "steered"
            if verb.dep_ != "pcomp" or head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        # "Trump was forced into damage control and said ...": an active conjunct shares the passive's subject
        shared = (verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS
                  and any(c.dep_ == "nsubjpass" for c in head.children)
                  and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children))
        return subject_of(head, depth + 1, raised=shared)
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    if verb.dep_ == "acl" and verb.head.i != verb.i:
        head = verb.head
        # "Mr. Khan mounted a campaign to condemn X", "made an attempt to deflect": the campaign is nobody's voice
        if (depth < 3 and head.dep_ in ("dobj", "pobj", "attr") and head.pos_ == "NOUN" and not head.ent_type_
                and not person_noun(head) and head.head.i != head.i):
            governor = head.head if head.dep_ != "pobj" else head.head.head
            if governor.pos_ in ("VERB", "AUX"):
                return subject_of(governor, depth + 1)
        return head
    return None


# verbs that report a clause and whose subject goes on speaking in a participle after it
REPORTING_LEMMAS = SPEECH_VERBS | frozenset({"deny", "argue", "claim", "warn", "announce", "acknowledge", "admit",
                                             "confirm", "suggest", "allege", "assert", "maintain", "report"})


def _reporter_of_a_participle(verb: Token) -> Optional[Token]:
    """Return the reporter of "Hamas denied that the talks had stalled, saying ...": the parser hangs the
    participle set off by a comma on the reported clause, but the one who denied goes on speaking in it, even
    when the clause's own subject could speak ("Lund said the mayor should resign, adding ..." is Lund's)."""
    timed = _timed_participle(verb)
    if not (timed or verb.tag_ == "VBG" and verb.dep_ == "advcl" and _after_a_comma(verb)):
        return None
    clause = verb.head.head if timed else verb.head
    # "said he had X and would do Y, saying", "said the mayor will have to choose soon, saying"
    while clause.dep_ in ("conj", "xcomp") and clause.head.i < clause.i:
        clause = clause.head
    if clause.i > verb.i or clause.lemma_.lower() in REPORTING_LEMMAS:
        return None  # ("..., the source recalled, adding": the source)
    reporting = _verb_reporting(clause)
    if reporting is None or reporting.i > clause.i:
        return None  # (only "denied that the talks had stalled, saying": a reporting verb before its clause)
    speaker = next((c for c in reporting.children if c.dep_ == "nsubj" and c.i < reporting.i), None)
    if speaker is None or not _could_speak(speaker):
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (subject is not None and subject.pos_ != "PRON" and _could_speak(subject)
            and verb.lemma_.lower() not in SPOKEN_PARTICIPLES):
        return None  # "said the authorities ignore it, preferring to ...": an act of the clause's own subject
    return speaker


def _after_a_comma(tok: Token) -> bool:
    """True after a comma, also one closed inside a quotation ('"... maniacal," adding')."""
    doc = tok.doc
    k = tok.i - 1
    if k > 0 and doc[k].text in ("”", "''", '"'):
        k -= 1
    return k >= 0 and doc[k].text == ","


# prepositions that time a speech participle after a report: "said X on Twitter before claiming that ..."
TIMING_PREPS = frozenset({"before", "after", "while", "when"})


def _timed_participle(verb: Token) -> bool:
    """True for the speech participle of "said the ruling had "kept us safe" before claiming that ...", which the
    parser hung through its preposition on the reported clause: the reporter goes on speaking in it."""
    prep = verb.head
    return (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.lemma_.lower() in SPOKEN_PARTICIPLES
            and prep.lower_ in TIMING_PREPS and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"))


# participles that go on reporting, whoever the reported clause is about: "..., adding", "..., echoing"
SPOKEN_PARTICIPLES = REPORTING_LEMMAS | frozenset({"note", "echo", "imply", "point", "cite", "stress", "emphasize",
                                                   "emphasise", "call", "describe", "accuse", "predict", "ask"})


def _could_speak(tok: Token) -> bool:
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ in ("PROPN", "PRON") or person_noun(tok)


def _verb_reporting(clause: Token) -> Optional[Token]:
    """Return the verb that reports ``clause``: "said [the talks had stalled]", "denied the notion [that a
    shakeup was coming]" (a that-clause on the verb's object)."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_LEMMAS:
        return clause.head
    noun = clause.head
    if (clause.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)):
        return noun.head
    return None


# verbs whose object is who does what their infinitive says: "forced the government to withdraw"
OBJECT_CONTROL_VERBS = frozenset("force compel oblige pressure push persuade convince urge ask order tell allow "
                                 "permit invite encourage prompt lead cause get".split())


def _object_controller(verb: Token) -> Optional[Token]:
    """Return the object of an object-control verb that governs ``verb`` as its infinitive, else None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)


def _subject_of_a_misread_description(verb: Token) -> Optional[Token]:
    """Return the opening name of "RoseAnn DeMoro, director of a union that has been busing members ..., also
    said her group ...": the parser made the relative clause's verb a complement before the cue and hung the
    name on it. Only when the cue has its own complement after it (else the left clause is what was said)."""
    if verb.tag_ not in FINITE_TAGS or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    left = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if left is None or not any(t.lower_ in ("that", "who", "which") and t.dep_ == "nsubj" for t in left.children):
        return None
    return next((c for c in left.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 and c.left_edge.i == verb.sent.start), None)


def _share_read_as_a_modifier(verb: Token) -> Optional[Token]:
    """Return a poll share the parser hung on the verb as a modifier: "About 4 in 10 say they ...", "Less than a
    third agreed that ..." (a number or fraction with no subject dependency)."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    share = next((c for c in verb.lefts if c.dep_ in ("nummod", "npadvmod")
                  and (c.pos_ == "NUM" or c.lemma_.lower() in SHARE_NOUNS)), None)
    if share is None or share.left_edge.i != verb.sent.start and verb.doc[share.left_edge.i - 1].text != ",":
        return None
    return share


def _speaker_read_as_a_conjunct(verb: Token) -> Optional[Token]:
    """Return the speaker of a subjectless verb of saying that the parser coordinated with the object before it:
    'warned that Israel would face "severe punishment" and Iranian state media said ...' (media, not punishment)."""
    if verb.i == 0 or verb.tag_ not in FINITE_TAGS or verb.lemma_.lower() not in SPEECH_VERBS \
            or any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i >= noun.i:
        return None
    return noun if _after_and(noun) else None


def _after_and(phrase: Token) -> bool:
    """Return True when the phrase headed by ``phrase`` comes right after "and"."""
    first = phrase.left_edge
    return first.i > 0 and phrase.doc[first.i - 1].lower_ == "and"


def before_a_conjoined_speaker(doc: Doc, start: int, end: int) -> int:
    """Return where a reported clause ends before "and <speaker> said" that the parser ran into it, as the
    object's conjunct or as a clause coordinated inside the report."""
    for k in range(start + 1, min(end + 1, len(doc))):
        verb = doc[k]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        noun = _speaker_read_as_a_conjunct(verb) or _own_speaker_of_a_conjunct(verb)
        if noun is not None and start < noun.left_edge.i - 1:
            return noun.left_edge.i - 1  # (before the "and")
    return end


def _own_speaker_of_a_conjunct(verb: Token) -> Optional[Token]:
    """Return the subject of a verb of saying coordinated, with a subject of its own, after "and": "... and state
    media said ..." reports the media's own statement."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return subj if _after_and(subj) else None


def _name_read_as_a_modifier(verb: Token) -> Optional[Token]:
    """Return the name right before a subjectless finite verb that the parser hung on it as a modifier:
    '"...," Varga notes' (a compound), "Instead, Will called for ..." (the name "Will" read as a modal), "Lund
    described it as ..." (an adverb)."""
    if verb.i == 0 or verb.tag_ not in FINITE_TAGS | {"VBN"}:
        return None
    name = next((c for c in verb.lefts if c.i == verb.i - 1 and c.dep_ in NAME_MISREAD_DEPS), None)
    if name is None:
        return None
    first = name.left_edge
    if first.i != verb.sent.start and verb.doc[first.i - 1].pos_ not in ("PUNCT", "CCONJ"):
        return None  # (only a name opening its clause: "the plan Varga notes" is no speaker's)
    if name.dep_ == "aux":
        # a capitalised modal after punctuation is a name: ", Will believes" (a modal never precedes "believes")
        return name if name.is_title and verb.tag_ != "VB" and name.i > verb.sent.start else None
    if name.pos_ != "PROPN" or name.ent_type_ in NOT_SPEAKER_ENTS:
        return None
    return name


# dependencies the parser gives a name it did not see as the subject of the verb after it
NAME_MISREAD_DEPS = frozenset({"compound", "advmod", "npadvmod", "nmod", "aux"})
# entity types of a name before a verb that tells when, not who: "Friday said"
NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


SHARE_NOUNS = frozenset({"half", "third", "quarter", "fifth", "majority", "minority", "percent", "most"})


def _name_opening_the_paragraph(doc: Doc, start: int, verb: int) -> bool:
    """Return True when the words from a paragraph's start up to ``verb`` are one short name."""
    words = doc[start:verb]
    return 0 < len(words) <= 6 and all(t.pos_ in ("PROPN", "DET", "ADJ", "NOUN") for t in words) \
        and any(t.pos_ == "PROPN" for t in words)


def is_quote_mark(tok: Token) -> bool:
    return tok.text in QUOTE_CHARS or tok.text in ("``", "''")


def opens_a_name(before: Token) -> bool:
    """Return True when a quotation opening after ``before`` names something ('the podcast "Here's the Thing"',
    'ABC's "Good Morning America"'): it opens inside a noun phrase, not after a cue or a comma."""
    # (an abbreviation closing its sentence, 'a student from Fresno, Calif. "I think ..."', names nothing)
    return not before.is_punct and not before.text.endswith(".") and (
        before.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM") or before.tag_ == "POS")


def _quotation_before(verb: Token) -> Optional[Token]:
    """Return the left complement of an inverted cue that is a quotation ending right before it ('"..," said')."""
    doc = verb.doc
    for c in verb.lefts:
        if c.dep_ == "ccomp" and all(t.is_punct for t in doc[c.right_edge.i + 1:verb.i]) \
                and any(is_quote_mark(t) for t in doc[c.right_edge.i + 1:verb.i]):
            return c
    return None


# words that open an adverbial clause, never a reported one, after an inverted cue ('"...," he said as the crowd booed')
SCENE_OPENERS = frozenset({"when", "as", "while", "after", "before", "because", "since", "until", "once", "though",
                           "although", "whenever"})


def _adverbial_read_as_reported(verb: Token, clause: Token) -> bool:
    """Return True for a right "complement" that the writer added, not the speaker's words: a relative clause
    set off by a comma ('said in February of Carrier, whose parent company moved jobs') or, after a quotation
    the cue closes, a time or reason clause ('"...," he said when a reporter asked him')."""
    doc = verb.doc
    first = clause.left_edge
    if first.i > verb.i + 1 and first.lower_ in WH_RELATIVES and doc[first.i - 1].text == ",":
        return True
    opener = first.lower_ in SCENE_OPENERS and first.head.i == clause.i and first.dep_ in ("mark", "advmod")
    # a clause with no subject, past the cue's own phrases, is the tail of a relative clause the parser broke up
    # ('"...," Trump said in February of Carrier, whose parent company relocated jobs')
    before = doc[first.i - 1]
    broken = first.i > verb.i + 1 and (
        not any(ch.dep_ in SUBJ_DEPS or ch.dep_ == "expl" for ch in clause.children)
        or before.pos_ == "ADP" and not any(True for _ in before.children))  # "of" left without its object
    return (opener or broken) and _quotation_before_speaker(verb)


def _participle_read_as_subject(verb: Token, clause: Token) -> Optional[Token]:
    """Return the participle of '"...," Kiedis said, mentioning the album is "almost done"' that the parser made
    the subject of the clause after it: the participle goes on from the cue, and the cue reports the quotation
    that closes before its speaker."""
    first = clause.left_edge
    if not (first.tag_ == "VBG" and first.dep_ in ("csubj", "nsubj") and first.head.i == clause.i
            and first.i > verb.i + 1 and verb.doc[first.i - 1].text == ","):
        return None
    return first if _quotation_before_speaker(verb) else None


# verbs that put a label on what they name: "called her "weak"", "referred to Reed as "a decent man""
LABELLING_VERBS = frozenset({"call", "dub", "label", "brand", "term", "describe", "refer", "characterize", "nickname"})


def _label_on_the_right(verb: Token) -> bool:
    """True when a labelling cue has what it names and the label after it ("he called her "weak""): a clause the
    parser hung before it ("she drew his anger - he called her ...") is no part of what was said."""
    if verb.lemma_.lower() not in LABELLING_VERBS:
        return False
    rights = [c for c in verb.rights]
    named = any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "to" for c in rights)
    return named and any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in rights)


def _clause_of_a_participle_read_as_subject(verb: Token) -> Optional[Token]:
    """Return the clause the participle ``verb`` says when the parser made it that clause's subject."""
    clause = verb.head
    if verb.tag_ != "VBG" or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    participle = _participle_read_as_subject(clause.head, clause)
    return clause if participle is not None and participle.i == verb.i else None


def _opening_quotation_before_speaker(verb: Token) -> bool:
    """Return True for '"Donald Trump is no racist," LeVell assured the crowd': a quotation that opens the sentence
    closes right before the cue's speaker (not 'Bemoaning the "phony system," Trump accused Holt')."""
    if _subject_before(verb) is None or not _quotation_before_speaker(verb):
        return False
    sent = verb.sent
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and is_quote_mark(first)


def _subject_before(verb: Token) -> Optional[Token]:
    return next((c for c in verb.children if c.dep_ in SUBJ_DEPS and c.i < verb.i), None)


def _quotation_before_speaker(verb: Token) -> bool:
    """Return True when a quotation closes right before the cue's speaker or the cue ('"...," Trump said')."""
    subj = _subject_before(verb)
    k = (subj.left_edge.i if subj is not None else verb.i) - 1
    if subj is not None and is_quote_mark(subj.left_edge):
        k += 1  # the parser may hang the closing mark on the speaker
    sent_start = verb.sent.start
    while k > sent_start and verb.doc[k].text == ",":
        k -= 1
    return k > sent_start and is_quote_mark(verb.doc[k]) and verb.doc[k - 1].text in (",", "?", "!")


def _quoted_title(verb: Token, clause: Token) -> bool:
    """Return True for a quoted name the parser took for what was said: 'said in May on the podcast "Here's
    the Thing"', 'said after a brief "I'm sorry"' (a reported quotation follows the cue or a comma or colon)."""
    doc = verb.doc
    first = clause.left_edge.i
    mark = first if is_quote_mark(doc[first]) else first - 1
    if mark <= verb.i or not is_quote_mark(doc[mark]) or _closes_a_quotation(doc[mark]):
        return False
    return mark - 1 != verb.i and opens_a_name(doc[mark - 1])


def _closes_a_quotation(mark: Token) -> bool:
    """True for the second, fourth ... quote mark of a sentence ('on "This Week" that he would ...')."""
    return sum(is_quote_mark(t) for t in mark.doc[mark.sent.start:mark.i + 1]) % 2 == 0


def _misread_clause_after(verb: Token) -> Optional[Token]:
    """Return a right "complement" of a subjectless inverted cue: in '"...," said David Brock, who heads
    Correct the Record' the parser took "Correct" for a verb whose subject is the speaker."""
    if any(c.dep_ in SUBJ_DEPS for c in verb.children) or _quotation_before(verb) is None:
        return None
    return next((c for c in verb.rights if c.dep_ == "ccomp"
                 and _nsubj_before(c) is not None), None)


def _speaker_read_as_a_clause(verb: Token) -> Optional[Token]:
    clause = _misread_clause_after(verb)
    return None if clause is None else _nsubj_before(clause)


def _nsubj_before(head: Token) -> Optional[Token]:
    """Return the active subject that precedes ``head``, if any."""
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


def _inverted_aside_clause(verb: Token) -> Optional[Token]:
    """Return the clause whose subject is really the speaker of an inverted cue set off inside a sentence: in
    "The contrast with Trump, said Doyle and others, would be clear" the parser made "The contrast" the cue's
    subject and "Doyle and others" the subject of "would be clear"."""
    doc = verb.doc
    if (verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in FINITE_PAST
            or verb.lemma_.lower() not in SPEECH_VERBS):
        return None
    subject = _nsubj_before(verb)
    if subject is None or any(t.dep_ == "appos" for t in subject.subtree):
        return None  # "The Treasurer, Peter Costello, says ...": the comma closes the speaker's apposition
    for c in verb.rights:
        if c.dep_ != "ccomp":
            continue
        speaker = _nsubj_before(c)
        if speaker is None or speaker.left_edge.i != verb.i + 1 or not (
                speaker.pos_ == "PROPN" or speaker.ent_type_ in ("PERSON", "ORG", "NORP") or person_noun(speaker)):
            continue
        end = speaker.right_edge.i  # (the parser may hang the closing comma on the speaker)
        comma = end if doc[end].text == "," else end + 1
        if comma >= c.i or doc[comma].text != ",":
            continue
        # the predicate goes on right after the comma ("..., would be clear"), not a description of the subject
        after = doc[comma + 1]
        if after.i == c.i or after.head.i == c.i and after.dep_ in ("aux", "auxpass", "neg", "advmod"):
            return c
    return None


def _subject_of_relative_misparse(verb: Token) -> Optional[Token]:
    """"The Commission, which co-financed the port, said ...": the parser may make the relative clause's
    verb a complement of "said" and hang the Commission on it; the subject before "which" is the speaker's."""
    for c in verb.lefts:
        if c.dep_ != "ccomp":
            continue
        subj = _nsubj_before(c)
        if subj is None or not any(t.lower_ in ("which", "who") for t in verb.doc[subj.i + 1:c.i]):
            continue
        if verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            return subj
    return None


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Return token offsets of ``head``'s phrase: its subtree without trailing punctuation or clauses."""
    left, right = head.left_edge.i, head.right_edge.i + 1
    doc = head.doc
    for child in head.rights:
        if child.dep_ in ("relcl", "acl") and child.i > head.i:
            right = min(right, child.left_edge.i)
        elif child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
            # "Brazil's top electoral court on Friday barred ...": the time is the act's, not the speaker's
            right = min(right, child.left_edge.i)
    # "BRUSSELS, June 23 (Wire) - European Union governments": a dateline the parser hung on the phrase stays out
    dash = next((t.i for t in doc[left:head.i] if spaced_dash(t) and t.i - t.sent.start <= 16), None)
    if dash is not None:
        left = dash + 1
    while right > left + 1 and doc[right - 1].is_punct:
        right -= 1
    while left < right - 1 and doc[left].is_punct:
        left += 1
    return left, right


def _trim(doc: Doc, start: int, end: int) -> Optional[tuple[int, int]]:
    while start < end and doc[start].text in CONTENT_PUNCT:
        start += 1
    while end > start and doc[end - 1].text in CONTENT_PUNCT:
        end -= 1
    return (start, end) if end > start else None


def content_of(verb: Token) -> tuple[Optional[tuple[int, int]], str]:
    """Return the complement of ``verb`` as token offsets and its type."""
    doc = verb.doc
    rights = [c for c in verb.rights]
    lefts = [c for c in verb.lefts]
    if puts_it(verb):
        return _put_it(verb)
    aside = _inverted_aside_clause(verb)
    if aside is not None:  # "The contrast, said Doyle, would be clear": the sentence around the cue
        return _trim(doc, _nsubj_before(verb).left_edge.i, aside.right_edge.i + 1), "para"
    if label_read_as_participle(verb):
        return _trim(doc, verb.i + 1, verb.sent.end), "obj"
    reported = _clause_of_a_participle_read_as_subject(verb)
    if reported is not None:  # '"...," Kiedis said, mentioning [the album is "almost done"]'
        return _trim(doc, verb.i + 1, reported.right_edge.i + 1), "ccomp"
    misread = getattr(_misread_clause_after(verb), "i", None)
    ccomps = [c for c in rights if c.dep_ == "ccomp" and not _bare_participle(c) and not _taken_by_a_later_cue(verb, c)
              and _speech_participle_before(verb, c) is None and c.i != misread and not _quoted_title(verb, c)
              and not _adverbial_read_as_reported(verb, c) and _participle_read_as_subject(verb, c) is None]
    if not ccomps and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.lemma_.lower() in SPEECH_VERBS:
        # "welcomed the move, writing on X that ...": the parser hung the participle's clause on the main verb
        ccomps = [c for c in verb.head.rights if c.dep_ == "ccomp" and c.i > verb.i
                  and getattr(_speech_participle_before(verb.head, c), "i", None) == verb.i]
    if ccomps:
        c = ccomps[0]
        # "a bill that critics say mirrors a Russian law": the relative "that" before the cue stays out, while
        # "which he said Norland should pay for" keeps its pronoun (PolNeAR train: "that" out 109 to 45,
        # which/who/whom in 101 to 63)
        first = c.left_edge
        start = first.i if first.i < verb.i and first.lower_ in WH_RELATIVES else max(first.i, verb.i + 1)
        start = _subject_read_as_object(verb, c, _fronted_clause_start(verb, c, _past_medium(c, start)))
        end = before_a_conjoined_speaker(doc, start, _second_clause_end(c, ccomps[1:]))
        end = _before_timed_participle(doc, start, _before_writers_participle(doc, start, end))
        return _trim(doc, start, end), "ccomp"
    clause = (_reported_clause_read_as_adverbial(verb) or _reported_clause_on_a_medium(verb)
              or _question_read_as_condition(verb))
    if clause is not None:
        return _trim(doc, clause[0], clause[1]), "ccomp"
    reported = reported_subject_clause(verb)
    if reported is not None:  # "Gunmen killed 12 people ..., police said", parsed as two subjects of "said"
        subj = reported.head
        start = max(past_dateline(subj).left_edge.i, after_last_dash(doc, subj.sent.start, subj.i))
        return _trim(doc, start, subj.right_edge.i + 1), "lccomp"
    # "EU adopts new sanctions on Russia; Moscow vows response": a semicolon ends what is reported
    left_ccomps = [c for c in lefts if c.dep_ == "ccomp"  # (the semicolon may close the clause's own subtree)
                   and not any(t.text == ";" for t in doc[c.right_edge.i:verb.i]) and not _fronted_participle(c)]
    if left_ccomps and not _label_on_the_right(verb):
        c = left_ccomps[-1]
        start = _quotation_after_a_colon(doc, _first_conjunct_start(verb, c), c.right_edge.i + 1)
        return _trim(doc, start, c.right_edge.i + 1), "lccomp"
    # "OUAGADOUGOU, Feb 18 (Wire) - Jihadists killed 50 soldiers, two sources said": the parser hung the
    # reported clause on the dateline, and the dateline on the cue
    lede = next((v for v in (lede_verb(c) for c in lefts if c.left_edge.is_sent_start) if v is not None), None)
    if lede is not None:
        return _trim(doc, lede.left_edge.i, lede.right_edge.i + 1), "lccomp"
    xcomps = [c for c in rights if c.dep_ == "xcomp" or c.dep_ == "advcl" and (
        _bid_read_as_purpose(verb, c) or _pledge_read_as_purpose(verb, c) or _plea_for_a_clause(verb, c))]
    if xcomps:
        c = xcomps[0]
        start, end = c.left_edge.i, c.right_edge.i + 1
        if c.dep_ == "advcl" and doc[start].lower_ == "for":
            start += 1  # "called for [the president to resign]": the preposition is the cue's
        # "urged Republicans to vote", "called both candidates crazy": the object is part of the statement
        objs = [o for o in rights if o.dep_ in ("dobj", "dative") and o.i < c.i and o.ent_type_ not in ("DATE", "TIME")]
        # "called on the administration to block the deal" (PolNeAR train: 35 of 43 start at the addressee)
        objs += [o for p in rights if p.dep_ == "prep" and p.lower_ in ("on", "upon") and p.i == verb.i + 1
                 for o in p.children if o.dep_ == "pobj" and o.i < c.i
                 and o.ent_type_ not in ("DATE", "TIME")]  # ("agreed on Wednesday to raise ...": a day, no one)
        if objs:
            start = min(start, min(o.left_edge.i for o in objs))
        return _trim(doc, start, end), "xcomp"
    proform = answer_proform(verb)
    if proform is not None:  # "after 55 percent said so in December", "72 percent of Democrats said yes"
        return (proform.i, proform.i + 1), "obj"
    # "called Trump a "pathological liar"": the parser sometimes reads both the object and its label as oprd
    objs = [c for c in rights if c.dep_ in ("dobj", "dative")]
    oprds = [c for c in rights if c.dep_ == "oprd"]
    if not objs and len(oprds) > 1:
        objs = oprds[:1]
    stray = _stray_that_clause(verb) if objs and verb.lemma_.lower() in STRAY_CLAUSE_VERBS else None
    if stray is not None:  # "told foreign ambassadors, without evidence, that the machines could be rigged"
        return _trim(doc, stray.left_edge.i, stray.right_edge.i + 1), "ccomp"
    if objs:
        own = OWN_TAIL_PREPS.get(verb.lemma_.lower())
        preps = OBJ_TAIL_PREPS | {own} if own else OBJ_TAIL_PREPS
        tail = [c for c in rights if c.i >= objs[0].i and (c.dep_ in OBJ_TAIL_DEPS or c.dep_ == "prep"
                                                           and c.lower_ in preps)]
        end = max(c.right_edge.i for c in tail) + 1
        start = _quotation_after_colon(doc, objs[0].left_edge.i, end)
        return _trim(doc, start, _before_writers_adjunct(doc, start, end)), "obj"
    # "said in a statement": the medium is no content
    preps = [c for c in rights if c.dep_ == "prep" and not _names_a_medium(c)]
    if preps:
        p = preps[0]
        # "referred to Rubio as a bright leader": the as-phrase belongs to the content
        end = max([p.right_edge.i] + [c.right_edge.i for c in preps[1:2] if c.lower_ == "as"]) + 1
        start = _quotation_after_colon(doc, p.i + 1, end)
        return _trim(doc, start, _before_writers_adjunct(doc, start, end)), "prep:" + p.lower_
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        sent = verb.sent
        return _trim(doc, sent.start, verb.left_edge.i), "para"
    clause_start = _trailing_speech_clause(verb)
    if clause_start is not None:
        sent = verb.sent
        if clause_start == sent.start + 1 and doc[sent.start].text == "," and sent.start > 0:
            # the parser cut ", the agency said." off as a sentence of its own: it reports the one before
            return _trim(doc, doc[sent.start - 1].sent.start, sent.start), "para"
        return _trim(doc, sent.start, clause_start), "para"
    stray = _stray_that_clause(verb) if verb.lemma_.lower() in STRAY_CLAUSE_VERBS else None
    if stray is not None:
        return _trim(doc, stray.left_edge.i, stray.right_edge.i + 1), "ccomp"
    if verb.dep_ == "parataxis" and verb.sent.start <= verb.head.i and verb.head.i > verb.right_edge.i:
        # 'On the tax, she said, "It is too much."': the clause around the cue is the statement;
        # its extent runs over the cue, as PolNeAR scores a content split by its cue
        sent = verb.sent
        start = sent.start if verb.left_edge.i > sent.start else verb.right_edge.i + 1
        if start == sent.start and (_connective_only(doc[start:verb.left_edge.i])
                                    or _framing_lead(doc[start:verb.left_edge.i]) and _quotation_after(verb)):
            # "But, she added, the port stays shut": the connective is the writer's; so is the setting in
            # 'On the radio Tuesday, he said, "I never promised that."'
            start = verb.right_edge.i + 1
        elif start == sent.start:
            start = _after_colon(doc, start, verb.left_edge.i)
        return _trim(doc, start, sent.end), "para"
    return None, "none"


def answer_proform(verb: Token) -> Optional[Token]:
    """Return the "so" or "yes" that stands for what was said right after a verb of saying (PolNeAR train
    annotates 10 of 13)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or verb.lemma_.lower() not in ("say", "answer", "reply"):
        return None
    after = doc[verb.i + 1]
    if after.head.i == verb.i and (after.lower_ == "so" and after.dep_ == "advmod"
                                   or after.lower_ == "yes" and after.dep_ == "intj"):
        return after
    return None


def _quotation_after_colon(doc: Doc, start: int, end: int) -> int:
    """Return where an object's content starts: at the quotation a colon introduces, "rolled out a new
    campaign message: "It's about me."" (the noun before the colon names the statement; PolNeAR puts it
    in the cue), else at ``start``."""
    return next(_colon_quotations(doc, start, end), start)


def _colon_quotations(doc: Doc, start: int, end: int):
    """Yield where each quotation that a colon in [start, end) introduces starts (the token after the colon)."""
    for k in range(start, end - 1):
        if doc[k].text == ":" and is_quote_mark(doc[k + 1]):
            yield k + 1


def _before_writers_adjunct(doc: Doc, start: int, end: int) -> int:
    """Return where a quoted label's phrase ends: "blasted Clinton as a “disgrace” Wednesday on a radio show".

    The parser hangs the writer's time, occasion or dash aside on the quoted words; after a closing quote
    mark they are no longer the speaker's (an unquoted "soft on crime" stays whole).
    """
    opened = False
    for tok in doc[start:end]:
        if tok.tag_ in FINITE_TAGS:
            return end  # "Trump's claim that there have been “thousands of shootings” in Chicago": a clause
        if not is_quote_mark(tok):
            continue
        closes = tok.text in ("”", "''") or tok.text == '"' and opened
        opened = not closes
        if closes and tok.i + 1 < end and _writers_adjunct(doc[tok.i + 1]):
            return tok.i + 1
    return end


def _writers_adjunct(tok: Token) -> bool:
    if spaced_dash(tok) or tok.ent_type_ in ("DATE", "TIME") and tok.ent_iob_ == "B":
        return True
    if tok.dep_ != "prep":
        return False
    if tok.lower_ in OCCASION_PREPS or _names_a_time(tok):  # "during a campaign stop", "for months"
        return True
    # "on The Laura Ingraham Show", "in Flint": a named show or place is the writer's setting
    return tok.lower_ in ("on", "in", "at") and any(g.dep_ == "pobj" and g.ent_type_ in SETTING_ENTS
                                                     for g in tok.children)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SETTING_ENTS = ("GPE", "LOC", "FAC", "ORG", "WORK_OF_ART", "EVENT")
OCCASION_PREPS = frozenset({"during", "amid", "following", "after", "before", "since", "while"})


def _bid_read_as_purpose(verb: Token, clause: Token) -> bool:
    """Return True for "tells his supporters to "go and vote"": a bid the parser (misled by the quote mark)
    hung on the verb as a purpose clause."""
    return (verb.lemma_.lower() in BIDDING_VERBS and any(c.dep_ in ("dobj", "dative") and c.i < clause.i
                                                          for c in verb.children)
            and _to_infinitive(clause))


def _pledge_read_as_purpose(verb: Token, clause: Token) -> bool:
    """Return True for "promised Sunday at a rally to end ...": a pledge whose infinitive the parser took for a
    purpose because a time stood between them (and read the time as the object)."""
    return (verb.lemma_.lower() in PLEDGE_VERBS
            and all(c.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ == "dobj" and c.i < clause.i)
            and _to_infinitive(clause))


# verbs that ask for something to happen: "called for the president to resign", "pushed for the state to act"
PLEA_FOR_VERBS = frozenset("call push press lobby ask plead appeal clamor clamour argue beg intend".split())


def _plea_for_a_clause(verb: Token, clause: Token) -> bool:
    """Return True for "called for the president to resign": the parser reads the for-to clause as an
    adverbial; it is what was called for (PolNeAR train: 22 of 24 such clauses after "call" are attributions)."""
    first = clause.left_edge
    return (verb.lemma_.lower() in PLEA_FOR_VERBS and first.lower_ == "for" and first.dep_ == "mark"
            and first.head.i == clause.i and first.i > verb.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and _to_infinitive(clause))


def _to_infinitive(clause: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" and a.i < clause.i for a in clause.children)


PLEDGE_VERBS = frozenset({"promise", "pledge", "vow", "threaten", "swear", "vote", "agree", "refuse", "offer"})
BIDDING_VERBS = frozenset({"tell", "urge", "ask", "order", "instruct", "advise", "encourage", "implore", "beg",
                           "remind", "invite", "warn", "direct", "press", "exhort"})


LABEL_PARTICIPLES = frozenset({"called", "dubbed", "labeled", "labelled", "branded"})


def label_read_as_participle(verb: Token) -> bool:
    """Return True for 'Beruff, a Scott ally, called Florida's standards "strong."' read as "Beruff [called
    ...]": a labelling verb parsed as a participle on the subject of a sentence left with no verb at all."""
    if verb.dep_ != "acl" or verb.lower_ not in LABEL_PARTICIPLES or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return False
    sent = verb.sent
    return (sent.root.pos_ not in ("VERB", "AUX") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and verb.i + 1 < sent.end and verb.doc[verb.i + 1].pos_ not in ("ADP", "PUNCT"))


def puts_it(verb: Token) -> bool:
    """Return True for "put it", the cue of "as X put it"."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def _put_it(verb: Token) -> tuple[Optional[tuple[int, int]], str]:
    """Return what "as X put it" frames: the clause it sits in ("As the paper put it, the vote was a rout",
    "the rule, as a memo put it, is a "lawful source""). A quotation right after "put it" (or a colon, "put it
    this way: ...") is what was put: no complement here, the fallback finds it."""
    doc = verb.doc
    if _quotation_after(verb) or any(is_quote_mark(t) for t in doc[verb.i + 1:verb.right_edge.i + 1]):
        return None, "none"
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None, "none"
    sent = verb.sent
    if all(t.is_punct or t.is_space for t in doc[sent.start:verb.left_edge.i]):
        return _trim(doc, verb.right_edge.i + 1, sent.end), "ccomp"
    head = verb.head
    start = head.left_edge.i
    while start < verb.left_edge.i and doc[start].dep_ in ("mark", "cc", "punct"):
        start += 1
    if all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1:head.right_edge.i + 1]):
        return _trim(doc, start, verb.left_edge.i), "lccomp"
    return _trim(doc, start, head.right_edge.i + 1), "lccomp"


def _reported_clause_read_as_adverbial(verb: Token) -> Optional[tuple[int, int]]:
    """Return the reported clause the parser made an adverbial of a speech verb: in "Trump said after the
    convention he would not accept X" it takes "after" for the clause's conjunction. A real adverbial clause
    has its own ("because", "if", "when"); the reported one starts at its subject."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    for c in verb.rights:
        # a wh-adverb opens a real adverbial clause too: "said when a reporter asked"
        opened = any(g.dep_ == "mark" or g.dep_ == "advmod" and g.tag_ == "WRB" and g.i < c.i for g in c.children)
        if c.dep_ != "advcl" or c.tag_ in ("VBG", "VBN") or opened:
            continue
        subj = next((g for g in c.children if g.dep_ in SUBJ_DEPS and g.i < c.i), None)
        if subj is not None:
            return subj.left_edge.i, c.right_edge.i + 1
    return None


def _question_read_as_condition(verb: Token) -> Optional[tuple[int, int]]:
    """Return the question of "asked the students if they were always so serious", which the parser hangs on
    the verb as a condition (PolNeAR train: 16 of 17 such clauses after an active "ask" or "question" are
    attributions). A question put to the subject ("was asked by a host if ...") is the asker's, not theirs."""
    if verb.lemma_.lower() not in QUESTION_VERBS or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for c in verb.rights:
        mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ in ("if", "whether")), None)
        if c.dep_ == "advcl" and mark is not None and mark.i == c.left_edge.i:
            return mark.i, c.right_edge.i + 1
    return None


QUESTION_VERBS = frozenset({"ask", "question", "wonder", "inquire", "enquire", "query"})


def _reported_clause_on_a_medium(verb: Token) -> Optional[tuple[int, int]]:
    """Return the reported clause the parser hung on the medium it was said in: "said in a preliminary
    report that the vote was marred" (a "that" opening a clause with its own subject; a relative
    "that", "a report that the agency published", is the clause's object or subject, not its mark)."""
    if verb.lemma_.lower() not in STRAY_CLAUSE_VERBS:
        return None
    for p in verb.rights:
        if p.dep_ != "prep" or p.lower_ not in MEDIUM_PREPS:
            continue  # "responded to a report that X": X is the report's, not the speaker's
        for o in p.children:
            for clause in o.children:
                if clause.dep_ not in ("acl", "relcl") or not any(g.dep_ in SUBJ_DEPS for g in clause.children):
                    continue
                mark = next((g for g in clause.children if g.dep_ == "mark" and g.lower_ == "that"), None)
                if mark is not None and mark.i == clause.left_edge.i and _complete_clause(clause):
                    return mark.i, clause.right_edge.i + 1
    return None


# prepositions of the medium a statement is made in: "said in a report", "wrote on X", "told reporters at a briefing"
MEDIUM_PREPS = frozenset({"in", "on", "at", "during", "via", "through"})
# dependents that show a clause lacks no object: "that the vote was marred", not "that the ministry published"
_COMPLETE_CLAUSE_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "nsubjpass", "auxpass", "prt"})


def _complete_clause(clause: Token) -> bool:
    return any(g.dep_ in _COMPLETE_CLAUSE_DEPS or g.dep_ == "aux" and g.tag_ == "MD" for g in clause.children)


def _speech_participle_before(verb: Token, clause: Token) -> Optional[Token]:
    """Return a speech participle of ``verb`` standing between it and its complement ``clause`` ("welcomed the
    move, writing on X that ..."): the clause is what the participle says, not what the verb does."""
    return next((c for c in verb.rights if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                 and c.lemma_.lower() in SPEECH_VERBS and verb.i < c.i < clause.i), None)


def reported_subject_clause(verb: Token) -> Optional[Token]:
    """Return the verb of a report the parser took for a subject of the reporting verb: in "Gunmen killed at least
    12 people ..., police and residents said" both "Gunmen" and "police" are subjects of "said", and "killed" a
    participle on "Gunmen". The nearer subject reports; the farther one's verb, with an object, is what is said."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    before = [c for c in verb.children if c.dep_ in SUBJ_DEPS and c.i < verb.i]
    if len(before) < 2:
        return None
    return next((c for c in before[0].children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                 and any(g.dep_ in ("dobj", "obj") for g in c.children)), None)


def _names_a_medium(prep: Token) -> bool:
    return any(o.dep_ == "pobj" and o.lemma_.lower() in SPEECH_MEDIA for o in prep.children)


def _names_a_time(tok: Token) -> bool:
    """"on Wednesday", "Wednesday": a time phrase."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME")
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in tok.children)


def _past_medium(clause: Token, start: int) -> int:
    """Return the content start past a leading "in a statement" or "on Wednesday" that the parser hung on the
    clause: "said on Wednesday he would not sign", "told them this weekend he would" frame the cue."""
    for child in clause.lefts:
        if child.left_edge.i == start and (child.dep_ == "prep" and (_names_a_medium(child) or _names_a_time(child))
                                 or child.dep_ == "npadvmod" and _names_a_time(child)):
            start = child.right_edge.i + 1
    return start


def _before_writers_participle(doc: Doc, start: int, end: int) -> int:
    """Return where a reported clause ends before a closing participle the parser hung inside it:
    "he would consider it an insult if they did not vote, implicitly putting his name on the line" (the
    participle is the writer's gloss on the statement)."""
    for comma in doc[start + 1:end - 1]:
        if comma.text != ",":
            continue
        part = doc[comma.i + 1]
        if part.pos_ == "ADV" and comma.i + 2 < end:
            part = doc[comma.i + 2]
        if (part.tag_ == "VBG" and part.dep_ in ("advcl", "xcomp") and part.right_edge.i + 1 >= end
                and part.lemma_.lower() not in GLOSS_EXCEPTIONS and part.head.i < comma.i):
            return comma.i
    return end


def _before_timed_participle(doc: Doc, start: int, end: int) -> int:
    """Return where a reported clause ends before "before claiming that ...": the reporter's next statement."""
    part = next((t for t in doc[start + 1:end] if _timed_participle(t) and t.right_edge.i + 1 >= end), None)
    return part.head.i if part is not None else end


# participles that carry on the statement itself: "including", "according to", "saying"
GLOSS_EXCEPTIONS = frozenset({"include", "accord", "say", "add", "mean", "base", "depend", "give"})


def _fronted_participle(clause: Token) -> bool:
    """Return True when a clause before the cue opens with a subjectless participle: in "Asked if he was
    encouraging violence, Trump replied, "..."" the question is the occasion of the reply, not its content."""
    first = clause.left_edge
    return (first.tag_ in ("VBN", "VBG") and first.i != clause.i and first.dep_ == "advcl"
            and not any(c.dep_ in SUBJ_DEPS for c in first.children))


def _first_conjunct_start(verb: Token, clause: Token) -> int:
    """Return where a statement before a trailing cue starts. In "Pakistan sent planes, and Iran
    dispatched a team, officials said" the parser makes the cue a conjunct of "sent" and gives it only
    the second clause; the officials said both."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i > clause.left_edge.i:
        return clause.left_edge.i
    own = [c.right_edge.i for c in head.children if c.i < clause.left_edge.i and c.dep_ not in ("cc", "punct")]
    if all(t.dep_ in ("cc", "punct") for t in verb.doc[max(own, default=head.i) + 1:clause.left_edge.i]):
        return head.left_edge.i
    return clause.left_edge.i


def _fronted_clause_start(verb: Token, clause: Token, start: int) -> int:
    """Return where a reported clause starts when the parser hung its fronted adverbial clause on the cue:
    in 'says no matter what action Obama takes, "his word does not trump the Second Amendment"' the
    condition is part of what he says (a time or medium of the saying has no subject and stays out)."""
    doc = verb.doc
    if start != clause.left_edge.i or start <= verb.i + 1:
        return start
    lead = [ch for ch in verb.rights if ch.i < start and ch.dep_ in ("advmod", "advcl", "prep", "npadvmod")]
    if not lead or lead[0].left_edge.i != verb.i + 1 or max(ch.right_edge.i for ch in lead) + 1 != start:
        return start
    if not any(t.dep_ in ("nsubj", "nsubjpass") for ch in lead for t in ch.subtree):
        return start
    return lead[0].left_edge.i


def _subject_read_as_object(verb: Token, clause: Token, start: int) -> int:
    """Return where a reported clause starts when the parser took its subject for the cue's object: in
    'explained the president's refusal to call it terrorism is a weakness' the clause "is a weakness" has no
    subject of its own, and the object standing right before it is that subject."""
    if start != clause.left_edge.i or any(ch.dep_ in SUBJ_DEPS or ch.dep_ == "expl" for ch in clause.children):
        return start
    if verb.lemma_.lower() not in SUBJECT_CLAUSE_VERBS or any(ch.dep_ == "mark" for ch in clause.children):
        return start  # "told a woman who ... that it is": the object is whom it was said to
    obj = next((ch for ch in verb.rights if ch.dep_ == "dobj" and ch.i < start), None)
    if obj is None or not (clause.tag_ in FINITE_TAGS or any(
            ch.dep_ in ("aux", "auxpass") and ch.tag_ in FINITE_TAGS for ch in clause.children)):
        return start
    # the subject's own modifiers may hang on the cue too ('"Trumpization" in the form of "slander" had started')
    between = [ch for ch in verb.rights if obj.i < ch.i < start]
    if any(not (ch.dep_ == "prep" or is_quote_mark(ch)) or ch.right_edge.i >= start for ch in between):
        return start
    if max([obj.right_edge.i] + [ch.right_edge.i for ch in between]) + 1 != start:
        return start
    first = obj.left_edge.i
    return first - 1 if first - 1 > verb.i and is_quote_mark(verb.doc[first - 1]) else first


CONTRASTIVE = CONCESSIVE | frozenset({"however", "but", "yet", "whereas", "while"})


def _second_clause_end(first: Token, later: list[Token]) -> int:
    """Return where a reported clause ends when the parser split it in two at "and": in "said Trump has
    "enormous respect" for the military and his comment was an expression of frustration" both halves
    hang on "said"."""
    doc = first.doc
    end = first.right_edge.i + 1
    for c in later:
        gap = doc[end:c.left_edge.i]
        # (an empty gap: the parser took "and his comment" for a second object inside the first clause)
        if len(gap) and not (all(t.dep_ == "cc" or t.text == "," for t in gap) and any(t.dep_ == "cc" for t in gap)):
            break
        opener = next((t for t in c.subtree if not t.is_punct), c)
        if c.pos_ not in ("VERB", "AUX") or opener.lower_ in CONTRASTIVE or any(
                t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in c.subtree):
            break  # the writer's gloss (", a swipe at ..."), contrast (", however ...") or another speaker's words
        end = c.right_edge.i + 1
    return end


def _quotation_after_a_colon(doc: Doc, start: int, end: int) -> int:
    """Return where a quotation that a colon introduces starts when it closes the statement before an inverted
    cue: in 'Rhimes declared the need for drive: "Change the world," she said' she said only the quotation."""
    for k in _colon_quotations(doc, start, end):
        closing = next((j for j in range(k + 1, len(doc)) if is_quote_mark(doc[j])), None)
        if closing is not None and closing >= end - 1:
            return k
    return start


def _bare_participle(clause: Token) -> bool:
    """Return True for a past participle with no subject or auxiliary right after a noun, which the parser
    made a complement: in "said in a statement read on state television" what was read is no statement."""
    return (clause.tag_ == "VBN" and clause.i > 0 and clause.doc[clause.i - 1].pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in SUBJ_DEPS or c.dep_ in ("aux", "auxpass") for c in clause.children))


def _after_colon(doc: Doc, start: int, stop: int) -> int:
    """Return the token after the last colon or semicolon in [start, stop), else ``start``: in "Luque was blunt:
    the president, she said, has lied" what she said follows the colon."""
    marks = [t.i for t in doc[start:max(start, stop)] if t.text in (":", ";")]
    return marks[-1] + 1 if marks else start


# verbs of a "citing X" phrase: "the paper reported, citing officials" (shared by the attribution and event layers)
CITING_VERBS = frozenset(("cite", "quote"))
# verbs whose that-clause the parser may hang elsewhere (only these are searched: the search scans the sentence)
STRAY_CLAUSE_VERBS = SPEECH_VERBS | frozenset({"report", "claim", "confirm", "reveal", "announce", "warn",
                                               "acknowledge", "admit", "allege", "suggest"})
# cues that take a bare clause whose subject the parser may read as their object (not "tell", whose object is
# the addressee, nor "make", whose clause was misattached: "made no effort ..., which he says would never win")
SUBJECT_CLAUSE_VERBS = STRAY_CLAUSE_VERBS - {"tell"} | frozenset({
    "argue", "contend", "believe", "think", "predict", "note", "deny", "maintain", "assert", "complain", "insist",
    "demand", "request", "recommend", "propose"})


def _stray_that_clause(verb: Token) -> Optional[Token]:
    """"after the paper reported, citing two officials, that he had approved ...": the parser may hang the
    that-clause on the main verb; it is the complement of the cue it follows, past a citing phrase."""
    doc = verb.doc
    # "told foreign ambassadors, without evidence, that ...": the cue's own object and adjuncts may come first
    own = {t.i for c in verb.rights if c.dep_ in ("dobj", "dative", "prep", "npadvmod", "advmod") for t in c.subtree}
    for tok in doc[verb.i + 1:verb.sent.end]:
        if tok.dep_ == "relcl" and tok.head.dep_ in ("dobj", "dative") and tok.head.head.i == verb.i \
                and any(c.dep_ in SUBJ_DEPS and c.lower_ != "that" for c in tok.children):
            # "warned the rebels that the army would respond": a clause with its own subject after a
            # speech verb's addressee is what was said, not a relative clause on the addressee (but in
            # "posted videos that appeared to show", "that" is the subject: a relative clause)
            first = next((t for t in tok.subtree if not t.is_punct), None)
            return tok if first is not None and first.lower_ == "that" and first.head.i == tok.i else None
        if tok.dep_ not in ("advcl", "ccomp") or tok.head.i == verb.i:
            continue
        first = next((t for t in tok.subtree if not t.is_punct), None)
        if first is not None and first.dep_ == "mark" and first.lower_ == "that" and first.head.i == tok.i:
            between = doc[verb.i + 1:first.i]
            citing = {t.i for c in between if c.lemma_.lower() in CITING_VERBS for t in c.subtree}
            return tok if all(t.is_punct or t.i in citing or t.i in own for t in between) else None
    return None


def _taken_by_a_later_cue(verb: Token, clause: Token) -> bool:
    """"The case centred on a meeting at which Bolsonaro told ambassadors that ...": the parser hung the
    that-clause on "centred"; it is what the speech verb in between said."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in STRAY_CLAUSE_VERBS and _stray_that_clause(t) is clause
               for t in verb.doc[verb.i + 1:clause.left_edge.i])


def _trailing_speech_clause(verb: Token) -> Optional[int]:
    """Return where "..., she said." starts when the parser hung it on the reported clause as an adverbial clause."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    # as a clause hung on the reported verb, or as a root the parser gave nothing to report ("MAIDUGURI,
    # Nigeria - Floodwaters ... swept through the city, the agency said.", all of it hung on the dateline)
    if not (verb.dep_ in ("advcl", "ccomp") and verb.head.i < verb.i
            or verb.dep_ == "ROOT" and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in verb.children)):
        return None
    if any(is_quote_mark(t) for t in verb.doc[verb.i + 1:verb.sent.end]):
        return None  # 'Asked whether ..., Priebus said, "Probably."': the quotation after the cue is what was said
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    # nothing after the cue but its own adjuncts: "..., the presidency said in a statement."
    adjuncts = {t.i for c in verb.rights if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree}
    if not subjects or any(not (t.is_punct or t.is_space or t.pos_ == "PUNCT") and t.i not in adjuncts
                           for t in verb.doc[verb.i + 1:verb.sent.end]):
        return None
    start = subjects[-1].left_edge.i  # the nearer, when a misparse hangs two on the verb
    return start if start > verb.sent.start and verb.doc[start - 1].text == "," else None


def _framing_lead(span) -> bool:
    """Return True for a sentence opening that sets the scene: a prepositional phrase ("On ABC's show
    Tuesday,"), a participle ("Asked about it,") or an adverb ("Later,"), not a subject or a topic."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    after = span.doc[span.end] if span.end < len(span.doc) else None  # (the comma may be the cue clause's own)
    if not words or span[-1].text != "," and (after is None or after.text != ","):
        return False
    first = words[0]
    if first.lower_ == "as" and len(words) > 1 and words[1].lower_ == "for":
        return False  # "As for his rivals, she said, "...": the topic is part of the statement
    return first.pos_ == "ADP" or first.tag_ == "VBG" or _past_participle_lead(first) or (
        first.pos_ == "ADV" and first.dep_ == "advmod")


def _past_participle_lead(tok: Token) -> bool:
    """Return True for a sentence-opening past participle ("Asked about it,"), which the tagger may read as a
    past tense with no subject before it."""
    return tok.tag_ == "VBN" or tok.tag_ == "VBD" and all(t.is_space or t.is_punct
                                                          for t in tok.doc[tok.sent.start:tok.i])


def _quotation_after(verb: Token) -> bool:
    """Return True when a quotation opens right after the cue clause (past a comma or colon)."""
    doc = verb.doc
    if verb.right_edge.i > verb.i and is_quote_mark(doc[verb.right_edge.i]):
        return True  # (the parser hung the opening mark on the cue)
    i = verb.right_edge.i + 1
    while i < len(doc) and doc[i].text in (",", ":"):
        i += 1
    return i < len(doc) and is_quote_mark(doc[i])


def _connective_only(span) -> bool:
    """Return True for words that only link a sentence to the one before: "But,", "And so,", "Also,"."""
    return all(t.is_punct or t.is_space or t.pos_ == "CCONJ" or t.dep_ in ("cc", "advmod") and t.pos_ == "ADV"
               for t in span)


class Paragraphs:
    """Paragraph bounds of a Doc in token offsets, computed once per article."""

    def __init__(self, doc: Doc):
        self.text = doc_text(doc)
        self.idx = [t.idx for t in doc]

    def bounds(self, i: int) -> tuple[int, int]:
        """Return the token offsets [start, end) of the paragraph holding token ``i`` (newlines excluded)."""
        c = self.idx[i]
        start = self.text.rfind("\n", 0, c) + 1
        end = self.text.find("\n", c)
        if end < 0:
            end = len(self.text)
        return bisect_left(self.idx, start), max(bisect_left(self.idx, end), i + 1)

    def next_after(self, i: int) -> Optional[tuple[int, int]]:
        """Return the bounds of the first paragraph with words after the one holding token ``i``."""
        _, end = self.bounds(i)
        j = end
        while j < len(self.idx) and not self.text[self.idx[j]:self.idx[j] + 1].strip():
            j += 1
        if j >= len(self.idx):
            return None
        return self.bounds(j)


def fallback_content(verb: Token, quote_tokens: list[tuple[int, int]],
                     paras: Optional[Paragraphs] = None) -> tuple[Optional[tuple[int, int]], str]:
    """Return the content a speech verb without a complement introduces: after a colon, or a nearby quote."""
    doc = verb.doc
    paras = paras or Paragraphs(doc)
    para_start, para_end = paras.bounds(verb.i)
    right = max([verb.i] + [c.right_edge.i for c in verb.rights
                            if c.dep_ in ("dobj", "prep", "npadvmod", "advmod", "dative", "nsubj")])  # "Said Ellis:"
    j = right + 1
    while j < para_end and doc[j].is_space:
        j += 1
    if j < para_end and doc[j].text in (":", "—", "–"):
        if any(not t.is_space and not t.is_punct for t in doc[j + 1:para_end]):
            return _trim(doc, j + 1, para_end), "colon"
        nxt = paras.next_after(j)
        if nxt is not None:
            return _trim(doc, *nxt), "colon"
    sent = verb.sent
    best = None
    # 'needled the CNN “reporter,” saying, “A reporter who tweets on request!”': the object said is quoted
    said_after = any(verb.i < qs <= c.i < qe for c in verb.rights if c.dep_ == "dobj" for qs, qe in quote_tokens)
    for qs, qe in quote_tokens:
        if qe <= sent.start - 1 or qs >= sent.end or qs < para_start or qe > para_end:
            continue
        if qs <= verb.i < qe or said_after and qe <= verb.i:
            continue
        if qe <= verb.i and any(t.lower_ in RELATIVE_WORDS for t in doc[qe:verb.i]):
            continue  # 'a bill on "foreign agents" that critics say mirrors a law': the quote names the bill
        dist = verb.i - qe if qe <= verb.i else qs - verb.i
        if best is None or dist < best[0]:
            best = (dist, qs, qe)
    if best is not None:
        clause = _clause_around_fragment(verb, best[1], best[2])
        if clause is not None:
            return clause, "ccomp"
        return (best[1], best[2]), "quote"
    return None, "none"


def _clause_around_fragment(verb: Token, qs: int, qe: int) -> Optional[tuple[int, int]]:
    """Return the clause a short quoted fragment sits in, when that clause is what the cue reports:
    'The treaty signals "the beginning of the end" for the EU, said Wilders', 'As Ryan has pointed out, that's
    the "textbook definition" of racism'. A quotation that is a sentence of its own stays whole."""
    doc = verb.doc
    words = [t for t in doc[qs:qe] if not t.is_punct]
    marks_out = [t for t in doc[qs:qe] if not is_quote_mark(t)]
    if not words or len(words) > FRAGMENT_WORDS or marks_out and marks_out[-1].text in (".", "?", "!"):
        return None  # (a quoted sentence is a statement of its own)
    inside = [t for t in words if not qs <= t.head.i < qe]  # the fragment's own root(s)
    if len(inside) != 1:
        return None
    head = inside[0]
    if head.pos_ not in ("VERB", "AUX"):
        head = head.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    while (head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX") and head.head.i != verb.i
           and not any(c.dep_ in SUBJ_DEPS for c in head.children)):
        head = head.head  # 'his policy would be "to go after them"': the subject is the verb's above
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJ_DEPS for c in head.children):
        return None
    start, end = head.left_edge.i, head.right_edge.i + 1
    if start <= verb.i < end:
        # the cue clause sits inside it ("As Ryan has pointed out, that's ..."): keep the side the quote is on
        cue_start, cue_end = verb.left_edge.i, verb.right_edge.i + 1
        if verb.head.i != head.i or not (start <= cue_start and cue_end <= end):
            return None
        start, end = (cue_end, end) if qs >= cue_end else (start, cue_start)
    return _trim(doc, start, end)


FRAGMENT_WORDS = 6


NONRESTRICTIVE = frozenset({"which", "who", "whom", "whose", "including", "as", "while", "after", "before", "because",
                            "since", "although", "though", "when", "where", "even", "despite", "amid", "according"})
ADVERBIAL_DEPS = frozenset({"npadvmod", "prep", "advmod", "agent", "dobj", "dative", "punct", "cc", "prt", "aux", "neg"})


def _relative_inside_a_subject(opener: Token, end: int) -> bool:
    """Return True for a relative clause set off inside the reported clause's subject: in "said the decision,
    which struck down the rules, shows what is at stake" the statement goes on after it."""
    if opener.lower_ not in WH_RELATIVES:
        return False
    clause = next((t for t in [opener, *opener.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.i != opener.i:
        return False
    noun = clause.head
    return (noun.dep_ in ("nsubj", "nsubjpass") and clause.right_edge.i < noun.head.i < end
            and noun.head.i > opener.i)


def shape_content(doc: Doc, verb: Token, source: Optional[tuple[int, int]], content: tuple[int, int],
                  ctype: str) -> Optional[tuple[int, int]]:
    """Return the complement cut before non-restrictive tails and widened over a parenthetical cue.

    "X, he said, Y" and "X, he said, since Y" report the whole sentence; "the matter, treating ..." stops at the comma.
    """
    s, e = content
    if s > verb.i:
        # "saw Fiorina, then 44, as the perfect driver": the object's label comes after the aside
        label = max((c.i for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), default=-1) \
            if ctype == "obj" or ctype.startswith("prep:") else -1
        for k in range(s + 1, e - 1):
            if doc[k].text != "," or k < label:
                continue
            closing = doc[k + 1].text in QUOTE_CHARS or doc[k + 1].text == "''"  # '..., party," claiming that'
            nxt = doc[k + 2] if closing and k + 2 < e else doc[k + 1]
            if (nxt.lower_ in NONRESTRICTIVE or nxt.tag_ == "VBG") and nxt.lower_ != "including" \
                    and not _relative_inside_a_subject(nxt, e):
                # (", including ..." lists what the statement covers: PolNeAR keeps it nine times in ten)
                e = k + 2 if closing else k
                break
    sent = verb.sent
    clause_start = min(source[0], verb.i) if source is not None else verb.i
    if any(t.text in QUOTE_CHARS or t.text in ("''", "``") for t in doc[max(0, s - 1):e + 1]):
        if _quotation_goes_on(doc, verb, source, sent, clause_start, s):
            s = sent.start  # 'So when the firm signaled a deal, Barrett said, "we were floored."'
        return _trim(doc, s, e)  # a quotation keeps its marks as bounds
    if s < verb.i:
        if _said_more(doc, verb, source, sent.end):
            e = max(e, sent.end)
    elif _parenthetical_cue(doc, verb, sent, clause_start, s):
        s = min(s, sent.start)  # "X, he said, Y"
    if s == sent.start:
        s = _after_connective(doc, s, e)
    return _trim(doc, s, e)


def _quotation_goes_on(doc: Doc, verb: Token, source: Optional[tuple[int, int]], sent, clause_start: int,
                       content_start: int) -> bool:
    """Return True for a quotation after a cue set off by commas that opens in lower case: it finishes the
    sentence begun before the cue, which the speaker said too."""
    k = content_start + 1 if is_quote_mark(doc[content_start]) else content_start
    if k >= len(doc) or not doc[k].is_lower or not is_quote_mark(doc[k - 1]) or doc[k - 2].text != ",":
        return False
    if source is not None and source[1] <= verb.i and any(t.pos_ not in ("ADV", "AUX", "PART")
                                                          for t in doc[source[1]:verb.i]):
        return False  # "Axelrod emailed her, ..., telling her, "you are ..."": the cue is no inserted clause
    lead = doc[sent.start:clause_start]
    first = next((t for t in lead if not t.is_space), doc[sent.start])
    # a past-participle lead is the writer's ('Asked where he was, the spokesman said, "anybody's guess"'); a
    # gerund lead is the subject the quotation goes on from ('Evaluating them by polls, he said, "is like ..."')
    return _set_off_after_a_lead(doc, verb, sent, clause_start, content_start) and not _past_participle_lead(first)


def _after_connective(doc: Doc, s: int, e: int) -> int:
    """Return where a sentence starts after its linking words: "But the talks", "Also, the talks", "But, ..."."""
    k = s + 1 if doc[s].pos_ == "CCONJ" else s
    if k + 1 < e and doc[k].pos_ == "ADV" and doc[k].dep_ == "advmod" and doc[k + 1].text == ",":
        k += 2
    elif s < k < e - 1 and doc[k].text == ",":
        k += 1
    return k if k < e else s


def _parenthetical_cue(doc: Doc, verb: Token, sent, clause_start: int, content_start: int) -> bool:
    """Return True for a cue clause set off by commas inside the sentence it reports: "X, he said, Y"."""
    return (_set_off_after_a_lead(doc, verb, sent, clause_start, content_start)
            and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ",")


def _set_off_after_a_lead(doc: Doc, verb: Token, sent, clause_start: int, content_start: int) -> bool:
    """Return True for a cue clause after a comma and more than a connective, with its content after the cue."""
    return (clause_start > sent.start + 1 and doc[clause_start - 1].text == "," and content_start > verb.i
            and not _connective_only(doc[sent.start:clause_start]))


FINITE_PAST = frozenset({"VBD", "VBZ", "VBP"})
MODAL_TAGS = frozenset({"MD", "TO"})


def cut_coordinated(doc: Doc, verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """Return the content cut before a verb phrase coordinated with the cue, which the parser hung inside it.

    "chastised Clinton for use of the server but did not recommend prosecution" (a verb phrase cannot be
    coordinated with the object "Clinton") and "said he would order a review and warned against hackers"
    (a finite verb coordinated with a modal one) each report only the first part.
    """
    s, e = content
    if s <= verb.i:
        return content
    for k in range(s + 2, e):
        t = doc[k]
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or not s <= t.head.i < k:
            continue
        if any(c.dep_ in SUBJ_DEPS for c in t.children):
            continue
        cc = k - 1
        while cc > s and doc[cc].pos_ in ("ADV", "AUX", "PART") and doc[cc].dep_ in ("advmod", "aux", "neg"):
            cc -= 1
        if doc[cc].lower_ not in ("and", "but"):
            continue
        head = t.head
        nominal = head.pos_ in ("NOUN", "PROPN", "PRON")
        if nominal or _narrated_after(t, verb) or _second_verb_phrase(t):
            cut = _trim(doc, s, cc)
            return cut if cut is not None else content
    return content


# verbs that, coordinated after a reported clause, go on with what the speaker did: "said the rate hurt
# families and called it a tax"
COORDINATED_CUES = frozenset({"call", "accuse", "warn", "urge", "blame", "deny", "insist", "vow", "promise",
                              "criticize", "condemn", "praise", "reject", "dismiss", "describe", "announce", "pledge",
                              "threaten", "confirm", "reveal", "claim", "admit", "acknowledge",
                              "demand"}) | SPEECH_VERBS


def _narrated_after(conj: Token, cue: Token) -> bool:
    """Return True for "said he makes $41,000 a year and questioned how ...": a past verb coordinated with a
    present one in the reported clause goes on with the writer's narration, in the cue's tense."""
    return conj.tag_ == "VBD" and conj.pos_ == "VERB" and conj.head.tag_ in ("VBZ", "VBP") and cue.tag_ == "VBD"


def _second_verb_phrase(conj: Token) -> bool:
    """Return True when a finite verb coordinated inside a reported clause is the speaker's second act:
    after a modal verb ("said he would order a review and warned against hackers") or when it is itself a
    verb of saying ("said residents were struggling and called the increase a tax")."""
    head = conj.head
    finite = conj.tag_ in FINITE_PAST or any(c.lower_ in ("did", "does", "do") for c in conj.children
                                              if c.dep_ == "aux")
    modal = any(c.tag_ in MODAL_TAGS for c in head.children if c.dep_ == "aux")
    return (finite and (modal or conj.tag_ == "VBD" and conj.lemma_.lower() in COORDINATED_CUES)
            or _past_read_as_passive(conj))


def _past_read_as_passive(conj: Token) -> bool:
    """"said the vote had been rigged and called supporters onto the streets": the tagger reads "called" as a
    second passive participle, but a passive takes no direct object: it is the speaker's past-tense act."""
    head = conj.head
    return (conj.tag_ == "VBN" and conj.lemma_.lower() in COORDINATED_CUES
            and any(c.dep_ == "auxpass" for c in head.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
            and any(c.dep_ in ("dobj", "obj") for c in conj.children))


def coordinated_with_cue(verb: Token) -> Optional[Token]:
    """Return the verb of saying whose subject ``verb`` shares when the parser hung it inside the reported
    clause: in "said his forces would respect the deal but accused the army" the speaker accused."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return None
    head = verb.head
    if head.dep_ != "ccomp" or head.i > verb.i or head.head.i > head.i:
        return None
    cue = head.head
    if cue.lemma_.lower() not in STRAY_CLAUSE_VERBS or not (_second_verb_phrase(verb) or _narrated_after(verb, cue)):
        return None
    between = verb.doc[head.i:verb.i]
    return cue if any(t.lower_ in ("and", "but") and t.head.i == head.i for t in between) else None


def speakers_second_act(verb: Token) -> Optional[Token]:
    """Return the verb of saying when ``verb`` is itself one coordinated with it (the speaker's second act: "said
    ... but accused the army"), else None; the event layer gives such a verb the speaker as its subject."""
    return coordinated_with_cue(verb) if verb.lemma_.lower() in COORDINATED_CUES else None


def _said_more(doc: Doc, verb: Token, source: Optional[tuple[int, int]], end: int) -> bool:
    """Return True when words after a trailing cue continue the statement ("..., he said, since ...")."""
    if any(_writers_concession(t) for t in doc[verb.i + 1:end]):
        return False
    rest = [t for t in doc[verb.i + 1:end]
            if not t.is_punct and not t.is_space and not _under(t, verb, ADVERBIAL_DEPS) and not _citing(t, verb)
            and not _participle(t, verb) and not (source is not None and source[0] <= t.i < source[1])
            and not _timed_by_the_writer(t, verb) and not _meanwhile(t, verb)]
    return len(rest) >= 2


# marks of a clause the writer sets beside a statement's time: "..., officials said on Monday, as talks resumed"
MEANWHILE_MARKS = frozenset({"as", "while", "amid"})
# marks of a clause that times another by what came before or after it: "hours before Putin was due to speak"
SEQUENCE_MARKS = frozenset({"before", "after"})


def _meanwhile(tok: Token, verb: Token) -> bool:
    """Return True for a token of an "as"/"while" clause hung on the cue with a subject of its own that is no
    pronoun: what was going on as it was said, in the writer's words, not more of the statement."""
    top = _child_over(tok, verb)
    return (top.head.i == verb.i and opened_by(top, MEANWHILE_MARKS)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in top.children))


def opened_by(clause: Token, marks: frozenset) -> bool:
    """Return True for an adverbial clause opened by one of ``marks``: "as talks resumed", "hours after X fired"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _child_over(tok: Token, verb: Token) -> Token:
    """Return the child of ``verb`` whose subtree holds ``tok`` (the root when ``verb`` is not above it)."""
    top = tok
    while top.head.i != top.i and top.head.i != verb.i:
        top = top.head
    return top


def _timed_by_the_writer(tok: Token, verb: Token) -> bool:
    """Return True for a token of "hours before X" / "days after X" hung on the cue: the writer's time line
    ("..., the air force said on Tuesday, hours before Putin was due to speak"), not more of the statement."""
    top = _child_over(tok, verb)
    if top.head.i != verb.i:
        return False
    marked = [c for c in verb.children if opened_by(c, SEQUENCE_MARKS)]
    measures = [g for c in marked + [verb] for g in c.children
                if g.dep_ == "npadvmod" and g.lemma_.lower() in TIME_UNITS]
    return bool(marked and measures) and (top in marked or top in measures)


TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _person_the_parser_lost(verb: Token, quoted: frozenset[int]) -> Optional[Token]:
    """Return the first person named before a finite verb of saying that the parser left with no subject: in
    "after Mr. Trump, asked about X, had said", "in a call on Dec. 2, Col. Warren, a spokesman, said" and "but
    Sen. Chris Murphy (a Democrat so boyish ...) says" the name was hung on a preposition, a date or an adjective."""
    if (verb.dep_ != "ROOT" or verb.lemma_.lower() not in SPEECH_VERBS
            or not (verb.tag_ in FINITE_PAST or any(c.dep_ == "aux" for c in verb.children))):
        return None
    doc, sent = verb.doc, verb.sent
    person = next((e for e in doc.ents if e.label_ == "PERSON" and sent.start <= e.start and e.end <= verb.i
                   and e.root.i not in quoted and e.root.dep_ != "poss"), None)
    return person.root if person is not None else None


def _participle(tok: Token, verb: Token) -> bool:
    """Return True when ``tok`` belongs to a participle clause of ``verb``: "..., he said, adding that ...", "...,
    he said in a statement read on television"."""
    return any((c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" or c.dep_ == "ccomp" and _bare_participle(c))
               and c.left_edge.i <= tok.i <= c.right_edge.i for c in verb.rights)


def _citing(tok: Token, verb: Token) -> bool:
    """Return True when ``tok`` belongs to a "citing X" phrase hanging under ``verb``."""
    return any(c.lemma_.lower() in CITING_VERBS and c.left_edge.i <= tok.i <= c.right_edge.i for c in verb.children)


def _under(tok: Token, verb: Token, deps: frozenset[str]) -> bool:
    """Return True when ``tok`` hangs under a child of ``verb`` attached with one of ``deps``."""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.i != verb.i and tok.dep_ in deps


def candidates(doc: Doc, quote_tokens: Optional[list[tuple[int, int]]] = None,
               paras: Optional[Paragraphs] = None) -> list[Candidate]:
    """Return one candidate per verb of ``doc``; ``quote_tokens`` are quotations as token offsets."""
    out = []
    paras = paras or Paragraphs(doc)
    quoted = quoted_tokens(quote_tokens or [])
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lower_ == "according":
            continue
        subj = subject_of(tok)
        if subj is not None and quoted and subj.i in quoted and tok.i not in quoted:
            subj = _speaker_after_quote(doc, tok, quote_tokens or [])
        if subj is None and tok.i > 0 and doc[tok.i - 1].text in QUOTE_CHARS | {"''"}:
            # '"...," tweeted a fisherman': the parser takes the inverted speaker for an object
            subj = next((c for c in tok.rights if c.dep_ == "dobj"), None) if tok.lemma_.lower() in SPEECH_VERBS \
                else _inverted_speaker_after_quotation(tok, quote_tokens or [])
        quotation = None
        if quoted and tok.i not in quoted and tok.lemma_.lower() in SPEECH_VERBS:
            repaired = _speaker_hung_inside_the_quotation(doc, tok, subj, quote_tokens or [])
            if repaired is not None:
                subj, quotation = repaired
        lost = subj is None
        if lost:
            subj = _person_the_parser_lost(tok, quoted)
        source = phrase_bounds(subj) if subj is not None else None
        if source is not None and label_read_as_participle(tok):  # the misread sentence is all the subject's
            source = _trim(doc, source[0], tok.i)
        if source is not None:
            # a subject never crosses a paragraph break ("9:15 a.m. / The mayor says")
            lo, hi = paras.bounds(tok.i)
            source = (max(source[0], lo), min(source[1], hi)) if source[0] < hi and source[1] > lo else None
            if source is None and _name_opening_the_paragraph(doc, lo, tok.i):
                # "... Over Zika Virus / Chris Christie said ...": the parser ran a headline into the paragraph
                source = (lo, tok.i)
        content, ctype = content_of(tok)
        if quotation is not None:
            content, ctype = quotation, "quote"
        if lost and subj is not None and content is not None and content[0] <= subj.i < content[1]:
            subj = source = None  # "... from Mr Arafat's offices, witnesses said": a name inside what was said
        if tok.lemma_.lower() in RAISING and ctype == "xcomp" and subj is not None and subj.i < tok.i:
            # "the candidate seemed to be shrinking": the writer's impression of the whole clause, no speaker
            content = _trim(doc, subj.left_edge.i, content[1]) if content is not None else None
            subj = source = None
        elif (tok.lemma_.lower() in RAISING and subj is not None and subj.lower_ == "it"
              and (ctype == "ccomp" or ctype in ("prep:like", "prep:as"))):
            subj = source = None  # "It appears that the game was not boring to everyone": nobody's word
        if ctype.startswith("prep:") and tok.lemma_.lower() not in SPEECH_VERBS and _occasion_set_off(tok, ctype):
            content, ctype = None, "none"  # '"...!" students chanted, two days after the arrests': when, not what
        if ctype in ("obj", "none") or ctype.startswith("prep:"):
            if (tok.lemma_.lower() in SPEECH_VERBS or _opening_quotation_before_speaker(tok)
                    or subj is not None and subj.dep_ == "dobj" and subj.head.i == tok.i):  # '"..?" asked the girl'
                # "told reporters", "said in an interview", '"...," she assured the crowd': the object is no
                # statement; look for a quote
                alt, alt_type = fallback_content(tok, quote_tokens or [], paras)
                if alt is not None and (content is None or alt[1] <= content[0] or alt[0] >= content[1]) and not (
                        content is not None and _subordinate_clause(tok)):
                    # ('"...?" he urged them, as he explained the plan': the plan is explained, the quotation urged)
                    content, ctype = alt, alt_type
        if ctype == "obj" and (_only_the_addressee(tok, content) or _only_a_medium(tok, content)):
            # "Hannity asked Trump Wednesday", "released a statement": whom it was put to, or how, not what
            content, ctype = None, "none"
        if content is None:
            content, ctype = fallback_content(tok, quote_tokens or [], paras)
        elif ctype not in ("colon", "quote"):
            content = shape_content(doc, tok, source, content, ctype)
            if content is not None:  # (each step below returns a content, never None)
                content = _without_writers_comment(doc, paras.text, cut_coordinated(doc, tok, content))
                if ctype == "obj" or ctype.startswith("prep:"):
                    content = _without_closing_description(doc, paras.text, content)
                if ctype == "obj":
                    content = _quotation_after_object(doc, content, quote_tokens or [])
        if content is not None and content[0] > tok.i and ctype not in ("colon", "quote"):
            held = held_view_start(tok, content)  # "The deal was criticized as a threat": the deal too
            if held is not None and not only_a_time(doc, content):
                content = (held, content[1])
        tail = None
        paren = parenthetical(doc, tok, source, paras)
        if paren is not None and (paren[1] is not None or content is None or content[0] > paren[0][0]
                                  or content[1] < paren[0][1]):
            content, tail = paren
            ctype = "lccomp"
        if content is not None and ctype != "colon":
            # a complement never crosses a paragraph break (the parser's sentences sometimes do)
            lo, hi = paras.bounds(tok.i)
            inside = content[0] < hi and content[1] > lo
            content = _trim(doc, max(content[0], lo), min(content[1], hi)) if inside else None
            if not inside:  # "He said:" closing its paragraph introduces the next one
                alt, alt_type = fallback_content(tok, quote_tokens or [], paras)
                if alt_type == "colon":
                    content, ctype = alt, alt_type
        out.append(Candidate(tok.i, (tok.idx, tok.idx + len(tok.text)), source,
                             subj.i if subj is not None else None, content, ctype, tail))
    return out


# participles that name or say how something is held: "the string of contests known as Super Tuesday"
HELD_VIEW_VERBS = frozenset({"expect", "know", "see", "consider", "view", "regard", "project", "believe", "think",
                             "rumor", "rumour", "call", "dub", "name", "label", "term", "deem", "describe"})
# passives whose subject is the one spoken to, moved or quoted, not what the statement is about: "he was asked about
# the levy", "she was shocked that ...", "the minister was quoted as saying ..."
ADDRESSEE_PASSIVES = frozenset({
    "quote", "cite", "ask", "tell", "warn", "urge", "advise", "inform", "brief", "assure", "remind", "question",
    "press", "convince", "persuade", "shock", "worry", "concern", "outrage", "surprise", "disappoint", "frustrate",
    "anger", "upset", "alarm", "please", "encourage", "satisfy", "trouble", "bother", "impress", "thrill", "excite",
    "stun", "dismay", "disturb", "offend", "interest", "horrify", "appal", "appall", "amaze", "delight", "scare",
    "terrify", "annoy",
})


def held_view_start(verb: Token, content: tuple[int, int]) -> Optional[int]:
    """Return where the statement of a passive cue starts: at its subject ("The president is expected to run
    again", "The deal was criticized as a threat") or, for a participle of naming or holding a view, at the noun
    it describes ("the string of contests known as Super Tuesday"). PolNeAR takes the subject into the
    statement (train: 12 of 13 "is seen", 13 of 13 "is considered", 65 of 69 "is expected")."""
    if verb.tag_ != "VBN" or label_read_as_participle(verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma in ADDRESSEE_PASSIVES:
        return None
    if lemma not in HELD_VIEW_VERBS and any(is_quote_mark(t) for t in verb.doc[content[0]:content[1]]):
        return None  # "a song was featured in the documentary "Weiner."": a quoted title, not a statement
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is not None and subj.lower_ == "it" and any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "It was announced that the border would reopen": the clause is the statement
    if subj is not None:
        return subj.left_edge.i
    # (a participle describing a noun says no more than its own phrase: not when the parser hung the label on
    # another verb, as in "the bill, known as the "X Act" was passed by Congress")
    if lemma in HELD_VIEW_VERBS and verb.dep_ == "acl" and verb.head.i < verb.i \
            and verb.head.pos_ in ("NOUN", "PROPN") and content[1] <= verb.right_edge.i + 1:
        noun = verb.head
        # "the string of contests known as ...": the whole noun phrase
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        return noun.left_edge.i
    return None


def only_a_time(doc: Doc, content: tuple[int, int]) -> bool:
    """Return True for a content that is only a time: "A second round is expected in the coming weeks"."""
    # function words by part of speech, not spaCy's stop list: that list holds "we", "doing", "more" and "less"
    words = [t for t in doc[content[0]:content[1]] if not t.is_punct and t.pos_ not in FUNCTION_POS]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX"})


def _text_of(doc: Doc, text: str, start: int, end: int) -> str:
    """Return the text of tokens [start, end) sliced from the article's ``text`` (no token joining)."""
    last = doc[end - 1]
    return text[doc[start].idx:last.idx + len(last)]


# nouns by which a writer sums up the statement just reported: "..., a charge that party leaders denied"
COMMENT_NOUNS = frozenset({
    "charge", "claim", "assertion", "acknowledgment", "acknowledgement", "admission", "allegation", "accusation",
    "move", "step", "reference", "remark", "comment", "statement", "sign", "signal", "jab", "swipe", "dig", "nod",
    "boast", "promise", "pledge", "prediction", "warning", "suggestion", "contention", "argument", "position",
    "view", "notion", "idea", "message", "theme", "refrain", "line", "assessment", "characterization",
})


def _without_writers_comment(doc: Doc, text: str, content: tuple[int, int]) -> tuple[int, int]:
    """Cut the writer's summing-up noun phrase that closes a content: in 'said the contest had been "rigged"
    against him, a charge that party leaders denied' the charge and its denial are the writer's."""
    start, end = content
    if ", a" not in _text_of(doc, text, start, end):  # (a cheap test first: this runs for every verb)
        return content
    for tok in doc[start:end]:
        if (tok.pos_ == "NOUN" and tok.lemma_.lower() in COMMENT_NOUNS and tok.left_edge.lower_ in ("a", "an")
                and _closes_after_a_comma(doc, tok, start, end)
                and any(c.dep_ in ("relcl", "acl") for c in tok.children)):
            return start, tok.left_edge.i - 1
    return content


def _closes_after_a_comma(doc: Doc, tok: Token, start: int, end: int) -> bool:
    """Return True when ``tok``'s phrase is set off by a comma inside [start, end) and runs to its end."""
    comma = tok.left_edge.i - 1
    return comma > start and doc[comma].text == "," and tok.right_edge.i + 1 >= end


def _without_closing_description(doc: Doc, text: str, content: tuple[int, int]) -> tuple[int, int]:
    """Cut a description the writer apposes to the last noun of an object content: in "praised Jeb Bush, the
    former Florida governor" what was praised is Bush. An apposed name stays ("thanked Clinton's successor,
    John Kerry"): it says who was meant."""
    start, end = content
    span_text = _text_of(doc, text, start, end)
    if ", a" not in span_text and ", the" not in span_text:  # (a cheap test first: this runs for every verb)
        return content
    for tok in doc[start:end]:
        # (a determiner opens a description; "my judgment, my honesty" or a conjunct is a list)
        if (tok.dep_ == "appos" and tok.pos_ == "NOUN" and start <= tok.head.i < tok.left_edge.i
                and tok.left_edge.lower_ in ("a", "an", "the", "another")
                and not any(c.dep_ == "conj" for c in tok.children) and _closes_after_a_comma(doc, tok, start, end)):
            return start, tok.left_edge.i - 1
    return content


def _quotation_after_object(doc: Doc, content: tuple[int, int], quote_tokens: list[tuple[int, int]]
                            ) -> tuple[int, int]:
    """Extend an object content over a quotation that follows it with no verb between: in 'calling him, among
    other things, "a failed candidate."' and 'described the DLC during an interview as "a remnant"' the parser
    hung the quoted label elsewhere, but it is what was said of the object."""
    end = content[1]
    qs, qe = next(((qs, qe) for qs, qe in quote_tokens if qs >= end), (None, None))
    if qs is None or qs - end > 8:
        return content
    verbless = not any(t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":") or t.is_quote for t in doc[end:qs])
    return (content[0], qe) if verbless and qe <= doc[end - 1].sent.end + 1 else content


ADDRESSED_VERBS = frozenset({"ask", "tell"})


def _only_the_addressee(verb: Token, content: Optional[tuple[int, int]]) -> bool:
    """Return True when an ask/tell object content is only the person addressed ("asked him", "told reporters",
    "asked Clinton Wednesday", "asked him a question")."""
    if content is None or verb.lemma_.lower() not in ADDRESSED_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.rights):
        return False
    objs = [c for c in verb.rights if c.dep_ in ("dobj", "dative")]
    if len(objs) == 2 and objs[1].lemma_.lower() in ASKED_FOR:
        objs = objs[:1]  # "asked him a question": what was asked is not in the object
    if len(objs) != 1:
        return False
    words = [t for t in verb.doc[content[0]:content[1]] if not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False  # "told authorities they had left": the parser hung the statement on the addressee
    obj = objs[0]
    # a newspaper or a panel told is an addressee too ("told The Huffington Post", "told a Senate panel")
    named = ("PERSON", "NORP", "ORG") if verb.lemma_.lower() == "tell" else ("PERSON", "NORP")
    person = obj.tag_ == "PRP" or obj.ent_type_ in named or person_noun(obj) or obj.lower_ in ("panel", "committee")
    addressed = set(range(obj.left_edge.i, obj.right_edge.i + 1)) if person else set()
    people = [t for t in words if t.tag_ == "PRP" or t.ent_type_ in named or t.i in addressed]
    return bool(people) and all(t in people or _a_time_word(t) or t.pos_ == "DET" or t.lemma_.lower() in ASKED_FOR
                                for t in words)


ASKED_FOR = frozenset({"question", "favor"})


PUBLISHING_VERBS = frozenset({"release", "issue", "publish", "put"})


def _subordinate_clause(verb: Token) -> bool:
    """True for the verb of a clause opened by "as", "while", "when" ... under a cue that closes a quotation
    before its speaker: the quotation is that cue's."""
    return (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.i < verb.i for c in verb.children)
            and verb.head.i < verb.i and _quotation_before_speaker(verb.head))


def _occasion_set_off(verb: Token, ctype: str) -> bool:
    """True for a time phrase set off after the cue (", two days after the arrests"), not "went after his record"."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and "prep:" + c.lower_ == ctype), None)
    return (prep is not None and prep.lower_ in OCCASION_PREPS and prep.left_edge.i > 0
            and verb.doc[prep.left_edge.i - 1].text == ",")


def _only_a_medium(verb: Token, content: Optional[tuple[int, int]]) -> bool:
    """Return True for "released a statement", "issued a follow-up statement": the medium, not what it says."""
    if content is None or verb.lemma_.lower() not in PUBLISHING_VERBS:
        return False
    span = verb.doc[content[0]:content[1]]
    words = [t for t in span if not t.is_punct]
    return bool(words) and words[-1].i == span.root.i and span.root.lemma_.lower() in SPEECH_MEDIA


def _a_time_word(tok: Token) -> bool:
    """"Wednesday", "on Wednesday": a time the question was put, no part of it."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.pos_ == "ADP" and any(
        c.ent_type_ in ("DATE", "TIME") for c in tok.children)


def _speaker_hung_inside_the_quotation(doc: Doc, verb: Token, subj: Optional[Token],
                                      quote_tokens: list[tuple[int, int]]) -> Optional[tuple[Token, tuple[int, int]]]:
    """Return the speaker and the quotation of '"We've had better," Bill Eastland, wearing "Cruz" pins, said',
    where the parser hung the speaker inside the quotation's clause (no subject) or took a word after the second
    quotation for the subject; None when the sentence has no such shape."""
    quotation = _quotation_closed_before_a_speaker(doc, verb, quote_tokens)
    if quotation is None or subj is not None and not any(quotation[1] < qs < subj.i for qs, _ in quote_tokens):
        return None
    speaker = _speaker_after_quote(doc, verb, [quotation])
    return (speaker, quotation) if speaker is not None else None


def _quotation_closed_before_a_speaker(doc: Doc, verb: Token,
                                      quote_tokens: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """Return the quotation that opens the cue's sentence and closes with a comma, question or exclamation
    mark before a name that runs up to the cue ('"...," Bill Eastland, a delegate, said'), else None."""
    sent = verb.sent
    before = [(qs, qe) for qs, qe in quote_tokens if sent.start <= qs and qe < verb.i]
    if not before or before[0][0] != sent.start:
        return None
    qs, qe = before[0]
    if qe - qs < 3 or doc[qe - 2].text not in (",", "?", "!") or doc[qe].pos_ not in ("PROPN", "DET", "ADJ", "NOUN"):
        return None  # (the marks, at least one word and the closing punctuation; then the speaker's first word)
    return qs, qe


def _inverted_speaker_after_quotation(verb: Token, quote_tokens: list[tuple[int, int]]) -> Optional[Token]:
    """Return the speaker of a cue the speech verbs do not list, inverted after a whole quotation: '"...,"
    opined the Gazette', '"...?" asked the boy' (a name or a person read as the object; not a quoted name
    before a finite verb's object, 'Washington, star of "Scandal," thanked Obama')."""
    if verb.tag_ not in FINITE_TAGS or not any(e == verb.i and e - s > QUOTED_NAME_TOKENS for s, e in quote_tokens):
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and (c.pos_ == "PROPN" or person_noun(c))), None)


QUOTED_NAME_TOKENS = 4  # a quotation of this many tokens or fewer (marks included) may be a title or a name


def _speaker_after_quote(doc: Doc, verb: Token, quote_tokens: list[tuple[int, int]]) -> Optional[Token]:
    """Return the speaker between a quotation and its cue ("...,'' Mr. Conant, the consultant, said").

    The parser sometimes takes a word inside the quotation as the cue's subject; a cue outside the
    quotation is said by someone outside it.
    """
    ends = [qe for qs, qe in quote_tokens if qe <= verb.i]
    if not ends:
        return None
    start = max(ends)
    while start < verb.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= verb.i:
        return None
    root = doc[start:verb.i].root
    if root.pos_ in ("VERB", "AUX"):  # '"A mess," she said, blaming ...': the participle is hers
        root = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and start <= c.i < verb.i), root)
    return root if root.pos_ in ("PROPN", "PRON", "NOUN") else None


PAREN_ADJUNCTS = frozenset({"npadvmod", "advmod", "prep", "pobj", "det", "compound", "amod", "nummod", "neg"})


def parenthetical(doc: Doc, verb: Token, source: Optional[tuple[int, int]],
                  paras: Paragraphs) -> Optional[tuple[tuple[int, int], Optional[tuple[int, int]]]]:
    """Return the content of a cue set off by commas inside its sentence, and a coordinated tail.

    "Lenox was a juggernaut, Mr. Clarke said, until it failed" reports the whole sentence (PolNeAR scores
    the extent of the two pieces); "X refused to sign, the officials said, and insisted on Y" reports X,
    and the clause coordinated after the cue ("insisted on Y") is a second statement of the same speaker.
    """
    if source is None or verb.dep_ == "relcl" or any(a.dep_ == "relcl" for a in verb.ancestors):
        # "Jim Donelan, who voted against it, said ...", "The US, which vetoed resolutions calling for a
        # ceasefire, circulated ...": a relative clause is no cue clause
        return None
    start, end = min(source[0], verb.i), max(source[1], verb.i + 1)
    if end - start > 12:
        return None
    sent = verb.sent
    lo, hi = paras.bounds(verb.i)
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    lo = _after_colon(doc, lo, start - 1)
    # time and manner adjuncts of the cue ("said Friday", "said in an interview") stay in the cue clause; a
    # quotation is never one ('referred to Reed as "a bright, decent man"': its comma closes no cue clause)
    while (end < hi and doc[end].text != "," and doc[end].head.i != end and not is_quote_mark(doc[end])
           and _under(doc[end], verb, PAREN_ADJUNCTS)):
        end += 1
    if start - 1 <= lo or end >= hi - 1 or doc[start - 1].text != "," or doc[end].text != ",":
        return None
    after_comma = next((t for t in doc[end + 1:hi] if not t.is_space), doc[end + 1])  # ",  “" leaves a space token
    if after_comma.text in QUOTE_CHARS or after_comma.text == "``":
        return None  # "Asked about it, he said, "..."": the quotation is the statement, not the sentence
    before = [t for t in doc[lo:start - 1] if not t.is_punct]
    after = [t for t in doc[end + 1:hi] if not t.is_punct]
    if len(before) < 2 or len(after) < 2 or not _said_more(doc, verb, source, hi):
        return None  # "X, the Times reported, citing officials": only the cue's own adjuncts follow
    nxt = doc[end + 1]
    if nxt.lower_ in ("and", "but") and end + 2 < hi and doc[end + 2].pos_ in ("VERB", "AUX") \
            and (doc[end + 2].head.i < start or doc[end + 2].head.i == verb.i):
        first, tail = _trim(doc, lo, start - 1), _trim(doc, end + 2, hi)
        return (first, tail) if first is not None else None
    whole = _trim(doc, lo, hi)
    return (whole, None) if whole is not None else None


def _writers_concession(mark: Token) -> bool:
    """Return True when ``mark`` opens a concession whose verb is itself a report ("X, mediators said, though
    fighting was reported hours later"): someone else's account, set beside the statement by the writer."""
    if mark.lower_ not in CONCESSIVE or mark.dep_ != "mark":
        return False
    clause = mark.head
    return clause.lemma_.lower() in SPEECH_VERBS | {"report"} and any(c.dep_ == "auxpass" for c in clause.children)


def _subject_kind(tok: Optional[Token]) -> str:
    if tok is None:
        return "none"
    if tok.pos_ == "PRON":
        return "pron:" + tok.lower_
    if tok.ent_type_:
        return tok.ent_type_
    return tok.pos_


def features(doc: Doc, cand: Candidate, quoted: frozenset[int]) -> list[str]:
    """Return the model features of one candidate; ``quoted`` holds token indices inside quotes."""
    verb = doc[cand.verb]
    lemma = verb.lemma_.lower()
    subj = doc[cand.source_head] if cand.source_head is not None else None
    skind = _subject_kind(subj)
    sk = skind.split(":")[0]
    ctype = cand.ctype.split(":")[0]
    feats = [
        "b", "l=" + lemma, "c=" + cand.ctype, "lc=" + lemma + "|" + cand.ctype, "ct=" + ctype,
        "t=" + verb.tag_, "d=" + verb.dep_, "s=" + skind, "sk=" + sk, "ls=" + lemma + "|" + sk,
        "lt=" + lemma + "|" + verb.tag_, "lct=" + lemma + "|" + ctype + "|" + sk,
    ]
    if cand.verb in quoted:
        feats.append("inq")
        feats.append("inq|" + sk)
    if cand.content is not None:
        s, e = cand.content
        n = e - s
        feats.append("len=" + ("1" if n <= 1 else "3" if n <= 3 else "8" if n <= 8 else "20" if n <= 20 else "L"))
        if any(i in quoted for i in range(s, e)):
            feats.append("cq")
            feats.append("cq|" + lemma)
        if s < cand.verb:
            feats.append("cleft")
    if cand.verb + 1 < len(doc):
        nxt = doc[cand.verb + 1]
        feats.append("n=" + nxt.lower_ if nxt.dep_ in ("prt", "prep") else "n=" + nxt.pos_)
        if nxt.dep_ in ("prt", "prep"):
            feats.append("ln=" + lemma + "|" + nxt.lower_)
    if cand.verb > 0:
        prv = doc[cand.verb - 1]
        feats.append("p=" + (prv.lower_ if prv.pos_ in ("AUX", "PART", "ADV") else prv.pos_))
    if any(c.dep_ == "neg" for c in verb.children):
        feats.append("neg")
    if verb.dep_ == "xcomp":
        feats.append("hx=" + verb.head.lemma_.lower())
    if subj is not None:
        feats.append("sl=" + subj.lemma_.lower())
        feats.append("skc=" + sk + "|" + ctype)
    if cand.content is not None and ctype in ("obj", "prep", "xcomp"):
        head = doc[cand.content[0]:cand.content[1]].root
        feats.append("oh=" + (head.ent_type_ or head.pos_))
        feats.append("loh=" + lemma + "|" + (head.ent_type_ or head.pos_))
    feats.append("vd=" + verb.dep_ + "|" + ctype)
    if cand.content is not None and ctype in ("obj", "prep"):
        # "raised questions about", "expressed concern over", "drew criticism": the object names the speech act
        ohead = doc[cand.content[0]:cand.content[1]].root.lemma_.lower()
        feats.append("ol=" + ohead)
        feats.append("lol=" + lemma + "|" + ohead)
    if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp") and verb.head.i != verb.i:
        # "said Biden would sign the bill and urged Congress to ...": the second act is coordinated with the
        # cue, whatever verb the parser hung it on
        governor = speakers_second_act(verb) if verb.dep_ == "conj" else None
        feats.append("hl=" + verb.dep_ + "|" + (governor or verb.head).lemma_.lower())
    if cand.tail is not None:
        feats.append("tail")
    return feats


def extension(doc: Doc, cand: Candidate, quoted: frozenset[int], paras: Paragraphs) -> Optional[tuple[int, int]]:
    """Return the candidate's content run on to the end of its sentence, or None when that adds nothing.

    The parser often hangs the tail of a reported clause ("..., since most voters agree") on the
    reporting verb instead of the complement; a second small model decides when to take it back.
    """
    if cand.content is None or cand.ctype in ("colon", "quote"):
        return None
    s, e = cand.content
    if e >= len(doc):
        return None
    sent_end = doc[cand.verb].sent.end
    end = min(sent_end, paras.bounds(cand.verb)[1])
    ext = _trim(doc, s, end)
    if ext is None or ext[1] <= e:
        return None
    if s < cand.verb and not _said_more(doc, doc[cand.verb], cand.source, end):
        return None  # only the cue, its speaker and adjuncts ("citing officials") follow
    if any(i in quoted for i in range(max(0, s - 1), min(len(doc), ext[1] + 1))):
        return None  # quotations have their own bounds
    return ext


def extension_features(doc: Doc, cand: Candidate, ext: tuple[int, int]) -> list[str]:
    """Return the features of the decision to run a content on to the end of its sentence."""
    verb = doc[cand.verb]
    s, e = cand.content  # type: ignore[misc]
    nxt = doc[e]
    ctype = cand.ctype.split(":")[0]
    where = "verb" if nxt.head.i == verb.i else "in" if s <= nxt.head.i < e else "out"
    n = ext[1] - e
    feats = ["b", "ct=" + ctype, "l=" + verb.lemma_.lower(), "n=" + (nxt.text if nxt.is_punct else nxt.pos_),
             "nd=" + nxt.dep_, "nh=" + where, "ctn=" + ctype + "|" + nxt.dep_, "side=" + ("r" if s > verb.i else "l"),
             "len=" + ("2" if n <= 2 else "5" if n <= 5 else "12" if n <= 12 else "L"), "nhd=" + where + "|" + nxt.dep_]
    if nxt.text == "," and e + 1 < len(doc):
        after = doc[e + 1]
        feats.append("c=" + (after.lower_ if after.lower_ in NONRESTRICTIVE else after.tag_))
        feats.append("cd=" + after.dep_)
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[e:ext[1]]):
        feats.append("subj")
    return feats


@lru_cache(maxsize=1)
def _model_data() -> dict:
    try:
        return json.loads((DATA_DIR / "cue_model.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def load_model() -> tuple[dict[str, float], float]:
    """Return the cue model's weights (shared: read only) and decision threshold (empty without the data file)."""
    data = _model_data()
    return data.get("weights", {}), float(data.get("threshold", 0.5))


def load_extension_model() -> dict[str, float]:
    """Return the weights (shared: read only) of the run-on-to-sentence-end model (empty when missing)."""
    return _model_data().get("extend_weights", {})


def score(feats: list[str], weights: dict[str, float]) -> float:
    """Return the model probability that the candidate is an attribution cue."""
    z = sum(weights.get(f, 0.0) for f in feats)
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def token_spans(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the character spans as token offsets [start, end)."""
    out = []
    for start, end in spans:
        span: Optional[Span] = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out


def quoted_tokens(tspans: list[tuple[int, int]]) -> frozenset[int]:
    """Return the indices of tokens inside the given token spans."""
    return frozenset(i for s, e in tspans for i in range(s, e))
