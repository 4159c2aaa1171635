"""Attributions: quotes, speakers and reporting chains.

Every attribution the article makes, quoted or not, becomes a :class:`Quote`:

* **direct** (the content is a quotation), **indirect** (reported speech, the
  whole complement clause) or **mixed** (reported speech with quoted words);
* cues are verbs scored by a small learnt model (see :mod:`.quote_cue_model`), plus
  "according to X", a poll's "in", "reportedly" (no source), a question put to
  the speaker ("Asked if ..., she said"), colon and dash introductions,
  transcript and headline lines ("PENCE: ...", "Pence: Flowers won't attend")
  and signed quotations (``"..." ― Jane Doe``);
* quotations (:mod:`.quote_marks`) attach to the nearest cue in their sentence,
  continue across ``"A," he said. "B."`` and across paragraphs whose quote is
  left open, and a paragraph of quotation with no cue continues the previous
  attribution (a *floating* quote: PolNeAR, like a reader, gives it to the
  speaker before it, and scores the extent from the first quotation to it);
  a long quotation with no cue at all is kept, given to the speaker quoted
  just before it (an *orphan*, low confidence, no cue and no source span);
* a passive cue's statement includes its subject ("The deal was criticized as
  a threat"), and "referring to X" after a cue is the speaker's statement too
  (0.7), kept even between the halves of a split quotation;
* speakers are entity ids (:mod:`.speakers`); ``via`` lists the reporters a
  statement passed through, outermost first ("the New York Times reported,
  citing officials" → speaker officials, via [NYT]; a later "the paper added"
  or "it added" continues the chain; "X told the Times" → via [Times]).

``confidence`` is the cue model's probability (0.8 for "according to", 0.7 for
dash and transcript forms, polls, questions put and "referring to" asides, 0.6
for "reportedly", 0.35 for orphan quotations), lowered when the quotation is
unbalanced or the source resolves to no entity.

``stance`` is one of a closed set, from the cue word:

    asserts       say, state, tell, write, explain (the default)
    acknowledges  acknowledge, admit, concede, confirm, grant
    denies        deny, reject, dismiss, refute, dispute
    claims        claim, allege, contend, argue, maintain
    warns         warn, caution, threaten
    insists       insist, stress, emphasize, reiterate
    reports       report, according to, cite, publish, reveal, find, show
    accuses       accuse, blame, criticize, attack, condemn, slam
    promises      promise, vow, pledge, commit
    asks          ask, question, wonder, demand, urge, call for
    believes      believe, think, feel, expect, hope, fear, suspect
    suggests      suggest, hint, imply, indicate, predict
    announces     announce, declare, unveil

Modules: verb cues in :mod:`.quote_verb_attributions` (what reports no statement in :mod:`.quote_non_statements`);
phrase cues in :mod:`.quote_phrase_cues`; noun cues in :mod:`.quote_claim_cues` and :mod:`.quote_noun_cues`;
layout cues (signed quotes, speaker lines) in :mod:`.quote_line_cues`; joining attributions over quotations in
:mod:`.quote_assembly`; Quote records in :mod:`.quote_records`, reporting chains in :mod:`.quote_chains` and
stances in :mod:`.quote_stance`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.components.extensions import doc_list, doc_text
from newsdesk.extract.date_dateline import HEAD_CHARS, dateline_end, find_dateline
from newsdesk.extract.quote_assembly import _attach_quotes, _dedupe, _one_per_content
from newsdesk.extract.quote_attribution import _Attribution
from newsdesk.extract.quote_claim_cues import _chants, _noun_attributions
from newsdesk.extract.quote_cues import quoted_tokens, token_spans
from newsdesk.extract.quote_headlines import HEADLINE_CONFIDENCE, headline_attributions
from newsdesk.extract.quote_marks import find_quote_spans
from newsdesk.extract.quote_noun_cues import noun_cue_attributions, view_attributions
from newsdesk.extract.quote_noun_cues import NOUN_CUE_CONFIDENCE as NAMED_STANCE_CONFIDENCE
from newsdesk.extract.quote_phrase_cues import _according_to, _asked_leads, _in_a_poll, _reportedly
from newsdesk.extract.quote_records import _resolve
from newsdesk.extract.quote_verb_attributions import _verb_attributions
from newsdesk.extract.speakers import SpeakerIndex
from newsdesk.records import Entity, Quote


def extract_quotes(doc: Doc) -> tuple[list[Quote], list[Entity]]:
    """Return the article's attributions and the entity list, extended with any new speakers."""
    entities = doc_list(doc, "newsdesk_entities")
    if not len(doc) or not doc.has_annotation("DEP"):
        return [], entities
    text = doc_text(doc)
    marks = find_quote_spans(text)
    qtok = token_spans(doc, [(q.start, q.end) for q in marks])
    quoted = quoted_tokens(qtok)
    # stances named by a noun or adjective ("complaints that ...", "critical of ...", "in his view, ...")
    named = [_Attribution(n.content, n.cue, n.source, n.source_head, n.lemma, NAMED_STANCE_CONFIDENCE)
             for n in noun_cue_attributions(doc, quoted) + view_attributions(doc, quoted)]
    found = _verb_attributions(doc, text, qtok, quoted) + _according_to(doc, text) + _in_a_poll(doc) \
        + _noun_attributions(doc) + _reportedly(doc) + _asked_leads(doc) + _chants(doc, text, marks) + named
    # a headline's clipped verbs ("Clinton blasts Trump") where they overlap no cue or content found
    taken = [a.content for a in found] + [a.cue for a in found if a.cue is not None]
    found += [_Attribution(h.content, h.cue, h.source, h.source_head, h.lemma, HEADLINE_CONFIDENCE)
              for h in headline_attributions(doc, text, taken)]
    found = _one_per_content(_attach_quotes(doc, text, marks, _dedupe(doc, found)))
    head = _dateline_end(text)
    for a in found:
        if a.content[0] < head < a.content[1]:
            a.content = (head, a.content[1])
    index = SpeakerIndex(doc, entities, [(q.start, q.end) for q in marks if q.balanced])
    quotes = _resolve(doc, text, found, index, marks)
    return quotes, index.entities


_DASH_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,40}(?:,[^\n]{1,40}?)?[ \t]+[―—–-]{1,2}[ \t]+")


def _dateline_end(text: str) -> int:
    """Return where a leading dateline ("KABUL, Feb. 4, 2014 - ", "WASHINGTON ― ") ends, or 0 without one."""
    _, place, _ = find_dateline(text)
    end = dateline_end(text[:HEAD_CHARS], place)
    if not end:
        m = _DASH_DATELINE.match(text, len(text) - len(text.lstrip()))
        end = m.end() if m else 0
    return end
