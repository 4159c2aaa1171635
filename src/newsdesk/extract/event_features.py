"""The event predicate of a sentence and the sparse features the type classifier reads.

Shared by the runtime coder (:mod:`newsdesk.extract.events`) and the training
script (``scripts/train_events.py``), so that both see exactly the same features.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Span, Token

from newsdesk.extract.date_dateline import lede_verb
from newsdesk.extract.quote_speaker_parse import coordinated_with_cue
from newsdesk.extract.quote_content import reported_subject_clause
from newsdesk.extract.quote_content_shape import opened_by
from newsdesk.extract.quote_lexicon import SPEECH_MEDIA

# Reporting verbs: when one heads the sentence, the event is in its complement.
REPORTING = frozenset(
    "say tell report add state note write explain quote announce declare reiterate confirm stress insist claim".split()
)
# acts done by speaking, which a speaker's second coordinated verb may be ("... but warned that ...")
SPOKEN_ACTS = frozenset("warn threaten accuse urge demand vow pledge promise deny reject condemn".split())
# Polarity and modality cues on the predicate chain ("have not yielded", "could attack", "will meet").
NEGATIONS = frozenset("not n't never no nor neither without".split())
MODALS = frozenset("would could might may should can must".split())
FUTURE = frozenset("will shall 'll".split())
SCHEDULE_WORDS = frozenset("due schedule set slate expect plan poise".split())
CONDITIONAL_MARKS = frozenset("if unless whether".split())
SUBJ_DEPS = frozenset(("nsubj", "csubj"))
# pronouns that negate the act they are the subject of ("Nobody will be allowed to ...")
NOBODY = frozenset(("nobody", "none", "nothing", "noone"))
PASSIVE_SUBJ_DEPS = frozenset(("nsubjpass", "csubjpass"))
OBJ_DEPS = frozenset(("dobj", "obj", "dative", "attr", "oprd"))
CONTENT_POS = frozenset(("NOUN", "VERB", "ADJ", "PROPN", "ADV"))


VERBS_FILE = Path(__file__).resolve().parent.parent / "data" / "events" / "verbs.tsv"


@lru_cache(maxsize=1)
def verb_codes() -> dict[str, str]:
    """Return "lemma" / "lemma object" / "lemma (prep)" -> CAMEO code (data/events/verbs.tsv, hand-written)."""
    out: dict[str, str] = {}
    if not VERBS_FILE.exists():
        return out
    for line in VERBS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, _, code = line.partition("\t")
            out[key] = code
    return out


# nouns that measure the thing a verb acts on: "14 tonnes of supplies", "a shipment of arms", "two days of
# exercises", "a new round of talks", "a wave of strikes"
MEASURE_NOUNS = frozenset("tonne ton tons tonnes kilogram truckload shipment consignment batch cargo load "
                          "planeload convoy day week hour round series wave package".split())


# particles the parser may read as adverbs ("will pull back from ...")
ADVERB_PARTICLES = frozenset(("back", "out", "off", "away", "down"))


# currencies named in words, which the tagger may leave outside a MONEY entity ("300 million euros")
CURRENCY_NOUNS = frozenset("dollar euro pound yen yuan renminbi rupee franc rouble ruble peso rand real lira shekel "
                           "dirham riyal naira shilling won".split())


# the lexicon's code for a verb and object that make an idiom naming no act: "the dam gave way"
NO_EVENT = "-"
# words that tell of violence around a death, or of a death in a state's hands
VIOLENCE_WORDS = frozenset("clash attack fighting fight violence shoot shooting shot fire gunfire bomb bombing blast "
                           "explosion strike airstrike raid shelling crossfire riot crackdown ambush assault "
                           "gunman gunmen militant soldier police protest protester massacre war torture prison "
                           "prisoner custody detention captivity execution jail".split())
# modals of what an actor will do: "will", "would"
INTENT_MODALS = frozenset(("will", "would", "'ll", "shall"))
# modals of what an actor is bound to do: "must", "should"
OBLIGATION_MODALS = frozenset(("must", "should"))


def marked_no_event(tok: Token) -> bool:
    """Return True for a verb the lexicon marks as naming no act by itself ("die")."""
    return verb_codes().get(tok.lemma_.lower()) == NO_EVENT


def names_no_event(tok: Token) -> bool:
    """Return True when the verb, or the verb and its object, is marked in the lexicon as no event ("died",
    "gave way")."""
    table = verb_codes()
    lemma = tok.lemma_.lower()
    if marked_no_event(tok):
        # "six people had died in hospital": a death, no act of anyone's; "died in clashes with police" tells
        # of violence, which coders count, so the classifier decides
        return not any(t.lemma_.lower() in VIOLENCE_WORDS for t in tok.sent)
    # the word right after the verb too: the parser may hang "way" elsewhere ("gave way after weeks of rain")
    doc = tok.doc
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    # "won more than two-thirds of the votes": a share names what it is a share of
    counted = [g for c in objects if c.pos_ == "NUM" or c.ent_type_ in ("CARDINAL", "PERCENT")
               for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    words = objects + counted + ([doc[tok.i + 1]] if tok.i + 1 < len(doc) else [])
    # "gave way to their demands" yields: the idiom with "to" names an act after all
    return any(NO_EVENT in (table.get(f"{lemma} {w.lower_}"), table.get(f"{lemma} {w.lemma_.lower()}"))
               and not (w.i + 1 < len(doc) and doc[w.i + 1].lower_ == "to") for w in words)


def lexicon_codes(tok: Token, wide: bool = False) -> list[tuple[str, str]]:
    """Return [(kind, CAMEO code)] the verb lexicon gives ``tok``: by object, preposition, verb.

    ``wide`` (the decision rules, not the classifier's features) also reads a passive's subject as
    its object ("rallies were held") and a noun modifier of the object ("tear gas and water cannon",
    where the parser hangs "gas" on "cannon").
    """
    table = verb_codes()
    lemma = tok.lemma_.lower()
    out = []
    object_deps = ("dobj", "obj", "attr", "nsubjpass") if wide else ("dobj", "obj", "attr")
    modifier_deps = ("compound", "nmod") if wide else ("compound",)
    named = _what_it_called(tok)
    for c in [*tok.children, *named]:
        if c.dep_ in object_deps or c in named:
            # "suspended aid deliveries": a compound modifier names the thing as well as its head
            compounds = [m.lemma_.lower() for m in c.children if m.dep_ in modifier_deps]
            money = c.ent_type_ == "MONEY" or c.lemma_.lower() in CURRENCY_NOUNS  # ("300 million euros")
            if wide and (c.lemma_.lower() in MEASURE_NOUNS or money):
                # "sent 14 tonnes of medical supplies", "pledged $200,000 in emergency assistance": what is sent
                # (and where it comes from: "released $5 million from its emergency fund")
                compounds += [form for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "from")
                              for g in p.children if g.dep_ == "pobj" for form in (g.lower_, g.lemma_.lower())]
            if wide and money:
                compounds.append("money")  # "released $5 million": money, whatever the figure
            for form in (c.lower_, c.lemma_.lower(), *compounds):
                code = table.get(f"{lemma} {form}")
                if code == "192" and form in compounds:
                    continue  # "took necessary control measures" takes no control: a modifier names no territory
                if code == NO_EVENT:
                    break  # "the dam gave way": an idiom, no act (see names_no_event)
                if code:
                    out.append(("o", code))
                    break
        elif wide and c.dep_ == "ccomp":
            # "demanded that the soldiers release him": a demand is coded by the act it demands
            code = table.get(f"{lemma} {c.lemma_.lower()}")
            if code and code != NO_EVENT:
                out.append(("o", code))
        elif c.dep_ in ("prt", "prep") or c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES:
            # "turn down", "meet with", "call for"; "pull back", which the parser may read as an adverb
            code = table.get(f"{lemma} ({c.lower_})")
            if code:
                out.append(("p", code))
    code = table.get(lemma)
    if code and code != NO_EVENT:
        out.append(("v", code))
    return out


_NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub"})


def _what_it_called(tok: Token) -> list[Token]:
    """Return the noun a "what X called Y" object names: "tested what it called a new missile" tests a missile."""
    out = []
    for clause in tok.children:
        if clause.dep_ == "ccomp" and clause.lemma_.lower() in _NAMING_VERBS \
                and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in clause.children):
            out += [c for c in clause.children if c.dep_ == "oprd"]
            out += [g for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                    if g.dep_ == "pobj"]
    return out


@dataclass
class Predicate:
    """The event-bearing verb of a sentence, with the verbs its meaning runs through."""

    head: Token  # the token coded as the trigger (deepest verb of the chain)
    chain: list[Token] = field(default_factory=list)  # outermost first, ends with head
    negated: bool = False
    modal: Optional[str] = None
    future: bool = False
    conditional: bool = False
    passive: bool = False
    reporter: Optional[Token] = None  # subject of the reporting verb the predicate was found under
    subject: Optional[Token] = None  # the source's head when the tree gives the wrong one (shared subjects)


def _verb_children(tok: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX", "ADJ", "ADP", "NOUN")]


def find_predicate(sent: Span) -> Optional[Predicate]:
    """Return the sentence's event predicate, or None for a sentence without a verb."""
    verb_after_subject = _verb_hung_on_its_subject(sent.root)
    root = (_misparsed_participle(sent.root) or _misparsed_subordinate(sent.root) or answered_charge(sent.root)
            or lede_verb(sent.root)
            or _headline_participle(sent) or verb_after_subject or sent.root)
    pred = root
    reporter = None
    for _ in range(3):  # "officials said the agency reported that X attacked Y"
        if pred.lemma_.lower() not in REPORTING:
            break
        # "KYIV (Wire) -- Ukraine's air force said": of two subjects the nearer one before the verb reports
        subjects = [c for c in pred.children if c.dep_ in SUBJ_DEPS]
        before = [c for c in subjects if c.i < pred.i]
        reporter = before[-1] if before else (subjects[0] if subjects else reporter)
        comp = [c for c in pred.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if not comp:
            comp = [c for c in pred.head.children if c.dep_ in ("ccomp",) and c.pos_ in ("VERB", "AUX") and c != pred] if pred != root else []
        if not comp:  # "KABUL (Wire) - X killed Y, sources said": the parser hung the report on the dateline
            comp = [v for v in (lede_verb(c) for c in pred.children if c.left_edge.i == pred.sent.start) if v is not None]
        if not comp:  # "Gunmen killed 12 people, police said", parsed as two subjects of "said"
            comp = [v for v in (reported_subject_clause(pred),) if v is not None]
            if comp:
                reporter = before[-1]
        if not comp:  # "X was quoted as saying (that) ...": through "as" to the second reporting verb
            comp = [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in REPORTING]
            if comp:
                reporter = next((c for c in pred.children if c.dep_ in PASSIVE_SUBJ_DEPS), reporter)
        if not comp:  # "said in a statement that X met Y": the parser hung the clause on the noun
            comp = [g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("in", "through")
                    for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in SPEECH_MEDIA
                    for g in n.children if g.dep_ == "acl" and g.pos_ in ("VERB", "AUX")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
        if not comp:
            break
        pred = comp[0]
    pred = _reduced_relative(pred) or pred
    if pred.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "ADJ"):
        return None
    found = predicate_at(pred)
    if verb_after_subject is not None and root.i == verb_after_subject.i:
        found.subject = sent.root  # ("Mondlane, who claims he won, called for ...": the noun the parser made the root)
    if pred.i != root.i:
        found.reporter = reporter
    elif _copula(found.head):
        # "X were guilty of violating the ceasefire", "Germany has been the largest donor,
        # contributing $46 million": the copula is no trigger; the verb it governs may be
        verb = _governed_verb(found.head)
        if verb is not None:
            return predicate_at(verb)
    return found


def _headline_participle(sent: Span) -> Optional[Token]:
    """Return the participle of a headline that is a noun phrase and a passive participle, the headline's
    shorthand for a passive clause: "Tanzania opposition leader charged with treason" (no full stop)."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or sent.text.rstrip().endswith((".", "?", "!", '"', "”")) \
            or "\n" not in sent[-1].text + sent[-1].whitespace_ and sent.end < len(sent.doc):
        return None
    return next((c for c in root.rights if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == root.i + 1), None)


def _reduced_relative(verb: Token) -> Optional[Token]:
    """Return the finite verb when the parser made a participle describing the subject the clause's head.

    "Hackers linked to North Korea stole $300 million": "linked" (VBN, no auxiliary) heads the clause
    and "stole" hangs on it; the hackers stole, and "linked" only says which hackers."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or not any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return None
    # (not a conjunct: "reneged on the accord and announced sanctions", with "reneged" tagged VBN)
    return next((c for c in verb.rights if c.dep_ in ("advcl", "ccomp", "dep")
                 and c.tag_ in ("VBD", "VBZ", "VBP")
                 and not any(g.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for g in c.children)), None)


def _misparsed_participle(root: Token) -> Optional[Token]:
    """Return the main verb when the parser made a fronted participle the root, else None.

    "Newly appointed Prime Minister X has refused to ...": "appointed" (VBN, no subject, no
    auxiliary) is parsed as the root and the real clause as its ccomp."""
    if root.tag_ != "VBN" or any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i > root.i
                 and any(g.dep_ in SUBJ_DEPS for g in c.children)), None)


def _verb_hung_on_its_subject(root: Token) -> Optional[Token]:
    """Return the finite verb the parser hung as a modifier on its own subject, made the root: "Opposition leader
    Venancio Mondlane, who claims he won the vote, called for a revolution" ("called" an acl of "Mondlane")."""
    if root.pos_ not in ("NOUN", "PROPN") or root.i + 2 >= len(root.doc):
        return None
    return next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > root.i
                 and root.doc[c.i - 1].text == "," and not any(g.dep_ in SUBJ_DEPS for g in c.children)), None)


_SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "because", "since", "until", "once", "although", "though"})


def _misparsed_subordinate(root: Token) -> Optional[Token]:
    """Return the main clause when the parser made a trailing subordinate clause the root, else None.

    "X resumed talks on Tuesday, the ministry said, after two days of meetings ended without a
    deal": "ended" (marked by "after", or with "after" taken as its preposition and no subject)
    is parsed as the root and "resumed" as its ccomp."""
    marked = any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in root.children)
    if not marked and (any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for c in root.children) or not any(
            c.dep_ == "prep" and c.lower_ in _SUBORDINATORS and c.i < root.i for c in root.children)):
        return None
    return next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i < root.i
                 and any(g.dep_ in SUBJ_DEPS for g in c.children)), None)


# nouns for a statement another side answers: "..., a charge Ukraine rejected"
ANSWERED_NOUNS = frozenset(("charge", "claim", "accusation", "allegation", "assertion", "account", "version"))


def answered_charge(root: Token) -> Optional[Token]:
    """Return the clause the parser hung under "a charge X rejected" made the root: "Moscow accused Kyiv of
    delaying the swap, a charge Ukraine rejected" (the accusation is the sentence's main act), else None."""
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in ANSWERED_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
        return None
    return next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i < subj.i
                 and any(g.dep_ in SUBJ_DEPS for g in c.children)), None)


def _a_charge(noun: Token) -> bool:
    """Return True for "a charge", "an accusation" set beside a clause: what the clause said, answered next."""
    return noun.dep_ in ("npadvmod", "appos") and noun.lemma_.lower() in ANSWERED_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _same(tok: Optional[Token], other: Token) -> bool:
    return tok is not None and tok.i == other.i


def _copula(tok: Token) -> bool:
    return tok.pos_ == "AUX" or tok.lemma_.lower() == "be"


def _governed_verb(cop: Token) -> Optional[Token]:
    """Return the first full verb under a copula (breadth first, outside its subject), or None."""
    frontier = [c for c in cop.children if c.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS]
    for _ in range(3):
        nxt = []
        for t in frontier:
            if t.pos_ == "VERB" and not _copula(t) and t.dep_ not in ("relcl", "amod", "acl", "aux", "auxpass"):
                return t
            nxt += [c for c in t.children if c.dep_ not in ("relcl", "acl", "punct", "appos")]
        frontier = nxt
    return None


# marks of a clause set beside the main one, with an act of its own: "while X did Y", "hours after X did Y"
CONTRAST_MARKS = frozenset(("while", "whereas", "after", "before", "as"))


def contrast_clause(verb: Token) -> bool:
    """Return True for the verb of a "while", "whereas", "after", "before" or "as" clause with a subject of its own."""
    return verb.pos_ == "VERB" and opened_by(verb, CONTRAST_MARKS) and _subj(verb) is not None


def _joined(verb: Token) -> bool:
    """Return True when the verb's conjuncts are joined by a conjunction ("killed five and wounded 40"); a
    conjunct with none is the parser's guess at a clause whose subject it lost ("resumed talks, three weeks after
    fighting around the town killed 40 civilians")."""
    members = {verb.i, *(c.i for c in verb.conjuncts)}
    return any(t.dep_ == "cc" and t.head.i in members for i in members for t in verb.doc[i].children)


def secondary_predicates(main: Predicate) -> list[Predicate]:
    """Return the predicates of verbs coordinated with the main one ("killed five and wounded 40")."""
    out = []
    top = main.chain[0]
    # "X refused to sign, the officials said, and insisted on Y": the parser hangs "insisted" on
    # the parenthetical "said" (X's clause its ccomp, or "said" a parataxis of X's verb); a
    # subjectless verb coordinated with "said" continues X's clause
    parentheticals = [c for c in top.children if c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING]
    if main.reporter is not None and top.dep_ == "ccomp" and top.i < main.reporter.head.i:
        parentheticals.append(main.reporter.head)
    subj = _subj(top)
    shared: dict[int, Token] = {}
    if subj is not None:
        for r in parentheticals:
            for c in r.conjuncts:
                if c.i > r.i and _subj(c) is None:
                    shared[c.i] = c
    if subj is not None and top.tag_ == "VBD":
        # "urged the government to withdraw the bill and accused Ruto of ...": a past-tense verb the parser
        # coordinated with the infinitive is the subject's own second act
        for x in main.chain[1:]:
            shared.update((c.i, c) for c in x.conjuncts if c.i > x.i and c.tag_ == "VBD" and _subj(c) is None)
    candidates = (list(top.conjuncts) if _joined(top) else []) + [c for c in shared.values() if c not in top.conjuncts]
    # "Police opened fire, killing one person and arresting 12": a participle clause after a comma
    # is a further act of the same subject
    # "The EU urged an inquiry, while Russia congratulated the party": a contrasting clause with its own
    # subject is a second act of its own
    candidates += [c for c in top.children if c.i > top.i and contrast_clause(c) and c not in candidates]
    if main.reporter is not None and main.reporter.head.i > top.i:
        # "X struck Y, hours after Z fired rockets, the military said": the parser hangs Z's clause on "said"
        cue = main.reporter.head
        candidates += [c for c in cue.children if top.i < c.i < cue.i and contrast_clause(c) and c not in candidates]
    if main.reporter is not None and main.reporter.head.i < top.i:
        # "told reporters the talks were going well but warned that Iran would face military action": a second
        # report of the same speaker, coordinated with the first one's verb
        cue = main.reporter.head
        candidates += [c for c in cue.conjuncts if c.i > top.i and c.pos_ == "VERB" and _subj(c) is None
                       and c.lemma_.lower() in REPORTING | SPOKEN_ACTS and c not in candidates]
    if top.dep_ == "ccomp" and _same(answered_charge(top.head), top):
        # "..., a charge Ukraine rejected": the answer is an act of its own, by the one apposed to the charge
        candidates.append(top.head)
    # "accused Machado of supporting sanctions, a charge she denies": parsed right, the answer is the charge's
    # relative clause, an act of its own by its own subject
    candidates += [r for n in top.children if n.i > top.i and _a_charge(n) for r in n.children
                   if r.dep_ == "relcl" and r.pos_ == "VERB" and _subj(r) is not None and r not in candidates]
    # (and after a coordinated verb: "dismissed the demand and expelled the ambassador, accusing him of ...")
    for verb in [top] + [c for c in top.conjuncts if c.i > top.i and c.pos_ == "VERB"]:
        for c in verb.children:
            if participle_clause(c) and c.i > verb.i + 1 and c.doc[c.i - 1].text == "," and c not in candidates:
                candidates += [c] + [g for g in c.conjuncts if g.i > c.i and participle_clause(g)]
    for c in candidates:
        if c.pos_ != "VERB" or c.i <= top.i:
            continue
        # (a participle clause is said by whoever says the clause it hangs on: "said he would stay, rejecting ...")
        reporter = main.reporter if c.i in shared or participle_clause(c) else None
        subject = subj if c.i in shared else None
        speaker_cue = coordinated_with_cue(c) if subject is None and c.lemma_.lower() not in REPORTING else None
        if speaker_cue is not None and _subj(speaker_cue) is not None:
            subject = _subj(speaker_cue)  # "said the state was facing a disaster and asked Brasília for help"
        if top.dep_ == "ccomp" and c.i == top.head.i and _same(answered_charge(c), top):
            # "a charge Ukraine rejected": Ukraine, apposed to the charge, answers it
            subject = next((g for n in c.children if n.dep_ == "nsubj" for g in n.children if g.dep_ == "appos"),
                           None)
        if c.lemma_.lower() in REPORTING:
            # "rejected the plan and said they opposed ...": the reported clause, not "said";
            # without one the verb is its own predicate ("... and insisted on the release of X")
            comp = [g for g in c.children if g.dep_ == "ccomp" and g.pos_ in ("VERB", "AUX")]
            if comp:
                # the coordinated verbs share their subject: the speaker's, when the parser hung the second
                # inside the first one's report ("said the vote was unfair and announced it would ...")
                cue = coordinated_with_cue(c)
                reporter = _subj(c) or (_subj(cue) if cue is not None else None) or _subj(main.chain[0])
                subject = None
                c = comp[0]
            elif not any(g.dep_ == "prep" for g in c.children) and not any(
                    kind == "o" for kind, _ in lexicon_codes(c)):
                continue  # (but "said ... and announced sanctions on six officers": the sanctions are an act)
        pred = predicate_at(c)
        pred.reporter = reporter
        pred.subject = subject
        out.append(pred)
    return out[:2]


def participle_clause(tok: Token) -> bool:
    """Return True for the subjectless -ing clause of "..., killing one person and arresting 12"."""
    if tok.tag_ != "VBG" or _subj(tok) is not None:
        return False
    return tok.dep_ == "advcl" or tok.dep_ == "conj" and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG"


def predicate_at(pred: Token) -> Predicate:
    """Return the Predicate headed by ``pred``, its xcomp chain, polarity and modality."""
    chain = [pred]
    cur = pred
    for _ in range(3):  # follow "refused to (try to) sign", "is about to restore"
        nxt = [c for c in cur.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX", "ADJ")]
        if not nxt:
            nxt = [c for c in (_infinitive_complement(cur),) if c is not None]
        if not nxt and cur.lemma_ == "be":
            nxt = [c for c in cur.children if c.dep_ in ("acomp", "advmod", "attr") and any(g.dep_ == "xcomp" for g in c.children)]
            nxt = [g for c in nxt for g in c.children if g.dep_ == "xcomp"] or nxt
        if not nxt:
            break
        cur = nxt[0]
        chain.append(cur)
    p = Predicate(head=chain[-1], chain=chain)
    for t in chain:
        for c in t.children:
            low = c.lower_
            if c.dep_ == "neg" or (low in NEGATIONS and c.dep_ in ("advmod", "neg", "preconj")):
                p.negated = True
            elif c.dep_ in ("aux", "auxpass"):
                if low in MODALS:
                    p.modal = low
                elif low in FUTURE:
                    p.future = True
            elif c.dep_ == "mark" and low in CONDITIONAL_MARKS:
                p.conditional = True
            elif (c.dep_ in PASSIVE_SUBJ_DEPS or c.dep_ == "auxpass") and t.i == chain[-1].i:
                p.passive = True
        # "have not yielded any deal", "no group has claimed responsibility": negation carried by the object's
        # or the subject's determiner
        for c in t.children:
            subject = c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS
            if (c.dep_ in OBJ_DEPS or subject) and (
                    subject and c.lower_ in NOBODY or any(d.lower_ == "no" and d.dep_ == "det" for d in c.children)):
                p.negated = True  # ("Nobody will be allowed to hold the country hostage")
    if p.negated and any(c.lower_ in ("until", "till") and c.dep_ in ("prep", "mark") for t in chain for c in t.children):
        p.negated = False  # "is not due to return until Feb. 28": a delay, not a refusal
    head = chain[0]
    if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in head.children):
        p.conditional = True
    if gapped_passive(chain[-1]):
        p.passive = True
    return p


# verbs whose "to" infinitive is what they commit to, refuse or attempt ("have sworn to fight")
CONTROL_VERBS = frozenset("swear vow pledge promise threaten agree offer refuse decline fail decide plan intend "
                          "prepare try attempt seek resolve undertake".split())


def _infinitive_complement(verb: Token) -> Optional[Token]:
    """Return the "to" infinitive the parser hung on a control verb as a purpose clause, or None.

    "Ethnic Albanians have sworn to fight until ...": "fight" is an advcl of "sworn"; it is what
    they swore, as "vowed to fight" (an xcomp) is."""
    if verb.lemma_.lower() not in CONTROL_VERBS:
        return None
    return next((c for c in verb.rights if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i <= verb.i + 3
                 and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)
                 and not any(g.dep_ in SUBJ_DEPS for g in c.children)), None)


def gapped_passive(verb: Token) -> bool:
    """True for a participle that shares the passive auxiliary of the verb it is coordinated with:
    "23 officers had been injured and 140 people arrested" ("arrested" = "had been arrested")."""
    return (verb.dep_ == "conj" and (verb.tag_ == "VBN" or _past_tagged_participle(verb))
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children))


def _past_tagged_participle(verb: Token) -> bool:
    """"was boarded by armed men and escorted towards the port": the tagger's past tense on a regular verb with
    neither subject nor object of its own is the shared passive's participle."""
    return (verb.tag_ == "VBD" and verb.lower_.endswith("ed")
            and not any(c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS or c.dep_ in ("dobj", "obj")
                        for c in verb.children))


def _obj(tok: Token) -> Optional[Token]:
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            return c
    return None


def _subj(tok: Token) -> Optional[Token]:
    subjects = [c for c in tok.children if c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS]
    if len(subjects) > 1:
        # "TBILISI, Georgia - Thousands of protesters marched": a dateline parsed as a subject is none
        subjects = [c for c in subjects if not (c.is_sent_start and c.is_upper and len(c.text) > 2)] or subjects[:1]
    return subjects[0] if subjects else None


def predicate_features(sent: Span, pred: Predicate) -> list[str]:
    """Return the sparse feature strings of one sentence's predicate (and a light bag of words)."""
    feats = ["bias"]
    chain = pred.chain
    lem = [t.lemma_.lower() for t in chain]
    top, last = lem[0], lem[-1]
    if len(lem) == 1:
        # a bare verb ("met") is kept apart from the same verb under a control verb ("agreed to meet")
        feats.append(f"solo={top}")
    else:
        feats.append(f"v0={top}")
        feats.append(f"vv={top}_{last}")
        if len(lem) > 2:
            feats.append(f"vv1={lem[0]}_{lem[1]}")
    for t in chain:
        o = _obj(t)
        if o is not None:
            feats.append(f"vo={t.lemma_.lower()}_{o.lemma_.lower()}")
            feats.append(f"o={o.lemma_.lower()}")
            for c in o.children:
                if c.dep_ in ("compound", "amod"):
                    feats.append(f"om={c.lemma_.lower()}")
        for c in t.children:
            if c.dep_ == "prep":
                feats.append(f"vp={t.lemma_.lower()}_{c.lower_}")
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        feats.append(f"vpo={t.lemma_.lower()}_{c.lower_}_{g.lemma_.lower()}")
            elif c.dep_ == "prt":
                feats.append(f"vprt={t.lemma_.lower()}_{c.lower_}")
    chain_roots = []
    for n, t in enumerate(chain):
        pos = "s" if len(chain) == 1 else "0" if n == 0 else "l" if n == len(chain) - 1 else "m"
        codes = lexicon_codes(t)
        chain_roots.append(codes[0][1][:2] if codes else "none")
        if pos in ("s", "0"):
            for kind, code in codes:
                feats.append(f"lex{kind}{pos}={code[:2]}")
                feats.append(f"lex{pos}={code[:2]}")
            if codes:  # the most specific entry's 3-digit code separates PLOVER types under one root (162 vs 163)
                feats.append(f"lex3{pos}={codes[0][1][:3]}")
    if len(chain_roots) > 1:
        # the complement's code only together with the governing verb's ("refuse to meet" is not a meeting)
        feats.append(f"lexc={chain_roots[0]}_{chain_roots[-1]}")
    lex_last = next((code[:2] for _, code in lexicon_codes(pred.chain[-1])), "none")
    for t in pred.chain:
        for c in t.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS | FUTURE | {"must"}:
                feats.append(f"aux={c.lemma_.lower()}")
                feats.append(f"aux_lex={c.lemma_.lower()}_{lex_last}")
            elif c.dep_ == "advcl":
                for m in c.children:
                    if m.dep_ == "mark" and m.lower_ in ("unless", "if", "until"):
                        feats.append(f"cond={m.lower_}")
                        feats.append(f"cond_lex={m.lower_}_{lex_last}")
    if pred.future or pred.modal:
        feats.append(f"irrealis_lex={lex_last}")
    s = _subj(pred.chain[0])
    if s is not None and s.pos_ != "PROPN":
        feats.append(f"s={s.lemma_.lower()}")
    if pred.negated:
        feats.append("NEG")
        feats.append(f"neg_v={last}")
    if pred.passive:
        feats.append("PASS")
    if pred.modal:
        feats.append("MODAL")
    if pred.future:
        feats.append("FUT")
    feats += head_features(pred.head)
    in_chain = {t.i for t in pred.chain[1:]}  # the complement verb only counts with its governor (lexc, vv)
    for t in sent:
        if t.i in in_chain:
            continue
        # names and capitalised adjectives (Nigerian, Russian) are left out: they tie types to countries
        if t.pos_ in CONTENT_POS and t.pos_ != "PROPN" and not t.is_stop and t.is_alpha and not (t.is_title and t.i > sent.start):
            feats.append(f"w={t.lemma_.lower()}")
    return feats


def head_features(head: Token) -> list[str]:
    """Return the trigger's lexical features: its lemma, its object, its prepositions.

    Unlike the chain features above they are the same for "met" and "agreed to meet", so that
    the evidence for a trigger verb is pooled across constructions.
    """
    lemma = head.lemma_.lower()
    feats = [f"hl={lemma}"]
    for c in head.children:
        if c.dep_ in ("dobj", "obj"):
            feats.append(f"hvo={lemma}_{c.lemma_.lower()}")
        elif c.dep_ in ("prep", "dative", "prt"):
            prep = c.lower_
            feats.append(f"hvp={lemma}_{prep}")
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    feats.append(f"hvpo={lemma}_{prep}_{g.lemma_.lower()}")
    return feats

