"""Every third-party library briefgen imports is a declared dependency of the package."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefgen"


def imported_modules(path: Path) -> set[str]:
    """The top-level names of the absolute imports in one module (wherever in the file they stand)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_every_library_briefgen_imports_is_a_declared_dependency() -> None:
    """An import that only works because another package pulled it in breaks on the next upgrade."""
    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {
        re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0].lower().replace("_", "-")
        for spec in pyproject["project"]["dependencies"]
    }
    distributions = importlib.metadata.packages_distributions()
    checked = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        for top in imported_modules(path):
            if top in sys.stdlib_module_names or top == "briefgen":
                continue
            names = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
            assert names & declared, f"{path} imports {top} ({', '.join(sorted(names))}), not in dependencies"
            checked += 1
    assert checked > 10  # the walk really saw briefgen's imports
