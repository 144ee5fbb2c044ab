"""Every shipped template × layout × format, rendered and checked as a print shop would.

DOCX: styles, PAGE/NUMPAGES/TOC fields, the reference document's look, the kop surat, and
LibreOffice opening and paginating every file. PDF: page size, outline, embedded fonts only,
``qpdf --check``, metadata, the kop surat and Hangul set in a fallback font. The Debian tools
(poppler-utils, qpdf, LibreOffice, fonts-nanum) must be present in CI; elsewhere their tests skip.
"""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader
from readback import NEEDS_TOOLS, tool

from briefgen.model import Bilingual, Brief, Paragraph, RenderOptions, Template
from briefgen.templates import load_template
from briefgen.writers.docx import write_docx
from briefgen.writers.pdf import write_pdf

NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
TEMPLATES = ("default", "memo")
LAYOUTS = ("parallel", "sequential")
A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)
HANGUL = "이민호"


def needs_nanum() -> None:
    if not NANUM.is_file():
        if NEEDS_TOOLS:
            pytest.fail(f"{NANUM} is required in CI (.ci/run installs fonts-nanum)")
        pytest.skip("fonts-nanum not installed")


def flat(text: str) -> str:
    return " ".join(text.split())


def rich_brief(brief: Brief) -> Brief:
    """The fixture brief as if built from two articles, with a Korean name and English counts."""
    extra = Paragraph(
        Bilingual(f"Aktor {HANGUL} hadir di Jakarta.", f"Actor {HANGUL} attended in Jakarta.", "human")
    )
    sections = [dataclasses.replace(brief.sections[0], blocks=[*brief.sections[0].blocks, extra])]
    return dataclasses.replace(
        brief,
        source_count=2,
        sections=sections + brief.sections[1:],
        english={"human": 3, "glossary": 2, "machine": 4, "missing": 1},
        warnings=[],
    )


@dataclasses.dataclass
class Rendered:
    template: Template
    layout: str
    docx: bytes
    pdf: bytes
    warnings: list[str]

    @property
    def name(self) -> str:
        return f"{self.template.name}-{self.layout}"


@pytest.fixture(scope="module")
def rendered() -> dict[str, Rendered]:
    from conftest import make_brief

    results: dict[str, Rendered] = {}
    for name in TEMPLATES:
        template = load_template(name)
        for layout in LAYOUTS:
            brief = rich_brief(make_brief())
            options = RenderOptions(langs=("id", "en"), layout=layout)  # type: ignore[arg-type]
            pdf, warnings = write_pdf(brief, template, options)
            item = Rendered(template, layout, write_docx(brief, template, options).data, pdf, warnings)
            results[item.name] = item
    return results


@pytest.fixture(scope="module")
def files(rendered: dict[str, Rendered], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("templates")
    for item in rendered.values():
        (folder / f"{item.name}.docx").write_bytes(item.docx)
        (folder / f"{item.name}.pdf").write_bytes(item.pdf)
    return folder


CASES = [f"{t}-{layout}" for t in TEMPLATES for layout in LAYOUTS]


def xml_part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def footer_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer"))


def header_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("word/header"))


def document_text(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


# --------------------------------------------------------------------------- DOCX


@pytest.mark.parametrize("case", CASES)
def test_docx_fields_styles_and_page(rendered: dict[str, Rendered], case: str) -> None:
    item = rendered[case]
    document = docx.Document(io.BytesIO(item.docx))
    footer = footer_xml(item.docx)
    assert re.search(r"<w:instrText[^>]*> PAGE \\\* MERGEFORMAT </w:instrText>", footer)
    assert re.search(r"<w:instrText[^>]*> NUMPAGES \\\* MERGEFORMAT </w:instrText>", footer)
    body = xml_part(item.docx, "word/document.xml")
    # A table of contents only for the long form, with the annex; fields filled on opening.
    assert not re.search(r"<w:instrText[^>]*> TOC ", body), "no annex: no table of contents"
    assert "<w:updateFields" in xml_part(item.docx, "word/settings.xml")
    assert body.count('w:fldCharType="begin"') == body.count('w:fldCharType="end"')
    names = {style.name for style in document.styles}
    for style in ("Normal", "Title", "Heading 1", "Heading 2", "Quote", "Source", "Attribution", "TOC 1"):
        assert style in names
    used = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Colophon"} <= used
    section = document.sections[-1]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    left = item.template.margins_mm[3]
    assert abs(section.left_margin - Mm(left)) < Mm(0.2)
    props = document.core_properties
    assert props.title == "Ringkasan Kebijakan / Policy Brief"
    assert props.language == "id-ID, en-GB"
    assert props.created.date().isoformat() == "2026-01-26"
    text = document_text(document)
    assert "English: 3 human, 2 glossary, 4 machine-translated (marked [MT]), 1 pending" in text
    assert "Bahasa Inggris: 3 oleh penerjemah" in text
    rels = xml_part(item.docx, "word/_rels/document.xml.rels")
    assert 'Target="https://example.org/berita/1" TargetMode="External"' in rels


def test_memo_docx_uses_the_reference_document(rendered: dict[str, Rendered]) -> None:
    item = rendered["memo-parallel"]
    reference = docx.Document(str(item.template.reference_docx))
    document = docx.Document(io.BytesIO(item.docx))
    heading = document.styles["Heading 1"]
    assert heading.font.name == reference.styles["Heading 1"].font.name == "Arial"
    assert str(heading.font.color.rgb) == str(reference.styles["Heading 1"].font.color.rgb) == "1B2A4A"
    assert heading.font.all_caps is True
    assert document.styles["Normal"].font.name == "Arial"  # not the template's fonts.docx default
    # The reference's letterhead rules stay in the header and footer; briefgen's lines are added.
    header, footer = header_xml(item.docx), footer_xml(item.docx)
    assert 'w:bottom w:val="single"' in header and "TERBATAS / RESTRICTED" in header
    assert 'w:top w:val="single"' in footer and "Hanya untuk keperluan dinas" in footer
    assert "Dokumen acuan gaya" not in document_text(document)  # the reference's body is gone


@pytest.mark.parametrize("layout", LAYOUTS)
def test_memo_docx_has_the_kop_surat(rendered: dict[str, Rendered], layout: str) -> None:
    document = docx.Document(io.BytesIO(rendered[f"memo-{layout}"].docx))
    text = document_text(document)
    order = [
        "KEMENTERIAN CONTOH",
        "Jalan Merdeka Contoh No. 1",
        "Ringkasan Kebijakan",
        "Nomor / Number: B-1/RKB/01/2026",
        "Tanggal / Date: 26 Januari 2026 / 26 January 2026",
    ]
    positions = [text.find(piece) for piece in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    kop = document.tables[0]
    assert kop._tbl.find(f".//{qn('w:drawing')}") is not None, "the logo is in the kop surat"
    assert 'w:val="thickThinSmallGap"' in kop._tbl.xml
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0].startswith("Latar Belakang") and "Rujukan" in " ".join(headings)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_default_is_plain(rendered: dict[str, Rendered], fmt: str) -> None:
    item = rendered["default-parallel"]
    if fmt == "docx":
        text = document_text(docx.Document(io.BytesIO(item.docx)))
    else:
        text = flat("\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(item.pdf)).pages))
    assert "Nomor" not in text and "KEMENTERIAN" not in text and "TERBATAS" not in text
    assert "Latar Belakang / Background" in text


# --------------------------------------------------------------------------- PDF


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for entry in items:
            if isinstance(entry, list):
                walk(entry)
            else:
                titles.append(entry.title)

    walk(reader.outline)
    return titles


@pytest.mark.parametrize("case", CASES)
def test_pdf_page_outline_metadata(rendered: dict[str, Rendered], case: str) -> None:
    item = rendered[case]
    reader = PdfReader(io.BytesIO(item.pdf))
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=1)
    titles = outline_titles(reader)
    last = "Rujukan" if item.template.name == "memo" else "Sumber"
    if item.layout == "parallel":
        assert titles[0] == "Latar Belakang / Background" and titles[-1].startswith(f"{last} / ")
    else:
        assert titles[:2] == ["Bahasa Indonesia", "Latar Belakang"] and "English" in titles and last in titles
    root = reader.trailer["/Root"].get_object()
    assert root["/Lang"] == "id-ID"
    meta = reader.metadata
    assert meta is not None and meta.title == "Ringkasan Kebijakan / Policy Brief"
    assert meta.creation_date is not None and meta.creation_date.date().isoformat() == "2026-01-26"
    if item.template.name == "memo":
        assert meta.author == "Kementerian Contoh"
    text = flat("\n".join(p.extract_text() or "" for p in reader.pages))
    assert "English: 3 human, 2 glossary, 4 machine-translated (marked [MT]), 1 pending" in text
    pages = len(reader.pages)
    assert f"Halaman {pages} dari {pages}" in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_memo_pdf_has_the_kop_surat_in_reading_order(rendered: dict[str, Rendered], layout: str) -> None:
    reader = PdfReader(io.BytesIO(rendered[f"memo-{layout}"].pdf))
    text = flat(reader.pages[0].extract_text() or "")
    order = [
        "TERBATAS / RESTRICTED",
        "KEMENTERIAN CONTOH",
        "Ministry of Examples",
        "Jalan Merdeka Contoh No. 1",
        "Ringkasan Kebijakan",
        "Policy Brief",
        "Nomor / Number: B-1/RKB/01/2026",
        "Tanggal / Date 26 Januari 2026 / 26 January 2026",
    ]
    position = 0
    for piece in order:  # each piece after the one before: the text layer is in reading order
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} not after position {position} in {text[:400]!r}"
        position = found + len(piece)
    images = reader.pages[0]["/Resources"]["/XObject"]
    assert any(images[key].get_object()["/Subtype"] == "/Image" for key in images), "the logo is drawn"


def test_letter_page_by_template(brief: Brief) -> None:
    for name in TEMPLATES:
        letter = dataclasses.replace(load_template(name), page_size="Letter")
        box = PdfReader(io.BytesIO(write_pdf(brief, letter, RenderOptions()).data)).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(LETTER, abs=1)


@pytest.mark.parametrize("case", CASES)
def test_pdf_fonts_are_all_embedded(rendered: dict[str, Rendered], files: Path, case: str) -> None:
    pdffonts = tool("pdffonts")
    out = subprocess.run(
        [pdffonts, str(files / f"{case}.pdf")], capture_output=True, text=True, check=True
    ).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_qpdf_finds_no_errors(files: Path) -> None:
    qpdf = tool("qpdf")
    for case in CASES:
        check = subprocess.run([qpdf, "--check", str(files / f"{case}.pdf")], capture_output=True, text=True)
        assert check.returncode == 0, case + check.stdout + check.stderr


@pytest.mark.parametrize("case", CASES)
def test_hangul_is_set_in_a_fallback_font(rendered: dict[str, Rendered], case: str) -> None:
    needs_nanum()
    item = rendered[case]
    reader = PdfReader(io.BytesIO(item.pdf))
    assert HANGUL in flat("\n".join(p.extract_text() or "" for p in reader.pages))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any(name.endswith("+NanumGothic") for name in fonts), fonts
    assert item.warnings == []


# --------------------------------------------------------------------------- LibreOffice


def test_libreoffice_opens_and_paginates_every_docx(files: Path) -> None:
    soffice = tool("soffice")
    pdftotext = tool("pdftotext")
    out = files / "lo"
    profile = files / "lo-profile"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *(str(files / f"{case}.docx") for case in CASES),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    for case in CASES:
        pdf = out / f"{case}.pdf"
        assert pdf.is_file(), f"LibreOffice did not convert {case}.docx: {done.stdout} {done.stderr}"
        pages = len(PdfReader(str(pdf)).pages)
        text = flat(subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout)
        assert f"Halaman 1 dari {pages} / Page 1 of {pages}" in text, case
        assert f"Halaman {pages} dari {pages}" in text
        assert "Ringkasan Kebijakan" in text and HANGUL in text
        if case.startswith("memo"):
            assert "KEMENTERIAN CONTOH" in text and "TERBATAS / RESTRICTED" in text


# --------------------------------------------------------------------------- nota dinas


def memo_brief(brief: Brief) -> Brief:
    from briefgen.model import Section

    return dataclasses.replace(
        brief, sections=[*brief.sections, Section("annex", Bilingual.both("Lampiran", "Annex"))]
    )


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_the_memo_is_a_nota_dinas_with_a_signature_block(brief: Brief, layout: str) -> None:
    from briefgen.model import Memo

    memo = load_template("memo")
    memo = dataclasses.replace(
        memo,
        memo=dataclasses.replace(memo.memo, to="Menteri Uji", signer="Dr. Sari Uji", nip="1980 01"),
        number="ND-{seq}/{year}",
    )
    options = RenderOptions(layout=layout)  # type: ignore[arg-type]
    pdf = flat(
        " ".join(
            p.extract_text()
            for p in PdfReader(io.BytesIO(write_pdf(memo_brief(brief), memo, options).data)).pages
        )
    )
    document = docx.Document(io.BytesIO(write_docx(memo_brief(brief), memo, options).data))
    word = flat(document_text(document))
    for text in (pdf, word):
        for field in (
            "Kepada Yth. / To",
            "Dari / From",
            "Hal / Subject",
            "Sifat / Nature",
            "Lampiran / Attachment",
        ):
            assert field in text, field
        assert "Menteri Uji" in text and "Segera" in text and "1 (satu) berkas / 1 file" in text
        assert "Ringkasan Kebijakan, Selasa, 20 Januari 2026" in text  # Hal: the title and the period
        assert "Kepala Biro Komunikasi dan Informasi Publik" in text
        assert text.count("Dr. Sari Uji") == 1 and "NIP 1980 01" in text  # signed once, in either layout
        assert "Tembusan / Copies to" in text and "Inspektur Jenderal" in text
        assert "ND-1/2026" in text
        # The signature block after the sources, the colophon after it.
        assert text.rindex("References") < text.index("Dr. Sari Uji") < text.rindex("Prepared with briefgen")
    assert Memo().to == ""  # a template without [memo] has none of it
    plain = flat(
        " ".join(
            p.extract_text()
            for p in PdfReader(
                io.BytesIO(write_pdf(brief, load_template("default"), RenderOptions()).data)
            ).pages
        )
    )
    assert "Kepada Yth." not in plain and "NIP" not in plain
