"""Score actor coding against the events-plover gold: country and sector agreement on matched actors.

nd-bench scores event types and actor spans, not the codes newsdesk gives its actors. The PLOVER
gold gives each actor a code (country or IGO, CAMEO-style) and often a sector, so this script
reads an nd-bench output kept with ``--keep DIR`` and counts, over gold actors that some predicted
event actor overlaps:

* country: the predicted country, or the IGO/NGO prefix of the predicted code, equals the gold
  code's first three letters (the gold uses a few non-ISO codes, "JAP", "VTN", which never agree);
* sector: the predicted sector equals the gold sector's first three letters.

Usage: .venv/bin/python scripts/score_actor_codes.py DIR/output.jsonl [--split dev]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "events-plover"
PREFIXES = ("IGO", "NGO", "IMG")


def _overlapping(actors: list[dict], gold: dict) -> dict | None:
    return next((a for a in actors if min(a["end"], gold["end"]) > max(a["start"], gold["start"])), None)


def _country(actor: dict) -> str:
    code = actor.get("code") or ""
    return actor.get("country") or (code[:3] if code[:3] in PREFIXES else "")


def score(gold_rows: list[dict], predicted: dict[str, dict]) -> dict[str, tuple[int, int]]:
    """Return {"country": (agreeing, matched), "sector": (agreeing, matched)}."""
    counts = {"country": [0, 0], "sector": [0, 0]}
    for row in gold_rows:
        events = predicted.get(row["id"], {}).get("events", [])
        actors = [a for e in events for a in (e.get("source_actor"), e.get("target_actor")) if a]
        seen: set = set()
        for event in row["gold"]["events"]:
            for gold in event["sources"] + event["targets"]:
                if gold.get("start") is None or (gold["start"], gold["end"]) in seen:
                    continue
                seen.add((gold["start"], gold["end"]))
                actor = _overlapping(actors, gold)
                if actor is None:
                    continue
                if gold.get("code"):
                    counts["country"][1] += 1
                    counts["country"][0] += _country(actor) == gold["code"][:3]
                if gold.get("sector"):
                    counts["sector"][1] += 1
                    counts["sector"][0] += (actor.get("sector") or "") == gold["sector"][:3]
    return {k: (v[0], v[1]) for k, v in counts.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", type=Path, help="output.jsonl of an nd-bench events-plover run kept with --keep")
    ap.add_argument("--split", default="dev")
    args = ap.parse_args()
    gold_rows = [json.loads(line) for line in (GOLD_DIR / f"{args.split}.jsonl").open(encoding="utf-8")]
    predicted = {}
    for line in args.output.open(encoding="utf-8"):
        record = json.loads(line)
        predicted[record["id"]] = record
    for name, (agree, matched) in score(gold_rows, predicted).items():
        print(f"{name}: {agree}/{matched} = {agree / matched:.3f}" if matched else f"{name}: no matched actors")


if __name__ == "__main__":
    main()
