"""Lock files: one holder at a time, between briefgen's own locks and filelock's, waiting as told."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefgen.pipeline.locks import LockTimeout, held

HOLD = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
time.sleep(float(sys.argv[2]))
lock.release()
"""

TRY = """
import sys
from filelock import FileLock, Timeout
try:
    FileLock(sys.argv[1]).acquire(timeout=0)
except Timeout:
    print("busy")
else:
    print("free")
"""


def holder(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding ``path`` with filelock for ``seconds``, once it says so."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline() == "held\n"
    return process


def tried_elsewhere(path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", TRY, str(path)], capture_output=True, text=True)
    return done.stdout.strip()


def test_a_lock_held_elsewhere_is_waited_for_then_given_up(tmp_path: Path) -> None:
    lock = tmp_path / ".briefgen.lock"
    other = holder(lock, 30)
    try:
        started = time.monotonic()
        with pytest.raises(LockTimeout), held(lock, 0.3):
            pass
        assert 0.3 <= time.monotonic() - started < 5
    finally:
        other.kill()
        other.wait()


def test_a_lock_released_elsewhere_during_the_wait_is_taken(tmp_path: Path) -> None:
    lock = tmp_path / ".briefgen.lock"
    other = holder(lock, 0.5)
    started = time.monotonic()
    with held(lock, 30):
        assert time.monotonic() - started > 0.2  # waited for the other to let go
        assert tried_elsewhere(lock) == "busy"  # and holds it now
    assert other.wait() == 0


def test_a_lock_held_here_is_seen_elsewhere_and_freed_after_the_block(tmp_path: Path) -> None:
    lock = tmp_path / ".briefgen.lock"
    with held(lock, 0):
        assert tried_elsewhere(lock) == "busy"
    assert tried_elsewhere(lock) == "free"
    with pytest.raises(ZeroDivisionError), held(lock, 0):
        raise ZeroDivisionError
    assert tried_elsewhere(lock) == "free"  # freed when the block fails too


def test_a_lock_in_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError), held(tmp_path / "missing" / ".briefgen.lock", 0):
        pass
