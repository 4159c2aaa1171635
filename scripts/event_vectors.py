"""Dense word-vector features of an event predicate (an opt-in experiment of scripts/train_events.py).

It lives in scripts/, not in the package: nothing at run time uses it.

The optional table ``data/events/vectors.npz`` holds int8 PCA-reduced static vectors of a few
thousand verb/noun lemmas, derived at build time from en_core_web_md by
``scripts/build_event_vectors.py``. ``scripts/train_events.py --dense-scale S`` appends them to
the sparse features. It is not shipped: with the table, held-out PLOVER accuracy fell (see the
training script's docstring), because en_core_web_md keeps only 20,000 distinct vectors for
685,000 keys, so rarer verbs share the vector of a frequent neighbour ("raid" = "attack" =
"guard", "spurn" = "laud"). Without the table every function here returns empty features.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np
from spacy.tokens import Token

VECTORS_FILE = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "data" / "events" / "vectors.npz"
# The dense slots, in order: the trigger verb, its object (or prepositional object), the governing verb.
SLOTS = ("head", "obj", "gov")


@lru_cache(maxsize=1)
def vector_table() -> tuple[dict[str, int], np.ndarray]:
    """Return (lemma -> row, float32 unit vectors); empty when the table file is missing."""
    if not VECTORS_FILE.exists():
        return {}, np.zeros((0, 0), dtype=np.float32)
    with np.load(VECTORS_FILE, allow_pickle=False) as z:
        words = bytes(z["words"]).decode("utf-8").split("\n")
        vecs = z["vectors"].astype(np.float32) / 127.0
    return {w: i for i, w in enumerate(words)}, vecs


def dims() -> int:
    """Return the width of :func:`dense_features` (0 without a table)."""
    _, vecs = vector_table()
    return vecs.shape[1] * len(SLOTS) if vecs.size else 0


def _vec(tok: Optional[Token]) -> Optional[np.ndarray]:
    if tok is None:
        return None
    index, vecs = vector_table()
    row = index.get(tok.lemma_.lower())
    if row is None:
        row = index.get(tok.lower_)
    return None if row is None else vecs[row]


def _object(tok: Token) -> Optional[Token]:
    prep_obj = None
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            return c
        if prep_obj is None and c.dep_ in ("prep", "agent"):
            prep_obj = next((g for g in c.children if g.dep_ == "pobj"), None)
    return prep_obj


def dense_features(chain: list[Token]) -> np.ndarray:
    """Return the concatenated slot vectors of a predicate chain (outermost verb first)."""
    _, vecs = vector_table()
    if not vecs.size or not chain:
        return np.zeros(dims(), dtype=np.float32)
    head = chain[-1]
    obj = _object(head)
    if obj is None:
        obj = next((o for o in (_object(t) for t in reversed(chain[:-1])) if o is not None), None)
    gov = chain[0] if len(chain) > 1 else None
    d = vecs.shape[1]
    out = np.zeros(d * len(SLOTS), dtype=np.float32)
    for n, tok in enumerate((head, obj, gov)):
        v = _vec(tok)
        if v is not None:
            out[n * d:(n + 1) * d] = v
    return out
