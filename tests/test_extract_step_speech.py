"""Next steps in the speaker's own words (``step_speech``): the object-focus first person, the
conditional rule with ``maka``, imperatives of roots that look prefixed, questions and favours.
Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.extract.step_cues import find_cues
from briefgen.extract.step_reported import is_question
from briefgen.extract.step_speech import conditional_rule, spoken_act
from briefgen.model import Article, Facts

TODAY = dt.date(2026, 11, 22)


def facts_of(*paragraphs: str) -> Facts:
    return extract(Article("x", None, list(paragraphs)), today=TODAY)


def quoted_steps(*quotations: str) -> list[tuple[str, str | None]]:
    """The steps of quotations said by one official introduced in the first paragraph."""
    paragraphs = ["Kepala Dinas Perhubungan Kota Palu, Rudi Hartono, meninjau terminal itu."]
    paragraphs += [f"“{quotation},” kata Rudi." for quotation in quotations]
    return [(s.text, s.actor) for s in facts_of(*paragraphs).next_steps]


def test_the_object_focus_first_person_anchored_in_what_comes_is_a_step_of_the_speakers_side() -> None:
    steps = quoted_steps(
        "Untuk sopir angkot, nanti kami datangi pangkalan satu per satu",
        "Sisa anggarannya kami alihkan ke perbaikan halte bulan Maret",
        "Para pedagang kaki lima segera kita ajak pindah ke lantai dua",
        "Kalau ada bus yang melanggar, kami cabut izin trayeknya",
        "Setelah rapat selesai, kita pertebal penjagaan di pintu keluar",
        "Jadwalnya kami matangkan dulu, baru tiketnya dijual",
    )
    assert [text.split()[0] for text, _ in steps] == [
        "Untuk",
        "Sisa",
        "Para",
        "Kalau",
        "Setelah",
        "Jadwalnya",
    ]
    assert {actor for _, actor in steps} == {"Dinas Perhubungan Kota Palu"}


def test_the_object_focus_first_person_without_an_anchor_describes_the_programme() -> None:
    assert (
        quoted_steps(
            "Jadi kami bawa layanan itu ke tempat warga berada",
            "Layanan itu kami bawa ke tempat warga berada",
            "Sekarang kita bantu mereka mengurus izin trayek",
            "Makanya kami pulangkan sopir-sopir itu",
            "Kami kirim sekitar tiga bus cadangan",
            "Saya sebagai kepala dinas mendengar keluhan itu",
            "Rute baru itu kita bicarakan dalam rapat",
        )
        == []
    )


def test_the_first_person_opening_its_clause_before_a_bare_verb_is_the_hortative_a_plan() -> None:
    steps = quoted_steps(
        "Untuk itu kami perluas layanan ke tempat warga berada",
        "Kita tingkatkan frekuensi bus malam",
        "Untuk penumpang lansia, kita siapkan kursi khusus di halte",
        "Tinggal kami ajukan anggarannya ke DPRD",
        "Kami juga perluas jalur sepeda di pusat kota",
        "Kita pun tambah armada pada Juni",
    )
    assert [text.split()[0] for text, _ in steps] == ["Untuk", "Kita", "Untuk", "Tinggal", "Kami", "Kita"]
    assert {actor for _, actor in steps} == {"Dinas Perhubungan Kota Palu"}


def test_the_object_focus_first_person_is_no_step_when_past_relative_routine_or_said() -> None:
    assert (
        quoted_steps(
            "Kemarin kami datangi pangkalan di pasar",
            "Itu program yang bisa kita kembangkan bersama pada Maret",
            "Sopir yang mangkal di situ kami tegur setiap hari sampai Maret",
            "Setelah rapat, kami sampaikan bahwa jadwal bus tidak berubah",
            "Jika kami umumkan sekarang, warga akan bingung",
            "Jangan sampai bulan depan anak-anak kita main di jalur bus",
            "Penumpang kita pada Maret bisa memilih rute sendiri",
            "Semua laporan sudah kami teruskan ke dinas pada Maret",
            "Dulu kami tutup terminal ini setelah banjir",
        )
        == []
    )


def test_spoken_act_reads_the_pronoun_as_the_actor_and_refuses_verbs_of_saying() -> None:
    text = "Untuk sopir angkot, nanti kami datangi pangkalan"
    act = spoken_act(text, text.index("kami"))
    assert act is not None and act.actor == "kami"
    said = "Kami sampaikan jadwalnya besok"
    assert spoken_act(said, 0) is None
    cues = find_cues(text, quoted=True)
    assert (text.index("kami"), "spoken") in cues
    assert not [kind for _, kind in find_cues(text, quoted=False) if kind == "spoken"]


def test_a_time_to_come_before_the_first_person_and_an_active_verb_is_a_plan() -> None:
    steps = quoted_steps(
        "Tahun depan kami membuka loket baru di setiap terminal",
        "Mulai Senin kita memberlakukan jam operasional baru",
        "Ke depan kita menghadapi musim hujan yang panjang",
        "Tahun depan kita memasuki musim hujan",
    )
    assert [text.split()[0] for text, _ in steps] == ["Tahun", "Mulai"]


def test_a_conditional_rule_with_maka_and_a_passive_is_a_step_with_no_actor() -> None:
    steps = [
        (s.text, s.actor)
        for s in facts_of(
            "Apabila pemilik kios tidak datang pada panggilan pertama, maka dikirim surat teguran kedua.",
            "Jika pembangunan halte tidak selesai tahun ini, maka proyek itu sebaiknya dihentikan.",
            "Jika dibandingkan dengan tahun lalu, maka jumlah penumpang dinilai naik.",
            "Jika harga tiket naik, maka penumpang tidak diuntungkan.",
            "Kalau hujan deras, maka jalan itu tergenang.",
        ).next_steps
    ]
    assert steps == [
        ("Apabila pemilik kios tidak datang pada panggilan pertama, maka dikirim surat teguran kedua.", None),
        ("Jika pembangunan halte tidak selesai tahun ini, maka proyek itu sebaiknya dihentikan.", None),
    ]


def test_conditional_rule_refuses_verbs_of_judging() -> None:
    text = "Jika semua data masuk, maka dapat disimpulkan bahwa rute itu ramai."
    cue = next(at for at, kind in find_cues(text, quoted=False) if kind == "conditional")
    assert conditional_rule(text, cue) is None


def test_imperatives_of_roots_that_look_prefixed_and_tolong_with_a_comma_are_orders() -> None:
    steps = quoted_steps(
        "Berikan tempat duduk untuk penumpang lansia",
        "Tertibkan parkir liar di depan terminal",
        "Bagi pengusaha bus, tolong, rawatlah armadanya",
        "Bersama warga kita ingin kota yang rapi",
    )
    assert [text.split()[0] for text, _ in steps] == ["Berikan", "Tertibkan", "Bagi"]


def test_questions_and_favours_for_the_speaker_are_not_steps() -> None:
    assert is_question("Kalau ditanya, apa bisa besok selesai?")
    assert not is_question("Besok kami periksa.")
    assert (
        quoted_steps(
            "Kalau ditanya, bisa tidak besok semua bus diganti?",
            "Jadi tolong beri saya waktu untuk membenahi terminal",
        )
        == []
    )
    assert quoted_steps("Tolong sampaikan jadwal baru kepada semua sopir") == [
        ("Tolong sampaikan jadwal baru kepada semua sopir", None)
    ]


def test_readiness_to_enforce_is_a_commitment_an_offer_is_not() -> None:
    steps = quoted_steps(
        "Kami siap tindak semua angkutan liar di terminal",
        "Kami juga siap menertibkan pedagang yang berjualan di jalur bus",
        "Kami siap membantu sopir yang ingin pindah trayek",
    )
    assert [text.split()[2] for text, _ in steps] == ["tindak", "siap"]


def test_a_one_word_command_shouted_after_a_comma_is_an_order() -> None:
    steps = quoted_steps(
        "Saya tidak peduli siapa pemilik kiosnya, bongkar!", "Wah, bagus!", "Pokoknya, jangan!"
    )
    assert [text for text, _ in steps] == ["Saya tidak peduli siapa pemilik kiosnya, bongkar!"]


def test_a_reporter_sent_elsewhere_and_a_talk_announced_are_not_steps() -> None:
    assert (
        quoted_steps(
            "Silakan konfirmasi ke kepala bidang yang lama, saya baru menjabat",
            "Kami akan lapor tentang jumlah penumpang selama libur panjang",
            "Kalau ada yang mau tahu rutenya, silakan aja menghubungi saya",
            "Silahkan bertanya ke bagian humas, saya tidak memegang datanya",
        )
        == []
    )
    assert [text.split()[1] for text, _ in quoted_steps("Silakan lapor ke posko kalau bus terlambat")] == [
        "lapor"
    ]
    assert [
        text.split()[2] for text, _ in quoted_steps("Kami akan laporkan hasil pemeriksaan ke wali kota")
    ] == ["laporkan"]


def test_a_conditional_rule_without_maka_needs_a_modal_of_duty_or_future_before_the_passive() -> None:
    steps = [
        s.text
        for s in facts_of(
            "Jika pengelola ingin membuka kembali kiosnya, izin usahanya harus diurus dari awal.",
            "Kalau hujan turun sore nanti, pasar itu akan dipindahkan ke halaman balai desa.",
            "Jika harga naik, pedagang kecil akan dirugikan.",
            "Kalau dilihat dari data, penumpang dipengaruhi cuaca.",
        ).next_steps
    ]
    assert [text.split()[0] for text in steps] == ["Jika", "Kalau"]
    assert "dirugikan" not in " ".join(steps)


def test_after_a_condition_the_first_person_with_an_active_verb_is_a_conditional_commitment() -> None:
    steps = quoted_steps(
        "Kalau antrean penumpang memanjang, kami menambah armada bus dari pool lain",
        "Jika sopir menolak dirazia, kita langsung menahan kendaraannya",
        "Kalau tarifnya turun terus, kami merugi",
        "Kalau kita hitung ulang, kita menemukan selisih kecil",
        "Bila teguran tidak digubris baru kami akan cabut izin trayeknya",
        "Apabila armada kurang, kita akan tambah bus dari pool lain",
        "Kalau tarifnya naik, kami akan rugi",
    )
    assert [text.split()[0] for text, _ in steps] == ["Kalau", "Jika", "Bila", "Apabila"]
    assert {actor for _, actor in steps} == {"Dinas Perhubungan Kota Palu"}


def test_tolong_softened_by_ya_or_lah_is_an_order_and_a_favour_for_the_speaker_is_not() -> None:
    steps = quoted_steps(
        "Tolong ya, loket yang masih tutup dibuka sebelum pukul enam",
        "Tolong ya para kepala terminal perbarui nomor pengaduan di papan informasi",
        "Jalur evakuasinya tolonglah betul-betul dijaga",
        "Tolong ya beri saya waktu sebulan",
        "Tolong dong doakan kami",
    )
    assert [text.split()[0] for text, _ in steps] == ["Tolong", "Tolong", "Jalur"]


def test_the_speakers_side_asking_is_a_request_whatever_form_the_act_asked_for_takes() -> None:
    steps = quoted_steps(
        "Saya minta Pak Kabid evaluasi terakhir tanggal 9 Maret",
        "Tiga hari ini saya minta laporannya sudah masuk",
        "Tadi kami minta kepada dinas siapkan petugas tambahan di gerbang",
        "Kami minta maaf atas antrean kemarin",
        "Kami minta ke gubernur, bahwa sopir juga butuh istirahat",
        "Saya minta tanggapan kepala terminal dulu",
        "Kemarin kami sudah minta kepala terminal menambah loket",
        "Kami minta ada kepastian jadwal dari operator",
    )
    assert [text.split()[0] for text, _ in steps] == ["Saya", "Tiga", "Tadi"]


def test_an_act_or_event_announced_as_coming_is_a_step_a_change_foreseen_is_not() -> None:
    steps = quoted_steps(
        "Akan ada juga pembahasan mengenai tarif bus antarkota",
        "Selain itu, akan ada penertiban parkir di sekitar terminal",
        "Minggu depan bakal ada razia angkutan liar",
        "Tahun depan akan ada peningkatan jumlah penumpang",
        "Akan ada kenaikan harga tiket menjelang Lebaran",
        "Tidak akan ada penutupan terminal",
    )
    assert [text.split()[0] for text, _ in steps] == ["Akan", "Selain", "Minggu"]


def test_god_willing_with_a_time_to_come_is_a_schedule_alone_it_softens_a_hope() -> None:
    steps = quoted_steps(
        "Insya Allah mulai 12 Oktober rute baru itu beroperasi",
        "Insha Allah peluncurannya pada Maret 2027",
        "Stok solar insyaallah aman, dan pekan ini akan tiba dua tangki lagi",
        "Insya Allah terminal ini makin nyaman",
        "Insyaallah penumpang puas dengan layanan kami",
    )
    assert [text.split()[0] for text, _ in steps] == ["Insya", "Insha", "Stok"]


def test_segera_opening_the_sentence_before_a_bare_verb_is_an_order() -> None:
    steps = quoted_steps(
        "Segera pindahkan kendaraan dari bahu jalan sebelum pukul tujuh",
        "Segera kembali ke pool kalau hujan deras",
        "Segera sesudah terminal ditutup itu, penumpang sepi",
    )
    assert [text.split()[1] for text, _ in steps] == ["pindahkan", "kembali"]


def test_bare_roots_of_planning_and_making_after_the_first_person_are_acts() -> None:
    steps = quoted_steps(
        "Jadwalnya belum pasti, makanya kita susun dulu",
        "Bulan depan kami bentuk tim pengawas tarif",
        "Itu aturan yang kita buat tahun lalu",
    )
    assert [text.split()[0] for text, _ in steps] == ["Jadwalnya", "Bulan"]
