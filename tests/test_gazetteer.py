"""The gazetteer index: normalised names, GeoNames points, load and lookup speed."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsdesk import gazetteer
from newsdesk.gazetteer import COUNTRY, GEONAMEID, KIND, LAT, LON, in_admin1, load_gazetteer, normalize


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("text, key", [
    ("U.S.", "us"),
    ("US", "us"),
    ("Ga.", "ga."),  # a state abbreviation keeps its dot ...
    ("Mass", "mass"),  # ... so the church service is not Massachusetts
    ("St. Petersburg", "saint petersburg"),
    ("Kandahār", "kandahar"),
    ("the Netherlands", "netherlands"),
    ("Côte d’Ivoire", "cote d'ivoire"),
    ("Winston-Salem", "winston salem"),
    ("NEW YORK", "new york"),
])
def test_normalize(text, key):
    assert normalize(text) == key


def _best(gaz, text, kind=None):
    entries = [gaz.entry(i) for i, alternate in gaz.lookup(text) if not alternate]
    if kind:
        entries = [e for e in entries if e[KIND] == kind]
    return max(entries, key=lambda e: e[gazetteer.POP])


@pytest.mark.parametrize("name, iso, lat, lon", [
    ("Iran", "IR", 32.0, 53.0),  # the country's own point, not Tehran
    ("Russia", "RU", 60.0, 100.0),
    ("U.S.", "US", 39.76, -98.5),
    ("Britain", "GB", 54.76, -2.70),
    ("Afghanistan", "AF", 33.0, 65.0),
    ("Canada", "CA", 60.11, -113.64),  # GeoNames' point, not countrystatecity's (60, -95)
])
def test_countries_resolve_to_the_country_point(gaz, name, iso, lat, lon):
    entry = _best(gaz, name, "country")
    assert entry[COUNTRY] == iso
    assert entry[LAT] == pytest.approx(lat, abs=0.1)
    assert entry[LON] == pytest.approx(lon, abs=0.1)


@pytest.mark.parametrize("name, geonameid", [
    ("Kandahar", 1138336),
    ("Kandahār", 1138336),
    ("Kabul", 1138958),
    ("Dubai", 292223),
    ("Riyadh", 108410),
    ("Tbilisi", 611717),
])
def test_cities_carry_geonames_ids(gaz, name, geonameid):
    assert _best(gaz, name, "city")[GEONAMEID] == geonameid


def test_us_states_and_counties_are_indexed(gaz):
    georgia = _best(gaz, "Georgia", "admin1")
    assert (georgia[COUNTRY], georgia[GEONAMEID]) == ("US", 4197000)
    assert _best(gaz, "Ga.", "admin1") == georgia
    county = [gaz.entry(i) for i, _ in gaz.lookup("Anderson County")]
    assert {e[gazetteer.ADMIN1] for e in county} >= {"TX", "SC", "TN", "KY"}


@pytest.mark.parametrize("town, region", [("Victoria", "British Columbia"), ("Perth", "Western Australia"),
                                           ("Kingston", "Ontario"), ("Manchester", "England")])
def test_towns_lie_in_their_province_whichever_code_their_source_gives_it(gaz, town, region):
    """GeoNames numbers provinces ("02" for British Columbia) where countrystatecity writes "BC": the index
    renames the one to the other, so a town lies in its province."""
    area = _best(gaz, region, "admin1")
    assert any(in_admin1(gaz.entry(i), area) for i, _ in gaz.lookup(town) if gaz.entry(i)[KIND] == "city")


# (county, state, lat, lon): GeoNames' county points; each built county lies within ~40 km.
@pytest.mark.parametrize("name, state, lat, lon", [
    ("Anderson County", "TX", 31.82, -95.67),
    ("Clarke County", "GA", 33.95, -83.38),
    ("Suffolk County", "NY", 40.94, -72.68),
])
def test_counties_sit_at_their_middle_not_the_state_point(gaz, name, state, lat, lon):
    pytest.importorskip("zipcodes")
    county = [gaz.entry(i) for i, _ in gaz.lookup(name) if gaz.entry(i)[gazetteer.ADMIN1] == state]
    assert county and abs(county[0][gazetteer.LAT] - lat) < 0.4 and abs(county[0][gazetteer.LON] - lon) < 0.4


def test_index_loads_in_under_a_second():
    path = gazetteer.index_path()
    load_gazetteer()  # builds it if missing
    started = time.perf_counter()
    fresh = gazetteer.read_index(path)
    assert time.perf_counter() - started < 1.0
    assert len(fresh) > 200_000


def test_lookups_take_microseconds(gaz):
    names = ["Kabul", "Georgia", "U.S.", "Paris", "Anderson County", "Nowhere-at-all"] * 2000
    started = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    per_lookup = (time.perf_counter() - started) / len(names)
    assert per_lookup < 50e-6


def test_index_lives_in_the_configured_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSDESK_DATA_DIR", str(tmp_path))
    assert gazetteer.index_path() == Path(tmp_path) / gazetteer.INDEX_FILE
    monkeypatch.delenv("NEWSDESK_DATA_DIR")
    assert gazetteer.index_path().parent.name == "generated"


def test_the_index_file_name_follows_the_hand_written_data():
    # Editing a file under data/places/ must rebuild the index, not serve a stale one.
    assert gazetteer._hand_data_digest() in gazetteer.INDEX_FILE
