"""Turns the facts of one or more articles into a bilingual :class:`Brief` (pure: no I/O)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.model import (
    Bilingual,
    Block,
    Brief,
    Facts,
    Paragraph,
    Person,
    QuoteBlock,
    Section,
    SourceItem,
    StepItem,
    Subheading,
)
from briefgen.standards import BABEL_LOCALE

if TYPE_CHECKING:
    from briefgen.translate.glossary import Glossary


HEADINGS: dict[str, Bilingual] = {
    "summary": Bilingual.both("Ringkasan Eksekutif", "Executive Summary"),
    "background": Bilingual.both("Latar Belakang", "Background"),
    "all_steps": Bilingual.both("Langkah Selanjutnya: Semua Artikel", "Next Steps: All Articles"),
    "index": Bilingual.both("Indeks Tokoh dan Lembaga", "Index of People and Organisations"),
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
        format_date(day, "full", locale=BABEL_LOCALE["id"]),
        format_date(day, "full", locale=BABEL_LOCALE["en"]),
    )


_HALVES = {"id": ("Semester I {y}", "Semester II {y}"), "en": ("first half of {y}", "second half of {y}")}


def localise_due(day: dt.date, precision: str | None) -> Bilingual:
    """A due date as precise as the article gave it: a day in full, else ``Mei 2026`` / ``May 2026``,
    ``Kuartal II 2026`` / ``Q2 2026``, ``Semester I 2026`` / ``first half of 2026``, ``pekan
    16 Maret 2026`` / ``week of 16 March 2026`` or the year."""
    from babel.dates import format_date

    if precision in (None, "day"):
        return localise_date(day)
    if precision == "month":
        return Bilingual.both(
            *(format_date(day, "MMMM y", locale=BABEL_LOCALE[lang]) for lang in ("id", "en"))
        )
    if precision == "week":
        return Bilingual.both(
            f"pekan {format_date(day, 'd MMMM y', locale=BABEL_LOCALE['id'])}",
            f"week of {format_date(day, 'd MMMM y', locale=BABEL_LOCALE['en'])}",
        )
    if precision == "quarter":
        quarter = (day.month - 1) // 3 + 1
        return Bilingual.both(
            f"Kuartal {'I' * quarter if quarter < 4 else 'IV'} {day.year}", f"Q{quarter} {day.year}"
        )
    if precision == "half":
        half = 0 if day.month <= 6 else 1
        return Bilingual.both(_HALVES["id"][half].format(y=day.year), _HALVES["en"][half].format(y=day.year))
    return Bilingual.both(str(day.year), str(day.year))


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

    return Bilingual.both(one(BABEL_LOCALE["id"]), one(BABEL_LOCALE["en"]))


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
    return Paragraph(
        Bilingual.both(" ".join(_end(p) for p in id_parts), " ".join(_end(p) for p in en_parts)), "note"
    )


def _role_text(person: Person) -> str | None:
    role = person.role
    if role and person.organization and person.organization not in role:
        role = f"{role} {person.organization}"
    return role or person.organization


def english_role(role: str | None, glossary: Glossary | None) -> str | None:
    """The English of a role (or of a body's name) composed from the glossary, else None.

    The one place composition asks the translation layer for the English of a role
    (:func:`briefgen.translate.roles.translate_role`); without a glossary there is none.
    """
    if glossary is None or not role:
        return None
    from briefgen.translate.roles import translate_role

    return translate_role(glossary, role)


def _role(facts: Facts, speaker: str | None, glossary: Glossary | None) -> Bilingual | None:
    person = facts.person(speaker)
    if person is None:
        return None
    role = _role_text(person)
    if not role:
        return None
    english = english_role(role, glossary)
    return Bilingual(role, english, "glossary") if english else Bilingual(role, None, "missing")


# Main verbs of a news lead, with their English. Longest first: "menerima kunjungan" before "menerima".
LEAD_VERBS: tuple[tuple[str, str], ...] = (
    ("menerima kunjungan kerja", "received a working visit from"),
    ("menerima kunjungan", "received a visit from"),
    ("menyambut kunjungan", "welcomed a visit from"),
    ("melakukan kunjungan kerja ke", "made a working visit to"),
    ("melakukan kunjungan ke", "visited"),
    ("mengadakan pertemuan dengan", "met"),
    ("bertemu dengan", "met"),
    ("menerima", "received"),
    ("menyambut", "welcomed"),
    ("bertemu", "met"),
    ("mengunjungi", "visited"),
    ("menemui", "met"),
)


def _mention(text: str, people: Sequence[Person]) -> Person | None:
    """The one person whose full name (or a longer alias) ``text`` mentions."""
    found = [p for p in people if p.name in text or any(len(a.split()) > 1 and a in text for a in p.aliases)]
    return found[0] if len(found) == 1 else None


def _introduce(person: Person, glossary: Glossary | None, english: bool, guest: bool) -> str | None:
    """``Wakil Menteri … Irene Umar`` as a subject; ``the Deputy Chief of Mission …, Ali …,`` as an object."""
    role = _role_text(person)
    if not role:
        return person.name
    if english:
        translated = english_role(role, glossary)
        if translated is None:
            return None
        role = f"the {translated}" if guest and not translated.startswith("the ") else translated
    return f"{role}, {person.name}" if guest else f"{role} {person.name}"


def _lead(facts: Facts, glossary: Glossary | None) -> Paragraph | None:
    """A generated lead sentence in both languages: who met whom, where and when.

    Built only from extracted facts and the glossary, so its English needs no translation; when
    the lead is not a meeting between two people briefgen recognises, there is none.
    """
    if not facts.background:
        return None
    lead = facts.background[0]
    found = next(
        ((verb, m) for verb in LEAD_VERBS if (m := re.search(rf"\b{verb[0]}\b", lead)) is not None), None
    )
    if found is None:
        return None
    (verb_id, verb_en), match = found
    host = _mention(lead[: match.start()], facts.people)
    guest = _mention(lead[match.end() :], facts.people)
    if host is None or guest is None or host is guest:
        return None
    parts_id = [_introduce(host, glossary, False, False), verb_id, _introduce(guest, glossary, False, True)]
    parts_en = [_introduce(host, glossary, True, False), verb_en, _introduce(guest, glossary, True, True)]
    if None in parts_en or None in parts_id:
        return None
    text_id = " ".join(str(p) for p in parts_id)
    text_en = " ".join(str(p) for p in parts_en)
    day = event_day(facts)
    if _role_text(guest) and (facts.location or day):  # close the apposition ", Ali Andika Wardana,"
        text_id += ","
        text_en += ","
    if facts.location:
        text_id += f" di {facts.location}"
        text_en += f" in {facts.location}"
    if day:
        when = localise_date(day)
        text_id += f" pada {when.id}"
        text_en += f" on {when.en}"
    return Paragraph(Bilingual.both(_end(text_id), _end(text_en)), "lead")


def _end(sentence: str) -> str:
    """A full stop, unless the sentence already ends with one (``…, M.T.``)."""
    sentence = sentence.rstrip(", ")
    return sentence if sentence.endswith(".") else sentence + "."


def _sources(ordered: Sequence[Facts]) -> list[Block]:
    """Every article and every copy of it from other outlets, in order."""
    items: list[Block] = []
    for facts in ordered:
        for one in [facts, *facts.copies]:
            article = one.article
            day = article.published or event_day(one)
            items.append(
                SourceItem(
                    outlet=one.outlet or article.outlet,
                    title=article.title,
                    date=localise_date(day) if day else None,
                    location=article.url or article.source,
                )
            )
    return items


def _said(facts: Facts, glossary: Glossary | None) -> list[Block]:
    said: list[Block] = [
        QuoteBlock(source_text(q.text), q.speaker, _role(facts, q.speaker, glossary)) for q in facts.quotes
    ]
    for st in facts.statements:
        said.append(
            QuoteBlock(source_text(st.text), st.speaker, _role(facts, st.speaker, glossary), direct=False)
        )
    return said


def _steps(facts: Facts) -> list[Block]:
    return [
        StepItem(source_text(s.text), s.actor, localise_due(s.due, s.due_precision) if s.due else None)
        for s in facts.next_steps
    ]


def _background(facts: Facts, lead: Paragraph | None) -> list[Block]:
    """The generated lead (see :func:`_lead`), the key facts, other outlets, then the article's sentences."""
    blocks: list[Block] = []
    if lead:
        blocks.append(lead)
    key = _key_facts(facts)
    if key:
        blocks.append(key)
    if facts.copies:
        outlets = ", ".join(
            dict.fromkeys(o for o in (c.outlet or c.article.outlet or c.article.source for c in facts.copies))
        )
        blocks.append(
            Paragraph(
                Bilingual.both(f"Juga diberitakan oleh: {outlets}.", f"Also reported by: {outlets}."), "note"
            )
        )
    for n, sentence in enumerate(facts.background):
        blocks.append(Paragraph(source_text(sentence), "lead" if n == 0 and not lead else "body"))
    return blocks


NONE_RECORDED = Bilingual.both("Tidak ada yang tercatat.", "None recorded.")


def _index(ordered: Sequence[Facts], glossary: Glossary | None) -> list[Block]:
    """People and organisations across articles, merged by name, with their roles and articles."""
    return _people_index(ordered, glossary) + _organisation_index(ordered, glossary)


def _articles(numbers: Sequence[int]) -> tuple[str, str]:
    """``(artikel 1, 3)`` and ``(articles 1, 3)``: the articles an index entry appears in."""
    refs = ", ".join(str(n) for n in numbers)
    return f"(artikel {refs})", f"({'article' if len(numbers) == 1 else 'articles'} {refs})"


def _merged_people(ordered: Sequence[Facts]) -> list[tuple[Person, list[int]]]:
    """Each person once, with the numbers of the articles naming them, sorted by name.

    A person is the entry of the same name, else the first entry (in the order entries were made)
    whose person has that name as an alias; both are dictionary look-ups, so a thousand articles
    cost no more per person than ten. A later mention with a role replaces one without.
    """
    people: dict[str, tuple[Person, list[int]]] = {}
    made: dict[str, int] = {}  # key -> when its entry was made (its place in ``people``)
    by_alias: dict[str, set[str]] = {}  # casefolded alias -> keys of the entries whose person has it

    def put(key: str, person: Person, numbers: list[int]) -> None:
        old = people.get(key)
        if old is None:
            made[key] = len(made)
        else:
            for alias in old[0].aliases:
                by_alias.get(alias.casefold(), set()).discard(key)
        people[key] = (person, numbers)
        for alias in person.aliases:
            by_alias.setdefault(alias.casefold(), set()).add(key)

    for number, facts in enumerate(ordered, 1):
        for person in facts.people:
            key = person.name.casefold()
            known = people.get(key)
            if known is None and by_alias.get(key):
                known = people[min(by_alias[key], key=made.__getitem__)]
            if known is None:
                put(key, person, [number])
            elif known[1][-1] != number:  # numbers only grow: this article is not listed yet
                known[1].append(number)
                if not known[0].role and person.role:
                    put(key, person, known[1])
    return sorted(people.values(), key=lambda v: v[0].name.casefold())


def _people_index(ordered: Sequence[Facts], glossary: Glossary | None) -> list[Block]:
    blocks: list[Block] = []
    for person, numbers in _merged_people(ordered):
        refs_id, refs_en = _articles(numbers)
        role = _role_text(person)
        role_en = english_role(role, glossary)
        text_id = f"{person.name} — {role} {refs_id}" if role else f"{person.name} {refs_id}"
        text_en = f"{person.name} — {role_en} {refs_en}" if role_en else f"{person.name} {refs_en}"
        blocks.append(Paragraph(Bilingual.both(text_id, text_en), "body"))
    return [Subheading(Bilingual.both("Tokoh", "People")), *blocks] if blocks else []


def _merged_organisations(ordered: Sequence[Facts]) -> list[tuple[str, list[str], list[int]]]:
    """Each body once, with its acronyms and articles, sorted by name.

    A body is found again by its name or by any of its acronyms: "Kementerian Ekonomi Kreatif"
    is (Ekraf) in one article and (Kemenekraf) in another.
    """
    organisations: list[tuple[str, list[str], list[int]]] = []
    by_key: dict[str, tuple[str, list[str], list[int]]] = {}
    for number, facts in enumerate(ordered, 1):
        for org in facts.organizations:
            keys = [k.casefold() for k in (org.name, org.acronym) if k]
            entry = next((by_key[k] for k in keys if k in by_key), None)
            if entry is None:
                entry = (org.name, [], [])
                organisations.append(entry)
            if org.acronym and org.acronym != org.name and org.acronym not in entry[1]:
                entry[1].append(org.acronym)
            if number not in entry[2]:
                entry[2].append(number)
            for key in keys:
                by_key.setdefault(key, entry)
    return sorted(organisations, key=lambda v: v[0].casefold())


def _organisation_index(ordered: Sequence[Facts], glossary: Glossary | None) -> list[Block]:
    blocks: list[Block] = []
    for name, acronyms, numbers in _merged_organisations(ordered):
        refs_id, refs_en = _articles(numbers)
        official = glossary.exact(name) if glossary is not None else None
        english = official or english_role(name, glossary) or name
        shown = [a for a in acronyms if a != english]
        label_id = f"{name} ({', '.join(acronyms)})" if acronyms else name
        label_en = f"{english} ({', '.join(shown)})" if shown else english
        blocks.append(Paragraph(Bilingual.both(f"{label_id} {refs_id}", f"{label_en} {refs_en}"), "body"))
    return [Subheading(Bilingual.both("Lembaga", "Organisations")), *blocks] if blocks else []


def _one_article(facts: Facts, glossary: Glossary | None) -> list[Section]:
    """Background, statements, next steps and sources of a brief of one article."""
    return [
        Section(
            "background",
            HEADINGS["background"],
            [_article_heading(facts, 1, 1), *_background(facts, _lead(facts, glossary))],
        ),
        Section(
            "statements",
            HEADINGS["statements"],
            _said(facts, glossary) or [Paragraph(NONE_RECORDED, "note")],
        ),
        Section("next_steps", HEADINGS["next_steps"], _steps(facts) or [Paragraph(NONE_RECORDED, "note")]),
        Section("sources", HEADINGS["sources"], _sources([facts])),
    ]


def _several_articles(ordered: Sequence[Facts], glossary: Glossary | None) -> list[Section]:
    """Summary, a section per article, all next steps, the index and sources of a brief of several."""
    summary: list[Block] = []
    articles: list[Section] = []
    all_steps: list[Block] = []
    for number, facts in enumerate(ordered, 1):
        lead = _lead(facts, glossary)
        heading = _article_heading(facts, number, len(ordered)).text
        if lead:
            summary.append(Paragraph(lead.text, "body"))
        elif facts.background:
            summary.append(Paragraph(source_text(facts.background[0]), "body"))
        blocks = _background(facts, lead)
        said = _said(facts, glossary)
        steps = _steps(facts)
        if said:
            blocks += [Subheading(HEADINGS["statements"]), *said]
        if steps:
            blocks += [Subheading(HEADINGS["next_steps"]), *steps]
        articles.append(Section("article", heading, blocks))
        all_steps += steps
    return [
        Section("summary", HEADINGS["summary"], summary or [Paragraph(NONE_RECORDED, "note")]),
        *articles,
        Section("next_steps", HEADINGS["all_steps"], all_steps or [Paragraph(NONE_RECORDED, "note")]),
        Section("index", HEADINGS["index"], _index(ordered, glossary) or [Paragraph(NONE_RECORDED, "note")]),
        Section("sources", HEADINGS["sources"], _sources(ordered)),
    ]


def make_brief(
    facts_list: Sequence[Facts],
    prepared: dt.date,
    period: tuple[dt.date, dt.date] | None = None,
    glossary: Glossary | None = None,
) -> Brief:
    """Compose the brief, articles in event-date order.

    One article: background, statements, next steps and sources. Several: an executive summary,
    a section per article (background, statements, next steps), all next steps in one table, an
    index of people and organisations merged across articles, and the sources. ``period`` is the
    range the brief was asked to cover (a week); without it, the span of the articles' dates.
    """
    ordered = sorted(facts_list, key=lambda f: (event_day(f) or dt.date.max, f.article.source))
    days = [d for d in (event_day(f) for f in ordered) if d]
    if len(ordered) == 1:
        sections = _one_article(ordered[0], glossary)
    else:
        sections = _several_articles(ordered, glossary)

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
