"""Merging the names of one person written several ways (``extract/names.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import PeopleIndex, find_people


def people_of(*paragraphs: str) -> PeopleIndex:
    return find_people(list(paragraphs), find_definitions(list(paragraphs)))


def test_a_contraction_with_the_office_abbreviated_is_the_same_person() -> None:
    # The full title once, its abbreviation with the short name later: one office, one person.
    index = people_of(
        "Menteri Perhubungan Darmawan Sukaryo meresmikan terminal baru.",
        "Menhub Darsuk mengatakan terminal itu dibangun dua tahun.",
    )
    [person] = index.persons()
    assert person.name == "Darmawan Sukaryo"
    assert "Darsuk" in person.aliases
    assert index.resolve("Darsuk") == "Darmawan Sukaryo"


def test_different_offices_keep_two_people_apart() -> None:
    index = people_of(
        "Menteri Perhubungan Darmawan Sukaryo meresmikan terminal baru.",
        "Mendag Darsuk mengatakan ekspor naik.",
    )
    assert [p.name for p in index.persons()] == ["Darmawan Sukaryo", "Darsuk"]


def test_a_headline_name_run_into_a_verb_joins_the_body_person_it_shares_words_with() -> None:
    # The title-case headline runs "Sinta" into the verb; the body has her full name and "Sinta".
    index = people_of(
        "Sidang Berlanjut, Menteri Sinta Gelar 6 Pertemuan",
        "Menteri Luar Negeri Sinta Hadiprojo menyambut tamunya.",
        "Pada hari kedua, Menteri bertemu enam delegasi.",
        "“Kerja sama ini kami lanjutkan tahun depan,” kata Sinta.",
    )
    assert [p.name for p in index.persons()] == ["Sinta Hadiprojo"]
    assert index.resolve("Sinta") == "Sinta Hadiprojo"


def test_teaser_lines_for_other_stories_add_no_person() -> None:
    index = people_of(
        "Menteri Kesehatan Budi Hartono meninjau rumah sakit di Medan, Senin (3/2).",
        "Budi mengatakan layanan sudah membaik.",
        "Pasien Demam Lalu Pulang 3 Pekan Setelah Dirawat, Kadinkes: Kondisi Stabil",
        "Menkes Bilang Kopi Tidak Baik? Ini Jawabannya!",
        "Sepuluh Nama Unggulan Pimpinan WHO, Menkes Budi Nomor Satu!",
        "Ia menambahkan, pemeriksaan akan diperluas.",
    )
    [person] = index.persons()
    assert person.name == "Budi Hartono"
    assert index.resolve("Budi") == "Budi Hartono"


def test_a_caption_naming_someone_only_there_still_names_a_person() -> None:
    index = people_of(
        "Menteri Kesehatan Budi Hartono meninjau rumah sakit di Medan, Senin (3/2).",
        "Wakil Menteri Kesehatan, Danu Saksana Hardjono, Bersama Tenaga Medis di Bangsal Anak",
        "Budi mengatakan layanan sudah membaik.",
    )
    assert [p.name for p in index.persons()] == ["Budi Hartono", "Danu Saksana Hardjono"]


def test_the_pages_credit_line_names_no_person() -> None:
    index = people_of(
        "Menteri Kelautan Darman Suhadi meninjau dermaga pada Senin (3/2).",
        "Redaktur & Reporter : M. Sari Wulandari",
        "Silakan baca berita lainnya.",
    )
    assert [p.name for p in index.persons()] == ["Darman Suhadi"]


def test_an_office_no_one_holds_goes_to_the_one_name_word_subject() -> None:
    text = [
        "Mendag melakukan kunjungan kerja ke pasar induk pada Senin (3/2).",
        "Darmono memastikan pasokan beras aman sampai akhir tahun.",
        "“Harga akan kami jaga,” ujar Mendag.",
    ]
    index = people_of(*text)
    assert [(p.name, p.role) for p in index.persons()] == [("Darmono", "Mendag")]
    assert index.resolve("Mendag") == "Darmono"


def test_a_common_noun_opening_a_sentence_holds_no_office() -> None:
    # "Pedagang" is also written in lower case: a common noun, not the minister's name.
    index = people_of(
        "Mendag melakukan kunjungan kerja ke pasar induk pada Senin (3/2).",
        "Pedagang mengeluhkan harga cabai. Para pedagang meminta bantuan.",
    )
    assert index.persons() == []
    # The office is held by someone introduced with it: no second holder.
    held = people_of(
        "Menteri Perdagangan Sari Utami melakukan kunjungan kerja ke pasar induk.",
        "Darmono memastikan pasokan beras aman. Mendag mengaku puas.",
    )
    assert [p.name for p in held.persons()] == ["Sari Utami"]


def test_a_company_written_between_its_heads_title_and_name() -> None:
    index = people_of(
        "Menteri Koperasi Sari Utami bersama CEO Lumbungkita Darma Wicaksana di Jakarta.",
        "Hal itu disampaikan Sari dalam siaran Podcast Lumbungkita pada Jumat.",
    )
    assert [(p.name, p.organization) for p in index.persons()] == [
        ("Sari Utami", None),
        ("Darma Wicaksana", "Lumbungkita"),
    ]
    # The first name word written alone elsewhere is the person's own: the name stays whole.
    whole = people_of(
        "CEO Putra Darma Wicaksana meninjau gudang pada Jumat.",
        "Menurut Putra Darma Wicaksana, gudang itu baru. Kata Pak Putra, gudang itu dibangun warga.",
    )
    assert [p.name for p in whole.persons()] == ["Putra Darma Wicaksana"]


def test_the_translators_credit_names_no_person_of_the_story() -> None:
    index = people_of(
        "Konsul Jenderal Darto Wibisono melepas rombongan di pelabuhan pada Sabtu.",
        "Penerjemah: Sekar A, Bayu Lestanto",
    )
    assert [p.name for p in index.persons()] == ["Darto Wibisono"]
    # A translator named in the story itself is a person of it.
    story = people_of(
        "Konsul Jenderal Darto Wibisono melepas rombongan di pelabuhan pada Sabtu.",
        "Penerjemah KJRI, Bayu Lestanto, mendampingi para pekerja.",
    )
    assert "Bayu Lestanto" in [p.name for p in story.persons()]


def test_a_single_name_word_cut_off_at_the_end_of_the_text_is_no_person() -> None:
    index = people_of(
        "Menteri Kelautan Darman Suhadi meninjau dermaga pada Senin (3/2).",
        "Ia juga bertemu Menteri Perikanan Sekar Ayu dan Sekretaris Negar",
    )
    assert [p.name for p in index.persons()] == ["Darman Suhadi", "Sekar Ayu"]
    caption = people_of(
        "Menteri Kelautan Darman Suhadi meninjau dermaga pada Senin (3/2).",
        "Menteri Perikanan, Sekar Ayu Lestari",
    )
    assert [p.name for p in caption.persons()] == ["Darman Suhadi", "Sekar Ayu Lestari"]


def test_listed_nickname_joins_the_full_name_only_when_both_are_written() -> None:
    both = ["Gubernur Jambi Basuki Tjahaja Purnama meninjau waduk.", "“Waduk harus bersih,” kata Ahok."]
    [person] = find_people(both, find_definitions(both)).persons()
    assert (person.name, person.aliases) == ("Basuki Tjahaja Purnama", ["Ahok"])
    alone = ["“Waduk harus bersih,” kata Ahok."]
    assert [p.name for p in find_people(alone, find_definitions(alone)).persons()] == ["Ahok"]


def test_a_reporters_credit_without_a_colon_names_no_person_of_the_story() -> None:
    index = find_people(
        [
            "Laporan Wartawan Warta Sukamaju, Sekar Ayu Lestari",
            "Kepala Dinas Sosial Darto Wibisono meninjau posko pada Senin.",
        ],
        [],
    )
    assert [p.name for p in index.persons()] == ["Darto Wibisono"]


def test_english_wire_credits_name_no_person_of_the_story() -> None:
    index = find_people(
        [
            "Trade Minister Darto Wibisono said exports would grow.",
            "Reporting by Sekar Lestari",
            "Editing by Budi Hartanto",
        ],
        [],
    )
    assert [p.name for p in index.persons()] == ["Darto Wibisono"]


def test_a_nickname_in_quotation_marks_stays_in_the_name_when_a_plain_form_comes_later() -> None:
    index = people_of(
        'Governor Sutrisno "Tris" Hartono visited the flooded villages on Monday.',
        "Governor Sutrisno Hartono or Tris asked the regents to prepare shelters.",
    )
    [person] = index.persons()
    assert person.name == 'Sutrisno "Tris" Hartono'
    assert {"Sutrisno Hartono", "Tris"} <= set(person.aliases)
    assert index.resolve("Tris") == 'Sutrisno "Tris" Hartono'


def test_words_next_to_a_year_are_a_month_a_period_or_an_era_not_a_person() -> None:
    index = people_of(
        "Masa jabatan Kepala Daerah Kota Sukamaju berakhir Juli 2025, kata Wali Kota Sukamaju Budi Santoso.",
        "Ia berfoto bersama pengurus KONI Sukamaju Masa Bakti 2021-2025 di pendopo.",
        "Memasuki Ramadhan 1445 Hijriah, warga berbagi takjil, kata Juli Astuti, warga setempat.",
    )
    assert [p.name for p in index.persons()] == ["Budi Santoso", "Juli Astuti"]


def test_a_name_on_its_own_line_next_to_a_credit_word_is_the_page_s_staff() -> None:
    index = people_of(
        "Menkes Minta DPR Dukung UU Kesehatan",
        "thumbnail-author",
        "Moh. Dimas",
        "Penulis",
        "Editor",
        "Sari Lestari",
        "Menteri Kesehatan Budi Santoso meminta DPR mendukung undang-undang itu.",
        "Moh. Arifin, warga setempat, mendukung rencana itu.",
    )
    assert [p.name for p in index.persons()] == ["Budi Santoso", "Moh. Arifin"]


def test_a_regional_office_s_region_read_into_the_name_is_taken_out_when_the_text_names_it_a_city() -> None:
    index = people_of(
        "SUKAMAJU - Walikota Sukamaju Darto mengingatkan seluruh OPD untuk mempercepat pembangunan.",
        "Demikian disampaikan Darto usai rapat di Aula Pemerintah Kota Sukamaju, Rabu (2/3).",
        "Bupati Rina Wulandari hadir dalam rapat itu.",
    )
    assert [(p.name, p.role) for p in index.persons()] == [
        ("Darto", "Walikota Sukamaju"),
        ("Rina Wulandari", "Bupati"),
    ]


@pytest.mark.parametrize(
    "written", ["Bambang “Bams” Sutrisno", "Bambang “Bams ” Sutrisno", "Bambang “ Bams” Sutrisno"]
)
def test_a_nickname_in_quotation_marks_inside_a_name_is_one_person_spaces_inside_the_marks_dropped(
    written: str,
) -> None:
    index = people_of(
        f"“We are ready,” said the minister after a meeting chaired by President {written} in Jakarta.",
        "President Bams is scheduled to attend the summit.",
    )
    assert [(p.name, p.role) for p in index.persons()] == [("Bambang “Bams” Sutrisno", "President")]
    assert index.resolve("Bams") == "Bambang “Bams” Sutrisno"


def test_a_hospital_named_after_someone_is_no_person_and_its_namesake_test_is_exact() -> None:
    # Invented text: the name written only after a hospital's acronym and a title is the hospital's.
    index = people_of(
        "Pasien dirawat di RSUD dr. Sutomo Wiryo sejak pekan lalu, kata Direktur Rina Wulandari.",
        "RSUD dr. Sutomo Wiryo berkomitmen melayani warga, ujar Rina Wulandari.",
    )
    assert [p.name for p in index.people] == ["Rina Wulandari"]
    from briefgen.extract.index import Mention
    from briefgen.extract.names import _may_be_namesake

    text = "Sutomo datang ke RSUD dr. Sutomo Wiryo."
    whole = Mention(paragraph=0, start=0, end=len(text), person=0, text=text)
    assert _may_be_namesake(text, whole, "Sutomo")  # the second place the word is written
    assert not _may_be_namesake(text, Mention(0, 0, 6, 0, "Sutomo"), "Sutomo")
    assert not _may_be_namesake(text, whole, "Wulandari")


_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="../shared/corpus (the real articles) is absent")
def test_the_namesake_pretest_rules_out_only_mentions_that_are_no_namesake_on_the_corpus() -> None:
    import re

    from briefgen.extract.names import _may_be_namesake, _namesake_mention
    from briefgen.pipeline import load_article

    mentions = 0
    for path in sorted(_CORPUS.glob("*.txt")):
        paragraphs = load_article(path).paragraphs
        index = find_people(paragraphs, find_definitions(paragraphs))
        for m in index.mentions:
            core = index.people[m.person].core
            if not core:
                continue
            name = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in core) + r"(?![\w-])")
            text = paragraphs[m.paragraph]
            if _namesake_mention(text, m, name):
                assert _may_be_namesake(text, m, core[0]), (path.name, m.text)
            mentions += 1
    assert mentions > 200
