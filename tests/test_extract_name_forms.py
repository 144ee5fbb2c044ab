"""Name and title forms: descent titles opening a name, Roman numerals, ministers' short titles."""

from __future__ import annotations

import pytest

from briefgen.extract.name_forms import (
    MINISTER_SHORT_TITLES,
    ROMAN_NUMERAL,
    opens_by_descent,
    prefixed_name_word,
)
from briefgen.extract.roles import TITLE_STARTS
from briefgen.extract.runs import find_runs


@pytest.mark.parametrize("word", ["I", "II", "III", "IV", "V", "IX", "XI", "XIV"])
def test_roman_numerals_are_recognised(word: str) -> None:
    assert ROMAN_NUMERAL.fullmatch(word)


@pytest.mark.parametrize("word", ["SF", "TM", "HN", "MI", "DI", "Ibu", ""])
def test_initials_and_words_are_not_roman_numerals(word: str) -> None:
    assert not ROMAN_NUMERAL.fullmatch(word)


def test_anak_opens_a_name_only_before_agung_and_habib_before_any_capital() -> None:
    [balinese] = find_runs("Anak Agung Gede Oka")
    [other] = find_runs("Anak Buah Kapal")
    [arab] = find_runs("Habib Said Mahmud")
    assert opens_by_descent(balinese.units, 0) and not opens_by_descent(other.units, 0)
    assert prefixed_name_word(arab.units, 1)  # "Said" after "Habib" is a name's word
    assert not prefixed_name_word(arab.units, 2)


def test_every_minister_s_short_title_opens_a_title() -> None:
    assert all(t in TITLE_STARTS for t in MINISTER_SHORT_TITLES)
