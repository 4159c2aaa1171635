"""Named mentions clustered into entities, and clusters the parse or the gazetteer shows to be otherwise.

A person's full name, surname and parts ("Hamid Karzai", "Karzai"); a body's name, acronym and
short forms ("the New York Times", "NYT", "the Times"); one-word "persons" folded into the place,
body or company they name; names that only ever stand where places stand relabelled as places;
surnames and full names the model left untagged added to their person.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from newsdesk.extract.date_dateline import opens_a_line
from newsdesk.extract.entity_lexicon import ALIASES, NEVER_SHORT_FOR, PERSON_ROLES, PERSON_TITLES, PLACE_KIND_NOUNS
from newsdesk.extract.entity_names import (
    _acronym,
    _acronym_in_parentheses,
    _coded_name,
    _head_word,
    _is_acronym,
    _name_words,
    _norm,
    _trim,
)
from newsdesk.extract.entity_spans import BODY_WORDS, outlet_named
from newsdesk.extract.token_scan import indices_of
from newsdesk.gazetteer import KIND, POP, capital_country, load_gazetteer, normalize
from newsdesk.records import Mention


# Labels whose mentions may merge with each other (GPE and LOC are often swapped by the small model).
_FAMILY = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "FAC", "ORG": "ORG", "PERSON": "PERSON", "NORP": "NORP"}
# Labels a person's surname is wrongly given by the small model elsewhere in the article.
_REPAIRABLE = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


@dataclass
class _Cluster:
    label: str
    mentions: list[Mention] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # normalised full forms
    parts: set[str] = field(default_factory=set)  # single-word keys (surname, first name, acronym)
    roles: set[str] = field(default_factory=set)  # "president", "spokesman"
    role_words: set[str] = field(default_factory=set)  # words near the role: "afghan", "karzai"
    group: bool = False
    institution: bool = False  # "the Afghan government": named by a nationality, not by the NER model
    evidenced: bool = False  # a one-word name the model typed otherwise, shown a person by its context
    outlet: bool = False  # "the newspaper Publico": a news outlet, never "the company"
    names: list[str] = field(default_factory=list)  # surface names, for the canonical one

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def last_before(self, pos: int) -> int:
        return max((m.start for m in self.mentions if m.start < pos), default=-1)


def _mention(span: Span, kind: str = "name") -> Mention:
    return Mention(span.start_char, span.end_char, span.text, kind)


def _add_person(clusters: list[_Cluster], ent: Span, evidenced: bool = False) -> None:
    span = _trim(ent)
    words = _name_words(span)
    key = " ".join(words).lower()
    lowered = [w.lower() for w in words]
    # the bare surname already used for someone goes on meaning them ("Bolsonaro" stays Jair after his son Flavio)
    target = next((c for c in reversed(clusters) if c.label == "PERSON" and key in c.keys), None)
    for c in reversed(clusters) if target is None else ():
        if c.label != "PERSON":
            continue
        if len(words) == 1 and lowered[0] in c.parts:
            target = c
            break
        if len(words) > 1 and any(k.split()[-1] == lowered[-1] and len(k.split()) == 1 for k in c.keys) \
                and not _another_given_name(c, lowered):
            target = c  # "Karzai" came first, "Hamid Karzai" now (but "Flavio Bolsonaro" is not Jair Bolsonaro)
            break
        if len(words) > 1 and any(k.endswith(" " + key) for k in c.keys):
            target = c  # "Adolfo Rodriguez Saa" came first, "Mr Rodriguez Saa" now
            break
    kind = "surname" if len(words) == 1 and target is not None else "name"
    if target is None:
        target = _Cluster("PERSON")
        clusters.append(target)
    target.mentions.append(_mention(span, kind))
    target.keys.add(key)
    target.names.append(" ".join(words))
    target.evidenced |= evidenced
    if len(words) > 1:
        target.parts.update({lowered[-1], lowered[0]})
    if len(words) > 2:  # "Lula" of "Luiz Inácio Lula da Silva" names him too (not the particle "da")
        target.parts.update(low for w, low in zip(words[1:-1], lowered[1:-1]) if w[:1].isupper() and len(w) > 2)


def _another_given_name(cluster: _Cluster, words: list[str]) -> bool:
    """Return True when the cluster's full name has another given name than ``words`` with the same surname: two
    relatives ("Jair Bolsonaro", then his son "Flavio Bolsonaro")."""
    return any(len(k.split()) > 1 and k.split()[-1] == words[-1] and k.split()[0] != words[0] for k in cluster.keys)


def _merge_short_persons(clusters: list[_Cluster]) -> None:
    """Fold a one-word person cluster into the full-name cluster sharing that word."""
    full = [c for c in clusters if c.label == "PERSON" and c.parts]
    for c in [c for c in clusters if c.label == "PERSON" and not c.parts]:
        (key,) = list(c.keys)[:1] or [""]
        owners = [f for f in full if key in f.parts]
        if len(owners) == 1:
            owner = owners[0]
            owner.mentions += [Mention(m.start, m.end, m.text, "surname") for m in c.mentions]
            owner.keys |= c.keys
            clusters.remove(c)


_LOCATIVE_PREPS = frozenset({"in", "at", "from", "to", "near", "across", "into", "inside", "outside", "throughout",
                             "towards", "toward"})


def _add_missed_surnames(doc: Doc, clusters: list[_Cluster]) -> None:
    """Add the surname of a person named in full where the model tagged nothing: "Grenell flew back to
    Washington" after "U.S. special envoy Richard Grenell" (a pronoun after it can then find him)."""
    owners: dict[str, list[_Cluster]] = {}
    for c in clusters:
        if c.label == "PERSON" and not c.group:
            # the surname, or a middle name used alone ("Lula" of "Luiz Inácio Lula da Silva")
            for k in {w for k in c.keys if " " in k for w in k.split()[1:] if w == k.split()[-1] or w in c.parts}:
                owners.setdefault(k, []).append(c)
    if not owners:
        return
    for i in indices_of(doc, frozenset(owners), _PROPER_TAGS):
        tok = doc[i]
        if tok.ent_type_ or len(owners[tok.lower_]) != 1 or not tok.is_title:
            continue
        if (i > 0 and doc[i - 1].pos_ == "PROPN") or (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
            continue  # part of another name: "Anna Grenell", "Grenell Street"
        owners[tok.lower_][0].mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "surname"))


_PROPER_TAGS = frozenset({"NNP"})


def _add_untagged_full_names(doc: Doc, clusters: list[_Cluster]) -> None:
    """Add the full name the model left untagged to a person known only by one word: "MELBOURNE (Wire) - Jannik
    Sinner beat ..." before "Sinner told reporters"."""
    for c in [c for c in clusters if c.label == "PERSON" and not c.group and not c.parts]:
        surnames = {k for k in c.keys if " " not in k}
        for i in indices_of(doc, frozenset(surnames), _PROPER_TAGS):
            tok, first = doc[i], doc[i - 1] if i > 0 else None
            if tok.ent_type_ or first is None or first.ent_type_ or first.tag_ != "NNP" or not first.is_title \
                    or first.dep_ != "compound" or first.head.i != i or (i > 1 and doc[i - 2].tag_ == "NNP"):
                continue
            name = f"{first.text} {tok.text}"
            c.mentions.append(Mention(first.idx, tok.idx + len(tok.text), name, "name"))
            c.keys.add(name.lower())
            c.names.append(name)
            c.parts.update({first.lower_, tok.lower_})
            break


def _relabel_places_tagged_person(doc: Doc, clusters: list[_Cluster]) -> None:
    """Turn a one-word "person" that only ever stands where places stand ("talks in Ardania") into a GPE; also
    a full "name" or an "organisation" the gazetteer knows as a town, when every mention stands bare after a
    preposition of setting ("took place in Huanta", "a camp near El Fasher", "escorted towards Bandar Abbas")."""
    for c in clusters:
        if c.label not in ("PERSON", "ORG") or len(c.keys) != 1:
            continue
        # (a full name, "escorted towards Bandar Abbas", or an organisation must be a town the gazetteer knows)
        if (c.label == "ORG" or c.parts) and (not _all_locative(doc, c) or not _place_known(c, TOWN_MIN_POPULATION)):
            continue
        locative = False
        for m in c.mentions:
            tok = doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is None:
                continue
            if tok.start > 0 and doc[tok.start - 1].lower_ in PERSON_TITLES:
                locative = False  # "a setback to President Harris"
                break
            root = _first_conjunct(tok.root)  # "in Ardania and Belmora"
            head = root.head
            if root.dep_ == "pobj" and head.lower_ in _LOCATIVE_PREPS:
                locative = True
            elif root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in ("say", "tell", "add"):
                locative = False
                break
        if locative:
            c.label = "GPE"
            c.mentions = [Mention(m.start, m.end, m.text, "name") for m in c.mentions]
            c.names = [m.text for m in c.mentions]


def _all_locative(doc: Doc, cluster: _Cluster) -> bool:
    """Return True when every name mention of ``cluster`` is a bare object of a preposition of setting."""
    names = [m for m in cluster.mentions if m.kind == "name"]
    for m in names:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = _first_conjunct(span.root)
        if root.dep_ != "pobj" or root.head.lower_ not in _SETTING_PREPS or any(
                c.dep_ == "det" for c in root.children):
            return False  # "from the Commonwealth" is a body; "in Huanta" a town
    return bool(names)


def _first_conjunct(root: Token) -> Token:
    """Return the first of coordinated objects of a preposition: "Ardania" for "Belmora" in "in Ardania and
    Belmora"."""
    while root.dep_ == "conj" and root.head.dep_ == "pobj":
        root = root.head
    return root


# prepositions of where something happens, after which a bare name the gazetteer knows is a place
_SETTING_PREPS = frozenset({"in", "near", "inside", "outside", "across", "throughout", "around", "towards", "toward"})


def _relabel_named_places(doc: Doc, clusters: list[_Cluster]) -> None:
    """Turn a name the text calls a place ("the city of El Fasher", "the town of Adre") into a GPE, whatever
    the model tagged it: a place is no actor of the events around it."""
    for c in clusters:
        if c.label not in ("PERSON", "ORG", "NORP"):
            continue
        for m in c.mentions:
            tok = doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is None:
                continue
            root = tok.root
            of = root.head
            if root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" \
                    and of.head.lower_ in PLACE_KIND_NOUNS:
                c.label = "GPE"
                break


def _is_dateline(ent: Span) -> bool:
    """Return True for an upper-case place opening a line before a comma or dash: "KABUL, Feb. 4 -"."""
    doc = ent.doc
    follows = doc[ent.end].text if ent.end < len(doc) else ""
    return opens_a_line(doc, ent.start) and ent.text.isupper() and len(ent.text) > 2 and follows in (",", "(", "-", "—", "–")


def _in_a_title(ent: Span) -> bool:
    """True for a one-word ORG that completes a person's title: "Secretary of State John Kerry"."""
    root = ent.root
    return (ent.label_ == "ORG" and len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lower_ in PERSON_ROLES and ent.end < len(ent.doc) and ent.doc[ent.end].ent_type_ == "PERSON")


def _add_other(clusters: list[_Cluster], ent: Span) -> None:
    if _in_a_title(ent):
        return
    owner = _person_named_first(clusters, ent)
    if owner is not None:
        # "earning Abiy the Nobel Peace Prize", tagged one title: the person, then the title
        owner.mentions.append(_mention(ent[:1], "surname"))
        ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    span = _trim(ent)
    key = _norm(span.text)
    label = "GPE" if ent.label_ != "GPE" and _is_dateline(ent) else ent.label_
    if label == "GPE" and _coded_name(span.text):
        label = "ORG"  # "the M23", "the G7": a name with a number in it is a group, not a place
    outlet = outlet_named(ent)
    if outlet:
        label = "ORG"  # "the newspaper Publico", tagged a place or a person: a news outlet
    family = _FAMILY.get(label, label)
    target = None
    if label in _REPAIRABLE:
        target = _person_owning(clusters, key)
    if target is None:
        target = _matching_cluster(clusters, span.text, key, family)
    if target is None:
        target = _Cluster(label)
        clusters.append(target)
    target.outlet = target.outlet or outlet
    kind = "acronym" if _is_acronym(span.text) and family == "ORG" else "name"
    target.mentions.append(_mention(span, kind if target.label != "PERSON" else "surname"))
    target.keys.add(key)
    if target.label != "PERSON":
        target.names.append(ALIASES.get(span.text.lower(), span.text))
        if kind == "acronym":
            target.parts.add(key.replace(".", ""))
        else:
            target.parts.add(_acronym(span.text))
            spelled = _acronym_in_parentheses(span)
            if spelled:  # "the Corruption Eradication Commission (KPK)": KPK is its name too
                target.parts.add(spelled)


def _person_named_first(clusters: list[_Cluster], ent: Span) -> Optional[_Cluster]:
    """Return the known person whose name opens a title the model ran on from it ("Abiy the Nobel Peace
    Prize"): one word of a full name, then an article."""
    if ent.label_ not in ("WORK_OF_ART", "EVENT", "PRODUCT", "LAW") or len(ent) < 3 \
            or ent[1].lower_ not in ("the", "a", "an"):
        return None
    return _person_owning(clusters, ent[0].lower_)


def _person_owning(clusters: list[_Cluster], key: str) -> Optional[_Cluster]:
    """Return the full-named person whose surname or name the model tagged as something else here."""
    for c in clusters:
        if c.label == "PERSON" and (c.parts or c.evidenced) and (key in c.parts or key in c.keys):
            return c
    return None


def _fold_one_word_persons(clusters: list[_Cluster]) -> None:
    """Merge a one-word "person" with no full name into a place/group/org cluster of the same word."""
    for c in [c for c in clusters if c.label == "PERSON" and not c.parts and not c.group and not c.evidenced]:
        owner = next((o for o in clusters if o.label != "PERSON" and c.keys & o.keys), None)
        if owner is not None:
            owner.mentions += [Mention(m.start, m.end, m.text, "name") for m in c.mentions]
            clusters.remove(c)


def _fold_persons_named_for_a_body(clusters: list[_Cluster]) -> None:
    """Merge a "person" whose name is a body's name without its last word into that body:
    "congratulated Georgian Dream" after "the ruling Georgian Dream party"."""
    bodies = {k.rsplit(" ", 1)[0]: o for o in clusters if o.label == "ORG" for k in o.keys
              if " " in k and k.rsplit(" ", 1)[1] in BODY_WORDS}
    for c in [c for c in clusters if c.label == "PERSON" and not c.group and not c.evidenced]:
        owner = next((bodies[k] for k in c.keys if k in bodies), None)
        if owner is not None:
            owner.mentions += [Mention(m.start, m.end, m.text, "name") for m in c.mentions]
            owner.keys |= c.keys
            clusters.remove(c)


def _fold_short_company_names(clusters: list[_Cluster]) -> None:
    """Merge a one-word name, tagged a person or an organisation, into the one organisation whose two-word name
    it begins: "Pelagos rejected the account" after "Pelagos Maritime said"."""
    first_words: dict[str, list[_Cluster]] = {}
    for o in clusters:
        for k in o.keys:
            if o.label == "ORG" and k.count(" ") == 1 and o not in first_words.setdefault(k.split()[0], []):
                first_words[k.split()[0]].append(o)
    for c in [c for c in clusters if c.label in ("PERSON", "ORG") and not c.parts and not c.group
              and not c.evidenced and not c.outlet and len(c.keys) == 1]:
        (word,) = c.keys
        owners = first_words.get(word, [])
        if len(owners) == 1 and owners[0] is not c and " " not in word and not _names_a_country(word):
            owners[0].mentions += [Mention(m.start, m.end, m.text, "name") for m in c.mentions]
            owners[0].keys |= c.keys
            clusters.remove(c)


def _matching_cluster(clusters: list[_Cluster], text: str, key: str, family: str) -> Optional[_Cluster]:
    bare = key.replace(".", "")
    for c in reversed(clusters):
        c_family = _FAMILY.get(c.label, c.label)
        if key in c.keys and (c_family == family or {c_family, family} <= {"ORG", "PLACE"}):
            return c
    for c in reversed(clusters):
        if _FAMILY.get(c.label, c.label) != family or family not in ("ORG", "PLACE"):
            continue
        if _is_acronym(text) and bare in c.parts:
            return c  # "NYT" after "the New York Times"
        if not _is_acronym(text) and _acronym(text) in {k.replace(".", "") for k in c.keys} and len(_acronym(text)) > 1:
            return c  # "the New York Times" after "NYT"
        if family == "ORG" and " " not in key and key not in NEVER_SHORT_FOR and _ends_with(c, key):
            return c  # "the Times" after "the New York Times" (but "the House" is no "White House")
        if family == "ORG" and " " in key and any(k.startswith(key + " of ") for k in c.keys):
            return c  # "the Joint Chiefs" after "the Joint Chiefs of Staff"
        if family == "PLACE" and key in _HALF_OF_A_COUNTRY and _country_named_for(c, key):
            return c  # "the North" after "North Korea"
    if family == "ORG" and key in SHORT_FOR_THE_ONLY_ONE:
        # "the Commission" after "the European Commission", when no other commission was named
        owners = [c for c in clusters if _FAMILY.get(c.label, c.label) == "ORG" and _ends_with(c, key)]
        if len(owners) == 1:
            return owners[0]
    return None


# "the North", "the South": the half of a divided country the story named ("North Korea", "South Sudan")
_HALF_OF_A_COUNTRY = frozenset({"north", "south"})


def _country_named_for(cluster: _Cluster, half: str) -> bool:
    return any(k.lower().startswith(half + " ") and _names_a_country(k) for k in cluster.keys)


# body words that stand for the one body of the article so named: "the Commission", "the Court"
SHORT_FOR_THE_ONLY_ONE = NEVER_SHORT_FOR - frozenset("house party government ministry department army".split())


def _ends_with(cluster: _Cluster, word: str) -> bool:
    """Return True when one of the cluster's names has several words and is built on ``word`` ("the Times",
    "the Society" of "Law Society of Kenya")."""
    return any(len(k.split()) > 1 and _head_word(k) == word for k in cluster.keys)


def _names_a_country(name: str) -> bool:
    """Return True when the gazetteer knows ``name`` as a country ("peru", "the united states")."""
    gaz = load_gazetteer()  # loaded on first use, as the places layer does
    return any(gaz.entry(i)[KIND] == "country" for i in gaz.numbers(normalize(name)))


def _place_known(cluster: _Cluster, min_population: int = 0) -> bool:
    """Return True when the gazetteer knows one of the cluster's names as a place (a town only with at least
    ``min_population`` people)."""
    gaz = load_gazetteer()
    return any(min_population <= 0 or gaz.entry(i)[KIND] != "city" or gaz.entry(i)[POP] >= min_population
               for k in cluster.keys for i in gaz.numbers(normalize(k)))


def _a_capital(cluster: _Cluster) -> bool:
    """Return True when one of the cluster's names is a country's capital ("Kinshasa", "Moscow")."""
    return any(capital_country(k) is not None for k in cluster.keys)


# a town smaller than this is no reason to read a body's name as a place ("in Congress": Congress, Arizona)
TOWN_MIN_POPULATION = 5000
