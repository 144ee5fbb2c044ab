"""``runs.find_runs`` finds its starts with one compiled search (issue 17): the same runs as the
character-by-character scan it replaced, kept here as the reference."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import runs
from briefgen.extract.runs import MAX_RUN_UNITS, Run, find_runs

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _scan(paragraph: str) -> list[Run]:
    """The former ``find_runs``: a unit may start at each character, tested one at a time."""
    found: list[Run] = []
    pos = 0
    while pos < len(paragraph):
        ch = paragraph[pos]
        starts_word = (pos == 0 or not paragraph[pos - 1].isalnum()) and (
            ch.isupper() or ch == "(" or runs._LOWER_HONORIFIC.match(paragraph, pos) is not None
        )
        unit = runs._unit_at(paragraph, pos, "") if starts_word else None
        if unit is None:
            pos += 1
            continue
        units = [unit]
        while len(units) < MAX_RUN_UNITS:
            join = runs._CONNECTOR.match(paragraph, units[-1].end)
            if not join or not join.group(0):
                break
            nxt = runs._unit_at(paragraph, join.end(), join.group(0))
            if nxt is None or (join.group(0).strip() not in ("", "/") and nxt.kind != "word"):
                break
            units.append(nxt)
        found.append(Run(tuple(units)))
        pos = units[-1].end
    return found


# Written for this test: capitals outside ASCII, a title after an underscore or a digit, lower-case
# titles, initials, a site's name, bracketed acronyms and a run longer than MAX_RUN_UNITS.
OWN_TEXT = [
    "Menurut Élodie Ñúñez dan Ødegaard, rapat di Kantor ÜBER digelar.",
    "x_Budi 9Ani «Citra» “Dewi” ‘Eko’ — Ömer ǅemal ⅯCM Ⓐrsip ßeta",
    "Pasien RSUD dr Soetomo dirawat oleh drg Siti dan dr. Andi serta dra Rina; kata dr",
    "H. Ahmad, R.M. Suryo, Sinta K.W Hadiprojo dan Prof. Dr. Ir. Budi (KBRI) hadir.",
    "Laporan KOMPAS.com dan Infoaceh.net tentang Dinas Kesehatan of Contoh and Budi / Ani.",
    " ".join(f"Kata{n}" for n in range(3 * MAX_RUN_UNITS)),
    "",
    "(",
    "A",
    "é É",
]


@pytest.mark.parametrize("text", OWN_TEXT)
def test_find_runs_matches_the_character_scan_on_written_text(text: str) -> None:
    assert find_runs(text) == _scan(text)


def test_find_runs_keeps_a_capital_outside_ascii_and_skips_other_characters() -> None:
    assert [r.text(OWN_TEXT[0]) for r in find_runs(OWN_TEXT[0])] == [
        "Menurut Élodie Ñúñez dan Ødegaard",
        "Kantor ÜBER",
    ]
    # "_" is no letter, so "Budi" starts a run; after a digit "Ani" does not; "ǅ" is no capital.
    assert [r.text(OWN_TEXT[1]) for r in find_runs(OWN_TEXT[1])] == ["Budi", "Citra", "Dewi", "Eko", "Ömer"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus (the real articles) is absent")
def test_find_runs_matches_the_character_scan_on_the_corpus() -> None:
    paragraphs = [
        paragraph
        for path in sorted(CORPUS.glob("*.txt"))
        for paragraph in path.read_text(encoding="utf-8").split("\n")
        if paragraph.strip()
    ]
    assert len(paragraphs) > 300
    for paragraph in paragraphs:
        assert find_runs(paragraph) == _scan(paragraph), paragraph[:40]


def test_find_runs_gives_each_caller_its_own_list_from_a_bounded_cache() -> None:
    runs._runs_of.cache_clear()
    first = find_runs(OWN_TEXT[3])
    first.clear()  # a caller's list is its own: emptying it leaves the cached runs alone
    assert find_runs(OWN_TEXT[3]) == _scan(OWN_TEXT[3]) != []
    assert runs._runs_of.cache_info().hits == 1
    for number in range(runs.RUNS_CACHE_SIZE + 50):
        assert [r.text(f"kata Nama{number} Baru") for r in find_runs(f"kata Nama{number} Baru")] == [
            f"Nama{number} Baru"
        ]
    info = runs._runs_of.cache_info()
    assert info.maxsize == runs.RUNS_CACHE_SIZE and info.currsize == runs.RUNS_CACHE_SIZE
