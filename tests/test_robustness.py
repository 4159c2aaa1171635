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
