"""Worker processes: how many, how each starts (dying with its build) and how they are ended."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
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
    if hasattr(signal, "pthread_sigmask"):  # forked while they were held (signals_held)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait while this process forks, and arrive when the forking is done.

    Forking runs Python's at-fork hooks (``logging`` takes and gives back its module lock). The
    build's handler raises where it is; raised inside such a hook, the exception is printed and
    dropped ("Exception ignored in: <function _releaseLock …>", a traceback on stderr) and the lock
    stays taken, so the build hung at its next log line instead of stopping. Held, the signal is
    handled right after, where raising is safe. The children start with them held, and
    :func:`worker_start` lets them through again.
    """
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # not POSIX: nothing is forked there
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


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
