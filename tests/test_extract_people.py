"""People, roles, organisations and acronyms, and the merging of later mentions into one person."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefgen.extract.index import MAX_PEOPLE
from briefgen.extract.lexicon import known_acronyms
from briefgen.extract.organizations import find_definitions, organizations
from briefgen.extract.people import PeopleIndex, Vocabulary, core_tokens, find_people
from briefgen.extract.runs import MAX_RUN_UNITS, Unit, find_runs
from briefgen.model import Organization, Person


def people_of(*paragraphs: str) -> PeopleIndex:
    return find_people(list(paragraphs), find_definitions(list(paragraphs)))


def persons(*paragraphs: str) -> list[Person]:
    return people_of(*paragraphs).persons()


def test_role_with_acronym_then_name_and_later_aliases() -> None:
    index = people_of(
        "Wakil Menteri Pariwisata (Wamenpar) Ni Luh Puspa menerima tamu.",
        "Menurut Wamenpar Ni Luh, sektor ini tumbuh.",
        "Puspa percaya bahwa wisata akan pulih.",
    )
    [person] = index.persons()
    assert person.name == "Ni Luh Puspa"
    assert person.role == "Wakil Menteri Pariwisata"
    assert set(person.aliases) == {"Ni Luh", "Wamenpar Ni Luh", "Puspa"}
    assert index.resolve("Wamenpar Ni Luh") == "Ni Luh Puspa"
    assert [m.person for m in index.mentions] == [0, 0, 0]


def test_role_comma_name_comma() -> None:
    [first, second] = persons(
        "Direktur Regional KOMCA Indonesia, Kim Tae Ho, dan COO HANBIT Company, Jang Min Ho, hadir."
    )
    assert (first.name, first.role, first.organization) == (
        "Kim Tae Ho",
        "Direktur Regional",
        "KOMCA Indonesia",
    )
    assert (second.name, second.role, second.organization) == ("Jang Min Ho", "COO", "HANBIT Company")


def test_role_and_organisation_with_acronyms_before_a_comma_name() -> None:
    [person] = persons(
        "Konsul Jenderal (Konjen) Konsulat Jenderal Republik Indonesia (KJRI) Osaka, Andi Pratama "
        "hadir di Jakarta."
    )
    assert person.name == "Andi Pratama"
    assert person.role == "Konsul Jenderal"
    assert person.organization == "KJRI Osaka"


def test_role_organisation_and_name_without_separator() -> None:
    [person] = persons("Di sisi lain, DCM KBRI Hanoi Rudi Hartawan menilai rencana itu tepat waktu.")
    assert (person.name, person.role, person.organization) == ("Rudi Hartawan", "DCM", "KBRI Hanoi")


def test_honorifics_and_degrees_stay_in_the_name() -> None:
    [person] = persons(
        "Kepala Dinas Pendidikan Provinsi Jawa Barat Dr. H. Budi Santoso, M.Si., membuka acara.",
        "Budi mengatakan pelatihan itu penting.",
    )
    assert person.name == "Dr. H. Budi Santoso, M.Si."
    assert person.role == "Kepala"
    assert person.organization == "Dinas Pendidikan Provinsi Jawa Barat"
    assert person.aliases == ["Budi"]
    assert core_tokens(person.name) == ("Budi", "Santoso")


def test_japanese_and_western_names_with_company_roles() -> None:
    people = persons(
        "Presiden Direktur Toyota Indonesia, Tanaka Hiroshi, bertemu CEO Acme Corp John Smith kemarin.",
        "Smith menilai pasar Indonesia menjanjikan.",
    )
    assert [(p.name, p.role, p.organization) for p in people] == [
        ("Tanaka Hiroshi", "Presiden Direktur", "Toyota Indonesia"),
        ("John Smith", "CEO", "Acme Corp"),
    ]
    assert people[1].aliases == ["Smith"]


def test_name_then_role_apposition() -> None:
    [person] = persons("Ratna Dewanti, Wakil Menteri Ekonomi Kreatif, mengatakan hal itu.")
    assert (person.name, person.role) == ("Ratna Dewanti", "Wakil Menteri Ekonomi Kreatif")


def test_two_people_joined_by_dan() -> None:
    people = persons("Menteri Luar Negeri Sugiono dan Menteri Perdagangan Budi Santoso hadir di Seoul.")
    assert [(p.name, p.role) for p in people] == [
        ("Sugiono", "Menteri Luar Negeri"),
        ("Budi Santoso", "Menteri Perdagangan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vice President Dimas Arya Putra and Finance Minister Rina Kartika attended the launch.",
            [("Dimas Arya Putra", "Vice President"), ("Rina Kartika", "Finance Minister")],
        ),
        (
            "Governor Hendra Wijaya and Trade Minister Sari Lestari opened the fair in Medan.",
            [("Hendra Wijaya", "Governor"), ("Sari Lestari", "Trade Minister")],
        ),
    ],
)
def test_two_english_titled_people_joined_by_and(text: str, expected: list[tuple[str, str]]) -> None:
    """The portfolio word after "and" ("Finance", "Trade") starts the second person's title."""
    assert [(p.name, p.role) for p in persons(text)] == expected


def test_a_portfolio_after_dan_still_names_the_same_office() -> None:
    people = persons("Menteri Pariwisata dan Ekonomi Kreatif Rina Kartika membuka pameran itu.")
    assert [(p.name, p.role) for p in people] == [("Rina Kartika", "Menteri Pariwisata dan Ekonomi Kreatif")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menurut mantan Menteri Perdagangan Budi Santoso, ekspor naik.",
            ("Budi Santoso", "mantan Menteri Perdagangan"),
        ),
        ("Hadir pula calon wakil presiden Sari Dewi Lestari.", ("Sari Dewi Lestari", "calon wakil presiden")),
        (
            "Rapat dipimpin wakil ketua DPRD Jawa Barat Ono Suryono.",
            ("Ono Suryono", "wakil ketua DPRD Jawa Barat"),
        ),
        ("Former Trade Minister Budi Santoso said exports rose.", ("Budi Santoso", "Former Trade Minister")),
        ("Menteri Perdagangan Budi Santoso mengatakan ekspor naik.", ("Budi Santoso", "Menteri Perdagangan")),
    ],
)
def test_a_former_holder_or_a_candidate_keeps_that_in_the_role(text: str, expected: tuple[str, str]) -> None:
    """A brief must not present a former minister or a candidate as the office's holder."""
    assert [(p.name, p.role) for p in persons(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maju Jaya's chief executive officer Rina Kartika said the firm was ready.",
            [("Rina Kartika", "Maju Jaya's chief executive officer")],
        ),
        (
            "The forum heard young influencer Dimas Arya and senior adviser Budi Hartono.",
            [("Dimas Arya", "young influencer"), ("Budi Hartono", "senior adviser")],
        ),
        (
            "The company's managing director Sari Lestari said exports rose.",
            [("Sari Lestari", "managing director")],
        ),
    ],
)
def test_an_english_title_in_lower_case_is_read_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in persons(text)] == expected


def test_a_short_form_in_brackets_that_looks_like_a_verb_keeps_the_role() -> None:
    # "Mendagri", "Menkomdigi" read like meN- verbs ("Men" + stem); in brackets they are short forms.
    people = persons("Menteri Dalam Negeri (Mendagri) Rudi Hartono membuka rapat itu.")
    assert [(p.name, p.role) for p in people] == [("Rudi Hartono", "Menteri Dalam Negeri")]


def test_a_list_of_titles_each_with_its_short_form_gives_each_holder_their_own() -> None:
    people = persons(
        "Yang dipanggil antara lain Menteri Koperasi (Menkop) Budi Santoso dan Menteri Komunikasi"
        " dan Digital (Menkomdigi) Rina Kartika."
    )
    assert [(p.name, p.role) for p in people] == [
        ("Budi Santoso", "Menteri Koperasi"),
        ("Rina Kartika", "Menteri Komunikasi dan Digital"),
    ]


def test_a_party_named_after_a_title_or_a_person_noun_is_no_part_of_the_name() -> None:
    people = persons(
        "Dalam acara itu hadir pula Ketua Umum Demokrat Agus Santoso Wibowo dan Politikus Golkar"
        " Rina Kartika yang baru tiba dari daerah."
    )
    assert [(p.name, p.role) for p in people] == [
        ("Agus Santoso Wibowo", "Ketua Umum Demokrat"),
        ("Rina Kartika", "Politikus Golkar"),
    ]


def test_the_english_pronoun_i_and_sentence_adverbs_are_no_names() -> None:
    people = persons(
        "Speaking in Jakarta, Coordinating Minister Hendra Wijaya said the talks went well.",
        '"I told Prime Minister Alan Brooks, I think we should talk first," Mr Hendra said.',
        '"Maybe a special envoy can help," he said.',
    )
    assert [p.name for p in people] == ["Hendra Wijaya", "Alan Brooks"]
    assert people[0].role == "Coordinating Minister"


def test_a_balinese_name_keeps_its_i() -> None:
    people = persons("Kepala Dinas Pariwisata Bali I Made Sudira mengatakan kunjungan naik.")
    assert [(p.name, p.role) for p in people] == [("I Made Sudira", "Kepala")]


def test_a_cabinet_or_a_programme_is_no_person() -> None:
    people = persons(
        "Presiden menunjuk Rina Kartika sebagai menteri di Kabinet Merah Putih, sejalan dengan Asta Cita"
        " Presiden yang memberi prioritas pada pangan."
    )
    assert [p.name for p in people] == ["Rina Kartika"]


def test_a_title_listing_portfolios_with_an_acronym_among_them_before_the_comma_name() -> None:
    people = persons(
        "Salah satunya adalah Menteri Koordinator Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan,"
        " Hendra Wijaya, yang menyatakan belum tahu agendanya."
    )
    assert [(p.name, p.role) for p in people] == [
        ("Hendra Wijaya", "Menteri Koordinator Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan")
    ]


def test_a_word_for_a_kind_of_person_before_a_verb_of_saying_is_no_name() -> None:
    assert persons("Pedagang mengatakan harga cabai naik sejak pekan lalu.") == []
    assert [p.name for p in persons("Darmono mengatakan harga cabai naik sejak pekan lalu.")] == ["Darmono"]


def test_one_name_word_after_a_cabinet_or_government_is_its_leader() -> None:
    found = persons("Para menteri kabinet Hartono bertemu dengan Gubernur Sari Utami di Medan.")
    assert sorted(p.name for p in found) == ["Hartono", "Sari Utami"]
    # A place after "pemerintahan" and a period after "era" are no leaders.
    assert persons("Bantuan dari pemerintahan Jepang tiba pada era Reformasi.") == []


def test_a_title_with_a_list_of_portfolios_cut_by_commas() -> None:
    found = persons(
        "He met Minister of Trade, Fisheries and Marine Affairs Jone Waqavonovono and other officials."
    )
    assert [(p.name, p.role) for p in found] == [
        ("Jone Waqavonovono", "Minister of Trade, Fisheries and Marine Affairs")
    ]
    # A list of places after a titled person names no one else.
    listed = persons("Trade Minister Sari Utami visited Suva, Nadi and Lautoka Port Authority Offices.")
    assert [p.name for p in listed] == ["Sari Utami"]


def test_a_possessive_is_not_part_of_the_name() -> None:
    for mark in ("’", "'"):
        index = people_of(
            f"The plan supports President Hendra Wirawan{mark}s target of ten new ports.",
            "Wirawan said the ports would open in stages.",
        )
        assert [p.name for p in index.persons()] == ["Hendra Wirawan"]
    # An apostrophe inside a name stays: "Ma'ruf".
    assert [p.name for p in persons("Wakil Presiden Ma'ruf Hidayat membuka rapat.")] == ["Ma'ruf Hidayat"]


def test_english_region_names_are_not_people() -> None:
    found = persons(
        "Bali did better than the average, followed by West Java Province, Aceh Province and others.",
        "Health Minister Sari Utami said the figures would be published.",
    )
    assert [p.name for p in found] == ["Sari Utami"]


def test_the_area_after_a_venue_is_not_a_name_in_apposition() -> None:
    venue = persons(
        "Menteri Perdagangan Sari Utami menyaksikan penandatanganan kontrak antara importir dan eksportir"
        " di Balai Sidang Nusantara, Kebon Raya Indah, kemarin (24/10).",
    )
    assert [p.name for p in venue] == ["Sari Utami"]
    # A street is no venue: the name after it is the person the role describes.
    street = persons("Pemilik warung soto di Jalan Melati, Haji Darmawan, mengaku omzetnya naik.")
    assert [p.name for p in street] == ["Haji Darmawan"]


def test_people_without_a_title_need_a_cue() -> None:
    people = persons(
        "Kunjungan itu dihadiri penyanyi muda Kim Ha Neul dari BLUEWAVE Studio di Gedung Sate.",
        "Pertemuan Korea Wave berlangsung meriah.",
        "“Kami senang,” kata Budi Hartono.",
    )
    assert [(p.name, p.organization) for p in people] == [
        ("Kim Ha Neul", "BLUEWAVE Studio"),
        ("Budi Hartono", None),
    ]


def test_a_fuller_name_later_upgrades_a_short_first_mention() -> None:
    index = people_of("“Kami senang,” kata Ratna.", "Wakil Menteri Kelautan Ratna Dewanti lalu pulang.")
    [person] = index.persons()
    assert person.name == "Ratna Dewanti"
    assert "Ratna" in person.aliases


def test_role_alone_refers_to_the_person_who_holds_it() -> None:
    index = people_of(
        "Direktur Utama PT Maju (Dirut Maju) Sari Dewi hadir.",
        "“Kami siap,” ujar Dirut Maju.",
    )
    assert [p.name for p in index.persons()] == ["Sari Dewi"]
    assert index.name_of(index.mention_in(1, 18, 28)) == "Sari Dewi"


def test_defined_acronyms_become_organisations_role_acronyms_do_not() -> None:
    paragraphs = [
        "Deputy Chief of Mission (DCM) Rudi dari Kedutaan Besar Republik Indonesia (KBRI) di Hanoi "
        "mampir ke Kementerian Ekonomi Kreatif (Kemenekraf) pekan lalu.",
        "Kemenekraf dan DPR sepakat. Korea Media Content Agency (KOMCA) ikut hadir.",
    ]
    orgs = organizations(paragraphs, find_definitions(paragraphs))
    assert orgs == [
        Organization("Kedutaan Besar Republik Indonesia", "KBRI"),
        Organization("Kementerian Ekonomi Kreatif", "Kemenekraf"),
        Organization("Korea Media Content Agency", "KOMCA"),
        Organization("Dewan Perwakilan Rakyat", "DPR"),
    ]


def test_role_acronym_inside_an_organisation_role() -> None:
    paragraphs = ["Kepala Badan Pusat Statistik (BPS) Amalia Adininggar hadir."]
    definitions = find_definitions(paragraphs)
    assert [(d.long, d.acronym, d.kind) for d in definitions] == [("Badan Pusat Statistik", "BPS", "org")]
    [person] = find_people(paragraphs, definitions).persons()
    assert (person.name, person.role, person.organization) == ("Amalia Adininggar", "Kepala", "BPS")


def test_bundled_acronym_list() -> None:
    table = known_acronyms()
    assert len(table) >= 40
    assert table["Kemenlu"] == "Kementerian Luar Negeri"
    assert table["KBRI"] == "Kedutaan Besar Republik Indonesia"


def test_lower_case_role_then_a_name_in_commas() -> None:
    people = persons(
        "Dalam diskusi itu, pemilik toko roti rumahan, Wulan Sari, mengeluhkan harga tepung.",
        "Acara ditutup dengan kelas yang dibimbing penulis cerita anak asal Medan, Tigor Nababan.",
    )
    assert [(p.name, p.role) for p in people] == [
        ("Wulan Sari", "pemilik toko roti rumahan"),
        ("Tigor Nababan", "penulis cerita anak asal Medan"),
    ]


def test_capitalised_words_inside_a_role_phrase_are_not_people() -> None:
    people = persons(
        "Pemilik usaha Anyaman Sekar, Darmini Wati, mengaku pesanannya naik.",
        "Pendiri studio gim Cahaya Pixel, Bima Arditya, S.Kom., yang turut hadir, menilai acara itu penting.",
        "Ketua Kelompok Tani Sumber Rejeki, Paimin, mengatakan panen membaik.",
    )
    assert [(p.name, p.role, p.organization) for p in people] == [
        ("Darmini Wati", "Pemilik usaha Anyaman Sekar", None),
        ("Bima Arditya, S.Kom.", "Pendiri studio gim Cahaya Pixel", None),
        ("Paimin", "Ketua", "Kelompok Tani Sumber Rejeki"),
    ]


def test_a_role_with_commas_a_place_or_a_list_inside_it() -> None:
    people = persons(
        "Kepala Desa Adat Tenganan, Kabupaten Karangasem, Wayan Sudarsa, yang desanya menang, bercerita.",
        "Direktur Seni, Musik, dan Tari Dinas Kebudayaan, Ratna Dewi, mengatakan hal itu.",
    )
    assert [(p.name, p.role) for p in people] == [
        ("Wayan Sudarsa", "Kepala Desa Adat Tenganan, Kabupaten Karangasem"),
        ("Ratna Dewi", "Direktur Seni, Musik, dan Tari Dinas Kebudayaan"),
    ]


def test_a_role_stops_at_a_relative_clause_and_two_nouns_make_one_role() -> None:
    people = persons(
        "Kolektor asal Belgia yang membeli tiga lukisan di pameran itu, Jan de Smet, mengaku puas.",
        "Pelukis sekaligus pengajar seni rupa, Asih Rahayu, yang ikut pameran, tersenyum.",
        "Ketua perkumpulan pedagang batik Solo, Haji Muhdi, menyambut baik rencana itu.",
    )
    assert [(p.name, p.role) for p in people] == [
        ("Jan de Smet", "Kolektor asal Belgia"),
        ("Asih Rahayu", "Pelukis sekaligus pengajar seni rupa"),
        ("Haji Muhdi", "Ketua perkumpulan pedagang batik Solo"),
    ]


def test_an_occupation_opening_the_name_is_the_role() -> None:
    index = people_of(
        "Penyair Dimas Aryo, yang bukunya laris, menilai minat baca naik.",
        "“Anak muda membaca lebih banyak dari dugaan kita,” ujar Dimas.",
    )
    assert [(p.name, p.role) for p in index.persons()] == [("Dimas Aryo", "Penyair")]
    assert index.resolve("Dimas") == "Dimas Aryo"


def test_a_lower_case_role_after_the_name() -> None:
    [person] = persons("“Kainnya indah,” kata Ayşe Demir, desainer asal Ankara yang membuka pameran.")
    assert (person.name, person.role) == ("Ayşe Demir", "desainer asal Ankara")


def test_one_word_after_a_person_noun_is_not_a_name() -> None:
    assert persons("Produk perajin Tasikmalaya dan petani Garut dipamerkan di sana.") == []


def test_name_particles_and_spelled_out_honorifics_match_shorter_mentions() -> None:
    index = people_of(
        "Investor asal Belanda, Maarten van den Broek, meninjau gedung tua itu.",
        "“Gedungnya luar biasa,” tutur Van den Broek.",
        "Pemilik warung sate di Jalan Mawar, Haji Sarmili, mengaku senang.",
        "“Pembeli makin ramai,” kata Sarmili.",
    )
    assert [p.name for p in index.persons()] == ["Maarten van den Broek", "Haji Sarmili"]
    assert index.resolve("Van den Broek") == "Maarten van den Broek"
    assert index.resolve("Sarmili") == "Haji Sarmili"


def test_an_honorific_after_a_comma_opens_the_name_it_is_not_a_degree() -> None:
    [person] = persons("Direktur Jenderal Kebudayaan Daerah, Dr. H. Anwar Malik, M.Hum., membuka acara.")
    assert (person.name, person.role) == ("Dr. H. Anwar Malik, M.Hum.", "Direktur Jenderal Kebudayaan Daerah")


def test_a_role_acronym_defines_only_the_words_from_its_title() -> None:
    paragraphs = [
        "Ketua Dewan Kesenian Kota (Ketua DKK) Rendra Pamungkas dan Kepala Bidang Seni Rupa "
        "(Kepala BSR) Dinas Kebudayaan Sinta Lestari membuka pameran."
    ]
    definitions = find_definitions(paragraphs)
    assert [(d.long, d.acronym) for d in definitions] == [
        ("Ketua Dewan Kesenian Kota", "Ketua DKK"),
        ("Kepala Bidang Seni Rupa", "Kepala BSR"),
    ]
    assert [p.name for p in find_people(paragraphs, definitions).persons()] == [
        "Rendra Pamungkas",
        "Sinta Lestari",
    ]


def test_a_capitalised_person_noun_before_one_place_word_is_not_a_person() -> None:
    index = people_of("“Perajin Sumenep sudah terampil, tinggal dibantu pemasarannya,” ujar Dewi Kartika.")
    assert [p.name for p in index.persons()] == ["Dewi Kartika"]
    index = people_of("Novelis Arya Permana mengatakan bukunya akan terbit bulan depan.")
    assert [(p.name, p.role) for p in index.persons()] == [("Arya Permana", "Novelis")]


# --------------------------------------------------------------------------- regional titles and names


def test_dotted_javanese_and_religious_titles_stay_with_the_name() -> None:
    index = people_of(
        "Pengageng keraton, R.M. Haryo Bimo Wicaksono, mengatakan pameran dibuka.",
        "Pengasuh pondok, K.H. Ahmad Mustofa, hadir. “Pusaka perlu dirawat dengan adab,” kata Mustofa.",
        "“Keris bukan sekadar senjata tajam bagi kami,” ujar Bimo.",
    )
    names = [p.name for p in index.persons()]
    assert names == ["R.M. Haryo Bimo Wicaksono", "K.H. Ahmad Mustofa"]
    assert index.resolve("Bimo") == "R.M. Haryo Bimo Wicaksono"


def test_a_doctor_of_engineering_with_degrees_is_one_person_and_degrees_are_nobody() -> None:
    [person] = persons("Kurator pameran, Dr. Eng. Rahmat Hidayatullah, S.T., M.T., menjelaskan hal itu.")
    assert person.name == "Dr. Eng. Rahmat Hidayatullah, S.T., M.T."
    names = [p.name for p in persons("Kepala Dinas Kebudayaan, Hj. Sri Lestari, M.Si., mengatakan itu.")]
    assert names == ["Hj. Sri Lestari, M.Si."]


def test_lower_case_medical_titles_open_a_name() -> None:
    [person] = persons("Kepala Puskesmas, dr. Siti Nurhaliza, mengatakan stok obat cukup.")
    assert person.name == "dr. Siti Nurhaliza"
    assert core_tokens("drg. Andi Pratama") == ("Andi", "Pratama")


def test_sasak_lalu_inside_a_name_and_the_later_short_mention() -> None:
    index = people_of(
        "Kepala Dinas Pariwisata, H. Lalu Muhammad Zainuddin, M.Si., mengatakan festival dibuka.",
        "“Tenun Sasak punya motif yang khas sekali,” ujar Zainuddin.",
        "Lalu Budi Santoso mengatakan pesanan naik.",
    )
    names = [p.name for p in index.persons()]
    assert names == ["H. Lalu Muhammad Zainuddin, M.Si.", "Budi Santoso"]
    assert index.resolve("Zainuddin") == "H. Lalu Muhammad Zainuddin, M.Si."


def test_batak_boru_marker_inside_a_name() -> None:
    index = people_of("Perajin warangka, Rosmawati br. Siregar, memperagakan cara mengukir.")
    [person] = index.persons()
    assert person.name == "Rosmawati br. Siregar"
    assert index.resolve("Rosmawati") == "Rosmawati br. Siregar"


def test_a_family_name_first_name_without_a_known_cue_is_completed_by_the_later_mention() -> None:
    index = people_of(
        "Peracik kopi asal Kyoto, Yamamoto Hiroshi, memperagakan teknik seduh dingin.",
        "“Seduhan dingin membuat rasanya lebih lembut,” kata Yamamoto.",
    )
    [person] = index.persons()
    assert person.name == "Yamamoto Hiroshi"
    assert "Yamamoto" in person.aliases


def test_a_hyphenated_double_surname_is_a_name_a_hyphenated_pair_of_places_is_not() -> None:
    names = [
        p.name for p in persons("Tempe sulit dicari, kata Sarah Wijaya-Hoffmann, warga diaspora di Berlin.")
    ]
    assert names == ["Sarah Wijaya-Hoffmann"]
    assert persons("Kerja sama Indonesia-Korea dibahas, kata Budi Santoso.")[0].name == "Budi Santoso"


def test_a_single_word_after_a_common_noun_is_a_place_or_people_not_a_person() -> None:
    found = persons(
        "Sementara itu musisi asal Irlandia mengatakan acaranya meriah.",
        "Perwakilan warga Garut menilai acara itu ramai. Kopi Toraja paling laris, ujar Yusuf.",
    )
    assert [p.name for p in found] == ["Yusuf"]


def test_a_street_named_after_someone_does_not_complete_a_one_word_name() -> None:
    index = people_of(
        "Kedai itu berada di Jalan Budi Utomo, dekat pasar.",
        "“Pelanggan kami kebanyakan mahasiswa dan pegawai kantor,” kata Budi.",
    )
    assert [p.name for p in index.persons()] == ["Budi"]


def test_a_participant_introduced_in_apposition() -> None:
    index = people_of(
        "Salah satu peserta, Rina Oktaviani, pemilik usaha batik di Desa Pilang, mengaku senang."
    )
    assert [(p.name, p.role) for p in index.persons()] == [("Rina Oktaviani", "peserta")]


# --------------------------------------------------------------------------- titles that are not names


def names_roles(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in persons(*paragraphs)]


def test_police_and_military_ranks_are_neither_name_nor_role() -> None:
    found = names_roles(
        "Kapolda Jawa Tengah Irjen Pol Ahmad Luthfi dan Pangdam IV Mayjen TNI Rudy Saladin hadir.",
        "Kabid Humas Polda Bali Kombes Pol Ni Luh Ayu Sari mengatakan pelaku sudah diamankan.",
        "Kapolri Jenderal Dedi Prasetyo menerima laporan itu.",
    )
    names = [n for n, _ in found]
    assert "Ahmad Luthfi" in names and "Rudy Saladin" in names and "Ni Luh Ayu Sari" in names
    assert ("Dedi Prasetyo", "Kapolri") in found
    assert not any(rank in n for n in names for rank in ("Irjen", "Mayjen", "Kombes", "Jenderal", "Pol"))


def test_a_regional_title_is_followed_by_its_region_before_the_name() -> None:
    found = names_roles(
        "Bupati Sleman Harda Kiswaya Putra dan Wakil Wali Kota Magelang Sri Harso meninjau lokasi.",
        "Rapat digelar di Kantor Bupati Sleman dan dihadiri Gubernur Bengkulu.",
    )
    assert [n for n, _ in found] == ["Harda Kiswaya Putra", "Sri Harso"]


def test_an_honorific_opens_the_name_after_an_organisation_in_the_role() -> None:
    found = names_roles("Ketua Umum PP Pemuda Nusantara Prof. Dr. Hasan Basri, M.Si. membuka acara.")
    assert [n for n, _ in found] == ["Prof. Dr. Hasan Basri, M.Si."]


def test_a_title_in_capitals_opening_the_lead_is_a_title() -> None:
    # ... written as the office is spelt (the capitals are the outlet's style for a lead's first word).
    assert names_roles("MENTERI Pertanian Rahmat Hidayat meninjau panen di Karawang.") == [
        ("Rahmat Hidayat", "Menteri Pertanian")
    ]


def test_a_nickname_given_after_the_full_name_is_the_same_person() -> None:
    index = people_of(
        "Mensos Gus Dur Hakim Lapor Presiden",
        "Menteri Sosial Abdurrahman Hakim atau Gus Dur Hakim menemui Presiden.",
        "Gubernur Jawa Barat Dedi Mulyadi, yang akrab disapa KDM, ikut hadir.",
        "“Kami siap membantu,” kata KDM.",
    )
    assert [(p.name, p.role) for p in index.persons()] == [
        ("Abdurrahman Hakim", "Menteri Sosial"),
        ("Dedi Mulyadi", "Gubernur Jawa Barat"),
    ]
    assert index.resolve("KDM") == "Dedi Mulyadi"


def test_spelling_variants_contractions_and_first_name_prefixes_are_one_person() -> None:
    found = names_roles(
        "Presiden Hendra Wijaya meresmikan pabrik bersama Menteri Perdagangan Enggartiasto Lukita.",
        "Hendrawi menyebut pabrik itu penting. Enggar mengatakan ekspor naik.",
        "Wakil Menteri Pertanian Sudaryono Rachmat hadir. Rahmat mengatakan panen baik.",
    )
    assert [n for n, _ in found] == ["Hendra Wijaya", "Enggartiasto Lukita", "Sudaryono Rachmat"]


def test_two_different_people_with_similar_short_names_stay_apart() -> None:
    found = names_roles(
        "Direktur Utama Bank Nusa Rosan Perkasa bertemu Kepala Dinas Roslan Hadi.",
        "Rosan mengatakan kredit naik. Roslan mengatakan dana siap.",
    )
    assert [n for n, _ in found] == ["Rosan Perkasa", "Roslan Hadi"]


def test_english_roles_and_speech_verbs_cue_people() -> None:
    found = names_roles(
        "Indonesia's Minister of Trade Budi Santoso met Japanese Embassy Chargé d’Affaires Kenji Sato.",
        "The fund's chief executive officer Anita Wijaya recently said the projects were ready.",
        "Sato expressed interest in more exchanges, CEO Says",
    )
    assert sorted(n for n, _ in found) == ["Anita Wijaya", "Budi Santoso", "Kenji Sato"]


def test_pak_a_name_a_second_name_sharing_a_title_and_a_name_before_its_title() -> None:
    found = names_roles(
        "Ia datang bersama Wamenkes Dante Saksono dan Benjamin Paulus Octavianus.",
        "Saya belajar dari Pak Candra Wijaya soal itu. Pak Menteri juga setuju.",
        "Harta kekayaan Joni Saputra Direktur Utama PT Sumber Rejeki dilaporkan naik.",
    )
    assert found == [
        ("Dante Saksono", "Wamenkes"),
        ("Benjamin Paulus Octavianus", "Wamenkes"),
        ("Pak Candra Wijaya", None),
        ("Joni Saputra", "Direktur Utama"),
    ]


def test_a_party_or_company_after_a_title_keeps_its_own_name_and_headlines_have_no_appositions() -> None:
    found = names_roles(
        "Menteri Kelautan Budi Hartono Tinjau Pelabuhan, Minta Kapal Segera Dipindah",
        "Sekjen Partai Demokrat itu menyebutkan banyak hal. Ketua Umum Partai Gerindra Sugiono Hadi hadir.",
    )
    names = [n for n, _ in found]
    assert "Sugiono Hadi" in names and not any("Minta" in n or "Demokrat" in n for n in names)


def test_a_name_run_into_a_headline_verb_is_the_person_of_the_body() -> None:
    found = names_roles(
        "Menteri PU Dodi Hartanto Geram saat Tinjau Jembatan Rusak di Desa",
        "Dodi mengaku kecewa dengan kontraktor.",
        "Menteri Pekerjaan Umum, Dodi Hartanto Wibisono meninjau jembatan itu pada Senin.",
    )
    assert [n for n, _ in found] == ["Dodi Hartanto Wibisono"]


def test_titles_of_regions_embassies_and_english_offices() -> None:
    found = names_roles(
        "Presiden Terpilih Gunawan Saputra bertemu Duta Besar RI untuk Jepang Sari Handayani.",
        "Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kemenkes Tono Raharjo ikut.",
        "Kepala Dinas Pariwisata Kabupaten Badung Made Sutama juga hadir.",
        "Bali Governor Nyoman Adi said the island was ready. Ambassador to Japan Sari Handayani agreed.",
    )
    assert sorted(n for n, _ in found) == [
        "Gunawan Saputra",
        "Made Sutama",
        "Nyoman Adi",
        "Sari Handayani",
        "Tono Raharjo",
    ]
    assert ("Sari Handayani", "Duta Besar RI untuk Jepang") in found


def test_a_full_name_after_oleh_or_yakni_closing_its_phrase_is_a_person() -> None:
    found = names_roles(
        "Jabatan itu kini dijabat oleh Rudi Hartawan Siregar yang sebelumnya memimpin bank.",
        "Ia menggantikan pejabat sebelumnya, yakni Linda Marpaung.",
        "Acara itu digelar oleh Dinas Pendidikan Kota dan diikuti oleh Sekolah Rakyat Nusantara lainnya.",
    )
    assert [n for n, _ in found] == ["Rudi Hartawan Siregar", "Linda Marpaung"]


def test_dan_inside_an_office_name_does_not_cut_the_office_from_its_holder() -> None:
    found = names_roles(
        "Direktur Penyakit Tular Vektor dan Zoonotik Kemenkes Rina Kusuma menambahkan data.",
        "Bupati Garut Rudy Gunawan dan Wakil Bupati Garut Helmi Budiman hadir.",
    )
    assert [n for n, _ in found] == ["Rina Kusuma", "Rudy Gunawan", "Helmi Budiman"]


def test_lower_case_office_words_cue_a_name_but_not_a_description() -> None:
    found = names_roles(
        "Situs itu menyerang calon wakil presiden 2019 Hendra Gunawan.",
        "Pernyataan itu disampaikan mantan presiden Persija Jakarta ini kepada wartawan.",
        "Rapat dihadiri Direktur Antar Lembaga, Siti Rahma, dan lainnya.",
    )
    assert [n for n, _ in found] == ["Hendra Gunawan", "Siti Rahma"]


def test_a_capitalised_item_of_a_list_is_not_an_apposition() -> None:
    found = names_roles(
        "Dialog dihadiri pendamping sosial, Pekerja Sosial Masyarakat, Karang Werdha, dan Pelopor Damai.",
        "Acara dibuka pemilik warung, Siti Aminah, yang sudah berjualan sejak 1990.",
    )
    assert [n for n, _ in found] == ["Siti Aminah"]


def test_a_title_case_caption_below_the_headline_still_names_its_person() -> None:
    found = names_roles(
        "Menteri Koperasi Tinjau Pasar, Minta Harga Segera Turun",
        "Ia meninjau pasar induk pada Senin.",
        "Menteri Koperasi, Andi Saputra Wijaya",
    )
    assert [n for n, _ in found] == ["Andi Saputra Wijaya"]


def test_a_nickname_in_quotation_marks_inside_the_name() -> None:
    index = people_of(
        "Governor Basuki “Ahok” Purnama opened the market on Monday.",
        "Ahok said the market would open every day.",
    )
    # The name as the text writes it in full, nickname included (the annotation convention).
    assert [(p.name, p.role) for p in index.persons()] == [("Basuki “Ahok” Purnama", "Governor")]
    assert index.resolve("Ahok") == "Basuki “Ahok” Purnama"
    assert index.resolve("Basuki Purnama") == "Basuki “Ahok” Purnama"


def test_regional_offices_keep_their_region_and_degrees_without_commas_end_the_name() -> None:
    index = people_of(
        "Bupati Sumbawa Ir. H. Arif Rahman, M.P. menyambut Bupati Bima Dedi Kurnia.",
        "Bupati Situbondo H. Dadang Wiryo SH memimpin upacara.",
        "Budi Santoso, sapaan akrab Bupati Sumbawa, ikut berpidato.",
        "Hadir pula Gus Rofiq, sapaan karib Dedi Kurnia.",
    )
    assert [(p.name, p.role) for p in index.persons()] == [
        ("Ir. H. Arif Rahman, M.P.", "Bupati Sumbawa"),
        ("Dedi Kurnia", "Bupati Bima"),
        ("H. Dadang Wiryo SH", "Bupati Situbondo"),
    ]
    assert index.resolve("Gus Rofiq") == "Dedi Kurnia"
    assert index.holder_of("Bupati Sumbawa") == 0


def test_an_abbreviated_given_name_with_a_full_stop_stays_inside_the_name() -> None:
    found = names_roles("Ketua TP PKK Ibu Ratna Sari Moh. Iqbal hadir bersama Bupati Bima Dedi Kurnia.")
    assert [n for n, _ in found] == ["Ibu Ratna Sari Moh. Iqbal", "Dedi Kurnia"]


def test_a_region_before_an_english_title_keeps_the_bracketed_credit_from_hiding_the_name() -> None:
    # A caption "Region Governor Name (Outlet)": the bracket is a credit, not an acronym of the
    # caption's words, so the holder's name is still a name further down.
    [person] = persons(
        "Papua Governor Yohanes Kareth (Harian)",
        "Papua governor Yohanes Kareth insisted he would not accept the list.",
        "“We will review it,” Kareth added.",
    )
    # The region written before an English title stays in the role, as written.
    assert (person.name, person.role) == ("Yohanes Kareth", "Papua Governor")


def test_hi_with_a_full_stop_is_a_haji_honorific_kept_in_the_name() -> None:
    index = people_of(
        "Bupati Tanjung Raya, Hi. Darman Suhadi, memimpin rapat pada Senin (3/2).",
        "Darman meminta dinas segera bergerak.",
    )
    [person] = index.persons()
    assert (person.name, person.role) == ("Hi. Darman Suhadi", "Bupati Tanjung Raya")
    assert index.resolve("Darman") == "Hi. Darman Suhadi"


def test_a_lower_case_regional_office_with_its_region_cues_the_name_after_a_comma() -> None:
    [first, second] = persons(
        "Ia akan turun bersama wakil gubernur Sulbar, Hj Rina Paramita ke kabupaten.",
        "Sementara itu bupati Tanjung Raya, Darman Suhadi menyambut rombongan.",
    )
    assert (first.name, first.role) == ("Hj Rina Paramita", "wakil gubernur Sulbar")
    assert (second.name, second.role) == ("Darman Suhadi", "bupati Tanjung Raya")


def test_initials_without_a_final_full_stop_stay_inside_the_name() -> None:
    index = people_of(
        "Menteri Luar Negeri RI, Sinta K.W Hadiprojo, membenarkan rencana itu.",
        "Sinta akan berada di Canberra pekan depan.",
    )
    [person] = index.persons()
    assert (person.name, person.role) == ("Sinta K.W Hadiprojo", "Menteri Luar Negeri")
    assert index.resolve("Sinta") == "Sinta K.W Hadiprojo"


def test_the_form_with_initials_is_the_fuller_name() -> None:
    # A caption gives the short form first; the body then writes the name with its initials.
    [person] = persons(
        "Menteri Luar Negeri Sinta Hadiprojo menyambut tamunya.",
        "Menteri Luar Negeri Sinta K.W. Hadiprojo mengadakan pertemuan bilateral.",
    )
    assert person.name == "Sinta K.W. Hadiprojo"
    assert "Sinta Hadiprojo" in person.aliases


def test_a_lower_case_office_with_its_body_cues_the_name_after_a_comma() -> None:
    [person] = persons(
        "Informasi dari juru bicara Kementerian Kelautan, Arif Wirananda, menyebut jadwal berubah.",
    )
    assert (person.name, person.role) == ("Arif Wirananda", "juru bicara Kementerian Kelautan")


def test_a_comma_and_a_weekday_after_a_regional_office_and_name_keep_the_name() -> None:
    [person] = persons("“Kami siap,” kata bupati Darman Suhadi, Selasa (3/2).")
    assert person.name == "Darman Suhadi"


def test_a_title_with_one_word_typed_in_lower_case_still_names_its_holder() -> None:
    [first, second] = persons(
        "Menteri luar Negeri Sinta K.W. Hadiprojo mengadakan pertemuan.",
        "Sebelumnya Kepala dinas Pariwisata Arif Wirananda membuka pameran.",
    )
    assert (first.name, first.role) == ("Sinta K.W. Hadiprojo", "Menteri luar Negeri")
    assert (second.name, second.role) == ("Arif Wirananda", "Kepala dinas Pariwisata")


def test_a_country_or_province_between_the_title_and_the_name_belongs_to_the_role() -> None:
    [first, second, third] = persons(
        "Ia bertemu Menteri Luar Negeri Uni Komoro Ahmed Salim Bakar di Jakarta.",
        "Acara itu dihadiri Deputy Governor of Bangka Belitung Rudi Hartono.",
        "Hadir pula Duta Besar Selandia Baru Emma Clarke.",
    )
    assert (first.name, first.role) == ("Ahmed Salim Bakar", "Menteri Luar Negeri Uni Komoro")
    assert (second.name, second.role) == ("Rudi Hartono", "Deputy Governor of Bangka Belitung")
    assert third.name == "Emma Clarke"


def test_a_lower_case_person_word_then_a_body_or_country_then_the_name() -> None:
    [first, second] = persons(
        "Usul itu juga didukung anggota DPR RI Hasan Wiratmaja, namun belum cukup.",
        "Ia juga bertemu menteri luar negeri Timor Leste Joao Belo Soares di sela sidang.",
    )
    assert (first.name, first.role) == ("Hasan Wiratmaja", "anggota DPR RI")
    assert (second.name, second.role) == ("Joao Belo Soares", "menteri luar negeri Timor Leste")


def test_a_name_after_a_title_and_comma_with_degrees_without_dots_and_a_title_like_last_word() -> None:
    [person] = persons("Kepala Bidang Logistik, Rizal Adi Utama SE MSi mengatakan stok cukup.")
    assert person.name == "Rizal Adi Utama SE MSi"
    assert person.role == "Kepala Bidang Logistik"


def test_a_balinese_name_after_an_office_and_its_region_starts_at_i_or_ni() -> None:
    [first, second] = persons(
        "Kepala Dinas Pariwisata Sukamaju I Made Arta membuka acara.",
        "Hadir pula Wakil Bupati Tanjung Raya Ni Luh Sekar Wangi.",
    )
    assert first.name == "I Made Arta"
    assert second.name == "Ni Luh Sekar Wangi"


def test_codes_with_digits_and_opening_prepositions_are_not_name_words() -> None:
    vocab = Vocabulary.build([])
    assert not vocab.name_like(Unit("G20", 0, 3, "word", ""))
    assert not vocab.name_like(Unit("Terkait", 0, 7, "word", ""))
    assert vocab.name_like(Unit("Sinta", 0, 5, "word", ""))
    names = [p.name for p in persons("Terkait G20, Menlu Sinta Hadiprojo bertemu Peserta G20 di Bali.")]
    assert names == ["Sinta Hadiprojo"]


def test_honorifics_in_capitals_without_dots_stay_in_the_name() -> None:
    [first, second] = persons(
        "“Wisata kita akan maju,” kata Gubernur Sulbar, Prof HM Darman Suhadi, dalam diskusi.",
        "Bupati Sukamaju HM Arif Wirananda hadir.",
    )
    assert first.name == "Prof HM Darman Suhadi"
    assert (second.name, second.role) == ("HM Arif Wirananda", "Bupati Sukamaju")


def test_an_address_after_an_office_is_not_a_person() -> None:
    assert persons("Ia berkunjung ke kantor Gubernur NTT Jalan Merdeka Raya, Kupang.") == []


def test_portfolio_word_after_dan_is_part_of_the_role() -> None:
    [person] = persons(
        "Kepala Bidang Pencegahan dan Mitigasi Darto mengatakan, tim sudah berada di lokasi.",
        "Menurut Darto, air mulai surut.",
    )
    assert (person.name, person.role) == ("Darto", "Kepala Bidang Pencegahan dan Mitigasi")


def test_place_of_several_words_after_kota_is_not_the_name() -> None:
    [person] = persons(
        "“Posko dibuka malam ini,” kata Kepala BPBD Kabupaten Kubu Raya Sri Wulandari di Sungai Raya."
    )
    assert person.name == "Sri Wulandari"
    [other] = persons("“Posko dibuka malam ini,” kata Kapolres Kubu Raya Darmawan Putra.")
    assert other.name == "Darmawan Putra"


def test_regional_form_of_address_names_the_person_introduced_before() -> None:
    [person] = persons(
        "Bupati Tanjung Raya, Darto Wibowo, meninjau pasar.",
        "Mas Darto menegaskan, pedagang akan ditata ulang.",
        "Cak Darto mengatakan, pasar dibuka pekan depan.",
    )
    assert person.name == "Darto Wibowo"
    assert {"Mas Darto", "Cak Darto"} <= set(person.aliases)


def test_misspelt_repeat_with_office_spelt_otherwise_is_one_person() -> None:
    [person] = persons(
        "Wali Kota Sukamaju Hendra Saputtra membuka rapat.",
        "“Rapat ini penting,” ujar Walikota Sukamaju Hendra Saputra.",
    )
    assert person.name == "Hendra Saputtra"  # the first full mention's spelling
    assert person.role == "Wali Kota Sukamaju"


def test_capitalised_speech_verb_after_a_quote_is_not_part_of_the_name() -> None:
    [person] = persons("“Kami siaga,” Kata Sulastri Wulandari, Senin (3/2).")
    assert person.name == "Sulastri Wulandari"


def test_stated_full_name_replaces_the_short_name_used_before() -> None:
    [person] = persons(
        "Gubernur Jambi Darwo membuka acara.",
        "Tokoh yang bernama lengkap Sudarwo Hadinata itu lalu menyapa warga.",
        "“Layani warga,” kata Darwo.",
    )
    assert (person.name, person.role) == ("Sudarwo Hadinata", "Gubernur Jambi")
    assert "Darwo" in person.aliases


def test_sentence_openers_documents_and_numbers_are_not_people() -> None:
    found = persons(
        "Wali Kota Sukamaju Hendra Saputra membuka rapat.",
        "Pihaknya memperkirakan antrean memanjang hingga sore.",
        "Setelahnya, Wali Kota mengajak lurah membersihkan selokan.",
        "Maka, Wali Kota menegaskan posko dibuka malam ini.",
        "Bupati Terbitkan Tiga Surat Edaran Baru",
    )
    assert [p.name for p in found] == ["Hendra Saputra"]


def test_place_after_a_comma_is_not_an_apposed_name() -> None:
    found = persons("Rapat digelar di Kantor Gubernur Jambi, Kubu Raya, pada Senin pagi.")
    assert found == []


def test_list_inside_a_role_before_the_apposed_name() -> None:
    [person] = persons(
        "Kepala Pusat Data, Statistik dan Arsip Dinas Sosial, Sri Handayani, menyebut tenda sudah terpasang."
    )
    assert person.name == "Sri Handayani"


def test_river_basin_acronym_is_not_a_role() -> None:
    assert persons("Daerah Aliran Sungai (DAS) Kahuripan meluap, begitu pula DAS Sukamaju di hilir.") == []


def test_name_after_a_rank_behind_an_unknown_office_abbreviation() -> None:
    [person] = persons(
        "“Pasukan siap,” kata Kabidpropam Polda Sukamaju Kombes Pol Darto Wibowo, Senin (3/2)."
    )
    # "Kabidpropam" is read as an office abbreviation (Ka-bid-…): the body after it is its organisation.
    assert (person.name, person.role, person.organization) == (
        "Darto Wibowo",
        "Kabidpropam",
        "Polda Sukamaju",
    )


def test_hospital_named_after_a_doctor_is_part_of_the_role() -> None:
    index = people_of(
        "“Ruang isolasi penuh,” timpal Kepala Humas RSUD dr Sukamaju Darto Wibowo.",
        "Kata Darto, pasien baru dirujuk ke rumah sakit lain.",
    )
    [person] = index.persons()
    assert (person.name, person.role) == ("Darto Wibowo", "Kepala Humas")
    assert person.organization is not None and person.organization.endswith("Sukamaju")
    assert [m.person for m in index.mentions] == [0, 0]


def test_english_title_with_the_before_the_country_and_full_ambassador_title() -> None:
    [person] = persons(
        "The handover was attended by Indonesian Ambassador to the UAE Sudarto Wirya on Monday.",
        "Sudarto was appointed Ambassador Extraordinary and Plenipotentiary by the President in May.",
    )
    assert (person.name, person.role) == ("Sudarto Wirya", "Ambassador to the UAE")


def test_english_name_then_lower_case_role_then_speech_verb() -> None:
    [person] = persons(
        "Ratna Wulandari, director of consular affairs at the Ministry of Trade, told reporters it reopens."
    )
    assert (person.name, person.role) == (
        "Ratna Wulandari",
        "director of consular affairs at the Ministry of Trade",
    )


def test_english_title_of_the_body_closed_by_its_acronym_then_the_name() -> None:
    [person] = persons(
        "Present was the Deputy Chairperson of the Sukamaju Chamber of Trade (Kadin) Ratna Widjaja Sukmana."
    )
    assert person.name == "Ratna Widjaja Sukmana"
    assert person.role is not None and person.role.startswith("Deputy Chairperson of the Sukamaju Chamber")


def test_leader_a_government_is_named_after_is_a_person() -> None:
    [person] = persons("Program ini andalan pemerintahan Hendra Wijaya untuk keluarga miskin.")
    assert person.name == "Hendra Wijaya"


# ---------------------------------------------------------------- linear work (issue 15)
# A fuzzed 18 kB page took 4 s in people detection: splitting a run at every "dan" looked at the
# whole rest of the run, the name merges compared every person with every other, and the subject
# of a sentence was searched from the sentence's start for every name in it. The work is counted
# (function calls under cProfile), not timed: an input four times as long must cost about four
# times as much, where quadratic work costs sixteen times.


def _made_up_words(count: int) -> list[str]:
    syllables = [c + v for c in "bdfgklmnprstw" for v in "aeiou"]
    return [
        (syllables[i % 65] + syllables[(i // 65) % 65] + syllables[(i // 4225) % 65]).capitalize()
        for i in range(count)
    ]


def _titled_dan(chars: int) -> str:
    w = _made_up_words(2 * chars // 10)
    return " dan ".join(f"Menteri {w[2 * i]} {w[2 * i + 1]}" for i in range(len(w) // 2))[:chars] + "."


def _untitled_dan(chars: int) -> str:
    w = _made_up_words(2 * chars // 10)
    return "Menteri " + " dan ".join(f"{w[2 * i]} {w[2 * i + 1]}" for i in range(len(w) // 2))[:chars] + "."


def _shared_first_name(chars: int) -> str:
    return " ".join(f"Menteri Budi {w} hadir." for w in _made_up_words(chars // 15))[:chars]


def _name_run(chars: int) -> str:
    return " ".join(_made_up_words(chars // 6))[:chars] + "."


def _counted_calls(text: str) -> int:
    import cProfile
    import pstats

    from briefgen.extract.index import PeopleIndex as Index

    paragraphs = ["Menteri Kebudayaan Fadli Zon meresmikan galeri baru.", text]
    profiler = cProfile.Profile()
    profiler.enable()
    index: Index = people_of(*paragraphs)
    index.note_subjects(paragraphs, [])
    profiler.disable()
    return int(pstats.Stats(profiler).total_calls)  # type: ignore[attr-defined]


@pytest.mark.parametrize("make", [_titled_dan, _untitled_dan, _shared_first_name, _name_run])
def test_people_detection_does_linear_work(make: Callable[[int], str]) -> None:
    small, large = _counted_calls(make(5_000)), _counted_calls(make(20_000))
    assert large / small < 6, (small, large)


def test_an_article_naming_thousands_registers_the_first_hundred() -> None:
    text = _titled_dan(40_000)
    index = people_of(text)
    assert len(index.people) == MAX_PEOPLE
    assert index.overflow > 0
    first = _made_up_words(2)
    assert index.people[0].name == " ".join(first)
    assert index.people[0].role == "Menteri"


def test_a_run_is_cut_after_max_run_units() -> None:
    runs = find_runs(_name_run(2_000))
    assert max(len(r.units) for r in runs) == MAX_RUN_UNITS
    assert sum(len(r.units) for r in runs) == len(_name_run(2_000).split())


def test_an_article_naming_too_many_people_says_so() -> None:
    from briefgen.extract import extract
    from briefgen.model import Article

    article = Article(source="x.txt", title="Uji", paragraphs=[_titled_dan(20_000)])
    facts = extract(article)
    assert len(facts.people) <= MAX_PEOPLE
    assert any(f"more than {MAX_PEOPLE} people" in w for w in facts.warnings)


def test_a_regions_short_form_before_a_name_belongs_to_the_role() -> None:
    # "Kukar", "Kotim", "Bursel" are the conventional short forms of regencies (region-abbreviations.csv).
    for region in ("Kukar", "Kotim", "Bursel", "Halsel", "Malra"):
        [person] = persons(f"Kepala Dinas Pariwisata {region} Darto Wibisono membuka acara itu.")
        assert person.name == "Darto Wibisono", region
        assert person.organization == f"Dinas Pariwisata {region}"


def test_a_name_that_is_not_a_regions_short_form_is_kept_whole() -> None:
    # "Madina" (Mandailing Natal) is left out of the list: it is as often a given name.
    [person] = persons("Kepala Dinas Pariwisata Kukar Madina Lestari membuka acara itu.")
    assert person.name == "Madina Lestari"
    [other] = persons("Kepala Dinas Pariwisata Kukar, Sekar Ayu Lestari, membuka acara itu.")
    assert other.name == "Sekar Ayu Lestari"


def test_a_headline_verb_after_a_titled_name_is_not_a_name() -> None:
    # "Resmikan", "Pastikan": a stem with -kan is a headline's verb, never a person's name.
    index = people_of(
        "Wali Kota Sukamaju Darto Wibisono Resmikan Pasar Ikan Baru",
        "Wali Kota Sukamaju Darto Wibisono meresmikan pasar itu pada Senin.",
        "Bupati Resmikan Gedung Serba Guna Kelurahan",
    )
    assert [p.name for p in index.persons()] == ["Darto Wibisono"]


def test_a_rank_and_corps_before_a_name_are_in_neither_the_name_nor_the_role() -> None:
    for rank in ("Kolonel Pnb", "Letkol Inf", "Mayjen TNI", "Kombes Pol", "Letda Czi"):
        [person] = persons(f"Komandan Pangkalan Sukamaju {rank} Darto Wibisono meninjau lokasi.")
        assert person.name == "Darto Wibisono", rank
        assert "Pnb" not in (person.role or "") and "Inf" not in (person.role or "")


def test_a_building_named_after_someone_is_no_person() -> None:
    # "RSUD dr. <name>", "Bandara <name>", "Jalan <name>": the namesake of a building or a street.
    index = people_of(
        "Direktur RSUD dr. Hasan Wirabumi, Sekar Ayu Lestari, meninjau ruang tunggu pada Senin.",
        "RSUD dr. Hasan Wirabumi berkomitmen memperbaiki layanan.",
        "Kepala Bandara Sultan Darmawangsa Budi Hartanto mengatakan landasan diperpanjang.",
        "Respons cepat Direktur RSUD dr. Hasan Wirabumi ini dipuji warga.",
    )
    assert sorted(p.name for p in index.persons()) == ["Budi Hartanto", "Sekar Ayu Lestari"]


def test_a_person_also_named_alone_is_kept_beside_a_building_of_the_same_name() -> None:
    index = people_of(
        "Warga berkumpul di Gedung Darto Wibisono pada Senin.",
        "Darto Wibisono mengatakan gedung itu dibangun keluarganya.",
    )
    assert [p.name for p in index.persons()] == ["Darto Wibisono"]


def test_the_building_after_a_title_is_not_its_holder() -> None:
    # "Direktur Rumah Sukamaju": the words after a building's word name the building.
    assert persons("Direktur Rumah Sehat Sukamaju meninjau ruang rawat.") == []
    [person] = persons("Direktur Rumah Sakit Sukamaju, Sekar Ayu Lestari, meninjau ruang rawat.")
    assert person.name == "Sekar Ayu Lestari"


def test_a_headline_verb_then_its_object_is_not_a_name() -> None:
    # "Camat Bagikan Stok Beras": the verb after a title opens a clause, not a name.
    assert persons("Gubernur Suruh Camat dan Lurah Bagikan Stok Beras untuk Warga") == []


def test_a_title_joined_by_a_hyphen_is_not_part_of_the_name() -> None:
    [person] = persons("He was summoned by President-elect Darto Wibisono to his residence on Monday.")
    assert person.name == "Darto Wibisono"
    assert person.role == "President-elect"


def test_a_misspelt_secretary_title_is_still_read_as_the_title() -> None:
    [person] = persons("Hadir pula Sekertaris Daerah Provinsi Sulbar Darto Wibisono dan para kepala dinas.")
    assert (person.name, person.role) == ("Darto Wibisono", "Sekertaris Daerah Provinsi Sulbar")


def test_programme_titles_and_abstract_nouns_are_not_names() -> None:
    found = persons(
        "Pemerintah menggelar Review Sukamaju-Nusantara Economic Partnership Agreement tahun ini.",
        "Program Resettlement Nelayan dimulai bulan depan, kata Darto Wibisono.",
    )
    assert [p.name for p in found] == ["Darto Wibisono"]


def test_a_relative_named_by_a_full_name_is_a_person() -> None:
    [person] = persons("Tak hanya itu, suami Sekar Ayu Lestari ini juga meminta setiap dinas responsif.")
    assert person.name == "Sekar Ayu Lestari"
    assert persons("Kelompok Anak Jalanan Sukamaju menggelar pentas di alun-alun.") == []


def test_a_second_title_after_a_titled_name_and_dan_opens_the_next_role() -> None:
    found = persons(
        "Turut mendampingi menteri yakni Juru Bicara Kemlu Darto Wibisono dan Dirjen Asia Pasifik"
        " dan Afrika, Sekar Lestari."
    )
    assert [(p.name, p.role) for p in found] == [
        ("Darto Wibisono", "Juru Bicara"),
        ("Sekar Lestari", "Dirjen Asia Pasifik dan Afrika"),
    ]
    # One title with a portfolio list keeps the whole role.
    [person] = persons("Wakil Ketua dan Anggota Komisi Pangan, Budi Santoso, hadir.")
    assert person.name == "Budi Santoso"


def test_regional_office_abbreviations_are_titles() -> None:
    found = persons(
        "Kadisdag Sukamaju Sekar Lestari menyebut harga beras naik.",
        "Kasi Stabilisasi Harga Disdag Sukamaju, Yudi Prasetyo, menambahkan stok cukup.",
        "Kalak BPBD Sukamaju, Dedi Kurnia, mengatakan banjir surut.",
        "Menurut Wulan Sari, harga cabai turun pekan ini.",
    )
    assert [(p.name, p.role) for p in found] == [
        ("Sekar Lestari", "Kadisdag Sukamaju"),
        ("Yudi Prasetyo", "Kasi Stabilisasi Harga"),
        ("Dedi Kurnia", "Kalak"),
        ("Wulan Sari", None),
    ]
    # Given names that open like an abbreviation ("Kasim", "Kasih") stay names.
    [person] = persons("Kepala Dinas Sosial Kasim Hartono meninjau posko.")
    assert person.name == "Kasim Hartono"


def test_names_cued_by_a_passive_verb_a_quantified_role_or_selaku() -> None:
    found = persons(
        "Hal tersebut dikatakan Darto Wibisono saat ditemui di lokasi.",
        "Sekar Lestari, salah satu pembeli, mengaku terbantu.",
        "Andi Pratama selaku Kepala UPTD Pasar menyampaikan jadwal.",
    )
    assert [(p.name, p.role) for p in found] == [
        ("Darto Wibisono", None),
        ("Sekar Lestari", "salah satu pembeli"),
        ("Andi Pratama", "Kepala"),
    ]
    assert found[2].organization == "UPTD Pasar"
    # A person noun opening a headline in title case is no role of a name.
    assert persons("Pembeli Serbu Pasar Murah Jelang Lebaran di Sukamaju") == []


def test_the_portfolio_after_a_units_word_is_not_part_of_the_name() -> None:
    [person] = persons("Kepala Seksi Distribusi Sekar Lestari mengatakan ada lima ton beras.")
    assert (person.name, person.role) == ("Sekar Lestari", "Kepala Seksi Distribusi")


def test_agents_of_passive_verbs_and_people_listed_after_including() -> None:
    found = persons(
        "Kegiatan itu dipimpin Darto Wibisono sejak pagi.",
        "The operation was led by Sekar Lestari, the office's secretary.",
        "Officials, including Budi Hartanto, checked the stock.",
    )
    assert [p.name for p in found] == ["Darto Wibisono", "Sekar Lestari", "Budi Hartanto"]
    assert found[1].role == "the office's secretary"


def test_a_role_in_apposition_then_any_verb_cues_a_full_name() -> None:
    found = persons(
        "Ny Wulan Sari, istri Bupati, membagikan paket sembako.",
        "Rina Marlina, a rice seller at the market, said buyers were many.",
    )
    assert [(p.name, p.role) for p in found] == [
        ("Ny Wulan Sari", "istri Bupati"),
        ("Rina Marlina", "a rice seller at the market"),
    ]


def test_a_modifier_then_a_title_after_and_opens_another_person() -> None:
    found = persons("Deputy Governor Agus Salim and Regional Secretary Tono Hartono attended the event.")
    assert [(p.name, p.role) for p in found] == [
        ("Agus Salim", "Deputy Governor"),
        ("Tono Hartono", "Regional Secretary"),
    ]


def test_initials_without_full_stops_inside_or_after_a_name() -> None:
    found = persons(
        "The Indonesian Minister of Foreign Affairs, Sekar LP Lestari, met her counterpart.",
        "Wali Kota Sukamaju Budi HN meresmikan pasar.",
    )
    assert [p.name for p in found] == ["Sekar LP Lestari", "Budi HN"]
    # Capitals a list knows stay what they are: a rank, a degree, a body.
    [ranked] = persons("Kapolres Sukamaju AKBP Darto Wibisono SH hadir di DPRD.")
    assert ranked.name == "Darto Wibisono SH"


def test_an_acting_officials_abbreviated_office_is_followed_by_its_region() -> None:
    [person] = persons("Plt Kadisdag Sukamaju Sekar Lestari meninjau lokasi.")
    assert (person.name, person.role) == ("Sekar Lestari", "Plt Kadisdag Sukamaju")


def test_the_clause_after_menurut_name_is_no_role() -> None:
    [person] = persons("Menurut Bu Rina Marlina, pembeli ramai sejak pagi.")
    assert (person.name, person.role) == ("Bu Rina Marlina", None)


def test_committee_words_and_branch_heads_of_state_companies() -> None:
    found = persons(
        "Ketua Panitia Agus Salim menyebut ada seribu paket.",
        "Penyuluh pertanian, Dedi Kurnia, mendampingi petani.",
        "Pimpinan Wilayah Bulog Kalbar Tono Hartono meninjau gudang.",
    )
    assert [(p.name, p.role) for p in found] == [
        ("Agus Salim", "Ketua"),
        ("Dedi Kurnia", "Penyuluh pertanian"),
        ("Tono Hartono", "Pimpinan Wilayah"),
    ]
    assert found[0].organization == "Panitia"  # a committee is a body, as "Kelompok Tani …" is


def test_a_short_surname_with_a_latinate_ending_is_a_name() -> None:
    # "Nasution" (a common Batak surname) and "Clement" end like abstract nouns (-tion, -ment);
    # only longer words of those endings are never names ("Resettlement", "Partnership").
    assert names_roles(
        "Kepala Dinas Pendidikan Provinsi Sumatera Utara Rudi Nasution, akan memanggil kepala sekolah."
    ) == [("Rudi Nasution", "Kepala")]
    assert [n for n, _ in names_roles("Pemain asing Arif Clement mengatakan timnya siap bertanding.")] == [
        "Arif Clement"
    ]
    assert [
        n for n, _ in names_roles("Menteri Rudi Hartono membuka Review Economic Partnership pekan ini.")
    ] == ["Rudi Hartono"]


def test_english_headline_verbs_are_never_name_words() -> None:
    # "Energy Minister <Name> Opens the …": a title-case headline verb glued to the name made the
    # speaker "<Name> Opens".
    from briefgen.extract.roles import never_a_name

    assert all(never_a_name(w) for w in ("Opens", "Urges", "Says", "Inaugurates", "Welcomes"))
    assert not any(never_a_name(w) for w in ("Hartono", "Wulandari", "Nasution", "Clement", "Moses"))


def test_a_rank_after_the_comma_of_an_office_opens_no_name() -> None:
    """``Kapolres <place>, AKBP <name> <verb>``: the rank stands between the office and the name."""
    [person] = persons(
        "Perintah itu diberikan Kapolres Sukamaju Kota, AKBP Darto Wibisono kepada anggotanya.",
    )
    assert (person.name, person.role) == ("Darto Wibisono", "Kapolres Sukamaju Kota")
    [second] = persons("Kasat Reskrim Polres Sukamaju, AKP Budi Hartono Wijaya mengatakan hal itu.")
    assert second.name == "Budi Hartono Wijaya"


def test_a_noun_for_a_receiver_after_a_verb_of_saying_is_no_name() -> None:
    names = [p.name for p in persons("“Kami siap,” terang Penerima penghargaan itu kepada wartawan.")]
    assert "Penerima" not in names


def test_a_title_case_relative_clause_after_an_office_names_no_one() -> None:
    """``Kabid Yang Lama``: the former head, an adjective, not a person called Lama."""
    assert persons("Data tahun lalu dipegang oleh Kabid Yang Lama, bukan oleh saya.") == []


def test_a_name_word_spelt_with_one_edit_or_a_doubled_letter_is_the_same_person() -> None:
    index = people_of(
        "Bupati Sukamaju, Hidayatullah Wibisono, membuka rapat.",
        "Rapat dipimpin Bupati Hidayattulah dan Bupati Hidayatulah.",
    )
    assert [p.name for p in index.persons()] == ["Hidayatullah Wibisono"]
    assert index.resolve("Bupati Hidayatullahh") == "Hidayatullah Wibisono"
    assert index.resolve("Bupati Hidayat") is None  # a different, shorter name is no variant


def test_one_name_word_with_degrees_after_an_office_and_a_comma() -> None:
    [person] = persons("Kepala Seksi Kurikulum, Darmono SH mengatakan jadwal sudah siap.")
    assert (person.name, person.role) == ("Darmono SH", "Kepala Seksi Kurikulum")


@pytest.mark.parametrize(
    ("sentence", "name", "role", "organization"),
    [
        # A body's regional office named by one regency the gazetteer knows, then the holder.
        (
            "“Semua saksi hadir,” kata Kasi Intelijen Kejari Bantul Budi Santoso.",
            "Budi Santoso",
            "Kasi Intelijen",
            "Kejari Bantul",
        ),
        (
            "Ketua Bawaslu Bantul Rina Lestari menerima laporan itu.",
            "Rina Lestari",
            "Ketua",
            "Bawaslu Bantul",
        ),
        (
            "Kepala Dinas Pendidikan Bantul Sri Wulandari membuka acara.",
            "Sri Wulandari",
            "Kepala",
            "Dinas Pendidikan Bantul",
        ),
        # Prosecutors and investigators are titled before their body and name.
        ("JPU KPK Darto S Wibowo mengatakan, pihaknya menunggu saksi.", "Darto S Wibowo", "JPU", "KPK"),
        ("Jaksa KPK Budi Hartono membacakan dakwaan.", "Budi Hartono", "Jaksa", "KPK"),
        (
            "Penyidik Kejaksaan Agung Andi Pratama memeriksa berkas.",
            "Andi Pratama",
            "Penyidik",
            "Kejaksaan Agung",
        ),
    ],
)
def test_law_and_election_bodies_and_their_regional_offices(
    sentence: str, name: str, role: str, organization: str
) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role, person.organization) == (name, role, organization)


def test_supreme_offices_keep_their_given_name_words() -> None:
    # "Agung" and "Muda" are given names elsewhere; after "Kejaksaan"/"Jaksa" they name the office,
    # even when the article defines the body's acronym first.
    [person] = persons("Jaksa Agung Budi Santoso meninjau berkas.")
    assert (person.name, person.role) == ("Budi Santoso", "Jaksa Agung")
    index = people_of(
        "Tim Kejaksaan Agung (Kejagung) akan memanggil saksi.",
        "Sekretaris di Jaksa Agung Muda bidang Intelijen, Darto menjelaskan rencana itu.",
    )
    assert all("Muda" not in p.name for p in index.persons())


def test_one_word_after_a_body_is_a_name_when_too_few_words_remain() -> None:
    # "Bima" is a regency, but here it opens a two-word name: only one word would remain.
    [person] = persons("Ketua Umum PAN Bima Arya hadir di Jakarta.")
    assert person.name == "Bima Arya"


def test_english_unit_and_building_words_are_not_names() -> None:
    [person] = persons(
        '"We are ready," said Head of the KPK Public Relations Section Budi Santoso on Monday.'
    )
    assert (person.name, person.role) == ("Budi Santoso", "Head of the KPK Public Relations Section")
    # A building in English, followed by "said", is not a speaker.
    assert persons("An official at the Presidential Palace said the list was final.") == []


def test_a_rank_word_joined_by_of_names_a_body() -> None:
    # "General" is a rank, but "Directorate General of …" is a body, not an office and its holder.
    assert (
        persons(
            "The ministry will reform the Directorate General of Budget and the Directorate General of Ports."
        )
        == []
    )


def test_regional_short_forms_are_not_names() -> None:
    assert persons("Dinas yang lambat yakni Setkab Sukamaju, Dinsos, dan Bappeda.") == []
    [person] = persons(
        "Kepala Pelaksana BPBD Prov. sukamaju melalui Kepala Bidang Pencegahan Budi Santoso menjelaskan."
    )
    assert person.name == "Budi Santoso"


def test_a_full_name_set_off_by_the_body_it_is_from() -> None:
    [person] = persons("Rina Lestari, dari Dinas Pertanian Kabupaten Sukamaju, mengecek harga cabai.")
    assert (person.name, person.organization) == ("Rina Lestari", "Dinas Pertanian Kabupaten Sukamaju")
    assert persons("Harga di Jakarta, dari Dinas Pertanian diperoleh data baru.") == []


def test_a_body_after_a_lower_case_office_may_be_named_by_its_area() -> None:
    # "Bukit" opens a place's name: the body's area, not its head's name.
    assert persons("Bawaslu memanggil ketua PPK Bukit Indah non aktif untuk memberi penjelasan.") == []
    [person] = persons("Ia bertemu anggota DPRD Bantul Budi Santoso di sana.")
    assert (person.name, person.role) == ("Budi Santoso", "anggota DPRD Bantul")


def test_two_titled_holders_joined_after_degrees_and_an_honorific_after_a_regional_title() -> None:
    first, second = persons(
        "Menteri itu didampingi Gubernur Jatim Budi Santoso SE dan Wali Kota Ir Andi Wijaya MM"
        " serta Kapolda Jatim."
    )
    assert (first.name, first.role) == ("Budi Santoso SE", "Gubernur Jatim")
    assert (second.name, second.role) == ("Ir Andi Wijaya MM", "Wali Kota")


@pytest.mark.parametrize(
    ("sentence", "name", "role", "organization"),
    [
        (
            "Director General of Taxes Budi Santoso said revenue rose.",
            "Budi Santoso",
            "Director General of Taxes",
            None,
        ),
        (
            "The Director General of Customs and Excise Rina Lestari said the rules were clear.",
            "Rina Lestari",
            "Director General of Customs and Excise",
            None,
        ),
        (
            "Komisioner KPU Bantul Darto Wibowo menjelaskan jadwalnya.",
            "Darto Wibowo",
            "Komisioner",
            "KPU Bantul",
        ),
        ("Ketua Majelis Hakim Andi Pratama membacakan putusan.", "Andi Pratama", "Ketua", "Majelis Hakim"),
        (
            "Serah terima dilakukan oleh Kuasa Usaha Ad Interim Sri Wulandari kepada duta besar baru.",
            "Sri Wulandari",
            "Kuasa Usaha Ad Interim",
            None,
        ),
    ],
)
def test_offices_of_tax_courts_elections_and_missions(
    sentence: str, name: str, role: str, organization: str | None
) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role, person.organization) == (name, role, organization)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Politikus PDIP Budi Santoso mengkritik rencana itu.", "Budi Santoso", "Politikus PDIP"),
        (
            "Hal itu dikatakan politisi Partai Maju Rina Lestari di Jakarta.",
            "Rina Lestari",
            "politisi Partai Maju",
        ),
    ],
)
def test_a_person_noun_then_a_body_then_the_name(sentence: str, name: str, role: str) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role) == (name, role)


def test_a_body_named_after_a_person_noun_is_not_a_name() -> None:
    # After "Polda" or "PT" the next words are the body's own name, not a holder's.
    assert persons("Kasus itu ditangani penyidik Ditreskrimsus Polda Metro Jaya pekan lalu.") == []
    assert persons("Produk itu disamarkan oleh importir PT Cahaya Abadi sejak Mei.") == []


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Marine Affairs and Fisheries Minister Budi Santoso said the plan was ready.",
            "Marine Affairs and Fisheries Minister",
        ),
        ("Indonesian Finance Minister Budi Santoso said the plan was ready.", "Indonesian Finance Minister"),
        ("Tax Director General Budi Santoso said the plan was ready.", "Tax Director General"),
    ],
)
def test_an_english_title_keeps_the_portfolio_written_before_it(sentence: str, role: str) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role) == ("Budi Santoso", role)


def test_names_listed_after_a_person_are_people() -> None:
    found = persons("Hari ini KPK memanggil Budi Santoso, Rina Lestari, dan Darmanto.")
    assert [p.name for p in found] == ["Budi Santoso", "Rina Lestari", "Darmanto"]
    # A comma closing a clause does not open a list.
    assert [p.name for p in persons("Kata Budi Santoso, Pasien Baru dirujuk ke rumah sakit lain.")] == [
        "Budi Santoso"
    ]


def test_common_misspellings_of_gubernur_are_the_title() -> None:
    [person] = persons(
        "Kepala sekolah yang baru dilantik Gebernur Jawa Tengah Budi Santoso hadir.",
        "Gebernur meminta agar kepala sekolah bekerja keras.",
    )
    assert (person.name, person.role) == ("Budi Santoso", "Gebernur Jawa Tengah")
    [person] = persons("Gubenur Jawa Tengah Rina Lestari membuka acara itu.")
    assert (person.name, person.role) == ("Rina Lestari", "Gubenur Jawa Tengah")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Bupati Sukamaju Barat (Sukbar), Kalteng, Rahmawati membuka pameran itu.", "Rahmawati", "Bupati"),
        ("Wali Kota Pelangi, Jawa Timur, Budi Harsono meresmikan pasar baru.", "Budi Harsono", "Wali Kota"),
        (
            "Kata Kepala Desa (Kades) Sukajaya, Kecamatan Lembah Hijau, Wulan Sari kepada warga.",
            "Wulan Sari",
            "Kepala",
        ),
    ],
)
def test_the_province_between_commas_stands_between_the_office_and_its_holder(
    sentence: str, name: str, role: str
) -> None:
    [person] = persons(sentence)
    assert person.name == name
    assert person.role is not None and person.role.startswith(role)


def test_a_title_and_the_body_of_its_holder_name_the_holder_not_a_new_person() -> None:
    index = people_of(
        "Rektor Unsuka, Dr Wirawan Hadi, membuka rapat pimpinan kampus pagi itu.",
        "Target itu bagian dari gagasan Unsuka Juara yang dicanangkan kampus.",
        "Rektor Unsuka meminta semua dosen bekerja serius.",
    )
    assert [p.name for p in index.persons()] == ["Dr Wirawan Hadi"]
    assert index.holders_of("Rektor Unsuka") == [0]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Sekretaris Daerah Provinsi Jambi TM Rizal Akbar membuka rapat itu.", "TM Rizal Akbar"),
        ("Rapat dipimpin Ketua DPRD Kota Sukamaju HR Budi Wirawan pagi tadi.", "HR Budi Wirawan"),
        ("Kepala Bappeda Jember YP Darmawan menyerahkan dokumen.", "YP Darmawan"),
    ],
)
def test_initials_without_stops_before_a_name_belong_to_the_name(sentence: str, name: str) -> None:
    assert [p.name for p in persons(sentence)] == [name]


def test_a_portfolio_s_letters_after_a_title_and_a_roman_numeral_are_not_initials() -> None:
    names = [p.name for p in persons("Menteri LH Sari Wulandari dan Asisten III Darto Hadi hadir di sana.")]
    assert names == ["Sari Wulandari", "Darto Hadi"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Wakil Bupati Habib Said Abdul Karim membuka acara itu.", "Habib Said Abdul Karim"),
        (
            "Kepala Dinas Pariwisata Kota Sukamaju Anak Agung Ayu Sri Wulan meninjau pantai.",
            "Anak Agung Ayu Sri Wulan",
        ),
        ("Camat Tengku Said Mahmud menerima bantuan beras.", "Tengku Said Mahmud"),
    ],
)
def test_a_descent_title_opens_the_name_and_the_word_after_it_is_a_name(sentence: str, name: str) -> None:
    assert [p.name for p in persons(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Bupati didampingi Asisten I Wulan Sari saat sidak.", "Wulan Sari", "Asisten I"),
        ("Wakil Ketua II Darto Hadi memimpin sidang paripurna.", "Darto Hadi", "Wakil Ketua II"),
        ("Kepala Dinas Pariwisata I Made Arta membuka festival.", "I Made Arta", "Kepala"),
    ],
)
def test_a_roman_numeral_after_a_title_numbers_the_office_not_the_name(
    sentence: str, name: str, role: str
) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role) == (name, role)


def test_holders_named_before_sebagai_and_an_acting_title_in_a_list_of_appointments() -> None:
    found = persons(
        "Menteri melantik dua pejabat, yakni Budi Hartono sebagai Penjabat Gubernur Sulawesi Barat"
        " dan Sari Wulandari sebagai Penjabat Gubernur Maluku Utara."
    )
    assert [(p.name, p.role) for p in found] == [
        ("Budi Hartono", "Penjabat Gubernur Sulawesi Barat"),
        ("Sari Wulandari", "Penjabat Gubernur Maluku Utara"),
    ]


def test_an_acting_holder_s_title_after_sebagai_is_the_role() -> None:
    [person] = persons("Bupati menunjuk Dedi Rahmat sebagai Pelaksana Tugas Kepala Dinas Pendidikan.")
    assert (person.name, person.role, person.organization) == (
        "Dedi Rahmat",
        "Pelaksana Tugas Kepala",
        "Dinas Pendidikan",
    )


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Dedi Kurniawan, Indonesian Ambassador to Qatar, said the embassy would help.",
            "Dedi Kurniawan",
            "Indonesian Ambassador",
        ),
        (
            "Rina Kartika, Coordinating Minister of Human Development, said two provinces will join.",
            "Rina Kartika",
            "Coordinating Minister of Human Development",
        ),
    ],
)
def test_a_name_then_an_english_title_with_its_modifier_after_a_comma(
    sentence: str, name: str, role: str
) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    ("paragraph", "name", "acronym"),
    [
        (
            "Hal itu disadari oleh Bupati Sukamaju, Anton Wiryo Saputro (AWS). Ia meminta ASN netral.",
            "Anton Wiryo Saputro",
            "AWS",
        ),
        ("Menurut Kepala Dinas Pendidikan, Rina Lestari (RL), sekolah dibuka lagi.", "Rina Lestari", "RL"),
    ],
)
def test_a_holder_after_a_title_and_a_comma_keeps_the_name_before_its_short_form(
    paragraph: str, name: str, acronym: str
) -> None:
    assert [p.name for p in persons(paragraph)] == [name]
    assert acronym not in [o.acronym for o in organizations([paragraph], find_definitions([paragraph]))]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Kabid Pengendalian Penduduk dan KB Dinkes Kaltim Rudi Hartanto mengatakan stunting turun.",
            "Rudi Hartanto",
        ),
        ("Kasi Pemberdayaan Koperasi dan UMKM Kaltim Sari Wulan mengatakan pelatihan dibuka.", "Sari Wulan"),
    ],
)
def test_dan_and_a_portfolio_s_letters_after_a_nominal_s_object_go_on_naming_the_office(
    sentence: str, name: str
) -> None:
    assert [p.name for p in persons(sentence)] == [name]


@pytest.mark.parametrize("title", ["Mensesneg", "Menseskab", "Mendes", "MenPPPA", "Menristek", "Menhut"])
def test_a_minister_s_short_title_before_a_name_in_a_caption(title: str) -> None:
    found = persons(
        f"Menteri Pertahanan Budi Santoso (tengah) bersama {title} Darto Wiryo (kanan) sebelum foto bersama."
    )
    assert [(p.name, p.role) for p in found] == [
        ("Budi Santoso", "Menteri Pertahanan"),
        ("Darto Wiryo", title),
    ]


@pytest.mark.parametrize("ordinal", ["Pertama", "Ketiga", "Keempat", "Kelima", "Terakhir"])
def test_an_enumeration_word_before_a_comma_and_a_title_is_no_name(ordinal: str) -> None:
    found = persons(
        "Menteri Perdagangan Budi Santoso membuka pameran di Medan.",
        f"{ordinal}, Menteri meninjau gerai kopi dari Aceh.",
    )
    assert [p.name for p in found] == ["Budi Santoso"]


def test_a_delegation_word_before_a_name_is_no_part_of_it() -> None:
    found = persons(
        "Rombongan Santosa tiba di Medan pada Senin pagi.",
        "Dubes Santosa akan bertemu warga pada Selasa.",
    )
    assert [p.name for p in found] == ["Santosa"]


@pytest.mark.parametrize("country", ["Perancis", "Prancis"])
def test_both_spellings_of_france_after_an_ambassador_s_title_are_no_part_of_the_name(country: str) -> None:
    found = persons(f"Presiden menerima Duta Besar LBBP {country} Pierre Durand di Istana Merdeka.")
    assert [(p.name, p.role) for p in found] == [("Pierre Durand", "Duta Besar")]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Kepala Dinas Perdagangan, Koperasi, dan UKM Sutrisno menyebutkan pasar ini memiliki 500 lapak.",
            "Sutrisno",
            "Kepala Dinas Perdagangan, Koperasi, dan UKM",
        ),
        (
            "Kepala Dinas Perdagangan, Koperasi dan UKM Budi Sutrisno menyebutkan pasar ini dibuka besok.",
            "Budi Sutrisno",
            "Kepala Dinas Perdagangan, Koperasi dan UKM",
        ),
        (
            "Kepala Dinas Kebudayaan, Pemuda, dan Pariwisata Sutrisno, mengatakan festival digelar Juli.",
            "Sutrisno",
            "Kepala Dinas Kebudayaan, Pemuda, dan Pariwisata",
        ),
    ],
)
def test_a_title_whose_portfolio_list_commas_cut_then_a_one_word_name_or_a_sector_s_letters(
    sentence: str, name: str, role: str
) -> None:
    assert [(p.name, p.role) for p in persons(sentence)] == [(name, role)]


def test_a_one_word_place_after_a_title_s_portfolio_list_is_no_name() -> None:
    found = persons("Kepala Dinas Perdagangan, Koperasi, dan UKM Bandung menyebutkan pasar ini dibuka.")
    assert "Bandung" not in [p.name for p in found]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Kami mempertemukan Presiden Rusia Ivan Petrov dan Amerika Serikat (AS) John Miller.",
            ("Ivan Petrov", "Presiden Rusia"),
            ("John Miller", None),
        ),
        (
            "Menteri Luar Negeri Indonesia Sari Dewi dan Jepang Taro Yamada menandatangani nota.",
            ("Sari Dewi", "Menteri Luar Negeri Indonesia"),
            ("Taro Yamada", None),
        ),
    ],
)
def test_one_office_in_two_countries_joined_by_dan_names_two_holders(
    sentence: str, first: tuple[str, str], second: tuple[str, None]
) -> None:
    assert [(p.name, p.role) for p in persons(sentence)] == [first, second]


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum was attended by the Chairman of Sukamaju Tourism Board and local guides.",
        "The forum was attended by the General Secretary of Sukita and local guides.",
        "The forum was attended by the Chairman of the Sukamaju Guide Association and local guides.",
    ],
)
def test_an_english_title_of_a_body_with_no_holder_named_is_no_person(sentence: str) -> None:
    assert persons(sentence) == []


def test_an_english_title_of_a_body_then_the_holder_s_name_is_still_read() -> None:
    found = persons("The Head of the Sukamaju Tourism Board Made Wirawan opened the forum.")
    assert [p.name for p in found] == ["Made Wirawan"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Presiden menerima Duta Besar LBBP Republik Kepulauan Solomon Peter Kenilorea di Istana.",
            "Peter Kenilorea",
        ),
        ("Bupati Kepulauan Selayar Andi Rahman meninjau dermaga baru.", "Andi Rahman"),
    ],
)
def test_the_word_after_kepulauan_names_the_islands_not_the_holder(sentence: str, name: str) -> None:
    assert [p.name for p in persons(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Duta Besar Indonesia untuk Kroasia, Budi Santosa melakukan kunjungan kerja ke Medan.",
            "Budi Santosa",
        ),
        ("Duta Besar RI untuk Peru, Komjen Pol (Purn) Santosa ZP tiba di Lima pada Senin.", "Santosa ZP"),
    ],
)
def test_an_ambassador_s_country_then_the_name_after_a_comma(sentence: str, name: str) -> None:
    [person] = persons(sentence)
    assert person.name == name
    assert person.role is not None and person.role.startswith("Duta Besar")


@pytest.mark.parametrize("verb", ["Menghadap", "Menyambangi", "Membujuk", "Mendatangi"])
def test_a_headline_s_men_verb_between_a_title_and_a_name_is_no_name_word_and_gives_no_role(
    verb: str,
) -> None:
    found = persons(
        f"Mendag {verb} Sukarta di Istana, Bahas Harga Beras",
        "Menteri Perdagangan Budi Santoso mengatakan harga beras stabil setelah bertemu Sukarta.",
    )
    assert sorted((p.name, p.role) for p in found) == [
        ("Budi Santoso", "Menteri Perdagangan"),
        ("Sukarta", None),
    ]


@pytest.mark.parametrize("name", ["Mentari Putri", "Mendy Saputra", "Megawati Lestari", "Carlos Mendonca"])
def test_given_names_that_open_like_a_men_verb_stay_names(name: str) -> None:
    assert [p.name for p in persons(f"Kepala Dinas Pariwisata {name} membuka festival.")] == [name]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Penjabat Gubernur Sukamaju Darto Wibowo meninjau pasar.",
            "Darto Wibowo",
            "Penjabat Gubernur Sukamaju",
        ),
        (
            "Pelaksana Tugas Kepala Dinas Sosial, Rina Lestari, membuka acara.",
            "Rina Lestari",
            "Pelaksana Tugas Kepala",
        ),
        (
            "Pejabat Sementara Bupati Sukamaju Darto Wibowo hadir.",
            "Darto Wibowo",
            "Pejabat Sementara Bupati Sukamaju",
        ),
        # "of" binds the region to the office: the role reads as written, not "Acting Regent Sukamaju".
        (
            "Acting Regent of Sukamaju Darto Wibowo opened the fair.",
            "Darto Wibowo",
            "Acting Regent of Sukamaju",
        ),
        (
            "Perdana Menteri Australia Darto Wibowo tiba di Jakarta.",
            "Darto Wibowo",
            "Perdana Menteri Australia",
        ),
        # "Sementara" alone opens a sentence ("meanwhile"): no acting holder.
        ("Sementara Mendagri Darto Wibowo hanya tersenyum.", "Darto Wibowo", "Mendagri"),
    ],
)
def test_the_words_for_an_acting_holder_before_a_title_stay_in_the_role(
    sentence: str, name: str, role: str
) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role) == (name, role)


def test_an_acting_title_defined_with_its_region_s_short_form_is_a_role_not_a_body() -> None:
    # "(Jabar)" abbreviates the region: the phrase before it is the acting governor's title.
    sentence = "Penjabat Gubernur Jawa Barat (Jabar), Darto Wibowo, meninjau pasar."
    [person] = persons(sentence)
    assert (person.name, person.role) == ("Darto Wibowo", "Penjabat Gubernur Jawa Barat")
    [definition] = find_definitions([sentence])
    assert definition.kind == "role"


@pytest.mark.parametrize(
    ("paragraphs", "names"),
    [
        (["Pada era Darto Wibowo-Rina Dewi Lestari, anggaran naik."], ["Darto Wibowo", "Rina Dewi Lestari"]),
        (
            ["Wali Kota dan Wakil Wali Kota Sukamaju, Darto Wibowo-Rina Lestari (DARI), mulai bekerja."],
            ["Darto Wibowo", "Rina Lestari"],
        ),
        # The opening word of the sentence, written in lower case elsewhere, is no part of the name.
        (
            ["Pasangan Darto Wibowo-Rina Lestari dilantik kemarin.", "Kedua pasangan itu menang."],
            ["Darto Wibowo", "Rina Lestari"],
        ),
        # The pair's short form in brackets defines no body: the names stay names.
        (
            [
                "Pasangan Darto Wibowo-Rina Dewi Lestari (DARI) dilantik kemarin.",
                "Darto Wibowo lalu berpidato.",
            ],
            ["Darto Wibowo", "Rina Dewi Lestari"],
        ),
        # The pair's short form is neither person.
        (
            ["Pasangan Darto Wibowo-Rina Lestari dilantik.", "Program Darto-Rina dimulai pekan depan."],
            ["Darto Wibowo", "Rina Lestari"],
        ),
    ],
)
def test_two_full_names_joined_by_a_hyphen_are_two_people(paragraphs: list[str], names: list[str]) -> None:
    assert sorted(p.name for p in persons(*paragraphs)) == sorted(names)


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "Wali Kota dan Wakil Wali Kota Sukamaju, Darto Wibowo-Rina Dewi Lestari, meresmikan pasar baru.",
            {"Darto Wibowo": "Wali Kota Sukamaju", "Rina Dewi Lestari": "Wakil Wali Kota Sukamaju"},
        ),
        (
            "Panitia menyebut Bupati dan Wakil Bupati Sleman, Darto Wibowo dan Rina Lestari, dilantik besok.",
            {"Darto Wibowo": "Bupati Sleman", "Rina Lestari": "Wakil Bupati Sleman"},
        ),
        (
            "The Governor and Deputy Governor, Darto Wibowo and Rina Lestari, opened the new market.",
            {"Darto Wibowo": "Governor", "Rina Lestari": "Deputy Governor"},
        ),
        (
            "Voters await a swearing-in for Governor-Deputy Governor of Central Java elected Darto "
            "Wibowo-Rina Lestari next week.",
            {"Darto Wibowo": "Governor of Central Java", "Rina Lestari": "Deputy Governor of Central Java"},
        ),
    ],
)
def test_one_title_and_its_deputy_written_once_go_to_the_two_holders_in_order(
    sentence: str, roles: dict[str, str]
) -> None:
    assert {p.name: p.role for p in persons(sentence)} == roles


def test_a_title_shared_by_two_holders_leaves_a_role_the_text_gives_alone() -> None:
    first = "Menteri Pangan Darto Wibowo hadir di pasar."
    [alone] = persons(first)
    shared = "Ketua dan Wakil Ketua Panitia, Darto Wibowo dan Rina Lestari, menyambut tamu."
    people = {p.name: p.role for p in persons(first, shared)}
    assert alone.role == "Menteri Pangan"
    assert people == {"Darto Wibowo": "Menteri Pangan", "Rina Lestari": "Wakil Ketua Panitia"}


def test_a_hyphen_inside_one_name_keeps_the_name_whole() -> None:
    [person] = persons("Menlu Kroasia Ana Kovac-Horvat bertemu mitranya.")
    assert person.name == "Ana Kovac-Horvat"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("House Speaker Darto Wibowo had agreed to the proposal.", "Speaker"),
        ("The group reported House Deputy Speaker Darto Wibowo to the ethics council.", "Deputy Speaker"),
        ("Deputy Speaker Darto Wibowo said on Tuesday that he would not allow it.", "Deputy Speaker"),
    ],
)
def test_a_speaker_of_parliament_is_a_title_not_a_name_word(sentence: str, role: str) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role) == ("Darto Wibowo", role)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ketua Komisi Anggaran Said Rahmat memimpin rapat itu.", "Said Rahmat"),
        ("Wakil Gubernur Sukamaju, Said Hamdani membuka pameran batik.", "Said Hamdani"),
        ("Menurut Umar Said Fadli, harga gabah naik pekan ini.", "Umar Said Fadli"),
    ],
)
def test_a_given_name_that_spells_an_english_verb_is_a_name_word_before_another(
    sentence: str, name: str
) -> None:
    assert [p.name for p in persons(sentence)] == [name]


def test_an_english_headline_verb_said_after_a_name_stays_out_of_it() -> None:
    assert [p.name for p in persons("Minister Budi Santoso Said Opens New Market")] == []


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Dewi Anggraini, head of the Sukamaju disaster mitigation office, said that rain would continue.",
            "head of the Sukamaju disaster mitigation office",
        ),
        (
            "Dewi Anggraini, chief of the provincial health agency, told reporters the clinics were open.",
            "chief of the provincial health agency",
        ),
    ],
)
def test_an_english_head_of_a_body_after_the_name_and_a_verb_of_saying(sentence: str, role: str) -> None:
    assert [(p.name, p.role) for p in persons(sentence)] == [("Dewi Anggraini", role)]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # A rank abbreviated with its full stop still leads into the name, outside it.
        (
            "Apel dipimpin Kapolsek Depok Iptu. Wahyu Pratama di halaman mapolsek.",
            "Wahyu Pratama",
            "Kapolsek Depok",
        ),
        (
            "Hadir pula Kapolres Sleman AKBP. Yuswanto Ardi, SIK., bersama jajarannya.",
            "Yuswanto Ardi, SIK.",
            "Kapolres Sleman",
        ),
        # "KBP", the older short form of Kombes, is a rank.
        (
            "Pengamanan dipimpin Kapolresta Sleman KBP Hadi Kurniawan, S.I.K. sejak pagi.",
            "Hadi Kurniawan, S.I.K.",
            "Kapolresta Sleman",
        ),
        # A form of address between the office and the name belongs to neither.
        (
            "Usai apel, Bupati Sleman Bapak Ir. H. Kustini Purnomo menyapa warga.",
            "Ir. H. Kustini Purnomo",
            "Bupati Sleman",
        ),
        # The number of a military unit stays with its commander's title.
        (
            "Turut hadir Dandim 0732 Sleman Letkol Inf Anton Wibisono, S.H. di lapangan.",
            "Anton Wibisono, S.H.",
            "Dandim 0732 Sleman",
        ),
        # Village-level officers are titles before a rank and a name.
        ("Kegiatan didampingi Bhabinsa Serda Tri Wahyudi dan warga desa.", "Tri Wahyudi", "Bhabinsa"),
        (
            "Bantuan diserahkan Sekdaprov Jambi Sudirman Hasan kepada warga.",
            "Sudirman Hasan",
            "Sekdaprov Jambi",
        ),
        # "of" binds the body to an English title: the role reads as written.
        (
            "The forum was opened by the Director General of Rural Development Anton Wibisono.",
            "Anton Wibisono",
            "Director General of Rural Development",
        ),
    ],
)
def test_ranks_forms_of_address_and_unit_numbers_between_office_and_name(
    sentence: str, name: str, role: str
) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role) == (name, role)


def test_a_title_after_para_or_seluruh_names_a_group_not_a_person() -> None:
    # "para Kepala Instansi Vertikal": the office's holders as a group; the holder named next is kept.
    found = persons(
        "Hadir para Kepala Instansi Vertikal dan seluruh Kepala Puskesmas se-Kabupaten Sleman.",
        "Acara dibuka Bupati Sleman Kustini Purnomo.",
    )
    assert [(p.name, p.role) for p in found] == [("Kustini Purnomo", "Bupati Sleman")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister of Religious Affairs, Culture, and Tourism Darto Wibowo opened the forum.",
        "Indonesia’s Minister of Religious Affairs, Culture, and Tourism Darto Wibowo opened the forum.",
    ],
)
def test_an_article_or_a_possessive_may_open_a_title_whose_portfolios_commas_cut(sentence: str) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role) == (
        "Darto Wibowo",
        "Minister of Religious Affairs, Culture, and Tourism",
    )
