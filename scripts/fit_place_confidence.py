"""Fit the place-resolution confidence model: src/newsdesk/data/places/confidence_weights.json.

For every toponym of the geo-gwn and geo-lgl dev splits (../shared/benchmarks) that
overlaps a gold toponym, take the evidence newsdesk's resolution rests on
(``newsdesk.extract.places.place_evidence``, before the confidence cut) and whether the
chosen point lies within 161 km of the gold one. Fit an L2-regularised logistic
regression over ``place_confidence.features`` by Newton's method and write the weights,
rounded to two decimals. Deterministic: the same code and data give the same file.

Only the dev splits are read; nothing from them is written but the weights.

Usage: .venv/bin/python scripts/fit_place_confidence.py [--benchmarks DIR] [--out PATH] [--check] [--cross]
  --check prints the accuracy of each confidence bucket with the weights in use and writes nothing.
  --cross fits on each dev split alone and prints the calibration on the other one (held out); writes nothing.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Optional

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdesk.extract.place_confidence import RIVAL_KM, WEIGHTS_PATH, confidence, features  # noqa: E402
from newsdesk.extract.places import place_evidence  # noqa: E402
from newsdesk.gazetteer import great_circle_km  # noqa: E402
from newsdesk.pipeline import load_nlp  # noqa: E402

SETS = ("geo-gwn", "geo-lgl")
L2 = 1.0  # the bias is not penalised
BUCKETS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01)


def matched(places, gold) -> list[tuple[object, object, bool]]:
    """Greedy one-to-one matching by character overlap, largest first: (place, evidence, within 161 km)."""
    pairs = []
    for i, (place, ev) in enumerate(places):
        for j, g in enumerate(gold):
            overlap = min(place.end, g["end"]) - max(place.start, g["start"])
            if overlap > 0:
                pairs.append((overlap, i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        place, ev = places[i]
        if ev is not None and place.lat is not None:
            out.append((place, ev, great_circle_km(place.lat, place.lon, gold[j]["lat"], gold[j]["lon"]) <= RIVAL_KM))
    return out


def examples(bench: Path, by_set: Optional[dict] = None) -> list[tuple[object, bool]]:
    """Return (evidence, within 161 km) for every matched toponym; ``by_set`` receives them per split too."""
    nlp = load_nlp(components=("newsdesk_entities",))
    found = []
    for name in SETS:
        rows = [json.loads(line) for line in (bench / name / "dev.jsonl").open(encoding="utf-8")]
        mine = []
        for row, doc in zip(rows, nlp.pipe((r["text"] for r in rows), batch_size=16)):
            for _, ev, right in matched(place_evidence(doc), row["gold"]["places"]):
                mine.append((ev, right))
        found.extend(mine)
        if by_set is not None:
            by_set[name] = mine
        print(f"{name}: {len(found)} matched toponyms so far", file=sys.stderr)
    return found


def fit(data: list[tuple[object, bool]]) -> dict[str, float]:
    rows = [features(ev) for ev, _ in data]
    names = sorted({k for r in rows for k in r} - {"bias"})
    names = ["bias"] + names
    x = np.array([[r.get(n, 0.0) for n in names] for r in rows])
    y = np.array([1.0 if right else 0.0 for _, right in data])
    penalty = np.diag([0.0] + [L2] * (len(names) - 1))
    beta = np.zeros(len(names))
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ beta))
        gradient = x.T @ (p - y) + penalty @ beta
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return {n: round(float(b), 2) for n, b in zip(names, beta) if round(float(b), 2) != 0.0}


def probability(weights: dict[str, float], ev) -> float:
    logit = sum(weights.get(name, 0.0) * value for name, value in features(ev).items())
    return 1.0 / (1.0 + math.exp(-logit))


def cross_check(by_set: dict) -> None:
    """Fit on each split alone; print log loss, Brier score and buckets on the other (held out)."""
    for fit_on in SETS:
        for held in SETS:
            if held == fit_on:
                continue
            weights = fit(by_set[fit_on])
            scored = [(probability(weights, ev), right) for ev, right in by_set[held]]
            loss = -sum(math.log(max(1e-9, p if right else 1.0 - p)) for p, right in scored) / len(scored)
            brier = sum((p - right) ** 2 for p, right in scored) / len(scored)
            print(f"fit on {fit_on}, held out {held}: n={len(scored)} log loss {loss:.4f} Brier {brier:.4f}")
            report(scored, scored=True)


def report(data: list, scored: bool = False) -> None:
    if not scored:
        data = [(confidence(ev), right) for ev, right in data]
    scored = data
    for low, high in zip(BUCKETS, BUCKETS[1:]):
        inside = [right for c, right in scored if low <= c < high]
        if inside:
            mean = sum(c for c, _ in scored if low <= c < high) / len(inside)
            print(f"confidence {low:.2f}-{min(high, 1.0):.2f}: n={len(inside):5d} mean {mean:.3f} "
                  f"accuracy {sum(inside) / len(inside):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--cross", action="store_true")
    args = parser.parse_args()
    by_set: dict = {}
    data = examples(args.benchmarks, by_set)
    if args.cross:
        cross_check(by_set)
        return 0
    if args.check:
        report(data)
        return 0
    weights = fit(data)
    args.out.write_text(json.dumps(weights, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights from {len(data)} toponyms)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
