"""Facts fixed outside briefgen that several rooms need: CLDR locales, XML's characters, system fonts.

The bottom layer beside :mod:`briefgen.model`: stdlib only when imported (babel is loaded by
:func:`format_day` when it is first called), imports nothing of briefgen, so the readers, the
translation layer, composition, templates and the writers can all share one copy.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

BABEL_LOCALE: dict[str, str] = {"id": "id", "en": "en_GB"}
"""The babel (CLDR) locale of each brief language; ``en_GB`` puts the day before the month
(``Tuesday, 20 January 2026``), as Indonesian does."""


@functools.lru_cache(maxsize=4096)
def format_day(day: dt.date, pattern: str, lang: str) -> str:
    """babel's ``format_date`` of ``day`` in ``pattern`` for ``lang`` (``id``/``en``), cached: a
    brief writes the same few weeks of days thousands of times (bounded; the same text)."""
    from babel.dates import format_date

    return format_date(day, pattern, locale=BABEL_LOCALE[lang])


XML_ILLEGAL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
"""The characters XML 1.0 cannot carry at all, not even as character references (XML 1.0 §2.2
allows tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 on), as the body
of a regular-expression character class."""

XML_ILLEGAL = re.compile(f"[{XML_ILLEGAL_CHARS}]")
"""Matches one character XML 1.0 cannot carry; python-docx (lxml) and reportlab reject them."""

HANGUL_FONTS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
)
"""Where Debian's ``fonts-nanum`` installs its TrueType Hangul fonts, the only embeddable ones
found (the Noto CJK fonts are OpenType/CFF, which reportlab refuses)."""

DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
"""Debian's ``fonts-dejavu-core``: wide Latin, Greek and Cyrillic coverage."""
