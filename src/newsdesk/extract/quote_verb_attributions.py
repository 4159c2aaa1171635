"""Attributions cued by verbs: the cue model's candidates scored, filtered and their contents shaped.

Candidates come from :mod:`.quote_cues` and are scored by :mod:`.quote_cue_model`; a content is cut before a
trailing "according to X" or conjunction, run back over what a quoted label names, and freed of a "citing X"
the parser hung inside it. "citing X" and "told the Times" are kept for the reporting chain; '"...," he said,
referring to X' is the speaker's statement too.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Token

from newsdesk.extract.quote_attribution import _Attribution, _chars
from newsdesk.extract.quote_content import answer_proform, puts_it
from newsdesk.extract.quote_content_shape import Paragraphs, cut_coordinated, only_a_time
from newsdesk.extract.quote_cue_model import (
    extension, extension_features, features, load_extension_model, load_model, score,
)
from newsdesk.extract.quote_cues import candidates
from newsdesk.extract.quote_lexicon import CITING_VERBS, is_quote_mark
from newsdesk.extract.quote_non_statements import (
    REFUSALS, _a_ceremony, _force_on_a_thing, _holds_talks, _paper_issued, _passive_event, _refused_act,
    _this_article, _unknown_act_on_a_thing,
)
from newsdesk.extract.quote_phrase_cues import _asked_lead
from newsdesk.extract.quote_speaker_parse import before_a_conjoined_speaker, label_read_as_participle, phrase_bounds
from newsdesk.extract.speakers import DOCUMENT_NOUNS, MEDIA_NAME_RE, MEDIA_NOUNS, person_noun

ASIDES = frozenset({"speak", "talk", "gesture", "point", "wave", "laugh", "smile", "pause", "look"})


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
