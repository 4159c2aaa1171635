"""docs/cli.md is generated from the parsers: a new command or option fails here until documented."""
from __future__ import annotations

from pathlib import Path

from newsdesk.cli.docs import render_cli_reference
from newsdesk.cli.main import SUBCOMMANDS

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_cli_reference_is_current():
    assert DOC.read_text(encoding="utf-8") == render_cli_reference(), "run: .venv/bin/python scripts/write_cli_docs.py"


def test_every_subcommand_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for name in SUBCOMMANDS:
        assert f"## newsdesk {name.replace('_', '-')}" in text
