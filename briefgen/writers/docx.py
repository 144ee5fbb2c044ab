"""The DOCX writer: a composed brief and a template in, the bytes of a Word document out."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from typing import Any

from briefgen.model import (
    Bilingual,
    Block,
    Brief,
    Lang,
    Paragraph,
    QuoteBlock,
    RenderOptions,
    SourceItem,
    StepItem,
    Subheading,
    Template,
)
from briefgen.writers.common import (
    BOTH,
    COLOPHON,
    DEFAULT_LABELS,
    GUTTER_MM,
    LANG_TAG,
    LANGUAGE_NAME,
    PAGE_LABEL,
    SEPARATOR,
    STEP_HEADERS,
    Shown,
    attribution,
    group_blocks,
    langs_of,
    organisation,
    shown,
    source_line,
    step_cells,
    xml_safe,
)

# python-docx ships no type information: its objects are handled as Any in this module.
Doc = Any
Par = Any
Element = Any


# Element order inside the property elements this module adds children to (ECMA-376 §17).
_PPR_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_TBLPR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                        "w:tblDescription", "w:tblPrChange")  # fmt: skip
_TBLPR_AFTER_CELLMAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
_TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                   "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")  # fmt: skip
_TCPR_AFTER_TCMAR = _TCPR_AFTER_SHD[2:]
_TRPR_AFTER_CANTSPLIT = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
                         "w:ins", "w:del", "w:trPrChange")  # fmt: skip
_TRPR_AFTER_TBLHEADER = _TRPR_AFTER_CANTSPLIT[2:]
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def write_docx(brief: Brief, template: Template, options: RenderOptions) -> bytes:
    """The brief as a Word document, built in memory; identical input gives identical bytes."""
    import docx

    langs = langs_of(options)
    doc = docx.Document()
    writer = _DocxWriter(doc, brief, template, langs)
    writer.page()
    writer.styles()
    writer.header_footer()
    writer.title_block()
    if len(langs) == 1:
        writer.body(langs[0])
        writer.colophon(langs)
    elif options.layout == "sequential":
        for index, lang in enumerate(langs):
            writer.language_label(lang, new_page=index > 0)
            writer.body(lang)
            writer.colophon((lang,))
    else:
        writer.parallel_body()
        writer.colophon(langs)
    writer.core_properties()

    buffer = io.BytesIO()
    doc.save(buffer)
    return _normalised_zip(buffer.getvalue(), brief.prepared_on)


def _normalised_zip(data: bytes, day: dt.date) -> bytes:
    """``data`` re-packed with fixed member timestamps, so two runs give the same bytes."""
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(member.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- low-level XML helpers


def _element(tag: str, **attrs: str) -> Element:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _replace_child(parent: Element, child: Element, successors: Sequence[str]) -> None:
    """Put ``child`` into ``parent`` in schema order, replacing an element of the same tag."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    parent.insert_element_before(child, *successors)


def _tag_language(run: Any, lang: Lang) -> None:
    """``<w:lang w:val="id-ID"/>`` on the run, so spelling and hyphenation use the right language."""
    rpr = run._r.get_or_add_rPr()
    tag = LANG_TAG[lang]
    _replace_child(rpr, _element("w:lang", val=tag, eastAsia=tag, bidi=tag), _RPR_AFTER_LANG)


def _borders(ppr: Element, sides: dict[str, tuple[str, int, int]]) -> None:
    """Paragraph borders: side -> (hex colour, width in eighths of a point, space in points)."""
    pbdr = _element("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            color, size, space = sides[side]
            pbdr.append(_element(f"w:{side}", val="single", sz=str(size), space=str(space), color=color))
    _replace_child(ppr, pbdr, _PPR_AFTER_PBDR)


def _twips(mm: float) -> str:
    return str(round(mm * 1440 / 25.4))


def _plain_fonts(rpr: Element, font: str) -> None:
    """Replace theme font references by ``font`` in every script slot."""
    from docx.oxml.ns import qn

    fonts = rpr.get_or_add_rFonts()
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), font)


# --------------------------------------------------------------------------- the writer


class _Cell:
    """A table cell as a paragraph container that reuses the empty paragraph every cell starts with."""

    def __init__(self, cell: Any) -> None:
        self.cell = cell
        self.fresh = True

    def add_paragraph(self, style: str | None = None) -> Par:
        if self.fresh:
            self.fresh = False
            paragraph = self.cell.paragraphs[0]
            if style:
                paragraph.style = style
            return paragraph
        return self.cell.add_paragraph(style=style)


class _DocxWriter:
    """The state of one document being written: the python-docx document, brief and template."""

    def __init__(self, doc: Doc, brief: Brief, template: Template, langs: tuple[Lang, ...]) -> None:
        self.doc = doc
        self.brief = brief
        self.template = template
        self.langs = langs
        self.size = template.base_size_pt

    # ----------------------------------------------------------------- setup

    def page(self) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Inches, Mm

        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        if self.template.page_size == "Letter":
            section.page_width, section.page_height = Inches(8.5), Inches(11)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)
        top, right, bottom, left = self.template.margins_mm
        section.top_margin, section.right_margin = Mm(top), Mm(right)
        section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
        section.header_distance = Mm(max(5.0, min(12.7, top / 2)))
        section.footer_distance = Mm(max(5.0, min(12.7, bottom / 2)))

    @property
    def content_mm(self) -> float:
        width = 215.9 if self.template.page_size == "Letter" else 210.0
        _, right, _, left = self.template.margins_mm
        return width - left - right

    def styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt, RGBColor

        t = self.template
        font = xml_safe(t.docx_font) or "Calibri"
        heading = RGBColor.from_string(t.color_heading.upper())
        muted = RGBColor.from_string(t.color_muted.upper())
        styles = self.doc.styles
        base = self.size

        # Document defaults: the font everywhere (also in tables, headers and footers) and the language.
        rpr = styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            _plain_fonts(rpr, font)
            tag = LANG_TAG[self.langs[0]]
            _replace_child(rpr, _element("w:lang", val=tag, eastAsia=tag, bidi=tag), _RPR_AFTER_LANG)

        normal = styles["Normal"]
        normal.font.name = font
        _plain_fonts(normal.element.get_or_add_rPr(), font)
        normal.font.size = Pt(base)
        normal.paragraph_format.space_after = Pt(base * 0.6)
        normal.paragraph_format.line_spacing = 1.15

        title = styles["Title"]
        _plain_fonts(title.element.get_or_add_rPr(), font)
        title.font.size = Pt(base * 2.2)
        title.font.bold = True
        title.font.color.rgb = heading
        title.paragraph_format.space_before = Pt(0)
        title.paragraph_format.space_after = Pt(base * 0.8)
        title.paragraph_format.line_spacing = 1.0
        title_ppr = title.element.get_or_add_pPr()
        for pbdr in title_ppr.findall(qn("w:pBdr")):
            title_ppr.remove(pbdr)

        for name, size, before, rule in (("Heading 1", 1.4, 1.6, True), ("Heading 2", 1.15, 1.0, False)):
            style = styles[name]
            _plain_fonts(style.element.get_or_add_rPr(), font)
            style.font.size = Pt(base * size)
            style.font.bold = True
            style.font.color.rgb = heading
            style.paragraph_format.space_before = Pt(base * before)
            style.paragraph_format.space_after = Pt(base * 0.5)
            style.paragraph_format.keep_with_next = True
            if rule:
                _borders(style.element.get_or_add_pPr(), {"bottom": (t.color_accent, 4, 2)})

        quote = styles["Quote"]
        quote.font.italic = True
        quote.font.color.rgb = heading
        quote.paragraph_format.left_indent = Mm(5)
        quote.paragraph_format.space_before = Pt(base * 0.3)
        quote.paragraph_format.space_after = Pt(base * 0.2)
        _borders(quote.element.get_or_add_pPr(), {"left": (t.color_accent, 12, 8)})

        def custom(name: str) -> Any:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.quick_style = True
            return style

        lead = custom("Lead")
        lead.font.size = Pt(base + 1)
        lead.font.color.rgb = heading

        note = custom("Note")
        note.font.size = Pt(max(base - 1.5, 6))
        note.font.color.rgb = muted

        attrib = custom("Attribution")
        attrib.font.size = Pt(max(base - 1, 6))
        attrib.font.color.rgb = muted
        attrib.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        attrib.paragraph_format.space_after = Pt(base * 0.8)

        meta = custom("Brief Meta")
        meta.paragraph_format.space_after = Pt(base * 0.15)

        org = custom("Organisation")
        org.font.size = Pt(base)
        org.font.bold = True
        org.font.all_caps = True
        org.font.color.rgb = RGBColor.from_string(t.color_accent.upper())
        org.paragraph_format.space_after = Pt(base * 0.3)

        label = custom("Language Label")
        label.font.size = Pt(max(base - 2, 6))
        label.font.bold = True
        label.font.color.rgb = muted
        label.paragraph_format.space_after = Pt(0)
        label.paragraph_format.keep_with_next = True

        source = custom("Source")
        source.font.size = Pt(max(base - 0.5, 6))
        source.paragraph_format.left_indent = Mm(6)
        source.paragraph_format.first_line_indent = Mm(-6)
        source.paragraph_format.tab_stops.add_tab_stop(Mm(6))
        source.paragraph_format.space_after = Pt(base * 0.3)

        step_detail = custom("Step Detail")
        step_detail.font.size = Pt(max(base - 1.5, 6))
        step_detail.font.color.rgb = muted
        step_detail.paragraph_format.left_indent = Mm(6)

        colophon = custom("Colophon")
        colophon.font.size = Pt(max(base - 2, 6))
        colophon.font.color.rgb = muted
        colophon.paragraph_format.space_after = Pt(0)

        table_text = custom("Table Text")
        table_text.paragraph_format.space_after = Pt(0)
        table_text.paragraph_format.line_spacing = 1.05

        for name in ("Header", "Footer"):
            style = styles[name]
            style.font.size = Pt(max(base - 1.5, 6))
            style.font.color.rgb = muted
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # ----------------------------------------------------------------- runs

    def run(
        self,
        paragraph: Par,
        text: str,
        lang: Lang,
        *,
        bold: bool | None = None,
        italic: bool | None = None,
        muted: bool = False,
        smaller: float = 0.0,
    ) -> Any:
        """A run of ``text`` tagged with its language; text is made XML-safe here."""
        from docx.shared import Pt, RGBColor

        run = paragraph.add_run(xml_safe(text))
        if bold is not None:
            run.bold = bold
        if italic is not None:
            run.italic = italic
        if muted:
            run.font.color.rgb = RGBColor.from_string(self.template.color_muted.upper())
        if smaller:
            run.font.size = Pt(max(self.size - smaller, 5))
        _tag_language(run, lang)
        return run

    def shown_run(self, paragraph: Par, text: Shown, lang: Lang, *, quoted: bool = False) -> None:
        """Text as :func:`shown` chose it: a pending marker in grey italics, machine English marked."""
        if text.pending:
            self.run(paragraph, text.text, lang, italic=True, muted=True)
            return
        self.run(paragraph, f"“{text.text}”" if quoted else text.text, lang)
        if text.origin == "machine":
            self.run(paragraph, " [MT]", lang, italic=False, muted=True, smaller=2)

    def both_runs(self, paragraph: Par, text: Bilingual, langs: Sequence[Lang]) -> None:
        """``text`` in each of ``langs``, separated by `` / `` (an identical English is not repeated)."""
        shown_texts = [(lang, shown(text, lang, self.template)) for lang in langs]
        if (
            len(shown_texts) == 2
            and not shown_texts[1][1].pending
            and shown_texts[1][1].text == shown_texts[0][1].text
        ):
            shown_texts = shown_texts[:1]
        for index, (lang, value) in enumerate(shown_texts):
            if index:
                self.run(paragraph, SEPARATOR, lang, bold=False, muted=True)
            self.shown_run(paragraph, value, lang)

    def field(self, paragraph: Par, code: str, lang: Lang) -> None:
        """A real Word field (PAGE, NUMPAGES): begin, instruction, separate, placeholder, end."""
        from docx.oxml.ns import qn

        def fld_char(kind: str) -> None:
            run = self.run(paragraph, "", lang)
            run._r.append(_element("w:fldChar", fldCharType=kind))

        fld_char("begin")
        run = self.run(paragraph, "", lang)
        instr = _element("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {code} \\* MERGEFORMAT "
        run._r.append(instr)
        fld_char("separate")
        self.run(paragraph, "1", lang)
        fld_char("end")

    # ----------------------------------------------------------------- header, footer, title

    def header_footer(self) -> None:
        from docx.shared import RGBColor

        section = self.doc.sections[0]
        classification = xml_safe(self.template.classification).strip()
        if classification:
            header = section.header
            header.is_linked_to_previous = False
            paragraph = header.paragraphs[0]
            paragraph.style = self.doc.styles["Header"]
            run = self.run(paragraph, classification, self.langs[0], bold=True)
            run.font.color.rgb = RGBColor.from_string(self.template.color_heading.upper())

        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = self.doc.styles["Footer"]
        for index, lang in enumerate(self.langs):
            word, of = PAGE_LABEL[lang]
            if index:
                self.run(paragraph, SEPARATOR, lang)
            self.run(paragraph, f"{word} ", lang)
            self.field(paragraph, "PAGE", lang)
            self.run(paragraph, f" {of} ", lang)
            self.field(paragraph, "NUMPAGES", lang)

    def title_block(self) -> None:
        from docx.shared import Pt, RGBColor

        t = self.template
        names: dict[str, Lang] = {}
        for wanted in self.langs:
            name, lang = organisation(self.template, wanted)
            if name:
                names.setdefault(name, lang)
        if names:
            paragraph = self.doc.add_paragraph(style="Organisation")
            for index, (name, lang) in enumerate(names.items()):
                if index:
                    self.run(paragraph, SEPARATOR, lang)
                self.run(paragraph, name, lang)

        title = self.doc.add_paragraph(style="Title")
        first, *rest = self.langs
        self.shown_run(title, shown(self.brief.title, first, t), first)
        for lang in rest:
            english = shown(self.brief.title, lang, t)
            self.run(title, "", lang).add_break()
            if english.pending:
                self.shown_run(title, english, lang)
                continue
            run = self.run(title, english.text, lang, bold=False)
            run.font.size = Pt(self.size * 1.4)
            run.font.color.rgb = RGBColor.from_string(t.color_accent.upper())

        rows: list[tuple[str, Bilingual]] = []
        if self.brief.period is not None:
            rows.append(("period", self.brief.period))
        rows.append(("prepared", self.brief.prepared))
        rows.append(("sources", Bilingual.same(str(self.brief.source_count))))
        last: Par = None
        for key, value in rows:
            label = self.brief.labels.get(key) or DEFAULT_LABELS[key]
            last = self.doc.add_paragraph(style="Brief Meta")
            for index, lang in enumerate(self.langs):
                if index:
                    self.run(last, SEPARATOR, lang, muted=True)
                label_text = shown(label, lang, t)
                if label_text.pending:
                    self.shown_run(last, label_text, lang)
                else:
                    self.run(last, label_text.text, lang, bold=True)
            self.run(last, ": ", self.langs[-1], bold=True)
            self.both_runs(last, value, self.langs)
        last.paragraph_format.space_after = Pt(self.size * 1.2)
        _borders(last._p.get_or_add_pPr(), {"bottom": (t.color_accent, 8, 6)})

    def language_label(self, lang: Lang, *, new_page: bool) -> None:
        paragraph = self.doc.add_paragraph(style="Language Label")
        paragraph.paragraph_format.page_break_before = new_page
        self.run(paragraph, LANGUAGE_NAME[lang], lang)

    def colophon(self, langs: Sequence[Lang]) -> None:
        from docx.shared import Pt

        for index, lang in enumerate(langs):
            paragraph = self.doc.add_paragraph(style="Colophon")
            if index == 0:
                paragraph.paragraph_format.space_before = Pt(self.size * 2)
                _borders(paragraph._p.get_or_add_pPr(), {"top": (self.template.color_muted, 4, 4)})
            prepared = shown(self.brief.prepared, lang, self.template)
            self.run(paragraph, f"{COLOPHON[lang]} ", lang)
            self.shown_run(paragraph, prepared, lang)

    # ----------------------------------------------------------------- one language

    def body(self, lang: Lang) -> None:
        """The sections in one language: headings, paragraphs, quotes, a steps table, sources."""
        for section in self.brief.sections:
            heading = self.doc.add_paragraph(style="Heading 1")
            self.shown_run(heading, shown(section.heading, lang, self.template), lang)
            number = 0
            for group in group_blocks(section.blocks):
                first = group[0]
                if isinstance(first, StepItem):
                    self.steps_table([b for b in group if isinstance(b, StepItem)], lang)
                elif isinstance(first, Subheading):
                    paragraph = self.doc.add_paragraph(style="Heading 2")
                    self.shown_run(paragraph, shown(first.text, lang, self.template), lang)
                else:
                    for block in group:
                        if isinstance(block, SourceItem):
                            number += 1
                        self.block(self.doc, block, lang, number)

    def steps_table(self, steps: list[StepItem], lang: Lang) -> None:
        """Next steps as a table: a repeated header row, one row per step, horizontal rules only."""
        from docx.shared import RGBColor

        t = self.template
        shares = (0.58, 0.27, 0.15)
        table = self._table(1 + len(steps), shares)
        self._table_borders(
            table,
            {
                "top": (t.color_heading, 8),
                "bottom": (t.color_heading, 8),
                "insideH": ("BFBFBF", 4),
            },
        )
        self._cell_margins(table, top=0.8, bottom=0.8, left=1.5, right=1.5)
        header = table.rows[0]
        self._row_flags(header, header=True)
        for cell, text in zip(header.cells, STEP_HEADERS[lang], strict=True):
            self._shade(cell, t.color_heading)
            paragraph = _Cell(cell).add_paragraph("Table Text")
            run = self.run(paragraph, text, lang, bold=True)
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for row, step in zip(table.rows[1:], steps, strict=True):
            self._row_flags(row)
            action, actor, due = step_cells(step, lang, t)
            self.shown_run(_Cell(row.cells[0]).add_paragraph("Table Text"), action, lang)
            self.run(_Cell(row.cells[1]).add_paragraph("Table Text"), actor, lang)
            due_pending = step.due is not None and shown(step.due, lang, t).pending
            self.shown_run(_Cell(row.cells[2]).add_paragraph("Table Text"), Shown(due, due_pending), lang)
        spacer = self.doc.add_paragraph(style="Table Text")
        _tag_language(spacer.add_run(""), lang)

    # ----------------------------------------------------------------- both languages side by side

    def parallel_body(self) -> None:
        """Indonesian left, English right: one borderless table row per block, rows kept whole."""
        row = self._parallel_row(None)
        for column, lang in enumerate(BOTH):
            paragraph = _Cell(row.cells[column]).add_paragraph("Language Label")
            self.run(paragraph, LANGUAGE_NAME[lang], lang)

        for section in self.brief.sections:
            heading = self.doc.add_paragraph(style="Heading 1")
            self.both_runs(heading, section.heading, BOTH)
            table: Any = None
            steps = sources = 0
            for block in section.blocks:
                if isinstance(block, Subheading):
                    paragraph = self.doc.add_paragraph(style="Heading 2")
                    self.both_runs(paragraph, block.text, BOTH)
                    table = None  # the rows after a subheading start a new table
                    continue
                if isinstance(block, StepItem):
                    steps += 1
                elif isinstance(block, SourceItem):
                    sources += 1
                row = self._parallel_row(table)
                table = row.table
                for column, lang in enumerate(BOTH):
                    number = steps if isinstance(block, StepItem) else sources
                    self.block(_Cell(row.cells[column]), block, lang, number)
                    self._last_paragraph_spacing(row.cells[column])

    def _last_paragraph_spacing(self, cell: Any) -> None:
        from docx.shared import Pt

        last = cell.paragraphs[-1]
        if last.style.name in ("Table Text", "Source", "Step Detail"):
            last.paragraph_format.space_after = Pt(self.size * 0.6)

    # ----------------------------------------------------------------- blocks

    def block(self, container: Any, block: Block, lang: Lang, number: int) -> None:
        """One block into a document or a table cell, in one language."""
        t = self.template
        if isinstance(block, Paragraph):
            style = {"lead": "Lead", "note": "Note"}.get(block.style, "Normal")
            self.shown_run(container.add_paragraph(style=style), shown(block.text, lang, t), lang)
        elif isinstance(block, Subheading):
            paragraph = container.add_paragraph(style="Heading 2")
            self.shown_run(paragraph, shown(block.text, lang, t), lang)
        elif isinstance(block, QuoteBlock):
            text = shown(block.text, lang, t)
            style = "Quote" if block.direct else "Normal"
            self.shown_run(container.add_paragraph(style=style), text, lang, quoted=block.direct)
            self.run(container.add_paragraph(style="Attribution"), attribution(block, lang, t), lang)
        elif isinstance(block, StepItem):
            action, actor, due = step_cells(block, lang, t)
            paragraph = container.add_paragraph(style="Source")
            paragraph.paragraph_format.keep_with_next = True
            self.run(paragraph, f"{number}.\t", lang, bold=True)
            self.shown_run(paragraph, action, lang)
            _, actor_label, due_label = STEP_HEADERS[lang]
            detail = container.add_paragraph(style="Step Detail")
            self.run(detail, f"{actor_label}: ", lang, bold=True)
            self.run(detail, actor, lang)
            if block.due is not None:
                self.run(detail, f" · {due_label}: ", lang, bold=True)
                due_text = shown(block.due, lang, t)
                self.shown_run(detail, Shown(due, due_text.pending, due_text.origin), lang)
        elif isinstance(block, SourceItem):
            paragraph = container.add_paragraph(style="Source")
            self.run(paragraph, f"{number}.\t", lang)
            self.run(paragraph, source_line(block, lang, t), lang)

    # ----------------------------------------------------------------- tables

    def _table(self, rows: int, shares: Sequence[float]) -> Any:
        """A fixed-layout table over the full text width with columns in the given proportions."""
        from docx.shared import Mm

        table = self.doc.add_table(rows=rows, cols=len(shares))
        table.autofit = False
        tblpr = table._tbl.tblPr
        width = _element("w:tblW", w=_twips(self.content_mm), type="dxa")
        _replace_child(tblpr, width, ("w:jc", "w:tblCellSpacing", "w:tblInd") + _TBLPR_AFTER_BORDERS)
        for index, share in enumerate(shares):
            column_width = Mm(self.content_mm * share)
            table.columns[index].width = column_width
            for cell in table.columns[index].cells:
                cell.width = column_width
        return table

    def _parallel_row(self, table: Any) -> Any:
        """A new row of a two-column language table; a new borderless table when ``table`` is None."""
        if table is None:
            table = self._table(1, (0.5, 0.5))
            self._table_borders(table, {})
            self._cell_margins(table, top=0, bottom=0, left=0, right=0)
            row = table.rows[0]
        else:
            row = table.add_row()
        self._row_flags(row)
        half = _twips(GUTTER_MM / 2)
        for cell, side in zip(row.cells, ("right", "left"), strict=True):
            margin = _element("w:tcMar")
            margin.append(_element(f"w:{side}", w=half, type="dxa"))
            _replace_child(cell._tc.get_or_add_tcPr(), margin, _TCPR_AFTER_TCMAR)
        return row

    def _table_borders(self, table: Any, sides: dict[str, tuple[str, int]]) -> None:
        borders = _element("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if side in sides:
                color, size = sides[side]
                borders.append(_element(f"w:{side}", val="single", sz=str(size), space="0", color=color))
            else:
                borders.append(_element(f"w:{side}", val="nil"))
        _replace_child(table._tbl.tblPr, borders, _TBLPR_AFTER_BORDERS)

    def _cell_margins(self, table: Any, *, top: float, bottom: float, left: float, right: float) -> None:
        margins = _element("w:tblCellMar")
        for side, mm in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
            margins.append(_element(f"w:{side}", w=_twips(mm), type="dxa"))
        _replace_child(table._tbl.tblPr, margins, _TBLPR_AFTER_CELLMAR)

    def _row_flags(self, row: Any, *, header: bool = False) -> None:
        """Rows never split across pages; a header row repeats on every page."""
        trpr = row._tr.get_or_add_trPr()
        _replace_child(trpr, _element("w:cantSplit"), _TRPR_AFTER_CANTSPLIT)
        if header:
            _replace_child(trpr, _element("w:tblHeader"), _TRPR_AFTER_TBLHEADER)

    def _shade(self, cell: Any, color: str) -> None:
        tcpr = cell._tc.get_or_add_tcPr()
        _replace_child(tcpr, _element("w:shd", val="clear", color="auto", fill=color), _TCPR_AFTER_SHD)

    # ----------------------------------------------------------------- metadata

    def core_properties(self) -> None:
        t = self.template
        props = self.doc.core_properties
        titles = [shown(self.brief.title, lang, t) for lang in self.langs]
        title_parts = list(dict.fromkeys(s.text for s in titles if not s.pending)) or [
            xml_safe(self.brief.title.id)
        ]
        period = self.brief.period
        subject_parts = (
            list(dict.fromkeys(s.text for lang in self.langs if not (s := shown(period, lang, t)).pending))
            if period is not None
            else []
        )
        author = organisation(self.template, self.langs[0])[0] or "briefgen"
        props.title = SEPARATOR.join(title_parts)[:255]
        props.subject = SEPARATOR.join(subject_parts)[:255]
        props.language = ", ".join(LANG_TAG[lang] for lang in self.langs)
        props.author = author[:255]
        props.last_modified_by = author[:255]
        props.keywords = "briefgen"
        props.comments = "Generated by briefgen"
        props.category = ""
        props.revision = 1
        midnight = dt.datetime.combine(self.brief.prepared_on, dt.time(0, 0), tzinfo=dt.UTC)
        props.created = midnight
        props.modified = midnight
