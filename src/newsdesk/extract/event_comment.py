"""Comment sought and comment declined: "could not be reached for comment" is the reporter's try, no act;
"did not respond to a request for comment" declines comment (CAMEO 011).
"""
from __future__ import annotations

from newsdesk.extract.event_features import Predicate


# what a reporter asks for when a party "did not respond to a request for comment"
COMMENT_REQUESTS = frozenset("request requests call calls message messages email emails inquiry inquiries query "
                             "queries comment".split())


def sought_for_comment(pred: Predicate) -> bool:
    """Return True for "could not be reached for comment", "was contacted for comment": what the reporter
    tried, not something the actors did."""
    return pred.head.lemma_.lower() in ("reach", "contact") and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(t.lower_ in COMMENT_REQUESTS for t in c.subtree)
        for c in pred.head.children)


def no_comment(pred: Predicate) -> bool:
    """Return True for "did not (immediately) respond to a request for comment", "did not comment" and the
    like (CAMEO 011)."""
    verb = pred.head
    if pred.negated and verb.lemma_.lower() == "comment" and len(pred.chain) == 1:
        return True  # "Hezbollah did not immediately comment" (not "told them not to comment")
    if not pred.negated or verb.lemma_.lower() not in ("respond", "reply", "return"):
        return False
    return any(t.lower_ in COMMENT_REQUESTS for c in verb.children if c.dep_ in ("prep", "dobj")
               for t in c.subtree)
