"""The outlet a detik-style byline above a dateline names (``Rina Wulandari - detikJateng``), and an
English paper's reporter credited before the dateline's city (``Rina Wulandari, Jakarta –``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.dateline_forms import DOMAIN, OUTLET_MARKERS, REPORTER_CREDIT
from briefgen.extract.language import detect_language
from briefgen.extract.lexicon import ORG_WORDS, PLACES, is_known_place

# "Rina Wulandari - kabarJabar": a reporter's byline naming the outlet, right above the dateline.
# A name may run to six words ("Ni Made Ayu Sri Lestari Putri", "I Gusti Ngurah Agung …"); two or
# three reporters are listed with commas or "dan" ("Rina Wulan, Budi Santoso - kabarJabar").
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}"
_BYLINE_OUTLET = re.compile(
    rf"^{_NAME}(?:(?:,\s*|\s+(?:dan|&)\s+){_NAME}){{0,2}}\s*[-–—‒―−]\s+"
    rf"(?P<outlet>[a-z]+[A-Z][A-Za-z]*|{DOMAIN})(?![\w.])"
)
_BYLINE_ABOVE = 3  # lines above the dateline: the byline, its time stamp and a caption


# A photo's caption with its credit ("… meninjau pasar. Foto: Rina Wulan-detikJateng").
_CAPTION_CREDIT = re.compile(r"\b(?:Foto|FOTO|Photo|PHOTO)\s*:")


def _is_caption_line(line: str, below: str) -> bool:
    """A caption between a byline and the dateline: it names its photo's credit, or it is the
    caption printed again under it (a line the next one starts with)."""
    text = line.strip()
    return bool(text) and (_CAPTION_CREDIT.search(text) is not None or below.strip().startswith(text))


def byline_outlet(start: int, paragraphs: Sequence[str], index: int) -> str | None:
    """The outlet a detik-style byline names (``Name - kabarJabar``): it sits above the
    dateline (in paragraph ``index``, from ``start`` when furniture precedes it on its line),
    perhaps with its time stamp and a caption (printed once or twice) between."""
    above = [paragraphs[index][:start]] if start else []
    at = index - 1
    while at >= 0 and len(above) < _BYLINE_ABOVE + (1 if start else 0):
        below = paragraphs[at + 1] if at + 1 < index else ""
        if not _is_caption_line(paragraphs[at], below):
            above.append(paragraphs[at])
        at -= 1
    bylines = (_BYLINE_OUTLET.match(line.strip()) for line in above)
    return next((b.group("outlet") for b in bylines if b), None)


def reporter_credit(paragraph: str, *, alone: bool) -> tuple[str | None, str, str] | None:
    """(outlet, city as written, rest) of a dateline after an English paper's reporter credit
    ("Rina Wulan, Jakarta – The …"): the reporter is no outlet, the paper is when the credit
    names it ("Rina Wulan, The Jakarta Daily, Jakarta" on a line of its own, ``alone``). Without
    the paper's name only English text after the dash tells a credit from an Indonesian site's
    name of words ("Suara Lembah, Bogor – Bupati …")."""
    credit = REPORTER_CREDIT.match(paragraph)
    if credit is None or not is_known_place(credit["place"]):
        return None
    names = credit["credit"].replace("&", " ").split()
    if any(w in PLACES or w in ORG_WORDS or w.upper() in OUTLET_MARKERS for w in names):
        return None
    rest = paragraph[credit.end() :].strip()
    if not rest and not alone:
        return None
    if credit["outlet"] is None and (not rest or detect_language(rest) != "en"):
        return None
    return credit["outlet"], credit["place"], rest
