"""Writers: a composed :class:`~briefgen.model.Brief` and a template in, one document's bytes out.

:data:`WRITERS` is the only list of output formats: the command line checks ``--format`` against
it and the pipeline asks it for each format's writer. A writer returns the bytes and the
warnings it has for the reader (characters no font has…) and never changes the brief.
Adding a format means adding one module and one entry here. The writer modules load python-docx
and reportlab, so they are imported only when a document of their format is written.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from briefgen.errors import UsageError
from briefgen.model import Brief, RenderOptions, Template


class Written(NamedTuple):
    """What a writer returns: the document's bytes and its warnings (never put into the brief)."""

    data: bytes
    warnings: list[str]


Writer = Callable[[Brief, Template, RenderOptions], Written]


@contextlib.contextmanager
def collector_paused(*, freeze_only: bool = False) -> Iterator[None]:
    """The cyclic garbage collector off while a writer runs, and back as it was after.

    A writer makes many small objects that live until the document is done (fragments, lines,
    flowables): the collector walks them again and again and frees little. What reference
    counting frees is freed as usual. ``freeze_only`` leaves the collector on but moves every
    object alive now (the brief, the template, imported modules) out of its sight
    (``gc.freeze``): for python-docx, whose proxy objects leave cycles that only the collector
    frees (switched off, a thousand-article DOCX took 100 MB more).
    """
    enabled = gc.isenabled()
    if freeze_only:
        gc.freeze()
    else:
        gc.disable()
    try:
        yield
    finally:
        if freeze_only:
            gc.unfreeze()
        elif enabled:
            gc.enable()


def write_docx(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as a Word document (see :mod:`briefgen.writers.docx`)."""
    from briefgen.writers.docx import write_docx as write

    return write(brief, template, options)


def write_pdf(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as a print-ready PDF (see :mod:`briefgen.writers.pdf`)."""
    from briefgen.writers.pdf import write_pdf as write

    return write(brief, template, options)


def write_html(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as one self-contained HTML page (see :mod:`briefgen.writers.html`)."""
    from briefgen.writers.html import write_html as write

    return write(brief, template, options)


def write_markdown(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as Markdown, pandoc's dialect (see :mod:`briefgen.writers.markdown`)."""
    from briefgen.writers.markdown import write_markdown as write

    return write(brief, template, options)


def write_json(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as JSON data (see :mod:`briefgen.writers.json`)."""
    from briefgen.writers.json import write_json as write

    return write(brief, template, options)


def prepare(fmt: str, template: Template) -> None:
    """Load what the writer of ``fmt`` needs before its first document: its modules and library (and
    for the PDF the template's fonts), so a process that is to write it can do so while other work
    runs. Writing without it gives the same bytes; nothing to do for the light formats."""
    if fmt == "pdf":
        from briefgen.writers.pdf import prepare as prepare_pdf

        prepare_pdf(template)
    elif fmt == "docx":
        from briefgen.writers.docx import prepare as prepare_docx

        prepare_docx()


# The format's name is also the output file's suffix: brief-2026-01-20.html, ….md, ….json.
WRITERS: dict[str, Writer] = {
    "docx": write_docx,
    "pdf": write_pdf,
    "html": write_html,
    "md": write_markdown,
    "json": write_json,
}

DEFAULT_FORMATS: tuple[str, ...] = ("docx", "pdf")
"""What a build writes when no format is named: the two documents for print and Word."""


def formats_of(wanted: Iterable[str]) -> tuple[str, ...]:
    """The formats asked for, in the registry's order; :data:`DEFAULT_FORMATS` when none is named.

    An unknown format is a :class:`UsageError` that lists the known ones.
    """
    names = {name.strip().lower() for name in wanted if name.strip()} or set(DEFAULT_FORMATS)
    unknown = sorted(names - set(WRITERS))
    if unknown:
        raise UsageError(f"--format must be one or more of {format_choices()} (got '{','.join(unknown)}')")
    return tuple(name for name in WRITERS if name in names)


def format_choices() -> str:
    """The registry's formats for a message: ``docx, pdf, html, md or json``."""
    names = list(WRITERS)
    return f"{', '.join(names[:-1])} or {names[-1]}"
