"""Build the spaCy pipeline once, turn raw articles into Docs and Docs into Article records."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsdesk import settings
from newsdesk.components.extensions import doc_list, doc_text, register_extensions, remember_text
from newsdesk.components.factories import COMPONENT_ORDER
from newsdesk.corpus.cleaning import detect_language, find_boilerplate, mask_spans, plain_spaces
from newsdesk.errors import InputError, ModelError, NewsdeskError, NotEnglishError
from newsdesk.records import Article, with_span_texts


@dataclass
class RawArticle:
    """An article as read, before analysis: text plus whatever metadata came with it."""

    id: str
    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    author: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Failure:
    """An article that could not be analysed; batches count these and go on."""

    id: str
    code: str
    message: str
    record: Optional[Article] = None  # partial record (e.g. non-English: language set, nothing analysed)

    def __str__(self) -> str:
        return f"{self.id}: {self.code} {self.message}"


def content_id(text: str) -> str:
    """Return a stable id for an article without one: a hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:16]


@lru_cache(maxsize=4)
def load_nlp(model: Optional[str] = None, components: tuple[str, ...] = COMPONENT_ORDER) -> Language:
    """Return the spaCy pipeline with the newsdesk components, loaded once per process."""
    name = model or str(settings.MODEL.value())
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {str(exc).splitlines()[0][:200]}") from None
    return add_newsdesk_components(nlp, components)


def add_newsdesk_components(nlp: Language, components: Iterable[str] = COMPONENT_ORDER) -> Language:
    """Add the newsdesk components to a user's pipeline (after its NER) and return it."""
    import newsdesk.components  # noqa: F401  registers the factories

    register_extensions()
    if "parser" in nlp.pipe_names and "newsdesk_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsdesk_paragraphs", before="parser")
    for name in components:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    nlp.max_length = max(nlp.max_length, int(settings.MAX_CHARS.value()) + 1)
    return nlp


def prepare_doc(nlp: Language, raw: RawArticle) -> Doc:
    """Return a tokenised Doc for ``raw`` with its metadata on ``doc._``; raise InputError if unusable.

    Site furniture is blanked with spaces before tokenising so that every offset
    in the Doc indexes the original text unchanged.
    """
    text = raw.text
    limit = int(settings.MAX_CHARS.value())
    if not text or not text.strip():
        raise InputError("empty article: no text to analyse", code="ND101")
    if len(text) > limit:
        raise InputError(
            f"article is {len(text):,} characters; the limit is {limit:,} (set NEWSDESK_MAX_CHARS to raise it)",
            code="ND104",
        )
    boilerplate = find_boilerplate(text)
    masked = plain_spaces(mask_spans(text, boilerplate))
    doc = nlp.make_doc(masked)
    remember_text(doc, masked)
    doc._.newsdesk_id = raw.id
    doc._.newsdesk_published = raw.published
    doc._.newsdesk_boilerplate = boilerplate
    doc._.newsdesk_warnings = list(raw.warnings)
    return doc


def check_language(raw: RawArticle) -> Optional[Failure]:
    """Return a Failure (with a partial record) when the article is not English, else None."""
    lang = detect_language(raw.text)
    if lang in ("en", "und"):
        return None
    message = f"article language is {lang!r}, not English: nothing analysed"
    record = Article(
        id=raw.id, text=raw.text, title=raw.title, published=raw.published, source=raw.source,
        url=raw.url, author=raw.author, language=lang, warnings=list(raw.warnings) + [message],
    )
    return Failure(raw.id, NotEnglishError.code, message, record)


def doc_to_record(doc: Doc, raw: RawArticle) -> Article:
    """Return the Article record for an analysed Doc; ``text`` is the original article text."""
    record = Article(
        id=raw.id,
        text=raw.text,
        title=raw.title,
        published=doc._.newsdesk_published or raw.published,
        source=raw.source,
        url=raw.url,
        author=raw.author,
        language="en",
        warnings=doc_list(doc, "newsdesk_warnings"),
        boilerplate=doc_list(doc, "newsdesk_boilerplate"),
        entities=doc_list(doc, "newsdesk_entities"),
        quotes=doc_list(doc, "newsdesk_quotes"),
        events=doc_list(doc, "newsdesk_events"),
        places=doc_list(doc, "newsdesk_places"),
        dates=doc_list(doc, "newsdesk_dates"),
        contested=doc_list(doc, "newsdesk_contested"),
    )
    # the Doc was parsed with odd spaces made plain (prepare_doc): spans take the article's own characters
    return with_span_texts(record, raw.text) if doc_text(doc) != raw.text else record


def analyze_raw(
    raws: Iterable[Union[RawArticle, Failure]],
    nlp: Optional[Language] = None,
    batch_size: Optional[int] = None,
) -> Iterator[Union[Article, Failure]]:
    """Yield one Article or Failure per input, in input order; a bad article never stops the batch."""
    nlp = nlp or load_nlp()
    batch_size = batch_size or int(settings.BATCH_SIZE.value())
    pending: list[tuple[RawArticle, Union[Doc, Failure]]] = []

    def flush() -> Iterator[Union[Article, Failure]]:
        docs = [d for _, d in pending if isinstance(d, Doc)]
        done = iter(_pipe_safely(nlp, docs, batch_size))
        for raw, item in pending:
            if isinstance(item, Failure):
                yield item
                continue
            result = next(done)
            yield result if isinstance(result, Failure) else doc_to_record(result, raw)
        pending.clear()

    for raw in raws:
        if isinstance(raw, Failure):
            pending.append((RawArticle(raw.id, ""), raw))
        else:
            pending.append((raw, _prepare_or_fail(nlp, raw)))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def _prepare_or_fail(nlp: Language, raw: RawArticle) -> Union[Doc, Failure]:
    try:
        failure = check_language(raw)  # empty text detects as "und" and fails in prepare_doc
        if failure is not None:
            return failure
        return prepare_doc(nlp, raw)
    except NewsdeskError as exc:
        return Failure(raw.id, exc.code, exc.args[0])


def _pipe_safely(nlp: Language, docs: list[Doc], batch_size: int) -> list[Union[Doc, Failure]]:
    """Run the pipeline over ``docs``; if the batch fails, redo it one by one to isolate the bad article."""
    try:
        return list(nlp.pipe(docs, batch_size=batch_size))
    except Exception:  # noqa: BLE001  a component bug must not cost the whole batch
        results: list[Union[Doc, Failure]] = []
        for doc in docs:
            try:
                results.append(nlp(doc))
            except Exception as exc:  # noqa: BLE001
                results.append(Failure(doc._.newsdesk_id or "?", "ND900", f"analysis failed: {type(exc).__name__}: {exc}"))
        return results


def analyze_text(
    text: str,
    published: Optional[str] = None,
    *,
    id: Optional[str] = None,
    title: Optional[str] = None,
    source: Optional[str] = None,
    model: Optional[str] = None,
) -> Article:
    """Return the analysis of one article text; raise NewsdeskError when it cannot be analysed.

    A non-English text returns its record with ``language`` set, no annotations and a warning.
    """
    raw = RawArticle(id=id or content_id(text), text=text, title=title, published=published, source=source)
    (result,) = list(analyze_raw([raw], load_nlp(model)))
    if isinstance(result, Failure):
        if result.record is not None:
            return result.record
        raise InputError(result.message, code=result.code)
    return result

