"""Site furniture is found and masked without shifting offsets; language detection."""
from __future__ import annotations

import pytest

from conftest import read_article
from newsdesk.corpus.cleaning import detect_language, find_boilerplate, mask_spans, plain_spaces


def test_footer_lines_are_found_with_exact_offsets():
    text = read_article("port_strike_footer.txt")
    spans = find_boilerplate(text)
    assert [s.text for s in spans] == [
        "Share this article",
        "Follow us on Twitter | Facebook",
        "Read more: Port strikes across the region",
        "Copyright 2021 Coastal Wire Service. All rights reserved.",
    ]
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_story_lines_are_not_boilerplate():
    text = ("Share prices fell sharply on Monday.\n"
            "Readers of the paper said the column was unfair.\n"
            "More news from the front is expected today, the ministry said.")
    assert find_boilerplate(text) == []


def test_masking_keeps_length_and_newlines():
    text = "Body text.\nShare this article\nEnd."
    masked = mask_spans(text, find_boilerplate(text))
    assert len(masked) == len(text)
    assert masked == "Body text.\n" + " " * len("Share this article") + "\nEnd."


@pytest.mark.parametrize("text, lang", [
    ("The central bank raised interest rates on Thursday, surprising most economists.", "en"),
    ("Die Zentralbank hat am Donnerstag die Zinsen erhöht, was die meisten Ökonomen überraschte.", "de"),
    ("La banque centrale a relevé ses taux jeudi, à la surprise de la plupart des économistes.", "fr"),
    ("El banco central subió los tipos de interés el jueves, sorprendiendo a los economistas.", "es"),
    ("12345 67890", "und"),
    ("Afghan President Hamid Karzai met Pakistani officials in Kabul on Monday.", "en"),
    ("Iran condemned Israel.", "en"),
    ("Kessel Valmora Ardania Belmora", "und"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_boilerplate_is_reported_and_excluded_from_analysis(analyze):
    text = read_article("port_strike_footer.txt")
    a = analyze(text)
    assert a.text == text
    assert len(a.boilerplate) == 4
    furniture = set()
    for b in a.boilerplate:
        furniture.update(range(b.start, b.end))
    for e in a.entities:
        for m in e.mentions:
            assert not furniture & set(range(m.start, m.end)), f"{m.text} found in site furniture"


def test_odd_spaces_become_plain_one_for_one():
    text = "Mayor\u00a0Pell said\u2009on Tuesday:\n\t\u202f“We stay.”"
    assert plain_spaces(text) == "Mayor Pell said on Tuesday:\n\t “We stay.”"
    assert len(plain_spaces(text)) == len(text)
