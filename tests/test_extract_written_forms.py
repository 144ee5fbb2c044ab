"""Forms of names and offices the text itself explains (briefgen/extract/written_forms.py), on
sentences written for these tests."""

from __future__ import annotations

from briefgen.extract.written_forms import BALINESE_OPENERS, glued_offices, headline_verb, written_regions


def test_a_glued_office_needs_its_region_written_after_the_full_title() -> None:
    text = "Plt Gubernur Riau membuka rapat. Plt Gubri lalu meminta laporan dari Gubrianto."
    assert glued_offices(text) == frozenset({"Gubri"})


def test_a_glued_office_whose_letters_do_not_run_through_the_region_is_not_one() -> None:
    # "Gubsu" would be the Gubernur Sumatera Utara; the text writes only the Gubernur Riau.
    assert glued_offices("Gubernur Riau bertemu Gubsu di Medan.") == frozenset()


def test_regions_are_the_words_after_kota_or_kabupaten_that_no_name_follows() -> None:
    text = "Aula Pemerintah Kota Sukaraya, Rabu. Kabupaten Lembah dan Kota Hartono Wibisana hadir."
    assert written_regions(text) == frozenset({"Sukaraya", "Lembah"})


def test_balinese_openers_are_completed_by_the_next_word_only() -> None:
    assert "Agung" in BALINESE_OPENERS["Anak"]
    assert "Made" in BALINESE_OPENERS["I"]
    assert "Budi" not in BALINESE_OPENERS["I"]


def test_a_headline_verb_ends_a_name_only_read_from_the_headline() -> None:
    text = "Menlu Wibisana Bertemu Menlu Jepang di Tokyo\nWibisana menegaskan pentingnya kerja sama."
    assert headline_verb("Wibisana Bertemu", text)
    # The story writes the full form too: the last word is the name's.
    assert not headline_verb("Wibisana Bertemu", text + "\nKata Wibisana Bertemu, kerja sama penting.")


def test_the_kota_of_the_title_wali_kota_names_no_region() -> None:
    # "Wali Kota Hartono, ..." writes the office, not a city named Hartono.
    text = "Wali Kota Hartono, Rabu, meninjau pasar. Kota Sukaraya, kata dia, siap. Wakil Wali Kota Budi."
    assert written_regions(text) == frozenset({"Sukaraya"})


def test_a_hard_wrapped_lead_line_is_no_headline() -> None:
    # The lead's first line runs on in lower case: the full name there is the name, not a headline's.
    text = (
        "Menteri Perdagangan RI Wibisana Hartono menerima kunjungan\n"
        "delegasi dagang Jepang di Jakarta, Rabu (4/3).\nWibisana mengatakan kerja sama akan diperluas."
    )
    assert not headline_verb("Wibisana Hartono", text)
