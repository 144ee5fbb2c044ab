"""``briefgen doctor``: checks of the installation and the project, one named step each."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.config import Config
from briefgen.errors import BriefgenError, SourceError
from briefgen.pipeline.outputs import prepare_out, write_atomic
from briefgen.pipeline.sources import discover
from briefgen.pipeline.translation import translation_of
from briefgen.standards import HANGUL_FONTS

if TYPE_CHECKING:
    from briefgen.translate.mt import Backend


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def doctor(config: Config) -> list[Check]:
    """Checks the installation and the project: libraries, templates, fonts, output, translation."""
    return [
        *_libraries(),
        *_templates(),
        _hangul_font(),
        _output_folder(config.out),
        _sources(config.sources),
        *_translation(config),
    ]


LIBRARIES = ("docx", "reportlab", "pypdf", "selectolax.lexbor", "babel", "filelock", "yaml")
"""The libraries briefgen imports when it needs them, so a broken one shows only here."""


def _libraries() -> list[Check]:
    import importlib

    checks: list[Check] = []
    for module in LIBRARIES:
        try:
            importlib.import_module(module)
            checks.append(Check(f"library {module}", True, "importable"))
        except Exception as exc:  # noqa: BLE001 - report, never crash
            checks.append(Check(f"library {module}", False, f"cannot be imported ({exc})"))
    return checks


def _templates() -> list[Check]:
    """Every template found loads, with its fonts; every built-in one is there."""
    from briefgen.templates import BUILTIN_TEMPLATES, find_template, list_templates, load_template

    checks: list[Check] = []
    names = list_templates()
    for name in names:
        try:
            template = load_template(name)
            fonts = [f for f in (template.font_regular, template.font_bold) if f]
            detail = "fonts: " + (", ".join(Path(f).name for f in fonts) if fonts else "built-in Vera")
            checks.append(Check(f"template {name}", True, f"{detail}; in {find_template(name).parent}"))
        except BriefgenError as exc:
            checks.append(Check(f"template {name}", False, exc.message))
    for name in BUILTIN_TEMPLATES:  # a wheel without its package data lists nothing at all
        if name not in names:
            checks.append(Check(f"template {name}", False, "not found: briefgen is installed without it"))
    return checks


def _hangul_font() -> Check:
    hangul = [p for p in HANGUL_FONTS if Path(p).is_file()]
    if hangul:
        return Check("Hangul fallback font", True, hangul[0])
    return Check(
        "Hangul fallback font",
        False,
        "none found: Korean names are reported, not drawn (apt install fonts-nanum)",
    )


def _output_folder(out: Path) -> Check:
    try:
        probe = prepare_out(out) / f".briefgen-doctor-{os.getpid()}.tmp"
        write_atomic(probe, b"ok")
        probe.unlink()
        return Check("output folder", True, f"{out} is writable")
    except (BriefgenError, OSError) as exc:
        return Check("output folder", False, str(exc))


def _sources(paths: tuple[Path, ...]) -> Check:
    existing = [p for p in paths if p.exists()]
    found = discover(existing) if existing else []
    return Check("sources", bool(found), f"{len(found)} article file(s) in " + ", ".join(map(str, paths)))


def _translation(config: Config) -> list[Check]:
    """The translation settings load (glossary, memory) and the MT backend, if any, answers."""
    try:
        translation = translation_of(config)
    except SourceError as exc:  # the memory (or a glossary) cannot be read: say how to get it back
        name = "translation memory" if exc.path == str(config.translation.memory) else "translation settings"
        return [Check(name, False, exc.message)]
    except BriefgenError as exc:
        return [Check("translation settings", False, exc.message)]
    return [
        Check("glossary", True, f"{len(translation.glossary)} entries"),
        Check("translation memory", True, f"{translation.memory_path}: {len(translation.memory)} entries"),
        _machine_translation(translation.backend),
    ]


def _machine_translation(backend: Backend | None) -> Check:
    if backend is None:
        return Check("machine translation", True, "off")
    from briefgen.translate.mt import MTError

    try:
        answer = backend.translate(["Selamat pagi."])
        return Check("machine translation", True, f"{backend.name} answered {answer[0]!r}")
    except MTError as exc:
        return Check("machine translation", False, exc.message)
