"""The HTML writer, read back with the standard library's parser: well-formed, self-contained, escaped."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.model import (
    Bilingual,
    Brief,
    Layout,
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
from briefgen.writers.html import write_html
from briefgen.writers.style import SHEET

VOID = {"meta", "img", "br", "hr", "link", "input"}
HOSTILE = "Tim <script>alert(1)</script> & R&D ]]> selesai"


class Page(HTMLParser):
    """The page as the parser saw it: elements with their attributes and languages, text, errors."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.errors: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None], tuple[str, ...]]] = []
        self.langs: list[str] = []
        self.texts: list[tuple[str, str, tuple[str, ...]]] = []  # (text, its language, open classes)
        self.classes: list[str] = []
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes, tuple(self.classes)))
        if tag in VOID:
            return
        self.open.append(tag)
        self.langs.append(attributes.get("lang") or (self.langs[-1] if self.langs else ""))
        self.classes.append(attributes.get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1] if self.open else 'nothing'}")
            return
        self.open.pop()
        self.langs.pop()
        self.classes.pop()

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append((data, self.langs[-1] if self.langs else "", tuple(self.classes)))

    def text(self, lang: str | None = None) -> str:
        return " ".join(t for t, in_lang, _ in self.texts if lang is None or in_lang == lang)


def parse(data: bytes) -> Page:
    page = Page()
    page.feed(data.decode("utf-8"))
    page.close()
    assert page.doctype.lower() == "doctype html"
    assert page.errors == [] and page.open == [], (page.errors, page.open)
    return page


def hostile(brief: Brief) -> Brief:
    """The fixture brief with markup, an ampersand and a CDATA end in every kind of source text."""
    return dataclasses.replace(
        brief,
        sections=[
            Section(
                "background",
                Bilingual.both("Latar Belakang", "Background"),
                [
                    Paragraph(Bilingual(HOSTILE, f"EN {HOSTILE}", "machine")),
                    QuoteBlock(Bilingual(HOSTILE, None, "missing"), "Budi <b>Santoso</b>", None),
                    StepItem(Bilingual.same(HOSTILE), "Tim & <i>mitra</i>", Bilingual.same("]]>")),
                    SourceItem(
                        "Outlet <x>",
                        HOSTILE,
                        None,
                        'https://example.org/a?b=1&c="2"',
                    ),
                ],
            )
        ],
    )


def test_the_page_is_well_formed_and_holds_every_section_in_both_languages(
    brief: Brief, template: Template
) -> None:
    page = parse(write_html(brief, template, RenderOptions()).data)
    assert "Latar Belakang" in page.text("id") and "Background" in page.text("en")
    for heading in ("Pernyataan", "Langkah Selanjutnya", "Sumber"):
        assert heading in page.text("id")
    for heading in ("Statements", "Next Steps", "Sources"):
        assert heading in page.text("en")
    assert "Pertemuan membahas film, musik dan talenta." in page.text("id")
    assert "The meeting discussed film, music and talent." in page.text("en")
    assert "Pertemuan" not in page.text("en"), "no Indonesian stands in for English"


def test_each_column_of_the_parallel_layout_carries_its_language(brief: Brief, template: Template) -> None:
    page = parse(write_html(brief, template, RenderOptions()).data)
    columns = [attrs.get("lang") for tag, attrs, _ in page.elements if attrs.get("class") == "col"]
    assert columns and columns == ["id", "en"] * (len(columns) // 2)
    rows = [attrs for tag, attrs, _ in page.elements if attrs.get("class") == "row"]
    assert len(rows) == len(columns) // 2 - 1  # one row per block (the subheading spans both), and the labels


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_pending_english_shows_once_a_section_not_under_every_passage(brief: Brief, layout: Layout) -> None:
    memo = load_template("memo")
    page = parse(write_html(brief, memo, RenderOptions(layout=layout)).data)
    pending = [t for t, lang, classes in page.texts if "pending" in classes]
    # The subheading (a title, not a passage) shows the template's marker; the three passages
    # without English (a lead, a quote, a step) are counted by one notice in each of their sections.
    assert pending.count(memo.pending_marker.en) == 1
    assert sorted(t for t in pending if t != memo.pending_marker.en) == [
        "1 passage awaits translation (briefgen translate export).",
        "1 passage awaits translation (briefgen translate export).",
        "1 statement awaits translation (briefgen translate export).",
    ]
    english = page.text("en")
    assert "Wamen Ekraf menerima" not in english and "Kami ingin" not in english
    # The quote without English keeps its attribution, the role in English.
    assert "— Irene Umar, Deputy Minister of Creative Economy" in english
    assert memo.pending_marker.en not in page.text("id")


def test_source_text_is_escaped_never_markup(brief: Brief, template: Template) -> None:
    data = write_html(hostile(brief), template, RenderOptions()).data
    page = parse(data)
    tags = {tag for tag, _, _ in page.elements}
    assert "script" not in tags and "x" not in tags and "i" not in tags
    assert "Santoso" in page.text() and "<b>Santoso</b>" in page.text()
    assert page.text("id").count(HOSTILE) >= 3  # paragraph, quote and step, as text
    assert "]]>" in page.text()
    assert b"<script" not in data.lower()
    assert any(t.strip() == "[MT]" for t, _, _ in page.texts), "machine English is marked"


def test_the_only_links_are_the_sources_and_the_only_image_is_inline(brief: Brief) -> None:
    memo = load_template("memo")
    page = parse(write_html(hostile(brief), memo, RenderOptions()).data)
    hrefs = [attrs["href"] for tag, attrs, _ in page.elements if "href" in attrs]
    assert hrefs == ['https://example.org/a?b=1&c="2"'] * 2  # the source in each column
    sources = [attrs.get("src") or "" for tag, attrs, _ in page.elements if "src" in attrs]
    assert len(sources) == 1 and sources[0].startswith("data:image/png;base64,"), "the memo's logo"
    assert not any(tag in ("script", "link", "iframe", "object") for tag, _, _ in page.elements)
    style = "".join(t for t, _, _ in page.texts if "{" in t)
    assert "url(" not in style and "@import" not in style


def test_the_colours_and_headings_come_from_the_stylesheet(brief: Brief) -> None:
    memo = load_template("memo")
    data = write_html(brief, memo, RenderOptions()).data.decode()
    css = re.search(r"<style>(.*?)</style>", data, re.S)
    assert css is not None
    h2 = re.search(r"\nh2\{([^}]*)\}", css.group(1))
    assert h2 is not None
    assert f"color:#{memo.color_heading}" in h2.group(1)
    assert f"font-size:{SHEET['h1'].size}em" in h2.group(1)
    assert f"border-bottom:0.6pt solid #{memo.color_accent}" in h2.group(1)
    assert "@media (max-width:" in css.group(1), "the columns stack on a phone"


@pytest.mark.parametrize("langs", [("id",), ("en",)])
def test_one_language_has_no_columns(brief: Brief, template: Template, langs: tuple[str, ...]) -> None:
    page = parse(write_html(brief, template, RenderOptions(langs=langs)).data)  # type: ignore[arg-type]
    assert not [a for _, a, _ in page.elements if a.get("class") == "col"]
    root = next(a for tag, a, _ in page.elements if tag == "html")
    assert root["lang"] == langs[0]
    other = "Background" if langs == ("id",) else "Latar Belakang"
    assert other not in page.text()


def test_sequential_puts_the_english_after_the_indonesian(brief: Brief, template: Template) -> None:
    page = parse(write_html(brief, template, RenderOptions(layout="sequential")).data)
    text = page.text()
    assert text.index("Latar Belakang") < text.index("Sumber") < text.index("Background")
    assert "Background" in page.text("en") and "Background" not in page.text("id")


def test_a_block_type_the_writer_does_not_know_shows_its_texts(brief: Brief, template: Template) -> None:
    @dataclasses.dataclass
    class KeyPoint:
        point: Bilingual
        detail: Bilingual | None = None
        weight: int = 1

    block = KeyPoint(Bilingual.both("Poin utama & baru", "A key point & new"), Bilingual("Rincian", None))
    odd = dataclasses.replace(
        brief,
        sections=[Section("summary", Bilingual.both("Pokok", "Key Points"), [block])],  # type: ignore[list-item]
    )
    page = parse(write_html(odd, template, RenderOptions()).data)
    assert "Poin utama & baru" in page.text("id") and "A key point & new" in page.text("en")
    assert "Rincian" in page.text("id") and "[translation pending]" in page.text("en")


def test_the_same_brief_gives_the_same_bytes(brief: Brief, template: Template) -> None:
    first = write_html(brief, template, RenderOptions()).data
    assert first == write_html(brief, template, RenderOptions()).data


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=60))
def test_any_source_text_comes_back_from_the_parser_as_written(text: str) -> None:
    from conftest import make_brief

    brief = make_brief()
    odd = dataclasses.replace(
        brief, sections=[Section("background", Bilingual.both("L", "B"), [Paragraph(Bilingual(text, "x"))])]
    )
    page = parse(write_html(odd, Template(name="t", path="."), RenderOptions(langs=("id",))).data)
    expected = xml_safe(text)
    if expected.strip():
        assert expected in [t for t, lang, _ in page.texts]


@pytest.mark.parametrize(
    "location",
    ["javascript:alert(1)", "data:text/html,<script>x</script>", "sources/a b.txt", "//evil.example"],
)
def test_a_location_that_is_not_a_web_address_is_text_not_a_link(
    brief: Brief, template: Template, location: str
) -> None:
    odd = dataclasses.replace(
        brief,
        sections=[
            Section("sources", Bilingual.both("Sumber", "Sources"), [SourceItem("O", "T", None, location)])
        ],
    )
    page = parse(write_html(odd, template, RenderOptions()).data)
    assert not [a for _, a, _ in page.elements if "href" in a or "src" in a]
    assert location in page.text("id") and location in page.text("en")
