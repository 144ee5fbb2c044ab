"""The top and the end of the PDF: the letterhead or organisation line, the title block, the colophon;
and every page's running header and footer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefgen.model import (
    Bilingual,
    Lang,
)
from briefgen.writers.common import (
    COLOPHON,
    COPIES_LABEL,
    DATE_LABEL,
    DEFAULT_LABELS,
    NUMBER_LABEL,
    SEPARATOR,
    document_number,
    english_summary,
    memo_rows,
    organisation,
    page_label,
    prepared_bilingual,
    prepared_text,
    running_texts,
    shown,
    signature_lines,
    xml_safe,
)
from briefgen.writers.pdf.flowables import MM, Flowable
from briefgen.writers.pdf.tables import table
from briefgen.writers.style import (
    COLOPHON_GAP,
    COLOPHON_RULE,
    SHEET,
    TITLE_RULE,
    TITLE_RULE_AFTER,
)

if TYPE_CHECKING:
    from briefgen.writers.pdf.writer import PdfWriter


def title_block(w: PdfWriter) -> list[Flowable]:
    """The letterhead or organisation line, the title in each language, the facts under a rule."""
    from reportlab.platypus import HRFlowable

    t = w.template
    letterhead = t.title_block == "letterhead"
    story: list[Flowable] = kop_surat(w) if letterhead else plain_head(w)
    first, *rest = w.langs
    centred = "_centred" if letterhead else ""
    head = [w.para(w.markup(shown(w.brief.title, first, t)), "title" + centred)]
    for lang in rest:
        head.append(w.para(w.markup(shown(w.brief.title, lang, t)), "subtitle" + centred))
    number = document_number(t, w.brief.prepared_on)
    if letterhead and number:
        label = w.both(NUMBER_LABEL, w.langs)
        head.append(w.para(f"{label}: {w.esc(number)}", "number"))
    # One block: the English title and the number keep their own space above them, and the
    # title's space comes after the last of them (as in Word, where they share a paragraph).
    for flowable in head[:-1]:
        flowable.spaceAfter = 0
    head[-1].spaceAfter = w.size * (SHEET["title"].after or 0)
    story += head

    rows: list[tuple[Bilingual, Bilingual]] = memo_rows(w.brief, t)
    prepared = prepared_bilingual(w.brief, t)
    if letterhead:
        rows.append((DATE_LABEL, prepared))
    labels = w.brief.labels
    if w.brief.period is not None:
        rows.append((labels.get("period") or DEFAULT_LABELS["period"], w.brief.period))
    if not letterhead:
        rows.append((labels.get("prepared") or DEFAULT_LABELS["prepared"], prepared))
    sources = Bilingual.same(str(w.brief.source_count))
    rows.append((labels.get("sources") or DEFAULT_LABELS["sources"], sources))
    cells = [
        [
            [w.para(w.both(label, w.langs), "meta_label")],
            [w.para(w.both(value, w.langs), "meta")],
        ]
        for label, value in rows
    ]
    label_width = max(w.text_width(w.plain(label, w.langs), bold=True) for label, _ in rows)
    label_width += 5 * MM
    label_width = min(label_width, w.frame_width * 0.45)
    row_gap = w.size * (SHEET["meta"].after or 0)
    story += table(w, cells, (label_width, w.frame_width - label_width), padding=(0, 2, row_gap, 0))
    story.append(
        HRFlowable(
            width="100%",
            thickness=TITLE_RULE.width_pt,
            color=w.colours[TITLE_RULE.colour],
            spaceBefore=TITLE_RULE.gap_pt,
            spaceAfter=w.size * TITLE_RULE_AFTER,
        )
    )
    return story


def title_text(w: PdfWriter) -> str:
    """The document's title in its metadata: the title in each language written, once each."""
    values = [shown(w.brief.title, lang, w.template) for lang in w.langs]
    parts = list(dict.fromkeys(v.text for v in values if not v.pending))
    return SEPARATOR.join(parts) or xml_safe(w.brief.title.id)


def subject_text(w: PdfWriter) -> str:
    """The document's subject in its metadata: the period, in each language written."""
    if w.brief.period is None:
        return ""
    values = [shown(w.brief.period, lang, w.template) for lang in w.langs]
    return SEPARATOR.join(dict.fromkeys(v.text for v in values if not v.pending))


def organisation_names(w: PdfWriter) -> list[str]:
    """The organisation's name in each language written (once when both are the same)."""
    names = (organisation(w.template, lang)[0] for lang in w.langs)
    return list(dict.fromkeys(name for name in names if name))


def logo_image(w: PdfWriter, height: float) -> Flowable | None:
    """The template's logo scaled to ``height`` points, or None."""
    if not w.template.logo:
        return None
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    pixels_wide, pixels_high = ImageReader(w.template.logo).getSize()
    image = Image(w.template.logo, width=height * pixels_wide / pixels_high, height=height, mask="auto")
    image.hAlign = "LEFT"
    return image


def plain_head(w: PdfWriter) -> list[Flowable]:
    """The organisation line above the title (and the logo above it, when the template has one)."""
    story: list[Flowable] = []
    logo = logo_image(w, w.template.logo_height_mm * MM)
    if logo is not None:
        logo.spaceAfter = w.size * 0.6
        story.append(logo)
    names = organisation_names(w)
    if names:
        story.append(w.para(w.esc(SEPARATOR.join(names).upper()), "organisation"))
    return story


def kop_surat(w: PdfWriter) -> list[Flowable]:
    """The kop surat: logo left, organisation and address centred on the page, a double rule."""
    from reportlab.platypus import HRFlowable, Table, TableStyle

    t = w.template
    names = organisation_names(w)
    lines: list[Flowable] = []
    if names:
        lines.append(w.para(w.esc(names[0].upper()), "kop_name"))
        for other in names[1:]:
            lines.append(w.para(w.esc(other), "kop_other"))
    address = xml_safe(t.address).strip()
    if address:
        lines.append(w.para(w.esc(address), "kop_address"))
    height = t.logo_height_mm * MM
    logo = logo_image(w, height)
    story: list[Flowable] = []
    if logo is not None:
        side = min(logo.drawWidth + 4 * MM, w.frame_width * 0.25)
        # An empty column as wide as the logo's on the right keeps the text centred on the page.
        table = Table(
            [[logo, lines or [w.para("", "kop_address")], []]],
            colWidths=[side, w.frame_width - 2 * side, side],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONT", (0, 0), (-1, -1), w.fonts.regular, w.size),  # else Helvetica
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
            color=w.heading_color,
            spaceBefore=w.size * 0.6,
            spaceAfter=1.2,
        )
    )
    story.append(HRFlowable(width="100%", thickness=0.6, color=w.heading_color, spaceAfter=w.size * 1.4))
    return story


def signature(w: PdfWriter) -> list[Flowable]:
    """The nota dinas's signature block (right half) and its Tembusan list (left), after the sources."""
    lines = signature_lines(w.template)
    copies = w.template.memo.copies if w.template.title_block == "letterhead" else ()
    story: list[Flowable] = []
    if lines:
        half = w.frame_width / 2
        block = [
            w.para(w.esc(line) if n != 3 else f"<b>{w.esc(line)}</b>", "meta") for n, line in enumerate(lines)
        ]
        story += table(w, [[[w.para("", "meta")], block]], (half, half), padding=(0, 0, 0, 0))
        story[0].spaceBefore = w.size * 1.5
    if copies:
        label = w.both(COPIES_LABEL, w.langs)
        story.append(w.para(f"<b>{label}:</b>", "meta"))
        for number, name in enumerate(copies, 1):
            story.append(w.para(w.esc(xml_safe(name)), "source", bulletText=f"{number}."))
    for flowable in story[:-1]:
        flowable.keepWithNext = 1
    return story


def colophon(w: PdfWriter, langs: Sequence[Lang]) -> list[Flowable]:
    from reportlab.platypus import HRFlowable

    story: list[Flowable] = [
        HRFlowable(
            width="100%",
            thickness=COLOPHON_RULE.width_pt,
            color=w.colours[COLOPHON_RULE.colour],
            spaceBefore=w.size * COLOPHON_GAP,
            spaceAfter=COLOPHON_RULE.gap_pt,
        )
    ]
    for lang in langs:  # one line a language: when it was prepared, how its English was obtained
        prepared = w.markup(prepared_text(w.brief, lang, w.template))
        english = english_summary(w.brief.english, lang)
        tail = f" · {w.esc(english)}" if english else ""
        story.append(w.para(f"{w.esc(COLOPHON[lang])} {prepared}{tail}", "colophon"))
    for flowable in story[:-1]:
        flowable.keepWithNext = 1  # the colophon is never split from its rule
    return story


def label_form(page: int) -> str:
    """The name of the form XObject holding page ``page``'s "Halaman X dari Y"."""
    return f"briefgenPageLabel{page}"


def decorate(
    w: PdfWriter,
    canv: Any,
    page: int,
    total: int | None,
    pending: list[tuple[int, float, float]] | None = None,
) -> None:
    """The running header (classification, header text) and footer (footer text, page X of Y).

    With ``pending`` the page label is a reference to a form drawn once the total is known.
    """
    width, height = w.page_size
    top, _, bottom, _ = w.margins
    small = max(w.size - 1.5, 6)
    classification, header, footer = running_texts(w.template)
    canv.saveState()
    # The header sits in the middle of the top margin, the footer in the middle of the bottom one.
    lines: list[tuple[str, str, Any, float]] = []
    if classification:
        lines.append((classification, w.fonts.bold, w.heading_color, small))
    if header:
        lines.append((header, w.fonts.regular, w.muted_color, small - 0.5))
    y = height - top / 2 + (len(lines) - 1) * small * 0.65 - small / 3
    for text, font, color, size in lines:
        draw_centred(w, canv, text, font, color, size, width / 2, y)
        y -= size * 1.3
    label = SEPARATOR.join(page_label(lang, page, total or 0) for lang in w.langs)
    lines = [(footer, w.fonts.regular, w.muted_color, small - 0.5)] if footer else []
    lines.append((label, w.fonts.regular, w.muted_color, small))
    y = bottom / 2 + (len(lines) - 1) * small * 0.65 - small / 3
    for number, (text, font, color, size) in enumerate(lines, 1):
        if pending is not None and number == len(lines):
            pending.append((page, y, size))
            canv.doForm(label_form(page))
        else:
            draw_centred(w, canv, text, font, color, size, width / 2, y)
        y -= size * 1.3
    canv.restoreState()


def draw_centred(
    w: PdfWriter, canv: Any, text: str, font: str, color: Any, size: float, x: float, y: float
) -> None:
    """``text`` centred on ``x``, each run in the font that has its characters."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = [(face or font, chunk) for face, chunk in w.runs(text)]
    x -= sum(stringWidth(chunk, face, size) for face, chunk in runs) / 2
    canv.setFillColor(color)
    for face, chunk in runs:
        canv.setFont(face, size)
        canv.drawString(x, y, chunk)
        x += stringWidth(chunk, face, size)
