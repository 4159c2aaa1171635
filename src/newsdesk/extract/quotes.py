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
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import NOUN as NOUN_POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from newsdesk.components.extensions import doc_list, doc_text
from newsdesk.extract.quote_lexicon import (
    CITING_VERBS, QUOTE_CHARS, RELATIVE_WORDS, SPEECH_VERBS, STRAY_CLAUSE_VERBS, is_quote_mark, plea_stance,
)
from newsdesk.extract.quote_speaker_parse import (
    before_a_conjoined_speaker, label_read_as_participle, phrase_bounds, strip_punct,
)
from newsdesk.extract.quote_content import answer_proform, opens_a_name, puts_it
from newsdesk.extract.quote_content_shape import Paragraphs, cut_coordinated, only_a_time
from newsdesk.extract.quote_cues import candidates, quoted_tokens, token_spans
from newsdesk.extract.quote_cue_model import (
    extension, extension_features, features, load_extension_model, load_model, score,
)
from newsdesk.extract.date_dateline import HEAD_CHARS, dateline_end, find_dateline
from newsdesk.extract.quote_marks import QuoteSpan, find_quote_spans
from newsdesk.extract.quote_noun_cues import NOUN_CUE_CONFIDENCE as NAMED_STANCE_CONFIDENCE
from newsdesk.extract.quote_noun_cues import named_holder, noun_cue_attributions, view_attributions
from newsdesk.extract.speakers import (
    DOCUMENT_NOUNS, MEDIA_NAME_RE, MEDIA_NOUNS, ORG_TYPES, PERSON_TYPES, SpeakerIndex, person_noun,
)
from newsdesk.records import Entity, Quote, TextSpan

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
# "refused to sign a deal" reports an act, not a statement; "refused to comment / to endorse X" is a stance
REFUSALS = frozenset({"refuse", "decline", "fail"})
SPEECH_ACTS = frozenset(STANCE_OF) | SPEECH_VERBS | frozenset({
    "comment", "discuss", "answer", "endorse", "disavow", "apologize", "apologise", "elaborate", "specify",
    "respond", "speak", "talk", "name", "identify", "back", "support", "recognize", "recognise", "rule",
    "divulge", "release", "detail", "explain", "testify", "mention", "address", "concede", "retract", "withdraw",
})
ASIDES = frozenset({"speak", "talk", "gesture", "point", "wave", "laugh", "smile", "pause", "look"})
CHAIN_LEMMAS = frozenset({"add", "continue", "note", "say", "report", "write"})
CHAIN_WINDOW = 3000  # characters over which "the paper added" still continues a citing chain
ORPHAN_WORDS = 10  # quotations longer than this are kept as attributions even without a cue
ORPHAN_REACH = 1500  # characters back to the attribution whose speaker a cue-less quotation is given


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


# -- finding ---------------------------------------------------------------------------------------
def _chars(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)


def _unknown_act_on_a_thing(verb: Token, ctype: str, weights: dict[str, float]) -> bool:
    """True when a verb the cue model never learned acts on a named party, not on words or views:
    "fined Apple 1.8 billion euros" reports nothing ("poohed the consensus that ..." may). Such a
    verb would be scored on its parse alone."""
    lemma = verb.lemma_.lower()
    if ctype != "obj" or f"l={lemma}" in weights or lemma in SPEECH_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return False
    # "fined Apple 1.8 billion euros": the parser hangs the party on the amount
    parties = [obj] + [c for c in obj.children if c.dep_ in ("nmod", "dative") and c.i < obj.i]
    return any(p.ent_type_ in _PARTY_ENTITY_TYPES or p.pos_ == "PRON" for p in parties)


# entity types of a party acted on, never of a statement
_PARTY_ENTITY_TYPES = PERSON_TYPES | ORG_TYPES


def _verb_attributions(doc: Doc, text: str, qtok: list[tuple[int, int]],
                       inside: frozenset[int]) -> list[_Attribution]:
    """Return the attributions cued by verbs; ``inside`` holds the tokens inside the quotations ``qtok``."""
    weights, threshold = load_model()
    if not weights:
        return []
    ext_weights = load_extension_model()
    paras = Paragraphs(doc)
    out: list[_Attribution] = []
    tails: set[int] = set()  # first tokens of coordinated tails: their verbs are content, not cues
    for cand in candidates(doc, qtok, paras):
        if cand.content is None:
            continue
        verb = doc[cand.verb]
        if _asked_lead(verb):
            continue  # its own attribution (_asked_leads)
        if (_unknown_act_on_a_thing(verb, cand.ctype, weights) or _a_ceremony(verb) or _paper_issued(verb, cand.ctype)
                or _force_on_a_thing(verb, cand.ctype) or _passive_event(verb, cand.ctype)):
            continue
        p = score(features(doc, cand, inside), weights)
        if _as_they_put_it(verb) or label_read_as_participle(verb) or _cried_after_quotation(doc, verb, cand):
            # "As the paper put it, ...", "Beruff called the plan "weak."" misread: an attribution by
            # construction that the model never saw parsed this way
            p = max(p, 0.9)
        elif cand.ctype == "prep:to" and _referring_aside(verb):
            p = max(p, REFERRING_CONFIDENCE)
        if p < threshold:
            continue
        if (_refused_act(verb, cand.ctype) or _holds_talks(doc, verb, cand) or only_a_time(doc, cand.content)
                or _this_article(doc, cand.source)):
            continue
        content = cand.content
        # ("said so in March": the pro-form stands alone)
        ext = extension(doc, cand, inside, paras) if ext_weights and answer_proform(verb) is None else None
        if ext is not None and ext[0] <= verb.i < ext[1] and not content[0] <= verb.i < content[1]:
            ext = None  # "X, two officials said on Monday, as talks resumed": the cue is never its own content
        if ext is not None and score(extension_features(doc, cand, ext), ext_weights) >= 0.5:
            content = cut_coordinated(doc, verb, ext)
        # ("warned that X would face punishment and state media said ...": the media's statement is their own)
        content = (content[0], before_a_conjoined_speaker(doc, content[0], content[1]))
        content = _without_trailing_conjunction(doc, _before_according(doc, content))
        content = _named_with_its_label(doc, verb, content)
        cited = _cited(verb)
        if cited is not None and content[0] <= cited[0] < content[1]:
            content = _after_citing(doc, content, cited)
        out.append(_Attribution(
            content=_chars(doc, content), cue=cand.cue, source=cand.source, source_head=cand.source_head,
            lemma=verb.lemma_.lower(), confidence=round(p, 3), verb=cand.verb,
            cited=cited, told=_told(verb), reports=cand.ctype.split(":")[0] not in ("obj", "prep", "xcomp"),
        ))
        if cand.tail is not None:  # "..., the officials said, and insisted on Y": Y is theirs too
            out.append(replace(out[-1], content=_chars(doc, cand.tail), verb=None))
            tails.add(cand.tail[0])
    # "reported, citing officials" is one attribution with a chain, not a second one about the officials
    cited_verbs = {doc[a.cited[0]:a.cited[1]].root.head.i for a in out if a.cited is not None}
    # "..., said Caddell, speaking of her health": the participle frames the statement, it reports nothing
    heads = [doc[i] for a in out for i in (a.verb, a.source_head) if i is not None]
    asides = {c.i for h in heads for c in h.children
              if c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.tag_ == "VBG" and c.lemma_.lower() in ASIDES}
    cited_verbs |= asides
    out = _referring_asides(doc, out)
    # "declined to comment on X" is one attribution, not a second one whose cue is "comment"
    refused = {c.i for a in out if a.lemma in REFUSALS and a.verb is not None
               for c in doc[a.verb].children if c.dep_ == "xcomp"}
    return [a for a in out if a.verb not in cited_verbs and a.verb not in tails and a.verb not in refused]


def _cried_after_quotation(doc: Doc, verb: Token, cand) -> bool:
    """True for '"The state!" the audience screamed back': a question or exclamation closes a quotation, the
    parser starts a sentence after it, and that sentence opens with the cue's speaker and its verb. The
    quotation is what was cried; the model never saw it parsed apart from its cue."""
    if cand.ctype != "quote" or cand.source_head is None or cand.content[1] != verb.sent.start:
        return False
    subj = doc[cand.source_head]
    end = cand.content[1]
    return (doc[end - 2].text in ("?", "!") and subj.dep_ == "nsubj" and subj.head.i == verb.i
            and subj.left_edge.i == end and subj.right_edge.i + 1 == verb.i
            and (subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ == "PERSON" or person_noun(subj)
                 or subj.lemma_.lower() in CROWD_NOUNS))


# people gathered who may shout a quotation back: '"Mexico!" the audience screamed'
CROWD_NOUNS = frozenset({"crowd", "audience", "protester", "demonstrator", "fan", "student", "spectator", "chorus"})


def _named_with_its_label(doc: Doc, verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """Run a quoted label's content back over what it names: "what employees have called a "fraudulent
    scheme"", "the fund will be dubbed the "Defeat the Governor Fund"", "Ruiz, whom one insider described
    as "his brother"" (PolNeAR takes the named thing into the statement)."""
    s, e = content
    if verb.lemma_.lower() not in NAMING_VERBS or s < verb.i:
        return content
    if not any(is_quote_mark(t) for t in doc[s:e]):
        return content
    named = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if named is not None:
        return named.left_edge.i, e
    relative = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.tag_ in ("WP", "WDT")
                     and c.i < verb.i), None)
    if relative is not None:
        return relative.i, e
    if verb.dep_ == "relcl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return verb.head.i, e
    return content


NAMING_VERBS = frozenset({"call", "dub", "title", "name", "label", "brand", "term", "describe", "know", "designate",
                          "nickname", "bill", "characterize"})


def _as_they_put_it(verb: Token) -> bool:
    return puts_it(verb) and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _this_article(doc: Doc, source: Optional[tuple[int, int]]) -> bool:
    """Return True for the paper speaking of itself: "An earlier version of this article listed ..."."""
    if source is None:
        return False
    words = [t.lower_ for t in doc[source[0]:source[1]]]
    return any(a == "this" and b in OWN_PIECES for a, b in zip(words, words[1:]))


OWN_PIECES = frozenset({"article", "story", "post", "piece", "column"})


def _before_according(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """Cut a content before a trailing "according to X": "engineers had warned that the dam needed repairs,
    according to a report" is the report's account of the warning, not part of what was warned."""
    s, e = content
    for t in doc[s + 1:e - 1]:
        if t.lower_ == "according" and doc[t.i + 1].lower_ == "to":
            end = t.i
            while end > s + 1 and doc[end - 1].is_punct:
                end -= 1
            return s, end
    return content


def _without_trailing_conjunction(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """Cut a conjunction (and commas) the content ends on: "voted to reject the decree and [thousands gathered]"."""
    s, e = content
    while e > s + 1 and (doc[e - 1].dep_ == "cc" or doc[e - 1].text == ","):
        e -= 1
    return s, e


# "resumed talks", "held negotiations": the talks are an event (CONSULT), not something said
TALK_NOUNS = frozenset("talk talks negotiation negotiations meeting meetings summit discussion discussions "
                       "consultation consultations dialogue".split())


def _holds_talks(doc: Doc, verb, cand) -> bool:
    """Return True for a verb whose object is a meeting noun: no statement is reported."""
    if cand.ctype != "obj" or verb.lemma_.lower() in SPEECH_ACTS:
        return False
    head = doc[cand.content[0]:cand.content[1]].root
    return head.lemma_.lower() in TALK_NOUNS or head.lower_ in TALK_NOUNS


# verbs of physical force: on an object they report nothing ("drones strike Ukraine's power grid"); with a
# particle or a reply they may ("shot back", "fired back at")
FORCE_VERBS = frozenset("strike bomb shell shoot kill wound injure storm raid destroy damage".split())


# what is fired, dropped or launched reports nothing: "fired tear gas and live rounds" ("proposed drones" may)
MUNITION_NOUNS = frozenset("gas round bullet shot missile rocket shell bomb grenade mortar drone cannon salvo volley "
                           "artillery projectile munition barrage".split())
DISCHARGE_VERBS = frozenset("fire launch drop lob hurl throw shoot use spray".split())


# what an armed attack hits: "attacked ships linked to Israel", "attacked an armoured vehicle" report nothing,
# where "attacked Clinton for ..." may
ARMED_ATTACK_VERBS = frozenset(("attack", "target", "hit"))
ARMED_TARGET_NOUNS = frozenset("vehicle target ship vessel tanker boat base convoy position outpost post village town "
                               "camp airport airfield port checkpoint barracks depot patrol troops soldier forces "
                               "plant facility pipeline bridge hospital station headquarters building embassy "
                               "consulate church mosque".split())


def _force_on_a_thing(verb, ctype: str) -> bool:
    if ctype != "obj":
        return False
    if verb.lemma_.lower() in ARMED_ATTACK_VERBS and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ARMED_TARGET_NOUNS for c in verb.children):
        return True
    if verb.lemma_.lower() in DISCHARGE_VERBS and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MUNITION_NOUNS for c in verb.children):
        return True  # ("fired a barrage of rockets": the barrage is a munition too)
    return verb.lemma_.lower() in FORCE_VERBS and not any(
        c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "back" for c in verb.children)


# prepositions of place, time, company or instrument: after a passive they tell where, when or with what something
# was done to the subject ("were admitted to hospital", "was deposed in a coup", "was attacked with hoses")
SETTING_PREPS = frozenset("in at on with to from into during after before between among within over through "
                          "under near across since".split())
# passives that put a charge or a question to their subject: "is charged with intimidation", "was challenged over"
CHARGED_PASSIVES = frozenset("charge accuse implicate challenge press question criticize criticise fault blame "
                             "quiz grill sue".split())


def _passive_event(verb, ctype: str) -> bool:
    """True for a passive with no agent whose only complement is a setting: "the yacht was towed to St Helens"
    reports an event done to its subject, not anyone's statement (PolNeAR train: 20 of 94 such predictions
    were attributions, nearly all charges or challenges, which are kept)."""
    if not ctype.startswith("prep:") or ctype[5:] not in SETTING_PREPS or verb.tag_ != "VBN":
        return False
    if verb.lemma_.lower() in CHARGED_PASSIVES:
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps and "agent" not in deps


# phrasal verbs that name a ceremony or an act, not speech: "swore in X as interim president"
CEREMONIES = frozenset({("swear", "in"), ("call", "off"), ("sign", "off")})


def _a_ceremony(verb) -> bool:
    # (the parser often reads the particle as a preposition: "swore in [congressional leader X]")
    return any((verb.lemma_.lower(), c.lower_) in CEREMONIES for c in verb.children
               if c.dep_ == "prt" or c.dep_ == "prep" and c.i == verb.i + 1)


# papers a body issues that say nothing: "issued an arrest warrant for X" reports no statement ("issued a statement",
# "issued an apology" do)
ISSUED_PAPERS = frozenset("warrant visa passport licence license permit bond bonds ticket fine subpoena summons "
                          "currency banknote stamp".split())


def _paper_issued(verb, ctype: str) -> bool:
    return ctype == "obj" and verb.lemma_.lower() == "issue" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ISSUED_PAPERS for c in verb.children)


def _refused_act(verb, ctype: str) -> bool:
    """Return True for "refused to sign a deal": a refusal whose complement is no speech act."""
    if verb.lemma_.lower() not in REFUSALS or ctype != "xcomp":
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    return bool(acts) and acts[0].lemma_.lower() not in SPEECH_ACTS


def _cited(verb) -> Optional[tuple[int, int]]:
    """Return the token offsets of X in "<verb>, citing X" (attached to the verb or its complement)."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "ccomp"]
    participles = [c for h in heads for c in h.children
                   if c.lemma_.lower() in CITING_VERBS and c.dep_ in ("advcl", "xcomp", "conj", "prep", "acl")]
    # "the paper reported, citing officials, that ...": the parser may hang "citing" on another verb
    doc = verb.doc
    participles += [t for t in doc[verb.i + 1:min(verb.i + 3, len(doc))]
                    if t.lemma_.lower() in CITING_VERBS and doc[t.i - 1].text == ","]
    for c in participles:
        objs = [o for o in c.children if o.dep_ in ("dobj", "pobj")]
        if objs and _agent_like(objs[0]):
            return phrase_bounds(objs[0])
    return None


def _agent_like(tok) -> bool:
    """Return True when a cited phrase names someone ("citing officials"), not a reason ("citing low growth")."""
    return (tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN" or person_noun(tok)
            or tok.lemma_.lower() in MEDIA_NOUNS or tok.lemma_.lower() in DOCUMENT_NOUNS)



def _after_citing(doc: Doc, content: tuple[int, int], cited: tuple[int, int]) -> tuple[int, int]:
    """Return the content without a "citing X" that the parser hung inside the complement: leading
    ("citing officials, that ...") or trailing ("35 children were among the dead, citing reports")."""
    citing = doc[cited[0]:cited[1]].root.head
    start = max(citing.right_edge.i + 1, cited[1])
    if citing.i < content[0]:
        return content
    if citing.i - content[0] > 1:
        end = citing.i
        while end > content[0] + 1 and doc[end - 1].is_punct:
            end -= 1
        trailing = citing.i < content[1] and doc[citing.i - 1].text == "," and start >= content[1]
        return (content[0], end) if trailing else content
    while start < content[1] and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return (start, content[1]) if start < content[1] else content


def _told(verb) -> Optional[tuple[int, int]]:
    """Return the token offsets of the news outlet in "X told the Times" / "X said in an interview with Y"."""
    if verb.lemma_.lower() != "tell":
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and (c.ent_type_ or c.pos_ == "PROPN" or c.lemma_.lower() in MEDIA_NOUNS
                                             or MEDIA_NAME_RE.search(c.text)):
            return phrase_bounds(c)  # (kept only if it resolves to an outlet: not "told Congress")
    return None


_ACCORDING = re.compile(r"\b[Aa]ccording to\b")


def _according_to(doc: Doc, text: str) -> list[_Attribution]:
    """Return "according to X" attributions: the clause minus the prepositional phrase."""
    out = []
    for m in _ACCORDING.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 2:
            continue
        start = span.start
        to = doc[start + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            continue
        src = phrase_bounds(objs[0])
        sent = doc[start].sent
        sent_start, sent_end = sent.start, sent.end
        # the parser's sentences sometimes run over a paragraph break; the attribution never does
        para_start = text.rfind("\n", 0, m.start()) + 1
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        while sent_start < start and doc[sent_start].idx < para_start:
            sent_start += 1
        while sent_end > start + 2 and doc[sent_end - 1].idx >= para_end:
            sent_end -= 1
        pp_start, pp_end = start, max(to.right_edge.i + 1, src[1])
        if start - sent_start <= 1:
            pp_end = _opening_source_end(doc, start + 2, pp_end, sent_end)
            src = (src[0], min(src[1], pp_end))
        relative = _relative_before(doc, pp_start)
        if pp_start - sent_start <= 1:
            content = (pp_end, sent_end)
        elif relative is not None and relative > sent_start:
            content = (relative, pp_start)
        elif sent_end - pp_end <= 2 or _clause_before(doc, sent_start, pp_start, pp_end) \
                or _another_speaker_after(doc, pp_end, sent_end):
            content = (sent_start, pp_start)
        else:
            content = (sent_start, sent_end)
        s, e = strip_punct(doc, *content)
        if e - s < 2:
            continue
        out.append(_Attribution(
            content=_chars(doc, (s, e)), cue=(doc[start].idx, to.idx + len(to.text)), source=src,
            source_head=objs[0].i, lemma="according", confidence=0.8,
        ))
    return out


def _relative_before(doc: Doc, start: int) -> Optional[int]:
    """Return where a which-clause set off by commas right before ``start`` begins: in "delegates, which
    stood at 263 entering Tuesday's primary, according to the AP" the count is what the AP says."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    last = doc[start - 2]
    for head in [last, *last.ancestors]:
        if head.dep_ == "relcl":
            first = head.left_edge
            # (only "which": a who-clause describes a person, and PolNeAR mostly gives the whole sentence there)
            if head.right_edge.i == start - 2 and first.lower_ == "which" and first.i > 0 \
                    and doc[first.i - 1].text == ",":
                return first.i
            return None
    return None


ASKED_CONFIDENCE = 0.7
_ASKED = re.compile(r"\b[Aa]sked\b")
QUESTION_WORDS = frozenset({"if", "whether", "why", "what", "how", "who", "whom", "which", "where", "when"})


def _asked_lead(tok: Token) -> bool:
    """"Asked if he was ever bullied, ...", "he said when asked about X": a subjectless participle of "ask"."""
    doc = tok.doc
    return (tok.dep_ == "advcl" and tok.lower_ == "asked" and tok.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and (tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].lower_ in ("when", "while", "after", "once", ",")))


def _asked_leads(doc: Doc) -> list[_Attribution]:
    """Return the question put in "Asked if he was ever bullied, Trump said no" (PolNeAR: cue "asked", the
    if-, wh- or about-phrase as content, the asker of "asked by X" as source, else none). The answer is the
    main verb's attribution; the parser hangs the question clause on the participle as an adverbial."""
    out = []
    for m in _ASKED.finditer(doc_text(doc)):
        tok = doc.char_span(m.start(), m.end())
        if tok is None or not _asked_lead(tok[0]):
            continue
        tok = tok[0]
        asked = [t for t in tok.subtree if t.i > tok.i]
        content = None
        for c in tok.rights:
            if c.dep_ in ("advcl", "ccomp", "xcomp") and (c.left_edge.lower_ in QUESTION_WORDS
                                                          or c.dep_ == "xcomp" and c.left_edge.lower_ == "to"):
                # (the participle's own subtree: the parser may hang the clause's object on it)
                content = (c.left_edge.i, max(c.right_edge.i, tok.right_edge.i) + 1)
                break
        if content is None:  # "Asked at a briefing Monday about her future role"
            about = next((t for t in asked if t.lower_ == "about" and t.dep_ == "prep"), None)
            if about is not None:
                content = (about.i, about.right_edge.i + 1)
        if content is None:
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
        s, e = strip_punct(doc, *content)
        if e <= s:
            continue
        out.append(_Attribution(
            content=_chars(doc, (s, e)), cue=(tok.idx, tok.idx + len(tok.text)),
            source=phrase_bounds(by) if by is not None else None, source_head=by.i if by is not None else None,
            lemma="ask", confidence=ASKED_CONFIDENCE, reports=False,
        ))
    return out


REPORTED_CONFIDENCE = 0.6


def _reportedly(doc: Doc) -> list[_Attribution]:
    """Return "X reportedly did Y" as an attribution with no named source: the writer passes on someone's
    account (PolNeAR annotates 19 of the 29 "reportedly" in its train split, the clause as content, no source).
    A coordinated verb reports its whole coordination, as the annotators read "gained acclaim ... and was
    reportedly targeted"."""
    out = []
    if "eportedly" not in doc_text(doc):
        return out
    for tok in doc:
        if tok.lower_ != "reportedly" or tok.dep_ != "advmod":
            continue
        clause = tok.head
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() in SPEECH_VERBS or any(
                c.dep_ == "ccomp" and c.left_edge.lower_ not in RELATIVE_WORDS for c in clause.children):
            continue  # "reportedly said ...", "reportedly argued that ...": the verb's own attribution
        sent = clause.sent
        first, last = max(clause.left_edge.i, sent.start), min(clause.right_edge.i + 1, sent.end)
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subj is not None:  # "When asked to leave, he reportedly refused": the setting is the writer's
            first = max(first, subj.left_edge.i)
        # "..., leaving progressives fearful", "..., which prompted organizers to ...": the writer's sequel
        sequel = [c.left_edge.i for c in clause.rights if c.dep_ in ("advcl", "relcl", "ccomp", "conj")
                  and doc[c.left_edge.i - 1].text == "," and c.i > tok.i
                  and (c.tag_ == "VBG" or c.left_edge.lower_ in RELATIVE_WORDS)]
        if sequel:
            last = min(last, min(sequel) - 1)
        if first == tok.i:  # "Reportedly, he made ...": the adverb opens the sentence
            first += 1
        s, e = strip_punct(doc, first, last)
        if e - s < 3:
            continue
        out.append(_Attribution(
            content=_chars(doc, (s, e)), cue=(tok.idx, tok.idx + len(tok.text)), source=None, source_head=None,
            lemma="report", confidence=REPORTED_CONFIDENCE,
        ))
    return out


POLL_NOUNS = frozenset({"poll", "survey"})
POLL_CONFIDENCE = 0.7


def _in_a_poll(doc: Doc) -> list[_Attribution]:
    """Return a poll's findings: "Clinton led Sanders 56 percent to 32 percent in a CBS News poll" is the
    poll's account (PolNeAR takes "in" for the cue and the poll for the source); the clause minus the phrase
    is the content. Only a clause with its own subject is a finding ("voters who took part in the survey"), and
    not one someone else reports ("she says Labor did not suffer in the polls")."""
    out = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep":
            continue
        poll = next((c for c in tok.children if c.dep_ == "pobj" and _names_a_poll(c)), None)
        clause = tok.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head  # "has a decisive lead in the polls"
        if poll is None or clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("relcl", "acl", "ccomp"):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in RELATIVE_WORDS \
                or subj.left_edge.i <= tok.i <= subj.right_edge.i \
                or any(c.dep_ == "mark" or c.tag_ == "WRB" and c.i < clause.i for c in clause.children):
            continue  # "46 percent of people in the poll said ...": the verb reports; "as he rises in the polls"
        sent = clause.sent
        first, last = max(clause.left_edge.i, sent.start), min(clause.right_edge.i + 1, sent.end)
        pp_start, pp_end = tok.i, tok.right_edge.i + 1
        content = (pp_end, last) if pp_start <= first + 1 else (first, pp_start)
        s, e = strip_punct(doc, *content)
        if e - s < 3 or not s <= subj.i < e:
            continue
        out.append(_Attribution(
            content=_chars(doc, (s, e)), cue=(tok.idx, tok.idx + len(tok.text)), source=phrase_bounds(poll),
            source_head=poll.i, lemma="in", confidence=POLL_CONFIDENCE,
        ))
    return out


def _names_a_poll(noun: Token) -> bool:
    """"a CBS News poll", "most surveys", "the RealClearPolitics average of New Hampshire polls"."""
    if noun.lemma_.lower() in POLL_NOUNS:
        return True
    return noun.lemma_.lower() == "average" and any(o.dep_ == "pobj" and o.lemma_.lower() in POLL_NOUNS
                                                    for p in noun.children if p.lower_ == "of" for o in p.children)


def _another_speaker_after(doc: Doc, start: int, end: int) -> bool:
    """"X won the most seats, according to official results, but his party said the count was rigged": a
    speech verb with its own subject after the phrase starts someone else's statement."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in STRAY_CLAUSE_VERBS
               and any(c.dep_ == "nsubj" and c.i >= start for c in t.children) for t in doc[start:end])


# "Trump's claim that ...", "his pledge to ...": a statement named by a noun, with the verb lemma that gives its stance
CLAIM_NOUNS = {
    "claim": "claim", "allegation": "allege", "assertion": "assert", "contention": "contend", "argument": "argue",
    "insistence": "insist", "denial": "deny", "admission": "admit", "acknowledgment": "acknowledge",
    "acknowledgement": "acknowledge", "warning": "warn", "threat": "threaten", "promise": "promise",
    "pledge": "pledge", "vow": "vow", "assurance": "promise", "suggestion": "suggest", "prediction": "predict",
    "accusation": "accuse", "charge": "charge", "announcement": "announce", "statement": "say",
    "demand": "demand", "call": "call", "insinuation": "imply",
}
# nouns whose statement can be an infinitive ("his pledge to build a wall"), not only a "that" clause
INFINITIVE_NOUNS = frozenset({"promise", "pledge", "vow", "threat", "demand", "call"})
NOUN_CUE_CONFIDENCE = 0.6


def _noun_attributions(doc: Doc) -> list[_Attribution]:
    """Return attributions whose cue is a noun with its statement as a complement clause.

    "Tulsa police's earlier claim that Crutcher had refused" reports the police's claim; the
    possessor is the source ("his warning that ..." resolves like any pronoun), else a "by"/"from"
    phrase ("allegations by former aides that ..."), else there is none ("allegations that he lied").
    A relative clause ("the claim that he made") states nothing and is not taken.
    """
    out = []
    wanted = _claim_lemma_ids()
    # token attributes as an array: no Token objects for the thousands of words that are no claim noun
    lemmas = doc.to_array([LEMMA, POS]).tolist() if len(doc) else []
    for i, (lemma_id, pos) in enumerate(lemmas):
        if lemma_id not in wanted or pos != NOUN_POS:
            continue
        noun = doc[i]
        lemma = noun.lemma_.lower()
        clause = _statement_clause(noun, lemma)
        if clause is None:
            continue
        start, end = strip_punct(doc, clause.left_edge.i, min(clause.right_edge.i + 1, noun.sent.end))
        if end - start < 3:
            continue
        verb = _speech_verb_of_medium(noun)
        if verb is not None:  # "The White House said in a statement that ...": the verb's statement
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            out.append(_Attribution(
                content=_chars(doc, (start, end)), cue=(verb.idx, verb.idx + len(verb.text)),
                source=phrase_bounds(subject) if subject is not None else None,
                source_head=subject.i if subject is not None else None, lemma=verb.lemma_.lower(),
                confidence=NOUN_CUE_CONFIDENCE,
            ))
            continue
        source_head = named_holder(noun)
        bounds = phrase_bounds(source_head) if source_head is not None else None
        if source_head is None:
            source_head = _verb_read_as_noun(noun)
            bounds = (source_head.left_edge.i, source_head.i + 1) if source_head is not None else None
        out.append(_Attribution(
            content=_chars(doc, (start, end)), cue=(noun.idx, noun.idx + len(noun.text)),
            source=bounds, source_head=source_head.i if source_head is not None else None,
            lemma=CLAIM_NOUNS[lemma], confidence=NOUN_CUE_CONFIDENCE,
        ))
    return out


def _speech_verb_of_medium(noun: Token) -> Optional[Token]:
    """Return the speech verb of "said in a statement" when the parser hung the that-clause on the noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "through") or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS else None


# "chants of "Lock her up!"", "cries of "Shame!"": a noun of crying out names a quotation as what was cried
_CRIES_OF = re.compile(r"\b(?:chants?|cries|shouts|chorus|refrain)[ \t]+of[ \t]*$", re.I)
CRY_GATHERING_PREPS = frozenset({"with", "in", "into"})


def _chants(doc: Doc, text: str, marks: list[QuoteSpan]) -> list[_Attribution]:
    """Return the quotations cried out in "the crowd broke into chants of "..."": the noun is the cue, its
    possessor or the subject of the verb it is joined in with ("responded with chants of") the source; after a
    passive ("was met with chants of") there is none."""
    out = []
    for q in marks:
        if len(text[q.start:q.end].split()) < 2:
            continue  # 'chants of "Bobby!"': a lone word cheered, a name most often, states nothing
        m = _CRIES_OF.search(text, max(0, q.start - 30), q.start)
        noun = doc.char_span(m.start(), m.start() + len(m.group().split()[0])) if m is not None else None
        if noun is None or len(noun) != 1:
            continue
        noun = noun[0]
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        prep = noun.head
        if source is None and noun.dep_ == "pobj" and prep.lower_ in CRY_GATHERING_PREPS and prep.head.pos_ == "VERB":
            source = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        out.append(_Attribution(
            content=(q.start, q.end), cue=(noun.idx, noun.idx + len(noun.text)),
            source=phrase_bounds(source) if source is not None else None,
            source_head=source.i if source is not None else None, lemma="say", confidence=NOUN_CUE_CONFIDENCE,
        ))
    return out


def _verb_read_as_noun(noun: Token) -> Optional[Token]:
    """Return the name the parser made the root when it read a sentence's verb as its object: "Trump charges
    that countries ... donated millions" (root "Trump", object "charges")."""
    if not noun.lower_.endswith("s") or noun.i == 0:
        return None
    head = noun.head
    if (noun.dep_ == "dobj" and head.i == noun.i - 1 and head.dep_ == "ROOT"
            and head.pos_ in ("PROPN", "NOUN") and head.left_edge.is_sent_start):
        return head
    # ... or the root itself, with the name as its modifier: "Kessler charges that ..."
    name = noun.doc[noun.i - 1]
    if (noun.dep_ == "ROOT" and name.dep_ == "compound" and name.head.i == noun.i and name.pos_ == "PROPN"
            and name.left_edge.is_sent_start):
        return name
    return None


@lru_cache(maxsize=1)
def _claim_lemma_ids() -> frozenset:
    """Return the string hashes of the claim nouns' lemmas (and their capitalised forms)."""
    return frozenset(hash_string(form) for lemma in CLAIM_NOUNS for form in (lemma, lemma.capitalize()))


# verbs that take a statement as their object, so "a claim that X VERBed" with no object is relative
ANSWERING_VERBS = frozenset({
    "deny", "reject", "dismiss", "dispute", "rebut", "refute", "contest", "challenge", "question", "repeat", "echo",
    "make", "level", "raise", "voice", "issue", "deliver", "offer", "call", "describe", "support", "back",
    "welcome", "criticize", "criticise", "condemn", "hear", "receive",
})


def _statement_clause(noun, lemma: str):
    """Return the clause a claim noun introduces: "that"-marked, or an infinitive for a pledge-like noun."""
    for c in noun.rights:
        if c.dep_ not in ("acl", "ccomp", "relcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        marks = [m for m in c.children if m.dep_ == "mark" and m.i < c.i]
        if marks and marks[0].lower_ == "that" and marks[0].i == _after_noun_phrase(noun):
            if c.lemma_.lower() in ANSWERING_VERBS and not any(o.dep_ in ("dobj", "ccomp") for o in c.children):
                return None  # "a charge that party leaders denied": a relative clause, the charge its object
            return c
        if (lemma in INFINITIVE_NOUNS and c.dep_ == "acl" and c.i >= noun.i + 2 and noun.doc[noun.i + 1].lower_ == "to"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            return c
    return None


def _after_noun_phrase(noun) -> int:
    """Return the index after the noun and any "by"/"from" phrase of it ("allegations by former aides")."""
    end = noun.i + 1
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i == end:
            end = c.right_edge.i + 1
    return end


RELATIVE_OPENERS = frozenset(("which", "who", "whose", "whom", "where"))


def _opening_source_end(doc: Doc, first: int, end: int, sent_end: int) -> int:
    """Return where X ends in a sentence-opening "According to X, ...": at its comma.

    The parser sometimes hangs the reported clause on X as an apposition ("According to Tom Gale,
    the move reeks of fear" with "reeks" a noun); a verbless phrase or a relative clause between two
    commas describes X ("According to Tom Gale, a radio host, ...", "According to the report, which
    leaked on Monday, ...") and stays with it.
    """
    commas = [i for i in range(first, sent_end) if doc[i].text == ","]
    if not commas or commas[0] >= end:
        return end
    cut = commas[0]
    between = doc[commas[0] + 1:commas[1]] if len(commas) > 1 else None
    if between is not None and len(between) and (
            between[0].lower_ in RELATIVE_OPENERS or not any(t.pos_ in ("VERB", "AUX") for t in between)):
        cut = commas[1]
    return min(cut, end)


def _clause_before(doc: Doc, start: int, pp_start: int, pp_end: int) -> bool:
    """Return True when a whole clause precedes "according to X" and only a phrase follows it.

    "Rates would rise 20 percent, according to the foundation, twice the forecast" reports the clause.
    """
    has_clause = any(t.dep_ in ("nsubj", "nsubjpass") and start <= t.head.i < pp_start for t in doc[start:pp_start])
    end = doc[pp_start].sent.end
    after_clause = any(t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or not pp_end <= t.head.i < end)
                       for t in doc[pp_end:end])
    return has_clause and not after_clause


def _referring_asides(doc: Doc, found: list[_Attribution]) -> list[_Attribution]:
    """'"...," he said, referring to the party's convention': whom or what a speaker meant is the speaker's
    statement too (PolNeAR annotates 42 of the 58 "referring to" in its train split). It takes the speaker of the
    nearest attribution before it in the sentence, and leaves that attribution's content where the parser ran
    it on over the aside."""
    out = list(found)
    for i, a in enumerate(out):
        if a.verb is None or not _referring_aside(doc[a.verb]):
            continue
        comma = _comma_before(doc, a.verb)
        out[i] = a = replace(a, content=_before_a_relative(doc, a.content))
        sent_start = doc[a.verb].sent.start_char
        before = [j for j, b in enumerate(out) if b.verb is not None and b.verb != a.verb and b.cue is not None
                  and sent_start <= b.cue[0] < comma and b.source is not None]
        if not before:
            continue
        j = max(before, key=lambda j: out[j].cue[0])
        b = out[j]
        out[i] = replace(a, source=b.source, source_head=b.source_head, aside=True)
        if b.content[0] < comma < b.content[1]:
            out[j] = replace(b, content=(b.content[0], comma))
    return out


REFERRING_CONFIDENCE = 0.7


def _referring_aside(verb: Token) -> bool:
    """'"...," he said, referring to the levy': a participle of "refer" set off by a comma."""
    return verb.lemma_.lower() == "refer" and verb.tag_ == "VBG" and _comma_before(verb.doc, verb.i) is not None


def _comma_before(doc: Doc, i: int) -> Optional[int]:
    """Return where the comma set before token ``i`` ends what precedes it: at the comma, or after the closing
    quote mark that follows it ('"... by Cleveland,” referring to')."""
    if i > 0 and doc[i - 1].text == ",":
        return doc[i - 1].idx
    if i > 1 and is_quote_mark(doc[i - 1]) and doc[i - 2].text == ",":
        return doc[i - 1].idx + len(doc[i - 1])
    return None


def _before_a_relative(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """Cut what follows the thing referred to: in "referring to the party's July convention, where Republicans
    will select a nominee" the speaker meant the convention (PolNeAR stops there), and in '"...," he said,
    referring to the levy, "..."' the quotation's second half is his statement, not the aside's."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return content
    for tok in span[1:]:
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.text == "," and after is not None and (
                after.i < span.end and is_quote_mark(after)
                or any(c.dep_ in ("relcl", "acl") and c.left_edge.i == after.i for c in after.ancestors)
                or after.dep_ in ("relcl", "acl")):
            return content[0], tok.idx
    return content


def _dedupe(doc: Doc, found: list[_Attribution]) -> list[_Attribution]:
    """Drop attributions whose content repeats a more confident one's (same cue or same content), and an
    act whose object holds a whole attribution: "released a letter that says he is in good health" is the
    letter's statement."""
    found = [a for a in found if not any(_holds_attribution(doc, a, b) for b in found)]
    found = sorted(found, key=lambda a: -a.confidence)
    kept: list[_Attribution] = []
    for a in found:
        clash = False
        for k in kept:
            ov = min(a.content[1], k.content[1]) - max(a.content[0], k.content[0])
            if ov > 0.8 * (a.content[1] - a.content[0]) and ov > 0.8 * (k.content[1] - k.content[0]):
                clash = True
                break
        if not clash:
            kept.append(a)
    return sorted(kept, key=lambda a: a.content[0])


def _one_per_content(found: list[_Attribution]) -> list[_Attribution]:
    """Keep the most confident of attributions whose contents became the same span once widened over their
    quotations: '... referenced ...: "A," the union wrote' reports "A" once, as the union's."""
    best: dict[tuple[int, int], _Attribution] = {}
    for a in found:
        held = best.get(a.content)
        if held is None or a.confidence > held.confidence:
            best[a.content] = a
    for a in found:
        if a.owner is not None:
            a.owner = best.get(a.owner.content, a.owner)  # a cue-less quotation follows the kept attribution
    return [a for a in found if best[a.content] is a]


def _holds_attribution(doc: Doc, outer: _Attribution, inner: _Attribution) -> bool:
    if (outer is inner or outer.cue is None or inner.verb is None or outer.reports or not inner.reports
            or doc[inner.verb].dep_ != "relcl" or inner.lemma not in SPEECH_VERBS):
        return False
    s, e = outer.content
    return outer.cue[1] <= s < inner.cue[0] and inner.cue[1] <= inner.content[0] < e and inner.content[1] <= e


def _attach_quotes(doc: Doc, text: str, marks: list[QuoteSpan], found: list[_Attribution]) -> list[_Attribution]:
    """Extend contents to whole quotations, join split and floating quotes, and add dash-signed quotes."""
    for a in found:
        s, e = a.content
        for q in marks:
            if not (q.start < e and s < q.end):
                continue
            if a.verb is not None and _inside(doc, a.verb, q):
                s, e = max(s, q.start + 1), min(e, q.end - 1)  # an attribution quoted inside a quotation
            else:
                s, e = min(s, q.start), max(e, q.end)
        a.content = (s, e)
        _cut_after_quote(text, marks, a)
    sent_starts = [sent.start_char for sent in doc.sents]
    titles = _quoted_names(doc, marks)
    for a in found:
        _join_split_quote(text, marks, a, found, sent_starts, titles)
        _join_colon_quote(text, marks, a)
    for a in found:
        _run_on_after_participle(doc, text, marks, a, found)
    extra = [x for x in (_dash_signed(doc, text, q) for q in marks if not _covered(found, q)) if x is not None]
    extra += _speaker_lines(doc, text, found + extra)
    extra += _roundup_speakers(doc, text, marks, found + extra)
    found = sorted(found + extra, key=lambda a: a.content[0])
    for q in marks:
        if _covered(found, q) or not _whole_paragraph(text, q):
            continue
        later = _continued_by(text, found, q) if not q.balanced else None
        if later is not None:
            # a paragraph that opens a quote and leaves it open runs on into the next one, whose cue names
            # the speaker: '"We will not stop. / "Peru deserves better," Luque said.'
            later.content = (q.start, later.content[1])
            continue
        owner = _previous(found, q.start)
        if owner is None or owner.content[1] > q.start:
            continue
        owner_para_end = text.find("\n", owner.content[1] - 1)
        if owner_para_end < 0 or text[owner_para_end:q.start].strip() or owner_para_end > q.start:
            continue  # only the paragraph right after the owner's continues it
        # a quote left open runs on into this paragraph; a quotation paragraph with no cue goes on with it
        owner.content = (owner.content[0], q.end)
    # a long quotation with no cue found is still someone's statement (short ones are mostly scare quotes)
    orphans = []
    for q in marks:
        if len(text[q.start:q.end].split()) <= ORPHAN_WORDS or _covered(found, q):
            continue
        owner = _previous(found, q.start)  # most likely the speaker quoted just before
        if owner is not None and (q.start - owner.content[1] > ORPHAN_REACH or owner.content[1] > q.start):
            owner = None
        if owner is not None and owner.cue is not None and _runs_on(text, owner.content[1], q.start):
            # 'said his rights were restored, "But I do know that ..."': the quotation goes on with the statement
            owner.content = (owner.content[0], q.end)
            continue
        orphans.append(_Attribution(content=(q.start, q.end), cue=None, source=None, source_head=None,
                                    lemma="say", confidence=0.35, owner=owner))
    return sorted(found + orphans, key=lambda a: a.content[0])


def _runs_on(text: str, end: int, start: int) -> bool:
    """True when only spaces and a comma part a statement from the quotation after it: the sentence goes on. (After
    a full stop the quotation is a statement of its own, with the same speaker.)"""
    return not text[end:start].strip(" \t\xa0,")


def _continued_by(text: str, found: list[_Attribution], q: QuoteSpan) -> Optional[_Attribution]:
    """Return the cued attribution whose quotation opens the paragraph right after ``q``, else None."""
    rest = text[q.end:]
    gap = len(rest) - len(rest.lstrip())
    if "\n" not in rest[:gap]:
        return None
    start = q.end + gap
    return next((a for a in found if a.cue is not None and a.content[0] == start), None)


def _cut_after_quote(text: str, marks: list[QuoteSpan], a: _Attribution) -> None:
    """Cut '"A," said X, a former minister, adding that B' back to the quotation "A".

    The parser often hangs a descriptor or a participle after the cue, and the content then runs over
    the cue clause; a content that opens with a quotation closed before its cue reports that quotation.
    """
    if a.cue is None or a.verb is None:
        return
    s, e = a.content
    first = next((q for q in marks if q.start == s), None)
    if first is None or not first.balanced or first.end > a.cue[0] or e <= a.cue[1]:
        return
    if any(ch in QUOTE_CHARS for ch in text[first.end:a.cue[0]]):
        return
    a.content = (first.start, first.end)


def _covered(found: list[_Attribution], q: QuoteSpan) -> bool:
    return any(min(a.content[1], q.end) - max(a.content[0], q.start) >= 0.5 * (q.end - q.start) for a in found)


def _quoted_names(doc: Doc, marks: list[QuoteSpan]) -> set[int]:
    """Return the starts of quotations that open inside a noun phrase ('on the podcast "Here's the Thing"'):
    names, never the second half of a split quote."""
    names = set()
    for q in marks:
        tok = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if tok is None or tok.start == 0:
            continue
        after = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
        if opens_a_name(doc[tok.start - 1]) or doc[tok.start - 1].pos_ == "VERB" or (
                after is not None and after.end < len(doc) and doc[after.end].pos_ == "NOUN"
                and doc[after.end].is_lower):
            # also 'told "Morning Desk"' (an object run into its verb) and '"Pell" pins' (a noun's modifier)
            names.add(q.start)
    return names


def _join_split_quote(text: str, marks: list[QuoteSpan], a: _Attribution, found: list[_Attribution],
                      sent_starts: list[int], names: set[int]) -> None:
    """Extend a direct attribution over the other half of a split quote: "A," he said, "B." """
    if a.cue is None:
        return
    quoted = [i for i, q in enumerate(marks) if q.start < a.content[1] and a.content[0] < q.end]
    others = [b.cue for b in found if b is not a and b.cue is not None]
    if not quoted:
        return

    titles = [(q.start, q.end) for q in marks if q.start in names]

    def joinable(gap_start: int, gap_end: int) -> bool:
        return _joinable(text, a, others, gap_start, gap_end, sent_starts, titles)

    last = quoted[-1]
    ends = [a.content[1]]
    nxt = last + 1
    while nxt < len(marks):
        if marks[nxt].start in names and nxt + 1 < len(marks):
            nxt += 1  # 'said on WKRN's "Morning Desk" on Sunday. "B."': a quoted name in the cue clause is passed over
            continue
        if not joinable(a.content[1], marks[nxt].start) or any(
                b is not a and b.content[0] <= marks[nxt].start < b.content[1] for b in found):
            break
        last = nxt
        a.content = (a.content[0], marks[last].end)
        ends.append(a.content[1])
        nxt = last + 1
    while len(ends) > 1 and marks[last].start in names:
        # '"A," he said on the podcast "Here's the Thing."': a name closing the join is no second half
        ends.pop()
        last -= 1
        a.content = (a.content[0], ends[-1])
    first = quoted[0]
    if text[a.content[0]] in QUOTE_CHARS | {"'", "`"} and first > 0 and joinable(marks[first - 1].end, a.content[0]):
        prev = marks[first - 1]
        if prev.start in names:
            return
        taken = any(b is not a and b.content[0] < prev.end and prev.start < b.content[1] for b in found)
        if a.cue[0] > prev.end and not taken and _open_ended(text, prev):
            a.content = (prev.start, a.content[1])


def _run_on_after_participle(doc: Doc, text: str, marks: list[QuoteSpan], a: _Attribution,
                             found: list[_Attribution]) -> None:
    """Extend '..., adding that he had fought for bills. "A leader must fight."' over the quotation that
    goes on from the participle's clause in the same paragraph (PolNeAR marks the two as one content)."""
    if a.verb is None or doc[a.verb].tag_ != "VBG" or a.lemma not in CHAIN_LEMMAS | {"explain", "argue", "insist"}:
        return
    rest = text[a.content[1]:a.content[1] + 3]
    step = len(rest) - len(rest.lstrip(" .")) if rest[:1] == "." else -1
    if step < 2 or "\n" in rest[:step]:
        return
    nxt = next((q for q in marks if q.start == a.content[1] + step), None)
    if nxt is None or not nxt.balanced or _covered([b for b in found if b is not a], nxt):
        return
    a.content = (a.content[0], nxt.end)


def _open_ended(text: str, q: QuoteSpan) -> bool:
    """Return True unless a quotation closes its sentence: the first half of a split quote runs on.

    '"A," she said, "B."' is one statement; '"A." To which she said, "B."' answers someone else.
    """
    inner = text[q.start:q.end].rstrip().rstrip("\"'“”‘’`").rstrip()
    return inner[-1:] not in (".", "?", "!")


def _joinable(text: str, a: _Attribution, others: list[tuple[int, int]], gap_start: int, gap_end: int,
              sent_starts: list[int], titles: list[tuple[int, int]] = ()) -> bool:
    """Return True when the text between two pieces of ``a``'s content is only its own cue clause."""
    gap = text[gap_start:gap_end]
    # a quoted name in the cue clause ('Reed said on ABC's "This Week" on Sunday.') is no quotation of its own
    bare = _without_titles(text, gap_start, gap_end, titles)
    if "\n" in gap or len(gap) > 200 or any(ch in QUOTE_CHARS for ch in bare):
        return False
    # '"A," Tom said, pointing. His wife frowned. "B."': a sentence after the cue's own parts them
    if any(a.cue[1] < ss < gap_end and text[ss:gap_end].strip() for ss in sent_starts  # type: ignore[index]
           if gap_start < ss):
        return False
    if not gap.strip(" ,."):
        return True
    # PolNeAR scores a split quote by its extent, so "A," he said, adding ..., "B" is one attribution;
    # another cue in the gap ("said X, summing up ...") reports something else, unless it precedes ours
    if any(gap_start <= c[0] < a.cue[0] for c in others):  # type: ignore[index]
        return False
    # '"A," Christie said, adding that he had fought for bills. "B."': the participle's own clause takes "B"
    if _PARTICIPLE_CLAUSE.search(gap, max(0, a.cue[1] - gap_start)):  # type: ignore[index]
        return False
    return gap_start <= a.cue[0] < gap_end  # type: ignore[index]


def _without_titles(text: str, start: int, end: int, titles: list[tuple[int, int]]) -> str:
    """Return text[start:end] without the quoted names that lie wholly inside it."""
    inside = [(ts, te) for ts, te in titles if start <= ts and te <= end]
    pieces, at = [], start
    for ts, te in sorted(inside):
        pieces.append(text[at:ts])
        at = te
    return "".join(pieces) + text[at:end]


_PARTICIPLE_CLAUSE = re.compile(r"\b(?:adding|saying|noting|explaining|arguing|insisting|warning|stressing)"
                                r"(?:\s+that\b|(?:\s+[\w'’-]+){4})")


def _join_colon_quote(text: str, marks: list[QuoteSpan], a: _Attribution) -> None:
    """Extend "she said she had the quality: "Steadiness ..."" over the quotation the colon introduces."""
    rest = text[a.content[1]:a.content[1] + 4]
    m = re.match(r"\s*[:—]\s*", rest)
    if m is None:
        return
    at = a.content[1] + m.end()
    for q in marks:
        if q.start == at:
            a.content = (a.content[0], q.end)
            return


_DASH_NAME = re.compile(r"[ \t\xa0]*[―—–]+[ \t\xa0]*((?:[A-Z][\w.'’-]*[ \t\xa0]?){1,4})")


def _dash_signed(doc: Doc, text: str, q: QuoteSpan) -> Optional[_Attribution]:
    """Return the attribution of a quote signed with a dash and a name: "..." ― Jane Doe."""
    m = _DASH_NAME.match(text, q.end)
    if m is None:
        return None
    name_end = m.end(1) - (1 if m.group(1)[-1:].isspace() else 0)
    name = doc.char_span(m.start(1), name_end, alignment_mode="expand")
    if name is None or not len(name):
        return None
    dash = m.group(0).strip(" \t\xa0")[:1]
    dash_at = text.index(dash, q.end)
    return _Attribution(content=(q.start, q.end), cue=(dash_at, dash_at + 1), source=(name.start, name.end),
                        source_head=name.root.i, lemma="say", confidence=0.7)


_SPEAKER_LINE = re.compile(r"^[\"“”']?[ \t]*((?:[A-Z][\w.'’-]*+[ \t]?){1,4}):[ \t\xa0]+(\S)", re.M)


EDITORIAL_LABELS = frozenset({"correction", "corrections", "clarification", "update", "updated", "editor's note",
                              "editors' note", "note", "disclosure", "related", "see also", "read more", "watch",
                              "listen", "photo", "video", "advertisement"})


def _speaker_lines(doc: Doc, text: str, found: list[_Attribution]) -> list[_Attribution]:
    """Return transcript and headline attributions: "PENCE: ...", "Pence: Flowers won't be at debate"."""
    out = []
    for m in _SPEAKER_LINE.finditer(text):
        name = doc.char_span(m.start(1), m.end(1) - (1 if m.group(1)[-1:].isspace() else 0), alignment_mode="expand")
        if name is None or not len(name):
            continue
        if name.text.strip(" .").lower().replace("’", "'") in EDITORIAL_LABELS:
            continue  # "Correction: An earlier version of this article ..." is the paper's own notice
        headline = not text[:m.start()].strip()  # "Poll: Clinton and Trump tied": the first line is a headline
        if not headline and not all(t.pos_ == "PROPN" or t.is_upper or t.is_punct for t in name):
            continue
        if not headline and name.root.ent_type_ not in ("PERSON", "ORG", "") and not name.text.isupper():
            continue
        start = m.start(2)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        strip = " \t\r." if text[start] in QUOTE_CHARS else " \t\r.\"”"  # a quotation keeps its closing mark
        while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
            end -= 1
        if end - start < 10 or any(a.content[0] <= start < a.content[1] and a.cue and a.cue[0] < start for a in found):
            continue
        colon = m.end(1) + text[m.end(1):m.start(2)].index(":")
        out.append(_Attribution(content=(start, end), cue=(colon, colon + 1), source=(name.start, name.end),
                                source_head=name.root.i, lemma="say", confidence=0.7))
    return out


# a roundup item: "Pollsters agree - Carl Bialik: “One lesson was ...”", "More from Jones: “...”"
_ROUNDUP_SPEAKER = re.compile(r"^[^\n]{3,160}?[ \t][-–—]+[ \t]*(?:More from[ \t]+)?"
                              r"((?:[A-Z][\w.'’-]*+[ \t]?){1,4}(?:and[ \t](?:[A-Z][\w.'’-]*+[ \t]?){1,4})?):[ \t\xa0]+"
                              r"(?=[\"“])", re.M)


def _roundup_speakers(doc: Doc, text: str, marks: list[QuoteSpan], found: list[_Attribution]) -> list[_Attribution]:
    """Return the attributions of a roundup's items, where a dash after the item's headline names the one quoted
    (PolNeAR: the name is the source, the quotation the content)."""
    out = []
    for m in _ROUNDUP_SPEAKER.finditer(text):
        q = next((q for q in marks if q.start == m.end()), None)
        name = doc.char_span(m.start(1), m.end(1) - (1 if m.group(1)[-1:].isspace() else 0), alignment_mode="expand")
        if q is None or name is None or not len(name) or any(a.cue is not None and a.content[0] <= q.start
                                                                 < a.content[1] for a in found):
            continue
        colon = m.end(1) + text[m.end(1):m.end()].index(":")
        out.append(_Attribution(content=(q.start, q.end), cue=(colon, colon + 1), source=(name.start, name.end),
                                source_head=name.root.i, lemma="say", confidence=0.7))
    return out


def _inside(doc: Doc, verb: int, q: QuoteSpan) -> bool:
    tok = doc[verb]
    return q.start <= tok.idx < q.end


def _previous(ordered: list[_Attribution], pos: int) -> Optional[_Attribution]:
    best = None
    for a in ordered:
        if a.content[0] < pos and (best is None or a.content[1] > best.content[1] or a.content[0] > best.content[0]):
            best = a
    return best


def _whole_paragraph(text: str, q: QuoteSpan) -> bool:
    para_start = text.rfind("\n", 0, q.start) + 1
    para_end = text.find("\n", q.end)
    para_end = len(text) if para_end < 0 else para_end
    return not text[para_start:q.start].strip() and len(text[q.end:para_end].strip()) <= 1


# -- resolving -------------------------------------------------------------------------------------
def _kind(text: str, start: int, end: int, marks: list[QuoteSpan]) -> str:
    inside = [q for q in marks if q.start < end and start < q.end]
    if not inside:
        return "indirect"
    quoted = sum(min(end, q.end) - max(start, q.start) for q in inside)
    starts_quoted = inside[0].start <= start + 1
    ends_quoted = inside[-1].end >= end - 1
    # one quotation, or "A," he said, "B." (a split quote: the gaps are the cue clause)
    gaps = [b.start - a.end for a, b in zip(inside, inside[1:])]
    if starts_quoted and ends_quoted and (quoted >= 0.6 * (end - start) or gaps and max(gaps) <= 80):
        return "direct"
    return "mixed"


def _resolve(doc: Doc, text: str, found: list[_Attribution], index: SpeakerIndex,
             marks: list[QuoteSpan]) -> list[Quote]:
    """Return the Quote records: speakers resolved, chains followed, kind, stance and confidence set."""
    history: list[tuple[int, str]] = []  # (offset, speaker) of the attributions resolved so far
    chains: dict[str, tuple[int, list[str]]] = {}  # reporter id -> (offset, [reporter, cited source])
    quotes: list[Quote] = []
    for a in found:
        src_span = None
        if a.owner is not None:  # a quotation with no cue goes to the speaker quoted before it
            a.speaker, a.via = a.owner.speaker, list(a.owner.via)
        elif a.source is not None:
            span = doc[a.source[0]:a.source[1]]
            src_span = TextSpan(span.start_char, span.end_char, span.text)
            a.speaker = index.resolve(span, history, a.content)
        if a.speaker is not None and a.owner is None:
            pos = src_span.start if src_span else a.content[0]
            history.append((pos, a.speaker))
            src_span = _follow_chain(doc, a, index, history, chains, pos) or src_span
        quotes.append(_record(text, a, src_span, marks))
    return [replace(q, id=f"Q{i + 1}")
            for i, q in enumerate(_nest(quotes, [a.reports for a in found], [a.aside for a in found]))]


def _nest(quotes: list[Quote], reports: list[bool], asides: list[bool]) -> list[Quote]:
    """Settle attributions found inside another one's content.

    A piece of a statement attributed again to the same speaker (or to nobody) repeats it and is
    dropped, unless ``asides`` (one flag per quote) marks it as the speaker's aside between the halves of a
    split quotation ('"...," he said, referring to the two resorts. "..."'), which says whom he meant.

    A statement by someone else reached the page through the speaker around it ("Officials said the
    spokesman acknowledged X"): it keeps its own speaker and gains that chain as ``via``, unless the
    statement around it is a demand, a question or a denial, which reports nothing, or ``reports`` (one
    flag per quote) says its content is a thing acted on, not a statement ("the case centred on a meeting
    at which X told ambassadors ...").
    """
    def span(q: Quote) -> tuple[int, int]:
        return q.content.start, q.content.end

    relays = {id(o) for o, r in zip(quotes, reports) if r}
    kept = {id(q) for q, aside in zip(quotes, asides) if aside}
    out = []
    for q in quotes:
        s, e = span(q)
        around = [o for o in quotes if o is not q and span(o)[0] <= s and e <= span(o)[1]
                  and span(o)[1] - span(o)[0] > e - s]
        if not around or id(q) in kept:
            out.append(q)
            continue
        if q.speaker is None or any(o.speaker == q.speaker for o in around):
            continue
        nearest = min(around, key=lambda o: span(o)[1] - span(o)[0])
        # a demand reports nothing: "demanding that the government drop a bill that critics say ..." does
        # not pass the critics' view through the protesters; nor does a denial ("X accused the government of
        # moving too slowly, a charge Albanese rejected": the accusation is not Albanese's report)
        if not q.via and nearest.speaker is not None and nearest.stance not in ("asks", "denies") \
                and id(nearest) in relays:
            q = replace(q, via=[*nearest.via, nearest.speaker])
        out.append(q)
    return out


def _follow_chain(doc: Doc, a: _Attribution, index: SpeakerIndex, history: list[tuple[int, str]],
                  chains: dict[str, tuple[int, list[str]]], pos: int) -> Optional[TextSpan]:
    """Set ``a.via`` (and the speaker, for "citing X"); return the cited source's span when it changes."""
    if a.cited is not None:
        cited = index.resolve(doc[a.cited[0]:a.cited[1]], history)
        if cited is not None and cited != a.speaker:
            chains[a.speaker] = (pos, [a.speaker, cited])
            a.via, a.speaker = [a.speaker], cited
            span = doc[a.cited[0]:a.cited[1]]
            return TextSpan(span.start_char, span.end_char, span.text)
    elif a.told is not None:
        medium = index.resolve(doc[a.told[0]:a.told[1]], history)
        if medium is not None and medium != a.speaker and index.is_outlet(medium):
            a.via = [medium]  # "X told the Times": the Times carried it
    elif a.speaker in chains and a.lemma in CHAIN_LEMMAS:
        since, chain = chains[a.speaker]
        if pos - since <= CHAIN_WINDOW:  # "the paper added" goes on citing the same sources
            a.via, a.speaker = chain[:-1], chain[-1]
    return None


def _record(text: str, a: _Attribution, source: Optional[TextSpan], marks: list[QuoteSpan]) -> Quote:
    s, e = a.content
    kind = _kind(text, s, e, marks)
    conf = a.confidence
    if kind != "indirect" and any(not q.balanced and q.start < e and s < q.end for q in marks):
        conf *= 0.85  # an unbalanced quotation: its extent is a guess
    if a.speaker is None and a.source is not None:
        conf *= 0.9
    return Quote(
        content=TextSpan(s, e, text[s:e]),
        source=source,
        cue=TextSpan(a.cue[0], a.cue[1], text[a.cue[0]:a.cue[1]]) if a.cue else None,
        speaker=a.speaker,
        kind=kind,
        via=list(a.via),
        stance=_stance(text, a),
        confidence=round(conf, 3),
    )


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


def attribution_chain(quote: Quote, entities: list[Entity]) -> str:
    """Return the quote's provenance for text reports, outermost reporter first: "NYT ← Western officials"."""
    names = {e.id: e.name for e in entities}
    hands = [names.get(eid, eid) for eid in quote.via]
    speaker = names.get(quote.speaker, quote.speaker) if quote.speaker else (quote.source.text if quote.source else "?")
    return " ← ".join(hands + [speaker])
