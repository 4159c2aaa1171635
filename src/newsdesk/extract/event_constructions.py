"""Constructions whose event type the words around the trigger decide, whatever the classifier says.

Each is a codebook distinction that a verb alone does not carry and that the small training set
shows too rarely for the classifier to learn:

* **Demands reported or named.** "X reiterated that Libya must hand over the suspects" (an
  obligation put on a named party in a report), "reiterated its demand that Israel ease the
  restrictions" (the clause of a demand noun), "issued a declaration demanding that ..." (an
  object that demands): the demand (PLOVER REQUEST, CAMEO 10), not the act demanded.
* **Protests called off.** "called off the strike", "ended their hunger strike": easing dissent
  (CAMEO 082, CONCEDE), not a protest.
* **Alerts.** "troops remained on alert", "put the army on high alert": a show of readiness
  (CAMEO 151/152, MOBILIZE).
* **Orders to stop.** "ordered the newspaper to suspend publication": coercion of the addressee
  (PLOVER COERCE, censor), not the addressee's concession.
* **Groups forced out.** "forced the UN refugee agency out of the country": an expulsion of an organisation
  or a mission (CAMEO 166, SANCTION; individuals deported are COERCE, 174).
* **Protests prevented, passage blocked.** "police prevented the demonstration", "barred students from
  marching": a restriction of political freedoms (COERCE); "young men blocked the roads into the city" (no
  force or state as the subject): obstruction, a form of protest (CAMEO 144, PROTEST).
* **Grants denied, apologies.** "denied the land allocation", "refused entry visas": a refusal (REJECT), not a
  denial of a charge (CAMEO 016) or a threat; "apologized to X": CAMEO 055 (SUPPORT), which the classifier,
  short of examples, reads as other things.
* **Preparations for force.** "the army prepared to resume shelling": a military move short of
  force (MOBILIZE); "is prepared to attack" (willing) stays the intent rules' threat.
"""
from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Token

from newsdesk.extract.event_features import OBLIGATION_MODALS, Predicate, lexicon_codes

# nouns that name a demand or an appeal: their clause is what is demanded
# (not "ultimatum": an ultimatum threatens, CAMEO 139)
DEMAND_NOUNS = frozenset("demand demands call calls appeal appeals request requests plea pleas".split())
# verbs that restate or deliver a demand (not "rejected the demand", "met their demands"; "issued a plea to X to
# talk" is the statement ConfliBERT's coders see in it)
RESTATING_VERBS = frozenset("renew reiterate repeat reaffirm restate press submit present deliver lodge".split())
# verbs that put out a message, whose demanding object makes the act a demand
ISSUING_VERBS = frozenset("issue release publish send deliver submit present adopt pass sign circulate".split())
# verbs that stop what they govern ("call" only with "off")
ENDING_VERBS = frozenset(("end", "halt", "cancel", "abandon", "stop", "suspend", "cease", "call"))
PROTEST_NOUNS = frozenset("strike strikes protest protests boycott boycotts demonstration demonstrations rally "
                          "rallies march marches sit-in walkout blockade hunger".split())
ALERT_NOUNS = frozenset(("alert", "standby"))
# an order is no appeal: "ordered the newspaper to suspend publication" is coercion (PLOVER's own example)
ORDER_VERBS = frozenset(("order", "command", "instruct", "direct", "force", "compel"))
# what an authority orders someone to stop doing: close, suspend, halt
STOP_VERBS = frozenset(("suspend", "stop", "halt", "close", "shut", "cease", "end", "quit"))
# an order to one's own forces is a move of one's own, not coercion
FORCE_NOUNS = frozenset("troop troops force forces army military soldier soldiers unit units police policeman "
                        "policemen officer officers militia commander commanders".split())
FORCE_ROOTS = frozenset(("18", "19", "20"))
# verbs that, with "out", put someone out of a place
OUSTING_VERBS = frozenset(("force", "drive", "kick", "throw", "push", "order"))
# the groups and envoys whose expulsion reduces relations (SANCTION), not individuals (COERCE)
GROUP_NOUNS = frozenset("agency agencies mission missions observer observers monitor monitors inspector inspectors "
                        "diplomat diplomats ambassador envoy embassy staff organisation organization ngo ngos "
                        "peacekeeper peacekeepers delegation".split())


# verbs that keep a protest from happening (not "stop" or "end", which protesters do to their own protest)
PREVENTING_VERBS = frozenset(("prevent", "forbid", "prohibit", "bar", "outlaw", "thwart", "foil"))
# what protesters do, as the "from" gerund of a preventing verb ("barred students from marching")
PROTEST_VERBS = frozenset(("march", "protest", "rally", "demonstrate", "gather", "strike", "assemble"))
# the ways whose blocking is an obstruction of passage
# (not "access": "blocked access to news websites" is censorship)
PASSAGE_NOUNS = frozenset("road roads highway highways street streets traffic transport bridge bridges railway "
                          "railways route routes junction junctions".split())
STATE_NOUNS = FORCE_NOUNS | frozenset(("authority", "authorities", "government", "military", "navy", "regime"))
# what an authority grants: denying it is a refusal
GRANT_NOUNS = frozenset("permission permit permits access visa visas entry request requests application "
                        "applications allocation approval licence license licences licenses passage asylum "
                        "landing".split())
APOLOGY_VERBS = frozenset(("apologize", "apologise"))


def construction_class(pred: Predicate, classes: Sequence[str]) -> Optional[str]:
    """Return the class a construction around the predicate decides, or None to leave the decision as it is."""
    if pred.negated:
        return None
    demand = demand_noun_root(pred)
    if demand is not None and f"{demand}:REQUEST" in classes:
        return f"{demand}:REQUEST"
    for rule, cls in ((demanded_by_report, "10:REQUEST"), (calls_off_protest, "08:CONCEDE"),
                      (on_alert, "15:MOBILIZE"), (orders_a_stop, "17:COERCE"), (prepares_force, "15:MOBILIZE"),
                      (forces_group_out, "16:SANCTION"), (prevents_protest, "17:COERCE"),
                      (obstructs_passage, "14:PROTEST"), (denies_a_grant, "12:REJECT"), (apologizes, "05:SUPPORT")):
        if cls in classes and rule(pred):
            return cls
    return None


def _subject(tok: Token) -> Optional[Token]:
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def demanded_by_report(pred: Predicate) -> bool:
    """Return True for an obligation a reporter puts on a named party: "said that Libya must hand over X"."""
    # (not a passive: "said Ankara should be praised" puts no demand on Ankara)
    if pred.reporter is None or pred.modal not in OBLIGATION_MODALS or pred.passive or not lexicon_codes(pred.head):
        return False
    subj = _subject(pred.chain[0])
    # (a name, not a pronoun: "said it must respond" is the speaker's own resolve)
    return subj is not None and subj.pos_ == "PROPN" and subj.lower_ != pred.reporter.lower_


def demand_noun_root(pred: Predicate) -> Optional[str]:
    """Return the CAMEO root (02 appeal, 10 demand) of a demand made or restated ("renewed its call that ..."), of
    the clause of a demand noun ("its demand that Israel ease ...") or of a trigger whose object demands ("issued a
    declaration demanding that ..."; "issued a statement calling on X to ...", an appeal, stays the statement
    ConfliBERT's coders see in it); None for anything else."""
    top = pred.chain[0]
    nouns = []
    if top.lemma_.lower() in RESTATING_VERBS:
        nouns = [c for c in top.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DEMAND_NOUNS]
    if not nouns and top.dep_ == "ccomp":
        nouns = [c for c in top.head.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DEMAND_NOUNS
                 and c.i < top.i]
    if nouns:
        return "10" if nouns[0].lemma_.lower() == "demand" else "02"
    if pred.head.lemma_.lower() not in ISSUING_VERBS:
        return None  # ("suspended protests demanding a referendum": the protests demand, not the act)
    demanding = any(c.dep_ in ("dobj", "obj") and any(
        a.dep_ == "acl" and a.tag_ == "VBG" and any(code[:2] == "10" for _, code in lexicon_codes(a))
        for a in c.children) for c in pred.head.children)
    return "10" if demanding else None


def _by_the_state(pred: Predicate) -> bool:
    """Return True when the subject is a force or the state ("police", "Norland troops", "the government")."""
    subj = _subject(pred.chain[0])
    return subj is not None and (subj.lemma_.lower() in STATE_NOUNS or subj.lower_ in STATE_NOUNS)


def calls_off_protest(pred: Predicate) -> bool:
    """Return True for a protest called off: "called off the four-day strike", "ended their hunger strike"."""
    verb = pred.head
    lemma = verb.lemma_.lower()
    if lemma not in ENDING_VERBS or len(pred.chain) > 1:  # ("agreed to call off the protest": the agreement)
        return False
    if lemma == "call" and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "off" for c in verb.children):
        return False
    if _by_the_state(pred):
        return False  # "police stopped the protest": the protest prevented (prevents_protest)
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and (
        c.lemma_.lower() in PROTEST_NOUNS or any(m.dep_ == "compound" and m.lemma_.lower() in PROTEST_NOUNS
                                                 for m in c.children))
        for c in verb.children)


def on_alert(pred: Predicate) -> bool:
    """Return True for forces kept or put on alert: "remained on alert", "placed the army on high alert"."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "at") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ALERT_NOUNS for g in c.children)
        for t in pred.chain for c in t.children)


def orders_a_stop(pred: Predicate) -> bool:
    """Return True for an authority ordering someone else to stop: "ordered the newspaper to suspend publication"."""
    if len(pred.chain) < 2 or pred.chain[0].lemma_.lower() not in ORDER_VERBS:
        return False
    if not any(t.lemma_.lower() in STOP_VERBS for t in pred.chain[1:]):  # ("to stop airing the programme")
        return False
    addressee = next((c for c in pred.chain[0].children if c.dep_ in ("dobj", "obj", "dative")), None)
    return addressee is not None and addressee.lemma_.lower() not in FORCE_NOUNS


def prepares_force(pred: Predicate) -> bool:
    """Return True for forces getting ready to use force: "prepared to resume shelling", "are preparing to attack"
    ("is prepared to", an adjective, is a willingness: left to the intent rules)."""
    top = pred.chain[0]
    if len(pred.chain) < 2 or top.lemma_.lower() != "prepare" or top.pos_ != "VERB" or top.tag_ == "VBN":
        return False
    return any(code[:2] in FORCE_ROOTS for _, code in lexicon_codes(pred.head))


def forces_group_out(pred: Predicate) -> bool:
    """Return True for an organisation or a mission forced out: "forced the UN refugee agency out of the country",
    "drove the observers out"."""
    verb = pred.head
    if verb.lemma_.lower() not in OUSTING_VERBS or not any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in GROUP_NOUNS for c in verb.children)


def prevents_protest(pred: Predicate) -> bool:
    """Return True for a protest kept from happening: "prevented the demonstration", "barred students from
    marching", "police stopped the march"."""
    verb = pred.head
    # ("pressured the workers to cancel the strike" is the pressure, an appeal)
    stopped_by_state = verb.lemma_.lower() in (ENDING_VERBS - {"call"}) | {"block"} and _by_the_state(pred)
    if verb.lemma_.lower() not in PREVENTING_VERBS and not (stopped_by_state and len(pred.chain) == 1):
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in PROTEST_NOUNS - {"blockade", "hunger"}:
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(
                g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in PROTEST_VERBS for g in c.children):
            return True
    return False


def obstructs_passage(pred: Predicate) -> bool:
    """Return True for roads blocked by people who are neither forces nor the state ("young men blocked the
    roads into the city"; "troops blocked the roads" is a blockade, left to the classifier)."""
    verb = pred.head
    if verb.lemma_.lower() not in ("block", "barricade", "obstruct") or pred.passive or len(pred.chain) > 1:
        return False
    if _subject(pred.chain[0]) is None or _by_the_state(pred):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PASSAGE_NOUNS for c in verb.children)


def denies_a_grant(pred: Predicate) -> bool:
    """Return True for a grant refused: "denied the land allocation", "refused them entry"."""
    verb = pred.head  # ("threatened to deny them access": the threat)
    return len(pred.chain) == 1 and verb.lemma_.lower() in ("deny", "refuse") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in GRANT_NOUNS for c in verb.children)


def apologizes(pred: Predicate) -> bool:
    """Return True for an apology made ("apologized to Brazil"; "refused to apologize" is the refusal)."""
    return len(pred.chain) == 1 and pred.head.lemma_.lower() in APOLOGY_VERBS
