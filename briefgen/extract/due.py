"""When a next step is due: a day, or a coarser period (a week, month, quarter, half or year),
read against the event date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from briefgen.extract.dates import find_dates
from briefgen.extract.lexicon import MONTH_RE, MONTH_STEMS, MONTHS, WEEKDAY_RE
from briefgen.extract.patterns import folds_to_ascii, may_hold
from briefgen.extract.years import Reference

__all__ = ["Precision", "due_of"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ORDINAL = {"pertama": 1, "satu": 1, "first": 1, "kedua": 2, "dua": 2, "second": 2, "ketiga": 3, "third": 3}
_ORDINAL |= {"keempat": 4, "fourth": 4}
_YEAR = r"(?:tahun\s+)?(?P<{}>20\d\d)"
# The period a step is due in, coarser than a day: "pada Mei 2026", "Maret mendatang", "akhir
# tahun ini", "kuartal II 2026", "semester pertama 2026", "pekan depan", "tahun depan", "by 2027".
# A month name needs a year or a word that introduces a time ("Mei" alone may be a name).
_PERIOD = re.compile(
    r"\b(?:(?P<edge>awal|akhir|pertengahan|early|late|mid|end\s+of|the\s+end\s+of)\s+)?"
    r"(?:"
    rf"(?-i:(?=[A-Z]))(?P<mon>{MONTH_RE})\b(?:\s+(?P<my>20\d\d)\b|\s+(?P<mrel>mendatang|depan|nanti|ini|this\s+year))?"
    r"|(?:kuartal|triwulan|quarter|Q)\s*(?P<q>iv|i{1,3}|[1-4]|pertama|kedua|ketiga|keempat)\b(?:\s+"
    + _YEAR.format("qy")
    + ")?"
    r"|(?:semester|paruh)\s+(?P<h>ii|i|[12]|pertama|kedua|satu|dua)\b(?:\s+" + _YEAR.format("hy") + ")?"
    r"|(?:the\s+)?(?P<hen>first|second)\s+half\s+of\s+(?P<hey>20\d\d)"
    r"|(?:the\s+)?(?P<sen>first|second)\s+semester\s+of\s+(?P<sey>20\d\d)"
    r"|(?P<n>\d{1,3})\s+(?P<nu>hari|pekan|minggu|days?|weeks?)\s+(?:ke\s+depan|mendatang|ahead)"
    r"|(?P<rel>pekan|minggu|bulan|tahun|week|month|year)\s+(?P<when>depan|mendatang|ini|next|this)"
    r"|(?P<when2>next|this)\s+(?P<rel2>week|month|year)"
    r"|(?P<yonly>tahun\s+(?P<y>20\d\d)|(?<=\bpada\s)(?P<y2>20\d\d)|(?<=\bhingga\s)(?P<y3>20\d\d)"
    r"|(?<=\bsampai\s)(?P<y4>20\d\d)|(?<=\bsebelum\s)(?P<y5>20\d\d)|(?<=\bby\s)(?P<y6>20\d\d)"
    r"|(?<=\bin\s)(?P<y7>20\d\d)|(?<=\buntil\s)(?P<y8>20\d\d)|(?<=\bmulai\s)(?P<y9>20\d\d)"
    # "akhir 2027", "pertengahan 2027": the edge of a year written without "tahun"
    r"|(?<=\bawal\s)(?P<y10>20\d\d)|(?<=\bakhir\s)(?P<y11>20\d\d)|(?<=\bpertengahan\s)(?P<y12>20\d\d))\b"
    r")",
    re.IGNORECASE,
)
# Month names that are also English words ("may", "mar") count only with a year or capitalised.
_MONTH_CONTEXT = re.compile(
    r"\b(?:pada|bulan|mulai|hingga|sampai|sebelum|akhir|awal|pertengahan|in|by|until|before|of|from)\s+$",
    re.IGNORECASE,
)

# A day is written with digits or named by its weekday (or "besok", "lusa").
_MAY_HOLD_A_DAY = re.compile(rf"\d|{WEEKDAY_RE}|\b(?:besok|lusa|tomorrow)\b", re.IGNORECASE)
# Every period above names a year, a month or one of these words: one scan rules most texts out.
_ANY_PERIOD_WORD = re.compile(
    rf"20\d\d|(?i:{MONTH_RE})|kuartal|triwulan|quarter|\bQ\s*[1-4]|semester|paruh|half|pekan|minggu|bulan"
    r"|tahun|week|month|year|hari|days",
    re.IGNORECASE,
)
# What each pattern needs, for a cheap test before it (issue 17): every weekday but the English
# ones ("day") holds one of these.
_DAY_LITERALS = (
    *("senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu", "ahad", "day"),
    *("besok", "lusa", "tomorrow"),
)
_PERIOD_LITERALS = (
    *("20", *MONTH_STEMS, "kuartal", "triwulan", "quarter", "q", "semester", "paruh"),
    *("half", "pekan", "minggu", "bulan", "tahun", "week", "month", "year", "hari", "days"),
)
_DIGIT = re.compile(r"\d")
# _ANY_PERIOD_WORD told by substring tests (issue 17: its search, at every place of a text, cost
# more than the rest of due_of): its words, none holding another (a word that holds one is found
# by it), and the two alternatives that are no plain word.
_PERIOD_WORDS = (*MONTHS, "kuartal", "triwulan", "quarter", "semester", "paruh", "half", "pekan")
_PERIOD_WORDS += ("minggu", "bulan", "tahun", "week", "month", "year", "hari", "days")
_PERIOD_WORDS = tuple(w for w in _PERIOD_WORDS if not any(o != w and o in w for o in _PERIOD_WORDS))
_PERIOD_FORMS = re.compile(r"20\d\d|\bQ\s*[1-4]", re.IGNORECASE)

Precision = Literal["day", "week", "month", "quarter", "half", "year"]
_Period = tuple[dt.date, dt.date, Precision]


def _month_period(g: dict[str, str | None], event: dt.date | None) -> _Period | None:
    """``Mei 2026``, ``Maret mendatang``: a month, in the year given or the next one to come."""
    month = MONTHS[(g["mon"] or "").lower()]
    if g["my"]:
        year = int(g["my"])
    elif event is None:
        return None
    else:
        upcoming = (g["mrel"] or "").lower() in ("mendatang", "depan")
        later = month > event.month or (month == event.month and not upcoming)
        year = event.year if later else event.year + 1
    first = dt.date(year, month, 1)
    return first, _month_end(first), "month"


def _quarter_or_half(g: dict[str, str | None], event: dt.date | None) -> _Period | None:
    """``kuartal II 2026``, ``semester pertama``, ``the first half of 2027``, ``the second
    semester of 2026``."""
    year_text = g["qy"] or g["hy"] or g["hey"] or g["sey"]
    if year_text:
        year = int(year_text)
    elif event is not None:
        year = event.year
    else:
        return None
    if g["q"]:
        number = _ROMAN.get(g["q"].lower()) or _ORDINAL[g["q"].lower()]
        first = dt.date(year, 3 * (number - 1) + 1, 1)
        return first, _month_end(dt.date(year, 3 * number, 1)), "quarter"
    half = _ROMAN.get((g["h"] or "").lower()) or _ORDINAL[(g["h"] or g["hen"] or g["sen"] or "").lower()]
    first = dt.date(year, 1 if half == 1 else 7, 1)
    return first, _month_end(dt.date(year, 6 if half == 1 else 12, 1)), "half"


def _relative_period(g: dict[str, str | None], event: dt.date | None) -> _Period | int | None:
    """``pekan depan``, ``bulan ini``: a week or a month from the event; a year is returned as its
    number for :func:`_year_period`."""
    if event is None:
        return None
    unit = (g["rel"] or g["rel2"] or "").lower()
    ahead = (g["when"] or g["when2"] or "").lower() in ("depan", "mendatang", "next")
    if unit in ("pekan", "minggu", "week"):
        monday = event - dt.timedelta(days=event.weekday()) + dt.timedelta(weeks=1 if ahead else 0)
        return monday, monday + dt.timedelta(days=6), "week"
    if unit in ("bulan", "month"):
        first = dt.date(event.year, event.month, 1)
        if ahead:
            first = _month_end(first) + dt.timedelta(days=1)
        return first, _month_end(first), "month"
    return event.year + (1 if ahead else 0)


# "14 hari ke depan", "dua pekan mendatang", "30 days ahead": so long after the event.
_SPAN_DAYS = {"hari": 1, "day": 1, "days": 1, "pekan": 7, "minggu": 7, "week": 7, "weeks": 7}
_SPAN_PRECISION: dict[int, Precision] = {1: "day", 7: "week"}


def _span_ahead(g: dict[str, str | None], event: dt.date | None) -> _Period | None:
    if event is None:
        return None
    days = _SPAN_DAYS[(g["nu"] or "").lower()]
    due = event + dt.timedelta(days=days * int(g["n"] or 0))
    return due, due, _SPAN_PRECISION[days]


def _year_period(year: int, edge: str) -> _Period:
    """A year: ``akhir tahun ini`` is its December, ``awal tahun depan`` its January."""
    if edge in ("akhir", "late", "end of", "the end of"):
        return dt.date(year, 12, 1), dt.date(year, 12, 31), "month"
    if edge in ("awal", "early"):
        return dt.date(year, 1, 1), dt.date(year, 1, 31), "month"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _period_start(match: re.Match[str], event: dt.date | None) -> _Period | None:
    """The first and last day of the period ``match`` names, and its size; None when it needs an
    event date to be read and there is none."""
    g = match.groupdict()
    if g["mon"]:
        return _month_period(g, event)
    if g["q"] or g["h"] or g["hen"] or g["sen"]:
        return _quarter_or_half(g, event)
    if g["n"]:
        return _span_ahead(g, event)
    if g["rel"] or g["rel2"]:
        relative = _relative_period(g, event)
        if not isinstance(relative, int):
            return relative
        year = relative
    else:
        year = int(next(v for k, v in g.items() if k.startswith("y") and k != "yonly" and v))
    return _year_period(year, (g["edge"] or "").lower())


def has_period_word(text: str, low: str) -> bool:
    """``_ANY_PERIOD_WORD.search(text) is not None``, told by substring tests of ``low``
    (``text.lower()``) unless ``text`` has a letter ``re.IGNORECASE`` matches to an ASCII one."""
    if folds_to_ascii(text):
        return _ANY_PERIOD_WORD.search(text) is not None
    return any(map(low.__contains__, _PERIOD_WORDS)) or _PERIOD_FORMS.search(text) is not None


def _month_end(first: dt.date) -> dt.date:
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def due_of(text: str, event: dt.date | None) -> tuple[dt.date | None, Precision | None]:
    """When the step is due: a day after the event (``pada 24 Maret 2026``), else the first day of
    the period it names (``Mei 2026`` → 1 May 2026, "month"), provided that period has not ended
    before the event. Relative periods (``pekan depan``) need the event date."""
    low = text.lower()
    if (
        event is not None
        # (a digit is one of _MAY_HOLD_A_DAY's forms: with one, its search is not needed)
        and (_DIGIT.search(text) or (may_hold(text, low, _DAY_LITERALS) and _MAY_HOLD_A_DAY.search(text)))
    ):
        for found in find_dates(text, Reference(event, "published")):
            if found.day and found.day > event:
                return found.day, "day"
    if not may_hold(text, low, _PERIOD_LITERALS) or not has_period_word(text, low):
        return None, None
    for match in _PERIOD.finditer(text):
        mon = match.group("mon")
        named = match.group("my") or match.group("mrel") or match.group("edge")
        if mon and not named and not _MONTH_CONTEXT.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Mei" with nothing that makes it a time
        period = _period_start(match, event)
        if period is None:
            continue
        first, last, precision = period
        if event is not None and last < event:
            continue  # a period already over: background, not a due date
        return first, precision
    return None, None
