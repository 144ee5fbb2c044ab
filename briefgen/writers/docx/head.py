"""The top and end of the Word document: header, footer, letterhead, title block, contents, colophon."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefgen.model import (
    Bilingual,
    Lang,
    Subheading,
)
from briefgen.writers.common import (
    COLOPHON,
    CONTENTS_LABEL,
    COPIES_LABEL,
    DATE_LABEL,
    DEFAULT_LABELS,
    LANGUAGE_NAME,
    NUMBER_LABEL,
    PAGE_LABEL,
    SEPARATOR,
    document_number,
    english_summary,
    memo_rows,
    organisation,
    prepared_bilingual,
    prepared_text,
    running_texts,
    sections_of,
    shown,
    signature_lines,
    xml_safe,
)
from briefgen.writers.docx import ooxml
from briefgen.writers.docx.cells import Cell
from briefgen.writers.docx.markup import Para
from briefgen.writers.style import (
    COLOPHON_GAP,
    COLOPHON_RULE,
    SHEET,
    TITLE_RULE,
    TITLE_RULE_AFTER,
)

if TYPE_CHECKING:
    from briefgen.writers.docx.writer import DocxWriter

# python-docx ships no type information: its objects are handled as Any in this package.
Doc = Any
Par = Any
Element = Any


def header_footer(w: DocxWriter) -> None:
    """Classification and header text on top, footer text and "Halaman X dari Y" below.

    A reference document's own header and footer content stays; these lines are added to it.
    """
    from docx.shared import RGBColor

    section = w.doc.sections[-1]
    classification, header_text, footer_text = running_texts(w.template)
    headers = [section.header]
    footers = [section.footer]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
        footers.append(section.first_page_footer)
    if classification or header_text:
        for header in headers:
            header.is_linked_to_previous = False
            lines = [(classification, True), (header_text, False)]
            # Written bottom line first, each above the last: a reference's empty first header
            # paragraph (and its rule) takes the bottom line, and its other content stays below.
            for text, strong in reversed([line for line in lines if line[0]]):
                paragraph = fresh_paragraph(w, header, "Header", at_start=True)
                run = w.run(paragraph, text, w.langs[0], bold=strong, muted=not strong)
                if strong:
                    run.font.color.rgb = RGBColor.from_string(w.template.color_heading.upper())

    for footer in footers:
        footer.is_linked_to_previous = False
        if footer_text:
            w.run(fresh_paragraph(w, footer, "Footer"), footer_text, w.langs[0])
        paragraph = fresh_paragraph(w, footer, "Footer")
        for index, lang in enumerate(w.langs):
            word, of = PAGE_LABEL[lang]
            if index:
                w.run(paragraph, SEPARATOR, lang)
            w.run(paragraph, f"{word} ", lang)
            w.field(paragraph, "PAGE", lang)
            w.run(paragraph, f" {of} ", lang)
            w.field(paragraph, "NUMPAGES", lang)


def fresh_paragraph(w: DocxWriter, part: Any, style: str, *, at_start: bool = False) -> Par:
    """An empty paragraph of a header or footer: its first one while empty, else a new one."""
    first = part.paragraphs[0] if part.paragraphs else None
    if first is not None and not first.text and not first.runs:
        paragraph = first
    elif at_start and first is not None:
        paragraph = first.insert_paragraph_before()
    else:
        paragraph = part.add_paragraph()
    if style in {s.name for s in w.doc.styles}:
        paragraph.style = w.doc.styles[style]
    return paragraph


def title_block(w: DocxWriter) -> None:
    """The letterhead or organisation line, the title in each language, the facts under a rule."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    t = w.template
    letterhead = t.title_block == "letterhead"
    if letterhead:
        kop_surat(w)
    else:
        plain_head(w)

    title = w.doc.add_paragraph(style="Title")
    if letterhead:
        title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first, *rest = w.langs
    w.shown_run(title, shown(w.brief.title, first, t), first)
    for lang in rest:
        english = shown(w.brief.title, lang, t)
        w.run(title, "", lang).add_break()
        if english.pending:
            w.shown_run(title, english, lang)
            continue
        subtitle = SHEET["subtitle"]
        run = w.run(title, english.text, lang, bold=False)
        run.font.size = Pt(subtitle.size_pt(w.size))
        run.font.color.rgb = w.colour(subtitle.colour or "accent")

    number = document_number(t, w.brief.prepared_on)
    if letterhead and number:
        # The number belongs to the title block: the title's space comes after it instead.
        title.paragraph_format.space_after = Pt(w.size * (SHEET["number"].before or 0))
        paragraph = w.doc.add_paragraph(style="Brief Meta")
        paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(w.size * (SHEET["title"].after or 0))
        w.both_runs(paragraph, NUMBER_LABEL, w.langs)
        w.run(paragraph, f": {number}", w.langs[-1])

    rows: list[tuple[Bilingual, Bilingual]] = memo_rows(w.brief, t)
    prepared = prepared_bilingual(w.brief, t)
    labels = w.brief.labels
    if letterhead:
        rows.append((DATE_LABEL, prepared))
    if w.brief.period is not None:
        rows.append((labels.get("period") or DEFAULT_LABELS["period"], w.brief.period))
    if not letterhead:
        rows.append((labels.get("prepared") or DEFAULT_LABELS["prepared"], prepared))
    rows.append(
        (labels.get("sources") or DEFAULT_LABELS["sources"], Bilingual.same(str(w.brief.source_count)))
    )
    last: Par = None
    for label, value in rows:
        last = w.doc.add_paragraph(style="Brief Meta")
        for index, lang in enumerate(w.langs):
            if index:
                w.run(last, SEPARATOR, lang, muted=True)
            label_text = shown(label, lang, t)
            if label_text.pending:
                w.shown_run(last, label_text, lang)
            else:
                w.run(last, label_text.text, lang, bold=True)
        w.run(last, ": ", w.langs[-1], bold=True)
        w.both_runs(last, value, w.langs)
    last.paragraph_format.space_after = Pt(w.size * TITLE_RULE_AFTER)
    ooxml.borders(last._p.get_or_add_pPr(), {TITLE_RULE.side: w.border(TITLE_RULE)})


def organisation_names(w: DocxWriter) -> dict[str, Lang]:
    """The organisation's name in each language written (once when both are the same)."""
    names: dict[str, Lang] = {}
    for wanted in w.langs:
        name, lang = organisation(w.template, wanted)
        if name:
            names.setdefault(name, lang)
    return names


def plain_head(w: DocxWriter) -> None:
    """The logo (when the template has one) and the organisation line above the title."""
    from docx.shared import Mm

    if w.template.logo:
        paragraph = w.doc.add_paragraph(style="Organisation")
        run = w.run(paragraph, "", w.langs[0])
        run.add_picture(w.template.logo, height=Mm(w.template.logo_height_mm))
    names = organisation_names(w)
    if names:
        paragraph = w.doc.add_paragraph(style="Organisation")
        for index, (name, lang) in enumerate(names.items()):
            if index:
                w.run(paragraph, SEPARATOR, lang)
            w.run(paragraph, name, lang)


def kop_surat(w: DocxWriter) -> None:
    """The kop surat: logo left, organisation and address centred on the page, a double rule."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Mm, Pt

    t = w.template
    side = min(t.logo_height_mm * 1.25 + 4, w.content_mm * 0.25) if t.logo else 0.0
    # An empty column as wide as the logo's on the right keeps the text centred on the page.
    shares = (side / w.content_mm, 1 - 2 * side / w.content_mm, side / w.content_mm)
    table = w._table(1, shares if t.logo else (1.0,))
    ooxml.table_borders(table, {})
    ooxml.cell_margins(table, top=0, bottom=0, left=0, right=0)
    cells = table.rows[0].cells
    text_cell = Cell(cells[1] if t.logo else cells[0])
    if t.logo:
        logo = Cell(cells[0]).add_paragraph("Letterhead Address")
        run = w.run(logo, "", w.langs[0])
        run.add_picture(t.logo, height=Mm(t.logo_height_mm))
        for cell in cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        w.run(Cell(cells[2]).add_paragraph("Letterhead Address"), "", w.langs[0])
    names = list(organisation_names(w).items())
    for index, (name, lang) in enumerate(names):
        paragraph = text_cell.add_paragraph("Letterhead")
        run = w.run(paragraph, name.upper() if index == 0 else name, lang)
        if index:
            run.bold = False
            run.font.size = Pt(SHEET["kop_other"].size_pt(w.size))
    address = xml_safe(t.address).strip()
    if address or not names:
        w.run(text_cell.add_paragraph("Letterhead Address"), address, w.langs[0])
    # A thick line over a thin one under the whole block, as under an Indonesian kop surat
    # (a table border: LibreOffice drops the border of an empty paragraph after a table).
    borders = ooxml.element("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if edge == "bottom":
            borders.append(
                ooxml.element("w:bottom", val="thickThinSmallGap", sz="24", space="0", color=t.color_heading)
            )
        else:
            borders.append(ooxml.element(f"w:{edge}", val="nil"))
    ooxml.replace_child(table._tbl.tblPr, borders, ooxml.TBLPR_AFTER_BORDERS)
    ooxml.cell_margins(table, top=0, bottom=2.5, left=0, right=0)
    spacer = w.doc.add_paragraph(style="Letterhead Address")
    spacer.paragraph_format.space_after = Pt(w.size * 0.6)
    w.run(spacer, "", w.langs[0])


def contents(w: DocxWriter) -> None:
    """A table of contents field (TOC \\o "1-3" \\h) whose entries are already filled in."""
    from docx.oxml.ns import qn

    heading = w.flow.add_paragraph("Contents Heading")
    w.both_runs(heading, CONTENTS_LABEL, w.langs)
    entries: list[tuple[int, str, Lang]] = []
    sequential = w.layout == "sequential" and len(w.langs) > 1
    for langs in [(lang,) for lang in w.langs] if sequential else [w.langs]:

        def joined(text: Bilingual, langs: tuple[Lang, ...] = langs) -> str:
            return SEPARATOR.join(dict.fromkeys(shown(text, lang, w.template).text for lang in langs))

        for section in sections_of(w.brief, w.template):
            entries.append((1, joined(section.heading), langs[0]))
            entries += [(2, joined(b.text), langs[0]) for b in section.blocks if isinstance(b, Subheading)]
    w.toc = True
    paragraphs: list[Para] = []
    for index, (level, text, lang) in enumerate(entries, start=1):
        paragraph = w.flow.add_paragraph(f"TOC {level}")
        # Word's own entry: a link to the heading's bookmark. The page numbers are left to
        # Word, which updates the field on opening (dirty); LibreOffice would show a cached
        # PAGEREF inside a TOC field as is, and a wrong number is worse than none.
        paragraph.parts.append(f'<w:hyperlink w:anchor="_TocBrief{index}" w:history="1">')
        w.run(paragraph, text, lang)
        paragraph.parts.append("</w:hyperlink>")
        paragraphs.append(paragraph)
    instr = ooxml.element("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-3" \\h \\z \\u '
    field = [
        ooxml.element("w:fldChar", fldCharType="begin", dirty="true"),
        instr,
        ooxml.element("w:fldChar", fldCharType="separate"),
    ]
    paragraphs[0].parts[:0] = [w.shapes.holding(w.langs[0], element) for element in field]
    paragraphs[-1].parts.append(w.shapes.holding(w.langs[0], ooxml.element("w:fldChar", fldCharType="end")))
    # The brief follows its table of contents on the same page: a page holding only the title and
    # the contents is a blank first page to a reader whose Word has not updated the field yet.


def language_label(w: DocxWriter, lang: Lang, *, new_page: bool) -> None:
    paragraph = w.doc.add_paragraph(style="Language Label")
    paragraph.paragraph_format.page_break_before = new_page
    w.run(paragraph, LANGUAGE_NAME[lang], lang)


def signature(w: DocxWriter) -> None:
    """The nota dinas's signature block (right half) and its Tembusan list, after the sources."""
    from docx.shared import Mm, Pt

    lines = signature_lines(w.template)
    for n, line in enumerate(lines):
        paragraph = w.doc.add_paragraph(style="Brief Meta")
        paragraph.paragraph_format.left_indent = Mm(w.content_mm / 2)
        paragraph.paragraph_format.keep_with_next = True
        if n == 0:
            paragraph.paragraph_format.space_before = Pt(w.size * 1.5)
        w.run(paragraph, line, w.langs[0], bold=n == 3)
    copies = w.template.memo.copies if w.template.title_block == "letterhead" else ()
    if copies:
        paragraph = w.doc.add_paragraph(style="Brief Meta")
        paragraph.paragraph_format.keep_with_next = True
        w.both_runs(paragraph, COPIES_LABEL, w.langs)
        w.run(paragraph, ":", w.langs[-1])
        for number, name in enumerate(copies, 1):
            item = w.doc.add_paragraph(style="Source")
            w.run(item, f"{number}.\t{name}", w.langs[0])


def colophon(w: DocxWriter, langs: Sequence[Lang]) -> None:
    from docx.shared import Pt

    paragraphs: list[Par] = []
    for index, lang in enumerate(langs):
        paragraph = w.doc.add_paragraph(style="Colophon")
        if index == 0:
            paragraph.paragraph_format.space_before = Pt(w.size * COLOPHON_GAP)
            ooxml.borders(paragraph._p.get_or_add_pPr(), {COLOPHON_RULE.side: w.border(COLOPHON_RULE)})
        w.run(paragraph, f"{COLOPHON[lang]} ", lang)
        w.shown_run(paragraph, prepared_text(w.brief, lang, w.template), lang)
        english = english_summary(w.brief.english, lang)  # on the same line: when, and how the English
        if english:
            w.run(paragraph, f" · {english}", lang)
        paragraphs.append(paragraph)
    for paragraph in paragraphs[:-1]:
        paragraph.paragraph_format.keep_with_next = True
