"""Reading one run of capitalised words as a person (``extract/person_runs.py``)."""

from __future__ import annotations

import pytest

from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people


def _people(*paragraphs: str) -> list[tuple[str, str | None]]:
    index = find_people(list(paragraphs), find_definitions(list(paragraphs)))
    return [(p.name, p.role) for p in index.persons()]


def test_a_name_then_the_head_of_a_body_in_lower_case_is_a_person_with_that_role() -> None:
    assert _people(
        "Cases rose in March, the ministry said.",
        "Rina Hartono, head of the surveillance unit at the provincial health office, said testing"
        " would expand.",
    ) == [("Rina Hartono", "head of the surveillance unit at the provincial health office")]
    assert _people("Darto Wibisono, the chief of the port authority, said ships were delayed.") == [
        ("Darto Wibisono", "the chief of the port authority")
    ]


def test_head_as_a_verb_or_a_modifier_after_a_comma_names_no_one() -> None:
    assert _people("In Surabaya, head office staff worked from home, officials said.") == []
    assert _people("Tourists from Jakarta, heading east, filled the ferries.") == []


def _names(*paragraphs: str) -> list[str]:
    return [name for name, _ in _people(*paragraphs)]


def test_a_service_short_form_and_its_region_glued_before_a_speaker_are_not_his_name() -> None:
    paragraphs = [
        "Petugas bagian pengawasan Dinkes Kendal Suroto menuturkan, ada dua puluh titik rawan.",
        "“Kami terus memantau,” ujar Suroto.",
    ]
    index = find_people(paragraphs, find_definitions(paragraphs))
    assert [(p.name, p.organization) for p in index.persons()] == [("Suroto", "Dinkes Kendal")]


def test_a_province_after_the_office_s_comma_is_cut_from_the_holder_s_name() -> None:
    paragraphs = [
        "Kepala Dinas Pertanian Kabupaten Sambas, Kalimantan Barat Rudi Hartawan menyebutkan panen naik."
    ]
    index = find_people(paragraphs, find_definitions(paragraphs))
    assert [(p.name, p.organization) for p in index.persons()] == [("Rudi Hartawan", None)]


def test_no_cut_without_a_verb_of_saying_or_where_a_body_s_region_goes_on() -> None:
    # a regional office's region that is no known place, then a verb: the body itself speaks
    assert _names("Polda Metro Jaya mengaku telah meminta pemblokiran situs itu.") == []
    # the words after a village's head name the village, not a person
    assert _names("Salah satu peserta, Rina Oktaviani, pemilik usaha di Desa Pilang, mengaku senang.") == [
        "Rina Oktaviani"
    ]
    # an English sentence: a place adjective before a body is no cut name
    assert _names("Bali Regional Representatives said they would support the plan.") == []


def test_a_name_opening_a_sentence_before_its_title_is_read_when_a_verb_of_saying_follows() -> None:
    said = "{}Sri Wahyuni Kepala Dinas Pertanian Kabupaten Sukamaju menjelaskan panen naik tahun ini."
    assert _names(said.format("Drh. ")) == ["Drh. Sri Wahyuni"]
    assert _names(said.format("")) == ["Sri Wahyuni"]
    # a title-case line with no verb of saying after the role is no such sentence
    assert _names("Sri Wahyuni Kepala Dinas Pertanian Kabupaten Sukamaju Tinjau Panen") == []


def test_the_agent_after_a_passive_verb_of_saying_opening_a_sentence_is_a_person() -> None:
    assert _names(
        "Warga Desa Sukamaju menunggu perbaikan jalan sejak lama.",
        "Dikatakan Wawan, warga sudah bosan dengan janji perbaikan jalan itu.",
    ) == ["Wawan"]
    # inside a sentence the capitalised passive form is no opening of a name either way
    assert _names("Harga naik. Disampaikan pula bahwa stok cukup.") == []


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Koperasi itu membuka jabatan baru, yakni Wakil Ketua Umum yang ditempati oleh Sri Rahayu.",
            "Wakil Ketua Umum",
        ),
        (
            "Kepala Bappeda yang baru dijabat oleh Sri Rahayu sejak Januari.",
            "Kepala Bappeda",
        ),
        (
            "Ia menggantikan Kepala Bappeda sebelumnya, yakni Sri Rahayu, yang kini pensiun.",
            "Kepala Bappeda sebelumnya",
        ),
    ],
)
def test_an_office_named_before_its_holder_by_dijabat_oleh_or_yakni_is_the_role(
    sentence: str, role: str
) -> None:
    index = find_people([sentence], find_definitions([sentence]))
    assert [(p.name, p.role) for p in index.persons()] == [("Sri Rahayu", role)]


def test_a_corps_word_belongs_to_a_rank_only_right_after_one() -> None:
    # "Laut" after "Perhubungan" is the office's (sea transport); after "Letkol" it is the rank's corps.
    sentences = [
        "Direktur Jenderal Perhubungan Laut Anton Wibisono meninjau pelabuhan.",
        "Danlanal Bintan Letkol Laut Gita Wulandari memimpin apel.",
    ]
    found = [[(p.name, p.role) for p in find_people([s], find_definitions([s])).persons()] for s in sentences]
    assert found == [
        [("Anton Wibisono", "Direktur Jenderal Perhubungan Laut")],
        [("Gita Wulandari", "Danlanal Bintan")],
    ]
