"""Finds the event date in Indonesian text (``Selasa (9/3)``, ``12 Maret 2021``, ``kemarin``)."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from briefgen.extract.dates_context import (
    QUOTED,
    sentence_bounds,
)
from briefgen.extract.lexicon import (
    EN_WEEKDAYS,
    MONTH_RE,
    MONTH_STEMS,
    MONTHS,
    WEEKDAY_RE,
)
from briefgen.extract.patterns import can_match, may_hold
from briefgen.extract.years import (
    PLAUSIBLE_YEARS,
    Reference,
    month_first,
    resolve_day,
    typo_year,
    weekday_number,
)

WD = WEEKDAY_RE
# "Selasa (9/3)", "Selasa pagi (9/3/2021)", "Senin malam (8/3)".
# A span of days is dated by its first: "Jumat-Sabtu (19-20/7/2019)", "22 hingga 23 Oktober 2020".
_SPAN_END = r"(?:\s*[-–]\s*\d{1,2}(?!\d))?"
_SPAN_WORDS = r"(?:\s*[-–]\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|dan|to|and|until)\s+)"
# A weekday may be written in lower case ("selasa (17/4)"): the date after it says what it is.
NUM_WD = re.compile(
    rf"(?P<wd>(?i:{WD}))(?:{_SPAN_WORDS}(?:{WD}))?(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?\s*,?\s*\(\s*(?P<d>\d{{1,2}}){_SPAN_END}\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\)"
)
_NUM_WD_BARE = re.compile(
    rf"(?P<wd>(?i:{WD}))\s*,?\s+(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})(?![\d/])"
)
# "12 Juli 2023", and English written day first: "Wednesday, 12th July 2023".
_NAMED = re.compile(
    rf"(?:(?P<wd>{WD})\s*,?\s*\(?\s*)?(?:\b(?:tanggal|tgl\.?)\s+)?(?<![\d.,/])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:{_SPAN_WORDS}\d{{1,2}})?\s+(?P<mon>(?i:{MONTH_RE}))\b\.?(?:\s+(?P<y>\d{{4}})\b)?"
)
# English sources: "Friday, March 12, 2021", "March 12, 2021", "on Tuesday (March 9)",
# "Tuesday (January, 24th 2017)" (a comma after the month only before an ordinal day).
_EN_NAMED = re.compile(
    rf"(?:(?P<wd>{WD})\s*,?\s*\(?\s*)?(?<!\w)(?=[A-Z])(?P<mon>(?i:{MONTH_RE}))(?:\.?\s+|,\s*(?=\d{{1,2}}(?:st|nd|rd|th)\b))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]\d)"
    rf"(?:{_SPAN_WORDS}\d{{1,2}}\b)?(?:\s*,?\s*(?P<y>\d{{4}})\b)?"
)
# "Jumat (26/523)": the month run into a two-digit year, the slash before the year lost.
_GLUED = re.compile(rf"(?P<wd>{WD})\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<glued>\d{{3,4}})\s*\)")
_NUM_PAREN = re.compile(
    rf"\(\s*(?P<d>\d{{1,2}}){_SPAN_END}\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\)"
)
# "8/3/2021", and "08-03-2021" as some date bars write it (the same separator twice, a full year).
_NUM_FULL = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/-])")
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")

# A number of days before "hari ini" counts them ("tiga hari ini", "12 hari ini"): the closed class
# of the numerals, each a fixed-width look-behind.
_COUNT_WORDS = (r"\d", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_COUNT_WORDS_TOO = ("sepuluh", "sebelas", "belas", "puluh", "ratus", "beberapa")
_NO_COUNT_BEFORE = "".join(f"(?<!{w} )" for w in (*_COUNT_WORDS, *_COUNT_WORDS_TOO))

# Relative expressions: (pattern, kind) where kind tells how to count from the reference date.
_RELATIVE: tuple[tuple[re.Pattern[str], str], ...] = (
    # "Jumat pekan lalu": the Friday of the calendar week before the reference date's week.
    (re.compile(rf"(?P<wd>{WD})\s+(?:pekan|minggu)\s+(?:lalu|kemarin)\b"), "previous week"),
    (re.compile(rf"(?P<wd>{WD})\s+(?:pekan|minggu)\s+(?:depan|mendatang)\b"), "following week"),
    (re.compile(rf"(?P<wd>{WD})\s+(?:lalu|kemarin)\b|(?P<wd2>{WD})\s*\(\s*lalu\s*\)"), "last"),
    (re.compile(rf"(?P<wd>{WD})\s+(?:mendatang|depan|nanti)\b"), "next"),
    (
        re.compile(
            rf"\bpada\s+(?:hari\s+)?(?P<wd>{WD})\b(?!\s*,?\s*\(?\s*\d)"
            r"(?!\s*\(?\s*(?:(?:pekan|minggu)\s+)?(?:lalu|kemarin|mendatang|depan|nanti)\b)"
        ),
        "recent",
    ),
    # "ujar Camat di Cibinong, Selasa.", "noted at the palace, Monday evening.": the weekday alone
    # closes the attribution (the most recent such day).
    (
        re.compile(
            rf"(?<=,)\s*(?P<wd>{WD})"
            r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari|morning|afternoon|evening|night))?(?=\s*(?:\.|$))"
        ),
        "recent",
    ),
    # "Wali Kota Budi di Pekalongan, Senin, mengatakan …" (ANTARA): the weekday alone between the
    # commas of the attribution, before its verb of saying.
    (
        re.compile(
            rf"(?<=,)\s*(?P<wd>{WD})(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?"
            r"(?=\s*,\s*(?:mengatakan|menyampaikan|menjelaskan|mengungkapkan|menegaskan|menyebutkan"
            r"|menuturkan|mengemukakan|memaparkan|menyatakan|berkata|mengimbau|meminta)\b)"
        ),
        "recent",
    ),
    # "… Meeting, Monday morning, at the Ballroom", "…, Senin pagi, di Balai Kota": a weekday with
    # its time of day set between commas (a list of days names no time of day).
    (
        re.compile(
            rf"(?<=,)\s*(?P<wd>{WD})\s+(?:pagi|siang|sore|malam|dini\s+hari|morning|afternoon|evening|night)"
            r"(?=\s*,)"
        ),
        "recent",
    ),
    (re.compile(r"\b[Kk]emarin\s+lusa\b"), "-2"),
    (re.compile(r"\b[Kk]emarin\b"), "-1"),
    # "hari ini", not "selama lima hari ini" (these five days: a count of days, no date)
    (re.compile(rf"{_NO_COUNT_BEFORE}\b[Hh]ari\s+ini\b"), "0"),
    # English: "last Monday", "on Monday evening", "yesterday", "today".
    (re.compile(rf"\blast\s+(?P<wd>{WD})\b"), "last"),
    (re.compile(rf"\bnext\s+(?P<wd>{WD})\b"), "next"),
    (re.compile(rf"\b[Oo]n\s+(?P<wd>{WD})\b(?!\s*,?\s*\(?\s*\d)(?!\s*,?\s*(?i:{MONTH_RE})\b)"), "recent"),
    # "the minister said here Friday" (ANTARA English): the weekday right after "here".
    (re.compile(rf"\bhere\s+(?P<wd>{WD})\b(?!\s*,?\s*\(?\s*\d)(?!\s*,?\s*(?i:{MONTH_RE})\b)"), "recent"),
    # "the minister said Friday.", "told reporters in Jakarta Friday evening, adding …": an
    # English weekday closing the clause with no preposition (newswire style).
    (
        re.compile(
            rf"(?<![Ll]ast )(?<![Nn]ext )(?<![Oo]n )(?<![Ee]very )(?<![Tt]his )(?<![,(] )"
            rf"\b(?P<wd>{'|'.join(EN_WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
            rf"(?=\s*[.;]|\s*,\s*(?!\d|(?i:{MONTH_RE})\b))"
        ),
        "recent",
    ),
    (re.compile(r"\b[Yy]esterday\b"), "-1"),
    (re.compile(r"\b[Tt]oday\b"), "0"),
)
# Days counted from a date the article wrote before: "keesokan harinya", "sehari sebelumnya",
# "the next day". (pattern, days)
_OFFSETS: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        re.compile(
            r"\b(?:[Kk]eesokan\s+harinya|[Kk]eesokan\s+paginya|[Ee]sok(?:an)?\s+harinya|[Bb]esoknya"
            r"|[Ss]ehari\s+(?:kemudian|setelahnya|sesudahnya)|[Tt]he\s+(?:next|following)\s+day"
            r"|[Aa]\s+day\s+later)\b"
        ),
        1,
    ),
    (re.compile(r"\b(?:[Ss]ehari\s+sebelumnya|[Tt]he\s+day\s+before|[Aa]\s+day\s+earlier)\b"), -1),
    (re.compile(r"\b(?:[Dd]ua\s+hari\s+(?:kemudian|setelahnya)|[Tt]wo\s+days\s+later)\b"), 2),
    (re.compile(r"\b(?:[Dd]ua\s+hari\s+sebelumnya|[Tt]wo\s+days\s+(?:earlier|before))\b"), -2),
)
# Lower number: more specific; wins when two expressions overlap.
_ABSOLUTE: tuple[tuple[re.Pattern[str], int], ...] = (
    (NUM_WD, 0),
    (_NUM_WD_BARE, 1),
    (_NAMED, 2),
    (_EN_NAMED, 3),
    (_NUM_PAREN, 4),
    (_NUM_FULL, 5),
    (_ISO, 6),
    (_GLUED, 7),
)


@dataclass
class DateMatch:
    """One date expression in a text: where it is, what it says, and the day it resolves to."""

    start: int
    end: int
    text: str
    day: dt.date | None
    warnings: list[str] = field(default_factory=list)
    relative: bool = False  # "kemarin", "on Monday": counted from the reference date
    weekday: bool = False  # written with its weekday: "Selasa (9/3)", "Senin, 8 Maret"
    quiet: bool = False  # a typo to drop without a word when the text has another date
    corrected: dt.date | None = None  # a typo year's likely date, used when nothing else dates the event


@dataclass
class EventDate:
    day: dt.date | None
    basis: str | None  # "text" | "published" | None
    expression: str | None = None
    warnings: list[str] = field(default_factory=list)


def _relative(kind: str, weekday: str | None, ref: Reference) -> dt.date:
    if kind.lstrip("-").isdigit():
        return ref.day + dt.timedelta(days=int(kind))
    assert weekday is not None
    wanted = weekday_number(weekday)
    back = (ref.day.weekday() - wanted) % 7
    if kind == "last":
        return ref.day - dt.timedelta(days=back or 7)
    monday = ref.day - dt.timedelta(days=ref.day.weekday())
    if kind == "previous week":
        return monday - dt.timedelta(days=7 - wanted)
    if kind == "following week":
        return monday + dt.timedelta(days=7 + wanted)
    if kind == "next":
        ahead = (wanted - ref.day.weekday()) % 7
        return ref.day + dt.timedelta(days=ahead or 7)
    return ref.day - dt.timedelta(days=back)


def find_dates(text: str, ref: Reference, anchor: dt.date | None = None) -> list[DateMatch]:
    """Every date expression in ``text`` in reading order, each resolved against ``ref``; a day
    counted from another ("keesokan harinya") from the last date written before it, else from
    ``anchor`` (the last date of the paragraphs before), else none."""
    matches = _find_dates(text, ref)
    offsets = _offsets_in(text)
    if not offsets:
        return matches
    taken = [(m.start, m.end) for m in matches]
    for start, end, days, written in sorted(offsets):
        if any(s < end and start < e for s, e in taken):
            continue
        before = [m.day for m in matches if m.end <= start and m.day is not None and not m.relative]
        base = before[-1] if before else anchor
        day = base + dt.timedelta(days=days) if base is not None else None
        matches.append(DateMatch(start, end, " ".join(written.split()), day, quiet=day is None))
    return sorted(matches, key=lambda m: m.start)


# A paragraph's dates are read several times (the event, the steps' due dates, the speaker's day),
# each time against a reference; what the patterns find in it depends on its text alone, so that
# scan is kept for the last paragraphs read (issue 17).
SCAN_CACHE_SIZE = 256
_Found = tuple[int, int, int, re.Match[str], str | None]  # start, end, priority, match, relative kind


@functools.lru_cache(maxsize=SCAN_CACHE_SIZE)
def _offsets_in(text: str) -> tuple[tuple[int, int, int, str], ...]:
    """Every day counted from another (``keesokan harinya``): start, end, days, as written."""
    return tuple(
        (m.start(), m.end(), days, m.group(0))
        for pattern, days in _OFFSETS
        if can_match(pattern, text)
        for m in pattern.finditer(text)
    )


# Cheap tests before the patterns (issue 17), exact: every pattern of _ABSOLUTE needs a digit,
# _NAMED and _EN_NAMED a month name; the _RELATIVE patterns marked here need a weekday (WD or
# EN_WEEKDAYS, case-sensitive), so one of these literals ("day" for the English ones).
_DIGIT = re.compile(r"\d")
_NEEDS_MONTH = frozenset((_NAMED, _EN_NAMED))
# (asked by position: looking a compiled pattern up in a set hashes its whole code on each call)
_NEEDS_A_MONTH = tuple(pattern in _NEEDS_MONTH for pattern, _ in _ABSOLUTE)
_WEEKDAY_LITERALS = ("Senin", "Selasa", "Rabu", "Kamis", "Jum", "Sabtu", "Minggu", "Ahad", "day")
_NEEDS_WEEKDAY = tuple("(?P<wd>" in pattern.pattern for pattern, _ in _RELATIVE)


@functools.lru_cache(maxsize=SCAN_CACHE_SIZE)
def _expressions_in(text: str) -> tuple[_Found, ...]:
    """Every match of ``_ABSOLUTE`` and ``_RELATIVE`` in ``text``, pattern by pattern."""
    found: list[_Found] = []
    low = text.lower()
    if _DIGIT.search(text) is not None:
        month = may_hold(text, low, MONTH_STEMS)
        for (pattern, priority), needs_month in zip(_ABSOLUTE, _NEEDS_A_MONTH, strict=True):
            if (month or not needs_month) and can_match(pattern, text, low):
                found.extend((m.start(), m.end(), priority, m, None) for m in pattern.finditer(text))
    weekday = any(map(text.__contains__, _WEEKDAY_LITERALS))
    for number, (pattern, relative) in enumerate(_RELATIVE):
        if (weekday or not _NEEDS_WEEKDAY[number]) and can_match(pattern, text, low):
            found.extend((m.start(), m.end(), 10 + number, m, relative) for m in pattern.finditer(text))
    return tuple(found)


def _find_dates(text: str, ref: Reference) -> list[DateMatch]:
    """Every date expression of ``_ABSOLUTE`` and ``_RELATIVE`` in ``text``, resolved against ``ref``."""
    found = _expressions_in(text)
    accepted: list[_Found] = []
    taken: list[tuple[int, int]] = []  # the accepted (start, end), sorted and disjoint
    for item in sorted(found, key=lambda f: (f[2], f[0])):
        at = bisect.bisect_left(taken, (item[0], item[1]))
        if (at == 0 or taken[at - 1][1] <= item[0]) and (at == len(taken) or item[1] <= taken[at][0]):
            accepted.append(item)
            taken.insert(at, (item[0], item[1]))
    matches: list[DateMatch] = []
    for start, end, _, match, kind in sorted(accepted, key=lambda f: f[0]):
        expression = " ".join(match.group(0).split()).strip(" ,")
        if expression.startswith("(") and expression.endswith(")"):
            expression = expression[1:-1]
        groups = match.groupdict()
        weekday: str | None = groups.get("wd") or groups.get("wd2")
        if kind is None:
            day, warnings, quiet, corrected = _absolute(groups, (text, start, end), expression, weekday, ref)
        else:
            day, warnings, quiet, corrected = (*_relative_day(kind, expression, weekday, ref), None)
        matches.append(
            DateMatch(
                start, end, expression, day, warnings, kind is not None, weekday is not None, quiet, corrected
            )
        )
    return matches


_Resolved = tuple[dt.date | None, list[str], bool, dt.date | None]  # day, warnings, quiet, corrected


def _absolute(
    groups: dict[str, str], where: tuple[str, int, int], expression: str, weekday: str | None, ref: Reference
) -> _Resolved:
    """The day a written date means; a typo year gives none (quiet) but its likely ``corrected`` day."""
    number = int(groups["d"])
    if groups.get("glued"):
        return _glued(number, groups["glued"], weekday, expression)
    month = int(groups["m"]) if groups.get("m") else MONTHS[groups["mon"].lower().rstrip(".")]
    if groups.get("m") and month > 12 >= number:
        number, month = month, number  # "(6/21/2017)": the US order, month first
    if not 1 <= month <= 12:
        return None, [f"impossible date '{expression}' ignored"], False, None
    year = int(groups["y"]) if groups.get("y") else None
    if year is None and ref.basis != "published" and not weekday:
        year = _sentence_year(*where, ref)
    if year is not None and year >= 100 and abs(year - ref.day.year) > PLAUSIBLE_YEARS:
        corrected = typo_year(number, month, year, weekday, ref)
        return None, [f"impossible year in '{expression}' ignored"], True, corrected
    day, warnings = resolve_day(number, month, year, weekday, ref, expression)
    if warnings and groups.get("m") and year is None:
        day, warnings = month_first(number, month, weekday, ref) or (day, warnings)
    return day, warnings, False, None


def _glued(number: int, glued: str, weekday: str | None, expression: str) -> _Resolved:
    """``26/523`` read as 26/5/23 when the weekday agrees with that day; else no day, a warning."""
    month, year = int(glued[:-2]), 2000 + int(glued[-2:])
    day = safe_day(year, month, number)
    if day is not None and weekday is not None and weekday_number(weekday) == day.weekday():
        return day, [], False, None
    return None, [f"malformed date '{expression}' ignored"], False, None


def safe_day(year: int, month: int, number: int) -> dt.date | None:
    try:
        return dt.date(year, month, number)
    except ValueError:
        return None


def _relative_day(
    kind: str, expression: str, weekday: str | None, ref: Reference
) -> tuple[dt.date | None, list[str], bool]:
    """The day a relative expression means counted from ``ref``; none from a run date."""
    if ref.basis == "today":
        # The day a run happens says nothing about when "kemarin" or "on Thursday" was.
        return None, [f"'{expression}' cannot be dated: the article states no publication date"], True
    warnings = []
    if ref.basis != "published":
        warnings.append(
            f"'{expression}' is read relative to the {ref.label} (the article states no publication date)"
        )
    return _relative(kind, weekday, ref), warnings, False


def _sentence_year(text: str, start: int, end: int, ref: Reference) -> int | None:
    """The one year the sentence of a year-less date names, not after the reference date
    ("Pekan Budaya Tahun 2018 yang berlangsung pada 12–14 Juli" → 2018); None for none or several."""
    left, right = sentence_bounds(text, start, end)
    positions, values = _event_years(text)
    years = {
        values[i]
        for low, high in ((left + 1, start), (end, right))
        for i in range(bisect.bisect_left(positions, low), bisect.bisect_left(positions, high - 3))
        if values[i] <= ref.day.year
    }
    return years.pop() if len(years) == 1 else None


@functools.lru_cache(maxsize=64)
def _event_years(text: str) -> tuple[list[int], list[int]]:
    """Where the years that may be an event's stand in ``text`` outside quotations, and their
    values: found once per text, so that each date reads only its sentence's share (linear)."""
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    starts = [q[0] for q in quoted]
    positions: list[int] = []
    values: list[int] = []
    for m in _EVENT_YEAR.finditer(text):
        at = bisect.bisect_right(starts, m.start()) - 1
        if at >= 0 and m.start() < quoted[at][1]:
            continue  # inside a quotation
        positions.append(m.start())
        values.append(int(m.group(1)))
    return positions, values


YEAR = re.compile(r"(?<![\d/.,-])(?:19|20)\d{2}(?![\d/])")
# A year that may be the event's: not the start of a span ("sejak 2019", "2019–2024").
_EVENT_YEAR = re.compile(
    r"(?<![\d/.,–-])(?<![Ss]ejak )(?<![Ss]ince )(?<![Ss]elama )((?:19|20)\d{2})(?![\d/])(?!\s*[-–]\s*\d)"
)
