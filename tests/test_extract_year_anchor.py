"""The latest day an article writes with its year, and the year it gives a year-less date
without its weekday when the page states no publication date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract.event_date import find_event_date
from briefgen.extract.year_anchor import _YEAR_DIGITS, _written_days, text_anchor

D = dt.date
TODAY = D(2026, 11, 22)
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Program itu berjalan sejak 4 Februari 2020 di seluruh kabupaten."], D(2020, 2, 4)),
        (["The programme has run since March 2, 2021, in every province."], D(2021, 3, 2)),
        (["Ia menjabat sejak dilantik pada Juni 2023."], D(2023, 6, 15)),
        (["Delegasi memuji Kejuaraan Dunia 2022 yang sukses."], D(2022, 1, 1)),
        # The latest of several, in any paragraph.
        (["Sejak 2018 pasar ini ramai.", "Harga naik pada 3 Mei 2019."], D(2019, 5, 3)),
    ],
)
def test_the_latest_day_written_with_a_year(paragraphs: list[str], expected: dt.date) -> None:
    assert text_anchor(paragraphs, TODAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Rencana kerja 2024-2028 disusun bersama.",  # a span
        "Sejak 2019 festival digelar tiap tahun.",  # the start of one
        "Pemerintah menargetkan 10 juta wisatawan pada 2025.",  # a target
        "Jembatan itu akan selesai pada Maret 2025.",  # a plan
        "The bridge will open in 2025.",
        "Surat nomor 180/22/Umum.2025 sudah dikirim.",  # a number's tail
        "Visi Indonesia Emas 2045 dibahas.",  # after the run date
    ],
)
def test_plans_targets_spans_and_numbers_give_no_year(sentence: str) -> None:
    assert text_anchor(["Rapat dihadiri kepala dinas.", sentence], TODAY) is None


def test_a_year_less_date_takes_the_year_the_article_names() -> None:
    # No publication date, no weekday: the year the story's own dates give, not the run date's.
    paragraphs = [
        "Menteri Luar Negeri bertemu mitranya di Hanoi pada 9 Agustus.",
        "Keduanya memuji keketuaan Indonesia di ASEAN 2023.",
    ]
    found = find_event_date(paragraphs, today=TODAY)
    assert (found.day, found.warnings) == (D(2023, 8, 9), [])
    english = [
        "Oct. 4 - The vaccination drive reached 3 million people, officials said on Monday.",
        "It began on January 20, 2021, with health workers.",
    ]
    assert find_event_date(english, today=TODAY).day == D(2021, 10, 4)


def test_a_year_inferred_past_the_latest_date_is_warned_about() -> None:
    # "Since October 2024" and "(14/2)": the nearest 14 February is 2025, a year the text never
    # writes, so the reader is told.
    paragraphs = [
        "Gubernur meninjau pasar di Kupang (14/2).",
        "Ini kunjungan pertamanya sejak dilantik pada Oktober 2024.",
    ]
    found = find_event_date(paragraphs, today=TODAY)
    assert found.day == D(2025, 2, 14)
    assert any("assumed to be 2025" in w for w in found.warnings)


def test_a_publication_date_or_a_weekday_still_decides() -> None:
    paragraphs = ["Gubernur meninjau pasar (14/2).", "Pasar itu dibangun pada 2019."]
    assert find_event_date(paragraphs, published=D(2026, 2, 15)).day == D(2026, 2, 14)
    # With its weekday, the latest year whose weekday agrees and the text names (2019: a Thursday).
    weekday = ["Gubernur meninjau pasar, Kamis (14/2).", "Pasar itu dibangun pada 2019."]
    assert find_event_date(weekday, today=TODAY).day == D(2019, 2, 14)


def test_an_older_storys_year_gives_its_weekday_date_the_year() -> None:
    # Every year the text writes lies before the span the weekday searches back from the run
    # date: "Rabu (15/10)" is the Wednesday of the year the story dates (2003), not a later one.
    paragraphs = [
        "Gedung pasar yang dibangun sejak Maret 2003 itu belum juga dibuka.",
        "Kepala dinas meninjau gedung itu bersama wartawan, Rabu (15/10).",
    ]
    assert find_event_date(paragraphs, today=TODAY).day == D(2003, 10, 15)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rapat digelar Senin (12/11/24) di balai kota.",
        "Sidang ditunda hingga Kamis (3/4), kata hakim.",
        "Jumlah peserta naik dari 120 menjadi 345 orang pada Selasa (20/1).",
        "Gedung itu dibangun pada 1998 dan dipugar pada Maret 2021.",
        "Kantor itu buka 24 jam sejak 13 Januari.",
    ],
)
def test_a_paragraph_without_year_digits_writes_no_day(paragraph: str) -> None:
    # The cheap test before reading a paragraph's dates (issue 17) is exact: what it rules out
    # has no day written with its year.
    if _YEAR_DIGITS.search(paragraph) is None:
        assert _written_days(paragraph, TODAY) == []


def test_year_digits_rule_out_no_written_day_in_the_corpus() -> None:
    from briefgen.pipeline import discover, load_article

    if not CORPUS.is_dir():
        pytest.skip("no corpus")
    for path in discover([CORPUS]):
        for paragraph in load_article(path).paragraphs:
            if _YEAR_DIGITS.search(paragraph) is None:
                assert _written_days(paragraph, TODAY) == [], path.name
