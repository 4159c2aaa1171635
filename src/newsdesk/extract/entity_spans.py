"""The NER model's entity spans, repaired before clustering, and tests of what a span names.

The small model tags part of a name ("Tahrir al-Sham" of "Hayat Tahrir al-Sham"), splits one
("Mirza Fakhrul" + "Islam Alamgir"), runs a wire slug or an amount into it ("EXCLUSIVE-Oil",
"Apple 1.8 billion") and leaves some untagged (an apposed name, a dateline after a byline).
The functions here return the spans widened, joined, cut or found, and say whether a span is a
titled person, an office holder, a news outlet or no name at all (a lone letter, a portfolio).
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from newsdesk.components.extensions import doc_text
from newsdesk.extract.actor_tables import known_actors, known_body_names, known_body_words, office_holder_surnames
from newsdesk.extract.date_dateline import HEAD_CHARS, find_dateline
from newsdesk.extract.entity_lexicon import (
    NEVER_SHORT_FOR,
    PERSON_ROLES,
    PERSON_TITLES,
    PERSONAL_HONORIFICS,
)
from newsdesk.extract.timex_lexicon import TIME_ZONES


# last words of the names of bodies, never of a person ("Cambodian People's Party" tagged PERSON)
BODY_WORDS = NEVER_SHORT_FOR | frozenset("movement front alliance association agency ministry coalition".split())


# how far (tokens before, after) a name the model tagged in part may widen to a known body's: "Tehreek" + "-e-Taliban Pakistan"
KNOWN_BODY_REACH = (5, 5)


def _known_body_around(ent: Span) -> Span:
    """Return the entity widened to the name of a body the actor table knows when the model tagged only part of
    it ("Tahrir al-Sham" of "Hayat Tahrir al-Sham", "Taliban" of "the Pakistani Taliban"), else the entity."""
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
    return ent.label_ == "ORG" and len(ent) == 1 and ent.text.lower() in office_holder_surnames()


def _known_body_split(org: Span, place: Span) -> bool:
    """True when a body's name and the place ending it were tagged apart though together they name a body
    the actor table knows: "the Organization for Security and Co-operation" + "in" + "Europe"."""
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
_CURRENCY_WORDS = frozenset("dollar euro pound yen yuan rupee franc rouble ruble peso rand lira shekel dirham riyal "
                            "naira shilling".split())


def _without_amount(ent: Span) -> Span:
    """Return a body's or person's name without the amount the model ran into its end ("Apple 1.8
    billion"); a number alone stays, as part of a name ("Windows 11", "Group of 20")."""
    if ent.label_ not in ("ORG", "PERSON", "GPE"):
        return ent
    end = ent.end
    if end > ent.start + 2 and ent.doc[end - 1].lemma_.lower() in _CURRENCY_WORDS and ent.doc[end - 2].like_num \
            or end > ent.start + 2 and ent.doc[end - 2].lower_ in _AMOUNT_WORDS:
        end -= 1  # "Apple 1.8 billion euros": the currency after the amount goes with it
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


AGE_RE = re.compile(r"\d+-year-old$")


def titled_person(ent: Span) -> bool:
    """True for a name with a person's title in it or right before it: "Sheikh Hasina", "Prime Minister X"."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return (len(ent) > 1 and ent[0].lower_ in PERSON_TITLES
            or before is not None and before.is_title and before.lower_ in PERSON_TITLES)


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
