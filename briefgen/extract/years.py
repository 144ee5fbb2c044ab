"""The year of a date: written, inferred from the reference date and weekday, or a typo's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.lexicon import EN_MONTHS, EN_WEEKDAYS, WEEKDAYS

# A year this far from the reference is a typo ("Senin (8/3/1021)"), not a date to report.
PLAUSIBLE_YEARS = 60
# How many years back the weekday may take a year-less date when only the run date is known:
# a weekday falls on the same day and month again within 11 years at most.
_WEEKDAY_YEARS_BACK = 12
# How long before the latest dated day of the article its event may fall (a report a few weeks
# after the event names the day of a figure or a letter since).
_BEFORE_ANCHOR = 45


@dataclass
class Reference:
    """The date that year-less and relative expressions are read against, and where it came from."""

    day: dt.date
    basis: str  # "published" | "file" | "today"
    years: frozenset[int] = frozenset()  # years the article names ("Forum 2019", "semester I 2019")
    anchor: dt.date | None = None  # the latest day the article writes with its year (year_anchor)

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
    if year is not None:
        return _resolve_with_year(day, month, year, weekday, expression)
    candidates = [
        d
        for d in (_safe_date(y, month, day) for y in (ref.day.year, ref.day.year - 1, ref.day.year + 1))
        if d
    ]
    if not candidates:
        return None, [f"impossible date '{expression}' ignored"]
    if ref.basis != "published" and weekday:
        chosen = _year_by_weekday(day, month, weekday, ref)
        if chosen is not None:
            return chosen, []
    if ref.basis != "published" and not weekday and ref.anchor is not None:
        near = _near_anchor(day, month, ref.anchor, ref)
        if near is not None and near.year == ref.anchor.year:
            return near, []
        if near is not None:
            # "sejak dilantik pada Oktober 2024" and "(20/3)": 2025 is inferred, named nowhere.
            return near, [
                f"the year of '{expression}' is assumed to be {near.year} from the dates the article "
                "names (it states no publication date)"
            ]
    return _nearest_year(candidates, weekday, ref, expression)


def _near_anchor(day: int, month: int, anchor: dt.date, ref: Reference) -> dt.date | None:
    """Without a publication date or a weekday, the year of ``day``/``month`` that the latest day
    the article writes with its year gives: a story comes after what it tells of, so the anchor's
    year ("sejak 13 Januari 2021" and "Mar. 15" → 15 March 2021), or the next when the day would
    fall well before the anchor ("sejak dilantik pada Oktober 2024" and "(20/3)" → 20 March 2025).
    Not after the reference date."""
    latest = ref.day + dt.timedelta(days=ref.future_days)
    same = _safe_date(anchor.year, month, day)
    following = _safe_date(anchor.year + 1, month, day)
    if same is not None and anchor - dt.timedelta(days=_BEFORE_ANCHOR) <= same <= latest:
        return same
    if following is not None and following <= latest:
        return following
    return same if same is not None and same <= latest else None


def _resolve_with_year(
    day: int, month: int, year: int, weekday: str | None, expression: str
) -> tuple[dt.date | None, list[str]]:
    """A date written with its year ("9/3/21" is 2021); a weekday that disagrees is warned about."""
    if year < 100:
        year += 2000
    found = _safe_date(year, month, day)
    if found is None:
        return None, [f"impossible date '{expression}' ignored"]
    if weekday and weekday_number(weekday) != found.weekday():
        return found, [_mismatch(weekday, found)]
    return found, []


def _nearest_year(
    candidates: list[dt.date], weekday: str | None, ref: Reference, expression: str
) -> tuple[dt.date, list[str]]:
    """Among a year-less date's ``candidates`` (this year, the one before, the one after), the
    plausible one nearest ``ref`` whose weekday agrees; else the nearest, with warnings."""
    warnings: list[str] = []
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


_MONTH_FIRST_WITHIN = 7  # days before the publication date a month-first reading may fall


def month_first(
    number: int, month: int, weekday: str | None, ref: Reference
) -> tuple[dt.date, list[str]] | None:
    """A year-less ``(5/3)`` written month first, as US-style copy does ("Wednesday (5/3)" for 3
    May): taken when the day-first reading's weekday disagrees and the month-first one agrees and
    falls in the week up to the publication date; None otherwise."""
    if weekday is None or ref.basis != "published" or number > 12:
        return None
    swapped = _safe_date(ref.day.year, number, month)
    if swapped is None or swapped.weekday() != weekday_number(weekday):
        return None
    if not dt.timedelta(0) <= ref.day - swapped <= dt.timedelta(days=_MONTH_FIRST_WITHIN):
        return None
    return swapped, []


def weekday_agrees(undated: Sequence[str], day: dt.date) -> bool:
    """Whether ``day`` can be the day of the bare weekday a paragraph above dated nothing
    ("jelas gubernur, Senin.", "said on Tuesday"): a later paragraph's date on another weekday is
    another event's. The first such weekday is the lead's; those after it date other things."""
    said = [WEEKDAYS[word] for word in map(_weekday_word, undated) if word in WEEKDAYS]
    return not said or day.weekday() == said[0]


def _weekday_word(text: str) -> str:
    """The weekday an undated expression names, in lower case: "on Tuesday" → "tuesday"
    (the preposition English and Indonesian put before it is no part of the day)."""
    words = text.strip(" .,").lower().split()
    return words[-1] if words else ""


def _year_by_weekday(day: int, month: int, weekday: str, ref: Reference) -> dt.date | None:
    """Without a publication date, the year of ``day``/``month`` that its weekday allows.

    A year the article names elsewhere wins when the weekday agrees with it ("semester I
    2019" and "Rabu (10/7)" → 2019); so does the year of the latest day the article writes
    with its year when that lies before the span searched; else the latest year, at or shortly
    after the reference (run or file) date, whose weekday agrees. None when no year agrees.
    """
    wanted = weekday_number(weekday)
    latest = ref.day + dt.timedelta(days=ref.future_days)
    agreeing = [
        d
        for d in (_safe_date(ref.day.year + 1 - back, month, day) for back in range(_WEEKDAY_YEARS_BACK + 1))
        if d is not None and d <= latest and d.weekday() == wanted
    ]
    named = [d for d in agreeing if d.year in ref.years]
    if named:
        return named[0]
    oldest = ref.day.year + 1 - _WEEKDAY_YEARS_BACK
    if ref.anchor is not None and ref.anchor.year < oldest:
        # An older story: every day it writes with its year lies before the span the weekday
        # searches ("disahkan Juni 2008" and "Rabu (24/9)"). Its weekday agreeing there is the
        # story's year, not a chance agreement in the span.
        near = _near_anchor(day, month, ref.anchor, ref)
        if near is not None and near.weekday() == wanted:
            return near
    return agreeing[0] if agreeing else None


def typo_year(day: int, month: int, year: int, weekday: str | None, ref: Reference) -> dt.date | None:
    """The date a typo year stands for ("Rabu (8/3/1021)" → 8 March 2021): the one year a
    single digit away from the written one that is plausible, not after the reference date and,
    with a weekday, agrees with it; None when no year or more than one fits."""
    written = f"{year:04d}"
    fits = set()
    for at in range(4):
        for digit in "0123456789":
            guess = int(written[:at] + digit + written[at + 1 :])
            found = _safe_date(guess, month, day) if guess != year else None
            if (
                found is not None
                and abs(guess - ref.day.year) <= PLAUSIBLE_YEARS
                and found <= ref.day + dt.timedelta(days=ref.future_days)
                and (weekday is None or weekday_number(weekday) == found.weekday())
            ):
                fits.add(found)
    return fits.pop() if len(fits) == 1 else None


def reference_date(
    published: dt.date | None,
    file_date: dt.date | None,
    today: dt.date,
    years: frozenset[int] = frozenset(),
    anchor: dt.date | None = None,
) -> Reference:
    """The publication date, else the file's date, else today."""
    if published:
        return Reference(published, "published", years)
    if file_date:
        return Reference(file_date, "file", years, anchor)
    return Reference(today, "today", years, anchor)
