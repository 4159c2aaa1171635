"""Throughput of the full pipeline against bare spaCy on the same texts, in one process."""
from __future__ import annotations

import resource
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.components.factories import COMPONENT_ORDER
from newsdesk.pipeline import Failure, RawArticle, analyze_raw, load_nlp, prepare_doc


@dataclass
class BenchResult:
    articles: int
    words: int
    bare_seconds: float
    full_seconds: float
    layer_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    failures: int = 0

    @property
    def ratio(self) -> float:
        """Full-pipeline throughput as a share of bare spaCy throughput (1.0 = no overhead)."""
        return self.bare_seconds / self.full_seconds if self.full_seconds else 0.0

    def layer_share(self, name: str) -> float:
        """Return a layer's cost as a share of bare spaCy time."""
        return self.layer_seconds.get(name, 0.0) / self.bare_seconds if self.bare_seconds else 0.0

    def lines(self) -> list[str]:
        def rate(seconds: float) -> str:
            return f"{self.words / seconds:,.0f} words/s, {self.articles / seconds:,.1f} articles/s"

        out = [
            f"corpus: {self.articles} articles, {self.words:,} words",
            f"bare spaCy nlp.pipe: {self.bare_seconds:.2f} s  ({rate(self.bare_seconds)})  best of the repeats",
            f"full newsdesk:       {self.full_seconds:.2f} s  ({rate(self.full_seconds)})",
            f"ratio full/bare throughput: {self.ratio:.2f}",
            f"peak RSS: {self.peak_rss_mb:,.0f} MB",
        ]
        for name, seconds in self.layer_seconds.items():
            out.append(f"  layer {name:<24} {seconds:6.2f} s  = {self.layer_share(name):5.1%} of bare spaCy time")
        if self.failures:
            out.append(f"failed articles: {self.failures}")
        return out


def read_corpus(path: str, limit: int | None = None) -> list[RawArticle]:
    """Return the articles of a throughput corpus: one article per line (.txt), or any analyze input."""
    p = Path(path)
    if p.suffix == ".txt" and p.is_file():
        lines = [ln for ln in p.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
        raws = [RawArticle(id=f"{p.stem}-{i + 1}", text=ln) for i, ln in enumerate(lines)]
    else:
        from newsdesk.corpus.readers import read_inputs

        raws = [r for r in read_inputs([path]) if isinstance(r, RawArticle)]
    return raws[:limit] if limit else raws


def run_bench(raws: list[RawArticle], model: str | None = None, batch_size: int = 32, repeat: int = 3) -> BenchResult:
    """Time bare spaCy, each newsdesk layer, and the whole pipeline over the same articles.

    Bare and full passes alternate ``repeat`` times and the best time of each is kept, so
    a noisy neighbour on a shared machine does not decide the ratio.
    """
    nlp = load_nlp(model)
    ours = [name for name in nlp.pipe_names if name in COMPONENT_ORDER]
    # Warm up once so model loading and lazy data do not count against either side.
    list(analyze_raw(raws[:2], nlp, batch_size=batch_size))

    bare = full = float("inf")
    results: list = []
    for _ in range(max(1, repeat)):
        with nlp.select_pipes(disable=ours):
            t0 = time.perf_counter()
            list(nlp.pipe((raw.text for raw in raws), batch_size=batch_size))
            bare = min(bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        results = list(analyze_raw(raws, nlp, batch_size=batch_size))
        full = min(full, time.perf_counter() - t0)

    # The layers are timed one by one on Docs that carry the metadata the pipeline would set, each the best of
    # ``repeat`` passes over fresh copies of the parsed Docs (one pass is at the mercy of a noisy neighbour).
    with nlp.select_pipes(disable=ours):
        parsed = list(nlp.pipe((prepare_doc(nlp, raw) for raw in raws), batch_size=batch_size))
    layers: dict[str, float] = {}
    docs = parsed
    for _ in range(max(1, repeat)):
        docs = [doc.copy() for doc in parsed]
        for name in ours:
            component = nlp.get_pipe(name)
            t0 = time.perf_counter()
            docs = [component(doc) for doc in docs]
            layers[name] = min(layers.get(name, float("inf")), time.perf_counter() - t0)

    words = sum(sum(1 for t in doc if not t.is_space and not t.is_punct) for doc in docs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    failures = sum(isinstance(r, Failure) for r in results)
    return BenchResult(len(raws), words, bare, full, layers, peak, failures)
