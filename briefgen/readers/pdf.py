"""PDF press releases: the text layer of each page (pypdf), the release's paper left out."""

from __future__ import annotations

import io

from briefgen.errors import SourceError
from briefgen.model import Article
from briefgen.readers.release import blocks_to_paragraphs, release_lines


def read(data: bytes, source: str) -> Article:
    """The article of a PDF with a text layer; a scan (no text) or a broken file is a SourceError."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs ("EOF marker not found") on stderr; the reason reaches the user
    # once, in the one line that skips the file.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(source, "the PDF is encrypted with a password; not read")
        # Layout mode keeps the vertical gaps between paragraphs as blank lines.
        pages = [page.extract_text(extraction_mode="layout").split("\n") for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceError(source, f"not a readable PDF ({exc})") from None
    if not any(line.strip() for lines in pages for line in lines):
        raise SourceError(source, "the PDF has no text layer (a scanned PDF?); briefgen reads only its text")
    heading, paragraphs = blocks_to_paragraphs(release_lines(pages))
    return Article(source=source, title=heading or _usable(title), paragraphs=paragraphs, format="pdf")


def _usable(title: str | None) -> str | None:
    """The document title from the PDF's metadata, unless it is a file name or a tool's default."""
    if not title or not title.strip():
        return None
    title = " ".join(title.split())
    if title.lower().endswith((".doc", ".docx", ".pdf", ".odt")) or title.lower() in (
        "untitled",
        "anonymous",
    ):
        return None
    return title
