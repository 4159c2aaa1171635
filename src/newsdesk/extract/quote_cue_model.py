"""The small learnt models that score attribution candidates.

Which verbs really report speech or stance is learnt: a logistic model over lemma, complement type, subject kind and
position; a second one decides when a content runs on to the end of its sentence. Both are trained on PolNeAR train
by ``scripts/train_quotes.py`` and stored as feature→weight tables in ``newsdesk/data/quotes/cue_model.json``.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Doc, Token

from newsdesk.extract.quote_speaker_parse import speakers_second_act
from newsdesk.extract.quote_content import _trim
from newsdesk.extract.quote_content_shape import NONRESTRICTIVE, Paragraphs, _said_more
from newsdesk.extract.quote_cues import Candidate

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "quotes"


def _subject_kind(tok: Optional[Token]) -> str:
    if tok is None:
        return "none"
    if tok.pos_ == "PRON":
        return "pron:" + tok.lower_
    if tok.ent_type_:
        return tok.ent_type_
    return tok.pos_


def features(doc: Doc, cand: Candidate, quoted: frozenset[int]) -> list[str]:
    """Return the model features of one candidate; ``quoted`` holds token indices inside quotes."""
    verb = doc[cand.verb]
    lemma = verb.lemma_.lower()
    # (a subject recovered from a misparse is scored as the parse had it: with none)
    subj = doc[cand.source_head] if cand.source_head is not None and not cand.recovered else None
    skind = _subject_kind(subj)
    sk = skind.split(":")[0]
    ctype = cand.ctype.split(":")[0]
    feats = [
        "b", "l=" + lemma, "c=" + cand.ctype, "lc=" + lemma + "|" + cand.ctype, "ct=" + ctype,
        "t=" + verb.tag_, "d=" + verb.dep_, "s=" + skind, "sk=" + sk, "ls=" + lemma + "|" + sk,
        "lt=" + lemma + "|" + verb.tag_, "lct=" + lemma + "|" + ctype + "|" + sk,
    ]
    if cand.verb in quoted:
        feats.append("inq")
        feats.append("inq|" + sk)
    if cand.content is not None:
        s, e = cand.content
        n = e - s
        feats.append("len=" + ("1" if n <= 1 else "3" if n <= 3 else "8" if n <= 8 else "20" if n <= 20 else "L"))
        if any(i in quoted for i in range(s, e)):
            feats.append("cq")
            feats.append("cq|" + lemma)
        if s < cand.verb:
            feats.append("cleft")
    if cand.verb + 1 < len(doc):
        nxt = doc[cand.verb + 1]
        feats.append("n=" + nxt.lower_ if nxt.dep_ in ("prt", "prep") else "n=" + nxt.pos_)
        if nxt.dep_ in ("prt", "prep"):
            feats.append("ln=" + lemma + "|" + nxt.lower_)
    if cand.verb > 0:
        prv = doc[cand.verb - 1]
        feats.append("p=" + (prv.lower_ if prv.pos_ in ("AUX", "PART", "ADV") else prv.pos_))
    if any(c.dep_ == "neg" for c in verb.children):
        feats.append("neg")
    if verb.dep_ == "xcomp":
        feats.append("hx=" + verb.head.lemma_.lower())
    if subj is not None:
        feats.append("sl=" + subj.lemma_.lower())
        feats.append("skc=" + sk + "|" + ctype)
    if cand.content is not None and ctype in ("obj", "prep", "xcomp"):
        head = doc[cand.content[0]:cand.content[1]].root
        feats.append("oh=" + (head.ent_type_ or head.pos_))
        feats.append("loh=" + lemma + "|" + (head.ent_type_ or head.pos_))
    feats.append("vd=" + verb.dep_ + "|" + ctype)
    if cand.content is not None and ctype in ("obj", "prep"):
        # "raised questions about", "expressed concern over", "drew criticism": the object names the speech act
        ohead = doc[cand.content[0]:cand.content[1]].root.lemma_.lower()
        feats.append("ol=" + ohead)
        feats.append("lol=" + lemma + "|" + ohead)
    if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp") and verb.head.i != verb.i:
        # "said Biden would sign the bill and urged Congress to ...": the second act is coordinated with the
        # cue, whatever verb the parser hung it on
        governor = speakers_second_act(verb) if verb.dep_ == "conj" else None
        feats.append("hl=" + verb.dep_ + "|" + (governor or verb.head).lemma_.lower())
    if cand.tail is not None:
        feats.append("tail")
    return feats


def extension(doc: Doc, cand: Candidate, quoted: frozenset[int], paras: Paragraphs) -> Optional[tuple[int, int]]:
    """Return the candidate's content run on to the end of its sentence, or None when that adds nothing.

    The parser often hangs the tail of a reported clause ("..., since most voters agree") on the
    reporting verb instead of the complement; a second small model decides when to take it back.
    """
    if cand.content is None or cand.ctype in ("colon", "quote"):
        return None
    s, e = cand.content
    if e >= len(doc):
        return None
    sent_end = doc[cand.verb].sent.end
    end = min(sent_end, paras.bounds(cand.verb)[1])
    ext = _trim(doc, s, end)
    if ext is None or ext[1] <= e:
        return None
    if s < cand.verb and not _said_more(doc, doc[cand.verb], cand.source, end):
        return None  # only the cue, its speaker and adjuncts ("citing officials") follow
    if any(i in quoted for i in range(max(0, s - 1), min(len(doc), ext[1] + 1))):
        return None  # quotations have their own bounds
    return ext


def extension_features(doc: Doc, cand: Candidate, ext: tuple[int, int]) -> list[str]:
    """Return the features of the decision to run a content on to the end of its sentence."""
    verb = doc[cand.verb]
    s, e = cand.content  # type: ignore[misc]
    nxt = doc[e]
    ctype = cand.ctype.split(":")[0]
    where = "verb" if nxt.head.i == verb.i else "in" if s <= nxt.head.i < e else "out"
    n = ext[1] - e
    feats = ["b", "ct=" + ctype, "l=" + verb.lemma_.lower(), "n=" + (nxt.text if nxt.is_punct else nxt.pos_),
             "nd=" + nxt.dep_, "nh=" + where, "ctn=" + ctype + "|" + nxt.dep_, "side=" + ("r" if s > verb.i else "l"),
             "len=" + ("2" if n <= 2 else "5" if n <= 5 else "12" if n <= 12 else "L"), "nhd=" + where + "|" + nxt.dep_]
    if nxt.text == "," and e + 1 < len(doc):
        after = doc[e + 1]
        feats.append("c=" + (after.lower_ if after.lower_ in NONRESTRICTIVE else after.tag_))
        feats.append("cd=" + after.dep_)
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[e:ext[1]]):
        feats.append("subj")
    return feats


@lru_cache(maxsize=1)
def _model_data() -> dict:
    try:
        return json.loads((DATA_DIR / "cue_model.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def load_model() -> tuple[dict[str, float], float]:
    """Return the cue model's weights (shared: read only) and decision threshold (empty without the data file)."""
    data = _model_data()
    return data.get("weights", {}), float(data.get("threshold", 0.5))


def load_extension_model() -> dict[str, float]:
    """Return the weights (shared: read only) of the run-on-to-sentence-end model (empty when missing)."""
    return _model_data().get("extend_weights", {})


def score(feats: list[str], weights: dict[str, float]) -> float:
    """Return the model probability that the candidate is an attribution cue."""
    z = sum(weights.get(f, 0.0) for f in feats)
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
