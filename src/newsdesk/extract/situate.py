"""When and where each event happened (placeholder until issue 5 lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.components.extensions import doc_list
from newsdesk.records import Event


def situate_events(doc: Doc) -> list[Event]:
    """Return the Doc's events with ``date`` and ``place`` filled from its dates and places."""
    return doc_list(doc, "newsdesk_events")
