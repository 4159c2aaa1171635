"""`newsdesk search QUERY`: full-text search (SQLite FTS5) over the stored articles."""
from __future__ import annotations

import argparse
import json
import sys

from newsdesk import settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search",
        help="full-text search of the stored articles",
        description="Search the titles and texts of stored articles. QUERY is FTS5 syntax "
                    '(words, "a phrase", AND/OR/NOT, prefix*); anything else is searched as plain words.',
    )
    p.add_argument("query", metavar="QUERY", help="words to find, or an FTS5 query")
    p.add_argument("--db", default=str(settings.DB_PATH.value()), help=f"{settings.DB_PATH.help} "
                   f"(default: {settings.DB_PATH.value()}; env {settings.DB_PATH.env})")
    p.add_argument("--limit", type=int, default=10, help="most results to show (default: 10)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text: one result per block (default); json: a JSON array of hits")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsdesk.store import Store

    with Store.open(args.db, readonly=True) as store:
        hits = store.search(args.query, limit=max(1, args.limit))
    if args.format == "json":
        sys.stdout.write(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2) + "\n")
    else:
        for hit in hits:
            meta = " · ".join(x for x in (hit.published, hit.source) if x)
            sys.stdout.write(f"{hit.id}  {hit.title or '(no title)'}" + (f"  [{meta}]" if meta else "") + "\n")
            sys.stdout.write(f"    {hit.snippet}\n")
    print(f"newsdesk: {len(hits)} result{'s' if len(hits) != 1 else ''}", file=sys.stderr)
    return 0
