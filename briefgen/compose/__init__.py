"""Turns the facts of one or more articles into a bilingual :class:`Brief` (pure: no I/O).

The brief is organised by event, most important first: the key points (one per event), a
section per event (its key statements and at most two sentences of background), one register
of next steps, and the sources once. With ``annex`` the full text of every article follows,
with the index of people and organisations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.compose.events import (
    Event,
    background,
    carried_over,
    key_point,
    key_statements,
    main_steps,
    make_event,
    outlet_of,
    register,
    steps_count,
)
from briefgen.compose.index import index_blocks
from briefgen.compose.text import (
    DATE_UNKNOWN,
    HEADINGS,
    LABELS,
    NONE_RECORDED,
    _article_heading,
    _lead,
    brief_days,
    english_role,
    event_day,
    localise_date,
    localise_day,
    localise_due,
    localise_period,
    reported_day,
    source_text,
)
from briefgen.model import Article, Bilingual, Block, Brief, Facts, NextStep, Paragraph, Section, SourceItem
from briefgen.select import events as event_groups
from briefgen.standards import format_day

if TYPE_CHECKING:
    from briefgen.translate.glossary import Glossary

__all__ = [
    "english_role",
    "brief_days",
    "event_day",
    "key_point",
    "localise_date",
    "localise_due",
    "localise_period",
    "make_brief",
    "source_text",
]


def joined(first: Bilingual, second: Bilingual) -> Bilingual:
    """Two texts as one, English only when both have it."""
    en = f"{first.en} {second.en}" if first.en is not None and second.en is not None else None
    origin = first.origin if en is not None and first.origin != "generated" else second.origin
    return Bilingual(f"{first.id} {second.id}", en, origin if en is not None else "missing")


def _event_heading(event: Event, number: int) -> Bilingual:
    """``1. Jakarta, 20 Januari 2026`` / ``1. Jakarta, 20 January 2026``: generated in both languages
    and one line long; the article's title is in the sources (titles are often site furniture)."""
    # Never the file's date: it only files an undated article in a period and would read as the
    # day the event happened.
    day = reported_day(event.facts)
    place = event.facts.location
    labels = [
        ", ".join(
            p
            for p in (
                place,
                format_day(day, "d MMMM y", lang) if day else DATE_UNKNOWN.get(lang),
            )
            if p
        )
        for lang in ("id", "en")
    ]
    return Bilingual.both(f"{number}. {labels[0] or 'Peristiwa'}", f"{number}. {labels[1] or 'Event'}")


def _event_section(event: Event, number: int, glossary: Glossary | None, said: list[str]) -> Section:
    """Who else reported it, at most two sentences of background and three key statements."""
    blocks: list[Block] = []
    outlets = ", ".join(dict.fromkeys(o for o in (outlet_of(r) for r in event.reports) if o))
    if len(event.reports) > 1 and outlets:
        blocks.append(
            Paragraph(Bilingual.both(f"Diberitakan oleh: {outlets}.", f"Reported by: {outlets}."), "note")
        )
    generated = _lead(event.facts, glossary) is not None
    statements = key_statements(event, glossary, said)
    said += [q.text.id for q in statements]
    # Two statements say much of the story already: one sentence of background beside them.
    for sentence in background(event, generated, said, most=1 if len(statements) >= 2 else 2):
        blocks.append(Paragraph(source_text(sentence), "body"))
        said.append(sentence)
    blocks += statements
    if len(blocks) == 0:
        blocks.append(Paragraph(NONE_RECORDED, "note"))
    return Section("event", _event_heading(event, number), blocks)


def _sources(events: Sequence[Event]) -> list[Block]:
    """Every report of every event, once, in the order of the events: outlet, title, date, URL."""
    items: list[Block] = []
    seen: set[tuple[str | None, str | None, str | None]] = set()
    for event in events:
        for report in event.reports:
            article = report.article
            # Published, else the event's date; never the file's, which reads as the article's date.
            day = article.published or reported_day(report)
            outlet = report.outlet or article.outlet
            key = (outlet, article.title, article.url or article.source)
            if key in seen:
                continue
            seen.add(key)
            # Never a lone date: an article without outlet, title or URL is named by its opening words.
            title = article.title or (None if outlet or article.url else opening_words(article))
            items.append(SourceItem(outlet, title, localise_day(day) if day else DATE_UNKNOWN, article.url))
    return items


OPENING_WORDS = 12


def opening_words(article: Article) -> str:
    """``Kementerian … membuka lembaran baru …``: the first words of an article that has no title,
    outlet or URL, to tell it apart in the sources (its file's name is a local detail)."""
    words = " ".join(article.paragraphs[:1]).split()
    if not words:
        return Path(article.source).name
    return " ".join(words[:OPENING_WORDS]) + ("…" if len(words) > OPENING_WORDS else "")


def _annex(ordered: Sequence[Facts], glossary: Glossary | None) -> list[Section]:
    """Every article in full (its cleaned paragraphs), then the index of people and organisations."""
    blocks: list[Block] = []
    for number, facts in enumerate(ordered, 1):
        blocks.append(_article_heading(facts, number, len(ordered)))
        blocks += [Paragraph(source_text(p), "body") for p in facts.article.paragraphs]
    index = index_blocks(ordered, glossary) or [Paragraph(NONE_RECORDED, "note")]
    return [Section("annex", HEADINGS["annex"], blocks), Section("index", HEADINGS["index"], index)]


def make_brief(
    facts_list: Sequence[Facts],
    prepared: dt.date,
    period: tuple[dt.date, dt.date] | None = None,
    glossary: Glossary | None = None,
    annex: bool = False,
    carried: Sequence[tuple[NextStep, str | None]] = (),
) -> Brief:
    """Compose the brief of ``facts_list``, organised by event (see the module's docstring).

    Reports of one event (:func:`briefgen.select.events`) become one event citing each of them;
    events are ordered by importance (:meth:`Event.importance`). ``period`` is the range the
    brief was asked to cover (a week); without it, the span of the dates the articles give
    (:func:`brief_days`). ``carried``
    are earlier briefs' steps still open (with their source): the register lists them after this
    brief's own, marked carried over, unless this brief lists them again.
    """
    ordered = sorted(facts_list, key=lambda f: (event_day(f) or dt.date.max, f.article.source))
    days = brief_days(ordered)
    events = sorted((make_event(group) for group in event_groups(ordered)), key=Event.importance)
    points, said = _key_points(events, glossary)
    own = register(events, glossary)
    steps: list[Block] = [*own, *carried_over(carried, own, glossary)]
    sections = [
        Section("key_points", HEADINGS["key_points"], points or [Paragraph(NONE_RECORDED, "note")]),
        *(_event_section(event, number, glossary, said) for number, event in enumerate(events, 1)),
        Section("next_steps", HEADINGS["next_steps"], steps or [Paragraph(NONE_RECORDED, "note")]),
        Section("sources", HEADINGS["sources"], _sources(events)),
    ]
    if annex:
        sections += _annex(ordered, glossary)

    span = period or ((days[0], days[-1]) if days else None)
    shown_period = localise_period(*span) if span else None
    labels = dict(LABELS)
    if span and span[0] == span[-1]:
        labels["period"] = LABELS["date"]
    warnings = [f"{f.article.source}: {w}" for f in ordered for w in f.warnings]
    return Brief(
        title=Bilingual.both("Ringkasan Kebijakan", "Policy Brief"),
        period=shown_period,
        prepared=localise_date(prepared),
        prepared_on=prepared,
        source_count=sum(1 + len(f.copies) for f in ordered),
        sections=sections,
        labels=labels,
        warnings=warnings,
    )


def _key_points(events: Sequence[Event], glossary: Glossary | None) -> tuple[list[Block], list[str]]:
    """One numbered key point per event, and what they and the events' main steps already say
    (so no section repeats it as background)."""
    points: list[Block] = []
    said: list[str] = []
    for number, event in enumerate(events, 1):
        point = key_point(event.facts, glossary)
        said.append(point.id)
        numbered = Bilingual(
            f"{number}. {point.id}", f"{number}. {point.en}" if point.en else None, point.origin
        )
        points.append(Paragraph(joined(numbered, steps_count(len(main_steps(event)))), "body"))
    said += [step.text for event in events for _, step in main_steps(event)]
    return points, said


NO_REPORTS = Bilingual.both("Tidak ada laporan pada periode ini.", "No reports this period.")


def make_empty_brief(prepared: dt.date, period: tuple[dt.date, dt.date] | None = None) -> Brief:
    """The one-page brief of a period without articles (``--if-empty write``): it says so."""
    labels = dict(LABELS)
    if period and period[0] == period[1]:
        labels["period"] = LABELS["date"]
    return Brief(
        title=Bilingual.both("Ringkasan Kebijakan", "Policy Brief"),
        period=localise_period(*period) if period else None,
        prepared=localise_date(prepared),
        prepared_on=prepared,
        source_count=0,
        sections=[Section("key_points", HEADINGS["key_points"], [Paragraph(NO_REPORTS, "body")])],
        labels=labels,
    )
