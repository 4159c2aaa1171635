"""Site furniture and language checks on raw article text, without shifting offsets."""
from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.records import TextSpan

# Lines that belong to the site, not the story. Matched per line, case-insensitively.
_FURNITURE = re.compile(
    r"""^\s*(?:
        (?:latest|more|top|breaking)\s+news\s+(?:from|on|at)\b[^,;:]{0,60}
      | share\s+(?:this|on)\b.*
      | read\s+(?:more|also|next|the\s+rest)\b.*
      | (?:related|recommended|see\s+also|also\s+read)\s*(?:stories|articles|coverage)?\s*:.*
      | follow\s+us\s+on\b.*
      | (?:sign\s+up|subscribe)\b.{0,80}(?:newsletter|updates|alerts|today|now|here)\b.*
      | click\s+here\b.*
      | advertisement\s*
      | (?:copyright|©|\(c\))\s.*
      | all\s+rights\s+reserved\.?\s*
      | (?:tags|filed\s+under)\s*:.*
      | (?:email|print|tweet|facebook|twitter|whatsapp|linkedin)(?:\s*[|/·•]\s*\w+){1,6}\s*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def find_boilerplate(text: str) -> list[TextSpan]:
    """Return the spans of site-furniture lines (share buttons, "Read more:", copyright lines)."""
    spans: list[TextSpan] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and len(body) < 300 and _FURNITURE.match(body):
            start = pos + (len(body) - len(body.lstrip()))
            end = pos + len(body.rstrip())
            spans.append(TextSpan(start, end, text[start:end]))
        pos += len(line)
    return spans


def mask_spans(text: str, spans: list[TextSpan]) -> str:
    """Return ``text`` with each span blanked by spaces, so every offset stays where it was."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)


# Space characters other than " " (no-break, thin, em spaces ...): spaCy makes each its own token, which
# the parser then hangs inside phrases ("a \xa0press conference", ", \xa0“I did not ...").
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def plain_spaces(text: str) -> str:
    """Return ``text`` with every odd space character made a plain space (one for one, so offsets hold)."""
    return _ODD_SPACES.sub(" ", text)


@lru_cache(maxsize=1)
def _langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the text's language ("en", "de", ...); "und" when unsure.

    English function words decide first: a short, name-heavy English sentence can fool the
    character model ("Afghan President Hamid Karzai met Pakistani officials" scores as Bikol).
    A text is called non-English only when the model is confident and the text is long enough.
    """
    sample = text[:2000].strip()
    words = re.findall(r"[a-z]+", sample.lower())
    if len(sample) < 20 or not words:
        return "und"
    if sum(w in _EN_STOP for w in words) / len(words) >= 0.12:
        return "en"
    lang, prob = _langid().classify(sample)
    if lang == "en":
        return "en"
    if prob < 0.5 or len(words) < 8:
        return "und"
    return lang


_EN_STOP = frozenset(
    "the of and to in a is that for on was with he said it as by at from his an were are has have "
    "be had not but they who which their this been will its would after over".split()
)
