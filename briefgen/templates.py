"""Finds, loads and validates templates: a folder with a ``template.toml`` and its assets."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import shutil
import string
import tomllib
import zipfile
from collections.abc import Iterable
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any, get_args

from briefgen.errors import TemplateError
from briefgen.model import MEMO_KEYS, Bilingual, Memo, SectionKind, Template
from briefgen.standards import BABEL_LOCALE

TEMPLATE_FILE = "template.toml"
# The package data folder of the templates shipped with briefgen (pyproject.toml's package-data).
BUILTIN_PACKAGE_DIR = "builtin_templates"
BUILTIN_TEMPLATES = ("default", "memo")


def builtin_dir() -> Path:
    """The folder of the shipped templates, found with importlib.resources wherever briefgen is installed.

    The writers need real files (reportlab and python-docx open fonts, logos and reference
    documents by path), so an installation from a zip archive, where the package data are no
    files, is refused with a clear message rather than half-working.
    """
    folder = resources.files("briefgen") / BUILTIN_PACKAGE_DIR
    if not isinstance(folder, Path):
        raise TemplateError(
            f"the shipped templates are inside an archive ({folder}); install briefgen unpacked "
            "(pip install, pipx install or a wheel)"
        )
    return folder


# table → key → expected Python type(s); anything else in template.toml is reported.
SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "page": {"size": str, "margins_mm": list},
    "fonts": {
        "regular": str,
        "bold": str,
        "italic": str,
        "bold_italic": str,
        "fallback": list,
        "docx": str,
        "size_pt": (int, float),
    },
    "colors": {"heading": str, "accent": str, "muted": str},
    "organization": {"id": str, "en": str, "address": str, "logo": str, "logo_height_mm": (int, float)},
    "document": {
        "classification": str,
        "title_block": str,
        "number": str,
        "header": str,
        "footer": str,
        "pending_id": str,
        "pending_en": str,
    },
    "dates": {"id": str, "en": str},
    # order, and a heading per section kind; "article" and "event" sections are headed by their own title.
    "sections": {
        "order": list,
        **{kind: dict for kind in get_args(SectionKind) if kind not in ("article", "event")},
    },
    "docx": {"reference": str},
    # the nota dinas of a letterhead template (see model.Memo); briefgen.toml's [memo] overrides it
    "memo": {key: (list if key == "copies" else str) for key in MEMO_KEYS},
}
SECTION_KINDS: tuple[str, ...] = get_args(SectionKind)
NUMBER_FIELDS = {"year": "2026", "month": "01", "day": "26", "seq": "1"}
_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")


def template_dirs() -> list[Path]:
    """Where template names are looked up: the project's templates/ first, then the built-ins."""
    dirs = [Path.cwd() / "templates", builtin_dir()]
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def find_template(name_or_path: str) -> Path:
    """The folder of a template given by name (``default``) or by path (``./my-template``)."""
    candidate = Path(name_or_path)
    if "/" in name_or_path or name_or_path.startswith("."):
        if (candidate / TEMPLATE_FILE).is_file():
            return candidate
        raise TemplateError(f"{candidate}: no {TEMPLATE_FILE} in this template folder")
    for folder in template_dirs():
        if (folder / name_or_path / TEMPLATE_FILE).is_file():
            return folder / name_or_path
    names = list_templates()
    close = difflib.get_close_matches(name_or_path, names, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise TemplateError(
        f"template '{name_or_path}' not found ({hint}available: {', '.join(names) or 'none'})"
    )


def list_templates() -> list[str]:
    names: set[str] = set()
    for folder in template_dirs():
        if folder.is_dir():
            names.update(p.parent.name for p in folder.glob(f"*/{TEMPLATE_FILE}"))
    return sorted(names)


def load_template(name_or_path: str) -> Template:
    """Load and check a template before anything is rendered; errors name the file and key."""
    folder = find_template(name_or_path)
    toml_path = folder / TEMPLATE_FILE
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{toml_path}: not valid TOML ({exc})") from None
    except RecursionError:  # tomllib recurses once per level of [[[…]]] or {a={b=…}}
        raise TemplateError(f"{toml_path}: not valid TOML (arrays or tables nested too deeply)") from None
    except ValueError:  # Python refuses to read integers of more than 4300 digits (CVE-2020-10735)
        raise TemplateError(f"{toml_path}: not valid TOML (a number of more than 4300 digits)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{toml_path}: cannot read ({exc})") from None
    _check_schema(toml_path, data)
    return _build(folder, toml_path, data)


def _check_schema(toml_path: Path, data: dict[str, Any]) -> None:
    for table, values in data.items():
        if table not in SCHEMA or not isinstance(values, dict):
            raise TemplateError(f"{toml_path}: unknown table '{table}'{_did_you_mean(table, SCHEMA)}")
        for key, value in values.items():
            expected = SCHEMA[table].get(key)
            if expected is None:
                close = _did_you_mean(key, SCHEMA[table], prefix=f"{table}.")
                raise TemplateError(f"{toml_path}: unknown key '{table}.{key}'{close}")
            if not isinstance(value, expected) or isinstance(value, bool):
                raise TemplateError(f"{toml_path}: '{table}.{key}' has the wrong type")
            if isinstance(value, list) and not all(isinstance(item, str | int | float) for item in value):
                raise TemplateError(f"{toml_path}: '{table}.{key}' must be a list of plain values")
            if isinstance(value, dict):  # a section label: { id = "…", en = "…" }
                for lang, label in value.items():
                    if lang not in ("id", "en"):
                        raise TemplateError(f"{toml_path}: unknown key '{table}.{key}.{lang}'")
                    if not isinstance(label, str) or not label.strip():
                        raise TemplateError(f"{toml_path}: '{table}.{key}.{lang}' must be a non-empty string")


def _did_you_mean(word: str, known: Iterable[str], prefix: str = "") -> str:
    """`` (did you mean 'fonts.bold'?)`` when a known name is close to a mistyped one, else ``""``."""
    close = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean '{prefix}{close[0]}'?)" if close else ""


def _asset(folder: Path, toml_path: Path, key: str, value: str, kind: str) -> Path:
    """The file ``value`` names (relative to the template folder); it must exist."""
    path = (folder / value).resolve()
    if not path.is_file():
        raise TemplateError(f"{toml_path}: '{key}': {kind} {path} not found")
    return path


MAX_IMAGE_PIXELS = 40_000_000
"""A logo larger than this (a 6,000 × 6,000 photo is 36 million) is refused: decoding a PNG that
claims 40,000 × 40,000 pixels would need gigabytes, a classic decompression bomb."""
MAX_REFERENCE_MB = 64
"""A reference document holds styles and page setup; one that unpacks to more is a zip bomb."""
MAX_ASSET_MB = 32


def _read_asset(toml_path: Path, key: str, path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ASSET_MB << 20:
            raise TemplateError(f"{toml_path}: '{key}': {path} is larger than {MAX_ASSET_MB} MB")
        return path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"{toml_path}: '{key}': {path} cannot be read ({exc.strerror or exc})") from None


def _too_large(width: int, height: int) -> str | None:
    if width * height > MAX_IMAGE_PIXELS:
        return f"is {width} × {height} pixels, more than a logo needs (at most {MAX_IMAGE_PIXELS:,} pixels)"
    return None


def _png_problem(data: bytes) -> str | None:
    """What is wrong with a PNG file (truncated, a bad checksum, a bomb), or None.

    Walks the chunks (PNG specification, section 5) checking each CRC, and inflates the image
    data in bounded steps without keeping it, so the writers never meet a broken image.
    """
    import struct
    import zlib

    pos, header, ended = 8, False, False
    inflater = zlib.decompressobj()
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            return "is not a whole PNG image (it ends inside a chunk: truncated)"
        body = data[pos + 8 : end - 4]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[end - 4 : end])[0]:
            return f"is a damaged PNG image (a bad checksum in its {kind.decode('latin-1')!r} chunk)"
        if not header:
            if kind != b"IHDR" or length != 13:
                return "is a damaged PNG image (it does not start with its IHDR header)"
            width, height = struct.unpack(">II", body[:8])
            if width == 0 or height == 0:
                return "is a damaged PNG image (0 pixels wide or high)"
            if (problem := _too_large(width, height)) is not None:
                return problem
            header = True
        elif kind == b"IDAT":
            try:
                chunk = body
                while chunk and not inflater.eof:
                    inflater.decompress(chunk, 1 << 20)
                    chunk = inflater.unconsumed_tail
            except zlib.error:
                return "is a damaged PNG image (its compressed image data is corrupt)"
        elif kind == b"IEND":
            ended = True
            break
        pos = end
    if not header or not ended:
        return "is not a whole PNG image (no IEND chunk at its end: truncated)"
    if not inflater.eof:
        return "is a damaged PNG image (its image data stops short)"
    return None


def _jpeg_problem(data: bytes) -> str | None:
    """What is wrong with a JPEG file (truncated, no frame header, a bomb), or None."""
    import struct

    if not data.rstrip(b"\0").endswith(b"\xff\xd9"):
        return "is not a whole JPEG image (no end-of-image marker: truncated)"
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return "is a damaged JPEG image (a marker was expected)"
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start-of-frame marker
            if pos + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            if width == 0 or height == 0:
                return "is a damaged JPEG image (0 pixels wide or high)"
            return _too_large(width, height)
        if marker == 0xDA:  # the scan began without a frame header
            break
        pos += 2 + length
    return "is a damaged JPEG image (no frame header)"


def _check_image(toml_path: Path, key: str, path: Path) -> None:
    data = _read_asset(toml_path, key, path)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        problem = _png_problem(data)
    elif data.startswith(b"\xff\xd8\xff"):
        problem = _jpeg_problem(data)
    else:
        problem = "is not a PNG or JPEG image"
    if problem is not None:
        raise TemplateError(f"{toml_path}: '{key}': {path} {problem}")


def _xml_problem(data: bytes) -> str | None:
    """What makes an XML part of a Word file unsafe or unreadable, or None (parsed with defusedxml)."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException, DTDForbidden
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DTDForbidden:
        return "has a DOCTYPE, which Word never writes (entities are not read)"
    except DefusedXmlException as exc:
        return f"declares entities or external references ({type(exc).__name__})"
    except ParseError as exc:
        return f"is not well-formed XML ({str(exc).splitlines()[0] if str(exc) else 'malformed'})"
    return None


def _check_reference(toml_path: Path, path: Path) -> None:
    """A reference.docx that python-docx can open and that holds nothing hostile.

    It must be a ZIP with ``[Content_Types].xml``, ``word/document.xml`` and ``word/styles.xml``,
    unpack to at most MAX_REFERENCE_MB, and every XML part must parse with the hardened parser.
    """

    def fail(problem: str) -> TemplateError:
        return TemplateError(f"{toml_path}: 'docx.reference': {path} {problem}")

    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            missing = {"[Content_Types].xml", "word/document.xml", "word/styles.xml"} - names
            if missing:
                raise fail(f"is not a Word document (no {', '.join(sorted(missing))})")
            unpacked = sum(info.file_size for info in infos)
            if unpacked > MAX_REFERENCE_MB << 20:
                raise fail(
                    f"unpacks to more than {MAX_REFERENCE_MB} MB ({unpacked / 2**20:,.0f} MB); "
                    "a reference document holds styles, not content"
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    problem = _xml_problem(archive.read(info))
                    if problem is not None:
                        raise fail(f"is not a usable Word document: {info.filename} {problem}")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise fail(f"is not a Word document ({exc})") from None


def _check_date_format(toml_path: Path, lang: str, pattern: str) -> None:
    from babel.dates import format_date

    try:
        format_date(dt.date(2026, 1, 26), pattern, locale=BABEL_LOCALE[lang])
    except Exception as exc:  # babel raises ValueError, AttributeError, KeyError … for bad patterns
        raise TemplateError(f"{toml_path}: 'dates.{lang}' is not a usable date pattern ({exc})") from None


def _build(folder: Path, toml_path: Path, data: dict[str, Any]) -> Template:
    """The template ``data`` describes: each table of template.toml checked and read in turn."""
    template = Template(name=folder.name, path=str(folder.resolve()))
    fields: dict[str, Any] = {}
    fields |= _page(toml_path, data.get("page", {}), template)
    fields |= _fonts(folder, toml_path, data.get("fonts", {}), template)
    fields |= _colors(toml_path, data.get("colors", {}), template)
    fields |= _organization(folder, toml_path, data.get("organization", {}), template)
    fields |= _document(toml_path, data.get("document", {}), template)
    dates = data.get("dates", {})
    for lang, pattern in dates.items():
        _check_date_format(toml_path, lang, pattern)
    fields["date_formats"] = dict(dates)
    fields |= _sections(toml_path, data.get("sections", {}))
    if "reference" in data.get("docx", {}):
        reference_path = _asset(folder, toml_path, "docx.reference", data["docx"]["reference"], "file")
        _check_reference(toml_path, reference_path)
        fields["reference_docx"] = str(reference_path)
    fields["memo"] = memo_of(data.get("memo", {}))
    return replace(template, **fields)


def memo_of(table: dict[str, Any], base: Memo | None = None) -> Memo:
    """A [memo] table (keys already checked) over ``base``: the fields it sets replace base's."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = MEMO_KEYS[key]
        values[name] = tuple(str(v) for v in value) if name == "copies" else str(value)
    return replace(base or Memo(), **values)


def _page(toml_path: Path, page: dict[str, Any], template: Template) -> dict[str, Any]:
    size = page.get("size", "A4")
    if size not in ("A4", "Letter"):
        raise TemplateError(f'{toml_path}: \'page.size\' must be "A4" or "Letter" (got {size!r})')
    margins = page.get("margins_mm", list(template.margins_mm))
    if len(margins) != 4 or not all(isinstance(m, int | float) and 0 <= m <= 80 for m in margins):
        raise TemplateError(f"{toml_path}: 'page.margins_mm' must be four numbers from 0 to 80")
    return {"page_size": size, "margins_mm": tuple(float(m) for m in margins)}


def _fonts(folder: Path, toml_path: Path, fonts: dict[str, Any], template: Template) -> dict[str, Any]:
    paths: dict[str, str | None] = {}
    for key in ("regular", "bold", "italic", "bold_italic"):
        if key in fonts:
            font = (folder / fonts[key]).resolve()
            if not font.is_file():
                raise TemplateError(f"{toml_path}: 'fonts.{key}': font file {font} not found")
            if font.suffix.lower() != ".ttf":
                raise TemplateError(f"{toml_path}: 'fonts.{key}': only TrueType .ttf fonts can be embedded")
            paths[key] = str(font)
        else:
            paths[key] = None
    if paths["regular"] is None and any(paths.values()):
        raise TemplateError(f"{toml_path}: 'fonts.regular' is required when other fonts are given")
    size_pt = fonts.get("size_pt", template.base_size_pt)
    if not 6 <= size_pt <= 16:  # compared before float(): an integer of 400 digits overflows a float
        raise TemplateError(f"{toml_path}: 'fonts.size_pt' must be between 6 and 16")
    size_pt = float(size_pt)
    fallback: list[str] = []
    for index, value in enumerate(fonts.get("fallback", [])):
        font = _asset(folder, toml_path, f"fonts.fallback[{index}]", str(value), "font file")
        if font.suffix.lower() != ".ttf":
            raise TemplateError(
                f"{toml_path}: 'fonts.fallback[{index}]': only TrueType .ttf fonts can be embedded"
            )
        fallback.append(str(font))
    regular = paths["regular"]
    return {
        "font_regular": regular,
        "font_bold": paths["bold"] or regular,
        "font_italic": paths["italic"] or regular,
        "font_bold_italic": paths["bold_italic"] or paths["bold"] or regular,
        "font_fallback": tuple(fallback),
        "docx_font": fonts.get("docx", template.docx_font),
        "base_size_pt": size_pt,
    }


def _colors(toml_path: Path, colors: dict[str, Any], template: Template) -> dict[str, Any]:
    for key, value in colors.items():
        if not _HEX.match(value):
            raise TemplateError(f"{toml_path}: 'colors.{key}' must be six hex digits (got {value!r})")
    return {
        "color_heading": colors.get("heading", template.color_heading).upper(),
        "color_accent": colors.get("accent", template.color_accent).upper(),
        "color_muted": colors.get("muted", template.color_muted).upper(),
    }


def _organization(folder: Path, toml_path: Path, org: dict[str, Any], template: Template) -> dict[str, Any]:
    logo: str | None = None
    if "logo" in org:
        logo_path = _asset(folder, toml_path, "organization.logo", org["logo"], "image")
        _check_image(toml_path, "organization.logo", logo_path)
        logo = str(logo_path)
    logo_height = org.get("logo_height_mm", template.logo_height_mm)
    if not 5 <= logo_height <= 60:
        raise TemplateError(f"{toml_path}: 'organization.logo_height_mm' must be between 5 and 60")
    return {
        "organization": Bilingual.both(org.get("id", ""), org.get("en", org.get("id", ""))),
        "address": org.get("address", ""),
        "logo": logo,
        "logo_height_mm": float(logo_height),
    }


def _document(toml_path: Path, doc: dict[str, Any], template: Template) -> dict[str, Any]:
    title_block = doc.get("title_block", template.title_block)
    if title_block not in ("plain", "letterhead"):
        raise TemplateError(
            f'{toml_path}: \'document.title_block\' must be "plain" or "letterhead" (got {title_block!r})'
        )
    number = doc.get("number", "")
    try:
        # Plain fields only: a format spec such as {year:>999999999} would fill the memory.
        for _, field_name, spec, conversion in string.Formatter().parse(number):
            if field_name is not None and (field_name not in NUMBER_FIELDS or spec or conversion):
                raise KeyError(
                    f"{{{field_name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}"
                )
        number.format(**NUMBER_FIELDS)
    except (KeyError, IndexError, ValueError) as exc:
        raise TemplateError(
            f"{toml_path}: 'document.number' may only use {{year}}, {{month}}, {{day}} and {{seq}} ({exc!r})"
        ) from None
    return {
        "title_block": title_block,
        "number": number,
        "header_text": doc.get("header", ""),
        "footer_text": doc.get("footer", ""),
        "classification": doc.get("classification", ""),
        "pending_marker": Bilingual.both(
            doc.get("pending_id", template.pending_marker.id),
            doc.get("pending_en", template.pending_marker.en or ""),
        ),
    }


def _sections(toml_path: Path, sections: dict[str, Any]) -> dict[str, Any]:
    order = sections.get("order", [])
    for kind in order:
        if kind not in SECTION_KINDS:
            raise TemplateError(
                f"{toml_path}: 'sections.order': unknown section {kind!r} (known: {', '.join(SECTION_KINDS)})"
            )
    if len(set(order)) != len(order):
        raise TemplateError(f"{toml_path}: 'sections.order' names a section twice")
    labels = {
        kind: Bilingual.both(value.get("id", value.get("en", "")), value.get("en", value.get("id", "")))
        for kind, value in sections.items()
        if kind != "order"
    }
    return {"section_order": tuple(order), "section_labels": labels}


NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def new_template(name: str, dest_dir: Path) -> Path:
    """Copy the built-in default template to ``dest_dir/name`` as a starting point; never overwrites."""
    if not NAME.match(name) or name in (".", ".."):
        raise TemplateError(f"'{name}' is not a usable template name (letters, digits, '-', '_' and '.')")
    target = dest_dir / name
    if target.exists():
        raise TemplateError(f"{target}: already exists; choose another name or remove it first")
    source = builtin_dir() / "default"
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, target)
    except OSError as exc:
        raise TemplateError(f"{target}: cannot create the template ({exc.strerror or exc})") from None
    return target
