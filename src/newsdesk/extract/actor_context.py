"""Actor coding from the article around an actor: its home country, its dateline and its resolved places.

An uncoded domestic actor ("police", "the Interior Ministry") takes the country the article's
places and nationalities point to, or the dateline's when it leads; a place entity takes the country
the places layer resolved it to; civilians take the country of the places of their sentence; a
country name the places layer read as a place elsewhere ("Georgia" the US state) re-reads a title.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Optional

from newsdesk.extract.actor_tables import _names_nationals, _nationality, country_names
from newsdesk.extract.actors import join_code
from newsdesk.records import Entity


# Sectors that belong to one state; an uncoded "officials" or "police" inherits the article's country.
DOMESTIC_SECTORS = frozenset(("GOV", "MIL", "COP", "LEG", "JUD", "OPP", "CVL", "BUS", "MED", "EDU", "LAB", "PTY", "ELI"))


# Share of the country-bearing mentions one country needs to be the article's country.
HOME_SHARE = 0.75
# The dateline counts as this many mentions of its country: where the reporter files from.
DATELINE_WEIGHT = 2
# The share the dateline's country needs when it leads: the larger side of a story about two countries.
DATELINE_SHARE = 0.5


def _names_a_country(entity: Entity, names: dict[str, str]) -> bool:
    """True for a mention of a country's place or nationals: "Ugandan" typed PERSON by the small model still names
    a country, and so does a group of its nationals ("28 Chilean government officials"; not "White House
    officials")."""
    return bool(entity.country) and (entity.type in ("GPE", "NORP", "LOC") or _nationality(entity.name.lower(), names)
                                     or entity.group and _names_nationals(entity.name))


def _country_counts(entities: list[Entity], dateline: Optional[str]) -> dict[str, int]:
    counts: dict[str, int] = {dateline: DATELINE_WEIGHT} if dateline else {}
    names = country_names()
    for e in entities:
        if _names_a_country(e, names):
            counts[e.country] = counts.get(e.country, 0) + max(1, len(e.mentions))
    return counts


def context_country(entities: list[Entity], dateline: Optional[str] = None) -> Optional[str]:
    """Return the ISO country the article's places and nationalities point to, or None.

    One country, or one that holds at least ``HOME_SHARE`` of their mentions ("NAIROBI ...
    Mombasa ... Kisumu ... the United States urged"); two countries mentioned alike give none,
    unless one of them is the dateline's (``dateline``, ISO alpha-3) and it holds half of them: a wire
    filed from Colombo that names Washington as often as Sri Lanka is a Sri Lankan story."""
    counts = _country_counts(entities, dateline)
    if not counts:
        return None
    top = max(counts, key=lambda c: counts[c])
    if dateline and counts[dateline] == counts[top] and counts[top] >= DATELINE_SHARE * sum(counts.values()):
        return dateline  # (a story filed from Muscat about Iran, Greece and the US has no home country)
    return top if len(counts) == 1 or counts[top] >= HOME_SHARE * sum(counts.values()) else None


# Seats of international bodies: a wire filed from there is often about a crisis elsewhere, told by the agencies
# that sit there ("GENEVA - Fighting has displaced 200,000 people from El Fasher, the IOM said").
IGO_SEATS = frozenset(("geneva", "brussels", "vienna", "the hague", "strasbourg", "luxembourg"))


def dateline_country(place) -> Optional[str]:
    """Return the ISO alpha-3 country a dateline's resolved place weighs for as the story's home, or None (no
    dateline, or the seat of international bodies)."""
    if place is None or (place.name or "").lower() in IGO_SEATS:
        return None
    return alpha3_of(place.country)


def code_dateline_sentences(entities: list[Entity], dateline: Optional[str],
                            sentences: list[tuple[int, int]]) -> list[Entity]:
    """Return the entities with an uncoded domestic actor given the dateline's country when that country leads
    the article's mentions and no sentence naming the actor names another country: filed from Seoul, "troops
    withdrew, the defence ministry said" is Korean even if the US, Japan and North Korea are named elsewhere."""
    counts = _country_counts(entities, dateline) if dateline else {}
    ranked = sorted(counts.values(), reverse=True)
    if not counts or counts[dateline] < ranked[0] or len(ranked) > 1 and ranked[1] == ranked[0]:
        return entities
    names = country_names()
    named = [(m.start, e.country) for e in entities if _names_a_country(e, names) for m in e.mentions]
    out = []
    for e in entities:
        if e.country is None and e.sector in DOMESTIC_SECTORS and (e.code or e.sector) == e.sector:
            spans = _sentences_of(e, sentences) - {None}
            others = {c for at, c in named for s in spans if s[0] <= at < s[1]} - {dateline}
            if spans and not others:
                e = dataclasses.replace(e, country=dateline, code=join_code(dateline, e.sector))
        out.append(e)
    return out


def code_home(entities: list[Entity], home: Optional[str]) -> list[Entity]:
    """Return the entities with an uncoded domestic actor ("President X", "the Interior Ministry",
    "police") given the article's country; others unchanged."""
    if home is None:
        return entities
    out = []
    for e in entities:
        # (a code with a prefix of its own, "EURGOV" for European Community ministers, is no domestic actor)
        if e.country is None and e.sector in DOMESTIC_SECTORS and (e.code or e.sector) == e.sector:
            e = dataclasses.replace(e, country=home, code=join_code(home, e.sector))
        elif e.country == "USA" and e.sector == "LEG" and home != "USA" and not _names_the_us(e):
            # "Congress President José Jerí" in a Peruvian story: a congress or senate named without its country
            # is the story's country's (the table's default, the US one, is for stories without one)
            e = dataclasses.replace(e, country=home, code=join_code(home, e.sector))
        out.append(e)
    return out


_US_WORDS = re.compile(r"\b(?:U\.?S\.?|US|USA|American|United States|America|Washington)\b")


def _names_the_us(entity: Entity) -> bool:
    return any(_US_WORDS.search(text) for text in [entity.name] + [m.text for m in entity.mentions])


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    try:
        import pycountry

        return {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return {}


def alpha3_of(alpha2: Optional[str]) -> Optional[str]:
    """Return the ISO alpha-3 code of a place's alpha-2 country ("LK" -> "LKA"), or None."""
    return _alpha3().get(alpha2.upper()) if alpha2 else None


def code_from_places(entities: list[Entity], places: list) -> list[Entity]:
    """Return the entities with a place entity the places layer resolved coded with its country."""
    by_entity: dict[str, str] = {}
    for p in places:
        ent_id, country = getattr(p, "entity", None), getattr(p, "country", None)
        if ent_id and country and ent_id not in by_entity:
            alpha3 = alpha3_of(country)
            if alpha3:
                by_entity[ent_id] = alpha3
    towns = _place_named_entities(places)
    out = []
    for e in entities:
        country = by_entity.get(e.id)
        # the places layer read the context ("swing states such as Georgia and Arizona"); the
        # name alone would make Georgia the country
        if country and e.type in ("PERSON", "ORG") and (country_names().get(e.name.lower()) == country
                                                        or _only_a_place(e, towns)):
            e = dataclasses.replace(e, type="GPE")  # "Sri Lanka", "Hobart" the small model typed a person
        if country and e.country != country and e.type in ("GPE", "LOC", "FAC"):
            e = dataclasses.replace(e, country=country, code=join_code(country, e.sector))
        out.append(e)
    return out


def code_local_civilians(entities: list[Entity], places: list, sentences: list[tuple[int, int]],
                         elsewhere: frozenset[int] = frozenset(), text: str = "") -> list[Entity]:
    """Return the entities with civilians named without a nationality coded with the one country the places of
    their sentence lie in: "Israeli air strikes killed at least 80 people across Gaza" in a story filed from
    Jerusalem counts Gaza's people (PSE), not the dateline's. Armed and official actors keep the story's country:
    soldiers in Gaza need not be Gaza's. Places ``elsewhere`` (their starts: the dateline, places gone to) say
    nothing of where civilians are from; with places of several countries in the sentence, a place right after
    the civilians ("12 people in Gaza", in ``text``) says it."""
    out = []
    for e in entities:
        if e.country is None and e.sector == "CVL" and e.mentions:
            # (every sentence the group is named in: "25 people" killed in Haifa and "25 people" mourned in Gaza
            # are two groups the entity layer made one)
            spans = _sentences_of(e, sentences)
            named = {alpha3_of(p.country) for p in places for b in spans if b and b[0] <= p.start < b[1]
                     and p.kind == "toponym" and p.country and p.start not in elsewhere}
            if len(named) > 1:
                named = {alpha3_of(p.country) for p in places for m in e.mentions if p.kind == "toponym" and p.country
                         and _LOCATED_AFTER.fullmatch(text[m.end:p.start])}
            if None not in spans and len(named) == 1 and None not in named:
                country = named.pop()
                e = dataclasses.replace(e, country=country, code=join_code(country, e.sector))
        out.append(e)
    return out


def code_sides(entities: list[Entity], sentences: list[tuple[int, int]], text: str) -> list[Entity]:
    """Return the entities with uncoded groups told of "on the Israeli side" (or "on the Russian side of the
    border") coded with that side's country: every sentence naming them names that one side."""
    out = []
    for e in entities:
        if e.country is None and e.group and e.mentions:
            sides = {side_country(text[b[0]:b[1]]) if b else None for b in _sentences_of(e, sentences)}
            if len(sides) == 1 and None not in sides:
                country = sides.pop()
                e = dataclasses.replace(e, country=country, code=join_code(country, e.sector))
        out.append(e)
    return out


def _sentences_of(entity: Entity, sentences: list[tuple[int, int]]) -> set[Optional[tuple[int, int]]]:
    """Return the (start, end) of each sentence an entity is named in; None for a mention outside them all."""
    return {next(((s, t) for s, t in sentences if s <= m.start < t), None) for m in entity.mentions}


def side_country(sentence: str) -> Optional[str]:
    """Return the country of the one side a sentence names ("died on the Israeli side": ISR), else None."""
    names = country_names()
    sides = {names.get(m.group(1).lower()) for m in _SIDE.finditer(sentence)}
    return sides.pop() if len(sides) == 1 else None


# "on the Israeli side", "on the Lebanese side of the border": whose side a group is on
_SIDE = re.compile(r"\bon\s+the\s+([A-Z][a-z]+)\s+side\b")


# what lies between civilians and the place they are in: "12 people in Gaza", "residents of the Kherson region"
_LOCATED_AFTER = re.compile(r"\s+(?:in|across|at|near|of|from)\s+(?:the\s+)?")


def _place_named_entities(places: list) -> dict[str, set[tuple[int, int]]]:
    """Return {entity id: spans} of the towns, regions and countries the places layer resolved by name."""
    out: dict[str, set[tuple[int, int]]] = {}
    for p in places:
        ent_id = getattr(p, "entity", None)
        if ent_id and getattr(p, "kind", "") == "toponym" and getattr(p, "feature_class", None) in ("P", "A"):
            out.setdefault(ent_id, set()).add((p.start, p.end))
    return out


def _only_a_place(entity: Entity, towns: dict[str, set[tuple[int, int]]]) -> bool:
    """True when every name mention of a lone "person" or "organisation" is a town or region the places layer
    resolved ("Hobart" typed a person, "Tasmania" an organisation)."""
    spans = towns.get(entity.id)
    names = [(m.start, m.end) for m in entity.mentions if m.kind in ("name", "surname", "acronym")]
    return bool(spans) and not entity.group and bool(names) and all(n in spans for n in names)


def place_readings(places: list) -> dict[str, str]:
    """Return {country name: ISO alpha-3} for country names the places layer read as a place of another
    country: {"georgia": "USA"} when "Georgia" beside Savannah is the US state."""
    names = country_names()
    out: dict[str, str] = {}
    for p in places:
        text = (getattr(p, "text", "") or "").lower().strip()
        country = alpha3_of(getattr(p, "country", None))
        if text in names and country and names[text] != country and getattr(p, "kind", "") == "toponym":
            out[text] = country
    return out


def reread_country(text: str, country: Optional[str], readings: dict[str, str]) -> Optional[str]:
    """Return the country an actor's text gives once the article's place readings are applied ("Georgia
    Governor Brian Kemp" is USA when Georgia is the state), else ``country`` unchanged."""
    if not readings or country is None:
        return country
    low = text.lower()
    names = country_names()
    for name, reading in readings.items():
        if names.get(name) == country and re.search(rf"\b{re.escape(name)}\b", low):
            return reading
    return country
