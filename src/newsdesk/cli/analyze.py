"""`newsdesk analyze PATH|-`: one article or a batch to the analysis JSON or a readable report."""
from __future__ import annotations

import argparse
import json
import sys

from newsdesk.records import Article
from newsdesk.settings import REPORT_MIN_CONFIDENCE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="analyse articles (.txt, .html, .jsonl, a directory, or - for stdin)",
        description="Analyse news articles: entities, quotations with speakers and chains, events, places, dates.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for inputs that carry none")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text",
                   help=f"text: readable report (default; events the classifier is unsure of, confidence below "
                        f"{REPORT_MIN_CONFIDENCE.default}, or {REPORT_MIN_CONFIDENCE.env}, are listed apart); json: the analysis JSON, every event with its confidence; jsonl: one object per line")
    p.add_argument("--model", help="spaCy pipeline to use instead of the default (or set NEWSDESK_MODEL)")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 when any article fails (default: a batch exits 1 only when no article was analysed)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsdesk.corpus.readers import check_published, read_inputs
    from newsdesk.pipeline import Failure, analyze_raw, load_nlp

    check_published(args.published)
    nlp = load_nlp(args.model)
    ok = failed = 0
    articles: list[Article] = []
    for result in analyze_raw(read_inputs(args.paths, published=args.published), nlp):
        if isinstance(result, Failure):
            failed += 1
            print(f"newsdesk: error: {result}", file=sys.stderr)
            if args.format == "jsonl":
                line = result.record.to_dict() if result.record else {}
                line.update(id=result.id, error={"code": result.code, "message": result.message})
                _emit(json.dumps(line, ensure_ascii=False))
            continue
        ok += 1
        if args.format == "jsonl":
            _emit(json.dumps(result.to_dict(), ensure_ascii=False))
        elif args.format == "json":
            articles.append(result)
        else:
            from newsdesk.report import render_report

            _emit(render_report(result))
    if args.format == "json" and articles:
        data = articles[0].to_dict() if len(articles) == 1 else [a.to_dict() for a in articles]
        _emit(json.dumps(data, ensure_ascii=False, indent=2))
    if ok + failed != 1:
        print(f"newsdesk: analysed {ok}, failed {failed}", file=sys.stderr)
    # A batch that analysed something succeeded; its failures are reported line by line and counted.
    return 1 if not ok or (failed and args.strict) else 0


def _emit(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
