"""The actor tables and lookups in them: known actors, country names and demonyms, regions, sectors.

``data/actors/*.tsv`` (known actors with their terms of office, demonyms, regions, sector head
nouns), pycountry and countrystatecity-countries (country names and capitals), and the places
layer's demonyms. Each table is read once per process.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Optional

from newsdesk.gazetteer import NAME_WORD, csc_countries, demonym_places


DATA = Path(__file__).resolve().parent.parent / "data" / "actors"
MAX_NGRAM = 7  # the longest name of actors.tsv ("organization for security and co-operation in europe")
_WORD = NAME_WORD
# Codes in actors.tsv that are no ISO country and no region of regions.tsv (see non_country_codes).
BODY_CODES = frozenset(("IGO", "NGO", "IMG", "INT", "MUL"))
# The country column of a body every state has ("national security council"): no country of its own.
ANY_COUNTRY = "-"


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Return lower-case country name, alias, demonym or capital -> alpha-3."""
    names = dict(_package_country_names())
    names.update(country_demonyms())
    return names


@lru_cache(maxsize=1)
def _package_country_names() -> dict[str, str]:
    """Return lower-case country name or capital -> alpha-3, from pycountry and countrystatecity-countries."""
    names: dict[str, str] = {}
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value:
                    names.setdefault(value.lower(), c.alpha_3)
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    for name, capital, iso3 in _csc_countries():
        names.setdefault(name, iso3)
        if capital:
            names.setdefault(capital, iso3)
    return names


@lru_cache(maxsize=1)
def _csc_countries() -> tuple[tuple[str, str, str], ...]:
    """Return (lower-case name, lower-case capital or "", alpha-3) of countrystatecity-countries' countries."""
    return tuple((name.lower(), capital.lower(), iso3) for name, capital, _, iso3 in csc_countries() if iso3)


@lru_cache(maxsize=1)
def country_demonyms() -> dict[str, str]:
    """Return lower-case demonym or alias -> alpha-3: the places layer's demonyms of countries
    ("burundian" -> Burundi -> BDI), then this layer's own table, which wins ("washington" -> USA)."""
    out: dict[str, str] = {}
    countries = _package_country_names()
    for demonym, place in demonym_places().items():
        if place.lower() in countries:
            out[demonym] = countries[place.lower()]
    for row in _rows("demonyms.tsv"):
        out[row[0]] = row[1]
    return out


def _plural_demonym(word: str) -> Optional[str]:
    """Return the country of a demonym in the plural ("iraqis" -> IRQ), else None."""
    return country_demonyms().get(word[:-1]) if word.endswith("s") else None


def _people_of(word: str) -> bool:
    """Return True for a nationality's people in the plural: "Palestinians", "Iraqis" (not "Iraq")."""
    return _plural_demonym(word) is not None or word in PEOPLES


# Plural nationals the singular rule misses ("Swiss" and "Chinese" are their own plurals), and ethnic groups.
PEOPLES = frozenset("swiss chinese japanese vietnamese lebanese sudanese burmese taiwanese congolese senegalese "
                    "kurds serbs croats turks pashtuns tamils uighurs uyghurs rohingya tutsis hutus".split())


def _names_nationals(name: str) -> bool:
    """Return True when a group's name carries a nationality: "28 Chilean government officials"."""
    return any(w in country_demonyms() for w in _WORD.findall(name.lower()))


def _nationality(key: str, names: dict[str, str]) -> Optional[str]:
    """Return the country of a name or demonym, a demonym also in the plural ("Iraqis", "Palestinians")."""
    return names[key] if key in names else _plural_demonym(key)


@lru_cache(maxsize=1)
def region_names() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("regions.tsv")}


@lru_cache(maxsize=1)
def non_country_codes() -> frozenset[str]:
    """Return the codes of actors.tsv that are not ISO countries: international bodies and the regions."""
    return BODY_CODES | frozenset(region_names().values())


@lru_cache(maxsize=1)
def sector_words() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("sectors.tsv")}


@lru_cache(maxsize=1)
def known_actors() -> dict[str, list[tuple[str, str, str, str]]]:
    """Return lower-case name -> [(country, sector, start, end)] in file order."""
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in _rows("actors.tsv"):
        row = row + [""] * (5 - len(row))
        out.setdefault(row[0], []).append((row[1], row[2], row[3], row[4]))
    return out


@lru_cache(maxsize=1)
def known_body_names() -> frozenset[str]:
    """Return the names of several words (or hyphenated) of bodies in the actor table, whose parts the NER model
    may tag alone ("Taliban Pakistan" of "Tehreek-e-Taliban Pakistan"); people's names (GOV or ELI rows only)
    are left out."""
    return frozenset(key for key, rows in known_actors().items() if (" " in key or "-" in key)
                     and any(r[1] not in ("GOV", "ELI") for r in rows))


@lru_cache(maxsize=1)
def known_body_words() -> frozenset[str]:
    """Return the words (split at spaces and hyphens) of the known bodies' names: a name sharing none of them is
    no part of one."""
    return frozenset(w for name in known_body_names() for w in re.split(r"[\s-]+", name) if w) - NAME_LINKS


# words that join the words of a name: no sign of a known body's name by themselves
NAME_LINKS = frozenset(("the", "of", "and", "for", "in", "on", "e", "i"))


@lru_cache(maxsize=1)
def office_holder_surnames() -> frozenset[str]:
    """Return the one-word names in the actor table that end a longer name sharing a dated row: the surnames
    of office holders ("trump" beside "donald trump"), people whatever the NER model tags them."""
    table = known_actors()
    return frozenset(key for key, rows in table.items() if " " not in key and any(r[2] for r in rows)
                     and any(k.endswith(" " + key) and set(table[k]) & set(rows) for k in table if " " in k))


def _valid(start: str, end: str, date: Optional[str]) -> bool:
    if not date:
        return not end  # without a date, prefer the open-ended (current) row
    day = date[:10]
    return (not start or start <= day) and (not end or day <= end)


def _fold(text: str) -> str:
    """Return ``text`` without accents: the actor table is written unaccented ("chavez", "orban")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _known(key: str, date: Optional[str]) -> Optional[tuple[str, str]]:
    rows = known_actors().get(key) or known_actors().get(_fold(key))
    if not rows:
        return None
    for country, sector, start, end in rows:
        if _valid(start, end, date):
            return country, sector
    if not date:
        return rows[0][0], rows[0][1]
    return None
