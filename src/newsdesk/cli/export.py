"""`newsdesk export`: the stored articles, entities, quotes or events as JSONL or CSV."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from contextlib import contextmanager
from typing import IO, Iterator

from newsdesk import settings


def register(sub: argparse._SubParsersAction) -> None:
    from newsdesk.store import EXPORT_TABLES

    p = sub.add_parser(
        "export",
        help="export stored articles, entities, quotes or events as JSONL or CSV",
        description="Export one table of the store. JSONL of articles writes the full analysis "
                    "records; the events table is GDELT-like (actors, PLOVER/CAMEO codes, QuadClass, "
                    "Goldstein, place, date, who says so).",
    )
    p.add_argument("--db", default=str(settings.DB_PATH.value()), help=f"{settings.DB_PATH.help} "
                   f"(default: {settings.DB_PATH.value()}; env {settings.DB_PATH.env})")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="jsonl (default) or csv")
    p.add_argument("--table", choices=EXPORT_TABLES, default="articles", help="table to export (default: articles)")
    p.add_argument("--events", dest="table", action="store_const", const="events", help="short for --table events")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsdesk.store import Store

    with Store.open(args.db, readonly=True) as store, _opened(args.output) as out:
        if args.format == "jsonl" and args.table == "articles":
            n = _write_jsonl(out, store.iter_records())
        else:
            columns, rows = store.export_rows(args.table)
            if args.format == "csv":
                n = _write_csv(out, columns, rows)
            else:
                n = _write_jsonl(out, (dict(zip(columns, row)) for row in rows))
    where = f" to {args.output}" if args.output else ""
    print(f"newsdesk: exported {n} {args.table} row{'s' if n != 1 else ''}{where}", file=sys.stderr)
    return 0


def _write_jsonl(out: IO[str], records: Iterator[dict]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_csv(out: IO[str], columns: list[str], rows: Iterator[tuple]) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


@contextmanager
def _opened(path: str | None) -> Iterator[IO[str]]:
    from newsdesk.errors import StoreError

    if not path or path == "-":
        yield sys.stdout
        return
    try:
        handle = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}", code="ND300") from None
    with handle:
        yield handle
