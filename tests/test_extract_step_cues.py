"""The round-4 families of plan cues (step_cues), through the whole extraction: agreement, target,
request, duty and effort verbs; the object-first future with the speaker's side as agent; English
schedules and intents. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract import extract
from briefgen.model import Article, Facts

TODAY = dt.date(2026, 11, 22)


def facts_of(*paragraphs: str) -> Facts:
    return extract(Article("x", None, list(paragraphs)), today=TODAY)


def firsts(facts: Facts) -> list[str]:
    return [s.text.split()[0] for s in facts.next_steps]


def test_agreeing_to_an_act_is_a_step_in_each_form_of_the_verb() -> None:
    facts = facts_of(
        "Kedua negara setuju untuk memperluas kerja sama perikanan.",
        "Para bupati bermufakat untuk membentuk forum daerah aliran sungai.",
        "Dinas itu bersedia menanggung biaya pelatihan.",
        "Warga setuju dengan usulan itu.",
    )
    assert firsts(facts) == ["Kedua", "Para", "Dinas"]


def test_an_assignment_is_a_step_with_its_task_or_when_given_a_posting_or_any_duty_is_not() -> None:
    facts = facts_of(
        "Jumlah itu sudah termasuk penugasan pemerintah untuk membeli 50.000 ton jagung petani.",
        "Balai itu mendapat penugasan membangun tiga embung desa.",
        "Keputusan penugasan tambahan itu menunggu rapat kabinet.",
        "Pelantikan itu menandai dimulainya penugasan resmi para atase di Surabaya.",
        "Upacara tersebut menandakan berakhirnya penugasan tim medis di pulau itu.",
        "Para relawan diminta menjaga sikap dalam setiap penugasan.",
    )
    assert firsts(facts)[:3] == ["Jumlah", "Balai", "Keputusan"]
    assert not any("menandai" in s.text or "menandakan" in s.text for s in facts.next_steps)


def test_targets_stated_chased_or_to_be_reached_are_steps_a_target_already_named_is_not() -> None:
    facts = facts_of(
        "Kepala Dinas Pariwisata, Rina Hapsari, membuka rapat.",
        "“Target kami tahun ini adalah 60 acara budaya,” kata Rina.",
        "Dinas itu kini tengah mengejar target 40 pameran.",
        "Perluasan pasar dilakukan untuk mencapai target penjualan 9 persen hingga akhir 2027.",
        "Beberapa langkah dilakukan untuk mencapai target tersebut pekan lalu.",
    )
    assert firsts(facts) == ["Target", "Dinas", "Perluasan"]


def test_a_target_named_without_a_figure_or_set_before_is_no_target_set_now() -> None:
    facts = facts_of(
        "Kepala Dinas Pertanian, Rudi Hartono, membuka rapat.",
        "Rudi menyebut padi dan jagung menjadi andalan untuk mencapai target swasembada daerah.",
        "Selain itu, pameran digelar untuk mencapai target kunjungan yang ditetapkan gubernur.",
        "Jumlah itu melampaui target panen yang ditetapkan dinas pada awal musim.",
        "Rudi menargetkan 20 ribu ton gabah terserap.",
        "Pasar tani dibuka untuk mencapai target penjualan 500 ton tahun ini.",
        "Target panen semester ini ditetapkan 90 ton.",
    )
    assert firsts(facts) == ["Rudi", "Pasar", "Target"]


def test_a_commitment_read_into_an_act_or_acknowledged_in_english_is_no_commitment_declared() -> None:
    facts = facts_of(
        "Minister Rina Hapsari welcomed the delegation from Perth.",
        "The visit demonstrates Australia's commitment to deepening ties with the province.",
        "It shows the council’s commitment to open the port.",
        "Rina thanked the mayors, acknowledging their commitment to cleaner rivers.",
        "The regular talks reflected a commitment to keep trade open.",
        "Rina reaffirmed the province's commitment to doubling school grants next year.",
    )
    assert firsts(facts) == ["Rina"]
    assert "reaffirmed" in facts.next_steps[0].text


def test_a_sanction_threatened_or_to_be_received_is_an_enforcement_to_come() -> None:
    facts = facts_of(
        "Kepala Dinas Pasar, Rudi Hartono, membuka rapat.",
        "Rudi mengancam menjatuhkan sanksi bagi pedagang yang menimbun beras.",
        "“Kalau masih melanggar, maka akan kenai sanksi,” kata Rudi.",
        "Rudi menegaskan bahwa pedagang yang menimbun akan memperoleh sanksi dari dinas.",
        "Pedagang itu sudah memperoleh sanksi pekan lalu.",
        "Penyakit itu mengancam warga di pesisir.",
    )
    assert firsts(facts) == ["Rudi", "Kalau", "Rudi"]


def test_the_object_first_with_the_speakers_side_as_agent_is_a_commitment() -> None:
    facts = facts_of(
        "Bupati Sungai Raya, Andi Pratama, membuka rapat staf.",
        "“Setiap laporan warga akan saya teruskan ke dinas terkait. Tetap kami tindak tegas. "
        "Laporan itu sudah kami teruskan kemarin,” kata Andi.",
    )
    assert [s.text for s in facts.next_steps] == [
        "Setiap laporan warga akan saya teruskan ke dinas terkait.",
        "Tetap kami tindak tegas.",
    ]
    # (the speaker's side: the office the speaker heads)
    assert len({s.actor for s in facts.next_steps}) == 1 and facts.next_steps[0].actor is not None


def test_requests_for_support_reminders_to_act_and_instructions_carried_by_agar() -> None:
    facts = facts_of(
        "Bupati Sungai Raya, Andi Pratama, membuka rapat staf.",
        "Andi meminta dukungan seluruh dinas di lingkungan pemkab.",
        "Andi mengingatkan kepada seluruh camat untuk terus memeriksa data penerima.",
        "Terakhir, Andi menyampaikan, agar laporan keuangan dirampungkan bulan ini.",
        "Andi juga mengingatkan agar tidak ada pungutan liar.",
        "Andi meminta maaf atas keterlambatan itu.",
    )
    assert firsts(facts) == ["Andi", "Andi", "Terakhir,"]


def test_duties_deemed_necessary_measures_and_efforts_under_way_are_steps() -> None:
    facts = facts_of(
        "Kepala Balai Obat, Sinta Wulandari, memeriksa toko obat.",
        "Distributor juga punya kewajiban untuk menarik produk itu.",
        "Sinta menilai perlu pembatasan jam buka apotek di pasar.",
        "Balai Obat Sungai Raya tetap berusaha untuk menambah petugas pengawas.",
        "Polisi berupaya menangkap pelaku sejak pagi.",
        "Sinta menilai kebijakan itu sudah tepat.",
    )
    assert firsts(facts) == ["Distributor", "Sinta", "Balai"]


def test_an_obligation_of_a_body_holds_across_an_interposed_attribution_and_a_quantifier() -> None:
    facts = facts_of(
        "Direktur Perdagangan, Budi Santosa, memberi arahan.",
        "Perwakilan dagang, kata Budi, harus terus melapor setiap bulan.",
        "Setiap dinas di kabupaten ini harus membentuk tim pengaduan.",
        "Anak-anak harus rajin belajar.",
    )
    assert firsts(facts) == ["Perwakilan", "Setiap"]


def test_a_passive_future_with_ikut_and_an_act_done_more_often_are_steps_a_comparison_is_not() -> None:
    facts = facts_of(
        "Kapolres Sungai Raya, Dedi Kurnia, memberi keterangan.",
        "Pihak-pihak terkait juga akan ikut diperiksa.",
        "“Saya akan lebih sering datang ke pasar-pasar desa,” kata Dedi.",
        "“Peluang kita akan lebih besar,” kata Dedi.",
    )
    assert firsts(facts) == ["Pihak-pihak", "Saya"]


def test_english_schedules_intents_presence_and_requests_for_something() -> None:
    facts = facts_of(
        "The culture fair is going to be held in Perth on June 3-4.",
        "It will be held at the river park.",
        "The weather will be warm.",
        '"We would like to work with the city to promote the fair," said Dewi Lestari.',
        '"We would like to thank the sponsors," said Dewi Lestari.',
        "Minister Budi Santosa asked for stronger cooperation with the region.",
        "The mayor was asked for a comment on the flood report.",
        "Indonesia will keep sending envoys to the islands of the region, the minister said.",
    )
    assert firsts(facts) == ["The", "It", "We", "Minister", "Indonesia"]
    assert facts.next_steps[3].text.startswith("Minister Budi Santosa asked")
    assert facts.next_steps[3].actor == "Budi Santosa"


def test_bodies_named_with_terkait_jajaran_or_after_konsekuensinya_bear_obligations() -> None:
    facts = facts_of(
        "Bupati Sungai Raya, Andi Pratama, memimpin rapat.",
        "Di sektor perikanan, dinas terkait harus mendata kapal nelayan.",
        "Menjelang libur panjang, seluruh jajaran harus meningkatkan patroli.",
        "Aduan kini masuk lewat aplikasi, konsekuensinya setiap OPD harus membentuk tim jawab cepat.",
        "Seluruh OPD diminta bergerak cepat menjawab aduan.",
        "Saat diminta menjelaskan, Andi tersenyum.",
    )
    assert firsts(facts) == ["Di", "Menjelang", "Aduan", "Seluruh"]
    assert [s.actor for s in facts.next_steps] == [
        "dinas terkait",
        "seluruh jajaran",
        "setiap OPD",
        "Seluruh OPD",
    ]


def test_acts_asked_for_as_nouns_plans_discussed_and_the_content_of_an_instruction() -> None:
    facts = facts_of(
        "Menteri Luar Negeri, Sari Dewanti, bertemu mitranya dari Peru.",
        "Sari mendorong penyelesaian dua perjanjian dagang yang tertunda.",
        "Keduanya juga membicarakan rencana pembukaan jalur penerbangan langsung.",
        "Arahan lain dari menteri adalah setiap kedutaan harus memperbarui data warga.",
        "Program beasiswa itu mendorong peningkatan minat belajar.",
        "Sari meminta keterangan dari kedutaan.",
        "Rencana awal pertemuan itu digelar di Lima.",
    )
    assert firsts(facts) == ["Sari", "Keduanya", "Arahan"]


def test_a_passive_whose_prefix_is_written_apart_is_still_a_passive_a_place_is_not() -> None:
    facts = facts_of(
        "Kapolres Sungai Raya, Dedi Kurnia, memberi keterangan.",
        "Jika mengulangi perbuatannya, pelaku akan di proses secara hukum.",
        "Rapat berikutnya akan di sana juga.",
    )
    assert firsts(facts) == ["Jika"]


def test_english_events_still_to_come_with_their_date_are_steps_without_a_date_they_are_not() -> None:
    facts = facts_of(
        "JAKARTA, March 2, 2027 - The tourism ministry briefed reporters on Tuesday.",
        "The culture summit is to be held in Perth on June 3.",
        "The food fair will run until June 12.",
        "The pain of the floods will run deep.",
    )
    assert firsts(facts) == ["The", "The"]
    assert [s.due for s in facts.next_steps] == [dt.date(2027, 6, 3), dt.date(2027, 6, 12)]


def test_after_a_condition_the_speakers_side_with_a_bare_verb_is_a_conditional_commitment() -> None:
    facts = facts_of(
        "Kapolres Sungai Raya, Dedi Kurnia, memberi keterangan.",
        "“Kalau ada yang melanggar, kami tindak,” kata Dedi.",
        "“Kalau kita lihat datanya, kasus turun,” kata Dedi.",
        "“Kalau warga lebih sering mengadu ke saya daripada ke lurah, itu tanda ada yang salah,” kata Dedi.",
        "“Kalau biayanya murah, warga kami pasti datang,” kata Dedi.",
        "“Kalau jadwal kita terlambat, investor pergi,” kata Dedi.",
        "Perajin rotan, Siti Aminah, menerima pesanan besar.",
        "“Saya harus mengajak teman membantu supaya pesanan cepat selesai,” kata Siti.",
    )
    assert [s.text for s in facts.next_steps] == ["Kalau ada yang melanggar, kami tindak"]


# --------------------------------------------------------------------------- round 6 (set E classes)


def test_a_reminder_to_named_people_to_act_is_a_request_a_warning_against_something_is_not() -> None:
    facts = facts_of(
        "Kepala Dinas Tenaga Kerja, Sinta Wulandari, membuka rapat.",
        "Sinta mengingatkan agar para pelamar memeriksa alamat agen sebelum mendaftar.",
        "Sinta juga mengingatkan agar tidak terjadi penipuan lowongan lagi.",
    )
    assert [(s.text.split()[1], s.actor) for s in facts.next_steps] == [("mengingatkan", "para pelamar")]


def test_asking_someone_who_then_must_act_is_a_request_with_them_as_addressee() -> None:
    facts = facts_of(
        "Wakil Bupati Sungai Raya, Andi Pratama, membuka rapat staf.",
        "Andi meminta pihak Dinas Pertanian harus menyiapkan benih sebelum musim tanam.",
        "Andi meminta maaf karena ia harus meninggalkan rapat lebih awal.",
    )
    assert [(s.text.split()[1], s.actor) for s in facts.next_steps] == [("meminta", "pihak Dinas Pertanian")]


def test_urging_office_holders_then_the_act_is_a_request_urging_growth_is_not() -> None:
    facts = facts_of(
        "Menteri Kelautan, Budi Santosa, mendorong kepala daerah menyiapkan pelabuhan ikan baru.",
        "Kebijakan itu mendorong pertumbuhan ekonomi pesisir.",
    )
    assert [(s.text.split()[0], s.actor) for s in facts.next_steps] == [("Menteri", "kepala daerah")]


def test_what_the_speakers_side_will_try_is_a_step_a_way_of_speaking_is_not() -> None:
    facts = facts_of(
        "Ketua panitia lomba perahu, Rudi Hartono, membuka rapat persiapan.",
        "“Tahun depan kami coba gelar lomba di dua desa. Kita coba lihat dulu cuacanya,” ujar Rudi.",
    )
    assert [s.text for s in facts.next_steps] == ["Tahun depan kami coba gelar lomba di dua desa."]


def test_english_targets_set_to_be_reached_are_steps_a_target_missed_is_not() -> None:
    facts = facts_of(
        "The province has set a new target to attract two million visitors next year, its governor said.",
        "Attracting students is still a ministry target to increase enrolment in the region.",
        "The council earlier targeted the arrival of 40 cruise ships this season.",
        "The province missed its target to attract one million visitors last year.",
    )
    assert [s.text.split()[0] for s in facts.next_steps] == ["The", "Attracting", "The"]
    assert "missed" not in " ".join(s.text for s in facts.next_steps)


def test_an_aim_of_a_body_is_a_step_the_aim_of_a_programme_or_of_we_is_not() -> None:
    facts = facts_of(
        "The government aims to cut the waiting list for surgery to six weeks by 2028.",
        "The programme aims to reduce waste in school canteens.",
        "“We aim to take our friendship to new heights,” the envoy said.",
    )
    assert [s.text.split()[1] for s in facts.next_steps] == ["government"]


def test_what_must_be_done_jointly_with_others_is_a_step_a_call_to_pull_together_is_not() -> None:
    facts = facts_of(
        "Penanganan banjir harus secara terpadu dengan dinas pekerjaan umum dan desa.",
        "Perbaikan tanggul harus bersama-sama dengan warga bantaran.",
        "Warga harus bersama-sama menjaga kebersihan sungai.",
    )
    assert firsts(facts) == ["Penanganan", "Perbaikan"]


# The prefilters before _STRONG and _WEAK (issue 17) must not change a cue: find_cues equals
# itself with every prefilter passing (the patterns alone deciding).
_CUE_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_CUED = (
    "Pemerintah berencana membuka jalur baru tahun depan.",
    "Kami akan segera menyiapkan posko.",
    "DINAS MENARGETKAN 500 PESERTA.",
    "The ministry plans to open the route and is set to sign a deal.",
    "Warga tidak akan pindah.",
    "Acara itu sudah selesai kemarin.",
    "Mereka \u0131ngin bersed\u0131a untuk membantu.",
    "Dalam rangka menindaklanjuti surat itu, dinas menerbitkan edaran.",
)


def _cues_unfiltered(monkeypatch: pytest.MonkeyPatch, texts: list[tuple[str, bool]]) -> list[object]:
    from briefgen.extract import step_cues

    with monkeypatch.context() as patched:
        patched.setattr(step_cues, "may_hold", lambda text, low, literals: True)
        return [step_cues.find_cues(text, quoted) for text, quoted in texts]


def test_find_cues_prefilters_change_nothing_on_written_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.extract.step_cues import find_cues

    texts = [(text, quoted) for text in _CUED for quoted in (False, True)]
    found = [find_cues(text, quoted) for text, quoted in texts]
    assert found == _cues_unfiltered(monkeypatch, texts)
    assert [] in found and any(kind == "strong" for cues in found for _, kind in cues)
    assert any(kind == "weak" for cues in found for _, kind in cues)


def _corpus_sentences() -> list[str]:
    """Every sentence of the real corpus; the test is skipped where ``../shared/corpus`` is absent."""
    from briefgen.extract.sentences import split_sentences
    from briefgen.pipeline import discover, load_article

    if not _CUE_CORPUS.is_dir():
        pytest.skip(f"{_CUE_CORPUS} is absent (the real corpus lives beside the checkout, in ../shared)")
    return [
        s
        for path in discover([_CUE_CORPUS])
        for p in load_article(path).paragraphs
        for s in split_sentences(p)
    ]


def test_find_cues_prefilters_change_nothing_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.extract.step_cues import find_cues

    sentences = _corpus_sentences()
    texts = [(text, quoted) for text in sentences for quoted in (False, True)]
    assert len(texts) > 1000
    assert [find_cues(text, quoted) for text, quoted in texts] == _cues_unfiltered(monkeypatch, texts)


def test_the_gate_of_find_cues_answers_what_its_pattern_answers() -> None:
    from briefgen.extract.step_gate import CUE_WORD_STARTS, CUE_WORDS

    texts = [*_CUED, *_corpus_sentences()]
    answers = [CUE_WORD_STARTS.search(text, text.lower()) for text in texts]
    assert answers == [CUE_WORDS.search(text) is not None for text in texts]
    assert True in answers and False in answers


def test_the_cue_scans_at_word_starts_find_what_the_patterns_find() -> None:
    from briefgen.extract.patterns import words_of
    from briefgen.extract.step_cues import _GUARDED, _STRONG, _WEAK, cue_scans

    texts = [*_CUED, *_corpus_sentences()]
    strong, weak, guarded = cue_scans()
    scans = [(_STRONG, strong), (_WEAK, weak)]
    scans += [(pattern, scan) for (_, pattern, _), (_, scan, _) in zip(_GUARDED, guarded, strict=True)]
    found = 0
    for text in texts:
        words = words_of(text.lower())
        for pattern, scan in scans:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan(text, words)] == expected, (pattern.pattern[:40], text[:60])
            found += len(expected)
    assert found > 100


# --------------------------------------------------------------------------- round 4 classes
# (study sample steps4: real regional news; the sentences here are written for this test)


def test_the_speakers_side_before_the_bare_verb_of_a_plan_is_a_step_one_made_before_is_not() -> None:
    facts = facts_of(
        "“Tahun ini kita rencanakan ada 40 sumur bor baru,” kata Kepala Dinas Pertanian, Rudi Hartono.",
        "“Kami jadwalkan pelantikan pengurus itu usai musyawarah,” ujar Rudi.",
        "“Kami sudah rencanakan sebelumnya acara ini, ternyata ada banjir,” kata Rudi.",
        "“Ini sesuai yang sudah kita rencanakan,” kata Rudi.",
    )
    assert firsts(facts) == ["Tahun", "Kami"]


def test_a_matter_still_being_worked_out_is_a_decision_awaited() -> None:
    facts = facts_of(
        "Rincian penerima bantuan itu masih dikaji oleh dinas sosial.",
        "Pembangunan gedung arsip masih dalam tahap perencanaan, kata Sekda.",
        "Anggaran pelatihan dari DPRD masih dalam proses pembahasan internal.",
        "Rapat itu membahas jalan yang rusak sejak tahun lalu.",
    )
    assert firsts(facts) == ["Rincian", "Pembangunan", "Anggaran"]


def test_a_deadline_told_first_then_what_is_done_by_it_is_a_target_one_gone_by_is_not() -> None:
    facts = facts_of(
        "“Maksimal akhir tahun sudah bisa dilalui jembatan itu,” kata Kabid Bina Marga, Anton Sihaloho.",
        "“Paling lambat Maret harus sudah selesai gedungnya,” ujar Anton.",
        "“Maksimal akhir tahun lalu sudah dipakai gedung itu,” ujar Anton.",
        "“Usia peserta maksimal 30 tahun,” ujar Anton.",
    )
    assert firsts(facts) == ["Maksimal", "Paling"]


def test_inside_a_quotation_a_passive_act_due_by_a_holiday_is_a_step_without_an_actor() -> None:
    facts = facts_of(
        "“Coba dikerjakan dulu, kalau bisa sebelum Lebaran lah,” kata Camat Hendra Wijaya.",
        "“Hal itu sudah disampaikan sebelum Lebaran,” kata Hendra.",
    )
    assert [(s.text.split()[0], s.actor) for s in facts.next_steps] == [("Coba", None)]


def test_an_interim_step_while_awaiting_funds_is_a_step() -> None:
    facts = facts_of(
        "“Sementara ditimbun dulu sambil menunggu dana dari provinsi,” kata Lurah Sri Wahyuni.",
        "“Warga berteduh sambil menunggu hujan reda,” kata Sri.",
    )
    assert firsts(facts) == ["Sementara"]


def test_money_set_aside_with_its_purpose_first_or_after_the_sum_is_a_step() -> None:
    facts = facts_of(
        "Untuk membangun pasar itu, pemerintah kabupaten mengalokasikan anggaran Rp 12 miliar.",
        "For 2027, the provincial government has allocated Rp 3 trillion to build 40 health posts.",
        "Last year the ministry allocated Rp 2 trillion to repair the dams.",
        "Untuk mendapat gelar itu, mahasiswa harus lulus ujian.",
    )
    assert firsts(facts) == ["Untuk", "For"]


def test_money_set_aside_in_a_year_before_the_event_is_no_step() -> None:
    facts = extract(
        Article(
            "x",
            None,
            [
                "JAKARTA - Menteri meninjau bendungan pada Senin (2/3/2026).",
                "In 2019 the ministry allocated Rp 4 trillion to build the dam.",
                "In 2026 the ministry allocated Rp 5 trillion to build the canals.",
            ],
        ),
        today=TODAY,
    )
    assert [s.text.split()[1] for s in facts.next_steps] == ["2026"]


def test_a_follow_up_that_is_the_purpose_of_an_act_told_is_no_step() -> None:
    facts = facts_of(
        "Menindaklanjuti surat edaran menteri, dinas kesehatan menggelar rapat koordinasi.",
        "DPRD bersama pemerintah kota menggelar rapat dengar pendapat untuk menindaklanjuti keluhan warga.",
        "Menindaklanjuti surat edaran itu, dinas kesehatan akan membentuk tim khusus.",
        "Dinas akan menindaklanjuti laporan warga pekan depan.",
    )
    assert firsts(facts) == ["Menindaklanjuti", "Dinas"]
    assert "akan membentuk" in facts.next_steps[0].text


def test_a_target_spelt_with_the_t_kept_is_a_target() -> None:
    facts = facts_of("Dinas Perikanan mentargetkan 30 kolam bioflok baru tahun ini.")
    assert firsts(facts) == ["Dinas"]


def test_the_name_of_a_planning_document_is_no_plan() -> None:
    facts = facts_of(
        "Laporan itu memuat LKPJ, laporan keuangan dan penyusunan rencana kerja operasional akhir tahun.",
        "Bupati memaparkan rencana pembangunan pasar induk pada Maret 2027.",
    )
    assert firsts(facts) == ["Bupati"]


def test_the_speakers_side_plans_again_with_an_adverb_before_the_bare_verb() -> None:
    facts = facts_of(
        "“Ke depan kita tetap programkan pelatihan yang sama,” kata Kadis Perikanan, Budi Santoso."
    )
    assert [(s.text.split()[0], s.actor) for s in facts.next_steps] == [("Ke", "Budi Santoso")]


def test_what_someone_will_undergo_is_no_plan() -> None:
    facts = facts_of("Menurutnya, setiap dinas pastinya akan mengalami banyak kendala di lapangan.")
    assert firsts(facts) == []


def test_a_target_dated_by_a_month_to_come_is_a_step_one_gone_by_is_not() -> None:
    facts = facts_of(
        "“Sudah 70 persen dengan target pertengahan Maret dapat tuntas,” kata Kadinkes Rina Sari.",
        "“Sudah 90 persen dengan target Januari lalu,” kata Rina.",
    )
    assert firsts(facts) == ["Sudah"]


def test_a_task_received_with_its_purpose_is_a_step() -> None:
    facts = facts_of("Ia menjelaskan, para bidan desa mendapatkan tugas yang sama untuk mendata ibu hamil.")
    assert firsts(facts) == ["Ia"]


def test_a_target_for_the_span_just_gone_by_is_no_step() -> None:
    facts = facts_of(
        "“Selama dua pekan terakhir, kami menargetkan 300 penerima sehari,” kata Kapuskesmas Dedi Mulya."
    )
    assert firsts(facts) == []


def test_a_target_named_before_chased_as_a_purpose_is_no_new_target() -> None:
    facts = facts_of(
        "Untuk mengejar target tersebut, dinas juga merangkul organisasi kepemudaan.",
        "Dinas mengejar target 5.000 akseptor tahun depan.",
    )
    assert firsts(facts) == ["Dinas"]


def test_inside_a_quotation_a_sentence_opening_with_agar_is_an_order() -> None:
    facts = facts_of("“Agar saling mengingatkan soal jadwal piket,” ujar Kapolsek Budi Santoso.")
    assert firsts(facts) == ["Agar"]


def test_what_a_list_agreed_or_an_instruction_issued_is_set_to_serve_as_is_a_plan() -> None:
    facts = facts_of(
        "Daftar usulan itu akan menjadi pedoman dalam menyusun rencana anggaran desa.",
        "The instruction signed on Monday will serve as a legal basis for mayors to close the markets.",
        "Desa itu akan menjadi lebih ramai.",
    )
    assert firsts(facts) == ["Daftar", "The"]


def test_an_event_announced_with_there_will_be_is_a_step_a_purpose_with_this_is_to_is_not() -> None:
    facts = facts_of(
        "“On Friday there will be a coordination meeting with the regencies,” the minister said.",
        "The ministry closed the bridge. This is to protect the drivers.",
    )
    assert firsts(facts) == ["On"]


def test_english_preparations_made_and_details_still_being_drafted_are_steps() -> None:
    facts = facts_of(
        "The agency is making preparations to build two seed banks.",
        "The details of the scheme are still being drafted by the ministry.",
    )
    assert firsts(facts) == ["The", "The"]


def test_an_agreement_of_the_speakers_side_or_a_budget_approved_is_a_step_one_agreed_before_is_not() -> None:
    facts = facts_of(
        "“Kami sudah sepakati anggarannya,” kata Ketua DPRD, Budi Santoso.",
        "Pemkot bersama DPRD menyetujui rancangan perubahan anggaran 2027 dalam sidang paripurna.",
        "“Ini penjabaran dari rencana yang telah kita sepakati bersama,” kata Budi.",
    )
    assert firsts(facts) == ["Kami", "Pemkot"]


def test_preparations_that_go_on_are_a_step() -> None:
    facts = facts_of("Bupati Sari Dewi mengatakan terus menyiapkan lahan untuk relokasi pedagang.")
    assert firsts(facts) == ["Bupati"]


def test_a_state_due_in_a_named_year_is_a_target() -> None:
    facts = facts_of("“Sertifikat lahan itu harus sudah selesai tahun 2027,” kata Kepala BPN, Andi Wijaya.")
    assert firsts(facts) == ["Sertifikat"]


def test_a_priority_set_for_a_period_to_come_is_a_step_one_gone_by_is_not() -> None:
    facts = facts_of(
        "Ada dua program yang menjadi fokus di APBD Perubahan tahun ini.",
        "Ada dua program yang menjadi prioritas tahun lalu.",
    )
    assert firsts(facts) == ["Ada"]
    assert facts.next_steps[0].text.endswith("tahun ini.")


def test_done_by_a_deadline_told_after_the_act_is_a_target() -> None:
    facts = facts_of(
        "Ia menegaskan, jalan itu sudah dihitung bisa selesai sampai maksimal pertengahan Desember.",
        "Ia menyebut gedung itu bisa selesai sebelum Desember lalu.",
    )
    assert [s.text.split()[2] for s in facts.next_steps] == ["jalan"]


def test_a_meeting_still_to_be_held_with_the_bare_noun_as_verb_is_a_step() -> None:
    facts = facts_of("“Nanti akan segera rapat lagi pekan depan,” kata Sekda Rudi Hartono.")
    assert firsts(facts) == ["Nanti"]
