"""The closed class of country names (``extract/countries.py``)."""

from __future__ import annotations

from briefgen.extract.countries import COUNTRIES
from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people


def _people(*paragraphs: str) -> list[tuple[str, str | None]]:
    index = find_people(list(paragraphs), find_definitions(list(paragraphs)))
    return [(p.name, p.role) for p in index.persons()]


def test_no_country_after_a_title_is_taken_for_a_person() -> None:
    # One-word countries that are personal names too are left to the context; the countries of
    # several words are read by their words in the gazetteer or the parts table.
    names = {"Chad", "Georgia", "Jordan", "Haiti", "Mali"}
    for country in sorted(c for c in COUNTRIES if c not in names and " " not in c):
        people = _people(
            f"Menteri Luar Negeri Sinta Hadiprojo bertemu Menlu {country} di Jakarta, Senin (3/2).",
            f"Menlu {country} menyampaikan rencana kunjungan balasan.",
        )
        assert people == [("Sinta Hadiprojo", "Menteri Luar Negeri")], country


def test_a_person_named_after_the_title_beside_a_country_is_still_found() -> None:
    people = _people("Perdana Menteri Estonia Karin Tamm tiba di Jakarta, Selasa (4/2).")
    assert [name for name, _ in people] == ["Karin Tamm"]


def test_both_languages_and_written_variants_are_in_the_class() -> None:
    assert {
        "Siprus",
        "Cyprus",
        "Luksemburg",
        "Luxembourg",
        "Prancis",
        "Perancis",
        "Selandia Baru",
    } <= COUNTRIES


def test_a_country_word_that_is_also_a_name_stays_in_a_name() -> None:
    people = _people("Kapolri Jenderal Badrodin Haiti meninjau pos pengamanan, Kamis (24/12).")
    assert [name for name, _ in people] == ["Badrodin Haiti"]


def test_names_sharing_a_word_with_a_country_of_several_words_are_kept() -> None:
    people = _people(
        "Wakil Menlu Vietnam Tran Minh Viet bertemu Menlu Timor Leste Joaquim Sarmento da Costa.",
        "Kepala Bidang Ekonomi Sri Rahayu Suci mendampingi keduanya.",
    )
    assert {"Tran Minh Viet", "Joaquim Sarmento da Costa", "Sri Rahayu Suci"} <= {name for name, _ in people}
