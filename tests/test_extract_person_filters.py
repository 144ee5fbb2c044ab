"""Tests on one registered person or mention: author boxes, dates, a region read into a name."""

from __future__ import annotations

from briefgen.extract.index import Mention, Record
from briefgen.extract.person_filters import credit_block, dated, region_opening


def test_a_name_alone_next_to_a_credit_word_is_an_author_box() -> None:
    paragraphs = ["Judul Berita", "Dimas Arya", "Penulis", "Rapat dihadiri Dimas Arya, warga setempat."]
    assert credit_block(paragraphs, Mention(1, 0, 10, 0, "Dimas Arya"))
    assert not credit_block(paragraphs, Mention(3, 15, 25, 0, "Dimas Arya"))


def test_a_year_after_a_mention_or_an_era_after_a_year_is_a_date() -> None:
    paragraphs = [
        "Masa jabatan berakhir Juli 2025.",
        "Memasuki Ramadhan 1445 Hijriah, warga berbagi.",
        "Juli Astuti hadir.",
    ]
    assert dated(paragraphs, Mention(0, 22, 26, 0, "Juli"))
    assert dated(paragraphs, Mention(1, 23, 30, 0, "Hijriah"))
    assert not dated(paragraphs, Mention(2, 0, 11, 0, "Juli Astuti"))


def test_a_region_word_opening_a_regional_holder_s_name_when_the_text_names_the_city() -> None:
    holder = Record("Sukamaju Darto", ("Sukamaju", "Darto"), role="Walikota")
    assert region_opening(holder, "Rapat di Aula Pemerintah Kota Sukamaju.") == "Sukamaju"
    assert region_opening(holder, "Rapat di aula balai kota.") is None
    # "Wali Kota Sukamaju Darto" again is the title, not the city: the name stays whole.
    assert region_opening(holder, "Hadir pula Wali Kota Sukamaju Darto.") is None
    minister = Record("Sukamaju Darto", ("Sukamaju", "Darto"), role="Menteri")
    assert region_opening(minister, "Rapat di Aula Pemerintah Kota Sukamaju.") is None
