"""Words, tags and marks the attribution modules share.

Verbs of saying, the subject and finite-verb labels of the parse, quote characters, relative words, the media a
statement is made in, and what a plea in court says of the charge: pure data and one-line tests, read by the
speaker, content and candidate modules and by the event layer.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
SPEECH_VERBS = frozenset({"say", "tell", "add", "tweet", "write", "explain", "continue", "reply", "respond", "recall",
                          "yell", "shout", "insist", "declare", "state", "quip", "joke", "post", "remark", "conclude"})
CONCESSIVE = frozenset({"though", "although"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
WH_RELATIVES = RELATIVE_WORDS - {"that"}
QUOTE_CHARS = frozenset('"“”„«»‟')
# What a plea in court says of the charge: "pleaded not guilty" denies it, "pleaded guilty" admits it.
PLEAS = (("not guilty", "denies"), ("innocent", "denies"), ("guilty", "acknowledges"), ("no contest", "acknowledges"))


def plea_stance(after: str) -> Optional[str]:
    """Return the stance of a plea from the text after "pleaded", or None when no plea to a charge follows."""
    after = after.lstrip().lower()
    return next((stance for words, stance in PLEAS if after.startswith(words)), None)


# What a statement is made in: "said in a statement it regretted ..." frames the cue, not the content.
SPEECH_MEDIA = frozenset({"statement", "interview", "letter", "email", "e-mail", "speech", "post", "tweet",
                          "briefing", "conference", "message", "video", "broadcast", "release", "filing"})


def is_quote_mark(tok: Token) -> bool:
    return tok.text in QUOTE_CHARS or tok.text in ("``", "''")


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# verbs of a "citing X" phrase: "the paper reported, citing officials" (shared by the attribution and event layers)
CITING_VERBS = frozenset(("cite", "quote"))
# verbs whose that-clause the parser may hang elsewhere (only these are searched: the search scans the sentence)
STRAY_CLAUSE_VERBS = SPEECH_VERBS | frozenset({"report", "claim", "confirm", "reveal", "announce", "warn",
                                               "acknowledge", "admit", "allege", "suggest"})


FINITE_PAST = frozenset({"VBD", "VBZ", "VBP"})
