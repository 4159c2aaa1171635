"""Entities of one article: NER mentions clustered into actors, with nominal and group mentions.

"President Hamid Karzai", "Karzai" and "the Afghan president" become one entity;
"the New York Times", "NYT" and "the paper" another; "Western and Afghan
officials" is a group entity of its own. No coreference model is available, so
clustering runs on surface forms, the parse and a small role lexicon.
Pronouns are left to the attribution layer, which resolves them per speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from newsdesk.extract.entity_lexicon import (
    ACRONYM_STOP,
    ALIASES,
    COUNTRY_NOMINALS,
    ENTITY_LABELS,
    GROUP_HEADS,
    HONORIFICS,
    INSTITUTION_HEADS,
    INSTITUTION_MODIFIERS,
    LEADING_STRIP,
    NEVER_SHORT_FOR,
    ORG_NOMINALS,
    PERSON_ROLES,
    PERSON_TITLES,
    PLACE_KIND_NOUNS,
    PERSONAL_HONORIFICS,
    SPOKES_WORDS,
)
from newsdesk.components.extensions import doc_text
from newsdesk.extract.date_dateline import HEAD_CHARS, find_dateline, opens_a_line
from newsdesk.extract.timex_lexicon import TIME_ZONES
from newsdesk.extract.token_scan import indices_of
from newsdesk.gazetteer import KIND, POP, capital_country, load_gazetteer, normalize
from newsdesk.records import Entity, Mention

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


def extract_entities(doc: Doc) -> list[Entity]:
    """Return the article's entities: each with a canonical name, a type and all its mentions."""
    clusters: list[_Cluster] = []
    persons, others = [], []
    dateline = _missed_dateline(doc)
    tagged = [e for e in doc.ents if not any(d.start < e.end and e.start < d.end for d in dateline)]
    for e in _join_split_names(_widened_to_known_bodies(tagged)) + _apposed_names(doc) + dateline:
        e = _without_slug(_without_amount(e))
        if e is None or _a_letter(e) or _portfolio_of_a_title(e):
            continue
        if e.label_ == "PERSON" and outlet_named(e):
            others.append(e)  # "the newspaper Gazeta", tagged a person: an outlet
        elif e.label_ == "PERSON" and e[-1].lower_ in BODY_WORDS:
            others.append(Span(doc, e.start, e.end, label="ORG"))  # "Cambodian People's Party" tagged a person
        elif e.label_ == "PERSON" or _titled(e):
            persons.append(e)
        elif _office_holder(e):
            persons.append(Span(doc, e.start, e.end, label="PERSON"))  # "Trump envoy" tagged a body
        elif e.label_ in ENTITY_LABELS:
            others.append(e)
    for ent in persons:
        _add_person(clusters, ent, evidenced=ent.label_ != "PERSON")
    _merge_short_persons(clusters)
    for ent in others:
        _add_other(clusters, ent)
    _fold_one_word_persons(clusters)
    _fold_persons_named_for_a_body(clusters)
    _fold_short_company_names(clusters)
    if not (doc.has_annotation("TAG") and doc.has_annotation("DEP")):
        return _to_records(clusters)  # roles, nominals and groups need the tagger and parser
    _relabel_places_tagged_person(doc, clusters)
    _relabel_named_places(doc, clusters)
    _add_missed_surnames(doc, clusters)
    _add_untagged_full_names(doc, clusters)
    _collect_roles(doc, clusters)
    taken = _taken_chars(clusters)
    _add_institutions(doc, clusters, taken)
    _add_nominals(doc, clusters, taken)
    _add_groups(doc, clusters, taken)
    return _to_records(_drop_group_modifiers(clusters))


# last words of the names of bodies, never of a person ("Cambodian People's Party" tagged PERSON)
BODY_WORDS = NEVER_SHORT_FOR | frozenset("movement front alliance association agency ministry coalition".split())


# how far (tokens before, after) a name the model tagged in part may widen to a known body's: "Tehreek" + "-e-Taliban Pakistan"
KNOWN_BODY_REACH = (5, 5)


def _known_body_around(ent: Span) -> Span:
    """Return the entity widened to the name of a body the actor table knows when the model tagged only part of
    it ("Tahrir al-Sham" of "Hayat Tahrir al-Sham", "Taliban" of "the Pakistani Taliban"), else the entity."""
    from newsdesk.extract.actors import known_body_names, known_body_words  # the actor layer reads this module

    if not any(t.lower_ in known_body_words() for t in ent):
        return ent  # (most names share no word with a known body's: no span texts built for them)
    doc, names, best = ent.doc, known_body_names(), ent
    text = doc.text
    for start in range(max(0, ent.start - KNOWN_BODY_REACH[0]), ent.start + 1):
        for end in range(ent.end, min(len(doc), ent.end + KNOWN_BODY_REACH[1]) + 1):
            last = doc[end - 1]
            if end - start > len(best) and text[doc[start].idx:last.idx + len(last)].lower() in names:
                best = Span(doc, start, end, label=_known_body_label(ent, doc[start:end]))
    return best


def _known_body_label(ent: Span, whole: Span) -> str:
    """A person the model tagged in part stays a person ("Ki-moon" of "Ban Ki-moon"); a name with a lower-case
    particle ("Tahrir al-Sham", tagged a person) or tagged otherwise is a body."""
    particle = any(t.is_lower and t.is_alpha and len(t) <= 2 for t in whole)
    return "PERSON" if ent.label_ == "PERSON" and not particle else "ORG"


def _widened_to_known_bodies(ents: list[Span]) -> list[Span]:
    """Return the model's entities, each widened to a known body's name around it, without those it swallows
    ("Pakistani" of "the Pakistani Taliban")."""
    widened = [_known_body_around(e) for e in ents]
    return [e for e in widened if not any(o is not e and len(o) > len(e) and o.start <= e.start and e.end <= o.end
                                          for o in widened)]


def _join_split_names(ents: list[Span]) -> list[Span]:
    """Return the model's entities with two person names back to back joined: it tags "Mirza Fakhrul Islam
    Alamgir" as two people, though two people are never named without a word between them."""
    out: list[Span] = []
    for e in ents:
        if e.label_ == "PERSON":
            e = _after_title(e)
        last = out[-1] if out else None
        if (last is not None and e.label_ == last.label_ == "PERSON" and e.start == last.end
                and last.doc[last.end - 1].whitespace_ == " "):
            out[-1] = Span(e.doc, last.start, e.end, label="PERSON")
        elif last is not None and (_country_chapter(last, e) or _known_body_split(last, e)
                                   or _body_of_a_place(last, e)):
            out[-1] = Span(e.doc, last.start, e.end, label="ORG")
        else:
            out.append(e)
    return out


# portfolios the model tags a body when they open a minister's title: "Interior Minister Daniel Otieno"
PORTFOLIO_WORDS = frozenset("interior foreign defence defense finance justice health education energy trade home "
                            "economy agriculture transport information culture labour labor treasury commerce "
                            "fed".split())
PORTFOLIO_TITLES = frozenset("minister secretary chair chairman chairwoman governor".split())


def _portfolio_of_a_title(ent: Span) -> bool:
    """True for a one-word "body" that is the portfolio of the title after it ("Interior" in "Interior Minister
    Daniel Otieno", "Fed" in "Fed Chair Jerome Powell"); the title and its holder carry it."""
    doc = ent.doc
    return (ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in PORTFOLIO_WORDS and ent.end < len(doc)
            and doc[ent.end].lower_ in PORTFOLIO_TITLES)


def _a_letter(ent: Span) -> bool:
    """True for a lone letter the model named ("wrote on X." tagged a person: no one is named by a letter)
    or for a time zone."""
    text = ent.text.strip()
    return ent.label_ in ("PERSON", "ORG") and (re.fullmatch(r"[A-Z]\.?", text) is not None or text in TIME_ZONES)



def _country_chapter(org: Span, place: Span) -> bool:
    """True when ``place`` names the country chapter of the body just before it: "Amnesty International
    Kenya said" (the parser hangs the body's name on the country), not "told Reuters Kenya would"."""
    return (org.label_ == "ORG" and place.label_ == "GPE" and place.start == org.end and len(place) == 1
            and org.doc[org.end - 1].whitespace_ == " " and org[-1].dep_ == "compound" and org[-1].head.i == place.start
            and place[0].dep_ not in ("compound", "poss"))


def _office_holder(ent: Span) -> bool:
    """True for a body-tagged surname the actor table knows as an office holder's ("Trump", "Maduro")."""
    from newsdesk.extract.actors import office_holder_surnames  # the actor layer reads this module

    return ent.label_ == "ORG" and len(ent) == 1 and ent.text.lower() in office_holder_surnames()


def _known_body_split(org: Span, place: Span) -> bool:
    """True when a body's name and the place ending it were tagged apart though together they name a body
    the actor table knows: "the Organization for Security and Co-operation" + "in" + "Europe"."""
    from newsdesk.extract.actors import known_actors  # the actor layer reads this module

    doc = org.doc
    if org.label_ != "ORG" or place.label_ not in ("GPE", "LOC") or place.start != org.end + 1 \
            or doc[org.end].lower_ not in ("in", "of", "for"):
        return False
    words = doc[org.start:place.end].text.lower().split()
    return " ".join(words[1:] if words[0] == "the" else words) in known_actors()


# last words of a body's name that its place may follow: "the Law Society" + "of" + "Kenya"
_BODY_BEFORE_PLACE = frozenset("society association council federation confederation chamber union institute "
                               "academy league bar bank".split())


def _body_of_a_place(org: Span, place: Span) -> bool:
    """True when the model tagged a body's name and its place apart: "The Law Society" + "of Kenya"
    ("the Central Bank" + "of Nigeria")."""
    doc = org.doc
    return (org.label_ == "ORG" and place.label_ == "GPE" and place.start == org.end + 1
            and doc[org.end].lower_ == "of" and org[-1].lower_ in _BODY_BEFORE_PLACE and org[-1].is_title)


# amount words the model runs into a name: "fined Apple 1.8 billion euros" tags "Apple 1.8 billion"
_AMOUNT_WORDS = frozenset("hundred thousand million billion trillion".split())


def _without_amount(ent: Span) -> Span:
    """Return a body's or person's name without the amount the model ran into its end ("Apple 1.8
    billion"); a number alone stays, as part of a name ("Windows 11", "Group of 20")."""
    if ent.label_ not in ("ORG", "PERSON", "GPE"):
        return ent
    end = ent.end
    while end > ent.start + 1 and (ent.doc[end - 1].like_num or ent.doc[end - 1].lower_ in _AMOUNT_WORDS):
        end -= 1
    if not any(t.lower_ in _AMOUNT_WORDS for t in ent.doc[end:ent.end]):
        return ent
    return Span(ent.doc, ent.start, end, label=ent.label_)


# wire slugs that open a headline: "EXCLUSIVE-Oil major weighs exit", "UPDATE 2-Talks resume"
WIRE_SLUGS = frozenset(("EXCLUSIVE", "UPDATE", "WRAPUP", "ANALYSIS", "FACTBOX", "INSIGHT", "REFILE", "CORRECTED",
                        "BREAKINGVIEWS", "EXPLAINER", "TIMELINE", "INTERVIEW"))


def _without_slug(ent: Span) -> Optional[Span]:
    """Return the entity without a wire slug the model ran into it ("EXCLUSIVE-Oil" is "Oil"), None when no name
    is left."""
    doc = ent.doc
    k = ent.start
    if doc[k].text not in WIRE_SLUGS:
        return ent
    k += 1
    while k < ent.end and (doc[k].like_num or doc[k].text == "-"):
        k += 1
    rest = doc[k:ent.end]
    if not len(rest) or (len(rest) == 1 and rest[0].pos_ != "PROPN"):
        return None
    return Span(doc, k, ent.end, label=ent.label_)


def _after_title(ent: Span) -> Span:
    """Return a person's name widened over an untagged first name between it and a title: the model tags only
    "Chacha Mwita" of "Justice Enock Chacha Mwita"; and over an untagged surname the name hangs on: it tags only
    "Maria Corina" of "Maria Corina Machado said"."""
    ent = _with_untagged_surname(ent)
    doc = ent.doc
    i = ent.start - 1
    if i < 1 or doc[i].ent_type_ or doc[i].pos_ != "PROPN" or not doc[i].is_title:
        return ent
    if doc[i].lower_ in PERSON_TITLES or doc[i].lower_ in PERSON_ROLES or doc[i - 1].lower_ not in PERSON_TITLES:
        return ent
    return Span(doc, i, ent.end, label="PERSON")


def _with_untagged_surname(ent: Span) -> Span:
    """Return the name with the capitalised word after it when the parser makes that word the name's head and
    the model tagged it nothing ("Maria Corina" + "Machado")."""
    doc = ent.doc
    if ent.end >= len(doc) or not doc[ent.end - 1].whitespace_:
        return ent
    nxt = doc[ent.end]
    if (nxt.ent_type_ or nxt.pos_ != "PROPN" or not nxt.is_title or nxt.lower_ in PERSON_TITLES
            or doc[ent.end - 1].head.i != nxt.i or doc[ent.end - 1].dep_ not in ("compound", "flat")):
        return ent
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _apposed_names(doc: Doc) -> list[Span]:
    """Return names the model left untagged that stand in apposition to a role noun: "The U.N. envoy for Sudan,
    Volker Perthes, welcomed" (two or three capitalised words set off by commas)."""
    if not doc.has_annotation("DEP"):
        return []
    out = []
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
            continue
        role = tok.head
        if role.dep_ == "pobj" and role.head.dep_ == "prep":  # hung on "Sudan" of "the envoy for Sudan"
            role = role.head.head
        if role.pos_ != "NOUN" or role.lemma_.lower() not in PERSON_ROLES:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_:
            start -= 1
        if 2 <= tok.i + 1 - start <= 3 and start > 0 and doc[start - 1].text == "," \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",":
            out.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return out


def _titled(ent: Span) -> bool:
    """True for a name the model did not tag as a person but its context shows one.

    A person's title precedes ("President Harris"), or, for a name tagged ORG, a role noun ("UN envoy
    Tor Lund", "the deputy envoy, Ahmed Fawzi") or an age ("the 24-year-old Gambill"), or it opens with
    a personal honorific ("Mr Lording").
    """
    if ent.label_ not in ("GPE", "ORG", "NORP", "LOC") or not ent[0].is_title:
        return False
    if len(ent) > 1 and ent[0].lower_ in PERSONAL_HONORIFICS and ent[1].is_title:
        return True  # "Mr Lording" tagged ORG
    if not ent.start:
        return False
    before = ent.doc[ent.start - 1]
    if before.lower_ in PERSON_TITLES and before.is_title:
        return True
    if ent.label_ != "ORG" or sum(not t.is_punct for t in ent) > 3 or not all(t.is_title or t.is_punct for t in ent):
        return False
    if any(t.ent_type_ == "PERSON" for t in ent.doc[ent.end:ent.end + 2]):
        return False  # "spokesman Navy Captain Tim Ross": the name comes after
    root = ent.root
    return ((before.pos_ == "NOUN" and before.lemma_.lower() in PERSON_ROLES)
            or AGE_RE.search(ent.doc[max(0, ent.start - 5):ent.start].text) is not None
            or (root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in PERSON_ROLES))


def _drop_group_modifiers(clusters: list[_Cluster]) -> list[_Cluster]:
    """Drop a NORP cluster whose every mention is a modifier inside a group's or an institution's mention.

    "Western and Afghan officials" is one group, "the Afghan government" one institution; "Western" there is no entity of its own
    (a nationality also used elsewhere, "the Afghan president", keeps its cluster).
    """
    spans = [(m.start, m.end) for c in clusters if (c.group and c.label == "PERSON") or c.institution
             for m in c.mentions]
    if not spans:
        return clusters

    def inside(m: Mention) -> bool:
        return any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in spans)
    return [c for c in clusters
            if not (c.label == "NORP" and c.mentions and all(inside(m) for m in c.mentions))]


# --------------------------------------------------------------------------- surface forms

# Headline case makes the model swallow a reporting verb into a name: "Obama Says", "Putin Warns".
_HEADLINE_VERBS = frozenset(
    "says said tells told warns warned urges urged slams slammed calls called vows vowed denies denied "
    "claims claimed admits admitted insists insisted accuses accused blasts blasted".split()
)


def _trim(ent: Span) -> Span:
    """Return the span without a leading article, a trailing possessive or a swallowed headline verb."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end - 1 and doc[start].lower_ in LEADING_STRIP:
        start += 1
    while end > start + 1 and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].lower_ in _HEADLINE_VERBS
                               or doc[end - 1].is_space):  # "Mali\n\n" at a headline's end
        end -= 1
    # the model sometimes swallows half a bracket or quotation: "Energy Union (CFMEU", '"Pacific Solution'
    opening = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if opening is not None and not any(doc[i].text == ")" for i in range(opening, end)):
        end = opening
    while start < end - 1 and doc[start].text in _QUOTE_TOKENS and not any(
            doc[i].text in _QUOTE_TOKENS for i in range(start + 1, end)):
        start += 1
    return doc[start:end]


_QUOTE_TOKENS = frozenset({'"', "“", "”", "``", "''"})


def _norm(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"\s+", " ", text).lower()
    return ALIASES.get(text, text)


def _name_words(span: Span) -> list[str]:
    """Return the words of a name without its opening honorifics; a hyphenated name stays one word ("Roed-Larsen")."""
    pieces: list[list] = []
    for t in span:
        if pieces and not pieces[-1][-1].whitespace_ and (t.text == "-" or pieces[-1][-1].text == "-"):
            pieces[-1].append(t)
        else:
            pieces.append([t])
    words = [("".join(t.text for t in p), p) for p in pieces]
    # honorifics open a name ("Sen. Rubio"); after its first word they belong to it ("Hun Sen")
    opening = next((i for i, (_, p) in enumerate(words) if len(p) > 1 or p[0].lower_ not in HONORIFICS), len(words))
    kept = [w for w, p in words[opening:] if len(p) > 1 or p[0].is_alpha]
    return kept or [t.text for t in span]


def _acronym(text: str) -> str:
    # (a lower-case particle is no initial: "Tehreek-e-Taliban Pakistan" is TTP, "Hayat Tahrir al-Sham" HTS)
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in ACRONYM_STOP
             and not (w.islower() and len(w) <= 2)]
    return "".join(w[0] for w in words if w[0].isalpha()).lower()


def _is_acronym(text: str) -> bool:
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


# --------------------------------------------------------------------------- named clusters

def _mention(span: Span, kind: str = "name") -> Mention:
    return Mention(span.start_char, span.end_char, span.text, kind)


def _add_person(clusters: list[_Cluster], ent: Span, evidenced: bool = False) -> None:
    span = _trim(ent)
    words = _name_words(span)
    key = " ".join(words).lower()
    lowered = [w.lower() for w in words]
    target = None
    for c in reversed(clusters):
        if c.label != "PERSON":
            continue
        if key in c.keys or (len(words) == 1 and lowered[0] in c.parts):
            target = c
            break
        if len(words) > 1 and any(k.split()[-1] == lowered[-1] and len(k.split()) == 1 for k in c.keys):
            target = c  # "Karzai" came first, "Hamid Karzai" now
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


AGE_RE = re.compile(r"\d+-year-old$")
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


# nouns that introduce a news outlet's name: "the newspaper Publico", "the Kyiv Independent daily"
OUTLET_NOUNS = frozenset("newspaper paper daily weekly tabloid broadcaster network channel agency magazine "
                         "website".split())


def outlet_named(ent: Span) -> bool:
    """Return True for a name right after or before an outlet noun ("the newspaper Publico", "Publico daily").

    Word order, not the parse: the small model often makes both words subjects of the verb.
    """
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return any(t is not None and t.pos_ == "NOUN" and _outlet_noun(t) for t in (before, after))


# nouns that name an outlet only with a news word before them: "the news agency X", not "the space agency X"
NEWS_ONLY_OUTLET_NOUNS = frozenset(("agency", "network", "channel"))
NEWS_WORDS = frozenset("news press wire television tv radio cable broadcast media state-run".split())


def _outlet_noun(tok) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in OUTLET_NOUNS:
        return False
    if lemma not in NEWS_ONLY_OUTLET_NOUNS:
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in NEWS_WORDS


def _is_dateline(ent: Span) -> bool:
    """Return True for an upper-case place opening a line before a comma or dash: "KABUL, Feb. 4 -"."""
    doc = ent.doc
    follows = doc[ent.end].text if ent.end < len(doc) else ""
    return opens_a_line(doc, ent.start) and ent.text.isupper() and len(ent.text) > 2 and follows in (",", "(", "-", "—", "–")


def _missed_dateline(doc: Doc) -> list[Span]:
    """Return the dateline's place as a GPE when the model tagged nothing there, or only part of it: after a
    byline it often misses it ("By Ana Quiroga / LA PAZ, Dec 30 -"), and it tags "ALEGRE" of "PORTO ALEGRE" a
    body."""
    _, _, offsets = find_dateline(doc_text(doc)[:HEAD_CHARS])
    span = doc.char_span(*offsets, alignment_mode="expand") if offsets else None
    if span is None or any(e.start == span.start and e.end == span.end for e in doc.ents) \
            or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
        return []
    return [Span(doc, span.start, span.end, label="GPE")]


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


def _acronym_in_parentheses(span: Span) -> Optional[str]:
    """Return the acronym written in parentheses right after a name ("Commission (KPK)"), else None."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        inner = doc[span.end + 1].text
        if _is_acronym(inner):
            return _norm(inner).replace(".", "")
    return None


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
    if family == "ORG" and key in SHORT_FOR_THE_ONLY_ONE:
        # "the Commission" after "the European Commission", when no other commission was named
        owners = [c for c in clusters if _FAMILY.get(c.label, c.label) == "ORG" and _ends_with(c, key)]
        if len(owners) == 1:
            return owners[0]
    return None


# body words that stand for the one body of the article so named: "the Commission", "the Court"
SHORT_FOR_THE_ONLY_ONE = NEVER_SHORT_FOR - frozenset("house party government ministry department army".split())


def _ends_with(cluster: _Cluster, word: str) -> bool:
    """Return True when one of the cluster's names has several words and is built on ``word`` ("the Times",
    "the Society" of "Law Society of Kenya")."""
    return any(len(k.split()) > 1 and _head_word(k) == word for k in cluster.keys)


def _head_word(key: str) -> str:
    """The noun a name is built on: its last word, or the last before "of" ("society" in "law society of kenya")."""
    before_of = key.split(" of ")[0] if " of " in key else key
    return before_of.split()[-1]


# --------------------------------------------------------------------------- roles and nominals

def _collect_roles(doc: Doc, clusters: list[_Cluster]) -> None:
    """Record role words given to people: titles ("President X"), appositions ("X, a former minister")."""
    by_char = {m.start: c for c in clusters if c.label == "PERSON" for m in c.mentions}
    for ent in doc.ents:
        if ent.label_ != "PERSON" and not _titled(ent):
            continue
        c = by_char.get(_trim(ent).start_char)
        if c is None:
            continue
        # Titles and descriptors just before the name: "Karzai's spokesman Aimal Faizi".
        for tok in doc[max(0, ent.start - 4) : ent.start]:
            if tok.lemma_.lower() in PERSON_ROLES:
                c.roles.add(tok.lemma_.lower())
                c.role_words.update(t.lower_ for t in doc[max(0, ent.start - 4) : ent.start] if t.is_alpha)
        # Titles inside the entity span ("President Karzai" tagged whole).
        for tok in ent:
            if tok.lower_ in PERSON_ROLES:
                c.roles.add(tok.lower_)
        # Appositions: "Aimal Faizi, Karzai's spokesman, said".
        for tok in ent.root.children:
            if tok.dep_ == "appos":
                for t in tok.subtree:
                    if t.lemma_.lower() in PERSON_ROLES:
                        c.roles.add(t.lemma_.lower())
                c.role_words.update(t.lower_ for t in tok.subtree if t.is_alpha)


@lru_cache(maxsize=8)
def _nominal_matcher(vocab) -> Matcher:
    matcher = Matcher(vocab)
    heads = sorted(PERSON_ROLES | set(ORG_NOMINALS) | COUNTRY_NOMINALS)
    det = {"LOWER": {"IN": ["the", "this", "that"]}}
    mod = {"POS": {"IN": ["ADJ", "PROPN", "NOUN", "NUM"]}, "TAG": {"NOT_IN": ["NNS", "NNPS"]}}
    head = {"LOWER": {"IN": heads}}
    for n_mods in range(0, 3):
        matcher.add("DEF_NOMINAL", [[det] + [mod] * n_mods + [head]])
    # "the service" after "Illawarra Area Health Service": a head noun naming an earlier organisation.
    matcher.add("DEF_HEADWORD", [[det, {"TAG": "NN", "IS_LOWER": True}]])
    indef = {"LOWER": {"IN": ["a", "an", "one", "another"]}}
    for n_mods in range(0, 3):
        matcher.add("INDEF_ROLE", [[indef] + [mod] * n_mods + [{"LOWER": {"IN": sorted(PERSON_ROLES | {"source"})}}]])
    return matcher


def _taken_chars(clusters: list[_Cluster]) -> set[int]:
    return {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}


def _longest_per_head(matches: Iterable[tuple[int, int, int]]) -> dict[int, tuple[int, int, int]]:
    best: dict[int, tuple[int, int, int]] = {}
    for match_id, start, end in matches:
        if end not in best or start < best[end][1]:
            best[end] = (match_id, start, end)
    return best


def _add_nominals(doc: Doc, clusters: list[_Cluster], taken: set[int]) -> None:
    matcher = _nominal_matcher(doc.vocab)
    strings = doc.vocab.strings
    for match_id, start, end in sorted(_longest_per_head(matcher(doc)).values(), key=lambda m: m[1]):
        span = doc[start:end]
        head = span[-1]
        if span.start_char in taken or head.idx in taken:
            continue
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
            continue  # a title before a name: "the Afghan president Hamid Karzai"
        word = head.lower_
        if word in PERSON_ROLES and head.dep_ in ("compound", "amod") and head.head.i == end \
                and head.head.pos_ == "NOUN":
            continue  # a role naming a kind of thing: "a local activist group", "an official statement"
        named = _apposed_person(clusters, span)
        if named is not None and word in PERSON_ROLES:
            # "The envoy, Omar Haddad, said": the role and the name are one person
            named.mentions.append(Mention(span.start_char, span.end_char, span.text, "nominal"))
            named.roles.add(word)
            named.role_words.update(t.lower_ for t in span if t.is_alpha)
            taken.update(range(span.start_char, span.end_char))
            continue
        if strings[match_id] == "INDEF_ROLE":
            _new_role_entity(clusters, span, word)
            continue
        if strings[match_id] == "DEF_HEADWORD":
            target = _resolve_headword(clusters, span, word)
            if target is not None:
                target.mentions.append(Mention(span.start_char, span.end_char, span.text, "nominal"))
                taken.update(range(span.start_char, span.end_char))
            continue
        target = _resolve_nominal(clusters, span, word)
        if target is None and word in PERSON_ROLES:
            _new_role_entity(clusters, span, word, kind="nominal")
            continue
        if target is not None:
            target.mentions.append(Mention(span.start_char, span.end_char, span.text, "nominal"))
        taken.update(range(span.start_char, span.end_char))


# Qualifiers that do not make another body: "Afghanistan's new interim government" is its government.
_PASSING_QUALIFIERS = frozenset({"new", "current", "interim", "transitional", "caretaker", "provisional"})
_INSTITUTION_TAGS = frozenset({"NN", "NNS", "NNP"})
_GROUP_TAGS = frozenset({"NNS", "NNPS", "NN"})
_MAX_NAME_WORDS = 6  # words looked at before an institution noun for its country


def _name_run_start(doc: Doc, head: int) -> int:
    """Return the first token of the title-case words, "'s" and modifiers just before ``head``."""
    start = head
    while start > 0 and head - start < _MAX_NAME_WORDS:
        t = doc[start - 1]
        if not (t.is_title or t.lower_ == "'s" or t.lower_ in INSTITUTION_MODIFIERS):
            break
        start -= 1
    return start


def _country_start(doc: Doc, start: int, head: int, place_ends: dict[int, int]) -> Optional[int]:
    """Return where the country or nationality before an institution noun starts, or None.

    The words from there must be one country/nationality mention followed only by "'s" and
    modifiers ("Central African Republic's interim government", "the Iranian Foreign Ministry")."""
    for i in range(start, head):
        mention_end = place_ends.get(doc[i].idx)
        if mention_end is None:
            continue
        j = i
        while j < head and doc[j].idx < mention_end:
            j += 1
        if all(t.lower_ == "'s" or t.lower_ in INSTITUTION_MODIFIERS for t in doc[j:head]):
            return i
    return None


def _add_institutions(doc: Doc, clusters: list[_Cluster], taken: set[int]) -> None:
    """Add "the Afghan government", "Pakistan's army", "the Iranian foreign ministry" as organisations.

    The small model tags only the nationality; without this the nationality entity would be the
    speaker of "the Afghan government said". One entity per (country word, institution) key;
    "the government" later resolves to it as a nominal."""
    # where each country or nationality mention starts and ends: the model may tag "Chad" a
    # person at its second mention, but the entity layer has already put it in Chad's cluster
    place_ends = {m.start: m.end for c in clusters if c.label in ("GPE", "NORP") for m in c.mentions}
    if not place_ends:
        return
    # the head nouns only; the words before each are read from the entity clusters
    for head_i in indices_of(doc, INSTITUTION_HEADS, _INSTITUTION_TAGS):
        end = head_i + 1
        start = _country_start(doc, _name_run_start(doc, head_i), head_i, place_ends)
        if start is None:
            continue
        span = doc[start:end]
        head = span[-1]
        if head.idx in taken or head.dep_ == "compound" or (end < len(doc) and doc[end].ent_type_ == "PERSON"):
            continue  # "Afghan government officials" is a group; "Afghan army chief X" a person
        # "Afghanistan's new interim government" and "Afghanistan's government" are one body
        key = _norm(" ".join(t.text for t in span if t.text != "'s" and t.lower_ not in _PASSING_QUALIFIERS))
        target = next((c for c in clusters if c.institution and key in c.keys), None)
        if target is None:
            target = _Cluster("ORG", institution=True)
            target.names.append(span.text)
            target.keys.add(key)
            clusters.append(target)
        mention_start = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
        m = doc[mention_start:end]
        target.mentions.append(Mention(m.start_char, m.end_char, m.text, "name"))
        taken.update(range(m.start_char, m.end_char))


def _apposed_person(clusters: list[_Cluster], span: Span) -> Optional[_Cluster]:
    """Return the person named in apposition right after a role nominal ("the envoy, Omar Haddad,")."""
    doc = span.doc
    starts = [t.idx for t in span.root.children if t.dep_ == "appos" and t.i >= span.end]
    # "A spokesman for the Afghan government, Aimal Faizi, said": the parser hangs the name on
    # the object of the role's preposition, which a person's name cannot be in apposition to
    starts += [a.idx for p in span.root.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "to", "at")
               for o in p.children if o.dep_ == "pobj" and o.ent_type_ != "PERSON"
               for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"]  # a person cluster, checked below
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "PERSON":
        starts.append(doc[span.end + 1].idx)
    for c in clusters:
        if c.label == "PERSON" and not c.group and any(m.start in starts or m.start <= s < m.end
                                                      for m in c.mentions for s in starts):
            return c
    return None


def _apposed_body(clusters: list[_Cluster], span: Span) -> Optional[_Cluster]:
    """Return the named body a nominal stands in apposition to ("Spotify, the Swedish firm that ..."): the
    firm is Spotify, not the company named last. A body the model took for a place becomes a body."""
    root = span.root
    if root.dep_ != "appos" or root.head.i >= span.start:
        return None
    at = root.head.idx
    owner = next((c for c in clusters if any(m.start <= at < m.end for m in c.mentions)), None)
    if owner is None or owner.label not in ("ORG", "GPE") or (owner.label == "GPE" and _place_known(owner)):
        return None
    owner.label = "ORG"
    return owner


def _resolve_headword(clusters: list[_Cluster], span: Span, word: str) -> Optional[_Cluster]:
    """Return the latest organisation/facility named "... <word>" before the span, if any."""
    pos = span.start_char
    candidates = [
        c for c in clusters
        if c.label in ("ORG", "FAC") and c.last_before(pos) >= 0
        and any(len(k.split()) > 1 and word in (_head_word(k), k.split()[-1]) for k in c.keys)
    ]
    return max(candidates, key=lambda c: c.last_before(pos), default=None)


def _new_role_entity(clusters: list[_Cluster], span: Span, word: str, kind: str = "name") -> None:
    c = _Cluster("PERSON")
    c.mentions.append(Mention(span.start_char, span.end_char, span.text, kind))
    c.roles.add(word)
    c.role_words.update(t.lower_ for t in span if t.is_alpha)
    name = " ".join(t.text for t in span if t.lower_ not in ("a", "an", "one", "another", "the", "this", "that"))
    c.names.append(name + _principal_named(span[-1]))
    clusters.append(c)


def _principal_named(role: Token) -> str:
    """Return " for <body>" when a spokesperson or envoy names whom they speak for ("A spokesman for the European
    Union"): the name then carries the body, and its coding with it."""
    if role.lower_ not in SPOKES_WORDS + ("envoy", "representative", "emissary"):
        return ""
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            body = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if body is not None and (body.ent_type_ in ("ORG", "GPE", "NORP") or body.pos_ == "PROPN" or any(
                    c.ent_type_ in ("ORG", "GPE", "NORP") for c in body.children)):
                return " for " + role.doc[body.left_edge.i:body.i + 1].text  # (not an apposed name after it)
    return ""


def _resolve_nominal(clusters: list[_Cluster], span: Span, word: str) -> Optional[_Cluster]:
    """Return the cluster a definite nominal ("the spokesman", "the paper") refers back to."""
    pos = span.start_char
    modifiers = {t.lower_ for t in span[1:-1]}
    if word in PERSON_ROLES:
        candidates = [c for c in clusters if c.label == "PERSON" and word in c.roles and c.last_before(pos) >= 0]
        if modifiers:
            fitting = [c for c in candidates if modifiers & c.role_words]
            candidates = fitting or candidates
        return max(candidates, key=lambda c: c.last_before(pos), default=None)
    if word in COUNTRY_NOMINALS:  # "the country" is a country, not a province named before it
        candidates = [c for c in clusters if c.label == "GPE" and c.last_before(pos) >= 0
                      and any(_names_a_country(k) for k in c.keys)]
        found = max(candidates, key=lambda c: c.last_before(pos), default=None)
        if found is not None and _unnamed_country_before(span, word, found.first):
            return None  # "the country" the story began with is its own unnamed country, not one named later
        return found
    apposed = _apposed_body(clusters, span)
    if apposed is not None:
        return apposed
    hints = ORG_NOMINALS.get(word, ())
    candidates = [
        c for c in clusters
        if c.label == "ORG" and c.last_before(pos) >= 0
        and (any(_has_words(k, h) for k in c.keys for h in hints) if hints else not c.institution)
        and not (word in BUSINESS_NOMINALS and (c.outlet or any(w in NON_BUSINESS_WORDS for k in c.keys
                                                               for w in k.split())))
        and not (word == "group" and c.outlet)  # the paper reporting on "the group" is not the group
        # "accuse Kinshasa of ...", tagged a body, is the government in its city: never "the group"
        and not (word in GROUP_NOMINALS and _a_capital(c))
        # nor is a state's own body ("Army spokesman ... operations against the group")
        and not (word in GROUP_NOMINALS and any(_head_word(k) in INSTITUTION_HEADS for k in c.keys))
    ]
    if _introduced_as_subject(span, word):
        return None  # "An al Qaeda-affiliated group said ... on Telegram ... the group said": that group
    named = {t.lower_.replace(".", "") for t in span[1:-1] if t.ent_type_ in ("ORG", "GPE")}
    if named:  # "the U.N. refugee agency" is no wire agency named before it: a body it names must be theirs
        # (a nationality or a person only describes it: "the radical Palestinian movement", "the Bush administration")
        candidates = [c for c in candidates if any(w in k.replace(".", "").split() for k in c.keys for w in named)]
    return max(candidates, key=lambda c: c.last_before(pos), default=None)


# nominals that refer back to a movement or an armed group, never to a government named by its capital
GROUP_NOMINALS = frozenset({"group", "movement", "militants", "insurgents", "organization", "organisation"})


def _coded_name(text: str) -> bool:
    """Return True for a name made of capitals and digits ("M23", "G20", "P5"), which names no place."""
    return bool(re.fullmatch(r"(?:the\s+)?[A-Z]{1,4}-?\d{1,3}", text.strip()))


def _unnamed_country_before(span: Span, word: str, first_named: int) -> bool:
    """True when "the country" was already used before ``first_named`` (the offset of the country found for it):
    a story from Niamey that opens with "closed the country's borders" means Niger by it, and a later "the
    country's internal affairs" does not turn into France because France was named in between."""
    return any(t.lower_ == word and t.i > 0 and t.nbor(-1).lower_ == "the" and t.idx < first_named
               for t in span.doc[:span.start])


# how far back "the group" may look for "a group" that introduced it
INTRODUCED_WINDOW = 600


def _has_words(name: str, words: str) -> bool:
    """Return True when ``words`` occur in ``name`` as whole words ("ap" is in "ap news", not in "rapid")."""
    return f" {words} " in f" {name} "


def _introduced_as_subject(span: Span, word: str) -> bool:
    """Return True when a subject phrase headed by ``word`` with "a"/"an" ("An al Qaeda-affiliated group said")
    comes shortly before the nominal ``span``: "the group" refers back to that unnamed group, which the
    attribution layer makes an entity, not to a named organisation mentioned in passing."""
    doc = span.doc
    start = span.start_char - INTRODUCED_WINDOW
    return any(t.lemma_.lower() == word and t.pos_ == "NOUN" and t.idx >= start and t.dep_ in ("nsubj", "nsubjpass")
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               for t in doc[:span.start])


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


# "the company" is no party, ministry or army ("the Socialist Party ... the company's offices")
BUSINESS_NOMINALS = frozenset(("company", "firm"))
NON_BUSINESS_WORDS = frozenset("party ministry department council commission court army police government "
                               "movement front league committee union nations forces agency office parliament "
                               "assembly senate congress church federation organization organisation".split())

# --------------------------------------------------------------------------- groups

_GROUP_MODS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod", "poss", "quantmod"})


def _group_span(doc: Doc, head: Token, name_ends: dict[int, int]) -> Span:
    """Return the group phrase ending at ``head``: its left modifiers, coordinated ones included."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _GROUP_MODS:
            start = min(start, child.left_edge.i)
    # Cut at punctuation or a date ("March 3, 2021 - Dock workers") and drop "its"/"their".
    for j in range(head.i - 1, start - 1, -1):
        if doc[j].is_punct or doc[j].ent_type_ in ("DATE", "TIME") or doc[j].tag_ == "PRP$":
            start = j + 1
            break
    while start < head.i and doc[start].dep_ in ("cc", "punct", "det", "predet"):
        start += 1
    return doc[start : _group_end(head, name_ends) + 1]


_PLACE_OR_BODY = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


def _group_end(head: Token, name_ends: dict[int, int]) -> int:
    """Return the last token of a group phrase: "officials in Islamabad" keeps its named place or body
    (``name_ends``: the end of each named mention by its start, in characters)."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "at") and prep.i == head.i + 1:
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in _PLACE_OR_BODY and objects[0].ent_iob_ != "O":
                end = objects[0].i
                while end + 1 < len(head.doc) and head.doc[end + 1].ent_iob_ == "I":
                    end += 1
                # a name joined from two the model split: "from the Organization for ... in Europe"
                for t in head.doc[prep.i + 1:end + 1]:
                    joined = name_ends.get(t.idx)
                    if joined is not None and joined > head.doc[end].idx:
                        span = head.doc.char_span(t.idx, joined, alignment_mode="expand")
                        return span.end - 1 if span is not None else end
                return end
    return head.i


def _add_groups(doc: Doc, clusters: list[_Cluster], taken: set[int]) -> None:
    name_ends = {m.start: m.end for c in clusters if not c.group for m in c.mentions if m.kind == "name"}
    for start in indices_of(doc, GROUP_HEADS, _GROUP_TAGS):
        head = doc[start]
        if head.idx in taken or (head.dep_ == "compound" and head.head.lower_ in GROUP_HEADS):
            continue
        span = _group_span(doc, head, name_ends)
        modifiers = sorted(t.lower_ for t in span if t.is_alpha and t.dep_ != "cc" and t.i != head.i
                           and not (t.dep_ == "prep" and t.head.i == head.i))
        key = " ".join(modifiers + [head.lemma_.lower()])
        target = None
        for c in reversed(clusters):
            if not c.group:
                continue
            if key in c.keys or (not modifiers and head.lemma_.lower() in c.parts):
                target = c
                break
        if target is None:
            target = _Cluster("PERSON", group=True)
            target.names.append(span.text)
            clusters.append(target)
        target.mentions.append(Mention(span.start_char, span.end_char, span.text, "name" if modifiers else "nominal"))
        target.keys.add(key)
        target.parts.add(head.lemma_.lower())
        taken.update(range(span.start_char, span.end_char))


# --------------------------------------------------------------------------- records

def _canonical(c: _Cluster) -> str:
    if not c.names:
        return c.mentions[0].text
    if c.label == "PERSON" and not c.group:
        return max(c.names, key=lambda n: (len(n.split()), len(n)))
    for name in c.names:
        if name.lower() in ALIASES.values() or name in ALIASES.values():
            return name
    full = [n for n in c.names if not _is_acronym(n)]
    # a dateline's capitals ("BEIJING") give way to the name as the text writes it ("Beijing")
    return max(full or c.names, key=lambda n: (not (n.isupper() and not _is_acronym(n)), len(n)))


def _to_records(clusters: list[_Cluster]) -> list[Entity]:
    ordered = sorted(clusters, key=lambda c: c.first)
    entities = []
    for i, c in enumerate(ordered, start=1):
        mentions = sorted(set(c.mentions), key=lambda m: (m.start, m.end))
        entities.append(Entity(id=f"E{i}", name=_canonical(c), type=c.label, mentions=mentions, group=c.group))
    return entities


def entity_at(entities: list[Entity], start: int, end: int) -> Optional[Entity]:
    """Return the entity with a mention overlapping ``[start, end)`` most, or None."""
    best, best_overlap = None, 0
    for entity in entities:
        for m in entity.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
    return best
