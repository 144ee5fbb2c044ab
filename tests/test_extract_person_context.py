"""The context that marks an untitled name as a person's: person nouns, passive agents, verbs
taken by people and what is said only of a person (``briefgen.extract.person_context``)."""

from __future__ import annotations

from pathlib import Path

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
        (
            "Police are still looking for the former candidate Budi Hartono.",
            "Budi Hartono",
            "former candidate",
        ),
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


def test_tail_start_is_at_or_before_the_last_runs_of_non_space_characters() -> None:
    from briefgen.extract.person_context import tail_start

    text = "kata  aktor muda berbakat "
    assert text[tail_start(text, 3) :].split() == ["aktor", "muda", "berbakat"]
    assert tail_start(text, 4) == 0 and tail_start("dua kata", 3) == 0 and tail_start("", 3) == 0
    assert tail_start(" a\u00a0b\tc d", 2) == len(" a\u00a0b")  # any Unicode space separates runs


# cue_before looks for a person noun only among the last runs before a name (issue 17): it finds
# the same match as the search of the whole window.
_CUE_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_CUED_NAMES = (
    "Hadir pula aktor muda berbakat Park Min Soo dan penyanyi Lee Ji Eun.",
    "Kemarin (saksi) Rina Lestari datang, sedangkan mantan-tersangka Darto Wibowo tidak.",
    "Menurut juru bicara Kementerian Kelautan, Budi Santoso, kapal itu berangkat.",
    "The court heard the defendant Andi Pratama and his lawyer, Sari Dewi.",
    "Penyanyi Ari Lasso tampil bersama pedagang pasar lama sekali Sukamaju Indah.",
)


def _cues(paragraphs: list[str]) -> list[tuple[tuple[int, int], str] | None]:
    from briefgen.extract.person_context import cue_before
    from briefgen.extract.runs import find_runs

    found = []
    for paragraph in paragraphs:
        for run in find_runs(paragraph):
            cue = cue_before(paragraph, run, run.end)
            found.append(None if cue is None else (cue.span(), cue.group(0)))
    return found


def _same_cues_as_the_whole_window(monkeypatch: pytest.MonkeyPatch, paragraphs: list[str]) -> int:
    from briefgen.extract import person_context

    found = _cues(paragraphs)
    with monkeypatch.context() as patched:
        patched.setattr(person_context, "tail_start", lambda text, runs: 0)
        assert found == _cues(paragraphs)
    return sum(cue is not None for cue in found)


def test_cue_before_from_the_last_runs_finds_what_the_whole_window_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _same_cues_as_the_whole_window(monkeypatch, list(_CUED_NAMES)) >= 5


def test_cue_before_from_the_last_runs_finds_what_the_whole_window_finds_on_the_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefgen.pipeline import discover, load_article

    if not _CUE_CORPUS.is_dir():
        pytest.skip(f"{_CUE_CORPUS} is absent (the real corpus lives beside the checkout, in ../shared)")
    paragraphs = [p for path in discover([_CUE_CORPUS]) for p in load_article(path).paragraphs]
    assert _same_cues_as_the_whole_window(monkeypatch, paragraphs) >= 20
