"""The people index: who a pronoun refers to (the named subject of the sentences before it)."""

from __future__ import annotations

from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people
from briefgen.extract.quotes import attribute_quotes, find_quote_spans


def _speakers(*paragraphs: str) -> list[str | None]:
    paras = list(paragraphs)
    people = find_people(paras, find_definitions(paras))
    quotes, _, _ = attribute_quotes(find_quote_spans(paras, people), paras, people)
    return [q.speaker for q in quotes]


def test_an_english_office_written_before_its_title_opens_the_subject() -> None:
    # "Trade Minister Rina …" is the subject of its sentence: "she said" after it is hers, not
    # that of the person quoted a paragraph before.
    assert _speakers(
        "Labour Minister Darto Wibisono said the ministry had two vacant posts.",
        '"We have put forward two names for each post," Darto said after the meeting.',
        "Trade Minister Rina Wulandari also declined to comment on the new appointment."
        ' "I will talk about it once the decision is public," she said.',
    ) == ["Darto Wibisono", "Rina Wulandari"]


def test_a_portfolio_of_several_words_joined_by_and_is_part_of_the_office() -> None:
    assert _speakers(
        "Labour Minister Darto Wibisono said the ministry had two vacant posts.",
        '"We have put forward two names for each post," Darto said after the meeting.',
        "Meanwhile, Administrative and Bureaucratic Reform Minister Rina Wulandari gave no names."
        ' "The list is not final yet, so we are waiting," she said.',
    ) == ["Darto Wibisono", "Rina Wulandari"]


def test_a_name_after_other_capitalised_words_is_not_the_subject() -> None:
    # Capitalised words that name no office ("Sunday Market") do not open a subject.
    assert _speakers(
        "Labour Minister Darto Wibisono said the ministry had two vacant posts.",
        '"We have put forward two names for each post," Darto said after the meeting.',
        "Near the Sunday Market Rina Wulandari was seen with him."
        ' "I will talk about it once the decision is public," he said.',
    ) == ["Darto Wibisono", "Darto Wibisono"]


def test_a_title_with_the_body_of_its_holder_is_a_mention_of_the_holder() -> None:
    assert _speakers(
        "Rektor Unsuka, Dr Wirawan Hadi, membuka rapat pimpinan kampus pagi itu.",
        "Target itu bagian dari gagasan Unsuka Juara yang dicanangkan kampus.",
        "Rektor Unsuka meminta semua dosen bekerja serius."
        " “Pengembangan kampus ini termasuk prioritas kita bersama,” katanya.",
    ) == ["Dr Wirawan Hadi"]


def test_a_title_and_surname_go_to_the_one_holding_that_office_not_the_last_namesake() -> None:
    paras = [
        "Jakarta (ANTARA) - Officials prepared for the coming trip of Japanese Prime Minister"
        " Kenji Tanaka and his wife, Yumi Tanaka, on March 3-4, 2021.",
        "PM Tanaka is scheduled to meet the President.",
    ]
    index = find_people(paras, find_definitions(paras))
    assert index.resolve("PM Tanaka") == "Kenji Tanaka"


def test_the_minister_is_not_the_prime_minister() -> None:
    assert _speakers(
        "Foreign Minister Rina Hartono welcomed the visit of Prime Minister Kenji Tanaka on Friday.",
        "PM Tanaka is scheduled to meet the President.",
        "“The visit will deepen our cooperation,” the minister said.",
    ) == ["Rina Hartono"]


def test_a_title_printed_in_capitals_as_the_leads_first_word_is_written_as_the_office() -> None:
    # Some outlets print the lead's first word in capitals; the role is the office as spelt. An
    # acronym is kept as written.
    def roles(lead: str) -> dict[str, tuple[str | None, str | None]]:
        people = find_people([lead], find_definitions([lead])).persons()
        return {p.name: (p.role, p.organization) for p in people}

    assert roles("KENDARI - GUBERNUR Sulawesi Tenggara Rahmat Wiryana membuka pasar murah.") == {
        "Rahmat Wiryana": ("Gubernur Sulawesi Tenggara", None)
    }
    assert roles("PALU - KEPALA BPBD Sulawesi Tengah Sinta Maharani meninjau lokasi banjir.") == {
        "Sinta Maharani": ("Kepala", "BPBD Sulawesi Tengah")
    }
    assert roles("PALU - Kapolres Palu AKBP Yosef Lamba meninjau lokasi banjir.") == {
        "Yosef Lamba": ("Kapolres Palu", None)
    }
