"""Finds, loads and validates templates: a folder with a ``template.toml`` and its assets."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefgen.errors import TemplateError
from briefgen.model import Bilingual, Template

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
        "docx": str,
        "size_pt": (int, float),
    },
    "colors": {"heading": str, "accent": str, "muted": str},
    "organization": {"id": str, "en": str},
    "document": {"classification": str, "pending_id": str, "pending_en": str},
}
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


def _build(folder: Path, toml_path: Path, data: dict[str, Any]) -> Template:
    page = data.get("page", {})
    fonts = data.get("fonts", {})
    colors = data.get("colors", {})
    org = data.get("organization", {})
    doc = data.get("document", {})
    template = Template(name=folder.name, path=str(folder.resolve()))

    size = page.get("size", "A4")
    if size not in ("A4", "Letter"):
        raise TemplateError(f'{toml_path}: \'page.size\' must be "A4" or "Letter" (got {size!r})')
    margins = page.get("margins_mm", list(template.margins_mm))
    if len(margins) != 4 or not all(isinstance(m, int | float) and 0 <= m <= 80 for m in margins):
        raise TemplateError(f"{toml_path}: 'page.margins_mm' must be four numbers from 0 to 80")

    font_paths: dict[str, str | None] = {}
    for key in ("regular", "bold", "italic", "bold_italic"):
        if key in fonts:
            font = (folder / fonts[key]).resolve()
            if not font.is_file():
                raise TemplateError(f"{toml_path}: 'fonts.{key}': font file {font} not found")
            if font.suffix.lower() != ".ttf":
                raise TemplateError(f"{toml_path}: 'fonts.{key}': only TrueType .ttf fonts can be embedded")
            font_paths[key] = str(font)
        else:
            font_paths[key] = None
    if font_paths["regular"] is None and any(font_paths.values()):
        raise TemplateError(f"{toml_path}: 'fonts.regular' is required when other fonts are given")

    for key, value in colors.items():
        if not _HEX.match(value):
            raise TemplateError(f"{toml_path}: 'colors.{key}' must be six hex digits (got {value!r})")
    size_pt = float(fonts.get("size_pt", template.base_size_pt))
    if not 6 <= size_pt <= 16:
        raise TemplateError(f"{toml_path}: 'fonts.size_pt' must be between 6 and 16")

    return replace(
        template,
        page_size=size,
        margins_mm=(float(margins[0]), float(margins[1]), float(margins[2]), float(margins[3])),
        font_regular=font_paths["regular"],
        font_bold=font_paths["bold"] or font_paths["regular"],
        font_italic=font_paths["italic"] or font_paths["regular"],
        font_bold_italic=font_paths["bold_italic"] or font_paths["bold"] or font_paths["regular"],
        docx_font=fonts.get("docx", template.docx_font),
        base_size_pt=size_pt,
        color_heading=colors.get("heading", template.color_heading).upper(),
        color_accent=colors.get("accent", template.color_accent).upper(),
        color_muted=colors.get("muted", template.color_muted).upper(),
        organization=Bilingual.both(org.get("id", ""), org.get("en", org.get("id", ""))),
        classification=doc.get("classification", ""),
        pending_marker=Bilingual.both(
            doc.get("pending_id", template.pending_marker.id),
            doc.get("pending_en", template.pending_marker.en or ""),
        ),
    )
