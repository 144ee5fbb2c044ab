"""The HTML reader on deeply nested pages (issue 15): a clean skip past the cap, an article below.

Parsing 200,000 nested elements took minutes; such a page is now refused before it is parsed.
These tests check the outcome, not the time (benchmarks/hostile.py times it).
"""

from __future__ import annotations

import pytest

from briefgen.errors import SourceError
from briefgen.readers import read_article
from briefgen.readers.html import MAX_DEPTH, nesting_depth, read

TEXT = "JAKARTA - Menteri Budi meresmikan pasar baru pada Selasa (20/1) di Jakarta Pusat."


def nested(levels: int, tag: str = "div") -> str:
    return f"<html><body>{f'<{tag}>' * levels}<p>{TEXT}</p>{f'</{tag}>' * levels}</body></html>"


@pytest.mark.parametrize("tag", ["div", "b", "blockquote", "span"])
def test_a_page_nested_200000_levels_deep_is_skipped_with_a_reason(tag: str) -> None:
    with pytest.raises(SourceError) as raised:
        read_article(nested(200_000, tag), "dalam.html", ".html")
    assert str(raised.value) == (
        f"dalam.html: the page nests its elements more than {MAX_DEPTH:,} levels deep "
        "(a broken or generated page)"
    )


def test_a_page_just_under_the_cap_gives_its_article() -> None:
    article = read_article(nested(MAX_DEPTH - 2), "a.html", ".html")  # html and body are two more
    assert article.paragraphs == [TEXT]


def test_depth_counts_open_elements_not_siblings_or_void_or_optional_end_tags() -> None:
    assert nesting_depth("<div></div>" * 5_000) == 1
    assert nesting_depth("<div>" + "<p>a<li>b<br><img src=x><hr/>" * 5_000 + "</div>") == 1
    assert nesting_depth("<div><section><article></article></section></div>") == 3
    # Tags inside comments do not count, and an unclosed comment ends the count.
    assert nesting_depth("<div><!-- " + "<div>" * 5_000 + " --></div>") == 1
    assert nesting_depth("<div><!-- " + "<div>" * 5_000) == 1


def test_many_shallow_blocks_are_all_read() -> None:
    page = (
        "<html><body><article>"
        + "".join(f"<p>{TEXT} Nomor {i}.</p>" for i in range(500))
        + "</article></body></html>"
    )
    article = read_article(page, "a.html", ".html")
    assert len(article.paragraphs) == 500


def test_list_items_and_blockquotes_are_read_as_paragraphs() -> None:
    page = (
        "<article><p>Bupati memberi tiga arahan kepada dinas.</p>"
        "<ul><li>Dinas Kesehatan menyiapkan posko.</li><li>Dinas Sosial mendata <b>warga</b>.</li></ul>"
        "<blockquote>Kami bekerja sampai tuntas, katanya.</blockquote></article>"
    )
    assert read(page, "a.html").paragraphs == [
        "Bupati memberi tiga arahan kepada dinas.",
        "Dinas Kesehatan menyiapkan posko.",
        "Dinas Sosial mendata warga.",
        "Kami bekerja sampai tuntas, katanya.",
    ]


def test_a_list_item_or_quotation_holding_paragraphs_gives_each_paragraph_once() -> None:
    page = (
        "<article><ul><li><p>Rapat dimulai pukul sembilan.</p><p>Semua kepala dinas hadir.</p></li></ul>"
        "<blockquote><p>Anggaran dibahas minggu depan.</p></blockquote></article>"
    )
    assert read(page, "a.html").paragraphs == [
        "Rapat dimulai pukul sembilan.",
        "Semua kepala dinas hadir.",
        "Anggaran dibahas minggu depan.",
    ]
