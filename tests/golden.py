"""Golden files: text outputs compared with a reviewed copy under ``tests/golden/``.

``pytest --accept`` rewrites the copies instead of comparing (review the diff before committing).
The helpers here turn outputs into stable, readable text: a :class:`~briefgen.model.Brief` as
JSON with readable Indonesian, a DOCX's ``word/document.xml`` canonicalised (C14N, indented), a
PDF's text layer page by page with its metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"

# The usual prefixes of WordprocessingML, so canonical XML reads as Word's own (w:p, not ns0:p).
OOXML_PREFIXES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
}


class Golden:
    """Compares a text with ``tests/golden/NAME``, or rewrites it with ``--accept``."""

    def __init__(self, accept: bool) -> None:
        self.accept = accept

    def check(self, name: str, text: str) -> None:
        path = GOLDEN / name
        if self.accept:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
            return
        if not path.is_file():
            where = path.relative_to(GOLDEN.parent)
            pytest.fail(f"no golden file {where}: run pytest --accept and review it")
        expected = path.read_text(encoding="utf-8")
        if expected != text:
            import difflib

            diff = "".join(
                list(
                    difflib.unified_diff(
                        expected.splitlines(keepends=True),
                        text.splitlines(keepends=True),
                        f"golden/{name}",
                        "now",
                    )
                )[:80]
            )
            pytest.fail(f"{name} differs from its golden file (pytest --accept rewrites it):\n{diff}")


def _plain(value: Any) -> Any:
    """Dataclasses, dates and tuples as JSON data; each block (not each text) says its kind."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return data if type(value).__name__ == "Bilingual" else {"type": type(value).__name__, **data}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def brief_json(brief: Any) -> str:
    """``brief`` as indented JSON, keys sorted, non-ASCII text as itself."""
    return json.dumps(_plain(brief), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def docx_xml(data: bytes, part: str = "word/document.xml") -> str:
    """One XML part of a DOCX, canonicalised (C14N 2.0) and indented, one element per line."""
    import xml.etree.ElementTree as ET

    for prefix, uri in OOXML_PREFIXES.items():
        ET.register_namespace(prefix, uri)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        raw = archive.read(part)
    canonical = ET.canonicalize(raw.decode("utf-8"), strip_text=False)
    root = ET.fromstring(canonical)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="unicode") + "\n"


def pdf_pages(data: bytes) -> str:
    """The PDF's metadata, page sizes, outline and the text layer of each page."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    lines = ["# metadata"]
    info = reader.metadata or {}
    for key in sorted(info):
        lines.append(f"{key}: {info[key]}")
    root = reader.trailer["/Root"].get_object()
    lines.append(f"/Lang: {root.get('/Lang')}")

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                lines.append(f"{'  ' * depth}- {item.title}")

    lines.append("# outline")
    walk(reader.outline, 0)
    for number, page in enumerate(reader.pages, 1):
        box = page.mediabox
        lines.append(f"# page {number} ({float(box.width):.1f} x {float(box.height):.1f})")
        text = page.extract_text() or ""
        lines.extend(line.rstrip() for line in text.splitlines())
    return "\n".join(lines) + "\n"


def pdf_layout(data: bytes) -> str:
    """Where each piece of text sits on each page: y, x, font size and font, then the text.

    The text layer alone would not show a change of spacing or size; this does, to 0.1 pt.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    lines: list[str] = []
    for number, page in enumerate(reader.pages, 1):
        lines.append(f"# page {number}")
        found: list[tuple[float, float, float, str, str]] = []

        def visit(
            text: str,
            cm: Any,
            tm: Any,
            font: Any,
            size: float,
            found: list[tuple[float, float, float, str, str]] = found,
        ) -> None:
            if not text.strip():
                return
            # The text's origin: the text matrix mapped through the current transformation matrix.
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = (tm[0] * cm[0] + tm[1] * cm[2]) or 1
            name = str(font.get("/BaseFont", "?")).split("+")[-1] if font else "?"
            found.append((round(y, 1), round(x, 1), round(size * scale, 1), name, text.strip()))

        page.extract_text(visitor_text=visit)
        for y, x, size, name, text in found:
            lines.append(f"{y:7.1f} {x:6.1f} {size:4.1f} {name} | {text}")
    return "\n".join(lines) + "\n"


# The ids of every style the DOCX writer formats, used in a document or not.
WRITER_STYLES = (
    "Normal", "Title", "Heading1", "Heading2", "Heading3", "Quote", "Reported", "Lead", "Note", "Attribution",
    "BriefMeta", "Organisation", "Letterhead", "LetterheadAddress", "ContentsHeading", "TOC1", "TOC2",
    "TOC3", "LanguageLabel", "Source", "StepDetail", "Colophon", "TableText", "Header", "Footer",
)  # fmt: skip


def docx_styles(data: bytes) -> str:
    """``word/styles.xml`` canonicalised: the defaults and the styles the document uses.

    A style counts as used when a part of the document names it (``w:pStyle``, ``w:rStyle``,
    ``w:tblStyle``), the writers define it (:data:`WRITER_STYLES`) or a used style is based on it
    or links to it.
    python-docx's default template defines a hundred more, which the writers never touch.
    """
    import re
    import xml.etree.ElementTree as ET

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml") and name != "word/styles.xml"
        ]
    named = re.compile(r'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"')
    wanted = {match for part in parts for match in named.findall(part)} | set(WRITER_STYLES)
    root = ET.fromstring(docx_xml(data, "word/styles.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    styles = {style.get(f"{w}styleId"): style for style in root.iter(f"{w}style")}
    queue = list(wanted)
    while queue:
        style = styles.get(queue.pop())
        if style is None:
            continue
        for link in (style.find(f"{w}basedOn"), style.find(f"{w}link")):
            value = link.get(f"{w}val") if link is not None else None
            if value and value not in wanted:
                wanted.add(value)
                queue.append(value)
    for child in list(root):
        if child.tag == f"{w}latentStyles" or (
            child.tag == f"{w}style" and child.get(f"{w}styleId") not in wanted
        ):
            root.remove(child)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="unicode") + "\n"


def html_page(data: bytes) -> str:
    """An HTML page as text, its inline images shortened to their type, size and digest."""
    import base64
    import hashlib
    import re

    def shorten(match: re.Match[str]) -> str:
        raw = base64.b64decode(match.group(2))
        digest = hashlib.sha256(raw).hexdigest()[:16]
        return f"data:image/{match.group(1)};base64,[{len(raw)} bytes, sha256 {digest}]"

    return re.sub(r"data:image/(\w+);base64,([A-Za-z0-9+/=]+)", shorten, data.decode("utf-8"))
