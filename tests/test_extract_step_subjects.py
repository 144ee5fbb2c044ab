"""Who takes a next step (step_subjects): the subject before a cue across an interposed "melalui …"
phrase, after a leading "mulai pekan depan", and performers as acting subjects. Every sentence here
is written for this test."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.extract.people import PeopleIndex
from briefgen.extract.statements import SentenceRef
from briefgen.extract.step_subjects import narrated_subject
from briefgen.model import Article

TODAY = dt.date(2026, 11, 22)


def _subject(text: str, cue: str) -> tuple[bool, str | None]:
    found = narrated_subject(SentenceRef(0, 0, len(text), text), text.index(cue), PeopleIndex(), [])
    return found.found, found.actor


def test_the_body_acting_through_another_set_off_by_commas_is_the_subject() -> None:
    text = "Pemkab Sungai Raya, melalui Dinas Pertanian, akan membagikan benih."
    assert _subject(text, "akan") == (True, "Pemkab Sungai Raya")
    # without the phrase closed by a comma, nothing names the one who acts
    assert _subject("Karena hujan, akan dibagikan benih.", "akan") == (False, None)


def test_a_leading_mulai_pekan_depan_is_not_part_of_the_subject() -> None:
    text = "Mulai pekan depan Dinas Pasar akan membuka loket malam."
    assert _subject(text, "akan") == (True, "Dinas Pasar")
    assert _subject("Mulai pekan depan harga akan naik.", "akan")[0] is False


def test_performers_named_as_such_act_a_stage_does_not() -> None:
    facts = extract(
        Article(
            "x",
            None,
            [
                "Dua penyanyi daerah akan tampil di alun-alun pada malam penutupan.",
                "Panggung itu akan megah.",
            ],
        ),
        today=TODAY,
    )
    assert [s.text.split()[1] for s in facts.next_steps] == ["penyanyi"]
