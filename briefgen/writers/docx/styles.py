"""The Word styles of the stylesheet (writers/style.py), added to a document or left to its reference."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefgen.writers.common import (
    LANG_TAG,
    xml_safe,
)
from briefgen.writers.docx import ooxml
from briefgen.writers.style import (
    SHEET,
    Style,
)

if TYPE_CHECKING:
    from briefgen.writers.docx.writer import DocxWriter


def add_styles(w: DocxWriter) -> None:
    """The styles of :data:`~briefgen.writers.style.SHEET`, or the reference document's own.

    With a reference document only the styles it lacks are added (pandoc's rule), so the
    organisation's Normal, headings, quote and header/footer styles are used as they are.
    """
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.styles import BabelFish
    from docx.styles.style import StyleFactory

    font = xml_safe(w.template.docx_font) or "Calibri"
    styles = w.doc.styles
    # Document defaults: the language everywhere; the font too unless the reference has its own.
    rpr = styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is not None:
        if not w.reference:
            ooxml.plain_fonts(rpr, font)
        tag = LANG_TAG[w.langs[0]]
        ooxml.replace_child(
            rpr, ooxml.element("w:lang", val=tag, eastAsia=tag, bidi=tag), ooxml.RPR_AFTER_LANG
        )
    # The styles by name, found in one pass: python-docx's ``styles[name]`` and ``add_style``
    # search every style of the document for a name (a stylesheet has about 160).
    named: dict[str | None, Any] = {}  # internal name -> its first style element, as styles[] finds
    for element in styles.element.style_lst:
        named.setdefault(element.name_val, element)
    present = {None if name is None else BabelFish.internal2ui(name) for name in named}

    def style_named(name: str) -> Any:
        element = named.get(BabelFish.ui2internal(name))
        return styles[name] if element is None else StyleFactory(element)  # styles[] raises

    for spec in SHEET.values():
        if spec.word is None:
            continue
        internal = BabelFish.ui2internal(spec.word)
        if spec.word in present and w.reference:
            if spec.word == "Normal" and style_named("Normal").font.size is not None:
                w.size = float(style_named("Normal").font.size.pt)  # the reference's body sets the scale
            continue
        style: Any
        if spec.word in present:
            style = style_named(spec.word)
        else:
            if internal in named:  # python-docx refuses a second style of the same name
                styles.add_style(spec.word, WD_STYLE_TYPE.PARAGRAPH)
            named[internal] = styles.element.add_style_of_type(internal, WD_STYLE_TYPE.PARAGRAPH, False)
            style = StyleFactory(named[internal])  # what styles.add_style returns
            if spec.word != "Normal":
                style.base_style = style_named("Normal")
            style.quick_style = True
        apply_style(w, style, spec, font)


def apply_style(w: DocxWriter, style: Any, spec: Style, font: str) -> None:
    """``spec`` as the formatting of the Word style ``style`` (only what ``spec`` sets)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    base = w.size
    if spec.word == "Normal":
        style.font.name = font
    if spec.word == "Normal" or spec.word == "Title" or spec.outline_level is not None:
        ooxml.plain_fonts(style.element.get_or_add_rPr(), font)  # no theme fonts: the template's
    if spec.size is not None:
        style.font.size = Pt(spec.size_pt(base))
    if spec.bold is not None:
        style.font.bold = spec.bold
    if spec.italic is not None:
        style.font.italic = spec.italic
    if spec.caps is not None:
        style.font.all_caps = spec.caps
    if spec.colour is not None:
        style.font.color.rgb = w.colour(spec.colour)
    paragraph = style.paragraph_format
    if spec.align is not None:
        paragraph.alignment = (
            WD_ALIGN_PARAGRAPH.CENTER if spec.align == "centre" else WD_ALIGN_PARAGRAPH.RIGHT
        )
    if spec.before is not None:
        paragraph.space_before = Pt(base * spec.before)
    if spec.after is not None:
        paragraph.space_after = Pt(base * spec.after)
    if spec.line_spacing is not None:
        paragraph.line_spacing = spec.line_spacing
    if spec.keep_with_next is not None:
        paragraph.keep_with_next = spec.keep_with_next
    if spec.indent_mm is not None:
        paragraph.left_indent = Mm(spec.indent_mm)
    if spec.hanging and spec.indent_mm:
        paragraph.first_line_indent = Mm(-spec.indent_mm)
        paragraph.tab_stops.add_tab_stop(Mm(spec.indent_mm))
    if spec.outline_level is not None:
        # The outline level makes the heading an entry of the table of contents.
        outline = ooxml.element("w:outlineLvl", val=str(spec.outline_level))
        ooxml.replace_child(style.element.get_or_add_pPr(), outline, ooxml.PPR_AFTER_OUTLINE)
    if spec.rule is not None:
        ooxml.borders(style.element.get_or_add_pPr(), {spec.rule.side: w.border(spec.rule)})
    elif style.element.pPr is not None:
        for pbdr in style.element.pPr.findall(qn("w:pBdr")):  # e.g. the rule under python-docx's Title
            style.element.pPr.remove(pbdr)
