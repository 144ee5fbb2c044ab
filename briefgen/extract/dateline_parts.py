"""Reads a dateline part by part (outlet, place, region, reporter) when none of the dateline's
forms in :mod:`briefgen.extract.dateline_forms` reads it; and the word tests both share."""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.extract.dateline_forms import COMPASS_INITIALS, DOMAIN, ENGLISH_REGION_WORDS, TLD
from briefgen.extract.lexicon import (
    FUNCTION_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PLACES,
    TITLE_WORDS,
    WEEKDAYS,
    is_known_place,
    region_abbreviations,
)

NOT_PLACE_WORDS = (ORG_WORDS - PLACES) | TITLE_WORDS | FUNCTION_WORDS
NOT_OUTLET_WORDS = ORG_HEADS | TITLE_WORDS | FUNCTION_WORDS  # "Harian", "Pos" may name an outlet


@lru_cache(maxsize=1)
def _regional_short_names() -> frozenset[str]:
    """The short forms of ``briefgen/data/region-abbreviations.csv``, casefolded: "kukar", "kalbar"."""
    return frozenset(short.casefold() for short in region_abbreviations())


def is_regional_short_name(word: str) -> bool:
    """Whether ``word`` is a regency's or province's short name ("KUKAR"), a region, not an outlet."""
    return word.strip().casefold() in _regional_short_names()


def plain_words(text: str | None, excluded: frozenset[str]) -> bool:
    """Whether ``text`` has none of the ``excluded`` words and no weekday in it."""
    return text is None or not any(w in excluded or w.lower() in WEEKDAYS for w in text.split())


def region_word(word: str) -> bool:
    """A word of a province's or country's name, or a compass initial before one ("S Sulawesi")."""
    return word in PLACES or word in COMPASS_INITIALS or word in ENGLISH_REGION_WORDS


# A dateline none of the forms above reads, told by what each of its comma-separated parts is:
# "KABAR.CO., BOGOR –" (a stray full stop after the site), "kabarkita.id, bogor -" (the place in
# lower case), "Rina Wulan, Bogor, West Java –" (a reporter's name before the city), "Warta
# desa, BOGOR -" (a site's name of words, one in lower case), "Warta desa.id (Bogor) -" (the
# city in brackets). At most four parts of at most four words, then a dash and the lead's first
# word in capitals, or the end of the line (the lead below it).
_SEGMENTED = re.compile(
    r"^(?P<head>[^\n–—()]{2,90}?)(?:\s*\((?P<bracket>[A-Z][^()]{1,30})\))?"
    r"(?:\s+[-–—]+\s+(?=[A-Z“\"])|\s*[–—]+\s*(?=[A-Z“\"])|\s+[-–—]+\s*$)"
)
_PART_WORDS = 4
_NAME_PART = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
# A site's name of words: capitalised first, then a word in lower case or a domain ("Warta desa",
# "Kabar kita.com"); no title's or organisation's word.
_SITE_PART = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w.'’-]+){1,2}")
_SITE_WORDS = 3


def _part_is_place(part: str) -> bool:
    return is_known_place(part) or is_regional_short_name(part)


def _site_part(part: str) -> bool:
    """Whether ``part``, before the place, is a site's name of words rather than a person's."""
    return (
        _SITE_PART.fullmatch(part) is not None
        and len(part.split()) <= _SITE_WORDS
        and (any(w[0].islower() for w in part.split()[1:]) or TLD.search(part) is not None)
        and plain_words(part, NOT_OUTLET_WORDS)
        and not is_known_place(part)
    )


def segmented_dateline(paragraph: str) -> tuple[str | None, str, str] | None:
    """The outlet and place of a dateline read part by part: a web domain, or a site's name of
    words with one in lower case, is the outlet; a known city or regency (in any case, or its
    short name) the place; a province or country after the place its region; capitalised words
    before the place a reporter's name (no outlet). Any other part, or no place, and it is no
    dateline. (outlet, the place as written, the paragraph after the dateline); None for none."""
    match = _SEGMENTED.match(paragraph)
    if match is None:
        return None
    parts = [part.strip().rstrip(".").strip() for part in match.group("head").split(",")]
    if match.group("bracket"):
        parts.append(match.group("bracket").strip())
    if not 2 <= len(parts) <= 4 or any(not part or len(part.split()) > _PART_WORDS for part in parts):
        return None
    outlet: str | None = None
    place: str | None = None
    site = False  # the outlet is a name of words, no domain
    for part in parts:
        if re.fullmatch(DOMAIN, part) and outlet is None and TLD.search(part):
            outlet = part
        elif place is None and _part_is_place(part):
            place = part
        elif place is not None and all(region_word(w) for w in part.split()):
            continue  # "Bogor, West Java –": the province after the city
        elif place is None and outlet is None and _site_part(part):
            outlet, site = part, True  # "Warta desa, BOGOR -": a site's name of words
        elif (
            place is None
            and outlet is None
            and _NAME_PART.fullmatch(part)
            and plain_words(part, NOT_PLACE_WORDS)
        ):
            continue  # "Rina Wulan, Bogor –": the reporter's name before the city
        else:
            return None
    if place is None:
        return None
    if site and not (place.isupper() or place == match.group("bracket")):
        return None  # "Harga cabai naik, Bogor – …": words before a city in mixed case are no site's
    return outlet, place, paragraph[match.end() :]
