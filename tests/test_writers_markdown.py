"""The Markdown writer: both languages in turn, source text escaped, and pandoc converts it cleanly."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.model import (
    Bilingual,
    Brief,
    Paragraph,
    QuoteBlock,
    RenderOptions,
    Section,
    SourceItem,
    StepItem,
    Template,
)
from briefgen.templates import load_template
from briefgen.writers.common import xml_safe
from briefgen.writers.markdown import escape, write_markdown

HOSTILE = (
    "Tim <script>alert(1)</script> & R&D ]]> *tebal* _miring_ [tautan](http://x) `kode` @kutip $x$ ~a~ ^b^"
)
LINE_STARTS = ["# bukan judul", "- bukan daftar", "2026. bukan nomor", "> bukan kutipan", "+ plus", "= garis"]


def markdown(brief: Brief, template: Template, options: RenderOptions | None = None) -> str:
    return write_markdown(brief, template, options or RenderOptions()).data.decode("utf-8")


def pandoc_html(text: str, dialect: str = "markdown") -> str:
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed (Debian: pandoc)")
    done = subprocess.run(
        ["pandoc", "-f", dialect, "-t", "html", "--fail-if-warnings"],
        input=text,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    return done.stdout


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def read_html(text: str) -> Tags:
    tags = Tags()
    tags.feed(text)
    tags.close()
    return tags


def hostile(brief: Brief) -> Brief:
    blocks = [
        Paragraph(Bilingual(HOSTILE, HOSTILE, "human")),
        *(Paragraph(Bilingual.same(t)) for t in LINE_STARTS),
    ]
    blocks += [
        QuoteBlock(Bilingual(HOSTILE, None, "missing"), "Budi <b>Santoso</b>", None),
        StepItem(Bilingual.same("- " + HOSTILE), "Tim & *mitra*", Bilingual.same("1. Maret")),
        SourceItem("Outlet_<x>", "Judul [1]", None, "https://example.org/a_b?c=1&d=2"),
    ]
    return dataclasses.replace(
        brief, sections=[Section("background", Bilingual.both("Latar", "Background"), blocks)]
    )


def test_both_languages_come_one_after_the_other(brief: Brief, template: Template) -> None:
    text = markdown(brief, template)
    assert text.index("# Ringkasan Kebijakan") < text.index("## Sumber") < text.index("# Policy Brief")
    assert text.index("# Policy Brief") < text.index("## Background") < text.index("## Sources")
    assert "Pertemuan membahas film" in text and "The meeting discussed film" in text
    english = text[text.index("# Policy Brief") :]
    assert "Pertemuan" not in english and "*\\[translation pending\\]*" in english


@pytest.mark.parametrize("options", [RenderOptions(langs=("id",)), RenderOptions(langs=("en",))])
def test_one_language_is_that_language_only(brief: Brief, template: Template, options: RenderOptions) -> None:
    text = markdown(brief, template, options)
    assert ("# Policy Brief" in text) == (options.langs == ("en",))
    assert ("# Ringkasan Kebijakan" in text) == (options.langs == ("id",))


def test_escape_turns_every_special_into_plain_text() -> None:
    assert escape("R&D <b> *x* _y_") == "R\\&D \\<b\\> \\*x\\* \\_y\\_"
    assert escape("# judul") == "\\# judul" and escape("2026. tahun") == "2026\\. tahun"
    assert escape("satu\nbaris\n- dua") == "satu baris - dua"


@pytest.mark.parametrize("dialect", ["markdown", "commonmark"])
def test_pandoc_reads_source_text_as_text_never_as_markup(
    brief: Brief, template: Template, dialect: str
) -> None:
    out = read_html(pandoc_html(markdown(hostile(brief), template), dialect))
    shown = " ".join(" ".join(out.text).split())
    assert {"script", "b", "x", "code", "sup", "sub", "del", "span", "math"}.isdisjoint(out.tags), out.tags
    assert shown.count(HOSTILE) >= 2, "the paragraph in each language, exactly as written"
    for line in LINE_STARTS:
        assert line in shown
    assert out.tags.count("h1") == 2 and "blockquote" in out.tags
    assert "Budi <b>Santoso</b>" in shown and "Outlet_<x> — Judul [1]" in shown
    assert set(out.hrefs) == {"https://example.org/a_b?c=1&d=2"}, "the source's address is the only link"


def test_the_memo_converts_with_its_letterhead_facts(brief: Brief) -> None:
    memo = load_template("memo")
    text = markdown(brief, memo)
    assert "Nomor: B-1/RKB/01/2026" in text and "**Tanggal:** 26 Januari 2026" in text
    assert "TERBATAS / RESTRICTED" in text.split("# Ringkasan")[0]
    out = read_html(pandoc_html(text))
    assert out.tags.count("ol") == 4 and out.tags.count("hr") == 2


def test_a_block_type_the_writer_does_not_know_shows_its_texts(brief: Brief, template: Template) -> None:
    @dataclasses.dataclass
    class KeyPoint:
        point: Bilingual
        others: list[Bilingual]

    block = KeyPoint(Bilingual.both("Poin *utama*", "Key *point*"), [Bilingual("Lain", None)])
    odd = dataclasses.replace(
        brief, sections=[Section("summary", Bilingual.both("Pokok", "Key Points"), [block])]
    )  # type: ignore[list-item]
    text = markdown(odd, template)
    assert "Poin \\*utama\\*\n\nLain" in text and "Key \\*point\\*\n\n*\\[translation pending\\]*" in text


@settings(max_examples=15, deadline=None, derandomize=True, database=None)
@given(
    st.lists(st.text(alphabet=st.characters(codec="ascii"), min_size=1, max_size=40), min_size=8, max_size=8)
)
def test_pandoc_gives_back_any_ascii_text_as_written(texts: list[str]) -> None:
    """Eight paragraphs of generated ASCII (all punctuation) per conversion, without smart quotes."""
    from conftest import make_brief

    blocks = [Paragraph(Bilingual(f"P{n} {text}", "x")) for n, text in enumerate(texts)]
    odd = dataclasses.replace(
        make_brief(), sections=[Section("background", Bilingual.both("L", "B"), blocks)]
    )
    page = read_html(
        pandoc_html(
            markdown(odd, Template(name="t", path="."), RenderOptions(langs=("id",))), "markdown-smart"
        )
    )
    shown = " ".join(" ".join(page.text).split())
    for n, text in enumerate(texts):
        assert " ".join(f"P{n} {xml_safe(text)}".split()) in shown


def test_pending_english_shows_once_a_section_not_under_every_passage(
    brief: Brief, template: Template
) -> None:
    english = markdown(brief, template).split("# Policy Brief")[1]
    # The lead, the quote and the step without English: one notice in each of their sections.
    notices = re.findall(r"\*(\d+ \w+ awaits? translation \(briefgen translate export\)\.)\*", english)
    assert sorted(notices) == [
        "1 passage awaits translation (briefgen translate export).",
        "1 passage awaits translation (briefgen translate export).",
        "1 statement awaits translation (briefgen translate export).",
    ]
    assert english.count("translation pending") == 1  # the subheading, a title, not a passage
    assert "Wamen Ekraf menerima" not in english and "Kami ingin" not in english
    assert "> — Irene Umar, Deputy Minister of Creative Economy" in english
