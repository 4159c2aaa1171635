"""The public schema: the JSON Schema file, its docs and real output stay in step with the records."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest

import newsdesk
from conftest import read_article
from newsdesk import records
from newsdesk.records import Article, Entity, Mention, Quote, TextSpan, json_schema

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = Path(newsdesk.__file__).parent / "schema" / "analysis.schema.json"


def test_schema_file_is_generated_from_the_records():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema(), \
        "run: .venv/bin/python scripts/write_schema.py"


def test_every_record_field_is_documented():
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for cls in [c for c in vars(records).values() if dataclasses.is_dataclass(c)]:
        assert f"## {cls.__name__}" in doc, f"docs/schema.md lacks a section for {cls.__name__}"
        for f in dataclasses.fields(cls):
            assert f"`{f.name}`" in doc, f"docs/schema.md does not document {cls.__name__}.{f.name}"


def test_the_documented_stances_are_the_closed_set_the_attribution_layer_uses():
    from newsdesk.extract.quote_stance import STANCES

    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    line = next(ln for ln in doc.splitlines() if ln.startswith("| `stance`"))
    documented = {part.split("`")[1] for part in line.split("closed set:")[1].split(",")}
    assert documented == set(STANCES) | {"asserts"}


@pytest.mark.parametrize("name", ["contested_talks.txt", "nested_attribution.txt", "port_strike_footer.txt"])
def test_real_output_validates_against_the_schema(analyze, name):
    article = analyze(read_article(name), published="2021-03-03")
    jsonschema.validate(article.to_dict(), json_schema())


def test_round_trip_through_dict_is_exact():
    article = Article(
        id="a1", text="Officials said so.",
        entities=[Entity("E1", "officials", "PERSON", [Mention(0, 9, "Officials", "nominal")], group=True)],
        quotes=[Quote(TextSpan(15, 17, "so"), TextSpan(0, 9, "Officials"), TextSpan(10, 14, "said"), "E1",
                      "indirect", id="Q1", via=["E2"], stance="asserts", confidence=0.8)],
    )
    data = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(data) == article


def test_unknown_keys_are_ignored_when_reading():
    data = {"id": "x", "text": "t", "future_field": 1}
    assert Article.from_dict(data) == Article(id="x", text="t")


def test_plain_text_output_keeps_the_input_text_exactly(analyze):
    text = "  Leading spaces and a tab\tstay.\r\nWindows line ends stay too.\n"
    assert analyze(text).text == text
