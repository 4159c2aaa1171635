"""Word tables for temporal expressions: months, weekdays, numbers, units, seasons, parts of day.

Pure data (module-level constants) shared by the detector and the normaliser.
"""
from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers, Monday = 1
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "mid-afternoon": "AF", "midafternoon": "AF",
}

# time zones written after a clock reading ("between 1300 and 1500 GMT"); the NER model tags them as bodies
TIME_ZONES = frozenset({"GMT", "UTC", "EST", "EDT", "CET", "CEST", "BST", "PST", "PDT", "AEDT", "AEST", "IST"})

# unit word -> (TIMEX3 duration letter, is a time unit (after "T"))
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "millennium": ("ML", False),
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter",
    "years": "year", "decades": "decade", "centuries": "century", "millennia": "millennium",
    "yrs": "year", "yr": "year", "hrs": "hour", "hr": "hour", "mins": "minute", "min": "minute",
    "secs": "second", "sec": "second",
}

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
# (first month, last month) of the month spans that name a quarter or a half of the year: "January-March"
MONTH_SPANS: dict[tuple[int, int], str] = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1",
                                           (7, 12): "H2"}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
    "last": 4,  # only used for quarters: "the last quarter"
}
# the ordinals that count a weekday within a month ("the second Tuesday in November"), besides "last"
WEEKDAY_ORDINALS: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                                    "4th": 4, "fifth": 5, "5th": 5}

# Vague quantities: the duration keeps its unit with an X amount.
VAGUE_QUANTITIES: frozenset[str] = frozenset({
    "a few", "few", "several", "some", "many", "a number of", "numerous", "countless", "a couple",
})

PRESENT_WORDS: frozenset[str] = frozenset({
    "now", "currently", "current", "these days", "nowadays", "at present", "presently", "right now",
    "at the moment", "the moment", "this time", "today's", "present", "the present", "for now",
    "just now", "by now", "until now", "so far", "to date", "now on", "from now on",
})
PAST_WORDS: frozenset[str] = frozenset({
    "recently", "recent", "previously", "the past", "in the past", "formerly", "earlier", "once",
    "lately", "more recently", "past", "then", "the time", "at the time", "back then",
    "years ago", "long ago", "the old days", "the other day", "some time ago", "ago",
    "before", "until recently", "until then", "most recently", "a while ago", "a while back",
})
FUTURE_WORDS: frozenset[str] = frozenset({
    "soon", "the future", "future", "later", "in the future", "shortly", "eventually",
    "the near future", "near future", "a later date", "as soon as possible", "one day",
    "someday", "some day", "the days ahead", "the years ahead", "the months ahead", "later on",
    "down the road", "coming", "upcoming", "forthcoming", "in due course", "near-term", "near term",
    "short term", "the near term", "the short term", "the foreseeable future", "foreseeable future",
})

SET_WORDS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q", "biweekly": "P2W", "fortnightly": "P2W",
    "semiannually": "P6M", "biannually": "P6M", "every day": "P1D", "every week": "P1W",
    "every month": "P1M", "every year": "P1Y", "each day": "P1D", "each week": "P1W",
    "each month": "P1M", "each year": "P1Y", "every quarter": "P1Q", "each quarter": "P1Q",
    "every hour": "PT1H", "each hour": "PT1H", "every night": "P1D", "every morning": "P1D",
    "every weekend": "P1W", "a day": "P1D", "a week": "P1W", "a month": "P1M", "a year": "P1Y",
    "per day": "P1D", "per week": "P1W", "per month": "P1M", "per year": "P1Y", "per hour": "PT1H",
    "an hour": "PT1H", "every other day": "P2D", "every other week": "P2W", "every other year": "P2Y",
    "twice a year": "P1Y", "twice a week": "P1W", "twice a month": "P1M", "once a week": "P1W",
    "once a month": "P1M", "once a year": "P1Y", "twice daily": "P1D", "twice weekly": "P1W",
}

# Fixed-date holidays: month, day.
HOLIDAYS_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1), "new year's": (1, 1),
    "independence day": (7, 4), "valentine's day": (2, 14), "halloween": (10, 31),
    "veterans day": (11, 11), "boxing day": (12, 26), "bastille day": (7, 14),
    "armistice day": (11, 11), "may day": (5, 1), "st. patrick's day": (3, 17),
    "guy fawkes night": (11, 5), "anzac day": (4, 25), "australia day": (1, 26),
    "canada day": (7, 1), "remembrance day": (11, 11),
}
# Floating holidays: month, ISO weekday, n-th (negative = from the end of the month).
HOLIDAYS_FLOATING: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "columbus day": (10, 1, 2), "election day": (11, 2, 1),
}

TOKEN_RE = re.compile(r"\d+(?:[.:/,-]\d+)*(?:st|nd|rd|th|s)?|'\d\ds|'\d\d|[a-z]+(?:[.'’-][a-z]+)*'?s?\.?|\S")
