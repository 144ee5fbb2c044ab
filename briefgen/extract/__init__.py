"""Rule-based extraction: turns an :class:`Article` into :class:`Facts` (who, where, when, said, next)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefgen.extract.actors import Sides, meeting_parties
from briefgen.extract.dateline import parse_dateline
from briefgen.extract.dates import find_event_date
from briefgen.extract.frames import find_event, frame_step
from briefgen.extract.lexicon import CITIES, MONTH_RE, WEEKDAY_RE, words
from briefgen.extract.organizations import Definition, compact, find_definitions, organizations
from briefgen.extract.people import find_people
from briefgen.extract.quotes import attribute_quotes, find_quote_spans
from briefgen.extract.runs import find_runs
from briefgen.extract.sentences import sentence_spans
from briefgen.extract.statements import SentenceRef, statement_of
from briefgen.extract.steps import quoted_steps, step_of
from briefgen.lexicons import EventLexicon
from briefgen.model import Article, Facts

__all__ = ["extract"]

# "(Gabriel Bobby)", "(ant)", "(rd/ant)" after the last sentence: the reporter's byline.
_BYLINE = re.compile(
    r"(?<=[.!?”\"])\s*\((?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}|[a-z]{2,5}(?:/[a-z]{2,5})*)\)\s*$"
)
_NOT_BODY = re.compile(r"\s*(?:Baca|Simak|Lihat|Tonton)\s+(?:juga|pula)\b", re.IGNORECASE)
_VENUE_WORDS = words(
    """
    Kantor Gedung Wisma Istana Hotel Aula Balai Graha Auditorium Kompleks Menara Museum Kampus
    Universitas Bandara Kedutaan Ruang Lapangan Stadion Taman Pendopo Plaza Convention Rumah
    """
)
_PLACE_AFTER_DI = re.compile(r"\bdi\s+(?:Kota\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# "di Pendopo Kabupaten Banyuwangi", "di Balai Kota Malang": the regency or city named in the
# place of the event is its location, known city or not ("Kota Tua", "Kota Lama" are quarters).
_REGION_AFTER_DI = re.compile(
    r"\bdi\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Kabupaten|Kota|Kab\.)\s+"
    r"(?!(?:Tua|Lama|Baru)\b)(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])"
)
# Page chrome that scraping leaves among the paragraphs: a byline with a timestamp ("Oleh Dimas |
# Sabtu, 3 Oktober 2026 09.30 WIB"), a date bar ("Selasa, 13 Oktober 2026 | 14:05 WIB").
_CHROME_WORDS = 16
_CHROME = re.compile(
    r"^(?:Oleh|Penulis|Reporter|Pewarta|Editor|Diperbarui|Dipublikasikan|Diterbitkan|Terbit|Published"
    r"|Updated|Posted|By)\b"
    r"|\b\d{1,2}[.:]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC)\b"
    rf"|^(?:{WEEKDAY_RE},?\s*)?\d{{1,2}}\s+(?i:{MONTH_RE})\s+\d{{4}}\s*$"
)


def _venue(lead: str, definitions: Sequence[Definition]) -> str | None:
    """``di Kantor Kementerian Ekonomi Kreatif (Kemenekraf), Jakarta`` → ``Kantor Kemenekraf, Jakarta``."""
    runs = find_runs(lead)
    for i, run in enumerate(runs):
        if run.units[0].text not in _VENUE_WORDS or not re.search(r"\bdi\s+$", lead[: run.start]):
            continue
        venue = compact(run.text(lead), definitions)
        if i + 1 < len(runs) and re.fullmatch(r",\s*", lead[run.end : runs[i + 1].start]):
            city = runs[i + 1].text(lead)
            if city in CITIES:
                venue = f"{venue}, {city}"
        return venue
    return None


def _place_in(lead: str) -> str | None:
    """The first city the lead says the event happened in (``di Jakarta``, ``di Pendopo Kabupaten
    Banyuwangi``)."""
    for match in _PLACE_AFTER_DI.finditer(lead):
        for candidate in (match.group("place"), match.group("place").split()[0]):
            if candidate in CITIES:
                return candidate
    region = _REGION_AFTER_DI.search(lead)
    return region.group("place") if region else None


def _is_chrome(paragraph: str) -> bool:
    """A byline, timestamp or date bar rather than article text."""
    return len(paragraph.split()) <= _CHROME_WORDS and _CHROME.search(paragraph) is not None


def extract(article: Article, *, today: dt.date | None = None, lexicon: EventLexicon | None = None) -> Facts:
    """Everything the rules can tell about one article; what they cannot is said in ``warnings``."""
    facts = Facts(article=article, outlet=article.outlet)
    paragraphs = list(article.paragraphs)
    if not paragraphs:
        facts.warnings.append("the article has no text")
        return facts

    # Page chrome before the story (a byline, a date bar) is not its lead: its date is when the
    # page was published, not when the event happened. Blank keeps the numbering.
    lead = 0
    while lead < len(paragraphs) - 1 and (not paragraphs[lead].strip() or _is_chrome(paragraphs[lead])):
        paragraphs[lead] = ""
        lead += 1
    outlet, place, rest = parse_dateline(paragraphs[lead])
    paragraphs[lead] = rest
    facts.outlet = article.outlet or outlet
    paragraphs[-1] = _BYLINE.sub("", paragraphs[-1]).rstrip()
    # "Baca juga: …" links to other stories are not part of this one; blank keeps the numbering.
    paragraphs = ["" if _NOT_BODY.match(p) else p for p in paragraphs]

    found = find_event_date(
        paragraphs, published=article.published, file_date=article.file_date, today=today or dt.date.today()
    )
    facts.event_date, facts.date_basis = found.day, found.basis
    facts.warnings.extend(found.warnings)

    definitions = find_definitions(paragraphs)
    people = find_people(paragraphs, definitions)
    facts.people = people.persons()
    facts.organizations = organizations(
        paragraphs, definitions, [p.organization for p in facts.people if p.organization]
    )
    facts.venue = _venue(paragraphs[lead], definitions)
    facts.location = place or _place_in(paragraphs[lead])
    if facts.location is None and facts.venue and "," in facts.venue:
        facts.location = facts.venue.rsplit(",", 1)[1].strip()

    # Who "kami"/"pihaknya" stand for, and who "kedua pihak" are, for the actors of next steps.
    sides = Sides(facts.organizations)
    sides = Sides(facts.organizations, meeting_parties(paragraphs, people, sides))

    spans = find_quote_spans(paragraphs)
    facts.quotes, kept, quote_warnings = attribute_quotes(spans, paragraphs, people)
    facts.warnings.extend(quote_warnings)
    skip = [segment for span in spans for segment in span.segments]
    quoted = [segment for span in kept for segment in span.segments]

    for number, paragraph in enumerate(paragraphs):
        for start, end in sentence_spans(paragraph):
            sentence = SentenceRef(number, start, end, paragraph[start:end])
            if any(p == number and s < end and e > start for p, s, e in quoted):
                continue
            # A plan comes first even when someone reports it ("Budi menambahkan, pihaknya akan …").
            step = step_of(sentence, people, skip, facts.event_date, sides)
            if step is not None:
                facts.next_steps.append(step)
                continue
            statement = statement_of(sentence, paragraphs, people, skip)
            if statement is not None:
                facts.statements.append(statement)
                continue
            facts.background.append(sentence.text)
    for quote in facts.quotes:
        facts.next_steps.extend(
            quoted_steps(quote.text, quote.speaker, quote.paragraph, people, facts.event_date, sides)
        )
    facts.next_steps.sort(key=lambda s: s.paragraph)
    # The frames the key points and the register are generated from (both languages, no translation).
    lead_paragraphs = [p for p in paragraphs[lead:] if p.strip()][:4]
    when = facts.event_date if facts.date_basis == "text" else None
    speakers = [q.speaker for q in facts.quotes if q.speaker] + [
        s.speaker for s in facts.statements if s.speaker
    ]
    facts.event = find_event(
        lead_paragraphs,
        article.title,
        facts.people,
        facts.organizations,
        facts.location,
        when,
        speakers,
        lexicon,
    )
    for step in facts.next_steps:
        step.kind, step.action = frame_step(step)
    if not facts.people:
        facts.warnings.append("no people found")
    return facts
