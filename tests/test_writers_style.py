"""The one stylesheet: both writers draw what :data:`briefgen.writers.style.SHEET` says."""

from __future__ import annotations

import dataclasses
import io

import docx
import pytest
from pypdf import PdfReader

from briefgen.model import Brief, RenderOptions, Template
from briefgen.writers.docx import write_docx
from briefgen.writers.pdf import write_pdf
from briefgen.writers.style import MIN_SIZE_PT, SHEET, Style

WORD_STYLES = [(key, spec) for key, spec in SHEET.items() if spec.word is not None]


def test_sizes_floor_only_when_a_style_is_smaller_than_the_body() -> None:
    assert Style(plus=-2.0).size_pt(10) == 8.0
    assert Style(plus=-2.0).size_pt(7) == MIN_SIZE_PT
    assert Style(size=2.2).size_pt(2) == pytest.approx(4.4)
    assert Style(plus=1.0).size_pt(10) == 11.0


@pytest.mark.parametrize(("key", "spec"), WORD_STYLES, ids=[key for key, _ in WORD_STYLES])
def test_every_word_style_has_the_sheets_size_and_spacing(
    key: str, spec: Style, brief: Brief, template: Template
) -> None:
    big = dataclasses.replace(template, base_size_pt=12.0)
    document = docx.Document(io.BytesIO(write_docx(brief, big, RenderOptions()).data))
    style = document.styles[spec.word]
    if spec.size is not None:
        assert style.font.size.pt == pytest.approx(spec.size_pt(12.0), abs=0.5)  # half points
    paragraph = style.paragraph_format
    if spec.after is not None:
        assert paragraph.space_after.pt == pytest.approx(12.0 * spec.after, abs=0.05)
    if spec.before is not None:
        assert paragraph.space_before.pt == pytest.approx(12.0 * spec.before, abs=0.05)
    if spec.bold is not None:
        assert style.font.bold == spec.bold
    if spec.indent_mm is not None:
        assert paragraph.left_indent.mm == pytest.approx(spec.indent_mm, abs=0.05)


def sizes_of(data: bytes) -> dict[str, float]:
    """The type size each line of text is set in, by its text."""
    found: dict[str, float] = {}

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            found.setdefault(text.strip(), round(size * (tm[0] or 1), 2))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_the_pdf_sets_the_same_sizes_as_the_word_styles(brief: Brief, template: Template) -> None:
    sizes = sizes_of(write_pdf(brief, template, RenderOptions(langs=("id",))).data)
    base = template.base_size_pt
    assert sizes["Ringkasan Kebijakan"] == pytest.approx(SHEET["title"].size_pt(base))
    assert sizes["Latar Belakang"] == pytest.approx(SHEET["h1"].size_pt(base))
    assert sizes["Pertemuan membahas film, musik dan talenta."] == pytest.approx(SHEET["body"].size_pt(base))
    lead = "Wamen Ekraf menerima kunjungan DCM KBRI Seoul & tim pada 20/1."
    assert sizes[lead] == pytest.approx(SHEET["lead"].size_pt(base))
