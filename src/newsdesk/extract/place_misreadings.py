"""Names the model or the gazetteer misreads as places, and the small lookups that tell them apart.

A town's name may be a person's ("girlfriend Olivia", "George Mason University": the given name opening an
organisation's name is the person it is named after) and a place may be tagged a date ("in Manbij"). These
tests serve place detection (:mod:`place_detect`); the lookups (is the name a big city's, a country's, one the
gazetteer matches in running text) serve it too.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from newsdesk.extract.speakers import given_names
from newsdesk.extract.timex_lexicon import HOLIDAYS_FIXED, HOLIDAYS_FLOATING, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from newsdesk.gazetteer import load_gazetteer, normalize

# A city at least this big is a toponym even as the first word of an organisation's name.
EMBEDDED_CITY_POP = 100_000
# A given name the model tags as a person is a place only when a city this big bears it ("Austin")
GIVEN_NAME_CITY_POP = 500_000

# One-word names of times: never a place the model took for a date.
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset(PARTS_OF_DAY) \
    | frozenset(HOLIDAYS_FIXED) | frozenset(HOLIDAYS_FLOATING)

PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "to", "outside", "across", "around", "toward",
                                "towards", "into", "through", "via", "between", "inside", "throughout",
                                "off"})  # "ships off Hodeidah" (not "along": "along Kingsley Road" is a street)

# Words for a relative or a partner: a given name right after one is a person's ("his girlfriend Olivia").
KIN_NOUNS = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "mom", "dad",
                       "girlfriend", "boyfriend", "fiance", "fiancee", "fiancé", "fiancée", "partner", "widow",
                       "grandson", "granddaughter", "grandmother", "grandfather", "nephew", "niece", "cousin",
                       "uncle", "aunt", "stepson", "stepdaughter", "friend", "twin"})


def named_as_kin(span: Span, gaz) -> bool:
    """Return True for a lone given name after a word for a relative ("and girlfriend Olivia", "his wife, Amelia,"),
    unless the name is a country's, a region's, a US state's or a big city's."""
    key = normalize(span.text)
    if len(span) != 1 or key not in given_names() or major(gaz, key) or big_city(gaz, key, GIVEN_NAME_CITY_POP):
        return False
    before = span.doc[max(0, span.start - 2):span.start]
    return (len(before) > 0 and before[-1].lower_ in KIN_NOUNS) or (
        len(before) == 2 and before[-1].text == "," and before[0].lower_ in KIN_NOUNS)


def place_taken_for_a_date(ent: Span) -> bool:
    """Return True for a lone place name the model tagged a date, where a place stands: "embedded with US forces in
    Manbij" (no month, weekday, season or holiday)."""
    token = ent[0]
    return (ent.label_ in ("DATE", "TIME") and len(ent) == 1 and token.is_alpha and token.is_title
            and token.lower_ not in CALENDAR_WORDS and after_place_preposition(ent)
            and normalize(token.text) in matchable_keys())


# Words that follow a town's name in an organisation's ("Eugene Police Department", "Regina City Council"): a name
# opening the organisation before any other capitalised word is a person's ("George Mason University").
TOWN_ORGANISATION_WORDS = frozenset({
    "police", "fire", "city", "county", "council", "public", "school", "schools", "university", "college",
    "community", "regional", "area", "state", "district", "hospital", "medical", "international", "airport",
    "chamber", "municipal", "metropolitan", "metro", "transit", "water", "housing", "health", "board", "library",
    "museum", "zoo", "port", "central", "national", "times", "herald", "news", "daily", "post", "star", "journal",
    "press", "gazette", "record", "chronicle", "tribune", "observer", "sun", "fc", "united", "athletic", "club",
    "bank", "symphony", "orchestra", "theatre", "theater", "convention", "center", "centre", "stadium", "arena",
    "mall", "plaza", "high", "middle", "elementary", "town", "township", "village", "district", "sheriff"})


def named_after_a_person(span: Span) -> bool:
    """Return True for a one-word name opening an organisation's before another name word ("George Washington
    University", "George Mason University"), not before a word that says what the town's body is ("Eugene Police")."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not starts_organisation(span):
        return False
    nxt = doc[span.end]
    return (nxt.ent_iob_ == "I" and nxt.is_alpha and nxt.text.istitle()
            and nxt.lower_ not in TOWN_ORGANISATION_WORDS)


@lru_cache(maxsize=1)
def matchable_keys() -> frozenset:
    return frozenset(normalize(name) for name in load_gazetteer().matchable)


def starts_organisation(span: Span) -> bool:
    """Return True when ``span`` opens an ORG entity ("Seattle" of "Seattle Fire and Police")."""
    ent = span[0].ent_type_
    return ent == "ORG" and (span[0].ent_iob_ == "B" or (span.start > 0 and span.doc[span.start - 1].lower_ == "the"
                                                           and span.doc[span.start - 1].ent_iob_ == "B"))


def big_city(gaz, key: str, min_pop: int = EMBEDDED_CITY_POP) -> bool:
    """Return True when ``key`` names a place of at least ``min_pop`` people."""
    return any(gaz.entry(i)[7] >= min_pop for i in gaz.numbers(key))


def major(gaz, key: str) -> bool:
    """Return True when ``key`` names a country, a world region or a US state."""
    for number in gaz.numbers(key):
        entry = gaz.entry(number)
        if entry[6] in ("country", "continent", "region") or (entry[6] == "admin1" and entry[4] == "US"):
            return True
    return False


def after_place_preposition(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in PLACE_PREPOSITIONS
