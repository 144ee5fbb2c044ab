"""``briefgen doctor``: checks of the installation and the project, one named step each."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from briefgen.config import Config
from briefgen.errors import BriefgenError, SourceError
from briefgen.pipeline.outputs import prepare_out, write_atomic
from briefgen.pipeline.sources import discover
from briefgen.pipeline.translation import MEMORY_FILE, translation_of
from briefgen.standards import HANGUL_FONTS


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def doctor(config: Config) -> list[Check]:
    """Checks the installation and the project: libraries, templates, fonts, output, translation."""
    import importlib

    checks: list[Check] = []
    for module in (
        "docx",
        "reportlab",
        "pypdf",
        "selectolax.lexbor",
        "babel",
        "filelock",
        "yaml",
    ):
        try:
            importlib.import_module(module)
            checks.append(Check(f"library {module}", True, "importable"))
        except Exception as exc:  # noqa: BLE001 - report, never crash
            checks.append(Check(f"library {module}", False, f"cannot be imported ({exc})"))

    from briefgen.templates import BUILTIN_TEMPLATES, find_template, list_templates, load_template

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
    hangul = [p for p in HANGUL_FONTS if Path(p).is_file()]
    checks.append(
        Check(
            "Hangul fallback font",
            bool(hangul),
            hangul[0]
            if hangul
            else "none found: Korean names are reported, not drawn (apt install fonts-nanum)",
        )
    )

    out = config.out
    try:
        probe = prepare_out(out) / f".briefgen-doctor-{os.getpid()}.tmp"
        write_atomic(probe, b"ok")
        probe.unlink()
        checks.append(Check("output folder", True, f"{out} is writable"))
    except (BriefgenError, OSError) as exc:
        checks.append(Check("output folder", False, str(exc)))

    sources = [p for p in config.sources if p.exists()]
    found = discover(sources) if sources else []
    checks.append(
        Check(
            "sources", bool(found), f"{len(found)} article file(s) in " + ", ".join(map(str, config.sources))
        )
    )

    try:
        translation = translation_of(config)
    except SourceError as exc:  # the memory (or a glossary) cannot be read: say how to get it back
        table = config.extra.get("translation", {})
        memory_path = Path(str(table.get("memory", MEMORY_FILE) if isinstance(table, dict) else MEMORY_FILE))
        name = "translation memory" if exc.path == str(memory_path) else "translation settings"
        checks.append(Check(name, False, exc.message))
        return checks
    except BriefgenError as exc:
        checks.append(Check("translation settings", False, exc.message))
        return checks
    checks.append(Check("glossary", True, f"{len(translation.glossary)} entries"))
    checks.append(
        Check("translation memory", True, f"{translation.memory_path}: {len(translation.memory)} entries")
    )
    if translation.backend is None:
        checks.append(Check("machine translation", True, "off"))
    else:
        from briefgen.translate.mt import MTError

        try:
            answer = translation.backend.translate(["Selamat pagi."])
            checks.append(
                Check("machine translation", True, f"{translation.backend.name} answered {answer[0]!r}")
            )
        except MTError as exc:
            checks.append(Check("machine translation", False, exc.message))
    return checks
