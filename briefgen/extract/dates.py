"""Finds the event date in Indonesian text (``Selasa (20/1)``, ``5 Februari 2024``, ``kemarin``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen.extract.lexicon import (
    EN_MONTHS,
    EN_WEEKDAYS,
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    WEEKDAYS,
)

WD = WEEKDAY_RE
_NUM_WD = re.compile(
    rf"(?P<wd>{WD})\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\)"
)
_NUM_WD_BARE = re.compile(
    rf"(?P<wd>{WD})\s*,?\s+(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})(?![\d/])"
)
_NAMED = re.compile(
    rf"(?:(?P<wd>{WD})\s*,?\s*\(?\s*)?(?:(?:tanggal|tgl\.?)\s+)?(?<![\d.,/])(?P<d>\d{{1,2}})"
    rf"(?:\s*[-–]\s*\d{{1,2}})?\s+(?P<mon>(?i:{MONTH_RE}))\b\.?(?:\s+(?P<y>\d{{4}})\b)?"
)
_NUM_PAREN = re.compile(r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{2,4}))?\s*\)")
_NUM_FULL = re.compile(r"(?<![\d/.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])")
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")

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
    (re.compile(r"\b[Kk]emarin\s+lusa\b"), "-2"),
    (re.compile(r"\b[Kk]emarin\b"), "-1"),
    (re.compile(r"\b[Hh]ari\s+ini\b"), "0"),
)
# Lower number: more specific; wins when two expressions overlap.
_ABSOLUTE: tuple[tuple[re.Pattern[str], int], ...] = (
    (_NUM_WD, 0),
    (_NUM_WD_BARE, 1),
    (_NAMED, 2),
    (_NUM_PAREN, 3),
    (_NUM_FULL, 4),
    (_ISO, 5),
)


@dataclass
class Reference:
    """The date that year-less and relative expressions are read against, and where it came from."""

    day: dt.date
    basis: str  # "published" | "file" | "today"

    @property
    def label(self) -> str:
        return {"published": "publication date", "file": "file date"}.get(self.basis, "run date")

    @property
    def future_days(self) -> int:
        """How far after the reference an event may lie before an earlier year is preferred."""
        return 31 if self.basis == "published" else 7

    @property
    def past_days(self) -> int:
        """How far before the reference an event may lie: a publication date is a strong hint,
        a file or run date a weak one (a year either way is possible)."""
        return 183 if self.basis == "published" else 400


@dataclass
class DateMatch:
    """One date expression in a text: where it is, what it says, and the day it resolves to."""

    start: int
    end: int
    text: str
    day: dt.date | None
    warnings: list[str] = field(default_factory=list)


@dataclass
class EventDate:
    day: dt.date | None
    basis: str | None  # "text" | "published" | None
    expression: str | None = None
    warnings: list[str] = field(default_factory=list)


def english_date(day: dt.date) -> str:
    """``20 January 2026`` (for warnings; the brief's own dates are localised elsewhere)."""
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().replace("’", "'")]


def _mismatch(word: str, day: dt.date) -> str:
    return f"weekday '{word}' does not match {english_date(day)} (a {EN_WEEKDAYS[day.weekday()]})"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_day(
    day: int,
    month: int,
    year: int | None,
    weekday: str | None,
    ref: Reference,
    expression: str,
) -> tuple[dt.date | None, list[str]]:
    """The date meant by day/month[/year][+weekday] near ``ref``, with warnings; never raises."""
    warnings: list[str] = []
    if year is not None:
        if year < 100:
            year += 2000
        found = _safe_date(year, month, day)
        if found is None:
            return None, [f"impossible date '{expression}' ignored"]
        if weekday and weekday_number(weekday) != found.weekday():
            warnings.append(_mismatch(weekday, found))
        return found, warnings

    candidates = [
        d
        for d in (_safe_date(y, month, day) for y in (ref.day.year, ref.day.year - 1, ref.day.year + 1))
        if d
    ]
    if not candidates:
        return None, [f"impossible date '{expression}' ignored"]
    earliest = ref.day - dt.timedelta(days=ref.past_days)
    latest = ref.day + dt.timedelta(days=ref.future_days)
    plausible = [d for d in candidates if earliest <= d <= latest] or candidates
    plausible.sort(key=lambda d: abs((d - ref.day).days))
    if weekday:
        wanted = weekday_number(weekday)
        agreeing = [d for d in plausible if d.weekday() == wanted]
        if not agreeing and ref.basis != "published":
            # A run or file date only says the event is not in the future: any earlier year whose
            # weekday agrees beats a nearer one whose weekday does not.
            agreeing = sorted(
                (d for d in candidates if d <= latest and d.weekday() == wanted),
                key=lambda d: abs((d - ref.day).days),
            )
        if agreeing:
            return agreeing[0], warnings
    found = plausible[0]
    if weekday:
        warnings.append(_mismatch(weekday, found))
    if ref.basis != "published":
        warnings.append(
            f"the year of '{expression}' is assumed to be {found.year} from the {ref.label} "
            "(the article states no publication date)"
        )
    return found, warnings


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


def find_dates(text: str, ref: Reference) -> list[DateMatch]:
    """Every date expression in ``text`` in reading order, each resolved against ``ref``."""
    found: list[tuple[int, int, int, re.Match[str], str | None]] = []
    for pattern, priority in _ABSOLUTE:
        found.extend((m.start(), m.end(), priority, m, None) for m in pattern.finditer(text))
    for number, (pattern, relative) in enumerate(_RELATIVE):
        found.extend((m.start(), m.end(), 10 + number, m, relative) for m in pattern.finditer(text))
    accepted: list[tuple[int, int, int, re.Match[str], str | None]] = []
    for item in sorted(found, key=lambda f: (f[2], f[0])):
        if all(item[1] <= a[0] or item[0] >= a[1] for a in accepted):
            accepted.append(item)
    matches: list[DateMatch] = []
    for start, end, _, match, kind in sorted(accepted, key=lambda f: f[0]):
        expression = " ".join(match.group(0).split()).strip(" ,")
        if expression.startswith("(") and expression.endswith(")"):
            expression = expression[1:-1]
        groups = match.groupdict()
        weekday: str | None = groups.get("wd") or groups.get("wd2")
        if kind is None:
            month = int(groups["m"]) if groups.get("m") else MONTHS[groups["mon"].lower()]
            year = int(groups["y"]) if groups.get("y") else None
            day, warnings = resolve_day(int(groups["d"]), month, year, weekday, ref, expression)
            if not 1 <= month <= 12:
                day, warnings = None, [f"impossible date '{expression}' ignored"]
        else:
            day = _relative(kind, weekday, ref)
            warnings = []
            if ref.basis != "published":
                warnings.append(
                    f"'{expression}' is read relative to the {ref.label} "
                    "(the article states no publication date)"
                )
        matches.append(DateMatch(start, end, expression, day, warnings))
    return matches


def reference_date(published: dt.date | None, file_date: dt.date | None, today: dt.date) -> Reference:
    """The publication date, else the file's date, else today."""
    if published:
        return Reference(published, "published")
    if file_date:
        return Reference(file_date, "file")
    return Reference(today, "today")


def _after_publication(day: dt.date, ref: Reference) -> bool:
    return ref.basis == "published" and day > ref.day


def find_event_date(
    paragraphs: Sequence[str],
    *,
    published: dt.date | None = None,
    file_date: dt.date | None = None,
    today: dt.date | None = None,
) -> EventDate:
    """The first resolvable date expression, lead paragraph first; else the publication date."""
    ref = reference_date(published, file_date, today or dt.date.today())
    warnings: list[str] = []
    later: EventDate | None = None
    for paragraph in paragraphs:
        matches = find_dates(paragraph, ref)
        # A date after the publication is a schedule ("dibuka … pada 9 Januari 2027"), not the
        # day the story reports; it is used only when the text has no other date.
        usable = [m for m in matches if m.day is not None and not _after_publication(m.day, ref)]
        if later is None:
            future = next((m for m in matches if m.day is not None), None)
            if future is not None and future.day is not None:
                later = EventDate(future.day, "text", future.text, [*warnings, *future.warnings])
        if not usable:
            warnings.extend(w for m in matches if m.day is None for w in m.warnings)
            continue
        # "…, Kamis (1/10)": the weekday with the date in brackets is how a news lead dates its event.
        pick = next((m for m in usable if _NUM_WD.fullmatch(m.text)), usable[0])
        warnings.extend(w for m in matches if m.day is None and m.start < pick.start for w in m.warnings)
        warnings.extend(pick.warnings)
        return EventDate(pick.day, "text", pick.text, warnings)
    if later is not None:
        return later
    if published:
        warnings.append("no event date in the text; the publication date is used")
        return EventDate(published, "published", None, warnings)
    warnings.append("no event date found in the text and no publication date")
    return EventDate(None, None, None, warnings)
