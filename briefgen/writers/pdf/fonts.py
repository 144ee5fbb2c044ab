"""The PDF's fonts: the template's TrueType family (else Vera), fallbacks, a fixed ToUnicode map."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from briefgen.errors import TemplateError
from briefgen.model import Template
from briefgen.standards import DEJAVU_SANS, HANGUL_FONTS

VERA = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")


# Fonts tried after the template's own fallbacks, when installed: Hangul (Debian fonts-nanum)
# and DejaVu Sans for wide Latin, Greek and Cyrillic coverage (Debian fonts-dejavu-core).
SYSTEM_FALLBACK = (*HANGUL_FONTS, DEJAVU_SANS)


@dataclass(frozen=True)
class Fonts:
    """The registered names of the faces the writer uses (regular, bold, italic) and the fallbacks."""

    regular: str
    bold: str
    italic: str
    coverage: frozenset[int]  # the code points the regular face has glyphs for
    fallbacks: tuple[str, ...]  # paths of TrueType fonts tried, in order, for the rest


def _coverage(font: Any) -> frozenset[int]:
    """The code points a reportlab TTFont maps to a real glyph (glyph 0 is .notdef, an empty box)."""
    return frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)


@functools.cache
def fallback_font(path: str) -> tuple[str, frozenset[int]] | None:
    """Register the TrueType font at ``path`` as a one-face family: (name, coverage); None if unusable."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "BriefgenFallback" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:10]
    try:
        font = TTFont(name, path)
    except Exception:  # a fallback that cannot be embedded is skipped, like a missing one
        return None
    pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return name, _coverage(font)


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, but characters beyond U+FFFF as UTF-16 surrogate pairs.

    reportlab writes them as five hex digits (``<1F600>``), which the PDF specification
    (ISO 32000-1, 9.10.3) does not allow: text extraction and copying then lose emoji and rare
    CJK characters.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(
            f"<{i:02X}> <{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
            for i, code in enumerate(subset)
        ),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _fix_to_unicode() -> None:
    """Install :func:`to_unicode_cmap` in reportlab (which looks the function up at write time)."""
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def load_reportlab() -> None:
    """The reportlab modules a document needs, loaded ahead of it (the writer imports them where used)."""
    import reportlab.pdfgen.canvas  # noqa: F401
    import reportlab.platypus  # noqa: F401


def register_fonts(template: Template) -> Fonts:
    """Register the template's TrueType faces (else reportlab's Vera) as one embeddable family."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _fix_to_unicode()
    if template.font_regular is None:
        import reportlab

        folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
        paths = tuple(os.path.join(folder, name) for name in VERA)
        family = "BriefgenVera"
    else:
        regular = template.font_regular
        paths = (
            regular,
            template.font_bold or regular,
            template.font_italic or regular,
            template.font_bold_italic or template.font_bold or regular,
        )
        digest = hashlib.sha1("\n".join(paths).encode("utf-8")).hexdigest()[:10]
        family = f"Briefgen{digest}"
    names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    known = set(pdfmetrics.getRegisteredFontNames())
    for name, path in zip(names, paths, strict=True):
        if name in known:
            continue
        try:
            font = TTFont(name, path)
        except Exception as error:  # reportlab raises TTFError, OSError, struct.error, ...
            raise TemplateError(f"{path}: this font cannot be embedded in a PDF ({error})") from error
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    fallbacks = tuple(
        dict.fromkeys([*template.font_fallback, *(p for p in SYSTEM_FALLBACK if os.path.isfile(p))])
    )
    coverage = _coverage(pdfmetrics.getFont(names[0]))
    return Fonts(names[0], names[1], names[2], coverage=coverage, fallbacks=fallbacks)


@contextlib.contextmanager
def widths_remembered() -> Iterator[None]:
    """While it lasts, reportlab's line breaking measures each word in each font and size once.

    ``Paragraph.breakLines`` measures every word of every paragraph with
    ``pdfmetrics.stringWidth``, a Python sum over the word's characters; a long brief measures
    the same few thousand words hundreds of thousands of times. The widths are the same numbers.
    """
    from reportlab.platypus import paragraph

    measure = paragraph.stringWidth
    known: dict[tuple[str, str, float, str], float] = {}

    def remembered(text: str, fontName: str, fontSize: float, encoding: str = "utf8") -> float:  # noqa: N803
        key = (text, fontName, fontSize, encoding)
        width = known.get(key)
        if width is None:
            width = known[key] = measure(text, fontName, fontSize, encoding)
        return width

    paragraph.stringWidth = remembered
    try:
        yield
    finally:
        paragraph.stringWidth = measure
