"""Parts of a year or month named relative to the publication date.

"the first half of next year" -> 2026-H1 and "the fourth quarter of last year" -> 2024-Q4
(the general rules would read only "next year"); "the 15th" -> the 15th of the month the
tense points to.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from newsdesk.extract.timex_calendar import Result, TimexContext, add_months, half_number, quarter_number, safe_date

_PART_OF_YEAR = re.compile(
    r"^(first|second|third|fourth|1st|2nd|3rd|4th)[- ](half|quarter) of (next year|last year|this year|the year|"
    r"the current year|the previous year|(?:19|20)\d\d)$"
)
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
