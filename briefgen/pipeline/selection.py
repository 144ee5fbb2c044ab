"""Which articles a brief holds: the period asked for, topic filters, one article per story."""

from __future__ import annotations

import datetime as dt

from briefgen.config import Config
from briefgen.errors import NothingToBrief
from briefgen.model import Facts
from briefgen.select import (
    Period,
    between,
    filing_day,
    iso_week,
    last_week,
    near_duplicates,
    select,
)


def period_of(config: Config, day: dt.date) -> Period | None:
    """The period a build covers, from ``--week``, ``--last-week`` or ``--since``/``--until``."""
    if config.week:
        return iso_week(config.week)
    if config.last_week:
        return last_week(day)
    if config.since or config.until:
        return between(config.since, config.until)
    return None


def describe(period: Period | None) -> str:
    if period is None:
        return "any period"
    first = "…" if period.first == dt.date.min else period.first.isoformat()
    last = "…" if period.last == dt.date.max else period.last.isoformat()
    return f"{period.name} ({first} to {last})" if "W" in period.name else f"{first} to {last}"


def choose(found: list[Facts], config: Config, period: Period | None) -> tuple[list[Facts], list[str]]:
    """The articles a brief holds: inside the period, matching the topics, one per story.

    Returns them with notes for the user (stories merged, articles filed by a fallback date);
    when none is left, the error says why.
    """
    selected = select(found, period, config.tags, config.match)
    if not selected.chosen:
        reasons = []
        if selected.outside_period:
            reasons.append(f"{selected.outside_period} outside {describe(period)}")
        if selected.filtered_out:
            reasons.append(f"{selected.filtered_out} not matching the topic filters")
        raise NothingToBrief(f"no article to brief: of {len(found)} read, " + " and ".join(reasons))
    facts: list[Facts] = []
    notes: list[str] = []
    for group in near_duplicates(selected.chosen):
        group[0].copies = group[1:]
        facts.append(group[0])
        if len(group) > 1:
            others = ", ".join(f.article.source for f in group[1:])
            notes.append(f"{group[0].article.source}: the same story as {others}; merged, all cited")
    for chosen in facts:
        when, basis = filing_day(chosen)
        if basis != "event date":
            notes.append(f"{chosen.article.source}: no event date found; filed under {when} by its {basis}")
    return facts, notes
