"""`newsdesk bench` times bare spaCy and the full pipeline on the same texts and reports real figures."""
from __future__ import annotations

import json

import pytest

from newsdesk.bench import read_corpus, run_bench
from newsdesk.cli.main import main


def test_bench_reports_real_ratio_and_layers(tmp_path, capsys):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(
        "Rebels attacked a police post in Kandahar on Monday, officials said.\n"
        "The minister said on Tuesday that talks with the union would resume next week.\n"
        "Protesters marched through Tbilisi as Georgia recalled its ambassador.\n",
        encoding="utf-8",
    )
    assert len(read_corpus(str(corpus))) == 3
    code = main(["bench", str(corpus), "--json", "--repeat", "1"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["articles"] == 3 and data["words"] > 30 and data["failures"] == 0
    assert data["bare_seconds"] > 0 and data["full_seconds"] > 0
    assert data["ratio"] == pytest.approx(data["bare_seconds"] / data["full_seconds"], rel=0.02)
    assert set(data["layer_share_of_bare"]) >= {"newsdesk_entities", "newsdesk_quotes", "newsdesk_events"}


def test_run_bench_counts_words_without_punctuation():
    from newsdesk.pipeline import RawArticle

    result = run_bench([RawArticle("a", "Police arrested two men in Dravik on Friday.")], repeat=1)
    assert result.words == 8 and result.articles == 1
    assert "ratio full/bare throughput" in "\n".join(result.lines())
