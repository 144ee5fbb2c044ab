"""The PDF writer, read back with pypdf: text, layouts, page size, footer, outline, fonts, metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from briefgen.errors import TemplateError
from briefgen.model import (
    Bilingual,
    Block,
    Brief,
    Paragraph,
    QuoteBlock,
    RenderOptions,
    Section,
    SourceItem,
    StepItem,
    Subheading,
    Template,
)
from briefgen.writers.pdf import write_pdf

PARALLEL = RenderOptions(langs=("id", "en"), layout="parallel")
SEQUENTIAL = RenderOptions(langs=("id", "en"), layout="sequential")
ONLY_ID = RenderOptions(langs=("id",))
ONLY_EN = RenderOptions(langs=("en",))

LEAD_ID = "Wamen Ekraf menerima kunjungan DCM KBRI Seoul & tim pada 20/1."
BODY_EN = "The meeting discussed film, music and talent."
PENDING_EN = "[translation pending]"
HEADINGS_ID = ("Latar Belakang", "Pernyataan", "Langkah Selanjutnya", "Sumber")
HEADINGS_EN = ("Background", "Statements", "Next Steps", "Sources")
HOSTILE = ("<b>tebal</b>", "R&D", "x <y dan z", "]]>", "{{ x }}", "&amp;", "<para>", "AT&T")
A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


def render(brief: Brief, template: Template, options: RenderOptions = PARALLEL) -> PdfReader:
    return PdfReader(io.BytesIO(write_pdf(brief, template, options).data))


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def catalog(reader: PdfReader) -> Any:
    return reader.trailer["/Root"].get_object()


def flat(text: str) -> str:
    """Extracted text with all whitespace runs as single spaces (lines wrap anywhere)."""
    return " ".join(text.split())


def outline_titles(reader: PdfReader) -> list[Any]:
    """The outline as nested lists of titles, as pypdf returns it."""

    def walk(items: list[Any]) -> list[Any]:
        return [walk(item) if isinstance(item, list) else item.title for item in items]

    return walk(reader.outline)


def fonts_of(reader: PdfReader) -> dict[str, Any]:
    """Every font in the page resources by base name, resolved."""
    found: dict[str, Any] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = resources.get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def long_brief(brief: Brief, paragraphs: int = 40) -> Brief:
    """The fixture brief with enough extra paragraphs to fill several pages."""
    extra = [
        Paragraph(
            Bilingual.both(
                f"Paragraf {i}: " + "kerja sama ekonomi kreatif Indonesia dan Korea " * 8,
                f"Paragraph {i}: " + "creative economy cooperation of Indonesia and Korea " * 8,
            )
        )
        for i in range(paragraphs)
    ]
    sections = [dataclasses.replace(brief.sections[0], blocks=[*brief.sections[0].blocks, *extra])]
    return dataclasses.replace(brief, sections=sections + brief.sections[1:])


# --------------------------------------------------------------------------- content


def test_parallel_has_both_languages_dates_quote_and_pending(brief: Brief, template: Template) -> None:
    text = flat(text_of(render(brief, template)))
    for heading in HEADINGS_ID + HEADINGS_EN:
        assert heading in text
    assert "Ringkasan Kebijakan" in text and "Policy Brief" in text
    assert "Selasa, 20 Januari 2026" in text and "Tuesday, 20 January 2026" in text
    assert "Senin, 26 Januari 2026" in text and "Monday, 26 January 2026" in text
    assert "Periode" in text and "Jumlah sumber" in text and "Number of sources" in text
    assert "“Kami ingin kerja sama ini berkelanjutan.”" in text
    assert "— Irene Umar, Wakil Menteri Ekonomi Kreatif" in text
    assert "Deputy Minister of Creative Economy" in text
    assert PENDING_EN in text
    assert BODY_EN in text
    assert "Disusun dengan briefgen pada Senin, 26 Januari 2026" in text
    assert "Prepared with briefgen on Monday, 26 January 2026" in text


def test_indonesian_never_stands_in_for_missing_english(brief: Brief, template: Template) -> None:
    text = flat(text_of(render(brief, template)))
    assert text.count("Wamen Ekraf menerima kunjungan") == 1
    assert text.count("Memperkuat koordinasi") == 1
    assert text.count("Kami ingin kerja sama") == 1
    assert text.count(PENDING_EN) >= 1  # the subheading; article wording is counted per section instead
    assert "1 statement awaits translation (briefgen translate export)." in text


def test_pending_marker_is_italic(brief: Brief, template: Template) -> None:
    reader = render(brief, template, ONLY_EN)
    fonts_used: list[str] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if "translation pending" in text and font is not None:
            fonts_used.append(str(font["/BaseFont"]))

    reader.pages[0].extract_text(visitor_text=visit)
    assert fonts_used
    assert all("Oblique" in name or "Italic" in name for name in fonts_used), fonts_used


def test_only_english_has_no_indonesian_headings(brief: Brief, template: Template) -> None:
    reader = render(brief, template, ONLY_EN)
    text = flat(text_of(reader))
    for heading in HEADINGS_EN:
        assert heading in text
    for heading in HEADINGS_ID:
        assert heading not in text
    assert "Halaman" not in text and "Page 1 of 1" in text
    assert "Ringkasan Kebijakan" not in text
    assert "Action" in text and "Actor" in text and "Due" in text  # the steps table header
    assert catalog(reader)["/Lang"] == "en-GB"


def test_only_indonesian(brief: Brief, template: Template) -> None:
    reader = render(brief, template, ONLY_ID)
    text = flat(text_of(reader))
    for heading in HEADINGS_ID:
        assert heading in text
    for heading in ("Background", "Next Steps", PENDING_EN, "Policy Brief"):
        assert heading not in text
    assert "Tindakan" in text and "Pelaksana" in text and "Tenggat" in text
    assert LEAD_ID in text
    assert "Halaman 1 dari 1" in text and "Page" not in text
    assert catalog(reader)["/Lang"] == "id-ID"


def test_sequential_repeats_the_body_in_each_language(brief: Brief, template: Template) -> None:
    reader = render(brief, template, SEQUENTIAL)
    pages = [flat(page.extract_text() or "") for page in reader.pages]
    assert len(pages) >= 2
    text = " ".join(pages)
    assert text.index("BAHASA INDONESIA") < text.index("Latar Belakang") < text.index("ENGLISH")
    assert text.index("ENGLISH") < text.index("Background")
    english = text[text.index("ENGLISH") :]
    assert "Latar Belakang" not in english and "Action" in english
    assert "Latar Belakang / Background" not in text
    assert outline_titles(reader) == [
        "Bahasa Indonesia",
        [
            "Latar Belakang",
            ["Kerja sama R&D <ekonomi> kreatif"],
            "Pernyataan",
            "Langkah Selanjutnya",
            "Sumber",
        ],
        "English",
        ["Background", [PENDING_EN], "Statements", "Next Steps", "Sources"],
    ]


def test_parallel_steps_are_one_bilingual_register(brief: Brief, template: Template) -> None:
    text = flat(text_of(render(brief, template)))
    assert "Tindakan / Action" in text and "Pelaksana / Actor" in text
    assert text.count("Kemenekraf dan KBRI Seoul") == 1  # once, not in each column
    assert text.count("PATADaily.id — Wamen Ekraf terima DCM KBRI Seoul") == 1


def test_sources_are_numbered_and_linked(brief: Brief, template: Template) -> None:
    reader = render(brief, template, ONLY_EN)
    text = flat(text_of(reader))
    assert "1. PATADaily.id — Wamen Ekraf terima DCM KBRI Seoul — Tuesday, 20 January 2026" in text
    uris = [
        annot.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if "/A" in annot.get_object()
    ]
    assert "https://example.org/berita/1" in uris


def test_organisation_classification_and_metadata(brief: Brief, template: Template) -> None:
    template = dataclasses.replace(
        template,
        organization=Bilingual.both("Kementerian Ekonomi Kreatif", "Ministry of Creative Economy"),
        classification="TERBATAS / RESTRICTED",
    )
    reader = render(brief, template)
    text = flat(text_of(reader))
    assert "KEMENTERIAN EKONOMI KREATIF" in text.upper()
    assert "TERBATAS / RESTRICTED" in text
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Ringkasan Kebijakan / Policy Brief"
    assert meta.author == "Kementerian Ekonomi Kreatif"
    assert meta.creator == "briefgen"
    assert meta.subject == "Selasa, 20 Januari 2026 / Tuesday, 20 January 2026"
    assert "briefgen" in str(meta.get("/Keywords"))
    assert meta.creation_date is not None and meta.creation_date.date() == dt.date(2026, 1, 26)


def test_default_author_is_briefgen(brief: Brief, template: Template) -> None:
    meta = render(brief, template).metadata
    assert meta is not None and meta.author == "briefgen"


# --------------------------------------------------------------------------- page, footer, outline


def test_a4_by_default_and_letter_when_the_template_says_so(brief: Brief, template: Template) -> None:
    box = render(brief, template).pages[0].mediabox
    assert float(box.width) == pytest.approx(A4[0], abs=1)
    assert float(box.height) == pytest.approx(A4[1], abs=1)
    letter = dataclasses.replace(template, page_size="Letter")
    box = render(brief, letter).pages[0].mediabox
    assert float(box.width) == pytest.approx(LETTER[0], abs=1)
    assert float(box.height) == pytest.approx(LETTER[1], abs=1)


def test_left_margin_comes_from_the_template(brief: Brief, template: Template) -> None:
    wide = dataclasses.replace(template, margins_mm=(20.0, 20.0, 20.0, 45.0))
    xs: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            xs.append(float(tm[4]) * float(cm[0]) + float(cm[4]))

    render(brief, wide, ONLY_ID).pages[0].extract_text(visitor_text=visit)
    body_xs = [x for x in xs if x < 200]
    assert min(body_xs) == pytest.approx(45 * 72 / 25.4, abs=1.5)


def test_footer_counts_the_real_number_of_pages(brief: Brief, template: Template) -> None:
    reader = render(long_brief(brief), template)
    total = len(reader.pages)
    assert total >= 3
    first = flat(reader.pages[0].extract_text() or "")
    last = flat(reader.pages[-1].extract_text() or "")
    assert f"Halaman 1 dari {total} / Page 1 of {total}" in first
    assert f"Halaman {total} dari {total} / Page {total} of {total}" in last
    for number, page in enumerate(reader.pages, start=1):
        assert f"Halaman {number} dari {total}" in flat(page.extract_text() or "")


def test_outline_mirrors_the_headings(brief: Brief, template: Template) -> None:
    reader = render(brief, template)
    assert outline_titles(reader) == [
        "Latar Belakang / Background",
        [f"Kerja sama R&D <ekonomi> kreatif / {PENDING_EN}"],
        "Pernyataan / Statements",
        "Langkah Selanjutnya / Next Steps",
        "Sumber / Sources",
    ]
    assert outline_titles(render(brief, template, ONLY_EN))[0] == "Background"


def test_outline_points_at_the_page_of_each_heading(brief: Brief, template: Template) -> None:
    reader = render(long_brief(brief), template)
    pages = {
        item.title: reader.get_destination_page_number(item)
        for item in reader.outline
        if not isinstance(item, list)
    }
    assert pages["Latar Belakang / Background"] == 0
    statements = pages["Pernyataan / Statements"]
    assert statements is not None and statements > 0
    assert "Pernyataan / Statements" in flat(reader.pages[statements].extract_text() or "")


# --------------------------------------------------------------------------- fonts


def assert_fonts_embedded(data: bytes, tmp_path: Path) -> None:
    fonts = fonts_of(PdfReader(io.BytesIO(data)))
    assert fonts
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert "Helvetica" not in name and "Times" not in name
    if shutil.which("pdffonts"):
        path = tmp_path / "brief.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows
        for row in rows:
            assert row.split()[-5] == "yes", row  # the "emb" column


@pytest.mark.parametrize("options", [PARALLEL, SEQUENTIAL, ONLY_EN], ids=["parallel", "sequential", "en"])
def test_every_font_is_embedded(
    brief: Brief, template: Template, options: RenderOptions, tmp_path: Path
) -> None:
    template = dataclasses.replace(template, classification="TERBATAS")
    assert_fonts_embedded(write_pdf(brief, template, options).data, tmp_path)


def test_template_fonts_are_used_and_embedded(brief: Brief, template: Template, tmp_path: Path) -> None:
    import reportlab

    folder = Path(reportlab.__file__).parent / "fonts"
    custom = dataclasses.replace(
        template,
        font_regular=str(folder / "VeraBd.ttf"),  # bold everywhere: visibly the template's choice
        font_bold=str(folder / "VeraBd.ttf"),
        font_italic=str(folder / "VeraBI.ttf"),
        font_bold_italic=str(folder / "VeraBI.ttf"),
    )
    data = write_pdf(brief, custom, PARALLEL).data
    assert_fonts_embedded(data, tmp_path)
    names = set(fonts_of(PdfReader(io.BytesIO(data))))
    assert not any(name.endswith("BitstreamVeraSans-Roman") for name in names)
    assert any(name.endswith("BitstreamVeraSans-Bold") for name in names)


def test_a_broken_font_is_a_template_error(brief: Brief, template: Template, tmp_path: Path) -> None:
    broken = tmp_path / "Broken.ttf"
    broken.write_bytes(b"not a font at all")
    bad = dataclasses.replace(template, font_regular=str(broken))
    with pytest.raises(TemplateError, match="Broken.ttf"):
        write_pdf(brief, bad, PARALLEL)


# --------------------------------------------------------------------------- robustness


def hostile_brief(brief: Brief) -> Brief:
    hostile = " ".join(HOSTILE) + " nol\x00byte"
    blocks: list[Block] = [
        Paragraph(Bilingual(hostile, hostile, "human")),
        Subheading(Bilingual(hostile, None)),
        QuoteBlock(Bilingual(hostile, hostile, "machine"), "R&D <Tim>", Bilingual.both("<i>", "&")),
        StepItem(Bilingual(hostile, None), "AT&T <x>", Bilingual.both("]]>", "{{ x }}")),
        SourceItem("R&D <b>", hostile, None, 'https://example.org/?a=1&b=<2>"'),
    ]
    return dataclasses.replace(
        brief,
        title=Bilingual.both("<para>Judul & ]]>", "{{ title }} <b>"),
        sections=[Section("background", Bilingual.both("R&D <b>", "x <y"), blocks)],
    )


@pytest.mark.parametrize("options", [PARALLEL, SEQUENTIAL, ONLY_ID], ids=["parallel", "sequential", "id"])
def test_hostile_text_comes_out_literally(brief: Brief, template: Template, options: RenderOptions) -> None:
    text = flat(text_of(render(hostile_brief(brief), template, options)))
    for piece in HOSTILE:
        assert piece in text, piece
    assert "nolbyte" in text
    assert "\x00" not in text
    assert "<para>Judul & ]]>" in text
    assert "R&D <Tim>" in text


def test_a_paragraph_of_6000_words_does_not_crash(brief: Brief, template: Template) -> None:
    words_id = " ".join(f"kata{i}" for i in range(6000)) + " AKHIRTEKS"
    words_en = " ".join(f"word{i}" for i in range(5000)) + " ENDOFTEXT"
    huge: list[Block] = [
        Paragraph(Bilingual(words_id, words_en, "human")),
        QuoteBlock(Bilingual(words_id, None), "Irene Umar"),
        StepItem(Bilingual(words_id, words_en, "human"), "KBRI", None),
    ]
    sections = [dataclasses.replace(brief.sections[0], blocks=huge), *brief.sections[1:]]
    giant = dataclasses.replace(brief, sections=sections)
    for options in (PARALLEL, ONLY_ID):
        reader = render(giant, template, options)
        total = len(reader.pages)
        assert total > 5
        text = text_of(reader)
        assert "AKHIRTEKS" in text and "kata5999" in text
        assert f"dari {total}" in flat(reader.pages[-1].extract_text() or "")
        if options is PARALLEL:
            assert "ENDOFTEXT" in text and "word4999" in text


def test_a_long_url_wraps_inside_the_page(brief: Brief, template: Template) -> None:
    import reportlab
    from reportlab.pdfbase.ttfonts import TTFont

    vera = TTFont("TestVera", str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
    url = "https://example.org/" + "sangat-panjang-" * 40 + "akhir"
    sources = Section("sources", Bilingual.both("Sumber", "Sources"), [SourceItem(None, None, None, url)])
    reader = render(dataclasses.replace(brief, sections=[sources]), template, ONLY_ID)
    right_edge = float(reader.pages[0].mediabox.width) - 20 * 72 / 25.4
    ends: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if "sangat" in text:
            scale = float(tm[0]) * float(cm[0])
            start = float(tm[4]) * float(cm[0]) + float(cm[4])
            ends.append(start + vera.stringWidth(text.rstrip("\n"), float(size)) * scale)

    reader.pages[0].extract_text(visitor_text=visit)
    assert len(ends) >= 3  # the address took several lines
    assert max(ends) <= right_edge + 0.5
    assert "akhir" in text_of(reader).replace("\n", "")  # the address ends on the page (wherever it wraps)


def test_two_calls_give_identical_bytes(brief: Brief, template: Template) -> None:
    for options in (PARALLEL, SEQUENTIAL):
        assert write_pdf(brief, template, options).data == write_pdf(brief, template, options).data


def test_writes_no_files(brief: Brief, template: Template, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    data = write_pdf(brief, template, PARALLEL).data
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_finds_no_errors(brief: Brief, template: Template, tmp_path: Path) -> None:
    for index, options in enumerate((PARALLEL, SEQUENTIAL, ONLY_EN)):
        path = tmp_path / f"brief-{index}.pdf"
        path.write_bytes(write_pdf(long_brief(brief, 10), template, options).data)
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


# --------------------------------------------------------------- templates: fallback fonts, letterhead


NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")


def korean_brief(brief: Brief, text: str) -> Brief:
    sections = [dataclasses.replace(brief.sections[0], blocks=[Paragraph(Bilingual.both(text, text))])]
    return dataclasses.replace(brief, sections=sections, warnings=[])


def test_characters_no_font_has_are_a_warning_not_silent_boxes(brief: Brief, template: Template) -> None:
    from briefgen.writers.pdf import missing_characters

    hieroglyph = "\U00013000"  # in none of Vera, NanumGothic or DejaVu Sans
    odd = korean_brief(brief, f"Tanda {hieroglyph} kuno")
    assert missing_characters(odd, template, ONLY_ID) == [hieroglyph]
    written = write_pdf(odd, template, ONLY_ID)
    assert len(written.warnings) == 1
    assert "U+13000" in written.warnings[0] and "fonts.fallback" in written.warnings[0]
    assert odd.warnings == []  # a writer never changes the brief
    assert write_pdf(korean_brief(brief, "Teks biasa"), template, ONLY_ID).warnings == []


def test_template_fallback_font_is_used_first(brief: Brief, template: Template, tmp_path: Path) -> None:
    if not NANUM.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{NANUM} is required in CI (.ci/run installs fonts-nanum)")
        pytest.skip("fonts-nanum not installed")
    korean = korean_brief(brief, "Aktor 이민호 hadir")
    data, warnings = write_pdf(korean, dataclasses.replace(template, font_fallback=(str(NANUM),)), ONLY_ID)
    assert warnings == []
    assert "이민호" in flat(text_of(PdfReader(io.BytesIO(data))))
    assert any(name.endswith("+NanumGothic") for name in fonts_of(PdfReader(io.BytesIO(data))))
    assert_fonts_embedded(data, tmp_path)


def test_running_header_footer_and_sections_from_the_template(brief: Brief, template: Template) -> None:
    custom = dataclasses.replace(
        template,
        classification="TERBATAS / RESTRICTED",
        header_text="Kementerian Contoh",
        footer_text="Untuk kalangan terbatas",
        section_order=("sources", "background"),
        section_labels={"sources": Bilingual.both("D. Sumber", "D. Sources")},
    )
    reader = render(long_brief(brief), custom)
    for page in reader.pages:
        text = flat(page.extract_text() or "")
        assert text.startswith("TERBATAS / RESTRICTED Kementerian Contoh")
        assert "Untuk kalangan terbatas Halaman" in text
    titles = outline_titles(reader)
    assert titles[0] == "D. Sumber / D. Sources" and titles[1] == "Latar Belakang / Background"
    assert "Pernyataan / Statements" in titles  # a kind the order leaves out is never dropped


def test_letterhead_pdf_without_a_logo(brief: Brief, template: Template, tmp_path: Path) -> None:
    custom = dataclasses.replace(
        template,
        title_block="letterhead",
        organization=Bilingual.both("Kementerian Contoh", "Ministry of Examples"),
        address="Jalan Contoh 1",
        number="ND-{year}{month}{day}",
    )
    data = write_pdf(brief, custom, PARALLEL).data
    text = flat(text_of(PdfReader(io.BytesIO(data))))
    assert "KEMENTERIAN CONTOH Ministry of Examples Jalan Contoh 1" in text
    assert "Nomor / Number: ND-20260126" in text
    assert "Tanggal / Date Senin, 26 Januari 2026 / Monday, 26 January 2026" in text
    assert_fonts_embedded(data, tmp_path)


@pytest.mark.parametrize("options", [PARALLEL, SEQUENTIAL, ONLY_EN], ids=["parallel", "sequential", "en"])
def test_a_story_laid_out_as_it_is_made_gives_the_pdf_of_the_whole_story(
    template: Template, options: RenderOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import annexed_brief

    from briefgen.writers.pdf.writer import PdfWriter

    brief = annexed_brief(30)
    chunks = PdfWriter.chunks
    sizes: list[int] = []

    def counted(self: PdfWriter) -> Any:
        for chunk in chunks(self):
            sizes.append(len(chunk))
            yield chunk

    monkeypatch.setattr(PdfWriter, "chunks", counted)
    lazy = write_pdf(brief, template, options).data
    assert len(sizes) > 30 and max(sizes) < sum(sizes) / 3  # made in many small pieces
    # The same story given to reportlab whole, as before it was made piece by piece.
    monkeypatch.setattr(PdfWriter, "chunks", lambda self: iter([[f for c in chunks(self) for f in c]]))
    assert lazy == write_pdf(brief, template, options).data
    assert len(PdfReader(io.BytesIO(lazy)).pages) > 5


def link_uris(reader: PdfReader) -> list[str]:
    return [
        annot.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if "/A" in annot.get_object()
    ]


@pytest.mark.parametrize(
    "junk",
    [
        # What a fuzzed front matter held (made up here): an address run into 15,000 characters of
        # other text with spaces and three CJK corner brackets (U+300E, drawn in a fallback font).
        "http://example.org/berita/2026/01/20" + "Jumat (16/1/2026)" * 880 + "『a』『",
        # No spaces, but longer than any real address; non-ASCII, so written as UTF-16 in a link.
        "https://example.org/" + "『panjang-" * 600,
    ],
)
def test_a_source_address_that_is_no_address_is_printed_not_linked(
    brief: Brief, template: Template, junk: str
) -> None:
    # reportlab repeats a link's address on every line the text wraps to: such an address made
    # a 14–67 MB PDF of a few pages. It stays a few kilobytes more than a brief without it.
    def pdf_with(url: str) -> bytes:
        sources = Section(
            "sources", Bilingual.both("Sumber", "Sources"), [SourceItem("Outlet", "Judul", None, url)]
        )
        return write_pdf(dataclasses.replace(brief, sections=[sources]), template, ONLY_ID).data

    plain = pdf_with("https://example.org/berita/1")
    data = pdf_with(junk)
    assert len(data) <= len(plain) + 1_000_000, (len(plain), len(data))
    reader = PdfReader(io.BytesIO(data))
    assert link_uris(reader) == []
    assert "『" in text_of(reader) and len(flat(text_of(reader))) > 5_000  # printed in full
    assert link_uris(PdfReader(io.BytesIO(plain))) == ["https://example.org/berita/1"]
