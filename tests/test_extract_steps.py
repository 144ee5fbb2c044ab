"""Next steps: plans with their actors, and the predictions, beliefs and hopes that are not plans."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.model import Article, Facts

TODAY = dt.date(2026, 11, 22)


def facts_of(*paragraphs: str) -> Facts:
    return extract(Article("x", None, list(paragraphs)), today=TODAY)


def steps_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.actor) for s in facts_of(*paragraphs).next_steps]


def test_ke_depan_opens_the_sentence_and_the_subject_after_the_comma_acts() -> None:
    assert steps_of("Ke depan, Dinas Pariwisata Kota Palu akan membuka kelas pemandu wisata.") == [
        (
            "Ke depan, Dinas Pariwisata Kota Palu akan membuka kelas pemandu wisata.",
            "Dinas Pariwisata Kota Palu",
        )
    ]


def test_a_plan_reported_by_someone_is_a_next_step_with_pihaknya_as_their_side() -> None:
    facts = facts_of(
        "Kepala Balai Arsip Daerah Nusa Jaya, Rudi Hartawan, membuka pameran arsip.",
        "Rudi menambahkan, pihaknya akan membuka layanan arsip daring pada Maret 2027.",
    )
    assert [(s.text.split(",")[0], s.actor) for s in facts.next_steps] == [
        ("Rudi menambahkan", "Balai Arsip Daerah Nusa Jaya")
    ]
    assert not any("pihaknya" in s.text for s in facts.statements)


def test_passive_targets_and_schedules_reported_by_someone_are_next_steps() -> None:
    steps = steps_of(
        "Kepala Dinas Perikanan, Yanto Sumarno, meninjau pelabuhan.",
        "Yanto menyebut gudang beku itu ditargetkan beroperasi pada akhir 2027.",
        "Yanto menambahkan, pelatihan serupa direncanakan digelar di Ternate.",
    )
    assert steps == [
        ("Yanto menyebut gudang beku itu ditargetkan beroperasi pada akhir 2027.", None),
        ("Yanto menambahkan, pelatihan serupa direncanakan digelar di Ternate.", None),
    ]


def test_lower_case_and_common_noun_actors() -> None:
    steps = steps_of(
        "Pemerintah kabupaten juga akan menyediakan lahan parkir baru.",
        "Dinas Koperasi dan kementerian Thailand akan menandatangani nota kesepahaman.",
        "Lima belas koperasi tersebut akan mengikuti kurasi produk.",
        "Wakil Bupati Sukadana, Rina Oktaviani, menjelaskan pemkab akan memperbaiki jalan desa.",
    )
    assert [actor for _, actor in steps] == [
        "Pemerintah kabupaten",
        "Dinas Koperasi dan kementerian Thailand",
        "Lima belas koperasi tersebut",
        "pemkab",
    ]


def test_predictions_beliefs_and_negations_are_not_next_steps() -> None:
    assert (
        steps_of(
            "Kepala Dinas Pertanian, Agus Salim, meninjau panen.",
            "Agus memperkirakan harga gabah akan naik bulan depan.",
            "Ia menilai koperasi petani akan semakin kuat.",
            "Harga pupuk juga diperkirakan akan turun.",
            "Permintaan beras organik akan tumbuh pesat.",
            "Agus menegaskan bahwa pemerintah tidak akan mengimpor beras.",
        )
        == []
    )


def test_diharapkan_is_a_plan_only_with_a_schedule_and_without_a_hedge() -> None:
    steps = steps_of(
        "Aturan daerah tentang pasar rakyat diharapkan terbit sebelum akhir 2027.",
        "Pasar baru itu diharapkan mampu menyerap seribu pedagang.",
        "Festival tersebut diharapkan menjadi agenda tahunan kota.",
        "Kehadiran pembeli asing diharapkan membuka pasar baru bagi perajin.",
    )
    assert steps == [("Aturan daerah tentang pasar rakyat diharapkan terbit sebelum akhir 2027.", None)]


def test_agreements_and_named_plans_still_count() -> None:
    steps = steps_of(
        "Kedua pihak sepakat untuk membentuk tim kerja bersama.",
        "Asosiasi Perajin Bambu berencana membuka galeri di Kupang.",
        "Kemenekraf berkomitmen menyelesaikan aturan itu pada Juni 2027.",
    )
    assert [actor for _, actor in steps] == ["Kedua pihak", "Asosiasi Perajin Bambu", "Kemenekraf"]


def test_passive_futures_without_an_agent_are_steps_with_no_actor() -> None:
    assert steps_of(
        "Program pendampingan akan diterapkan di 35 kabupaten mulai Januari 2027.",
        "Sebanyak 40 pelaku usaha akan diberangkatkan pada pameran di Kuala Lumpur.",
        "Yulianto memastikan bazar halal akan kembali digelar tahun depan.",
    ) == [
        ("Program pendampingan akan diterapkan di 35 kabupaten mulai Januari 2027.", None),
        ("Sebanyak 40 pelaku usaha akan diberangkatkan pada pameran di Kuala Lumpur.", None),
        ("Yulianto memastikan bazar halal akan kembali digelar tahun depan.", None),
    ]


def test_passives_of_feeling_and_negated_passives_are_not_steps() -> None:
    assert (
        steps_of(
            "Kopi Gayo akan dikenal di seluruh dunia. Produk itu tidak akan dipungut biaya tambahan.",
            "Tren ini akan dirasakan pelaku usaha kecil.",
        )
        == []
    )


def test_obligations_with_a_deadline_and_openings_from_a_coming_date() -> None:
    steps = steps_of(
        "Rapat digelar di Semarang, Selasa (17/11/2026).",
        "Pelaku usaha wajib menyesuaikan label kemasan paling lambat 1 Maret 2027.",
        "Pelaku usaha harus jujur kepada pembeli.",
        "Galeri itu dibuka untuk umum mulai 1 Desember 2026.",
        "Galeri lama dibuka mulai 1 Oktober 2026 lalu.",
    )
    assert steps == [
        ("Pelaku usaha wajib menyesuaikan label kemasan paling lambat 1 Maret 2027.", None),
        ("Galeri itu dibuka untuk umum mulai 1 Desember 2026.", None),
    ]


def test_an_object_fronted_plan_inside_a_quotation() -> None:
    facts = facts_of(
        "Kepala Dinas Koperasi Jawa Tengah, Yulianto Prabowo, meluncurkan aplikasi itu.",
        "“Aplikasinya nanti akan kami uji coba di tiga kabupaten. Kami tidak mau pelaku usaha bingung,” "
        "ujar Yulianto.",
    )
    assert [(s.text, s.actor) for s in facts.next_steps] == [
        ("Aplikasinya nanti akan kami uji coba di tiga kabupaten.", "Dinas Koperasi Jawa Tengah")
    ]


def test_reported_figures_and_forecasts_are_not_steps() -> None:
    assert (
        steps_of(
            "Ketua asosiasi, Heru Santosa, menyebut sebanyak 80.000 gerai akan membutuhkan sertifikat halal.",
            "Jumlah pendaftar diperkirakan akan mencapai 120.000 usaha pada akhir 2027.",
            "Permintaan produk halal diprediksi akan diserap pasar Timur Tengah.",
        )
        == []
    )


def test_pihaknya_is_the_side_of_the_speaker_named_in_the_same_sentence() -> None:
    steps = steps_of(
        "Perajin warangka, Rosmawati Siregar, memperagakan cara mengukir.",
        "Kepala Dinas Kebudayaan Kota Solo, Sri Lestari, mengatakan pihaknya akan menerbitkan katalog.",
    )
    assert steps == [
        (
            "Kepala Dinas Kebudayaan Kota Solo, Sri Lestari, mengatakan pihaknya akan menerbitkan katalog.",
            "Dinas Kebudayaan Kota Solo",
        )
    ]


def test_fears_hedges_and_conditional_consequences_are_not_plans() -> None:
    facts = facts_of(
        "Warga khawatir rumah mereka akan digusur tahun depan.",
        "Ketua koperasi, Budi Santoso, ditemui di gudang.",
        "“Kalau harga pupuk naik lagi, kami akan rugi besar tahun ini,” ujar Budi.",
    )
    assert facts.next_steps == []
