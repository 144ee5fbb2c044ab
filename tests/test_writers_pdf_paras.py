"""Paragraphs made without the markup parser are the ones the parser makes."""

from __future__ import annotations

import pytest

from briefgen.model import Brief, Template

PLAIN_TEXTS = (
    "Rapat membahas kerja sama daerah.",
    "  spasi   di awal,\n\tbaris baru   dan tab  ",
    "tanda “kutip” — pisah, 50% dan $5 * 2 = 10; a/b > c",
    "tanpa\u00a0spasi biasa dan tanda\u00adhubung lunak",
    "한국 영화 and Ελληνικά",
    "x",
)


@pytest.mark.parametrize("text", PLAIN_TEXTS)
@pytest.mark.parametrize("style", ["body", "quote", "attribution", "cell", "h2"])
def test_text_without_markup_makes_the_paragraph_the_parser_makes(
    brief: Brief, template: Template, text: str, style: str
) -> None:
    from briefgen.writers.pdf.fonts import register_fonts
    from briefgen.writers.pdf.writer import PdfWriter

    writer = PdfWriter(brief, template, ("id", "en"), "parallel", register_fonts(template))
    fast = writer.para(text, style)
    parsed = writer.para(text, style, bulletText=None)  # with arguments: always parsed
    assert fast.text == parsed.text
    assert fast.style is parsed.style
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
    assert fast.frags[0].link is not parsed.frags[0].link  # a fragment of its own
    assert fast.wrap(200, 1000) == parsed.wrap(200, 1000)


def test_text_that_collapses_to_nothing_is_parsed(brief: Brief, template: Template) -> None:
    from briefgen.writers.pdf.fonts import register_fonts
    from briefgen.writers.pdf.writer import PdfWriter

    writer = PdfWriter(brief, template, ("id", "en"), "parallel", register_fonts(template))
    assert writer.paragraphs.plain(" \n\t ", "body") is None
    assert writer.para(" \n ", "body").frags == writer.para(" \n ", "body", bulletText=None).frags
