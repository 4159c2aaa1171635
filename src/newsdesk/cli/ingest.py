"""`newsdesk ingest PATH...`: analyse articles and write them to the SQLite store, one transaction per batch."""
from __future__ import annotations

import argparse
import sys
from typing import Iterable, Iterator

from newsdesk import settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="analyse articles and store them in SQLite (duplicates are skipped)",
        description="Analyse articles (.txt, .html, .jsonl, directories, or - for stdin) and write the "
                    "analyses to a SQLite store. An article whose text is already stored is skipped "
                    "without being analysed. Bad inputs are reported and the batch goes on.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for standard input")
    p.add_argument("--db", default=str(settings.DB_PATH.value()), help=f"{settings.DB_PATH.help} "
                   f"(default: {settings.DB_PATH.value()}; env {settings.DB_PATH.env})")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for inputs that carry none")
    p.add_argument("--model", help="spaCy pipeline to use instead of the default (or set NEWSDESK_MODEL)")
    p.add_argument("--replace", action="store_true",
                   help="replace a stored article whose id comes again with different text "
                        "(default: refuse it as a conflict)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsdesk.corpus.readers import check_published, read_inputs
    from newsdesk.pipeline import Failure
    from newsdesk.store import Store

    check_published(args.published)
    batch_size = int(settings.BATCH_SIZE.value())
    counts = {"added": 0, "duplicates": 0, "failed": 0}
    with Store.open(args.db) as store:
        fresh = _skip_stored(read_inputs(args.paths, published=args.published), store, args.replace, counts)
        batch: list = []
        for result in _analyze_lazily(fresh, args.model):
            if isinstance(result, Failure):
                counts["failed"] += 1
                _say(f"error: {result}")
                continue
            batch.append(result)
            if len(batch) >= batch_size:
                _write(store, batch, args.replace, counts)
        _write(store, batch, args.replace, counts)
    _say(f"ingested {counts['added']}, duplicates {counts['duplicates']}, failed {counts['failed']}"
         f" (into {args.db})")
    if counts["failed"]:
        return 1
    return 0 if counts["added"] or counts["duplicates"] else 1


def _analyze_lazily(raws: Iterator, model: str | None) -> Iterator:
    """Yield analyses of ``raws``, loading the pipeline only if some article needs analysing."""
    from newsdesk.pipeline import Failure, analyze_raw, load_nlp

    pending = []
    for item in raws:
        pending.append(item)
        if not isinstance(item, Failure):
            break
    else:  # only failures (or nothing): no need for the model
        yield from pending
        return
    yield from analyze_raw(_chain(pending, raws), load_nlp(model))


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _skip_stored(items: Iterable, store, replace: bool, counts: dict[str, int]) -> Iterator:
    """Yield the inputs that need analysing; count and report the ones already stored."""
    from newsdesk.pipeline import Failure
    from newsdesk.store import content_hash

    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        text_hash = content_hash(item.text)
        earlier = seen.get(text_hash) or store.find_hash(text_hash)
        if earlier is not None:
            counts["duplicates"] += 1
            same = "is already stored" if earlier == item.id else f"has the same text as article {earlier}"
            _say(f"duplicate: {item.id} {same}: skipped")
            continue
        stored = store.stored_hash(item.id)
        if stored is not None and not replace:
            yield Failure(item.id, "ND306", "an article with this id and different text is already stored "
                                            "(use --replace to replace it)")
            continue
        seen[text_hash] = item.id
        yield item


def _write(store, batch: list, replace: bool, counts: dict[str, int]) -> None:
    if not batch:
        return
    result = store.add_articles(batch, replace=replace)
    counts["added"] += len(result.added)
    counts["duplicates"] += len(result.duplicates)
    for ident in result.conflicts:
        counts["failed"] += 1
        _say(f"error: {ident}: ND306 an article with this id and different text is already stored")
    batch.clear()


def _say(message: str) -> None:
    print(f"newsdesk: {message}", file=sys.stderr)
