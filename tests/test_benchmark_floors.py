"""Quality gate: dev-split scores must not drop below the floors pinned in benchmarks/floors.json.

Runs ../shared/benchmarks/nd-bench (present beside the clone on CI and developer machines) against
the installed `newsdesk analyze`. Floors sit a little below the figures measured when they were pinned,
so noise does not fail CI but a real regression does.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ND_BENCH = ROOT.parent / "shared" / "benchmarks" / "nd-bench"
FLOORS = json.loads((ROOT / "benchmarks" / "floors.json").read_text(encoding="utf-8"))
ANALYZE = str(Path(sys.executable).parent / "newsdesk") + " analyze"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ND_BENCH.exists(), reason="../shared/benchmarks is not beside this checkout"),
]


def _metric(metrics: dict, dotted: str) -> float:
    value = metrics
    for part in dotted.split("."):
        value = value[part]
    return float(value)


@pytest.mark.parametrize("bench", sorted(FLOORS["dev"]))
def test_dev_scores_hold_their_floors(bench):
    spec = FLOORS["dev"][bench]
    cmd = [sys.executable, str(ND_BENCH), bench, "--split", "dev", "--cmd", ANALYZE, "--json"]
    if spec.get("limit"):
        cmd += ["--limit", str(spec["limit"])]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    metrics = json.loads(proc.stdout.strip().splitlines()[-1])
    failures = []
    for dotted, floor in spec["floors"].items():
        got = _metric(metrics, dotted)
        if got < floor:
            failures.append(f"{dotted} = {got:.3f} < floor {floor:.3f}")
    assert not failures, f"{bench}: " + "; ".join(failures)
