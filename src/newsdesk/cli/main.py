"""Entry point of the ``newsdesk`` command.

Each subcommand lives in its own module ``newsdesk.cli.<name>`` exposing
``register(subparsers)`` (which sets ``func`` on its parser) and returning an
exit code from ``func(args)``. Errors the user can act on are printed as one
line on stderr with a non-zero exit; nothing reaches the user as a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from newsdesk import __version__
from newsdesk.errors import NewsdeskError

SUBCOMMANDS = ("analyze", "ingest", "search", "export", "bench", "build_data")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Who did what to whom, when, where - and who says so: structured analysis of news articles.",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"newsdesk.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"newsdesk.cli.{name}":
                continue  # a subcommand still being built
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except NewsdeskError as exc:
        print(f"newsdesk: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
