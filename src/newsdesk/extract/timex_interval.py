"""The calendar interval a normalised temporal expression covers, as two ISO dates.

A TIMEX3 value says *what* an expression means ("2013-11", "2014-W05", "P2M"); a desk
filtering a timeline needs *which days*: ``earliest`` and ``latest``, inclusive. Either is
None where the text leaves it open ("recent weeks" ends at publication but starts nowhere
in particular) or where nothing is anchored ("XXXX-11" without a publication date).

Seasons are the meteorological ones of the northern hemisphere (spring = March to May,
winter = December to February of the next year). A duration is an interval only when the
text ties it to the publication date ("the last two months", "over the next 10 days");
"a two-month siege" has no place on the calendar.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

from newsdesk.extract.timex_calendar import add_months

Interval = tuple[Optional[str], Optional[str]]
NO_INTERVAL: Interval = (None, None)

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # 14 = February of the next year
_PAST_DURATION = re.compile(r"^(?:in\s+|over\s+|during\s+|for\s+|within\s+)?(?:the\s+)?(?:last|past|previous|recent)\b")
_FUTURE_DURATION = re.compile(r"^(?:in\s+|over\s+|during\s+|for\s+|within\s+)?(?:the\s+)?(?:next|coming|upcoming|following)\b")
_DURATION = re.compile(r"^PT?(\d+(?:\.\d+)?|X)(Y|M|W|D|H|DE|CE|Q)$")
_UNIT_DAYS = {"D": 1, "W": 7}
_UNIT_MONTHS = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> Interval:
    """Months first..last of a year (last may run past 12 into the next year)."""
    start = date(year, first, 1)
    end = add_months(start, last - first)
    return start.isoformat(), _month_end(end.year, end.month).isoformat()


def _week(year: int, week: int, weekend: bool) -> Interval:
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return NO_INTERVAL
    first = monday + timedelta(days=5) if weekend else monday
    return first.isoformat(), (monday + timedelta(days=6)).isoformat()


def date_interval(value: str) -> Interval:
    """Return the days a DATE/TIME value covers: "2013-11" -> ("2013-11-01", "2013-11-30")."""
    day_part = value.split("T", 1)[0]
    if "X" in day_part or not day_part[:1].isdigit():
        return NO_INTERVAL
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", day_part)
    if m:
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return NO_INTERVAL
        return d.isoformat(), d.isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})", day_part)
    if m and 1 <= int(m.group(2)) <= 12:
        return _months(int(m.group(1)), int(m.group(2)), int(m.group(2)))
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", day_part)
    if m:
        return _week(int(m.group(1)), int(m.group(2)), bool(m.group(3)))
    m = re.fullmatch(r"(\d{4})-(Q|H)([1-4])", day_part)
    if m:
        size = 3 if m.group(2) == "Q" else 6
        n = int(m.group(3))
        if m.group(2) == "H" and n > 2:
            return NO_INTERVAL
        return _months(int(m.group(1)), (n - 1) * size + 1, n * size)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", day_part)
    if m:
        return _months(int(m.group(1)), *_SEASON_MONTHS[m.group(2)])
    m = re.fullmatch(r"\d{2,4}", day_part)
    if m:  # a year, a decade ("199") or a century ("19")
        span = 10 ** (4 - len(day_part))
        first = int(day_part) * span
        if first < 1:
            return NO_INTERVAL
        return date(first, 1, 1).isoformat(), date(first + span - 1, 12, 31).isoformat()
    return NO_INTERVAL


def _add_months_keeping_day(d: date, months: int) -> date:
    first = add_months(d, months)
    return first.replace(day=min(d.day, calendar.monthrange(first.year, first.month)[1]))


def _shift(anchor: date, amount: float, unit: str, sign: int) -> Optional[date]:
    if unit in ("H",):
        return anchor
    if unit in _UNIT_DAYS:
        return anchor + timedelta(days=sign * round(amount * _UNIT_DAYS[unit]))
    if unit in _UNIT_MONTHS:
        months = round(amount * _UNIT_MONTHS[unit])
        try:
            return _add_months_keeping_day(anchor, sign * months)
        except (ValueError, OverflowError):
            return None
    return None


def duration_interval(value: str, text: str, anchor: date) -> Interval:
    """Return the interval of a duration the text ties to the anchor, else no interval.

    "the last two months" (P2M) -> (anchor - 2 months, anchor); "recent weeks" (PXW) ->
    (None, anchor); "the next 10 days" (P10D) -> (anchor, anchor + 10 days)."""
    lowered = text.lower().strip()
    sign = -1 if _PAST_DURATION.match(lowered) else 1 if _FUTURE_DURATION.match(lowered) else 0
    m = _DURATION.match(value)
    if sign == 0 or m is None:
        return NO_INTERVAL
    if m.group(1) == "X":
        return (None, anchor.isoformat()) if sign < 0 else (anchor.isoformat(), None)
    other = _shift(anchor, float(m.group(1)), m.group(2), sign)
    if other is None:
        return NO_INTERVAL
    pair = sorted((other, anchor))
    return pair[0].isoformat(), pair[1].isoformat()


def interval(value: Optional[str], type_: str, text: str, anchor: Optional[date]) -> Interval:
    """Return (earliest, latest) ISO dates for a normalised expression; None where open or unknown."""
    if not value:
        return NO_INTERVAL
    if value.endswith("_REF"):
        if anchor is None:
            return NO_INTERVAL
        a = anchor.isoformat()
        return {"PRESENT_REF": (a, a), "PAST_REF": (None, a), "FUTURE_REF": (a, None)}.get(value, NO_INTERVAL)
    if type_ in ("DATE", "TIME"):
        return date_interval(value)
    if type_ == "DURATION" and anchor is not None:
        return duration_interval(value, text, anchor)
    return NO_INTERVAL
