"""The event's date among an article's dates: the lead's, not a plan's, an earlier event's, a
caption's or a citation's; a relative day settled by a later date; a statement's day over a plan's
(the expressions themselves are read by :mod:`briefgen.extract.dates`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen.extract.dates import NUM_WD, YEAR, DateMatch, EventDate, find_dates, safe_day
from briefgen.extract.dates_context import (
    QUOTED,
    SAID_BEFORE,
    cited,
    demoted,
    earlier_event,
    held,
    released,
    sentence_bounds,
)
from briefgen.extract.lexicon import WEEKDAY_RE
from briefgen.extract.year_anchor import text_anchor
from briefgen.extract.years import Reference, english_date, reference_date, weekday_agrees


def _after_publication(day: dt.date, ref: Reference) -> bool:
    return ref.basis == "published" and day > ref.day


def _pick(paragraph: str, usable: list[DateMatch]) -> DateMatch:
    """The event's date among one paragraph's dates: a sentence saying when it took place
    first, then the lead's "Kamis (1/10)" form; a statement's release day last, and after it a
    speaker's own "today" inside a quotation (often "nowadays", and the attribution dates it)."""
    spans = (
        [(q.start(), q.end()) for q in QUOTED.finditer(paragraph)] if any(m.relative for m in usable) else []
    )
    starts = [start for start, _ in spans]

    def quoted(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and spans[k][0] < at < spans[k][1]

    bracketed = any(NUM_WD.fullmatch(m.text) for m in usable)
    ranked = sorted(
        usable,
        key=lambda m: (
            m.relative and quoted(m.start),
            released(paragraph, m.start),
            not held(paragraph, m.start),
            not _lead_form(m, bracketed),
            m.start,
        ),
    )
    return ranked[0]


def _lead_form(match: DateMatch, bracketed: bool) -> bool:
    """Whether ``match`` has the lead's form: "Kamis (1/10)", or, beside one, a full date written
    with its weekday and year ("pada Selasa, 4 Maret 2025. …, Rabu (5/3/2025)": the first is the
    lead's). Without a bracketed date in the paragraph, every date has it (the first one wins)."""
    if not bracketed:
        return True
    return bool(NUM_WD.fullmatch(match.text)) or (
        match.weekday and not match.relative and YEAR.search(match.text) is not None
    )


def _day(match: DateMatch) -> dt.date:
    """The day of a match known to have one."""
    assert match.day is not None
    return match.day


def _mismatched(match: DateMatch) -> bool:
    return any("does not match" in w for w in match.warnings)


def _conflict(pick: DateMatch, matches: Sequence[DateMatch]) -> DateMatch | None:
    """A date of the same day and month whose weekday agrees when ``pick``'s does not (an
    article that writes "Jumat 12 Maret 2020" and later "Jumat 12 Maret 2021")."""
    if pick.day is None or not _mismatched(pick):
        return None
    for other in matches:
        if (
            other is not pick
            and other.day is not None
            and (other.day.month, other.day.day) == (pick.day.month, pick.day.day)
            and other.day != pick.day
            and other.weekday
            and not other.warnings
        ):
            return other
    return None


@dataclass
class _Scan:
    """What reading the paragraphs in order found: the lead's date and the dates around it."""

    found: list[tuple[int, DateMatch]] = field(default_factory=list)  # every usable date
    first: tuple[int, DateMatch] | None = None  # the lead's date: not a plan, earlier or future
    fallback: tuple[int, DateMatch] | None = None  # the first usable date of any kind
    warnings: list[str] = field(default_factory=list)
    typos: list[str] = field(default_factory=list)
    corrected: DateMatch | None = None  # the first typo year whose likely date is known
    undatable: list[str] = field(default_factory=list)  # the lead's weekday that nothing dates
    undatable_texts: list[str] = field(
        default_factory=list
    )  # as written: where the lead's dating sentence is


def _note_undated(scan: _Scan, matches: Sequence[DateMatch]) -> None:
    """Keeps the warnings of the expressions that gave no day, by what each says."""
    for m in matches:
        if m.day is None and m.quiet and m.relative and scan.fallback is None:
            scan.undatable.extend(m.warnings)
            scan.undatable_texts.append(m.text)
        elif m.day is None and m.quiet:
            scan.typos.extend(m.warnings)
            if m.corrected is not None and scan.corrected is None:
                scan.corrected = m
        elif m.day is None:
            scan.warnings.extend(m.warnings)


def _scan(paragraphs: Sequence[str], ref: Reference) -> _Scan:
    """Reads the paragraphs' dates until the lead's date is settled (a relative or contradicted
    pick may still give way to a later date, so reading goes on after one of those)."""
    scan = _Scan()
    anchor: dt.date | None = None  # the last date written so far: what "keesokan harinya" counts from
    for number, paragraph in enumerate(paragraphs):
        if scan.first is not None and not (scan.first[1].relative or _mismatched(scan.first[1])):
            break
        matches = find_dates(paragraph, ref, anchor) if paragraph else []
        usable = [m for m in matches if m.day is not None and not cited(paragraph, m.start)]
        anchor = next((m.day for m in reversed(usable) if not m.relative), anchor)
        scan.found.extend((number, m) for m in usable)
        if scan.first is not None:
            continue
        undated_above = list(scan.undatable_texts)
        _note_undated(scan, matches)
        plain = [
            m
            for m in usable
            if not _after_publication(_day(m), ref)
            and not demoted(paragraph, m.start, m.end)
            and weekday_agrees(undated_above, _day(m))
            and not (undated_above and _in_quotation(paragraph, m.start))
        ]
        if scan.fallback is None and usable:
            scan.fallback = (number, usable[0])
        if plain:
            scan.first = (number, _pick(paragraph, plain))
    return scan


def _in_quotation(paragraph: str, at: int) -> bool:
    """Whether ``at`` is inside one of the paragraph's quotations. A speaker's own date ("kami beri
    waktu sampai 28 Juli 2025") is a plan's or a past day's, not the day of the lead's bare
    weekday ("kata Wali Kota, Senin") that the attribution gives."""
    return any(q.start() < at < q.end() for q in QUOTED.finditer(paragraph))


def _restates_publication(later: DateMatch, pick: DateMatch, ref: Reference) -> bool:
    """Whether ``later`` is only the page's publication date again (a time stamp at the foot of
    the page), which the relative ``pick`` ("said here Monday") was already counted from."""
    return ref.basis == "published" and later.day == ref.day and pick.day != ref.day


def _settle(
    first: tuple[int, DateMatch], scan: _Scan, paragraphs: Sequence[str], ref: Reference
) -> EventDate:
    """The event date from the lead's pick: a relative day gives way to a later date written
    with its weekday; a contradicted weekday to the same day and month whose weekday agrees."""
    number, pick = first
    warnings = scan.warnings
    if pick.relative:
        later = next(
            (
                m
                for n, m in scan.found
                if n >= number
                and m.weekday
                and not m.relative
                and not _after_publication(_day(m), ref)
                and not demoted(paragraphs[n], m.start, m.end)
                and not _restates_publication(m, pick, ref)
                and not (pick.weekday and _day(m).weekday() != _day(pick).weekday())
            ),
            None,
        )
        pick = later or pick
    other = _conflict(pick, [m for _, m in scan.found])
    if other is not None:
        warnings.append(
            f"the article dates the event both '{pick.text}' and '{other.text}'; "
            f"{english_date(_day(other))} is taken, whose weekday agrees"
        )
        pick = other
    warnings.extend(pick.warnings)
    return EventDate(pick.day, "text", pick.text, warnings)


def find_event_date(
    paragraphs: Sequence[str],
    *,
    published: dt.date | None = None,
    file_date: dt.date | None = None,
    today: dt.date | None = None,
    furniture: Sequence[str] = (),
) -> EventDate:
    """The date of the event the lead reports; else a date printed with the byline; else the
    publication date.

    The first paragraph with a date gives it (its ``Kamis (1/10)`` form first), skipping dates
    of earlier events and plans. A relative day ("hari ini") gives way to a later date written
    with its weekday. ``furniture`` are the page's byline and date lines: their date stands in
    for a missing publication date.
    """
    paragraphs, furniture = _index_marker(paragraphs, furniture)
    years = frozenset(int(y) for p in paragraphs for y in YEAR.findall(p))
    byline = None if published else _byline_date(furniture, today or dt.date.today())
    if published is None and byline is not None:
        published = byline
    anchor = None if published else text_anchor(paragraphs, today or dt.date.today())
    ref = reference_date(published, file_date, today or dt.date.today(), years, anchor)
    scan = _scan(paragraphs, ref)
    first = scan.first
    if first is None and scan.undatable:
        # The lead dates the event by a weekday alone and nothing says which week: a plan's or
        # an earlier event's date further on is not the event's. The weekday still ends the lead.
        return EventDate(
            None, None, next(iter(scan.undatable_texts), None), [*scan.warnings, *scan.undatable]
        )
    if first is None and scan.fallback is not None:
        # Only a plan, an incident the story follows, a document's date or a date after
        # publication: better than nothing. A day the text calls another, earlier event's
        # ("Pada tahap sebelumnya, 4 Maret 2024 lalu") is not.
        kept = [(n, m) for n, m in scan.found if not earlier_event(paragraphs[n], m.start, m.end)]
        before = [(n, m) for n, m in kept if not _after_publication(_day(m), ref)]
        first = next(iter(before or kept), None)
    if first is not None:
        settled = _said_earlier(_settle(first, scan, paragraphs, ref), paragraphs, ref)
        return _year_of_its_neighbour(settled, paragraphs, ref)
    return _undated(scan, byline, published)


# " date 2023-07-13 The governor …": a search index's date marker opening the text, the day the
# page was stored or published. Like a byline's date it stands in for the publication date; it
# is no date of the story's own (the text's "on Wednesday, 12th July 2023" dates the event). A
# marker of a month ("date 2023-07") dates no day; a stray mark may follow it ("?Jakarta: …").
INDEX_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(-\d{2})?)\s+\??(?=[A-Z])")


def _index_marker(paragraphs: Sequence[str], furniture: Sequence[str]) -> tuple[list[str], list[str]]:
    """The paragraphs without a leading index date marker, and the furniture with its date. The
    marker opens the page: above the dateline it opens the furniture (the headline after it)."""
    at = next((i for i, p in enumerate(paragraphs) if p), None)
    marker = INDEX_MARKER.match(paragraphs[at]) if at is not None else None
    kept = list(paragraphs)
    if at is not None and marker is not None:
        kept[at] = kept[at][marker.end() :]
    else:
        marker = INDEX_MARKER.match(next((f for f in furniture if f.strip()), ""))
    if marker is None or marker.group(2) is None:
        return kept, list(furniture)
    return kept, [marker.group(1), *furniture]


_SAID_WITHIN = 45  # days: a festival "digelar 11-15 Oktober" announced on 10 October is a plan


def _said_earlier(event: EventDate, paragraphs: Sequence[str], ref: Reference) -> EventDate:
    """The day the story's speaker said it when the lead's date comes after it: on that day the
    lead's event ("Festival dilaksanakan 11-15 Oktober") was still to come, a plan's date."""
    if event.day is None or _said_on(event, paragraphs, ref) or _reports_the_lead(event, paragraphs):
        return event
    for paragraph in paragraphs:
        for match in find_dates(paragraph, ref) if paragraph else []:
            if (
                match.day is not None
                and match.weekday
                and not match.relative
                and all("does not match" in w for w in match.warnings)
                and 0 < (event.day - match.day).days <= _SAID_WITHIN
                and _said_then(paragraph, match.start)
                and not demoted(paragraph, match.start, match.end)
            ):
                # A weekday that contradicts the statement's date is still told ("Sabtu (28/5/2023)").
                return EventDate(match.day, "text", match.text, [*event.warnings, *match.warnings])
    return event


_WEEKDAY_FIRST = re.compile(rf"(?:{WEEKDAY_RE})\b")


def _reports_the_lead(event: EventDate, paragraphs: Sequence[str]) -> bool:
    """Whether the event's date, with its weekday after a comma, closes the story's first
    sentence ("Menteri meninjau pasar di Bogor, Sabtu (25/6/2022)."): the day the lead reports,
    not a plan's ("Pasar murah digelar Kamis (15/5)"), whatever day a later quotation was said."""
    lead = next((p for p in paragraphs if p.strip()), "")
    expression = event.expression or "\0"
    at = lead.find(expression)
    end = at + len(expression)
    return (
        at > 0
        and lead[:at].rstrip().endswith(",")
        and at <= sentence_bounds(lead, 0, 0)[1]
        and lead[end : end + 2].strip() in {"", "."}
        and _WEEKDAY_FIRST.match(expression) is not None
    )


# "Hal itu disampaikan Ketua DPRD … usai rapat Banmus, Senin (11/9/2023).": the sentence that
# says when the story's statement was made, in the passive of a verb of saying.
_STATED_THUS = re.compile(
    r"\b[Hh]al\s+(?:itu|tersebut|ini)\s+(?:\w+\s+){0,2}?"
    r"di(?:sampaikan|katakan|ungkapkan|jelaskan|tegaskan|utarakan|kemukakan|paparkan|sebutkan)\b"
    r"[^.!?;“”\"]{0,160}$"
)


def _said_then(paragraph: str, start: int) -> bool:
    """Whether the date at ``start`` closes an attribution: after a quotation or a verb of saying."""
    return bool(
        SAID_BEFORE.search(paragraph, max(0, start - 80), start)
        or _STATED_THUS.search(paragraph, max(0, start - 220), start)
    )


def _said_on(event: EventDate, paragraphs: Sequence[str], ref: Reference) -> bool:
    """Whether the lead's date is itself the day its speaker said something ("…?" kata Irma saat
    dihubungi, Selasa (6/9)): no plan's date, so an earlier statement does not replace it."""
    for paragraph in paragraphs:
        if event.expression is None or event.expression not in paragraph:
            continue
        for match in find_dates(paragraph, ref):
            if match.text == event.expression and SAID_BEFORE.search(
                paragraph, max(0, match.start - 80), match.start
            ):
                return True
    return False


_NEIGHBOUR_DAYS = 45  # "(26/05)" and "Selasa (27/05)" of one story are one year's


def _year_of_its_neighbour(event: EventDate, paragraphs: Sequence[str], ref: Reference) -> EventDate:
    """Without a publication date, a year-less date written without its weekday ("ditemui
    wartawan (26/05)") takes the year that a nearby date of the story written with its weekday
    ("mulai Selasa (27/05)") agrees with, instead of the run date's."""
    assumed = [w for w in event.warnings if w.startswith("the year of '")]
    if event.day is None or ref.basis == "published" or not assumed:
        return event
    for paragraph in paragraphs:
        for match in find_dates(paragraph, ref) if paragraph else []:
            if match.day is None or not match.weekday or match.relative or match.warnings:
                continue
            moved = safe_day(match.day.year, event.day.month, event.day.day)
            if moved is not None and abs((moved - match.day).days) <= _NEIGHBOUR_DAYS:
                kept = [w for w in event.warnings if w not in assumed]
                return EventDate(moved, event.basis, event.expression, kept)
    return event


def _undated(scan: _Scan, byline: dt.date | None, published: dt.date | None) -> EventDate:
    """The event date when the text dates nothing usable: a typo year's likely day, else the
    byline's date, else the publication date (with a warning), else none."""
    warnings = [*scan.warnings, *scan.typos]
    typo = scan.corrected
    if typo is not None and typo.corrected is not None:
        agrees = ", whose weekday agrees" if typo.weekday else ""
        warnings = [
            *scan.warnings,
            f"the year in '{typo.text}' cannot be; read as {english_date(typo.corrected)}{agrees}",
        ]
        return EventDate(typo.corrected, "text", typo.text, warnings)
    if byline is not None:
        # The page's own date, not the event's: the reader is told, as for the publication date.
        warnings.append("no event date in the text; the byline's date is used")
        return EventDate(byline, "text", None, warnings)
    if published:
        warnings.append("no event date in the text; the publication date is used")
        return EventDate(published, "published", None, warnings)
    warnings.append("no event date found in the text and no publication date")
    return EventDate(None, None, None, warnings)


# A byline or date line is short ("Oleh Rina | Selasa, 9 Maret 2021 10:05 WIB"); a longer line
# above the story is a photo caption or a teaser, and its date is the photo's or an earlier event's.
_BYLINE_WORDS = 20


def _byline_date(furniture: Sequence[str], today: dt.date) -> dt.date | None:
    """The first full date (with its year) in the page's byline and date lines."""
    ref = Reference(today, "today")
    for line in furniture:
        if len(line.split()) > _BYLINE_WORDS:
            continue
        for match in find_dates(line, ref):
            if match.day is not None and not match.relative and YEAR.search(match.text):
                return match.day
    return None
