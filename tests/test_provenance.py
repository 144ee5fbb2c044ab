"""The repository holds only what we write: no run of words from the real articles in ../shared."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
RUN = 8  # words: an official's title or a ministry's name is shorter; a copied sentence is not
TEXT_SUFFIXES = {".py", ".md", ".txt", ".csv", ".json", ".toml", ".html", ".xml", ".sh", ".cfg", ".po"}


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text.lower())


def runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1)}


def third_party_articles() -> list[Path]:
    return sorted(
        p
        for folder in (SHARED / "corpus", SHARED / "seeds")
        if folder.is_dir()
        for p in folder.iterdir()
        if p.suffix in (".txt", ".md", ".html") and p.name != "README.md"
    )


def test_no_run_of_words_from_the_real_articles_is_in_the_repository() -> None:
    articles = third_party_articles()
    if not articles:
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing: CI must have ../shared beside the checkout")
        pytest.skip(f"{SHARED} is absent: nothing to compare with")
    theirs: dict[tuple[str, ...], str] = {}
    for article in articles:
        for run in runs(article.read_text(encoding="utf-8", errors="replace")):
            theirs.setdefault(run, article.name)
    listed = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True)
    copied = []
    for name in listed.stdout.splitlines():
        path = REPO / name
        if path.suffix not in TEXT_SUFFIXES or not path.is_file():
            continue
        shared = runs(path.read_text(encoding="utf-8", errors="replace")) & theirs.keys()
        copied += [f"{name}: '{' '.join(run)}' (from {theirs[run]})" for run in sorted(shared)[:3]]
    assert not copied, "text of the real articles copied into the repository:\n" + "\n".join(copied)


def test_the_check_finds_a_copied_sentence() -> None:
    sentence = "Kepala Dinas itu mengatakan rapat koordinasi akan digelar lagi pekan depan di balai kota."
    assert runs(sentence) & runs(f"Di awal berita. {sentence} Lalu yang lain.")
    assert not runs("Kepala Dinas mengatakan rapat") & runs(sentence)  # shorter than a run
