"""The layering of STYLE.md holds: imports go downwards only, heavy libraries stay in their rooms."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefgen"

# Higher numbers may import lower ones, never the reverse; siblings on level 3 not each other.
LAYER = {
    "cli": 1,
    "__main__": 1,
    "pipeline": 2,
    "compose": 2,
    "evaluation": 2,
    "readers": 3,
    "select": 3,
    "extract": 3,
    "translate": 3,
    "writers": 3,
    "templates": 3,
    "config": 4,
    "errors": 4,
    "model": 5,
    "__init__": 5,
}
# Imports within one level that are part of the design.
SAME_LEVEL = {("pipeline", "compose"), ("pipeline", "evaluation"), ("config", "errors"), ("__main__", "cli")}
# Which top-level package may import each heavy library, and only inside functions.
HEAVY = {
    "docx": {"writers"},
    "reportlab": {"writers"},
    "selectolax": {"readers"},
    "typer": {"cli"},
    "filelock": {"pipeline"},
    "rich": {"cli", "writers"},
}


def modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found.append((parts[0], path))
    return found


def imports(path: Path) -> list[tuple[str, bool]]:
    """(module imported, at module level?) for every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    result = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            result.extend((alias.name, id(node) in top) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            result.append((node.module, id(node) in top))
    return result


def test_layers_only_import_downwards() -> None:
    for room, path in modules():
        for name, _ in imports(path):
            if not name.startswith("briefgen."):
                continue
            target = name.split(".")[1]
            if target == room:
                continue
            allowed = LAYER[target] > LAYER[room] or (room, target) in SAME_LEVEL
            assert allowed, f"{path} imports {name}"


def test_heavy_libraries_stay_in_their_rooms_and_load_lazily() -> None:
    for room, path in modules():
        for name, at_top in imports(path):
            library = name.split(".")[0]
            if library not in HEAVY:
                continue
            assert room in HEAVY[library], f"{path} imports {library}"
            if library not in ("typer",):
                assert not at_top, f"{path} imports {library} at module level (slows start-up)"
