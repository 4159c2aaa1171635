"""Toponym resolution: pick the gazetteer entry a name means, using the article's other places.

Each candidate entry gets a score: log population, a prior by kind (a country
name means the country), a penalty for alternate names, and bonuses when its
country or admin-1 region is already in the article. Resolution runs twice:
the first pass, without context, collects the countries and regions of the
names that are unambiguous enough (and the country of names whose close readings
all lie in one), plus weaker votes for the regions that could hold several of the
article's ambiguous names, and the points of the towns read without doubt; the second
pass scores every name with them (a town near one of those points gets a bonus).
A "City, State" pair is decided locally and the decision holds for the rest of
the article ("Paris, Texas" ... "Paris").
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from newsdesk.gazetteer import (ADMIN1, COUNTRY, HAND_DATA, KIND, LAT, LON, NAME, POP, Gazetteer, great_circle_km,
                                load_gazetteer, national_capitals, normalize)

KIND_PRIOR = {"country": 4.0, "admin1": 1.5, "region": 3.5, "continent": 3.0, "county": 1.0, "city": 0.0}
# A region with no known population counts as this many people.
DEFAULT_POP = {"admin1": 1_000_000, "region": 10_000_000, "county": 100_000}
ALT_NAME_PENALTY = 2.5
COUNTRY_BONUS = 1.5  # the candidate lies in a country the article names
NEIGHBOUR_BONUS = 0.75  # ... or in a country bordering one it names
ADMIN1_BONUS = 3.5  # the candidate lies in (or is) an admin-1 region the article names
ADMIN1_REPEAT_BONUS = 1.0  # ... for each further mention of that region (up to three)
VOTE_BONUS = 1.0  # ... or could hold this many more of the article's ambiguous names (see _vote_for_regions)
LOCAL_BONUS = 1.5  # a name used for a municipality's institutions is a town or county
US_LOCAL_BONUS = 1.5  # in an article that reads like US local news, US towns come first
CONFIDENT_MARGIN = 1.5  # first-pass winners at least this far ahead of the runner-up feed the context
VOTER_MAX_POP = 500_000  # places bigger than this do not vote for their region
# A city this big that shares its name with its admin-1 region is what the bare name means,
# as is a city this famous anywhere ("Manchester" the English city, not the Jamaican parish) ...
CAPITAL_CITY_POP = 50_000
FAMOUS_CITY_POP = 500_000
# A town this many times smaller than a famous city of its name is overshadowed by it (see _overshadowed).
OVERSHADOW_RATIO = 10
# ... except in countries whose news names the state first ("New York", "Quebec").
STATE_FIRST = frozenset({"US", "CA"})
# ... unless the city is this big and the article is neither local news nor about other
# places of that state: "New York" beside London and Paris is the city.
METROPOLIS_POP = 1_000_000
METROPOLIS_STATE_PENALTY = 6.0
# A metropolis ten times bigger than any town of the same name outweighs one country's mentions.
WORLD_CITY_RATIO = 10
WORLD_CITY_BONUS = 1.0
CAPITAL_ALIAS_PENALTY = 4.0  # another place's old or local name that is a national capital's own
# A town or county this close to a town the article names unambiguously is likelier the one meant
# ("Manhattan" beside "Kansas City" and "Wamego"); the bonus halves out to FAR_KM.
NEAR_KM = 100.0
FAR_KM = 300.0
NEAR_BONUS = 1.5
# A state named only through its metropolis ("New York City") is weaker evidence than the state itself:
# it must not pull "Boston" to a New York village of that name.
METRO_REGION_BONUS = 1.5


# A town named after a country or a state of at least this many people ("Mexico, Missouri", "Virginia,
# Minnesota") is not what the bare name means, unless the mention is local or qualified ("Mexico, Mo.").
AREA_NAMESAKE_MIN_POP = 1_000_000
TOWN_NAMESAKE_MAX_POP = 100_000
AREA_NAMESAKE_PENALTY = 4.0


@dataclass
class Context:
    """Countries and admin-1 regions the article is about, with how often each was named."""

    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)  # "CC-CODE"
    metro: Counter = field(default_factory=Counter)  # "CC-CODE" named through a metropolis only ("New York City")
    near: frozenset = frozenset()  # countries bordering those named
    voted: Counter = field(default_factory=Counter)  # "CC-CODE" -> names that could all lie there
    local: bool = False  # the article reads like US local news
    anchors: tuple = ()  # (name key, lat, lon, population) of the towns and counties resolved without context


@lru_cache(maxsize=1)
def _preferred() -> dict[str, int]:
    """Return name key -> geonameid that the bare name means in news ("Washington" -> the capital)."""
    table: dict[str, int] = {}
    path = HAND_DATA / "preferred.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, geonameid = line.split("\t")[:2]
            table[normalize(name)] = int(geonameid)
    return table


def preferred_entry(text: str) -> Optional[int]:
    """Return the geonameid the bare name ``text`` means in news, by the hand-written table, if listed."""
    return _preferred().get(normalize(text))


def _region_key(entry: tuple) -> Optional[str]:
    if entry[KIND] in ("admin1", "county", "city") and entry[ADMIN1]:
        return f"{entry[COUNTRY]}-{entry[ADMIN1]}"
    return None


def score(entry: tuple, alternate: bool, ctx: Optional[Context], key: str = "", overshadowed: bool = False,
          shared: bool = False) -> float:
    """Return how likely ``entry`` is the place meant; higher is likelier.

    An ``overshadowed`` town (see :func:`_overshadowed`) takes no bonus from the article's regions, nor from
    lying near one of its metropolises; a ``shared`` one (:func:`_borrowed`) none from its country alone.
    """
    kind = entry[KIND]
    pop = entry[POP] or DEFAULT_POP.get(kind, 0)
    value = math.log10(pop + 10) + KIND_PRIOR.get(kind, 0.0)
    if alternate:
        value -= ALT_NAME_PENALTY
    if key and _preferred().get(key) == entry[0]:
        value += 4.0
    if ctx is not None:
        cc = entry[COUNTRY]
        backed = _country_backs(entry, ctx, shared)
        if backed and cc and ctx.countries.get(cc):
            value += COUNTRY_BONUS if kind != "country" else 1.0
        elif backed and cc in ctx.near:
            value += NEIGHBOUR_BONUS
        region = _region_key(entry) if not overshadowed else None
        if region and ctx.admin1.get(region):
            if not _named_region(ctx, region):
                value += METRO_REGION_BONUS  # "New York City" does not make the story a New York State one
            else:
                value += ADMIN1_BONUS + ADMIN1_REPEAT_BONUS * min(ctx.admin1[region] - 1, 3)
        elif region and ctx.voted.get(region):
            # Weaker evidence than a named region: several ambiguous names could lie there.
            value += min(VOTE_BONUS * ctx.voted[region], ADMIN1_BONUS + 3 * ADMIN1_REPEAT_BONUS)
        anchors = ctx.anchors if not overshadowed else tuple(a for a in ctx.anchors if a[3] < METROPOLIS_POP)
        if anchors and kind in ("city", "county"):
            value += _nearness(entry, anchors)
    return value


def _country_backs(entry: tuple, ctx: Context, shared: bool) -> bool:
    """Return False for a ``shared`` town in a story that is not local news and names no region holding it.

    News writes which US Athens with its state ("Athens, Ga."): that a story names the country says nothing
    for one of them against the town they were named after ("diplomats from the United States met in Geneva")."""
    if not shared or ctx.local:
        return True
    region = _region_key(entry)
    return bool(region and (ctx.admin1.get(region) or ctx.voted.get(region)))


def _nearness(entry: tuple, anchors: tuple) -> float:
    """Return the bonus for lying near one of the article's unambiguous towns."""
    km = min(great_circle_km(entry[LAT], entry[LON], lat, lon) for _, lat, lon, _ in anchors)
    if km <= NEAR_KM:
        return NEAR_BONUS
    return NEAR_BONUS / 2 if km <= FAR_KM else 0.0


def rank(gaz: Gazetteer, text: str, ctx: Optional[Context]) -> list[tuple[float, int]]:
    """Return (score, entry number) for every candidate of ``text``, best first."""
    key = normalize(text)
    found = gaz.lookup(text)
    cities = [gaz.entry(i) for i, alt in found if not alt and gaz.entry(i)[KIND] == "city"]
    big_cities = {e[COUNTRY] for e in cities if e[POP] >= CAPITAL_CITY_POP}
    famous_in = {e[COUNTRY] for e in cities if e[POP] >= FAMOUS_CITY_POP}
    # "New York" is only an alternate name of New York City in GeoNames: count those too.
    metropolis = {gaz.entry(i)[COUNTRY] for i, _ in found
                  if gaz.entry(i)[KIND] == "city" and gaz.entry(i)[POP] >= METROPOLIS_POP}
    capital_named = any((key, e[COUNTRY]) in national_capitals() for e in cities)
    famous = [(gaz.entry(i)[POP], alt, gaz.entry(i)[COUNTRY]) for i, alt in found
              if gaz.entry(i)[KIND] == "city" and gaz.entry(i)[POP] >= FAMOUS_CITY_POP]
    towns: dict[str, list[int]] = {}  # country -> populations of its towns of the name, biggest first
    for e in sorted(cities, key=lambda e: -e[POP]) if ctx is not None else ():  # (the first pass has no country)
        towns.setdefault(e[COUNTRY], []).append(e[POP])
    scored = []
    for i, alt in found:
        entry = gaz.entry(i)
        shared = ctx is not None and not alt and _borrowed(entry, towns)
        value = score(entry, alt, ctx, key, _overshadowed(entry, alt, famous, ctx), shared)
        if entry[KIND] == "admin1" and entry[COUNTRY] not in STATE_FIRST and (
                entry[COUNTRY] in big_cities or (famous_in and not _province_country_named(entry, famous_in, ctx))):
            # "Kandahar", "Dubai": the city, not the province named after it; "Manchester" the
            # English city, not the Jamaican parish, unless the story names Jamaica and not England.
            value -= 4.0
        elif entry[KIND] == "admin1" and entry[COUNTRY] in metropolis and not _state_story(entry, ctx):
            value -= METROPOLIS_STATE_PENALTY
        elif entry[KIND] == "city" and not alt and _world_city(entry, cities, ctx):
            # "London" beside "Air Canada" is still the British capital, ten times any namesake.
            value += WORLD_CITY_BONUS
        if alt and capital_named:
            # "Islamabad" in a Kashmir story is Pakistan's capital, not the Indian town once called so
            value -= CAPITAL_ALIAS_PENALTY
        scored.append((value, i))
    scored.sort(reverse=True)
    return scored


def _borrowed(entry: tuple, towns: dict[str, list[int]]) -> bool:
    """Return True for a town outgrown by a namesake abroad whose country's two biggest towns of the name are
    within OVERSHADOW_RATIO in size (the US Athens; not Boston, nor San José, ten times Costa Rica's other)."""
    if entry[KIND] != "city":
        return False
    home = towns.get(entry[COUNTRY], [])
    comparable = len(home) >= 2 and home[1] * OVERSHADOW_RATIO >= home[0]
    return comparable and any(pops[0] > entry[POP] for cc, pops in towns.items() if cc != entry[COUNTRY])


def _overshadowed(entry: tuple, alt: bool, famous: list[tuple[int, bool, str]], ctx: Optional[Context]) -> bool:
    """Return True for a town whose name is a famous city's at least OVERSHADOW_RATIO times its size, named by
    as good a name (a primary name only by a primary one), in a story that is neither local news nor about the
    town's own region, unless it also names the famous city's country.

    A story that names Oregon among many states and Phoenix, or Florida and Memphis on a flight's route, or
    Berlin and Frankfurt, names the famous cities: that a small namesake lies in a state the story names
    elsewhere, or near one of its metropolises, is no sign that it is meant. Near a small town the story names it
    still may be.
    """
    if ctx is None or ctx.local or entry[KIND] not in ("city", "county"):
        return False
    bigger = [cc for pop, big_alt, cc in famous
              if pop >= OVERSHADOW_RATIO * max(entry[POP], 1) and (alt or not big_alt)]
    # a story naming both countries leaves the name to the famous city ("aid to Paris ... in France", and Texas)
    if any(cc != entry[COUNTRY] and ctx.countries.get(cc) for cc in bigger):
        return True
    return bool(bigger) and not _regional_story(ctx, _region_key(entry))


def _regional_story(ctx: Context, region: Optional[str]) -> bool:
    """Return True when most of the article's places in regions of ``region``'s country lie in ``region`` (a
    Kansas story's "Manhattan", a Sydney story's "Liverpool", a Nashville story's "Paris"), or when nothing but
    the votes of its small places names a region there and they name this one."""
    if not region:
        return False
    country = region.split("-")[0] + "-"
    named = sum(n for r, n in ctx.admin1.items() if r.startswith(country))
    if named:
        return 2 * ctx.admin1.get(region, 0) > named
    return ctx.voted.get(region, 0) > 0


def _province_country_named(entry: tuple, famous_in: set, ctx: Optional[Context]) -> bool:
    """Return True when the article names the country of the province ``entry`` and none of the famous cities of
    its name: a story naming Bolivia and Honduras means Bolivia's capital by "La Paz", not the Honduran
    department."""
    return _in_named_country(entry, ctx) and not any(ctx.countries.get(cc) for cc in famous_in)


def _in_named_country(entry: tuple, ctx: Optional[Context]) -> bool:
    """Return True when the article names the country ``entry`` lies in ("Surrey" in a British story)."""
    return ctx is not None and bool(ctx.countries.get(entry[COUNTRY]))


def _world_city(entry: tuple, cities: list[tuple], ctx: Optional[Context]) -> bool:
    """Return True for a metropolis ten times any namesake, none of which lies in a region the article names."""
    if entry[POP] < METROPOLIS_POP or ctx is None or ctx.local:  # the first pass keeps namesakes open
        return False
    namesakes = [e for e in cities if e != entry and e[NAME] == entry[NAME]]
    # a region named only through its metropolis ("Toronto") does not make "Paris" its small town
    if any(_named_region(ctx, _region_key(e) or "") or ctx.voted.get(_region_key(e) or "") for e in namesakes):
        return False
    return entry[POP] >= WORLD_CITY_RATIO * max((e[POP] for e in namesakes), default=0)


def _named_region(ctx: Context, region: str) -> bool:
    """Return True when the article names ``region`` itself or a place in it other than its metropolis."""
    return ctx.admin1.get(region, 0) > ctx.metro.get(region, 0)


def _state_story(state: tuple, ctx: Optional[Context]) -> bool:
    """Return True when the article is local news or names other places of ``state``."""
    if ctx is None:
        return True  # the first pass keeps the state reading open
    region = _region_key(state)
    return ctx.local or ctx.admin1.get(region, 0) > 0 or ctx.voted.get(region, 0) > 0


def _metropolis(entry: tuple) -> bool:
    return entry[KIND] == "city" and entry[POP] >= METROPOLIS_POP


def _add_to_context(ctx: Context, entry: tuple, weight: int = 1) -> None:
    if entry[COUNTRY]:
        ctx.countries[entry[COUNTRY]] += weight
    region = _region_key(entry)
    if region:
        ctx.admin1[region] += weight
        if _metropolis(entry):
            ctx.metro[region] += weight


@dataclass(frozen=True)
class Request:
    """One toponym to resolve, with what its surroundings say about it."""

    text: str
    local: bool = False  # named as a municipality: "Palestine Independent School District"
    dateline: bool = False  # an upper-case dateline: "NEW YORK (AP) -"
    state: bool = False  # named as a US state by its institutions: "Georgia National Guard"


def _adjust(gaz: Gazetteer, request: Request, ranked: list[tuple[float, int]], us_local: bool):
    """Return ``ranked`` re-scored for what the mention's surroundings and the article say."""
    if not ranked:
        return ranked
    kinds = {gaz.entry(i)[KIND] for _, i in ranked}
    us_state = request.state and any(gaz.entry(i)[KIND] == "admin1" and gaz.entry(i)[COUNTRY] == "US"
                                     for _, i in ranked)
    # Small towns lose to a bigger reading of their name in two cases (never both: one needs a dateline, the
    # other excludes it). "WARSAW, Feb. 26 (Xinhua)": a dateline names a small town only with its state
    # ("INDEPENDENCE, MO."), so with no qualifier a metropolis is meant, not Warsaw, Missouri in a story that
    # names Missouri. "Mexico", "Jordan", "Virginia": a country or a big state, not the town named after it.
    if request.dateline:
        small_towns_lose = any(gaz.entry(i)[KIND] == "city" and gaz.entry(i)[POP] >= METROPOLIS_POP for _, i in ranked)
    else:
        small_towns_lose = not request.local and any(
            gaz.entry(i)[KIND] in ("country", "admin1") and gaz.entry(i)[POP] >= AREA_NAMESAKE_MIN_POP
            and gaz.entry(i)[NAME] == request.text for _, i in ranked)
    out = []
    for value, i in ranked:
        entry = gaz.entry(i)
        kind = entry[KIND]
        if us_state and not (kind == "admin1" and entry[COUNTRY] == "US"):
            continue  # only a US state has a National Guard, a State Patrol, a General Assembly
        if small_towns_lose and kind == "city" and entry[POP] < TOWN_NAMESAKE_MAX_POP:
            value -= AREA_NAMESAKE_PENALTY
        if request.dateline and "city" in kinds and kind != "city":
            continue  # a dateline names a city
        if request.local:
            if kind in ("country", "continent", "region") and kinds & {"city", "county"}:
                continue
            if kind in ("city", "county"):
                value += LOCAL_BONUS
        if us_local and entry[COUNTRY] == "US" and kind in ("city", "county"):
            value += US_LOCAL_BONUS
        out.append((value, i))
    out.sort(reverse=True)
    return out


def resolve_names(requests: list[Request], hints: dict[int, tuple[str, ...]] | None = None,
                  us_local: bool = False) -> list[Optional[int]]:
    """Return the chosen entry number (or None) for each toponym of one article.

    ``hints`` maps a position to the texts of places written right after it
    ("Paris" + ("Texas",)), which decide that name locally and for the rest of the
    article; ``us_local`` says the article reads like US local news.
    """
    return [r.number for r in resolve_ranked(requests, hints, us_local)]


@dataclass(frozen=True)
class Resolution:
    """The entry chosen for one toponym, with the final ranking it was chosen from."""

    number: Optional[int]
    ranked: tuple = ()  # (score, entry number), best first, in the article's context
    qualified: bool = False  # decided by the place written right after it ("Paris, Texas")


def resolve_ranked(requests: list[Request], hints: dict[int, tuple[str, ...]] | None = None,
                   us_local: bool = False, known: tuple[int, ...] = ()) -> list[Resolution]:
    """Return a :class:`Resolution` for each toponym of one article (see :func:`resolve_names`).

    ``known`` holds entries of other places the article names, decided already (the small towns its places
    vouch for, see place_local): they count as places read without doubt.
    """
    gaz = load_gazetteer()
    hints = hints or {}
    # in the article's order (not a set's, which changes with the hash seed): the votes below are counted
    # in this order, and ties go to the first
    first = {r: _adjust(gaz, r, rank(gaz, r.text, None), us_local) for r in dict.fromkeys(requests)}
    ctx = Context(local=us_local)
    if us_local:
        ctx.countries["US"] += 3
    own: dict = {}  # what each name (and each entry) added, so that no name votes for itself
    confident: set[Request] = set()
    anchors: list = []
    for number in dict.fromkeys(known):
        entry = gaz.entry(number)
        _add_to_context(ctx, entry)
        if entry[KIND] in ("city", "county"):
            anchors.append((normalize(entry[NAME]), entry[LAT], entry[LON], entry[POP]))
    for request in requests:
        ranked = first[request]
        if not ranked:
            continue
        if len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= CONFIDENT_MARGIN:
            _add_to_context(ctx, gaz.entry(ranked[0][1]))
            _add_to_context(own.setdefault(normalize(request.text), Context()), gaz.entry(ranked[0][1]))
            # ... nor under another of its names: "Dublin City" does not vote for "Dublin" in Ireland.
            _add_to_context(own.setdefault(ranked[0][1], Context()), gaz.entry(ranked[0][1]))
            confident.add(request)
            top = gaz.entry(ranked[0][1])
            # a region of one country has no admin-1 code: its point backs its towns ("Scottish police ... Perth")
            if top[KIND] in ("city", "county") or (top[KIND] == "region" and top[COUNTRY]):
                anchors.append((normalize(request.text), top[LAT], top[LON], top[POP]))
        else:
            country = _sure_country(gaz, ranked)
            if country:  # "Douglas County": which one is open, but it is in the US
                ctx.countries[country] += 1
                own.setdefault(normalize(request.text), Context()).countries[country] += 1
    _vote_for_regions(gaz, first, ctx)
    ctx.anchors = tuple(dict.fromkeys(anchors))
    ctx.near = frozenset(n for cc in ctx.countries for n in gaz.neighbours.get(cc, ()))
    fixed: dict[str, int] = {}  # name -> its first qualified reading
    hinted: dict[int, int] = {}  # position -> the reading its own qualifier gives
    for pos, following in sorted(hints.items()):
        choice = _resolve_with_hint(gaz, requests[pos].text, following, ctx)
        if choice is not None:
            fixed.setdefault(normalize(requests[pos].text), choice)
            hinted[pos] = choice
            _add_to_context(ctx, gaz.entry(choice), 2)
            _add_to_context(own.setdefault(normalize(requests[pos].text), Context()), gaz.entry(choice), 2)
    chosen = _choose(gaz, requests, first, ctx, own, fixed, us_local, hinted=hinted)
    # Second round: states and provinces decided only with the context's help now add to it in
    # turn, so that "Georgia" read as the US state backs Atlanta, Georgia over Atlanta, Texas.
    # A name first read otherwise ("Georgia" the country) gives back what it added.
    for request, number in zip(requests, chosen):
        if number is None or normalize(request.text) in fixed:
            continue  # (a name read as a state despite its qualified mention does not vote again)
        entry = gaz.entry(number)
        if entry[KIND] != "admin1" or (request in confident and first[request][0][1] == number):
            continue  # only a named state or province is firm enough to vote again
        if request in confident:
            _take_from_context(ctx, gaz.entry(first[request][0][1]))
        _add_to_context(ctx, entry)
        _add_to_context(own.setdefault(normalize(request.text), Context()), entry)
        _add_to_context(own.setdefault(number, Context()), entry)
    ctx.near = frozenset(n for cc in ctx.countries for n in gaz.neighbours.get(cc, ()))
    rankings: dict = {}
    chosen = _choose(gaz, requests, first, ctx, own, fixed, us_local, rankings, hinted)
    qualified = {(normalize(requests[pos].text), number) for pos, number in hinted.items()}
    return [Resolution(number, tuple(rankings.get(request, ())),
                       number is not None and (normalize(request.text), number) in qualified)
            for request, number in zip(requests, chosen)]


def _sure_country(gaz: Gazetteer, ranked: list[tuple[float, int]]) -> str:
    """Return the country all the close readings of an ambiguous name lie in, else ""."""
    close = {gaz.entry(i)[COUNTRY] for value, i in ranked if ranked[0][0] - value < CONFIDENT_MARGIN}
    return close.pop() if len(close) == 1 else ""


def _take_from_context(ctx: Context, entry: tuple) -> None:
    """Remove one mention of ``entry`` from the context (the reverse of :func:`_add_to_context`)."""
    if entry[COUNTRY]:
        ctx.countries[entry[COUNTRY]] -= 1
    region = _region_key(entry)
    if region:
        ctx.admin1[region] -= 1
        if _metropolis(entry):
            ctx.metro[region] -= 1
    ctx.countries, ctx.admin1, ctx.metro = +ctx.countries, +ctx.admin1, +ctx.metro


def _choose(gaz: Gazetteer, requests: list[Request], first: dict, ctx: Context, own: dict, fixed: dict,
            us_local: bool, rankings: Optional[dict] = None, hinted: Optional[dict] = None) -> list[Optional[int]]:
    """Return the best entry of each request given the article's context, less what the name itself added.

    A name decided by its qualifier (``fixed``) keeps that reading everywhere, except where
    the bare name reads as a state the article names apart from it: in a story datelined
    "CAMP MURRAY, Wash." about Seattle, "Washington, D.C." is the capital but "at home in
    Washington" is the state. ``hinted`` maps the positions of the qualified mentions to their readings: each
    keeps its own, and a bare mention takes that of the qualified one before it, else the first after it
    ("Alexandria, Egypt" ... "Alexandria, Virginia" ... "in Alexandria": Virginia's);
    ``rankings``, when given, receives each request's final ranking.
    """
    chosen: list[Optional[int]] = []
    hinted = hinted or {}
    cache: dict[Request, tuple] = {}
    for pos, request in enumerate(requests):
        key = normalize(request.text)
        if request not in cache:
            others = _without(ctx, own.get(key))
            for _, number in first[request]:
                if number in own and own[number] is not own.get(key):
                    others = _without(others, _minus(own[number], own.get(key)))
            if others.anchors:  # a name is no anchor for itself
                others = replace(others, anchors=tuple(a for a in others.anchors if a[0] != key))
            ranked = _adjust(gaz, request, rank(gaz, request.text, others), us_local)
            state = _named_state(gaz, ranked, fixed[key], others) if key in fixed else None
            cache[request] = (ranked[0][1] if ranked else None, state)
            if rankings is not None:
                rankings[request] = ranked
        best, state = cache[request]
        if key in fixed:
            best = hinted[pos] if pos in hinted else _qualified_reading(requests, hinted, pos, key) \
                if state is None else state
        chosen.append(best)
    return chosen


def _qualified_reading(requests: list[Request], hinted: dict, pos: int, key: str) -> int:
    """Return the reading of the nearest qualified mention of ``key`` before ``pos``, else of the first after."""
    same = [p for p in sorted(hinted) if normalize(requests[p].text) == key]
    before = [p for p in same if p < pos]
    return hinted[before[-1] if before else same[0]]


def _named_state(gaz: Gazetteer, ranked: list[tuple[float, int]], qualified: int, ctx: Context) -> Optional[int]:
    """Return the admin-1 reading of a name whose region other places of the article lie in, unless
    the qualified reading is one too."""
    if gaz.entry(qualified)[KIND] == "admin1":
        return None
    for _, i in ranked:
        entry = gaz.entry(i)
        if entry[KIND] == "admin1" and ctx.admin1.get(_region_key(entry) or "", 0) > 0:
            return i
    return None


def _minus(ctx: Context, other: Optional[Context]) -> Context:
    """Return what ``ctx`` holds beyond ``other``."""
    if other is None:
        return ctx
    return Context(ctx.countries - other.countries, ctx.admin1 - other.admin1, ctx.metro - other.metro)


def _without(ctx: Context, mine: Optional[Context]) -> Context:
    """Return the context less one name's own contribution."""
    if mine is None:
        return ctx
    countries, admin1, metro = ctx.countries.copy(), ctx.admin1.copy(), ctx.metro.copy()
    countries.subtract(mine.countries)
    admin1.subtract(mine.admin1)
    metro.subtract(mine.metro)
    return Context(+countries, +admin1, +metro, near=ctx.near, local=ctx.local, voted=ctx.voted, anchors=ctx.anchors)


def _vote_for_regions(gaz: Gazetteer, first: dict, ctx: Context) -> None:
    """Add to the context the admin-1 regions that could hold several of the article's small places.

    "Walker County", "Huntsville" and "Anderson County" all exist in Texas: a local
    story about three of them is a Texas story. Names whose best reading is a country,
    a region or a famous city ("Paris", "London") do not vote, except in US local news,
    where they vote for the states of their US namesakes: "Columbus", "Platte County"
    and "Norfolk" all exist in Nebraska.
    """
    votes: Counter = Counter()
    seen: set[str] = set()
    for request, ranked in first.items():
        key = normalize(request.text)
        if not ranked or key in seen:
            continue
        seen.add(key)
        top = gaz.entry(ranked[0][1])
        famous = top[POP] >= VOTER_MAX_POP
        if top[KIND] not in ("city", "county") or (famous and not ctx.local):
            continue
        regions = {_region_key(gaz.entry(i)) for _, i in ranked if gaz.entry(i)[KIND] in ("city", "county")
                   and not (famous and gaz.entry(i)[COUNTRY] != "US")}
        votes.update(r for r in regions if r)
    for region, count in votes.items():
        if count >= 2:
            ctx.voted[region] += count - 1


def _inside_hint(gaz: Gazetteer, entry: tuple, following: tuple[str, ...]) -> bool:
    """Return True when ``entry`` lies in the country the first place written after it names."""
    return any(gaz.entry(j)[KIND] == "country" and gaz.entry(j)[COUNTRY] == entry[COUNTRY]
               for hint in following for _, j in rank(gaz, hint, None)[:1])


def _resolve_with_hint(gaz: Gazetteer, text: str, following: tuple[str, ...], ctx: Context) -> Optional[int]:
    """Return the candidate of ``text`` that lies in the region or country named right after it."""
    ranked = rank(gaz, text, ctx)
    if len(ranked) < 2:
        return None
    top = gaz.entry(ranked[0][1])
    if top[KIND] in ("country", "region", "continent") or (top[KIND] == "admin1" and not _inside_hint(gaz, top, following)):
        return None  # "Mexico, US and Canada", "Ohio, Indiana and Iowa" list; "Hamilton, Bermuda" qualifies
    biggest = max((gaz.entry(i)[POP] for _, i in ranked if gaz.entry(i)[KIND] == "city"), default=0)
    for hint in following:
        containers = rank(gaz, hint, None)
        for rank_of, (_, j) in enumerate(containers):
            container = gaz.entry(j)
            if rank_of and container[KIND] not in ("admin1", "country"):
                continue
            for _, i in ranked:
                entry = gaz.entry(i)
                if entry[KIND] == "country":
                    continue
                # the hint's other readings only for a town no famous namesake overshadows: "Athens, Georgia" is
                # the US state's Athens, "Berlin, Georgia and Moldova" lists the German capital
                if rank_of and entry[POP] * OVERSHADOW_RATIO < biggest:
                    continue
                if container[KIND] == "admin1" and _region_key(entry) == f"{container[COUNTRY]}-{container[ADMIN1]}":
                    return i
                if container[KIND] == "country" and entry[COUNTRY] == container[COUNTRY]:
                    return i
            if rank_of == 0 and container[KIND] == "region" and container[COUNTRY]:
                # a region of one country ("Perth, Scotland", "Croft, Yorkshire") has no admin-1 code to match:
                # its country's namesake nearest the region's point
                inside = [i for _, i in ranked if gaz.entry(i)[COUNTRY] == container[COUNTRY]
                          and gaz.entry(i)[KIND] in ("city", "county", "admin1")]
                if inside:
                    return min(inside, key=lambda i: great_circle_km(gaz.entry(i)[LAT], gaz.entry(i)[LON],
                                                                    container[LAT], container[LON]))
            if rank_of == 0 and container[KIND] == "admin1":
                # The two packaged sources code some provinces differently ("08" and "ON" for
                # Ontario): the best candidate in the province's country is the next best reading.
                for _, i in ranked:
                    entry = gaz.entry(i)
                    if entry[KIND] != "country" and entry[COUNTRY] == container[COUNTRY]:
                        return i
    return None
