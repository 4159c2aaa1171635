"""Attributions in a headline: "Clinton blasts Trump over deportation plan", "Rose Bowl skywriters blast Trump".

A headline is written in a clipped style the parser reads poorly: title case makes every word a proper noun,
and "blasts", "slams" or "backs" are taken for nouns, so the verb cues find no verb there. PolNeAR marks such
headlines as attributions (source: who acts, cue: the verb, content: what it acts on). Here the headline is the
article's first line, set off by a line break; a listed verb in it, found by its form and not by the parse, is
the cue, the words before it the source and the words after it, up to a setting ("over ...", "on Twitter"),
the content.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsdesk.extract.quote_attribution import _chars
from newsdesk.extract.quote_noun_cues import NounCue
from newsdesk.extract.quote_speaker_parse import strip_punct

HEADLINE_CONFIDENCE = 0.6
MAX_HEADLINE_CHARS = 200
MAX_SOURCE_TOKENS = 8
# verbs of stance or speech a headline uses, by their lemma; the third person ("blasts") always, the plain form
# ("blast") only after a plural subject ("Republicans blast Obama"), where it cannot be a noun
HEADLINE_VERBS = {
    "say": "says", "tell": "tells", "ask": "asks", "urge": "urges", "warn": "warns", "blast": "blasts",
    "slam": "slams", "mock": "mocks", "praise": "praises", "back": "backs", "endorse": "endorses",
    "denounce": "denounces", "demand": "demands", "attack": "attacks", "criticize": "criticizes",
    "criticise": "criticises", "question": "questions", "rip": "rips", "trash": "trashes", "whack": "whacks",
    "knock": "knocks", "defend": "defends", "accuse": "accuses", "reject": "rejects", "dismiss": "dismisses",
    "vow": "vows",
    "pledge": "pledges", "promise": "promises", "tout": "touts", "hail": "hails", "laud": "lauds",
    "scold": "scolds", "chide": "chides", "insist": "insists", "claim": "claims", "deny": "denies",
    "admit": "admits", "thank": "thanks", "taunt": "taunts", "bash": "bashes", "call": "calls",
    "swipe": "swipes", "lash": "lashes", "fire": "fires", "rail": "rails", "unload": "unloads", "condemn": "condemns",
}
# the particles some of them take before what they act on ("swipes at Trump", "calls for a ban")
PARTICLES = {"swipe": ("at",), "lash": ("out at",), "fire": ("back at",), "rail": ("against",), "unload": ("on",),
             "call": ("for", "on")}
NEEDS_PARTICLE = frozenset({"swipe", "lash", "fire", "rail", "unload"})
# a setting after what was acted on is the writer's, not part of it ("mocks Trump on Twitter")
SETTING_WORDS = frozenset({"on", "after", "in", "at", "amid", "during", "with", "following", "before",
                           "despite", "while", "via", "from"})
# a label before a colon or a dash opens some headlines ("EXCLUSIVE – ", "The Latest: ")
LABEL_ENDS = frozenset({":", "–", "—", "-"})
# forms that are as often plural nouns, the subject of a verb after them ("Paris attacks test ...")
PLURAL_NOUNS = frozenset({"attacks", "questions", "claims", "calls", "demands", "pledges", "promises", "thanks", "hits",
                          "backs", "knocks", "blasts", "vows"})
NOUN_MARKERS = frozenset({"'s", "’s", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for lemma, third in HEADLINE_VERBS.items():
        for form in (third, lemma):
            phrases = [p.split() for p in PARTICLES.get(lemma, ())]
            patterns = [[{"LOWER": form}] + [{"LOWER": w} for w in p] for p in phrases]
            if lemma not in NEEDS_PARTICLE:
                patterns.append([{"LOWER": form}])
            matcher.add(f"{lemma}|{'third' if form == third else 'plain'}", patterns)
    return matcher


def headline_span(doc: Doc, text: str) -> Optional[Span]:
    """Return the article's headline: its first line, when a line break follows it and the body goes on."""
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or end - lead > MAX_HEADLINE_CHARS or not text[end:].strip():
        return None
    return doc.char_span(lead, end, alignment_mode="contract")


def headline_attributions(doc: Doc, text: str, taken: list[tuple[int, int]]) -> list[NounCue]:
    """Return the attributions of the headline's listed verbs whose cue and content overlap none of ``taken``
    (the character offsets of the cues and contents the other layers found)."""
    head = headline_span(doc, text)
    if head is None or len(head) < 3:
        return []
    hits = [h for h in _longest(_matcher(doc.vocab)(head)) if _a_verb_here(doc, head, *h)]
    out: list[NounCue] = []
    source = None
    for n, (key, s, e) in enumerate(hits):
        if n == 0:
            source = _source(doc, head.start, s)
        elif not _joined(doc, hits[n - 1][2], s):
            break  # ("blast Obama after North Korea claims ...": a later verb is the content's own)
        # (a verb joined by "and" has the first one's source: "Le Pen Backs Trump And Denounces Clinton")
        stop = hits[n + 1][1] if n + 1 < len(hits) else head.end
        content = _content(doc, e, stop)
        if source is None or content is None:
            continue
        cue, chars = _chars(doc, (s, e)), _chars(doc, content)
        if not any(_overlap(span, other) for span in (cue, chars) for other in taken):
            out.append(NounCue(chars, cue, source, source[1] - 1, doc.vocab.strings[key].split("|")[0]))
    return out


def _a_verb_here(doc: Doc, head: Span, key: int, s: int, e: int) -> bool:
    """True when a listed form stands as a verb: after its subject, not after a possessive or a determiner
    ("Clinton's Attacks On ..."), not before a verb ("Paris attacks test ...", "questions are ..."), and the
    plain form only after a plural noun ("Republicans blast", not "Bill is back")."""
    before = doc[s - 1] if s > head.start else None
    if before is None or before.tag_ in ("POS", "DT", "PRP$") or before.lower_ in NOUN_MARKERS:
        return False
    after = doc[e] if e < head.end else None
    if after is not None and (after.pos_ == "AUX" or doc[s].lower_ in PLURAL_NOUNS and after.is_lower
                              and after.tag_ in ("VBP", "VBD")):
        return False
    if any(t.is_quote for t in doc[head.start:s]):
        return False  # 'Guns Are "...," Dean Tells Convention': the quotation is what was said
    plain = doc.vocab.strings[key].endswith("|plain")
    return not plain or before.is_alpha and before.lower_.endswith("s") and not before.is_stop


def _longest(hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Keep the longest of overlapping matches ("swipes at" over "swipes"), in text order."""
    kept: list[tuple[int, int, int]] = []
    for key, s, e in sorted(hits, key=lambda h: (h[1], -(h[2] - h[1]))):
        if not kept or s >= kept[-1][2]:
            kept.append((key, s, e))
    return kept


def _source(doc: Doc, start: int, cue: int) -> Optional[tuple[int, int]]:
    """Return who acts: the words before the cue, after a label ("EXCLUSIVE – ") or a fronted phrase ("Amid
    discord, Trump claims ..."); an aside between commas stays out ("Biden, stumping for Clinton, trashes")."""
    words = doc[start:cue]
    label = max((t.i for t in words if t.text in LABEL_ENDS), default=None)
    if label is not None:
        start = label + 1
    commas = [t.i for t in doc[start:cue] if t.text == ","]
    if len(commas) == 1 and commas[0] + 1 < cue:
        start = commas[0] + 1  # a fronted phrase, then the subject
    elif commas:
        cue = commas[0]  # the subject, then an aside
    s, e = strip_punct(doc, start, cue)
    if not 0 < e - s <= MAX_SOURCE_TOKENS or not (doc[s].is_title or doc[s].is_upper or doc[s].like_num):
        return None
    return s, e


def _joined(doc: Doc, end: int, cue: int) -> bool:
    """True when the words between a cue and the next one end with "and" ("Backs Trump And Denounces")."""
    return [t.lower_ for t in doc[end:cue]][-1:] == ["and"]


def _content(doc: Doc, start: int, stop: int) -> Optional[tuple[int, int]]:
    """Return what the cue acts on: the words after it up to a setting, a clause break or the next cue."""
    end = start
    while end < stop and doc[end].text not in (",", ";", ".") and not (
            end > start and doc[end].lower_ in SETTING_WORDS):
        end += 1
    if end == stop and end - 1 > start and doc[end - 1].lower_ == "and":
        end -= 1  # "Backs Trump And Denounces Clinton": the next cue's conjunction
    s, e = strip_punct(doc, start, end)
    return (s, e) if e > s else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
