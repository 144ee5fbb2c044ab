"""Progress of the machine-translation stage as plain lines, for runs without a terminal.

A build that waits for a translation server (up to its budget, a minute by default) would
otherwise print nothing under cron until the warning at the end. :class:`TranslationWatch`
says when the stage starts (server, segments, budget), every ``EVERY`` seconds while it waits
(``briefgen: translating: 40/120 segments, 12 s of 60 s``) and how it ended; it also passes
each count on to the terminal's progress bar, when there is one, as the stage's one report.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType

Progress = Callable[[str, int, int], None]
Say = Callable[[str], None]

EVERY = 10.0
"""Seconds between two lines while the stage waits."""


def _seconds(value: float) -> str:
    return f"{value:.0f}"


class TranslationWatch:
    """Told (stage, done, total) by machine translation; says it in lines through ``say``.

    Used as a context manager around the stage: entering starts the clock, the first count
    (``0/N``, before anything is sent) prints the opening line and starts a timer thread that
    prints the count every ``every`` seconds, and :meth:`finish` prints the outcome.
    """

    def __init__(
        self,
        server: str,
        budget: float | None,
        say: Say | None,
        bar: Progress | None = None,
        every: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.server = server
        self.budget = budget
        self.say = say
        self.bar = bar
        self.every = EVERY if every is None else every
        self.clock = clock
        self.done = 0
        self.total = 0
        self.started: float | None = None
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> TranslationWatch:
        self.started = self.clock()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=5)

    def elapsed(self) -> float:
        return 0.0 if self.started is None else self.clock() - self.started

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.bar is not None:
            self.bar(stage, done, total)
        with self._lock:
            first = self._ticker is None and total > 0
            self.done, self.total = done, total
        if first and self.say is not None:
            budget = f", budget {_seconds(self.budget)} s" if self.budget is not None else ""
            self.say(f"briefgen: translating: {total} segment(s) with {self.server}{budget}")
            self._ticker = threading.Thread(target=self._tick, name="briefgen-mt-progress", daemon=True)
            self._ticker.start()

    def status(self) -> str:
        with self._lock:
            done, total = self.done, self.total
        of = f" of {_seconds(self.budget)}" if self.budget is not None else ""
        return f"briefgen: translating: {done}/{total} segments, {_seconds(self.elapsed())} s{of} s"

    def _tick(self) -> None:
        while not self._stop.wait(self.every):
            if self.say is not None:
                self.say(self.status())

    def finish(self, translated: int, problem: str | None = None) -> None:
        """The outcome line: ``translated`` of the segments asked for came back."""
        self._stop.set()
        if self.say is None or self.total == 0:
            return
        took = f"in {_seconds(self.elapsed())} s"
        if translated >= self.total and problem is None:
            self.say(f"briefgen: translated: {translated}/{self.total} segments {took}")
            return
        pending = self.total - translated
        why = f" ({problem})" if problem else ""
        self.say(f"briefgen: translated: {translated}/{self.total} segments {took}, {pending} pending{why}")
