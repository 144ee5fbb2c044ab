"""People that title-case lines name: headlines and teasers (``extract/headline_names.py``)."""

from __future__ import annotations

from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import PeopleIndex, find_people


def people_of(*paragraphs: str) -> PeopleIndex:
    return find_people(list(paragraphs), find_definitions(list(paragraphs)))


def test_a_headline_clause_read_as_title_and_name_is_no_person_though_the_title_recurs() -> None:
    # The headline runs the title "Lurah" on over a clause into a common word; the body uses
    # "Lurah" alone and writes the clause's words in lower case.
    index = people_of(
        "Wali Kota Akan Tegur Lurah Bila Ada Warga Menunggak Pajak Sepanjang...",
        "Wali Kota Medan Rahmat Sidabutar meminta lurah mendata warga.",
        "Lurah diminta turun ke lapangan sepanjang pekan ini.",
        "“Jangan sampai ada warga yang menunggak,” kata Rahmat.",
    )
    assert [p.name for p in index.persons()] == ["Rahmat Sidabutar"]


def test_a_headline_adjective_after_an_abbreviated_title_is_no_person() -> None:
    index = people_of(
        "Rapat Para Bupati, Mendagri Sebut Keadaan Tidak Darurat",
        "Menteri Dalam Negeri (Mendagri) Sutrisno Harjo mengumpulkan para bupati.",
        "Mendagri menegaskan keadaan tidak darurat.",
    )
    assert [p.name for p in index.persons()] == ["Sutrisno Harjo"]


def test_a_headline_clause_run_into_a_name_is_cut_off_at_the_word_the_body_writes_in_lower_case() -> None:
    index = people_of(
        "Bupati Sleman Darto Wibisono Tanam Padi di Desa Sukamaju, Dukung Swasembada",
        "Bupati Sleman Darto Wibisono ikut tanam padi bersama petani, Senin (3/2).",
        "“Kami dukung petani,” kata Darto.",
    )
    assert [p.name for p in index.persons()] == ["Darto Wibisono"]


def test_a_headline_clause_with_no_name_the_body_writes_is_no_person() -> None:
    index = people_of(
        "Mendag Jamin Beras Medium Harga Rp 12 Ribu Sampai Lebaran",
        "Menteri Perdagangan Sinta Hadiprojo memastikan harga beras medium tetap Rp 12 ribu.",
        "Menurut dia, stok beras medium cukup.",
    )
    assert [p.name for p in index.persons()] == ["Sinta Hadiprojo"]
