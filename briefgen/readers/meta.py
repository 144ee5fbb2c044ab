"""Metadata values shared by the readers: dates, tags and plain strings from untrusted input."""

from __future__ import annotations

import datetime as dt
import re

from briefgen.errors import SourceError
from briefgen.readers.clean import normalise

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: object, source: str, key: str) -> dt.date | None:
    """A publication date from front matter or HTML metadata; ``None`` when absent.

    Accepts a YAML date or datetime and ISO 8601 text (``2026-01-20``, ``2026-01-20T09:30:00+07:00``).
    Anything else is an error naming the file and the key, because a wrong year here would
    silently move every "Selasa (20/1)" in the article.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _plausible(value, value.isoformat(), source, key)
    match = _ISO_DATE.match(str(value))
    if match:
        written = f"{match[1]}-{match[2]}-{match[3]}"
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:  # 2026-02-30, 2026-13-01
            raise SourceError(source, f"'{key}' is not a real date: '{written}'") from None
        return _plausible(day, written, source, key)
    raise SourceError(source, f"'{key}' is not a date in the form YYYY-MM-DD: {str(value)[:40]!r}")


FIRST_YEAR, LAST_YEAR = 1900, 2200
"""Publication dates outside these years are placeholders (``9999-12-31``, ``0001-01-01``), not
dates a news article was published on; taken as such they would move every date inferred
from them out of the calendar's range."""


def _plausible(day: dt.date, written: str, source: str, key: str) -> dt.date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise SourceError(source, f"'{key}' is not a real date: '{written}'")
    return day


def text_value(value: object) -> str | None:
    """A metadata value as one line of text, or ``None`` when empty or not a scalar."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(normalise(str(value)).split())  # YAML escapes and HTML entities can hold a NUL
    return text or None


def tag_list(value: object) -> list[str]:
    """Tags from a YAML list or a comma-separated string, lower-cased, without duplicates."""
    items: list[object]
    if isinstance(value, list):
        items = list(value)
    elif isinstance(value, str):
        items = list(value.split(","))
    else:
        items = []
    tags: list[str] = []
    for item in items:
        tag = text_value(item)
        if tag and tag.lower() not in tags:
            tags.append(tag.lower())
    return tags
