"""Rule-based extraction: turns an :class:`Article` into :class:`Facts` (who, where, when, said, next)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.pattern_cache import patterns_remembered
from briefgen.lexicons import EventLexicon
from briefgen.model import Article, Facts

# The rules compile their patterns when imported: from the code kept by an earlier run.
with patterns_remembered():
    from briefgen.extract.actors import Sides, meeting_parties
    from briefgen.extract.coref import resolve_people
    from briefgen.extract.dateline import find_dateline
    from briefgen.extract.dates import EventDate, find_dates
    from briefgen.extract.dates_context import sentence_bounds
    from briefgen.extract.event_date import INDEX_MARKER, find_event_date
    from briefgen.extract.frames import find_event, frame_step
    from briefgen.extract.index import MAX_PEOPLE
    from briefgen.extract.language import detect_language
    from briefgen.extract.lexicon import CITIES, MONTH_RE, WEEKDAY_RE, is_known_place, words
    from briefgen.extract.organizations import Definition, compact, find_definitions, organizations
    from briefgen.extract.patterns import compiled
    from briefgen.extract.people import PeopleIndex, find_people
    from briefgen.extract.quotes import QuoteSpan, attribute_quotes, find_quote_spans
    from briefgen.extract.runs import find_runs
    from briefgen.extract.sentences import sentence_spans
    from briefgen.extract.statements import SentenceRef, statement_of
    from briefgen.extract.steps import ListedDirectives, distinct_steps, listed_step, quoted_steps, step_of
    from briefgen.extract.years import Reference

__all__ = ["extract"]

# "(Rina Wulandari)", "(ant)", "(rd/ant)" after the last sentence: the reporter's byline.
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
# "di Pendopo Kabupaten Banyuwangi", "di Balai Kota Malang": the regency or city named in the
# place of the event is its location, known city or not ("Kota Tua", "Kota Lama" are quarters).
_REGION_AFTER_DI = re.compile(
    r"\bdi\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Kabupaten|Kota|Kab\.)\s+"
    r"(?!(?:Tua|Lama|Baru)\b)(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])"
)
# "warga Kota Medan", "Dinas Kesehatan Kabupaten Sleman": the one city or regency the lead names
# as one, when no "di …" phrase places the event.
_NAMED_REGION = re.compile(
    r"(?<!Wali )(?<!Wakil )\b(?:Kabupaten|Kota)\s+(?!(?:Tua|Lama|Baru)\b)"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])"
)
# Page chrome that scraping leaves among the paragraphs: a byline with a timestamp ("Oleh Dimas |
# Sabtu, 3 Oktober 2026 09.30 WIB"), a date bar ("Selasa, 13 Oktober 2026 | 14:05 WIB").
_CHROME_WORDS = 16
_LEAD_PARAGRAPHS = 6  # how far the lead may run when no sentence in it dates the event
_CHROME = re.compile(
    r"^(?:Oleh|Penulis|Reporter|Pewarta|Editor|Diperbarui|Dipublikasikan|Diterbitkan|Terbit|Published"
    r"|Updated|Posted|By)\b"
    r"|\b\d{1,2}[.:]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC)\b"
    rf"|^(?:{WEEKDAY_RE},?\s*)?\d{{1,2}}\s+(?i:{MONTH_RE})\s+\d{{4}}\s*$"
)


def _venue(lead: str, definitions: Sequence[Definition]) -> str | None:
    """``di Kantor Badan Arsip Daerah (Barsipda), Bogor`` → ``Kantor Barsipda, Bogor``."""
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


# "di Gedung Serbaguna, Bogor, pada Selasa", "in Bogor on Monday": the words after "di"
# (or "in", "at") up to the date or the end of the clause name the place of the event.
# A visit places the event where it goes: "kunjungan kerja ke Kabupaten Bone", "visited Surabaya".
_WHERE = re.compile(
    r"\b(?:di|in|at)\s+"
    r"|\b(?:(?:ber)?kunjung(?:an)?(?:\s+kerja)?|kunker|bertandang|lawatan)\s+(?:[a-z]+\s+){0,2}?ke\s+"
    r"|\b(?:mengunjungi|menyambangi|mendatangi)\s+"
    r"|\b(?:visit(?:ed|ing|s)?|(?:a\s+)?(?:visit|trip)\s+to)\s+"
)
# A sentence's end ("… ke suatu daerah. Seperti …"), not an abbreviation's ("Jl. Merdeka").
_WHERE_ENDS = re.compile(
    rf"[;()]|(?<=[a-z]{{4}})[.!?]\s|\b(?:pada|dan|serta|and|on|untuk|yang|for|with|dengan)\b|\b{WEEKDAY_RE}\b"
)
_WHERE_WORDS = 14
_WHERE_CHARS = 200  # read no further than this after "di": the phrase is a dozen words at most
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


# "at the Bali Provincial Tourism Office", "at the Bali Regional People's Representative Council
# office": in English a province's or city's name before such a word names an institution, a
# venue, not the city where the event took place.
_NAMES_AN_INSTITUTION = re.compile(r" (?:Provincial|Regional|Legislative|People['’]s)\b")


def _places_named(phrase: str) -> list[str]:
    """The known cities and regencies in ``phrase``, longest name first where they overlap."""
    words = [m for m in _CAPITALISED.finditer(phrase)]
    places: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            group = words[i : i + size]
            if len(group) < size:
                continue
            name = phrase[group[0].start() : group[-1].end()]
            if re.fullmatch(r"[\w'’-]+(?: [\w'’-]+)*", name) and is_known_place(name):
                if not _NAMES_AN_INSTITUTION.match(phrase, group[-1].end()):
                    places.append(name)
                i += size
                break
        else:
            i += 1
    return places


# After "dan" closing a "di …" phrase, another place: the phrase lists areas, not the event's place.
_LIST_GOES_ON = re.compile(
    r"(?:dan|serta|and)\s+(?:the\s+)?(?:(?:Kabupaten|Kota|Kab\.|Provinsi)\s+)?[A-Z][a-z]"
)


_EXAMPLE = re.compile(r"\b(?:[Ss]eperti|[Mm]isalnya|[Cc]ontohnya|[Tt]ermasuk|[Ss]uch\s+as|[Ll]ike)\s+$")


def _ends_on(phrase: str, places: list[str]) -> bool:
    """Whether ``phrase`` ends on its last place: an "and" after it goes on listing places
    ("di Kabupaten Sambas dan Bengkayang"), one further on joins other words ("in Medan plans
    … the Education and Culture Ministry")."""
    return phrase.rstrip(" ,").endswith(places[-1])


def _places_after_di(text: str) -> list[str]:
    """The city each "di …" phrase of ``text`` names, in order: the last known city of the
    phrase (``di Kantor Badan Arsip, Cibinong, Bogor`` → Bogor)."""
    found = []
    for where in _WHERE.finditer(text):
        if _EXAMPLE.search(text, max(0, where.start() - 20), where.start()):
            continue  # "Seperti di Labuan Bajo, misalnya, …": an example, not the event's place
        tail = text[where.end() : where.end() + _WHERE_CHARS]
        stop = _WHERE_ENDS.search(tail)
        phrase = " ".join(tail[: stop.start() if stop else len(tail)].split()[:_WHERE_WORDS])
        places = _places_named(phrase)
        if (
            places
            and stop is not None
            and _LIST_GOES_ON.match(tail, stop.start())
            and _ends_on(phrase, places)
        ):
            continue  # "di Kabupaten Sambas dan Bengkayang": the areas a forecast or a count covers
        if places:
            # "di Balai Desa, Kabupaten Sleman, DI Yogyakarta": the regency named as one, not
            # the province after it; else the last ("di Kantor Camat, Cibinong, Bogor" → Bogor).
            named = [
                p
                for p in places
                if compiled(rf"\b(?:Kabupaten|Kab\.|Kota)\s+{re.escape(p)}\b").search(phrase)
            ]
            found.append((named or places)[-1])
    return found


# "pukul 10.00 waktu Washington D.C.": the city whose clock times the event is where it happened.
_LOCAL_TIME = re.compile(r"\bwaktu\s+(?P<place>[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.)+|\s+[A-Z][\w'’-]*){0,2})")


def _known_dotted(name: str) -> bool:
    """A known place, its initials' full stops left out ("Washington D.C." is "Washington DC")."""
    return is_known_place(name) or is_known_place(name.replace(".", ""))


def _place_in(lead: str, dating: str = "") -> str | None:
    """The city the lead places the event in: the one named just before the date in the
    sentence that dates it (``kata Rina di Gedung Serbaguna, Cibinong, Bogor, Rabu (10/3)``),
    else the first a "di …" phrase of the lead names, else the regency or city of a
    "di … Kabupaten X" phrase."""
    near_date = _places_after_di(dating) or _city_before_date(dating)
    if near_date:
        return near_date[-1]
    in_lead = _places_after_di(lead)
    if in_lead:
        return in_lead[0]
    local = _LOCAL_TIME.search(lead)
    if local is not None and _known_dotted(local.group("place")):
        return local.group("place")  # "digelar Senin (8/6) waktu Tokyo"
    region = _REGION_AFTER_DI.search(lead)
    if region is None:
        return _named_region(lead)
    if _LIST_GOES_ON.match(lead[region.end() :].lstrip()):
        return None
    return region.group("place")


# "…, kata Kepala Dinas kepada wartawan, Bandung, Senin (3/3)": the attribution's city between commas right
# before the date, its "di" lost or never written ("ujar Rina, Bogor, Senin").
_CITY_CLOSING = re.compile(r",\s*(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*,\s*$")


def _city_before_date(dating: str) -> list[str]:
    """The known city that stands alone between the last two commas before the date, if any."""
    found = _CITY_CLOSING.search(dating)
    return [found.group("place")] if found is not None and is_known_place(found.group("place")) else []


def _named_region(lead: str) -> str | None:
    """The one known city or regency the lead's first sentence names as "Kota X"/"Kabupaten X";
    None for none or several ("warga Kota Bogor dan Kabupaten Bogor" names two)."""
    end = lead.find(". ")
    first = lead if end < 0 else lead[:end]
    named = {m.group("place") for m in _NAMED_REGION.finditer(first) if is_known_place(m.group("place"))}
    return named.pop() if len(named) == 1 else None


# A byline of a government site on one line, its date with it ("By Humas Setda Date 8 Mei 2024",
# "Oleh Tim Redaksi Tanggal 3 Juni 2025"): where the page was dated, not the lead.
_BYLINE_LINE = re.compile(r"^(?:By|Oleh|Penulis|Ditulis\s+oleh|Posted\s+by)\s+[A-Z]")
_BYLINE_WORDS = 40


def _is_byline_line(paragraph: str) -> bool:
    text = paragraph.strip()
    return (
        _BYLINE_LINE.match(text) is not None
        and len(text.split()) <= _BYLINE_WORDS
        and not re.search(r"[.!?…”\"]$", text)
    )


def _lead_place(dated: Sequence[str], lead: int, expression: str | None) -> str | None:
    """The city of the lead (see :func:`_place_in`); a byline line with the page's date is not
    the lead, and when the date came from it the lead is the story's opening paragraphs."""
    story = ["" if _is_byline_line(p) else p for p in dated]
    if expression and not any(expression in p for p in story[lead:]):
        expression = None
    return _place_in(_lead_text(story, lead, expression), _dating_sentence(story, lead, expression))


# How many paragraphs after the lead may repeat the event's day with its place.
_SAME_DAY_WITHIN = 4


def _same_day_place(dated: Sequence[str], lead: int, event: EventDate) -> str | None:
    """The city named where a paragraph soon after the lead dates the event's day again
    ("Pameran dibuka pada 12–14 Juli." then "…, ujar Bupati di Balai Kota, Cibinong, Sabtu
    (12/7)."): the lead's date placed the event nowhere, the first attribution does."""
    day, expression = event.day, event.expression
    if day is None or event.basis != "text":
        return None
    at = next((i for i, p in enumerate(dated) if i >= lead and expression and expression in p), lead)
    around = Reference(day, "published")
    for paragraph in dated[at + 1 : at + 1 + _SAME_DAY_WITHIN]:
        for match in find_dates(paragraph, around):
            if match.day == day and not match.relative:
                start, _ = sentence_bounds(paragraph, match.start, match.end)  # bounded: linear
                places = _places_after_di(paragraph[start + 1 : match.start])
                if places:
                    return places[-1]
    return None


def _dating_sentence(paragraphs: Sequence[str], lead: int, expression: str | None) -> str:
    """The part of the sentence that dates the event up to its date expression; after a quote,
    its attribution only (a city the speaker names is not where the speaker spoke)."""
    if not expression:
        return ""
    for paragraph in paragraphs[lead:]:
        at = paragraph.find(expression)
        if at >= 0:
            start = max(paragraph.rfind(". ", 0, at), paragraph.rfind("? ", 0, at), -1)
            start = max(start, paragraph.rfind("”", 0, at), paragraph.rfind('"', 0, at))
            return paragraph[start + 1 : at]
    return ""


# A photo caption: it ends with the photographer's or agency's credit ("(ANTARA FOTO/Budi)",
# "(Foto: Humas)", "(Kabar7.com/Rina Wulandari)", "ANTARA/Dimas Prakoso", "Foto: ist.").
_CAPTION = re.compile(
    r"\((?:[^()]*\b(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Dd]ok|DOK|[Ii]st)\b[^()]*"
    r"|[A-Za-z][\w.& -]*/[A-Za-z][\w.&' -]*)\)\.?\s*$"
    r"|\b(?:ANTARA|ANTARA FOTO|Antara Photo|[Ff]oto|FOTO|Photo)\s*[:/]\s*[\w.]+"
    r"(?:[ /][A-Z][\w.]*){0,4}\.?\s*$"
)
# A line of furniture rather than a sentence: short and without a sentence's end ("Selasa,
# 9 Maret 2021 - Dibaca 120 kali", "Tanggal: 9 Maret 2021", "Oleh Rina | 9 Mar 2021").
_FURNITURE_WORDS = 16
_FURNITURE_SHAPE = re.compile(
    rf"^(?:{WEEKDAY_RE}\b|\d{{1,2}}[\s/.-]|[\w ]{{1,20}}:"
    r"|(?i:ditulis|oleh|by|penulis|reporter|diperbarui|diterbitkan|published|updated|posted|diposting"
    r"|diposkan|dipublikasikan|dirilis)\b)"
    r"|\b\d{1,2}[.:]\d{2}\b|[|•·]"
)
# The site's own date bar at the very top of the page (today's date when it was saved), seen
# by the menu or widget text around it.
_SITE_BAR = re.compile(r"\b(?:menu|Home|Beranda|Kontak|Redaksi|Result)\b", re.IGNORECASE)


_CREDIT_REACH = 160
# A photo credit on a line of its own, above the caption it belongs to ("ANTARA FOTO/Budi/Spt.").
_CREDIT_LINE = re.compile(r"^(?:ANTARA FOTO|ANTARA|FOTO|Foto|Photo|PHOTO)\s*[:/]\s*\S.{0,60}$")
# A credit line names the photographer or the source in a few words ("Foto: Dok. Humas Pemko");
# "Foto: Menteri meninjau pasar di Bogor. (Humas)" is the caption itself, and the story follows it.
_CREDIT_LINE_WORDS = 7


def _credit_line(line: str) -> bool:
    """Whether ``line`` is a photo credit on a line of its own, above the caption it belongs to."""
    text = line.strip()[:_CREDIT_REACH]
    return (
        _CREDIT_LINE.match(text) is not None and len(text.split()) <= _CREDIT_LINE_WORDS and "(" not in text
    )


def _headed(article: Article) -> bool:
    """Whether a plain-text page opened with its headline: the date line below it is the story's."""
    return article.format == "txt" and article.title is not None


def _is_site_bar(paragraphs: Sequence[str], line: str, *, under_headline: bool = False) -> bool:
    """The site's own date bar (the day the page was saved, not published): the page's first
    line, or a line beside the site's menu ("No menu items!", "Home", "Redaksi"). A date line
    right under the headline the text opens with (``under_headline``) is the story's own
    publication line, not the site's bar above the page."""
    if paragraphs and paragraphs[0] == line and not under_headline:
        return True
    for i, paragraph in enumerate(paragraphs):
        if paragraph == line:
            around = [paragraphs[j] for j in (i - 1, i + 1) if 0 <= j < len(paragraphs)]
            return _SITE_BAR.search(line) is not None or any(
                _SITE_BAR.search(p) and _is_furniture(p) for p in around
            )
    return False


# A caption that points at the people in the photo ("Bupati Rina (kanan) …", "Budi (second left)")
# and closes on a credit in brackets ("….(Antara)", "… (Humas)").
_IN_PHOTO = re.compile(
    r"\((?:(?:kedua|ketiga|keempat|second|third|fourth)\s+(?:dari\s+|from\s+)?)?"
    r"(?:kanan|kiri|tengah|right|left|center|centre)\)"
)
_CLOSING_CREDIT = re.compile(r"[.!]\s*\([A-Z][\w.&/ -]{1,40}\)\.?\s*$")


# "FILE - Pupils wait at a clinic in Surabaya, March 3, 2019.": a wire service's file photo.
_FILE_PHOTO = re.compile(r"FILE\s+[-–—]\s+")


# A caption is a sentence or two: a paragraph much longer is a story whose last sentence ends on
# the reporter's and editor's initials ("… itu.(Rd/red)"), which look like a photo credit.
_CAPTION_WORDS = 80


def _is_caption(paragraph: str, above: str = "") -> bool:
    if _FILE_PHOTO.match(paragraph):
        return True
    if len(paragraph.split(maxsplit=_CAPTION_WORDS)) > _CAPTION_WORDS:
        return False
    # The credit closes the caption: only the paragraph's tail is searched (and in linear time).
    tail = paragraph[-_CREDIT_REACH:]
    if _CLOSING_CREDIT.search(tail) and _IN_PHOTO.search(paragraph[:_CREDIT_REACH]):
        return True
    return _CAPTION.search(tail) is not None or _credit_line(above)


def _is_furniture(paragraph: str) -> bool:
    """A short line with no sentence end shaped like a date bar or byline: it opens with a
    weekday, a day number or a label, or holds a time stamp or a separator ("|", "•")."""
    text = paragraph.strip()
    return (
        bool(text)
        and len(text.split()) <= _FURNITURE_WORDS
        and not re.search(r"[.!?…”\"]$", text)
        and _FURNITURE_SHAPE.search(text) is not None
    )


_HEADING_WORDS = 12


def _is_heading(paragraph: str) -> bool:
    """A subheading or pull quote between the lead's paragraphs ("Harga ikan di Bogor
    naik"): short and without a sentence end. Its "di …" is a topic, not the event's place."""
    text = paragraph.strip()
    return len(text.split()) <= _HEADING_WORDS and not re.search(r"[.!?…:;”\"')]$", text)


def _lead_text(paragraphs: Sequence[str], lead: int, expression: str | None) -> str:
    """The lead: the opening paragraph(s) up to and including the sentence that dates the event."""
    parts: list[str] = []
    for paragraph in paragraphs[lead:]:
        if len(parts) >= _LEAD_PARAGRAPHS:
            break
        if not paragraph or (parts and _is_heading(paragraph)):
            continue
        if expression and expression in paragraph:
            end = paragraph.find(". ", paragraph.index(expression))
            parts.append(paragraph if end < 0 else paragraph[: end + 1])
            break
        parts.append(paragraph)
    return " ".join(parts)


def _is_chrome(paragraph: str) -> bool:
    """A byline, timestamp or date bar rather than article text."""
    return len(paragraph.split()) <= _CHROME_WORDS and _CHROME.search(paragraph) is not None


@dataclass
class _Story:
    """Where the story starts on the page and what its dateline says."""

    story: int  # the first paragraph of the story (its dateline's); those before are furniture
    lead: int  # the lead paragraph
    furniture: list[str]  # bylines and date lines: their date is the publication's
    before: list[str]  # the paragraphs with the chrome blanked, the dateline still in its own
    place: str | None = None  # the dateline's place
    date: str | None = None  # a date written inside the dateline
    outlet: str | None = None  # the dateline's outlet
    published: str | None = None  # the publication date an agency's dateline gives


def _find_story(article: Article, paragraphs: list[str]) -> _Story:
    """Blanks the page chrome before the story in ``paragraphs`` and replaces the dateline's
    paragraph by its text after the dateline."""
    # Page chrome before the story (a byline, a date bar) is not its lead: its date is when the
    # page was published, not when the event happened. Blank keeps the numbering.
    lead = 0
    furniture: list[str] = []
    while lead < len(paragraphs) - 1 and (not paragraphs[lead].strip() or _is_chrome(paragraphs[lead])):
        furniture.append(paragraphs[lead])
        paragraphs[lead] = ""
        lead += 1
    # The headline, a teaser, the byline and photo captions may come before the dateline: the
    # story starts at the dateline, and what comes before it dates nothing.
    before = list(paragraphs)
    dateline = find_dateline(article.paragraphs)
    if dateline is None:
        return _Story(lead, lead, furniture, before)
    paragraphs[dateline.index] = dateline.rest
    furniture.extend(paragraphs[lead : dateline.index])
    return _Story(
        dateline.index,
        dateline.lead,
        furniture,
        before,
        dateline.place,
        dateline.date,
        dateline.outlet,
        dateline.published,
    )


_WORD_CAPITAL = re.compile(r"[A-Z0-9]")


def _title_case(text: str) -> bool:
    words = text.split()
    return sum(1 for w in words if _WORD_CAPITAL.match(w)) >= 0.6 * len(words)


def _teaser(paragraphs: Sequence[str], story: int, titled: bool) -> int | None:
    """The standfirst under the headline, above the dateline ("Kemenhub Akan Dampingi …" / "Budi
    menyatakan juga akan mengirimkan surat …" / "JAKARTA - …"): one whole sentence that sums up
    the story, read for its next steps as the story's own (headlines, bylines, captions and the
    teasers of other stories stay out: the first line that is neither a headline nor such a
    sentence ends the search; ``titled``: the headline was taken off as the page's title)."""
    headline = titled
    for i in range(story):
        text = paragraphs[i].strip()
        if not text:
            continue
        words = text.split()
        if len(words) >= 4 and _title_case(text) and text[-1] not in ".!?":
            headline = True  # the headline, or the same again
            continue
        standfirst = (
            headline
            and len(words) >= 6
            and text[-1] in ".!"
            and not _title_case(text)
            and not _is_caption(text, paragraphs[i - 1] if i else "")
            and not _is_furniture(text)
            and not _is_chrome(text)
        )
        return i if standfirst else None
    return None


# The page's time stamp printed below the story, after the headline repeated there ("… / 10
# September 2019 15:11 WIB"): a date with its year and the clock time alone on a line among the
# last ones. Like a byline's date it stands in for a missing publication date.
_STAMP_LINE = re.compile(
    rf"^(?:{WEEKDAY_RE},?\s*)?\d{{1,2}}\s+(?i:{MONTH_RE})\s+\d{{4}}\s*[,|-]?\s*(?:pukul\s+)?"
    r"\d{1,2}[.:]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC)?\s*$"
)
_STAMP_REACH = 3  # the last lines of the page read for its time stamp


def _closing_stamp(paragraphs: Sequence[str], story: int) -> list[str]:
    """The time stamp on one of the page's last lines below the story, if there is one."""
    last = [p.strip() for p in paragraphs[story + 1 :] if p.strip()][-_STAMP_REACH:]
    return [p for p in last if _STAMP_LINE.match(p)][:1]


# "Updated: May 28, 2019", "Diperbarui 9 Maret 2021 10:05": a labelled date line of the page's
# header, which may sit below the headline, the standfirst and the author's credit.
_LABELLED_STAMP = re.compile(
    r"^(?:Updated|Published|Posted|Diperbarui|Diterbitkan|Dipublikasikan|Terbit|Tayang)\b\s*:?\s*\S"
)
_HEADER_REACH = 12  # the page's first lines, where its header sits
_STAMP_WORDS = 12


def _labelled_stamps(paragraphs: Sequence[str]) -> list[str]:
    """The labelled date lines among the page's first lines."""
    head = [p.strip() for p in paragraphs[:_HEADER_REACH]]
    return [p for p in head if _LABELLED_STAMP.match(p) and len(p.split()) <= _STAMP_WORDS]


def _index_day(paragraphs: Sequence[str], dated: Sequence[str]) -> list[str]:
    """The day of the search index's date marker opening the page ("date 2021-12-27 JAKARTA - …",
    "date 2025-03-08 Officers evacuate … (Foto/Rina)") when the story read for its date no longer
    opens with it (the marker sat on the dateline's line or on a photo caption): like a byline's
    date, it stands in for the publication date."""
    marker = INDEX_MARKER.match(next((p for p in paragraphs if p.strip()), ""))
    if marker is None or marker.group(2) is None or INDEX_MARKER.match(next((p for p in dated if p), "")):
        return []
    return [marker.group(1)]


# A dateline's day without its year ("JAKARTA, March 4 (Reuters) -", "Jakarta, Feb 24 (ANTARA) -")
# and the lead's bare weekday ("said on Tuesday"): together they give the year, as "Selasa (4/3)" does.
_MONTH_DAY_ONLY = re.compile(rf"^(?:(?i:{MONTH_RE})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTH_RE})\.?)$")
_BARE_WEEKDAY = re.compile(rf"\b(?P<wd>{WEEKDAY_RE})\b(?!\s*,?\s*\(?\s*\d)")
_WEEKDAY_REACH = 400  # characters of the lead read for its weekday: its first sentence or two


def _with_lead_weekday(date: str, lead: str, following: str = "") -> str:
    """The dateline's ``date``, the lead's weekday put before it when the date has neither (the
    weekday of the paragraph after the lead when the lead names none)."""
    if not _MONTH_DAY_ONLY.match(date.strip()):
        return date
    weekday = _BARE_WEEKDAY.search(lead, 0, _WEEKDAY_REACH) or _BARE_WEEKDAY.search(
        following, 0, _WEEKDAY_REACH
    )
    return date if weekday is None else f"{weekday.group('wd')}, {date}"


def _date_event(
    article: Article, paragraphs: list[str], found: _Story, today: dt.date | None
) -> tuple[EventDate, list[str]]:
    """The event date read from the story (not from furniture before it, nor from photo captions
    or date bars inside it), and the story's paragraphs it was read from."""
    story, lead = found.story, found.lead
    dated = [
        "" if i < story or _is_caption(p, article.paragraphs[i - 1] if i else "") or _is_furniture(p) else p
        for i, p in enumerate(paragraphs)
    ]
    if found.date:
        following = next((p for p in dated[lead + 1 : lead + 3] if p), "")
        dated[lead] = f"{_with_lead_weekday(found.date, dated[lead], following)}. {dated[lead]}"
    furniture = found.furniture + [
        p for i, p in enumerate(found.before) if i >= story and p and _is_furniture(p) and i < lead + 3
    ]
    headed = _headed(article)
    good = [p for p in furniture if p and not _is_site_bar(article.paragraphs, p, under_headline=headed)]
    stamps = [*_labelled_stamps(article.paragraphs), *_closing_stamp(article.paragraphs, story)]
    good = [*_index_day(article.paragraphs, dated), *good, *stamps]
    event = find_event_date(
        dated,
        published=article.published,
        file_date=article.file_date,
        today=today or dt.date.today(),
        # An agency's dateline date is the day the story was filed: it stands in for a missing
        # publication date, as a byline's date does.
        furniture=[*([found.published] if found.published else []), *good],
    )
    return event, dated


# "2. Rincian RSUD yang akan dilanjutkan pada 2026": a numbered sub-heading (no sentence end) names
# the section below it; it states no step of its own.
_SUBHEADING = re.compile(r"\d{1,2}\.\s+[^.!?]{3,150}")


# "… menyasar daerah rawan. ”Kegiatan ini akan terus digencarkan,” ujar Suyono": a quotation opened
# with a closing mark is glued by the splitter to the narrated sentence before it, which ends with
# its own stop before the mark.
_ENDS_BEFORE_MARK = re.compile(r"[.!?][\s“”\"'‘’]*$")
# (a narrated sentence is longer than this; a short run before the mark is an attribution)
_NARRATED_AT_LEAST = 20


def _narration_before(paragraph: str, start: int, quote_at: int) -> int | None:
    """Where the narrated sentence at ``start`` ends when the quotation at ``quote_at`` was glued to
    it (the sentence's own stop before the mark), or None when the sentence is the quotation's."""
    if quote_at <= start:
        return None
    ends = _ENDS_BEFORE_MARK.search(paragraph, start, quote_at)
    if ends is None or ends.start() + 1 - start < _NARRATED_AT_LEAST:
        return None
    return ends.start() + 1


def _read_sentences(
    facts: Facts, paragraphs: Sequence[str], people: PeopleIndex, sides: Sides, spans: list[QuoteSpan]
) -> None:
    """Quotes, and every other sentence as a next step, a statement or background."""
    facts.quotes, kept, quote_warnings = attribute_quotes(spans, paragraphs, people)
    facts.warnings.extend(quote_warnings)
    skip = [segment for span in spans for segment in span.segments]
    quoted = [segment for span in kept for segment in span.segments]
    listed = ListedDirectives()
    for number, paragraph in enumerate(paragraphs):
        heading = _SUBHEADING.fullmatch(paragraph.strip()) is not None
        for k, (start, end) in enumerate(sentence_spans(paragraph)):
            inside = [s for p, s, e in quoted if p == number and s < end and e > start]
            if inside:
                narrated = _narration_before(paragraph, start, min(inside))
                if narrated is None:
                    continue
                end = narrated
            sentence = SentenceRef(number, start, end, paragraph[start:end])
            # A plan comes first even when someone reports it ("Budi menambahkan, pihaknya akan …").
            step = None if heading else step_of(sentence, people, skip, facts.event_date, sides)
            item = not heading and listed.is_item(sentence, k == 0 and start == 0)
            if listed.announces(sentence) and step is None:
                item = True  # "…, di antaranya: pertama, untuk sementara …": the first item is here
            if step is None and item:
                step = listed_step(sentence, facts.event_date)
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
    facts.next_steps = distinct_steps(sorted(facts.next_steps, key=lambda s: s.paragraph))


def _frame(facts: Facts, lead_paragraphs: list[str], title: str | None, lexicon: EventLexicon | None) -> None:
    """The frames the key points and the register are generated from (both languages, no translation)."""
    when = facts.event_date if facts.date_basis == "text" else None
    speakers = [q.speaker for q in facts.quotes if q.speaker] + [
        s.speaker for s in facts.statements if s.speaker
    ]
    facts.event = find_event(
        lead_paragraphs,
        title,
        facts.people,
        facts.organizations,
        facts.location,
        when,
        speakers,
        lexicon,
    )
    for step in facts.next_steps:
        step.kind, step.action = frame_step(step)


def extract(article: Article, *, today: dt.date | None = None, lexicon: EventLexicon | None = None) -> Facts:
    """Everything the rules can tell about one article; what they cannot is said in ``warnings``."""
    facts = Facts(article=article, outlet=article.outlet)
    paragraphs = list(article.paragraphs)
    if not paragraphs:
        facts.warnings.append("the article has no text")
        return facts
    facts.language = detect_language(" ".join([article.title or "", *paragraphs]))
    found = _find_story(article, paragraphs)
    facts.outlet = article.outlet or found.outlet
    story, lead = found.story, found.lead

    paragraphs[-1] = _BYLINE.sub("", paragraphs[-1]).rstrip()
    # "Baca juga: …" links to other stories are not part of this one; blank keeps the numbering.
    paragraphs = ["" if _NOT_BODY.match(p) else p for p in paragraphs]
    # Names in a caption or teaser above the dateline still introduce people; the rest of the
    # extraction reads the story from its dateline on.
    named = list(paragraphs)
    paragraphs[:story] = [""] * story

    event, dated = _date_event(article, paragraphs, found, today)
    facts.event_date, facts.date_basis = event.day, event.basis
    facts.warnings.extend(event.warnings)
    facts.date_warnings = list(event.warnings)

    definitions = find_definitions(named)
    people = find_people(named, definitions)
    if people.overflow:
        facts.warnings.append(f"more than {MAX_PEOPLE} people named: only the first {MAX_PEOPLE} are indexed")
    facts.people = people.persons()
    facts.organizations = organizations(
        paragraphs, definitions, [p.organization for p in facts.people if p.organization]
    )
    facts.venue = _venue(paragraphs[lead], definitions)
    facts.location = (
        found.place or _lead_place(dated, lead, event.expression) or _same_day_place(dated, lead, event)
    )

    # Who "kami"/"pihaknya" stand for, and who "kedua pihak" are, for the actors of next steps.
    sides = Sides(facts.organizations)
    sides = Sides(facts.organizations, meeting_parties(paragraphs, people, sides))
    read = list(paragraphs)
    if (teaser := _teaser(named, story, article.title is not None)) is not None:
        read[teaser] = named[teaser]  # the standfirst states the story's plan too
    _read_sentences(facts, read, people, sides, find_quote_spans(read, people))
    resolve_people(facts, named)  # one canonical name per person for every mention
    _frame(facts, [p for p in paragraphs[lead:] if p.strip()][:4], article.title, lexicon)
    if not facts.people:
        facts.warnings.append("no people found")
    return facts
