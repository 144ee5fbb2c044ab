"""Reported-step cues (step_reported): targets stated as facts, documents that will govern, demands
and advice to someone, assurances that something will be no more, English promises, and a fear in a
relative clause that governs nothing after its comma. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.extract.step_reported import has_reported_words, reported_cues
from briefgen.model import Article

TODAY = dt.date(2026, 11, 22)


def _steps(*paragraphs: str) -> list[tuple[str, str | None]]:
    facts = extract(Article("x", None, list(paragraphs)), today=TODAY)
    return [(s.text, s.actor) for s in facts.next_steps]


def _texts(*paragraphs: str) -> list[str]:
    return [text for text, _ in _steps(*paragraphs)]


def test_a_target_stated_as_a_fact_is_a_step() -> None:
    sentences = (
        "Target kehadiran pemilih pada pilkada 2027 adalah 75 persen.",
        "Salah satu sasaran program vaksinasi keliling adalah lansia di desa terpencil.",
        "Pada pilkada nanti, target kehadiran pemilih bisa mencapai 82 persen.",
        "Jadi targetnya semua jembatan gantung selesai hingga tahun 2027.",
        "Target tahun ini adalah 40 ton benih.",
    )
    for sentence in sentences:
        assert _texts(sentence) == [sentence], sentence


def test_a_target_after_a_conjunction_or_its_scope_is_a_step() -> None:
    for sentence in (
        "Angka 30 ton sudah aman, tapi target tetap 45 ton.",
        "Untuk penumpang kapal targetnya bisa mencapai 12.000 orang.",
    ):
        assert _texts(sentence) == [sentence], sentence
    assert _texts("Untuk itu target tahun lalu adalah 50 ton.") == []


def test_a_target_met_missed_past_or_named_again_is_not_a_step() -> None:
    for sentence in (
        "Target tahun lalu adalah 70 persen.",
        "Capaian itu melampaui target 80 persen.",
        "Target itu naik dari realisasi tahun 2025 yang mencapai 60 persen.",
        "Target kehadiran sebesar 75 persen itu masuk akal.",
        "Target kehadiran 75 persen sudah tercapai pada pilkada kemarin.",
    ):
        assert _texts(sentence) == [], sentence


def test_a_document_that_will_govern_is_a_step_a_foreseen_use_is_not() -> None:
    assert _texts("Peraturan bupati ini akan menjadi pedoman seluruh dinas dalam menyusun anggaran.") != []
    assert _texts("Surat edaran itu nantinya akan jadi acuan sekolah dalam membuka kelas.") != []
    assert _texts("The new decree will serve as a guideline for every district office.") != []
    assert _texts("Hasil survei itu akan menjadi acuan.") == []
    assert _texts("Peraturan itu tidak akan menjadi pedoman.") == []


def test_a_demand_or_advice_to_someone_names_the_one_asked() -> None:
    assert _steps("Budi mendesak polisi menuntaskan kasus itu secepatnya.") == [
        ("Budi mendesak polisi menuntaskan kasus itu secepatnya.", "polisi")
    ]
    assert _steps("Rina menyarankan agar warga membawa kantong belanja sendiri.") == [
        ("Rina menyarankan agar warga membawa kantong belanja sendiri.", "warga")
    ]
    # urgency is an adjective, not a demand
    assert _texts("Kebutuhan air bersih itu sangat mendesak untuk dipenuhi.") == []
    assert _texts("Ada masalah yang mendesak soal air bersih di desa itu.") == []


def test_an_appeal_or_request_to_a_class_of_people_named_by_a_common_noun() -> None:
    for sentence, actor in (
        ("Konsul itu mengimbau pelajar tidak bepergian sendiri pada malam hari.", "pelajar"),
        ("Jubir itu menyarankan semua WNI di Lyon jangan dulu keluar rumah.", "semua WNI di Lyon"),
        ("Ia meminta diaspora membantu mempromosikan kopi daerah.", "diaspora"),
        ("Wali kota meminta pedagang menutup lapak sebelum pukul 22.00.", "pedagang"),
    ):
        assert _steps(sentence) == [(sentence, actor)], sentence
    for sentence in (
        "Ia meminta waktu menjelaskan.",
        "Mereka meminta kenaikan upah menjadi prioritas.",
        "Ia meminta LPSK membuka data tersebut.",  # a body by its name needs "untuk"/"agar"
    ):
        assert _texts(sentence) == [], sentence


def test_the_agenda_of_a_meeting_still_to_come_is_a_step() -> None:
    for sentence in (
        "Rapat kedua gubernur itu juga akan membahas jalur kereta antarprovinsi.",
        "Sidang itu akan membicarakan anggaran sekolah tahun depan.",
        "Selain itu, akan ada pembahasan mengenai pasokan listrik desa.",
        "The talks will also focus on fishing rights.",
    ):
        assert _texts(sentence) == [sentence], sentence
    for sentence in (
        "Pertemuan itu akan meningkatkan hubungan kedua kota.",  # what it brings about
        "Rapat kemarin membahas anggaran sekolah.",  # held already
    ):
        assert _texts(sentence) == [], sentence


def test_an_event_that_will_be_dihelat_on_a_date_is_scheduled() -> None:
    text = "Kedua, ada Festival Teluk yang akan dihelat pada 14 Desember 2026."
    assert _texts(text) == [text]
    assert _texts("Festival Teluk yang dihelat pada 2 Mei 2025 itu ramai.") == []


def test_a_focus_on_an_act_in_a_period_to_come_is_a_step() -> None:
    text = "Tahun depan, Dinas Perikanan fokus membangun dua tempat pelelangan ikan."
    assert _steps(text) == [(text, "Dinas Perikanan")]
    text = "Pemkab fokus memperbaiki jalan desa hingga bulan depan."
    assert _texts(text) == [text]
    assert _texts("Pemkab fokus menangani banjir di tiga kecamatan.") == []
    assert _texts("Fokus pembahasan tahun depan adalah penguatan ekonomi desa.") == []


def test_an_assurance_of_no_more_counts_from_a_time_to_come() -> None:
    text = "Dia memastikan, mulai tahun depan tidak ada lagi sekolah yang rusak."
    assert _texts(text) == [text]
    assert _texts("Tim SAR memastikan tidak ada lagi korban yang tertimbun.") == []


def test_an_english_promise_of_an_act_is_a_step() -> None:
    text = "The agency promised to continue searching for the missing boat."
    assert _steps(text) == [(text, "The agency")]
    assert _texts("The agency promised to be fair.") == []


def test_a_fear_in_a_relative_clause_governs_nothing_after_its_comma() -> None:
    text = "Kepada warga yang takut datang karena khawatir tertular, dinas akan mengirim petugas ke rumah."
    assert _steps(text) == [(text, "dinas")]
    # a fear that governs the future it introduces is still a forecast
    assert _texts("Warga khawatir harga beras akan naik.") == []
    assert _texts("Pedagang yang khawatir, kata dia, harga akan naik lagi.") == []


def test_a_completion_with_the_year_it_is_due_is_a_schedule_a_forecast_of_it_is_not() -> None:
    for sentence in (
        "Bendungan itu akan rampung pada 2027.",
        "Ia menyebut, tahun depan ada lima pasar baru yang akan selesai.",
        # a month before the year, and a pier or a clinic as the project
        "Dermaga baru di pelabuhan itu akan selesai pada Februari 2027.",
        "Puskesmas di kecamatan itu akan beroperasi akhir Desember 2026.",
    ):
        assert _texts(sentence) == [sentence], sentence
    for sentence in (
        "Budi memperkirakan bendungan itu akan selesai pada Februari 2027.",
        "Masa jabatannya akan selesai pada Oktober 2027.",
        "Budi memperkirakan bendungan itu akan selesai pada 2027.",
        "Proyek itu tidak akan selesai pada 2027.",
        "Bendungan itu akan rampung.",
        # what ends or is foreseen is no project completed
        "Masa jabatannya akan selesai pada 2027.",
        "Pandemi ini akan selesai tahun depan.",
    ):
        assert _texts(sentence) == [], sentence


def test_an_assurance_that_an_act_goes_on_and_a_declared_focus_are_steps() -> None:
    for sentence in (
        "Kepala dinas menjamin pasokan beras tetap disalurkan selama libur.",
        "Namun ia meyakinkan, dinas tetap bekerja keras menyelesaikannya tepat waktu.",
        "Budi bilang fokus utamanya ialah membenahi pasar desa.",
        "Prioritas kami adalah membenahi jalan desa.",
    ):
        assert _texts(sentence) == [sentence], sentence
    assert _texts("Kepala dinas menjamin mutu beras itu.") == []
    assert _texts("Fokus kami adalah pasar.") == []


def test_what_will_be_become_a_tally_of_the_scheduled_and_a_result_beyond_its_target_are_not_steps() -> None:
    for sentence in (
        "Usahanya pun bakal jadi berkah bagi warga.",
        "Dari 20 peserta yang dijadwalkan hadir, hanya 5 yang datang.",
        "Hasil panen itu melebihi dari yang ditargetkan dinas.",
    ):
        assert _texts(sentence) == [], sentence
    # a host's part, and making something into something, are still plans
    for sentence in (
        "Indonesia akan menjadi tuan rumah pertemuan itu pada Mei 2027.",
        "Dinas akan menjadikan pasar itu sebagai pusat kuliner.",
        "Ada 20 peserta yang dijadwalkan hadir pada 3 Desember 2026.",
    ):
        assert _texts(sentence) == [sentence], sentence


def test_an_english_obligation_with_its_figure_or_target_is_a_target_advice_is_not() -> None:
    for sentence in (
        "Indonesia must raise 500 trillion rupiah in taxes for the 2027 budget.",
        "Budi Santoso, who took over as port chief last month, must boost port revenue to meet the target.",
    ):
        assert _texts(sentence) == [sentence], sentence
    assert _texts("Farmers must adapt to the new climate.") == []
    assert _texts("Farmers must raise their voices.") == []


def test_a_state_foreseen_is_not_a_step_a_body_focusing_on_an_act_is() -> None:
    for sentence in (
        "Mereka akan sibuk bekerja daripada berdemo.",
        "Warga akan terbantu dengan program itu.",
        "Usaha kecil itu bakal makin sukses.",
    ):
        assert _texts(sentence) == [], sentence
    assert _texts("Dinas akan turun ke lokasi besok.") != []
    text = "The Health Ministry is focusing on building clinics in remote districts."
    assert _steps(text) == [(text, "The Health Ministry")]


def test_a_question_states_no_plan_even_inside_a_quotation() -> None:
    quoted = "“Kalau begitu, bisa tidak besok kami buka loket baru?” kata Kepala Dinas Pasar Budi Santoso."
    assert _texts(quoted) == []
    assert _texts("“Besok kami buka loket baru,” kata Kepala Dinas Pasar Budi Santoso.") == [
        "Besok kami buka loket baru"
    ]


def test_the_cue_words_guard_the_families() -> None:
    assert has_reported_words("rina menyarankan agar …")
    assert not has_reported_words("dinas membuka loket baru.")
    assert reported_cues("Dinas membuka loket baru.", "dinas membuka loket baru.") == []
