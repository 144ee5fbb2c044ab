"""PDF press releases: the text layer read, the paper left out; scans and broken files named as such."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from readback import tool
from releases import BODY, TITLE, release_docx, release_pdf, scanned_pdf

from briefgen.errors import SourceError
from briefgen.pipeline import load_article
from briefgen.readers import pdf
from briefgen.readers.clean import normalise


def expected_body() -> list[str]:
    return [" ".join(normalise(text).split()) for text in BODY]


@pytest.mark.parametrize("pages", [1, 2])
def test_a_release_made_with_reportlab(pages: int) -> None:
    article = pdf.read(release_pdf(pages), "siaran.pdf")
    assert article.format == "pdf" and article.title == TITLE
    assert article.paragraphs == expected_body()


def test_a_word_release_converted_by_libreoffice(tmp_path: Path) -> None:
    """The PDF a ministry exports from Word: letterhead in a two-column table, tight title spacing."""
    soffice = tool("soffice")
    source = tmp_path / "siaran.docx"
    source.write_bytes(release_docx(letterhead_in_header=False))
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    article = pdf.read((tmp_path / "siaran.pdf").read_bytes(), "siaran.pdf")
    assert article.title == TITLE
    assert article.paragraphs == expected_body()


def test_a_scan_has_no_text_layer() -> None:
    with pytest.raises(SourceError, match=r"scan.pdf: the PDF has no text layer \(a scanned PDF\?\)"):
        pdf.read(scanned_pdf(), "scan.pdf")


@pytest.mark.parametrize("data", [b"%PDF-1.4\ngarbage", b"%PDF-1.7\n%%EOF\n", b"not a pdf at all"])
def test_a_broken_pdf_is_one_clear_reason(data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SourceError, match=r"^x.pdf: not a readable PDF \("):
        pdf.read(data, "x.pdf")
    assert capsys.readouterr().err == ""  # pypdf's own complaints stay out of the one line


def test_a_password_protected_pdf_is_named_as_such() -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(release_pdf(1))))
    writer.encrypt(user_password="rahasia", owner_password="rahasia")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(SourceError, match="encrypted with a password"):
        pdf.read(locked.getvalue(), "locked.pdf")


def test_the_pipeline_reads_a_pdf_file_from_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "2026-01-20-siaran.pdf"
    path.write_bytes(release_pdf())
    article = load_article(path)
    assert article.title == TITLE and article.paragraphs[0].startswith("Jakarta, Selasa (20/1/2026)")
    assert article.file_date is not None and article.file_date.isoformat() == "2026-01-20"
