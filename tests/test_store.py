"""The SQLite store: exact round-trips, duplicates, full-text search, WAL readers, GDELT-like rows."""
from __future__ import annotations

import sqlite3

import pytest

from newsdesk.errors import StoreError
from newsdesk.records import (
    Actor, Article, DateValue, Entity, Event, EventDate, EventPlace, Mention, Place, Quote, TextSpan,
)
from newsdesk.store import Store, content_hash
from newsdesk.store import schema

TALKS = ("Valdoran President Ilse Marrow met rebel envoys in Port Celt on Monday, the Harbour Herald reported. "
         "\"We will not sign anything today,\" Marrow said.")


def talks_article(article_id: str = "talks-1", text: str = TALKS) -> Article:
    return Article(
        id=article_id, text=text, title="Marrow meets rebel envoys", published="2014-02-03",
        source="Harbour Herald", url="http://herald.invalid/talks", author="Jo Penn", language="en",
        warnings=["a warning"], boilerplate=[TextSpan(0, 0, "")],
        entities=[
            Entity("E1", "Ilse Marrow", "PERSON", [Mention(19, 30, "Ilse Marrow"), Mention(136, 142, "Marrow", "surname")],
                   country="VAL", sector="GOV", code="VALGOV"),
            Entity("E2", "rebel envoys", "NORP", [Mention(35, 47, "rebel envoys", "nominal")], group=True),
            Entity("E3", "the Harbour Herald", "ORG", [Mention(72, 90, "the Harbour Herald")], sector="MED"),
        ],
        quotes=[Quote(content=TextSpan(102, 133, "We will not sign anything today"), source=TextSpan(136, 142, "Marrow"),
                      cue=TextSpan(143, 147, "said"), speaker="E1", kind="direct", id="Q1", via=["E3"],
                      stance="denies", confidence=0.9)],
        events=[Event(plover="CONSULT", cameo="040", id="V1",
                      source_actor=Actor(19, 30, "Ilse Marrow", entity="E1", code="VALGOV", country="VAL", sector="GOV"),
                      target_actor=Actor(35, 47, "rebel envoys", entity="E2", sector="REB"),
                      trigger=TextSpan(31, 34, "met"), sentence=TextSpan(0, 100), mode="in-person",
                      quad_class=1, goldstein=1.0, attributed_to="E3", via=["E3"],
                      date=EventDate("2014-02-03", 64, 70, earliest="2014-02-03", latest="2014-02-03"), place=EventPlace("Port Celt", 10.5, -20.25, start=51, end=60)),
                Event(plover="REJECT", cameo="12", source_actor=Actor(136, 142, "Marrow", entity="E1"),
                      target_actor=None, negated=True, hypothetical=True)],
        places=[Place(51, 60, "Port Celt", "Port Celt", 10.5, -20.25, 123, "VA", "P")],
        dates=[DateValue(64, 70, "Monday", "2014-02-03")],
    )


def test_hand_built_offsets_index_the_text():
    article = talks_article()
    spans = [m for e in article.entities for m in e.mentions] + [article.quotes[0].content, article.quotes[0].cue]
    assert all(TALKS[s.start:s.end] == s.text for s in spans)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "news.db") as s:
        yield s


def test_article_round_trips_exactly(store):
    article = talks_article()
    assert store.add_articles([article]).added == ["talks-1"]
    assert store.get("talks-1") == article
    assert store.get("talks-1").to_dict() == article.to_dict()
    assert list(store.iter_records()) == [article.to_dict()]
    assert list(store.iter_records())[0].keys() == article.to_dict().keys()


def test_get_unknown_id_raises_keyerror(store):
    with pytest.raises(KeyError):
        store.get("nope")


def test_same_text_is_a_duplicate_and_adds_nothing(store):
    store.add_articles([talks_article()])
    result = store.add_articles([talks_article("talks-copy"), talks_article()])
    assert (result.added, result.duplicates) == ([], ["talks-copy", "talks-1"])
    assert (store.count("articles"), store.count("events"), store.count("entities")) == (1, 2, 3)
    assert store.find_hash(content_hash(TALKS)) == "talks-1"


def test_duplicate_within_one_batch(store):
    result = store.add_articles([talks_article("a"), talks_article("b")])
    assert (result.added, result.duplicates) == (["a"], ["b"])


def test_same_id_other_text_is_a_conflict_unless_replace(store):
    store.add_articles([talks_article()])
    revised = Article(id="talks-1", text="Talks in Port Celt were postponed.", title="Talks postponed")
    assert store.add_articles([revised]).conflicts == ["talks-1"]
    assert store.get("talks-1").title == "Marrow meets rebel envoys"
    assert store.add_articles([revised], replace=True).added == ["talks-1"]
    assert store.get("talks-1") == revised
    assert (store.count("articles"), store.count("events"), store.count("quotes")) == (1, 0, 0)
    assert [h.id for h in store.search("postponed")] == ["talks-1"]
    assert store.search("envoys") == []


def test_a_failing_batch_writes_nothing(store):
    def articles():
        yield talks_article()
        raise RuntimeError("analysis broke")

    with pytest.raises(RuntimeError):
        store.add_articles(articles())
    assert store.count("articles") == 0
    assert store.search("Marrow") == []


@pytest.mark.parametrize("query, ids", [
    ("rebels", ["talks-1"]),
    ("protest", ["strike-1"]),          # porter stemming: "protesters"
    ("envoy", ["strike-1", "talks-1"]),
    ("Marrow AND dockers", []),
    ("Marrow OR dockers", ["strike-1", "talks-1"]),
    ('"rebel envoys"', ["talks-1"]),
    ("U.S.", ["strike-1"]),             # not FTS5 syntax: searched as a plain phrase
    ("Zürich", ["strike-1"]),
    ("zurich", ["strike-1"]),           # diacritics folded
    ("banana", []),
])
def test_search(store, query, ids):
    strike = Article(id="strike-1", title="Dockers strike",
                     text="Protesters joined dockers in Zürich; a U.S. envoy watched.")
    store.add_articles([talks_article(), strike])
    assert sorted(h.id for h in store.search(query)) == ids


def test_search_hit_has_snippet_and_metadata(store):
    store.add_articles([talks_article()])
    (hit,) = store.search("envoys")
    assert (hit.id, hit.title, hit.published, hit.source) == (
        "talks-1", "Marrow meets rebel envoys", "2014-02-03", "Harbour Herald")
    assert "[envoys]" in hit.snippet
    assert store.search("sign", limit=1)[0].snippet.count("[sign]") == 1


def test_title_match_ranks_first(store):
    store.add_articles([
        Article(id="body", text="A long report on harbours, fish and weather, mentioning grain once."),
        Article(id="title", title="Grain prices", text="Markets moved sharply on Friday."),
    ])
    assert [h.id for h in store.search("grain")] == ["title", "body"]


def test_empty_query_is_an_error(store):
    with pytest.raises(StoreError) as err:
        store.search("   ")
    assert err.value.code == "ND305"


def test_reader_works_while_writer_holds_a_transaction(tmp_path):
    path = tmp_path / "news.db"
    writer = Store.open(path)
    writer.add_articles([talks_article()])
    writer.conn.execute("BEGIN IMMEDIATE")
    writer.conn.execute(
        "INSERT INTO articles(id, content_hash, title, ingested, text, record) VALUES (?, ?, ?, ?, ?, ?)",
        ("pending", "h", "Pending story", "now", "An uncommitted story about envoys.", '{"id": "pending"}'))
    reader = Store.open(path, readonly=True)
    assert [h.id for h in reader.search("envoys")] == ["talks-1"]     # the committed snapshot only
    assert reader.get("talks-1") == talks_article()
    assert reader.count("articles") == 1
    writer.conn.execute("COMMIT")
    assert reader.count("articles") == 2
    reader.close()
    writer.close()


def test_database_is_wal_and_migrations_are_recorded(tmp_path):
    path = tmp_path / "news.db"
    Store.open(path).close()
    with Store.open(path) as again:  # reopening applies nothing twice
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        rows = again.conn.execute("SELECT version, description FROM schema_migrations").fetchall()
        assert rows == [(v, d) for v, d, _ in schema.MIGRATIONS]
        assert schema.current_version(again.conn) == schema.LATEST_VERSION


def test_readonly_open_of_missing_file_is_nd301(tmp_path):
    with pytest.raises(StoreError) as err:
        Store.open(tmp_path / "absent.db", readonly=True)
    assert err.value.code == "ND301"
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.parametrize("readonly", [False, True])
def test_a_file_that_is_not_a_database_is_nd302(tmp_path, readonly):
    path = tmp_path / "notes.db"
    path.write_text("shopping list: bread, milk\n" * 20)
    with pytest.raises(StoreError) as err:
        Store.open(path, readonly=readonly)
    assert err.value.code == "ND302"


def test_an_empty_sqlite_file_is_not_a_newsdesk_database(tmp_path):
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(StoreError) as err:
        Store.open(path, readonly=True)
    assert err.value.code == "ND302"


def test_event_rows_are_gdelt_like(store):
    store.add_articles([talks_article()])
    columns, rows = store.export_rows("events")
    first, second = (dict(zip(columns, r)) for r in rows)
    assert {k: first[k] for k in (
        "article_id", "date", "date_inherited", "actor1_name", "actor1_code", "actor1_country", "actor1_sector",
        "plover", "mode", "cameo", "cameo_root", "quad_class", "goldstein", "actor2_name", "actor2_sector",
        "place_name", "place_lat", "place_lon", "attributed_to", "attributed_name", "via", "via_names",
        "negated", "trigger_text", "sentence_start", "sentence_end", "article_url")} == {
        "article_id": "talks-1", "date": "2014-02-03", "date_inherited": 0, "actor1_name": "Ilse Marrow",
        "actor1_code": "VALGOV", "actor1_country": "VAL", "actor1_sector": "GOV", "plover": "CONSULT",
        "mode": "in-person", "cameo": "040", "cameo_root": "04", "quad_class": 1, "goldstein": 1.0,
        "actor2_name": "rebel envoys", "actor2_sector": "REB", "place_name": "Port Celt", "place_lat": 10.5,
        "place_lon": -20.25, "attributed_to": "E3", "attributed_name": "the Harbour Herald", "via": '["E3"]',
        "via_names": "the Harbour Herald", "negated": 0, "trigger_text": "met", "sentence_start": 0,
        "sentence_end": 100, "article_url": "http://herald.invalid/talks"}
    # No date of its own: the publication date, marked as inherited; no target: empty actor2.
    assert (second["date"], second["date_inherited"], second["actor1_name"], second["actor2_name"]) == (
        "2014-02-03", 1, "Ilse Marrow", None)
    # the calendar days each date covers (migration 3)
    assert (first["date_earliest"], first["date_latest"]) == ("2014-02-03", "2014-02-03")
    assert (second["date_earliest"], second["date_latest"]) == ("2014-02-03", "2014-02-03")
    assert (second["negated"], second["hypothetical"], second["scheduled"]) == (1, 1, 0)


def test_quote_entity_and_article_rows(store):
    store.add_articles([talks_article()])
    columns, rows = store.export_rows("quotes")
    (quote,) = [dict(zip(columns, r)) for r in rows]
    assert {k: quote[k] for k in ("speaker", "speaker_name", "source_text", "cue_text", "content_text",
                                  "content_start", "content_end", "kind", "stance", "via_names")} == {
        "speaker": "E1", "speaker_name": "Ilse Marrow", "source_text": "Marrow", "cue_text": "said",
        "content_text": "We will not sign anything today", "content_start": 102, "content_end": 133,
        "kind": "direct", "stance": "denies", "via_names": "the Harbour Herald"}
    columns, rows = store.export_rows("entities")
    assert [(r[columns.index("entity_id")], r[columns.index("mentions")], r[columns.index("is_group")])
            for r in rows] == [("E1", 2, 0), ("E2", 1, 1), ("E3", 1, 0)]
    columns, rows = store.export_rows("articles")
    (row,) = list(rows)
    article = dict(zip(columns, row))
    assert (article["id"], article["n_entities"], article["n_quotes"], article["n_events"], article["text"]) == (
        "talks-1", 3, 1, 2, TALKS)
    assert store.count("mentions") == 4


def test_unknown_table_is_an_error(store):
    with pytest.raises(StoreError):
        store.export_rows("sqlite_master")


def test_contested_rows_one_per_side(store, analyze):
    from conftest import read_article

    article = analyze(read_article("../../src/newsdesk/samples/kabul_talks.txt"), published="2014-02-04")
    store.add_articles([article])
    columns, rows = store.export_rows("contested")
    sides = [dict(zip(columns, r)) for r in rows]
    assert [(s["contention_id"], s["side_index"], s["topic"], s["reasons"], s["speaker_name"]) for s in sides] == [
        ("C1", 0, "talks", "opposite_outcome,denial", "Aimal Faizi"),
        ("C1", 1, "talks", "opposite_outcome,denial", "American officials")]
    assert sides[0]["quote_ids"] == '["Q5", "Q9"]'
    assert "fizzled" in sides[1]["statements"]


def test_a_version_1_database_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    first = schema.MIGRATIONS[0]
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                 "applied TEXT NOT NULL)")
    for statement in schema._statements(first[2]):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_migrations VALUES (1, ?, '2026-01-01T00:00:00+00:00')", (first[1],))
    conn.close()
    with Store.open(path) as store:
        assert schema.current_version(store.conn) == schema.LATEST_VERSION
        assert store.count("contested") == 0
