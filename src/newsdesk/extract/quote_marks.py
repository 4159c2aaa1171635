"""Quotation-mark pairing that tolerates curly, straight, mismatched and unbalanced marks.

News copy mixes straight and curly marks, drops the closing mark of a quote that
runs into the next paragraph, and sometimes closes a quote with an opening mark.
:func:`find_quote_spans` never raises: an odd mark yields a span with
``balanced=False`` (a lower-confidence quote), never an exception.
"""
from __future__ import annotations

import re
from typing import NamedTuple

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = frozenset('"')
ALL_MARKS = OPENERS | CLOSERS | STRAIGHT | frozenset("‟")
_MARK_RE = re.compile("``|''|[“”„«»\"‟]")
_PARA_RE = re.compile(r"[^\n]+")


class QuoteSpan(NamedTuple):
    """A quotation: character offsets including the marks, and whether both marks were found."""

    start: int
    end: int
    balanced: bool


def _looks_opening(text: str, start: int, end: int) -> bool:
    """Return True when the straight mark at [start, end) opens a quote (by the characters around it)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if after.isspace():
        return False
    if before.isspace() or before in "([{—–-:/―":
        return True
    return not (before.isalnum() or before in ".,;!?…’'")


def _paragraph_quotes(text: str, start: int, end: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for m in _MARK_RE.finditer(text, start, end):
        i, j, ch = m.start(), m.end(), m.group()
        if ch in OPENERS or ch in ("‟", "``"):
            after = text[j] if j < end else " "
            if open_at is not None and (after.isspace() or after in ".,;:!?"):
                spans.append(QuoteSpan(open_at, j, True))  # a mis-typed closing mark
                open_at = None
            elif open_at is None:
                open_at = i
            # an opener inside an open quote is a typo or a nested quote: keep the outer one
        elif ch in CLOSERS:
            if open_at is None and _looks_opening(text, i, j) and (i == start or text[i - 1].isspace()):
                open_at = i  # a closing mark typed where an opening one belongs
            elif open_at is not None:
                spans.append(QuoteSpan(open_at, j, True))
                open_at = None
            elif not spans:
                spans.append(QuoteSpan(start, j, False))  # closes a quote opened in an earlier paragraph
        elif open_at is None:  # straight mark: decide by context
            if _looks_opening(text, i, j):
                open_at = i
            elif not spans:
                spans.append(QuoteSpan(start, j, False))
        else:
            spans.append(QuoteSpan(open_at, j, True))
            open_at = None
    if open_at is not None:
        stop = end
        while stop > open_at + 1 and text[stop - 1].isspace():
            stop -= 1
        spans.append(QuoteSpan(open_at, stop, False))  # runs on to the next paragraph
    return spans


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Return the quotations of ``text`` in order; quotes never cross a paragraph break."""
    if not text or not _MARK_RE.search(text):
        return []
    spans: list[QuoteSpan] = []
    for para in _PARA_RE.finditer(text):
        spans.extend(_paragraph_quotes(text, para.start(), para.end()))
    return [s for s in spans if s.end - s.start > 2]
