"""Toponym detection: where in the text a place is named.

Three sources are merged: the model's GPE/LOC/FAC entities (and the entity layer's
place mentions), a gazetteer match over capitalised words for names the
small model misses or files under ORG/PERSON ("the Cauvery Management Board",
"Tamil Nadu" as a PERSON, upper-case datelines), and the towns whose surrounding
words mark them as places whatever their label (:mod:`place_frames`: "the town of X",
"an Elkhart man", "Jodi Mahler of Bellmore", "the U.S.-led coalition"). Demonyms ("European",
"Afghan") are not places: NORP entities are skipped and no demonym is in the
gazetteer's matchable set, unless a caller asks for them (gold standards such as
GeoWebNews count "Russian officials" as a mention of Russia).

The gazetteer match is a dict lookup of the normalised 1- to 4-token strings that
start at capitalised tokens; a PhraseMatcher over the ~38,000 matchable names
would cost 2.5 s to build in every process for the same result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from spacy.attrs import IDX, LENGTH, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from newsdesk.extract.date_dateline import DATELINE_DASHES, opens_a_line
from newsdesk.extract.entity_lexicon import PLACE_KIND_NOUNS
from newsdesk.extract.place_misreadings import (GIVEN_NAME_CITY_POP, after_place_preposition, big_city, major,
                                               matchable_keys, named_after_a_person, named_as_kin,
                                               place_taken_for_a_date, starts_organisation)
from newsdesk.extract.place_frames import WEAK_FRAMES, framed_spans, hyphen_countries, listed_among_other_kinds
from newsdesk.extract.speakers import given_names
from newsdesk.gazetteer import demonym_places, load_gazetteer, normalize, spans_a_continent
from newsdesk.components.extensions import doc_list, doc_text

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels whose tokens can never be (part of) a place name.
BLOCKING_LABELS = frozenset({"NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                             "LANGUAGE"})
# Number-like labels the small model stretches over a following name ("706 Orange County").
NUMERIC_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# Lower-case words allowed inside a multi-word name.
CONNECTORS = frozenset({"of", "de", "du", "la", "le", "el", "al", "and", "upon", "on", "the", "da", "do", "dos",
                        "des", "del", "-", "'s", "am", "an", "der", "sur", "en", "y",
                        # Arabic and Persian particles: "Deir ez-Zor", "Mazar-e Sharif", "Ras al-Ain"
                        "e", "i", "ez", "es", "ed", "ad", "ar", "ash", "az", "ul"})
# Connectors that, capitalised, may open a name (not "The", "Of", "And": "The Boston Globe" is no place "The Boston").
NAME_STARTERS = frozenset({"el", "al", "la", "le", "de", "du", "da", "do", "dos", "des", "del", "der", "ez", "es",
                           "ed", "ad", "ar", "ash", "az", "ul"})
# Capitalised words that name a town somewhere but are rarely one in English news.
FALSE_FRIENDS = frozenset({
    "police", "split", "mobile", "reading", "nice", "bath", "sale", "deal", "bar", "university", "college",
    "hospital", "court", "church", "union", "unity", "liberty", "independence", "progress", "commerce",
    "industry", "mission", "providence", "victoria", "florence", "marion", "charlotte", "jackson", "madison",
    "lincoln", "clinton", "franklin", "hamilton", "warren", "douglas", "sharon", "lindsay", "harris", "shelby",
    "tyler", "troy", "eagle", "golden", "justice", "media", "chase", "bond", "mercedes", "santa", "man",
    "of", "in", "is", "be", "best", "early", "young", "hope", "home", "star", "republic", "federal",
    "national", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "new", "old", "great", "little", "big", "st", "san", "saint", "bay", "beach", "lake", "river", "park",
    "city", "town", "island", "islands", "valley", "mountain", "hill", "hills", "port", "fort", "mount",
    "la", "le", "el", "al", "des", "du", "de", "may", "june", "july", "march", "april", "august",
    "president", "minister", "senate", "congress", "parliament", "government", "army", "navy", "general",
    "governor", "mayor", "king", "queen", "prince", "sun", "moon", "marathon", "tiger", "lion", "page",
    "gay", "pride", "faith", "grace", "joy", "hull", "wells", "mansfield", "hove", "orange", "ball",
    # compass words and institutions that name a region or a village somewhere ("Northwestern Memorial
    # Hospital" is no Zambian province, "Airport Courthouse" no town called Airport)
    "northwest", "northeast", "southwest", "southeast", "northwestern", "northeastern", "southwestern",
    "southeastern", "airport", "council", "station", "market", "square", "tower", "harbour", "harbor",
    # "trust in God" is no Hungarian town, "the Commonwealth" no Manila district
    "god", "commonwealth",
    # "National Australia Bank" is no Indian village called Bank
    "bank",
})
# Compass and position words: they open a place's name ("Western Pennsylvania") and describe a region
COMPASS_WORDS = frozenset("north south east west northern southern eastern western central upper lower".split())
# Capitalised words that may open a place's name without being part of a gazetteer entry ("Southern California")
NAME_OPENERS = COMPASS_WORDS | frozenset({
    "greater", "inner", "outer", "downtown", "metro", "mid", "lake", "mount", "mt", "port", "fort", "cape",
    "new", "old", "rural", "coastal", "suburban", "northwest", "northeast", "southwest", "southeast",
})
# Words the model tags as GPE/LOC that name no place on their own ("the Centre" is India's government).
NOT_PLACES = frozenset({"centre", "center", "capital", "city", "states", "west", "east", "north", "south",
                        "western", "eastern", "northern", "southern", "middle", "gulf", "metro", "valley",
                        "delta", "pacific", "downtown", "uptown", "midtown", "the valley", "the west",
                        # bodies whose short names are also villages ("U.N." in India, "NATO" in the Philippines)
                        "un", "nato",
                        # the planet ("peace on Earth"), not Earth, Texas
                        "earth",
                        # a people and its faith ("the Republican Jewish Coalition"), not Russia's Jewish oblast
                        "jewish"})
# Regions English names only with "the": bare, the name is a company's ("available through Amazon").
ARTICLE_PLACES = frozenset({"amazon"})
MAX_NGRAM = 7  # "Democratic People 's Republic of Korea" is six tokens
# A model span may grow by this many capitalised words on each side into a longer known name.
EXTEND_MAX = 2
MAX_PERSON_TOKENS = 3
# "Jackson and Barrow counties", "Clarke, Oconee and Barrow counties", "Otter Tail and Wilkin counties":
# a county's name may take two words.
_COUNTY_WORDS = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_COUNTY_LIST = re.compile(rf"\b(?:{_COUNTY_WORDS}(?:, | and | or |, and ))+{_COUNTY_WORDS} counties\b")
_COUNTY_NAME = re.compile(rf"{_COUNTY_WORDS}(?= counties|,| and| or)")
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "coach", "officer", "sgt", "judge",
                    "president", "pastor", "rev", "father", "sister", "brother", "capt", "lt", "col", "gen",
                    "deputy", "detective", "trooper", "mayor", "commissioner", "chief", "sheriff", "prof",
                    "professor", "senator", "governor", "councilman", "councilwoman", "superintendent"})
# Ship prefixes and car makers: what follows them is a vessel's or a model's name ("USS Peleliu", "a red Dodge
# Durango"), written as they are (a lower-case "dodge" is a verb).
VESSEL_AND_CAR_MAKERS = frozenset({"USS", "HMS", "HMAS", "HMCS", "HMNZS", "RFA", "MV", "Dodge", "Chevy", "Chevrolet",
                                   "Ford", "Toyota", "Honda", "Nissan", "Hyundai", "Kia", "Jeep", "GMC", "Buick",
                                   "Mazda", "Subaru", "Pontiac", "Volkswagen", "VW", "Mercury", "Cadillac"})
INSTITUTION_WORDS = frozenset({"council", "hall", "commission", "manager", "limits", "schools", "attorney",
                               "clerk", "police", "officials", "board", "administrator", "engineer"})
# Endings that make a capitalised word a town name rather than a person's: "Gainesville", "Pittsburgh".
PLACE_SUFFIX = re.compile(r"(ville|burg|burgh|boro|borough|polis|chester|caster|mouth|ford|port|field|"
                          r"wood|town|dale|land|shire|grad|abad|stan)$")
STREET_AFTER = re.compile(
    r"\s+(Road|Rd\.?|Street|St\.|Avenue|Ave\.?|Drive|Dr\.|Boulevard|Blvd\.?|Lane|Ln\.?|Highway|Hwy\.?|Pike|"
    r"Parkway|Pkwy\.?|Court|Ct\.|Way|Place|Terrace|Circle|Trail|Turnpike)\b")
# Generic words that make a longer, different place of a name: "New Miami", "Lake Cumberland", "Tennessee Colony".
_NAME_PREFIX = re.compile(r"(?<![\w.])(?:New|NEW|St\.|ST\.|Saint|SAINT|Ste\.|Lake|LAKE|Mount|Mt\.|Port|PORT|Fort|"
                          r"FORT|Ft\.|Upper|Lower|Twin|Little|Old|Glen|Point|Cape) $")
# (Not "Hills", "Heights", "Village": "St. Louis Hills", "Jackson Heights" are parts of the town named.)
_NAME_SUFFIX = re.compile(r" (?:Colony|Beach|BEACH|Falls|FALLS|Springs|SPRINGS|Island|Islands|Harbor|Harbour|"
                          r"Valley|Creek|CREEK|Point|Junction|Lake|Lakes|Mills|Grove|Ridge|Crossing|Landing|Orchard|"
                          r"Gap|Bluff|Bluffs|Township)(?![\w'’])")
WESTERN_EUROPE = "Western Europe"  # "the West", "Western countries": the query the gazetteer knows
WESTERN_NOUNS = frozenset({"countries", "nations", "powers", "governments", "leaders", "allies", "democracies",
                           "diplomats", "states", "sanctions", "partners", "capitals", "officials"})


@dataclass(frozen=True)
class Toponym:
    """A candidate place name: character offsets into doc.text and where it came from."""

    start: int
    end: int
    text: str
    source: str  # "ner" | "entity" | "gazetteer" | "demonym"
    label: str = ""  # the NER label it came with, if any
    query: str = ""  # the name to look up when it differs from the text ("Russian" -> "Russia")


def _trim(span: Span) -> Optional[Span]:
    """Return ``span`` without a leading determiner or a trailing possessive; None when nothing is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_punct):
        if doc[end - 1].lower_ in ("'s", "’s") and normalize(doc[start:end].text) in matchable_keys():
            break  # "St. John's" (Newfoundland) is the name, not a possessive
        end -= 1
    return doc[start:end] if end > start else None


@lru_cache(maxsize=1)
def _connector_ids() -> frozenset:
    """Return the hashes of the connector words, as ``Doc.to_array([LOWER])`` gives them."""
    return frozenset(hash_string(w) for w in CONNECTORS)


@lru_cache(maxsize=1)
def _saint_ids() -> frozenset:
    """Return the hashes of the short words a split full stop may follow inside a name ("ST. LOUIS")."""
    return frozenset(hash_string(w) for w in ("st", "ste", "ft", "mt"))


@lru_cache(maxsize=1)
def _starter_ids() -> frozenset:
    """Return the hashes of the connectors that may open a name ("El Fasher", "La Paz", "Des Moines")."""
    return frozenset(hash_string(w) for w in NAME_STARTERS)


def _gazetteer_spans(doc: Doc, blocked: set[int]) -> list[Span]:
    """Return the longest spans of capitalised words whose normalised text is a matchable gazetteer name."""
    keys = matchable_keys()
    text = doc_text(doc)
    # token attributes as arrays (no spaCy Token objects); the n-gram loop then reads plain lists
    table = doc.to_array([IDX, LENGTH, LOWER]).tolist() if len(doc) else []
    connector_ids = _connector_ids()
    bounds = [(idx, idx + length) for idx, length, _ in table]
    capital = [text[idx:idx + 1].isupper() for idx, _, _ in table]
    # the full stop the tokenizer splits from an upper-case "ST." or "FT." is part of the name: "ST. LOUIS -"
    saint_ids = _saint_ids()
    connector = [lower in connector_ids or (i > 0 and text[idx:idx + length] == "." and bounds[i - 1][1] == idx
                                            and table[i - 1][2] in saint_ids)
                 for i, (idx, length, lower) in enumerate(table)]
    free = [i not in blocked for i in range(len(doc))]
    found: list[Span] = []
    n = len(doc)
    # run[i]: how many tokens from i on are free capitalised words or connectors (read right to left)
    run = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        run[i] = run[i + 1] + 1 if free[i] and (capital[i] or connector[i]) else 0
    starter = [lower in _starter_ids() for _, _, lower in table]
    next_free = 0
    for i in range(n):
        if i < next_free or not (capital[i] and free[i]) or (connector[i] and not starter[i]):
            continue
        # a capitalised article or particle opens a name of two words or more: "El Fasher", "Des Moines"
        for size in range(min(MAX_NGRAM, run[i]), 1 if connector[i] else 0, -1):
            j = i + size - 1
            if not (capital[j] or text.endswith(".", bounds[j][0], bounds[j][1])):
                continue
            if normalize(text[bounds[i][0]:bounds[j][1]]) in keys:
                span = doc[i:j + 1]
                if not _city_of_institution(span):
                    found.append(span)
                    next_free = i + size
                    break
    return found


def _city_after_comma(span: Span, gaz, surnames: set[str], given_name: bool) -> bool:
    """Return True for a big city's name the model took for a person after a comma, as an address is written
    ("the Federal University of Technology, Owerri"), unless it is a given name or an article's person's surname."""
    key = normalize(span.text)
    return (len(span) == 1 and span.start > 0 and span.doc[span.start - 1].text == "," and not given_name
            and key not in surnames and big_city(gaz, key, GIVEN_NAME_CITY_POP))


def _city_of_institution(span: Span) -> bool:
    """Return True for "Dublin City" in "Dublin City Council": the town is "Dublin"."""
    doc = span.doc
    return (len(span) > 1 and span[-1].lower_ == "city" and span.end < len(doc)
            and doc[span.end].lower_ in INSTITUTION_WORDS)


def _dateline_shaped(span: Span) -> bool:
    """Return True for a name where a dateline's stands: opening a line or before a comma, bracket or dash
    ("OWERRI, Nigeria", "HUME (AP) -"), not an acronym inside a sentence ("the CHU in Montpellier")."""
    doc = span.doc
    after = doc[span.end].text if span.end < len(doc) else ""
    return opens_a_line(doc, span.start) or after in DATELINE_DASHES | {",", "("}


def _plausible_match(span: Span, is_country_like: bool, is_big_city: bool = False) -> bool:
    """Return False for a gazetteer hit that is more likely an ordinary capitalised word.

    A big city's name that opens an organisation's ("Seattle Fire", "the Boston Globe")
    is a toponym, as GeoWebNews counts it (an embedded, non-literal place).
    """
    if len(span) == 1 and (span[0].lower_ in FALSE_FRIENDS or span[0].is_stop):
        return False
    if is_country_like:
        first = span[0]
        # "US" the country, not "us" shouted; two-letter codes must be written in capitals.
        if len(span) == 1 and len(first.text) <= 3 and not first.text.isupper() and "." not in first.text:
            # a short name written as a name needs a place frame: "rebels in Gao"
            after = span.doc[span.end] if span.end < len(span.doc) else None
            numbered = after is not None and (after.like_num or after.lower_ in ("no", "no."))  # "at Lot No. 5"
            return len(first.text) == 3 and first.text.istitle() and after_place_preposition(span) and not numbered
        return True
    if len(span) == 1:
        token = span[0]
        if len(token.text) < 3 or (token.is_sent_start and not token.is_upper):
            return False
        # A lone town name the model did not tag needs a place-like frame: "in Owerri", "OWERRI, Nigeria".
        following = span.doc[span.end:span.end + 2]
        framed = (after_place_preposition(span) or (token.is_upper and not _in_capitals_run(span)
                                                     and _dateline_shaped(span))
                  or PLACE_SUFFIX.search(token.text)
                  or (len(following) == 2 and following[0].text == "," and following[1].text[:1].isupper())
                  or (is_big_city and starts_organisation(span)))
        if not framed:
            return False
    return True


def _acronym_only(span: Span, key: str, gaz) -> bool:
    """Return True for a short word in capitals that the gazetteer knows only as a place of that very name
    ("IG", "UN"), not as an abbreviation ("NY", "EU", "US" name places of longer names), outside a dateline."""
    if len(span) != 1 or not span.text.isupper() or len(span.text) > 3 or _dateline_shaped(span):
        return False
    return all(normalize(gaz.entry(i)[1]) == key for i in gaz.numbers(key))


def _state_postal_code(text: str, toponym: Toponym, gaz) -> Toponym:
    """Return the toponym looked up with its full stop when that makes it a state: "INDEPENDENCE, MO." is Missouri.

    The tokenizer splits "MO." into "MO" and ".", and "MO" alone is a Norwegian town.
    """
    if len(toponym.text) != 2 or not toponym.text.isupper() or text[toponym.end:toponym.end + 1] != ".":
        return toponym
    dotted = toponym.text + "."
    if any(gaz.entry(i)[6] == "admin1" for i, _ in gaz.lookup(dotted)):
        return replace(toponym, query=dotted)
    return toponym


def _in_capitals_run(span: Span) -> bool:
    """Return True inside an upper-case headline ("PARTY GOES ON"), where capitals mark no dateline.

    A line's first word is a dateline's place even before more capitals: "TIJUANA & SAN DIEGO, MARCH 3".
    """
    doc = span.doc
    if opens_a_line(doc, span.start):
        return False
    # words of four letters or more: "HUME (AP) -" and "OWERRI, Nigeria" are datelines
    before = next((t for t in reversed(doc[max(0, span.start - 3):span.start]) if t.is_alpha and len(t) > 3), None)
    after = next((t for t in doc[span.end:span.end + 3] if t.is_alpha and len(t) > 3), None)
    return any(t is not None and t.is_upper for t in (before, after))


def _capitalised_non_place(tok) -> bool:
    """Return True for a capitalised word that is no place name the gazetteer matches."""
    return tok.text[:1].isupper() and normalize(tok.text) not in matchable_keys()


def _surname_follows(span: Span) -> bool:
    """Return True when a capitalised word that names no place follows ``span`` in the same phrase."""
    if span.end >= len(span.doc) or span[-1].whitespace_ != " ":
        return False
    nxt = span.doc[span.end]
    return (nxt.is_alpha and _capitalised_non_place(nxt) and not nxt.is_upper and nxt.lower_ not in FALSE_FRIENDS
            and not PLACE_SUFFIX.search(nxt.lower_))


def _inside_an_organisation(span: Span) -> bool:
    """Return True for a word inside an organisation's name the model found, not opening it ("the Texas
    Department of Transportation" opens with Texas)."""
    first = span[0]
    if len(span) > 1 or first.ent_type_ != "ORG" or first.ent_iob_ != "I" or first.i == 0:
        return False
    prev = span.doc[first.i - 1]  # a name word before it ("States Maritime"), not "the", "of" or "Western"
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.lower_ not in COMPASS_WORDS


def _inside_longer_name(span: Span) -> bool:
    """Return True for a town's name that is the last word of a longer name: "Rouge" of "Moulin Rouge"."""
    if span.start == 0:
        return False
    doc = span.doc
    prev = doc[span.start - 1]
    if (prev.text == "-" and not prev.whitespace_ and span.start >= 2 and not doc[span.start - 2].whitespace_
            and normalize(span.text) in given_names() and len(doc[span.start - 2]) > 2
            and _capitalised_non_place(doc[span.start - 2])):
        return True  # "Jan-Michael Hollis": the second half of a hyphenated given name ("R-London" is a place)
    return (len(span) == 1 and prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start
            and not prev.is_upper and not prev.ent_type_ and prev.lower_ not in NAME_OPENERS)


def detect_toponyms(doc: Doc, demonyms: bool = False) -> list[Toponym]:
    """Return the article's candidate place names, left to right, without overlaps.

    Demonyms ("Russian officials") are not places; ``demonyms=True`` returns them too,
    with the place they derive from as ``query``, for gold standards that count them.
    """
    gaz = load_gazetteer()
    picked: list[Toponym] = []
    ner_spans: list[Span] = []
    blocked: set[int] = set()
    person_spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            span = _trim(ent)
            if span is not None:
                ner_spans.append(span)
        elif ent.label_ in NUMERIC_LABELS:
            # "706 Orange County residents" tagged PERCENT: the number, not the name after it.
            blocked.update(t.i for t in ent if not (t.text[:1].isupper() and t.is_alpha))
        elif ent.label_ in ("NORP", "LANGUAGE") and _city_typed_nationality(ent, gaz):
            # "trapped in Khartoum and Omdurman", "in Rafah": a city taken for a people or a tongue
            ner_spans.append(ent)
        elif ent.label_ in BLOCKING_LABELS and not place_taken_for_a_date(ent):
            blocked.update(range(ent.start, ent.end))
        elif ent.label_ == "PERSON":
            person_spans.append(ent)
        if ent.label_ in ("ORG", "PERSON") and _town_shaped(ent, gaz):
            ner_spans.append(ent)  # "Whitestown", "Gainesville" mislabelled: the name is a town's
    for span in _entity_layer_spans(doc):
        ner_spans.append(span)

    surnames = _surnames(doc, person_spans, gaz)
    covered: set[int] = set()
    for span in sorted(ner_spans, key=lambda s: (s.start, -len(s))):
        if any(i in covered for i in range(span.start, span.end)):
            continue
        span = _with_state_word(span, gaz)
        span = _longer_name(span, gaz, blocked | covered)
        if any(i in covered for i in range(span.start, span.end)):
            continue
        parts = _split_list(span)
        resolvable = [p for p in parts if normalize(p.text) not in NOT_PLACES and not _without_its_article(p)
                      and (normalize(p.text) not in surnames or major(gaz, normalize(p.text)))
                      and not named_as_kin(p, gaz) and gaz.lookup(p.text)]
        if not resolvable:
            if span.label_ in ("LOC", "FAC"):
                covered.update(range(span.start, span.end))  # "Pearl Harbor", "Eglinton Avenue West"
            continue  # an unknown GPE: let the gazetteer look inside it below
        for part in resolvable:
            picked.append(Toponym(part.start_char, part.end_char, part.text, "ner", span.label_ or "GPE"))
        covered.update(range(span.start, span.end))

    person_tokens = {i for s in person_spans for i in range(s.start, s.end)}
    ner_place_texts = {normalize(t.text) for t in picked}
    # only a GPE or LOC mention vouches for a person-tagged one: a surname once tagged FAC ("Rubio") is no place
    ner_area_texts = {normalize(t.text) for t in picked if t.label in ("GPE", "LOC")}
    for span in _gazetteer_spans(doc, blocked | covered):
        key = normalize(span.text)
        kinds = {gaz.entry(i)[6] for i in gaz.numbers(key)}
        country_like = bool(kinds & {"country", "admin1", "region", "continent", "county"})
        # a lone given name that is no country, region or US state ("Michael", not "Georgia")
        given_name = len(span) == 1 and key in given_names() and not major(gaz, key)
        if span.start in person_tokens or span.end - 1 in person_tokens:
            whole = any(s.start == span.start and s.end == span.end for s in person_spans)
            if whole and given_name and not big_city(gaz, key, GIVEN_NAME_CITY_POP):
                continue  # "named Fred and Mary", "Ruth's children, Michael, Stephen": people, not towns
            if not (country_like and len(span) > 1) and not (whole and (
                    country_like or key in ner_area_texts or after_place_preposition(span)
                    or PLACE_SUFFIX.search(span.text) or _city_after_comma(span, gaz, surnames, given_name))):
                continue
        if given_name and key not in ner_place_texts and _surname_follows(span):
            continue  # "Michael Gambill", a person the model missed: a given name and a surname
        if given_name and key not in ner_place_texts and named_after_a_person(span) \
                and not big_city(gaz, key, GIVEN_NAME_CITY_POP):
            continue  # "George Mason University" is no South African town George
        if _acronym_only(span, key, gaz) and key not in ner_place_texts:
            continue  # "the IG Metall union" is no Ig in Slovenia
        is_big_city = big_city(gaz, key)
        if not (key in ner_place_texts or _plausible_match(span, country_like, is_big_city)
                or _city_after_comma(span, gaz, surnames, given_name)):
            continue
        if key not in ner_place_texts and "country" not in kinds and _inside_longer_name(span):
            continue
        if (key not in ner_place_texts and "country" not in kinds and not ("city" in kinds and is_big_city)
                and _inside_an_organisation(span)):
            continue  # "Maritime" of "the United States Maritime Alliance" is no Togolese region
        if key in NOT_PLACES or (key in surnames and not major(gaz, key)) or _without_its_article(span):
            continue
        picked.append(Toponym(span.start_char, span.end_char, span.text, "gazetteer"))
    text = doc_text(doc)
    picked.extend(_framed(doc, text, picked, gaz, surnames))
    picked.extend(_repeated(doc, text, picked, person_spans, surnames))
    if "counties" in text:
        counties = _shared_counties(text, gaz)
        spots = {i for t in counties for i in range(t.start, t.end)}
        picked = [t for t in picked if t.start not in spots] + counties
    if demonyms:
        taken = {i for t in picked for i in range(t.start, t.end)}
        picked.extend(t for t in _demonyms(doc) if t.start not in taken and t.end - 1 not in taken)
    # "the blood that is in us", "china patterns": a name is capitalised
    picked = [t for t in picked if not _names_a_street(text, t) and not _after_title(text, t) and not t.text.islower()
              and not listed_among_other_kinds(text, t.start, t.end)]
    picked = [w for w in (_with_generic_words(text, t, gaz) for t in picked) if w is not None]
    picked = [_state_postal_code(text, t, gaz) for t in picked]
    picked.sort(key=lambda t: (t.start, -t.end))
    return [t for i, t in enumerate(picked) if i == 0 or t.start >= picked[i - 1].end]


# How many times a list may pass its frame on to the name before it.
LIST_PASSES = 3


def _framed(doc: Doc, text: str, picked: list[Toponym], gaz, surnames: set[str]) -> list[Toponym]:
    """Return the towns whose surroundings mark them as places whatever the model's label (place_frames)."""
    taken: set[int] = set()
    for toponym in picked:
        span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    places = [(t.start, t.end, t.text) for t in picked]
    found: list[Toponym] = []
    # a town found by its frame frames the one listed before it in turn: "rain for Darwin, Cairns and Townsville"
    # (Townsville found, then Cairns beside it, then Darwin beside Cairns)
    for _ in range(LIST_PASSES):
        new = []
        for start, end, name, frame in framed_spans(doc, text, taken, places, gaz, surnames):
            if normalize(name) in NOT_PLACES or (frame in WEAK_FRAMES and normalize(name) in FALSE_FRIENDS):
                continue
            new.append(Toponym(start, end, name, "gazetteer", "frame:" + frame))
        if not new:
            break
        found.extend(new)
        places.extend((t.start, t.end, t.text) for t in new)
        for toponym in new:
            span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
            if span is not None:
                taken.update(range(span.start, span.end))
    if "-" in text:
        spans = [(t.start, t.end) for t in picked + found]
        found.extend(Toponym(start, end, name, "gazetteer", "frame:hyphen") for start, end, name in
                     hyphen_countries(text, gaz) if not any(s < end and start < e for s, e in spans))
    return found


# What makes another place of a town's name: "the Monongahela National Forest", "the Hawkesbury River".
_FEATURE_AFTER = re.compile(r"\s+(?:National|River|Creek|Lake|Lakes|Mountain|Mountains|Range|Valley|Forest|Park|Bay|"
                            r"Island|Islands|Sea|Gulf|Strait|Canyon|Desert|Peninsula|Reservoir|Dam)\b")


def _repeated(doc: Doc, text: str, picked: list[Toponym], person_spans: list[Span],
              surnames: set[str]) -> list[Toponym]:
    """Return the other mentions of the names found as places, written the same way: a name means one thing in
    one article ("the town of Hill Top" ... "units in and around Hill Top", which the model read as a person).

    Not a mention inside a longer person's name ("Hill Top Smith"), nor a name an article's person bears.
    """
    names = {t.text for t in picked if len(t.text) > 2 and t.text[:1].isupper() and normalize(t.text) not in surnames
             and (t.label in ("GPE", "LOC") or t.label.startswith("frame:"))  # (found as a place, not a facility)
             and not _names_a_street(text, t) and not _after_title(text, t)}  # ("coach Ripley" names no place)
    if not names:
        return []
    taken = [(t.start, t.end) for t in picked]
    people = [(s.start_char, s.end_char) for s in person_spans]
    found = []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken) or doc.char_span(start, end) is None:
            continue
        if any(s <= start and end <= e and (e - s) > (end - start) for s, e in people) \
                or _FEATURE_AFTER.match(text, end) or STREET_AFTER.match(text, end):
            continue
        found.append(Toponym(start, end, match.group(0), "gazetteer", "repeat"))
    return found


def _shared_counties(text: str, gaz) -> list[Toponym]:
    """Return each name of "Jackson and Barrow counties" as a toponym to look up as "<name> County"."""
    found = []
    for match in _COUNTY_LIST.finditer(text):
        for name in _COUNTY_NAME.finditer(match.group(0)):
            if name.group(0) in ("and", "or"):
                continue
            words = name.group(0)
            if not gaz.numbers(normalize(f"{words} County")):
                words = words.split()[-1]  # "Sheriff Walker and Anderson counties": Walker
            query = f"{words} County"
            if gaz.numbers(normalize(query)):
                start = match.start() + name.end() - len(words)
                found.append(Toponym(start, start + len(words), words, "gazetteer", "", query))
    return found


def _with_generic_words(text: str, toponym: Toponym, gaz) -> Optional[Toponym]:
    """Return the toponym grown by the generic place words around it ("NEW MIAMI", "St. Paris"), when
    the gazetteer knows the longer name; None when it does not ("Tennessee" of "Tennessee Colony" is
    another place); else the toponym itself."""
    if toponym.source not in ("ner", "gazetteer"):
        return toponym
    before = _NAME_PREFIX.search(text, max(0, toponym.start - 8), toponym.start)
    after = _NAME_SUFFIX.match(text, toponym.end)
    if before is None and after is None:
        return toponym
    start = before.start() if before is not None else toponym.start
    end = after.end() if after is not None else toponym.end
    if not gaz.lookup(text[start:end]):
        return None
    return Toponym(start, end, text[start:end], toponym.source, toponym.label)


def _after_title(text: str, toponym: Toponym) -> bool:
    """Return True for "coach Ripley", "Sen. Warner": a person named like a town; for "USS Peleliu", "Dodge
    Durango": a ship or a car named after one; for "a Toyota Camry": the car maker named like a town."""
    if toponym.text in VESSEL_AND_CAR_MAKERS and _CAPITALISED_WORD.match(text, toponym.end):
        return True
    before = text[max(0, toponym.start - 12):toponym.start].split()
    return bool(before) and (before[-1].lower().rstrip(".") in TITLES or before[-1] in VESSEL_AND_CAR_MAKERS)


_CAPITALISED_WORD = re.compile(r" [A-Z][a-z]")


def _names_a_street(text: str, toponym: Toponym) -> bool:
    """Return True for "Dublin Road", "Atlantic Avenue": a street named after a place, not the place;
    and for "St. Peter's Basilica", "St. Mary's Hospital": a building named after a saint, not the town."""
    return STREET_AFTER.match(text, toponym.end) is not None or SAINTS_BUILDING.match(text, toponym.end) is not None


# "'s Basilica", "'s Day": what follows a saint's name that makes it a building's or a feast's ("St. Patrick's Day" is
# no Caribbean parish).
SAINTS_BUILDING = re.compile(
    r"['\u2019]s\s+(?:Basilica|Cathedral|Church|Chapel|Abbey|Hospital|College|School|Square|Priory|Infirmary|"
    r"Day|Eve)\b")


def _demonyms(doc: Doc) -> list[Toponym]:
    """Return NORP entities that are demonyms, and demonyms opening an ORG name ("the Nigerian Army"),
    each with the place it derives from."""
    table = demonym_places()
    found = []
    for ent in doc.ents:
        if ent.label_ == "ORG":
            # "the Nigerian Army", "Canadian Blood Services": the demonym opens the name.
            span = _trim(ent)
            if span is None or len(span) < 2:
                continue
            span = span[:1]
        elif ent.label_ != "NORP":
            continue
        else:
            span = _trim(ent)
        if span is None:
            continue
        key = normalize(span.text)
        place = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
        if place:
            found.append(Toponym(span.start_char, span.end_char, span.text, "demonym", "NORP", place))
    taken = {i for t in found for i in range(t.start, t.end)}
    for token in doc:
        if token.idx in taken or not token.text.lstrip("-")[:1].isupper():
            continue
        if spans_a_continent(token):
            continue
        start = token.idx
        prev = doc[token.i - 1] if token.i > 0 and not doc[token.i - 1].is_space else None  # not a line break
        # (normalize drops a leading "the": "The Glaswegian" is the one-word demonym)
        # (a word, not the dash or the full stop before it: "Reuters) - Pakistani troops", "year. Flemish")
        place = (table.get(normalize(f"{prev.text} {token.text}"))
                 if prev is not None and prev.is_alpha and prev.lower_ not in ("the", "a", "an") else None)
        if place and prev.idx not in taken:  # "North American", "Latin American"
            start = prev.idx
        else:
            place = _token_demonym(token, table)
        if place:
            found.append(Toponym(start, token.idx + len(token.text), doc_text(doc)[start:token.idx + len(token.text)],
                                 "demonym", "NORP", place))
    return [_without_hyphen(t) for t in found]


def _without_hyphen(toponym: Toponym) -> Toponym:
    """Return "Russian" for the "-Russian" of "anti-Russian"."""
    cut = len(toponym.text) - len(toponym.text.lstrip("-"))
    if not cut:
        return toponym
    return Toponym(toponym.start + cut, toponym.end, toponym.text[cut:], toponym.source, toponym.label, toponym.query)


def _token_demonym(token, table: dict[str, str]) -> Optional[str]:
    """Return the place a single capitalised word derives from, as a modifier the model left untagged.

    "Slovak architect" (tagged PERSON), "anti-Russian", "Bosnian Serb", "Austro-Hungarian",
    "Western countries" and "the West" (Western Europe, as GeoNames places it).
    """
    lower = token.lower_
    if lower == "west":
        doc = token.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return (WESTERN_EUROPE if token.i > 0 and doc[token.i - 1].lower_ == "the"
                and (after is None or not (after.text[:1].isupper() or after.lower_ in ("of", "-")))
                else None)
    if lower == "western":
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return WESTERN_EUROPE if after is not None and after.lower_ in WESTERN_NOUNS else None
    # (the model stretches a dateline's date over the demonym after its dash: "June 1 - Pakistani")
    if token.ent_type_ and token.ent_type_ not in ("NORP", "PERSON", "ORG", "GPE", "DATE"):
        return None
    if token.ent_type_ in ("ORG", "PERSON") and token.i > 0 and token.nbor(-1).pos_ == "PROPN" \
            and token.nbor(-1).text[:1].isupper():
        return None  # "the Percy French Hotel": a person's name, not a demonym
    if token.pos_ not in ("ADJ", "PROPN", "NOUN") or (token.ent_type_ == "PERSON" and token.pos_ == "PROPN"
                                                      and not _modifies_noun(token)):
        return None
    return table.get(lower.lstrip("-"))


def _modifies_noun(token) -> bool:
    """Return True when ``token`` stands before a lower-case noun it qualifies ("Azerbaijani soldiers")."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN" and doc[token.i + 1].text.islower()


# the kind of place a name is said to be: "Herat province", "the Zinda Jan district"


def _city_typed_nationality(ent: Span, gaz) -> bool:
    """Return True for a NORP entity that is no demonym but a place's name, where a place stands: a big city as the
    object of a preposition or a conjunct ("in Khartoum and Omdurman"), any known place before a word saying what
    kind of place it is ("in Afghanistan's western Herat province")."""
    key = normalize(ent.text)
    if key in demonym_places():
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in PLACE_KIND_NOUNS:
        return bool(gaz.numbers(key))
    return ent.root.dep_ in ("pobj", "conj") and big_city(gaz, key)


def _town_shaped(ent: Span, gaz) -> bool:
    """Return True for an entity whose whole name is a town's and is shaped like one ("...ville")."""
    return (len(ent) <= 3 and PLACE_SUFFIX.search(ent[-1].text) is not None
            and bool(gaz.numbers(normalize(ent.text))))


def _surnames(doc: Doc, person_spans: list[Span], gaz) -> set[str]:
    """Return the normalised last names of the article's people ("Trapani" of "Joe Trapani").

    The small model files some people under ORG ("Yevgenia Petrova"): a two-word ORG
    whose first word is no place and whose words are plain capitalised names counts too.
    """
    names = set()
    for span in person_spans:
        if len(span) > 1 and span[-1].tag_ == "POS":
            span = span[:-1]  # "Marco Rubio’s uneven debate": the model keeps the possessive in the name
        # A long "name" is a mistagged headline ("Bogdanov Joins Sochi Race"), not a person's.
        if 1 < len(span) <= MAX_PERSON_TOKENS and span[-1].text[:1].isupper():
            names.add(normalize(span[-1].text))
    for ent in doc.ents:
        if (ent.label_ == "ORG" and len(ent) == 2 and all(t.is_alpha and t.is_title for t in ent)
                and not gaz.lookup(ent[0].text) and not gaz.lookup(ent.text)):
            names.add(normalize(ent[-1].text))
    # the entity layer's people too: it knows "Marco Rubio" where the model tagged only "Rubio", as a place
    for entity in doc_list(doc, "newsdesk_entities"):
        words = entity.name.split()
        if entity.type == "PERSON" and not entity.group and 1 < len(words) <= MAX_PERSON_TOKENS \
                and all(w[:1].isupper() for w in words):  # (not a group source: "Police in Karachi")
            names.add(normalize(words[-1]))
    return names


def _without_its_article(span: Span) -> bool:
    """"through Amazon" (a company), not "the Amazon", "the western Amazon Basin"."""
    before = span.doc[max(0, span.start - 2):span.start]
    return normalize(span.text) in ARTICLE_PLACES and all(t.lower_ != "the" for t in before)


def _with_state_word(span: Span, gaz) -> Span:
    """Return "Washington state" for "Washington" + "state" when the gazetteer knows it so."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "state" and gaz.lookup(f"{span.text} state"):
        return doc[span.start:span.end + 1]
    return span


def _capitalised(token) -> bool:
    """Return True for a capitalised word that may belong to a name ("New", not "The")."""
    return token.text[:1].isupper() and not token.is_punct and not token.is_stop


def _longer_name(span: Span, gaz, blocked: set[int]) -> Span:
    """Return the longest known place name around ``span`` that strictly contains it.

    The model often tags only part of a name: "Baja" + "California", "MIAMI" of
    "NEW MIAMI", "Bradford" of "Bradford Woods". A gazetteer name made of the
    span plus up to two capitalised words beside it is the place meant.
    """
    if "," in span.text:
        return span
    doc = span.doc
    best = _hyphenated(span, gaz)
    for left in range(0, EXTEND_MAX + 1):
        start = span.start - left
        if start < 0 or any(not _capitalised(doc[i]) or i in blocked for i in range(start, span.start)):
            break
        for right in range(0, EXTEND_MAX + 1):
            end = span.end + right
            if (left == right == 0) or end > len(doc):
                continue
            if any(not _capitalised(doc[i]) or i in blocked for i in range(span.end, end)):
                break
            if end - start > len(best) and gaz.numbers(normalize(doc[start:end].text)):
                best = doc[start:end]
    return best


# Words a hyphenated name may run on through: "Mazar-e-Sharif", "Mazar-i-Sharif".
HYPHEN_RUN = 4


def _hyphenated(span: Span, gaz) -> Span:
    """Return ``span`` run on through the hyphens written right after it when the longer name is known: the model
    tags "Mazar" of "Mazar-e-Sharif" (and "Mazar" alone is a village elsewhere)."""
    doc = span.doc
    best, end = span, span.end
    while end + 1 < len(doc) and end - span.end < HYPHEN_RUN and doc[end].text == "-" \
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
        if doc[end - 1].text[:1].isupper() and gaz.lookup(doc[span.start:end].text):
            best = doc[span.start:end]
    return best


def _split_list(span: Span) -> list[Span]:
    """Split "Gainesville, Ga." or "Paris, Texas" into its parts; other spans come back whole."""
    commas = [t.i for t in span if t.text == ","]
    if not commas:
        return [span]
    parts, start = [], span.start
    for i in commas + [span.end]:
        if i > start:
            parts.append(span.doc[start:i])
        start = i + 1
    return parts


def _entity_layer_spans(doc: Doc) -> list[Span]:
    """Return name mentions of place entities from the entity layer that the model's ents lack."""
    entities = doc_list(doc, "newsdesk_entities")
    spans: list[Span] = []
    for entity in entities:
        if getattr(entity, "type", "") not in PLACE_LABELS or getattr(entity, "group", False):
            continue  # (a group, "Burundi, Kenya, Rwanda and Uganda" as one speaker, names its places one by one)
        found = [doc.char_span(m.start, m.end, alignment_mode="contract") for m in entity.mentions
                 if getattr(m, "kind", "name") in ("name", "acronym")]
        found = [span for span in found if span is not None and len(span)]
        # A name the model reads as a person at every mention ("Abbas said") is a person's.
        if found and all(span[0].ent_type_ in ("PERSON", "") for span in found) \
                and any(span[0].ent_type_ == "PERSON" for span in found):
            continue
        for span in found:
            trimmed = _trim(span)
            if trimmed is not None:
                spans.append(trimmed)
    return spans
