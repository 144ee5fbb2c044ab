"""The DOCX writer, read back with python-docx: structure, layouts, languages, fields and metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

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
from briefgen.writers.common import STEP_HEADERS
from briefgen.writers.docx import write_docx

PARALLEL = RenderOptions(langs=("id", "en"), layout="parallel")
SEQUENTIAL = RenderOptions(langs=("id", "en"), layout="sequential")
ONLY_ID = RenderOptions(langs=("id",))
ONLY_EN = RenderOptions(langs=("en",))

LEAD_ID = "Wamen Ekraf menerima kunjungan DCM KBRI Seoul & tim pada 20/1."
BODY_ID = "Pertemuan membahas film, musik dan talenta."
BODY_EN = "The meeting discussed film, music and talent."
PENDING_EN = "[translation pending]"


def render(brief: Brief, template: Template, options: RenderOptions = PARALLEL) -> Any:
    return docx.Document(io.BytesIO(write_docx(brief, template, options).data))


def styled(document: Any, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def all_text(document: Any) -> str:
    """Every paragraph of the body, including those inside table cells."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def language_rows(document: Any) -> list[tuple[str, str]]:
    """(left, right) texts of every row of the two-column language tables."""
    return [
        (row.cells[0].text, row.cells[1].text)
        for table in document.tables
        if len(table.columns) == 2
        for row in table.rows
    ]


def run_langs(document: Any) -> dict[str, set[str]]:
    """For each non-empty run text in the body, the w:lang values it carries."""
    found: dict[str, set[str]] = {}
    for r in document.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in r.iter(qn("w:t")))
        lang = r.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        found.setdefault(text, set()).add(lang.get(qn("w:val")) if lang is not None else "")
    return found


# --------------------------------------------------------------------------- page and styles


def test_a4_page_with_the_template_margins(brief: Brief, template: Template) -> None:
    template = dataclasses.replace(template, margins_mm=(25.0, 18.0, 22.0, 30.0))
    section = render(brief, template).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    assert abs(section.top_margin - Mm(25)) < Mm(0.1)
    assert abs(section.right_margin - Mm(18)) < Mm(0.1)
    assert abs(section.bottom_margin - Mm(22)) < Mm(0.1)
    assert abs(section.left_margin - Mm(30)) < Mm(0.1)


def test_letter_page_when_the_template_asks(brief: Brief, template: Template) -> None:
    section = render(brief, dataclasses.replace(template, page_size="Letter")).sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.5)
    assert abs(section.page_height - Mm(279.4)) < Mm(0.5)


def test_normal_font_size_and_heading_colour_from_the_template(brief: Brief, template: Template) -> None:
    template = dataclasses.replace(template, docx_font="Georgia", base_size_pt=11.0, color_heading="123456")
    document = render(brief, template)
    normal = document.styles["Normal"]
    assert normal.font.name == "Georgia"
    assert normal.font.size.pt == 11.0
    assert str(document.styles["Heading 1"].font.color.rgb) == "123456"


# --------------------------------------------------------------------------- title block


def test_title_block(brief: Brief, template: Template) -> None:
    template = dataclasses.replace(
        template, organization=Bilingual.both("Kementerian Luar Negeri", "Ministry of Foreign Affairs")
    )
    document = render(brief, template)
    texts = [p.text for p in document.paragraphs]
    title = styled(document, "Title")
    assert len(title) == 1
    assert "Ringkasan Kebijakan" in title[0] and "Policy Brief" in title[0]
    organisation = texts.index("Kementerian Luar Negeri / Ministry of Foreign Affairs")
    assert organisation < texts.index(title[0])
    meta = "\n".join(texts)
    assert "Periode / Period: Selasa, 20 Januari 2026 / Tuesday, 20 January 2026" in meta
    assert "Disusun / Prepared: Senin, 26 Januari 2026 / Monday, 26 January 2026" in meta
    assert "Jumlah sumber / Number of sources: 1" in meta


def test_no_organisation_line_or_header_when_the_template_has_none(brief: Brief, template: Template) -> None:
    document = render(brief, template)
    assert styled(document, "Organisation") == []
    assert document.paragraphs[0].style.name == "Title"
    assert document.sections[0].header.is_linked_to_previous


def test_classification_in_the_header(brief: Brief, template: Template) -> None:
    template = dataclasses.replace(template, classification="TERBATAS / RESTRICTED")
    header = render(brief, template).sections[0].header
    assert not header.is_linked_to_previous
    assert "TERBATAS / RESTRICTED" in "\n".join(p.text for p in header.paragraphs)


# --------------------------------------------------------------------------- parallel layout


def test_parallel_headings_are_heading_1_with_both_languages(brief: Brief, template: Template) -> None:
    document = render(brief, template)
    assert styled(document, "Heading 1") == [
        "Latar Belakang / Background",
        "Pernyataan / Statements",
        "Langkah Selanjutnya / Next Steps",
        "Sumber / Sources",
    ]
    assert styled(document, "Heading 2") == ["Kerja sama R&D <ekonomi> kreatif / " + PENDING_EN]


def test_parallel_rows_hold_indonesian_left_and_english_right(brief: Brief, template: Template) -> None:
    document = render(brief, template)
    rows = language_rows(document)
    assert (BODY_ID, BODY_EN) in rows
    assert ("BAHASA INDONESIA", "ENGLISH") in rows
    # Two-column rows kept whole; the register of next steps is the one four-column table.
    assert sorted(len(table.columns) for table in document.tables)[-1] == 4
    for table in document.tables:
        assert len(table.columns) in (2, 4)
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_parallel_tables_are_borderless(brief: Brief, template: Template) -> None:
    tables = [t for t in render(brief, template).tables if len(t.columns) == 2]
    # The language labels, then the rows of the fixture brief that have English beside them.
    assert len(tables) >= 2
    for table in tables:
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert borders is not None
        assert {b.get(qn("w:val")) for b in borders} == {"nil"}


def test_missing_english_shows_the_pending_marker_not_the_indonesian(
    brief: Brief, template: Template
) -> None:
    document = render(brief, template)
    rows = language_rows(document)
    # No English yet: the Indonesian runs across both columns, beside no empty cell ...
    assert LEAD_ID not in [left for left, _ in rows]
    body = [p.text for p in document.paragraphs]
    assert LEAD_ID in body and "“Kami ingin kerja sama ini berkelanjutan.”" in body
    # ... its attribution in both languages ...
    assert "— Irene Umar, Wakil Menteri Ekonomi Kreatif / Deputy Minister of Creative Economy" in body
    for left, right in rows:
        if left != right and left not in ("BAHASA INDONESIA", ""):
            assert left not in right
    # ... and each section says once how much awaits translation.
    notices = [right for _, right in rows if "awaits translation" in right]
    notices += [p for p in body if "awaits translation" in p]
    assert sorted(notices) == [
        "1 passage awaits translation (briefgen translate export).",
        "1 passage awaits translation (briefgen translate export).",
        "1 statement awaits translation (briefgen translate export).",
    ]
    assert PENDING_EN not in " ".join(body[body.index(LEAD_ID) :])


def test_pending_marker_is_grey_italic(brief: Brief, template: Template) -> None:
    document = render(brief, template)
    runs = [
        run
        for table in document.tables
        for row in table.rows
        for paragraph in row.cells[1].paragraphs
        for run in paragraph.runs
        if "awaits translation" in run.text
    ]
    assert runs
    for run in runs:
        assert run.italic is True
        assert str(run.font.color.rgb) == template.color_muted.upper()


def test_parallel_steps_and_sources(brief: Brief, template: Template) -> None:
    document = render(brief, template)
    # One register for both languages: bilingual headers, the Indonesian action (no English yet).
    (register,) = [t for t in document.tables if len(t.columns) == 4]
    rows = [[cell.text for cell in row.cells] for row in register.rows]
    assert rows[0] == ["Tindakan / Action", "Pelaksana / Actor", "Tenggat / Due", "Sumber / Source"]
    assert rows[1] == ["Memperkuat koordinasi dan komunikasi.", "Kemenekraf dan KBRI Seoul", "—", ""]
    # The sources once, full width, the date in both languages.
    body = [p.text for p in document.paragraphs]
    source = [p for p in body if "PATADaily.id" in p]
    assert source == [
        "1.\tPATADaily.id — Wamen Ekraf terima DCM KBRI Seoul — Selasa, 20 Januari 2026 / "
        "Tuesday, 20 January 2026 — https://example.org/berita/1"
    ]
    assert "PATADaily.id" not in " ".join(right for _, right in language_rows(document))


def test_machine_translation_is_marked(brief: Brief, template: Template) -> None:
    brief.sections[0].blocks.append(Paragraph(Bilingual("Dokumen mesin.", "Machine document.", "machine")))
    rows = language_rows(render(brief, template))
    assert ("Dokumen mesin.", "Machine document. [MT]") in rows


# --------------------------------------------------------------------------- single language


def test_indonesian_only_has_no_english(brief: Brief, template: Template) -> None:
    document = render(brief, template, ONLY_ID)
    assert styled(document, "Heading 1") == [
        "Latar Belakang",
        "Pernyataan",
        "Langkah Selanjutnya",
        "Sumber",
    ]
    assert styled(document, "Heading 2") == ["Kerja sama R&D <ekonomi> kreatif"]
    text = all_text(document)
    for english in ("Background", "Policy Brief", BODY_EN, PENDING_EN, "Page", "Actor"):
        assert english not in text
    assert styled(document, "Title") == ["Ringkasan Kebijakan"]
    footer = document.sections[0].footer.paragraphs[0].text
    assert footer.startswith("Halaman 1 dari 1") and "Page" not in footer
    assert document.core_properties.language == "id-ID"


def test_english_only_has_english_headings_and_markers(brief: Brief, template: Template) -> None:
    document = render(brief, template, ONLY_EN)
    assert styled(document, "Heading 1") == ["Background", "Statements", "Next Steps", "Sources"]
    assert styled(document, "Heading 2") == [PENDING_EN]
    text = all_text(document)
    assert LEAD_ID not in text and BODY_ID not in text and "Latar Belakang" not in text
    assert BODY_EN in text
    assert document.sections[0].footer.paragraphs[0].text == "Page 1 of 1"
    assert document.core_properties.language == "en-GB"


def test_lead_and_note_paragraph_styles(brief: Brief, template: Template) -> None:
    brief.sections[0].blocks.append(Paragraph(Bilingual.both("Catatan kecil.", "A small note."), "note"))
    document = render(brief, template, ONLY_ID)
    assert styled(document, "Lead") == [LEAD_ID]
    assert styled(document, "Note") == ["Catatan kecil."]
    base = document.styles["Normal"].font.size.pt
    assert document.styles["Lead"].font.size.pt > base
    assert document.styles["Note"].font.size.pt < base


def test_steps_table_in_one_language(brief: Brief, template: Template) -> None:
    brief.sections[2].blocks.append(
        StepItem(
            Bilingual.both("Menyusun MoU.", "Draft an MoU."),
            "KBRI Seoul",
            Bilingual.both("Maret 2026", "March 2026"),
            event=2,
            source="Antara",
        )
    )
    document = render(brief, template, ONLY_ID)
    steps = [t for t in document.tables if len(t.columns) == 4]
    assert len(steps) == 1
    rows = [[cell.text for cell in row.cells] for row in steps[0].rows]
    assert rows[0] == list(STEP_HEADERS["id"])
    assert rows[1] == ["Memperkuat koordinasi dan komunikasi.", "Kemenekraf dan KBRI Seoul", "—", ""]
    assert rows[2][:3] == ["Menyusun MoU.", "KBRI Seoul", "Maret 2026"]
    # The key point and the source, each on a line of its own.
    assert [p.text for p in steps[0].rows[2].cells[3].paragraphs] == ["Pokok 2", "Antara"]
    assert steps[0].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None

    english = render(brief, template, ONLY_EN)
    rows = [[cell.text for cell in row.cells] for row in english.tables[0].rows]
    assert rows[0] == list(STEP_HEADERS["en"])
    assert rows[1] == ["", "Kemenekraf dan KBRI Seoul", "—", ""]  # the notice under the table says why
    assert [p.text for p in english.tables[0].rows[2].cells[3].paragraphs] == ["Point 2", "Antara"]


def test_sources_are_numbered(brief: Brief, template: Template) -> None:
    brief.sections[3].blocks.append(SourceItem(None, "Kedua", None, "berita/dua.txt"))
    document = render(brief, template, ONLY_ID)
    lines = styled(document, "Source")
    assert lines[0].startswith("1.\tPATADaily.id — Wamen Ekraf terima DCM KBRI Seoul")
    assert lines[1] == "2.\tKedua — berita/dua.txt"


# --------------------------------------------------------------------------- sequential layout


def test_sequential_puts_the_indonesian_body_before_the_english(brief: Brief, template: Template) -> None:
    document = render(brief, template, SEQUENTIAL)
    headings = styled(document, "Heading 1")
    assert headings == [
        "Latar Belakang",
        "Pernyataan",
        "Langkah Selanjutnya",
        "Sumber",
        "Background",
        "Statements",
        "Next Steps",
        "Sources",
    ]
    texts = [p.text for p in document.paragraphs]
    assert texts.index(LEAD_ID) < texts.index("Background") < texts.index(BODY_EN)
    english_label = next(p for p in document.paragraphs if p.text == "ENGLISH")
    assert english_label.paragraph_format.page_break_before is True
    assert not [t for t in document.tables if len(t.columns) == 2]


# --------------------------------------------------------------------------- quotes


def test_quote_and_attribution(brief: Brief, template: Template) -> None:
    document = render(brief, template, ONLY_ID)
    assert styled(document, "Quote") == ["“Kami ingin kerja sama ini berkelanjutan.”"]
    assert "— Irene Umar, Wakil Menteri Ekonomi Kreatif" in styled(document, "Attribution")

    # Side by side once the quote has its English.
    quote = brief.sections[1].blocks[0]
    assert isinstance(quote, QuoteBlock)
    quote.text = Bilingual("Kami ingin kerja sama ini berkelanjutan.", "We want it to last.", "human")
    rows = language_rows(render(brief, template))
    pair = next((left, right) for left, right in rows if "Kami ingin" in left)
    assert "“Kami ingin kerja sama ini berkelanjutan.”" in pair[0]
    assert "— Irene Umar, Wakil Menteri Ekonomi Kreatif" in pair[0]
    assert "“We want it to last.”" in pair[1]
    assert "— Irene Umar, Deputy Minister of Creative Economy" in pair[1]


def test_reported_statement_has_no_quotation_marks(brief: Brief, template: Template) -> None:
    brief.sections[1].blocks = [QuoteBlock(Bilingual.both("Ia setuju.", "She agreed."), None, direct=False)]
    document = render(brief, template, ONLY_EN)
    text = all_text(document)
    assert "She agreed." in text and "“She agreed.”" not in text
    assert "— Speaker not named" in styled(document, "Attribution")


# --------------------------------------------------------------------------- footer, languages, metadata


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (PARALLEL, "Halaman 1 dari 1 / Page 1 of 1"),
        (ONLY_ID, "Halaman 1 dari 1"),
        (ONLY_EN, "Page 1 of 1"),
    ],
)
def test_footer_page_numbers_are_real_fields(
    brief: Brief, template: Template, options: RenderOptions, expected: str
) -> None:
    footer = render(brief, template, options).sections[0].footer
    element = footer._element
    codes = [instr.text.split()[0] for instr in element.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"] * len(options.langs)
    kinds = [c.get(qn("w:fldCharType")) for c in element.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2 * len(options.langs)
    assert footer.paragraphs[0].text == expected


def test_runs_are_tagged_with_their_language(brief: Brief, template: Template) -> None:
    document = render(brief, template)
    langs = run_langs(document)
    assert langs[BODY_ID] == {"id-ID"}
    assert langs[BODY_EN] == {"en-GB"}
    assert langs[LEAD_ID] == {"id-ID"}
    assert langs[PENDING_EN] == {"en-GB"}
    untagged = [text for text, tags in langs.items() if "" in tags]
    assert untagged == []
    footer_runs = list(document.sections[0].footer._element.iter(qn("w:r")))
    assert all(r.find(f"{qn('w:rPr')}/{qn('w:lang')}") is not None for r in footer_runs)


def test_core_properties(brief: Brief, template: Template) -> None:
    props = render(brief, template).core_properties
    assert props.title == "Ringkasan Kebijakan / Policy Brief"
    assert props.language == "id-ID, en-GB"
    assert props.author == "briefgen"
    assert props.keywords == "briefgen"
    midnight = dt.datetime(2026, 1, 26, tzinfo=dt.UTC)
    assert props.created == midnight
    assert props.modified == midnight
    assert "Selasa, 20 Januari 2026" in props.subject

    template = dataclasses.replace(template, organization=Bilingual.both("Kemlu", "MoFA"))
    props = render(brief, template, ONLY_EN).core_properties
    assert props.title == "Policy Brief"
    assert props.author == "MoFA"


def test_output_is_deterministic(brief: Brief, template: Template) -> None:
    for options in (PARALLEL, SEQUENTIAL, ONLY_ID):
        assert write_docx(brief, template, options).data == write_docx(brief, template, options).data


# --------------------------------------------------------------------------- hostile text


HOSTILE = "Awal\x00 <b>tebal</b> & ]]> {{ x }}\x0b akhir"
HOSTILE_CLEAN = "Awal <b>tebal</b> & ]]> {{ x }} akhir"


def hostile_brief(brief: Brief) -> Brief:
    text = Bilingual.both(HOSTILE, HOSTILE)
    brief.title = text
    brief.period = text
    brief.labels["period"] = text
    brief.sections.append(
        Section(
            "background",
            text,
            [
                Paragraph(text, "lead"),
                Paragraph(Bilingual(HOSTILE, None, "missing")),
                QuoteBlock(text, HOSTILE, text),
                StepItem(text, HOSTILE, text),
                SourceItem(HOSTILE, HOSTILE, text, HOSTILE),
            ],
        )
    )
    return brief


@pytest.mark.parametrize("options", [PARALLEL, SEQUENTIAL, ONLY_ID, ONLY_EN])
def test_hostile_text_comes_out_literally(brief: Brief, template: Template, options: RenderOptions) -> None:
    template = dataclasses.replace(
        template,
        organization=Bilingual.both(HOSTILE, HOSTILE),
        classification=HOSTILE,
        docx_font="Calibri\x00",
    )
    document = render(hostile_brief(brief), template, options)
    text = all_text(document)
    assert HOSTILE_CLEAN in text
    assert "\x00" not in text and "\x0b" not in text
    assert f"“{HOSTILE_CLEAN}”" in text
    assert f"— {HOSTILE_CLEAN}, {HOSTILE_CLEAN}" in text
    assert HOSTILE_CLEAN in styled(document, "Heading 1")
    assert HOSTILE_CLEAN in document.sections[0].header.paragraphs[0].text
    assert document.core_properties.title.startswith(HOSTILE_CLEAN)


# ------------------------------------------------------------------- templates: reference, TOC, sections


def make_reference(path: Path) -> Path:
    """A tiny organisation reference document: a distinctive Heading 1, Letter paper, a header line."""
    reference = docx.Document()
    heading = reference.styles["Heading 1"]
    heading.font.name = "Reference Serif"
    heading.font.color.rgb = RGBColor(0xAB, 0xCD, 0xEF)
    reference.styles["Normal"].font.size = Pt(12)
    section = reference.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    section.left_margin = Mm(33)
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "ORGANISATION LETTERHEAD"
    reference.add_paragraph("This body text must not survive.")
    reference.save(str(path))
    return path


def test_reference_docx_styles_page_setup_and_header_are_used(
    brief: Brief, template: Template, tmp_path: Path
) -> None:
    reference = make_reference(tmp_path / "reference.docx")
    custom = dataclasses.replace(template, reference_docx=str(reference), classification="TERBATAS")
    document = render(brief, custom)
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Reference Serif"
    assert str(heading.font.color.rgb) == "ABCDEF"
    assert document.styles["Normal"].font.size.pt == 12
    assert styled(document, "Heading 1")[0] == "Latar Belakang / Background"
    for style in ("Lead", "Attribution", "Source", "Colophon", "Language Label"):  # added: missing
        assert style in {s.name for s in document.styles}
    section = document.sections[-1]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.5) and abs(section.left_margin - Mm(33)) < Mm(0.2)
    header = [p.text for p in section.header.paragraphs]
    assert header == ["TERBATAS", "ORGANISATION LETTERHEAD"]
    assert "This body text must not survive." not in all_text(document)
    assert "Halaman 1 dari 1 / Page 1 of 1" in section.footer.paragraphs[-1].text


def test_table_of_contents_only_with_the_annex(brief: Brief, template: Template) -> None:
    brief.source_count = 3
    single = render(brief, template)
    assert "TOC \\o" not in single.element.xml
    brief.sections.append(Section("annex", Bilingual.both("Lampiran", "Annex"), []))
    document = render(brief, template)
    codes = [i.text for i in document.element.body.iter(qn("w:instrText"))]
    assert codes == [' TOC \\o "1-3" \\h \\z \\u ']
    entries = styled(document, "TOC 1")
    assert entries == [
        "Latar Belakang / Background",
        "Pernyataan / Statements",
        "Langkah Selanjutnya / Next Steps",
        "Sumber / Sources",
        "Lampiran / Annex",
    ]
    assert styled(document, "TOC 2") == [f"Kerja sama R&D <ekonomi> kreatif / {PENDING_EN}"]
    bookmarks = [b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))]
    anchors = [h.get(qn("w:anchor")) for h in document.element.body.iter(qn("w:hyperlink"))]
    assert bookmarks == [a for a in anchors if a] == [f"_TocBrief{i}" for i in range(1, 7)]


def test_sequential_table_of_contents_lists_each_language(brief: Brief, template: Template) -> None:
    brief.sections.append(Section("annex", Bilingual.both("Lampiran", "Annex"), []))
    entries = styled(render(brief, template, SEQUENTIAL), "TOC 1")
    assert entries[0] == "Latar Belakang" and entries[5] == "Background" and len(entries) == 10


def test_section_order_and_labels_from_the_template(brief: Brief, template: Template) -> None:
    custom = dataclasses.replace(
        template,
        section_order=("next_steps", "background"),
        section_labels={"next_steps": Bilingual.both("A. Tindak Lanjut", "A. Follow-up")},
    )
    # Kinds the order leaves out stay after the section composed before them.
    assert styled(render(brief, custom), "Heading 1") == [
        "A. Tindak Lanjut / A. Follow-up",
        "Sumber / Sources",
        "Latar Belakang / Background",
        "Pernyataan / Statements",
    ]


def test_sources_link_to_their_address(brief: Brief, template: Template) -> None:
    document = render(brief, template, ONLY_ID)
    links = list(document.element.body.iter(qn("w:hyperlink")))
    assert len(links) == 1
    target = document.part.rels[links[0].get(qn("r:id"))]
    assert target.is_external and target.target_ref == "https://example.org/berita/1"


def test_colophon_reports_how_the_english_was_obtained(brief: Brief, template: Template) -> None:
    assert not [t for t in styled(render(brief, template), "Colophon") if "English" in t]
    brief.english = {"human": 3, "glossary": 0, "machine": 4, "missing": 1}
    colophon = styled(render(brief, template), "Colophon")
    assert colophon[0].endswith(
        " · Bahasa Inggris: 3 oleh penerjemah, 4 terjemahan mesin (ditandai [MT]), 1 belum diterjemahkan"
    )
    assert colophon[1].endswith(" · English: 3 human, 4 machine-translated (marked [MT]), 1 pending")
    assert [t for t in styled(render(brief, template, ONLY_EN), "Colophon") if "English: 3 human" in t]


def test_letterhead_without_a_logo(brief: Brief, template: Template) -> None:
    custom = dataclasses.replace(
        template,
        title_block="letterhead",
        organization=Bilingual.both("Kementerian Contoh", "Ministry of Examples"),
        address="Jalan Contoh 1",
        number="ND-{year}{month}{day}",
        date_formats={"id": "d MMMM y", "en": "d MMMM y"},
    )
    document = render(brief, custom)
    text = all_text(document)
    assert "KEMENTERIAN CONTOH" in text and "Jalan Contoh 1" in text
    assert "Nomor / Number: ND-20260126" in text
    assert "Tanggal / Date: 26 Januari 2026 / 26 January 2026" in text
    assert "Disusun dengan briefgen pada 26 Januari 2026" in styled(document, "Colophon")


@pytest.mark.parametrize("options", [PARALLEL, SEQUENTIAL, ONLY_ID], ids=["parallel", "sequential", "id"])
def test_a_body_is_written_a_section_at_a_time(
    template: Template, options: RenderOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import annexed_brief

    from briefgen.writers.docx.writer import DocxWriter

    brief = annexed_brief(30)
    flush = DocxWriter.flush
    held: list[int] = []  # python-docx's elements and the pieces of markup held at each flush

    def counted(self: DocxWriter) -> None:
        held.append(len(self.doc.element.body) + len(self.pending))
        flush(self)

    monkeypatch.setattr(DocxWriter, "flush", counted)
    streamed = write_docx(brief, template, options).data
    body = docx.Document(io.BytesIO(streamed)).element.body
    assert len(body) > 100 and body[-1].tag == qn("w:sectPr")
    assert len(held) > 30 and max(held) < len(body) / 3  # a section or an article at a time
    headings = [p.text for p in docx.Document(io.BytesIO(streamed)).paragraphs if p.style.name == "Heading 2"]
    articles = [h for h in headings if h.startswith("Artikel ")]
    assert [h.split(":")[0] for h in articles] == [f"Artikel {n}" for n in range(1, 31)]


@pytest.mark.parametrize("reference", [None, "memo"])
def test_remembered_style_ids_are_python_docxs(reference: str | None) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    from briefgen.templates import load_template
    from briefgen.writers.docx import _remember_styles

    path = load_template(reference).reference_docx if reference else None
    plain, remembered = docx.Document(path), docx.Document(path)
    _remember_styles(remembered)
    names = [style.name for style in plain.styles] + ["Heading 1", "No Such Style"]
    answers = 0
    for name in names:
        for kind in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER, WD_STYLE_TYPE.TABLE):
            try:
                expected: object = plain.part.get_style_id(name, kind)
            except (KeyError, ValueError) as error:
                expected = type(error)
            try:
                got: object = remembered.part.get_style_id(name, kind)
            except (KeyError, ValueError) as error:
                got = type(error)
            assert got == expected, (name, kind)
            answers += expected is None or isinstance(expected, str)
    assert answers > 20  # names found, the default style's None among them
