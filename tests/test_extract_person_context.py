"""The context that marks an untitled name as a person's: person nouns, passive agents, verbs
taken by people and what is said only of a person (``briefgen.extract.person_context``)."""

from __future__ import annotations

import pytest

from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people
from briefgen.model import Person


def persons(*paragraphs: str) -> list[Person]:
    return find_people(list(paragraphs), find_definitions(list(paragraphs))).persons()


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Penyidik memeriksa saksi Rina Lestari selama enam jam.", "Rina Lestari", "saksi"),
        ("Berkas tersangka Darto Wibowo sudah lengkap.", "Darto Wibowo", "tersangka"),
        ("The court heard the defendant Andi Pratama on Monday.", "Andi Pratama", "defendant"),
        ("Police are still looking for the former candidate Budi Hartono.", "Budi Hartono", "candidate"),
    ],
)
def test_people_of_court_and_police_news_are_cued_by_their_part(sentence: str, name: str, role: str) -> None:
    [person] = persons(sentence)
    assert (person.name, person.role) == (name, role)


def test_initials_after_a_cue_are_not_a_name() -> None:
    assert persons("KPK menahan tersangka AGK di Jakarta.") == []


def test_a_wire_byline_names_no_person() -> None:
    assert persons("(Reported by Budi Santoso/Ab.C012/KR-XYZ/D003)") == []
    [person] = persons("The plan was approved by Budi Santoso on Monday.")
    assert person.name == "Budi Santoso"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("KPK menetapkan Darto Wibowo sebagai tersangka pada Senin.", ["Darto Wibowo"]),
        ("Presiden melantik Rina Lestari di istana.", ["Rina Lestari"]),
        ("Investigators questioned Andi Pratama for six hours.", ["Andi Pratama"]),
        ("Sri Wulandari, 52, was detained on Monday.", ["Sri Wulandari"]),
        ("Budi Hartono, who chairs the board, left early.", ["Budi Hartono"]),
        ("Darto Wibowo yang juga Ketua Partai Maju hadir di acara itu.", ["Darto Wibowo"]),
        # The verb's object is a place, not a person.
        ("Tim itu memeriksa Pasar Sukamaju pada pagi hari.", []),
    ],
)
def test_a_full_name_cued_by_a_verb_taken_by_people_or_said_only_of_a_person(
    sentence: str, names: list[str]
) -> None:
    assert [p.name for p in persons(sentence)] == names
