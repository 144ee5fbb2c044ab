"""Word press releases (.docx, python-docx): the body's paragraphs and tables, not its header and footer."""

from __future__ import annotations

import io
import zipfile

from briefgen.errors import SourceError
from briefgen.model import Article
from briefgen.readers.release import blocks_to_paragraphs, release_lines


def read(data: bytes, source: str) -> Article:
    """The article of a Word document; the running header and footer are paper, never read."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SourceError(source, f"not a readable Word document ({exc})") from None
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise SourceError(source, f"not a readable Word document ({type(exc).__name__}: {exc})") from None
    lines: list[str] = []
    for item in document.iter_inner_content():
        paragraphs = (
            [p for row in item.rows for cell in row.cells for p in cell.paragraphs]
            if isinstance(item, Table)
            else [item]
        )
        for paragraph in paragraphs:
            # A manual line break (<w:br/>) is a line of the paragraph; each paragraph is a block.
            lines.extend([*paragraph.text.split("\n"), ""])
    title, body = blocks_to_paragraphs(release_lines([lines]))
    return Article(source=source, title=title, paragraphs=body, format="docx")
