"""Toponyms resolved to GeoNames coordinates (placeholder until issue 5 lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.records import Place


def extract_places(doc: Doc) -> list[Place]:
    """Return the article's toponyms resolved to coordinates."""
    return []
