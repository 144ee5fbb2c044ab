"""Due dates of next steps: a day, or the week, month, quarter, half or year the article names."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from briefgen.extract import extract
from briefgen.extract.due import _ANY_PERIOD_WORD, due_of, has_period_word
from briefgen.model import Article, Facts

TODAY = dt.date(2026, 11, 22)
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def facts_of(*paragraphs: str) -> Facts:
    return extract(Article("x", None, list(paragraphs)), today=TODAY)


def dues_of(*paragraphs: str) -> list[tuple[dt.date | None, str | None]]:
    return [(s.due, s.due_precision) for s in facts_of(*paragraphs).next_steps]


def test_a_due_date_is_as_precise_as_the_article_gives_it() -> None:
    dues = dues_of(
        "Rapat koordinasi digelar di Palu, Selasa (10/3/2026).",
        "Dinas Pariwisata akan membuka loket baru pada 24 Maret 2026.",
        "Aturan itu ditargetkan terbit pada Mei 2026.",
        "Pemerintah kota berencana menggelar festival Februari mendatang.",
        "Gedung arsip ditargetkan rampung akhir tahun ini.",
        "Kedua pihak sepakat menyusun peta jalan pada kuartal III.",
        "Dinas Koperasi menargetkan seribu anggota baru pada semester pertama 2027.",
        "Tim teknis dijadwalkan bertemu lagi pekan depan.",
        "Koperasi itu berencana membuka gerai di Donggala tahun depan.",
        "The agency will open two offices by 2028.",
        "Dinas Sosial akan menambah petugas pendamping.",
    )
    assert dues == [
        (dt.date(2026, 3, 24), "day"),
        (dt.date(2026, 5, 1), "month"),
        (dt.date(2027, 2, 1), "month"),
        (dt.date(2026, 12, 1), "month"),
        (dt.date(2026, 7, 1), "quarter"),
        (dt.date(2027, 1, 1), "half"),
        (dt.date(2026, 3, 16), "week"),
        (dt.date(2027, 1, 1), "year"),
        (dt.date(2028, 1, 1), "year"),
        (None, None),
    ]


def test_periods_already_over_names_and_titles_are_no_due_dates() -> None:
    dues = dues_of(
        "Rapat koordinasi digelar di Palu, Selasa (10/3/2026).",
        "Dinas Pariwisata akan melanjutkan program yang dimulai pada Januari 2026.",
        "Ketua panitia, Mei Lestari, akan memimpin rapat itu.",
        "Dinas Perdagangan akan mengikuti Trade Expo Indonesia 2024 lagi.",
    )
    assert dues == [(None, None), (None, None), (None, None)]


def test_relative_periods_need_an_event_date_written_ones_do_not() -> None:
    assert dues_of(
        "Aturan itu ditargetkan terbit pada Mei 2027.", "Tim teknis dijadwalkan bertemu pekan depan."
    ) == [
        (dt.date(2027, 5, 1), "month"),
        (None, None),
    ]


def test_english_month_names_that_are_words_and_quarters_in_english() -> None:
    event = dt.date(2026, 3, 10)
    assert due_of("The fund may open two offices.", event) == (None, None)
    assert due_of("The fund will open two offices in May.", event) == (dt.date(2026, 5, 1), "month")
    assert due_of("The plant is set to start in Q2 2027.", event) == (dt.date(2027, 4, 1), "quarter")
    assert due_of("Talks will resume next month.", event) == (dt.date(2026, 4, 1), "month")


def test_english_semesters_and_spans_counted_from_the_event() -> None:
    event = dt.date(2026, 3, 10)
    assert due_of("We can sign the deals in the second semester of 2027.", event) == (
        dt.date(2027, 7, 1),
        "half",
    )
    assert due_of("Status siaga berlaku hingga 14 hari ke depan.", event) == (dt.date(2026, 3, 24), "day")
    assert due_of("Posko dibuka selama 3 pekan mendatang.", event) == (dt.date(2026, 3, 31), "week")
    assert due_of("The shelter stays open for 10 days ahead.", None) == (None, None)  # no event: no count


# The prefilters before due_of's patterns (issue 17) must not change a result: due_of equals
# itself with every prefilter passing (the patterns alone deciding).
_WRITTEN = (
    "Rapat lanjutan dijadwalkan Kamis depan.",
    "The ministry will decide on Monday.",
    "Aturan itu berlaku mulai kuartal III.",
    "Pembangunan rampung pada semester kedua 2027.",
    "Warga diminta menunggu besok atau lusa.",
    "Q3 is the target.",
    "Tidak ada tanggal di kalimat ini.",
    "KEPUTUSAN DIAMBIL PEKAN DEPAN.",
    "Target \u0130ni tahun depan.",
    "Fi\u017fcal \u212aey date: none.",
    "Hasilnya diumumkan pada 24 Maret 2026.",
)
_EVENTS = (None, dt.date(2026, 3, 10), dt.date(2026, 11, 22))


def _unfiltered(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> list[object]:
    from briefgen.extract import due

    with monkeypatch.context() as patched:
        patched.setattr(due, "may_hold", lambda text, low, literals: True)
        return [due_of(text, event) for text in texts for event in _EVENTS]


def test_due_of_prefilters_change_nothing_on_written_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = list(_WRITTEN)
    filtered = [due_of(text, event) for text in texts for event in _EVENTS]
    assert filtered == _unfiltered(monkeypatch, texts)
    assert any(day is not None for day, _ in filtered) and any(day is None for day, _ in filtered)


def test_due_of_prefilters_change_nothing_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.extract.sentences import split_sentences
    from briefgen.pipeline import discover, load_article

    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent (the real corpus lives beside the checkout, in ../shared)")
    texts = [
        s for path in discover([CORPUS]) for p in load_article(path).paragraphs for s in split_sentences(p)
    ]
    assert len(texts) > 500
    assert [due_of(text, event) for text in texts for event in _EVENTS] == _unfiltered(monkeypatch, texts)


def test_has_period_word_is_the_search_of_any_period_word() -> None:
    # The substring tests say what the pattern's search says, on random texts made of its
    # words, their neighbours and the letters IGNORECASE folds to ASCII (issue 17).
    rng = random.Random(41)
    pieces = ["Bulan", "TAHUN", "pekan", "Mei", "MARET", "agst", "Q 3", "q4", "Q5", "2026", "20x6", "١٢"]
    pieces += ["Januari", "jumat", "rapat", "dinas", "ha ri", "dAYs", "pebruari", "nop", "\u0130", "\u0131"]
    pieces += ["\u017f", "\u212a", "-", " ", " ", "\n", "yea", "weekly", "SEMESTER", "paruh", "half"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert has_period_word(text, text.lower()) == (_ANY_PERIOD_WORD.search(text) is not None), text


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Dermaga itu ditargetkan rampung pada akhir 2027.", (dt.date(2027, 12, 1), "month")),
        ("Revisi peraturan itu ditargetkan rampung awal 2027.", (dt.date(2027, 1, 1), "month")),
        ("Gedung itu ditargetkan selesai pertengahan 2027.", (dt.date(2027, 1, 1), "year")),
    ],
)
def test_the_edge_of_a_year_written_without_tahun(text: str, due: tuple[dt.date, str]) -> None:
    assert due_of(text, dt.date(2026, 3, 10)) == due
