"""Bad values from an operator's bad day: one ``briefgen: error:`` line and an exit code, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sources"


def run(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        cwd=cwd,
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=180,
    )


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefgen: error: "), done.stderr
    assert done.stdout == ""
    return lines[0]


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400", "abc", ""])
def test_a_wait_that_is_not_a_number_of_seconds_is_a_usage_error(tmp_path: Path, value: str) -> None:
    done = run("build", str(SAMPLE), "--out", "out", "--wait", value, cwd=tmp_path)
    assert done.returncode == 2
    assert f"--wait must be a number of seconds, zero or more (got '{value}')" in one_error_line(done)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("value", ["nan", "inf", "-1", '"soon"', "9" * 400])
def test_a_wait_in_the_settings_file_that_is_not_a_number_of_seconds(tmp_path: Path, value: str) -> None:
    (tmp_path / "briefgen.toml").write_text(f"[build]\nwait = {value}\n", encoding="utf-8")
    done = run("build", str(SAMPLE), "--out", "out", cwd=tmp_path)
    assert done.returncode == 1  # like every other bad value in a settings file
    line = one_error_line(done)
    assert "briefgen.toml: build.wait: must be a number of seconds, zero or more" in line


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--prepared", "2108-01-01"], {}),
        ([], {"SOURCE_DATE_EPOCH": "99999999999"}),  # the year 5138
    ],
)
def test_a_preparation_date_after_2107_still_gives_a_docx(
    tmp_path: Path, args: list[str], env: dict[str, str]
) -> None:
    done = run("build", str(SAMPLE), "--out", "out", "--format", "docx", *args, cwd=tmp_path, **env)
    assert done.returncode == 0, done.stderr
    docx = Path(tmp_path / done.stdout.split()[0])
    with zipfile.ZipFile(docx) as archive:
        assert archive.testzip() is None
        # ZIP can record years up to 2107: the members carry its last day, the document the real date
        assert {info.date_time[:3] for info in archive.infolist()} == {(2107, 12, 31)}
        core = archive.read("docProps/core.xml").decode()
    assert ("2108-01-01" if args else "5138-") in core


def test_a_settings_file_nested_thousands_deep_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "briefgen.toml").write_text("[translation]\nx = " + "[" * 5000 + "]" * 5000 + "\n")
    done = run("build", str(SAMPLE), "--out", "out", cwd=tmp_path)
    assert done.returncode == 1
    assert "briefgen.toml: not valid TOML (arrays or tables nested too deeply)" in one_error_line(done)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("wait = " + "9" * 5000, "briefgen.toml: not valid TOML (a number of more than 4300 digits)"),
        (
            "[translation]\nbackend = 'libretranslate'\nurl = 'http://127.0.0.1:9'\ntimeout = " + "9" * 400,
            "timeout",
        ),
    ],
)
def test_a_settings_number_too_large_for_anything_is_one_line(
    tmp_path: Path, line: str, message: str
) -> None:
    (tmp_path / "briefgen.toml").write_text(("[build]\n" if line.startswith("wait") else "") + line + "\n")
    done = run("build", str(SAMPLE), "--out", "out", cwd=tmp_path)
    assert done.returncode in (1, 2)
    assert message in one_error_line(done)
    assert not (tmp_path / "out").exists()


def test_a_bad_topic_lexicon_or_a_missing_one_in_the_settings_is_one_line_and_no_brief(
    tmp_path: Path,
) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "event-topics.csv").write_text("id,en,note\nharga beras,,\n", encoding="utf-8")
    done = run("build", str(SAMPLE), "--out", "out", cwd=tmp_path)
    assert done.returncode == 1
    line = one_error_line(done)
    assert "event-topics.csv: line 2: the en (English) column is empty for 'harga beras'" in line
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    (tmp_path / "lexicon" / "event-topics.csv").unlink()
    (tmp_path / "briefgen.toml").write_text('[translation]\nevent_topics = ["nope.csv"]\n', encoding="utf-8")
    done = run("build", str(SAMPLE), "--out", "out", cwd=tmp_path)
    assert done.returncode == 1
    assert "nope.csv: lexicon file not found (translation.event_topics in briefgen.toml)" in one_error_line(
        done
    )
