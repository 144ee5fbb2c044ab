"""Reading one run of capitalised words as a person (``extract/person_runs.py``)."""

from __future__ import annotations

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
