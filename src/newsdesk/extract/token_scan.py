"""Find the tokens whose lower-case form is in a word list, in one vectorised pass.

For single-token lookups a spaCy Matcher pays a per-token cost on every Doc; reading the
LOWER column with ``Doc.to_array`` and ``numpy.isin`` is several times cheaper, and only the
few hits become Token objects.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc


@lru_cache(maxsize=64)
def _ids(words: frozenset) -> np.ndarray:
    return np.array(sorted(hash_string(w) for w in words), dtype=np.uint64)


def indices_of(doc: Doc, words: frozenset, tags: Optional[frozenset] = None) -> list[int]:
    """Return the indices of tokens whose ``lower_`` is in ``words`` (and whose ``tag_`` is in ``tags``)."""
    if not len(doc):
        return []
    lowers = doc.to_array([LOWER]).reshape(-1)
    hits = [int(i) for i in np.flatnonzero(np.isin(lowers, _ids(words)))]
    if tags is not None:
        hits = [i for i in hits if doc[i].tag_ in tags]
    return hits
