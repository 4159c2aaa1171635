"""Attributions cued by a line's layout: a quotation signed with a dash and a name, transcript and headline
speaker lines ("PENCE: ...", "Pence: Flowers won't attend"), and a roundup item's dashed name.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from newsdesk.extract.quote_attribution import _Attribution
from newsdesk.extract.quote_lexicon import QUOTE_CHARS
from newsdesk.extract.quote_marks import QuoteSpan

_DASH_NAME = re.compile(r"[ \t\xa0]*[―—–]+[ \t\xa0]*((?:[A-Z][\w.'’-]*[ \t\xa0]?){1,4})")


def _dash_signed(doc: Doc, text: str, q: QuoteSpan) -> Optional[_Attribution]:
    """Return the attribution of a quote signed with a dash and a name: "..." ― Jane Doe."""
    m = _DASH_NAME.match(text, q.end)
    if m is None:
        return None
    name_end = m.end(1) - (1 if m.group(1)[-1:].isspace() else 0)
    name = doc.char_span(m.start(1), name_end, alignment_mode="expand")
    if name is None or not len(name):
        return None
    dash = m.group(0).strip(" \t\xa0")[:1]
    dash_at = text.index(dash, q.end)
    return _Attribution(content=(q.start, q.end), cue=(dash_at, dash_at + 1), source=(name.start, name.end),
                        source_head=name.root.i, lemma="say", confidence=0.7)


_SPEAKER_LINE = re.compile(r"^[\"“”']?[ \t]*((?:[A-Z][\w.'’-]*+[ \t]?){1,4}):[ \t\xa0]+(\S)", re.M)


EDITORIAL_LABELS = frozenset({"correction", "corrections", "clarification", "update", "updated", "editor's note",
                              "editors' note", "note", "disclosure", "related", "see also", "read more", "watch",
                              "listen", "photo", "video", "advertisement",
                              # a headline's label is no speaker ("The Latest: Trump urges ...", "BYLINE: ...")
                              "the latest", "breaking", "byline", "wow", "look", "boom", "busted", "bombshell",
                              "revealed"})


def _speaker_lines(doc: Doc, text: str, found: list[_Attribution]) -> list[_Attribution]:
    """Return transcript and headline attributions: "PENCE: ...", "Pence: Flowers won't be at debate"."""
    out = []
    for m in _SPEAKER_LINE.finditer(text):
        name = doc.char_span(m.start(1), m.end(1) - (1 if m.group(1)[-1:].isspace() else 0), alignment_mode="expand")
        if name is None or not len(name):
            continue
        if name.text.strip(" .").lower().replace("’", "'") in EDITORIAL_LABELS:
            continue  # "Correction: An earlier version of this article ..." is the paper's own notice
        headline = not text[:m.start()].strip()  # "Poll: Clinton and Trump tied": the first line is a headline
        if not headline and not all(t.pos_ == "PROPN" or t.is_upper or t.is_punct for t in name):
            continue
        if not headline and name.root.ent_type_ not in ("PERSON", "ORG", "") and not name.text.isupper():
            continue
        start = m.start(2)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        strip = " \t\r." if text[start] in QUOTE_CHARS else " \t\r.\"”"  # a quotation keeps its closing mark
        while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
            end -= 1
        if end - start < 10 or any(a.content[0] <= start < a.content[1] and a.cue and a.cue[0] < start for a in found):
            continue
        colon = m.end(1) + text[m.end(1):m.start(2)].index(":")
        out.append(_Attribution(content=(start, end), cue=(colon, colon + 1), source=(name.start, name.end),
                                source_head=name.root.i, lemma="say", confidence=0.7))
    return out


# a roundup item: "Pollsters agree - Carl Bialik: “One lesson was ...”", "More from Jones: “...”"
_ROUNDUP_SPEAKER = re.compile(r"^[^\n]{3,160}?[ \t][-–—]+[ \t]*(?:More from[ \t]+)?"
                              r"((?:[A-Z][\w.'’-]*+[ \t]?){1,4}(?:and[ \t](?:[A-Z][\w.'’-]*+[ \t]?){1,4})?):[ \t\xa0]+"
                              r"(?=[\"“])", re.M)


def _roundup_speakers(doc: Doc, text: str, marks: list[QuoteSpan], found: list[_Attribution]) -> list[_Attribution]:
    """Return the attributions of a roundup's items, where a dash after the item's headline names the one quoted
    (PolNeAR: the name is the source, the quotation the content)."""
    out = []
    for m in _ROUNDUP_SPEAKER.finditer(text):
        q = next((q for q in marks if q.start == m.end()), None)
        name = doc.char_span(m.start(1), m.end(1) - (1 if m.group(1)[-1:].isspace() else 0), alignment_mode="expand")
        if q is None or name is None or not len(name) or any(a.cue is not None and a.content[0] <= q.start
                                                                 < a.content[1] for a in found):
            continue
        colon = m.end(1) + text[m.end(1):m.end()].index(":")
        out.append(_Attribution(content=(q.start, q.end), cue=(colon, colon + 1), source=(name.start, name.end),
                                source_head=name.root.i, lemma="say", confidence=0.7))
    return out
