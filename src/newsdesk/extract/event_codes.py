"""The PLOVER <-> CAMEO mapping, GDELT QuadClass and Goldstein values.

The table ``data/events/cameo.json`` is built by ``scripts/build_events_tables.py``
from PLOVER's CAMEO2PLOVER-2021 conversion table and GDELT's published
Goldstein scale. Mapping decisions, in one place:

* CAMEO -> PLOVER follows PLOVER's table (e.g. 057 "sign formal agreement" -> SUPPORT,
  163 "impose embargo" -> COERCE, 191/192 blockade/occupy -> COERCE, 175 -> ASSAULT).
* CAMEO 02 (appeal) -> REQUEST; CAMEO 01 (public statement) has no PLOVER 2.0 type:
  such events are kept with ``plover == ""`` (CAMEO-only, QuadClass 1).
* CAMEO 0831 (a resignation) -> RETREAT, not the table's CONCEDE: PLOVER's codebook puts resignations of
  officials under RETREAT (the lexicon codes "resign" and "step down" 0831).
* PLOVER -> CAMEO: the classifier predicts a *class*, a (CAMEO root, PLOVER type)
  pair such as ("08", "RETREAT"); its CAMEO code is the class's representative
  code (``CLASS_CODES``), refined to a finer code when the trigger lemma is listed
  in ``data/events/verbs.tsv`` (a lexicon written by hand for this project from the
  CAMEO category definitions: ~540 verb / verb+object / verb+particle keys).
* QuadClass as GDELT defines it from the root: 01-05 verbal cooperation (1),
  06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

NONE_CLASS = "NONE"
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, dict]:
    """Return CAMEO code -> {"plover", "mode", "goldstein", "label"}."""
    text = (DATA_DIR / "cameo.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def classes() -> tuple[str, ...]:
    """Return the classifier's classes: "NONE" then "RR:PLOVER" pairs in code order."""
    seen: dict[str, str] = {}
    for code, row in sorted(cameo_table().items()):
        if len(code) == 3:
            key = f"{code[:2]}:{row['plover']}"
            seen.setdefault(key, code)
    return (NONE_CLASS,) + tuple(sorted(seen))


@lru_cache(maxsize=1)
def class_codes() -> dict[str, str]:
    """Return class -> representative CAMEO code (the root's 0 code when it belongs, else the first)."""
    table = cameo_table()
    out: dict[str, str] = {}
    for cls in classes()[1:]:
        root, plover = cls.split(":")
        zero = root + "0"
        if table.get(zero, {}).get("plover") == plover:
            out[cls] = zero
        else:
            out[cls] = min(c for c, r in table.items() if len(c) == 3 and c[:2] == root and r["plover"] == plover)
    return out


def quad_class(cameo: str) -> Optional[int]:
    """Return GDELT's QuadClass (1-4) for a CAMEO code, or None when the code has no valid root."""
    if not isinstance(cameo, str) or len(cameo) < 2 or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None


def goldstein(cameo: str) -> Optional[float]:
    """Return GDELT's Goldstein value for a CAMEO code (falling back to its parent codes)."""
    table = cameo_table()
    for k in (cameo, cameo[:3], cameo[:2]):
        row = table.get(k)
        if row and row.get("goldstein") is not None:
            return float(row["goldstein"])
    return None


def plover_of(cameo: str) -> tuple[str, Optional[str]]:
    """Return (PLOVER type, mode) for a CAMEO code through the mapping; ("", None) when unmapped."""
    table = cameo_table()
    for k in (cameo, cameo[:3], cameo[:2]):
        row = table.get(k)
        if row is not None:
            return row["plover"], row["mode"]
    return "", None


def classes_for_plover(plover: str) -> frozenset[str]:
    """Return the classes whose PLOVER type is ``plover``."""
    return frozenset(c for c in classes()[1:] if c.split(":")[1] == plover)


def classes_for_root(root: str) -> frozenset[str]:
    """Return the classes under a two-digit CAMEO root."""
    return frozenset(c for c in classes()[1:] if c.startswith(root + ":"))


PENTA_ROOTS = {0: ("01",), 1: ("02", "03", "04", "05"), 2: ("06", "07", "08"),
               3: ("09", "10", "11", "12", "13"), 4: ("14", "15", "16", "17", "18", "19", "20")}


def classes_for_penta(penta: int) -> frozenset[str]:
    """Return the classes in one of the five cooperation/conflict classes (ConfliBERT's PentaClass)."""
    return frozenset(c for r in PENTA_ROOTS.get(penta, ()) for c in classes_for_root(r))
