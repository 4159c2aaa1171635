"""Shared fixtures: the pipeline is loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def nlp():
    from newsdesk.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def code(nlp):
    """Return a function sentence -> events, running only the parser (no other newsdesk layer)."""
    from newsdesk.components.extensions import register_extensions
    from newsdesk.extract.events import extract_events

    register_extensions()

    def run(text: str, published: str | None = "2014-02-04", quotes=None, entities=None):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if not name.startswith("newsdesk_"):
                doc = proc(doc)
        doc._.newsdesk_published = published
        doc._.newsdesk_quotes = quotes or []
        doc._.newsdesk_entities = entities or []
        return extract_events(doc)[0]

    return run


@pytest.fixture(scope="session")
def analyze():
    """Return a function text -> Article using the session's pipeline."""
    from newsdesk.pipeline import analyze_text

    def run(text: str, published: str | None = None, **kwargs):
        return analyze_text(text, published=published, **kwargs)

    return run


def read_article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def parse_without_newsdesk(nlp, text: str, published: str | None):
    """Return a Doc run through the spaCy model's own components only, with newsdesk metadata set."""
    doc = nlp.make_doc(text)
    doc._.newsdesk_published = published
    doc._.newsdesk_dateline = None
    doc._.newsdesk_warnings = []
    for name, proc in nlp.pipeline:
        if not name.startswith("newsdesk_"):
            doc = proc(doc)
    return doc


def parse_with_ents(nlp, text: str, ents: list[tuple[str, str]]):
    """Parse ``text`` with the model, then impose the given (surface, label) entities in text order.

    Lets a test state what the small model's NER gives (or misses) instead of depending on it.
    """
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("newsdesk_") and name != "ner":
            doc = proc(doc)
    spans, start = [], 0
    for surface, label in ents:
        at = text.index(surface, start)
        chars = doc.char_span(at, at + len(surface))
        spans.append(Span(doc, chars.start, chars.end, label=label))
        start = at + len(surface)
    doc.ents = spans
    return doc


def entity_named(article, name: str):
    """Return the article's first entity named ``name``, failing the test with the names there are if none is."""
    matches = [e for e in article.entities if e.name == name]
    assert matches, f"no entity named {name!r}: {[e.name for e in article.entities]}"
    return matches[0]


def mention_texts(entity) -> list[str]:
    """Return the distinct texts of an entity's mentions, sorted."""
    return sorted({m.text for m in entity.mentions})


def assert_event_type(events, trigger: str, plover: str, cameo: str, source) -> None:
    """Assert the first event on ``trigger`` has this PLOVER type, CAMEO code and source text (None: no source)."""
    found = [e for e in events if e.trigger and e.trigger.text == trigger]
    assert found, [e.trigger.text for e in events if e.trigger]
    ev = found[0]
    assert (ev.plover, ev.cameo, ev.source_actor.text if ev.source_actor else None) == (plover, cameo, source)
