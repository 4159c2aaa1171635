""""X in Y": the place named first lies in the one named second.

"Dublin in Ohio", "Washington University in St. Louis", "Loyola University in Los Angeles":
when the first name was resolved far outside the second, the article has said where it is.
A namesake of the first inside the second is taken instead ("Dublin" -> Dublin, Ohio); with
none, a place embedded in an institution's name ("Washington" in "Washington University")
is put where the institution is, the second place. Demonyms are left alone ("Americans in Iraq").

"X of Y" says the same when Y is a region or a country: "the Southern Highlands of New South Wales"
is not the Papua New Guinea province of that name. With no namesake inside Y, the part is put at
the whole it belongs to, the nearest place the gazetteer knows. A country named first is never
moved ("the embassy of Canada in Kabul").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from newsdesk.extract.place_confidence import RIVAL_KM
from newsdesk.gazetteer import COUNTRY, KIND, entry_km, in_admin1

# The gap between the two names: the rest of the first one's name, then "in".
_IN_GAP = re.compile(r"(?:\s+[A-Z][\w.'&-]*){0,4}\s+in\s+")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
# Words that make a longer name an institution that stands somewhere.
_INSTITUTION_WORDS = frozenset(
    "university college hospital school institute center centre clinic airport stadium museum church "
    "cathedral academy seminary library zoo arena".split()
)
_AREA_KINDS = frozenset({"city", "county", "admin1", "country"})


def _within(entry: tuple, area: tuple) -> bool:
    """In the country, in the admin-1 region, or (for a town or county) as near as a right reading must be."""
    if area[KIND] == "country":
        return entry[COUNTRY] == area[COUNTRY]
    if area[KIND] == "admin1":
        return in_admin1(entry, area)
    return entry_km(entry, area) <= RIVAL_KM


def located_in_next(text: str, toponyms: Sequence, chosen: Sequence[Optional[int]], gaz,
                    embedded: Sequence[bool]) -> list[Optional[int]]:
    """Return ``chosen`` with each "X in Y" pair made consistent (see the module docstring)."""
    out = list(chosen)
    for i in range(len(toponyms) - 1):
        first, second = out[i], out[i + 1]
        if first is None or second is None or toponyms[i].source == "demonym":
            continue
        gap = text[toponyms[i].end:toponyms[i + 1].start]
        part_of = _OF_GAP.fullmatch(gap) is not None
        if not part_of and not _IN_GAP.fullmatch(gap):
            continue
        entry, area = gaz.entry(first), gaz.entry(second)
        if embedded[i] and not part_of and entry[KIND] == "admin1" and not _within(area, entry):
            # "the University of Idaho in Moscow": the state names the institution, which stands in its town
            town = next((n for n, _ in gaz.lookup(toponyms[i + 1].query or toponyms[i + 1].text)
                         if gaz.entry(n)[KIND] == "city" and _within(gaz.entry(n), entry)), None)
            if town is not None:
                out[i + 1] = town
                continue
        if part_of and (entry[KIND] == "country" or area[KIND] not in ("admin1", "country")):
            continue
        if area[KIND] not in _AREA_KINDS or _within(entry, area) or _within(area, entry):
            continue
        name = toponyms[i].query or toponyms[i].text
        namesake = next((n for n, _ in gaz.lookup(name) if _within(gaz.entry(n), area)), None)
        if namesake is not None:
            out[i] = namesake
        elif part_of or embedded[i] and _INSTITUTION_WORDS & {w.lower() for w in gap.split()}:
            out[i] = second
    return out
