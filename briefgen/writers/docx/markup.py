"""The body of the document written as WordprocessingML text, not as python-docx elements.

Paragraphs, runs and table rows of the body are strings joined from *shapes*: the markup of a
paragraph's properties for a style, of a run's properties for a formatting, of a table's opening
and a row's cells. Each shape is built once per document by python-docx (so it is exactly what
python-docx writes, a reference document's style ids included) and serialised; the text between
is escaped as lxml escapes it. Building an element per run, setting its properties one attribute
at a time and serialising the tree took most of a long brief's DOCX time.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from briefgen.errors import TemplateError
from briefgen.model import Lang
from briefgen.writers.common import GUTTER_MM, xml_safe
from briefgen.writers.docx import ooxml
from briefgen.writers.style import ROW_GAP

if TYPE_CHECKING:
    from briefgen.writers.docx.writer import DocxWriter

Element = Any  # python-docx ships no type information

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK = R_NS + "/hyperlink"
LINE_BREAKS = re.compile("([\t\r\n])")
RunKey = tuple[Lang, bool | None, bool | None, bool, float, bool]
# A run's content for the characters python-docx turns into elements (``Run.text``).
CONTENT = {"\t": "<w:tab/>", "\r": "<w:br/>", "\n": "<w:br/>"}


class Para:
    """A body paragraph being written: its style, whether it keeps with the next one, whether it
    carries the gap under a table row, and its content (runs, bookmarks) as markup."""

    __slots__ = ("keep", "parts", "spaced", "style")

    def __init__(self, style: str | None) -> None:
        self.style = style
        self.keep = False
        self.spaced = False
        self.parts: list[str] = []


class Flow:
    """The body as a paragraph container: a paragraph added is the next piece of the body."""

    def __init__(self, writer: DocxWriter) -> None:
        self.writer = writer

    def add_paragraph(self, style: str | None = None) -> Para:
        paragraph = Para(style)
        self.writer.emit(paragraph)
        return paragraph


class TextCell:
    """A table cell's paragraphs, kept until its row is written (the last may get the row gap)."""

    __slots__ = ("paragraphs",)

    def __init__(self) -> None:
        self.paragraphs: list[Para] = []

    def add_paragraph(self, style: str | None = None) -> Para:
        paragraph = Para(style)
        self.paragraphs.append(paragraph)
        return paragraph

    @property
    def last(self) -> Para | None:
        return self.paragraphs[-1] if self.paragraphs else None


class RowShape:
    """A table row's markup around its cells' paragraphs: the row's opening, each cell's."""

    __slots__ = ("cells", "opening")

    def __init__(self, tr: Element, nsmap: dict[Any, str]) -> None:
        cells = []
        for tc in list(tr):
            if tc.tag != ooxml.W + "tc":
                continue
            for p in tc.findall(ooxml.W + "p"):
                tc.remove(p)
            cells.append(ooxml.shell(tc, nsmap)[0])
            tr.remove(tc)
        self.opening = ooxml.shell(tr, nsmap)[0]
        self.cells = cells


def text_markup(text: str) -> str:
    """``text`` (XML-safe, without tabs or line breaks) as lxml writes a text node."""
    return escape(text)  # &, < and >, as the PDF writer escapes its markup


def t_markup(text: str) -> str:
    """A ``<w:t>`` holding ``text``, preserving its outer spaces as python-docx's ``add_t`` does."""
    if len(text.strip()) < len(text):
        return f'<w:t xml:space="preserve">{text_markup(text)}</w:t>'
    return f"<w:t>{text_markup(text)}</w:t>"


class Shapes:
    """The shapes of one document, each built by python-docx the first time it is needed."""

    def __init__(self, writer: DocxWriter) -> None:
        self.w = writer
        self.nsmap: dict[Any, str] = dict(writer.doc.element.nsmap)
        if self.nsmap.get("w") != ooxml.W[1:-1] or self.nsmap.get("r") != R_NS:
            where = writer.template.reference_docx or "the document"
            raise TemplateError(
                f"{where}: its document.xml does not bind the prefixes w: and r: as Word does"
            )
        self.props: dict[tuple[str | None, bool, bool], str] = {}
        self.runs: dict[RunKey, str] = {}
        self.tables: dict[object, tuple[str, str, RowShape, RowShape]] = {}
        self.links: dict[str, str] | None = None  # external hyperlink targets -> relationship ids
        self.next_rid = 1

    # ------------------------------------------------------------------ paragraphs and runs

    def paragraph(self, paragraph: Para) -> str:
        key = (paragraph.style, paragraph.keep, paragraph.spaced)
        props = self.props.get(key)
        if props is None:
            props = self.props[key] = self._paragraph_props(*key)
        inner = props + "".join(paragraph.parts)
        return f"<w:p>{inner}</w:p>" if inner else "<w:p/>"

    def _paragraph_props(self, style: str | None, keep: bool, spaced: bool) -> str:
        from docx.oxml import OxmlElement
        from docx.shared import Pt
        from docx.text.paragraph import Paragraph as DocxParagraph

        paragraph = DocxParagraph(OxmlElement("w:p"), self.w.doc._body)
        if style is not None:
            paragraph.style = style
        if keep:
            ooxml.keep_with_next(paragraph)
        if spaced:
            paragraph.paragraph_format.space_after = Pt(self.w.size * ROW_GAP)
        ppr = paragraph._p.pPr
        return "" if ppr is None else ooxml.markup(ppr, self.nsmap)

    def opening(self, key: RunKey) -> str:
        """A run's start tag and properties for ``key``: language, bold, italic, muted, smaller
        and link, the formatting of ``DocxWriter.run``."""
        opening = self.runs.get(key)
        if opening is None:
            opening = self.runs[key] = self._run_shape(*key)
        return opening

    def run(self, paragraph: Para, text: str, key: RunKey) -> None:
        """A run of ``text`` with the formatting ``key`` (see :meth:`opening`) into ``paragraph``."""
        opening = self.runs.get(key) or self.opening(key)
        safe = xml_safe(text)
        if "\t" in safe or "\n" in safe or "\r" in safe:  # as Run.text: tabs and breaks are elements
            pieces = LINE_BREAKS.split(safe)
            content = "".join(
                CONTENT[piece] if piece in CONTENT else t_markup(piece) for piece in pieces if piece
            )
            paragraph.parts.append(f"{opening}{content}</w:r>")
        elif safe:
            paragraph.parts.append(f"{opening}{t_markup(safe)}</w:r>")
        else:
            paragraph.parts.append(f"{opening}</w:r>")

    def _run_shape(
        self, lang: Lang, bold: bool | None, italic: bool | None, muted: bool, smaller: float, link: bool
    ) -> str:
        from docx.oxml import OxmlElement
        from docx.shared import RGBColor
        from docx.text.paragraph import Paragraph as DocxParagraph

        scratch = DocxParagraph(OxmlElement("w:p"), self.w.doc._body)
        run = self.w.run(scratch, "", lang, bold=bold, italic=italic, muted=muted, smaller=smaller)
        if link:  # the address of a source, clickable
            run.font.color.rgb = RGBColor.from_string(self.w.template.color_accent.upper())
            run.font.underline = True
        return ooxml.shell(run._r, self.nsmap)[0]

    def holding(self, lang: Lang, element: Element) -> str:
        """A plain run in ``lang`` holding ``element`` (a field character, a field's code)."""
        return (
            f"{self.opening((lang, None, None, False, 0.0, False))}{ooxml.markup(element, self.nsmap)}</w:r>"
        )

    def bookmark(self, number: int) -> str:
        """The start and end of the bookmark a heading's table-of-contents entry points to."""
        return (
            f'<w:bookmarkStart w:id="{number}" w:name="_TocBrief{number}"/><w:bookmarkEnd w:id="{number}"/>'
        )

    def hyperlink(self, url: str) -> str:
        """The opening of a link to the external ``url`` (its relationship added once)."""
        part = self.w.doc.part
        rels = part.rels
        if self.links is None:  # what relate_to finds: the first relationship to the same target
            self.links = {}
            for rid, rel in rels.items():
                if rel.is_external and rel.reltype == HYPERLINK:
                    self.links.setdefault(rel.target_ref, rid)
        rid = self.links.get(url)
        if rid is None:  # relate_to's new id, the lowest unused (relationships are only added)
            while f"rId{self.next_rid}" in rels:
                self.next_rid += 1
            rid = self.links[url] = f"rId{self.next_rid}"
            rels.add_relationship(HYPERLINK, url, rid, is_external=True)
        return f'<w:hyperlink w:history="1" r:id="{rid}">'

    # ------------------------------------------------------------------ tables

    def row(self, shape: RowShape, cells: Sequence[TextCell]) -> str:
        parts = [shape.opening]
        for opening, cell in zip(shape.cells, cells, strict=True):
            inner = "".join(self.paragraph(p) for p in cell.paragraphs) or "<w:p/>"
            parts += (opening, inner, "</w:tc>")
        parts.append("</w:tr>")
        return "".join(parts)

    def parallel(self) -> tuple[str, RowShape, RowShape]:
        """A two-column language table: its opening, its first row, the rows after that."""
        shape = self.tables.get("parallel")
        if shape is None:
            w = self.w
            table = w._table(1, (0.5, 0.5))
            ooxml.table_borders(table, {})
            ooxml.cell_margins(table, top=0, bottom=0, left=0, right=0)
            rows = [table.rows[0], table.add_row()]
            half = ooxml.twips(GUTTER_MM / 2)
            for row in rows:
                ooxml.row_flags(row)
                for cell, side in zip(row.cells, ("right", "left"), strict=True):
                    margin = ooxml.element("w:tcMar")
                    margin.append(ooxml.element(f"w:{side}", w=half, type="dxa"))
                    ooxml.replace_child(cell._tc.get_or_add_tcPr(), margin, ooxml.TCPR_AFTER_TCMAR)
            shape = self.tables["parallel"] = self._table_shape(table._tbl, header=False)
        return shape[0], shape[2], shape[3]

    def steps(self, key: object, build: Any) -> tuple[str, str, RowShape]:
        """A steps table: its opening, its header row (whole), its other rows; ``build`` makes the
        python-docx table of a header and one row the first time."""
        shape = self.tables.get(key)
        if shape is None:
            shape = self.tables[key] = self._table_shape(build(), header=True)
        return shape[0], shape[1], shape[3]

    def _table_shape(self, tbl: Element, *, header: bool) -> tuple[str, str, RowShape, RowShape]:
        """A table python-docx built at the end of the body, taken out of it and cut up."""
        tbl.getparent().remove(tbl)
        first, second = tbl.findall(ooxml.W + "tr")
        for tr in (first, second):
            tbl.remove(tr)
        opening = ooxml.shell(tbl, self.nsmap)[0]
        head = ooxml.markup(first, self.nsmap) if header else ""
        return opening, head, RowShape(copy.deepcopy(first), self.nsmap), RowShape(second, self.nsmap)
