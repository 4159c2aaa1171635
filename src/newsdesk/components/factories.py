"""All newsdesk spaCy factories, registered in one place.

Each component only wires a pure function from :mod:`newsdesk.extract` into a
pipeline: it reads what earlier components left on ``doc._`` and stores the
records it returns. A component whose input is missing leaves an empty list.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.components.extensions import register_extensions
from newsdesk.extract.date_dateline import DATELINE_DASHES

register_extensions()


@dataclass(frozen=True)
class ComponentSpec:
    name: str  # the factory name, as in nlp.add_pipe(name)
    function: str  # "module:function" in newsdesk.extract, taking the Doc
    writes: str  # the Doc extension the function's records go to
    returns_entities: bool = False  # the function returns (records, entities): it may add or code entities
    also_assigns: tuple[str, ...] = ()  # other extensions the function sets itself


# The order in which build_nlp adds the components; each reads what the earlier ones set.
COMPONENTS = (
    ComponentSpec("newsdesk_entities", "entities:extract_entities", "newsdesk_entities"),
    ComponentSpec("newsdesk_quotes", "quotes:extract_quotes", "newsdesk_quotes", returns_entities=True),
    ComponentSpec("newsdesk_dates", "dates:extract_dates", "newsdesk_dates",
                  also_assigns=("newsdesk_published", "newsdesk_dateline", "newsdesk_warnings")),
    ComponentSpec("newsdesk_places", "places:extract_places", "newsdesk_places"),
    ComponentSpec("newsdesk_events", "events:extract_events", "newsdesk_events", returns_entities=True),
    ComponentSpec("newsdesk_event_context", "situate:situate_events", "newsdesk_events"),
    ComponentSpec("newsdesk_contested", "contested:find_contentions", "newsdesk_contested"),
)
COMPONENT_ORDER = tuple(spec.name for spec in COMPONENTS)


def _register(spec: ComponentSpec) -> None:
    assigns = [f"doc._.{spec.writes}"] + [f"doc._.{a}" for a in spec.also_assigns]
    if spec.returns_entities:
        assigns.append("doc._.newsdesk_entities")

    def make(nlp: Language, name: str):
        module, function = spec.function.split(":")
        extract = getattr(importlib.import_module(f"newsdesk.extract.{module}"), function)

        def component(doc: Doc) -> Doc:
            result = extract(doc)
            if spec.returns_entities:
                result, doc._.newsdesk_entities = result
            doc._.set(spec.writes, result)
            return doc

        component.__name__ = spec.name
        return component

    Language.factory(spec.name, assigns=assigns)(make)


for _spec in COMPONENTS:
    _register(_spec)


@Language.component("newsdesk_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every blank line, before the parser runs (it keeps preset boundaries).

    A headline or a dateline paragraph has no full stop; without this the parser runs it into the
    first sentence ("... demands inquiry LISBON - Portugal's minister resigned").
    """
    if doc.has_annotation("DEP"):
        return doc  # parsed already (a batch being redone one by one): its sentences are set
    first = True
    for m in _BLANK_LINE.finditer(doc.text):  # a scan of the text, not a loop over every token
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span.start > 0 and not span[0].is_space:
            if first:
                _keep_headline_whole(doc, span.start)
            first = False
            span[0].is_sent_start = True
            _keep_dateline_whole(doc, span.start)
    for m in _INITIAL_THEN_SENTENCE.finditer(doc.text):
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and span.start > 0 and doc[span.start - 1].text.endswith("."):
            span[0].is_sent_start = True
    return doc


# "said in a post on X. She declined ...": the tokenizer keeps "X." whole, as an initial, and the parser then
# runs the two sentences into one; a pronoun or an article after it starts a sentence ("John X. Smith" does not)
_INITIAL_THEN_SENTENCE = re.compile(
    r"\b[A-Z]\.[ \t]+(She|He|It|They|We|I|The|A|An|But|His|Her|Their|Its|This|That|There)\b")


HEADLINE_MAX_TOKENS = 30


def _keep_headline_whole(doc: Doc, end: int) -> None:
    """A one-line first paragraph without a full stop is a headline, one sentence: the parser otherwise splits
    "Militants claim kidnapping of Chinese engineers in | northern Mali"."""
    line = doc[:end]
    text = line.text.strip()
    if not text or "\n" in text or len(line) > HEADLINE_MAX_TOKENS or text[-1] in ".!?\"'”":
        return
    for tok in line[1:]:
        tok.is_sent_start = False


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*(?=\S)")


def _keep_dateline_whole(doc: Doc, start: int) -> None:
    """"LISBON - Portugal's minister ...": the parser splits a dateline off a paragraph it is told starts
    there; the dateline, its dash and the word after belong to the first sentence."""
    for tok in doc[start + 1:min(start + 16, len(doc) - 1)]:
        if tok.text in (".", "!", "?") or "\n" in tok.text:
            return
        if tok.text in DATELINE_DASHES:
            for inner in doc[start + 1:tok.i + 2]:
                inner.is_sent_start = False
            return
