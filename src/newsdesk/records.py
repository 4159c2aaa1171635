"""The public schema: frozen records of one analysed article.

These records are the single contract for JSON output, the SQLite store, the
API and batch engines. They hold offsets and strings, never spaCy objects, so
they pickle, serialise and compare cleanly. Offsets are Python ``str`` indices
(code points) into ``Article.text``, half-open ``[start, end)``.

The JSON Schema shipped in ``newsdesk/schema/analysis.schema.json`` is
generated from these classes by :func:`json_schema`; a test keeps them equal.
"""
from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Optional, Union

SCHEMA_VERSION = "1.2"  # 1.1 added Article.contested, Place.confidence, Place.kind "site"; 1.2 earliest/latest on dates


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the article text."""

    start: int
    end: int
    text: str = ""


@dataclass(frozen=True)
class Mention:
    """One place where an entity is named or referred to."""

    start: int
    end: int
    text: str
    kind: str = "name"  # name | acronym | surname | nominal | pronoun | title


@dataclass(frozen=True)
class Entity:
    """One real-world actor, organisation, place or thing, with every mention in the article."""

    id: str
    name: str
    type: str  # spaCy label: PERSON, ORG, GPE, NORP, LOC, FAC, ...
    mentions: list[Mention] = field(default_factory=list)
    group: bool = False  # a collective source such as "Western officials"
    country: Optional[str] = None  # ISO 3166 alpha-3, from actor coding
    sector: Optional[str] = None  # PLOVER agent style: GOV, MIL, INS, MED, ...
    code: Optional[str] = None  # CAMEO-style actor code, e.g. AFGGOV


@dataclass(frozen=True)
class Quote:
    """One attribution: a statement, who made it, and through whom it reached the page."""

    content: TextSpan
    source: Optional[TextSpan]  # the source mention as written ("he", "officials")
    cue: Optional[TextSpan]  # the reporting word(s): "said", "according to"
    speaker: Optional[str]  # entity id of the resolved speaker
    kind: str  # direct | indirect | mixed
    id: str = ""
    via: list[str] = field(default_factory=list)  # reporters, outermost first, entity ids
    stance: str = "asserts"  # asserts | acknowledges | denies | claims | warns | ...
    confidence: float = 1.0


@dataclass(frozen=True)
class DateValue:
    """A temporal expression normalised to a TIMEX3 value."""

    start: int
    end: int
    text: str
    value: Optional[str]  # TIMEX3 value: 2013-11, 2014-04-07, PRESENT_REF, P2W, ...
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    anchored: bool = True  # False when relative and no publication date was known
    earliest: Optional[str] = None  # first day the expression covers (ISO date); None when open or unknown
    latest: Optional[str] = None  # last day it covers, inclusive


@dataclass(frozen=True)
class Place:
    """A toponym resolved to a gazetteer entry."""

    start: int
    end: int
    name: str  # the gazetteer name of the resolved place
    text: str = ""
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    country: Optional[str] = None  # ISO 3166 alpha-2 of the resolved place
    feature_class: Optional[str] = None  # GeoNames class: A (country/region), P (city), ...
    entity: Optional[str] = None  # entity id, when the toponym is an entity mention
    # toponym | demonym ("Russian officials" refers to Russia) | embedded (New York in "the New York Times")
    # | site (a street, venue or landmark, placed at the town it is in)
    kind: str = "toponym"
    confidence: float = 1.0  # probability that the point lies within 161 km of the place meant


@dataclass(frozen=True)
class Actor:
    """A source or target of an event: the mention and its coding."""

    start: int
    end: int
    text: str
    entity: Optional[str] = None
    code: Optional[str] = None  # CAMEO-style actor code, e.g. AFGGOV
    country: Optional[str] = None
    sector: Optional[str] = None


@dataclass(frozen=True)
class EventDate:
    value: Optional[str]
    start: Optional[int] = None
    end: Optional[int] = None
    inherited: bool = False  # True when taken from the article's dateline/publication date
    earliest: Optional[str] = None  # the days the date covers (ISO dates, inclusive); None when open
    latest: Optional[str] = None


@dataclass(frozen=True)
class EventPlace:
    name: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    country: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    inherited: bool = False


@dataclass(frozen=True)
class Event:
    """Who did what to whom, coded in PLOVER 2.0 and CAMEO, with who says so."""

    plover: str
    cameo: str
    source_actor: Optional[Actor]
    target_actor: Optional[Actor]
    id: str = ""
    trigger: Optional[TextSpan] = None
    sentence: Optional[TextSpan] = None
    mode: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    negated: bool = False
    hypothetical: bool = False
    scheduled: bool = False
    attributed_to: Optional[str] = None  # entity id of who says so
    via: list[str] = field(default_factory=list)
    date: Optional[EventDate] = None
    place: Optional[EventPlace] = None
    confidence: float = 1.0


@dataclass(frozen=True)
class ContentionSide:
    """One side of a contested account: a speaker and the quotes that make up their version."""

    speaker: Optional[str]  # entity id
    quotes: list[str] = field(default_factory=list)  # quote ids, in text order
    via: list[str] = field(default_factory=list)  # the reporting chain of the side's first quote


@dataclass(frozen=True)
class Contention:
    """Accounts in one article that cannot all be true: who disputes whom, and on what."""

    id: str
    topic: str  # what the accounts are about, e.g. "talks" (a folded noun family) or a noun lemma
    sides: list[ContentionSide] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # opposite_outcome | denial | conflicting_figures
    confidence: float = 1.0


@dataclass(frozen=True)
class Article:
    """The analysis of one article: the project's public record."""

    id: str
    text: str
    title: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD
    source: Optional[str] = None
    url: Optional[str] = None
    author: Optional[str] = None
    language: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    boilerplate: list[TextSpan] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    contested: list[Contention] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return from_dict(cls, data)


# The public name used by the Python API.
Analysis = Article


def to_dict(record: Any) -> Any:
    """Return plain JSON-ready data (dicts, lists, scalars) for a record tree."""
    if dataclasses.is_dataclass(record):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    return record


def with_span_texts(record: Any, text: str) -> Any:
    """Return ``record`` with the ``text`` of every span in it (start, end, text) read again from ``text``.

    The pipeline parses a copy of the article with odd spaces made plain; this puts the article's own
    characters back, so that ``text[start:end] == span.text`` holds for the original text.
    """
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        changes = {f.name: with_span_texts(getattr(record, f.name), text) for f in dataclasses.fields(record)
                   if isinstance(getattr(record, f.name), (list, tuple)) or dataclasses.is_dataclass(getattr(record, f.name))}
        start, end = getattr(record, "start", None), getattr(record, "end", None)
        if isinstance(getattr(record, "text", None), str) and isinstance(start, int) and isinstance(end, int) \
                and 0 <= start <= end <= len(text) and record.text != text[start:end]:
            changes["text"] = text[start:end]
        return dataclasses.replace(record, **changes) if changes else record
    if isinstance(record, list):
        return [with_span_texts(item, text) for item in record]
    return record


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _from_value(tp: Any, value: Any) -> Any:
    tp, _ = _unwrap_optional(tp)
    if value is None:
        return None
    if dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    if typing.get_origin(tp) is list:
        (item_tp,) = typing.get_args(tp)
        return [_from_value(item_tp, v) for v in value]
    return value


@functools.lru_cache(maxsize=None)
def _fields_of(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Return a record of ``cls`` built from plain data; unknown keys are ignored."""
    kwargs = {}
    for name, tp in _fields_of(cls):
        if name in data:
            kwargs[name] = _from_value(tp, data[name])
    return cls(**kwargs)


_SCALARS = {int: "integer", float: "number", str: "string", bool: "boolean"}


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    inner, optional = _unwrap_optional(tp)
    if dataclasses.is_dataclass(inner):
        name = inner.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _object_schema(inner, defs)
        schema: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
    elif typing.get_origin(inner) is list:
        (item_tp,) = typing.get_args(inner)
        schema = {"type": "array", "items": _schema_for(item_tp, defs)}
    elif inner is Any:
        schema = {}
    else:
        schema = {"type": _SCALARS[inner]}
    if optional:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props = {f.name: _schema_for(hints[f.name], defs) for f in dataclasses.fields(cls)}
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :class:`Article`, generated from the records."""
    defs: dict[str, Any] = {}
    root = _object_schema(Article, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsdesk.invalid/schema/analysis.schema.json",
        "title": "newsdesk article analysis",
        **root,
        "$defs": defs,
    }
