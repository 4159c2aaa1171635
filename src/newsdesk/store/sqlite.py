"""The SQLite store: analysed articles, their entities, quotes and events, and a full-text index.

One writer, many readers: the database runs in WAL mode, so ``search``,
``export`` or a server read a consistent snapshot while an ingest writes. Each
call to :meth:`Store.add_articles` is one transaction. An article whose text
(by sha256) is already stored is a duplicate and adds nothing.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from newsdesk.errors import StoreError
from newsdesk.records import Actor, Article, Entity
from newsdesk.store import schema

EXPORT_TABLES = ("articles", "entities", "mentions", "quotes", "events", "contested")
_ARTICLE_EXPORT_COLUMNS = (
    "id", "content_hash", "title", "published", "source", "url", "author", "language",
    "ingested", "n_entities", "n_quotes", "n_events", "text",
)
_CHILD_ORDER = {"entities": "t.first_start, t.entity_id", "mentions": "t.start, t.end",
                "quotes": "t.quote_index", "events": "t.event_index",
                "contested": "CAST(substr(t.contention_id, 2) AS INTEGER), t.side_index"}


def content_hash(text: str) -> str:
    """Return the sha256 hex digest of an article text: the store's duplicate key."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class AddResult:
    """What one batch did: ids added, ids skipped as duplicates, ids refused (same id, other text)."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SearchHit:
    """One article matching a full-text query, best first."""

    id: str
    title: Optional[str]
    published: Optional[str]
    source: Optional[str]
    url: Optional[str]
    snippet: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Store:
    """A newsdesk SQLite database: ``Store.open(path)``, then add, get, search and export."""

    def __init__(self, conn: sqlite3.Connection, path: str):
        self.conn = conn
        self.path = path

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> "Store":
        """Return the store at ``path``; create and migrate it unless ``readonly``.

        A read-only open needs an existing, up-to-date database and raises StoreError otherwise.
        """
        path = str(path)
        if readonly and (path == ":memory:" or not Path(path).is_file()):
            raise StoreError(f"no database at {path}: run `newsdesk ingest` first", code="ND301")
        try:
            if readonly:
                conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                       isolation_level=None, timeout=schema.BUSY_TIMEOUT_MS / 1000)
            else:
                conn = sqlite3.connect(path, isolation_level=None, timeout=schema.BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}", code="ND300") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {schema.BUSY_TIMEOUT_MS}")
            for pragma in schema.CONNECTION_PRAGMAS:
                conn.execute(pragma)
            if readonly:
                _check_version(conn, path)
            else:
                conn.execute("PRAGMA journal_mode = WAL")
                version = schema.current_version(conn)
                if version > schema.LATEST_VERSION:
                    raise StoreError(f"database {path} has schema version {version}, newer than this "
                                     f"newsdesk ({schema.LATEST_VERSION}): upgrade newsdesk", code="ND303")
                schema.migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{path} is not a usable newsdesk database: {exc}", code="ND302") from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------
    def find_hash(self, text_hash: str) -> Optional[str]:
        """Return the id of the stored article with this content hash, or None."""
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (text_hash,)).fetchone()
        return row[0] if row else None

    def stored_hash(self, article_id: str) -> Optional[str]:
        """Return the content hash stored under ``article_id``, or None."""
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def add_articles(self, articles: Iterable[Article], *, replace: bool = False) -> AddResult:
        """Write ``articles`` in one transaction and return what was added, duplicated or refused.

        Same text as a stored article: a duplicate, nothing written. Same id with other text:
        refused as a conflict, or, with ``replace``, the stored article and its rows are replaced.
        """
        result = AddResult()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for article in articles:
                    status = self._add_one(article, replace)
                    getattr(result, status).append(article.id)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}", code="ND300") from None
        return result

    def _add_one(self, article: Article, replace: bool) -> str:
        text_hash = content_hash(article.text)
        if self.find_hash(text_hash) is not None:
            return "duplicates"
        if self.stored_hash(article.id) is not None:
            if not replace:
                return "conflicts"
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        record = article.to_dict()
        del record["text"]
        _insert(self.conn, "articles", {
            "id": article.id, "content_hash": text_hash, "title": article.title,
            "published": article.published, "source": article.source, "url": article.url,
            "author": article.author, "language": article.language,
            "ingested": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "text": article.text, "record": json.dumps(record, ensure_ascii=False),
        })
        for table, rows in (("entities", entity_rows(article)), ("mentions", mention_rows(article)),
                            ("quotes", quote_rows(article)), ("events", event_rows(article)),
                            ("contested", contested_rows(article))):
            for row in rows:
                _insert(self.conn, table, row)
        return "added"

    # -- reading -------------------------------------------------------------------------
    def get(self, article_id: str) -> Article:
        """Return the stored Article with this id, exactly as it was added; raise KeyError if absent."""
        row = self.conn.execute("SELECT text, record FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
        return Article.from_dict(_record(*row))

    def __len__(self) -> int:
        return self.count("articles")

    def count(self, table: str) -> int:
        """Return the number of rows in one of the exported tables."""
        _check_table(table)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def search(self, query: str, limit: int = 10, marks: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
        """Return the articles matching a full-text query (FTS5 syntax or plain words), best first.

        Matches in the title weigh more than in the text; each hit carries a snippet of the text
        with the matched terms between ``marks``.
        """
        if not query or not query.strip():
            raise StoreError("empty search query", code="ND305")
        sql = (
            "SELECT a.id, a.title, a.published, a.source, a.url, "
            "snippet(articles_fts, 1, ?, ?, '…', 16), bm25(articles_fts, 5.0, 1.0) AS score "
            "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?"
        )
        try:
            rows = self.conn.execute(sql, (*marks, query, int(limit))).fetchall()
        except sqlite3.OperationalError:
            # Not valid FTS5 syntax ("U.S.", "al-Qaeda", "a:b"): search the words as plain terms.
            rows = self.conn.execute(sql, (*marks, _plain_query(query), int(limit))).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[3], r[4], " ".join(r[5].split()), float(r[6])) for r in rows]

    def iter_records(self) -> Iterator[dict[str, Any]]:
        """Yield every stored article's full analysis dict (``Article.to_dict()``), in ingest order."""
        for text, record in self.conn.execute("SELECT text, record FROM articles ORDER BY pk"):
            yield _record(text, record)

    def columns(self, table: str) -> list[str]:
        """Return the export columns of ``table``, as declared in the schema."""
        _check_table(table)
        if table == "articles":
            return list(_ARTICLE_EXPORT_COLUMNS)
        return [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def export_rows(self, table: str) -> tuple[list[str], Iterator[tuple]]:
        """Return the column names of ``table`` and an iterator over its rows, in ingest order."""
        columns = self.columns(table)
        if table == "articles":
            sql = (
                "SELECT a.id, a.content_hash, a.title, a.published, a.source, a.url, a.author, "
                "a.language, a.ingested, "
                "(SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id), "
                "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id), "
                "(SELECT COUNT(*) FROM events v WHERE v.article_id = a.id), "
                "a.text FROM articles a ORDER BY a.pk"
            )
        else:
            sql = (f"SELECT {', '.join('t.' + c for c in columns)} FROM {table} t "
                   f"JOIN articles a ON a.id = t.article_id ORDER BY a.pk, {_CHILD_ORDER[table]}")
        return columns, iter(self.conn.execute(sql))


# -- rows of the child tables: pure functions of an Article ----------------------------------
def entity_rows(article: Article) -> list[dict[str, Any]]:
    """Return one ``entities`` row per entity of the article."""
    return [{
        "article_id": article.id, "entity_id": e.id, "name": e.name, "type": e.type,
        "is_group": int(bool(e.group)), "country": e.country, "sector": e.sector, "code": e.code,
        "mentions": len(e.mentions), "first_start": min((m.start for m in e.mentions), default=None),
    } for e in article.entities]


def mention_rows(article: Article) -> list[dict[str, Any]]:
    """Return one ``mentions`` row per entity mention."""
    return [{"article_id": article.id, "entity_id": e.id, "start": m.start, "end": m.end,
             "text": m.text, "kind": m.kind}
            for e in article.entities for m in e.mentions]


def quote_rows(article: Article) -> list[dict[str, Any]]:
    """Return one ``quotes`` row per quotation, with speaker and reporting chain named."""
    names = _entity_names(article)
    rows = []
    for i, q in enumerate(article.quotes):
        rows.append({
            "article_id": article.id, "quote_index": i, "quote_id": q.id or None, "kind": q.kind,
            "stance": q.stance, "speaker": q.speaker, "speaker_name": names.get(q.speaker or ""),
            **_span("source", q.source, article.text), **_span("cue", q.cue, article.text),
            **_span("content", q.content, article.text),
            "via": json.dumps(list(q.via)), "via_names": _joined_names(q.via, names),
            "confidence": q.confidence,
        })
    return rows


def event_rows(article: Article) -> list[dict[str, Any]]:
    """Return one GDELT-like ``events`` row per event: actors, codes, place, date and provenance."""
    names = _entity_names(article)
    rows = []
    for i, ev in enumerate(article.events):
        date = ev.date.value if ev.date and ev.date.value else None
        place = ev.place
        rows.append({
            "article_id": article.id, "event_index": i, "event_id": ev.id or None,
            "date": date or article.published,
            "date_inherited": int(bool(ev.date.inherited)) if date else int(article.published is not None),
            "date_earliest": ev.date.earliest if date else _day(article.published),
            "date_latest": ev.date.latest if date else _day(article.published),
            **_actor("actor1", ev.source_actor, names),
            "plover": ev.plover, "mode": ev.mode, "cameo": ev.cameo,
            "cameo_root": (ev.cameo or "")[:2] or None,
            "quad_class": ev.quad_class, "goldstein": ev.goldstein,
            **_actor("actor2", ev.target_actor, names),
            "place_name": place.name if place else None, "place_lat": place.lat if place else None,
            "place_lon": place.lon if place else None, "place_country": place.country if place else None,
            "place_geonameid": place.geonameid if place else None,
            "attributed_to": ev.attributed_to, "attributed_name": names.get(ev.attributed_to or ""),
            "via": json.dumps(list(ev.via)), "via_names": _joined_names(ev.via, names),
            "negated": int(ev.negated), "hypothetical": int(ev.hypothetical), "scheduled": int(ev.scheduled),
            "confidence": ev.confidence,
            "trigger_text": ev.trigger.text if ev.trigger else None,
            "trigger_start": ev.trigger.start if ev.trigger else None,
            "trigger_end": ev.trigger.end if ev.trigger else None,
            "sentence_start": ev.sentence.start if ev.sentence else None,
            "sentence_end": ev.sentence.end if ev.sentence else None,
            "article_url": article.url,
        })
    return rows


def contested_rows(article: Article) -> list[dict[str, Any]]:
    """Return one ``contested`` row per side of each contested account."""
    names = _entity_names(article)
    quotes = {q.id: q for q in article.quotes}
    rows = []
    for c in article.contested:
        for i, side in enumerate(c.sides):
            statements = [article.text[quotes[q].content.start:quotes[q].content.end] for q in side.quotes if q in quotes]
            rows.append({
                "article_id": article.id, "contention_id": c.id, "side_index": i, "topic": c.topic,
                "reasons": ",".join(c.reasons), "confidence": c.confidence,
                "speaker": side.speaker, "speaker_name": names.get(side.speaker or ""),
                "via_names": _joined_names(side.via, names), "quote_ids": json.dumps(list(side.quotes)),
                "statements": " | ".join(" ".join(s.split()) for s in statements),
            })
    return rows


def _actor(prefix: str, actor: Optional[Actor], names: dict[str, str]) -> dict[str, Any]:
    if actor is None:
        keys = ("name", "code", "country", "sector", "entity", "start", "end")
        return {f"{prefix}_{k}": None for k in keys}
    return {
        f"{prefix}_name": names.get(actor.entity or "") or actor.text,
        f"{prefix}_code": actor.code, f"{prefix}_country": actor.country, f"{prefix}_sector": actor.sector,
        f"{prefix}_entity": actor.entity, f"{prefix}_start": actor.start, f"{prefix}_end": actor.end,
    }


def _span(prefix: str, span: Any, text: str) -> dict[str, Any]:
    if span is None:
        return {f"{prefix}_text": None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {f"{prefix}_text": span.text or text[span.start:span.end],
            f"{prefix}_start": span.start, f"{prefix}_end": span.end}


def _entity_names(article: Article) -> dict[str, str]:
    return {e.id: e.name for e in article.entities if isinstance(e, Entity)}


def _day(published: Optional[str]) -> Optional[str]:
    """Return the YYYY-MM-DD day of a publication date string, or None."""
    return published[:10] if published and len(published) >= 10 and published[4:5] == "-" else None


def _joined_names(ids: Iterable[str], names: dict[str, str]) -> Optional[str]:
    parts = [names.get(i, i) for i in ids]
    return "; ".join(parts) if parts else None


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))


def _record(text: str, record: str) -> dict[str, Any]:
    data = json.loads(record)
    return {"id": data.pop("id", None), "text": text, **data}  # the key order of Article.to_dict()


def _plain_query(query: str) -> str:
    words = [w for w in query.split() if w.strip('"')]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words) or '""'


def _check_table(table: str) -> None:
    if table not in EXPORT_TABLES:
        raise StoreError(f"unknown table {table!r}: choose one of {', '.join(EXPORT_TABLES)}", code="ND304")


def _check_version(conn: sqlite3.Connection, path: str) -> None:
    version = schema.current_version(conn)
    if version == 0:
        raise StoreError(f"{path} is not a newsdesk database", code="ND302")
    if version < schema.LATEST_VERSION:
        raise StoreError(f"database {path} has schema version {version}; run `newsdesk ingest` "
                         f"to upgrade it to {schema.LATEST_VERSION}", code="ND303")
    if version > schema.LATEST_VERSION:
        raise StoreError(f"database {path} has schema version {version}, newer than this newsdesk "
                         f"({schema.LATEST_VERSION}): upgrade newsdesk", code="ND303")
