"""The state of one Word document being written: runs, headings, the body, tables, metadata."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from typing import Any

from briefgen.model import (
    Bilingual,
    Block,
    Brief,
    Lang,
    Layout,
    Paragraph,
    QuoteBlock,
    Section,
    SourceItem,
    StepItem,
    Subheading,
    Template,
)
from briefgen.writers.common import (
    BOTH,
    LANG_TAG,
    LANGUAGE_NAME,
    SEPARATOR,
    STEP_HEADERS,
    Shown,
    attribution,
    attribution_both,
    bilingual_cell,
    body_text,
    both_dates,
    group_blocks,
    is_web_link,
    organisation,
    pending_notice,
    register_cells,
    sections_of,
    shown,
    source_line,
    step_cells,
    step_reference,
    untranslated,
    xml_safe,
)
from briefgen.writers.docx import ooxml
from briefgen.writers.docx.cells import Cell
from briefgen.writers.docx.markup import Flow, Para, Shapes, TextCell
from briefgen.writers.style import (
    STEPS_TABLE,
    Colour,
    Rule,
)

# python-docx ships no type information: its objects are handled as Any in this package.
Doc = Any
Par = Any
Element = Any

W_T = ooxml.W + "t"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class DocxWriter:
    """The state of one document being written: the python-docx document, brief and template."""

    def __init__(
        self, doc: Doc, brief: Brief, template: Template, langs: tuple[Lang, ...], layout: Layout = "parallel"
    ) -> None:
        self.doc = doc
        self.layout = layout
        self.brief = brief
        self.template = template
        self.langs = langs
        self.size = template.base_size_pt
        self.reference = template.reference_docx is not None
        self.colours: dict[str, str] = {
            "heading": template.color_heading,
            "accent": template.color_accent,
            "muted": template.color_muted,
        }
        self.toc = False  # whether headings carry bookmarks for a table of contents
        self.marks = 0
        # Run properties (bold, italic, colour, size, language) built once per combination and
        # copied for every later run: python-docx's property setters cost more than the text.
        self.run_props: dict[tuple[object, ...], Element] = {}
        self._content_mm: float | None = None
        self.block_width: Any = None  # python-docx Length of the text width, once known
        self.body_end: Element | None = None  # the body's final <w:sectPr>, once found
        self.body_element: Element | None = None  # <w:body>, once found
        # The body's XML written so far, in order (see flush), a section at a time: the sections
        # are written as markup (see markup.py); the top of the document, the colophon and the
        # signature by python-docx, whose elements are taken from its tree in their place.
        self.written: list[bytes] = []
        self.pending: list[str | Para] = []  # the body written since the last flush
        self.table_open = False  # whether the last piece is a row of a table still open
        self.flow = Flow(self)
        self.shapes = Shapes(self)

    # ----------------------------------------------------------------- setup

    def page(self) -> None:
        """Page size and margins from the template (a reference document keeps its own page setup)."""
        from docx.enum.section import WD_ORIENT
        from docx.shared import Inches, Mm

        if self.reference:
            return
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
        """The width of the text area in millimetres, from the section actually used.

        Kept once known: finding the last section searches the whole body, once per table.
        """
        if self._content_mm is None:
            section = self.doc.sections[-1]
            width = section.page_width - (section.left_margin or 0) - (section.right_margin or 0)
            self._content_mm = float(width) / 36000  # EMU per millimetre
        return self._content_mm

    def colour(self, name: Colour) -> Any:
        from docx.shared import RGBColor

        if name == "white":
            return RGBColor(0xFF, 0xFF, 0xFF)
        return RGBColor.from_string(self.colours[name].upper())

    def border(self, rule: Rule) -> tuple[str, int, int]:
        """A rule as a Word border: colour, width in eighths of a point, distance in points."""
        colour = "FFFFFF" if rule.colour == "white" else self.colours[rule.colour]
        return colour, round(rule.width_pt * 8), round(rule.gap_pt)

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
        link: bool = False,
    ) -> Any:
        """A run of ``text`` tagged with its language; text is made XML-safe here.

        Into a body paragraph (:class:`Para`) the run is markup and nothing is returned; into a
        python-docx paragraph it is python-docx's run (``link`` is for body paragraphs only)."""
        from docx.shared import Pt, RGBColor

        if type(paragraph) is Para:
            self.shapes.run(paragraph, text, (lang, bold, italic, muted, smaller, link))
            return None
        key = (bold, italic, muted, smaller, lang, self.size, self.template.color_muted)
        props = self.run_props.get(key)
        if props is not None:
            from docx.text.run import Run
            from lxml import etree

            # A copy of a run holding only these properties, appended (a paragraph's runs come
            # last in it): what add_r() makes, without python-docx's element factory and its
            # search for where the child goes.
            r = copy.deepcopy(props)
            paragraph._p.append(r)
            safe = xml_safe(text)
            if "\t" in safe or "\n" in safe or "\r" in safe:
                r.text = safe  # as add_run(text) does: tabs and line breaks become elements
            elif safe:  # the same <w:t> as add_t(), without the walk over every character
                t = etree.SubElement(r, W_T)
                t.text = safe
                if len(safe.strip()) < len(safe):
                    t.set(XML_SPACE, "preserve")
            return Run(r, paragraph)
        run = paragraph.add_run(xml_safe(text))
        if bold is not None:
            run.bold = bold
        if italic is not None:
            run.italic = italic
        if muted:
            run.font.color.rgb = RGBColor.from_string(self.template.color_muted.upper())
        if smaller:
            run.font.size = Pt(max(self.size - smaller, 5))
        ooxml.tag_language(run, lang)
        prototype = copy.deepcopy(run._r)
        for child in list(prototype):
            if child.tag != ooxml.W + "rPr":
                prototype.remove(child)
        self.run_props[key] = prototype
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

    def heading(self, style: str) -> Para:
        """A heading paragraph; with a table of contents it carries the bookmark its entry points to."""
        paragraph = self.flow.add_paragraph(style)
        if self.toc:
            self.marks += 1
            paragraph.parts.append(self.shapes.bookmark(self.marks))
        return paragraph

    def field(self, paragraph: Par, code: str, lang: Lang) -> None:
        """A real Word field (PAGE, NUMPAGES): begin, instruction, separate, placeholder, end."""
        from docx.oxml.ns import qn

        def fld_char(kind: str) -> None:
            run = self.run(paragraph, "", lang)
            run._r.append(ooxml.element("w:fldChar", fldCharType=kind))

        fld_char("begin")
        run = self.run(paragraph, "", lang)
        instr = ooxml.element("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {code} \\* MERGEFORMAT "
        run._r.append(instr)
        fld_char("separate")
        self.run(paragraph, "1", lang)
        fld_char("end")

    # ----------------------------------------------------------------- one language

    def end_of_section(self, section: Section, langs: Sequence[Lang]) -> None:
        """The colophon under the sources (after the last section when there are none), kept with them."""
        from briefgen.writers.docx import head

        sections = sections_of(self.brief, self.template)
        if section.kind == "sources" or (
            not any(s.kind == "sources" for s in sections) and section is sections[-1]
        ):
            if langs and langs[-1] == self.langs[-1]:  # signed once, after the last language
                head.signature(self)
            head.colophon(self, langs)

    def notice(self, container: Any, section: Section, lang: Lang) -> None:
        """The one notice of a section's missing English (see :func:`pending_notice`)."""
        text = pending_notice(section, lang, sections_of(self.brief, self.template))
        if text:
            self.run(container.add_paragraph("Note"), text, lang, italic=True, muted=True)

    def body(self, lang: Lang, colophon: Sequence[Lang] = ()) -> None:
        """The sections in one language: headings, paragraphs, quotes, a steps table, sources."""
        for section in sections_of(self.brief, self.template):
            self.flush()
            heading = self.heading("Heading 2" if section.kind == "event" else "Heading 1")
            self.shown_run(heading, shown(section.heading, lang, self.template), lang)
            number = 0
            for group in group_blocks(section.blocks):
                first = group[0]
                if isinstance(first, StepItem):
                    self.steps_table([b for b in group if isinstance(b, StepItem)], (lang,))
                elif isinstance(first, Subheading):
                    self.flush()
                    paragraph = self.heading("Heading 2")
                    self.shown_run(paragraph, shown(first.text, lang, self.template), lang)
                else:
                    for block in group:
                        if isinstance(block, SourceItem):
                            number += 1
                        self.block(self.flow, block, lang, number)
            self.notice(self.flow, section, lang)
            self.end_of_section(section, colophon)

    def steps_table(self, steps: list[StepItem], langs: Sequence[Lang]) -> None:
        """Next steps as a table: a repeated header row, one row per step, horizontal rules only.

        In both languages (the register of a parallel brief) once, full width: each header and
        cell in both languages, the English action under the Indonesian one when it exists."""
        t = self.template
        lang = langs[0]
        opening, header, row_shape = self.shapes.steps(
            ("steps", tuple(langs)), lambda: self._steps_shape(langs)
        )
        pieces = [opening, header]
        bare = len(langs) > 1
        for step in steps:
            cells = [TextCell() for _ in range(4)]
            actions, actor, due = register_cells(step, langs, t)
            first = cells[0]  # one container: the English action gets a paragraph of its own
            for one, action in actions or [(lang, step_cells(step, lang, t)[0])]:
                self.shown_run(first.add_paragraph("Table Text"), action, one)
            self.run(cells[1].add_paragraph("Table Text"), actor, lang)
            due_pending = step.due is not None and all(shown(step.due, one, t).pending for one in langs)
            self.shown_run(cells[2].add_paragraph("Table Text"), Shown(due, due_pending), lang)
            reference = bilingual_cell([step_reference(step, one, bare=bare) for one in langs])
            # The key point and the source on lines of their own: a narrow column breaks no outlet.
            for part in ("" if reference == "—" else reference).split(" · "):
                self.run(cells[3].add_paragraph("Table Text"), part, lang)
            pieces.append(self.shapes.row(row_shape, cells))
        pieces.append("</w:tbl>")
        self.emit("".join(pieces))
        self.run(self.flow.add_paragraph("Table Text"), "", lang)  # the spacer under the table

    def _steps_shape(self, langs: Sequence[Lang]) -> Element:
        """A steps table of its header row and one row, by python-docx (see Shapes.steps)."""
        from docx.shared import RGBColor

        t = self.template
        look = STEPS_TABLE
        table = self._table(2, look.shares)
        edge = (t.color_heading, round(look.edge_pt * 8))
        ooxml.table_borders(
            table, {"top": edge, "bottom": edge, "insideH": (look.inner_colour, round(look.inner_pt * 8))}
        )
        vertical, horizontal = look.padding_mm
        ooxml.cell_margins(table, top=vertical, bottom=vertical, left=horizontal, right=horizontal)
        header, row = table.rows
        ooxml.row_flags(header, header=True)
        for n, cell in enumerate(header.cells):
            ooxml.shade(cell, t.color_heading)
            paragraph = Cell(cell).add_paragraph("Table Text")
            text = bilingual_cell([STEP_HEADERS[one][n] for one in langs])
            self.run(paragraph, text, langs[0], bold=True).font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        ooxml.row_flags(row)
        return table._tbl

    def once_for_both(self, section: Section) -> bool:
        """The register as one bilingual table, the sources as one list with dates in both
        languages: full width, not the same line twice side by side. False for other sections."""
        blocks = section.blocks
        if blocks and all(isinstance(b, StepItem) for b in blocks):
            self.steps_table([b for b in blocks if isinstance(b, StepItem)], BOTH)
        elif blocks and all(isinstance(b, SourceItem) for b in blocks):
            for number, item in enumerate((b for b in blocks if isinstance(b, SourceItem)), 1):
                self.block(self.flow, both_dates(item, self.template), "id", number)
        else:
            return False
        self.notice(self.flow, section, "en")
        self.end_of_section(section, self.langs)
        return True

    # ----------------------------------------------------------------- both languages side by side

    def parallel_body(self) -> None:
        """Indonesian left, English right: one borderless table row per block, rows kept whole."""
        cells = [TextCell(), TextCell()]
        for cell, lang in zip(cells, BOTH, strict=True):
            self.run(cell.add_paragraph("Language Label"), LANGUAGE_NAME[lang], lang)
        self.parallel_row(cells, new_table=True)

        for section in sections_of(self.brief, self.template):
            self.flush()
            heading = self.heading("Heading 2" if section.kind == "event" else "Heading 1")
            self.both_runs(heading, section.heading, BOTH)
            if self.once_for_both(section):
                continue
            table = False  # whether the next row continues a table
            steps = sources = 0
            for block in section.blocks:
                if isinstance(block, Subheading):
                    self.flush()
                    paragraph = self.heading("Heading 2")
                    self.both_runs(paragraph, block.text, BOTH)
                    table = False  # the rows after a subheading start a new table
                    continue
                if isinstance(block, StepItem):
                    steps += 1
                elif isinstance(block, SourceItem):
                    sources += 1
                if untranslated(block, section):
                    self.across(block)
                    table = False  # the rows after it start a new table
                    continue
                number = steps if isinstance(block, StepItem) else sources
                cells = [TextCell(), TextCell()]
                for cell, lang in zip(cells, BOTH, strict=True):
                    self.block(cell, block, lang, number)
                    self.space_row(cell)
                self.parallel_row(cells, new_table=not table)
                table = True
            if pending_notice(section, "en", sections_of(self.brief, self.template)):
                cells = [TextCell(), TextCell()]
                self.run(cells[0].add_paragraph("Note"), "", "id")
                self.notice(cells[1], section, "en")
                self.parallel_row(cells, new_table=not table)
            self.end_of_section(section, self.langs)

    def parallel_row(self, cells: Sequence[TextCell], *, new_table: bool) -> None:
        """A row of a two-column language table: of a new borderless table when ``new_table``."""
        shapes = self.shapes
        opening, first, later = shapes.parallel()
        if new_table or not self.table_open:
            self.emit(opening)
            self.pending.append(shapes.row(first, cells))
        else:  # every parallel table has the same columns
            self.pending.append(shapes.row(later, cells))
        self.table_open = True

    def across(self, block: Block) -> None:
        """A passage with no English yet across both columns (see :func:`untranslated`)."""
        t = self.template
        if isinstance(block, QuoteBlock):
            text = body_text(block.text, "id", t)
            said = self.flow.add_paragraph("Quote" if block.direct else "Reported")
            said.keep = True  # with its attribution
            self.shown_run(said, text, "id", quoted=block.direct)
            line = attribution_both(block, t)
            if line:
                self.run(self.flow.add_paragraph("Attribution"), line, "id")
            return
        self.block(self.flow, block, "id", 0)

    def space_row(self, cell: TextCell) -> None:
        """The gap under a row: space after the cell's last paragraph of a text style."""
        last = cell.last
        if last is not None and last.style in ("Table Text", "Source", "Step Detail"):
            last.spaced = True

    def emit(self, piece: str | Para) -> None:
        """``piece`` (markup, or a paragraph to be written) next in the body, after what
        python-docx added to its tree since the last piece; an open table ends before it."""
        if self.table_open:
            self.pending.append("</w:tbl>")
            self.table_open = False
        if self.body_element is None:
            self.body_element = self.doc.element.body
        if len(self.body_element) > (self.body_end is not None):
            xml = ooxml.take_body(self.doc.element, self.body_end)
            if xml:
                self.pending.append(xml.decode("utf-8"))
        self.pending.append(piece)

    def flush(self) -> None:
        """The body so far serialised and dropped: ``written`` gets it, python-docx's tree keeps
        only the final section properties (:func:`briefgen.writers.docx.write_docx` puts the
        body back in place when saving). Called at a heading, where no table is open."""
        self.emit("")
        shapes = self.shapes
        text = "".join(shapes.paragraph(p) if type(p) is Para else p for p in self.pending)  # type: ignore[misc]
        self.pending.clear()
        if text:
            self.written.append(text.encode("utf-8"))

    # ----------------------------------------------------------------- blocks

    def block(self, container: Any, block: Block, lang: Lang, number: int) -> None:
        """One block into a document or a table cell, in one language."""
        t = self.template
        if isinstance(block, Paragraph):
            style = {"lead": "Lead", "note": "Note"}.get(block.style, "Normal")
            self.shown_run(container.add_paragraph(style), body_text(block.text, lang, t), lang)
        elif isinstance(block, Subheading):
            paragraph = container.add_paragraph("Heading 2")
            self.shown_run(paragraph, shown(block.text, lang, t), lang)
        elif isinstance(block, QuoteBlock):
            text = body_text(block.text, lang, t)
            line = attribution(block, lang, t)
            if text.text:
                style = "Quote" if block.direct else "Reported"
                said = container.add_paragraph(style)
                said.keep = True  # with its attribution, or the speaker's next quote
                self.shown_run(said, text, lang, quoted=block.direct)
            if line or not text.text:
                self.run(container.add_paragraph("Attribution"), line, lang)
        elif isinstance(block, StepItem):
            action, actor, due = step_cells(block, lang, t)
            paragraph = container.add_paragraph("Source")
            paragraph.keep = True
            self.run(paragraph, f"{number}.\t", lang, bold=True)
            self.shown_run(paragraph, action, lang)
            _, actor_label, due_label, _ = STEP_HEADERS[lang]
            detail = container.add_paragraph("Step Detail")
            self.run(detail, f"{actor_label}: ", lang, bold=True)
            self.run(detail, actor, lang)
            if block.due is not None:
                self.run(detail, f" · {due_label}: ", lang, bold=True)
                due_text = shown(block.due, lang, t)
                self.shown_run(detail, Shown(due, due_text.pending, due_text.origin), lang)
            reference = step_reference(block, lang)
            if reference:
                self.run(detail, f" · {reference}", lang)
        elif isinstance(block, SourceItem):
            paragraph = container.add_paragraph("Source")
            self.run(paragraph, f"{number}.\t", lang)
            line = source_line(block, lang, t)
            location = xml_safe(block.location or "")
            if is_web_link(location) and line.endswith(location):
                self.run(paragraph, line[: len(line) - len(location)], lang)
                self.hyperlink(paragraph, location, lang)
            else:
                self.run(paragraph, line, lang)

    def hyperlink(self, paragraph: Para, url: str, lang: Lang) -> None:
        """A clickable external link showing the address itself, in the accent colour, underlined."""
        paragraph.parts.append(self.shapes.hyperlink(url))
        self.run(paragraph, url, lang, link=True)
        paragraph.parts.append("</w:hyperlink>")

    # ----------------------------------------------------------------- tables

    def _add_to_body(self, element: Element) -> Element:
        """``element`` at the end of the body, before its final section properties.

        python-docx searches the body's children for those properties on every addition, which
        makes a long brief (thousands of tables and headings) quadratic; they are found once here.
        """
        from docx.oxml.ns import qn

        body = self.doc.element.body
        if self.body_end is None:
            self.body_end = body.find(qn("w:sectPr"))
        if self.body_end is None:
            body.append(element)
        else:
            self.body_end.addprevious(element)
        return element

    def _table(self, rows: int, shares: Sequence[float]) -> Any:
        """A fixed-layout table over the full text width with columns in the given proportions."""
        from docx.oxml.table import CT_Tbl
        from docx.shared import Mm
        from docx.table import Table

        # doc.add_table(rows, cols), without its two searches of the whole body (for the last
        # section's width, and for the end of the body).
        if self.block_width is None:
            self.block_width = self.doc._block_width
        tbl = self._add_to_body(CT_Tbl.new_tbl(rows, len(shares), self.block_width))
        table = Table(tbl, self.doc._body)
        table.style = None  # the document's default table style, as Document.add_table sets it
        table.autofit = False
        tblpr = table._tbl.tblPr
        width = ooxml.element("w:tblW", w=ooxml.twips(self.content_mm), type="dxa")
        ooxml.replace_child(
            tblpr, width, ("w:jc", "w:tblCellSpacing", "w:tblInd") + ooxml.TBLPR_AFTER_BORDERS
        )
        for index, share in enumerate(shares):
            column_width = Mm(self.content_mm * share)
            table.columns[index].width = column_width
            for cell in table.columns[index].cells:
                cell.width = column_width
        return table

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
