"""Finds, loads and validates templates: a folder with a ``template.toml`` and its assets."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tomllib
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any, get_args

from briefgen.errors import TemplateError
from briefgen.model import MEMO_KEYS, Bilingual, Memo, SectionKind, Template
from briefgen.standards import BABEL_LOCALE

TEMPLATE_FILE = "template.toml"
# Templates shipped with briefgen live beside the package in the source tree.
BUILTIN_DIR = Path(__file__).resolve().parent.parent / "templates"

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
    dirs = [Path.cwd() / "templates", BUILTIN_DIR]
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
    known = ", ".join(list_templates()) or "none"
    raise TemplateError(f"template '{name_or_path}' not found (available: {known})")


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
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{toml_path}: cannot read ({exc})") from None
    _check_schema(toml_path, data)
    return _build(folder, toml_path, data)


def _check_schema(toml_path: Path, data: dict[str, Any]) -> None:
    for table, values in data.items():
        if table not in SCHEMA or not isinstance(values, dict):
            raise TemplateError(f"{toml_path}: unknown table '{table}'")
        for key, value in values.items():
            expected = SCHEMA[table].get(key)
            if expected is None:
                raise TemplateError(f"{toml_path}: unknown key '{table}.{key}'")
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


def _asset(folder: Path, toml_path: Path, key: str, value: str, kind: str) -> Path:
    """The file ``value`` names (relative to the template folder); it must exist."""
    path = (folder / value).resolve()
    if not path.is_file():
        raise TemplateError(f"{toml_path}: '{key}': {kind} {path} not found")
    return path


def _check_image(toml_path: Path, key: str, path: Path) -> None:
    head = path.read_bytes()[:8]
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        raise TemplateError(f"{toml_path}: '{key}': {path} is not a PNG or JPEG image")


def _check_reference(toml_path: Path, path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise TemplateError(f"{toml_path}: 'docx.reference': {path} is not a Word document ({exc})") from None
    missing = {"word/document.xml", "word/styles.xml"} - names
    if missing:
        raise TemplateError(
            f"{toml_path}: 'docx.reference': {path} is not a Word document (no {', '.join(sorted(missing))})"
        )


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
    size_pt = float(fonts.get("size_pt", template.base_size_pt))
    if not 6 <= size_pt <= 16:
        raise TemplateError(f"{toml_path}: 'fonts.size_pt' must be between 6 and 16")
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
    logo_height = float(org.get("logo_height_mm", template.logo_height_mm))
    if not 5 <= logo_height <= 60:
        raise TemplateError(f"{toml_path}: 'organization.logo_height_mm' must be between 5 and 60")
    return {
        "organization": Bilingual.both(org.get("id", ""), org.get("en", org.get("id", ""))),
        "address": org.get("address", ""),
        "logo": logo,
        "logo_height_mm": logo_height,
    }


def _document(toml_path: Path, doc: dict[str, Any], template: Template) -> dict[str, Any]:
    title_block = doc.get("title_block", template.title_block)
    if title_block not in ("plain", "letterhead"):
        raise TemplateError(
            f'{toml_path}: \'document.title_block\' must be "plain" or "letterhead" (got {title_block!r})'
        )
    number = doc.get("number", "")
    try:
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
    source = BUILTIN_DIR / "default"
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, target)
    except OSError as exc:
        raise TemplateError(f"{target}: cannot create the template ({exc.strerror or exc})") from None
    return target
