"""Direct quotations: marks, multi-paragraph quotes, attribution after and before, pronouns."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people
from briefgen.extract.quotes import attribute_quotes, find_quote_spans
from briefgen.model import Article, Quote


def quotes_of(*paragraphs: str) -> tuple[list[Quote], list[str]]:
    paras = list(paragraphs)
    people = find_people(paras, find_definitions(paras))
    quotes, _, warnings = attribute_quotes(find_quote_spans(paras), paras, people)
    return quotes, warnings


def test_attribution_after_the_quote_resolves_to_the_full_name() -> None:
    quotes, warnings = quotes_of(
        "Wakil Menteri Ekonomi Kreatif (Wamen Ekraf) Irene Umar menerima tamu.",
        "“Kerja sama ini harus berkelanjutan, sekaligus menjawab tantangan budaya,” ujar Wamen Ekraf Irene.",
    )
    assert quotes == [
        Quote("Kerja sama ini harus berkelanjutan, sekaligus menjawab tantangan budaya", "Irene Umar", 1)
    ]
    assert warnings == []


def test_ujarnya_is_the_last_person_mentioned_outside_quotations() -> None:
    quotes, _ = quotes_of(
        "Gubernur Jawa Tengah Ahmad Luthfi meninjau pasar.",
        "“Harga beras sudah stabil di semua pasar, termasuk kata Presiden Prabowo Subianto,” ujarnya.",
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
        "Program “Korea Wave” berlangsung meriah.",
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
