"""Reporting chains (``via``): "reported, citing officials", "told the Times", "the paper added", and the
chain a statement gains from the statement around it ("Officials said the spokesman acknowledged X").
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc

from newsdesk.extract.quote_attribution import _Attribution
from newsdesk.extract.speakers import SpeakerIndex
from newsdesk.records import Entity, Quote, TextSpan

CHAIN_LEMMAS = frozenset({"add", "continue", "note", "say", "report", "write"})
CHAIN_WINDOW = 3000  # characters over which "the paper added" still continues a citing chain


def _nest(quotes: list[Quote], reports: list[bool], asides: list[bool]) -> list[Quote]:
    """Settle attributions found inside another one's content.

    A piece of a statement attributed again to the same speaker (or to nobody) repeats it and is
    dropped, unless ``asides`` (one flag per quote) marks it as the speaker's aside between the halves of a
    split quotation ('"...," he said, referring to the two resorts. "..."'), which says whom he meant.

    A statement by someone else reached the page through the speaker around it ("Officials said the
    spokesman acknowledged X"): it keeps its own speaker and gains that chain as ``via``, unless the
    statement around it is a demand, a question or a denial, which reports nothing, or ``reports`` (one
    flag per quote) says its content is a thing acted on, not a statement ("the case centred on a meeting
    at which X told ambassadors ...").
    """
    def span(q: Quote) -> tuple[int, int]:
        return q.content.start, q.content.end

    relays = {id(o) for o, r in zip(quotes, reports) if r}
    kept = {id(q) for q, aside in zip(quotes, asides) if aside}
    out = []
    for q in quotes:
        s, e = span(q)
        around = [o for o in quotes if o is not q and span(o)[0] <= s and e <= span(o)[1]
                  and span(o)[1] - span(o)[0] > e - s]
        if not around or id(q) in kept:
            out.append(q)
            continue
        if q.speaker is None or any(o.speaker == q.speaker for o in around):
            continue
        nearest = min(around, key=lambda o: span(o)[1] - span(o)[0])
        # a demand reports nothing: "demanding that the government drop a bill that critics say ..." does
        # not pass the critics' view through the protesters; nor does a denial ("X accused the government of
        # moving too slowly, a charge Albanese rejected": the accusation is not Albanese's report)
        if not q.via and nearest.speaker is not None and nearest.stance not in ("asks", "denies") \
                and id(nearest) in relays:
            q = replace(q, via=[*nearest.via, nearest.speaker])
        out.append(q)
    return out


def _follow_chain(doc: Doc, a: _Attribution, index: SpeakerIndex, history: list[tuple[int, str]],
                  chains: dict[str, tuple[int, list[str]]], pos: int) -> Optional[TextSpan]:
    """Set ``a.via`` (and the speaker, for "citing X"); return the cited source's span when it changes."""
    if a.cited is not None:
        cited = index.resolve(doc[a.cited[0]:a.cited[1]], history)
        if cited is not None and cited != a.speaker:
            chains[a.speaker] = (pos, [a.speaker, cited])
            a.via, a.speaker = [a.speaker], cited
            span = doc[a.cited[0]:a.cited[1]]
            return TextSpan(span.start_char, span.end_char, span.text)
    elif a.told is not None:
        medium = index.resolve(doc[a.told[0]:a.told[1]], history)
        if medium is not None and medium != a.speaker and index.is_outlet(medium):
            a.via = [medium]  # "X told the Times": the Times carried it
    elif a.speaker in chains and a.lemma in CHAIN_LEMMAS:
        since, chain = chains[a.speaker]
        if pos - since <= CHAIN_WINDOW:  # "the paper added" goes on citing the same sources
            a.via, a.speaker = chain[:-1], chain[-1]
    return None


def attribution_chain(quote: Quote, entities: list[Entity]) -> str:
    """Return the quote's provenance for text reports, outermost reporter first: "NYT ← Western officials"."""
    names = {e.id: e.name for e in entities}
    hands = [names.get(eid, eid) for eid in quote.via]
    speaker = names.get(quote.speaker, quote.speaker) if quote.speaker else (quote.source.text if quote.source else "?")
    return " ← ".join(hands + [speaker])
