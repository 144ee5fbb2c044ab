"""The DOCX writer: a composed brief and a template in, the bytes of a Word document out."""

from __future__ import annotations

import copy
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
    Layout,
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
    CONTENTS_LABEL,
    DATE_LABEL,
    DEFAULT_LABELS,
    GUTTER_MM,
    LANG_TAG,
    LANGUAGE_NAME,
    NUMBER_LABEL,
    PAGE_LABEL,
    SEPARATOR,
    STEP_HEADERS,
    Shown,
    attribution,
    document_number,
    english_summary,
    group_blocks,
    langs_of,
    organisation,
    prepared_bilingual,
    prepared_text,
    running_texts,
    sections_of,
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
_PPR_AFTER_OUTLINE = _PPR_AFTER_PBDR[_PPR_AFTER_PBDR.index("w:outlineLvl") + 1 :]


def write_docx(brief: Brief, template: Template, options: RenderOptions) -> bytes:
    """The brief as a Word document, built in memory; identical input gives identical bytes."""
    import docx

    langs = langs_of(options)
    doc = docx.Document(template.reference_docx) if template.reference_docx else docx.Document()
    if template.reference_docx:
        _clear_body(doc)
    writer = _DocxWriter(doc, brief, template, langs, options.layout)
    writer.page()
    writer.styles()
    _remember_styles(doc)
    writer.header_footer()
    writer.title_block()
    if brief.source_count > 1:
        writer.contents()
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


def _remember_styles(doc: Doc) -> None:
    """Look each style up once per document instead of once per paragraph.

    python-docx resolves a style given by name, and reads a paragraph's style, by walking every
    style of the document (``Styles.default`` scans them all each time): paragraphs × styles, the
    larger part of a long brief's DOCX time. A style's id never changes once it exists, and a name
    that does not exist yet raises and is not remembered, so answers are kept per document part.
    """
    part = doc.part
    find_id, find_style = part.get_style_id, part.get_style
    ids: dict[tuple[str, Any], str | None] = {}
    found: dict[tuple[str | None, Any], Any] = {}

    def get_style_id(style_or_name: Any, style_type: Any) -> str | None:
        if not isinstance(style_or_name, str):
            return find_id(style_or_name, style_type)  # type: ignore[no-any-return]
        key = (style_or_name, style_type)
        if key not in ids:
            ids[key] = find_id(style_or_name, style_type)
        return ids[key]

    def get_style(style_id: str | None, style_type: Any) -> Any:
        key = (style_id, style_type)
        if key not in found:
            found[key] = find_style(style_id, style_type)
        return found[key]

    part.get_style_id = get_style_id
    part.get_style = get_style


def _clear_body(doc: Doc) -> None:
    """Empty a reference document's body but keep its last section: page setup, headers, footers."""
    from docx.oxml.ns import qn

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _normalised_zip(data: bytes, day: dt.date) -> bytes:
    """``data`` re-packed with fixed member timestamps, so two runs give the same bytes."""
    # ZIP records the years 1980 to 2107 only; the document's own properties keep the real date.
    if day.year > 2107:
        day = dt.date(2107, 12, 31)
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


class _Ignored:
    """Absorbs formatting meant for a style the reference document already defines."""

    def __getattr__(self, name: str) -> Any:
        return self

    def __setattr__(self, name: str, value: object) -> None:
        pass

    def add_tab_stop(self, *args: object) -> None:
        pass


class _Cell:
    """A table cell as a paragraph container that reuses the empty paragraph every cell starts with."""

    def __init__(self, cell: Any, styled: dict[str, Element] | None = None) -> None:
        self.cell = cell
        self.fresh = True
        self.styled = styled  # style name -> the paragraph properties setting it, to copy

    def add_paragraph(self, style: str | None = None) -> Par:
        if self.fresh:
            self.fresh = False
            paragraph = self.cell.paragraphs[0]
            if style:
                self._set_style(paragraph, style)
            return paragraph
        paragraph = self.cell.add_paragraph()
        if style is not None:
            self._set_style(paragraph, style)
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


class _DocxWriter:
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
        self.toc = False  # whether headings carry bookmarks for a table of contents
        self.marks = 0
        # Run properties (bold, italic, colour, size, language) built once per combination and
        # copied for every later run: python-docx's property setters cost more than the text.
        self.run_props: dict[tuple[object, ...], Element] = {}
        self.row_prototype: Element | None = None  # a fresh parallel-table row, copied for the next
        self.paragraph_props: dict[str, Element] = {}  # see _Cell._set_style
        self._content_mm: float | None = None
        self.block_width: Any = None  # python-docx Length of the text width, once known
        self.body_end: Element | None = None  # the body's final <w:sectPr>, once found

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

    def styles(self) -> None:
        """The styles the writer uses: the template's look, or the reference document's own styles.

        With a reference document only the styles it lacks are added (pandoc's rule), so the
        organisation's Normal, headings, quote and header/footer styles are used as they are.
        """
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt, RGBColor

        t = self.template
        font = xml_safe(t.docx_font) or "Calibri"
        heading = RGBColor.from_string(t.color_heading.upper())
        muted = RGBColor.from_string(t.color_muted.upper())
        styles = self.doc.styles
        present = {style.name for style in styles}
        ref = self.reference

        # Document defaults: the language everywhere; the font too unless the reference has its own.
        rpr = styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            if not ref:
                _plain_fonts(rpr, font)
            tag = LANG_TAG[self.langs[0]]
            _replace_child(rpr, _element("w:lang", val=tag, eastAsia=tag, bidi=tag), _RPR_AFTER_LANG)

        def wanted(name: str) -> Any:
            """The style to format, or None when the reference document already defines it."""
            if name in present:
                return None if ref else styles[name]
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            if name != "Normal":
                style.base_style = styles["Normal"]
            style.quick_style = True
            return style

        normal = wanted("Normal")
        if normal is not None:
            normal.font.name = font
            _plain_fonts(normal.element.get_or_add_rPr(), font)
            normal.font.size = Pt(self.size)
            normal.paragraph_format.space_after = Pt(self.size * 0.6)
            normal.paragraph_format.line_spacing = 1.15
        elif styles["Normal"].font.size is not None:  # the reference's body size sets the scale
            self.size = float(styles["Normal"].font.size.pt)
        base = self.size

        title = wanted("Title")
        if title is not None:
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

        levels = (
            ("Heading 1", 1.4, 1.6, True),
            ("Heading 2", 1.15, 1.0, False),
            ("Heading 3", 1.0, 0.8, False),
        )
        for level, (name, size, before, rule) in enumerate(levels):
            style = wanted(name)
            if style is None:
                continue
            _plain_fonts(style.element.get_or_add_rPr(), font)
            style.font.size = Pt(base * size)
            style.font.bold = True
            style.font.color.rgb = heading
            style.paragraph_format.space_before = Pt(base * before)
            style.paragraph_format.space_after = Pt(base * 0.5)
            style.paragraph_format.keep_with_next = True
            # The outline level makes the heading an entry of the table of contents.
            _replace_child(
                style.element.get_or_add_pPr(), _element("w:outlineLvl", val=str(level)), _PPR_AFTER_OUTLINE
            )
            if rule:
                _borders(style.element.get_or_add_pPr(), {"bottom": (t.color_accent, 4, 2)})

        quote = wanted("Quote")
        if quote is not None:
            quote.font.italic = True
            quote.font.color.rgb = heading
            quote.paragraph_format.left_indent = Mm(5)
            quote.paragraph_format.space_before = Pt(base * 0.3)
            quote.paragraph_format.space_after = Pt(base * 0.2)
            _borders(quote.element.get_or_add_pPr(), {"left": (t.color_accent, 12, 8)})

        def custom(name: str) -> Any:
            """A writer's own style; a reference document may define it itself (then it is kept)."""
            style = wanted(name)
            return style if style is not None else _Ignored()

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

        kop = custom("Letterhead")
        kop.font.size = Pt(base * 1.45)
        kop.font.bold = True
        kop.font.color.rgb = heading
        kop.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        kop.paragraph_format.space_after = Pt(0)
        kop.paragraph_format.line_spacing = 1.0

        address = custom("Letterhead Address")
        address.font.size = Pt(max(base - 1.5, 6))
        address.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        address.paragraph_format.space_after = Pt(0)
        address.paragraph_format.line_spacing = 1.0

        contents = custom("Contents Heading")
        contents.font.size = Pt(base * 1.15)
        contents.font.bold = True
        contents.font.color.rgb = heading
        contents.paragraph_format.space_before = Pt(base * 0.6)
        contents.paragraph_format.space_after = Pt(base * 0.3)
        contents.paragraph_format.keep_with_next = True

        for level in (1, 2, 3):
            toc = custom(f"TOC {level}")
            toc.paragraph_format.left_indent = Mm(5 * (level - 1))
            toc.paragraph_format.space_after = Pt(base * 0.15)

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
            style = custom(name)
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

        key = (bold, italic, muted, smaller, lang, self.size, self.template.color_muted)
        props = self.run_props.get(key)
        if props is not None:
            from docx.text.run import Run

            r = paragraph._p.add_r()
            r.append(copy.deepcopy(props))
            safe = xml_safe(text)
            if "\t" in safe or "\n" in safe or "\r" in safe:
                r.text = safe  # as add_run(text) does: tabs and line breaks become elements
            elif safe:
                r.add_t(safe)  # the same <w:t>, without python-docx's walk over every character
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
        _tag_language(run, lang)
        self.run_props[key] = copy.deepcopy(run._r.rPr)
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

    def heading(self, style: str) -> Par:
        """A heading paragraph; with a table of contents it carries the bookmark its entry points to."""
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph as DocxParagraph

        # doc.add_paragraph(style=style), without its search of the whole body for the end.
        paragraph = DocxParagraph(self._add_to_body(OxmlElement("w:p")), self.doc._body)
        paragraph.style = style
        if self.toc:
            self.marks += 1
            name = f"_TocBrief{self.marks}"
            paragraph._p.append(_element("w:bookmarkStart", id=str(self.marks), name=name))
            paragraph._p.append(_element("w:bookmarkEnd", id=str(self.marks)))
        return paragraph

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
        """Classification and header text on top, footer text and "Halaman X dari Y" below.

        A reference document's own header and footer content stays; these lines are added to it.
        """
        from docx.shared import RGBColor

        section = self.doc.sections[-1]
        classification, header_text, footer_text = running_texts(self.template)
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
                    paragraph = self._fresh_paragraph(header, "Header", at_start=True)
                    run = self.run(paragraph, text, self.langs[0], bold=strong, muted=not strong)
                    if strong:
                        run.font.color.rgb = RGBColor.from_string(self.template.color_heading.upper())

        for footer in footers:
            footer.is_linked_to_previous = False
            if footer_text:
                self.run(self._fresh_paragraph(footer, "Footer"), footer_text, self.langs[0])
            paragraph = self._fresh_paragraph(footer, "Footer")
            for index, lang in enumerate(self.langs):
                word, of = PAGE_LABEL[lang]
                if index:
                    self.run(paragraph, SEPARATOR, lang)
                self.run(paragraph, f"{word} ", lang)
                self.field(paragraph, "PAGE", lang)
                self.run(paragraph, f" {of} ", lang)
                self.field(paragraph, "NUMPAGES", lang)

    def _fresh_paragraph(self, part: Any, style: str, *, at_start: bool = False) -> Par:
        """An empty paragraph of a header or footer: its first one while empty, else a new one."""
        first = part.paragraphs[0] if part.paragraphs else None
        if first is not None and not first.text and not first.runs:
            paragraph = first
        elif at_start and first is not None:
            paragraph = first.insert_paragraph_before()
        else:
            paragraph = part.add_paragraph()
        if style in {s.name for s in self.doc.styles}:
            paragraph.style = self.doc.styles[style]
        return paragraph

    def title_block(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt, RGBColor

        t = self.template
        letterhead = t.title_block == "letterhead"
        if letterhead:
            self.letterhead()
        else:
            self.plain_head()

        title = self.doc.add_paragraph(style="Title")
        if letterhead:
            title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
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

        number = document_number(t, self.brief.prepared_on)
        if letterhead and number:
            paragraph = self.doc.add_paragraph(style="Brief Meta")
            paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(self.size * 1.0)
            self.both_runs(paragraph, NUMBER_LABEL, self.langs)
            self.run(paragraph, f": {number}", self.langs[-1])

        rows: list[tuple[Bilingual, Bilingual]] = []
        prepared = prepared_bilingual(self.brief, t)
        labels = self.brief.labels
        if letterhead:
            rows.append((DATE_LABEL, prepared))
        if self.brief.period is not None:
            rows.append((labels.get("period") or DEFAULT_LABELS["period"], self.brief.period))
        if not letterhead:
            rows.append((labels.get("prepared") or DEFAULT_LABELS["prepared"], prepared))
        rows.append(
            (labels.get("sources") or DEFAULT_LABELS["sources"], Bilingual.same(str(self.brief.source_count)))
        )
        last: Par = None
        for label, value in rows:
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

    def organisation_names(self) -> dict[str, Lang]:
        """The organisation's name in each language written (once when both are the same)."""
        names: dict[str, Lang] = {}
        for wanted in self.langs:
            name, lang = organisation(self.template, wanted)
            if name:
                names.setdefault(name, lang)
        return names

    def plain_head(self) -> None:
        """The logo (when the template has one) and the organisation line above the title."""
        from docx.shared import Mm

        if self.template.logo:
            paragraph = self.doc.add_paragraph(style="Organisation")
            run = self.run(paragraph, "", self.langs[0])
            run.add_picture(self.template.logo, height=Mm(self.template.logo_height_mm))
        names = self.organisation_names()
        if names:
            paragraph = self.doc.add_paragraph(style="Organisation")
            for index, (name, lang) in enumerate(names.items()):
                if index:
                    self.run(paragraph, SEPARATOR, lang)
                self.run(paragraph, name, lang)

    def letterhead(self) -> None:
        """The kop surat: logo left, organisation and address centred on the page, a double rule."""
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
        from docx.shared import Mm, Pt

        t = self.template
        side = min(t.logo_height_mm * 1.25 + 4, self.content_mm * 0.25) if t.logo else 0.0
        # An empty column as wide as the logo's on the right keeps the text centred on the page.
        shares = (side / self.content_mm, 1 - 2 * side / self.content_mm, side / self.content_mm)
        table = self._table(1, shares if t.logo else (1.0,))
        self._table_borders(table, {})
        self._cell_margins(table, top=0, bottom=0, left=0, right=0)
        cells = table.rows[0].cells
        text_cell = _Cell(cells[1] if t.logo else cells[0])
        if t.logo:
            logo = _Cell(cells[0]).add_paragraph("Letterhead Address")
            run = self.run(logo, "", self.langs[0])
            run.add_picture(t.logo, height=Mm(t.logo_height_mm))
            for cell in cells:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            self.run(_Cell(cells[2]).add_paragraph("Letterhead Address"), "", self.langs[0])
        names = list(self.organisation_names().items())
        for index, (name, lang) in enumerate(names):
            paragraph = text_cell.add_paragraph("Letterhead")
            run = self.run(paragraph, name.upper() if index == 0 else name, lang)
            if index:
                run.bold = False
                run.font.size = Pt(self.size * 1.05)
        address = xml_safe(t.address).strip()
        if address or not names:
            self.run(text_cell.add_paragraph("Letterhead Address"), address, self.langs[0])
        # A thick line over a thin one under the whole block, as under an Indonesian kop surat
        # (a table border: LibreOffice drops the border of an empty paragraph after a table).
        borders = _element("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if edge == "bottom":
                borders.append(
                    _element("w:bottom", val="thickThinSmallGap", sz="24", space="0", color=t.color_heading)
                )
            else:
                borders.append(_element(f"w:{edge}", val="nil"))
        _replace_child(table._tbl.tblPr, borders, _TBLPR_AFTER_BORDERS)
        self._cell_margins(table, top=0, bottom=2.5, left=0, right=0)
        spacer = self.doc.add_paragraph(style="Letterhead Address")
        spacer.paragraph_format.space_after = Pt(self.size * 0.6)
        self.run(spacer, "", self.langs[0])

    def contents(self) -> None:
        """A table of contents field (TOC \\o "1-3" \\h) whose entries are already filled in."""
        from docx.enum.text import WD_BREAK
        from docx.oxml.ns import qn

        heading = self.doc.add_paragraph(style="Contents Heading")
        self.both_runs(heading, CONTENTS_LABEL, self.langs)
        entries: list[tuple[int, str, Lang]] = []
        sequential = self.layout == "sequential" and len(self.langs) > 1
        for langs in [(lang,) for lang in self.langs] if sequential else [self.langs]:

            def joined(text: Bilingual, langs: tuple[Lang, ...] = langs) -> str:
                return SEPARATOR.join(dict.fromkeys(shown(text, lang, self.template).text for lang in langs))

            for section in sections_of(self.brief, self.template):
                entries.append((1, joined(section.heading), langs[0]))
                entries += [
                    (2, joined(b.text), langs[0]) for b in section.blocks if isinstance(b, Subheading)
                ]
        self.toc = True
        paragraphs: list[Par] = []
        for index, (level, text, lang) in enumerate(entries, start=1):
            paragraph = self.doc.add_paragraph(style=f"TOC {level}")
            # Word's own entry: a link to the heading's bookmark. The page numbers are left to
            # Word, which updates the field on opening (dirty); LibreOffice would show a cached
            # PAGEREF inside a TOC field as is, and a wrong number is worse than none.
            self.run(paragraph, text, lang)
            link = _element("w:hyperlink", anchor=f"_TocBrief{index}", history="1")
            for run in list(paragraph._p.iterchildren(qn("w:r"))):
                link.append(run)
            paragraph._p.append(link)
            paragraphs.append(paragraph)
        first, last = paragraphs[0], paragraphs[-1]
        begin = self.run(first, "", self.langs[0])._r
        begin.append(_element("w:fldChar", fldCharType="begin", dirty="true"))
        instr = _element("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = ' TOC \\o "1-3" \\h \\z \\u '
        code = self.run(first, "", self.langs[0])._r
        code.append(instr)
        separate = self.run(first, "", self.langs[0])._r
        separate.append(_element("w:fldChar", fldCharType="separate"))
        for index, run in enumerate((begin, code, separate)):
            first._p.remove(run)
            first._p.insert(index + (1 if first._p.pPr is not None else 0), run)
        self.run(last, "", self.langs[0])._r.append(_element("w:fldChar", fldCharType="end"))
        # The brief itself starts on a new page after its table of contents.
        self.run(last, "", self.langs[0]).add_break(WD_BREAK.PAGE)

    def language_label(self, lang: Lang, *, new_page: bool) -> None:
        paragraph = self.doc.add_paragraph(style="Language Label")
        paragraph.paragraph_format.page_break_before = new_page
        self.run(paragraph, LANGUAGE_NAME[lang], lang)

    def colophon(self, langs: Sequence[Lang]) -> None:
        from docx.shared import Pt

        paragraphs: list[Par] = []
        for index, lang in enumerate(langs):
            paragraph = self.doc.add_paragraph(style="Colophon")
            if index == 0:
                paragraph.paragraph_format.space_before = Pt(self.size * 2)
                _borders(paragraph._p.get_or_add_pPr(), {"top": (self.template.color_muted, 4, 4)})
            self.run(paragraph, f"{COLOPHON[lang]} ", lang)
            self.shown_run(paragraph, prepared_text(self.brief, lang, self.template), lang)
            paragraphs.append(paragraph)
        for lang in langs:
            english = english_summary(self.brief.english, lang)
            if english:
                paragraph = self.doc.add_paragraph(style="Colophon")
                self.run(paragraph, english, lang)
                paragraphs.append(paragraph)
        for paragraph in paragraphs[:-1]:
            paragraph.paragraph_format.keep_with_next = True

    # ----------------------------------------------------------------- one language

    def body(self, lang: Lang) -> None:
        """The sections in one language: headings, paragraphs, quotes, a steps table, sources."""
        for section in sections_of(self.brief, self.template):
            heading = self.heading("Heading 1")
            self.shown_run(heading, shown(section.heading, lang, self.template), lang)
            number = 0
            for group in group_blocks(section.blocks):
                first = group[0]
                if isinstance(first, StepItem):
                    self.steps_table([b for b in group if isinstance(b, StepItem)], lang)
                elif isinstance(first, Subheading):
                    paragraph = self.heading("Heading 2")
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

        for section in sections_of(self.brief, self.template):
            heading = self.heading("Heading 1")
            self.both_runs(heading, section.heading, BOTH)
            table: Any = None
            steps = sources = 0
            for block in section.blocks:
                if isinstance(block, Subheading):
                    paragraph = self.heading("Heading 2")
                    self.both_runs(paragraph, block.text, BOTH)
                    table = None  # the rows after a subheading start a new table
                    continue
                if isinstance(block, StepItem):
                    steps += 1
                elif isinstance(block, SourceItem):
                    sources += 1
                row = self._parallel_row(table)
                table = row.table
                cells = row.cells
                for column, lang in enumerate(BOTH):
                    number = steps if isinstance(block, StepItem) else sources
                    self.block(_Cell(cells[column], self.paragraph_props), block, lang, number)
                    self._last_paragraph_spacing(cells[column])

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
            line = source_line(block, lang, t)
            location = xml_safe(block.location)
            if location.lower().startswith(("http://", "https://")) and line.endswith(location):
                self.run(paragraph, line[: len(line) - len(location)], lang)
                self.hyperlink(paragraph, location, lang)
            else:
                self.run(paragraph, line, lang)

    def hyperlink(self, paragraph: Par, url: str, lang: Lang) -> None:
        """A clickable external link showing the address itself, in the accent colour, underlined."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml.ns import qn
        from docx.shared import RGBColor

        rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = _element("w:hyperlink", history="1")
        link.set(qn("r:id"), rel_id)
        run = self.run(paragraph, url, lang)
        run.font.color.rgb = RGBColor.from_string(self.template.color_accent.upper())
        run.font.underline = True
        paragraph._p.remove(run._r)
        link.append(run._r)
        paragraph._p.append(link)

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
        from docx.table import _Row

        if table is None:
            table = self._table(1, (0.5, 0.5))
            self._table_borders(table, {})
            self._cell_margins(table, top=0, bottom=0, left=0, right=0)
            row = table.rows[0]
        elif self.row_prototype is not None:  # every parallel table has the same columns
            tr = copy.deepcopy(self.row_prototype)
            table._tbl.append(tr)
            return _Row(tr, table)
        else:
            row = table.add_row()
        self._row_flags(row)
        half = _twips(GUTTER_MM / 2)
        for cell, side in zip(row.cells, ("right", "left"), strict=True):
            margin = _element("w:tcMar")
            margin.append(_element(f"w:{side}", w=half, type="dxa"))
            _replace_child(cell._tc.get_or_add_tcPr(), margin, _TCPR_AFTER_TCMAR)
        if table.rows[0]._tr is not row._tr:
            self.row_prototype = copy.deepcopy(row._tr)
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
