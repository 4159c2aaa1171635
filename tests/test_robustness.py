"""Odd and adversarial articles never raise, never hang, and keep their text exactly."""
from __future__ import annotations

import time

import pytest

from newsdesk.pipeline import Failure, RawArticle, analyze_raw

ODD_ARTICLES = [
    '"""""""',
    "“ ” “ „ ‟ « » ‹ ›",
    'He said: "',
    '" said he "unterminated and it goes on, the minister said',
    "— — — said — —",
    "According to",
    "the paper added, citing",
    "\u200b\u200bThe minister said so.\u200b",
    "A" * 5000,  # a long run of capitals once sent a speaker-line pattern into exponential backtracking
    "ABC " * 3000,
    "word " * 3000,
    "Officials said " * 400,
    "😀 The president 😀 said “yes” 😀",
    "<p>The minister said \"no\".</p>",
    "KABUL, - -",
    "On 2014-02-31 the talks, set for 31/31/2014, ended last last November.",
    "Washington Washington Georgia Georgia Paris, Texas, Paris",
    '"He said," he said, "he said," he said.',
    "'Single quotes,' she said, 'and more.'",
    "PENCE: We will win.\nKAINE: No, we will.\n",
]


@pytest.mark.parametrize("text", ODD_ARTICLES, ids=[f"odd{i}" for i in range(len(ODD_ARTICLES))])
def test_odd_article_is_analysed_quickly_without_error(nlp, text):
    start = time.perf_counter()
    (result,) = list(analyze_raw([RawArticle(id="odd", text=text, published="2014-02-04")], nlp))
    assert not isinstance(result, Failure), str(result)
    assert result.text == text
    assert time.perf_counter() - start < 10
    for q in result.quotes:
        assert 0 <= q.content.start < q.content.end <= len(text)
    for e in result.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_a_component_failure_costs_only_its_article(monkeypatch):
    """One article breaking a component mid-batch is redone alone: the batch's other articles, already
    parsed once, are analysed again without complaint (their paragraph breaks are not set twice)."""
    from newsdesk import pipeline
    from newsdesk.extract import quotes

    real = quotes.extract_quotes

    def fragile(doc):
        if "Kessel" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(quotes, "extract_quotes", fragile)
    nlp = pipeline.load_nlp.__wrapped__()  # a fresh pipeline, built with the fragile component
    texts = ["Headline one\n\nThe mayor of Valdora said the port would reopen.",
             "Headline two\n\nProtesters gathered in Kessel, the police said.",
             "Headline three\n\nThe union said the strike would go on."]
    docs = [pipeline.prepare_doc(nlp, pipeline.RawArticle(id=f"a{i}", text=t)) for i, t in enumerate(texts)]
    results = pipeline._pipe_safely(nlp, docs, batch_size=8)
    failed = [r for r in results if isinstance(r, pipeline.Failure)]
    assert [f.id for f in failed] == ["a1"] and "boom" in failed[0].message
    assert [len(r._.newsdesk_quotes) for r in results if not isinstance(r, pipeline.Failure)] == [1, 1]


def test_no_break_spaces_neither_split_names_nor_change_span_texts(analyze):
    """Parsed with plain spaces, "Dana\xa0Pell" is one person; every span still quotes the article's own characters."""
    text = "Protesters marched in New\u00a0York on Tuesday, and Mayor Dana\u00a0Pell said\u00a0the levy would stay."
    article = analyze(text, published="2016-05-01")
    people = [e for e in article.entities if e.type == "PERSON" and "Pell" in e.name]
    assert [e.name for e in people] == ["Dana Pell"]
    assert [(q.source.text, q.content.text) for q in article.quotes] == [("Mayor Dana\u00a0Pell", "the levy would stay")]
    assert [(p.text, p.name) for p in article.places] == [("New\u00a0York", "New York City")]
    spans = [m for e in article.entities for m in e.mentions] + list(article.places) \
        + [s for q in article.quotes for s in (q.content, q.cue, q.source) if s is not None]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
