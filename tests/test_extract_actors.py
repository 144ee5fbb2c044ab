"""Actors a sentence does not name: a speaker's body for kami/pihaknya, the parties met for kedua pihak."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.model import Article, Facts

TODAY = dt.date(2026, 11, 22)


def facts_of(*paragraphs: str) -> Facts:
    return extract(Article("x", None, list(paragraphs)), today=TODAY)


def actors_of(*paragraphs: str) -> list[str | None]:
    return [s.actor for s in facts_of(*paragraphs).next_steps]


def test_kedua_pihak_are_the_parties_the_opening_says_met() -> None:
    assert actors_of(
        "Menteri Pariwisata Lestari Dewi bertemu Duta Besar Jepang Kenji Sato di Jakarta, Senin (9/3/2026).",
        "Kedua pihak sepakat membuka penerbangan langsung Osaka–Manado.",
    ) == ["Kementerian Pariwisata dan Kedutaan Besar Jepang"]


def test_kami_and_pihaknya_are_the_body_the_speakers_role_names() -> None:
    assert actors_of(
        "Menteri Kelautan dan Perikanan Sakti Wahyu meninjau pelabuhan di Bitung, Senin (9/3/2026).",
        "“Kami akan menambah kapal pengawas tahun depan,” kata Sakti.",
        "Sakti mengatakan pihaknya akan membuka posko.",
    ) == ["Kementerian Kelautan dan Perikanan", "Kementerian Kelautan dan Perikanan"]


def test_a_title_alone_before_the_reporting_verb_stands_for_its_holder() -> None:
    assert actors_of(
        "Kapolda Sulawesi Tengah Irjen Pol Agus Nugroho meninjau pos pengamanan.",
        "Kapolda menambahkan, kami akan menambah personel di Poso.",
    ) == ["Polda Sulawesi Tengah"]


def test_a_request_to_kami_is_addressed_to_the_speakers_side() -> None:
    assert actors_of(
        "Menteri Kelautan dan Perikanan Sakti Wahyu meninjau pelabuhan di Bitung.",
        "“Gubernur minta kepada kami agar mendata kebutuhan kapal,” kata Sakti.",
    ) == ["Kementerian Kelautan dan Perikanan"]
