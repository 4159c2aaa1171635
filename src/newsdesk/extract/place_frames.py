"""Towns the model tags as people, organisations or nationalities, found by the words around them.

The small model often files a town under PERSON ("Owerri", "Glen Allen"), ORG
("Elkhart man", "Danbury police") or NORP ("Sochi election"), and the gazetteer
match skips small towns in running text. A name the gazetteer knows as a town,
county or region is a toponym whatever its label when its frame says so:

- "the town of Kasba Bonli", "his hometown of Lahore": a settlement noun + "of";
- "HUME — A member ...", "CHATTANOOGA (AP) —": an upper-case dateline;
- "Matias Romero, Oaxaca", "Bethel, Vt.": qualified by a state or country the article names;
- "the Kharkiv region", "the Kharkiv and Odesa regions": before the kind of place it is;
- "visited Shepparton", "toured Rochester": the object of a verb of going somewhere;
- "Paris and Roxton", "Bicester and Kidlington": listed with a place already found;
- "an Elkhart man", "Danbury police", "the Canaan Board of Finance": a local institution or resident;
- "Jodi Mahler of Bellmore", "Evan King, 24, of Richmond": a person's home town.

Only names opening a run of capitalised words are tried (the longest known name first),
so that "Parkers Prairie" is tried before "Parkers".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.gazetteer import KIND, demonym_places, normalize

# "the town of X": nouns whose "of" introduces a settlement's name.
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "hometown", "suburb", "township", "borough", "hamlet",
                              "community", "municipality", "neighbourhood", "neighborhood", "district", "province",
                              "county", "region", "outskirts", "port", "resort", "towns", "villages",
                              "cities", "communities"})
# "an Elkhart man", "Danbury police", "the Canaan Board of Finance": what only a place's name opens.
LOCAL_HEAD = re.compile(
    r"(?:'s|’s)?\s+(?:man|woman|men|women|boy|girl|couple|teen|teenager|resident|residents|native|natives|"
    r"police|Police|officers|firefighters|City Council|Town Council|Borough Council|County Council|Board of|"
    r"School Board|School District|Schools|High School|Middle School|Elementary|Superior Court|Municipal Court|"
    r"District Court|County Court|City Court|Town Hall|City Hall|Fire Department|Fire Chief|Fire Rescue|"
    r"Police Department|Police Chief|Mayor|mayor|city council|town council|city manager|Public Library|"
    r"Historical Society|Community Center|Senior Center|Seniors Center|Parks and Recreation|area|"
    r"Chamber of Commerce|Township|Correctional|Regional Airport|Airport|"
    # newspapers and clubs named after their town: "the Miami Herald", "Bolton Wanderers"
    r"Herald|Gazette|Tribune|Chronicle|Courier|Daily News|Evening News|Evening Standard|Post-Gazette|"
    r"Rovers|Wanderers|Albion|Athletic|United|Hotspur|Argyle|Seahawks)\b")
DATELINE_AFTER = re.compile(r"\s*(?:—|–|--|-|\x97|\((?:AP|Reuters|AFP|UPI|CNN)\))")
# "the U.S.-led coalition", "Russia-backed separatists": a country's name opening a modifier.
HYPHEN_MODIFIER = re.compile(
    r"(?<![\w.-])((?:[A-Z]\.){2,3}|[A-Z]{2,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)-(?:led|backed|based|brokered|born|"
    r"funded|owned|allied|sponsored|supported|controlled|held|bound|made|run|registered|flagged)\b")
# "the Kharkiv region", "the Kharkiv and Odesa regions": a name before the kind of place it is
KIND_AFTER = re.compile(r"(?: and [A-Z][\w'-]+)? (?:region|regions|province|provinces|oblast|oblasts|governorate|"
                        r"governorates|prefecture|prefectures)\b")
# "visited Shepparton", "toured Rochester": verbs whose object is a place
VISIT_VERBS = frozenset({"visit", "tour", "evacuate", "flood", "reach", "enter", "leave", "flee"})
LIST_GAPS = frozenset({" and ", " or ", ", ", ", and ", ", or "})
MAX_RUN = 3
# Words that may stand before a name without belonging to it.
OPENERS = frozenset({"the", "a", "an", "in", "at", "from", "of", "and", "but", "for", "to"})
WEAK_FRAMES = frozenset({"list", "local", "resident"})
# Kinds of entry a frame may vouch for (countries and continents are matched everywhere already).
TOWN_KINDS = frozenset({"city", "county", "admin1"})
# Capitalised words that open a frame but name no place ("The", "A", month names are stop words or blocked).
NOT_NAMES = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "st", "north", "south", "east", "west", "new",
                       "old", "city", "county", "state", "police", "former", "local", "central", "vice", "deputy",
                       "acting", "interim"})


def _town_key(gaz, text: str) -> bool:
    """Return True when ``text`` is the primary name of a town, county or region in the gazetteer."""
    key = normalize(text)
    if not key or key in demonym_places() or key in NOT_NAMES:
        return False
    return any(gaz.entry(i)[KIND] in TOWN_KINDS for i in gaz.numbers(key))


def _after_settlement_noun(doc: Doc, i: int) -> bool:
    """Return True after "the town of", "the city of" ..."""
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in SETTLEMENT_NOUNS


def _any_town_name(gaz, text: str) -> bool:
    """Return True when ``text`` is any name, alternate spellings too, of a town, county or region."""
    key = normalize(text)
    return bool(key) and key not in NOT_NAMES and any(gaz.entry(i)[KIND] in TOWN_KINDS for i, _ in gaz.lookup(text))


def framed_spans(doc: Doc, text: str, taken: set[int], places: list[tuple[int, int, str]], gaz,
                 surnames: set[str]) -> list[tuple[int, int, str, str]]:
    """Return (start, end, text, frame) of the town names whose frame marks them as places.

    ``taken`` holds the indices of tokens already part of a toponym; ``places`` the
    (start, end, text) of the toponyms found so far; ``surnames`` the article's people's
    last names, which only the strongest frames (settlement noun, dateline, qualifier) overcome.
    """
    n = len(doc)
    if n == 0:
        return []
    starts = {s for s, _, _ in places}
    ends = {e for _, e, _ in places}
    qualifiers = {s for s, _, t in places if _is_region(gaz, t)}
    found: list[tuple[int, int, str, str]] = []
    i = 0
    while i < n:
        token = doc[i]
        if (i in taken or not token.text[:1].isupper() or not token.is_alpha or token.lower_ in NOT_NAMES
                or token.is_stop or (token.ent_iob_ == "I" and not _listed_inside(doc, i))
                or token.ent_type_ in ("DATE", "TIME")
                or (i > 0 and (i - 1) in taken)
                or (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_)):
            i += 1  # not a name's first word: "One girl", "Harold Rogers", "Miami-Dade", "ATLANTIC BEACH", the
            # "Nov" of "JERUSALEM, Nov 19" (a town in Israel)
            continue
        if i > 0 and _name_word(doc[i - 1]) and not doc[i - 1].is_sent_start and doc[i - 1].lower_ not in OPENERS:
            i += 1  # inside a longer run of capitalised words ("South Side"): only runs' first words open names
            continue
        match = None
        for size in range(min(MAX_RUN, n - i), 0, -1):
            span = doc[i:i + size]
            if any(t.i in taken or not _name_word(t) for t in span):
                continue
            if _town_key(gaz, span.text) or (_after_settlement_noun(doc, i) and _any_town_name(gaz, span.text)):
                match = span  # ("the town of Avdiivka": an alternate spelling will do after a settlement noun)
                break
        if match is None:
            i += 1
            continue
        if match.end < n and _name_word(doc[match.end]) and not LOCAL_HEAD.match(text, match.end_char):
            i = match.end  # a longer name ("Guma Local Government Area", "Kasba Bonli") is not this town
            continue
        strong, weak = _frames(doc, text, match, starts, ends, qualifiers)
        if weak and (token.ent_type_ == "NORP" or match.text.isupper()):
            weak = ""  # "Israel, Arab leaders": a people, not a town named Arab; "NERI": an acronym
        if strong == "qualified" and token.is_sent_start:
            strong = ""  # "Still, Hawaii's experience ...": a sentence adverb
        key = normalize(match.text)
        if strong or (weak and key not in surnames):
            found.append((match.start_char, match.end_char, match.text, strong or weak))
        i = match.end
    return found


def hyphen_countries(text: str, gaz) -> list[tuple[int, int, str]]:
    """Return (start, end, text) of countries opening a hyphenated modifier: "the U.S.-led coalition"."""
    found = []
    for match in HYPHEN_MODIFIER.finditer(text):
        name = match.group(1)
        if any(gaz.entry(i)[KIND] == "country" for i, _ in gaz.lookup(name)):
            found.append((match.start(1), match.end(1), name))
    return found


def _names_resident(doc: Doc, j: int) -> bool:
    """Return True when token ``j`` ends a person's name or age before "of": "Jodi Mahler of", "King, 24, of"."""
    if doc[j].text == "," and j > 0:
        j -= 1
    return doc[j].ent_type_ == "PERSON" or (doc[j].like_num and j > 0 and doc[j - 1].text == ",")


def _name_word(token) -> bool:
    """Return True for a capitalised word that may continue a proper name."""
    return token.text[:1].isupper() and (token.is_alpha or token.text.endswith("."))


def _listed_inside(doc: Doc, i: int) -> bool:
    """Return True for a word after a comma or "and" inside an entity: the model ran a list of places into one
    name ("struck Kharkiv, Odesa and Dnipro" with "Kharkiv, Odesa" one organisation)."""
    return i > 0 and doc[i - 1].text in (",", "and")


def _is_region(gaz, text: str) -> bool:
    return any(gaz.entry(i)[KIND] in ("admin1", "country") for i, _ in gaz.lookup(text))


def _frames(doc: Doc, text: str, span, starts: set[int], ends: set[int], qualifiers: set[int]) -> tuple[str, str]:
    """Return (strong, weak): the name of the strong or weak place frame around ``span`` ("" for none)."""
    start, end = span.start_char, span.end_char
    i = span.start
    if _after_settlement_noun(doc, i):
        return "settlement", ""
    if span.text.isupper() and len(span.text.replace(" ", "")) > 3 and DATELINE_AFTER.match(text, end):
        return "dateline", ""
    if text.startswith(", ", end) and (end + 2) in qualifiers:
        return "qualified", ""
    if KIND_AFTER.match(text, end):
        return "kind", ""
    if i > 0 and doc[i - 1].lemma_.lower() in VISIT_VERBS and doc[i - 1].pos_ == "VERB":
        return "visited", ""
    if i >= 2 and doc[i - 1].lower_ == "of" and _names_resident(doc, i - 2):
        return "", "resident"
    for gap in LIST_GAPS:
        if text.endswith(gap, 0, start) and (start - len(gap)) in ends:
            return "", "list"
        if text.startswith(gap, end) and (end + len(gap)) in starts:
            return "", "list"
    if LOCAL_HEAD.match(text, end) and not (i > 0 and doc[i - 1].ent_type_ == "PERSON"):
        return "", "local"
    return "", ""


# kinds of thing a list of names can close on that are no places: "Apple, Google, Meta and other tech companies"
_OTHER_KINDS = (r"(?:companies|firms|groups|banks|brands|platforms|makers|carmakers|automakers|giants|lenders|"
                r"insurers|airlines|retailers|clubs|teams|parties|newspapers|broadcasters|outlets|apps|networks)")
_LIST_CLOSING_ON_KIND = re.compile(r"(?:,\s*[^,.;]{1,40}?)*,?\s+(?:and|or)\s+other\s+(?:[\w-]+\s+){0,2}"
                                   + _OTHER_KINDS + r"\b")
_KIND_OPENING_LIST = re.compile(_OTHER_KINDS + r"\s+(?:such as|including|like)\s+(?:[^.;]{0,60}?,\s*)?(?:and\s+)?$")


def listed_among_other_kinds(text: str, start: int, end: int) -> bool:
    """Return True for a name in a list of companies, clubs, parties ...: "Alphabet's Google, Meta and other large
    tech companies", "platforms such as Meta": Meta is no town in Colombia."""
    return (_LIST_CLOSING_ON_KIND.match(text, end, min(len(text), end + 120)) is not None
            or _KIND_OPENING_LIST.search(text, max(0, start - 80), start) is not None)
