"""Speakers on the dependency parse: the subject of a cue verb, and the misparses that hide it.

A cue's *source* is its subject, inherited through ``conj``/``xcomp``/``advcl`` chains (:func:`subject_of`); a
passive's agent speaks, and so does the object of an object-control verb ("forced the government to withdraw").
The parser often hides the speaker: a name hung on the verb as a modifier, a participle set off after a report, a
relative clause made a complement, an inverted aside ("The contrast, said Doyle, would be clear"), a verb coordinated
inside the reported clause (the speaker's second act). :func:`phrase_bounds` gives the speaker's phrase. The
misparse tests are shared with :mod:`.quote_content`, which must not take a hidden speaker for what was said.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from newsdesk.extract.date_dateline import past_dateline, spaced_dash
from newsdesk.extract.speakers import person_noun
from newsdesk.extract.quote_lexicon import (
    FINITE_PAST, FINITE_TAGS, QUOTE_CHARS, SPEECH_VERBS, STRAY_CLAUSE_VERBS, SUBJ_DEPS, is_quote_mark,
)

INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp"})


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


def _quotation_before(verb: Token) -> Optional[Token]:
    """Return the left complement of an inverted cue that is a quotation ending right before it ('"..," said')."""
    doc = verb.doc
    for c in verb.lefts:
        if c.dep_ == "ccomp" and all(t.is_punct for t in doc[c.right_edge.i + 1:verb.i]) \
                and any(is_quote_mark(t) for t in doc[c.right_edge.i + 1:verb.i]):
            return c
    return None


def _participle_read_as_subject(verb: Token, clause: Token) -> Optional[Token]:
    """Return the participle of '"...," Kiedis said, mentioning the album is "almost done"' that the parser made
    the subject of the clause after it: the participle goes on from the cue, and the cue reports the quotation
    that closes before its speaker."""
    first = clause.left_edge
    if not (first.tag_ == "VBG" and first.dep_ in ("csubj", "nsubj") and first.head.i == clause.i
            and first.i > verb.i + 1 and verb.doc[first.i - 1].text == ","):
        return None
    return first if _quotation_before_speaker(verb) else None


def _clause_of_a_participle_read_as_subject(verb: Token) -> Optional[Token]:
    """Return the clause the participle ``verb`` says when the parser made it that clause's subject."""
    clause = verb.head
    if verb.tag_ != "VBG" or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    participle = _participle_read_as_subject(clause.head, clause)
    return clause if participle is not None and participle.i == verb.i else None


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


LABEL_PARTICIPLES = frozenset({"called", "dubbed", "labeled", "labelled", "branded"})


def label_read_as_participle(verb: Token) -> bool:
    """Return True for 'Beruff, a Scott ally, called Florida's standards "strong."' read as "Beruff [called
    ...]": a labelling verb parsed as a participle on the subject of a sentence left with no verb at all."""
    if verb.dep_ != "acl" or verb.lower_ not in LABEL_PARTICIPLES or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return False
    sent = verb.sent
    return (sent.root.pos_ not in ("VERB", "AUX") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and verb.i + 1 < sent.end and verb.doc[verb.i + 1].pos_ not in ("ADP", "PUNCT"))


def _past_participle_lead(tok: Token) -> bool:
    """Return True for a sentence-opening past participle ("Asked about it,"), which the tagger may read as a
    past tense with no subject before it."""
    return tok.tag_ == "VBN" or tok.tag_ == "VBD" and all(t.is_space or t.is_punct
                                                          for t in tok.doc[tok.sent.start:tok.i])


MODAL_TAGS = frozenset({"MD", "TO"})


# verbs that, coordinated after a reported clause, go on with what the speaker did: "said the rate hurt
# families and called it a tax"
COORDINATED_CUES = frozenset({"call", "accuse", "warn", "urge", "blame", "deny", "insist", "vow", "promise",
                              "criticize", "condemn", "praise", "reject", "dismiss", "describe", "announce", "pledge",
                              "threaten", "confirm", "reveal", "claim", "admit", "acknowledge",
                              "demand", "ask", "request", "appeal"}) | SPEECH_VERBS


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


def strip_punct(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Return token offsets [s, e) without punctuation or space at either end; quotation marks stay."""
    while s < e and (doc[s].is_punct and doc[s].text not in QUOTE_CHARS or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct and doc[e - 1].text not in QUOTE_CHARS or doc[e - 1].is_space):
        e -= 1
    return s, e
