"""The content a cue verb governs on the dependency parse (:func:`content_of`).

A cue's *content* is the complement it governs: a ``ccomp`` clause (with its "that"), else an ``xcomp`` ("vowed to
..."), else the object with its right-hand arguments ("called the charges baseless", "blasted him for ..."), else a
prepositional argument ("warned against ..."). A reported clause the parser hung elsewhere (on the medium it was
said in, on a dateline, as an adverbial or as a second subject) is taken back; the writer's times, media and glosses
stay out.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from newsdesk.extract.date_dateline import after_last_dash, lede_verb, past_dateline, spaced_dash
from newsdesk.extract.quote_lexicon import (
    CITING_VERBS, CONCESSIVE, FINITE_TAGS, SPEECH_MEDIA, SPEECH_VERBS, STRAY_CLAUSE_VERBS, SUBJ_DEPS, WH_RELATIVES,
    is_quote_mark,
)
from newsdesk.extract.quote_speaker_parse import (
    _clause_of_a_participle_read_as_subject, _inverted_aside_clause, _misread_clause_after, _nsubj_before,
    _participle_read_as_subject, _past_participle_lead, _quotation_before_speaker, _timed_participle,
    before_a_conjoined_speaker, label_read_as_participle,
)

OBJ_TAIL_DEPS = frozenset({"dobj", "oprd", "xcomp", "ccomp", "dative", "attr", "acomp", "prt"})
# an object's content keeps "blasted X as a disgrace", "accused X of ..." but not "X in a ruling on Thursday"
OBJ_TAIL_PREPS = frozenset({"as", "for", "of", "about", "that", "over", "against"})
# "likened the rules to "burning the Constitution"", "blamed the law on "knuckleheaded politicians"": the
# preposition these verbs take carries the statement
OWN_TAIL_PREPS = {"liken": "to", "compare": "to", "equate": "to", "blame": "on", "pin": "on"}
CONTENT_PUNCT = frozenset({",", ".", ";", ":", "—", "–", "-", "(", ")"})


def opens_a_name(before: Token) -> bool:
    """Return True when a quotation opening after ``before`` names something ('the podcast "Here's the Thing"',
    'ABC's "Good Morning America"'): it opens inside a noun phrase, not after a cue or a comma."""
    # (an abbreviation closing its sentence, 'a student from Fresno, Calif. "I think ..."', names nothing)
    return not before.is_punct and not before.text.endswith(".") and (
        before.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM") or before.tag_ == "POS")


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
