"""The readable ``inspect`` view of briefgen.cli: every understood fact appears, in tables to scan."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.cli import render_facts
from briefgen.extract import extract
from briefgen.model import Article, facts_as_dict


def sample() -> dict[str, object]:
    article = Article(
        source="rapat.txt",
        title="Rapat Koordinasi",
        paragraphs=[
            "Jakarta - Menteri Pariwisata Dewi Lestari menerima Duta Besar Jepang, Sato Kenta, "
            "Selasa (20/1/2026).",
            "“Kami siap bekerja sama,” ujar Dewi.",
            "Kedua pihak sepakat untuk menggelar pertemuan lanjutan pada Maret 2026.",
        ],
    )
    return facts_as_dict(extract(article, today=dt.date(2026, 1, 26)))


def test_every_fact_is_shown() -> None:
    text = render_facts(sample(), width=100)
    for expected in ("rapat.txt", "Rapat Koordinasi", "2026-01-20", "Dewi Lestari", "Kami siap bekerja sama"):
        assert expected in text, expected
    assert "People (2)" in text and "Quotes (1)" in text and "Next steps (1)" in text
    assert "sepakat untuk menggelar" in text


def test_the_view_is_returned_not_printed(capsys: pytest.CaptureFixture[str]) -> None:
    text = render_facts(sample(), width=100)
    assert capsys.readouterr().out == ""
    assert text.count("Event date") == 1 and text.count("People (2)") == 1


def test_plain_text_without_color_codes_or_trailing_spaces() -> None:
    text = render_facts(sample(), width=80)
    assert "\x1b[" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert max(len(line) for line in text.splitlines()) <= 80


def test_empty_lists_say_none() -> None:
    data = sample()
    data["quotes"] = []
    data["warnings"] = []
    text = render_facts(data)
    assert "Quotes: none" in text and "Warnings: none" in text


def test_the_event_topic_is_shown_and_in_the_json() -> None:
    article = Article(
        source="beras.txt",
        title="Mendag Jamin Harga Beras Turun Pekan Depan",
        paragraphs=["Jakarta - Menteri Perdagangan Dewi Lestari memantau pasar, Selasa (20/1/2026)."],
    )
    data = facts_as_dict(extract(article, today=dt.date(2026, 1, 26)))
    assert data["event_topic"] == "harga beras"
    assert "harga beras" in render_facts(data, width=100)
