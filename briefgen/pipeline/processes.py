"""Worker processes: how many, how each starts (dying with its build) and how they are ended."""

from __future__ import annotations

import contextlib
import os
from typing import Any


def worker_start(parent: int) -> None:
    """Run first in every worker process: it dies with the build that started it.

    A pool's idle worker waits for work forever; were the build killed (by cron's timeout, by
    a person), the workers would be left behind holding its output pipes open. Linux can end
    them with their parent (``PR_SET_PDEATHSIG``); elsewhere they end when their pool does.
    """
    import sys

    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent was already gone before that took effect
        os._exit(1)
    import signal

    # Ctrl-C reaches the whole process group: the build itself stops its workers and says so.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def worker_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def end_workers(pool: Any) -> None:
    """Kills a pool's worker processes, so leaving the pool does not wait for their work."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, AttributeError):
            process.kill()
    end_children()


def end_children() -> None:
    """Kills every process this one started and has not yet joined.

    A signal can arrive while a pool is starting its workers, after a worker was forked but
    before the pool recorded it; that worker waits for work forever, and at exit
    multiprocessing would wait for it in turn. Called when the build is stopped.
    """
    import multiprocessing

    for child in multiprocessing.active_children():
        with contextlib.suppress(OSError, AttributeError, ValueError):
            child.kill()
