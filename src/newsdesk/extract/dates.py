"""Temporal expressions normalised against the publication date.

The publication date comes from metadata (``doc._.newsdesk_published``), else
from a dateline at the top of the text. Without either, relative expressions
("last November", "Tuesday") keep an underspecified value ("XXXX-11") or none,
are marked ``anchored=False`` and the article gets a warning: they are never
resolved against today's date.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from spacy.tokens import Doc, Span

from newsdesk.components.extensions import add_warning, doc_text
from newsdesk.extract.date_dateline import find_dateline
from newsdesk.extract.timex_detect import candidates, doc_quarter, governing_tense, sentence_quarter
from newsdesk.extract.timex_interval import interval
from newsdesk.extract.timex_lexicon import MONTHS
from newsdesk.extract.timex_normalise import TimexContext, normalise
from newsdesk.records import DateValue

_YEAR_AGO = re.compile(r"\byear[- ](?:ago|earlier)\b", re.I)
# "a year later", "two years later": in a past narrative, counted from the date told before it
_YEARS_LATER = re.compile(r"\byears? later\b", re.I)
# "the following year", "the next day", "the previous week": counted from the date told before it
_FROM_TOLD_DATE = re.compile(
    r"^(?:on |in |during |by )?the (?:following|next|previous|preceding) (day|week|month|year)$", re.I)
_CALENDAR = re.compile(r"\d{4}(?:-\d\d){0,2}")
# a month alone opening a range whose closing month gives the year: "from July to November 1917"
_BARE_MONTH = re.compile(r"^(?:early |mid-?|late )?([a-z]+)\.?$", re.I)
_RANGE_END = re.compile(r"^\s*(?:to|until|till|through|and|-|–)\s+(?:early |mid-?|late )?([a-z]+)\.?\s+(\d{4})\b", re.I)
# a time of day that names no day: it happens on the day told just before it
_A_TIME_OF_DAY = re.compile(r"\b(?:midnight|noon|midday|dawn|dusk|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?)", re.I)
_NAMES_A_DAY = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)|days?\b|\d{4}|"
                          r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)
# "end the year", "began the month": the unit under way, as the object of a verb that bounds it
_BOUNDED_UNITS = ("the year", "the month", "the week")
_BOUNDING_VERBS = frozenset({"end", "finish", "close", "start", "begin", "open", "see", "round", "wrap"})
# the longest stretch (days) a told date may cover to anchor a unit: "the next day" needs a day
_SPAN_FOR = {"day": 0, "week": 6, "month": 30, "year": 365}
# how far back (characters) a told date still anchors "the following ..."; about a paragraph
_TOLD_DATE_REACH = 600


def _last_date_before(found: list[DateValue], start: int) -> Optional[date]:
    """Return the first day of the last calendar date written before ``start``, or None."""
    before = [d for d in found if d.start < start and _CALENDAR.fullmatch(d.value) and d.earliest]
    if not before:
        return None
    return date.fromisoformat(max(before, key=lambda d: d.start).earliest)


def _told_date_before(found: list[DateValue], start: int, unit: str) -> Optional[date]:
    """Return the first day of the nearest date told shortly before ``start`` that is precise enough for ``unit``."""
    for d in sorted(found, key=lambda d: d.start, reverse=True):
        if d.start >= start or d.type not in ("DATE", "TIME") or not d.earliest or not d.latest:
            continue
        if start - d.end > _TOLD_DATE_REACH:
            return None
        first, last = date.fromisoformat(d.earliest), date.fromisoformat(d.latest)
        if (last - first).days <= _SPAN_FOR[unit]:
            return first
    return None


UNANCHORED_WARNING = (
    "no publication date (metadata or dateline): {n} relative date expression(s) left unresolved"
)


def parse_published(value: Optional[str]) -> Optional[date]:
    """Return the date of a "YYYY-MM-DD..." string, or None when absent or malformed."""
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def publication_date(doc: Doc, text: Optional[str] = None) -> Optional[date]:
    """Return the article's anchor date, filling ``newsdesk_published``/``newsdesk_dateline`` from a dateline."""
    published = parse_published(doc._.newsdesk_published)
    found_date, place, _ = find_dateline(doc_text(doc) if text is None else text)
    if place and not doc._.newsdesk_dateline:
        doc._.newsdesk_dateline = place
    if published is None and found_date:
        doc._.newsdesk_published = found_date
        published = parse_published(found_date)
    return published


def _is_relative(value: Optional[str], type_: str) -> bool:
    if value is None:
        return True
    return type_ in ("DATE", "TIME") and "X" in value and not value.endswith("_REF")


def _bounds_the_current_unit(span: Span) -> bool:
    """"hopes to end the year with a deal", "began the week in Paris": the year or week under way, not a length."""
    root = span.root
    return (span.text.lower() in _BOUNDED_UNITS and root.dep_ in ("dobj", "npadvmod") and root.head.pos_ == "VERB"
            and root.head.lemma_ in _BOUNDING_VERBS)


def _with_the_ranges_year(text: str, after: str) -> str:
    """Return a bare month's text with the year of the range it opens ("July" of "from July to November 1917" is
    "July 1917"; "December" of "December to March 2024" is "December 2023"), else the text unchanged."""
    month = _BARE_MONTH.match(text)
    end = _RANGE_END.match(after) if month and month.group(1).lower() in MONTHS else None
    if end is None or end.group(1).lower() not in MONTHS:
        return text
    year = int(end.group(2)) - (MONTHS[month.group(1).lower()] > MONTHS[end.group(1).lower()])
    return f"{text} {year}"


def extract_dates(doc: Doc) -> list[DateValue]:
    """Return the article's temporal expressions with TIMEX3 values."""
    if doc is None or len(doc) == 0:
        return []
    text = doc[: min(len(doc), 600)].text  # the head is enough for the dateline and the article's quarter
    anchor = publication_date(doc, text)
    parsed = doc.has_annotation("DEP")
    prev_quarter = None
    if anchor is not None:
        prev_quarter = ((anchor.month - 1) // 3 + 3) % 4 + 1  # the quarter before the anchor's
    article_quarter = doc_quarter(text)
    out: list[DateValue] = []
    taken: set[int] = set()
    sent_quarters: dict[int, Optional[int]] = {}
    unresolved = 0
    full_text = doc_text(doc)
    for span in candidates(doc):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        tense = governing_tense(span) if parsed else None
        quarter = None
        if parsed:
            sent = span.sent
            if sent.start not in sent_quarters:
                sent_quarters[sent.start] = sentence_quarter(sent, prev_quarter, article_quarter)
            quarter = sent_quarters[sent.start]
        if quarter is None and article_quarter and _YEAR_AGO.search(span.text):
            quarter = article_quarter
        base = anchor
        if tense == "past" and _YEARS_LATER.search(span.text):
            # "resigned in November 2019 ... returned a year later": counted from the story's last date
            base = _last_date_before(out, span.start_char) or anchor
        if anchor is not None and _A_TIME_OF_DAY.search(span.text) and not _NAMES_A_DAY.search(span.text):
            # "voted on Thursday night ... approved the motion shortly before midnight": Thursday's midnight
            base = _told_date_before(out, span.start_char, "day") or anchor
        told_unit = _FROM_TOLD_DATE.match(span.text)
        if told_unit:
            # "signed a deal in 2018, earning him the prize the following year": 2019, not the year after publication
            base = _told_date_before(out, span.start_char, told_unit.group(1).lower()) or anchor
        text = "this " + span[-1].text if parsed and _bounds_the_current_unit(span) else span.text
        text = _with_the_ranges_year(text, full_text[span.end_char:span.end_char + 40])
        result = normalise(text, TimexContext(anchor=base, tense=tense, quarter=quarter))
        if result is None:
            continue
        value, type_ = result
        if type_ == "SET" and len(span) == 1 and span[0].pos_ in ("ADJ", "NOUN", "PROPN"):
            continue  # "a daily newspaper", "its quarterly dividend": a modifier, not a time
        taken.update(range(span.start, span.end))
        anchored = True
        if anchor is None and _is_relative(value, type_):
            anchored = False
            unresolved += 1
        earliest, latest = interval(value, type_, span.text, anchor)
        out.append(DateValue(start=span.start_char, end=span.end_char, text=span.text, value=value,
                             type=type_, anchored=anchored, earliest=earliest, latest=latest))
    out.sort(key=lambda d: d.start)
    if unresolved:
        add_warning(doc, UNANCHORED_WARNING.format(n=unresolved))
    return out

