"""Safe under cron: a lock, atomic outputs that survive SIGKILL, a manifest, byte-identical reruns."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from readback import docx_text

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "sources"


def briefgen(*args: str, cwd: Path = REPO) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.Popen(
        [sys.executable, "-m", "briefgen", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(*args: str) -> subprocess.CompletedProcess[str]:
    process = briefgen(*args)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("brief-*"))}


def many_sources(folder: Path, copies: int) -> Path:
    """Our samples, several times over under other names, so a build takes a few seconds."""
    folder.mkdir()
    for n in range(copies):
        for source in SOURCES.iterdir():
            shutil.copy(source, folder / f"{source.stem}-{n}{source.suffix}")
    return folder


def test_no_change_rerun_writes_nothing_and_force_gives_identical_bytes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ("build", str(SOURCES), "--out", str(out), "--prepared", "2026-01-26")
    first = run(*args)
    assert first.returncode == 0, first.stderr
    written = [Path(line) for line in first.stdout.splitlines()]
    assert sorted(p.name for p in written) == sorted(digests(out))
    before = {p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in written}
    recorded = digests(out)

    again = run(*args)
    assert again.returncode == 0 and again.stdout == ""
    assert "up to date, nothing written" in again.stderr
    assert {p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in written} == before

    forced = run(*args, "--force")
    assert forced.returncode == 0 and forced.stdout == first.stdout
    assert {p.name: p.stat().st_ino for p in written} != {k: v[1] for k, v in before.items()}  # rewritten
    assert digests(out) == recorded  # … to the very same bytes

    # A changed input, template setting or option is not "up to date".
    assert run(*args, "--layout", "sequential").stdout != ""
    (tmp_path / "extra.md").write_text("---\ntitle: Rapat\n---\nJakarta - Rapat digelar Senin (19/1/2026).\n")
    assert run("build", str(SOURCES), str(tmp_path / "extra.md"), "--out", str(out)).stdout != ""


def test_quiet_prints_nothing_on_success(tmp_path: Path) -> None:
    done = run("build", str(SOURCES), "--out", str(tmp_path / "out"), "--quiet")
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""
    assert len(digests(tmp_path / "out")) == 2


def test_log_file_records_what_happened(tmp_path: Path) -> None:
    log = tmp_path / "briefgen.log"
    run("--log-file", str(log), "build", str(SOURCES), "--out", str(tmp_path / "out"), "-q")
    run("--log-file", str(log), "build", str(SOURCES), "--out", str(tmp_path / "out"), "-q")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert any(line.endswith(".pdf") and "wrote" in line for line in lines)
    assert "up to date" in lines[-1]
    assert all(line[:4].isdigit() and "T" in line.split()[0] for line in lines)  # time-stamped


def test_a_held_lock_makes_the_second_run_wait_then_give_up(tmp_path: Path) -> None:
    from filelock import FileLock

    out = tmp_path / "out"
    out.mkdir()
    with FileLock(str(out / ".briefgen.lock")):
        done = run("build", str(SOURCES), "--out", str(out), "--wait", "0.5")
    assert done.returncode == 1
    assert "another briefgen run is writing here" in done.stderr and "0.5 s" in done.stderr
    assert digests(out) == {}


def test_two_concurrent_builds_both_succeed_with_whole_files(tmp_path: Path) -> None:
    sources = many_sources(tmp_path / "sources", 3)
    out = tmp_path / "out"
    args = ("build", str(sources), "--out", str(out), "--prepared", "2026-01-26", "--force")
    processes = [briefgen(*args), briefgen(*args)]
    results = [p.communicate(timeout=180) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], [err for _, err in results]
    reference = tmp_path / "reference"
    assert run("build", str(sources), "--out", str(reference), "--prepared", "2026-01-26").returncode == 0
    assert digests(out) == digests(reference)
    assert not list(out.glob(".*.tmp"))


@pytest.mark.parametrize("delay", [0.5, 1.4, 2.3])
def test_a_build_killed_midway_leaves_old_or_new_files_never_torn(tmp_path: Path, delay: float) -> None:
    sources = many_sources(tmp_path / "sources", 6)
    out, reference = tmp_path / "out", tmp_path / "reference"
    args = ["--out", str(out), "--prepared", "2026-01-26"]
    assert run("build", str(sources), *args).returncode == 0
    old = digests(out)
    # The new build has one more article, so every output changes.
    (sources / "zz-tambahan.txt").write_text(
        "Jakarta - Kemenekraf menggelar rapat koordinasi, Rabu (21/1/2026).\n", encoding="utf-8"
    )
    assert run("build", str(sources), "--out", str(reference), "--prepared", "2026-01-26").returncode == 0
    new = digests(reference)
    assert set(new) == set(old) and all(new[name] != old[name] for name in new)

    process = briefgen("build", str(sources), *args)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    now = digests(out)
    assert set(now) == set(old), "no torn, missing or stray output names"
    for name, digest in now.items():
        assert digest in (old[name], new[name]), f"{name} is neither the old nor the new file"

    # The next run cleans up what the killed one left and finishes the job.
    done = run("build", str(sources), *args)
    assert done.returncode == 0, done.stderr
    assert digests(out) == new
    assert not list(out.glob(".*.tmp"))


def test_a_progress_bar_in_a_terminal_and_none_in_a_pipe(tmp_path: Path) -> None:
    import pty

    args = [sys.executable, "-m", "briefgen", "build", str(SOURCES), "--out", str(tmp_path / "out")]
    pid, fd = pty.fork()
    if pid == 0:  # the child: briefgen with a terminal on stdout and stderr
        os.execv(sys.executable, args)
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # the terminal closes when the child exits
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0
    assert "understanding" in shown and "5/5" in shown and "writing DOCX and PDF" in shown

    piped = run("build", str(SOURCES), "--out", str(tmp_path / "piped"))
    assert piped.returncode == 0
    assert "understanding" not in piped.stderr and "\x1b[" not in piped.stderr + piped.stdout


# --------------------------------------------------------------------------- a quiet week, the log

STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00 briefgen: ")  # ISO 8601, Asia/Jakarta


def log_lines(log: Path) -> list[str]:
    lines = log.read_text(encoding="utf-8").splitlines()
    assert all(STAMP.match(line) for line in lines), lines
    return [STAMP.sub("", line) for line in lines]


def test_a_quiet_week_is_skipped_silently_with_one_line_in_a_new_log_folder(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "briefgen.log"  # logs/ does not exist yet
    out = tmp_path / "out"
    done = run("--log-file", str(log), "build", str(SOURCES), "--out", str(out), "--week", "2026-W10", "-q")
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""
    assert not out.exists()
    start, skipped = log_lines(log)
    assert start.startswith(
        f"run: briefgen --log-file {log} build {SOURCES} --out {out} --week 2026-W10 -q ("
    )
    assert "period: 2026-W10 (2026-03-02 to 2026-03-08)" in start and f"sources: {SOURCES}" in start
    assert "if-empty: skip" in start and "template: default" in start
    assert skipped.startswith("no article to brief: of ") and "outside 2026-W10" in skipped
    assert skipped.endswith("; no document written (--if-empty skip)")


def test_a_quiet_week_fails_when_asked(tmp_path: Path) -> None:
    log = tmp_path / "briefgen.log"
    args = (
        "--log-file",
        str(log),
        "build",
        str(SOURCES),
        "--out",
        str(tmp_path / "out"),
        "--week",
        "2026-W10",
    )
    done = run(*args, "--if-empty", "fail", "-q")
    assert done.returncode == 1 and done.stderr.startswith("briefgen: error: no article to brief: ")
    assert done.stderr.count("\n") == 1 and not (tmp_path / "out").exists()
    assert [line.split(":")[0] for line in log_lines(log)] == ["run", "error"]


def test_a_quiet_week_can_write_a_one_page_no_reports_brief(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "out"
    done = run("build", str(SOURCES), "--out", str(out), "--week", "2026-W10", "--if-empty", "write")
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.splitlines()]
    assert [p.name for p in written] == ["brief-2026-W10.docx", "brief-2026-W10.pdf"]
    assert "writing a 'no reports this period' brief" in done.stderr
    pdf = PdfReader(written[1])
    assert len(pdf.pages) == 1
    text = " ".join(pdf.pages[0].extract_text().split())
    assert "Tidak ada laporan pada periode ini." in text and "No reports this period." in text
    assert "2–8 Maret 2026" in text and "2–8 March 2026" in text
    assert "No reports this period." in docx_text(written[0])


def test_if_empty_in_the_settings_file_and_its_errors(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "sources").mkdir()  # no articles at all
    (project / "briefgen.toml").write_text('[build]\nif_empty = "write"\nformats = ["pdf"]\n')
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "build"], cwd=project, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "out/brief-empty.pdf\n" and (project / "out" / "brief-empty.pdf").is_file()
    (project / "briefgen.toml").write_text('[build]\nif_empty = "maybe"\n')
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "build"], cwd=project, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1 and done.stderr == (
        "briefgen: error: briefgen.toml: build.if_empty: "
        "--if-empty must be skip, fail or write (got 'maybe')\n"
    )
