"""Attributions whose cue is a noun or an adjective, not a verb.

News names a stance as often as it reports one with a verb: "complaints that the count was rigged", "her
criticism of the plan", "the mayor was critical of the budget", "questions about his health". PolNeAR marks such
phrases as attributions (cue: the word and its preposition; content: the that-clause or the preposition's
object; source: whoever holds the stance). Which words, with which link, are kept as data in
``data/quotes/noun_cues.tsv``; here they are found on the parse. "In his view, ..." and "in the eyes of voters"
attribute the clause they stand in (:func:`view_attributions`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import ADJ as ADJ_POS, NOUN as NOUN_POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from newsdesk.extract.quote_attribution import _chars
from newsdesk.extract.quote_cue_model import DATA_DIR
from newsdesk.extract.quote_lexicon import RELATIVE_WORDS
from newsdesk.extract.quote_speaker_parse import phrase_bounds, strip_punct
from newsdesk.extract.speakers import ORG_TYPES, PERSON_TYPES, person_noun

LEXICON_FILE = DATA_DIR / "noun_cues.tsv"
NOUN_CUE_CONFIDENCE = 0.5
_POS_IDS = {"NOUN": NOUN_POS, "ADJ": ADJ_POS}
# verbs whose subject holds the stance their object names: "Trump raised questions about ...", "she has doubts
# about ...", "he avoided criticism of ..." (not "answered questions about ...": the questions are others')
VOICING_VERBS = frozenset({"express", "voice", "raise", "pose", "air", "level", "share", "avoid", "renew", "repeat",
                           "issue", "offer", "have", "step", "escalate", "sharpen", "soften", "temper", "deliver"})
# verbs whose object can be the noun itself, so "the N that X VERBed" with no object of its own is relative
TAKING_A_STATEMENT = VOICING_VERBS | frozenset({"deny", "reject", "dismiss", "dispute", "answer", "address", "hear",
                                                "make", "echo", "receive", "ignore", "hold", "generate", "fuel", "spark",
                                                "prompt", "stoke", "feed", "cause", "create", "spread"})
LINKING_VERBS = frozenset({"be", "become", "remain", "seem", "appear", "sound", "grow", "stay"})


class NounCue(NamedTuple):
    """One attribution found by a noun or adjective cue, in character offsets (source in token offsets)."""

    content: tuple[int, int]
    cue: tuple[int, int]
    source: Optional[tuple[int, int]]
    source_head: Optional[int]
    lemma: str  # the verb whose stance the cue takes ("criticism" -> "criticize")


@lru_cache(maxsize=1)
def load_noun_cues() -> dict[tuple[int, int], dict[str, str]]:
    """Return {(lemma hash, POS id): {link: verb lemma}} from the data file (empty when it is missing)."""
    table: dict[tuple[int, int], dict[str, str]] = {}
    try:
        lines = LEXICON_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return table
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, link, verb = line.split("\t")
        for form in (lemma, lemma.capitalize()):
            table.setdefault((hash_string(form), _POS_IDS[pos]), {})[link] = verb
    return table


def noun_cue_attributions(doc: Doc, quoted: frozenset[int] = frozenset()) -> list[NounCue]:
    """Return the attributions cued by a listed noun or adjective with its that-clause or preposition.

    ``quoted`` holds the tokens inside quotations: a stance named there is the quoted speaker's words, and
    a content running into a quotation is no longer the noun's alone; both are left to the verb cues.
    """
    table = load_noun_cues()
    if not table or not len(doc):
        return []
    out = []
    # token attributes as an array: no Token objects for the thousands of words that are no cue
    for i, (lemma_id, pos) in enumerate(doc.to_array([LEMMA, POS]).tolist()):
        links = table.get((lemma_id, pos))
        if links is None:
            continue
        word = doc[i]
        if i in quoted:
            continue
        found = _that_clause(word) if "that" in links else None
        link = "that"
        if found is None:
            prep = next((c for c in word.rights if c.dep_ == "prep" and c.lower_ in links), None)
            found = _prep_object(prep) if prep is not None else None
            link = prep.lower_ if prep is not None else ""
        if found is None:
            continue
        start, end, cue_end = found
        if any(j in quoted for j in range(start, end)):
            continue
        head = _holder(word)
        out.append(NounCue(
            content=_chars(doc, (start, end)),
            cue=_chars(doc, (word.i, cue_end)),
            source=phrase_bounds(head) if head is not None else None,
            source_head=head.i if head is not None else None,
            lemma=links[link],
        ))
    return out


# "in his view, ...", "in the eyes of voters, ...": the phrase attributes its clause to the holder
VIEW_NOUNS = frozenset({"view", "opinion", "eyes", "mind", "estimation", "judgment", "judgement"})
_VIEW_IDS = frozenset(hash_string(w) for w in VIEW_NOUNS)


def view_attributions(doc: Doc, quoted: frozenset[int] = frozenset()) -> list[NounCue]:
    """Return "in X's view" attributions: the clause the phrase stands in, held by the possessor or the of-object."""
    out = []
    for i in (i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in _VIEW_IDS):
        word = doc[i]
        if word.dep_ != "pobj" or word.head.lower_ != "in" or i in quoted:
            continue
        prep = word.head
        holder = next((c for c in word.children if c.dep_ == "poss"), None)
        if holder is None and any(c.dep_ == "det" for c in word.children):
            # "in the eyes of voters", not "in view of the storm" (a reason, no one's view)
            holder = next((o for c in word.rights if c.dep_ == "prep" and c.lower_ == "of"
                           for o in c.children if o.dep_ == "pobj"), None)
        clause = prep.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if holder is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        sent = word.sent
        first, last = max(clause.left_edge.i, sent.start), min(clause.right_edge.i + 1, sent.end)
        pp_end = prep.right_edge.i + 1
        if prep.i <= first + 1:  # "In his view, the deal ...": the clause after the phrase
            first = pp_end
        start, end = strip_punct(doc, first, last)
        if end - start < 3 or any(j in quoted for j in range(start, end)):
            continue
        out.append(NounCue(
            content=_chars(doc, (start, end)),
            cue=_chars(doc, (prep.i, word.i + 1)), source=phrase_bounds(holder), source_head=holder.i,
            lemma="believe"))
    return out


def _that_clause(word: Token) -> Optional[tuple[int, int, int]]:
    """Return (start, end, cue end) of the that-clause a word takes ("complaints that ...", "confident that
    ..."), the "that" included as PolNeAR marks it; a relative clause ("the concern that he raised") is none."""
    for c in word.rights:
        if c.dep_ not in ("acl", "ccomp") or c.pos_ not in ("VERB", "AUX"):
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and m.i < c.i), None)
        if mark is None or mark.lower_ != "that" or mark.i != c.left_edge.i:
            continue
        if not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children):
            continue  # "the hope that drove him": "that" is the subject, a relative
        if c.lemma_.lower() in TAKING_A_STATEMENT and not any(o.dep_ in ("dobj", "ccomp") for o in c.children):
            continue  # "the concern that the minister raised": the noun is the clause's object, a relative
        start, end = strip_punct(word.doc, c.left_edge.i, min(c.right_edge.i + 1, word.sent.end))
        if end - start >= 3:
            return start, end, word.i + 1
    return None


def _prep_object(prep: Token) -> Optional[tuple[int, int, int]]:
    """Return (start, end, cue end) of what a preposition governs ("criticism of [the plan]")."""
    if not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    start, end = strip_punct(prep.doc, prep.i + 1, min(prep.right_edge.i + 1, prep.sent.end))
    if end <= start or prep.doc[start].lower_ in RELATIVE_WORDS:
        return None
    return start, end, prep.i + 1


def named_holder(word: Token) -> Optional[Token]:
    """Return the holder a stance noun names itself: its possessor ("her criticism"), else the object of its
    by/from phrase ("complaints from rivals", "allegations by former aides")."""
    poss = next((c for c in word.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    return next((o for c in word.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for o in c.children if o.dep_ == "pobj"), None)


def _holder(word: Token) -> Optional[Token]:
    """Return who holds the stance: the possessor ("her criticism"), a by/from phrase ("complaints from
    rivals"), the subject of a linking verb ("the mayor was critical of") or of a verb voicing the noun
    ("Trump raised questions about"); None for a stance nobody is said to hold ("questions about his health")."""
    named = named_holder(word)
    if named is not None:
        return named
    head = word.head
    holds = (word.pos_ == "ADJ" and word.dep_ in ("acomp", "attr") and head.lemma_.lower() in LINKING_VERBS
             or word.pos_ == "NOUN" and word.dep_ == "dobj" and head.lemma_.lower() in VOICING_VERBS)
    if not holds:
        return None
    while head.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head  # "has been careful to avoid criticism of": the subject of the governing verb
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "the ruling raised concerns about ...": a thing that raises a stance holds none
    if subject is None or word.pos_ == "NOUN" and not _speaker_like(subject):
        return None
    return subject


def _speaker_like(tok: Token) -> bool:
    """True for a phrase that can hold a view: a person or body by name, a pronoun, or people by role."""
    return (tok.ent_type_ in PERSON_TYPES | ORG_TYPES or tok.pos_ == "PRON" or tok.pos_ == "PROPN"
            or person_noun(tok))
