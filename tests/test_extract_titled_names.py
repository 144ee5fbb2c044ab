"""Mentions of a one-word name after a title or rank (titled_names.py), read through the
speakers of quotations."""

from __future__ import annotations

import pytest

from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people
from briefgen.extract.quotes import attribute_quotes, find_quote_spans
from briefgen.extract.titled_names import note_titled_short_names
from briefgen.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    paras = list(paragraphs)
    people = find_people(paras, find_definitions(paras))
    quotes, _, _ = attribute_quotes(find_quote_spans(paras, people), paras, people)
    return quotes


@pytest.mark.parametrize("title", ["Irjen", "Kombes Pol", "AKBP", "Bupati", "Camat"])
def test_a_title_and_one_word_name_is_a_mention_of_the_person_named_by_that_word(title: str) -> None:
    quotes = quotes_of(
        "Menteri Perhubungan Dodi Purnama meminta semua daerah bersiap menghadapi arus mudik.",
        f"Seusai rapat itu, {title} Darsono menyampaikan pihaknya telah menambah pos pengamanan.",
        "“Kami sudah menyiapkan empat puluh pos di seluruh wilayah,” kata dia.",
        "“Semua personel akan bersiaga penuh selama libur panjang,” kata Darsono.",
    )
    assert [q.speaker for q in quotes] == ["Darsono", "Darsono"]


def test_a_one_word_name_that_the_article_uses_as_a_place_gets_no_mention_after_a_title() -> None:
    paras = [
        "Pemerintah Kabupaten Sukarasa menggelar musyawarah di aula kecamatan.",
        "Asisten Bupati Sukarasa, Hasan Basuki, membuka acara itu.",
    ]
    people = find_people(paras, find_definitions(paras))
    people.add("Sukarasa", 0, (21, 29))  # a place the reading took for a one-word name
    before = len(people.mentions)
    note_titled_short_names(people, paras)
    assert len(people.mentions) == before


def test_a_title_before_a_longer_name_adds_no_one_word_mention() -> None:
    paras = [
        "Bupati Darsono Wibowo membuka pasar.",
        "“Pasar ini buka setiap hari mulai pekan depan,” kata Darsono.",
    ]
    people = find_people(paras, find_definitions(paras))
    before = [(m.paragraph, m.start, m.end) for m in people.mentions]
    note_titled_short_names(people, paras)
    assert [(m.paragraph, m.start, m.end) for m in people.mentions] == before
