"""Stopped by a person (SIGINT) or by cron's timeout (SIGTERM): a line saying so, the usual exit code,
the previous outputs whole, no temporary file, the lock free; stopped while starting, one line too."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def many_sources(folder: Path, copies: int) -> Path:
    """Our samples many times over under other names (and a word changed), so a build takes a while."""
    folder.mkdir()
    for n in range(copies):
        for source in (REPO / "sources").iterdir():
            text = source.read_text(encoding="utf-8").replace("Jakarta", f"Jakarta {n}")
            (folder / f"{source.stem}-{n}{source.suffix}").write_text(text, encoding="utf-8")
    return folder


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_build_says_so_keeps_the_previous_outputs_and_frees_the_lock(
    tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    # Enough sources that the build outlasts the wait below on a fast machine too (16 copies built in
    # under a second here, and the build sometimes ended before the signal came).
    sources = many_sources(tmp_path / "sources", 40)
    out = tmp_path / "out"
    log = tmp_path / "logs" / "briefgen.log"
    log.parent.mkdir()
    build = [sys.executable, "-m", "briefgen", "build", str(sources), "--out", str(out), "--quiet"]
    first = subprocess.run(build, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    # Timed on a second build: the first one on a new machine also fills the caches of Python and
    # of the name patterns, and a third of its time could outlast the whole of the next build.
    shutil.rmtree(out / ".briefgen-cache")
    started = time.monotonic()
    second = subprocess.run([*build, "--force"], capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    took = time.monotonic() - started
    before = digests(out)
    shutil.rmtree(out / ".briefgen-cache")  # so the stopped build has everything to understand again

    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "--log-file", str(log), "build", str(sources), "--out", str(out)]
        + ["--force", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    time.sleep(max(0.8, took / 3))  # started, holding the lock, understanding the sources
    assert process.poll() is None, "the build ended before it could be stopped; give it more sources"
    process.send_signal(sig)
    stopped = time.monotonic()
    _, err = process.communicate(timeout=60)
    assert time.monotonic() - stopped < 15
    assert process.returncode == code, err
    name = signal.Signals(sig).name
    assert err.splitlines() == [f"briefgen: interrupted ({name}); previous outputs kept"]
    assert f"briefgen: interrupted ({name}); previous outputs kept" in log.read_text(encoding="utf-8")
    assert digests(out) == before  # the documents and the manifest, and no temporary file
    from filelock import FileLock

    FileLock(str(out / ".briefgen.lock")).acquire(timeout=1)


# Stopped while the command line is still being imported: here the signal is sent the moment Typer
# starts to load, which a person's Ctrl-C right after pressing Enter can match.
_STOPPED_WHILE_LOADING = """
import builtins, os, signal, sys
from briefgen.__main__ import main

load = builtins.__import__

def loading(name, *args, **kwargs):
    if name == "typer":
        os.kill(os.getpid(), signal.SIG)
    return load(name, *args, **kwargs)

builtins.__import__ = loading
sys.argv = ["briefgen", "--help"]
main()
"""


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stop_while_starting_is_one_line_not_a_traceback(sig: signal.Signals, code: int) -> None:
    script = _STOPPED_WHILE_LOADING.replace("signal.SIG)", f"signal.{sig.name})")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == code, run.stderr
    assert run.stderr.splitlines() == [f"briefgen: interrupted ({sig.name}) while starting; nothing done"]
    assert run.stdout == ""  # the help was never printed
