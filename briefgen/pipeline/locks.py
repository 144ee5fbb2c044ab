"""Lock files (the output folder's, the memory's): ``flock`` where the system has it, filelock elsewhere.

filelock takes ~20 ms to import (a tenth of an unchanged rerun); on Linux and macOS it does what
this does, an exclusive ``flock`` on the open file, tried again every 50 ms until the wait is over,
so the two see each other's locks (the tests hold one with filelock).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

RETRY_SECONDS = 0.05


class LockTimeout(Exception):
    """The lock was still held by another process when the wait was over."""


@contextlib.contextmanager
def held(path: Path, wait: float) -> Iterator[None]:
    """Holds an exclusive lock on the file ``path`` (created when missing), waiting up to ``wait``
    seconds for it; :class:`LockTimeout` after that, ``OSError`` when the file cannot be opened."""
    try:
        import fcntl
    except ImportError:  # Windows
        with _held_by_filelock(path, wait):
            yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LockTimeout(str(path)) from None
                time.sleep(min(RETRY_SECONDS, left))
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _held_by_filelock(path: Path, wait: float) -> Iterator[None]:
    from filelock import FileLock, Timeout

    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise LockTimeout(str(path)) from None
    try:
        yield
    finally:
        lock.release()
