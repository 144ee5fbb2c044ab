"""Press-release paper out: letterhead, SIARAN PERS and its number, page numbers, footers, contacts."""

from __future__ import annotations

from briefgen.readers.release import blocks_to_paragraphs, release_lines

PAGE_1 = [
    "KEMENTERIAN CONTOH                        Jl. Merdeka Contoh No. 1, Jakarta",
    "REPUBLIK INDONESIA                        10110 · Telp (021) 555-0100",
    "",
    "SIARAN PERS",
    "Nomor: SP.7/HM/03/2026",
    "",
    "Dinas Contoh Membuka Pendaftaran",
    "Lomba Cerita Rakyat",
    "Surabaya, Kamis (5/3/2026) – Dinas Contoh membuka pendaftaran lomba cerita rakyat untuk",
    "pelajar sekolah menengah di seluruh provinsi.",
    "",
    "Biro Humas Dinas Contoh                                     Halaman 1 dari 2",
]
PAGE_2 = [
    "Peserta dapat mengirim naskah hingga akhir bulan, dan pemenang akan diumumkan pada anak-",
    "anak sekolah bulan depan.",
    "",
    "Biro Humas Dinas Contoh                                     Halaman 2 dari 2",
    "Narahubung:",
    "Dewi Lestari (0812-0000-1111)",
]


def test_the_paper_is_left_out_and_the_text_kept() -> None:
    lines = release_lines([PAGE_1, PAGE_2])
    text = "\n".join(lines)
    for paper in (
        "KEMENTERIAN",
        "Telp",
        "SIARAN PERS",
        "Nomor",
        "Halaman",
        "Biro Humas",
        "Narahubung",
        "Dewi",
    ):
        assert paper not in text, paper
    assert lines[0] == "Dinas Contoh Membuka Pendaftaran"
    assert lines[-1] == "anak sekolah bulan depan."


def test_title_and_paragraphs_from_the_blocks() -> None:
    title, paragraphs = blocks_to_paragraphs(release_lines([PAGE_1, PAGE_2]))
    # The dateline starts the first paragraph although no space sets it off from the title.
    assert title == "Dinas Contoh Membuka Pendaftaran Lomba Cerita Rakyat"
    assert paragraphs == [
        "Surabaya, Kamis (5/3/2026) – Dinas Contoh membuka pendaftaran lomba cerita rakyat untuk "
        "pelajar sekolah menengah di seluruh provinsi.",
        "Peserta dapat mengirim naskah hingga akhir bulan, dan pemenang akan diumumkan pada "
        "anak-anak sekolah bulan depan.",
    ]


def test_page_numbers_alone_and_end_marks() -> None:
    lines = release_lines(
        [["Paragraf pertama yang cukup panjang.", "- 1 -"], ["2", "Paragraf kedua.", "###", "x"]]
    )
    assert [line for line in lines if line] == ["Paragraf pertama yang cukup panjang.", "Paragraf kedua."]
    assert release_lines([["Teks.", "-selesai-", "Kontak: 0812"]]) == ["Teks."]


def test_a_paragraph_that_opens_like_a_contact_block_is_kept() -> None:
    long = (
        "Kontak dagang antara kedua provinsi meningkat tajam sepanjang tahun lalu, menurut data "
        "yang dihimpun dinas perdagangan dari pelabuhan dan bandara di kedua wilayah."
    )
    assert release_lines([["Judul", "", long]]) == ["Judul", "", long]


def test_letterhead_words_in_the_body_stay() -> None:
    body = ["Pembukaan.", "", "KEMENTERIAN CONTOH", "Jl. Merdeka adalah jalan utama kota."]
    assert release_lines([body]) == body  # only the letterhead before the text is paper


def test_a_block_of_several_paragraphs_is_split_where_a_short_line_ends_a_sentence() -> None:
    block = [
        "Baris pertama paragraf satu yang panjang sekali dan terus",
        "berlanjut sampai habis.",
        "Paragraf dua mulai di baris baru dan juga cukup panjang",
        "sampai di sini.",
    ]
    title, paragraphs = blocks_to_paragraphs(block)
    assert title is None
    assert paragraphs == [
        "Baris pertama paragraf satu yang panjang sekali dan terus berlanjut sampai habis.",
        "Paragraf dua mulai di baris baru dan juga cukup panjang sampai di sini.",
    ]
