"""Each event's date and place: from its own sentence when the text says, else inherited."""
from __future__ import annotations

import pytest

from conftest import parse_without_newsdesk

from newsdesk.extract.dates import extract_dates
from newsdesk.extract.situate import situate_events
from newsdesk.records import Actor, Event, EventDate, Place, TextSpan

ARTICLE = (
    "KABUL, Feb. 4, 2014 (Reuters) - Afghan officials said on Tuesday that secret contacts with the "
    "insurgents began last November. In recent weeks, the two sides met in Dubai and in Riyadh. "
    "Pakistan shelled villages in Kunar province. The government denied the reports."
)

# name, lat, lon, geonameid, country: invented-for-test gazetteer rows with real coordinates.
GAZETTEER = {
    "KABUL": ("Kabul", 34.53, 69.17, 1138958, "AF"),
    "Dubai": ("Dubai", 25.07, 55.31, 292223, "AE"),
    "Riyadh": ("Riyadh", 24.69, 46.72, 108410, "SA"),
    "Pakistan": ("Pakistan", 30.0, 70.0, 1168579, "PK"),
    "Kunar": ("Kunar", 34.9, 71.1, 1135689, "AF"),
}


@pytest.fixture(scope="module")
def parse(nlp):
    def run(text: str, published, places=()):
        doc = parse_without_newsdesk(nlp, text, published)
        doc._.newsdesk_dates = extract_dates(doc)
        doc._.newsdesk_places = [_place(text, word) for word in places]
        return doc

    return run


def _span(text: str, word: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return TextSpan(start, start + len(word), word)


def _place(text: str, word: str) -> Place:
    name, lat, lon, gid, cc = GAZETTEER[word]
    span = _span(text, word)
    return Place(span.start, span.end, name, word, lat, lon, gid, cc, "P")


def _event(text: str, trigger: str, source: str | None = None, **kw) -> Event:
    actor = None
    if source:
        s = _span(text, source)
        actor = Actor(s.start, s.end, source)
    return Event("CONSULT", "040", actor, None, trigger=_span(text, trigger), **kw)


def _situated(doc, *events):
    doc._.newsdesk_events = list(events)
    out = {}
    for e in situate_events(doc):
        out.setdefault(e.trigger.text, e)  # the first of an event given once per place
    return out


# (trigger, expected date value, expected date text or None when inherited, place name, place inherited)
CASES = [
    ("began", "2013-11", "last November", "Kabul", True),
    ("said", "2014-02-04", "Tuesday", "Kabul", True),
    ("met", "PXW", "recent weeks", "Dubai", False),
    ("shelled", "2014-02-04", None, "Kunar", False),
    ("denied", "2014-02-04", None, "Kabul", True),
]


@pytest.mark.parametrize("trigger,value,date_text,place,place_inherited", CASES, ids=[c[0] for c in CASES])
def test_event_date_and_place(parse, trigger, value, date_text, place, place_inherited):
    doc = parse(ARTICLE, published=None, places=GAZETTEER)
    source = "Pakistan" if trigger == "shelled" else None
    event = _situated(doc, _event(ARTICLE, trigger, source))[trigger]
    assert event.date is not None and event.date.value == value
    if date_text is None:
        assert event.date.inherited and event.date.start is None
    else:
        assert not event.date.inherited
        assert ARTICLE[event.date.start:event.date.end] == date_text
    assert event.place is not None and event.place.name == place
    assert event.place.inherited is place_inherited
    if not place_inherited:
        assert ARTICLE[event.place.start:event.place.end] == GAZETTEER_TEXT[place]


GAZETTEER_TEXT = {row[0]: word for word, row in GAZETTEER.items()}


def test_actor_is_not_the_place(parse):
    doc = parse(ARTICLE, published="2014-02-04", places=GAZETTEER)
    event = _situated(doc, _event(ARTICLE, "shelled", "Pakistan"))["shelled"]
    assert event.place.name == "Kunar"
    assert (event.place.lat, event.place.lon, event.place.geonameid, event.place.country) == (34.9, 71.1, 1135689, "AF")


def test_no_place_and_no_dateline(parse):
    text = "The government denied the reports on Monday."
    doc = parse(text, published="2014-02-04")
    event = _situated(doc, _event(text, "denied"))["denied"]
    assert event.place is None
    assert event.date == EventDate("2014-02-03", text.index("Monday"), text.index("Monday") + 6, False,
                                   earliest="2014-02-03", latest="2014-02-03")


def test_no_publication_date_and_no_expression(parse):
    text = "The government denied the reports."
    doc = parse(text, published=None)
    event = _situated(doc, _event(text, "denied"))["denied"]
    assert event.date is None and event.place is None


def test_prefers_the_clause_of_the_trigger(parse):
    text = "The envoy said on Friday that the talks will resume next week in Doha."
    doc = parse(text, published="2014-02-04")
    events = _situated(doc, _event(text, "resume"), _event(text, "said"))
    assert events["resume"].date.value == "2014-W07"
    assert events["said"].date.value == "2014-01-31"


def test_existing_values_are_kept_and_no_events(parse):
    doc = parse(ARTICLE, published="2014-02-04", places=GAZETTEER)
    kept = EventDate("2013-06", inherited=False)
    event = _situated(doc, _event(ARTICLE, "began", date=kept))["began"]
    assert event.date is kept
    doc._.newsdesk_events = []
    assert situate_events(doc) == []


def test_a_plain_duration_does_not_date_an_event(parse):
    text = "Gunmen held the hostages for three hours in Kunar."
    doc = parse(text, published="2014-02-04", places=["Kunar"])
    event = _situated(doc, _event(text, "held"))["held"]
    assert event.date == EventDate("2014-02-04", None, None, True, earliest="2014-02-04", latest="2014-02-04")
    assert event.place.name == "Kunar" and not event.place.inherited


# ---------------------------------------------------------------- round 5: own clause first; noun modifiers

OWN_CLAUSE = ("The ministry has held quiet talks with the rebels in recent weeks, "
              "the Daily Courier reported on Friday.")


def test_date_of_the_events_own_clause_beats_the_reporting_verbs(parse):
    doc = parse(OWN_CLAUSE, "2014-02-07")
    out = _situated(doc, _event(OWN_CLAUSE, "held", "The ministry"), _event(OWN_CLAUSE, "reported"))
    assert out["held"].date.start == OWN_CLAUSE.index("recent weeks")
    assert out["reported"].date.start == OWN_CLAUSE.index("Friday")


MODIFIER = "The rebels insisted on the release of fighters held in Kunar, the governor said in Dubai."


def test_place_inside_a_noun_modifier_is_not_where_the_event_happened(parse):
    doc = parse(MODIFIER, "2014-02-07", places=("Kunar", "Dubai"))
    out = _situated(doc, _event(MODIFIER, "insisted", "The rebels"), _event(MODIFIER, "held"))
    assert out["insisted"].place is None or out["insisted"].place.name != "Kunar"
    assert out["held"].place.name == "Kunar"  # the holding itself happens there


# ---------------------------------------------------------------- context: the account's time frame; several places

ACCOUNT = ("The office of the president has held secret contacts with the rebels in recent weeks, the Daily "
           "Courier reported on Tuesday. The contacts began last November, when the rebels approached the "
           "president, the paper said. Envoys from both sides met in Dubai and in Riyadh, it added. "
           "Separately, police said rebels attacked a convoy on the highway.")


def test_an_undated_past_event_takes_its_accounts_time_frame(analyze):
    article = analyze(ACCOUNT, published="2014-02-04")
    met = [e for e in article.events if e.trigger and e.trigger.text == "met"]
    assert len(met) == 2
    for e in met:
        # not "last November": that date marks only when the contacts began
        assert (e.date.value, e.date.inherited) == ("PXW", True)
        assert ACCOUNT[e.date.start:e.date.end] == "recent weeks"
        assert (e.date.earliest, e.date.latest) == (None, "2014-02-04")


def test_another_account_does_not_share_the_time_frame(analyze):
    article = analyze(ACCOUNT, published="2014-02-04")
    attacked = next(e for e in article.events if e.trigger and e.trigger.text == "attacked")
    assert (attacked.date.value, attacked.date.inherited, attacked.date.start) == ("2014-02-04", True, None)


def test_an_event_at_coordinated_places_is_given_once_per_place(analyze):
    article = analyze(ACCOUNT, published="2014-02-04")
    met = [e for e in article.events if e.trigger and e.trigger.text == "met"]
    assert [e.place.name for e in met] == ["Dubai", "Riyadh"]
    assert not any(e.place.inherited for e in met)
    ids = [e.id for e in article.events]
    assert ids == [f"V{i}" for i in range(1, len(ids) + 1)]
    assert (met[0].plover, met[0].source_actor.text) == (met[1].plover, met[1].source_actor.text)


def test_three_coordinated_places(analyze):
    article = analyze("Envoys met in Oslo, Doha and Riyadh last week.", published="2014-02-04")
    met = [e for e in article.events if e.trigger and e.trigger.text == "met"]
    assert [e.place.name for e in met] == ["Oslo", "Doha", "Riyadh"]
    assert {e.date.value for e in met} == {"2014-W05"}


def test_places_that_are_actors_split_nothing(analyze):
    # the three cities are the targets of three events; none is split again by place
    article = analyze("Protesters marched in Cairo, Alexandria and Suez on Friday.", published="2014-02-04")
    marched = [e for e in article.events if e.trigger and e.trigger.text == "marched"]
    assert len(marched) == 3
    assert all(e.place is None or e.target_actor is None or e.place.start != e.target_actor.start for e in marched)


def test_start_dates_and_future_frames_are_not_inherited(parse):
    from newsdesk.extract.situate_context import dates_a_start
    from newsdesk.records import EventDate

    text = "The contacts began last November. The siege started in March."
    doc = parse(text, published="2014-02-04")
    for expr in ("last November", "March"):
        start = text.index(expr)
        assert dates_a_start(doc, EventDate("x", start, start + len(expr)))
    text2 = "The rebels attacked the base last November."
    doc2 = parse(text2, published="2014-02-04")
    start = text2.index("last November")
    assert not dates_a_start(doc2, EventDate("2013-11", start, start + len("last November")))


def test_a_time_bounding_a_curfew_does_not_time_the_next_act(analyze):
    """"imposed a nightly curfew from 10 p.m." bounds the curfew: the spokesman's promise in the next sentence
    takes the day of the account, not ten at night."""
    article = analyze("NIAMEY, March 9 (Wire) - Soldiers seized power on Monday. The junta imposed a nightly curfew "
                      "from 10 p.m. Its spokesman promised elections within eighteen months.", published="2026-03-12")
    (promised,) = [e for e in article.events if e.trigger and e.trigger.text == "promised"]
    assert promised.date.value == "2026-03-09" and promised.date.inherited


def test_the_time_of_an_after_clause_is_its_own(analyze):
    """"lodged a protest after two Chinese ships entered waters near the islands on Sunday": Sunday is the ships'."""
    article = analyze("Japan's government lodged a protest after two Chinese coast guard ships entered waters near "
                      "the Senkaku Islands on Sunday.", published="2024-10-14")
    (lodged,) = [e for e in article.events if e.trigger.text == "lodged"]
    assert lodged.date.value == "2024-10-14" and lodged.date.inherited


def test_a_coordinated_actor_is_no_place_of_its_partners_event(analyze):
    article = analyze("NAIROBI - The United States and France condemned the attack on Monday.", published="2024-06-27")
    condemned = [e for e in article.events if e.trigger and e.trigger.text == "condemned"]
    assert len(condemned) == 2
    # each event's place is the dateline's, never the other actor's country
    assert {(e.place.name, e.place.inherited) for e in condemned} == {("Nairobi", True)}


def test_an_event_at_a_landmark_takes_its_place(analyze):
    article = analyze("LONDON - The president met the prime minister at the White House on Monday.",
                      published="2024-06-27")
    met = next(e for e in article.events if e.trigger and e.trigger.text == "met")
    assert (met.place.name, met.place.country, met.place.inherited) == ("White House", "US", False)
    assert met.place.lat == pytest.approx(38.9, abs=0.1)


def test_a_visit_takes_place_where_it_goes(analyze):
    # the town visited is the event's target and its place; the dateline is not where the visit happened
    article = analyze("WASHINGTON - The envoy visited Kabul on Monday. Rebels attacked a convoy.", published="2024-06-27")
    visited = next(e for e in article.events if e.trigger and e.trigger.text == "visited")
    assert visited.target_actor.text == "Kabul"
    assert (visited.place.name, visited.place.country, visited.place.inherited) == ("Kabul", "AF", False)


def test_an_announced_visit_is_coded_036_and_placed_where_it_goes(analyze):
    # CAMEO codes an intention by the act intended: intent to meet (036), held where the visit goes
    article = analyze("WASHINGTON - The president will travel to Beijing next week to meet Chinese leaders.",
                      published="2024-03-03")
    travel = next(e for e in article.events if e.trigger and e.trigger.text == "travel")
    assert (travel.plover, travel.cameo, travel.scheduled) == ("AGREE", "036", True)
    assert (travel.place.name, travel.place.country, travel.place.inherited) == ("Beijing", "CN", False)
    assert travel.date.value == "2024-W10"


def test_a_date_of_a_thing_acted_on_does_not_date_the_act(analyze):
    """"called on X to investigate the January killings": January is when the killings were, not the appeal;
    a subject's date still is its event's ("Thursday's attack killed five")."""
    article = analyze("Amnesty International called on the two governments to investigate the January killings.",
                      published="2025-03-14")
    called = [e for e in article.events if e.trigger.text == "called"]
    assert [(e.date.value, e.date.inherited) for e in called] == [("2025-03-14", True)]
    article = analyze("Thursday's attack killed five soldiers, officials said.", published="2025-03-14")
    killed = [e for e in article.events if e.trigger.text == "killed"]
    assert [(e.date.value, e.date.inherited) for e in killed] == [("2025-03-13", False)]


def test_a_place_acting_in_another_clause_is_not_where_the_event_was(analyze):
    """"..., while Moscow claimed ...": Moscow is the subject of another verb, an actor, not a site; and of
    two subjects of "said" (the dateline's agency and the air force) the nearer one reports."""
    article = analyze("KYIV (Wire) -- Ukraine's air force said on Sunday it had shot down 40 of 52 drones launched "
                      "by Russia overnight, while Moscow claimed its forces had captured a village.",
                      published="2025-06-01")
    shot = [e for e in article.events if e.trigger.text == "shot"]
    assert [(e.source_actor.text, e.source_actor.country, e.place.name, e.place.inherited) for e in shot] == [
        ("Ukraine's air force", "UKR", "Kyiv", True)]


def test_the_town_an_attack_hits_is_where_it_happened(analyze):
    """"In the city of Kharkiv, a drone hit ...": an attack's target town is its place ("the city of X" names the
    place, unlike "the minister of X"); a town another verb acts on ("accused Kyiv of") is not a statement's place."""
    article = analyze("In the city of Kharkiv, a drone hit an apartment building, injuring six people, the regional "
                      "governor said.", published="2025-06-01")
    hit = [e for e in article.events if e.trigger.text == "hit"]
    assert [(e.place.name, e.place.inherited) for e in hit] == [("Kharkiv", False)]
    article = analyze("LONDON - The Kremlin said last week that it was ready for talks but accused Kyiv of "
                      "sabotaging earlier efforts.", published="2025-06-01")
    said = [e for e in article.events if e.trigger.text == "said"]
    assert said and all(e.place is None or e.place.name != "Kyiv" for e in said)


def test_where_people_come_from_and_who_speaks_are_no_event_place(analyze):
    """"met envoys from Mali in Abuja" happened in Abuja; a second speaker ("Saudi Arabia and the United States
    said") and a place inside another verb's reported clause are not where the event was."""
    article = analyze("President Bola Tinubu met envoys from Mali and Burkina Faso in Abuja on Monday.",
                      published="2023-09-09")
    assert {e.place.name for e in article.events if e.trigger.text == "met"} == {"Abuja"}
    article = analyze("The army and the rebels agreed to a truce, Saudi Arabia and the United States said.",
                      published="2023-05-20")
    agreed = [e for e in article.events if e.trigger.text == "agreed"]
    assert agreed and all(e.place is None for e in agreed)
    article = analyze("The minister spoke with his Philippine counterpart by telephone and reaffirmed that the "
                      "treaty covers vessels anywhere in the South China Sea.", published="2024-06-18")
    spoke = [e for e in article.events if e.trigger.text == "spoke"]
    assert spoke and all(e.place is None for e in spoke)


def test_a_date_in_another_verbs_report_does_not_date_the_event(analyze):
    """"accused Paris and said the envoy had ignored an invitation last Friday": Friday dates the snub only."""
    article = analyze("Colonel Abdramane accused Paris of interference and said the ambassador had ignored an "
                      "invitation last Friday.", published="2023-09-09")
    accused = [e for e in article.events if e.trigger.text == "accused"]
    assert accused and all(e.date is None or e.date.inherited for e in accused)



def test_an_agent_of_another_verb_is_no_event_place(analyze):
    """"in retaliation for what Tehran called the theft of its oil by the United States": who did the theft."""
    article = analyze("Iran's navy seized an oil tanker on Thursday, state media reported, in retaliation for what "
                      "Tehran called the theft of its oil by the United States last year.", published="2024-01-11")
    seized = [e for e in article.events if e.trigger.text == "seized"]
    assert seized and all(e.place is None or e.place.name != "United States" for e in seized)


def test_a_date_and_place_of_an_act_named_by_a_gerund_belong_to_that_act(analyze):
    """"would respect the truce but accused the army of shelling Velmor on Saturday night": the night and the
    town are the shelling's, not the promise's."""
    article = analyze("MARAVI, March 3 (Wire) - The rebels said they would respect the truce but accused the army "
                      "of shelling Velmor on Saturday night.", published="2024-03-03")
    respect = [e for e in article.events if e.trigger.text == "respect"]
    assert respect, [(e.trigger.text, e.type) for e in article.events]
    for e in respect:
        assert e.date is None or e.date.inherited, e.date
        assert e.place is None or e.place.name != "Velmor", e.place


def test_where_another_verb_goes_is_no_place_of_the_event(analyze):
    """"resigned amid protests and fled to Mexico": Mexico is where he fled, not where he resigned."""
    article = analyze("LA PAZ, Nov 12 (Wire) - The president resigned amid protests and fled to Mexico.",
                      published="2019-11-12")
    resigned = [e for e in article.events if e.trigger.text == "resigned"]
    assert resigned and all(e.place is None or e.place.name != "Mexico" for e in resigned), \
        [(e.trigger.text, e.place) for e in article.events]


def test_a_date_in_a_relative_clause_dates_what_it_tells_of_the_noun(analyze):
    """"DMM, which announced last week that it would close, did not respond": last week is the announcement's."""
    article = analyze("The Norland Bank, which announced last week that it would close, did not respond to a "
                      "request for comment.", published="2024-12-23")
    respond = [e for e in article.events if e.trigger.text == "respond"]
    assert respond and all(e.date is None or e.date.inherited for e in respond), [e.date for e in respond]


def test_who_says_so_and_a_clause_of_its_own_give_no_date_or_place(analyze):
    """"His forces are running short, according to U.S. officials, and Vestian troops captured the town of
    Avdiivka on Saturday": neither the United States nor Avdiivka nor Saturday is where or when they ran short."""
    article = analyze("KYIV, Feb 13 (Wire) - Norland's forces are running short of artillery shells, according to "
                      "U.S. and Norland officials, and Vestian troops captured the town of Avdiivka on Saturday.",
                      published="2024-02-13")
    running = [e for e in article.events if e.trigger.text == "running"]
    captured = [e for e in article.events if e.trigger.text == "captured"]
    assert running and captured
    for e in running:
        assert e.place is None or e.place.inherited, e.place
        assert e.date is None or e.date.inherited, e.date
    assert captured[0].place.name == "Avdiyivka" and captured[0].date.value == "2024-02-10"


def test_a_gapped_clause_shares_the_first_clauses_time_and_place(analyze):
    """"Four people were killed and eight others injured when a fire broke out at a hotel in Paris": one frame."""
    article = analyze("Four people were killed and eight others injured when a fire broke out overnight at a hotel "
                      "in central Paris, police said.", published="2002-01-01")
    killed = [e for e in article.events if e.trigger.text == "killed"]
    assert killed and killed[0].place.name == "Paris" and killed[0].date.value == "2002-01-01TNI"


def test_a_partner_of_talks_is_no_place_of_them(analyze):
    """"agreed to open accession negotiations with Vestia and Norland": whom the talks are with, not where."""
    article = analyze("BRUSSELS, Dec 14 (Wire) - European Union leaders agreed on Thursday to open accession "
                      "negotiations with Ukraine and Moldova.", published="2023-12-14")
    opened = [e for e in article.events if e.trigger.text == "open"]
    assert opened and all(e.place.name == "Brussels" for e in opened), [(e.trigger.text, e.place) for e in opened]


def test_a_date_of_what_a_statement_is_about_does_not_date_the_statement(analyze):
    # "expected a first cut by Christmas": Christmas is the cut's date; he said it on Monday
    article = analyze("Finance Minister Dana Pell told reporters on Monday that he expected a first cut by "
                      "Christmas.", published="2025-09-09")
    expected = next(e for e in article.events if e.trigger and e.trigger.text == "expected")
    assert (expected.date.value, expected.date.inherited) == ("2025-09-08", False)


def test_a_party_to_a_meeting_is_not_where_it_was_held(analyze):
    # both parties meet each other: neither country is the meeting's place
    article = analyze("Argentina and Brazil met on Monday.", published="2025-09-09")
    met = [e for e in article.events if e.trigger and e.trigger.text == "met"]
    assert len(met) == 2 and all(e.place is None for e in met)


def test_the_party_or_the_dated_thing_of_a_coordinated_act_places_and_dates_nothing(analyze):
    """"stood with its ally and called on Beijing to comply with a 2016 ruling": Beijing is whom the call is to and
    2016 the ruling's year; the standing happened at neither."""
    article = analyze("MANILA (Wire) - The State Department said Washington stood with its ally and called on "
                      "Beijing to comply with a 2016 arbitration ruling.", published="2025-08-12")
    (stood,) = [e for e in article.events if e.trigger.text == "stood"]
    assert (stood.plover, stood.cameo) == ("SUPPORT", "051")
    assert stood.target_actor.text == "its ally" and stood.target_actor.country is None
    assert stood.place.inherited and stood.place.name == "Manila"
    assert stood.date.inherited and stood.date.value == "2025-08-12"


def test_a_speakers_second_act_is_not_timed_or_placed_by_the_report_before_it(analyze):
    """"said the rebels had shelled villages near Ostra last week and demanded that the group withdraw": last week
    and Ostra are the shelling's; the demand is the ministry's own act, made when it spoke."""
    article = analyze("The defence ministry said the Tarn Front had shelled villages near Ostra last week and "
                      "demanded that the group withdraw to its positions of June.", published="2025-11-18")
    (shelled,) = [e for e in article.events if e.trigger.text == "shelled"]
    (demanded,) = [e for e in article.events if e.trigger.text == "demanded"]
    assert (shelled.date.value, shelled.place.name) == ("2025-W46", "Ostra")
    assert (demanded.date.value, demanded.date.inherited) == ("2025-11-18", True)
    assert demanded.place is None or demanded.place.name != "Ostra"
    assert demanded.source_actor.text == "The defence ministry" and demanded.target_actor.text == "the group"


def test_a_habit_takes_no_time_frame_from_the_account_before_it(analyze):
    """"have long accused Norland of arming the rebels" tells of years of accusations, not of last week's."""
    article = analyze("Rebels shelled villages near Ostra last week.\n\n"
                      "Vestia and United Nations experts have long accused Norland of arming the rebels.",
                      published="2025-11-18")
    (accused,) = [e for e in article.events if e.trigger.text == "accused"]
    assert (accused.date.value, accused.date.inherited, accused.date.start) == ("2025-11-18", True, None)


def test_the_country_owning_a_speaker_is_not_where_the_reported_act_happened(analyze):
    """"Qatar's minister said both sides had agreed ...": whose minister, not where they agreed."""
    article = analyze("Qatar's minister of state said both sides had agreed to exchange prisoners by Friday.",
                      published="2025-11-18")
    (agreed,) = [e for e in article.events if e.trigger.text in ("agreed", "exchange")]
    assert agreed.place is None


def test_where_a_sanctions_target_is_is_not_where_the_sanction_was_made(analyze):
    """"imposed sanctions on eight companies in Hong Kong and Dubai": where the companies are; an arrest of men in
    a town still happens there."""
    article = analyze("The Treasury imposed sanctions on eight companies in Hong Kong and Dubai on Friday. "
                      "Police arrested six men in Lagos.", published="2025-12-05")
    imposed = [e for e in article.events if e.trigger.text == "imposed"]
    assert imposed and all(e.place is None for e in imposed)
    (arrested,) = [e for e in article.events if e.trigger.text == "arrested"]
    assert arrested.place.name == "Lagos"


def test_what_an_accusation_is_about_neither_dates_nor_places_it(analyze):
    """"blames militants for an attack in Mombasa last month": the attack's time and town, not the blame's; "ruled
    out aid over the weekend" keeps its weekend."""
    article = analyze("NAIROBI - The government blames foreign militants for an attack in Mombasa last month that "
                      "killed 26 tourists. Over the weekend, the treasury ruled out further assistance for the port.",
                      published="2025-05-08")
    (blames,) = [e for e in article.events if e.trigger.text == "blames"]
    assert (blames.date.value, blames.date.inherited) == ("2025-05-08", True)
    assert (blames.place.name, blames.place.inherited) == ("Nairobi", True)
    (ruled,) = [e for e in article.events if e.trigger.text == "ruled"]
    assert ruled.date.value == "2025-W18-WE"


def test_a_partner_is_not_where_and_a_participle_is_the_speakers(analyze):
    """"said he would stay in office to handle talks with the United States, rejecting calls to resign": no event
    for staying in office, the talks' partner is not where anything happened, and the rejection is the speaker's."""
    article = analyze("TOKYO - Prime Minister Kenji Arata said on Monday he would stay in office to handle tariff talks "
                      "with the United States, rejecting calls from within his party to resign.", published="2025-07-21")
    assert "stay" not in [e.trigger.text for e in article.events]
    (rejecting,) = [e for e in article.events if e.trigger.text == "rejecting"]
    assert (rejecting.plover, rejecting.source_actor.country, rejecting.place.name) == ("REJECT", "JPN", "Tokyo")


def test_an_intent_is_dated_when_it_is_voiced_not_by_its_deadline(analyze):
    """"agreed on Wednesday to raise defence spending by 2035": the agreement is Wednesday's."""
    article = analyze("BRUSSELS - Alliance members agreed on Wednesday to raise defence spending to 5% of economic "
                      "output by 2035.", published="2025-06-26")
    (raise_,) = [e for e in article.events if e.trigger.text == "raise"]
    assert (raise_.plover, raise_.date.value, raise_.date.inherited) == ("AGREE", "2025-06-25", False)


def test_whose_envoy_another_verb_summons_is_no_place_of_the_event(analyze):
    """"summoned China's ambassador and lodged a diplomatic protest": China owns the envoy; the protest was lodged
    at home (the dateline's Manila, inherited)."""
    article = analyze("MANILA, March 4 (Wire) - Manila summoned China's ambassador and lodged a diplomatic protest, "
                      "the foreign ministry said.", published="2025-03-04")
    lodged = [e for e in article.events if e.trigger.text == "lodged"]
    assert lodged and all(e.place is not None and e.place.name == "Manila" for e in lodged), \
        [(e.trigger.text, e.place) for e in article.events]


def test_where_an_appeal_asks_its_addressee_to_act_is_not_where_it_was_made(analyze):
    """"urged both sides to return to talks in Jeddah": the talks would be in Jeddah; the appeal was not made there."""
    article = analyze("The secretary-general urged both sides to return to talks in Jeddah.", published="2025-05-06")
    urged = [e for e in article.events if e.trigger.text == "urged"]
    assert urged and all(e.place is None for e in urged), [(e.trigger.text, e.place) for e in article.events]


def test_whose_office_a_speaker_serves_is_no_place_of_the_event(analyze):
    """"A spokesman for China's Taiwan Affairs Office said Beijing would never tolerate ...": China owns the office."""
    article = analyze("A spokesman for China's Taiwan Affairs Office said Beijing would never tolerate secession.",
                      published="2025-04-01")
    assert article.events and all(e.place is None or e.place.name != "China" for e in article.events), \
        [(e.trigger.text, e.place) for e in article.events]


def test_drills_around_an_island_are_aimed_at_it_and_held_there(analyze):
    """"launched drills around Taiwan, sending warships": the island is target and place; the warships sent are
    neither."""
    article = analyze("China's military launched large-scale drills around Taiwan on Tuesday, sending warships and "
                      "fighter jets to simulate a blockade of the island.", published="2025-04-01")
    launched = [e for e in article.events if e.trigger.text == "launched"]
    assert [(e.target_actor.text if e.target_actor else None, e.place.name if e.place else None)
            for e in launched] == [("Taiwan", "Taiwan")]


def test_a_deadline_of_a_promised_act_frames_no_past_act(analyze):
    """"will hand over control by the end of the year. ... Turkey welcomed the deal": the deadline is no time of the
    welcome."""
    article = analyze("DAMASCUS, March 11 (Wire) - The government signed an agreement with the Kurdish-led forces on "
                      "Monday. Under the deal, the forces will hand over control of the border crossings to the "
                      "government by the end of the year. Turkey welcomed the deal.", published="2025-03-11")
    welcomed = [e for e in article.events if e.trigger.text == "welcomed"]
    assert welcomed and all(e.date is None or e.date.value != "2025" for e in welcomed), \
        [(e.trigger.text, e.date) for e in article.events]


def test_the_speakers_named_in_apposition_are_no_place_of_the_event(analyze):
    """"Israeli troops will pull back from populated areas of Gaza, mediators Qatar and Egypt said": Qatar speaks."""
    article = analyze("JERUSALEM, Jan 16 (Wire) - Hamas will free 33 hostages over six weeks. Israeli troops will "
                      "pull back from populated areas, and aid deliveries will increase to 600 trucks a day, "
                      "mediators Qatar and Egypt said.", published="2025-01-16")
    pull = [e for e in article.events if e.trigger.text == "pull"]
    assert pull and all(e.place is None or e.place.name not in ("Qatar", "Egypt") for e in pull), \
        [(e.trigger.text, e.place) for e in article.events]


def test_a_place_of_the_clause_that_frames_a_report_is_not_where_the_reported_act_was(analyze):
    """The parser hangs "fired ..." under "are" of "the latest in a string of attacks ... are in solidarity with
    Palestinians in Gaza": Gaza belongs to the frame; the missiles flew in the Red Sea."""
    article = analyze("Houthi rebels fired two missiles at a Panamanian-flagged tanker in the Red Sea on Saturday, the "
                      "U.S. military said, the latest in a string of attacks the group says are in solidarity with "
                      "Palestinians in Gaza.", published="2025-03-10")
    fired = [e for e in article.events if e.trigger.text == "fired"]
    assert [e.place.name if e.place else None for e in fired] == ["Red Sea"], \
        [(e.trigger.text, e.place) for e in article.events]


def test_the_end_of_a_period_does_not_date_the_act_that_sets_it(analyze):
    """"agreed on Tuesday to extend sanctions until mid-2027": the extension was agreed on Tuesday."""
    article = analyze("EU ministers agreed on Tuesday to extend sanctions on Russia until mid-2027.",
                      published="2025-11-26")
    extend = [e for e in article.events if e.trigger.text == "extend"]
    assert [e.date.value for e in extend] == ["2025-11-25"], [(e.trigger.text, e.date) for e in article.events]


def test_a_new_paragraph_about_another_actor_does_not_take_the_last_ones_day(analyze):
    """The Tuesday of the news agency's warning is not the day the US condemned the launches."""
    a = analyze("SEOUL, March 12 (Wire) - The state news agency KCNA said on Tuesday that the drills were a rehearsal "
                "for invasion and warned of countermeasures.\n\nA spokesperson for the State Department condemned "
                "the launches.", published="2025-03-12")
    (condemned,) = [e for e in a.events if e.trigger.text == "condemned"]
    assert (condemned.date.value, condemned.date.start) == ("2025-03-12", None)


def test_the_date_something_is_set_for_is_not_when_it_was_set(analyze):
    """The council acted on Monday; the last Sunday of July is when the election is."""
    a = analyze("CARACAS (Wire) - The electoral council on Monday set the presidential election for the last Sunday "
                "of July and barred the main opposition candidate from running.", published="2024-03-05")
    (barred,) = [e for e in a.events if e.trigger.text == "barred"]
    assert (barred.date.value, barred.date.inherited) == ("2024-03-04", False)
