"""WordprocessingML by hand where python-docx has no API: elements in schema order, borders, margins."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from briefgen.model import Lang
from briefgen.writers.common import LANG_TAG

Element = Any  # python-docx ships no type information

# Element order inside the property elements this module adds children to (ECMA-376 §17).
PPR_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
TBLPR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                        "w:tblDescription", "w:tblPrChange")  # fmt: skip
TBLPR_AFTER_CELLMAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                   "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")  # fmt: skip
TCPR_AFTER_TCMAR = TCPR_AFTER_SHD[2:]
TRPR_AFTER_CANTSPLIT = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
                         "w:ins", "w:del", "w:trPrChange")  # fmt: skip
TRPR_AFTER_TBLHEADER = TRPR_AFTER_CANTSPLIT[2:]
RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
PPR_AFTER_OUTLINE = PPR_AFTER_PBDR[PPR_AFTER_PBDR.index("w:outlineLvl") + 1 :]


def element(tag: str, **attrs: str) -> Element:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def replace_child(parent: Element, child: Element, successors: Sequence[str]) -> None:
    """Put ``child`` into ``parent`` in schema order, replacing an element of the same tag."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    parent.insert_element_before(child, *successors)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def keep_with_next(paragraph: Any) -> None:
    """``paragraph_format.keep_with_next = True``: ``<w:keepNext/>`` right after the style."""
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(W + "keepNext") is not None:
        return
    first = ppr[0] if len(ppr) else None
    ppr.insert(1 if first is not None and first.tag == W + "pStyle" else 0, element("w:keepNext"))


def take_body(document: Element, keep: Element | None) -> bytes:
    """The body's children but its final section properties (``keep``), serialised and removed
    from the document: the XML python-docx would write for them in place, the prefixes declared
    once on the document element. Empty when there are none."""
    from lxml import etree

    body = document.body
    children = [child for child in body if child is not keep and child.tag != W + "sectPr"]
    if not children:
        return b""
    holder = etree.Element(body.tag, nsmap=document.nsmap)
    holder.extend(children)  # moves them out of the document
    xml: bytes = etree.tostring(holder, encoding="UTF-8", xml_declaration=False)
    return xml[xml.index(b">") + 1 : xml.rindex(b"</")]


def markup(element: Element, nsmap: dict[Any, str]) -> str:
    """``element`` (a copy) serialised as it is inside the document: the prefixes declared once
    on the document element (``nsmap``), not on it."""
    from lxml import etree

    holder = etree.Element(W + "body", nsmap=nsmap)
    holder.append(copy.deepcopy(element))
    xml: str = etree.tostring(holder, encoding="unicode")
    return xml[xml.index(">") + 1 : xml.rindex("</")]


def shell(element: Element, nsmap: dict[Any, str]) -> tuple[str, str]:
    """The markup of ``element`` before its end tag and the end tag: content goes between."""
    xml = markup(element, nsmap)
    if xml.endswith("/>"):  # no children
        name = xml[1:].split(None, 1)[0].split("/", 1)[0]
        return xml[:-2] + ">", f"</{name}>"
    cut = xml.rindex("</")
    return xml[:cut], xml[cut:]


def tag_language(run: Any, lang: Lang) -> None:
    """``<w:lang w:val="id-ID"/>`` on the run, so spelling and hyphenation use the right language."""
    rpr = run._r.get_or_add_rPr()
    tag = LANG_TAG[lang]
    replace_child(rpr, element("w:lang", val=tag, eastAsia=tag, bidi=tag), RPR_AFTER_LANG)


def borders(ppr: Element, sides: dict[str, tuple[str, int, int]]) -> None:
    """Paragraph borders: side -> (hex colour, width in eighths of a point, space in points)."""
    pbdr = element("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            color, size, space = sides[side]
            pbdr.append(element(f"w:{side}", val="single", sz=str(size), space=str(space), color=color))
    replace_child(ppr, pbdr, PPR_AFTER_PBDR)


def twips(mm: float) -> str:
    return str(round(mm * 1440 / 25.4))


def plain_fonts(rpr: Element, font: str) -> None:
    """Replace theme font references by ``font`` in every script slot."""
    from docx.oxml.ns import qn

    fonts = rpr.get_or_add_rFonts()
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), font)


# --------------------------------------------------------------------------- table properties


def table_borders(table: Any, sides: dict[str, tuple[str, int]]) -> None:
    borders = element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in sides:
            color, size = sides[side]
            borders.append(element(f"w:{side}", val="single", sz=str(size), space="0", color=color))
        else:
            borders.append(element(f"w:{side}", val="nil"))
    replace_child(table._tbl.tblPr, borders, TBLPR_AFTER_BORDERS)


def cell_margins(table: Any, *, top: float, bottom: float, left: float, right: float) -> None:
    margins = element("w:tblCellMar")
    for side, mm in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        margins.append(element(f"w:{side}", w=twips(mm), type="dxa"))
    replace_child(table._tbl.tblPr, margins, TBLPR_AFTER_CELLMAR)


def row_flags(row: Any, *, header: bool = False) -> None:
    """Rows never split across pages; a header row repeats on every page."""
    trpr = row._tr.get_or_add_trPr()
    replace_child(trpr, element("w:cantSplit"), TRPR_AFTER_CANTSPLIT)
    if header:
        replace_child(trpr, element("w:tblHeader"), TRPR_AFTER_TBLHEADER)


def shade(cell: Any, color: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    replace_child(tcpr, element("w:shd", val="clear", color="auto", fill=color), TCPR_AFTER_SHD)


def update_fields_on_open(doc: Any) -> None:
    """``<w:updateFields w:val="true"/>`` in settings.xml: Word and LibreOffice fill the table of
    contents (and every other field) when the document is opened (ECMA-376 §17.15.1.90)."""
    from docx.oxml.ns import qn

    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is None:
        settings.append(element("w:updateFields", val="true"))
