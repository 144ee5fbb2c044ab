"""The latest day an article writes with its year: what a year-less date without its weekday
("on August 7", "di Sydney (20/3)") is read near when the page gives no publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefgen.extract.dates import find_dates
from briefgen.extract.dates_context import PLANNED, sentence_bounds
from briefgen.extract.lexicon import MONTH_RE, MONTHS
from briefgen.extract.years import Reference

# A year on its own ("ASEAN Chairmanship 2023", "Pileg 2019"), not one end of a span ("2019-2023",
# "(2025–2029)") nor a number's tail ("270/331/Umum.2019").
# "sejak 2019" starts one too: the story may be any year after it.
_LONE_YEAR = re.compile(
    r"(?<![\d/.,–-])(?<![Ss]ejak )(?<![Ss]ince )(?<![Ss]elama )((?:19|20)\d{2})(?![\d/])(?!\s*[-–]\s*\d)"
)
# A target's or forecast's year ("target 2030", "pada 2045 mendatang"): no day the story has seen.
# ("menargetkan" loses the root's t).
_AHEAD = re.compile(
    r"\b(?:\w*target\w*|menargetkan|hingga|sampai|by|until|mendatang|depan|next)\b", re.IGNORECASE
)
# A month and its year with no day ("sejak dilantik pada Oktober 2024", "in March 2021").
_MONTH_YEAR = re.compile(rf"\b(?P<month>(?i:{MONTH_RE}))\.?\s+(?P<year>(?:19|20)\d{{2}})(?![\d/])")
_MID_MONTH = 15
# No year is written without four digits in a row or a slash and two ("(12/11/24)"): a date's
# year is at least 1000 (two digits are 20xx, other years more than 60 from today's are typos).
_YEAR_DIGITS = re.compile(r"\d{4}|/\d\d")
_YEAR_START = (1, 1)  # a year named alone: the story may be any day of it


def _year_written(text: str, day: dt.date) -> bool:
    """Whether the date expression ``text`` writes the year of ``day`` ("(25/4/2022)", "(12/11/24)")."""
    return str(day.year) in text or re.search(rf"/{day.year % 100:02d}\b", text) is not None


def _ahead(paragraph: str, start: int, end: int) -> bool:
    """Whether the sentence around ``paragraph[start:end]`` states a plan, target or forecast."""
    left, right = sentence_bounds(paragraph, start, end)
    sentence = paragraph[left + 1 : right + 1]
    return PLANNED.search(sentence) is not None or _AHEAD.search(sentence) is not None


def _written_days(paragraph: str, today: dt.date) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of every date, month or year ``paragraph`` writes with its year, each
    word read once: a full date as written, a month at its middle, a year alone at its first day."""
    found: list[tuple[int, int, dt.date]] = []
    for match in find_dates(paragraph, Reference(today, "today")):
        if match.day is not None and not match.relative and _year_written(match.text, match.day):
            found.append((match.start, match.end, match.day))
    for month in _MONTH_YEAR.finditer(paragraph):
        number = MONTHS.get(month.group("month").lower().rstrip("."))
        if number and not _inside(month.start(), found):
            found.append((month.start(), month.end(), dt.date(int(month.group("year")), number, _MID_MONTH)))
    for lone in _LONE_YEAR.finditer(paragraph):
        if not _inside(lone.start(), found):
            found.append((lone.start(), lone.end(), dt.date(int(lone.group(1)), *_YEAR_START)))
    return found


def _inside(at: int, found: Sequence[tuple[int, int, dt.date]]) -> bool:
    return any(start <= at < end for start, end, _ in found)


def text_anchor(paragraphs: Sequence[str], today: dt.date) -> dt.date | None:
    """The latest day, not after ``today``, that the article dates with a year outside plans and
    targets: a full date ("January 13, 2021", "10-18 April 2019") as written, a month ("Oktober
    2024") at its middle, a year alone at its first day. None when the text names no year."""
    days = [
        day
        for paragraph in paragraphs
        if paragraph and _YEAR_DIGITS.search(paragraph) is not None
        for start, end, day in _written_days(paragraph, today)
        if day <= today and not _ahead(paragraph, start, end)
    ]
    return max(days, default=None)
