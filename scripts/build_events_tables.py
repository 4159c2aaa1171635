"""Build src/newsdesk/data/events/cameo.json: CAMEO code -> PLOVER type/mode, Goldstein value, label.

Reads the public reference tables from ../shared/reference/events/ at build time:
  CAMEO2PLOVER-2021.txt   (PLOVER's own CAMEO -> PLOVER conversion table)
  CAMEO.goldsteinscale.txt (GDELT's published Goldstein values)
  CAMEO_codefile.txt       (CAMEO code labels)
and writes one small JSON table the runtime reads. Two project decisions are
applied on top (documented in newsdesk/extract/event_codes.py):
  * CAMEO 01 (public statement) has no PLOVER 2.0 counterpart: plover "" (kept as
    a CAMEO-only event so that GDELT-style counts of verbal cooperation stay whole);
  * CAMEO 02 (appeal) maps to PLOVER REQUEST, as PLOVER's manual folds appeals into REQUEST;
  * CAMEO 0831 (accede to demands for change in leadership: a resignation) maps to RETREAT, as PLOVER's
    codebook says "RETREAT also covers resignations of government officials" (the table gives CONCEDE);
  * codes the PLOVER table omits inherit the PLOVER type of their nearest listed parent.

Usage: .venv/bin/python scripts/build_events_tables.py [--ref ../shared/reference/events]
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/newsdesk/data/events/cameo.json"

EXTRA_PLOVER = {"01": ("", None), "02": ("REQUEST", None), "0831": ("RETREAT", None)}


def read_plover(path: Path) -> dict[str, tuple[str, str | None]]:
    table: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?", line)
        if not m:
            continue
        code, plover, mode = m.group(1), m.group(2), (m.group(3) or "").strip()
        if len(code) == 2 and code in table:
            continue  # the root header lines ("08: RETREAT") repeat; keep the first
        if code not in table:
            table[code] = (plover, mode or None)
    return table


def read_goldstein(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit():
            out[parts[0]] = float(parts[1])
    return out


def read_labels(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^LABEL:\s*(\d+)=\s*(.+)$", line)
        if m and m.group(1) not in out:
            out[m.group(1)] = m.group(2).strip()
        m = re.match(r"^//(\d\d):\s*(.+)$", line)
        if m and m.group(1) not in out:
            out[m.group(1)] = m.group(2).strip().capitalize()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ref", default=str(Path(__file__).resolve().parents[2] / "shared/reference/events"))
    args = ap.parse_args()
    ref = Path(args.ref)
    plover = read_plover(ref / "CAMEO2PLOVER-2021.txt")
    plover.update(EXTRA_PLOVER)
    gold = read_goldstein(ref / "CAMEO.goldsteinscale.txt")
    labels = read_labels(ref / "CAMEO_codefile.txt")
    codes = sorted(set(gold) | set(labels) | set(plover))
    table = {}
    for code in codes:
        if not code.isdigit() or not ("01" <= code[:2] <= "20"):
            continue
        pl = None
        for k in (code, code[:3], code[:2]):
            if k in plover:
                pl = plover[k]
                break
        g = next((gold[k] for k in (code, code[:3], code[:2]) if k in gold), None)
        table[code] = {"plover": pl[0] if pl else "", "mode": pl[1] if pl else None,
                       "goldstein": g, "label": labels.get(code, "")}
    OUT.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(table)} codes to {OUT}")


if __name__ == "__main__":
    main()
