"""The words briefgen writes itself: headings, localised dates, roles and the generated lead."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from briefgen.model import (
    Bilingual,
    Facts,
    Paragraph,
    Person,
    Subheading,
)
from briefgen.standards import BABEL_LOCALE, format_day

if TYPE_CHECKING:
    from briefgen.translate.glossary import Glossary


HEADINGS: dict[str, Bilingual] = {
    "key_points": Bilingual.both("Pokok-Pokok", "Key Points"),
    "index": Bilingual.both("Indeks Tokoh dan Lembaga", "Index of People and Organisations"),
    "next_steps": Bilingual.both("Langkah Selanjutnya", "Next Steps"),
    "sources": Bilingual.both("Sumber", "Sources"),
    "annex": Bilingual.both("Lampiran", "Annex"),
}

LABELS: dict[str, Bilingual] = {
    "period": Bilingual.both("Periode", "Period"),
    "date": Bilingual.both("Tanggal", "Date"),
    "prepared": Bilingual.both("Disusun", "Prepared"),
    "sources": Bilingual.both("Jumlah sumber", "Sources"),
}


# One date style throughout: babel's Indonesian "full" pattern pads the day ("EEEE, dd MMMM y":
# "Selasa, 01 Desember 2026") where its "long" one and the British English ones do not.
DATE_PATTERN = "EEEE, d MMMM y"


def localise_date(day: dt.date) -> Bilingual:
    """``Selasa, 1 Desember 2026`` / ``Tuesday, 1 December 2026``: the day never zero-padded."""
    return Bilingual.both(format_day(day, DATE_PATTERN, "id"), format_day(day, DATE_PATTERN, "en"))


def localise_day(day: dt.date) -> Bilingual:
    """``20 Mei 2025`` / ``20 May 2025``: a date without its weekday, for lists (the sources)."""
    return Bilingual.both(*(format_day(day, "d MMMM y", lang) for lang in ("id", "en")))


_HALVES = {"id": ("Semester I {y}", "Semester II {y}"), "en": ("first half of {y}", "second half of {y}")}


def localise_due(day: dt.date, precision: str | None) -> Bilingual:
    """A due date as precise as the article gave it: a day in full, else ``Mei 2026`` / ``May 2026``,
    ``Kuartal II 2026`` / ``Q2 2026``, ``Semester I 2026`` / ``first half of 2026``, ``pekan
    16 Maret 2026`` / ``week of 16 March 2026`` or the year."""
    if precision in (None, "day"):
        return localise_date(day)
    if precision == "month":
        return Bilingual.both(*(format_day(day, "MMMM y", lang) for lang in ("id", "en")))
    if precision == "week":
        return Bilingual.both(
            f"pekan {format_day(day, 'd MMMM y', 'id')}",
            f"week of {format_day(day, 'd MMMM y', 'en')}",
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


def reported_day(facts: Facts) -> dt.date | None:
    """The date the article itself gives: the event's, else its publication's (never the file's)."""
    return facts.event_date or facts.article.published


DATE_UNKNOWN = Bilingual.both("tanggal tidak diketahui", "date unknown")
"""What a brief prints where an article gives no date (the file's date would read as the event's)."""


def reported_label(facts: Facts, day_format: Callable[[dt.date], Bilingual]) -> Bilingual:
    """The article's own date (:func:`reported_day`) in ``day_format``, else :data:`DATE_UNKNOWN`."""
    day = reported_day(facts)
    return day_format(day) if day else DATE_UNKNOWN


def event_day(facts: Facts) -> dt.date | None:
    """The date a brief files an article under: the event, else its publication, else its file."""
    return reported_day(facts) or facts.article.file_date


def brief_days(facts: Iterable[Facts]) -> list[dt.date]:
    """The days a brief's period and file name span, in order: the dates the articles give, and
    only when none gives one the days their files are filed under (an undated article's file date
    would stretch the period to the day the file was saved)."""
    ordered = list(facts)
    given = sorted(d for d in (reported_day(f) for f in ordered) if d)
    return given or sorted(d for d in (event_day(f) for f in ordered) if d)


def _article_heading(facts: Facts, number: int, count: int) -> Subheading:
    """The article's title in Indonesian; in English a generated "outlet, date" label until translated
    (the date the article gives, never its file's: that would read as the day of the event)."""
    when = reported_label(facts, localise_date)
    where = facts.outlet or facts.article.outlet
    en_parts = [p for p in (where, when.en) if p]
    en = ", ".join(en_parts) if en_parts else f"Article {number}"
    if count > 1:
        en = f"Article {number}: {en}"
    title = facts.article.title
    if title:
        return Subheading(Bilingual(title, en, "generated"))
    id_parts = [p for p in (where, when.id) if p]
    id_label = ", ".join(id_parts) if id_parts else f"Artikel {number}"
    return Subheading(Bilingual.both(f"Artikel {number}: {id_label}" if count > 1 else id_label, en))


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


def role_both(role: str | None, glossary: Glossary | None) -> Bilingual | None:
    """A role as written and its English from the glossary (pending when it has none)."""
    if not role:
        return None
    english = english_role(role, glossary)
    return Bilingual(role, english, "glossary") if english else Bilingual(role, None, "missing")


def _role(facts: Facts, speaker: str | None, glossary: Glossary | None) -> Bilingual | None:
    person = facts.person(speaker)
    return role_both(_role_text(person), glossary) if person is not None else None


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
    day = reported_day(facts)  # never the file's date, which would read as the meeting's
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


NONE_RECORDED = Bilingual.both("Tidak ada yang tercatat.", "None recorded.")
