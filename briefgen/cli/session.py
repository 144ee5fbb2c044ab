"""One run's state on the command line: the root options and the log, as Click's context object."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import typer


@dataclass
class Session:
    """One run's root options (``--debug``, ``--log-file``) and its log's state, instead of globals.

    :func:`main` makes it and hands it to the app as Click's context object (``ctx.obj``); the
    root callback fills it in, commands say things through it, and ``main`` still holds it to
    report an error once the command has ended.
    """

    debug: bool = False
    log_file: Path | None = None
    run_logged: bool = (
        False  # whether this run's first log line (command, period, sources, options) is written
    )

    def say(self, message: str, *, quiet: bool = False) -> None:
        """A diagnostic line on stderr (stdout is reserved for results), and in the log file if any."""
        if not quiet:
            print(message, file=sys.stderr)
        self.log(message)

    def log(self, message: str) -> None:
        """One line in the log file, stamped with the clock (never SOURCE_DATE_EPOCH) in Jakarta time."""
        if self.log_file is None:
            return
        if not self.run_logged:
            self.log_run()
            if self.log_file is None:
                return
        import datetime as dt

        from briefgen.select import JAKARTA

        # ISO 8601 with its offset, in the zone --last-week counts in: 2026-01-26T06:00:03+07:00.
        stamp = dt.datetime.now(JAKARTA).isoformat(timespec="seconds")
        try:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)  # logs/ on a new machine
            with self.log_file.open("a", encoding="utf-8", errors="backslashreplace") as handle:
                handle.write(f"{stamp} {message}\n")
        except OSError as exc:
            path, self.log_file = self.log_file, None
            print(
                f"briefgen: warning: cannot write the log file {path} ({exc.strerror or exc})",
                file=sys.stderr,
            )

    def log_run(self, details: str = "") -> None:
        """The first line of a run in the log: the command line as given, and what it resolved to."""
        if self.run_logged:
            return
        self.run_logged = True
        import shlex

        self.log(
            f"briefgen: run: {shlex.join(['briefgen', *sys.argv[1:]])}" + (f" ({details})" if details else "")
        )

    def trace(self, error: BaseException) -> None:
        """With ``--debug``, the traceback behind a skipped source (a reader or extraction bug)."""
        if self.debug and error.__cause__ is not None:
            import traceback

            traceback.print_exception(error.__cause__, file=sys.stderr)


def session_of(ctx: typer.Context) -> Session:
    """The run's :class:`Session`: the one :func:`main` passed, or a new one (the app called directly)."""
    if not isinstance(ctx.obj, Session):
        ctx.obj = Session()
    return ctx.obj
