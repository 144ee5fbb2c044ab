"""The forms a news dateline takes (``BOGOR, KABARKITA.com -``, ``Jakarta (ANTARA) -``), as
patterns :mod:`briefgen.extract.dateline` tries in order: a table of data."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import MONTH_RE, WEEKDAY_RE, words

# A dash with a space on one side ("Jakarta -Menteri"), or a double or long dash with none
# ("KABARDESA.CO, BOGOR--Menteri", "Jakarta—Menteri"), or a comma and a dash ("KABAR.com,- Menteri");
# a hyphen or an en dash alone joins words or a range ("Jakarta–Bandung"). An underscore between
# spaces stands for the dash ("Sleman, KabarKita.com _ Bupati …"), and so does a square between
# spaces ("SURABAYA (HARIANKU) ■ Wali Kota …").
_SEP = r"\s*[-–—‒―−]+\s+|\s+[-–—‒―−]+\s*|(?:--+|—+)|,\s*[-–—‒―−]+\s*|\s+_+\s+|\s+[■▪]\s+"
# A run of dashes after a bracketed outlet or date, or the square some sites print for it.
_DASH_RUN = "[-–—‒―−■▪]+"
_COMPASS = "Selatan|Utara|Barat|Timur|Pusat|Tengah"
DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z][\w-]*)+"  # KabarKita.id, WARTAKITA.com, Kabar7.com
_PLACE = r"[A-Z][A-Za-z'’.]*(?:\s+[A-Z][A-Za-z'’.]*){0,3}"
# A domain whose ending, in lower case, runs straight into a capitalised word: "Kabar7.comBogor".
_GLUED_DOMAIN = r"[A-Za-z0-9][\w-]*?(?:\.[a-z]{2,4})+(?=[A-Z][a-z])"
_AGENCY = r"[A-Za-z][\w .&]{1,30}"
# A site name with a word before its domain: "SUARA KITA.COM", "Kabar Desa.id".
_SITE = rf"(?:[A-Z][\w-]*\s+){{1,2}}{DOMAIN}"
# A web domain's ending: a "place" holding one is the outlet ("KABARDESA.COM, BOGOR" read backwards).
TLD = re.compile(r"\.(?:com|co|id|net|org|info|news|tv|my|sg)\b", re.IGNORECASE)
# Words that make a name in capitals an outlet's rather than a place's ("KABAR ONLINE -").
OUTLET_MARKERS = frozenset(
    {"ONLINE", "NEWS", "POS", "POST", "TV", "TIMES", "EKSPRES", "EXPRESS", "DAILY", "MEDIA", "PRESS", "INFO"}
)
# A compass point as an initial before a province, as ANTARA's English service writes it:
# "Semarang, C Jawa (ANTARA) -", "Makassar, S Sulawesi (ANTARA) -".
COMPASS_INITIALS = frozenset({"N", "S", "E", "W", "C", "N.", "S.", "E.", "W.", "C."})
# The English names of the archipelago's islands and regions, and the compass words before them,
# as English datelines write the province: "Karawang, W Java (ANTARA) -", "Bandung, West Java".
ENGLISH_REGION_WORDS = words("Java Sumatra Borneo Celebes Moluccas Islands North South East West Central")
# A date of the Hijri (or another) calendar before the Gregorian one in a dateline: "28 Syawal
# 1442/", "3 Rabiul Awal 1445 H /".
_OTHER_CALENDAR = r"\d{1,2}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+\d{3,4}\s*(?:H\.?\s*)?/\s*"
# An outlet written as words rather than a domain: "Kabar Timur", "Suara Celebes".
# "Suara Lembah", "Radio Merdu 92,6 FM" (a radio's frequency has a decimal comma)
_OUTLET_WORDS = r"[A-Z][\w.&'’]*(?:\s+[A-Z0-9][\w.&'’]*(?:(?<=\d),\d+)?){0,3}"

# "Selasa (3/3/2025)", "Selasa, (3/3)": a release's weekday and date.
_PAREN_DATE = rf"{WEEKDAY_RE}\s*,?\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)"

# BOGOR (Kabarkita.com) on a line of its own; "Rina Wulan (The Daily)" there is a byline.
ALONE_WITH_AGENCY = re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<outlet>{_AGENCY})\)\s+$")

PATTERNS: tuple[re.Pattern[str], ...] = (
    # KabarKita.id - Bogor -   /   Outlet.id – Bandung –
    re.compile(rf"^(?P<outlet>{DOMAIN})(?:{_SEP})(?P<place>{_PLACE})(?:{_SEP})"),
    # BOGOR, WARTAKITA.com -   BOGOR, WARTAKITA.com:   Bogor (Jabar), WARTAKITA.com -   (its province
    # in brackets)
    re.compile(
        rf"^(?P<place>{_PLACE})(?:\s*\([A-Z][\w ]{{1,20}}\))?,\s*(?P<outlet>{DOMAIN})(?:{_SEP}|\s*:\s+)"
    ),
    # BOGOR, Kabarkita.id | Bupati …   Kabarkita.id, Bogor | Bupati …   (a bar after the site or city)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{DOMAIN})\s*\|\s*(?=\S)"),
    re.compile(rf"^(?P<outlet>{DOMAIN}),\s*(?P<place>{_PLACE})\s*\|\s*(?=\S)"),
    # Bogor,KABARKITA.ID-Bupati …   Bogor, Kabarkita.id. Bupati …   (no space before the lead, or a
    # full stop for the dash)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{DOMAIN})(?:[-–—‒―−]+|\.\s+)(?=[A-Z])"),
    # BOGOR, kabarkita –   BOGOR, iKabarJabar –   (a site that writes its name in lower case, or
    # opens it with a lower-case prefix, no domain)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<outlet>[a-z][a-z0-9]{{3,}}(?:[A-Z][A-Za-z0-9]*)?"
        rf"|[a-z]{{1,3}}[A-Z][a-z]+[A-Za-z0-9]*)(?:{_SEP})"
    ),
    # Bogor, KABAR_Menteri …   (an underscore for the dash, the lead's first word glued to it)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>[A-Z][A-Za-z0-9.]*)_(?=[A-Z])"),
    # BOGOR – Kabarkita.com   (the city, then the site, on a line of their own: the lead below)
    re.compile(rf"^(?P<place>{_PLACE})(?:{_SEP})(?P<outlet>{DOMAIN})\s+$"),
    # Kabar7.com, Bogor -   Kabar7.com, Bogor:
    re.compile(rf"^(?P<outlet>{DOMAIN}),\s*(?P<place>{_PLACE})(?:{_SEP}|\s*:\s+)"),
    # Kabar7.com, Bogor–Menteri …   (after a site, a dash run into the lead still ends the dateline)
    re.compile(rf"^(?P<outlet>{DOMAIN}),\s*(?P<place>{_PLACE})[-–—‒―−]+(?=[A-Z])"),
    # Kabar7.id,- BOGOR, Menteri …   (the city in capitals closed by a comma)
    re.compile(rf"^(?P<outlet>{DOMAIN})(?:{_SEP})(?P<place>[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{0,2}}),\s+"),
    # KABAR7.ID: BOGOR –   (a colon after the site)
    re.compile(rf"^(?P<outlet>{DOMAIN})\s*:\s*(?P<place>{_PLACE})(?:{_SEP})"),
    # Kabar7.comBogor, Menteri …   (the site's domain run into its city: a capital after the ending)
    re.compile(rf"^(?P<outlet>{_GLUED_DOMAIN})(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+"),
    # KABARKITA.COM. Bogor -   (a full stop after the site)
    re.compile(rf"^(?P<outlet>{DOMAIN})\.\s+(?P<place>{_PLACE})(?:{_SEP})"),
    # BOGOR/KABARKITA.CO.ID –   Kabarkita.com/Bogor –   (the place and the site joined by a slash)
    re.compile(rf"^(?P<place>{_PLACE})\s*/\s*(?P<outlet>{DOMAIN})(?:{_SEP})"),
    re.compile(rf"^(?P<outlet>{DOMAIN})\s*/\s*(?P<place>{_PLACE})(?:{_SEP})"),
    # Kabarkita.com | Bogor -
    re.compile(rf"^(?P<outlet>{DOMAIN})\s*\|\s*(?P<place>{_PLACE})(?:{_SEP})"),
    # Kabarkita.com|Bogor|Bupati …   (bars on both sides of the city, as a site's template writes it)
    re.compile(rf"^(?P<outlet>{DOMAIN})\s*\|\s*(?P<place>{_PLACE})\s*\|\s*(?=\S)"),
    # Kabardesa.ID (Bogor)-   (the site first, its city in brackets)
    re.compile(rf"^(?P<outlet>{DOMAIN})\s*\((?P<place>{_PLACE})\)\s*(?:{_DASH_RUN}\s*|:\s*)"),
    # SUARA KITA.COM, BOGOR -   (a site name of words and a domain, then the city)
    re.compile(rf"^(?P<outlet>{_SITE}),\s*(?P<place>{_PLACE})(?:{_SEP})"),
    # Jakarta (ANTARA) -   Jakarta, (ANTARA) -   JAKARTA,( Kabar Kita.com)-   (a space inside the brackets)
    re.compile(rf"^(?P<place>{_PLACE})\s*,?\s*\(\s?(?P<outlet>{_AGENCY})\)\s*(?:{_DASH_RUN}\s*|:\s*)"),
    # JAKARTA, Indonesia (AP) —   Sampit, Kalteng (ANTARA) -   (the city, its country or province,
    # up to three words: "Kupang, Nusa Tenggara Timur (ANTARA) -")
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})\s*"
        rf"\((?P<outlet>{_AGENCY})\)\s*{_DASH_RUN}\s*"
    ),
    # Jakarta, Selasa (3/3/2025) -   (a release's place and date)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<date>{WEEKDAY_RE}\s*,?\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))"
        r"\s*[-–—‒―−]+\s*"
    ),
    # Kabarkita.com, Bogor, Selasa (3/3/2025) -   Bogor, Kabarkita.com, Selasa (3/3/2025) -
    re.compile(rf"^(?P<outlet>{DOMAIN}),\s*(?P<place>{_PLACE}),\s*(?P<date>{_PAREN_DATE})\s*[-–—‒―−]+\s*"),
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{DOMAIN}),\s*(?P<date>{_PAREN_DATE})\s*[-–—‒―−]+\s*"),
    # (KABARKITA) –   (kabarkita.com) -   (the outlet alone, in brackets)
    re.compile(rf"^\((?P<outlet>[A-Z][A-Z0-9&-]{{2,}}(?:\s+[A-Z0-9&-]+)?|{DOMAIN})\)\s*{_DASH_RUN}\s*"),
    # BOGOR (4/3) -   Bogor, (4/3/2025) –   (a regional paper's dateline with the day in brackets)
    re.compile(
        rf"^(?P<place>{_PLACE})\s*,?\s*(?P<date>\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))\s*[-–—‒―−]+\s*"
    ),
    # BOGOR (12 Maret 2021) -   (a release's dateline with the date in brackets)
    re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<date>[^()]{{0,30}}\d{{4}})\)\s*{_DASH_RUN}\s*"),
    # Bogor, 12 Maret 2021 (KABAR) –   Bogor, 28 Syawal 1442/9 Juni 2021 (KABAR) –   (an agency's
    # dateline with the day it was filed, after a date of another calendar: the publication date)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?:{_OTHER_CALENDAR})?(?P<published>\d{{1,2}}\s+(?i:{MONTH_RE})\.?\s+\d{{4}})"
        rf"\s*\((?P<outlet>{_AGENCY})\)\s*{_DASH_RUN}\s*"
    ),
    # Bogor, Mar 12, 2021 (Antara) -   (ANTARA English's older style, the date before the agency)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<date>(?i:{MONTH_RE})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
        rf"\s*\((?P<outlet>{_AGENCY})\)\s*{_DASH_RUN}\s*"
    ),
    # Bogor, 12 Maret 2021 –   Bogor, 12 March 2021:   Bogor, Selasa, 9 Maret 2021 –
    # Bogor, March 12, 2021 –   (a place and the date, no outlet)
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<date>(?:{WEEKDAY_RE}\s*,?\s+)?(?:\d{{1,2}}\s+(?i:{MONTH_RE})\.?"
        rf"|(?i:{MONTH_RE})\.?\s+\d{{1,2}},)\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
        r"(?:,?\s+(?:pukul\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?)?\s*(?:[-–—‒―−]+|:)\s*"
    ),
    # BOGOR (Kabarkita.com)   Bogor, KABARKITA.ID   (on a line of its own, the lead below it)
    ALONE_WITH_AGENCY,
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{DOMAIN})\s+$"),
    # KABAR KALIMANTAN1, Palangka Raya -   (an outlet in capitals whose name ends in a number:
    # no place has a digit, so the city follows)
    re.compile(rf"^(?P<outlet>(?:[A-Z]{{2,}}\s+){{0,3}}[A-Z]+\d+),\s*(?P<place>{_PLACE})(?:{_SEP})"),
    # BOGOR | Kabarkita.com -
    re.compile(rf"^(?P<place>{_PLACE})\s*\|\s*(?P<outlet>{DOMAIN}|{_OUTLET_WORDS})(?:{_SEP}|\s*\|\s+)"),
    # Bogor, KabarNews. Bupati …   (a site's name of one word with a capital inside, a full stop)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>[A-Z][a-z]{{2,}}(?:[A-Z][a-z0-9]+)+)\.\s+(?=[A-Z])"),
    # KabarNews -   SuaraRakyat –   (one word with a capital inside: a site's name, never a place's)
    re.compile(r"^(?P<outlet>[A-Z][a-z]{2,}(?:[A-Z][a-z0-9]+)+)(?:\s*[-–—‒―−]+\s+|\s+[-–—‒―−]+\s*)"),
    # KABARKITA —   WARTAKITA –   (one word in capitals: an outlet or a place, see find_dateline)
    re.compile(r"^(?P<word>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)(?:\s*[-–—‒―−]+\s+|\s+[-–—‒―−]+\s*)"),
    # JAKARTA -   (a place in capitals on its own)
    re.compile(rf"^(?P<place>(?:KAB\.\s*)?[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{0,2}})(?:{_SEP})"),
    # KABAR-DESA.COM -   Kabar7.co –   WARTAKITA.COM |   Kabar7.com :   (an outlet alone, no place)
    re.compile(rf"^(?P<outlet>{DOMAIN})(?:\s*\|\s+|{_SEP}|\s+:\s+)"),
    # Cibinong-Selasa (9/3/2021)   (the place run into the weekday of the date)
    re.compile(rf"^(?P<place>{_PLACE})\s*[-–—‒―−]\s*(?={WEEKDAY_RE}\b)"),
)
# "Jakarta: …", "Jakarta | …", "Jakarta. …" (as TV and English sites write it): only a known city makes
# these a dateline.
KNOWN_PLACE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # PALANGKA RAYA-Gubernur …   (a city in capitals, a hyphen run into the lead on both sides)
    re.compile(r"^(?P<place>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})-(?=[A-Z][a-z])"),
    # The Jakarta Daily, Bogor   (an English paper's name and its city on a line of their own)
    re.compile(rf"^(?P<outlet>The\s+(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*),\s*(?P<place>{_PLACE})\s+$"),
    re.compile(rf"^(?P<place>{_PLACE})\s*:\s+"),
    # KBRN, Bogor: Bupati …   (a broadcaster's name in capitals, its city and a colon, as RRI writes it)
    re.compile(rf"^(?P<outlet>[A-Z]{{3,6}}),\s*(?P<place>{_PLACE})\s*:\s+"),
    re.compile(rf"^(?P<place>{_PLACE})\s*\|\s+"),
    re.compile(rf"^(?P<place>{_PLACE})\.\s+(?=[A-Z])"),
    # Surabaya, East Java. The police …   (an English paper's city and its province, a full stop)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})\.\s+(?=[A-Z])"),
    # Bogor, Kabarkita-Bupati …   (the outlet's name run into the lead by a hyphen)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>[A-Z][a-z]{{3,}})-(?=[A-Z][a-z])"),
    # JAKARTA The ministry …   BOGOR Dinas …   (a city in capitals, the dash lost in copying)
    re.compile(r"^(?P<place>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})\s+(?=[A-Z][a-z]+\s)"),
    # Kabarkita, BogorBupati …   Kabar7.com, BogorBupati …   (the dash and its spaces lost in
    # copying: the known city runs into the lead's first word)
    re.compile(
        rf"^(?P<outlet>{DOMAIN}|[A-Z][A-Za-z0-9]+),\s*(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[A-Z][a-z])"
    ),
    # Kabar7.com, Bogor Menteri …   (the dash lost in copying)
    re.compile(rf"^(?P<outlet>{DOMAIN}),\s*(?P<place>[A-Z][a-z]+(?:\s(?:{_COMPASS}))?)\s+(?=[A-Z])"),
)
# "Rina Wulan, Jakarta – The ministry said …", "Rina Wulan & Budi Santoso, Bogor –", "Rina Wulan,
# The Jakarta Daily, Jakarta" (a line of its own): an English paper's reporter credited before the
# city of the dateline (one or two names of two to four words, and the paper when it is named).
_PERSON = r"[A-Z][a-z]+(?: [A-Z][a-z]+\.?){1,3}"
REPORTER_CREDIT = re.compile(
    rf"^(?P<credit>{_PERSON}(?:\s+(?:&|and)\s+{_PERSON})?),\s*"
    rf"(?:(?P<outlet>The\s+(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*),\s*)?"
    rf"(?P<place>{_PLACE})(?:\s*[-–—‒―−]+\s*|\s*$)"
)
# Forms that ordinary capitalised words could also take, accepted only when the words are not
# an organisation, a title or a weekday ("Kementerian Pariwisata - …" is no dateline).
LOOSE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Bogor, Suara Lembah -   (an outlet name of capitalised words)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_OUTLET_WORDS})(?:{_SEP})"),
    # Bogor -   Kab. Bogor –   (a place on its own in mixed case, a regency's short word before it)
    re.compile(rf"^(?P<place>(?:Kab\.\s*)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})(?:{_SEP})"),
)


# "(KABARKITA/Istimewa)", "(KABARKITA/Rina Wulan)": an outlet's credit on its own photo names the
# outlet, not a place.
_CREDIT_AFTER = re.compile(r"\s*/\s*[A-Z][\w .'’-]{0,40}\)")


def in_photo_credit(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a photo credit in brackets, before its slash."""
    return (
        text[max(0, start - 3) : start].rstrip().endswith("(") and _CREDIT_AFTER.match(text, end) is not None
    )


# A photo caption closes on its credit in brackets ("… (ANTARA FOTO/Budi/ama)", "(Foto: Dok.
# Humas)"): a caption's "Dokumentasi - …" or "Arsip - …" is no dateline.
PHOTO_CREDIT = re.compile(
    r"\((?:ANTARA\s+FOTO|ANTARA\s+PHOTO|FOTO|Foto|Photo|PHOTO|Dok|DOK|Dokumentasi|Ist)\b[^()]{0,80}\)\.?\s*$"
)


def outlet_name(name: str) -> bool:
    """A name in capitals with an outlet's word ("KABAR ONLINE", "KABARTIMES"): an outlet's."""
    glued = " " not in name and any(name.endswith(m) and len(name) > len(m) + 2 for m in OUTLET_MARKERS)
    return name.isupper() and (glued or bool(OUTLET_MARKERS & set(name.split())))
