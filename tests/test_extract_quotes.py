"""Direct quotations: marks, multi-paragraph quotes, attribution after and before, pronouns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract import extract
from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people
from briefgen.extract.quotes import attribute_quotes, find_quote_spans
from briefgen.model import Article, Quote


def quotes_of(*paragraphs: str) -> tuple[list[Quote], list[str]]:
    paras = list(paragraphs)
    people = find_people(paras, find_definitions(paras))
    quotes, _, warnings = attribute_quotes(find_quote_spans(paras, people), paras, people)
    return quotes, warnings


def test_attribution_after_the_quote_resolves_to_the_full_name() -> None:
    quotes, warnings = quotes_of(
        "Wakil Menteri Kelautan (Wamen Kelautan) Ratna Dewanti menerima tamu.",
        "“Kerja sama ini harus berkelanjutan, sekaligus menjawab tantangan laut,” ujar Wamen Kelautan Ratna.",
    )
    assert quotes == [
        Quote("Kerja sama ini harus berkelanjutan, sekaligus menjawab tantangan laut", "Ratna Dewanti", 1)
    ]
    assert warnings == []


def test_ujarnya_is_the_last_person_mentioned_outside_quotations() -> None:
    quotes, _ = quotes_of(
        "Gubernur Jawa Tengah Ahmad Luthfi meninjau pasar.",
        "“Harga beras sudah stabil di semua pasar, termasuk kata Presiden Hendra Wijaya,” ujarnya.",
    )
    assert [q.speaker for q in quotes] == ["Ahmad Luthfi"]


def test_attribution_before_the_quote() -> None:
    quotes, _ = quotes_of(
        "Menteri Keuangan Purbaya Yudhi Sadewa hadir.",
        "Purbaya mengatakan, “Anggaran untuk program ini sudah kami siapkan.”",
        "Ia menuturkan: “Pencairan dimulai bulan depan untuk semua daerah.”",
    )
    assert [(q.text, q.speaker, q.paragraph) for q in quotes] == [
        ("Anggaran untuk program ini sudah kami siapkan.", "Purbaya Yudhi Sadewa", 1),
        ("Pencairan dimulai bulan depan untuk semua daerah.", "Purbaya Yudhi Sadewa", 2),
    ]


def test_straight_quotes_and_kata() -> None:
    quotes, _ = quotes_of(
        '"Kami akan terus mengawal kebijakan ini," kata Direktur Jenderal Pajak Bimo Wijayanto.'
    )
    assert quotes == [Quote("Kami akan terus mengawal kebijakan ini", "Bimo Wijayanto", 0)]


def test_a_quotation_over_several_paragraphs() -> None:
    quotes, _ = quotes_of(
        "Wali Kota Surabaya Eri Cahyadi meninjau banjir.",
        "Eri menuturkan: “Kami sudah menyiapkan pompa air di titik rawan.",
        "“Warga tidak perlu panik. Petugas siaga 24 jam.”",
    )
    assert quotes == [
        Quote(
            "Kami sudah menyiapkan pompa air di titik rawan. Warga tidak perlu panik. Petugas siaga 24 jam.",
            "Eri Cahyadi",
            1,
        )
    ]


def test_short_quoted_terms_are_not_quotations_and_a_lone_quote_warns() -> None:
    quotes, warnings = quotes_of(
        "Program “Korea Fest” berlangsung meriah.",
        "“Kami terus memantau kondisi di lapangan setiap hari.”",
    )
    assert quotes == [Quote("Kami terus memantau kondisi di lapangan setiap hari.", None, 1)]
    assert warnings == [
        "quote without a speaker (paragraph 2): “Kami terus memantau kondisi di lapangan setiap hari.…”"
    ]


def test_a_quote_paragraph_continues_the_previous_speaker() -> None:
    quotes, warnings = quotes_of(
        "“Kami siap mendukung semua program pemerintah,” kata Budi Hartono.",
        "“Semua pihak harus bekerja sama demi hasil terbaik.”",
    )
    assert [q.speaker for q in quotes] == ["Budi Hartono", "Budi Hartono"]
    assert warnings == []


def test_quoted_sentences_are_not_background_and_only_announced_plans_are_next_steps() -> None:
    article = Article(
        "x",
        None,
        [
            "Kepala Bappenas Rachmat Pambudy membuka rapat, Senin (5/1/2026).",
            "“Daerah perlu bergerak cepat. Kami akan menyusun rencana aksi bersama kementerian,” "
            "ujar Rachmat.",
            "“Kami siap berbagi data dengan kampus mana pun,” ujar Rachmat.",
        ],
    )
    facts = extract(article, today=dt.date(2026, 2, 1))
    assert [q.speaker for q in facts.quotes] == ["Rachmat Pambudy", "Rachmat Pambudy"]
    # "Kami akan …" inside a quotation is the speaker's side announcing a plan; "Kami siap …" an offer.
    assert [(s.text, s.actor, s.paragraph) for s in facts.next_steps] == [
        ("Kami akan menyusun rencana aksi bersama kementerian", "Bappenas", 1)
    ]
    assert facts.background == ["Kepala Bappenas Rachmat Pambudy membuka rapat, Senin (5/1/2026)."]


def test_pronoun_speakers_resolve_to_the_person_introduced_last_with_a_lower_case_role() -> None:
    article = Article(
        "x",
        None,
        [
            "Bupati Sikka, Yohanes Bala, membuka pasar tenun, Rabu (4/3/2026).",
            "“Tenun adalah identitas kami,” kata Yohanes.",
            "Sementara itu, penenun muda dari Desa Watublapi, Maria Goreti, mengaku ordernya naik.",
            "“Sekarang pembeli datang dari Bali dan Jakarta,” ujarnya.",
            "Menurutnya, pewarna alam membuat harga kain lebih tinggi.",
        ],
    )
    facts = extract(article, today=dt.date(2026, 4, 1))
    assert [q.speaker for q in facts.quotes] == ["Yohanes Bala", "Maria Goreti"]
    assert [s.speaker for s in facts.statements if s.text.startswith("Menurutnya")] == ["Maria Goreti"]
    maria = facts.person("Maria Goreti")
    assert maria is not None and maria.role == "penenun muda dari Desa Watublapi"


def test_menurut_with_a_titled_name_attributes_the_quote() -> None:
    quotes, warnings = quotes_of(
        "Direktur Diplomasi Publik, Dr. Ir. Wulan Sari Dewi, M.Sc., membuka forum itu.",
        "Menurut Dr. Ir. Wulan Sari Dewi, M.Sc., “Bumbu yang dikirim bersama jauh lebih murah.”",
        "Menurut Wulan, “Restoran kita adalah kedutaan kecil di luar negeri.”",
    )
    assert [q.speaker for q in quotes] == ["Dr. Ir. Wulan Sari Dewi, M.Sc."] * 2
    assert warnings == []


def test_a_quote_opened_after_a_titled_speaker_runs_on_into_the_next_paragraph() -> None:
    quotes, warnings = quotes_of(
        "Direktur, Dr. Ir. Wulan Sari Dewi, M.Sc., mengatakan, “Restoran kita adalah kedutaan kecil.",
        "“Karena itu kami ingin bahan bakunya lebih mudah didapat.”",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "Restoran kita adalah kedutaan kecil. Karena itu kami ingin bahan bakunya lebih mudah didapat.",
            "Dr. Ir. Wulan Sari Dewi, M.Sc.",
        )
    ]
    assert warnings == []


def test_a_pronoun_attribution_goes_to_the_person_named_in_the_sentence_before() -> None:
    quotes, _ = quotes_of(
        "Direktur, Wulan Sari, membuka forum.",
        "Tempe segar sulit dicari, kata Sarah Wijaya-Hoffmann, warga diaspora di Berlin.",
        "“Kami akhirnya membuat tempe sendiri di dapur,” ujarnya.",
        "Ia menambahkan, “Yang kami butuhkan adalah pelatihan juru masak.”",
    )
    assert [q.speaker for q in quotes] == ["Sarah Wijaya-Hoffmann"] * 2


# --------------------------------------------------------------------------- marks as real text types them


def test_marks_are_paired_by_position_whatever_their_shape() -> None:
    quotes, _ = quotes_of(
        "Kepala Dinas Perikanan Hendra Gunawan meninjau pelabuhan.",
        '"Stok ikan di gudang cukup untuk tiga bulan ke depan,” kata Hendra.',
        '“Harga di tingkat nelayan masih stabil sampai akhir bulan," ujarnya.',
        "“Kami juga menambah armada kapal pengangkut tahun ini,“ tambahnya.",
        'Ia ditanya soal impor.”Tidak ada impor ikan selama stok masih cukup,"ucapnya.',
    )
    assert [q.text for q in quotes] == [
        "Stok ikan di gudang cukup untuk tiga bulan ke depan",
        "Harga di tingkat nelayan masih stabil sampai akhir bulan",
        "Kami juga menambah armada kapal pengangkut tahun ini",
        "Tidak ada impor ikan selama stok masih cukup",
    ]
    assert {q.speaker for q in quotes} == {"Hendra Gunawan"}


def test_a_quotation_missing_its_opening_mark_starts_after_the_attribution() -> None:
    quotes, _ = quotes_of(
        "Kepala Badan Pangan Nasional Arief Prasetyo menggelar rapat.",
        "Arief menambahkan, kami akan menyalurkan cadangan beras mulai pekan depan,”",
    )
    assert quotes == [Quote("kami akan menyalurkan cadangan beras mulai pekan depan", "Arief Prasetyo", 1)]


def test_a_quotation_split_around_its_attribution_is_two_quotations() -> None:
    quotes, _ = quotes_of(
        "Menteri Pertanian Andi Rahman Sulaiman meninjau sawah.",
        "“Panen tahun ini lebih baik dari tahun lalu,” kata Rahman sambil menambahkan, "
        "“Petani harus mendapat harga yang layak.”",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Panen tahun ini lebih baik dari tahun lalu", "Andi Rahman Sulaiman"),
        ("Petani harus mendapat harga yang layak.", "Andi Rahman Sulaiman"),
    ]


def test_an_english_quotation_over_paragraphs_is_one_quote_joined_by_one_space() -> None:
    quotes, _ = quotes_of(
        "Trade Minister Budi Santoso met exporters on Monday.",
        "“We will open three new markets in Africa this year.",
        "“The talks with Kenya are almost finished,” Santoso said.",
    )
    assert quotes == [
        Quote(
            "We will open three new markets in Africa this year. The talks with Kenya are almost finished",
            "Budi Santoso",
            1,
        )
    ]


def test_names_themes_slogans_and_principles_in_quotation_marks_are_not_speech() -> None:
    quotes, _ = quotes_of(
        "Forum itu mengusung tema “Energi Bersih untuk Semua Generasi Mendatang”.",
        "Aturan itu memakai prinsip hukum “siapa yang merusak, dia yang memulihkan” sejak lama.",
        'The ministry held a forum with the theme "Clean Energy for Every Village".',
        "Acara ditutup dengan “Gerakan Menanam Sejuta Pohon Bersama Warga Desa”.",
    )
    assert quotes == []


def test_a_paragraph_the_scraper_printed_twice_gives_one_quotation() -> None:
    paragraph = (
        "“Pendaftaran dibuka sampai akhir bulan ini untuk semua sekolah,” kata Kepala Dinas Pendidikan"
        " Rina Marlina."
    )
    quotes, _ = quotes_of(paragraph, "Pendaftaran dilakukan secara daring.", paragraph)
    assert quotes == [
        Quote("Pendaftaran dibuka sampai akhir bulan ini untuk semua sekolah", "Rina Marlina", 0)
    ]


# --------------------------------------------------------------------------- who is speaking


def test_a_pronoun_attribution_is_the_subject_of_the_sentence_before_not_the_last_name() -> None:
    quotes, _ = quotes_of(
        "Menteri Sosial Tri Wahyuni bertemu Presiden Hendra Wijaya di Istana.",
        "Usai pertemuan, Tri menyampaikan bahwa Presiden Hendra Wijaya memberi arahan soal bantuan.",
        "“Bantuan harus sampai ke keluarga yang paling membutuhkan,” ujarnya.",
        "Ia juga menjelaskan jadwal penyaluran di era Presiden Hendra tersebut.",
        "“Penyaluran tahap kedua dimulai bulan depan di semua provinsi.”",
    )
    assert [q.speaker for q in quotes] == ["Tri Wahyuni", "Tri Wahyuni"]


@pytest.mark.parametrize(
    ("narration", "quotation", "speaker"),
    [
        # The agent of a passive clause inside the sentence is not its subject.
        (
            "Menteri Sosial Tri Wahyuni menghadiri rapat yang dipimpin oleh Presiden Hendra Wijaya.",
            "“Bantuan tahap kedua sudah kami siapkan untuk semua provinsi,” ujarnya.",
            "Tri Wahyuni",
        ),
        (
            "Social Minister Tri Wahyuni attended a cabinet meeting chaired by President Hendra Wijaya.",
            "“We have prepared the second round of aid for every province,” she said.",
            "Tri Wahyuni",
        ),
        # The agent of a passive verb of saying is who spoke, wherever the sentence starts.
        (
            "Menteri Tri Wahyuni hadir, dan arahan itu disampaikan langsung oleh Presiden Hendra Wijaya.",
            "“Bantuan tahap kedua harus sampai sebelum akhir bulan,” ujarnya.",
            "Hendra Wijaya",
        ),
        # With no subject opening the sentence, the agent is still its subject.
        (
            "Rapat itu dipimpin oleh Presiden Hendra Wijaya di Istana bersama Menteri Sosial Tri Wahyuni.",
            "“Bantuan tahap kedua harus sampai sebelum akhir bulan,” ujarnya.",
            "Hendra Wijaya",
        ),
    ],
)
def test_a_pronoun_attribution_skips_the_agent_of_a_clause_inside_the_sentence(
    narration: str, quotation: str, speaker: str
) -> None:
    quotes, _ = quotes_of(narration, quotation)
    assert [q.speaker for q in quotes] == [speaker]


def test_a_description_pointing_back_and_an_office_named_alone_are_the_speaker() -> None:
    quotes, _ = quotes_of(
        "Menteri Perhubungan Dodi Purnama meninjau terminal bersama Kapolda Banten Irjen Pol Suryadi Ario.",
        "“Arus mudik tahun ini lebih lancar dari tahun lalu,” kata mantan direktur bandara itu.",
        "“Kami menyiagakan petugas di setiap gerbang tol,” kata Kapolda.",
        "Hal itu dibenarkan Menhub dalam keterangannya.",
        "“Semua kapal tambahan sudah siap berlayar,” ujarnya.",
    )
    assert [q.speaker for q in quotes] == ["Dodi Purnama", "Suryadi Ario", "Dodi Purnama"]


def test_english_attributions() -> None:
    quotes, warnings = quotes_of(
        "Indonesia's Minister of Trade Budi Santoso met Australian Trade Minister Don Farrell on Friday.",
        "“The agreement opens our beef market to more suppliers,” said Farrell.",
        "“We expect exports to double within five years,” Santoso told reporters.",
        "“Both sides will meet again in March,” he added.",
        "The minister said more talks were planned."
        " “Our teams will work through the details,” said the minister.",
    )
    assert [q.speaker for q in quotes] == ["Don Farrell", "Budi Santoso", "Budi Santoso", "Budi Santoso"]
    assert warnings == []


def test_the_minister_said_after_the_quote_is_the_one_minister() -> None:
    quotes, _ = quotes_of(
        "Fisheries Minister Hendra Wirawan opened the harbour fair in Ambon on Monday.",
        "Several exporters came from Surabaya and Makassar.",
        "“The new cold storage will serve every island of the province,” the minister said in his remarks.",
    )
    assert [q.speaker for q in quotes] == ["Hendra Wirawan"]


def test_the_minister_said_with_two_ministers_is_the_one_followed() -> None:
    quotes, _ = quotes_of(
        "Fisheries Minister Hendra Wirawan met Trade Minister Sari Utami in Ambon on Monday.",
        "Utami said the talks covered tuna exports.",
        "“We will open two more markets next year,” the minister said.",
    )
    assert [q.speaker for q in quotes] == ["Sari Utami"]


def test_the_governor_said_is_not_a_minister() -> None:
    quotes, _ = quotes_of(
        "Fisheries Minister Hendra Wirawan opened the harbour fair in Ambon on Monday.",
        "“The fair is the largest so far,” the governor said.",
    )
    assert [q.speaker for q in quotes] != ["Hendra Wirawan"]


# --------------------------------------------------------------------------- on the real corpus


CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the real-article corpus is expected at {CORPUS}")
def test_every_quote_of_the_real_corpus_has_a_speaker_the_article_names_as_a_person() -> None:
    from briefgen.pipeline import load_article, understand

    unattributed, strangers = [], []
    for path in sorted(CORPUS.glob("[re][0-9][0-9]-*")):
        if path.suffix not in (".txt", ".md"):
            continue
        facts = understand(load_article(path), dt.date(2026, 11, 22))
        names = {p.name for p in facts.people}
        for quote in facts.quotes:
            if quote.speaker is None:
                unattributed.append(f"{path.name}: {quote.text[:40]}")
            elif quote.speaker not in names:
                strangers.append(f"{path.name}: {quote.speaker}")
    assert unattributed == []
    assert strangers == []


def test_a_page_interruption_between_two_parts_of_a_quotation_does_not_end_it() -> None:
    quotes, _ = quotes_of(
        "Menteri Kesehatan Dewi Lestari membuka klinik baru.",
        "“Klinik ini melayani warga dari tiga kecamatan sekaligus.",
        "ADVERTISEMENT",
        "“Layanan gratis berlaku sampai akhir tahun,” kata Dewi.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "Klinik ini melayani warga dari tiga kecamatan sekaligus."
            " Layanan gratis berlaku sampai akhir tahun",
            "Dewi Lestari",
        )
    ]


def test_english_attribution_before_the_quote_and_a_capitalised_description_pointing_back() -> None:
    quotes, _ = quotes_of(
        "Finance Minister Sri Wahyuni Lestari spoke on Monday.",
        'Lestari said: "The budget remains healthy this year."',
        'She told reporters, "Revenue rose in every province."',
        '"Belanja daerah juga naik tahun ini," jelas Bendahara Negara itu.',
    )
    assert [q.speaker for q in quotes] == ["Sri Wahyuni Lestari"] * 3


def test_an_attribution_set_inside_the_sentence_the_quotation_ends() -> None:
    quotes, _ = quotes_of(
        "Kepala Dinas Kesehatan Rina Kusuma memaparkan data kasus.",
        'Hanya saja, lanjut Rina, beberapa daerah sudah mencabut status itu,"Status darurat sudah dicabut."',
    )
    assert quotes == [Quote("Status darurat sudah dicabut.", "Rina Kusuma", 1)]


def test_english_attribution_with_a_relative_clause_and_a_military_chief() -> None:
    quotes, _ = quotes_of(
        "Health Minister Rina Kusuma said cooperation was needed.",
        '"No single institution can handle this," Rina, who accompanied the President, stated.',
        "Meanwhile, Military Chief General Bayu Nugroho explained the plan.",
        '"Health security is now a priority for the armed forces," Bayu pointed out.',
    )
    assert [q.speaker for q in quotes] == ["Rina Kusuma", "Bayu Nugroho"]


def test_english_lower_case_role_word_before_the_speaker_name() -> None:
    quotes, warnings = quotes_of(
        "Governor Maria Tanoto opened the new harbour on Monday.",
        "“The harbour will serve three islands,” provincial governor Maria Tanoto said in Kupang.",
        "“We start shipping next month,” the minister Hendro Wibisono told reporters.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The harbour will serve three islands", "Maria Tanoto"),
        ("We start shipping next month", "Hendro Wibisono"),
    ]
    assert warnings == []


def test_a_quotation_cut_off_by_the_end_of_the_text_is_not_a_quote() -> None:
    quotes, _ = quotes_of(
        "“Kami akan membuka dua rute baru tahun ini,” kata Menteri Perhubungan Darmawan Sukaryo.",
        "Sementara itu Kepala Dinas Pariwisata Arif Wirananda mengatakan jadwal kapal akan ditambah.",
        "“Kami akan menambah jadwal kapal agar pelabuhan",
    )
    assert [q.text for q in quotes] == ["Kami akan membuka dua rute baru tahun ini"]
    english, _ = quotes_of(
        "Minister Hendro Wibisono visited the port.",
        "“We are seeing more ships every month. The port is full,” he",
    )
    assert english == []


def test_a_last_quotation_without_a_final_full_stop_is_still_a_quote() -> None:
    quotes, _ = quotes_of(
        "Menteri Perhubungan Darmawan Sukaryo meninjau pelabuhan.",
        "“Kami akan membuka dua rute baru tahun ini,” ujarnya",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Kami akan membuka dua rute baru tahun ini", "Darmawan Sukaryo")
    ]


def test_an_attribution_describing_the_speaker_by_a_nickname_is_the_speaker() -> None:
    quotes, warnings = quotes_of(
        "Menteri Perhubungan Darmawan Sukaryo meninjau pelabuhan bersama Bupati Rudi Hartono.",
        "“Kami akan membuka dua rute baru,” kata pria yang akrab disapa Darsuk dalam keterangannya, Jumat.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [("Kami akan membuka dua rute baru", "Darmawan Sukaryo")]
    assert warnings == []


def test_english_speaker_with_a_title_holding_connectors_before_the_verb() -> None:
    quotes, warnings = quotes_of(
        "Minister of Marine Affairs Hendro Wibisono opened the new harbour on Monday.",
        "“The harbour will serve three islands,” Minister of Marine Affairs Hendro Wibisono said.",
        "“We start shipping next month,” Minister of Marine Affairs said.",
    )
    assert [q.speaker for q in quotes] == ["Hendro Wibisono", "Hendro Wibisono"]
    assert warnings == []


def test_office_abbreviation_alone_is_the_roleless_person_the_story_follows() -> None:
    quotes, _ = quotes_of(
        "“Pameran tahun ini harus lebih ramai dari tahun lalu,” tegas Darmanto di Jakarta, Jumat.",
        "“Semua atase harus bekerja keras mencari pembeli,” tutur Mendag.",
    )
    assert [q.speaker for q in quotes] == ["Darmanto", "Darmanto"]


def test_office_abbreviation_alone_is_not_a_person_with_another_office() -> None:
    quotes, _ = quotes_of(
        "“Pasar harus tertib,” tegas Gubernur Jambi Darmanto Wiryo di Jambi, Jumat.",
        "“Semua atase harus bekerja keras mencari pembeli,” tutur Mendag.",
    )
    # the minister is never named: an unnamed official, no speaker (the corpus convention)
    assert [q.speaker for q in quotes] == ["Darmanto Wiryo", None]


def test_more_verbs_of_saying_after_the_quote_and_a_clipped_given_name() -> None:
    quotes, _ = quotes_of(
        "Kepala Dinkes Kota Sukamaju, Sulastriningsih Wulandari mengatakan, musim hujan membawa penyakit.",
        "“Warga agar menjaga kebersihan lingkungan masing-masing,” ingat Sulastri, Minggu (16/9).",
        "“Puskesmas buka sampai malam selama musim hujan,” tutup Sulastri.",
    )
    assert [q.speaker for q in quotes] == ["Sulastriningsih Wulandari"] * 2


def test_attribution_before_a_quotation_late_in_a_long_paragraph() -> None:
    # The patterns anchored at a quotation's opening look back a bounded stretch (linear time
    # on a paragraph of a thousand quotations); an attribution right before it is still found,
    # after 3,000 characters of other text in the same paragraph.
    filler = "Pasar dibuka pagi hari dan pedagang datang dari desa sekitar. " * 50
    quotes, _ = quotes_of(
        "Menteri Perdagangan Budi Santoso meninjau pasar.",
        filler + "Budi mengatakan, “Harga cabai sudah turun di semua pasar daerah.”",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Harga cabai sudah turun di semua pasar daerah.", "Budi Santoso")
    ]


def test_a_programme_name_in_quotation_marks_with_a_stray_space_is_no_quote() -> None:
    quotes, _ = quotes_of(
        "Bupati Rina Wulandari menagih pelaksanaan program “satu desa satu produk ”.",
        "Ia meminta semua camat hadir dalam rapat berikutnya.",
    )
    assert quotes == []


def test_a_few_words_in_quotation_marks_inside_a_sentence_are_a_term() -> None:
    quotes, _ = quotes_of(
        "Bupati Rina Wulandari menyebut kebijakan itu “jalan tengah yang adil” dalam rapat."
    )
    assert quotes == []
    # Introduced by a verb of saying, the same words are speech.
    said, _ = quotes_of("Bupati Rina Wulandari mengatakan “kami siap membantu petani” dalam rapat.")
    assert [q.text for q in said] == ["kami siap membantu petani"]


def test_a_quotation_missing_its_opening_mark_starts_after_the_narration_naming_the_speaker() -> None:
    quotes, _ = quotes_of(
        "Bupati Rina Wulandari memimpin rapat dinas.",
        "Dalam rapat itu, Rina meminta dukungan camat. Waktu kita singkat. Saya minta semua bergerak,”"
        " ujar Rina.",
        "Kami terbuka pada setiap aduan warga. Semua akan ditindaklanjuti,” ujarnya.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Waktu kita singkat. Saya minta semua bergerak", "Rina Wulandari"),
        ("Kami terbuka pada setiap aduan warga. Semua akan ditindaklanjuti", "Rina Wulandari"),
    ]


def test_an_office_in_lower_case_after_the_quotation_is_the_person_the_story_follows() -> None:
    introduced, _ = quotes_of(
        "Kapolres Bogor AKBP Rina Wulandari memimpin razia di jalan raya.",
        "Menurutnya, razia akan digelar setiap malam. “Kami tidak akan memberi ruang bagi balap liar,”"
        " ujar kapolres.",
    )
    assert [q.speaker for q in introduced] == ["Rina Wulandari"]
    followed, _ = quotes_of(
        "“Razia digelar setiap malam di jalan raya,” kata Rina Wulandari.",
        "Menurutnya, pelaku akan diproses. “Kami tidak akan memberi ruang bagi balap liar,” ujar kapolres.",
    )
    assert [q.speaker for q in followed] == ["Rina Wulandari", "Rina Wulandari"]


def test_an_english_attribution_with_the_name_in_apposition() -> None:
    quotes, _ = quotes_of(
        "The ministry will open ten clinics this year.",
        "“We will start with the border islands first,” the ministry's health director, Rina Wulandari,"
        " told reporters on Monday.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will start with the border islands first", "Rina Wulandari")
    ]


def test_a_pronoun_attribution_after_narration_naming_no_one_is_the_last_speaker() -> None:
    quotes, _ = quotes_of(
        "”Para juru parkir liar langsung kami tangkap untuk pembinaan, ” terang Kapolres Bogor AKBP"
        " Rina Wulandari SIK.",
        "Dia mengungkapkan, mereka yang ditangkap melanggar ketertiban umum.",
        "Kapolres menegaskan, polisi akan menindak setiap pelanggaran.",
        "“Langkah pertama teguran, sesudahnya proses hukum, ” tandas dia.",
    )
    assert len(quotes) == 2
    assert quotes[0].speaker is not None
    assert quotes[1].speaker == quotes[0].speaker


def test_an_office_typed_in_lower_case_after_the_quote_is_the_person_followed() -> None:
    quotes, _ = quotes_of(
        "Kapolres Sukamaju Kota AKBP Darto Wibisono mengatakan razia digelar setiap malam.",
        "Menurutnya, pemanggilan wali murid diharapkan membuat jera.",
        "“Orang tua akan lebih mengawasi anak-anaknya di rumah,” ujar kapolres.",
    )
    assert [q.speaker for q in quotes] == ["Darto Wibisono"]


def test_an_english_role_then_the_name_in_apposition_before_the_verb() -> None:
    quotes, _ = quotes_of(
        '"We will open ten new clinics in the border villages this year," the ministry\'s health'
        " service director-general, Darto Wibisono, told local media on Wednesday."
    )
    assert [q.speaker for q in quotes] == ["Darto Wibisono"]


def test_a_police_degree_without_dots_ends_the_name_and_a_pronoun_finds_it() -> None:
    quotes, _ = quotes_of(
        "“Mereka langsung kami tangkap dan dibina di markas,” terang Kapolres Sukamaju AKBP I Made"
        " Darto Wibisono SIK.",
        "Kapolres menegaskan, pelanggaran akan ditindak.",
        "“Pada langkah pertama ini kami hanya menegur saja,” tandas dia.",
    )
    assert [q.speaker for q in quotes] == ["I Made Darto Wibisono SIK", "I Made Darto Wibisono SIK"]


def test_an_end_mark_glued_to_the_last_attribution_does_not_cut_the_quotation() -> None:
    quotes, _ = quotes_of(
        "Ketua Tim PKK Rina Wulandari menyatakan kader akan dilibatkan.",
        "“Kader kami bergerak untuk pencegahan sejak awal tahun,” katanya.***",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Kader kami bergerak untuk pencegahan sejak awal tahun", "Rina Wulandari")
    ]
    # An attribution cut after one word is still cut, end mark or not.
    cut, _ = quotes_of(
        "Ketua Tim PKK Rina Wulandari menyatakan kader akan dilibatkan.",
        "“Kader kami bergerak untuk pencegahan sejak awal tahun,” he",
    )
    assert cut == []


def test_a_comma_after_the_closing_mark_still_leads_to_the_attribution() -> None:
    quotes, warnings = quotes_of(
        "Hal itu ditegaskan Kapolres Sukamaju, AKBP Darto Wibisono, kepada wartawan.",
        '"Kami tidak akan memberi ruang bagi pelaku pencurian di pasar", ujarnya, Rabu.',
        "Adapun Kasat Reskrim Polres Sukamaju, AKP Budi Hartono, menjelaskan prosedurnya.",
        '"Patroli malam kami tambah di semua kecamatan mulai pekan depan", ungkapnya.',
    )
    assert [q.speaker for q in quotes] == ["Darto Wibisono", "Budi Hartono"]
    assert warnings == []


def test_a_person_named_after_dari_in_a_description_of_the_speaker_is_not_the_speaker() -> None:
    quotes, _ = quotes_of(
        "Bupati Sukamaju, Darto Wibisono meminta dinas bekerja cepat.",
        '"Anggaran harus segera dibelanjakan untuk warga," kata pria peraih penghargaan dari'
        " Gubernur Jawa Barat, Budi Hartono.",
        '"Laporan harus jujur dan tepat waktu," terang Penerima penghargaan kinerja dari Menteri'
        " Dalam Negeri, Sri Wulandari ini.",
    )
    assert [q.speaker for q in quotes] == ["Darto Wibisono", "Darto Wibisono"]


def test_sampai_before_a_name_and_a_doubled_letter_spelling_of_the_name() -> None:
    quotes, warnings = quotes_of(
        '"Semua dinas harus membelanjakan anggaran sebelum akhir tahun," sampai Bupati Sukamaju,'
        " Dr. Ir. Hidayatullah Wibisono, MM, Selasa.",
        '"Tinggal proses pembayaran saja untuk semua kegiatan dinas," tegas Bupati Hidayattulah.',
    )
    # The degree written after the comma ("MM") is part of the name as written (corpus convention).
    name = "Dr. Ir. Hidayatullah Wibisono, MM"
    assert [q.speaker for q in quotes] == [name, name]
    assert warnings == []
    # "sampai" in lower case after a quotation is "until", never an attribution.
    untitled, _ = quotes_of('Warga menunggu "bantuan dari pemerintah daerah dan pusat" sampai akhir tahun.')
    assert all(q.speaker is None for q in untitled)


def test_degrees_glued_to_the_verb_and_a_detached_nya_still_find_the_speaker() -> None:
    quotes, warnings = quotes_of(
        "Kabid Pembinaan Sekolah Dasar, Darmono SH.MH.mengatakan tim akan turun ke sekolah.",
        "“Kami hanya menunggu perintah dari kepala dinas untuk mulai sosialisasi,” ucap nya",
    )
    assert [q.speaker for q in quotes] == ["Darmono SH.MH."]
    assert warnings == []


def test_a_nested_quotation_ending_with_the_outer_one_shares_its_closing_mark() -> None:
    # Three marks: the outer quotation opens, a nested one opens, and one mark closes both before
    # the attribution; the quotation is not left open to run into the attribution.
    quotes, warnings = quotes_of(
        "Menteri Pertanian Budi Hartono Santoso mengaku pekerjaannya lebih berat dari dugaannya.",
        '"Saya sempat berpikir ini mudah. Ternyata makin dalam makin terlihat, "wah, ini ada lagi,"'
        " kata Budi kepada wartawan.",
        '"At first I believed it was easy. The more I looked, the more I saw, "oh, there is more here,"'
        " said Minister Santoso at the ministry.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            'Saya sempat berpikir ini mudah. Ternyata makin dalam makin terlihat, "wah, ini ada lagi',
            "Budi Hartono Santoso",
        ),
        (
            'At first I believed it was easy. The more I looked, the more I saw, "oh, there is more here',
            "Budi Hartono Santoso",
        ),
    ]
    assert warnings == []


def test_an_open_quotation_with_a_nested_one_and_no_attribution_runs_on() -> None:
    # The nested quotation closes inside the outer one, which goes on in the next paragraph.
    quotes, _ = quotes_of(
        "Menteri Pertanian Budi Hartono Santoso mengaku pekerjaannya lebih berat dari dugaannya.",
        '"Orang bilang "ini mudah," padahal tidak. Makin dalam makin banyak yang harus dibenahi.',
        '"Karena itu kami akan memeriksa semua program satu per satu," kata Budi.',
    )
    assert len(quotes) == 1
    assert quotes[0].text.endswith("memeriksa semua program satu per satu")
    assert quotes[0].speaker == "Budi Hartono Santoso"


def test_english_attribution_with_the_name_in_apposition_to_a_description() -> None:
    # Newswire style: the description first and the name after a comma, or the name first and
    # the description between commas before the verb.
    quotes, warnings = quotes_of(
        "JAKARTA - The agency questioned five witnesses on Monday, February 3, 2025.",
        '"All five answered every question put to them," said the agency\'s spokesman, Darto Wibisono,'
        " on Monday.",
        '"Two more are expected to come in next week," Rina Wulandari, the head of its legal bureau, told'
        " reporters.",
        '"No one has been named a suspect so far," said the deputy head of the investigation team, Hendra'
        " Wijaya.",
        '"The schedule is not final and may still change," said the spokesman of the agency, Jakarta,'
        " on Monday.",
    )
    aged, _ = quotes_of(
        "JAKARTA - Finance Minister Darto Wibisono visited the tax office on Monday, February 3, 2025.",
        '"We will check every report that comes in," Wibisono, 54, told reporters.',
    )
    assert [q.speaker for q in aged] == ["Darto Wibisono"]
    # A place after the comma is where it was said, not who said it.
    assert [q.speaker for q in quotes][:3] == ["Darto Wibisono", "Rina Wulandari", "Hendra Wijaya"]
    assert quotes[3].speaker != "Jakarta"
    assert warnings == []


def test_a_quotation_after_reported_speech_in_its_paragraph_is_that_speakers() -> None:
    quotes, warnings = quotes_of(
        "JAKARTA - Kepala BPS Rina Wulandari merilis data inflasi pada Senin (3/2/2025).",
        'Menurut Rina, inflasi bulan ini masih terkendali. "Angka ini sesuai dengan target pemerintah."',
        'Darto Wibisono menjelaskan stok beras cukup sampai akhir tahun. "Gudang kami masih penuh sekarang."',
    )
    assert [q.speaker for q in quotes] == ["Rina Wulandari", "Darto Wibisono"]
    assert warnings == []
    # Narration that reports no speech leaves the quotation without a speaker.
    quotes, warnings = quotes_of(
        "JAKARTA - Kepala Bulog Hendra Wijaya meninjau gudang beras pada Senin (3/2/2025).",
        'Hendra meninjau pasar induk pagi itu. "Harga cabai di sini turun sejak pekan lalu."',
    )
    assert [q.speaker for q in quotes] == [None]
    assert len(warnings) == 1


def test_an_attribution_holding_a_role_word_of_another_person_names_its_own_person() -> None:
    # "Head" alone is a role mention of the first head; the attribution names the second one.
    quotes, _ = quotes_of(
        "JAKARTA - The agency will question the witness again on Tuesday, June 4.",
        '"The investigators will call him again next week," said Head of the Agency News Section Darto'
        " Wibisono to reporters.",
        '"We are still waiting for the schedule of the hearing," said Head of the Public Relations Bureau'
        " Rina Wulandari.",
    )
    assert [q.speaker for q in quotes][1] != quotes[0].speaker
    assert "Rina Wulandari" in (quotes[1].speaker or "")


def test_an_english_role_after_as_is_not_part_of_the_speakers_name() -> None:
    quotes, _ = quotes_of(
        "JAKARTA - The agency questioned the witness again on Tuesday, June 4.",
        '"The examination will go on next week," explained Darto Wibisono as Head of the Agency News'
        " Section.",
    )
    assert [q.speaker for q in quotes] == ["Darto Wibisono"]


@pytest.mark.parametrize("verb", ["informed", "elaborated", "opined", "disclosed", "underscored"])
def test_english_wire_reporting_verbs_attribute_a_quotation(verb: str) -> None:
    quotes, _ = quotes_of(
        "Transport Minister Hendra Wiratama opened the new harbour on Monday.",
        f'"We will add three more ferry routes to the eastern islands next year," he {verb}.',
    )
    assert [q.speaker for q in quotes] == ["Hendra Wiratama"]


def test_the_official_speaking_through_another_is_not_the_speaker() -> None:
    # "kata Kepala X melalui Kabid Y": Y gives the statement on the head's behalf.
    quotes, _ = quotes_of(
        "“Jadwal lomba akan kami umumkan pada pekan depan di balai desa,” kata Kepala Dinas Pariwisata"
        " Sukamaju, Hendra Wiratama melalui Kabid Kesenian Lestari kepada wartawan, Senin.",
    )
    assert [q.speaker for q in quotes] == ["Lestari"]


def test_a_quotation_after_a_sentence_opened_by_menurutnya_is_the_followed_persons() -> None:
    quotes, _ = quotes_of(
        "Wali Kota Sukamaju Hendra Wiratama mengeluarkan tiga surat edaran pada Senin.",
        "Menurutnya semua warga wajib menjaga kebersihan lingkungan masing-masing."
        " “Kota ini harus bersih sebelum tamu negara datang bulan depan.",
    )
    assert [q.speaker for q in quotes] == ["Hendra Wiratama"]


# An office alone as the speaker of a narration sentence ("menurut Wapres,", "dikatakan Mendag,"):
# a name the sentence goes on to mention is not who a later "ujarnya" refers to.
@pytest.mark.parametrize(
    ("intro", "cue"),
    [
        ("Wakil Presiden (Wapres) Hendra Wiratama membuka pameran di Padang.", "menurut Wapres,"),
        ("“Produk kita sudah bersaing di pasar dunia,” kata Hendra Wiratama.", "dikatakan Mendag,"),
        ("Menteri Perdagangan Hendra Wiratama melepas ekspor kopi.", "kata Menteri,"),
    ],
)
def test_an_office_speaking_in_narration_keeps_its_holder_as_the_subject(intro: str, cue: str) -> None:
    quotes, _ = quotes_of(
        intro,
        f"Soal pasar baru, {cue} Presiden Budi Santoso sudah memerintahkan tiga misi dagang sebulan.",
        "“Kami akan membuka pasar baru di Afrika tahun depan,” ujarnya.",
    )
    assert quotes[-1].speaker == "Hendra Wiratama"


def test_an_office_speaking_outweighs_the_agent_of_another_passive_verb() -> None:
    quotes, _ = quotes_of(
        "Wakil Presiden (Wapres) Hendra Wiratama membuka pameran di Padang.",
        "Lewat gerakan yang diluncurkan oleh Presiden Budi Santoso, menurut Wapres, warga makin bangga.",
        "“Kami akan membuka pasar baru di Afrika tahun depan,” ujarnya.",
    )
    assert quotes[-1].speaker == "Hendra Wiratama"


def test_an_office_inside_a_quotation_is_no_subject_of_the_narration() -> None:
    quotes, _ = quotes_of(
        "Bupati Sukamaju Hendra Wiratama meninjau pasar.",
        "Presiden Budi Santoso menyampaikan pesan tertulis."
        " “Jalan desa harus selesai, kata Menteri, tahun ini.” Ia lalu meminta laporan.",
        "“Kami siapkan anggarannya bulan depan,” ujarnya.",
    )
    assert quotes[-1].speaker == "Budi Santoso"


# A regional office written by its short title and region ("Sekda Cilacap") for the official
# introduced with the full title and the kind of region ("Sekretaris Daerah Kabupaten Cilacap").
@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Sekretaris Daerah (Sekda) Kabupaten Cilacap", "Sekda Cilacap"),
        ("Sekretaris Daerah Kabupaten Banyumas", "Sekda Banyumas"),
    ],
)
def test_a_short_regional_title_names_the_official_of_that_region(full: str, short: str) -> None:
    quotes, _ = quotes_of(
        f"CILACAP - {full}, Hendra Wiratama, menerima surat dari kementerian pada Senin.",
        f"“Suratnya belum sampai ke meja saya, masih ditelaah,” terang {short} di ruang kerjanya.",
    )
    assert [q.speaker for q in quotes] == ["Hendra Wiratama"]


# The name that ends a role phrase in lower case, or stands after the office and a comma, in an
# attribution after the quotation: the speaker, not the office's first word.
@pytest.mark.parametrize(
    "attribution",
    [
        "imbuh Deputi bidang pemasaran kementerian Larasati Wulandari.",
        "kata Konjen RI di Penang, Larasati Wulandari dalam siaran persnya, Jumat.",
        "tutur Kepala bagian umum dinas Larasati Wulandari kepada wartawan.",
    ],
)
def test_a_name_closing_the_office_of_an_attribution_is_the_speaker(attribution: str) -> None:
    quotes, _ = quotes_of(
        "Menteri Pariwisata Hendra Wiratama menargetkan lima juta wisatawan tahun depan.",
        f"“Kami masih terkendala akses penerbangan ke banyak daerah,” {attribution}",
    )
    assert [q.speaker for q in quotes] == ["Larasati Wulandari"]


def test_an_office_whose_phrase_ends_in_capitalised_words_of_a_body_names_no_one() -> None:
    # "tutur Kepala bagian Dinas Pariwisata": capitalised, but the words are the office's.
    quotes, _ = quotes_of(
        "Hendra Wiratama meninjau pantai pada Senin.",
        "“Kami masih terkendala akses penerbangan ke banyak daerah,” tutur Kepala bagian Dinas Pariwisata.",
    )
    assert quotes[0].speaker != "Dinas Pariwisata"


# English wire copy: the speaker after a capitalised title and a comma, and the reporting passive.
@pytest.mark.parametrize(
    "attribution",
    [
        "Central Sulawesi Governor, Laura Whitfield, told reporters on Monday.",
        "Whitfield was quoted by the Borneo Herald as saying.",
        "Whitfield was quoted as saying on Tuesday.",
    ],
)
def test_english_attributions_after_a_title_or_in_the_reporting_passive(attribution: str) -> None:
    quotes, _ = quotes_of(
        "Tourism Minister Hendra Wiratama and Governor Laura Whitfield opened the new port.",
        f'"We are ready to fund the new ferry terminal from the provincial budget," {attribution}',
    )
    assert [q.speaker for q in quotes] == ["Laura Whitfield"]


def test_a_quotation_broken_over_lines_inside_a_sentence_is_one_quotation() -> None:
    # A page that kept its hard line breaks: the open quotation's next lines carry no marks.
    quotes, _ = quotes_of(
        "Wali Kota Sukamaju Hendra Wiratama memimpin rapat evaluasi anggaran pada Senin.",
        '"Jangan sampai serapan anggaran jauh dari target. Kalau sampai akhir tahun masih rendah,',
        "artinya kita tidak bekerja. Karena itu setiap dinas wajib bergerak cepat. Kalau",
        'belum siap, lebih baik programnya ditunda," tegasnya.',
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "Jangan sampai serapan anggaran jauh dari target. Kalau sampai akhir tahun masih rendah,"
            " artinya kita tidak bekerja. Karena itu setiap dinas wajib bergerak cepat. Kalau"
            " belum siap, lebih baik programnya ditunda",
            "Hendra Wiratama",
        )
    ]


def test_an_open_quotation_does_not_run_into_a_paragraph_after_a_sentence_end() -> None:
    quotes, _ = quotes_of(
        "Wali Kota Sukamaju Hendra Wiratama memimpin rapat evaluasi anggaran pada Senin.",
        '"Semua kegiatan harus segera dilaksanakan tahun ini.',
        "sementara itu, para camat diminta melapor setiap pekan kepada sekretaris daerah.",
    )
    assert all("camat" not in q.text for q in quotes)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Duta Besar RI untuk Kenya, Hendra Wiratama, menegaskan dalam sambutannya:",
        "Hendra Wiratama mengatakan saat membuka forum diaspora di Nairobi,",
        "Hendra Wiratama menyampaikan kepada para peserta:",
    ],
)
def test_an_adverbial_phrase_between_the_verb_and_the_quotation_keeps_the_speaker(lead_in: str) -> None:
    quotes, _ = quotes_of(
        "KBRI Nairobi menggelar forum pelayanan warga pada Jumat (17/10/2025).",
        lead_in,
        "“Kami memastikan negara hadir dalam pelayanan dan perlindungan warga di luar negeri.”",
    )
    assert [q.speaker for q in quotes] == ["Hendra Wiratama"]


@pytest.mark.parametrize(
    "verb", ["pesannya", "cetusnya", "sergahnya", "tulis Hendra di akun media sosialnya"]
)
def test_verbs_of_saying_that_only_attribute_after_the_closing_mark(verb: str) -> None:
    quotes, warnings = quotes_of(
        "Bupati Sukamaju Hendra Wiratama memimpin rapat koordinasi pada Rabu.",
        f"“Semua proyek jalan desa wajib rampung, jadwalnya sudah kami bagikan,” {verb}.",
    )
    assert [q.speaker for q in quotes] == ["Hendra Wiratama"]
    assert warnings == []


def test_a_pronoun_after_narration_without_a_subject_goes_back_to_the_last_speaker() -> None:
    # The attribution "explained Daniel Hartono" is a sentence whose subject is the speaker: the
    # next "he continued" is his, not the minister's of the lead.
    quotes, _ = quotes_of(
        "Tourism Minister Laura Whitfield and spokesman Daniel Hartono will open the festival in Kupang.",
        '"We expect ten thousand visitors this year," explained Daniel Hartono at the ministry.',
        "The festival was first held under Minister Whitfield in 2019.",
        '"Tickets will be sold online from next week," he continued.',
    )
    assert [q.speaker for q in quotes] == ["Daniel Hartono", "Daniel Hartono"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "President Hendra Wiratama received Prime Minister Daniel Hartono at the palace on Monday.",
            "In his statement after the meeting, President Hendra revealed that the visits reflected trust.",
            "“I still remember the visit of President Budi Santoso last year,” said the President.",
        ),
        (
            "Presiden Hendra Wiratama menerima Perdana Menteri Daniel Hartono di istana pada Senin.",
            "Dalam keterangan persnya, Presiden Hendra menyebut kunjungan itu tanda saling percaya.",
            "“Saya masih ingat kunjungan Presiden Budi Santoso ke negara kami tahun lalu,” kata Presiden.",
        ),
    ],
)
def test_an_office_two_people_hold_is_the_holder_the_story_follows(paragraphs: tuple[str, ...]) -> None:
    # The other president is named inside the quotation only: not who "the President" is.
    quotes, _ = quotes_of(*paragraphs)
    assert [q.speaker for q in quotes] == ["Hendra Wiratama"]


def test_a_lone_mark_reopening_a_quotation_after_a_sentence_is_dropped() -> None:
    quotes, _ = quotes_of(
        "Governor Laura Whitfield visited the new waste plant in Bogor on Tuesday.",
        '“This plant sorts all the waste of three towns. "We must build two more like it next year,"'
        " said Whitfield.",
    )
    assert [q.text for q in quotes] == [
        "This plant sorts all the waste of three towns. We must build two more like it next year"
    ]


def test_a_quotation_nested_with_two_marks_of_its_own_keeps_them() -> None:
    quotes, _ = quotes_of(
        "Bupati Sukamaju Hendra Wiratama menemui para petani pada Senin.",
        '“Saya bilang kepada mereka, "jangan jual gabah di bawah harga," dan mereka setuju,” kata Hendra.',
    )
    assert [q.text for q in quotes] == [
        'Saya bilang kepada mereka, "jangan jual gabah di bawah harga," dan mereka setuju'
    ]


def test_a_pronoun_attribution_opening_a_page_is_the_next_paragraphs_subject() -> None:
    # A page that starts mid-story: no one is named before "ujarnya".
    quotes, warnings = quotes_of(
        "“Ekspor kita harus terus dimaksimalkan, semua pihak harus terlibat,” ujarnya.",
        "Lebih lanjut, Menteri Pertanian Hendra Wiratama mengatakan ada 50 jenis komoditas yang dilepas.",
    )
    assert [q.speaker for q in quotes] == ["Hendra Wiratama"]
    assert warnings == []


def test_a_pronoun_attribution_after_a_named_person_is_not_given_to_a_later_one() -> None:
    quotes, _ = quotes_of(
        "Kepala Dinas Pertanian Larasati Wulandari meninjau gudang beras pada Senin.",
        "“Stok kami cukup sampai akhir tahun,” ujarnya.",
        "Lebih lanjut, Menteri Pertanian Hendra Wiratama mengatakan ekspor akan ditambah.",
    )
    assert [q.speaker for q in quotes] == ["Larasati Wulandari"]


@pytest.mark.parametrize(
    "attribution",
    [
        "the President remarked during the visit.",
        "the Sukamaju Governor noted on Friday.",
        "the president said.",
    ],
)
def test_an_english_office_after_the_quotation_in_either_case_is_its_holder(attribution: str) -> None:
    quotes, _ = quotes_of(
        "President Hendra Wiratama and Sukamaju Governor Laura Whitfield visited the flood shelters.",
        f'"Every shelter will get clean water and food before the weekend," {attribution}',
    )
    expected = "Laura Whitfield" if "Governor" in attribution else "Hendra Wiratama"
    assert [q.speaker for q in quotes] == [expected]


@pytest.mark.parametrize(
    "attribution",
    [
        "national vaccination program spokeswoman Laura Whitfield said on Wednesday.",
        "Executive Head of the Sukamaju Regional Disaster Mitigation Agency Laura Whitfield noted.",
    ],
)
def test_an_english_speaker_after_a_long_description_or_agency_title(attribution: str) -> None:
    quotes, _ = quotes_of(f'"Most of the new cases are in the two largest provinces," {attribution}')
    assert [q.speaker for q in quotes] == ["Laura Whitfield"]


def test_the_president_is_not_the_vice_president_nor_the_minister_who_spoke_before() -> None:
    quotes, _ = quotes_of(
        "President Hendra Wiratama opened the meeting with Vice President Laura Whitfield.",
        "The meeting began with a report from Minister of Home Affairs Budi Santoso.",
        '"Five hundred regional heads are in this hall today," the minister explained.',
        '"Welcome to the new capital of our country," the president said.',
    )
    assert [q.speaker for q in quotes] == ["Budi Santoso", "Hendra Wiratama"]


@pytest.mark.parametrize(
    "narration",
    [
        "Budi menjelaskan harga beras di semua pasar sudah turun.",
        "Budi Santoso explained that rice prices had fallen in every market.",
    ],
)
def test_a_quotation_paragraph_after_narration_about_one_person_is_theirs(narration: str) -> None:
    quotes, warnings = quotes_of(
        "Wali Kota Sukamaju Budi Santoso meninjau pasar bersama warga.",
        narration,
        "“Kami akan terus memantau harga di semua pasar setiap pekan.”",
    )
    assert [q.speaker for q in quotes] == ["Budi Santoso"]
    assert warnings == []


@pytest.mark.parametrize(
    ("narration", "quotation"),
    [
        # the paragraph before names two people as subjects
        (
            "Budi menjelaskan harga turun. Camat Rina Wati menambahkan stok cukup.",
            "“Kami akan terus memantau harga di semua pasar setiap pekan.”",
        ),
        # the paragraph before has no named subject
        (
            "Pemerintah kota akan menggelar operasi pasar pekan depan.",
            "“Kami akan terus memantau harga di semua pasar setiap pekan.”",
        ),
        # an attribution the rules do not read follows the quotation: it is not unattributed
        (
            "Budi menjelaskan harga beras di semua pasar sudah turun.",
            "“Kami akan terus memantau harga di semua pasar,” the city office said.",
        ),
    ],
)
def test_a_quotation_paragraph_gets_no_narrated_speaker_when_the_narration_is_not_one_persons(
    narration: str, quotation: str
) -> None:
    quotes, _ = quotes_of(
        "Wali Kota Sukamaju Budi Santoso meninjau pasar bersama Camat Rina Wati.", narration, quotation
    )
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        'Budi stressed the deal, saying it was "very important for both of our countries" this year.',
        'He said Indonesia hoped to have "a better relationship in trade and investment" through the deal.',
        'Budi menegaskan kerja sama itu "sangat penting bagi kedua negara kita pada masa depan" di sana.',
    ],
)
def test_a_quotation_inside_a_sentence_of_reported_speech_is_its_subjects(sentence: str) -> None:
    quotes, _ = quotes_of("Minister Budi Santoso visited Tokyo on Friday.", sentence)
    assert [q.speaker for q in quotes] == ["Budi Santoso"]


def test_a_quotation_inside_a_sentence_whose_subject_is_no_person_gets_no_speaker() -> None:
    quotes, _ = quotes_of(
        "Minister Budi Santoso visited Tokyo on Friday.",
        'The embassy said people should avoid protests that "can quickly turn violent and very dangerous".',
    )
    assert [q.speaker for q in quotes] == [None]
