"""The article's dateline: "KABUL, Feb. 4, 2014 (Reuters) -" gives a place and a publication date."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from newsdesk.extract.timex_normalise import TimexContext, normalise

# How far into the article a dateline or a bare publication date is looked for.
HEAD_CHARS = 400
# A line this short holding a full date is a date line ("Posted Feb. 4, 2014 10:32 AM").
MAX_DATE_LINE = 80
# The dashes that end a dateline ("KABUL - ", "LISBON — "), as tokens.
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def opens_a_line(doc, start: int) -> bool:
    """Return True when token ``start`` is the first of its line (a dateline's place stands there)."""
    return start == 0 or "\n" in doc[start - 1].whitespace_ + doc[start - 1].text


def spaced_dash(tok: Token) -> bool:
    """Return True for a dash with a space on each side, as a dateline ends: not the hyphen of "US-led"."""
    return tok.text in DATELINE_DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)

def after_last_dash(doc, start: int, end: int) -> int:
    """Return the index after the last spaced dash in tokens [start, end), or ``start`` without one: a phrase
    the parser ran back over a dateline ("TBILISI, Georgia - Tens of thousands") starts after it."""
    dashes = [t.i for t in doc[start:end] if spaced_dash(t)]
    return dashes[-1] + 1 if dashes else start


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_FULL_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b"
)
# An upper-case place at the start of a line, before a comma, an agency in brackets or a dash; a story
# filed from two cities names both ("DOHA/JERUSALEM, Feb 20 -").
_PLACE = re.compile(
    r"^[ \t]*([A-Z][A-Z'.\-]+(?:[ \-/][A-Z][A-Z'.\-]+){0,3})"
    r"(?:,\s*(?:[A-Z][a-z]+\.?|[A-Z]{2,})(?:\s[A-Z][a-z]+)?)?"
    r"\s*(?:,|\(|—|–|--|-)",
    re.M,
)
_NOT_PLACES = frozenset({"UPDATE", "BREAKING", "EXCLUSIVE", "ANALYSIS", "WATCH", "VIDEO", "PHOTOS", "REUTERS",
                         "AP", "AFP", "UPI", "NEWS", "OPINION", "EDITORIAL", "COMMENT", "LIVE", "CORRECTED",
                         "URGENT", "FACTBOX", "TIMELINE", "REFILE", "WRAPUP", "INSIGHT", "A", "I"})


def find_dateline(text: str) -> tuple[Optional[str], Optional[str], Optional[tuple[int, int]]]:
    """Return (publication date "YYYY-MM-DD", dateline place, place offsets) found at the top of ``text``."""
    # the entity, quotation and date layers all ask for one article's dateline: it is read once
    return _dateline_of_head(text[:HEAD_CHARS])


@lru_cache(maxsize=32)
def _dateline_of_head(head: str) -> tuple[Optional[str], Optional[str], Optional[tuple[int, int]]]:
    place, offsets = None, None
    for pm in _PLACE.finditer(head[:200]):
        name = pm.group(1).split("/")[0].strip(" .-")  # the first of two filing cities
        if len(name) >= 3 and name not in _NOT_PLACES and not re.fullmatch(r"[IVX]+", name):
            place, offsets = name, (pm.start(1), pm.start(1) + len(name))
            break
    header_end = dateline_end(head, place)
    published = None
    for m in _FULL_DATE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        line = head[line_start: line_end if line_end >= 0 else len(head)]
        # a dateline or a byline/date line, not a date in the lede's prose
        if m.end() <= header_end or len(line.strip()) <= MAX_DATE_LINE:
            result = normalise(m.group(0), TimexContext())
            if result and re.fullmatch(r"\d{4}-\d\d-\d\d", result[0]):
                published = result[0]
                break
    return published, place, offsets


_DATELINE_END = re.compile(r"\s(?:-{1,2}|—|–|_)\s|\)\s*(?:-{1,2}|—|–|:)\s*")


def dateline_end(text: str, place: Optional[str]) -> int:
    """Return the offset where a dateline header ("KABUL, Feb. 4 (Reuters) -") ends, or 0 without one."""
    if not place:
        return 0
    start = text.find(place, 0, 200)
    if start < 0:
        return 0
    m = _DATELINE_END.search(text, start + len(place), start + len(place) + 80)
    return m.end() if m else 0


def past_dateline(subject: Token) -> Token:
    """"GENEVA, March 12 (Reuters) - Iran and six powers resumed talks": the parser makes the dateline
    place the subject and the real one its apposition after the dash; return that apposition."""
    if not subject.left_edge.is_sent_start or not (subject.is_upper or subject.ent_type_ in ("GPE", "LOC")):
        return subject  # "Kall -- co-editor of X -- said": a name and its apposition, no dateline
    doc = subject.doc
    # the real subject may be the apposition of the dateline's country ("LA PAZ, Bolivia, Dec 30 - The court")
    appositions = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    appositions += [g for c in appositions for g in c.children if g.dep_ == "appos" and g.i > c.i]
    for appos in appositions:
        # the dash may hang on the date ("NAIROBI, March 14 (Wire) - Kenya and Ethiopia agreed"); a spaced
        # dash, not the hyphen of "attorney-general"
        if any(spaced_dash(t) for t in doc[subject.i + 1:appos.i]):
            return appos
    return subject


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def lede_verb(place: Token) -> Optional[Token]:
    """Return the lede's verb when the parser hung it on the dateline place, else None.

    "TBILISI, May 2 (Wire) - Georgian riot police fired tear gas": "fired" hangs on "TBILISI"; the verb with
    its own subject after the dateline's dash is the sentence's own.
    """
    if place.pos_ not in ("PROPN", "NOUN") or not place.left_edge.is_sent_start:
        return None  # (the place's first word opens the sentence: "DAR ES SALAAM —")
    doc = place.doc
    dash = next((t.i for t in doc[place.i + 1:min(place.i + 16, place.sent.end)] if spaced_dash(t)), None)
    if dash is None:
        return None
    verb = next((c for c in place.children if c.i > dash and c.pos_ in ("VERB", "AUX")
                 and any(g.dep_ in _SUBJECTS for g in c.children)), None)
    if verb is None:
        # "CAIRO, May 6 (Wire) - Israeli air strikes killed 27 people": the subject hung on the place as its
        # apposition and the verb on the subject as a participle with an object
        verb = next((v for c in place.children if c.i > dash and c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                     for v in c.children if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN")
                     and any(g.dep_ in ("dobj", "obj") for g in v.children)), None)
    return verb

