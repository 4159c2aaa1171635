"""`newsdesk ingest`, `search` and `export`, run in-process: exit codes, summaries, one-line errors."""
from __future__ import annotations

import csv
import io
import json

import pytest

from newsdesk.cli.main import main
from newsdesk.records import Actor, Article, Event
from newsdesk.store import Store

FLOOD = "Floodwaters cut the road to Norvik on Sunday, the regional governor said.\n"
DOCKS = "Dock workers in Valdora ended their strike after the port authority raised wages."
BRIDGE = "Engineers closed the old bridge over the Ester river for repairs, officials said."


@pytest.fixture
def inputs(tmp_path, nlp):  # nlp: load the pipeline once for the session
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "flood.txt").write_text(FLOOD, encoding="utf-8")
    (folder / "batch.jsonl").write_text(
        json.dumps({"id": "docks", "text": DOCKS, "title": "Strike ends", "published": "2014-03-12"}) + "\n"
        + "{broken json\n"
        + json.dumps({"id": "bridge", "text": BRIDGE, "source": "Ester Post"}) + "\n",
        encoding="utf-8",
    )
    return folder


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_stores_good_articles_and_reports_bad_ones(tmp_path, inputs, capsys):
    db = str(tmp_path / "news.db")
    code, out, err = run(capsys, "ingest", str(inputs), "--db", db, "--published", "2014-03-10")
    assert code == 1  # one bad record
    assert out == ""
    lines = err.strip().splitlines()
    assert lines[-1] == f"newsdesk: ingested 3, duplicates 0, failed 1 (into {db})"
    assert "newsdesk: error: line 2: ND108 batch.jsonl line 2: not JSON" in err
    with Store.open(db, readonly=True) as store:
        assert store.get("flood").text == FLOOD
        assert store.get("flood").published == "2014-03-10"
        assert store.get("docks").published == "2014-03-12"
        assert store.get("bridge").source == "Ester Post"
        assert {r["id"] for r in store.iter_records()} == {"flood", "docks", "bridge"}


def test_reingest_skips_stored_articles_without_analysing_them(tmp_path, inputs, capsys, monkeypatch):
    import newsdesk.pipeline as pipeline

    db = str(tmp_path / "news.db")
    assert run(capsys, "ingest", str(inputs / "flood.txt"), "--db", db)[0] == 0
    analysed: list[str] = []
    real = pipeline.analyze_raw

    def spy(raws, *args, **kwargs):
        def seen():
            for raw in raws:
                analysed.append(raw.id)
                yield raw
        return real(seen(), *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze_raw", spy)
    (inputs / "batch.jsonl").write_text(json.dumps({"id": "docks", "text": DOCKS}) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(inputs), "--db", db)
    assert code == 0
    assert analysed == ["docks"]
    assert "newsdesk: duplicate: flood is already stored: skipped" in err
    assert err.strip().splitlines()[-1].startswith("newsdesk: ingested 1, duplicates 1, failed 0")
    analysed.clear()
    code, _, err = run(capsys, "ingest", str(inputs), "--db", db)
    assert (code, analysed) == (0, [])
    assert err.strip().splitlines()[-1].startswith("newsdesk: ingested 0, duplicates 2, failed 0")
    with Store.open(db, readonly=True) as store:
        assert store.count("articles") == 2


def test_same_text_under_another_id_is_a_duplicate(tmp_path, inputs, capsys):
    db = str(tmp_path / "news.db")
    copy = tmp_path / "copy.jsonl"
    copy.write_text(json.dumps({"id": "flood-copy", "text": FLOOD}) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(inputs / "flood.txt"), str(copy), "--db", db)
    assert code == 0
    assert "newsdesk: duplicate: flood-copy has the same text as article flood: skipped" in err
    assert "ingested 1, duplicates 1, failed 0" in err


def test_same_id_with_new_text_needs_replace(tmp_path, inputs, capsys):
    db = str(tmp_path / "news.db")
    run(capsys, "ingest", str(inputs / "flood.txt"), "--db", db)
    (inputs / "flood.txt").write_text(FLOOD + "The road reopened on Monday.\n", encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(inputs / "flood.txt"), "--db", db)
    assert code == 1
    assert "newsdesk: error: flood: ND306 an article with this id and different text is already stored" in err
    code, _, err = run(capsys, "ingest", str(inputs / "flood.txt"), "--db", db, "--replace")
    assert code == 0
    with Store.open(db, readonly=True) as store:
        assert store.get("flood").text.endswith("reopened on Monday.\n")
        assert store.count("articles") == 1


@pytest.mark.parametrize("name, data, code", [
    ("empty.txt", b"", "ND101"),
    ("binary.txt", b"\x89PNG\r\n\x00\x00\x00", "ND105"),
    ("french.txt", "Les ministres se sont réunis lundi à Paris pour discuter du budget de l'année "
                   "prochaine et des réformes annoncées par le gouvernement.".encode(), "ND110"),
])
def test_ingest_of_only_bad_input_fails(tmp_path, capsys, nlp, name, data, code):
    path = tmp_path / name
    path.write_bytes(data)
    db = str(tmp_path / "news.db")
    rc, _, err = run(capsys, "ingest", str(path), "--db", db)
    assert rc == 1
    assert f": {code} " in err
    assert err.strip().splitlines()[-1] == f"newsdesk: ingested 0, duplicates 0, failed 1 (into {db})"


def test_ingest_rejects_a_bad_published_date(tmp_path, capsys):
    rc, _, err = run(capsys, "ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--published", "March 3")
    assert rc == 1
    assert err == "newsdesk: error: ND107 --published must be YYYY-MM-DD, got 'March 3'\n"


@pytest.mark.parametrize("command", [["search", "flood"], ["export", "--format", "csv"], ["export", "--events"]])
def test_missing_database_is_a_one_line_error(tmp_path, capsys, command):
    db = str(tmp_path / "absent.db")
    rc, out, err = run(capsys, *command, "--db", db)
    assert (rc, out) == (1, "")
    assert err == f"newsdesk: error: ND301 no database at {db}: run `newsdesk ingest` first\n"


@pytest.fixture
def db(tmp_path):
    """A store with two hand-built articles, one of them with two events."""
    path = str(tmp_path / "news.db")
    docks = Article(id="docks", text=DOCKS, title="Strike ends", published="2014-03-12", url="http://x.invalid/d",
                    events=[Event("AGREE", "057", Actor(0, 12, "Dock workers", country="VAL", sector="LAB"),
                                  Actor(56, 74, "the port authority", sector="GOV")),
                            Event("CONCEDE", "08", Actor(56, 74, "the port authority"), None)])
    with Store.open(path) as store:
        store.add_articles([Article(id="flood", text=FLOOD, published="2014-03-10"), docks])
    return path


def test_search_text_and_json(db, capsys):
    rc, out, err = run(capsys, "search", "strike", "--db", db)
    assert rc == 0
    assert out == ("docks  Strike ends  [2014-03-12]\n"
                   "    Dock workers in Valdora ended their [strike] after the port authority raised wages.\n")
    assert err == "newsdesk: 1 result\n"
    rc, out, _ = run(capsys, "search", "Norvik OR Valdora", "--db", db, "--format", "json", "--limit", "5")
    hits = json.loads(out)
    assert rc == 0
    assert sorted(h["id"] for h in hits) == ["docks", "flood"]
    assert set(hits[0]) == {"id", "title", "published", "source", "url", "snippet", "score"}
    rc, out, err = run(capsys, "search", "volcano", "--db", db)
    assert (rc, out, err) == (0, "", "newsdesk: 0 results\n")


def test_export_articles_jsonl_is_the_full_records(db, capsys):
    rc, out, err = run(capsys, "export", "--db", db, "--format", "jsonl")
    assert rc == 0
    records = [json.loads(line) for line in out.splitlines()]
    with Store.open(db, readonly=True) as store:
        assert records == [store.get("flood").to_dict(), store.get("docks").to_dict()]
    assert Article.from_dict(records[1]).events[0].plover == "AGREE"
    assert err == "newsdesk: exported 2 articles rows\n"


def test_export_events_csv(db, capsys, tmp_path):
    target = tmp_path / "events.csv"
    rc, out, err = run(capsys, "export", "--db", db, "--events", "--format", "csv", "--output", str(target))
    assert (rc, out) == (0, "")
    assert err == f"newsdesk: exported 2 events rows to {target}\n"
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["article_id"], r["plover"], r["cameo"], r["actor1_name"], r["actor2_name"], r["date"]) for r in rows] == [
        ("docks", "AGREE", "057", "Dock workers", "the port authority", "2014-03-12"),
        ("docks", "CONCEDE", "08", "the port authority", "", "2014-03-12"),
    ]
    assert {"quad_class", "goldstein", "attributed_to", "via", "place_lat", "place_lon",
            "sentence_start", "sentence_end", "article_url", "actor1_country", "actor1_sector"} <= set(rows[0])


@pytest.mark.parametrize("table, columns, count", [
    ("articles", ["id", "content_hash", "title", "published", "source", "url", "author", "language",
                  "ingested", "n_entities", "n_quotes", "n_events", "text"], 2),
    ("entities", None, 0),
    ("quotes", None, 0),
    ("events", None, 2),
])
def test_export_csv_tables(db, capsys, table, columns, count):
    rc, out, _ = run(capsys, "export", "--db", db, "--format", "csv", "--table", table)
    rows = list(csv.reader(io.StringIO(out)))
    assert rc == 0
    assert len(rows) == count + 1
    if columns:
        assert rows[0] == columns
    if table == "articles":
        assert [r[0] for r in rows[1:]] == ["flood", "docks"]
        assert rows[1][-1] == FLOOD  # newlines survive CSV quoting
        assert rows[2][columns.index("n_events")] == "2"


def test_export_events_jsonl_rows(db, capsys):
    rc, out, _ = run(capsys, "export", "--db", db, "--table", "events")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rc == 0
    assert [(r["plover"], r["actor1_country"], r["actor1_sector"], r["actor2_sector"]) for r in rows] == [
        ("AGREE", "VAL", "LAB", "GOV"), ("CONCEDE", None, None, None)]


def test_search_and_export_work_while_an_ingest_holds_the_write_lock(db, capsys):
    with Store.open(db) as writer:
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute(  # an uncommitted article, as mid-batch
            "INSERT INTO articles(id, content_hash, ingested, text, record) VALUES ('new', 'h', 'now', "
            "'Strike talks resumed in the capital.', '{\"id\": \"new\"}')")
        rc, out, _ = run(capsys, "search", "strike", "--db", db)
        assert rc == 0 and out.startswith("docks  ")
        rc, out, _ = run(capsys, "export", "--db", db, "--format", "csv")
        assert rc == 0 and len(list(csv.reader(io.StringIO(out)))) == 3
        writer.conn.execute("ROLLBACK")


def test_invalid_utf8_is_ingested_with_a_warning(tmp_path, capsys, nlp):
    path = tmp_path / "cafe.txt"
    path.write_bytes(b"Caf\xe9 owners in Valdora protested against new taxes on Monday, the union said.\n")
    db = str(tmp_path / "news.db")
    rc, _, err = run(capsys, "ingest", str(path), "--db", db)
    assert rc == 0 and "ingested 1, duplicates 0, failed 0" in err
    with Store.open(db, readonly=True) as store:
        article = store.get("cafe")
    assert article.text.startswith("Caf\ufffd owners")
    assert "input is not valid UTF-8: 1 invalid byte sequence(s) replaced with U+FFFD" in article.warnings


def test_too_long_article_is_refused_and_counted(tmp_path, capsys, nlp, monkeypatch):
    monkeypatch.setenv("NEWSDESK_MAX_CHARS", "60")
    path = tmp_path / "long.txt"
    path.write_text("The council met again on Tuesday to debate the new harbour budget.\n", encoding="utf-8")
    rc, _, err = run(capsys, "ingest", str(path), "--db", str(tmp_path / "news.db"))
    assert rc == 1
    assert "newsdesk: error: long: ND104 article is 67 characters; the limit is 60" in err
