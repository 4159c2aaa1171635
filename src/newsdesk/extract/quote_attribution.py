"""The working attribution: character offsets of content, cue and source, before it becomes a Quote record."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc


@dataclass
class _Attribution:
    """A working attribution in character offsets, before it becomes a Quote record."""

    content: tuple[int, int]
    cue: Optional[tuple[int, int]]
    source: Optional[tuple[int, int]]  # token offsets
    source_head: Optional[int]
    lemma: str
    confidence: float
    verb: Optional[int] = None
    speaker: Optional[str] = None
    via: list[str] = field(default_factory=list)
    cited: Optional[tuple[int, int]] = None  # token offsets of "citing X"
    told: Optional[tuple[int, int]] = None  # token offsets of the medium in "X told the Times"
    owner: Optional["_Attribution"] = None  # for a quotation with no cue: the attribution whose speaker it takes
    # the content is a statement (a clause or a quotation), not a thing acted on ("centred on a meeting at which
    # X told ..."): only a statement passes what is said inside it on as a chain
    reports: bool = True
    aside: bool = False  # '"...," he said, referring to X': said between a quotation's halves, kept inside it


def _chars(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
