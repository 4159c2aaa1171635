"""Attribution candidates: every verb of a Doc read as a possible cue, with its source and content.

Every verb is a candidate cue (:func:`candidates`). Its *source* is its subject (:mod:`.quote_speaker_parse`), its
*content* the complement it governs (:mod:`.quote_content`), else the quotation or colon-introduced text beside it,
shaped by :mod:`.quote_content_shape`. Here they are put together, and what the parse confuses between them is
mended: a speaker hung inside or after a quotation, an addressee or a medium taken for what was said. Which
candidates really report speech or stance is decided by :mod:`.quote_cue_model`.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from spacy.tokens import Doc, Span, Token

from newsdesk.extract.speakers import person_noun
from newsdesk.extract.quote_lexicon import (
    FINITE_PAST, FINITE_TAGS, QUOTE_CHARS, SPEECH_MEDIA, SPEECH_VERBS, is_quote_mark,
)
from newsdesk.extract.quote_speaker_parse import (
    NOT_SPEAKER_ENTS, _quotation_before_speaker, _subject_before, label_read_as_participle, phrase_bounds, subject_of,
)
from newsdesk.extract.quote_content import OCCASION_PREPS, _trim, content_of
from newsdesk.extract.quote_content_shape import (
    Paragraphs, _quotation_after_object, _without_closing_description, _without_writers_comment, cut_coordinated,
    fallback_content, held_view_start, only_a_time, parenthetical, shape_content,
)

RAISING = frozenset({"seem", "appear"})


class Candidate(NamedTuple):
    """One verb read as a possible attribution cue, with the spans the parse gives it."""

    verb: int  # token index of the cue verb
    cue: tuple[int, int]  # character offsets
    source: Optional[tuple[int, int]]  # token offsets [start, end) of the subject phrase
    source_head: Optional[int]  # token index of the subject's head
    content: Optional[tuple[int, int]]  # token offsets [start, end) of the complement
    ctype: str  # ccomp | lccomp | xcomp | obj | prep:<word> | para | colon | quote | none
    tail: Optional[tuple[int, int]] = None  # "X, officials said, and Y": token offsets of Y (same speaker)
    recovered: bool = False  # the source is a phrase the parser hung elsewhere (not what the cue model learnt from)


def _name_opening_the_paragraph(doc: Doc, start: int, verb: int) -> bool:
    """Return True when the words from a paragraph's start up to ``verb`` are one short name."""
    words = doc[start:verb]
    return 0 < len(words) <= 6 and all(t.pos_ in ("PROPN", "DET", "ADJ", "NOUN") for t in words) \
        and any(t.pos_ == "PROPN" for t in words)


def _opening_quotation_before_speaker(verb: Token) -> bool:
    """Return True for '"Donald Trump is no racist," LeVell assured the crowd': a quotation that opens the sentence
    closes right before the cue's speaker (not 'Bemoaning the "phony system," Trump accused Holt')."""
    if _subject_before(verb) is None or not _quotation_before_speaker(verb):
        return False
    sent = verb.sent
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and is_quote_mark(first)


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


LOST_SUBJECT_POS = frozenset({"PROPN", "NOUN", "PRON"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PARENTHESIS_REACH = 12  # tokens back over ", in Kentucky," to the name before it


def _speaker_hung_on_the_content(doc: Doc, verb: Token, source: Optional[tuple[int, int]],
                                 content: tuple[int, int]) -> bool:
    """True when the name found for a subjectless verb of saying stands right before it, after a comma that ends
    what was said: the parser made it an apposition to the clause's last noun."""
    return (source is not None and source[1] == verb.i and content[0] < source[0] - 1
            and doc[source[0] - 1].text == ",")


def _subjectless_main_verb(verb: Token) -> bool:
    """True for a finite main verb with no subject, active or passive, on the parse."""
    return verb.dep_ == "ROOT" and (verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" for c in verb.children)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _first_conjunct(verb: Token) -> Token:
    """Return the first verb of the coordination ``verb`` closes, or ``verb`` itself."""
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _phrase_the_parser_lost(verb: Token, quoted: frozenset[int]) -> Optional[Token]:
    """Return the noun phrase right before a finite main verb the parser left with no subject, when a fronted
    phrase swallowed it: "After a day of talks, the mayor's office announced ..." (the office hung on "talks"),
    "Speaking in Ely, Reed, without naming him, also accused ..." (a parenthesis between them)."""
    if not _subjectless_main_verb(verb) or verb.lemma_.lower() in RAISING:
        return None  # ("Reed, for all his efforts, seems to agree": the raising rule keeps its own reading)
    doc, start = verb.doc, verb.sent.start
    k = verb.i - 1
    while k > start and doc[k].head.i == verb.i and doc[k].dep_ in ("aux", "neg", "advmod"):
        k -= 1  # "also", "had", "did not"
    if doc[k].text == ",":  # ", without naming him,": back over the parenthesis to the name before it
        opening = next((j for j in range(k - 1, max(start, k - PARENTHESIS_REACH) - 1, -1)
                        if doc[j].text == ","), None)
        if opening is None:
            return None
        k = opening - 1
    last = doc[k]
    if k < start or last.pos_ not in LOST_SUBJECT_POS or not last.is_alpha or last.i in quoted \
            or last.ent_type_ in NOT_SPEAKER_ENTS or last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        # (a subject or an object of another verb belongs to that verb; "a student in Montana asked", "During
        # the primary Reed, ..., came out": a preposition's object is where or when, seldom who)
        return None
    if last.ent_type_ in PLACE_ENTS and last.dep_ in ("appos", "npadvmod", "conj"):
        return None  # "at a rally in Ely, Nevada, did not mention": where, not who
    return last


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
        found = _phrase_the_parser_lost(_first_conjunct(tok), quoted) if lost and subj is None else None
        recovered = found is not None
        if recovered:  # ("..., Reed also railed against X, and explained Y": the second act is Reed's too)
            subj = found
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
            if _speaker_hung_on_the_content(doc, tok, source, content):
                # "... in the town of Balakliia, regional governor Oleh Syniehubov said": apposed to the last place
                content = (content[0], source[0] - 1)
            else:
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
        # (a phrase found after a fronted one sets off no cue clause: "At the rally, Reed railed against ...")
        paren = parenthetical(doc, tok, source, paras) if not recovered else None
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
                             subj.i if subj is not None else None, content, ctype, tail, recovered))
    return out


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
