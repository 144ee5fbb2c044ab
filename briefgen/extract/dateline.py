"""Reads the outlet and place from a news dateline such as ``BOGOR, KABARKITA.com -``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.dateline_byline import byline_outlet, reporter_credit
from briefgen.extract.dateline_forms import (
    ALONE_WITH_AGENCY,
    KNOWN_PLACE_PATTERNS,
    LOOSE_PATTERNS,
    OUTLET_MARKERS,
    PATTERNS,
    PHOTO_CREDIT,
    TLD,
    in_photo_credit,
    outlet_name,
)
from briefgen.extract.dateline_parts import (
    NOT_OUTLET_WORDS,
    NOT_PLACE_WORDS,
    is_regional_short_name,
    plain_words,
    region_word,
    segmented_dateline,
)
from briefgen.extract.lexicon import (
    CITIES,
    FUNCTION_WORDS,
    MONTH_RE,
    ORG_HEADS,
    PLACES,
    TITLE_WORDS,
    WEEKDAY_RE,
    WEEKDAYS,
    is_known_place,
    words,
)
from briefgen.extract.patterns import compiled

# Where a dateline may start inside a line of page furniture: after a list bullet, after a time
# stamp ("… 09:05 WIB Bogor, Suara Lembah --") or after a reporter's credit ("Peliput : Dimas
# Prakoso BOGOR –").
_GLUED_AFTER = re.compile(
    r"^[•·▪◦‣∙]\s*(?=[A-Z])"  # a list item of the page's markup: "• KABAR.CO, Bogor - …"
    r"|\b\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT|pm|am|PM|AM))?\s+(?=[A-Z])"
    # a search index's date marker, of a day or a month, a stray mark after it: "date 2021-11-12
    # Jakarta: …", "date 2021-11 BOGOR, Kabarkita.com –", "date 2021-11-12 ?Jakarta: …"
    r"|^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+\??(?=[A-Z])"
    r"|^(?:Peliput|Reporter|Penulis|Pewarta|Oleh|By)\s*:?\s*(?:[A-Z][\w.'’]*\s+){1,4}?(?=[A-Z]{3,}\b)"
    # a caption's photo credit: "… meninjau pasar.(Foto Rin) Kabarkita.id,- SLEMAN, …"
    r"|\((?:Foto|FOTO|Photo|PHOTO|Dok|DOK)\b[^()]{0,40}\)\s*(?=[A-Z])"
)
_GLUED_WITHIN_WORDS = 30
# After a byline's outlet comes its time stamp: "Kabar7.com - 09/03/2021, 09:05 WIB".
# A lead may open with a number ("TEMPO.CO, BOGOR - 421 warga …"): only a date or a time is a stamp.
_BYLINE_STAMP = re.compile(rf"\d{{1,4}}\s*[/.:-]\s*\d|\d{{1,2}}\s+(?i:{MONTH_RE})\b|{WEEKDAY_RE},?\s+\d")
# Advertising labels that open a line of page furniture ("Iklan - Scroll untuk Melanjutkan").
_AD_WORDS = frozenset({"Iklan", "IKLAN", "Advertisement", "ADVERTISEMENT", "Ads", "Sponsored"})
# "FILE - A boy is given polio vaccine …": a wire service's label of a file photo's caption.
_CAPTION_LABELS = frozenset({"FILE", "FOTO", "PHOTO"})
_TIME_ZONES = frozenset({"WIB", "WITA", "WIT", "GMT", "UTC"})  # "… 10:00 WIB -" ends a time stamp
# How far into the page a dateline is looked for: headline, teaser, byline and a caption or two.
_DATELINE_WITHIN = 12  # an app banner ("Unduh aplikasi …") may add a handful of lines above it
_WEAK_LOOKAHEAD = 3
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
    if place is not None and (place in _TIME_ZONES or place in _CAPTION_LABELS):
        return False  # "… 10:00 WIB -": the end of a time stamp; "FILE -": a caption's label
    if place is not None and TLD.search(place):
        return False  # "KABARDESA.COM, BOGOR -": the site comes first, see the patterns above
    if place is not None and (not _looks_like_place(place) or not plain_words(place, frozenset())):
        return False  # "Selasa, 9 Maret 2021 - Dibaca 120 kali" is a date bar, not a dateline
    if pattern in KNOWN_PLACE_PATTERNS and not is_known_place(place or ""):
        return False
    if _reporter_credit(pattern, place):
        return False  # "Rina Wulan (The Daily)": a byline, see _place_under_credit
    if pattern in LOOSE_PATTERNS and outlet is None and place is not None and is_known_place(place):
        return True  # "Sungai Penuh -": a city whose name holds a word of organisations
    return pattern not in LOOSE_PATTERNS or (
        plain_words(place, NOT_PLACE_WORDS) and plain_words(outlet, NOT_OUTLET_WORDS)
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
    word a place word and the whole no city briefgen knows; not an outlet's name. In capitals
    too ("BANDUNG, JAWA BARAT -")."""
    return (
        name is not None
        and all(w in PLACES or w.title() in PLACES for w in name.split())
        and not is_known_place(name)
    )


def _not_a_dateline_word(word: str) -> bool:
    """A weekday, a title, an organisation's head word or an advertising label: no place or outlet."""
    return (
        word.lower() in WEEKDAYS
        or word in TITLE_WORDS
        or word in ORG_HEADS
        or word in _AD_WORDS
        or word in _CAPTION_LABELS
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
    if pattern is not LOOSE_PATTERNS[0] or not first or not second or " " not in first:
        return False
    return first.split()[-1].upper() in OUTLET_MARKERS and is_known_place(second)


def _reporter_credit(pattern: re.Pattern[str], place: str | None) -> bool:
    """Whether a line ``Name (Outlet)`` on its own is a reporter's credit ("Rina Wulan (The
    Daily)"): a name in mixed case of two or more words, none a place word, no known place."""
    return (
        pattern is ALONE_WITH_AGENCY
        and place is not None
        and not place.isupper()
        and len(place.split()) >= 2
        and not is_known_place(place)
        and not any(w in PLACES for w in place.split())
    )


def _read_names(
    pattern: re.Pattern[str], groups: dict[str, str | None]
) -> tuple[str | None, str | None, str | None] | None:
    """(outlet, place, word) of a dateline ``pattern`` matched; None when it is no dateline."""
    place, outlet, word = _without_prefix(groups.get("place")), groups.get("outlet"), groups.get("word")
    region = groups.get("region")
    # "Denpasar, Bali (ANTARA) -": before an agency in brackets, a province or island is the
    # region even when a regency bears its name ("Bali").
    if "region" in groups and not (region and all(map(region_word, region.split()))):
        return None
    if _lead_word(outlet):
        return None  # "BOGOR, kemarin –" is no outlet
    if pattern in LOOSE_PATTERNS and _is_region(outlet):
        outlet = None
    if _site_then_city(pattern, place, outlet):
        return place, outlet, None  # "Kabar Media, Cibinong –": the site's name, then its city
    if not _names_fit(pattern, place, outlet):
        return None
    if place is not None and outlet is None and outlet_name(place):
        place, outlet = None, place  # "KABAR ONLINE -", "KABARTIMES -": an outlet's name, not a place
    if pattern in LOOSE_PATTERNS and outlet is None and place and " " not in place:
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


def _place_after_outlet(rest: str) -> tuple[str, str, str | None] | None:
    """(place, rest, prefix) when the text after an outlet alone opens with its city:
    ``(kabarkita.com)- BOGOR- …``, ``Kabarkita.com - KOTA BOGOR | …`` (the city in capitals, or a
    known one; its "Kota"/"Kabupaten" apart, as in a dateline of its own)."""
    inner = _match_dateline(rest, tagged=False)
    if inner is None or inner.outlet is not None or not inner.rest:
        return None
    written = inner.word or inner.written
    if written is None or not (written.isupper() or is_known_place(written)):
        return None
    return written, inner.rest, inner.prefix


# What a detik-style byline names after its dash: the outlet's one word alone ("detikJateng").
_DETIK_OUTLET_ALONE = re.compile(r"[a-z]+[A-Z][A-Za-z]*\s*$")
_AGENCY_AFTER = re.compile(r"\(\s*(?P<outlet>[A-Z][\w .&]{1,30}?)\s*\)\s*[-–—‒―−]+\s*(?=[A-Z“\"])")


def _match_dateline(paragraph: str, *, alone: bool = False, tagged: bool = True) -> Dateline | None:
    """The dateline that opens ``paragraph``; ``alone`` accepts one with no text after it.

    A topic tag in capitals may come before it (``WABAH - BOGOR. …``, ``PANEN RAYA - BOGOR,
    Kabarkita.com - …``): a tag followed by a dateline is dropped (``tagged`` looks for one).
    """
    patterns = (
        (*PATTERNS, *KNOWN_PLACE_PATTERNS)
        if not tagged
        else (*PATTERNS, *KNOWN_PLACE_PATTERNS, *LOOSE_PATTERNS)
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
        if pattern in LOOSE_PATTERNS and _DETIK_OUTLET_ALONE.match(rest):
            continue  # "Rina Wulan, Budi Santoso - detikNews": two reporters' byline, see byline_outlet
        if not rest and not alone:
            continue
        inner = _after_tag(rest, word) if tagged and outlet is None else None
        if inner is not None:
            if inner.place is None and place is not None:
                # "BOGOR, Selasa (3/3/2025) - Kabarkita.com -": the place and date, then the site.
                inner.place, inner.written, inner.date = normalise_place(place), place, groups.get("date")
            return inner
        after = _place_after_outlet(rest) if outlet is not None and place is None and word is None else None
        prefix = _prefix_of(groups.get("place"), place, word)
        if after is not None:
            place, rest, prefix = after
        date, published = groups.get("date"), groups.get("published")
        agency = _AGENCY_AFTER.match(rest) if outlet is None and place is not None else None
        if agency is not None:
            # "JAKARTA, May 29, 2015 - (Kabar Wire) -": the wire's name after the place and date,
            # which is then the day the story was filed, as in "Bogor, 12 Maret 2021 (KABAR) –".
            outlet, rest = agency.group("outlet"), rest[agency.end() :]
            date, published = None, published or date
        return Dateline(
            outlet.strip() if outlet else None,
            normalise_place(place) if place else None,
            rest,
            date,
            published,
            word,
            written=place,
            prefix=prefix,
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
    # Not as a web address ("Kabarkita.com") nor as a credit ("KABARKITA / Rina Wulan"): an outlet's.
    every = compiled(
        rf"(?<![\w.]){re.escape(word)}(?![\w-])(?!\.[a-z])(?!\s*/\s*[A-Z])", re.IGNORECASE
    ).finditer(text)
    mentions = [m for m in every if not in_photo_credit(text, m.start(), m.end())]
    # "MOMENTUM, Kotabumi --" above and "MOMENTUM, Metro --" in the page's related stories: a word
    # opening several datelines is the outlet's own name, its places change from one to the next.
    opening = [
        m for m in mentions if (m.start() == 0 or text[m.start() - 1] == "\n") and _OPENS.match(text, m.end())
    ]
    return len(mentions) > 1 and len(opening) < 2


_OPENS = re.compile(r",\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*[-–—]")


# A dateline broken over two lines by the scraper: "Kabardesa.id" on one, "- Menteri …" on the next.
_SPLIT_DASH = re.compile(r"[-–—‒―−]+\s+\S")
_SPLIT_WORDS = 4


def _split_dateline(above: str, paragraph: str) -> Dateline | None:
    """The dateline whose first half (outlet or place) is the short line ``above`` ``paragraph``."""
    if not above.strip() or len(above.split()) > _SPLIT_WORDS:
        return None
    found = _match_dateline(f"{above.strip()} {paragraph}")
    if found is not None and found.rest.split()[:1] and found.rest.split()[0] in _AD_WORDS:
        return None  # "Latest" above "- Advertisement -": page furniture, no dateline
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
    credit = reporter_credit(paragraph, alone=alone)
    if credit is not None:  # "Rina Wulan, Jakarta – The …": an English paper's reporter, the city
        outlet, written, rest = credit
        return Dateline(outlet, normalise_place(written), rest, written=written)
    found = _match_dateline(paragraph, alone=alone) or _glued_dateline(paragraph)
    if found is None and index and _SPLIT_DASH.match(paragraph):
        found = _split_dateline(paragraphs[index - 1], paragraph)
    if found is not None:
        return found
    parts = segmented_dateline(paragraph)
    if parts is None:
        return None
    outlet, written, rest = parts
    return Dateline(outlet, normalise_place(written), rest, written=written)


def _names_swapped(found: Dateline, text: str) -> bool:
    """Whether a dateline read as ``Place, Outlet -`` is ``Outlet, Place -`` ("KABAR MEDIA,
    Bogor -", "Suara Lembah, Cibinong –"): the first name is no place (unknown, not named again)
    and the second, no web address, is a known place, or an unknown one the story names again
    after an outlet in capitals ("SUARA RIMBA, Tanjung Kelor -")."""
    second, first = found.outlet, found.written
    if second is None or first is None or TLD.search(second):
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
    elif outlet and found.written and not TLD.search(outlet) and is_known_place(outlet):
        outlet = None  # "Denpasar, Bali -": the city and its island or province, no outlet
    if found.tag is not None and outlet is None and not _word_is_place(found.tag, text):
        outlet = found.tag  # "KABARKITA - BOGOR -": a word the story never names again
    elif found.tag is not None and place is None and is_known_place(found.tag):
        place = normalise_place(found.tag)  # "BOGOR - Kabarkita.com -": the city, then the site
    if outlet is None and found.tag is None:
        outlet, place = _outlet_before_place(place, text)
    outlet, place = _capitals_outlet(found, outlet, place, text)  # "KABAR RAKYAT –"
    if found.word is not None:
        outlet, place = _lone_word(found.word, outlet, place, text)
    if outlet is not None and is_regional_short_name(outlet):
        outlet = None  # "KUKAR, TENGGARONG -": the regency's short name, then its seat
    return outlet or byline_outlet(found.start, paragraphs, index), place


def _capitals_outlet(
    found: Dateline, outlet: str | None, place: str | None, text: str
) -> tuple[str | None, str | None]:
    """(outlet, place) once a dateline of two or three words in capitals ("KABAR RAKYAT –") is
    told apart: the outlet's name when it is no place briefgen knows, has no place words and
    the story never names it again."""
    written = found.written
    if (
        outlet is None
        and written is not None
        and place is not None
        and written.isupper()
        and " " in written
        and found.outlet is None
        and found.prefix is None
        and not is_known_place(place)
        and not any(w in PLACES for w in place.split())
        and not _word_is_place(place, text)
    ):
        return written, None
    return outlet, place


def _lone_word(word: str, outlet: str | None, place: str | None, text: str) -> tuple[str | None, str | None]:
    """(outlet, place) once a lone capitalised word of the dateline is told apart: a place when
    the story names it again or it is a regency's short name ("KOTIM –"), else the outlet."""
    if not outlet_name(word) and (_word_is_place(word, text) or is_regional_short_name(word)):
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
        and head not in NOT_OUTLET_WORDS
        and head.capitalize() not in _PLACE_PREFIXES
        and head not in _PLACE_HEADS
        and not _word_is_place(head, text)
        and not _word_is_place(place, text)
    ):
        return head, rest
    return None, place


def find_dateline(paragraphs: Sequence[str]) -> FoundDateline | None:
    """The dateline among the first paragraphs: the page's headline, teaser, byline and captions
    may come before it. A detik-style byline right above it (``Name - kabarJabar``) names the
    outlet; one capitalised word (``KABARKITA –``) is a place or an outlet by :func:`_word_is_place`.
    The place is given as the dateline writes it: ``KABUPATEN SLEMAN -`` → ``Kabupaten Sleman``."""
    found = _find_dateline(paragraphs)
    if found is not None and found.prefix is not None and found.place is not None:
        found.place = f"{found.prefix} {found.place}"
    return found


_CREDIT_TAIL = 120


def _names_known(dateline: FoundDateline) -> bool:
    """Whether the dateline names an outlet or a place briefgen knows."""
    return bool(dateline.outlet) or (dateline.place is not None and is_known_place(dateline.place))


def _place_under_credit(paragraphs: Sequence[str], index: int) -> FoundDateline | None:
    """The dateline of a page that stacks the reporter's credit, the city and the date on lines
    of their own ("Rina Wulan (The Daily)", "Jakarta", "Wed, May 7, 2025"): the city alone on
    the line under the credit, a known place (its province may follow), is the dateline's; the
    agency in brackets is the reporter's employer, no dateline outlet; it may stand alone ("(Pesona)")."""
    line = paragraphs[index].strip()
    credit = ALONE_WITH_AGENCY.match(line + " ")
    name = credit["place"] if credit is not None else None if _BRACKETED_CREDIT.fullmatch(line) else ""
    # "BOGOR (Kabarkita.com)" is a dateline, "Sutrisno (The Daily)" a credit
    if index + 2 >= len(paragraphs) or name == "" or (name and (is_known_place(name) or name.isupper())):
        return None
    below, _, region = paragraphs[index + 1].strip().partition(",")  # "Semarang, Central Java"
    if not is_known_place(below) or len(region.split()) > _SPLIT_WORDS:
        return None
    return FoundDateline(index + 1, index + 2, None, normalise_place(below), "")


_BRACKETED_CREDIT = re.compile(r"\([A-Z][\w .&'’-]{1,40}\)")
# What follows a site's name in its page header: a motto of a few capitalised words, no sentence.
_TAGLINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}")


def _find_dateline(paragraphs: Sequence[str]) -> FoundDateline | None:
    text = "\n".join(paragraphs)
    weak: FoundDateline | None = None
    for index, paragraph in enumerate(paragraphs[:_DATELINE_WITHIN]):
        if not paragraph.strip() or PHOTO_CREDIT.search(paragraph[-_CREDIT_TAIL:]):
            continue
        if weak is not None and index > weak.index + _WEAK_LOOKAHEAD:
            break
        stacked = _place_under_credit(paragraphs, index)
        if stacked is not None:
            return stacked
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
        if place is not None and not _names_known(dateline) and weak is None:
            if _TAGLINE.fullmatch(found.rest):
                continue  # "Harian Timur - Suara Rakyat": the site's name and motto, a page header
            weak = dateline
            continue
        if weak is not None and not _names_known(dateline):
            continue
        return dateline
    return weak
