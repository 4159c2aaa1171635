"""A name the article reads one way may mean its namesake in a sentence about another country.

The resolver gives a name one reading per article. A wire that visits two countries can name two
places of one name: "Clashes in Tripoli, Lebanon ... Meanwhile in Libya, the government in Tripoli said"
or "Growers rallied in Cordoba, Argentina ... In Spain, farmers near Cordoba". Where every other place
of a sentence that holds one of the name's big readings lies in that reading's country, none in the country
of the article's reading, and other sentences name places of that country, the mention takes that reading.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional, Sequence

from spacy.tokens import Doc

from newsdesk.extract.place_resolve import OVERSHADOW_RATIO
from newsdesk.gazetteer import COUNTRY, KIND, POP, normalize

# Readings a sentence may switch a name to: towns this big, and provinces and states.
MIN_TOWN_POP = 100_000


def sentence_readings(doc: Doc, toponyms: Sequence, chosen: Sequence[Optional[int]], gaz,
                      fixed: Sequence[bool]) -> list[Optional[int]]:
    """Return ``chosen`` with each mention read in the one country its sentence's other places lie in.

    ``fixed`` marks the mentions decided by their own words ("Paris, Texas"), which keep their reading.
    """
    out = list(chosen)
    sentence_of = _sentence_starts(doc, toponyms)
    for i, (toponym, number) in enumerate(zip(toponyms, chosen)):
        if number is None or fixed[i] or toponym.source == "demonym":
            continue
        entry = gaz.entry(number)
        if entry[KIND] not in ("city", "admin1"):
            continue
        key = normalize(toponym.query or toponym.text)
        around = {gaz.entry(n)[COUNTRY] for j, n in enumerate(chosen)
                  if n is not None and j != i and sentence_of[j] == sentence_of[i]
                  and normalize(toponyms[j].query or toponyms[j].text) != key}
        around.discard("")
        if len(around) != 1 or entry[COUNTRY] in around:
            continue
        # only in a story that visits the reading's country elsewhere: alone, "Flights from St. Louis to
        # Manchester" keeps the resolver's reading, which weighed the whole article
        if not any(n is not None and sentence_of[j] != sentence_of[i] and gaz.entry(n)[COUNTRY] == entry[COUNTRY]
                   and normalize(toponyms[j].query or toponyms[j].text) != key for j, n in enumerate(chosen)):
            continue
        country = next(iter(around))
        reading = _big_reading(gaz, toponym.query or toponym.text, country)
        if reading is not None:
            out[i] = reading
    return out


def _big_reading(gaz, name: str, country: str) -> Optional[int]:
    """Return the name's one province or big town in ``country`` that no famous namesake overshadows."""
    found = [(gaz.entry(n), n) for n, alt in gaz.lookup(name) if not alt]
    biggest = max((e[POP] for e, _ in found if e[KIND] == "city"), default=0)
    towns = [n for e, n in found if e[COUNTRY] == country and e[KIND] == "city" and e[POP] >= MIN_TOWN_POP
             and e[POP] * OVERSHADOW_RATIO >= biggest]
    provinces = [n for e, n in found if e[COUNTRY] == country and e[KIND] == "admin1"]
    if towns:  # ("Cordoba" the Andalusian city rather than its province)
        return towns[0] if len(towns) == 1 else None
    return provinces[0] if len(provinces) == 1 else None


def _sentence_starts(doc: Doc, toponyms: Sequence) -> list[int]:
    """Return, for each toponym, the character offset where its sentence starts."""
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    return [starts[max(bisect_right(starts, t.start) - 1, 0)] for t in toponyms]
