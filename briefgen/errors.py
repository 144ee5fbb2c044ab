"""Errors that reach the user as one clear line and an exit code, never a traceback."""

from __future__ import annotations

from typing import NoReturn


class BriefgenError(Exception):
    """An expected failure: ``message`` is shown as is, the process exits with ``exit_code``."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class SourceError(BriefgenError):
    """A source file that cannot be read or understood; names the file."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class SkippedSources(BriefgenError):
    """Sources were skipped in strict mode, so nothing was written; ``skipped`` says which and why."""

    def __init__(self, message: str, skipped: list[SourceError]) -> None:
        super().__init__(message)
        self.skipped = skipped


class NothingToBrief(BriefgenError):
    """No article is left to brief (none found, or none in the period or matching the filters).

    Not a failure by default under cron: ``--if-empty`` decides (skip, fail or write).
    """


class TemplateError(BriefgenError):
    """A template that is broken; names the file and the key."""


class UsageError(BriefgenError):
    """A bad option value or combination."""

    exit_code = 2


class Interrupted(BaseException):
    """SIGINT or SIGTERM, raised wherever the program is, so every ``finally`` runs (temporary files
    removed, locks released, a half-renamed set of outputs put back) before the process ends.

    A BaseException, so no ``except Exception`` swallows it; not KeyboardInterrupt, which Typer
    turns into a silent exit 130."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_stop_requested: list[int] = []


def request_stop(signum: int) -> NoReturn:
    """Records that the run was asked to stop, then raises :class:`Interrupted` where it is.

    Python prints and drops an exception raised while it runs a destructor or a weak-reference
    callback ("Exception ignored in …"): a signal handled there would be lost, and the build
    would go on to replace the outputs it was told to leave alone. The record is what
    :func:`raise_if_stopped` checks before anything is replaced.
    """
    _stop_requested.append(signum)
    raise Interrupted(signum)


def raise_if_stopped() -> None:
    """Raises :class:`Interrupted` again when a stop was asked for and its exception got lost."""
    if _stop_requested:
        raise Interrupted(_stop_requested[0])
