"""A table cell as python-docx paragraphs are added to it, without python-docx's per-cell walks."""

from __future__ import annotations

from typing import Any

from briefgen.writers.docx import ooxml

# python-docx ships no type information: its objects are handled as Any in this package.
Par = Any


class Cell:
    """A python-docx table cell as a paragraph container that reuses the empty paragraph every
    cell starts with (the letterhead's cells, a steps table's header; the body's cells are
    markup, see :mod:`.markup`)."""

    def __init__(self, cell: Any) -> None:
        self.tc = cell._tc
        self.parent = cell
        self.fresh = True

    def add_paragraph(self, style: str | None = None) -> Par:
        from docx.text.paragraph import Paragraph as DocxParagraph
        from lxml import etree

        p = self.tc.find(ooxml.W + "p") if self.fresh else None
        if p is None:  # a cell's paragraphs come last in it (python-docx appends too)
            p = etree.SubElement(self.tc, ooxml.W + "p")
        self.fresh = False
        paragraph = DocxParagraph(p, self.parent)
        if style:
            paragraph.style = style
        return paragraph
