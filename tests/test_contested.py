"""Contested accounts: opposite outcomes and denials between speakers of one article."""
from __future__ import annotations

import pytest

from conftest import read_article

PUBLISHED = "2014-02-04"


def _speaker_names(article, contention):
    names = {e.id: e.name for e in article.entities}
    return [names.get(side.speaker) for side in contention.sides]


def _side_texts(article, side):
    quotes = {q.id: q for q in article.quotes}
    return [quotes[i].content.text or article.text[quotes[i].content.start:quotes[i].content.end] for i in side.quotes]


def test_sample_flags_the_talks_as_contested(analyze):
    article = analyze(read_article("../../src/newsdesk/samples/kabul_talks.txt"), published=PUBLISHED)
    assert len(article.contested) == 1
    contention = article.contested[0]
    assert contention.topic == "talks"
    assert contention.reasons == ["opposite_outcome", "denial"]
    assert _speaker_names(article, contention) == ["Aimal Faizi", "American officials"]
    faizi, officials = contention.sides
    assert any("continuing" in t for t in _side_texts(article, faizi))
    assert "that account" in _side_texts(article, faizi)
    assert any("fizzled" in t for t in _side_texts(article, officials))


def test_opposite_outcomes_on_one_topic(analyze):
    text = ("The ministry's spokesman, Lena Varga, said the negotiations with the miners' union were productive. "
            "Union leaders said the talks had collapsed on Monday.")
    article = analyze(text, published=PUBLISHED)
    assert [c.topic for c in article.contested] == ["talks"]
    assert article.contested[0].reasons == ["opposite_outcome"]
    assert _speaker_names(article, article.contested[0]) == ["Lena Varga", "Union leaders"]


def test_negation_turns_an_outcome_round(analyze):
    # "did not collapse" agrees with "were productive": nothing is contested
    text = ("The ministry's spokesman, Lena Varga, said the negotiations with the miners' union were productive. "
            "Union leaders said the talks had not collapsed.")
    assert analyze(text, published=PUBLISHED).contested == []


def test_denial_of_that_account_takes_the_preceding_run(analyze):
    text = ("Police officials said the protesters had attacked a patrol near the port. "
            "They said two officers were injured in the clash. "
            "Organisers of the march denied that account.")
    article = analyze(text, published=PUBLISHED)
    assert len(article.contested) == 1
    contention = article.contested[0]
    assert contention.reasons == ["denial"]
    assert contention.topic == "protester"
    accused, denier = contention.sides
    assert _side_texts(article, denier) == ["that account"]
    assert len(accused.quotes) == 2


def test_denial_of_a_stated_outcome(analyze):
    text = ("Opposition leaders said the ceasefire had collapsed in the north. "
            "The defence minister, Pavel Drobny, denied that the ceasefire had collapsed.")
    article = analyze(text, published=PUBLISHED)
    assert [c.reasons for c in article.contested] == [["denial"]]
    assert article.contested[0].topic == "deal"


def test_denying_an_agreement_answers_who_said_it_was_agreed(analyze):
    # the first account names the deal by its verb ("had agreed"), the denial by its noun ("agreement")
    text = ("Two mediators told reporters that the rebels had agreed to free 30 hostages. "
            "The interior minister's office denied that any agreement on prisoners had been reached.")
    article = analyze(text, published=PUBLISHED)
    assert [(c.topic, c.reasons) for c in article.contested] == [("deal", ["denial"])]
    assert _speaker_names(article, article.contested[0]) == ["Two mediators", "interior minister's office"]


@pytest.mark.parametrize("text", [
    # one speaker going back and forth is not a dispute between accounts
    "Omar Haddad said the talks were positive. Haddad later said the talks had stalled.",
    # two speakers who agree
    "Officials in Ankara said the talks were constructive. Diplomats in Baku said the negotiations had made progress.",
    # different topics: good talks, bad economy
    "Officials in Ankara said the talks were constructive. Bankers said the economy had stalled.",
    # a denial with nobody else's account before it
    "The company denied the allegations.",
    # one remark relayed twice, quoting the same words, is no dispute
    ('Mayor Ray Voss disavowed remarks made by a campaign surrogate who said voters shouldn\'t "continue to elect '
     'corporate puppets" during a large rally. Paul Song, the surrogate, said change wouldn\'t happen if voters '
     '"continue to elect corporate puppets" beholden to special interests.'),
])
def test_no_contention(analyze, text):
    assert analyze(text, published=PUBLISHED).contested == []


def test_a_relayed_account_is_not_its_reporter_disputing_it(analyze):
    # the paper reports the officials: one chain, not two sides
    text = ("The Daily Ledger reported that the talks had collapsed, citing two officials. "
            "The officials said the negotiations were productive before the collapse, the paper added.")
    for contention in analyze(text, published=PUBLISHED).contested:
        speakers = {side.speaker for side in contention.sides}
        vias = {v for side in contention.sides for v in side.via}
        assert not speakers & vias


def test_contested_is_in_the_report(analyze):
    from newsdesk.report import render_report

    article = analyze(read_article("../../src/newsdesk/samples/kabul_talks.txt"), published=PUBLISHED)
    report = render_report(article)
    assert "Contested accounts" in report
    assert "C1 on “talks” (opposite outcome, denial" in report
    assert "vs American officials" in report


def test_denying_the_allegation_answers_the_accusation(analyze):
    text = ("India ruled out any talks with its neighbour. Indian officials accused the neighbour's intelligence "
            "service of masterminding the assault on parliament. Officials in Islamabad denied the allegation.")
    article = analyze(text, published="2001-12-20")
    (contention,) = article.contested
    assert (contention.topic, contention.reasons) == ("assault", ["denial"])
    assert [_side_texts(article, side) for side in contention.sides] == [
        ["the neighbour's intelligence service of masterminding the assault on parliament"], ["the allegation"]]
    assert _speaker_names(article, contention) == ["Indian officials", "Officials in Islamabad"]


def test_denying_an_accusation_made_inside_a_statement_answers_it(analyze):
    """"The Kremlin said ... but accused Kyiv of ...": the accusation, coordinated with the statement, is the
    Kremlin's own attribution; "Ukraine rejected the accusation" answers it, not an earlier claim by another
    speaker."""
    text = ("Moscow claimed its forces had captured a village in the Donetsk region. Ukraine's army denied the "
            "claim. The Kremlin said last week that it was ready for talks but accused Kyiv of sabotaging earlier "
            "efforts. Ukraine rejected the accusation.")
    article = analyze(text, published="2025-06-01")
    sides = [(_speaker_names(article, c), [_side_texts(article, s) for s in c.sides]) for c in article.contested]
    assert (["Kremlin", "Ukraine"], [["Kyiv of sabotaging earlier efforts"], ["the accusation"]]) in sides
    assert not any("Moscow" in names and "Ukraine" in names for names, _ in sides)


def test_conflicting_death_tolls(analyze):
    # two numbers from two speakers conflict; "far higher" answers the number given last before it
    text = ("At least 39 people were killed on Thursday when police opened fire on students, hospital officials said. "
            "The home ministry said only six people had died. Student leaders said the toll was far higher.")
    article = analyze(text, published=PUBLISHED)
    found = [(c.topic, c.reasons, _speaker_names(article, c)) for c in article.contested]
    assert found == [("death toll", ["conflicting_figures"], ["hospital officials", "home ministry"]),
                     ("death toll", ["conflicting_figures"], ["home ministry", "Student leaders"])]


@pytest.mark.parametrize("text", [
    # one toll repeated
    "Six people were killed in the blast, police said. Hospital officials said six people had died.",
    # two tolls given plainly are often of different dead: no one answers the other
    ("Their forces had killed 11 foreign fighters in the operation, a commander said. Nearly 100 civilians have been "
     "killed in three nights of airstrikes, a local elder said."),
])
def test_tolls_that_answer_nobody_are_no_conflict(analyze, text):
    assert analyze(text, published=PUBLISHED).contested == []


def test_rejecting_the_criticism_answers_the_condemnation(analyze):
    text = ('A State Department spokesman condemned the seizure of the tanker as "unlawful". '
            "Vestia's foreign ministry rejected the criticism.")
    article = analyze(text, published=PUBLISHED)
    assert [c.reasons for c in article.contested] == [["denial"]]


def test_a_charge_rejected_in_a_relative_clause_is_contested_and_not_relayed(analyze):
    """"X accused the government of moving too slowly, a charge the minister rejected": the minister's denial
    holds the accusation; it does not relay it (no chain), and it answers it."""
    text = ("Opposition leader Hal Brenner accused the government of moving too slowly, a charge Prime Minister "
            "Lena Varga rejected.")
    article = analyze(text, published="2022-10-15")
    accused = [q for q in article.quotes if q.cue.text == "accused"]
    assert [q.via for q in accused] == [[]]
    (contention,) = article.contested
    assert contention.reasons == ["denial"]
    assert _speaker_names(article, contention) == ["Lena Varga", "Hal Brenner"]


def test_rejecting_the_results_answers_who_announced_them(analyze):
    text = ("VELMOR, Nov 25 (Wire) - President Tom Arvo won re-election with 58.9% of the vote, the electoral "
            "commission said on Saturday. The opposition collective rejected the results on Sunday.")
    article = analyze(text, published="2023-11-26")
    (contention,) = article.contested
    assert contention.reasons == ["denial"]
    assert _speaker_names(article, contention) == ["electoral commission", "opposition collective"]


@pytest.mark.parametrize("text, published, speakers", [
    # "denied any involvement" answers Britain's accusation, not the sentence just before it
    ("LONDON, June 3 (Wire) - Britain accused Russia's military intelligence agency on Tuesday of carrying out a "
     "cyberattack on hospitals. The government will also expel two Russian diplomats, the foreign secretary's office "
     "said. Moscow denied any involvement.", "2026-06-03", ["United Kingdom", "Moscow"]),
    # "the claim" denied is the army's, made just before, not the older mutual accusation
    ("Hours after the signing, both sides accused each other of violating the ceasefire. The army said rebels had "
     "shelled a military base overnight, killing three soldiers. The TPLF denied the claim.", "2025-04-02",
     ["army", "TPLF"]),
    # "rejected the criticism as interference" answers the criticism just made, not the prosecutors' charge
    ("Prosecutors had accused Aktas of spreading disinformation. The European Union's spokesman said the sentence "
     "'raises serious concerns' about the rule of law. Turkey's foreign ministry rejected the criticism as "
     "interference in an independent judiciary.", "2025-05-06", ["European Union's spokesman", "foreign ministry"]),
])
def test_a_denial_answers_the_statement_it_names(analyze, text, published, speakers):
    article = analyze(text, published=published)
    (contention,) = article.contested
    assert contention.reasons == ["denial"]
    assert _speaker_names(article, contention) == speakers


def test_denying_a_role_no_one_alleged_answers_no_one(analyze):
    text = ("Saudi Arabia hopes the report will shatter perceptions that it has done little to fight extremists, "
            "officials in Riyadh said. The government in Riyadh has long denied any role in the attacks.")
    article = analyze(text, published="2016-05-19")
    assert article.contested == []


def test_a_dispute_is_named_by_what_the_forces_did_not_by_the_forces(analyze):
    """"its forces had captured the village ... denied the claim": the dispute is about the village."""
    text = ("Vestia's defence ministry said its forces had captured the village of Kolmar in the east. "
            "Norland's military denied the claim and said its troops were still holding positions there.")
    article = analyze(text, published=PUBLISHED)
    assert [c.topic for c in article.contested] == ["village"]


def test_denying_that_something_exists_contests_every_account_of_it(analyze):
    """The ministry denies that any talks took place; the newspaper's sources said talks were held, and a rebel
    commander, after the denial, said they go on: one dispute, three sides."""
    text = ("The Vestian government has held secret talks with the rebels in Kolmar, the Daily Courier reported, "
            "citing two diplomats. The foreign ministry denied that any talks had taken place. A rebel commander "
            "told reporters the talks were continuing.")
    article = analyze(text, published=PUBLISHED)
    (contention,) = article.contested
    assert contention.topic == "talks" and contention.reasons == ["denial"]
    assert _speaker_names(article, contention) == ["two diplomats", "foreign ministry", "rebel commander"]


def test_ground_won_and_ground_denied_lost_are_one_dispute(analyze):
    """The army says it recaptured districts; the militia denies losing any ground: a dispute over territory."""
    text = ("The Chadian army said on Thursday it had recaptured several districts of the capital from the Kestrel "
            "militia. The militia denied losing any ground, saying its fighters had repelled the attack.")
    article = analyze(text, published=PUBLISHED)
    (contention,) = article.contested
    assert contention.topic == "territory" and contention.reasons == ["denial"]
    assert _speaker_names(article, contention)[:2] == ["Chadian army", "militia"]


def test_close_to_a_deal_against_no_agreement_reached_is_contested(analyze):
    """"close to a deal" (the deal is what "close" is about) against "no agreement had been reached" (negated by
    its subject's "no")."""
    art = analyze("DOHA (Wire) - Negotiators are close to a deal for a ceasefire, two officials told the Wire on "
                  "Friday, but Hamas said no agreement had been reached.", published="2025-01-10")
    names = {e.id: e.name for e in art.entities}
    assert [(c.topic, [names.get(s.speaker) for s in c.sides]) for c in art.contested] == [
        ("deal", ["two officials", "Hamas"])]
