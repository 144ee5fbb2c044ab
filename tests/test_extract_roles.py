"""The role vocabulary: titles found in a run, and a titled run divided into role and organisation."""

from __future__ import annotations

from briefgen.extract.organizations import find_definitions
from briefgen.extract.roles import Vocabulary, name_start, reads_as_name, split_role, title_at
from briefgen.extract.runs import find_runs


def test_title_at_finds_the_longest_title_in_a_run() -> None:
    text = "Wakil Menteri Pertanian Sudarto Wirya"
    [run] = find_runs(text)
    vocab = Vocabulary.build(find_definitions([text]))
    t, length = title_at(run.units, vocab) or (-1, -1)
    assert [u.text for u in run.units[t : t + length]] == ["Wakil", "Menteri"]


def test_split_role_sets_a_body_apart_from_the_title() -> None:
    text = "Direktur Regional PT Sinar Baruna"
    [run] = find_runs(text)
    vocab = Vocabulary.build(find_definitions([text]))
    assert split_role(run.units, 2, vocab, text, []) == ("Direktur Regional", "PT Sinar Baruna")


def test_regional_title_keeps_its_region_and_the_name_follows() -> None:
    text = "Bupati Tanjung Raya Darman Suhadi"
    [run] = find_runs(text)
    vocab = Vocabulary.build(find_definitions([text]))
    assert split_role(run.units[:3], 1, vocab, text, []) == ("Bupati Tanjung Raya", None)
    # four name-like words after a regional title: the first is the region's.
    assert name_start(run.units, 1, 4) == 3


def test_reads_as_name_refuses_role_and_place_words() -> None:
    vocab = Vocabulary.build([])
    [name] = find_runs("Haji Sudarto Wirya")
    [office] = find_runs("Dinas Kesehatan Provinsi")
    assert reads_as_name(name.units, vocab)
    assert not reads_as_name(office.units, vocab)
