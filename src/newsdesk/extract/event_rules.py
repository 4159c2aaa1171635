"""Rules applied on top of the event-type classifier (shared by runtime and training script).

Decisions the small training set cannot learn reliably:

* **Intent.** PLOVER and CAMEO code a *future or intended* action by its intent:
  "will support the resolution", "is prepared to lift the ban" -> AGREE (CAMEO 03);
  "will impose new sanctions", "said they would attack" -> THREATEN (CAMEO 13);
  "Libya must hand over the suspects" (reported) -> REQUEST (CAMEO 10); "agreed to a
  ceasefire" -> AGREE. Where the classifier only sees a statement (CAMEO 01) the verb
  lexicon decides: "said they would attack" -> THREATEN, "said it would not attack" ->
  ASSAULT with ``negated`` set. Other negated predicates are left to the classifier.
* **Objects.** A meeting noun as the object makes a consultation ("held secret contacts
  with X" -> CONSULT) and an object the CAMEO dictionaries code 16 makes a sanction
  ("imposed sanctions on X", "cut ties with Y", "halted aid to Z"; THREATEN when intended),
  whatever else the sentence suggests to the classifier.
* **Schedules.** "are scheduled / due to meet" is never a refusal: a REJECT there
  defers to the verb lexicon.
* **Appeals and welcomes.** "called on X to investigate" is the appeal (CAMEO 02/10),
  not the deed asked for, unless the classifier saw a statement or a cooperative act;
  an order stays coercion. "welcomed the ruling" is praise (051), "welcomed the
  delegation" the visit hosted.
* **Non-triggers.** A copula or an auxiliary ("is", "was", "'s", "had" as a tense marker)
  is never an event trigger, and a public statement (CAMEO 01) needs a statement verb
  (the lexicon's 01x verbs, the reporting verbs, STATEMENT_VERBS, or a verb whose object
  is a message: "sent a condolence message"): "look", "got", "win" code nothing. Under a reporting verb ("said it is skeptical", "claimed they had
  attacked" coded 01) the statement is the reporting verb's, which becomes the trigger.

(Letting the verb lexicon override an unsure classifier was tried and lowered the
ConfliBERT cross-validated accuracy at every threshold tried (.878 -> .866 at 0.25);
the lexicon stays a feature of the classifier only.)
"""
from __future__ import annotations

from typing import Sequence

from newsdesk.extract.event_codes import NONE_CLASS, plover_of
from newsdesk.extract.event_comment import no_comment, sought_for_comment
from newsdesk.extract.event_constructions import ORDER_VERBS, construction_class
from newsdesk.extract.event_features import (
    INTENT_MODALS, OBLIGATION_MODALS, REPORTING, SCHEDULE_WORDS, Predicate, lexicon_codes, names_no_event,
)
from newsdesk.extract.event_talks import _travels_for_talks, asks_for_talks, declines_to_talk, phoned
from newsdesk.extract.quote_lexicon import plea_stance
from newsdesk.extract.speakers import person_noun

# governing words that turn their complement into an intention ("plans to", "is ready to")
INTENT_HEADS = frozenset(
    "prepare prepared ready plan intend promise vow pledge decide swear willing poise agree offer commit threaten".split()
)
# the classifier is unsure and a class of the verb lexicon's root is almost as likely as its best
TIE_PROB = 0.3
TIE_RATIO = 0.8
# statement verbs the lexicon does not code 01x: reporting, describing and opinion verbs
# ("hop" is the small model's lemma of "hoped")
STATEMENT_VERBS = frozenset(
    "describe call suggest argue predict reply respond answer testify disclose reveal publish pledge vow "
    "assure promise indicate signal propose recommend urge appeal think believe expect feel hop "
    "suspect doubt question criticise criticize praise thank congratulate condemn "
    "ask seek request demand plead petition lobby push press want wish".split()
)
# a verb whose object is a message is a verbal act ("sent a condolence message", "issued a plea",
# "launched an appeal", "filed petitions", "led a ceremony")
MESSAGE_NOUNS = frozenset(
    "statement message letter note condolence condolences sympathy sympathies appeal plea report petition "
    "request call warning communique declaration bid complaint ceremony tribute greeting greetings "
    "congratulation congratulations apology proposal remark remarks comment comments".split()
)
COPULAS = frozenset(("be",))
# verbs that are copulas before an adjective
STATE_VERBS = frozenset(("stay", "remain", "become", "seem", "appear", "look", "feel"))
LIGHT_VERBS = frozenset(("have",))
# what one stays or remains in: "stay in office", "remain in power", "remains in custody"
HELD_STATES = frozenset(("office", "power", "post", "charge", "place", "custody", "detention", "hospital", "control"))
COOPERATIVE_ROOTS = frozenset(("04", "05", "06", "07", "08"))
CONFLICT_ROOTS = frozenset(("14", "15", "16", "17", "18", "19", "20"))


def _pleads_in_court(verb) -> bool:
    """Return True for a plea to a charge: "pleaded not guilty", "pleads guilty", "pleaded no contest"."""
    end = verb.idx + len(verb.text)
    return verb.lemma_.lower() == "plead" and plea_stance(verb.doc.text[end:end + 12]) is not None


def _joint(verb) -> bool:
    """Return True for an act done with another party: "joint exercises", "drills with the US navy"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(m.lower_ in ("joint", "combined", "bilateral", "trilateral", "multinational")
               for o in objs for m in o.children) or any(
        c.dep_ == "prep" and c.lower_ in ("with", "alongside") for t in [verb, *objs] for c in t.children)


# answering force with force: promised or conditional, a threat ("will respond to any attack")
RETALIATION_VERBS = frozenset({"retaliate", "avenge"})
# "respond" retaliates only by force or to force ("will respond to allegations" answers them)
FORCEFUL_MANNERS = frozenset("forcefully militarily decisively firmly harshly severely strongly swiftly "
                             "forcibly resolutely".split())
HOSTILE_ACTS = frozenset("attack attacks aggression violation violations provocation provocations strike strikes "
                         "escalation incursion incursions threat threats".split())


def _retaliates(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in RETALIATION_VERBS:
        return True
    if lemma == "respond" and any(t.lower_ == "choosing" for t in verb.subtree):
        return True  # "would respond at a time and place of its choosing": the idiom of armed reprisal
    return lemma == "respond" and any(
        c.dep_ == "advmod" and c.lower_ in FORCEFUL_MANNERS
        or c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ in HOSTILE_ACTS for o in c.children)
        for c in verb.children)


def intends(pred: Predicate) -> bool:
    """Return True for a future or intended act: "will support", "is prepared to lift", "vowed to attack"."""
    if pred.negated or pred.conditional and not pred.future:
        return False
    if pred.future or pred.modal in INTENT_MODALS:
        return True
    for t in pred.chain[:-1]:
        if t.lemma_.lower() in INTENT_HEADS:
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in INTENT_HEADS for c in t.children):
            return True
    return False


# states of mind: what one knows, wants or believes is no act (a statement of it is the reporting verb's)
# ("want" stays out: "Labor wants an inquiry" is a demand)
MENTAL_VERBS = frozenset("care know expect think believe feel mind remember forget understand like need deserve "
                         "wish doubt prefer".split())


# penalties imposed by an authority: CAMEO's administrative sanctions (172), whatever else the sentence says
# ("fin" is the small model's lemma of "fined")
PENALTY_VERBS = frozenset(("fine", "fin", "penalise", "penalize"))


# flight: people leaving a danger act on no one (CAMEO codes none of it)
FLIGHT_VERBS = frozenset(("flee", "escape"))


# verbs that put an end to what they govern: "pledged to stop protesting", "to call off the strike" intend no protest
STOPPING_VERBS = frozenset(("stop", "end", "halt", "cease", "refrain", "avoid", "quit", "abandon", "suspend", "call"))


# verbs that make the act they govern decided, not merely intended: "agreed to extend sanctions"
DECISION_HEADS = frozenset(("agree", "decide", "vote", "approve"))


def _decided(pred: Predicate) -> bool:
    return any(t.lemma_.lower() in DECISION_HEADS for t in pred.chain[:-1]) and not pred.future and not pred.modal


def _unless(pred: Predicate) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for t in pred.chain for c in t.children)


def _agrees(pred: Predicate) -> bool:
    """Return True for "agreed to a ceasefire", "agreed upon a pact": agreement without a complement verb."""
    top = pred.chain[0]
    return len(pred.chain) == 1 and not pred.negated and top.lemma_.lower() == "agree" and any(
        c.dep_ == "prep" and c.lower_ in ("to", "upon", "on") for c in top.children)


def _takes_place(tok) -> bool:
    """Return True for "took place": the subject happened; the verb does nothing to anyone."""
    return tok.lemma_.lower() == "take" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ == "place" and not any(True for _ in c.children) for c in tok.children)


def is_copula(tok) -> bool:
    """Return True for a copula or auxiliary, which never triggers an event ("is", "'s", "had been", "took place").

    "have" as a main verb counts too unless the verb lexicon codes it with its object ("had talks").
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ == "AUX" or lemma in COPULAS or _takes_place(tok):
        return True
    if lemma in STATE_VERBS and any(c.dep_ == "acomp" for c in tok.children):
        return True  # "schools would stay closed", "the border remains shut": a state, not an act
    if lemma in STATE_VERBS and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in HELD_STATES for g in c.children) for c in tok.children):
        return True  # "would stay in office", "remains in custody": a state kept
    if lemma == "involve" and any(c.dep_ == "auxpass" for c in tok.children) and any(
            c.dep_ == "neg" for c in tok.children):
        return True  # "Washington was not involved in the strikes": no part taken, no act ("troops are involved in
        # stability tasks" stays the classifier's: ConfliBERT's coders count that as cooperation)
    return lemma in LIGHT_VERBS and not any(kind == "o" for kind, _ in lexicon_codes(tok))


def _statement_verb(tok) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in REPORTING or lemma in STATEMENT_VERBS:
        return True
    if any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MESSAGE_NOUNS for c in tok.children):
        return True
    return any(code[:2] == "01" for _, code in lexicon_codes(tok))


def states(pred: Predicate) -> bool:
    """Return True when the predicate has a statement verb, the only trigger of a CAMEO 01 event."""
    return any(_statement_verb(t) for t in pred.chain)


def decide(pred: Predicate, classes: Sequence[str], probs) -> tuple[str, float]:
    """Return the (class, confidence) for a predicate given the classifier's probabilities."""
    cls, p = _decide(pred, classes, probs)
    cls = construction_class(pred, classes) or cls  # demands, alerts, orders to stop (event_constructions)
    if cls == NONE_CLASS or not cls[:2].isdigit():
        return cls, p
    if is_copula(pred.head):
        # "X said it is skeptical": the statement itself, by the reporter; otherwise no event
        return ("01:", p) if pred.reporter is not None and "01:" in classes else (NONE_CLASS, p)
    if cls[:2] == "01" and not states(pred) and pred.reporter is None:
        return NONE_CLASS, p
    return cls, p


def statement_trigger(pred: Predicate, cls: str):
    """Return the reporting verb that triggers a CAMEO 01 statement whose complement has no statement verb.

    "officials said they are confident": the trigger is "said", not "are"; "is considering
    playing X": "considering"; None when the trigger itself is the statement verb.
    """
    if cls[:2] != "01" or (_statement_verb(pred.head) and not is_copula(pred.head)):
        return None
    # "is considering playing X": the statement verb of the chain ("considering")
    verb = next((t for t in reversed(pred.chain[:-1]) if _statement_verb(t)), None)
    if verb is None and pred.reporter is not None:
        verb = pred.reporter.head  # "officials said they are confident": "said"
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


# verbs that only ever charge someone: never the deed they charge them with
ACCUSING_VERBS = frozenset("accuse blame condemn denounce".split())


# deeds of force a death can happen in
ATTACK_NOUNS = frozenset("attack raid strike airstrike bombing shelling assault ambush explosion blast".split())


def _died_in_an_attack(verb) -> bool:
    """Return True for "died in a strike on a fuel depot", "were killed in an attack": a strike aimed "on" or
    "against" something is force, not a walkout."""
    if verb.lemma_.lower() not in ("die", "kill", "perish"):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("in", "during") and any(
        g.lemma_.lower() in ATTACK_NOUNS and (g.lemma_.lower() != "strike" or any(
            c.dep_ == "prep" and c.lower_ in ("on", "against") for c in g.children))
        for g in p.children if g.dep_ == "pobj") for p in verb.children)


def _decide(pred: Predicate, classes: Sequence[str], probs) -> tuple[str, float]:
    best = int(probs.argmax())
    cls, p = classes[best], float(probs[best])
    # what the verb lexicon says of the verb's object (one lookup for every rule below)
    if names_no_event(pred.head):
        return NONE_CLASS, p  # "the Alau dam gave way": no act
    if pred.head.lemma_.lower() in MENTAL_VERBS | FLIGHT_VERBS and len(pred.chain) == 1 and cls[:2] != "01":
        # "Bush does not care how long the campaign takes": a state of mind, no act ("expects that ..." may still
        # be the statement of it); "thousands of people fled toward Gisenyi": people moving, no act on anyone
        return NONE_CLASS, p
    if pred.head.lemma_.lower() == "displace" and pred.passive and not any(
            c.dep_ == "agent" for c in pred.head.children):
        return NONE_CLASS, p  # "10 million people have been displaced": people uprooted, by no one named
    if not pred.negated and pred.head.lemma_.lower() in PENALTY_VERBS and "17:COERCE" in classes:
        return "17:COERCE", p  # "the Commission fined Apple 1.8 billion euros": an administrative sanction (172)
    if not pred.negated and len(pred.chain) == 1 and cls[:2] in CONFLICT_ROOTS and "11:ACCUSE" in classes \
            and pred.head.lemma_.lower() in ACCUSING_VERBS:
        # "accused the army of shelling a market, killing 12": the charge, whatever deed the sentence tells
        return "11:ACCUSE", p
    if sought_for_comment(pred):
        return NONE_CLASS, p  # "officials could not be reached for comment": the reporter's try, no act
    if no_comment(pred) and "01:" in classes:
        return "01:", p  # "did not respond to a request for comment": declining comment (CAMEO 011), no refusal
    if _pleads_in_court(pred.head) and "01:" in classes:
        return "01:", p  # "pleaded not guilty to bribery charges": a statement in court, not an accusation
    obj_code = next((code for kind, code in lexicon_codes(pred.head, wide=True) if kind == "o"), None)
    obj_root = obj_code[:2] if obj_code else None
    if cls == NONE_CLASS and p < TIE_PROB and not pred.negated:
        # an unsure "no event" yields to an object that names the act: "rallies were held", "held talks", or
        # to talks at a distance: "spoke with X by telephone"
        by_object = {"14": "14:PROTEST", "04": "04:CONSULT"}.get(obj_root or "" if not phoned(pred.head) else "04")
        if by_object in classes:
            return by_object, float(probs[classes.index(by_object)])
    if cls == NONE_CLASS or not cls[:2].isdigit():
        return cls, p
    lex = next((code for _, code in lexicon_codes(pred.head)), None)
    if lex is not None and p < TIE_PROB and not pred.negated:
        # a near tie: the verb lexicon breaks it ("met ... to discuss the peace process": CONSULT)
        # ... to a class of the lexicon code's root or of its PLOVER type ("attack" 190 -> 18:ASSAULT too)
        lex_plover = plover_of(lex)[0]
        near = [i for i, c in enumerate(classes) if (c[:2] == lex[:2] or (lex_plover and c[3:] == lex_plover))
                and float(probs[i]) >= TIE_RATIO * p]
        if near:
            best = max(near, key=lambda i: float(probs[i]))
            cls, p = classes[best], float(probs[best])
    if not pred.negated and cls[:2] not in ("10", "02") and "10:REQUEST" in classes and any(
            kind in ("o", "p") and code[:2] == "10" for kind, code in lexicon_codes(pred.head)):
        # "insisted on the release of X", "called for a ceasefire": a demand by its verb and preposition
        return "10:REQUEST", p
    if cls[:2] == "14" and "18:ASSAULT" in classes and _died_in_an_attack(pred.head):
        return "18:ASSAULT", p  # "two people died in a strike on a fuel depot": an air strike, no walkout
    if not pred.negated and obj_root == "01" and cls[:2] != "01" and "01:" in classes:
        # "raised concerns", "denied any wrongdoing": a comment or a denial by its object (CAMEO 012, 016)
        return "01:", p
    if not pred.negated and obj_root == "12" and cls[:2] != "12" and "12:REJECT" in classes \
            and appeal_code(pred) is None:
        # "dismissed an appeal to lay down their arms", "rebuffed the offer": a refusal by what is refused
        # (asked of another, "urged Iran to reject the proposal", the appeal)
        return "12:REJECT", p
    if not pred.negated and obj_code == "116" and cls[:2] != "11" and "11:ACCUSE" in classes \
            and not _acquits(pred.head):
        # "a judge found her guilty of fraud": a verdict is CAMEO 116 (find guilty), not a sanction
        return "11:ACCUSE", p
    if not pred.negated and obj_root == "13" and cls[:2] != "13" and "13:THREATEN" in classes:
        # "is preparing a new package of sanctions", "gave an ultimatum": a threat by its object (CAMEO 1312, 139)
        return "13:THREATEN", p
    if not pred.negated and obj_root == "14" and cls[:2] != "14" and "14:PROTEST" in classes:
        # "rallies were held in Batumi", "staged a sit-in": a protest by its object, not an arrest ("held")
        return "14:PROTEST", p
    if not pred.negated and cls[:2] == "14" and "05:SUPPORT" in classes and any(
            kind == "p" and code[:2] == "05" for kind, code in lexicon_codes(pred.head)):
        # "rallied behind the prime minister": support for him (CAMEO 053), not a street rally
        return "05:SUPPORT", p
    if not pred.negated and cls[:2] == "04" and "05:SUPPORT" in classes and _welcomes_a_thing(pred.head):
        # "welcomed the ruling": praise (CAMEO 051); "welcomed the president" stays the visit hosted
        return "05:SUPPORT", p
    if not pred.negated and cls[:2] == "01" and "04:CONSULT" in classes and phoned(pred.head):
        # "spoke with his counterpart by telephone": a consultation (CAMEO 041), not a statement
        return "04:CONSULT", p
    if not pred.negated and obj_root == "03" and cls[:2] in ("05", "11", "12", "13") and "03:AGREE" in classes:
        # "would honour its commitments but warned that ...": keeping one's word, whatever the warning beside it;
        # "reaffirmed its commitment to defend X": an intent to cooperate, more than words of support
        return "03:AGREE", p
    if not pred.negated and cls[:2] in ("16", "17", "18", "19") and _troops_withdrawn(pred.head) \
            and "08:RETREAT" in classes:
        # "its troops had withdrawn to safer positions to spare civilians": a military retreat (CAMEO 087)
        return "08:RETREAT", p
    if not pred.negated and obj_root == "07" and cls[:2] == "08" and "07:AID" in classes:
        # "released $5 million from its emergency fund": money released is aid (CAMEO 071), not a prisoner freed
        return "07:AID", p
    if not pred.negated and cls[:2] != "04" and "04:CONSULT" in classes and _travels_for_talks(pred.head):
        # "negotiators return to Geneva for talks": going somewhere to meet is a consultation (CAMEO 04)
        return "04:CONSULT", p
    if not pred.negated and obj_root == "04" and cls[:2] != "04":
        # "held secret contacts with X", "will send a delegation to Y": a meeting noun or an
        # envoy as the object makes a consultation, whatever else the sentence suggests
        return "04:CONSULT", p
    if not pred.negated and obj_root == "16" and cls[:2] != "16" and "16:SANCTION" in classes \
            and (_decided(pred) or appeal_code(pred) is None):
        # "imposed sanctions on X", "cut diplomatic ties with Y", "halted economic aid": a sanction by its
        # object; announced for later it is a threat (asked of another, "urged the UN to renew sanctions", the appeal)
        return ("13:THREATEN" if intends(pred) and not _decided(pred) else "16:SANCTION"), p
    if not pred.negated and obj_root == "07" and (cls[:2] in ("13", "15") or cls[:2] == "01" and len(pred.chain) == 1):
        # "sent 14 tonnes of medical supplies", "would send rescue teams": aid by its object (CAMEO 07),
        # promised it is an intent to give aid (033), not a threat or a deployment ("is considering sending
        # aid" stays the statement: CAMEO 014, consider a policy option)
        return ("03:AGREE" if intends(pred) else f"07:{plover_of(obj_code)[0]}"), p
    if not pred.negated and obj_code in ("150", "154") and cls[:2] != "15" and "15:MOBILIZE" in classes \
            and not _joint(pred.head):
        # "began large-scale exercises around Taiwan": a show of force (150); "held joint drills with X" cooperates
        return "15:MOBILIZE", p
    if not pred.negated and obj_code == "033" and cls[:2] == "07" and "03:AGREE" in classes:
        # "promised $5 million in aid", "pledged assistance": aid promised is an intent to give it (033)
        return "03:AGREE", p
    if not pred.negated and obj_root == "19" and cls[:2] != "19":
        # "captured a village", "took control of the town": territory taken by its object (CAMEO 192)
        coded = f"19:{plover_of(obj_code)[0]}"
        if coded in classes:
            return ("13:THREATEN" if intends(pred) else coded), p
    if not pred.negated and obj_root == "18" and cls[:2] != "18":
        # "seized power", "took hostages": force by its object (CAMEO's dictionary: SEIZE * POWER 180)
        coded = f"18:{plover_of(obj_code)[0]}"
        if coded in classes:
            return ("13:THREATEN" if intends(pred) else coded), p
    if not pred.negated and obj_root == "17" and cls[:2] != "17":
        # "fired tear gas", "imposed a curfew": repression by its object (175 is ASSAULT in PLOVER's table)
        coded = f"17:{plover_of(obj_code)[0]}"
        if coded in classes:
            return ("13:THREATEN" if intends(pred) else coded), p
    if (intends(pred) or pred.modal) and not pred.negated and _retaliates(pred.head) and "13:THREATEN" in classes:
        # "Israel would respond forcefully to any violation", "vowed to retaliate": a threat (CAMEO 13)
        return "13:THREATEN", p
    if not pred.negated and orders_an_envoy_out(pred) and "16:SANCTION" in classes:
        # "ordered the French ambassador to leave the country": an expulsion (CAMEO 166, PLOVER SANCTION expel)
        return "16:SANCTION", p
    appeal = appeal_code(pred)
    if appeal is not None and not pred.negated and cls[:2] >= "09" and cls[:2] != "10" \
            and f"{appeal[:2]}:REQUEST" in classes:
        # "called on the two governments to investigate the killings": the appeal, not the deed asked for.
        # A statement stands ("urged both sides to show restraint": ConfliBERT's coders agree), and so does
        # a cooperative act asked for ("urged the EC to support the PLO" is SUPPORT in PLOVER's examples)
        return f"{appeal[:2]}:REQUEST", p
    if appeal is not None and not pred.negated and cls[:2] == "01" and asks_for_talks(pred) and "02:REQUEST" in classes:
        # "urged Pyongyang to return to dialogue": an appeal to negotiate (CAMEO 026), not a mere statement
        return "02:REQUEST", p
    if cls[:2] != "01" and "01:" in classes and not pred.negated and _warns_of_a_danger(pred.head):
        # "aid agencies warned that Darfur could face famine": a warning of a danger no one threatens (CAMEO 012),
        # whatever the danger's words ("could cut off the route for humanitarian supplies" is no aid)
        return "01:", p
    if not pred.negated and cls[:2] != "12" and "12:REJECT" in classes and any(
            kind == "p" and code[:2] == "12" for kind, code in lexicon_codes(pred.head)):
        # "ruled out new elections", "turned down the offer": a refusal by its verb and particle
        return "12:REJECT", p
    if cls[:2] in COOPERATIVE_ROOTS | {"03"} and "12:REJECT" in classes and not pred.negated \
            and pred.head.lemma_.lower() in AGREEING_VERBS and any(t.lemma_.lower() == "fail" for t in pred.chain[:-1]):
        # "failed to agree on an aid package", "failed to reach a deal": no cooperation (ConfliBERT's coders: 12)
        return "12:REJECT", p
    if pred.negated and cls[:2] != "12" and "12:REJECT" in classes and pred.head.lemma_.lower() in RECOGNIZING_VERBS:
        # "she would not recognise the result": a refusal (CAMEO 12), not a meeting or a recognition denied
        return "12:REJECT", p
    if len(pred.chain) > 1 and "01:" in classes and not pred.negated and any(
            t.lemma_.lower() in DELIBERATION_VERBS for t in pred.chain[:-1]):
        # "said it would consider joining the case": weighing an option is a statement (CAMEO 014), no act yet
        return "01:", p
    if "01:" in classes and (len(pred.chain) > 1 and _denies(pred.chain[0]) or _denies_a_deed(pred.head)):
        # "denied targeting civilians", "admitted shelling the town": the statement about the act, CAMEO 015/016
        return "01:", p
    root = cls[:2]
    demand = pred.modal in OBLIGATION_MODALS and pred.reporter is not None
    if pred.modal in OBLIGATION_MODALS and pred.reporter is None and root in ("02", "10"):
        return NONE_CLASS, p  # "the coalition must pass a budget by March": what it is bound to do, nobody's demand
    if _agrees(pred) and root not in CONFLICT_ROOTS and not demand:
        return "03:AGREE", p
    scheduled = any(t.lemma_.lower() in SCHEDULE_WORDS or any(
        c.dep_ in ("acomp", "advmod") and c.lemma_.lower() in SCHEDULE_WORDS for c in t.children)
        for t in pred.chain[:-1])
    lex_cls = f"{lex[:2]}:{plover_of(lex)[0]}" if lex is not None else None
    if lex_cls in classes and not pred.negated and scheduled and root == "12":
        return lex_cls, p  # "are scheduled to meet" is never a refusal
    if declines_to_yield(pred) and "12:REJECT" in classes:
        return "12:REJECT", p  # "would not give up territory it had annexed": declining to yield (CAMEO 124)
    if declines_to_talk(pred) and "12:REJECT" in classes:
        return "12:REJECT", p  # "Iran would not negotiate under pressure": rejecting talks (CAMEO 125)
    if lex_cls in classes and pred.negated and (pred.future or pred.modal) and root == "01":
        return lex_cls, p  # "said it would not attack": the negated action itself, not a bare statement
    if intends(pred):
        if _unless(pred):  # "will withdraw its force unless ...": a conditional intention is a threat
            return "13:THREATEN", p
        if root == "03" and any(code[:2] == "14" for _, code in lexicon_codes(pred.head)) and not any(
                t.lemma_.lower() in STOPPING_VERBS for t in pred.chain[:-1]):
            return "13:THREATEN", p  # "vowed to keep protesting": a threat of dissent (CAMEO 133), no agreement
        if root == "01" and lex is not None:  # "said they would attack": the statement defers to the lexicon
            root = lex[:2]
        if root in COOPERATIVE_ROOTS:
            return "03:AGREE", p
        if root in CONFLICT_ROOTS and root != "15":
            # (a deployment announced is still a deployment: "the army will deploy troops in the south")
            return "13:THREATEN", p
    elif demand and root in COOPERATIVE_ROOTS | {"03"}:
        return "10:REQUEST", p
    elif root == "03" and lex_cls in classes and lex[:2] == "04" and not pred.negated and not _meets_a_goal(pred.head):
        # "the ministers met in Brussels": an act done, not intended, is the act itself
        return lex_cls, p
    return cls, p


# verbs of weighing an option (CAMEO 014, consider policy option)
DELIBERATION_VERBS = frozenset(("consider", "weigh", "mull", "contemplate"))
# verbs of accepting something as valid: not doing so rejects it
RECOGNIZING_VERBS = frozenset(("accept", "recognize", "recognise", "acknowledge"))
def refused_by_negation(pred: Predicate, cameo: str) -> bool:
    """Return True for a negated verb of recognition or of yielding coded as the refusal it is ("did not recognize
    the result", "would not give up territory" are REJECT, an act that happened, not a rejection negated)."""
    return pred.negated and cameo[:2] == "12" and (pred.head.lemma_.lower() in RECOGNIZING_VERBS
                                                   or declines_to_yield(pred) or declines_to_talk(pred))


def declines_to_yield(pred: Predicate) -> bool:
    """Return True for a concession (a verb the lexicon codes CAMEO 08: "give up", "release", "lift") its actor
    says it will not make: "would not give up territory" (not "should not retreat", "has not been suspended")."""
    return pred.negated and (pred.future or pred.modal in INTENT_MODALS) and any(
        code[:2] == "08" for _, code in lexicon_codes(pred.head))


# verbs of coming to terms: failing at one is a rejection ("failed to renew the embargo" is left to the classifier)
AGREEING_VERBS = frozenset("agree reach sign approve settle conclude endorse ratify accept".split())


# what a warner warns of doing: "warning of a harsh response" is a threat, "warned of atrocities" a danger
THREATENED_ACTS = frozenset("response retaliation reprisal reprisals consequence consequences action measure measures "
                            "countermeasure countermeasures punishment revenge force strike strikes".split())
WITHDRAWING_VERBS = frozenset(("withdraw", "retreat", "pull"))
TROOP_NOUNS = frozenset(("troop", "troops", "force", "forces", "army", "soldier", "soldiers", "unit", "units",
                         "fighter", "fighters", "militia", "battalion", "brigade"))


def _troops_withdrawn(verb) -> bool:
    """Return True for armed forces withdrawing or withdrawn ("its troops had withdrawn", "withdrew its forces")."""
    return verb.lemma_.lower() in WITHDRAWING_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and c.lemma_.lower() in TROOP_NOUNS for c in verb.children)


def _warns_of_a_danger(verb) -> bool:
    """Return True for "warned that X could ..." where X is a thing, not an actor ("parts of Darfur could face
    famine", "prices would rise"); "warned that it would retaliate" stays a threat."""
    if verb.lemma_.lower() != "warn":
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        # "warned of ethnically motivated atrocities": a danger named as a thing, by no actor
        danger = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "against")
                  for g in c.children if g.dep_ == "pobj"]
        return bool(danger) and all(g.pos_ == "NOUN" and not g.ent_type_ and not person_noun(g)
                                    and g.lemma_.lower() not in THREATENED_ACTS for g in danger)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and not person_noun(subj)


# "meet" with one of these as object is reaching it, not a meeting ("on track to meet the target")
GOAL_NOUNS = frozenset("goal target deadline demand demands requirement requirements standard standards need needs "
                       "expectation expectations obligation obligations criterion criteria condition conditions "
                       "quota cost costs challenge threshold".split())


def _meets_a_goal(verb) -> bool:
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in GOAL_NOUNS for c in verb.children)



def appeal_code(pred: Predicate):
    """Return the lexicon's appeal or demand code (CAMEO 02x, 10x) of a verb asking someone to act, else None.

    "called on X to investigate", "pressed X to settle", "urged X to show restraint": the first verb of the
    chain has an addressee (its object or an "on" phrase) and the rest of the chain is what it asks for.
    """
    if len(pred.chain) < 2 or pred.chain[0].lemma_.lower() in ORDER_VERBS:
        return None
    verb, asked = pred.chain[0], pred.chain[1]
    if asked.dep_ != "xcomp" or asked.head.i != verb.i:
        return None
    addressed = any(c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ in ("on", "upon")
                    for c in verb.children if c.i < asked.i)
    if not addressed:
        return None
    return next((code for _, code in lexicon_codes(verb) if code[:2] in ("02", "10")), None)


DIPLOMAT_NOUNS = frozenset(("ambassador", "envoy", "diplomat", "attache", "attaché", "consul"))
DEPARTURE_VERBS = frozenset(("leave", "depart", "quit", "exit"))


def orders_an_envoy_out(pred: Predicate) -> bool:
    """Return True for "ordered the ambassador to leave", "told the envoy to quit the country"."""
    if len(pred.chain) < 2 or pred.chain[-1].lemma_.lower() not in DEPARTURE_VERBS:
        return False
    first = pred.chain[0]
    if first.lemma_.lower() not in ORDER_VERBS | {"tell", "give"}:
        return False
    return any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in DIPLOMAT_NOUNS for c in first.children)


def _welcomes_a_thing(verb) -> bool:
    """Return True for "welcome" with a thing as its object: a ruling, a decision, a ceasefire."""
    if verb.lemma_.lower() != "welcome":
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return (obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and not person_noun(obj)
            and obj.lemma_.lower() not in VISITOR_NOUNS)


# what a host welcomes when it receives a visit (CAMEO 042/043), beside the person nouns
VISITOR_NOUNS = frozenset(("delegation", "team", "guest", "visitor", "leader"))


def _acquits(verb) -> bool:
    """Return True for a verdict of innocence: "found him not guilty"."""
    return any(c.dep_ == "ccomp" and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def _denies(verb) -> bool:
    """Return True for a verb of denying or admitting an act (the verb lexicon's 015 and 016)."""
    return verb.lemma_.lower() in ACCOUNTING_VERBS


def _denies_a_deed(verb) -> bool:
    """Return True for "denied supplying weapons" parsed with the gerund as a modifier of its object."""
    return _denies(verb) and any(c.dep_ in ("dobj", "obj") and any(
        m.dep_ == "amod" and m.tag_ == "VBG" and m.i < c.i for m in c.children) for c in verb.children)


# denying or admitting a deed codes the statement (CAMEO 015 acknowledge, 016 deny responsibility)
ACCOUNTING_VERBS = frozenset(("deny", "admit", "acknowledge", "confess", "refute"))
