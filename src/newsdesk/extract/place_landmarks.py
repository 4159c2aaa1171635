"""Landmarks: named buildings and sites placed at the town they stand in.

"The leaders met at the White House" happened in Washington, "a wreath at the Western
Wall" in Jerusalem, though no gazetteer lists the buildings. The names come from a
small hand-written table (data/places/landmarks.tsv). Most mentions of a seat of power
stand for the institution ("the Kremlin said", "White House aides"), so a landmark is a
place only where the sentence puts something *at* it: the object of a locative
preposition ("at", "in", "outside" ...) or of a verb of going ("visited the Kremlin").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Doc

from newsdesk.components.extensions import doc_text
from newsdesk.extract.place_detect import Toponym
from newsdesk.extract.place_sites import site_place
from newsdesk.gazetteer import COUNTRY, GEONAMEID, LAT, LON, load_gazetteer
from newsdesk.records import Place

LANDMARKS_PATH = Path(__file__).resolve().parents[1] / "data" / "places" / "landmarks.tsv"
# Prepositions that put something at a place ("at the White House", "outside the Kremlin").
LITERAL_PREPS = frozenset({"at", "in", "inside", "outside", "into", "near", "on", "onto", "toward", "towards",
                           "within", "around", "past", "through", "across", "beyond", "behind", "beside", "opposite",
                           "off"})
# "to" and "from" put something at a place only after a verb of going ("flew to", "barred from"):
# "according to the Pentagon", "a letter to the White House", "a statement from the Kremlin" are the institution.
MOTION_VERBS = frozenset({"go", "come", "return", "fly", "travel", "head", "walk", "march", "drive", "move", "invite",
                          "summon", "rush", "escort", "ride", "arrive", "bar", "ban", "leave", "emerge", "depart",
                          "flee", "run", "stroll", "retreat", "relocate"})
# Verbs whose object is a place one goes to or leaves.
LITERAL_VERBS = frozenset({"visit", "leave", "enter", "reach", "tour", "storm", "surround", "approach", "besiege",
                           "evacuate", "picket", "occupy", "flee", "exit", "host"})
# How sure a landmark's point is: the table is right, the literal reading usually so.
LANDMARK_CONFIDENCE = 0.9


@lru_cache(maxsize=1)
def landmark_towns() -> dict[str, tuple[str, int]]:
    """Return each landmark name (as written) -> (town name, town geonameid)."""
    found: dict[str, tuple[str, int]] = {}
    for line in LANDMARKS_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, town, geonameid = line.split("\t")
        for name in names.split("|"):
            found[name] = (town, int(geonameid))
    return found


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = sorted(landmark_towns(), key=len, reverse=True)  # longest first: "10 Downing Street"
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def landmark_mentions(doc: Doc) -> list[Toponym]:
    """Return every mention of a landmark's name, literal or not, left to right."""
    return [Toponym(m.start(), m.end(), m.group(), "landmark", "FAC") for m in _pattern().finditer(doc_text(doc))]


def literal_landmarks(doc: Doc, mentions: list[Toponym]) -> list[Toponym]:
    """Return the mentions that put something at the landmark."""
    return [m for m in mentions if _literal(doc, m.start, m.end)]


def _literal(doc: Doc, start: int, end: int) -> bool:
    """Return True when the mention is a place something is at, not the institution or a modifier."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "at the Kremlin and Red Square"
        root = root.head
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ in ("to", "from"):
            return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in MOTION_VERBS
        return prep.lower_ in LITERAL_PREPS
    return root.dep_ == "dobj" and root.head.lemma_.lower() in LITERAL_VERBS


def place_landmarks(landmarks: list[Toponym]) -> list[Place]:
    """Return a Place for each landmark, at the point of the town it stands in."""
    found = []
    for landmark in landmarks:
        town = _town(*landmark_towns()[landmark.text])
        if town is None:
            continue
        found.append(site_place(landmark, round(town[LAT], 5), round(town[LON], 5), town[COUNTRY] or None,
                                LANDMARK_CONFIDENCE))
    return found


@lru_cache(maxsize=64)
def _town(name: str, geonameid: int) -> Optional[tuple]:
    """Return the gazetteer entry of the town ``name`` with ``geonameid`` (None if the index lacks it)."""
    gaz = load_gazetteer()
    return next((entry for entry in (gaz.entry(i) for i, _ in gaz.lookup(name)) if entry[GEONAMEID] == geonameid),
                None)
