"""Temporal expressions normalised against the publication date (placeholder until issue 5 lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.records import DateValue


def extract_dates(doc: Doc) -> list[DateValue]:
    """Return the article's temporal expressions with TIMEX3 values."""
    return []
