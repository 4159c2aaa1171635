"""`newsdesk bench CORPUS`: throughput of the full pipeline against bare spaCy."""
from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bench",
        help="time the full pipeline against bare spaCy nlp.pipe on a corpus",
        description="Time bare spaCy and the full newsdesk pipeline on the same texts; print words/s, "
        "articles/s, peak RSS, the full/bare ratio and each layer's share of bare spaCy time.",
    )
    p.add_argument("corpus", metavar="CORPUS", help="a .txt file with one article per line, or any analyze input")
    p.add_argument("--limit", type=int, help="use only the first N articles")
    p.add_argument("--model", help="spaCy pipeline to use instead of the default")
    p.add_argument("--batch-size", type=int, default=32, help="articles per nlp.pipe batch (default 32)")
    p.add_argument("--repeat", type=int, default=3,
                   help="alternate bare and full passes this many times and keep the best of each (default 3)")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsdesk.bench import read_corpus, run_bench
    from newsdesk.errors import InputError

    raws = read_corpus(args.corpus, args.limit)
    if not raws:
        raise InputError(f"no articles in {args.corpus}", code="ND101")
    result = run_bench(raws, args.model, args.batch_size, args.repeat)
    if args.json:
        print(json.dumps({
            "articles": result.articles, "words": result.words, "bare_seconds": round(result.bare_seconds, 5),
            "full_seconds": round(result.full_seconds, 5), "ratio": round(result.ratio, 3),
            "peak_rss_mb": round(result.peak_rss_mb), "failures": result.failures,
            "layer_share_of_bare": {k: round(result.layer_share(k), 4) for k in result.layer_seconds},
        }))
    else:
        print("\n".join(result.lines()))
    return 0
