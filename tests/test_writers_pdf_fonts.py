"""The PDF's font helpers: word widths remembered while a PDF is laid out."""

from __future__ import annotations

from briefgen.templates import load_template
from briefgen.writers.pdf import flowables
from briefgen.writers.pdf.fonts import register_fonts, widths_remembered

TEXT = "Rapat koordinasi membahas rencana kerja bersama; rapat berikutnya membahas anggaran kerja."


def test_remembered_widths_are_the_measured_ones_and_the_measure_comes_back() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import paragraph

    fonts = register_fonts(load_template("default"))
    words = TEXT.split()
    measure = paragraph.stringWidth
    with widths_remembered():
        assert paragraph.stringWidth is not measure
        twice = [paragraph.stringWidth(w, fonts.regular, 10) for w in words + words]
        bold = paragraph.stringWidth("rapat", fonts.bold, 10)
        larger = paragraph.stringWidth("rapat", fonts.regular, 12.5)
    assert paragraph.stringWidth is measure
    assert twice == [stringWidth(w, fonts.regular, 10) for w in words + words]
    assert bold == stringWidth("rapat", fonts.bold, 10) != stringWidth("rapat", fonts.regular, 10)
    assert larger == stringWidth("rapat", fonts.regular, 12.5)


def test_lines_are_broken_the_same_with_remembered_widths() -> None:
    from reportlab.lib.styles import ParagraphStyle

    fonts = register_fonts(load_template("default"))
    style = ParagraphStyle("b", fontName=fonts.regular, fontSize=10, leading=13)
    make = flowables.classes().paragraph
    plain = make(TEXT * 6, style)
    plain.wrap(150, 1000)
    with widths_remembered():
        remembered = make(TEXT * 6, style)
        remembered.wrap(150, 1000)
    assert len(plain.blPara.lines) > 5
    assert remembered.blPara.lines == plain.blPara.lines
