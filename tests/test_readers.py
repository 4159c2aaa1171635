"""Reading inputs: every file kind and every bad input gives a RawArticle or a one-line Failure."""
from __future__ import annotations

import io
import sys

import pytest

from newsdesk.corpus.readers import (
    check_published, decode_text, is_binary, normalize_published, read_inputs, sniff_format,
)
from newsdesk.pipeline import Failure, RawArticle

STORY = "Port workers in Valdora walked out on Tuesday, the union said.\nShips waited offshore.\n"

HTML_STORY = (
    "<html><head><title>Strike closes port</title>"
    '<meta name="author" content="Mara Quill">'
    '<meta property="og:site_name" content="Harbour Herald">'
    '<meta name="date" content="2014-03-11"></head><body><article><h1>Strike closes port</h1>'
    "<p>Port workers in the city of Valdora walked out on Tuesday after talks over pay collapsed, "
    "the dockers' union said in a statement.</p>"
    "<p>Ships carrying grain and fuel waited offshore, and the harbour master said the backlog "
    "could take a week to clear once work resumed.</p></article></body></html>"
)


def read_one(tmp_path, name: str, data: bytes, published: str | None = None):
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = list(read_inputs([str(path)], published=published))
    return item


@pytest.mark.parametrize("name, data, code", [
    ("empty.txt", b"", "ND101"),
    ("blank.txt", b"  \n\t\n", "ND101"),
    ("nul.txt", b"Officials said\x00\x00\x01 more", "ND105"),
    ("noise.txt", bytes(range(1, 9)) * 200, "ND105"),
    ("scripts.html", b"<html><body><script>var a = 1;</script></body></html>", "ND103"),
    ("empty.html", b"", "ND101"),
    ("report.pdf", b"%PDF-1.4 something", "ND106"),
    ("data.json", b'{"text": "x"}', "ND106"),
    ("empty.jsonl", b"", "ND101"),
    ("nul.jsonl", b'{"id": "a", "text": "x\x00"}', "ND105"),
])
def test_bad_files_are_failures_with_codes(tmp_path, name, data, code):
    item = read_one(tmp_path, name, data)
    assert isinstance(item, Failure)
    assert item.code == code
    assert "\n" not in str(item)


def test_missing_file_is_nd102(tmp_path):
    (item,) = list(read_inputs([str(tmp_path / "absent.txt")]))
    assert isinstance(item, Failure)
    assert (item.code, item.id) == ("ND102", str(tmp_path / "absent.txt"))
    assert str(item).endswith("ND102 no such file or directory")


def test_text_file_is_read_exactly(tmp_path):
    text = "  Rain fell on Norvik.\r\nThe mayor said roads were shut. \n\n"
    item = read_one(tmp_path, "norvik-rain.txt", text.encode("utf-8"))
    assert isinstance(item, RawArticle)
    assert item.text == text
    assert item.id == "norvik-rain"
    assert (item.published, item.warnings) == (None, [])


def test_invalid_utf8_is_replaced_and_warned(tmp_path):
    item = read_one(tmp_path, "cafe.txt", b"Caf\xe9 owners protested in Valdora on Monday.\n")
    assert isinstance(item, RawArticle)
    assert item.text == "Caf\ufffd owners protested in Valdora on Monday.\n"
    assert item.warnings == ["input is not valid UTF-8: 1 invalid byte sequence(s) replaced with U+FFFD"]


def test_utf8_bom_is_dropped_and_utf16_decoded():
    assert decode_text(b"\xef\xbb\xbfHello") == ("Hello", [])
    assert decode_text("Hello".encode("utf-16")) == ("Hello", [])


def test_published_fills_only_missing_dates(tmp_path):
    item = read_one(tmp_path, "story.txt", STORY.encode(), published="2014-02-04")
    assert item.published == "2014-02-04"
    path = tmp_path / "two.jsonl"
    path.write_text('{"id": "a", "text": "One.", "published": "2013-11-02T08:00:00Z"}\n'
                    '{"id": "b", "text": "Two."}\n', encoding="utf-8")
    a, b = read_inputs([str(path)], published="2014-02-04")
    assert (a.published, b.published) == ("2013-11-02", "2014-02-04")


def test_html_gives_main_text_and_metadata(tmp_path):
    item = read_one(tmp_path, "strike.html", HTML_STORY.encode("utf-8"))
    assert isinstance(item, RawArticle)
    assert item.id == "strike"
    assert "walked out on Tuesday" in item.text
    assert "<p>" not in item.text
    assert (item.title, item.author, item.source, item.published) == (
        "Strike closes port", "Mara Quill", "Harbour Herald", "2014-03-11")
    # each block is a paragraph of its own: a blank line between the headline and the first paragraph
    assert item.text.startswith("Strike closes port\n\nPort workers in the city of Valdora")


def test_jsonl_goes_on_past_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "n1", "text": "Troops left the border town.", "title": "Pullback", "source": "Desk", "url": "http://x.invalid/1"}\n'
        "this is not json\n"
        "\n"
        '{"id": "n3", "title": "no text here"}\n'
        '["a", "list"]\n'
        '{"id": "n5", "text": "   "}\n'
        '{"text": "A line without an id."}\n'
        '{"id": 7, "text": "Numeric id.", "published": "yesterday"}\n',
        encoding="utf-8",
    )
    items = list(read_inputs([str(path)]))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("RawArticle", "n1"), ("Failure", "line 2"), ("Failure", "n3"), ("Failure", "line 5"),
        ("Failure", "n5"), ("RawArticle", items[5].id), ("RawArticle", "7"),
    ]
    first = items[0]
    assert (first.text, first.title, first.source, first.url) == (
        "Troops left the border town.", "Pullback", "Desk", "http://x.invalid/1")
    assert [i.code for i in items if isinstance(i, Failure)] == ["ND108", "ND108", "ND108", "ND101"]
    assert str(items[1]).startswith("line 2: ND108 batch.jsonl line 2: not JSON")
    assert items[5].id.startswith("sha1:")
    assert items[6].published is None
    assert items[6].warnings == ["published 'yesterday' is not YYYY-MM-DD: ignored"]


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "second.txt").write_text("Second story.", encoding="utf-8")
    (tmp_path / "a-first.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored too", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "j1", "text": "Third story."}\n', encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [(i.id, i.text) for i in items] == [
        ("a-first", "First story."), ("second", "Second story."), ("j1", "Third story.")]


def test_empty_directory_is_a_failure(tmp_path):
    (item,) = list(read_inputs([str(tmp_path)]))
    assert isinstance(item, Failure) and item.code == "ND101"


@pytest.mark.parametrize("data, kind, ids", [
    (b'{"id": "s1", "text": "From a pipe."}\n{"id": "s2", "text": "Again."}\n', "jsonl", ["s1", "s2"]),
    (HTML_STORY.encode(), "html", ["stdin"]),
    (b"Plain words from a pipe.\n", "text", ["stdin"]),
])
def test_stdin_is_sniffed(monkeypatch, data, kind, ids):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    items = list(read_inputs(["-"]))
    assert sniff_format(data.decode()) == kind
    assert [i.id for i in items] == ids
    assert all(isinstance(i, RawArticle) for i in items)
    if kind == "text":
        assert items[0].text == data.decode()


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDESK_MAX_CHARS", "100")
    item = read_one(tmp_path, "long.txt", b"word " * 200)
    assert isinstance(item, Failure) and item.code == "ND104"
    assert item.message == ("file is 1,000 bytes, more than the limit allows; the limit is 100 characters "
                            "(set NEWSDESK_MAX_CHARS to raise it)")


@pytest.mark.parametrize("text, kind", [("  {\"a\": 1}", "jsonl"), ("\n<!doctype html>", "html"),
                                        ("Officials said", "text"), ("", "text")])
def test_sniff_format(text, kind):
    assert sniff_format(text) == kind


@pytest.mark.parametrize("value, expected", [
    ("2014-02-04", "2014-02-04"), ("2014-02-04T10:00:00+00:00", "2014-02-04"),
    ("Feb 4, 2014", None), (None, None), (20140204, None)])
def test_normalize_published(value, expected):
    assert normalize_published(value) == expected


def test_is_binary():
    assert is_binary(b"ab\x00cd")
    assert not is_binary("Zürich talks résumé — “quoted”".encode("utf-8"))


@pytest.mark.parametrize("html", [
    "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    "<html><head><title>Page</title></head><body><div>Contact us</div><footer>Copyright 2014</footer></body></html>",
    "<html><head><title>Breaking: port closed</title></head><body><h1>Breaking: port closed</h1></body></html>",
])
def test_html_with_only_navigation_or_a_title_is_nd103(tmp_path, html):
    item = read_one(tmp_path, "page.html", html.encode("utf-8"))
    assert isinstance(item, Failure) and item.code == "ND103"
    assert str(item) == "page: ND103 HTML with no article text"


def test_check_published():
    from newsdesk.errors import InputError

    assert check_published("2014-02-04") == "2014-02-04"
    assert check_published(None) is None
    with pytest.raises(InputError) as err:
        check_published("2014-02-30")
    assert str(err.value) == "ND107 --published must be YYYY-MM-DD, got '2014-02-30'"
