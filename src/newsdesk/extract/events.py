"""PLOVER/CAMEO events with actor coding and provenance (placeholder until issue 4 lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.components.extensions import doc_list
from newsdesk.records import Entity, Event


def extract_events(doc: Doc) -> tuple[list[Event], list[Entity]]:
    """Return the article's coded events and the entity list with actor codes filled in."""
    return [], doc_list(doc, "newsdesk_entities")
