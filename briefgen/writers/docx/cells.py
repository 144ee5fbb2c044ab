"""A table cell as python-docx paragraphs are added to it, without python-docx's per-cell walks."""

from __future__ import annotations

import copy
from typing import Any

from briefgen.writers.docx import ooxml

# python-docx ships no type information: its objects are handled as Any in this package.
Par = Any
Element = Any


class Cell:
    """A table cell as a paragraph container that reuses the empty paragraph every cell starts with.

    ``cell`` is python-docx's cell, or a ``<w:tc>`` element with ``parent`` the python-docx object
    its paragraphs belong to (python-docx's ``row.cells`` works out the grid of the whole table
    for every row). The last paragraph added and its style are kept (see ``DocxWriter.space_row``).
    """

    def __init__(self, cell: Any, styled: dict[str, Element] | None = None, parent: Any = None) -> None:
        self.tc = cell if parent is not None else cell._tc
        self.parent = parent if parent is not None else cell
        self.fresh = True
        self.styled = styled  # style name -> the paragraph properties setting it, to copy
        self.last: Par = None
        self.last_style: str | None = None

    def add_paragraph(self, style: str | None = None) -> Par:
        from docx.text.paragraph import Paragraph as DocxParagraph
        from lxml import etree

        p = self.tc.find(ooxml.W + "p") if self.fresh else None
        if p is None:  # a cell's paragraphs come last in it (python-docx appends too)
            p = etree.SubElement(self.tc, ooxml.W + "p")
        self.fresh = False
        paragraph = DocxParagraph(p, self.parent)
        if style:
            self._set_style(paragraph, style)
        self.last, self.last_style = paragraph, style
        return paragraph

    def _set_style(self, paragraph: Par, style: str) -> None:
        """``paragraph.style = style``, done once per style and copied after that (it is slow)."""
        if self.styled is None or paragraph._p.pPr is not None:
            paragraph.style = style
            return
        props = self.styled.get(style)
        if props is not None:
            paragraph._p.insert(0, copy.deepcopy(props))
            return
        paragraph.style = style
        if paragraph._p.pPr is not None:
            self.styled[style] = copy.deepcopy(paragraph._p.pPr)
