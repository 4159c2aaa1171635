"""All newsdesk spaCy factories, registered in one place.

Each component only wires a pure function from :mod:`newsdesk.extract` into a
pipeline: it reads what earlier components left on ``doc._`` and stores the
records it returns. A component whose input is missing leaves an empty list.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.components.extensions import register_extensions

register_extensions()

# The order in which build_nlp adds the components; each reads what the earlier ones set.
COMPONENT_ORDER = (
    "newsdesk_entities",
    "newsdesk_quotes",
    "newsdesk_dates",
    "newsdesk_places",
    "newsdesk_events",
    "newsdesk_event_context",
)


@Language.factory("newsdesk_entities", requires=["doc.ents"], assigns=["doc._.newsdesk_entities"])
def make_entities(nlp: Language, name: str):
    from newsdesk.extract.entities import extract_entities

    def newsdesk_entities(doc: Doc) -> Doc:
        doc._.newsdesk_entities = extract_entities(doc)
        return doc

    return newsdesk_entities


@Language.factory("newsdesk_quotes", assigns=["doc._.newsdesk_quotes", "doc._.newsdesk_entities"])
def make_quotes(nlp: Language, name: str):
    from newsdesk.extract.quotes import extract_quotes

    def newsdesk_quotes(doc: Doc) -> Doc:
        quotes, entities = extract_quotes(doc)
        doc._.newsdesk_quotes = quotes
        doc._.newsdesk_entities = entities
        return doc

    return newsdesk_quotes


@Language.factory(
    "newsdesk_dates",
    assigns=["doc._.newsdesk_dates", "doc._.newsdesk_published", "doc._.newsdesk_dateline", "doc._.newsdesk_warnings"],
)
def make_dates(nlp: Language, name: str):
    from newsdesk.extract.dates import extract_dates

    def newsdesk_dates(doc: Doc) -> Doc:
        doc._.newsdesk_dates = extract_dates(doc)
        return doc

    return newsdesk_dates


@Language.factory("newsdesk_places", assigns=["doc._.newsdesk_places"])
def make_places(nlp: Language, name: str):
    from newsdesk.extract.places import extract_places

    def newsdesk_places(doc: Doc) -> Doc:
        doc._.newsdesk_places = extract_places(doc)
        return doc

    return newsdesk_places


@Language.factory("newsdesk_events", assigns=["doc._.newsdesk_events", "doc._.newsdesk_entities"])
def make_events(nlp: Language, name: str):
    from newsdesk.extract.events import extract_events

    def newsdesk_events(doc: Doc) -> Doc:
        events, entities = extract_events(doc)
        doc._.newsdesk_events = events
        doc._.newsdesk_entities = entities
        return doc

    return newsdesk_events


@Language.factory("newsdesk_event_context", assigns=["doc._.newsdesk_events"])
def make_event_context(nlp: Language, name: str):
    from newsdesk.extract.situate import situate_events

    def newsdesk_event_context(doc: Doc) -> Doc:
        doc._.newsdesk_events = situate_events(doc)
        return doc

    return newsdesk_event_context
