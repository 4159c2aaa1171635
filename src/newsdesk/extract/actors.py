"""Actor coding: country (ISO 3166 alpha-3) and PLOVER-style sector for a mention or entity.

Sources, in order of precedence:

* ``data/actors/actors.tsv``: known actors written for newsdesk, with validity dates for
  office holders (Karzai codes AFG GOV only for a date inside his presidency);
* country names: pycountry (official and common names) and countrystatecity-countries
  (common names and capitals), plus ``data/actors/demonyms.tsv`` (demonyms, aliases);
* ``data/actors/regions.tsv``: multinational words ("Western officials" -> WST), which
  give a CAMEO-style region code but no ISO country; a coordinated group of several
  nationalities or blocs ("Western and Afghan officials") is MUL (multinational), no country;
* the places layer: a GPE the places layer resolved takes that place's country ("Dubai" -> ARE);
* roles: a spokesman, aide, adviser or envoy of a coded actor ("Karzai's spokesman Aimal
  Faizi", "Faizi, a spokesman for Karzai") takes that actor's country and sector;
* ``data/actors/sectors.tsv``: head nouns -> sector (GOV, MIL, COP, INS, LEG, MED, ...).

The CAMEO-style actor code is country (or region/IGO) followed by the sector: AFGGOV,
USALEG, WSTGOV, IGO.

This module codes a mention's text and an entity by its names (``code_text``, ``code_entity``);
the tables it reads are loaded in ``actor_tables``, the article's context (home country, dateline,
resolved places) is applied in ``actor_context`` and the parse (roles, titles, owners) in ``actor_roles``.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import NamedTuple, Optional

from newsdesk.extract.actor_tables import (
    ANY_COUNTRY,
    MAX_NGRAM,
    _known,
    _nationality,
    _people_of,
    country_demonyms,
    country_names,
    non_country_codes,
    region_names,
    sector_words,
)
from newsdesk.gazetteer import NAME_WORD
from newsdesk.records import Entity

_WORD = NAME_WORD


class Coding(NamedTuple):
    country: Optional[str]  # ISO alpha-3, None for multinational or unknown actors
    sector: Optional[str]
    code: Optional[str]  # CAMEO-style: country/region + sector
    group: bool = False  # a multinational or collective actor
    prefix: Optional[str] = None  # the code's first part: country, region or IGO/NGO


# Names that are common words unless written in capitals.
UPPER_CASE_ONLY = frozenset(("us", "who"))
# Words that count or describe people rather than name a state: "thousands of Kurds", "young Algerians".
COUNTED_PEOPLE = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands "
                           "millions many several some few most ethnic young elderly ordinary local".split())


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ses") or word.endswith("xes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    if word.endswith("men") and len(word) > 5:  # "gunmen", "militiamen", "policemen"
        return word[:-3] + "man"
    return word


# "Western and Afghan officials": a group of several nationalities or blocs is coded with no
# country and the prefix MUL (multinational, after ISO 639's "mul"), e.g. MULGOV.
MULTINATIONAL = "MUL"
COORDINATION = re.compile(r"\band\b|,|&|/")


def _several_origins(words: list[str], low: list[str], date: Optional[str]) -> bool:
    """Return True when coordinated words of the text name two or more countries or blocs."""
    names, regions = country_names(), region_names()
    found: set[str] = set()
    covered: set[int] = set()
    n = len(low)
    for size in range(min(MAX_NGRAM, n), 0, -1):
        for i in range(0, n - size + 1):
            if covered.intersection(range(i, i + size)):
                continue
            key = " ".join(low[i:i + size])
            if key in UPPER_CASE_ONLY and words[i] != key.upper():
                continue  # "us" and "who" are words; "US" and "WHO" are names
            hit = _known(key, date)
            code = hit[0] if hit else names.get(key) or regions.get(key)
            if code and code not in ("IGO", "NGO", ANY_COUNTRY):
                found.add(code)
                covered.update(range(i, i + size))
    return len(found) >= 2


# people sent to a country: "X's envoy to Y" is X's, Y is only the posting
ENVOY_WORDS = frozenset("envoy envoys ambassador ambassadors emissary emissaries representative mediator "
                        "delegation delegations delegate delegates".split())


def _posted_to(low: list[str]) -> set[int]:
    """Return the word positions after "to"/"for" that follow an envoy word (the posting, not the sender)."""
    out: set[int] = set()
    for i, w in enumerate(low):
        if w in ENVOY_WORDS:
            for j in range(i + 1, min(i + 3, len(low) - 1)):
                if low[j] in ("to", "for", "in"):
                    out.update(range(j + 1, len(low)))
                    return out
    return out


# an aircraft's type designation: "B-52", "Su-25", "F-16", "Tu-95MS"
AIRCRAFT_MODEL = re.compile(r"[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]{0,2}")
# sectors of an office a person holds; out of it ("former", "ex-") a person is an elite (PLOVER's FORMER_* agents)
OFFICE_SECTORS = frozenset(("GOV", "MIL", "COP", "LEG", "JUD"))
FORMER_WORDS = frozenset(("former", "ex", "ousted", "deposed", "exiled"))


@lru_cache(maxsize=65536)  # pure in (text, date); the same names recur across a batch
def code_text(text: str, date: Optional[str] = None) -> Coding:
    """Return the coding of an actor mention's text (``date`` = the article's YYYY-MM-DD)."""
    words = _WORD.findall(text)
    if not words or _names_a_natural_feature(words):
        return Coding(None, None, None)  # ("the disputed South China Sea", "the Gulf of Oman": no actors of a state)
    low = [w.lower().rstrip(".") if not w.lower() in ("u.s.", "u.n.", "u.k.") else w.lower() for w in words]
    low = [w[:-2] if w.endswith("'s") else w for w in low]
    country = region = sector = None
    known_sector = None
    names, regions, sectors = country_names(), region_names(), sector_words()
    n = len(low)
    several = _several_origins(words, low, date) if COORDINATION.search(text) else False
    posted = _posted_to(low)
    named: set[int] = set()  # words of a known actor's name: "American" in "Organization of American States"
    # longest n-grams first, left to right
    for size in range(min(MAX_NGRAM, n), 0, -1):
        for i in range(0, n - size + 1):
            if i in posted or i in named:
                continue  # "the UN envoy for Syria", "ambassador to Iraq": where the envoy is sent, not whose
            key = " ".join(low[i:i + size])
            if key in UPPER_CASE_ONLY and words[i] != key.upper():
                continue  # "us" and "who" are words; "US" and "WHO" are names
            hit = _known(key, date)
            if hit and size > 1:
                named.update(range(i, i + size))
            if hit and known_sector is None and country is None:
                if hit[0] == ANY_COUNTRY:
                    pass  # "national security council": a state body, its country from the context
                elif hit[0] in non_country_codes():
                    region = region or hit[0]
                else:
                    country = hit[0]
                known_sector = hit[1]
            found = _nationality(key, names) if country is None else None
            if found:
                country = found
            elif country is None and region is None and key in regions:
                region = regions[key]
                named.update(range(i, i + size))  # "Latin American": "American" in it names no USA
    # sector: the last head-noun match wins ("Afghan police officer" -> COP)
    role_at = sector_at = None
    for size in (3, 2, 1):
        for i in range(n - size, -1, -1):
            key = " ".join(_singular(w) if j == i + size - 1 else w for j, w in enumerate(low[i:i + size], start=i))
            if key in sectors:
                sector, sector_at = sectors[key], i
                role_at = i if size == 1 and key in ROLE_NOUNS else None
                break
        if sector:
            break
    if sector in ("INS", "REB") and sector_at and AIRCRAFT_MODEL.fullmatch(words[sector_at - 1]):
        sector = "MIL"  # "a B-52 bomber", "Su-25 fighters": an air force's aircraft, not insurgents
    if sector in OFFICE_SECTORS and any(w in FORMER_WORDS for w in low[max(0, sector_at - 3):sector_at]):
        sector = "ELI"  # "former police officer Jimmy Cherizier", "a former minister": an elite, out of office
    if role_at is not None:  # "the party's spokesman" speaks for the party
        sector = _principal_sector(words, low, role_at, sectors, sector)
    if sector == "PTY" and _sides_of_a_dispute(low):
        sector = None  # "called on all parties to show restraint": the sides of a dispute, not political parties
    if known_sector and (sector is None or known_sector in ("LEG", "MED", "INS", "IGO", "NGO", "REB")):
        sector = known_sector
    if sector is None and known_sector is None and _people_of(low[-1]) and any(
            w[:1].isdigit() or w in COUNTED_PEOPLE for w in low[:-1]):
        # "more than 100 Palestinians", "three ethnic Albanians": counted people of a nationality are
        # civilians; "the Americans" alone may stand for the state
        sector = "CVL"
    if sector in ("IGO", "NGO") and country is None and region is None:
        region = sector
    if several:  # "Western and Afghan officials", "Saudi and Iranian ministers": several origins
        country, region = None, MULTINATIONAL
    prefix = country or region
    if prefix in ("IGO", "NGO") and sector == prefix:
        code = prefix
    elif prefix or sector:
        code = (prefix or "") + (sector or "") if prefix else sector
    else:
        code = None
    group = country is None and region is not None and region not in ("IGO", "NGO")
    return Coding(country, sector, code, group, prefix)


def _principal_sector(words: list[str], low: list[str], role_at: int, sectors: dict[str, str],
                      own: str) -> Optional[str]:
    """The sector of a role noun's principal: another sector word in the mention ("the party's spokesman" ->
    PTY); none when the mention names a principal the word list does not code ("the group's spokesman",
    "a spokesman for the campaign"); else the role's own ("a spokesman" -> GOV)."""
    bare = [_singular(w.rstrip("'’")) for w in low]  # "the rebels' spokesman"
    others = [sectors[w] for j, w in enumerate(bare) if j != role_at and w in sectors]
    if others:
        return others[-1]
    possessed = any(w.lower().endswith(("'s", "’s")) or w.endswith(("'", "’")) for w in words[:role_at])
    served = any(w in ("for", "of") for w in low[role_at + 1:])
    return None if possessed or served else own


def join_code(prefix: Optional[str], sector: Optional[str]) -> Optional[str]:
    """The actor code of a country (or region) prefix and a sector: AFG + GOV -> AFGGOV; either alone as is."""
    if prefix and sector and prefix != sector:
        return prefix + sector
    return prefix or sector


def code_entity(entity: Entity, date: Optional[str] = None) -> Entity:
    """Return ``entity`` with country/sector/code filled where they can be inferred (else unchanged)."""
    if entity.type not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
        return entity
    if entity.type == "LOC" and entity.name.split()[-1].lower() in NATURAL_FEATURES:
        return entity  # "the South China Sea" is a sea, no Chinese actor
    person = entity.type == "PERSON" and not entity.group  # ("Bosnian Serbs" is a group, of Bosnia)
    coding = code_text(without_given_place_name(entity.name, person), date)
    # ("spokesman for the Hare Krishna group" names an uncoded principal: "A spokesman" alone would say GOV)
    if coding.code is None and coding.country is None and " for " not in entity.name:
        for m in entity.mentions:
            if m.kind in ("name", "acronym", "surname"):
                coding = code_text(without_given_place_name(m.text, person), date)
                if coding.code:
                    break
    if coding.code is None and coding.country is None:
        return entity
    return dataclasses.replace(
        entity,
        country=entity.country or coding.country,
        sector=entity.sector or coding.sector,
        code=entity.code or coding.code,
        group=entity.group or coding.group,
    )


def without_given_place_name(name: str, person: bool) -> str:
    """Return a person's name without a given name or surname that is also a country or a nationality ("German
    Galushchenko", "Jordan Bardella", "Juan Carlos Portugal" are no German, Jordanian or Portuguese actors by
    name); titles and known people keep their words ("Afghan President Hamid Karzai", a name in actors.tsv)."""
    words = name.split()
    if not person or len(words) < 2 or not words[1][:1].isupper():
        return name
    last, before = words[-1].lower(), words[-2]
    if last in country_names() and before[:1].isupper() and before.lower() not in sector_words() \
            and before.lower() not in country_demonyms() and _known(name.lower(), None) is None:
        return " ".join(words[:-1])  # a surname that is a country: "Juan Carlos Portugal", "Michael Jordan"
    first, second = words[0].lower(), words[1].lower()
    if first not in country_names() and first not in country_demonyms():
        return name
    if second in sector_words() or _people_of(second) or _known(name.lower(), None) is not None:
        return name  # ("Afghan President ...", "Bosnian Serbs", a known name)
    return " ".join(words[1:])


# last words of the names of seas, rivers and mountains: a country word in them codes no actor
# (not "islands" or "coast": the Solomon Islands and Ivory Coast are countries)
NATURAL_FEATURES = frozenset("sea ocean gulf bay strait straits channel river lake mountains mountain range desert "
                             "peninsula basin valley plateau".split())


def _names_a_natural_feature(words: list[str]) -> bool:
    """True for a name built on a capitalised natural feature: "South China Sea", "Gulf of Oman"."""
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head[:1].isupper() and head.lower() in NATURAL_FEATURES


def code_entities(entities: list[Entity], date: Optional[str] = None) -> list[Entity]:
    """Return the entity list with actor codings filled in (records are frozen: new objects)."""
    return [code_entity(e, date) for e in entities]


# words that make "parties" the sides of a dispute or a deal: "all parties", "the warring parties"
SIDE_WORDS = frozenset("all warring concerned relevant contracting conflicting opposing".split())


def _sides_of_a_dispute(low: list[str]) -> bool:
    """True for "all parties", "the warring parties", "both parties to the conflict" (not "opposition parties")."""
    at = next((i for i, w in enumerate(low) if w in ("party", "parties")), None)
    if at is None:
        return False
    return bool(set(low[:at]) & SIDE_WORDS) or low[at + 1:at + 2] == ["to"]


# People who speak or act for another actor and take its coding.
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor envoy emissary representative".split()
)
