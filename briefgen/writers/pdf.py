"""The PDF writer: a composed brief and a template in, the bytes of a print-ready PDF out."""

from __future__ import annotations

import copy
import functools
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from briefgen.errors import TemplateError
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
from briefgen.standards import DEJAVU_SANS, HANGUL_FONTS
from briefgen.writers import Written
from briefgen.writers.common import (
    BOTH,
    COLOPHON,
    DATE_LABEL,
    DEFAULT_LABELS,
    GUTTER_MM,
    LANG_TAG,
    LANGUAGE_NAME,
    NUMBER_LABEL,
    SEPARATOR,
    STEP_HEADERS,
    Shown,
    attribution,
    document_number,
    english_summary,
    group_blocks,
    langs_of,
    organisation,
    page_label,
    prepared_bilingual,
    prepared_text,
    running_texts,
    sections_of,
    shown,
    source_line,
    step_cells,
    xml_safe,
)
from briefgen.writers.style import (
    COLOPHON_GAP,
    COLOPHON_RULE,
    ROW_GAP,
    SHEET,
    STEPS_TABLE,
    TITLE_RULE,
    TITLE_RULE_AFTER,
)

# reportlab ships no type information: its objects are handled as Any in this module.
Flowable = Any
Cells = list[list[Flowable]]

MM = 72 / 25.4  # points per millimetre
ROW_LIMIT = 0.25  # table rows taller than this share of the frame are cut into several rows
TABLE_CHUNK = 40  # rows per table of a long list without a header (see _PdfWriter.table)

OUTLINE_LANGUAGE: dict[Lang, str] = {"id": "Bahasa Indonesia", "en": "English"}
VERA = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")
LINK_SCHEMES = ("http://", "https://")
NO_PADDING: dict[str, float] = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def write_pdf(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as a PDF, built in memory; identical input gives identical bytes.

    The document is laid out once: each page's "Halaman X dari Y" is a form XObject the page
    refers to, drawn when the last page is done and the total is known (laying a long brief out
    a second time just to count its pages cost as much again). Characters the template's font
    lacks are set in a fallback font that has them; those no font has are named in the returned
    warnings (see :func:`missing_characters`), never left as silent empty boxes.
    """
    langs = langs_of(options)
    fonts = _register_fonts(template)
    writer = _PdfWriter(brief, template, langs, options.layout, fonts)
    data, _ = writer.build(total=None)
    warnings = [_missing_warning(writer.missing, template)] if writer.missing else []
    return Written(data, warnings)


def missing_characters(brief: Brief, template: Template, options: RenderOptions) -> list[str]:
    """The characters of the brief that neither the template's font nor any fallback font has."""
    writer = _PdfWriter(brief, template, langs_of(options), options.layout, _register_fonts(template))
    writer.story()
    return sorted(writer.missing)


def _label_form(page: int) -> str:
    return f"briefgenPageLabel{page}"


def _missing_warning(missing: set[str], template: Template) -> str:
    shown_chars = "".join(sorted(missing)[:12])
    codes = ", ".join(f"U+{ord(c):04X}" for c in sorted(missing)[:12])
    more = " …" if len(missing) > 12 else ""
    return (
        f"PDF: no available font has the characters {shown_chars} ({codes}{more}); they print as "
        f"empty boxes. Add a TrueType font that has them to fonts.fallback in template '{template.name}'"
    )


def _attr(text: str) -> str:
    """``text`` as the value of a double-quoted markup attribute."""
    return escape(xml_safe(text), {'"': "&quot;"})


# --------------------------------------------------------------------------- fonts


# Fonts tried after the template's own fallbacks, when installed: Hangul (Debian fonts-nanum)
# and DejaVu Sans for wide Latin, Greek and Cyrillic coverage (Debian fonts-dejavu-core).
SYSTEM_FALLBACK = (*HANGUL_FONTS, DEJAVU_SANS)


@dataclass(frozen=True)
class _Fonts:
    """The registered names of the faces the writer uses (regular, bold, italic) and the fallbacks."""

    regular: str
    bold: str
    italic: str
    coverage: frozenset[int]  # the code points the regular face has glyphs for
    fallbacks: tuple[str, ...]  # paths of TrueType fonts tried, in order, for the rest


def _coverage(font: Any) -> frozenset[int]:
    """The code points a reportlab TTFont maps to a real glyph (glyph 0 is .notdef, an empty box)."""
    return frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)


@functools.cache
def _fallback_font(path: str) -> tuple[str, frozenset[int]] | None:
    """Register the TrueType font at ``path`` as a one-face family: (name, coverage); None if unusable."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "BriefgenFallback" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:10]
    try:
        font = TTFont(name, path)
    except Exception:  # a fallback that cannot be embedded is skipped, like a missing one
        return None
    pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return name, _coverage(font)


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, but characters beyond U+FFFF as UTF-16 surrogate pairs.

    reportlab writes them as five hex digits (``<1F600>``), which the PDF specification
    (ISO 32000-1, 9.10.3) does not allow: text extraction and copying then lose emoji and rare
    CJK characters.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(
            f"<{i:02X}> <{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
            for i, code in enumerate(subset)
        ),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _fix_to_unicode() -> None:
    """Install :func:`_to_unicode_cmap` in reportlab (which looks the function up at write time)."""
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _register_fonts(template: Template) -> _Fonts:
    """Register the template's TrueType faces (else reportlab's Vera) as one embeddable family."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _fix_to_unicode()
    if template.font_regular is None:
        import reportlab

        folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
        paths = tuple(os.path.join(folder, name) for name in VERA)
        family = "BriefgenVera"
    else:
        regular = template.font_regular
        paths = (
            regular,
            template.font_bold or regular,
            template.font_italic or regular,
            template.font_bold_italic or template.font_bold or regular,
        )
        digest = hashlib.sha1("\n".join(paths).encode("utf-8")).hexdigest()[:10]
        family = f"Briefgen{digest}"
    names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    known = set(pdfmetrics.getRegisteredFontNames())
    for name, path in zip(names, paths, strict=True):
        if name in known:
            continue
        try:
            font = TTFont(name, path)
        except Exception as error:  # reportlab raises TTFError, OSError, struct.error, ...
            raise TemplateError(f"{path}: this font cannot be embedded in a PDF ({error})") from error
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    fallbacks = tuple(
        dict.fromkeys([*template.font_fallback, *(p for p in SYSTEM_FALLBACK if os.path.isfile(p))])
    )
    coverage = _coverage(pdfmetrics.getFont(names[0]))
    return _Fonts(names[0], names[1], names[2], coverage=coverage, fallbacks=fallbacks)


# --------------------------------------------------------------------------- reportlab subclasses


@dataclass(frozen=True)
class _Classes:
    paragraph: type[Any]  # a Paragraph that may draw a rule on its left or under it
    document: type[Any]  # a doc template that turns headings into PDF outline entries


@functools.cache
def _classes() -> _Classes:
    """The reportlab subclasses, defined on first use so that reportlab loads lazily."""
    from reportlab.platypus import BaseDocTemplate
    from reportlab.platypus import Paragraph as RLParagraph

    class RuledParagraph(RLParagraph):  # type: ignore[misc]
        """Draws ``style.briefgen_rule`` = (side, colour, width, gap); split parts keep the style."""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            # A paragraph's lines depend on its width alone, and a table cell is wrapped at one
            # width several times (cutting tall rows, sizing the table, drawing): the line
            # breaking, the largest part of a long PDF's time, is done once while the lines
            # (``blPara``, replaced by a split) are the ones it made.
            memo = self.__dict__.get("_briefgen_wrap")
            if memo is not None and memo[0] == availWidth and memo[1] is self.__dict__.get("blPara"):
                return memo[2], memo[3]
            width, height = super().wrap(availWidth, availHeight)
            self._briefgen_wrap = (availWidth, self.__dict__.get("blPara"), width, height)
            return width, height

        def draw(self) -> None:
            rule = getattr(self.style, "briefgen_rule", None)
            if rule is not None:
                side, color, width, gap = rule
                canv = self.canv
                canv.saveState()
                canv.setStrokeColor(color)
                canv.setLineWidth(width)
                if side == "left":
                    x = self.style.leftIndent - gap
                    canv.line(x, 0, x, self.height)
                else:
                    canv.line(0, -gap, self.width, -gap)
                canv.restoreState()
            super().draw()

    class BriefDocument(BaseDocTemplate):  # type: ignore[misc]
        """Every flowable carrying ``briefgen_outline`` = (title, level) gets a bookmark."""

        def afterFlowable(self, flowable: Flowable) -> None:
            mark = getattr(flowable, "briefgen_outline", None)
            if mark is None:
                return
            title, level = mark
            count = getattr(self, "briefgen_marks", 0) + 1
            self.briefgen_marks = count
            key = f"h{count}"
            top = self.frame._y + flowable.getSpaceAfter() + flowable.height
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
            self.canv.addOutlineEntry(title, key, level=level, closed=False)

    return _Classes(RuledParagraph, BriefDocument)


# --------------------------------------------------------------------------- splitting tall rows


def _height(flowable: Flowable, width: float, avail: float) -> tuple[float, float]:
    """The height of ``flowable`` at ``width`` without and with its space before and after."""
    _, height = flowable.wrap(width, avail)
    spaces = float(flowable.getSpaceBefore()) + float(flowable.getSpaceAfter())
    return float(height), float(height) + spaces


def _cut(flowable: Flowable, width: float, limit: float) -> list[Flowable]:
    """``flowable`` cut into pieces no taller than ``limit``, halving it each time (not n² wraps)."""
    height, _ = _height(flowable, width, limit)
    if height <= limit:
        return [flowable]
    leading = float(getattr(getattr(flowable, "style", None), "leading", 0) or 0)
    unit = leading * int(limit // leading) if leading and limit >= leading else limit
    units = max(1, int(height / 2 // unit))
    parts = flowable.split(width, units * unit + 0.01)
    if len(parts) < 2:
        return [flowable]
    return [piece for part in parts for piece in _cut(part, width, limit)]


def _chunks(flowables: Sequence[Flowable], width: float, limit: float) -> list[list[Flowable]]:
    """``flowables`` cut into groups no taller than ``limit`` (paragraphs split between lines)."""
    chunks: list[list[Flowable]] = []
    current: list[Flowable] = []
    room = limit
    queue = list(flowables)
    while queue:
        flowable = queue.pop(0)
        height, total = _height(flowable, width, limit)
        if total <= room or (not current and height <= limit):
            current.append(flowable)
            room -= total
            continue
        if current:  # fill the rest of this group with the head of the flowable, if sensible
            leading = float(getattr(getattr(flowable, "style", None), "leading", 0) or limit)
            space = room - float(flowable.getSpaceBefore())
            parts = flowable.split(width, space) if space >= 3 * leading else []
            if len(parts) >= 2:
                current.append(parts[0])
                queue[0:0] = parts[1:]
            else:
                queue.insert(0, flowable)
            chunks.append(current)
            current, room = [], limit
            continue
        pieces = _cut(flowable, width, limit)
        chunks.extend([piece] for piece in pieces[:-1])
        if len(pieces) == 1:
            chunks.append(pieces)  # cannot be cut: it stands alone
        else:
            queue.insert(0, pieces[-1])
    if current:
        chunks.append(current)
    return chunks


def _cut_row(cells: Cells, widths: Sequence[float], limit: float) -> list[Cells]:
    """One logical table row as one or more physical rows, each no taller than ``limit``."""
    tallest = max(sum(_height(f, w, limit)[1] for f in cell) for cell, w in zip(cells, widths, strict=True))
    if tallest <= limit:
        return [cells]
    pieces = [_chunks(cell, w, limit) for cell, w in zip(cells, widths, strict=True)]
    count = max(len(p) for p in pieces)
    return [[p[i] if i < len(p) else [] for p in pieces] for i in range(count)]


# --------------------------------------------------------------------------- the writer


class _PdfWriter:
    """The layout of one brief: styles, the story of flowables, page decoration, metadata."""

    def __init__(
        self, brief: Brief, template: Template, langs: tuple[Lang, ...], layout: Layout, fonts: _Fonts
    ) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.pagesizes import A4, letter

        self.brief = brief
        self.template = template
        self.langs = langs
        self.layout = layout
        self.fonts = fonts
        self.size = template.base_size_pt
        self.page_size: tuple[float, float] = letter if template.page_size == "Letter" else A4
        top, right, bottom, left = (m * MM for m in template.margins_mm)
        self.margins = (top, right, bottom, left)
        self.frame_width = self.page_size[0] - left - right
        self.frame_height = self.page_size[1] - top - bottom
        from reportlab.lib.colors import white

        self.heading_color = HexColor(f"#{template.color_heading}")
        self.accent_color = HexColor(f"#{template.color_accent}")
        self.muted_color = HexColor(f"#{template.color_muted}")
        self.rule_color = HexColor(f"#{STEPS_TABLE.inner_colour}")
        self.colours: dict[str, Any] = {
            "heading": self.heading_color,
            "accent": self.accent_color,
            "muted": self.muted_color,
            "white": white,
        }
        self.missing: set[str] = set()  # characters no font has (reported as a warning)
        self.styles = self._styles()
        self.seen: set[tuple[str, str]] = set()  # markup and style of every paragraph made
        self.parsed: dict[tuple[str, str], tuple[Any, Any, Any]] = {}  # see para()

    # ----------------------------------------------------------------- build

    def build(self, total: int | None) -> tuple[bytes, int]:
        """One layout pass: the PDF bytes and the number of pages.

        With ``total`` None the page labels wait, as forms, for the number of pages at the end.
        """
        import io

        from reportlab.pdfgen.canvas import Canvas
        from reportlab.platypus import Frame, PageTemplate

        top, right, bottom, left = self.margins
        buffer = io.BytesIO()
        document = _classes().document(
            buffer,
            pagesize=self.page_size,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=self.title_text(),
            author=organisation(self.template, self.langs[0])[0] or "briefgen",
            subject=self.subject_text(),
            keywords=", ".join(["briefgen", *(LANG_TAG[lang] for lang in self.langs)]),
            creator="briefgen",
            producer="briefgen (ReportLab)",
            lang=LANG_TAG[self.langs[0]],
            invariant=1,
            initialFontName=self.fonts.regular,
            initialFontSize=self.size,
            displayDocTitle=1,
        )
        frame = Frame(left, bottom, self.frame_width, self.frame_height, id="body", **NO_PADDING)
        width = self.page_size[0]

        pending: list[tuple[int, float, float]] = []  # (page, y, size) of labels drawn at the end

        def decorate(canv: Any, doc: Any) -> None:
            self.decorate(canv, doc.page, total, pending if total is None else None)

        document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
        stamp = self.brief.prepared_on.strftime("D:%Y%m%d000000+00'00'")

        def canvasmaker(*args: Any, **kwargs: Any) -> Any:
            canv = Canvas(*args, **kwargs)
            canv.setDateFormatter(lambda *_: stamp)
            canv.showOutline()
            save = canv.save

            def save_with_page_labels() -> None:
                for page, y, size in pending:
                    label = SEPARATOR.join(page_label(lang, page, len(pending)) for lang in self.langs)
                    canv.beginForm(_label_form(page))
                    self.draw_centred(canv, label, self.fonts.regular, self.muted_color, size, width / 2, y)
                    canv.endForm()
                save()

            canv.save = save_with_page_labels
            return canv

        from reportlab import rl_config

        # Streams compressed only, not also ASCII85-armoured: smaller files, and a quarter less
        # time spent saving a long brief. A binary PDF has been the norm since PDF 1.2.
        armour, rl_config.useA85 = rl_config.useA85, 0
        try:
            document.build(self.story(), canvasmaker=canvasmaker)
        finally:
            rl_config.useA85 = armour
        return buffer.getvalue(), int(document.page)

    def decorate(
        self, canv: Any, page: int, total: int | None, pending: list[tuple[int, float, float]] | None = None
    ) -> None:
        """The running header (classification, header text) and footer (footer text, page X of Y).

        With ``pending`` the page label is a reference to a form drawn once the total is known.
        """
        width, height = self.page_size
        top, _, bottom, _ = self.margins
        small = max(self.size - 1.5, 6)
        classification, header, footer = running_texts(self.template)
        canv.saveState()
        # The header sits in the middle of the top margin, the footer in the middle of the bottom one.
        lines: list[tuple[str, str, Any, float]] = []
        if classification:
            lines.append((classification, self.fonts.bold, self.heading_color, small))
        if header:
            lines.append((header, self.fonts.regular, self.muted_color, small - 0.5))
        y = height - top / 2 + (len(lines) - 1) * small * 0.65 - small / 3
        for text, font, color, size in lines:
            self.draw_centred(canv, text, font, color, size, width / 2, y)
            y -= size * 1.3
        label = SEPARATOR.join(page_label(lang, page, total or 0) for lang in self.langs)
        lines = [(footer, self.fonts.regular, self.muted_color, small - 0.5)] if footer else []
        lines.append((label, self.fonts.regular, self.muted_color, small))
        y = bottom / 2 + (len(lines) - 1) * small * 0.65 - small / 3
        for number, (text, font, color, size) in enumerate(lines, 1):
            if pending is not None and number == len(lines):
                pending.append((page, y, size))
                canv.doForm(_label_form(page))
            else:
                self.draw_centred(canv, text, font, color, size, width / 2, y)
            y -= size * 1.3
        canv.restoreState()

    def draw_centred(
        self, canv: Any, text: str, font: str, color: Any, size: float, x: float, y: float
    ) -> None:
        """``text`` centred on ``x``, each run in the font that has its characters."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        runs = [(face or font, chunk) for face, chunk in self.runs(text)]
        x -= sum(stringWidth(chunk, face, size) for face, chunk in runs) / 2
        canv.setFillColor(color)
        for face, chunk in runs:
            canv.setFont(face, size)
            canv.drawString(x, y, chunk)
            x += stringWidth(chunk, face, size)

    # ----------------------------------------------------------------- characters and fonts

    def runs(self, text: str) -> list[tuple[str | None, str]]:
        """``text`` cut into runs: (None, …) for the template's font, (fallback font, …) for the rest."""
        fonts = self.fonts
        safe = xml_safe(text)
        # Nearly always the template's font has every character: one run, without the walk below.
        if all(ord(c) in fonts.coverage or c.isspace() for c in set(safe)):
            return [(None, safe)] if safe else []
        runs: list[tuple[str | None, str]] = []
        for char in safe:
            face: str | None = None
            code = ord(char)
            if code not in fonts.coverage and not char.isspace():
                face = self.fallback_for(char)
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + char)
            else:
                runs.append((face, char))
        return runs

    def fallback_for(self, char: str) -> str | None:
        """The first fallback font that has ``char``; None (and a warning) when none has it."""
        for path in self.fonts.fallbacks:
            found = _fallback_font(path)
            if found is not None and ord(char) in found[1]:
                return found[0]
        self.missing.add(char)
        return None

    def esc(self, text: str) -> str:
        """``text`` as literal paragraph markup: ``& < >`` escaped, other scripts in a fallback font."""
        parts = []
        for face, chunk in self.runs(text):
            if face is None:
                parts.append(escape(chunk))
            else:
                parts.append(f'<font face="{face}">{escape(chunk)}</font>')
        return "".join(parts)

    # ----------------------------------------------------------------- styles

    def _styles(self) -> dict[str, Any]:
        """The reportlab paragraph styles of :data:`~briefgen.writers.style.SHEET`."""
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        b = self.size
        body_spec = SHEET["body"]
        body = ParagraphStyle(
            "Body",
            fontName=self.fonts.regular,
            bulletFontName=self.fonts.regular,
            fontSize=body_spec.size_pt(b),
            leading=body_spec.size_pt(b) * body_spec.leading,
            spaceAfter=b * (body_spec.after or 0),
            alignment=TA_LEFT,
            splitLongWords=1,
            allowWidows=0,
            allowOrphans=0,
        )
        align = {None: TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT}
        styles: dict[str, Any] = {"body": body}
        for key, spec in SHEET.items():
            if key == "body":
                continue
            size = spec.size_pt(b)
            values: dict[str, Any] = {
                "fontName": self.face(bold=bool(spec.bold), italic=bool(spec.italic)),
                "fontSize": size,
                "leading": size * spec.leading,
                "alignment": align[spec.align],
            }
            if spec.colour is not None:
                values["textColor"] = self.colours[spec.colour]
            if spec.before is not None:
                values["spaceBefore"] = b * spec.before
            if spec.after is not None:
                values["spaceAfter"] = b * spec.after
            if spec.indent_mm is not None:
                values["leftIndent"] = spec.indent_mm * MM
            if spec.hanging:
                values.update(bulletIndent=0, bulletFontSize=size)
            if spec.keep_with_next:
                values["keepWithNext"] = 1
            style = ParagraphStyle(key.title().replace("_", ""), parent=body, **values)
            if spec.rule is not None:
                rule = spec.rule
                style.briefgen_rule = (rule.side, self.colours[rule.colour], rule.width_pt, rule.gap_pt)
            styles[key] = style
        for key in ("title", "subtitle"):
            styles[f"{key}_centred"] = ParagraphStyle(
                f"{key}Centred", parent=styles[key], alignment=TA_CENTER
            )
        return styles

    def face(self, *, bold: bool = False, italic: bool = False) -> str:
        """The registered name of the template font's face."""
        if bold:
            return self.fonts.bold
        return self.fonts.italic if italic else self.fonts.regular

    # ----------------------------------------------------------------- markup

    def markup(self, text: Shown, *, quoted: bool = False) -> str:
        """Paragraph markup for text as :func:`shown` chose it; a pending marker in grey italics."""
        if text.pending:
            return f'<i><font color="#{self.template.color_muted}">{self.esc(text.text)}</font></i>'
        body = self.esc(f"“{text.text}”" if quoted else text.text)
        if text.origin == "machine":
            size = max(self.size - 2, 5)
            body += f' <font color="#{self.template.color_muted}" size="{size:g}">[MT]</font>'
        return body

    def separator(self) -> str:
        return f'<font color="#{self.template.color_muted}">{self.esc(SEPARATOR)}</font>'

    def both(self, text: Bilingual, langs: Sequence[Lang]) -> str:
        """``text`` in each of ``langs`` separated by `` / `` (an identical English is not repeated)."""
        return self.separator().join(self.markup(value) for value in self._distinct(text, langs))

    def plain(self, text: Bilingual, langs: Sequence[Lang]) -> str:
        """Like :meth:`both` without markup, for outline entries and metadata."""
        return SEPARATOR.join(value.text for value in self._distinct(text, langs))

    def _distinct(self, text: Bilingual, langs: Sequence[Lang]) -> list[Shown]:
        values = [shown(text, lang, self.template) for lang in langs]
        if len(values) == 2 and not values[1].pending and values[1].text == values[0].text:
            return values[:1]
        return values

    def para(self, markup: str, style: str, **kwargs: Any) -> Flowable:
        make = _classes().paragraph
        if kwargs:
            return make(markup, self.styles[style], **kwargs)
        # The same markup comes back thousands of times in a long brief (every "[translation
        # pending]"): from its second time on, a copy of its parsed fragments is used, which
        # costs a quarter of parsing it again.
        key = (markup, style)
        parsed = self.parsed.get(key)
        if parsed is None:
            paragraph = make(markup, self.styles[style])
            if key in self.seen:
                self.parsed[key] = (copy.deepcopy(paragraph.frags), paragraph.style, paragraph.bulletText)
            self.seen.add(key)
            return paragraph
        frags, parsed_style, bullet = parsed
        return make(markup, parsed_style, bulletText=bullet, frags=copy.deepcopy(frags))

    def text_width(self, text: str, *, bold: bool = False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(stringWidth(text, self.fonts.bold if bold else self.fonts.regular, self.size))

    def heading(self, markup: str, title: str, style: str, level: int) -> Flowable:
        """A heading that keeps with the next flowable and appears in the PDF outline."""
        paragraph = self.para(markup, style)
        paragraph.briefgen_outline = (title, level)
        return paragraph

    # ----------------------------------------------------------------- metadata

    def title_text(self) -> str:
        values = [shown(self.brief.title, lang, self.template) for lang in self.langs]
        parts = list(dict.fromkeys(v.text for v in values if not v.pending))
        return SEPARATOR.join(parts) or xml_safe(self.brief.title.id)

    def subject_text(self) -> str:
        if self.brief.period is None:
            return ""
        values = [shown(self.brief.period, lang, self.template) for lang in self.langs]
        return SEPARATOR.join(dict.fromkeys(v.text for v in values if not v.pending))

    # ----------------------------------------------------------------- the story

    def story(self) -> list[Flowable]:
        """Every flowable of the document, in order."""
        from reportlab.platypus import PageBreak

        story = self.title_block()
        if len(self.langs) == 1:
            story += self.body(self.langs[0], level=0)
            story += self.colophon(self.langs)
        elif self.layout == "sequential":
            for index, lang in enumerate(self.langs):
                if index:
                    story.append(PageBreak())
                label = self.heading(self.esc(LANGUAGE_NAME[lang]), OUTLINE_LANGUAGE[lang], "language", 0)
                story.append(label)
                story += self.body(lang, level=1)
                story += self.colophon((lang,))
        else:
            story += self.parallel_body()
            story += self.colophon(self.langs)
        return story

    def title_block(self) -> list[Flowable]:
        from reportlab.platypus import HRFlowable

        t = self.template
        letterhead = t.title_block == "letterhead"
        story: list[Flowable] = self.letterhead() if letterhead else self.plain_head()
        first, *rest = self.langs
        centred = "_centred" if letterhead else ""
        head = [self.para(self.markup(shown(self.brief.title, first, t)), "title" + centred)]
        for lang in rest:
            head.append(self.para(self.markup(shown(self.brief.title, lang, t)), "subtitle" + centred))
        number = document_number(t, self.brief.prepared_on)
        if letterhead and number:
            label = self.both(NUMBER_LABEL, self.langs)
            head.append(self.para(f"{label}: {self.esc(number)}", "number"))
        # One block: the English title and the number keep their own space above them, and the
        # title's space comes after the last of them (as in Word, where they share a paragraph).
        for flowable in head[:-1]:
            flowable.spaceAfter = 0
        head[-1].spaceAfter = self.size * (SHEET["title"].after or 0)
        story += head

        rows: list[tuple[Bilingual, Bilingual]] = []
        prepared = prepared_bilingual(self.brief, t)
        if letterhead:
            rows.append((DATE_LABEL, prepared))
        labels = self.brief.labels
        if self.brief.period is not None:
            rows.append((labels.get("period") or DEFAULT_LABELS["period"], self.brief.period))
        if not letterhead:
            rows.append((labels.get("prepared") or DEFAULT_LABELS["prepared"], prepared))
        sources = Bilingual.same(str(self.brief.source_count))
        rows.append((labels.get("sources") or DEFAULT_LABELS["sources"], sources))
        cells = [
            [
                [self.para(self.both(label, self.langs), "meta_label")],
                [self.para(self.both(value, self.langs), "meta")],
            ]
            for label, value in rows
        ]
        label_width = max(self.text_width(self.plain(label, self.langs), bold=True) for label, _ in rows)
        label_width += 5 * MM
        label_width = min(label_width, self.frame_width * 0.45)
        row_gap = self.size * (SHEET["meta"].after or 0)
        story += self.table(cells, (label_width, self.frame_width - label_width), padding=(0, 2, row_gap, 0))
        story.append(
            HRFlowable(
                width="100%",
                thickness=TITLE_RULE.width_pt,
                color=self.colours[TITLE_RULE.colour],
                spaceBefore=TITLE_RULE.gap_pt,
                spaceAfter=self.size * TITLE_RULE_AFTER,
            )
        )
        return story

    def organisation_names(self) -> list[str]:
        """The organisation's name in each language written (once when both are the same)."""
        names = (organisation(self.template, lang)[0] for lang in self.langs)
        return list(dict.fromkeys(name for name in names if name))

    def logo(self, height: float) -> Flowable | None:
        """The template's logo scaled to ``height`` points, or None."""
        if not self.template.logo:
            return None
        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image

        pixels_wide, pixels_high = ImageReader(self.template.logo).getSize()
        image = Image(
            self.template.logo, width=height * pixels_wide / pixels_high, height=height, mask="auto"
        )
        image.hAlign = "LEFT"
        return image

    def plain_head(self) -> list[Flowable]:
        """The organisation line above the title (and the logo above it, when the template has one)."""
        story: list[Flowable] = []
        logo = self.logo(self.template.logo_height_mm * MM)
        if logo is not None:
            logo.spaceAfter = self.size * 0.6
            story.append(logo)
        names = self.organisation_names()
        if names:
            story.append(self.para(self.esc(SEPARATOR.join(names).upper()), "organisation"))
        return story

    def letterhead(self) -> list[Flowable]:
        """The kop surat: logo left, organisation and address centred on the page, a double rule."""
        from reportlab.platypus import HRFlowable, Table, TableStyle

        t = self.template
        names = self.organisation_names()
        lines: list[Flowable] = []
        if names:
            lines.append(self.para(self.esc(names[0].upper()), "kop_name"))
            for other in names[1:]:
                lines.append(self.para(self.esc(other), "kop_other"))
        address = xml_safe(t.address).strip()
        if address:
            lines.append(self.para(self.esc(address), "kop_address"))
        height = t.logo_height_mm * MM
        logo = self.logo(height)
        story: list[Flowable] = []
        if logo is not None:
            side = min(logo.drawWidth + 4 * MM, self.frame_width * 0.25)
            # An empty column as wide as the logo's on the right keeps the text centred on the page.
            table = Table(
                [[logo, lines or [self.para("", "kop_address")], []]],
                colWidths=[side, self.frame_width - 2 * side, side],
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("FONT", (0, 0), (-1, -1), self.fonts.regular, self.size),  # else Helvetica
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                ),
                hAlign="LEFT",
            )
            story.append(table)
        else:
            story += lines
        story.append(
            HRFlowable(
                width="100%",
                thickness=2.2,
                color=self.heading_color,
                spaceBefore=self.size * 0.6,
                spaceAfter=1.2,
            )
        )
        story.append(
            HRFlowable(width="100%", thickness=0.6, color=self.heading_color, spaceAfter=self.size * 1.4)
        )
        return story

    def colophon(self, langs: Sequence[Lang]) -> list[Flowable]:
        from reportlab.platypus import HRFlowable

        story: list[Flowable] = [
            HRFlowable(
                width="100%",
                thickness=COLOPHON_RULE.width_pt,
                color=self.colours[COLOPHON_RULE.colour],
                spaceBefore=self.size * COLOPHON_GAP,
                spaceAfter=COLOPHON_RULE.gap_pt,
            )
        ]
        for lang in langs:
            prepared = self.markup(prepared_text(self.brief, lang, self.template))
            story.append(self.para(f"{self.esc(COLOPHON[lang])} {prepared}", "colophon"))
        for lang in langs:
            english = english_summary(self.brief.english, lang)
            if english:
                story.append(self.para(self.esc(english), "colophon"))
        for flowable in story[:-1]:
            flowable.keepWithNext = 1  # the colophon is never split from its rule
        return story

    # ----------------------------------------------------------------- one language

    def body(self, lang: Lang, level: int) -> list[Flowable]:
        """The sections in one language: headings, paragraphs, quotes, a steps table, sources."""
        t = self.template
        story: list[Flowable] = []
        for section in sections_of(self.brief, t):
            text = shown(section.heading, lang, t)
            story.append(self.heading(self.markup(text), text.text, "h1", level))
            number = 0
            for group in group_blocks(section.blocks):
                first = group[0]
                if isinstance(first, StepItem):
                    story += self.steps_table([b for b in group if isinstance(b, StepItem)], lang)
                    continue
                for block in group:
                    if isinstance(block, Subheading):
                        sub = shown(block.text, lang, t)
                        story.append(self.heading(self.markup(sub), sub.text, "h2", level + 1))
                        continue
                    if isinstance(block, SourceItem):
                        number += 1
                    story += self.block(block, lang, number)
        return story

    def steps_table(self, steps: list[StepItem], lang: Lang) -> list[Flowable]:
        """Next steps as a table: a repeated header row, one row per step, horizontal rules only."""
        widths = [self.frame_width * share for share in STEPS_TABLE.shares]
        header = [[self.para(self.esc(text), "cell_header")] for text in STEP_HEADERS[lang]]
        rows: list[Cells] = []
        for step in steps:
            action, actor, due = step_cells(step, lang, self.template)
            due_pending = step.due is not None and shown(step.due, lang, self.template).pending
            rows.append(
                [
                    [self.para(self.markup(action), "cell")],
                    [self.para(self.esc(actor), "cell")],
                    [self.para(self.markup(Shown(due, due_pending)), "cell")],
                ]
            )
        vertical, horizontal = (mm * MM for mm in STEPS_TABLE.padding_mm)
        padding = (vertical, horizontal, vertical, horizontal)
        tables = self.table([header, *rows], widths, padding=padding, header=True)
        tables[0].spaceBefore = self.size * 0.2
        tables[-1].spaceAfter = self.size * 0.8
        return tables

    def block(self, block: Block, lang: Lang, number: int) -> list[Flowable]:
        """One block in one language, as flowables for the page or for a table cell."""
        t = self.template
        if isinstance(block, Paragraph):
            return [self.para(self.markup(shown(block.text, lang, t)), block.style)]
        if isinstance(block, Subheading):
            return [self.para(self.markup(shown(block.text, lang, t)), "h2")]
        if isinstance(block, QuoteBlock):
            markup = self.markup(shown(block.text, lang, t), quoted=block.direct)
            text = self.para(markup, "quote" if block.direct else "reported")
            text.keepWithNext = 1  # the attribution stays with the quotation
            return [text, self.para(self.esc(attribution(block, lang, t)), "attribution")]
        if isinstance(block, StepItem):
            action, actor, due = step_cells(block, lang, t)
            _, actor_label, due_label = STEP_HEADERS[lang]
            detail = f"<b>{self.esc(actor_label)}:</b> {self.esc(actor)}"
            if block.due is not None:
                due_text = shown(block.due, lang, t)
                detail += f" · <b>{self.esc(due_label)}:</b> "
                detail += self.markup(Shown(due, due_text.pending, due_text.origin))
            item = self.para(self.markup(action), "item", bulletText=f"{number}.")
            item.keepWithNext = 1
            return [item, self.para(detail, "detail")]
        return [self.para(self.source_markup(block, lang), "source", bulletText=f"{number}.")]

    def source_markup(self, item: SourceItem, lang: Lang) -> str:
        """The source line; a web address at its end becomes a link."""
        line = source_line(item, lang, self.template)
        location = xml_safe(item.location)
        if not (location.lower().startswith(LINK_SCHEMES) and location and line.endswith(location)):
            return self.esc(line)
        head = line[: len(line) - len(location)]
        color = self.template.color_accent
        return f'{self.esc(head)}<link href="{_attr(location)}" color="#{color}">{self.esc(location)}</link>'

    # ----------------------------------------------------------------- both languages side by side

    def parallel_body(self) -> list[Flowable]:
        """Indonesian left, English right: borderless two-column tables, one row per block."""
        story: list[Flowable] = []
        labels = self.parallel_table(
            [[[self.para(self.esc(LANGUAGE_NAME[lang]), "language")] for lang in BOTH]]
        )
        for table in labels:
            table.keepWithNext = 1
        story += labels
        for section in sections_of(self.brief, self.template):
            markup = self.both(section.heading, BOTH)
            story.append(self.heading(markup, self.plain(section.heading, BOTH), "h1", 0))
            rows: list[Cells] = []
            steps = sources = 0
            for block in section.blocks:
                if isinstance(block, Subheading):
                    story += self.parallel_table(rows)
                    rows = []
                    markup = self.both(block.text, BOTH)
                    story.append(self.heading(markup, self.plain(block.text, BOTH), "h2", 1))
                    continue
                if isinstance(block, StepItem):
                    steps += 1
                elif isinstance(block, SourceItem):
                    sources += 1
                number = steps if isinstance(block, StepItem) else sources
                rows.append([self.block(block, lang, number) for lang in BOTH])
            story += self.parallel_table(rows)
        return story

    def parallel_table(self, rows: list[Cells]) -> list[Flowable]:
        """Rows of language cells as tables; the first row stands alone to keep with its heading."""
        if not rows:
            return []
        width = self.frame_width / 2
        return self.table(
            rows,
            (width, width),
            padding=(0, 0, self.size * ROW_GAP, 0),
            gutter=GUTTER_MM * MM / 2,
            split_first=True,
        )

    # ----------------------------------------------------------------- tables

    def table(
        self,
        rows: list[Cells],
        widths: Sequence[float],
        *,
        padding: tuple[float, float, float, float],
        gutter: float | None = None,
        header: bool = False,
        split_first: bool = False,
    ) -> list[Flowable]:
        """Tables whose rows never outgrow a page: tall rows are cut into several rows.

        ``padding`` is (top, right, bottom, left) of every cell; ``gutter`` replaces the inner
        padding between two language columns; ``header`` styles the first row as a repeated
        header with horizontal rules between the rows; ``split_first`` puts the first row in a
        table of its own, so that a heading kept with the next flowable keeps with one row only.
        """
        from reportlab.platypus import Table, TableStyle

        top, right, bottom, left = padding
        inner = [w - (gutter if gutter is not None else left + right) for w in widths]
        limit = self.frame_height * ROW_LIMIT
        physical: list[Cells] = []
        pads: list[tuple[float, float]] = []  # (top, bottom) padding of every physical row
        for index, row in enumerate(rows):
            parts = [row] if header and index == 0 else _cut_row(row, inner, limit)
            for part, cells in enumerate(parts):
                if part:  # a continuation: no gap between it and the part above
                    pads[-1] = (pads[-1][0], 0)
                physical.append(cells)
                pads.append((0 if part else top, bottom))

        def make(start: int, stop: int) -> Flowable:
            commands: list[tuple[Any, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), self.fonts.regular, self.size),
                ("LEFTPADDING", (0, 0), (-1, -1), left),
                ("RIGHTPADDING", (0, 0), (-1, -1), right),
            ]
            for row in range(stop - start):
                pad_top, pad_bottom = pads[start + row]
                commands.append(("TOPPADDING", (0, row), (-1, row), pad_top))
                commands.append(("BOTTOMPADDING", (0, row), (-1, row), pad_bottom))
            if gutter is not None:
                commands += [
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), gutter),
                    ("LEFTPADDING", (-1, 0), (-1, -1), gutter),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ]
            if header:
                commands += [
                    ("BACKGROUND", (0, 0), (-1, 0), self.heading_color),
                    ("LINEBELOW", (0, -1), (-1, -1), STEPS_TABLE.edge_pt, self.heading_color),
                ]
                for row in range(1, stop - start - 1):
                    if pads[start + row][1]:  # no rule inside a row cut in parts
                        commands.append(
                            ("LINEBELOW", (0, row), (-1, row), STEPS_TABLE.inner_pt, self.rule_color)
                        )
            return Table(
                physical[start:stop],
                colWidths=list(widths),
                style=TableStyle(commands),
                repeatRows=1 if header else 0,
                splitByRow=1,
                splitInRow=0 if header else round(self.size * 4),
                hAlign="LEFT",
            )

        first = 1 if split_first and len(physical) > 1 else 0
        tables = [make(0, first)] if first else []
        # A table split at a page end is re-measured whole, and its rest copied, at every page:
        # one long table (a thousand sources) costs pages × rows. Rows without a repeated header
        # and rules between them stack the same as consecutive tables, so those come in chunks.
        step = len(physical) if header else TABLE_CHUNK
        tables += [
            make(start, min(start + step, len(physical))) for start in range(first, len(physical), step)
        ]
        return tables


__all__ = ["write_pdf"]
