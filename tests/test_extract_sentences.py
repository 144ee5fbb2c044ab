"""Sentence splitting and datelines: Indonesian abbreviations, numbers, quotations, dateline styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract.dateline import normalise_place, parse_dateline
from briefgen.extract.sentences import scan_marks, sentence_spans, split_sentences

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def test_titles_degrees_and_addresses_do_not_end_a_sentence() -> None:
    text = (
        "Acara dibuka oleh Dr. H. Budi Santoso, M.Si. di Jl. Sudirman No. 5, Kec. Menteng. "
        "Peserta datang dari Kab. Bogor."
    )
    assert split_sentences(text) == [
        "Acara dibuka oleh Dr. H. Budi Santoso, M.Si. di Jl. Sudirman No. 5, Kec. Menteng.",
        "Peserta datang dari Kab. Bogor.",
    ]


def test_prof_ir_hj_and_initials() -> None:
    text = "Prof. Ir. Hj. Siti Aminah dan Budi S. Santoso hadir. Mereka disambut panitia."
    assert split_sentences(text) == [
        "Prof. Ir. Hj. Siti Aminah dan Budi S. Santoso hadir.",
        "Mereka disambut panitia.",
    ]


def test_sentences_glued_without_a_space_are_split() -> None:
    text = (
        "Kasus naik karena varian baru.Menurut dia, vaksinasi harus dipercepat. "
        "Rapat digelar di Padang.“Kami siap membantu,” kata camat.Dia pulang sore."
    )
    assert split_sentences(text) == [
        "Kasus naik karena varian baru.",
        "Menurut dia, vaksinasi harus dipercepat.",
        "Rapat digelar di Padang.",
        "“Kami siap membantu,” kata camat.",
        "Dia pulang sore.",
    ]


def test_a_glued_quotation_opens_the_next_sentence_whatever_its_mark() -> None:
    # Straight marks, and a closing mark typed for an opening one, stay with the quotation.
    text = 'Warga menunggu di balai."Kapan dibuka?" tanya mereka. Air sudah surut.”Kami pulang,” ujarnya.'
    assert split_sentences(text) == [
        "Warga menunggu di balai.",
        '"Kapan dibuka?" tanya mereka.',
        "Air sudah surut.",
        "”Kami pulang,” ujarnya.",
    ]
    assert split_sentences('"We are ready."Then the team left.') == ['"We are ready."', "Then the team left."]


def test_glued_names_degrees_numbers_and_addresses_are_not_split() -> None:
    text = (
        "H.Budi dan Ny.Ani, S.Kom, M.Si hadir di Kab.Bogor. Harga Rp1.5 juta untuk 3.000 ton, "
        "kata laman detik.com dan Tempo.Co kemarin. Ia mengutip e.g.The Economist."
    )
    assert split_sentences(text) == [
        "H.Budi dan Ny.Ani, S.Kom, M.Si hadir di Kab.Bogor.",
        "Harga Rp1.5 juta untuk 3.000 ton, kata laman detik.com dan Tempo.Co kemarin.",
        "Ia mengutip e.g.The Economist.",
    ]


def test_month_abbreviations_before_a_day_and_ranks_do_not_end_a_sentence() -> None:
    text = (
        "The order was signed on Nov. 4 and runs until Jan. 30. Police chief Insp. Gen. Ali "
        "and Brig. Gen. Budi met Sen. Smith, Kapolda Irjen Pol. Rahmat and Syed Md. Ali. "
        "Rain fell in Nov. Then it stopped."
    )
    assert split_sentences(text) == [
        "The order was signed on Nov. 4 and runs until Jan. 30.",
        "Police chief Insp. Gen. Ali and Brig. Gen. Budi met Sen. Smith, Kapolda Irjen Pol. Rahmat "
        "and Syed Md. Ali.",
        "Rain fell in Nov.",
        "Then it stopped.",
    ]


def test_ordinary_words_that_are_no_abbreviation_end_a_sentence() -> None:
    text = "Warga menjaga kebersihan kota. Ia pulang ke rumah ibu. Rapat usai di Kota Batu."
    assert split_sentences(text) == [
        "Warga menjaga kebersihan kota.",
        "Ia pulang ke rumah ibu.",
        "Rapat usai di Kota Batu.",
    ]


def test_a_title_glued_to_the_word_before_it_is_still_a_title() -> None:
    assert split_sentences("Warga diKab. Agam menolak. Mereka protes.") == [
        "Warga diKab. Agam menolak.",
        "Mereka protes.",
    ]


def test_times_and_numbers() -> None:
    text = "Rapat dimulai pukul 10.00 WIB. Inflasi tercatat 2,5 persen dari 1.500 sampel. Hasilnya baik."
    assert split_sentences(text) == [
        "Rapat dimulai pukul 10.00 WIB.",
        "Inflasi tercatat 2,5 persen dari 1.500 sampel.",
        "Hasilnya baik.",
    ]


def test_company_and_letter_abbreviations() -> None:
    text = "PT Bank Rakyat Indonesia (Persero) Tbk. menyampaikan laporan a.n. direksi kepada yth. pemegang."
    assert split_sentences(text) == [text]


def test_dll_may_end_a_sentence_when_a_capital_follows() -> None:
    assert split_sentences("Produknya buku, majalah, dll. Selain itu ada film.") == [
        "Produknya buku, majalah, dll.",
        "Selain itu ada film.",
    ]
    assert split_sentences("Produknya buku, dll. yang dijual murah.") == [
        "Produknya buku, dll. yang dijual murah."
    ]


def test_a_quotation_with_several_sentences_stays_whole() -> None:
    text = "“Kami siap. Semua sudah disiapkan. Mari mulai,” kata Budi. Setelah itu rapat ditutup."
    assert split_sentences(text) == [
        "“Kami siap. Semua sudah disiapkan. Mari mulai,” kata Budi.",
        "Setelah itu rapat ditutup.",
    ]


def test_a_quotation_that_ends_a_sentence() -> None:
    text = "Ia berkata, “Kami siap. Mari mulai.” Setelah itu rapat ditutup."
    assert split_sentences(text) == ["Ia berkata, “Kami siap. Mari mulai.”", "Setelah itu rapat ditutup."]


def test_question_and_exclamation_marks() -> None:
    assert split_sentences("Apa benar? Ya! Tentu saja.") == ["Apa benar?", "Ya!", "Tentu saja."]


def test_empty_paragraph() -> None:
    assert split_sentences("   ") == []


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        ("PATADaily.id - Jakarta - Menteri datang.", "PATADaily.id", "Jakarta"),
        ("JAKARTA, KOMPAS.com - Menteri datang.", "KOMPAS.com", "Jakarta"),
        ("Jakarta (ANTARA) - Menteri datang.", "ANTARA", "Jakarta"),
        ("Outlet.id – Bandung – Menteri datang.", "Outlet.id", "Bandung"),
        ("Liputan6.com, Surabaya - Gubernur hadir.", "Liputan6.com", "Surabaya"),
        ("BANDUNG - Wali Kota hadir.", None, "Bandung"),
        ("Bandung, Warta Priangan - Menteri datang.", "Warta Priangan", "Bandung"),
        ("Kupang, Harian Flobamora – Gubernur hadir.", "Harian Flobamora", "Kupang"),
        ("Wonosobo - Wali Kota hadir.", None, "Wonosobo"),
    ],
)
def test_dateline_styles(paragraph: str, outlet: str | None, place: str) -> None:
    found_outlet, found_place, rest = parse_dateline(paragraph)
    assert (found_outlet, found_place) == (outlet, place)
    assert rest in ("Menteri datang.", "Gubernur hadir.", "Wali Kota hadir.")


def test_no_dateline_leaves_the_paragraph_alone() -> None:
    text = "Kementerian Ekonomi Kreatif membuka lembaran baru - kata pejabat."
    assert parse_dateline(text) == (None, None, text)
    assert parse_dateline("Indonesia-Korea sepakat bekerja sama.") == (
        None,
        None,
        "Indonesia-Korea sepakat bekerja sama.",
    )


def test_capitalised_words_that_are_no_place_or_outlet_are_no_dateline() -> None:
    for text in (
        "Kementerian Pariwisata - lembaga yang baru dibentuk - membuka kantor.",
        "Jakarta, Kamis - Menteri datang.",
        "Bandung, Dinas Pariwisata - bukan media - hadir.",
    ):
        assert parse_dateline(text) == (None, None, text)


def test_place_normalisation() -> None:
    assert normalise_place("JAKARTA") == "Jakarta"
    assert normalise_place("DKI JAKARTA") == "DKI Jakarta"
    assert normalise_place("Banda Aceh") == "Banda Aceh"


def test_regional_titles_and_name_particles_do_not_end_a_sentence() -> None:
    text = (
        "Kurator, Dr. Eng. Rahmat Hidayatullah, hadir. Perajin, Rosmawati br. Siregar, dan R.Ay. Sekar ikut."
    )
    assert split_sentences(text) == [
        "Kurator, Dr. Eng. Rahmat Hidayatullah, hadir.",
        "Perajin, Rosmawati br. Siregar, dan R.Ay. Sekar ikut.",
    ]


def test_a_paragraph_asked_about_twice_gets_its_own_copy_of_the_spans() -> None:
    # sentence_spans remembers paragraphs (the stages ask again): a caller changing its list
    # must not change what the next caller gets.
    paragraph = "Rapat dimulai pukul 09.00. Menteri hadir. Hasilnya diumumkan sore."
    first = sentence_spans(paragraph)
    first.clear()
    assert split_sentences(paragraph) == [
        "Rapat dimulai pukul 09.00.",
        "Menteri hadir.",
        "Hasilnya diumumkan sore.",
    ]


def test_sentences_and_quotations_of_a_paragraph_full_of_quote_marks() -> None:
    # A thousand quotations in one paragraph (the hostile "quotes" shape, made up here): each
    # closed quotation is paired, a full stop inside one does not end the sentence, and the
    # mark pairing reads the marks once (it was quadratic: 212 s on such an article).
    piece = "Ia berkata “satu. dua” lalu pergi. "
    paragraph = piece * 1000
    scan = scan_marks(paragraph)
    assert len(scan.closed) == 1000 and scan.open_from is None and scan.close_at is None
    assert scan.closed[1] == (len(piece) + piece.index("“"), len(piece) + piece.index("”") + 1)
    spans = sentence_spans(paragraph)
    assert len(spans) == 1000
    assert paragraph[spans[-1][0] : spans[-1][1]] == piece.strip()


def test_a_paragraph_that_starts_inside_a_quotation_closes_it_at_the_first_closing_mark() -> None:
    scan = scan_marks("Kami siap bekerja,” kata Budi. Ia lalu berkata “ya” dan pergi.", inside=True)
    assert scan.close_at == 18
    assert scan.closed == ((47, 51),)
    reopened = scan_marks("“Empat hal kami siapkan,” kata Budi.", inside=True)
    assert reopened.close_at == 24 and reopened.closed == ()


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("Plt. Kepala Dinas Kesehatan Budi meninjau puskesmas. Ia didampingi camat.", 2),
        ("Pj. Bupati dan Plh. Sekda membuka rapat. Semua kepala dinas hadir.", 2),
        ("Apel dipimpin Kapt. Inf. Budi Santoso. Peserta berbaris rapi.", 2),
        ("Wakil Bupati A. Rahman membuka rapat. Ia meminta laporan tertulis.", 2),
        ("The talks were led by Lt. Gen. Budi Santoso. He spoke first.", 2),
        ("Doa dipimpin Pdt. Rina Wulandari. Jemaat hadir di gereja.", 2),
    ],
)
def test_officialdom_abbreviations_and_initials_do_not_end_a_sentence(paragraph: str, count: int) -> None:
    assert len(split_sentences(paragraph)) == count


def test_a_mark_and_a_stray_space_that_open_a_paragraph_open_its_quotation() -> None:
    text = "” Kami siap bekerja sama dengan kader,” kata Budi."
    assert scan_marks(text).closed == ((0, text.index(",”") + 2),)
    # Inside a quotation left open, the same mark closes it; a mark alone opens nothing.
    assert scan_marks("” Kami siap,” kata Budi.", inside=True).close_at == 0
    assert scan_marks("” ”").closed == ()


def _cuts_by_scan(paragraph: str) -> list[int]:
    """The former ``sentences._cuts``, which tested every character; the reference for the one
    that searches for the next mark (issue 17)."""
    from briefgen.extract import sentences as s

    quotes = s.quote_spans(paragraph)
    quote_ends = {end - 1 for _, end in quotes}
    quote_starts = {start for start, _ in quotes}
    q, i, n = 0, 0, len(paragraph)
    cuts: list[int] = []
    while i < n:
        ch = paragraph[i]
        while q < len(quotes) and quotes[q][1] - 1 <= i:
            q += 1
        if ch in s._TERMINALS and not (q < len(quotes) and quotes[q][0] < i):
            while i + 1 < n and paragraph[i + 1] in s._TERMINALS:
                i += 1
            if s._is_boundary(paragraph, i):
                j = i + 1
                while j < n and paragraph[j] in s._CLOSERS and j not in quote_starts:
                    j += 1
                cuts.append(j)
                i = j
                continue
        elif (
            (ch == "”" or (ch == '"' and i in quote_ends))
            and i not in quote_starts
            and i > 0
            and paragraph[i - 1] in s._TERMINALS
            and s._is_boundary(paragraph, i - 1)
        ):
            cuts.append(i + 1)
        i += 1
    return cuts


CUTS_TEXT = [
    'Panen selesai.”Kami lega,” ujarnya. Stok cukup."Harga turun," katanya.Lalu ia pulang.',
    "Rapat selesai. Ia pulang?! Lalu… “Kami siap.” Ia menambahkan bahwa Dr. Budi hadir.",
    'Kata dia, "Sudah." Lalu "ya?" dan (lihat.) Besoknya pukul 10.30 WIB rapat lagi...',
    "“Kalimat dalam kutipan. Masih kutipan!” katanya. “Tanpa penutup. Lagi",
    "",
    ".",
    "Tanpa tanda akhir sama sekali",
]


@pytest.mark.parametrize("text", CUTS_TEXT)
def test_cuts_match_the_character_scan_on_written_text(text: str) -> None:
    from briefgen.extract.sentences import _cuts

    assert _cuts(text) == _cuts_by_scan(text)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus (the real articles) is absent")
def test_cuts_match_the_character_scan_on_the_corpus() -> None:
    from briefgen.extract.sentences import _cuts

    paragraphs = [
        p
        for path in sorted(CORPUS.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    assert len(paragraphs) > 300
    for paragraph in paragraphs:
        assert _cuts(paragraph) == _cuts_by_scan(paragraph), paragraph[:40]


def test_the_rupiah_before_an_amount_does_not_end_a_sentence() -> None:
    text = "Dinas menyalurkan Rp. 5 juta untuk tiap kios, yakni Rp. 250.000 per bulan. Pasar dibuka lagi."
    assert split_sentences(text) == [
        "Dinas menyalurkan Rp. 5 juta untuk tiap kios, yakni Rp. 250.000 per bulan.",
        "Pasar dibuka lagi.",
    ]
