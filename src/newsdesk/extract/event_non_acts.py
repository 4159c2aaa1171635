"""What reads like an event but is no act between political actors: nature, markets, sport.

A natural force acting ("the flood swamped"), a measure moving ("inflation eased"), a thing complying with a
rule, a match result ("Argentina beat France on penalties").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsdesk.extract.event_actor_kinds import _sector_or_nation
from newsdesk.extract.event_features import OBJ_DEPS, SUBJ_DEPS, Predicate

# verbs of keeping to a rule
COMPLYING_VERBS = frozenset(("comply", "conform", "abide", "adhere"))


# Natural forces: what they do ("the flood swamped", "winds fanned the blazes") is no event between actors.
NATURAL_FORCES = frozenset("flood flooding floodwater storm cyclone hurricane typhoon tornado earthquake quake tsunami "
                           "avalanche landslide mudslide bushfire wildfire blaze drought heatwave wind rain snow "
                           "lightning virus disease epidemic weather".split())
# economic measures that rise and fall by themselves: never the source of an event
INDICATOR_NOUNS = frozenset("inflation price rate growth unemployment joblessness currency dollar euro yen "
                            "peso rupee rouble ruble yuan share stock index output export import deficit surplus gdp "
                            "production sale profit revenue earning yield bond market".split())


# verbs of harm whose agentless passive a natural force may stand behind
CASUALTY_VERBS = frozenset("kill injure wound hurt maim".split())


def _natural_harm(doc: Doc, sent: Span) -> bool:
    """True when the sentence names a natural force or the story opens with one acting ("A magnitude 6.8
    earthquake struck western Nepal"): its agentless casualties are the disaster's."""
    if any(_natural_force(t) and t.pos_ == "NOUN" for t in sent):
        return True
    # the lede: the first sentence with a verb ("KATHMANDU, Nepal (Wire) --" may stand alone)
    lede = next((s for _, s in zip(range(3), doc.sents) if s.root.pos_ in ("VERB", "AUX")), None)
    return lede is not None and any(_natural_force(t) and t.dep_ in SUBJ_DEPS for t in lede)


# how an economy moves by itself
MEASURED_VERBS = frozenset("grow shrink contract expand slow recover rebound stagnate fall rise decline".split())


# what a central bank or a market moves: cutting or raising them acts on no one
PRICE_NOUNS = frozenset("rate price yield inflation".split())


def _natural_force(tok: Token) -> bool:
    """Return True for a natural force, also when the tagger took a capitalised plural for a name ("Floodwaters")."""
    lemma = tok.lemma_.lower()
    return lemma in NATURAL_FORCES or (lemma.endswith("s") and lemma[:-1] in NATURAL_FORCES)


def _named_storm(tok: Token) -> bool:
    """"Hurricane Delia", "Typhoon Haiyan": a name whose title is a natural force (whatever the tagger calls it)."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and _natural_force(c) for c in tok.children)


# verbs that report a match's result, and the words that say a sentence is about a match
RESULT_VERBS = frozenset("beat defeat win lose draw score edge thrash hammer crush rout clinch trail upset "
                         "eliminate overcome".split())
# (only words no battle, vote or bill shares: not "final", "race", "title", "season", "goal")
SPORT_WORDS = frozenset("match tournament championship cup league semi-final semifinal quarter-final penalty "
                        "penalties hat-trick innings wicket wickets seed coach striker goalkeeper midfielder "
                        "olympics medal lap".split())
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def _sports_result(sent: Span, pred: Predicate) -> bool:
    """Return True for a match result: a result verb in a sentence with a sport word, or with two scores
    ("6-3, 6-4"); one score alone may be a vote ("defeated the bill 52-48")."""
    verb = pred.head
    if verb.lemma_.lower() not in RESULT_VERBS:
        return False
    if any(c.dep_ in OBJ_DEPS and c.pos_ == "NOUN" and _sector_or_nation(c) for c in verb.children):
        return False  # "police beat protesters after the match": people beaten, not a side defeated
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    return bool(words & SPORT_WORDS) or len(_SCORE.findall(sent.text)) >= 2
