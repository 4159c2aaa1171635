"""An experiment, not shipped: a learnt attribution span tagger (SOURCE, CUE and CONTENT spans).

Nothing in the package imports this module; ``scripts/train_quote_spans.py`` trains it and
``scripts/quote_span_merge.py`` holds the rule the experiment used to add its spans to the rule
attributions. The measured result and why it is not shipped are in the training script's docstring.

The tagger is a spaCy ``ner``-type component (BILUO state machine) trained on
PolNeAR train by ``scripts/train_quote_spans.py``. Its token vectors cost
almost nothing at run time: they are the tensor the pipeline's own ``tok2vec``
has already set on ``doc.tensor``, concatenated with small embeddings of the
parse (the token's dependency label, the lemma and label of the clause it sits
in and of the verb that governs that clause, its entity type, and whether it
is inside a quotation) and mixed by two narrow window layers. The parse
features carry what the tensor's four-token window cannot see: that a clause
is the complement of "said" twenty words away.

The weights are written to ``build/quote_span_tagger/`` (ignored by git) and loaded once.
Without them (or on a Doc with no tensor or parse) the tagger returns nothing.
To stay cheap it tags only the sentences that can add something: those the
rule attributions do not already cover, holding a lemma that heads a gold cue
at least ``CUE_RATE`` of the time in PolNeAR train (``span_cue_lemmas.tsv``,
written by the same script). On news text that is about a tenth of the tokens.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Optional

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, LayerNorm, Maxout, Model, chain, expand_window, residual, with_array

from newsdesk.components.extensions import doc_text
from newsdesk.extract.quote_marks import find_quote_spans

LABELS = ("SOURCE", "CUE", "CONTENT")
MODEL_DIR = Path(__file__).resolve().parent.parent / "build" / "quote_span_tagger"
CUE_LEMMAS_FILE = MODEL_DIR / "span_cue_lemmas.tsv"  # lemmas that often head a cue, from PolNeAR train
TENSOR_WIDTH = 96  # en_core_web_sm's tok2vec width
N_FEATURES = 7
FEATURE_ROWS = (200, 200, 2000, 2000, 8, 64, 200)  # hash rows per feature column (see feature_ids)
FEATURES_KEY = "newsdesk_quote_span_ids"  # proxy doc.user_data slot for the feature ids taken from the parsed Doc
_VERBISH = frozenset({"VERB", "AUX"})


def parser_config(width: int = 64, embed: int = 12, depth: int = 2, hidden: int = 64) -> dict:
    """Return the ``ner`` component config of the tagger (shared by training and loading)."""
    return {
        "model": {
            "@architectures": "spacy.TransitionBasedParser.v2",
            "state_type": "ner",
            "extra_state_tokens": False,
            "hidden_width": hidden,
            "maxout_pieces": 2,
            "use_upper": True,
            "nO": None,
            "tok2vec": {"@architectures": "newsdesk.QuoteSpanTok2Vec.v1", "width": width, "embed": embed,
                        "depth": depth},
        },
        "update_with_oracle_cut_size": 100,
    }


# -- token features --------------------------------------------------------------------------------
def feature_ids(doc: Doc) -> numpy.ndarray:
    """Return one row of hashed parse features per token (uint64, ``N_FEATURES`` columns).

    Columns: dependency label; label and lemma of the token's clause head (nearest verb at or above
    it); lemma of the verb governing that clause; whether the token is inside a quotation; entity
    type; the dependency label of the token's head.
    """
    n = len(doc)
    out = numpy.zeros((n, N_FEATURES), dtype="uint64")
    if not n or not doc.has_annotation("DEP"):
        return out
    arr = doc.to_array([DEP, HEAD, LEMMA, POS, ENT_TYPE]).astype("int64")
    dep, lemma, ent = arr[:, 0].astype("uint64"), arr[:, 2].astype("uint64"), arr[:, 4].astype("uint64")
    idx = numpy.arange(n)
    heads = idx + arr[:, 1]
    heads = numpy.clip(heads, 0, n - 1)
    pos_ids = arr[:, 3]
    verb_ids = [doc.vocab.strings[p] for p in _VERBISH if p in doc.vocab.strings]
    is_verb = numpy.isin(pos_ids, numpy.asarray(verb_ids, dtype="int64"))
    clause = numpy.where(is_verb, idx, heads)
    for _ in range(12):  # pointer jumping up the tree to the nearest verb
        clause = numpy.where(is_verb[clause], clause, heads[clause])
    up = heads[clause]
    gov = numpy.where(is_verb[up], up, heads[up])
    for _ in range(12):
        gov = numpy.where(is_verb[gov], gov, heads[gov])
    has_gov = (up != clause) & is_verb[gov] & (gov != clause)
    out[:, 0] = dep
    out[:, 1] = dep[clause] + numpy.uint64(1)
    out[:, 2] = lemma[clause]
    out[:, 3] = numpy.where(has_gov, lemma[gov], numpy.uint64(7))
    out[:, 4] = _in_quote(doc)
    out[:, 5] = ent
    out[:, 6] = dep[heads] + numpy.uint64(3)
    return out


def _in_quote(doc: Doc) -> numpy.ndarray:
    """Return 1 for tokens inside a quotation (marks included), 2 for unbalanced ones, else 0."""
    flags = numpy.zeros(len(doc), dtype="uint64")
    starts = doc.to_array(IDX).astype("int64")
    for q in find_quote_spans(doc_text(doc)):
        lo, hi = numpy.searchsorted(starts, q.start), numpy.searchsorted(starts, q.end)
        flags[lo:hi] = 1 if q.balanced else 2
    return flags


@registry.layers("newsdesk.QuoteSpanInputs.v1")
def quote_span_inputs() -> Model:
    """Return a layer mapping Docs to (doc.tensor, feature ids) pairs; it has no weights."""

    def forward(model: Model, docs: list[Doc], is_train: bool):
        out = []
        for doc in docs:
            t = doc.tensor
            if t is None or t.ndim != 2 or t.shape[0] != len(doc):
                t = numpy.zeros((len(doc), TENSOR_WIDTH), dtype="float32")
            ids = doc.user_data.get(FEATURES_KEY)
            if ids is None or len(ids) != len(doc):
                ids = feature_ids(doc)
            out.append((model.ops.asarray2f(t), ids))
        return out, lambda d: []

    return Model("quote_span_inputs", forward)


def _split(index: int) -> Model:
    def forward(model: Model, pairs, is_train: bool):
        if index == 0:
            xs = [p[0] for p in pairs]
            return xs, lambda d: []
        return [p[1] for p in pairs], lambda d: []

    return Model(f"pick{index}", forward)


def _embed_columns(embeds: list[Model]) -> Model:
    """Return a layer embedding each feature column of each doc's id array and joining the columns."""

    def forward(model: Model, ids: list, is_train: bool):
        lengths = [len(x) for x in ids]
        X = numpy.concatenate(ids) if ids else numpy.zeros((0, N_FEATURES), dtype="uint64")
        results = [layer(X, is_train) for layer in model.layers]
        Y = model.ops.xp.hstack([r[0] for r in results])
        widths = [r[0].shape[1] for r in results]
        bounds = numpy.cumsum([0] + widths)
        out = model.ops.unflatten(Y, model.ops.asarray1i(lengths))

        def backprop(dY):
            dYf = model.ops.flatten(dY)
            for (_, cb), lo, hi in zip(results, bounds[:-1], bounds[1:]):
                cb(model.ops.xp.ascontiguousarray(dYf[:, lo:hi]))
            return []

        return out, backprop

    def init(model: Model, X=None, Y=None) -> None:
        for layer in model.layers:
            layer.initialize()

    return Model("embed_columns", forward, init=init, layers=embeds)


@registry.architectures("newsdesk.QuoteSpanTok2Vec.v1")
def quote_span_tok2vec(width: int = 64, embed: int = 12, depth: int = 2) -> Model:
    """Return the tagger's token encoder: the pipeline tensor plus parse-feature embeddings, windowed."""
    embeds = [HashEmbed(embed, rows, column=i, seed=11 + i) for i, rows in enumerate(FEATURE_ROWS)]
    tensor = with_array(LayerNorm(nI=TENSOR_WIDTH))
    feats = _embed_columns(embeds)
    joined = _concat_lists(chain(_split(0), tensor), chain(_split(1), feats))
    mix = with_array(chain(
        Maxout(width, TENSOR_WIDTH + embed * len(FEATURE_ROWS), nP=3, normalize=True, dropout=0.0),
        *[residual(chain(expand_window(1), Maxout(width, width * 3, nP=3, normalize=True))) for _ in range(depth)],
    ))
    model = chain(quote_span_inputs(), joined, mix)
    model.set_dim("nO", width)
    return model


def _concat_lists(a: Model, b: Model) -> Model:
    """Return a layer concatenating, doc by doc, the 2d outputs of two layers over the same input."""

    def forward(model: Model, X, is_train: bool):
        ya, ba = a(X, is_train)
        yb, bb = b(X, is_train)
        wa = ya[0].shape[1] if ya else 0
        out = [model.ops.xp.hstack([p, q]) for p, q in zip(ya, yb)]

        def backprop(dY):
            ba([d[:, :wa] for d in dY])
            bb([d[:, wa:] for d in dY])
            return []

        return out, backprop

    def init(model: Model, X=None, Y=None) -> None:
        for layer in model.layers:
            layer.initialize()

    return Model("concat_lists", forward, init=init, layers=[a, b])


# -- alignment (training) --------------------------------------------------------------------------
class GoldSpan(NamedTuple):
    label: str
    start: int  # token offsets [start, end)
    end: int


def align_spans(doc: Doc, attributions: Iterable[dict]) -> tuple[list[GoldSpan], int]:
    """Return the gold SOURCE/CUE/CONTENT extents as non-overlapping token spans, and how many were dropped.

    Each extent (``{"start", "end"}`` in characters, as in the benchmark's gold) is expanded to whole
    tokens and trimmed of whitespace tokens. Attributions are taken longest content first, so a nested
    attribution ("X said Y told him that Z") loses the spans that fall inside its outer one's content.
    """
    atts = sorted(attributions, key=lambda a: -((a.get("content") or {}).get("end", 0)
                                                - (a.get("content") or {}).get("start", 0)))
    taken = numpy.zeros(len(doc), dtype=bool)
    kept: list[GoldSpan] = []
    dropped = 0
    for att in atts:
        for key, label in (("content", "CONTENT"), ("cue", "CUE"), ("source", "SOURCE")):
            ext = att.get(key)
            if not ext:
                continue
            span = doc.char_span(ext["start"], ext["end"], alignment_mode="expand")
            if span is None or not len(span):
                dropped += 1
                continue
            s, e = span.start, span.end
            while s < e and doc[s].is_space:
                s += 1
            while e > s and doc[e - 1].is_space:
                e -= 1
            if e <= s or taken[s:e].any():
                dropped += 1
                continue
            taken[s:e] = True
            kept.append(GoldSpan(label, s, e))
    return sorted(kept, key=lambda g: g.start), dropped


def proxy_doc(doc: Doc, keep: Optional[numpy.ndarray] = None) -> tuple[Doc, numpy.ndarray]:
    """Return a bare copy of ``doc`` for the tagger, and the original index of each of its tokens.

    The copy has the same tokens and tensor rows and the parse features stashed, but no sentences and no
    entities: spaCy's entity moves never cross a sentence boundary, yet an attribution's content often does
    (and the parser's boundaries are not always right). ``keep`` (a boolean mask) leaves tokens out; each
    run of kept tokens then starts a sentence, so no span bridges a gap.
    """
    index = numpy.arange(len(doc)) if keep is None else numpy.flatnonzero(keep)
    arr = doc.to_array([ORTH, SPACY])[index]
    strings = doc.vocab.strings
    proxy = Doc(doc.vocab, words=[strings[o] for o in arr[:, 0].tolist()], spaces=arr[:, 1].astype(bool).tolist())
    t = doc.tensor
    if t is not None and t.ndim == 2 and t.shape[0] == len(doc):
        proxy.tensor = t[index] if keep is not None else t
    proxy.user_data[FEATURES_KEY] = feature_ids(doc)[index]
    if keep is not None and len(index):
        for i in numpy.flatnonzero(numpy.diff(index) > 1).tolist():
            proxy[i + 1].is_sent_start = True
    return proxy, index


SKIP_SHARE = 0.01  # sentences this much inside rule contents are not tagged
CUE_RATE = 0.2  # sentences with no lemma heading a gold cue this often are not tagged


def uncovered(doc: Doc, covered: list[tuple[int, int]], share: Optional[float] = None) -> numpy.ndarray:
    """Return a token mask of the sentences worth tagging: less than ``share`` inside the ``covered``
    character spans, and holding a lemma that often heads a cue (see :func:`cue_lemma_ids`)."""
    starts = doc.to_array(IDX).astype("int64")
    inside = numpy.zeros(len(doc), dtype=bool)
    for s, e in covered:
        inside[numpy.searchsorted(starts, s):numpy.searchsorted(starts, e)] = True
    cues = cue_lemma_ids()
    cue_tok = numpy.isin(doc.to_array(LEMMA).astype("uint64"), cues) if len(cues) else numpy.ones(len(doc), bool)
    limit = SKIP_SHARE if share is None else share
    keep = numpy.zeros(len(doc), dtype=bool)
    for sent in doc.sents:
        s, e = sent.start, sent.end
        if inside[s:e].mean() < limit and cue_tok[s:e].any():
            keep[s:e] = True
    return keep


@lru_cache(maxsize=4)
def cue_lemma_ids(min_rate: Optional[float] = None) -> numpy.ndarray:
    """Return the hash ids of the lemmas that head a gold cue at least ``CUE_RATE`` of the time (empty if no file)."""
    rate = CUE_RATE if min_rate is None else min_rate
    try:
        lines = CUE_LEMMAS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return numpy.zeros(0, dtype="uint64")
    ids = []
    for line in lines:
        parts = line.split("\t")
        if len(parts) == 3 and float(parts[2]) >= rate:
            ids.append(get_string_id(parts[0]))
    return numpy.asarray(ids, dtype="uint64")


# -- prediction ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def load_tagger() -> Optional[Callable]:
    """Return the trained ``ner`` pipe (its own blank pipeline), or None when the weights are missing."""
    if not (MODEL_DIR / "model").exists():
        return None
    try:
        import spacy

        nlp = spacy.blank("en")
        pipe = nlp.add_pipe("ner", name="quote_spans", config=parser_config(**_stored_dims()))
        pipe.from_disk(MODEL_DIR, exclude=["vocab"])
        return pipe
    except (OSError, ValueError, KeyError):
        return None


def _stored_dims() -> dict:
    import json

    try:
        return json.loads((MODEL_DIR / "dims.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def tag_spans(doc: Doc, covered: Optional[list[tuple[int, int]]] = None) -> list[GoldSpan]:
    """Return the tagger's SOURCE / CUE / CONTENT spans over ``doc`` (empty without weights, tensor or parse).

    With ``covered`` (character spans), only the sentences mostly outside them are tagged.
    """
    pipe = load_tagger()
    if pipe is None or not len(doc) or not doc.has_annotation("DEP") or doc.tensor is None \
            or doc.tensor.ndim != 2 or doc.tensor.shape[0] != len(doc):
        return []
    keep = uncovered(doc, covered) if covered else None
    if keep is not None and not keep.any():
        return []
    for label in LABELS:  # the tagger's labels may be new to the pipeline's string store
        doc.vocab.strings.add(label)
    proxy, index = proxy_doc(doc, keep)
    states = pipe.predict([proxy])
    pipe.set_annotations([proxy], states)
    return [GoldSpan(e.label_, int(index[e.start]), int(index[e.end - 1]) + 1) for e in proxy.ents if e.label_ in LABELS]


# -- grouping --------------------------------------------------------------------------------------
class TaggedAttribution(NamedTuple):
    """A CONTENT span with the CUE and SOURCE the tagger found nearest to it (token offsets)."""

    content: tuple[int, int]
    cue: Optional[tuple[int, int]]
    source: Optional[tuple[int, int]]


CUE_REACH = 30  # tokens between a content and its cue
SOURCE_REACH = 12  # tokens between a cue and its source


def group_spans(doc: Doc, spans: list[GoldSpan]) -> list[TaggedAttribution]:
    """Return one attribution per CONTENT span: the nearest CUE in its paragraph, the SOURCE nearest that cue.

    A cue is searched in the content's paragraph, and for a content that opens a paragraph also at the
    end of the paragraph before it ("He said:" introducing the next one).
    """
    text = doc_text(doc)
    cues = [(g.start, g.end) for g in spans if g.label == "CUE"]
    sources = [(g.start, g.end) for g in spans if g.label == "SOURCE"]
    out = []
    for g in spans:
        if g.label != "CONTENT":
            continue
        c0 = doc[g.start].idx
        para_lo = text.rfind("\n", 0, c0) + 1
        para_hi = text.find("\n", doc[g.end - 1].idx)
        para_hi = len(text) if para_hi < 0 else para_hi
        if para_lo > 0 and not text[para_lo:c0].strip():  # the content opens its paragraph
            para_lo = text.rfind("\n", 0, len(text[:para_lo].rstrip())) + 1
        best = None
        for cs, ce in cues:
            if not (para_lo <= doc[cs].idx and doc[ce - 1].idx < para_hi):
                continue
            dist = cs - g.end if cs >= g.end else g.start - ce if ce <= g.start else None
            if dist is None or dist > CUE_REACH:
                continue
            if best is None or dist < best[0]:
                best = (dist, (cs, ce))
        cue = best[1] if best else None
        source = None
        if cue is not None:
            near = None
            for ss, se in sources:
                if g.start <= ss < g.end:
                    continue
                dist = cue[0] - se if se <= cue[0] else ss - cue[1] if ss >= cue[1] else None
                if dist is None or dist > SOURCE_REACH or "\n" in text[min(doc[ss].idx, doc[cue[0]].idx):
                                                                       max(doc[se - 1].idx, doc[cue[1] - 1].idx)]:
                    continue
                # the source sits on the cue's side away from the content, or between them
                if near is None or dist < near[0]:
                    near = (dist, (ss, se))
            source = near[1] if near else None
        out.append(TaggedAttribution((g.start, g.end), cue, source))
    return out
