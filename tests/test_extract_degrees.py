"""Academic degrees written after a name (``extract/degrees.py``)."""

from __future__ import annotations

from briefgen.extract.degrees import degrees_at, with_degrees
from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people


def _people(*paragraphs: str) -> list[str]:
    index = find_people(list(paragraphs), find_definitions(list(paragraphs)))
    return [p.name for p in index.persons()]


def test_degrees_after_a_comma_without_their_dots_stay_in_the_name() -> None:
    assert _people(
        "Kepala Dinas Koperasi Kabupaten Sleman, Rini Astuti, SE, MM mengatakan pelatihan dibuka.",
        "Rini menambahkan, pesertanya 40 orang.",
    ) == ["Rini Astuti, SE, MM"]
    assert _people("Bupati Sleman Dr. Ir. Darto Wibisono, MM, didampingi camat, meninjau pasar.") == [
        "Dr. Ir. Darto Wibisono, MM"
    ]


def test_dotted_and_dotless_degrees_mix_in_one_written_name() -> None:
    text = "Kapolres Darto Wibisono, SH, S.I.K, M.Si. memimpin apel."
    end = text.index(" memimpin")
    assert with_degrees(text, text.index(", SH")) == end


def test_a_capitalised_word_after_the_comma_opens_the_next_name_not_a_degree() -> None:
    text = "Hadir Darto Wibisono, SE Budi Santoso dan lainnya."
    assert degrees_at(text, text.index(", SE")) is None
    assert degrees_at("Darto, SE, MM mengatakan", 5) is not None


def test_a_degree_with_one_full_stop_or_a_space_after_its_first_letter_stays_in_the_name() -> None:
    # "S.AP" after a name without a comma is one degree word, not an initial ending the name.
    assert _people("Upacara dipimpin Dandim Sleman Letkol Kav Anton Wibisono S.AP MH di lapangan.") == [
        "Anton Wibisono S.AP MH"
    ]
    # ", S. Ag": the space after the degree's first stop does not make "Ag" a name of its own.
    assert _people("Hadir pula Kapolres Sleman Kompol Hadi Kurniawan, S. Ag, dan jajarannya.") == [
        "Hadi Kurniawan, S. Ag"
    ]


def test_a_dotless_degree_s_own_full_stop_does_not_end_the_degrees() -> None:
    # "SE., M.Sc.": the stop after "SE" is the degree's, the degree after the comma is the name's too;
    # an upper-case "DR." opens the name like "Dr.".
    assert _people("Rombongan disambut Gubernur NTB DR. H. Lalu Hamzah SE., M.Sc. di pendopo.") == [
        "DR. H. Lalu Hamzah SE., M.Sc."
    ]
