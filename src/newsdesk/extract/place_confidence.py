"""How sure a place resolution is: a probability that the chosen point lies within 161 km of the right one.

A resolution is as safe as the distance, in resolution score, between the chosen
entry and its best *rival*: the best candidate more than RIVAL_KM away (a city and
the province named after it are not rivals: either reading lands in the same spot).
A name with no rival anywhere ("Kabul", "Ouagadougou") is safe whatever its score.
The margin is turned into a probability by a logistic model fitted on the
development splits of the two geoparsing benchmarks; what the article says about
the place (other places it names in the same country or state, the "City, State" form),
the kind and population of the entry chosen, how many far-apart namesakes it has
and how the name was found move the curve.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from newsdesk.gazetteer import COUNTRY, KIND, POP, Gazetteer, entry_km

# Two readings of a name this far apart are rivals (the benchmarks' accuracy radius).
RIVAL_KM = 161.0
# Margins beyond this add nothing: the scores are log populations plus bonuses.
MAX_MARGIN = 8.0
# Logistic-regression weights over the inputs of features(), fitted by scripts/fit_place_confidence.py
# on the geo-gwn and geo-lgl dev toponyms that matched a gold one (label: within 161 km). Read:
# no_rival (no candidate more than RIVAL_KM away), margin and sqrt_margin (the score lead over the
# best rival: steep over the first points, then level), qualified ("Paris, Texas"), supported (another
# place of the article in the same country), region_supported (same admin-1), near (another town or
# county of the article within place_resolve.NEAR_KM), preferred (preferred.tsv
# gives the bare name this reading), kind_* of the chosen entry, source_* (how the name was found:
# gazetteer = running text the NER missed, vouched = a small town the article's places vouch for),
# log_rivals, log_population. An input with no weight weighs 0.
WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "places" / "confidence_weights.json"


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Evidence:
    """What one resolution rests on."""

    margin: Optional[float]  # score of the choice less that of its best rival; None: no rival
    rivals: int  # candidates more than RIVAL_KM from the choice
    kind: str  # the chosen entry's kind: country, admin1, county, city, region, continent
    supported: bool  # the article names another place in the choice's country
    qualified: bool = False  # "Paris, Texas": decided by the region written after it
    source: str = ""  # how the toponym was found: ner, entity, gazetteer, demonym
    overridden: bool = False  # a later rule (list of states, county short form) changed it (not weighed)
    population: int = 0  # of the chosen entry (0: unknown)
    preferred: bool = False  # what the bare name means in news, by the hand-written table ("Washington")
    region_supported: bool = False  # the article names another place in the choice's admin-1 region
    near: bool = False  # another town or county of the article lies within place_resolve.NEAR_KM of the choice


def evidence(gaz: Gazetteer, number: int, ranked: tuple, qualified: bool, source: str,
             countries: frozenset, preferred: bool = False, region_supported: bool = False,
             near: bool = False) -> Evidence:
    """Return the evidence for choosing entry ``number`` out of ``ranked`` ((score, number), best first)."""
    entry = gaz.entry(number)
    chosen_score = next((value for value, i in ranked if i == number), None)
    rivals = [value for value, i in ranked if i != number and entry_km(entry, gaz.entry(i)) > RIVAL_KM]
    margin = None
    if rivals and chosen_score is not None:
        margin = chosen_score - max(rivals)
    supported = bool(entry[COUNTRY]) and entry[COUNTRY] in countries
    return Evidence(margin=margin, rivals=len(rivals), kind=entry[KIND], supported=supported,
                    qualified=qualified, source=source, overridden=chosen_score is None and bool(ranked),
                    population=entry[POP] or 0, preferred=preferred,
                    region_supported=region_supported, near=near)


def features(ev: Evidence) -> dict[str, float]:
    """Return the named inputs of the confidence model for one resolution (the keys of the weights)."""
    found = {"bias": 1.0, "qualified": float(ev.qualified), "supported": float(ev.supported),
             "preferred": float(ev.preferred), "region_supported": float(ev.region_supported),
             "near": float(ev.near),
             "log_rivals": math.log10(ev.rivals + 1), "log_population": math.log10(ev.population + 10) / 7}
    if ev.margin is None:
        found["no_rival"] = 1.0
    else:
        margin = min(ev.margin, MAX_MARGIN)
        found["margin"] = margin
        found["sqrt_margin"] = math.sqrt(max(margin, 0.0))
    found["kind_" + ev.kind] = 1.0
    found["source_" + ev.source] = 1.0
    return found


def confidence(ev: Evidence) -> float:
    """Return the probability (0..1) that the resolution lies within RIVAL_KM of the place meant."""
    w = weights()
    logit = sum(w.get(name, 0.0) * value for name, value in features(ev).items())
    return round(1.0 / (1.0 + math.exp(-logit)), 3)
