"""Turns the facts of one or more articles into a bilingual :class:`Brief` (pure: no I/O)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefgen.model import (
    Bilingual,
    Block,
    Brief,
    Facts,
    Paragraph,
    QuoteBlock,
    Section,
    SourceItem,
    StepItem,
    Subheading,
)

# babel locales per brief language; en_GB gives "Tuesday, 20 January 2026" (day before month).
LOCALES = {"id": "id", "en": "en_GB"}

HEADINGS: dict[str, Bilingual] = {
    "background": Bilingual.both("Latar Belakang", "Background"),
    "statements": Bilingual.both("Pernyataan", "Statements"),
    "next_steps": Bilingual.both("Langkah Selanjutnya", "Next Steps"),
    "sources": Bilingual.both("Sumber", "Sources"),
}

LABELS: dict[str, Bilingual] = {
    "period": Bilingual.both("Periode", "Period"),
    "date": Bilingual.both("Tanggal", "Date"),
    "prepared": Bilingual.both("Disusun", "Prepared"),
    "sources": Bilingual.both("Jumlah sumber", "Sources"),
}


def localise_date(day: dt.date) -> Bilingual:
    """``Selasa, 20 Januari 2026`` / ``Tuesday, 20 January 2026`` (CLDR full date format)."""
    from babel.dates import format_date

    return Bilingual.both(
        format_date(day, "full", locale=LOCALES["id"]), format_date(day, "full", locale=LOCALES["en"])
    )


def localise_period(first: dt.date, last: dt.date) -> Bilingual:
    """A date or a range with full month names: ``16–20 Januari 2026`` / ``16–20 January 2026``.

    babel's interval formats abbreviate the month (``16–20 Jan 2026``), so the range is composed
    from two ``format_date`` calls instead.
    """
    from babel.dates import format_date

    if first == last:
        return localise_date(first)

    def one(locale: str) -> str:
        end = format_date(last, "d MMMM y", locale=locale)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{end}"
        start = format_date(first, "d MMMM" if first.year == last.year else "d MMMM y", locale=locale)
        return f"{start} – {end}"

    return Bilingual.both(one(LOCALES["id"]), one(LOCALES["en"]))


def source_text(text: str) -> Bilingual:
    """Article wording: Indonesian known, English pending until the translation layer fills it."""
    return Bilingual(text, None, "missing")


def event_day(facts: Facts) -> dt.date | None:
    """The date a brief files an article under: the event, else its publication, else its file."""
    return facts.event_date or facts.article.published or facts.article.file_date


def _article_heading(facts: Facts, number: int, count: int) -> Subheading:
    """The article's title in Indonesian; in English a generated "outlet, date" label until translated."""
    day = event_day(facts)
    where = facts.outlet or facts.article.outlet
    date_en = localise_date(day).en if day else None
    en_parts = [p for p in (where, date_en) if p]
    en = ", ".join(en_parts) if en_parts else f"Article {number}"
    if count > 1:
        en = f"Article {number}: {en}"
    title = facts.article.title
    if title:
        return Subheading(Bilingual(title, en, "generated"))
    id_parts = [p for p in (where, localise_date(day).id if day else None) if p]
    id_label = ", ".join(id_parts) if id_parts else f"Artikel {number}"
    return Subheading(Bilingual.both(f"Artikel {number}: {id_label}" if count > 1 else id_label, en))


def _key_facts(facts: Facts) -> Paragraph | None:
    """A generated line of who, when and where, in both languages: it needs no translation."""
    day = event_day(facts)
    place = facts.location
    names = [p.name for p in facts.people]
    id_parts: list[str] = []
    en_parts: list[str] = []
    if day:
        when = localise_date(day)
        id_parts.append(f"Waktu: {when.id}")
        en_parts.append(f"When: {when.en}")
    if place:
        id_parts.append(f"Tempat: {place}")
        en_parts.append(f"Where: {place}")
    if names:
        id_parts.append("Tokoh: " + ", ".join(names))
        en_parts.append("People: " + ", ".join(names))
    if not id_parts:
        return None
    return Paragraph(Bilingual.both(". ".join(id_parts) + ".", ". ".join(en_parts) + "."), "note")


def _per_article(facts_list: Sequence[Facts], blocks_of: dict[int, list[Block]]) -> list[Block]:
    """Blocks of several articles, each run introduced by the article's heading when there are many."""
    out: list[Block] = []
    many = len(facts_list) > 1
    for index, facts in enumerate(facts_list):
        blocks = blocks_of.get(index, [])
        if not blocks:
            continue
        if many:
            out.append(_article_heading(facts, index + 1, len(facts_list)))
        out.extend(blocks)
    return out


def _role(facts: Facts, speaker: str | None) -> Bilingual | None:
    person = facts.person(speaker)
    if person is None or not person.role:
        return None
    role = person.role
    if person.organization and person.organization not in role:
        role = f"{role} {person.organization}"
    return Bilingual(role, None, "missing")


def make_brief(
    facts_list: Sequence[Facts], prepared: dt.date, period: tuple[dt.date, dt.date] | None = None
) -> Brief:
    """Compose the brief: background, statements, next steps and sources, in event-date order.

    ``period`` is the range the brief was asked to cover (a week); without it, the span of the
    articles' dates.
    """
    ordered = sorted(facts_list, key=lambda f: (event_day(f) or dt.date.max, f.article.source))
    days = [d for d in (event_day(f) for f in ordered) if d]

    background: dict[int, list[Block]] = {}
    statements: dict[int, list[Block]] = {}
    steps: dict[int, list[Block]] = {}
    for index, facts in enumerate(ordered):
        blocks: list[Block] = [_article_heading(facts, index + 1, len(ordered))]
        key = _key_facts(facts)
        if key:
            blocks.append(key)
        for n, sentence in enumerate(facts.background):
            blocks.append(Paragraph(source_text(sentence), "lead" if n == 0 else "body"))
        background[index] = blocks

        said: list[Block] = [
            QuoteBlock(source_text(q.text), q.speaker, _role(facts, q.speaker)) for q in facts.quotes
        ]
        for st in facts.statements:
            said.append(QuoteBlock(source_text(st.text), st.speaker, _role(facts, st.speaker), direct=False))
        statements[index] = said

        steps[index] = [
            StepItem(source_text(s.text), s.actor, localise_date(s.due) if s.due else None)
            for s in facts.next_steps
        ]

    # The background section always opens with each article's heading, even for one article.
    background_blocks = [block for index in range(len(ordered)) for block in background[index]]
    sources: list[Block] = []
    for facts in ordered:
        article = facts.article
        day = article.published or event_day(facts)
        sources.append(
            SourceItem(
                outlet=facts.outlet or article.outlet,
                title=article.title,
                date=localise_date(day) if day else None,
                location=article.url or article.source,
            )
        )

    sections = [
        Section("background", HEADINGS["background"], background_blocks),
        Section("statements", HEADINGS["statements"], _per_article(ordered, statements)),
        Section("next_steps", HEADINGS["next_steps"], _per_article(ordered, steps)),
        Section("sources", HEADINGS["sources"], sources),
    ]
    for section in sections[1:3]:
        if not section.blocks:
            none = Bilingual.both("Tidak ada yang tercatat.", "None recorded.")
            section.blocks.append(Paragraph(none, "note"))

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
        source_count=len(ordered),
        sections=sections,
        labels=labels,
        warnings=warnings,
    )
