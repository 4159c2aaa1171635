"""Quote records from the assembled attributions: speakers resolved, chains followed, kind (direct, indirect,
mixed), stance and confidence set.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc

from newsdesk.extract.quote_attribution import _Attribution
from newsdesk.extract.quote_chains import _follow_chain, _nest
from newsdesk.extract.quote_marks import QuoteSpan
from newsdesk.extract.quote_stance import _stance
from newsdesk.extract.speakers import SpeakerIndex
from newsdesk.records import Quote, TextSpan


def _kind(text: str, start: int, end: int, marks: list[QuoteSpan]) -> str:
    inside = [q for q in marks if q.start < end and start < q.end]
    if not inside:
        return "indirect"
    quoted = sum(min(end, q.end) - max(start, q.start) for q in inside)
    starts_quoted = inside[0].start <= start + 1
    ends_quoted = inside[-1].end >= end - 1
    # one quotation, or "A," he said, "B." (a split quote: the gaps are the cue clause)
    gaps = [b.start - a.end for a, b in zip(inside, inside[1:])]
    if starts_quoted and ends_quoted and (quoted >= 0.6 * (end - start) or gaps and max(gaps) <= 80):
        return "direct"
    return "mixed"


def _resolve(doc: Doc, text: str, found: list[_Attribution], index: SpeakerIndex,
             marks: list[QuoteSpan]) -> list[Quote]:
    """Return the Quote records: speakers resolved, chains followed, kind, stance and confidence set."""
    history: list[tuple[int, str]] = []  # (offset, speaker) of the attributions resolved so far
    chains: dict[str, tuple[int, list[str]]] = {}  # reporter id -> (offset, [reporter, cited source])
    quotes: list[Quote] = []
    for a in found:
        src_span = None
        if a.owner is not None:  # a quotation with no cue goes to the speaker quoted before it
            a.speaker, a.via = a.owner.speaker, list(a.owner.via)
        elif a.source is not None:
            span = doc[a.source[0]:a.source[1]]
            src_span = TextSpan(span.start_char, span.end_char, span.text)
            a.speaker = index.resolve(span, history, a.content)
        if a.speaker is not None and a.owner is None:
            pos = src_span.start if src_span else a.content[0]
            history.append((pos, a.speaker))
            src_span = _follow_chain(doc, a, index, history, chains, pos) or src_span
        quotes.append(_record(text, a, src_span, marks))
    return [replace(q, id=f"Q{i + 1}")
            for i, q in enumerate(_nest(quotes, [a.reports for a in found], [a.aside for a in found]))]


def _record(text: str, a: _Attribution, source: Optional[TextSpan], marks: list[QuoteSpan]) -> Quote:
    s, e = a.content
    kind = _kind(text, s, e, marks)
    conf = a.confidence
    if kind != "indirect" and any(not q.balanced and q.start < e and s < q.end for q in marks):
        conf *= 0.85  # an unbalanced quotation: its extent is a guess
    if a.speaker is None and a.source is not None:
        conf *= 0.9
    return Quote(
        content=TextSpan(s, e, text[s:e]),
        source=source,
        cue=TextSpan(a.cue[0], a.cue[1], text[a.cue[0]:a.cue[1]]) if a.cue else None,
        speaker=a.speaker,
        kind=kind,
        via=list(a.via),
        stance=_stance(text, a),
        confidence=round(conf, 3),
    )
