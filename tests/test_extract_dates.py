"""Event dates: Indonesian date expressions, year inference, weekday checks and relative days."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import Reference, find_dates, find_event_date

D = dt.date


def event(text: str, **refs: dt.date) -> tuple[dt.date | None, str | None, list[str]]:
    found = find_event_date([text], **refs)
    return found.day, found.basis, found.warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat digelar pada Senin, 5 Februari 2024 di Jakarta.", D(2024, 2, 5)),
        ("Rapat digelar Senin (5/2/2024).", D(2024, 2, 5)),
        ("Rapat digelar Jumat (16/1/2026).", D(2026, 1, 16)),
        ("Rapat digelar pada 20 Januari 2026.", D(2026, 1, 20)),
        ("Rapat digelar pada tanggal 3-4 Maret 2025.", D(2025, 3, 3)),
        ("Rapat digelar Jum'at (16/1/26).", D(2026, 1, 16)),
    ],
)
def test_full_dates(text: str, expected: dt.date) -> None:
    day, basis, warnings = event(text, today=D(2026, 6, 1))
    assert (day, basis) == (expected, "text")
    assert warnings == []


def test_year_from_the_publication_date() -> None:
    assert event("Rapat digelar pada 20 Januari.", published=D(2026, 1, 22))[:2] == (D(2026, 1, 20), "text")
    assert event("Rapat digelar Selasa (20/1).", published=D(2026, 1, 22)) == (D(2026, 1, 20), "text", [])


def test_new_year_goes_back_to_december() -> None:
    assert event("Rapat digelar Selasa (30/12).", published=D(2026, 1, 2)) == (D(2025, 12, 30), "text", [])
    # Without a weekday the nearest past date wins as well.
    assert event("Rapat digelar pada 30 Desember.", published=D(2026, 1, 2))[0] == D(2025, 12, 30)


def test_the_weekday_picks_the_year_when_only_the_run_date_is_known() -> None:
    # 20 January is a Tuesday in 2026 and a Monday in 2025.
    day, basis, warnings = event("Rapat digelar Selasa (20/1).", today=D(2026, 11, 22))
    assert (day, basis, warnings) == (D(2026, 1, 20), "text", [])
    day, _, _ = event("Rapat digelar Senin (20/1).", today=D(2025, 11, 22))
    assert day == D(2025, 1, 20)


def test_the_weekday_may_pick_a_year_more_than_a_year_before_the_run_date() -> None:
    # 14 October is a Wednesday in 2026 and a Tuesday in 2025, 404 days before the run date.
    day, basis, warnings = event("Rapat digelar Selasa (14/10).", today=D(2026, 11, 22))
    assert (day, basis, warnings) == (D(2025, 10, 14), "text", [])
    # A publication date is a firm anchor: there the nearby date and a warning win.
    day, _, warnings = event("Rapat digelar Selasa (14/10).", published=D(2026, 10, 16))
    assert day == D(2026, 10, 14)
    assert warnings == ["weekday 'Selasa' does not match 14 October 2026 (a Wednesday)"]


def test_a_year_assumed_from_the_run_date_is_reported() -> None:
    day, _, warnings = event("Rapat digelar (20/1).", today=D(2026, 11, 22))
    assert day == D(2026, 1, 20)
    assert any("assumed to be 2026" in w for w in warnings)


def test_weekday_mismatch_keeps_the_date_and_warns() -> None:
    day, basis, warnings = event("Rapat digelar Senin (20/1/2026).")
    assert (day, basis) == (D(2026, 1, 20), "text")
    assert warnings == ["weekday 'Senin' does not match 20 January 2026 (a Tuesday)"]
    day, _, warnings = event("Rapat digelar Senin (20/1).", published=D(2026, 1, 22))
    assert day == D(2026, 1, 20)
    assert warnings == ["weekday 'Senin' does not match 20 January 2026 (a Tuesday)"]


def test_impossible_date_gives_a_warning_not_an_exception() -> None:
    day, basis, warnings = event("Rapat digelar Selasa (31/2).", today=D(2026, 3, 1))
    assert (day, basis) == (None, None)
    assert "impossible date 'Selasa (31/2)' ignored" in warnings
    day, basis, warnings = event("Rapat digelar 31/2/2026 lalu, lalu Kamis (5/3/2026).", today=D(2026, 3, 9))
    assert (day, basis) == (D(2026, 3, 5), "text")
    assert warnings == ["impossible date '31/2/2026' ignored"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat digelar kemarin.", D(2026, 1, 1)),
        ("Rapat digelar hari ini.", D(2026, 1, 2)),
        ("Rapat digelar pada Kamis lalu.", D(2026, 1, 1)),
        ("Rapat digelar Kamis (lalu).", D(2026, 1, 1)),
        ("Rapat digelar pada Rabu di Jakarta.", D(2025, 12, 31)),
        ("Rapat digelar Jumat lalu.", D(2025, 12, 26)),
    ],
)
def test_relative_days_count_from_the_publication_date(text: str, expected: dt.date) -> None:
    # 2 January 2026 is a Friday.
    assert event(text, published=D(2026, 1, 2)) == (expected, "text", [])


def test_relative_day_without_publication_date_warns() -> None:
    day, _, warnings = event("Rapat digelar kemarin.", file_date=D(2026, 1, 2))
    assert day == D(2026, 1, 1)
    assert warnings == [
        "'kemarin' is read relative to the file date (the article states no publication date)"
    ]


def test_fallback_to_the_publication_date_and_to_nothing() -> None:
    assert event("Tanpa tanggal.", published=D(2026, 1, 2))[:2] == (D(2026, 1, 2), "published")
    day, basis, warnings = event("Tanpa tanggal.", today=D(2026, 1, 2))
    assert (day, basis) == (None, None)
    assert warnings == ["no event date found in the text and no publication date"]


def test_the_lead_comes_first() -> None:
    found = find_event_date(
        ["Menteri hadir pada Selasa (20/1).", "Acara berikutnya 5 Maret 2026."], published=D(2026, 1, 21)
    )
    assert (found.day, found.expression) == (D(2026, 1, 20), "Selasa (20/1)")


def test_find_dates_lists_every_expression_in_order() -> None:
    ref = Reference(D(2026, 1, 21), "published")
    found = find_dates("Pertemuan pada Senin (19/1) dilanjutkan 5 Maret 2026 dan pada Rabu.", ref)
    assert [(m.text, m.day) for m in found] == [
        ("Senin (19/1)", D(2026, 1, 19)),
        ("5 Maret 2026", D(2026, 3, 5)),
        ("pada Rabu", D(2026, 1, 21)),
    ]


def test_a_weekday_of_last_or_next_week_counts_from_the_week_of_publication() -> None:
    saturday = D(2026, 10, 24)
    assert event("Festival digelar Jumat pekan lalu.", published=saturday)[0] == D(2026, 10, 16)
    assert event("Festival digelar pada Senin minggu lalu.", published=saturday)[0] == D(2026, 10, 12)
    assert event("Festival digelar Jumat lalu.", published=saturday)[0] == D(2026, 10, 23)
    found = find_dates("Rapat Rabu pekan depan.", Reference(saturday, "published"))
    assert [m.day for m in found] == [D(2026, 10, 28)]


def test_the_lead_weekday_date_wins_over_a_schedule_in_the_same_sentence() -> None:
    lead = "Kalender yang dibuka pada 9 Januari 2027 diluncurkan di Pendopo, Kamis (1/10)."
    assert event(lead, published=D(2026, 10, 3))[0] == D(2026, 10, 1)
    assert event(lead, today=D(2026, 11, 22))[0] == D(2026, 10, 1)


def test_a_date_after_publication_is_used_only_without_another() -> None:
    paragraphs = ["Pameran akan dibuka pada 9 Januari 2027.", "Rencana itu diumumkan pada 2 Oktober 2026."]
    assert find_event_date(paragraphs, published=D(2026, 10, 3)).day == D(2026, 10, 2)
    assert find_event_date(paragraphs[:1], published=D(2026, 10, 3)).day == D(2027, 1, 9)
