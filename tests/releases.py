"""Press releases made here, from text written for the tests, as PDF (reportlab) and Word (python-docx).

Shared by the reader tests (pytest puts this folder on ``sys.path``). The ministry, the people and
the events are invented; the layout is that of a real *siaran pers*: a letterhead, "SIARAN PERS"
and its number, a title over two lines, the body, a footer and page numbers on every page, and a
contact block at the end.
"""

from __future__ import annotations

import io
from typing import Any

LETTERHEAD = (
    "KEMENTERIAN CONTOH REPUBLIK INDONESIA",
    "Jl. Merdeka Contoh No. 1, Jakarta 10110 · Telp (021) 555-0100",
)
HEADING = ("SIARAN PERS", "Nomor: SP.12/HM/01/2026")
TITLE = "Menteri Contoh dan Wali Kota Serang Sepakat Membangun Sepuluh Perpustakaan Desa pada Tahun Ini"
BODY = (
    "Jakarta, Selasa (20/1/2026) – Menteri Contoh Budi Santoso menerima Wali Kota Serang Rina Kartika "
    "di kantornya untuk membahas pembangunan perpustakaan desa yang akan dimulai bulan depan di "
    "sepuluh desa di wilayah kota itu.",
    "“Perpustakaan desa adalah pintu pertama bagi anak-anak untuk mengenal buku, jadi kami ingin "
    "semuanya selesai sebelum tahun ajaran baru,” ujar Budi.",
    "Menurut Rina, pemerintah kota telah menyiapkan lahan di setiap desa dan akan menanggung biaya "
    "listrik serta internet perpustakaan selama lima tahun pertama sejak perpustakaan dibuka.",
    "Kedua pihak sepakat untuk menandatangani nota kesepahaman pada Februari 2026 dan akan melaporkan "
    "kemajuannya kepada publik setiap bulan.",
)
FOOTER = "Biro Hubungan Masyarakat Kementerian Contoh"
CONTACT = ("Narahubung:", "Sari Wulandari, Kepala Biro Hubungan Masyarakat", "Telp 0812-0000-0000")


def release_pdf(pages: int = 2) -> bytes:
    """The release as a PDF with a text layer, its body spread over ``pages`` pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()

    def paper(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 40, FOOTER)
        page = doc.page
        canvas.drawRightString(A4[0] - 72, 40, f"Halaman {page} dari {pages}")
        canvas.restoreState()

    story: list[object] = [
        Paragraph(LETTERHEAD[0], styles["Title"]),
        Paragraph(LETTERHEAD[1], styles["Normal"]),
        Spacer(1, 12),
        Paragraph(HEADING[0], styles["Heading2"]),
        Paragraph(HEADING[1], styles["Normal"]),
        Paragraph(TITLE, styles["Heading1"]),
    ]
    per_page = -(-len(BODY) // pages)
    for number, text in enumerate(BODY):
        if number and number % per_page == 0:
            story.append(PageBreak())
        story += [Paragraph(text, styles["Normal"]), Spacer(1, 8)]
    story += [Paragraph(line, styles["Normal"]) for line in CONTACT]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title="siaran-pers-12.docx").build(
        story, onFirstPage=paper, onLaterPages=paper
    )
    return out.getvalue()


def release_docx(letterhead_in_header: bool = True) -> bytes:
    """The release as a Word document: the letterhead in the running header or in a body table."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.footer.paragraphs[0].text = FOOTER
    if letterhead_in_header:
        section.header.paragraphs[0].text = "\n".join(LETTERHEAD)
    else:
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = LETTERHEAD[0]
        table.cell(0, 1).text = LETTERHEAD[1]
    for line in HEADING:
        document.add_paragraph(line)
    document.add_heading(TITLE, level=1)
    for text in BODY:
        document.add_paragraph(text)
    document.add_paragraph("-selesai-")
    document.add_paragraph("\n".join(CONTACT))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A PDF page with only shapes on it, as a scan is only an image: no text layer."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    for row in range(20):
        page.rect(72, 700 - row * 30, 400, 12, fill=1)
    page.showPage()
    page.save()
    return out.getvalue()
