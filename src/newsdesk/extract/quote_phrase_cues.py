"""Attributions cued by a phrase, not a verb: "according to X", "Asked if ...", "reportedly", a poll's "in"."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from newsdesk.components.extensions import doc_text
from newsdesk.extract.quote_attribution import _Attribution, _chars
from newsdesk.extract.quote_lexicon import RELATIVE_WORDS, SPEECH_VERBS, STRAY_CLAUSE_VERBS
from newsdesk.extract.quote_speaker_parse import phrase_bounds, strip_punct

_ACCORDING = re.compile(r"\b[Aa]ccording to\b")


def _according_to(doc: Doc, text: str) -> list[_Attribution]:
    """Return "according to X" attributions: the clause minus the prepositional phrase."""
    out = []
    for m in _ACCORDING.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 2:
            continue
        start = span.start
        to = doc[start + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            continue
        src = phrase_bounds(objs[0])
        sent = doc[start].sent
        sent_start, sent_end = sent.start, sent.end
        # the parser's sentences sometimes run over a paragraph break; the attribution never does
        para_start = text.rfind("\n", 0, m.start()) + 1
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        while sent_start < start and doc[sent_start].idx < para_start:
            sent_start += 1
        while sent_end > start + 2 and doc[sent_end - 1].idx >= para_end:
            sent_end -= 1
        pp_start, pp_end = start, max(to.right_edge.i + 1, src[1])
        if start - sent_start <= 1:
            pp_end = _opening_source_end(doc, start + 2, pp_end, sent_end)
            src = (src[0], min(src[1], pp_end))
        relative = _relative_before(doc, pp_start)
        if pp_start - sent_start <= 1:
            content = (pp_end, sent_end)
        elif relative is not None and relative > sent_start:
            content = (relative, pp_start)
        elif sent_end - pp_end <= 2 or _clause_before(doc, sent_start, pp_start, pp_end) \
                or _another_speaker_after(doc, pp_end, sent_end):
            content = (sent_start, pp_start)
        else:
            content = (sent_start, sent_end)
        s, e = strip_punct(doc, *content)
        if e - s < 2:
            continue
        out.append(_Attribution(
            content=_chars(doc, (s, e)), cue=(doc[start].idx, to.idx + len(to.text)), source=src,
            source_head=objs[0].i, lemma="according", confidence=0.8,
        ))
    return out


def _relative_before(doc: Doc, start: int) -> Optional[int]:
    """Return where a which-clause set off by commas right before ``start`` begins: in "delegates, which
    stood at 263 entering Tuesday's primary, according to the AP" the count is what the AP says."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    last = doc[start - 2]
    for head in [last, *last.ancestors]:
        if head.dep_ == "relcl":
            first = head.left_edge
            # (only "which": a who-clause describes a person, and PolNeAR mostly gives the whole sentence there)
            if head.right_edge.i == start - 2 and first.lower_ == "which" and first.i > 0 \
                    and doc[first.i - 1].text == ",":
                return first.i
            return None
    return None


ASKED_CONFIDENCE = 0.7
_ASKED = re.compile(r"\b[Aa]sked\b")
QUESTION_WORDS = frozenset({"if", "whether", "why", "what", "how", "who", "whom", "which", "where", "when"})


def _asked_lead(tok: Token) -> bool:
    """"Asked if he was ever bullied, ...", "he said when asked about X": a subjectless participle of "ask"."""
    doc = tok.doc
    return (tok.dep_ == "advcl" and tok.lower_ == "asked" and tok.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and (tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].lower_ in ("when", "while", "after", "once", ",")))


def _asked_leads(doc: Doc) -> list[_Attribution]:
    """Return the question put in "Asked if he was ever bullied, Trump said no" (PolNeAR: cue "asked", the
    if-, wh- or about-phrase as content, the asker of "asked by X" as source, else none). The answer is the
    main verb's attribution; the parser hangs the question clause on the participle as an adverbial."""
    out = []
    for m in _ASKED.finditer(doc_text(doc)):
        tok = doc.char_span(m.start(), m.end())
        if tok is None or not _asked_lead(tok[0]):
            continue
        tok = tok[0]
        asked = [t for t in tok.subtree if t.i > tok.i]
        content = None
        for c in tok.rights:
            if c.dep_ in ("advcl", "ccomp", "xcomp") and (c.left_edge.lower_ in QUESTION_WORDS
                                                          or c.dep_ == "xcomp" and c.left_edge.lower_ == "to"):
                # (the participle's own subtree: the parser may hang the clause's object on it)
                content = (c.left_edge.i, max(c.right_edge.i, tok.right_edge.i) + 1)
                break
        if content is None:  # "Asked at a briefing Monday about her future role"
            about = next((t for t in asked if t.lower_ == "about" and t.dep_ == "prep"), None)
            if about is not None:
                content = (about.i, about.right_edge.i + 1)
        if content is None:
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
        s, e = strip_punct(doc, *content)
        if e <= s:
            continue
        out.append(_Attribution(
            content=_chars(doc, (s, e)), cue=(tok.idx, tok.idx + len(tok.text)),
            source=phrase_bounds(by) if by is not None else None, source_head=by.i if by is not None else None,
            lemma="ask", confidence=ASKED_CONFIDENCE, reports=False,
        ))
    return out


REPORTED_CONFIDENCE = 0.6


def _reportedly(doc: Doc) -> list[_Attribution]:
    """Return "X reportedly did Y" as an attribution with no named source: the writer passes on someone's
    account (PolNeAR annotates 19 of the 29 "reportedly" in its train split, the clause as content, no source).
    A coordinated verb reports its whole coordination, as the annotators read "gained acclaim ... and was
    reportedly targeted"."""
    out = []
    if "eportedly" not in doc_text(doc):
        return out
    for tok in doc:
        if tok.lower_ != "reportedly" or tok.dep_ != "advmod":
            continue
        clause = tok.head
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() in SPEECH_VERBS or any(
                c.dep_ == "ccomp" and c.left_edge.lower_ not in RELATIVE_WORDS for c in clause.children):
            continue  # "reportedly said ...", "reportedly argued that ...": the verb's own attribution
        sent = clause.sent
        first, last = max(clause.left_edge.i, sent.start), min(clause.right_edge.i + 1, sent.end)
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subj is not None:  # "When asked to leave, he reportedly refused": the setting is the writer's
            first = max(first, subj.left_edge.i)
        # "..., leaving progressives fearful", "..., which prompted organizers to ...": the writer's sequel
        sequel = [c.left_edge.i for c in clause.rights if c.dep_ in ("advcl", "relcl", "ccomp", "conj")
                  and doc[c.left_edge.i - 1].text == "," and c.i > tok.i
                  and (c.tag_ == "VBG" or c.left_edge.lower_ in RELATIVE_WORDS)]
        if sequel:
            last = min(last, min(sequel) - 1)
        if first == tok.i:  # "Reportedly, he made ...": the adverb opens the sentence
            first += 1
        s, e = strip_punct(doc, first, last)
        if e - s < 3:
            continue
        out.append(_Attribution(
            content=_chars(doc, (s, e)), cue=(tok.idx, tok.idx + len(tok.text)), source=None, source_head=None,
            lemma="report", confidence=REPORTED_CONFIDENCE,
        ))
    return out


POLL_NOUNS = frozenset({"poll", "survey"})
POLL_CONFIDENCE = 0.7


def _in_a_poll(doc: Doc) -> list[_Attribution]:
    """Return a poll's findings: "Clinton led Sanders 56 percent to 32 percent in a CBS News poll" is the
    poll's account (PolNeAR takes "in" for the cue and the poll for the source); the clause minus the phrase
    is the content. Only a clause with its own subject is a finding ("voters who took part in the survey"), and
    not one someone else reports ("she says Labor did not suffer in the polls")."""
    out = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep":
            continue
        poll = next((c for c in tok.children if c.dep_ == "pobj" and _names_a_poll(c)), None)
        clause = tok.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head  # "has a decisive lead in the polls"
        if poll is None or clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("relcl", "acl", "ccomp"):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in RELATIVE_WORDS \
                or subj.left_edge.i <= tok.i <= subj.right_edge.i \
                or any(c.dep_ == "mark" or c.tag_ == "WRB" and c.i < clause.i for c in clause.children):
            continue  # "46 percent of people in the poll said ...": the verb reports; "as he rises in the polls"
        sent = clause.sent
        first, last = max(clause.left_edge.i, sent.start), min(clause.right_edge.i + 1, sent.end)
        pp_start, pp_end = tok.i, tok.right_edge.i + 1
        content = (pp_end, last) if pp_start <= first + 1 else (first, pp_start)
        s, e = strip_punct(doc, *content)
        if e - s < 3 or not s <= subj.i < e:
            continue
        out.append(_Attribution(
            content=_chars(doc, (s, e)), cue=(tok.idx, tok.idx + len(tok.text)), source=phrase_bounds(poll),
            source_head=poll.i, lemma="in", confidence=POLL_CONFIDENCE,
        ))
    return out


def _names_a_poll(noun: Token) -> bool:
    """"a CBS News poll", "most surveys", "the RealClearPolitics average of New Hampshire polls"."""
    if noun.lemma_.lower() in POLL_NOUNS:
        return True
    return noun.lemma_.lower() == "average" and any(o.dep_ == "pobj" and o.lemma_.lower() in POLL_NOUNS
                                                    for p in noun.children if p.lower_ == "of" for o in p.children)


def _another_speaker_after(doc: Doc, start: int, end: int) -> bool:
    """"X won the most seats, according to official results, but his party said the count was rigged": a
    speech verb with its own subject after the phrase starts someone else's statement."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in STRAY_CLAUSE_VERBS
               and any(c.dep_ == "nsubj" and c.i >= start for c in t.children) for t in doc[start:end])


RELATIVE_OPENERS = frozenset(("which", "who", "whose", "whom", "where"))


def _opening_source_end(doc: Doc, first: int, end: int, sent_end: int) -> int:
    """Return where X ends in a sentence-opening "According to X, ...": at its comma.

    The parser sometimes hangs the reported clause on X as an apposition ("According to Tom Gale,
    the move reeks of fear" with "reeks" a noun); a verbless phrase or a relative clause between two
    commas describes X ("According to Tom Gale, a radio host, ...", "According to the report, which
    leaked on Monday, ...") and stays with it.
    """
    commas = [i for i in range(first, sent_end) if doc[i].text == ","]
    if not commas or commas[0] >= end:
        return end
    cut = commas[0]
    between = doc[commas[0] + 1:commas[1]] if len(commas) > 1 else None
    if between is not None and len(between) and (
            between[0].lower_ in RELATIVE_OPENERS or not any(t.pos_ in ("VERB", "AUX") for t in between)):
        cut = commas[1]
    return min(cut, end)


def _clause_before(doc: Doc, start: int, pp_start: int, pp_end: int) -> bool:
    """Return True when a whole clause precedes "according to X" and only a phrase follows it.

    "Rates would rise 20 percent, according to the foundation, twice the forecast" reports the clause.
    """
    has_clause = any(t.dep_ in ("nsubj", "nsubjpass") and start <= t.head.i < pp_start for t in doc[start:pp_start])
    end = doc[pp_start].sent.end
    after_clause = any(t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or not pp_end <= t.head.i < end)
                       for t in doc[pp_end:end])
    return has_clause and not after_clause
