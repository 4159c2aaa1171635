"""Find temporal expressions in a parsed Doc and read the tense that governs each.

Candidates are the model's DATE/TIME entities plus phrase and token matchers for
what the small model misses ("now", "recently", "the future", "every week",
clock times, numeric dates). Spans are trimmed to TimeML-like extents: leading
prepositions and hedges go, "the" stays ("the last two months").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.lang.en import English
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from newsdesk.extract.timex_lexicon import (
    MONTH_SPANS, MONTHS, SEASONS, TIME_ZONES, UNIT_PLURALS, UNITS, WEEKDAY_ORDINALS, WEEKDAYS,
)

_UNIT_WORDS = sorted(set(UNITS) | set(UNIT_PLURALS) - {"sec", "min", "hr", "secs", "mins", "hrs", "yr"})
_MONTH_NAMES = sorted(k for k in MONTHS if len(k) > 3 or k == "may")

# Words that stand alone as temporal expressions when the model tags nothing.
_SINGLE_WORDS = ["now", "currently", "recently", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
                 "nowadays", "lately", "formerly", "nightly", "today", "tonight", "yesterday", "tomorrow",
                 "overnight", "biweekly", "noon", "midnight", "midday"]
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT", "LAW"})
_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_DAY_WORDS = frozenset(set(WEEKDAYS) | {"yesterday", "today", "tomorrow"})
_HOLIDAY_FIRST = ["thanksgiving", "christmas", "halloween"]
_TIME_SUFFIX = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"]

# Lemmas on the path from an expression to its clause that mark a future reference.
_FUTURE_CUES = frozenset({"will", "shall", "'ll", "due", "schedule", "plan", "expect", "upcoming", "intend",
                          "forthcoming", "slate", "aim", "hope", "propose", "promise", "going", "gon",
                          "would", "next", "anticipate", "likely", "until", "await", "soon", "payable",
                          "effective", "expire", "deadline"})

_LEADING_DROP = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost", "some", "over",
                           "just", "only", "up", "to", "as", "than", "more", "less", "least", "at", "by", "on",
                           "in", "within", "for", "since", "from", "until", "through", "during", "of",
                           "fewer", "under", "between", "after", "before", "till", "mid", "-", "each"})


def _phrases() -> list[str]:
    """Fixed lower-case phrases that are temporal expressions on their own."""
    out = list(_SINGLE_WORDS) + [w for w in WEEKDAYS if len(w) > 4]
    out += ["the fiscal year", "the nineties", "the eighties", "the seventies", "the sixties",
            "the morning", "the afternoon", "the evening", "mid afternoon", "mid-afternoon"]
    out += ["the future", "the past", "the weekend", "the near future", "the near term", "the short term",
            "the foreseeable future", "new year's day", "new year's eve"]
    out += [f"the {a} {b}" for a in ("latest", "year-earlier", "year-ago", "comparable", "same", "current")
            for b in ("period", "quarter", "year", "fiscal year", "fiscal quarter")]
    out += [f"{h} {d}".strip() for h in _HOLIDAY_FIRST for d in ("", "day", "eve")]
    out += [f"{a} {b}" for a in ("every", "each")
            for b in _UNIT_WORDS + [w for w in WEEKDAYS if len(w) > 4] + _MONTH_NAMES + ["other day", "other week"]]
    out += [f"{a} {b}" for a in ("last", "next", "this")
            for b in ["week", "month", "year", "weekend", "quarter"] + list(SEASONS)]
    return out


@lru_cache(maxsize=4)
def _phrase_matchers(vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    lower = PhraseMatcher(vocab, attr="LOWER")
    tokenizer = English().tokenizer
    lower.add("WORD", [tokenizer(p) for p in _phrases()])
    orth = PhraseMatcher(vocab, attr="ORTH")
    orth.add("WORD", [tokenizer(w.title()) for w in _MONTH_NAMES])
    return lower, orth


_WEEKDAYS = frozenset(name for name in WEEKDAYS if name.endswith("day"))  # the seven full names
_NTH_WORDS = [*WEEKDAY_ORDINALS, "last"]
_DATE_SHAPES = ["dddd-dd-dd", "d/d/dddd", "d/dd/dddd", "dd/d/dddd", "dd/dd/dddd", "d/d/dd", "dd/dd/dd",
                "d/dd/dd", "dd/d/dd"]


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    """Patterns that need more than fixed words; each starts with an exact attribute (fast in C)."""
    m = Matcher(vocab)
    patterns = [[{"SHAPE": shape}, {"LOWER": {"IN": _TIME_SUFFIX}, "OP": "?"}] for shape in ("d:dd", "dd:dd")]
    patterns += [[{"LOWER": w}, {"ORTH": "-"}, {"SHAPE": "dddd"}] for w in ("post", "pre")]
    patterns += [[{"SHAPE": shape}] for shape in _DATE_SHAPES]
    patterns += [[{"LIKE_NUM": True}, {"LOWER": {"IN": _TIME_SUFFIX}}]]
    m.add("WORD", patterns)
    # "the last Sunday of July", "the second Tuesday in November 2026": one day, not a weekday and a month
    m.add("NTH_WEEKDAY", [[{"LOWER": {"IN": _NTH_WORDS}}, {"LOWER": {"IN": sorted(_WEEKDAYS)}},
                           {"LOWER": {"IN": ["of", "in"]}}, {"LOWER": {"IN": _MONTH_NAMES}},
                           {"SHAPE": "dddd", "OP": "?"}]])
    m.add("LAST2", [[{"ENT_TYPE": "MONEY"}, {"LOWER": "a"}, {"LOWER": {"IN": ["year", "month", "week", "day"]}}]])
    return m


@lru_cache(maxsize=4)
def _pos_matcher(vocab: Vocab) -> Matcher:
    """Patterns that need part-of-speech tags ("quarterly" as an adverb, "current" before a noun)."""
    m = Matcher(vocab)
    m.add("WORD", [[{"LOWER": "quarterly", "POS": "ADV"}]])
    m.add("FIRST", [[{"LOWER": w, "POS": "ADJ"}, {"POS": {"IN": ["NOUN", "PROPN"]}}] for w in ("current", "recent")])
    return m


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_TEMPORAL_WORDS = frozenset(set(_UNIT_WORDS) | set(_MONTH_NAMES) | set(WEEKDAYS) | set(SEASONS) | set(_SINGLE_WORDS))


def _temporal_word(tok: Token) -> bool:
    return tok.like_num or tok.lower_ in _TEMPORAL_WORDS or tok.lower_.rstrip(".") in MONTHS


def _trim(span: Span) -> Optional[Span]:
    """Drop leading prepositions/hedges and trailing punctuation; keep 'the last two months'."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in _LEADING_DROP or doc[start].is_punct):
        if doc[start].lower_ in ("more", "less", "fewer") and start + 1 < end and doc[start + 1].lower_ == "than":
            start += 2
            continue
        start += 1
    # nor does a date open on someone's name: NER tags "with Rubio a year ago" as one date
    while start < end - 1 and doc[start].pos_ == "PROPN" and not _temporal_word(doc[start]) and (
            doc[start + 1].pos_ in ("DET", "NUM") or doc[start + 1].lower_ in (
                "last", "next", "this", "early", "late", "overnight", "today", "tonight", "yesterday", "tomorrow")):
        start += 1  # (not "Halloween night", "Super Tuesday"; but "near Humera overnight" is a town, then a time)
    # nor on a noun phrase of its own: NER tags "on the outskirts hours later" as one time
    lead = start + 1 if doc[start].pos_ == "DET" else start
    if lead < end - 1 and doc[lead].pos_ == "NOUN" and not _temporal_word(doc[lead]) \
            and not start <= doc[lead].head.i < end and doc[lead].right_edge.i < end - 1 \
            and any(_temporal_word(t) for t in doc[doc[lead].right_edge.i + 1:end]):
        start = doc[lead].right_edge.i + 1
    # nor over a comma into the next phrase's bare unit: "shortly after midnight, hours after X declined"
    comma = next((i for i in range(start + 1, end - 1) if doc[i].text == ","), None)
    if comma is not None and end - comma == 2 and doc[end - 1].lower_ in _UNIT_WORDS \
            and doc[end - 1].lower_.endswith("s"):
        end = comma
    # nor into a comparison after it: "for the last Sunday of July, weeks earlier than demanded"
    if comma is not None and end - comma == 3 and doc[end - 2].lower_ in _UNIT_WORDS \
            and doc[end - 2].lower_.endswith("s") and doc[end - 1].lower_ in ("earlier", "later", "sooner"):
        end = comma
    # a dateline's date never runs on past its dash: NER tags "Feb. 4, 2014 - Officials" as one date
    dash = next((i for i in range(start + 1, end)  # a spaced dash: "year-earlier" is one word
                 if doc[i].text in _DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_), None)
    if dash is not None and not any(_temporal_word(t) for t in doc[dash + 1:end]):
        end = dash
    # nor into a bracket it does not close: "June 12, 2024 (Wire) —" (a dateline's credit)
    bracket = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if bracket is not None and not any(doc[i].text == ")" for i in range(bracket + 1, end)) \
            and not any(_temporal_word(t) for t in doc[bracket + 1:end]):
        end = bracket
    # a date never ends on an article: NER runs "Feb. 4, 2014 - The" into the lede
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "or", "'s", "to", "the", "a", "an")):
        end -= 1
    if end <= start:
        return None
    return doc[start:end]


def _split_ranges(span: Span) -> list[Span]:
    """Split 'between 1990 and 1995' / 'from March to May' / 'the year ended March 31' into two."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        if doc[i].lower_ in ("ended", "ending", "ends", "end") and doc[i - 1].lower_ != "the" or \
                doc[i].lower_ == "of" and re.search(r"\b(?:months|weeks|days|years)$", doc[span.start:i].text.lower()) \
                and re.match(r"^(?:\d{4}|the year|this year|last year)\b", doc[i + 1:span.end].text.lower()):
            return [s for s in (_trim(doc[span.start:i]), _trim(doc[i + 1:span.end])) if s is not None]
    if _names_a_quarter(span):
        return [span]  # "the January-March quarter" is one quarter, not two months
    for i in range(span.start + 1, span.end - 1):
        if doc[i].lower_ in ("to", "and", "through", "-", "–", "until") and i > span.start:
            left, right = doc[span.start:i], doc[i + 1:span.end]
            lt, rt = left.text.lower(), right.text.lower()
            if re.search(r"\d{4}$", lt) and re.match(r"^\d{4}", rt) or \
                    any(w in lt for w in _MONTH_NAMES) and any(w in rt for w in _MONTH_NAMES) or \
                    any(w in lt.split() for w in WEEKDAYS) and any(w in rt.split() for w in WEEKDAYS):
                return [s for s in (_trim(left), _trim(right)) if s is not None]
    return [span]


def _names_a_quarter(span: Span) -> bool:
    """Return True for two months joined by a dash that make a quarter or a half ("January-March")."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return (len(words) >= 3 and words[1] in ("-", "–") and words[0] in MONTHS and words[2] in MONTHS
            and (MONTHS[words[0]], MONTHS[words[2]]) in MONTH_SPANS)


def _merge_adjacent(spans: list[Span]) -> list[Span]:
    """Join a clock time and a day written side by side: '10 p.m. Wednesday', 'noon Thursday'."""
    doc = spans[0].doc if spans else None
    out: list[Span] = []
    for s in sorted(spans, key=lambda x: x.start):
        if out and doc is not None:
            prev = out[-1]
            gap = doc[prev.end:s.start]
            if prev.end <= s.start and len(gap) <= 1 and all(t.text in (",", "on", "(") for t in gap) and \
                    (_is_clock(prev) != _is_clock(s) or _weekday_only(prev) and _starts_month(s)) \
                    and s.start > prev.start:
                out[-1] = doc[prev.start:s.end]
                continue
        out.append(s)
    return out


def _weekday_only(span: Span) -> bool:
    return len(span) == 1 and span[0].lower_ in WEEKDAYS


def _starts_month(span: Span) -> bool:
    return span[0].lower_.rstrip(".") in MONTHS


def _is_clock(span: Span) -> bool:
    return bool(re.search(r"\d[:.]?\d*\s*[ap]\.?m\b|\d:\d\d|\bnoon\b|\bmidnight\b|\bmidday\b|o'clock",
                          span.text.lower()))


def candidates(doc: Doc) -> list[Span]:
    """Return candidate spans, possibly overlapping, longest first within each start."""
    spans: list[Span] = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    vocab = doc.vocab
    lower, orth = _phrase_matchers(vocab)
    matches = _matcher(vocab)(doc) + lower(doc) + orth(doc)
    if doc.has_annotation("POS"):
        matches += _pos_matcher(vocab)(doc)
    for match_id, start, end in matches:
        if vocab.strings[match_id] == "LAST2":
            start = end - 2
        if vocab.strings[match_id] == "FIRST":
            end = start + 1
            if start > 0 and doc[start - 1].lower_ == "then":
                continue
        if end - start == 1 and start > 0 and doc[start - 1].lower_ in ("last", "next", "this", "previous"):
            start -= 1  # "last Thanksgiving", "next Friday" when the model tagged neither
        if end - start == 2 and doc[start].lower_ == "the" and end < len(doc) and \
                (doc[end].like_num or doc[end].lower_ in ("few", "several", "couple", "many")):
            continue
        spans.append(doc[start:end])
    trimmed: list[Span] = []
    n = len(doc)
    for s in spans:
        if any(t.ent_type_ in _NAME_LABELS and t.is_title for t in s):
            continue  # "March for Life", ABC's "This Week", "60 Minutes": names, not times
        if _counts_a_thing(s):
            continue
        if s.end < n and doc[s.end].lower_ in _PARTS and doc[s.end - 1].lower_ in _DAY_WORDS:
            s = doc[s.start:s.end + 1]
        t = _trim(s)
        if t is not None:
            trimmed.extend(p for p in _split_ranges(t) if not _clock_reading(p))
    best = sorted(filter_spans(trimmed), key=lambda s: s.start)
    merged = _merge_adjacent(best)
    seen = {(s.start, s.end) for s in merged}
    rest = [s for s in trimmed if (s.start, s.end) not in seen]
    return merged + rest


# words after a four-digit clock reading: "between 1300 and 1500 GMT", "at 0600 hours"
_CLOCK_ZONES = frozenset(z.lower() for z in TIME_ZONES) | {"zulu", "hours", "hrs", "local"}


def _clock_reading(span: Span) -> bool:
    """Return True for a four-digit number that reads a clock, not a year: "between 1300 and 1500 GMT"."""
    if len(span) != 1 or not re.fullmatch(r"[0-2]\d[0-5]\d", span[0].text) or int(span[0].text[:2]) > 23:
        return False
    doc = span.doc
    return any(t.lower_ in _CLOCK_ZONES for t in doc[span.end:span.end + 3])


def _counts_a_thing(span: Span) -> bool:
    """Return True for an ordinal that numbers a thing, not a day: "called for a 12th package"."""
    if len(span) != 1 or not re.fullmatch(r"\d+(?:st|nd|rd|th)", span[0].lower_):
        return False
    head = span[0].head
    return (span[0].dep_ in ("amod", "nummod") and head.i > span[0].i and head.pos_ == "NOUN"
            and head.lemma_.lower() not in UNITS and head.lower_ not in MONTHS)


# verbs whose "to" infinitive lies ahead of them: plans, promises, and asking ("called on Georgians to
# rally on Monday evening"); "hop" is the small model's lemma of "hoped"
_LOOKING_AHEAD_VERBS = frozenset(("plan expect intend aim hope hop schedule be go want seek promise agree decide "
                                  "vow pledge threaten prepare set due "
                                  "call urge ask invite appeal encourage request press summon").split())


# verbs whose "of" phrase looks ahead: "warned of strikes from December"
_WARNINGS = frozenset({"warn", "threaten", "caution"})


_PERCEPTION_VERBS = frozenset(("hear", "see", "feel", "smell"))


def _verb_tense(verb: Token) -> Optional[str]:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for a in auxes:
        if a.lower_ in ("will", "'ll", "shall", "wo"):
            return "future"
        if a.lower_ in ("is", "are", "am", "'s", "'re") and verb.tag_ == "VBG" and verb.lower_ == "going":
            return "future"
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        head = verb.head
        if head.i != verb.i and head.lemma_ in _LOOKING_AHEAD_VERBS:
            return "future"  # "called on Georgians to rally on Monday evening": asked for, so still ahead
    if verb.tag_ == "VBN" and any(a.lower_ in ("have", "'ve") for a in auxes):
        return "past"  # "could not have been more awkward", "would have won": a modal perfect looks back
    if verb.lemma_.lower() in _PERCEPTION_VERBS and any(a.lower_ == "could" for a in auxes):
        return "past"  # "explosions could be heard across the city on Wednesday night": what was perceptible
    for a in auxes:
        if a.lower_ in ("must", "should", "could", "may", "might", "can", "ca", "would", "'d"):
            return "future"
    for a in auxes:
        if a.tag_ == "VBD" or a.lower_ in ("had", "did", "was", "were"):
            return "past"
        if a.lower_ in ("has", "have", "'ve") and verb.tag_ == "VBN":
            return "present"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "ccomp", "conj", "advcl", "relcl", "acl"):
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "MD":
        return "future" if verb.lower_ in ("will", "'ll", "shall", "wo") else None
    return None


def _in_a_time_clause(verb: Token) -> bool:
    """Return True for the verb of a "when / once / after / before / until" clause of another verb."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "after", "before", "until", "as")
        for c in verb.children)


def _in_a_condition(verb: Token) -> bool:
    """Return True for the verb of an "if" or "unless" clause of another verb."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)




def _sets_a_day_ahead(span: Span) -> bool:
    """Return True for a weekday that something is set for or starts on: "a ceasefire starting Monday
    evening", "called a nationwide strike for Monday" look ahead whatever the tense of the main verb."""
    if not any(t.lower_ in _WEEKDAYS for t in span):
        return False
    head = span.root.head
    if head.i == span.root.i:
        return False
    return (head.tag_ == "VBG" and head.lemma_.lower() in ("start", "begin")
            or head.lower_ == "for" and span.root.dep_ == "pobj")


# verbs that put something off to a later date ("set a trial for March 4", "postponed the vote until May")
_SETTING_LEMMAS = frozenset("set schedule slate postpone delay reschedule push move adjourn defer".split())


def set_for_later(span: Span) -> bool:
    """Return True for a date something is set for: "set a trial date of March 4", "postponed until May",
    "a deadline of June 30" look ahead whatever the tense of the main verb."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.i == root.i:
        return False
    governor = prep.head
    if prep.lower_ == "of":
        return governor.lemma_.lower() in ("date", "deadline")
    return prep.lower_ in ("for", "until", "to") and governor.lemma_.lower() in _SETTING_LEMMAS


_REPORTING_LEMMAS = frozenset(("say", "tell", "add", "report", "state", "write"))


def _reported(verb: Token) -> bool:
    """Return True for the verb of a clause reported by a past verb of saying ("said an announcement was ...")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING_LEMMAS and verb.head.tag_ == "VBD"


def _takes_effect(verb: Token) -> bool:
    """Return True for "takes effect" / "take effect": a law or rule's set start."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)


def _comparative(tok: Token) -> bool:
    """True for "than expected", "than planned": a comparison, no future ("had cooled more than expected over the
    summer" is the summer past)."""
    return any(c.dep_ == "mark" and c.lower_ == "than" for c in tok.children)


def governing_tense(span: Span) -> Optional[str]:
    """Return 'past', 'future', 'present' or None from the verb that governs ``span``."""
    tok = span.root
    if _sets_a_day_ahead(span) or set_for_later(span):
        return "future"
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return "past"  # "has besieged the city since May": since always looks back
    for _ in range(6):
        if tok.dep_ == "prep" and tok.head.lemma_.lower() in _WARNINGS and (
                tok.lower_ in ("of", "about", "against") or tok.lower_ in ("from", "until", "by", "starting")
                and any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in tok.head.children)):
            return "future"  # "warned of strikes from December": what is warned of lies ahead
        if tok.lemma_.lower() in _FUTURE_CUES and tok.i not in range(span.start, span.end) \
                and not _comparative(tok) and (not (tok.tag_ == "VBD" or tok.tag_ == "VBN" and any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children))
                or tok.lemma_.lower() == "expect" and _reported(tok)):
            # "is due", "are scheduled", "plans"; not "planned", "was scheduled"; but "a source said an
            # announcement was expected before the end of June": reported speech shifts the tense back
            return "future"
        for c in tok.children:
            if c.lower_ in ("will", "'ll", "shall") and c.dep_ in ("aux", "auxpass"):
                return "future"
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            tense = _verb_tense(tok)
            if tense:
                if tense == "present" and (any(c.lower_ in _FUTURE_CUES for c in tok.children) or _takes_effect(tok)):
                    return "future"  # ("the act takes effect on Thursday": a date set, still ahead)
                if tense == "present" and _in_a_time_clause(tok) and _verb_tense(tok.head) == "future":
                    return "future"  # "would demand a debate when parliament meets on Tuesday"
                if tense == "past" and _in_a_condition(tok) and _verb_tense(tok.head) == "future":
                    return "future"  # "would file a motion if he did not resign by the end of August"
                if tense == "past" and _reported(tok) and any(c.dep_ == "acomp" and c.lower_ == "due"
                                                              for c in tok.children):
                    return "future"  # "diplomats said the next review was due in late January": reported speech
                return tense
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


_QUARTER_RE = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal )?quarter\b", re.I)
_Q_NUM = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def sentence_quarter(sent: Span, published_quarter_prev: Optional[int], doc_quarter: Optional[int]) -> Optional[int]:
    """The fiscal quarter a sentence talks about: named in it, else the article's, when it says 'quarter'."""
    text = sent.text
    m = _QUARTER_RE.search(text)
    if m:
        return _Q_NUM[m.group(1).lower()]
    if re.search(r"\bquarter\b|\bperiod\b", text, re.I):
        return doc_quarter or published_quarter_prev
    return None


def doc_quarter(text: str) -> Optional[int]:
    """The first fiscal quarter named in the article, if any (the reporting quarter of earnings news)."""
    m = _QUARTER_RE.search(text[:3000])
    return _Q_NUM[m.group(1).lower()] if m else None
