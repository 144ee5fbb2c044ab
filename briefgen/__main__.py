"""``python -m briefgen`` and the ``briefgen`` command: the command-line interface.

The command line takes a moment to load (Typer, the options, the pipeline). A Ctrl-C or a SIGTERM
in that moment has nothing to undo yet: it ends the run with one line and the usual exit code,
not Python's traceback of whatever was being imported. Once loaded, :func:`briefgen.cli.main`
takes the signals over.
"""

from __future__ import annotations

import os
import signal


def _stopped_while_loading(signum: int, frame: object) -> None:
    name = signal.Signals(signum).name
    os.write(2, f"briefgen: interrupted ({name}) while starting; nothing done\n".encode())
    os._exit(128 + signum)


def main() -> None:
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _stopped_while_loading)
    from briefgen.cli import main as run

    run()


if __name__ == "__main__":
    main()
