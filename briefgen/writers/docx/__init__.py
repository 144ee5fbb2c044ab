"""The DOCX writer: a composed brief and a template in, the bytes of a Word document out.

python-docx lives in this package only: :mod:`.writer` (runs, headings, body, tables, metadata),
:mod:`.markup` (the body's paragraphs, runs and table rows as WordprocessingML text, from shapes
python-docx builds once), :mod:`.styles` (the stylesheet of :mod:`briefgen.writers.style` as Word
styles), :mod:`.head` (header and footer, letterhead, title block, table of contents, colophon),
:mod:`.cells` (python-docx table cells filled paragraph by paragraph) and :mod:`.ooxml` (the
WordprocessingML python-docx has no API for, and elements serialised as the document holds them).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from briefgen.model import Brief, RenderOptions, Template
from briefgen.writers import Written, collector_paused
from briefgen.writers.common import langs_of
from briefgen.writers.docx import head, ooxml, styles
from briefgen.writers.docx.writer import DocxWriter

# python-docx ships no type information: its objects are handled as Any in this package.
Doc = Any
Par = Any
Element = Any

BODY_MARK = b"<!--briefgen: the body goes here-->"


def prepare() -> None:
    """python-docx and lxml loaded before the first document."""
    import docx  # noqa: F401 - loaded now, used by the write
    from lxml import etree  # noqa: F401


def write_docx(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as a Word document, built in memory; identical input gives identical bytes."""
    with collector_paused(freeze_only=True):
        return _write(brief, template, options)


def _write(brief: Brief, template: Template, options: RenderOptions) -> Written:
    import docx
    from lxml import etree

    langs = langs_of(options)
    doc = docx.Document(template.reference_docx) if template.reference_docx else docx.Document()
    if template.reference_docx:
        _clear_body(doc)
    writer = DocxWriter(doc, brief, template, langs, options.layout)
    writer.page()
    styles.add_styles(writer)
    _remember_styles(doc)
    head.header_footer(writer)
    head.title_block(writer)
    if any(section.kind == "annex" for section in brief.sections):  # a contents list for the long form
        head.contents(writer)
    if len(langs) == 1:
        writer.body(langs[0], langs)
    elif options.layout == "sequential":
        for index, lang in enumerate(langs):
            head.language_label(writer, lang, new_page=index > 0)
            writer.body(lang, (lang,))
    else:
        writer.parallel_body()
    writer.core_properties()
    ooxml.update_fields_on_open(doc)
    writer.flush()
    writer._add_to_body(etree.Comment(BODY_MARK[4:-3].decode()))

    return Written(_package(doc, brief.prepared_on, writer.written), [])


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
    sheet = part.styles.element
    index: list[Any] = []  # [style count, name -> first style, type -> last default style]

    def look_up(name: str, style_type: Any) -> str | None:
        """python-docx's answer (``Styles.get_style_id``) from one pass over the styles."""
        from docx.enum.style import WD_STYLE_TYPE
        from docx.styles import BabelFish

        if not index or index[0] != len(sheet):
            named: dict[str | None, Any] = {}
            defaults: dict[Any, Any] = {}
            for element in sheet.style_lst:
                named.setdefault(element.name_val, element)
                if element.default:
                    defaults[element.type] = element
            index[:] = [len(sheet), named, defaults]
        style: Any = index[1].get(BabelFish.ui2internal(name))
        kind = WD_STYLE_TYPE.PARAGRAPH if style is None or style.type is None else style.type
        if style is None or kind != style_type:
            return find_id(name, style_type)  # type: ignore[no-any-return]  # python-docx raises
        return None if style is index[2].get(style_type) else style.styleId

    def get_style_id(style_or_name: Any, style_type: Any) -> str | None:
        if not isinstance(style_or_name, str):
            return find_id(style_or_name, style_type)  # type: ignore[no-any-return]
        key = (style_or_name, style_type)
        if key not in ids:
            ids[key] = look_up(style_or_name, style_type)
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


class _Members:
    """Where python-docx's package writer puts each part: a zip member with a fixed timestamp
    (so two runs give the same bytes), and the body's XML (see ``DocxWriter.flush``) written
    into ``word/document.xml`` in the place of its mark, streamed: never one string."""

    def __init__(self, target: zipfile.ZipFile, day: dt.date, body: list[bytes]) -> None:
        # ZIP records the years 1980 to 2107 only; the document's own properties keep the real date.
        if day.year > 2107:
            day = dt.date(2107, 12, 31)
        self.stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
        self.target = target
        self.body = body

    def write(self, pack_uri: Any, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=self.stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        if info.filename != "word/document.xml":
            self.target.writestr(info, blob)
            return
        before, after = blob.split(BODY_MARK)
        info.file_size = len(before) + sum(map(len, self.body)) + len(after)
        with self.target.open(info, "w") as part:
            for piece in (before, *self.body, after):
                part.write(piece)


def _package(doc: Doc, day: dt.date, body: list[bytes]) -> bytes:
    """The document saved as ``Document.save`` saves it, each part written once into the zip."""
    from docx.opc.pkgwriter import PackageWriter

    packager: Any = PackageWriter  # its steps, with _Members in the place of its zip writer
    package = doc.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        members = _Members(target, day, body)
        packager._write_content_types_stream(members, parts)
        packager._write_pkg_rels(members, package.rels)
        packager._write_parts(members, parts)
    return out.getvalue()
