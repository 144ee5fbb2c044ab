"""Reads the outlet and place from a news dateline such as ``BOGOR, KABARKITA.com -``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.lexicon import (
    CITIES,
    FUNCTION_WORDS,
    MONTH_RE,
    ORG_HEADS,
    ORG_WORDS,
    PLACES,
    TITLE_WORDS,
    WEEKDAY_RE,
    WEEKDAYS,
    is_known_place,
    region_abbreviations,
    words,
)
from briefgen.extract.patterns import compiled

# A dash with a space on one side ("Jakarta -Menteri"), or a double or long dash with none
# ("KABARDESA.CO, BOGOR--Menteri", "Jakarta—Menteri"), or a comma and a dash ("KABAR.com,- Menteri");
# a hyphen or an en dash alone joins words or a range ("Jakarta–Bandung").
_SEP = r"\s*[-–—‒―−]+\s+|\s+[-–—‒―−]+\s*|(?:--+|—+)|,\s*[-–—‒―−]+\s*"
_COMPASS = "Selatan|Utara|Barat|Timur|Pusat|Tengah"
_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z][\w-]*)+"  # KabarKita.id, WARTAKITA.com, Kabar7.com
_PLACE = r"[A-Z][A-Za-z'’.]*(?:\s+[A-Z][A-Za-z'’.]*){0,3}"
_AGENCY = r"[A-Za-z][\w .&]{1,30}"
# A site name with a word before its domain: "SUARA KITA.COM", "Kabar Desa.id".
_SITE = rf"(?:[A-Z][\w-]*\s+){{1,2}}{_DOMAIN}"
# A web domain's ending: a "place" holding one is the outlet ("KABARDESA.COM, BOGOR" read backwards).
_TLD = re.compile(r"\.(?:com|co|id|net|org|info|news|tv|my|sg)\b", re.IGNORECASE)
# Words that make a name in capitals an outlet's rather than a place's ("KABAR ONLINE -").
_OUTLET_MARKERS = frozenset(
    {"ONLINE", "NEWS", "POS", "POST", "TV", "TIMES", "EKSPRES", "EXPRESS", "DAILY", "MEDIA", "PRESS", "INFO"}
)
# A date of the Hijri (or another) calendar before the Gregorian one in a dateline: "28 Syawal
# 1442/", "3 Rabiul Awal 1445 H /".
_OTHER_CALENDAR = r"\d{1,2}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+\d{3,4}\s*(?:H\.?\s*)?/\s*"
# An outlet written as words rather than a domain: "Kabar Timur", "Suara Celebes".
_OUTLET_WORDS = r"[A-Z][\w.&'’]*(?:\s+[A-Z0-9][\w.&'’]*){0,3}"

# "Selasa (3/3/2025)", "Selasa, (3/3)": a release's weekday and date.
_PAREN_DATE = rf"{WEEKDAY_RE}\s*,?\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # KabarKita.id - Bogor -   /   Outlet.id – Bandung –
    re.compile(rf"^(?P<outlet>{_DOMAIN})(?:{_SEP})(?P<place>{_PLACE})(?:{_SEP})"),
    # BOGOR, WARTAKITA.com -   BOGOR, WARTAKITA.com:
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_DOMAIN})(?:{_SEP}|\s*:\s+)"),
    # BOGOR, kabarkita –   (a site that writes its name in lower case, no domain)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>[a-z][a-z0-9]{{3,}}(?:[A-Z][A-Za-z0-9]*)?)(?:{_SEP})"),
    # Bogor, KABAR_Menteri …   (an underscore for the dash, the lead's first word glued to it)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>[A-Z][A-Za-z0-9.]*)_(?=[A-Z])"),
    # Kabar7.com, Bogor -   Kabar7.com, Bogor:
    re.compile(rf"^(?P<outlet>{_DOMAIN}),\s*(?P<place>{_PLACE})(?:{_SEP}|\s*:\s+)"),
    # KABARKITA.COM. Bogor -   (a full stop after the site)
    re.compile(rf"^(?P<outlet>{_DOMAIN})\.\s+(?P<place>{_PLACE})(?:{_SEP})"),
    # Kabarkita.com | Bogor -
    re.compile(rf"^(?P<outlet>{_DOMAIN})\s*\|\s*(?P<place>{_PLACE})(?:{_SEP})"),
    # Kabardesa.ID (Bogor)-   (the site first, its city in brackets)
    re.compile(rf"^(?P<outlet>{_DOMAIN})\s*\((?P<place>{_PLACE})\)\s*(?:[-–—‒―−]+\s*|:\s*)"),
    # SUARA KITA.COM, BOGOR -   (a site name of words and a domain, then the city)
    re.compile(rf"^(?P<outlet>{_SITE}),\s*(?P<place>{_PLACE})(?:{_SEP})"),
    # Jakarta (ANTARA) -   Jakarta, (ANTARA) -
    re.compile(rf"^(?P<place>{_PLACE})\s*,?\s*\((?P<outlet>{_AGENCY})\)\s*(?:[-–—‒―−]+\s*|:\s*)"),
    # JAKARTA, Indonesia (AP) —   Sampit, Kalteng (ANTARA) -   (the city, its country or province)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*"
        rf"\((?P<outlet>{_AGENCY})\)\s*[-–—‒―−]+\s*"
    ),
    # Jakarta, Selasa (3/3/2025) -   (a release's place and date)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<date>{WEEKDAY_RE}\s*,?\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))"
        r"\s*[-–—‒―−]+\s*"
    ),
    # Kabarkita.com, Bogor, Selasa (3/3/2025) -   Bogor, Kabarkita.com, Selasa (3/3/2025) -
    re.compile(rf"^(?P<outlet>{_DOMAIN}),\s*(?P<place>{_PLACE}),\s*(?P<date>{_PAREN_DATE})\s*[-–—‒―−]+\s*"),
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_DOMAIN}),\s*(?P<date>{_PAREN_DATE})\s*[-–—‒―−]+\s*"),
    # (KABARKITA) –   (kabarkita.com) -   (the outlet alone, in brackets)
    re.compile(rf"^\((?P<outlet>[A-Z][A-Z0-9&-]{{2,}}(?:\s+[A-Z0-9&-]+)?|{_DOMAIN})\)\s*[-–—‒―−]+\s*"),
    # BOGOR (12 Maret 2021) -   (a release's dateline with the date in brackets)
    re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<date>[^()]{{0,30}}\d{{4}})\)\s*[-–—‒―−]+\s*"),
    # Bogor, 12 Maret 2021 (KABAR) –   Bogor, 28 Syawal 1442/9 Juni 2021 (KABAR) –   (an agency's
    # dateline with the day it was filed, after a date of another calendar: the publication date)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?:{_OTHER_CALENDAR})?(?P<published>\d{{1,2}}\s+(?i:{MONTH_RE})\.?\s+\d{{4}})"
        rf"\s*\((?P<outlet>{_AGENCY})\)\s*[-–—‒―−]+\s*"
    ),
    # Bogor, Mar 12, 2021 (Antara) -   (ANTARA English's older style, the date before the agency)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<date>(?i:{MONTH_RE})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
        rf"\s*\((?P<outlet>{_AGENCY})\)\s*[-–—‒―−]+\s*"
    ),
    # Bogor, 12 Maret 2021 –   Bogor, 12 March 2021:   Bogor, Selasa, 9 Maret 2021 –
    # Bogor, March 12, 2021 –   (a place and the date, no outlet)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<date>(?:{WEEKDAY_RE}\s*,?\s+)?(?:\d{{1,2}}\s+(?i:{MONTH_RE})\.?"
        rf"|(?i:{MONTH_RE})\.?\s+\d{{1,2}},)\s+\d{{4}})"
        r"(?:,?\s+(?:pukul\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?)?\s*(?:[-–—‒―−]+|:)\s*"
    ),
    # BOGOR (Kabarkita.com)   Bogor, KABARKITA.ID   (on a line of its own, the lead below it)
    re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<outlet>{_AGENCY})\)\s+$"),
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_DOMAIN})\s+$"),
    # BOGOR | Kabarkita.com -
    re.compile(rf"^(?P<place>{_PLACE})\s*\|\s*(?P<outlet>{_DOMAIN}|{_OUTLET_WORDS})(?:{_SEP}|\s*\|\s+)"),
    # KABARKITA —   WARTAKITA –   (one word in capitals: an outlet or a place, see find_dateline)
    re.compile(r"^(?P<word>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)(?:\s*[-–—‒―−]+\s+|\s+[-–—‒―−]+\s*)"),
    # JAKARTA -   (a place in capitals on its own)
    re.compile(rf"^(?P<place>(?:KAB\.\s*)?[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{0,2}})(?:{_SEP})"),
    # KABAR-DESA.COM -   Kabar7.co –   WARTAKITA.COM |   Kabar7.com :   (an outlet alone, no place)
    re.compile(rf"^(?P<outlet>{_DOMAIN})(?:\s*\|\s+|{_SEP}|\s+:\s+)"),
    # Cibinong-Selasa (9/3/2021)   (the place run into the weekday of the date)
    re.compile(rf"^(?P<place>{_PLACE})\s*[-–—‒―−]\s*(?={WEEKDAY_RE}\b)"),
)
# "Jakarta: …", "Jakarta | …", "Jakarta. …" (as TV and English sites write it): only a known city makes
# these a dateline.
_KNOWN_PLACE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"^(?P<place>{_PLACE})\s*:\s+"),
    re.compile(rf"^(?P<place>{_PLACE})\s*\|\s+"),
    re.compile(rf"^(?P<place>{_PLACE})\.\s+(?=[A-Z])"),
    # Kabar7.com, Bogor Menteri …   (the dash lost in copying)
    re.compile(rf"^(?P<outlet>{_DOMAIN}),\s*(?P<place>[A-Z][a-z]+(?:\s(?:{_COMPASS}))?)\s+(?=[A-Z])"),
)
# Forms that ordinary capitalised words could also take, accepted only when the words are not
# an organisation, a title or a weekday ("Kementerian Pariwisata - …" is no dateline).
_LOOSE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Bogor, Suara Lembah -   (an outlet name of capitalised words)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_OUTLET_WORDS})(?:{_SEP})"),
    # Bogor -   (a place on its own in mixed case)
    re.compile(rf"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})(?:{_SEP})"),
)
# Where a dateline may start inside a line of page furniture: after a list bullet, after a time
# stamp ("… 09:05 WIB Bogor, Suara Lembah --") or after a reporter's credit ("Peliput : Dimas
# Prakoso BOGOR –").
_GLUED_AFTER = re.compile(
    r"^[•·▪◦‣∙]\s*(?=[A-Z])"  # a list item of the page's markup: "• KABAR.CO, Bogor - …"
    r"|\b\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT|pm|am|PM|AM))?\s+(?=[A-Z])"
    r"|^(?:Peliput|Reporter|Penulis|Pewarta|Oleh|By)\s*:?\s*(?:[A-Z][\w.'’]*\s+){1,4}?(?=[A-Z]{3,}\b)"
)
_GLUED_WITHIN_WORDS = 30
# "Rina Wulandari - kabarJabar": a reporter's byline naming the outlet, right above the dateline.
_BYLINE_OUTLET = re.compile(
    rf"^(?:[A-Z][\w.'’-]*\s+){{1,4}}[-–—‒―−]\s+(?P<outlet>[a-z]+[A-Z][A-Za-z]*|{_DOMAIN})(?![\w.])"
)
# After a byline's outlet comes its time stamp: "Kabar7.com - 09/03/2021, 09:05 WIB".
# A lead may open with a number ("TEMPO.CO, BOGOR - 421 warga …"): only a date or a time is a stamp.
_BYLINE_STAMP = re.compile(rf"\d{{1,4}}\s*[/.:-]\s*\d|\d{{1,2}}\s+(?i:{MONTH_RE})\b|{WEEKDAY_RE},?\s+\d")
# Advertising labels that open a line of page furniture ("Iklan - Scroll untuk Melanjutkan").
_AD_WORDS = frozenset({"Iklan", "IKLAN", "Advertisement", "ADVERTISEMENT", "Ads", "Sponsored"})
_TIME_ZONES = frozenset({"WIB", "WITA", "WIT", "GMT", "UTC"})  # "… 10:00 WIB -" ends a time stamp
# How far into the page a dateline is looked for: headline, teaser, byline and a caption or two.
_DATELINE_WITHIN = 12  # an app banner ("Unduh aplikasi …") may add a handful of lines above it
_WEAK_LOOKAHEAD = 3
_BYLINE_ABOVE = 3
# "KOTA BOGOR -", "Kabupaten Sleman –": the place is the city or regency without the word.
_PLACE_PREFIXES = frozenset({"Kota", "Kabupaten", "Kab.", "Kab"})
# Words that open a place's name before a city's ("West Jakarta", "Greater Jakarta", "Pulau Bali"):
# no site's name.
_PLACE_HEADS = words(
    "North South East West Central Greater Upper Lower New Old Port Pulau Tanjung Teluk Muara Sungai "
    "Bandar Kuala Pangkalan Kepulauan Gunung Danau"
)
# Words in lower case after a city that are the lead's, not a site's name ("BOGOR, kemarin –").
_NOT_SITES = frozenset(
    {*WEEKDAYS, "kemarin", "kini", "sekarang", "tadi", "semalam", "lalu", "pagi", "siang", "sore", "malam"}
)
_NOT_PLACE_WORDS = (ORG_WORDS - PLACES) | TITLE_WORDS | FUNCTION_WORDS
_NOT_OUTLET_WORDS = ORG_HEADS | TITLE_WORDS | FUNCTION_WORDS  # "Harian", "Pos" may name an outlet


@lru_cache(maxsize=1)
def _regional_short_names() -> frozenset[str]:
    """The short forms of ``briefgen/data/region-abbreviations.csv``, casefolded: "kukar", "kalbar"."""
    return frozenset(short.casefold() for short in region_abbreviations())


def is_regional_short_name(word: str) -> bool:
    """Whether ``word`` is a regency's or province's short name ("KUKAR"), a region, not an outlet."""
    return word.strip().casefold() in _regional_short_names()


def _plain_words(text: str | None, excluded: frozenset[str]) -> bool:
    """Whether ``text`` has none of the ``excluded`` words and no weekday in it."""
    return text is None or not any(w in excluded or w.lower() in WEEKDAYS for w in text.split())


def normalise_place(place: str) -> str:
    """``JAKARTA`` → ``Jakarta``, ``DKI JAKARTA`` → ``DKI Jakarta``; mixed case stays as written."""
    place = " ".join(place.split()).strip(" .,")
    if not place.isupper():
        return place
    words = []
    for word in place.split():
        words.append(word if len(word) <= 3 else word.capitalize())
    return " ".join(words)


def _looks_like_place(place: str) -> bool:
    words = place.split()
    if not words or len(words) > 4:
        return False
    title = normalise_place(place)
    return place.isupper() or title in CITIES or all(w in PLACES for w in title.split()) or len(words) <= 2


@dataclass
class Dateline:
    """A dateline found in a paragraph: what it names and the paragraph's text after it."""

    outlet: str | None
    place: str | None
    rest: str  # the paragraph after the dateline; empty when the dateline stands on its own line
    date: str | None = None  # a date written inside the dateline: "BOGOR (12 Maret 2021) -"
    published: str | None = None  # an agency's filing date: "Bogor, 12 Maret 2021 (KABAR) –"
    word: str | None = None  # one capitalised word that may be the place or the outlet
    start: int = 0  # where in the paragraph the dateline begins
    tag: str | None = None  # one capitalised word before the dateline: a topic tag or the outlet
    written: str | None = None  # the place as written ("BOGOR"), before normalise_place
    prefix: str | None = None  # "Kabupaten" of "KABUPATEN SLEMAN -", kept out of ``place``


def _names_fit(pattern: re.Pattern[str], place: str | None, outlet: str | None) -> bool:
    """Whether what ``pattern`` read as the place and the outlet can be those."""
    if place is not None and place in _TIME_ZONES:
        return False  # "… 10:00 WIB -": the end of a time stamp
    if place is not None and _TLD.search(place):
        return False  # "KABARDESA.COM, BOGOR -": the site comes first, see the patterns above
    if place is not None and (not _looks_like_place(place) or not _plain_words(place, frozenset())):
        return False  # "Selasa, 9 Maret 2021 - Dibaca 120 kali" is a date bar, not a dateline
    if pattern in _KNOWN_PLACE_PATTERNS and not is_known_place(place or ""):
        return False
    if pattern in _LOOSE_PATTERNS and outlet is None and place is not None and is_known_place(place):
        return True  # "Sungai Penuh -": a city whose name holds a word of organisations
    return pattern not in _LOOSE_PATTERNS or (
        _plain_words(place, _NOT_PLACE_WORDS) and _plain_words(outlet, _NOT_OUTLET_WORDS)
    )


def _prefix_of(written: str | None, place: str | None, word: str | None) -> str | None:
    """The "Kabupaten"/"Kota" ``written`` has before ``place`` (or ``word``): given as written."""
    place = place or word
    if written is None or place is None or written == place:
        return None
    return written.partition(" ")[0].capitalize() if written.endswith(place) else None


def _without_prefix(place: str | None) -> str | None:
    """``KOTA BOGOR`` → ``BOGOR``, ``Kabupaten Sleman`` → ``Sleman`` when the rest is a known
    place (``Kota Baru`` stays: a regency of that name)."""
    if place is None:
        return None
    head, _, rest = place.partition(" ")
    if head.capitalize() in _PLACE_PREFIXES and rest and is_known_place(rest):
        return rest
    return place


def _is_region(name: str | None) -> bool:
    """A province or country after the city ("BANDUNG, Jawa Barat -", "Kupang, NTT -"): every
    word a place word and the whole no city briefgen knows; not an outlet's name."""
    return name is not None and all(w in PLACES for w in name.split()) and not is_known_place(name)


def _not_a_dateline_word(word: str) -> bool:
    """A weekday, a title, an organisation's head word or an advertising label: no place or outlet."""
    return (
        word.lower() in WEEKDAYS
        or word in TITLE_WORDS
        or word in ORG_HEADS
        or word in _AD_WORDS
        or word in _TIME_ZONES
    )


def _lead_word(outlet: str | None) -> bool:
    """Whether a word in lower case read as the outlet is the lead's own ("kemarin", "yang")."""
    return (
        outlet is not None
        and outlet.islower()
        and (outlet.capitalize() in FUNCTION_WORDS or outlet in _NOT_SITES)
    )


def _site_then_city(pattern: re.Pattern[str], first: str | None, second: str | None) -> bool:
    """Whether a loose ``first, second -`` is a site's name of words ("Kabar Media", "Suara Pos")
    and then a known city: the site's last word is an outlet's ("Media", "News", "Pos")."""
    if pattern is not _LOOSE_PATTERNS[0] or not first or not second or " " not in first:
        return False
    return first.split()[-1].upper() in _OUTLET_MARKERS and is_known_place(second)


def _read_names(
    pattern: re.Pattern[str], groups: dict[str, str | None]
) -> tuple[str | None, str | None, str | None] | None:
    """(outlet, place, word) of a dateline ``pattern`` matched; None when it is no dateline."""
    place, outlet, word = _without_prefix(groups.get("place")), groups.get("outlet"), groups.get("word")
    region = groups.get("region")
    # "Denpasar, Bali (ANTARA) -": before an agency in brackets, a province or island is the
    # region even when a regency bears its name ("Bali").
    if "region" in groups and not (region and all(w in PLACES for w in region.split())):
        return None
    if _lead_word(outlet):
        return None  # "BOGOR, kemarin –" is no outlet
    if pattern in _LOOSE_PATTERNS and _is_region(outlet):
        outlet = None
    if _site_then_city(pattern, place, outlet):
        return place, outlet, None  # "Kabar Media, Cibinong –": the site's name, then its city
    if not _names_fit(pattern, place, outlet):
        return None
    if place is not None and outlet is None and place.isupper() and _OUTLET_MARKERS & set(place.split()):
        place, outlet = None, place  # "KABAR ONLINE -": an outlet's name, not a place
    if pattern in _LOOSE_PATTERNS and outlet is None and place and " " not in place:
        word, place = place, None  # "Kabarkita –": a place or an outlet, see find_dateline
    if word is not None and _not_a_dateline_word(word):
        return None
    return outlet, place, word


def _after_tag(rest: str, tag: str | None) -> Dateline | None:
    """The dateline after a topic tag (``WABAH - BOGOR. …``), if the rest opens with one."""
    inner = _match_dateline(rest, tagged=False)
    if inner is not None and inner.word is not None and is_known_place(inner.word):
        inner.place, inner.word = normalise_place(inner.word), None
    if inner is None or not (inner.outlet or inner.place):
        return None
    inner.tag = tag  # the story's topic, or the outlet (see find_dateline)
    return inner


def _place_after_outlet(rest: str) -> tuple[str, str] | None:
    """(place, rest) when the text after an outlet alone opens with its city: ``(kabarkita.com)-
    BOGOR- …``, ``Kabarkita.com - BOGOR - …`` (the city in capitals, or a known one)."""
    inner = _match_dateline(rest, tagged=False)
    if inner is None or inner.outlet is not None or not inner.rest:
        return None
    written = inner.word or inner.written
    if written is None or not (written.isupper() or is_known_place(written)):
        return None
    return written, inner.rest


def _match_dateline(paragraph: str, *, alone: bool = False, tagged: bool = True) -> Dateline | None:
    """The dateline that opens ``paragraph``; ``alone`` accepts one with no text after it.

    A topic tag in capitals may come before it (``WABAH - BOGOR. …``, ``PANEN RAYA - BOGOR,
    Kabarkita.com - …``): a tag followed by a dateline is dropped (``tagged`` looks for one).
    """
    patterns = (
        (*_PATTERNS, *_KNOWN_PLACE_PATTERNS)
        if not tagged
        else (*_PATTERNS, *_KNOWN_PLACE_PATTERNS, *_LOOSE_PATTERNS)
    )
    for pattern in patterns:
        match = pattern.match(paragraph.rstrip() + " " if alone else paragraph)
        if not match:
            continue
        groups = match.groupdict()
        names = _read_names(pattern, groups)
        if names is None:
            continue
        outlet, place, word = names
        rest = paragraph[match.end() :].lstrip()
        if _BYLINE_STAMP.match(rest):
            continue  # "Kabar7.com - 09/03/2021, 09:05 WIB": a byline's time stamp, not a dateline
        if not rest and not alone:
            continue
        inner = _after_tag(rest, word) if tagged and outlet is None else None
        if inner is not None:
            if inner.place is None and place is not None:
                # "BOGOR, Selasa (3/3/2025) - Kabarkita.com -": the place and date, then the site.
                inner.place, inner.written, inner.date = normalise_place(place), place, groups.get("date")
            return inner
        after = _place_after_outlet(rest) if outlet is not None and place is None and word is None else None
        if after is not None:
            place, rest = after
        return Dateline(
            outlet.strip() if outlet else None,
            normalise_place(place) if place else None,
            rest,
            groups.get("date"),
            groups.get("published"),
            word,
            written=place,
            prefix=_prefix_of(groups.get("place"), place, word),
        )
    return None


def parse_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """(outlet, place, the paragraph without its dateline); (None, None, paragraph) when there is none.

    One capitalised word on its own (``KABARKITA —``, ``BOGOR -``) is read as a place here;
    :func:`find_dateline` tells such a place from an outlet by the rest of the article.
    """
    found = _match_dateline(paragraph)
    if found is None:
        return None, None, paragraph
    if found.word is not None:
        return None, normalise_place(found.word), found.rest
    return found.outlet, found.place, found.rest


def _glued_dateline(paragraph: str) -> Dateline | None:
    """A dateline inside a line of page furniture, after a time stamp or a reporter's credit."""
    limit = len(" ".join(paragraph.split()[:_GLUED_WITHIN_WORDS]))
    for glue in _GLUED_AFTER.finditer(paragraph, 0, limit):
        found = _match_dateline(paragraph[glue.end() :])
        if found is not None and (found.outlet or found.place or found.word):
            found.start = glue.end()
            return found
    return _after_credit(paragraph)


# "By Rina Wulan Jakarta, July 15 (ANTARA) - …": a credit whose name runs into a dateline in
# mixed case; the name's end is where a known place starts.
_CREDIT = re.compile(r"(?:By|Oleh|Reporter|Penulis|Pewarta)\s*:?\s+")
_CREDIT_WORD = re.compile(r"[A-Z][\w.'’-]*\s+")
_CREDIT_NAME_WORDS = 4


def _after_credit(paragraph: str) -> Dateline | None:
    """The dateline after a reporter's credit of one to four capitalised words, when the
    dateline names a known place."""
    credit = _CREDIT.match(paragraph)
    if credit is None:
        return None
    at = credit.end()
    for _ in range(_CREDIT_NAME_WORDS):
        word = _CREDIT_WORD.match(paragraph, at)
        if word is None:
            return None
        at = word.end()
        found = _match_dateline(paragraph[at:])
        if found is not None and found.place is not None and is_known_place(found.place):
            found.start = at
            return found
    return None


def _word_is_place(word: str, text: str) -> bool:
    """A one-word dateline names a place when the article names it again ("Kota Bogor", "Bogor
    Selatan") and an outlet when it does not, or only as a web address ("Kabarkita.com")."""
    if is_known_place(word):
        return True
    mentions = compiled(rf"(?<![\w.]){re.escape(word)}(?![\w-])(?!\.[a-z])", re.IGNORECASE).finditer(text)
    return sum(1 for _ in mentions) > 1


# A dateline broken over two lines by the scraper: "Kabardesa.id" on one, "- Menteri …" on the next.
_SPLIT_DASH = re.compile(r"[-–—‒―−]+\s+\S")
_SPLIT_WORDS = 4


def _split_dateline(above: str, paragraph: str) -> Dateline | None:
    """The dateline whose first half (outlet or place) is the short line ``above`` ``paragraph``."""
    if not above.strip() or len(above.split()) > _SPLIT_WORDS:
        return None
    found = _match_dateline(f"{above.strip()} {paragraph}")
    return found if found is not None and (found.outlet or found.place or found.word) else None


@dataclass
class FoundDateline:
    """Where the story's dateline is: its paragraph, what it names, and where the lead starts."""

    index: int  # the paragraph holding the dateline; those before it are page furniture
    lead: int  # the lead paragraph (the next one when the dateline stands on its own line)
    outlet: str | None
    place: str | None
    rest: str  # the dateline paragraph without the dateline (and without what came before it)
    date: str | None = None
    published: str | None = None  # the publication date an agency's dateline gives
    prefix: str | None = None  # "Kabupaten" of "KABUPATEN SLEMAN -": see find_dateline


def _found_at(paragraphs: Sequence[str], index: int) -> Dateline | None:
    """The dateline in paragraph ``index``: at its start, after page furniture on its line, or
    split over it and the short line above it."""
    paragraph = paragraphs[index]
    alone = index + 1 < len(paragraphs)
    found = _match_dateline(paragraph, alone=alone) or _glued_dateline(paragraph)
    if found is None and index and _SPLIT_DASH.match(paragraph):
        found = _split_dateline(paragraphs[index - 1], paragraph)
    return found


def _names_swapped(found: Dateline, text: str) -> bool:
    """Whether a dateline read as ``Place, Outlet -`` is ``Outlet, Place -`` ("KABAR MEDIA,
    Bogor -", "Suara Lembah, Cibinong –"): the first name is no place (unknown, not named again)
    and the second, no web address, is a known place, or an unknown one the story names again
    after an outlet in capitals ("SUARA RIMBA, Tanjung Kelor -")."""
    second, first = found.outlet, found.written
    if second is None or first is None or _TLD.search(second):
        return False
    if is_regional_short_name(first) and is_known_place(second):
        return True  # "KUKAR, TENGGARONG -": the regency's short name, then its seat
    if _word_is_place(first, text):
        return False
    return is_known_place(second) or (
        first.isupper() and not second.isupper() and _word_is_place(second, text)
    )


def _outlet_and_place(
    found: Dateline, paragraphs: Sequence[str], index: int, text: str
) -> tuple[str | None, str | None]:
    """The dateline's outlet and place once a lone word or tag is told apart by the article
    (:func:`_word_is_place`) and a detik-style byline above it is read for the outlet."""
    outlet, place = found.outlet, found.place
    if _names_swapped(found, text):
        outlet, place = found.written, normalise_place(outlet or "")  # "KABAR MEDIA, Bogor -"
    elif outlet and found.written and not _TLD.search(outlet) and is_known_place(outlet):
        outlet = None  # "Denpasar, Bali -": the city and its island or province, no outlet
    if found.tag is not None and outlet is None and not _word_is_place(found.tag, text):
        outlet = found.tag  # "KABARKITA - BOGOR -": a word the story never names again
    elif found.tag is not None and place is None and is_known_place(found.tag):
        place = normalise_place(found.tag)  # "BOGOR - Kabarkita.com -": the city, then the site
    if outlet is None and found.tag is None:
        outlet, place = _outlet_before_place(place, text)
    if found.word is not None:
        outlet, place = _lone_word(found.word, outlet, place, text)
    if outlet is not None and is_regional_short_name(outlet):
        outlet = None  # "KUKAR, TENGGARONG -": the regency's short name, then its seat
    return outlet or _byline_outlet(found, paragraphs, index), place


def _lone_word(word: str, outlet: str | None, place: str | None, text: str) -> tuple[str | None, str | None]:
    """(outlet, place) once a lone capitalised word of the dateline is told apart: a place when
    the story names it again or it is a regency's short name ("KOTIM –"), else the outlet."""
    if _word_is_place(word, text) or is_regional_short_name(word):
        return outlet, normalise_place(word)
    return word, place


def _outlet_before_place(place: str | None, text: str) -> tuple[str | None, str | None]:
    """``Kabarkita Bogor –`` read as one place: the site's name, then its city (a known place);
    the first word is the outlet when it is no place word and the story never names it again."""
    head, _, rest = (place or "").partition(" ")
    if (
        place
        and rest
        and not is_known_place(place)
        and is_known_place(rest)
        and head not in PLACES
        and head not in _NOT_OUTLET_WORDS
        and head.capitalize() not in _PLACE_PREFIXES
        and head not in _PLACE_HEADS
        and not _word_is_place(head, text)
        and not _word_is_place(place, text)
    ):
        return head, rest
    return None, place


def _byline_outlet(found: Dateline, paragraphs: Sequence[str], index: int) -> str | None:
    """The outlet a detik-style byline names (``Name - kabarJabar``): it sits above the
    dateline, perhaps with its time stamp and a caption between."""
    above = [paragraphs[index][: found.start]] if found.start else []
    above += reversed(paragraphs[max(0, index - _BYLINE_ABOVE) : index])
    bylines = (_BYLINE_OUTLET.match(line.strip()) for line in above)
    return next((b.group("outlet") for b in bylines if b), None)


def find_dateline(paragraphs: Sequence[str]) -> FoundDateline | None:
    """The dateline among the first paragraphs: the page's headline, teaser, byline and captions
    may come before it. A detik-style byline right above it (``Name - kabarJabar``) names the
    outlet; one capitalised word (``KABARKITA –``) is a place or an outlet by :func:`_word_is_place`.
    The place is given as the dateline writes it: ``KABUPATEN SLEMAN -`` → ``Kabupaten Sleman``."""
    found = _find_dateline(paragraphs)
    if found is not None and found.prefix is not None and found.place is not None:
        found.place = f"{found.prefix} {found.place}"
    return found


def _find_dateline(paragraphs: Sequence[str]) -> FoundDateline | None:
    text = "\n".join(paragraphs)
    weak: FoundDateline | None = None
    for index, paragraph in enumerate(paragraphs[:_DATELINE_WITHIN]):
        if not paragraph.strip():
            continue
        if weak is not None and index > weak.index + _WEAK_LOOKAHEAD:
            break
        found = _found_at(paragraphs, index)
        if found is None:
            continue
        outlet, place = _outlet_and_place(found, paragraphs, index, text)
        lead = index + 1 if not found.rest else index
        written = found.written or found.word
        prefix = found.prefix if written and place == normalise_place(written) else None
        dateline = FoundDateline(index, lead, outlet, place, found.rest, found.date, found.published, prefix)
        # A place nobody knows with no outlet ("Rina Wulandari - kabarJabar …") may be a byline:
        # a dateline a little further on that names a known place or an outlet is preferred.
        if outlet is None and place is not None and not is_known_place(place) and weak is None:
            weak = dateline
            continue
        if weak is not None and not (outlet or (place and is_known_place(place))):
            continue
        return dateline
    return weak
