"""Sites: streets, squares, stadiums and other named spots no gazetteer lists.

"Third Street", "Atlantic Avenue in Garden City", "Jamsil Stadium" name a place
as surely as a town does, and news geoparsing gold standards count them. The
packaged gazetteers hold no streets or buildings, so a site is placed at the town
it is in: the town named right after it ("Atlantic Avenue in Garden City",
"Kingsley Road, Estey's Bridge"), else the town the article names most. A site
in an article that names no town is left out rather than guessed.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from spacy.tokens import Doc

from newsdesk.extract.place_detect import Toponym
from newsdesk.gazetteer import NAME, load_gazetteer
from newsdesk.records import Place
from newsdesk.components.extensions import doc_text

# Last words of a street's name. "St." only after a word that is not a title ("14th St.", "Main St.").
_STREET = re.compile(
    r"(?<![\w.])((?:(?:North|South|East|West|N\.|S\.|E\.|W\.)\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:(?:Street|Avenue|Road|Boulevard|Drive|Lane|Parade|Square|Plaza|Terrace|Crescent)(?!\w)|St\.|Ave\.|Rd\.|Blvd\.)"
    r"(?:\s+(?:North|South|East|West)\b)?)")
# A possessive ends the name of what owns the street: "Harare's Third Street".
_POSSESSIVE = re.compile(r"['’]s$")
# Last words of a named building or ground the model tags FAC: "Jamsil Stadium", "Oulton Park".
VENUE_WORDS = frozenset({
    "stadium", "arena", "park", "square", "plaza", "cathedral", "basilica", "tower", "bridge", "racecourse",
    "prison", "harbor", "harbour", "mall", "pier", "circuit", "bend", "courthouse", "street", "avenue", "road",
    "boulevard", "drive", "lane", "parade", "terrace", "crescent",
})
# Words that open a capitalised phrase without being part of a street's name.
_LEADING = frozenset({"The", "A", "An", "In", "On", "At", "Of", "From", "To", "And", "Or", "By", "Near", "Along",
                      "Off", "Past", "Via", "Into", "Onto", "Toward", "Towards", "Down", "Up", "Across", "Between",
                      "If", "When", "While", "After", "Before", "But", "As", "Its", "His", "Her", "Their", "This"})
# What may stand between a site and the town it is in: "Atlantic Avenue in Garden City".
_IN_TOWN = re.compile(r"(?:,\s*|\s+(?:in|at|near|of|,)\s+(?:the\s+)?|\s+in\s+downtown\s+)")
# A sentence of at least this many content words, all of them capitalised, is a headline.
HEADLINE_MIN_WORDS = 4
HEADLINE_SHARE = 1.0
# Feature classes of the places a site may take its point from when only the article's main town is known.
ANCHOR_CLASSES = frozenset({"P"})


def detect_sites(doc: Doc, taken: list[Toponym]) -> list[Toponym]:
    """Return the article's street and venue names that overlap no toponym, left to right."""
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    for match in _STREET.finditer(text):
        start, end = match.span(1)
        words = text[start:end].split()
        while words and (words[0] in _LEADING or any(_POSSESSIVE.search(w) for w in words[:-1])):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2 and start < end and not _in_headline(doc, start, end):
            spans.append((start, end))
    for ent in doc.ents:
        if ent.label_ == "FAC" and len(ent) >= 2 and ent[-1].lower_ in VENUE_WORDS and ent[-1].text[:1].isupper():
            start = ent.start_char + (4 if ent[0].lower_ == "the" else 0)
            spans.append((start, ent.end_char))
    busy = [(t.start, t.end) for t in taken]
    found: list[Toponym] = []
    for start, end in sorted(set(spans)):
        if any(s < end and start < e for s, e in busy):
            continue
        busy.append((start, end))
        found.append(Toponym(start, end, text[start:end], "site", "FAC"))
    return found


def _in_headline(doc: Doc, start: int, end: int) -> bool:
    """Return True inside a title-case sentence ("Hopefuls Square Off"): any of its words may look like a street."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return False
    words = [t for t in span.sent if t.is_alpha and not t.is_stop]
    return len(words) >= HEADLINE_MIN_WORDS and sum(t.is_title for t in words) >= HEADLINE_SHARE * len(words)


def place_sites(text: str, sites: list[Toponym], places: list[Place]) -> list[Place]:
    """Return a Place for each site, at the town named right after it or the article's main town."""
    if not sites:
        return []
    named = [p for p in places if p.kind in ("toponym", "embedded")]
    towns = [p for p in named if p.feature_class in ANCHOR_CLASSES]
    # Written right after the site, a county or province places it too: "Oulton Park, Cheshire".
    areas = [p for p in named if p.feature_class in ANCHOR_CLASSES or (p.feature_class == "A" and not _is_country(p))]
    if not areas:
        return []
    main = _main_town(towns, named) if towns else None
    found = []
    for site in sites:
        town = _town_after(text, site, areas) or main
        if town is not None:
            found.append(site_place(site, town.lat, town.lon, town.country, town.confidence))
    return found


def site_place(site: Toponym, lat: float, lon: float, country: Optional[str], confidence: float) -> Place:
    """Return the Place of a site (a street, venue or landmark) at the given point of its town."""
    return Place(start=site.start, end=site.end, name=site.text, text=site.text, lat=lat, lon=lon, geonameid=None,
                 country=country, feature_class="S", kind="site", confidence=confidence)


def _is_country(place: Place) -> bool:
    gaz = load_gazetteer()
    number = gaz.countries.get(place.country or "")
    return number is not None and gaz.entry(number)[NAME] == place.name


def _town_after(text: str, site: Toponym, towns: list[Place]) -> Optional[Place]:
    """Return the town written right after ``site`` ("... Avenue in Garden City"), if any."""
    for town in towns:
        if town.start >= site.end and town.start - site.end <= 20:
            if _IN_TOWN.fullmatch(text[site.end:town.start]):
                return town
    return None


def _main_town(towns: list[Place], named: list[Place]) -> Optional[Place]:
    """Return the first mention of the town the article names most often, if one stands out.

    A town named once is the story's town only when the story (its ``named`` places) stays in one country.
    """
    counts = Counter((t.lat, t.lon) for t in towns)
    (point, best), *rest = counts.most_common(2) + [((None, None), 0)]
    if rest and rest[0][1] == best:
        return None  # two towns named as often: no telling which one a site is in
    main = next(t for t in towns if (t.lat, t.lon) == point)
    if best < 2 and any(p.country != main.country for p in named):
        return None  # one mention in a story about several countries does not make it the story's town
    return main
