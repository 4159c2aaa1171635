"""TIMEX3 values for temporal expressions, relative to an anchor (the publication date).

:func:`normalise` is pure: expression text, anchor date, the tense of the governing
verb and a little sentence context in; ``(value, type)`` out, or None when the
text is not a temporal expression it understands. Relative expressions with no
anchor get an underspecified value ("XXXX-11") or None, never today's date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsdesk.extract.timex_lexicon import (
    FUTURE_WORDS, HOLIDAYS_FIXED, HOLIDAYS_FLOATING, MONTH_SPANS, MONTHS, ONES, ORDINALS, PARTS_OF_DAY,
    PAST_WORDS, PRESENT_WORDS, SEASONS, SET_WORDS, TENS, UNIT_PLURALS, UNITS, VAGUE_QUANTITIES,
    WEEKDAYS,
)
from newsdesk.extract.timex_calendar import (
    MONTH_RE, WEEKDAY_RE, YEAR_RE, Result, TimexContext, add_months, calendar_value, direction_of, half_number,
    iso_week, nth_weekday, part_of_day, quarter_number, quarter_of, resolve_weekday, safe_date, shift_quarter,
    time_of_day, with_time, year_of,
)
from newsdesk.extract.timex_parts import day_of_month, nth_weekday_of_month, part_of_year


# ----------------------------------------------------------------------------- text clean-up

_MODIFIERS = re.compile(
    r"^(?:(?:the|about|around|approximately|roughly|nearly|almost|some|more than|less than|"
    r"fewer than|over|under|at least|at most|just|only|fully|up to|as many as|as much as|"
    r"as long as|within|for|in|on|at|by|during|since|until|till|through|throughout|from|of|"
    r"barely|well|still|exactly|precisely|an estimated|upwards of|an additional|another|"
    r"the entire|the whole|all|a full|full|approx\.|ca\.|circa|nearly a|about a)\s+)+"
)
_NUM_WORD = "|".join(sorted(list(ONES) + list(TENS), key=len, reverse=True))
_COMPOUND_NUM = re.compile(rf"\b({'|'.join(TENS)})[- ]({'|'.join(k for k in ONES if ONES[k] < 10 and ONES[k])})\b")
_SINGLE_NUM = re.compile(rf"\b({_NUM_WORD})\b")
_YEAR_WORDS = re.compile(r"\b(1[0-9]|20) ([1-9]\d)\b")
_WORD_YEAR_OH = re.compile(r"\b(1[0-9]|20) (?:oh|o) ([1-9])\b")


_DECADES = {"twenties": "1920s", "thirties": "1930s", "forties": "1940s", "fifties": "1950s", "sixties": "1960s",
            "seventies": "1970s", "eighties": "1980s", "nineties": "1990s"}
_DECADE_WORDS = re.compile(r"\b(" + "|".join(_DECADES) + r")\b")


def _words_to_numbers(t: str) -> str:
    t = re.sub(r"\btwo thousand\b(?: and\b)?(?! (?:years|days|months|weeks))", "2000", t)
    t = re.sub(r"\bhalf an? ", "0.5 ", t)
    t = re.sub(r"\ba (?:couple|pair) of\b", "2", t)
    t = re.sub(r"\bcouple of\b", "2", t)
    t = re.sub(r"\ba dozen\b|\bdozen\b", "12", t)
    t = re.sub(r"\b(?:a|one) hundred\b", "100", t)
    t = _COMPOUND_NUM.sub(lambda m: str(TENS[m.group(1)] + ONES[m.group(2)]), t)
    t = _SINGLE_NUM.sub(lambda m: str(ONES.get(m.group(1), TENS.get(m.group(1)))), t)
    t = re.sub(r"\b2000 (\d{1,2})\b(?! (?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent))",
               lambda m: str(2000 + int(m.group(1))), t)
    t = re.sub(r"\b(\d+) and (?:a )?half\b|\b(\d+) (?:1/2|½)\b",
               lambda m: (m.group(1) or m.group(2)) + ".5", t)
    t = re.sub(r"\b(\d+) (?:1/4|¼)\b", lambda m: m.group(1) + ".25", t)
    t = re.sub(r"\b(\d+) (?:3/4|¾)\b", lambda m: m.group(1) + ".75", t)
    t = _WORD_YEAR_OH.sub(lambda m: m.group(1) + "0" + m.group(2), t)
    t = _YEAR_WORDS.sub(lambda m: m.group(1) + m.group(2), t)
    return t


def clean(text: str) -> str:
    """Return the lower-cased expression with number words as digits and no leading modifiers."""
    t = text.lower().replace("’", "'").replace("‘", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"\s+", " ", t).strip(" ,;:!?\"()[]")
    t = re.sub(r"\.$", "", t) if not re.search(r"\b[ap]\.m\.$", t) else t
    t = re.sub(r"'s\b(?= (?:quarter|period|first|second|third|fourth|end|results))", "", t)
    t = _words_to_numbers(t)
    t = re.sub(r"\bfiscal[- ](?=year|quarter|first|second|third|fourth|\d{4})", "", t)
    t = _DECADE_WORDS.sub(lambda m: _DECADES[m.group(1)], t)
    t = re.sub(r"\ba (?=\d|few\b)", "", t)
    t = re.sub(r"\b(?:a|an|one)\s+(?=(?:" + "|".join(UNITS) + r")\b)", "1 ", t)
    return t


def strip_modifiers(t: str) -> str:
    return _MODIFIERS.sub("", t).strip()


# ----------------------------------------------------------------------------- relative and vague

def _unit_of(word: str) -> Optional[str]:
    w = word.strip(".")
    w = UNIT_PLURALS.get(w, w)
    return w if w in UNITS else None


def duration_value(amount: Optional[float], unit: str) -> str:
    """Return a TIMEX3 duration such as P3Y, PT5H30M, PXW; decades become years."""
    letter, is_time = UNITS[unit]
    prefix = "PT" if is_time else "P"
    if amount is None:
        return prefix + "X" + {"DE": "E", "CE": "C", "ML": "L"}.get(letter, letter)
    if unit == "fortnight":
        amount, letter = amount * 2, "W"
    if letter in ("DE", "CE", "ML"):
        amount, letter = amount * {"DE": 10, "CE": 100, "ML": 1000}[letter], "Y"
    if amount != int(amount):
        whole = int(amount)
        frac = amount - whole
        sub = {"H": ("M", 60), "M": ("S", 60) if is_time else ("D", 30), "Y": ("M", 12), "D": ("H", 24),
               "W": ("D", 7)}.get(letter)
        if sub:
            minor = round(frac * sub[1])
            if letter == "D":
                return f"P{whole}DT{minor}H" if whole else f"PT{minor}H"
            head = f"{prefix}{whole}{letter}" if whole else prefix
            return f"{head}{minor}{sub[0]}"
    return f"{prefix}{int(amount)}{letter}"


_AMOUNT_UNIT = re.compile(
    r"(?:(\d+(?:\.\d+)?)|(" + "|".join(sorted(VAGUE_QUANTITIES, key=len, reverse=True)) + r"))?"
    r"(?:\s+(?:or|to|-)\s+\d+)?[\s-]*"
    r"\b(" + "|".join(sorted(list(UNITS) + list(UNIT_PLURALS), key=len, reverse=True)) + r")\b"
)


def _shift(a: date, n: int, unit: str, sign: int) -> tuple[str, str]:
    """The date value ``n`` units before (sign -1) or after (+1) the anchor, at the unit's granularity."""
    if unit in ("day", "night"):
        return (a + timedelta(days=sign * n)).isoformat(), "DATE"
    if unit in ("week", "fortnight"):
        return iso_week(a + timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1))), "DATE"
    if unit == "month":
        d = add_months(a.replace(day=1), sign * n)
        return f"{d.year}-{d.month:02d}", "DATE"
    if unit == "quarter":
        y, q = shift_quarter(a.year, quarter_of(a), sign * n)
        return f"{y}-Q{q}", "DATE"
    if unit == "year":
        return str(a.year + sign * n), "DATE"
    if unit == "decade":
        return str(a.year + sign * 10 * n), "DATE"
    if unit == "century":
        return str(a.year + sign * 100 * n), "DATE"
    if unit in ("hour", "minute", "second"):
        return a.isoformat(), "DATE"
    return str(a.year), "DATE"


def _current_season(a: date) -> tuple[int, str]:
    """Return the season the anchor falls in, with its year: January 2014 is in the winter "2013-WI"."""
    code = ("SP", "SU", "FA", "WI")[(a.month - 3) % 12 // 3]
    return (a.year - 1 if a.month < 3 else a.year), code


def _this_season(a: Optional[date], code: str, ctx: TimexContext) -> Optional[str]:
    """Return "this winter"'s value when no tense points away from it: the season we are in, or the
    year's one of that name; None when the tense decides (past: the last one, future: the next one)."""
    if a is None:
        return None
    year, now = _current_season(a)
    if code == now:
        return f"{year}-{code}"
    if ctx.tense in ("past", "future"):
        return None
    return f"{a.year}-{code}"


def _this_unit(a: Optional[date], unit: str, offset: int, ctx: TimexContext) -> Result:
    """last/this/next week, month, year, quarter, weekend, decade, century."""
    if unit == "weekend":
        if a is None:
            return "XXXX-WXX-WE", "DATE"
        d = a + timedelta(weeks=offset)
        if offset == 0 and ctx.tense == "past" and a.isoweekday() < 6:
            d = a - timedelta(weeks=1)
        return iso_week(d) + "-WE", "DATE"
    if a is None:
        return {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX",
                "day": "XXXX-XX-XX"}.get(unit, "XXXX"), "DATE"
    if unit == "day":
        return (a + timedelta(days=offset)).isoformat(), "DATE"
    if unit == "week":
        if offset == 0 and ctx.tense == "future" and a.isoweekday() == 7:
            offset = 1  # on a Sunday the ISO week ends: what is ahead "this week" falls in the week that starts
        return iso_week(a + timedelta(weeks=offset)), "DATE"
    if unit == "month":
        d = add_months(a.replace(day=1), offset)
        return f"{d.year}-{d.month:02d}", "DATE"
    if unit == "quarter":
        y, q = shift_quarter(a.year, quarter_of(a), offset)
        return f"{y}-Q{q}", "DATE"
    if unit == "year":
        return str(a.year + offset), "DATE"
    if unit == "decade":
        return str((a.year // 10 + offset))[:3], "DATE"
    if unit == "century":
        return str(a.year // 100 + offset), "DATE"
    if unit in SEASONS:
        code = SEASONS[unit]
        # seasons in the order of their year: "2024-WI" runs from December 2024 into 2025, so January and
        # February belong to the previous year's winter
        order = ["SP", "SU", "FA", "WI"]
        y, now = _current_season(a)
        if offset < 0:
            y = y if order.index(code) < order.index(now) else y - 1
        elif offset > 0:
            y = y if order.index(code) > order.index(now) else y + 1
        return f"{y}-{code}", "DATE"
    return None


_OFFSET_WORDS = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0,
                 "next": 1, "coming": 1, "following": 1, "upcoming": 1, "the": 0, "that": 0,
                 "this past": -1, "this coming": 1}


def _relative(t: str, ctx: TimexContext) -> Result:
    a = ctx.anchor
    if MONTH_RE.search(t) and re.search(r"\b(?:this|last|next) year\b", t):
        return None  # "April next year": a calendar month
    # today, yesterday, tomorrow, tonight
    for word, days in (("day before yesterday", -2), ("day after tomorrow", 2), ("yesterday", -1),
                       ("today", 0), ("tonight", 0), ("tomorrow", 1)):
        if re.search(rf"\b{word}\b", t):
            if a is None:
                return with_time("XXXX-XX-XX", t) if word != "tonight" else ("XXXX-XX-XXTNI", "TIME")
            day = (a + timedelta(days=days)).isoformat()
            if word == "tonight":
                return day + "TNI", "TIME"
            return with_time(day, t)
    if re.search(r"\blast night\b|\bovernight\b", t):
        day = (a - timedelta(days=1)).isoformat() if a and "last" in t else a.isoformat() if a else "XXXX-XX-XX"
        return day + "TNI", "TIME"
    if re.search(r"\bthis (morning|afternoon|evening)\b|\b(?:later|earlier) this (morning|afternoon|evening)\b", t):
        return ((a.isoformat() if a else "XXXX-XX-XX") + "T" + part_of_day(t)), "TIME"
    # N units ago / earlier / from now / later
    m = re.search(r"(?:(\d+(?:\.\d+)?)|(a few|few|several|some|many))?\s*\b("
                  + "|".join(sorted(list(UNITS) + list(UNIT_PLURALS), key=len, reverse=True))
                  + r")\s+(?:or so\s+)?(ago|earlier|before|back|from now|later|hence|after)\b", t)
    if m:
        unit = _unit_of(m.group(3))
        sign = -1 if m.group(4) in ("ago", "earlier", "before", "back") else 1
        if m.group(4) in ("earlier", "later", "before", "after") and unit not in ("year", None):
            plural = m.group(1) is None and m.group(3).endswith("s")  # "hours later": how many is not said
            amount = None if m.group(2) or plural else float(m.group(1)) if m.group(1) else 1.0
            return duration_value(amount, unit), "DURATION"
        if m.group(2) or (m.group(1) is None and m.group(3).endswith("s")):
            return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "DATE"
        n = float(m.group(1)) if m.group(1) else 1.0
        if unit is None:
            return None
        if a is None:  # "a week ago" with no publication date: underspecified, never today-based
            return _UNANCHORED.get(unit, "XXXX"), "DATE"
        if unit == "year" and ctx.quarter and n == 1 and not re.search(r"\b(?:day|month|week)\b", t):
            return f"{a.year - 1}-Q{ctx.quarter}", "DATE"
        if n != int(n):
            n = round(n)
        return _shift(a, int(n), unit, sign)
    # year-earlier / year-ago / a year earlier (financial comparison)
    if re.search(r"\byear[- ](?:earlier|ago)\b|\bprior[- ]year\b|\blast year's\b", t):
        if a is None:
            return "XXXX", "DATE"
        if ctx.quarter and not re.search(r"\b(?:months|year's)\b", t) or re.search(r"\bquarter\b", t):
            q = quarter_number(t) or ctx.quarter or quarter_of(a)
            return f"{a.year - 1}-Q{q}", "DATE"
        return str(a.year - 1), "DATE"
    # last/this/next + unit or weekend or season
    m = re.search(r"\b(this past|this coming|last|past|previous|preceding|this|current|next|coming|following|"
                  r"upcoming)\s+"
                  r"(day|week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter)\b"
                  r"(?!s)", t)
    if m:
        offset = _OFFSET_WORDS[m.group(1)]
        unit = m.group(2)
        if unit == "year" and a is not None and re.search(r"\bquarter|\bperiod\b", t):
            q = quarter_number(t) or ctx.quarter
            if q:
                return f"{a.year + offset}-Q{q}", "DATE"
        if unit in ("decade", "century") and offset < 0 and t.startswith("the "):
            return duration_value(1, unit), "DURATION"
        if unit == "quarter" and offset == 0 and ctx.quarter and a and "current" not in t:
            return f"{a.year}-Q{ctx.quarter}", "DATE"
        if unit in SEASONS and offset == 0:
            season = _this_season(a, SEASONS[unit], ctx)
            if season:
                return season, "DATE"
            offset = -1 if ctx.tense == "past" else 1
        return _this_unit(a, unit, offset, ctx)
    if re.fullmatch(r"(?:the |this )?weekend", t):
        return _this_unit(a, "weekend", 0, ctx)
    # earlier/later this year; this/the year's end
    m = re.search(r"\b(?:earlier|later|early|late|end of|beginning of|start of|middle of|rest of|remainder of)\s+"
                  r"(?:this|the)\s+(day|week|month|year|quarter)\b", t)
    if m:
        return _this_unit(a, m.group(1), 0, ctx)
    if re.fullmatch(r"(?:the )?full year", t) and a is not None:
        return str(a.year), "DATE"
    if re.search(r"\byear[- ]end\b|\byear's end\b|\bend of the year\b", t):
        return (str(a.year) if a else "XXXX"), "DATE"
    return None


_SEASON_RE = re.compile(r"^(?:early |late |mid-?|the )*(spring|summer|fall|autumn|winter)$")


def _vague(t: str, ctx: TimexContext) -> Result:
    s = strip_modifiers(t)
    if s in PRESENT_WORDS or t in PRESENT_WORDS:
        return "PRESENT_REF", "DATE"
    if s in FUTURE_WORDS or t in FUTURE_WORDS:
        return "FUTURE_REF", "DATE"
    if s in PAST_WORDS or t in PAST_WORDS:
        return "PAST_REF", "DATE"
    m = re.match(r"^(?:the\s+)?(recent|coming|past|last|previous|upcoming|future|next)\s+"
                 r"(days|weeks|months|years|decades|quarters|times)(?:\s+and\s+(?:days|weeks|months|years))?$", t)
    if m:
        unit = m.group(2)
        if m.group(1) in ("coming", "upcoming", "future", "next"):
            return ("FUTURE_REF", "DATE") if unit in ("years", "months", "quarters", "times") else \
                (duration_value(None, unit[:-1]), "DURATION")
        if unit in ("years", "decades", "times") or "and" in t:
            return "PAST_REF", "DATE"
        return (duration_value(None, "month" if unit == "quarters" else unit[:-1]), "DURATION")
    m = _SEASON_RE.match(t)
    if m:
        code = SEASONS[m.group(1)]
        if ctx.anchor is None:
            return f"XXXX-{code}", "DATE"
        season = _this_season(ctx.anchor, code, ctx)
        if season:
            return season, "DATE"
        return _this_unit(ctx.anchor, m.group(1), -1 if ctx.tense == "past" else 1, ctx)
    return None


def _set(t: str) -> Result:
    s = strip_modifiers(t)
    if s in SET_WORDS:
        return SET_WORDS[s], "SET"
    m = re.match(r"^(?:every|each|on)\s+(" + "|".join(WEEKDAYS) + r")$", s) or \
        re.match(r"^(" + "|".join(WEEKDAYS) + r")s(?: (morning|afternoon|evening|night)s)?$", s)
    if m:
        part = PARTS_OF_DAY.get(m.group(2)) if m.lastindex and m.lastindex > 1 and m.group(2) else None
        return f"XXXX-WXX-{WEEKDAYS[m.group(1)]}" + (f"T{part}" if part else ""), "SET"
    m = re.match(r"^(?:every|each)\s+(" + "|".join(k for k in MONTHS if len(k) > 3) + r")$", s)
    if m:
        return f"XXXX-{MONTHS[m.group(1)]:02d}", "SET"
    m = re.match(r"^(?:every|each)\s+(\d+)\s+(\w+)$", s)
    if m and _unit_of(m.group(2)):
        return duration_value(float(m.group(1)), _unit_of(m.group(2))), "SET"
    m = re.match(r"^(?:every|each|per)\s+(\w+)$", s)
    if m and _unit_of(m.group(1)):
        return duration_value(1, _unit_of(m.group(1))), "SET"
    return None


def _duration(t: str, ctx: TimexContext) -> Result:
    s = strip_modifiers(t)
    if re.search(r"\b(?:ago|earlier|later|from now|hence|last|next|this)\b", s) and not re.search(
            r"\b(?:last|past|next|first|coming|final|previous)\s+(?:\d|few|several|some|couple|many)", s):
        return None
    s = re.sub(r"^(?:last|past|next|first|coming|final|previous|following|initial|remaining|latest|same|"
               r"year-earlier|year-ago|prior)\s+", "", s)
    s = re.sub(r"\s+(?:or so|or more|or longer|ahead|before|running|straight|long|old|in a row)$", "", s)
    s = re.sub(r"^(?:several|many|a few|few|some)\s+more\s+", "several ", s)
    m = _AMOUNT_UNIT.fullmatch(s) or re.fullmatch(
        r"(\d+(?:\.\d+)?)()(?:\s*-\s*|\s+)(\w+)(?:[- ](?:long|old|term|plus))?", s)
    if not m:
        return None
    unit = _unit_of(m.group(3))
    if unit is None:
        return None
    if m.group(1):
        return duration_value(float(m.group(1)), unit), "DURATION"
    if m.group(2) or m.group(3).endswith("s") or m.group(3) in ("centuries", "millennia"):
        return duration_value(None, unit), "DURATION"
    if unit in ("year", "week", "month", "day", "hour", "minute", "decade", "quarter"):
        if unit == "week" and re.fullmatch(r"(?:the\s+)?week", t):
            return (iso_week(ctx.anchor) if ctx.anchor else "XXXX-WXX"), "DATE"
        if unit == "day" and re.fullmatch(r"(?:the\s+)?day", t):
            return (ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"), "DATE"
        return duration_value(1, unit), "DURATION"
    return None


def _weekday(t: str, ctx: TimexContext) -> Result:
    m = WEEKDAY_RE.search(t)
    if not m or m.group(1) in ("sat", "sun", "wed", "mon") and not re.search(rf"\b{m.group(1)}\.", t):
        if not m or len(t) > len(m.group(0)) + 1:
            return None
    wd = WEEKDAYS[m.group(1)]
    direction = direction_of(t[: m.start()], ctx)
    if re.search(r"\bearlier\b", t[: m.start()]):
        direction = -1 if ctx.tense != "future" else 1
    d = resolve_weekday(wd, ctx, direction, t[: m.start()])
    if d is None:
        return with_time(f"XXXX-WXX-{wd}", t)
    return with_time(d.isoformat(), t)


def _holiday(t: str, ctx: TimexContext) -> Result:
    s = strip_modifiers(t)
    s = re.sub(r"^(?:last|this|next)\s+", "", s)
    ym = YEAR_RE.search(s)
    s_name = YEAR_RE.sub("", s).strip()
    fixed = HOLIDAYS_FIXED.get(s_name)
    floating = HOLIDAYS_FLOATING.get(s_name)
    if not fixed and not floating:
        return None
    if ym:
        year = year_of(ym)
    elif ctx.anchor is None:
        return (f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX"), "DATE"
    else:
        year = ctx.anchor.year
    if fixed:
        d = safe_date(year, *fixed)
    else:
        d = nth_weekday(year, floating[0], floating[1], floating[2])
    if d is None:
        return None
    if not ym and ctx.anchor is not None:
        direction = direction_of(t, ctx)
        if direction < 0 and d > ctx.anchor:
            d = d.replace(year=d.year - 1) if fixed else nth_weekday(year - 1, *floating)
        elif direction > 0 and d < ctx.anchor:
            d = d.replace(year=d.year + 1) if fixed else nth_weekday(year + 1, *floating)
    return (d.isoformat(), "DATE") if d else None


def _decade_century(t: str, ctx: TimexContext) -> Result:
    m = re.search(r"(?<!\d)(1[0-9]|20)(\d)0'?s\b", t) or re.search(r"'(\d)0s\b", t)
    if m:
        if m.lastindex == 1:
            digit = m.group(1)
            century = "19" if ctx.anchor is None or int("20" + digit + "0") > ctx.anchor.year + 5 else "20"
            return f"{century}{digit}", "DATE"
        stem = m.group(1) + m.group(2)
        return (stem if t.startswith("the ") else stem + "X"), "DATE"
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b", t)
    if m:
        return f"{int(m.group(1)) - 1:02d}", "DATE"
    m = re.search(r"\b(" + "|".join(ORDINALS) + r")[- ]century\b", t)
    if m and m.group(1) != "last":
        return f"{ORDINALS[m.group(1)] - 1:02d}", "DATE"
    if re.search(r"\bthis century\b", t) and ctx.anchor:
        return f"{ctx.anchor.year // 100:02d}", "DATE"
    return None


_LATEST_PERIOD = re.compile(
    r"(?:the\s+)?(?:latest|most recent|recent|just-ended|just-completed|same)?\s*(?:fiscal\s+)?(?:quarter|period)")


def _quarter_only(t: str, ctx: TimexContext) -> Result:
    """Fiscal quarters and halves without a year: 'the third quarter', 'third-quarter'."""
    a = ctx.anchor
    q = quarter_number(t)
    if q:
        if a is None:
            return f"XXXX-Q{q}", "DATE"
        year = a.year
        if re.search(r"\bnext year's\b", t):
            year += 1
        elif re.search(r"\blast year's\b|\byear-(?:earlier|ago)\b|\bprior[- ]year\b", t):
            year -= 1
        elif ctx.tense == "future" and q < quarter_of(a) - 1:
            year += 1
        elif ctx.tense == "past" and q > quarter_of(a):
            year -= 1
        return f"{year}-Q{q}", "DATE"
    h = half_number(t)
    if h and re.search(r"\bhalf\b(?! (?:an?|the) )", t) and not re.search(r"\bhalf (?:hour|day|year|century|decade)", t):
        if a is None:
            return f"XXXX-H{h}", "DATE"
        return f"{a.year}-H{h}", "DATE"
    if _LATEST_PERIOD.fullmatch(t.strip()):
        if a is None:
            return "XXXX-QX", "DATE"
        if ctx.quarter:
            return f"{a.year}-Q{ctx.quarter}", "DATE"
        y, qq = shift_quarter(a.year, quarter_of(a), -1)
        return f"{y}-Q{qq}", "DATE"
    return None


def _post_pre_year(t: str) -> Result:
    m = re.search(r"\b(?:post|pre)-(1[0-9]\d\d|20\d\d)\b", t) or \
        re.fullmatch(r"(?:after|before|since|until|by|mid|early|late)-?\s*(1[0-9]\d\d|20\d\d)", t)
    if m:
        return m.group(1), "DATE"
    return None


def _clock(t: str, ctx: TimexContext) -> Result:
    """A clock time or part of day with no day named: on the anchor's day."""
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    clock = time_of_day(t)
    if clock:
        return f"{day}T{clock}", "TIME"
    m = re.fullmatch(r"(?:the |this |mid[- ]?|early |late |in the )*(morning|afternoon|evening)", t)
    if m:
        return f"{day}T{PARTS_OF_DAY[m.group(1)]}", "TIME"
    if re.fullmatch(r"mid[- ]?afternoon", t):
        return f"{day}TAF", "TIME"
    return None


_UNANCHORED = {"day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX", "fortnight": "XXXX-WXX",
               "month": "XXXX-XX", "quarter": "XXXX-QX", "hour": "XXXX-XX-XX", "minute": "XXXX-XX-XX",
               "second": "XXXX-XX-XX"}

# Phrases the model tags DATE that are rarely a time of their own ("the day" he died, "a quarter" of).
_NOT_TIMEX = frozenset({"the day", "a quarter", "day", "the days"})


def type_of(value: str) -> str:
    if value.startswith("P") and not value.endswith("_REF"):
        return "DURATION"
    if "T" in value[4:] and not value.endswith("_REF"):
        return "TIME"
    return "DATE"


_MONTH_SPAN = re.compile(r"^(?:the )?([a-z]+)\s*[-–]\s*([a-z]+)(?: (?:quarter|period|half|months))?$")


def _month_span(t: str, ctx: TimexContext) -> Result:
    """"the January-March quarter", "the April-June period": the quarter (or half) those months make, in the
    year the first month would have."""
    m = _MONTH_SPAN.match(t)
    if not m or m.group(1) not in MONTHS or m.group(2) not in MONTHS:
        return None
    months = (MONTHS[m.group(1)], MONTHS[m.group(2)])
    part = MONTH_SPANS.get(months)
    if part and ctx.anchor is not None and months[0] <= ctx.anchor.month <= months[1]:
        return f"{ctx.anchor.year}-{part}", "DATE"  # the quarter we are in, whatever the tense
    first = normalise(m.group(1), ctx) if part else None
    if first is None or not re.match(r"\d{4}-\d\d$", first[0]):
        return (f"XXXX-{part}", "DATE") if part and ctx.anchor is None else None
    return f"{first[0][:4]}-{part}", "DATE"


def _year_span(t: str) -> Result:
    """"the 2008-09 financial crisis", "the 2019/20 season": two years running, named by the first (as an ISO
    year-month "2008-09" would be September)."""
    m = re.fullmatch(r"(?:the )?((?:19|20)\d\d)[-–/](\d\d)", t)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        return m.group(1), "DATE"
    return None


_WEEK_OF = re.compile(r"^(?:the )?week of (.+)$")


def _week_of(t: str, ctx: TimexContext) -> Result:
    """"the week of Oct. 20": the ISO week holding that day."""
    m = _WEEK_OF.match(t)
    day = normalise(m.group(1), ctx) if m else None
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day[0]):
        return None
    return iso_week(date.fromisoformat(day[0])), "DATE"


def normalise(text: str, ctx: TimexContext) -> Result:
    """Return ``(TIMEX3 value, type)`` for a temporal expression, or None when not understood."""
    t = clean(text)
    if not t or re.search(r"\bold\b|\bages?\b|\baged\b", t) or t in _NOT_TIMEX or text.lower() in _NOT_TIMEX:
        return None
    if t.startswith(("week of ", "the week of ")):
        return _week_of(t, ctx)
    for rule in (_set, _post_pre_year):
        r = rule(t)
        if r:
            return r
    r = _month_span(t, ctx) or _year_span(t)
    if r:
        return r
    s = strip_modifiers(t)
    for part_rule in (part_of_year, day_of_month, nth_weekday_of_month):
        r = part_rule(s, ctx)
        if r:
            return r
    for rule in (_vague, _holiday, _relative, _decade_century, calendar_value, _weekday, _quarter_only, _duration,
                 _clock):
        r = rule(t, ctx)
        if r:
            return r
    return None
