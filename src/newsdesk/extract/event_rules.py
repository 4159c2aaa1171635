"""Rules applied on top of the event-type classifier (shared by runtime and training script).

Decisions the small training set cannot learn reliably:

* **Intent.** PLOVER and CAMEO code a *future or intended* action by its intent:
  "will support the resolution", "is prepared to lift the ban" -> AGREE (CAMEO 03);
  "will impose new sanctions", "said they would attack" -> THREATEN (CAMEO 13);
  "Libya must hand over the suspects" (reported) -> REQUEST (CAMEO 10); "agreed to a
  ceasefire" -> AGREE. Where the classifier only sees a statement (CAMEO 01) the verb
  lexicon decides: "said they would attack" -> THREATEN, "said it would not attack" ->
  ASSAULT with ``negated`` set. Other negated predicates are left to the classifier.
* **Schedules.** "are scheduled / due to meet" is never a refusal: a REJECT there
  defers to the verb lexicon.

(Letting the verb lexicon override an unsure classifier was tried and lowered the
ConfliBERT cross-validated accuracy at every threshold tried (.878 -> .866 at 0.25);
the lexicon stays a feature of the classifier only.)
"""
from __future__ import annotations

from typing import Sequence

from newsdesk.extract.event_codes import NONE_CLASS, plover_of
from newsdesk.extract.event_features import SCHEDULE_WORDS, Predicate, lexicon_codes

# governing words that turn their complement into an intention ("plans to", "is ready to")
INTENT_HEADS = frozenset(
    "prepare prepared ready plan intend promise vow pledge decide swear willing poise agree offer commit threaten".split()
)
# the classifier is unsure and a class of the verb lexicon's root is almost as likely as its best
TIE_PROB = 0.3
TIE_RATIO = 0.8
INTENT_MODALS = frozenset(("will", "would", "'ll", "shall"))
OBLIGATION_MODALS = frozenset(("must", "should"))
COOPERATIVE_ROOTS = frozenset(("04", "05", "06", "07", "08"))
CONFLICT_ROOTS = frozenset(("14", "15", "16", "17", "18", "19", "20"))


def _intent(pred: Predicate) -> bool:
    if pred.negated or pred.conditional and not pred.future:
        return False
    if pred.future or pred.modal in INTENT_MODALS:
        return True
    for t in pred.chain[:-1]:
        if t.lemma_.lower() in INTENT_HEADS:
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in INTENT_HEADS for c in t.children):
            return True
    return False


def _unless(pred: Predicate) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for t in pred.chain for c in t.children)


def _agrees(pred: Predicate) -> bool:
    """Return True for "agreed to a ceasefire", "agreed upon a pact": agreement without a complement verb."""
    top = pred.chain[0]
    return len(pred.chain) == 1 and not pred.negated and top.lemma_.lower() == "agree" and any(
        c.dep_ == "prep" and c.lower_ in ("to", "upon", "on") for c in top.children)


def decide(pred: Predicate, classes: Sequence[str], probs) -> tuple[str, float]:
    """Return the (class, confidence) for a predicate given the classifier's probabilities."""
    best = int(probs.argmax())
    cls, p = classes[best], float(probs[best])
    if cls == NONE_CLASS or not cls[:2].isdigit():
        return cls, p
    lex = next((code for _, code in lexicon_codes(pred.head)), None)
    if lex is not None and p < TIE_PROB and not pred.negated:
        # a near tie: the verb lexicon breaks it ("met ... to discuss the peace process": CONSULT)
        near = [i for i, c in enumerate(classes) if c[:2] == lex[:2] and float(probs[i]) >= TIE_RATIO * p]
        if near:
            best = max(near, key=lambda i: float(probs[i]))
            cls, p = classes[best], float(probs[best])
    root = cls[:2]
    demand = pred.modal in OBLIGATION_MODALS and pred.reporter is not None
    if _agrees(pred) and root not in CONFLICT_ROOTS and not demand:
        return "03:AGREE", p
    scheduled = any(t.lemma_.lower() in SCHEDULE_WORDS or any(
        c.dep_ in ("acomp", "advmod") and c.lemma_.lower() in SCHEDULE_WORDS for c in t.children)
        for t in pred.chain[:-1])
    lex_cls = f"{lex[:2]}:{plover_of(lex)[0]}" if lex is not None else None
    if lex_cls in classes and not pred.negated and scheduled and root == "12":
        return lex_cls, p  # "are scheduled to meet" is never a refusal
    if lex_cls in classes and pred.negated and (pred.future or pred.modal) and root == "01":
        return lex_cls, p  # "said it would not attack": the negated action itself, not a bare statement
    if _intent(pred):
        if _unless(pred):  # "will withdraw its force unless ...": a conditional intention is a threat
            return "13:THREATEN", p
        if root == "01" and lex is not None:  # "said they would attack": the statement defers to the lexicon
            root = lex[:2]
        if root in COOPERATIVE_ROOTS:
            return "03:AGREE", p
        if root in CONFLICT_ROOTS:
            return "13:THREATEN", p
    elif demand and root in COOPERATIVE_ROOTS | {"03"}:
        return "10:REQUEST", p
    return cls, p
