"""Event dates: Indonesian date expressions, year inference, weekday checks and relative days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract.dates import find_dates
from briefgen.extract.event_date import find_event_date
from briefgen.extract.years import Reference

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


def test_a_year_less_date_written_month_first_in_the_week_before_publication() -> None:
    # "(4/2)" read day first is 4 February, a Wednesday; month first it is 2 April, the Thursday
    # the story names, the day before it was published: US-style copy.
    text = "The minister opened the forum on Thursday (4/2)."
    assert event(text, published=D(2026, 4, 3)) == (D(2026, 4, 2), "text", [])
    # Far from the publication date the day-first reading stays, with its warning.
    day, _, warnings = event(text, published=D(2026, 2, 6))
    assert day == D(2026, 2, 4)
    assert warnings == ["weekday 'Thursday' does not match 4 February 2026 (a Wednesday)"]


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
        ("At the opening of the fair, Wednesday morning, at the hall, the mayor spoke.", D(2025, 12, 31)),
        ("Dalam pembukaan pameran, Kamis pagi, di Balai Kota, Wali Kota berpidato.", D(2026, 1, 1)),
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


# --------------------------------------------------------------------------- real-page classes


def test_without_a_publication_date_the_weekday_takes_the_latest_year_that_agrees() -> None:
    # 6 January is a Tuesday in 2026 and a Wednesday in 2021 (and in 2016).
    day, basis, warnings = event("Rapat digelar Rabu (6/1).", today=D(2026, 11, 22))
    assert (day, basis, warnings) == (D(2021, 1, 6), "text", [])


def test_a_year_the_article_names_wins_when_the_weekday_agrees() -> None:
    paragraphs = ["Rapat digelar Rabu (6/1).", "Laporan kinerja tahun 2016 dibahas di sana."]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2016, 1, 6)
    # A named year whose weekday disagrees is no help: 6 January 2019 was a Sunday.
    paragraphs = ["Rapat digelar Rabu (6/1).", "Program itu berjalan sejak 2019."]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2021, 1, 6)


def test_a_typo_in_the_year_is_dropped_without_a_word_when_another_date_is_given() -> None:
    paragraphs = [
        "Ringkasan: tokoh itu bertemu presiden, Senin (14/10/1014).",
        "Ia hadir Senin (14/10/2024).",
    ]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert (found.day, found.warnings) == (D(2024, 10, 14), [])
    alone = find_event_date(paragraphs[:1], today=D(2026, 11, 22))
    assert alone.day is None and any("impossible year" in w for w in alone.warnings)


def test_the_date_of_an_earlier_event_is_not_the_event() -> None:
    paragraphs = [
        "Pernyataan itu diucapkan saat berpidato di Makassar, Jumat (2/2/2024), kala itu gubernur ikut.",
        "Menteri menanggapi pernyataan tersebut di Palopo, Sabtu (3/2/2024).",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2024, 2, 3)
    earlier = ["Sebelumnya, pada Senin (13/1/2025) tim meninjau lokasi.", "Rapat digelar Rabu (15/1/2025)."]
    assert find_event_date(earlier, today=D(2026, 11, 22)).day == D(2025, 1, 15)


def test_the_day_a_state_of_things_began_is_not_the_event() -> None:
    # "sejak"/"since" dates when the outage began; the story reports the day the manager spoke.
    paragraphs = [
        "Warga mengeluhkan listrik padam sejak Senin (2/3) malam.",
        "“Jaringan sudah diperbaiki,” kata manajer PLN setempat, Rabu (4/3/2026).",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2026, 3, 4)
    english = ["The road has been closed since Monday (2/3).", "The mayor spoke on Wednesday (4/3/2026)."]
    assert find_event_date(english, today=D(2026, 11, 22)).day == D(2026, 3, 4)
    alone = ["Warga mengeluhkan listrik padam sejak Senin (2/3/2026) malam."]
    assert find_event_date(alone, today=D(2026, 11, 22)).day == D(2026, 3, 2)
    # A passive verb may stand between: "sejak diresmikan pada", "since being opened on".
    opened = [
        "Pasar itu dikunjungi 5.000 orang sejak diresmikan pada 2 Maret 2026.",
        "“Pasar ramai,” kata Kepala Dinas, Rabu (4/3/2026).",
    ]
    assert find_event_date(opened, today=D(2026, 11, 22)).day == D(2026, 3, 4)
    english_opened = [
        "The market has drawn 5,000 visitors since being opened on March 2, 2026.",
        "The mayor spoke on Wednesday (4/3/2026).",
    ]
    assert find_event_date(english_opened, today=D(2026, 11, 22)).day == D(2026, 3, 4)


def test_a_lead_weekday_does_not_give_way_to_a_later_date_of_another_weekday() -> None:
    # The lead's "Senin" is the day of the statement; the Saturday further on is another event.
    paragraphs = [
        "Target itu realistis, kata ketua komite di Mataram, Senin.",
        "Ia terpilih sebagai ketua dalam musyawarah pada Sabtu (7/3).",
    ]
    assert find_event_date(paragraphs, published=D(2026, 3, 9)).day == D(2026, 3, 9)
    # The same weekday written in full further on still dates it.
    same = ["Target itu realistis, kata ketua komite di Mataram, Senin.", "Rapat itu digelar Senin (2/3)."]
    assert find_event_date(same, published=D(2026, 3, 4)).day == D(2026, 3, 2)


def test_a_later_date_on_another_weekday_does_not_date_an_undatable_lead_weekday() -> None:
    # No publication date: the lead's "Senin" cannot be dated, and a Sunday further on (the
    # day a term of office ended) is another event's: null, with the warning.
    paragraphs = [
        "“Keduanya wajib menjaga netralitas,” jelas gubernur, Senin.",
        "Masa jabatan bupati sebelumnya berakhir pada 8 Maret 2026.",
    ]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert found.day is None
    assert found.warnings == ["'Senin' cannot be dated: the article states no publication date"]
    # A later date on that weekday still dates it.
    monday = [paragraphs[0], "Pelantikan itu digelar pada 9 Maret 2026."]
    assert find_event_date(monday, today=D(2026, 11, 22)).day == D(2026, 3, 9)


def test_an_english_lead_weekday_after_on_is_checked_against_a_later_date() -> None:
    # "said on Tuesday" names a Tuesday as much as a bare "Tuesday" does: a later year-less date on
    # another weekday (the end of a recess, a data date) does not date the lead.
    paragraphs = [
        "The council chair said on Tuesday that the hearing could not go ahead.",
        "Members are on leave until Aug. 13, the chair added.",
    ]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert found.day is None
    assert found.warnings == ["'on Tuesday' cannot be dated: the article states no publication date"]
    # The first weekday is the lead's: a second one ("on Friday", a raid) does not let the
    # later date through, while a later date on the lead's own weekday still dates it.
    raid = [paragraphs[0], "Police raided two houses on Friday.", paragraphs[1]]
    assert find_event_date(raid, today=D(2026, 11, 22)).day is None
    tuesday = [paragraphs[0], "The hearing had been set for Aug. 11."]
    assert find_event_date(tuesday, today=D(2026, 11, 22)).day == D(2026, 8, 11)


def test_the_day_a_cited_web_page_was_read_dates_nothing() -> None:
    paragraphs = [
        "The city government will build a new bus terminal in the north of the city.",
        "“The design is ready,” the agency head said, as seen on the city government website on"
        " Friday, 6 March 2026.",
    ]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert found.day is None
    indonesian = [
        "Pemkot akan membangun terminal baru.",
        "Hal itu disampaikan Kepala Dinas, seperti dikutip dari laman resmi Pemkot, Jumat (6/3/2026).",
        "Rapat koordinasi digelar Kamis (5/3/2026).",
    ]
    assert find_event_date(indonesian, today=D(2026, 11, 22)).day == D(2026, 3, 5)


@pytest.mark.parametrize(
    "citation",
    [
        "ujar Kepala Dinas dikutip dari kabarkita.co.id, Rabu (4/3/2026).",
        "kata Hendra seperti dilansir Suara Timur, Rabu (4/3/2026).",
        "ucap Wali Kota dikutip dari Harian Pagi Nusantara (4/3/2026).",
        "tutur Sekda, dikutip Rabu (4/3/2026).",
    ],
)
def test_the_day_a_text_was_taken_from_its_source_dates_nothing(citation: str) -> None:
    # Indonesian copy: the day after "dikutip"/"dilansir" is when the writer took the text.
    paragraphs = ["Pemkot membuka posko pengaduan warga.", f"“Posko buka setiap hari,” {citation}"]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert found.day is None
    dated = [*paragraphs, "Posko diresmikan Senin (2/3/2026) di Balai Kota."]
    assert find_event_date(dated, today=D(2026, 11, 22)).day == D(2026, 3, 2)
    # English wire copy's "quoted by" dates the saying.
    english = ["“The post opens every day,” the mayor said, quoted by Antara, Wednesday, March 4, 2026."]
    assert find_event_date(english, today=D(2026, 11, 22)).day == D(2026, 3, 4)


def test_the_day_of_the_meeting_wins_over_the_day_of_the_press_release() -> None:
    text = (
        "Dalam keterangan pers, Rabu (6/8/2025), kementerian menyebut rapat digelar pada Selasa (5/8/2025)."
    )
    assert event(text, today=D(2026, 11, 22))[0] == D(2025, 8, 5)


def test_a_planned_date_is_not_the_event() -> None:
    paragraphs = [
        "Pameran akan digelar pada Sabtu (10/10/2026) di Solo.",
        "Panitia mengumumkannya, Kamis (1/10/2026).",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2026, 10, 1)


def test_a_relative_day_gives_way_to_a_date_written_with_its_weekday() -> None:
    paragraphs = [
        "Posko resmi ditutup pada hari ini.",
        "Hal itu disampaikan dalam keterangan resmi, Senin, 8 Mei.",
    ]
    assert find_event_date(paragraphs, published=D(2023, 5, 9)).day == D(2023, 5, 8)
    # With no such date, the relative day counts from the publication date.
    assert find_event_date(paragraphs[:1], published=D(2023, 5, 9)).day == D(2023, 5, 9)


def test_two_conflicting_dates_take_the_one_whose_weekday_agrees_and_warn() -> None:
    paragraphs = [
        "Saat ditemui Jumat 2 Januari 2025, ia belum bicara.",
        "Hal itu ia katakan Jumat 2 Januari 2026.",
    ]
    found = find_event_date(paragraphs, published=D(2026, 1, 3))
    assert found.day == D(2026, 1, 2)
    assert any("both" in w for w in found.warnings)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("“We extend it,” said the minister on Friday, August 4, 2023.", None, D(2023, 8, 4)),
        ("The agreement was signed on 3 March 2025 in Jakarta.", None, D(2025, 3, 3)),
        ("The fund was launched on March 5, 2025.", None, D(2025, 3, 5)),
        ("The minister told reporters on Monday evening.", D(2025, 3, 11), D(2025, 3, 10)),
        ("The minister met the ambassador on Thursday (29/10).", D(2026, 10, 30), D(2026, 10, 29)),
        ("The delegation arrived yesterday.", D(2026, 10, 30), D(2026, 10, 29)),
        (
            "The president called the minister to the palace on Tuesday (June 3).",
            D(2025, 6, 4),
            D(2025, 6, 3),
        ),
    ],
)
def test_english_dates(text: str, published: dt.date | None, expected: dt.date) -> None:
    refs = {"published": published} if published else {"today": D(2026, 11, 22)}
    assert event(text, **refs)[0] == expected


def test_a_bare_weekday_without_a_publication_date_is_no_date() -> None:
    for text in ("The minister met the ambassador on Thursday.", "Menteri meninjau pasar kemarin."):
        day, basis, warnings = event(text, today=D(2026, 11, 22))
        assert (day, basis) == (None, None)
        assert any("cannot be dated" in w for w in warnings)


def test_an_undatable_weekday_is_still_the_expression_that_ends_the_lead() -> None:
    found = find_event_date(
        [
            "The customs director told reporters on Monday that cases would be traced.",
            "Goods were stored in Singapore.",
        ],
        today=D(2026, 11, 22),
    )
    assert (found.day, found.expression) == (None, "on Monday")


def test_a_byline_date_stands_in_for_the_publication_date() -> None:
    found = find_event_date(
        ["Rapat digelar Kamis (24/8)."],
        today=D(2026, 11, 22),
        furniture=["Oleh Ika | 24 Agu 2017, 11:37 WIB"],
    )
    assert (found.day, found.warnings) == (D(2017, 8, 24), [])
    # With nothing dated in the story, the byline's date is the article's, and the reader is
    # told that it is the page's date, not the event's (as for a publication date).
    alone = find_event_date(["Foto-foto pembukaan pameran."], furniture=["Selasa, 8 Agustus 2017"])
    assert (alone.day, alone.warnings) == (
        D(2017, 8, 8),
        ["no event date in the text; the byline's date is used"],
    )


def test_a_plan_dates_what_it_governs_not_the_day_it_was_said() -> None:
    said = "Menteri mengatakan pemerintah akan menambah anggaran, Senin (3/3/2025)."
    later = "Sebelumnya, anggaran itu dibahas pada 5 Januari 2025."
    assert find_event_date([said, later], today=D(2026, 11, 22)).day == D(2025, 3, 3)
    busy = "Pameran yang dihadiri hingga 500 pengunjung itu dibuka Senin (3/3/2025)."
    assert event(busy, today=D(2026, 11, 22))[0] == D(2025, 3, 3)


def test_a_time_of_day_between_the_weekday_and_the_date() -> None:
    day, _, warnings = event("Gubernur melantik bupati, Selasa pagi (25/3/2025), di auditorium.")
    assert (day, warnings) == (D(2025, 3, 25), [])
    day, _, warnings = event("Rapat digelar Senin malam (25/3/2025).")
    assert day == D(2025, 3, 25) and "does not match" in warnings[0]


def test_a_weekday_alone_closing_the_attribution_counts_from_publication() -> None:
    text = "Produksi ikan hias naik tahun ini, ujar Camat di Cibinong, Selasa."
    assert event(text, published=D(2026, 3, 5)) == (D(2026, 3, 3), "text", [])
    assert event("Harga naik, ujarnya di Bogor, Jumat sore.", published=D(2026, 3, 7))[0] == D(2026, 3, 6)
    # A weekday in the middle of a sentence is no date of its own.
    assert event("Warga, Selasa dan Rabu, antre di pasar.", published=D(2026, 3, 7))[1] == "published"


def test_an_undatable_weekday_in_the_lead_is_not_replaced_by_a_plan() -> None:
    found = find_event_date(
        [
            "Produksi ikan hias naik tahun ini, ujar Camat di Cibinong, Selasa.",
            "Pameran ikan hias akan digelar 20-22 Maret 2026 di lapangan.",
        ],
        today=D(2026, 11, 22),
    )
    assert (found.day, found.basis) == (None, None)
    assert found.warnings == ["'Selasa' cannot be dated: the article states no publication date"]


def test_the_day_the_event_took_place_wins_over_the_day_of_what_it_followed() -> None:
    lead = (
        "Panitia menyiapkan perahu sejak pembukaan pada Rabu (22/7). "
        "Lomba perahu hias berlangsung di danau, Kamis (23/7/2026)."
    )
    assert event(lead, today=D(2026, 11, 22))[0] == D(2026, 7, 23)
    # Without such a sentence the first date of the lead stands.
    assert event("Bupati melantik pejabat, Rabu (22/7/2026). Esoknya, Kamis (23/7/2026), rapat.")[0] == D(
        2026, 7, 22
    )


def test_an_english_weekday_right_after_here() -> None:
    text = "The fair will help farmers, the minister said while opening it here Friday."
    assert event(text, published=D(2026, 3, 7)) == (D(2026, 3, 6), "text", [])
    assert event("The minister spoke here on Tuesday.", published=D(2026, 3, 7))[0] == D(2026, 3, 3)


def test_a_date_bar_with_dashes_dates_a_story_without_a_publication_date() -> None:
    found = find_event_date(
        ["Rapat digelar Kamis (11/3)."], today=D(2026, 11, 22), furniture=["Kamis 11-03-2021,15:56 WIB"]
    )
    assert (found.day, found.warnings) == (D(2021, 3, 11), [])
    # Numbers joined by dashes without a full year, or with mixed separators, are no date.
    assert find_dates("Skor akhir 2-3-1 dan kode 12-05/2021.", Reference(D(2026, 1, 1), "today")) == []


def test_a_year_less_date_takes_the_year_its_sentence_names() -> None:
    text = "Pekan Budaya Danau Tahun 2018 yang berlangsung pada 12–14 Juli dibuka oleh bupati."
    assert event(text, today=D(2026, 11, 22)) == (D(2018, 7, 12), "text", [])
    # Two years in the sentence: the later, since a story comes after what it tells of (see
    # test_extract_year_anchor), not the run date's year.
    two = "Pekan Budaya 2017 dan 2018 berlangsung pada 12 Juli."
    assert event(two, today=D(2026, 11, 22))[0] == D(2018, 7, 12)
    # A year that starts a span is no event's year.
    for spanned in (
        "Sejak 2017, pekan budaya digelar pada 12 Juli.",
        "Program 2017–2022 digelar pada 12 Juli.",
    ):
        assert event(spanned, today=D(2026, 11, 22))[0] == D(2026, 7, 12)
    # A publication date is the stronger hint.
    assert event(text, published=D(2019, 7, 20))[0] == D(2019, 7, 12)


def test_a_typo_year_is_read_as_the_year_one_digit_away_whose_weekday_agrees() -> None:
    day, basis, warnings = event(
        "Hal itu disampaikan Camat di kantornya, Rabu (8/3/1023).", today=D(2026, 11, 22)
    )
    assert (day, basis) == (D(2023, 3, 8), "text")
    assert warnings == ["the year in 'Rabu (8/3/1023)' cannot be; read as 8 March 2023, whose weekday agrees"]
    # No year one digit away has that weekday: nothing to guess.
    assert event("Rapat digelar Kamis (8/3/1023).", today=D(2026, 11, 22))[0] is None
    # Another date in the text: the typo is dropped without a word.
    found = find_event_date(
        ["Ringkasan: Rabu (8/3/1023).", "Rapat digelar Rabu (8/3/2023)."], today=D(2026, 11, 22)
    )
    assert (found.day, found.warnings) == (D(2023, 3, 8), [])


def test_a_us_style_numeric_date_whose_middle_number_cannot_be_a_month() -> None:
    text = "Dewi said during a press conference in Jakarta, Wednesday (6/21/2017)."
    assert event(text, today=D(2026, 11, 22)) == (D(2017, 6, 21), "text", [])
    # Both numbers could be a month: the day comes first, as Indonesian outlets write in English too.
    assert event("The minister said on Wednesday (4/5/2016).", today=D(2026, 11, 22))[0] == D(2016, 5, 4)


def test_a_plan_dates_the_day_it_governs_through_on_past_a_place() -> None:
    text = (
        "The fair is going to be held in Leeds, the United Kingdom, on June 8-9. "
        "Dewi said so in Jakarta, Wednesday (6/21/2017)."
    )
    assert event(text, today=D(2026, 11, 22))[0] == D(2017, 6, 21)
    indonesian = (
        "Pameran akan digelar di Bogor, Jawa Barat, pada 10 Oktober. Hal itu diumumkan Senin (3/10/2022)."
    )
    assert event(indonesian, today=D(2026, 11, 22))[0] == D(2022, 10, 3)
    # The day a plan was announced: "kata" stands between the plan and the date.
    said = [
        "Pemerintah akan menambah anggaran, kata Menteri pada Senin (3/10/2022).",
        "Rapat sebelumnya berlangsung Jumat (30/9/2022).",
    ]
    assert find_event_date(said, today=D(2026, 11, 22)).day == D(2022, 10, 3)


def test_a_relative_weekday_is_not_replaced_by_the_publication_date_stamped_below() -> None:
    paragraphs = ["The minister said here Monday that the ministry would send envoys. Tuesday, 7 March 2017"]
    found = find_event_date(paragraphs, published=D(2017, 3, 7))
    assert (found.day, found.warnings) == (D(2017, 3, 6), [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said Thursday.", D(2017, 3, 2)),
        ("He told reporters in Jakarta Wednesday evening, adding that the plan was ready.", D(2017, 3, 1)),
        # A weekday with its date, "last" or "every" is not this form.
        ("The forum opened on Wednesday, March 1, 2017.", D(2017, 3, 1)),
        ("Talks resumed last Tuesday.", D(2017, 2, 28)),
    ],
)
def test_an_english_weekday_closing_the_clause_counts_from_publication(text: str, expected: dt.date) -> None:
    found = find_event_date([text], published=D(2017, 3, 3))
    assert (found.day, found.basis, found.warnings) == (expected, "text", [])


def test_a_weekday_of_every_week_dates_nothing() -> None:
    found = find_event_date(["The market opens every Thursday."], published=D(2017, 3, 3))
    assert (found.day, found.basis) == (D(2017, 3, 3), "published")


def test_a_day_and_month_glued_to_a_two_digit_year_read_when_the_weekday_agrees() -> None:
    # 26 May 2023 was a Friday; 12 December 2023 a Tuesday.
    assert event("Gubernur meninjau rumah sakit, Jumat (26/523).", today=D(2026, 11, 22))[:2] == (
        D(2023, 5, 26),
        "text",
    )
    assert event("Bupati membuka pasar, Selasa (12/1223).", today=D(2026, 11, 22))[0] == D(2023, 12, 12)
    day, _, warnings = event("Gubernur meninjau rumah sakit, Kamis (26/523).", today=D(2026, 11, 22))
    assert day is None
    assert any("malformed date 'Kamis (26/523)'" in w for w in warnings)


@pytest.mark.parametrize("after", ["besok", "mendatang", "nanti"])
def test_a_day_still_to_come_is_a_plan_and_the_day_it_was_said_is_the_event(after: str) -> None:
    paragraphs = [
        f"Gubernur bakal memimpin rapat koordinasi di Surabaya usai dilantik, Kamis (20/2/2025) {after}.",
        "Rencana itu disampaikan Gubernur saat gladi bersih di Jakarta, Rabu (19/2/2025).",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2025, 2, 19)


def test_bakal_is_a_plan_like_akan() -> None:
    paragraphs = [
        "Pemerintah kota bakal meresmikan pasar baru Sabtu (22/2/2025).",
        "Hal itu disampaikan Wali Kota kepada wartawan, Rabu (19/2/2025).",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2025, 2, 19)


def test_the_day_of_an_incident_the_statement_follows_is_an_earlier_event() -> None:
    paragraphs = [
        "Kapolres berjanji menindak tegas pelaku menyusul insiden perusakan pos ronda di Bogor,"
        " Sabtu (19/4).",
        "Warga diminta tetap tenang.",
        "“Kami akan usut tuntas,” ujar Kapolres, Senin (21/4).",
    ]
    assert find_event_date(paragraphs, published=D(2025, 4, 22)).day == D(2025, 4, 21)
    # Said after the incident's clause, the date is the statement's own.
    said = ["Kapolres menyusul insiden perusakan itu mengatakan pelaku sudah ditangkap, Senin (21/4)."]
    assert find_event_date(said, published=D(2025, 4, 22)).day == D(2025, 4, 21)


def test_an_incident_dated_with_lalu_is_one_the_story_looks_back_on() -> None:
    paragraphs = [
        "Motor milik korban kecelakaan di Jalan Raya Bogor pada Senin (14/4) lalu belum dikembalikan.",
        "“Masih barang bukti,” kata Kapolres di Bogor, Kamis (17/4).",
    ]
    assert find_event_date(paragraphs, published=D(2025, 4, 18)).day == D(2025, 4, 17)
    # "lalu" alone names no earlier event: the meeting is the story's.
    met = ["Rapat anggaran digelar di Bogor pada Senin (14/4) lalu.", "“Sudah,” kata Bupati, Kamis (17/4)."]
    assert find_event_date(met, published=D(2025, 4, 18)).day == D(2025, 4, 14)


def test_an_attack_glued_to_pasca_or_a_few_words_after_menyusul_is_an_earlier_event() -> None:
    glued = [
        "Pascapenyerangan gudang logistik di Bogor, Sabtu (19/4), polisi menambah penjagaan.",
        "“Kami perketat pengamanan,” kata Kapolres, Senin (21/4).",
    ]
    assert find_event_date(glued, published=D(2025, 4, 22)).day == D(2025, 4, 21)
    gap = [
        "Patroli malam ditambah. Ini menyusul maraknya lagi aksi balap liar pada Sabtu 19 April 2025.",
        "“Kami tindak tegas,” ujar Kapolres, Senin 21 April 2025.",
    ]
    assert find_event_date(gap, today=D(2026, 11, 22)).day == D(2025, 4, 21)
    english = [
        "Police stepped up patrols following a spate of attacks on Saturday, April 19, 2025.",
        '"We will not let it happen again," the police chief said on Monday, April 21, 2025.',
    ]
    assert find_event_date(english, today=D(2026, 11, 22)).day == D(2025, 4, 21)


@pytest.mark.parametrize("dated", ["tertanggal", "bertanggal", "tertanggal tanggal"])
def test_the_date_a_document_bears_is_not_the_event(dated: str) -> None:
    paragraphs = [
        "Bupati telah menandatangani surat edaran tentang jam kerja pegawai.",
        f"Surat edaran yang ditandatangani Bupati {dated} 3 Maret 2025 itu mengatur jam masuk kantor.",
        "“Aturan ini berlaku untuk semua dinas,” kata Bupati di Bogor, Kamis (13/3/2025).",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2025, 3, 13)
    letter = [
        "The ministry replied in a letter dated March 3, 2025.",
        "The minister spoke on Thursday, March 13, 2025.",
    ]
    assert find_event_date(letter, today=D(2026, 11, 22)).day == D(2025, 3, 13)
    # With nothing else dated, the document's date is still better than none.
    assert find_event_date(paragraphs[1:2], today=D(2026, 11, 22)).day == D(2025, 3, 3)


def test_a_festival_dated_after_the_day_it_was_announced_is_a_plan() -> None:
    paragraphs = [
        "Dinas Pariwisata akan menggelar festival rakyat di lapangan desa."
        " Festival dilaksanakan 11-15 Oktober 2023.",
        "“Semua persiapan sudah rampung,” ucap Kepala Dinas, Selasa (10/10).",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2023, 10, 10)
    # A statement long before the event (more than six weeks) does not date it.
    long_before = [
        "Festival rakyat dilaksanakan 11-15 Oktober 2023 di lapangan desa.",
        "“Semua persiapan sudah rampung,” ucap Kepala Dinas, Kamis (10/8).",
    ]
    assert find_event_date(long_before, today=D(2026, 11, 22)).day == D(2023, 10, 11)


@pytest.mark.parametrize(
    "attribution",
    [
        "kata Rahmat saat dihubungi kabarkita.com, Rabu (14/5).",
        "ujar Wakil Ketua DPRD Sutrisno kepada wartawan, Rabu (14/5).",
        "tegas Dewi Lestari di Gedung DPRD, Rabu (14/5).",
    ],
)
def test_a_lead_dated_by_its_own_statement_keeps_that_day(attribution: str) -> None:
    # The lead's date is the day its speaker said it, no plan's: a statement of someone else
    # quoted from the day before (its "kemarin") does not replace it.
    paragraphs = [
        f"“Pemerintah kota harus turun tangan sekarang juga,” {attribution}",
        "Sebelumnya warga mengeluhkan banjir. “Air masuk ke rumah kami,” tutur Yanti, Selasa (13/5) kemarin.",
    ]
    assert find_event_date(paragraphs, published=D(2025, 5, 15)).day == D(2025, 5, 14)
    # The same statements the other way round: a lead that states a plan is still dated by the
    # day it was said.
    plan = [
        "Pasar murah digelar Kamis (15/5/2025) di alun-alun.",
        f"“Stok beras cukup untuk semua warga,” {attribution}",
    ]
    assert find_event_date(plan, today=D(2026, 11, 22)).day == D(2025, 5, 14)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        ("Keesokan harinya", D(2025, 4, 20)),
        ("Besoknya", D(2025, 4, 20)),
        ("Sehari kemudian", D(2025, 4, 20)),
        ("Dua hari kemudian", D(2025, 4, 21)),
        ("The next day", D(2025, 4, 20)),
    ],
)
def test_a_day_counted_from_an_earlier_date_in_the_article(offset: str, expected: dt.date) -> None:
    paragraphs = [
        "Polisi berjaga di kampung itu menyusul insiden tawuran warga di Bogor, Sabtu (19/4/2025).",
        f"{offset}, Kapolres menyatakan semua pelaku sudah ditangkap.",
    ]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert (found.day, found.expression) == (expected, offset)


def test_a_day_counted_from_nothing_dates_nothing() -> None:
    found = find_event_date(
        ["Bupati meninjau pasar keesokan harinya setelah banjir surut."], today=D(2026, 11, 22)
    )
    assert found.day is None
    # "sehari sebelumnya" tells of an earlier event: the date the article writes is the event's.
    paragraphs = ["Sehari sebelumnya, Bupati meninjau lokasi banjir. Rapat digelar Senin (3/3/2025)."]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2025, 3, 3)


def test_a_dates_sentence_is_looked_for_near_it_in_text_without_sentence_ends() -> None:
    # A page flattened to one line with no full stop: each year-less date used to read the whole
    # text as its sentence (quadratic in the dates; the fuzzer found 7.8 s of CPU at 35 kB).
    from briefgen.extract.dates_context import SENTENCE_REACH, sentence_bounds

    text = "rapat pada 24 Maret dan pameran 3 April " * 2_000
    start = text.index("24 Maret", len(text) // 2)
    left, right = sentence_bounds(text, start, start + 8)
    assert left > 0 and right < len(text)
    assert right - left <= 2 * SENTENCE_REACH + 8 + 1
    # a real sentence is still read whole
    short = "Kemarin rapat. Pameran 2019 digelar pada 3 April di Bogor. Lalu pulang."
    at = short.index("3 April")
    left, right = sentence_bounds(short, at, at + 7)
    assert short[left + 1 : right + 1].strip() == "Pameran 2019 digelar pada 3 April di Bogor."


def test_a_year_less_date_still_takes_the_one_year_its_sentence_names() -> None:
    found = find_dates(
        "Pekan Budaya 2018 berlangsung pada 12 Juli di Solo.", Reference(D(2026, 1, 1), "today")
    )
    assert [d.day for d in found] == [D(2018, 7, 12)]


def test_the_day_figures_are_counted_up_to_is_not_the_event() -> None:
    # "hingga kemarin Senin (3/3/25)": the data's cut-off; the statement's own day dates the event.
    text = (
        "Menurut data dinas, hingga kemarin Senin (3/3/25), kasus flu naik menjadi 40. "
        "Hal itu disampaikan Kepala Dinas, Selasa (4/3/25)."
    )
    assert event(text, today=D(2026, 11, 22))[0] == D(2025, 3, 4)
    assert event("Sampai dengan 30 Juni 2025, dinas mencatat 12 kasus.", today=D(2026, 11, 22))[0] == D(
        2025, 6, 30
    )
    # English: "as of".
    text = "As of June 3, 2025, the agency counted 12 cases. The minister spoke on June 5, 2025."
    assert event(text, today=D(2026, 11, 22))[0] == D(2025, 6, 5)
    # "per" (and English "as at") dates figures as "hingga" does, inside a quotation too.
    per = "“Itu data per 3 Juni 2025,” kata Kepala Dinas di Bogor, Kamis (5/6/2025)."
    assert event(per, today=D(2026, 11, 22))[0] == D(2025, 6, 5)
    as_at = "As at June 3, 2025, the agency counted 12 cases. The minister spoke on June 5, 2025."
    assert event(as_at, today=D(2026, 11, 22))[0] == D(2025, 6, 5)


def test_a_span_of_days_is_the_events_and_dated_by_its_first_day() -> None:
    # "hingga" inside a span is no count-up-to date; the span starts the event, as "13-15 Juni" does.
    text = "Pameran berlangsung 19 hingga 22 Oktober 2025. Panitia mencatat 40 peserta pada 25 Oktober 2025."
    assert event(text, today=D(2026, 11, 22))[0] == D(2025, 10, 19)
    for span in ("19-22 Oktober 2025", "19 sampai 22 Oktober 2025", "19 dan 20 Oktober 2025"):
        text = f"Bazar buku digelar di alun-alun pada {span}."
        assert event(text, today=D(2026, 11, 22))[0] == D(2025, 10, 19)


def test_a_span_of_weekdays_in_brackets_is_dated_by_its_first_day() -> None:
    text = "Lomba layang-layang diadakan di pantai selama dua hari, Sabtu-Minggu (11-12/10/2025)."
    assert event(text, today=D(2026, 11, 22)) == (D(2025, 10, 11), "text", [])
    bare = "Pasar tani dibuka (11-12/10/2025) di lapangan desa."
    assert event(bare, today=D(2026, 11, 22))[0] == D(2025, 10, 11)


def test_a_lead_weekday_nothing_dates_is_not_replaced_by_a_count_up_to_date() -> None:
    text = [
        "Kantor konsulat pada Sabtu memulangkan 50 warga.",
        "Hingga 28 Juni, kantor itu telah memulangkan 900 warga, katanya.",
    ]
    found = find_event_date(text, today=D(2026, 11, 22))
    assert found.day is None
    assert found.warnings


def test_a_plan_starting_on_a_date_is_not_the_event() -> None:
    text = [
        "Rencananya, dinas akan memeriksa harga di sejumlah pasar di kota itu mulai Selasa (27/05).",
        "Hal itu dikatakan Kepala Seksi ketika dijumpai media (26/05) di ruang kerjanya.",
    ]
    found = find_event_date(text, today=D(2026, 11, 22))
    # 27 May is a Tuesday in 2025: the statement the day before takes that year, without a warning.
    assert (found.day, found.warnings) == (D(2025, 5, 26), [])
    # "mulai" without a plan is a start that took place.
    assert event("Dinas memeriksa harga di pasar mulai Selasa (27/5/2025).", today=D(2026, 11, 22))[0] == D(
        2025, 5, 27
    )


def test_a_date_without_its_weekday_keeps_the_run_dates_year_when_no_neighbour_agrees() -> None:
    found = find_event_date(["Kepala Seksi dijumpai media (26/05) di ruang kerjanya."], today=D(2026, 11, 22))
    assert found.day == D(2026, 5, 26)
    assert any("assumed" in w for w in found.warnings)


def test_a_speakers_today_inside_a_quotation_gives_way_to_the_attributions_weekday() -> None:
    text = "“Children today eat too little,” the minister said at the launch, Monday."
    assert event(text, published=D(2025, 5, 31))[0] == D(2025, 5, 26)
    # Outside a quotation "today" is the publication day.
    assert event("The minister opened the fair today.", published=D(2025, 5, 31))[0] == D(2025, 5, 31)


def test_an_english_date_with_a_comma_after_the_month_and_an_ordinal_day() -> None:
    text = "“It is a big market,” he said at the palace, Tuesday (January, 24th 2017)."
    assert event(text, today=D(2026, 11, 22))[:2] == (D(2017, 1, 24), "text")
    # A month followed by a comma and a count is no date.
    assert find_dates("In January, 24 people came.", Reference(D(2026, 1, 1), "published")) == []


def test_find_dates_reads_a_paragraph_again_from_a_bounded_scan_cache() -> None:
    """The scan of a paragraph is kept (issue 17): the same text read against another reference
    resolves against that reference, and a caller's matches are its own to change."""
    from briefgen.extract import dates

    text = "Rapat digelar Senin (9/3) dan keesokan harinya, lalu 12 Maret 2026 kemarin."
    dates._expressions_in.cache_clear()
    dates._offsets_in.cache_clear()
    early = find_dates(text, Reference(dt.date(2026, 3, 10), "published"))
    early[0].warnings.append("changed by the caller")
    late = find_dates(text, Reference(dt.date(2027, 3, 10), "published"))
    assert dates._expressions_in.cache_info().hits == 1
    assert [m.text for m in early] == [m.text for m in late]
    assert [m.day for m in late] != [m.day for m in early]
    assert "changed by the caller" not in late[0].warnings
    dates._expressions_in.cache_clear()
    dates._offsets_in.cache_clear()
    fresh = find_dates(text, Reference(dt.date(2027, 3, 10), "published"))
    assert [(m.start, m.end, m.text, m.day, m.warnings) for m in fresh] == [
        (m.start, m.end, m.text, m.day, m.warnings) for m in late
    ]
    for number in range(dates.SCAN_CACHE_SIZE + 20):
        find_dates(f"Kegiatan ke-{number} pada 3 Maret 2026.", Reference(dt.date(2026, 3, 10), "published"))
    for cached in (dates._expressions_in, dates._offsets_in):
        info = cached.cache_info()
        assert info.maxsize == dates.SCAN_CACHE_SIZE and info.currsize == dates.SCAN_CACHE_SIZE


# The prefilters of _expressions_in (issue 17) must not change what it finds: it equals every
# pattern run on the text.
_PREFILTER_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _every_pattern(text: str) -> list[tuple[int, int, int, str, str | None]]:
    from briefgen.extract.dates import _ABSOLUTE, _RELATIVE

    found: list[tuple[int, int, int, str, str | None]] = [
        (m.start(), m.end(), p, m.group(0), None) for pat, p in _ABSOLUTE for m in pat.finditer(text)
    ]
    for number, (pattern, relative) in enumerate(_RELATIVE):
        found += [(m.start(), m.end(), 10 + number, m.group(0), relative) for m in pattern.finditer(text)]
    return found


def _prefiltered(text: str) -> list[tuple[int, int, int, str, str | None]]:
    from briefgen.extract.dates import _expressions_in

    return [(start, end, p, m.group(0), relative) for start, end, p, m, relative in _expressions_in(text)]


_DATED = (
    "Rapat digelar Selasa (9/3) di Jakarta.",
    "Sidang dibuka pada 12 MARET 2021 pukul 09.00.",
    "The talks ended on Friday, March 12, 2021.",
    "He said here Friday that talks would go on.",
    "Dia datang kemarin, bukan hari ini.",
    "Jumat pekan lalu banjir surut; Kamis depan warga kembali.",
    "Tertulis 08-03-2021 dan 2021-03-08 di berkas.",
    "Tidak ada tanggal di sini.",
    "Dicatat 5 \u0130ANUARI, lalu 6 \u017fep.",
    "ujar Camat di Cibinong, Selasa.",
)


def test_expressions_in_prefilters_change_nothing_on_written_sentences() -> None:
    from briefgen.extract.dates import _NEEDS_WEEKDAY, _RELATIVE

    assert tuple("(?P<wd>" in pattern.pattern for pattern, _ in _RELATIVE) == _NEEDS_WEEKDAY
    found = [_prefiltered(text) for text in _DATED]
    assert found == [_every_pattern(text) for text in _DATED]
    assert sum(map(len, found)) >= len(_DATED) and [] in found


def test_expressions_in_prefilters_change_nothing_on_the_corpus() -> None:
    from briefgen.extract.sentences import split_sentences
    from briefgen.pipeline import discover, load_article

    if not _PREFILTER_CORPUS.is_dir():
        pytest.skip(
            f"{_PREFILTER_CORPUS} is absent (the real corpus lives beside the checkout, in ../shared)"
        )
    folders = [_PREFILTER_CORPUS, _PREFILTER_CORPUS.parent / "seeds"]
    paragraphs = [p for path in discover(folders) for p in load_article(path).paragraphs]
    texts = paragraphs + [s for p in paragraphs for s in split_sentences(p)]
    assert (
        len(texts) > 900
    )  # the articles' paragraphs and their sentences (their folders' READMEs are no articles)
    assert [_prefiltered(text) for text in texts] == [_every_pattern(text) for text in texts]


def test_a_date_the_text_gives_to_an_earlier_event_is_never_the_event_date() -> None:
    # Only another, earlier event is dated: the event itself is undated (null and a warning).
    paragraphs = [
        "Dinas Sosial kembali menyalurkan bantuan beras kepada warga terdampak banjir.",
        "Pada tahap sebelumnya, 4 Maret 2024 lalu, bantuan diberikan kepada 300 keluarga.",
    ]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert found.day is None and found.warnings
    english = [
        "The agency sent a second batch of aid to the flood victims.",
        "Previously, on March 4, 2024, it had helped 300 families.",
    ]
    assert find_event_date(english, today=D(2026, 11, 22)).day is None
    # A plan's date is still better than none.
    plan = ["Bantuan tahap berikutnya akan disalurkan pada 4 Maret 2024."]
    assert find_event_date(plan, today=D(2026, 11, 22)).day == D(2024, 3, 4)


@pytest.mark.parametrize("closing", ["Monday evening.", "Monday morning.", "Monday."])
def test_an_english_weekday_closing_the_attribution_after_a_comma(closing: str) -> None:
    # "…, the minister said at the palace, Monday evening.": counted from the publication date.
    text = f"“We are in touch with them,” the minister said at the palace, {closing}"
    assert event(text, published=D(2025, 6, 3))[:2] == (D(2025, 6, 2), "text")


@pytest.mark.parametrize(
    "statement",
    [
        "Hal itu disampaikan Ketua DPRD Rina Susanti usai rapat Badan Musyawarah, Senin (11/9/2023).",
        "Hal tersebut dikatakan Sekda di ruang kerjanya, Senin (11/9/2023).",
        "Hal ini pun diungkapkan Wakil Ketua Komisi II kepada wartawan, Senin (11/9/2023).",
    ],
)
def test_a_planned_lead_is_dated_by_the_day_the_plan_was_stated(statement: str) -> None:
    paragraphs = [
        "DPRD Sukamaju akan menggelar sidang paripurna tentang anggaran bersama bupati dan camat."
        " Rabu (13/9/2023)",
        statement,
    ]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert (found.day, found.warnings) == (D(2023, 9, 11), [])


def test_a_statements_day_whose_weekday_disagrees_still_dates_a_planned_lead() -> None:
    # The statement's weekday contradicts its date (17 June 2023 was a Saturday): it is still the
    # day the plan was stated, and the reader is told.
    paragraphs = [
        "Laga persahabatan kedua tim itu digelar di Stadion Utama Sukamaju, 30 Juni 2023.",
        "“Kami siap menjamu mereka,” kata Menteri di Bandung, Jumat (17/6/2023).",
    ]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert found.day == D(2023, 6, 17)
    assert any("does not match" in w for w in found.warnings)


@pytest.mark.parametrize("incident", ["Oct. 12 bombings", "March 3 earthquake", "Jan. 5 floods"])
def test_a_date_that_names_an_incident_is_an_earlier_events(incident: str) -> None:
    # "in the wake of the Oct. 12 bombings …, the minister said on Thursday": the bare weekday
    # dates the statement and nothing says which week, so the event is undated.
    text = f"Arrivals fell in the wake of the {incident} in the province, the minister said on Thursday."
    found = find_event_date([text], today=D(2026, 11, 22))
    assert found.day is None and found.warnings
    # The same date as the day of a meeting still dates it.
    meeting = "The minister met provincial officials on Oct. 12, 2025, in the province."
    assert find_event_date([meeting], today=D(2026, 11, 22)).day == D(2025, 10, 12)


@pytest.mark.parametrize("opening", ["“", '"'])
def test_an_earlier_word_in_a_quotations_last_sentence_does_not_demote_the_attributions_date(
    opening: str,
) -> None:
    # The quotation's last sentence starts with "Sebelumnya": its sentence runs on into the
    # attribution ("…," kata Rina, Kamis (9/1/2025)), but the word is the speaker's, inside marks.
    closing = "”" if opening == "“" else '"'
    text = (
        f"{opening}Kami tambah dua kapal tahun ini. Sebelumnya hanya ada tiga kapal,{closing} "
        "kata Rina di Ambon, Kamis (9/1/2025)."
    )
    assert event(text, today=D(2026, 11, 22))[0] == D(2025, 1, 9)
    # Said outside the marks, the same word still tells of an earlier day.
    narrated = "Kapal baru tiba pekan ini. Sebelumnya, kapal itu diuji di Ambon, Kamis (9/1/2025)."
    lead = ["Dinas Perhubungan menambah armada kapal penumpang.", narrated]
    assert find_event_date(lead, today=D(2026, 11, 22)).day is None


@pytest.mark.parametrize("verb", ["mengatakan", "menyampaikan", "menjelaskan"])
def test_a_bare_weekday_between_the_commas_of_an_antara_attribution(verb: str) -> None:
    # "Bupati Sari di Wates, Selasa, mengatakan …": the weekday of the statement, counted from
    # the publication date; without one nothing says which week (null and a warning).
    text = f"Bupati Sari di Wates, Kulon Progo, Selasa, {verb} pihaknya menambah dua puskesmas."
    assert event(text, published=D(2025, 3, 13))[0] == D(2025, 3, 11)
    day, _, warnings = event(text, today=D(2026, 11, 22))
    assert day is None and warnings
    # A weekday not followed by a verb of saying is not read this way.
    listing = "Pasar buka Senin, Rabu, dan Jumat, mengikuti jadwal lama."
    assert event(listing, today=D(2026, 11, 22))[0] is None


def test_a_speakers_date_inside_the_quotation_does_not_settle_the_leads_bare_weekday() -> None:
    # The lead dates the statement by a weekday alone; the speaker's own "7 Juli 2025" (a
    # Monday too) is a schedule, so the event stays undated and the reader is told.
    paragraphs = [
        "Bupati Sari di Wates, Selasa, mengatakan pembangunan pasar hampir rampung.",
        "“Pedagang yang belum mendaftar masih kami beri waktu pada 8 Juli 2025,” katanya.",
    ]
    found = find_event_date(paragraphs, today=D(2026, 11, 22))
    assert found.day is None and found.warnings
    # Written outside the marks, a later date on the same weekday still dates it.
    narrated = [paragraphs[0], "Rapat pedagang itu berlangsung di balai desa, Selasa (8/7/2025)."]
    assert find_event_date(narrated, today=D(2026, 11, 22)).day == D(2025, 7, 8)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("on Friday, 14th July 2023", D(2023, 7, 14)),
        ("on 3rd March 2024", D(2024, 3, 3)),
        ("on 21st May 2022", D(2022, 5, 21)),
        ("on 2nd June 2021", D(2021, 6, 2)),
    ],
)
def test_an_english_date_written_day_first_with_an_ordinal(written: str, expected: dt.date) -> None:
    text = f"The governor announced the new levy to the assembly {written}."
    assert event(text, today=D(2026, 11, 22))[0] == expected


def test_an_ordinal_without_a_month_is_no_date() -> None:
    text = "Exports rose in the 4th quarter, the 21st such rise, the minister said."
    assert find_dates(text, Reference(D(2026, 11, 22), "today")) == []


def test_a_search_index_date_marker_stands_in_for_the_publication_date() -> None:
    # The marker opening the text is the day the page was stored, no date of the story: the
    # text's own date of the statement (a day earlier) dates the event.
    paragraphs = [
        " date 2023-07-13 The province will collect a levy from foreign visitors next year.",
        "“We set it in rupiah,” the governor told the assembly in its hall on Wednesday, 12th July 2023.",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2023, 7, 12)
    # A relative day counts from it, and with no other date the marker's day is the date.
    relative = [" date 2024-03-13 The minister opened the fair yesterday in the capital."]
    assert find_event_date(relative, today=D(2026, 11, 22)).day == D(2024, 3, 12)
    alone = [" date 2024-03-13 The minister opened the fair in the capital."]
    assert find_event_date(alone, today=D(2026, 11, 22)).day == D(2024, 3, 13)
    # A stray mark after the marker leaves it a marker, no date of the text's.
    stray = [" date 2024-03-13 ?Jakarta: The minister opened the fair yesterday."]
    assert find_event_date(stray, today=D(2026, 11, 22)).day == D(2024, 3, 12)
    # A marker of a month dates no day: it is taken off, and the year-less day keeps its weekday's year.
    month = [" date 2024-03 The minister opened the fair on Wednesday (13/3)."]
    found = find_event_date(month, today=D(2026, 11, 22))
    assert (found.day, found.expression) == (D(2024, 3, 13), "Wednesday (13/3)")


@pytest.mark.parametrize(
    "plan",
    [
        "The checks are due to begin next week, March 12 2024, at the main beaches.",
        "Pemeriksaan dilakukan mulai pekan depan, 12 Maret 2024, di pantai-pantai utama.",
    ],
)
def test_a_date_in_apposition_to_next_week_is_a_plans(plan: str) -> None:
    # The coming week's date is the plan's: the meeting's own day-month-weekday (a Tuesday in
    # 2024, the year the text names) dates the event.
    meeting = "This was revealed in a coordination meeting of the tourism office, Tuesday (5/3)."
    found = find_event_date([plan, meeting], today=D(2026, 11, 22))
    assert found.day == D(2024, 3, 5)


def test_a_plan_dates_the_day_it_governs_through_pada_however_long_its_clause() -> None:
    # One clause from the plan's word to "pada": a long object and a bracketed acronym between.
    paragraphs = [
        "Gubernur bakal menghadiri serangkaian pertemuan tingkat menteri di sela-sela konferensi"
        " tahunan para kepala daerah se-Asia Tenggara dan mitra wicaranya (KKD) pada 11-14 Juli 2023.",
        "“Kami siap,” kata Gubernur saat ditemui wartawan di sela kunjungan kerjanya ke kantor"
        " wali kota di Medan, Senin (10/7/2023).",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2023, 7, 10)
    english = [
        "The governor will attend a series of ministerial meetings on the sidelines of the annual"
        " conference of Southeast Asian regional leaders and their partners (CRL) on July 11-14, 2023.",
        "The governor told reporters in Medan on Monday (10/7/2023).",
    ]
    assert find_event_date(english, today=D(2026, 11, 22)).day == D(2023, 7, 10)
    # A comma closes the plan's clause: the day after it is the day something was done.
    done = [
        "Menteri akan menambah anggaran daerah tahun depan untuk pembangunan jalan dan jembatan di"
        " seluruh kabupaten, dan meresmikan jembatan baru di Kabupaten Sleman pada Senin (10/7/2023).",
    ]
    assert find_event_date(done, today=D(2026, 11, 22)).day == D(2023, 7, 10)


def test_the_lead_dated_with_its_weekday_is_not_taken_for_a_plan_said_days_before() -> None:
    paragraphs = [
        "Menteri meninjau harga beras di Pasar Baru, Bogor, Sabtu (25/6/2022).",
        "“Stok aman,” kata Menteri di Pasar Baru, Sabtu.",
        "“Harga akan turun,” ujar Menteri kepada wartawan di Istana, Senin (20/6/2022).",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2022, 6, 25)
    # A lead that dates what is still to come gives way to the day it was said.
    planned = [
        "Pameran dagang digelar di Bogor pada 25-27 Juni 2022.",
        "“Semua siap,” ujar Menteri kepada wartawan di Istana, Senin (20/6/2022).",
    ]
    assert find_event_date(planned, today=D(2026, 11, 22)).day == D(2022, 6, 20)


@pytest.mark.parametrize(
    "text", ["Pelatihan selama tiga hari ini diikuti 25 perajin.", "Sudah 12 hari ini warga mengungsi."]
)
def test_a_count_of_days_before_hari_ini_is_no_date(text: str) -> None:
    assert find_dates(text, Reference(D(2025, 3, 3), "published")) == []
    today = find_dates("Pelatihan dibuka hari ini di Bogor.", Reference(D(2025, 3, 3), "published"))
    assert [m.day for m in today] == [D(2025, 3, 3)]


def test_a_photo_caption_above_the_story_is_no_byline_and_does_not_date_the_page() -> None:
    # A long line above the dateline is a caption: its date is the photo's, not the publication's,
    # so the story's own later date is not taken for a day after publication.
    caption = (
        "Bupati Sleman meninjau gudang pupuk bersama kepala dinas pertanian dan para penyuluh di "
        "Kecamatan Depok, Kamis, 5 Juni 2025. Dok/Humas Pemkab"
    )
    found = find_event_date(
        [
            "Pemerintah kabupaten membuka posko pupuk, demikian rilis Humas, Sabtu, 7 Juni 2025.",
            "Pada Kamis, 5 Juni, Bupati mengatakan stok pupuk cukup sampai musim tanam.",
        ],
        today=D(2026, 11, 22),
        furniture=[caption],
    )
    assert found.day == D(2025, 6, 7)
    # A short date line above the story still stands in for the publication date.
    short = find_event_date(
        ["Posko dibuka Sabtu (7/6)."], today=D(2026, 11, 22), furniture=["Senin, 9 Juni 2025"]
    )
    assert short.day == D(2025, 6, 7)


def test_spans_written_with_words_between_weekdays_or_after_an_english_month() -> None:
    # "Senin hingga Rabu (14-16/7/2025)": the first weekday is the first day's, no mismatch.
    assert event("Pameran dibuka Senin hingga Rabu (14-16/7/2025).", today=D(2026, 11, 22)) == (
        D(2025, 7, 14),
        "text",
        [],
    )
    # "July 12-14, 2025": the year after the span's end is the span's.
    day, _, warnings = event("The fair was held in Medan on July 12-14, 2025.", today=D(2026, 11, 22))
    assert (day, warnings) == (D(2025, 7, 12), [])


def test_silam_dates_only_the_phrase_it_closes() -> None:
    # "PON 2024 silam" is the games' time, not the gathering's: the gathering's Thursday is the event.
    text = "Para atlet lomba 2023 silam dikumpulkan di aula dinas pada Kamis (13/2/2025) untuk pendataan."
    assert event(text, today=D(2026, 11, 22))[0] == D(2025, 2, 13)
    # Right after a date, "silam" makes it an earlier event's.
    ago = ["Bupati meresmikan pasar, Senin (3/3/2025).", "Pasar lama terbakar pada 4 Januari 2025 silam."]
    assert find_event_date(ago, today=D(2026, 11, 22)).day == D(2025, 3, 3)
    # An earlier event's day alone does not date the story (as "Pada tahap sebelumnya, …").
    only = find_event_date(["Pasar itu terbakar pada 4 Januari 2025 silam."], today=D(2026, 11, 22))
    assert only.day is None and only.warnings


def test_a_weekday_in_lower_case_still_dates_its_numbers() -> None:
    # A small site types the weekday in lower case, with or without brackets around the date.
    assert event("Bupati membuka pameran kopi, rabu 9/7/25 di alun-alun.", today=D(2026, 11, 22))[0] == D(
        2025, 7, 9
    )
    assert event("Bupati membuka pameran kopi, rabu (9/7/2025).", today=D(2026, 11, 22))[0] == D(2025, 7, 9)


def test_a_sentence_opening_on_the_plans_word_dates_the_plan() -> None:
    # "Rencananya, pada Kamis (…) … akan …" is the plan's day; the release's day below dates the story.
    paragraphs = [
        "Gubernur tiba di Kota Ambon pagi tadi. Rencananya, pada Kamis (10/7) gubernur akan meresmikan"
        " pasar ikan.",
        "Dalam rilis yang diterima redaksi, Rabu (9/7), gubernur juga meninjau gudang beras.",
    ]
    assert find_event_date(paragraphs, today=D(2026, 11, 22)).day == D(2025, 7, 9)


def test_a_full_date_with_its_weekday_is_as_strong_as_the_bracketed_form() -> None:
    # The lead's "Selasa, 4 Maret 2025" dates the event; a companion's later "Rabu (5/3/2025)" in
    # the same paragraph is another day's.
    text = (
        "Bupati membuka pasar tani pada Selasa, 4 Maret 2025. Keesokan harinya ia meninjau gudang"
        " pupuk, Rabu (5/3/2025)."
    )
    assert event(text, today=D(2026, 11, 22))[0] == D(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sehari sebelumnya" counts back from the sentence's own date, which stays the event's
        (
            "Bupati menemui massa, Senin (7/7/2025) di alun-alun, menindaklanjuti surat sehari sebelumnya.",
            D(2025, 7, 7),
        ),
        # a sentence about an earlier stage still gives way
        ("Pada tahap sebelumnya, Senin (7/7/2025), pendaftaran dibuka.", None),
    ],
)
def test_a_day_counted_back_does_not_make_the_sentence_an_earlier_events(
    text: str, expected: dt.date | None
) -> None:
    assert event(text, today=D(2026, 11, 22))[0] == expected
