"""Contested accounts inside one article: speakers whose statements cannot all be true.

Two signals, both read off the attribution layer's quotes:

- opposite outcome: two speakers (not one chain) describe the same topic with
  opposite outcomes ("the talks are continuing and very positive" against
  "the contacts had fizzled and had not yielded any deal");
- denial: a speaker denies, rejects or disputes "that account", "the report",
  "the claims" (the preceding run of another speaker's quotes), or denies a
  statement that another speaker made ("denied that the talks had stalled");
- conflicting figures: a speaker answers another's death toll with a different
  one ("at least 39 people were killed", hospital officials said; "only six
  people had died", the ministry said) or says the toll is higher or lower.

Topics are content nouns folded into small families (talks ~ contacts ~
negotiations), because reporters vary the word between accounts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span

from newsdesk.components.extensions import doc_list, doc_text
from newsdesk.extract.quote_marks import find_quote_spans
from newsdesk.extract.timex_lexicon import ONES, TENS
from newsdesk.records import Contention, ContentionSide, Quote

# Nouns that reporters use interchangeably for one topic; the key is the family's name.
TOPIC_FAMILIES = {
    "talks": ("talk", "contact", "negotiation", "discussion", "dialogue", "meeting", "process", "channel"),
    "deal": ("deal", "agreement", "accord", "pact", "treaty", "settlement", "truce", "ceasefire"),
    "economy": ("economy", "growth", "recovery"),
    "election": ("election", "vote", "poll", "ballot"),
    # ground won or lost in a war: "recaptured several districts" against "denied losing any ground"
    # (a town or a village keeps its own name: "the village" is what a dispute over one is about)
    "territory": ("ground", "territory", "district", "neighbourhood", "neighborhood", "stronghold"),
}
_FAMILY_OF = {lemma: family for family, lemmas in TOPIC_FAMILIES.items() for lemma in lemmas}
# Verbs that name a family's topic as their act: "Hamas had agreed to free 40 hostages" is about a deal,
# as is the denial that "any agreement had been reached".
_VERB_FAMILY = {"agree": "deal", "negotiate": "talks", "meet": "talks"}
# Nouns too general to say what two statements are about.
_GENERIC_NOUNS = frozenset({
    "official", "people", "thing", "time", "year", "week", "month", "day", "way", "part", "side", "lot",
    "number", "today", "tomorrow", "yesterday", "government", "country", "state", "spokesman", "spokeswoman",
    "source", "report", "account", "statement", "claim", "story", "news", "%", "percent",
})
# Words whose lemma says how something turned out.
POSITIVE_OUTCOME = frozenset({
    "continue", "progress", "positive", "productive", "constructive", "fruitful", "succeed", "success",
    "successful", "advance", "breakthrough", "yield", "resume", "ongoing", "improve", "grow", "rise",
    "agree", "encouraging", "promising", "good", "useful", "substantive", "reach", "close", "near",
})
NEGATIVE_OUTCOME = frozenset({
    "fizzle", "fail", "failure", "collapse", "stall", "deadlock", "halt", "suspend", "stop", "sour",
    "founder", "freeze", "abandon", "cancel", "negative", "unproductive", "fruitless", "break", "end",
    "shrink", "fall", "decline", "stalemate", "impasse", "dead", "futile", "worsen",
})
# Content that only points back at someone else's account ("denied that account").
_ACCOUNT_NOUNS = frozenset({
    "account", "report", "reports", "claim", "claims", "allegation", "allegations", "story", "assertion",
    "charge", "charges", "accusation", "accusations", "version", "statement", "suggestion", "characterization", "characterisation",
    "criticism", "criticisms", "condemnation",
    "result", "results", "finding", "findings", "figures", "tally",  # "rejected the results" the commission gave
})
_POINTING = frozenset({"that", "this", "those", "these", "the", "such", "it", "them", "any"})
# What a denial of a deed names: "denied any involvement" answers the latest accusation
_DEED_NOUNS = frozenset({"involvement", "role", "responsibility", "wrongdoing", "link", "links", "part",
                         "complicity", "knowledge"})
_CHARGE_NOUNS = frozenset({"allegation", "allegations", "charge", "charges", "accusation", "accusations",
                           "claim", "claims", "criticism", "criticisms", "condemnation"})
# Stances the attribution layer gives to denying and to accusing cues.
_DENYING = frozenset({"denies"})
_ACCUSING = frozenset({"accuses", "claims"})
_ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "allege"})


@dataclass(frozen=True)
class _Claim:
    quote: Quote
    topics: tuple[str, ...]  # in text order
    polarity: int  # +1 good outcome, -1 bad outcome, 0 neither
    anaphoric: bool  # the content only points at another account
    charges: bool = False  # an accusation: by its cue, or by an accusing verb in the content ("said ... but accused X")
    toll: Optional[tuple] = None  # a death toll: (number or "higher" / "lower", whether it answers another's)


def find_contentions(doc: Doc) -> list[Contention]:
    """Return the contested accounts among the article's quotes, in text order."""
    quotes = [q for q in doc_list(doc, "newsdesk_quotes") if q.content]
    claims = [c for c in (_claim(doc, q) for q in quotes) if c is not None]
    found: list[tuple[str, list[Quote], list[Quote], str]] = []
    found.extend(_opposite_outcomes(claims))
    found.extend(_denials(claims, doc_text(doc)))
    found.extend(_conflicting_tolls(claims))
    return _merge(found)


def _claim(doc: Doc, quote: Quote) -> Optional[_Claim]:
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    topics = topics_of(span)
    if quote.stance in _ACCUSING:
        charge = [t for t in span if t.lower_ in ("of", "for") and t.head.i < t.i]
        if charge:
            topics = tuple(dict.fromkeys(topics_of(span.doc[charge[0].i:span.end]) + topics))
    charges = quote.stance in _ACCUSING or any(t.pos_ == "VERB" and t.lemma_.lower() in _ACCUSING_VERBS for t in span)
    return _Claim(quote, topics, outcome_polarity(span), _points_back(span), charges, death_toll(span))


# Words that make a number in a statement a death toll: "39 people were killed", "six had died", "the toll".
DEATH_WORDS = frozenset("kill die dead death toll".split())


def death_toll(span: Span):
    """Return the death toll a statement gives, as (number or "higher" / "lower", answers): "at least 39 people were
    killed" is (39, False); "only six people had died" (6, True) and "the toll was far higher" ("higher", True)
    answer a toll given before. None when it gives none."""
    if not any(t.lemma_.lower() in DEATH_WORDS for t in span):
        return None
    for t in span:
        if t.lemma_.lower() == "toll" and t.dep_ in ("nsubj", "nsubjpass"):
            word = next((c.lower_ for c in t.head.children if c.lower_ in ("higher", "lower")), None)
            if word is not None:
                return word, True
    for t in span:
        if t.dep_ == "nummod" and _counts_the_dead(t.head):
            value = _number(t.text)
            if value is not None:
                stressed = any(c.lower_ in ("only", "just") for c in [*t.children, *t.head.children])
                return value, stressed
    return None


def _counts_the_dead(noun) -> bool:
    """Return True for the noun a death verb is about: "six people had died", "39 people were killed"."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    return (noun.dep_ in ("nsubj", "nsubjpass") and lemma in ("die", "kill")) or (
        noun.dep_ == "dobj" and lemma == "kill")


def _number(text: str) -> Optional[int]:
    word = text.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return ONES.get(word, TENS.get(word))


# What a statement is about: the subjects and objects of its clauses, not nouns in modifiers.
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ROOT"})


def topics_of(span: Span) -> tuple[str, ...]:
    """Return the topic keys of a statement in text order: core noun lemmas, folded into families."""
    keys: dict[str, None] = {}
    for token in span:
        lemma = token.lemma_.lower()
        core = token.dep_ in _CORE_DEPS or _object_of_an_outcome(token)
        if token.pos_ == "NOUN" and core and lemma not in _GENERIC_NOUNS and len(lemma) > 2:
            keys[_FAMILY_OF.get(lemma, lemma)] = None
        elif token.pos_ == "VERB" and lemma in _VERB_FAMILY:
            keys[_VERB_FAMILY[lemma]] = None
    return tuple(keys)


def _object_of_an_outcome(token) -> bool:
    """True for what an outcome word is about: the deal of "close to a deal", "near an agreement"."""
    prep = token.head
    return (token.dep_ == "pobj" and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in POSITIVE_OUTCOME | NEGATIVE_OUTCOME)


def _shared(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in first if t in second)


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})


def outcome_polarity(span: Span) -> int:
    """Return +1 if the statement says things went well, -1 if badly, 0 if it says neither."""
    score = 0
    for token in span:
        if token.dep_ in _MODIFIER_DEPS:
            continue  # "a shrinking workforce" says nothing about how the topic turned out
        lemma = token.lemma_.lower()
        sign = 1 if lemma in POSITIVE_OUTCOME else -1 if lemma in NEGATIVE_OUTCOME else 0
        if sign and _negated(token):
            sign = -sign
        score += sign
    return (score > 0) - (score < 0)


def _negated(token) -> bool:
    """True when the token or the verb it describes is negated ("had not yielded", "no progress")."""
    heads = [token, token.head] if token.dep_ in ("acomp", "attr", "amod", "dobj") else [token]
    for word in heads:
        if any(child.dep_ == "neg" or child.lower_ in ("no", "never") for child in word.children):
            return True
        if word.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(g.lower_ == "no" for g in c.children)
                for c in word.children):
            return True  # "no agreement had been reached", "made no progress"
    return False


def _before_as(words: list[str]) -> list[str]:
    """The words before a predicative "as": "rejected the criticism as interference in ..." rejects "the criticism"."""
    return words[:words.index("as")] if "as" in words[2:] else words


def _points_back(span: Span) -> bool:
    words = _before_as([t.lower_ for t in span if not t.is_punct])
    if not words or len(words) > 4:
        return False
    if len(words) == 1:
        return words[0] in ("it", "this", "that", "them", "so")
    return words[0] in _POINTING and (words[-1] in _ACCOUNT_NOUNS or words[-1] in _DEED_NOUNS)


def _other_speakers(a: Quote, b: Quote) -> bool:
    """True when two quotes come from different known speakers, neither relaying the other."""
    if not a.speaker or not b.speaker or a.speaker == b.speaker:
        return False
    return a.speaker not in b.via and b.speaker not in a.via


SHARED_QUOTE_WORDS = 4


def _same_words_quoted(a: Quote, b: Quote) -> bool:
    """True when two accounts quote the same words of four or more: one statement reported twice, not a dispute.

    "a surrogate said voters shouldn't 'continue to elect corporate whores'" and "it wouldn't happen if voters
    'continue to elect corporate whores'" relay one remark.
    """
    def quoted(q: Quote) -> set[str]:
        text = q.content.text
        return {" ".join(text[m.start + 1:m.end - 1].lower().split()).strip(" ,.")
                for m in find_quote_spans(text) if m.balanced}

    def words(q: Quote) -> str:
        return " ".join(q.content.text.lower().split())

    # each account's quoted phrases against the other account's words, each text normalised once
    return any(len(phrase.split()) >= SHARED_QUOTE_WORDS and phrase in other_words
               for one, other_words in ((a, words(b)), (b, words(a))) for phrase in quoted(one))


def _opposite_outcomes(claims: list[_Claim]):
    for i, first in enumerate(claims):
        if not first.polarity or not first.topics:
            continue
        for second in claims[i + 1:]:
            if (second.polarity == -first.polarity and _other_speakers(first.quote, second.quote)
                    and not _same_words_quoted(first.quote, second.quote)):
                shared = _shared(first.topics, second.topics)
                if shared:
                    yield _topic_name(shared), [first.quote], [second.quote], "opposite_outcome"


def _names_a_charge(quote: Quote, text: str) -> bool:
    """"rejected the allegations", "denied any involvement": the denial answers an accusation."""
    return _named(quote, text) in _CHARGE_NOUNS | _DEED_NOUNS


def _names_a_deed(quote: Quote, text: str) -> bool:
    return _named(quote, text) in _DEED_NOUNS


def _names_a_claim(quote: Quote, text: str) -> bool:
    """"denied the claim", "rejected the criticism": a word for another's statement, not for a deed."""
    return _named(quote, text) in _STATEMENT_NOUNS


def _named(quote: Quote, text: str) -> str:
    """Return the last word of what a denial names: "criticism" of "the criticism as interference in ..."."""
    words = _before_as(text[quote.content.start:quote.content.end].lower().split())
    return words[-1].strip(".,;") if words else ""


# what a denial calls the statement just made ("the claim", "the criticism"); "the allegations" answer an accusation
_STATEMENT_NOUNS = frozenset({"claim", "claims", "criticism", "criticisms"})


def _just_before(last: _Claim, denial: _Claim, charges: list[_Claim]) -> bool:
    """True when the latest other speaker's claim comes after every accusation and ends within
    JUST_BEFORE characters of the denial: "the claim" is the one just made."""
    after_charges = not charges or charges[-1].quote.content.start < last.quote.content.start
    return after_charges and 0 <= denial.quote.content.start - last.quote.content.end <= JUST_BEFORE


# how near a claim must end before a denial of "the claim" for the denial to answer it
JUST_BEFORE = 120


def _denials(claims: list[_Claim], text: str):
    for i, denial in enumerate(claims):
        if denial.quote.stance not in _DENYING:
            continue
        # "X accused the government of moving too slowly, a charge Albanese rejected": the denial holds the charge
        held = [c for c in claims if c is not denial and c.charges and _other_speakers(c.quote, denial.quote)
                and denial.quote.content.start <= c.quote.content.start
                and c.quote.content.end <= denial.quote.content.end]
        if held:
            yield _topic_name(held[0].topics), [denial.quote], [held[0].quote], "denial"
            continue
        earlier = [c for c in claims[:i] if _other_speakers(c.quote, denial.quote)]
        if not earlier and denial.anaphoric:
            continue
        if denial.anaphoric:
            # "denied the allegation" answers the latest accusation; "that account", the run before it
            charges = [c for c in earlier if c.charges]
            if _names_a_claim(denial.quote, text) and _just_before(earlier[-1], denial, charges):
                # "The army said rebels had shelled a base. The TPLF denied the claim": the claim just made
                # (and "The EU said the sentence raised concerns. Ankara rejected the criticism": the EU's)
                yield _topic_name(earlier[-1].topics), [denial.quote], [earlier[-1].quote], "denial"
                continue
            if _names_a_charge(denial.quote, text) and charges:
                yield _topic_name(charges[-1].topics), [denial.quote], [charges[-1].quote], "denial"
                continue
            if _names_a_deed(denial.quote, text):
                continue  # "denied any role" with no accusation before it answers none of the article's speakers
            target = earlier[-1].quote.speaker
            run = []
            for c in reversed(earlier):
                if c.quote.speaker != target:
                    break
                run.insert(0, c)
            topics = tuple(t for c in run for t in c.topics)
            yield _topic_name(topics), [denial.quote], [c.quote for c in run], "denial"
            continue
        # "denied that the talks had stalled" contradicts whoever said they stalled
        denied = [c for c in earlier if _shared(c.topics, denial.topics) and c.polarity == denial.polarity != 0]
        if not denied and denial.polarity == 0 and denial.topics:
            # "denied that any talks were under way" against "has been holding secret talks" (before or after it):
            # what one speaker says exists, the other says does not
            denied = [c for c in claims if c is not denial and _other_speakers(c.quote, denial.quote)
                      and c.quote.stance not in _DENYING and c.polarity >= 0 and denial.topics[0] in c.topics]
        if denied:
            shared = tuple(t for c in denied for t in _shared(c.topics, denial.topics))
            yield _topic_name(shared), [denial.quote], [c.quote for c in denied], "denial"


def _conflicting_tolls(claims: list[_Claim]):
    """A death toll that answers another speaker's: "only six" against 39, "far higher" against six. Two tolls
    given plainly are not set against each other: they are often of different dead, nights or places ("killed 11
    fighters" against "100 civilians have been killed")."""
    tolls = [c for c in claims if c.toll is not None]
    for i, second in enumerate(tolls):
        value, answers = second.toll
        if not answers:
            continue
        earlier = [c for c in tolls[:i] if isinstance(c.toll[0], int) and c.toll[0] != value
                   and _other_speakers(c.quote, second.quote)]
        for first in earlier[-1:]:
            yield "death toll", [first.quote], [second.quote], "conflicting_figures"


# Armed actors an account is told by or about: what they did, not they, names the dispute
# ("its forces had captured the village": the village)
_ACTING_NOUNS = frozenset({"force", "troop", "soldier", "army", "military", "police", "rebel", "fighter",
                           "militant", "insurgent", "militia"})


def _topic_name(topics: tuple[str, ...]) -> str:
    # a family name first (it is what a desk searches for), else the first noun of the account that is no actor
    families = [t for t in topics if t in TOPIC_FAMILIES]
    things = [t for t in topics if t not in _ACTING_NOUNS]
    return (families or things or list(topics) or [""])[0]


def _merge(found) -> list[Contention]:
    """One contention per pair of speakers: its sides gather every quote involved, in text order."""
    merged: dict[frozenset, dict] = {}
    for topic, one, other, reason in found:
        key = frozenset((one[0].speaker, other[0].speaker))
        entry = merged.setdefault(key, {"topic": topic, "quotes": {}, "reasons": []})
        if not entry["topic"]:
            entry["topic"] = topic
        for q in one + other:
            entry["quotes"][q.id] = q
        if reason not in entry["reasons"]:
            entry["reasons"].append(reason)
    out = []
    for entry in sorted(merged.values(), key=lambda e: min(q.content.start for q in e["quotes"].values())):
        quotes = sorted(entry["quotes"].values(), key=lambda q: q.content.start)
        sides: dict[str, list[Quote]] = {}
        for q in quotes:
            sides.setdefault(q.speaker, []).append(q)
        out.append(Contention(
            id=f"C{len(out) + 1}",
            topic=entry["topic"],
            sides=[ContentionSide(speaker=s, quotes=[q.id for q in qs], via=list(qs[0].via)) for s, qs in sides.items()],
            reasons=entry["reasons"],
            confidence=_confidence(entry["reasons"], quotes),
        ))
    return out


def _confidence(reasons: list[str], quotes: list[Quote]) -> float:
    # two independent signals agree more often than one; weak attributions pull it down
    base = 0.85 if len(reasons) > 1 else 0.6
    return round(base * min(q.confidence for q in quotes), 2)
