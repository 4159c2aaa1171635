"""Surface forms of names: a mention trimmed to its name, its normalised key, its words and its acronym.

Clustering compares these forms: "Mr Rodriguez Saa" and "Adolfo Rodriguez Saa" share words,
"NYT" is the acronym of "the New York Times", "the Times" is built on its head word.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from newsdesk.extract.entity_lexicon import ACRONYM_STOP, ALIASES, HONORIFICS, LEADING_STRIP


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


def _acronym_in_parentheses(span: Span) -> Optional[str]:
    """Return the acronym written in parentheses right after a name ("Commission (KPK)"), else None."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        inner = doc[span.end + 1].text
        if _is_acronym(inner):
            return _norm(inner).replace(".", "")
    return None


def _head_word(key: str) -> str:
    """The noun a name is built on: its last word, or the last before "of" ("society" in "law society of kenya")."""
    before_of = key.split(" of ")[0] if " of " in key else key
    return before_of.split()[-1]


def _has_words(name: str, words: str) -> bool:
    """Return True when ``words`` occur in ``name`` as whole words ("ap" is in "ap news", not in "rapid")."""
    return f" {words} " in f" {name} "


def _coded_name(text: str) -> bool:
    """Return True for a name made of capitals and digits ("M23", "G20", "P5"), which names no place."""
    return bool(re.fullmatch(r"(?:the\s+)?[A-Z]{1,4}-?\d{1,3}", text.strip()))
