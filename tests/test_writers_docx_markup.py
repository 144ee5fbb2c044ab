"""The DOCX body written as markup: each piece is what python-docx itself writes for the same thing."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.shared import Pt, RGBColor
from lxml import etree

from briefgen.errors import TemplateError
from briefgen.model import Brief, Lang, RenderOptions, Template
from briefgen.writers.common import xml_safe
from briefgen.writers.docx import _remember_styles, ooxml, styles, write_docx
from briefgen.writers.docx.markup import Para, text_markup
from briefgen.writers.docx.writer import DocxWriter
from briefgen.writers.style import ROW_GAP

TEXTS = [
    "Kunjungan kerja",
    "  spasi di tepi ",
    "R&D <tim> & AT&T ]]> \"kutip\" 'satu'",
    "1.\tPertama",
    "baris\nbaru\r\nlagi\ttab\t",
    "\t",
    "",
    "\u00a0tanpa putus\u00a0",
    "Hangul 한국어 dan emoji \U0001f600",
    "kontrol\x00\x0b\x1f\ufffe dibuang",
]
FORMATS: list[dict[str, Any]] = [
    {},
    {"bold": True},
    {"bold": False, "muted": True},
    {"italic": True, "muted": True},
    {"italic": False, "muted": True, "smaller": 2},
    {"link": True},
]


def writer_for(brief: Brief, template: Template) -> DocxWriter:
    """A writer set up as write_docx sets it up (page, styles), its body still empty."""
    doc = docx.Document()
    writer = DocxWriter(doc, brief, template, ("id", "en"))
    writer.page()
    styles.add_styles(writer)
    _remember_styles(doc)
    return writer


def python_docx_run(writer: DocxWriter, text: str, lang: Lang, fmt: dict[str, Any]) -> str:
    """The run as python-docx's own API writes it, serialised in the document's namespaces."""
    paragraph = writer.doc.add_paragraph()
    run = paragraph.add_run(xml_safe(text))
    if fmt.get("bold") is not None:
        run.bold = fmt["bold"]
    if fmt.get("italic") is not None:
        run.italic = fmt["italic"]
    if fmt.get("muted"):
        run.font.color.rgb = RGBColor.from_string(writer.template.color_muted.upper())
    if fmt.get("smaller"):
        run.font.size = Pt(writer.size - fmt["smaller"])
    ooxml.tag_language(run, lang)
    if fmt.get("link"):
        run.font.color.rgb = RGBColor.from_string(writer.template.color_accent.upper())
        run.font.underline = True
    return ooxml.markup(run._r, writer.doc.element.nsmap)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda fmt: ",".join(fmt) or "plain")
def test_runs_are_the_markup_python_docx_writes(
    brief: Brief, template: Template, fmt: dict[str, Any]
) -> None:
    writer = writer_for(brief, template)
    for lang in ("id", "en"):
        for text in TEXTS:
            paragraph = Para("Normal")
            writer.run(paragraph, text, lang, **fmt)
            assert paragraph.parts == [python_docx_run(writer, text, lang, fmt)], (text, lang)


STYLES = ["Normal", "Table Text", "Source", "Quote", "Heading 2", "Attribution", None]


@pytest.mark.parametrize("style", STYLES)
def test_paragraph_properties_are_the_markup_python_docx_writes(
    brief: Brief, template: Template, style: str | None
) -> None:
    writer = writer_for(brief, template)
    for keep in (False, True):
        for spaced in (False, True):
            paragraph = Para(style)
            paragraph.keep, paragraph.spaced = keep, spaced
            expected = writer.doc.add_paragraph(style=style)
            if keep:
                expected.paragraph_format.keep_with_next = True
            if spaced:
                expected.paragraph_format.space_after = Pt(writer.size * ROW_GAP)
            want = ooxml.markup(expected._p, writer.doc.element.nsmap)
            assert writer.shapes.paragraph(paragraph) == want, (style, keep, spaced)


def test_text_is_escaped_as_lxml_escapes_it() -> None:
    for text in TEXTS:
        safe = xml_safe(text).replace("\r", "").replace("\n", "").replace("\t", "")
        element = etree.Element("t")
        element.text = safe
        assert f"<t>{text_markup(safe)}</t>" == etree.tostring(element, encoding="unicode")


def test_hyperlinks_get_the_relationship_ids_relate_to_gives(brief: Brief, template: Template) -> None:
    urls = ["https://a.example/1", "https://b.example/2", "https://a.example/1", "https://c.example/&x=1"]
    writer = writer_for(brief, template)
    ours = writer.doc.part
    theirs = docx.Document().part
    for part in (ours, theirs):  # a link the document had already, and a gap in the numbering
        part.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, urls[1], "rId40", is_external=True)
    for url in urls:
        rid = theirs.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        assert writer.shapes.hyperlink(url) == f'<w:hyperlink w:history="1" r:id="{rid}">'
    assert {k: r.target_ref for k, r in ours.rels.items() if r.is_external} == {
        k: r.target_ref for k, r in theirs.rels.items() if r.is_external
    }


def other_prefix(path: Path) -> Path:
    """A reference document whose document.xml binds WordprocessingML to ``x:`` instead of ``w:``."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                for old, new in (("xmlns:w=", "xmlns:x="), ("<w:", "<x:"), ("</w:", "</x:"), (" w:", " x:")):
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            target.writestr(item, data)
    return path


def test_a_reference_with_other_prefixes_is_refused_by_name(
    brief: Brief, template: Template, tmp_path: Path
) -> None:
    reference = other_prefix(tmp_path / "odd.docx")
    odd = dataclasses.replace(template, reference_docx=str(reference))
    with pytest.raises(TemplateError, match=r"odd\.docx: .*prefixes w: and r:"):
        write_docx(brief, odd, RenderOptions())
