"""The shared low-level facts: XML 1.0's character range and the babel locales."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from briefgen.standards import BABEL_LOCALE, XML_ILLEGAL, format_day


def xml_allows(code: int) -> bool:
    """XML 1.0 §2.2, Char, written out from the specification."""
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def test_the_illegal_pattern_is_exactly_what_xml_1_0_forbids() -> None:
    codes = [*range(0x0, 0x10000), 0x10000, 0x1F600, 0x10FFFF]
    wrong = [hex(c) for c in codes if bool(XML_ILLEGAL.fullmatch(chr(c))) == xml_allows(c)]
    assert wrong == []


def test_text_without_the_illegal_characters_parses_as_xml() -> None:
    text = "".join(chr(c) for c in range(0, 0x3000))
    element = ET.fromstring(f"<t>{XML_ILLEGAL.sub('', text).replace('&', '').replace('<', '')}</t>")
    assert element.text is not None and "\x00" not in element.text


def test_locales_put_the_day_before_the_month_in_both_languages() -> None:
    import datetime as dt

    from babel.dates import format_date

    day = dt.date(2026, 1, 20)
    assert format_date(day, "full", locale=BABEL_LOCALE["id"]) == "Selasa, 20 Januari 2026"
    assert format_date(day, "full", locale=BABEL_LOCALE["en"]) == "Tuesday, 20 January 2026"


def test_format_day_is_babel_format_date_cached_and_bounded() -> None:
    from babel.dates import format_date

    days = [dt.date(2026, 1, 1) + dt.timedelta(n) for n in range(0, 400, 37)]
    for pattern in ("EEEE, d MMMM y", "d MMMM y", "MMMM y"):
        for lang in ("id", "en"):
            for day in days:
                expected = format_date(day, pattern, locale=BABEL_LOCALE[lang])
                assert format_day(day, pattern, lang) == expected
                assert format_day(day, pattern, lang) == expected  # the cached copy
    assert format_day(dt.date(2026, 12, 1), "EEEE, d MMMM y", "id") == "Selasa, 1 Desember 2026"
    assert format_day.cache_info().hits >= len(days) * 6
    assert format_day.cache_info().maxsize is not None  # bounded
