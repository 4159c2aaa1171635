"""Build src/newsdesk/data/events/verbs.tsv: verb lemma (and verb+object, verb+preposition) -> CAMEO code.

Derived at build time from the public CAMEO verb dictionary shipped with PETRARCH-2
(../shared/reference/events/phoenix/CAMEO.2.0.txt, MIT licence). Only the facts are kept:
for each verb block, every member verb gets its own or the block's code, and every
simple pattern "- * WORD [code]" / "- * (PREP ...) [code]" gives verb+object /
verb+preposition codes for all the block's verbs. The runtime uses the table twice: as
classifier features (the code's root) and to refine a predicted root to a finer code.

Usage: .venv/bin/python scripts/build_events_lexicon.py [--ref ../shared/reference/events]
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/newsdesk/data/events/verbs.tsv"
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
VERB = re.compile(r"^([A-Z][A-Z]+)\b\s*(?:\{[^}]*\})?\s*(?:\[([0-9]+)[^\]]*\])?")
PATTERN = re.compile(r"^-\s+(.*?)\[([0-9]+)(?::[0-9]+)?\]")


def _clean(code: str) -> str | None:
    code = code.strip()
    if not code.isdigit() or not ("01" <= code[:2] <= "20"):
        return None
    return code


def parse(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    block_code: str | None = None
    verbs: list[str] = []
    in_verbs = False
    roots: Counter = Counter()

    def close_block() -> None:
        # a block without its own code: its verbs take the commonest root of its patterns
        if block_code is None and roots:
            root = roots.most_common(1)[0][0]
            for v in verbs:
                table.setdefault(v, root + "0")
        roots.clear()

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].rstrip()
        m = HEADER.match(line)
        if m:
            close_block()
            block_code = _clean(m.group(2))
            verbs = []
            in_verbs = True
            continue
        if not line.strip():
            continue
        if line.startswith("-"):
            in_verbs = False
            p = PATTERN.match(line)
            if not p or not verbs:
                continue
            code = _clean(p.group(2))
            toks = p.group(1).split()
            if code is None or "*" not in toks:
                continue
            roots[code[:2]] += 1
            i = toks.index("*")
            if i + 1 >= len(toks):
                continue
            nxt = toks[i + 1]
            if re.fullmatch(r"[A-Z]+", nxt):
                key = nxt.lower()
            elif re.fullmatch(r"\([A-Z]+\)?", nxt) or (nxt.startswith("(") and re.fullmatch(r"\([A-Z]+", nxt)):
                key = "(" + nxt.strip("()").lower() + ")"
            else:
                continue
            for v in verbs:
                table.setdefault(f"{v} {key}", code)
            continue
        if in_verbs and block_code is not None or in_verbs:
            m = VERB.match(line)
            if m:
                verb = m.group(1).lower()
                verbs.append(verb)
                code = _clean(m.group(2) or "") or block_code
                if _clean(m.group(2) or ""):
                    table.setdefault(verb, code)
                elif code:
                    table.setdefault(verb, code)
    close_block()
    return table


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ref", default=str(Path(__file__).resolve().parents[2] / "shared/reference/events"))
    args = ap.parse_args()
    table = parse(Path(args.ref) / "phoenix" / "CAMEO.2.0.txt")
    # keep a verb+object / verb+preposition entry only where it changes the verb's own root
    table = {k: v for k, v in table.items()
             if " " not in k or table.get(k.split(" ")[0], "")[:2] != v[:2]}
    lines = ["# verb [object | (preposition)] -> CAMEO code; built by scripts/build_events_lexicon.py"]
    lines += [f"{k}\t{v}" for k, v in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(table)} entries to {OUT}")


if __name__ == "__main__":
    main()
