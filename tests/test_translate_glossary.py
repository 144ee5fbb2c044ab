"""The bundled Indonesian → English glossary and briefgen.translate.glossary."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.translate.glossary import KINDS, Glossary, Term, Token, tokens
from briefgen.translate.roles import translate_role


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load()


def bundled_rows() -> list[tuple[int, list[str]]]:
    text = resources.files("briefgen.data").joinpath("glossary-id-en.csv").read_text(encoding="utf-8")
    lines = ["" if line.startswith("#") else line for line in text.splitlines()]
    reader = csv.reader(lines)
    return [(reader.line_num, row) for row in reader if row]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the bundled file


def test_bundled_file_has_header_and_well_formed_rows() -> None:
    rows = bundled_rows()
    assert rows[0][1] == ["id", "en", "kind", "note"]
    for line, row in rows[1:]:
        assert len(row) == 4, f"line {line}: {row}"
        term_id, en, kind, _ = row
        assert term_id.strip() and en.strip(), f"line {line}: both sides must be filled"
        assert term_id == term_id.strip() and en == en.strip(), f"line {line}: stray spaces"
        assert kind in KINDS, f"line {line}: kind {kind!r}"


def test_bundled_file_has_no_duplicate_keys() -> None:
    seen: dict[str, int] = {}
    for line, row in bundled_rows()[1:]:
        key = " ".join(row[0].casefold().split())
        assert key not in seen, f"line {line}: {row[0]!r} repeats line {seen[key]}"
        seen[key] = line


def test_bundled_glossary_is_large_and_covers_every_kind(glossary: Glossary) -> None:
    assert len(glossary) >= 200
    assert len(glossary) == len(bundled_rows()) - 1
    assert {term.kind for term in glossary} == set(KINDS)


@pytest.mark.parametrize(
    ("indonesian", "english"),
    [
        ("Kementerian Ekonomi Kreatif", "Ministry of Creative Economy"),
        ("Badan Ekonomi Kreatif", "Creative Economy Agency"),
        ("Kemenlu", "Ministry of Foreign Affairs"),
        ("Kemendag", "Ministry of Trade"),
        ("Kemenparekraf", "Ministry of Tourism and Creative Economy"),
        ("Kemenpar", "Ministry of Tourism"),
        ("Kemenkeu", "Ministry of Finance"),
        ("Kemendikdasmen", "Ministry of Primary and Secondary Education"),
        ("Komdigi", "Ministry of Communication and Digital Affairs"),
        ("Kementerian UMKM", "Ministry of Micro, Small and Medium Enterprises"),
        ("Kemenperin", "Ministry of Industry"),
        ("Kementerian BUMN", "Ministry of State-Owned Enterprises"),
        ("Bappenas", "National Development Planning Agency"),
        ("DPR", "House of Representatives"),
        ("MPR", "People's Consultative Assembly"),
        ("KPK", "Corruption Eradication Commission"),
        ("OJK", "Financial Services Authority"),
        ("BPS", "Statistics Indonesia"),
        ("BRIN", "National Research and Innovation Agency"),
        ("BKPM", "Investment Coordinating Board"),
        ("KBRI", "Embassy of the Republic of Indonesia"),
        ("Duta Besar", "Ambassador"),
        ("Deputy Chief of Mission", "Deputy Chief of Mission"),
        ("KOCCA", "KOCCA"),
        ("Korea Creative Content Agency", "Korea Creative Content Agency"),
        ("nota kesepahaman", "memorandum of understanding"),
        ("produksi bersama", "co-production"),
        ("UMKM", "MSMEs"),
        ("gim", "games"),
        ("kriya", "crafts"),
    ],
)
def test_official_english_names(glossary: Glossary, indonesian: str, english: str) -> None:
    assert glossary.exact(indonesian) == english


def test_exact_ignores_case_and_spacing_but_wants_the_whole_segment(glossary: Glossary) -> None:
    assert glossary.exact("  kementerian   LUAR negeri ") == "Ministry of Foreign Affairs"
    assert glossary.exact("Usaha Mikro, Kecil dan Menengah") == "micro, small and medium enterprises"
    assert glossary.exact("Kementerian Luar Negeri Jepang") is None
    assert glossary.exact("") is None


# --------------------------------------------------------------------------- terms in text


def test_terms_in_prefers_the_longest_match_without_overlaps(glossary: Glossary) -> None:
    text = (
        "Pejabat Kementerian Pariwisata dan Ekonomi Kreatif bertemu pelaku ekonomi kreatif "
        "untuk membahas nota kesepahaman produksi bersama."
    )
    ids = [term.id for term in glossary.terms_in(text)]
    assert ids == [
        "Kementerian Pariwisata dan Ekonomi Kreatif",
        "pelaku ekonomi kreatif",
        "nota kesepahaman",
        "produksi bersama",
    ]


def test_terms_in_respects_word_boundaries(glossary: Glossary) -> None:
    ids = [term.id for term in glossary.terms_in("Kemenparekraf dan mantan pejabat Kemenpar.")]
    assert ids == ["Kemenparekraf", "Kemenpar"]
    assert glossary.terms_in("filmnya ditonton banyak orang") == []  # no "film" inside "filmnya"


def test_terms_in_matches_acronyms_case_sensitively(glossary: Glossary) -> None:
    assert [t.id for t in glossary.terms_in("Gubernur BI Rudi Santoso hadir.")] == ["Gubernur", "BI"]
    assert [t.id for t in glossary.terms_in("Gubernur bi Rudi Santoso hadir.")] == ["Gubernur"]
    assert glossary.terms_in("kemendag") == []
    assert [t.id for t in glossary.terms_in("EKONOMI KREATIF")] == ["ekonomi kreatif"]


def test_terms_in_lists_each_term_once_and_matches_give_spans(glossary: Glossary) -> None:
    text = "Musik dan film; musik lagi."
    assert [t.id for t in glossary.terms_in(text)] == ["musik", "film"]
    spans = [(m.text, m.start, m.end) for m in glossary.matches(text)]
    assert spans == [("Musik", 0, 5), ("film", 10, 14), ("musik", 16, 21)]


def test_terms_in_does_linear_work_on_a_long_paragraph(
    glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Work, not seconds (timings belong in the benchmark): the entries tried at each word are
    # looked up once per word, so four times the paragraph costs four times the lookups.
    sentence = (
        "Wakil Menteri Ekonomi Kreatif Dewi Lestari menerima Duta Besar Korea Selatan di Jakarta untuk "
        "membahas kerja sama produksi bersama film, musik, animasi dan gim, serta pengembangan talenta "
        "dan ekspor produk kriya, kuliner dan fesyen UMKM ke pasar global. "
    )
    calls = []
    tried = Glossary.matches_at

    def counted(self: Glossary, toks: Sequence[Token], i: int) -> list[tuple[int, Term]]:
        calls.append(i)
        return tried(self, toks, i)

    monkeypatch.setattr(Glossary, "matches_at", counted)
    short = glossary.terms_in(sentence * 8)
    eight = len(calls)
    calls.clear()
    long = glossary.terms_in(sentence * 32)
    assert short and long == short  # the same terms, once each
    assert eight <= len(tokens(sentence * 8))
    assert len(calls) <= 4 * eight


# --------------------------------------------------------------------------- user glossaries


def test_user_file_overrides_the_bundled_one_and_later_files_win(tmp_path: Path) -> None:
    first = write(
        tmp_path,
        "first.csv",
        "id,en,kind,note\n"
        "# our house style\n"
        "KEMENTERIAN luar negeri,Foreign Ministry,organization,\n"
        "festival rakyat,folk festival,term,\n",
    )
    second = write(tmp_path, "second.csv", "id,en,kind\nFestival Rakyat,people's festival,term\n")
    bundled = Glossary.load()
    glossary = Glossary.load([first, second])
    assert glossary.exact("Kementerian Luar Negeri") == "Foreign Ministry"
    assert glossary.exact("festival rakyat") == "people's festival"
    assert len(glossary) == len(bundled) + 1
    assert (
        translate_role(glossary, "Juru Bicara Kementerian Luar Negeri")
        == "Spokesperson of the Foreign Ministry"
    )  # roles are composed from the user's entries too
    assert glossary.exact("Kemenlu") == "Ministry of Foreign Affairs"  # other entries stay as bundled


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("id,en,kind,note\nkriya,crafts,term,,extra\n", "line 2: expected 4 columns"),
        ("id,en,kind,note\nkriya,,term,\n", "line 2: the en (English) column is empty for 'kriya'"),
        ("id,en,kind,note\n\n,crafts,term,\n", "line 3: the id (Indonesian) column is empty"),
        ("id,en,kind,note\nkriya,crafts,thing,\n", "line 2: unknown kind 'thing'"),
        ("Indonesian,English\nkriya,crafts\n", "line 1: expected the header id,en,kind,note"),
        (
            "id,en,kind,note\nkriya,crafts,term,\nKriya,handicrafts,term,\n",
            "line 3: 'Kriya' is already on line 2",
        ),
        ('id,en,kind,note\n"kriya,crafts,term,\n', "line 2:"),
        ("", "line 1: empty file"),
    ],
)
def test_malformed_user_file_names_file_and_line(tmp_path: Path, content: str, problem: str) -> None:
    path = write(tmp_path, "mine.csv", content)
    with pytest.raises(SourceError) as caught:
        Glossary.load([path])
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_unreadable_user_files(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    with pytest.raises(SourceError, match=r"missing\.csv: cannot read the glossary"):
        Glossary.load([missing])
    binary = tmp_path / "latin1.csv"
    binary.write_bytes(b"id,en,kind,note\nkafe,caf\xe9,term,\n")
    with pytest.raises(SourceError, match=r"latin1\.csv: line 2: not UTF-8 text"):
        Glossary.load([binary])


def test_term_is_a_frozen_value() -> None:
    term = Term("kriya", "crafts", "term")
    assert term.note == ""
    with pytest.raises(AttributeError):
        term.en = "handicrafts"  # type: ignore[misc]


def test_tokens_and_matches_at_are_the_api_roles_are_built_on(glossary: Glossary) -> None:
    toks = tokens("Wakil Menteri Ekonomi Kreatif, Irene")
    assert [t.text for t in toks] == ["Wakil", "Menteri", "Ekonomi", "Kreatif", ",", "Irene"]
    assert toks[0].fold == "wakil" and (toks[4].start, toks[4].end) == (29, 30)
    longest = glossary.matches_at(toks, 0)
    assert longest and longest[0][0] >= 2  # the longest entry first
    assert all(n1 >= n2 for (n1, _), (n2, _) in zip(longest, longest[1:], strict=False))
    assert glossary.is_indonesian("musik") and not glossary.is_indonesian("film")


def test_lookup_of_a_long_text_is_none_without_building_its_key_and_entries_still_match() -> None:
    from briefgen.translate.glossary import _key, _short_key

    glossary = Glossary.load()
    long_entry = max(glossary, key=lambda term: len(_key(term.id)))
    assert glossary.lookup(long_entry.id) == long_entry
    assert glossary.lookup(f"  {long_entry.id.upper()} ") == long_entry  # case and spacing
    assert glossary.lookup(f"{long_entry.id} lagi") is None
    paragraph = "Rapat itu dihadiri oleh wakil dari dua puluh lembaga, dan berlangsung hingga sore hari."
    assert _short_key(paragraph, 5) is None
    assert _short_key(paragraph, 100) == _key(paragraph)
    assert _short_key("Mikro, Kecil, dan Menengah", 4) == _key("Mikro, Kecil, dan Menengah")  # commas free
    assert glossary.lookup(paragraph) is None


def test_short_key_knows_a_long_text_without_reading_its_words() -> None:
    # The count of runs before the tokens (issue 17) changes no answer: random texts of words,
    # commas, underscores, marks and spaces, against the key read token by token.
    import random

    from briefgen.translate.glossary import _key, _short_key

    rng = random.Random(43)
    pieces = ["Dinas", "pajak", ",", ",,", "_", "__", "-", "—", "(", ")", "’s", "a,b", "x_y", "2026"]
    pieces += [" ", "  ", "\n", "\u00a0", "\u200b", "\u3000"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        most = rng.randint(0, 6)
        words = _key(text)
        expected = words if sum(1 for w in words if w != ",") <= most else None
        assert _short_key(text, most) == expected, (text, most)
