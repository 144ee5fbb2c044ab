"""Start-up stays light: commands import only the libraries they use (a structural check, not a timing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_TXT = REPO / "sources" / "2026-01-20-film-korea.txt"

# Libraries that cost tens to hundreds of milliseconds to import (shared/NOTES.md), and briefgen's
# own modules that pull them in. None of them is needed to print help or understand one article.
WRITERS = ("docx", "reportlab", "briefgen.writers.docx", "briefgen.writers.pdf")
HEAVY = (*WRITERS, "rapidfuzz", "selectolax", "filelock", "pypdf", "babel", "yaml")

# Runs the command line in this process, as the ``briefgen`` script does, then reports which
# modules were imported: every top-level name and every briefgen module.
PROBE = """
import json, sys
from briefgen.cli import main
sys.argv = ["briefgen", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
names = {m.split(".")[0] for m in sys.modules} | {m for m in sys.modules if m.startswith("briefgen")}
print("\\n@@" + json.dumps(sorted(names)))
"""


def imported_by(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert "@@" in done.stdout, done.stderr
    names: list[str] = json.loads(done.stdout.rsplit("@@", 1)[1])
    return set(names)


def loaded(names: set[str], modules: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m in names]


def test_help_imports_no_heavy_library() -> None:
    names = imported_by("--help")
    assert "briefgen.cli" in names  # the probe really ran the command line
    assert loaded(names, HEAVY) == []
    assert not any(n.startswith(("briefgen.pipeline", "briefgen.extract", "briefgen.writers")) for n in names)


@pytest.mark.parametrize("command", ["build", "inspect", "doctor", "templates", "translate"])
def test_a_command_help_imports_no_heavy_library(command: str) -> None:
    assert loaded(imported_by(command, "--help"), HEAVY) == []


def test_inspect_of_one_text_article_imports_no_writer_or_unused_library() -> None:
    names = imported_by("inspect", str(SAMPLE_TXT), "--json")
    assert "briefgen.extract" in names  # the article was understood
    assert loaded(names, HEAVY) == []


def test_importing_the_pipeline_imports_no_heavy_library() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys, briefgen.pipeline; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    names = set(done.stdout.split())
    assert "briefgen.pipeline" in names, done.stderr
    assert loaded({n.split(".")[0] for n in names} | names, HEAVY) == []
