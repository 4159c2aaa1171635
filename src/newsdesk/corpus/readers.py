"""Read articles in: .txt, .html/.htm, .jsonl files, directories and stdin, as RawArticle or Failure.

Every input yields either a :class:`~newsdesk.pipeline.RawArticle` or a
:class:`~newsdesk.pipeline.Failure` with a short code; nothing here raises for a
bad file or a bad line, so a batch always goes on. For plain-text input the
article ``text`` is the file's text exactly, so offsets index the input.

Codes: ND101 empty, ND102 missing, ND103 HTML without article text, ND104 too
large, ND105 binary, ND106 unsupported extension, ND108 bad JSONL record.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Iterator, Optional, Union

from newsdesk import settings
from newsdesk.pipeline import Failure, RawArticle, content_id

SUPPORTED_EXTENSIONS = (".txt", ".html", ".htm", ".jsonl")
_SNIFF_BYTES = 8192
MIN_HTML_WORDS = 5  # fewer words than this outside the title: a menu or a stub, not an article
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

Item = Union[RawArticle, Failure]


def sniff_format(text: str) -> str:
    """Return "jsonl" if the first non-space character is '{', "html" if it is '<', else "text"."""
    head = text.lstrip()[:1]
    if head == "{":
        return "jsonl"
    if head == "<":
        return "html"
    return "text"


def normalize_published(value: object) -> Optional[str]:
    """Return the YYYY-MM-DD date at the start of ``value`` (e.g. an ISO timestamp), else None."""
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value)
    return match.group(1) if match else None


def check_published(value: Optional[str]) -> Optional[str]:
    """Return a ``--published`` value unchanged if it is a YYYY-MM-DD date; raise InputError (ND107) if not."""
    from datetime import date

    from newsdesk.errors import InputError

    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--published must be YYYY-MM-DD, got {value!r}", code="ND107") from None
    return value


def read_inputs(paths: list[str], published: Optional[str] = None) -> Iterator[Item]:
    """Yield one RawArticle or Failure per article found in ``paths`` ('-' is stdin), in order.

    ``published`` fills the publication date of every article whose input carries none.
    """
    for path in paths:
        for item in _read_path(path):
            if published and isinstance(item, RawArticle) and not item.published:
                item.published = published
            yield item


def _read_path(path: str) -> Iterator[Item]:
    if path == "-":
        yield from _read_stdin()
        return
    p = Path(path)
    if p.is_dir():
        yield from _read_dir(p)
        return
    if not p.exists():
        yield Failure(path, "ND102", "no such file or directory")
        return
    yield from _read_file(p)


def _read_dir(root: Path) -> Iterator[Item]:
    files = sorted(
        f for f in root.rglob("*")
        if f.is_file() and f.suffix.lower() in SUPPORTED_EXTENSIONS
        and not any(part.startswith(".") for part in f.relative_to(root).parts)
    )
    if not files:
        yield Failure(str(root), "ND101", f"directory holds no {', '.join(SUPPORTED_EXTENSIONS)} files")
        return
    for f in files:
        yield from _read_file(f)


def _read_file(p: Path) -> Iterator[Item]:
    suffix = p.suffix.lower()
    if suffix and suffix not in SUPPORTED_EXTENSIONS:
        yield Failure(str(p), "ND106",
                      f"unsupported file type {suffix!r}: use .txt, .html, .htm or .jsonl")
        return
    ident = p.stem
    try:
        size = p.stat().st_size
        chars = int(settings.MAX_CHARS.value())
        if suffix != ".jsonl" and size > 4 * chars:  # UTF-8 has at most 4 bytes a character
            yield Failure(ident, "ND104", f"file is {size:,} bytes, more than the limit allows; "
                                          f"the limit is {chars:,} characters (set NEWSDESK_MAX_CHARS to raise it)")
            return
        data = p.read_bytes()
    except OSError as exc:
        yield Failure(ident, "ND102", f"cannot read {p}: {exc.strerror or exc}")
        return
    if suffix == ".jsonl":
        yield from _from_jsonl(data, p.name)
    elif suffix in (".html", ".htm"):
        yield _from_html(data, ident)
    elif suffix == ".txt":
        yield _from_text(data, ident)
    else:  # no extension: look at the content
        yield from _from_sniffed(data, ident)


def _read_stdin() -> Iterator[Item]:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8", "surrogateescape")
    yield from _from_sniffed(data, "stdin")


def _from_sniffed(data: bytes, ident: str) -> Iterator[Item]:
    kind = sniff_format(data[:_SNIFF_BYTES].decode("utf-8", "replace"))
    if kind == "jsonl":
        yield from _from_jsonl(data, ident)
    elif kind == "html":
        yield _from_html(data, ident)
    else:
        yield _from_text(data, ident)


def is_binary(data: bytes) -> bool:
    """Return True when ``data`` looks like binary, not text: NUL bytes or mostly control characters."""
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    text = sample.decode("utf-8", "replace")
    odd = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v"))
    return odd / len(text) > 0.3


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Return the text of ``data`` and warnings; invalid UTF-8 is replaced by U+FFFD and warned about."""
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", "replace"), []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        text = data.decode("utf-8", "replace")
        bad = text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
        return text, [f"input is not valid UTF-8: {bad} invalid byte sequence(s) replaced with U+FFFD"]


def _check_bytes(data: bytes, ident: str) -> Optional[Failure]:
    if not data.strip():
        return Failure(ident, "ND101", "empty input: no text to analyse")
    if is_binary(data) and not data.startswith(_UTF16_BOMS):
        return Failure(ident, "ND105", "binary data, not text: cannot analyse")
    return None


def _from_text(data: bytes, ident: str) -> Item:
    failure = _check_bytes(data, ident)
    if failure:
        return failure
    text, warnings = decode_text(data)
    if not text.strip():
        return Failure(ident, "ND101", "empty input: no text to analyse")
    return RawArticle(id=ident, text=text, warnings=warnings)


def _from_html(data: bytes, ident: str) -> Item:
    failure = _check_bytes(data, ident)
    if failure:
        return failure
    try:
        from trafilatura import bare_extraction

        doc = bare_extraction(data, with_metadata=True)
    except Exception as exc:  # noqa: BLE001  a third-party parser must not stop the batch
        return Failure(ident, "ND103", f"cannot parse HTML: {type(exc).__name__}: {str(exc)[:120]}")
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    # trafilatura puts one block (heading, paragraph) per line: a blank line marks each as a paragraph, so
    # a headline is no part of the first sentence ("... demands inquiry LISBON - ...")
    text = re.sub(r"\n+", "\n\n", text.strip())
    if not _has_article_text(text, getattr(doc, "title", None)):
        return Failure(ident, "ND103", "HTML with no article text")
    return RawArticle(
        id=ident,
        text=text,
        title=getattr(doc, "title", None) or None,
        published=normalize_published(getattr(doc, "date", None)),
        source=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or None,
        author=getattr(doc, "author", None) or None,
    )


def _has_article_text(text: str, title: Optional[str]) -> bool:
    """Return True unless the extracted text is only a title or a few words of navigation."""
    body = text.strip()
    if title and body.startswith(title.strip()):
        body = body[len(title.strip()):]
    return len(re.findall(r"\w+", body)) >= MIN_HTML_WORDS


def _from_jsonl(data: bytes, name: str) -> Iterator[Item]:
    failure = _check_bytes(data, name)
    if failure:
        yield failure
        return
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield _from_jsonl_line(line, number, name)


def _from_jsonl_line(line: bytes, number: int, name: str) -> Item:
    where = f"line {number}"
    raw, warnings = decode_text(line)
    try:
        obj = json.loads(raw)
    except ValueError as exc:
        return Failure(where, "ND108", f"{name} {where}: not JSON ({str(exc)[:60]})")
    if not isinstance(obj, dict):
        return Failure(where, "ND108", f"{name} {where}: not a JSON object")
    ident = str(obj["id"]) if obj.get("id") not in (None, "") else None
    text = obj.get("text")
    if not isinstance(text, str):
        return Failure(ident or where, "ND108", f"{name} {where}: record has no \"text\" string")
    if not text.strip():
        return Failure(ident or where, "ND101", "empty article: no text to analyse")
    warnings = [w.replace("input", f"{name} {where}", 1) for w in warnings]
    published = obj.get("published")
    date = normalize_published(published)
    if published not in (None, "") and date is None:
        warnings.append(f"published {published!r} is not YYYY-MM-DD: ignored")
    return RawArticle(
        id=ident or content_id(text),
        text=text,
        title=_opt_str(obj.get("title")),
        published=date,
        source=_opt_str(obj.get("source")),
        url=_opt_str(obj.get("url")),
        author=_opt_str(obj.get("author")),
        warnings=warnings,
    )


def _opt_str(value: object) -> Optional[str]:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)
