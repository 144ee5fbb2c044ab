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
