"""Language detection: Indonesian and English articles told apart by their function words."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract.language import detect_language
from briefgen.pipeline import load_article

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menteri mengatakan bahwa kerja sama itu akan dilanjutkan pada tahun depan.", "id"),
        ("Pemerintah daerah diminta untuk segera menyusun rencana aksi dengan warga.", "id"),
        ("The minister said that the cooperation will continue next year.", "en"),
        ("Both sides agreed to expand the exchange of students in the coming years.", "en"),
        # English names and loanwords in an Indonesian sentence do not make it English.
        ("Program Smart City dan Digital Talent yang diluncurkan di Jakarta itu sudah berjalan.", "id"),
        ("", "id"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_the_corpus_languages() -> None:
    """The real corpus: e* files are English sources, r* files Indonesian ones."""
    if not CORPUS.is_dir():
        pytest.skip(f"the real corpus is expected at {CORPUS} (the shared folder is absent)")
    for path in sorted(CORPUS.glob("[er][0-9][0-9]-*")):
        if path.suffix not in (".txt", ".md"):
            continue
        article = load_article(path)
        expected = "en" if path.name.startswith("e") else "id"
        assert detect_language(article.text) == expected, path.name
