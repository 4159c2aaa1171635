"""Assembling attributions over quotations: duplicates dropped, contents widened to whole quotations, split,
floating and colon-introduced quotes joined, and long quotations with no cue kept as orphans.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from newsdesk.extract.quote_attribution import _Attribution
from newsdesk.extract.quote_chains import CHAIN_LEMMAS
from newsdesk.extract.quote_content import opens_a_name
from newsdesk.extract.quote_lexicon import QUOTE_CHARS, SPEECH_VERBS
from newsdesk.extract.quote_line_cues import _dash_signed, _roundup_speakers, _speaker_lines
from newsdesk.extract.quote_marks import QuoteSpan

ORPHAN_WORDS = 10  # quotations longer than this are kept as attributions even without a cue
ORPHAN_REACH = 1500  # characters back to the attribution whose speaker a cue-less quotation is given


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
