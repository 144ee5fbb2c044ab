"""The job-title lists moved out of extract.lexicon: still importable from there, and consistent."""

from __future__ import annotations

from briefgen.extract import lexicon, titles


def test_lexicon_reexports_the_same_lists() -> None:
    assert lexicon.TITLES is titles.TITLES
    assert lexicon.TITLE_WORDS is titles.TITLE_WORDS
    assert lexicon.OFFICE_TITLES is titles.OFFICE_TITLES


def test_titles_are_unique_and_their_words_are_title_words() -> None:
    assert len(set(titles.TITLES)) == len(titles.TITLES)
    assert {w for t in titles.TITLES for w in t.split()} == titles.TITLE_WORDS


def test_office_abbreviations_expand_to_longer_titles() -> None:
    # "Menkes" → "Menteri Kesehatan": the full title is never the abbreviation itself.
    assert titles.OFFICE_TITLES["Menkes"] == "Menteri Kesehatan"
    for short, full in titles.OFFICE_TITLES.items():
        assert len(full) > len(short), short
