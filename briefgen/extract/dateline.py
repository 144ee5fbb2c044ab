"""Reads the outlet and place from a news dateline such as ``JAKARTA, KOMPAS.com -``."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import (
    CITIES,
    FUNCTION_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PLACES,
    TITLE_WORDS,
    WEEKDAYS,
)

_SEP = r"\s*[-–—]+\s+|\s+[-–—]+\s*"
_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z][\w-]*)+"  # PATADaily.id, KOMPAS.com, Liputan6.com
_PLACE = r"[A-Z][A-Za-z'’.]*(?:\s+[A-Z][A-Za-z'’.]*){0,3}"
_AGENCY = r"[A-Za-z][\w .&]{1,30}"
# An outlet written as words rather than a domain: "Kabar Timur", "Suara Celebes".
_OUTLET_WORDS = r"[A-Z][\w.&'’]*(?:\s+[A-Z0-9][\w.&'’]*){0,3}"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # PATADaily.id - Jakarta -   /   Outlet.id – Bandung –
    re.compile(rf"^(?P<outlet>{_DOMAIN})(?:{_SEP})(?P<place>{_PLACE})(?:{_SEP})"),
    # JAKARTA, KOMPAS.com -
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_DOMAIN})(?:{_SEP})"),
    # Liputan6.com, Jakarta -
    re.compile(rf"^(?P<outlet>{_DOMAIN}),\s*(?P<place>{_PLACE})(?:{_SEP})"),
    # Jakarta (ANTARA) -
    re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<outlet>{_AGENCY})\)\s*(?:[-–—]+\s*|:\s*)"),
    # JAKARTA -   (a place in capitals on its own)
    re.compile(rf"^(?P<place>[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{0,2}})(?:{_SEP})"),
)
# Forms that ordinary capitalised words could also take, accepted only when the words are not
# an organisation, a title or a weekday ("Kementerian Pariwisata - …" is no dateline).
_LOOSE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Surabaya, Kabar Timur -   (an outlet name of capitalised words)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_OUTLET_WORDS})(?:{_SEP})"),
    # Jepara -   (a place on its own in mixed case)
    re.compile(rf"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})(?:{_SEP})"),
)
_NOT_PLACE_WORDS = (ORG_WORDS - PLACES) | TITLE_WORDS | FUNCTION_WORDS
_NOT_OUTLET_WORDS = ORG_HEADS | TITLE_WORDS | FUNCTION_WORDS  # "Harian", "Pos" may name an outlet


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


def parse_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """(outlet, place, the paragraph without its dateline); (None, None, paragraph) when there is none."""
    for pattern in (*_PATTERNS, *_LOOSE_PATTERNS):
        match = pattern.match(paragraph)
        if not match:
            continue
        groups = match.groupdict()
        place = groups.get("place")
        if place is not None and not _looks_like_place(place):
            continue
        outlet = groups.get("outlet")
        if pattern in _LOOSE_PATTERNS and not (
            _plain_words(place, _NOT_PLACE_WORDS) and _plain_words(outlet, _NOT_OUTLET_WORDS)
        ):
            continue
        rest = paragraph[match.end() :].lstrip()
        if not rest:
            continue
        return (outlet.strip() if outlet else None, normalise_place(place) if place else None, rest)
    return None, None, paragraph
