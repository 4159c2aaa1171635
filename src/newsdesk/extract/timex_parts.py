"""Parts of a year or month named relative to the publication date.

"the first half of next year" -> 2026-H1 and "the fourth quarter of last year" -> 2024-Q4
(the general rules would read only "next year"); "the 15th" -> the 15th of the month the
tense points to; "the last Sunday of July" -> that Sunday of the July the tense points to.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsdesk.extract.timex_calendar import (
    Result, TimexContext, add_months, calendar_value, half_number, quarter_number, safe_date,
)
from newsdesk.extract.timex_lexicon import WEEKDAY_ORDINALS, WEEKDAYS

_PART_OF_YEAR = re.compile(
    r"^(first|second|third|fourth|1st|2nd|3rd|4th)[- ](half|quarter) of (next year|last year|this year|the year|"
    r"the current year|the previous year|(?:19|20)\d\d)$"
)
_NTH_WEEKDAY = re.compile(rf"^({'|'.join([*WEEKDAY_ORDINALS, 'last'])}) ([a-z]+) (?:of|in) (.+)$")
_DAY_OF_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)(?: of (?:this|the) month)?$")


def _year(word: str, anchor: Optional[date]) -> Optional[int]:
    if word[:2] in ("19", "20") and word.isdigit():
        return int(word)
    if anchor is None:
        return None
    return anchor.year + {"next year": 1, "last year": -1, "the previous year": -1}.get(word, 0)


def part_of_year(t: str, ctx: TimexContext) -> Result:
    """'first half of next year' -> ('2026-H1', 'DATE'); the text has had its leading 'the' removed."""
    m = _PART_OF_YEAR.match(t)
    if not m:
        return None
    unit = m.group(2)
    n = half_number(t) if unit == "half" else quarter_number(t)
    if n is None:  # "the third half of 2019"
        return None
    year = _year(m.group(3), ctx.anchor)
    code = f"{'H' if unit == 'half' else 'Q'}{n}"
    return (f"{year}-{code}" if year is not None else f"XXXX-{code}"), "DATE"


def day_of_month(t: str, ctx: TimexContext) -> Result:
    """'the 15th' -> that day of the anchor's month, or of the next (future) or previous (past) one."""
    m = _DAY_OF_MONTH.match(t)
    if not m or not 1 <= int(m.group(1)) <= 31:
        return None
    day = int(m.group(1))
    a = ctx.anchor
    if a is None:
        return f"XXXX-XX-{day:02d}", "DATE"
    month_start = date(a.year, a.month, 1)
    if ctx.tense == "future" and day < a.day:
        month_start = add_months(month_start, 1)
    elif ctx.tense == "past" and day > a.day:
        month_start = add_months(month_start, -1)
    d = safe_date(month_start.year, month_start.month, day)
    return (d.isoformat(), "DATE") if d else None


def nth_weekday_of_month(t: str, ctx: TimexContext) -> Result:
    """'last sunday of july' -> the last Sunday of the July the tense points to ('2024-07-28'); the text has had
    its leading 'the' removed."""
    m = _NTH_WEEKDAY.match(t)
    if not m or m.group(2) not in WEEKDAYS:
        return None
    month = calendar_value(m.group(3), ctx)
    if month is None or not re.fullmatch(r"\d{4}-\d\d", month[0]):
        return None
    year, number = int(month[0][:4]), int(month[0][5:])
    weekday = WEEKDAYS[m.group(2)]
    if m.group(1) == "last":
        day = add_months(date(year, number, 1), 1) - timedelta(days=1)
        day -= timedelta(days=(day.isoweekday() - weekday) % 7)
    else:
        first = date(year, number, 1)
        day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (WEEKDAY_ORDINALS[m.group(1)] - 1))
        if day.month != number:
            return None  # "the fifth Monday of June" in a June with four
    return day.isoformat(), "DATE"
