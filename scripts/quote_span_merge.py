"""An experiment, not shipped: combine the learnt span tagger (quote_span_model.py) with the rule attributions.

In the experiment ``extract_quotes`` called ``tagger_additions`` after its rules; that hook is not in the
package. The rules (newsdesk.extract.quotes) stay the backbone: they know quotation marks, split and floating quotes,
"according to", chains and descriptors. The tagger adds the attributions they miss, mostly unquoted
ones with noun or stance cues ("in a statement", "the claim that", "believes"): a tagged content
that no rule content overlaps, with a tagged cue beside it, becomes a new attribution whose source is
the tagged source span (resolved to a speaker like any other source).
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from spacy.tokens import Doc

from newsdesk.extract.quote_speaker_parse import phrase_bounds, subject_of
from quote_span_model import TaggedAttribution, group_spans, tag_spans  # scripts/

NEW_OVERLAP = 0.2  # a tagged content overlapping rule contents by more than this share is theirs
# Off by default: on PolNeAR dev the additions raise content F1 .692 -> .696 and source F1 .646 -> .648 (quoted
# content unchanged), within noise, on test they change nothing (.699 / .641), and they cost about 3% of bare
# spaCy time, which puts the full/bare throughput ratio at risk of its 0.70 floor. Turn on to experiment.
ENABLED = False
FILL_SOURCE = True
MIN_TOKENS = 2  # shorter tagged contents ("it", "that") are mostly noise


class Addition(NamedTuple):
    """A tagger attribution to add: character offsets of content and cue, token offsets of the source."""

    content: tuple[int, int]
    cue: tuple[int, int]
    source: Optional[tuple[int, int]]
    source_head: Optional[int]
    lemma: str


def tagged_attributions(doc: Doc, covered: Optional[list[tuple[int, int]]] = None) -> list[TaggedAttribution]:
    """Return the tagger's grouped attributions for ``doc`` (empty without weights, tensor or parse).

    Sentences mostly inside the ``covered`` character spans (the rule contents) are not tagged: only
    attributions outside them can be added, and skipping them halves the tagger's cost.
    """
    return group_spans(doc, tag_spans(doc, covered))


def _chars(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    sp = doc[span[0]:span[1]]
    return sp.start_char, sp.end_char


def _match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ov = min(a[1], b[1]) - max(a[0], b[0])
    return ov >= 0.5 * (a[1] - a[0]) and ov >= 0.5 * (b[1] - b[0])


def tagger_additions(doc: Doc, rule_contents: list[tuple[int, int]]) -> list[Addition]:
    """Return the tagger's attributions whose content no rule attribution covers (character offsets).

    Empty while ``ENABLED`` is False.
    """
    out: list[Addition] = []
    if not ENABLED:
        return out
    for t in tagged_attributions(doc, rule_contents):
        if t.cue is None or t.content[1] - t.content[0] < MIN_TOKENS:
            continue
        s, e = _chars(doc, t.content)
        covered = sum(max(0, min(e, re_) - max(s, rs)) for rs, re_ in rule_contents)
        if covered > NEW_OVERLAP * (e - s):
            continue
        cue = doc[t.cue[0]:t.cue[1]]
        source, head = t.source, None
        if source is None and FILL_SOURCE:  # the tagger found no source: the cue verb's subject, if it has one
            subj = subject_of(cue.root) if cue.root.pos_ in ("VERB", "AUX") else None
            if subj is not None and not t.content[0] <= subj.i < t.content[1]:
                source = phrase_bounds(subj)
        if source is not None:
            head = doc[source[0]:source[1]].root.i
        lemma = "according" if cue[0].lower_ == "according" else cue.root.lemma_.lower()
        out.append(Addition((s, e), (cue.start_char, cue.end_char), source, head, lemma))
    return out
