"""Content beside the parse, and the final bounds of a content.

A speech verb with no complement takes the quotation or the colon-introduced text beside it
(:func:`fallback_content`, within the article's :class:`Paragraphs`). A content found is then shaped: cut before
non-restrictive tails and before a verb phrase coordinated with the cue, widened over a parenthetical cue ("X, he
said, Y") and back to a passive cue's subject (:func:`held_view_start`), and rid of the writer's closing comment or
description.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.tokens import Doc, Token

from newsdesk.components.extensions import doc_text
from newsdesk.extract.quote_lexicon import (
    CITING_VERBS, CONCESSIVE, QUOTE_CHARS, RELATIVE_WORDS, SPEECH_VERBS, SUBJ_DEPS, WH_RELATIVES, is_quote_mark,
)
from newsdesk.extract.quote_speaker_parse import (
    _narrated_after, _past_participle_lead, _second_verb_phrase, label_read_as_participle,
)
from newsdesk.extract.quote_content import _after_colon, _bare_participle, _connective_only, _trim


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
        comma = next((k for k in range(verb.i + 1, sent.end) if doc[k].text == ","), None)
        if _said_more(doc, verb, source, sent.end) and not (
                comma is not None and comma + 1 < sent.end and _another_speaker_after(doc, comma + 1, sent.end)):
            e = max(e, sent.end)  # (not over ", but Hamas said ...": another speaker's report)
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
        but = _narration_beside_a_backshift(doc, t)
        if but is not None and s < but:
            cut = _trim(doc, s, but)
            return cut if cut is not None else content
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


def _narration_beside_a_backshift(doc: Doc, conj: Token) -> Optional[int]:
    """Return where ", but" opens a clause with its own subject in the simple past after a reported past perfect, else
    None: in "said the party had won 54% of the vote, but the opposition refused to recognise the result" the
    refusal is the writer's narration, not the commission's."""
    head = conj.head
    subj = next((c for c in conj.children if c.dep_ in SUBJ_DEPS and c.i > head.i), None)
    if subj is None or conj.tag_ != "VBD" or any(c.dep_ == "aux" for c in conj.children):
        return None
    if head.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return None
    but = subj.left_edge.i - 1
    return but if but > 0 and doc[but].lower_ == "but" and doc[but - 1].text == "," else None


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
    # ("told the Wire on Friday": whom it was told is the cue's too)
    adjuncts = PAREN_ADJUNCTS | {"dobj", "dative"} if verb.lemma_.lower() == "tell" else PAREN_ADJUNCTS
    while (end < hi and doc[end].text != "," and doc[end].head.i != end and not is_quote_mark(doc[end])
           and _under(doc[end], verb, adjuncts)):
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
    if _another_speaker_after(doc, end + 1, hi):
        # "X is close, two officials told the Wire, but Hamas said no deal had been reached": Hamas's own report
        first = _trim(doc, lo, start - 1)
        return (first, None) if first is not None else None
    if nxt.lower_ in ("and", "but") and end + 2 < hi and doc[end + 2].pos_ in ("VERB", "AUX") \
            and (doc[end + 2].head.i < start or doc[end + 2].head.i == verb.i):
        first, tail = _trim(doc, lo, start - 1), _trim(doc, end + 2, hi)
        return (first, tail) if first is not None else None
    whole = _trim(doc, lo, hi)
    return (whole, None) if whole is not None else None


# how far after "but" another speaker's verb may stand ("but the Palestinian militant group Hamas said")
OTHER_SPEAKER_REACH = 8


def _another_speaker_after(doc: Doc, at: int, hi: int) -> bool:
    """True for a contrast after a parenthetical cue that opens another speaker's report: ", but Hamas said"."""
    if doc[at].lower_ not in ("but", "while", "whereas"):
        return False
    return any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"
               and any(c.dep_ == "nsubj" and c.i > at for c in t.children)
               for t in doc[at + 1:min(hi, at + 1 + OTHER_SPEAKER_REACH)])


def _writers_concession(mark: Token) -> bool:
    """Return True when ``mark`` opens a concession whose verb is itself a report ("X, mediators said, though
    fighting was reported hours later"): someone else's account, set beside the statement by the writer."""
    if mark.lower_ not in CONCESSIVE or mark.dep_ != "mark":
        return False
    clause = mark.head
    return clause.lemma_.lower() in SPEECH_VERBS | {"report"} and any(c.dep_ == "auxpass" for c in clause.children)
