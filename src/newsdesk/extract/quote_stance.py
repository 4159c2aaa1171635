"""The stance of an attribution, one of a closed set, from its cue word (see :mod:`newsdesk.extract.quotes`)."""
from __future__ import annotations

import re

from newsdesk.extract.quote_attribution import _Attribution
from newsdesk.extract.quote_lexicon import plea_stance

STANCES: dict[str, frozenset[str]] = {
    "acknowledges": frozenset({"acknowledge", "admit", "concede", "confirm", "grant", "recognize", "accept"}),
    "denies": frozenset({"deny", "reject", "dismiss", "refute", "dispute", "contradict", "rebut"}),
    "claims": frozenset({"claim", "allege", "contend", "argue", "maintain", "assert", "purport"}),
    "warns": frozenset({"warn", "caution", "threaten", "alert"}),
    "insists": frozenset({"insist", "stress", "emphasize", "emphasise", "reiterate", "repeat"}),
    "reports": frozenset({"report", "cite", "publish", "reveal", "find", "show", "disclose", "learn", "according",
                          "in"}),
    "accuses": frozenset({"accuse", "blame", "criticize", "criticise", "attack", "condemn", "slam", "blast",
                          "denounce", "charge", "fault"}),
    "promises": frozenset({"promise", "vow", "pledge", "commit", "swear", "guarantee"}),
    "asks": frozenset({"ask", "question", "wonder", "demand", "urge", "call", "request", "plead"}),
    "believes": frozenset({"believe", "think", "feel", "expect", "hope", "fear", "suspect", "worry", "doubt"}),
    "suggests": frozenset({"suggest", "hint", "imply", "indicate", "predict", "speculate", "estimate"}),
    "announces": frozenset({"announce", "declare", "unveil", "proclaim"}),
    "refuses": frozenset({"refuse", "decline"}),  # "declined to comment", "refused to endorse X"
}
STANCE_OF = {lemma: stance for stance, lemmas in STANCES.items() for lemma in lemmas}


_NEGATED_BEFORE = re.compile(r"\b(?:not|n't|never)\s+(?:yet\s+|immediately\s+|publicly\s+)?$", re.I)
# verbs whose negation withholds a statement: "Islamabad has not commented on the summons"
WITHHELD = frozenset(("comment", "respond", "reply", "confirm"))


def _stance(text: str, a: _Attribution) -> str:
    # "called for / on X" asks; "called the vote a declaration of war" names it, which asserts
    if a.lemma == "call" and a.cue and not text[a.cue[1]:a.cue[1] + 6].lstrip().startswith(("for ", "on ", "upon ")):
        return "asserts"
    if a.lemma in WITHHELD and a.cue and _NEGATED_BEFORE.search(text[max(0, a.cue[0] - 30):a.cue[0]]):
        return "refuses"
    plea = plea_stance(text[a.cue[1]:a.cue[1] + 12]) if a.lemma == "plead" and a.cue else None
    # a plea in court is no request: "pleaded not guilty" denies the charges, "pleaded guilty" admits them
    return plea or STANCE_OF.get(a.lemma, "asserts")
