"""Writers: a composed :class:`~briefgen.model.Brief` and a template in, one document's bytes out.

:data:`WRITERS` is the only list of output formats: the command line checks ``--format`` against
it and the pipeline asks it for each format's writer. A writer returns the bytes and the
warnings it has for the reader (characters no font has…) and never changes the brief.
Adding a format means adding one module and one entry here. The writer modules load python-docx
and reportlab, so they are imported only when a document of their format is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from briefgen.errors import UsageError
from briefgen.model import Brief, RenderOptions, Template


class Written(NamedTuple):
    """What a writer returns: the document's bytes and its warnings (never put into the brief)."""

    data: bytes
    warnings: list[str]


Writer = Callable[[Brief, Template, RenderOptions], Written]


def write_docx(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as a Word document (see :mod:`briefgen.writers.docx`)."""
    from briefgen.writers.docx import write_docx as write

    return write(brief, template, options)


def write_pdf(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as a print-ready PDF (see :mod:`briefgen.writers.pdf`)."""
    from briefgen.writers.pdf import write_pdf as write

    return write(brief, template, options)


WRITERS: dict[str, Writer] = {"docx": write_docx, "pdf": write_pdf}


def formats_of(wanted: Iterable[str]) -> tuple[str, ...]:
    """The formats asked for, in the registry's order; every format when none is named.

    An unknown format is a :class:`UsageError` that lists the known ones.
    """
    names = {name.strip().lower() for name in wanted if name.strip()}
    unknown = sorted(names - set(WRITERS))
    if unknown:
        choices = f"{', '.join(WRITERS)} or {','.join(WRITERS)}"
        raise UsageError(f"--format must be {choices} (got '{','.join(unknown)}')")
    return tuple(name for name in WRITERS if name in names or not names)
