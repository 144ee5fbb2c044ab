"""The PDF writer: a composed brief and a template in, the bytes of a print-ready PDF out.

reportlab lives in this package only: :mod:`.fonts` (the embedded faces and their fallbacks),
:mod:`.flowables` (units and the few reportlab subclasses), :mod:`.paras` (paragraphs made with
as little markup parsing as possible), :mod:`.tables` (tables and side-by-side language columns
whose tall rows are cut to fit a page), :mod:`.side` (the side-by-side flowable), :mod:`.head`
(letterhead, title block, colophon) and :mod:`.writer` (the styles from
:mod:`briefgen.writers.style`, the story, page decoration and metadata).
"""

from __future__ import annotations

from briefgen.model import Brief, RenderOptions, Template
from briefgen.writers import Written, collector_paused
from briefgen.writers.common import langs_of
from briefgen.writers.pdf.fonts import load_reportlab, register_fonts, widths_remembered
from briefgen.writers.pdf.speed import drawing_sped_up
from briefgen.writers.pdf.writer import PdfWriter


def write_pdf(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as a PDF, built in memory; identical input gives identical bytes.

    The document is laid out once: each page's "Halaman X dari Y" is a form XObject the page
    refers to, drawn when the last page is done and the total is known (laying a long brief out
    a second time just to count its pages cost as much again). Characters the template's font
    lacks are set in a fallback font that has them; those no font has are named in the returned
    warnings (see :func:`missing_characters`), never left as silent empty boxes.
    """
    langs = langs_of(options)
    fonts = register_fonts(template)
    writer = PdfWriter(brief, template, langs, options.layout, fonts)
    with collector_paused(), widths_remembered(), drawing_sped_up():
        data, _ = writer.build(total=None)
    warnings = [_missing_warning(writer.missing, template)] if writer.missing else []
    return Written(data, warnings)


def prepare(template: Template) -> None:
    """reportlab's modules and the template's fonts loaded (and registered) before the first document."""
    load_reportlab()
    register_fonts(template)


def missing_characters(brief: Brief, template: Template, options: RenderOptions) -> list[str]:
    """The characters of the brief that neither the template's font nor any fallback font has."""
    writer = PdfWriter(brief, template, langs_of(options), options.layout, register_fonts(template))
    writer.story()
    return sorted(writer.missing)


def _missing_warning(missing: set[str], template: Template) -> str:
    shown_chars = "".join(sorted(missing)[:12])
    codes = ", ".join(f"U+{ord(c):04X}" for c in sorted(missing)[:12])
    more = " …" if len(missing) > 12 else ""
    return (
        f"PDF: no available font has the characters {shown_chars} ({codes}{more}); they print as "
        f"empty boxes. Add a TrueType font that has them to fonts.fallback in template '{template.name}'"
    )


__all__ = ["missing_characters", "prepare", "write_pdf"]
