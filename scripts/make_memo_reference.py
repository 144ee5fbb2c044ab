"""Makes the memo template's binary assets, reproducibly: ``logo.png`` and ``reference.docx``.

Run it after changing this script or the page setup in the memo's ``template.toml``:

    python scripts/make_memo_reference.py            # writes into briefgen/builtin_templates/memo/
    python scripts/make_memo_reference.py --out DIR  # writes into DIR (the tests compare)

The logo is drawn pixel by pixel and written with zlib and struct, so no imaging library is
needed; the reference document is built with python-docx. Both come out byte-identical on
every run: the zip members of the DOCX get a fixed timestamp and the core properties are fixed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import math
import struct
import sys
import tomllib
import zipfile
import zlib
from pathlib import Path
from typing import Any

# The memo template shipped inside the package, whose template.toml gives the page setup.
MEMO = Path(__file__).resolve().parent.parent / "briefgen" / "builtin_templates" / "memo"
FIXED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

NAVY = (0x1B, 0x2A, 0x4A)
GOLD = (0xC9, 0xA2, 0x3F)
WHITE = (0xFF, 0xFF, 0xFF)


# --------------------------------------------------------------------------- the logo


def _star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    """The corners of a five-pointed star, point up."""
    points = []
    for index in range(10):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def _inside(x: float, y: float, polygon: list[tuple[float, float]]) -> bool:
    """Even-odd rule point-in-polygon test."""
    inside = False
    j = len(polygon) - 1
    for i, (xi, yi) in enumerate(polygon):
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _logo_colour(x: float, y: float, star: list[tuple[float, float]]) -> tuple[int, int, int, int]:
    """The emblem at (x, y) in a unit square: a navy disc, a gold ring, a gold star; else transparent."""
    r = math.hypot(x - 0.5, y - 0.5)
    if r > 0.49:
        return (0, 0, 0, 0)
    if 0.40 <= r <= 0.44:
        return (*GOLD, 255)
    if r > 0.44 or r < 0.40 and not _inside(x, y, star):
        if 0.36 <= r < 0.37:
            return (*WHITE, 255)
        return (*NAVY, 255)
    return (*GOLD, 255)


def make_logo(size: int = 240, samples: int = 3) -> bytes:
    """The emblem as an RGBA PNG, anti-aliased by supersampling each pixel."""
    star = _star(0.5, 0.52, 0.27, 0.11)
    rows = bytearray()
    for py in range(size):
        rows.append(0)  # PNG filter type 0 (none) for this scanline
        for px in range(size):
            total = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    colour = _logo_colour(x, y, star)
                    alpha = colour[3]
                    for channel in range(3):
                        total[channel] += colour[channel] * alpha
                    total[3] += alpha
            alpha_sum = total[3]
            rgb = [round(total[channel] / alpha_sum) if alpha_sum else 0 for channel in range(3)]
            rows += bytes([*rgb, round(alpha_sum / samples**2)])

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    dpi = struct.pack(">IIB", 11811, 11811, 1)  # 300 dots per inch, in dots per metre
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"pHYs", dpi)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- the reference document


def _hex(colour: tuple[int, int, int]) -> str:
    return "".join(f"{c:02X}" for c in colour)


def _border(paragraph_format_element: Any, side: str, colour: str, size: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph_format_element
    pbdr = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    for key, value in (("val", "single"), ("sz", str(size)), ("space", "4"), ("color", colour)):
        line.set(qn(f"w:{key}"), value)
    pbdr.append(line)
    # w:pBdr comes after keepNext, keepLines, pageBreakBefore… and before w:shd, w:tabs, w:spacing.
    successors = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:outlineLvl")
    ppr.insert_element_before(pbdr, *successors)


def _font(style: Any, name: str) -> None:
    from docx.oxml.ns import qn

    style.font.name = name
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def make_reference(settings: dict[str, Any]) -> bytes:
    """The memo's reference document: Arial, navy headings in capitals, A4 with the template's margins."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    page = settings.get("page", {})
    top, right, bottom, left = page.get("margins_mm", [20, 20, 20, 20])
    base = float(settings.get("fonts", {}).get("size_pt", 10))

    document = docx.Document()
    section = document.sections[0]
    if page.get("size", "A4") == "Letter":
        section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance, section.footer_distance = Mm(8), Mm(8)

    navy = RGBColor(*NAVY)
    grey = RGBColor(0x5F, 0x63, 0x68)
    styles = document.styles

    normal = styles["Normal"]
    _font(normal, "Arial")
    normal.font.size = Pt(base)
    normal.paragraph_format.space_after = Pt(base * 0.5)
    normal.paragraph_format.line_spacing = 1.15

    title = styles["Title"]
    _font(title, "Arial")
    title.font.size = Pt(base * 1.5)
    title.font.bold = True
    title.font.all_caps = True
    title.font.color.rgb = navy
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(base * 0.3)
    ppr = title.element.get_or_add_pPr()
    for old in ppr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr"):
        ppr.remove(old)

    for name, size, before in (("Heading 1", 1.1, 1.4), ("Heading 2", 1.0, 0.9), ("Heading 3", 1.0, 0.6)):
        style = styles[name]
        _font(style, "Arial")
        style.font.size = Pt(base * size)
        style.font.bold = True
        style.font.italic = name == "Heading 3"
        style.font.all_caps = name == "Heading 1"
        style.font.color.rgb = navy
        style.paragraph_format.space_before = Pt(base * before)
        style.paragraph_format.space_after = Pt(base * 0.45)
        style.paragraph_format.keep_with_next = True

    quote = styles["Quote"]
    _font(quote, "Arial")
    quote.font.italic = True
    quote.font.color.rgb = navy
    quote.paragraph_format.left_indent = Mm(6)
    quote.paragraph_format.space_after = Pt(base * 0.2)
    _border(quote.element.get_or_add_pPr(), "left", _hex(GOLD), 12)

    for name in ("Header", "Footer"):
        style = styles[name]
        _font(style, "Arial")
        style.font.size = Pt(base - 1.5)
        style.font.color.rgb = grey
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style.paragraph_format.space_after = Pt(0)

    # The letterhead's running parts: a rule under the header and one over the footer. briefgen
    # writes the classification, header text, footer text and page numbers into these paragraphs.
    header = section.header
    header.is_linked_to_previous = False
    header.paragraphs[0].style = styles["Header"]
    _border(header.paragraphs[0]._p.get_or_add_pPr(), "bottom", _hex(NAVY), 4)
    footer = section.footer
    footer.is_linked_to_previous = False
    footer.paragraphs[0].style = styles["Footer"]
    _border(footer.paragraphs[0]._p.get_or_add_pPr(), "top", _hex(NAVY), 4)

    body = document.element.body
    for child in list(body):
        if child.tag.endswith("}p"):
            body.remove(child)
    document.add_paragraph("Dokumen acuan gaya untuk templat memo briefgen.", style="Normal")

    props = document.core_properties
    props.title = "briefgen memo reference"
    props.author = props.last_modified_by = "briefgen"
    props.comments = "Made by scripts/make_memo_reference.py"
    props.keywords = props.subject = props.category = ""
    props.revision = 1
    props.created = props.modified = FIXED
    props.last_printed = FIXED

    buffer = io.BytesIO()
    document.save(buffer)
    return _normalised_zip(buffer.getvalue())


def _normalised_zip(data: bytes) -> bytes:
    """``data`` re-packed with fixed member timestamps and order, so every run gives the same bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(member.filename))
    return out.getvalue()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MEMO, help=f"folder to write into (default: {MEMO})")
    args = parser.parse_args(argv)
    settings = tomllib.loads((MEMO / "template.toml").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "logo.png").write_bytes(make_logo())
    (args.out / "reference.docx").write_bytes(make_reference(settings))
    print(args.out / "logo.png")
    print(args.out / "reference.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
