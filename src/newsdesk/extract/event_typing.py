"""An event's type: the linear classifier over predicate features and the CAMEO code it refines.

The classifier (``data/events/type_model.npz``, trained by ``scripts/train_events.py``) gives a (CAMEO root,
PLOVER type) class; :func:`refine_code` picks a finer CAMEO code under that root from the verb lexicon and the
intent rules (:mod:`newsdesk.extract.event_rules`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import numpy as np

from newsdesk.extract.event_codes import DATA_DIR, cameo_table
from newsdesk.extract.event_comment import no_comment
from newsdesk.extract.event_features import Predicate, lexicon_codes, verb_codes
from newsdesk.extract.event_rules import PENALTY_VERBS, declines_to_yield, intends
from newsdesk.extract.event_talks import asks_for_talks, declines_to_talk, phoned


APPEAL_FOR_TALKS = "026"


class TypeModel:
    """The event-type classifier: sparse features -> class probabilities."""

    def __init__(self, vocab: list[str], classes: list[str], weights: np.ndarray) -> None:
        self.index = {f: i for i, f in enumerate(vocab)}
        self.classes = classes
        self.weights = weights.astype(np.float32)
        # bag-of-words features count half, as in training
        self.scale = np.array([0.5 if f.startswith("w=") else 1.0 for f in vocab], dtype=np.float32)

    def predict(self, feats: list[str]) -> np.ndarray:
        """Return the class probabilities for one predicate's features."""
        rows = [self.index[f] for f in feats if f in self.index]
        if not rows:
            return np.full(len(self.classes), 1.0 / len(self.classes), dtype=np.float32)
        scores = self.scale[rows] @ self.weights[rows]
        scores -= scores.max()
        p = np.exp(scores)
        return p / p.sum()


@lru_cache(maxsize=1)
def type_model() -> Optional[TypeModel]:
    """Return the shipped classifier, or None when the model file is missing."""
    path = DATA_DIR / "type_model.npz"
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        vocab = bytes(z["vocab"]).decode("utf-8").split("\n")
        classes = bytes(z["classes"]).decode("utf-8").split("\n")
        weights = z["weights"]
    return TypeModel(vocab, classes, weights)


# CAMEO codes an intention by the act intended: "will visit Beijing to meet" is 036 (express intent to
# meet or negotiate), "will support the resolution" 032, "will train its troops" 031, "will send aid" 033,
# "will release the prisoners" 035.
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# intentions that go from the actors to someone else, not between them (support, aid, concessions, mediation)
ONE_WAY_INTENTS = frozenset(("032", "033", "035", "039"))


def refine_code(code: str, pred: Predicate) -> str:
    """Return a finer CAMEO code under ``code``'s root when the verb lexicon knows the trigger."""
    root = code[:2]
    if root == "04" and phoned(pred.head):
        return "041"  # discuss by telephone
    if root == "01" and no_comment(pred):
        return "011"  # decline comment
    if root == "17" and pred.head.lemma_.lower() in PENALTY_VERBS:
        return "172"  # a fine: administrative sanctions
    if root == "02" and len(pred.chain) > 1 and asks_for_talks(pred):
        return APPEAL_FOR_TALKS  # "urged Pyongyang to return to dialogue": appeal to others to meet or negotiate
    for first, then in zip(pred.chain, pred.chain[1:]):  # "declined to comment": the pair's code, 011
        found = verb_codes().get(f"{first.lemma_.lower()} {then.lemma_.lower()}")
        if found and found[:2] == root and found in cameo_table():
            return found
    for tok in reversed(pred.chain):
        # wide: "talks were held" and "pledged $200,000 in assistance" name their object too
        for _, found in lexicon_codes(tok, wide=True):
            if found[:2] == root and found in cameo_table():
                if found == "030":
                    break  # "offered to mediate": the general intent; what is intended may say more
                return found
    if code == "120" and declines_to_yield(pred):
        return "124"  # "would not give up territory": decline to yield
    if code == "120" and declines_to_talk(pred):
        return "125"  # "would not negotiate under pressure": reject proposal to meet or negotiate
    if code == "130" and any(found[:2] == "14" for _, found in lexicon_codes(pred.head)):
        return "133"  # "vowed to keep protesting": threaten with political dissent, protest
    if code == "030" and intends(pred):
        intended = next((found for tok in reversed(pred.chain) for _, found in lexicon_codes(tok)), None)
        if intended == "045":
            return "039"  # "offered to mediate": intent to mediate, not to meet
        if intended and intended[:2] in INTENT_CODES and INTENT_CODES[intended[:2]] in cameo_table():
            return INTENT_CODES[intended[:2]]
    return code
