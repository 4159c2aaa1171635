"""Every ``Doc._`` attribute newsdesk sets, declared in one place.

Values are lists of records from :mod:`newsdesk.records` (never spaCy objects),
so a Doc's annotations can be turned into an :class:`~newsdesk.records.Article`
without further work.
"""
from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    "newsdesk_id": None,  # article id, when known
    "newsdesk_published": None,  # publication date "YYYY-MM-DD" or None
    "newsdesk_dateline": None,  # dateline place text, e.g. "KABUL", when found
    "newsdesk_boilerplate": None,  # list[TextSpan] of site furniture excluded from analysis
    "newsdesk_entities": None,  # list[Entity]
    "newsdesk_quotes": None,  # list[Quote]
    "newsdesk_dates": None,  # list[DateValue]
    "newsdesk_places": None,  # list[Place]
    "newsdesk_events": None,  # list[Event]
    "newsdesk_contested": None,  # list[Contention]
    "newsdesk_warnings": None,  # list[str] raised by components
}


def register_extensions() -> None:
    """Declare the newsdesk Doc extensions (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def doc_list(doc: Doc, name: str) -> list:
    """Return the list stored in ``doc._.<name>``, or an empty list when the component has not run."""
    value = doc._.get(name)
    return list(value) if value else []


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, built once per Doc: spaCy joins every token on each access."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None or len(cached) != (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached


_TEXT_KEY = ("newsdesk", "text")


def remember_text(doc: Doc, text: str) -> None:
    """Record the string ``doc`` was made from, so that ``doc_text`` need not join the tokens again."""
    doc.user_data[_TEXT_KEY] = text


def add_warning(doc: Doc, message: str) -> None:
    doc._.newsdesk_warnings = doc_list(doc, "newsdesk_warnings") + [message]
