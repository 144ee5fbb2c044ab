"""Which articles go into a brief: a period (ISO week, last week, since/until) and topic filters.

Pure functions over :class:`~briefgen.model.Facts`; the pipeline reads the files. Weeks are ISO
weeks, Monday to Sunday, counted in Asia/Jakarta time (UTC+7, no daylight saving), so a cron job
at 06:00 WIB on Monday asks for the week that has just ended, not the one before it.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen.errors import UsageError
from briefgen.model import Facts

JAKARTA = dt.timezone(dt.timedelta(hours=7), "WIB")

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """An inclusive range of days, with the name its outputs carry (``2026-W04``)."""

    first: dt.date
    last: dt.date
    name: str

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


def iso_week(value: str) -> Period:
    """``2026-W04`` → Monday 19 to Sunday 25 January 2026."""
    match = _WEEK.match(value.strip())
    if not match:
        raise UsageError(f"--week must be an ISO week such as 2026-W04 (got '{value}')")
    year, week = int(match[1]), int(match[2])
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise UsageError(f"--week: {year} has no week {week}") from None
    return Period(monday, monday + dt.timedelta(days=6), f"{year}-W{week:02d}")


def last_week(today: dt.date) -> Period:
    """The ISO week before the one ``today`` falls in."""
    year, week, _ = (today - dt.timedelta(days=7)).isocalendar()
    return iso_week(f"{year}-W{week:02d}")


def between(since: dt.date | None, until: dt.date | None) -> Period:
    """``--since``/``--until``; an open end stretches as far as it needs to."""
    first = since or dt.date.min
    last = until or dt.date.max
    if first > last:
        raise UsageError(f"--since {first} is after --until {last}")
    name = f"{since.isoformat() if since else 'start'}_{until.isoformat() if until else 'end'}"
    return Period(first, last, name)


def filing_day(facts: Facts) -> tuple[dt.date | None, str]:
    """The day an article is filed under and what it came from: event, publication or file date."""
    if facts.event_date:
        return facts.event_date, "event date"
    if facts.article.published:
        return facts.article.published, "publication date"
    if facts.article.file_date:
        return facts.article.file_date, "file date"
    return None, "no date"


def _haystack(facts: Facts) -> str:
    article = facts.article
    parts = [article.title or "", article.text, facts.outlet or "", article.outlet or ""]
    parts += [p.name for p in facts.people] + [p.role or "" for p in facts.people]
    parts += [o.name for o in facts.organizations] + [o.acronym or "" for o in facts.organizations]
    parts += article.tags
    return " \n ".join(parts).casefold()


def matches(facts: Facts, tags: Sequence[str] = (), words: Sequence[str] = ()) -> bool:
    """True when the article carries every tag and mentions every word (case-insensitive)."""
    have = {t.casefold() for t in facts.article.tags}
    if any(tag.casefold() not in have for tag in tags):
        return False
    if words:
        haystack = _haystack(facts)
        return all(word.casefold() in haystack for word in words)
    return True


@dataclass
class Selected:
    chosen: list[Facts]
    outside_period: int = 0
    filtered_out: int = 0


def select(
    facts_list: Sequence[Facts],
    period: Period | None = None,
    tags: Sequence[str] = (),
    words: Sequence[str] = (),
) -> Selected:
    """The articles inside ``period`` that match the topic filters, in their original order."""
    result = Selected([])
    for facts in facts_list:
        if period is not None and filing_day(facts)[0] not in period:
            result.outside_period += 1
        elif not matches(facts, tags, words):
            result.filtered_out += 1
        else:
            result.chosen.append(facts)
    return result


_DATELINE = re.compile(r"^[^.!?\n]{0,80}?\s[-–—]\s(?:[^.!?\n]{0,40}?\s[-–—]\s)?")


def _body(facts: Facts) -> str:
    """The article text without its dateline, case and spacing: what two outlets share."""
    paragraphs = list(facts.article.paragraphs)
    if paragraphs:
        paragraphs[0] = _DATELINE.sub("", paragraphs[0], count=1)
    return " ".join(" ".join(paragraphs).casefold().split())


def near_duplicates(facts_list: Sequence[Facts], threshold: float = 90.0) -> list[list[Facts]]:
    """Groups of articles that carry the same story (one press release, several outlets).

    Two articles are the same story when their texts without datelines are at least
    ``threshold`` percent alike and their event days do not differ. The first of each group,
    in the given order, is the one to keep; the others are cited as further sources.

    Only groups that could match are compared, so a week of articles costs about as many
    comparisons as it has articles, not their square: groups are kept by day (an undated group
    is a candidate for every article, an undated article for every group), and a pair whose
    lengths alone keep it under ``threshold`` is never compared. Both cuts are exact: the result
    is the one of comparing every article with every group, in order.
    """
    from rapidfuzz import fuzz

    groups: list[list[Facts]] = []
    bodies: list[str] = []
    by_day: dict[dt.date | None, list[int]] = {}  # day -> indexes of the groups filed under it
    for facts in facts_list:
        body = _body(facts)
        day = filing_day(facts)[0]
        if day is None:
            candidates: Iterable[int] = range(len(groups))
        else:
            candidates = heapq.merge(by_day.get(day, ()), by_day.get(None, ()))
        for index in candidates:
            first = bodies[index]
            # fuzz.ratio is 200·LCS / (len(a) + len(b)), and the LCS is at most the shorter length.
            total = len(body) + len(first)
            if total and 200 * min(len(body), len(first)) < threshold * total:
                continue
            if fuzz.ratio(body, first, score_cutoff=threshold) >= threshold:
                groups[index].append(facts)
                break
        else:
            by_day.setdefault(day, []).append(len(groups))
            groups.append([facts])
            bodies.append(body)
    return groups


def _names(facts: Facts) -> set[str]:
    """The full names and bodies an article mentions, casefolded: what two reports of one event share."""
    names = {p.name.casefold() for p in facts.people if len(p.name.split()) > 1}
    names |= {o.name.casefold() for o in facts.organizations}
    return names


def _opening(facts: Facts) -> str:
    return (facts.background[0] if facts.background else facts.article.title or "").casefold()


EVENT_THRESHOLD = 55.0
"""How alike (rapidfuzz ``token_set_ratio``) two leads open when they report one event."""


def same_event(one: Facts, other: Facts, days: int = 1, threshold: float = EVENT_THRESHOLD) -> bool:
    """True when two articles report one event: filed at most ``days`` apart, naming a person or a
    body in common, and opening alike (rapidfuzz ``token_set_ratio`` of their leads ≥ ``threshold``)."""
    from rapidfuzz import fuzz

    first, second = filing_day(one)[0], filing_day(other)[0]
    if first is None or second is None or abs((first - second).days) > days:
        return False
    if not _names(one) & _names(other):
        return False
    return fuzz.token_set_ratio(_opening(one), _opening(other)) >= threshold


def events(facts_list: Sequence[Facts], days: int = 1) -> list[list[Facts]]:
    """The articles grouped by the event they report (:func:`same_event` with any of a group), in order.

    Near-duplicates (:func:`near_duplicates`) are merged before; this joins different reports of
    one event: a ministry's press release and a newspaper's own story of the same meeting.

    Only the reports filed at most ``days`` apart that name someone in common are compared (found
    by day and name, not by trying every member of every group), and each report's day, names and
    opening are worked out once: the result is the one of comparing every report with every
    member of every group, in order.
    """
    from rapidfuzz import fuzz

    group_of: list[int] = []  # report -> index of its group
    count = 0  # groups so far
    by_day_name: dict[tuple[int, str], list[int]] = {}  # (day ordinal, name) -> reports
    openings: list[str] = []
    for facts in facts_list:
        day, names, opening = filing_day(facts)[0], _names(facts), _opening(facts)
        near: dict[int, list[int]] = {}  # group -> its reports of a near day that share a name
        if day is not None:
            ordinal = day.toordinal()
            for other in {
                member
                for n in range(-days, days + 1)
                for name in names
                for member in by_day_name.get((ordinal + n, name), ())
            }:
                near.setdefault(group_of[other], []).append(other)
        home = next(
            (
                group
                for group in sorted(near)
                if any(
                    fuzz.token_set_ratio(opening, openings[other]) >= EVENT_THRESHOLD for other in near[group]
                )
            ),
            count,
        )
        count = max(count, home + 1)
        group_of.append(home)
        openings.append(opening)
        if day is not None:
            for name in names:
                by_day_name.setdefault((day.toordinal(), name), []).append(len(group_of) - 1)
    groups: list[list[Facts]] = [[] for _ in range(count)]
    for facts, group in zip(facts_list, group_of, strict=True):
        groups[group].append(facts)
    return groups
