"""One stylesheet for every writer: type sizes, spacing, colours, indents and rules as data.

The PDF and the Word writer both take their paragraph styles from :data:`SHEET`, each through a
small adapter of its own (``_PdfWriter._styles`` builds reportlab styles, ``_DocxWriter.styles``
Word styles), so a brief looks alike in both formats and a number is changed in one place.
Sizes and spaces are multiples of the template's body size (``fonts.size_pt``), so a template
with a larger body text scales the whole page; indents are millimetres, rules points.

A field left ``None`` is inherited: from the body style in the PDF, from Word's own style (which
is based on Normal) in a Word document, so the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Colour = Literal["heading", "accent", "muted", "white"]
"""A template colour by role (``[colors]`` in template.toml), or white (on the heading colour)."""

MIN_SIZE_PT = 6.0
"""The smallest type a style made smaller than the body shrinks to (print stays legible)."""


@dataclass(frozen=True)
class Rule:
    """A line beside a paragraph: on its ``side``, ``width_pt`` thick, ``gap_pt`` from the text."""

    side: Literal["left", "top", "bottom"]
    colour: Colour
    width_pt: float
    gap_pt: float


@dataclass(frozen=True)
class Style:
    """One paragraph style; see the module docstring for units and inheritance."""

    word: str | None = None  # the Word style's name; None for a style only the PDF draws
    size: float | None = None  # × body size
    plus: float = 0.0  # points added to the scaled size; a smaller size floors at MIN_SIZE_PT
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    colour: Colour | None = None
    before: float | None = None  # × body size
    after: float | None = None  # × body size
    indent_mm: float | None = None
    hanging: bool = False  # a number hangs in the indent (sources and next steps)
    align: Literal["centre", "right"] | None = None
    keep_with_next: bool | None = None
    leading: float = 1.35  # the PDF's line height, × this style's size
    line_spacing: float | None = None  # Word's line spacing, a multiple of single
    rule: Rule | None = None
    outline_level: int | None = None  # a heading's level in the outline and table of contents

    def size_pt(self, base: float) -> float:
        """The type size in points for a body size of ``base`` points."""
        size = base * (self.size if self.size is not None else 1.0) + self.plus
        return max(size, MIN_SIZE_PT) if self.plus < 0 else size


QUOTE_BAR = Rule("left", "accent", 1.5, 8.0)
"""The bar beside a quotation, a reported statement and its attribution."""
INDENT_MM = 6.0
"""The indent of quotations and attributions."""
NUMBER_INDENT_MM = 7.5
"""The hanging indent of numbered sources and next steps: room for a two-digit number ("10.")."""

# In the order the Word writer adds them to a document's styles (styles.xml keeps it).
SHEET: dict[str, Style] = {
    "body": Style("Normal", size=1.0, after=0.6, leading=1.38, line_spacing=1.15),
    "title": Style(
        "Title",
        size=2.2,
        bold=True,
        colour="heading",
        before=0.0,
        after=0.8,
        leading=2.6 / 2.2,
        line_spacing=1.0,
    ),
    "h1": Style(
        "Heading 1",
        size=1.4,
        bold=True,
        colour="heading",
        before=1.3,
        after=0.8,
        keep_with_next=True,
        leading=1.75 / 1.4,
        rule=Rule("bottom", "accent", 0.6, 3.0),
        outline_level=0,
    ),
    "h2": Style(
        "Heading 2",
        size=1.15,
        bold=True,
        colour="heading",
        before=0.8,
        after=0.4,
        keep_with_next=True,
        leading=1.45 / 1.15,
        outline_level=1,
    ),
    "h3": Style(
        "Heading 3",
        size=1.0,
        bold=True,
        colour="heading",
        before=0.8,
        after=0.5,
        keep_with_next=True,
        outline_level=2,
    ),
    "quote": Style(
        "Quote",
        italic=True,
        colour="heading",
        before=0.3,
        after=0.2,
        indent_mm=INDENT_MM,
        leading=1.38,
        rule=QUOTE_BAR,
    ),
    "reported": Style("Reported", before=0.3, after=0.2, indent_mm=INDENT_MM, leading=1.38, rule=QUOTE_BAR),
    "lead": Style("Lead", size=1.0, plus=1.0, colour="heading"),
    "note": Style("Note", size=1.0, plus=-1.5, colour="muted"),
    "attribution": Style(
        "Attribution",
        size=1.0,
        plus=-1.0,
        colour="muted",
        after=0.6,
        indent_mm=INDENT_MM,
        leading=1.4,
        rule=QUOTE_BAR,
    ),
    "meta": Style("Brief Meta", after=0.15, leading=1.3),
    "organisation": Style(
        "Organisation", size=1.0, bold=True, caps=True, colour="accent", after=0.5, leading=1.38
    ),
    "kop_name": Style(
        "Letterhead",
        size=1.45,
        bold=True,
        colour="heading",
        after=0.1,
        align="centre",
        leading=1.8 / 1.45,
        line_spacing=1.0,
    ),
    "kop_address": Style(
        "Letterhead Address", size=1.0, plus=-1.5, after=0.0, align="centre", leading=1.4, line_spacing=1.0
    ),
    "contents": Style(
        "Contents Heading", size=1.15, bold=True, colour="heading", before=0.6, after=0.3, keep_with_next=True
    ),
    "toc1": Style("TOC 1", after=0.15, indent_mm=0.0),
    "toc2": Style("TOC 2", after=0.15, indent_mm=5.0),
    "toc3": Style("TOC 3", after=0.15, indent_mm=10.0),
    "language": Style(
        "Language Label",
        size=1.0,
        plus=-2.0,
        bold=True,
        colour="muted",
        before=0.8,
        after=0.0,
        keep_with_next=True,
        leading=1.3,
    ),
    "source": Style("Source", size=1.0, plus=-0.5, after=0.3, indent_mm=NUMBER_INDENT_MM, hanging=True),
    "detail": Style(
        "Step Detail", size=1.0, plus=-1.5, colour="muted", after=0.5, indent_mm=NUMBER_INDENT_MM
    ),
    "colophon": Style("Colophon", size=1.0, plus=-2.0, colour="muted", after=0.0, leading=1.4),
    "cell": Style("Table Text", size=1.0, plus=-0.5, after=0.0, leading=1.3, line_spacing=1.05),
    "header": Style("Header", size=1.0, plus=-1.5, colour="muted", align="centre"),
    "footer": Style("Footer", size=1.0, plus=-1.5, colour="muted", align="centre"),
    # Drawn by the PDF writer only; Word sets the first three as runs inside the styles above.
    "subtitle": Style(size=1.4, colour="accent", before=0.1, after=0.0, leading=1.8 / 1.4),  # English title
    "kop_other": Style(size=1.05, colour="heading", after=0.1, align="centre", leading=1.35 / 1.05),
    "number": Style(before=0.3, after=0.0, align="centre", leading=1.38),  # Nomor: under the title
    "item": Style(after=0.3, indent_mm=NUMBER_INDENT_MM, hanging=True, leading=1.38),
    "meta_label": Style(bold=True, after=0.15, leading=1.3),
    "cell_header": Style(bold=True, colour="white", after=0.0, leading=1.38),
}


@dataclass(frozen=True)
class TableLook:
    """The next-steps table: column shares, cell padding and the rules of its rows."""

    shares: tuple[float, ...] = (0.54, 0.17, 0.12, 0.17)  # action, actor, due, key point and source
    padding_mm: tuple[float, float] = (0.8, 1.4)  # top and bottom, left and right
    edge_pt: float = 1.0  # the rule under the last row, in the heading colour
    inner_pt: float = 0.5  # the rules between rows
    inner_colour: str = "BFBFBF"


STEPS_TABLE = TableLook()
ROW_GAP = 0.6
"""Space under each row of the two-language tables, × body size."""
TITLE_RULE = Rule("bottom", "accent", 1.0, 6.0)
"""The rule under the title block's facts (period, date of preparation, sources)."""
TITLE_RULE_AFTER = 1.2
"""Space under that rule, × body size."""
COLOPHON_RULE = Rule("top", "muted", 0.5, 4.0)
"""The rule over the colophon."""
COLOPHON_GAP = 2.0
"""Space above the colophon's rule, × body size."""
