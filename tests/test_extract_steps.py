"""Next steps: plans with their actors, and the predictions, beliefs and hopes that are not plans."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from briefgen.evaluation import load_gold, normalise_text
from briefgen.extract import extract
from briefgen.extract.sentences import split_sentences
from briefgen.extract.step_cues import _GUARDED, _OBLIGATION, _PLAN_NOUN, _STRONG, _WEAK
from briefgen.extract.step_gate import CUE_WORDS
from briefgen.model import Article, Facts
from briefgen.pipeline import date_in_name, discover, load_article

TODAY = dt.date(2026, 11, 22)
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


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


def test_diharapkan_with_a_date_is_still_a_hope_when_an_outcome_or_an_ability_is_hoped_for() -> None:
    steps = steps_of(
        "Tahun depan penjualan diharapkan tumbuh 15 persen pada Desember 2027.",
        "Diharapkan pada libur sekolah mulai 20 Juni 2027, pasar itu bisa menarik pembeli dari luar kota.",
        "Gedung itu diharapkan rampung pada Maret 2027.",
    )
    assert steps == [("Gedung itu diharapkan rampung pada Maret 2027.", None)]


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


# --------------------------------------------------------------------------- requests and orders


def test_requests_and_instructions_to_a_named_actor_are_steps_with_the_addressee_as_actor() -> None:
    steps = steps_of(
        "Gubernur Sulawesi Tengah, Rusdi Mastura, meminta para bupati untuk segera mendata warga terdampak.",
        "Rusdi juga meminta camat tidak menunda pencairan dana desa.",
        "Kepala Dinas Sosial, Lina Marlina, menginstruksikan seluruh petugas agar bekerja berdasarkan data.",
        "Lina mengaku telah menugaskan dua pegawai untuk mengawal penyaluran bantuan di tiap kecamatan.",
        "Wali kota mendorong pengelola pasar agar menata ulang lapak pedagang.",
        "Bupati Sigi menginstruksikan seluruh lurah turun langsung mendata warga.",
        "Sekda menghimbau kepada camat agar mengawasi arus pemudik.",
        "Bupati mengeluarkan instruksi tegas kepada seluruh jajaran pemerintah daerah agar bergerak cepat.",
    )
    assert [actor for _, actor in steps] == [
        "para bupati",
        "camat",
        "seluruh petugas",
        "dua pegawai",
        "pengelola pasar",
        "seluruh lurah",
        "camat",
        "seluruh jajaran pemerintah daerah",
    ]


def test_apologies_things_asked_for_and_requests_already_met_are_not_steps() -> None:
    assert (
        steps_of(
            "Kepala desa, Wayan Sudarma, meminta maaf kepada warga atas keterlambatan bantuan.",
            "Pembeli dari Jepang meminta sampel tambahan untuk diuji di laboratorium mereka.",
            "Polisi mengaku telah meminta dinas kominfo memblokir tiga situs penipuan.",
            "Saat diminta tanggapan, Wayan memilih diam.",
            "Dulu pelanggan hanya minta teh manis.",
            "Wayan mendorong pertumbuhan ekonomi desa lewat pasar malam.",
        )
        == []
    )


def test_orders_and_schedules_inside_a_quotation() -> None:
    facts = facts_of(
        "Kepala Dinas Lingkungan Hidup, Darmawan Saleh, meninjau tempat pembuangan sampah itu.",
        "“Saya tidak mau ada korban lagi, segera tutup,” kata Darmawan.",
        "“Besok kami ke Donggala untuk memeriksa dua lokasi lain,” ujar Darmawan.",
        "“Pastikan semua truk sampah ditimbang,” kata Darmawan.",
        "“Bahkan warga sudah lama mengeluh,” kata Darmawan.",
    )
    assert [s.text for s in facts.next_steps] == [
        "Saya tidak mau ada korban lagi, segera tutup",
        "Besok kami ke Donggala untuk memeriksa dua lokasi lain",
        "Pastikan semua truk sampah ditimbang",
    ]


# --------------------------------------------------------------------------- obligations, schedules


def test_obligations_of_a_government_body_or_with_a_schedule_are_steps_advice_is_not() -> None:
    steps = steps_of(
        "Pemerintah provinsi juga harus mampu menyediakan air bersih bagi pengungsi.",
        "Koperasi Tani Makmur masih harus menyalurkan 200 ton pupuk hingga akhir tahun.",
        "Target itu harus dicapai oleh Dinas Pariwisata Kota Palu.",
        "Startup lokal harus membangun produk yang memahami pasar desa.",
        "Adik-adik harus bersyukur atas beasiswa ini.",
        "Itu yang harus dipahami para pelajar.",
        "Menurut Rudi, masalah sampah harus ditangani dengan membangun budaya memilah.",
    )
    assert [text.split()[0] for text, _ in steps] == ["Pemerintah", "Koperasi", "Target"]


def test_postponements_pending_decisions_focus_and_first_tasks_are_steps() -> None:
    steps = steps_of(
        "Rapat pleno penetapan upah ditunda hingga pekan depan.",
        "Keputusan soal tarif baru masih menunggu hasil rapat koordinasi di Kemenko Perekonomian.",
        "Desa-desa pesisir akan menjadi prioritas program sanitasi.",
        "Tugas utama kami ialah menuntaskan pendataan penerima bantuan.",
        "Kalau nanti ada keluhan, warga bisa melapor ke posko.",
    )
    assert [text.split()[0] for text, _ in steps] == ["Rapat", "Keputusan", "Desa-desa", "Tugas"]


def test_a_plan_named_as_a_noun_counts_with_its_purpose_or_time() -> None:
    steps = steps_of(
        "Duta Besar Kenya menyampaikan rencana untuk membuka kantor dagang di Surabaya.",
        "Keduanya membahas rencana kunjungan Menteri Pertanian Chile ke Makassar akhir Mei ini.",
        "Australia dan Indonesia telah menjadwalkan pertemuan dua menteri pada Desember.",
        "Pembangunan jembatan itu berjalan sesuai rencana.",
        "Rencana tata ruang kota memuat kawasan hijau.",
    )
    assert [text.split()[0] for text, _ in steps] == ["Duta", "Keduanya", "Australia"]


def test_a_conditional_commitment_belongs_to_the_one_the_condition_is_about() -> None:
    steps = steps_of(
        "Calon bupati Hendra Wijaya mengatakan apabila dirinya terpilih, akan membangun pasar di Sigi.",
    )
    assert steps == [
        (
            "Calon bupati Hendra Wijaya mengatakan apabila dirinya terpilih, akan membangun pasar di Sigi.",
            "Hendra Wijaya",
        )
    ]


def test_a_commitment_after_a_condition_inside_a_quotation_is_a_step_a_consequence_is_not() -> None:
    facts = facts_of(
        "Ketua koperasi, Budi Santoso, ditemui di gudang.",
        "“Kalau anggaran turun, kami akan menyesuaikan jadwal panen,” ujar Budi.",
        "“Kalau harga pupuk naik lagi, kami akan rugi besar,” ujar Budi.",
    )
    assert [s.text for s in facts.next_steps] == ["Kalau anggaran turun, kami akan menyesuaikan jadwal panen"]


def test_kita_and_object_first_commitments_inside_quotations_are_the_speakers_side() -> None:
    facts = facts_of(
        "Kepala Badan Pendapatan Daerah Kota Palu, Irwan Lahace, memaparkan realisasi pajak.",
        "“Kita akan transparan soal penggunaan anggaran. Jadi kami akan menambah loket,” kata Irwan.",
        "“Pungutan liar harus terus kita berantas bersama. Kami siap berbagi data,” kata Irwan.",
        "“Wisatawan biasanya merencanakan liburan setahun sebelumnya,” kata Irwan.",
    )
    assert [(s.text, s.actor) for s in facts.next_steps] == [
        ("Kita akan transparan soal penggunaan anggaran.", "Badan Pendapatan Daerah Kota Palu"),
        ("Jadi kami akan menambah loket", "Badan Pendapatan Daerah Kota Palu"),
        ("Pungutan liar harus terus kita berantas bersama.", "Badan Pendapatan Daerah Kota Palu"),
    ]


def test_the_speaker_who_says_he_will_act_is_the_actor() -> None:
    steps = steps_of(
        "Menteri Perhubungan, Dedi Kurnia, meninjau pelabuhan.",
        "Tak hanya itu, Dedi menyatakan pula akan menyurati gubernur.",
        "Perum Damri berjanji akan menambah armada bus malam.",
    )
    assert [actor for _, actor in steps] == ["Dedi Kurnia", "Perum Damri"]


# --------------------------------------------------------------------------- what is not a step


def test_headlines_questions_and_follow_ups_of_past_events_are_not_steps() -> None:
    assert (
        steps_of(
            "Gubernur Minta Bupati Segera Data Warga Terdampak Banjir",
            "Ditanya apakah dinas akan menambah kuota, Rina menjawab belum tahu.",
            "Pertemuan ini merupakan tindak lanjut dari kunjungan kerja bulan lalu.",
            "Pabrik itu belum memperoleh penugasan untuk membeli gabah petani.",
        )
        == []
    )


def test_a_dateline_left_before_the_subject_does_not_hide_it() -> None:
    steps = steps_of("Palu - Dinas Perhubungan (Dishub) akan memasang lampu jalan di Jalan Diponegoro.")
    assert [actor for _, actor in steps] == ["Dinas Perhubungan (Dishub)"]


# --------------------------------------------------------------------------- English sources


def test_english_agreements_plans_and_modal_futures_are_steps() -> None:
    facts = facts_of(
        "Both sides agreed to set up a joint working group on fisheries.",
        "The agency will open two new offices in Surabaya next year.",
        "The ministry plans to review the regulation in March.",
        "Nusantara Port is set to begin operations in 2027.",
        "Both ministers reaffirmed their commitment to fair trade.",
        "The programme was extended until 2028.",
    )
    assert [(s.text.split()[0], s.actor) for s in facts.next_steps] == [
        ("Both", "Both sides"),
        ("The", "The agency"),
        ("The", "The ministry"),
        ("Nusantara", "Nusantara Port"),
        ("Both", None),
        ("The", None),
    ]


def test_english_forecasts_former_plans_and_the_noun_will_are_not_steps() -> None:
    facts = facts_of(
        "Analysts expect that prices will rise next month.",
        "Initially, the bridge would open by 2021.",
        "The mayor praised the political will of the villagers.",
        "The increase is caused by the country's plan to retire old plants.",
        "Demand for rice will grow.",
        "We aim to double exports.",
        "The minister said the country would benefit from the new corridor.",
        "The agency will be ready for the season.",
    )
    assert facts.next_steps == []


def test_an_english_quotation_with_we_will_is_a_step() -> None:
    facts = facts_of(
        "Port authority chief Maria Gomez met the delegation.",
        '"We will continue the talks next month," Maria Gomez said.',
    )
    assert [s.text for s in facts.next_steps] == ["We will continue the talks next month"]


# --------------------------------------------------------------------------- the real corpus

# Gold steps of the classes this module was taught: requests with a purpose, English plans, and
# first-person commitments in quotations. Chosen by their wording, not by file.
_TAUGHT = re.compile(
    r"\b(?:meminta|minta|menginstruksikan|menugaskan)\b[^.]*\b(?:untuk|agar|supaya)\b"
    r"|\b(?:will|would|agreed to|agreeing to)\b|\b(?:kami|kita)\s+akan\b",
    re.IGNORECASE,
)


def _corpus() -> list[tuple[str, Facts, list[str]]]:
    if not CORPUS.is_dir():
        pytest.skip(f"the real corpus is expected at {CORPUS} (present in CI)")
    found = []
    for path in discover([CORPUS]):
        gold_path = path.with_name(f"{path.stem}.gold.json")
        if gold_path.is_file():
            article = load_article(path)
            article.file_date = date_in_name(path.name)
            steps = [s["text"] for s in load_gold(gold_path)["next_steps"]]
            found.append((path.name, extract(article, today=TODAY), steps))
    return found


def test_the_corpus_requests_english_plans_and_quoted_commitments_are_found() -> None:
    missed = []
    taught = 0
    for name, facts, gold in _corpus():
        texts = [normalise_text(s.text) for s in facts.next_steps]
        for step in gold:
            if not _TAUGHT.search(step):
                continue
            taught += 1
            wanted = normalise_text(step)
            if not any(wanted in text or text in wanted for text in texts):
                missed.append(f"{name}: {step[:50]}")
    assert taught >= 20
    assert len(missed) <= taught // 10, missed


def test_english_passive_futures_and_targets_are_steps_passives_of_fate_are_not() -> None:
    facts = facts_of(
        "The budget for the new port will be discussed with investors next week.",
        "Fishing families will be affected by the new quota.",
        "The Ministry of Trade is targeting exports of $200 billion next year.",
        "The province has set an ambitious tourism target for 2027.",
        "Expectations are high that the agency will cut fees.",
    )
    assert [s.text.split()[1] for s in facts.next_steps] == ["budget", "Ministry", "province"]


def test_a_relative_clause_names_a_thing_unless_it_says_who_will_act() -> None:
    steps = steps_of(
        "Kepala Dinas Sosial, Lina Marlina, meninjau gudang logistik.",
        "Menurut Lina, bahan yang akan disalurkan dibeli di Makassar.",
        "Lina menjelaskan sejumlah langkah yang akan ditempuh pihaknya untuk mempercepat penyaluran.",
        "Setelah tahap pertama, kini Pemerintah Kabupaten Sigi kembali akan menyalurkan beras.",
    )
    assert [text.split()[0] for text, _ in steps] == ["Lina", "Setelah"]
    assert steps[1][1] == "Pemerintah Kabupaten Sigi"


def _real_sentences() -> list[str]:
    sentences = []
    for folder in (CORPUS, Path(__file__).resolve().parent / "data" / "eval"):
        if not folder.is_dir():
            continue
        for path in discover([folder]):
            for paragraph in load_article(path).paragraphs:
                sentences.extend(split_sentences(paragraph))
    return sentences


def test_the_cheap_word_tests_before_the_cue_scans_never_hide_a_cue() -> None:
    sentences = _real_sentences()
    assert len(sentences) > 500
    every = [_STRONG, _WEAK, _PLAN_NOUN, _OBLIGATION] + [pattern for _, pattern, _ in _GUARDED]
    for sentence in sentences:
        low = sentence.lower()
        if any(pattern.search(sentence) for pattern in every):
            assert CUE_WORDS.search(sentence), sentence[:60]
        for needed, pattern, _ in _GUARDED:
            if pattern.search(sentence):
                assert any(word in low for word in needed), (pattern.pattern[:30], sentence[:60])


# --------------------------------------------------------------------------- round 2 classes


def test_declared_readiness_proposals_and_support_are_steps_a_past_proposal_is_not() -> None:
    steps = steps_of(
        "Pemerintah Kota Ternate menyatakan kesiapannya membantu pendataan nelayan.",
        "Dalam pertemuan itu, Kamboja mengusulkan pembentukan forum dagang tahunan.",
        "Menlu Laos menyampaikan dukungannya terhadap pencalonan Indonesia di dewan itu.",
        "Rudi mengaku sempat mengusulkan jalur sepeda di pusat kota.",
    )
    assert [text.split()[0] for text, _ in steps] == ["Pemerintah", "Dalam", "Menlu"]
    assert steps[0][1] == "Pemerintah Kota Ternate"


def test_something_being_prepared_and_targets_set_are_steps_a_past_target_is_not() -> None:
    facts = facts_of(
        "Kepala Dinas Kesehatan, Maya Lestari, meninjau gudang obat.",
        "“Kami sedang menyusun surat edaran untuk seluruh puskesmas,” kata Maya.",
        "“Kami tengah mematangkan jadwal vaksinasi keliling,” kata Maya.",
        "“Kami targetkan tahun depan cakupan imunisasi mencapai 95 persen,” kata Maya.",
        "Target panen padi musim ini ditetapkan 90 ribu ton.",
        "Tahun lalu dinas itu menargetkan 5.000 peserta, dan capaiannya melampaui angka itu.",
    )
    assert [s.text.split()[1] for s in facts.next_steps] == ["sedang", "tengah", "targetkan", "panen"]


def test_misspelt_instructions_urging_time_given_and_instructions_given_with_their_purpose() -> None:
    facts = facts_of(
        "Kepala Dinas Pangan, Yusuf Rahman, meninjau pasar.",
        "Sehingga, seluruh petugas pasar diintruksikan memeriksa timbangan pedagang.",
        "Warga mendesak dinas agar segera memperbaiki jembatan.",
        "Bupati memberikan rentang waktu tiga hari kepada camat untuk melapor.",
        "“Gubernur sudah memberi arahan ke kami untuk mempercepat lelang,” kata Yusuf.",
        "“Pekan depan saya minta kedua camat itu langsung turun ke lokasi,” kata Yusuf.",
    )
    assert [s.text.split()[0] for s in facts.next_steps] == [
        "Sehingga,",
        "Warga",
        "Bupati",
        "Gubernur",
        "Pekan",
    ]
    assert facts.next_steps[1].actor == "dinas"


def test_english_requests_and_we_plan_to_are_steps_in_order_to_is_not() -> None:
    facts = facts_of(
        "The governor asked all district heads to report their rice stock by Friday.",
        "The minister urged traders not to raise prices before the holiday.",
        "The mayor also sent an invitation to ambassador Lee to attend the festival.",
        "The council appealed to the traders to keep prices stable.",
        "The governor also urged to speed up the road repairs.",
        "He travelled to Bali in order to meet investors.",
        "The team was asked about the budget.",
        '"This year we plan to open 12 clinics," the minister said.',
    )
    assert [s.text.split()[1] for s in facts.next_steps] == [
        "governor",
        "minister",
        "mayor",
        "council",
        "governor",
        "year",
    ]
    assert [s.actor for s in facts.next_steps[:5]] == [
        "all district heads",
        "traders",
        "ambassador Lee",
        "the traders",
        None,
    ]


def test_events_still_to_take_place_with_a_date_are_steps() -> None:
    steps = steps_of(
        "Dinas Pariwisata Kota Ambon membuka pameran kuliner, Senin (12/4/2027).",
        "Pameran itu masih akan berlangsung hingga 12 Juni 2027.",
        "Salah satu acaranya yakni festival perahu yang akan digelar 3-5 Mei 2027.",
        "Pameran itu akan berlangsung meriah.",
    )
    assert steps == [
        ("Pameran itu masih akan berlangsung hingga 12 Juni 2027.", None),
        ("Salah satu acaranya yakni festival perahu yang akan digelar 3-5 Mei 2027.", None),
    ]


def test_coordination_orders_after_a_condition_please_and_refusals_inside_quotations() -> None:
    facts = facts_of(
        "Kepala Balai Karantina, Sinta Dewi, memeriksa kontainer.",
        "“Namun harus dikoordinasikan dulu dengan pemerintah kabupaten,” kata Sinta.",
        "“Kalau ada segel yang rusak maka segera ganti,” kata Sinta.",
        "“Tolong kita jaga kebersihan gudang ini,” kata Sinta.",
        "“Kami tidak akan mentolerir pungutan liar di pelabuhan,” kata Sinta.",
        "“Dulu kami minta tolong ditambah petugasnya, dan sudah ditambah,” kata Sinta.",
        "“Harga pakan tidak akan naik,” kata Sinta.",
    )
    assert [s.text.split()[0] for s in facts.next_steps] == ["Namun", "Kalau", "Tolong", "Kami"]
    assert facts.next_steps[3].actor == "Balai Karantina"


def test_waiting_on_what_is_not_done_and_a_named_persons_relative_plan_are_steps() -> None:
    steps = steps_of(
        "Mobil dinas itu masih diparkir karena menunggu dua unit lagi yang belum dikembalikan.",
        "Keduanya membahas kunjungan Presiden Ramos yang akan mengunjungi Manado pada akhir Juni.",
        "Menteri Kelautan, Dedi Kurnia, membenarkan dirinya akan mengunjungi Jepang pada pertengahan Juli.",
        "Dinas Perikanan bersama Union of Fish Traders akan menggelar pameran di Ambon.",
    )
    assert [actor for _, actor in steps] == [
        None,
        "Presiden Ramos",
        "Dedi Kurnia",
        "Dinas Perikanan bersama Union of Fish Traders",
    ]


def test_follow_ups_of_past_events_results_and_english_hopes_are_not_steps() -> None:
    facts = facts_of(
        "“Saya kumpulkan kalian sebagai tindak lanjut atas rapat kemarin,” kata Sinta.",
        "It is clear, so that the service will run properly.",
        "The country would expect its partners to respect the deal.",
    )
    assert facts.next_steps == []


def test_a_resolve_not_to_waver_and_an_assurance_that_an_action_goes_on_are_steps() -> None:
    steps = steps_of(
        "Kepala Dinas Perhubungan, Anton Wijaya, menertibkan parkir liar.",
        "Anton menegaskan, pihaknya tidak akan ragu menderek mobil yang parkir sembarangan.",
        "Anton memastikan patroli malam terus dilakukan selama bulan puasa.",
        "Anton memastikan stok beras di gudang tetap aman.",
    )
    assert [text.split()[1] for text, _ in steps] == ["menegaskan,", "memastikan"]
    assert [actor for _, actor in steps] == ["Dinas Perhubungan", "Anton Wijaya"]


def test_a_bodys_plan_named_as_an_english_noun_is_a_step_unless_given_as_a_cause() -> None:
    facts = facts_of(
        "Parliament discussed the health ministry's plan to build 40 clinics in border areas.",
        "The rise in demand is driven by the city's plan to close two markets.",
    )
    assert [s.text.split()[0] for s in facts.next_steps] == ["Parliament"]


# --------------------------------------------------------------------------- round 3: classes of blind set B


def test_instructions_to_those_under_authority_need_no_untuk_but_demands_of_a_named_body_do() -> None:
    steps = steps_of(
        "Bupati Lamora, Hasan Basri, meminta setiap camat menyusun daftar warga miskin.",
        "Ia juga minta para lurah, terutama di daerah pesisir, memeriksa tanggul sebelum musim hujan.",
        "Hasan mengimbau kepala desa terus berkoordinasi dengan puskesmas.",
        "Ketua forum warga, Dewi Anggraini, meminta LPMK membuka data keuangan.",
        "“Kami ingin masyarakat melihat keindahan pulau kami,” kata Dewi.",
    )
    assert [actor for _, actor in steps] == ["setiap camat", "para lurah", "kepala desa"]


def test_passive_appeals_messages_to_an_addressee_and_orders_told_object_first() -> None:
    steps = steps_of(
        "Warga di bantaran sungai diimbau untuk tetap waspada.",
        "Oleh karena itu, perantau di luar negeri diminta untuk melapor ke konsulat.",
        "Kepala Dinas Pendidikan, Sari Wulan, berpesan kepada para kepala sekolah untuk menjaga kantin.",
        "Ia berpesan agar anak-anak rajin membaca.",
        "Para penyuluh sudah saya instruksikan mendampingi petani.",
    )
    assert [actor for _, actor in steps] == [
        "Warga di bantaran sungai",
        "perantau di luar negeri",
        "para kepala sekolah",
        "Para penyuluh",
    ]


def test_appeals_obligations_of_office_holders_and_later_acts_of_the_speakers_side_in_quotes() -> None:
    steps = steps_of(
        "Kepala BPBD Lamora, Rudi Hartono, meninjau posko.",
        "“Masyarakat di lereng gunung agar selalu siaga dan mengikuti arahan petugas,” kata Rudi.",
        "“Lurah harus turun menemui warga setiap pekan. Lurah harus pastikan posyandu buka,” kata Rudi.",
        "“Anak muda harus berani bermimpi,” kata Rudi.",
        "“Jadi harus kita siapkan jalur evakuasi sebelum musim hujan,” ujar Rudi.",
        "“Nanti tenda tambahan juga kami kirim ke desa itu,” kata Rudi.",
        "“Rencana awal Maret kita buka klinik darurat di balai desa,” kata Rudi.",
    )
    assert [actor for _, actor in steps][:5] == [
        "Masyarakat di lereng gunung",
        "Lurah",
        "Lurah",
        "BPBD Lamora",
        "BPBD Lamora",
    ]
    openings = [text.split()[0] for text, _ in steps]
    assert openings == ["Masyarakat", "Lurah", "Lurah", "Jadi", "Nanti", "Rencana"]


def test_english_obligations_readiness_mandates_and_what_we_can_do_given_a_condition() -> None:
    steps = steps_of(
        "Arif Nugroho, an economist, said that the government must be careful in issuing import permits.",
        "Prices should fall next month, analysts said.",
        "“I stand ready to help both governments deepen trade ties,” said ambassador Tomas Reyes.",
        "He is mandated to expand trade ties between the two countries.",
        "“If the floods worsen, we can open two more shelters,” Reyes said.",
        "“We can see the progress,” Reyes said.",
    )
    assert [text.split()[0] for text, _ in steps] == ["Arif", "I", "He", "If"]
    assert steps[0][1] == "the government"


def test_threats_and_a_person_named_again_by_a_description_act_themselves() -> None:
    steps = steps_of(
        "Bupati Lamora Hasan Basri mengancam, akan memecat kepala dinas yang lalai.",
        "Hasan Basri, mantan Wakil Bupati Lamora, meninjau sawah.",
        "Selain itu, mantan wakil bupati itu akan terus mendampingi para petani.",
        "Upaya yang akan dilakukan pekan depan adalah mendata rumah rusak.",
    )
    assert [actor for _, actor in steps] == ["Hasan Basri", "Hasan Basri", None]


def test_comparisons_habits_done_follow_ups_proposals_and_outcomes_are_not_steps() -> None:
    assert (
        steps_of(
            "Maka peluang kita akan lebih besar.",
            "Dalam rangka menindaklanjuti arahan gubernur, Bupati Hasan menerbitkan surat edaran.",
            "Pemkab belum memilih satu dari tiga nama calon yang diusulkan camat.",
            "“We always urge our citizens to stay alert,” Reyes said.",
            "“Together our two ports will achieve a lot,” Reyes said.",
        )
        == []
    )


def test_as_soon_as_possible_is_no_hedge() -> None:
    steps = steps_of(
        "Kepala Dinas Sosial Lamora, Sari Wulan, meninjau gudang.",
        "“Secepat mungkin kami akan memfinalisasi daftar penerima bantuan,” kata Sari.",
        "“Mungkin kami akan menambah gudang,” kata Sari.",
    )
    assert [text.split()[0] for text, _ in steps] == ["Secepat"]


def test_circulars_with_their_purpose_preparations_and_states_in_force_until_a_later_date() -> None:
    facts = facts_of(
        "LAMORA - Pemerintah Kabupaten Lamora menetapkan status siaga darurat pada Senin (3/11/2025).",
        "Status itu berlaku hingga 14 hari ke depan.",
        "Aturan lama itu berlaku hingga 2019.",
        "Surat edaran itu dikeluarkan dengan nomor 12/2025, tujuan agar para camat memantau harga pasar.",
        "Saat ini juga persiapan pembangunan dapur umum di Desa Wera.",
    )
    assert [(s.text.split()[0], s.actor, s.due) for s in facts.next_steps] == [
        ("Status", None, dt.date(2025, 11, 17)),
        ("Surat", "para camat", None),
        ("Saat", None, None),
    ]


# --------------------------------------------------------------------------- round 5: mechanisms
# Every sentence below is written for these tests (no text of a real article).


def _texts(*paragraphs: str) -> list[str]:
    return [text for text, _ in steps_of(*paragraphs)]


def test_a_hope_or_a_wish_governs_what_follows_it() -> None:
    assert _texts("Mudah-mudahan pekan depan dinas bisa segera memperbaiki atap pasar.") == []
    assert _texts("Semoga tahun depan pemkot akan membuka dua taman baru.") == []
    assert _texts("Hopefully, the agency will open the new clinic by June 2027.") == []
    # without the hope, the same plan is a step
    assert _texts("Tahun depan pemkot akan membuka dua taman baru.") == [
        "Tahun depan pemkot akan membuka dua taman baru."
    ]


def test_readiness_to_receive_is_no_plan_but_readiness_to_act_is() -> None:
    assert _texts("Camat Sukamaju menyatakan siap menerima bantuan alat berat.") == []
    assert _texts("Para guru di desa itu siap divaksin pekan ini.") == []
    assert _texts("Dinas Sosial siap menyalurkan beras ke dua desa.") == [
        "Dinas Sosial siap menyalurkan beras ke dua desa."
    ]


def test_a_purpose_clause_states_why_an_act_was_done_not_a_plan() -> None:
    visit = "Bupati Lestari mengunjungi puskesmas, Senin (2/3/2026), guna memastikan obat tersedia."
    assert _texts(visit) == []
    plan = "Dinas Kesehatan akan menambah dokter jaga guna memastikan antrean berkurang."
    assert _texts(plan) == [plan]


def test_a_thing_that_will_be_acted_on_is_a_plan_unless_its_clause_is_a_subject() -> None:
    plans = (
        "Dinas Perikanan menyebut ada 14 dermaga kecil yang akan direnovasi tahun depan.",
        "Salah satu pasar yang bakal dibongkar adalah Pasar Lawang di Kota Seruni.",
        "Camat Rudi mengaku sudah memegang daftar kios liar yang akan ditertibkan.",
    )
    for plan in plans:
        assert _texts(plan) == [plan]
    # the clause is the subject of another verb, or its verb foresees a state
    assert _texts("Menurut Rudi, benih yang akan dibagikan dibeli dari Kota Seruni.") == []
    assert _texts("Ada tiga kuliner khas yang akan dikenal wisatawan.") == []


def test_an_instruction_told_to_someone_in_the_object_focus_form_or_by_letter() -> None:
    told = "“Saya tegaskan kepada para lurah agar mendata ulang penerima bantuan,” kata Camat Rudi."
    assert _texts(told) == ["Saya tegaskan kepada para lurah agar mendata ulang penerima bantuan"]
    letter = "Bupati telah menerbitkan surat yang ditujukan kepada 12 camat agar menertibkan kios liar."
    assert _texts(letter) == [letter]


def test_a_month_then_what_is_done_by_then_is_a_schedule_in_a_quotation() -> None:
    steps = _texts("“Pasarnya sudah 80 persen. Oktober rampung, tinggal pengecatan,” kata Camat Rudi.")
    assert steps == ["Oktober rampung, tinggal pengecatan"]
    steps = _texts("“Jadi paling cepat Maret baru diresmikan,” kata Camat Rudi.")
    assert steps == ["Jadi paling cepat Maret baru diresmikan"]
    # what is hoped for by then is no schedule
    hoped = "“Kita harapkan cuaca bagus, jadi Oktober sudah bisa diresmikan,” kata Camat Rudi."
    assert _texts(hoped) == []


def test_a_target_with_the_time_it_is_set_for_is_a_plan() -> None:
    plans = (
        "Untuk itu, dinas diberikan target untuk merampungkan jembatan pada tahun 2027.",
        "Target 2027 sudah berjalan dengan 40 kios baru.",
        "Penghitungan suara ulang dimulai besok, dengan target rampung dalam waktu dua bulan.",
        "The agency said it maintains its target to open 12 clinics until 2028.",
    )
    for plan in plans:
        assert _texts(plan) == [plan]
    # a target met or missed, or one stated before and referred to, is no plan
    assert _texts("Tim voli putri gagal capai target di kejuaraan 2026.") == []
    assert _texts("Penjualan tahun ini sudah 90 persen dari target 2026.") == []
    assert _texts("Ia menyebut target tersebut sudah masuk ke rencana 2026.") == []


def test_optimism_a_conviction_or_a_consideration_governs_what_follows() -> None:
    assert _texts("The regent voiced optimism that the agency will open 500 classrooms by 2028.") == []
    assert _texts("“The progress convinces me that the bridge would be finished,” Rudi said.") == []
    assert _texts("The agency considers that the work will be carried out by a state firm.") == []
    plan = "The regent will open 500 new classrooms by 2028."
    assert _texts(plan) == [plan]


def test_an_appeal_to_the_public_at_large_names_no_one_who_is_to_act() -> None:
    assert _texts("Kapolsek Dedi mengimbau masyarakat agar tidak mudah percaya kabar bohong.") == []
    assert _texts("Wali Kota Seruni meminta seluruh masyarakat untuk tetap tenang.") == []
    # addressed to an office or a group named by what it does, the request is a step
    request = "Wali Kota Seruni meminta para lurah untuk mendata warga yang belum menerima bantuan."
    assert _texts(request) == [request]


def test_a_future_in_a_relative_clause_with_a_modal_before_it_names_a_thing() -> None:
    text = "Ia menyebut rapat itu penting untuk menata program yang harus segera dikerjakan."
    assert _texts(text) == []


def test_an_order_given_stays_in_force_but_a_request_made_is_done_with() -> None:
    order = "Wali kota sudah memerintahkan kepala dinas agar mempercepat pengerukan saluran."
    assert _texts(order) == [order]
    asked = "Polisi telah meminta dinas memblokir situs itu."
    assert _texts(asked) == []


def test_the_speaker_side_asking_anyone_for_an_act_is_a_request() -> None:
    text = "“Kita minta pengelola pasar menutup kios yang rusak,” kata Hendra."
    assert steps_of(text) == [("Kita minta pengelola pasar menutup kios yang rusak", "pengelola pasar")]
    first = "“Para pedagang kami minta aktif melapor jika timbangan rusak,” kata Hendra."
    assert _texts(first) == ["Para pedagang kami minta aktif melapor jika timbangan rusak"]
    appeal = "“Kami imbau agar pengendara tetap berhati-hati di tikungan itu,” kata Hendra."
    assert _texts(appeal) == ["Kami imbau agar pengendara tetap berhati-hati di tikungan itu"]
    # an apology, or asking for a comment, is no request
    assert _texts("“Kami minta maaf kepada pelanggan yang menunggu lama,” kata Hendra.") == []


def test_a_verb_of_saying_with_its_addressee_and_the_act_close_by_is_an_instruction() -> None:
    told = "Kepala dinas menekankan pada seluruh petugas loket untuk melayani warga dengan ramah."
    assert steps_of(told) == [(told, "seluruh petugas loket")]
    # without an addressee the purpose is the speaker's own
    assert _texts("Kepala dinas menekankan pentingnya loket baru untuk warga.") == []
    # a proposal made to a superior is no instruction
    assert _texts("Ketua koperasi menyampaikan kepada bupati untuk membangun gudang baru.") == []


def test_an_appeal_opening_with_bagi_and_a_relative_clause_on_the_public() -> None:
    text = "Bagi warga yang masih menyimpan tabung gas lama agar segera menukarnya di kantor desa."
    assert _texts(text) == [text]
    assert _texts("Bagi warga yang menunggu, antrean itu terasa lama.") == []


def test_an_offer_in_a_quotation_counts_with_the_condition_it_depends_on() -> None:
    kept = "“Intinya Dinas Perikanan siap mendata para nelayan jika diberi izin masuk,” kata Rina."
    assert _texts(kept) == ["Intinya Dinas Perikanan siap mendata para nelayan jika diberi izin masuk"]
    # the speaker's own side ready to act if others do something is still an offer
    assert _texts("“Kami siap membeli lebih banyak jika mutunya terjamin,” kata Rina.") == []
    assert _texts("“Kami siap berbagi pengalaman,” kata Rina.") == []


def test_an_invitation_or_an_imperative_after_ya_is_an_order_inside_a_quotation() -> None:
    assert _texts("“Kalau ada keluhan, silakan datang ke posko,” kata Rina.") == [
        "Kalau ada keluhan, silakan datang ke posko"
    ]
    assert _texts("“Kalau bisa ditangani di kecamatan, ya tuntaskan di sana,” kata Rina.") == [
        "Kalau bisa ditangani di kecamatan, ya tuntaskan di sana"
    ]
    assert _texts("“Kalau hujan, ya kami di rumah saja,” kata Rina.") == []


def test_a_refusal_to_stop_or_to_tolerate_is_a_commitment() -> None:
    for text in (
        "Dinas itu tidak akan berhenti memeriksa izin bangunan.",
        "Polres menyatakan tidak akan memberikan toleransi bagi para pembalap liar.",
    ):
        assert _texts(text) == [text]
    assert _texts("Harga cabai tidak akan turun dalam waktu dekat.") == []
    # the verb without its prefix, as spoken: "tidak akan beri ampun"
    spoken = "Kami tidak akan beri ampun bagi pencuri ternak"
    assert _texts(f"“{spoken},” kata Rina.") == [spoken]
    assert _texts("“Pasar itu tidak akan beri untung,” kata Rina.") == []


def test_a_target_given_or_an_outcome_aimed_at_is_a_target() -> None:
    given = "Balai itu memberikan target dua pekan kepada pemasok untuk mengganti kemasan."
    assert _texts(given) == [given]
    aimed = "“Kami tengah membidik penyelesaian dua perjanjian dagang,” kata Rina."
    assert _texts(aimed) == ["Kami tengah membidik penyelesaian dua perjanjian dagang"]


def test_the_subject_of_a_complement_clause_after_bahwa_bears_the_obligation() -> None:
    text = "“Ini pesan tegas bahwa pimpinan puskesmas wajib memastikan stok obat cukup,” kata Rina."
    assert steps_of(text) == [
        ("Ini pesan tegas bahwa pimpinan puskesmas wajib memastikan stok obat cukup", "pimpinan puskesmas")
    ]


def test_the_body_acting_for_another_is_the_actor() -> None:
    text = "Pemkab Sumber Jaya melalui Dinas Perikanan akan membagikan bibit ikan di tiga desa."
    assert steps_of(text) == [(text, "Dinas Perikanan")]


def test_a_person_named_then_their_role_without_commas_is_the_subject() -> None:
    facts = facts_of(
        "Dewi Kartika Sari Bupati Sumber Jaya terpilih bakal memimpin rapat koordinasi di pendopo.",
        "“Kami siapkan semuanya,” kata Dewi Kartika Sari.",
    )
    assert [s.actor for s in facts.next_steps if s.text.startswith("Dewi")] == ["Dewi Kartika Sari"]


def test_an_event_held_on_a_day_after_the_event_date_is_scheduled_without_akan() -> None:
    ahead = "Lomba perahu itu digelar pada 14 Maret 2026 di Sungai Jernih."
    facts = facts_of("Selasa (10/3/2026), panitia membuka pendaftaran lomba.", ahead)
    assert [s.text for s in facts.next_steps] == [ahead]
    handed = "Bibit kelapa dibagikan pada 16 Maret 2026 di balai desa."
    facts = facts_of("Selasa (10/3/2026), dinas mendata petani.", handed)
    assert [s.text for s in facts.next_steps] == [handed]
    past = "Lomba perahu itu digelar pada 4 Maret 2026 di Sungai Jernih."
    facts = facts_of("Selasa (10/3/2026), panitia membagikan hadiah lomba.", past)
    assert facts.next_steps == []


def test_cue_words_inside_a_theme_in_quotation_marks_are_not_read_in_narration() -> None:
    text = (
        "Menteri itu menjadi pembicara dalam seminar bertema “Strategi Mendorong UMKM untuk "
        "Menembus Pasar Ekspor” di Jakarta, Jumat (6/3/2026)."
    )
    assert _texts(text) == []


def test_english_schedules_requests_and_the_reports_of_being_asked() -> None:
    assert _texts("The harvest festival is scheduled in April.") == [
        "The harvest festival is scheduled in April."
    ]
    planned = "Cycling races have also been planned in the highlands, the minister said."
    assert _texts(planned) == [planned]
    asked = "Governor Rudi Hartono requested a rise in the count of midwives in remote villages."
    assert _texts(asked) == [asked]
    assert _texts("Rudi said he was asked to meet the governor on Monday evening.") == []
    affirmed = "Minister Rudi Hartono affirmed he will open two new export offices."
    assert steps_of(affirmed) == [(affirmed, "Rudi Hartono")]


def test_a_body_then_where_it_serves_bears_the_obligation() -> None:
    text = "Pimpinan puskesmas di lingkup Pemkab Sumber Jaya harus turun ke desa setiap pekan."
    assert steps_of(text) == [(text, "Pimpinan puskesmas di lingkup Pemkab Sumber Jaya")]


def test_the_speakers_organisation_bearing_an_obligation_is_a_commitment() -> None:
    assert _texts("“Kita harus memastikan setiap posko punya genset,” kata Rina.") == [
        "Kita harus memastikan setiap posko punya genset"
    ]
    assert _texts("“Saya harus belajar lagi supaya lulus,” kata Rina.") == []
    # a firm's "kami harus …" is as often a constraint it works under
    assert _texts("“Kami harus memesan gedung setahun sebelumnya,” kata Rina.") == []


def test_in_a_quotation_the_subject_may_stand_before_a_condition_clause() -> None:
    text = "“Itu tugas kami kalau sudah diberi izin, akan mendata mereka,” kata Rina."
    assert _texts(text) == ["Itu tugas kami kalau sudah diberi izin, akan mendata mereka"]


def test_a_passive_request_stays_in_force_unless_told_as_past() -> None:
    pending = "Kedua pabrik itu sudah diminta untuk menyetop penjualan barang tersebut."
    assert _texts(pending) == [pending]
    past = "Ia mengaku sebelumnya telah diminta menandatangani dua surat."
    assert _texts(past) == []


def test_what_they_must_do_is_named_by_the_speaker_in_a_quotation() -> None:
    text = "“Izinnya kami cabut dan mereka harus menarik semua barangnya,” kata Rina."
    assert _texts(text) == ["Izinnya kami cabut dan mereka harus menarik semua barangnya"]
    assert _texts("Mereka harus menarik semua barangnya.") == []
    assert _texts("“Selama ini mereka harus antre sejak subuh,” kata Rina.") == []


def test_seeing_first_hand_is_no_view_and_a_directive_given_by_example_is_one() -> None:
    text = (
        "“Kami ingin melihat langsung dapur umum, lalu memberi arahan misal air harus selalu tersedia,” "
        "kata Rina."
    )
    assert _texts(text) == [
        "Kami ingin melihat langsung dapur umum, lalu memberi arahan misal air harus selalu tersedia"
    ]
    assert _texts("“Kami melihat harga akan naik,” kata Rina.") == []


def test_a_feeling_or_an_attitude_foreseen_is_no_act() -> None:
    assert _texts("“Saya akan lebih menghargai kepala seksi yang datang tepat waktu,” kata Rina.") == []
    assert _texts("“Kami akan lebih sering turun ke pasar,” kata Rina.") == [
        "Kami akan lebih sering turun ke pasar"
    ]


def test_a_commitment_read_into_an_act_by_whoever_judges_it_is_an_evaluation() -> None:
    judged = "Kunjungan itu menunjukkan adanya komitmen untuk terus memperbaiki layanan puskesmas."
    assert _texts(judged) == []
    declared = "Dinas Kesehatan berkomitmen untuk terus memperbaiki layanan puskesmas."
    assert _texts(declared) == [declared]


def test_a_sanction_announced_for_whoever_breaks_a_rule_is_an_enforcement_to_come() -> None:
    for text in (
        "Kios yang menjual gas di atas harga eceran bisa dikenai sanksi.",
        "Sekolah yang menahan ijazah siswa akan menerima sanksi dari dinas.",
    ):
        assert _texts(text) == [text]
    assert _texts("Tahun lalu tiga kios menerima sanksi.") == []


def test_a_paragraph_printed_twice_states_its_plan_once() -> None:
    plan = "Dinas Pasar akan membuka loket malam mulai pekan depan."
    facts = facts_of(plan, "Harga cabai turun.", plan, "Dinas Pasar akan menambah petugas.")
    assert [s.text for s in facts.next_steps] == [plan, "Dinas Pasar akan menambah petugas."]
    assert [s.paragraph for s in facts.next_steps] == [0, 3]


def test_instructions_of_a_regional_head_in_their_less_usual_forms_are_steps() -> None:
    for text in (
        "Wali kota memacu agar para camat mempercepat pendataan warga miskin.",
        "Untuk itu, Hendra mengajak pada seluruh lurah, agar menertibkan papan reklame liar.",
        "Kapolres mengimbau, seluruh anggota Polsek dapat meningkatkan patroli malam.",
        "Kapolres Nusa Jaya perintahkan kepada anggota untuk menjaga pos pemeriksaan.",
    ):
        assert _texts(text) == [text], text
    # spurring or inviting told as a purpose, with no one asked to act, stays out
    assert _texts("Lomba itu memacu semangat warga.") == []
    assert _texts("Ia mengajak anaknya ke pasar.") == []


def test_we_remind_those_named_to_act_is_a_request_of_the_speakers_side() -> None:
    reminded = "Kepada enam sekolah yang belum melapor, kami ingatkan agar segera mengirim datanya."
    assert _texts(f"“{reminded}” kata Rina.") == [reminded]
    also = "Walau desa belum terdampak, kami tetap ingatkan agar para nelayan menyiapkan pelampung."
    assert _texts(f"“{also}” ujar Rina.") == [also]
    # remembering is no request
    assert _texts("“Kami ingat banjir besar tahun lalu,” kata Rina.") == []


def test_what_every_office_or_each_governor_must_do_is_a_step_a_things_duty_is_not() -> None:
    for text in (
        "Seluruh dinas harus fokus dalam pendataan penerima bantuan.",
        "Regents must inspect every dam in their districts before the rainy season.",
    ):
        assert _texts(text) == [text], text
    assert _texts("Harga gabah harus fokus pada kualitas.") == []
    assert _texts("Farmers must inspect their fields.") == []


def test_we_ask_an_office_to_work_faster_is_a_request() -> None:
    asked = "Saya minta dinas bekerja lebih tertib dan cepat."
    assert _texts(f"“{asked}” kata Rina.") == [asked]


def test_wishing_officials_a_quality_is_no_request_wanting_them_to_act_is() -> None:
    assert _texts("Bupati ingin para kepala dinas bisa diandalkan memajukan program desa.") == []
    wanted = "Bupati ingin para kepala dinas segera mendata warga miskin."
    assert _texts(wanted) == [wanted]


def test_an_order_opening_with_segera_then_the_ones_addressed_is_a_step() -> None:
    order = "Segera seluruh kepala dinas mendata warga miskin di desanya."
    assert steps_of(order) == [(order, "seluruh kepala dinas")]
    # "segera setelah …" tells when something happened, and no one is addressed
    assert _texts("Segera setelah banjir surut, warga membersihkan rumah.") == []


def test_a_first_plan_given_up_is_not_a_step_unless_the_change_is_told() -> None:
    assert steps_of("Pada awalnya, panitia menargetkan 40 peserta dari luar daerah.") == []
    assert steps_of("Semula dinas merencanakan pembangunan dua jembatan.") == []
    changed = "Lomba yang semula direncanakan pada Mei 2027, kami geser ke bulan Juni 2027."
    assert [text for text, _ in steps_of(changed)] == [changed]


def test_planned_before_with_no_date_to_come_is_not_a_step() -> None:
    assert steps_of("Menurut juru bicara dinas, lomba perahu ini sudah direncanakan sejak tahun lalu.") == []
    assert steps_of("Kunjungan ini memang sudah lama direncanakan.") == []
    dated = "Rapat itu sudah dijadwalkan pada 5 Desember 2027."
    assert [text for text, _ in steps_of(dated)] == [dated]


def test_ditarget_without_kan_is_a_target_like_ditargetkan() -> None:
    steps = steps_of(
        "Kepala Dinas Pasar, Hendra Wijaya, meninjau bangunan baru.",
        "Ia menyebutkan, gedung pasar itu ditarget rampung pada 20 Januari 2027.",
        "Gedung itu dulu menjadi target pencurian.",
    )
    assert steps == [("Ia menyebutkan, gedung pasar itu ditarget rampung pada 20 Januari 2027.", None)]


def test_scheduled_and_set_with_an_adverb_between_are_plans() -> None:
    steps = steps_of(
        "The visiting minister is also scheduled to meet the governor of the province.",
        "Both delegations are now set to sign the fisheries accord.",
        "The minister also visited a school.",
    )
    assert [text for text, _ in steps] == [
        "The visiting minister is also scheduled to meet the governor of the province.",
        "Both delegations are now set to sign the fisheries accord.",
    ]


def test_an_act_done_with_more_effort_is_a_commitment_and_a_state_compared_is_not() -> None:
    effort = "Karena itu, Dinas Perikanan akan lebih aktif dalam memasarkan ikan asap ke luar daerah."
    assert steps_of(effort) == [(effort, "Dinas Perikanan")]
    assert _texts("Dinas Perikanan akan lebih gencar menyuluh nelayan.") == [
        "Dinas Perikanan akan lebih gencar menyuluh nelayan."
    ]
    assert _texts("Dinas Perikanan yakin hasil tangkapan akan lebih banyak.") == []
    assert _texts("Pasar ikan itu akan lebih ramai.") == []


def test_adapun_opens_the_topic_and_the_body_after_it_acts() -> None:
    plan = "Adapun Dinas Koperasi akan membuka gerai baru di Terminal Utara."
    assert steps_of(plan) == [(plan, "Dinas Koperasi")]
    assert _texts("Adapun harga cabai akan naik lagi.") == []


def test_advice_addressed_in_the_passive_is_a_request_to_the_ones_named() -> None:
    advised = "Selain itu, para nelayan juga dianjurkan untuk memakai pelampung saat melaut."
    assert steps_of(advised) == [(advised, "para nelayan")]
    assert _texts("Pengendara disarankan agar memeriksa rem sebelum mudik.") == [
        "Pengendara disarankan agar memeriksa rem sebelum mudik."
    ]
    assert _texts("Menu itu disarankan oleh ahli gizi sejak lama.") == []


def test_officers_of_a_named_body_act_after_a_condition() -> None:
    text = (
        "“Kalau ada laporan banjir, petugas Dishub dan relawan desa akan segera memasang rambu,” kata Rina."
    )
    assert _texts(text) == [
        "Kalau ada laporan banjir, petugas Dishub dan relawan desa akan segera memasang rambu"
    ]
    assert _texts("“Kalau hujan turun, petugas BPBD akan basah,” kata Rina.") == []


def test_a_request_verb_in_an_opening_time_clause_is_an_act_already_done() -> None:
    done = "Seusai menyerahkan bantuan kepada camat untuk membagikannya, kepala dinas meninjau gudang."
    assert _texts(done) == []
    asked = "Kepala dinas menyerahkan bantuan kepada camat untuk membagikannya pekan depan."
    assert _texts(asked) == [asked]


def test_a_feeling_owed_after_a_modal_is_no_obligation() -> None:
    assert _texts("“We should be grateful for the help of our neighbours,” the mayor said.") == []
    assert _texts("“We must repair the bridge before the rains,” the mayor said.") == [
        "We must repair the bridge before the rains"
    ]


def test_a_preparation_with_the_speakers_side_before_the_bare_verb_is_a_plan() -> None:
    text = "“Ada satu aturan lagi yang tengah kami susun soal parkir,” kata Kepala Dinas Perhubungan, Rina."
    assert _texts(text) == ["Ada satu aturan lagi yang tengah kami susun soal parkir"]
    assert _texts("“Aturan itu kami susun tahun lalu,” kata Kepala Dinas Perhubungan, Rina.") == []


# Sentences written for these tests (regional works, trade talks, health programmes).
def test_a_deadline_set_by_a_holiday_makes_an_obligation_and_a_state_to_reach_a_target() -> None:
    steps = steps_of(
        "Bupati Lembah Hijau meninjau ruas jalan kabupaten, Senin (16/11/2026).",
        "Menurutnya, Dinas Bina Marga harus menambal semua jalan berlubang sebelum Lebaran.",
        "Ia juga menyebut, H-7 seluruh lampu jalan di jalur mudik harus sudah menyala.",
    )
    assert [text for text, _ in steps] == [
        "Menurutnya, Dinas Bina Marga harus menambal semua jalan berlubang sebelum Lebaran.",
        "Ia juga menyebut, H-7 seluruh lampu jalan di jalur mudik harus sudah menyala.",
    ]


def test_a_plan_noun_with_its_holder_and_act_needs_no_date() -> None:
    steps = steps_of(
        "Menteri Luar Negeri menerima kunjungan Menlu Selandia Baru di Jakarta, Senin (16/11/2026).",
        "Salah satu hasilnya adalah rencana Selandia Baru membuka kantor dagang di Surabaya.",
    )
    assert [text for text, _ in steps] == [
        "Salah satu hasilnya adalah rencana Selandia Baru membuka kantor dagang di Surabaya."
    ]


def test_a_relative_clause_on_a_thing_with_a_predicate_after_a_place_or_a_demonstrative() -> None:
    assert (
        steps_of(
            "Gubernur membuka rapat pariwisata, Senin (16/11/2026).",
            "Pawai budaya yang akan digelar di Kota Lestari dinilai paling menarik.",
            "Kapal yang akan dilewati jalur itu berasal dari Makassar.",
            "Tarian yang akan ditampilkan itu berasal dari pesisir selatan.",
        )
        == []
    )


def test_soon_held_funded_acts_and_priorities_are_plans() -> None:
    steps = steps_of(
        "Kepala Dinas Kesehatan Tirta Raya, Sari Wulandari, meninjau puskesmas, Senin (16/11/2026).",
        "Sari menyebut vaksinasi lanjutan itu dilaksanakan sesegera mungkin.",
        "Dinas Kesehatan telah mendapat anggaran untuk membangun tiga puskesmas pembantu.",
        "Ia menambahkan, pemerintah daerah memprioritaskan desa yang belum punya bidan.",
    )
    assert [text.split(" ")[0] for text, _ in steps] == ["Sari", "Dinas", "Ia"]


def test_a_budget_told_as_a_noun_is_no_funded_act() -> None:
    assert (
        steps_of(
            "Bupati membuka musrenbang, Senin (16/11/2026).",
            "Pemerintah tahun ini sudah menganggarkan Rp 40 miliar untuk perbaikan irigasi.",
        )
        == []
    )


def test_a_target_still_ahead_counts_a_target_for_a_year_gone_does_not() -> None:
    steps = steps_of(
        "Jakarta - Wakil Menteri Perdagangan berbicara dalam seminar, Selasa (9/2/2021).",
        "Sebelumnya, pada Maret tahun lalu, kedua negara memulai perundingan yang ditargetkan rampung"
        " pada tahun ini.",
        "Perundingan dengan Uni Pasifik sebenarnya ditargetkan selesai tahun 2020 namun tertunda.",
    )
    assert [text.split(",")[0] for text, _ in steps] == ["Sebelumnya"]


def test_a_spoken_order_without_its_prefix_stays_in_force() -> None:
    steps = steps_of(
        "Wali Kota Danau Biru meninjau pasar, Senin (16/11/2026).",
        "“Saya sudah perintahkan kepada Dinas Perdagangan untuk menata ulang lapak pedagang,” katanya.",
    )
    assert [text for text, _ in steps] == [
        "Saya sudah perintahkan kepada Dinas Perdagangan untuk menata ulang lapak pedagang"
    ]


def test_a_target_named_by_its_act_and_figure_is_a_step_one_exceeded_is_not() -> None:
    steps = steps_of(
        "Menteri Pariwisata meninjau bandara, Senin (16/11/2026).",
        "Ia mengatakan target pembangunan 12 dermaga wisata di kawasan timur.",
        "Tahun lalu dinas itu melampaui target penjualan 5.000 tiket.",
    )
    assert [text.split(" ")[0] for text, _ in steps] == ["Ia"]


def test_common_forms_of_regional_orders_assurances_and_preparations() -> None:
    steps = steps_of(
        "KOTA BARU - Gubernur Nusa Indah membuka rapat koordinasi, Senin (16/11/2026).",
        "Untuk itu, pihaknya meminta Dinas Perhubungan menambah armada bus selama libur Natal.",
        "Pemprov memastikan seluruh sekolah rusak diperbaiki sebelum tahun ajaran baru.",
        "Pihaknya juga menyiapkan 40 posko kesehatan selama libur Lebaran.",
        "Pemerintah tengah mengkaji pembukaan kembali penerbangan ke Dili.",
        "Pemkot juga mewajibkan setiap hotel memiliki pengolahan limbah paling lambat 2027.",
        "“Nanti kami evaluasi setiap bulan,” kata Gubernur.",
        "“Targetnya, akhir tahun ini jembatan sudah bisa dilalui,” kata Gubernur.",
    )
    assert [text.split(" ")[0] for text, _ in steps] == [
        "Untuk",
        "Pemprov",
        "Pihaknya",
        "Pemerintah",
        "Pemkot",
        "Nanti",
        "Targetnya,",
    ]


def test_a_season_gone_by_or_an_assurance_told_as_past_is_no_plan() -> None:
    assert (
        steps_of(
            "KOTA BARU - Gubernur Nusa Indah membuka rapat koordinasi, Senin (16/11/2026).",
            "Dinas itu tahun lalu menyiapkan 20 posko selama libur Lebaran.",
            "Tim memastikan pada Januari 2026 lalu bahwa jalan itu sudah diperbaiki.",
        )
        == []
    )


def test_next_step_nouns_coming_events_measures_from_next_year_and_pending_ratification() -> None:
    steps = steps_of(
        "KOTA BARU - Gubernur Nusa Indah membuka rapat koordinasi, Senin (16/11/2026).",
        "Langkah berikutnya adalah menyusun peta jalan hilirisasi rumput laut.",
        "Pemerintah Kabupaten menganggarkan Rp 5 miliar untuk membangun pasar rakyat tahun depan.",
        "Dinas Pariwisata menggelar Festival Teluk pada 20-22 Desember mendatang.",
        "Ekspor nikel dibatasi mulai tahun depan.",
        "Pemerintah menunggu ratifikasi parlemen sebelum perjanjian berlaku.",
        "Dinas Pariwisata menggelar lomba perahu pekan lalu.",
        "Warga di depan kantor bupati menggelar aksi damai.",
    )
    assert [text.split(" ")[0] for text, _ in steps] == [
        "Langkah",
        "Pemerintah",
        "Dinas",
        "Ekspor",
        "Pemerintah",
    ]


def test_an_agreement_taking_effect_on_a_date_is_a_step() -> None:
    assert steps_of(
        "JAKARTA - The trade minister met his Peruvian counterpart on Monday (16/11/2026).",
        "The agreement will take effect in January 2027.",
    ) == [("The agreement will take effect in January 2027.", None)]


def test_the_speakers_own_request_already_made_and_english_targets_and_drafts_in_quotes() -> None:
    steps = steps_of(
        "KOTA BARU - Gubernur Nusa Indah Andi Pratama membuka rapat koordinasi, Senin (16/11/2026).",
        "“Saya sudah minta Kadis untuk menyiapkan anggarannya,” kata Andi.",
        "“Our target is to finish the road by December,” Andi said.",
        "“We are preparing the regulation,” Andi said.",
    )
    assert [text.split(" ")[0] for text, _ in steps] == ["Saya", "Our", "We"]


def test_the_new_cues_leave_past_reports_forecasts_trade_and_states_alone() -> None:
    assert (
        steps_of(
            "KOTA BARU - Gubernur Nusa Indah Andi Pratama membuka rapat koordinasi, Senin (16/11/2026).",
            "Tahun lalu pemerintah menganggarkan Rp 5 miliar untuk membangun pasar, namun proyek itu gagal.",
            "Ekspor kopi diperkirakan naik mulai tahun depan.",
            "Menurut warga, jalan itu harus sudah selesai sebelum Lebaran tahun lalu, tetapi molor.",
            "Gubernur memastikan stok beras aman hingga akhir tahun.",
            "Pedagang menyiapkan stok daging menjelang Lebaran.",
            "Kemarin, pemerintah menggelar rapat dengan para pengusaha di depan kantor gubernur.",
            "Analysts say the ministry is preparing for a difficult year.",
            "Target penjualan 5.000 unit itu tercapai bulan lalu.",
            "Rencana Pemkab membangun pasar itu ditolak warga.",
        )
        == []
    )


def test_the_items_of_an_announced_set_of_directives_are_steps() -> None:
    steps = facts_of(
        "SUKAMAJU - Gubernur Sukamaju Hendra Wijaya memberikan tiga arahan kepada para bupati pada"
        " rapat koordinasi, Senin (3/11/2025).",
        "Pertama, mempercepat penyaluran bantuan pangan ke desa terdampak.",
        "Kedua adalah memperbaiki tanggul yang jebol sebelum musim hujan.",
        "Ketiga, melaporkan data pengungsi setiap hari kepada posko provinsi.",
        "Rapat itu dihadiri seluruh kepala dinas.",
    ).next_steps
    assert [s.text.split(",")[0].split()[0] for s in steps] == ["Pertama", "Kedua", "Ketiga"]


def test_an_instruction_whose_points_start_in_its_own_sentence() -> None:
    steps = facts_of(
        "Bupati Sukamaju mengeluarkan instruksi tentang kegiatan warga selama masa tanggap darurat.",
        "Ada tiga poin utama dalam instruksi bupati itu, di antaranya: pertama, menunda hajatan yang"
        " mengundang banyak orang.",
        "Kedua, melapor kepada kepala desa bila ada warga yang sakit.",
    ).next_steps
    assert len(steps) == 2 and steps[0].text.startswith("Ada tiga poin")


def test_a_list_of_what_is_is_no_list_of_steps() -> None:
    steps = facts_of(
        "Wali Kota Sukamaju menjelaskan, ada tiga alasan kenaikan anggaran tahun lalu.",
        "Pertama, harga bahan bangunan naik.",
        "Kedua, jumlah penduduk bertambah.",
        "Ia juga menyebut tiga program yang menjadi fokus tahun lalu.",
        "Pertama, pembangunan jalan desa.",
    ).next_steps
    assert steps == []


def test_orders_a_quotation_gives_without_a_subject() -> None:
    steps = facts_of(
        "SUKAMAJU - Kepala BPBD Sukamaju Hendra Wijaya meminta warga waspada, Senin (3/11/2025).",
        '"Warga di lereng bukit kalau bisa jangan tidur di rumah dulu. Tolong dicek ulang semua pintu air'
        ' sebelum malam. Jangan sampai kita lengah. Jangan disia-siakan kesempatan ini," kata Hendra.',
    ).next_steps
    assert [s.text.split()[0] for s in steps] == ["Warga", "Tolong"]


def test_what_can_be_done_from_a_time_to_come_is_a_schedule() -> None:
    steps = facts_of(
        "SUKAMAJU - Dinas Pertanian Sukamaju meresmikan lumbung padi pada Senin (3/11/2025).",
        "Namun pembangunan gudang kedua baru bisa dimulai pada pertengahan 2027.",
        "Gudang pertama sudah bisa digunakan sejak Maret 2024.",
    ).next_steps
    assert [(s.text.split()[0], s.due) for s in steps] == [("Namun", dt.date(2027, 1, 1))]


def test_a_hedged_modal_is_a_forecast_and_pun_segera_an_act_done() -> None:
    steps = facts_of(
        "JAKARTA (ANTARA) - Governor Hendra Wijaya met regents on Monday (3/11/2025).",
        "The ministry will probably extend the programme next year.",
        "The governor would most likely announce the budget soon.",
        "The ministry will extend the subsidy next year.",
        "Petugas pun segera menindaklanjuti laporan warga itu.",
        "Pemkab pun berencana membangun tanggul baru tahun depan.",
    ).next_steps
    assert [s.text.split()[1] for s in steps] == ["ministry", "pun"]
    assert "subsidy" in steps[0].text and "tanggul" in steps[1].text


def test_the_english_future_progressive_of_an_act_and_a_quoted_harap_are_steps() -> None:
    steps = facts_of(
        "JAKARTA (ANTARA) - Port chair Rina Kartika met investors on Monday (3/11/2025).",
        "Rina said she will be visiting Osaka next month.",
        "The new terminal will be increasingly crowded, she said.",
        '"Harap dipasang di tiap posko," kata Rina.',
    ).next_steps
    assert [s.text.split()[0] for s in steps] == ["Rina", "Harap"]


def test_a_target_set_with_confidence_is_still_set() -> None:
    steps = facts_of(
        "SUKAMAJU - Kepala Dinas Kelautan Sukamaju Hendra Wijaya optimis menargetkan produksi garam"
        " 40 ribu ton tahun depan, Senin (7/7/2025).",
        "Ia optimis produksi garam akan naik tahun depan.",
    ).next_steps
    assert len(steps) == 1 and "40 ribu ton" in steps[0].text  # the hope of the second sentence is none
