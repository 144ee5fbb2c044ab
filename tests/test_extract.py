"""The whole extraction pass on the two real seed articles and on small synthetic articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract import extract
from briefgen.model import Article, Facts, Organization

TODAY = dt.date(2026, 11, 22)


def seed_article(seeds_dir: Path, prefix: str) -> Article:
    [path] = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    paragraphs = [
        line.strip()
        for line in text.splitlines()
        if line.strip()
        and not line.strip().startswith(".jpg")
        and line.strip() != "Discussion about this post"
    ]
    return Article(source=str(path), title=None, paragraphs=paragraphs)


@pytest.fixture
def seed0(seeds_dir: Path) -> Facts:
    return extract(seed_article(seeds_dir, "000"), today=TODAY)


@pytest.fixture
def seed1(seeds_dir: Path) -> Facts:
    return extract(seed_article(seeds_dir, "001"), today=TODAY)


# --------------------------------------------------------------------------- seed 000


def test_seed0_dateline_place_and_date(seed0: Facts) -> None:
    assert seed0.outlet == "PATADaily.id"
    assert seed0.location == "Jakarta"
    assert seed0.venue == "Kantor Kemenekraf, Jakarta"
    assert (seed0.event_date, seed0.date_basis) == (dt.date(2026, 1, 20), "text")
    assert seed0.warnings == []


def test_seed0_people(seed0: Facts) -> None:
    assert [p.name for p in seed0.people] == ["Irene Umar", "Ali Andika Wardana"]
    irene = seed0.person("Wamen Ekraf Irene")
    assert irene is not None and irene.name == "Irene Umar"
    assert irene.role and "Wakil Menteri Ekonomi Kreatif" in irene.role
    assert "Irene" in irene.aliases
    ali = seed0.person("Ali Andika Wardana")
    assert ali is not None
    assert ali.role == "Deputy Chief of Mission"
    assert ali.organization == "KBRI Seoul"


def test_seed0_organisations(seed0: Facts) -> None:
    assert seed0.organizations == [
        Organization("Kedutaan Besar Republik Indonesia", "KBRI"),
        Organization("Kementerian Ekonomi Kreatif", "Kemenekraf"),
    ]


def test_seed0_quotes(seed0: Facts) -> None:
    assert [(q.speaker, q.paragraph) for q in seed0.quotes] == [
        ("Irene Umar", 1),
        ("Irene Umar", 3),
        ("Ali Andika Wardana", 7),
    ]
    first = seed0.quotes[0].text
    assert first.startswith("Diskusi yang konsisten")
    assert first.endswith("perbedaan pendekatan dan budaya")
    assert not any(mark in q.text for q in seed0.quotes for mark in "“”")


def test_seed0_statements(seed0: Facts) -> None:
    menurut = [s for s in seed0.statements if s.text.startswith("Menurutnya,")]
    assert [s.speaker for s in menurut] == ["Irene Umar"]
    ia = [s for s in seed0.statements if s.text.startswith("Ia menegaskan komitmen KBRI Seoul")]
    assert [s.speaker for s in ia] == ["Ali Andika Wardana"]
    welcome = [s for s in seed0.statements if "Ali Andika Wardana menyambut baik" in s.text]
    assert [s.speaker for s in welcome] == ["Ali Andika Wardana"]
    assert {s.speaker for s in seed0.statements} == {"Irene Umar", "Ali Andika Wardana"}


def test_seed0_next_step(seed0: Facts) -> None:
    [step] = seed0.next_steps
    assert "sepakat untuk memperkuat koordinasi" in step.text
    assert step.actor == "Kemenekraf dan KBRI Seoul"
    assert step.paragraph == 8
    assert not step.text.endswith(")")  # the reporter's byline is gone


def test_seed0_background_starts_with_the_lead_without_dateline(seed0: Facts) -> None:
    assert seed0.background[0].startswith("Wakil Menteri Ekonomi Kreatif/")
    assert "PATADaily" not in seed0.background[0]
    assert seed0.background[1].startswith("Pertemuan ini menjadi langkah awal")
    used = (
        {q.text for q in seed0.quotes}
        | {s.text for s in seed0.statements}
        | {s.text for s in seed0.next_steps}
    )
    assert not used & set(seed0.background)
    assert not any("“" in sentence for sentence in seed0.background)


# --------------------------------------------------------------------------- seed 001


def test_seed1_place_date_and_no_quotes(seed1: Facts) -> None:
    assert seed1.outlet is None
    assert seed1.location == "Jakarta"
    assert (seed1.event_date, seed1.date_basis) == (dt.date(2026, 1, 16), "text")
    assert seed1.quotes == []
    assert seed1.warnings == []


def test_seed1_people(seed1: Facts) -> None:
    found = {p.name: (p.role, p.organization) for p in seed1.people}
    assert found == {
        "Lee Won Jung": ("aktor berbakat", "RUNUP Company"),
        "Irene Umar": ("Wakil Menteri Ekonomi Kreatif", None),
        "Lee Gi Haun": ("Direktur Regional", "KOCCA Indonesia"),
        "Choi Do Suk": ("COO", "RUNUP Company"),
    }


def test_seed1_organisations(seed1: Facts) -> None:
    assert [(o.name, o.acronym) for o in seed1.organizations] == [
        ("Kementerian Ekonomi Kreatif", "Ekraf"),
        ("Korea Creative Content Agency", "KOCCA"),
        ("RUNUP Company", None),
    ]


def test_seed1_statements(seed1: Facts) -> None:
    def speaker_of(start: str) -> str | None:
        [statement] = [s for s in seed1.statements if s.text.startswith(start)]
        return statement.speaker

    assert speaker_of("Wakil Menteri Ekonomi Kreatif, Irene Umar,") == "Irene Umar"
    assert speaker_of("Menurutnya,") == "Irene Umar"
    assert speaker_of("Irene percaya bahwa") == "Irene Umar"
    assert speaker_of("Ia melihat bahwa") == "Lee Gi Haun"
    assert speaker_of("Ia meyakini bahwa") == "Choi Do Suk"
    assert len(seed1.statements) == 7


def test_seed1_diharapkan_hopes_are_not_next_steps(seed1: Facts) -> None:
    # Both "diharapkan" sentences hedge ("mampu …", "tidak hanya …") and give no schedule: hopes.
    assert seed1.next_steps == []
    assert sum("diharapkan" in sentence for sentence in seed1.background) == 2


# --------------------------------------------------------------------------- synthetic


def test_new_year_and_published_date() -> None:
    article = Article(
        "x",
        None,
        [
            "Jakarta (ANTARA) - Menteri Luar Negeri Sugiono menerima Dubes Jepang Tanaka Hiroshi, "
            "Selasa (30/12).",
            "Sugiono menegaskan bahwa hubungan kedua negara terus menguat.",
            "Kedua pihak sepakat untuk menggelar dialog tahunan pada 15 Maret 2026.",
        ],
        published=dt.date(2026, 1, 2),
    )
    facts = extract(article, today=TODAY)
    assert (facts.outlet, facts.location) == ("ANTARA", "Jakarta")
    assert (facts.event_date, facts.date_basis) == (dt.date(2025, 12, 30), "text")
    assert [(p.name, p.role, p.organization) for p in facts.people] == [
        ("Sugiono", "Menteri Luar Negeri", None),
        ("Tanaka Hiroshi", "Dubes Jepang", None),
    ]
    assert [(s.text, s.speaker) for s in facts.statements] == [
        ("Sugiono menegaskan bahwa hubungan kedua negara terus menguat.", "Sugiono")
    ]
    [step] = facts.next_steps
    assert (step.actor, step.due) == ("Kedua pihak", dt.date(2026, 3, 15))


def test_front_matter_outlet_wins_and_published_date_is_the_fallback() -> None:
    article = Article(
        "x",
        None,
        ["JAKARTA, KOMPAS.com - Pemerintah menyiapkan anggaran baru."],
        outlet="Kompas",
        published=dt.date(2026, 2, 3),
    )
    facts = extract(article, today=TODAY)
    assert (facts.outlet, facts.location) == ("Kompas", "Jakarta")
    assert (facts.event_date, facts.date_basis) == (dt.date(2026, 2, 3), "published")
    assert facts.background == ["Pemerintah menyiapkan anggaran baru."]
    assert "no event date in the text; the publication date is used" in facts.warnings


def test_prediction_with_akan_is_not_a_next_step_but_a_named_plan_is() -> None:
    article = Article(
        "x",
        None,
        [
            "Pendekatan kolaboratif ini akan memperkuat ekosistem kreatif.",
            "Kemenekraf akan menggelar festival film di Bandung.",
            "Menteri Ekonomi Kreatif Teuku Riefky Harsya berencana mengunjungi Seoul.",
            "Ia juga berkomitmen memperluas akses pasar.",
        ],
    )
    facts = extract(article, today=TODAY)
    assert [(s.text.split()[0], s.actor) for s in facts.next_steps] == [
        ("Kemenekraf", "Kemenekraf"),
        ("Menteri", "Teuku Riefky Harsya"),
        ("Ia", "Teuku Riefky Harsya"),
    ]
    assert facts.background == ["Pendekatan kolaboratif ini akan memperkuat ekosistem kreatif."]


def test_weekday_mismatch_and_impossible_date_reach_the_warnings() -> None:
    mismatch = extract(Article("x", None, ["Rapat digelar Senin (20/1/2026)."]), today=TODAY)
    assert mismatch.event_date == dt.date(2026, 1, 20)
    assert "weekday 'Senin' does not match 20 January 2026 (a Tuesday)" in mismatch.warnings
    impossible = extract(Article("x", None, ["Rapat digelar Selasa (31/2)."]), today=TODAY)
    assert impossible.event_date is None
    assert "impossible date 'Selasa (31/2)' ignored" in impossible.warnings


def test_an_empty_article_does_not_fail() -> None:
    facts = extract(Article("x", None, []), today=TODAY)
    assert facts.warnings == ["the article has no text"]


def test_trailing_attribution_and_read_also_links() -> None:
    article = Article(
        "x",
        None,
        [
            "JAKARTA, KOMPAS.com - Menteri Pekerjaan Umum Dody Hanggodo meninjau waduk, Kamis (8/1/2026).",
            "Baca juga: Prabowo Minta Menteri Percepat Proyek Irigasi",
            "Bendungan itu penting bagi ribuan petani di hilir, ujar Dody.",
            "Pengamat dari Universitas Indonesia (UI), Trubus Rahadiansyah, menilai itu penting. (ant/rd)",
        ],
    )
    facts = extract(article, today=TODAY)
    assert [p.name for p in facts.people] == ["Dody Hanggodo", "Trubus Rahadiansyah"]
    assert [(s.speaker, s.paragraph) for s in facts.statements] == [
        ("Dody Hanggodo", 2),
        ("Trubus Rahadiansyah", 3),
    ]
    assert facts.statements[1].text.endswith("penting.")
    assert facts.organizations == [Organization("Universitas Indonesia", "UI")]
    assert not any("Baca juga" in sentence for sentence in facts.background)


def test_nusantara_is_no_location_but_a_city_in_the_lead_is() -> None:
    archipelago = extract(
        Article("x", None, ["Museum itu memamerkan naskah dari berbagai daerah di Nusantara, kemarin."]),
        today=TODAY,
    )
    assert archipelago.location is None
    city = extract(
        Article("x", None, ["Festival tari digelar di Nusantara dan di Makassar, Sabtu (7/3/2026)."]),
        today=TODAY,
    )
    assert city.location == "Makassar"


def test_a_city_inside_the_quote_that_dates_the_event_is_not_its_place() -> None:
    # The quote's own words name another city; the event's place is the lead's.
    facts = extract(
        Article(
            "x",
            None,
            [
                "Pameran kerajinan akan digelar di Kabupaten Sleman untuk pertama kalinya.",
                "“Kami sudah menyiapkan tempat. Tahun lalu kami belajar dari panitia di Klaten,” kata"
                " Rina pada Sabtu (7/3/2026).",
            ],
        ),
        today=TODAY,
    )
    assert facts.location == "Sleman"


def test_an_and_far_after_the_lead_city_does_not_make_a_list_of_places() -> None:
    facts = extract(
        Article(
            "x",
            None,
            [
                "The state polytechnic in Makassar plans a new fisheries course under the Marine and"
                " Fisheries Ministry scheme.",
                "The director said on Tuesday the course would open next year.",
            ],
        ),
        today=TODAY,
    )
    assert facts.location == "Makassar"
    listed = extract(
        Article(
            "x",
            None,
            ["Hujan lebat diperkirakan turun di Kabupaten Sambas dan Bengkayang, Senin (9/3/2026)."],
        ),
        today=TODAY,
    )
    assert listed.location is None


def test_a_word_outlet_dateline_reaches_the_facts() -> None:
    facts = extract(
        Article("x", None, ["Ambon, Suara Maluku - Wali Kota membuka pasar ikan, Senin (9/3/2026)."]),
        today=TODAY,
    )
    assert (facts.outlet, facts.location) == ("Suara Maluku", "Ambon")
    assert facts.background == ["Wali Kota membuka pasar ikan, Senin (9/3/2026)."]


def test_a_byline_line_with_the_page_date_is_not_the_lead_that_places_the_event() -> None:
    facts = extract(
        Article(
            "x",
            None,
            [
                "By Office of the Assistant to the Deputy Secretary for Regional Press and Media Affairs"
                " Date 4 Maret 2026",
                "Read: 12 Views",
                "The regent opened the new fish market at the Harbour Hall, Makassar, on Wednesday.",
                "The market has 120 stalls.",
            ],
        ),
        today=TODAY,
    )
    assert facts.location == "Makassar"
    assert facts.event_date == dt.date(2026, 3, 4)


def test_the_page_time_stamp_below_the_story_dates_its_weekday() -> None:
    story = [
        "Makassar (ANTARA) - Wali Kota membuka pasar ikan yang dibangun sejak Kamis 3 Juli 2025 silam.",
        "“Pasar ini untuk nelayan,” kata Wali Kota di Balai Kota, Selasa.",
        "Baca juga: Pasar ikan baru dibuka",
    ]
    stamped = [*story, "Wali Kota buka pasar ikan Makassar", "9 September 2025 15:11 WIB"]
    assert extract(Article("x", None, stamped), today=TODAY).event_date == dt.date(2025, 9, 9)
    # Without the stamp the weekday says no week.
    assert extract(Article("x", None, story), today=TODAY).event_date is None


def test_a_labelled_date_line_below_the_headline_dates_yesterday() -> None:
    page = [
        "Share on Facebook",
        "Regent opens new fish market",
        "The market has room for 120 traders.",
        "Written by",
        "Updated: May 28, 2025",
        "The regent of Maros opened the new fish market yesterday, officials said.",
    ]
    assert extract(Article("x", None, page), today=TODAY).event_date == dt.date(2025, 5, 27)


def test_a_release_dateline_with_a_weekday_dates_the_event_and_a_prefixed_city_places_it() -> None:
    facts = extract(
        Article("x", None, ["KOTA MAKASSAR, Selasa (3/3/2026) – Wali Kota membuka pasar ikan.", "Lagi."]),
        today=TODAY,
    )
    # The place as the dateline writes it, with its "Kota".
    assert (facts.outlet, facts.location, facts.event_date) == (None, "Kota Makassar", dt.date(2026, 3, 3))


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Kapolres memimpin apel di Mapolres Kotawaringin Timur, Rabu (5/3/2025).", "Kotawaringin Timur"),
        (
            "Menteri meresmikan dermaga di Kabupaten Banggai Kepulauan, Sulteng, Rabu (5/3/2025).",
            "Banggai Kepulauan",
        ),
        ("KBRI menggelar pameran kopi di Den Haag, Belanda, Jumat (7/3/2025).", "Den Haag"),
        ("The ambassador presented her credentials in Tashkent on Wednesday (5/3/2025).", "Tashkent"),
        # A regency's name that is also a common word is not in the gazetteer.
        ("Rapat digelar di Gedung Negara, Kamis (6/3/2025).", None),
    ],
)
def test_the_gazetteer_knows_two_word_regencies_and_cities_abroad(lead: str, place: str | None) -> None:
    facts = extract(Article("x", None, [lead, "Kalimat berikutnya."]), today=TODAY)
    assert facts.location == place


def test_an_english_release_dateline_dates_the_event() -> None:
    facts = extract(
        Article("x", None, ["Makassar, March 4, 2026 – The ministry opened the new port.", "More."]),
        today=TODAY,
    )
    assert (facts.location, facts.event_date) == ("Makassar", dt.date(2026, 3, 4))


def test_menurut_a_role_then_the_name_in_apposition() -> None:
    facts = extract(Article("x", None, ["Menurut analis pasar, Citra Kirana, permintaan kain akan membaik."]))
    assert [(s.speaker, s.text.split(",")[0]) for s in facts.statements] == [
        ("Citra Kirana", "Menurut analis pasar")
    ]
    assert facts.next_steps == []


def test_page_chrome_before_the_lead_is_not_dated_and_a_regency_in_the_lead_is_the_place() -> None:
    article = Article(
        source="x.html",
        title=None,
        paragraphs=[
            "Oleh Dimas Prakoso | Sabtu, 3 Oktober 2026 09.30 WIB",
            "Pemkab meluncurkan kalender festival di Pendopo Kabupaten Banyuwangi, Kamis (1/10).",
            "Kalender itu memuat 88 acara.",
        ],
        published=dt.date(2026, 10, 3),
    )
    facts = extract(article, today=TODAY)
    assert (facts.event_date, facts.location) == (dt.date(2026, 10, 1), "Banyuwangi")
    date_bar = Article(
        source="y.html",
        title=None,
        paragraphs=[
            "Selasa, 13 Oktober 2026 | 14:05 WIB",
            "Pasar kriya digelar di Balai Kota Malang, Jumat lalu.",
        ],
        published=dt.date(2026, 10, 13),
    )
    facts = extract(date_bar, today=TODAY)
    assert (facts.event_date, facts.location) == (dt.date(2026, 10, 9), "Malang")


def test_a_quarter_called_kota_is_not_a_city() -> None:
    article = Article(
        source="z.txt", title=None, paragraphs=["Pentas digelar di kawasan Kota Tua, Senin (5/10/2026)."]
    )
    assert extract(article, today=TODAY).location is None


# --------------------------------------------------------------------------- real-page furniture


def test_a_caption_of_an_older_photo_does_not_date_the_event() -> None:
    article = Article(
        "x",
        None,
        [
            "ANTARA FOTO/Budi Santoso/Spt.",
            "Pekerja mengangkut beras di gudang, Jumat (26/4/2024). Stok beras aman.",
            "Direktur Utama mengatakan penyerapan beras berjalan baik, Kamis (12/9/2024).",
            "Gubernur meninjau gudang, Senin (9/9/2024). (ANTARA/Rina Wulandari)",
        ],
        published=dt.date(2024, 9, 12),
    )
    assert extract(article, today=TODAY).event_date == dt.date(2024, 9, 12)


def test_a_long_paragraph_closing_on_the_editors_initials_is_no_caption() -> None:
    # A whole story on one line, its last sentence closed by the reporter's and editor's
    # initials ("(Rd/red)"): the initials look like a photo credit, the paragraph is the story.
    sentences = [
        "Kepala Dinas Pertanian membagikan bibit jagung kepada kelompok tani di Balai Desa Sukamaju,"
        " Kamis (4/9/2025).",
        '"Bibit ini kami berikan agar panen musim depan lebih baik," ujar kepala dinas kepada wartawan.',
        "Menurut dia, sebanyak dua ratus petani dari lima desa menerima bantuan tersebut tahun ini.",
        "Ia menambahkan, penyuluh akan mendampingi petani sejak masa tanam hingga panen selesai.",
        "Para petani menyambut baik bantuan itu karena harga bibit di pasar terus naik.",
        "Bantuan serupa juga pernah diberikan kepada petani di desa tetangga pada tahun lalu.(Rd/red)",
    ]
    article = Article("x", None, [" ".join(sentences)])
    assert extract(article, today=TODAY).event_date == dt.date(2025, 9, 4)


def test_the_sites_date_bar_above_the_headline_dates_nothing() -> None:
    article = Article(
        "x",
        None,
        [
            "Selasa, Oktober 15, 2024",
            "No menu items!",
            "Kenapa Bupati Memilih Berkantor di Pasar",
            "KABARKITA.COM | Bupati memindahkan ruang kerjanya ke los pasar, baru-baru ini.",
            "Ia ingin lebih dekat dengan pedagang.",
        ],
    )
    facts = extract(article, today=TODAY)
    assert (facts.event_date, facts.outlet) == (None, "KABARKITA.COM")
    assert facts.date_warnings


def test_the_date_line_under_a_plain_text_headline_gives_the_year() -> None:
    from briefgen.readers import read_article

    text = (
        "Bupati Minta Pedagang Pasar Tertib\n\n"
        "- 3 Maret 2025, 10:00 WIB\n"
        "KABARKITA - Bupati meminta pedagang pasar menjaga kebersihan los.\n"
        "Hal itu disampaikan dalam rapat pada tanggal 1 Maret di Bogor.\n"
    )
    facts = extract(read_article(text, "x.txt", ".txt"), today=TODAY)
    assert facts.event_date == dt.date(2025, 3, 1)
    assert not facts.date_warnings


def test_a_detik_style_page_gives_outlet_place_and_date() -> None:
    article = Article(
        "x",
        None,
        [
            "Bupati Resmikan Pasar Rakyat",
            "Rina Wulandari - detikJateng",
            "Minggu, 02 Mar 2025 21:40 WIB",
            "Bupati meninjau los pedagang. (Rina Wulandari/detikJateng)",
            "Semarang -",
            "Bupati meresmikan pasar rakyat yang baru selesai dibangun, Senin (3/3/2025).",
        ],
    )
    facts = extract(article, today=TODAY)
    assert (facts.outlet, facts.location, facts.event_date) == (
        "detikJateng",
        "Semarang",
        dt.date(2025, 3, 3),
    )
    assert facts.background[0].startswith("Bupati meresmikan")


def test_the_city_named_in_the_dating_sentence_is_the_place() -> None:
    article = Article(
        "x",
        None,
        [
            "Gubernur mengatakan genangan di kawasan Muara Baru, Jakarta Utara, berasal dari tanggul bocor.",
            "“Pompanya kurang,” kata Gubernur di Gedung DPRD, Kebon Sirih, Jakarta, Rabu (22/4/2026).",
        ],
    )
    assert extract(article, today=TODAY).location == "Jakarta"
    first = Article("x", None, ["Rapat digelar di Kawasan Radio Dalam, Jakarta Selatan, Senin (3/3/2025)."])
    assert extract(first, today=TODAY).location == "Jakarta Selatan"
    venue_only = Article(
        "x", None, ["Rektor memberi sambutan di aula Nuku, gedung Rektorat, Senin (3/3/2025)."]
    )
    assert extract(venue_only, today=TODAY).location is None


@pytest.mark.parametrize("verb", ["mengunjungi", "menyambangi", "mendatangi"])
def test_the_city_of_the_place_a_visit_goes_to_is_the_place(verb: str) -> None:
    article = Article(
        "x",
        None,
        [
            "Menteri ingin pasar ikan lebih bersih.",
            f"Hal itu disampaikan saat {verb} Pasar Ikan Baru, Jakarta Utara, Minggu 9 Maret 2025.",
        ],
    )
    assert extract(article, today=TODAY).location == "Jakarta Utara"


def test_a_list_of_places_ending_in_and_the_places_nothing() -> None:
    article = Article(
        "x",
        None,
        [
            "The trade envoy met buyers in Tokyo, Seoul and the Netherlands on Monday, March 3, 2025.",
        ],
    )
    assert extract(article, today=TODAY).location is None


def test_a_lead_dated_by_an_undatable_weekday_ends_at_its_sentence() -> None:
    article = Article(
        "x",
        None,
        [
            "The customs director told reporters on Monday that smuggling cases would be traced.",
            "Some of the goods were stored in Singapore, the officials believe.",
        ],
    )
    facts = extract(article, today=TODAY)
    assert (facts.event_date, facts.location) == (None, None)


def test_an_english_release_is_english_with_its_dateline_date() -> None:
    article = Article(
        "x",
        None,
        [
            "SURABAYA (14 March 2021) - The Ministry of Industry opened a course for factory inspectors.",
            "Forty inspectors from six provinces took part in the course.",
        ],
    )
    facts = extract(article, today=TODAY)
    assert (facts.language, facts.location, facts.event_date) == ("en", "Surabaya", dt.date(2021, 3, 14))
    assert facts.date_warnings == []


def test_a_short_dated_sentence_without_its_full_stop_still_dates_the_event() -> None:
    article = Article("x", None, ["Judul Rapat Koordinasi", "Rapat koordinasi digelar Kamis (12/9/2024)"])
    assert extract(article, today=TODAY).event_date == dt.date(2024, 9, 12)


def test_a_subheading_between_lead_paragraphs_places_nothing() -> None:
    paragraphs = [
        "Nelayan menargetkan tangkapan naik tahun ini.",
        "Harga ikan di Makassar naik tajam",
        '"Cuaca sedang bagus," ujar ketua kelompok nelayan, Jumat (6/3/2026).',
    ]
    assert extract(Article("x", None, paragraphs), today=TODAY).location is None
    # Written as a sentence of the lead, the same words still place the event.
    paragraphs[1] = "Pertemuan itu digelar di Makassar."
    assert extract(Article("x", None, paragraphs), today=TODAY).location == "Makassar"


def test_an_agency_dateline_date_gives_the_year_of_a_year_less_date_in_the_body() -> None:
    article = Article(
        "x",
        None,
        [
            "Surabaya, 3 Rabiul Awal 1445/20 September 2023 (KABAR) – Wali Kota membuka pameran dagang.",
            "Dalam keterangannya kepada wartawan (18/09), Wali Kota menjelaskan rencana itu.",
        ],
    )
    facts = extract(article, today=TODAY)
    assert (facts.outlet, facts.location) == ("KABAR", "Surabaya")
    assert (facts.event_date, facts.date_warnings) == (dt.date(2023, 9, 18), [])


def test_a_later_paragraph_dating_the_event_again_places_it_when_the_lead_does_not() -> None:
    article = Article(
        "x",
        None,
        [
            "Pekan Budaya Danau Tahun 2018 yang berlangsung pada 12–14 Juli dimeriahkan tari-tarian.",
            "Bupati menyebut festival itu meriah.",
            '"Kami bangga," ujar Bupati saat pembukaan di Alun-alun, Kabupaten Sleman, Yogyakarta,'
            " Kamis (12/7).",
        ],
    )
    facts = extract(article, today=TODAY)
    assert (facts.event_date, facts.location) == (dt.date(2018, 7, 12), "Sleman")
    # Another day further on is another event's: it places nothing.
    other = Article("x", None, [*article.paragraphs[:2], article.paragraphs[2].replace("(12/7)", "(19/7)")])
    assert extract(other, today=TODAY).location is None


def test_a_di_phrase_listing_several_regencies_places_no_event() -> None:
    facts = extract(
        Article(
            "x",
            None,
            [
                "BPBD memprediksi hujan lebat masih akan turun hingga akhir bulan, terutama di Kabupaten"
                " Sambas dan Bengkayang.",
                "“Warga di bantaran sungai kami minta waspada,” ujar Kepala BPBD, Jumat (22/11).",
            ],
            published=dt.date(2024, 11, 23),
        ),
        today=TODAY,
    )
    assert facts.location is None
    one = extract(
        Article("x", None, ["Bupati membuka pasar ikan di Kabupaten Sambas, Jumat (22/11/2024)."]),
        today=TODAY,
    )
    assert one.location == "Sambas"


def test_a_caption_pointing_at_the_people_in_the_photo_does_not_place_the_event() -> None:
    article = Article(
        "x",
        None,
        [
            "Menteri Perdagangan (kanan) berbincang dengan pengusaha di Makassar, Senin (22/7).(Antara)",
            "Kementerian Perdagangan kini mencari pembeli baru untuk barang buatan lokal.",
            "“Kami membidik tiga perjanjian dagang tahun ini,” ujar Menteri, Senin (22/7).",
        ],
        published=dt.date(2019, 7, 22),
    )
    facts = extract(article, today=TODAY)
    assert facts.location is None
    assert facts.event_date == dt.date(2019, 7, 22)


def test_a_datelines_day_without_year_takes_the_year_of_the_leads_weekday() -> None:
    # "JAKARTA, March 4 (Wire) -" and "said on Tuesday": 4 March fell on a Tuesday in 2025, not
    # in 2026 (the run date's year).
    article = Article(
        "x",
        None,
        [
            "JAKARTA, March 4 (Wire) - Indonesia will lower import duties on rice, the trade minister"
            " said on Tuesday.",
            "The cut takes effect in June.",
        ],
    )
    facts = extract(article, today=TODAY)
    assert (facts.event_date, facts.date_warnings) == (dt.date(2025, 3, 4), [])


def test_a_posting_line_dates_the_page_not_the_event() -> None:
    # "Diposting pada 5 Maret 2025 oleh Admin": the day the page went up, which gives the
    # year-less "Selasa (4/3)" its year.
    article = Article(
        "x",
        None,
        [
            "Beranda / Berita / Daerah",
            "Diposting pada 5 Maret 2025 oleh Admin",
            "Wakil Bupati membuka pelatihan menjahit di aula kecamatan, Selasa (4/3).",
            "Pelatihan itu diikuti 40 peserta.",
        ],
    )
    assert extract(article, today=TODAY).event_date == dt.date(2025, 3, 4)


def test_a_caption_opening_on_foto_is_no_credit_line_for_the_story_below() -> None:
    # "Foto: <caption>. (credit)" is the caption itself; a credit line above a caption is a few
    # words ("Foto: Dok. Humas Pemkab"). The story below it is read for its date and place.
    article = Article(
        "x",
        None,
        [
            "Foto: Wali kota meninjau gudang beras di Depok. (Foto: Humas)",
            "Wali Kota Bekasi meninjau pasar murah di Pasar Baru, Bekasi, Selasa (4/3/2025).",
            "Pasar murah itu dikunjungi ratusan warga.",
        ],
    )
    facts = extract(article, today=TODAY)
    assert (facts.event_date, facts.location) == (dt.date(2025, 3, 4), "Bekasi")


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Menteri Pertanian melakukan kunjungan kerja ke Kabupaten Bone, Senin (3/3/2025).", "Bone"),
        ("Menteri berkunjung ke Makassar untuk meninjau pelabuhan, Senin (3/3/2025).", "Makassar"),
        ("The minister visited Surabaya to inspect the port on Monday (March 3, 2025).", "Surabaya"),
        # A visit to a venue without a city places the event nowhere.
        ("Menteri berkunjung ke kantor gubernur, Senin (3/3/2025).", None),
    ],
)
def test_a_visit_places_the_event_where_it_goes(lead: str, place: str | None) -> None:
    facts = extract(Article("x", None, [lead, "Paragraf lain."]), today=TODAY)
    assert facts.location == place


def _place_of(*paragraphs: str) -> str | None:
    return extract(Article(source="x.txt", title=None, paragraphs=list(paragraphs)), today=TODAY).location


def test_a_city_given_as_an_example_does_not_place_the_event() -> None:
    example = (
        "Festival dinilai menarik wisatawan ke suatu daerah. Seperti di Ambon, misalnya, festival "
        "musik digelar tiap tahun.",
        "Menteri meminta kepala daerah menata jadwal festival, kata Menteri, Rabu (10/8/2022).",
    )
    assert _place_of(*example) is None
    # Without "seperti" the same phrase places it.
    placed = (
        "Festival dinilai menarik wisatawan ke suatu daerah. Festival musik di Ambon digelar tiap tahun.",
        "Menteri meminta kepala daerah menata jadwal festival, kata Menteri, Rabu (10/8/2022).",
    )
    assert _place_of(*placed) == "Ambon"


def test_a_visit_phrase_ends_at_the_end_of_its_sentence() -> None:
    text = (
        "Jumlah kunjungan wisatawan ke suatu daerah naik. Festival lain digelar bersama Pemerintah "
        "Kabupaten Sleman.",
        "Hal itu disampaikan Menteri, Rabu (10/8/2022).",
    )
    assert _place_of(*text) is None


def test_the_one_city_the_leads_first_sentence_names_as_kota_places_it() -> None:
    lead = "Minat warga Kota Medan berobat ke luar daerah masih tinggi, kata Direktur, Jumat (22/9/2023)."
    assert _place_of(lead, "Paragraf berikutnya.") == "Medan"
    # Two regions named: none is the place; a mayor's title is no place ("Wali Kota Medan").
    two = "Warga Kota Medan dan Kabupaten Deli Serdang berobat ke luar daerah, Jumat (22/9/2023)."
    assert _place_of(two, "Paragraf berikutnya.") is None
    mayor = "Wali Kota Medan meminta warga berobat di rumah sakit lokal, Jumat (22/9/2023)."
    assert _place_of(mayor, "Paragraf berikutnya.") is None


def test_the_city_whose_clock_times_the_event_places_it() -> None:
    lead = "Pada jamuan yang digelar Kamis (4/5/2017) waktu Washington D.C. tersebut, dua menteri itu setuju."
    assert _place_of(lead, "Paragraf berikutnya.") == "Washington D.C."
    # "waktu setempat" (local time) and a time zone name no city.
    assert _place_of("Rapat dimulai pukul 09.00 waktu setempat, Kamis (4/5/2017).", "Lagi.") is None
    assert _place_of("Rapat dimulai pukul 09.00 waktu Indonesia Barat, Kamis (4/5/2017).", "Lagi.") is None


@pytest.mark.parametrize(
    "venue",
    [
        "at the Bali Provincial Tourism Office",
        "at the Bali Regional Legislative Council office",
        "at the Surabaya Regional Police headquarters",
    ],
)
def test_an_english_institution_named_after_its_province_is_a_venue_not_the_place(venue: str) -> None:
    # No dateline: the dating sentence names only an institution ("the Bali Provincial ..."),
    # a venue without a city, so the location is null.
    facts = extract(
        Article("x", None, [f"The levy was discussed in a meeting {venue} on Tuesday, 5th March 2024."]),
        today=TODAY,
    )
    assert facts.event_date == dt.date(2024, 3, 5)
    assert facts.location is None
    # The same city named on its own still places the event.
    plain = extract(
        Article("x", None, ["The levy was discussed in a meeting in Surabaya on Tuesday, 5th March 2024."]),
        today=TODAY,
    )
    assert plain.location == "Surabaya"


def test_an_index_date_marker_before_the_dateline_dates_the_story_in_its_place() -> None:
    # "date YYYY-MM-DD" opens the line of the dateline: the day stands in for the publication
    # date, so a weekday of the lead counts from it, not from the run date.
    paragraphs = [
        "date 2019-05-15 JAKARTA- The minister on Monday opened a spice fair in the capital.",
        "The fair runs for a week at the convention centre.",
    ]
    facts = extract(
        Article(source="fair.txt", title=None, paragraphs=paragraphs), today=dt.date(2026, 11, 22)
    )
    assert (facts.event_date, facts.location) == (dt.date(2019, 5, 13), "Jakarta")
    colon = ["date 2019-05-15 ?Jakarta: The minister opened a spice fair in the capital today."]
    facts = extract(Article(source="fair.txt", title=None, paragraphs=colon), today=dt.date(2026, 11, 22))
    assert facts.event_date == dt.date(2019, 5, 15)
    # The marker opening a photo caption, which is no part of the story: the same.
    caption = [
        "date 2019-05-15 Visitors crowd the spice fair in Jakarta on May 10, 2019. (Photo/Rina Wulan)",
        "The minister said at a press conference on Monday that the fair would travel to Surabaya.",
    ]
    facts = extract(Article(source="fair.txt", title=None, paragraphs=caption), today=dt.date(2026, 11, 22))
    assert facts.event_date == dt.date(2019, 5, 13)


def test_a_weekday_counts_from_the_filing_date_a_wire_dateline_gives() -> None:
    text = (
        "SURABAYA, March 8, 2024 - (Kabar Wire) - The port authority opened a new terminal, "
        "its director said here on Thursday.\n\nThe terminal cost Rp 2 trillion."
    )
    facts = extract(Article(source="wire.txt", title=None, paragraphs=text.split("\n\n")))
    assert (facts.event_date, facts.outlet, facts.location) == (dt.date(2024, 3, 7), "Kabar Wire", "Surabaya")


def test_the_city_alone_between_commas_before_the_date_places_the_event() -> None:
    paragraphs = [
        "Dinas koperasi menargetkan seribu usaha baru tahun ini.",
        "“Kami dampingi sampai izin terbit,” kata Kepala Dinas kepada wartawan, Bandung, Senin (3/3/2025).",
    ]
    facts = extract(Article("x", None, paragraphs), today=TODAY)
    assert (facts.event_date, facts.location) == (dt.date(2025, 3, 3), "Bandung")
    # A city inside a title before the date is no place of the event.
    titled = ["Harga cabai turun, kata Bupati Bogor, Senin (3/3/2025)."]
    assert extract(Article("x", None, titled), today=TODAY).location is None


def test_the_standfirst_under_the_headline_is_read_for_next_steps() -> None:
    # (sentences written for this test)
    article = Article(
        source="x.txt",
        title="Pemkab Sumber Jaya Bangun Dua Jembatan Desa",
        paragraphs=[
            "Dinas PUPR Sumber Jaya akan membangun dua jembatan gantung pada Maret 2027.",
            "Warga menyeberangi sungai dengan rakit. (Foto: Humas Pemkab)",
            "SUMBER JAYA - Bupati Sumber Jaya Rahmat Hidayat meninjau lokasi jembatan, Senin (16/11/2026).",
            "Ia mengatakan warga sudah lama menunggu jembatan itu.",
        ],
    )
    steps = [s.text for s in extract(article, today=dt.date(2026, 11, 22)).next_steps]
    assert steps == ["Dinas PUPR Sumber Jaya akan membangun dua jembatan gantung pada Maret 2027."]


def test_a_caption_or_another_story_above_the_dateline_is_no_standfirst() -> None:
    article = Article(
        source="x.txt",
        title="Pemkab Sumber Jaya Bangun Dua Jembatan Desa",
        paragraphs=[
            "Headline",
            "Gubernur akan meresmikan bandara baru pada Januari 2027.",
            "SUMBER JAYA - Bupati Sumber Jaya Rahmat Hidayat meninjau lokasi jembatan, Senin (16/11/2026).",
        ],
    )
    assert extract(article, today=dt.date(2026, 11, 22)).next_steps == []


def test_a_numbered_sub_heading_states_no_step() -> None:
    article = Article(
        source="x.txt",
        title=None,
        paragraphs=[
            "TIRTA RAYA - Dinas Kesehatan meninjau puskesmas, Senin (16/11/2026).",
            "2. Daftar puskesmas yang akan direnovasi pada 2027",
            "Dinas Kesehatan akan merenovasi tujuh puskesmas pada 2027.",
        ],
    )
    steps = [s.text for s in extract(article, today=dt.date(2026, 11, 22)).next_steps]
    assert steps == ["Dinas Kesehatan akan merenovasi tujuh puskesmas pada 2027."]


def test_a_narrated_sentence_before_a_quotation_opened_with_a_closing_mark_is_read_on_its_own() -> None:
    facts = extract(
        Article(
            "x",
            None,
            [
                "Kapolsek Hadi Wibowo mengatakan, seluruh personel akan diperintahkan menggelar patroli."
                " ”Patroli ini akan terus digencarkan,” ujar Hadi."
            ],
        ),
        today=dt.date(2026, 11, 22),
    )
    assert [s.text.split()[0] for s in facts.next_steps] == ["Kapolsek", "Patroli"]
    assert facts.next_steps[0].text.endswith("patroli.")
