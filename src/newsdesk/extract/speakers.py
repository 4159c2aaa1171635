"""Speaker resolution on the parse and the entity layer (no coreference model).

A source mention resolves, in order, to:

1. the entity with a mention overlapping it ("Mr. Faizi", "the New York Times");
2. for a relative pronoun ("who", "which"), the noun it attaches to;
3. for a personal pronoun, the nearest compatible preceding subject: he/she/I
   → a PERSON, it → an ORG (a reporter first), they/we → a group or ORG;
4. for a definite nominal ("the spokesman", "the paper"), the entity last
   described by that noun ("Karzai's spokesman Aimal Faizi", "Faizi, the
   spokesman", "the New York Times" for paper/newspaper);
5. otherwise a new Entity (``group=True`` for plural and collective sources
   such as "officials", "sources", "diplomats"), reused when the same words
   recur.

Resolved pronouns and nominals are appended to the entity's mentions with
``kind="pronoun"`` / ``"nominal"``.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right, insort
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from spacy.tokens import Doc, Span, Token

from newsdesk.extract.actor_tables import office_holder_surnames
from newsdesk.extract.entity_lexicon import PERSON_ROLES, PERSON_TITLES
from newsdesk.extract.entity_spans import OUTLET_NOUNS, outlet_named
from newsdesk.records import Entity, Mention
from newsdesk.components.extensions import doc_text

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})
ORG_PRONOUNS = frozenset({"it"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "us"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PRONOUNS = PERSON_PRONOUNS | ORG_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS
MEDIA_NOUNS = OUTLET_NOUNS | frozenset({"outlet", "publication", "site", "station"})
BROADCAST_NOUNS = MEDIA_NOUNS | frozenset({"television", "tv", "radio", "media", "press", "newspapers", "papers"})
# documents a report may cite as its source: "citing a leaked memo", "citing court documents"
DOCUMENT_NOUNS = frozenset("memo memorandum document report letter email cable filing study survey analysis "
                           "assessment transcript recording statement record".split())
MEDIA_NAME_RE = re.compile(r"\b(Times|Post|Journal|News|Herald|Tribune|Guardian|Telegraph|Reuters|AP|"
                           r"Associated Press|AFP|BBC|CNN|NBC|CBS|ABC|Fox|Politico|Bloomberg|Economist|"
                           r"Gazette|Press|Daily|Breitbart|Axios|NPR|Agence|Wire|Magazine)\b")
# broadcasters by name: "Channel Nine", "Israel Army Radio", "Radio New Zealand"
BROADCASTER_NAME_RE = re.compile(r"\b(Radio|Channel|Television|TV|Broadcasting|Network)\b")
GROUP_NOUNS = frozenset({"officials", "sources", "diplomats", "people", "analysts", "experts", "aides",
                         "critics", "residents", "witnesses", "lawmakers", "leaders", "officers", "police",
                         "authorities", "investigators", "activists", "observers", "members", "voters",
                         "supporters", "advisers", "advisors", "insiders", "democrats", "republicans",
                         "staff", "prosecutors", "scientists", "economists", "researchers", "others"})
PERSON_TYPES = frozenset({"PERSON"})
ORG_TYPES = frozenset({"ORG", "NORP", "GPE"})
_WINDOW_CHARS = 2500  # how far back a pronoun or nominal looks for its antecedent
FEMALE_WORDS = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "madam", "lady", "queen", "wife", "mother", "daughter",
                          "sister", "woman", "girl", "grandmother", "widow", "actress", "chairwoman", "spokeswoman",
                          "congresswoman", "businesswoman", "she", "her", "first lady"})
MALE_WORDS = frozenset({"mr.", "mr", "sir", "lord", "king", "husband", "father", "son", "brother", "man", "boy",
                        "grandfather", "widower", "actor", "chairman", "spokesman", "congressman", "businessman",
                        "he", "him"})
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "quotes" / "first_names.txt"


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Return given name -> "f" | "m" from the names lexicon (empty if the file is missing)."""
    try:
        lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    out = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("f", "m"):
            out[parts[1]] = parts[0]
    return out


class SpeakerIndex:
    """The entity list plus lookups by character, built once per article and extended as sources are added."""

    def __init__(self, doc: Doc, entities: list[Entity], quoted: Sequence[tuple[int, int]] = ()):
        self.doc = doc
        self.entities = list(entities)
        # character spans of quotations: a pronoun cue ('..." he said') never means someone named inside one
        self._quoted = sorted(quoted)
        self._starts: Optional[list[int]] = None  # token start offsets, computed when first needed
        self._by_id = {e.id: i for i, e in enumerate(self.entities)}
        self._next = 1 + max([int(e.id[1:]) for e in self.entities if re.fullmatch(r"E\d+", e.id)] or [0])
        self._new_by_key: dict[str, str] = {}
        self._gender: dict[str, Optional[str]] = {}
        self._descriptors: list[tuple[int, str, str]] = []  # (char offset, noun, entity id)
        self._index_descriptors()

    # -- lookups ---------------------------------------------------------------------------------
    def entity(self, eid: str) -> Optional[Entity]:
        i = self._by_id.get(eid)
        return self.entities[i] if i is not None else None

    def at(self, source: Span) -> Optional[str]:
        """Return the id of the entity named by the phrase ``source``: the head's, else an apposition's.

        Mentions inside a possessive or a modifier ("Karzai's spokesman", "voters in Dravik") name someone
        else and count last.
        """
        head = source.root
        start, end = source.start_char, source.end_char
        owned: set[int] = set()
        described: set[int] = set()
        named: set[int] = set()  # the name of a person role given in apposition
        issuer = _issuer(head)
        for child in head.children:
            if issuer is not None and child.i == issuer.head.i:
                continue  # "a statement from the Guards said": the Guards speak through it
            if child.dep_ in ("poss", "prep", "relcl", "acl"):
                owned.update(t.idx for t in child.subtree)
            elif child.dep_ == "amod" or (child.dep_ == "compound"
                                          and head.lemma_.lower() in BROADCAST_NOUNS | DOCUMENT_NOUNS):
                # "US television", "Israeli radio", "a Foreign Office memo": the name describes the outlet or the
                # document, it does not speak
                described.update(t.idx for t in child.subtree)
            elif child.dep_ == "appos" and child.pos_ == "NOUN" and head.pos_ == "NOUN":
                # "Protest organisers, mostly young people who ...": a description, not who speaks
                described.update(t.idx for t in child.subtree)
            elif child.dep_ == "appos" and child.ent_type_ == "PERSON" and person_noun(head):
                named.add(child.idx)  # "The UN human rights chief, Volker Turk, warned": Turk, not the UN
        # a possessor deeper in the name's title names someone else too: "Qatar's Prime Minister Sheikh X"
        owned.update(g.idx for t in source if t.dep_ == "poss" and t.head.dep_ == "compound" for g in t.subtree)
        best: Optional[tuple[int, str]] = None
        for e in self.entities:
            for m in e.mentions:
                if not (m.start < end and start < m.end):
                    continue
                if m.start <= head.idx < m.end or any(m.start <= i < m.end for i in named) and not \
                        _names_the_noun_before(self.doc, m.start, head):
                    rank = 0  # ("the husband of crash victim, Rosa Telk": she is the victim, he speaks)
                elif any(m.start <= i < m.end for i in owned):
                    rank = 4
                elif any(m.start <= i < m.end for i in described):
                    rank = 3  # "the Palestinian leader": an adjective describes the speaker, it is not the speaker
                else:
                    rank = 1
                if e.type not in PERSON_TYPES | ORG_TYPES:
                    rank += 2
                if rank and _names_the_noun_before(self.doc, m.start, head):
                    rank = max(rank, 4)  # "the husband of crash victim, Teresa Pawlik": she is the victim
                if best is None or rank < best[0]:
                    best = (rank, e.id)
        if best is not None and best[0] >= 3:
            # "Director of Boston's Logan Airport Tom Kinton": a person's name closing the phrase is the speaker
            # a name, not a role ("Allies of the former president" are not the president)
            closing = next(((e.id, m.start) for e in self.entities if e.type in PERSON_TYPES and not e.group
                            for m in e.mentions if m.end == end and m.start > start and m.kind == "name"), None)
            if closing is not None and not _names_the_noun_before(self.doc, closing[1], head):
                return closing[0]
            if head.pos_ in ("NOUN", "PROPN"):
                # only a possessor or an adjective is named ("Britain's queen", "Britain's Queen Elizabeth II"
                # when the model missed the name): resolve the nominal, or make the name an entity, instead
                return None
        return best[1] if best else None

    def _index_descriptors(self) -> None:
        """Record role nouns that describe entity mentions: "spokesman Aimal Faizi", "Faizi, the spokesman"."""
        doc = self.doc
        for e in self.entities:
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                root = span.root
                words = [t for t in root.subtree if t.pos_ == "NOUN" and not (span.start <= t.i < span.end)
                         and _in_noun_phrase(t, root)]
                words += [t for t in span if t.pos_ == "NOUN"]
                if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                    words.append(root.head)
                if e.type not in PERSON_TYPES and (MEDIA_NAME_RE.search(m.text) or outlet_named(span)):
                    self._descriptors.append((m.start, "paper", e.id))
                for w in words:
                    self._descriptors.append((m.start, w.lemma_.lower(), e.id))
                    if w.lemma_.lower() in MEDIA_NOUNS:  # "the newspaper Publico" ... "the paper added"
                        self._descriptors.append((m.start, "paper", e.id))
        self._descriptors.sort()

    # -- resolution ------------------------------------------------------------------------------
    def resolve(self, source: Span, quote_speakers: list[tuple[int, str]],
                content: Optional[tuple[int, int]] = None) -> Optional[str]:
        """Return the entity id for the source phrase ``source``, adding an entity or mention as needed.

        ``quote_speakers`` lists (char offset, entity id) of the speakers already resolved before it;
        ``content`` (characters) is what the source says: a pronoun never stands for someone named in it
        ("the president, she said, has lied": she is not the president).
        """
        if not len(source):
            return None
        head = source.root
        if _names_several(source):  # "Saudi Arabia and the United States said": both speak, as one source
            return self._new_entity(source, several=True)
        eid = self.at(source)
        if eid is not None:
            if _issuer(head) is not None and not any(m.start <= head.idx < m.end for m in self.entity(eid).mentions):
                # "a statement from the Guards" ... "the statement said": the same issuer
                insort(self._descriptors, (source.start_char, head.lemma_.lower(), eid))
            return eid
        low = head.lower_
        if low in RELATIVE_PRONOUNS and head.dep_ in ("nsubj", "nsubjpass"):
            antecedent = _relative_antecedent(head)
            if antecedent is not None:
                s, e = _np_bounds(antecedent)
                return self.resolve(self.doc[s:e], quote_speakers)
            return None
        if head.pos_ == "PRON" or low in PRONOUNS:
            if content is not None:  # only the pronoun's own sentence (a run-away content must not hide everyone)
                content = (max(content[0], head.sent.start_char), content[1])
            eid = self._antecedent(head, low, quote_speakers, content)
            if eid is not None:
                self._add_mention(eid, Mention(head.idx, head.idx + len(head.text), head.text, "pronoun"))
            return eid
        if _is_definite_nominal(source):
            eid = self._nominal(head)
            if eid is not None:
                self._add_mention(eid, Mention(source.start_char, source.end_char, source.text, "nominal"))
                return eid
        if head.lemma_.lower() in MEDIA_NOUNS and self._in_headline(head):
            eid = self._outlet_named_later(head)
            if eid is not None:  # "..., paper says" over a story that names the paper below
                self._add_mention(eid, Mention(source.start_char, source.end_char, source.text, "nominal"))
                return eid
        return self._new_entity(source)

    def _in_headline(self, head: Token) -> bool:
        """Return True for a token in the first of several paragraphs: a headline."""
        text = doc_text(self.doc)
        return "\n\n" not in text[:head.idx] and "\n\n" in text[head.idx:].strip()

    def is_outlet(self, eid: str) -> bool:
        """Return True when the entity ``eid`` is a news outlet (named like one or called a paper, agency ...)."""
        if any(word == "paper" and e == eid for _, word, e in self._descriptors):
            return True
        i = self._by_id.get(eid)
        entity = self.entities[i] if i is not None else None
        return entity is not None and entity.type not in PERSON_TYPES and any(
            BROADCASTER_NAME_RE.search(text) for text in [entity.name] + [m.text for m in entity.mentions])

    def _outlet_named_later(self, head: Token) -> Optional[str]:
        """Return the article's one news outlet when it is named after ``head``, else None."""
        outlets = {eid for _, word, eid in self._descriptors if word == "paper"}
        if len(outlets) != 1:
            return None
        eid = outlets.pop()
        return eid if all(pos > head.idx for pos, word, e in self._descriptors if e == eid) else None

    def gender(self, eid: str) -> Optional[str]:
        """Return "f", "m" or None for an entity, by its given names, titles, role nouns and pronouns."""
        if eid in self._gender:
            return self._gender[eid]
        ent = self.entity(eid)
        votes = {"f": 0, "m": 0}
        if ent is not None and ent.type in PERSON_TYPES and not ent.group:
            names = given_names()
            text = doc_text(self.doc)
            for m in ent.mentions:
                words = m.text.lower().split()
                if not words:
                    continue
                if m.kind == "pronoun":
                    g = PRONOUN_GENDER.get(words[0])
                else:
                    before = text[max(0, m.start - 6):m.start].lower().split()
                    g = names.get(words[0]) if len(words) > 1 else None
                    for w in words[:1] + before[-1:]:
                        if w in FEMALE_WORDS:
                            g = "f"
                        elif w in MALE_WORDS:
                            g = "m"
                if g:
                    votes[g] += 1
            for _, word, owner in self._descriptors:
                if owner == eid and (word in FEMALE_WORDS or word in MALE_WORDS):
                    votes["f" if word in FEMALE_WORDS else "m"] += 1
        g = None if votes["f"] == votes["m"] else ("f" if votes["f"] > votes["m"] else "m")
        self._gender[eid] = g
        return g

    def _agrees(self, eid: str, low: str) -> bool:
        wanted = PRONOUN_GENDER.get(low)
        if wanted is None:
            return True
        g = self.gender(eid)
        return g is None or g == wanted

    def _antecedent(self, head: Token, low: str, quote_speakers: list[tuple[int, str]],
                    content: Optional[tuple[int, int]] = None) -> Optional[str]:
        if low in PERSON_PRONOUNS:
            wanted = PERSON_TYPES
        elif low in ORG_PRONOUNS:
            wanted = ORG_TYPES
        elif low in GROUP_PRONOUNS:
            wanted = None  # groups, organisations or several people
        else:
            return None
        before = head.idx
        # the previous speakers come first: "..., he said" after a quote by the same person
        for pos, eid in reversed(quote_speakers):
            if pos >= before or before - pos > _WINDOW_CHARS:
                continue
            ent = self.entity(eid)
            if ent is not None and _compatible(ent, wanted, low) and self._agrees(eid, low) \
                    and not self._subject_since(pos, before, eid, wanted, low):
                return eid
            break
        if low in ("he", "she", "him", "her", "his"):
            owner = self._person_of_a_group_subject(head, low)
            if owner is not None:
                return owner
        return self._nearest_subject(before, wanted, low, content)

    def _subject_since(self, since: int, before: int, speaker: str, wanted, low: str) -> bool:
        """Return True when another compatible entity is a clause's subject between the last speaker and the
        pronoun: 'Ravalomanana told a rally. / Rajoelina, 49, first took power in 2009. He said ...'."""
        for e in self.entities:
            if e.id == speaker or not _compatible(e, wanted, low) or not self._agrees(e.id, low):
                continue
            for m in e.mentions:
                if not since < m.start < before or m.kind == "pronoun" or self._in_quote(m.start, m.end):
                    continue
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                # a main clause's subject, not one inside a statement ("Police said the protesters had ...")
                if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "ROOT":
                    return True
        return False

    def _person_of_a_group_subject(self, head: Token, low: str) -> Optional[str]:
        """"Allies of the former president said he remained the leader": a group cannot be "he"; the one person
        named inside the group's phrase is."""
        verb = next((a for a in head.ancestors if any(c.dep_ == "nsubj" and c.i < head.i for c in a.children)
                     and a.i < head.i), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is None or subj.tag_ != "NNS":
            return None
        inside = [t.idx for c in subj.children if c.dep_ in ("prep", "poss") for t in c.subtree]
        found = {e.id for e in self.entities if e.type in PERSON_TYPES and not e.group and self._agrees(e.id, low)
                 for m in e.mentions if m.kind != "pronoun" and any(m.start <= i < m.end for i in inside)}
        return found.pop() if len(found) == 1 else None

    def _nearest_subject(self, before: int, wanted, low: str,
                         content: Optional[tuple[int, int]] = None) -> Optional[str]:
        best: Optional[tuple[int, int, str]] = None
        for e in self.entities:
            if not _compatible(e, wanted, low) or not self._agrees(e.id, low):
                continue
            for m in e.mentions:
                if (m.end > before or before - m.start > _WINDOW_CHARS or m.kind == "pronoun"
                        or self._in_quote(m.start, m.end) or content and content[0] <= m.start < content[1]):
                    continue
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                key = (_salience(span, main_first=wanted is PERSON_TYPES), m.start)
                if best is None or key > best[:2]:
                    best = (key[0], key[1], e.id)
        if low in ("he", "she"):
            # "A militant from the group told the crowd: ... he said": a person named only by a role noun
            role = self._role_subject(before, low)
            if role is not None and (best is None or (_salience(role, True), role.start_char) > best[:2]):
                # "Shire president Ron Grant": the person named inside the phrase; else the role is the person
                named = self.at(role)
                ent = self.entity(named) if named is not None else None
                if ent is not None and ent.type in PERSON_TYPES and not ent.group:
                    return named
                return self._new_entity(role)
        return best[2] if best else None

    def _role_subject(self, before: int, low: str) -> Optional[Span]:
        """Return the latest main-clause subject before ``before`` that is one person named by a role noun."""
        wrong = MALE_WORDS if low == "she" else FEMALE_WORDS
        if self._starts is None:
            self._starts = [t.idx for t in self.doc]
        for tok in reversed(self.doc[: bisect_right(self._starts, before - 1)]):
            if before - tok.idx > _WINDOW_CHARS:
                break
            if (tok.dep_ != "nsubj" or tok.tag_ != "NN" or not person_noun(tok) or tok.lower_ in wrong
                    or self._in_quote(tok.idx, tok.idx + len(tok.text))):
                continue
            s, e = _np_bounds(tok)
            span = self.doc[s:e]
            if any(m.start == span.start_char or m.start <= tok.idx < m.end for ent in self.entities for m in ent.mentions):
                continue  # an entity already holds it
            return span if _salience(span, True) == 2 else None
        return None

    def _in_quote(self, start: int, end: int) -> bool:
        """Return True when the characters [start, end) lie inside one of the article's quotations."""
        k = bisect_right(self._quoted, (start, float("inf"))) - 1
        return k >= 0 and self._quoted[k][0] <= start and end <= self._quoted[k][1]

    def _nominal(self, head: Token) -> Optional[str]:
        noun = head.lemma_.lower()
        before = head.idx
        nouns = {noun} | ({"paper"} if noun in MEDIA_NOUNS else set())
        # "his spokesman" is a person's: not one introduced as a country's or a body's ("Pakistan's spokesman")
        a_persons = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children)
        for pos, word, eid in reversed(self._descriptors):
            if pos < before and word in nouns and before - pos <= 4 * _WINDOW_CHARS:
                if a_persons and self._role_of_a_body(pos, word):
                    return None
                return eid
        return None

    def _role_of_a_body(self, pos: int, word: str) -> bool:
        """Return True when the role ``word`` described at ``pos`` belongs to a country or a body ("Pakistan's
        military spokesman, General X")."""
        at = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if at is None or not len(at):
            return False
        sent = at[0].sent
        roles = [t for t in sent if t.lemma_.lower() == word and abs(t.i - at[0].i) <= 8]
        return any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP") for t in roles for c in t.children)

    def _add_mention(self, eid: str, mention: Mention) -> None:
        i = self._by_id[eid]
        ent = self.entities[i]
        if any(m.start == mention.start and m.end == mention.end for m in ent.mentions):
            return
        mentions = sorted(ent.mentions + [mention], key=lambda m: (m.start, m.end))
        self.entities[i] = dataclasses.replace(ent, mentions=mentions)
        self._gender.pop(eid, None)

    def _new_entity(self, source: Span, several: bool = False) -> Optional[str]:
        head = source.root
        # a possessor is part of who speaks: "Netanyahu's office" is not "Biden's office"; "his office" is named
        # by its noun, and a name by itself ("Norland's Queen Maren III")
        possessor = {t.i for c in head.children if c.dep_ == "poss" and (head.pos_ == "PROPN" or c.pos_ == "PRON"
                                                                        or c.ent_type_ in ("DATE", "TIME"))
                     for t in c.subtree}
        # "Protest organisers, mostly young people who ...": the description apposed to a noun is not its name
        possessor |= {t.i for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and head.pos_ == "NOUN"
                      for t in c.subtree}
        # "Jeri, 38, promised": an age in apposition is no part of the name
        possessor |= {t.i for c in head.children if c.dep_ == "appos" and c.like_num for t in c.subtree}
        words = [t for t in source if t.dep_ != "det" and not t.is_punct and t.i not in possessor]
        if not words or head.pos_ not in ("NOUN", "PROPN"):
            return None
        key = " ".join(t.lower_ for t in words)
        # ("Trump thanked", the sentence's first word read as the noun "trump": an office holder's name)
        office_holder = _office_holder_named(head)
        proper = head.pos_ == "PROPN" or office_holder
        mention = Mention(source.start_char, source.end_char, source.text, "name" if proper else "nominal")
        if proper and words[-1].i == head.i:
            # "Mr Lording", which the model missed, after "David Lording": the one person of that surname
            owners = {e.id for e in self.entities if e.type in PERSON_TYPES and not e.group
                      and any(m.kind in ("name", "surname") and m.text.split()[-1].lower() == head.lower_
                              for m in e.mentions)}
            if not owners and len(words) == 1:
                # "Abiy told lawmakers" after "Prime Minister Abiy Ahmed": some are called by the given name, and
                # "Pelagos rejected" after "Pelagos Maritime" is the company by the first word of its two-word name
                owners = {e.id for e in self.entities if e.type in PERSON_TYPES and not e.group
                          and any(m.kind == "name" and len(m.text.split()) > 1
                                  and m.text.split()[0].lower() == head.lower_ for m in e.mentions)}
                owners = owners or {e.id for e in self.entities if e.type == "ORG" and not e.group
                                    and len(e.name.split()) == 2 and e.name.split()[0].lower() == head.lower_}
            if len(owners) == 1:
                eid = owners.pop()
                named = self.doc[words[0].i:words[-1].i + 1]  # the name alone, without an age after it
                kind = "surname" if self.entity(eid).type in PERSON_TYPES else "name"
                self._add_mention(eid, Mention(named.start_char, named.end_char, named.text, kind))
                return eid
        if key in self._new_by_key:
            eid = self._new_by_key[key]
            self._add_mention(eid, mention)
            return eid
        plural = several or head.tag_ in ("NNS", "NNPS") or head.lower_ in GROUP_NOUNS
        etype = head.ent_type_ or ("PERSON" if person_noun(head) or _titled_name(head) or office_holder else "ORG")
        eid = f"E{self._next}"
        self._next += 1
        # the words as written, hyphens kept ("a Lagos-based energy analyst" is "Lagos-based energy analyst")
        name = source.text if several else self.doc[words[0].i:words[-1].i + 1].text
        ent = Entity(id=eid, name=name, type=etype, mentions=[mention], group=plural)
        self._by_id[eid] = len(self.entities)
        self.entities.append(ent)
        self._new_by_key[key] = eid
        self._descriptors.append((source.start_char, head.lemma_.lower(), eid))
        if head.lemma_.lower() in MEDIA_NOUNS and not plural:
            self._descriptors.append((source.start_char, "paper", eid))  # "the Prothom Alo newspaper": an outlet
        if etype == "ORG" and head.pos_ == "PROPN" and not plural:
            # an organisation's name the model missed ("Human Rights Watch said ... The group said"): what
            # "the group" or "the organisation" may refer back to
            self._descriptors += [(source.start_char, w, eid) for w in ("group", "organisation", "organization")]
        # a title in a name the model missed describes it too: "the Queen" after "Queen Elizabeth II"
        self._descriptors += [(source.start_char, t.lower_, eid) for t in words if t.i != head.i and t.lower_ in PERSON_TITLES]
        self._descriptors.sort()
        return eid


PERSON_SUFFIXES = ("man", "men", "woman", "women", "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents",
                   "ant", "ants", "ee", "ees", "ary", "aries")
NOT_PERSON = frozenset({"paper", "newspaper", "report", "poll", "letter", "order", "computer", "number", "center",
                        "monitor", "statement", "document", "government", "department", "parliament", "movement",
                        "agreement", "comment", "commentary", "summary", "dictionary", "library", "border",
                        "twitter", "counter", "filter", "chapter", "matter", "water", "power", "error",
                        "hunger", "anger", "danger", "fever", "cancer", "murder", "disaster", "character", "chamber",
                        "barrier", "quarter", "theater", "theatre", "register", "weather", "winter", "summer",
                        "tower", "river", "helicopter", "corner", "layer", "manner", "dinner", "military",
                        "judiciary", "salary", "boundary", "anniversary", "primary", "sector", "factor", "motor",
                        "mirror", "terror", "horror", "honor", "honour", "labor", "labour", "favor", "event",
                        "content", "extent", "talent", "accident", "incident", "element", "percent", "current",
                        "restaurant", "plant", "grant"})
# "-ment" nouns name acts and documents, never people ("the assessment", "the indictment")
NOT_PERSON_SUFFIXES = ("ment", "ments")


# people named by their tie to someone: "the husband of crash victim, Teresa Pawlik"
PERSON_RELATIONS = frozenset({"victim", "child", "friend", "patient", "client", "relative", "neighbour", "neighbor"})


def _issuer(head: Token) -> Optional[Token]:
    """Return the name that issues a document speaking as a source: "the Guards" in "a statement from the
    Guards", "the NYT" in "a report by the NYT"; not a place ("reports from London") or an office ("a statement
    from the prime minister's office")."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                 for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ not in ("GPE", "LOC", "FAC")), None)


def _names_the_noun_before(doc: Doc, name_start: int, head: Token) -> bool:
    """Return True when a name after a comma describes a person noun just before it, not the phrase's head.

    "the husband of crash victim, Teresa Pawlik": Teresa Pawlik is the victim, not the husband
    ("Karzai's spokesman, Aimal Faizi" names the head itself).
    """
    span = doc.char_span(name_start, name_start + 1, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].text != ",":
        return False
    before = doc[span.start - 2]
    # person_noun covers the gendered words ("wife", "son") too
    return (before.i != head.i and before.pos_ == "NOUN"
            and (person_noun(before) or before.lemma_.lower() in PERSON_RELATIONS))


def _office_holder_named(head: Token) -> bool:
    """True for a surname the actor table knows as an office holder's ("Trump thanked", untagged)."""
    return head.is_title and head.lower_ in office_holder_surnames()


def _titled_name(head: Token) -> bool:
    """Return True for a name the model missed that a title or a given name in it marks as a person's.

    Only the name itself counts ("Queen Elizabeth II"), not a phrase hung on it ("a statement from
    the St George Hospital").
    """
    names = given_names()
    name = [head] + [c for c in head.children if c.dep_ in ("compound", "flat")]
    return any(t.pos_ == "PROPN" and (t.lower_ in PERSON_TITLES or t.lower_ in FEMALE_WORDS or t.lower_ in MALE_WORDS
                                      or t.lower_ in names) for t in name)


# role words that as often name a thing: "the head of", "a chair", "justice", "the executive"
THING_TOO = frozenset(("head", "chair", "justice", "general", "executive", "representative"))


def person_noun(head: Token) -> bool:
    """Return True when a common-noun source names people: officials, the spokesman, a senator, residents."""
    low = head.lower_
    if low in GROUP_NOUNS or low in MALE_WORDS or low in FEMALE_WORDS:
        return True
    lemma = head.lemma_.lower()
    if lemma in PERSON_ROLES and lemma not in THING_TOO:  # "analyst", "envoy", "aide": roles the suffixes miss
        return True
    return (lemma not in NOT_PERSON and low not in NOT_PERSON and low.endswith(PERSON_SUFFIXES)
            and not low.endswith(NOT_PERSON_SUFFIXES))


def _compatible(ent: Entity, wanted, low: str) -> bool:
    if wanted is None:
        return ent.group or ent.type in ORG_TYPES
    if low in ORG_PRONOUNS:
        return ent.type in ("ORG",) and not ent.group
    return ent.type in wanted and not ent.group


def _salience(span: Optional[Span], main_first: bool) -> int:
    """Rank a mention as an antecedent: a subject 1 (with ``main_first``, a main clause's 2), else 0.

    For "he" and "she" the main clause's subject wins: "Tim Costello says Christians should remember
    Jesus was a refugee. He says ...": he is Costello. "They" keeps the nearest subject of any clause
    ("the Taliban handed over weapons so the Arabs could protect themselves. They ...").
    """
    if span is None or not len(span) or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    verb = span.root.head
    while verb.dep_ == "conj":
        verb = verb.head
    return 2 if main_first and verb.dep_ == "ROOT" else 1


def _relative_antecedent(tok: Token) -> Optional[Token]:
    verb = tok.head
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return None


def _np_bounds(tok: Token) -> tuple[int, int]:
    left = tok.left_edge.i
    right = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "appos"):
            right = child.right_edge.i + 1
    return left, right


# dependencies that keep a word inside a name's own noun phrase ("spokesman Aimal Faizi", "Faizi, the spokesman")
# ("the spokesman for the junta": the junta, under a preposition, is someone else and does not describe him)
_NP_DEPS = frozenset(("compound", "appos", "amod", "nmod", "poss", "det", "flat", "nummod", "punct", "case"))


def _in_noun_phrase(tok: Token, root: Token) -> bool:
    """Return True when ``tok`` hangs on ``root`` through noun-phrase links only, not through a clause: in the
    headline "Sri Lanka in talks with IMF, paper says" parsed with Sri Lanka as its root, "paper" is no
    description of Sri Lanka."""
    for _ in range(8):
        if tok.i == root.i:
            return True
        if tok.dep_ not in _NP_DEPS:
            return False
        tok = tok.head
    return False


def _names_several(source: Span) -> bool:
    """Return True for a source that coordinates two named actors: "Saudi Arabia and the United States"."""
    head = source.root
    named = PERSON_TYPES | ORG_TYPES
    return head.ent_type_ in named and any(
        c.dep_ == "conj" and c.ent_type_ in named and source.start <= c.i < source.end for c in head.children)


def _is_definite_nominal(source: Span) -> bool:
    head = source.root
    # "the Queen", "the President": a capitalised title alone is a nominal too
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.lower_ in PERSON_TITLES):
        return False
    if any(t.dep_ == "compound" and t.pos_ == "PROPN" and not t.ent_type_ and t.lower_ not in PERSON_TITLES
           for t in head.children):
        return False  # "the Prothom Alo newspaper": a name the model missed, not the paper named before
    return any(t.dep_ in ("det", "poss") and t.lower_ in ("the", "this", "that", "his", "her", "its", "their")
               for t in head.children)
