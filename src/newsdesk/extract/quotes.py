"""Attributions: quotes, speakers and reporting chains (placeholder until issue 3 lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.components.extensions import doc_list
from newsdesk.records import Entity, Quote


def extract_quotes(doc: Doc) -> tuple[list[Quote], list[Entity]]:
    """Return the article's attributions and the entity list, extended with any new speakers."""
    return [], doc_list(doc, "newsdesk_entities")
