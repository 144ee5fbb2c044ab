"""Worker processes: a stop signal that arrives while the build forks is handled after the fork,
and a stopped build does not wait for its pool to wind down."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefgen.pipeline.processes import worker_count

# A build's stop handler raises where the signal lands. Here the signal lands inside an at-fork
# hook, as it can in a real build (logging's hook releases its lock there): held, it must be
# handled once the fork is done, as one clean stop; not held, Python prints "Exception ignored".
_SCRIPT = textwrap.dedent(
    """
    import multiprocessing, os, signal, sys
    from briefgen.cli import _interrupt
    from briefgen.errors import Interrupted
    from briefgen.pipeline.processes import signals_held, worker_start

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _interrupt)
    os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGTERM))

    def child(parent):
        worker_start(parent)
        print("child signals", sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])), flush=True)

    process = multiprocessing.get_context("fork").Process(target=child, args=(os.getpid(),))
    try:
        with HELD:
            process.start()
        outcome = "not stopped"
    except Interrupted as stop:
        outcome = "stopped by " + signal.Signals(stop.signum).name
    process.join()  # said after the child has said its line: the two share stdout
    print(outcome)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks and signal masks of Linux")
@pytest.mark.parametrize("held", [True, False])
def test_a_signal_during_a_fork_is_handled_after_it(held: bool) -> None:
    script = _SCRIPT.replace("HELD", "signals_held()" if held else "__import__('contextlib').nullcontext()")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    if held:
        assert "stopped by SIGTERM" in run.stdout
        assert run.stderr == ""  # no "Exception ignored", no traceback
        assert "child signals []" in run.stdout  # the worker takes signals again
    else:  # what the hold prevents: the stop printed as ignored, and the forking went on
        assert "Exception ignored" in run.stderr and "not stopped" in run.stdout


# A stop can leave the pool's manager thread unable to finish: the signal's exception may be raised
# the instant after the main thread took a future's lock, before anything could give it back, and
# the manager thread then waits for that lock for ever. Here the manager thread is held at its last
# step outright; the stopped build must leave without waiting for it (it waited: CI saw a build
# stopped by Ctrl-C still running a minute later).
_STUCK_MANAGER = textwrap.dedent(
    """
    import datetime as dt, os, threading, time
    from concurrent.futures import process
    from pathlib import Path
    from briefgen.errors import Interrupted
    from briefgen.pipeline import understanding

    release = threading.Event()
    finish = process._ExecutorManagerThread.join_executor_internals

    def stuck(self):
        release.wait()
        finish(self)

    process._ExecutorManagerThread.join_executor_internals = stuck
    understanding.POOL_THRESHOLD = 2
    threading.Timer(20, lambda: (print("still waiting", flush=True), os._exit(3))).start()

    def stop(stage, done, total):
        raise Interrupted(15)

    try:
        understanding.collect([Path(SOURCES)], dt.date(2026, 1, 26), progress=stop)
        print("not stopped")
    except Interrupted:
        print("stopped")
    release.set()
    os._exit(0)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks of Linux")
@pytest.mark.skipif(worker_count() < 2, reason="worker processes need two CPUs")
def test_a_stopped_build_does_not_wait_for_the_pool_to_wind_down() -> None:
    script = _STUCK_MANAGER.replace("SOURCES", repr(str(Path(__file__).resolve().parent.parent / "sources")))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "stopped", run.stdout + run.stderr
    assert run.returncode == 0
