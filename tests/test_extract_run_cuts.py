"""Known body, place and title words cut from a run before a verb of saying (``extract/run_cuts.py``)."""

from __future__ import annotations

from briefgen.extract.organizations import find_definitions
from briefgen.extract.roles import Vocabulary
from briefgen.extract.run_cuts import known_start, opening_with_speech
from briefgen.extract.runs import find_runs


def _cut(paragraph: str) -> list[str]:
    """The words cut from each capitalised run of the paragraph."""
    vocab = Vocabulary.build(find_definitions([paragraph]))
    cuts = []
    for run in find_runs(paragraph):
        k = known_start(paragraph, run.units, vocab)
        cuts.append(" ".join(u.text for u in run.units[:k]))
    return cuts


def test_a_body_s_short_form_and_its_region_are_cut_before_a_speaking_name() -> None:
    assert (
        _cut("Seorang staf Dinkes Kendal Suroto menuturkan, ada dua puluh titik rawan.")[-1]
        == "Dinkes Kendal"
    )
    assert (
        _cut("Seorang petugas Polres Sukoharjo Budi Hartono mengatakan jalan itu ditutup.")[-1]
        == "Polres Sukoharjo"
    )


def test_nothing_is_cut_without_a_verb_of_saying_or_from_a_place_s_name() -> None:
    assert _cut("Seorang staf Dinkes Kendal Suroto memeriksa dua puluh titik rawan.")[-1] == ""
    assert _cut("Warga Desa Pilang Suroto mengatakan jalan itu rusak.")[-1] == ""
    # a regional office's region that is no known place goes on as the office's name
    assert _cut("Polda Metro Jaya mengaku telah meminta pemblokiran.")[0] == ""


def test_a_sentence_opening_abbreviation_belongs_to_the_name_before_a_verb_of_saying() -> None:
    paragraph = "Harga naik. Drh. Sri Wahyuni Kepala Dinas menjelaskan harga itu."
    start = paragraph.index("Sri")
    end = paragraph.index(" menjelaskan")
    assert opening_with_speech(paragraph, start, end) == paragraph.index("Drh.")
    assert opening_with_speech(paragraph, start, paragraph.index(" harga itu")) is None
    plain = "Harga naik. Sri Wahyuni Kepala Dinas menjelaskan harga itu."
    assert opening_with_speech(plain, plain.index("Sri"), plain.index(" menjelaskan")) == plain.index("Sri")
