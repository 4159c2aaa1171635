"""Toponyms resolved to GeoNames ids and coordinates, offline.

Detection is in :mod:`place_detect`, disambiguation in :mod:`place_resolve`,
the index in :mod:`newsdesk.gazetteer`; this module joins them into records.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc

from newsdesk.extract.place_detect import PLACE_LABELS, Toponym, detect_toponyms
from newsdesk.extract.place_misreadings import after_place_preposition
from newsdesk.extract.place_local import find_vouched_towns
from newsdesk.extract.place_confidence import Evidence, confidence, evidence
from newsdesk.extract.place_containment import located_in_next
from newsdesk.extract.place_resolve import NEAR_KM, STATE_FIRST, Request, preferred_entry, resolve_ranked
from newsdesk.extract.place_landmarks import landmark_mentions, literal_landmarks, place_landmarks
from newsdesk.extract.place_sentence import sentence_readings
from newsdesk.extract.place_sites import detect_sites, place_sites
from newsdesk.gazetteer import (ADMIN1, COUNTRY, FCLASS, GEONAMEID, KIND, LAT, LON, NAME, POP, entry_km,
                                in_admin1, load_gazetteer, national_capitals, normalize)
from newsdesk.records import Place
from newsdesk.components.extensions import doc_list, doc_text

# What may stand between a place and the region that qualifies it: "Paris, Texas", "Paris (Texas)".
_QUALIFIER_GAPS = frozenset({",", ", ", " (", ", the "})
# "Jackson, the Mississippi capital" qualifies Jackson; "In Brussels, the US Defence Secretary" does not
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:capital|city|town|village|county|state|province|region|suburb|"
                               r"port|district|island|borough|township|resort|municipality|hamlet|community)\b")
_POSSESSIVE_GAPS = frozenset({"'s ", "\u2019s ", "' ", "\u2019 "})  # "Utah's Zion National Park", "Texas' Paris"
# Institutions only a town or county has: "Palestine Independent School District", "Dublin City Council".
_LOCAL_INSTITUTION = re.compile(
    r"(?:'s|’s)?\s+(City Council|City Commission|City Hall|High School|Middle School|Elementary|"
    r"(?:Independent |Unified |Community )?School (?:District|Board)|ISD|Police Department|Police Dept|"
    r"Fire Department|Fire District|Fire Rescue|Board of Education|Township|County Commission|"
    r"Chamber of Commerce|Public Library|Village Board|Town Council|Town Board|Board of Selectmen|"
    r"Planning Commission|Historical Society|Convention and Visitors Bureau|Community Center|"
    r"Recreation Center|Parks and Recreation|Municipal|Mayor)\b")
# A town's people: "a Paris woman", "an Augusta native", "Lebanon residents". A country's or a region's would be
# named by its demonym ("a Lebanese woman"), so the name is a town's.
_TOWNSPEOPLE = re.compile(r"\s+(?:man|woman|men|women|boy|girl|boys|girls|teen|teens|teenager|couple|family|"
                          r"resident|residents|native|natives|homeowner|homeowners)\b")
# What follows "City" when it names a city's office: "Dublin City Manager", "San Fernando City Councilwoman".
_CITY_OFFICE = re.compile(r"(?:'s|’s)?\s+(?:Council|Councilman|Councilwoman|Councilmember|Councilor|Manager|Hall|"
                          r"Commission|Commissioner|Attorney|Clerk|Administrator|Schools)\b")
# Institutions only a US state has: "the Georgia National Guard", "Ohio State Highway Patrol", "Georgia Bureau
# of Investigation" (a nation's would be federal or national), "the Georgia Public Service Commission".
_STATE_INSTITUTION = re.compile(
    r"(?:'s|’s)?\s+(National Guard|Air National Guard|Army National Guard|State Police|State Patrol|"
    r"State Highway Patrol|Highway Patrol|General Assembly|State Legislature|State Senate|State House|"
    r"Secretary of State|Department of Transportation|DOT|Bureau of Investigation|Public Service Commission|"
    r"Department of Public Safety|Department of Natural Resources|Department of Corrections)\b")
# Words that mark US local news: counties, sheriffs, school districts.
_US_LOCAL_CUES = re.compile(
    r"\b(County|Parish|Township|Sheriff|sheriff|School District|ISD|City Council|city council|"
    r"Board of Education|school board|School Board|Police Department|Fire Department|High School|high school|"
    r"Elementary|Middle School|City Commission|commissioners|state Rep\.|state Sen\.|Rep\.|Sen\.|Gov\.|"
    r"Interstate|I-\d+|Highway \d+|Route \d+|U\.S\. Highway|p\.m\.|a\.m\.|mayor|Mayor|superintendent|"
    r"Superintendent|legislature|Legislature|Democrat|Republican|GOP|congressman|Congressman|downtown|"
    r"Main Street|Chamber of Commerce|city manager|City Manager|aldermen|selectmen|township|borough|"
    r"State University|Medicaid|football|basketball)(?!\w)")
US_LOCAL_MIN_CUES = 2
_CLOCK_CUES = frozenset({"a.m.", "p.m."})
# At most this many upper-case characters may open a dateline before its place ("CAMP MURRAY").
DATELINE_LEAD = 24
# What stands between two names of one list: "California or Washington", "Ohio, Indiana and Iowa".
_LIST_GAP = re.compile(r",? (?:and|or) |, ")


# Resolutions less likely than this to lie within 161 km of the place meant are left out
# (chosen on the development splits: see place_confidence). A wrong point costs more than none.
# (0.6 would raise both accuracy and resolved F1 on LGL dev, leave GeoWebNews dev unchanged, but
# drop famous cities with small namesakes named once in a short text: "from Belfast".)
MIN_CONFIDENCE = 0.5
# Small towns the article's other places vouch for (place_local) are this likely right.
VOUCHED_EVIDENCE = Evidence(margin=None, rivals=0, kind="city", supported=True, source="vouched")


def extract_places(doc: Doc, demonyms: bool = True, sites: bool = True,
                   min_confidence: float = MIN_CONFIDENCE) -> list[Place]:
    """Return the article's toponyms resolved to coordinates, in text order.

    Demonyms are not place names, but "Russian officials" does refer to Russia, and the
    GeoWebNews and LGL gold standards count such references: they are returned with
    ``kind="demonym"`` (never used as the place an event happened); ``demonyms=False`` drops them.
    Streets and venues ("Third Street", "Jamsil Stadium") are returned with ``kind="site"``
    at the point of the town they are in; ``sites=False`` drops them.
    """
    text = doc_text(doc)
    found = [(place, ev) for place, ev in place_evidence(doc, demonyms, sites)
             if place.confidence >= min_confidence or _sure_dateline(text, place, ev) or _named_capital(place, ev)]
    strays = _strays_abroad(found, doc)
    return [place for i, (place, _) in enumerate(found) if i not in strays]


# An article whose other places lie in one country, named at least this often and for this share of them, is that
# country's story.
ONE_COUNTRY_MIN = 3
ONE_COUNTRY_SHARE = 0.75
# ... and a town abroad this big is what its name means even there.
STRAY_MAX_POP = 500_000


def _strays_abroad(found: list[tuple[Place, Optional[Evidence]]], doc: Doc) -> set[int]:
    """Return the positions of towns and regions resolved far abroad in a one-country story: "the island of Flores"
    in an Indonesian story is no Uruguayan department (the gazetteer has no island of that name). A country named
    outright stays, and so does a place in a neighbour of the story's country or with another place of its own
    country in the article. A small town with a name of its own is a stray in any story when its country is named
    nowhere else and it never stands where a place does ("tell Obama": Obama, Japan)."""
    counts = Counter(p.country for p, _ in found if p.country)
    if not counts:
        return set()
    gaz = load_gazetteer()
    text = doc_text(doc)
    strays = set()
    for i, (place, ev) in enumerate(found):
        if not place.country or ev is None or ev.kind == "country" or place.kind not in ("toponym", "embedded") \
                or (ev.kind == "city" and ev.population >= STRAY_MAX_POP) or ev.preferred:
            continue  # (a famous city abroad is meant: "flights to Sydney")
        if _sure_dateline(text, place, ev):
            continue  # the reporter's town: a Sudan story is filed from GENEVA, where the UN agencies speak
        if ev.rivals == 0:  # ("the Obama administration" as much as "tell Obama")
            # a name no other place shares is meant, unless it is a small town never placed, in a country the
            # article names nowhere else, however many countries the story visits
            mentions = [p for p, _ in found if p.name == place.name and p.country == place.country]
            if (_unplaced_small_town(doc, ev, mentions) or _listed_abroad(doc, found, i)) \
                    and counts[place.country] == len(mentions) \
                    and sum(counts.values()) - len(mentions) >= ONE_COUNTRY_MIN:
                strays.add(i)
            continue
        if place.kind != "toponym":
            continue
        others = sum(counts.values()) - 1
        if counts[place.country] > 1 or others < ONE_COUNTRY_MIN:
            continue  # (another place of its country vouches for it)
        country, n = max(((c, k) for c, k in counts.items() if c != place.country), key=lambda ck: ck[1])
        if n >= ONE_COUNTRY_SHARE * others and place.country not in gaz.neighbours.get(country, ()):
            strays.add(i)
    return strays


# A town abroad no bigger than this, with a name of its own, is still a stray when no mention of it stands where
# a place does ("tell Obama", "the Obama administration": Obama, Japan, in a US story).
UNPLACED_MAX_POP = 50_000


def _unplaced_small_town(doc: Doc, ev: Evidence, mentions: list[Place]) -> bool:
    if ev.kind != "city" or ev.population >= UNPLACED_MAX_POP:
        return False
    spans = [doc.char_span(p.start, p.end, alignment_mode="expand") for p in mentions]
    # ("a blind faith in Obama's word": a possessive after "in" is no place's slot)
    return not any(span is not None and after_place_preposition(span)
                   and not (span.end < len(doc) and doc[span.end].text in ("'s", "’s")) for span in spans)


def _listed_abroad(doc: Doc, found: list[tuple[Place, Optional[Evidence]]], i: int) -> bool:
    """Return True for a small town listed between towns of one other country ("natural disaster areas in
    Campbeltown, Hornsby, Warringah and Kurringai": a Sydney suburb misspelt, not the Scottish town)."""
    place, ev = found[i]
    if ev is None or ev.kind != "city" or ev.population >= UNPLACED_MAX_POP:
        return False
    text = doc_text(doc)
    # (towns only: "Trips to Saipan, Guam, Alaska" lists islands and states, each its own country or part)
    mates = [found[j][0] for j in (i - 1, i + 1) if 0 <= j < len(found) and found[j][1] is not None
             and found[j][1].kind == "city"
             and _LIST_GAP.fullmatch(text[min(place.end, found[j][0].end):max(place.start, found[j][0].start)])]
    countries = {m.country for m in mates}
    return len(countries) == 1 and place.country not in countries and None not in countries


# A dateline's town is a place by its position ("GENEVA, Aug 14 (Wire) -"); the confidence model, which does
# not see the position, may doubt a name that several towns share. Kept when it resolves to a town this big.
DATELINE_MIN_POP = 100_000


def _sure_dateline(text: str, place: Place, ev: Optional[Evidence]) -> bool:
    return ev is not None and ev.population >= DATELINE_MIN_POP and _is_dateline(text, place)


def _named_capital(place: Place, ev: Optional[Evidence]) -> bool:
    """Return True for the national capital of a country the article names elsewhere ("Jamaica's prime minister
    said Kingston would host the summit"): the confidence model, which does not know capitals, may doubt a name
    that many towns share."""
    return (ev is not None and ev.kind == "city" and ev.supported and place.kind == "toponym"
            and (normalize(place.text), place.country) in national_capitals())


def place_evidence(doc: Doc, demonyms: bool = True, sites: bool = True) -> list[tuple[Place, Optional[Evidence]]]:
    """Return every resolved toponym, before the confidence cut, with the evidence it rests on.

    Sites carry their town's confidence and no evidence of their own. scripts/fit_place_confidence.py
    fits the confidence weights on this evidence.
    """
    if not len(doc):
        return []
    toponyms = detect_toponyms(doc, demonyms=demonyms)
    named_landmarks = landmark_mentions(doc) if sites else []
    landmarks = literal_landmarks(doc, named_landmarks)
    if landmarks:  # "met at the White House": not the town in Tennessee
        toponyms = [t for t in toponyms if not any(m.start < t.end and t.start < m.end for m in landmarks)]
    if not toponyms:
        return [(place, None) for place in place_landmarks(landmarks)]  # no town to place a site at
    text = doc_text(doc)
    gaz = load_gazetteer()
    toponyms = [_without_city_office(text, t, gaz) for t in toponyms]
    hints = _qualifier_hints(text, toponyms)
    # What one mention says about a name holds for all its mentions: "Dublin City Council" ... "Dublin".
    local = {normalize(t.text) for t in toponyms if _is_local(text, t)}
    dateline = {normalize(t.text) for t in toponyms if _is_dateline(text, t)}
    state = {normalize(t.text) for t in toponyms if _STATE_INSTITUTION.match(text, t.end)}
    requests = [Request(t.query or t.text, local=normalize(t.text) in local,
                        dateline=normalize(t.text) in dateline, state=normalize(t.text) in state)
                for t in toponyms]
    names = _name_spans(doc)
    us_local = _reads_us_local(text)
    chosen, resolutions = _resolve(doc, toponyms, requests, hints, us_local, names)
    vouched = find_vouched_towns(doc, toponyms, chosen, gaz)
    if vouched:
        # the small towns the places vouch for are the article's places too: "Red Hill" listed beside the
        # Canberra suburbs O'Connor and Wanniassa is the Canberra suburb, not a Queensland town of the name
        chosen, resolutions = _resolve(doc, toponyms, requests, hints, us_local, names,
                                       tuple(number for _, number in vouched))
    evidences = _evidences(gaz, toponyms, chosen, resolutions)
    if vouched:
        triples = sorted(list(zip(toponyms, chosen, evidences)) + [(t, n, VOUCHED_EVIDENCE) for t, n in vouched],
                         key=lambda triple: triple[0].start)
        toponyms, chosen, evidences = ([t[0] for t in triples], [t[1] for t in triples], [t[2] for t in triples])
        # the vouched towns too: "Loyola University in Los Angeles"
        chosen = located_in_next(text, toponyms, chosen, gaz, _embedded(toponyms, names))
    mentions = _entity_mentions(doc)
    found: list[tuple[Place, Optional[Evidence]]] = []
    for toponym, number, ev in zip(toponyms, chosen, evidences):
        if number is None:
            continue
        entry = gaz.entry(number)
        kind = _kind(toponym, names)
        found.append((Place(
            start=toponym.start,
            end=toponym.end,
            name=entry[NAME],
            text=toponym.text,
            lat=round(entry[LAT], 5),
            lon=round(entry[LON], 5),
            geonameid=entry[GEONAMEID] or None,
            country=entry[COUNTRY] or None,
            feature_class=entry[FCLASS] or None,
            entity=_entity_for(toponym, mentions),
            kind=kind,
            confidence=confidence(ev),
        ), ev))
    if sites:
        streets = detect_sites(doc, toponyms + named_landmarks)
        found.extend((site, None) for site in place_sites(text, streets, [p for p, _ in found]))
        found.extend((landmark, None) for landmark in place_landmarks(landmarks))
        found.sort(key=lambda pair: pair[0].start)
    return found


def _resolve(doc: Doc, toponyms: list[Toponym], requests: list[Request], hints: dict, us_local: bool,
             names: list[tuple[int, int]], known: tuple[int, ...] = ()) -> tuple[list, list]:
    """Return the entry chosen for each toponym and its resolution, after the article-wide resolver and the
    readings that the list, the county, the sentence and an "X in Y" pair around each mention give."""
    text = doc_text(doc)
    gaz = load_gazetteer()
    resolutions = resolve_ranked(requests, hints, us_local=us_local, known=known)
    chosen = [r.number for r in resolutions]
    chosen = _match_list_mates(text, toponyms, chosen, gaz)
    chosen = _match_county_short_forms(toponyms, chosen, gaz)
    read = sentence_readings(doc, toponyms, chosen, gaz, [i in hints for i in range(len(toponyms))])
    # a reading its sentence gives is as sure as one its qualifier gives
    resolutions = [replace(r, qualified=True) if new != old else r for r, old, new in zip(resolutions, chosen, read)]
    chosen = read
    placed = located_in_next(text, toponyms, chosen, gaz, _embedded(toponyms, names))
    # a name the text puts inside another ("the city of Victoria in British Columbia") is as sure as "Paris, Texas"
    resolutions = [replace(r, qualified=True) if new != old and new is not None else r
                   for r, old, new in zip(resolutions, chosen, placed)]
    return placed, resolutions


def _evidences(gaz, toponyms: list[Toponym], chosen: list, resolutions: list) -> list[Optional[Evidence]]:
    """Return the evidence for each toponym's chosen entry (None where nothing was chosen)."""
    names_in: dict[str, set] = {}  # country, or "CC-ADMIN1" region -> names of the places there
    for toponym, number in zip(toponyms, chosen):
        if number is not None:
            key = normalize(toponym.query or toponym.text)
            for area in _areas(gaz.entry(number)):
                names_in.setdefault(area, set()).add(key)
    towns = {}  # name key -> entries of the towns and counties chosen for it
    for toponym, number in zip(toponyms, chosen):
        if number is not None and gaz.entry(number)[KIND] in ("city", "county"):
            towns.setdefault(normalize(toponym.query or toponym.text), set()).add(number)
    found = []
    for toponym, number, resolution in zip(toponyms, chosen, resolutions):
        if number is None:
            found.append(None)
            continue
        entry = gaz.entry(number)
        key = normalize(toponym.query or toponym.text)
        near = entry[KIND] in ("city", "county") and any(
            entry_km(entry, gaz.entry(other)) <= NEAR_KM
            for name, numbers in towns.items() if name != key for other in numbers)
        supported = [bool(names_in.get(area, set()) - {key}) for area in _areas(entry)]
        countries = frozenset((entry[COUNTRY],)) if supported and supported[0] else frozenset()
        preferred = preferred_entry(toponym.query or toponym.text) == entry[GEONAMEID]
        found.append(evidence(gaz, number, resolution.ranked, resolution.qualified, toponym.source, countries,
                              preferred, region_supported=len(supported) > 1 and supported[1], near=near))
    return found


def _areas(entry: tuple) -> tuple[str, ...]:
    """Return the country of an entry and, for an admin-1 region or a place in one, its "CC-ADMIN1" key."""
    if not entry[COUNTRY]:
        return ()
    if entry[KIND] in ("admin1", "county", "city") and entry[ADMIN1]:
        return entry[COUNTRY], f"{entry[COUNTRY]}-{entry[ADMIN1]}"
    return (entry[COUNTRY],)


# Entity types whose names may embed a place: "the New York Times", "Seattle Seahawks".
_NAME_TYPES = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})


def _embedded(toponyms: list[Toponym], names: list[tuple[int, int]]) -> list[bool]:
    """Return, for each toponym, whether it lies inside an organisation-like name ("Washington University")."""
    return [_kind(t, names) == "embedded" for t in toponyms]


def _name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Return the spans of organisation-like names, from the NER and the entity layer."""
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAME_TYPES]
    entities = doc_list(doc, "newsdesk_entities")
    for entity in entities:
        if entity.type in _NAME_TYPES:
            spans.extend((m.start, m.end) for m in entity.mentions if m.kind == "name")
    return spans


def _kind(toponym: Toponym, names: list[tuple[int, int]]) -> str:
    """Return "demonym", "embedded" (inside a longer name: New York in the New York Times) or "toponym"."""
    if toponym.source == "demonym":
        return "demonym"
    inside = any(s <= toponym.start and toponym.end <= e and (e - s) > (toponym.end - toponym.start)
                 for s, e in names)
    return "embedded" if inside else "toponym"


def _without_city_office(text: str, toponym: Toponym, gaz) -> Toponym:
    """Return the toponym to look up without the "City" of "Dublin City Manager", "San Fernando City Council".

    "Dublin City" and "San Fernando City" are other names of the Irish and the Philippine cities, but before a
    city office "City" belongs to the office and the name is the town's. A city whose own name ends in "City"
    ("Kansas City Council", "Quezon City Hall") keeps it.
    """
    name = toponym.query or toponym.text
    if not name.endswith(" City") or not _CITY_OFFICE.match(text, toponym.end) or gaz.numbers(normalize(name)):
        return toponym
    return replace(toponym, query=name[:-len(" City")])


def _is_local(text: str, toponym: Toponym) -> bool:
    """Return True for a name used as a municipality's: its institutions or its people follow it."""
    return (_LOCAL_INSTITUTION.match(text, toponym.end) is not None
            or (toponym.text.endswith(" City") and _CITY_OFFICE.match(text, toponym.end) is not None)
            or (toponym.source != "demonym" and _TOWNSPEOPLE.match(text, toponym.end) is not None))


def _is_dateline(text: str, toponym: Toponym) -> bool:
    """Return True for an upper-case name that opens a line: "NEW YORK (AP) -", "(NEW YORK) -".

    Not "(District of FLORIDA)": an upper-case word inside a line.
    """
    letters = toponym.text.replace(" ", "").replace(".", "")
    if not (len(letters) > 3 and letters.isalpha() and toponym.text.isupper()):
        return False
    before = text[text.rfind("\n", 0, toponym.start) + 1:toponym.start].lstrip().lstrip("(")
    return not before.strip() or (before.isupper() and len(before) <= DATELINE_LEAD)


def _reads_us_local(text: str) -> bool:
    """Return True when the text holds at least US_LOCAL_MIN_CUES cues of US local news.

    Clock times count once: a live blog's "7:15 p.m. ... 9:30 p.m." is one cue, not several.
    """
    cues = 0
    times = False
    for match in _US_LOCAL_CUES.finditer(text):
        if match.group(0) in _CLOCK_CUES:
            if times:
                continue
            times = True
        cues += 1
        if cues >= US_LOCAL_MIN_CUES:
            return True
    return False


def _match_list_mates(text: str, toponyms: list[Toponym], chosen: list, gaz) -> list:
    """Return ``chosen`` with names listed among states read as states too.

    In "western states such as California or Washington", Washington is the state.
    """
    chosen = list(chosen)
    for i, number in enumerate(chosen):
        if number is None or gaz.entry(number)[KIND] == "admin1":
            continue
        # (a bare US or Canadian state is the state; elsewhere a province named after its city is rarely meant:
        # "shelled Homs and Hama" lists cities)
        mates = [j for j in (i - 1, i + 1) if 0 <= j < len(toponyms) and chosen[j] is not None
                 and _LIST_GAP.fullmatch(text[toponyms[min(i, j)].end:toponyms[max(i, j)].start])
                 and gaz.entry(chosen[j])[KIND] == "admin1" and gaz.entry(chosen[j])[COUNTRY] in STATE_FIRST]
        gaps = [text[toponyms[min(i, j)].end:toponyms[max(i, j)].start] for j in mates]
        if not mates or (len(mates) == 1 and gaps[0].strip() == "," and not _list_goes_on(text, toponyms, chosen,
                                                                                           mates[0], i, gaz)):
            continue  # "Washington, D.C." is a qualified name, not a list
        if i + 1 in mates and in_admin1(gaz.entry(number), gaz.entry(chosen[i + 1])):
            continue  # "Florida and Washington, D.C.": D.C. qualifies Washington
        country = gaz.entry(chosen[mates[0]])[COUNTRY]
        for candidate, _ in gaz.lookup(toponyms[i].text):
            entry = gaz.entry(candidate)
            if entry[KIND] == "admin1" and entry[COUNTRY] == country:
                chosen[i] = candidate
                break
    return chosen


def _list_goes_on(text: str, toponyms: list[Toponym], chosen: list, mate: int, i: int, gaz) -> bool:
    """Return True when the state after a comma is followed by another state of its country, so the comma
    lists ("won Georgia, Virginia, Alabama and Tennessee": Georgia heads a list of states, not "Georgia,
    Virginia" as a town in its state)."""
    nxt = mate + (mate - i)
    return (0 <= nxt < len(toponyms) and chosen[nxt] is not None and gaz.entry(chosen[nxt])[KIND] == "admin1"
            and gaz.entry(chosen[nxt])[COUNTRY] == gaz.entry(chosen[mate])[COUNTRY]
            and bool(_LIST_GAP.fullmatch(text[toponyms[min(mate, nxt)].end:toponyms[max(mate, nxt)].start])))


def _match_county_short_forms(toponyms: list[Toponym], chosen: list, gaz) -> list:
    """Return ``chosen`` with a bare "Suffolk" read in the state of the article's "Suffolk County".

    The bare name is the county's town of that name when its state has one, else the county.
    """
    counties = {}
    for toponym, number in zip(toponyms, chosen):
        if number is not None and gaz.entry(number)[KIND] == "county":
            counties.setdefault(normalize(gaz.entry(number)[NAME]), number)
    if not counties:
        return chosen
    chosen = list(chosen)
    for i, (toponym, number) in enumerate(zip(toponyms, chosen)):
        county = counties.get(normalize(toponym.query or toponym.text) + " county")
        if county is None or number is None:
            continue
        region = gaz.entry(county)
        if in_admin1(gaz.entry(number), region):
            continue
        towns = [j for j, _ in gaz.lookup(toponym.text)
                 if gaz.entry(j)[KIND] == "city" and in_admin1(gaz.entry(j), region)]
        chosen[i] = max(towns, key=lambda j: gaz.entry(j)[POP]) if towns else county
    return chosen


def _qualifier_hints(text: str, toponyms: list[Toponym]) -> dict[int, tuple[str, ...]]:
    """Return position -> texts of the places that qualify it: "Gainesville, Ga.", "Canada's London"."""
    hints: dict[int, tuple[str, ...]] = {}
    for i in range(len(toponyms) - 1):
        gap = text[toponyms[i].end:toponyms[i + 1].start]
        if gap in _QUALIFIER_GAPS and (gap != ", the " or _PLACE_NOUN_AFTER.match(text, toponyms[i + 1].end)):
            hints[i] = (toponyms[i + 1].text,)
        elif gap in _POSSESSIVE_GAPS and toponyms[i].source != "demonym":
            hints[i + 1] = (toponyms[i].text,)
    return hints


def _entity_mentions(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """Return (start, end, entity id, is_place_entity) for every entity mention."""
    entities = doc_list(doc, "newsdesk_entities")
    found = []
    for entity in entities:
        is_place = getattr(entity, "type", "") in PLACE_LABELS
        for mention in getattr(entity, "mentions", ()):
            found.append((mention.start, mention.end, entity.id, is_place))
    return found


def _entity_for(toponym: Toponym, mentions: list[tuple[int, int, str, bool]]):
    """Return the id of the entity whose mention is this toponym (exactly, else a place mention around it)."""
    around = None
    for start, end, entity_id, is_place in mentions:
        if start == toponym.start and end == toponym.end:
            return entity_id
        if is_place and start <= toponym.start and toponym.end <= end and around is None:
            around = entity_id
    return around
