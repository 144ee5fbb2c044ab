"""Plain str and Path options are converted without pydantic, with the same values and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.models import OptionInfo

from briefgen.cli import coercion

REPO = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
from briefgen.cli import main
sys.argv = ["briefgen", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
print("\\n@@" + json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_a_build_with_every_kind_of_option_given_imports_no_pydantic(tmp_path: Path) -> None:
    args = ["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "--lang", "id"]
    args += ["--tag", "a", "--tag", "b", "--annex", "--prepared", "2026-01-26", "--wait", "1"]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert "nowhere: no such file or folder" in done.stderr  # the options were parsed and used
    modules = json.loads(done.stdout.rsplit("@@", 1)[1])
    assert "typer" in modules and "pydantic" not in modules


def test_only_unchecked_str_path_and_flag_options_are_converted_plainly() -> None:
    assert coercion.plain_conversion(str, OptionInfo()) == (str, False)
    assert coercion.plain_conversion(Path, OptionInfo()) == (Path, False)
    assert coercion.plain_conversion(list[Path], OptionInfo()) == (Path, True)
    assert coercion.plain_conversion(int, OptionInfo()) is None
    assert coercion.plain_conversion(list[int], OptionInfo()) is None
    assert coercion.plain_conversion(Path, OptionInfo(exists=True)) is None
    assert coercion.plain_conversion(Path, OptionInfo(resolve_path=True)) is None
    assert coercion.plain_conversion(str, OptionInfo(parser=str.upper)) is None


APP = """
import json, sys
from pathlib import Path
from typing import Annotated

import typer
from typer.testing import CliRunner

if sys.argv[1] == "plain":
    from briefgen.cli import coercion

    coercion.install()
app = typer.Typer()


@app.command()
def run(
    name: Annotated[str | None, typer.Option()] = None,
    where: Annotated[Path | None, typer.Option()] = None,
    many: Annotated[list[Path] | None, typer.Option()] = None,
    count: Annotated[int, typer.Option()] = 1,
    loud: Annotated[bool, typer.Option("--loud")] = False,
) -> None:
    print(json.dumps([repr(name), repr(where), repr(many), repr(count), repr(loud)]))


done = CliRunner().invoke(app, json.loads(sys.argv[2]))
print(json.dumps([done.exit_code, done.output]))
"""


def _run(conversion: str, args: list[str]) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-c", APP, conversion, json.dumps(args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    code, output = json.loads(done.stdout.splitlines()[-1])
    return code, output


def test_converted_values_and_errors_are_those_typer_gives() -> None:
    given = ["--name", "x y", "--where", "a/b", "--many", "c", "--many", "d", "--loud"]
    for args in (given, [], ["--count", "3"], ["--count", "many"], ["--where"]):
        plain, typers = _run("plain", args), _run("typer", args)
        assert plain == typers, args
    assert json.loads(_run("plain", given)[1]) == [
        "'x y'",
        "PosixPath('a/b')",
        "[PosixPath('c'), PosixPath('d')]",
        "1",
        "True",
    ]
    assert _run("plain", ["--count", "many"])[0] == 2  # typer's own error for a number
