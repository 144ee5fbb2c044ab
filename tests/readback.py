"""Reading written documents back in the tests, and the Debian tools some tests need.

Shared by the test modules (pytest puts this folder on ``sys.path``): the text of a DOCX through
python-docx, the text layer of a PDF through pypdf, and a Debian tool that must exist in CI.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

NEEDS_TOOLS = os.environ.get("CI") == "true"  # in CI the Debian tools must be there, never skipped


def tool(name: str) -> str:
    """The path of a command-line tool; a failure in CI when it is missing, else a skip."""
    found = shutil.which(name)
    if found is None:
        if NEEDS_TOOLS:
            pytest.fail(f"{name} is required in CI (.ci/run installs it)")
        pytest.skip(f"{name} not installed")
    return found


def _bytes(source: Path | bytes) -> bytes:
    return source.read_bytes() if isinstance(source, Path) else source


def docx_text(source: Path | bytes) -> str:
    """Every paragraph of a DOCX, body and table cells, one per line."""
    import docx

    document = docx.Document(io.BytesIO(_bytes(source)))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts)


def pdf_text(source: Path | bytes) -> str:
    """The text layer of every page of a PDF."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(_bytes(source))).pages)
