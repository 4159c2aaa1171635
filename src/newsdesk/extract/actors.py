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
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple, Optional

from spacy.tokens import Span

from newsdesk.extract.entities import outlet_named
from newsdesk.extract.entity_lexicon import SPOKES_WORDS
from newsdesk.gazetteer import NAME_WORD, csc_countries, demonym_places, spans_a_continent
from newsdesk.records import Entity

DATA = Path(__file__).resolve().parent.parent / "data" / "actors"
MAX_NGRAM = 7  # the longest name of actors.tsv ("organization for security and co-operation in europe")
_WORD = NAME_WORD
# Codes in actors.tsv that are no ISO country and no region of regions.tsv (see non_country_codes).
BODY_CODES = frozenset(("IGO", "NGO", "IMG", "INT", "MUL"))
# The country column of a body every state has ("national security council"): no country of its own.
ANY_COUNTRY = "-"


class Coding(NamedTuple):
    country: Optional[str]  # ISO alpha-3, None for multinational or unknown actors
    sector: Optional[str]
    code: Optional[str]  # CAMEO-style: country/region + sector
    group: bool = False  # a multinational or collective actor
    prefix: Optional[str] = None  # the code's first part: country, region or IGO/NGO


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


# Names that are common words unless written in capitals.
UPPER_CASE_ONLY = frozenset(("us", "who"))
# Words that count or describe people rather than name a state: "thousands of Kurds", "young Algerians".
COUNTED_PEOPLE = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands "
                           "millions many several some few most ethnic young elderly ordinary local".split())
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
            spans = [s for s in sentences if any(s[0] <= m.start < s[1] for m in e.mentions)]
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


# ---------------------------------------------------------------- context: places and roles

# People who speak or act for another actor and take its coding.
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor envoy emissary representative".split()
)


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
            spans = {next(((s, t) for s, t in sentences if s <= m.start < t), None) for m in e.mentions}
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


def _entity_of(entities: list[Entity], tok, skip: str) -> Optional[Entity]:
    for e in entities:
        if e.id == skip:
            continue
        for m in e.mentions:
            if m.start <= tok.idx < m.end and m.kind in ("name", "acronym", "surname"):
                return e
    return None


def _mention_spans(doc, entity: Entity, kinds: Optional[tuple[str, ...]] = None) -> Iterator[Span]:
    """Yield the Doc span of each of the entity's mentions (of ``kinds`` only, when given) that covers tokens."""
    for m in entity.mentions:
        if kinds is not None and m.kind not in kinds:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            yield span


def _outlet(doc, entity: Entity) -> bool:
    """Return True for an organisation named beside an outlet noun: "the newspaper Publico"."""
    return any(outlet_named(span) for span in _mention_spans(doc, entity))


def _role_token(root):
    """The role noun the name is apposed to or modified by: "Karzai's spokesman Aimal Faizi"."""
    if root.dep_ == "appos" and root.head.lemma_.lower() in ROLE_NOUNS:
        return root.head
    # "A spokesman for the Afghan government, Aimal Faizi": the parser hangs the name on "government"
    outer = root.head.head.head if root.dep_ == "appos" and root.head.dep_ == "pobj" else None
    if outer is not None and root.head.head.dep_ == "prep" and outer.lemma_.lower() in ROLE_NOUNS:
        return outer
    for c in root.children:
        if c.dep_ in ("appos", "compound", "nmod") and c.lemma_.lower() in ROLE_NOUNS:
            return c
    return None


def _principal(role, entities: list[Entity], skip: str,
               date: Optional[str]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """The (country, sector) of the actor a role noun serves: its possessor, modifier or "for X"."""
    heads = [c for c in role.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    # "the UN envoy for Sudan": an envoy is sent to the country after "for", not its agent
    preps = ("of",) if role.lemma_.lower() in POSTED_ROLES else ("for", "of", "to")
    heads += [g for c in role.children if c.dep_ == "prep" and c.lower_ in preps
              for g in c.children if g.dep_ == "pobj"]
    for tok in heads:
        ent = _entity_of(entities, tok, skip)
        if ent is not None and (ent.country or ent.sector == "IGO"):
            return ent.country, ent.sector
        coding = code_text(" ".join(t.text for t in tok.subtree), date)
        if coding.country or coding.sector == "IGO":
            return coding.country, coding.sector
    return None


POSTED_ROLES = frozenset(("envoy", "emissary"))


def _apposed_title(root, date: Optional[str]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """"Portugal's infrastructure minister, Rui Valente": the title the name is apposed to, when it
    names a country and a sector."""
    if root.dep_ != "appos" or root.head.pos_ != "NOUN" or root.head.i > root.i:
        return None
    title = root.doc[root.head.left_edge.i:root.head.i + 1].text
    coding = code_text(title, date)
    return (coding.country, coding.sector) if coding.country and coding.sector else None


def _title_coding(name: Span, date: Optional[str]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """The (country, sector) a title written before a name gives: "U.S. Secretary of State John Kerry".

    The title is the name's noun phrase up to the name (its compounds, modifiers and "of"
    phrase, as the parser attaches them). "President X" gives the sector only; the article's
    country may complete it (``code_home``)."""
    root = name.root
    start = min((c.left_edge.i for c in root.children if c.i < name.start and c.dep_ in _TITLE_DEPS),
                default=_title_hung_elsewhere(name))
    country = _country_after(name, date)  # "King Hassan of Morocco"
    if start >= name.start or name.start - start > 8:
        return (country, None) if country else None
    title = name.doc[start:name.start].text
    coding = code_text(f"{title} {without_given_place_name(name.text, True)}", date)
    country = coding.country or country
    return (country, coding.sector) if country or coding.sector else None


def _country_after(name: Span, date: Optional[str]) -> Optional[str]:
    """The country of an "of X" written right after a name: "King Hassan of Morocco"."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].lower_ != "of":
        return None
    if not name.start <= doc[name.end].head.i < name.end:
        return None  # "of" hangs on something else: "the wife of ..." is no title
    obj = next((c for c in doc[name.end].children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ != "GPE":
        return None
    return code_text(" ".join(t.text for t in obj.subtree), date).country


_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# head words of a title written before a name: "IAEA chief Rafael Grossi"
TITLE_HEADS = frozenset(("chief", "head", "director", "boss"))


def _title_hung_elsewhere(name: Span) -> int:
    """Return where a title right before a name starts when the parser hung it elsewhere ("IAEA chief Rafael
    Grossi" with "chief" the object of "IAEA"), else the name's own start."""
    doc = name.doc
    before = doc[name.start - 1] if name.start > 0 else None
    if before is None or before.dep_ in _TITLE_DEPS or before.lower_ not in TITLE_HEADS:
        return name.start
    start = before.i
    while start > max(0, name.start - 4) and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
        start -= 1  # the body the title names ("IAEA", "U.N. refugee agency")
    return start if start < before.i else name.start


def _owner_country(doc, entity: Entity) -> Optional[str]:
    """Return the country a mention of an institution names as its owner: "Brazil's Senate", "the Brazilian
    Senate" (BRA), whatever country the bare name would default to."""
    names, demonyms = country_names(), country_demonyms()
    for span in _mention_spans(doc, entity):
        for c in span.root.children:
            words = doc[c.left_edge.i:c.i + 1].text.lower()
            if c.dep_ == "poss":
                found = names.get(words) or names.get(c.lower_)
            elif c.dep_ in ("amod", "compound") and c.i < span.root.i and not spans_a_continent(c):
                found = demonyms.get(c.lower_)  # (not the "American" of "Inter-American")
            else:
                continue
            if found:
                return found
    return None


def _owner_entity(doc, entity: Entity, entities: list[Entity]) -> Optional[Entity]:
    """Return the coded actor an uncoded organisation's mention names as its owner: "the U.S. military's Central
    Command" (the U.S. military), "his office" (the person named before it in the sentence)."""
    for span in _mention_spans(doc, entity):
        poss = next((c for c in span.root.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        if poss.pos_ == "PRON":
            if poss.lower_ not in ("his", "her"):
                continue
            people = [(p.start, e) for e in entities if e.type == "PERSON" and not e.group and e.country
                      for p in e.mentions if span.sent.start_char <= p.start < span.start_char]
            owner = max(people, key=lambda p: p[0])[1] if people else None
        else:
            owner = _entity_of(entities, poss, entity.id)
        if owner is not None and owner.country and owner.type != "GPE":
            return owner
    return None


def _fuller_name_country(entity: Entity, entities: list[Entity]) -> Optional[str]:
    """Return the country of the one other ORG whose name ends in this one's: "the Senate" after "the
    Brazilian Senate" is that Senate."""
    suffix = " " + entity.name.lower()
    found = {e.country for e in entities if e.type == "ORG" and e.country and e.name.lower().endswith(suffix)}
    return found.pop() if len(found) == 1 else None


def code_roles(doc, entities: list[Entity], date: Optional[str] = None,
               readings: Optional[dict[str, str]] = None) -> list[Entity]:
    """Return the entities with an uncoded person serving a coded actor coded like that actor.

    ``readings`` (place_readings) re-reads a country name in a title the places layer resolved elsewhere."""
    if not doc.has_annotation("DEP"):
        return entities
    out = []
    for e in entities:
        owner = (_owner_country(doc, e) or _fuller_name_country(e, entities)) if e.type == "ORG" else None
        if owner is not None and owner != e.country:  # "Brazil's Senate" is no USA Senate
            e = dataclasses.replace(e, country=owner, code=join_code(owner, e.sector))
        if e.type == "ORG" and e.sector is None and _outlet(doc, e):
            e = dataclasses.replace(e, sector="MED", code=join_code(e.country, "MED"))
        if e.type == "PERSON" and not e.group and e.country is None:
            for span in _mention_spans(doc, e, ("name", "surname")):
                role = _role_token(span.root)
                found = _principal(role, entities, e.id, date) if role is not None else None
                if found:  # a spokesman without a sector of his principal's is one of the role's own
                    found = (found[0], found[1] or sector_words().get(role.lemma_.lower()))
                else:
                    found = _title_coding(span, date) or _apposed_title(span.root, date)
                if found:
                    phrase = doc[span.root.left_edge.i:span.end].text  # "Georgia Governor Brian Kemp"
                    found = (reread_country(phrase, found[0], readings or {}), found[1])
                    e = dataclasses.replace(e, country=found[0], sector=found[1], code=join_code(*found))
                    break
        out.append(e)
    out = [_spokesperson_of_the_body_before(doc, e, out) for e in out]
    return [_coded_like_its_owner(doc, _coded_like_the_body_it_belongs_to(doc, e, out), out) for e in out]


def _coded_like_the_body_it_belongs_to(doc, group: Entity, entities: list[Entity]) -> Entity:
    """Return an uncoded group of people "of" a coded body coded like the body: "leaders of the banned
    Tehreek-e-Taliban Pakistan" PAK INS, "members of the security forces"; a place gives its country only
    ("leaders of Iran"); others unchanged."""
    if group.type != "PERSON" or not group.group or group.country is not None:
        return group
    for span in _mention_spans(doc, group):
        body = next((_entity_of(entities, g, group.id) for p in span.root.children if p.dep_ == "prep"
                     and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        if body is not None and body.country:
            sector = body.sector if body.type == "ORG" and body.sector else group.sector
            return dataclasses.replace(group, country=body.country, sector=sector, code=join_code(body.country, sector))
    return group


def _coded_like_its_owner(doc, entity: Entity, entities: list[Entity]) -> Entity:
    """Return an uncoded organisation coded like the actor that owns it ("the U.S. military's Central Command",
    "his office"), else unchanged."""
    held = _owner_entity(doc, entity, entities) if entity.type == "ORG" and entity.country is None else None
    if held is None:
        return entity
    sector = entity.sector or held.sector
    return dataclasses.replace(entity, country=held.country, sector=sector, code=join_code(held.country, sector))


def _spokesperson_of_the_body_before(doc, person: Entity, entities: list[Entity]) -> Entity:
    """Return a spokesperson who names no principal coded as the state body the sentence before names: "The
    Kremlin dismissed the decision. Spokesman Dmitry Peskov said ..." (RUS GOV)."""
    if person.type != "PERSON" or person.group or person.country is not None or " for " in person.name:
        return person  # ("spokesman for the Hare Krishna group" names his principal)
    first = min(m.start for m in person.mentions)
    here = doc.char_span(first, first + 1, alignment_mode="expand")
    if here is None or not len(here):
        return person
    titled = here.start > 0 and doc[here.start - 1].lower_ in SPOKES_WORDS  # "Spokesman Dmitry Peskov"
    if not titled and not any(w in m.text.lower() for m in person.mentions for w in SPOKES_WORDS):
        return person
    sent = here[0].sent
    since = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    bodies = [(m.start, e) for e in entities if e.type == "ORG" and e.country and e.sector in ("GOV", "MIL", "COP")
              for m in e.mentions if since <= m.start < first]
    if not bodies:
        return person
    body = max(bodies, key=lambda b: b[0])[1]
    return dataclasses.replace(person, country=body.country, sector=person.sector or body.sector,
                               code=join_code(body.country, person.sector or body.sector))
