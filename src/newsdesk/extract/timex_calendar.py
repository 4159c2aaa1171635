"""Calendar arithmetic and explicit dates for the TIMEX3 normaliser.

Dates with a month, a day number, a year or a numeric form ("Feb. 4, 2014", "3/2/2014",
"April", "the summer of 2014"), clock times and parts of day, and the rules that pick a
year for a month or a week for a weekday from the anchor date and the tense.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from newsdesk.extract.timex_lexicon import MONTHS, ORDINALS, PARTS_OF_DAY, SEASONS, WEEKDAYS

Result = Optional[tuple[str, str]]


@dataclass(frozen=True)
class TimexContext:
    """What the normaliser knows beyond the expression's own words."""

    anchor: Optional[date] = None
    tense: Optional[str] = None  # "past" | "future" | "present" | None
    quarter: Optional[int] = None  # the fiscal quarter the sentence talks about, if any


# ----------------------------------------------------------------------------- date arithmetic

def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_quarter(year: int, q: int, n: int) -> tuple[int, int]:
    k = year * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> Optional[date]:
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        d = first + timedelta(days=offset + 7 * (n - 1))
        return d if d.month == month else None
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def direction_of(t: str, ctx: TimexContext) -> int:
    """-1 for past, +1 for future, 0 when nothing says which."""
    if re.search(r"\b(?:last|past|previous|preceding|ago|earlier|before|recent|since)\b", t):
        return -1
    if re.search(r"\b(?:next|coming|following|upcoming|later|from now|ahead|hence)\b", t):
        return 1
    if ctx.tense == "past":
        return -1
    if ctx.tense == "future":
        return 1
    return 0


# How far after the anchor a past-tense "Dec. 7" may still fall (dividends "declared ... payable Dec. 7").
PAST_TOLERANCE_DAYS = 92


def resolve_month_day(month: int, day: Optional[int], ctx: TimexContext, direction: int) -> Optional[date]:
    """Pick the year for a month (and day) with no year: the nearest, leaning the way the tense points.

    News often reports past-tense decisions about near-future dates ("declared a dividend
    payable Dec. 7"), so a tense only rules out dates more than about three months the other way.
    """
    a = ctx.anchor
    if a is None:
        return None
    cands = [safe_date(y, month, day or 1) for y in (a.year - 1, a.year, a.year + 1)]
    cands = [c for c in cands if c]
    if not cands:
        return None
    ref = a if day else a.replace(day=1)
    if direction < 0:
        cands = [c for c in cands if (c - ref).days <= (PAST_TOLERANCE_DAYS if day else 0)] or cands
    elif direction > 0:
        cands = [c for c in cands if (ref - c).days <= 7] or cands
    return min(cands, key=lambda c: (abs((c - ref).days), c < ref))


def resolve_weekday(weekday: int, ctx: TimexContext, direction: int, t: str = "") -> Optional[date]:
    a = ctx.anchor
    if a is None:
        return None
    delta = weekday - a.isoweekday()
    if re.search(r"\bnext\b", t):
        monday_next = a + timedelta(days=7 - a.isoweekday() + 1)
        return monday_next + timedelta(days=weekday - 1) if delta <= 0 or "week" in t else a + timedelta(days=delta)
    if re.search(r"\blast\b|\bprevious\b", t):
        if delta < 0:
            return a + timedelta(days=delta)
        return a + timedelta(days=delta - 7)
    if re.search(r"\bthis\b", t) and direction == 0:
        direction = 1 if delta > 0 else -1
    if direction > 0:
        return a + timedelta(days=delta % 7)
    return a - timedelta(days=(-delta) % 7)


# ----------------------------------------------------------------------------- component parsers

TIME_RE = re.compile(
    r"\b(\d{1,2})(?:[:.](\d\d))?(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?|o'clock|h\b)"
    r"|\b(\d{1,2}):(\d\d)(?::(\d\d))?\b|\b(noon|midday|midnight)\b|\b([01]\d|2[0-3])(\d\d) (?:gmt|utc|hours|hrs)\b"
)


def time_of_day(t: str) -> Optional[str]:
    m = TIME_RE.search(t)
    if not m:
        return None
    if m.group(8):
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m.group(8)]
    if m.group(9):
        return f"{m.group(9)}:{m.group(10)}"
    if m.group(5):
        h, mi = int(m.group(5)), int(m.group(6))
        if h > 24 or mi > 59:
            return None
        hm = f"{h:02d}:{mi:02d}"
        return hm + (f":{m.group(7)}" if m.group(7) else "")
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    suffix = m.group(4)
    if h > 12 and suffix != "h" or mi > 59:
        return None
    if suffix.startswith("p") and h < 12:
        h += 12
    elif suffix.startswith("a") and h == 12:
        h = 0
    if "in the evening" in t or "at night" in t or "in the afternoon" in t:
        h = h + 12 if h < 12 else h
    return f"{h:02d}:{mi:02d}"


def part_of_day(t: str) -> Optional[str]:
    for word, code in PARTS_OF_DAY.items():
        if re.search(rf"\b{word}s?\b", t):
            return code
    return None


def with_time(day: Optional[str], t: str) -> tuple[str, str]:
    """Append a clock time or part of day to a date value."""
    if day is None:
        return None  # type: ignore[return-value]
    clock = time_of_day(t)
    if clock:
        return f"{day}T{clock}", "TIME"
    part = part_of_day(t)
    if part:
        return f"{day}T{part}", "TIME"
    return day, "DATE"


MONTH_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?")
WEEKDAY_RE = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")(s?)\b")
YEAR_RE = re.compile(r"(?<![\d.,$])(1[0-9]\d\d|20\d\d)(?![\d%])(?!s\b)|'(\d\d)\b(?!s)")
_DAY_AFTER_MONTH = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|\d|percent|%|[ap]\.?m))")
_DAY_BEFORE_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_ORD_BEFORE_MONTH = re.compile(r"\b(?:the\s+)?(" + "|".join(ORDINALS) + r")\s+(?:of\s+)?$")


def year_of(m: re.Match) -> int:
    if m.group(1):
        return int(m.group(1))
    yy = int(m.group(2))
    return 1900 + yy if yy > 30 else 2000 + yy


def _numeric_date(t: str) -> Optional[str]:
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", t) or re.search(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b", t)
    if m:
        d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d.isoformat() if d else None
    m = re.search(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d\d)\b", t)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y < 100:
            y += 1900 if y > 30 else 2000
        month, day = (a, b) if a <= 12 else (b, a)
        d = safe_date(y, month, day)
        return d.isoformat() if d else None
    m = re.search(r"\b(\d{4})-(\d\d)\b", t)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}"
    return None


def calendar_value(t: str, ctx: TimexContext) -> Result:
    """Dates that name a month, a day number, a year, or a numeric date."""
    num = _numeric_date(t)
    if num:
        return with_time(num, t)
    mm = MONTH_RE.search(t)
    if mm and mm.group(1) == "may" and not re.search(r"\d|\b(?:last|next|this|early|late|mid|in|of|since)\b", t) \
            and t.strip() != "may":
        mm = None
    ym = YEAR_RE.search(t)
    year = year_of(ym) if ym else None
    if mm:
        month = MONTHS[mm.group(1)]
        rest_after = t[mm.end():]
        rest_before = t[: mm.start()]
        day = None
        dm = _DAY_AFTER_MONTH.match(rest_after)
        if dm and 1 <= int(dm.group(1)) <= 31 and not (year and dm.group(1) == str(year)[-2:] and "'" in rest_after[:3]):
            day = int(dm.group(1))
        else:
            db = _DAY_BEFORE_MONTH.search(rest_before)
            if db and 1 <= int(db.group(1)) <= 31:
                day = int(db.group(1))
            else:
                ob = _ORD_BEFORE_MONTH.search(rest_before)
                if ob and ob.group(1) != "last":
                    day = ORDINALS[ob.group(1)]
        rel_year = re.search(r"\b(this|last|next|previous|the following|the previous) year\b", t)
        if year is None and rel_year and ctx.anchor is not None:
            year = ctx.anchor.year + {"this": 0, "last": -1, "previous": -1, "next": 1, "the following": 1,
                                      "the previous": -1}[rel_year.group(1)]
        if year is None:
            direction = direction_of(rest_before, ctx) if re.search(r"\b(?:last|next|this|coming|past)\b", rest_before) \
                else (-1 if ctx.tense == "past" else 1 if ctx.tense == "future" else 0)
            if re.search(r"\bthis\b", rest_before):
                direction = 0
            if re.search(r"\blast\b|\bpast\b", rest_before) and ctx.anchor is not None:
                ref = ctx.anchor.replace(day=1)
                d = date(ref.year if month < ref.month else ref.year - 1, month, 1)
                return with_time(f"{d.year}-{month:02d}" + (f"-{day:02d}" if day else ""), t)
            if re.search(r"\bnext\b", rest_before) and ctx.anchor is not None:
                ref = ctx.anchor
                y = ref.year if month > ref.month else ref.year + 1
                return with_time(f"{y}-{month:02d}" + (f"-{day:02d}" if day else ""), t)
            if re.search(r"\bthis\b", rest_before) and ctx.anchor is not None:
                return with_time(f"{ctx.anchor.year}-{month:02d}" + (f"-{day:02d}" if day else ""), t)
            resolved = resolve_month_day(month, day, ctx, direction)
            if resolved is None:
                return with_time(f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""), t)
            year = resolved.year
        if day:
            d = safe_date(year, month, day)
            return with_time(d.isoformat(), t) if d else None
        return f"{year}-{month:02d}", "DATE"
    sm = re.search(r"\b(spring|summer|fall|autumn|winter)\b", t)
    if year is not None:
        if sm:
            return f"{year}-{SEASONS[sm.group(1)]}", "DATE"
        q = quarter_number(t)
        if q:
            return f"{year}-Q{q}", "DATE"
        h = half_number(t)
        if h:
            return f"{year}-H{h}", "DATE"
        if ctx.quarter and re.search(r"\b(?:quarter|period)\b", t) and not re.search(r"\bfiscal\b|\bmonths\b", t):
            return f"{year}-Q{ctx.quarter}", "DATE"
        return with_time(str(year), t) if time_of_day(t) else (str(year), "DATE")
    return None


def quarter_number(t: str) -> Optional[int]:
    m = re.search(r"\b(first|second|third|fourth|last|1st|2nd|3rd|4th)[- ](?:fiscal |calendar )?quarter\b", t) \
        or re.search(r"\bq([1-4])\b", t)
    if not m:
        return None
    g = m.group(1)
    return int(g) if g.isdigit() else {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                                        "fourth": 4, "4th": 4, "last": 4}[g]


def half_number(t: str) -> Optional[int]:
    m = re.search(r"\b(first|second|last|1st|2nd) half\b", t)
    if not m:
        return None
    return 1 if m.group(1) in ("first", "1st") else 2
