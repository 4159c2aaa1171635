"""Event types that hold on unseen text: invented sentences, each naming a general cause of a wrong type."""
from __future__ import annotations

import pytest

from newsdesk.components.extensions import register_extensions
from newsdesk.extract.events import extract_events

register_extensions()


@pytest.fixture(scope="module")
def code(nlp):
    """Return a function sentence -> events, running only the parser (no other newsdesk layer)."""

    def run(text: str):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if not name.startswith("newsdesk_"):
                doc = proc(doc)
        doc._.newsdesk_published = "2014-02-04"
        doc._.newsdesk_quotes = []
        doc._.newsdesk_entities = []
        return extract_events(doc)[0]

    return run


@pytest.mark.parametrize("text, trigger, plover, cameo, source", [
    # the parser hangs "to fight" on "sworn" as a purpose clause: what is sworn is the act intended, a threat
    ("Tarsan rebels have sworn to fight until they gain control of the valley, officials said.", "fight",
     "THREATEN", "130", "Tarsan rebels"),
])
def test_event_type(code, text, trigger, plover, cameo, source):
    found = [e for e in code(text) if e.trigger and e.trigger.text == trigger]
    assert found, [e.trigger.text for e in code(text) if e.trigger]
    ev = found[0]
    assert (ev.plover, ev.cameo, ev.source_actor.text if ev.source_actor else None) == (plover, cameo, source)
