"""Render the CLI reference (docs/cli.md) from the argument parsers themselves."""
from __future__ import annotations

import argparse

from newsdesk import settings


def render_cli_reference() -> str:
    """Return docs/cli.md: every subcommand's help text and the settings' environment variables."""
    from newsdesk.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    out = ["# Command-line reference", "",
           "Generated from the parsers by `python scripts/write_cli_docs.py`; a test keeps it current.", ""]
    for name, sp in sub.choices.items():
        sp.formatter_class = lambda prog: argparse.HelpFormatter(prog, width=100)
        out += [f"## newsdesk {name}", "", "```", sp.format_help().rstrip(), "```", ""]
    out += ["## Settings", "", "| setting | environment variable | default | meaning |", "|---|---|---|---|"]
    for s in settings.ALL_SETTINGS:
        out.append(f"| `{s.name}` | `{s.env}` | `{s.default}` | {s.help} |")
    return "\n".join(out) + "\n"
