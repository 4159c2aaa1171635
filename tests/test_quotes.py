"""Attributions: every pattern of issue 3, on invented sentences, with exact speakers, stances and chains."""
from __future__ import annotations

import pytest

from conftest import parse_with_ents
from newsdesk.extract.quote_chains import attribution_chain
from newsdesk.extract.quote_marks import find_quote_spans
from newsdesk.records import Quote


@pytest.fixture(scope="module")
def attribute():
    """Return text -> (quotes, {entity id: Entity}) using entities + quotes only (fast, independent of later layers)."""
    from newsdesk.pipeline import load_nlp

    nlp = load_nlp(components=("newsdesk_entities", "newsdesk_quotes"))

    def run(text: str):
        doc = nlp(text)
        return list(doc._.newsdesk_quotes or []), {e.id: e for e in doc._.newsdesk_entities or []}

    return run


def _name(entities, eid):
    """Return the speaker's fullest written name (the entity layer may choose a shorter display name)."""
    if eid not in entities:
        return None
    ent = entities[eid]
    names = [m.text for m in ent.mentions if m.kind not in ("pronoun", "nominal")]
    name = max(names, key=len) if names else ent.name
    first, _, rest = name.partition(" ")
    return rest if first.lower() in ("a", "an", "the") and rest else name


def _summary(q: Quote, entities) -> tuple:
    return (q.kind, q.stance, _name(entities, q.speaker), [_name(entities, v) for v in q.via],
            q.source.text if q.source else None, q.cue.text if q.cue else None, q.content.text)


# (article, expected quotes as (kind, stance, speaker name, via names, source text, cue text, content text))
CASES = {
    "direct": (
        '"We will rebuild the bridge by spring," Mayor Ellen Varga said on Monday.',
        [("direct", "asserts", "Ellen Varga", [], "Mayor Ellen Varga", "said", '"We will rebuild the bridge by spring,"')],
    ),
    "indirect, group source": (
        "Officials said that the contacts had fizzled.",
        [("indirect", "asserts", "Officials", [], "Officials", "said", "that the contacts had fizzled")],
    ),
    "mixed": (
        'Ellen Varga said the plan was "fully funded" and would start soon.',
        [("mixed", "asserts", "Ellen Varga", [], "Ellen Varga", "said", 'the plan was "fully funded"')],
    ),
    "colon introduction": (
        'The minister said: "We are ready for the storm."',
        [("direct", "asserts", "minister", [], "The minister", "said", '"We are ready for the storm."')],
    ),
    "according to": (
        "The port will close next week, according to the harbour authority.",
        [("indirect", "reports", "harbour authority", [], "the harbour authority", "according to",
          "The port will close next week")],
    ),
    "a poll's finding": (
        "Governor Ilse Varga led her challenger by nine points in a Tidewater Gazette poll released on Monday.",
        [("indirect", "reports", "Tidewater Gazette", [], "a Tidewater Gazette poll", "in",
          "Governor Ilse Varga led her challenger by nine points")],
    ),
    "a poll's finding, the poll named first": (
        "In the latest Harbour Institute survey, the mayor trails her rival by four points.",
        [("indirect", "reports", "latest Harbour Institute survey", [], "the latest Harbour Institute survey", "In",
          "the mayor trails her rival by four points")],
    ),
    "respondents in a poll are no finding of it, a rise in the polls none either": (
        "Forty percent of voters in the poll said the port should stay open. Varga is confident as she rises in "
        "the polls.",
        [("indirect", "asserts", "Forty percent of voters in the poll", [], "Forty percent of voters in the poll",
          "said", "the port should stay open")],
    ),
    "the question put to a speaker has no speaker of its own": (
        "Asked what the new levy would cost, Finance Minister Ilse Varga replied: “Less than a coffee a week.”",
        [("indirect", "asks", None, [], None, "Asked", "what the new levy would cost"),
         ("direct", "asserts", "Ilse Varga", [], "Finance Minister Ilse Varga", "replied",
          "“Less than a coffee a week.”")],
    ),
    "told": (
        "Ellen Varga told reporters that the budget was balanced.",
        [("indirect", "asserts", "Ellen Varga", [], "Ellen Varga", "told", "that the budget was balanced")],
    ),
    "citing chain, continued by the paper": (
        "President Tomas Halvorsen has held secret talks with rebel leaders, the Daily Ledger reported on Monday, "
        "citing Western and local officials. The talks had stalled, the paper added.",
        [("indirect", "reports", "Western and local officials", ["Daily Ledger"], "Western and local officials",
          "reported", "President Tomas Halvorsen has held secret talks with rebel leaders"),
         ("indirect", "asserts", "Western and local officials", ["Daily Ledger"], "the paper", "added",
          "The talks had stalled")],
    ),
    "quote running over two paragraphs": (
        'The governor said: "The first phase is done.\n\n"The second phase starts in May."',
        [("direct", "asserts", "governor", [], "The governor", "said",
          '"The first phase is done.\n\n"The second phase starts in May."')],
    ),
    "floating quote continues the previous speaker's attribution": (
        '"The water is safe to drink," Ellen Varga said.\n\n"We tested every well twice."',
        [("direct", "asserts", "Ellen Varga", [], "Ellen Varga", "said",
          '"The water is safe to drink," Ellen Varga said.\n\n"We tested every well twice."')],
    ),
    "floating quote after reported speech": (
        'Ellen Varga said the water was safe.\n\n"We tested every well twice."\n\nThe council met on Monday.',
        [("mixed", "asserts", "Ellen Varga", [], "Ellen Varga", "said",
          'the water was safe.\n\n"We tested every well twice."')],
    ),
    "pronoun and nominal speakers": (
        "Karzai's spokesman Aimal Faizi acknowledged the contacts on Tuesday. "
        '"The Taliban have reached out to us," he said. "This is not a secret," the spokesman told reporters later.',
        [("indirect", "acknowledges", "Aimal Faizi", [], "Karzai's spokesman Aimal Faizi", "acknowledged",
          "the contacts on Tuesday"),
         ("direct", "asserts", "Aimal Faizi", [], "he", "said", '"The Taliban have reached out to us,"'),
         ("direct", "asserts", "Aimal Faizi", [], "the spokesman", "told", '"This is not a secret,"')],
    ),
    "descriptor apposition": (
        '"We cannot trust them," said Ahmad Shah, a former minister.',
        [("direct", "asserts", "Ahmad Shah", [], "Ahmad Shah, a former minister", "said", '"We cannot trust them,"')],
    ),
    "contested accounts": (
        "The spokesman Aimal Faizi acknowledged that contacts had taken place. Western officials said the contacts had fizzled. "
        "The Taliban denied that any talks had happened.",
        [("indirect", "acknowledges", "Aimal Faizi", [], "The spokesman Aimal Faizi", "acknowledged",
          "that contacts had taken place"),
         ("indirect", "asserts", "Western officials", [], "Western officials", "said", "the contacts had fizzled"),
         ("indirect", "denies", "Taliban", [], "The Taliban", "denied", "that any talks had happened")],
    ),
    "insisted, warned, added with pronouns": (
        "Senator Maria Oduya insisted that the vote was fair. She warned that delays would cost lives. "
        "She added that the bill would pass.",
        [("indirect", "insists", "Maria Oduya", [], "Senator Maria Oduya", "insisted", "that the vote was fair"),
         ("indirect", "warns", "Maria Oduya", [], "She", "warned", "that delays would cost lives"),
         ("indirect", "asserts", "Maria Oduya", [], "She", "added", "that the bill would pass")],
    ),
    "it added continues the reporter": (
        "The New York Times reported that the general had resigned. It added that the army had not commented.",
        [("indirect", "reports", "New York Times", [], "The New York Times", "reported", "that the general had resigned"),
         ("indirect", "asserts", "New York Times", [], "It", "added", "that the army had not commented")],
    ),
    "told a newspaper: the paper carried it": (
        "The spokesman Aimal Faizi told the New York Times that the talks were over.",
        [("indirect", "asserts", "Aimal Faizi", ["New York Times"], "The spokesman Aimal Faizi", "told",
          "that the talks were over")],
    ),
    "told the paper: the outlet named before carried it": (
        "The newspaper La Voz reported on Monday that the ministry had met the rebels. Police commanders told the "
        "paper the talks had stalled.",
        [("indirect", "reports", "La Voz", [], "The newspaper La Voz", "reported",
          "that the ministry had met the rebels"),
         ("indirect", "asserts", "Police commanders", ["La Voz"], "Police commanders", "told",
          "the talks had stalled")],
    ),
    "told a body that is no outlet: no chain": (
        "The port minister told Congress the harbour talks were over.",
        [("indirect", "asserts", "port minister", [], "The port minister", "told", "the harbour talks were over")],
    ),
    "they resolves to the group": (
        'Officials said the bridge was unsafe. "It could collapse," they said.',
        [("indirect", "asserts", "Officials", [], "Officials", "said", "the bridge was unsafe"),
         ("direct", "asserts", "Officials", [], "they", "said", '"It could collapse,"')],
    ),
    "dateline stripped from the content": (
        "DRAVIK, March 3, 2015 - The harbour will reopen on Friday, port officials said.",
        [("indirect", "asserts", "port officials", [], "port officials", "said",
          "The harbour will reopen on Friday")],
    ),
    "two-city dateline stripped from the content": (
        "OSTRAVEL/KARNO, March 3, 2015 (Wire) - The two sides will meet again next week, a mediator said.",
        [("indirect", "asserts", "mediator", [], "a mediator", "said", "The two sides will meet again next week")],
    ),
    "a trailing cue reports both coordinated clauses before it": (
        "Norland sent two planes with tents, and Ostravia dispatched a team of medics, officials in both capitals said.",
        [("indirect", "asserts", "officials", [], "officials in both capitals", "said",
          "Norland sent two planes with tents, and Ostravia dispatched a team of medics")],
    ),
    "the medium of a statement is no part of it": (
        "The mining company said in a statement it regretted the strike.",
        [("indirect", "asserts", "mining company", [], "The mining company", "said", "it regretted the strike")],
    ),
    "a trailing cue with its medium reports the clause before it, not the medium": (
        "The package adds 71 names to the blacklist and bans the transit of some goods, the presidency said "
        "in a statement.",
        [("indirect", "asserts", "presidency", [], "the presidency", "said",
          "The package adds 71 names to the blacklist and bans the transit of some goods")],
    ),
    "a dateline the parser hung on the subject is no part of the source": (
        "KARNO, June 23 (Wire) - Norland's government said on Friday that the border would reopen.",
        [("indirect", "asserts", "Norland's government", [], "Norland's government", "said",
          "that the border would reopen")],
    ),
    "a semicolon ends what a later cue reports": (
        "Norland closes its border; Vestia vows to respond",
        [("indirect", "promises", "Vestia", [], "Vestia", "vows", "to respond")],
    ),
    "told X, with an aside, that Y: Y is what was told": (
        "The case centred on a meeting at which the general told foreign envoys, without evidence, that the "
        "vote would be rigged.",
        [("indirect", "asserts", "general", [], "the general", "told", "that the vote would be rigged")],
    ),
    "warned X that Y: the clause is no relative clause on X": (
        "The minister warned the rebels that the army would respond.",
        [("indirect", "warns", "minister", [], "The minister", "warned", "that the army would respond")],
    ),
    "he after a group named for one person is that person": (
        "Vera Tomic said she would appeal the ruling. "
        "Allies of the former mayor said she remained the leader of the party.",
        [("indirect", "asserts", "Vera Tomic", [], "Vera Tomic", "said", "she would appeal the ruling"),
         ("indirect", "asserts", "Allies of the former mayor", [], "Allies of the former mayor", "said",
          "she remained the leader of the party")],
    ),
    "a report the parser hung on the dateline is still the cue's content": (
        "OUAGADOUGOU, Feb 18 (Wire) - Suspected jihadists killed at least 50 soldiers in an attack on an army "
        "detachment in northern Burkina Faso, two security sources said on Saturday, in one of the deadliest "
        "assaults on the military since the junta seized power.",
        [("indirect", "asserts", "two security sources", [], "two security sources", "said",
          "Suspected jihadists killed at least 50 soldiers in an attack on an army detachment in northern "
          "Burkina Faso")],
    ),
    "according to X, but Y said: the attribution stops where another speaker starts": (
        "Candidates backed by the jailed leader won the most seats, according to official results, "
        "but his party said the count had been rigged.",
        [("indirect", "reports", "official results", [], "official results", "according to",
          "Candidates backed by the jailed leader won the most seats"),
         ("indirect", "asserts", "party", [], "his party", "said", "the count had been rigged")],
    ),
    "a participle describing a thing names no speaker": (
        "The commission said the delays had been caused by a phone shutdown ordered for security reasons.",
        [("indirect", "asserts", "commission", [], "The commission", "said",
          "the delays had been caused by a phone shutdown ordered for security reasons")],
    ),
    "the time of the cue is no part of the content": (
        "President Ralu Tesk said on Wednesday he would not sign the finance bill.",
        [("indirect", "asserts", "Ralu Tesk", [], "President Ralu Tesk", "said", "he would not sign the finance bill")],
    ),
    "dash dateline stripped from the content": (
        "LONDON ― The strike will end next week, union leaders said on Tuesday.",
        [("indirect", "asserts", "union leaders", [], "union leaders", "said", "The strike will end next week")],
    ),
    "parenthetical cue: the clause before, then the coordinated clause": (
        "The rebels rejected the ceasefire terms, the officials said, and demanded the release of their commanders.",
        [("indirect", "asserts", "officials", [], "the officials", "said", "The rebels rejected the ceasefire terms"),
         ("indirect", "asserts", "officials", [], "the officials", "said",
          "demanded the release of their commanders")],
    ),
    "parenthetical cue inside one statement keeps the whole sentence": (
        "The new bridge, the engineer said, would carry twice the traffic of the old one.",
        [("indirect", "asserts", "engineer", [], "the engineer", "said",
          "The new bridge, the engineer said, would carry twice the traffic of the old one")],
    ),
    "refusing an act is no attribution, refusing to comment is": (
        "The miners refused to leave the shaft. The company declined to comment on the dispute.",
        [("indirect", "refuses", "company", [], "The company", "declined", "to comment on the dispute")],
    ),
    "a participle aside after the cue is no attribution": (
        '"The budget is a disgrace," said Jana Novak, speaking of the city plan. "It cuts every school."',
        [("direct", "asserts", "Jana Novak", [], "Jana Novak", "said",
          '"The budget is a disgrace," said Jana Novak, speaking of the city plan. "It cuts every school."')],
    ),
    "a cue closing its paragraph with a colon introduces the next paragraph": (
        'Mayor Ellen Varga arrived late on Monday.\n\nShe said:\n\n"We will rebuild the bridge by spring."',
        [("direct", "asserts", "Ellen Varga", [], "She", "said", '"We will rebuild the bridge by spring."')],
    ),
    "headline colon": (
        "Harbour Board: ferry fares will rise in May\n\nThe board met on Monday.",
        [("indirect", "asserts", "Harbour Board", [], "Harbour Board", ":", "ferry fares will rise in May")],
    ),
    "according to mid-sentence, a phrase after it": (
        "Ferry fares would rise by 20 percent, according to the harbour board, twice the increase of last year.",
        [("indirect", "reports", "harbour board", [], "the harbour board", "according to",
          "Ferry fares would rise by 20 percent")],
    ),
    "object content keeps its as-phrase, not the time and place of the cue": (
        "Senator Maria Oduya criticized the budget as wasteful during a campaign stop in Dravik on Tuesday.",
        [("indirect", "accuses", "Maria Oduya", [], "Senator Maria Oduya", "criticized", "the budget as wasteful")],
    ),
    "subject inherited through a prepositional gerund": (
        "Mayor Ellen Varga has steered clear of criticizing the governor.",
        [("indirect", "accuses", "Ellen Varga", [], "Mayor Ellen Varga", "criticizing", "the governor")],
    ),
    "citing chain, continued by the paper said": (
        "The mine will close in May, the Northern Gazette reported, citing two union officials. "
        "The owners had lost three contracts, the paper said.",
        [("indirect", "reports", "two union officials", ["Northern Gazette"], "two union officials", "reported",
          "The mine will close in May"),
         ("indirect", "asserts", "two union officials", ["Northern Gazette"], "the paper", "said",
          "The owners had lost three contracts")],
    ),
    "nationality adjective before an apposed name": (
        "The Kenyan leader Joseph Mwangi, under pressure from the unions, said the mines would stay open.",
        [("indirect", "asserts", "Joseph Mwangi", [], "The Kenyan leader Joseph Mwangi, under pressure from the unions",
          "said", "the mines would stay open")],
    ),
    "pronoun after a nested group attribution goes to the main clause's subject": (
        "The Reverend Tom Parry says local officials argue that Peter Novak was a hero. "
        "He says the town must honour the old sailor.",
        [("indirect", "asserts", "Tom Parry", [], "The Reverend Tom Parry", "says",
          "local officials argue that Peter Novak was a hero"),
         ("indirect", "claims", "local officials", ["Tom Parry"], "local officials", "argue", "that Peter Novak was a hero"),
         ("indirect", "asserts", "Tom Parry", [], "He", "says", "the town must honour the old sailor")],
    ),
    "a piece of a statement attributed again to its own speaker is not a second attribution": (
        'The mayor told reporters that she "will not apologise" and that she stood by what she called "a fair levy."',
        [("mixed", "asserts", "mayor", [], "The mayor", "told",
          'that she "will not apologise" and that she stood by what she called "a fair levy."')],
    ),
    "a statement reported inside another is chained through its reporter": (
        "Officials said the spokesman acknowledged that contacts had taken place.",
        [("indirect", "asserts", "Officials", [], "Officials", "said",
          "the spokesman acknowledged that contacts had taken place"),
         ("indirect", "acknowledges", "spokesman", ["Officials"], "the spokesman", "acknowledged",
          "that contacts had taken place")],
    ),
    "opening according-to whose clause the parser hung on the source": (
        "According to the radio host Tom Gale, the move reeks of fear and desperation.",
        [("indirect", "reports", "Tom Gale", [], "the radio host Tom Gale", "According to",
          "the move reeks of fear and desperation")],
    ),
    "opening according-to with a relative clause on the source": (
        "According to the report, which was leaked on Monday, the levy is fully funded.",
        [("indirect", "reports", "report", [], "the report", "According to", "the levy is fully funded")],
    ),
    "relative clause after the speaker": (
        '"We are not leaving," said Jana Novak, who heads the tenants\' union.',
        [("direct", "asserts", "Jana Novak", [], "Jana Novak", "said", '"We are not leaving,"')],
    ),
    "a claim named by a noun, its possessor the source": (
        "The video contradicted the police's earlier claim that the driver had refused to stop.",
        [("indirect", "denies", "video", [], "The video", "contradicted",
          "the police's earlier claim that the driver had refused to stop"),
         ("indirect", "claims", "police", [], "the police's", "claim", "that the driver had refused to stop")],
    ),
    "a broadcaster named by its country is its own source, not the country": (
        "US television is reporting that the border crossing has reopened.",
        [("indirect", "reports", "US television", [], "US television", "reporting",
          "that the border crossing has reopened")],
    ),
    "he after a quotation is the person named by a role noun, not someone named inside the quotation": (
        'A militant from the group addressed a crowd in the square. '
        '"When Minister Tal Arkin sends tanks, our people have the right to defend themselves," he said.',
        [("direct", "asserts", "militant", [], "he", "said",
          '"When Minister Tal Arkin sends tanks, our people have the right to defend themselves,"')],
    ),
    "a concession reported by someone else after a trailing cue is the writer's, not the speaker's": (
        "Both armies agreed on Sunday to a truce in the town of Velmor, mediators said, though shelling was "
        "reported on the outskirts hours later.",
        [("indirect", "asserts", "mediators", [], "mediators", "said",
          "Both armies agreed on Sunday to a truce in the town of Velmor")],
    ),
    "a sentence after a post on X starts after it, though the tokenizer keeps 'X.' as an initial": (
        '"We are not there yet," spokeswoman Dana Koval said in a post on X. She declined to say when talks '
        "would resume.",
        [("direct", "asserts", "Dana Koval", [], "spokeswoman Dana Koval", "said", '"We are not there yet,"'),
         ("indirect", "refuses", "Dana Koval", [], "She", "declined", "to say when talks would resume")],
    ),
    "a reported clause the parser made an adverbial of the speech verb ('said after the convention he would')": (
        "Varga said after the convention he would not accept Kessler's endorsement if it were offered.",
        [("indirect", "asserts", "Varga", [], "Varga", "said",
          "he would not accept Kessler's endorsement if it were offered")],
    ),
    "a speech verb the parser read as a noun after the speaker's name ('Kessler charges that')": (
        "Kessler charges that countries that stand to benefit from the deal donated millions of dollars to "
        "the Varga Foundation.",
        [("indirect", "accuses", "Kessler", [], "Kessler", "charges",
          "that countries that stand to benefit from the deal donated millions of dollars to the Varga Foundation")],
    ),
    "a speech participle between a verb and the clause the parser hung on the verb says that clause": (
        "Finance Minister Ada Kell welcomed the move, writing on X that disinflation would begin in the second half "
        "of the year.",
        [("indirect", "asserts", "Ada Kell", [], "Finance Minister Ada Kell", "welcomed", "the move"),
         ("indirect", "asserts", "Ada Kell", [], "Finance Minister Ada Kell", "writing",
          "that disinflation would begin in the second half of the year")],
    ),
    "he is the person a sentence made its subject since the last speaker, not that speaker": (
        '"This vote has no legitimacy," former president Marc Olvera told a rally.\n\n'
        "Tom Arvo, 49, first took power in a 2009 coup. He said the vote had been calm.",
        [("direct", "asserts", "Marc Olvera", [], "former president Marc Olvera", "told",
          '"This vote has no legitimacy,"'),
         ("indirect", "asserts", "Tom Arvo", [], "He", "said", "the vote had been calm")],
    ),
    "a quotation is reported once, by its cue, though a claim noun inside it reaches over it too": (
        'Mr Halvorsen says there are gaps in the inquiry. "I am worried that the regulator has not given us the '
        'chance to answer the many claims that they alleged last spring and that we haven\'t had a chance to answer '
        'these claims that they are now bringing to us," he said.',
        [("indirect", "asserts", "Halvorsen", [], "Mr Halvorsen", "says", "there are gaps in the inquiry"),
         ("direct", "asserts", "Halvorsen", [], "he", "said",
          '"I am worried that the regulator has not given us the chance to answer the many claims that they alleged '
          'last spring and that we haven\'t had a chance to answer these claims that they are now bringing to us,"')],
    ),
    "a demand after a pluperfect report is the speaker's own act": (
        "The ministry said the rebels had shelled villages last week and demanded that the group withdraw.",
        [("indirect", "asserts", "ministry", [], "The ministry", "said", "the rebels had shelled villages last week"),
         ("indirect", "asks", "ministry", [], "The ministry", "demanded", "that the group withdraw")],
    ),
    "an armed attack on ships is no attribution, a verbal one may be": (
        'Spokesman Omar Dalil said the group would keep attacking ships bound for Ostra "until the siege ends." '
        "Senator Lind attacked the mayor for the delay.",
        [("mixed", "asserts", "Omar Dalil", [], "Spokesman Omar Dalil", "said",
          'the group would keep attacking ships bound for Ostra "until the siege ends."'),
         ("indirect", "accuses", "Lind", [], "Senator Lind", "attacked", "the mayor for the delay")],
    ),
    "rioters attacking police stations is no attribution": (
        "The ministry said officers had acted in self-defence after rioters attacked police stations in two towns.",
        [("indirect", "asserts", "ministry", [], "The ministry", "said",
          "officers had acted in self-defence after rioters attacked police stations in two towns")],
    ),
    "an arrest warrant issued is no statement, an apology issued is": (
        "The court issued an arrest warrant for the general. The ministry issued an apology to the families.",
        [("indirect", "asserts", "ministry", [], "The ministry", "issued", "an apology to the families")],
    ),
    "a person role's name in apposition is the speaker, not the body named before the role": (
        "The United Nations human rights chief, Volker Lind, warned of ethnically motivated atrocities.",
        [("indirect", "warns", "Volker Lind", [], "The United Nations human rights chief, Volker Lind", "warned",
          "ethnically motivated atrocities")],
    ),
    "his spokesman is not a country's spokesman named before": (
        "Pakistan's military spokesman, General Omar Tariq, said India had struck mosques. U.N. Secretary-General "
        "Anton Varga spoke by phone with the two prime ministers on Wednesday, his spokesman said.",
        [("indirect", "asserts", "Omar Tariq", [], "Pakistan's military spokesman, General Omar Tariq", "said",
          "India had struck mosques"),
         ("indirect", "asserts", "spokesman", [], "his spokesman", "said",
          "U.N. Secretary-General Anton Varga spoke by phone with the two prime ministers on Wednesday")],
    ),
    "a day after the cue is no addressee of what is agreed": (
        "Alliance members agreed on Wednesday to raise defence spending by 2035.",
        [("indirect", "asserts", "Alliance members", [], "Alliance members", "agreed",
          "to raise defence spending by 2035")],
    ),
    "a speaker the parser coordinated with the object before it speaks for itself": (
        'The supreme leader warned that Norland would face "severe punishment" and state media said dozens of drones '
        "had been launched.",
        [("mixed", "warns", "supreme leader", [], "The supreme leader", "warned",
          'that Norland would face "severe punishment"'),
         ("indirect", "asserts", "state media", [], "state media", "said", "dozens of drones had been launched")],
    ),
    "a claim noun with a relative clause states nothing": (
        "The claim that he made on Monday was false.",
        [],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_attribution_patterns(attribute, name):
    text, expected = CASES[name]
    quotes, entities = attribute(text)
    assert [_summary(q, entities) for q in quotes] == expected


# (article, cue word) -> (source text, speaker name, via names, content text) of the attribution with that cue
BY_CUE = {
    "a semicolon closing the clause before a cue ends what the cue reports": (
        "Russia says it downed 35 Vestian drones; Kyiv reports strikes on power grid", "reports",
        ("Kyiv", "Kyiv", [], "strikes on power grid"),
    ),
    "a report the parser took for a second subject of the cue": (
        "MAIDUGURI, Nigeria, July 8 (Wire) - Gunmen on motorcycles killed at least 12 people and abducted more than "
        "30 in an overnight raid on a village in Nigeria's northeastern Borno state, police and residents said on "
        "Monday.", "said",
        ("police and residents", "police", [], "Gunmen on motorcycles killed at least 12 people and abducted more than 30 in an "
                                 "overnight raid on a village in Nigeria's northeastern Borno state"),
    ),
    "a document cited by a report is the source in the chain, not the body named in it": (
        "Norland's ministers discussed cutting aid to Vestia, the Daily Courier reported on Monday, citing a leaked "
        "Foreign Office memo.", "reported",
        ("a leaked Foreign Office memo", "leaked Foreign Office memo", ["Daily Courier"],
         "Norland's ministers discussed cutting aid to Vestia"),
    ),
    "a quotation naming a thing before a relative clause is not what the clause's speakers say": (
        'The parliament overrode a veto of a bill on "foreign agents" that critics say mirrors a Russian law used '
        "to silence dissent, defying weeks of mass protests.", "say",
        ("critics", "critics", [], "mirrors a Russian law used to silence dissent"),
    ),
    "passive: the agent is the source": (
        "It was announced by the ministry that the border would reopen.", "announced",
        ("the ministry", "ministry", [], "that the border would reopen"),
    ),
    "raised subject: voters are likely to say": (
        "Voters in Dravik are likely to say that the mayor has failed.", "say",
        ("Voters in Dravik", "Voters in Dravik", [], "that the mayor has failed"),
    ),
    "a reason after citing is no chain": (
        '"The plant is safe," Mayor Ellen Varga said, citing rising water levels as the only risk.', "said",
        ("Mayor Ellen Varga", "Ellen Varga", [], '"The plant is safe,"'),
    ),
    "a verb phrase coordinated with the cue is not content": (
        "Senator Maria Oduya said she would order a review of the budget and warned against further cuts.", "said",
        ("Senator Maria Oduya", "Maria Oduya", [], "she would order a review of the budget"),
    ),
    "a verb phrase coordinated with the object is not content": (
        "The Northern Gazette chastised the mayor for the delays but did not call for her resignation.",
        "chastised", ("The Northern Gazette", "Northern Gazette", [], "the mayor for the delays"),
    ),
    "a stance taken through an object noun is the subject's": (
        "Tom Reyes made a third attempt to deflect the criticism, writing on Twitter that the real issue was the budget.",
        "deflect", ("Tom Reyes", "Tom Reyes", [], "the criticism"),
    ),
    "as-phrase after a prepositional object": (
        'Senator Maria Oduya referred to the mayor as "a tireless builder" on Monday.', "referred",
        ("Senator Maria Oduya", "Maria Oduya", [], 'the mayor as "a tireless builder"'),
    ),
    "a participle after a quotation closing inside the content is an aside": (
        "Ellen Varga insisted that she has “expanded the harbour,” claiming that she is responsible for higher traffic.",
        "insisted", ("Ellen Varga", "Ellen Varga", [], "that she has “expanded the harbour,”"),
    ),
    "a quotation after a cue set off by commas is the statement, not the sentence": (
        'Asked about the closures, Ellen Varga said, "We had no choice."', "said",
        ("Ellen Varga", "Ellen Varga", [], '"We had no choice."'),
    ),
    "split quote across another speaker's participle": (
        '"The budget is a disgrace," said Jana Novak, summing up a week of protests. "It cuts every school."', "said",
        ("Jana Novak", "Jana Novak", [],
         '"The budget is a disgrace," said Jana Novak, summing up a week of protests. "It cuts every school."'),
    ),
    "a quotation that ends a sentence is no first half of the next speaker's quote": (
        'The mayor laughed at the question. "I was only joking." To which Jana Novak said, "Then stop joking."',
        "said", ("Jana Novak", "Jana Novak", [], '"Then stop joking."'),
    ),
    "a sentence between two quotations parts them, though it follows the cue": (
        '"The vote is rigged," Jana Novak said, pointing at the ballots. Her brother shook his head. "Nothing is rigged."',
        "said", ("Jana Novak", "Jana Novak", [], '"The vote is rigged,"'),
    ),
    "a cue inside the sentence it reports: the adjunct before it is reported too": (
        'In the poorer villages of the coast, she said, "nobody can tell how the season will end" for the small '
        'boat owners.', "said",
        ("she", None, [], 'In the poorer villages of the coast, she said, "nobody can tell how the season will end" '
                          'for the small boat owners'),
    ),
    "a connective before a cue set off by commas is the writer's": (
        'But, Jana Novak added, she did not back closing the port "overnight."', "added",
        ("Jana Novak", "Jana Novak", [], 'she did not back closing the port "overnight."'),
    ),
    "a subject stops at its paragraph": (
        "4:40 p.m.\n\nHarbour commissioner Jana Novak says, win or lose on Sunday, she is keeping her seat on the board.",
        "says", ("Harbour commissioner Jana Novak", "Jana Novak", [],
                 "win or lose on Sunday, she is keeping her seat on the board"),
    ),
    "a relative pronoun is the source as written, its antecedent the speaker": (
        '"Rents went up a bit," said Tom Reyes, who noted that boat prices had "collapsed" after the storm.', "noted",
        ("who", "Tom Reyes", [], 'that boat prices had "collapsed" after the storm'),
    ),
    "an inverted speaker the parser takes for an object": (
        '"Nobody listens to the small harbours," tweeted a retired fisherman.', "tweeted",
        ("a retired fisherman", "retired fisherman", [], '"Nobody listens to the small harbours,"'),
    ),
    "a participle after the cue is the speaker's": (
        '"Such a mess," Ellen Varga said, blaming most of it on the new harbour tax.', "blaming",
        ("Ellen Varga", "Ellen Varga", [], "most of it on the new harbour tax"),
    ),
    "whom a speaker meant after a quotation is the speaker's statement too": (
        "“We need steady hands,” Mayor Anna Dahl told the council, referring to the new budget chief.", "referring",
        ("Mayor Anna Dahl", "Anna Dahl", [], "the new budget chief"),
    ),
    "what a speaker meant after a reported clause is the speaker's statement too": (
        "Senator Tom Pell said the vote was close, referring to the number of seats his party holds.", "referring",
        ("Senator Tom Pell", "Tom Pell", [], "the number of seats his party holds"),
    ),
    "an active verb coordinated with a passive shares its subject": (
        "By the end of the day, Mayor Anna Dahl was forced into a rare retreat and said that her words had been "
        "misconstrued.", "said", ("Mayor Anna Dahl", "Anna Dahl", [], "that her words had been misconstrued"),
    ),
    "a question put to the speaker is the participle's own attribution with no source": (
        "Asked if he was ever bullied, the mayor said no.", "Asked", (None, None, [], "if he was ever bullied"),
    ),
    "the asker of a question put to the speaker is its source": (
        "Asked by reporters whether the levy would pass, Ostrow said he was hopeful.", "Asked",
        ("reporters", "reporters", [], "whether the levy would pass"),
    ),
    "a question about a thing is the about-phrase": (
        "Asked at a briefing Monday about the harbor plan, the spokeswoman declined to comment.", "Asked",
        (None, None, [], "about the harbor plan"),
    ),
    "a labelling verb misread as a participle on its subject still labels": (
        "Varga, a Dahl ally, called Norland’s schools “strong.”", "called",
        ("Varga, a Dahl ally", "Varga", [], "Norland’s schools “strong.”"),
    ),
    "a past verb after a present reported clause is the speaker's next act": (
        "Tom Varga, an audience member, said he makes $41,000 a year and questioned how he would be helped by the "
        "plan.", "questioned", ("Tom Varga, an audience member", "Tom Varga", [], "how he would be helped by the plan"),
    ),
    "a reported clause stops before the speaker's next act": (
        "Tom Varga, an audience member, said he makes $41,000 a year and questioned how he would be helped by the "
        "plan.", "said", ("Tom Varga, an audience member", "Tom Varga", [], "he makes $41,000 a year"),
    ),
    "a reportedly clause is an account with no named source": (
        "In total, the hackers have reportedly breached more than 100 party accounts, leaving officials fearful of "
        "more leaks.", "reportedly",
        (None, None, [], "the hackers have reportedly breached more than 100 party accounts"),
    ),
    "a reportedly clause leaves out the setting before it and the sequel after it": (
        "When asked to leave, the senator reportedly refused, which prompted the organizers to end the session.",
        "reportedly", (None, None, [], "the senator reportedly refused"),
    ),
    "a reported clause the parser ran on over a referring aside stops before it": (
        "Senator Tom Pell said the vote was close, referring to the number of seats Senate Democrats control.", "said",
        ("Senator Tom Pell", "Tom Pell", [], "the vote was close"),
    ),
    "a referring aside after a comma inside the closing quote mark is the speaker's": (
        "Mayor Dahl said the levy “should be settled by Easter,” referring to the council’s spring session, where "
        "members will vote on the budget.", "referring",
        ("Mayor Dahl", "Dahl", [], "the council’s spring session"),
    ),
    "a referring aside between the halves of a split quote is kept and stops at the second half": (
        "“Every time you say that,” Senator Tom Pell said, referring to the harbour fee, “you hand the other side "
        "a weapon.”", "referring", ("Senator Tom Pell", "Tom Pell", [], "the harbour fee"),
    ),
    "a referring aside keeps an apposed name but not the relative clause after it": (
        "“It was a mess,” Ostrow said, referring to his predecessor, Dana Lind, who ran the port for a decade.",
        "referring", ("Ostrow", "Ostrow", [], "his predecessor, Dana Lind"),
    ),
    "a so after a verb of saying stands for what was said": (
        "Sixty percent of harbour workers backed the strike in May, after 55 percent said so in March.", "said",
        ("55 percent", "55 percent", [], "so"),
    ),
    "a passive of holding a view takes its subject into the statement": (
        "The harbour master is widely expected to resign before the spring session.", "expected",
        (None, None, [], "The harbour master is widely expected to resign before the spring session"),
    ),
    "a participle of naming takes the noun phrase it describes into the statement": (
        "Turnout in the string of council votes known as Harbour Week fell sharply.", "known",
        (None, None, [], "the string of council votes known as Harbour Week"),
    ),
    "a passive that puts a charge to its subject is kept with its setting": (
        "The harbour master was charged with fraud in a closed hearing.", "charged",
        (None, None, [], "The harbour master was charged with fraud"),
    ),
    "a passive cue takes its subject into the statement": (
        "The harbour plan was widely criticized as a threat to the fishing fleet.", "criticized",
        (None, None, [], "The harbour plan was widely criticized as a threat to the fishing fleet"),
    ),
    "the one a call on is addressed to opens what is called for": (
        "Senator Tom Pell called on the harbour board to block the sale.", "called",
        ("Senator Tom Pell", "Tom Pell", [], "the harbour board to block the sale"),
    ),
    "what is called for in a for-to clause is the statement": (
        "Senator Tom Pell called again for the harbour master to resign over the flood.", "called",
        ("Senator Tom Pell", "Tom Pell", [], "the harbour master to resign over the flood"),
    ),
    "a question the parser hung on the verb as a condition is what was asked": (
        "Senator Tom Pell asked the dock workers if they planned to strike before the spring session.", "asked",
        ("Senator Tom Pell", "Tom Pell", [], "if they planned to strike before the spring session"),
    ),
    "a relative clause inside the reported clause's subject does not end it": (
        "Mayor Dahl said the ruling, which struck down the harbour levy, shows what is at stake in the vote.", "said",
        ("Mayor Dahl", "Dahl", [], "the ruling, which struck down the harbour levy, shows what is at stake in the vote"),
    ),
    "a passive with a quoted title is not stretched over its subject": (
        "His escapades were chronicled for “Harbour Lights,” a documentary.", "chronicled",
        (None, None, [], "“Harbour Lights,” a documentary"),
    ),
    "a poll share the parser hung on the verb as a modifier is the source": (
        "About 4 in 10 say they want the next mayor to cut the harbour levy.", "say",
        ("About 4 in 10", None, [], "they want the next mayor to cut the harbour levy"),
    ),
    "an impersonal it of seeming is nobody's word": (
        "It appears that the harbour vote was not close at all.", "appears",
        (None, None, [], "that the harbour vote was not close at all"),
    ),
    "an inverted cue set off inside the sentence has the name after it as speaker": (
        "The contrast with the mayor, said Dana Lind and other councillors, would be plain by spring.", "said",
        ("Dana Lind and other councillors", "Dana Lind", [],
         "The contrast with the mayor, said Dana Lind and other councillors, would be plain by spring"),
    ),
    "a speaker the parser hung on a preposition before the cue is still the speaker": (
        "The issue had come up Friday after Mayor Ostrow, asked about the deaths of fishermen under Mr. Pell, had "
        "said, ''I think our harbour does plenty of killing also.''", "said",
        ("Mayor Ostrow", "Ostrow", [], "''I think our harbour does plenty of killing also.''"),
    ),
    "a described subject after a cue set off by a comma is no inverted speaker": (
        "And aides to Mayor Dana Lind, who served two terms on the council, said their speeches, already full of "
        "harbour policy, would focus even more on the port.", "said",
        ("aides to Mayor Dana Lind, who served two terms on the council", "aides", [],
         "their speeches, already full of harbour policy, would focus even more on the port"),
    ),
    "a speaker the parser hung inside the quotation's clause is found after the closing mark": (
        "“We’ve had better harbour days than this one,” councillor Dana Lind, wearing a raincoat and “Save the "
        "Port” badges, said as the rain came down.", "said",
        ("councillor Dana Lind", "Dana Lind", [], "“We’ve had better harbour days than this one,”"),
    ),
    "a participle after a reported clause goes on with its reporter, not the clause's subject": (
        "Lina Osei said her father has been an advocate for workers in his company and would do the same as "
        "governor, saying that he supports equal pay.", "saying",
        ("Lina Osei", "Lina Osei", [], "that he supports equal pay"),
    ),
    "a participle of acting, not speaking, after a reported clause stays its subject's": (
        "Dana Whitlow said the authorities are ignoring the flooded homes, preferring to call them a private matter.",
        "preferring", ("the authorities", "authorities", ["Dana Whitlow"], "to call them a private matter"),
    ),
    "a participle after a that-clause on the object goes on with its reporter": (
        "Reached by the Gazette, Tom Reyes denied the notion that a shakeup of his staff is coming, explaining that "
        "he had been on leave.", "explaining",
        ("Tom Reyes", "Tom Reyes", [], "that he had been on leave"),
    ),
    "a name the parser read as a modal before the cue is the speaker": (
        "Citing the storm as a warning, Will urged the council to close the harbour.", "urged",
        ("Will", None, [], "the council to close the harbour"),
    ),
    "a speaker inverted after a quotation is no object, whatever the verb": (
        '"Anglers should leave their boats at home this weekend," opined the Harbour Gazette.', "opined",
        ("the Harbour Gazette", "Harbour Gazette", [], '"Anglers should leave their boats at home this weekend,"'),
    ),
    "a question inverted before its asker is what was asked": (
        'The last question came from a young girl. "How tall will the new bridge be?" asked the girl, who had come '
        "with her father.", "asked",
        ("the girl", "girl", [], '"How tall will the new bridge be?"'),
    ),
    "a newspaper named by words the model left untagged is that paper, not the wire named before": (
        "DHAKA, Aug 6 (Reuters) - The army chief spoke to students on Tuesday. The economist, who is in Paris for medical "
        "treatment, told the Prothom Alo newspaper he was ready to return if the students asked him.", "told",
        ("The economist", "economist", ["Prothom Alo newspaper"], "he was ready to return if the students asked him"),
    ),
    "according to X after a relative clause set off by commas reports that clause": (
        "Ostrow trails in pledged delegates, which stood at 263 before Tuesday's vote, according to the Harbour "
        "Gazette.", "according to",
        ("the Harbour Gazette", "Harbour Gazette", [], "which stood at 263 before Tuesday's vote"),
    ),
}


@pytest.mark.parametrize("name", list(BY_CUE))
def test_attribution_by_cue(attribute, name):
    text, cue, expected = BY_CUE[name]
    quotes, entities = attribute(text)
    (quote,) = [q for q in quotes if q.cue is not None and q.cue.text == cue]
    assert (quote.source.text if quote.source else None, _name(entities, quote.speaker),
            [_name(entities, v) for v in quote.via], quote.content.text) == expected


def test_long_quotation_without_cue_goes_to_the_speaker_before_it(attribute):
    text = ('Mayor Ellen Varga said the harbour would reopen in May. Her plan is simple, a harbour '
            '"that belongs to the people who work in it every single day of the year."')
    quotes, entities = attribute(text)
    orphan = quotes[-1]
    assert (orphan.kind, orphan.cue, orphan.source, _name(entities, orphan.speaker), orphan.content.text) == (
        "direct", None, None, "Ellen Varga",
        '"that belongs to the people who work in it every single day of the year."')
    assert orphan.confidence < quotes[0].confidence
    # a short scare quote with no cue is no attribution
    (only,), _ = attribute('The "fair deal" was signed on Monday. Ellen Varga said the vote was close.')
    assert only.cue.text == "said"


def test_ids_offsets_and_new_group_entity(attribute):
    text = "Officials said that the contacts had fizzled. Diplomats said the talks would resume."
    quotes, entities = attribute(text)
    assert [q.id for q in quotes] == ["Q1", "Q2"]
    for q in quotes:
        assert text[q.content.start:q.content.end] == q.content.text
        assert text[q.cue.start:q.cue.end] == q.cue.text
    officials = entities[quotes[0].speaker]
    assert officials.group and officials.id.startswith("E")
    assert [m.text for m in officials.mentions] == ["Officials"]


def test_resolved_pronouns_and_nominals_become_mentions(attribute):
    text = ("Karzai's spokesman Aimal Faizi acknowledged the contacts on Tuesday. "
            '"The Taliban have reached out to us," he said. "This is not a secret," the spokesman said.')
    quotes, entities = attribute(text)
    faizi = entities[quotes[1].speaker]
    kinds = {(m.text, m.kind) for m in faizi.mentions}
    assert ("he", "pronoun") in kinds and ("the spokesman", "nominal") in kinds


UNBALANCED = [
    '"This is broken, he said.',
    "“Never closed",
    'He said “yes” and "no and ” then.',
    "”Wrong mark first,” she said.",
    "''Old style,'' they said. ``Older style,'' they added.",
    '"',
    '""""',
    "“\n\n”",
]


@pytest.mark.parametrize("text", UNBALANCED)
def test_unbalanced_quote_marks_never_raise(attribute, text):
    quotes, _ = attribute(text)
    for q in quotes:
        assert 0.0 <= q.confidence <= 1.0
        assert q.kind in ("direct", "indirect", "mixed")


def test_unbalanced_quote_has_lower_confidence(attribute):
    (balanced,), _ = attribute('"The road is closed," the mayor said.')
    (open_quote,), _ = attribute('The mayor said: "The road is closed.')
    assert open_quote.kind == "direct"
    assert open_quote.confidence < balanced.confidence


@pytest.mark.parametrize("text, expected", [
    ('He said "yes" and left.', ['"yes"']),
    ("She said “no” twice.", ["“no”"]),
    ("''Fine,'' he said.", ["''Fine,''"]),
    ('“Mis-closed.“ Then more.', ["“Mis-closed.“"]),
    ('"Open to the end\n\nNext paragraph', ['"Open to the end']),
    ("It's Bob's car from the '80s.", []),
])
def test_quote_mark_pairing(text, expected):
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == expected


def test_attribution_chain_for_text_reports(attribute):
    text = ("President Tomas Halvorsen has held secret talks with rebel leaders, the Daily Ledger reported on Monday, "
            "citing Western and local officials.")
    (quote,), entities = attribute(text)
    assert attribution_chain(quote, list(entities.values())).endswith("Daily Ledger ← Western and local officials")


# The desk's two reference stories (tests/articles): (kind, stance, speaker, via, content) that must be found.
STORIES = {
    "contested_talks.txt": [
        ("indirect", "asserts", "Lena Varga", [], "the two delegations had agreed to reopen the Kessel crossing"),
        ("direct", "asserts", "Lena Varga", [], '"We made real progress and the crossing will open in May,"'),
        ("indirect", "denies", "Belmoran officials", [], "that any agreement had been reached"),
        ("indirect", "asserts", "senior Belmoran diplomat", [], "The talks ended without a deal"),
        ("indirect", "asserts", "senior Belmoran diplomat", [],
         "that Ardania had refused to withdraw its troops from the border zone"),
        ("indirect", "insists", "Lena Varga", [], "that the agreement stood"),
        ("indirect", "warns", "Lena Varga", [], "that Ardania would not accept further delays"),
    ],
    "nested_attribution.txt": [
        ("indirect", "reports", "two senior police officials", ["Northern Gazette"],
         "that investigators had found the missing shipment in a warehouse outside Dravik"),
        ("indirect", "asserts", "two senior police officials", [], "the warehouse was rented under a false name"),
        ("indirect", "asserts", "two senior police officials", ["Northern Gazette"],
         "that three men had been detained for questioning"),
        ("mixed", "asserts", "Omar Reyes", [], 'only that "the investigation is ongoing."'),
    ],
}


@pytest.mark.parametrize("name", list(STORIES))
def test_reference_stories(attribute, name):
    from conftest import read_article

    quotes, entities = attribute(read_article(name))
    found = [(q.kind, q.stance, _name(entities, q.speaker), [_name(entities, v) for v in q.via], q.content.text)
             for q in quotes]
    for expected in STORIES[name]:
        assert expected in found
    assert all(q.speaker is not None for q in quotes)


def test_trailing_cue_parsed_as_an_adverbial_clause_reports_the_clause_before_it():
    # the small model sometimes hangs "..., she said." on the reported verb as an advcl (seen on long sentences);
    # the parse is written out here so that the test does not depend on when the model makes that mistake
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsdesk.extract.quote_content import content_of

    words = ["Prices", "rose", "in", "the", "port", ",", "she", "said", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 7, 7, 1, 1],
              deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct", "nsubj", "advcl", "punct"],
              lemmas=["price", "rise", "in", "the", "port", ",", "she", "say", "."],
              pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"])
    content, ctype = content_of(doc[7])
    assert (doc[content[0]:content[1]].text, ctype) == ("Prices rose in the port", "para")


def test_person_nouns_by_suffix_leave_out_common_things(nlp):
    from newsdesk.extract.speakers import person_noun

    doc = nlp.make_doc("bystander resident agent hunger assessment indictment helicopter")
    for name, proc in nlp.pipeline:
        if name in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)
    assert {t.text: person_noun(t) for t in doc} == {
        "bystander": True, "resident": True, "agent": True,
        "hunger": False, "assessment": False, "indictment": False, "helicopter": False,
    }


def _speakers_with_ents(nlp, text: str, ents: list[tuple[str, str]]) -> list[tuple]:
    """Run entities and quotes on ``text`` with the NER output imposed (names the small model may miss)."""
    doc = parse_with_ents(nlp, text, ents)
    for name in ("newsdesk_entities", "newsdesk_quotes"):
        doc = nlp.get_pipe(name)(doc)
    names = {e.id: (e.name, e.type) for e in doc._.newsdesk_entities}
    return [(q.source.text if q.source else None, names.get(q.speaker)) for q in doc._.newsdesk_quotes]


def test_surname_with_honorific_the_model_missed_joins_the_person(nlp):
    text = "Harbour Bank's David Corran said the branch would close. Mr Corran said staff would move."
    found = _speakers_with_ents(nlp, text, [("Harbour Bank", "ORG"), ("David Corran", "PERSON")])
    assert found == [("Harbour Bank's David Corran", ("David Corran", "PERSON")),
                     ("Mr Corran", ("David Corran", "PERSON"))]


def test_titled_name_the_model_missed_is_a_person_not_its_possessor(nlp):
    text = ("The mood was set by Norland's Queen Maren III, who said the year had been hard. "
            '"We stand with the families," she said.')
    found = _speakers_with_ents(nlp, text, [("Norland", "GPE")])
    assert found == [("who", ("Queen Maren III", "PERSON")), ("she", ("Queen Maren III", "PERSON"))]


def test_name_closing_a_title_phrase_is_the_speaker(nlp):
    text = ("Director of Harwick's Logan International Airport Tom Kessel said the flight was safe. "
            "He said the crew acted fast.")
    found = _speakers_with_ents(nlp, text, [("Harwick", "GPE"), ("Logan International Airport", "FAC"),
                                            ("Tom Kessel", "PERSON")])
    assert [name for _, name in found] == [("Tom Kessel", "PERSON"), ("Tom Kessel", "PERSON")]


def test_name_after_a_person_noun_and_comma_is_not_the_speaker(nlp):
    # Rosa Telk is the victim; the husband speaks
    text = "Meanwhile, the husband of crash victim, Rosa Telk, says he is relieved the inquiry is over."
    found = _speakers_with_ents(nlp, text, [("Rosa Telk", "PERSON")])
    assert found and found[0][1] is not None and found[0][1][0] != "Rosa Telk"


def test_holding_talks_reports_no_statement():
    """"resumed talks" is a meeting (an event), not something said; a spokesman's "said" still is."""
    from newsdesk import analyze

    assert analyze("The two sides resumed talks in Jeddah on Sunday.", published="2024-06-10").quotes == []
    quotes = analyze("The spokesman said the talks would resume on Sunday.", published="2024-06-10").quotes
    assert [(q.cue.text, q.source.text) for q in quotes] == [("said", "The spokesman")]


CORRUPTION_STORY = (
    "Minister quits over port deal as opposition demands inquiry\n\n"
    "VALDORA - Portugal's transport minister, Tomas Reis, resigned on Thursday after the newspaper Gazeta "
    "reported, citing two officials in his ministry, that he had approved a port contract for a firm owned "
    "by his cousin.\n\n"
    "The paper added that the officials had raised concerns in January.\n\n"
    "The Labour Party called for an inquiry. Police searched the company's offices on Friday.\n\n"
    "The European Commission, which co-financed the port, said it was \"following the matter closely\"."
)


def test_a_misparsed_report_with_its_citing_chain():
    """The parser hangs "citing ..." and the that-clause on "resigned": the report is still the paper's,
    through the officials it cites, and "the paper added" continues that chain."""
    from newsdesk import analyze

    article = analyze(CORRUPTION_STORY, published="2025-03-14")
    names = {e.id: e.name for e in article.entities}
    by_cue = {q.cue.text: q for q in article.quotes}
    reported = by_cue["reported"]
    assert reported.content.text.startswith("that he had approved a port contract")
    assert names[reported.speaker] == "two officials" and [names[v] for v in reported.via] == ["Gazeta"]
    assert "citing" not in by_cue  # one attribution with a chain, not a second one by the minister
    added = by_cue["added"]
    assert names[added.speaker] == "two officials" and [names[v] for v in added.via] == ["Gazeta"]
    # "The Commission, which co-financed the port, said": the speaker before the relative clause
    assert names[by_cue["said"].speaker] == "European Commission"
    gazeta = next(e for e in article.entities if e.name == "Gazeta")
    assert (gazeta.type, gazeta.sector) == ("ORG", "MED")  # named as a newspaper, whatever the model said
    # "the company" is neither the party nor the newspaper
    for e in article.entities:
        if e.name in ("Labour Party", "Gazeta"):
            assert all(m.text.lower() != "the company" for m in e.mentions)
    reis = next(e for e in article.entities if e.name == "Tomas Reis")
    assert reis.code == "PRTGOV"  # "Portugal's transport minister, Tomas Reis"


def test_a_demand_passes_on_no_view_and_a_relative_clause_keeps_its_pronoun_out():
    """"demanding that the government drop a bill that critics say mirrors X": the critics' view is theirs,
    not reported through the protesters, and its content starts after the cue."""
    from newsdesk import analyze

    article = analyze("Thousands of protesters marched on Saturday, demanding that the government drop a bill that "
                      "critics say mirrors a Russian law.", published="2024-05-12")
    say = next(q for q in article.quotes if q.cue.text == "say")
    assert say.content.text == "mirrors a Russian law" and say.via == []
    assert next(e.name for e in article.entities if e.id == say.speaker) == "critics"


def test_calling_something_a_name_asserts_and_calling_for_something_asks(analyze):
    article = analyze('Indigenous leader Sonia Guajajara called the vote "a declaration of war against our peoples." '
                      "The senator called for an inquiry into the contract.", published="2024-08-07")
    assert [(q.cue.text, q.stance) for q in article.quotes] == [("called", "asserts"), ("called", "asks")]


def test_a_content_that_is_only_a_time_is_no_attribution(analyze):
    article = analyze("Federal mediators met with both parties in Atlanta earlier this month. A second round is "
                      "expected in the coming weeks.", published="2023-09-28")
    assert [q.content.text for q in article.quotes if q.cue and q.cue.text == "expected"] == []


def test_a_cue_set_off_after_a_colon_reports_what_follows_the_colon(analyze):
    """"Luque was blunt: the president, she said, "has lied"": the statement starts after the colon, and "she" is
    Luque, not the president named inside what she said."""
    article = analyze('Opposition lawmaker Ruth Luque was blunt: the president, she said, "has lied to the country."',
                      published="2024-04-05")
    names = {e.id: e.name for e in article.entities}
    said = [q for q in article.quotes if q.cue and q.cue.text == "said"]
    assert [(names.get(q.speaker), q.content.text) for q in said] == [
        ("Ruth Luque", 'the president, she said, "has lied to the country."')]


def test_a_headlines_paper_says_is_the_outlet_the_story_names(analyze):
    """"..., paper says" in the headline is the one outlet named below it; a noun deep in a headline parsed as the
    country's phrase is no description of the country."""
    article = analyze("Sri Lanka in secret talks with IMF over debt, paper says\n\n"
                      "COLOMBO, Feb 20 - Sri Lanka's finance ministry has been holding secret talks with the "
                      "International Monetary Fund, the Sunday Times reported, citing three government officials.",
                      published="2025-02-20")
    names = {e.id: e.name for e in article.entities}
    says = [q for q in article.quotes if q.cue and q.cue.text == "says"]
    assert [names.get(q.speaker) for q in says] == ["Sunday Times"]
    assert not any(e.name == "paper" for e in article.entities)


def test_a_quote_left_open_at_a_paragraph_end_runs_on_to_the_next_speaker(analyze):
    """A paragraph that opens a quotation and leaves it open continues into the next paragraph, whose cue names
    the speaker (the newsroom convention), not the speaker quoted before it."""
    text = ('The mayor said the budget was fair.\n\n"We will not stop until there is justice.\n\n'
            '"Peru deserves a president who tells the truth," Luque said.')
    article = analyze(text, published="2024-04-05")
    names = {e.id: e.name for e in article.entities}
    got = [(names.get(q.speaker), q.content.text) for q in article.quotes]
    assert ("Luque", '"We will not stop until there is justice.\n\n"Peru deserves a president who tells the '
                     'truth,"') in got
    assert not any(speaker == "mayor" and "justice" in content for speaker, content in got)


def test_a_quote_of_common_words_with_a_time_is_kept(analyze):
    """A quotation whose only content words spaCy lists as stop words ("we", "doing", "more", "less") beside a
    time is a statement, not a bare time."""
    article = analyze('"We are doing more with less every week," the police chief said.', published="2025-05-14")
    assert [(q.cue.text, q.content.text) for q in article.quotes] == [
        ("said", '"We are doing more with less every week,"')]


def test_a_statement_read_on_television_reports_the_clause_before_the_cue(analyze):
    """"..., a spokesman said in a statement read on state television": what was read is no content."""
    article = analyze("Niger's military government ordered the French ambassador to leave the country, a spokesman "
                      "for the junta said in a statement read on state television.", published="2023-09-09")
    assert [(q.cue.text, q.content.text) for q in article.quotes] == [
        ("said", "Niger's military government ordered the French ambassador to leave the country")]


def test_a_relative_clause_is_no_cue_and_a_coordinated_cue_keeps_the_speaker(analyze):
    """"X, who voted against it, said A and called B 'a tax'": X said A and X called B a tax."""
    article = analyze('Alderman Jim Donelan, who voted against it, said residents in his ward were already '
                      'struggling and called the rate increase "a tax on families."', published="2025-05-14")
    quotes = [(q.cue.text, q.source.text, q.content.text) for q in article.quotes]
    assert quotes == [("said", "Alderman Jim Donelan", "residents in his ward were already struggling"),
                      ("called", "Alderman Jim Donelan", 'the rate increase "a tax on families."')]
    assert len({q.speaker for q in article.quotes}) == 1


def test_a_body_named_under_a_preposition_does_not_describe_the_person(analyze):
    """"a spokesman for the junta" does not make "the junta" the spokesman, nor "his party" the man."""
    article = analyze("NIAMEY - The army ordered the ambassador to leave, a spokesman for the junta said.\n\n"
                      "The junta has said it will hand power back to civilians within three years.",
                      published="2023-09-09")
    ents = {e.id: e for e in article.entities}
    speakers = {q.content.text: ents[q.speaker].name for q in article.quotes}
    assert speakers["it will hand power back to civilians within three years"].lower() == "junta"
    article = analyze("Police arrested the secretary general of the main opposition party on Sunday, his party said.",
                      published="2023-10-29")
    ents = {e.id: e for e in article.entities}
    assert [ents[q.speaker].name for q in article.quotes] == ["party"]


def test_two_named_speakers_are_one_group_source(analyze):
    """"Saudi Arabia and the United States said": both speak; the speaker is one group entity naming both."""
    article = analyze("Sudan's army and the RSF agreed on Saturday to a seven-day ceasefire, Saudi Arabia and the "
                      "United States said in a joint statement.", published="2023-05-20")
    (quote,) = article.quotes
    speaker = next(e for e in article.entities if e.id == quote.speaker)
    assert (speaker.name, speaker.group) == ("Saudi Arabia and the United States", True)


def test_a_comment_not_given_is_withheld_and_a_described_speaker_is_a_person(analyze):
    """"Islamabad has not commented on the summons" withholds a statement (stance refuses); "said a Lagos-based
    energy analyst" is a person, named with the hyphen as written."""
    article = analyze("India summoned a Pakistani diplomat. Islamabad has not commented on the summons.",
                      published="2023-11-09")
    assert [(q.cue.text, q.stance) for q in article.quotes if q.cue.text == "commented"] == [
        ("commented", "refuses")]
    article = analyze('"The pipelines are tapped every night," said a Lagos-based energy analyst who advises '
                      'several of the bidders.', published="2024-03-03")
    (quote,) = article.quotes
    speaker = next(e for e in article.entities if e.id == quote.speaker)
    assert (speaker.name, speaker.type) == ("Lagos-based energy analyst", "PERSON")


def test_a_cue_inside_a_relative_clause_reports_no_whole_sentence(attribute):
    # "calling for" hangs in a relative clause on the subject; the sentence around it is nobody's statement
    text = ("The United States, which has vetoed three resolutions calling for a ceasefire, "
            "circulated a rival draft on Monday.")
    quotes, _ = attribute(text)
    assert all("circulated" not in q.content.text for q in quotes if q.cue and q.cue.text == "calling")
    assert all(not q.content.text.startswith("The United States") for q in quotes)


def test_two_offices_are_two_speakers(attribute):
    text = ("The prime minister's office denied that the border had been closed. "
            "The interior minister's office said the border was closed on Monday.")
    quotes, entities = attribute(text)
    assert [entities[q.speaker].name for q in quotes] == ["prime minister's office", "interior minister's office"]


def test_an_apposed_description_is_not_the_speaker(attribute):
    text = "Protest organisers, mostly young people who met on social media, said they would march again on Thursday."
    quotes, entities = attribute(text)
    assert [entities[q.speaker].name for q in quotes] == ["Protest organisers"]



@pytest.mark.parametrize("text, stance", [
    ("A former mayor pleaded not guilty on Monday to federal charges that he took bribes from developers.", "denies"),
    ("A donor pleaded guilty last month to charges that he paid bribes to the mayor.", "acknowledges"),
])
def test_a_plea_in_court_denies_or_admits(attribute, text, stance):
    quotes, _ = attribute(text)
    assert [q.stance for q in quotes if q.cue and q.cue.text == "pleaded"] == [stance]


def test_a_possessor_inside_a_title_is_not_the_speaker(attribute):
    """The parser hangs the title on the name's last part and the country on the title; the model tags the
    name without "Al Thani"."""
    quotes, entities = attribute("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the "
                                 "obstacles were minor.")
    assert [_name(entities, q.speaker) for q in quotes] == ["Sheikh Mohammed bin Abdulrahman"]


def test_a_verb_the_cue_model_never_learned_acting_on_a_named_party_reports_nothing(attribute):
    """"fined Apple 1.8 billion euros": the regulator punishes a company, it says nothing. The parser hangs
    the company on the amount."""
    quotes, _ = attribute("The European Commission on Monday fined Apple 1.8 billion euros for abusing its "
                          "dominant position.")
    assert quotes == []


def test_a_leader_called_by_the_given_name_is_the_same_speaker(attribute):
    """Ethiopians call Abiy Ahmed "Abiy"; the model tags neither that name nor gives it a type."""
    quotes, entities = attribute("Prime Minister Abiy Ahmed said his country had a right to the sea. Abiy told "
                                 "lawmakers last Tuesday that Ethiopia would not invade any neighbour.")
    assert [(q.cue.text, entities[q.speaker].name) for q in quotes] == [("said", "Abiy Ahmed"),
                                                                       ("told", "Abiy Ahmed")]


@pytest.mark.parametrize("text, content", [
    # the parser hangs the reported clause on the report it was said in
    ("Observers said in a preliminary report that the vote was marred by bribery and intimidation.",
     "that the vote was marred by bribery and intimidation"),
    # a relative "that" is no reported clause: the report is what was said in
    ("The agency said in a report that the ministry published on Monday.", None),
])
def test_a_clause_hung_on_the_medium_is_what_was_said(attribute, text, content):
    quotes, _ = attribute(text)
    said = [q.content.text for q in quotes if q.cue.text == "said"]
    assert said == [content] if content else "that the ministry published on Monday" not in said


def test_responding_to_a_report_does_not_say_what_the_report_says(attribute):
    quotes, _ = attribute("Mr Knop also responded to a report that the federation is considering a levy on "
                          "junior players.")
    assert all(not q.content.text.startswith("that the federation") for q in quotes)


def test_a_trailing_citing_phrase_is_the_chain_not_the_content(attribute):
    """"UNICEF said 35 children were among the dead, citing reports from its partners": the reports are
    the source of the figure, not part of it."""
    quotes, entities = attribute("UNICEF said 35 children were among the dead, citing reports from its partners.")
    assert [(q.content.text, entities[q.speaker].name, [entities[v].name for v in q.via]) for q in quotes] == [
        ("35 children were among the dead", "reports from its partners", ["UNICEF"])]


def test_a_relative_that_after_an_object_reports_nothing(attribute):
    """"It posted videos that appeared to show ...": the "that" is the relative clause's subject."""
    quotes, _ = attribute("The committee said the fighters stormed the village. It posted videos that appeared "
                          "to show bodies in a mass grave.")
    assert not any(q.content.text.startswith("that appeared") for q in quotes)


def test_an_age_after_a_surname_is_no_part_of_the_speaker(attribute):
    """"Jeri, 38, promised": the model misses the surname; the speaker is the person named in full before."""
    quotes, entities = attribute("Congress swore in congressional leader Jose Jeri as interim president. Jeri, 38, "
                                 "promised a war on crime in his first speech.")
    assert [(q.cue.text, entities[q.speaker].name, [m.text for m in entities[q.speaker].mentions][-1])
            for q in quotes] == [("promised", "Jose Jeri", "Jeri")]


def test_force_on_a_thing_reports_nothing(attribute):
    """A headline's "drones strike Ukraine's power grid" is an attack, not a statement about the grid."""
    quotes, _ = attribute("Russian drones strike Ukraine's power grid as talks stall")
    assert quotes == []


def test_hours_before_x_after_a_trailing_cue_is_the_writers_time_line(attribute):
    quotes, _ = attribute("Russia launched more than 170 drones at Ukraine overnight, damaging energy facilities, "
                          "the air force said on Tuesday, hours before the two presidents were due to speak.")
    assert [q.content.text for q in quotes] == [
        "Russia launched more than 170 drones at Ukraine overnight, damaging energy facilities"]


def test_an_agency_named_with_its_place_speaks_not_the_place(attribute):
    """"the Hamas-run Gaza civil defence agency said": the agency, not Gaza or Hamas."""
    quotes, entities = attribute("An air strike on a school killed more than 90 people on Saturday, the Hamas-run "
                                 "Gaza civil defence agency said.")
    assert [entities[q.speaker].name for q in quotes] == ["Gaza civil defence agency"]


def test_a_surname_the_model_missed_carries_the_pronoun_after_it(attribute):
    """"Grenell flew back ... 'We are wheels up,' he wrote": he is Grenell, whom the model did not tag the
    second time, not the president named before him."""
    quotes, entities = attribute(
        "Venezuela released six detainees after President Nicolas Maduro met U.S. special envoy Richard Grenell in "
        "Caracas, the White House said. Grenell flew back to Washington with the six men aboard his plane. "
        "\"We are wheels up and heading home,\" he wrote on social media.")
    assert [entities[q.speaker].name for q in quotes if q.cue.text == "wrote"] == ["Richard Grenell"]


def test_an_office_holders_surname_is_a_person_whatever_the_model_read(attribute):
    """The model tags "Trump" a body in a headline and reads a sentence-opening "Trump" as the noun."""
    quotes, entities = attribute("Venezuela frees U.S. prisoners as Maduro meets Trump envoy\n\nCARACAS - Venezuela "
                                 "released six detainees on Friday. Trump thanked Maduro's government in a post but "
                                 "said deportation flights would resume.")
    speakers = {entities[q.speaker].id for q in quotes if q.cue.text in ("thanked", "said")}
    assert len(speakers) == 1 and entities[speakers.pop()].type == "PERSON"


def test_a_content_never_ends_on_a_conjunction(attribute):
    quotes, _ = attribute("Lawmakers voted unanimously to reject the decree and thousands of protesters gathered "
                          "outside parliament.")
    assert all(not q.content.text.endswith(" and") for q in quotes) and quotes


# where a content starts and stops around quotations, the writer's words and the parser's misreadings
CONTENT_BOUNDS = {
    "a quoted label ends before a day after it": (
        "Senator Ruiz blasted the governor as a “disgrace” Wednesday on a radio show.",
        "the governor as a “disgrace”"),
    "a quoted label ends before an occasion after it": (
        "Former president Hal Brenner criticized the pension law as a “crazy system” during a campaign stop in "
        "Dayton.",
        "the pension law as a “crazy system”"),
    "a quoted label ends before a dash aside": (
        "Senator Ruiz dismissed Vestia as being in the “suburbs of Norland” — a jab at the smaller party.",
        "Vestia as being in the “suburbs of Norland”"),
    "an unquoted phrase after a quoted label goes on": (
        "Senator Ruiz described the plan as “soft” on crime.", "the plan as “soft” on crime"),
    "a passive label takes in what it names": (
        "The new fund will informally be dubbed the “Defeat the Governor Fund” by its backers.",
        "The new fund will informally be dubbed the “Defeat the Governor Fund”"),
    "a title takes in what it names": (
        'His new book is titled "Voices of Hope."', 'His new book is titled "Voices of Hope."'),
    "a relative label takes in its pronoun": (
        "She met Ruiz, whom one party insider described as “his brother.”",
        "whom one party insider described as “his brother.”"),
    "a quoted show in the cue clause is no content": (
        "“Being a dad, that’s my job,” Weiner said in May on the podcast “Here’s the Thing.”",
        "“Being a dad, that’s my job,”"),
    "a quoted phrase in the cue clause is no content": (
        '"Let me tell you the facts," Cruz said after a brief "I\'m sorry" to Carson.', '"Let me tell you the facts,"'),
    "a setting before a parenthetical cue is the writer's": (
        "On the network’s “Morning Show” Tuesday, he said, “I never said I was going to pay for fees.”",
        "“I never said I was going to pay for fees.”"),
    "an adverb before a parenthetical cue is the writer's": (
        "Later, he replied, “This was one of my finest moments.”", "“This was one of my finest moments.”"),
    "a scare-quoted verb stands for its clause": (
        'The minister had said in an interview taped before the raids that the army had "contained" the rebels in the '
        'north.', 'that the army had "contained" the rebels in the north'),
    "a scare-quoted phrase stands for its clause beside the cue": (
        "As Senator Pell has pointed out, that’s basically the “textbook definition” of favoritism.",
        "that’s basically the “textbook definition” of favoritism"),
    "a time before the reported clause is the cue's": (
        'The president told an audience of farmers this weekend he would consider it a "personal insult" if they '
        'stayed home.', 'he would consider it a "personal insult" if they stayed home'),
    "a closing participle glossing the statement is the writer's": (
        'The president told farmers he would consider it a "personal insult" if they stayed home, implicitly putting '
        'his name on the line.', 'he would consider it a "personal insult" if they stayed home'),
    "an including list stays in the statement": (
        "The senator gave a speech saying that “race still determines too much” in Norland, including how people "
        "are treated in schools.",
        "that “race still determines too much” in Norland, including how people are treated in schools"),
    "a lower-case quotation after a cue and its listener finishes the sentence": (
        'Sooner or later, the governor told reporters, "it starts to pay off."',
        'Sooner or later, the governor told reporters, "it starts to pay off."'),
    "a reported clause the parser split at its and stays whole": (
        "Oduya said Pell has “great respect” for the army and his rubble remark was instead an expression of anger "
        "with the plan the council has taken.",
        "Pell has “great respect” for the army and his rubble remark was instead an expression of anger with the "
        "plan the council has taken"),
    "a fronted condition the parser hung on the cue is part of the statement": (
        "Speaker Vanna Dahl says no matter what unilateral action Governor Ostrow takes on water rights, “his word "
        "does not trump the charter.”",
        "no matter what unilateral action Governor Ostrow takes on water rights, “his word does not trump the "
        "charter.”"),
    "a quoted infinitive stands for the clause whose subject it completes": (
        "Instead, Dahl told NBC, his plan would merely be “to talk to them” if he wins the White House.",
        "his plan would merely be “to talk to them” if he wins the White House"),
    "a contrast after a reported clause is the writer's": (
        "Team officials said he was tired, however Tom Varga hit out at the media for wanting to ask him about his "
        "future plans.", "he was tired"),
    "a time of the saying stays out of the statement": (
        "Ostrow said Tuesday that the city had no debt.", "that the city had no debt"),
    "a description apposed to the object is the writer's": (
        "Senator Pell praised Tom Varga, the former harbor master.", "Tom Varga"),
    "a name apposed to the object says who was meant": (
        "He thanked the mayor's deputy, Anna Dahl.", "the mayor's deputy, Anna Dahl"),
    "the writer's summing-up of a reported clause is no part of it": (
        'Varga claimed that the count had been "rigged" against him, a charge that party leaders strongly denied.',
        'that the count had been "rigged" against him'),
    "a show the speaker told is no second half of a split quote": (
        '"We have to cut the levy," the mayor told "Morning Desk" on Monday.', '"We have to cut the levy,"'),
    "a quoted modifier of a noun is no second half of a split quote": (
        "“We’ve had better budgets than this one,” delegate Tom Varga said, wearing a straw hat and “Dahl for "
        "Mayor” campaign pins.", "“We’ve had better budgets than this one,”"),
    "what a thing is blamed on is the statement": (
        'Senator Pell blamed the violence on a "disturbed person," not on his religion.',
        'the violence on a "disturbed person," not on his religion'),
}


# (text, cue, the content of that cue's attribution) where other attributions may come out of the same text
CUE_CONTENTS = {
    "a when-clause after an inverted cue is the writer's": (
        "“Very fair reporter, very fair reporter this woman,” Mayor Dahl said when Ostrow asked him a question.",
        "said", "“Very fair reporter, very fair reporter this woman,”"),
    "an as-clause after an inverted cue is the writer's": (
        '"He didn\'t report the loans," he said as some wearing Pell shirts booed.',
        "said", '"He didn\'t report the loans,"'),
    "a relative clause after the cue's adjunct is the writer's": (
        "“We’re going to tax you when those ovens come,” Dahl said in March of oven maker Brava Corp., whose parent "
        "company Norland Steel Corp. moved 900 jobs to Varna, Estland.",
        "said", "“We’re going to tax you when those ovens come,”"),
    "a quotation after the cue beats a question put to the speaker": (
        'Asked whether he would fire a speechwriter under these circumstances, Ostrow said, "Probably."',
        "said", '"Probably."'),
    "a quotation a colon introduces before an inverted cue is all she said": (
        "In her speech, Vanna declared the need for grit, nerve and drive: “Change the town and when you’ve done "
        "that, change it again,” she said.",
        "said", "“Change the town and when you’ve done that, change it again,”"),
    "a lower-case quotation after a set-off cue finishes the sentence before it": (
        'So when Brava signaled last summer that it was going to make a deal with Mr. Varga, Mr. Ostrow said, '
        '"we were floored."',
        "said", 'So when Brava signaled last summer that it was going to make a deal with Mr. Varga, Mr. Ostrow '
        'said, "we were floored."'),
    "a participle lead before a set-off cue stays the writer's": (
        'Asked where the rebel leader was now, the army spokesman said, "anybody\'s guess is the latest thinking".',
        "said", '"anybody\'s guess is the latest thinking"'),
    "a question put to the speaker, tagged as a past verb, stays the writer's": (
        "“It’s changing every day.”\n\nAsked what characteristics he would like the Republican party’s nominee to "
        "embody, Ostrow said, “They have got to be able to win.”",
        "said", "“They have got to be able to win.”"),
    "a gerund lead before a set-off cue is the subject the quotation goes on from": (
        'Judging the candidates by who is up and down in the polls, Varga said, "is like judging a swimmer by her '
        'golf score."',
        "said", 'Judging the candidates by who is up and down in the polls, Varga said, "is like judging a swimmer '
        'by her golf score."'),
    "a relative which before the cue opens the reported clause": (
        "The council blamed the leaks, which Dahl said were accompanied by threats and favors.",
        "said", "which Dahl said were accompanied by threats and favors"),
    "a relative that before the cue stays out of the reported clause": (
        "They passed a bill that critics say mirrors a Russian law.", "say", "mirrors a Russian law"),
    "a split quote joins over a speaker from a state abbreviated at the sentence end": (
        '"With a profession like that, you will see more people enter the job market," says Tom Varga, 23, a '
        'student from Fresno, Calif. "I think it would offer more jobs."',
        "says", '"With a profession like that, you will see more people enter the job market," says Tom Varga, 23, a '
        'student from Fresno, Calif. "I think it would offer more jobs."'),
    "a reported question opens with its wh-word": (
        "She asked when the vote would be held.", "asked", "when the vote would be held"),
    "an object's label follows an aside set off by commas": (
        "The board saw Varga, then 44, as “the perfect driver” for the carmaker.",
        "saw", "Varga, then 44, as “the perfect driver” for the carmaker"),
    "a label after a relative clause on the object": (
        "Ostrow refers to the mayor, who is supposedly his longtime friend, as “Mr. Dahl,” at every rally.",
        "refers", "the mayor, who is supposedly his longtime friend, as “Mr. Dahl,”"),
    "a quoted object after a participle beats the quotation before it": (
        "Kerpen needled the Gazette “reporter,” saying, “A reporter who writes on request!”",
        "saying", "“A reporter who writes on request!”"),
    "a reported clause after a quoted show title is what was said": (
        'Varga said on WKRT\'s "Morning Desk" that he would "take a hard look" at the levy.',
        "said", 'that he would "take a hard look" at the levy'),
    "a pledge's infinitive after a time read as the object": (
        "Dahl promised Sunday at a rally in Fresno to end “the wasteful permit regime.”",
        "promised", "to end “the wasteful permit regime.”"),
    "a relative clause broken off after a quotation's cue is no content": (
        "“We’re going to tax you when those air conditioners come,” Varga said in February of air conditioner "
        "manufacturer Kessel Corp., whose parent company Dunmore Technologies Corp. relocated 1,400 jobs to Monterrey, "
        "Mexico.",
        "said", "“We’re going to tax you when those air conditioners come,”"),
    "a quotation before the speaker beats the addressee after the cue": (
        "“But why?” reporter Dana Pell asked him.", "asked", "“But why?”"),
    "a quotation after a cue set off by a comma and two spaces is the statement": (
        "In the spring after the scandal broke, Mayor Dana Pell emphatically proclaimed at a press conference,  “I did "
        "not send any secret files to anyone. There are no secret files.” The mayor repeated: “I know the rules.”",
        "proclaimed", "“I did not send any secret files to anyone. There are no secret files.”"),
    "an act's misattached clause does not take the act's object": (
        "Pell made no effort to cut the levy, which he favors but says would never pass the council.",
        "made", "would never pass the council"),
    "a quoted label the parser hung elsewhere after an aside on the object": (
        "Early in his campaign, Ostrow attacked Dahl, calling him, among other things, “a failed mayor.”",
        "calling", "him, among other things, “a failed mayor.”"),
    "a quoted label after a time phrase the parser gave its as-phrase": (
        'Governor Tom Pell described the council during a Tuesday interview as "a relic of another era."',
        "described", 'the council during a Tuesday interview as "a relic of another era."'),
    "a quoted reported subject with modifiers hung on the cue": (
        "The minister also spoke against the levy, suggesting “Vargaism” in the form of “loose promises” and "
        "“spin” had begun to seep into local politics.",
        "suggesting", "“Vargaism” in the form of “loose promises” and “spin” had begun to seep into local politics"),
}


@pytest.mark.parametrize("name", list(CUE_CONTENTS))
def test_content_of_a_cue(attribute, name):
    text, cue, content = CUE_CONTENTS[name]
    quotes, _ = attribute(text)
    assert [q.content.text for q in quotes if q.cue is not None and q.cue.text == cue] == [content]


@pytest.mark.parametrize("name", list(CONTENT_BOUNDS))
def test_content_bounds(attribute, name):
    text, content = CONTENT_BOUNDS[name]
    quotes, _ = attribute(text)
    assert [q.content.text for q in quotes] == [content]


def test_a_claim_clause_keeps_its_place_after_a_quotation(attribute):
    quotes, _ = attribute("The fact-checkers seized on the mayor's claim that there have been “thousands of "
                          "shootings” in Dayton this year.")
    assert all("“thousands of shootings”" not in q.content.text or q.content.text.endswith("this year")
               for q in quotes)


def test_a_participle_with_its_own_clause_takes_the_quotation_after_it(attribute):
    """'"A," he said, adding that B. "C."': C goes on from the participle's clause, not from A."""
    quotes, _ = attribute('"It is plain that he never fought for the levy," Varga said, adding that he had fought '
                          'for three bills as mayor of Fresno. "A leader must fight for what he believes in."')
    assert [(q.cue.text, q.content.text) for q in quotes] == [
        ("said", '"It is plain that he never fought for the levy,"'),
        ("adding", 'that he had fought for three bills as mayor of Fresno. "A leader must fight for what he '
                   'believes in."')]


def test_a_gesture_between_the_halves_still_joins_a_split_quote(attribute):
    quotes, _ = attribute('"We will not stop," Varga said, pointing to the harbor, "The port stays open."')
    assert [(q.cue.text, q.content.text) for q in quotes] == [
        ("said", '"We will not stop," Varga said, pointing to the harbor, "The port stays open."')]


def test_what_an_object_is_likened_to_is_the_statement(attribute):
    quotes, _ = attribute('Another critic, Laurence Pell, likened the rules to "burning the constitution" - a charge '
                          'that stung.')
    assert [(q.source.text, q.content.text) for q in quotes] == [
        ("Another critic, Laurence Pell", 'the rules to "burning the constitution"')]


def test_a_statement_hung_on_the_addressee_stays(attribute):
    quotes, _ = attribute("The fishermen told authorities they had left in another boat after dropping them off.")
    assert [(q.cue.text, q.content.text) for q in quotes] == [
        ("told", "authorities they had left in another boat after dropping them off")]


@pytest.mark.parametrize("text", [
    # the paper's own notices
    "Correction: An earlier version of this article incorrectly listed when the “Green Deal” was introduced. It was "
    "first proposed in 2019.",
    "Editor’s note: This story has been updated with comment from the ministry of finance.",
    "This story said the minister had resigned.",
    # only the person, paper or panel asked or told, or only the medium released
    "Anchor Dana Pell asked Mayor Varga on Wednesday.",
    "The reporter asked him a question.",
    "He told workers.",
    "Mayor Varga told the Fresno Ledger.",
    "Defense Secretary Dana Pell told a Senate panel Wednesday.",
    "The committee released a follow-up statement on Friday.",
    # a passive event: what was done to the subject, where, when or with what
    "Two injured fishermen were admitted to the harbour hospital overnight.",
    "The port director was deposed in a boardroom coup last spring.",
    "The warehouse fire was attacked with thick hoses from three sides.",
    "His escapades were featured in the documentary “Harbour Lights.”",
])
def test_no_statement_is_attributed(attribute, text):
    quotes, _ = attribute(text)
    assert quotes == []


def test_an_act_whose_object_holds_a_statement_gives_way_to_it(attribute):
    """"released a letter that says X": the letter says X; "released" reports nothing of its own."""
    quotes, entities = attribute("The former governor is a keen runner. He released a letter from his doctor on "
                                 "Friday that says he has “extraordinarily good health” for a 63-year-old.")
    assert [(q.cue.text, q.content.text) for q in quotes] == [
        ("says", "he has “extraordinarily good health” for a 63-year-old")]
    assert entities[quotes[0].speaker].name == "letter"


# (text, cue, where the one attribution's content starts; it runs to the end of the text)
ONE_ATTRIBUTION = {
    "a quotation after a colon is what the object announces": (
        'President Arvo is rolling out a new and more personal campaign message: "It\'s about me."',
        "rolling", '"It\'s about me."'),
    # the small model reads "Trump" (also a common noun) and the label both as oprd of "called"
    "an object and label both read as predicates are one content": (
        'The two men spent months lobbing pointed insults at one another. Pell called Trump a "pathological liar" '
        'who is "utterly amoral," a "serial philanderer," a "bully" and a "narcissist."',
        "called", "Trump a"),
    # the opening quote mark makes the parser hang "to “go ...”" on "tells" as a purpose clause
    "a quoted bid read as a purpose clause is the content": (
        "Arvo tells his supporters at a Dayton rally to “go to your place and vote” and then “go pick some "
        "other place and make sure it’s on the up and up.”",
        "tells", "his supporters"),
}


@pytest.mark.parametrize("name", list(ONE_ATTRIBUTION))
def test_one_attribution(attribute, name):
    text, cue, content_start = ONE_ATTRIBUTION[name]
    quotes, _ = attribute(text)
    assert [(q.cue.text, q.content.text) for q in quotes] == [(cue, text[text.index(content_start):])]


@pytest.mark.parametrize("text, expected", [
    ('As the Courier\'s Dana Pell puts it, "Senate leaders are unmoved."',
     ("the Courier's Dana Pell", "puts", '"Senate leaders are unmoved."')),
    ("The vote was a rout, as one aide put it.", ("one aide", "put", "The vote was a rout")),
    ("His degrees have not insulated him from being seen, as the Ledger put it in a long profile, “the operator.”",
     ("the Ledger", "put", "“the operator.”")),
])
def test_as_someone_put_it_frames_the_statement_not_it(attribute, text, expected):
    quotes, _ = attribute(text)
    assert [(q.source.text, q.cue.text, q.content.text) for q in quotes] == [expected]


def test_a_name_after_an_inverted_cue_read_as_a_clause_is_the_speaker():
    """'"...," said Dan Brock, who heads Correct the Record': the small model sometimes takes "Correct" for a
    verb, the speaker for its subject and the clause for what "said" reports (the parse is built by hand here,
    as the model gave it on a real sentence)."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newsdesk.extract.quote_speaker_parse import subject_of
    from newsdesk.extract.quote_content import content_of

    words = ['"', "Talks", "are", "over", ",", '"', "said", "Dan", "Brock", ",", "who", "heads", "Correct", "the",
             "Record", "."]
    heads = [6, 2, 6, 2, 6, 6, 6, 8, 12, 8, 11, 8, 6, 14, 12, 6]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "nsubj",
            "relcl", "ccomp", "det", "dobj", "punct"]
    tags = ["``", "NNS", "VBP", "RB", ",", "''", "VBD", "NNP", "NNP", ",", "WP", "VBZ", "VB", "DT", "NNP", "."]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags)
    said = doc[6]
    assert subject_of(said).text == "Brock"
    assert content_of(said)[0] == (1, 4)


def test_a_question_put_to_the_speaker_does_not_take_the_answer(attribute):
    quotes, _ = attribute("Asked if he thought the email went beyond where the focus of the campaign would be, Devine "
                          "responded: “I guess so.”")
    assert [(q.cue.text, q.content.text) for q in quotes] == [
        ("Asked", "if he thought the email went beyond where the focus of the campaign would be"),
        ("responded", "“I guess so.”")]


@pytest.mark.parametrize("text, cue, content", [
    ('Mayor Dahl reportedly said, "You tell me."', "said", '"You tell me."'),
    ("Police said the gunmen, who had reportedly fled across the border, were caught on Monday.", "said",
     "the gunmen, who had reportedly fled across the border, were caught on Monday"),
])
def test_reportedly_inside_an_attribution_leaves_it_to_the_verb(attribute, text, cue, content):
    quotes, _ = attribute(text)
    assert [(q.cue.text, q.content.text) for q in quotes] == [(cue, content)]


def test_a_question_put_to_the_speaker_read_as_the_cues_clause_gives_way_to_the_quotation():
    """'Asked if it appeared he was encouraging violence, Ostrow replied, "Maybe so."': the small model sometimes
    hangs the question's inner clause on the cue as what was replied (the parse is built by hand, as the model
    gave it on a real sentence)."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newsdesk.extract.quote_cues import candidates

    words = ["Asked", "if", "it", "appeared", "he", "was", "encouraging", "violence", ",", "Ostrow", "replied", ",",
             "“", "Maybe", "so", ".", "”"]
    heads = [6, 3, 3, 0, 6, 6, 10, 6, 10, 10, 10, 10, 14, 14, 10, 10, 10]
    deps = ["advcl", "mark", "nsubj", "ccomp", "nsubj", "aux", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct",
            "punct", "advmod", "advmod", "punct", "punct"]
    tags = ["VBN", "IN", "PRP", "VBD", "PRP", "VBD", "VBG", "NN", ",", "NNP", "VBD", ",", "``", "RB", "RB", ".", "''"]
    pos = ["VERB", "SCONJ", "PRON", "VERB", "PRON", "AUX", "VERB", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT",
           "PUNCT", "ADV", "ADV", "PUNCT", "PUNCT"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    replied = next(c for c in candidates(doc, [(12, 17)]) if c.verb == 10)
    assert (replied.ctype, replied.content) == ("quote", (12, 17))


def test_a_split_quote_runs_on_past_a_named_show_in_its_cue_clause(attribute):
    text = ("“He is absolutely right. There is a disconnect,” Ruiz, a top party surrogate, said Thursday morning on "
            "the network’s “Fox and Friends.” “I mean, there is a lot of frustration within the ranks.”")
    quotes, _ = attribute(text)
    assert [q.content.text for q in quotes] == [text]


def test_a_name_whose_description_the_parser_read_as_a_clause_before_the_cue_speaks():
    # "Dana Lind, director of a union that busies members, also said ...", parsed as in PolNeAR's train split:
    # the name hangs on the relative clause's verb, made a complement before "said"
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newsdesk.extract.quote_speaker_parse import subject_of

    words = ["Dana", "Lind", ",", "director", "of", "a", "union", "that", "busies", "members", ",", "also", "said",
             "her", "group", "would", "march", "."]
    heads = [1, 8, 1, 1, 3, 6, 4, 8, 12, 8, 12, 12, 12, 14, 16, 16, 12, 12]
    deps = ["compound", "nsubj", "punct", "appos", "prep", "det", "pobj", "nsubj", "ccomp", "dobj", "punct",
            "advmod", "ROOT", "poss", "nsubj", "aux", "ccomp", "punct"]
    tags = ["NNP", "NNP", ",", "NN", "IN", "DT", "NN", "WDT", "VBZ", "NNS", ",", "RB", "VBD", "PRP$", "NN", "MD", "VB",
            "."]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PRON", "VERB", "NOUN", "PUNCT", "ADV", "VERB",
           "PRON", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert subject_of(doc[12]).text == "Lind"


def test_a_name_opening_the_paragraph_after_a_headline_run_into_it_speaks():
    # "Pell Says Harbour Closes / Tom Pell said he would close it.", parsed as one sentence with the name hung on
    # the headline: the subject found lies before the paragraph break, so the paragraph's opening name speaks
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newsdesk.extract.quote_cues import candidates

    words = ["Pell", "Says", "Harbour", "Closes", "\n\n", "Tom", "Pell", "said", "he", "would", "close", "it", "."]
    spaces = [True, True, True, False, False, True, True, True, True, True, True, False, False]
    heads = [1, 1, 3, 1, 3, 6, 2, 1, 10, 10, 7, 10, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "dep", "compound", "appos", "ccomp", "nsubj", "aux", "ccomp", "dobj",
            "punct"]
    tags = ["NNP", "VBZ", "NNP", "VBZ", "_SP", "NNP", "NNP", "VBD", "PRP", "MD", "VB", "PRP", "."]
    pos = ["PROPN", "VERB", "PROPN", "VERB", "SPACE", "PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "PRON", "PUNCT"]
    lemmas = ["Pell", "say", "Harbour", "close", "\n\n", "Tom", "Pell", "say", "he", "would", "close", "it", "."]
    doc = Doc(English().vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert [c.source for c in candidates(doc) if c.verb == 7] == [(5, 7)]


def test_a_statement_from_a_named_body_is_that_body_speaking(attribute):
    """"citing a statement from the Revolutionary Guards" ... "the statement said": the Guards speak through their
    statement both times; "reports from Dubai" are no speech of Dubai's."""
    quotes, entities = attribute(
        'Iranian state television, citing a statement from the Revolutionary Guards, said the tanker had been '
        'detained for smuggling fuel. "The vessel ignored repeated warnings," the statement said. Reports from '
        'Dubai said the crew were safe.')
    assert [(_name(entities, q.speaker), [_name(entities, v) for v in q.via]) for q in quotes] == [
        ("Revolutionary Guards", ["Iranian state television"]), ("Revolutionary Guards", []),
        ("Reports from Dubai", [])]


@pytest.mark.parametrize("text", [
    "Police fired tear gas and live rounds at the protesters, according to the rights group.",
    "Troops launched missiles at the town overnight, officials said.",
])
def test_what_is_fired_or_launched_reports_nothing(attribute, text):
    quotes, _ = attribute(text)
    assert [q.cue.text for q in quotes] in (["according to"], ["said"])


def test_the_object_of_forced_does_what_the_infinitive_says(attribute):
    """"Critics forced the minister to admit that he had lied": the minister admits it, not the critics."""
    quotes, _ = attribute("Critics forced the minister to admit that he had lied to parliament.")
    assert [(q.source.text, q.cue.text, q.content.text) for q in quotes] == [
        ("the minister", "admit", "that he had lied to parliament")]


def test_what_went_on_as_it_was_said_is_not_the_statement(attribute):
    """"X, two officials said on Monday, as negotiators met in Cairo": the "as" clause is the writer's, and the
    cue never ends up inside its own content."""
    quotes, _ = attribute("Qatar has been mediating between Hamas and Israel, two officials said on Monday, as "
                          "negotiators met in Cairo for a second day.")
    assert [(q.source.text, q.cue.text, q.content.text) for q in quotes] == [
        ("two officials", "said", "Qatar has been mediating between Hamas and Israel")]


def test_a_participle_hung_on_the_reported_clause_speaks_for_the_reporter(attribute):
    """"Hamas denied that the talks had stalled, saying ...": the talks say nothing; Hamas says it."""
    quotes, entities = attribute("Hamas denied that the talks had stalled, saying in a statement that the mediators "
                                 "had presented new ideas.")
    assert [(_name(entities, q.speaker), q.cue.text) for q in quotes] == [("Hamas", "denied"), ("Hamas", "saying")]


def test_a_past_act_read_as_a_second_passive_is_not_reported(attribute):
    """"said the vote had been rigged and called supporters onto the streets": a passive takes no object, so
    "called" is the leaders' own act, not part of what they said."""
    quotes, _ = attribute("Opposition leaders said the vote had been rigged and called supporters onto the streets "
                          "of the capital.")
    assert [(q.cue.text, q.content.text) for q in quotes] == [("said", "the vote had been rigged")]


def test_a_participle_read_as_the_subject_after_an_inverted_cue_goes_on_from_it(attribute):
    """'"A," Kiedis said, mentioning the album is "B"': the parser made "mentioning" the subject of the clause
    after it, which then passed for what was said; the cue reports the quotation before its speaker, and the
    participle says the rest in the speaker's name."""
    quotes, entities = attribute('“We had written two dozen songs before we met the producer,” Mara Quint said, '
                                 'mentioning the long-awaited album is “in the home stretch.”')
    assert [(q.kind, _name(entities, q.speaker), q.cue.text, q.content.text) for q in quotes] == [
        ("direct", "Mara Quint", "said", "“We had written two dozen songs before we met the producer,”"),
        ("mixed", "Mara Quint", "mentioning", "the long-awaited album is “in the home stretch.”")]


def test_a_speech_participle_timed_after_a_report_speaks_for_the_reporter(attribute):
    """"said X on Twitter before claiming that Y": the reporter claims Y (the parser hung "before claiming" on
    the reported clause, whose subject is a ruling), and what was said ends before it."""
    quotes, entities = attribute('Lopez said the court ruling has "kept the river clean" on Twitter before claiming '
                                 'that the dam is "a disaster for farmers."')
    assert [(q.kind, _name(entities, q.speaker), q.cue.text, q.content.text) for q in quotes] == [
        ("mixed", "Lopez", "said", 'the court ruling has "kept the river clean" on Twitter'),
        ("mixed", "Lopez", "claiming", 'that the dam is "a disaster for farmers."')]


def test_a_cry_after_a_quotation_the_parser_set_apart_is_its_cue(attribute):
    """'"The state!" the audience screamed back': a closing "!" or "?" makes the parser start a sentence at the
    speaker; the quotation before is still what was cried."""
    quotes, entities = attribute('The governor had a question for the crowd. "Who is going to pay for the bridge?" '
                                 '"The state!" the audience screamed back.')
    assert [(q.kind, _name(entities, q.speaker), q.cue.text, q.content.text) for q in quotes] == [
        ("direct", "audience", "screamed", '"The state!"')]


def test_the_occasion_of_a_cue_is_not_what_was_said(attribute):
    """'"...!" some students chanted, two days after the arrests': the arrests are when, not what; the chant is
    the quotation."""
    quotes, entities = attribute('The crowd grew louder outside the court. "Free them now! Free them now!" some '
                                 'students chanted, two days after the arrests.')
    assert [(q.kind, _name(entities, q.speaker), q.cue.text, q.content.text) for q in quotes] == [
        ("direct", "students", "chanted", '"Free them now! Free them now!"')]


def test_a_roundup_item_names_its_speaker_after_a_dash(attribute):
    """A roundup item: "HEADLINE - Name: “...”": the name after the dash is quoted, not the speaker before."""
    quotes, entities = attribute(
        '"We will not sell the farm," Ann Hollis said on Monday.\n\n'
        "FARM POLLS WERE NOT WRONG, JUST EARLY - Maria Lopez: “The surveys missed the late swing to the challenger "
        "because they stopped calling voters a week before the vote.” [Ledger.]\n\n"
        "Prices held steady - More from Lopez: “The price of corn has not moved since the spring.” [Ledger.]")
    assert [(q.kind, q.source.text, q.content.text) for q in quotes] == [
        ("direct", "Ann Hollis", '"We will not sell the farm,"'),
        ("direct", "Maria Lopez", "“The surveys missed the late swing to the challenger because they stopped calling "
                                  "voters a week before the vote.”"),
        ("direct", "Lopez", "“The price of corn has not moved since the spring.”")]
    assert _name(entities, quotes[1].speaker) == "Maria Lopez"


def test_a_clause_before_a_labelling_cue_is_no_part_of_the_label(attribute):
    """"For that she drew his anger - he called her "weak"": the parser hung the clause before the dash on the
    cue, but what was said is the label put on her."""
    quotes, _ = attribute('Ruth Gale is a farmer from the valley. For that she drew the governor\'s anger - he '
                          'called her "weak" and said she had "zero support" in the valley.')
    assert [(q.kind, q.source.text, q.cue.text, q.content.text) for q in quotes] == [
        ("mixed", "he", "called", 'her "weak"'),
        ("mixed", "he", "said", 'she had "zero support" in the valley')]


def test_a_comma_inside_a_quoted_label_closes_no_cue_clause(attribute):
    """'Speaking to a host ..., Hale referred to Reed as "a bright, decent man"': the comma inside the quotation
    is no end of a cue set off in its sentence, so the sentence around the cue is not what was said."""
    quotes, entities = attribute('Speaking to a radio host on Monday in Fresno, which votes next week, Hale referred '
                                 'to Reed as “a bright, decent man” but described his plans as a “work in progress.”')
    assert [(q.kind, _name(entities, q.speaker), q.cue.text, q.content.text) for q in quotes] == [
        ("mixed", "Hale", "referred", "Reed as “a bright, decent man”"),
        ("mixed", "Hale", "described", "his plans as a “work in progress.”")]


def test_chants_of_a_quotation_are_what_was_cried(attribute):
    """"broke into chants of "..."": the noun of crying out is the cue and the quotation its content; the crowd
    that broke into them is the source, a possessor too, and nobody after a passive ("was met with chants"). A
    lone word cheered ("chants of "Bobby!"") states nothing."""
    quotes, _ = attribute('The crowd broke into spontaneous chants of "Lock the gates!" during the speech. The '
                          'governor was met with chants of "Shame! Shame!" when he arrived. Their chants of "Ted! '
                          'Ted!" were cut short when the results came in. The mayor was greeted with chants of '
                          '"Bobby!" at the fair.')
    assert [(q.kind, q.source.text if q.source else None, q.cue.text, q.content.text) for q in quotes] == [
        ("direct", "The crowd", "chants", '"Lock the gates!"'),
        ("direct", None, "chants", '"Shame! Shame!"'),
        ("direct", "Their", "chants", '"Ted! Ted!"')]


def test_a_speech_verb_in_a_clause_under_the_cue_keeps_its_own_object(attribute):
    """'"...?" he urged them, as he explained the plan': the plan is what was explained; the quotation is what he
    urged, not a second statement that takes it from the cue."""
    quotes, entities = attribute('Mayor Tom Reed faced a restless hall. "Just give me one more minute, please?" he '
                                 'urged them, as he explained the plan.')
    assert [(q.kind, _name(entities, q.speaker), q.cue.text, q.content.text) for q in quotes
            if '"' in q.content.text] == [("direct", "Tom Reed", "urged", '"Just give me one more minute, please?"')]


def test_a_quoted_show_in_the_cue_clause_does_not_part_a_split_quote(attribute):
    """'"A," Reed said on WKRN's "Morning Desk" on Sunday. "B."': the show's name is no quotation, so the two
    halves are one statement (PolNeAR scores its extent)."""
    quotes, entities = attribute('“Of course we are going to release the audit,” Tom Reed said during an interview '
                                 'on WKRN’s “Morning Desk” on Sunday. “The council has nothing to hide and the '
                                 'numbers are good.”')
    assert [(q.kind, _name(entities, q.speaker), q.content.text) for q in quotes] == [
        ("direct", "Tom Reed", "“Of course we are going to release the audit,” Tom Reed said during an interview on "
                               "WKRN’s “Morning Desk” on Sunday. “The council has nothing to hide and the numbers "
                               "are good.”")]


def test_a_quotation_right_after_a_statement_goes_on_with_it(attribute):
    """'said he had no idea how they would vote, "But I do know ..."': a quotation with no cue of its own that
    follows a statement with only a comma between goes on with that statement's sentence; after a full stop it
    is a direct quotation of its own, with the same speaker."""
    quotes, entities = attribute('Tom Reed said he had no idea how the men who were freed would vote, "But I do know '
                                 'that when they cast their ballot, they made an investment in the town where they '
                                 'live."\n\nThe mayor told the council she would not sell the water rights. "The river '
                                 'belongs to the people who farm along it and to their children and grandchildren."')
    assert [(q.kind, _name(entities, q.speaker), q.content.text) for q in quotes] == [
        ("mixed", "Tom Reed", 'he had no idea how the men who were freed would vote, "But I do know that when they '
                              'cast their ballot, they made an investment in the town where they live."'),
        ("indirect", "mayor", "she would not sell the water rights"),
        ("direct", "mayor", '"The river belongs to the people who farm along it and to their children and '
                            'grandchildren."')]


def test_a_participle_after_a_quoted_comma_or_a_raised_clause_speaks_for_the_reporter(attribute):
    """'said Reed "had a crazy policy," adding, "..."' (the comma closed inside the quotation) and 'said the mayor
    will have to choose soon, saying, "..."' (the participle hung on the infinitive): the reporter goes on."""
    quotes, entities = attribute('Ann Hale said Tom Reed “had a crazy policy on water which was maniacal,” adding, “He '
                                 'lost all of the farm vote.” Senator Ruth Gale said the mayor will have to choose '
                                 'soon, saying, “At some point, she is going to have to say where she stands.”')
    assert [(_name(entities, q.speaker), q.cue.text) for q in quotes] == [
        ("Ann Hale", "said"), ("Ann Hale", "adding"), ("Ruth Gale", "said"), ("Ruth Gale", "saying")]


def test_a_subject_the_parser_hung_before_a_parenthesis_still_speaks(attribute):
    """The parser may hang a main verb's subject on the fronted phrase before it ("Speaking in Harlem, Reed, ...",
    Reed apposed to Harlem; on PolNeAR train also "After a day of tensions between two rivals, the speaker's office
    announced", the office a conjunct of "two"), leaving the verb with none: the noun phrase right before the
    verb, or before a parenthesis that ends at it, is its speaker."""
    quotes, entities = attribute("Speaking in Harlem, Reed, without naming him, also accused Lund of being a "
                                 "latecomer to the water fight.")
    assert [(q.cue.text, q.source.text if q.source else None, q.content.text) for q in quotes
            if q.cue.text == "accused"] == [("accused", "Reed", "Lund of being a latecomer to the water fight")]


def test_a_later_conjunct_shares_a_subject_the_parser_hung_before_a_parenthesis(attribute):
    """"After winning in Ely, Reed, the nominee, was bracing for defeat and hoping to ...": the parser hung Reed on
    the fronted phrase, and the second verb of the coordination inherits no subject from the first; the phrase
    recovered for the first is the second's speaker too."""
    quotes, entities = attribute("After winning only narrowly in Ely, Reed, the once-presumptive nominee, was bracing "
                                 "for defeat here and hoping to keep the damage from spilling over into the next towns.")
    assert [(q.source.text if q.source else None, q.content.text) for q in quotes if q.cue.text == "hoping"] == [
        ("Reed", "to keep the damage from spilling over into the next towns")]


def test_a_but_clause_of_its_own_after_a_backshifted_report_is_the_writers(analyze):
    """"said ... had won 54% of the vote, but the opposition refused to recognise the result": the refusal is the
    writer's narration, no part of the commission's statement, and the opposition's refusal comes through no one."""
    article = analyze("Vestia's election commission said on Sunday the ruling Unity party had won 54% of the vote in "
                      "Saturday's parliamentary election, but the four main opposition groups refused to recognise "
                      "the result and called for protests.", published="2024-10-28")
    said = [q for q in article.quotes if q.cue and q.cue.text == "said"]
    assert [q.content.text for q in said] == [
        "the ruling Unity party had won 54% of the vote in Saturday's parliamentary election"]
    assert all(not q.via for q in article.quotes if q.cue and q.cue.text == "refused")


def test_a_munition_is_no_speaker(analyze):
    art = analyze('Pakistan protested a day after Indian missiles struck what New Delhi called "terrorist '
                  'infrastructure" in nine sites.', published="2025-05-08")
    assert [q.source.text for q in art.quotes if "missiles" in q.source.text] == []


def test_a_speaker_the_parser_hung_on_the_last_place_is_the_speaker(analyze):
    """"... in the town of Balakliia, regional governor Oleh Syniehubov said": the parser makes the governor an
    apposition to Balakliia and leaves "said" with no subject."""
    art = analyze("A 14-year-old girl was killed in the town of Balakliia, regional governor Oleh Syniehubov said on "
                  "Telegram.", published="2025-08-03")
    assert [(q.source.text, q.content.text) for q in art.quotes] == [
        ("regional governor Oleh Syniehubov", "A 14-year-old girl was killed in the town of Balakliia")]


@pytest.mark.parametrize("cue", ["said", "told the Wire on Friday"])
def test_another_speakers_report_after_a_parenthetical_cue_is_theirs_alone(analyze, cue):
    """"X, two officials said, but Hamas said Y": Hamas said Y on its own, not through the officials, and X is all
    the officials said."""
    art = analyze(f"Negotiators are close to a deal, two officials {cue}, but Hamas said no agreement had been "
                  "reached.", published="2025-01-10")
    names = {e.id: e.name for e in art.entities}
    assert [(q.content.text, names.get(q.speaker), [names.get(v) for v in q.via]) for q in art.quotes] == [
        ("Negotiators are close to a deal", "two officials", []), ("no agreement had been reached", "Hamas", [])]
