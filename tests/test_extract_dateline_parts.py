"""Tests of reading a dateline part by part (briefgen.extract.dateline_parts); invented text."""

from __future__ import annotations

import pytest

from briefgen.extract.dateline_parts import is_regional_short_name, segmented_dateline


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        ("KABARDESA.CO., BOGOR – Dinas pertanian membagikan bibit.", "KABARDESA.CO", "BOGOR"),
        ("kabarkita.net, kukar - Festival kuliner dibuka.", "kabarkita.net", "kukar"),
        ("Rina Wulandari, Sleman, Central Java – The ministry opened a library.", None, "Sleman"),
        ("Warta desa, SLEMAN - Dinas pertanian membagikan bibit.", "Warta desa", "SLEMAN"),
        ("Warta desa.id (Sleman) -", "Warta desa.id", "Sleman"),
    ],
)
def test_the_parts_of_a_dateline(paragraph: str, outlet: str | None, place: str) -> None:
    found = segmented_dateline(paragraph)
    assert found is not None
    assert found[:2] == (outlet, place)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Menteri Sosial, Bogor – Bantuan disalurkan.",  # a title, no reporter
        "Harga cabai naik, Bogor – Pedagang mengeluh.",  # words before a mixed-case city: no site
        "Bupati meninjau pasar, kemudian berdialog – Warga senang.",  # no place at all
        "Sleman – Dinas pertanian membagikan bibit.",  # one part: the forms read that
    ],
)
def test_no_dateline(paragraph: str) -> None:
    assert segmented_dateline(paragraph) is None


def test_the_rest_of_the_paragraph_follows_the_dash() -> None:
    found = segmented_dateline("kabarkita.net, kukar - Festival kuliner dibuka.")
    assert found is not None and found[2] == "Festival kuliner dibuka."
    assert is_regional_short_name("KUKAR") and not is_regional_short_name("Bogor")
